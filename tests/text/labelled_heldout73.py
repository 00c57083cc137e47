"""Seventy-third held-out set of hand-labelled pages for the hint engines (held out, round forty-four): never tuned on.

Twelve ordinary WHOLE news pages, head to tail, as a newsroom reviewer would paste them from
everyday sites in twelve countries (England, Scotland, Singapore, Malaysia, Ghana, Uganda, Canada,
Australia, Trinidad and Tobago, Sri Lanka, Malta and the United States): a REGIONAL DAILY's
transport page (West Yorkshire bus cuts), a BROADCASTER's weather story (a west-coast gale in the
Highlands and islands), a NATIONAL DAILY's courts page (a property agent jailed in Singapore), a
NEWS PORTAL carrying a WIRE story (a chip plant in Kedah), a NATIONAL DAILY's health page (cholera
in Ghana's Central Region), a REGIONAL NEWS SITE's education page (primary-leaving results in
Kabarole), a LOCAL NEWS SITE's city-hall story (a Manitoba city budget), a REGIONAL DAILY's local
sport page (a Riverina football grand final with a scoreboard), a DAILY's crime page (a gun seizure
in Couva), an English DAILY's parliament story (a Sri Lankan budget vote), a NEWS PORTAL's planning
story (a hotel in St Julian's) and a LOCAL TV STATION's weather page (an ice storm in the Ozarks).
Each page carries its site's own furniture, worded its own way: mastheads, date and weather strips,
menus, section labels, bylines and roles, Published/Updated lines, share strips, cookie blocks and
button rows (one in Malay), paywall, subscription, donation, newsletter, WhatsApp, Telegram and app
prompts, captions with credits, video player lines, inline READ MORE and "Also read" links,
related, trending and most-read lists, comment chrome with reader comments, wire tags and credits
lines, and footers with legal lines. The stories are everyday news with named speakers and
ordinary attribution ("said", "told the court", "told council", "according to", "said in a note",
"asked", "added", "urged", "advised", "called", "argued", "found", "has confirmed"). The pages hold
531 sentences: 292 "B", 128 "W" and 111 ""; 160 sentences carry a speaker (69 distinct speakers).
`STYLES` describes each page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-four as a HELD-OUT set, before any rule was tuned
on it and without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no README was opened; `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied
from anywhere. What was read: the brief (`/tmp/brief` was listed; it held only the brief);
`/tmp/sets` was listed at the start, when it was empty, and again at the end, when it also held
other helpers' `labelled_new105.py`, `labelled_new106.py` and `labelled_new108.py`, seen as names
only and never opened; the module docstrings of `labelled_new.py`
and `labelled_new2.py` (printed whole with `ast.get_docstring`); from `labelled_new103.py` and
`labelled_new104.py`, the output of a script of my own using `ast` that prints the module
docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each: printed
once, when the tool cut its middle (so what was seen then was the docstring and first `STYLES`
entry of `labelled_new103.py`, and the end of the first page, the whole second page and the eight
cases of `labelled_new104.py`), then saved to a scratch file of which only the docstring and
`STYLES` of `labelled_new104.py` were printed again with `sed` (the tool again cut nine lines of
that docstring, of which a few were then printed through `cut -c1-400`), and `grep -n` of the
file's section markers; the rest of `labelled_new103.py`'s `STYLES`, its two pages and its cases,
and the first part of `labelled_new104.py`'s first page were never seen; `def build` in
`tests/text/labelled_articles.py` (its line number by `grep -n`, then a `sed` range); and the
`[tool.ruff]` tables of `pyproject.toml` (a `grep -n -A25`). No other page, case or docstring of any
file under `tests/` was read. What was run: Python one-liners printing the calendars of September,
November and December 2026 and January 2027 to check weekdays; scripts of my own in a scratch
folder that turn a small line format (flag, speaker, cue and text separated by a tilde, one line a
paragraph unless it starts with "+", aliases for speakers, case marks) into the literals below,
apply renames, list every sentence whose cue is not in it with whether the quote it continues
carries the cue, and count sentences, flags and speakers; whole-word, case-insensitive per-word
file counts (`grep -rilwF --include='*.py' -- WORD tests | wc -l`) over `tests/` for every
capitalised word of these pages and of `STYLES` (each part of a hyphenated name on its own) and for
every candidate replacement; an import of this file with `build` (its few lines copied into my
script) on every page and a check of four string fields, flags, no "B" with a speaker, a cue for
every speaker and a speaker for every cue, 30 distinct case ids, every case text in a built page
and equal to its sentences joined by single spaces, each expected sentence one labelled sentence,
and the counts above; and `ruff format` and `ruff check` (the project's `.venv`) on this file with
the project's `pyproject.toml` as config, the check through `--stdin-filename
tests/text/labelled_heldout73.py` so that the per-file ignores for `tests/**` apply. Only counts
were read from the word searches, never the matched lines or file names; they ran through every
file there, including ones this set must not open. The first draft's coined people, outlets, firms,
streets and places hit about fifty words of other files (such as Argus, Pellowby, Brackenfold,
Caolas, Glasdrum, Gwee, Kamsani, Phuah, Tng, Warta, Mentari, Mokhtaruddin, Yeap, Ofosuhene, Dadzie,
Essandoh, Baidoo, Kwegyir, Kabagambe, Odongkara, Halvorsrud, Ostrander, Kellerman, Ostrowiak,
Varcoe, Pendergrass, Cudjoe, Lezama, Dissanayakage, Wanigasooriya, Senarathgoda, Spiteri, Xlokk,
Kosta, Vandergriff and Ridgeway); each was renamed, and about ninety-five of some hundred and fifty
candidate replacements hit as well (such as Examiner, Brackenthwaite, Sruthan, Quah, Kway, Chionh, Teoh, Heah, Boey, Seah, Yip,
Tenggiri, Cendana, Teratai, Gemilang, Lintas, Penhaligan, Pendlebury, Varrowby, Tuhiwai and
Vandermeulen) and were renamed again; only replacements with no hit were kept. What still hits is
real places and regions (Argyll, Lochaber, Mull, Oban, Orkney, Shetland, the Minch, Bishan, Bedok,
Toa Payoh, Sengkang, Kedah, Bayan Lepas, Kuantan, Takoradi, the Cape Coast Metropolis, the
Rwenzori, the Riverina, Wagga, Galle, the Kelani, Gozo, St Julian's, Greene County, Springfield and
the Ozarks), common first names kept on purpose (André, Araba, Clint, Cody, Dan, Darla, Darlene, Deepa,
Justine, Karl, Kavitha, Kerwin, Kwesi, Lasantha, Lorelei, Nicola, Nilmini, Paa, Ravinder, Sharmila,
Shauna and the like), outlet words (Reporter, News, Ledger, Times, Online, Leader, Gazette, Observer,
Today, Newswire, Broadcasting, Media), ordinary words (Tamarind, Appropriation, Congratulations, Disgraceful, Proudly), a Malay
word of a link label (Baca) and acronyms and tokens (AR, FDA, PLE, TTPS, RM412, RM5, RM7).

Every person, outlet, wire service, broadcaster, station, operator, ferry company, network company,
cooperative, firm, research house, union, school, club, league, medal, ground, institute,
environmental group, street and figure is invented. Real countries, regions, cities and
institutions appear only as settings: England, West Yorkshire, the Department for Transport and the
Transport Secretary; Scotland, the Highlands and islands, Skye, Tiree, Argyll, Lochaber, the
Western Isles, Mull, Oban, the Minch, Shetland, Orkney, Ballachulish, the A82, Crianlarich, Fort
William, the West Highland Line, Glasgow, the Met Office, Police Scotland, The Highland Council and
Network Rail; Singapore, Toa Payoh, Bishan, Sengkang, Punggol, Bedok, the State Courts and the
Council for Estate Agencies; Malaysia, Kuala Lumpur, Kedah, Kulim and its Hi-Tech Park, Penang,
Bayan Lepas, the Klang Valley, Kuantan and the Main Market of Bursa Malaysia; Ghana, the Central
Region, Cape Coast, the Komenda-Edina-Eguafo-Abirem and Mfantseman municipalities, Takoradi,
Elmina, the Ghana Health Service and the FDA; Uganda, Fort Portal, Kabarole, Kagote, Kibiito, the
Rwenzori region and UNEB; Canada, Brandon, Westman, Manitoba, Virden and the Local Journalism
Initiative; Australia, the Riverina, Wagga and Canberra; Trinidad and Tobago, Couva, Chaguanas, Port
of Spain, the Trinidad and Tobago Police Service and the Forensic Science Centre; Sri Lanka,
Colombo, Kotte, Galle, Kurunegala, Kandy, Parliament and the CPC; Malta, St Julian's, Msida, Gozo,
Valletta, the Planning Authority, the Environment and Resources Authority, the Environment and
Planning Review Tribunal and the Government Gazette; the United States, Missouri, Springfield,
Greene, Christian and Webster counties, Nixa, Ozark, Strafford, Willard, I-44, the National Weather
Service, the Missouri State Highway Patrol and its Troop D, and Springfield Public Schools.
Facebook, X, WhatsApp, Telegram, Instagram, YouTube, LinkedIn, Google Play and the App Store appear
only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, label, byline, date line, share line, caption,
credit, player line, button row, list item, scoreboard line, comment line and legal line is a
paragraph of its own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags
"W", "B" or "". As in the recent sets: furniture "B" line by line, whatever it says (a BREAKING
ticker line that says "says" too, with no speaker); a caption by its content and its credit "B";
headlines and standfirsts never split and flagged by content; a dateline belongs to its lead
sentence; a speaker is the full name as first given without titles or role words (Cllr, Coun.,
Ward 4 Coun., Mayor, Dr, Dr., Hon., Mr, Mr., Ms, Sr., Snr Supt, Sgt., Datuk, Deputy Public
Prosecutor, District Judge, Architect, Coach, League president, Met Office meteorologist and the
like), a pronoun, later surname ("Pelchatte said", "Ms Nadhirah argued", "Dr Ankobrah-Sagoe told",
"Thirlwaite said.") or "According to her" resolving to it, and initials that are part of a name
kept ("S.M. Thusitha Gunapalawardene"); a descriptor before a proper name dropped ("the operator
Tenterby Motor Services", "The environmental group Moviment Bajja Ħajja"); an organisation's later
generic noun kept as written ("The company"), "it said" and "It advised" resolving to the
organisation as first given, and "She said" after "A Glaschoille Networks spokeswoman" resolving to
that unnamed spokeswoman as written; "according to X" and "X found" with X as written; a quote over
several sentences carrying its speaker and cue in each; a named person acting without a verb of
saying carries no speaker (a medal winner, councillors' votes, "The prosecution sought"); sport
data lines "" and their box labels "B"; a wire's end tag and "(Reporting by ...; Editing by ...)"
line "B"; reader comments "B" sentence by sentence. Figures, dates, votes, decisions, findings,
comparisons and causal claims of record are "W"; plans, forecasts, hedges ("could", "would",
"expected", "in talks"), opinions, feelings, advice, appeals and questions are ""; private people's
own lives (a nurse's lifts, a guest-house owner's night, a tenant's lost deposit, a fish trader's
sales, a parent's daughter's result, a resident's own tax bill, a neighbour's night, a carport) are
"".

Splits, as a reviewer wants them: "Ltd. 2026," mid-sentence; "Pte. Ltd." before "Co. Regn. No.
199805412K." before "All rights reserved."; "Sdn. Bhd. (1412035-V)." before "Hak cipta
terpelihara."; "Sr. Justine" and "6 p.m. because" mid-sentence; "Jan. 11." before "A public hearing
..."; "5 p.m." before "Unsubscribe at any time."; "Pty Ltd." before "Proudly printed ..."; "(C
81422)." before "Registered office: ..."; "LLC." before "All Rights Reserved."; "2 a.m. and"
mid-quote; "SPRINGFIELD, Mo. —"; "Sgt. Cody"; "Rs. 5,214 billion", "6.05 p.m.", "Dr. Ruvini", "Mr.
Lasantha" and "Ms. Nilmini"; "Hon. Kofi" and "Dr Efua"; initials in scoreboard lines ("J.
Stirlingham 4,"), one sentence each; an e-mail address after a question ("routes?" / "Tell us at
news.desk@..."); a question then its statement in one quote ("“What good is a garden without
sun?" / "The board has decided ..."); "?” he asked." closing a two-question quote; a comment rule
ending with an asterisk ("Required fields are marked *"). `HELDOUT_CASES` holds 30 sentence-split
cases (id, text, expected sentences), each a stretch of two or three consecutive sentences of one
paragraph of these pages joined by single spaces: what a reviewer wants, not what the engine does.
"""

