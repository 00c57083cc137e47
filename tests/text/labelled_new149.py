"""Hundred-and-forty-ninth set of new hand-labelled pages for the hint engines (tuning set, round fifty-five):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve kinds of news site in
twelve countries, pasted six ways (desktop browser, phone browser, reader mode, a news app's copy or
share, a print view and an email newsletter), where STORY LINES LOOK LIKE FURNITURE and FURNITURE
LOOKS LIKE STORY. The pages: a Jamaican national daily on a phone (64 storm shelters open in St Thomas
and Portland as Tropical Storm Odessa nears); a Nigerian online national newspaper on a desktop (a
federal by-election in Ibadan North won with 38,412 votes on a 24.6% turnout); a United States
nonprofit newsroom in reader mode (how a Clovis, New Mexico, hospital came to stop delivering babies);
a Welsh regional news app (the A470 shut overnight on 11 nights for resurfacing); a Sri Lankan
English-language daily in print view (petrol up Rs. 12 and diesel up Rs. 9 in the monthly revision); a
Ugandan national news app (primary leaving exam results: Division One passes rise to 14.8%); a Fijian
morning email newsletter (water cut to 38,000 Suva households after a main bursts); a Maltese news
portal on a desktop (the planning board approves a 14-storey Paceville hotel by seven votes to five);
a Bangladeshi English-language daily in reader mode (Eid advance train tickets, all sold online); a
Hong Kong English-language news site on a phone (the No 8 typhoon signal kept up overnight); a
Zambian reader-funded news site on a desktop (load-shedding extended to 18 hours a day, charcoal
prices doubled); and a Botswana weekly's news app (foot-and-mouth disease: cattle movement banned in
three zones and beef prices cut by up to 18%).

What is hard is that the story's own lines wear furniture's clothes and the furniture speaks in the
story's voice. Story that looks like furniture: one-line paragraphs of record ("That is 24 km/h short
of hurricane strength.", "It is the third increase in four months.", "The Portales clinic does not
deliver babies.", "The decision can be appealed within 30 days."); short standalone quotes on a line
of their own ("“Do not wait for the water.”", "“You learn.”", "“Ward 7 does not add up.”", "“Nobody
here wanted this.”", "“Nobody is waiting any more.”", "“Not one.”"); bulleted and numbered lists that
are the story's data (shelter addresses, water-cart points, blocked roads, closure nights, a
restoration schedule, load-shedding groups, sale dates, candidates and votes, exam divisions, top
districts, fuel, charcoal and beef prices, a "What we know so far" list, a dated timeline of a
hospital unit's last nine months and a typhoon day's time-stamped timeline); subheads that are claims
("Schools closed on Monday", "Ward 7 result disputed", "Nights chosen to avoid the Royal Welsh Show",
"Wakiso tops districts for third year running", "Charcoal price doubles in five months"); name-and-
role lines that introduce a quote ("Marisol Quintana-Reyes, 41, labor and delivery nurse, 2009–2025",
"Chan Siu-ming, 63, newspaper vendor, Sham Shui Po", "Returning officer: Prof. Ifeoma
Nwachukwu-Lawal, University of Ibadan"); an instruction inside the story ("Candidates can check their
results by SMS: ..."); and story sentences that begin with the words of page furniture used as
ordinary words ("Photographs posted by residents", "Photo identification was checked", "Share prices
of listed transport companies", "Share trading on the stock exchange", "Subscribers to the
authority's SMS alerts", "Subscribers on prepaid meters", "Sign language interpreters", "Signs of a low
turnout", "Signed diversions", "Sign-in sheets", "Signalling faults", "Signal No 8 will stay up", "Signs
at the Serule veterinary gate", "Readings at the Morant Point buoy", "Read together, the two letters
show", "Readers travelling by bus", "Read alongside the schedule", "Read aloud in Setswana", "Watchers
from the Civic Ballot Network", "Watchdog group Elimu Monitor Uganda", "Watch for falling
scaffolding", "Follow-up care", "Follow-up conditions", "Follow-up tests", "Contacted by Mesa
Current", "Contact between an excavator and the main", "Contact details for the railway's helpline",
"Contacted on Tuesday", "Updated figures from the Welsh Government", "Updated figures from the
Hospital Authority", "Updated restoration times", "Updated movement permits", "Published in January,
the council's road condition survey", "Published in 2024, the authority's own height study").
Furniture that looks like story: prose paywall appeals ("You've read 4 of your 5 free stories this
month.", "This article is free to read while the typhoon signals are up."), donation appeals in full
sentences (a nonprofit's "We don't have a paywall, because ...", a newsletter's "chip in from $5 a
month", a reader-funded site's "We take no money from political parties ..."), author bios in full
sentences, an editor's note on a board member's flat, an editor's note on a wrong push alert, a
newsletter editor's greeting and sign-off, an update note, correction notes whose second sentence is
a plain fact ("Kerosene is unchanged at Rs. 188.", "It voted seven to five.", "The correct figure is
310."), a republishing note and a translation note, AI-summary boxes whose bullets repeat the story's
own facts, newsletter pitches, comment-policy prose, event ads with a question or a claim in them
("what will power Sri Lanka in 2035?", "meet 120 secondary schools under one roof"), sponsor lines
with a disclaimer ("The fund has no say over what we report.", "Sunbird had no role in the reporting
of this story."), and a funding note.

The pages hold 520 sentences: 211 "B", 180 "W" and 129 ""; 122 sentences carry a speaker (76
distinct speakers, page by page; 75 distinct labels, as "the department" names two bodies). `STYLES`
describes each page, its story, its labels and its furniture in order; `CASES` holds 30 split cases
cut from the pages.

Written from scratch for issue 13 in round fifty-five, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]`
tables of `pyproject.toml`; through `ast` only, the docstrings, `STYLES`, first two pages and first
three cases of `labelled_new147.py` and `labelled_new148.py`; and, with `sed` and `grep`, the lines
of `labelled_new148.py` around its import and `# ruff: noqa` line (for the file's layout). Coined names were checked for freshness with file counts of `grep -rlF` over
`tests/text` (counts only, no text shown; the files the brief forbids were excluded from the grep);
thirteen that hit (a storm's name, a publisher, two compound surnames, a party, a chief executive's
surname, a photographer's surname, two company lines and four given names) were replaced before the
file was finished.

Every person, outlet, newsletter, firm, party, fund, network, association, forum, hospital, clinic,
school, storm, typhoon, statement, study, letter, figure and price is invented. Real countries,
regions, cities, towns, parishes, districts, rivers, roads, streets, lakes, courts, ministries,
agencies, utilities, exchanges and other public bodies appear only as settings, with invented
statements and figures: St Thomas, Portland, St Mary, St Andrew, Kingston, Yallahs, Bull Bay, Morant
Bay, Hope Bay, Buff Bay, Castleton, Junction Road, Morant Point, ODPEM, the Meteorological Service of
Jamaica and the National Works Agency; Ibadan, Agodi, Agbowo, Oyo State, the University of Ibadan and
INEC; Clovis, Curry County, Portales, Roswell, Lubbock, Tucumcari, Amarillo, Santa Fe and the New
Mexico Department of Health; the A470, the A44, the A483, Llanidloes, Llangurig, St Harmon, Rhayader,
Llanelwedd, the Royal Welsh Show, Powys County Council and the Welsh Government; Borella, Colombo,
Kandy, Galle, the Ceylon Petroleum Corporation, the Ministry of Energy, the Colombo Stock Exchange
and the National Transport Commission; Kampala, Wakiso, Mbarara, Kotido, Masaka, Lugogo and the
Uganda National Examinations Board; Suva, Lami, Tamavua, Samabula, Raiwaqa, Princes Road, Colonial
War Memorial Hospital, the Water Authority of Fiji and the Ministry of Health; Paceville, St Julian's,
Gozo and the Planning Authority; Dhaka, Kamalapur, Gazipur, Chattogram, Khulna, Rajshahi, Barishal,
Bangladesh Railway and the Bangladesh Inland Water Transport Authority; Des Voeux Road Central, Sham
Shui Po, Wan Chai, the Hong Kong Observatory, the Airport Authority, the Hospital Authority, the
Buildings Department and the Home Affairs Department; Lusaka, Lake Kariba, the Zambezi, Soweto
market, the Great East Road, the Copperbelt, Mozambique, ZESCO, University Teaching Hospital, the
Forestry Department and the Energy Regulation Board; Tonota, Francistown, Serule, the A1, the
Department of Veterinary Services, the Botswana Meat Commission and the European Union.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, strip, crumb, byline, date line, share
line, caption, credit, list item, schedule line, result line, box line, note and legal line is a
paragraph of its own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". As in the recent sets: furniture is "B" line by line, whatever it says, and never carries
a speaker; a caption is labelled by its content and its credit is "B"; headlines and standfirsts are
never split and are flagged by content, a standfirst's "says", "say" carrying its source as the story
first gives it ("disaster chief says" -> "Kenroy Fairclough-Reid", "Residents' association says" ->
"Paceville Residents' Association", "Railway says" -> "Bangladesh Railway", "Observatory says" -> "The
Hong Kong Observatory"); a dateline belongs to its lead sentence; a person is named in full as first
given, without titles or roles ("ODPEM's director general", "INEC's resident electoral
commissioner", "Cllr", "Prof.", "Sr.", "UNEB executive director", "Education state minister",
"Energy minister", "Agriculture minister" dropped; "Md." kept as part of a name, like "Ma." in the
hundred-and-forty-seventh set); a pronoun or surname resolves to that name; "according to X" gives X
as written ("the Meteorological Service of Jamaica", "INEC figures", "Curry County Emergency Medical
Services", "railway records", "department figures"); a generic noun or unnamed group is kept as
written ("The education ministry", "The power company", "the hospital", "the council", "the
authority", "The authority", "the railway", "the utility", "the department", "The commission", "The
board", "operators", "traders", "Administrators", "A government spokesman", "An official at the
Ministry of Energy", "Watchers from the Civic Ballot Network", "Five of the six nurses who left and
agreed to be interviewed"), while "it said" resolves to the body it stands for as first given ("The
education ministry", "ZESCO"); a short form resolves to the name as first given ("Llano Regional said"
-> "Llano Regional Medical Center", "Tal-Qroqq Hospitality said" -> "Tal-Qroqq Hospitality Ltd.",
"UNEB said" -> "the Uganda National Examinations Board", "the Observatory said" -> "The Hong Kong
Observatory"), and a descriptor before a name is dropped ("Watchdog group Elimu Monitor Uganda" ->
"Elimu Monitor Uganda", "the operator Sheba Rail Systems" -> "Sheba Rail Systems"); a quote over
several sentences or paragraphs carries its speaker and cue in each.

Conventions this set had to settle, in the same spirit:

* A short quote standing on a line of its own after a quote with a cue is the same quote carried on:
  it carries that speaker and cue ("“Do not wait for the water.”" after "told reporters"; "“You
  learn.”" after "said"; "“Ward 7 does not add up.”" after "told journalists"), and is flagged by its
  content like any quote.
* A name-and-role line that introduces the quote after it ("Chan Siu-ming, 63, newspaper vendor, Sham
  Shui Po"; "Returning officer: Prof. ..., University of Ibadan"; "Denise Muscat-Vella, Paceville
  Residents' Association") is story, not a byline: "" with no speaker of its own. The quote after it
  carries the person with its own cue ("he said"), with the title dropped ("Sr. Immaculate
  Namuli-Kato" -> "Immaculate Namuli-Kato"); a standfirst's generic noun ("Residents' association
  says") resolves to the body the name-and-role line names.
* The story's own lists: a lead-in line ending in a colon is story and "" ("These St Thomas shelters
  were open at 7 a.m.:", "What we know so far:", "How Friday unfolded:"), or "W" when it states a
  step or a rule of record itself ("Water carts will be stationed from 7am at five points,
  including:", "The Botswana Meat Commission said it would pay these prices per kilogram from
  Monday:"), or carries its source when it names one ("The authority expects supply back at these
  times:" -> "The authority", "expects", ""). A bare data entry (an address, a schedule line, a result
  line, a price line, a division or district line, a vote line) is "", like the table rows and sport
  data lines of the earlier sets: the story's data, not a claim worth checking line by line and not
  page furniture. A list item that states a fact in words ("• Hope Bay to Buff Bay — one lane only
  after a landslip", "• Vaccination starts on Tuesday.") and a timeline entry of a dated or timed
  event ("Nov. 17, 2025 — The state Department of Health sends its first warning letter.", "12.20pm —
  Observatory issues No 8 ...") are "W"; a timeline entry whose "says" names a body carries it
  ("Airport Authority says ..." -> "Airport Authority", "says").
* A story subhead is flagged by its content like a headline: a claim ("Schools closed on Monday",
  "Ward 7 result disputed", "The bonus did not keep nurses") is "W"; a subhead that only names a part
  ("How the board voted") is "".
* Story sentences that begin with a furniture word ("Photo", "Share", "Subscribe", "Sign", "Read",
  "Watch", "Follow", "Contact", "Updated", "Published") are labelled as story, by content: a document
  or set of figures with its own verb carries itself as written ("Read together, the two letters
  show" -> "the two letters", "show"; "Updated figures from the Welsh Government show", "Updated
  figures from the Hospital Authority at 10pm showed"), while "Published in 2024, the authority's own
  height study recommended ..." and "Published in January, the council's road condition survey rated
  ..." name a document without a verb of saying and carry none. Advice that begins "Watch for ..." is
  "" and carries the body that "warned". The same words as furniture ("Subscribe now", "Sign up free",
  "Read our community guidelines", "+ Follow", "Contact her at ...", "Published 06:00, ...", "Photo
  by ...", "Share · Facebook ...") stay "B".
* An instruction inside the story ("Candidates can check their results by SMS: type PLE, ...") and a
  line addressed to readers that restates the story ("Readers travelling by bus to Kandy or Galle
  this month will pay the same fares as in May.") are story and "", not furniture.
* Furniture in full sentences stays "B" sentence by sentence whatever it says: AI-summary boxes and
  their bullets (even where each bullet repeats a fact of record from the story), correction notes
  (including the corrected fact), editor's notes (a disclosure, a wrong push alert), update notes,
  republishing and translation notes, funding notes, sponsor lines and their disclaimers, donation
  and paywall appeals, newsletter pitches, a newsletter editor's greeting and sign-off, comment-policy
  prose, author bios and event ads, the latter with their question or their claim ("what will power Sri
  Lanka in 2035?", "meet 120 secondary schools under one roof").
* A list of other stories inside a newsletter ("ALSO TODAY" and its bullets) is a related-headlines
  list: "B".
* An email's own lines (sender, "View this email in your browser", issue line with "Issue No. 412",
  forward, unsubscribe and postal address lines), a print view's URL, print date and "Print | Close
  window" line, an app's back arrow, listen button, "+ Follow", "Shared from/via ... app" and download
  line, and a reader view's site line and reading time are "B".
* A private person's count or wage in a quote is "W" ("“After 16 years I was making $31 an hour,”",
  "“We run four lorries a night up that road,”", "“I sell 30 bags a day now.", "“I have 86 head and I
  cannot sell one,”"); a feeling, an anecdote or a plan is "".
* `CASES` holds 30 sentence-split cases (id, text, expected sentences), each one to three consecutive
  sentences of these pages (from one paragraph or from adjacent one-line paragraphs), joined by single
  spaces: what a reviewer wants, not what the engine does. They cover "a.m."/"p.m." mid-sentence and
  ending a sentence, "km/h", "Rs." before a number, "Sept."/"Nov."/"Jan." in dates, "Prof.", "Sr.",
  "St.", "Md." and "No." that end nothing, "(Pvt) Ltd." ending a sentence before a capital, "Ltd.,"
  mid-sentence, a quote closing inside and outside its full stop, standalone quotes carried on, a "?"
  and a "!" closing a carried-on quote, ellipses before lower-case words, a colon before a clause, a
  quote split at a full stop inside it, timeline lines and AI-summary bullets.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Jamaican NATIONAL DAILY\'S WEBSITE, PHONE browser paste, a STORM: 64 shelters open in St Thomas and Portland as Tropical Storm Odessa nears. Head: hamburger masthead line, subscribe/open-in-app line, a storm-alert strip, section crumb (all "B"); headline of record "W"; standfirst "..., disaster chief says" (a step set for noon, "W") carrying the director general as the body first gives him; byline glued to "Staff Reporter", date line (all "B"); a caption "" and its photo credit "B". Body: shelters open "at 7 a.m. Sunday" "W"; winds per "the Meteorological Service of Jamaica" "W"; a one-line comparison "That is 24 km/h short of hurricane strength." "W"; the director general who "told reporters" (noon evacuation "W"), then a STANDALONE short quote on its own line carrying him and that cue (""), "he said" advice "" and a registration count "W"; a phone PAYWALL in prose mid-article (three "B" lines); a shelter list with a lead-in "" and bare address bullets ""; a one-line fact of record "W"; a claim subhead "Schools closed on Monday" "W"; "The education ministry said" (kept as written) "W" and "it said" a conditional "" resolving to it; "Sign language interpreters ..." a story sentence beginning "Sign" "W"; "Photographs posted by residents ..." beginning "Photo" "W"; "The power company said" "W"; a resident\'s quote "" and her standalone "“You learn.”" ""; a WhatsApp NEWSLETTER PITCH in prose and its button (all "B"); a claim subhead about blocked roads and three status bullets (all "W"); "The National Works Agency said" "W"; "Readings at the Morant Point buoy ..." beginning "Read" "W". Tail: advertisement label, more-on list with a "PHOTOS:" headline, comment count, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Nigerian ONLINE NATIONAL NEWSPAPER, DESKTOP browser paste, ELECTION RESULTS: a federal by-election in Ibadan North won with 38,412 votes on a 24.6% turnout. Head: masthead, menu, section (all "B"); headline and standfirst of record "W"; byline with a place, date line, share strip (all "B"); an AI-SUMMARY BOX: its label and three bullets that repeat the story\'s own facts, one with "says" (all "B", no speaker). Body: "IBADAN —" lead "W"; "at 4:05 a.m. on Sunday" ending a sentence before "His nearest rival" (both "W"); the vacancy of record "W"; a claim subhead "W"; a lead-in "" and a NAME-AND-ROLE line "Returning officer: Prof. ..." (story, ""); RESULT LINES of candidates and votes, rejected ballots, votes cast and registered voters (all "" as data); turnout "according to INEC figures" "W"; "Photo identification was checked ..." beginning "Photo", carrying the resident electoral commissioner named after "said" "W", and "He said" "W"; "Signs of a low turnout ..." beginning "Sign" (scene, ""); a claim subhead "Ward 7 result disputed" "W"; the runner-up who "told journalists" (a plan "") and her STANDALONE short quote carrying that cue (""), then her agents\' tally "W"; a ward result line (""); the winner "said in a statement" an opinion ""; "Watchers from the Civic Ballot Network" kept as written, an assessment "". Tail: a SPONSOR LINE with its disclaimer "The fund has no say over what we report." (both "B"), comment-policy prose in two sentences and its links, related list, copyright split at "Ltd." (all "B").',
    'United States NONPROFIT NEWSROOM, READER-MODE paste, a HEALTH ACCOUNTABILITY story with a TIMELINE: how a Clovis, New Mexico, hospital came to stop delivering babies on June 30. Head: site line, headline of record "W", standfirst "Administrators say ..." "W" carrying "Administrators", author line and reading time (both "B"); a caption "" with "Aug. 3" and its credit "B". Body: "at 11:48 p.m. on June 29" ending a sentence before "The next morning" (both "W"); distances "W"; roadside births "according to Curry County Emergency Medical Services" "W"; "Llano Regional said" (short form resolving to "Llano Regional Medical Center") "W"; "Five of the six nurses who left and agreed to be interviewed" kept as written "W"; a DONATION APPEAL in full sentences and its button (all "B"); a lead-in "" and a six-line dated TIMELINE with "Sept.", "Nov.", "Jan." (all "W"); "Read together, the two letters show ..." beginning "Read", carrying "the two letters" with "show" "W"; a claim subhead "W"; the chief executive\'s quote and a STANDALONE short quote (both ""), his loss figure "W" and "Signing bonuses ..., Tafoya-Kessler said: ..." with a colon after the cue "W"; a NAME-AND-ROLE line for a nurse (""), her wages in two quote sentences "W"; "Follow-up care ..., the hospital said" beginning "Follow" "W"; a one-line fact "W"; "A spokesperson for the New Mexico Department of Health said" a rule "W"; "Contacted by Mesa Current, three of the five hospital board members ... declined to comment" beginning "Contact" (kept as written, ""). Tail: an AUTHOR BIO in full sentences, a "Contact her at ..." line, a REPUBLISHING NOTE and a funding note (all "B").',
    'Welsh REGIONAL NEWS APP, APP copy-and-share paste, ROAD CLOSURES: the A470 shut overnight on 11 nights between Llanidloes and Rhayader for £4.2m resurfacing. Head: app masthead, section (both "B"); headline and standfirst of record "W"; author, role line, "+ Follow" button, "Published ..." and "Updated ..." lines, listen button (all "B"); a caption whose "the council says" carries "the council" "W" and its image credit "B". Body: lead "Powys County Council said" "W"; three ONE-LINE paragraphs of record, one beginning "Signed diversions" (all "W"); a one-line record "the first full resurfacing ... since 1998" "W"; a claim subhead "Nights chosen to avoid the Royal Welsh Show" "W" and "The council said" the reason "W"; a lead-in "" and three closure-night bullets ("" as data); "the council said" a rule "W"; a one-line record "W"; "Published in January, the council\'s road condition survey rated ..." beginning "Published" (no speaker, "W"); "Updated figures from the Welsh Government show ..." beginning "Updated" (carrying the figures as written, "W"); the cabinet member ("Cllr" dropped) with a quote closing outside its full stop (""), "she said" ""; a dated plan for a fourth section "W"; a NAME-AND-ROLE line for a haulier (""), his lorry count "W" and his ellipsis before a lower-case word (one sentence, ""). Tail: an UPDATE NOTE, a NEWSLETTER PITCH in two sentences and its button, a comments label and COMMENT-POLICY prose in two sentences, the app share line, copyright (all "B").',
    'Sri Lankan ENGLISH-LANGUAGE DAILY, PRINT-VIEW paste, FUEL PRICES: petrol up Rs. 12 and diesel up Rs. 9 in the monthly revision. Head: the page URL and a "Printed on" line, masthead, section (all "B"); headline and standfirst of record "W"; byline and date line (both "B"); a CORRECTION NOTE of three sentences whose second states the corrected fact (all "B"); a caption "" and its bracketed credit "B". Body: "Rs. 12 to Rs. 321" and "Rs. 9 to Rs. 298" in two sentences "W"; a one-line paragraph "It is the third increase in four months." "W"; a lead-in "" and five PRICE LINES (all "" as data); "Serendib Fuels (Pvt) Ltd." ending a sentence before "The retailer runs ..." (both "W"); "An official at the Ministry of Energy said" a causal claim "W"; kerosene and the revision rule "W"; "Share prices of listed transport companies ..." beginning "Share" "W"; a claim subhead "W"; the association president\'s fare rise from Wednesday "W", his quote "" and a STANDALONE short quote ""; "The National Transport Commission said" "W"; "Readers travelling by bus ..." beginning "Read", a reader-addressed restatement ""; a consumer forum\'s record "W". Tail: an advertisement label and an EVENT AD with a question and a two-sentence date line, copyright split at "(Pvt) Ltd." before "All rights reserved.", a print/close line (all "B").',
    'Ugandan NATIONAL NEWS APP, APP paste, EXAM RESULTS: Division One passes in the Primary Leaving Examination rise to 14.8%, girls outnumber boys in the top grade for the first time. Head: back arrow, masthead (both "B"); headline of record "W"; author, date and reading-time lines (both "B"); an AI "Quick read" box: label, AI note and three bullets repeating the story\'s figures (all "B"). Body: "KAMPALA —" lead carrying "the Uganda National Examinations Board" as written "W"; girls and boys, mathematics (both "W"); a lead-in "" and six DIVISION LINES (all "" as data); the executive director ("UNEB executive director" dropped) "W" and a plan ""; "The board said" kept as written "W"; a claim subhead "Wakiso tops districts for third year running" "W"; a lead-in "" and a NUMBERED list of three districts (all ""); "Watchdog group Elimu Monitor Uganda said" beginning "Watch" (descriptor dropped, "W"); a NAME-AND-ROLE line "Sr. ..., head teacher, St. ... School" (story, ""); her quote with "6.30 a.m." mid-sentence "W" (cue "she said", "Sr." dropped) and her ellipsis before a lower-case word (one sentence, ""); a one-line result "W"; the state minister\'s plan ""; an SMS INSTRUCTION inside the story ""; "from Jan. 23, UNEB said" resolving to the board as first given "W". Tail: a SPONSORED EVENT label and an EVENT AD in two sentences, more-in list, app share line, copyright (all "B").',
    'Fijian MORNING EMAIL NEWSLETTER, EMAIL paste, a WATER CUT: 38,000 Suva households without water after a main bursts at Tamavua. Head: sender line, view-in-browser line, newsletter name, issue line with "Issue No. 412" (all "B"); the editor\'s GREETING in two sentences and her sign-off (all "B"); a SPONSOR LINE in two sentences (both "B"); a "TOP STORY" label "B"; headline of record "W"; a bracketed image description "" and its credit "B". Body: lead of record "W"; "Contact between an excavator and the main ..., the authority said" beginning "Contact" (kept as written, "W"); "Subscribers to the authority\'s SMS alerts ..." beginning "Subscribe" "W"; "The authority expects supply back at these times:" (a forecast "", carrying "The authority" with "expects") and four RESTORATION SCHEDULE lines ("" as data); a water-cart lead-in of record "W" and three ADDRESS bullets (""); "Sign-in sheets ..." beginning "Sign" (a rule, "W"); the chief executive named after "said" and her carried-on quote (both ""), then "She said" a fact "W"; "Koroi Constructions Ltd., did not respond to an email" (the contractor, ""); "Updated restoration times ..., the authority said" beginning "Updated" "W"; "the Ministry of Health said" "W"; "the education ministry said" "W". Tail: a read-full-story link, an "ALSO TODAY" list of other stories (label and bullets "B"), a reader-support appeal in two sentences and its button, forward, subscription, unsubscribe and postal address lines (all "B").',
    'Maltese NEWS PORTAL, DESKTOP browser paste, a PLANNING VOTE: the Planning Authority board approves a 14-storey Paceville hotel by seven votes to five. Head: masthead, menu, section (all "B"); headline of record "W"; standfirst "Residents\' association says ..." a plan "" carrying "Paceville Residents\' Association" as the body names it; byline, date line, share strip (all "B"); an EDITOR\'S NOTE disclosing a board member\'s flat in two sentences (both "B"); a caption "" and its credit "B". Body: lead of record "W"; "47 metres; ... allows 24." before "Tal-Qroqq Hospitality Ltd., had applied" mid-sentence (both "W"); a subhead that names a part ("How the board voted", ""); three NAME-AND-ROLE VOTE LINES (all "" as data); two one-line records "W"; "Follow-up conditions ..." beginning "Follow" "W"; an environment representative\'s quote and her carried-on question (both ""); the chairman "said" a rule of record "W" and "told the hearing" an opinion ""; "Published in 2024, the authority\'s own height study recommended ..." beginning "Published" (no speaker, "W"); a NAME-AND-ROLE line for the residents\' spokeswoman (""), her plan "" and her objection count "W"; the appeal rule "W"; the developer "said in a statement" a forecast "" (short form resolving to "Tal-Qroqq Hospitality Ltd."). Tail: a read-more line, a CORRECTION NOTE whose second sentence states the corrected vote, a comments label and COMMENT-POLICY prose in two sentences, most-read list, copyright with a registration line (all "B").',
    'Bangladeshi ENGLISH-LANGUAGE DAILY, READER-MODE paste, TRAVEL and TICKETS: Eid advance train tickets go on sale from March 4, all of them online. Head: site line "B"; headline of record "W"; standfirst "Railway says ..." a purpose "" carrying "Bangladesh Railway"; author line and reading time (both "B"); a TRANSLATION NOTE (first published in Bangla) "B"; a caption "" and its credit "B". Body: lead "Bangladesh Railway said" "W"; a one-line rule "W"; "the railway said" kept as written "W" (five times); the sale rule "W"; a lead-in "" and five SALE-DATE LINES with arrows (all "" as data); return sales "W"; "Md. Rafiqul Haque-Talukder" ("Md." kept as part of the name) with seats "W", "he said" a rule "W" and a quote ""; special trains "W"; "Signalling faults ..." beginning "Sign", "according to railway records" "W"; "the operator Sheba Rail Systems said" (descriptor dropped) "W"; a NAME-AND-ROLE line for a garment worker (""), her anecdote "" and her ellipsis before a lower-case word (one sentence, ""); union digital centres "W"; "Contact details for the railway\'s helpline ..." beginning "Contact" "W"; a claim subhead "Share of online sales rose to 61% last Eid" beginning "Share" "W"; "the Bangladesh Inland Water Transport Authority said" "W". Tail: an AUTHOR BIO in two sentences, a follow-on-Google-News line, a NEWSLETTER PITCH in two sentences, copyright (all "B").',
    'Hong Kong ENGLISH-LANGUAGE NEWS SITE, PHONE browser paste, a TYPHOON with a TIME-STAMPED TIMELINE: the No 8 signal kept up overnight, 23 hurt and 1,140 flights cancelled. Head: hamburger masthead line, crumb (both "B"); headline of record "W"; standfirst "Observatory says ..." carrying "The Hong Kong Observatory" as the body first gives it "W"; byline with Cantonese given names, "Published:" and "Updated:" lines, a trust link (all "B"); a caption "" and its credit "B". Body: lead "W"; "Signal No 8 will stay up ..., the Observatory said" beginning "Sign" (short form resolving to "The Hong Kong Observatory") "W"; two one-line records "W"; a lead-in "" and a five-line TIMELINE with times ("7.40am —", "12.20pm —"), "No 3", "No 1" and "No 8" ending nothing, two entries carrying "Airport Authority" and "Hospital Authority" with "says" (all "W"); a PAYWALL APPEAL in prose (three sentences) and its button (all "B"); "Updated figures from the Hospital Authority at 10pm showed ..." beginning "Updated" (carrying the figures as written, "W"); "Watch for falling scaffolding ..., the Buildings Department warned" beginning "Watch" (advice, ""); a count with no speaker "W"; "A government spokesman said" "W"; "Share trading ... was halted" beginning "Share" "W"; a NAME-AND-ROLE line for a vendor (""), his quote and a carried-on exclamation (both ""); "operators said" a plan "". Tail: an advertisement label, an EVENT AD with a question and a two-sentence date line, a CORRECTION NOTE whose second sentence states the figure, read-more list, copyright split at "Limited." (all "B").',
    'Zambian READER-FUNDED NEWS SITE, DESKTOP browser paste, POWER CUTS and PRICES: load-shedding extended to 18 hours a day as Kariba storage falls to 4.1%; charcoal prices doubled. Head: masthead, menu with "Donate", section (all "B"); headline of record "W"; standfirst "..., traders say" "W" carrying "traders"; byline and date line (both "B"); a SPONSOR LINE with a disclaimer in two sentences (both "B"); a caption "" and its credit "B". Body: lead "ZESCO said" "W"; a one-line record "W"; a lead-in "" and four LOAD-SHEDDING GROUP LINES with 24-hour times (all "" as data); "the utility said" kept as written "W"; "Subscribers on prepaid meters ..., it said" beginning "Subscribe" ("it" resolving to "ZESCO") "W"; "Read alongside the schedule, ..." beginning "Read", a computed record "W"; the energy minister ("Energy minister" dropped) "W" and her opinion ""; a DONATION APPEAL in three sentences (all "B"); a claim subhead "Charcoal price doubles in five months" "W"; a lead-in "" and three PRICE LINES (all ""); a NAME-AND-ROLE line for a trader (""), her quote split at a full stop inside it (two "W" sentences, cue "she said"); "the department said" kept as written "W"; "Contacted on Tuesday, the Energy Regulation Board said ..." beginning "Contact" "W". Tail: an AUTHOR BIO in two sentences and a "Contact her at ..." line, related list, copyright (all "B").',
    'Botswana WEEKLY\'S NEWS APP, APP paste, an ANIMAL DISEASE OUTBREAK with a "WHAT WE KNOW" LIST: foot-and-mouth disease near Tonota, cattle movement banned in three zones, the meat commission cuts prices by up to 18%. Head: app masthead, section (both "B"); headline of record "W"; standfirst "Farmers in the north-east say ..." "" carrying them as written; author, age and reading-time line, listen button (all "B"); an AI "Key points" box: label, two bullets repeating the story\'s facts and its AI note (all "B"); a caption "" and its credit "B". Body: lead of record with no speaker "W"; a lead-in "What we know so far:" "" and four fact BULLETS ("W", one carrying "department figures" with "according to"); "Read aloud in Setswana ..., the department\'s notice also banned ..." beginning "Read" (no speaker, "W"); "Signs at the Serule veterinary gate ..." beginning "Sign" "W"; "Follow-up tests ...", "Updated movement permits ..." and "Photographs shared on WhatsApp ..." beginning "Follow", "Updated" and "Photo", each with "the department said" kept as written (all "W"); the last outbreak "W"; "The Botswana Meat Commission said it would pay these prices ... from Monday:" a lead-in of record "W" and three PRICE LINES (all ""); "The commission said" a causal claim "W"; a NAME-AND-ROLE line for a farmer (""), his herd count "W" and his STANDALONE "“Not one.”" ""; the agriculture minister\'s stock figure "W" and her promise "". Tail: an EDITOR\'S NOTE on a wrong push alert and an update in two sentences, a NEWSLETTER PITCH and its button, app share and download lines, copyright (all "B").',
]

ARTICLES = [
    # 1. Jamaica: national daily website, phone browser paste, storm shelters
    [
        [("☰   THE KINGSTON ENQUIRER   🔍", "", "", "B")],
        [("Subscribe  |  Open in app", "", "", "B")],
        [
            (
                "STORM ALERT: Tropical storm warning in effect for St Thomas, Portland and St Mary",
                "",
                "",
                "B",
            )
        ],
        [("News › Weather", "", "", "B")],
        [("Odessa: 64 shelters open in St Thomas and Portland as storm nears", "", "", "W")],
        [
            (
                "Evacuation of low-lying Yallahs communities begins at noon, disaster chief says",
                "Kenroy Fairclough-Reid",
                "says",
                "W",
            )
        ],
        [("Tishauna Dawkins-Pryce/Staff Reporter", "", "", "B")],
        [("11 Oct 2026 · 9:14 AM", "", "", "B")],
        [
            (
                "Fishermen haul their boats above the high-water mark at Bull Bay, St Andrew, on Saturday evening.",
                "",
                "",
                "",
            )
        ],
        [("Photo by Ricardo Bent-Lindo", "", "", "B")],
        [
            (
                "Sixty-four emergency shelters were open in St Thomas and Portland at 7 a.m. Sunday, with Tropical Storm Odessa forecast to pass within 60 kilometres of the island's eastern tip tonight.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "At 5 a.m. the storm had maximum sustained winds of 95 km/h, according to the Meteorological Service of Jamaica.",
                "the Meteorological Service of Jamaica",
                "according to",
                "W",
            )
        ],
        [("That is 24 km/h short of hurricane strength.", "", "", "W")],
        [
            (
                "Evacuation of low-lying communities in Yallahs, Poor Man's Corner and Church Corner begins at noon, ODPEM's director general, Kenroy Fairclough-Reid, told reporters at a briefing in Kingston.",
                "Kenroy Fairclough-Reid",
                "told reporters",
                "W",
            )
        ],
        [("“Do not wait for the water.”", "Kenroy Fairclough-Reid", "told reporters", "")],
        [
            (
                "“If you live beside the Yallahs River, leave today,” he said.",
                "Kenroy Fairclough-Reid",
                "said",
                "",
            )
        ],
        [
            (
                "He said 1,870 people had registered at shelters overnight, most of them in Yallahs.",
                "Kenroy Fairclough-Reid",
                "said",
                "W",
            )
        ],
        [("You've read 4 of your 5 free stories this month.", "", "", "B")],
        [
            (
                "Stay informed all storm season for J$650 a month — that's about J$22 a day.",
                "",
                "",
                "B",
            )
        ],
        [("Subscribe now", "", "", "B")],
        [("These St Thomas shelters were open at 7 a.m.:", "", "", "")],
        [("• Yallahs High School, Main Road, Yallahs", "", "", "")],
        [("• Seaforth Primary School, 3 Seaforth Road, Seaforth", "", "", "")],
        [("• Morant Bay Methodist Church Hall, 14 Queen Street, Morant Bay", "", "", "")],
        [
            (
                "The full list of 64 shelters has been posted at every police station in the two parishes.",
                "",
                "",
                "W",
            )
        ],
        [("Schools closed on Monday", "", "", "W")],
        [
            (
                "The education ministry said all public schools in St Thomas, Portland and St Mary will be closed on Monday.",
                "The education ministry",
                "said",
                "W",
            )
        ],
        [
            (
                "Schools in Kingston and St Andrew will open as usual unless the storm changes track, it said.",
                "The education ministry",
                "said",
                "",
            )
        ],
        [
            (
                "Sign language interpreters will be at the 4 p.m. briefing and at every ODPEM briefing after it, Fairclough-Reid said.",
                "Kenroy Fairclough-Reid",
                "said",
                "W",
            )
        ],
        [
            (
                "Photographs posted by residents on Saturday showed the Yallahs River already over the ford at Llandewey.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The power company said 11,400 customers, most of them in Portland, were without electricity at 8 a.m.",
                "The power company",
                "said",
                "W",
            )
        ],
        [
            (
                "“Third time since 2020,” said Sharelle Maxwell-Tulloch, 58, loading a Dutch pot and two buckets into a taxi in Church Corner.",
                "Sharelle Maxwell-Tulloch",
                "said",
                "",
            )
        ],
        [("“You learn.”", "Sharelle Maxwell-Tulloch", "said", "")],
        [
            (
                "Get our storm bulletin on WhatsApp: the latest warnings, shelter changes and road closures, sent to your phone three times a day.",
                "",
                "",
                "B",
            )
        ],
        [("Sign up free", "", "", "B")],
        [("Three main roads blocked by 8 a.m.", "", "", "W")],
        [("• Yallahs fording, Main Road — impassable", "", "", "W")],
        [("• Hope Bay to Buff Bay — one lane only after a landslip", "", "", "W")],
        [("• Junction Road at Castleton — closed by fallen trees", "", "", "W")],
        [
            (
                "The National Works Agency said crews were clearing Junction Road and expected to reopen it by evening.",
                "The National Works Agency",
                "said",
                "W",
            )
        ],
        [("Readings at the Morant Point buoy showed seas of 3.8 metres at 6 a.m.", "", "", "W")],
        [("Advertisement", "", "", "B")],
        [("More on Odessa", "", "", "B")],
        [("Odessa: what to pack in your emergency kit", "", "", "B")],
        [("PHOTOS: Bull Bay fishermen brace for the storm", "", "", "B")],
        [("Comments (18)", "", "", "B")],
        [("© 2026 Enquirer Media Group Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    # 2. Nigeria: online national newspaper, desktop paste, by-election result
    [
        [("DAILY LEDGER NIGERIA", "", "", "B")],
        [("Home   News   Politics   Business   Metro   Sports   Opinion   E-Paper", "", "", "B")],
        [("Politics", "", "", "B")],
        [("Alarape-Ekundayo wins Ibadan North by-election with 38,412 votes", "", "", "W")],
        [("Turnout falls to 24.6%, the lowest in the constituency since 2015", "", "", "W")],
        [("By Chinedu Okafor-Ayinde, Ibadan", "", "", "B")],
        [("October 18, 2026 | 11:32 am", "", "", "B")],
        [("Facebook   X   WhatsApp   Telegram   Email", "", "", "B")],
        [("AI summary · reviewed by our editors", "", "", "B")],
        [("• Adewale Alarape-Ekundayo of the UPP won with 38,412 votes.", "", "", "B")],
        [("• Turnout was 24.6%.", "", "", "B")],
        [("• The runner-up says she will challenge the result at the tribunal.", "", "", "B")],
        [
            (
                "IBADAN — Adewale Alarape-Ekundayo of the United Progress Party (UPP) has been declared winner of Saturday's by-election for the Ibadan North federal constituency, with 38,412 votes.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The returning officer announced the result at 4:05 a.m. on Sunday at the collation centre in Agodi.",
                "",
                "",
                "W",
            ),
            (
                "His nearest rival, Folasade Omotosho-Idowu of the Progressive Renewal Congress (PRC), polled 29,877.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The seat fell vacant after the death in June of Rasheed Adeoye-Salami, who had held it for the UPP since 2019.",
                "",
                "",
                "W",
            )
        ],
        [("Alarape-Ekundayo won nine of the 12 wards", "", "", "W")],
        [("The result, as announced at the collation centre:", "", "", "")],
        [("Returning officer: Prof. Ifeoma Nwachukwu-Lawal, University of Ibadan", "", "", "")],
        [("Adewale Alarape-Ekundayo (UPP) — 38,412", "", "", "")],
        [("Folasade Omotosho-Idowu (PRC) — 29,877", "", "", "")],
        [("Tunde Bakare-Olowo (LJP) — 6,103", "", "", "")],
        [("Hauwa Sadiq-Adebayo (NDA) — 1,248", "", "", "")],
        [("Rejected ballots — 1,004", "", "", "")],
        [("Total votes cast — 76,644", "", "", "")],
        [("Registered voters — 311,560", "", "", "")],
        [
            (
                "Turnout was down from 41.3% at the 2023 general election, according to INEC figures.",
                "INEC figures",
                "according to",
                "W",
            )
        ],
        [
            (
                "Photo identification was checked against the register at all 287 polling units, said Musa Garba-Eleyele, INEC's resident electoral commissioner for Oyo State.",
                "Musa Garba-Eleyele",
                "said",
                "W",
            )
        ],
        [
            (
                "He said voting was extended to 4 p.m. at 14 units where accreditation devices failed in the morning.",
                "Musa Garba-Eleyele",
                "said",
                "W",
            )
        ],
        [
            (
                "Signs of a low turnout were plain by mid-morning, when several units in Agbowo had fewer than 20 voters in the queue.",
                "",
                "",
                "",
            )
        ],
        [("Ward 7 result disputed", "", "", "W")],
        [
            (
                "“We will go to the tribunal,” Omotosho-Idowu told journalists at the collation centre.",
                "Folasade Omotosho-Idowu",
                "told journalists",
                "",
            )
        ],
        [("“Ward 7 does not add up.”", "Folasade Omotosho-Idowu", "told journalists", "")],
        [
            (
                "She said her party's agents had recorded 2,910 votes for her in Ward 7 (Sabo), against 1,644 in the declared result.",
                "Folasade Omotosho-Idowu",
                "said",
                "W",
            )
        ],
        [("Ward 7 (Sabo) — UPP 4,112 · PRC 1,644 · LJP 390 · NDA 71", "", "", "")],
        [
            (
                "Alarape-Ekundayo said in a statement that the result showed the party's “grip on Ibadan North is intact.”",
                "Adewale Alarape-Ekundayo",
                "said in a statement",
                "",
            )
        ],
        [
            (
                "Watchers from the Civic Ballot Network, which deployed 96 observers, said the count at the collation centre was “orderly and open to party agents.”",
                "Watchers from the Civic Ballot Network",
                "said",
                "",
            )
        ],
        [
            ("This election coverage is supported by the Ogbomoso Civic Media Fund.", "", "", "B"),
            ("The fund has no say over what we report.", "", "", "B"),
        ],
        [("Join the conversation", "", "", "B")],
        [
            ("Comments are moderated.", "", "", "B"),
            (
                "We remove posts that are abusive or off-topic, and posts that state election results we cannot verify.",
                "",
                "",
                "B",
            ),
        ],
        [("Read our community guidelines", "", "", "B")],
        [("Related", "", "", "B")],
        [("Oyo Assembly confirms three commissioner-nominees", "", "", "B")],
        [
            ("© 2026 Ledgerstone Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 3. United States: nonprofit newsroom, reader-mode paste, maternity unit closure
    [
        [("mesacurrent.org", "", "", "B")],
        [("How Llano Regional came to stop delivering babies on June 30", "", "", "W")],
        [
            (
                "Administrators say the Clovis hospital lost nine of its 11 obstetric nurses in a year",
                "Administrators",
                "say",
                "W",
            )
        ],
        [("Teodora Vigil-Ashworth", "", "", "B")],
        [("8–10 minutes", "", "", "B")],
        [
            (
                "The shuttered labor and delivery wing at Llano Regional Medical Center in Clovis on Aug. 3.",
                "",
                "",
                "",
            )
        ],
        [("Photo by Aaron Becenti-Lowe for Mesa Current", "", "", "B")],
        [
            (
                "The last baby born at Llano Regional Medical Center in Clovis was a 7-pound, 2-ounce girl, delivered at 11:48 p.m. on June 29.",
                "",
                "",
                "W",
            ),
            ("The next morning, the hospital closed its labor and delivery unit.", "", "", "W"),
        ],
        [
            (
                "Expectant mothers in Curry County now drive about 100 miles to the nearest hospital that delivers babies, in Lubbock, Texas, or in Roswell.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Three of them have given birth on the highway since July, according to Curry County Emergency Medical Services.",
                "Curry County Emergency Medical Services",
                "according to",
                "W",
            )
        ],
        [
            (
                "Llano Regional said the unit lost nine of its 11 obstetric nurses between May 2025 and May 2026.",
                "Llano Regional Medical Center",
                "said",
                "W",
            )
        ],
        [
            (
                "Five of the six nurses who left and agreed to be interviewed said they had taken jobs in Texas that paid at least $9 an hour more.",
                "Five of the six nurses who left and agreed to be interviewed",
                "said",
                "W",
            )
        ],
        [
            ("Mesa Current is a nonprofit newsroom.", "", "", "B"),
            (
                "We don't have a paywall, because we believe every New Mexican should be able to read reporting like this.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "If this story matters to you, please make a gift today; a donation of any size keeps our reporters on the road.",
                "",
                "",
                "B",
            )
        ],
        [("Donate now", "", "", "B")],
        [("The unit's last nine months:", "", "", "")],
        [("Sept. 4, 2025 — The night shift is cut to two nurses.", "", "", "W")],
        [
            (
                "Nov. 17, 2025 — The state Department of Health sends its first warning letter.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Jan. 9, 2026 — Llano Regional offers a $14,000 signing bonus to obstetric nurses.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "March 2, 2026 — A second letter cites 23 shifts with no nurse certified in neonatal resuscitation.",
                "",
                "",
                "W",
            )
        ],
        [("April 21, 2026 — The hospital board votes 5-2 to close the unit.", "", "", "W")],
        [("June 30, 2026 — The unit closes.", "", "", "W")],
        [
            (
                "Read together, the two letters show the department knew of the staffing gap five months before the board's vote.",
                "the two letters",
                "show",
                "W",
            )
        ],
        [("The bonus did not keep nurses", "", "", "W")],
        [
            (
                "“We could not staff it safely,” said Brandon Tafoya-Kessler, the hospital's chief executive.",
                "Brandon Tafoya-Kessler",
                "said",
                "",
            )
        ],
        [("“Nobody here wanted this.”", "Brandon Tafoya-Kessler", "said", "")],
        [
            (
                "He said the hospital lost $3.1 million on obstetrics in 2025, when it delivered 212 babies.",
                "Brandon Tafoya-Kessler",
                "said",
                "W",
            )
        ],
        [
            (
                "Signing bonuses did not fix the shortage, Tafoya-Kessler said: two nurses took the $14,000, and one of them left within the year.",
                "Brandon Tafoya-Kessler",
                "said",
                "W",
            )
        ],
        [("Marisol Quintana-Reyes, 41, labor and delivery nurse, 2009–2025", "", "", "")],
        [
            (
                "“After 16 years I was making $31 an hour,” she said.",
                "Marisol Quintana-Reyes",
                "said",
                "W",
            )
        ],
        [("“Lubbock offered me $42 on the phone.”", "Marisol Quintana-Reyes", "said", "W")],
        [
            (
                "Follow-up care for new mothers is now offered at a clinic in Portales two days a week, the hospital said.",
                "the hospital",
                "said",
                "W",
            )
        ],
        [("The Portales clinic does not deliver babies.", "", "", "W")],
        [
            (
                "A spokesperson for the New Mexico Department of Health said the department “has no authority to order a hospital to keep a service open.”",
                "A spokesperson for the New Mexico Department of Health",
                "said",
                "W",
            )
        ],
        [
            (
                "Contacted by Mesa Current, three of the five hospital board members who voted to close the unit declined to comment.",
                "three of the five hospital board members who voted to close the unit",
                "declined to comment",
                "",
            )
        ],
        [
            (
                "Teodora Vigil-Ashworth covers health care in eastern New Mexico for Mesa Current.",
                "",
                "",
                "B",
            ),
            (
                "She grew up in Tucumcari and previously reported for newspapers in Amarillo and Santa Fe.",
                "",
                "",
                "B",
            ),
        ],
        [("Contact her at tvigil@mesacurrent.org.", "", "", "B")],
        [("Republish this story", "", "", "B")],
        [
            (
                "You may republish this article for free under a Creative Commons license, as long as you credit Mesa Current and do not change the text.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "This story was produced with support from the High Plains Health Reporting Fund.",
                "",
                "",
                "B",
            )
        ],
    ],
    # 4. Wales: regional news app, app copy-and-share paste, road closures
    [
        [("Mid Wales Mercury", "", "", "B")],
        [("Powys", "", "", "B")],
        [
            (
                "A470 to close overnight on 11 nights for £4.2m resurfacing between Llanidloes and Rhayader",
                "",
                "",
                "W",
            )
        ],
        [("Diversion will take drivers 47 miles round via the A44 and A483", "", "", "W")],
        [("Rhodri Pugh-Ellison", "", "", "B")],
        [("Local Democracy Reporter", "", "", "B")],
        [("+ Follow", "", "", "B")],
        [("Published 06:00, 12 MAY 2026", "", "", "B")],
        [("Updated 09:12, 12 MAY 2026", "", "", "B")],
        [("▶ Listen to this article · 4 min", "", "", "B")],
        [
            (
                "The A470 north of Rhayader, where the council says 61% of the surface is rated red.",
                "the council",
                "says",
                "W",
            )
        ],
        [("Image: Powys County Council", "", "", "B")],
        [
            (
                "A 19-mile stretch of the A470 in mid Wales will close overnight on 11 nights from May 26 so that it can be resurfaced, Powys County Council said.",
                "Powys County Council",
                "said",
                "W",
            )
        ],
        [("The work will cost £4.2 million, paid for by the Welsh Government.", "", "", "W")],
        [("Closures will run from 7pm to 6am.", "", "", "W")],
        [("Signed diversions will take drivers 47 miles round via the A44 and A483.", "", "", "W")],
        [("It is the first full resurfacing of the stretch since 1998.", "", "", "W")],
        [("Nights chosen to avoid the Royal Welsh Show", "", "", "W")],
        [
            (
                "The council said the work had been split into three sections so that it would finish before the show opens at Llanelwedd on July 20.",
                "the council",
                "said",
                "W",
            )
        ],
        [("The road will be shut on these nights:", "", "", "")],
        [("• Tue 26 May – Fri 29 May: Llanidloes to Llangurig", "", "", "")],
        [("• Mon 1 June – Thu 4 June: Llangurig to St Harmon", "", "", "")],
        [("• Mon 8 June – Wed 10 June: St Harmon to Rhayader", "", "", "")],
        [
            (
                "Emergency vehicles will be let through at all times, the council said.",
                "the council",
                "said",
                "W",
            )
        ],
        [("No scheduled bus uses the road between 7pm and 6am.", "", "", "W")],
        [
            (
                "Published in January, the council's road condition survey rated 61% of the stretch red, the worst of its three grades.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Updated figures from the Welsh Government show 14.2% of A roads in Powys were in poor condition in 2025, against 3.9% across Wales.",
                "Updated figures from the Welsh Government",
                "show",
                "W",
            )
        ],
        [
            (
                "Cllr Elin Maddox-Price, the cabinet member for highways, said the surface had “reached the end of its life”.",
                "Elin Maddox-Price",
                "said",
                "",
            )
        ],
        [
            (
                "“Patching it every winter costs more than doing it once, properly,” she said.",
                "Elin Maddox-Price",
                "said",
                "",
            )
        ],
        [("Work on a fourth section, south of Rhayader, is planned for spring 2027.", "", "", "W")],
        [("Gareth Lloyd-Vaughan, haulier, Llangurig", "", "", "")],
        [
            (
                "“We run four lorries a night up that road,” he said.",
                "Gareth Lloyd-Vaughan",
                "said",
                "W",
            )
        ],
        [("“We'll manage… we always do.”", "Gareth Lloyd-Vaughan", "said", "")],
        [
            (
                "This article was updated at 9.10am to add the diversion route and a comment from a local haulier.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Want mid Wales news in your inbox before breakfast?", "", "", "B"),
            (
                "Our free newsletter lands at 7am every weekday, and you can unsubscribe at any time.",
                "",
                "",
                "B",
            ),
        ],
        [("Sign up", "", "", "B")],
        [("Comments", "", "", "B")],
        [
            (
                "Our comment section is for debate about the story, not about each other.",
                "",
                "",
                "B",
            ),
            (
                "Posts that are abusive or off-topic are removed, and repeat offenders are blocked.",
                "",
                "",
                "B",
            ),
        ],
        [("Shared from the Mid Wales Mercury app", "", "", "B")],
        [("© Mercury Cymru Media Ltd 2026", "", "", "B")],
    ],
    # 5. Sri Lanka: English-language daily, print-view paste, fuel price revision
    [
        [
            (
                "https://www.lankamorningherald.lk/business/petrol-up-rs-12-diesel-up-rs-9-in-monthly-revision",
                "",
                "",
                "B",
            )
        ],
        [("Printed on: Wednesday, 3 June 2026, 08:14", "", "", "B")],
        [("LANKA MORNING HERALD", "", "", "B")],
        [("Business", "", "", "B")],
        [("Petrol up Rs. 12, diesel up Rs. 9 in monthly revision", "", "", "W")],
        [
            (
                "Kerosene unchanged for fifth month; three-wheeler fares to rise from Wednesday",
                "",
                "",
                "W",
            )
        ],
        [("By Dilani Wickramasinghe-Perera", "", "", "B")],
        [("Tuesday, 2 June 2026 – 14:05", "", "", "B")],
        [
            (
                "Correction: An earlier version of this article said kerosene would rise by Rs. 5 a litre.",
                "",
                "",
                "B",
            ),
            ("Kerosene is unchanged at Rs. 188.", "", "", "B"),
            ("We regret the error.", "", "", "B"),
        ],
        [("A motorist fills up at a filling station in Borella on Tuesday morning.", "", "", "")],
        [("(Pic by Nuwan Jayasooriya-Fernando)", "", "", "B")],
        [
            (
                "The Ceylon Petroleum Corporation raised the price of Octane 92 petrol by Rs. 12 to Rs. 321 a litre from midnight on Monday, in its monthly price revision.",
                "",
                "",
                "W",
            ),
            ("Auto diesel rose by Rs. 9 to Rs. 298.", "", "", "W"),
        ],
        [("It is the third increase in four months.", "", "", "W")],
        [("The new prices per litre:", "", "", "")],
        [("Octane 92 petrol – Rs. 321 (was Rs. 309)", "", "", "")],
        [("Octane 95 petrol – Rs. 384 (was Rs. 371)", "", "", "")],
        [("Auto diesel – Rs. 298 (was Rs. 289)", "", "", "")],
        [("Super diesel – Rs. 341 (was Rs. 334)", "", "", "")],
        [("Kerosene – Rs. 188 (unchanged)", "", "", "")],
        [
            (
                "The new prices were matched from 1 a.m. by the island's second retailer, Serendib Fuels (Pvt) Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The retailer runs 212 filling stations, most of them in the Western and Southern provinces.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "An official at the Ministry of Energy said the increase reflected a 7% rise in the landed cost of petrol in May.",
                "An official at the Ministry of Energy",
                "said",
                "W",
            )
        ],
        [
            (
                "Kerosene, used by about 1.1 million households for cooking and lighting, was left unchanged for the fifth month in a row.",
                "",
                "",
                "W",
            )
        ],
        [("The corporation revises prices on the first working day of each month.", "", "", "W")],
        [
            (
                "Share prices of listed transport companies fell on the Colombo Stock Exchange on Tuesday, with Ruhuna Logistics PLC down 3.4% at the close.",
                "",
                "",
                "W",
            )
        ],
        [("Three-wheeler fares up Rs. 20", "", "", "W")],
        [
            (
                "Lalith Gunaratne-Bandara, president of the Western Province Three-Wheeler Operators' Association, said members would raise the first-kilometre fare by Rs. 20 to Rs. 120 from Wednesday.",
                "Lalith Gunaratne-Bandara",
                "said",
                "W",
            )
        ],
        [
            (
                "“Every month we are told to wait for the next revision,” he said.",
                "Lalith Gunaratne-Bandara",
                "said",
                "",
            )
        ],
        [("“Nobody is waiting any more.”", "Lalith Gunaratne-Bandara", "said", "")],
        [
            (
                "The National Transport Commission said bus fares would not change before the annual revision on July 1.",
                "The National Transport Commission",
                "said",
                "W",
            )
        ],
        [
            (
                "Readers travelling by bus to Kandy or Galle this month will pay the same fares as in May.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Mahesh Rodrigo-Silva of the Colombo Consumers' Forum said the pricing formula behind the monthly revision had never been published in full.",
                "Mahesh Rodrigo-Silva",
                "said",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("Lanka Energy Futures Forum 2026 — what will power Sri Lanka in 2035?", "", "", "B")],
        [
            ("18 June, Lotus Hall, Colombo 07.", "", "", "B"),
            ("Early-bird passes close on 10 June; register at energyforum.lk.", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Lanka Morning Herald (Pvt) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Print  |  Close window", "", "", "B")],
    ],
    # 6. Uganda: national news app, app paste, primary exam results
    [
        [("← Education", "", "", "B")],
        [("KAMPALA SENTINEL", "", "", "B")],
        [
            (
                "PLE 2025: Division One passes rise to 14.8% as girls outnumber boys in top grade for first time",
                "",
                "",
                "W",
            )
        ],
        [("Brenda Nakato-Ssempala", "", "", "B")],
        [("Jan 16, 2026 · 3 min read", "", "", "B")],
        [("✨ Quick read", "", "", "B")],
        [("This summary was generated by AI and checked by an editor.", "", "", "B")],
        [("• 14.8% of candidates passed in Division One, up from 12.9%.", "", "", "B")],
        [("• More girls than boys got Division One.", "", "", "B")],
        [("• Results of 1,402 candidates were withheld.", "", "", "B")],
        [
            (
                "KAMPALA — A total of 119,350 of the 806,420 candidates who sat last year's Primary Leaving Examination passed in Division One, 14.8% of the total and up from 12.9% in 2024, the Uganda National Examinations Board said on Thursday.",
                "the Uganda National Examinations Board",
                "said",
                "W",
            )
        ],
        [
            (
                "For the first time, more girls than boys were placed in Division One: 60,112 against 59,238.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Mathematics remained the weakest subject, with 38.2% of candidates failing it.",
                "",
                "",
                "W",
            )
        ],
        [("Results by division:", "", "", "")],
        [("Division 1 – 119,350 (14.8%)", "", "", "")],
        [("Division 2 – 351,599 (43.6%)", "", "", "")],
        [("Division 3 – 141,124 (17.5%)", "", "", "")],
        [("Division 4 – 92,738 (11.5%)", "", "", "")],
        [("Ungraded – 72,578 (9.0%)", "", "", "")],
        [("Absent – 29,031 (3.6%)", "", "", "")],
        [
            (
                "UNEB executive director Peter Okello-Mugisha said results for 1,402 candidates at 27 centres had been withheld pending an investigation of suspected malpractice.",
                "Peter Okello-Mugisha",
                "said",
                "W",
            )
        ],
        [
            (
                "“Those centres will be visited again before any result is released,” he said.",
                "Peter Okello-Mugisha",
                "said",
                "",
            )
        ],
        [
            (
                "The board said 2,214 candidates with special needs sat the examination in braille, in large print or with extra time.",
                "The board",
                "said",
                "W",
            )
        ],
        [("Wakiso tops districts for third year running", "", "", "W")],
        [("The top three districts by share of Division One passes:", "", "", "")],
        [("1. Wakiso – 21.4%", "", "", "")],
        [("2. Kampala – 20.9%", "", "", "")],
        [("3. Mbarara – 19.7%", "", "", "")],
        [
            (
                "Watchdog group Elimu Monitor Uganda said 41 primary schools in Kotido district had no candidate in Division One.",
                "Elimu Monitor Uganda",
                "said",
                "W",
            )
        ],
        [
            (
                "Sr. Immaculate Namuli-Kato, head teacher, St. Kizito Girls' Primary School, Masaka",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“We started remedial lessons at 6.30 a.m. every school day from February,” she said.",
                "Immaculate Namuli-Kato",
                "said",
                "W",
            )
        ],
        [
            (
                "“The girls came every single morning… even in the rains.”",
                "Immaculate Namuli-Kato",
                "said",
                "",
            )
        ],
        [("Of her 64 candidates, 31 got Division One.", "", "", "W")],
        [
            (
                "Education state minister Joyce Ajok-Tumusiime said the government would recruit 4,000 primary teachers in the next financial year.",
                "Joyce Ajok-Tumusiime",
                "said",
                "",
            )
        ],
        [
            (
                "Candidates can check their results by SMS: type PLE, a space and the index number, and send it to 6600.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Results slips will be sent to schools from Jan. 23, UNEB said.",
                "the Uganda National Examinations Board",
                "said",
                "W",
            )
        ],
        [("SPONSORED EVENT", "", "", "B")],
        [
            (
                "Kampala Schools Expo 2026: meet 120 secondary schools under one roof, 7–8 February at Lugogo.",
                "",
                "",
                "B",
            ),
            ("Entry is free for parents who bring this year's PLE results slip.", "", "", "B"),
        ],
        [("More in Education", "", "", "B")],
        [("S1 selection: what parents need to know", "", "", "B")],
        [("Shared via the Kampala Sentinel app", "", "", "B")],
        [("© 2026 Sentinel Mediaworks Uganda Ltd", "", "", "B")],
    ],
    # 7. Fiji: morning email newsletter, email paste, water cut
    [
        [("From: Pacific Morning Brief <hello@pacificmorningbrief.fj>", "", "", "B")],
        [("View this email in your browser", "", "", "B")],
        [("PACIFIC MORNING BRIEF", "", "", "B")],
        [("Wednesday 4 March 2026  |  Issue No. 412", "", "", "B")],
        [
            ("Bula vinaka and good morning.", "", "", "B"),
            (
                "Today's brief runs a little longer than usual because of the water cuts in Suva; we'll be back to our normal size tomorrow.",
                "",
                "",
                "B",
            ),
        ],
        [("— Vilimaina Ravuvu-Tuilau, editor", "", "", "B")],
        [
            ("Today's brief is supported by Tavua Hardware & Building Supplies.", "", "", "B"),
            ("Everything for the build, in Nadi, Lautoka and Suva.", "", "", "B"),
        ],
        [("TOP STORY", "", "", "B")],
        [
            (
                "Water cut to 38,000 Suva households for up to 36 hours after main bursts at Tamavua",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "[Image: Crews at the burst main on Princes Road, Tamavua, on Tuesday night.]",
                "",
                "",
                "",
            )
        ],
        [("Photo: Water Authority of Fiji", "", "", "B")],
        [
            (
                "Water Authority of Fiji crews were repairing a burst 600-millimetre main at Tamavua late on Tuesday, with supply cut to about 38,000 households in Suva and Lami.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Contact between an excavator and the main at a private building site on Princes Road caused the burst at about 2.40pm, the authority said.",
                "the authority",
                "said",
                "W",
            )
        ],
        [
            (
                "Subscribers to the authority's SMS alerts, about 21,000 people, were told of the cut at 3.05pm.",
                "",
                "",
                "W",
            )
        ],
        [("The authority expects supply back at these times:", "The authority", "expects", "")],
        [("Tamavua, Wailoku — 6am Wednesday", "", "", "")],
        [("Samabula, Vatuwaqa — 12 noon Wednesday", "", "", "")],
        [("Raiwaqa, Raiwai — 6pm Wednesday", "", "", "")],
        [("Lami, Delainavesi — 6am Thursday", "", "", "")],
        [("Water carts will be stationed from 7am at five points, including:", "", "", "W")],
        [("• Samabula Primary School, Fletcher Road", "", "", "")],
        [("• Raiwaqa Market car park", "", "", "")],
        [("• Lami Town Council office, Queens Road", "", "", "")],
        [
            (
                "Sign-in sheets at the carts will be used to limit each household to 40 litres a day.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“We ask people not to store more water than they need,” said the authority's chief executive, Ilisapeci Naivalu-Raikoso.",
                "Ilisapeci Naivalu-Raikoso",
                "said",
                "",
            ),
            (
                "“Every bucket filled in Tamavua is a bucket Lami doesn't get.”",
                "Ilisapeci Naivalu-Raikoso",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the building contractor had not asked the authority to mark the main before digging.",
                "Ilisapeci Naivalu-Raikoso",
                "said",
                "W",
            )
        ],
        [
            (
                "The contractor, Koroi Constructions Ltd., did not respond to an email on Tuesday night.",
                "Koroi Constructions Ltd.",
                "did not respond to an email",
                "",
            )
        ],
        [
            (
                "Updated restoration times will be sent by SMS at 6am and 6pm, the authority said.",
                "the authority",
                "said",
                "W",
            )
        ],
        [
            (
                "Colonial War Memorial Hospital was not affected because it has its own 2-megalitre reservoir, the Ministry of Health said.",
                "the Ministry of Health",
                "said",
                "W",
            )
        ],
        [
            (
                "Schools in the affected areas will close at midday on Wednesday, the education ministry said.",
                "the education ministry",
                "said",
                "W",
            )
        ],
        [("Read the full story on our website", "", "", "B")],
        [("ALSO TODAY", "", "", "B")],
        [("• Nadi runway works finish two weeks early", "", "", "B")],
        [("• Kava prices at Suva market hit $120 a kilo", "", "", "B")],
        [
            ("Pacific Morning Brief is free, and it is paid for by its readers.", "", "", "B"),
            ("If this email is useful to you, chip in from $5 a month.", "", "", "B"),
        ],
        [("Support the Brief", "", "", "B")],
        [("Forward this email to a friend", "", "", "B")],
        [
            (
                "You are receiving this email because you signed up at pacificmorningbrief.fj.",
                "",
                "",
                "B",
            )
        ],
        [("Unsubscribe  |  Update your preferences", "", "", "B")],
        [("Pacific Morning Media Pte Limited, 14 Gordon Street, Suva, Fiji", "", "", "B")],
    ],
    # 8. Malta: national news portal, desktop paste, planning board vote
    [
        [("THE MALTA SENTRY", "", "", "B")],
        [
            (
                "Local   World   Business   Sport   Opinion   Lifestyle   Newsletters   Subscribe",
                "",
                "",
                "B",
            )
        ],
        [("Local", "", "", "B")],
        [("Planning board approves 14-storey Paceville hotel by seven votes to five", "", "", "W")],
        [
            (
                "Residents' association says it will appeal to the review tribunal",
                "Paceville Residents' Association",
                "says",
                "",
            )
        ],
        [("Kurt Spiteri-Azzopardi", "", "", "B")],
        [("Thursday, 9 July 2026, 14:52", "", "", "B")],
        [("Share  ·  Facebook  ·  X  ·  WhatsApp  ·  Email", "", "", "B")],
        [
            (
                "Editor's note: A member of The Malta Sentry's board of directors owns a flat in a building next to the site.",
                "",
                "",
                "B",
            ),
            ("He had no involvement in this report.", "", "", "B"),
        ],
        [
            (
                "An artist's impression of the proposed hotel, as submitted to the Planning Authority.",
                "",
                "",
                "",
            )
        ],
        [("Image: Planning Authority", "", "", "B")],
        [
            (
                "The Planning Authority board on Thursday approved a 212-room hotel of 14 storeys on the site of a former nightclub in Paceville, St Julian's, by seven votes to five.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The building will rise 47 metres; the local plan for the area allows 24.",
                "",
                "",
                "W",
            ),
            ("The developer, Tal-Qroqq Hospitality Ltd., had applied for 16 storeys.", "", "", "W"),
        ],
        [("How the board voted", "", "", "")],
        [("Mario Zammit-Agius, chairman — in favour", "", "", "")],
        [("Rita Farrugia-Dimech, environment representative — against", "", "", "")],
        [("Noel Caruana-Spiteri, local councils' representative — against", "", "", "")],
        [("Six other members voted in favour and three against.", "", "", "W")],
        [
            (
                "A thirteenth member, Raymond Xuereb-Mifsud, did not vote because his firm had advised the developer in 2023.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Follow-up conditions attached to the permit require the developer to pay €1.9 million into an urban improvement fund for St Julian's.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“This board has just doubled the height limit without changing the plan,” Farrugia-Dimech said during the hearing.",
                "Rita Farrugia-Dimech",
                "said",
                "",
            ),
            ("“Why have a local plan at all?”", "Rita Farrugia-Dimech", "said", ""),
        ],
        [
            (
                "Zammit-Agius said the site lay in a zone where the 2014 policy on tall buildings allowed extra height in return for public benefits.",
                "Mario Zammit-Agius",
                "said",
                "W",
            )
        ],
        [
            (
                "“The policy is the policy,” he told the hearing.",
                "Mario Zammit-Agius",
                "told the hearing",
                "",
            )
        ],
        [
            (
                "Published in 2024, the authority's own height study recommended no more than 12 storeys on the site.",
                "",
                "",
                "W",
            )
        ],
        [("Denise Muscat-Vella, Paceville Residents' Association", "", "", "")],
        [("“We will appeal,” she said.", "Denise Muscat-Vella", "said", "")],
        [
            (
                "She said the association had lodged 1,146 objections, the most against a single application in St Julian's since 2019.",
                "Denise Muscat-Vella",
                "said",
                "W",
            )
        ],
        [("The decision can be appealed within 30 days.", "", "", "W")],
        [
            (
                "Tal-Qroqq Hospitality said in a statement that the hotel would create 310 jobs.",
                "Tal-Qroqq Hospitality Ltd.",
                "said in a statement",
                "",
            )
        ],
        [("Read more: Paceville master plan shelved for third time", "", "", "B")],
        [
            (
                "Correction, 15:40: An earlier version of this article said the board voted eight to four.",
                "",
                "",
                "B",
            ),
            ("It voted seven to five.", "", "", "B"),
        ],
        [("Comments", "", "", "B")],
        [
            (
                "We welcome comments that are relevant, civil and signed with your real name.",
                "",
                "",
                "B",
            ),
            (
                "All comments are pre-moderated and may take up to 24 hours to appear; we do not publish comments that name private individuals in planning cases.",
                "",
                "",
                "B",
            ),
        ],
        [("Most read", "", "", "B")],
        [("Gozo ferry fares to rise from August", "", "", "B")],
        [("© 2026 Sentry Media Ltd.", "", "", "B"), ("Company registration C 48213.", "", "", "B")],
    ],
    # 9. Bangladesh: English-language daily, reader-mode paste, Eid train tickets
    [
        [("dhakadispatch.com", "", "", "B")],
        [("Eid advance train tickets go on sale from March 4, all of them online", "", "", "W")],
        [
            (
                "Railway says counters will stay shut to keep touts out",
                "Bangladesh Railway",
                "says",
                "",
            )
        ],
        [("Tanvir Ahmed Sikder", "", "", "B")],
        [("7–9 minutes", "", "", "B")],
        [
            (
                "This report was first published in Bangla in our sister paper, Dainik Prabhat, and has been translated and edited for English readers.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Passengers crowd onto the roof of a train leaving Kamalapur Railway Station in Dhaka before Eid last year.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Dhaka Dispatch/File", "", "", "B")],
        [
            (
                "Advance tickets for Eid-ul-Fitr train journeys will go on sale from March 4, and for the first time all of them will be sold online, Bangladesh Railway said on Sunday.",
                "Bangladesh Railway",
                "said",
                "W",
            )
        ],
        [("No tickets will be sold at station counters.", "", "", "W")],
        [
            (
                "Touts sold counter tickets for up to five times their face value last year, the railway said.",
                "the railway",
                "said",
                "W",
            )
        ],
        [("Tickets go on sale at 8am each day, ten days before the date of travel.", "", "", "W")],
        [("Sale dates for outbound journeys:", "", "", "")],
        [("March 4 → journeys on March 14", "", "", "")],
        [("March 5 → journeys on March 15", "", "", "")],
        [("March 6 → journeys on March 16", "", "", "")],
        [("March 7 → journeys on March 17", "", "", "")],
        [("March 8 → journeys on March 18", "", "", "")],
        [
            (
                "Return tickets, for journeys from March 23 to March 27, go on sale from March 13 to March 17.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Md. Rafiqul Haque-Talukder, director general of Bangladesh Railway, said 33,500 seats a day would be offered on 43 inter-city trains, about 4,000 more than last year.",
                "Md. Rafiqul Haque-Talukder",
                "said",
                "W",
            )
        ],
        [
            (
                "A passenger can buy up to four tickets with one national ID card, he said.",
                "Md. Rafiqul Haque-Talukder",
                "said",
                "W",
            )
        ],
        [
            (
                "“There will be no counter, so there will be no queue,” Haque-Talukder said.",
                "Md. Rafiqul Haque-Talukder",
                "said",
                "",
            )
        ],
        [
            (
                "Tickets cannot be transferred, and the name on each ticket will be checked against the passenger's ID card at the platform gate, the railway said.",
                "the railway",
                "said",
                "W",
            )
        ],
        [
            (
                "Eight special trains will run on the Dhaka–Chattogram, Dhaka–Khulna and Dhaka–Rajshahi routes.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Last year, 2.9 million passengers travelled by train in the ten days before Eid, the railway said.",
                "the railway",
                "said",
                "W",
            )
        ],
        [
            (
                "Signalling faults on the Dhaka–Chattogram line delayed 11 trains by more than three hours during last year's Eid rush, according to railway records.",
                "railway records",
                "according to",
                "W",
            )
        ],
        [
            (
                "The ticketing website crashed within minutes on the first day of sales last year, when it received 1.2 crore hits in the first hour, the operator Sheba Rail Systems said at the time.",
                "Sheba Rail Systems",
                "said",
                "W",
            )
        ],
        [
            (
                "This year the company has added servers to handle 3 crore hits an hour, the railway said.",
                "the railway",
                "said",
                "W",
            )
        ],
        [("Rumana Akter, 29, garment worker, Gazipur", "", "", "")],
        [
            (
                "“Last year I queued at Kamalapur for 19 hours and went home with nothing,” she said.",
                "Rumana Akter",
                "said",
                "",
            )
        ],
        [("“Online is better… if the website works.”", "Rumana Akter", "said", "")],
        [
            (
                "Passengers without a smartphone can buy tickets at any of 8,200 union digital centres, which will charge a fee of Tk 20.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Contact details for the railway's helpline, 131, will be printed on every e-ticket.",
                "",
                "",
                "W",
            )
        ],
        [("Share of online sales rose to 61% last Eid", "", "", "W")],
        [
            (
                "The railway's app accounted for 61% of the tickets sold last Eid, up from 34% the year before, the railway said.",
                "the railway",
                "said",
                "W",
            )
        ],
        [
            (
                "Launch operators on the Dhaka–Barishal route will begin advance sales on March 10, the Bangladesh Inland Water Transport Authority said.",
                "the Bangladesh Inland Water Transport Authority",
                "said",
                "W",
            )
        ],
        [
            ("Tanvir Ahmed Sikder is the Dispatch's transport correspondent.", "", "", "B"),
            ("He has covered Bangladesh's railways and waterways since 2017.", "", "", "B"),
        ],
        [("Follow Dhaka Dispatch on Google News for the latest on Eid travel.", "", "", "B")],
        [
            (
                "Get our Eid travel update by email every morning until March 27 — it's free.",
                "",
                "",
                "B",
            ),
            ("Sign up at dhakadispatch.com/newsletters.", "", "", "B"),
        ],
        [("© 2026 Dispatch Publishing House Ltd.", "", "", "B")],
    ],
    # 10. Hong Kong: English-language news site, phone browser paste, typhoon signal
    [
        [("≡   HARBOUR CHRONICLE   🔍", "", "", "B")],
        [("Hong Kong / Weather", "", "", "B")],
        [
            (
                "Typhoon Lanhua: No 8 signal stays up overnight as 23 hurt and 1,140 flights cancelled",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Observatory says signal will stay in force until at least 6am on Saturday",
                "The Hong Kong Observatory",
                "says",
                "W",
            )
        ],
        [("Iris Cheung Wing-sze and Marcus Lo Ka-fai", "", "", "B")],
        [("Published: 9:25pm, 14 Aug 2026", "", "", "B")],
        [("Updated: 11:02pm, 14 Aug 2026", "", "", "B")],
        [("Why you can trust Harbour Chronicle", "", "", "B")],
        [
            (
                "A man struggles with his umbrella on Des Voeux Road Central on Friday afternoon.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Edmond Yip Chi-wai", "", "", "B")],
        [
            (
                "The Hong Kong Observatory kept the No 8 signal in force overnight on Friday as Typhoon Lanhua passed about 90km south of the city.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Signal No 8 will stay up until at least 6am on Saturday, the Observatory said.",
                "The Hong Kong Observatory",
                "said",
                "W",
            )
        ],
        [("Twenty-three people were hurt and 1,140 flights were cancelled.", "", "", "W")],
        [
            (
                "It is the second time this year that the No 8 signal has stayed up overnight.",
                "",
                "",
                "W",
            )
        ],
        [("How Friday unfolded:", "", "", "")],
        [("7.40am — Strong Wind Signal No 3 replaces Standby Signal No 1.", "", "", "W")],
        [("12.20pm — Observatory issues No 8 Northeast Gale or Storm Signal.", "", "", "W")],
        [("2.15pm — Trains on open-air rail sections suspended.", "", "", "W")],
        [
            (
                "5.50pm — Airport Authority says 1,140 flights cancelled and 310 delayed.",
                "Airport Authority",
                "says",
                "W",
            )
        ],
        [
            (
                "8.30pm — Hospital Authority says 19 people treated in emergency departments, two in serious condition.",
                "Hospital Authority",
                "says",
                "W",
            )
        ],
        [
            ("This article is free to read while the typhoon signals are up.", "", "", "B"),
            ("Our reporters were out in it all day so that you didn't have to be.", "", "", "B"),
            ("Subscribe from HK$38 a month to support their work.", "", "", "B"),
        ],
        [("Subscribe", "", "", "B")],
        [
            (
                "Updated figures from the Hospital Authority at 10pm showed 23 people injured.",
                "Updated figures from the Hospital Authority",
                "showed",
                "W",
            )
        ],
        [
            (
                "Watch for falling scaffolding and shop signs, the Buildings Department warned.",
                "the Buildings Department",
                "warned",
                "",
            )
        ],
        [("It had received 41 reports of collapsed or loose scaffolding by 8pm.", "", "", "W")],
        [
            (
                "A government spokesman said 212 people had taken refuge in 26 temporary shelters run by the Home Affairs Department.",
                "A government spokesman",
                "said",
                "W",
            )
        ],
        [
            (
                "Share trading on the stock exchange was halted for the afternoon session.",
                "",
                "",
                "W",
            )
        ],
        [("Chan Siu-ming, 63, newspaper vendor, Sham Shui Po", "", "", "")],
        [
            (
                "“I've had this stall 31 years and I shut it at noon,” he said.",
                "Chan Siu-ming",
                "said",
                "",
            ),
            ("“Twice in one summer!”", "Chan Siu-ming", "said", ""),
        ],
        [
            (
                "Ferry services to the outlying islands will resume once the signal is lowered, operators said.",
                "operators",
                "said",
                "",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Harbour Chronicle Climate Forum: how ready is Hong Kong for the next super typhoon?",
                "",
                "",
                "B",
            )
        ],
        [("22 October, Wan Chai.", "", "", "B"), ("Tickets from HK$580.", "", "", "B")],
        [
            (
                "Correction: An earlier version of this article gave the number of delayed flights as 130.",
                "",
                "",
                "B",
            ),
            ("The correct figure is 310.", "", "", "B"),
        ],
        [("Read more", "", "", "B")],
        [("Typhoon Lanhua: what's open and what's closed on Saturday", "", "", "B")],
        [
            ("Copyright © 2026 Harbour Chronicle Publishers Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 11. Zambia: independent news site, desktop paste, load-shedding schedule
    [
        [("THE ZAMBEZI TRIBUNE", "", "", "B")],
        [("Home | News | Business | Politics | Sport | Features | Opinion | Donate", "", "", "B")],
        [("News", "", "", "B")],
        [
            (
                "ZESCO extends load-shedding to 18 hours a day as Kariba storage falls to 4.1%",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Charcoal prices at Lusaka markets have doubled since January, traders say",
                "traders",
                "say",
                "W",
            )
        ],
        [("By Mwila Chanda-Banda", "", "", "B")],
        [("June 3, 2026", "", "", "B")],
        [
            (
                "Load-shedding schedules on the Tribune are supported by Sunbird Solar Zambia.",
                "",
                "",
                "B",
            ),
            ("Sunbird had no role in the reporting of this story.", "", "", "B"),
        ],
        [
            (
                "A charcoal seller waits for customers at Soweto market in Lusaka on Tuesday.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Mwila Chanda-Banda", "", "", "B")],
        [
            (
                "Households will be without power for up to 18 hours a day from Monday, up from 12, ZESCO said on Tuesday, after usable water in Lake Kariba fell to 4.1% of capacity.",
                "ZESCO",
                "said",
                "W",
            )
        ],
        [
            (
                "Kariba's north bank station supplies about 40% of the country's electricity.",
                "",
                "",
                "W",
            )
        ],
        [("The utility's Lusaka schedule from June 8:", "", "", "")],
        [
            (
                "Group A (Kabulonga, Woodlands, Chalala): power 04:00–06:00 and 22:00–02:00",
                "",
                "",
                "",
            )
        ],
        [("Group B (Matero, Chilenje, Kalingalinga): power 06:00–12:00", "", "", "")],
        [("Group C (Chawama, Kanyama, John Laing): power 12:00–18:00", "", "", "")],
        [("Group D (Roma, Kalundu, Makeni): power 16:00–22:00", "", "", "")],
        [
            (
                "University Teaching Hospital and the city's water pumping stations are exempt, the utility said.",
                "the utility",
                "said",
                "W",
            )
        ],
        [
            (
                "Subscribers on prepaid meters will not be charged the fixed monthly fee of K59 while the 18-hour schedule lasts, it said.",
                "ZESCO",
                "said",
                "W",
            )
        ],
        [
            (
                "Read alongside the schedule, those figures mean a household in Matero gets six hours of power a day.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Energy minister Mutale Sichone-Phiri said the government had signed for 300 megawatts of emergency imports from Mozambique, to start in August.",
                "Mutale Sichone-Phiri",
                "said",
                "W",
            )
        ],
        [
            (
                "“This is the worst drought we have seen on the Zambezi in living memory,” she said.",
                "Mutale Sichone-Phiri",
                "said",
                "",
            )
        ],
        [
            ("The Zambezi Tribune is an independent, reader-funded newsroom.", "", "", "B"),
            ("We take no money from political parties or the government.", "", "", "B"),
            (
                "Keep us reporting through the crisis: donate by mobile money to 0977 555 018.",
                "",
                "",
                "B",
            ),
        ],
        [("Charcoal price doubles in five months", "", "", "W")],
        [("Prices at Soweto market on Tuesday, with January prices in brackets:", "", "", "")],
        [("50kg bag of charcoal — K450 (K220)", "", "", "")],
        [("Small tin of charcoal — K25 (K10)", "", "", "")],
        [("Paraffin, 1 litre — K38 (K31)", "", "", "")],
        [("Grace Mwale-Zulu, 54, charcoal trader, Soweto market", "", "", "")],
        [
            ("“I sell 30 bags a day now.", "Grace Mwale-Zulu", "said", "W"),
            ("In January it was 12,” she said.", "Grace Mwale-Zulu", "said", "W"),
        ],
        [
            (
                "Forestry Department officers seized 1,300 bags of charcoal at roadblocks on the Great East Road in May, the department said.",
                "the department",
                "said",
                "W",
            )
        ],
        [
            (
                "Contacted on Tuesday, the Energy Regulation Board said it had approved no change to electricity tariffs.",
                "the Energy Regulation Board",
                "said",
                "W",
            )
        ],
        [
            ("Mwila Chanda-Banda is the Tribune's energy reporter.", "", "", "B"),
            (
                "She worked as an electrical engineer at a Copperbelt mine for six years before joining us in 2022.",
                "",
                "",
                "B",
            ),
        ],
        [("Contact her at mchanda@zambezitribune.co.zm.", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Kafue Gorge output cut by a third", "", "", "B")],
        [("Copyright © 2026 The Zambezi Tribune.", "", "", "B")],
    ],
    # 12. Botswana: national weekly's news app, app paste, foot-and-mouth outbreak
    [
        [("Kalahari Mirror", "", "", "B")],
        [("Business · Agriculture", "", "", "B")],
        [
            (
                "Foot-and-mouth: cattle movement banned in three zones as BMC cuts prices by up to 18%",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Farmers in the north-east say they cannot sell a single animal",
                "Farmers in the north-east",
                "say",
                "",
            )
        ],
        [("Kagiso Motsumi-Sebele", "", "", "B")],
        [("2h ago · 4 min read", "", "", "B")],
        [("🔊 Listen", "", "", "B")],
        [("Key points (AI-assisted)", "", "", "B")],
        [("• Cattle movement is banned in zones 6b, 7 and 8.", "", "", "B")],
        [("• The BMC has cut prices for all carcass grades.", "", "", "B")],
        [
            (
                "This summary was produced with the help of AI and reviewed by our agriculture desk.",
                "",
                "",
                "B",
            )
        ],
        [("Cattle at a water point near Tonota on Saturday.", "", "", "")],
        [("Photo: Kagiso Motsumi-Sebele", "", "", "B")],
        [
            (
                "The Department of Veterinary Services has banned the movement of cattle in three disease control zones in the north-east after foot-and-mouth disease was confirmed at two cattle posts near Tonota on Friday.",
                "",
                "",
                "W",
            )
        ],
        [("What we know so far:", "", "", "")],
        [
            (
                "• Lesions were found in 14 cattle at the two posts on Thursday, and laboratory tests confirmed the disease on Friday.",
                "",
                "",
                "W",
            )
        ],
        [("• Zones 6b, 7 and 8 are closed to cattle movement until further notice.", "", "", "W")],
        [
            (
                "• About 61,000 cattle are kept in the three zones, according to department figures.",
                "department figures",
                "according to",
                "W",
            )
        ],
        [("• Vaccination starts on Tuesday.", "", "", "W")],
        [
            (
                "Read aloud in Setswana at a kgotla meeting in Tonota on Saturday, the department's notice also banned the sale of raw milk from the zones.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Signs at the Serule veterinary gate on the A1 were changed on Saturday to tell drivers that every vehicle would be searched for meat and hides.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Follow-up tests on herds within 10 kilometres of the two posts will be done every seven days, the department said.",
                "the department",
                "said",
                "W",
            )
        ],
        [
            (
                "Updated movement permits will be issued only by the district veterinary office in Francistown, the department said.",
                "the department",
                "said",
                "W",
            )
        ],
        [
            (
                "Photographs shared on WhatsApp on Friday, showing cattle with mouth lesions, were taken during a 2022 outbreak in Zimbabwe, the department said.",
                "the department",
                "said",
                "W",
            )
        ],
        [("The last outbreak in the area, in 2022, closed zone 7 for 11 months.", "", "", "W")],
        [
            (
                "The Botswana Meat Commission said it would pay these prices per kilogram from Monday:",
                "The Botswana Meat Commission",
                "said",
                "W",
            )
        ],
        [("Grade A (super) — P38.13 (was P46.50)", "", "", "")],
        [("Grade B — P35.10 (was P41.20)", "", "", "")],
        [("Grade C — P31.90 (was P36.00)", "", "", "")],
        [
            (
                "The commission said the cuts reflected the suspension of its licence to export beef from the north-east to the European Union.",
                "The commission",
                "said",
                "W",
            )
        ],
        [("Onalenna Ramotswa-Dintwe, 47, farmer, Tonota", "", "", "")],
        [
            (
                "“I have 86 head and I cannot sell one,” he said.",
                "Onalenna Ramotswa-Dintwe",
                "said",
                "W",
            )
        ],
        [("“Not one.”", "Onalenna Ramotswa-Dintwe", "said", "")],
        [
            (
                "Agriculture minister Thato Mmolawa-Keitseng said the ministry had 1.2 million doses of vaccine in stock.",
                "Thato Mmolawa-Keitseng",
                "said",
                "W",
            )
        ],
        [
            (
                "She said farmers would be compensated for any animal culled, at the BMC price before the outbreak.",
                "Thato Mmolawa-Keitseng",
                "said",
                "",
            )
        ],
        [
            (
                "Editor's note: An earlier version of this story, sent as a push alert, said four zones had been closed.",
                "",
                "",
                "B",
            ),
            ("This article has also been updated with the BMC's new prices.", "", "", "B"),
        ],
        [
            (
                "Farming news, auction prices and the weather for Botswana's farmers, every Friday in your inbox.",
                "",
                "",
                "B",
            )
        ],
        [("Sign up to Mirror Farmer", "", "", "B")],
        [
            ("Shared from the Kalahari Mirror app.", "", "", "B"),
            ("Download it free on Google Play and the App Store.", "", "", "B"),
        ],
        [("© 2026 Mirror Publishing (Pty) Ltd", "", "", "B")],
    ],
]

CASES = [
    (
        "n149-jm-am-sunday",
        "Sixty-four emergency shelters were open in St Thomas and Portland at 7 a.m. Sunday, with Tropical Storm Odessa forecast to pass within 60 kilometres of the island's eastern tip tonight.",
        [
            "Sixty-four emergency shelters were open in St Thomas and Portland at 7 a.m. Sunday, with Tropical Storm Odessa forecast to pass within 60 kilometres of the island's eastern tip tonight.",
        ],
    ),
    (
        "n149-jm-kmh-one-liners",
        "At 5 a.m. the storm had maximum sustained winds of 95 km/h, according to the Meteorological Service of Jamaica. That is 24 km/h short of hurricane strength.",
        [
            "At 5 a.m. the storm had maximum sustained winds of 95 km/h, according to the Meteorological Service of Jamaica.",
            "That is 24 km/h short of hurricane strength.",
        ],
    ),
    (
        "n149-jm-standalone-quote",
        "“Do not wait for the water.” “If you live beside the Yallahs River, leave today,” he said.",
        [
            "“Do not wait for the water.”",
            "“If you live beside the Yallahs River, leave today,” he said.",
        ],
    ),
    (
        "n149-jm-sign-pm",
        "Sign language interpreters will be at the 4 p.m. briefing and at every ODPEM briefing after it, Fairclough-Reid said. Photographs posted by residents on Saturday showed the Yallahs River already over the ford at Llandewey.",
        [
            "Sign language interpreters will be at the 4 p.m. briefing and at every ODPEM briefing after it, Fairclough-Reid said.",
            "Photographs posted by residents on Saturday showed the Yallahs River already over the ford at Llandewey.",
        ],
    ),
    (
        "n149-jm-ltd-rights",
        "© 2026 Enquirer Media Group Ltd. All rights reserved.",
        [
            "© 2026 Enquirer Media Group Ltd.",
            "All rights reserved.",
        ],
    ),
    (
        "n149-ng-am-rival",
        "The returning officer announced the result at 4:05 a.m. on Sunday at the collation centre in Agodi. His nearest rival, Folasade Omotosho-Idowu of the Progressive Renewal Congress (PRC), polled 29,877.",
        [
            "The returning officer announced the result at 4:05 a.m. on Sunday at the collation centre in Agodi.",
            "His nearest rival, Folasade Omotosho-Idowu of the Progressive Renewal Congress (PRC), polled 29,877.",
        ],
    ),
    (
        "n149-ng-prof-line",
        "Returning officer: Prof. Ifeoma Nwachukwu-Lawal, University of Ibadan",
        [
            "Returning officer: Prof. Ifeoma Nwachukwu-Lawal, University of Ibadan",
        ],
    ),
    (
        "n149-ng-ai-bullets",
        "• Adewale Alarape-Ekundayo of the UPP won with 38,412 votes. • Turnout was 24.6%.",
        [
            "• Adewale Alarape-Ekundayo of the UPP won with 38,412 votes.",
            "• Turnout was 24.6%.",
        ],
    ),
    (
        "n149-ng-photo-pm",
        "Photo identification was checked against the register at all 287 polling units, said Musa Garba-Eleyele, INEC's resident electoral commissioner for Oyo State. He said voting was extended to 4 p.m. at 14 units where accreditation devices failed in the morning.",
        [
            "Photo identification was checked against the register at all 287 polling units, said Musa Garba-Eleyele, INEC's resident electoral commissioner for Oyo State.",
            "He said voting was extended to 4 p.m. at 14 units where accreditation devices failed in the morning.",
        ],
    ),
    (
        "n149-us-pm-june",
        "The last baby born at Llano Regional Medical Center in Clovis was a 7-pound, 2-ounce girl, delivered at 11:48 p.m. on June 29. The next morning, the hospital closed its labor and delivery unit.",
        [
            "The last baby born at Llano Regional Medical Center in Clovis was a 7-pound, 2-ounce girl, delivered at 11:48 p.m. on June 29.",
            "The next morning, the hospital closed its labor and delivery unit.",
        ],
    ),
    (
        "n149-us-timeline-abbr",
        "Sept. 4, 2025 — The night shift is cut to two nurses. Nov. 17, 2025 — The state Department of Health sends its first warning letter.",
        [
            "Sept. 4, 2025 — The night shift is cut to two nurses.",
            "Nov. 17, 2025 — The state Department of Health sends its first warning letter.",
        ],
    ),
    (
        "n149-us-colon-said",
        "Signing bonuses did not fix the shortage, Tafoya-Kessler said: two nurses took the $14,000, and one of them left within the year.",
        [
            "Signing bonuses did not fix the shortage, Tafoya-Kessler said: two nurses took the $14,000, and one of them left within the year.",
        ],
    ),
    (
        "n149-us-bio-contact",
        "Teodora Vigil-Ashworth covers health care in eastern New Mexico for Mesa Current. She grew up in Tucumcari and previously reported for newspapers in Amarillo and Santa Fe. Contact her at tvigil@mesacurrent.org.",
        [
            "Teodora Vigil-Ashworth covers health care in eastern New Mexico for Mesa Current.",
            "She grew up in Tucumcari and previously reported for newspapers in Amarillo and Santa Fe.",
            "Contact her at tvigil@mesacurrent.org.",
        ],
    ),
    (
        "n149-wal-pm-signed",
        "Closures will run from 7pm to 6am. Signed diversions will take drivers 47 miles round via the A44 and A483.",
        [
            "Closures will run from 7pm to 6am.",
            "Signed diversions will take drivers 47 miles round via the A44 and A483.",
        ],
    ),
    (
        "n149-wal-quote-stop-outside",
        "Cllr Elin Maddox-Price, the cabinet member for highways, said the surface had “reached the end of its life”. “Patching it every winter costs more than doing it once, properly,” she said.",
        [
            "Cllr Elin Maddox-Price, the cabinet member for highways, said the surface had “reached the end of its life”.",
            "“Patching it every winter costs more than doing it once, properly,” she said.",
        ],
    ),
    (
        "n149-wal-ellipsis-lower",
        "“We run four lorries a night up that road,” he said. “We'll manage… we always do.”",
        [
            "“We run four lorries a night up that road,” he said.",
            "“We'll manage… we always do.”",
        ],
    ),
    (
        "n149-lk-rs-decimals",
        "The Ceylon Petroleum Corporation raised the price of Octane 92 petrol by Rs. 12 to Rs. 321 a litre from midnight on Monday, in its monthly price revision. Auto diesel rose by Rs. 9 to Rs. 298.",
        [
            "The Ceylon Petroleum Corporation raised the price of Octane 92 petrol by Rs. 12 to Rs. 321 a litre from midnight on Monday, in its monthly price revision.",
            "Auto diesel rose by Rs. 9 to Rs. 298.",
        ],
    ),
    (
        "n149-lk-pvt-ltd-end",
        "The new prices were matched from 1 a.m. by the island's second retailer, Serendib Fuels (Pvt) Ltd. The retailer runs 212 filling stations, most of them in the Western and Southern provinces.",
        [
            "The new prices were matched from 1 a.m. by the island's second retailer, Serendib Fuels (Pvt) Ltd.",
            "The retailer runs 212 filling stations, most of them in the Western and Southern provinces.",
        ],
    ),
    (
        "n149-lk-correction",
        "Correction: An earlier version of this article said kerosene would rise by Rs. 5 a litre. Kerosene is unchanged at Rs. 188. We regret the error.",
        [
            "Correction: An earlier version of this article said kerosene would rise by Rs. 5 a litre.",
            "Kerosene is unchanged at Rs. 188.",
            "We regret the error.",
        ],
    ),
    (
        "n149-ug-sr-st-line",
        "Sr. Immaculate Namuli-Kato, head teacher, St. Kizito Girls' Primary School, Masaka",
        [
            "Sr. Immaculate Namuli-Kato, head teacher, St. Kizito Girls' Primary School, Masaka",
        ],
    ),
    (
        "n149-ug-am-ellipsis",
        "“We started remedial lessons at 6.30 a.m. every school day from February,” she said. “The girls came every single morning… even in the rains.”",
        [
            "“We started remedial lessons at 6.30 a.m. every school day from February,” she said.",
            "“The girls came every single morning… even in the rains.”",
        ],
    ),
    (
        "n149-ug-sms-jan",
        "Candidates can check their results by SMS: type PLE, a space and the index number, and send it to 6600. Results slips will be sent to schools from Jan. 23, UNEB said.",
        [
            "Candidates can check their results by SMS: type PLE, a space and the index number, and send it to 6600.",
            "Results slips will be sent to schools from Jan. 23, UNEB said.",
        ],
    ),
    (
        "n149-fj-issue-no",
        "Wednesday 4 March 2026  |  Issue No. 412",
        [
            "Wednesday 4 March 2026  |  Issue No. 412",
        ],
    ),
    (
        "n149-fj-contractor-ltd",
        "She said the building contractor had not asked the authority to mark the main before digging. The contractor, Koroi Constructions Ltd., did not respond to an email on Tuesday night.",
        [
            "She said the building contractor had not asked the authority to mark the main before digging.",
            "The contractor, Koroi Constructions Ltd., did not respond to an email on Tuesday night.",
        ],
    ),
    (
        "n149-mt-ltd-comma",
        "The building will rise 47 metres; the local plan for the area allows 24. The developer, Tal-Qroqq Hospitality Ltd., had applied for 16 storeys.",
        [
            "The building will rise 47 metres; the local plan for the area allows 24.",
            "The developer, Tal-Qroqq Hospitality Ltd., had applied for 16 storeys.",
        ],
    ),
    (
        "n149-mt-question-carried",
        "“This board has just doubled the height limit without changing the plan,” Farrugia-Dimech said during the hearing. “Why have a local plan at all?”",
        [
            "“This board has just doubled the height limit without changing the plan,” Farrugia-Dimech said during the hearing.",
            "“Why have a local plan at all?”",
        ],
    ),
    (
        "n149-bd-md-name",
        "Md. Rafiqul Haque-Talukder, director general of Bangladesh Railway, said 33,500 seats a day would be offered on 43 inter-city trains, about 4,000 more than last year. A passenger can buy up to four tickets with one national ID card, he said.",
        [
            "Md. Rafiqul Haque-Talukder, director general of Bangladesh Railway, said 33,500 seats a day would be offered on 43 inter-city trains, about 4,000 more than last year.",
            "A passenger can buy up to four tickets with one national ID card, he said.",
        ],
    ),
    (
        "n149-hk-timeline-no",
        "7.40am — Strong Wind Signal No 3 replaces Standby Signal No 1. 12.20pm — Observatory issues No 8 Northeast Gale or Storm Signal.",
        [
            "7.40am — Strong Wind Signal No 3 replaces Standby Signal No 1.",
            "12.20pm — Observatory issues No 8 Northeast Gale or Storm Signal.",
        ],
    ),
    (
        "n149-hk-exclaim-carried",
        "“I've had this stall 31 years and I shut it at noon,” he said. “Twice in one summer!”",
        [
            "“I've had this stall 31 years and I shut it at noon,” he said.",
            "“Twice in one summer!”",
        ],
    ),
    (
        "n149-zm-quote-split",
        "“I sell 30 bags a day now. In January it was 12,” she said.",
        [
            "“I sell 30 bags a day now.",
            "In January it was 12,” she said.",
        ],
    ),
]
