"""Hundred-and-thirty-fourth set of new hand-labelled pages for the hint engines (tuning set, round fifty-one):
twelve WHOLE pages of ordinary news from twelve countries, pasted from PHONES and APPS, where the
page furniture arrives mangled. Five come from a phone browser, four from an app's share sheet, two
from a newsletter's web view and one from an AMP/lite page. The pages: a Canadian public
broadcaster's Manitoba page (phone; Winnipeg's transit fare app down for nearly nine hours, 14,000
fares refunded, a $6.8 million contract), an Irish tabloid's Kerry page (phone; a village post
office closes after 131 years, 236 pensioners), a Nigerian wire agency app (share sheet; a dam
release floods 14 Ogun State communities, 3,200 displaced, 612 houses), an Indian business daily's
markets page (phone; onion wholesale prices up 62% to ₹4,850 a quintal), an Australian regional
daily's app (share sheet; a record 1,140 patients wait over 24 hours in a Tasmanian emergency
department), a South African business daily's morning newsletter (web view; a parts maker cuts 420
of 1,310 jobs in the Eastern Cape), a Philippine broadsheet's regions page (phone; dengue up 140
percent in a Bulacan city, four dead, 1,876 cases), a Scottish regional daily's local page (phone;
bins emptied every three weeks after an 18-14 vote, £1.2m saved), a Jamaican daily's AMP/lite page
(41 students treated after a gas leak in St Catherine), a Malaysian sports app (share sheet; a
Liga Super club barred from registering players over RM1.64 million in unpaid wages), a United
States local TV app (share sheet; an Oklahoma highway bridge closes for 14 months, $38.4 million)
and a New Zealand public broadcaster's evening newsletter (web view; a council's rates newsletter
prints a 14.9 percent rise as 4.9 percent).

What is hard is the furniture that phones and apps mangle, and the story text that looks like it.
Furniture ("B"): labels glued to each other ("ShareBookmark💬 38", "🔊Listen3:02", "Share⤴
♡Save  Aa", "13:47, 9 Oct 2027Updated 16:02, 9 Oct 2027"), icon words ("☰", "🔍", "⌕", "▶ Listen
· 4:12", "▶ Play video 2:14", "f 𝕏 in 🔗"), menus cut off mid-word ("IRISH N…", "Ob…"), "Open in
app" and "Read this in the ... app | OPEN" bars, "Continue reading ▾" and "Show more ⌄" buttons,
"Tap to expand image", live-score and stock tickers, "＋ Follow", bottom navigation bars ("Home
Local  Watch  Listen  More", "⌂ Home  ▤ Sections  ▶ Videos  ☆ Saved"), app rating prompts and
notification asks in two lines, consent dialogs in two or three lines, comment counts, "Sent from
my Galaxy/iPad/iPhone", "Read more:" and "Read the full story at" lines with bare URLs, newsletter
web-version lines, greetings, contents lines, sponsor lines, sign-offs, forward/unsubscribe strips
and reasons for receiving. Story text that must stay story ("" or "W"): one-line paragraphs ("Many
never got the message.", "Not any more.", "Nineteen hours.", "Yes.", "Refunds start Oct. 21."),
short quotes on a line of their own ("“Not this year.”"), figures lines with no full stop ("62% —
rise since 11 September"), "Key Takeaways" bullets (the label is "B", the bullets "W"), question
subheads, the story's own numbered list of times ("1. 3:10 a.m. — Farecrest installs the update.")
and of steps, lists of collection and construction dates, newsletter briefs that open with a label
("Rand:", "Reserve Bank:", "Ports:", "Why it matters:"), a newsletter's quote of the day with a dash
attribution (carrying the speaker, cue "—"), a story about an app outage ("Those who could not pay
at all do not need to do anything.") and a story about a newsletter ("under the heading
“Unsubscribe from paper copies”").

Attribution, as in the newest sets: pronoun and surname cues resolve to the full name as first
given, titles and roles dropped ("Coun.", "Dr.", "Datuk", "Mayor", "Mrs", "Deputy Superintendent"),
first-name cues resolved ("Nuala told the Torch", "Coral said", "Shahrul said"); descriptor phrases
kept as written ("the company said", "The department said", "The district said", "the council
said", "the official said", "The report said", "the regulations say", "the data showed"), while
"the statement said" carries the company whose statement it is and "It"/"Its" resolve to the
organisation as first given; "according to X" keeps X as written; organisations named with an
acronym keep it ("Ogun State Emergency Response Agency (OSERA)", "Liga Nasional Malaysia Board
(LNMB)"); headlines and standfirsts that cite a source carry it as the story names it ("Council
says ...", "..., union says", "traders expect"). Splits to watch: "a.m."/"p.m." ending a sentence
before a capital ("5:48 a.m." / "It was not ...", "9:20 a.m." / "Students were ...", "10:05 a.m." /
"Classes will ..."), "Ont." ending a paragraph, "Oct. 21." ending a one-line paragraph, "Pvt. Ltd.",
"(Pty) Ltd.", "Ltd." and "KDVO." before "All rights reserved." or "Registered in Scotland No.
SC481207."; and designations and abbreviations that do not split ("No. 11", "Co. Kerry", "Okla.
(KDVO)", "U.S. 77", "Ma. Cristina", "Dr. Antonio B. Magbanua-Lim", "Jan. 1 to Oct. 7,", "Nov. 1",
"Oct. 25 —"); quotes that split at "?" or "." before a new capitalised sentence ("“Notice?" /
"Which notice?” asked ...", "‘Sorry, rules.’" / "What rules?”", "‘Not bad.’" / "Then the bill
came,” he said.") and a quoted question inside a quote before its attribution that does not
("‘Then what do we cook with?’” he said.").

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`; every name, town, organisation, outlet and number is invented
(countries, states, provinces, regions, parishes and capital cities appear only as places).
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Canadian PUBLIC BROADCASTER\'s Manitoba page pasted from a PHONE BROWSER (Winnipeg), a transit fare app outage strands riders for nearly nine hours and 14,000 fares are refunded — a story ABOUT an app outage: icon menu "☰", search icon, "Open in app", a glued "ShareBookmark💬 38" strip and "▶ Listen · 4:12"; headline of record "W" and a standfirst of record; caption "" and a bracketed credit; lead ending "the city said Tuesday" kept as written "W"; "at 5:48 a.m." ending a sentence before "It was not ..." "W"; the transit director ("W", "told reporters" "", "She said" with "6:15 a.m." "W"); a one-line paragraph "Many never got the message." ""; a rider with "No. 11" mid-sentence "W" and a quote split at "‘Sorry, rules.’" before "What rules?”" ""; a question subhead ""; "According to a timeline the city released Tuesday," "W", "The timeline shows:" and a numbered list of times "W" with no speaker; "Advertisement · Scroll to continue" "B"; a councillor with "Coun." dropped ("W", a quote over two paragraphs "", "Sahota-Krahn said" "W"); "Farecrest Systems said" in an emailed statement "W", "the statement said" carrying the company "" and "did not say" ""; "according to council records" "W"; the one-line "Refunds start Oct. 21." "W"; "Those who could not pay at all do not need to do anything." story that reads like an app instruction ""; a "Continue reading ▾" button, RELATED list, comment count, bottom nav bar, copyright, footer',
    'Irish TABLOID\'s regional page pasted from a PHONE BROWSER (Co. Kerry), a village loses its post office after 131 years: a consent dialog in three lines (title, a two-sentence notice, "ACCEPT ALL    MANAGE OPTIONS"), an icon masthead, a truncated menu ending "IRISH N…", section label; headline of record "W"; byline, glued "13:47, 9 Oct 2027Updated 16:02, 9 Oct 2027", an icon share strip and a comment count; caption naming the postmistress with no saying "" and an image credit; a lead in tabloid capitals "W"; "Postlink Éireann confirmed yesterday" "W"; "the company said" kept as written "W"; the postmistress with a first-name cue "Nuala told the Torch" resolving to her full name ("", "She said" "W"); the one-line "Not any more." ""; a READ MORE block in the middle "B"; a TD ("W", a quote split at "“Six months." "", "He said" with "Co. Kerry" mid-sentence "W"); "A Postlink Éireann spokeswoman" "W" and "She said" carrying the spokeswoman as written "W"; a question subhead ""; "According to the Department of Social Protection," "W" and "The department said" kept as written "W"; a farmer ("", "“What would I want with a card?” he said." one sentence "", a quote split at "“Nuala knows me." ""); a meeting date "" and the postmistress\'s closing quote "" (tip line, tags, comment form text, back-to-top, copyright)',
    'Nigerian WIRE AGENCY APP pasted from the APP\'S SHARE SHEET (Ogun State), a dam release floods 14 communities and displaces 3,200: a "Shared via CNW Africa app" line and a bare download URL at the head, a section tag, headline of record "W", byline, "3 Oct 2027 · 4 min read" and an icon strip "B"; a wire dateline lead "ILODO-OKE, Nigeria, Oct 3 (CNW) -" with the agency named with its acronym "W" and "In a statement, OSERA said" resolving to the agency as first given "W"; the general manager "told CNW" ("W", a quote with a depth "W" and a scene ""), "He said" "W"; "Tap to expand image", a caption "" and a credit with a slash; "The Ofada-Ilese River Basin Development Authority, which runs the dam," "W" and its spokesman ("W", "Okafor-Ladipo said" a counterfactual ""); "Residents disputed that any warning reached them." with "Residents" and "disputed" ""; a trader with "Mrs" dropped named in a quote that splits at "“Notice?" before "Which notice?” asked ..." ("", "She said" with "850,000 naira" "W", "Olumide-Ahmed said" ""); "Sponsored" "B"; "the Federal Flood Forecasting Office had warned" "W"; "according to federal government figures" "W"; the state commissioner ("W", "She said" "", "she said" ""); "according to OSERA\'s records" "W"; a "(Reporting by ...; Editing by ...)" line, copyright in two sentences, a More from CNW list, an "Open this story" prompt, a bare story URL and "Sent from my Galaxy"',
    'Indian BUSINESS DAILY\'s markets page pasted from a PHONE BROWSER (Maharashtra), onion wholesale prices up 62% in a month after rain damages the kharif crop: icon masthead, "⌕  ePaper  Premium", a market ticker line with decimals "B", section path with a middle dot; headline of record "W"; standfirst with "traders expect" "W"; byline with a pipe, "Updated: ... PM IST", "3 min read", listen and share strips with font-size letters "B"; a "Key Takeaways" label "B" with three bullet facts "W" and a "Show more ⌄" button "B"; "according to data from the ... APMC" "W" and "the data showed" kept as written "W"; the traders\' association president ("W", "", "He said" a forecast ""); three FIGURES lines with no full stop "W"; "— Advertisement —" and "Story continues below" "B"; "An official of the consumer affairs ministry, who asked not to be named," kept with its clause "W" and "the official said" kept as written ""; export duty "W" and "according to the commerce ministry" "W"; "Gaikwad-Thorat said" "" with a quote ""; "according to a study by the state agriculture department" "W"; a question subhead ""; "Analysts at Vasupradha Commodities" "" and a named analyst ("W", "she said" "", a one-line short quote paragraph "“Not this year.”" ""); Also Read list, an app line, topics, an "Open in App" bar, a bottom nav bar, copyright split at "Pvt. Ltd." before "All rights reserved."',
    'Australian REGIONAL DAILY\'s app pasted from the APP\'S SHARE SHEET (Tasmania), a record 1,140 patients wait more than 24 hours in a hospital emergency department: "Shared from The Courier app", the masthead, section label with a pipe and a "🔒 Subscriber exclusive" label "B"; headline of record opening with "Record 1,140" "W"; byline and "4 min read · October 8, 2027 - 5:30am" "B"; "according to figures released by the state\'s health department" "W" and "The figures show" kept as written "W"; a median wait with no speaker "W"; the one-line "Nineteen hours." "" followed by a grandmother\'s account ("W", a quote over two paragraphs ""); the health minister ("W", "", "She said" "W"); the nurses\' union secretary ("W", a quote over two sentences ""); "ADVERTISEMENT" and "Story continues below" "B"; a question subhead ""; "According to the hospital\'s annual report," "W"; presentations with no speaker "W"; two alternating speakers ("Ellery-Vance said" "", "Broadhurst-Tuffin disputed that." "", "he said" ""); the opposition spokeswoman ("W", "She said" ""); "A spokesman for the state\'s health department" "W"; the grandmother\'s closing quote ""; a bio line, a notifications prompt, a "Read more:" bare URL and "Sent from my iPad"',
    'South African BUSINESS DAILY\'s morning NEWSLETTER in its WEB VIEW (Eastern Cape), a parts maker cuts 420 of 1,310 jobs: a web-version line, the newsletter masthead with a pipe, a date line, a greeting, a "Today:" contents line and a sponsor line "B"; a "THE BIG STORY" label "B"; headline of record "W"; "the company told staff on Tuesday" "W"; "In a notice to employees seen by the Ledger, the company said" kept as written "W"; the chief executive ("W", a quote with "22 years" "", "Oosthuizen-Dlamini said" "W"); the union secretary ("W", "", "He said" "W"); a mayor with "Mayor" dropped ("W", "she said" ""); "according to official figures" "W"; "Why it matters:" as a label inside a story sentence "W" with "according to the Ngqoko Bay Automotive Forum"; "Read the full story on ... →" "B"; "ADVERTISEMENT" and "IN BRIEF" "B"; briefs that open with a label ("Rand:" "W", "Traders said" "", "Reserve Bank:" carrying "14 of 17 economists surveyed by the Ledger" "W", "Ports:" carrying "the port operator" "W"); a "QUOTE OF THE DAY" label "B" and the repeated quote with a dash attribution "" carrying the union secretary; sign-off in two sentences, editor line, forward/unsubscribe strip, a reason-for-receiving line, the postal address and copyright split at "(Pty) Ltd." before "All rights reserved."; also "The company did not respond to questions ..." kept as written with that cue "" and a "Gold:" brief "W"',
    'Philippine BROADSHEET\'s regions page pasted from a PHONE BROWSER (Bulacan), dengue cases up 140 percent with four dead: icon masthead, an "Open" app bar, section path with ›; headline of record with a semicolon "W"; byline with "Ma." and a glued date and time, an icon share strip and comment count "B"; caption "" and a photo credit in capitals; "SAN ISIDRO DE TALA, Bulacan —" lead "the city health office said on Thursday" "W"; "The office recorded ..." with "Jan. 1 to Oct. 7," mid-sentence and no verb of saying "W"; the city health officer with "Dr." dropped ("W", a quote over two paragraphs "", "She said" "W"); "ADVERTISEMENT" and an inline "READ:" link "B"; "The regional health office said" kept as written "W"; its director with "Dr." dropped and the initial "B." kept ("W", "Magbanua-Lim said" ""); a barangay captain ("W", "He said" "W", a quote with an inner question "‘Then what do we cook with?’” he said." one sentence ""); a question subhead ""; "The city health office is asking residents to follow four steps:" "" and the story\'s own numbered list of steps ""; a mother ("W", a quote split at "“Five days on a folding bed." ""); "according to the national health department" "W"; "Dr. Pangilinan-Uy said" with "₱8.5 million" "W" (tip line, tags, a "Show comments" button, MORE STORIES list, a bottom nav bar with icons, copyright split at "Corp." before "All Rights Reserved.")',
    'Scottish REGIONAL DAILY\'s local news page pasted from a PHONE BROWSER, bins to be emptied every three weeks after an 18-14 vote: a consent dialog in two lines ("We care about your privacy — ..." and "Accept | Reject | Options"), icon masthead, "Sign in", a truncated menu ending "Ob…", section label; headline of record "W"; standfirst "Council says ..." carrying "Council" with "says" "W"; byline, "Local Democracy Reporter", a date line with "13th Oct", a glued-icon share strip and a comment count "B"; lead with no speaker "W"; "Council officers told the environment committee" "W"; the convener ("W", a quote over two paragraphs "", "He said" "W"); the opposition councillor ("", a quote split at "“Three weeks of nappies in August." "", "She said" "W"); "Advertisement" and "Scroll to continue with content" "B"; a question subhead ""; "The council has published a timetable ..." "" and the story\'s own list of dates with en dashes ""; "the council said" kept as written "W"; a resident with a quote split at "“Where\'s the rest supposed to go?" before "The garden?” she said." ""; "according to the committee report" "W" and "The report said" kept as written "W"; "MacIver-Lennox said" ""; "Read next ›" list, a two-line newsletter box, back-to-top, a bottom nav bar and copyright split at "Ltd." before "Registered in Scotland No. SC481207."',
    'Jamaican DAILY\'s AMP/LITE page (St Catherine), 41 students treated after a gas leak at a high school: a lightning masthead, "Go to the full site ›", section label; headline of record opening with a numeral "W"; "Published: Tuesday | October 12, 2027 | 2:31 PM" and a byline with a slash "B"; lead ending "the education ministry said" "W"; the principal with "at 9:20 a.m." ending a sentence before "Students were moved ..., he said." ("W", "W", "McFarlane-Grizzle told the Post" "", a short scene quote ""); "according to a hospital spokesperson" with "by 4 p.m." mid-sentence "W"; a one-line "Four students were kept overnight for observation." "W"; the fire officer with "Deputy Superintendent" dropped, named after his claim ("W", "He said" "W"); "Advertisement" "B"; a parent ("", a quote split at "“Nobody from the school called me." ""); "McFarlane-Grizzle said" with "at 10:05 a.m." ending a sentence before "Classes will resume on Thursday, he said." "W"; the minister ("W", "said in a statement" ""); a second leak this year "W"; the one-line "All 41 are expected to recover." ""; a "Read the full story at" bare URL, a share line, a lite-version switch, copyright and footer links; added: an icon menu line, "the hospital spokesperson said" kept as written "W", a surname-cued short quote "", a More from News list',
    'Malaysian SPORTS APP pasted from the APP\'S SHARE SHEET, a Liga Super club barred from registering players over four months of unpaid wages: a share line, a live-score ticker with middle dots, a section path, a "＋ Follow" button "B"; headline of record "W"; standfirst "..., union says" carrying the union as the story names it "W"; byline with a middle dot and time, a glued "🔊Listen3:02" and a share strip with a comment count "B"; "KUALA LUMPUR:" lead with the league board "announced" "W" and "In a statement, the LNMB said" resolving to the board as first given "W"; a rule with no speaker "W"; the union "said it had filed" "W"; its chief executive "told GoalKini" a phrase quote "", a quote over two paragraphs "", "He said" "W"; "Sponsored" "B"; the club chief executive with "Datuk" dropped ("W", "Shahrul said" resolving the Malay given name to the full name "", "He declined to name the sponsor." ""); a player ("W", a quote split at "“Now they are sending money to me." ""); a question subhead "" and the one-word answer "Yes." ""; "according to the LNMB\'s club licensing regulations" "W" and "the regulations say" kept as written "W"; the table position and a sanction record "W"; the next fixture ""; comment line, a ratings prompt in two lines, a notifications ask in two lines and a bare download URL',
    'United States LOCAL TV APP pasted from the APP\'S SHARE SHEET (Oklahoma), a highway bridge to close for 14 months: a share line, a weather-alert banner, "▶ WATCH LIVE", section label with a pipe "B"; headline of record ending "Nov. 1" "W"; lower-case "by" byline, a date line with "CDT" and "▶ Play video 2:14" "B"; "COTTONRIDGE, Okla. (KDVO) —" lead "state transportation officials said Tuesday" "W"; "according to the state transportation department" "W"; its spokesperson ("W", "", "W" for a checkable quote, "U.S. 77" mid-sentence "W"); a question subhead ""; the school district ("W", "The district said" kept as written ""); the mayor with "Mayor" dropped ("W", "She said" ""); a diner owner ("W", a quote split at "“Fourteen months?" ""); "Story continues below ▼" and "ADVERTISEMENT" "B"; "Here are the key dates, according to the department:" "" and the story\'s own list of dates with "Oct. 25 —" and "at 9 p.m." "W"; funding "W"; "the city said" kept as written "W"; "Tenbrink-Harjo said" ""; copyright split at "KDVO." before "All rights reserved.", a bare download URL and "Sent from my iPhone"; also an icon masthead and a weather strip "B", a one-line "The city has set up a page ..." "", "He said" part-time hours "W" and a "Report a typo" line "B"',
    'New Zealand PUBLIC BROADCASTER\'s evening NEWSLETTER in its WEB VIEW (Waikato), a council\'s rates newsletter misprints a 14.9 percent rise as 4.9 percent — a story ABOUT a newsletter: a web-version line, the newsletter masthead with a date, a greeting, an "In today\'s edition:" line and a star divider "B"; a two-sentence headline ("W", "It\'s 14.9%" "W"); lead with no speaker "W"; the chief executive named after her claim ("W", a quote over two sentences "", "She said" "W"); "under the heading “Unsubscribe from paper copies”" — story text that quotes furniture ""; "the council said" kept as written "W"; a ratepayer with a quote that splits at "‘Not bad.’" before "Then the bill came,” he said." ""; "according to the council" "W"; a councillor with "Councillor" dropped ("", "She said" "W", "she said" ""); the one-line "The correction newsletter goes out next week." ""; an audio link line "B"; briefs (the show\'s organisers "W", forecasters ""); a forward/reply line, a sign-off, the editor line, the postal address, "Update your preferences | Unsubscribe" "B" and a reason-for-receiving line; also a "Not subscribed yet? Sign up here." line and a "More newsletters" link "B", a "Roads:" brief carrying "the council" "W", "Tapsell-Horomona said" "W" and "He said" his rates "W"',
]

ARTICLES = [
    [
        [
            ("☰  NPB News", "", "", "B"),
        ],
        [
            ("🔍", "", "", "B"),
        ],
        [
            ("Open in app", "", "", "B"),
        ],
        [
            ("MANITOBA", "", "", "B"),
        ],
        [
            (
                "Winnipeg Transit's fare app went down for nine hours on Monday, and 14,000 riders will get refunds",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A software update pushed overnight by the app's vendor is being blamed; a city councillor wants paper tickets back",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kalinda Sorochuk-Baptiste · NPB News · Posted: Oct 14, 2027 5:02 AM CT | Last Updated: 2 hours ago",
                "",
                "",
                "B",
            ),
        ],
        [
            ("▶ Listen · 4:12", "", "", "B"),
        ],
        [
            ("ShareBookmark💬 38", "", "", "B"),
        ],
        [
            (
                "Riders wait at the Portage and Main stop on Monday morning, when the Zipfare app would not load.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Trevor Ilunga-Marsh/NPB)", "", "", "B"),
        ],
        [
            (
                "Winnipeg Transit will refund about 14,000 fares after its Zipfare payment app stopped working for nearly nine hours on Monday, the city said Tuesday.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            (
                "The app, which about 61 per cent of riders now use to buy tickets, failed at 5:48 a.m.",
                "",
                "",
                "W",
            ),
            ("It was not fully restored until 2:30 p.m.", "", "", "W"),
        ],
        [
            (
                "Lorraine Faucher-Bilodeau, the city's director of transit, said the outage was caused by a software update pushed overnight by the app's vendor, Farecrest Systems of Mississauga, Ont.",
                "Lorraine Faucher-Bilodeau",
                "said",
                "W",
            ),
        ],
        [
            (
                "“It should never have gone out on a weekday,” she told reporters at city hall.",
                "Lorraine Faucher-Bilodeau",
                "told reporters",
                "",
            ),
            (
                "She said drivers had been told by radio at 6:15 a.m. to let riders board without paying.",
                "Lorraine Faucher-Bilodeau",
                "said",
                "W",
            ),
        ],
        [
            ("Many never got the message.", "", "", ""),
        ],
        [
            (
                "Mireille Achterberg, 52, said she was turned away from a No. 11 bus on Portage Avenue at 6:50 a.m. and was 40 minutes late for her shift at a care home.",
                "Mireille Achterberg",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I had the app open, I had money in it, and the screen just spun,” she said.",
                "Mireille Achterberg",
                "said",
                "",
            ),
            ("“The driver said, ‘Sorry, rules.’", "Mireille Achterberg", "said", ""),
            ("What rules?”", "Mireille Achterberg", "said", ""),
        ],
        [
            ("Continue reading ▾", "", "", "B"),
        ],
        [
            ("What went wrong?", "", "", ""),
        ],
        [
            (
                "According to a timeline the city released Tuesday, the update was installed on the app's servers at 3:10 a.m.",
                "a timeline the city released Tuesday",
                "according to",
                "W",
            ),
        ],
        [
            ("The timeline shows:", "The timeline", "shows", ""),
        ],
        [
            ("1. 3:10 a.m. — Farecrest installs the update.", "", "", "W"),
        ],
        [
            ("2. 5:48 a.m. — The first riders report that tickets will not load.", "", "", "W"),
        ],
        [
            ("3. 6:15 a.m. — Drivers are told by radio to wave riders on.", "", "", "W"),
        ],
        [
            ("4. 11:02 a.m. — Farecrest begins rolling back the update.", "", "", "W"),
        ],
        [
            ("5. 2:30 p.m. — The app works again for all users.", "", "", "W"),
        ],
        [
            ("Advertisement · Scroll to continue", "", "", "B"),
        ],
        [
            (
                "Coun. Devinder Sahota-Krahn, who chairs the city's public works committee, said he would ask staff on Thursday to report on bringing back paper tickets at all 38 transit kiosks.",
                "Devinder Sahota-Krahn",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We took the paper away and told people, ‘There's an app for that,’” he said.",
                "Devinder Sahota-Krahn",
                "said",
                "",
            ),
        ],
        [
            ("“Well, on Monday there wasn't.”", "Devinder Sahota-Krahn", "said", ""),
        ],
        [
            (
                "Sahota-Krahn said the city had sold 2.3 million paper tickets in 2023, the last full year before they were phased out.",
                "Devinder Sahota-Krahn",
                "said",
                "W",
            ),
        ],
        [
            (
                "Faucher-Bilodeau said paper tickets had cost the city about $410,000 a year to print and sell.",
                "Lorraine Faucher-Bilodeau",
                "said",
                "W",
            ),
            (
                "She said she was not opposed to a backup, but called kiosks “a 20th-century fix.”",
                "Lorraine Faucher-Bilodeau",
                "said",
                "",
            ),
        ],
        [
            (
                "In an emailed statement, Farecrest Systems said the update had passed testing but “interacted unexpectedly” with an older version of the app still used on about 9,000 phones.",
                "Farecrest Systems",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We apologize to every rider who was affected,” the statement said.",
                "Farecrest Systems",
                "the statement said",
                "",
            ),
            (
                "The company did not say whether it would pay for the refunds.",
                "Farecrest Systems",
                "did not say",
                "",
            ),
        ],
        [
            (
                "The city's contract with Farecrest, signed in 2024, is worth $6.8 million over seven years, according to council records.",
                "council records",
                "according to",
                "W",
            ),
        ],
        [
            ("Refunds start Oct. 21.", "", "", "W"),
        ],
        [
            (
                "Riders who bought a ticket another way on Monday, or who paid cash, can claim $3.15 by filling in a form on the city's website, the city said.",
                "the city",
                "said",
                "W",
            ),
            ("Those who could not pay at all do not need to do anything.", "", "", ""),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Transit ridership tops pre-pandemic levels for first time", "", "", "B"),
        ],
        [
            ("Council votes to end paper bus tickets by 2025", "", "", "B"),
        ],
        [
            ("💬 38 Comments | Join the conversation", "", "", "B"),
        ],
        [
            ("Home     Local     Watch     Listen     More", "", "", "B"),
        ],
        [
            ("©2027 Northwind Public Broadcasting", "", "", "B"),
        ],
        [
            ("Privacy · Terms · Accessibility · Contact NPB", "", "", "B"),
        ],
    ],
    [
        [
            ("We value your privacy", "", "", "B"),
        ],
        [
            (
                "We and our 214 partners use cookies to store and access information on your device, measure ads and improve the site.",
                "",
                "",
                "B",
            ),
            (
                "You can change your choice at any time under Privacy Settings at the bottom of the page.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ACCEPT ALL    MANAGE OPTIONS", "", "", "B"),
        ],
        [
            ("☰  THE DAILY TORCH  👤", "", "", "B"),
        ],
        [
            ("NEWS  SPORT  SHOWBIZ  LIFE  MONEY  IRISH N…", "", "", "B"),
        ],
        [
            ("Kerry", "", "", "B"),
        ],
        [
            (
                "Kerry village to lose its post office after 131 years as postmistress retires",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Aoife Dunphy-Carrick", "", "", "B"),
        ],
        [
            ("13:47, 9 Oct 2027Updated 16:02, 9 Oct 2027", "", "", "B"),
        ],
        [
            ("🔗  𝕏  f  ✉", "", "", "B"),
        ],
        [
            ("🗨 112", "", "", "B"),
        ],
        [
            ("Postmistress Nuala Breathnach-Kiely behind the counter in Glenmoyle", "", "", ""),
        ],
        [
            ("Image: Torch Kerry", "", "", "B"),
        ],
        [
            (
                "A KERRY village will lose its only post office next month after 131 years, leaving pensioners facing a 19-kilometre round trip to collect their payments.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Glenmoyle Post Office, on the village's Main Street, will close its doors for the last time on November 14, Postlink Éireann confirmed yesterday.",
                "Postlink Éireann",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "Postmistress Nuala Breathnach-Kiely, 67, who has run it for 38 years, is retiring, and the company said nobody had applied to take over the contract.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I'm heartbroken, to be honest with you,” Nuala told the Torch.",
                "Nuala Breathnach-Kiely",
                "told the Torch",
                "",
            ),
            ("“I kept going as long as I could.”", "Nuala Breathnach-Kiely", "told the Torch", ""),
        ],
        [
            (
                "She said the post office served about 420 customers a week, most of them over 70, and paid out pensions every Friday morning.",
                "Nuala Breathnach-Kiely",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said her grandmother had run the post office before her, from 1951 to 1989.",
                "Nuala Breathnach-Kiely",
                "said",
                "W",
            ),
        ],
        [
            ("Not any more.", "", "", ""),
        ],
        [
            ("READ MORE", "", "", "B"),
        ],
        [
            ("Kerry pub where Hollywood star pulled pints is up for sale", "", "", "B"),
        ],
        [
            ("Cork town's last bank branch to shut its doors for good", "", "", "B"),
        ],
        [
            (
                "Local TD Fionnán Ó Duibhginn-Reidy said he had written to Postlink Éireann's chief executive asking for the closure to be paused for six months.",
                "Fionnán Ó Duibhginn-Reidy",
                "said",
                "W",
            ),
        ],
        [
            ("“Six months.", "Fionnán Ó Duibhginn-Reidy", "said", ""),
            ("That's all we're asking,” he said.", "Fionnán Ó Duibhginn-Reidy", "said", ""),
        ],
        [
            (
                "He said 11 post offices had closed in Co. Kerry since 2018.",
                "Fionnán Ó Duibhginn-Reidy",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Postlink Éireann spokeswoman said the company had advertised the Glenmoyle contract twice, in June and again in August, and had received no applications.",
                "A Postlink Éireann spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said customers could use the post office in Castlebrack, 9.5km away, or pay bills at a counter in Hegarty's shop on Church Street.",
                "A Postlink Éireann spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            ("So what happens to the pensions?", "", "", ""),
        ],
        [
            (
                "According to the Department of Social Protection, 236 people in the Glenmoyle area collect their pension at the post office.",
                "the Department of Social Protection",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The department said they would be written to before the closure and offered the choice of payment into a bank account or at another post office.",
                "The department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Farmer Tadhg Mac Giolla Rua-Hennessy, 81, said he had never had a bank card and did not want one.",
                "Tadhg Mac Giolla Rua-Hennessy",
                "said",
                "",
            ),
        ],
        [
            (
                "“What would I want with a card?” he said.",
                "Tadhg Mac Giolla Rua-Hennessy",
                "said",
                "",
            ),
            ("“Nuala knows me.", "Tadhg Mac Giolla Rua-Hennessy", "said", ""),
            ("She knows the whole parish.”", "Tadhg Mac Giolla Rua-Hennessy", "said", ""),
        ],
        [
            (
                "A public meeting on the closure will be held in Glenmoyle Community Hall on Thursday at 8pm.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Nuala said she would be there.", "Nuala Breathnach-Kiely", "said", ""),
            ("“I'll bring the tea, anyway.”", "Nuala Breathnach-Kiely", "said", ""),
        ],
        [
            ("Got a story? WhatsApp us on 087 555 0142 or email news@dailytorch.ie", "", "", "B"),
        ],
        [
            ("Kerry  •  Post Offices  •  Rural Ireland", "", "", "B"),
        ],
        [
            ("🗨 Comments (112)", "", "", "B"),
        ],
        [
            (
                "Comments are subject to our community guidelines, which you can read here.",
                "",
                "",
                "B",
            ),
            ("Please keep it civil.", "", "", "B"),
        ],
        [
            ("Back to top ↑", "", "", "B"),
        ],
        [
            ("© Daily Torch Media Ltd 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared via CNW Africa app", "", "", "B"),
        ],
        [
            ("https://cnw.africa/app", "", "", "B"),
        ],
        [
            ("TOP NEWS | Nigeria", "", "", "B"),
        ],
        [
            ("Dam release floods 14 Ogun communities, 3,200 displaced", "", "", "W"),
        ],
        [
            ("By Temitope Ashiru-Balogun", "", "", "B"),
        ],
        [
            ("3 Oct 2027 · 4 min read", "", "", "B"),
        ],
        [
            ("🔊 Listen   ⎙   ↗", "", "", "B"),
        ],
        [
            (
                "ILODO-OKE, Nigeria, Oct 3 (CNW) - Floodwater released from the Ofada-Ilese Dam has submerged 14 riverside communities in Nigeria's Ogun State and displaced about 3,200 people, the Ogun State Emergency Response Agency (OSERA) said on Friday.",
                "Ogun State Emergency Response Agency (OSERA)",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement, OSERA said 612 houses had been damaged and two people, a man and his nine-year-old son, were missing after their canoe capsized near Ilodo-Oke on Thursday evening.",
                "Ogun State Emergency Response Agency (OSERA)",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its general manager, Oluwaseun Adekunle-Bamgbose, told CNW that rescue boats had been searching the Ilese river since dawn.",
                "Oluwaseun Adekunle-Bamgbose",
                "told CNW",
                "W",
            ),
        ],
        [
            (
                "“The water came up almost two metres in one night,” he said.",
                "Oluwaseun Adekunle-Bamgbose",
                "said",
                "W",
            ),
            (
                "“People woke up and their mattresses were floating.”",
                "Oluwaseun Adekunle-Bamgbose",
                "said",
                "",
            ),
        ],
        [
            (
                "He said 1,140 of those displaced were sleeping in three primary schools and a church hall in Ilodo-Oke, and that the agency had handed out 2,000 mats and 800 bags of rice.",
                "Oluwaseun Adekunle-Bamgbose",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are asking people not to go back until the water goes down,” Adekunle-Bamgbose said.",
                "Oluwaseun Adekunle-Bamgbose",
                "said",
                "",
            ),
        ],
        [
            ("Tap to expand image", "", "", "B"),
        ],
        [
            (
                "Residents wade through floodwater in Ilodo-Oke, Ogun State, Nigeria, October 2, 2027.",
                "",
                "",
                "",
            ),
        ],
        [
            ("CNW/Kehinde Oyetunji-Lawal", "", "", "B"),
        ],
        [
            (
                "The Ofada-Ilese River Basin Development Authority, which runs the dam, said it had given communities 72 hours' notice before opening the spillway on Monday.",
                "Ofada-Ilese River Basin Development Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its spokesman, Chinedu Okafor-Ladipo, said the reservoir had reached 98 per cent of capacity after 11 days of heavy rain.",
                "Chinedu Okafor-Ladipo",
                "said",
                "W",
            ),
        ],
        [
            (
                "“If we had not released water, the dam wall itself would have been at risk,” Okafor-Ladipo said.",
                "Chinedu Okafor-Ladipo",
                "said",
                "",
            ),
        ],
        [
            ("Residents disputed that any warning reached them.", "Residents", "disputed", ""),
        ],
        [
            ("“Notice?", "Folasade Olumide-Ahmed", "asked", ""),
            (
                "Which notice?” asked Mrs Folasade Olumide-Ahmed, 46, a fish trader in Ilodo-Oke whose shop and stock were washed away.",
                "Folasade Olumide-Ahmed",
                "asked",
                "",
            ),
        ],
        [
            (
                "She said she had lost goods worth about 850,000 naira.",
                "Folasade Olumide-Ahmed",
                "said",
                "W",
            ),
            (
                "Olumide-Ahmed said she first learned of the release on a WhatsApp group, after the water was already in her street.",
                "Folasade Olumide-Ahmed",
                "said",
                "",
            ),
        ],
        [
            ("Sponsored", "", "", "B"),
        ],
        [
            (
                "In its annual outlook in April, the Federal Flood Forecasting Office had warned that nine local government areas in Ogun State were at high risk of flooding this year.",
                "the Federal Flood Forecasting Office",
                "had warned",
                "W",
            ),
        ],
        [
            (
                "Floods killed at least 240 people across Nigeria last year, according to federal government figures.",
                "federal government figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The state's commissioner for environment, Adebisi Ogunsanwo-Fakeye, said the government would pay 50,000 naira to each displaced household and would ask the federal government for emergency funds.",
                "Adebisi Ogunsanwo-Fakeye",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the state would also review whether homes should be allowed on the river's flood plain at all.",
                "Adebisi Ogunsanwo-Fakeye",
                "said",
                "",
            ),
            (
                "“We cannot keep rescuing the same families every year,” she said.",
                "Adebisi Ogunsanwo-Fakeye",
                "said",
                "",
            ),
        ],
        [
            (
                "Of the 14 communities, nine were also flooded in 2024, according to OSERA's records.",
                "OSERA's records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Temitope Ashiru-Balogun in Ilodo-Oke; Additional reporting by Ifeanyi Obi-Nnaji in Lagos; Editing by Musa Danladi-Garba)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Continental Newswire.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("More from CNW", "", "", "B"),
        ],
        [
            ("Kano traders shut market over new levy", "", "", "B"),
        ],
        [
            ("Naira firms at official window as reserves rise", "", "", "B"),
        ],
        [
            ("Open this story in the CNW app for live updates", "", "", "B"),
        ],
        [
            ("https://cnw.africa/ng/2027/10/03/ogun-dam-flood-3200-displaced", "", "", "B"),
        ],
        [
            ("Sent from my Galaxy", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  BUSINESS CHRONICLE", "", "", "B"),
        ],
        [
            ("⌕  ePaper  Premium", "", "", "B"),
        ],
        [
            ("Sensex 81,204.33 ▲ 342.10 | Nifty 24,733.85 ▲ 101.45", "", "", "B"),
        ],
        [
            ("Markets · Commodities", "", "", "B"),
        ],
        [
            (
                "Onion prices jump 62% in a month as rain damages kharif crop in Maharashtra",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Wholesale rates at Vinchurkhed touch ₹4,850 a quintal; traders expect retail prices to cross ₹70 a kg in Mumbai by Diwali",
                "traders",
                "expect",
                "W",
            ),
        ],
        [
            ("Priyamvada Kulkarni-Deshpande | Mumbai", "", "", "B"),
        ],
        [
            ("Updated: 12 Oct 2027, 09:41 PM IST", "", "", "B"),
        ],
        [
            ("3 min read", "", "", "B"),
        ],
        [
            ("Listen to this article ▶ 00:00", "", "", "B"),
        ],
        [
            ("Share ↗ | Bookmark 🔖 | A A", "", "", "B"),
        ],
        [
            ("Key Takeaways", "", "", "B"),
        ],
        [
            (
                "The modal price at Vinchurkhed rose to ₹4,850 per quintal on Monday from ₹2,990 on 11 September.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Arrivals fell 38% in a week.", "", "", "W"),
        ],
        [
            (
                "The Centre is considering releasing 1.5 lakh tonnes from its buffer stock.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Show more ⌄", "", "", "B"),
        ],
        [
            (
                "Wholesale onion prices in Maharashtra have risen 62% in a month after unseasonal rain in late September damaged the kharif crop in the state's main growing districts, according to data from the Vinchurkhed Agricultural Produce Market Committee (APMC).",
                "data from the Vinchurkhed Agricultural Produce Market Committee (APMC)",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The modal price, the rate at which most lots change hands, was ₹4,850 a quintal on Monday, up from ₹2,990 on 11 September.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Arrivals at the market fell to 9,400 tonnes last week from 15,200 tonnes the week before, the data showed.",
                "the data",
                "showed",
                "W",
            ),
        ],
        [
            (
                "Sahebrao Gaikwad-Thorat, president of the Vinchurkhed Onion Traders' Association, said about a third of the crop in his area had been lost to rot.",
                "Sahebrao Gaikwad-Thorat",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The bulbs look fine from outside, but cut them open and they are black,” he said.",
                "Sahebrao Gaikwad-Thorat",
                "said",
                "",
            ),
            (
                "He said retail prices in Mumbai could cross ₹70 a kg before Diwali.",
                "Sahebrao Gaikwad-Thorat",
                "said",
                "",
            ),
        ],
        [
            ("₹4,850 per quintal — Monday's modal price at Vinchurkhed", "", "", "W"),
        ],
        [
            ("62% — rise since 11 September", "", "", "W"),
        ],
        [
            ("38% — drop in arrivals in a week", "", "", "W"),
        ],
        [
            ("— Advertisement —", "", "", "B"),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "An official of the consumer affairs ministry, who asked not to be named, said the Centre was considering releasing 1.5 lakh tonnes of onions from its buffer stock of 4.7 lakh tonnes.",
                "An official of the consumer affairs ministry, who asked not to be named",
                "said",
                "W",
            ),
        ],
        [
            (
                "“A decision will be taken this week,” the official said.",
                "the official",
                "said",
                "",
            ),
        ],
        [
            ("The government cut the export duty on onions to 10% from 20% in March.", "", "", "W"),
        ],
        [
            (
                "Exports rose to 6.1 lakh tonnes in April–August from 4.3 lakh tonnes a year earlier, according to the commerce ministry.",
                "the commerce ministry",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Gaikwad-Thorat said a fresh export curb would hurt farmers, not help consumers.",
                "Sahebrao Gaikwad-Thorat",
                "said",
                "",
            ),
            (
                "“Every time prices go up, Delhi bans exports, and every time the farmer pays,” he said.",
                "Sahebrao Gaikwad-Thorat",
                "said",
                "",
            ),
        ],
        [
            (
                "Farmers in the district received an average of ₹1,700 a quintal last year, below the estimated production cost of ₹1,950, according to a study by the state agriculture department.",
                "a study by the state agriculture department",
                "according to",
                "W",
            ),
        ],
        [
            ("Will prices come down?", "", "", ""),
        ],
        [
            (
                "Analysts at Vasupradha Commodities said relief would come only when the late kharif crop arrives in December.",
                "Analysts at Vasupradha Commodities",
                "said",
                "",
            ),
        ],
        [
            (
                "Rajlakshmi Venkatachalam, an agri-commodities analyst at the firm, said the late crop had been planted on about 18% less land than last year.",
                "Rajlakshmi Venkatachalam",
                "said",
                "W",
            ),
        ],
        [
            (
                "“December will bring some relief, but not ₹30 onions,” she said.",
                "Rajlakshmi Venkatachalam",
                "said",
                "",
            ),
        ],
        [
            ("“Not this year.”", "Rajlakshmi Venkatachalam", "said", ""),
        ],
        [
            ("Also Read", "", "", "B"),
        ],
        [
            ("Tomato prices ease as Karnataka arrivals pick up", "", "", "B"),
        ],
        [
            ("Edible oil imports hit 11-month high in September", "", "", "B"),
        ],
        [
            (
                "Follow commodity prices, market moves and more on Business Chronicle — get our app.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Topics: Onion prices | Kharif | APMC | Inflation", "", "", "B"),
        ],
        [
            ("Open in App", "", "", "B"),
        ],
        [
            ("Home   Markets   Premium   ePaper   Menu", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Chronicle Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from The Courier app", "", "", "B"),
        ],
        [
            ("THE NORTH-WEST COURIER", "", "", "B"),
        ],
        [
            ("NEWS | HEALTH", "", "", "B"),
        ],
        [
            ("🔒 Subscriber exclusive", "", "", "B"),
        ],
        [
            (
                "Record 1,140 patients waited more than 24 hours in Mersey Heads emergency department in September",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Harriet Quayle-Munro", "", "", "B"),
        ],
        [
            ("4 min read · October 8, 2027 - 5:30am", "", "", "B"),
        ],
        [
            (
                "More than 1,100 patients waited longer than 24 hours in the emergency department at Mersey Heads Hospital in September, the highest number on record, according to figures released by the state's health department.",
                "figures released by the state's health department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The figures show 1,140 patients spent more than a day in the department, up from 812 in August and 455 in September last year.",
                "The figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "The median wait for a bed after a decision to admit was 19 hours and 40 minutes.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Nineteen hours.", "", "", ""),
        ],
        [
            (
                "That is how long Braddon Heads grandmother Coral Wyllie-Ashdown, 74, said she spent on a trolley in a corridor with a broken hip last month.",
                "Coral Wyllie-Ashdown",
                "said",
                "W",
            ),
        ],
        [
            (
                "“They were lovely, the nurses, but there was nowhere to put me,” she said.",
                "Coral Wyllie-Ashdown",
                "said",
                "",
            ),
            ("“I could hear a man crying all night.”", "Coral Wyllie-Ashdown", "said", ""),
        ],
        [
            (
                "She said she waited 31 hours before she was moved to a ward.",
                "Coral Wyllie-Ashdown",
                "said",
                "W",
            ),
        ],
        [
            (
                "Health Minister Rowena Ellery-Vance said the hospital had opened 16 extra short-stay beds in August and would open another 12 in a new ward by February.",
                "Rowena Ellery-Vance",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I'm not going to pretend these numbers are acceptable, because they're not,” she said.",
                "Rowena Ellery-Vance",
                "said",
                "",
            ),
        ],
        [
            (
                "She said 38 of the hospital's 214 beds were taken by patients who were well enough to leave but were waiting for an aged care or disability place.",
                "Rowena Ellery-Vance",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lachlan Broadhurst-Tuffin, state secretary of the Nurses and Midwives Union of Tasmania, said nurses in the emergency department had worked 2,300 hours of overtime in September.",
                "Lachlan Broadhurst-Tuffin",
                "said",
                "W",
            ),
        ],
        [
            ("“Sixteen beds, twelve beds,” he said.", "Lachlan Broadhurst-Tuffin", "said", ""),
            (
                "“We need 60, and we needed them two years ago.”",
                "Lachlan Broadhurst-Tuffin",
                "said",
                "",
            ),
        ],
        [
            (
                "He said 14 nurses had resigned from the department since January.",
                "Lachlan Broadhurst-Tuffin",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            ("Why are the beds full?", "", "", ""),
        ],
        [
            (
                "According to the hospital's annual report, the number of people over 80 living in the North-West has risen by 27 per cent since 2017.",
                "the hospital's annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Emergency presentations at Mersey Heads rose to 41,200 in 2026-27 from 33,900 five years earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ellery-Vance said the government's 10-year health plan would take time to work.",
                "Rowena Ellery-Vance",
                "said",
                "",
            ),
        ],
        [
            ("Broadhurst-Tuffin disputed that.", "Lachlan Broadhurst-Tuffin", "disputed", ""),
            (
                "“People on trolleys can't wait 10 years,” he said.",
                "Lachlan Broadhurst-Tuffin",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition health spokeswoman Deb Trethewey-Kaur said she would move in Parliament on Tuesday for an inquiry into the hospital's emergency department.",
                "Deb Trethewey-Kaur",
                "said",
                "W",
            ),
            ("She said the inquiry should report by March.", "Deb Trethewey-Kaur", "said", ""),
        ],
        [
            (
                "A spokesman for the state's health department said no elective surgery at the hospital had been cancelled because of the pressure.",
                "A spokesman for the state's health department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Coral said she was home now, and walking with a frame.",
                "Coral Wyllie-Ashdown",
                "said",
                "",
            ),
        ],
        [
            (
                "“I'd go back there tomorrow if I had to,” she said.",
                "Coral Wyllie-Ashdown",
                "said",
                "",
            ),
            ("“I'd just bring a pillow.”", "Coral Wyllie-Ashdown", "said", ""),
        ],
        [
            ("Harriet Quayle-Munro is the Courier's health reporter.", "", "", "B"),
        ],
        [
            ("TOPICS: Health · Hospitals · North-West", "", "", "B"),
        ],
        [
            ("📲 Never miss a story – turn on notifications in Settings", "", "", "B"),
        ],
        [
            (
                "Read more: https://www.nwcourier.com.au/news/health/record-ed-waits-mersey-heads/",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sent from my iPad", "", "", "B"),
        ],
    ],
    [
        [
            ("This is the web version of The Morning Note.", "", "", "B"),
            ("Having trouble reading it? Open it on our site.", "", "", "B"),
        ],
        [
            ("HIGHVELD LEDGER | THE MORNING NOTE", "", "", "B"),
        ],
        [
            ("Wednesday, 6 October 2027", "", "", "B"),
        ],
        [
            ("Good morning.", "", "", "B"),
        ],
        [
            (
                "Today: an Eastern Cape parts maker cuts 420 jobs, the rand slips, and what to watch at the Reserve Bank.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sponsored by Kwezi Business Bank — open an account in 10 minutes", "", "", "B"),
        ],
        [
            ("THE BIG STORY", "", "", "B"),
        ],
        [
            ("Kaalvlei Precision Parts to cut 420 jobs at Ngqoko Bay plant", "", "", "W"),
        ],
        [
            (
                "Kaalvlei Precision Parts, which makes brake assemblies for three vehicle makers, will cut 420 of its 1,310 jobs at its plant in Ngqoko Bay in the Eastern Cape, the company told staff on Tuesday.",
                "Kaalvlei Precision Parts",
                "told staff",
                "W",
            ),
        ],
        [
            (
                "In a notice to employees seen by the Ledger, the company said orders had fallen by 31% since January after one of its customers moved production of a light truck to Thailand.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief executive Marlize Oosthuizen-Dlamini said the company had begun a consultation process with unions, as the law requires, and that the cuts would take effect from 1 February.",
                "Marlize Oosthuizen-Dlamini",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This is the hardest letter I have had to write in 22 years at this company,” she said.",
                "Marlize Oosthuizen-Dlamini",
                "said",
                "",
            ),
        ],
        [
            (
                "Oosthuizen-Dlamini said electricity costs had risen 18% this year and rail delays at the port had added about R14 million in trucking costs.",
                "Marlize Oosthuizen-Dlamini",
                "said",
                "W",
            ),
        ],
        [
            (
                "Zolani Mtshemla-Baartman, regional secretary of the Automotive and Allied Workers' Union (AAWU), said the union would oppose any retrenchments and had asked the company to consider short time instead.",
                "Zolani Mtshemla-Baartman",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Short time hurts, but it is better than the street,” he said.",
                "Zolani Mtshemla-Baartman",
                "said",
                "",
            ),
            (
                "He said about 70% of the affected workers had been at the plant for more than 10 years.",
                "Zolani Mtshemla-Baartman",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company did not respond to questions about the union's proposal.",
                "The company",
                "did not respond to questions",
                "",
            ),
        ],
        [
            (
                "The plant opened in 1998 and is the largest private employer in Ngqoko Bay, according to the municipality.",
                "the municipality",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mayor Lindiwe Sokhela-Jansen said the municipality would ask the provincial government for R25 million to retrain retrenched staff.",
                "Lindiwe Sokhela-Jansen",
                "said",
                "W",
            ),
            ("“One plant, 420 families,” she said.", "Lindiwe Sokhela-Jansen", "said", ""),
        ],
        [
            (
                "The Eastern Cape's unemployment rate was 41.9% on the expanded definition in the second quarter, according to official figures.",
                "official figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Why it matters: Component makers supply about a third of the province's manufacturing jobs, according to the Ngqoko Bay Automotive Forum.",
                "the Ngqoko Bay Automotive Forum",
                "according to",
                "W",
            ),
        ],
        [
            ("Read the full story on highveldledger.co.za →", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("IN BRIEF", "", "", "B"),
        ],
        [
            (
                "Rand: The rand weakened 0.8% to R18.42 to the dollar on Tuesday, its weakest close in seven weeks.",
                "",
                "",
                "W",
            ),
            (
                "Traders said the currency was hurt by a stronger dollar after US jobs data.",
                "Traders",
                "said",
                "",
            ),
        ],
        [
            (
                "Reserve Bank: The Monetary Policy Committee meets on Thursday, and 14 of 17 economists surveyed by the Ledger expect it to keep the repo rate at 7.25%.",
                "14 of 17 economists surveyed by the Ledger",
                "expect",
                "W",
            ),
        ],
        [
            (
                "Ports: Container volumes at Ngqoko Bay rose 6% in September from a year earlier, the port operator said.",
                "the port operator",
                "said",
                "W",
            ),
        ],
        [
            ("Gold: Spot gold rose 1.1% to $2,618 an ounce in early trade.", "", "", "W"),
        ],
        [
            ("QUOTE OF THE DAY", "", "", "B"),
        ],
        [
            (
                "“Short time hurts, but it is better than the street.” — Zolani Mtshemla-Baartman, AAWU",
                "Zolani Mtshemla-Baartman",
                "—",
                "",
            ),
        ],
        [
            ("That's it for today.", "", "", "B"),
            ("Reply to this email with tips or feedback — we read everything.", "", "", "B"),
        ],
        [
            ("Thabo Vilakazi-Pretorius, Markets Editor", "", "", "B"),
        ],
        [
            ("Forward to a colleague | Subscribe | Manage preferences | Unsubscribe", "", "", "B"),
        ],
        [
            (
                "You're receiving The Morning Note because you signed up at highveldledger.co.za.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Highveld Ledger Media (Pty) Ltd, 14 Ouvlei Road, Cape Town, 8001", "", "", "B"),
        ],
        [
            ("© 2027 Highveld Ledger Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   BEACON   🔍", "", "", "B"),
        ],
        [
            ("Read this in the Beacon app  |  OPEN", "", "", "B"),
        ],
        [
            ("NEWS › REGIONS", "", "", "B"),
        ],
        [
            ("Dengue cases in Bulacan city up 140%; 4 dead", "", "", "W"),
        ],
        [
            ("By Ma. Cristina Salcedo-Buenconsejo", "", "", "B"),
        ],
        [
            ("October 09, 2027 | 6:14 PM", "", "", "B"),
        ],
        [
            ("f   𝕏   in   🔗", "", "", "B"),
        ],
        [
            ("💬 23", "", "", "B"),
        ],
        [
            (
                "A health worker sprays insecticide along a creek in Barangay Pulong Tala on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("BEACON PHOTO/JERICO T. LAPID-OCAMPO", "", "", "B"),
        ],
        [
            (
                "SAN ISIDRO DE TALA, Bulacan — Dengue cases in this city have risen 140 percent this year, and four people, three of them children, have died, the city health office said on Thursday.",
                "the city health office",
                "said",
                "W",
            ),
        ],
        [
            (
                "The office recorded 1,876 cases from Jan. 1 to Oct. 7, up from 782 in the same period last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "City health officer Dr. Rosalinda Pangilinan-Uy said 61 percent of the patients were under 15.",
                "Rosalinda Pangilinan-Uy",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The rains came early and they did not stop,” she said.",
                "Rosalinda Pangilinan-Uy",
                "said",
                "",
            ),
        ],
        [
            (
                "“Every container in every yard became a nursery.”",
                "Rosalinda Pangilinan-Uy",
                "said",
                "",
            ),
        ],
        [
            (
                "She said Barangay Pulong Tala, along the Tala creek, accounted for 412 cases, the most of any of the city's 28 barangays.",
                "Rosalinda Pangilinan-Uy",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("READ: Bulacan towns declare state of calamity after monsoon floods", "", "", "B"),
        ],
        [
            (
                "The regional health office said it had sent 4,000 test kits and two more doctors to the city's district hospital, where the pediatric ward was at 180 percent of capacity on Wednesday.",
                "The regional health office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its director, Dr. Antonio B. Magbanua-Lim, said the city had not yet asked to be declared a dengue outbreak area.",
                "Antonio B. Magbanua-Lim",
                "said",
                "W",
            ),
            (
                "“If they ask, we will act within the day,” Magbanua-Lim said.",
                "Antonio B. Magbanua-Lim",
                "said",
                "",
            ),
        ],
        [
            (
                "Pulong Tala barangay captain Ernesto Dizon-Villareal said volunteers had cleaned around 1,300 households since September.",
                "Ernesto Dizon-Villareal",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said many families stored rainwater in drums because the water supply had been cut for up to 12 hours a day since July.",
                "Ernesto Dizon-Villareal",
                "said",
                "W",
            ),
        ],
        [
            (
                "“You tell them to throw the water away, they ask, ‘Then what do we cook with?’” he said.",
                "Ernesto Dizon-Villareal",
                "said",
                "",
            ),
        ],
        [
            ("What should families do?", "", "", ""),
        ],
        [
            (
                "The city health office is asking residents to follow four steps:",
                "The city health office",
                "is asking",
                "",
            ),
        ],
        [
            (
                "1. Search out and destroy places where mosquitoes breed, such as old tires, cans and uncovered drums.",
                "",
                "",
                "",
            ),
        ],
        [
            ("2. Use self-protection such as long sleeves and repellent.", "", "", ""),
        ],
        [
            ("3. Seek early consultation if a fever lasts two days.", "", "", ""),
        ],
        [
            ("4. Say no to indiscriminate fogging.", "", "", ""),
        ],
        [
            (
                "Jocelyn Tabangcura-Reyes, 34, said her son, 7, spent five days in the hospital's hallway before a bed became free.",
                "Jocelyn Tabangcura-Reyes",
                "said",
                "W",
            ),
        ],
        [
            ("“Five days on a folding bed.", "Jocelyn Tabangcura-Reyes", "said", ""),
            ("But he is alive,” she said.", "Jocelyn Tabangcura-Reyes", "said", ""),
        ],
        [
            (
                "The Philippines recorded 287,000 dengue cases last year, according to the national health department.",
                "the national health department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dr. Pangilinan-Uy said the city council would hold a special session on Monday to release ₱8.5 million from its calamity fund for cleanup and medicine.",
                "Rosalinda Pangilinan-Uy",
                "said",
                "W",
            ),
        ],
        [
            ("Have a news tip?", "", "", "B"),
            ("Message us on Facebook or email tips@beacon.ph.", "", "", "B"),
        ],
        [
            ("Tags: Dengue, Bulacan, Health", "", "", "B"),
        ],
        [
            ("Show comments (23)", "", "", "B"),
        ],
        [
            ("MORE STORIES", "", "", "B"),
        ],
        [
            ("Habagat leaves 3 Pampanga towns under water", "", "", "B"),
        ],
        [
            ("Jeepney drivers seek ₱2 fare hike", "", "", "B"),
        ],
        [
            ("⌂ Home   ▤ Sections   ▶ Videos   ☆ Saved", "", "", "B"),
        ],
        [
            ("© 2027 Liwanag Publishing Corp.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "We care about your privacy — we and our partners use cookies to personalise content and ads.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accept | Reject | Options", "", "", "B"),
        ],
        [
            ("☰  THE LORNE BUGLE", "", "", "B"),
        ],
        [
            ("Sign in", "", "", "B"),
        ],
        [
            ("News | Sport | What's On | Ob…", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Glenaulin bins to be emptied every three weeks from January", "", "", "W"),
        ],
        [
            (
                "Council says the change will save £1.2m a year, but opposition warns of rats and overflowing streets",
                "Council",
                "says",
                "W",
            ),
        ],
        [
            ("By Eilidh Drummond-Kerr", "", "", "B"),
        ],
        [
            ("Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("Published 13th Oct 2027, 17:22 BST", "", "", "B"),
        ],
        [
            ("Share⤴  ♡Save  Aa", "", "", "B"),
        ],
        [
            ("Comments 57", "", "", "B"),
        ],
        [
            (
                "Household general waste in Glenaulin will be collected every three weeks instead of every fortnight from January, after councillors voted 18-14 in favour of the change on Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council officers told the environment committee the move would save about £1.2 million a year and raise the area's recycling rate from 44 per cent to an estimated 52 per cent.",
                "Council officers",
                "told the environment committee",
                "W",
            ),
        ],
        [
            (
                "Environment convener Alasdair MacIver-Lennox said the council had no choice after its budget was cut by £9.6 million this year.",
                "Alasdair MacIver-Lennox",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody got into local government to cut bin collections,” he said.",
                "Alasdair MacIver-Lennox",
                "said",
                "",
            ),
        ],
        [
            ("“But the money simply isn't there.”", "Alasdair MacIver-Lennox", "said", ""),
        ],
        [
            (
                "He said 11 other Scottish councils had already moved to three-weekly collections.",
                "Alasdair MacIver-Lennox",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition councillor Kirsty Dalgleish-Ferrie said the change would leave families with young children struggling.",
                "Kirsty Dalgleish-Ferrie",
                "said",
                "",
            ),
        ],
        [
            ("“Three weeks of nappies in August.", "Kirsty Dalgleish-Ferrie", "said", ""),
            ("Think about it,” she said.", "Kirsty Dalgleish-Ferrie", "said", ""),
        ],
        [
            (
                "She said she had asked officers in June for figures on pest-control call-outs in areas that had already made the switch, but had not received them.",
                "Kirsty Dalgleish-Ferrie",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Scroll to continue with content", "", "", "B"),
        ],
        [
            ("When will my bin be collected?", "", "", ""),
        ],
        [
            ("The council has published a timetable for the first collections:", "", "", ""),
        ],
        [
            ("Monday 12 January – Auchterlaw, Kilmorie and Balnagask", "", "", ""),
        ],
        [
            ("Wednesday 14 January – Glenaulin town centre and Inverallt", "", "", ""),
        ],
        [
            ("Friday 16 January – Strathcairn and the rural routes", "", "", ""),
        ],
        [
            ("Monday 2 February – Auchterlaw, Kilmorie and Balnagask", "", "", ""),
        ],
        [
            (
                "Recycling and food waste will still be collected every fortnight, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Auchterlaw resident Morag Ferguson-Baird, who has four children, said she already filled her bin within a week.",
                "Morag Ferguson-Baird",
                "said",
                "",
            ),
        ],
        [
            ("“Where's the rest supposed to go?", "Morag Ferguson-Baird", "said", ""),
            ("The garden?” she said.", "Morag Ferguson-Baird", "said", ""),
        ],
        [
            (
                "Households will be able to apply for a larger 360-litre bin if they have five or more people or need to dispose of medical waste, according to the committee report.",
                "the committee report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The report said 2,140 households already had a larger bin.",
                "The report",
                "said",
                "W",
            ),
            (
                "MacIver-Lennox said the council would review the change after a year.",
                "Alasdair MacIver-Lennox",
                "said",
                "",
            ),
        ],
        [
            ("Read next ›", "", "", "B"),
        ],
        [
            ("Fears for Auchterlaw pool as council seeks £400k savings", "", "", "B"),
        ],
        [
            ("Glenaulin gala day returns after five-year gap", "", "", "B"),
        ],
        [
            ("Get the Bugle's morning briefing in your inbox", "", "", "B"),
        ],
        [
            ("Enter your email   Sign up", "", "", "B"),
        ],
        [
            ("⌃ Back to top", "", "", "B"),
        ],
        [
            ("Home   News   Sport   Puzzles   More", "", "", "B"),
        ],
        [
            ("© 2027 Lorne Bugle Newspapers Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC481207.", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ THE BREADFRUIT POST", "", "", "B"),
        ],
        [
            ("Go to the full site ›", "", "", "B"),
        ],
        [
            ("☰ Menu   🔍", "", "", "B"),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            ("41 students treated after gas leak at St Catherine school", "", "", "W"),
        ],
        [
            ("Published: Tuesday | October 12, 2027 | 2:31 PM", "", "", "B"),
        ],
        [
            ("Sheree-Ann Blackwood-Facey/Staff Reporter", "", "", "B"),
        ],
        [
            (
                "Forty-one students and two teachers from Pimento Walk High School in St Catherine were taken to hospital on Tuesday morning after a gas leak in the school's science block, the education ministry said.",
                "the education ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Principal Owen McFarlane-Grizzle said the smell was first reported at 9:20 a.m.",
                "Owen McFarlane-Grizzle",
                "said",
                "W",
            ),
            (
                "Students were moved to the playing field within 10 minutes, he said.",
                "Owen McFarlane-Grizzle",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Some of them were vomiting, some were just frightened,” McFarlane-Grizzle told the Post.",
                "Owen McFarlane-Grizzle",
                "told the Post",
                "",
            ),
        ],
        [
            ("“We counted heads three times.”", "Owen McFarlane-Grizzle", "told the Post", ""),
        ],
        [
            (
                "The students, aged 12 to 15, were taken by ambulance and private vehicles to the Linwood Regional Hospital, where 37 were treated and released by 4 p.m., according to a hospital spokesperson.",
                "a hospital spokesperson",
                "according to",
                "W",
            ),
        ],
        [
            ("Four students were kept overnight for observation.", "", "", "W"),
        ],
        [
            (
                "Two of them have asthma, the hospital spokesperson said.",
                "the hospital spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fire officers found a cracked valve on a 100-pound cylinder of liquefied petroleum gas that supplies the school's chemistry laboratory, said Deputy Superintendent Garfield Ricketts-Anglin of the St Catherine fire division.",
                "Garfield Ricketts-Anglin",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the cylinder had been installed in 2019 and had not been inspected since.",
                "Garfield Ricketts-Anglin",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Gas does not forgive,” Ricketts-Anglin said.",
                "Garfield Ricketts-Anglin",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Parent Marcia Thompson-Levy said she learned of the leak from a voice note on a class WhatsApp group.",
                "Marcia Thompson-Levy",
                "said",
                "",
            ),
        ],
        [
            ("“Nobody from the school called me.", "Marcia Thompson-Levy", "said", ""),
            ("Nobody,” she said.", "Marcia Thompson-Levy", "said", ""),
        ],
        [
            (
                "She said her daughter, 13, was among those kept overnight.",
                "Marcia Thompson-Levy",
                "said",
                "W",
            ),
        ],
        [
            (
                "McFarlane-Grizzle said the school had sent a text message to all parents at 10:05 a.m.",
                "Owen McFarlane-Grizzle",
                "said",
                "W",
            ),
            ("Classes will resume on Thursday, he said.", "Owen McFarlane-Grizzle", "said", "W"),
        ],
        [
            (
                "Education Minister Donnette Clarke-Whyte said the ministry would order safety checks of gas installations at all 174 public high schools in the region before the end of term.",
                "Donnette Clarke-Whyte",
                "said",
                "W",
            ),
        ],
        [
            (
                "“One cracked valve is one too many,” she said in a statement.",
                "Donnette Clarke-Whyte",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "It was the second gas leak at a St Catherine school this year, after 12 students at another school were treated in March.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("All 41 are expected to recover.", "", "", ""),
        ],
        [
            ("More from News", "", "", "B"),
        ],
        [
            ("Portmore commuters face longer waits as bus fleet shrinks", "", "", "B"),
        ],
        [
            (
                "Read the full story at https://breadfruitpost.com.jm/news/20271012/41-students-treated-after-gas-leak",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share: WhatsApp | Facebook | X | Copy link", "", "", "B"),
        ],
        [
            ("Lite version · Switch to standard", "", "", "B"),
        ],
        [
            ("© 2027 Breadfruit Post Co. Ltd.", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms of Use | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from GoalKini – Malaysia's football app", "", "", "B"),
        ],
        [
            ("⚽ LIVE  KLR 1-0 SSN  ·  PNG 2-2 TRM  ·  BSR 0-3 LBU", "", "", "B"),
        ],
        [
            ("Liga Super › Bukit Serindit FC", "", "", "B"),
        ],
        [
            ("＋ Follow", "", "", "B"),
        ],
        [
            ("Bukit Serindit FC hit with registration ban over unpaid wages", "", "", "W"),
        ],
        [
            (
                "Players have not been paid for four months, union says",
                "Professional Footballers' Union of Malaysia (PFUM)",
                "says",
                "W",
            ),
        ],
        [
            ("Haziq Rahmat-Loh · 11 Oct 2027, 8:05 PM", "", "", "B"),
        ],
        [
            ("🔊Listen3:02", "", "", "B"),
        ],
        [
            ("↗ Share  ☆ Save  💬 64", "", "", "B"),
        ],
        [
            (
                "KUALA LUMPUR: Perak club Bukit Serindit FC have been barred from registering new players until they clear four months of unpaid wages, the Liga Nasional Malaysia Board (LNMB) announced on Monday.",
                "Liga Nasional Malaysia Board (LNMB)",
                "announced",
                "W",
            ),
        ],
        [
            (
                "In a statement, the LNMB said the club owed 27 players and nine staff a total of RM1.64 million in salaries for June to September.",
                "Liga Nasional Malaysia Board (LNMB)",
                "said",
                "W",
            ),
        ],
        [
            (
                "The ban takes effect immediately and covers the January transfer window.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Professional Footballers' Union of Malaysia (PFUM) said it had filed complaints on behalf of 19 of the club's players since July.",
                "Professional Footballers' Union of Malaysia (PFUM)",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its chief executive, Izwan Shafiee-Tan, told GoalKini the players were “at breaking point”.",
                "Izwan Shafiee-Tan",
                "told GoalKini",
                "",
            ),
        ],
        [
            (
                "“Some of them are borrowing money for petrol to get to training,” he said.",
                "Izwan Shafiee-Tan",
                "said",
                "",
            ),
            ("“One boy is sleeping at the stadium.”", "Izwan Shafiee-Tan", "said", ""),
        ],
        [
            (
                "He said two players had already left the club and gone home to their families in Sabah and Kelantan.",
                "Izwan Shafiee-Tan",
                "said",
                "W",
            ),
        ],
        [
            ("Sponsored", "", "", "B"),
        ],
        [
            (
                "Bukit Serindit chief executive Datuk Shahrul Nizam Yeoh said a new sponsor would pay RM900,000 to the club by the end of October, and the rest of the arrears would be settled by December.",
                "Shahrul Nizam Yeoh",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are not running away from anyone,” Shahrul said.",
                "Shahrul Nizam Yeoh",
                "said",
                "",
            ),
            ("“Every sen will be paid.”", "Shahrul Nizam Yeoh", "said", ""),
        ],
        [
            ("He declined to name the sponsor.", "Shahrul Nizam Yeoh", "declined to name", ""),
        ],
        [
            (
                "Midfielder Faris Iskandar Mohd Nor, 23, said he had sent money home to his parents every month until June.",
                "Faris Iskandar Mohd Nor",
                "said",
                "W",
            ),
        ],
        [
            ("“Now they are sending money to me.", "Faris Iskandar Mohd Nor", "said", ""),
            ("It's embarrassing, bro,” he said.", "Faris Iskandar Mohd Nor", "said", ""),
        ],
        [
            (
                "He said his landlord had given him until the end of the month to pay two months' rent.",
                "Faris Iskandar Mohd Nor",
                "said",
                "W",
            ),
        ],
        [
            ("Can they still play?", "", "", ""),
        ],
        [
            ("Yes.", "", "", ""),
        ],
        [
            (
                "The registration ban does not stop Bukit Serindit from playing their remaining eight league fixtures, according to the LNMB's club licensing regulations.",
                "the LNMB's club licensing regulations",
                "according to",
                "W",
            ),
        ],
        [
            (
                "But the club can be docked up to six points if wages are not paid by Nov 30, the regulations say.",
                "the regulations",
                "say",
                "W",
            ),
        ],
        [
            (
                "Bukit Serindit are ninth in the 13-team Liga Super with 17 points from 16 matches.",
                "",
                "",
                "W",
            ),
            (
                "They are the third Liga Super club to be sanctioned over unpaid wages since 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Their next match is at home to Kuala Selangor United on Friday at 9pm.", "", "", ""),
        ],
        [
            ("💬 64 comments · Tap to join the conversation", "", "", "B"),
        ],
        [
            ("Enjoying GoalKini?", "", "", "B"),
            ("Rate us ★★★★★", "", "", "B"),
        ],
        [
            ("Not now     Rate", "", "", "B"),
        ],
        [
            ("🔔 Get alerts for Bukit Serindit FC?", "", "", "B"),
        ],
        [
            ("No thanks     Allow", "", "", "B"),
        ],
        [
            ("Download GoalKini: https://goalkini.my/get", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from the KDVO 7 News app", "", "", "B"),
        ],
        [
            ("☰  KDVO 7", "", "", "B"),
        ],
        [
            ("73° Cottonridge ☁", "", "", "B"),
        ],
        [
            ("⚠ 2 WEATHER ALERTS IN EFFECT", "", "", "B"),
        ],
        [
            ("▶ WATCH LIVE", "", "", "B"),
        ],
        [
            ("NEWS | TRAFFIC", "", "", "B"),
        ],
        [
            ("Cottonridge's Elm Creek bridge to close for 14 months starting Nov. 1", "", "", "W"),
        ],
        [
            ("by Brandon Sealy-Hutchins", "", "", "B"),
        ],
        [
            ("Tue, October 12th 2027, 6:48 PM CDT", "", "", "B"),
        ],
        [
            ("▶ Play video 2:14", "", "", "B"),
        ],
        [
            (
                "COTTONRIDGE, Okla. (KDVO) — The Elm Creek Bridge on State Highway 48, which carries about 16,500 vehicles a day, will close to all traffic on Nov. 1 for about 14 months while it is replaced, state transportation officials said Tuesday.",
                "state transportation officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "The 1961 bridge was rated in poor condition after an inspection in March found cracking in two of its steel girders, according to the state transportation department.",
                "the state transportation department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Department spokesperson Alyssa Tenbrink-Harjo said the $38.4 million project would build a wider bridge with a sidewalk and a shoulder on each side.",
                "Alyssa Tenbrink-Harjo",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We know this is going to be painful,” she said.",
                "Alyssa Tenbrink-Harjo",
                "said",
                "",
            ),
            (
                "“It's the only way across the creek for about eight miles.”",
                "Alyssa Tenbrink-Harjo",
                "said",
                "W",
            ),
        ],
        [
            (
                "The official detour uses Quarry Road and U.S. 77 and adds about 11 minutes to a trip across town, she said.",
                "Alyssa Tenbrink-Harjo",
                "said",
                "W",
            ),
        ],
        [
            ("What about school buses?", "", "", ""),
        ],
        [
            (
                "Cottonridge Public Schools said 14 bus routes would change and pickup times for about 1,900 students would move earlier by 10 to 20 minutes.",
                "Cottonridge Public Schools",
                "said",
                "W",
            ),
        ],
        [
            (
                "The district said families would get the new times by Oct. 25.",
                "The district",
                "said",
                "",
            ),
        ],
        [
            (
                "Mayor Felicia Rountree-Oakes said the city had asked the state to build the new bridge in two halves so that one lane could reopen sooner.",
                "Felicia Rountree-Oakes",
                "said",
                "W",
            ),
            ("She said the state had not yet agreed.", "Felicia Rountree-Oakes", "said", ""),
        ],
        [
            ("The city has set up a page on its website with updates on the closure.", "", "", ""),
        ],
        [
            (
                "Danny Szymanski-Pruitt, who owns the Elm Creek Diner a block from the bridge, said about half of his breakfast trade came from commuters.",
                "Danny Szymanski-Pruitt",
                "said",
                "W",
            ),
        ],
        [
            ("“Fourteen months?", "Danny Szymanski-Pruitt", "said", ""),
            (
                "I don't know if I've got fourteen months,” he said.",
                "Danny Szymanski-Pruitt",
                "said",
                "",
            ),
        ],
        [
            (
                "He said he had already moved two of his nine staff to part-time hours.",
                "Danny Szymanski-Pruitt",
                "said",
                "W",
            ),
        ],
        [
            ("Story continues below ▼", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Here are the key dates, according to the department:",
                "the department",
                "according to",
                "",
            ),
        ],
        [
            ("Oct. 25 — Detour signs go up.", "", "", "W"),
        ],
        [
            ("Nov. 1 — The bridge closes to traffic at 9 p.m.", "", "", "W"),
        ],
        [
            ("Spring 2028 — The old spans are demolished.", "", "", "W"),
        ],
        [
            ("January 2029 — The new bridge is expected to open.", "", "", "W"),
        ],
        [
            ("Construction is being paid for with 80% federal and 20% state money.", "", "", "W"),
        ],
        [
            (
                "Fire trucks and ambulances from the station on the east side of the creek will use a temporary gravel access road, the city said.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tenbrink-Harjo said crews would work six days a week.",
                "Alyssa Tenbrink-Harjo",
                "said",
                "",
            ),
        ],
        [
            ("Copyright 2027 KDVO.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Report a typo or error", "", "", "B"),
        ],
        [
            ("Get breaking news alerts on the KDVO 7 app: https://kdvo7.com/apps", "", "", "B"),
        ],
        [
            ("Sent from my iPhone", "", "", "B"),
        ],
    ],
    [
        [
            ("You're reading the web version of The Catch-up.", "", "", "B"),
        ],
        [
            ("Not subscribed yet? Sign up here.", "", "", "B"),
        ],
        [
            ("AOTEA PUBLIC MEDIA  ·  THE CATCH-UP  ·  Friday 15 October 2027", "", "", "B"),
        ],
        [
            ("Kia ora, and welcome to Friday's Catch-up.", "", "", "B"),
        ],
        [
            (
                "In today's edition: a council's costly typo, a record A&P show, and the weekend weather.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("✦ ✦ ✦", "", "", "B"),
        ],
        [
            ("Council newsletter told 22,000 ratepayers their rates would rise 4.9%.", "", "", "W"),
            ("It's 14.9%", "", "", "W"),
        ],
        [
            (
                "Rangitawhiti District Council will send a second newsletter to every ratepayer after its printed Rates Update told households their bills would rise by 4.9 percent, when the increase councillors adopted in June is 14.9 percent.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The newsletter, delivered to about 22,300 letterboxes last week, also gave an example rates bill for an average home of $3,212 instead of $3,612, chief executive Ngaire Tapsell-Horomona said.",
                "Ngaire Tapsell-Horomona",
                "said",
                "W",
            ),
        ],
        [
            (
                "“A single digit dropped out at the layout stage and nobody caught it,” she said.",
                "Ngaire Tapsell-Horomona",
                "said",
                "",
            ),
            ("“That's on us, and I'm sorry.”", "Ngaire Tapsell-Horomona", "said", ""),
        ],
        [
            (
                "She said the correction would cost about $38,000 to print and deliver.",
                "Ngaire Tapsell-Horomona",
                "said",
                "W",
            ),
        ],
        [
            (
                "The newsletter's back page, under the heading “Unsubscribe from paper copies”, told readers they could switch to email.",
                "",
                "",
                "",
            ),
        ],
        [
            ("About 3,100 households have done so, the council said.", "the council", "said", "W"),
        ],
        [
            (
                "Ratepayer Graham Whitcombe-Rangi, a retired dairy farmer, said he had budgeted for the lower figure.",
                "Graham Whitcombe-Rangi",
                "said",
                "",
            ),
        ],
        [
            (
                "“I got the newsletter, I did the sums, I thought, ‘Not bad.’",
                "Graham Whitcombe-Rangi",
                "said",
                "",
            ),
            ("Then the bill came,” he said.", "Graham Whitcombe-Rangi", "said", ""),
        ],
        [
            (
                "He said his rates would go up by about $480 a year.",
                "Graham Whitcombe-Rangi",
                "said",
                "W",
            ),
        ],
        [
            (
                "The rates notices themselves, posted separately on 1 October, showed the correct amounts, according to the council.",
                "the council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Councillor Mere Pōtae-Sinclair said she would ask for an independent review of how the newsletter was checked.",
                "Mere Pōtae-Sinclair",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the council had spent $211,000 on printed communications in the last financial year.",
                "Mere Pōtae-Sinclair",
                "said",
                "W",
            ),
            (
                "“If we're going to spend that, it has to be right,” she said.",
                "Mere Pōtae-Sinclair",
                "said",
                "",
            ),
        ],
        [
            (
                "Tapsell-Horomona said every newsletter would now be checked by two staff members and the finance team before it was printed.",
                "Ngaire Tapsell-Horomona",
                "said",
                "W",
            ),
        ],
        [
            ("The correction newsletter goes out next week.", "", "", ""),
        ],
        [
            ("▶ Listen: Ngaire Tapsell-Horomona on this morning's programme (4 min)", "", "", "B"),
        ],
        [
            ("✦ ✦ ✦", "", "", "B"),
        ],
        [
            (
                "Show time: Organisers of the Rangitawhiti A&P Show said 41,800 people went through the gates over three days, a record.",
                "Organisers of the Rangitawhiti A&P Show",
                "said",
                "W",
            ),
        ],
        [
            (
                "Roads: A slip has closed Kererū Valley Road south of Rangitawhiti until at least Tuesday, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Weekend: Forecasters expect rain to clear from the west by Saturday afternoon, with highs of 17C.",
                "Forecasters",
                "expect",
                "",
            ),
        ],
        [
            ("Enjoying The Catch-up?", "", "", "B"),
            ("Forward it to a friend, or hit reply and tell us what you think.", "", "", "B"),
        ],
        [
            ("Ngā mihi,", "", "", "B"),
        ],
        [
            ("Wiremu Kōtuku-Baines, newsletter editor", "", "", "B"),
        ],
        [
            ("Aotea Public Media, PO Box 3417, Wellington 6140", "", "", "B"),
        ],
        [
            ("More newsletters from Aotea →", "", "", "B"),
        ],
        [
            ("Update your preferences | Unsubscribe", "", "", "B"),
        ],
        [
            (
                "You are receiving this email because you subscribed at aotea.nz/newsletters.",
                "",
                "",
                "B",
            ),
        ],
    ],
]

CASES = [
    (
        "n134-am-it",
        "The app, which about 61 per cent of riders now use to buy tickets, failed at 5:48 a.m. It was not fully restored until 2:30 p.m.",
        [
            "The app, which about 61 per cent of riders now use to buy tickets, failed at 5:48 a.m.",
            "It was not fully restored until 2:30 p.m.",
        ],
    ),
    (
        "n134-ont-end",
        "Lorraine Faucher-Bilodeau, the city's director of transit, said the outage was caused by a software update pushed overnight by the app's vendor, Farecrest Systems of Mississauga, Ont. “It should never have gone out on a weekday,” she told reporters at city hall.",
        [
            "Lorraine Faucher-Bilodeau, the city's director of transit, said the outage was caused by a software update pushed overnight by the app's vendor, Farecrest Systems of Mississauga, Ont.",
            "“It should never have gone out on a weekday,” she told reporters at city hall.",
        ],
    ),
    (
        "n134-no-11",
        "Mireille Achterberg, 52, said she was turned away from a No. 11 bus on Portage Avenue at 6:50 a.m. and was 40 minutes late for her shift at a care home.",
        [
            "Mireille Achterberg, 52, said she was turned away from a No. 11 bus on Portage Avenue at 6:50 a.m. and was 40 minutes late for her shift at a care home."
        ],
    ),
    (
        "n134-sorry-rules",
        "“The driver said, ‘Sorry, rules.’ What rules?”",
        ["“The driver said, ‘Sorry, rules.’", "What rules?”"],
    ),
    (
        "n134-oct-21",
        "Refunds start Oct. 21. Riders who bought a ticket another way on Monday, or who paid cash, can claim $3.15 by filling in a form on the city's website, the city said.",
        [
            "Refunds start Oct. 21.",
            "Riders who bought a ticket another way on Monday, or who paid cash, can claim $3.15 by filling in a form on the city's website, the city said.",
        ],
    ),
    (
        "n134-six-months",
        "“Six months. That's all we're asking,” he said.",
        ["“Six months.", "That's all we're asking,” he said."],
    ),
    (
        "n134-co-kerry",
        "He said 11 post offices had closed in Co. Kerry since 2018.",
        ["He said 11 post offices had closed in Co. Kerry since 2018."],
    ),
    (
        "n134-card",
        "“What would I want with a card?” he said. “Nuala knows me. She knows the whole parish.”",
        [
            "“What would I want with a card?” he said.",
            "“Nuala knows me.",
            "She knows the whole parish.”",
        ],
    ),
    (
        "n134-notice",
        "“Notice? Which notice?” asked Mrs Folasade Olumide-Ahmed, 46, a fish trader in Ilodo-Oke whose shop and stock were washed away.",
        [
            "“Notice?",
            "Which notice?” asked Mrs Folasade Olumide-Ahmed, 46, a fish trader in Ilodo-Oke whose shop and stock were washed away.",
        ],
    ),
    (
        "n134-cnw-copy",
        "© 2027 Continental Newswire. All rights reserved.",
        ["© 2027 Continental Newswire.", "All rights reserved."],
    ),
    (
        "n134-dateline",
        "ILODO-OKE, Nigeria, Oct 3 (CNW) - Floodwater released from the Ofada-Ilese Dam has submerged 14 riverside communities in Nigeria's Ogun State and displaced about 3,200 people, the Ogun State Emergency Response Agency (OSERA) said on Friday.",
        [
            "ILODO-OKE, Nigeria, Oct 3 (CNW) - Floodwater released from the Ofada-Ilese Dam has submerged 14 riverside communities in Nigeria's Ogun State and displaced about 3,200 people, the Ogun State Emergency Response Agency (OSERA) said on Friday."
        ],
    ),
    (
        "n134-pvt-ltd",
        "Copyright © 2027 Chronicle Media Pvt. Ltd. All rights reserved.",
        ["Copyright © 2027 Chronicle Media Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "n134-official",
        "“A decision will be taken this week,” the official said. The government cut the export duty on onions to 10% from 20% in March.",
        [
            "“A decision will be taken this week,” the official said.",
            "The government cut the export duty on onions to 10% from 20% in March.",
        ],
    ),
    (
        "n134-trolleys",
        "Broadhurst-Tuffin disputed that. “People on trolleys can't wait 10 years,” he said.",
        ["Broadhurst-Tuffin disputed that.", "“People on trolleys can't wait 10 years,” he said."],
    ),
    (
        "n134-pty-ltd",
        "© 2027 Highveld Ledger Media (Pty) Ltd. All rights reserved.",
        ["© 2027 Highveld Ledger Media (Pty) Ltd.", "All rights reserved."],
    ),
    (
        "n134-rand",
        "Rand: The rand weakened 0.8% to R18.42 to the dollar on Tuesday, its weakest close in seven weeks. Traders said the currency was hurt by a stronger dollar after US jobs data.",
        [
            "Rand: The rand weakened 0.8% to R18.42 to the dollar on Tuesday, its weakest close in seven weeks.",
            "Traders said the currency was hurt by a stronger dollar after US jobs data.",
        ],
    ),
    (
        "n134-quote-day",
        "“Short time hurts, but it is better than the street.” — Zolani Mtshemla-Baartman, AAWU",
        ["“Short time hurts, but it is better than the street.” — Zolani Mtshemla-Baartman, AAWU"],
    ),
    (
        "n134-ma-byline",
        "By Ma. Cristina Salcedo-Buenconsejo",
        ["By Ma. Cristina Salcedo-Buenconsejo"],
    ),
    (
        "n134-jan-1",
        "The office recorded 1,876 cases from Jan. 1 to Oct. 7, up from 782 in the same period last year.",
        [
            "The office recorded 1,876 cases from Jan. 1 to Oct. 7, up from 782 in the same period last year."
        ],
    ),
    (
        "n134-cook",
        "“You tell them to throw the water away, they ask, ‘Then what do we cook with?’” he said.",
        [
            "“You tell them to throw the water away, they ask, ‘Then what do we cook with?’” he said."
        ],
    ),
    (
        "n134-dr-b",
        "Its director, Dr. Antonio B. Magbanua-Lim, said the city had not yet asked to be declared a dengue outbreak area. “If they ask, we will act within the day,” Magbanua-Lim said.",
        [
            "Its director, Dr. Antonio B. Magbanua-Lim, said the city had not yet asked to be declared a dengue outbreak area.",
            "“If they ask, we will act within the day,” Magbanua-Lim said.",
        ],
    ),
    (
        "n134-garden",
        "“Where's the rest supposed to go? The garden?” she said.",
        ["“Where's the rest supposed to go?", "The garden?” she said."],
    ),
    (
        "n134-sc-no",
        "© 2027 Lorne Bugle Newspapers Ltd. Registered in Scotland No. SC481207.",
        ["© 2027 Lorne Bugle Newspapers Ltd.", "Registered in Scotland No. SC481207."],
    ),
    (
        "n134-nine-twenty",
        "Principal Owen McFarlane-Grizzle said the smell was first reported at 9:20 a.m. Students were moved to the playing field within 10 minutes, he said.",
        [
            "Principal Owen McFarlane-Grizzle said the smell was first reported at 9:20 a.m.",
            "Students were moved to the playing field within 10 minutes, he said.",
        ],
    ),
    ("n134-rate-us", "Enjoying GoalKini? Rate us ★★★★★", ["Enjoying GoalKini?", "Rate us ★★★★★"]),
    (
        "n134-okla",
        "COTTONRIDGE, Okla. (KDVO) — The Elm Creek Bridge on State Highway 48, which carries about 16,500 vehicles a day, will close to all traffic on Nov. 1 for about 14 months while it is replaced, state transportation officials said Tuesday.",
        [
            "COTTONRIDGE, Okla. (KDVO) — The Elm Creek Bridge on State Highway 48, which carries about 16,500 vehicles a day, will close to all traffic on Nov. 1 for about 14 months while it is replaced, state transportation officials said Tuesday."
        ],
    ),
    (
        "n134-us-77",
        "The official detour uses Quarry Road and U.S. 77 and adds about 11 minutes to a trip across town, she said.",
        [
            "The official detour uses Quarry Road and U.S. 77 and adds about 11 minutes to a trip across town, she said."
        ],
    ),
    (
        "n134-kdvo-copy",
        "Copyright 2027 KDVO. All rights reserved.",
        ["Copyright 2027 KDVO.", "All rights reserved."],
    ),
    (
        "n134-not-bad",
        "“I got the newsletter, I did the sums, I thought, ‘Not bad.’ Then the bill came,” he said.",
        [
            "“I got the newsletter, I did the sums, I thought, ‘Not bad.’",
            "Then the bill came,” he said.",
        ],
    ),
    (
        "n134-four-nine",
        "Council newsletter told 22,000 ratepayers their rates would rise 4.9%. It's 14.9%",
        ["Council newsletter told 22,000 ratepayers their rates would rise 4.9%.", "It's 14.9%"],
    ),
]