STYLES = [
    'English REGIONAL DAILY\'s transport page (West Yorkshire), a bus operator withdraws or cuts fourteen routes from January over a £3.2m gap: masthead in capitals, date-and-weather strip with pipes, menu, a two-sentence cookie block with "Accept all" in typographic quotes and its button row, section label with ›, headline "W", a standfirst carrying "Passengers in moorland villages" with say (""), byline, role line, Published/Updated line with 24-hour times, share strip, caption "" and picture credit "B"; the story: the lead with "the operator Tenterby Motor Services has confirmed" (descriptor dropped, "W"), "The company said" kept as written ("W"), the managing director named after "Its" (pay and fares "W") and her two-sentence quote ""; route and frequency lines "W"; an inline READ MORE link "B"; the regional transport authority said ("W"); a committee chair with Cllr dropped (spending "W", a quote ""); a retired nurse\'s own lift worries "" and her two-sentence quote ending "she asked."; a petition count "W"; a newsletter line and its form row "B"; the MP (a letter of record "W", a two-sentence quote ""); A Department for Transport spokesperson said ("W"); the operator again (jobs "W") and "it said" resolving to it (""); a timetable plan ""; a two-sentence reader call with an e-mail address "B"; Related list, comment count, two-sentence comment rules, a handle with time, a two-sentence reader comment, Reply · Report, footer links and a copyright line split at "Holmeridge." (with "Ltd. 2026," inside) before "All rights reserved."',
    'Scottish BROADCASTER\'s web page (Highlands and islands), gusts of 96mph cancel every west-coast ferry and cut power to 23,000 homes: site name, menu with "Gàidhlig", section label with ›, a warning strip (furniture "B"), headline "W", date line with GMT, Updated line, reporter name and role lines, "Share", a video title "" with "Media caption," and "01:12" "B"; the story: the lead "W", the strongest gust through according to the Met Office ("W"), the warning areas "W"; a ferry company said (sailings "W"); its operations director named after "Its" (vessels "W"), his quote "" and a "He said" plan ""; a rebooking note ""; an app line "B"; A ... Networks spokeswoman said (customers off "W"), She said resolving to the unnamed spokeswoman ("W") and a rule ending "she said" (""); Police Scotland said (road closure "W") and it said (advice ""); a Met Office meteorologist with her role dropped (pressure fall "W", forecast quote ""); Related Topics label and topic line "B"; a guest-house owner\'s own night "" and his two-sentence quote; The Highland Council said (schools "W"); the council\'s convener (rest centres "W", a quote ""); Network Rail said (a landslip "W") and "It said it did not expect ..." (""); More on this story list with its date lines, Top Stories list, footer links and a two-sentence copyright and external-sites line "B"',
    'Singapore NATIONAL DAILY\'s courts page, an ex-property agent jailed four years and eight months for cheating 11 clients of $1.46 million: masthead in capitals, menu, a subscription offer, section label with ›, headline "W", byline and role, Published and Updated lines with "PM", a Gift/Listen/Save strip, caption "" and photo credit "B"; the story: a "SINGAPORE –" dateline lead "W", the plea and charges "W", his registration "W"; a two-sentence free-articles paywall note "B"; the Deputy Public Prosecutor with her title dropped who told the court ("W"), She said with two figures and a she-said sentence ("W"); the prosecution\'s sentence bid (no speaker, "W"); "Ms Nadhirah argued" resolved to her full name (""); the defence lawyer (mitigation "" with a quoted phrase, then "Mr Veeraperumal told the court" "W"); the District Judge with her title dropped (a finding "W", a remark ""); the maximum penalty "W"; a WhatsApp channel line "B"; a tenant\'s own lost deposit "" and her two-sentence quote; The Council for Estate Agencies said (revocation and complaints "W") and it said (advice ""); Topics line, Related list, MORE FROM list, footer links and a copyright split at "Pte. Ltd." before "Co. Regn. No. 199805412K." before "All rights reserved." "B"',
    'Malaysian NEWS PORTAL carrying a WIRE story (Kedah and Penang), a chip packaging firm to spend RM1.8 billion on a second plant with 2,300 jobs: portal name in capitals, a two-sentence cookie note in Malay and its SETUJU button, bilingual menu, ADVERTISEMENT, section label, headline "W", the wire\'s name as byline, a date line with MYT, share strip; the wire copy: a "KUALA LUMPUR, Nov 27 (Serantau) --" lead carrying the group managing director with Datuk dropped ("W"), his surname alone told a press conference (a lease "W"), a He said plan "", a figures quote "W" then "he added." (""), a floor area through according to the company\'s filing ("W"), talks with carmakers ""; results and share price lines "W"; a state executive councillor (investment totals "W", a quote ""); Analysts at a securities house said in a note (a could-hedge "") and the research house\'s call "W" with no speaker; export figures through according to trade data ("W"); a union general secretary (wages "W", a quote ""); the plant\'s workforce "W"; the wire\'s end tag, a "(Reporting by ...; Editing by ...)" line and a two-sentence wire copyright "B"; then the portal\'s Telegram line, ADVERTISEMENT, a "Baca juga" link, TRENDING label and numbered list, Malay footer links and a copyright split at "Sdn. Bhd. (1412035-V)." before "Hak cipta terpelihara." "B"',
    'Ghanaian NATIONAL DAILY\'s health page (Central Region), 214 suspected cholera cases and six deaths in fishing towns: masthead in capitals, date-e-paper strip, menu with pipes, section label, headline and a second deck "W", byline with place, date and read-time line, share strip, caption "" and photo credit with a slash "B"; the story: a lead ending "Dr Efua Ankobrah-Sagoe, has said" ("W"), "Dr Ankobrah-Sagoe told The Adomfo Times" (district figures "W"), She said (admissions "W"), her two-sentence advice quote "", "According to her," (test results "W"); ADVERTISEMENT; the Municipal Chief Executive with Hon. dropped (closures and a ban "W", He said with "GH¢180,000" "W", a quote ""); an assembly member (a broken borehole "W", a quote ""); a WhatsApp channel line "B"; a fish trader\'s own sales "" and her two-sentence quote; The Ghana Health Service said in a statement (national figures "W") and It advised (advice ""); the region\'s last outbreak "W"; RELATED ARTICLES list, a "Leave a Reply" block (two sentences, the second ending with an asterisk), form labels, Post Comment button, footer links and a copyright split at "Ltd." before "Designed by ..." "B"',
    'Ugandan REGIONAL NEWS SITE\'s education page (Fort Portal, Kabarole), PLE results with 418 first grades: site name in capitals, tagline, menu in capitals, a WhatsApp tip line, section label, headline "W", "Posted by ... | date | time" line, share strip; the story: a "FORT PORTAL –" dateline lead through according to UNEB results released on Wednesday ("W"), candidates and a record comparison "W"; the District Education Officer with Mr dropped (grades "W"), his surname alone told the site (a causal claim with Shs84 million "W"), his two-sentence quote ""; the top school\'s grades "W"; the head teacher with "Sr." dropped (a plan "") and her quote with "6 p.m. because" (""), the two in one paragraph; ADVERTISEMENT; UNEB\'s executive director (national figures "W") and He urged (""); a parent\'s own daughter\'s result "" and his two-sentence quote; school fees through "a survey of 12 schools by Kyeyago Online found" ("W"); two Also read links, a newsletter box (three lines), Tags line, a comment count, two reader comments each with a "says:" line, a date line, two sentences and Reply, a Leave a Reply line and a footer with "Tel." "B"',
    'Canadian LOCAL NEWS SITE (Brandon, Manitoba), city council passes a 2027 budget with a 4.2 per cent tax rise: site name, tagline, temperature and sign-in strip, menu, section label, headline and a second deck "W", a Local Journalism Initiative byline and a date line with "Dec. 8" and "6:05 a.m." "B", share strip, caption "" (with "Coun." and no speaker) and photo credit with a slash "B"; the story: the vote "W", the director of finance named after "told council" ("W") and his surname alone said ("W"), budget totals "W"; the mayor with Mayor dropped (cuts "W", two-sentence quote ""); a ward councillor with "Ward 4 Coun." dropped (a study\'s cost "W", two-sentence quote ""); a defeated amendment and two other councillors\' votes "W" (no speaker); Advertisement and "Story continues below" "B"; a resident\'s delegation about her own tax bill (""); the chamber of commerce head (business rate "W") and He called (""); the capital budget "W"; a council schedule of two sentences split at "Jan. 11." (""); a "With files from" line, a funding line, a news-tip line of two sentences, a newsletter line split at "5 p.m." before "Unsubscribe at any time.", RELATED list, comment chrome, footer links and a copyright split at "Inc." before "All rights reserved." "B"',
    'Australian REGIONAL DAILY\'s local sport page (the Riverina), a country football grand final: masthead, subscribe and log-in strip, menu, section label with ›, headline "W", a standfirst "", byline, Updated/first published line, share strip, "Subscriber only", caption "" and "Picture by" credit "B"; the match report: the result "W", the third quarter "W", the medal winner (no speaker, "W"); his surname alone said ("") and his two-sentence quote ""; the coach with Coach dropped (lost players "W") and a two-sentence quote attributed by surname ("Thirlwaite said."); the season\'s earlier results "W"; the losing coach (an injury "W", a quote ""); the league president (gate takings "W") and a She said plan ""; the netball result "W"; a newsletter line and Sign up "B"; a scoreboard: its title and the GOALS and BEST labels "B", the quarter-by-quarter score lines and the goal-kickers and best-player lines with initials "" (one sentence each); More from Sport list, comment chrome, footer links and a copyright split at "Pty Ltd." before "Proudly printed and published in the Riverina." "B"',
    'Trinidad and Tobago DAILY\'s local news page (Couva), four guns and 312 rounds seized, three men held: masthead in capitals, date-e-paper strip with middle dots, menu in capitals with pipes, section label, headline "W", byline, date line, share strip, a caption stating the seizure "W" and a photo credit in capitals "B"; the story: the lead in capitals "W", the arrests "W"; the senior superintendent with "Snr Supt" dropped (entry "just after 4.30 am" "W"), He said (where the guns were found "W"), a paragraph of three sentences: ballistic testing ending "he said." ("W") and a two-sentence quote ending "Baptisteau said." (""); the police service said in a release (seizures "W"); the murder toll through according to police data ("W"); ADVERTISEMENT; a neighbour\'s own night "" and her three-sentence quote in Trinidadian English; the MP (a police post\'s vehicle "W", a quote ""); a police appeal of two sentences ""; RELATED list, an app line, comment chrome of two sentences, a log-in line, footer links and a copyright split at "Co. Ltd." before "Port of Spain, Trinidad and Tobago." "B"',
    'Sri Lankan English DAILY\'s news page (Colombo), the 2027 Appropriation Bill passes its second reading by 151 votes to 57: masthead, date-and-weather strip, menu with pipes, a BREAKING ticker line (furniture "B" though it says "says"), section label, headline "W", byline, "Our Lobby Correspondent", date line with AM, share strip; the story: the vote "W", absentees at "6.05 p.m." "W", spending "Rs. 5,214 billion" and the deficit target "W", debt service "W"; the Deputy Minister of Finance with his title dropped (revenue "W", two-sentence quote "", He said welfare allocation "W"); an Opposition MP named with initials ("S.M. Thusitha Gunapalawardene" as the speaker, VAT items "W", a two-sentence question quote ending "he asked." ""); the committee stage schedule ""; an economist with "Dr." dropped (a revenue target "W", a two-sentence quote ""); Advertisement; two government MPs with "Mr." and "Ms." who voted with the Opposition "W"; "The party\'s general secretary said" kept as written (""); a Comments label, a two-sentence moderation note, form labels, Latest News list, follow line and a copyright split at "(Pvt) Ltd." before "All rights reserved." "B"',
    'Maltese NEWS PORTAL\'s local page (St Julian\'s), the planning board approves a 14-storey hotel despite 1,870 objections: masthead in capitals, a two-sentence cookie note and its button row, a donation line, menu, section label, headline "W", byline, date line, Last updated line, "Listen to this article", share strip; the story: the vote "W", the application number and objections "W", an authority\'s objection "W", the developer with "Ltd.," mid-sentence ("W"); the architect with Architect dropped who told the board ("W"), his quote and a He said jobs forecast ""; "The environmental group Moviment Bajja Ħajja said" with the descriptor dropped (an appeal plan ""); its coordinator named after "Its" (a shadow study with "1 p.m." "W") and her question-then-statement quote ""; the mayor with his role dropped (hotels and short lets "W", a quote ""); two Read also links "B"; two members who did not vote "W"; a publication forecast ""; a newsletter line and form row, comment chrome (label, two-sentence rules, count, sort line), footer links and a footer split at "(C 81422)." before "Registered office: ..." "B"',
    'American LOCAL TV STATION\'s weather page (Springfield, Missouri), an ice storm leaves 41,000 without power: station name, a Watch Live/alerts/closings strip, menu, section label, headline "W", Author, Published and Updated lines with CST "B"; a video player (Now Playing, the playing video\'s title "", "2:31", Up Next and the next title "B"); the story: a "SPRINGFIELD, Mo. —" dateline lead carrying the National Weather Service in Springfield as written ("W"), outages at "11 a.m." "W"; a co-op spokesperson (poles "W", a two-sentence quote with "2 a.m. and" ""); a Highway Patrol sergeant with "Sgt." dropped (crashes "W", He said injuries "W", a quote attributed by surname ""); school closures "W"; the county emergency manager (a warming center "W"); the station\'s chief meteorologist in a paragraph of three sentences (a record "W", a forecast "he said" "" and another "he added" ""); a resident\'s own carport "" and her quote; a closings-page prompt and an app line "B"; RELATED ARTICLES and Trending lists, footer links, a do-not-sell line and a copyright split at "LLC." before "All Rights Reserved." "B"',
]

