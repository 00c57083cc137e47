"""Forty-fourth held-out set of hand-labelled pages for the hint engines (held-out, round twenty-nine): twelve whole pages from news sites in twelve countries, dense with speakers of many shapes.

HELD-OUT: never to be tuned on; only its summary figures are to be looked at. Written from scratch
for issue 13 in round twenty-nine, blind: nothing under `claimreview/` was opened, no other
`labelled_heldout*.py`, no `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/`, no README and no benchmark was read, `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. What was read: the module docstrings of `labelled_new.py` and
`labelled_new2.py` (in full) and of `labelled_new63.py`, `labelled_new64.py` and `labelled_new65.py`
(printed with Python's `ast`, the long output read in pieces); the `STYLES` and the first pages of
`labelled_new64.py` (one listing, cut by the tool in the middle of its first two pages, ran on into
its third and most of its fourth page); the first page of `labelled_new65.py`; the first fifteen split
cases of `labelled_new64.py` (each line cut to 400 characters); `build` in `labelled_articles.py`;
and the ruff settings in `pyproject.toml`. The pages and split cases of `labelled_new63.py` and the
split cases of `labelled_new65.py` were not read. A directory listing of `tests/text/`, the line
numbers of the `ARTICLES`, `CASES` and page-comment lines of `labelled_new63.py` to
`labelled_new65.py`, and `git status` (clean) were printed. What was run besides: Python one-liners
that checked the weekdays of the dates used; a conversion script of my own in /tmp that turned a
small line format into the literals below; an import of this file with `build` on every page; a
small checking script of my own in /tmp (four fields per sentence, flags only "B", "W" or "", a cue
for every speaker, the sentence count, every split case found in a built page and joining back to
its text); whole-word, case-insensitive greps of every capitalised word of these pages, styles and
split cases (each part of a hyphenated name apart) over the whole `tests/` tree that printed counts
of matching files only (three early ones printed the names of the one or two files that matched, never
their lines); and `ruff format` / `ruff check`.

Every person, small place, village, sitio, street, market, school, hospital ward, hotel, farm,
team, league, organisation, association, union, church, outlet, radio station, company and number
is invented. No surname, town, street, outlet, company, school, club or union of any file under
`tests/` is reused: the first greps hit about a hundred invented names and name parts of earlier
sets (surnames, towns, outlets, a company, a league, a team and a school), all renamed and grepped
again; given names,
honorifics, titles, real settings and common words ("Gazette", "Lantern", "Examiner", "Herald",
"Ledger", "Tide", "Post", "Mutual", "Palace", "Guild", "Ridge", "Triq", the Ilocano "awan")
recur. The files other writers were drafting at the same time were grepped too, as far as they
existed: `labelled_new66.py` to `labelled_new68.py` appeared before the last greps, and the one
invented name this set shared with one of them (an insurer's) was renamed; `labelled_heldout43.py`
did not exist yet. Real countries, regions, cities and public bodies
appear only as settings, with invented figures: Jamaica, St Elizabeth, Manchester, Westmoreland and
Black River, the St Elizabeth Municipal Corporation, the Ministry of Local Government and Community
Development and the party initials "PNP"; Scotland, the Scottish Borders, Kelso, Carlisle and the
north of England, Police Scotland, Jedburgh Sheriff Court, the procurator fiscal, the Justice
Secretary, Lithuania and Poland; Uganda, Lake Kyoga, Buyende District, Kamuli and Kampala, the
Ministry of Health, its Minister of State for Primary Health Care and Director General of Health
Services, and the World Health Organization's country office; New Zealand, Southland and the
Southland District, the NZX and the Minister for Regional Development; Canada, Manitoba, Dauphin and
Roblin, Hockey Canada and the RCMP; the Philippines, Benguet, Baguio, La Trinidad, Manila and the
Cordillera provinces in a menu, the Mines and Geosciences Bureau, the Office of Civil Defense
(OCD-Cordillera), PAGASA, the Bureau of Fire Protection and the Philippine Army; the United States,
Kansas, Garden City, the legislature, the governor's office and the federal Pell Grant; India,
Kerala, Kochi, Ernakulam and the cities in a menu, the Kerala High Court, the Motor Vehicles
Department (MVD), the Transport Commissioner, the Minister for Transport and Kochi Metro; Zambia,
Parliament, the Ministry of Local Government and Rural Development and the Local Government Act;
Malta, Gżira, Nepal and Pokhara, the Occupational Health and Safety Authority (OHSA) and the Building
and Construction Authority (BCA); Pakistan, Khyber Pakhtunkhwa, Swat, the Swat River, Mingora,
Saidu Sharif, Dir, Peshawar, Islamabad, Lahore and Punjab, the Provincial Disaster Management
Authority (PDMA), Rescue 1122, the Pakistan Meteorological Department, the Chief Minister's office,
the provincial assembly and Section 144; South Korea, Seoul, Busan, Daechi-dong, Gangnam and
Mok-dong, the Seoul Metropolitan Office of Education, the Seoul Metropolitan Council, the Ministry of
Education, the National Assembly, Statistics Korea and the Suneung. Facebook, X, WhatsApp, Telegram,
Instagram, LinkedIn and KakaoTalk appear only as channels.

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all
in a browser, so every furniture line (masthead, strap, menu, crumb, section label, byline, date
line, listen line, share strip, caption credit, advertisement slot, related, also-read, read-next
and most-viewed lists, newsletter, app, WhatsApp, letters and tip-off prompts, donation appeal,
correction note, comment notice, standings title and header, interview label and editing note, and
footer) is a paragraph of its own, worded in that site's own way, and "B". The stories are local
politics, police, health, business, sport, disaster, courts and education, each dense with
speakers: quotes with the cue before and after, quotes brought in by a colon, quotes over several
sentences and paragraphs, reported speech carried on with "added", "he added" and "continued"
sentences, "according to" a document, data or a report, statements, releases, posts, a phone
interview, press conferences with "Asked whether ..." questions, an interview transcript with name
prefixes and a Q. / A. box; speakers with titles, honorifics, roles and appositions, unnamed sources,
organisations, documents, and several people per story, some sharing a family name or a gender and
alternating. Many sentences are statements nobody is cited for and carry an empty speaker. The
twelve pages, with their hard cases and how they were labelled:

(1) A Jamaican weekly's parish page: a municipal corporation votes 9-4 to close an 84-year-old
market. The standfirst "Mayor says ... ready by September; vendors call the move ‘a death
sentence’" carries the mayor as the body first names him, "W" for the dated step. "Mayor of Black
River Councillor" is dropped; the mayor's two failed inspections and "Part of the roof came down in
the rains last October, ..." are "W", "I am not going to wait ..." "". "according to an engineer's
report tabled at the meeting" gives that report as written, then "The report says". The mayor and
the divisional councillor (two men) alternate: "Councillor" and "(PNP)" are dropped ("Lenworth
Saddington"), "countered" and "he said" carry the councillor, "Wedlake-Royall replied" the mayor,
"Saddington shot back" (his "your own party was in charge of two of them" "W", a checkable
retort) the councillor, and "the mayor said" (his voting record, "W") the mayor. "Miss" is dropped
from the vendors' president, whose distance, bus stop and petition figures are "W" and whose patois
quote is "". "State Minister in the Ministry of ..., Hon." is dropped, "told The Gazette by phone"
is the cue as "told The Gazette", and "She said a bus stop would be added “once the road is
finished”, but gave no date." is a pledge, "". "the ministry said" keeps "the ministry", and "It
said" after it resolves to "the Ministry of Local Government and Community Development", the name
as first given; "Braemount Civil Works Ltd., had until" does not split. An unnamed corporation
officer is kept as described without the clause on why, and "he said" carries the description. The
chief executive officer "declined to comment", "". "Dr." is dropped from the MP, whose post is a
pledge and a slogan, "". A vendor is named only after two quote paragraphs ("So said Miss Ivy
Goldbourne-Keir, 71, ..."), all "" (her own stall and years). "the corporation said" is kept as
written.

(2) A Scottish regional daily on a police press conference about 31 farm thefts. The headline's
quote with a colon carries no speaker ("W" for its count); the standfirst "Detective says ..."
carries the detective inspector. "Police believe 31 thefts ... were carried out by two organised
groups" carries "Police" with "believe" and is "W" for the count of record in the hedge. "Detective
Inspector" is dropped; "Asked whether the gangs had inside help, she said: “...”" is one sentence
with the cue "said", ""; the arrest, the court date and the report to the procurator fiscal are "W"
(the last two without a speaker); her appeal to phone 999 is advice, "". A farming couple share a
family name: "His wife, Kirsty, said" carries "Kirsty Cragbourne-Moffatt" (her family name supplied
from her husband's, as a reviewer would write it), "she added" her, "Mr Cragbourne-Moffatt said" him
and "Mrs Cragbourne-Moffatt said" her; the thefts from his farm are "W", the couple's 23-day wait,
cameras and insurance premium are private, "". "according to figures from Corsehope Mutual, a
rural insurer" -> "figures from Corsehope Mutual"; its head of claims "put it bluntly: “...”" (the
cue), "W" for a unit price and a claim of record. "In a statement ..., Police Scotland said" then
"The force said" kept as written; an MSP's post ("wrote on X", then "she wrote"); a farm-watch
co-ordinator who "called for" trackers (""), then "He said" ("W", a membership count); "A senior
officer who was not authorised to speak publicly" -> "A senior officer"; a dealer who "did not
respond to a request for comment", "".

(3) A Ugandan daily's health page on cholera at a Lake Kyoga landing site. The standfirst "Ministry
says 21,000 people to be vaccinated ..." carries the state minister through whom the body gives the
plan. "according to the Ministry of Health's latest situation report" then "The report says";
"Hon. Dr." and "Dr." are dropped from two women who alternate ("told journalists", "added", "she
said", "Asked whether the landing site would be closed, Kabanyoro-Ssekate replied" -> the minister,
"Atwongyeire-Luswata cautioned" -> the director general, her doubling "could" a hedge, "", and "She
said chlorine tablets would be given ..." her, "W"); "Dr." is dropped from the district health
officer and the district chairperson (two men) alternates with him through surname cues and "he
said", the chairperson's "blamed" and opinion "". "Hajji" is dropped from a boat owner who "denied"
(""), his own fishermen's trip private, "". "In a statement, the Kyoga Basin Health Alliance, a
group of ..., said" carries the alliance without the apposition, "It said it needed ..." is a need,
"". A WHO country office spokesperson and an unnamed nurse are kept as described. A smoker of fish is
named only after her quote ("said as she fanned her kiln that ..."), "" (her own sales). A committee
chairperson "did not answer repeated phone calls" (labelled like "did not respond", ""). "The
ministry says anyone with ..." is advice, "".

(4) A New Zealand regional business page on a meatworks closure, with an interview transcript. The
standfirst "Owner says ..." carries the company as first given ("Kahuwera Southfold Ltd", written
without a full stop, so "Ltd will close" is no boundary); "said in a statement to the NZX" is the
cue, "It said" resolves to the company and "The company said" stays as written. The union organiser
(a woman) "told reporters outside the gates" (cue "told reporters"), her pledge to ask for more
redundancy "". "Southland District Mayor" is dropped; the mayor and the organiser alternate ("The
mayor disputed that, saying ..." -> the mayor with "disputed", "W"). "Matua" is dropped from a
kaumātua, his count "W" and his vow "". "A spokesperson for the Minister for Regional Development" is
kept as written, "". A slicer is named only after her quote with "Those were the words of", "" (her
own family story). The "Q&A" label and the two-sentence note introducing the interview are "B". The
transcript prefixes are in capitals, full at first ("MEREANA WHEORO-DYALL:", "BRYN
ALDERHOLT-MCKIE:") and short after ("WHEORO-DYALL:", "ALDERHOLT-MCKIE:"): the reporter's turns carry
no speaker except where one cites a source ("The guild says workers got 40 minutes' notice." ->
"The guild" with "says", "W"), and every sentence of the chief executive's answers carries him with
the prefix as written as the cue (his losses "W", "We ran out of lambs, not out of will." and his
relocation pledge "").

(5) A Canadian small-city daily's sports page: a junior hockey league suspends a head coach and his
brother, the assistant coach. "KELSAW LAKE, Man. —" opens the lead, the suspension is "W" without a
speaker; "the league said in a release" carries "the Birchbark Junior Hockey League" as first given
and "It said" the same; "Jan. 24" and "Aug. 1." do not split inside and the latter ends a sentence.
"League commissioner" is dropped ("told a video news conference", "he said", "Asked if ...,
Lachaussée-Dunmow said", "The commissioner said") and the general manager (a man) alternates with him
through surname cues, his "would appeal" "" and his "given this town 11 years" "W". The brothers are
told apart by first names: "Marty Vasseur-Kehlmann said in a statement" and "Luc said" ->
"Luc Vasseur-Kehlmann"; their lawyer "said in an email" then "she wrote" ("Luc was 40 feet away
..." "W"). A mother's Instagram post ("posted on Instagram", then "she wrote") states her son's
hospital trip and alcohol level, "W"; "Another parent, who spoke on condition that her son not be
named," -> "Another parent". "according to the league's release" gives the release for Hockey
Canada's policy. "The team's statement, posted to its website ..., said" -> "The team's statement";
"The post said" -> "The post". A billet mother's view is ""; the captain "declined to comment
through a team spokesperson" carries the captain. The standings title and header are "B", the rows
"1. ...", "2. ...", "3. ..." are data, "", each one sentence.

(6) A Philippine regional site on a landslide in Benguet. "SADANGIT, Benguet –" opens the lead; "at
about 4:15 a.m. on Sunday," does not split. "Mayor" is dropped ("told reporters at the evacuation
centre" -> "told reporters"), "Engr." from the MDRRMO head, and "the MDRRMO said" is kept as
written. Two women alternate: "Punong Barangay" and later "Kapitana" are dropped from the barangay
captain (her house-to-house warning "", her 2024 request "W"), "Kagawad" from a councillor whose
quote in Ilocano and its English translation carry her with "said in Ilocano". "In an interview
with Radyo Bunong 96.7 FM, the mayor said" carries the mayor. "A report by the Mines and
Geosciences Bureau in 2023 warned ..., according to a copy seen by the Cordillera Current" carries
the report with "warned" (the copy is provenance, not the source), then "The report recommended".
"according to the Office of Civil Defense-Cordillera's situation report" then "The report said";
"OCD-Cordillera Regional Director Atty." is dropped. A PAGASA weather specialist's forecast is
spoken, "". "At a briefing in La Trinidad, an aide read a statement from Gov. ..." is an act, "W"
without a speaker; "In it, the governor said" carries the governor ("Gov." dropped) and "The
statement said" the statement as written. A rescuer who asked not to be named -> "A rescuer", and a
survivor named only after her quote with "So said", all "".

(7) A US student newspaper's site on a 6.5% tuition rise. The vote and the figures are "W" without a
speaker, "according to the university's budget office". "President Dr." is dropped ("told the
board", then "she said"); "Regent" and "Board chair" are dropped from a regent (a man) and the chair
(a woman) who alternate: "countered", "“Those are not deans, Dwight,” she said." (the first name
inside the quote is the addressee, not the speaker) and "The regent said" -> the regent. The student
body president "had a simple question: “...?”" (cue "had a simple question", one sentence, "") and
"She said afterward" ("W" for the 48 hours' notice). "Faculty Senate chair Dr." is dropped. "The
Student Government Association posted on Instagram" (a dated walkout, "W"), then "the post said".
"The governor's office said in a statement" is kept as written. At the news conference "Asked
whether ..., she said she could not promise that." is "" and "Asked about the administrative
salaries, she said 31 of the 38 ..." "W". An unnamed administrator is kept as described; a student is
named only after his quote with "said as he handed out walkout flyers ..." (his hours, loans and
rent private, ""). "according to the university's financial aid website". The two-sentence
correction note is "B".

(8) An Indian English daily's Kerala page: the High Court orders compensation after a school bus
crash. The headline "..., High Court says" carries the judge who wrote for the Bench, the first
source the body names with a verb of saying; the standfirst states the order, "W". "KOCHI:" opens the
lead, "St. Ephrem's" does not split. "Justice Hari Govindan-Nambisan, writing for a Division Bench
that included Justice ..., observed" carries him with "observed"; "the Bench said in its order" and
"The Bench disagreed, noting" keep "the Bench" / "The Bench". "According to the FIR" at the start of
a sentence gives "the FIR". "Appearing for the petitioners, Adv. ... submitted" carries the advocate;
"The Senior Government Pleader, Smt. ..., contended" the pleader, "". "Fr." is dropped from the
school's manager (a priest) and "Sri" from a father: the two men alternate ("told The Kayal Post",
"he said", "Fr. Panamkuzhiyil-Vettom said" -> the priest, "Ayyappankavu said" -> the father, whose
house name "Ayyappankavu" is kept as the last part of his name as first given). "The MVD's
inspection report, produced in court, found" -> "The MVD's inspection report". The court's
directions are acts, "W". The Minister's office "did not respond", "". A mother is named only after
two quote paragraphs with "The words were those of", "".

(9) A Zambian online paper on a town council doubling market levies. The standfirst "Marketeers'
chairperson says traders will boycott ..." carries him, "" (a threat). "according to the council's
2026 budget"; "His Worship the Mayor of Chibwelele, Cllr" is dropped. A councillor and his sister, a
trader, share a family name: "His sister, Grace Kapembwa-Sinkala," "Mr Kapembwa-Sinkala said" -> the
councillor and "Ms Kapembwa-Sinkala said" -> his sister; her K50 paid to a "cadre" and its stopping
and starting again are "W" (an alleged unofficial levy on a public market, checkable), her "Ask
anyone here ..." "". "The Town Clerk, ..., said" then "The Town Clerk said" resolves by role to her.
"Hon." is dropped from the minister ("told Parliament"), and "She said: “...”" is one sentence with
the cue "said", "". "Council Public Relations Manager" is dropped ("told the Luangwa Tide"); "Bishop"
is dropped from a church leader who "urged", "". "In a statement read to journalists by its
secretary, ..., the Chibwelele Chamber of Small Traders said" carries the chamber (the reader is not
the source), then "The statement said" the statement as written. An opposition councillor's post
("wrote on Facebook", a motion he will move, "", then "he wrote"); an unnamed council officer (its
payroll and arrears "W"); a trader named only after two quote paragraphs with "That was ...,
speaking from behind her stall", all "".

(10) A Maltese news site's court page: a developer and his son in the dock over a worker's death. The
headline's "foreman tells court" carries the foreman as the body names him; the standfirst's pleas
are "W". "A site foreman told a court on Wednesday that ..." carries him before he is named. The
charges are "W", "according to the charge sheet"; "Both have pleaded not guilty." "W". "Magistrate Dr"
and "Inspector" are dropped and carry nothing (the foreman testifies: "said", "he told the court",
"He said Raymond replied ..." and "The wall fell on the Tuesday." carried in his reported speech,
"Asked by Inspector ..., prosecuting, what Kurt did that morning, the witness said: “...”" one
sentence carrying the witness). Father and son share a family name and appear by first names inside
testimony and as "the elder" / "the younger Falzon-Ciantar" in the lawyers' appositions; neither
speaks. Maltese advocates are titled "Dr", dropped: "put it to the witness that ..." carries the
elder's lawyer ("W", a fact of record put), "Agius-Tanti replied" the foreman, "asked the witness
whether ..." the younger's lawyer (a woman), ""; "Schembri-Fenech objected" is "" and "The magistrate
allowed it to stand." an act, "W". "The court heard that ..." is "W" without a speaker. An OHSA
inspector "testified", then "She said". "the BCA said" keeps "the BCA", and "It said" resolves to
"the Building and Construction Authority (BCA)" as first given. "Outside court, the worker's brother,
..., spoke through an interpreter." carries no speaker (no words reported), and "he said" after it
carries him; the company's €5,000 to the family is "W". A union "wrote on Facebook", then "the union
wrote". Counsel for the family appearing as parte civile and the adjournment are "W".

(11) A Pakistani English daily on a flash flood in Swat. The standfirst "..., PDMA says" carries "the
Provincial Disaster Management Authority (PDMA)'s situation report", the source the body gives with
"according to" ("MINGORA:" opens that lead), then "The report said". "Swat Deputy Commissioner" is
dropped ("told The Hindukush Herald"), and "Engr." from the irrigation department's executive
engineer (two men alternating through "The deputy commissioner said", "Yousafkhel-Kundi said" and "he
said"). "Haji" is dropped from a hotel owner who "claimed" (""). "Rescue 1122 spokesman" is dropped
and "Malik" kept as the first part of the spokesman's name as written; "He added" and the next
sentence without a verb of saying ("The search would continue through the night ...") carry him with
"added". The Meteorological Department's "likely" thunderstorms are a spoken forecast, "". "the Chief
Minister's office said" and "It said" keep the office as written. An MPA "posted on X" ("W", his
2022 warning), then "he wrote" (""). An unnamed official is kept as described; the hoteliers' forum
"said in a statement", then "The statement said", both "". The Section 144 order is an act, "W". A
tourist is named only after two quote paragraphs with "said as she waited ... that ...", all "".

(12) A South Korean English-language daily on a proposed 9 p.m. cap for cram schools. Family names
are written first and kept in full ("Hwangbo Jae-seong", "Namgung Dong-chan"); "Seoul
Superintendent" and "Rep." are dropped. "according to Statistics Korea data"; "the office said in a
press release" keeps "the office", and "It said" resolves to "The Seoul Metropolitan Office of
Education" as first given. A hagwon federation president and a mother share the family name Namgung
("no relation"): "Mr. Namgung said" -> "Namgung Dong-chan" and "Ms. Namgung said" -> "Namgung
Hye-ryeong"; her son's hours and her spending are private, "". A union spokesperson's colon quote is
one sentence with "said". "The Ministry of Education said in a statement" and "An official at the
ministry, who asked not to be named," are kept as written without the clause. A lawmaker's post
("wrote on Facebook", her bill a pledge, "", then "she wrote"). A student is named only after her
quote with "Those were the words of", "". The "Q&A with the superintendent" label and its note are
"B"; "Q. The hagwon federation says ..." carries "The hagwon federation" with "says" ("W"), the other
questions nothing, and every sentence of the answers carries the superintendent with the cue "A.".

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new65.py`, as far as their docstrings were read, hold too
(furniture "B" line by line, captions by content and credits "B"; standfirsts labelled like
headlines, never split at a semicolon, a "says" in them carrying the source as the body names it;
titles, ranks, honorifics and roles dropped from speakers; a pronoun, a later surname, a first name,
a title with the surname or a role resolved to the full name as first given; organisations,
documents and data kept as written, "according to X" -> X, "It" for an organisation resolved to its
name as first given; a quote over several sentences or paragraphs carrying its speaker and cue;
quotes brought in by a colon one sentence with the words before the colon, less the speaker, as the
cue; speakers named only after their words carrying every sentence of them; anonymous sources kept as
described without the clause that explains the anonymity; "declined to comment" and "did not respond"
labelled like speech with flags ""; plans, votes, decisions, orders, rulings, charges, pleas and
figures of record "W"; spoken forecasts, hopes, pledges, opinions, feelings, scene, private
circumstances, questions and advice ""; a figure of record inside an opinion or a hedge "W"; data rows
of a table "", its title and header "B").

Splits. "Ltd." ends a sentence before "All Rights Reserved." / "All rights reserved." in the footers,
as do "Pvt. Ltd.", "(Pvt.) Ltd." and "Co." ("© The Namsan Post Co." / "All rights reserved."), and
"No. SC408172." before "All rights reserved."; "Aug. 1." ends a sentence; a "?" in furniture before a
capital ("Want to help?" / "The Cordillera Current ...", "Got a story?" / "WhatsApp ...") and the full
stop of a reporter's statement before the question that follows it ("... 40 minutes' notice." /
"Is that fair?", "... their jobs." / "Is that true?") end one. "Braemount Civil Works Ltd., had", "Kahuwera Southfold
Ltd will" (no full stop), "Hon. Claudette", "Dr. Paulette", "Hon. Dr. Josephine", "Dr. Miriam", "Dr.
Geoffrey", "KELSAW LAKE, Man. —", "Jan. 24 until", "4:15 a.m. on Sunday", "Engr. Virgilio", "Atty.
Leonora", "Gov. Armando", "96.7 FM", "President Dr. Helena", "Dr. Arjun", "St. Ephrem's", "Adv.
Sreejith", "Smt. Latha", "Fr. Thomas", "Fr. Panamkuzhiyil-Vettom", "₹38.5 lakh", "Mr Kapembwa-Sinkala",
"Ms Kapembwa-Sinkala", "Dr Carmela", "Dr Mark", "Dr Roberta", "Engr. Obaidullah", "9 p.m. for", "10
p.m. on Monday", "10:20 p.m. four nights", "Mr. Namgung", "Ms. Namgung", "Rep. Sagong", the prefixes
"Q." and "A.", the transcript prefixes, the standings rows "1. ...", and every colon before a quote
never split a sentence. A "?" closing a quote that is all of a colon quote ("had a simple question:
“How many of you paid $10,884 a year to go here?”") ends with that sentence.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word
from these pages (consecutive lines joined by a newline, sentences of one line by a space) and
written the same way: what a reviewer wants, not what the engine does. The set holds 548 sentences:
169 "B", 211 "W" and 316 with a speaker.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Jamaican weekly's parish news page, a municipal corporation votes 9-4 to close an 84-year-old market and move its vendors (masthead, founding-year strap, menu with pipes, section label, headline, semicolon standfirst carrying the mayor through Mayor says, byline with a slash and Gazette Writer, date line, share strip, caption and Photo by credit, a place dateline with an em dash, a vote of record, Mayor of Black River Councillor dropped, according to an engineer's report tabled at the meeting then The report says, Councillor and the party initials dropped, two men alternating (the mayor and the divisional councillor) with countered, replied, shot back and the mayor said, a roof collapse inside a quote, Miss dropped from an association president, an ADVERTISEMENT slot, Hon. dropped from a state minister with told The Gazette by phone and She said, the ministry said then It said resolved to the ministry as first given, Ltd., in mid-sentence, an unnamed corporation officer then he said, a chief executive officer who declined to comment, Dr. dropped from an MP who wrote on Facebook then she wrote, three women in the story, a vendor in patois named only after two quote paragraphs with So said and Miss dropped, the corporation said, Related Stories list, a letters prompt in two sentences, footer with Ltd.)",
    "Scottish regional daily's site, police hold a press conference on a wave of farm thefts in the Borders (masthead, sign-in strip, menu, crumb with arrows, headline with a quote and a colon, standfirst carrying the detective inspector through Detective says, byline with an email, published and updated line, share strip, caption and credit, figures of record without a speaker, Detective Inspector dropped with told a press conference, Asked whether ..., she said: with a quote, her appeal as advice, a husband and wife sharing a family name (Mr, Mrs, his wife, Kirsty) alternating with she added and he said, an insurer's head of claims with put it bluntly: and a quote, according to figures from an insurer with the apposition dropped, an arrest and a court appearance of record, a report to the procurator fiscal, In a statement, Police Scotland said then The force said kept as written, an MSP's post on X then she wrote, a rural watch co-ordinator (a man) who called for, an unnamed officer, a dealer who did not respond, Read more line, newsletter prompt, comments-closed line, footer with Ltd and a company number)",
    "Ugandan daily's health page, a cholera outbreak at a Lake Kyoga landing site (masthead, e-paper and login strip, menu, section label, headline with a colon, semicolon standfirst carrying the state minister through Ministry says, byline with place, date line with EAT, share strip, caption and credit, according to the ministry's situation report, Hon. Dr. dropped from a state minister (a woman) with told journalists in Kampala, Dr. dropped from the director general (a woman), the two women alternating with added, cautioned and she said, a press conference question Asked whether ..., with the minister's surname and replied, Dr. dropped from a district health officer (a man) and the district chairperson (a man) alternating with surname cues and he said, an alliance's statement then it said, a WHO country office spokesperson, an unnamed health worker, a boat owner with Hajji dropped, a trader named only after her quote with said as she, a chairperson who did not answer calls, Also read line, WhatsApp channel prompt, footer with Ltd.)",
    "New Zealand regional business page, a meat processor closes a Southland plant, with an interview transcript (masthead, menu, section label, headline, standfirst carrying the company with says, byline, date line with NZST, listen line, share strip, caption and credit with a slash, said in a statement to the NZX then It said resolved to the company as first given, Ltd in mid-sentence without a full stop, a union organiser (a woman) with told reporters outside the gates, Matua dropped from a kaumātua, Southland District Mayor dropped, the mayor and the union organiser alternating, a minister's office statement, according to the company's annual report, an unnamed manager, a worker named only after her quote with Those were the words of, an interview transcript introduced by a note with name prefixes in capitals (the reporter's turns, one citing the union, and the chief executive's full and short prefixes), Related line, newsletter prompt, footer)",
    "Canadian small-city daily's sports page, a junior hockey league suspends a head coach and his brother after a hazing complaint (masthead, weather strip, menu, section label with a slash, headline, standfirst carrying the league commissioner with says, byline with role, posted and last-updated line, share strip, caption and credit, KELSAW LAKE, Man. — dateline, a suspension of record without a speaker, brothers sharing a family name told apart by first names (Marty said, Luc said), the league said in a release then It said, the commissioner at a video news conference with Asked if ..., he said, the club's general manager (a man) alternating with the commissioner, a player's mother with an Instagram post then she wrote, a parent (a woman) who spoke on condition that her son not be named, Hockey Canada's policy via according to, a lawyer for the brothers with said in an email, a billet mother, a team statement that was posted then the post said, the club's captain who declined to comment through a team spokesperson, standings box with a title, header and rows, footer)",
    "Philippine regional news site in the Cordillera, a landslide buries houses in a Benguet village after days of rain (masthead, menu, crumb, headline, standfirst carrying the municipal mayor through Mayor says, byline with a slash, date line with PHT, share strip, caption opening in capitals with its credit in capitals on a line of its own, a SADANGIT, Benguet – dateline, toll figures of record, Mayor dropped with told reporters at the evacuation centre, Engr. dropped from an MDRRMO head, Punong Barangay and Kapitana dropped (a woman) alternating with a Kagawad (a woman) with the honorific dropped, a quote in Ilocano with its English translation, said in an interview with a radio station, according to the OCD's situation report then the report said, Regional Director Atty. dropped from a woman, PAGASA's spoken forecast, a 2023 report with warned and according to a copy seen by the site left out of the speaker, Gov. dropped from a provincial governor's statement read by an aide as an act then the statement said, an unnamed rescuer, a survivor named only after her quote with So said, ALSO READ line, donation appeal in two sentences, footer)",
    "US student newspaper's site in Kansas, a state university's board of governors raises tuition by 6.5% (masthead with founding year, menu, section label, headline, standfirst carrying the student body president with says, byline with two names and staff roles, date line, share strip, caption and credit, a vote of record without a speaker, according to the university's budget office, President Dr. dropped from the university president (a woman) with told the board, Regent and Board chair dropped, a regent (a man) who voted no and the board chair (a woman) alternating with countered, a first name inside a quote and The regent said, the student body president (a woman) with a colon quote and said afterward, Dr. dropped from the faculty senate chair (a man), an Instagram post by student government then the post said, The governor's office said in a statement, a press conference with Asked whether ..., she said and a second question, an unnamed administrator, a student named only after his quote with said as he, the university's financial aid page via according to, a correction note, More from The Inkwell list, footer)",
    "Indian English daily's Kerala page, the High Court orders a school and the state to pay compensation after a school bus crash (masthead, e-paper strip, menu, section label, headline ending in High Court says carrying the judge who wrote for the Bench, standfirst carrying the court's order, byline with place, updated line with IST, follow and share strip, KOCHI: dateline, an order of record without a speaker, Justice dropped from a judge writing for a Division Bench with observed, then the Bench said in its order kept as written, according to the FIR, the petitioners' counsel with Adv. dropped and submitted, the Senior Government Pleader with Smt. dropped and contended, Fr. dropped from the school's manager (a priest) with told The Kayal Post and a later Fr. with the surname, Sri dropped, two men alternating (the petitioner father and the school manager) with said and surname cues, The MVD's inspection report with found, the court directed as an act, a mother named only after her quote with The words were those of, the Minister's office that did not respond, an unnamed MVD official, also-read list, app line, footer with Pvt. Ltd.)",
    "Zambian online paper's local government page, a town council doubles daily market levies and traders protest (masthead, tagline strap, menu, section label, headline, standfirst carrying the marketeers' chairperson with says, byline, date line with CAT, share strip, caption and credit, a resolution of record, according to the council's 2026 budget, His Worship the Mayor Cllr dropped, a councillor (a man) and a trader (a woman) sharing a family name as siblings, told apart by Mr and Ms and by first names, the Town Clerk resolved by role, Hon. dropped from a minister with told Parliament, a colon quote after said, the council's public relations manager with told the Luangwa Tide, Bishop dropped from a church leader with urged, an association statement read out by its secretary then the statement said, an opposition councillor's Facebook post then he wrote, an unnamed council officer, a trader named only after two quote paragraphs with That was, Related Articles list, tip-off prompt with a question, footer)",
    "Maltese news site's court page, a developer and his son in the dock over a worker's death when a wall collapsed (masthead, menu, section label, headline, standfirst carrying the foreman with tells court, byline, date line, share strip, caption and credit with a pipe, charges of record via according to the charge sheet, Magistrate dropped, Inspector dropped from a police prosecutor, a father and son sharing a family name (the developer and the site manager) told apart by first names and by the elder and the younger, the court heard, a foreman testifying with told the court and replied, a colon quote in testimony, lawyers with Dr dropped (Maltese advocates) alternating with asked, put it to the witness, objected, and The magistrate allowed it to stand as an act, an OHSA inspector who testified, the BCA said in a statement then It said, the victim's brother speaking through an interpreter, a union's post then the union wrote, both plead not guilty, the case adjourned as an act, Read next list, comment policy line, footer)",
    "Pakistani English daily's Khyber Pakhtunkhwa page, a flash flood in Swat sweeps away tourists and riverside hotels (masthead, e-paper and weather strip, menu, section label, headline, standfirst ending in PDMA says carrying the PDMA's situation report as the body names it, byline with place, date line with PKT, share strip, caption and credit, a MINGORA: dateline, according to the PDMA's situation report then the report said, Deputy Commissioner dropped from a man with told The Hindukush Herald, Engr. dropped from an irrigation engineer (a man) alternating with the deputy commissioner, Haji dropped from a hotel owner with claimed, a tourist from Lahore (a woman) named only after her quote with said as she, Malik kept as part of a name, a Rescue 1122 spokesman with told reporters and he added carried into the next sentence, the Pakistan Meteorological Department's spoken forecast, the Chief Minister's office said in a statement then it said, an MPA who posted on X then he wrote, an unnamed official who asked not to be named, a statement by hotel owners then the statement said, a Section 144 order as an act, related list, app prompt, footer)",
    "South Korean English-language daily's education page, Seoul's education office moves to cap late-night cram school hours (masthead, menu, section label, headline, standfirst carrying the superintendent with says, byline with a role, date line with KST, share strip with a text-size control, caption and credit, family names written first, Superintendent dropped, according to Statistics Korea data, a hagwon association president (a man) and a parent (a woman) sharing the family name Namgung, told apart by Mr. and Ms., a teachers' union spokesperson with a colon quote, said in a press release then it said, an education ministry official who asked not to be named, a student named only after her quote with those were the words of, a lawmaker's Facebook post, a press briefing Q&A with Q. and A. prefixes (a reporter's question citing the association), a public hearing date, Most viewed list, footer with Co.)",
]

ARTICLES = [
    [  # 1. Jamaican weekly's parish news page, a municipal corporation votes to close an 84-year-old market
        [("THE OTAHEITE GAZETTE", "", "", "B")],
        [("Serving St Elizabeth, Manchester and Westmoreland since 1958", "", "", "B")],
        [("Home | News | Parish News | Business | Sport | Entertainment | Letters | Obituaries | E-Paper", "", "", "B")],
        [("PARISH NEWS", "", "", "B")],
        [("Cobbla Ridge market to close after 84 years as council votes 9-4", "", "", "W")],
        [("Mayor says new arcade will be ready by September; vendors call the move ‘a death sentence’", "Everald Wedlake-Royall", "says", "W")],
        [("Tashauna Orrigan-Blissard/Gazette Writer", "", "", "B")],
        [("Sunday, May 10, 2026", "", "", "B")],
        [("Share: Facebook | X | WhatsApp | Email", "", "", "B")],
        [("Vendors pack up their stalls at the Cobbla Ridge market on Friday evening.", "", "", ""),
         ("Photo by Orville Stedding-Karrow", "", "", "B")],
        [("COBBLA RIDGE, St Elizabeth — The St Elizabeth Municipal Corporation voted 9-4 on Thursday to close the Cobbla Ridge market, which opened in 1942, and to move its 212 licensed vendors to a new arcade on Pindar Lane by the end of the year.", "", "", "W")],
        [("Mayor of Black River Councillor Everald Wedlake-Royall, who chaired the corporation's monthly meeting, said the market building had failed two structural inspections, in 2023 and again in February.", "Everald Wedlake-Royall", "said", "W"),
         ("“Part of the roof came down in the rains last October, and by the grace of God nobody was under it,” he said.", "Everald Wedlake-Royall", "said", "W"),
         ("“I am not going to wait for the next piece to fall.”", "Everald Wedlake-Royall", "said", "")],
        [("The building failed on load-bearing capacity in both inspections, according to an engineer's report tabled at the meeting.", "an engineer's report tabled at the meeting", "according to", "W"),
         ("The report says the east wall has moved 40 millimetres since 2023 and recommends that the market be closed “without delay”.", "The report", "says", "W")],
        [("Councillor Lenworth Saddington (PNP), who represents the Cobbla Ridge division, countered that the corporation had known about the roof for six years and had spent only $2.1 million on repairs in that time.", "Lenworth Saddington", "countered", "W"),
         ("“They let it fall down so they could move the people,” he said.", "Lenworth Saddington", "countered", "")],
        [("Wedlake-Royall replied that the corporation had asked the central government for repair money in three budgets and had been turned down each time.", "Everald Wedlake-Royall", "replied", "W")],
        [("“Three budgets, and your own party was in charge of two of them,” Saddington shot back.", "Lenworth Saddington", "shot back", "W")],
        [("“And I voted for the repairs every single time,” the mayor said.", "Everald Wedlake-Royall", "said", "W")],
        [("The four votes against the motion came from the councillors for the Cobbla Ridge, Lower Stannaway, Quaco Hill and Mount Dorrel divisions.", "", "", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Miss Hyacinth Dacrow-Pommelly, president of the Cobbla Ridge Vendors' Association, said the new arcade was 2.4 kilometres from the town square and had no bus stop.", "Hyacinth Dacrow-Pommelly", "said", "W"),
         ("“A market is where the people pass,” she said.", "Hyacinth Dacrow-Pommelly", "said", ""),
         ("“Up there, is only goat going to pass.”", "Hyacinth Dacrow-Pommelly", "said", "")],
        [("She said 160 of the association's 190 members had signed a petition against the move, which was handed to the corporation's secretary on Wednesday.", "Hyacinth Dacrow-Pommelly", "said", "W")],
        [("State Minister in the Ministry of Local Government and Community Development, Hon. Claudette Rowcastle-Akinyele, told The Gazette by phone on Friday that each of the arcade's 226 stalls would have lights, running water and a lock-up shutter.", "Claudette Rowcastle-Akinyele", "told The Gazette", "W"),
         ("She said a bus stop would be added “once the road is finished”, but gave no date.", "Claudette Rowcastle-Akinyele", "said", "")],
        [("In a statement later on Friday, the ministry said $148 million had been spent on the arcade so far, out of a budget of $176 million.", "the ministry", "said", "W"),
         ("It said the contractor, Braemount Civil Works Ltd., had until August 31 to finish the roof and the drains.", "the Ministry of Local Government and Community Development", "said", "W")],
        [("A senior officer of the corporation, who asked not to be named because he was not authorised to speak to the media, said the old market's land had been valued at $95 million in 2025 and that a private developer had already asked about buying it.", "A senior officer of the corporation", "said", "W"),
         ("“Everybody in this parish know somebody who want that land,” he said.", "A senior officer of the corporation", "said", "")],
        [("The corporation's chief executive officer, Marcia Ploughman-Brydie, declined to comment on the land when contacted on Friday.", "Marcia Ploughman-Brydie", "declined to comment", "")],
        [("The area's Member of Parliament, Dr. Paulette Ogelsby-Snaith, wrote on Facebook on Friday night that she would ask the minister to keep the old market open until a bus stop was built at the arcade.", "Paulette Ogelsby-Snaith", "wrote on Facebook", ""),
         ("“Our vendors are not goats and they will not be sent up a hill,” she wrote.", "Paulette Ogelsby-Snaith", "wrote", "")],
        [("“I sell in this market from I was 14.", "Ivy Goldbourne-Keir", "said", ""),
         ("My mother sell here, and her mother before her.", "Ivy Goldbourne-Keir", "said", "")],
        [("“Them can give me a stall up the hill, but them cannot give me the customers.”", "Ivy Goldbourne-Keir", "said", "")],
        [("So said Miss Ivy Goldbourne-Keir, 71, who has sold yam and breadfruit from the same corner stall since 1969.", "Ivy Goldbourne-Keir", "said", "")],
        [("Vendors will move to the arcade in three phases starting on September 1, the corporation said.", "the corporation", "said", "W"),
         ("The old building will then be fenced off.", "", "", "W")],
        [("The corporation's next monthly meeting is on Thursday, June 11, at its Black River offices.", "", "", "W")],
        [("Related Stories", "", "", "B")],
        [("Black River courthouse restoration behind schedule, contractor says", "", "", "B")],
        [("Manchester farmers count losses after a dry April", "", "", "B")],
        [("Have your say on the market move.", "", "", "B"),
         ("Write to letters@otaheitegazette.com.jm", "", "", "B")],
        [("© 2026 Otaheite Gazette Ltd.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
        [("Privacy Policy | Terms of Use | Advertise With Us", "", "", "B")],
    ],
    [  # 2. Scottish regional daily's site, police hold a press conference on a wave of farm thefts
        [("THE TEVIOT LANTERN", "", "", "B")],
        [("Sign in | Subscribe | Today's edition", "", "", "B")],
        [("News | Sport | Farming | What's On | Opinion | Jobs | Notices", "", "", "B")],
        [("Home › News › Crime", "", "", "B")],
        [("‘They know what they're looking for’: police link 31 farm thefts across the Borders", "", "", "W")],
        [("Detective says organised gangs are targeting GPS units and quad bikes worth £640,000", "Iona Caskieson-Lauder", "says", "W")],
        [("By Callum Birsett-Yuille, crime reporter | callum.birsett-yuille@teviotlantern.co.uk", "", "", "B")],
        [("Published 14 May 2026 · 16:20 | Updated 14 May 2026 · 18:05", "", "", "B")],
        [("Share | Facebook | X | WhatsApp | Email", "", "", "B")],
        [("A quad bike shed at Cragsmuir Farm near Denholmbrae, broken into on April 29.", "", "", "W"),
         ("Picture: Teviot Lantern", "", "", "B")],
        [("Police believe 31 thefts from farms across the Scottish Borders since January were carried out by two organised groups travelling up from the north of England.", "Police", "believe", "W")],
        [("Equipment worth about £640,000 has been taken, including 44 GPS units from tractors, 19 quad bikes and two all-terrain vehicles.", "", "", "W")],
        [("Detective Inspector Iona Caskieson-Lauder told a press conference at the force's divisional headquarters on Thursday that most of the raids happened between 1am and 4am on farms within a mile of a main road.", "Iona Caskieson-Lauder", "told a press conference", "W"),
         ("“They know what they're looking for, and they know exactly how long it takes us to get there,” she said.", "Iona Caskieson-Lauder", "said", "")],
        [("Asked whether the gangs had inside help, she said: “We are keeping an open mind, but we have no evidence at the moment that anyone on the farms was involved.”", "Iona Caskieson-Lauder", "said", "")],
        [("She said a 34-year-old man had been arrested in Carlisle on Tuesday and charged in connection with two of the thefts.", "Iona Caskieson-Lauder", "said", "W"),
         ("He is due to appear at Jedburgh Sheriff Court on Monday.", "", "", "W")],
        [("A report on a second man, aged 41, has been sent to the procurator fiscal.", "", "", "W")],
        [("“If you see a van or a pickup on a farm track in the middle of the night, don't wait until the morning to tell us,” the detective inspector said.", "Iona Caskieson-Lauder", "said", ""),
         ("“Phone 999 while they're still there.”", "Iona Caskieson-Lauder", "said", "")],
        [("Alasdair Cragbourne-Moffatt, who farms 480 acres at Cragsmuir, said thieves cut through two padlocks and took a quad bike and the GPS units from three tractors in the early hours of April 29.", "Alasdair Cragbourne-Moffatt", "said", "W")],
        [("His wife, Kirsty, said the farm had waited 23 days for the GPS units to be replaced.", "Kirsty Cragbourne-Moffatt", "said", ""),
         ("“That's 23 days of spraying by eye in the busiest month of the year,” she added.", "Kirsty Cragbourne-Moffatt", "added", "")],
        [("“We used to leave the keys in the tractor,” Mr Cragbourne-Moffatt said.", "Alasdair Cragbourne-Moffatt", "said", ""),
         ("“Now we've a camera on every shed and we still can't sleep.”", "Alasdair Cragbourne-Moffatt", "said", "")],
        [("Mrs Cragbourne-Moffatt said the farm's insurance premium had gone up by £1,100 this year.", "Kirsty Cragbourne-Moffatt", "said", "")],
        [("Claims for stolen farm machinery in the Borders rose to £1.9m in 2025, from £1.1m in 2024, according to figures from Corsehope Mutual, a rural insurer.", "figures from Corsehope Mutual", "according to", "W")],
        [("Its head of claims for Scotland, Euan Dalgarnock, put it bluntly: “GPS kit is small, it's worth £10,000 a unit and it sells abroad within a week.”", "Euan Dalgarnock", "put it bluntly", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("In a statement after the press conference, Police Scotland said officers had stopped 212 vehicles on rural roads in the Borders at night since March as part of Operation Ploughshare.", "Police Scotland", "said", "W"),
         ("The force said it had also given 600 property-marking kits to farmers.", "The force", "said", "W")],
        [("The area's MSP, Rhona Fairnington-Lumgair, wrote on X that she had asked the Justice Secretary to fund two more rural crime officers for the Borders.", "Rhona Fairnington-Lumgair", "wrote on X", "W"),
         ("“Rural crime is not a victimless crime and it is not a rural problem only,” she wrote.", "Rhona Fairnington-Lumgair", "wrote", "")],
        [("Doddie Maxtone-Inglis, who co-ordinates the Upper Teviot Farm Watch scheme, called for GPS units to be fitted with trackers as standard.", "Doddie Maxtone-Inglis", "called for", ""),
         ("He said the scheme's WhatsApp group had grown from 40 members to 310 since January.", "Doddie Maxtone-Inglis", "said", "W")],
        [("A senior officer who was not authorised to speak publicly said several of the stolen units had turned up for sale online in Lithuania and Poland.", "A senior officer", "said", "W")],
        [("A machinery dealer in Kelso whose yard was raided in March did not respond to a request for comment.", "A machinery dealer in Kelso whose yard was raided in March", "did not respond to a request for comment", "")],
        [("Read more: Farmers told to mark kit as thefts rise", "", "", "B")],
        [("Get the Lantern's morning briefing in your inbox.", "", "", "B"),
         ("Sign up", "", "", "B")],
        [("Comments are closed on this article.", "", "", "B")],
        [("© 2026 Teviot Lantern Ltd, Registered in Scotland No. SC408172.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. Ugandan daily's health page, a cholera outbreak at a Lake Kyoga landing site
        [("ENKUBA DAILY", "", "", "B")],
        [("E-Paper | Login | Subscribe", "", "", "B")],
        [("Home | News | Health | Business | Politics | Sports | Opinion | Lifestyle", "", "", "B")],
        [("HEALTH", "", "", "B")],
        [("Cholera at Kagwara-Nsoli: 9 dead, 147 admitted as outbreak spreads to two more villages", "", "", "W")],
        [("Ministry says 21,000 people to be vaccinated from Monday; fishermen asked to stop drinking lake water", "Josephine Kabanyoro-Ssekate", "says", "W")],
        [("By Brenda Nalubowa-Kizza, Buyende", "", "", "B")],
        [("Published: Wednesday, May 13, 2026, 07:40 EAT", "", "", "B")],
        [("Share: Facebook | X | WhatsApp | Telegram | Email", "", "", "B")],
        [("Health workers disinfect a latrine at Kagwara-Nsoli landing site on Tuesday.", "", "", ""),
         ("PHOTO | BRENDA NALUBOWA-KIZZA", "", "", "B")],
        [("Nine people have died and 147 have been admitted with cholera at Kagwara-Nsoli landing site in Buyende District since the first case was confirmed on April 28, according to the Ministry of Health's latest situation report.", "the Ministry of Health's latest situation report", "according to", "W")],
        [("The report says 31 of those admitted are children under five, and that cases have now been recorded in the nearby villages of Bukonte and Nsoli-Kabira.", "The report", "says", "W")],
        [("The Minister of State for Primary Health Care, Hon. Dr. Josephine Kabanyoro-Ssekate, told journalists in Kampala on Tuesday that an oral cholera vaccination drive for 21,000 people would start at the landing site on Monday.", "Josephine Kabanyoro-Ssekate", "told journalists", "W"),
         ("“We have the doses in the country and the teams are already on the ground,” she said.", "Josephine Kabanyoro-Ssekate", "said", "W")],
        [("The Director General of Health Services, Dr. Miriam Atwongyeire-Luswata, added that 18 of the 22 water samples taken from the lake shore had tested positive for the cholera bacterium.", "Miriam Atwongyeire-Luswata", "added", "W"),
         ("“People are bathing, washing fish and drinking from the same few metres of water,” she said.", "Miriam Atwongyeire-Luswata", "said", "W")],
        [("Asked whether the landing site would be closed, Kabanyoro-Ssekate replied that closing it would push fishermen to other sites and spread the disease further.", "Josephine Kabanyoro-Ssekate", "replied", "")],
        [("Atwongyeire-Luswata cautioned that the number of cases could double in the next two weeks if people kept drinking untreated water.", "Miriam Atwongyeire-Luswata", "cautioned", ""),
         ("She said chlorine tablets would be given to every household at the site.", "Miriam Atwongyeire-Luswata", "said", "W")],
        [("The Buyende District Health Officer, Dr. Geoffrey Waiswa-Mugoya, said the landing site, which has about 6,400 residents, has 11 working latrines.", "Geoffrey Waiswa-Mugoya", "said", "W"),
         ("“Four of them are on the shore itself, and when the lake rises they flood,” he said.", "Geoffrey Waiswa-Mugoya", "said", "W")],
        [("The district chairperson, Stephen Kawuki-Bazaale, said the district had asked the ministry for 40 more latrines in its 2025 budget but received money for eight.", "Stephen Kawuki-Bazaale", "said", "W")],
        [("Waiswa-Mugoya said six of the nine people who died reached the health centre more than 12 hours after falling ill.", "Geoffrey Waiswa-Mugoya", "said", "W"),
         ("“By the time they come, we are fighting for the kidney, not the stomach,” he said.", "Geoffrey Waiswa-Mugoya", "said", "")],
        [("Kawuki-Bazaale blamed boat owners for the late arrivals.", "Stephen Kawuki-Bazaale", "blamed", ""),
         ("“A fisherman who goes to the health centre is a fisherman who is not on the water, and some owners don't want that,” he said.", "Stephen Kawuki-Bazaale", "said", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Hajji Sulaiman Mukiibi-Wandera, who owns 14 boats at Kagwara-Nsoli, denied that owners kept sick crew on the water.", "Sulaiman Mukiibi-Wandera", "denied", ""),
         ("He said he had paid for two of his fishermen to be taken to the district hospital in Kamuli by motorcycle last week.", "Sulaiman Mukiibi-Wandera", "said", "")],
        [("In a statement, the Kyoga Basin Health Alliance, a group of eight charities working around the lake, said it had set up four oral rehydration points at the landing site.", "the Kyoga Basin Health Alliance", "said", "W"),
         ("It said it needed 6,000 more jerrycans for households without safe storage.", "the Kyoga Basin Health Alliance", "said", "")],
        [("A spokesperson for the World Health Organization's country office said it had sent 300,000 chlorine tablets and two cholera kits, each enough to treat 100 patients.", "A spokesperson for the World Health Organization's country office", "said", "W")],
        [("A nurse at the Kagwara-Nsoli health centre, who asked not to be named because staff are not allowed to speak to the press, said the centre had 12 beds and had been treating patients on mats in the compound since Saturday.", "A nurse at the Kagwara-Nsoli health centre", "said", "W")],
        [("“The fish does not know it is cholera.", "Aidah Namukose-Bwire", "said", ""),
         ("The buyer from Kampala does not ask.”", "Aidah Namukose-Bwire", "said", "")],
        [("Aidah Namukose-Bwire, who smokes and sells fish at the landing site, said as she fanned her kiln that her sales had fallen by half since the outbreak was announced.", "Aidah Namukose-Bwire", "said", "")],
        [("The chairperson of the Kagwara-Nsoli Beach Management Committee, Moses Tibenkana-Okwir, did not answer repeated phone calls on Tuesday.", "Moses Tibenkana-Okwir", "did not answer repeated phone calls", "")],
        [("Cholera is spread through food and water contaminated with faeces.", "", "", "W"),
         ("The ministry says anyone with sudden watery diarrhoea should go to the nearest health facility at once.", "The ministry", "says", "")],
        [("ALSO READ: Kyoga fishermen decry new net rules", "", "", "B")],
        [("Follow Enkuba Daily on WhatsApp for breaking news.", "", "", "B")],
        [("© 2026 Enkuba Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. New Zealand regional business page, a meat processor closes its Southland plant with an interview transcript
        [("SOUTHERN FIELD & MARKET", "", "", "B")],
        [("News   Farming   Business   Rural Life   Opinion   Property   Jobs", "", "", "B")],
        [("BUSINESS", "", "", "B")],
        [("Rakeiti meatworks to shut in July with 412 jobs gone", "", "", "W")],
        [("Owner says falling lamb numbers and a $38 million upgrade bill made the plant unviable", "Kahuwera Southfold Ltd", "says", "W")],
        [("Mereana Wheoro-Dyall", "", "", "B")],
        [("05:00, May 15 2026 NZST", "", "", "B")],
        [("Listen to this article · 6 min", "", "", "B")],
        [("Share on Facebook   Share on X   Share via Email", "", "", "B")],
        [("Workers leave the Rakeiti plant after Thursday's meeting.", "", "", ""),
         ("Jono Tullett / Southern Field & Market", "", "", "B")],
        [("Kahuwera Southfold Ltd will close its lamb and mutton plant at Rakeiti in western Southland at the end of July, with the loss of 412 jobs, the company said in a statement to the NZX on Thursday.", "Kahuwera Southfold Ltd", "said in a statement to the NZX", "W"),
         ("It said the plant processed 610,000 lambs in the 2024-25 season, down from 1.02 million ten years earlier.", "Kahuwera Southfold Ltd", "said", "W")],
        [("The company said bringing the 1971 plant's cooling and wastewater systems up to standard would cost about $38 million.", "The company", "said", "W"),
         ("Stock will be sent to its Waitahanui plant, 140km away, from August 1.", "", "", "W")],
        [("The plant's 412 staff are members of the Meat Processing Workers' Guild, whose Southland organiser, Shona Fitzallen, told reporters outside the gates that workers were given 40 minutes' notice of the meeting.", "Shona Fitzallen", "told reporters", "W"),
         ("“They were told in a smoko room and sent back to the chain,” she said.", "Shona Fitzallen", "said", "W"),
         ("“That's not how you treat people who have given you 30 years.”", "Shona Fitzallen", "said", "")],
        [("She said the guild would ask the company to keep the plant open until the end of the season and to pay redundancy at four weeks per year of service rather than the two in the collective agreement.", "Shona Fitzallen", "said", "")],
        [("Southland District Mayor Graeme Haanstra said the plant was the district's largest private employer and paid about $21 million a year in wages.", "Graeme Haanstra", "said", "W"),
         ("“Rakeiti has 900 people and the plant is half of the jobs in it,” he said.", "Graeme Haanstra", "said", "W")],
        [("Fitzallen said the council had known the plant was at risk since at least February.", "Shona Fitzallen", "said", "W"),
         ("The mayor disputed that, saying the council first heard of the closure on Wednesday night.", "Graeme Haanstra", "disputed", "W")],
        [("The number of lambs processed in New Zealand fell by 9% in the year to September 2025, according to the company's annual report, which blames the conversion of sheep farms to forestry.", "the company's annual report", "according to", "W")],
        [("Matua Hemi Rauparaha-Tiweka, a kaumātua of Te Rūnanga o Rakeiti, said more than a third of the plant's workers were Māori and many had worked there for two generations.", "Hemi Rauparaha-Tiweka", "said", "W"),
         ("“The rūnanga will be at the gates every day until the last shift,” he said.", "Hemi Rauparaha-Tiweka", "said", "")],
        [("A spokesperson for the Minister for Regional Development said the minister's office had been told on Thursday morning and would “work with the company and the community”.", "A spokesperson for the Minister for Regional Development", "said", "")],
        [("A manager at the plant, who did not want to be named, said the chain had run four days a week since March.", "A manager at the plant", "said", "W")],
        [("“My dad worked on the mutton chain here, and I met my husband on the boning room floor.", "Lorraine Ruāwai", "words", ""),
         ("I don't know what Rakeiti is without the works.”", "Lorraine Ruāwai", "words", "")],
        [("Those were the words of Lorraine Ruāwai, 58, a slicer at the plant for 27 years, as she left Thursday's meeting.", "Lorraine Ruāwai", "words", "")],
        [("Q&A", "", "", "B")],
        [("Southern Field & Market spoke to Kahuwera Southfold chief executive Bryn Alderholt-Mckie by phone on Thursday afternoon.", "", "", "B"),
         ("The interview has been edited for length and clarity.", "", "", "B")],
        [("MEREANA WHEORO-DYALL: The guild says workers got 40 minutes' notice.", "The guild", "says", "W"),
         ("Is that fair?", "", "", "")],
        [("BRYN ALDERHOLT-MCKIE: We told the staff before we told the market, which is what the law requires of a listed company.", "Bryn Alderholt-Mckie", "BRYN ALDERHOLT-MCKIE:", "W"),
         ("I accept it was a hard way to hear it.", "Bryn Alderholt-Mckie", "BRYN ALDERHOLT-MCKIE:", "")],
        [("WHEORO-DYALL: Why not keep it open until the end of the season?", "", "", "")],
        [("ALDERHOLT-MCKIE: We lost $6.4 million at Rakeiti last year.", "Bryn Alderholt-Mckie", "ALDERHOLT-MCKIE:", "W"),
         ("Every month we keep it open costs us another half a million.", "Bryn Alderholt-Mckie", "ALDERHOLT-MCKIE:", "W"),
         ("We ran out of lambs, not out of will.", "Bryn Alderholt-Mckie", "ALDERHOLT-MCKIE:", "")],
        [("WHEORO-DYALL: Will any workers be offered jobs at Waitahanui?", "", "", "")],
        [("ALDERHOLT-MCKIE: We have 60 vacancies there and every Rakeiti worker can apply.", "Bryn Alderholt-Mckie", "ALDERHOLT-MCKIE:", "W"),
         ("We will pay for relocation.", "Bryn Alderholt-Mckie", "ALDERHOLT-MCKIE:", "")],
        [("Related: Forestry conversions hit sheep numbers again", "", "", "B")],
        [("Get Southern Field & Market's business newsletter every Friday.", "", "", "B")],
        [("© 2026 Southern Field & Market.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. Canadian small-city daily's sports page, a junior hockey league suspends two brothers who coach the same team
        [("The Kelsaw Lake Examiner", "", "", "B")],
        [("Kelsaw Lake  -4°C  Light snow", "", "", "B")],
        [("News  Sports  Business  Opinion  Arts & Life  Obituaries  Classifieds  e-Edition", "", "", "B")],
        [("SPORTS / HOCKEY", "", "", "B")],
        [("Ironjacks coaches suspended for rest of season after hazing complaint", "", "", "W")],
        [("League commissioner says investigation found players were made to drink until they were sick on team bus", "Ray Lachaussée-Dunmow", "says", "W")],
        [("Nolan Østby, Sports Editor", "", "", "B")],
        [("Posted: Mar 21, 2026 5:31 AM CDT | Last Updated: Mar 21, 2026 9:02 AM CDT", "", "", "B")],
        [("Share   Facebook   X   Email   Print", "", "", "B")],
        [("Ironjacks head coach Marty Vasseur-Kehlmann behind the bench in February.", "", "", ""),
         ("Examiner file photo", "", "", "B")],
        [("KELSAW LAKE, Man. — The Birchbark Junior Hockey League has suspended Kelsaw Lake Ironjacks head coach Marty Vasseur-Kehlmann and his brother, assistant coach Luc Vasseur-Kehlmann, for the rest of the 2025-26 season, including the playoffs.", "", "", "W")],
        [("The team has also been fined $15,000 and will forfeit its first-round pick in the 2026 bantam draft, the league said in a release on Friday.", "the Birchbark Junior Hockey League", "said in a release", "W"),
         ("It said an independent investigator found that five rookies were made to drink alcohol on the team bus after a road game in Dauphin on Jan. 24 until three of them were sick.", "the Birchbark Junior Hockey League", "said", "W")],
        [("League commissioner Ray Lachaussée-Dunmow told a video news conference that both coaches were on the bus and neither stopped it.", "Ray Lachaussée-Dunmow", "told a video news conference", "W"),
         ("“There is no version of this where the adults in charge get to say they didn't know,” he said.", "Ray Lachaussée-Dunmow", "said", "")],
        [("Asked if the league would review other teams, Lachaussée-Dunmow said every club would have to file its rookie-initiation policy with the league by Aug. 1.", "Ray Lachaussée-Dunmow", "said", "W")],
        [("The Ironjacks' general manager, Dale Henstock-Moar, said the club accepted the fine but would appeal the suspensions.", "Dale Henstock-Moar", "said", ""),
         ("“Marty and Luc have given this town 11 years,” he said.", "Dale Henstock-Moar", "said", "W"),
         ("“You don't throw that away over one bus ride.”", "Dale Henstock-Moar", "said", "")],
        [("The commissioner said the club had known of the complaint since February and reported it to the league only on March 3.", "Ray Lachaussée-Dunmow", "said", "W"),
         ("Henstock-Moar said the club first needed to talk to the players' families.", "Dale Henstock-Moar", "said", "")],
        [("Hockey Canada's policy bans any initiation activity and requires teams to report a complaint within 48 hours, according to the league's release.", "the league's release", "according to", "W")],
        [("Marty Vasseur-Kehlmann said in a statement through his lawyer that he “deeply regrets” not stopping what happened.", "Marty Vasseur-Kehlmann", "said in a statement", ""),
         ("Luc said he had been sitting at the front of the bus and did not know drinking was going on.", "Luc Vasseur-Kehlmann", "said", "")],
        [("Their lawyer, Priya Ananthan-Ridsdale, said in an email that both brothers would appeal.", "Priya Ananthan-Ridsdale", "said in an email", ""),
         ("“Luc was 40 feet away with headphones on,” she wrote.", "Priya Ananthan-Ridsdale", "wrote", "W")],
        [("One of the rookies' mothers, Jodi Kostiuk-Vargyas, posted on Instagram on Friday night that her son had been taken to hospital from the bus with an alcohol level of 0.21.", "Jodi Kostiuk-Vargyas", "posted on Instagram", "W"),
         ("“He was 16 years old and he wanted to belong,” she wrote.", "Jodi Kostiuk-Vargyas", "wrote", ""),
         ("“The grown-ups were right there.”", "Jodi Kostiuk-Vargyas", "wrote", "")],
        [("Another parent, who spoke on condition that her son not be named, said he had been told by older players that the bus ride was “tradition” and had happened every season.", "Another parent", "said", "")],
        [("The Ironjacks finished the regular season third in the league's East Division and open the playoffs on Tuesday against the Roblin Stormriders.", "", "", "W")],
        [("The team's statement, posted to its website on Friday evening, said Chris Olynyk-Bairnsfather, a former Ironjacks captain, would coach the team in the playoffs.", "The team's statement", "said", "W"),
         ("The post said the club “takes player safety seriously” and had hired a former RCMP officer to review its policies.", "The post", "said", "W")],
        [("Maureen Szypula, who has billeted Ironjacks players for eight seasons, said she had never heard of the bus ride.", "Maureen Szypula", "said", ""),
         ("“These are good boys,” she said.", "Maureen Szypula", "said", ""),
         ("“Somebody should have been the adult.”", "Maureen Szypula", "said", "")],
        [("Team captain Brody Melnychuk-Sandoe declined to comment through a team spokesperson.", "Brody Melnychuk-Sandoe", "declined to comment", "")],
        [("BJHL East Division standings", "", "", "B")],
        [("Team   GP   W   L   OTL   PTS", "", "", "B")],
        [("1. Swan Prairie Cinderhawks   52   36   12   4   76", "", "", "")],
        [("2. Roblin Stormriders   52   33   15   4   70", "", "", "")],
        [("3. Kelsaw Lake Ironjacks   52   31   17   4   66", "", "", "")],
        [("Report an error   |   Contact the newsroom", "", "", "B")],
        [("© 2026 Kelsaw Lake Examiner, a division of Northreed Publishing Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Philippine regional news site in the Cordillera, a landslide buries houses in a Benguet village
        [("CORDILLERA CURRENT", "", "", "B")],
        [("Home | Baguio | Benguet | Ifugao | Mountain Province | Kalinga | Abra | Apayao | Opinion", "", "", "B")],
        [("Home » Benguet » Disaster", "", "", "B")],
        [("Landslide buries 11 houses in Sadangit village; 6 dead, 4 missing", "", "", "W")],
        [("Mayor says 220 families evacuated; search to resume at first light", "Bernardo Palangdao-Tumapang", "says", "W")],
        [("Jerome Kiwang-Olsim/Cordillera Current", "", "", "B")],
        [("May 17, 2026 – 9:48 PM PHT", "", "", "B")],
        [("Share on Facebook | Share on X | Copy link", "", "", "B")],
        [("RESCUERS dig through mud and boulders in Sitio Labeng-Ogoy on Sunday afternoon.", "", "", "")],
        [("PHOTO BY JEROME KIWANG-OLSIM", "", "", "B")],
        [("SADANGIT, Benguet – Six people were killed and four remain missing after a landslide buried 11 houses in Sitio Labeng-Ogoy, Barangay Pokkong, at about 4:15 a.m. on Sunday, after three days of heavy rain.", "", "", "W")],
        [("Sadangit Mayor Bernardo Palangdao-Tumapang told reporters at the evacuation centre in the municipal gym that 220 families from three sitios had been moved to safer ground.", "Bernardo Palangdao-Tumapang", "told reporters", "W"),
         ("“We will resume the search at first light, because the slope is still moving,” he said.", "Bernardo Palangdao-Tumapang", "said", "")],
        [("The head of the Municipal Disaster Risk Reduction and Management Office (MDRRMO), Engr. Virgilio Dongbalay-Atayoc, said rain gauges in the town recorded 412 millimetres from Thursday to Sunday morning.", "Virgilio Dongbalay-Atayoc", "said", "W"),
         ("He said 84 rescuers from the municipality, the Bureau of Fire Protection and the Philippine Army were at the site.", "Virgilio Dongbalay-Atayoc", "said", "W"),
         ("The bodies of two children, aged 7 and 11, were among the six recovered by noon, the MDRRMO said.", "the MDRRMO", "said", "W")],
        [("Punong Barangay Remedios Aliwacay-Pukoy said she went house to house on Saturday night asking families on the slope to leave.", "Remedios Aliwacay-Pukoy", "said", ""),
         ("“Some left, some said they would wait for morning,” she said.", "Remedios Aliwacay-Pukoy", "said", "")],
        [("Kagawad Teodora Bayasen-Gumpad, who lives across the creek, said the families who stayed had nowhere else to take their pigs and their vegetables.", "Teodora Bayasen-Gumpad", "said", ""),
         ("“Awan ti pagpanawanda,” she said in Ilocano.", "Teodora Bayasen-Gumpad", "said in Ilocano", ""),
         ("“They had nowhere to go.”", "Teodora Bayasen-Gumpad", "said in Ilocano", "")],
        [("Kapitana Aliwacay-Pukoy said the barangay had asked the municipality in 2024 to relocate the sitio after cracks appeared on the slope.", "Remedios Aliwacay-Pukoy", "said", "W")],
        [("In an interview with Radyo Bunong 96.7 FM, the mayor said the relocation site had been identified but the land had not yet been bought.", "Bernardo Palangdao-Tumapang", "said", "W")],
        [("A report by the Mines and Geosciences Bureau in 2023 warned that Sitio Labeng-Ogoy was at “high risk” of landslides, according to a copy seen by the Cordillera Current.", "A report by the Mines and Geosciences Bureau in 2023", "warned", "W"),
         ("The report recommended that no new houses be built on the slope.", "The report", "recommended", "W")],
        [("At least 1,340 families across five Benguet towns were in evacuation centres by Sunday night, according to the Office of Civil Defense-Cordillera's situation report.", "the Office of Civil Defense-Cordillera's situation report", "according to", "W"),
         ("The report said 14 road sections in the province were closed by landslides.", "The report", "said", "W")],
        [("OCD-Cordillera Regional Director Atty. Leonora Sagalla-Bentican said two more rescue teams from Baguio would reach Sadangit on Monday morning.", "Leonora Sagalla-Bentican", "said", "W")],
        [("A PAGASA weather specialist, Ronaldo Tayaban-Cosme, said the rain would ease on Tuesday but that the soil would stay saturated for days.", "Ronaldo Tayaban-Cosme", "said", "")],
        [("At a briefing in La Trinidad, an aide read a statement from Gov. Armando Pulganan-Lagto.", "", "", "W"),
         ("In it, the governor said the provincial government would give ₱20,000 to each family whose house was destroyed.", "Armando Pulganan-Lagto", "said", "W"),
         ("The statement said rice and canned goods for 1,500 families had been sent to Sadangit.", "The statement", "said", "W")],
        [("A rescuer who asked not to be named because he was not allowed to speak to the media said the team had found a child alive under a fallen roof on Sunday afternoon.", "A rescuer", "said", "W"),
         ("“We heard her before we saw her,” he said.", "A rescuer", "said", "")],
        [("“My husband went back for our carabao.", "Marites Dulnuan-Angway", "said", ""),
         ("I told him to leave it.", "Marites Dulnuan-Angway", "said", "")],
        [("He is still under there.”", "Marites Dulnuan-Angway", "said", "")],
        [("So said Marites Dulnuan-Angway, 44, sitting on a mat in the municipal gym with her two daughters.", "Marites Dulnuan-Angway", "said", "")],
        [("ALSO READ: Vegetable trucks stuck for a second day as landslides close mountain roads", "", "", "B")],
        [("Want to help?", "", "", "B"),
         ("The Cordillera Current is listing verified donation drives for Sadangit on our Facebook page.", "", "", "B")],
        [("© 2026 Cordillera Current.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. US student newspaper's site, a state university's board raises tuition by 6.5%
        [("THE OTTAWELL INKWELL", "", "", "B")],
        [("Student voice of Ottawell State University since 1911", "", "", "B")],
        [("News   Sports   Opinion   Arts   Photo   Podcasts   Print Archive", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("Board raises tuition 6.5%, the largest increase in a decade", "", "", "W")],
        [("Student body president says the vote ‘was decided before we walked in’", "Keisha Obiamaka", "says", "")],
        [("By Tobias Renishaw and Lydia Hartsough, News Editor and Staff Writer", "", "", "B")],
        [("May 8, 2026", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("Students hold signs during the Board of Governors meeting in Ottawell Hall on Thursday.", "", "", ""),
         ("Photo by Wren Castelrosso | The Ottawell Inkwell", "", "", "B")],
        [("The Ottawell State University Board of Governors voted 7-2 on Thursday to raise in-state tuition by 6.5% for the 2026-27 academic year, to $10,884 a year for full-time undergraduates.", "", "", "W")],
        [("It is the largest increase since 2016, according to the university's budget office.", "the university's budget office", "according to", "W"),
         ("Out-of-state tuition will rise 4% to $27,310.", "", "", "W")],
        [("President Dr. Helena Lindgrund told the board that state funding for the university had fallen by $11.2 million over three years while enrollment held steady at about 14,600 students.", "Helena Lindgrund", "told the board", "W"),
         ("“Without this increase we would be looking at cutting programs, not trimming them,” she said.", "Helena Lindgrund", "said", "")],
        [("Regent Dwight Sautner, one of the two who voted no, said the board had approved $4.8 million in new administrative salaries in the past two years.", "Dwight Sautner", "said", "W"),
         ("“We're asking 19-year-olds to pay for decisions this room made,” he said.", "Dwight Sautner", "said", "")],
        [("Board chair Annelise Goodhart countered that most of those positions were in student advising and mental health.", "Annelise Goodhart", "countered", "W"),
         ("“Those are not deans, Dwight,” she said.", "Annelise Goodhart", "said", "")],
        [("The regent said that was “a fair point about half of them.”", "Dwight Sautner", "said", "")],
        [("Student body president Keisha Obiamaka, who addressed the board before the vote, had a simple question: “How many of you paid $10,884 a year to go here?”", "Keisha Obiamaka", "had a simple question", "")],
        [("She said afterward that the vote “was decided before we walked in” and that students had been given 48 hours' notice of the proposal.", "Keisha Obiamaka", "said", "W")],
        [("Faculty Senate chair Dr. Arjun Mehtani-Cloughley said faculty had not had a cost-of-living raise since 2023.", "Arjun Mehtani-Cloughley", "said", "W"),
         ("He said the senate supported the increase “with reservations” if part of it went to salaries.", "Arjun Mehtani-Cloughley", "said", "")],
        [("The Student Government Association posted on Instagram after the vote that it would hold a walkout on Monday at noon.", "The Student Government Association", "posted on Instagram", "W"),
         ("“Tuition is not a fundraiser,” the post said.", "the post", "said", "")],
        [("The governor's office said in a statement that the legislature had increased higher education funding by 2.1% this year and that “universities must live within their means.”", "The governor's office", "said in a statement", "W")],
        [("At a news conference after the meeting, Lindgrund said $2.3 million of the new tuition money would go to need-based aid.", "Helena Lindgrund", "said", "W"),
         ("Asked whether the university would freeze tuition next year, she said she could not promise that.", "Helena Lindgrund", "said", "")],
        [("Asked about the administrative salaries, she said 31 of the 38 new positions were in student services.", "Helena Lindgrund", "said", "W")],
        [("An administrator in the budget office, who spoke on condition of anonymity because the figures had not been released, said the university would draw $6 million from reserves this year even with the increase.", "An administrator in the budget office", "said", "W")],
        [("About 42% of Ottawell undergraduates receive a federal Pell Grant, according to the university's financial aid website.", "the university's financial aid website", "according to", "W")],
        [("“I work 28 hours a week at the campus dining hall and I still have $19,000 in loans.", "Mateo Quintaval-Hulse", "said", ""),
         ("Another $664 a year is another month of rent.”", "Mateo Quintaval-Hulse", "said", "")],
        [("Mateo Quintaval-Hulse, a junior in mechanical engineering from Garden City, said as he handed out walkout flyers outside Ottawell Hall that he had not decided whether to come back in the fall.", "Mateo Quintaval-Hulse", "said", "")],
        [("The board meets next on June 18.", "", "", "W")],
        [("Correction: An earlier version of this story gave the wrong vote count.", "", "", "B"),
         ("The board voted 7-2.", "", "", "B")],
        [("More from The Inkwell", "", "", "B")],
        [("Dining hall workers vote to join union", "", "", "B")],
        [("Ottawell baseball clinches conference title", "", "", "B")],
        [("© 2026 The Ottawell Inkwell.", "", "", "B"),
         ("Published by Ottawell Student Media.", "", "", "B")],
    ],
    [  # 8. Indian English daily's Kerala page, the High Court orders compensation after a school bus crash
        [("THE KAYAL POST", "", "", "B")],
        [("E-Paper | Kerala | India | World | Business | Sport | Opinion", "", "", "B")],
        [("Kerala   Kochi   Thiruvananthapuram   Kozhikode   Thrissur   Kollam", "", "", "B")],
        [("KERALA", "", "", "B")],
        [("Bus had no speed governor, school cannot escape blame, High Court says", "Hari Govindan-Nambisan", "says", "W")],
        [("Court orders school management and State to pay ₹38.5 lakh to families of two children killed at Vellikkunnu", "", "", "W")],
        [("Bindu Padmanabhan-Kizhakkel, Kochi", "", "", "B")],
        [("Updated: May 19, 2026, 11:24 IST", "", "", "B")],
        [("Follow Us | Share | X | WhatsApp | Email", "", "", "B")],
        [("KOCHI: The Kerala High Court on Monday directed the management of St. Ephrem's English Medium School, Vellikkunnu, and the State government to pay a total of ₹38.5 lakh in compensation to the families of two students who died when the school bus overturned on the Vellikkunnu-Pallathara road on June 17, 2024.", "", "", "W")],
        [("Justice Hari Govindan-Nambisan, writing for a Division Bench that included Justice Saramma Thekkumkattil, observed that the bus had no working speed governor and was being driven at about 68 km/h on a road with a speed limit of 30 km/h.", "Hari Govindan-Nambisan", "observed", "W"),
         ("“A school that carries children for a fee cannot say that the road is somebody else's problem,” the Bench said in its order.", "the Bench", "said in its order", "")],
        [("According to the FIR, the bus was carrying 41 children, though it was registered for 32.", "the FIR", "according to", "W"),
         ("Two Class IV students, Aadhil Nizar and Niveditha Sudheer, both nine, died at the scene, and 17 others were injured.", "", "", "W")],
        [("The petition was filed by the parents of the two children in August 2024.", "", "", "W")],
        [("Appearing for the petitioners, Adv. Sreejith Kolangattu-Marar submitted that the school had been warned twice by the Motor Vehicles Department about overloading, in 2022 and in March 2024.", "Sreejith Kolangattu-Marar", "submitted", "W"),
         ("He said the school collected ₹1,450 a month in bus fees from each student.", "Sreejith Kolangattu-Marar", "said", "W")],
        [("The Senior Government Pleader, Smt. Latha Raveendran-Kurup, contended that the State could not be held liable for a private school's vehicle.", "Latha Raveendran-Kurup", "contended", "")],
        [("The Bench disagreed, noting that the Motor Vehicles Department had renewed the bus's fitness certificate in May 2024 without checking its speed governor.", "The Bench", "noting", "W")],
        [("The school's manager, Fr. Thomas Panamkuzhiyil-Vettom, told The Kayal Post that the management would study the order before deciding whether to appeal.", "Thomas Panamkuzhiyil-Vettom", "told The Kayal Post", ""),
         ("“We have prayed for these children every day since that morning,” he said.", "Thomas Panamkuzhiyil-Vettom", "said", "")],
        [("Sri Sudheer Kumar Ayyappankavu, Niveditha's father, said the family had waited 23 months for the order.", "Sudheer Kumar Ayyappankavu", "said", "W"),
         ("“Money does not bring her back,” he said.", "Sudheer Kumar Ayyappankavu", "said", ""),
         ("“But now someone has said in writing that it was not an accident.”", "Sudheer Kumar Ayyappankavu", "said", "")],
        [("Fr. Panamkuzhiyil-Vettom said the school had replaced its entire fleet of six buses since the crash and now employed two attendants on every trip.", "Thomas Panamkuzhiyil-Vettom", "said", "W")],
        [("Ayyappankavu said the school had not contacted the family since the funeral.", "Sudheer Kumar Ayyappankavu", "said", "W")],
        [("The MVD's inspection report, produced in court, found that the bus's brakes were worn and that its driver had held a heavy vehicle licence for only seven months.", "The MVD's inspection report", "found", "W")],
        [("The court directed the school to pay ₹26 lakh and the State ₹12.5 lakh, within three months.", "", "", "W"),
         ("It also directed the Transport Commissioner to inspect every school bus in Ernakulam district before the new academic year begins on June 1.", "", "", "W")],
        [("An MVD official in Ernakulam, who did not wish to be named, said the department had 46 inspectors for about 3,900 school buses in the district.", "An MVD official in Ernakulam", "said", "W")],
        [("The office of the Minister for Transport did not respond to a request for comment.", "The office of the Minister for Transport", "did not respond to a request for comment", "")],
        [("“Every morning I still hear the horn at 7.40 and go to the gate.", "Shabna Kunhimoideen", "words", ""),
         ("Then I remember.”", "Shabna Kunhimoideen", "words", "")],
        [("“They gave us a court order.", "Shabna Kunhimoideen", "words", ""),
         ("They cannot give us the horn back.”", "Shabna Kunhimoideen", "words", "")],
        [("The words were those of Shabna Kunhimoideen, Aadhil's mother, outside the High Court on Monday.", "Shabna Kunhimoideen", "words", "")],
        [("Also Read", "", "", "B")],
        [("Kochi Metro feeder buses to get speed alarms", "", "", "B")],
        [("Parents' body seeks GPS on all school vans", "", "", "B")],
        [("Download The Kayal Post app", "", "", "B")],
        [("© 2026 Kayal Publications Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Zambian online paper's local government page, a town council doubles market levies
        [("LUANGWA TIDE", "", "", "B")],
        [("Zambia's independent online newspaper", "", "", "B")],
        [("Home · News · Politics · Business · Local Government · Sport · Columns · Letters", "", "", "B")],
        [("LOCAL GOVERNMENT", "", "", "B")],
        [("Chibwelele council doubles market levy to K10 a day", "", "", "W")],
        [("Marketeers' chairperson says traders will boycott stalls from Monday", "Bwalya Chilufya-Mukanda", "says", "")],
        [("By Natasha Mwaba-Sichilima", "", "", "B")],
        [("May 20, 2026 | 06:15 CAT", "", "", "B")],
        [("Share on WhatsApp · Facebook · X", "", "", "B")],
        [("Traders at Chibwelele's Central Market on Tuesday.", "", "", ""),
         ("Picture by Kelvin Chisala-Mfungo", "", "", "B")],
        [("The Chibwelele Town Council on Monday resolved to raise the daily levy paid by traders at its three markets from K5 to K10 from June 1.", "", "", "W")],
        [("The council expects to collect K14.6 million from market levies this year, against K7.9 million in 2025, according to the council's 2026 budget.", "the council's 2026 budget", "according to", "W")],
        [("His Worship the Mayor of Chibwelele, Cllr Joseph Mulundu-Kafwimbi, said the money would pay for new toilets, drainage and lights at all three markets.", "Joseph Mulundu-Kafwimbi", "said", "W"),
         ("He said the levy had not been raised since 2019.", "Joseph Mulundu-Kafwimbi", "said", "W")],
        [("The chairperson of the Chibwelele Marketeers' Association, Bwalya Chilufya-Mukanda, said traders would boycott the stalls and sell from the roadside from Monday.", "Bwalya Chilufya-Mukanda", "said", ""),
         ("“Most of us make K60 on a good day,” he said.", "Bwalya Chilufya-Mukanda", "said", ""),
         ("“Now the council wants one day's profit every week.”", "Bwalya Chilufya-Mukanda", "said", "")],
        [("Councillor Davies Kapembwa-Sinkala, who represents Central Market ward and voted against the increase, said the toilets at Central Market had been promised in the 2023 and 2024 budgets.", "Davies Kapembwa-Sinkala", "said", "W"),
         ("“The traders have paid for toilets twice already and they are still using the bush,” he said.", "Davies Kapembwa-Sinkala", "said", "W")],
        [("His sister, Grace Kapembwa-Sinkala, who sells chitenge fabric at Central Market, said she paid K150 a month to the council and another K50 to a cadre who collected it.", "Grace Kapembwa-Sinkala", "said", "W"),
         ("“Ask anyone here who the K50 is for,” she said.", "Grace Kapembwa-Sinkala", "said", "")],
        [("Mr Kapembwa-Sinkala said he had reported the collections to the police in March.", "Davies Kapembwa-Sinkala", "said", "W"),
         ("Ms Kapembwa-Sinkala said the collections stopped for two weeks after that and then started again.", "Grace Kapembwa-Sinkala", "said", "W")],
        [("The Town Clerk, Mirriam Nkonde-Chabuka, said only council officers wearing identification were allowed to collect levies and that receipts were issued for every payment.", "Mirriam Nkonde-Chabuka", "said", "W"),
         ("The Town Clerk said the council had not received any report about cadres at the market.", "Mirriam Nkonde-Chabuka", "said", "W")],
        [("The Minister of Local Government and Rural Development, Hon. Agness Simwinga-Lupupa, told Parliament on Tuesday that councils set their own levies under the Local Government Act but had to account for how the money was spent.", "Agness Simwinga-Lupupa", "told Parliament", "W"),
         ("She said: “A levy is not a tax to fill a hole in the salaries.”", "Agness Simwinga-Lupupa", "said", "")],
        [("Council Public Relations Manager Chanda Mwewa-Tembwe told the Luangwa Tide that 61 per cent of the council's 2025 levy income had gone to salaries.", "Chanda Mwewa-Tembwe", "told the Luangwa Tide", "W"),
         ("She said the new budget ring-fenced K4 million for market works.", "Chanda Mwewa-Tembwe", "said", "W")],
        [("Bishop Emmanuel Siachisumo-Lukwesa of the Chibwelele Gospel Fellowship urged the council and the traders to meet before June 1.", "Emmanuel Siachisumo-Lukwesa", "urged", "")],
        [("In a statement read to journalists by its secretary, Precious Lubasi-Chibesa, the Chibwelele Chamber of Small Traders said it supported the new toilets but not “a 100 per cent increase in a single year.”", "the Chibwelele Chamber of Small Traders", "said", ""),
         ("The statement said the chamber had 1,200 members.", "The statement", "said", "W")],
        [("Opposition councillor Chisenga Kalaluka-Mbewe wrote on Facebook that he would move a motion at the council's June meeting to cut the levy to K7.", "Chisenga Kalaluka-Mbewe", "wrote on Facebook", ""),
         ("“Build the toilets first, then come for the money,” he wrote.", "Chisenga Kalaluka-Mbewe", "wrote", "")],
        [("A council officer, who asked not to be named, said the council had 412 workers on its payroll and owed K3.2 million in salary arrears.", "A council officer", "said", "W")],
        [("“I sell tomatoes and onions here since 2008.", "Loveness Chimfwembe-Mwiinde", "said", ""),
         ("My children go to school from this table.”", "Loveness Chimfwembe-Mwiinde", "said", "")],
        [("“If they chase us to the roadside, the police will chase us from the roadside.", "Loveness Chimfwembe-Mwiinde", "said", ""),
         ("Where do we go?”", "Loveness Chimfwembe-Mwiinde", "said", "")],
        [("That was Loveness Chimfwembe-Mwiinde, a widow of 52, speaking from behind her stall on Tuesday morning.", "Loveness Chimfwembe-Mwiinde", "speaking", "")],
        [("Related Articles", "", "", "B")],
        [("Traders relocated as bus station upgrade begins", "", "", "B")],
        [("Council owes workers three months' pay, union says", "", "", "B")],
        [("Got a story?", "", "", "B"),
         ("WhatsApp the newsroom on +260 97 000 1234.", "", "", "B")],
        [("© 2026 Luangwa Tide Media.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Maltese news site's court page, a developer and his son charged over a worker's death on a building site
        [("ISLAND LEDGER MALTA", "", "", "B")],
        [("Local | Court & Police | Politics | Business | World | Sport | Comment", "", "", "B")],
        [("COURT & POLICE", "", "", "B")],
        [("Wall collapse death: ‘I told them the props were not enough,’ foreman tells court", "Stefan Agius-Tanti", "tells court", "W")],
        [("Developer and son plead not guilty to involuntary homicide of 29-year-old worker", "", "", "W")],
        [("Kirsten Cutajar-Baldacchino", "", "", "B")],
        [("Thursday, 21 May 2026, 13:42", "", "", "B")],
        [("Share | Facebook | X | LinkedIn | Email", "", "", "B")],
        [("The site in Triq il-Ħarrub after the collapse in December.", "", "", ""),
         ("Photo: Island Ledger | Rene Sammut-Psaila", "", "", "B")],
        [("A site foreman told a court on Wednesday that he had warned a developer and his son three days before a wall collapsed on a building site in December that the props holding up the neighbouring party wall were not enough.", "Stefan Agius-Tanti", "told a court", "W")],
        [("Developer Raymond Falzon-Ciantar, 61, and his son Kurt Falzon-Ciantar, 34, the site manager, are charged with the involuntary homicide of Bikash Magar-Khadka, a 29-year-old worker from Nepal, who died when the wall fell on him on December 9, 2025.", "", "", "W"),
         ("Both have pleaded not guilty.", "", "", "W")],
        [("They are also charged with breaching health and safety regulations and with excavating without a method statement approved by the Building and Construction Authority (BCA), according to the charge sheet.", "the charge sheet", "according to", "W")],
        [("Testifying before Magistrate Dr Carmela Scicluna-Busuttil, the foreman, Stefan Agius-Tanti, said he had told both men on December 6 that the wall had cracked.", "Stefan Agius-Tanti", "said", "W"),
         ("“I told them the props were not enough and we needed two more before we dug any deeper,” he told the court.", "Stefan Agius-Tanti", "told the court", "W")],
        [("He said Raymond replied that the props would come “on Monday”.", "Stefan Agius-Tanti", "said", "W"),
         ("The wall fell on the Tuesday.", "Stefan Agius-Tanti", "said", "W")],
        [("Asked by Inspector Nathaniel Caruana-Saliba, prosecuting, what Kurt did that morning, the witness said: “Kurt told us to carry on with the excavator because the concrete lorry was booked for Thursday.”", "Stefan Agius-Tanti", "said", "W")],
        [("The court heard that Magar-Khadka was working in the trench below the wall when it collapsed at about 10:20am.", "", "", "W")],
        [("Under cross-examination, Dr Mark Schembri-Fenech, for the elder Falzon-Ciantar, put it to the witness that he had never put his warning in writing.", "Mark Schembri-Fenech", "put it to the witness", "W"),
         ("“No, I said it to their faces,” Agius-Tanti replied.", "Stefan Agius-Tanti", "replied", "W")],
        [("Dr Roberta Cassar-Aquilina, for the younger Falzon-Ciantar, asked the witness whether he had stopped work himself.", "Roberta Cassar-Aquilina", "asked", ""),
         ("He said he had not, because “the foreman does not decide who gets paid.”", "Stefan Agius-Tanti", "said", "")],
        [("Schembri-Fenech objected to the answer as speculation.", "Mark Schembri-Fenech", "objected", ""),
         ("The magistrate allowed it to stand.", "", "", "W")],
        [("An inspector from the Occupational Health and Safety Authority (OHSA), Graziella Chircop-Grixti, testified that she found four steel props holding a wall that her calculations showed needed at least eight.", "Graziella Chircop-Grixti", "testified", "W"),
         ("She said no method statement for the excavation had been submitted to the BCA.", "Graziella Chircop-Grixti", "said", "W")],
        [("In a statement after the hearing, the BCA said the site had been under an enforcement order since December 10.", "the BCA", "said", "W"),
         ("It said it had carried out 1,240 site inspections in 2025, 31% more than in 2024.", "the Building and Construction Authority (BCA)", "said", "W")],
        [("Outside court, the worker's brother, Suman Magar-Khadka, spoke through an interpreter.", "", "", ""),
         ("“My brother came to Malta to build houses for other people,” he said.", "Suman Magar-Khadka", "said", ""),
         ("“He sent money home every month for four years.”", "Suman Magar-Khadka", "said", "")],
        [("He said the family in Pokhara had received €5,000 from the company but no word from it since January.", "Suman Magar-Khadka", "said", "W")],
        [("The General Workers' Guild wrote on Facebook that it was the third death on a Maltese building site this year.", "The General Workers' Guild", "wrote on Facebook", "W"),
         ("“Every one of these deaths had a name and a warning,” the union wrote.", "The General Workers' Guild", "wrote", "")],
        [("Cassar-Aquilina told reporters after the sitting that her client would “answer every question when it is his turn.”", "Roberta Cassar-Aquilina", "told reporters", "")],
        [("The case was adjourned to June 25, when the defence is expected to call its first witnesses.", "", "", "W")],
        [("Dr Caroline Mizzi-Portelli and Dr Jean-Paul Debattista-Mallia appeared for the victim's family as parte civile.", "", "", "W")],
        [("Read next", "", "", "B")],
        [("Three hurt as scaffolding falls in Gżira", "", "", "B")],
        [("New rules for excavation permits come into force in July", "", "", "B")],
        [("Comments on court reports are disabled for legal reasons.", "", "", "B")],
        [("© 2026 Island Ledger Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. Pakistani English daily's Khyber Pakhtunkhwa page, a flash flood sweeps through a valley of riverside hotels
        [("THE HINDUKUSH HERALD", "", "", "B")],
        [("E-Paper   |   Peshawar 34°C   |   Islamabad 37°C", "", "", "B")],
        [("Home   Pakistan   Khyber Pakhtunkhwa   Punjab   Business   Sport   Opinion   Magazine", "", "", "B")],
        [("KHYBER PAKHTUNKHWA", "", "", "B")],
        [("Flash flood in Swat kills 14, sweeps away riverside hotels", "", "", "W")],
        [("Four tourists among the dead as river rises 11 feet in 40 minutes, PDMA says", "the Provincial Disaster Management Authority (PDMA)'s situation report", "says", "W")],
        [("By Zarmina Khattakzai-Daulatzai, Mingora", "", "", "B")],
        [("Published May 22, 2026 04:10am PKT", "", "", "B")],
        [("Share   WhatsApp   Facebook   X", "", "", "B")],
        [("Rescue workers search the debris of a hotel on the bank of the Swat River at Gulbahar-Kandao on Thursday.", "", "", ""),
         ("— Photo by Sherzad Ali Torwalizai", "", "", "B")],
        [("MINGORA: At least 14 people were killed, four of them tourists from Punjab, when a flash flood swept through the Gulbahar-Kandao area of Swat on Thursday afternoon, according to the Provincial Disaster Management Authority (PDMA)'s situation report.", "the Provincial Disaster Management Authority (PDMA)'s situation report", "according to", "W")],
        [("The report said nine people were still missing and that 23 hotels and restaurants on the riverbank had been damaged, seven of them destroyed.", "The report", "said", "W")],
        [("Swat Deputy Commissioner Fawad Arbab-Khattak told The Hindukush Herald that the river rose by about 11 feet in 40 minutes after a cloudburst in the upper valley.", "Fawad Arbab-Khattak", "told The Hindukush Herald", "W"),
         ("“People were standing on the bank taking videos when the water came,” he said.", "Fawad Arbab-Khattak", "said", "")],
        [("He said 17 of the damaged hotels had been built within 200 feet of the river in breach of the province's river protection law.", "Fawad Arbab-Khattak", "said", "W")],
        [("Engr. Obaidullah Yousafkhel-Kundi, the irrigation department's executive engineer for Swat, said notices had been served on 62 riverside buildings in 2023 and 2024.", "Obaidullah Yousafkhel-Kundi", "said", "W"),
         ("“We serve the notice, the owner gets a stay order, and the building stays,” he said.", "Obaidullah Yousafkhel-Kundi", "said", "")],
        [("The deputy commissioner said the administration had demolished 11 buildings since 2023 but that the courts had stopped work on the rest.", "Fawad Arbab-Khattak", "said", "W"),
         ("Yousafkhel-Kundi said eight of the stay orders were still pending.", "Obaidullah Yousafkhel-Kundi", "said", "W")],
        [("Haji Gul Zaman Shinwari-Afridi, who owns the Riverview Palace Hotel, claimed his building had all its permits and was 240 feet from the water.", "Gul Zaman Shinwari-Afridi", "claimed", ""),
         ("“The river came to me, I did not go to the river,” he said.", "Gul Zaman Shinwari-Afridi", "said", "")],
        [("Rescue 1122 spokesman Malik Shahzeb Miankhel-Tanoli told reporters that 160 rescuers, six boats and two heavy machines were at the site.", "Malik Shahzeb Miankhel-Tanoli", "told reporters", "W"),
         ("He added that 38 people had been pulled out alive, including a family of five from a hotel roof.", "Malik Shahzeb Miankhel-Tanoli", "added", "W"),
         ("The search would continue through the night with floodlights.", "Malik Shahzeb Miankhel-Tanoli", "added", "W")],
        [("The Pakistan Meteorological Department said more thunderstorms were likely in the upper reaches of Swat and Dir over the next 48 hours.", "The Pakistan Meteorological Department", "said", "")],
        [("In a statement, the Chief Minister's office said the provincial government would pay Rs1 million to the family of each person killed.", "the Chief Minister's office", "said", "W"),
         ("It said a committee had been formed to report within 15 days on the construction of hotels along the river.", "the Chief Minister's office", "said", "W")],
        [("The area's member of the provincial assembly, Riaz Ahmad Swatai-Kakakhel, posted on X that he had warned the assembly about riverside hotels in 2022.", "Riaz Ahmad Swatai-Kakakhel", "posted on X", "W"),
         ("“Nobody listened then, 14 families are listening now,” he wrote.", "Riaz Ahmad Swatai-Kakakhel", "wrote", "")],
        [("An official of the district administration, who asked not to be named, said the flood warning from the upper valley had reached the area about 15 minutes before the water.", "An official of the district administration", "said", "W")],
        [("The Upper Swat Hoteliers' Forum said in a statement that its members had paid taxes and fees to the government for years.", "The Upper Swat Hoteliers' Forum", "said in a statement", ""),
         ("The statement said hotels should not be blamed “for a cloudburst.”", "The statement", "said", "")],
        [("The district administration has imposed Section 144 along a 12-kilometre stretch of the riverbank, barring tourists from the water's edge for 30 days.", "", "", "W")],
        [("“My husband said the water is only up to the knees, come and see.", "Sadia Noorani", "said", ""),
         ("I was on the steps.", "Sadia Noorani", "said", ""),
         ("He was in the water.”", "Sadia Noorani", "said", "")],
        [("“I have his slippers in my bag.”", "Sadia Noorani", "said", "")],
        [("Sadia Noorani, a schoolteacher from Lahore, said as she waited outside the Saidu Sharif hospital mortuary that she and her husband had arrived in Swat on Wednesday for their first holiday in six years.", "Sadia Noorani", "said", "")],
        [("Related", "", "", "B")],
        [("Tourists told to avoid river banks as heat melts glaciers", "", "", "B")],
        [("KP to map riverside buildings after 2022 floods", "", "", "B")],
        [("Get The Hindukush Herald app for breaking news alerts", "", "", "B")],
        [("Copyright © 2026 Hindukush Herald Publications (Pvt.) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. South Korean English-language daily's education page, Seoul's education office moves to cap late-night cram school hours
        [("THE NAMSAN POST", "", "", "B")],
        [("National   Politics   Business   North Korea   Culture   Sports   Opinion", "", "", "B")],
        [("EDUCATION", "", "", "B")],
        [("Seoul moves to shut cram schools at 9 p.m. for middle schoolers", "", "", "W")],
        [("Superintendent says children need sleep more than a fourth math class; hagwon owners vow to fight the ordinance", "Hwangbo Jae-seong", "says", "")],
        [("By Jegal Min-ji, Staff reporter", "", "", "B")],
        [("Posted : 2026-05-19 17:05 KST | Updated : 2026-05-19 21:40 KST", "", "", "B")],
        [("Share   Facebook   X   KakaoTalk   Print   A+ A-", "", "", "B")],
        [("Students leave a cram school in Seoul's Daechi-dong at 10 p.m. on Monday.", "", "", ""),
         ("Namsan Post photo by Seomun Ha-eun", "", "", "B")],
        [("The Seoul Metropolitan Office of Education on Tuesday proposed an ordinance that would require private cram schools, known as hagwon, to close at 9 p.m. for middle school students, an hour earlier than now.", "", "", "W")],
        [("Seoul Superintendent Hwangbo Jae-seong told a press briefing that middle school students in the city slept an average of 6 hours and 52 minutes on school nights.", "Hwangbo Jae-seong", "told a press briefing", "W"),
         ("“Children need sleep more than they need a fourth math class in one day,” he said.", "Hwangbo Jae-seong", "said", "")],
        [("Middle school students in Seoul spent an average of 512,000 won a month on private education last year, the highest of any region, according to Statistics Korea data.", "Statistics Korea data", "according to", "W")],
        [("The ordinance would also cap the hours for high school students at 11 p.m., as at present, the office said in a press release.", "the office", "said in a press release", "W"),
         ("It said hagwon that broke the rule could be fined up to 3 million won and ordered to stop teaching for up to 30 days.", "The Seoul Metropolitan Office of Education", "said", "W")],
        [("Namgung Dong-chan, president of the Seoul Hagwon Owners' Federation, called the proposal “a ban on effort.”", "Namgung Dong-chan", "called", ""),
         ("He said the federation's 4,100 members employed about 38,000 instructors in the city.", "Namgung Dong-chan", "said", "W")],
        [("“Parents will just send their children to tutors at home, where nobody checks the hours,” Mr. Namgung said.", "Namgung Dong-chan", "said", "")],
        [("Namgung Hye-ryeong, no relation, whose son is in his second year at a middle school in Gangnam, said he attended three hagwon and came home at 10:20 p.m. four nights a week.", "Namgung Hye-ryeong", "said", ""),
         ("“If every hagwon closes at nine, nobody is left behind,” she said.", "Namgung Hye-ryeong", "said", "")],
        [("Ms. Namgung said she spent 1.4 million won a month on her son's classes.", "Namgung Hye-ryeong", "said", ""),
         ("Mr. Namgung said most of his members charged far less than that.", "Namgung Dong-chan", "said", "")],
        [("A spokesperson for the Seoul Teachers' Solidarity Union, Dokgo Eun-sol, said teachers saw the effect in classrooms every morning: “First period is a room of heads on desks.”", "Dokgo Eun-sol", "said", "")],
        [("The Ministry of Education said in a statement that it respected the autonomy of local education offices.", "The Ministry of Education", "said in a statement", ""),
         ("An official at the ministry, who asked not to be named, said three other provincial offices had asked about similar rules.", "An official at the ministry", "said", "W")],
        [("Rep. Sagong Seon-yeong, who sits on the National Assembly's education committee, wrote on Facebook that she would table a bill to apply a 10 p.m. limit across the country.", "Sagong Seon-yeong", "wrote on Facebook", ""),
         ("“A child in Busan needs the same sleep as a child in Seoul,” she wrote.", "Sagong Seon-yeong", "wrote", "")],
        [("The ordinance needs approval from the Seoul Metropolitan Council, where a public hearing is scheduled for June 9.", "", "", "W")],
        [("“I finish school at 4:30, eat a triangle kimbap at the convenience store, and I'm in class until 10.", "Dongbang Yu-na", "words", ""),
         ("On the bus home I do homework for the next hagwon.”", "Dongbang Yu-na", "words", "")],
        [("Those were the words of Dongbang Yu-na, 14, a second-year student at a middle school in Mok-dong, on her way to a math class on Monday evening.", "Dongbang Yu-na", "words", "")],
        [("Q&A with the superintendent", "", "", "B")],
        [("The following exchange is from Tuesday's briefing and has been condensed.", "", "", "B")],
        [("Q. The hagwon federation says a 9 p.m. limit will cost 6,000 instructors their jobs.", "The hagwon federation", "says", "W"),
         ("Is that true?", "", "", "")],
        [("A. Nobody is closing a single hagwon.", "Hwangbo Jae-seong", "A.", ""),
         ("They lose one hour on weekday nights for middle school students.", "Hwangbo Jae-seong", "A.", "W")],
        [("Q. How will you check?", "", "", "")],
        [("A. We have 146 inspectors for about 25,000 hagwon in the city, so we will rely on reports from parents.", "Hwangbo Jae-seong", "A.", "W"),
         ("Last year we received 1,930 reports of late-night classes.", "Hwangbo Jae-seong", "A.", "W")],
        [("Most Viewed", "", "", "B")],
        [("Suneung to add listening test for second foreign languages", "", "", "B")],
        [("School meal workers plan strike on June 2", "", "", "B")],
        [("© The Namsan Post Co.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h44-slash-byline-em-dash-dateline", "Mayor says new arcade will be ready by September; vendors call the move ‘a death sentence’\nTashauna Orrigan-Blissard/Gazette Writer\nSunday, May 10, 2026\nShare: Facebook | X | WhatsApp | Email\nVendors pack up their stalls at the Cobbla Ridge market on Friday evening. Photo by Orville Stedding-Karrow\nCOBBLA RIDGE, St Elizabeth — The St Elizabeth Municipal Corporation voted 9-4 on Thursday to close the Cobbla Ridge market, which opened in 1942, and to move its 212 licensed vendors to a new arcade on Pindar Lane by the end of the year.",
     ["Mayor says new arcade will be ready by September; vendors call the move ‘a death sentence’", "Tashauna Orrigan-Blissard/Gazette Writer", "Sunday, May 10, 2026", "Share: Facebook | X | WhatsApp | Email", "Vendors pack up their stalls at the Cobbla Ridge market on Friday evening.", "Photo by Orville Stedding-Karrow", "COBBLA RIDGE, St Elizabeth — The St Elizabeth Municipal Corporation voted 9-4 on Thursday to close the Cobbla Ridge market, which opened in 1942, and to move its 212 licensed vendors to a new arcade on Pindar Lane by the end of the year."]),
    ("h44-party-initials-shot-back", "Councillor Lenworth Saddington (PNP), who represents the Cobbla Ridge division, countered that the corporation had known about the roof for six years and had spent only $2.1 million on repairs in that time. “They let it fall down so they could move the people,” he said.\nWedlake-Royall replied that the corporation had asked the central government for repair money in three budgets and had been turned down each time.\n“Three budgets, and your own party was in charge of two of them,” Saddington shot back.\n“And I voted for the repairs every single time,” the mayor said.",
     ["Councillor Lenworth Saddington (PNP), who represents the Cobbla Ridge division, countered that the corporation had known about the roof for six years and had spent only $2.1 million on repairs in that time.", "“They let it fall down so they could move the people,” he said.", "Wedlake-Royall replied that the corporation had asked the central government for repair money in three budgets and had been turned down each time.", "“Three budgets, and your own party was in charge of two of them,” Saddington shot back.", "“And I voted for the repairs every single time,” the mayor said."]),
    ("h44-hon-ltd-mid-sentence", "State Minister in the Ministry of Local Government and Community Development, Hon. Claudette Rowcastle-Akinyele, told The Gazette by phone on Friday that each of the arcade's 226 stalls would have lights, running water and a lock-up shutter. She said a bus stop would be added “once the road is finished”, but gave no date.\nIn a statement later on Friday, the ministry said $148 million had been spent on the arcade so far, out of a budget of $176 million. It said the contractor, Braemount Civil Works Ltd., had until August 31 to finish the roof and the drains.",
     ["State Minister in the Ministry of Local Government and Community Development, Hon. Claudette Rowcastle-Akinyele, told The Gazette by phone on Friday that each of the arcade's 226 stalls would have lights, running water and a lock-up shutter.", "She said a bus stop would be added “once the road is finished”, but gave no date.", "In a statement later on Friday, the ministry said $148 million had been spent on the arcade so far, out of a budget of $176 million.", "It said the contractor, Braemount Civil Works Ltd., had until August 31 to finish the roof and the drains."]),
    ("h44-patois-quote-so-said-miss", "“I sell in this market from I was 14. My mother sell here, and her mother before her.\n“Them can give me a stall up the hill, but them cannot give me the customers.”\nSo said Miss Ivy Goldbourne-Keir, 71, who has sold yam and breadfruit from the same corner stall since 1969.",
     ["“I sell in this market from I was 14.", "My mother sell here, and her mother before her.", "“Them can give me a stall up the hill, but them cannot give me the customers.”", "So said Miss Ivy Goldbourne-Keir, 71, who has sold yam and breadfruit from the same corner stall since 1969."]),
    ("h44-asked-whether-colon-quote", "Detective Inspector Iona Caskieson-Lauder told a press conference at the force's divisional headquarters on Thursday that most of the raids happened between 1am and 4am on farms within a mile of a main road. “They know what they're looking for, and they know exactly how long it takes us to get there,” she said.\nAsked whether the gangs had inside help, she said: “We are keeping an open mind, but we have no evidence at the moment that anyone on the farms was involved.”\nShe said a 34-year-old man had been arrested in Carlisle on Tuesday and charged in connection with two of the thefts. He is due to appear at Jedburgh Sheriff Court on Monday.\nA report on a second man, aged 41, has been sent to the procurator fiscal.",
     ["Detective Inspector Iona Caskieson-Lauder told a press conference at the force's divisional headquarters on Thursday that most of the raids happened between 1am and 4am on farms within a mile of a main road.", "“They know what they're looking for, and they know exactly how long it takes us to get there,” she said.", "Asked whether the gangs had inside help, she said: “We are keeping an open mind, but we have no evidence at the moment that anyone on the farms was involved.”", "She said a 34-year-old man had been arrested in Carlisle on Tuesday and charged in connection with two of the thefts.", "He is due to appear at Jedburgh Sheriff Court on Monday.", "A report on a second man, aged 41, has been sent to the procurator fiscal."]),
    ("h44-mr-mrs-shared-family-name", "His wife, Kirsty, said the farm had waited 23 days for the GPS units to be replaced. “That's 23 days of spraying by eye in the busiest month of the year,” she added.\n“We used to leave the keys in the tractor,” Mr Cragbourne-Moffatt said. “Now we've a camera on every shed and we still can't sleep.”\nMrs Cragbourne-Moffatt said the farm's insurance premium had gone up by £1,100 this year.\nClaims for stolen farm machinery in the Borders rose to £1.9m in 2025, from £1.1m in 2024, according to figures from Corsehope Mutual, a rural insurer.\nIts head of claims for Scotland, Euan Dalgarnock, put it bluntly: “GPS kit is small, it's worth £10,000 a unit and it sells abroad within a week.”",
     ["His wife, Kirsty, said the farm had waited 23 days for the GPS units to be replaced.", "“That's 23 days of spraying by eye in the busiest month of the year,” she added.", "“We used to leave the keys in the tractor,” Mr Cragbourne-Moffatt said.", "“Now we've a camera on every shed and we still can't sleep.”", "Mrs Cragbourne-Moffatt said the farm's insurance premium had gone up by £1,100 this year.", "Claims for stolen farm machinery in the Borders rose to £1.9m in 2025, from £1.1m in 2024, according to figures from Corsehope Mutual, a rural insurer.", "Its head of claims for Scotland, Euan Dalgarnock, put it bluntly: “GPS kit is small, it's worth £10,000 a unit and it sells abroad within a week.”"]),
    ("h44-footer-company-number", "Read more: Farmers told to mark kit as thefts rise\nGet the Lantern's morning briefing in your inbox. Sign up\nComments are closed on this article.\n© 2026 Teviot Lantern Ltd, Registered in Scotland No. SC408172. All rights reserved.",
     ["Read more: Farmers told to mark kit as thefts rise", "Get the Lantern's morning briefing in your inbox.", "Sign up", "Comments are closed on this article.", "© 2026 Teviot Lantern Ltd, Registered in Scotland No. SC408172.", "All rights reserved."]),
    ("h44-hon-dr-two-women", "The Minister of State for Primary Health Care, Hon. Dr. Josephine Kabanyoro-Ssekate, told journalists in Kampala on Tuesday that an oral cholera vaccination drive for 21,000 people would start at the landing site on Monday. “We have the doses in the country and the teams are already on the ground,” she said.\nThe Director General of Health Services, Dr. Miriam Atwongyeire-Luswata, added that 18 of the 22 water samples taken from the lake shore had tested positive for the cholera bacterium. “People are bathing, washing fish and drinking from the same few metres of water,” she said.\nAsked whether the landing site would be closed, Kabanyoro-Ssekate replied that closing it would push fishermen to other sites and spread the disease further.\nAtwongyeire-Luswata cautioned that the number of cases could double in the next two weeks if people kept drinking untreated water. She said chlorine tablets would be given to every household at the site.",
     ["The Minister of State for Primary Health Care, Hon. Dr. Josephine Kabanyoro-Ssekate, told journalists in Kampala on Tuesday that an oral cholera vaccination drive for 21,000 people would start at the landing site on Monday.", "“We have the doses in the country and the teams are already on the ground,” she said.", "The Director General of Health Services, Dr. Miriam Atwongyeire-Luswata, added that 18 of the 22 water samples taken from the lake shore had tested positive for the cholera bacterium.", "“People are bathing, washing fish and drinking from the same few metres of water,” she said.", "Asked whether the landing site would be closed, Kabanyoro-Ssekate replied that closing it would push fishermen to other sites and spread the disease further.", "Atwongyeire-Luswata cautioned that the number of cases could double in the next two weeks if people kept drinking untreated water.", "She said chlorine tablets would be given to every household at the site."]),
    ("h44-ltd-without-stop-nzx", "Workers leave the Rakeiti plant after Thursday's meeting. Jono Tullett / Southern Field & Market\nKahuwera Southfold Ltd will close its lamb and mutton plant at Rakeiti in western Southland at the end of July, with the loss of 412 jobs, the company said in a statement to the NZX on Thursday. It said the plant processed 610,000 lambs in the 2024-25 season, down from 1.02 million ten years earlier.\nThe company said bringing the 1971 plant's cooling and wastewater systems up to standard would cost about $38 million. Stock will be sent to its Waitahanui plant, 140km away, from August 1.",
     ["Workers leave the Rakeiti plant after Thursday's meeting.", "Jono Tullett / Southern Field & Market", "Kahuwera Southfold Ltd will close its lamb and mutton plant at Rakeiti in western Southland at the end of July, with the loss of 412 jobs, the company said in a statement to the NZX on Thursday.", "It said the plant processed 610,000 lambs in the 2024-25 season, down from 1.02 million ten years earlier.", "The company said bringing the 1971 plant's cooling and wastewater systems up to standard would cost about $38 million.", "Stock will be sent to its Waitahanui plant, 140km away, from August 1."]),
    ("h44-transcript-name-prefixes", "Q&A\nSouthern Field & Market spoke to Kahuwera Southfold chief executive Bryn Alderholt-Mckie by phone on Thursday afternoon. The interview has been edited for length and clarity.\nMEREANA WHEORO-DYALL: The guild says workers got 40 minutes' notice. Is that fair?\nBRYN ALDERHOLT-MCKIE: We told the staff before we told the market, which is what the law requires of a listed company. I accept it was a hard way to hear it.\nWHEORO-DYALL: Why not keep it open until the end of the season?\nALDERHOLT-MCKIE: We lost $6.4 million at Rakeiti last year. Every month we keep it open costs us another half a million. We ran out of lambs, not out of will.",
     ["Q&A", "Southern Field & Market spoke to Kahuwera Southfold chief executive Bryn Alderholt-Mckie by phone on Thursday afternoon.", "The interview has been edited for length and clarity.", "MEREANA WHEORO-DYALL: The guild says workers got 40 minutes' notice.", "Is that fair?", "BRYN ALDERHOLT-MCKIE: We told the staff before we told the market, which is what the law requires of a listed company.", "I accept it was a hard way to hear it.", "WHEORO-DYALL: Why not keep it open until the end of the season?", "ALDERHOLT-MCKIE: We lost $6.4 million at Rakeiti last year.", "Every month we keep it open costs us another half a million.", "We ran out of lambs, not out of will."]),
    ("h44-man-dateline-jan", "Ironjacks head coach Marty Vasseur-Kehlmann behind the bench in February. Examiner file photo\nKELSAW LAKE, Man. — The Birchbark Junior Hockey League has suspended Kelsaw Lake Ironjacks head coach Marty Vasseur-Kehlmann and his brother, assistant coach Luc Vasseur-Kehlmann, for the rest of the 2025-26 season, including the playoffs.\nThe team has also been fined $15,000 and will forfeit its first-round pick in the 2026 bantam draft, the league said in a release on Friday. It said an independent investigator found that five rookies were made to drink alcohol on the team bus after a road game in Dauphin on Jan. 24 until three of them were sick.",
     ["Ironjacks head coach Marty Vasseur-Kehlmann behind the bench in February.", "Examiner file photo", "KELSAW LAKE, Man. — The Birchbark Junior Hockey League has suspended Kelsaw Lake Ironjacks head coach Marty Vasseur-Kehlmann and his brother, assistant coach Luc Vasseur-Kehlmann, for the rest of the 2025-26 season, including the playoffs.", "The team has also been fined $15,000 and will forfeit its first-round pick in the 2026 bantam draft, the league said in a release on Friday.", "It said an independent investigator found that five rookies were made to drink alcohol on the team bus after a road game in Dauphin on Jan. 24 until three of them were sick."]),
    ("h44-aug-asked-if", "League commissioner Ray Lachaussée-Dunmow told a video news conference that both coaches were on the bus and neither stopped it. “There is no version of this where the adults in charge get to say they didn't know,” he said.\nAsked if the league would review other teams, Lachaussée-Dunmow said every club would have to file its rookie-initiation policy with the league by Aug. 1.",
     ["League commissioner Ray Lachaussée-Dunmow told a video news conference that both coaches were on the bus and neither stopped it.", "“There is no version of this where the adults in charge get to say they didn't know,” he said.", "Asked if the league would review other teams, Lachaussée-Dunmow said every club would have to file its rookie-initiation policy with the league by Aug. 1."]),
    ("h44-am-dateline-engr", "SADANGIT, Benguet – Six people were killed and four remain missing after a landslide buried 11 houses in Sitio Labeng-Ogoy, Barangay Pokkong, at about 4:15 a.m. on Sunday, after three days of heavy rain.\nSadangit Mayor Bernardo Palangdao-Tumapang told reporters at the evacuation centre in the municipal gym that 220 families from three sitios had been moved to safer ground. “We will resume the search at first light, because the slope is still moving,” he said.\nThe head of the Municipal Disaster Risk Reduction and Management Office (MDRRMO), Engr. Virgilio Dongbalay-Atayoc, said rain gauges in the town recorded 412 millimetres from Thursday to Sunday morning. He said 84 rescuers from the municipality, the Bureau of Fire Protection and the Philippine Army were at the site. The bodies of two children, aged 7 and 11, were among the six recovered by noon, the MDRRMO said.",
     ["SADANGIT, Benguet – Six people were killed and four remain missing after a landslide buried 11 houses in Sitio Labeng-Ogoy, Barangay Pokkong, at about 4:15 a.m. on Sunday, after three days of heavy rain.", "Sadangit Mayor Bernardo Palangdao-Tumapang told reporters at the evacuation centre in the municipal gym that 220 families from three sitios had been moved to safer ground.", "“We will resume the search at first light, because the slope is still moving,” he said.", "The head of the Municipal Disaster Risk Reduction and Management Office (MDRRMO), Engr. Virgilio Dongbalay-Atayoc, said rain gauges in the town recorded 412 millimetres from Thursday to Sunday morning.", "He said 84 rescuers from the municipality, the Bureau of Fire Protection and the Philippine Army were at the site.", "The bodies of two children, aged 7 and 11, were among the six recovered by noon, the MDRRMO said."]),
    ("h44-punong-kagawad-ilocano", "Punong Barangay Remedios Aliwacay-Pukoy said she went house to house on Saturday night asking families on the slope to leave. “Some left, some said they would wait for morning,” she said.\nKagawad Teodora Bayasen-Gumpad, who lives across the creek, said the families who stayed had nowhere else to take their pigs and their vegetables. “Awan ti pagpanawanda,” she said in Ilocano. “They had nowhere to go.”\nKapitana Aliwacay-Pukoy said the barangay had asked the municipality in 2024 to relocate the sitio after cracks appeared on the slope.",
     ["Punong Barangay Remedios Aliwacay-Pukoy said she went house to house on Saturday night asking families on the slope to leave.", "“Some left, some said they would wait for morning,” she said.", "Kagawad Teodora Bayasen-Gumpad, who lives across the creek, said the families who stayed had nowhere else to take their pigs and their vegetables.", "“Awan ti pagpanawanda,” she said in Ilocano.", "“They had nowhere to go.”", "Kapitana Aliwacay-Pukoy said the barangay had asked the municipality in 2024 to relocate the sitio after cracks appeared on the slope."]),
    ("h44-atty-gov-aide-statement", "OCD-Cordillera Regional Director Atty. Leonora Sagalla-Bentican said two more rescue teams from Baguio would reach Sadangit on Monday morning.\nA PAGASA weather specialist, Ronaldo Tayaban-Cosme, said the rain would ease on Tuesday but that the soil would stay saturated for days.\nAt a briefing in La Trinidad, an aide read a statement from Gov. Armando Pulganan-Lagto. In it, the governor said the provincial government would give ₱20,000 to each family whose house was destroyed. The statement said rice and canned goods for 1,500 families had been sent to Sadangit.",
     ["OCD-Cordillera Regional Director Atty. Leonora Sagalla-Bentican said two more rescue teams from Baguio would reach Sadangit on Monday morning.", "A PAGASA weather specialist, Ronaldo Tayaban-Cosme, said the rain would ease on Tuesday but that the soil would stay saturated for days.", "At a briefing in La Trinidad, an aide read a statement from Gov. Armando Pulganan-Lagto.", "In it, the governor said the provincial government would give ₱20,000 to each family whose house was destroyed.", "The statement said rice and canned goods for 1,500 families had been sent to Sadangit."]),
    ("h44-president-dr-regent-chair", "President Dr. Helena Lindgrund told the board that state funding for the university had fallen by $11.2 million over three years while enrollment held steady at about 14,600 students. “Without this increase we would be looking at cutting programs, not trimming them,” she said.\nRegent Dwight Sautner, one of the two who voted no, said the board had approved $4.8 million in new administrative salaries in the past two years. “We're asking 19-year-olds to pay for decisions this room made,” he said.\nBoard chair Annelise Goodhart countered that most of those positions were in student advising and mental health. “Those are not deans, Dwight,” she said.\nThe regent said that was “a fair point about half of them.”",
     ["President Dr. Helena Lindgrund told the board that state funding for the university had fallen by $11.2 million over three years while enrollment held steady at about 14,600 students.", "“Without this increase we would be looking at cutting programs, not trimming them,” she said.", "Regent Dwight Sautner, one of the two who voted no, said the board had approved $4.8 million in new administrative salaries in the past two years.", "“We're asking 19-year-olds to pay for decisions this room made,” he said.", "Board chair Annelise Goodhart countered that most of those positions were in student advising and mental health.", "“Those are not deans, Dwight,” she said.", "The regent said that was “a fair point about half of them.”"]),
    ("h44-colon-question-afterward", "Student body president Keisha Obiamaka, who addressed the board before the vote, had a simple question: “How many of you paid $10,884 a year to go here?”\nShe said afterward that the vote “was decided before we walked in” and that students had been given 48 hours' notice of the proposal.",
     ["Student body president Keisha Obiamaka, who addressed the board before the vote, had a simple question: “How many of you paid $10,884 a year to go here?”", "She said afterward that the vote “was decided before we walked in” and that students had been given 48 hours' notice of the proposal."]),
    ("h44-st-kmh-fir", "KOCHI: The Kerala High Court on Monday directed the management of St. Ephrem's English Medium School, Vellikkunnu, and the State government to pay a total of ₹38.5 lakh in compensation to the families of two students who died when the school bus overturned on the Vellikkunnu-Pallathara road on June 17, 2024.\nJustice Hari Govindan-Nambisan, writing for a Division Bench that included Justice Saramma Thekkumkattil, observed that the bus had no working speed governor and was being driven at about 68 km/h on a road with a speed limit of 30 km/h. “A school that carries children for a fee cannot say that the road is somebody else's problem,” the Bench said in its order.\nAccording to the FIR, the bus was carrying 41 children, though it was registered for 32. Two Class IV students, Aadhil Nizar and Niveditha Sudheer, both nine, died at the scene, and 17 others were injured.",
     ["KOCHI: The Kerala High Court on Monday directed the management of St. Ephrem's English Medium School, Vellikkunnu, and the State government to pay a total of ₹38.5 lakh in compensation to the families of two students who died when the school bus overturned on the Vellikkunnu-Pallathara road on June 17, 2024.", "Justice Hari Govindan-Nambisan, writing for a Division Bench that included Justice Saramma Thekkumkattil, observed that the bus had no working speed governor and was being driven at about 68 km/h on a road with a speed limit of 30 km/h.", "“A school that carries children for a fee cannot say that the road is somebody else's problem,” the Bench said in its order.", "According to the FIR, the bus was carrying 41 children, though it was registered for 32.", "Two Class IV students, Aadhil Nizar and Niveditha Sudheer, both nine, died at the scene, and 17 others were injured."]),
    ("h44-adv-smt-fr", "Appearing for the petitioners, Adv. Sreejith Kolangattu-Marar submitted that the school had been warned twice by the Motor Vehicles Department about overloading, in 2022 and in March 2024. He said the school collected ₹1,450 a month in bus fees from each student.\nThe Senior Government Pleader, Smt. Latha Raveendran-Kurup, contended that the State could not be held liable for a private school's vehicle.\nThe Bench disagreed, noting that the Motor Vehicles Department had renewed the bus's fitness certificate in May 2024 without checking its speed governor.\nThe school's manager, Fr. Thomas Panamkuzhiyil-Vettom, told The Kayal Post that the management would study the order before deciding whether to appeal. “We have prayed for these children every day since that morning,” he said.",
     ["Appearing for the petitioners, Adv. Sreejith Kolangattu-Marar submitted that the school had been warned twice by the Motor Vehicles Department about overloading, in 2022 and in March 2024.", "He said the school collected ₹1,450 a month in bus fees from each student.", "The Senior Government Pleader, Smt. Latha Raveendran-Kurup, contended that the State could not be held liable for a private school's vehicle.", "The Bench disagreed, noting that the Motor Vehicles Department had renewed the bus's fitness certificate in May 2024 without checking its speed governor.", "The school's manager, Fr. Thomas Panamkuzhiyil-Vettom, told The Kayal Post that the management would study the order before deciding whether to appeal.", "“We have prayed for these children every day since that morning,” he said."]),
    ("h44-sri-fr-surname-cues", "Sri Sudheer Kumar Ayyappankavu, Niveditha's father, said the family had waited 23 months for the order. “Money does not bring her back,” he said. “But now someone has said in writing that it was not an accident.”\nFr. Panamkuzhiyil-Vettom said the school had replaced its entire fleet of six buses since the crash and now employed two attendants on every trip.\nAyyappankavu said the school had not contacted the family since the funeral.",
     ["Sri Sudheer Kumar Ayyappankavu, Niveditha's father, said the family had waited 23 months for the order.", "“Money does not bring her back,” he said.", "“But now someone has said in writing that it was not an accident.”", "Fr. Panamkuzhiyil-Vettom said the school had replaced its entire fleet of six buses since the crash and now employed two attendants on every trip.", "Ayyappankavu said the school had not contacted the family since the funeral."]),
    ("h44-his-worship-cllr", "His Worship the Mayor of Chibwelele, Cllr Joseph Mulundu-Kafwimbi, said the money would pay for new toilets, drainage and lights at all three markets. He said the levy had not been raised since 2019.\nThe chairperson of the Chibwelele Marketeers' Association, Bwalya Chilufya-Mukanda, said traders would boycott the stalls and sell from the roadside from Monday. “Most of us make K60 on a good day,” he said. “Now the council wants one day's profit every week.”",
     ["His Worship the Mayor of Chibwelele, Cllr Joseph Mulundu-Kafwimbi, said the money would pay for new toilets, drainage and lights at all three markets.", "He said the levy had not been raised since 2019.", "The chairperson of the Chibwelele Marketeers' Association, Bwalya Chilufya-Mukanda, said traders would boycott the stalls and sell from the roadside from Monday.", "“Most of us make K60 on a good day,” he said.", "“Now the council wants one day's profit every week.”"]),
    ("h44-mr-ms-siblings-town-clerk", "His sister, Grace Kapembwa-Sinkala, who sells chitenge fabric at Central Market, said she paid K150 a month to the council and another K50 to a cadre who collected it. “Ask anyone here who the K50 is for,” she said.\nMr Kapembwa-Sinkala said he had reported the collections to the police in March. Ms Kapembwa-Sinkala said the collections stopped for two weeks after that and then started again.\nThe Town Clerk, Mirriam Nkonde-Chabuka, said only council officers wearing identification were allowed to collect levies and that receipts were issued for every payment. The Town Clerk said the council had not received any report about cadres at the market.",
     ["His sister, Grace Kapembwa-Sinkala, who sells chitenge fabric at Central Market, said she paid K150 a month to the council and another K50 to a cadre who collected it.", "“Ask anyone here who the K50 is for,” she said.", "Mr Kapembwa-Sinkala said he had reported the collections to the police in March.", "Ms Kapembwa-Sinkala said the collections stopped for two weeks after that and then started again.", "The Town Clerk, Mirriam Nkonde-Chabuka, said only council officers wearing identification were allowed to collect levies and that receipts were issued for every payment.", "The Town Clerk said the council had not received any report about cadres at the market."]),
    ("h44-hon-colon-quote-pr", "The Minister of Local Government and Rural Development, Hon. Agness Simwinga-Lupupa, told Parliament on Tuesday that councils set their own levies under the Local Government Act but had to account for how the money was spent. She said: “A levy is not a tax to fill a hole in the salaries.”\nCouncil Public Relations Manager Chanda Mwewa-Tembwe told the Luangwa Tide that 61 per cent of the council's 2025 levy income had gone to salaries. She said the new budget ring-fenced K4 million for market works.",
     ["The Minister of Local Government and Rural Development, Hon. Agness Simwinga-Lupupa, told Parliament on Tuesday that councils set their own levies under the Local Government Act but had to account for how the money was spent.", "She said: “A levy is not a tax to fill a hole in the salaries.”", "Council Public Relations Manager Chanda Mwewa-Tembwe told the Luangwa Tide that 61 per cent of the council's 2025 levy income had gone to salaries.", "She said the new budget ring-fenced K4 million for market works."]),
    ("h44-got-a-story-footer", "Got a story? WhatsApp the newsroom on +260 97 000 1234.\n© 2026 Luangwa Tide Media. All rights reserved.",
     ["Got a story?", "WhatsApp the newsroom on +260 97 000 1234.", "© 2026 Luangwa Tide Media.", "All rights reserved."]),
    ("h44-magistrate-dr-inspector", "Testifying before Magistrate Dr Carmela Scicluna-Busuttil, the foreman, Stefan Agius-Tanti, said he had told both men on December 6 that the wall had cracked. “I told them the props were not enough and we needed two more before we dug any deeper,” he told the court.\nHe said Raymond replied that the props would come “on Monday”. The wall fell on the Tuesday.\nAsked by Inspector Nathaniel Caruana-Saliba, prosecuting, what Kurt did that morning, the witness said: “Kurt told us to carry on with the excavator because the concrete lorry was booked for Thursday.”",
     ["Testifying before Magistrate Dr Carmela Scicluna-Busuttil, the foreman, Stefan Agius-Tanti, said he had told both men on December 6 that the wall had cracked.", "“I told them the props were not enough and we needed two more before we dug any deeper,” he told the court.", "He said Raymond replied that the props would come “on Monday”.", "The wall fell on the Tuesday.", "Asked by Inspector Nathaniel Caruana-Saliba, prosecuting, what Kurt did that morning, the witness said: “Kurt told us to carry on with the excavator because the concrete lorry was booked for Thursday.”"]),
    ("h44-dr-lawyers-objected", "Under cross-examination, Dr Mark Schembri-Fenech, for the elder Falzon-Ciantar, put it to the witness that he had never put his warning in writing. “No, I said it to their faces,” Agius-Tanti replied.\nDr Roberta Cassar-Aquilina, for the younger Falzon-Ciantar, asked the witness whether he had stopped work himself. He said he had not, because “the foreman does not decide who gets paid.”\nSchembri-Fenech objected to the answer as speculation. The magistrate allowed it to stand.",
     ["Under cross-examination, Dr Mark Schembri-Fenech, for the elder Falzon-Ciantar, put it to the witness that he had never put his warning in writing.", "“No, I said it to their faces,” Agius-Tanti replied.", "Dr Roberta Cassar-Aquilina, for the younger Falzon-Ciantar, asked the witness whether he had stopped work himself.", "He said he had not, because “the foreman does not decide who gets paid.”", "Schembri-Fenech objected to the answer as speculation.", "The magistrate allowed it to stand."]),
    ("h44-engr-haji", "Engr. Obaidullah Yousafkhel-Kundi, the irrigation department's executive engineer for Swat, said notices had been served on 62 riverside buildings in 2023 and 2024. “We serve the notice, the owner gets a stay order, and the building stays,” he said.\nThe deputy commissioner said the administration had demolished 11 buildings since 2023 but that the courts had stopped work on the rest. Yousafkhel-Kundi said eight of the stay orders were still pending.\nHaji Gul Zaman Shinwari-Afridi, who owns the Riverview Palace Hotel, claimed his building had all its permits and was 240 feet from the water. “The river came to me, I did not go to the river,” he said.",
     ["Engr. Obaidullah Yousafkhel-Kundi, the irrigation department's executive engineer for Swat, said notices had been served on 62 riverside buildings in 2023 and 2024.", "“We serve the notice, the owner gets a stay order, and the building stays,” he said.", "The deputy commissioner said the administration had demolished 11 buildings since 2023 but that the courts had stopped work on the rest.", "Yousafkhel-Kundi said eight of the stay orders were still pending.", "Haji Gul Zaman Shinwari-Afridi, who owns the Riverview Palace Hotel, claimed his building had all its permits and was 240 feet from the water.", "“The river came to me, I did not go to the river,” he said."]),
    ("h44-pm-headline-caption-credit", "Seoul moves to shut cram schools at 9 p.m. for middle schoolers\nSuperintendent says children need sleep more than a fourth math class; hagwon owners vow to fight the ordinance\nBy Jegal Min-ji, Staff reporter\nPosted : 2026-05-19 17:05 KST | Updated : 2026-05-19 21:40 KST\nShare   Facebook   X   KakaoTalk   Print   A+ A-\nStudents leave a cram school in Seoul's Daechi-dong at 10 p.m. on Monday. Namsan Post photo by Seomun Ha-eun",
     ["Seoul moves to shut cram schools at 9 p.m. for middle schoolers", "Superintendent says children need sleep more than a fourth math class; hagwon owners vow to fight the ordinance", "By Jegal Min-ji, Staff reporter", "Posted : 2026-05-19 17:05 KST | Updated : 2026-05-19 21:40 KST", "Share   Facebook   X   KakaoTalk   Print   A+ A-", "Students leave a cram school in Seoul's Daechi-dong at 10 p.m. on Monday.", "Namsan Post photo by Seomun Ha-eun"]),
    ("h44-mr-ms-namgung-pm", "“Parents will just send their children to tutors at home, where nobody checks the hours,” Mr. Namgung said.\nNamgung Hye-ryeong, no relation, whose son is in his second year at a middle school in Gangnam, said he attended three hagwon and came home at 10:20 p.m. four nights a week. “If every hagwon closes at nine, nobody is left behind,” she said.\nMs. Namgung said she spent 1.4 million won a month on her son's classes. Mr. Namgung said most of his members charged far less than that.",
     ["“Parents will just send their children to tutors at home, where nobody checks the hours,” Mr. Namgung said.", "Namgung Hye-ryeong, no relation, whose son is in his second year at a middle school in Gangnam, said he attended three hagwon and came home at 10:20 p.m. four nights a week.", "“If every hagwon closes at nine, nobody is left behind,” she said.", "Ms. Namgung said she spent 1.4 million won a month on her son's classes.", "Mr. Namgung said most of his members charged far less than that."]),
    ("h44-q-a-prefixes-co-footer", "Q. The hagwon federation says a 9 p.m. limit will cost 6,000 instructors their jobs. Is that true?\nA. Nobody is closing a single hagwon. They lose one hour on weekday nights for middle school students.\nQ. How will you check?\nA. We have 146 inspectors for about 25,000 hagwon in the city, so we will rely on reports from parents. Last year we received 1,930 reports of late-night classes.\nMost Viewed\nSuneung to add listening test for second foreign languages\nSchool meal workers plan strike on June 2\n© The Namsan Post Co. All rights reserved.",
     ["Q. The hagwon federation says a 9 p.m. limit will cost 6,000 instructors their jobs.", "Is that true?", "A. Nobody is closing a single hagwon.", "They lose one hour on weekday nights for middle school students.", "Q. How will you check?", "A. We have 146 inspectors for about 25,000 hagwon in the city, so we will rely on reports from parents.", "Last year we received 1,930 reports of late-night classes.", "Most Viewed", "Suneung to add listening test for second foreign languages", "School meal workers plan strike on June 2", "© The Namsan Post Co.", "All rights reserved."]),
]  # fmt: skip
