"""Eighty-first held-out set of hand-labelled pages for the hint engines (never tuned on, round forty-eight):
twelve WHOLE typical news pages of twelve kinds (local council, crime, courts, health, education,
business, sport, science, weather, politics, culture, transport) from twelve English-language
outlets in twelve countries, as a reader pastes them from a desktop browser, head to tail, each with
its site's ordinary furniture at the head, in the middle and at the tail, worded the site's own way.
This set is HELD OUT: it measures the engines and must never be tuned on -- no rule, threshold,
word list or weight may be changed because of what it scores, and its pages and cases are not to be
read while tuning.

The pages, in order: an English regional news site's council page (a Lincolnshire district votes 24
to 17 for three-weekly black-bin collections); a South African news site's crime page (five arrested
after a cash van is bombed near Kariega); an Indian English daily's courts page (the Karnataka High
Court orders a civic body to pay ₹15 lakh to a pothole victim's family); a Ghanaian news site's
health page (a ten-machine dialysis unit opens in Ho at GH¢650 a session); a Kenyan daily's
education page (Nakuru schools send learners home as capitation money runs late); a Malaysian
business site (a glove maker's quarterly profit more than doubles to RM86.4 million); a Canadian
regional daily's sports page (a Saskatchewan junior hockey team wins Game 7 in overtime); an
Australian regional paper's science page (a study finds a heatwave killed about 9,300 flying-foxes in
central Victoria); a Fijian news site's weather page (a cyclone brings 287 mm of rain to Labasa); a
United States local newspaper's politics page (the Wisconsin Assembly falls five votes short of
overriding a governor's veto); a Singaporean news site's culture page (a 1953 cinema in Geylang
reopens as an arts centre); and a Nigerian news site's transport page (Lagos rapid-transit bus fares
rise 40 per cent). `STYLES` describes each page, its story, its speakers and its furniture in order.

What is hard is that nothing is exotic: ordinary pages whose furniture (mastheads, sign-in and
subscribe strips, menus, section paths, market and score strips, a weather-alert banner, bylines
with roles, Published/Updated lines with time zones, listen and read-time lines, share rows,
captions and credits, ADVERTISEMENT, "Story continues below", "Article content", Read more / ALSO
READ / RELATED links, a MOST READ list with its numbers on their own lines, related, trending and
latest lists, tags, comments prompts and notes, reply forms, newsletter boxes, a funding note, a
disclaimer, a journal reference, an author bio, an acknowledgement of the Traditional Owners, an
emergency-numbers box, a reporter's contact line, publisher, registration, ABN and copyright lines
and footers) sits beside story lines that look like furniture (short colour lines, captions, data
lines of a "Three stars" box, an event box and a fare table, a police appeal with a phone number);
and everyday attribution: officials, spokespeople, judges and counsel ("observed", "held", "argued",
"submitted"), organisations kept as written or resolved, groups, documents and data through
"according to", "show" and "says", quotes over two and three sentences, speakers named after their
quotes, pronoun chains, surnames alone, titles and roles of many house styles dropped (Cllr,
Captain, Justice, Advocate, Dr, Hon., Datuk, Head coach, Co-author, Senior forecaster, Cane farmer,
Assembly Speaker, Minority Leader, Rep., Ms, Mr, Engr., Comrade), and "declined to comment", "did not
respond to ...", "could not be reached for comment". The pages hold 518 sentences: 246 "B", 137 "W"
and 135 ""; 204 sentences carry a speaker (101 distinct speakers).

Written from scratch for issue 13 in round forty-eight, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief (`/tmp/brief/common.md` whole; `/tmp/brief` listed once, and its
task list printed whole, so the one-line themes of the neighbouring sets were seen); the module
docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`);
`def build` in `tests/text/labelled_articles.py` (its source segment printed by an `ast` script of my
own, that function only); the `[tool.ruff]` tables of `pyproject.toml` (a `sed` range from
`[tool.ruff` to the next other `[tool.` table); and, from `labelled_new119.py` and
`labelled_new120.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each. It was printed once
(the tool cut its middle, so that the first 160 lines of the docstring of `labelled_new119.py`, and
the end of the first page, the second page and the cases of `labelled_new120.py` were seen), then
saved to a scratch file, of which `grep -n` showed the section markers and `sed` showed four ranges:
the rest of the docstring and the `STYLES` of `labelled_new119.py` (lines cut at 2,500 characters),
the start of its first page (lines cut at 300 characters), and the docstring and `STYLES` of
`labelled_new120.py` (lines cut at 3,000 characters, the tool cutting about twenty lines of the
docstring, which a narrower range then showed); so most of the first page, the second page and the
cases of `labelled_new119.py`, and the start of the first page of `labelled_new120.py`, were never
seen. `/tmp/sets` was listed once (it held my scratch folder and other writers' scratch folders,
none of which was opened). No other page, case or docstring of any file under `tests/` was read.
What was run: a Python one-liner printing the calendars of April and May 2027 (to check weekdays);
scripts of my own in a scratch folder that turn a small line format (flag, speaker, cue and text
separated by a tilde, one line a paragraph unless it starts with "+", case marks naming a first
sentence and a length) into the literals below, apply renames and cut the split cases out of the
pages; case-insensitive substring file counts (`grep -rliF -- WORD /work/main/tests/text | wc -l`)
for every capitalised word of three letters or more and every part of a hyphenated name of the pages
(765 words, then the words added by renaming), and for a pool of about 120 candidate replacements;
an import of this file with `labelled_articles.build` on every page and a check of four string
fields, the flags, the text at each label's offsets, no "B" with a speaker, a cue for every speaker
and a speaker for every cue, 30 distinct case ids, every case text in a built page and equal to its
sentences joined by single spaces, each expected sentence one labelled sentence of one paragraph, in
order, and the counts above; and `ruff format` and `ruff check` (the project's `.venv`) with the
project's `pyproject.toml` as config, the check through `--stdin-filename
tests/text/labelled_heldout81.py` so that the per-file ignores for `tests/**` apply. Only counts were
read from the word searches, never the matched lines or file names. Before the counts, names that
echoed real people, firms, teams or bodies were changed on sight (a Lagos surname, a Singapore
cinema chain, a theatre, a Canadian football club and a junior hockey club, a metro corporation's
acronym, a Fijian roads body). Of the first draft's coined words, about fifty hit other files and
were renamed: surnames and parts of hyphenated surnames (Tolleshunt, Farrowby, Ashwin, Mokgothu,
Mqhayisa, Bikitsha, Hiremagalur, Kolar, Kwartemaa, Akpalu, Adigun, Bello, Chepkemoi, Kibiwott,
Kiprono, Mwaura, Kamarulzaman, Lacombe, Trudel, Rousseau, Hinch, Kolbenschlag, Pettigrove,
Ambervale, Rokotuibau, Vuniwaqa, Waqanivalu, Okafor, Wenz, Ritz, Vandermolen, Thorvaldsen, Boey,
Kader, Oyelarinde, Martins, Odunsi, Nwachukwu, Alade, Ige) and a given name (Ridgeway), and towns,
streets, wards, outlets, firms, funds and a cyclone (Kestleford, Plumtree, Marlowe, Westgate,
Fenwold, Wolds, Kaveri, Cahaya, Tanjung, Meru, Merbau, Goldfields, Loddon, Merlion, Lusiana); only
replacements with no hit were kept, except Brody, a common given name. What still hits is real
countries, regions, cities, towns, suburbs, rivers and villages (Lincolnshire, Kariega, Gqeberha,
KwaNobuhle, Uitenhage, Bengaluru, Mahadevapura, Accra, Kumasi, Hohoe, Keta, Nakuru, Gilgil, Baringo,
Klang, Selangor, Kelvington, Humboldt, Estevan, Regina, Bendigo, Castlemaine, Elmore, Labasa,
Savusavu, Lakeba, Macuata, Madison, Milwaukee, Eau Claire, Geylang, Joo Chiat, Toa Payoh, Ikorodu,
Ojota, Idumota and the like), common given names kept on purpose (Janet, Gareth, Priya, Dorothy,
Gillian, Lindiwe, Zola, Anele, Latha, Kavitha, Rajiv, Suresh, Mohan, Venkatesh, Efua, Kwame, Selasi,
Elikem, Yayra, Esther, Wanjiru, Patrick, Mercy, Joseph, Daniel, Nurul, Hidayah, Farah, Izzati,
Kheng, Wade, Trent, Anders, Mathis, Darcy, Harriet, Rosalind, Tomasz, Judith, Leonard, Meredith,
Salote, Inoke, Peni, Josefa, Ana, Dale, Ruth, Curtis, Greg, Marisa, Arthur, Dana, Molly, Lorraine,
Jillian, Vanessa, Clarissa, Kenneth, Rahmat, Sulaiman, Folake, Adekunle, Ifeoma, Oluwaseun, Samson
and common Chinese surnames and name parts such as Tan, Lim, Ong, Teo, Yeo), ordinary and outlet
words (Guildhall, Harriers, Parkland, Lakeshore, Sentinel, Meridian, Ledger, Chronicle, Courier,
Herald, Examiner, Mirror, Island, Lantern, Lotus, Pearl, Lorong and the like) and tokens (ABN, IST,
EAT, MYT, KLCI, FBM, CPO, USD, MYR, BRT, TBS, MRT, PAIA, Pty, Pvt, Sdn, Bhd, Regn, Engr, Cllr).

Every person, outlet, firm, research house, union, association, council, fund, university, school,
hospital unit, cinema, arts centre, team, arena, cyclone, street, ward and figure is invented. Real
countries, regions, cities and institutions appear only as settings: those above, the High Court of
Karnataka, the National Prosecuting Authority and a magistrate's court in Kariega, the National
Health Insurance Scheme and Authority and the Ghana Health Service, Kenya's Ministry of Education and
the Treasury, Bursa Malaysia, the Bureau of Meteorology, the Fiji Meteorological Service, the
National Disaster Management Office, the Water Authority and Fiji's Ministry of Education, the
Wisconsin Assembly, Senate, Legislature and Legislative Fiscal Bureau, the National Archives and the
Ministry of Culture, Community and Youth in Singapore, the Lagos State government and Nigeria's
National Bureau of Statistics (all with invented statements and figures), and Facebook, X,
WhatsApp, Telegram, LinkedIn, Instagram and YouTube (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, banner, menu, label, byline, role, date, listen line, share
line, caption, credit, link, list item, list number, box line, button row and legal line is a
paragraph of its own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". As in the recent sets: furniture "B" line by line, whatever it says; a caption by its
content (no speaker, even when it names someone speaking) and its credit "B"; headlines and
standfirsts never split and flagged by content, a headline's or standfirst's "says", "say" or
"finds" carrying the speaker the story names as first given ("..., says medical director" -> the
director's full name; "..., study finds" -> "A study by researchers from Ballarook University";
"Opposition councillors say ..." kept as written); a dateline belongs to its lead sentence; a
speaker is the full name as first given without titles or roles, initials kept ("Mohan B.
Hirekodige"); a pronoun or a later surname resolves to it ("said Callihoo, 19" -> "Brody Callihoo");
a generic noun for an organisation or a document is kept as written ("the company", "The company",
"The group", "the rubber glove maker", "The council", "the council", "The report", "the filing",
"the paper", "The researchers", "The centre"), while "It said" resolves to the organisation as
first given; "according to X" gives X as written; a quote over several sentences carries its speaker
and cue in each; a named person acting without a verb of saying carries no speaker.

Conventions this set had to settle, in the same spirit:

* "X could not be reached for comment" is labelled like "declined to comment": X as first given,
  the cue as written, "".
* A judge who "observed" or "held" and counsel who "argued" or "submitted" carry those verbs as
  cues; what a judge held on the facts is "W", her observations "".
* "Associate Professor X, ..., was more cautious." names a person with no verb of saying and carries
  no speaker; the "He said" that follows carries him.
* Data boxes inside a story -- a hockey game's "Three stars", an arts centre's WHERE/WHEN/ADMISSION
  lines, a "NEW FARES FROM MONDAY" table -- are "" line by line (data, not a claim worth checking,
  not furniture), and their titles "B", as for the line-ups and tables of `labelled_new2.py`.
* A police appeal for information with a phone number, and the line after it, are story lines with
  no speaker, "" (a request); an emergency-numbers box at the tail is furniture, "B" line by line.
* A score strip, a market strip and a weather-alert banner at the head are "B"; so are a closing
  "(Published ...)" line, a reporter's contact line and a comments prompt phrased as a question.
* A standfirst of colour or a standfirst that only restates the story without a source carries no
  speaker and is ""; a headline stating the story's checkable fact is "W".
* Check-worthiness as in the recent sets: statements of record by officials, judges, documents and
  data, figures, dates, counts and first-person records ("I counted nine shots.", "I ran the
  projector here from 1961 until the day it closed", "We had 86 orphaned pups in care by the end of
  that week") are "W"; opinions, feelings, colour, rhetorical questions, refusals to comment, plans,
  promises, forecasts and hopes, with or without figures (collection calendars in July, a court
  appearance on Wednesday, a review after three months, an expected weakening by Thursday, a target
  price), are "".

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two
or three consecutive sentences of one paragraph of these pages joined by single spaces: quotes
continued after "she said." and "he said." and over three sentences; "according to a report to
councillors." before "The report says"; "Ltd." before "Registered in England and Wales No. ...";
"Captain" and "the statement said." before a continued quote; a quote with "I lay down ..." and a
count; "Warrant Officer" and a phone number before "Tip-offs ..."; "(Pty) Ltd." before "All
rights reserved."; "Justice ... observed in her order." before a continued quote; "Advocate" with
"September 2 and September 29."; "she said." before a two-sentence quote ending in a question;
"GH¢650" and "Dr" mid-paragraph; "GH¢900" and a question inside a quote; "Sh412,000" and a question
inside a quote with "he said."; "Sh3,500" and "Grade 8."; "Datuk" and "81% of capacity" before "He
said"; "RM1.83" and "48.2 million"; "Game 7" and "“Did we deserve it?” he said."; a surname-only
attribution with an age; "Dr" and "46.1 degrees"; a three-sentence quote; "Pty Ltd." before "ABN
..."; a headman's role after his name; "he asked."; "Rep." mid-sentence twice;
"6 a.m." ending a newsletter line; "Mr" and "84,"; "Ltd." before "Co. Regn. No. ..." before "All
rights reserved."; "N3,000" and two questions inside a quote; a reply form in three sentences: what
a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'English REGIONAL NEWS SITE\'s local council page (Lincolnshire), a district council votes 24 to 17 for three-weekly black-bin collections: masthead in capitals, a sign-in/subscribe strip, menu with wide spaces, section path with ›; headline "W" and a standfirst "Opposition councillors say ..." carrying them as written ""; byline and "Local democracy reporter" on two lines, a Published/Updated line, share strip; caption "" and image credit; the vote "W" and "the council says" a saving "W"; the council leader with "Cllr" dropped ("told the meeting" "W", "She said" "W", a two-sentence quote ""); the opposition leader named before a relative clause (a petition "W", a quote over three sentences ""); Advertisement and a Read more line; colour with no speaker ""; "according to a report to councillors" "W" and "The report says" "W"; the head of service named before her role ("W", "She said" a promise ""); "figures published by the council in February show" "W"; MOST READ list with numbers on their own lines; a resident named after her quote (opinion "", a question "", "She said" a record "W"); a ward councillor ("W", a quote ""); "The council said" a plan ""; a comments prompt in two sentences, a funding note, related list, newsletter box, comments count and sort line, publisher line split at "Ltd." before "Registered in England and Wales No. ...", copyright, footer links',
    'South African NEWS SITE\'s crime page (Eastern Cape), five arrested after a cash van is bombed near Kariega: masthead, a log-in strip, menu with pipes, breadcrumb with slashes; headline "W"; byline, a Published line, a listen line, share line; caption "" and "Picture: Supplied"; a lead with "police said" "W"; the provincial police spokesperson with "Captain" dropped ("said in a statement" "W", "the statement said" over two sentences "W", a warning "" and a vow in a quote ""); ADVERTISEMENT; the security company "said" "W" and "It said" resolved to it as first given "W"; a guard\'s injuries "according to the company" "W"; a witness named after her quote (colour "", a record "W"); READ ALSO link; the community policing forum chairperson named before a relative clause (a count "W", an opinion ""); "The National Prosecuting Authority\'s regional spokesperson, ..., said" a court date "" and "He said" charges "W"; "declined to comment" ""; "according to figures from the Cash Transit Security Association" kept as written "W"; an appeal for information with a phone number ""; Trending list, a WhatsApp channel line, tags, copyright split at "(Pty) Ltd." before "All rights reserved.", footer links',
    'Indian ENGLISH DAILY\'s courts page (Bengaluru), the Karnataka High Court orders a city corporation to pay ₹15 lakh to the family of a rider killed in a pothole crash: masthead in capitals, an e-paper/sign-in strip, menu with wide spaces, section path with »; headline "W"; a news-service byline, two timestamp lines with IST, a follow line; caption "" and "Credit: Special arrangement"; a "Bengaluru:" dateline lead "W"; the judge with "Justice" dropped ("observed" "" over a two-sentence quote, "held" "W"); the facts with no speaker "W"; "according to the petition" "W"; the petitioner\'s counsel with "Advocate" dropped ("argued" "W"); the corporation\'s counsel ("submitted" "W", "He said" ""); Advertisement and Also Read link; a further direction with no speaker "W"; the widow named with her age ("told" "W", quotes ""); a civic activist named before a relative clause ("W" and an opinion ""); "according to data placed before the court" "W"; "The corporation\'s chief commissioner, ..., could not be reached for comment." carrying him ""; a closing "(Published ...)" line, newsletter box, follow-us line, footer',
    'Ghanaian NEWS SITE\'s health page (Volta Region), a regional hospital opens a ten-machine dialysis unit while patients pay GH¢650 a session: masthead in capitals, menu with pipes, section path with »; headline "..., says medical director" carrying her as the story names her "W"; byline with place, date line, share line with "Share on"; caption "" and photo credit; a "Ho, April 15 —" lead "W"; the medical director with "Dr" dropped ("said" "W", "She explained" "W", "Dr Agyemfrah said" a count "W", a hope ""); the regional minister with "Hon." dropped ("who cut the tape, said" a promise "", "He said" a figure "W"); Advertisement and "Also read:"; a patient\'s son named after his quote (cost of record "W", a question ""); a nephrologist with "Dr" dropped (a comparison of record "W", an opinion ""); "according to the Ghana Health Service" "W"; the National Health Insurance Authority "did not respond to an enquiry" ""; a nurse "said" training "W"; colour with no speaker ""; tags, a disclaimer in two sentences, You may also like list, copyright split at "Ltd." before "All Rights Reserved.", footer links',
    'Kenyan DAILY\'s education page (Nakuru County), schools send learners home as capitation money runs three months late: masthead, a top strip with the date and e-paper link, menu with wide spaces, section label in capitals with a pipe; headline "W"; byline, a Published on line with EAT, share line; caption "" and photo credit; a lead "W"; a head teacher with "Mr" dropped ("said" "W", "He said" "W", a question inside a quote ""); the county director of education named with her role before the name ("told" "W", "She said" a plan ""); the Ministry of Education\'s "said in a statement" "W" and "the statement said" a promise ""; ADVERTISEMENT and a RELATED line; the heads\' association chairman (a survey "W", an opinion ""); a parent named after her quote (a fee "W", feelings ""); "According to the ministry\'s budget documents" "W"; an education economist named before a relative clause ("W", an opinion ""); "Learners at the school said" ""; a Keep reading line, a WhatsApp line, newsletter box in two sentences, copyright line, footer links',
    'Malaysian BUSINESS SITE, a glove maker\'s third-quarter net profit more than doubles to RM86.4 million: a market strip with decimals at the head; masthead in capitals, menu with pipes, section path with ›; headline "W"; byline, a date line with MYT, share line; caption "" and file-photo credit; a "KUALA LUMPUR (April 22):" lead with "the rubber glove maker said in a filing with Bursa Malaysia" kept as written "W"; "the filing shows" revenue "W" and "The group said" a cause kept as written "W"; the managing director with "Managing director Datuk" dropped ("told reporters" "W", "He said" a plan "", a quote ""); "It said" resolved to the company as first given ""; "The company declared" a dividend kept as written "W"; Advertisement and Read also link; "Analysts at Senjara Research said in a note" "" and "They noted" "W"; another analyst named before her firm (a target price and a wariness "", a quote ""); the share price and volume with no speaker "W"; "according to the Glove Makers\' Council of Malaysia" "W"; "A union representing workers in the industry said" kept as written "W"; "according to its annual report" "W"; Most Popular list, tags, a disclaimer, copyright split at "Sdn Bhd." before "All rights reserved.", footer links',
    'Canadian REGIONAL DAILY\'s sports page (Saskatchewan), a junior hockey team wins Game 7 in overtime before a sellout crowd: a scores strip at the head; masthead in capitals, sign-in strip, menu with middle dots, section path with a slash; headline "W" and a colour standfirst ""; byline, a Published/Last updated/read-time line, a "Join the conversation" line, share line; caption "" and a credit in capitals; the result and the winning goal "W"; the goalie\'s saves "W"; the coach with "Head coach" dropped ("told reporters" "", a record "W", "?” he said." ""); "Article content", "Advertisement 2" and "Story continues below"; the scorer named after his quote ("" and a record "W"); the losing coach (a complaint "" and a record of shots "W"); "according to the league" "W"; colour with no speaker ""; "three stars" data lines "" with their title "B"; a next-round schedule ""; Trending list, comments note in two sentences, copyright split at "Inc." before "All rights reserved.", footer links',
    'Australian REGIONAL PAPER\'s science page (Victoria), a study finds a heatwave killed about 9,300 flying-foxes at three camps: masthead, a weather strip, menu with wide spaces, section path with ›; headline "..., study finds" carrying the study as the lead names it "W"; byline, a date line, share line; caption "" and "Picture supplied" credit; a lead "has found" kept with the study as first given "W"; the method with no speaker "W"; the lead author with "Dr" dropped ("said" "W", "She said" "W", a quote ""); "The researchers estimate" "W"; "the paper says" a forecast ""; Advertisement; a co-author\'s count "W" and a two-sentence quote ""; a wildlife carer named after her quote (a record "W", feelings ""); READ MORE link; an outside ecologist "was more cautious" with no speaker "" and "He said" an objection "W"; a conservation status with no speaker "W"; "according to the Bureau of Meteorology" "W"; the council\'s environment officer "said" a plan ""; a journal reference as one "B" sentence, an author bio in two sentences, an acknowledgement of the Traditional Owners, copyright split at "Pty Ltd." before an ABN line, footer links',
    'Fijian NEWS SITE\'s weather page (Vanua Levu), a tropical cyclone brings 287 mm of rain and 1,140 people into evacuation centres: a weather-alert banner at the head; masthead in capitals, menu with pipes, section path with slashes; headline "W"; byline, date line with "am", share line; caption "" and photo credit; a lead with "the Fiji Meteorological Service said" "W"; the forecaster with "Senior forecaster" dropped ("told" "W", "She said" a forecast "", a two-sentence quote ""); the disaster office director named before a relative clause ("said" "W", "He said" "W", a plea ""); Advertisement and READ MORE link; a village headman named after his quote with his role after the name (colour "", a record "W"); rainfall elsewhere with no speaker "W"; police "said" a road closure "W"; "according to the Water Authority" kept as written "W"; the Education Ministry "announced" closures "W"; a cane farmer with "Cane farmer" dropped (losses "W", "he asked" a question ""); an earlier cyclone with no speaker "W"; an emergency-numbers box line by line "B"; Latest News list, a comments note, copyright split at "Limited." before "All rights reserved.", footer links',
    'United States LOCAL NEWSPAPER\'s politics page (Wisconsin), the state Assembly falls five votes short of overriding the governor\'s veto of a property-tax cap: masthead in capitals, a subscription offer strip, menu with pipes, section label; headline "W"; byline with an outlet line, a Published/Updated line with "p.m. CT", share line; caption "" and a credit with a slash; the vote and the two-thirds rule "W"; the bill\'s terms "W"; the Assembly speaker named with the title dropped ("said on the floor" "", "He said" a count "W"); the minority leader ("said" "W", a quote ""); the governor\'s spokeswoman "said in a statement" "W" and "the statement said" ""; "Story continues below" and an ad label; "according to the Legislative Fiscal Bureau" "W"; a county executive "told the Sentinel" ("W", an opinion ""); the majority\'s seats with no speaker "W"; two lawmakers who crossed over, one "declined to comment" "" and the other "said" "W"; a political scientist named before a relative clause (a forecast "", a record of vetoes "W"); a lobbyist for a taxpayers\' group "said" ""; a next step with no speaker ""; a reporter contact line, Related list, newsletter box in two sentences, copyright split before "All rights reserved.", footer links',
    'Singaporean NEWS SITE\'s culture page, a 1950s cinema in Geylang reopens as an arts centre after a S$14.6 million restoration: masthead in capitals, a log-in strip, menu with wide spaces, section path with ›; headline "W" and a standfirst with no speaker ""; byline, a Published/Updated line with "AM", a listen line, share line; caption "" and credit; the reopening, the cost, the start of the work and the rooms "W"; the centre\'s director with "Ms" dropped ("said" "W", opinions "", "She added" a count "W"); the conservation architect named before a relative clause ("W", a quote ""); a former projectionist, 84, named after his quote (a record "W", a memory ""); "according to records at the National Archives" "W"; Advertisement and READ MORE link; the first programme through "The centre said" ""; a theatre critic "wrote in a review" ""; a hawker next door named after his quote "" and a record "W"; an event box of WHERE/WHEN/ADMISSION lines as "" data; "The Ministry of Culture, Community and Youth did not respond to queries" ""; Most Read list, topics, a subscribe line, copyright split at "Ltd." before "Co. Regn. No. ...", footer links',
    'Nigerian NEWS SITE\'s transport page (Lagos), a state-owned bus company raises fares on its rapid-transit corridor by 40 per cent: masthead in capitals, a date/e-paper strip, menu with pipes, breadcrumb with a slash; headline "..., operator says" carrying the operator as the lead names it "W"; byline, date line, a read-time line, share line with pipes; caption "" and photo credit; a "LAGOS —" lead with "the Lagos Rapid Bus Company said in a statement" "W" and "the statement said" over two sentences "W"; the managing director with "Engr." dropped ("told journalists" "W", "He said" "W", a quote ""); the commissioner for transportation with "Hon." dropped (a plan "", "He said" "W"); ADVERTISEMENT and ALSO READ link; commuters "told the Post" "" and a trader named after her quote (a record "W", a question over two sentences ""); a transport union chairman with "Comrade" dropped (a threat "", a count "W"); "according to the National Bureau of Statistics" "W"; a transport economist ("W" and an opinion ""); colour at a terminal with no speaker ""; the operator\'s spokesperson "declined to comment" ""; "According to figures from the company" "W"; a fare table title "B" and its rows as "" data; tags, a reply form in three sentences, Related News list, copyright split at "Limited." before "All rights reserved.", footer links',
]

ARTICLES = [
    [
        [
            ("THE HALSFORD HERALD", "", "", "B"),
        ],
        [
            ("Sign in | Subscribe | Newsletters", "", "", "B"),
        ],
        [
            ("News   Sport   What's On   Property   Jobs   Announcements   Contact", "", "", "B"),
        ],
        [
            ("Home › News › Local Council", "", "", "B"),
        ],
        [
            (
                "Black bins to be emptied every three weeks from September after council vote",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opposition councillors say the change will leave streets smelling of rubbish by August",
                "Opposition councillors",
                "say",
                "",
            ),
        ],
        [
            ("By Gareth Winstaple", "", "", "B"),
        ],
        [
            ("Local democracy reporter", "", "", "B"),
        ],
        [
            ("Published: 16:42, 8 April 2027 | Updated: 09:15, 9 April 2027", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            ("Black bins awaiting collection on Damsonbury Crescent, Halsford.", "", "", ""),
        ],
        [
            ("Image: Halsford Herald", "", "", "B"),
        ],
        [
            (
                "Households across Halsford district will have their black general-waste bins emptied once every three weeks from September 6, after councillors voted 24 to 17 for the change on Wednesday night.",
                "",
                "",
                "W",
            ),
            (
                "Recycling and food-waste collections will stay weekly, and the council says the change will save £610,000 a year.",
                "the council",
                "says",
                "W",
            ),
        ],
        [
            (
                "Council leader Janet Pelbrook told the meeting at Halsford Guildhall that the authority faced a gap of £2.3 million in next year's budget.",
                "Janet Pelbrook",
                "told the meeting",
                "W",
            ),
            (
                "She said the district's recycling rate had fallen to 38 per cent in 2026, down from 44 per cent five years earlier.",
                "Janet Pelbrook",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody becomes a councillor to make bin rounds less frequent,” she said.",
                "Janet Pelbrook",
                "said",
                "",
            ),
            (
                "“But if we keep collecting half-empty black bins every fortnight, something else has to give, and it will be the libraries or the leisure centres.”",
                "Janet Pelbrook",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Pelbrook said 11 other English councils had already moved to three-weekly collections, and that two of them had raised their recycling rates by more than five percentage points within a year.",
                "Janet Pelbrook",
                "said",
                "W",
            ),
        ],
        [
            (
                "Raymond Corveth, who leads the opposition group on the council, said residents had not been consulted and that 3,100 people had signed a petition against the plan.",
                "Raymond Corveth",
                "said",
                "W",
            ),
            (
                "“People in flats with no room for an extra bin are the ones who will suffer,” he said.",
                "Raymond Corveth",
                "said",
                "",
            ),
            (
                "“Come back in August and tell me the streets don't smell.",
                "Raymond Corveth",
                "said",
                "",
            ),
            ("I'll be here.”", "Raymond Corveth", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Read more: Halsford Guildhall clock to be restored after 20 years of silence",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The meeting lasted almost four hours, and about 60 residents watched from the public gallery.",
                "",
                "",
                "",
            ),
            ("Some held up handwritten signs reading “Bins not bills”.", "", "", ""),
        ],
        [
            (
                "Under the plan, every household will be offered a second recycling bin free of charge, according to a report to councillors.",
                "a report to councillors",
                "according to",
                "W",
            ),
            (
                "The report says the council will need three fewer refuse lorries, and that no driver will lose their job because 14 posts are currently vacant.",
                "The report",
                "says",
                "W",
            ),
        ],
        [
            (
                "Priya Ormondsley, the council's head of environmental services, said nappies and incontinence products would still be collected every fortnight from households that register for the service.",
                "Priya Ormondsley",
                "said",
                "W",
            ),
            (
                "She said the council would “keep a close eye” on fly-tipping through the autumn.",
                "Priya Ormondsley",
                "said",
                "",
            ),
        ],
        [
            (
                "Fly-tipping reports to the council rose from 1,245 in 2025 to 1,410 last year, figures published by the council in February show.",
                "figures published by the council in February",
                "show",
                "W",
            ),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            ("Man, 34, charged after crash on the A17 near Halsford", "", "", "B"),
        ],
        [
            ("2", "", "", "B"),
        ],
        [
            ("Bakery on Sheep Street closes its doors after 62 years", "", "", "B"),
        ],
        [
            ("3", "", "", "B"),
        ],
        [
            ("Frost warning issued for Lincolnshire on Thursday night", "", "", "B"),
        ],
        [
            (
                "“I've got three grandchildren living with me and the bin is full by Thursday as it is,” said Dorothy Tresswell, 71, of Walcombe Lane.",
                "Dorothy Tresswell",
                "said",
                "",
            ),
            ("“Where am I meant to put it all?”", "Dorothy Tresswell", "said", ""),
            (
                "She said she had lived on the lane since 1979 and had never complained to the council before.",
                "Dorothy Tresswell",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gillian Mardleby, an independent councillor for Thornsett ward, said she had voted for the change “with a heavy heart”.",
                "Gillian Mardleby",
                "said",
                "W",
            ),
            (
                "“I hate it, but I would hate closing the Thornsett library more.”",
                "Gillian Mardleby",
                "said",
                "",
            ),
        ],
        [
            (
                "The council said new collection calendars would be posted to all 46,800 households in the district in July.",
                "The council",
                "said",
                "",
            ),
        ],
        [
            ("Have your say: are three-weekly bin collections a good idea?", "", "", "B"),
            ("Let us know in the comments below.", "", "", "B"),
        ],
        [
            (
                "This story was written by the Herald's local democracy reporter, a post part-funded by the Kilnwood Local News Fund.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related articles", "", "", "B"),
        ],
        [
            ("Council tax to rise by 4.99 per cent as district sets its budget", "", "", "B"),
        ],
        [
            ("New food-waste caddies to be delivered from May", "", "", "B"),
        ],
        [
            ("Get the Herald's daily briefing", "", "", "B"),
        ],
        [
            ("The day's top stories from across the district, every morning at 7am.", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("Comments (37)", "", "", "B"),
        ],
        [
            ("Sort by: Newest", "", "", "B"),
        ],
        [
            ("The Halsford Herald is published by Quellan Media Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 08841926.", "", "", "B"),
        ],
        [
            ("© Quellan Media Ltd 2027", "", "", "B"),
        ],
        [
            (
                "Privacy notice | Cookie settings | Terms and conditions | Complaints | Contact us",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("EASTERN CAPE LEDGER", "", "", "B"),
        ],
        [
            ("Log in | Register | Subscribe", "", "", "B"),
        ],
        [
            (
                "News | Crime & Courts | Business | Sport | Lifestyle | Opinion | E-Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home / News / Crime & Courts", "", "", "B"),
        ],
        [
            ("Five arrested within 36 hours of cash van bombing on R75 near Kariega", "", "", "W"),
        ],
        [
            ("By Sipho Mathebulela", "", "", "B"),
        ],
        [
            ("Published Apr 12, 2027 · 18:03", "", "", "B"),
        ],
        [
            ("Listen to this article · 4 min", "", "", "B"),
        ],
        [
            ("Share  |  Facebook  |  X  |  WhatsApp  |  LinkedIn  |  Email", "", "", "B"),
        ],
        [
            ("The burnt-out shell of the cash van on the R75 on Saturday morning.", "", "", ""),
        ],
        [
            ("Picture: Supplied", "", "", "B"),
        ],
        [
            (
                "Five men were arrested at a house in KwaNobuhle on Sunday night, less than 36 hours after a cash-in-transit van was blown open on the R75 outside Kariega, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Provincial police spokesperson Captain Lindiwe Mthunzelwa said in a statement on Monday that officers had recovered R1.2 million in cash, two rifles and a pistol at the house.",
                "Lindiwe Mthunzelwa",
                "said in a statement",
                "W",
            ),
            (
                "“The suspects, aged between 24 and 41, were found hiding in the ceiling of the main bedroom,” the statement said.",
                "Lindiwe Mthunzelwa",
                "the statement said",
                "W",
            ),
            (
                "“A sixth suspect was wounded in an exchange of fire and is under police guard in hospital.”",
                "Lindiwe Mthunzelwa",
                "the statement said",
                "W",
            ),
        ],
        [
            ("She said more arrests were “imminent”.", "Lindiwe Mthunzelwa", "said", ""),
            (
                "“We will not rest until every one of them is behind bars,” she said.",
                "Lindiwe Mthunzelwa",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Thabisa Rivonwe Security, which operated the van, said about R3.4 million had been taken in the robbery at about 7.10am on Saturday.",
                "Thabisa Rivonwe Security",
                "said",
                "W",
            ),
            (
                "It said the robbers had used explosives to blow open the vault of the vehicle after forcing it off the road with two sedans.",
                "Thabisa Rivonwe Security",
                "said",
                "W",
            ),
        ],
        [
            (
                "Two guards were treated for burns and a broken arm and have since been discharged, according to the company.",
                "the company",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“The windows shook and then there was smoke everywhere,” said Noluthando Xabanisa, who sells fruit from a stall near the turn-off.",
                "Noluthando Xabanisa",
                "said",
                "",
            ),
            ("“I lay down behind my table.", "Noluthando Xabanisa", "said", ""),
            ("I counted nine shots.”", "Noluthando Xabanisa", "said", "W"),
        ],
        [
            ("READ ALSO: Two men jailed for 15 years over Gqeberha ATM blasts", "", "", "B"),
        ],
        [
            (
                "Zola Sibelwe, who has chaired the KwaNobuhle community policing forum since 2022, said it was the fourth cash-in-transit attack within 20km of Kariega this year.",
                "Zola Sibelwe",
                "said",
                "W",
            ),
            ("“These people are not ghosts,” he said.", "Zola Sibelwe", "said", ""),
            (
                "“Somebody is renting them rooms, somebody is selling them petrol, and somebody knows.”",
                "Zola Sibelwe",
                "said",
                "",
            ),
        ],
        [
            (
                "The National Prosecuting Authority's regional spokesperson, Anele Bikwane, said the five were expected to appear in the Kariega Magistrate's Court on Wednesday.",
                "Anele Bikwane",
                "said",
                "",
            ),
            (
                "He said they faced charges of robbery with aggravating circumstances, the possession of explosives and the unlawful possession of firearms.",
                "Anele Bikwane",
                "said",
                "W",
            ),
        ],
        [
            (
                "The suspects' families declined to comment outside the police station on Monday.",
                "The suspects' families",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "There were 312 cash-in-transit robberies in South Africa in 2026, 41 of them in the Eastern Cape, according to figures from the Cash Transit Security Association.",
                "figures from the Cash Transit Security Association",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Police have asked anyone with information to contact the investigating officer, Warrant Officer Mzikayise Tyolwana, on 041 555 0193.",
                "",
                "",
                "",
            ),
            ("Tip-offs can be made anonymously.", "", "", ""),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("Taxi owners suspend Uitenhage route after shooting at rank", "", "", "B"),
        ],
        [
            ("Water cuts for 14 Nelson Mandela Bay suburbs on Thursday", "", "", "B"),
        ],
        [
            ("Get the latest Eastern Cape news on our WhatsApp channel.", "", "", "B"),
        ],
        [
            ("Related Topics: Crime | Kariega | Police | Cash-in-transit", "", "", "B"),
        ],
        [
            ("© 2027 Ledger Digital (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "About us | Advertise | Contact us | Press Code | Privacy Policy | PAIA Manual",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE NANDIKERE CHRONICLE", "", "", "B"),
        ],
        [
            ("E-Paper | Sign In | Subscribe", "", "", "B"),
        ],
        [
            (
                "India   Karnataka   Bengaluru   Business   Sports   Opinion   Video   Explainers",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home » Karnataka » Bengaluru", "", "", "B"),
        ],
        [
            ("Pothole death: HC orders civic body to pay ₹15 lakh to rider's family", "", "", "W"),
        ],
        [
            ("Chronicle News Service", "", "", "B"),
        ],
        [
            ("Last Updated : 14 April 2027, 08:12 IST", "", "", "B"),
        ],
        [
            ("Published : 13 April 2027, 22:40 IST", "", "", "B"),
        ],
        [
            ("Follow Us :", "", "", "B"),
        ],
        [
            ("A waterlogged stretch of the Old Airport Road service lane in 2026.", "", "", ""),
        ],
        [
            ("Credit: Special arrangement", "", "", "B"),
        ],
        [
            (
                "Bengaluru: The High Court of Karnataka on Tuesday directed the city's civic body to pay ₹15 lakh in compensation to the family of a 38-year-old delivery rider who was killed after his scooter hit a pothole on a service road in Mahadevapura in October 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“A citizen who pays road tax is entitled to a road, not a trap,” Justice Shantala Raghavendrachar observed in her order.",
                "Shantala Raghavendrachar",
                "observed",
                "",
            ),
            (
                "“The corporation cannot plead shortage of funds as a defence to a death.”",
                "Shantala Raghavendrachar",
                "observed",
                "",
            ),
        ],
        [
            (
                "She held that the corporation had been told of the pothole at least twice before the accident and had failed to repair or barricade it.",
                "Shantala Raghavendrachar",
                "held",
                "W",
            ),
        ],
        [
            (
                "Suresh Nagavalli, who delivered groceries for an app-based company, fell from his scooter at about 9.40 pm on October 17, 2026 and died in hospital two days later.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The pothole was about 1.2 metres wide and 30 cm deep, according to the petition filed by his wife.",
                "the petition",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Advocate Kavitha Jayaramaiah, appearing for the petitioner, argued that residents had lodged complaints about the stretch on the corporation's helpline on September 2 and September 29.",
                "Kavitha Jayaramaiah",
                "argued",
                "W",
            ),
            (
                "She said photographs of the pothole had been posted on a residents' group on social media on October 3.",
                "Kavitha Jayaramaiah",
                "said",
                "W",
            ),
        ],
        [
            (
                "Counsel for the corporation, Mohan B. Hirekodige, submitted that the road had been dug up by a private utility laying cables and that the contractor was liable.",
                "Mohan B. Hirekodige",
                "submitted",
                "W",
            ),
            (
                "He said the corporation would consider an appeal.",
                "Mohan B. Hirekodige",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The court also directed the corporation to repair the service road within eight weeks and to file a compliance report.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Also Read: Metro's Pink Line to open in two phases, says metro corporation",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The court rejected that argument and said the corporation could recover the amount from the contractor if it chose.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Latha Nagavalli, 34, told the Chronicle that she had two children, aged nine and five, and had been working as a domestic help since her husband's death.",
                "Latha Nagavalli",
                "told",
                "W",
            ),
            ("“Money will not bring him back,” she said.", "Latha Nagavalli", "said", ""),
            (
                "“But now at least they have admitted it was their road.",
                "Latha Nagavalli",
                "said",
                "",
            ),
            ("Who else will they kill on it?”", "Latha Nagavalli", "said", ""),
        ],
        [
            (
                "Rajiv Puttaswamy, who runs a volunteer group that maps potholes in east Bengaluru, said his members had reported 2,870 potholes in the area since January.",
                "Rajiv Puttaswamy",
                "said",
                "W",
            ),
            (
                "“This judgment should be framed and hung in every ward office,” he said.",
                "Rajiv Puttaswamy",
                "said",
                "",
            ),
        ],
        [
            (
                "The corporation filled 18,400 potholes across the city in 2026, according to data placed before the court.",
                "data placed before the court",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The corporation's chief commissioner, Venkatesh Bellagudde, could not be reached for comment.",
                "Venkatesh Bellagudde",
                "could not be reached for comment",
                "",
            ),
        ],
        [
            ("(Published 13 April 2027, 22:40 IST)", "", "", "B"),
        ],
        [
            ("Get a round-up of the day's top stories in your inbox", "", "", "B"),
        ],
        [
            ("Check out all newsletters", "", "", "B"),
        ],
        [
            ("Follow us on: Facebook | X | Instagram | YouTube | WhatsApp", "", "", "B"),
        ],
        [
            (
                "About Us | Contact Us | Careers | Privacy Policy | Terms of Use | Grievance Redressal",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Nandikere Publications Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("DAILY MERIDIAN GHANA", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Business | Health | Sports | Entertainment | Regional",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home » News » Health", "", "", "B"),
        ],
        [
            (
                "Ho hospital's new dialysis unit can treat 40 patients a week, says medical director",
                "Efua Agyemfrah",
                "says",
                "W",
            ),
        ],
        [
            ("By Selasi Agbodrafo, Ho", "", "", "B"),
        ],
        [
            ("April 15, 2027", "", "", "B"),
        ],
        [
            ("Share on Facebook    Share on X    Share on WhatsApp", "", "", "B"),
        ],
        [
            (
                "Nurses prepare one of the new dialysis machines at the unit on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Selasi Agbodrafo/Daily Meridian", "", "", "B"),
        ],
        [
            (
                "Ho, April 15 — A dialysis unit with ten machines opened at the Volta Regional Hospital on Wednesday, ending a journey of more than 160 kilometres to Accra for many kidney patients in the region.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The hospital's medical director, Dr Efua Agyemfrah, said the unit could treat up to 40 patients a week in two shifts a day.",
                "Efua Agyemfrah",
                "said",
                "W",
            ),
            (
                "She explained that each four-hour session would cost GH¢650, as dialysis is not covered by the National Health Insurance Scheme.",
                "Efua Agyemfrah",
                "explained",
                "W",
            ),
            (
                "Dr Agyemfrah said 23 patients had already registered with the unit, 14 of whom had been travelling to Accra for treatment.",
                "Efua Agyemfrah",
                "said",
                "W",
            ),
            (
                "“We are hoping that some philanthropists will sponsor sessions for those who cannot pay,” she said.",
                "Efua Agyemfrah",
                "said",
                "",
            ),
        ],
        [
            (
                "The Volta Regional Minister, Hon. Kwame Dzorkpe, who cut the tape, said the government would look at ways to reduce the cost for patients.",
                "Kwame Dzorkpe",
                "said",
                "",
            ),
            (
                "He said the machines and a water treatment plant had cost GH¢4.8 million, paid for by the regional coordinating council and a loan from a private bank.",
                "Kwame Dzorkpe",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Also read: Keta fishermen receive 200 life jackets from district assembly",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "“We were going to Accra three times a week and spending GH¢900 on transport alone,” said Elikem Atsutse, whose 62-year-old mother has been on dialysis since 2025.",
                "Elikem Atsutse",
                "said",
                "W",
            ),
            ("“How many families can carry that?", "Elikem Atsutse", "said", ""),
            ("We sold her shop.”", "Elikem Atsutse", "said", ""),
            (
                "He said the family had spent about GH¢41,000 on her treatment since 2025.",
                "Elikem Atsutse",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr Yayra Nyarkotey, the unit's only nephrologist, said the region had recorded 410 new cases of chronic kidney disease in 2026, up from 265 in 2023.",
                "Yayra Nyarkotey",
                "said",
                "W",
            ),
            (
                "“Many of these cases could have been prevented with simple blood pressure checks,” he said.",
                "Yayra Nyarkotey",
                "said",
                "",
            ),
            ("“People come to us when it is already too late.”", "Yayra Nyarkotey", "said", ""),
        ],
        [
            (
                "There are 38 dialysis machines in public hospitals outside Accra and Kumasi, according to the Ghana Health Service.",
                "the Ghana Health Service",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The National Health Insurance Authority did not respond to an enquiry about whether dialysis would be added to the benefits package.",
                "The National Health Insurance Authority",
                "did not respond to an enquiry",
                "",
            ),
        ],
        [
            (
                "Mawufemor Agbleze, a senior nursing officer, said six nurses from the hospital had spent three months training at a teaching hospital in Accra before the opening.",
                "Mawufemor Agbleze",
                "said",
                "W",
            ),
        ],
        [
            (
                "Outside, relatives waited under a tent as drummers from the hospital's staff choir played.",
                "",
                "",
                "",
            ),
            ("Some had travelled from as far as Hohoe and Kpando.", "", "", ""),
        ],
        [
            ("Tags: Dialysis | Ho | Kidney disease | Volta Region", "", "", "B"),
        ],
        [
            ("Disclaimer: Comments posted on this page are the views of the writers.", "", "", "B"),
            ("Daily Meridian will not be held responsible for them.", "", "", "B"),
        ],
        [
            ("You may also like", "", "", "B"),
        ],
        [
            ("Volta: 14 communities get potable water under new borehole project", "", "", "B"),
        ],
        [
            ("Nurses in Hohoe threaten strike over unpaid allowances", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Meridian Media Group Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            ("About | Advertise With Us | Contact | Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE HIGHLANDS COURIER", "", "", "B"),
        ],
        [
            ("Tuesday, April 20, 2027 | E-Paper | Subscribe", "", "", "B"),
        ],
        [
            (
                "News   Counties   Business   Education   Sports   Opinion   Lifestyle   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS | EDUCATION", "", "", "B"),
        ],
        [
            (
                "Nakuru schools send pupils home as capitation funds delay for three months",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Wanjiru Langatwa", "", "", "B"),
        ],
        [
            ("Published on: April 19, 2027 14:21 (EAT)", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Telegram", "", "", "B"),
        ],
        [
            (
                "Learners at Kiptangwanyi Junior School in Gilgil sub-county during a break on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO | WANJIRU LANGATWA", "", "", "B"),
        ],
        [
            (
                "At least 23 public schools in Nakuru County have sent learners home over unpaid fees since the start of the second term, as capitation money from the national government that was due in January has yet to arrive.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Patrick Cheruiyotwa, the head teacher of Kiptangwanyi Junior School, said the school had not received its first-term capitation of Sh4,680 per learner for 640 learners.",
                "Patrick Cheruiyotwa",
                "said",
                "W",
            ),
            (
                "He said the school owed its food supplier Sh412,000 and had stopped serving lunch two weeks ago.",
                "Patrick Cheruiyotwa",
                "said",
                "W",
            ),
            (
                "“What do I tell a child who walks eight kilometres and finds no lunch?” he said.",
                "Patrick Cheruiyotwa",
                "said",
                "",
            ),
            ("“That child will not come back tomorrow.”", "Patrick Cheruiyotwa", "said", ""),
        ],
        [
            (
                "Nakuru County Director of Education Esther Korirenge told the Courier that her office had received complaints from 48 schools since April 6.",
                "Esther Korirenge",
                "told",
                "W",
            ),
            ("She said 31 of the 48 were junior schools.", "Esther Korirenge", "said", "W"),
            (
                "She said officers would visit the affected schools this week.",
                "Esther Korirenge",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ministry of Education said in a statement on Saturday that Sh8.6 billion had been released to the Treasury for disbursement to public schools.",
                "The Ministry of Education",
                "said in a statement",
                "W",
            ),
            (
                "“Schools should expect the funds in their accounts within ten working days,” the statement said.",
                "The Ministry of Education",
                "the statement said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("RELATED: Teachers in Baringo protest over delayed promotions", "", "", "B"),
        ],
        [
            (
                "Joseph Lang'at, who chairs the county branch of the secondary school heads' association, said a survey of its 212 members found that 71 per cent had borrowed from suppliers to keep schools running this term.",
                "Joseph Lang'at",
                "said",
                "W",
            ),
            (
                "“The government cannot talk about free education and then send money in May for a term that started in April,” he said.",
                "Joseph Lang'at",
                "said",
                "",
            ),
        ],
        [
            (
                "“They asked me for Sh3,500 for lunch and activity fees,” said Mercy Wambugu, a vegetable vendor whose son is in Grade 8.",
                "Mercy Wambugu",
                "said",
                "W",
            ),
            ("“I don't have it.", "Mercy Wambugu", "said", ""),
            (
                "I feel ashamed when he comes home at ten in the morning.”",
                "Mercy Wambugu",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the ministry's budget documents, capitation for junior schools was cut from Sh15,043 per learner a year in 2024 to Sh11,700 this year.",
                "the ministry's budget documents",
                "According to",
                "W",
            ),
        ],
        [
            (
                "Daniel Mwangirwa, an education economist who has studied school financing for 15 years, said the cut had come as enrolment in junior schools rose by about 9 per cent.",
                "Daniel Mwangirwa",
                "said",
                "W",
            ),
            ("“Everybody knew this was coming,” he said.", "Daniel Mwangirwa", "said", ""),
        ],
        [
            (
                "Learners at the school said they would rather study hungry than stay at home.",
                "Learners at the school",
                "said",
                "",
            ),
        ],
        [
            ("Keep reading", "", "", "B"),
        ],
        [
            ("Follow The Highlands Courier on WhatsApp for the latest updates.", "", "", "B"),
        ],
        [
            ("Sign up for our Education newsletter.", "", "", "B"),
            ("Get the week's school news every Friday.", "", "", "B"),
        ],
        [
            ("© 2027 Highlands Courier Media Group.", "", "", "B"),
        ],
        [
            ("About Us | Contact Us | Advertise | Privacy Policy | Terms of Use", "", "", "B"),
        ],
    ],
    [
        [
            (
                "FBM KLCI 1,612.44 +3.18 (0.20%)   |   USD/MYR 4.3125   |   CPO RM3,944.00",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE MALAYA LEDGER", "", "", "B"),
        ],
        [
            ("Home | Corporate | Markets | Economy | Property | Tech | Opinion", "", "", "B"),
        ],
        [
            ("Corporate › Earnings", "", "", "B"),
        ],
        [
            ("Perwira Glovetech Q3 profit more than doubles on US orders", "", "", "W"),
        ],
        [
            ("By Nurul Hidayah Zainudin", "", "", "B"),
        ],
        [
            ("Thursday, 22 Apr 2027 7:32 PM MYT", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | LinkedIn | WhatsApp", "", "", "B"),
        ],
        [
            ("A production line at a glove factory in Klang.", "", "", ""),
        ],
        [
            ("File photo", "", "", "B"),
        ],
        [
            (
                "KUALA LUMPUR (April 22): Perwira Glovetech Bhd's net profit for the third quarter ended March 31 rose to RM86.4 million from RM39.7 million a year earlier, the rubber glove maker said in a filing with Bursa Malaysia on Thursday.",
                "the rubber glove maker",
                "said in a filing with Bursa Malaysia",
                "W",
            ),
        ],
        [
            (
                "Revenue climbed 27.8% to RM742.1 million, the filing shows.",
                "the filing",
                "shows",
                "W",
            ),
            (
                "The group said higher sales to the United States, where tariffs on gloves from China rose in January, had lifted its average selling price to US$24.60 per 1,000 pieces, from US$19.80.",
                "The group",
                "said",
                "W",
            ),
        ],
        [
            (
                "Managing director Datuk Lim Soo Kheng told reporters after the company's annual dinner on Wednesday that its factories in Klang and Kamunting were running at 81% of capacity, against 58% a year ago.",
                "Lim Soo Kheng",
                "told reporters",
                "W",
            ),
            (
                "He said the group would reopen two production lines that were shut in 2024.",
                "Lim Soo Kheng",
                "said",
                "",
            ),
            (
                "“We are cautious, because we have seen this movie before,” he said.",
                "Lim Soo Kheng",
                "said",
                "",
            ),
        ],
        [
            (
                "It said it expected demand to remain firm for the rest of the financial year.",
                "Perwira Glovetech Bhd",
                "said",
                "",
            ),
        ],
        [
            (
                "The company declared a second interim dividend of 3.5 sen per share, payable on May 28.",
                "The company",
                "declared",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read also: Palm oil futures slip for third day as exports weaken", "", "", "B"),
        ],
        [
            (
                "Analysts at Senjara Research said in a note that the results were “well ahead” of their expectations.",
                "Analysts at Senjara Research",
                "said in a note",
                "",
            ),
            (
                "They noted that nine-month net profit of RM189.3 million was already 94% of their full-year forecast.",
                "Analysts at Senjara Research",
                "noted",
                "W",
            ),
        ],
        [
            (
                "Farah Izzati Kamaruddinsah of Selangor Bayumas Securities said she would raise her target price to RM2.10 from RM1.72 but remained wary of Chinese competitors cutting prices.",
                "Farah Izzati Kamaruddinsah",
                "said",
                "",
            ),
            (
                "“It's a good quarter, not a new cycle,” she said.",
                "Farah Izzati Kamaruddinsah",
                "said",
                "",
            ),
        ],
        [
            (
                "Perwira Glovetech's shares rose 11 sen, or 6.4%, to close at RM1.83 on Thursday.",
                "",
                "",
                "W",
            ),
            ("About 48.2 million shares changed hands.", "", "", "W"),
        ],
        [
            (
                "Malaysia exported about 165 billion gloves in 2026, up from 148 billion in 2025, according to the Glove Makers' Council of Malaysia.",
                "the Glove Makers' Council of Malaysia",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A union representing workers in the industry said the company had hired 1,300 local workers since October.",
                "A union representing workers in the industry",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company employs about 9,800 people, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            ),
        ],
        [
            ("Most Popular", "", "", "B"),
        ],
        [
            ("Ringgit opens firmer against US dollar", "", "", "B"),
        ],
        [
            ("Bursa Malaysia to review short-selling rules", "", "", "B"),
        ],
        [
            ("Tags: Perwira Glovetech | Gloves | Earnings | Bursa Malaysia", "", "", "B"),
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
            ("Copyright © 2027 Merlwood Press Sdn Bhd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "About Us | Contact Us | Advertise | Terms & Conditions | Privacy Policy",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "SCORES: Swift Current 2 Estevan 5 (Final) · Kelvington 4 Humboldt 3 (OT, Final) · Melfort 1 Yorkton 3 (Final)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE PARKLAND DISPATCH", "", "", "B"),
        ],
        [
            ("Sign In · Subscribe", "", "", "B"),
        ],
        [
            (
                "News · Sports · Opinion · Business · Life · Obituaries · Classifieds · E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sports / Hockey / Local Hockey", "", "", "B"),
        ],
        [
            ("Kelvington Timberjacks win Game 7 in overtime to reach league final", "", "", "W"),
        ],
        [
            ("Brody Callihoo's wrist shot ends the longest series in club history", "", "", ""),
        ],
        [
            ("Author of the article: Darcy Feldmeier", "", "", "B"),
        ],
        [
            ("Published Apr 25, 2027  •  Last updated 2 hours ago  •  3 minute read", "", "", "B"),
        ],
        [
            ("Join the conversation", "", "", "B"),
        ],
        [
            ("Share this Story : Facebook · X · Email · Print", "", "", "B"),
        ],
        [
            (
                "Kelvington Timberjacks players mob goalie Anders Pilkevich after their overtime win on Saturday night.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO BY DARCY FELDMEIER /Parkland Dispatch", "", "", "B"),
        ],
        [
            (
                "Brody Callihoo scored at 7:42 of overtime on Saturday to give the Kelvington Timberjacks a 4-3 win over the Humboldt Harriers in Game 7 of their semifinal, in front of 2,416 fans at the Kelvington Co-op Arena.",
                "",
                "",
                "W",
            ),
            (
                "Goalie Anders Pilkevich stopped 41 of 44 shots, including 17 in the third period.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I don't think I breathed for the last ten minutes,” Timberjacks head coach Wade Korsgaard told reporters after the game.",
                "Wade Korsgaard",
                "told reporters",
                "",
            ),
            (
                "He said it was the first time the club had won a Game 7 since it joined the league in 1998.",
                "Wade Korsgaard",
                "said",
                "W",
            ),
            ("“Did we deserve it?” he said.", "Wade Korsgaard", "said", ""),
            ("“Ask me after I've watched the tape.”", "Wade Korsgaard", "said", ""),
        ],
        [
            ("Article content", "", "", "B"),
        ],
        [
            ("Advertisement 2", "", "", "B"),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "“I just put it on net and hoped,” said Callihoo, 19, who is from Porcupine Plain.",
                "Brody Callihoo",
                "said",
                "",
            ),
            (
                "He said it was his first goal since March 12, when he broke a finger blocking a shot.",
                "Brody Callihoo",
                "said",
                "W",
            ),
            (
                "“My dad drove four hours to be here, so that one's his.”",
                "Brody Callihoo",
                "said",
                "",
            ),
        ],
        [
            (
                "Harriers coach Trent Skjervold said the tying goal in the third period should have been called back for goalie interference.",
                "Trent Skjervold",
                "said",
                "",
            ),
            (
                "He said his team had outshot the Timberjacks in six of the seven games.",
                "Trent Skjervold",
                "said",
                "W",
            ),
            ("“We'll be back,” he said.", "Trent Skjervold", "said", ""),
        ],
        [
            (
                "The series had five overtime games, a league record, according to the league.",
                "the league",
                "according to",
                "W",
            ),
        ],
        [
            (
                "After the winning goal, fans threw dozens of rubber boots onto the ice, a tradition that began in the club's first season.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Three stars", "", "", "B"),
        ],
        [
            ("1. Anders Pilkevich, KEL (41 saves)", "", "", ""),
        ],
        [
            ("2. Brody Callihoo, KEL (1G, 1A)", "", "", ""),
        ],
        [
            ("3. Mathis Brossardine, HUM (2G)", "", "", ""),
        ],
        [
            (
                "The Timberjacks open the final at home against the Estevan Stormcats on Thursday at 7:30 p.m.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("Melfort rink wins provincial mixed curling title", "", "", "B"),
        ],
        [
            ("Regina football club signs two Parkland products", "", "", "B"),
        ],
        [
            ("Comments are moderated.", "", "", "B"),
            ("Please keep them civil and on topic.", "", "", "B"),
        ],
        [
            ("© 2027 Prairie Press Network Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Contact Us · Advertise · Terms of Use · Privacy Policy · Accessibility", "", "", "B"),
        ],
    ],
    [
        [
            ("The Stonybeck Examiner", "", "", "B"),
        ],
        [
            ("Bendigo 14° · Castlemaine 12° · Echuca 16°", "", "", "B"),
        ],
        [
            (
                "News   Sport   Community   Environment   Real Estate   Classifieds   Puzzles",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Environment › Science", "", "", "B"),
        ],
        [
            (
                "Heatwave killed almost one in three flying-foxes at central Victorian camps, study finds",
                "A study by researchers from Ballarook University",
                "finds",
                "W",
            ),
        ],
        [
            ("Harriet Kolbenthorn", "", "", "B"),
        ],
        [
            ("April 27 2027 - 5:30am", "", "", "B"),
        ],
        [
            ("Share  ·  Facebook  ·  X  ·  Email  ·  Copy link", "", "", "B"),
        ],
        [
            (
                "Grey-headed flying-foxes roosting along the Campaspe River at Elmore in February.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture supplied", "", "", "B"),
        ],
        [
            (
                "About 9,300 grey-headed flying-foxes died at three camps in central Victoria during a four-day heatwave in January, a study by researchers from Ballarook University has found.",
                "A study by researchers from Ballarook University",
                "has found",
                "W",
            ),
        ],
        [
            (
                "The team counted dead bats at camps in Bendigo, Elmore and Kyneton each morning from January 18 to 24 and compared them with population counts taken the previous November.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr Rosalind Sarnoczy said the three camps had held about 29,000 animals before the heat.",
                "Rosalind Sarnoczy",
                "said",
                "W",
            ),
            (
                "She said temperatures at the Elmore camp reached 46.1 degrees on January 21, the hottest day recorded there since 2009.",
                "Rosalind Sarnoczy",
                "said",
                "W",
            ),
            (
                "“Above about 42 degrees, they simply can't cool themselves down,” she said.",
                "Rosalind Sarnoczy",
                "said",
                "",
            ),
        ],
        [
            (
                "The researchers estimate that about 70 per cent of the dead animals were females, many of them carrying young.",
                "The researchers",
                "estimate",
                "W",
            ),
        ],
        [
            (
                "Repeated die-offs of that size could halve the species' population in southern Australia within 30 years, the paper says.",
                "the paper",
                "says",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Co-author Tomasz Wielgoszewski said volunteers had collected 1,140 dead bats from a single 300-metre stretch of the Campaspe on January 21.",
                "Tomasz Wielgoszewski",
                "said",
                "W",
            ),
            (
                "“I've done this work for 12 years and I have never smelled anything like it,” he said.",
                "Tomasz Wielgoszewski",
                "said",
                "",
            ),
            ("“You don't forget it.”", "Tomasz Wielgoszewski", "said", ""),
        ],
        [
            (
                "“We had 86 orphaned pups in care by the end of that week,” said Judith Velkestone, who runs a wildlife shelter at Axedale.",
                "Judith Velkestone",
                "said",
                "W",
            ),
            (
                "“Our volunteers fed them every three hours, around the clock.",
                "Judith Velkestone",
                "said",
                "",
            ),
            ("Some of us cried in the car on the way home.”", "Judith Velkestone", "said", ""),
        ],
        [
            ("READ MORE: Bendigo Creek platypus survey to resume after floods", "", "", "B"),
        ],
        [
            ("Not everyone agreed with the estimates.", "", "", ""),
            (
                "Associate Professor Leonard Quiggley, an ecologist at another university who was not involved in the study, was more cautious.",
                "",
                "",
                "",
            ),
            (
                "He said morning counts could double-count animals that fell overnight and were not removed.",
                "Leonard Quiggley",
                "said",
                "W",
            ),
        ],
        [
            (
                "The grey-headed flying-fox is listed as vulnerable under federal environment law.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bendigo recorded four consecutive days above 40 degrees in January, according to the Bureau of Meteorology.",
                "the Bureau of Meteorology",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Meredith Karslake, the city council's environment officer, said the council would trial sprinklers at the Bendigo camp before next summer.",
                "Meredith Karslake",
                "said",
                "",
            ),
        ],
        [
            (
                "Journal reference: Sarnoczy R, Wielgoszewski T, et al. Mass mortality of grey-headed flying-foxes in an inland heatwave. Aust Mammal Ecol. 2027;19(2):114-129.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Harriet Kolbenthorn is the Examiner's environment reporter.", "", "", "B"),
            ("She lives in Castlemaine.", "", "", "B"),
        ],
        [
            (
                "We acknowledge the Traditional Owners of the lands on which we work and live, and pay our respects to Elders past and present.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Stonybeck Media Pty Ltd.", "", "", "B"),
            ("ABN 41 602 188 357.", "", "", "B"),
        ],
        [
            ("Contact us · Advertise · Terms · Privacy · Conditions of use", "", "", "B"),
        ],
    ],
    [
        [
            (
                "WEATHER ALERT: Heavy rain warning remains in force for Vanua Levu, Taveuni and the Lau Group.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE VITI DAILY MIRROR", "", "", "B"),
        ],
        [
            ("Home | News | Business | Sport | Weather | Pacific | Opinion | Jobs", "", "", "B"),
        ],
        [
            ("Home / News / Weather", "", "", "B"),
        ],
        [
            (
                "Cyclone Seruwaia dumps 287mm on Labasa as 1,140 move to evacuation centres",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Ana Rokovunisei", "", "", "B"),
        ],
        [
            ("April 28, 2027 10:15 am", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Email", "", "", "B"),
        ],
        [
            (
                "Residents wade through floodwaters on Nasekula Road in Labasa on Tuesday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Josefa Tukaniwai", "", "", "B"),
        ],
        [
            (
                "Tropical Cyclone Seruwaia brought 287 millimetres of rain to Labasa in the 24 hours to 9am yesterday, the most in a single day since 2012, the Fiji Meteorological Service said.",
                "the Fiji Meteorological Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "Senior forecaster Salote Lewanitoga told the Mirror the Category 2 system was about 180 kilometres south-east of Lakeba at 6am today and moving south-east at 15 km/h.",
                "Salote Lewanitoga",
                "told",
                "W",
            ),
            (
                "She said it was likely to weaken over cooler waters by Thursday.",
                "Salote Lewanitoga",
                "said",
                "",
            ),
            ("“The wind is the smaller worry now,” she said.", "Salote Lewanitoga", "said", ""),
            (
                "“It is the rivers, and the rivers will keep rising for a day after the rain stops.”",
                "Salote Lewanitoga",
                "said",
                "",
            ),
        ],
        [
            (
                "Inoke Matanitobua, who directs the National Disaster Management Office, said 1,140 people were sheltering in 38 evacuation centres in the Northern Division as of 8am today.",
                "Inoke Matanitobua",
                "said",
                "W",
            ),
            (
                "He said two houses had been destroyed at Vunimoli and 63 damaged across Macuata province.",
                "Inoke Matanitobua",
                "said",
                "W",
            ),
            (
                "“Please, do not drive through flooded crossings,” he said.",
                "Inoke Matanitobua",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("READ MORE: Taveuni copra farmers count losses after March winds", "", "", "B"),
        ],
        [
            (
                "“We heard the river before we saw it,” said Peni Tuimacilai, the turaga ni koro of Naqiqi village.",
                "Peni Tuimacilai",
                "said",
                "",
            ),
            (
                "He said 41 villagers had spent the night in the church, which sits on higher ground.",
                "Peni Tuimacilai",
                "said",
                "W",
            ),
            ("“The children thought it was a holiday.”", "Peni Tuimacilai", "said", ""),
        ],
        [
            ("Savusavu recorded 164 millimetres of rain over the same period.", "", "", "W"),
        ],
        [
            (
                "Police said the Labasa-Savusavu highway was closed at Vunidogoloa crossing after a section of the road was washed away at about 3pm yesterday.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "About 6,200 households in Labasa were without running water, according to the Water Authority.",
                "the Water Authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Education announced that 27 schools in Macuata and Bua would stay closed until Friday.",
                "The Ministry of Education",
                "announced",
                "W",
            ),
        ],
        [
            (
                "Cane farmer Mohammed Rafiq Sahu said about four hectares of his crop at Wainikoro had been flattened.",
                "Mohammed Rafiq Sahu",
                "said",
                "W",
            ),
            (
                "“Who will pay for this, after three bad years?” he asked.",
                "Mohammed Rafiq Sahu",
                "asked",
                "",
            ),
        ],
        [
            (
                "Cyclone Tauvina, a Category 4 system, killed four people in the Northern Division in February 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Emergency contacts", "", "", "B"),
        ],
        [
            ("National Disaster Management Office: 7734 100", "", "", "B"),
        ],
        [
            ("Police: 7734 210", "", "", "B"),
        ],
        [
            ("Roads helpline: 7734 355", "", "", "B"),
        ],
        [
            ("Latest News", "", "", "B"),
        ],
        [
            ("Suva market vendors move stalls as drains overflow", "", "", "B"),
        ],
        [
            ("Nadi flights resume after morning delays", "", "", "B"),
        ],
        [
            ("Comments are closed for this article.", "", "", "B"),
        ],
        [
            ("© 2027 Mirror Publications (Fiji) Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About | Contact | Advertise | Privacy Policy | Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LAKESHORE SENTINEL", "", "", "B"),
        ],
        [
            ("SUBSCRIBE NOW  $1 for 6 months  |  Sign in", "", "", "B"),
        ],
        [
            ("News | Politics | Sports | Business | Opinion | Obituaries | eEdition", "", "", "B"),
        ],
        [
            ("POLITICS", "", "", "B"),
        ],
        [
            (
                "Assembly falls 5 votes short of overriding Wendlandt's veto of property tax cap",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Molly Kaszmarek", "", "", "B"),
        ],
        [
            ("Lakeshore Sentinel", "", "", "B"),
        ],
        [
            (
                "Published 6:14 p.m. CT April 29, 2027 | Updated 8:02 p.m. CT April 29, 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share: Facebook | X | Email | Print", "", "", "B"),
        ],
        [
            (
                "State Rep. Dale Honerkamp speaks before the override vote in the Assembly chamber Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Molly Kaszmarek/Lakeshore Sentinel", "", "", "B"),
        ],
        [
            (
                "MADISON – The state Assembly voted 61-38 on Thursday to override Gov. Lorraine Wendlandt's veto of a bill capping annual increases in local property tax levies at 2%, five votes short of the two-thirds majority needed.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The bill, passed in March on largely party-line votes, would have replaced the current limit, which is tied to the value of new construction, with a flat 2% cap for counties, cities, villages and towns.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It would also have required a referendum for any increase above that level.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Assembly Speaker Dale Honerkamp said on the floor before the vote that homeowners “have been waiting for this relief for a decade.”",
                "Dale Honerkamp",
                "said on the floor",
                "",
            ),
            (
                "He said the average property tax bill on a median-valued home in the state had risen by $412 since 2020.",
                "Dale Honerkamp",
                "said",
                "W",
            ),
            (
                "“Today, 38 members decided that the people who have to pay those bills don't count,” he said after the vote.",
                "Dale Honerkamp",
                "said",
                "",
            ),
        ],
        [
            (
                "Minority Leader Ruth Eickstaedt said the cap would have cost local governments about $310 million over two years.",
                "Ruth Eickstaedt",
                "said",
                "W",
            ),
            (
                "“You can't cut a fire department's budget by referendum,” she said.",
                "Ruth Eickstaedt",
                "said",
                "",
            ),
            (
                "“Well, you can, but you'll regret it the first time your house is on fire.”",
                "Ruth Eickstaedt",
                "said",
                "",
            ),
        ],
        [
            (
                "The governor's spokeswoman, Jillian Brinkhaus, said in a statement that Wendlandt had signed 17 other bills this week that cut property taxes or raised aid to schools.",
                "Jillian Brinkhaus",
                "said in a statement",
                "W",
            ),
            (
                "“The governor is ready to work on a cap that does not starve our police and fire services,” the statement said.",
                "Jillian Brinkhaus",
                "the statement said",
                "",
            ),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Property tax levies across the state rose 4.1% in 2026, the largest rise since 2008, according to the Legislative Fiscal Bureau.",
                "the Legislative Fiscal Bureau",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Curtis Haskerby, the Rock County executive, told the Sentinel that the county would have had to cut $6.8 million from its 2028 budget under the cap.",
                "Curtis Haskerby",
                "told the Sentinel",
                "W",
            ),
            ("“That's 40 deputies,” he said.", "Curtis Haskerby", "said", ""),
            ("“Or that's every county park, closed.”", "Curtis Haskerby", "said", ""),
        ],
        [
            ("The majority holds 63 of the Assembly's 99 seats.", "", "", "W"),
        ],
        [
            ("Two members of the majority voted against the override.", "", "", "W"),
            (
                "One of them, Rep. Greg Stuhlmacher of Janesville, declined to comment after the vote.",
                "Greg Stuhlmacher",
                "declined to comment",
                "",
            ),
            (
                "The other, Rep. Marisa Thorvaldine of Eau Claire, said 11 of the 14 town boards in her district had written to her asking her to vote no.",
                "Marisa Thorvaldine",
                "said",
                "W",
            ),
        ],
        [
            (
                "Arthur Pelzmann, who teaches political science at a university in Milwaukee and has written two books on the Legislature, said he expected the issue to return in next year's elections.",
                "Arthur Pelzmann",
                "said",
                "",
            ),
            (
                "He said the governor had vetoed 46 bills since taking office in 2023, and the Legislature had not overridden any of them.",
                "Arthur Pelzmann",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dana Wilcombe, who lobbies for a statewide taxpayers' group, said the vote was “a betrayal of every homeowner in Wisconsin.”",
                "Dana Wilcombe",
                "said",
                "",
            ),
        ],
        [
            ("The Senate is not expected to take up the bill again this session.", "", "", ""),
        ],
        [
            (
                "Contact Molly Kaszmarek at mkaszmarek@lakeshoresentinel.com or 608-555-0147.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Wendlandt vetoes property tax cap, calls it 'a trap for local budgets'", "", "", "B"),
        ],
        [
            ("What a 2% levy cap would mean for your tax bill", "", "", "B"),
        ],
        [
            ("Get the Capitol Report newsletter", "", "", "B"),
        ],
        [
            ("Politics news from Madison in your inbox.", "", "", "B"),
            ("Every weekday at 6 a.m.", "", "", "B"),
        ],
        [
            ("© 2027 The Lakeshore Sentinel.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Terms of Service | Privacy Policy | Your Privacy Choices | Site Map | Accessibility",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE ISLAND LANTERN", "", "", "B"),
        ],
        [
            ("Log in | Subscribe", "", "", "B"),
        ],
        [
            (
                "Singapore   Asia   World   Business   Life   Arts   Sport   Opinion   Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Life › Arts", "", "", "B"),
        ],
        [
            (
                "Geylang's Lotus Pearl cinema reopens as arts centre after $14.6m restoration",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The 1953 building's terrazzo floors and its original neon sign have been brought back to life",
                "",
                "",
                "",
            ),
        ],
        [
            ("Clarissa Teo Hui Min", "", "", "B"),
        ],
        [
            ("Published May 1, 2027, 05:00 AM | Updated May 1, 2027, 10:42 AM", "", "", "B"),
        ],
        [
            ("Listen to this article · 5 min", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Telegram | Email", "", "", "B"),
        ],
        [
            (
                "Visitors in the restored foyer of the Pearl Arts House in Geylang on April 29.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO: LIM KAI XIANG", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – The Lotus Pearl, a 1953 cinema off Geylang Road that showed its last film in 1998, reopened on Saturday as the Pearl Arts House, after a restoration that cost $14.6 million and took almost three years.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Restoration work began in June 2024.", "", "", "W"),
            (
                "The building now holds a 320-seat hall, two rehearsal studios, a gallery and a cafe.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The centre's director, Ms Vanessa Ong Shu Wen, said more than 4,000 people had booked free tickets for the opening weekend.",
                "Vanessa Ong Shu Wen",
                "said",
                "W",
            ),
            (
                "“People keep telling us they had their first date here,” she said.",
                "Vanessa Ong Shu Wen",
                "said",
                "",
            ),
            (
                "“We want them to have their grandchildren's first concert here too.”",
                "Vanessa Ong Shu Wen",
                "said",
                "",
            ),
        ],
        [
            (
                "She added that 62 per cent of the cost had been raised from private donors and the rest from public funds.",
                "Vanessa Ong Shu Wen",
                "added",
                "W",
            ),
        ],
        [
            (
                "Conservation architect Rahmat Sulaiman Ibrahimsa, whose firm has restored three shophouse rows in Joo Chiat since 2015, said his team had found the original terrazzo floor under four layers of carpet and vinyl.",
                "Rahmat Sulaiman Ibrahimsa",
                "said",
                "W",
            ),
            (
                "“It was like opening a time capsule,” he said.",
                "Rahmat Sulaiman Ibrahimsa",
                "said",
                "",
            ),
        ],
        [
            (
                "“I ran the projector here from 1961 until the day it closed,” said Mr Tan Ah Kow, 84, who came to the opening with his daughter.",
                "Tan Ah Kow",
                "said",
                "W",
            ),
            (
                "“On Chinese New Year we showed five films a day, and the queue went round the block.",
                "Tan Ah Kow",
                "said",
                "",
            ),
            ("It was so hot in the booth that I worked in my singlet.”", "Tan Ah Kow", "said", ""),
        ],
        [
            (
                "The cinema seated 1,100 people when it opened, according to records at the National Archives.",
                "records at the National Archives",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("READ MORE: Restored old theatres draw younger audiences, survey finds", "", "", "B"),
        ],
        [
            (
                "The centre said its first season would include a month of Malay films from the 1950s and 1960s, a Hokkien opera and a festival of student theatre in August.",
                "The centre",
                "said",
                "",
            ),
        ],
        [
            (
                "Theatre critic Kenneth Yeo Wei Jie wrote in a review that the hall's acoustics were “the best of any mid-sized venue on the island”, but that the cafe was “trying too hard.”",
                "Kenneth Yeo Wei Jie",
                "wrote in a review",
                "",
            ),
        ],
        [
            (
                "“Now at least there are people walking past again,” said Mr Shaik Abdul Rahiman, who sells prata at a coffee shop next door.",
                "Shaik Abdul Rahiman",
                "said",
                "",
            ),
            (
                "He said his father had opened the stall in 1974, when the cinema still drew crowds every night.",
                "Shaik Abdul Rahiman",
                "said",
                "W",
            ),
            ("“For 20 years this street was dead after 9pm.”", "Shaik Abdul Rahiman", "said", ""),
        ],
        [
            ("Pearl Arts House", "", "", "B"),
        ],
        [
            ("WHERE: 12 Lorong Sireh, off Geylang Road", "", "", ""),
        ],
        [
            ("WHEN: Tuesdays to Sundays, 10am to 10pm", "", "", ""),
        ],
        [
            ("ADMISSION: Free for the gallery; ticket prices for performances vary", "", "", ""),
        ],
        [
            (
                "The Ministry of Culture, Community and Youth did not respond to queries on how much of the cost it had funded.",
                "The Ministry of Culture, Community and Youth",
                "did not respond to queries",
                "",
            ),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("Hawker centre in Toa Payoh to close for six months of upgrading", "", "", "B"),
        ],
        [
            ("New MRT line to open in stages from 2028", "", "", "B"),
        ],
        [
            ("Topics: Arts | Heritage | Geylang | Cinema", "", "", "B"),
        ],
        [
            ("Get unlimited access to all stories at $0.99 for your first month.", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Island Lantern Press Ltd.", "", "", "B"),
            ("Co. Regn. No. 201406382K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Contact | Advertise | Privacy Policy | Terms & Conditions", "", "", "B"),
        ],
    ],
    [
        [
            ("EKOVILLE POST", "", "", "B"),
        ],
        [
            ("Saturday, May 1, 2027 | E-Paper | Advertise", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Metro | Business | Sports | Opinion | Entertainment",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home / Metro", "", "", "B"),
        ],
        [
            (
                "Lagos BRT fares rise 40% from Monday, operator says",
                "Lagos Rapid Bus Company",
                "says",
                "W",
            ),
        ],
        [
            ("By Oluwaseun Adebankole", "", "", "B"),
        ],
        [
            ("May 1, 2027", "", "", "B"),
        ],
        [
            ("4 min read", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Telegram | Email", "", "", "B"),
        ],
        [
            ("Commuters queue at the Ikorodu terminal on Friday evening.", "", "", ""),
        ],
        [
            ("Photo: Ekoville Post", "", "", "B"),
        ],
        [
            (
                "LAGOS — Fares on the Ikorodu-TBS bus rapid transit corridor will rise from N750 to N1,050 from Monday, May 3, the Lagos Rapid Bus Company said in a statement on Friday.",
                "Lagos Rapid Bus Company",
                "said in a statement",
                "W",
            ),
            (
                "“The price of diesel has risen by 63 per cent since January 2026, and spare parts are now imported at more than twice the exchange rate we budgeted for,” the statement said.",
                "Lagos Rapid Bus Company",
                "the statement said",
                "W",
            ),
            (
                "“Shorter trips within a zone will go up from N400 to N550.”",
                "Lagos Rapid Bus Company",
                "the statement said",
                "W",
            ),
        ],
        [
            (
                "The company's managing director, Engr. Gbolahan Ajibolarin, told journalists at the Ikorodu terminal that 112 of its 420 buses were off the road awaiting parts.",
                "Gbolahan Ajibolarin",
                "told journalists",
                "W",
            ),
            (
                "He said the company had last raised fares in June 2025.",
                "Gbolahan Ajibolarin",
                "said",
                "W",
            ),
            ("“Nobody likes to increase fares,” he said.", "Gbolahan Ajibolarin", "said", ""),
            (
                "“But an empty bus that cannot move helps nobody.”",
                "Gbolahan Ajibolarin",
                "said",
                "",
            ),
        ],
        [
            (
                "The Lagos State Commissioner for Transportation, Hon. Adekunle Oduntayo, said the state would review the new fares after three months.",
                "Adekunle Oduntayo",
                "said",
                "",
            ),
            (
                "He said about 210,000 people used the corridor every weekday.",
                "Adekunle Oduntayo",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "ALSO READ: Third Mainland Bridge: Lane closures for repairs begin Sunday night",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Commuters at the Ikorodu terminal told the Post on Friday that they would have to cut back on other spending.",
                "Commuters at the Ikorodu terminal",
                "told the Post",
                "",
            ),
        ],
        [
            (
                "“I go to Idumota five days a week, so that is N3,000 extra every week for me,” said Folake Abiodunrin, who sells fabrics.",
                "Folake Abiodunrin",
                "said",
                "W",
            ),
            ("“Did my salary rise by 40 per cent?", "Folake Abiodunrin", "said", ""),
            ("Did anybody's?”", "Folake Abiodunrin", "said", ""),
        ],
        [
            (
                "The chairman of the commuter bus drivers' union at the Ikorodu garage, Comrade Samson Oluwadare, said his members would also raise fares on routes that feed the corridor.",
                "Samson Oluwadare",
                "said",
                "",
            ),
            (
                "He said the price of diesel at filling stations in Ikorodu had risen to N1,460 a litre this week.",
                "Samson Oluwadare",
                "said",
                "W",
            ),
        ],
        [
            (
                "Transport fares in Lagos rose 29.4 per cent in the year to March, according to the National Bureau of Statistics.",
                "the National Bureau of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ifeoma Ezeadichie, a transport economist at a university in Lagos, said the buses had carried passengers at below cost since 2024.",
                "Ifeoma Ezeadichie",
                "said",
                "W",
            ),
            (
                "“The government should subsidise the buses directly, not ask the poorest commuters to pay for diesel,” she said.",
                "Ifeoma Ezeadichie",
                "said",
                "",
            ),
        ],
        [
            (
                "By 7pm on Friday, the queue at the terminal stretched past the pedestrian bridge.",
                "",
                "",
                "",
            ),
            (
                "Hawkers moved up and down the line selling sachet water and boiled groundnuts.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The company's spokesperson declined to comment on whether the fares would rise again this year.",
                "The company's spokesperson",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "According to figures from the company, its buses carried 58.7 million passengers in 2026.",
                "figures from the company",
                "According to",
                "W",
            ),
        ],
        [
            ("NEW FARES FROM MONDAY", "", "", "B"),
        ],
        [
            ("Ikorodu – TBS: N1,050 (was N750)", "", "", ""),
        ],
        [
            ("Ikorodu – Ojota: N700 (was N500)", "", "", ""),
        ],
        [
            ("Within one zone: N550 (was N400)", "", "", ""),
        ],
        [
            ("Tags: BRT | Fares | Ikorodu | Lagos | Transport", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Lagos to begin electric bus trials on two routes in June", "", "", "B"),
        ],
        [
            ("Ferry operators cut services on Badagry route over low water", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Ekoville Post Media Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Contact Us | Advertise | Privacy Policy | Terms of Use", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h81-p1-nobody-but",
        "“Nobody becomes a councillor to make bin rounds less frequent,” she said. “But if we keep collecting half-empty black bins every fortnight, something else has to give, and it will be the libraries or the leisure centres.”",
        [
            "“Nobody becomes a councillor to make bin rounds less frequent,” she said.",
            "“But if we keep collecting half-empty black bins every fortnight, something else has to give, and it will be the libraries or the leisure centres.”",
        ],
    ),
    (
        "h81-p1-flats-august",
        "“People in flats with no room for an extra bin are the ones who will suffer,” he said. “Come back in August and tell me the streets don't smell. I'll be here.”",
        [
            "“People in flats with no room for an extra bin are the ones who will suffer,” he said.",
            "“Come back in August and tell me the streets don't smell.",
            "I'll be here.”",
        ],
    ),
    (
        "h81-p1-report-says",
        "Under the plan, every household will be offered a second recycling bin free of charge, according to a report to councillors. The report says the council will need three fewer refuse lorries, and that no driver will lose their job because 14 posts are currently vacant.",
        [
            "Under the plan, every household will be offered a second recycling bin free of charge, according to a report to councillors.",
            "The report says the council will need three fewer refuse lorries, and that no driver will lose their job because 14 posts are currently vacant.",
        ],
    ),
    (
        "h81-p1-ltd-registered",
        "The Halsford Herald is published by Quellan Media Ltd. Registered in England and Wales No. 08841926.",
        [
            "The Halsford Herald is published by Quellan Media Ltd.",
            "Registered in England and Wales No. 08841926.",
        ],
    ),
    (
        "h81-p2-captain-statement",
        "Provincial police spokesperson Captain Lindiwe Mthunzelwa said in a statement on Monday that officers had recovered R1.2 million in cash, two rifles and a pistol at the house. “The suspects, aged between 24 and 41, were found hiding in the ceiling of the main bedroom,” the statement said.",
        [
            "Provincial police spokesperson Captain Lindiwe Mthunzelwa said in a statement on Monday that officers had recovered R1.2 million in cash, two rifles and a pistol at the house.",
            "“The suspects, aged between 24 and 41, were found hiding in the ceiling of the main bedroom,” the statement said.",
        ],
    ),
    (
        "h81-p2-windows-shook",
        "“The windows shook and then there was smoke everywhere,” said Noluthando Xabanisa, who sells fruit from a stall near the turn-off. “I lay down behind my table. I counted nine shots.”",
        [
            "“The windows shook and then there was smoke everywhere,” said Noluthando Xabanisa, who sells fruit from a stall near the turn-off.",
            "“I lay down behind my table.",
            "I counted nine shots.”",
        ],
    ),
    (
        "h81-p2-appeal-phone",
        "Police have asked anyone with information to contact the investigating officer, Warrant Officer Mzikayise Tyolwana, on 041 555 0193. Tip-offs can be made anonymously.",
        [
            "Police have asked anyone with information to contact the investigating officer, Warrant Officer Mzikayise Tyolwana, on 041 555 0193.",
            "Tip-offs can be made anonymously.",
        ],
    ),
    (
        "h81-p2-pty-all",
        "© 2027 Ledger Digital (Pty) Ltd. All rights reserved.",
        [
            "© 2027 Ledger Digital (Pty) Ltd.",
            "All rights reserved.",
        ],
    ),
    (
        "h81-p3-justice-observed",
        "“A citizen who pays road tax is entitled to a road, not a trap,” Justice Shantala Raghavendrachar observed in her order. “The corporation cannot plead shortage of funds as a defence to a death.”",
        [
            "“A citizen who pays road tax is entitled to a road, not a trap,” Justice Shantala Raghavendrachar observed in her order.",
            "“The corporation cannot plead shortage of funds as a defence to a death.”",
        ],
    ),
    (
        "h81-p3-advocate-argued",
        "Advocate Kavitha Jayaramaiah, appearing for the petitioner, argued that residents had lodged complaints about the stretch on the corporation's helpline on September 2 and September 29. She said photographs of the pothole had been posted on a residents' group on social media on October 3.",
        [
            "Advocate Kavitha Jayaramaiah, appearing for the petitioner, argued that residents had lodged complaints about the stretch on the corporation's helpline on September 2 and September 29.",
            "She said photographs of the pothole had been posted on a residents' group on social media on October 3.",
        ],
    ),
    (
        "h81-p3-widow-money",
        "“Money will not bring him back,” she said. “But now at least they have admitted it was their road. Who else will they kill on it?”",
        [
            "“Money will not bring him back,” she said.",
            "“But now at least they have admitted it was their road.",
            "Who else will they kill on it?”",
        ],
    ),
    (
        "h81-p4-explained-cost",
        "She explained that each four-hour session would cost GH¢650, as dialysis is not covered by the National Health Insurance Scheme. Dr Agyemfrah said 23 patients had already registered with the unit, 14 of whom had been travelling to Accra for treatment.",
        [
            "She explained that each four-hour session would cost GH¢650, as dialysis is not covered by the National Health Insurance Scheme.",
            "Dr Agyemfrah said 23 patients had already registered with the unit, 14 of whom had been travelling to Accra for treatment.",
        ],
    ),
    (
        "h81-p4-son-three-times",
        "“We were going to Accra three times a week and spending GH¢900 on transport alone,” said Elikem Atsutse, whose 62-year-old mother has been on dialysis since 2025. “How many families can carry that? We sold her shop.”",
        [
            "“We were going to Accra three times a week and spending GH¢900 on transport alone,” said Elikem Atsutse, whose 62-year-old mother has been on dialysis since 2025.",
            "“How many families can carry that?",
            "We sold her shop.”",
        ],
    ),
    (
        "h81-p5-owe-shillings",
        "He said the school owed its food supplier Sh412,000 and had stopped serving lunch two weeks ago. “What do I tell a child who walks eight kilometres and finds no lunch?” he said. “That child will not come back tomorrow.”",
        [
            "He said the school owed its food supplier Sh412,000 and had stopped serving lunch two weeks ago.",
            "“What do I tell a child who walks eight kilometres and finds no lunch?” he said.",
            "“That child will not come back tomorrow.”",
        ],
    ),
    (
        "h81-p5-parent-fee",
        "“They asked me for Sh3,500 for lunch and activity fees,” said Mercy Wambugu, a vegetable vendor whose son is in Grade 8. “I don't have it. I feel ashamed when he comes home at ten in the morning.”",
        [
            "“They asked me for Sh3,500 for lunch and activity fees,” said Mercy Wambugu, a vegetable vendor whose son is in Grade 8.",
            "“I don't have it.",
            "I feel ashamed when he comes home at ten in the morning.”",
        ],
    ),
    (
        "h81-p6-datuk-utilisation",
        "Managing director Datuk Lim Soo Kheng told reporters after the company's annual dinner on Wednesday that its factories in Klang and Kamunting were running at 81% of capacity, against 58% a year ago. He said the group would reopen two production lines that were shut in 2024. “We are cautious, because we have seen this movie before,” he said.",
        [
            "Managing director Datuk Lim Soo Kheng told reporters after the company's annual dinner on Wednesday that its factories in Klang and Kamunting were running at 81% of capacity, against 58% a year ago.",
            "He said the group would reopen two production lines that were shut in 2024.",
            "“We are cautious, because we have seen this movie before,” he said.",
        ],
    ),
    (
        "h81-p6-shares-rose",
        "Perwira Glovetech's shares rose 11 sen, or 6.4%, to close at RM1.83 on Thursday. About 48.2 million shares changed hands.",
        [
            "Perwira Glovetech's shares rose 11 sen, or 6.4%, to close at RM1.83 on Thursday.",
            "About 48.2 million shares changed hands.",
        ],
    ),
    (
        "h81-p7-coach-record",
        "He said it was the first time the club had won a Game 7 since it joined the league in 1998. “Did we deserve it?” he said. “Ask me after I've watched the tape.”",
        [
            "He said it was the first time the club had won a Game 7 since it joined the league in 1998.",
            "“Did we deserve it?” he said.",
            "“Ask me after I've watched the tape.”",
        ],
    ),
    (
        "h81-p7-callihoo-quote",
        "“I just put it on net and hoped,” said Callihoo, 19, who is from Porcupine Plain. He said it was his first goal since March 12, when he broke a finger blocking a shot. “My dad drove four hours to be here, so that one's his.”",
        [
            "“I just put it on net and hoped,” said Callihoo, 19, who is from Porcupine Plain.",
            "He said it was his first goal since March 12, when he broke a finger blocking a shot.",
            "“My dad drove four hours to be here, so that one's his.”",
        ],
    ),
    (
        "h81-p8-lead-author",
        "Lead author Dr Rosalind Sarnoczy said the three camps had held about 29,000 animals before the heat. She said temperatures at the Elmore camp reached 46.1 degrees on January 21, the hottest day recorded there since 2009. “Above about 42 degrees, they simply can't cool themselves down,” she said.",
        [
            "Lead author Dr Rosalind Sarnoczy said the three camps had held about 29,000 animals before the heat.",
            "She said temperatures at the Elmore camp reached 46.1 degrees on January 21, the hottest day recorded there since 2009.",
            "“Above about 42 degrees, they simply can't cool themselves down,” she said.",
        ],
    ),
    (
        "h81-p8-carer-pups",
        "“We had 86 orphaned pups in care by the end of that week,” said Judith Velkestone, who runs a wildlife shelter at Axedale. “Our volunteers fed them every three hours, around the clock. Some of us cried in the car on the way home.”",
        [
            "“We had 86 orphaned pups in care by the end of that week,” said Judith Velkestone, who runs a wildlife shelter at Axedale.",
            "“Our volunteers fed them every three hours, around the clock.",
            "Some of us cried in the car on the way home.”",
        ],
    ),
    (
        "h81-p8-pty-abn",
        "© 2027 Stonybeck Media Pty Ltd. ABN 41 602 188 357.",
        [
            "© 2027 Stonybeck Media Pty Ltd.",
            "ABN 41 602 188 357.",
        ],
    ),
    (
        "h81-p9-headman",
        "“We heard the river before we saw it,” said Peni Tuimacilai, the turaga ni koro of Naqiqi village. He said 41 villagers had spent the night in the church, which sits on higher ground. “The children thought it was a holiday.”",
        [
            "“We heard the river before we saw it,” said Peni Tuimacilai, the turaga ni koro of Naqiqi village.",
            "He said 41 villagers had spent the night in the church, which sits on higher ground.",
            "“The children thought it was a holiday.”",
        ],
    ),
    (
        "h81-p9-farmer-cane",
        "Cane farmer Mohammed Rafiq Sahu said about four hectares of his crop at Wainikoro had been flattened. “Who will pay for this, after three bad years?” he asked.",
        [
            "Cane farmer Mohammed Rafiq Sahu said about four hectares of his crop at Wainikoro had been flattened.",
            "“Who will pay for this, after three bad years?” he asked.",
        ],
    ),
    (
        "h81-p10-rep-janesville",
        "Two members of the majority voted against the override. One of them, Rep. Greg Stuhlmacher of Janesville, declined to comment after the vote. The other, Rep. Marisa Thorvaldine of Eau Claire, said 11 of the 14 town boards in her district had written to her asking her to vote no.",
        [
            "Two members of the majority voted against the override.",
            "One of them, Rep. Greg Stuhlmacher of Janesville, declined to comment after the vote.",
            "The other, Rep. Marisa Thorvaldine of Eau Claire, said 11 of the 14 town boards in her district had written to her asking her to vote no.",
        ],
    ),
    (
        "h81-p10-newsletter",
        "Politics news from Madison in your inbox. Every weekday at 6 a.m.",
        [
            "Politics news from Madison in your inbox.",
            "Every weekday at 6 a.m.",
        ],
    ),
    (
        "h81-p11-projectionist",
        "“I ran the projector here from 1961 until the day it closed,” said Mr Tan Ah Kow, 84, who came to the opening with his daughter. “On Chinese New Year we showed five films a day, and the queue went round the block. It was so hot in the booth that I worked in my singlet.”",
        [
            "“I ran the projector here from 1961 until the day it closed,” said Mr Tan Ah Kow, 84, who came to the opening with his daughter.",
            "“On Chinese New Year we showed five films a day, and the queue went round the block.",
            "It was so hot in the booth that I worked in my singlet.”",
        ],
    ),
    (
        "h81-p11-ltd-regn",
        "Copyright © 2027 Island Lantern Press Ltd. Co. Regn. No. 201406382K. All rights reserved.",
        [
            "Copyright © 2027 Island Lantern Press Ltd.",
            "Co. Regn. No. 201406382K.",
            "All rights reserved.",
        ],
    ),
    (
        "h81-p12-trader-question",
        "“I go to Idumota five days a week, so that is N3,000 extra every week for me,” said Folake Abiodunrin, who sells fabrics. “Did my salary rise by 40 per cent? Did anybody's?”",
        [
            "“I go to Idumota five days a week, so that is N3,000 extra every week for me,” said Folake Abiodunrin, who sells fabrics.",
            "“Did my salary rise by 40 per cent?",
            "Did anybody's?”",
        ],
    ),
    (
        "h81-p12-reply-form",
        "Leave a Reply Your email address will not be published. Required fields are marked *",
        [
            "Leave a Reply",
            "Your email address will not be published.",
            "Required fields are marked *",
        ],
    ),
]