ARTICLES = [
    [
        [
            ("THE HOLMERIDGE REPORTER", "", "", "B"),
        ],
        [
            ("Wednesday 25 November 2026 | 6°C Drizzle | Today's paper", "", "", "B"),
        ],
        [
            ("News  Sport  Business  What's On  Property  Jobs  Family Notices", "", "", "B"),
        ],
        [
            (
                "We and our partners use cookies to personalise ads and content and to measure how the site is used.",
                "",
                "",
                "B",
            ),
            ("Choose “Accept all” or set your own preferences below.", "", "", "B"),
        ],
        [
            ("Accept all | Manage preferences", "", "", "B"),
        ],
        [
            ("News › Transport", "", "", "B"),
        ],
        [
            (
                "Fourteen bus routes axed or cut back across Holmeridge district from January as operator faces £3.2m gap",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Passengers in moorland villages say they will be cut off from shops, surgeries and colleges",
                "Passengers in moorland villages",
                "say",
                "",
            ),
        ],
        [
            ("By Gareth Pellworthy", "", "", "B"),
        ],
        [
            ("Transport reporter", "", "", "B"),
        ],
        [
            ("Published 25 November 2026, 09:14 | Updated 25 November 2026, 11:52", "", "", "B"),
        ],
        [
            ("Facebook  X  WhatsApp  Email  Copy link", "", "", "B"),
        ],
        [
            (
                "A Number 47 bus leaves the interchange on Leithmoor Street in Holmeridge town centre.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Reporter archive", "", "", "B"),
        ],
        [
            (
                "FOURTEEN bus routes across the Holmeridge district will be withdrawn or cut back from Monday, January 4, the operator Tenterby Motor Services has confirmed.",
                "Tenterby Motor Services",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "The company said the changes, which affect about 9,400 passenger journeys a week, were needed to close a £3.2m gap in its budget for 2027.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its managing director, Alison Vardleworth, said driver pay had risen by 18 per cent in two years while fare income on rural routes was still 22 per cent below its 2019 level.",
                "Alison Vardleworth",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We have held on to these services for as long as we could, and I know this will hurt people who rely on them.",
                "Alison Vardleworth",
                "said",
                "",
            ),
            (
                "But we cannot keep running near-empty buses on the back of a grant that no longer exists,” she said.",
                "Alison Vardleworth",
                "said",
                "",
            ),
        ],
        [
            (
                "The routes to go include the 47 between Holmeridge and Scarwick Moor and the 112 evening service to Cleckby Bridge, whose last departure moves from 11.20pm to 7pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The 31, 32 and 33 town services will run every 30 minutes instead of every 15.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "READ MORE: Station car park to shut for eight weeks while lifts are replaced",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The regional transport authority said it was told of the cuts on November 19 and had asked the company to delay them by three months.",
                "The regional transport authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cllr Rukhsana Bellasby, who chairs its transport committee, said the authority had spent £11.6m supporting bus routes this year, up from £8.9m in 2024.",
                "Rukhsana Bellasby",
                "said",
                "W",
            ),
        ],
        [
            (
                "“There is no bottomless pot, but nobody here should miss a hospital appointment because the last bus went at teatime,” she said.",
                "Rukhsana Bellasby",
                "said",
                "",
            ),
        ],
        [
            (
                "In Scarwick Moor, where the 47 is the only public transport, retired nurse Maureen Oddiethwaite said she would have to rely on neighbours for lifts.",
                "Maureen Oddiethwaite",
                "said",
                "",
            ),
        ],
        [
            ("“I'm 79 and I don't drive.", "Maureen Oddiethwaite", "asked", ""),
            (
                "What am I supposed to do, walk four miles to the surgery in January?” she asked.",
                "Maureen Oddiethwaite",
                "asked",
                "",
            ),
        ],
        [
            (
                "A petition to save the 47 had gathered 2,318 signatures by 8pm on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Get the Reporter Morning Briefing: the day's top stories in your inbox before 7am, Monday to Saturday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Email address | Sign me up", "", "", "B"),
        ],
        [
            (
                "Daniel Fothersby, MP for Holmeridge and Scarwick, said he had written to the Transport Secretary asking for emergency funding for rural routes.",
                "Daniel Fothersby",
                "said",
                "W",
            ),
        ],
        [
            ("“These are not luxury services.", "Daniel Fothersby", "said", ""),
            (
                "They are how people get to work, to college and to their families,” he said.",
                "Daniel Fothersby",
                "said",
                "",
            ),
        ],
        [
            (
                "A Department for Transport spokesperson said councils in England had been given £1.1bn for bus services in 2026-27.",
                "A Department for Transport spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tenterby Motor Services, which runs 212 buses from depots in Holmeridge and Holmbrigg, said no drivers would lose their jobs.",
                "Tenterby Motor Services",
                "said",
                "W",
            ),
            (
                "Staff on the affected routes will be offered shifts elsewhere on the network, it said.",
                "Tenterby Motor Services",
                "said",
                "",
            ),
        ],
        [
            (
                "New timetables are due to be posted on the company's website and at stops from December 1.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Do you rely on one of these routes?", "", "", "B"),
            (
                "Tell us at news.desk@holmeridgereporter.co.uk or message us on 07700 900418.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Station car park to shut for eight weeks while lifts are replaced", "", "", "B"),
        ],
        [
            ("What January's rail fare rise means for Holmeridge commuters", "", "", "B"),
        ],
        [
            ("Council leader defends £4m pothole plan", "", "", "B"),
        ],
        [
            ("Comments (86)", "", "", "B"),
        ],
        [
            ("Comments are checked before they go live.", "", "", "B"),
            ("Please keep it civil.", "", "", "B"),
        ],
        [
            ("ScarwickLass · 2h ago", "", "", "B"),
        ],
        [
            ("Disgraceful.", "", "", "B"),
            ("My mum uses the 47 every Thursday for her shopping.", "", "", "B"),
        ],
        [
            ("Reply · Report", "", "", "B"),
        ],
        [
            (
                "Contact us · Advertise · Privacy notice · Cookie settings · Terms and conditions · Complaints",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Holmeridge Newspapers Ltd. 2026, Fuller's Yard, Holmeridge.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("CAOLMHOR NEWS", "", "", "B"),
        ],
        [
            ("Home  News  Sport  Weather  Watch live  Listen  Gàidhlig", "", "", "B"),
        ],
        [
            ("Scotland › Highlands & Islands", "", "", "B"),
        ],
        [
            ("Amber warning for wind in force until 18:00 Thursday", "", "", "B"),
        ],
        [
            (
                "Ferries cancelled and 23,000 homes without power as 96mph gusts hit west coast",
                "",
                "",
                "W",
            ),
        ],
        [
            ("3 December 2026, 08:41 GMT", "", "", "B"),
        ],
        [
            ("Updated 2 hours ago", "", "", "B"),
        ],
        [
            ("Morag Drumcaillich", "", "", "B"),
        ],
        [
            ("Highlands and Islands reporter", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("Watch: waves break over the sea wall at Oban's North Pier", "", "", ""),
        ],
        [
            ("Media caption,", "", "", "B"),
        ],
        [
            ("01:12", "", "", "B"),
        ],
        [
            (
                "Every ferry sailing on the west coast was cancelled on Thursday and about 23,000 homes lost power as gusts of up to 96mph swept across the Highlands and islands.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The strongest gust, 96mph, was recorded on Tiree at 05:20, according to the Met Office.",
                "the Met Office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "An amber wind warning covers Argyll, Lochaber, Skye and the Western Isles until 18:00, with a yellow warning for the rest of the north until midnight.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sgeirmor Ferries said all 41 of its scheduled sailings had been cancelled, the first time it had halted its whole timetable since January 2025.",
                "Sgeirmor Ferries",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its operations director, Fraser Dunvarrich, said two vessels had been moved to sheltered anchorages overnight.",
                "Fraser Dunvarrich",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Safety has to come first, and nobody will thank us for putting a ship across the Minch in this,” he said.",
                "Fraser Dunvarrich",
                "said",
                "",
            ),
            (
                "He said crews would look at conditions again at first light on Friday.",
                "Fraser Dunvarrich",
                "said",
                "",
            ),
        ],
        [
            (
                "Passengers booked on Thursday's sailings can change their tickets free of charge online or at any terminal.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Get travel updates for your area on the Caolmhor News app.", "", "", "B"),
        ],
        [
            (
                "A Glaschoille Networks spokeswoman said 23,140 properties were without power at 10:00, most of them on Skye, in Lochaber and on Mull.",
                "A Glaschoille Networks spokeswoman",
                "said",
                "W",
            ),
            (
                "She said 31,800 customers had been reconnected since the storm arrived late on Wednesday.",
                "A Glaschoille Networks spokeswoman",
                "said",
                "W",
            ),
            (
                "Engineers would not go up poles while gusts were above 60mph, she said.",
                "A Glaschoille Networks spokeswoman",
                "said",
                "",
            ),
        ],
        [
            (
                "Police Scotland said the A82 was shut at Ballachulish after a tree fell across both lanes at about 06:30.",
                "Police Scotland",
                "said",
                "W",
            ),
            (
                "Drivers should travel only if their journey is essential, it said.",
                "Police Scotland",
                "said",
                "",
            ),
        ],
        [
            (
                "Met Office meteorologist Ailsa Corrievane said the low had deepened by 38 millibars in 24 hours, which meets the definition of a “weather bomb”.",
                "Ailsa Corrievane",
                "said",
                "W",
            ),
        ],
        [
            (
                "“It's a nasty one, but the worst of the wind should have cleared Shetland by Friday morning,” she said.",
                "Ailsa Corrievane",
                "said",
                "",
            ),
        ],
        [
            ("Related Topics", "", "", "B"),
        ],
        [
            ("Oban · Ferries · Power cuts · Weather", "", "", "B"),
        ],
        [
            (
                "In Oban, Hamish Tornabrack, who runs a guest house on the seafront, said he had spent the night moving furniture away from the windows.",
                "Hamish Tornabrack",
                "said",
                "",
            ),
        ],
        [
            (
                "“I've lived here 40 years and I've not heard it like that.",
                "Hamish Tornabrack",
                "said",
                "",
            ),
            (
                "The whole house was shaking at four o'clock this morning,” he said.",
                "Hamish Tornabrack",
                "said",
                "",
            ),
        ],
        [
            (
                "The Highland Council said 17 schools were closed, including every primary school on Skye.",
                "The Highland Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kirsty Auchterlethen, the council's convener for communities, said 11 rest centres had opened and 64 people had used them overnight.",
                "Kirsty Auchterlethen",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We'd rather folk stayed warm with us than sat in a cold house,” she said.",
                "Kirsty Auchterlethen",
                "said",
                "",
            ),
        ],
        [
            (
                "Network Rail said a landslip at 04:50 had closed the West Highland Line between Crianlarich and Fort William.",
                "Network Rail",
                "said",
                "W",
            ),
            (
                "It said it did not expect to reopen the line before 12:00 on Friday.",
                "Network Rail",
                "said",
                "",
            ),
        ],
        [
            ("More on this story", "", "", "B"),
        ],
        [
            ("Orkney homes lose power as gales return", "", "", "B"),
        ],
        [
            ("2 days ago", "", "", "B"),
        ],
        [
            ("What is a weather bomb?", "", "", "B"),
        ],
        [
            ("3 December 2026", "", "", "B"),
        ],
        [
            ("Top Stories", "", "", "B"),
        ],
        [
            ("Glasgow subway strike called off after late pay offer", "", "", "B"),
        ],
        [
            ("Ministers set out income tax plans in draft budget", "", "", "B"),
        ],
        [
            (
                "Terms of Use · About Caolmhor · Privacy Policy · Cookies · Accessibility Help · Contact Us",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Caolmhor Broadcasting.", "", "", "B"),
            ("Caolmhor News is not responsible for the content of external sites.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SINGAPURA LEDGER", "", "", "B"),
        ],
        [
            ("Singapore  Asia  World  Opinion  Business  Life  Sport  Tech", "", "", "B"),
        ],
        [
            ("Subscribe for $0.99 in your first month", "", "", "B"),
        ],
        [
            ("Singapore › Courts & Crime", "", "", "B"),
        ],
        [
            (
                "Ex-property agent jailed 4 years 8 months for cheating 11 clients of $1.46 million",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Deepa Rajakumaran", "", "", "B"),
        ],
        [
            ("Court Correspondent", "", "", "B"),
        ],
        [
            ("Published Nov 24, 2026, 05:31 PM", "", "", "B"),
        ],
        [
            ("Updated Nov 24, 2026, 07:10 PM", "", "", "B"),
        ],
        [
            ("Gift this article  |  Listen  |  Save", "", "", "B"),
        ],
        [
            ("Phng Kok Hwan arriving at the State Courts on Nov 10.", "", "", ""),
        ],
        [
            ("PHOTO: LEDGER FILE", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – A former property agent who took $1.46 million in rental deposits and sale proceeds from 11 clients and spent most of it on online gambling was sentenced to four years and eight months' jail on Nov 24.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Phng Kok Hwan, 44, pleaded guilty to five counts of cheating and two of criminal breach of trust, with 14 other charges taken into consideration for sentencing.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He had been registered with the Council for Estate Agencies since 2013 and worked for an agency in Toa Payoh until he was suspended in March 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("You have 2 free articles left this month.", "", "", "B"),
            ("Subscribe now for unlimited access.", "", "", "B"),
        ],
        [
            (
                "Deputy Public Prosecutor Nadhirah Kamsanudin told the court that between June 2023 and January 2025, Phng asked clients to transfer deposits to his personal bank account instead of the agency's.",
                "Nadhirah Kamsanudin",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "She said he had repaid only $62,000, and that about $1.21 million had been lost on offshore betting websites.",
                "Nadhirah Kamsanudin",
                "said",
                "W",
            ),
            (
                "The largest single sum, $388,000, was the balance of a flat sale that a retired couple in Bishan never received, she said.",
                "Nadhirah Kamsanudin",
                "said",
                "W",
            ),
        ],
        [
            ("The prosecution sought a jail term of at least five years.", "", "", "W"),
        ],
        [
            (
                "Ms Nadhirah argued that Phng had abused the trust of clients who were selling their homes or moving house.",
                "Nadhirah Kamsanudin",
                "argued",
                "",
            ),
        ],
        [
            (
                "Defence lawyer Anand Veeraperumal said his client was “deeply ashamed” and had sought treatment for a gambling addiction after his arrest.",
                "Anand Veeraperumal",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Veeraperumal told the court that Phng had sold his car and a condominium unit in Sengkang to repay part of the money.",
                "Anand Veeraperumal",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "District Judge Kasthuri Sundralingam said the offences were “premeditated and sustained” over 19 months and called for a deterrent sentence.",
                "Kasthuri Sundralingam",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Members of the public must be able to hand money to a licensed agent without wondering whether it will ever reach its destination,” she said.",
                "Kasthuri Sundralingam",
                "said",
                "",
            ),
        ],
        [
            (
                "For each count of cheating, Phng could have been jailed for up to 10 years and fined.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Join the Ledger's WhatsApp channel and get the day's top stories.", "", "", "B"),
        ],
        [
            (
                "One of the tenants, Sharmila Ratnavelu, said outside court that she lost a $9,600 deposit in 2024 and had to borrow from her sister to pay for another flat.",
                "Sharmila Ratnavelu",
                "said",
                "",
            ),
        ],
        [
            (
                "“I only wanted to rent a flat near my mother's place.",
                "Sharmila Ratnavelu",
                "said",
                "",
            ),
            (
                "Now I check every single transfer three times,” she said.",
                "Sharmila Ratnavelu",
                "said",
                "",
            ),
        ],
        [
            (
                "The Council for Estate Agencies said Phng's registration was revoked in May 2025, and that it received 37 complaints about agents handling clients' money in 2025.",
                "The Council for Estate Agencies",
                "said",
                "W",
            ),
            (
                "Consumers should pay deposits only into the agency's account or through a lawyer, it said.",
                "The Council for Estate Agencies",
                "said",
                "",
            ),
        ],
        [
            ("Topics: Courts & crime  Property  Gambling", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Man jailed for faking tenancy agreements to claim $80,000 in rent", "", "", "B"),
        ],
        [
            ("Agents who mishandle clients' money face tougher penalties from 2027", "", "", "B"),
        ],
        [
            ("MORE FROM THE LEDGER", "", "", "B"),
        ],
        [
            ("Punggol residents say new bus link is too crowded", "", "", "B"),
        ],
        [
            ("Hawker centre in Bedok to close for six months of repairs", "", "", "B"),
        ],
        [
            (
                "Terms & Conditions | Data Protection Policy | Advertise | Contact Us | Help",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2026 Singapura Ledger Press Pte. Ltd.", "", "", "B"),
            ("Co. Regn. No. 199805412K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("SUARALAMAN", "", "", "B"),
        ],
        [
            ("Laman ini menggunakan kuki untuk memperbaiki pengalaman anda.", "", "", "B"),
            ("Dengan terus melayari, anda bersetuju dengan Dasar Privasi kami.", "", "", "B"),
        ],
        [
            ("SETUJU", "", "", "B"),
        ],
        [
            ("Berita  News  Bisnes  Sukan  Hiburan  Video  |  BM  EN", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Business", "", "", "B"),
        ],
        [
            ("Kencanatek to invest RM1.8 bil in second Kulim plant, 2,300 jobs", "", "", "W"),
        ],
        [
            ("Serantau Newswire", "", "", "B"),
        ],
        [
            ("Friday, 27 Nov 2026 3:46 PM MYT", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | Telegram | X", "", "", "B"),
        ],
        [
            (
                "KUALA LUMPUR, Nov 27 (Serantau) -- Chip packaging firm Kencanatek Semiconductor Bhd will spend RM1.8 billion on a second plant in Kulim, Kedah, creating about 2,300 jobs over five years, its group managing director Datuk Harizal Mokhzaniruddin said today.",
                "Harizal Mokhzaniruddin",
                "said",
                "W",
            ),
        ],
        [
            (
                "Harizal told a press conference here that the company signed a lease for 42 acres at the Kulim Hi-Tech Park on Wednesday.",
                "Harizal Mokhzaniruddin",
                "told",
                "W",
            ),
        ],
        [
            (
                "He said construction would begin in the first quarter of 2027, with the first production lines running in the second half of 2028.",
                "Harizal Mokhzaniruddin",
                "said",
                "",
            ),
        ],
        [
            (
                "“Our order book for advanced packaging has doubled since last year, and our Penang plant is running at 94 per cent of capacity,” he said.",
                "Harizal Mokhzaniruddin",
                "said",
                "W",
            ),
            (
                "“We simply have no more room there,” he added.",
                "Harizal Mokhzaniruddin",
                "added",
                "",
            ),
        ],
        [
            (
                "The new plant will have 460,000 square feet of clean-room space, more than twice the size of the Penang facility, according to the company's filing with the stock exchange.",
                "the company's filing with the stock exchange",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Harizal said the group was in talks with two European carmakers but declined to name them.",
                "Harizal Mokhzaniruddin",
                "said",
                "",
            ),
        ],
        [
            (
                "Kencanatek, which is listed on the Main Market of Bursa Malaysia, reported a net profit of RM214.6 million for the nine months to Sept 30, up 31.2 per cent from a year earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Its shares closed 12 sen higher at RM4.86 today, giving it a market value of about RM7.9 billion.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kedah state executive councillor for investment Azmirul Che Hanafiah, who attended the event, said the state had approved RM6.4 billion in manufacturing investments so far this year, against RM4.1 billion in the whole of 2025.",
                "Azmirul Che Hanafiah",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We want our young people to find good jobs here in Kedah instead of having to move to Penang or the Klang Valley,” he said.",
                "Azmirul Che Hanafiah",
                "said",
                "",
            ),
        ],
        [
            (
                "Analysts at Timur Sekuriti Research said in a note that the expansion could lift the group's earnings from 2029 but would weigh on its cash flow for the next two years.",
                "Analysts at Timur Sekuriti Research",
                "said in a note",
                "",
            ),
        ],
        [
            (
                "The research house has a “buy” call on the stock with a target price of RM5.40.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Malaysia's exports of electrical and electronic products rose 9.8 per cent to RM412.3 billion in the first 10 months of 2026, according to trade data released on Tuesday.",
                "trade data released on Tuesday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Thevanesan Arumugampillai, general secretary of the electronics workers' union in the northern region, said entry-level operators in Kulim earned about RM1,700 a month, the national minimum wage.",
                "Thevanesan Arumugampillai",
                "said",
                "W",
            ),
        ],
        [
            (
                "“These new jobs must pay enough for a family to live on, not just look good in a press release,” he said.",
                "Thevanesan Arumugampillai",
                "said",
                "",
            ),
        ],
        [
            (
                "The company employs 3,700 people at its plant in Bayan Lepas, Penang, where it packages chips for automotive and industrial customers.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("-- SERANTAU", "", "", "B"),
        ],
        [
            ("(Reporting by Farahdiba Zulkarnine; Editing by Kavitha Selvadurai)", "", "", "B"),
        ],
        [
            ("© Serantau Newswire 2026.", "", "", "B"),
            ("Republication without written permission is prohibited.", "", "", "B"),
        ],
        [
            ("Follow Suaralaman on Telegram for breaking news as it happens.", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Baca juga: Ringgit firms against US dollar on strong export data", "", "", "B"),
        ],
        [
            ("TRENDING", "", "", "B"),
        ],
        [
            ("1. Penang toll hike shelved after public outcry", "", "", "B"),
        ],
        [
            ("2. Flash floods close three roads in Kuantan", "", "", "B"),
        ],
        [
            ("3. Mixed doubles pair into World Tour Finals semis", "", "", "B"),
        ],
        [
            ("Tentang Kami | Hubungi Kami | Dasar Privasi | Terma Penggunaan", "", "", "B"),
        ],
        [
            ("© 2026 Suaralaman Digital Sdn. Bhd. (1412035-V).", "", "", "B"),
            ("Hak cipta terpelihara.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ADOMFO TIMES", "", "", "B"),
        ],
        [
            ("Monday, November 30, 2026 | E-Paper | Subscribe", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Business | Health | Sports | Features | Editorial",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            (
                "Cholera: 214 cases, six deaths recorded in Central Region fishing towns",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Outbreak has spread to a third district since it was confirmed on November 12",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Kwabena Appiahene, Cape Coast", "", "", "B"),
        ],
        [
            ("November 30, 2026  |  4 min read", "", "", "B"),
        ],
        [
            ("Share this: Facebook  X  WhatsApp  LinkedIn", "", "", "B"),
        ],
        [
            (
                "Health workers disinfect a drain at the Ekumfinaba landing beach on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Kwabena Appiahene/Adomfo Times", "", "", "B"),
        ],
        [
            (
                "The Central Regional Health Directorate has recorded 214 suspected cases of cholera and six deaths since the outbreak was confirmed at Ekumfinaba on November 12, the Regional Director of Health Services, Dr Efua Ankobrah-Sagoe, has said.",
                "Efua Ankobrah-Sagoe",
                "has said",
                "W",
            ),
        ],
        [
            (
                "Dr Ankobrah-Sagoe told The Adomfo Times on Sunday that 131 of the cases were in the Komenda-Edina-Eguafo-Abirem Municipality, 58 in the Cape Coast Metropolis and 25 in the Mfantseman Municipality.",
                "Efua Ankobrah-Sagoe",
                "told",
                "W",
            ),
        ],
        [
            (
                "She said 19 patients were still on admission, four of them children under five, while the rest had been treated and discharged.",
                "Efua Ankobrah-Sagoe",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The numbers are coming down slowly, but we are not out of the woods yet.",
                "Efua Ankobrah-Sagoe",
                "said",
                "",
            ),
            (
                "People must boil their water or buy sachet water with a valid FDA number,” she said.",
                "Efua Ankobrah-Sagoe",
                "said",
                "",
            ),
        ],
        [
            (
                "According to her, laboratory tests on 11 samples from hand-dug wells in Ekumfinaba found the cholera bacterium in seven of them.",
                "Efua Ankobrah-Sagoe",
                "According to",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The Municipal Chief Executive for Komenda-Edina-Eguafo-Abirem, Hon. Kofi Ewusie-Quansahene, said the assembly had closed 14 wells and banned the sale of cooked food at the Ekumfinaba landing beach until further notice.",
                "Kofi Ewusie-Quansahene",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the assembly had released GH¢180,000 for chlorine, water tanks and public education, and that a tanker was supplying the community twice a day.",
                "Kofi Ewusie-Quansahene",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are also asking our chiefs and the fishermen to help us enforce the ban,” he said.",
                "Kofi Ewusie-Quansahene",
                "said",
                "",
            ),
        ],
        [
            (
                "The assembly member for the Ekumfinaba electoral area, Paa Kwesi Gyepi-Amoakwah, said the community's only mechanised borehole had been broken since August, sending residents back to the wells.",
                "Paa Kwesi Gyepi-Amoakwah",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We reported it three times and nobody came,” he said.",
                "Paa Kwesi Gyepi-Amoakwah",
                "said",
                "",
            ),
        ],
        [
            (
                "Get Adomfo Times headlines on WhatsApp every morning: join our channel.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "At the landing beach, a fish trader, Araba Nketsiwaa, said her sales had collapsed since the outbreak.",
                "Araba Nketsiwaa",
                "said",
                "",
            ),
        ],
        [
            ("“Customers from Takoradi used to come every morning.", "Araba Nketsiwaa", "said", ""),
            (
                "Now when they hear Ekumfinaba, they turn back,” she said.",
                "Araba Nketsiwaa",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ghana Health Service said in a statement on Saturday that 1,460 cholera cases and 22 deaths had been recorded nationwide in 2026.",
                "The Ghana Health Service",
                "said",
                "W",
            ),
            (
                "It advised the public to wash their hands with soap under running water and to report to a health facility at once with watery diarrhoea.",
                "The Ghana Health Service",
                "advised",
                "",
            ),
        ],
        [
            ("The region's last outbreak, in 2019, recorded 86 cases and no deaths.", "", "", "W"),
        ],
        [
            ("RELATED ARTICLES", "", "", "B"),
        ],
        [
            ("Komenda hospital gets new oxygen plant", "", "", "B"),
        ],
        [
            ("Fishermen protest over premix fuel shortage in Elmina", "", "", "B"),
        ],
        [
            ("Cape Coast: Water supply to be cut for 48 hours for pipe repairs", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("Comment *  Name *  Email *", "", "", "B"),
        ],
        [
            ("Post Comment", "", "", "B"),
        ],
        [
            ("About Us  |  Advertise With Us  |  Privacy Policy  |  Contact", "", "", "B"),
        ],
        [
            ("Copyright 2026 Adomfo Publications Ltd.", "", "", "B"),
            ("Designed by Nsankyi Web Studio.", "", "", "B"),
        ],
    ],
    [
        [
            ("KYEYAGO ONLINE", "", "", "B"),
        ],
        [
            ("Your window on the Rwenzori region", "", "", "B"),
        ],
        [
            ("HOME  NEWS  EDUCATION  BUSINESS  SPORTS  OPINION  CONTACT", "", "", "B"),
        ],
        [
            ("Send us your story on WhatsApp: +256 772 000 418", "", "", "B"),
        ],
        [
            ("EDUCATION", "", "", "B"),
        ],
        [
            ("PLE 2026: Kabarole's first grades rise to 418 as more pupils sit exams", "", "", "W"),
        ],
        [
            ("Posted by Amooti Kabagorora-Nsenga | January 14, 2027 | 5:32 pm", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp", "", "", "B"),
        ],
        [
            (
                "FORT PORTAL – Kabarole District registered 418 pupils in Division One in the 2026 Primary Leaving Examinations (PLE), up from 301 the previous year, according to UNEB results released on Wednesday.",
                "UNEB results released on Wednesday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A total of 3,912 candidates sat the examinations in the district, 207 more than in 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The district's Division One count is its highest since 2019, when 389 pupils got first grades.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The District Education Officer, Mr Bonifance Tibanyendera, said 2,846 candidates passed in Divisions One to Three, while 214 were ungraded.",
                "Bonifance Tibanyendera",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tibanyendera told Kyeyago Online that the improvement followed weekend remedial lessons in 46 government-aided schools, paid for by the district at a cost of Shs84 million.",
                "Bonifance Tibanyendera",
                "told",
                "W",
            ),
        ],
        [
            (
                "“Our teachers gave up their Saturdays and it has paid off.",
                "Bonifance Tibanyendera",
                "said",
                "",
            ),
            (
                "But we still have schools in the hills where not a single child got a first grade, and that worries me,” he said.",
                "Bonifance Tibanyendera",
                "said",
                "",
            ),
        ],
        [
            (
                "Nyakabimba Girls' Primary School led the district with 61 of its 74 candidates in Division One.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The head teacher, Sr. Justine Kyomuhendoza, said the school had started preparing the candidates in Primary Six.",
                "Justine Kyomuhendoza",
                "said",
                "",
            ),
            (
                "“We pray with them, we feed them well and we keep them in school until 6 p.m. because many have no light at home,” she said.",
                "Justine Kyomuhendoza",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Nationally, UNEB executive director Dan Odongpiny said 812,463 candidates sat PLE in 2026 and 11.4 per cent of them passed in Division One.",
                "Dan Odongpiny",
                "said",
                "W",
            ),
        ],
        [
            (
                "He urged parents not to punish children who had not done well.",
                "Dan Odongpiny",
                "urged",
                "",
            ),
        ],
        [
            (
                "At Kagote, parent Ateenyi Businge-Rwakaikara said he had come to the school before dawn to check his daughter's result.",
                "Ateenyi Businge-Rwakaikara",
                "said",
                "",
            ),
        ],
        [
            ("“She got aggregate 9.", "Ateenyi Businge-Rwakaikara", "said", ""),
            (
                "I am taking her to the best secondary school I can afford,” he said.",
                "Ateenyi Businge-Rwakaikara",
                "said",
                "",
            ),
        ],
        [
            (
                "Fees at boarding secondary schools in Fort Portal range from Shs1.2 million to Shs2.8 million a term, a survey of 12 schools by Kyeyago Online found.",
                "a survey of 12 schools by Kyeyago Online",
                "found",
                "W",
            ),
        ],
        [
            ("Also read: Kabarole: 31 schools still without latrines, report shows", "", "", "B"),
        ],
        [
            ("Also read: Fort Portal city council passes Shs62bn budget", "", "", "B"),
        ],
        [
            ("Subscribe to our newsletter", "", "", "B"),
        ],
        [
            ("Enter your email address", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("Tags: Education  Kabarole  PLE 2026  UNEB", "", "", "B"),
        ],
        [
            ("2 Comments", "", "", "B"),
        ],
        [
            ("Kaahwa R. says:", "", "", "B"),
        ],
        [
            ("January 14, 2027 at 7:10 pm", "", "", "B"),
        ],
        [
            ("Congratulations to the teachers of Nyakabimba.", "", "", "B"),
            ("Hard work pays!", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("Ruhweza Kiiza says:", "", "", "B"),
        ],
        [
            ("January 14, 2027 at 8:45 pm", "", "", "B"),
        ],
        [
            ("What about the schools in Kibiito?", "", "", "B"),
            ("Nobody ever talks about them.", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            (
                "Kyeyago Online © 2027 | Fort Portal City, Uganda | Tel. +256 700 418 225",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("PRAIRIE LARK NEWS", "", "", "B"),
        ],
        [
            ("Brandon & Westman's local news", "", "", "B"),
        ],
        [
            ("-12°C Brandon, MB  |  Sign in", "", "", "B"),
        ],
        [
            (
                "Local News  Sports  Obituaries  Community  Agriculture  Classifieds  Contests",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL NEWS", "", "", "B"),
        ],
        [
            ("Brandon council passes 2027 budget with 4.2% tax hike", "", "", "W"),
        ],
        [
            ("Average homeowner will pay about $94 more next year", "", "", "W"),
        ],
        [
            ("Tyler Wiebeling, Local Journalism Initiative Reporter", "", "", "B"),
        ],
        [
            ("Tuesday, Dec. 8, 2026 at 6:05 a.m.", "", "", "B"),
        ],
        [
            ("Share · Post · Email · Print", "", "", "B"),
        ],
        [
            (
                "Coun. Lorelei Dzundza speaks during Monday's budget meeting at city hall.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Tyler Wiebeling/Prairie Lark News", "", "", "B"),
        ],
        [
            (
                "Brandon city council approved its 2027 operating budget on Monday night by a vote of 8-3, raising the municipal portion of property taxes by 4.2 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The increase will add about $94 a year to the tax bill of a home assessed at $310,000, director of finance Marc-André Pelchatte told council.",
                "Marc-André Pelchatte",
                "told council",
                "W",
            ),
        ],
        [
            (
                "The operating budget totals $148.6 million, up from $139.2 million this year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Pelchatte said $3.1 million of the increase came from a new collective agreement with the city's outside workers and $1.4 million from higher insurance premiums.",
                "Marc-André Pelchatte",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mayor Jeff Halvorsbakken said the city had cut $2.7 million from departments' first requests before the budget reached council.",
                "Jeff Halvorsbakken",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody around this table likes raising taxes, especially this year.",
                "Jeff Halvorsbakken",
                "said",
                "",
            ),
            (
                "But we are not going to let our roads and our water plant fall apart to keep a headline number down,” he said.",
                "Jeff Halvorsbakken",
                "said",
                "",
            ),
        ],
        [
            (
                "Ward 4 Coun. Lorelei Dzundza, who voted against, said the budget included $640,000 for a downtown parkade study that could have waited.",
                "Lorelei Dzundza",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Families in my ward are choosing between groceries and heat.",
                "Lorelei Dzundza",
                "said",
                "",
            ),
            (
                "I can't look them in the eye and tell them we needed a study,” she said.",
                "Lorelei Dzundza",
                "said",
                "",
            ),
        ],
        [
            ("Council rejected her amendment to delay the study by a year, 7-4.", "", "", "W"),
        ],
        [
            (
                "Coun. Ernie Szostakow and Coun. Priya Sandhugrewe also voted against the budget.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "During the delegation period, resident Shauna Kowalczykiw told council her tax bill had gone up by more than $400 in three years.",
                "Shauna Kowalczykiw",
                "told council",
                "",
            ),
        ],
        [
            (
                "Ravinder Sahotra, who heads the city's chamber of commerce, said business taxes would rise by 3.5 per cent, less than the residential increase, after council moved $410,000 from its tax stabilization reserve.",
                "Ravinder Sahotra",
                "said",
                "W",
            ),
        ],
        [
            ("He called the compromise “fair, if not painless.”", "Ravinder Sahotra", "called", ""),
        ],
        [
            (
                "The city's capital budget of $61.3 million, including $18 million toward the upgrade of the water treatment plant on Wheatfield Road, passed unanimously.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Council will debate water and sewer rates on Jan. 11.", "", "", ""),
            ("A public hearing on them is set for 7 p.m. on Jan. 18 at city hall.", "", "", ""),
        ],
        [
            ("— With files from Darlene Leier", "", "", "B"),
        ],
        [
            (
                "Tyler Wiebeling's reporting is funded through the Local Journalism Initiative.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Got a news tip?", "", "", "B"),
            ("Email news@prairielark.ca", "", "", "B"),
        ],
        [
            (
                "Sign up for the Lark's evening newsletter, delivered Monday to Friday at 5 p.m.",
                "",
                "",
                "B",
            ),
            ("Unsubscribe at any time.", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Brandon police budget to rise 6% in 2027", "", "", "B"),
        ],
        [
            ("Snow-clearing contract goes to Virden firm", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("To comment, please sign in or register.", "", "", "B"),
            ("Comments are moderated.", "", "", "B"),
        ],
        [
            ("About Us | Advertise | Contact | Terms of Use | Privacy", "", "", "B"),
        ],
        [
            ("© 2026 Prairie Lark Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Wirrawong Leader", "", "", "B"),
        ],
        [
            ("Subscribe now  |  Log in", "", "", "B"),
        ],
        [
            ("News  Sport  Community  Rural  Obituaries  Puzzles  Newsletters", "", "", "B"),
        ],
        [
            ("Sport › Local Sport", "", "", "B"),
        ],
        [
            ("Hawks end 19-year wait with 13-point grand final win over Saints", "", "", "W"),
        ],
        [
            (
                "Yerongalla's local kids do it for the town in front of a bumper Kelleridge Park crowd",
                "",
                "",
                "",
            ),
        ],
        [
            ("Sam Eltringham", "", "", "B"),
        ],
        [
            ("Updated September 13 2026 - 4:30pm, first published 7:15am", "", "", "B"),
        ],
        [
            ("Share  |  Comment", "", "", "B"),
        ],
        [
            ("Subscriber only", "", "", "B"),
        ],
        [
            (
                "Yerongalla players celebrate on the siren at Kelleridge Park on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture by Sam Eltringham", "", "", "B"),
        ],
        [
            (
                "YERONGALLA has won its first Bidgee Plains Football Netball League premiership since 2007, beating Mundawarra by 13 points in front of 6,214 people at Kelleridge Park on Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Hawks trailed by five points at half-time but kicked four goals to one in the third quarter to take control.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Midfielder Jhye Stirlingham kicked four goals and was awarded the Col Pendragonne Medal as best on ground.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Stirlingham said he had barely slept on Friday night.",
                "Jhye Stirlingham",
                "said",
                "",
            ),
        ],
        [
            (
                "“I was lying there at 2am thinking about the first bounce.",
                "Jhye Stirlingham",
                "said",
                "",
            ),
            ("Then today it all just sort of happened,” he said.", "Jhye Stirlingham", "said", ""),
        ],
        [
            (
                "Coach Brodie Thirlwaite, in his second season, said the club had lost 11 senior players to clubs in Wagga and Canberra after the 2024 season.",
                "Brodie Thirlwaite",
                "said",
                "W",
            ),
        ],
        [
            ("“People wrote us off.", "Brodie Thirlwaite", "said", ""),
            (
                "These boys are all local kids and they did it for this town,” Thirlwaite said.",
                "Brodie Thirlwaite",
                "said",
                "",
            ),
        ],
        [
            (
                "Mundawarra, the minor premiers, had beaten Yerongalla twice during the home-and-away season, by 31 and 22 points.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Saints coach Matt Dunkirkby-Ross said his side lost ruckman Tom Gadsbury to a knee injury midway through the second quarter.",
                "Matt Dunkirkby-Ross",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We just couldn't get our hands on the footy after that,” he said.",
                "Matt Dunkirkby-Ross",
                "said",
                "",
            ),
        ],
        [
            (
                "League president Denise Warburtonne said gate takings of $58,400 were a record for the league.",
                "Denise Warburtonne",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the league would ask the council to upgrade the oval's lights before next season.",
                "Denise Warburtonne",
                "said",
                "",
            ),
        ],
        [
            ("In the A-grade netball grand final, Mundawarra beat Yerongalla 51-44.", "", "", "W"),
        ],
        [
            (
                "Get the latest local sport results delivered to your inbox every Monday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("GRAND FINAL", "", "", "B"),
        ],
        [
            ("YERONGALLA 2.3 5.5 9.7 12.9 (81)", "", "", ""),
        ],
        [
            ("MUNDAWARRA 3.1 6.4 7.6 10.8 (68)", "", "", ""),
        ],
        [
            ("GOALS", "", "", "B"),
        ],
        [
            (
                "Yerongalla: J. Stirlingham 4, T. Rangiwahia-Brice 3, M. Ostrzycki 2, L. Fenneroy, C. Bamblett-Yorke, R. Dwyerton.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Mundawarra: K. Tramberry 5, D. Pakurangi 2, S. Mullavey, B. Trezona-Holt, A. Crennan.",
                "",
                "",
                "",
            ),
        ],
        [
            ("BEST", "", "", "B"),
        ],
        [
            (
                "Yerongalla: J. Stirlingham, L. Fenneroy, T. Rangiwahia-Brice, R. Dwyerton.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Mundawarra: K. Tramberry, S. Mullavey, B. Trezona-Holt.", "", "", ""),
        ],
        [
            ("More from Sport", "", "", "B"),
        ],
        [
            ("Riverina cricket: Bulls pile on 6-312 in season opener", "", "", "B"),
        ],
        [
            ("Netball: Saints juniors win under-15 flag", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Our commenting guidelines", "", "", "B"),
        ],
        [
            ("Please sign in to comment.", "", "", "B"),
        ],
        [
            (
                "About us · Contact us · Advertise · Terms of use · Privacy policy · Conditions of subscription",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Wirrawong Leader Pty Ltd.", "", "", "B"),
            ("Proudly printed and published in the Riverina.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE TAMARIND GAZETTE", "", "", "B"),
        ],
        [
            ("Saturday, December 5, 2026  ·  E-Paper  ·  Classifieds  ·  Obituaries", "", "", "B"),
        ],
        [
            ("NEWS  |  SPORT  |  BUSINESS  |  ENTERTAINMENT  |  LETTERS  |  VIDEO", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Four guns, 312 rounds seized in Couva raid; three held", "", "", "W"),
        ],
        [
            ("Shaniqua Bartholemew-Govia", "", "", "B"),
        ],
        [
            ("Saturday 5 December 2026", "", "", "B"),
        ],
        [
            ("Share on Facebook  ·  Share on WhatsApp  ·  Share on X", "", "", "B"),
        ],
        [
            (
                "Police officers with the guns and ammunition seized at a house in Mon Reveille Village, Couva, on Friday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("PHOTO COURTESY TTPS", "", "", "B"),
        ],
        [
            (
                "FOUR firearms, 312 rounds of ammunition and 1.6 kilogrammes of marijuana were seized during an early-morning raid at a house in Mon Reveille Village, Couva, on Friday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Three men, aged 19, 23 and 31, were arrested at the scene.", "", "", "W"),
        ],
        [
            (
                "Snr Supt Kerwin Baptisteau, head of the Central Division, said officers entered the house just after 4.30 am with a search warrant.",
                "Kerwin Baptisteau",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said two of the guns, a Glock pistol and an AR-15-style rifle, were found in a water tank behind the house, and the ammunition in a barrel in the yard.",
                "Kerwin Baptisteau",
                "said",
                "W",
            ),
        ],
        [
            (
                "Both weapons have been sent to the Forensic Science Centre for ballistic testing, he said.",
                "Kerwin Baptisteau",
                "said",
                "W",
            ),
            (
                "“We want to know if these guns were used in any of the shootings in Central this year.",
                "Kerwin Baptisteau",
                "said",
                "",
            ),
            ("That is the first question,” Baptisteau said.", "Kerwin Baptisteau", "said", ""),
        ],
        [
            (
                "The Trinidad and Tobago Police Service said in a release that 214 illegal firearms had been seized in the Central Division in 2026, compared with 176 last year.",
                "The Trinidad and Tobago Police Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "The country's murder toll stood at 512 on Friday, compared with 568 at the same time last year, according to police data.",
                "police data",
                "according to",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Marcia Boissiere, who lives two houses away, said she woke up to shouting and flashlights in the street.",
                "Marcia Boissiere",
                "said",
                "",
            ),
        ],
        [
            (
                "“Eleven years I living here and I never see nothing like this.",
                "Marcia Boissiere",
                "said",
                "",
            ),
            ("My grandchildren was frighten.", "Marcia Boissiere", "said", ""),
            ("I just want some peace in this road,” she said.", "Marcia Boissiere", "said", ""),
        ],
        [
            (
                "Couva North MP Ravindra Sookhai-Ramdin said the area's police post had been without a working vehicle since September.",
                "Ravindra Sookhai-Ramdin",
                "said",
                "W",
            ),
        ],
        [
            (
                "“You cannot fight crime with officers walking,” he said.",
                "Ravindra Sookhai-Ramdin",
                "said",
                "",
            ),
        ],
        [
            (
                "Anyone with information is asked to call 999 or 555, or contact the Couva Police Station.",
                "",
                "",
                "",
            ),
            ("All calls will be treated in confidence.", "", "", ""),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Man, 27, shot dead outside bar in Chaguanas", "", "", "B"),
        ],
        [
            ("Police: Fewer murders, but more guns on the street", "", "", "B"),
        ],
        [
            (
                "Get the Gazette on your phone: download our app from the App Store or Google Play.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("COMMENTS", "", "", "B"),
        ],
        [
            ("The Tamarind Gazette welcomes comments.", "", "", "B"),
            ("Comments that are abusive, defamatory or off-topic will be removed.", "", "", "B"),
        ],
        [
            ("Log in to comment", "", "", "B"),
        ],
        [
            ("Contact  ·  Advertise  ·  Subscriptions  ·  Privacy  ·  Terms", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Tamarind Gazette Co. Ltd.", "", "", "B"),
            ("Port of Spain, Trinidad and Tobago.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Kelani Observer", "", "", "B"),
        ],
        [
            ("Wednesday, 18 November 2026  |  Colombo 31°C", "", "", "B"),
        ],
        [
            (
                "Home | Front Page | News | Business | Opinion | Sports | Features | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("BREAKING: Fuel prices unchanged for December, CPC says", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            ("Budget 2027 passes second reading with 94-vote majority", "", "", "W"),
        ],
        [
            ("By Dilrukshi Amarakoonge", "", "", "B"),
        ],
        [
            ("Our Lobby Correspondent", "", "", "B"),
        ],
        [
            ("Wednesday, 18 November 2026 02:10 AM", "", "", "B"),
        ],
        [
            ("Share  |  Tweet  |  WhatsApp  |  Print", "", "", "B"),
        ],
        [
            (
                "The Appropriation Bill for 2027 passed its second reading in Parliament yesterday with 151 votes in favour and 57 against, a majority of 94.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sixteen MPs were absent when the vote was taken at 6.05 p.m. after seven days of debate.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Budget proposes total expenditure of Rs. 5,214 billion and aims to bring the deficit down to 5.3 per cent of GDP, from 6.1 per cent this year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Debt service payments are estimated at Rs. 2,690 billion, the largest single item of spending.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Winding up the debate, Deputy Minister of Finance Chaminda Wickramasuriyage said government revenue had risen by 18 per cent in the first nine months of 2026.",
                "Chaminda Wickramasuriyage",
                "said",
                "W",
            ),
        ],
        [
            ("“We did not come here to promise the moon.", "Chaminda Wickramasuriyage", "said", ""),
            (
                "We came to balance the books and protect the poorest, and this Budget does both,” he said.",
                "Chaminda Wickramasuriyage",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the allocation for the welfare payment scheme had been increased to Rs. 232 billion, covering 1.9 million families.",
                "Chaminda Wickramasuriyage",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition MP S.M. Thusitha Gunapalawardene said the Budget raised VAT on 14 more items, including school exercise books.",
                "S.M. Thusitha Gunapalawardene",
                "said",
                "W",
            ),
        ],
        [
            ("“Who will pay for this?", "S.M. Thusitha Gunapalawardene", "asked", ""),
            (
                "The same parents who are already skipping meals?” he asked.",
                "S.M. Thusitha Gunapalawardene",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Committee Stage debate will begin today and continue for 19 days, with the third reading vote scheduled for December 11.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Dr. Ruvini Senarathkoon, an economist at the Kotte Institute of Public Finance, said the revenue target of Rs. 4,380 billion was 22 per cent above this year's expected collection.",
                "Ruvini Senarathkoon",
                "said",
                "W",
            ),
        ],
        [
            ("“It is ambitious.", "Ruvini Senarathkoon", "said", ""),
            (
                "If collection slips by even a few per cent, the deficit target goes with it,” she said.",
                "Ruvini Senarathkoon",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Two government MPs, Mr. Lasantha Dissamaduwage of Galle District and Ms. Nilmini Wanigasekarage of Kurunegala District, voted with the Opposition.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The party's general secretary said their conduct would be examined by its disciplinary committee.",
                "The party's general secretary",
                "said",
                "",
            ),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            (
                "Comments will be edited (grammar, spelling and slang) and authorized at the discretion of The Kelani Observer website administration.",
                "",
                "",
                "B",
            ),
            ("The website reserves the right to reject any comment.", "", "", "B"),
        ],
        [
            ("Name", "", "", "B"),
        ],
        [
            ("Email", "", "", "B"),
        ],
        [
            ("Submit", "", "", "B"),
        ],
        [
            ("Latest News", "", "", "B"),
        ],
        [
            ("Kandy water supply to be cut for 12 hours on Friday", "", "", "B"),
        ],
        [
            ("Police warn of fake job offers from abroad", "", "", "B"),
        ],
        [
            ("Tea prices ease at Colombo auction", "", "", "B"),
        ],
        [
            ("Follow us: Facebook | YouTube | X | Instagram", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Kelani Newspapers (Pvt) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("GRIGAL TODAY", "", "", "B"),
        ],
        [
            ("We use cookies to give you the best experience on our website.", "", "", "B"),
            ("If you continue, we'll assume you're happy with it.", "", "", "B"),
        ],
        [
            ("OK  |  Read more", "", "", "B"),
        ],
        [
            ("Support independent journalism in Malta – from €1 a month", "", "", "B"),
        ],
        [
            ("Local  Politics  Business  Environment  Courts  Sport  Opinion", "", "", "B"),
        ],
        [
            ("Local", "", "", "B"),
        ],
        [
            (
                "Planning board approves 14-storey St Julian's hotel despite 1,870 objections",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Nicola Vassallini-Bonnicard", "", "", "B"),
        ],
        [
            ("Friday, 20 November 2026, 13:27", "", "", "B"),
        ],
        [
            ("Last updated about 3 hours ago", "", "", "B"),
        ],
        [
            ("Listen to this article", "", "", "B"),
        ],
        [
            ("Facebook · X · WhatsApp · Email", "", "", "B"),
        ],
        [
            (
                "The Planning Authority board on Friday approved a 14-storey hotel with 312 rooms on the site of a 1970s guesthouse in St Julian's, by nine votes to four.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The application, PA/04418/25, had drawn 1,870 objections from residents, the local council and environmental groups.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Environment and Resources Authority had also objected, saying the building would cast the neighbouring public garden into shade for most of the winter.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The developer, Vittoriosa Heights Hospitality Ltd., will pay a planning gain contribution of €1.4 million towards the upgrading of the St Julian's seafront.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Architect Karl Xerriha, who presented the project, told the board that the building had been reduced from 17 storeys to 14 after the first round of consultation.",
                "Karl Xerriha",
                "told the board",
                "W",
            ),
        ],
        [
            (
                "“This is a good project for the area and it will bring quality tourism,” he said.",
                "Karl Xerriha",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the hotel would create about 220 jobs once it opens.",
                "Karl Xerriha",
                "said",
                "",
            ),
        ],
        [
            (
                "The environmental group Moviment Bajja Ħajja said it would appeal the decision before the Environment and Planning Review Tribunal within the 30 days allowed by law.",
                "Moviment Bajja Ħajja",
                "said",
                "",
            ),
        ],
        [
            (
                "Its coordinator, Roberta Saydonne, said the board had ignored a shadow study showing the garden would be in shade from 1 p.m. between November and February.",
                "Roberta Saydonne",
                "said",
                "W",
            ),
            ("“What good is a garden without sun?", "Roberta Saydonne", "said", ""),
            (
                "The board has decided that a hotel's view matters more than the children who play there,” she said.",
                "Roberta Saydonne",
                "said",
                "",
            ),
        ],
        [
            (
                "St Julian's mayor Clint Azzopardelli said the locality already had 41 hotels and more than 3,000 short-let units.",
                "Clint Azzopardelli",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are not against tourism, but our streets cannot take any more traffic,” he said.",
                "Clint Azzopardelli",
                "said",
                "",
            ),
        ],
        [
            ("Read also: Gozo ferries to add extra trips for Christmas", "", "", "B"),
        ],
        [
            ("Read also: Court hears how crane collapsed in Msida", "", "", "B"),
        ],
        [
            (
                "Two of the board's members, the government representative and a member nominated by the opposition, declared an interest and did not take part in the vote.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The permit is expected to be published in the Government Gazette next week.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Get the morning Grigal briefing in your inbox.", "", "", "B"),
        ],
        [
            ("Your email  |  Sign up", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Comments on this article are the sole responsibility of their authors.", "", "", "B"),
            ("Grigal Today reserves the right to remove any comment without notice.", "", "", "B"),
        ],
        [
            ("12 comments", "", "", "B"),
        ],
        [
            ("Sort by: Newest", "", "", "B"),
        ],
        [
            (
                "About · Contact · Advertise · Privacy Policy · Cookie Policy · Editorial Code",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Grigal Media Ltd. (C 81422).", "", "", "B"),
            ("Registered office: 14, Triq il-Merkanti, Valletta.", "", "", "B"),
        ],
    ],
    [
        [
            ("KXQJ 7 Ozarks", "", "", "B"),
        ],
        [
            ("Watch Live  |  Weather Alerts (3)  |  Closings", "", "", "B"),
        ],
        [
            ("News  Weather  Traffic  Sports  Community  Video", "", "", "B"),
        ],
        [
            ("WEATHER", "", "", "B"),
        ],
        [
            (
                "Ice storm leaves 41,000 without power across Ozarks; dozens of crashes on I-44",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Author: Kelsey Vanderhorst", "", "", "B"),
        ],
        [
            ("Published: 5:48 AM CST December 15, 2026", "", "", "B"),
        ],
        [
            ("Updated: 12:36 PM CST December 15, 2026", "", "", "B"),
        ],
        [
            ("Now Playing", "", "", "B"),
        ],
        [
            ("Ice brings down limbs and power lines in south Springfield", "", "", ""),
        ],
        [
            ("2:31", "", "", "B"),
        ],
        [
            ("Up Next", "", "", "B"),
        ],
        [
            ("First Alert Forecast: Roads refreeze tonight", "", "", "B"),
        ],
        [
            (
                "SPRINGFIELD, Mo. — Freezing rain coated much of southwest Missouri in up to half an inch of ice overnight, the National Weather Service in Springfield said Tuesday morning.",
                "the National Weather Service in Springfield",
                "said",
                "W",
            ),
        ],
        [
            (
                "About 41,000 homes and businesses were without power at 11 a.m., most of them in Greene, Christian and Webster counties.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ozark Sumacvale Electric Cooperative spokesperson Darla Pennebacker said 126 poles had been broken, more than in the 2022 ice storm.",
                "Darla Pennebacker",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Our crews have been out since 2 a.m. and we have help coming from three other co-ops.",
                "Darla Pennebacker",
                "said",
                "",
            ),
            (
                "Some of our members in the rural areas should be ready to be without power for several days,” she said.",
                "Darla Pennebacker",
                "said",
                "",
            ),
        ],
        [
            (
                "Sgt. Cody Ruebelmann of the Missouri State Highway Patrol said troopers had responded to 87 crashes in Troop D since midnight, including a 14-vehicle pileup on I-44 near Strafford.",
                "Cody Ruebelmann",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said four people were taken to hospitals with injuries that were not life-threatening.",
                "Cody Ruebelmann",
                "said",
                "W",
            ),
        ],
        [
            (
                "“If you don't have to be out, please stay home,” Ruebelmann said.",
                "Cody Ruebelmann",
                "said",
                "",
            ),
        ],
        [
            (
                "Springfield Public Schools and 23 other districts canceled classes for Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Travis Oberhelm, director of the county's Office of Emergency Management, said a warming center opened at 7 a.m. at the Willard Street community center and had 38 people by noon.",
                "Travis Oberhelm",
                "said",
                "W",
            ),
        ],
        [
            (
                "KXQJ chief meteorologist Chase Brinkerhoffe said the airport recorded 0.42 inches of ice, the most there since January 2007.",
                "Chase Brinkerhoffe",
                "said",
                "W",
            ),
            (
                "Temperatures will climb above freezing for a few hours Wednesday afternoon, he said.",
                "Chase Brinkerhoffe",
                "said",
                "",
            ),
            (
                "Anything that melts will refreeze by Wednesday night, and bridges and overpasses will stay slick, he added.",
                "Chase Brinkerhoffe",
                "added",
                "",
            ),
        ],
        [
            (
                "In Nixa, Wanda Sixkiller said a limb from her neighbor's oak came through her carport at about 3 a.m.",
                "Wanda Sixkiller",
                "said",
                "",
            ),
        ],
        [
            ("“It sounded like a shotgun going off,” she said.", "Wanda Sixkiller", "said", ""),
        ],
        [
            ("Check our Closings page for the latest school and business closures.", "", "", "B"),
        ],
        [
            ("Download the KXQJ 7 First Alert Weather app for live radar and alerts.", "", "", "B"),
        ],
        [
            ("RELATED ARTICLES", "", "", "B"),
        ],
        [
            ("How to stay safe if your power goes out in freezing weather", "", "", "B"),
        ],
        [
            ("Photos: Ice coats the Ozarks", "", "", "B"),
        ],
        [
            ("Trending on kxqj7.com", "", "", "B"),
        ],
        [
            ("Springfield council delays vote on downtown parking rates", "", "", "B"),
        ],
        [
            ("High school hoops: Nixa edges Ozark in overtime", "", "", "B"),
        ],
        [
            (
                "About Us | Contact Us | Jobs at KXQJ | EEO Report | Public Inspection File | Closed Captioning",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Do Not Sell or Share My Personal Information", "", "", "B"),
        ],
        [
            ("© 2026 Ozark Highcrest Broadcasting, LLC.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h73-en-79-asked",
        "“I'm 79 and I don't drive. What am I supposed to do, walk four miles to the surgery in January?” she asked.",
        [
            "“I'm 79 and I don't drive.",
            "What am I supposed to do, walk four miles to the surgery in January?” she asked.",
        ],
    ),
    (
        "h73-en-tms-it-said",
        "Tenterby Motor Services, which runs 212 buses from depots in Holmeridge and Holmbrigg, said no drivers would lose their jobs. Staff on the affected routes will be offered shifts elsewhere on the network, it said.",
        [
            "Tenterby Motor Services, which runs 212 buses from depots in Holmeridge and Holmbrigg, said no drivers would lose their jobs.",
            "Staff on the affected routes will be offered shifts elsewhere on the network, it said.",
        ],
    ),
    (
        "h73-en-email-desk",
        "Do you rely on one of these routes? Tell us at news.desk@holmeridgereporter.co.uk or message us on 07700 900418.",
        [
            "Do you rely on one of these routes?",
            "Tell us at news.desk@holmeridgereporter.co.uk or message us on 07700 900418.",
        ],
    ),
    (
        "h73-en-ltd-2026",
        "© Holmeridge Newspapers Ltd. 2026, Fuller's Yard, Holmeridge. All rights reserved.",
        ["© Holmeridge Newspapers Ltd. 2026, Fuller's Yard, Holmeridge.", "All rights reserved."],
    ),
    (
        "h73-sc-minch-he-said",
        "“Safety has to come first, and nobody will thank us for putting a ship across the Minch in this,” he said. He said crews would look at conditions again at first light on Friday.",
        [
            "“Safety has to come first, and nobody will thank us for putting a ship across the Minch in this,” he said.",
            "He said crews would look at conditions again at first light on Friday.",
        ],
    ),
    (
        "h73-sc-network-three",
        "A Glaschoille Networks spokeswoman said 23,140 properties were without power at 10:00, most of them on Skye, in Lochaber and on Mull. She said 31,800 customers had been reconnected since the storm arrived late on Wednesday. Engineers would not go up poles while gusts were above 60mph, she said.",
        [
            "A Glaschoille Networks spokeswoman said 23,140 properties were without power at 10:00, most of them on Skye, in Lochaber and on Mull.",
            "She said 31,800 customers had been reconnected since the storm arrived late on Wednesday.",
            "Engineers would not go up poles while gusts were above 60mph, she said.",
        ],
    ),
    (
        "h73-sc-40-years",
        "“I've lived here 40 years and I've not heard it like that. The whole house was shaking at four o'clock this morning,” he said.",
        [
            "“I've lived here 40 years and I've not heard it like that.",
            "The whole house was shaking at four o'clock this morning,” he said.",
        ],
    ),
    (
        "h73-sc-copyright",
        "© 2026 Caolmhor Broadcasting. Caolmhor News is not responsible for the content of external sites.",
        [
            "© 2026 Caolmhor Broadcasting.",
            "Caolmhor News is not responsible for the content of external sites.",
        ],
    ),
    (
        "h73-sg-388-she-said",
        "She said he had repaid only $62,000, and that about $1.21 million had been lost on offshore betting websites. The largest single sum, $388,000, was the balance of a flat sale that a retired couple in Bishan never received, she said.",
        [
            "She said he had repaid only $62,000, and that about $1.21 million had been lost on offshore betting websites.",
            "The largest single sum, $388,000, was the balance of a flat sale that a retired couple in Bishan never received, she said.",
        ],
    ),
    (
        "h73-sg-pte-regn",
        "Copyright © 2026 Singapura Ledger Press Pte. Ltd. Co. Regn. No. 199805412K. All rights reserved.",
        [
            "Copyright © 2026 Singapura Ledger Press Pte. Ltd.",
            "Co. Regn. No. 199805412K.",
            "All rights reserved.",
        ],
    ),
    (
        "h73-my-said-added",
        "“Our order book for advanced packaging has doubled since last year, and our Penang plant is running at 94 per cent of capacity,” he said. “We simply have no more room there,” he added.",
        [
            "“Our order book for advanced packaging has doubled since last year, and our Penang plant is running at 94 per cent of capacity,” he said.",
            "“We simply have no more room there,” he added.",
        ],
    ),
    (
        "h73-my-wire-republish",
        "© Serantau Newswire 2026. Republication without written permission is prohibited.",
        ["© Serantau Newswire 2026.", "Republication without written permission is prohibited."],
    ),
    (
        "h73-my-sdn-bhd",
        "© 2026 Suaralaman Digital Sdn. Bhd. (1412035-V). Hak cipta terpelihara.",
        ["© 2026 Suaralaman Digital Sdn. Bhd. (1412035-V).", "Hak cipta terpelihara."],
    ),
    (
        "h73-gh-woods-fda",
        "“The numbers are coming down slowly, but we are not out of the woods yet. People must boil their water or buy sachet water with a valid FDA number,” she said.",
        [
            "“The numbers are coming down slowly, but we are not out of the woods yet.",
            "People must boil their water or buy sachet water with a valid FDA number,” she said.",
        ],
    ),
    (
        "h73-gh-reply-fields",
        "Your email address will not be published. Required fields are marked *",
        ["Your email address will not be published.", "Required fields are marked *"],
    ),
    (
        "h73-ug-sr-6pm",
        "The head teacher, Sr. Justine Kyomuhendoza, said the school had started preparing the candidates in Primary Six. “We pray with them, we feed them well and we keep them in school until 6 p.m. because many have no light at home,” she said.",
        [
            "The head teacher, Sr. Justine Kyomuhendoza, said the school had started preparing the candidates in Primary Six.",
            "“We pray with them, we feed them well and we keep them in school until 6 p.m. because many have no light at home,” she said.",
        ],
    ),
    (
        "h73-ug-aggregate",
        "“She got aggregate 9. I am taking her to the best secondary school I can afford,” he said.",
        [
            "“She got aggregate 9.",
            "I am taking her to the best secondary school I can afford,” he said.",
        ],
    ),
    (
        "h73-ca-jan11",
        "Council will debate water and sewer rates on Jan. 11. A public hearing on them is set for 7 p.m. on Jan. 18 at city hall.",
        [
            "Council will debate water and sewer rates on Jan. 11.",
            "A public hearing on them is set for 7 p.m. on Jan. 18 at city hall.",
        ],
    ),
    (
        "h73-ca-5pm-unsub",
        "Sign up for the Lark's evening newsletter, delivered Monday to Friday at 5 p.m. Unsubscribe at any time.",
        [
            "Sign up for the Lark's evening newsletter, delivered Monday to Friday at 5 p.m.",
            "Unsubscribe at any time.",
        ],
    ),
    (
        "h73-au-2am-bounce",
        "“I was lying there at 2am thinking about the first bounce. Then today it all just sort of happened,” he said.",
        [
            "“I was lying there at 2am thinking about the first bounce.",
            "Then today it all just sort of happened,” he said.",
        ],
    ),
    (
        "h73-au-pty-ltd",
        "© 2026 Wirrawong Leader Pty Ltd. Proudly printed and published in the Riverina.",
        ["© 2026 Wirrawong Leader Pty Ltd.", "Proudly printed and published in the Riverina."],
    ),
    (
        "h73-tt-ballistic",
        "Both weapons have been sent to the Forensic Science Centre for ballistic testing, he said. “We want to know if these guns were used in any of the shootings in Central this year. That is the first question,” Baptisteau said.",
        [
            "Both weapons have been sent to the Forensic Science Centre for ballistic testing, he said.",
            "“We want to know if these guns were used in any of the shootings in Central this year.",
            "That is the first question,” Baptisteau said.",
        ],
    ),
    (
        "h73-tt-years-here",
        "“Eleven years I living here and I never see nothing like this. My grandchildren was frighten. I just want some peace in this road,” she said.",
        [
            "“Eleven years I living here and I never see nothing like this.",
            "My grandchildren was frighten.",
            "I just want some peace in this road,” she said.",
        ],
    ),
    (
        "h73-lk-who-pays",
        "“Who will pay for this? The same parents who are already skipping meals?” he asked.",
        ["“Who will pay for this?", "The same parents who are already skipping meals?” he asked."],
    ),
    (
        "h73-lk-comments-edit",
        "Comments will be edited (grammar, spelling and slang) and authorized at the discretion of The Kelani Observer website administration. The website reserves the right to reject any comment.",
        [
            "Comments will be edited (grammar, spelling and slang) and authorized at the discretion of The Kelani Observer website administration.",
            "The website reserves the right to reject any comment.",
        ],
    ),
    (
        "h73-mt-shade",
        "Its coordinator, Roberta Saydonne, said the board had ignored a shadow study showing the garden would be in shade from 1 p.m. between November and February. “What good is a garden without sun? The board has decided that a hotel's view matters more than the children who play there,” she said.",
        [
            "Its coordinator, Roberta Saydonne, said the board had ignored a shadow study showing the garden would be in shade from 1 p.m. between November and February.",
            "“What good is a garden without sun?",
            "The board has decided that a hotel's view matters more than the children who play there,” she said.",
        ],
    ),
    (
        "h73-mt-ltd-c",
        "© 2026 Grigal Media Ltd. (C 81422). Registered office: 14, Triq il-Merkanti, Valletta.",
        [
            "© 2026 Grigal Media Ltd. (C 81422).",
            "Registered office: 14, Triq il-Merkanti, Valletta.",
        ],
    ),
    (
        "h73-us-crews-days",
        "“Our crews have been out since 2 a.m. and we have help coming from three other co-ops. Some of our members in the rural areas should be ready to be without power for several days,” she said.",
        [
            "“Our crews have been out since 2 a.m. and we have help coming from three other co-ops.",
            "Some of our members in the rural areas should be ready to be without power for several days,” she said.",
        ],
    ),
    (
        "h73-us-chief-met",
        "KXQJ chief meteorologist Chase Brinkerhoffe said the airport recorded 0.42 inches of ice, the most there since January 2007. Temperatures will climb above freezing for a few hours Wednesday afternoon, he said. Anything that melts will refreeze by Wednesday night, and bridges and overpasses will stay slick, he added.",
        [
            "KXQJ chief meteorologist Chase Brinkerhoffe said the airport recorded 0.42 inches of ice, the most there since January 2007.",
            "Temperatures will climb above freezing for a few hours Wednesday afternoon, he said.",
            "Anything that melts will refreeze by Wednesday night, and bridges and overpasses will stay slick, he added.",
        ],
    ),
    (
        "h73-us-llc-copyright",
        "© 2026 Ozark Highcrest Broadcasting, LLC. All Rights Reserved.",
        ["© 2026 Ozark Highcrest Broadcasting, LLC.", "All Rights Reserved."],
    ),
]
