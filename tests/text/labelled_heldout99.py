"""Ninety-ninth held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-seven):
twelve WHOLE news pages, head to tail as a reader's paste gives them, from twelve kinds of outlet in
twelve countries, pasted in five different ways, on ordinary news days. None of the countries of
`labelled_new155.py` or `labelled_new156.py` comes back (no Canada, Ireland, the United Kingdom, India,
Pakistan, Nepal, Ghana, Kenya, Zimbabwe, the Philippines, Australia, Fiji, Guyana or the United States).
The pages: a New Zealand regional daily's website, desktop paste (a district council adopts a 10-year
plan with an 11.4% rates rise, most of it for wastewater pipes); a South African news site, phone paste
(a former municipal official accused of R14.6m tender fraud gets R20,000 bail); a Maltese national
newspaper's website in READER MODE (312 patients spend more than a day on emergency-department
trolleys at Mater Dei in one quarter); a Jamaican parish weekly's website in PRINT VIEW (murders in St
Catherine North down 22% as two men are shot dead in Spanish Town); a Singaporean financial newswire's
morning NEWSLETTER EMAIL (an invented SGX-listed freight group's half-year profit falls 38%, with market
briefs); a Botswanan community radio station's website, phone paste (400 junior secondary students
taught in tents three months after a storm); a Sri Lankan English-language national daily's website,
desktop paste (the annual bus fare revision takes the minimum fare from Rs. 30 to Rs. 32); a Nigerian
sports news site, phone paste (an invented club's comeback win takes it top of the NPFL); a Trinidad
and Tobago TV station's website, desktop paste (94 mm of rain in 12 hours floods homes in Penal and
Debe); a Namibian weekly's website in READER MODE (an Oshiwambo-language play sells out the National
Theatre's main stage); a Ugandan farming monthly's website in PRINT VIEW (banana bacterial wilt spreads
to 11 of Isingiro's 18 sub-counties); and a Malaysian national daily's weekly science NEWSLETTER EMAIL
(a new bent-toed gecko known from a single Perak limestone hill).

All four kinds of hint matter equally here. FURNITURE differs with the way each page was pasted, at the
head, mid-story and at the tail ("B", line by line, never with a speaker). Desktop pastes keep mastheads,
menus run together with spaces, date-and-weather strips ("Thursday, 25 June 2026 · Whanganui 11° Light
rain"), crumbs, bylines, time lines, share lines, mid-story "Advertisement", "Read more:" lists, "ALSO
READ:" headlines, "Story continues below advertisement", "UPDATE, 9:00 PM:" stamps, author bios, an LDR
funding note, comments and moderation lines, related and most-read lists and copyright lines. Phone
pastes keep menu glyphs ("☰"), subscribe and listen-live buttons, "3 min read" and listen lines,
"Continue reading below", a betting notice ("Bet responsibly." / "18+ only."), "Tap to load comments
(6)", "Back to top ↑" and a WhatsApp line. Reader mode keeps only the domain, a byline, a read-time
range ("6–8 minutes"), inline captions and credits, an inline "Read more:" or "Read also:" link and the
support-us block at the foot. Print view keeps the printed URL (at the head and again in the footer of
the first printed page, mid-story), "Print | Close window", "Page 1 of 2" mid-story and "Page 2 of 2",
and a "Printed on ..." line. Newsletter emails keep From and Subject lines, a view-in-browser link, a
greeting ("Good morning." / "Here's what you need to know ..."; "Hi there,"), an editor's sign-off,
sponsor labels and sponsor copy, capitalised section labels ("THE LEAD", "ALSO ON OUR RADAR", "JOBS",
"WHAT WE'RE WATCHING", "THE BIG STORY", "ALSO THIS WEEK"), a forwarded-to-you prompt, subscription and
unsubscribe lines and a postal line. Headlines, standfirsts, captions, data lines, table rows,
question subheads and an editor's teaser are not furniture: they are labelled by content.

ATTRIBUTION AND SPEAKERS. Titles and roles dropped ("Mayor", "Magistrate", "State prosecutor Adv.",
"Health Minister", "Senior Superintendent", "NTC Chairman Eng.", "Ministry of Transport Secretary Dr.",
"Royals coach", "TTMS meteorologist", "ODPM acting chief executive", "District agricultural officer",
"Lead author Dr", "Co-author", "Retired clerk", "critic", "Awa Ora Trust chairwoman", "Geriatrician Dr"),
names kept whole in their own shapes: a lower-case Afrikaans particle ("Rochelle van Tonder-Mkhize"), a
Māori particle ("Huia Te Rangi-Morrison"), Maltese double surnames without hyphens ("Kurt Spiteri
Mifsud" with "Spiteri Mifsud said", "Daniela Camilleri Bonnici" with "Camilleri Bonnici, the
Opposition's health spokesperson, said"), Chinese names surname first ("Ong Wei Jian" with "Ong said",
"Tan Soo Lin" with "Tan said"), Malay names resolved from the given name ("Haslinda Mohd Yusof" with
"Haslinda said", "Mohd Firdaus Abdul Rahman" with "Firdaus said"), a Sinhala name of three parts
("Sarath Kumara Jayalath" with "Jayalath said"), two initials ("M. A. Wickramarachchi"), and a person
known by a given name only ("her daughter Miriam said" -> "Miriam"; "who gave her name only as Pearl"
-> "Pearl"). Pronoun chains after appositions and relative clauses ("Graeme Pohatu-Vance, who chairs
... and spoke at the hearings in May, said" then "He said"; "Playwright Selma Nangolo-Amutenya, 34, who
wrote the first draft while teaching ..., said" then "She said" and, after other speakers,
"Nangolo-Amutenya said"); a role noun for the person ("The minister said", "The magistrate said").
Quotes carried over sentences and paragraphs with no new cue (a mayor's quote over two paragraphs, the
first left open, cue from the second; a commander's second paragraph of quote; "“We do what we can.”",
"“I want it cleared.”", "“Stay away from rivers and watercourses.”", "“It is, however, concerned about
the witnesses.”"), each sentence with the quote's speaker and cue. Cues of many kinds: "told the
Gazette", "told the court", "tells court" in a headline, "found", "argued", "asked", "credited",
"blamed", "called", "complained", "estimated", "urged", "advise", "expect", "did not say", "said in a
statement", "said in an email", "said in its filing to the Singapore Exchange", "said on a call with
analysts", "said at the post-match press conference"; fronted channels that are not part of the cue
("In a written reply to questions from the Harbour Post, ... said", "Writing in the Dispatch's weekend
edition, critic ... called"). Documents and data with their own verbs ("the plan shows", "the
council's annual report records", "A 2024 condition assessment found", "The affidavit says", "the
minister's reply shows" and "the reply shows", "the filing shows", "the JCF figures show", "Department
of Environment data show", "A study by researchers at Universiti Putra Malaysia found", "The TTMS's
seasonal outlook, issued in May, says") and "according to" many sources kept as written ("the final
plan", "a summary in the meeting papers", "the investigating officer's affidavit", "figures tabled in
Parliament on Wednesday", "the Jamaica Constabulary Force's periodic crime statistics", "final figures
from the Urban Redevelopment Authority", "a damage assessment by the North West District Council",
"commission figures", "league records", "the league's match data", "box office figures provided by the
theatre", "the council's list of grants for 2025/26", "the district production office", "NARO
guidance", "the paper", "the state forestry department"). Bodies: a generic noun kept as written ("the
company said", "The club said", "the theatre said", "the service said"), "police" kept as written in
three spellings on one page ("The police said", "Police said", "the police said"), "traders said" and
"Traders said" kept apart; a body named with its acronym keeps the name without it ("the National
Transport Commission (NTC) said" -> "the National Transport Commission"; later "The NTC said" resolves
to it); "It said" resolves to the body as first given ("The Msunduzi Municipality", "the Ministry of
Manpower", "The Ministry of Child Welfare and Basic Education", "Kinta Limestone Industries Sdn.
Bhd."); group nouns as written ("Analysts at Raffles Quay Securities" and "They said", "Economists
polled by Marina Wire", "Forecasters at Botswana Meteorological Services", "Scientists at the National
Agricultural Research Organisation", "Extension workers", "A spokesperson for the education ministry",
"The paper's authors").

CHECK-WORTHINESS. Of record ("W"): counts, sums, shares and rankings ("the highest for a single
September day since records began there in 1998", "the most for a Namibian-written play at the venue
since 2018", "the highest since the first quarter of 2024", "its biggest home crowd of the season",
"the fourth-highest murder count of the country's 19 police divisions"); votes and rulings ("voted
9–4", an amendment "lost 5–8", a magistrate who "found" and her quoted holding, her orders); causal
claims by officials ("the rise was driven mainly by ...", "He credited an operation ...", "She blamed
the delay on a rule ...", "He blamed the flooding ... on a drain ...", "rates had fallen by more than
half ... as more ships returned to the Suez Canal route"); rules and the state of the law (a rates
rebate, a fare formula and its fines, a by-law and its fine, the Wildlife Conservation Act 2010, a
biosafety law); and dates set by those who run them (a committee hearing, an exam, a data release "at
8am today", fixtures, a field day). Not worth checking (""): forecasts ("net debt is forecast to peak
...", "Economists ... expect", "Forecasters ... expect", a seasonal outlook, "He estimated"), plans and
promises ("would open “before the end of the summer”", "would be delivered by the end of next year",
"would review", "would consider adding"), hedges ("did not appear to be linked"), advice ("urged",
"advise", "according to NARO guidance", "It is best seen after midnight"), feelings and opinions,
scene-setting, anecdotes of private people, question subheads, an editor's teaser and data lines.

SENTENCE ENDS. Abbreviations ending a sentence before a capital ("at 11:30 a.m." / "The orange alert
..."; "Co. Ltd." / "All rights reserved."; "Pte. Ltd." / "All rights reserved."; "(Pvt) Ltd." / "All
Rights Reserved."; "FM." and "Farmer." before "All rights reserved."; "18+ only." after "Bet
responsibly."), and abbreviations that do not ("Rs. 30 to Rs. 32", "Rs. 12 a litre", "Rs. 1,100",
"Adv.", "Eng.", "Dr.", "M. A.", "Sdn. Bhd.,", "Pte. Ltd.,", "about 9:15 p.m. when", "at 7 p.m.
every night", "at 5 a.m. and", "at about 2 p.m. and", "(pen.)", "(Rs.)", "et al." inside a journal
reference line kept as one sentence); decimals, times and money ("S$41.2 million", "4,213.57", "6.2m",
"5:48pm", "8am", "₦3 million", "N$480,000", "Shs15,000", "P18,500", "41°C", "8.2 cm"); quotes ending
in "?" followed by their attribution (one sentence: "“Are our children worth less than the children
in Gaborone?” he asked.", and after a first sentence "Where exactly is he supposed to run to?”
Essop-Mabuza asked.", "How is that a penalty?” he asked.", "Who going to pay for my fridge?” she
asked.", "I sat there thinking, who told them?” she said, laughing."); a nested quote ending ".’"
before a capital ("“At half-time I told them, ‘Nobody hands you the league in March.’" / "They
listened,” ..."); two-sentence quotes split at the full stop inside the quote; newsletter brief lead-ins
("Haze:", "Mangroves:", "Sky:") kept inside their sentences.

The pages hold 519 sentences: 181 "B", 183 "W" and 155 ""; 226 sentences carry a speaker (107
distinct speakers, page by page; 107 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `HELDOUT_CASES` holds 30 sentence-split cases written fresh for this
set (not cut from the pages): abbreviations ending a sentence before a capital ("7.45 p.m.", "(Pty)
Ltd.", "the U.S.", "etc.", "Jr.", "S$1.18.") and ones that do not ("11:30 a.m. on", "Rs. 30", "Dr.
Ama K.", "M. A.", "No. 4", "Ltd.,", "Sdn. Bhd.,", "Mt. Pleasant Rd.", "e.g.", "vs.", "Lt. Col.",
"approx."), decimals and a time without a space ("10.15am"), quotes ending in "?" or "!" followed by
their attribution or by a new sentence, ellipses before a lower-case word and before a capital, a
nested quote, a parenthesis holding a full sentence, and lists with semicolons and numbered items
kept whole.

Written from scratch for issue 13 in round fifty-seven, as a held-out set, before any rule was tuned
on it and without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`;
the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the module docstrings, `STYLES`,
two pages of `ARTICLES` and three `CASES` of `labelled_new155.py` and `labelled_new156.py`. Coined names
were checked for freshness with file counts of `grep -rlF` over `labelled_new*.py` and
`labelled_articles.py` in `tests/text` (counts only, no text shown): three outlets, a publisher, a
station, two newsletters, three surnames, a sister's name and a street that hit were replaced before
the file was written.

Every person, outlet, publisher, station, newsletter, firm, bank, brokerage, club, stadium, trust,
federation, collective, school, play, species, journal, paper, statement, report and figure is
invented, and so is every small place and street used for an event (Boseja Community Junior Secondary
School, Rochard Road, Penal Rock Road, Burke Road's police post, Ajeigbe Memorial Stadium and the like).
Real countries, regions, cities, towns, rivers, valleys, hospitals, courts, parliaments, parties,
ministries, councils, agencies, police forces, unions, universities, exchanges and indexes appear only
as settings, with invented statements and figures: Whanganui, Castlecliff, Marton, Guyton St, the
Whanganui River, Whanganui District Council, the Sarjeant Gallery, the Office of the Auditor-General,
RNZ and NZ On Air; Pietermaritzburg, Scottsville, Durban, Church Street, Umgeni Road, the Msunduzi
Municipality, the Pietermaritzburg Magistrate's Court, the Hawks, the National Prosecuting Authority
and the Specialised Commercial Crimes Court; Malta, Żabbar, Gozo, Mater Dei Hospital, Parliament and
its Social Affairs Committee, the Nationalist Party, the Malta Union of Midwives and Nurses and the
Active Ageing and Community Care department; Spanish Town, Sligoville Road, Brunswick Avenue, Lakes
Pen, Linstead, Bog Walk, Ewarton, the Spanish Town Hospital, the Jamaica Constabulary Force, the
University of the West Indies, the South East Regional Health Authority and Crime Stop; Singapore,
Tuas, Temasek Boulevard, the Singapore Exchange, the Suez Canal, the Urban Redevelopment Authority, the
Ministry of Manpower, the Ministry of Trade and Industry and the Straits Times Index; Maun, Gaborone,
Francistown, the North West District Council, the Botswana Red Cross Society, Botswana Meteorological
Services, the Ministry of Child Welfare and Basic Education and the Junior Certificate Examination;
Colombo, Kandy, Galle, Pettah, Kadawatha, Maharagama, the National Transport Commission, the Cabinet of
Ministers, the Ministry of Transport and the Sri Lanka Transport Board; Ogbomoso, Sapele, Lokoja,
Katsina, Kano, Sabon Gari and the Nigeria Premier Football League; Penal, Debe, Siparia, Fyzabad,
Piarco, the Northern Range, Tobago, the Trinidad and Tobago Meteorological Service, the Office of
Disaster Preparedness and Management, the Penal/Debe Regional Corporation, the Ministry of Education,
the Water and Sewerage Authority and its Navet plant; Windhoek, Ondangwa, Okahandja, Ongwediva, Rundu,
Robert Mugabe Avenue, the National Theatre of Namibia, the National Arts Council of Namibia and the
Namibia Statistics Agency; Isingiro, Kikagati, Mbarara, Nyamitanga market, Kampala, Bushenyi, Ibanda,
Mukono, the National Agricultural Research Organisation and its Kawanda station, the Ministry of
Agriculture, Animal Industry and Fisheries and the Uganda Bureau of Statistics; Perak, the Kinta
Valley, Penang, Kuala Lumpur, Jalan Tun Razak, Universiti Sains Malaysia, Universiti Putra Malaysia,
the Matang mangroves, the Department of Wildlife and National Parks, the Department of Environment and
the Wildlife Conservation Act 2010.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of
paragraphs (a pasted page's lines, so every masthead, menu, button, strip, crumb, byline, date line,
share line, caption, credit, footer, table row, list item and legal line is a paragraph of its own);
each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". Furniture is
"B" line by line and never carries a speaker; headlines and standfirsts are one sentence each, flagged
by content, and their "says", "tells court" or "warns" carries the speaker as the story first gives
it. A person is named in full as first given, without titles or roles; a pronoun, a surname, a given
name or a role noun resolves to that name; a quote over several sentences carries its speaker and cue
in each; "according to X" gives X as written, without a participle clause after a comma; a body's
name, a generic noun, a group noun and a document are kept as written with their article and case; a
bracketed acronym and a descriptor before a proper name are dropped; "It said" after a body resolves to
the body as first given; a channel phrase after the verb is part of the cue and one fronted before the
subject is not.

Conventions this set had to settle, in the same spirit:

* Paste modes. In PRINT VIEW the URL and "Page 1 of 2" that the browser prints at the foot of the first
  sheet land mid-story and are "B" like any furniture; "Printed on ..." is "B". In READER MODE the
  domain line, a read-time range and an inline "Read more:" link are "B"; the support-us block that
  reader mode keeps at the foot is "B" line by line. In a NEWSLETTER EMAIL the From and Subject lines,
  the greeting, the editor's sign-off, section labels and sponsor copy are "B"; an editor's teaser
  ("This week: ...") is "", like a standfirst that makes no checkable claim; brief lead-ins ("Haze:",
  "Mangroves:", "Sky:") stay inside their sentences, which are labelled by content.
* A match box on a phone paste (score line, "FT", scorers with "(pen.)") is data (""), like line-ups
  and table rows in the earlier sets; the table's title and header are "B".
* A given name alone is the name as first given when no surname is ever given ("her daughter Miriam
  said" -> "Miriam"; "who gave her name only as Pearl" -> "Pearl").
* A Maltese double surname is not hyphenated and is kept whole ("Kurt Spiteri Mifsud"; "Spiteri Mifsud
  said" resolves to it); a Malay name is resolved from the given name ("Haslinda said", "Firdaus
  said"), a Chinese name from the surname that comes first ("Ong said", "Tan said").
* "It did not say how many ..." after a ministry's statement carries the ministry with the cue "did not
  say" (""), as "declined to say" did.
* An act with no verb of saying carries no speaker even when its actor is a source elsewhere
  ("Analysts at Raffles Quay Securities cut their target price ..." is "W" with no speaker; "They said
  ..." then carries them); a magistrate's orders likewise.
* A ministry's decision to keep schools closed the next day is a decision of record by the body that
  runs the schools ("W"), like a scheduled event; a ministry's statement that workers "would visit"
  every parish is a plan ("").
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'New Zealand REGIONAL DAILY\'S WEBSITE (Whanganui), desktop browser paste, a LOCAL COUNCIL VOTE: the district council adopts a 10-year plan with an 11.4% average rates rise, most of it for wastewater pipes. Head: masthead, menu, a date-and-weather strip, crumb (all "B"); headline of record "W"; standfirst "Mayor says most of the increase will pay for ..." carrying the mayor in full ("W"); a Local Democracy Reporting label, byline, time line "5:48pm", share line (all "B"); a caption "" and its "Photo / ..." credit "B". Body: the vote "9–4" and the rise "W"; the average bill "according to the final plan" "W"; the plan\'s water budget "W"; the mayor ("Mayor" dropped) with a budget claim "W", a quote "" and a QUOTE OVER TWO PARAGRAPHS whose first paragraph has no closing mark, both carrying "told the Gazette" from the second (""); an "Advertisement" line mid-story ("B"); a dissenting councillor\'s opinion "", the debt forecast "the plan shows" (a forecast, ""), her lost amendment "5–8" by surname ("W") and her quote ""; a mid-story "Read more:" list of two headlines ("B"); submissions "according to a summary in the meeting papers" "W"; a ratepayers\' chair after a relative clause with a feeling and a plan (both "") and a two-sentence quote closed by surname (""); the chief executive\'s savings "W" and a review plan ""; a rebate rule and due dates "W"; a question subhead ""; "A 2024 condition assessment found" and "the council\'s annual report records" ("W"); a trust chairwoman with the Māori particle "Te" kept in her name, an opinion "called" (""); a protest scene "". Tail: an author bio, an LDR funding note, more-from label and one headline, a comments-closed line, copyright ending "Ltd." (all "B").',
    'South African NEWS SITE (Pietermaritzburg), phone browser paste, a COURT BAIL HEARING: a former municipal supply chain manager accused of steering R14.6m in tenders is granted R20,000 bail. Head: a menu glyph, masthead, a subscribe button, section label (all "B"); headline of record "W"; standfirst "State tells court he phoned two witnesses ..." carrying the prosecutor in full ("W"); byline, date-and-read-time line, listen line (all "B"); a caption "" and its capitalised image credit "B". Body: the bail, the counts, the arrest and a resignation of record (no speaker, "W"); the magistrate with a lower-case particle ("Rochelle van Tonder-Mkhize", "Magistrate" dropped) "found" (a ruling, "W"), her quoted holding "W" and its carried-on concern ("", no new cue), "The magistrate said" (role noun) "W"; her orders with no verb of saying (no speaker, "W"); "ADVERTISEMENT" and "Continue reading below" mid-story ("B"); the prosecutor ("State prosecutor Adv." dropped) "told the court" and "She said" call records ("W") and her quote ""; defence counsel "argued" (""), a two-sentence quote ending in a question "Essop-Mabuza asked." (both carry "asked", "") and a plea plan ""; "According to the investigating officer\'s affidavit" and "The affidavit says" twice ("W"); the prosecuting authority\'s spokesperson with a plan ""; the municipality "said in a statement" and "It said" (resolving to "The Msunduzi Municipality", "W"); two scenes ""; the postponement "W". Tail: related label and two headlines, a WhatsApp line, a back-to-top arrow, copyright, a legal strip with "PAIA Manual" (all "B").',
    'Maltese NATIONAL NEWSPAPER\'S WEBSITE, READER MODE paste, a HOSPITAL EMERGENCY DEPARTMENT: 312 patients spend more than 24 hours on trolleys at Mater Dei in a quarter. Head (what reader mode keeps): the domain, headline of record and a standfirst of record (both "W"), byline, date line, read-time range (all "B"). Body: the count "according to figures tabled in Parliament on Wednesday" "W"; the figure and who gave it (no speaker, "W"); an inline caption "" and its credit "B"; "the minister\'s reply shows" and "the reply shows" ("W"); MALTESE DOUBLE SURNAMES WITHOUT HYPHENS kept whole ("Kurt Spiteri Mifsud" with "Spiteri Mifsud said", "Daniela Camilleri Bonnici", "Alexander Borg Cardona", "Stephanie Farrugia Sciberras", "Mark Zahra Pace"): the minister ("Health Minister" dropped) with a causal claim and counts "W", a quote "" and "The minister said" a ward opening (a plan, ""); the Opposition spokeswoman by surname with a promise of record "W", a QUOTE OVER TWO PARAGRAPHS ("") and a motion plan ""; an inline "Read more:" link "B"; the nurses\' union "said" a directive "W", the directive\'s scope "W", its president "W" and his quote ""; a daughter named by given name only ("her daughter Miriam said" -> "Miriam") with an anecdote and a three-sentence quote, the last sentences carried on (all ""); the chief executive after a fronted channel ("In a written reply to questions from the Harbour Post, ... said", cue "said", "Dr" without a point dropped) with three records "W"; a question subhead ""; care beds "according to the Active Ageing and Community Care department" "W"; a geriatrician\'s forecast and quote ""; a committee date "W". Tail: a support-us block of three lines (all "B").',
    'Jamaican PARISH WEEKLY NEWSPAPER\'S WEBSITE (Spanish Town), PRINT VIEW paste, a POLICE CRIME FIGURES AND A DOUBLE KILLING: murders in St Catherine North down 22% while two men are shot dead on a Saturday night. Head: the printed URL, a print/close strip, masthead, date line (all "B"); headline of record "W"; "Written by" byline and published line ("B"). Body: the fall "W"; counts "according to the Jamaica Constabulary Force\'s periodic crime statistics" "W"; "The police said", "Police said", "the police said" each kept as written (records "W", "did not appear to be linked" a hedge ""); "about 9:15 p.m. when" mid-sentence; a victim\'s sister (descriptor dropped) with an anecdote and a patois quote ""; the division\'s area "W"; the divisional commander ("Senior Superintendent" dropped) with seizures "W", "He credited" (a causal claim, "W"), a quote "" and a SECOND PARAGRAPH OF QUOTE with no new cue (""), an officers plan ""; the PRINT FOOTER mid-story (URL and "Page 1 of 2", "B"); a street scene ""; a vendor "who gave her name only as Pearl" ("Pearl") with "7 p.m. every night" and a patois quote (""); the MP "said she had written" ("W") and her quote ""; a question subhead ""; a criminologist ("Dr." dropped) with a caution "" and a record "W"; "the JCF figures show" "W"; a ranking and hospital figures "according to the South East Regional Health Authority" "W"; an appeal for information "". Tail: "Page 2 of 2", copyright split at "Co. Ltd." before "All rights reserved.", a printed-on line (all "B").',
    'Singaporean FINANCIAL NEWSWIRE\'S MORNING NEWSLETTER, EMAIL paste, a COMPANY RESULTS LEAD with market briefs: an invented SGX-listed freight group\'s half-year profit falls 38%. Head: From and Subject lines, the issue line, a view-in-browser link, a two-sentence greeting, a sponsor label and two sentences of sponsor copy, a section label (all "B"). Lead: headline of record "W" and byline "B"; profit, revenue "the company said in its filing to the Singapore Exchange" (channel part of the cue), dividend and job cuts "the filing shows" (all "W"); the chief executive, a CHINESE NAME SURNAME FIRST ("Ong Wei Jian", then "Ong said on a call with analysts" with the channel in the cue) with a causal record "W", an opinion "" and an outlook ""; the finance chief, a MALAY NAME WITHOUT A SURNAME ("Haslinda Mohd Yusof", then "Haslinda said") with cash "W" and a capex plan ""; analysts\' target cut (an act, no speaker, "W") and "They said" (resolving to "Analysts at Raffles Quay Securities", ""); the share price "W". Briefs under capitalised section labels ("B"): home prices "according to final figures from the Urban Redevelopment Authority" and a comparison "W"; retrenchments "the Ministry of Manpower said" and "It said" "W"; the index close "W"; a scheduled data release "at 8am today" "W" and economists\' expectation (a forecast, ""). Tail: a forwarded-to-you block of two sentences, a subscription line, an unsubscribe strip, a postal line with "Pte. Ltd.," mid-sentence, and copyright split at "Pte. Ltd." before "All rights reserved." (all "B").',
    'Botswanan COMMUNITY RADIO STATION\'S WEBSITE (Maun), phone browser paste, a SCHOOL STORY: more than 400 junior secondary students taught in tents three months after a storm took off six classroom roofs. Head: a menu glyph, masthead, a listen-live button, section crumb (all "B"); headline and standfirst of record (both "W"); byline and a time-and-comments line ("B"); a caption "" and the station\'s credit "B". Body: the tents and the storm date "W"; wind speed "according to Botswana Meteorological Services" and damage "according to a damage assessment by the North West District Council" ("W"); the school head with counts and a temperature "W", a quote and a CARRIED-ON one-sentence quote ""; enrolment "W"; "Advertisement" and "Continue reading below" mid-story ("B"); the PTA chair after an apposition with money raised and transfers "W", anger "" and a question with attribution (one sentence, ""); the council secretary with bids and an estimate "W", a timetable promise "" and "She blamed" a rule ("W"); the ministry "said in a statement" and "It said" ("W") and "It did not say" (the ministry, ""); a student\'s anecdote and quote ""; an exam date "W"; a question subhead ""; forecasters\' outlook ""; a request of record by surname "W". Tail: share strip, read-next label and one headline, a tap-to-load-comments line, copyright split after "FM.", back to top (all "B").',
    'Sri Lankan ENGLISH-LANGUAGE NATIONAL DAILY\'S WEBSITE (Colombo), desktop browser paste, a TRANSPORT FARE RISE: the annual bus fare revision lifts the minimum fare from Rs. 30 to Rs. 32. Head: masthead, date-and-updated line, menu, print-edition crumb (all "B"); headline "Rs. 32" of record "W"; standfirst "..., NTC says" carrying "the National Transport Commission" as the body first gives it ("W"); byline, a text-size line, a print/email/share line (all "B"). Body: the rise "the National Transport Commission (NTC) said yesterday" (acronym dropped) "W"; the fare formula and Cabinet approval (rules and records, "W"); the chairman ("NTC Chairman Eng." dropped) with "Rs. 12", "Rs. 412 to Rs. 432" ("W") and a two-sentence quote ""; "ADVERTISEMENT" and an "ALSO READ:" headline mid-story ("B"); a bus operators\' federation president, a SINHALA NAME OF THREE PARTS ("Sarath Kumara Jayalath", then "Jayalath said"), with "called" (""), a tyre price "W", a quote "" and a strike decision plan ""; a bus-stand scene ""; a commuter\'s estimate and quote ""; a retired clerk with TWO INITIALS ("M. A. Wickramarachchi", "Retired clerk" dropped, ""); the ministry secretary ("Dr." dropped) with a fleet count "W" and a delivery promise ""; fleet share "according to commission figures" "W"; fines under the policy "W"; "The NTC said" a pilot (short form resolving to the name as first given, a plan ""); a fares table (title with "(Rs.)" and header "B", rows ""); a question subhead "" and the downward rule of record "W". Tail: comments count, add-comment and moderation lines, copyright split at "(Pvt) Ltd." before "All Rights Reserved." (all "B").',
    'Nigerian SPORTS NEWS SITE, phone browser paste, a LEAGUE MATCH REPORT: an invented club comes from behind to win 2-1 and go top of the NPFL. Head: masthead, menu and live-scores strip, league label (all "B"); headline of record "W"; standfirst "Coach says injured striker ... will be fit" (a forecast, "") carrying the coach in full; byline and time line ("B"); a MATCH BOX of score, "FT" and scorers with "(pen.)" as data lines (""). Body: the result, points, goals and a goal tally (all "W"); a crowd scene ""; the home coach ("Royals coach" dropped) with an opinion "", a NESTED QUOTE ending ".’" before a capital inside his quote (two sentences, both "", cue "said at the post-match press conference") and a fitness forecast by surname ""; "ADVERTISEMENT" and a two-sentence betting notice ("B"); the away coach "complained" ("") and a two-sentence quote ending in a question with "he asked" (both ""), and a run of defeats "W"; the league "said" it would review a report (a plan, ""); a fine "according to league records" and possession "according to the league\'s match data" "W"; "The club said" attendance "W"; a table (title and header "B", rows ""); the next fixtures "at 4pm" "W". Tail: share, more-from label and one headline, footer links, copyright ending "Ltd." (all "B").',
    'Trinidad and Tobago TV STATION\'S WEBSITE, desktop browser paste, a WEATHER AND FLOODING STORY: 94 mm of rain in 12 hours floods at least 60 homes in Penal and Debe. Head: masthead, watch-live button, menu, a capitalised WEATHER ALERT strip with "6 P.M." (furniture), section label (all "B"); headline of record "W"; standfirst "Met Service warns ... could bring landslips" (a forecast, "") carrying the met service as the body first names it, acronym dropped; byline, posted and updated lines with AST (all "B"); a video caption "", its running time and credit "B". Body: homes flooded "according to the Office of Disaster Preparedness and Management (ODPM)" "W"; alerts "at 5 a.m." mid-sentence and "at 11:30 a.m." ENDING A SENTENCE before "The orange alert ..." (both "W"); the meteorologist with a record "W", a forecast and a quoted forecast "" and a carried-on advice quote ""; the corporation chairman with supplies "W", "He blamed" a blocked drain ("W") and a two-sentence quote (the second carried on, ""); "Story continues below advertisement" ("B"); a resident\'s anecdote "at about 2 p.m." and a two-sentence dialect quote ending "she asked." (""); the disaster agency\'s acting chief with shelters and calls "W" and "urged" (advice, ""); an "UPDATE, 9:00 PM:" stamp "B" and two bodies "said" a school closure and a cut supply ("W"); a question subhead ""; "The TTMS\'s seasonal outlook, issued in May, says" (participle dropped, a forecast "") and "the service said" a record ("W"). Tail: related label and one headline, tags, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Namibian WEEKLY NEWSPAPER\'S WEBSITE (Windhoek), READER MODE paste, a CULTURE STORY: an Oshiwambo-language play sells out all five nights on the National Theatre\'s main stage. Head (what reader mode keeps): the domain, headline and standfirst of record (both "W"), byline and read-time range ("B"); a caption "" and its credit "B". Body: the sell-out "the theatre said" and tickets "according to box office figures provided by the theatre" ("W"); seats and prices "W"; a queue scene ""; the playwright after an apposition and a relative clause with her motive "", a two-sentence quote "", a rejection of record "W" and a quote ""; the director (descriptor dropped) with surtitles "W", "He estimated" (an estimate, "") and a quote ""; the cast "W"; an inline "Read also:" headline "B"; a grant "according to the council\'s list of grants for 2025/26", the last Oshiwambo run and the language share "according to the Namibia Statistics Agency" ("W"); the artistic director\'s opinion "", losses of record "W", a quote "" and a touring plan ""; a critic after a FRONTED CHANNEL ("Writing in the Dispatch\'s weekend edition, critic ... called", "critic" dropped) and "He called" (opinions, ""); an audience member with an anecdote and a two-sentence quote whose second sentence is a question followed by "she said, laughing." (""); a question subhead ""; the playwright\'s hope and quote ""; "A spokesperson for the education ministry" with a plan "". Tail: tags, a two-sentence subscription note (all "B").',
    'Ugandan FARMING MONTHLY\'S WEBSITE (Mbarara), PRINT VIEW paste, an AGRICULTURE STORY: banana bacterial wilt spreads to 11 of Isingiro\'s 18 sub-counties as matooke prices climb. Head: a print-version label, the URL, date line (all "B"); headline of record "W"; byline "B"; a caption "" and a capitalised photo credit "B". Body: the spread "according to the district production office" and the March count "W"; a general fact about the crop "W"; the district agricultural officer (descriptor dropped) with a survey "W", "He estimated" a fall in output (""), how the disease spreads ("W"), staffing "W" and a quote ""; prices in "Shs" "traders said" and "Traders said" kept as written ("W"); a farmer\'s anecdote, a two-sentence quote and a complaint (all ""); a PRINT FOOTER "Page 1 of 2" mid-story ("B"); "Scientists at the National Agricultural Research Organisation (NARO) said" (acronym dropped, "W"); a breeder ("Dr." dropped) with trial results and the legal position "W" and a two-sentence quote ""; the ministry "said in a statement" a distribution "W" and "It said" a visit plan ""; national output "according to the Uganda Bureau of Statistics", rank, first report, a by-law and its fine (all "W"); a question subhead ""; "Extension workers advise" and "according to NARO guidance" (advice, ""); a field day date "W". Tail: "Page 2 of 2", copyright split after "Farmer.", printed-on line (all "B").',
    'Malaysian NATIONAL DAILY\'S WEEKLY SCIENCE NEWSLETTER, EMAIL paste, a SCIENCE STORY: a new bent-toed gecko known from one Perak limestone hill. Head: From line, issue line, a two-sentence trouble-viewing line, greeting (all "B"); an editor\'s teaser "" and her sign-off "B"; a section label "B"; headline of record "W" and byline "B". Body: the description, size "according to the paper, published on Tuesday ..." (participle dropped) and the survey ("W"); the lead author, a MALAY NAME WITH A PATRONYMIC ("Dr Mohd Firdaus Abdul Rahman", "Dr" dropped, later "Firdaus said" resolving to the full name) with the hill\'s size "W", a two-sentence quote "", the first sighting "W" and a DNA estimate "W"; a co-author with a CHINESE NAME SURNAME FIRST ("Tan Soo Lin", then "Tan said") with a recommendation "W" and a hope ""; the protection law "W" and the authors\' advice ""; the quarry firm with "Sdn. Bhd.," mid-sentence "said in an email" (no plans, "") and "It said" (resolving to the firm, "W"); gazetted hills "according to the state forestry department" "W"; a question subhead "" and a general explanation "W"; a JOURNAL REFERENCE LINE as one sentence "B"; a sponsored label and two sentences of sponsor copy "B"; briefs under a label ("B") with their own lead-ins ("Haze:" "Department of Environment data show", "Mangroves:" "A study by researchers at Universiti Putra Malaysia found", "Sky:" a date "W" and viewing advice ""). Tail: a sign-off line, a two-sentence forwarding prompt, a subscription line, an unsubscribe strip and a postal line with "Sdn. Bhd.," mid-sentence (all "B").',
]

ARTICLES = [
    [
        [
            ("RIVERTOWN GAZETTE", "", "", "B"),
        ],
        [
            (
                "Home   News   Sport   Business   Rural   Opinion   Death Notices   Puzzles   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Thursday, 25 June 2026 · Whanganui 11° Light rain", "", "", "B"),
        ],
        [
            ("News › Local Government", "", "", "B"),
        ],
        [
            ("Whanganui rates to rise 11.4% as council signs off 10-year plan", "", "", "W"),
        ],
        [
            (
                "Mayor says most of the increase will pay for renewing wastewater pipes laid before 1975",
                "Hayden Tupaea-McLeod",
                "says",
                "W",
            ),
        ],
        [
            ("Local Democracy Reporting", "", "", "B"),
        ],
        [
            ("Kirsten Oduya-Brandt", "", "", "B"),
        ],
        [
            ("5:48pm Thu, 25 Jun 2026", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share on X   Email this story", "", "", "B"),
        ],
        [
            (
                "Councillors debate the long-term plan in the Whanganui District Council chamber on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo / Kirsten Oduya-Brandt", "", "", "B"),
        ],
        [
            (
                "Whanganui District Council has adopted a long-term plan that will lift average rates by 11.4 per cent from July 1, after councillors voted 9–4 in favour at a meeting that ran past 7pm on Wednesday.",
                "",
                "",
                "W",
            ),
            (
                "The average residential ratepayer will pay $3,412 a year, about $349 more than now, according to the final plan.",
                "the final plan",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The plan sets aside $684 million of its $1.1 billion capital budget for the next decade for drinking water, wastewater and stormwater.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Hayden Tupaea-McLeod said most of the increase would pay for renewing wastewater pipes, about 40 per cent of which were laid before 1975.",
                "Hayden Tupaea-McLeod",
                "said",
                "W",
            ),
            (
                "“Every renewal we put off comes back to us as a burst main on a Sunday night,” he said.",
                "Hayden Tupaea-McLeod",
                "said",
                "",
            ),
        ],
        [
            (
                "“Nobody around this table enjoys sending out that bill.",
                "Hayden Tupaea-McLeod",
                "told the Gazette",
                "",
            ),
        ],
        [
            (
                "“But the alternative is handing our grandchildren a network that doesn't work,” he told the Gazette after the vote.",
                "Hayden Tupaea-McLeod",
                "told the Gazette",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Councillor Marama Ihaia-Whitcombe, one of the four who voted against, said the plan leaned too heavily on borrowing.",
                "Marama Ihaia-Whitcombe",
                "said",
                "",
            ),
            (
                "The council's net debt is forecast to peak at $412 million in 2031, the plan shows.",
                "the plan",
                "shows",
                "",
            ),
        ],
        [
            (
                "Ihaia-Whitcombe said she had moved an amendment to spread the wastewater work over 15 years instead of 10, and it was lost 5–8.",
                "Marama Ihaia-Whitcombe",
                "said",
                "W",
            ),
            (
                "“I would rather be the councillor who said no today than the one explaining a credit downgrade in 2030,” she said.",
                "Marama Ihaia-Whitcombe",
                "said",
                "",
            ),
        ],
        [
            ("Read more:", "", "", "B"),
        ],
        [
            ("Castlecliff seawall repairs to start in spring", "", "", "B"),
        ],
        [
            ("Kerbside glass bins arrive a month late", "", "", "B"),
        ],
        [
            (
                "The council received 2,186 submissions on the draft plan, and 71 per cent of those who answered the rates question opposed the proposed rise, according to a summary in the meeting papers.",
                "a summary in the meeting papers",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Graeme Pohatu-Vance, who chairs the Whanganui Ratepayers' Collective and spoke at the hearings in May, said many retired homeowners were already choosing between paying their rates and heating their homes.",
                "Graeme Pohatu-Vance",
                "said",
                "",
            ),
            (
                "He said the collective would ask the Office of the Auditor-General to look at the plan's debt assumptions.",
                "Graeme Pohatu-Vance",
                "said",
                "",
            ),
            ("“We'll go through every line.", "Graeme Pohatu-Vance", "said", ""),
            ("Every single one,” Pohatu-Vance said.", "Graeme Pohatu-Vance", "said", ""),
        ],
        [
            (
                "Chief executive Andrea Solberg-Ngata said staff had found $6.2m in savings since the draft was released, partly by leaving 23 vacant positions unfilled.",
                "Andrea Solberg-Ngata",
                "said",
                "W",
            ),
            (
                "She said fees at the council's pools and the Sarjeant Gallery would be reviewed next year.",
                "Andrea Solberg-Ngata",
                "said",
                "",
            ),
        ],
        [
            (
                "Ratepayers on low incomes can apply for a government rates rebate of up to $805 a year.",
                "",
                "",
                "W",
            ),
            (
                "The new rates take effect on July 1, and the first instalment is due on August 20.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What if the pipes aren't replaced?", "", "", ""),
        ],
        [
            (
                "A 2024 condition assessment found 18 per cent of the city's wastewater pipes were in poor or very poor condition.",
                "A 2024 condition assessment",
                "found",
                "W",
            ),
            (
                "Wastewater overflowed into the Whanganui River 31 times in the year to June 2025, the council's annual report records.",
                "the council's annual report",
                "records",
                "W",
            ),
        ],
        [
            (
                "Awa Ora Trust chairwoman Huia Te Rangi-Morrison called the figure “shameful for a river the law recognises as a person”.",
                "Huia Te Rangi-Morrison",
                "called",
                "",
            ),
        ],
        [
            (
                "About 40 people with placards stood on Guyton St outside the council building for most of the afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Kirsten Oduya-Brandt is a Local Democracy Reporting journalist based in Whanganui.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LDR is local body journalism co-funded by RNZ and NZ On Air.", "", "", "B"),
        ],
        [
            ("More from Local Government", "", "", "B"),
        ],
        [
            ("Marton water treatment upgrade runs $3m over budget", "", "", "B"),
        ],
        [
            ("Comments are closed on this story.", "", "", "B"),
        ],
        [
            ("© 2026 Kōtuku Regional Media Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰", "", "", "B"),
        ],
        [
            ("MIDLANDS ECHO", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("NEWS · COURTS", "", "", "B"),
        ],
        [
            ("Former Msunduzi official gets R20,000 bail in R14.6m tender fraud case", "", "", "W"),
        ],
        [
            (
                "State tells court he phoned two witnesses in the week after his arrest",
                "Nomvula Dlamini-Reddy",
                "tells court",
                "W",
            ),
        ],
        [
            ("Thandeka Ngcobo-Ramlall", "", "", "B"),
        ],
        [
            ("14 Apr 2026 · 3 min read", "", "", "B"),
        ],
        [
            ("Listen to this article (4 min)", "", "", "B"),
        ],
        [
            (
                "The accused, Bongani Ximba-Pillay, in the dock at the Pietermaritzburg Magistrate's Court on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Image: THANDEKA NGCOBO-RAMLALL", "", "", "B"),
        ],
        [
            (
                "A former Msunduzi Municipality supply chain manager accused of steering R14.6 million in tenders to companies linked to his brother-in-law was granted R20,000 bail in the Pietermaritzburg Magistrate's Court on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bongani Ximba-Pillay, 47, faces 32 counts of fraud, corruption and money laundering.",
                "",
                "",
                "W",
            ),
            (
                "He was arrested at his home in Scottsville on March 29 by the Hawks' Serious Commercial Crime Investigation unit.",
                "",
                "",
                "W",
            ),
            (
                "He resigned from the municipality in November 2025, before the investigation became public.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Magistrate Rochelle van Tonder-Mkhize found that the State had not shown Ximba-Pillay was likely to flee.",
                "Rochelle van Tonder-Mkhize",
                "found",
                "W",
            ),
            (
                "“The court is not persuaded that the accused is a flight risk,” she said.",
                "Rochelle van Tonder-Mkhize",
                "said",
                "W",
            ),
            (
                "“It is, however, concerned about the witnesses.”",
                "Rochelle van Tonder-Mkhize",
                "said",
                "",
            ),
            (
                "The magistrate said she had taken into account that he had no previous convictions.",
                "Rochelle van Tonder-Mkhize",
                "said",
                "W",
            ),
        ],
        [
            (
                "She ordered him to hand over his passport, to report to the Scottsville police station every Monday and Friday, and to have no contact with 11 State witnesses.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Continue reading below", "", "", "B"),
        ],
        [
            (
                "State prosecutor Adv. Nomvula Dlamini-Reddy told the court that Ximba-Pillay had phoned two of the witnesses in the week after his arrest.",
                "Nomvula Dlamini-Reddy",
                "told the court",
                "W",
            ),
            (
                "She said cellphone records obtained by the Hawks showed 14 calls between his number and the two men between March 30 and April 4.",
                "Nomvula Dlamini-Reddy",
                "said",
                "W",
            ),
            (
                "“This is not a man who sat quietly at home and waited for his trial,” she said.",
                "Nomvula Dlamini-Reddy",
                "said",
                "",
            ),
        ],
        [
            (
                "His attorney, Yusuf Essop-Mabuza, argued that the calls were about a church fundraiser and had nothing to do with the case.",
                "Yusuf Essop-Mabuza",
                "argued",
                "",
            ),
            (
                "“My client has lived in Pietermaritzburg his whole life.",
                "Yusuf Essop-Mabuza",
                "asked",
                "",
            ),
            (
                "Where exactly is he supposed to run to?” Essop-Mabuza asked.",
                "Yusuf Essop-Mabuza",
                "asked",
                "",
            ),
            (
                "He said his client would plead not guilty to all the charges.",
                "Yusuf Essop-Mabuza",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the investigating officer's affidavit, the municipality paid R9.8 million to three companies whose directors included Ximba-Pillay's brother-in-law and the brother-in-law's wife.",
                "the investigating officer's affidavit",
                "according to",
                "W",
            ),
            (
                "The affidavit says none of the three companies had an office or any employees when the tenders were awarded in 2022 and 2023.",
                "The affidavit",
                "says",
                "W",
            ),
            (
                "The affidavit also says Ximba-Pillay personally approved 19 of the 23 payments.",
                "The affidavit",
                "says",
                "W",
            ),
        ],
        [
            (
                "National Prosecuting Authority regional spokesperson Natasha Ramkissoon-Zulu said the State would ask for the case to be moved to the Specialised Commercial Crimes Court in Durban.",
                "Natasha Ramkissoon-Zulu",
                "said",
                "",
            ),
        ],
        [
            (
                "The Msunduzi Municipality said in a statement that it had suspended two other supply chain officials and laid charges against them in February.",
                "The Msunduzi Municipality",
                "said in a statement",
                "W",
            ),
            (
                "It said it had recovered R1.2 million of the money through civil proceedings.",
                "The Msunduzi Municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "Before the hearing, about 30 members of a local business forum sang and waved placards outside the court building on Church Street.",
                "",
                "",
                "",
            ),
            (
                "Ximba-Pillay, in a grey suit, looked at the floor as the magistrate read her ruling.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The case was postponed to June 18 for further investigation.", "", "", "W"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Hawks arrest two over Umgeni Road paving contract", "", "", "B"),
        ],
        [
            ("Msunduzi audit flags R62m in irregular spending", "", "", "B"),
        ],
        [
            ("Join the Midlands Echo WhatsApp channel", "", "", "B"),
        ],
        [
            ("Back to top ↑", "", "", "B"),
        ],
        [
            ("© 2026 Midlands Echo", "", "", "B"),
        ],
        [
            ("Terms · Privacy · PAIA Manual", "", "", "B"),
        ],
    ],
    [
        [
            ("harbourpost.com.mt", "", "", "B"),
        ],
        [
            (
                "312 patients spent more than a day on trolleys at Mater Dei in three months",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Emergency waits are the longest since the health ministry began publishing the figures in 2019",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Ramona Xuereb Azzopardi", "", "", "B"),
        ],
        [
            ("10 May 2026 | 07:30", "", "", "B"),
        ],
        [
            ("6–8 minutes", "", "", "B"),
        ],
        [
            (
                "More than 300 patients spent over 24 hours on trolleys in Mater Dei Hospital's emergency department between January and March, according to figures tabled in Parliament on Wednesday.",
                "figures tabled in Parliament on Wednesday",
                "according to",
                "W",
            ),
        ],
        [
            ("The exact number was 312, up from 187 in the same quarter last year.", "", "", "W"),
            (
                "The figures were given by Health Minister Kurt Spiteri Mifsud in reply to a parliamentary question from Nationalist MP Daniela Camilleri Bonnici.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Patients on trolleys in a corridor of the emergency department in March.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Harbour Post archive", "", "", "B"),
        ],
        [
            (
                "The median time between arriving at the emergency department and being admitted to a ward was 6 hours 40 minutes in April, up from 4 hours 55 minutes a year earlier, the minister's reply shows.",
                "the minister's reply",
                "shows",
                "W",
            ),
            (
                "The department treated 38,417 patients in the first quarter, 9 per cent more than in the same months of 2025.",
                "",
                "",
                "W",
            ),
            (
                "Ambulances queued outside the department for more than an hour on 23 occasions in April, the reply shows.",
                "the reply",
                "shows",
                "W",
            ),
        ],
        [
            (
                "Spiteri Mifsud said the rise was driven mainly by elderly patients with several chronic illnesses who could not be discharged because no care home place was free.",
                "Kurt Spiteri Mifsud",
                "said",
                "W",
            ),
            (
                "He said that on an average day in April, 94 patients who were medically fit to leave were occupying acute beds.",
                "Kurt Spiteri Mifsud",
                "said",
                "W",
            ),
            (
                "He said the government had spent €18 million on buying beds in private care homes last year.",
                "Kurt Spiteri Mifsud",
                "said",
                "W",
            ),
            (
                "“These are not people who should be in a hospital bed, and they are not people we can send home to an empty flat,” he said.",
                "Kurt Spiteri Mifsud",
                "said",
                "",
            ),
        ],
        [
            (
                "The minister said a 60-bed acute medical ward in the hospital's new block would open “before the end of the summer”.",
                "Kurt Spiteri Mifsud",
                "said",
                "",
            ),
        ],
        [
            (
                "Camilleri Bonnici, the Opposition's health spokesperson, said the same ward had first been promised for 2024.",
                "Daniela Camilleri Bonnici",
                "said",
                "W",
            ),
            (
                "“Every summer we are told it will be next summer.",
                "Daniela Camilleri Bonnici",
                "said",
                "",
            ),
        ],
        [
            (
                "“Meanwhile we are asking nurses to perform miracles in a corridor,” she said.",
                "Daniela Camilleri Bonnici",
                "said",
                "",
            ),
            (
                "She said the Nationalist Party would table a motion calling for an independent review of emergency care.",
                "Daniela Camilleri Bonnici",
                "said",
                "",
            ),
        ],
        [
            ("Read more: Gozo hospital to add eight beds to its medical ward", "", "", "B"),
        ],
        [
            (
                "The Malta Union of Midwives and Nurses said on Thursday it had instructed its members not to accept more than four trolley patients in any one corridor from Monday.",
                "The Malta Union of Midwives and Nurses",
                "said",
                "W",
            ),
            (
                "The directive covers the emergency department and the two medical wards that take admissions from it.",
                "",
                "",
                "W",
            ),
            (
                "Its president, Alexander Borg Cardona, said nurses in the department were each looking after as many as 14 patients on night shifts.",
                "Alexander Borg Cardona",
                "said",
                "W",
            ),
            (
                "“A nurse with 14 patients is not nursing any more, she is counting,” he said.",
                "Alexander Borg Cardona",
                "said",
                "",
            ),
        ],
        [
            (
                "Carmen Vassallo Grech, 81, from Żabbar, spent 31 hours on a trolley in February after a fall at home, her daughter Miriam said.",
                "Miriam",
                "said",
                "",
            ),
            (
                "“She kept apologising to the nurses for being in the way,” Miriam said.",
                "Miriam",
                "said",
                "",
            ),
            ("“Nobody was unkind to her.", "Miriam", "said", ""),
            ("There was simply nowhere to put her.”", "Miriam", "said", ""),
        ],
        [
            (
                "In a written reply to questions from the Harbour Post, Mater Dei's chief executive, Dr Stephanie Farrugia Sciberras, said 42 nurses had been recruited from abroad since January.",
                "Stephanie Farrugia Sciberras",
                "said",
                "W",
            ),
            (
                "She said a discharge lounge that opened in March was freeing an average of 11 beds before noon each day.",
                "Stephanie Farrugia Sciberras",
                "said",
                "W",
            ),
            (
                "She said every patient in April was seen by a doctor within the target time for their triage category.",
                "Stephanie Farrugia Sciberras",
                "said",
                "W",
            ),
        ],
        [
            ("Why can't patients be discharged?", "", "", ""),
        ],
        [
            (
                "Malta had about 4,900 long-term care beds in state and private homes at the end of 2025, according to the Active Ageing and Community Care department.",
                "the Active Ageing and Community Care department",
                "according to",
                "W",
            ),
            ("The waiting list for a state-funded bed stood at 1,260.", "", "", "W"),
        ],
        [
            (
                "Geriatrician Dr Mark Zahra Pace said the numbers would keep rising for at least a decade as the population aged.",
                "Mark Zahra Pace",
                "said",
                "",
            ),
            (
                "“We built a hospital for the Malta of 2007,” he said.",
                "Mark Zahra Pace",
                "said",
                "",
            ),
        ],
        [
            (
                "Parliament's Social Affairs Committee is due to question the minister about the emergency department on May 19.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Independent journalism costs money.", "", "", "B"),
            ("Support the Harbour Post from €1.50 a week.", "", "", "B"),
        ],
        [
            ("Subscribe now", "", "", "B"),
        ],
    ],
    [
        [
            (
                "stjagocrier.com.jm/news/20260512/st-catherine-north-murders-down-22-per-cent",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Print  |  Close window", "", "", "B"),
        ],
        [
            ("The St Jago Crier", "", "", "B"),
        ],
        [
            ("Tuesday | May 12, 2026", "", "", "B"),
        ],
        [
            (
                "St Catherine North murders down 22 per cent, but weekend killings rattle Spanish Town",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Written by Kadian Whyte-Lindo", "", "", "B"),
        ],
        [
            ("Published: May 12, 2026 at 12:04 AM", "", "", "B"),
        ],
        [
            (
                "Murders in the St Catherine North Police Division are down 22 per cent this year, but two killings in Spanish Town on Saturday night have left residents of the old capital uneasy.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The division recorded 39 murders between January 1 and May 9, compared with 50 in the same period last year, according to the Jamaica Constabulary Force's periodic crime statistics.",
                "the Jamaica Constabulary Force's periodic crime statistics",
                "according to",
                "W",
            ),
            ("Shootings fell to 41 from 58.", "", "", "W"),
        ],
        [
            (
                "The police said Dwayne Reid-Bogle, 28, a mechanic of Sligoville Road, was standing at a shop on Burke Road about 9:15 p.m. when men in a white Toyota Probox opened fire on him.",
                "The police",
                "said",
                "W",
            ),
            (
                "He was taken to the Spanish Town Hospital, where he was pronounced dead.",
                "",
                "",
                "W",
            ),
            (
                "Reid-Bogle's sister, Keisha-Ann Reid, said he had just closed his garage for the night.",
                "Keisha-Ann Reid",
                "said",
                "",
            ),
            (
                "“He buy a patty and a box drink and that was it,” she said.",
                "Keisha-Ann Reid",
                "said",
                "",
            ),
            (
                "Police said officers recovered nine spent shells at the scene.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "About 40 minutes later, Javaun Clarke-McLeish, 19, was shot several times on a lane off Brunswick Avenue, the police said.",
                "the police",
                "said",
                "W",
            ),
            (
                "The police said the two killings did not appear to be linked.",
                "The police",
                "said",
                "",
            ),
            ("Police said no arrests had been made in either case.", "Police", "said", "W"),
        ],
        [
            ("The division covers Spanish Town, Linstead, Bog Walk and Ewarton.", "", "", "W"),
        ],
        [
            (
                "The head of the division, Senior Superintendent Marlon Dacres-Whitter, said 27 illegal guns had been seized in the division so far this year, eight more than at the same point in 2025.",
                "Marlon Dacres-Whitter",
                "said",
                "W",
            ),
            (
                "He credited an operation last year against two gangs in the Lakes Pen area with much of the fall in murders.",
                "Marlon Dacres-Whitter",
                "credited",
                "W",
            ),
            (
                "“I am not going to celebrate while two mothers are burying sons this week,” he said.",
                "Marlon Dacres-Whitter",
                "said",
                "",
            ),
        ],
        [
            (
                "“What I will say is that the numbers tell you the work is paying off, and we are not letting up.”",
                "Marlon Dacres-Whitter",
                "said",
                "",
            ),
            (
                "He said the division would get 40 more officers from the police academy's graduating class in June.",
                "Marlon Dacres-Whitter",
                "said",
                "",
            ),
        ],
        [
            (
                "stjagocrier.com.jm/news/20260512/st-catherine-north-murders-down-22-per-cent",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Page 1 of 2", "", "", "B"),
        ],
        [
            (
                "On Monday morning Burke Road was quieter than usual, with several shops still shuttered at 10 o'clock.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A vendor who sells cooked food on Burke Road, and who gave her name only as Pearl, said she had been closing her stall at 7 p.m. every night since Sunday.",
                "Pearl",
                "said",
                "",
            ),
            ("“Spanish Town quiet now, but quiet don't mean safe,” she said.", "Pearl", "said", ""),
        ],
        [
            (
                "The Member of Parliament for the area, Nadine Forbes-Ashman, said she had written to the Commissioner of Police asking for the Burke Road police post, which closed in 2019, to be reopened.",
                "Nadine Forbes-Ashman",
                "said",
                "W",
            ),
            (
                "“People need to see a police car parked up, not passing through,” she said.",
                "Nadine Forbes-Ashman",
                "said",
                "",
            ),
        ],
        [
            ("What is behind the drop?", "", "", ""),
        ],
        [
            (
                "Dr. Andre Hylton-Spence, a criminologist at the University of the West Indies, Mona, said a one-year fall should be treated with caution.",
                "Andre Hylton-Spence",
                "said",
                "",
            ),
            (
                "He said murders in the division had risen in four of the previous six years.",
                "Andre Hylton-Spence",
                "said",
                "W",
            ),
        ],
        [
            (
                "Islandwide, murders were down 17 per cent to 287 over the same period, the JCF figures show.",
                "the JCF figures",
                "show",
                "W",
            ),
            (
                "St Catherine North still had the fourth-highest murder count of the country's 19 police divisions.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Spanish Town Hospital treated 11 gunshot victims in April, according to the South East Regional Health Authority.",
                "the South East Regional Health Authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Anyone with information on the killings is asked to call the Spanish Town CIB or Crime Stop at 311.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Page 2 of 2", "", "", "B"),
        ],
        [
            ("Copyright © 2026 St Jago Crier Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Printed 12/05/2026 10:41:07 from stjagocrier.com.jm", "", "", "B"),
        ],
    ],
    [
        [
            ("From: Marina Wire <newsletters@marinawire.sg>", "", "", "B"),
        ],
        [
            ("Subject: Kallang Freight's profit slump, home prices, retrenchments", "", "", "B"),
        ],
        [
            ("The Pre-Bell | Thursday, 13 August 2026", "", "", "B"),
        ],
        [
            ("View in browser", "", "", "B"),
        ],
        [
            ("Good morning.", "", "", "B"),
            ("Here's what you need to know before the market opens.", "", "", "B"),
        ],
        [
            ("PRESENTED BY HALCYON PRIVATE BANK", "", "", "B"),
        ],
        [
            ("Planning the next chapter?", "", "", "B"),
            ("Talk to a relationship manager who knows your name.", "", "", "B"),
        ],
        [
            ("THE LEAD", "", "", "B"),
        ],
        [
            ("Kallang Freight's half-year profit falls 38% as shipping rates slide", "", "", "W"),
        ],
        [
            ("By Chua Li Ting", "", "", "B"),
        ],
        [
            (
                "Kallang Freight Holdings posted a net profit of S$41.2 million for the six months ended June 30, down 38 per cent from S$66.5 million a year earlier.",
                "",
                "",
                "W",
            ),
            (
                "Revenue fell 12 per cent to S$583.7 million, the company said in its filing to the Singapore Exchange on Wednesday evening.",
                "the company",
                "said in its filing to the Singapore Exchange",
                "W",
            ),
        ],
        [
            (
                "The board declared an interim dividend of 1.8 cents a share, down from 3 cents.",
                "",
                "",
                "W",
            ),
            (
                "The group cut 140 jobs in the first half, mostly at its Malaysian trucking unit, the filing shows.",
                "the filing",
                "shows",
                "W",
            ),
        ],
        [
            (
                "Group chief executive Ong Wei Jian said Asia-Europe container rates had fallen by more than half since January as more ships returned to the Suez Canal route.",
                "Ong Wei Jian",
                "said",
                "W",
            ),
            (
                "“The windfall of the last two years is over, and frankly we never built the business around it,” Ong said on a call with analysts.",
                "Ong Wei Jian",
                "said on a call with analysts",
                "",
            ),
            (
                "He said he expected volumes in the second half to be “broadly flat”.",
                "Ong Wei Jian",
                "said",
                "",
            ),
        ],
        [
            (
                "Chief financial officer Haslinda Mohd Yusof said the group had S$212 million in net cash at the end of June.",
                "Haslinda Mohd Yusof",
                "said",
                "W",
            ),
            (
                "Haslinda said Kallang would spend about S$90 million on a cold-chain warehouse in Tuas, due to be completed in 2028.",
                "Haslinda Mohd Yusof",
                "said",
                "",
            ),
        ],
        [
            (
                "Analysts at Raffles Quay Securities cut their target price for the stock to S$1.12 from S$1.35.",
                "",
                "",
                "W",
            ),
            (
                "They said the dividend cut was “deeper than the market had priced in”.",
                "Analysts at Raffles Quay Securities",
                "said",
                "",
            ),
        ],
        [
            (
                "Kallang Freight shares closed at S$1.18 on Wednesday, before the results were released, and have fallen 21 per cent this year.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ALSO ON OUR RADAR", "", "", "B"),
        ],
        [
            ("PROPERTY", "", "", "B"),
        ],
        [
            (
                "Private home prices rose 0.9 per cent in the second quarter, according to final figures from the Urban Redevelopment Authority.",
                "final figures from the Urban Redevelopment Authority",
                "according to",
                "W",
            ),
            (
                "That was below the 1.1 per cent rise in the flash estimate released in July.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("JOBS", "", "", "B"),
        ],
        [
            (
                "Retrenchments rose to 3,940 in the second quarter, the highest since the first quarter of 2024, the Ministry of Manpower said.",
                "the Ministry of Manpower",
                "said",
                "W",
            ),
            (
                "It said most of the job losses were in manufacturing and wholesale trade.",
                "the Ministry of Manpower",
                "said",
                "W",
            ),
        ],
        [
            ("MARKETS", "", "", "B"),
        ],
        [
            (
                "The Straits Times Index ended 0.4 per cent higher at 4,213.57 on Wednesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("WHAT WE'RE WATCHING", "", "", "B"),
        ],
        [
            (
                "The Ministry of Trade and Industry releases its revised second-quarter GDP figures at 8am today.",
                "",
                "",
                "W",
            ),
            (
                "Economists polled by Marina Wire expect growth to be revised up to 2.9 per cent from the advance estimate of 2.6 per cent.",
                "Economists polled by Marina Wire",
                "expect",
                "",
            ),
        ],
        [
            ("Was this email forwarded to you?", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            ("You are receiving this email because you subscribed to The Pre-Bell.", "", "", "B"),
        ],
        [
            ("Unsubscribe | Manage preferences | Privacy policy", "", "", "B"),
        ],
        [
            ("Marina Wire Pte. Ltd., 9 Temasek Boulevard, #18-02, Singapore 038989", "", "", "B"),
        ],
        [
            ("© 2026 Marina Wire Pte. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰", "", "", "B"),
        ],
        [
            ("MOKORO FM", "", "", "B"),
        ],
        [
            ("▶ LISTEN LIVE", "", "", "B"),
        ],
        [
            ("News / Education", "", "", "B"),
        ],
        [
            (
                "Maun students taught in tents three months after storm ripped off school roofs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "More than 400 Form 1 and Form 2 students have had lessons under canvas since January",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Onalenna Kebonang-Rapula", "", "", "B"),
        ],
        [
            ("3 hours ago · 6 comments", "", "", "B"),
        ],
        [
            (
                "Students in a tent classroom at Boseja Community Junior Secondary School on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Mokoro FM", "", "", "B"),
        ],
        [
            (
                "More than 400 students at Boseja Community Junior Secondary School in Maun have been learning in tents since a storm tore the roofs off six classrooms on January 23.",
                "",
                "",
                "W",
            ),
            (
                "Maun was hit by winds of up to 90 km/h that day, according to Botswana Meteorological Services.",
                "Botswana Meteorological Services",
                "according to",
                "W",
            ),
            (
                "The storm also damaged the school's science laboratory and two teachers' houses, according to a damage assessment by the North West District Council.",
                "a damage assessment by the North West District Council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "School head Lorato Tshekiso-Mothibi said lessons were being held in six tents donated by the Botswana Red Cross Society, with up to 70 students in each.",
                "Lorato Tshekiso-Mothibi",
                "said",
                "W",
            ),
            (
                "She said the temperature inside the tents had reached 41°C in February.",
                "Lorato Tshekiso-Mothibi",
                "said",
                "W",
            ),
            (
                "“By eleven o'clock the children are drowsy, and by one o'clock nobody is learning anything,” she said.",
                "Lorato Tshekiso-Mothibi",
                "said",
                "",
            ),
            ("“We do what we can.”", "Lorato Tshekiso-Mothibi", "said", ""),
        ],
        [
            ("The school has 1,180 students and 52 teachers.", "", "", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Continue reading below", "", "", "B"),
        ],
        [
            (
                "The chairperson of the school's parent-teacher association, Kabo Ntsima-Phiri, said parents had raised P18,500 to buy fans and water tanks.",
                "Kabo Ntsima-Phiri",
                "said",
                "W",
            ),
            (
                "He said 23 students had transferred to other schools since February.",
                "Kabo Ntsima-Phiri",
                "said",
                "W",
            ),
            (
                "He said parents were angry that no contractor had been appointed more than three months after the storm.",
                "Kabo Ntsima-Phiri",
                "said",
                "",
            ),
            (
                "“Are our children worth less than the children in Gaborone?” he asked.",
                "Kabo Ntsima-Phiri",
                "asked",
                "",
            ),
        ],
        [
            (
                "North West District Council secretary Phenyo Dintwe-Mooketsi said the council had received three bids for the repairs, which were estimated at P2.3 million.",
                "Phenyo Dintwe-Mooketsi",
                "said",
                "W",
            ),
            (
                "She said the tender would be awarded “within the next few weeks” and the work would take about four months.",
                "Phenyo Dintwe-Mooketsi",
                "said",
                "",
            ),
            (
                "She blamed the delay on a rule that projects costing more than P1 million must go to the ministry's tender committee.",
                "Phenyo Dintwe-Mooketsi",
                "blamed",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Child Welfare and Basic Education said in a statement on Monday that 31 schools across the country had reported storm damage since December.",
                "The Ministry of Child Welfare and Basic Education",
                "said in a statement",
                "W",
            ),
            (
                "It said P14 million had been set aside for emergency school repairs in the 2026/27 budget.",
                "The Ministry of Child Welfare and Basic Education",
                "said",
                "W",
            ),
            (
                "It did not say how many of the damaged schools were in the North West District.",
                "The Ministry of Child Welfare and Basic Education",
                "did not say",
                "",
            ),
        ],
        [
            (
                "Naledi Keitseng, a 15-year-old Form 2 student, said the tents leaked whenever it rained.",
                "Naledi Keitseng",
                "said",
                "",
            ),
            (
                "“When it rains we pull the desks to the middle and hold our books on our laps,” she said.",
                "Naledi Keitseng",
                "said",
                "",
            ),
        ],
        [
            (
                "Form 3 students at the school are due to write the Junior Certificate Examination in October.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What happens if the roofs are not fixed before the rains?", "", "", ""),
        ],
        [
            (
                "Forecasters at Botswana Meteorological Services expect above-normal rainfall in the north of the country from November.",
                "Forecasters at Botswana Meteorological Services",
                "expect",
                "",
            ),
            (
                "Tshekiso-Mothibi said the school had asked a nearby primary school to let it use two classrooms in the afternoons if the repairs were not finished by then.",
                "Lorato Tshekiso-Mothibi",
                "said",
                "W",
            ),
        ],
        [
            ("Share: WhatsApp | Facebook | X", "", "", "B"),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("Francistown teachers call off overtime strike after deal with ministry", "", "", "B"),
        ],
        [
            ("Tap to load comments (6)", "", "", "B"),
        ],
        [
            ("© 2026 Mokoro FM.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Back to top", "", "", "B"),
        ],
    ],
    [
        [
            ("MAHAWELI CHRONICLE", "", "", "B"),
        ],
        [
            ("Saturday, 27 June 2026  |  Last updated 09:14 PM", "", "", "B"),
        ],
        [
            (
                "Home   News   Business   Politics   Opinion   Sports   Features   E-Paper   Tamil Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Print Edition » News", "", "", "B"),
        ],
        [
            ("Minimum bus fare to go up to Rs. 32 from July 1", "", "", "W"),
        ],
        [
            (
                "Annual revision adds 4.85 per cent to all fares, NTC says",
                "the National Transport Commission",
                "says",
                "W",
            ),
        ],
        [
            ("By Dilrukshi Wijeratne-Fonseka", "", "", "B"),
        ],
        [
            ("Text size:  A  A  A", "", "", "B"),
        ],
        [
            ("Print | Email | Share", "", "", "B"),
        ],
        [
            (
                "Bus fares across the island will go up by 4.85 per cent from midnight on June 30, with the minimum fare rising from Rs. 30 to Rs. 32, the National Transport Commission (NTC) said yesterday.",
                "the National Transport Commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "The revision is made under the annual fare policy, which ties fares to changes over the previous 12 months in the cost of diesel, wages, tyres, spare parts and other items.",
                "",
                "",
                "W",
            ),
            ("It was approved by the Cabinet of Ministers on June 23.", "", "", "W"),
        ],
        [
            (
                "NTC Chairman Eng. Nuwan Abeywickrama-Silva said the formula had produced an increase of 4.85 per cent even though diesel had fallen by Rs. 12 a litre over the year, because wages and tyre prices had risen.",
                "Nuwan Abeywickrama-Silva",
                "said",
                "W",
            ),
            (
                "He said the fare from Colombo to Kandy on a normal bus would go up from Rs. 412 to Rs. 432.",
                "Nuwan Abeywickrama-Silva",
                "said",
                "W",
            ),
            ("“The formula is the formula.", "Nuwan Abeywickrama-Silva", "said", ""),
            (
                "We do not add or subtract to suit anybody,” he said.",
                "Nuwan Abeywickrama-Silva",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("ALSO READ: Season ticket holders to get QR passes on Coastal Line", "", "", "B"),
        ],
        [
            (
                "Sarath Kumara Jayalath, president of the All-Island Private Coach Operators' Federation, called the increase “too little, too late”.",
                "Sarath Kumara Jayalath",
                "called",
                "",
            ),
            (
                "He said the price of a bus tyre had risen by about 30 per cent since last July.",
                "Sarath Kumara Jayalath",
                "said",
                "W",
            ),
            (
                "“Nobody asks us what a tyre costs in Pettah today,” he said.",
                "Sarath Kumara Jayalath",
                "said",
                "",
            ),
            (
                "Jayalath said the federation's members would decide on Monday whether to stage a one-day token strike.",
                "Sarath Kumara Jayalath",
                "said",
                "",
            ),
        ],
        [
            (
                "At the Pettah central bus stand yesterday afternoon, commuters were divided.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Fathima Rizna, a garment worker who travels from Kadawatha to Colombo every day, said the increase would add about Rs. 1,100 to her monthly travel costs.",
                "Fathima Rizna",
                "said",
                "",
            ),
            (
                "“Every year the fare goes up and my salary does not,” she said.",
                "Fathima Rizna",
                "said",
                "",
            ),
        ],
        [
            (
                "Retired clerk M. A. Wickramarachchi, waiting for a bus to Maharagama, said two rupees was “nothing compared to a three-wheeler”.",
                "M. A. Wickramarachchi",
                "said",
                "",
            ),
        ],
        [
            (
                "Ministry of Transport Secretary Dr. Priyanka Samarakoon-Dias said the state-owned Sri Lanka Transport Board (SLTB) now runs 5,106 buses, about 1,400 fewer than in 2019.",
                "Priyanka Samarakoon-Dias",
                "said",
                "W",
            ),
            (
                "She said 1,200 new buses for the SLTB would be delivered by the end of next year.",
                "Priyanka Samarakoon-Dias",
                "said",
                "",
            ),
        ],
        [
            (
                "Private buses make up about 70 per cent of the island's bus fleet, according to commission figures.",
                "commission figures",
                "according to",
                "W",
            ),
            (
                "Under the fare policy, operators who charge more than the approved fare can be fined up to Rs. 25,000 or have their route permits suspended.",
                "",
                "",
                "W",
            ),
            (
                "The NTC said it would start a pilot of bank card payments on 40 buses on the Colombo–Galle expressway route in August.",
                "the National Transport Commission",
                "said",
                "",
            ),
        ],
        [
            ("Selected fares (Rs.)", "", "", "B"),
        ],
        [
            ("Route | Old fare | New fare", "", "", "B"),
        ],
        [
            ("Minimum fare | 30 | 32", "", "", ""),
        ],
        [
            ("Colombo–Kandy (normal) | 412 | 432", "", "", ""),
        ],
        [
            ("Colombo–Galle (expressway) | 950 | 996", "", "", ""),
        ],
        [
            ("Will fares come down if diesel gets cheaper?", "", "", ""),
        ],
        [
            (
                "Under the policy, fares are cut when the formula produces a negative figure, as happened in July 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Comments (14)", "", "", "B"),
        ],
        [
            ("Add your comment", "", "", "B"),
        ],
        [
            ("Comments are moderated and may take some time to appear.", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Mahaweli Chronicle (Pvt) Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("PITCHSIDE NAIJA", "", "", "B"),
        ],
        [
            ("☰   LIVE SCORES", "", "", "B"),
        ],
        [
            ("NPFL", "", "", "B"),
        ],
        [
            ("Ogbomoso Royals go top with comeback win over Sapele Tigers", "", "", "W"),
        ],
        [
            (
                "Coach says injured striker Danjuma will be fit for Kano trip",
                "Abdulrasheed Oyewole-Bamgbose",
                "says",
                "",
            ),
        ],
        [
            ("Ifeoma Adeyemi-Okafor", "", "", "B"),
        ],
        [
            ("Sun, 15 Mar 2026 · 18:47 WAT", "", "", "B"),
        ],
        [
            ("Ogbomoso Royals 2–1 Sapele Tigers", "", "", ""),
        ],
        [
            ("FT", "", "", ""),
        ],
        [
            ("Olatunji 52', Ewherido 67' (pen.)", "", "", ""),
        ],
        [
            ("Okorodudu 23'", "", "", ""),
        ],
        [
            (
                "Ogbomoso Royals moved to the top of the Nigeria Premier Football League table on Sunday after coming from behind to beat Sapele Tigers 2-1 at the Ajeigbe Memorial Stadium.",
                "",
                "",
                "W",
            ),
            (
                "The win, their fourth in a row, took them to 44 points from 25 matches, one ahead of Lokoja Confluence, who play on Monday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sapele went ahead in the 23rd minute through Chinedu Okorodudu, who headed in a corner at the near post.",
                "",
                "",
                "W",
            ),
            (
                "Tunde Olatunji equalised seven minutes after the break, and Efe Ewherido scored the winner from the penalty spot after Olatunji was brought down in the box.",
                "",
                "",
                "W",
            ),
            ("It was Olatunji's 11th league goal of the season.", "", "", "W"),
        ],
        [
            (
                "The home supporters, who had jeered their team off at half-time, stayed long after the final whistle to sing.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Royals coach Abdulrasheed Oyewole-Bamgbose said his players had shown “the character of champions” in the second half.",
                "Abdulrasheed Oyewole-Bamgbose",
                "said",
                "",
            ),
            (
                "“At half-time I told them, ‘Nobody hands you the league in March.’",
                "Abdulrasheed Oyewole-Bamgbose",
                "said at the post-match press conference",
                "",
            ),
            (
                "They listened,” he said at the post-match press conference.",
                "Abdulrasheed Oyewole-Bamgbose",
                "said at the post-match press conference",
                "",
            ),
        ],
        [
            (
                "Oyewole-Bamgbose said striker Musa Danjuma, who missed the match with a hamstring strain, would be fit for next Sunday's trip to Kano.",
                "Abdulrasheed Oyewole-Bamgbose",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Bet responsibly.", "", "", "B"),
            ("18+ only.", "", "", "B"),
        ],
        [
            (
                "Sapele Tigers coach Godwin Eyimofe-Ukah complained that the penalty was “soft”.",
                "Godwin Eyimofe-Ukah",
                "complained",
                "",
            ),
            ("“The boy touched the ball first.", "Godwin Eyimofe-Ukah", "asked", ""),
            ("How is that a penalty?” he asked.", "Godwin Eyimofe-Ukah", "asked", ""),
            (
                "He said his side had now lost six of their last eight away matches.",
                "Godwin Eyimofe-Ukah",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Nigeria Premier Football League said on Sunday evening that it would review the match commissioner's report after Sapele officials complained about crowd trouble in the second half.",
                "The Nigeria Premier Football League",
                "said",
                "",
            ),
            (
                "Sapele were fined ₦3 million in November over crowd trouble at their own ground, according to league records.",
                "league records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Royals had 58 per cent of possession and 14 shots to Sapele's six, according to the league's match data.",
                "the league's match data",
                "according to",
                "W",
            ),
            (
                "The club said 11,300 fans attended, its biggest home crowd of the season.",
                "The club",
                "said",
                "W",
            ),
        ],
        [
            ("NPFL: Top four", "", "", "B"),
        ],
        [
            ("Pos | Club | P | Pts", "", "", "B"),
        ],
        [
            ("1 | Ogbomoso Royals | 25 | 44", "", "", ""),
        ],
        [
            ("2 | Lokoja Confluence | 24 | 43", "", "", ""),
        ],
        [
            ("3 | Katsina Emirates | 25 | 41", "", "", ""),
        ],
        [
            ("4 | Sapele Tigers | 25 | 39", "", "", ""),
        ],
        [
            ("Royals travel to Kano to face Sabon Gari United on March 22 at 4pm.", "", "", "W"),
            ("Sapele host Lokoja Confluence on the same day.", "", "", "W"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("More from NPFL", "", "", "B"),
        ],
        [
            ("Katsina Emirates part ways with coach after third straight defeat", "", "", "B"),
        ],
        [
            ("About | Contact | Advertise | Privacy", "", "", "B"),
        ],
        [
            ("© 2026 PitchSide Media Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("SKYLINE 9 NEWS", "", "", "B"),
        ],
        [
            ("▶ WATCH LIVE", "", "", "B"),
        ],
        [
            (
                "Home   Local   Regional   Sport   Business   Entertainment   Weather   Shows",
                "",
                "",
                "B",
            ),
        ],
        [
            ("⚠ YELLOW-LEVEL ADVERSE WEATHER ALERT IN EFFECT UNTIL 6 P.M. WEDNESDAY", "", "", "B"),
        ],
        [
            ("Local", "", "", "B"),
        ],
        [
            ("Penal, Debe homes flooded as 94 mm of rain falls in 12 hours", "", "", "W"),
        ],
        [
            (
                "Met Service warns saturated ground could bring landslips in the Northern Range",
                "The Trinidad and Tobago Meteorological Service",
                "warns",
                "",
            ),
        ],
        [
            ("Keron Ramdial-Baptiste", "", "", "B"),
        ],
        [
            ("Posted: Sep 8, 2026 7:15 PM AST", "", "", "B"),
        ],
        [
            ("Updated: Sep 8, 2026 9:02 PM AST", "", "", "B"),
        ],
        [
            (
                "Residents of Penal Rock Road wade through knee-deep water on Tuesday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("02:48", "", "", "B"),
        ],
        [
            ("Video: Skyline 9 News", "", "", "B"),
        ],
        [
            (
                "At least 60 homes in Penal and Debe were flooded on Tuesday after 94 millimetres of rain fell in 12 hours, according to the Office of Disaster Preparedness and Management (ODPM).",
                "the Office of Disaster Preparedness and Management",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Trinidad and Tobago Meteorological Service (TTMS) issued a yellow-level adverse weather alert at 5 a.m. and raised it to orange for south and central Trinidad at 11:30 a.m.",
                "",
                "",
                "W",
            ),
            ("The orange alert was lowered to yellow again at 6 p.m.", "", "", "W"),
        ],
        [
            (
                "TTMS meteorologist Kezia Ali-Charles said the rainfall at the Penal gauge was the highest for a single September day since records began there in 1998.",
                "Kezia Ali-Charles",
                "said",
                "W",
            ),
            (
                "She said a tropical wave would bring more showers and isolated thunderstorms until at least Wednesday evening.",
                "Kezia Ali-Charles",
                "said",
                "",
            ),
            (
                "“The ground is saturated, so even moderate rain could cause street flooding and landslips,” she said.",
                "Kezia Ali-Charles",
                "said",
                "",
            ),
            ("“Stay away from rivers and watercourses.”", "Kezia Ali-Charles", "said", ""),
        ],
        [
            (
                "Penal/Debe Regional Corporation chairman Vishnu Boodoosingh-Maharaj said the corporation had handed out 1,200 sandbags and 300 food hampers since Monday.",
                "Vishnu Boodoosingh-Maharaj",
                "said",
                "W",
            ),
            (
                "He blamed the flooding on Rochard Road on a drain that had been blocked during roadworks by a state contractor.",
                "Vishnu Boodoosingh-Maharaj",
                "blamed",
                "W",
            ),
            (
                "“I don't want to hear about whose drain it is,” he said.",
                "Vishnu Boodoosingh-Maharaj",
                "said",
                "",
            ),
            ("“I want it cleared.”", "Vishnu Boodoosingh-Maharaj", "said", ""),
        ],
        [
            ("Story continues below advertisement", "", "", "B"),
        ],
        [
            (
                "Sunita Baksh-Lewis, 62, of Penal Rock Road, said the water came into her house at about 2 p.m. and was up to her knees within an hour.",
                "Sunita Baksh-Lewis",
                "said",
                "",
            ),
            ("“Every year is the same story.", "Sunita Baksh-Lewis", "asked", ""),
            ("Who going to pay for my fridge?” she asked.", "Sunita Baksh-Lewis", "asked", ""),
        ],
        [
            (
                "ODPM acting chief executive Shireen Mohammed-Pascall said shelters had been opened at two schools in Debe, but only 14 people had used them by Tuesday evening.",
                "Shireen Mohammed-Pascall",
                "said",
                "W",
            ),
            (
                "She said the ODPM had received 212 calls for help since midnight.",
                "Shireen Mohammed-Pascall",
                "said",
                "W",
            ),
            (
                "She urged people in low-lying areas to move valuables off the floor and not to drive through flood water.",
                "Shireen Mohammed-Pascall",
                "urged",
                "",
            ),
        ],
        [
            ("UPDATE, 9:00 PM:", "", "", "B"),
        ],
        [
            (
                "The Ministry of Education said schools in the Penal/Debe district would stay closed on Wednesday.",
                "The Ministry of Education",
                "said",
                "W",
            ),
            (
                "The Water and Sewerage Authority said supply to parts of Siparia and Fyzabad had been cut after its Navet plant was shut because the river water was too muddy to treat.",
                "The Water and Sewerage Authority",
                "said",
                "W",
            ),
        ],
        [
            ("Is this the start of a wetter season than normal?", "", "", ""),
        ],
        [
            (
                "The TTMS's seasonal outlook, issued in May, says there is a 55 per cent chance of above-normal rainfall from August to October.",
                "The TTMS's seasonal outlook",
                "says",
                "",
            ),
            (
                "August rainfall at Piarco was 118 per cent of the long-term average, the service said.",
                "the service",
                "said",
                "W",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Flash flood warning for Tobago lifted after overnight rain", "", "", "B"),
        ],
        [
            ("Tags: weather, flooding, ODPM, Penal", "", "", "B"),
        ],
        [
            ("© 2026 Skyline Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("kalaharidispatch.com.na", "", "", "B"),
        ],
        [
            (
                "Oshiwambo play sells out National Theatre main stage for all five nights",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Eumbo Lyetu is the first play in the language to run on the main stage since 2011",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Ndapewa Haufiku-Shipanga", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            (
                "Cast members rehearse the wedding scene of Eumbo Lyetu at the National Theatre of Namibia.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Ndapewa Haufiku-Shipanga", "", "", "B"),
        ],
        [
            (
                "All five performances of Eumbo Lyetu, a family drama written in Oshiwambo, sold out at the National Theatre of Namibia in Windhoek, the theatre said on Monday.",
                "the theatre",
                "said",
                "W",
            ),
            (
                "The run sold 4,150 tickets, the most for a Namibian-written play at the venue since 2018, according to box office figures provided by the theatre.",
                "box office figures provided by the theatre",
                "according to",
                "W",
            ),
            ("The main stage seats 830.", "", "", "W"),
            ("Tickets cost N$120, or N$60 for students.", "", "", "W"),
        ],
        [
            (
                "On Saturday night the queue for returns stretched from the box office to Robert Mugabe Avenue.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Playwright Selma Nangolo-Amutenya, 34, who wrote the first draft while teaching at a school in Ondangwa, said she wanted to write about the fights that break out over land after a funeral.",
                "Selma Nangolo-Amutenya",
                "said",
                "",
            ),
            ("“In the north everybody knows this story.", "Selma Nangolo-Amutenya", "said", ""),
            (
                "Somebody dies, and before the tent is down the uncles are already measuring the field,” she said.",
                "Selma Nangolo-Amutenya",
                "said",
                "",
            ),
            (
                "She said the script had been turned down by two other venues before the theatre accepted it in 2024.",
                "Selma Nangolo-Amutenya",
                "said",
                "W",
            ),
            ("“I didn't have to invent anything,” she said.", "Selma Nangolo-Amutenya", "said", ""),
        ],
        [
            (
                "The production's director, Tangeni Shilongo-Beukes, said English surtitles were projected above the stage at every performance.",
                "Tangeni Shilongo-Beukes",
                "said",
                "W",
            ),
            (
                "He estimated that about a third of the opening-night audience did not speak Oshiwambo.",
                "Tangeni Shilongo-Beukes",
                "estimated",
                "",
            ),
            (
                "“Some people came for the story and some came to hear their grandmother's language on a big stage,” he said.",
                "Tangeni Shilongo-Beukes",
                "said",
                "",
            ),
            (
                "The cast of 14 includes three actors who had never performed on a professional stage.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Read also: Windhoek jazz festival moves to Zoo Park for its tenth edition",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The production received N$480,000 from the National Arts Council of Namibia, according to the council's list of grants for 2025/26.",
                "the council's list of grants for 2025/26",
                "according to",
                "W",
            ),
            (
                "The last Oshiwambo play to run on the theatre's main stage, in 2011, closed after two nights.",
                "",
                "",
                "W",
            ),
            (
                "Oshiwambo is the main language in about 49 per cent of Namibian households, according to the Namibia Statistics Agency.",
                "the Namibia Statistics Agency",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The theatre's artistic director, Monika Garises-Hoebeb, said the run showed there was an audience for work in Namibia's own languages.",
                "Monika Garises-Hoebeb",
                "said",
                "",
            ),
            (
                "She said the theatre had lost money on four of its six main-stage productions in 2025.",
                "Monika Garises-Hoebeb",
                "said",
                "W",
            ),
            (
                "“This one we did not have to beg people to come to,” she said.",
                "Monika Garises-Hoebeb",
                "said",
                "",
            ),
            (
                "She said the play would return for two weeks in October and then travel to Ongwediva and Rundu.",
                "Monika Garises-Hoebeb",
                "said",
                "",
            ),
        ],
        [
            (
                "Writing in the Dispatch's weekend edition, critic Pieter Kotzé-Amadhila called the second act “the strongest hour of Namibian theatre this decade”.",
                "Pieter Kotzé-Amadhila",
                "called",
                "",
            ),
            ("He called the first act “slow but honest”.", "Pieter Kotzé-Amadhila", "called", ""),
        ],
        [
            (
                "Hilma Shikongo-Ndeitunga, 71, a retired nurse who travelled from Okahandja for Saturday's performance, said she had cried through the second act.",
                "Hilma Shikongo-Ndeitunga",
                "said",
                "",
            ),
            ("“My own brothers did this to my mother.", "Hilma Shikongo-Ndeitunga", "said", ""),
            (
                "I sat there thinking, who told them?” she said, laughing.",
                "Hilma Shikongo-Ndeitunga",
                "said",
                "",
            ),
        ],
        [
            ("Will the script be published?", "", "", ""),
        ],
        [
            (
                "Nangolo-Amutenya said she hoped to publish the script with an English translation next year.",
                "Selma Nangolo-Amutenya",
                "said",
                "",
            ),
            (
                "“Then the schools can fight about it too,” she said.",
                "Selma Nangolo-Amutenya",
                "said",
                "",
            ),
            (
                "A spokesperson for the education ministry said it would consider adding the script to the Grade 11 literature list.",
                "A spokesperson for the education ministry",
                "said",
                "",
            ),
        ],
        [
            ("Tags: Arts, Theatre, Windhoek", "", "", "B"),
        ],
        [
            ("The Kalahari Dispatch is an independent weekly.", "", "", "B"),
            ("Become a subscriber to support our journalism.", "", "", "B"),
        ],
    ],
    [
        [
            ("Rwizi Farmer — Print version", "", "", "B"),
        ],
        [
            (
                "https://www.rwizifarmer.co.ug/crops/banana-wilt-spreads-to-11-isingiro-sub-counties",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Friday, October 16, 2026", "", "", "B"),
        ],
        [
            (
                "Banana wilt spreads to 11 Isingiro sub-counties as matooke prices climb",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Immaculate Ainembabazi-Tumwine", "", "", "B"),
        ],
        [
            (
                "A farmer in Kikagati sub-county cuts down banana plants infected with bacterial wilt.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO | IMMACULATE AINEMBABAZI-TUMWINE", "", "", "B"),
        ],
        [
            (
                "Banana bacterial wilt has spread to 11 of Isingiro District's 18 sub-counties, according to the district production office.",
                "the district production office",
                "according to",
                "W",
            ),
            ("In March the disease had been confirmed in four.", "", "", "W"),
            (
                "Most farmers in the district grow the East African highland banana, which is cooked and eaten as matooke.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "District agricultural officer Benon Tumusiime-Katungi said a survey by his office in September found infected plants on 2,340 farms.",
                "Benon Tumusiime-Katungi",
                "said",
                "W",
            ),
            (
                "He estimated that matooke output in the district would fall by about a third this season.",
                "Benon Tumusiime-Katungi",
                "estimated",
                "",
            ),
            (
                "He said the disease was spread mainly by unsterilised farm tools and by insects that feed on the male flowers.",
                "Benon Tumusiime-Katungi",
                "said",
                "W",
            ),
            (
                "He said his office had only six extension workers for the whole district.",
                "Benon Tumusiime-Katungi",
                "said",
                "W",
            ),
            (
                "“A farmer cuts a sick plant in the morning and a healthy one in the afternoon with the same panga, and that is how a whole village goes,” he said.",
                "Benon Tumusiime-Katungi",
                "said",
                "",
            ),
        ],
        [
            (
                "A bunch of matooke that sold for Shs15,000 at Mbarara's Nyamitanga market in June was going for Shs26,000 on Wednesday, traders said.",
                "traders",
                "said",
                "W",
            ),
            (
                "Traders said fewer trucks were arriving from Isingiro and that buyers from Kampala were now going to Bushenyi and Ibanda.",
                "Traders",
                "said",
                "W",
            ),
        ],
        [
            (
                "Jovia Kyomuhendo-Asiimwe, who grows bananas on four acres in Kikagati, said she had cut down most of her plantation since July.",
                "Jovia Kyomuhendo-Asiimwe",
                "said",
                "",
            ),
            (
                "“My husband's grandfather planted some of these stools.",
                "Jovia Kyomuhendo-Asiimwe",
                "said",
                "",
            ),
            (
                "Now I am buying matooke for my own children,” she said.",
                "Jovia Kyomuhendo-Asiimwe",
                "said",
                "",
            ),
            (
                "She said nobody had told her to clean her tools until August, when the disease was already on her farm.",
                "Jovia Kyomuhendo-Asiimwe",
                "said",
                "",
            ),
        ],
        [
            ("Page 1 of 2", "", "", "B"),
        ],
        [
            (
                "Scientists at the National Agricultural Research Organisation (NARO) said they had developed two wilt-resistant varieties, but neither had been approved for release to farmers.",
                "Scientists at the National Agricultural Research Organisation",
                "said",
                "W",
            ),
            (
                "Dr. Priscilla Namanya-Ssekandi, a banana breeder at the organisation's Kawanda research station, said field trials had shown the varieties resisted the disease in 98 per cent of inoculated plants.",
                "Priscilla Namanya-Ssekandi",
                "said",
                "W",
            ),
            (
                "She said the varieties could not be grown outside research stations until a biosafety law was passed.",
                "Priscilla Namanya-Ssekandi",
                "said",
                "W",
            ),
            ("“The science is ready.", "Priscilla Namanya-Ssekandi", "said", ""),
            ("The law is not,” she said.", "Priscilla Namanya-Ssekandi", "said", ""),
        ],
        [
            (
                "The Ministry of Agriculture, Animal Industry and Fisheries said in a statement on Tuesday that it had distributed 1,500 knives and 800 litres of disinfectant to farmers' groups in the district.",
                "The Ministry of Agriculture, Animal Industry and Fisheries",
                "said in a statement",
                "W",
            ),
            (
                "It said extension workers would visit every affected parish before the end of November.",
                "The Ministry of Agriculture, Animal Industry and Fisheries",
                "said",
                "",
            ),
        ],
        [
            (
                "Uganda produced about 9.1 million tonnes of bananas in 2024, according to the Uganda Bureau of Statistics.",
                "the Uganda Bureau of Statistics",
                "according to",
                "W",
            ),
            ("Isingiro is one of the country's largest producers.", "", "", "W"),
            ("The wilt was first reported in Uganda in 2001, in Mukono District.", "", "", "W"),
        ],
        [
            (
                "The district council has passed a by-law that bars moving banana suckers out of infected sub-counties.",
                "",
                "",
                "W",
            ),
            ("Offenders can be fined up to Shs200,000.", "", "", "W"),
        ],
        [
            ("How can farmers stop the spread?", "", "", ""),
        ],
        [
            (
                "Extension workers advise farmers to snap off the male bud with a forked stick once the last hand has formed, and to clean tools in diluted household bleach or pass them through a flame.",
                "Extension workers",
                "advise",
                "",
            ),
            (
                "Infected plants should be cut down, chopped into small pieces and left to rot where they stood, according to NARO guidance.",
                "NARO guidance",
                "according to",
                "",
            ),
        ],
        [
            (
                "The district will hold a field day on wilt control at Kikagati sub-county headquarters on October 29.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Page 2 of 2", "", "", "B"),
        ],
        [
            ("© 2026 Rwizi Farmer.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Printed on 16/10/2026 at 08:22", "", "", "B"),
        ],
    ],
    [
        [
            ("From: Bench & Field <benchandfield@wartaledger.my>", "", "", "B"),
        ],
        [
            ("Bench & Field | Issue 112 | Saturday, 21 November 2026", "", "", "B"),
        ],
        [
            ("Trouble viewing this email?", "", "", "B"),
            ("Open it in your browser.", "", "", "B"),
        ],
        [
            ("Hi there,", "", "", "B"),
        ],
        [
            (
                "This week: a gecko that lives on a single limestone hill, a haze count and a mangrove carbon study.",
                "",
                "",
                "",
            ),
        ],
        [
            ("— Farah Liyana Zainuddin, science editor", "", "", "B"),
        ],
        [
            ("THE BIG STORY", "", "", "B"),
        ],
        [
            ("New bent-toed gecko found on a single Perak limestone hill", "", "", "W"),
        ],
        [
            ("By Deepa Selvarajah", "", "", "B"),
        ],
        [
            (
                "Researchers have described a new species of bent-toed gecko that has so far been found on only one limestone hill in the Kinta Valley of Perak.",
                "",
                "",
                "W",
            ),
            (
                "The gecko, named Cyrtodactylus lawankinta, grows to about 8.2 cm from snout to vent and has a yellow band across the back of its neck, according to the paper, published on Tuesday in the journal Asian Herpetology Letters.",
                "the paper",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The team, from Universiti Sains Malaysia and the Department of Wildlife and National Parks (Perhilitan), collected 14 specimens on night surveys between 2023 and 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr Mohd Firdaus Abdul Rahman, a herpetologist at USM's School of Biological Sciences, said the hill covered less than 40 hectares and was partly inside a quarry concession.",
                "Mohd Firdaus Abdul Rahman",
                "said",
                "W",
            ),
            (
                "“If that hill goes, the species goes with it.",
                "Mohd Firdaus Abdul Rahman",
                "said",
                "",
            ),
            ("There is no second copy,” Firdaus said.", "Mohd Firdaus Abdul Rahman", "said", ""),
            (
                "Firdaus said the team first noticed the gecko in 2022, when a student photographed one on a cave wall.",
                "Mohd Firdaus Abdul Rahman",
                "said",
                "W",
            ),
            (
                "He said DNA tests suggested the gecko had been separated from its closest relative, on a hill 11 km away, for about three million years.",
                "Mohd Firdaus Abdul Rahman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Co-author Tan Soo Lin, a Perhilitan researcher, said the team had recommended that the species be listed as critically endangered.",
                "Tan Soo Lin",
                "said",
                "W",
            ),
            (
                "Tan said she hoped the state would protect the hill before the paper drew collectors to it.",
                "Tan Soo Lin",
                "said",
                "",
            ),
            (
                "Under the Wildlife Conservation Act 2010, the gecko is not yet a protected species.",
                "",
                "",
                "W",
            ),
            (
                "The paper's authors said the species' range should be surveyed again after the monsoon.",
                "The paper's authors",
                "said",
                "",
            ),
        ],
        [
            (
                "The quarry's operator, Kinta Limestone Industries Sdn. Bhd., said in an email that it had no plans to work the part of the hill where the geckos were found.",
                "Kinta Limestone Industries Sdn. Bhd.",
                "said in an email",
                "",
            ),
            (
                "It said its concession was first granted in 1996 and renewed in 2021.",
                "Kinta Limestone Industries Sdn. Bhd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Perak state government has gazetted 14 of the Kinta Valley's limestone hills as protected since 2020, according to the state forestry department.",
                "the state forestry department",
                "according to",
                "W",
            ),
        ],
        [
            ("Why do limestone hills have so many species found nowhere else?", "", "", ""),
        ],
        [
            (
                "Each hill is cut off by the flat land around it, so small animals that cannot cross the lowlands evolve separately, much as they would on an island in the sea.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Journal reference: Abdul Rahman MF, Tan SL, Lim KH, et al. A new species of Cyrtodactylus (Squamata: Gekkonidae) from an isolated karst hill in Perak, Peninsular Malaysia. Asian Herpetol Lett. 2026;9(4):211-229.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            ("Sains Fest 2026 comes to Penang on 5–6 December.", "", "", "B"),
            ("Register free on the festival website.", "", "", "B"),
        ],
        [
            ("ALSO THIS WEEK", "", "", "B"),
        ],
        [
            (
                "Haze: Malaysia has recorded 23 days this year on which at least one station showed an unhealthy Air Pollutant Index reading above 100, Department of Environment data show.",
                "Department of Environment data",
                "show",
                "W",
            ),
        ],
        [
            (
                "Mangroves: A study by researchers at Universiti Putra Malaysia found that the Matang mangroves in Perak store an average of 512 tonnes of carbon per hectare.",
                "A study by researchers at Universiti Putra Malaysia",
                "found",
                "W",
            ),
        ],
        [
            ("Sky: The Geminid meteor shower peaks on the night of December 13.", "", "", "W"),
            ("It is best seen after midnight, away from city lights.", "", "", ""),
        ],
        [
            ("That's all for this week.", "", "", "B"),
        ],
        [
            ("Enjoying Bench & Field?", "", "", "B"),
            ("Forward it to a friend.", "", "", "B"),
        ],
        [
            ("You're receiving this because you signed up for Bench & Field.", "", "", "B"),
        ],
        [
            ("Unsubscribe · Preferences", "", "", "B"),
        ],
        [
            (
                "The Warta Ledger Sdn. Bhd., Level 9, Menara Warta, Jalan Tun Razak, 50400 Kuala Lumpur",
                "",
                "",
                "B",
            ),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h99-pm-ends-before-capital",
        "The meeting finished at 7.45 p.m. Councillors will vote on the amended plan next month.",
        [
            "The meeting finished at 7.45 p.m.",
            "Councillors will vote on the amended plan next month.",
        ],
    ),
    (
        "h99-am-mid-sentence",
        "The alert was raised at 11:30 a.m. on Tuesday and lowered at dusk.",
        [
            "The alert was raised at 11:30 a.m. on Tuesday and lowered at dusk.",
        ],
    ),
    (
        "h99-rupees-with-point",
        "The minimum fare rises from Rs. 30 to Rs. 32. Long-distance fares rise by the same share.",
        [
            "The minimum fare rises from Rs. 30 to Rs. 32.",
            "Long-distance fares rise by the same share.",
        ],
    ),
    (
        "h99-dr-and-middle-initial",
        "Dr. Ama K. Mensah-Oduro led the trial. She said the results were due in March.",
        [
            "Dr. Ama K. Mensah-Oduro led the trial.",
            "She said the results were due in March.",
        ],
    ),
    (
        "h99-two-initials",
        "Retired clerk M. A. Perera said the change was fair.",
        [
            "Retired clerk M. A. Perera said the change was fair.",
        ],
    ),
    (
        "h99-no-designation",
        "The fire started in Warehouse No. 4 on Harbour Lane. Nobody was hurt.",
        [
            "The fire started in Warehouse No. 4 on Harbour Lane.",
            "Nobody was hurt.",
        ],
    ),
    (
        "h99-pty-ltd-ends-sentence",
        "The contract went to Kestrel Roofing (Pty) Ltd. The company has 40 employees.",
        [
            "The contract went to Kestrel Roofing (Pty) Ltd.",
            "The company has 40 employees.",
        ],
    ),
    (
        "h99-ltd-comma-mid-sentence",
        "Kestrel Roofing (Pty) Ltd., which won the contract, has 40 employees.",
        [
            "Kestrel Roofing (Pty) Ltd., which won the contract, has 40 employees.",
        ],
    ),
    (
        "h99-sdn-bhd-apposition",
        "The operator, Bukit Quarry Sdn. Bhd., said it had no plans to expand. It declined to say more.",
        [
            "The operator, Bukit Quarry Sdn. Bhd., said it had no plans to expand.",
            "It declined to say more.",
        ],
    ),
    (
        "h99-question-then-attribution",
        "“Who is going to pay for my fridge?” she asked.",
        [
            "“Who is going to pay for my fridge?” she asked.",
        ],
    ),
    (
        "h99-question-then-answer",
        "“Who pays? Nobody knows,” he said.",
        [
            "“Who pays?",
            "Nobody knows,” he said.",
        ],
    ),
    (
        "h99-exclamation-then-attribution",
        "“Not again!” a neighbour shouted from her porch.",
        [
            "“Not again!” a neighbour shouted from her porch.",
        ],
    ),
    (
        "h99-exclamation-then-new-sentence",
        "“Goal! What a finish,” the commentator said.",
        [
            "“Goal!",
            "What a finish,” the commentator said.",
        ],
    ),
    (
        "h99-ellipsis-before-lowercase",
        "“We waited… and waited, and nobody came,” she said.",
        [
            "“We waited… and waited, and nobody came,” she said.",
        ],
    ),
    (
        "h99-ellipsis-before-capital",
        "“I thought it was thunder… Then the roof came off,” he said.",
        [
            "“I thought it was thunder…",
            "Then the roof came off,” he said.",
        ],
    ),
    (
        "h99-nested-quote-ends",
        "“He told me, ‘Lock the gate.’ I never saw him again,” she said.",
        [
            "“He told me, ‘Lock the gate.’",
            "I never saw him again,” she said.",
        ],
    ),
    (
        "h99-parenthesis-full-sentence",
        "Turnout was 41 per cent. (The figure excludes postal votes.) Results are due on Friday.",
        [
            "Turnout was 41 per cent.",
            "(The figure excludes postal votes.)",
            "Results are due on Friday.",
        ],
    ),
    (
        "h99-currency-decimal-ends",
        "Shares closed at S$1.18. They have fallen 21 per cent this year.",
        [
            "Shares closed at S$1.18.",
            "They have fallen 21 per cent this year.",
        ],
    ),
    (
        "h99-decimals",
        "Inflation eased to 2.4% in May. Rents rose 6.1% over the year.",
        [
            "Inflation eased to 2.4% in May.",
            "Rents rose 6.1% over the year.",
        ],
    ),
    (
        "h99-time-with-dot-no-space",
        "Trains resumed at 10.15am and the line reopened fully at noon.",
        [
            "Trains resumed at 10.15am and the line reopened fully at noon.",
        ],
    ),
    (
        "h99-us-ends-sentence",
        "She trained for two years in the U.S. Her first job was in Durban.",
        [
            "She trained for two years in the U.S.",
            "Her first job was in Durban.",
        ],
    ),
    (
        "h99-street-abbreviations",
        "The stall on Mt. Pleasant Rd. near the clock tower closed early.",
        [
            "The stall on Mt. Pleasant Rd. near the clock tower closed early.",
        ],
    ),
    (
        "h99-etc-ends-sentence",
        "Vendors sell yams, plantain, ackee etc. Prices rose again this month.",
        [
            "Vendors sell yams, plantain, ackee etc.",
            "Prices rose again this month.",
        ],
    ),
    (
        "h99-eg-mid-sentence",
        "Some items, e.g. cooking gas and flour, are price-controlled.",
        [
            "Some items, e.g. cooking gas and flour, are price-controlled.",
        ],
    ),
    (
        "h99-semicolon-list",
        "The order bans three things: hosepipes; washing cars at home; filling pools.",
        [
            "The order bans three things: hosepipes; washing cars at home; filling pools.",
        ],
    ),
    (
        "h99-numbered-conditions",
        "The court set three conditions: (1) surrender his passport; (2) report twice a week; (3) avoid the witnesses.",
        [
            "The court set three conditions: (1) surrender his passport; (2) report twice a week; (3) avoid the witnesses.",
        ],
    ),
    (
        "h99-vs-mid-sentence",
        "The final, Royals vs. Tigers, kicks off at 4pm on Sunday.",
        [
            "The final, Royals vs. Tigers, kicks off at 4pm on Sunday.",
        ],
    ),
    (
        "h99-jr-ends-sentence",
        "The award went to Desmond Pryce Jr. He is the youngest winner in its history.",
        [
            "The award went to Desmond Pryce Jr.",
            "He is the youngest winner in its history.",
        ],
    ),
    (
        "h99-military-titles",
        "Lt. Col. Nadia Ramdial briefed reporters. She said two shelters were open.",
        [
            "Lt. Col. Nadia Ramdial briefed reporters.",
            "She said two shelters were open.",
        ],
    ),
    (
        "h99-approx-and-article",
        "The repairs will cost approx. P2.3 million. Work starts in May.",
        [
            "The repairs will cost approx. P2.3 million.",
            "Work starts in May.",
        ],
    ),
]
