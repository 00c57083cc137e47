"""Hundred-and-seventy-sixth set of new hand-labelled pages for the hint engines (tuning set, round sixty-one):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, from
twelve Asian countries in twelve GENRES where CHECK-WORTHINESS and SENTENCE SPLITS are the hard part,
one page per country and per genre, the pastes varied (desktop, phone, reader mode, AMP, print view,
text copied from a news app). The pages: an Indian newspaper's website on the DESKTOP (an exam-results
story: 94.56 per cent pass Tamil Nadu's Plus Two examinations, with a district table); a Pakistani
newspaper's website pasted from a PHONE (a cricket scorecard story: Multan's record chase in a
National T20 Cup final, with brief scores and an innings card); a Bangladeshi newspaper's AMP page (a
monsoon/flood bulletin: the Surma 62cm above danger level at Sunamganj and 4.6 lakh people marooned,
with a river-level table); a Sri Lankan business site in READER MODE (a central-bank decision: the
Overnight Policy Rate cut by 25 basis points to 7.50%, with a key-rates table); a Nepali English daily's
PRINT VIEW (an election-commission notice: by-elections on Baisakh 18, 2084, with five lettered points);
a Malaysian newspaper's APP, its article text shared (a transport fare change: rail fares up by as much
as 12.7% from June 1, with a fare table); a Singaporean newspaper's website on the DESKTOP (a court
verdict: a renovation firm director jailed five years and two months for cheating 46 home owners); a
Philippine newspaper's website on the DESKTOP (a crime report: three held and one hunted over a
P1.8-million pawnshop robbery in Mandaue); a Hong Kong financial daily's AMP page (a stock-exchange
report: the Hang Seng Index down 2.3% on a developer's profit warning, with a movers table); a Japanese
tech site in READER MODE (a tech product launch: a ¥79,800 folding e-paper tablet, with a spec box); a
South Korean English daily's website on the DESKTOP (a health advisory: an influenza epidemic advisory
at 12.4 per 1,000 outpatients); and a Myanmar news site pasted from a PHONE (an obituary: a novelist
and teacher dies at 87, with a life-in-brief box).

What is hard is telling statements of record from what sits beside them, sentence by sentence and
often inside one paragraph. Of record ("W"): figures, records and rankings given by bodies, officials,
companies and documents (pass percentages in lakh-style figures and centums, a record chase and a
record crowd, river levels, rainfall, marooned people, shelters and relief in crore and lakh, policy
and corridor rates, inflation, reserves, T-bill yields and the rupee, voters and past turnout, a
by-election budget, ridership, cost recovery and card payments, deposits, compensation and CaseTrust
complaints, firearms and cash recovered, robberies in a region, index closes, turnover, southbound
flows, Hibor and the HKMA's intervention, e-reader shipments and sales, flu rates, admissions and
vaccination coverage, an obituary's dates, books, reprints and awards); causal claims ("She attributed
the rise to evening coaching classes ...", "operating costs rose 41%, mainly because of higher
electricity tariffs ...", "the loss was mainly due to write-downs of HK$4.1 billion ..."); findings,
submissions and rulings (a District Judge's "found" and "wrote", the prosecution's "had argued", both
sides' sentencing asks, the compensation order); rules (exam-hall rules, re-totalling fees, playing
conditions, the Central Bank of Sri Lanka Act's target, the election code and the five lettered points
of a notice, concession rules, the maximum penalty for cheating, Republic Act No. 10591, a city
ordinance, the linked exchange rate system and the listing rules, free flu shots and an antiviral
rule); methodology (how a danger level and an epidemic threshold are set, the Central Bank's published
summaries); scheduled events set by those who run them (supplementary exams, results dates, a squad
announcement, a fixture, nominations and polling, a fare change at 6 a.m. on June 1, a surrender date,
results on March 24, preorders and sales dates, a memorial reading, a funeral); and prices (fees,
fares, parking, a flu shot and a test, a tablet and its stylus). Not worth checking (""): forecasts
("FFWC warns rivers ... will keep rising", "The BMD forecast", "The Board said inflation was expected
...", "He expected the economy to grow", "It said it expected office occupancy ... to improve", "The
institute expects", the KDCA's expected peak); targets and plans, even an official's or a company's
("The department wants every government school to reach 95 per cent by 2029", "the company aimed to
sell 300,000 units", a brokerage's index target, "A European launch is planned for next spring", a
writers' circle's hoped-for prize), and conditional ones ("“should hold” unless the Surma rose another
40 centimetres", "“if the trial in Kaski goes well”", "New dates would be announced once the water
receded"); advice ("warned students not to trust messages", "It advised people to drink only boiled
or purified water", "Case urged", "He urged pawnshops ...", "He urged people with a fever to stay
home"); opinions and characterisations ("“government schools are no longer the last choice of
parents”", "“no shortage of relief, only a shortage of boats”", "“a tax on people who have no car”",
"“overwhelmed, not dishonest”", "“crime does not pay in Central Visayas”", "“a book that finally
feels like a book”", "“brave”"); feelings, anecdotes and a person's own counts (a weaver's schooling,
a boatman's flooded house, a pensioner's deposit interest, a commuter's RM40, a victim's $27,800, an
investor's HK$4.80, a mother's count of absent classmates, the novelist's first 15 kyats); questions
in quotes and question subheads; scene-setting and captions that only describe; a general description
of symptoms; and data lines (scorecard rows, table rows). A quote or question may hold a figure used
as rhetoric ("“Who would have believed that a match-factory worker's daughter would get 598?”",
"“Why should we wait until inflation is at 5 per cent before we act?”", "“Aiya, another 17 per cent
gone!”"), "".

And where sentences end: abbreviations that END one before a capital ("pen etc." / "Mobile phones
..."; "until 5 p.m." / "The fee is ..."; "shortly after 10 a.m." / "Some parents ..."; "as of 9 a.m."
/ "The Jadukata ..."; "leave at 6 a.m." / "Journeys ..."; "at around 11 p.m." / "Recovered from them
..."; "at 3.10pm." / "Several of ..."; "Prasarana Malaysia Bhd." / "He said ..."; "Tap Laju Payments
Sdn. Bhd." / "The company said ..."; "Lau Homecraft Interior Pte. Ltd." / "Another 23 charges ...";
"Lanka Meridian Securities (Pvt) Ltd." / "The firm had forecast ..."; "Tai Hang Securities Ltd." /
"The brokerage ..."; "Nagano Micro Devices Inc." / "The same chip ..."; "Kamiyama Shoten Co., Ltd." /
"The distributor said ..."; "¥92,400 (tax incl.)." / "A stylus ..."; "the U.S." / "A European launch
..."; "completed an M.A." / "He then taught ..."; "Pvt. Ltd." / "All rights reserved."; "Pte. Ltd." /
"Co. Regn. No. 201934521K." / "All rights reserved.") and abbreviations that do not (titles and
honorifics "Dr.", "Tmt.", "Prof.", "Datuk Seri Dr.", "Police Lt. Col.", "Police Brig. Gen.", "Mr",
"Daw", "U"; "Md." in a Bangladeshi name; initials "K. Lakshmi Narayanan", "R. Harini Sowmya", "S. A.
Durrani", "F. U. H. Bhatti", "Jerome Neil T. Villacastin"; "Jr.," and "alias" in a list of suspects
held by semicolons; "at 9.30 a.m., said", "at around 2:15 p.m. posing", "at 10 a.m. on October 28";
"A.C. Cortes Ave. at", "A Sto. Niño image", "St. Columba's", "No. 16 of 2023,", "Republic Act No.
10591", "B.E.H.S. No. 2,", "a B.A. in", "Ltd. (1876) warned", "Co., Ltd. on Thursday", "approx. 312
grams", "ver. 3.1,", "e.g. between", "Nov. 28 to Dec. 4,", "a/l" in a Malaysian name); decimals,
overs, units and currencies ("7,95,712", "94.56 per cent", "Rs 275", "15.4 overs,", "19.4 overs.",
"Rs10 million", "Rs500,000", "62 centimetres", "Tk 1.5 crore", "4.6 lakh", "US$ 7.42 billion", "Rs.
297.85", "Rs 3.3 million", "RM6.20", "$812,450.60", "P1.8 million", "P212,500", ".45-caliber",
"19,842.17", "HK$142.6 billion", "HK$7.85", "¥79,800", "8.2-inch", "12.4 per 1,000", "30,000 won",
"($21-$31)", "15 kyats", "K5,000"); quotes ending in "?" or "!" before their attribution, one sentence
each ("... would get 598?” Harini Sowmya asked.", "“Appa, I cleared Maths!” shouted M. Dhanush, 17,
...", "“What can you do ...?” he asked.", "“Cheema, Cheema, one more six!” shouted a boy ...", "“...
this time, who knows?” he said.", "“Why should we wait ...?” he asked.", "“We pensioners always pay
for these cuts!” she said.", "“Why vote again ...?” asked Sarita Maharjan, ...", "“Why must the B40
pay ...?” asked Wong Kah Hoe, ...", "“Aiyo, everything also naik!” she said.", "“Naay holdap!” shouted
a fish vendor ...", "“Who wants to buy an office tower ...?” he asked.", "“It really does close like
a bunko!” said Haruto Mizuno, ...", "“Why do schools wait ...?” she asked.", "“Who will correct my
grammar now?” his daughter said, ...", and after a first sentence of the quote "How do you explain
that to a two-year-old?” she said."); ellipses before a lower-case word inside one sentence ("Class
8… he will", "watch… this one", "five days… this time", "prayed… I thought", "arms… it is", "every
year… and", "wait… and"); parentheses holding a full sentence, each its own sentence (mark
certificates, the danger level, the Central Bank's summaries, ward candidates' age, HKEX's Monday
opening, flu advisories since 2022), against brackets inside a sentence ("(Rs 305 for Biology, ...)",
"(97.41)", "(54)", "(1876)", "(tax incl.)", "(May 1, 2027)", "(April 4)", "($21-$31)"); semicolons that
never split (headlines, standfirsts, the Nepali notice's points, the suspects' list, a spec line); list
lines, one sentence each (five lettered points ending ";", ";", ";", "; and" and "."; spec and
timeline lines; score and table rows), and a scorecard line that does split ("Result: Multan won by
four wickets." / "Toss: Multan." / "Player of the match: A. N. Cheema.").

The pages hold 529 sentences: 140 "B", 236 "W" and 153 ""; 191 sentences carry a speaker (102
distinct speakers, page by page; 101 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of
paragraphs (a pasted page's lines, so every masthead, menu, strip, crumb, byline, date line, share
line, caption, credit, table row, list item, box label and legal line is a paragraph of its own,
except that a caption and a credit pasted in one line are two sentences of one paragraph); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says, never with a speaker; a caption by its content and
its credit "B"; tables pasted as lines with a "B" title, header row and source line and "" data rows;
headlines and standfirsts never split and flagged by content, their "says", "warns" or "urges"
carrying the source as the body first gives it; a dateline belongs to its lead sentence; a person is
named in full as first given, without titles or roles, and a pronoun, surname or role noun resolves
to that name; a quote over several sentences carries its speaker and cue in each; "according to X"
gives X as written, a bracketed acronym dropped; a channel phrase after the verb is part of the cue
("said in its daily bulletin", "said in a statement", "told a press conference", "told a briefing in
Cheongju", "told reporters") and a fronted one is not ("In its filing to the exchange, the developer
said"); a body acting with no verb of saying carries no speaker (the Monetary Board's cut, the
commission's announcement, the city's reward, the brokerage's target cut).

Conventions this set had to settle, in the same spirit:

* SHORT FORMS AND GENERIC NOUNS: an acronym, "It" or a short form that still names the body resolves
  to the name as first given, article and capital as written there ("the DGE" -> "the Directorate of
  Government Examinations", "the FFWC", "the BMD", "the PCB", "Case", "Apad", "HKEX", "the Central
  Bank" -> "the Central Bank of Sri Lanka", "Hoshizora" -> "Hoshizora Electronics Co., Ltd.", "It
  advised" -> "The Directorate General of Health Services", "it said" -> "The Election Commission");
  a single generic noun is kept as written ("the Directorate", "The Board", "the bank", "the
  commission", "The agency", "the agency", "the developer", "The institute", "The distributor", "the
  company", "The company"). "According to" a body's records or data keeps the records as written
  ("subject-wise statistics released by the Directorate", "Central Bank data", "Prasarana figures",
  "MCPO records", "the KDCA's laboratory surveillance", "Hong Kong Exchanges and Clearing data"), and
  "according to its publisher, Pan Wai Wai Books" gives the name.
* A TARGET written into LAW is a rule ("Under the Central Bank of Sri Lanka Act, No. 16 of 2023, the
  bank must keep inflation at 5 per cent ...", "W"); an official's aim is a plan ("The department
  wants ... 95 per cent by 2029", ""), and so is a company's sales target.
* A PROFIT WARNING for a finished year, filed with the exchange, is of record and carries the company
  ("... after Kai Tak Landmark Holdings Ltd. (1876) warned late on Thursday that it expected a net
  loss ... for 2026", cue "warned", "W"), while what it expects for the coming months is a forecast;
  a past forecast reported as an act ("The firm had forecast a hold in a note to clients on Monday.")
  is of record, "W", with no speaker.
* In a SENTENCING both sides' asks are of record ("He asked for at least six years' jail.", "He asked
  for a sentence of no more than 40 months.", cue "asked", "W"), the plea in mitigation is not
  ("“overwhelmed, not dishonest”", ""); the judge's reasons "The judge said" are "W".
* A NOTICE's lettered points are rules and scheduled events, "W" each with no speaker, under a "B"
  box label; security on polling day "will be mobilised on polling day" is a fixed arrangement, "W".
* SPEC CLAIMS by a maker ("the battery lasts up to six weeks", "The hinge has been tested for 200,000
  folds") are "W" with the maker as speaker; a spec box's lines are "W" like key findings, its label
  "B"; the maker's adjectives are "".
* In an OBITUARY the life, works, awards, survivors and funeral arrangements are "W"; tributes, the
  family's recollections and a line of his fiction are ""; the deceased speaks in his own anecdote
  ("He liked to tell visitors that ...", cue "liked to tell visitors") and in the line "he wrote"; a
  "LIFE IN BRIEF" box's timeline lines are "W".
* SCORECARDS: brief-score lines, batting rows, extras, total and fall of wickets are "" (data), and a
  result line holding three sentences splits into three; box titles and header rows are "B".
* Someone named only by place or role is kept as written ("her headmistress", cue "confirmed"; "a
  boy in the Multan enclosure"; "a fish vendor across the street"; "police"; "his family"; "The
  pawnshop's owner", who asked not to be named; "A Denkiya Sakura spokesperson"; "Leaders of the three
  largest parties"; "The agency's hospital surveillance network", cue "recorded").
* NAMES: Tamil initials are part of the name and "Tmt.", "Dr." and "Prof." are dropped ("K. Lakshmi
  Narayanan", "R. Harini Sowmya", "Harini Sowmya asked" resolving); Pakistani names in full as first
  given ("Khattak said" -> "Haris Mehmood Khattak"); "Md." is kept in a Bangladeshi name ("Md. Nazmul
  Huda Talukder"); Sri Lankan "Dr." dropped ("Dr. Atapattu said" -> "Ruwan Jayasundara Atapattu");
  Malaysian "Datuk Seri Dr." dropped and "a/l" kept ("Haris Fadzillah Abdul Rahman", "Haris
  Fadzillah told reporters" resolving; "Jeevan Raj a/l Muniandy"); Singaporean "District Judge",
  "Deputy Public Prosecutor" and "Mr" dropped, the Chinese given name kept ("Clarissa Ong Hui Shan",
  "Tan Yong Jie", "Mr Menon" -> "Rajan Pillai Menon"); Philippine "Police Lt. Col." and "Police Brig.
  Gen." dropped ("Reynaldo Sison Abellana", "Gerardo Ybañez Lim"); Hong Kong names with the hyphenated
  given name ("Cheung Man-kit", "Ivan Leung Chi-wai", "Chan Siu-lan"); Japanese names in given-family
  order as the site writes them, "President" dropped ("Ryunosuke Kanzaki"); Korean family name first,
  "KDCA Commissioner" and "Dr." dropped ("Jegal said" -> "Jegal Min-ho", "Seon Ha-rim"); Burmese "U",
  "Daw" and "Dr." dropped ("Myint Thein Aung", "Hnin Wut Yee", "Tin Tin Mya"), and "his daughter said"
  resolving to her.

Written from scratch for issue 13 in round sixty-one, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run (only the brief's structural check and ruff). What was read:
the brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; the module docstrings of
`labelled_new171.py` and `labelled_new172.py`, the `STYLES` and the head of the first page of
`labelled_new172.py`, five of its pages printed line by line with their labels, its per-page flag
counts, and the first cases of `CASES` in both files. Coined names were checked for freshness against
the capitalised words in the string constants of those two files: five outlet words ("Chronicle",
"Gazette", "Dispatch", "Ledger", "Herald") and six given-name parts ("Desmond", "Priya", "Saad",
"Hasan", "Pei", "Paul") that hit were replaced before the file was written; only common words, real
places and bodies still hit.

Every person, outlet, publisher, firm, brokerage, bank named as a firm, research institute, retailer,
distributor, alliance, writers' circle, school result, score, quote and figure is invented, and so is
every small institution (Lau Homecraft Interior Pte. Ltd., Tap Laju Payments Sdn. Bhd., Kai Tak
Landmark Holdings Ltd., Kandyan Commercial Bank PLC, Pan Wai Wai Books and the like). Real countries,
cities, towns, districts, upazilas, townships, barangays, streets, rivers, stadiums, exchanges,
indices, courts, ministries, agencies, boards, laws, schemes, parties and other public bodies appear
only as settings, with invented statements and figures: Chennai, Nungambakkam, Virudhunagar, Tiruppur,
Erode, Sivakasi, Madurai, Tiruvannamalai, Polur and the Directorate of Government Examinations;
Rawalpindi, Pindi Cricket Stadium, Murree Road, Vehari, Multan, Peshawar, Lahore, Karachi, the
National T20 Cup, the Quaid-e-Azam Trophy and the Pakistan Cricket Board; Dhaka, Sylhet, Sunamganj,
Moulvibazar, Companiganj, Gowainghat, Tahirpur, Kanaighat, Amalshid, Lorergarh, the Surma, Kushiyara,
Jadukata and Sari-Gowain, the Flood Forecasting and Warning Centre, the Bangladesh Meteorological
Department, the Bangladesh Water Development Board, the Ministry of Disaster Management and Relief, the
ISPR, the Directorate General of Health Services and the Sylhet Education Board; Colombo, Fort,
Kurunegala, the Central Bank of Sri Lanka and its Monetary Board, the Colombo Stock Exchange, the
University of Colombo and the Ceylon Chamber of Commerce; Kathmandu, Kantipath, Baneshwor, Kaski,
Pokhara, Saptari, Sanothimi, the Election Commission, the Home Ministry, the National Planning
Commission, the Janak Education Materials Centre and the Election Commission Act and House of
Representatives Member Election Act; Kuala Lumpur, Putrajaya, KL Sentral, Masjid Jamek, Kajang,
Bangsar, Bukit Bintang, Gombak, Putra Heights, Cheras, Ampang, the Land Public Transport Agency,
Prasarana Malaysia Bhd, Rapid KL and the My50 pass; Singapore, Tampines, the State Courts, the
Housing Board, the Consumers Association of Singapore and CaseTrust; Cebu, Mandaue City, Subangdaku,
Pagsabungan, A.C. Cortes Avenue, Lapu-Lapu City, the CPDRC, the Mandaue City Police Office, Police
Regional Office 7 and Republic Act No. 10591; Hong Kong, Kowloon East, Kwun Tong, Kowloon Bay, Mong
Kok, Hong Kong Exchanges and Clearing, the Hang Seng indices, Stock Connect, the Hong Kong Monetary
Authority and the Hong Kong Association of Banks; Tokyo and Shinagawa; Seoul, Mapo-gu, Cheongju,
Suwon, the Korea Disease Control and Prevention Agency and the Ministry of Education; and Yangon,
Sanchaung, Kamayut, North Okkalapa, Yayway Cemetery, Pyay, Hinthada, Shwedaung, Rangoon University,
the University of Yangon, the National Literary Award and the Press Scrutiny and Registration
Division.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Indian NEWSPAPER\'S WEBSITE (Chennai, Tamil Nadu), desktop browser paste, an EXAM-RESULTS STORY: 94.56 per cent pass the Plus Two examinations, girls ahead of boys, Virudhunagar first for a fifth year. Head: masthead, menu, a "Trending:" strip, crumb (all "B"); headline of record "W"; standfirst with a semicolon "..., says Directorate" ("W", carrying the Directorate as first given in the body); a byline/place/updated line and a follow line ("B"); a caption "" and its credit "B". Body: "CHENNAI:" lead with lakh-style figures "7,95,712" and "the Directorate of Government Examinations (DGE) announced" ("W", acronym dropped); "the DGE said" on a record since 2018 ("W"); girls and boys ("W"); the director ("Dr." dropped, initial kept, "K. Lakshmi Narayanan") with "at 9.30 a.m., said" mid-sentence ("W"); an inline "ALSO READ:" line ("B"); district ranking with bracketed decimals ("W"); the minister ("Tmt." dropped) with an opinion "", a figure and a causal claim "attributed" ("W") and a TARGET for 2029 (""); the rank-list practice since 2017 ("W"); a topper\'s mark "a figure her headmistress confirmed" ("W", speaker kept as written) and her QUESTION before "Harini Sowmya asked." and her hope (""); centums "according to subject-wise statistics released by the Directorate" ("W"); supplementary dates "the Directorate said" (generic kept, "W"); exam-hall rules with "etc." ENDING a sentence before "Mobile phones ..." (both "W"); re-totalling "until 5 p.m." ENDING a sentence before the fees, with "(Rs 305 for Biology, ...)" inside it, and a PARENTHESIS HOLDING A FULL SENTENCE on certificates (all "W"); the director\'s warning and advice quote (""); a professor ("Prof." dropped) with an opinion "" and a figure "pointed out" ("W"); a scene "after 10 a.m." ENDING a sentence (both ""); a pupil\'s EXCLAMATION "... shouted M. Dhanush, 17, ..." and his father\'s quote with an ELLIPSIS before "he" (""); a question subhead "" and the next results "the DGE said" ("W"); a district table (title, header and source "B", three rows ""). Tail: a published line, related label and one headline, a copyright line split at "Pvt. Ltd." before "All rights reserved." (all "B").',
    'Pakistani NEWSPAPER\'S WEBSITE (Lahore), PHONE BROWSER paste, a CRICKET SCORECARD STORY: Multan chase 188 to beat Peshawar in a National T20 Cup final, a record chase for a final. Head: a menu/masthead line and section label ("B"); headline of record "W"; a byline/published/updated line ("B"); a caption "" and its dash credit in one line ("B"). Body: "RAWALPINDI:" lead with the record ("W"); the previous record "the Pakistan Cricket Board (PCB) said" ("W"); Peshawar\'s innings and the bowler\'s figures ("W"); the opener\'s innings ("W"); a characterisation "" against the state of the chase "after 15.4 overs," ("W"); "in 19.4 overs." ENDING a sentence before "Gondal hit ..." (both "W"); a review and the playing-conditions rule ("W"); the losing captain ("Khattak said" resolving to the full name) with an opinion and a QUESTION before "he asked." (""); the player of the match with "told reporters" and an ELLIPSIS before "this" (""); the crowd "according to the stadium management" with a record ("W"); a boy\'s EXCLAMATION before "shouted a boy in the Multan enclosure" (one sentence, "", the group kept as written); prize money "the PCB said" and awards ("W"); the chief selector\'s opinion "" and a dated squad announcement ("W"); a question subhead "" and the next fixture ("W"). A BRIEF SCORES box (label "B"; two score lines with initials "S. A. Durrani", "F. U. H. Bhatti" and a result line split into three sentences "Result: ...", "Toss: Multan.", "Player of the match: A. N. Cheema.", all "") and the MULTAN INNINGS card (title and header "B"; eight batting rows, extras, total and fall of wickets with "(Awan, 4.3 ov)", all ""). Tail: a "Published in ..." line ("B").',
    'Bangladeshi NEWSPAPER\'S AMP PAGE (Dhaka), AMP paste, a MONSOON/FLOOD BULLETIN: the Surma 62cm above danger level at Sunamganj and 4.6 lakh people marooned in the Sylhet region. Head: the AMP domain, masthead, crumb (all "B"); headline with a semicolon, never split ("W"); standfirst "FFWC warns rivers ... will keep rising" (a forecast, "", carrying the centre as first given in the body); a correspondent/published/updated line and share line ("B"); a caption "" and its credit "B". Body: the level "at 9 a.m. on Friday," "the Flood Forecasting and Warning Centre (FFWC) said in its daily bulletin" (channel in the cue, "W"); a record since 2022 ("W") and stations "the FFWC said" ("W"); "as of 9 a.m." ENDING a sentence before "The Jadukata ..." (both "W"); rainfall "according to the Bangladesh Meteorological Department (BMD)" ("W"); the centre\'s and the BMD\'s forecasts (""); a PARENTHESIS HOLDING A FULL SENTENCE on how the danger level is set ("W"); marooned people "according to the district administrations" ("W"); the deputy commissioner ("Md." kept as part of the name) with shelters, cattle and schools ("W"); the ministry\'s allocation in crore and lakh ("W") and its senior secretary\'s characterisation (""); the army "the Inter Services Public Relations Directorate (ISPR) said" and deaths "police said" ("W"); the UNO (role dropped) on the road link ("W") and her quote (""); a boatman\'s anecdote and a quote with an ELLIPSIS and a QUESTION before "he said." (""); health teams ("W") and "It advised" (advice, "It" resolving to the directorate); postponed exams ("W") and a conditional "it said" (""); a question subhead ""; an engineer\'s conditional opinion "" and a breach ("W"); a river-level table (title, header and source "B", three rows with decimals ""). Tail: topics, related line, an editor/address line with "Dhaka-1215", a non-AMP link (all "B").',
    'Sri Lankan BUSINESS NEWS SITE (Colombo), READER-MODE paste, a CENTRAL-BANK DECISION: the Central Bank of Sri Lanka cuts the Overnight Policy Rate by 25 basis points to 7.50%. Head, as reader mode leaves it: domain ("B"), headline of record "W", byline, date line, reading-time line ("B"); standfirst "Governor says ...; next review on July 15" (semicolon kept, "W", carrying the governor named in the body). Body: the Monetary Board\'s decision (an act, no speaker, "W"); the corridor rates "the Central Bank said in a statement" (short form resolving to "the Central Bank of Sri Lanka", "W"); CCPI and core inflation ("W"); the STATUTORY TARGET under "the Central Bank of Sri Lanka Act, No. 16 of 2023," (a rule of law, "W"); "The Board said inflation was expected ..." (a forecast, "", generic kept); the governor ("Dr." dropped, "Dr. Atapattu said" resolving) with credit growth "told reporters" ("W"), an opinion and a QUESTION holding a figure (""), reserves "US$ 7.42 billion" ("W") and his growth forecast (""); the rupee at "Rs. 297.85" and "Rs. 301.20" ("W"); T-bill yields "the bank said" (generic kept, "W"); the share index ("W"); an analyst\'s opinion ENDING "Lanka Meridian Securities (Pvt) Ltd." before "The firm had forecast a hold in a note to clients on Monday." (a past act of record, "W"); an academic\'s opinion and quote (""); lending rates "according to Central Bank data" ("W"); a bank\'s dated rate cut ("W") and the Chamber\'s opinion and appeal (""); a pensioner\'s own figures and EXCLAMATION before "she said." (""); a PARENTHESIS HOLDING A FULL SENTENCE on published summaries ("W"); a question subhead ""; the governor\'s expectation "" and a figure ("W"); the next review and report dates ("W"); a key-rates table (title, header and source "B", three rows ""). Tail: a more-from line ("B").',
    'Nepali ENGLISH DAILY\'S PRINT VIEW (Kathmandu), an ELECTION-COMMISSION NOTICE: by-elections in Kathmandu-4, Kaski-2 and Saptari-3 and 11 ward chair posts on Baisakh 18, 2084. Head: the URL line, masthead, print/close line (all "B"); headline with a semicolon ("W"); a correspondent line and a published line with Bikram Sambat and Gregorian dates and "NPT" ("B"). Body: "KATHMANDU, March 11 —" lead with "(May 1, 2027)" (the commission\'s act, no speaker, "W"); why the seats fell vacant ("W"); the code of conduct "the commission said" (generic kept) and its rule ("W"); a scene (""); the notice\'s box (label "B") with FIVE LETTERED POINTS "(a)" to "(e)" ending ";", ";", ";", "; and" and "." with "from 10 am to 5 pm;" and "until Chaitra 14 (March 28); and" (each "W", no speaker); the Chief Election Commissioner "told a press conference" with voters and past turnout ("W"), his expected turnout and the reason for keeping the roll open (""); the budget "it said" resolving to "The Election Commission" ("W") and ballot printing ("W"); the fine under the Election Commission Act, 2073 and cancellation ("W"); security on polling day "the Home Ministry said" ("W") and "It said no constituency ..." (a characterisation, ""); the spokesperson\'s conditional hope "" and a machine trial ("W"); party leaders\' plans and an opposition member\'s opinion (""); a shopkeeper\'s QUESTION before "asked Sarita Maharjan, ..." and her plan (""); a question subhead "", eligibility under the House of Representatives Member Election Act, 2074, one seat each, a PARENTHESIS HOLDING A FULL SENTENCE on ward candidates\' age and the public holiday ("W"). Tail: tags, a copyright line split into two sentences, a printed-on line (all "B").',
    'Malaysian NEWSPAPER\'S APP, text copied from the app\'s article view and shared (Kuala Lumpur), a TRANSPORT FARE CHANGE: LRT, MRT and Monorail fares rise by up to 12.7% from June 1, the longest trips to RM6.20. Head: the app\'s back/text-size bar, section label ("B"); headline of record "W"; standfirst "..., says Apad" ("W", carrying the agency as first given); a capitalised byline, a date line with "MYT", a listen line ("B"); a caption "" and its dash credit "— Filepic" ("B"). Body: "KUALA LUMPUR:" lead "the Land Public Transport Agency (Apad) said" ("W"); the minimum fare and the first revision since 2019 ("W"); a causal claim "The agency said" (generic kept, "W"); the minister ("Datuk Seri Dr." dropped) with the subsidy ENDING "Prasarana Malaysia Bhd." before "He said fares covered only 38% ..." (both "W"); his quote "told reporters" and his hope for feeder buses (""); passes and concessions ("W"); ridership "according to Prasarana figures" ("W"); "Tap Laju Payments Sdn. Bhd." ENDING a sentence before "The company said ..." (both "W"); "e.g." mid-sentence and parking ("W"); "leave at 6 a.m." ENDING a sentence before the midnight rule (both "W"); a commuters\' alliance\'s characterisation "called" ("") and its coordinator ("a/l" kept in the name) with bus frequencies ("W"); an MP\'s QUESTION before "asked Wong Kah Hoe, ..." and his plan (""); a commuter\'s conditional figure and a Manglish EXCLAMATION before "she said." (""); a question subhead ""; a fare table (title, header and source "B", three rows ""); the fare list "by May 15" ("W"). Tail: a related line, the app\'s share line in two sentences and the link (all "B").',
    'Singaporean NEWSPAPER\'S WEBSITE, desktop browser paste, a COURT VERDICT AND SENTENCE: a renovation firm director is jailed five years and two months for cheating 46 home owners. Head: masthead, menu with subscribe/log-in, crumb (all "B"); headline of record "W"; a byline with role, an updated/published line, a gift/share line ("B"); a caption "" and its capitalised credit ("B"). Body: "SINGAPORE –" lead (the sentence, no speaker, "W"); the conviction ENDING "Lau Homecraft Interior Pte. Ltd." before "Another 23 charges ..." (both "W"); the District Judge ("District Judge" dropped) "found" and "wrote" ("W"); the DPP ("Deputy Public Prosecutor" dropped) "had argued" and "asked" for six years (a sentencing submission of record, "W"); the defence lawyer ("Mr" dropped) with a plea in mitigation ("") and his own ask for 40 months ("W"); the judge\'s reasons "The judge said" ("W"); the maximum penalty and the compensation order ("W"); a courtroom scene "at 3.10pm." ENDING a sentence before "Several of the victims ..." (both ""); a victim\'s anecdote with her own figure (""), and a two-sentence quote whose second sentence is a QUESTION before "she said." (""); complaints "according to the Consumers Association of Singapore (Case)" and "It recorded ..." ("W"); "Case urged" (advice, ""); the CaseTrust rule ("W"); a question subhead ""; liquidation and recoveries "Mr Menon said" ("W") and his advice with a quoted characterisation (""); bail, the appeal period and the surrender date ("W"). Tail: a Telegram line, more-on label and two headlines, a copyright line split at "Pte. Ltd." and at "Co. Regn. No. 201934521K." before "All rights reserved." (all "B").',
    'Philippine NEWSPAPER\'S WEBSITE (Cebu City), desktop browser paste, a CRIME REPORT: three men arrested and a fourth hunted over a P1.8-million pawnshop robbery in Mandaue City. Head: masthead, menu, a date line, crumb (all "B"); headline of record "W"; a byline with the initial "T." and time ("B"), share line ("B"); a caption "" and a bracketed capitalised credit ("B"). Body: a lead with a capitalised first word "POLICE" (no speaker, "W"); the city police chief ("Police Lt. Col." dropped) with "A.C. Cortes Ave." and "2:15 p.m." mid-sentence ("W"); his account over two sentences, "Abellana said" resolving ("W"); CCTV timing ("W"); a vendor\'s EXCLAMATION before "shouted a fish vendor across the street" (the group kept as written, "") and "A Sto. Niño image ..., police said." (a scene, ""); the arrests "at around 11 p.m." ENDING a sentence before "Recovered from them were two .45-caliber pistols, ..." (both "W"); suspects listed with semicolons, "alias" and "Jr.," in ONE sentence ("W"); the chief on a suspect\'s record and another investigation ("W"); the fourth suspect and the city\'s reward ("W"); complaints filed and "Republic Act No. 10591" ("W"); a cashier\'s feelings and a quote with an ELLIPSIS (""); the owner "who asked not to be named" on insurance ("W") and his plan (""); "according to MCPO records" (kept as written, "W") and regional robberies "according to Police Regional Office 7 (PRO-7)" ("W"); the regional director ("Police Brig. Gen." dropped) with an opinion and advice (""); a question subhead "", the city ordinance and "The shop had both, Abellana said." ("W"). Tail: tags, related label and one headline, a copyright line split before "All Rights Reserved. | Privacy Policy | Contact Us" (all "B").',
    'Hong Kong FINANCIAL DAILY\'S AMP PAGE, AMP paste, a STOCK-EXCHANGE REPORT: the Hang Seng Index slides 2.3% to 19,842.17 as developers sink on a profit warning. Head: the AMP domain, masthead, crumb (all "B"); headline and a standfirst with a semicolon, both of record ("W"); a byline/time line and share line ("B"). Body: the index close with decimals and a record low since November ("W"); other indices and the week ("W"); turnover "according to Hong Kong Exchanges and Clearing (HKEX) data" (acronym dropped, "W"); a PROFIT WARNING for a finished year with "Ltd. (1876) warned" mid-sentence (the company as speaker, "W"); "the developer said" with a fronted channel and a causal claim ("W") against "It said it expected ..." (a forecast, "It" resolving to the firm, ""); share moves with stock codes in brackets ("W"); southbound flows ("W"); Hibor "according to the Hong Kong Association of Banks" ("W"); the HKMA\'s intervention ("W") and the peg rule ("W"); an analyst\'s opinion ENDING "Tai Hang Securities Ltd." before "The brokerage cut its year-end target ..." (a forecast with no verb of saying, no speaker, ""); a strategist\'s expectation and QUESTION (""); the results date ("W"); a retired investor\'s anecdote and EXCLAMATION (""); mainland indices ("W"); a question subhead "", the disclosure rule ("W") and a PARENTHESIS HOLDING A FULL SENTENCE "(HKEX said ... at 9.30am on Monday ...)" ("W", the exchange as speaker); a movers table (title, header and source with "4.10pm" "B", three rows ""). Tail: more-markets label and one headline, a copyright line split at "Ltd." before "All rights reserved.", a full-site link (all "B").',
    'Japanese TECH NEWS SITE (Tokyo), READER-MODE paste, a TECH PRODUCT LAUNCH: Hoshizora Electronics unveils a ¥79,800 folding e-paper tablet, on sale November 14. Head, as reader mode leaves it: domain ("B"), headline of record "W", byline, date, reading time ("B"); standfirst "Company says ...; preorders open October 28" ("W", carrying the company as first given with "Co., Ltd."). Body: "TOKYO —" lead with "Co., Ltd. on Thursday" mid-sentence (an act, "W"); sale and preorder dates "at 10 a.m. on October 28, the company said" ("W"); specs with a semicolon and "approx." and "ver. 3.1" mid-sentence ("W"); the battery claim "Hoshizora said" (short form resolving) and the hinge test ("W"); "¥92,400 (tax incl.)." ENDING a sentence before the accessory prices (both "W"); "Nagano Micro Devices Inc." ENDING a sentence before "The same chip ..." (both "W"); the president ("President" dropped) "called" and a quote (""); his sales TARGET ("") against last year\'s sales ("W"); "the U.S." ENDING a sentence before "A European launch is planned ..." ("W", then a plan ""); a scene (""); an attendee\'s EXCLAMATION before "said Haruto Mizuno, 29, ..." (""); shipments "according to Shinonome Research Institute, a Tokyo market research firm" ("W") and "The institute expects" (""); an analyst "called" ("") and her figure ("W") and QUESTION (""); a retailer\'s spokesperson with registrations ("W"); a question subhead ""; the catalogue ENDING "Kamiyama Shoten Co., Ltd." before "The distributor said ..." (both "W"); the warranty ("W"); an at-a-glance box (label "B", four spec lines "W" with "approx." and "tax incl."). Tail: a related line and the article link ("B").',
    'South Korean ENGLISH DAILY\'S WEBSITE (Seoul), desktop browser paste, a HOSPITAL/HEALTH ADVISORY: the KDCA issues an influenza epidemic advisory as flu-like cases reach 12.4 per 1,000 outpatients. Head: masthead, menu with a Korean-language link, crumb (all "B"); headline of record "W"; standfirst "Health agency urges ..." (advice, "", carrying the agency as first given); byline, a "Published : Dec. 10, 2027 - 15:21" line, a text-size/print/share line ("B"); a caption "" and a bracketed credit ("B"). Body: the lead with "Nov. 28 to Dec. 4," mid-sentence "the Korea Disease Control and Prevention Agency said" ("W"); the threshold and how it is set (methodology, "W"); rates by age "the agency said" and the earliest advisory since 2016-17 ("W"); admissions "The agency\'s hospital surveillance network ... recorded" ("W"); strains "A(H3N2)" and "A(H1N1)pdm09" "according to the KDCA\'s laboratory surveillance" ("W"); the commissioner ("KDCA Commissioner" dropped, "Jegal said") "told a briefing in Cheongju" ("W"), his advice, urging and forecast (""); free shots until April 30 and coverage ("W"); a price range "($21-$31)" ("W"); the antiviral rule ("W"); a pediatrician ("Dr." dropped) at "St. Columba\'s Children\'s Hospital" with ER numbers ("W") and a quote with an ELLIPSIS (""); a mother\'s own count and QUESTION (""); the attendance rule "the Ministry of Education said" ("W"); a PARENTHESIS HOLDING A FULL SENTENCE on advisories since 2022 ("W"); a question subhead "", the agency\'s symptom description (general information, "") and the price of a combined test ("W"). Tail: a most-popular list with numbers on their own lines, a copyright line split at "Courant." (all "B").',
    'Myanmar NEWS SITE (Yangon), PHONE BROWSER paste, an OBITUARY: the novelist and teacher U Myint Thein Aung dies at 87. Head: a menu/masthead line, a language line, section label (all "B"); headline of record "W" (honorific "U" in the text); a standfirst that only characterises (""); byline/date line and a listen line ("B"); a caption "" and its credit "B". Body: "YANGON —" lead "his family said" ("W", kept as written) and "He was 87." ("W"); the cause "his daughter, Daw Hnin Wut Yee, said" ("Daw" dropped, "W"); his life with "a B.A. in Burmese literature in 1961." mid-sentence, "In 1964 he completed an M.A." ENDING a sentence before "He then taught ...", and "B.E.H.S. No. 2, Kamayut." (all "W"); his books and translations ("W"); reprints "according to its publisher, Pan Wai Wai Books" (descriptor dropped, "W") and awards ("W"); his own anecdote "He liked to tell visitors that ..." (the deceased as speaker, ""); censorship ("W"); a line of his novel with an ELLIPSIS "he wrote" (""); a former pupil\'s two-sentence quote with an ELLIPSIS, cue in the second ("", both); a colleague ("Dr." dropped) with an opinion "" and a syllabus fact ("W"); the family\'s anecdote (""); the daughter\'s QUESTION before "his daughter said, ..." (""); his last book ("W"); the writers\' circle\'s dated memorial ("W") and its hope (""); survivors ("W"); alms, the funeral "on Sunday at 1 p.m." and visiting days ("W"); a LIFE IN BRIEF box (label "B", five timeline lines "W" with "B.A.," and "M.A.;" mid-line). Tail: share line, related line, a membership appeal in two sentences with "K5,000", a copyright line with "Co., Ltd." (all "B").',
]

ARTICLES = [
    [
        [
            ("THE COROMANDEL SENTINEL", "", "", "B"),
        ],
        [
            (
                "Home  Chennai  Tamil Nadu  India  World  Business  Sport  Education  Opinion  Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Trending: TN HSC Result 2027 | NEET UG | Monsoon Watch | Chennai Metro Phase II",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home / Education / Results", "", "", "B"),
        ],
        [
            (
                "TN Plus Two results: pass percentage rises to 94.56, girls ahead of boys by 4.11 points",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Virudhunagar tops the district list for a fifth year; 2,471 schools record a 100% pass, says Directorate",
                "the Directorate of Government Examinations",
                "says",
                "W",
            ),
        ],
        [
            ("S. Meenakshi Sundaram | Chennai | Updated: May 07, 2027 16:48 IST", "", "", "B"),
        ],
        [
            ("Follow us on Google News | Join our WhatsApp Channel", "", "", "B"),
        ],
        [
            (
                "Students of the Government Girls' Higher Secondary School in Tiruvannamalai check their marks on a mobile phone on Friday.",
                "",
                "",
                "",
            ),
            ("Photo: R. Senthil Kumar", "", "", "B"),
        ],
        [
            (
                "CHENNAI: Of the 7,95,712 students who wrote the Higher Secondary (Plus Two) examinations in March, 7,52,418, or 94.56 per cent, have passed, the Directorate of Government Examinations (DGE) announced on Friday.",
                "the Directorate of Government Examinations",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The pass percentage was 94.03 last year, and this year's figure is the highest since the State moved to the present 600-mark pattern in 2018, the DGE said.",
                "the Directorate of Government Examinations",
                "said",
                "W",
            ),
        ],
        [
            ("Girls recorded a pass percentage of 96.52 against 92.41 for boys.", "", "", "W"),
        ],
        [
            (
                "Director of Government Examinations Dr. K. Lakshmi Narayanan, who released the results at the DGE office in Nungambakkam at 9.30 a.m., said 2,471 schools had recorded a 100 per cent pass, 397 of them government schools.",
                "K. Lakshmi Narayanan",
                "said",
                "W",
            ),
        ],
        [
            ("ALSO READ: NEET UG 2027 admit cards to be released on May 15", "", "", "B"),
        ],
        [
            (
                "Virudhunagar topped the district table with 97.86 per cent, followed by Tiruppur (97.41) and Erode (97.20).",
                "",
                "",
                "W",
            ),
            ("It is the fifth year in a row that Virudhunagar has finished first.", "", "", "W"),
        ],
        [
            (
                "School Education Minister Tmt. A. Thirunavukkarasi, who congratulated the students in a video message, said the results showed that “government schools are no longer the last choice of parents.”",
                "A. Thirunavukkarasi",
                "said",
                "",
            ),
        ],
        [
            (
                "The pass percentage in government schools was 91.88, up from 89.20 in 2026, she said.",
                "A. Thirunavukkarasi",
                "said",
                "W",
            ),
            (
                "She attributed the rise to evening coaching classes started in 1,150 government schools last July.",
                "A. Thirunavukkarasi",
                "attributed",
                "W",
            ),
            (
                "The department wants every government school to reach 95 per cent by 2029, she said.",
                "A. Thirunavukkarasi",
                "said",
                "",
            ),
        ],
        [
            (
                "The DGE has not published a rank list since 2017, when it dropped the practice to ease pressure on students.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Even so, word spread quickly that R. Harini Sowmya of a government-aided school in Sivakasi had scored 598 out of 600, a figure her headmistress confirmed.",
                "her headmistress",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "“Who would have believed that a match-factory worker's daughter would get 598?” Harini Sowmya asked.",
                "R. Harini Sowmya",
                "asked",
                "",
            ),
            ("She said she hoped to study medicine in Madurai.", "R. Harini Sowmya", "said", ""),
        ],
        [
            (
                "A total of 1,486 students scored a centum in Computer Science, 1,102 in Commerce and 711 in Mathematics, according to subject-wise statistics released by the Directorate.",
                "subject-wise statistics released by the Directorate",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Supplementary examinations for students who failed or were absent will be held from June 23 to July 2, and hall tickets can be downloaded from June 16, the Directorate said.",
                "the Directorate",
                "said",
                "W",
            ),
        ],
        [
            (
                "Candidates must bring the hall ticket, a photo identity card, a blue or black ball-point pen etc.",
                "",
                "",
                "W",
            ),
            (
                "Mobile phones and smart watches are not allowed in the examination hall.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Students can apply through their schools for a photocopy of an answer script, or for re-totalling, from May 12 to May 17 until 5 p.m.",
                "",
                "",
                "W",
            ),
            (
                "The fee is Rs 275 per subject for a photocopy and Rs 205 per paper for re-totalling (Rs 305 for Biology, which has two parts).",
                "",
                "",
                "W",
            ),
            (
                "(Original mark certificates will be issued through the schools from May 22.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr. Lakshmi Narayanan warned students not to trust messages on social media offering to raise marks “on payment.”",
                "K. Lakshmi Narayanan",
                "warned",
                "",
            ),
            (
                "“Please do not fall for these messages, and please do not panic if one mark looks wrong,” he said.",
                "K. Lakshmi Narayanan",
                "said",
                "",
            ),
        ],
        [
            (
                "Prof. N. Kalaiselvan, a former vice-chancellor who sits on the State's curriculum review committee, said the rising pass rate “tells us more about the question papers than about what children have learnt.”",
                "N. Kalaiselvan",
                "said",
                "",
            ),
            (
                "He pointed out that 10.6 per cent of students had failed the Plus One examination last year, almost twice the Plus Two failure rate.",
                "N. Kalaiselvan",
                "pointed out",
                "W",
            ),
        ],
        [
            (
                "At the Government Boys' Higher Secondary School in Polur, students crowded round the noticeboard as teachers pinned up printouts shortly after 10 a.m.",
                "",
                "",
                "",
            ),
            ("Some parents had come straight from the fields.", "", "", ""),
        ],
        [
            (
                "“Appa, I cleared Maths!” shouted M. Dhanush, 17, running towards his father at the gate.",
                "M. Dhanush",
                "shouted",
                "",
            ),
            (
                "“I studied only till Class 8… he will go to college,” said the father, K. Murugesan, a handloom weaver.",
                "K. Murugesan",
                "said",
                "",
            ),
        ],
        [
            ("When are the Class 10 and Class 11 results?", "", "", ""),
        ],
        [
            (
                "The Class 11 (Plus One) results will be released on May 14 and the SSLC (Class 10) results on May 19, the DGE said.",
                "the Directorate of Government Examinations",
                "said",
                "W",
            ),
        ],
        [
            ("TOP THREE DISTRICTS", "", "", "B"),
        ],
        [
            ("Rank | District | Pass %", "", "", "B"),
        ],
        [
            ("1 | Virudhunagar | 97.86", "", "", ""),
        ],
        [
            ("2 | Tiruppur | 97.41", "", "", ""),
        ],
        [
            ("3 | Erode | 97.20", "", "", ""),
        ],
        [
            ("Source: Directorate of Government Examinations", "", "", "B"),
        ],
        [
            ("Published - May 07, 2027 11:02 am IST", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Plus Two supplementary exam: how to apply, fees and key dates", "", "", "B"),
        ],
        [
            ("© 2027 Coromandel Sentinel Publications Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  THE RAVI OBSERVER  🔍", "", "", "B"),
        ],
        [
            ("SPORT", "", "", "B"),
        ],
        [
            ("Cheema's 81 carries Multan to record chase in National T20 Cup final", "", "", "W"),
        ],
        [
            ("Umer Mustafa Kazmi | Published May 4, 2027 | Updated about 6 hours ago", "", "", "B"),
        ],
        [
            (
                "Multan opener Ammar Naveed Cheema pulls a delivery during the final at Pindi Cricket Stadium on Monday.",
                "",
                "",
                "",
            ),
            ("— Photo courtesy PCB", "", "", "B"),
        ],
        [
            (
                "RAWALPINDI: Multan chased down 188 with two balls to spare on Monday night to beat Peshawar by four wickets in the National T20 Cup final, the highest successful chase in a final of the tournament.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The previous record was 176 by Lahore in 2019, the Pakistan Cricket Board (PCB) said.",
                "the Pakistan Cricket Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Put in to bat, Peshawar made 187-6, built on a 98-run stand for the second wicket between Shahzaib Arif Durrani (54) and captain Haris Mehmood Khattak (41).",
                "",
                "",
                "W",
            ),
            (
                "Left-arm spinner Faizan Ul Haq Bhatti took 3-29 in his four overs for Multan.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opener Cheema made 81 off 44 balls, with seven fours and four sixes, before he was caught at long-on in the 17th over.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("For a while Peshawar looked the likelier winners.", "", "", ""),
            ("Multan were 142-5 after 15.4 overs, needing 46 from 26 balls.", "", "", "W"),
        ],
        [
            (
                "Wicketkeeper Talha Rasheed Gondal then made 31 not out from 15 balls, and Multan got home in 19.4 overs.",
                "",
                "",
                "W",
            ),
            (
                "Gondal hit the winning boundary off the fourth ball of the final over, bowled by Mohsin Wali Afridi.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Gondal survived an lbw decision on review in the 18th over when ball-tracking showed the ball missing leg stump.",
                "",
                "",
                "W",
            ),
            (
                "Under the tournament's playing conditions, each side is allowed two unsuccessful reviews per innings.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We were 15 or 20 short on that pitch, and then we dropped Cheema on 12,” Khattak said.",
                "Haris Mehmood Khattak",
                "said",
                "",
            ),
            (
                "“What can you do when a man hits the ball like that?” he asked.",
                "Haris Mehmood Khattak",
                "asked",
                "",
            ),
        ],
        [
            (
                "Cheema, 23, told reporters he had “never seen the ball look so big.”",
                "Ammar Naveed Cheema",
                "told reporters",
                "",
            ),
            (
                "“My father drove from Vehari to watch… this one is for him,” he said.",
                "Ammar Naveed Cheema",
                "said",
                "",
            ),
        ],
        [
            (
                "The crowd was 14,200, according to the stadium management, the largest for a domestic match at the ground since it was renovated in 2022.",
                "the stadium management",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“Cheema, Cheema, one more six!” shouted a boy in the Multan enclosure as the opener walked out after the innings break.",
                "a boy in the Multan enclosure",
                "shouted",
                "",
            ),
        ],
        [
            (
                "Multan receive Rs10 million and Peshawar Rs5 million, the PCB said.",
                "the Pakistan Cricket Board",
                "said",
                "W",
            ),
            (
                "Cheema also collected Rs500,000 as player of the match, and Bhatti Rs300,000 as the tournament's leading wicket-taker, with 17 wickets.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief selector Zafar Iqbal Chaudhry, who watched from the pavilion, said several young players had “put their hands up” for the Shaheens' tour of Sri Lanka.",
                "Zafar Iqbal Chaudhry",
                "said",
                "",
            ),
            (
                "He said the 16-man squad would be announced on Thursday.",
                "Zafar Iqbal Chaudhry",
                "said",
                "W",
            ),
        ],
        [
            ("What next for the champions?", "", "", ""),
        ],
        [
            (
                "Multan open their Quaid-e-Azam Trophy campaign against Karachi Whites at the Multan Cricket Stadium on May 21.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("BRIEF SCORES", "", "", "B"),
        ],
        [
            (
                "Peshawar 187-6 in 20 overs (S. A. Durrani 54, H. M. Khattak 41; F. U. H. Bhatti 3-29)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Multan 190-6 in 19.4 overs (A. N. Cheema 81, T. R. Gondal 31*; M. W. Afridi 2-33)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Result: Multan won by four wickets.", "", "", ""),
            ("Toss: Multan.", "", "", ""),
            ("Player of the match: A. N. Cheema.", "", "", ""),
        ],
        [
            ("MULTAN INNINGS", "", "", "B"),
        ],
        [
            ("Batter | How out | R | B", "", "", "B"),
        ],
        [
            ("A. N. Cheema | c Khan b Afridi | 81 | 44", "", "", ""),
        ],
        [
            ("S. I. Awan | c Durrani b Qazi | 22 | 19", "", "", ""),
        ],
        [
            ("J. S. Lodhi | run out (Khattak) | 17 | 14", "", "", ""),
        ],
        [
            ("B. A. Sheikh | c Afridi b Yousafzai | 9 | 8", "", "", ""),
        ],
        [
            ("D. R. Malik | b Afridi | 4 | 5", "", "", ""),
        ],
        [
            ("H. T. Warraich | lbw b Qazi | 10 | 7", "", "", ""),
        ],
        [
            ("T. R. Gondal | not out | 31 | 15", "", "", ""),
        ],
        [
            ("F. U. H. Bhatti | not out | 6 | 6", "", "", ""),
        ],
        [
            ("Extras (lb 3, w 6, nb 1) | 10", "", "", ""),
        ],
        [
            ("Total (6 wkts, 19.4 ov) | 190", "", "", ""),
        ],
        [
            (
                "Fall of wickets: 1-41 (Awan, 4.3 ov), 2-77, 3-104, 4-131, 5-142, 6-171 (Cheema, 16.5 ov)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Published in The Ravi Observer, May 5th, 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("padmasentinel.com.bd", "", "", "B"),
        ],
        [
            ("THE PADMA SENTINEL", "", "", "B"),
        ],
        [
            ("Home › Bangladesh › Environment", "", "", "B"),
        ],
        [
            (
                "Surma 62cm above danger level at Sunamganj; 4.6 lakh people marooned in Sylhet region",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "FFWC warns rivers in the northeast will keep rising for another 48 hours",
                "the Flood Forecasting and Warning Centre",
                "warns",
                "",
            ),
        ],
        [
            (
                "Staff Correspondent, Sylhet | Published: 18 Jun 2027, 11:20 AM | Updated: 18 Jun 2027, 06:05 PM",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Messenger", "", "", "B"),
        ],
        [
            (
                "Residents of Companiganj upazila wade through knee-deep water to reach a shelter on Friday morning.",
                "",
                "",
                "",
            ),
            ("Photo: Abu Sayeed Khandaker", "", "", "B"),
        ],
        [
            (
                "The Surma was flowing 62 centimetres above the danger level at Sunamganj town at 9 a.m. on Friday, the Flood Forecasting and Warning Centre (FFWC) said in its daily bulletin.",
                "the Flood Forecasting and Warning Centre",
                "said in its daily bulletin",
                "W",
            ),
        ],
        [
            ("It was the highest reading at the station since June 2022.", "", "", "W"),
            (
                "Rivers were above danger level at 19 of the 110 stations the centre monitors, up from 14 on Thursday, the FFWC said.",
                "the Flood Forecasting and Warning Centre",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Kushiyara at Amalshid was 41cm above danger level and still rising as of 9 a.m.",
                "",
                "",
                "W",
            ),
            ("The Jadukata at Lorergarh had fallen 18cm since Thursday.", "", "", "W"),
        ],
        [
            (
                "Sylhet recorded 238 millimetres of rain in the 24 hours to 6 a.m. on Friday, according to the Bangladesh Meteorological Department (BMD).",
                "the Bangladesh Meteorological Department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The FFWC said the Surma, Kushiyara and Sari-Gowain were likely to keep rising until Sunday and could flood low-lying parts of Sylhet city.",
                "the Flood Forecasting and Warning Centre",
                "said",
                "",
            ),
            (
                "The BMD forecast heavy to very heavy rain in the Sylhet and Mymensingh divisions over the weekend.",
                "the Bangladesh Meteorological Department",
                "forecast",
                "",
            ),
        ],
        [
            (
                "(The FFWC sets a river's danger level at the height above which it is likely to damage crops and homes along its banks.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 4.6 lakh people were marooned in 38 upazilas of Sylhet, Sunamganj and Moulvibazar, according to the district administrations.",
                "the district administrations",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Sunamganj Deputy Commissioner Md. Nazmul Huda Talukder said 612 flood shelters had been opened in the district, housing 38,450 people and about 9,000 head of cattle.",
                "Md. Nazmul Huda Talukder",
                "said",
                "W",
            ),
            (
                "He said 214 primary schools were being used as shelters and would remain closed until further notice.",
                "Md. Nazmul Huda Talukder",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Disaster Management and Relief said it had allocated Tk 1.5 crore in cash, 600 tonnes of rice and 12,000 packets of dry food to the three districts.",
                "The Ministry of Disaster Management and Relief",
                "said",
                "W",
            ),
            ("That is on top of Tk 50 lakh released on Wednesday.", "", "", "W"),
        ],
        [
            (
                "Kamrul Ahsan Chowdhury, the ministry's senior secretary, said there was “no shortage of relief, only a shortage of boats.”",
                "Kamrul Ahsan Chowdhury",
                "said",
                "",
            ),
        ],
        [
            (
                "Army personnel were deployed in Companiganj and Gowainghat upazilas on Thursday night at the request of the district administration, the Inter Services Public Relations Directorate (ISPR) said.",
                "the Inter Services Public Relations Directorate",
                "said",
                "W",
            ),
        ],
        [
            (
                "Three people have died since Tuesday, two of them children who drowned in Tahirpur upazila, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tahirpur Upazila Nirbahi Officer (UNO) Shirin Sultana Reza said the upazila's only road link to the district town had been under water since Wednesday.",
                "Shirin Sultana Reza",
                "said",
                "W",
            ),
            (
                "“We are using boats for everything — food, medicine, even to take a pregnant woman to the health complex,” she said.",
                "Shirin Sultana Reza",
                "said",
                "",
            ),
        ],
        [
            (
                "Abdul Kadir Mia, 56, a boatman in Companiganj, said he had moved his family to a school on Thursday after water entered his tin-roofed house for the second time in three years.",
                "Abdul Kadir Mia",
                "said",
                "",
            ),
            (
                "“In 2024 the water left after five days… this time, who knows?” he said.",
                "Abdul Kadir Mia",
                "said",
                "",
            ),
        ],
        [
            (
                "The Directorate General of Health Services said 146 medical teams were working in the three districts, and 1,208 people had been treated for diarrhoea since Sunday.",
                "The Directorate General of Health Services",
                "said",
                "W",
            ),
            (
                "It advised people to drink only boiled or purified water.",
                "The Directorate General of Health Services",
                "advised",
                "",
            ),
        ],
        [
            (
                "The Sylhet Education Board said HSC examinations scheduled for June 26 and June 29 had been postponed in the division.",
                "The Sylhet Education Board",
                "said",
                "W",
            ),
            (
                "New dates would be announced once the water receded, it said.",
                "The Sylhet Education Board",
                "said",
                "",
            ),
        ],
        [
            ("Is Sylhet city at risk?", "", "", ""),
        ],
        [
            (
                "Kamrul Islam Patwary, executive engineer of the Bangladesh Water Development Board's Sylhet office, said the city's embankments “should hold” unless the Surma rose another 40 centimetres.",
                "Kamrul Islam Patwary",
                "said",
                "",
            ),
            (
                "He said 1.8 km of embankment at Kanaighat had been breached on Wednesday night.",
                "Kamrul Islam Patwary",
                "said",
                "W",
            ),
        ],
        [
            ("RIVER LEVELS, 9 A.M. FRIDAY", "", "", "B"),
        ],
        [
            ("Station | River | Level (m) | Danger level (m) | Above danger", "", "", "B"),
        ],
        [
            ("Sunamganj | Surma | 8.62 | 8.00 | 62cm", "", "", ""),
        ],
        [
            ("Sylhet | Surma | 11.02 | 10.80 | 22cm", "", "", ""),
        ],
        [
            ("Amalshid | Kushiyara | 16.26 | 15.85 | 41cm", "", "", ""),
        ],
        [
            ("Source: FFWC, Bangladesh Water Development Board", "", "", "B"),
        ],
        [
            ("Topics: Flood · Sylhet · Sunamganj · Weather", "", "", "B"),
        ],
        [
            ("Related: Flash floods damage boro paddy in haors as harvest nears end", "", "", "B"),
        ],
        [
            (
                "The Padma Sentinel | Editor: Mahfuza Rahman Chowdhury | 41 Kazi Nazrul Islam Avenue, Dhaka-1215",
                "",
                "",
                "B",
            ),
        ],
        [
            ("View non-AMP version", "", "", "B"),
        ],
    ],
    [
        [
            ("lankawire.lk", "", "", "B"),
        ],
        [
            (
                "CBSL cuts policy rate by 25 basis points to 7.50% as inflation stays below target",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Dilrukshi Fonseka", "", "", "B"),
        ],
        [
            ("Thursday, 20 May 2027", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            (
                "Governor says private-sector credit grew 18.6% in the year to March; next review on July 15",
                "Ruwan Jayasundara Atapattu",
                "says",
                "W",
            ),
        ],
        [
            (
                "The Monetary Board of the Central Bank of Sri Lanka (CBSL) on Wednesday reduced the Overnight Policy Rate (OPR) by 25 basis points to 7.50 per cent, its first cut since November 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Standing Deposit Facility Rate and the Standing Lending Facility Rate, which are set 50 basis points either side of the OPR, were lowered to 7.00 per cent and 8.00 per cent, the Central Bank said in a statement.",
                "the Central Bank of Sri Lanka",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Headline inflation, measured by the Colombo Consumer Price Index (CCPI), was 3.8 per cent year-on-year in April, down from 4.4 per cent in March.",
                "",
                "",
                "W",
            ),
            ("Core inflation eased to 3.1 per cent.", "", "", "W"),
        ],
        [
            (
                "Under the Central Bank of Sri Lanka Act, No. 16 of 2023, the bank must keep inflation at 5 per cent, as measured by the CCPI, and must explain to Parliament in writing if it stays more than two percentage points away from that target for two consecutive quarters.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Board said inflation was expected to rise gradually towards the target by the first half of 2028 as the effect of lower electricity tariffs fades.",
                "The Board",
                "said",
                "",
            ),
        ],
        [
            (
                "Governor Dr. Ruwan Jayasundara Atapattu told reporters at the bank's head office in Fort that credit to the private sector had grown 18.6 per cent in the year to March, the fastest pace since 2022.",
                "Ruwan Jayasundara Atapattu",
                "told reporters",
                "W",
            ),
        ],
        [
            (
                "“The economy can take a little more support without putting price stability at risk,” Dr. Atapattu said.",
                "Ruwan Jayasundara Atapattu",
                "said",
                "",
            ),
            (
                "“Why should we wait until inflation is at 5 per cent before we act?” he asked.",
                "Ruwan Jayasundara Atapattu",
                "asked",
                "",
            ),
        ],
        [
            (
                "He said gross official reserves stood at US$ 7.42 billion at the end of April, including a swap facility of US$ 1.4 billion.",
                "Ruwan Jayasundara Atapattu",
                "said",
                "W",
            ),
            (
                "He expected the economy to grow by about 4.5 per cent this year.",
                "Ruwan Jayasundara Atapattu",
                "expected",
                "",
            ),
        ],
        [
            (
                "The rupee closed at Rs. 297.85 against the US dollar on Wednesday, compared with Rs. 301.20 at the start of the year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At Wednesday's auction the yield on 364-day Treasury bills fell 12 basis points to 8.21 per cent, the bank said.",
                "the bank",
                "said",
                "W",
            ),
        ],
        [
            (
                "The All Share Price Index of the Colombo Stock Exchange rose 1.4 per cent to 18,214.63 on Thursday, with banks leading the gains.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“It's a cautious cut, and a sensible one,” said Dinesh Kanagaratnam, chief economist at Lanka Meridian Securities (Pvt) Ltd.",
                "Dinesh Kanagaratnam",
                "said",
                "",
            ),
            ("The firm had forecast a hold in a note to clients on Monday.", "", "", "W"),
        ],
        [
            (
                "Shamila Wijesekera, an economist at the University of Colombo, said the bank was “cutting into a credit boom” and could be forced to reverse course next year.",
                "Shamila Wijesekera",
                "said",
                "",
            ),
            (
                "“Vehicle imports alone are eating the reserves,” she said.",
                "Shamila Wijesekera",
                "said",
                "",
            ),
        ],
        [
            (
                "The average weighted prime lending rate was 9.14 per cent in the week to May 14, according to Central Bank data.",
                "Central Bank data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Kandyan Commercial Bank PLC said on Thursday it would lower its rates on personal and housing loans by 25 basis points from June 1.",
                "Kandyan Commercial Bank PLC",
                "said",
                "W",
            ),
            (
                "The Ceylon Chamber of Commerce said the cut would “ease the burden on small and medium enterprises” and urged other banks to follow quickly.",
                "The Ceylon Chamber of Commerce",
                "said",
                "",
            ),
        ],
        [
            (
                "Somawathie Herath, 68, a retired teacher in Kurunegala, said the interest on her fixed deposit had fallen from about Rs. 21,000 to Rs. 14,500 a month in two years.",
                "Somawathie Herath",
                "said",
                "",
            ),
            (
                "“We pensioners always pay for these cuts!” she said.",
                "Somawathie Herath",
                "said",
                "",
            ),
        ],
        [
            (
                "(The Central Bank publishes a summary of each Monetary Board meeting four weeks after the decision.)",
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
                "Dr. Atapattu said he expected banks to pass the cut on “within weeks, not months.”",
                "Ruwan Jayasundara Atapattu",
                "said",
                "",
            ),
            (
                "He said lending rates had fallen by 3.2 percentage points on average since the bank began easing in mid-2023.",
                "Ruwan Jayasundara Atapattu",
                "said",
                "W",
            ),
        ],
        [
            (
                "The next monetary policy review is scheduled for July 15, and the bank's Annual Economic Review will be released on June 30.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("KEY RATES AFTER THE DECISION", "", "", "B"),
        ],
        [
            ("Rate | Before | After", "", "", "B"),
        ],
        [
            ("Overnight Policy Rate | 7.75% | 7.50%", "", "", ""),
        ],
        [
            ("Standing Deposit Facility Rate | 7.25% | 7.00%", "", "", ""),
        ],
        [
            ("Standing Lending Facility Rate | 8.25% | 8.00%", "", "", ""),
        ],
        [
            ("Source: Central Bank of Sri Lanka", "", "", "B"),
        ],
        [
            ("More from Lanka Wire: lankawire.lk/economy", "", "", "B"),
        ],
    ],
    [
        [
            (
                "https://bagmatireview.com/national/2027/03/11/ec-announces-by-elections-baisakh-18",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE BAGMATI REVIEW", "", "", "B"),
        ],
        [
            ("Print | Close window", "", "", "B"),
        ],
        [
            (
                "EC announces by-elections in three constituencies for Baisakh 18; code of conduct in force from today",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Review Correspondent, Kathmandu", "", "", "B"),
        ],
        [
            ("Published at : Falgun 27, 2083 / March 11, 2027 15:40 NPT", "", "", "B"),
        ],
        [
            (
                "KATHMANDU, March 11 — The Election Commission (EC) on Thursday announced by-elections to the House of Representatives in Kathmandu-4, Kaski-2 and Saptari-3, and to 11 vacant ward chair posts in eight municipalities, to be held on Baisakh 18, 2084 (May 1, 2027).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kathmandu-4 fell vacant when its lawmaker, Keshab Bahadur Basnet, died on January 6.",
                "",
                "",
                "W",
            ),
            (
                "The members for Kaski-2 and Saptari-3 resigned in February, one to become an ambassador and the other after being appointed to the National Planning Commission.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The election code of conduct came into force at midnight in the three districts and in the municipalities with vacant ward posts, the commission said.",
                "the commission",
                "said",
                "W",
            ),
            (
                "Under the code, government bodies may not announce new projects, transfers or appointments there until the results are declared.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By noon, a queue of party workers had formed outside the commission's office in Kantipath to collect copies of the notice.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Main points of the EC notice", "", "", "B"),
        ],
        [
            (
                "(a) Candidates will file nominations at the returning officers' offices on Chaitra 21 (April 4), from 10 am to 5 pm;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "(b) The final list of candidates will be published on Chaitra 24 (April 7), and election symbols allotted the same day;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "(c) A candidate for the House may spend up to Rs 3.3 million, and a candidate for ward chair up to Rs 500,000;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "(d) Voters may correct their details on the roll at the district election offices until Chaitra 14 (March 28); and",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "(e) Polling will run from 7 am to 5 pm, and counting will begin at each district headquarters once all ballot boxes have arrived.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief Election Commissioner Surya Bahadur Thapaliya told a press conference that 412,306 voters were on the rolls in the three constituencies, 9,870 of them added since the general election of Falgun 2082.",
                "Surya Bahadur Thapaliya",
                "told a press conference",
                "W",
            ),
            (
                "Turnout in the three constituencies at that election was 61.4 per cent, he said.",
                "Surya Bahadur Thapaliya",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the commission expected turnout of “at least 65 per cent” this time.",
                "Surya Bahadur Thapaliya",
                "said",
                "",
            ),
            (
                "“We want nobody to say they could not vote because their name was spelt wrong, so we are keeping the roll open for another two weeks,” he said.",
                "Surya Bahadur Thapaliya",
                "said",
                "",
            ),
        ],
        [
            (
                "The commission has budgeted Rs 420 million for the by-elections, it said.",
                "The Election Commission",
                "said",
                "W",
            ),
            (
                "Ballot papers will be printed at the Janak Education Materials Centre in Sanothimi, Bhaktapur.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Violating the code of conduct can draw a fine of up to Rs 100,000, under the Election Commission Act, 2073.",
                "",
                "",
                "W",
            ),
            ("The commission can also cancel a candidacy.", "", "", "W"),
        ],
        [
            (
                "About 6,500 security personnel, including temporary election police, will be mobilised on polling day, the Home Ministry said.",
                "the Home Ministry",
                "said",
                "W",
            ),
            (
                "It said no constituency had been classed as “highly sensitive.”",
                "the Home Ministry",
                "said",
                "",
            ),
        ],
        [
            (
                "EC spokesperson Shaligram Ojha said the commission hoped to hold the ward elections with electronic voting machines “if the trial in Kaski goes well.”",
                "Shaligram Ojha",
                "said",
                "",
            ),
            (
                "He said 22 machines had been tested at two polling centres in Pokhara in December.",
                "Shaligram Ojha",
                "said",
                "W",
            ),
        ],
        [
            (
                "Leaders of the three largest parties said they would announce their candidates within a week.",
                "Leaders of the three largest parties",
                "said",
                "",
            ),
            (
                "“This is a referendum on the government's first year, whatever anyone says,” said Prakash Man Bhandari, a central committee member of one of the opposition parties.",
                "Prakash Man Bhandari",
                "said",
                "",
            ),
        ],
        [
            (
                "“Why vote again for a seat that will be up for election in four years anyway?” asked Sarita Maharjan, a shopkeeper in Baneshwor.",
                "Sarita Maharjan",
                "asked",
                "",
            ),
            (
                "She said she would vote all the same, “because my father always did.”",
                "Sarita Maharjan",
                "said",
                "",
            ),
        ],
        [
            ("Who can stand?", "", "", ""),
        ],
        [
            (
                "A candidate must be a Nepali citizen aged 25 or over whose name is on the voter roll, under the House of Representatives Member Election Act, 2074.",
                "",
                "",
                "W",
            ),
            ("A candidate may contest only one seat.", "", "", "W"),
        ],
        [
            ("(Ward chair candidates must be at least 21 years old.)", "", "", "W"),
        ],
        [
            (
                "The government has declared Baisakh 18 a public holiday in Kathmandu, Kaski and Saptari districts.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tags: Election Commission, by-election, Kathmandu-4, Kaski-2, Saptari-3",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 The Bagmati Review.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Printed on: March 12, 2027 08:14", "", "", "B"),
        ],
    ],
    [
        [
            ("‹ Back        Aa    🔖    ⋯", "", "", "B"),
        ],
        [
            ("NATION", "", "", "B"),
        ],
        [
            (
                "Rail fares to rise by up to 12.7% from June 1, longest trips to cost RM6.20",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Concessions for students and senior citizens stay at 50%, says Apad",
                "the Land Public Transport Agency",
                "says",
                "W",
            ),
        ],
        [
            ("NURUL SYAZWANI KAMARUDIN", "", "", "B"),
        ],
        [
            ("Tuesday, 13 Apr 2027 6:32 PM MYT", "", "", "B"),
        ],
        [
            ("🎧 Listen to this article · 4 min", "", "", "B"),
        ],
        [
            (
                "Commuters board a train at the KL Sentral LRT station during the evening rush hour.",
                "",
                "",
                "",
            ),
            ("— Filepic", "", "", "B"),
        ],
        [
            (
                "KUALA LUMPUR: Fares on the LRT, MRT and Monorail lines will rise by between 5% and 12.7% from June 1, with the fare for the longest trips going up from RM5.50 to RM6.20, the Land Public Transport Agency (Apad) said on Tuesday.",
                "the Land Public Transport Agency",
                "said",
                "W",
            ),
        ],
        [
            ("The minimum fare of RM1.30 is unchanged.", "", "", "W"),
            (
                "It is the first revision of rail fares in the Klang Valley since January 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The agency said fares had been frozen for eight years while operating costs rose 41%, mainly because of higher electricity tariffs and the cost of replacement parts.",
                "The agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "Transport Minister Datuk Seri Dr. Haris Fadzillah Abdul Rahman said the Government would continue to pay about RM1.1 billion a year to the operator, Prasarana Malaysia Bhd.",
                "Haris Fadzillah Abdul Rahman",
                "said",
                "W",
            ),
            (
                "He said fares covered only 38% of the cost of running the three systems last year.",
                "Haris Fadzillah Abdul Rahman",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody likes paying more, but a ticket that costs the same as in 2019 is not sustainable,” Haris Fadzillah told reporters in Putrajaya.",
                "Haris Fadzillah Abdul Rahman",
                "told reporters",
                "",
            ),
            (
                "He said the ministry hoped the extra revenue would pay for 30 new feeder buses by the end of next year.",
                "Haris Fadzillah Abdul Rahman",
                "said",
                "",
            ),
        ],
        [
            (
                "The My50 unlimited monthly pass, which covers rail and Rapid KL buses, stays at RM50.",
                "",
                "",
                "W",
            ),
            (
                "Students, senior citizens and persons with disabilities will continue to get 50% off with a Concession Card.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Daily ridership on the three lines averaged 884,000 in March, according to Prasarana figures.",
                "Prasarana figures",
                "according to",
                "W",
            ),
        ],
        [
            ("The contactless fare system is run by Tap Laju Payments Sdn. Bhd.", "", "", "W"),
            (
                "The company said 71% of rail trips last month were paid for with bank cards or e-wallets.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fares for short trips, e.g. between two neighbouring stations, go up by 10 sen.",
                "",
                "",
                "W",
            ),
            (
                "Parking at park-and-ride stations will rise from RM4 to RM5 a day on the same date.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ticket machines will be updated overnight, and the first trains on June 1 leave at 6 a.m.",
                "",
                "",
                "W",
            ),
            (
                "Journeys that begin before midnight on May 31 will be charged the old fare.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Klang Valley Commuters Alliance called the increase “a tax on people who have no car.”",
                "The Klang Valley Commuters Alliance",
                "called",
                "",
            ),
            (
                "Its coordinator, Jeevan Raj a/l Muniandy, said feeder buses in parts of Cheras and Ampang still ran only every 30 to 40 minutes at peak hours.",
                "Jeevan Raj a/l Muniandy",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Why must the B40 pay for Prasarana's debts?” asked Wong Kah Hoe, an opposition MP who sits on the parliamentary select committee on infrastructure.",
                "Wong Kah Hoe",
                "asked",
                "",
            ),
            (
                "Wong said he would raise the matter when Parliament sits in July.",
                "Wong Kah Hoe",
                "said",
                "",
            ),
        ],
        [
            (
                "Lim Siew Ling, 34, who travels from Kajang to Bangsar every day, said her monthly spending on trains would rise by about RM40 unless she bought the pass.",
                "Lim Siew Ling",
                "said",
                "",
            ),
            ("“Aiyo, everything also naik!” she said.", "Lim Siew Ling", "said", ""),
        ],
        [
            ("How much more will I pay?", "", "", ""),
        ],
        [
            ("SAMPLE CARD FARES", "", "", "B"),
        ],
        [
            ("Trip | Now | From June 1", "", "", "B"),
        ],
        [
            ("KL Sentral – Masjid Jamek | RM1.60 | RM1.70", "", "", ""),
        ],
        [
            ("Kajang – Bukit Bintang | RM4.10 | RM4.50", "", "", ""),
        ],
        [
            ("Gombak – Putra Heights | RM5.50 | RM6.20", "", "", ""),
        ],
        [
            ("Source: Apad", "", "", "B"),
        ],
        [
            (
                "The agency said a full list of fares would be posted on its website and at all stations by May 15.",
                "The agency",
                "said",
                "W",
            ),
        ],
        [
            ("Related: Rapid KL adds 40 electric buses to Petaling Jaya routes", "", "", "B"),
        ],
        [
            ("Shared from The Peninsula Record app.", "", "", "B"),
            ("Download it free on the App Store and Google Play.", "", "", "B"),
        ],
        [
            ("https://thepeninsularecord.my/nation/2027/04/13/rail-fares-june-1", "", "", "B"),
        ],
    ],
    [
        [
            ("THE STRAITS CLARION", "", "", "B"),
        ],
        [
            (
                "Singapore  Asia  World  Business  Opinion  Life  Sport  Tech  Podcasts  |  Subscribe  Log in",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Singapore › Courts & Crime", "", "", "B"),
        ],
        [
            (
                "Renovation firm director jailed 5 years 2 months for cheating 46 home owners of $812,000",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Clement Tay Jun Wei, Court Correspondent", "", "", "B"),
        ],
        [
            ("Updated May 27, 2027, 07:14 PM · Published May 27, 2027, 05:02 PM", "", "", "B"),
        ],
        [
            ("Gift this article  ·  Share", "", "", "B"),
        ],
        [
            ("Darren Lau Kah Meng arriving at the State Courts on May 27.", "", "", ""),
            ("PHOTO: THE STRAITS CLARION", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – A renovation company director who took deposits from 46 home owners for work he never carried out was sentenced to five years and two months' jail on May 27.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Darren Lau Kah Meng, 48, had been convicted after a 14-day trial of 23 counts of cheating involving $812,450.60 paid to his firm, Lau Homecraft Interior Pte. Ltd.",
                "",
                "",
                "W",
            ),
            ("Another 23 charges were taken into consideration for sentencing.", "", "", "W"),
        ],
        [
            (
                "District Judge Clarissa Ong Hui Shan found that Lau had gone on collecting deposits of between $8,000 and $31,500 from March to November 2024, when the firm's bank account was already overdrawn and it had stopped paying its subcontractors.",
                "Clarissa Ong Hui Shan",
                "found",
                "W",
            ),
        ],
        [
            (
                "“The accused knew, by March 2024 at the latest, that the company could not carry out the work for which it was taking money,” the judge wrote.",
                "Clarissa Ong Hui Shan",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "Deputy Public Prosecutor Tan Yong Jie had argued that Lau used $214,000 of the deposits to pay off a personal loan and to buy a car for his wife.",
                "Tan Yong Jie",
                "had argued",
                "W",
            ),
            ("He asked for at least six years' jail.", "Tan Yong Jie", "asked", "W"),
        ],
        [
            (
                "Lau's lawyer, Mr Rajan Pillai Menon, said his client had been “overwhelmed, not dishonest” and had lost his own savings in the business.",
                "Rajan Pillai Menon",
                "said",
                "",
            ),
            (
                "He asked for a sentence of no more than 40 months.",
                "Rajan Pillai Menon",
                "asked",
                "W",
            ),
        ],
        [
            (
                "The judge said she had given weight to the number of victims, many of them first-time buyers of Housing Board flats, and to the fact that Lau had repaid only $36,200.",
                "Clarissa Ong Hui Shan",
                "said",
                "W",
            ),
        ],
        [
            (
                "For each count of cheating, Lau could have been jailed for up to 10 years and fined.",
                "",
                "",
                "W",
            ),
            (
                "The court also ordered him to pay $94,000 in compensation to 11 of the victims, or serve another 140 days in default.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lau, in a grey polo shirt, stood with his head bowed in Court 4C as the sentence was read out at 3.10pm.",
                "",
                "",
                "",
            ),
            ("Several of the victims in the gallery wept.", "", "", ""),
        ],
        [
            (
                "One victim, teacher Kavitha Ramasamy, 36, said she and her husband had paid $27,800 for the renovation of their flat in Tampines and received “three boxes of tiles and a lot of excuses.”",
                "Kavitha Ramasamy",
                "said",
                "",
            ),
            ("“We moved in with no kitchen for four months.", "Kavitha Ramasamy", "said", ""),
            (
                "How do you explain that to a two-year-old?” she said.",
                "Kavitha Ramasamy",
                "said",
                "",
            ),
        ],
        [
            (
                "Renovation was the industry with the third-most complaints last year, with 1,942 cases, according to the Consumers Association of Singapore (Case).",
                "the Consumers Association of Singapore",
                "according to",
                "W",
            ),
            (
                "It recorded 2,110 such complaints in 2025.",
                "the Consumers Association of Singapore",
                "recorded",
                "W",
            ),
        ],
        [
            (
                "Case urged home owners to use accredited firms and to pay deposits in stages, never more than the first instalment upfront.",
                "the Consumers Association of Singapore",
                "urged",
                "",
            ),
        ],
        [
            (
                "Under the CaseTrust scheme's rules, accredited renovation firms must protect customers' deposits with a performance bond or deposit insurance.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Can the victims get the rest of their money back?", "", "", ""),
        ],
        [
            (
                "Mr Menon said the company was placed under liquidation in January 2025, and its liquidators had so far recovered about $61,000.",
                "Rajan Pillai Menon",
                "said",
                "W",
            ),
            (
                "Victims could file claims with the liquidators, he said, but they “should not expect much.”",
                "Rajan Pillai Menon",
                "said",
                "",
            ),
        ],
        [
            ("Lau, who is out on bail of $150,000, has 14 days to file an appeal.", "", "", "W"),
            (
                "He is to surrender himself at the State Courts on June 14 to begin serving his sentence.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Join The Straits Clarion's Telegram channel and get the latest breaking news delivered to you.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("MORE ON THIS TOPIC", "", "", "B"),
        ],
        [
            ("Home owners lose $1.3m to 'phantom' contractors in 2026, police say", "", "", "B"),
        ],
        [
            (
                "Small claims tribunal to hear renovation disputes of up to $30,000 from July",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2027 Clarion Media Singapore Pte. Ltd.", "", "", "B"),
            ("Co. Regn. No. 201934521K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE VISAYAN BEACON", "", "", "B"),
        ],
        [
            (
                "Cebu | Visayas | Mindanao | Nation | Business | Sports | Opinion | Lifestyle | Bisaya",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Wednesday, June 9, 2027", "", "", "B"),
        ],
        [
            ("Home » Cebu » Crime", "", "", "B"),
        ],
        [
            ("3 nabbed, 1 hunted in P1.8-million Mandaue pawnshop heist", "", "", "W"),
        ],
        [
            ("By Jerome Neil T. Villacastin | June 9, 2027 | 4:45 pm", "", "", "B"),
        ],
        [
            ("Share on Facebook  |  Tweet  |  Viber  |  Email", "", "", "B"),
        ],
        [
            (
                "Police present the firearms and jewelry recovered from the suspects at the Mandaue City Police Office on Wednesday.",
                "",
                "",
                "",
            ),
            ("(BEACON PHOTO / KARL ANGELO S. DIGAL)", "", "", "B"),
        ],
        [
            (
                "POLICE have arrested three men and are hunting a fourth over the robbery of a pawnshop in Barangay Subangdaku, Mandaue City, on Monday afternoon, in which jewelry and cash worth about P1.8 million were taken.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Police Lt. Col. Reynaldo Sison Abellana, chief of the Mandaue City Police Office (MCPO), said the suspects entered the pawnshop on A.C. Cortes Ave. at around 2:15 p.m. posing as customers.",
                "Reynaldo Sison Abellana",
                "said",
                "W",
            ),
        ],
        [
            (
                "Two of them drew handguns and ordered the two employees and a security guard to lie on the floor, while a third emptied the display cases, he said.",
                "Reynaldo Sison Abellana",
                "said",
                "W",
            ),
            (
                "The fourth waited outside on a motorcycle, Abellana said.",
                "Reynaldo Sison Abellana",
                "said",
                "W",
            ),
        ],
        [
            (
                "The robbery took less than four minutes, based on footage from the shop's closed-circuit television (CCTV) camera.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Naay holdap!” shouted a fish vendor across the street as the men ran out.",
                "a fish vendor across the street",
                "shouted",
                "",
            ),
            (
                "A Sto. Niño image on the counter was left untouched, police said.",
                "police",
                "said",
                "",
            ),
        ],
        [
            (
                "Police traced the getaway motorcycle to a boarding house in Sitio Lawis, Barangay Pagsabungan, where they arrested three suspects at around 11 p.m.",
                "",
                "",
                "W",
            ),
            (
                "Recovered from them were two .45-caliber pistols, a .38-caliber revolver, P212,500 in cash and jewelry that the shop's owner later identified as stolen.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The suspects were identified as Ronald Pepito Cabahug, alias Kulot, 34; Jesus Tampus Alinsug Jr., 29; and Mark Anthony Lapitan, alias Tisoy, 27, all residents of Lapu-Lapu City.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Abellana said Cabahug had been released from the Cebu Provincial Detention and Rehabilitation Center (CPDRC) in February after serving a sentence for robbery.",
                "Reynaldo Sison Abellana",
                "said",
                "W",
            ),
            (
                "He said the group was also being investigated over two robberies of money remittance outlets in Lapu-Lapu City in April.",
                "Reynaldo Sison Abellana",
                "said",
                "W",
            ),
        ],
        [
            ("The fourth suspect, known only by the alias Bulldog, remains at large.", "", "", "W"),
            (
                "The Mandaue City Government has offered a P100,000 reward for information leading to his arrest.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Complaints for robbery with violence against or intimidation of persons and for illegal possession of firearms were filed against the three before the Mandaue City Prosecutor's Office on Wednesday.",
                "",
                "",
                "W",
            ),
            (
                "Republic Act No. 10591 requires anyone who owns a firearm to hold a License to Own and Possess Firearms (LTOPF).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A cashier, Mary Grace Tumulak, 24, said she thought at first that the men were joking.",
                "Mary Grace Tumulak",
                "said",
                "",
            ),
            (
                "“When he put the gun to my head, I only prayed… I thought of my baby,” she said.",
                "Mary Grace Tumulak",
                "said",
                "",
            ),
        ],
        [
            (
                "The pawnshop's owner, who asked not to be named, said the stolen items were insured.",
                "The pawnshop's owner",
                "said",
                "W",
            ),
            (
                "He said he would reopen “as soon as the police give back the display cases.”",
                "The pawnshop's owner",
                "said",
                "",
            ),
        ],
        [
            (
                "It was the third robbery of a pawnshop in Mandaue this year, according to MCPO records.",
                "MCPO records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Robberies in Central Visayas fell to 412 in the first five months of 2027 from 468 in the same period last year, according to Police Regional Office 7 (PRO-7).",
                "Police Regional Office 7",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Police Brig. Gen. Gerardo Ybañez Lim, the regional director, said the arrests showed that “crime does not pay in Central Visayas.”",
                "Gerardo Ybañez Lim",
                "said",
                "",
            ),
            (
                "He urged pawnshops and jewelry stores to install panic buttons linked to the nearest police station.",
                "Gerardo Ybañez Lim",
                "urged",
                "",
            ),
        ],
        [
            ("Are pawnshops required to have guards?", "", "", ""),
        ],
        [
            (
                "Under a Mandaue City ordinance passed in 2019, pawnshops and remittance outlets must have at least one licensed security guard on duty and a working CCTV system.",
                "",
                "",
                "W",
            ),
            ("The shop had both, Abellana said.", "Reynaldo Sison Abellana", "said", "W"),
        ],
        [
            ("Tags: Mandaue City, robbery, pawnshop, MCPO, PRO-7", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Lapu-Lapu police seize P3.4M shabu in Pusok buy-bust", "", "", "B"),
        ],
        [
            ("Copyright © 2027 The Visayan Beacon.", "", "", "B"),
            ("All Rights Reserved. | Privacy Policy | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("bauhiniadaily.com.hk", "", "", "B"),
        ],
        [
            ("BAUHINIA BUSINESS DAILY", "", "", "B"),
        ],
        [
            ("Markets › Hong Kong stocks", "", "", "B"),
        ],
        [
            (
                "Hang Seng slides 2.3% as developers sink on Kai Tak Landmark profit warning",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Turnover jumps to HK$142.6 billion; mainland investors buy a net HK$8.4bn of local shares",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Fiona Kwok Wing-sze | 5 Mar 2027, 5:12pm HKT", "", "", "B"),
        ],
        [
            ("Share ▾", "", "", "B"),
        ],
        [
            (
                "Hong Kong stocks fell for a third session on Friday, with the Hang Seng Index closing down 468.22 points, or 2.3 per cent, at 19,842.17, its lowest close since November 11.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Hang Seng China Enterprises Index lost 2.1 per cent to 7,014.55, and the Hang Seng Tech Index dropped 1.8 per cent.",
                "",
                "",
                "W",
            ),
            (
                "Over the week, the benchmark fell 4.6 per cent, its worst week since October.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Turnover rose to HK$142.6 billion from HK$104.9 billion on Thursday, according to Hong Kong Exchanges and Clearing (HKEX) data.",
                "Hong Kong Exchanges and Clearing data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Developers led the fall after Kai Tak Landmark Holdings Ltd. (1876) warned late on Thursday that it expected a net loss of HK$3.2 billion to HK$3.6 billion for 2026, against a profit of HK$1.1 billion a year earlier.",
                "Kai Tak Landmark Holdings Ltd.",
                "warned",
                "W",
            ),
        ],
        [
            (
                "In its filing to the exchange, the developer said the loss was mainly due to write-downs of HK$4.1 billion on office and retail projects in Kowloon East.",
                "the developer",
                "said",
                "W",
            ),
            (
                "It said it expected office occupancy at its Kwun Tong towers to improve in the second half of 2027.",
                "Kai Tak Landmark Holdings Ltd.",
                "said",
                "",
            ),
        ],
        [
            (
                "Its shares plunged 17.4 per cent to HK$2.14, their biggest one-day fall since the company listed in 2009.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lion Rock Estates (2217) fell 6.8 per cent to HK$11.02, and Tsuen Wan Properties (1389) lost 5.1 per cent to HK$3.35.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Among technology stocks, online retailer Shanmen Online (9863) dropped 3.2 per cent, while chipmaker Huaxin Semiconductor (2477) rose 4.4 per cent after reporting a 38 per cent rise in quarterly revenue.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mainland investors bought a net HK$8.4 billion of Hong Kong shares through the Stock Connect schemes, the most in a single day since January 23.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The one-month Hibor, to which most new mortgages are linked, rose to 3.86 per cent from 3.71 per cent, according to the Hong Kong Association of Banks.",
                "the Hong Kong Association of Banks",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Hong Kong Monetary Authority said it had bought HK$6.2 billion at HK$7.85 per US dollar on Thursday night, cutting the banking system's aggregate balance to HK$44.8 billion.",
                "The Hong Kong Monetary Authority",
                "said",
                "W",
            ),
            (
                "Under the linked exchange rate system, the HKMA must buy Hong Kong dollars at HK$7.85 and sell them at HK$7.75.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The market has been waiting for someone to admit how bad the office sector is, and yesterday somebody did,” said Cheung Man-kit, head of research at Tai Hang Securities Ltd.",
                "Cheung Man-kit",
                "said",
                "",
            ),
            (
                "The brokerage cut its year-end target for the index to 20,500 from 22,000.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Ivan Leung Chi-wai, a strategist at Peak Tram Capital, said he expected “more bad news from the developers” when annual results come out this month.",
                "Ivan Leung Chi-wai",
                "said",
                "",
            ),
            (
                "“Who wants to buy an office tower in Kowloon Bay right now?” he asked.",
                "Ivan Leung Chi-wai",
                "asked",
                "",
            ),
        ],
        [
            ("Kai Tak Landmark is due to report its full-year results on March 24.", "", "", "W"),
        ],
        [
            (
                "At a brokerage in Mong Kok, Chan Siu-lan, 63, a retired civil servant, said she had bought Kai Tak Landmark shares at HK$4.80 in 2023 and would now “leave them for my grandchildren to sell.”",
                "Chan Siu-lan",
                "said",
                "",
            ),
            ("“Aiya, another 17 per cent gone!” she said.", "Chan Siu-lan", "said", ""),
        ],
        [
            (
                "In mainland China, the Shanghai Composite Index fell 0.9 per cent and the Shenzhen Component Index 1.3 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Why do profit warnings move the market?", "", "", ""),
        ],
        [
            (
                "Under the exchange's listing rules, a company must disclose inside information, such as an expected loss, as soon as reasonably practicable.",
                "",
                "",
                "W",
            ),
            (
                "(HKEX said trading would start as usual at 9.30am on Monday despite an upgrade of its clearing system over the weekend.)",
                "Hong Kong Exchanges and Clearing",
                "said",
                "W",
            ),
        ],
        [
            ("BIGGEST MOVERS ON THE HANG SENG INDEX", "", "", "B"),
        ],
        [
            ("Stock | Code | Close (HK$) | Change", "", "", "B"),
        ],
        [
            ("Kai Tak Landmark | 1876 | 2.14 | −17.4%", "", "", ""),
        ],
        [
            ("Lion Rock Estates | 2217 | 11.02 | −6.8%", "", "", ""),
        ],
        [
            ("Huaxin Semiconductor | 2477 | 18.66 | +4.4%", "", "", ""),
        ],
        [
            ("Source: HKEX, 4.10pm", "", "", "B"),
        ],
        [
            ("More Markets", "", "", "B"),
        ],
        [
            ("Home prices fall for fifth month in a row, Land Registry data show", "", "", "B"),
        ],
        [
            ("© 2027 Bauhinia Business Daily Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
    ],
    [
        [
            ("kantotechjournal.jp", "", "", "B"),
        ],
        [
            ("Hoshizora unveils ¥79,800 folding e-paper tablet, on sale November 14", "", "", "W"),
        ],
        [
            ("Aiko Nishimura", "", "", "B"),
        ],
        [
            ("October 21, 2027", "", "", "B"),
        ],
        [
            ("6–7 minutes", "", "", "B"),
        ],
        [
            (
                "Company says the Shiori Fold runs up to six weeks on one charge; preorders open October 28",
                "Hoshizora Electronics Co., Ltd.",
                "says",
                "W",
            ),
        ],
        [
            (
                "TOKYO — Hoshizora Electronics Co., Ltd. on Thursday unveiled the Shiori Fold, an e-paper tablet that folds in half like a paperback, priced at ¥79,800 including tax.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It goes on sale in Japan on November 14, and preorders open on the company's website and at major electronics retailers at 10 a.m. on October 28, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Unfolded, the device has an 8.2-inch screen with a resolution of 300 pixels per inch; folded, it measures 5.8 inches and weighs approx. 312 grams.",
                "",
                "",
                "W",
            ),
            (
                "It runs Shiori OS ver. 3.1, which supports EPUB and PDF files and vertical Japanese text.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hoshizora said the battery lasts up to six weeks with 30 minutes of reading a day and the front light off.",
                "Hoshizora Electronics Co., Ltd.",
                "said",
                "W",
            ),
            (
                "The hinge has been tested for 200,000 folds, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            ("A model with 4G mobile data will cost ¥92,400 (tax incl.).", "", "", "W"),
            ("A stylus costs ¥6,480 and a leather cover ¥9,900.", "", "", "W"),
        ],
        [
            ("The tablet uses a quad-core processor from Nagano Micro Devices Inc.", "", "", "W"),
            ("The same chip is used in two of Hoshizora's smart watches.", "", "", "W"),
        ],
        [
            (
                "President Ryunosuke Kanzaki, who showed the tablet at a press event in Shinagawa, called it “a book that finally feels like a book.”",
                "Ryunosuke Kanzaki",
                "called",
                "",
            ),
            (
                "“People in Japan still love paper, and we wanted to make something that feels like it in the hand,” Kanzaki said.",
                "Ryunosuke Kanzaki",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the company aimed to sell 300,000 units in the first year, including overseas.",
                "Ryunosuke Kanzaki",
                "said",
                "",
            ),
            (
                "Hoshizora sold 184,000 e-readers in the fiscal year to March 2027, up from 121,000 a year earlier, he said.",
                "Ryunosuke Kanzaki",
                "said",
                "W",
            ),
        ],
        [
            ("Overseas sales start on December 5 in South Korea, Taiwan and the U.S.", "", "", "W"),
            ("A European launch is planned for next spring.", "", "", ""),
        ],
        [
            (
                "At the event, about 200 journalists and retailers queued to try the devices, and a staff member folded one 50 times in a row on stage.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“It really does close like a bunko!” said Haruto Mizuno, 29, a manga editor who tried one.",
                "Haruto Mizuno",
                "said",
                "",
            ),
        ],
        [
            (
                "E-reader shipments in Japan fell 6.1% to 1.21 million units in 2026, according to Shinonome Research Institute, a Tokyo market research firm.",
                "Shinonome Research Institute",
                "according to",
                "W",
            ),
            (
                "The institute expects shipments to recover slightly in 2027 as prices of colour e-paper fall.",
                "The institute",
                "expects",
                "",
            ),
        ],
        [
            (
                "Mayumi Ozawa, a consumer electronics analyst at Kasumi Securities, called the price “brave.”",
                "Mayumi Ozawa",
                "called",
                "",
            ),
            (
                "She said nine of the ten best-selling e-readers in Japan last year cost less than ¥20,000.",
                "Mayumi Ozawa",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Will someone who reads two novels a month pay four times as much to fold the screen?” she asked.",
                "Mayumi Ozawa",
                "asked",
                "",
            ),
        ],
        [
            (
                "A Denkiya Sakura spokesperson said 1,200 customers had registered interest on the chain's website by Thursday evening.",
                "A Denkiya Sakura spokesperson",
                "said",
                "W",
            ),
        ],
        [
            ("Does it support manga?", "", "", ""),
        ],
        [
            (
                "Hoshizora said its store would carry about 410,000 titles at launch, including 96,000 manga volumes, through a partnership with the Tokyo distributor Kamiyama Shoten Co., Ltd.",
                "Hoshizora Electronics Co., Ltd.",
                "said",
                "W",
            ),
            (
                "The distributor said it supplies e-books to 14 other stores in Japan.",
                "The distributor",
                "said",
                "W",
            ),
        ],
        [
            (
                "The tablet comes with a one-year warranty, which can be extended to three years for ¥4,400.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Shiori Fold at a glance", "", "", "B"),
        ],
        [
            ("Screen: 8.2-inch e-paper, 300 ppi; 5.8 inches folded", "", "", "W"),
        ],
        [
            ("Weight: approx. 312 g", "", "", "W"),
        ],
        [
            ("Battery: up to 6 weeks (30 min a day, front light off)", "", "", "W"),
        ],
        [
            ("Price: ¥79,800 (Wi-Fi) / ¥92,400 (4G), tax incl.", "", "", "W"),
        ],
        [
            (
                "Related: Hoshizora's Shiori 2 e-reader, reviewed: a sharper screen, the same old battery",
                "",
                "",
                "B",
            ),
        ],
        [
            ("kantotechjournal.jp/devices/2027/10/21/hoshizora-shiori-fold", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SEOUL COURANT", "", "", "B"),
        ],
        [
            (
                "National  Politics  North Korea  Business  Tech  Culture  Sports  Opinion  |  한국어  |  Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("National › Health & Welfare", "", "", "B"),
        ],
        [
            (
                "KDCA issues flu epidemic advisory as cases reach 12.4 per 1,000 patients",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Health agency urges parents to vaccinate children and keep sick pupils at home",
                "the Korea Disease Control and Prevention Agency",
                "urges",
                "",
            ),
        ],
        [
            ("By Baek Seo-yun", "", "", "B"),
        ],
        [
            ("Published : Dec. 10, 2027 - 15:21     Updated : Dec. 10, 2027 - 18:02", "", "", "B"),
        ],
        [
            ("A-  A+   🖨   Share", "", "", "B"),
        ],
        [
            (
                "A child receives a flu shot at a pediatric clinic in Mapo-gu, western Seoul, Friday.",
                "",
                "",
                "",
            ),
            ("(Seoul Courant/Park Jun-seo)", "", "", "B"),
        ],
        [
            (
                "South Korea issued an influenza epidemic advisory Friday after the rate of patients with flu-like symptoms rose to 12.4 per 1,000 outpatients in the week of Nov. 28 to Dec. 4, the Korea Disease Control and Prevention Agency said.",
                "the Korea Disease Control and Prevention Agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "The figure was above this season's epidemic threshold of 8.6 per 1,000 and up from 7.9 the week before.",
                "",
                "",
                "W",
            ),
            (
                "The threshold is set each year at the average rate in non-epidemic weeks over the past three seasons plus two standard deviations.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The rate was highest among children aged 7 to 12, at 31.6 per 1,000, followed by those aged 13 to 18, at 24.2, the agency said.",
                "the agency",
                "said",
                "W",
            ),
            (
                "It is the earliest the advisory has been issued since the 2016-17 season.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The agency's hospital surveillance network, which covers 221 hospitals, recorded 386 flu admissions last week, including 94 children under 7.",
                "The agency's hospital surveillance network",
                "recorded",
                "W",
            ),
        ],
        [
            (
                "Of the samples tested, 71.3 percent were influenza A(H3N2) and 24.0 percent A(H1N1)pdm09, according to the KDCA's laboratory surveillance.",
                "the KDCA's laboratory surveillance",
                "according to",
                "W",
            ),
        ],
        [
            (
                "KDCA Commissioner Jegal Min-ho told a briefing in Cheongju that the main strain circulating this season matched the one in the vaccine.",
                "Jegal Min-ho",
                "told a briefing in Cheongju",
                "W",
            ),
            (
                "“It is not too late to get vaccinated, and it takes about two weeks for protection to build up,” Jegal said.",
                "Jegal Min-ho",
                "said",
                "",
            ),
        ],
        [
            (
                "He urged people with a fever to stay home from school or work until 24 hours after it subsides.",
                "Jegal Min-ho",
                "urged",
                "",
            ),
            (
                "He said the agency expected the epidemic to peak in early January.",
                "Jegal Min-ho",
                "said",
                "",
            ),
        ],
        [
            (
                "Free shots for people aged 65 and over, children from 6 months to 13 years and pregnant women are available at about 21,000 designated clinics and public health centers until April 30.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "As of Thursday, 81.2 percent of people aged 65 and over had been vaccinated, against 58.4 percent of children aged 7 to 13, the agency said.",
                "the agency",
                "said",
                "W",
            ),
            (
                "For those not eligible, a shot costs between 30,000 won and 45,000 won ($21-$31) at private clinics.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Now that the advisory is in place, doctors may prescribe antiviral drugs covered by national health insurance to high-risk patients without a confirmed test, under KDCA guidelines.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At St. Columba's Children's Hospital in Suwon, the emergency room saw 412 patients last weekend, about twice its usual number, said Dr. Seon Ha-rim, who heads the pediatrics department.",
                "Seon Ha-rim",
                "said",
                "W",
            ),
            (
                "“Parents wait four or five hours with a feverish child in their arms… it is hard for everyone,” Seon said.",
                "Seon Ha-rim",
                "said",
                "",
            ),
        ],
        [
            (
                "Oh Ji-won, 38, whose 8-year-old son was diagnosed Wednesday, said three of the 24 children in his class had been absent that day.",
                "Oh Ji-won",
                "said",
                "",
            ),
            (
                "“Why do schools wait until half the class is sick?” she asked.",
                "Oh Ji-won",
                "asked",
                "",
            ),
        ],
        [
            (
                "Students with confirmed flu can be absent for up to five days with a doctor's note without it counting against their attendance, the Ministry of Education said.",
                "the Ministry of Education",
                "said",
                "W",
            ),
        ],
        [
            (
                "(The KDCA has issued a flu advisory every winter since 2022, after two winters without one during the COVID-19 pandemic.)",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Is it the flu or COVID-19?", "", "", ""),
        ],
        [
            (
                "The agency says a sudden high fever with muscle aches and a cough is typical of flu, and that only a test can tell the two apart.",
                "the agency",
                "says",
                "",
            ),
            (
                "Combined rapid tests for flu and COVID-19 cost about 25,000 won at clinics.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("MOST POPULAR", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            ("Seoul subway fares to rise by 150 won from January", "", "", "B"),
        ],
        [
            ("2", "", "", "B"),
        ],
        [
            ("Snow expected in central regions over the weekend", "", "", "B"),
        ],
        [
            ("Copyright © The Seoul Courant.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("≡   AYEYARWADY MIRROR   ⌕", "", "", "B"),
        ],
        [
            ("English | မြန်မာ", "", "", "B"),
        ],
        [
            ("OBITUARIES", "", "", "B"),
        ],
        [
            ("Novelist and teacher U Myint Thein Aung dies at 87", "", "", "W"),
        ],
        [
            (
                "He wrote about river towns and the people who left them, and three generations of pupils called him “Saya”",
                "",
                "",
                "",
            ),
        ],
        [
            ("Ei Thinzar Hlaing | 12 February 2027", "", "", "B"),
        ],
        [
            ("▶ Listen", "", "", "B"),
        ],
        [
            ("U Myint Thein Aung at his home in Sanchaung Township, Yangon, in 2019.", "", "", ""),
            ("Photo: Courtesy of the family", "", "", "B"),
        ],
        [
            (
                "YANGON — U Myint Thein Aung, a novelist, translator and schoolteacher whose books about life along the Ayeyarwady were read in classrooms for half a century, died on Thursday at a private hospital in Yangon, his family said.",
                "his family",
                "said",
                "W",
            ),
            ("He was 87.", "", "", "W"),
        ],
        [
            (
                "The cause was heart failure, his daughter, Daw Hnin Wut Yee, said.",
                "Hnin Wut Yee",
                "said",
                "W",
            ),
        ],
        [
            (
                "Born on 3 March 1939 in Pyay, the fourth of seven children of a rice trader, he studied at Rangoon University and graduated with a B.A. in Burmese literature in 1961.",
                "",
                "",
                "W",
            ),
            ("In 1964 he completed an M.A.", "", "", "W"),
            (
                "He then taught Burmese at state high schools in Pyay, Hinthada and Yangon for 33 years, retiring in 1997 as headmaster of B.E.H.S. No. 2, Kamayut.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He published 42 novels and more than 300 short stories, and translated Chekhov's stories and two novels by John Steinbeck into Burmese.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "His best-known novel, The Last Ferry to Shwedaung (1978), has been reprinted 19 times, according to its publisher, Pan Wai Wai Books.",
                "Pan Wai Wai Books",
                "according to",
                "W",
            ),
            (
                "It won the National Literary Award for fiction in 1979, and he won the award again in 1992 for a collection of short stories.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He liked to tell visitors that his first story, published in a Pyay magazine in 1958, had earned him 15 kyats, “enough for a month of mohinga.”",
                "Myint Thein Aung",
                "liked to tell visitors",
                "",
            ),
        ],
        [
            (
                "Two of his novels were refused publication by the Press Scrutiny and Registration Division in the 1980s and appeared only in 2013, after pre-publication censorship ended.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The river takes a little of the town every year… and the town lets it,” he wrote in the opening line of his 1978 novel.",
                "Myint Thein Aung",
                "wrote",
                "",
            ),
        ],
        [
            ("“He never raised his voice in class.", "Kyaw Zin Htet", "said", ""),
            (
                "He would put down the chalk and wait… and we would all go quiet,” said Kyaw Zin Htet, 61, a poet who was his pupil in Hinthada in 1979.",
                "Kyaw Zin Htet",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Tin Tin Mya, a former colleague who now teaches at the University of Yangon, said his novels had done “more for the Burmese language than any textbook.”",
                "Tin Tin Mya",
                "said",
                "",
            ),
            (
                "She said six of his short stories were on the national high school syllabus until 2015.",
                "Tin Tin Mya",
                "said",
                "W",
            ),
        ],
        [
            (
                "In his last years he spent his mornings reading on the balcony and his afternoons answering letters from former pupils, his family said.",
                "his family",
                "said",
                "",
            ),
        ],
        [
            (
                "“Who will correct my grammar now?” his daughter said, laughing through tears.",
                "Hnin Wut Yee",
                "said",
                "",
            ),
        ],
        [
            ("His last book, a memoir titled Chalk Dust, appeared in 2020.", "", "", "W"),
        ],
        [
            (
                "The Pyay Writers' Circle, which he founded in 1968, said it would hold a memorial reading at the Pyay town hall on 28 February.",
                "The Pyay Writers' Circle",
                "said",
                "W",
            ),
            (
                "It said it also hoped to set up a short-story prize in his name.",
                "The Pyay Writers' Circle",
                "said",
                "",
            ),
        ],
        [
            (
                "He is survived by his wife, Daw Khin Thida Lwin, a retired teacher, three children and five grandchildren.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Monks will receive alms at the family home on Saturday morning, and the funeral will be held at Yayway Cemetery in North Okkalapa on Sunday at 1 p.m.",
                "",
                "",
                "W",
            ),
            (
                "Those wishing to pay their respects may visit the house in Sanchaung on Friday and Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("LIFE IN BRIEF", "", "", "B"),
        ],
        [
            ("1939: Born in Pyay, 3 March", "", "", "W"),
        ],
        [
            ("1961: B.A., Rangoon University", "", "", "W"),
        ],
        [
            ("1964: Completes M.A.; begins teaching in Pyay", "", "", "W"),
        ],
        [
            ("1978: Publishes The Last Ferry to Shwedaung", "", "", "W"),
        ],
        [
            ("1997: Retires as headmaster in Kamayut", "", "", "W"),
        ],
        [
            ("Share: Facebook | Viber | Telegram | Copy link", "", "", "B"),
        ],
        [
            ("Related: Pyay bookshop that sold his first novel closes after 60 years", "", "", "B"),
        ],
        [
            ("Support independent journalism.", "", "", "B"),
            ("Become a member from K5,000 a month.", "", "", "B"),
        ],
        [
            ("© 2027 Ayeyarwady Mirror Media Co., Ltd.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n176-in-tmt-initial",
        "Tmt. R. Vasuki Devi opened the new science block. The school has 1,240 pupils.",
        ["Tmt. R. Vasuki Devi opened the new science block.", "The school has 1,240 pupils."],
    ),
    (
        "n176-in-etc-ends",
        "Bring your hall ticket, ID card, pens etc. Calculators are not allowed.",
        ["Bring your hall ticket, ID card, pens etc.", "Calculators are not allowed."],
    ),
    (
        "n176-in-pm-ends",
        "Applications close on May 30 at 5 p.m. Late entries will not be accepted.",
        ["Applications close on May 30 at 5 p.m.", "Late entries will not be accepted."],
    ),
    (
        "n176-in-lakh-decimal",
        "The board printed 8,42,600 answer booklets at Rs 3.75 each. Printing took nine days.",
        ["The board printed 8,42,600 answer booklets at Rs 3.75 each.", "Printing took nine days."],
    ),
    (
        "n176-pk-overs-decimal",
        "Lahore were 96-4 after 12.3 overs. Rain stopped play soon after.",
        ["Lahore were 96-4 after 12.3 overs.", "Rain stopped play soon after."],
    ),
    (
        "n176-pk-initials-end",
        "The top scorer was M. Y. Khan. He made 61 from 39 balls.",
        ["The top scorer was M. Y. Khan.", "He made 61 from 39 balls."],
    ),
    (
        "n176-pk-exclaim-attrib",
        "“Catch it, catch it!” yelled the fielders as the ball went up. It fell safely.",
        ["“Catch it, catch it!” yelled the fielders as the ball went up.", "It fell safely."],
    ),
    (
        "n176-bd-md-mid",
        "Md. Sirajul Karim Bhuiyan visited the shelters on Friday. He brought 300 food packets.",
        [
            "Md. Sirajul Karim Bhuiyan visited the shelters on Friday.",
            "He brought 300 food packets.",
        ],
    ),
    (
        "n176-bd-am-ends",
        "The river crossed the danger mark at 3 a.m. Water entered 40 villages by noon.",
        ["The river crossed the danger mark at 3 a.m.", "Water entered 40 villages by noon."],
    ),
    (
        "n176-bd-ellipsis-lower",
        "“The house is gone… the cows too,” she said. Her son has not been found.",
        ["“The house is gone… the cows too,” she said.", "Her son has not been found."],
    ),
    (
        "n176-lk-rs-start",
        "Rs. 2,500 will be paid to each family. The grant is not taxed.",
        ["Rs. 2,500 will be paid to each family.", "The grant is not taxed."],
    ),
    (
        "n176-lk-pvt-ltd-ends",
        "The note was written by Kelani Valley Research (Pvt) Ltd. It expects no change in July.",
        [
            "The note was written by Kelani Valley Research (Pvt) Ltd.",
            "It expects no change in July.",
        ],
    ),
    (
        "n176-lk-act-no-jan-ends",
        "The Act, No. 9 of 2025, came into force on Jan. 1. It replaced a 1949 law.",
        ["The Act, No. 9 of 2025, came into force on Jan. 1.", "It replaced a 1949 law."],
    ),
    (
        "n176-np-list-line",
        "(a) nominations on April 4; (b) withdrawals on April 6; and (c) polling on May 1.",
        ["(a) nominations on April 4; (b) withdrawals on April 6; and (c) polling on May 1."],
    ),
    (
        "n176-np-pm-no-stops",
        "Polls close at 5 pm. Counting starts at the district headquarters.",
        ["Polls close at 5 pm.", "Counting starts at the district headquarters."],
    ),
    (
        "n176-np-ward-no",
        "Ward No. 7 of Lalitpur has no chair. The post fell vacant in January.",
        ["Ward No. 7 of Lalitpur has no chair.", "The post fell vacant in January."],
    ),
    (
        "n176-my-bhd-ends",
        "The buses belong to Laju Ekspres Bhd. The firm has 212 of them.",
        ["The buses belong to Laju Ekspres Bhd.", "The firm has 212 of them."],
    ),
    (
        "n176-my-datuk-seri-dr",
        "Datuk Seri Dr. Amran Yusof Hashim opened the station. Tan Sri Lee Chong Keat cut the ribbon.",
        [
            "Datuk Seri Dr. Amran Yusof Hashim opened the station.",
            "Tan Sri Lee Chong Keat cut the ribbon.",
        ],
    ),
    (
        "n176-my-eg-mid",
        "Some fares, e.g. Ampang to KLCC, go down slightly. Most go up.",
        ["Some fares, e.g. Ampang to KLCC, go down slightly.", "Most go up."],
    ),
    (
        "n176-sg-pte-ltd-ends",
        "The flats were renovated by Kembangan Reno Works Pte. Ltd. The firm has since closed.",
        [
            "The flats were renovated by Kembangan Reno Works Pte. Ltd.",
            "The firm has since closed.",
        ],
    ),
    (
        "n176-sg-question-then-sentence",
        "“Where did the money go? Nobody has told us,” said one victim.",
        ["“Where did the money go?", "Nobody has told us,” said one victim."],
    ),
    (
        "n176-sg-question-attrib",
        "“Is $61,000 all they could find?” asked the lawyer. The liquidators did not reply.",
        ["“Is $61,000 all they could find?” asked the lawyer.", "The liquidators did not reply."],
    ),
    (
        "n176-ph-sto-nino",
        "The suspects hid in a chapel in Sto. Niño village. Police found them at dawn.",
        ["The suspects hid in a chapel in Sto. Niño village.", "Police found them at dawn."],
    ),
    (
        "n176-ph-jr-alias-caliber",
        "Arrested was Rolando Baguio Jr., alias Dodong, 41. He carried a .38-caliber revolver.",
        [
            "Arrested was Rolando Baguio Jr., alias Dodong, 41.",
            "He carried a .38-caliber revolver.",
        ],
    ),
    (
        "n176-ph-ave-ends",
        "The shop is on M.J. Cuenco Ave. It opened in 2015.",
        ["The shop is on M.J. Cuenco Ave.", "It opened in 2015."],
    ),
    (
        "n176-hk-ltd-code-mid",
        "Sai Kung Holdings Ltd. (2871) rose 3.1 per cent. Other developers were flat.",
        ["Sai Kung Holdings Ltd. (2871) rose 3.1 per cent.", "Other developers were flat."],
    ),
    (
        "n176-jp-inc-ends",
        "The chips come from Osaka Silicon Works Inc. Delivery takes eight weeks.",
        ["The chips come from Osaka Silicon Works Inc.", "Delivery takes eight weeks."],
    ),
    (
        "n176-jp-tax-incl-paren",
        "The Pro model costs ¥98,000 (tax incl.). The basic model is ¥64,800.",
        ["The Pro model costs ¥98,000 (tax incl.).", "The basic model is ¥64,800."],
    ),
    (
        "n176-kr-dr-st",
        "Dr. Kang Yu-na of St. Agnes Hospital in Daejeon said every bed was full. She asked parents to call first.",
        [
            "Dr. Kang Yu-na of St. Agnes Hospital in Daejeon said every bed was full.",
            "She asked parents to call first.",
        ],
    ),
    (
        "n176-mm-ma-ends",
        "U Thaw Zin earned his M.A. He taught in Mandalay for 30 years.",
        ["U Thaw Zin earned his M.A.", "He taught in Mandalay for 30 years."],
    ),
]
