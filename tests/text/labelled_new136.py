"""Hundred-and-thirty-sixth set of new hand-labelled pages for the hint engines (tuning set, round fifty-one):
twelve WHOLE pages of everyday news, head to tail as a reader's paste gives them, from twelve
countries, one genre each, where CHECK-WORTHINESS and SENTENCE SPLITS are the hard part. The pages:
a South African business news site, desktop browser (consumer inflation eases to 4.1% in April
while food inflation climbs to 6.3%); a Nigerian daily's courts page, phone browser (a former
council treasurer jailed nine years for diverting N412.6m); a Pakistani daily, app share (one panel
wins 41 of 68 union councils in Multan, turnout 38.6 per cent); a Malaysian news portal, reader
view (floods in Kelantan, 18,406 evacuees in 212 relief centres, two drowned); a Northern Irish
local newsletter's web view (a primary school's leadership rated "needs urgent improvement"); a
Fijian business news site, desktop browser (an airline's record F$48.2m annual profit); a Zambian
daily's sport page, phone browser (a league leader wins 2-1 with a stoppage-time penalty); a Maltese
news site's restaurant review, reader view (a Valletta fish house in a townhouse built ca. 1900);
a Jamaican daily's health page, app share (41 per cent of adults in a parish study have high blood
pressure, half of them unaware); a Namibian daily, desktop browser (Windhoek to service 4,800 plots
for N$1.1 billion); a United States local newspaper, phone browser (1,140 nurses begin a five-day
strike); and a Japanese English-language newsletter's web view (a private rocket puts a university's
6.4kg satellite into orbit from Hokkaido).

What is hard is telling statements of record (figures, dates, quantities, comparisons, rulings,
findings, causal claims by officials, statutory windows, fees, first-person records with a figure)
from what sits beside them: forecasts and plans with numbers (a repo-rate cut, 2 million passengers
by 2030, 600 families "by the middle of next year", a monthly launch rate from 2029), hedges
("could dip below 4%", "may arrive next week", "probably an underestimate"), feelings, advice,
rhetorical questions, colour, a critic's verdicts and one-word fragments ("Perfect.", "Mostly.",
"Worth it?"). And where sentences end: abbreviations that END a sentence before a capital ("up
from 4.4% in Jan." / "Bread ..."; "at 11 p.m." / "Counting ..."; "at 5 p.m." / "Staff at the
Irrigation and Drainage Department ..."; "elsewhere in the U.K." / "The school is ..."; "Media Ltd."
/ "Registered in Fiji ..."; "etc." / "None of it ..."; "at 7 a.m." / "By 9, ..."; "at 12:11 p.m." /
"Ground stations ...") and ones that do not ("Sec. 4(b)", "Court No. 7", "No. ID/7712C/2023", "the
No. 7 shirt", "Art. 12", "Rs. 300 to Rs. 50", "Rs. 18.4 million", "St. Mary's", "St. Catherine",
"St. Ursula Street", "ca. 1900", "approx. 40", "approx. 60", "a Ph.D. candidate", "Gov. Ellison T.
Wolstenbury", "U.S. Route 9", "Sept. 9", "Sept. 27", "Oct. 21", "e.g.", "vs." in a results box and a
score line, "Sdn. Bhd.", "Co., Ltd."); questions and exclamations inside quotes followed by their
attribution (one sentence: "“If petrol can come down, why can't bread?” asked ...", "“Multan has
voted for clean streets and working tube wells!” he said.", "“It's alive!” shouted ...") against
quotes whose "?" or "…" is followed by a new capitalised sentence ("“Nine years?" / "Let him bring
back every kobo first,” he said.", "“Handball?" / "The ball hit his chest ...", "“The sofa…" / "I
don't want to think about the sofa,” ..."); an ellipsis before a lower-case word inside a sentence
("waited, waited… and rolled it"); decimal figures (17.92 metres, 81.4 per cent, N$12,000.00),
times ("9.40am", "10:42 a.m.", "8:15 a.m."), initials ("Ellison T."), websites and emails in the
text, a journal reference line, a results box and table rows, line-ups and an info box.

The pages hold 515 sentences: 154 "B", 171 "W" and 190 ""; 223 sentences carry a speaker
(77 distinct speakers). `STYLES` describes each page, its story, its labels and its furniture in
order.

Written from scratch for issue 13 in round fifty-one, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief, the module docstrings of
`labelled_new.py` and `labelled_new2.py`, `def build` in `labelled_articles.py`, the `[tool.ruff]`
tables of `pyproject.toml`, and through `ast` only the docstrings, `STYLES`, counts, first page
openings and first cases of `labelled_new131.py` and `labelled_new132.py`. Coined names were
checked with file counts of `grep -rl` over `tests/text` and the ones that hit (an outlet, a
newspaper, a rocket, a panel, a fund manager, a consumer group, a governor's and an evacuee's
surname) were renamed.

Every person, outlet, firm, panel, union, school, restaurant, rocket, satellite, institute,
federation, association and figure is invented. Real countries, provinces, states, cities, towns,
rivers, streets and institutions appear only as settings, with invented statements and figures:
Johannesburg, Soweto, Limpopo, the Western Cape, the Free State, Statistics South Africa, the
Reserve Bank and the National Treasury; Lagos, Ikeja, Lekki and Ikorodu Road; Multan and its
neighbourhoods; Kelantan, Kota Bharu, Kuala Krai, Pasir Mas, Jeli, Tanah Merah, Tumpat, Dabong,
Terengganu, the Sungai Kelantan, the Irrigation and Drainage Department and the Malaysian
Meteorological Department; Omagh, Cookstown, Mid Ulster and the Education Authority; Suva, Nadi,
the Coral Coast and Tourism Fiji; Ndola, Kitwe, Mansa, Kafue and Levy Mwanawasa Stadium; Valletta,
St. Ursula Street, Żebbuġ and Marsaxlokk; St. Catherine, Linstead and the Ministry of Health and
Wellness; Windhoek, Otjomuise, Goreangab, Katutura and the Ministry of Urban and Rural Development;
the Hudson Valley, Albany, Poughkeepsie and U.S. Route 9; Hokkaido, Kushiro, Sapporo, the Sea of
Okhotsk, Norway and Chile.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, section path, byline, date line, share line, caption,
credit, list item, table row, info-box line, note and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says, never with a speaker; a caption by its content
and its credit "B"; headlines and standfirsts never split and flagged by content ("researchers
say" and "losing candidates allege" keep their plural generic sources as written); a dateline
belongs to its lead sentence; a person is named in full as first given, without titles or roles
("Justice", "SAN", "Supt", "Mayor", "Gov.", "Dr" dropped), and a pronoun or surname resolves to that
name; "according to X" gives X as written; a generic noun for a body is kept as written ("the
agency", "The commission", "the committee", "the department", "the airline", "The municipality",
"the hospital", "the union"), while "It said" resolves to the body as first given; a quote over
several sentences carries its speaker and cue in each; a person acting without a verb of saying
carries no speaker ("Arshad Hussain Bhutta ... thanked voters", a judge's orders, the convict in the
dock).

Conventions this set had to settle, in the same spirit:

* A judge's orders ("She ordered the forfeiture ...") are acts of record: "W" with no speaker,
  while "She found" and "The judge held" carry the judge with "found" and "held".
* A restaurant review is read like the theatre review of `labelled_new132.py`: the critic's own
  records (opening, covers, building date, prices, the bill) "W", the verdicts and fragments "", the
  "Review: ..." headline and the star rating "", the info-box lines under the review "".
* Sport data lines (the score line with "vs.", line-ups, "Subs used:", "Referee:", "Attendance:",
  the next fixture) are "", as in `labelled_new2.py`; a results box in a business story likewise
  ("" rows, "B" title, header and source).
* A line that prompts readers to contact the reporter by email is "B"; an email or website given
  in the story for the public ("call the operations room ... or email ...", "can write to ...") is
  part of the sentence and flagged by content ("").
* `CASES` holds 30 sentence-split cases (id, text, expected sentences), each one to three
  consecutive sentences of one paragraph of these pages, joined by single spaces: what a reviewer
  wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'South African BUSINESS NEWS SITE (Johannesburg), desktop browser paste, an INFLATION RELEASE: consumer inflation eases to 4.1% in April while food inflation climbs to 6.3%. Head: masthead in capitals, menu with wide spaces, a markets ticker, section path with a slash (all "B"); headline and standfirst of record "W"; byline with role, date line with read time, share strip, photo credit "B" and a scene caption "". Body: the agency\'s figures "W" ("it said" resolving to Statistics South Africa, then "the agency" and "the release" as written, "Stats SA said" resolving to the full name); "from 4.4% in Jan." ending a sentence before "Bread"; a mid-story "Read more" link and an "Advertisement" label "B"; an economist\'s forecast with numbers and her two-sentence quote "" ; a shopper\'s two-sentence price record "W" and her question-then-sentence quote ""; a consumer group\'s question with attribution (one sentence) "" and its basket figure "W"; the Treasury\'s kept forecast "". Tail: tags, newsletter box, most-read list, company line and copyright "B".',
    'Nigerian DAILY\'s courts page (Lagos), phone browser paste, a COURT SENTENCING: a former council treasurer jailed nine years for diverting N412.6m. Head: hamburger line with the masthead in capitals, "Menu", section path with ›, byline name alone, weekday date line with time, a listen-to-article strip (all "B"); headline and standfirst of record "W". Body: dateline-free lead of record "W"; the conviction "W" with no speaker; "She found" carrying the judge with "found", "The judge held" with "held" and "Sec. 4(b)" mid-sentence, both "W"; the judge\'s two quotes "" (the second split at an ellipsis before a capital); forfeiture orders and concurrent sentences "W" with no speaker (acts, not sayings); the case "No. ID/7712C/2023" mid-sentence "W"; the defence\'s appeal plan "" and its quote split into a sentence and a question with "told reporters outside Court No. 7" (one sentence); the defence\'s argument at trial "W"; the prosecutor\'s closing "W" and her "satisfied" ""; the convict and his wife "" (no speaker); a community chairman\'s record "W" and his "“Nine years?" / "Let him ..." quote ""; the commission\'s record "W" with "The commission" kept as written. Mid: "Advertisement" and "Continue reading below" "B". Tail: related list, back to top, app prompt, copyright "B".',
    'Pakistani DAILY (Multan), app share paste, a LOCAL ELECTION RESULT: one panel wins 41 of 68 union councils. Head: masthead, a "Shared from the app" line, section label in capitals, "Our Correspondent" byline (all "B"); headline of record "W"; standfirst of record whose "losing candidates allege" keeps the plural generic source as written "W". Body: dateline "MULTAN:" inside the lead, which carries "provisional results issued by the district returning officer" with "according to" "W"; the returning officer\'s turnout and voter figures "W" and her causal claim about rain "after 2 p.m." "W"; a voter\'s two-sentence quote (drain "" / "Nobody has, in 20 years," record "W"); the winner\'s rally (no speaker ""), his exclamation with attribution (one sentence) "" and his promise with "Rs. 300 to Rs. 50" ""; the loser\'s record split at "11 p.m." before "Counting" (both "W"), his question with "he asked" "" and the 30-day window under "Art. 12" "W"; the officer\'s "strictly on merit" "" and the "Rs. 50" copy fee "W"; a results box (title and header "B", rows "", source line "B"); oath and mayoral-election dates "W" with "Sept. 27" mid-sentence. Tail: print-edition line, WhatsApp and app prompts "B".',
    'Malaysian NEWS PORTAL (Kelantan), reader-view paste, a FLOOD: 18,406 people in 212 relief centres, two drowned. Head: the domain, a byline with the outlet, a reading-time line (all "B"); headline of record "W" (reader view keeps no standfirst). Body: the state disaster committee\'s figures "W" ("the committee" as written); the river reading split at "at 5 p.m." before "Staff at the Irrigation and Drainage Department" (whose sentence carries them with "said", "W"); the police chief\'s drowning record "W" with initials and a bin/binti name; the weather department\'s forecast with numbers and a hedge ""; an evacuee\'s feeling "" and her record of water depth "W"; a volunteer\'s exclamation with attribution (one sentence) "" ; advice to the public "" with a website and a hotline in the text; a reader-view caption "" and its credit "B". Tail: a "Related" list kept by reader view and the company line with "Sdn. Bhd." "B".',
    'Northern Irish LOCAL NEWSLETTER\'s web view (Co. Tyrone), a SCHOOL INSPECTION: a primary school rated "needs urgent improvement" on leadership. Head: "View this email in your browser", a forwarded-subscribe line, the newsletter\'s name in capitals with edition and date, a greeting and an "In today\'s edition" list (all "B"); the item\'s headline of record "W". Body: "St. Mary\'s Primary School" mid-sentence; inspectors\' findings "W" with "Inspectors found" and "the report found", "the report said" kept as written; a principal\'s record "W" with "11 of them in schools elsewhere in the U.K." ending a sentence before "The school is her first headship." ("W", no speaker); her plan and feelings "" and her question with attribution (one sentence) ""; the Education Authority\'s plan "" and its staffing record "W" ("It said" resolving); a parent\'s feeling "" and her record "W"; a councillor\'s rhetorical question split before a new sentence ""; a mid-newsletter sponsor block "B". Tail: other briefs\' links, feedback line with an email, unsubscribe strip, postal address "B".',
    'Fijian BUSINESS NEWS SITE (Suva), desktop browser paste, an AIRLINE\'S RESULTS: a record F$48.2 million annual profit. Head: masthead in capitals, a date-and-weather strip, menu with pipes, section path with ›, byline with role, date line, share strip (all "B"); headline and standfirst of record "W". Body: results figures "W" with "the airline said" and "It said"; a results box (title and header "B", rows "" including "vs." comparisons, note "B"); the chief executive\'s causal claim "W", her hope with a number "" and her exclamation with attribution (one sentence) ""; a fuel-cost record "W"; an analyst\'s opinion "" and prediction with numbers ""; a union secretary\'s record "W" and demand ""; Tourism Fiji-style visitor figures "W" with "according to"; a dividend "W". Tail: tags, "More from Business", company line with "Ltd." before "Registered in Fiji", copyright "B".',
    'Zambian DAILY\'s sport page (Copperbelt), phone browser paste, a FOOTBALL MATCH REPORT: a league leader wins 2-1 with a late penalty. Head: a slim bar with the masthead and "Menu", "SPORT" label, byline in capitals, date line, share icons (all "B"); headline of record with "vs."-free score "W"; standfirst "" (colour). Body: lead of record "W" (minutes, scorers, attendance); "the No. 7 shirt" mid-sentence; match colour and verdicts ""; the referee\'s decision "W"; the winning coach\'s exclamation with attribution (one sentence) "" and his feeling ""; the losing coach\'s question followed by a new sentence (split) "" and her record of a penalty count "W"; the league table position "W"; a score line "Ndola Eagles 2 vs. Mansa Riverside 1" "" as data; line-ups, "Subs:" and "Referee:" lines "" data; a mid "Advertisement" "B". Tail: "Next fixture" line "", a comments prompt, "Back to top" and copyright "B".',
    'Maltese NEWS SITE\'s RESTAURANT REVIEW (Valletta), reader-view paste: a new fish restaurant in a townhouse from ca. 1900. Head: the domain, the review headline "" (a title and a verdict), byline, reading time (all but the headline "B"). Body: the critic\'s own text carries no speaker; its records (opening date, covers "approx. 40", the building "ca. 1900", prices in euros, the chef\'s earlier kitchen) "W"; its verdicts, metaphors, advice and one-word fragments ""; "etc." ending a sentence before "None of it"; the owner\'s quote with a question and attribution (one sentence) "" and his record of the catch "W"; a quoted sommelier line ""; a rating line "" and the info-box lines "" (address, hours, phone, website); a photo caption "" and credit "B". Tail: "Restaurant reviews are paid for by" note and copyright with "Ltd." ending the paragraph "B".',
    'Jamaican DAILY\'s health page, app share paste, a HEALTH STUDY: two in five adults in a parish study had high blood pressure, and half did not know. Head: app share line, masthead, section label in capitals, byline, date line (all "B"); headline of record "W"; standfirst "..., researchers say" carrying the researchers as the lead names them "W". Body: findings "W" with "the study found", "the researchers found" and "the paper said"; "St. Catherine" mid-sentence; a "Ph.D. candidate" mid-sentence; the lead author\'s hedges and advice "" and her record of the sample "W"; a two-sentence colon quote of advice ""; a second author\'s question with attribution (one sentence) "" ; a ministry\'s programme record "W" and its plan ""; a patient\'s record "W" and feeling ""; an email and a website in the text; a journal reference line "B" (one sentence). Tail: "Shared from the app" footer, app links, copyright "B".',
    'Namibian DAILY (Windhoek), desktop browser paste, a HOUSING PLAN: the city to service 4,800 plots over three years. Head: masthead in capitals, a top strip with e-paper and subscribe links, menu with wide spaces, section path with a slash, byline, date line, share strip (all "B"); headline of record "W"; standfirst "" (a plan). Body: the council\'s plan with costs "" where it is a plan and "W" where it states records (backlog, budget approved, price per plot); "The municipality" kept as written and "It said" resolving to the City of Windhoek; a mayor\'s causal claim "W" and his exclamation with attribution (one sentence) ""; an opposition councillor\'s record "W" and rhetorical question split before a new sentence ""; a residents\' federation leader\'s record of her shack "W" and her feeling ""; the ministry\'s share "W" with "according to"; a plot price in "N$" with decimals; a mid "Advertisement" and "Read also" link "B"; a caption "" and credit "B". Tail: comment policy, follow line, copyright "B".',
    'United States LOCAL NEWSPAPER site (New York\'s Hudson Valley), phone browser paste, a LABOUR STRIKE: 1,140 nurses begin a five-day strike. Head: a slim bar with the masthead and "Sign in", "Subscribe for $1" strip, section label, byline with "and", timestamp line, share icons (all "B"); headline of record "W"; standfirst "" (a prediction and a quote). Body: the union\'s figures "W"; "U.S. Route 9" and "Gov. A Name" mid-sentence; "at 7 a.m." ending a sentence before a capital; the hospital\'s record of replacement nurses and costs "W" and its statement ""; a nurse\'s record "W" and her question with attribution (one sentence) ""; the governor\'s call "" (advice); a negotiator\'s exclamation with attribution ""; the wage offers "W"; a patient\'s feeling ""; "etc."-free; a mid "Story continues below advertisement" "B". Tail: a correction note "", "Most popular" list and copyright "B".',
    'Japanese ENGLISH-LANGUAGE NEWSLETTER\'s web view (science), a SPACE LAUNCH: a private rocket puts a university\'s 6.4kg satellite into orbit from Hokkaido. Head: "Having trouble viewing this email?" line, newsletter name and date, "This week" list (all "B"); the item headline of record "W" and standfirst "". Body: launch record "W" with "10:42 a.m." and "12:11 p.m." (the latter ending a sentence before "Ground stations"); the company\'s figures "W" and its plan ""; a professor\'s feeling "" and her mission record "W"; a student\'s exclamation with attribution (one sentence) ""; a quoted "Is it alive?" followed by a new sentence (split) ""; "e.g." and "approx." mid-sentence; an analyst\'s prediction ""; fishermen\'s record of a no-sail zone "W" with "according to"; a website in text; a sponsor block "B". Tail: "Reply to this email" line, unsubscribe strip and address with "Co., Ltd." "B".',
]

ARTICLES = [
    [
        [("THE VELDBRIDGE TICKER", "", "", "B")],
        [("Markets     Economy     Companies     Opinion     Podcasts     Subscribe", "", "", "B")],
        [("JSE All Share 84,112 ▲0.4%  ·  R/$ 17.62  ·  Brent $81.20", "", "", "B")],
        [("Economy / Inflation", "", "", "B")],
        [("Consumer inflation eases to 4.1% in April as fuel prices fall", "", "", "W")],
        [("Food inflation climbs to 6.3%, its highest in more than a year", "", "", "W")],
        [("By Thandeka Mphahlele-Roos, Economics Reporter", "", "", "B")],
        [("19 May 2027 · 11:48 · 4 min read", "", "", "B")],
        [("Share   X   LinkedIn   WhatsApp   Copy link", "", "", "B")],
        [("Shoppers at a supermarket in Jabavu, Soweto, on Tuesday.", "", "", "")],
        [("Photo: Kagiso Lebepe-Harte / The Veldbridge Ticker", "", "", "B")],
        [
            (
                "Annual consumer price inflation slowed to 4.1% in April from 4.6% in March, Statistics South Africa said on Wednesday, the lowest reading in 14 months.",
                "Statistics South Africa",
                "said",
                "W",
            )
        ],
        [
            (
                "Prices rose 0.2% from a month earlier, it said.",
                "Statistics South Africa",
                "said",
                "W",
            )
        ],
        [
            (
                "Transport costs fell 3.8% year on year after two cuts in the petrol price, knocking roughly half a percentage point off the headline rate, the agency said.",
                "the agency",
                "said",
                "W",
            )
        ],
        [
            ("Food was the exception.", "", "", ""),
            (
                "Food and non-alcoholic beverages rose 6.3% year on year, up from 4.4% in Jan.",
                "",
                "",
                "W",
            ),
            (
                "Bread and cereals were up 9.1% and meat 7.4%, while vegetables were 2.2% cheaper than a year ago.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Food inflation was highest in Limpopo, at 7.2%, and lowest in the Western Cape, at 5.1%, the release showed.",
                "the release",
                "showed",
                "W",
            )
        ],
        [
            (
                "Core inflation, which excludes food, non-alcoholic beverages, fuel and energy, was unchanged at 4.3%.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Services inflation was 4.9%, with rents up 3.6% and medical insurance premiums up 8.8%.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Those premiums reset every January, and economists watch them less closely than fuel.",
                "",
                "",
                "",
            )
        ],
        [("Read more: Petrol to drop by 38c a litre in June, department confirms", "", "", "B")],
        [
            (
                "“This is good news, but it is not the all-clear,” said Lindiwe Prinsloo-Maseko, chief economist at Ezintabeni Asset Managers.",
                "Lindiwe Prinsloo-Maseko",
                "said",
                "",
            )
        ],
        [
            (
                "She said she expected the Reserve Bank to cut its repo rate by 25 basis points in July, to 7.25%, and that headline inflation could dip below 4% in the third quarter if the rand held its ground.",
                "Lindiwe Prinsloo-Maseko",
                "said",
                "",
            )
        ],
        [
            ("“Food is the wild card.", "Lindiwe Prinsloo-Maseko", "said", ""),
            (
                "One poor maize harvest in the Free State and we are back above 5%,” she said.",
                "Lindiwe Prinsloo-Maseko",
                "said",
                "",
            ),
        ],
        [
            (
                "The bank's monetary policy committee next meets on July 22, according to the Reserve Bank's published calendar.",
                "the Reserve Bank's published calendar",
                "according to",
                "",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "At the same supermarket in Jabavu, Refilwe Kgasane-Dube, 46, was adding up her trolley on her phone before reaching the till.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“A 10kg bag of maize meal was R89 at Easter last year.",
                "Refilwe Kgasane-Dube",
                "said",
                "W",
            ),
            ("Today it is R112,” she said.", "Refilwe Kgasane-Dube", "said", "W"),
        ],
        [
            ("“They tell us inflation is down?", "Refilwe Kgasane-Dube", "said", ""),
            ("Come and shop with me on a Tuesday.”", "Refilwe Kgasane-Dube", "said", ""),
        ],
        [
            (
                "“If petrol can come down, why can't bread?” asked Sipho Nkwanyana-Bell of Basket Watch Gauteng, a consumer group.",
                "Sipho Nkwanyana-Bell",
                "asked",
                "",
            )
        ],
        [
            (
                "He said the group's monthly basket of 36 staple items cost R5,214 in April, R338 more than a year earlier.",
                "Sipho Nkwanyana-Bell",
                "said",
                "W",
            )
        ],
        [
            (
                "Nkwanyana-Bell urged the big retailers to publish their margins on bread and maize meal.",
                "Sipho Nkwanyana-Bell",
                "urged",
                "",
            )
        ],
        [
            (
                "Electricity tariffs, which rose 12.7% last July, will drop out of the annual comparison in August, Stats SA said.",
                "Statistics South Africa",
                "said",
                "W",
            )
        ],
        [
            (
                "The National Treasury said in a statement that the figures were “encouraging” and that it would keep its forecast of 4.5% average inflation for the year.",
                "the National Treasury",
                "said",
                "",
            )
        ],
        [
            (
                "The May figures are due on June 23, the agency said.",
                "Statistics South Africa",
                "said",
                "W",
            )
        ],
        [("Tags: Inflation · CPI · Food prices · Reserve Bank", "", "", "B")],
        [
            ("THE MORNING TICK", "", "", "B"),
            (
                "Markets, rates and the rand in your inbox before 7am, Monday to Friday.",
                "",
                "",
                "B",
            ),
            ("Sign up", "", "", "B"),
        ],
        [("Most read", "", "", "B")],
        [("1. Rand firms as US yields slip", "", "", "B")],
        [("2. Mining output falls for a third month", "", "", "B")],
        [("3. Retail sales beat forecasts in March", "", "", "B")],
        [("Veldbridge Media (Pty) Ltd, 14 Tyrwhitt Lane, Rosebank, Johannesburg", "", "", "B")],
        [
            ("© 2027 Veldbridge Media.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            ("Privacy · Terms · Contact", "", "", "B"),
        ],
    ],
    [
        [("☰   THE MARINA CLARION   🔍", "", "", "B")],
        [("Menu", "", "", "B")],
        [("Metro › Courts", "", "", "B")],
        [("Ex-council treasurer jailed nine years for diverting N412.6m", "", "", "W")],
        [("Judge orders forfeiture of two Lekki flats and a filling station", "", "", "W")],
        [("Adaeze Okwuosa-Benson", "", "", "B")],
        [("Thursday, June 24, 2027 | 6:05 pm", "", "", "B")],
        [("🔊 Listen to this article · 5 min", "", "", "B")],
        [
            (
                "A Lagos State High Court sitting in Ikeja on Thursday sentenced Babatunde Oyewusi-Kalejaiye, a former treasurer of the Oke-Ilaje Local Council Development Area, to nine years in prison for diverting N412.6 million of council funds between 2019 and 2022.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Justice Morenike Adeyanju-Cole convicted him on 14 of the 17 counts filed by the Lagos State Public Integrity Commission.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "She found that he had approved 63 payments to three companies linked to his wife and his brother-in-law for road repairs that were never carried out.",
                "Morenike Adeyanju-Cole",
                "found",
                "W",
            )
        ],
        [
            (
                "The judge held that the payments breached Sec. 4(b) of the Lagos State Public Procurement Law, which bars officials from awarding contracts to their relatives.",
                "Morenike Adeyanju-Cole",
                "held",
                "W",
            )
        ],
        [
            (
                "“Public money is not a family inheritance,” she said.",
                "Morenike Adeyanju-Cole",
                "said",
                "",
            )
        ],
        [
            (
                "“The defendant treated the council's account like his own purse…",
                "Morenike Adeyanju-Cole",
                "said",
                "",
            ),
            (
                "The people of Oke-Ilaje paid for roads and got mud.”",
                "Morenike Adeyanju-Cole",
                "said",
                "",
            ),
        ],
        [
            (
                "She ordered the forfeiture to the state of two flats in Lekki and a filling station on Ikorodu Road, and directed that N96 million recovered from his accounts be paid back to the council.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The sentences on the 14 counts will run concurrently, and the nine years will count from his arrest in March 2023.",
                "",
                "",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [("Continue reading below", "", "", "B")],
        [
            (
                "The case, No. ID/7712C/2023, was filed in April 2023 and heard over 31 sittings.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Eleven witnesses testified for the prosecution, among them two bank officials and a surveyor who inspected the roads in 2023.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The surveyor, Kunle Ogedengbe-Martins, testified that none of the 19 roads listed in the contracts showed signs of recent work.",
                "Kunle Ogedengbe-Martins",
                "testified",
                "W",
            )
        ],
        [
            (
                "Defence counsel Kolawole Ibikunle-Ware, SAN, said his client would appeal.",
                "Kolawole Ibikunle-Ware",
                "said",
                "",
            )
        ],
        [
            (
                "“We respectfully disagree with the judgment.",
                "Kolawole Ibikunle-Ware",
                "told reporters",
                "",
            ),
            (
                "Where are the auditors who signed off on every one of these payments?” he told reporters outside Court No. 7.",
                "Kolawole Ibikunle-Ware",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "During the trial, Ibikunle-Ware argued that the payments had been approved by the council's executive committee, of which his client was not a member.",
                "Kolawole Ibikunle-Ware",
                "argued",
                "W",
            )
        ],
        [
            (
                "Prosecuting counsel Oluwaseun Adegbite-Hart told the court in her closing address that 11 of the 63 payments were made on public holidays and that none of the three companies had a registered office.",
                "Oluwaseun Adegbite-Hart",
                "told the court",
                "W",
            )
        ],
        [
            (
                "After the judgment, Adegbite-Hart said the commission was “satisfied”.",
                "Oluwaseun Adegbite-Hart",
                "said",
                "",
            )
        ],
        [
            (
                "Oyewusi-Kalejaiye, 58, in a white agbada, stood still as the sentence was read.",
                "",
                "",
                "",
            ),
            ("His wife, seated in the second row of the gallery, wept.", "", "", ""),
        ],
        [
            (
                "Ganiyu Salawu-Bright, chairman of the Oke-Ilaje Community Development Association, said the road from the market to the community primary school had not been graded since 2018.",
                "Ganiyu Salawu-Bright",
                "said",
                "W",
            )
        ],
        [
            (
                "He said residents had raised N2.4 million among themselves in 2021 to fill the worst potholes with laterite.",
                "Ganiyu Salawu-Bright",
                "said",
                "W",
            )
        ],
        [
            (
                "“We are happy, but happiness does not grade a road,” he added.",
                "Ganiyu Salawu-Bright",
                "said",
                "",
            )
        ],
        [
            ("“Nine years?", "Ganiyu Salawu-Bright", "said", ""),
            ("Let him bring back every kobo first,” he said.", "Ganiyu Salawu-Bright", "said", ""),
        ],
        [
            (
                "The commission said it had secured 23 convictions since it was set up in 2021, eight of them of local government officials.",
                "The commission",
                "said",
                "W",
            )
        ],
        [("It said more cases were “in the pipeline”.", "The commission", "said", "")],
        [("RELATED", "", "", "B")],
        [("Court adjourns trial of ex-LCDA chairman to July 14", "", "", "B")],
        [("Appeal Court frees ex-permanent secretary over ‘defective charge’", "", "", "B")],
        [("▲ Back to top", "", "", "B")],
        [("Read faster on the Clarion app.", "", "", "B"), ("Get it on Google Play", "", "", "B")],
        [("© 2027 Marina Clarion Newspapers.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("CHENAB TIMES", "", "", "B")],
        [("Shared from the Chenab Times app · Open in app for the full experience", "", "", "B")],
        [("LOCAL GOVERNMENT", "", "", "B")],
        [("Tameer panel wins 41 of 68 union councils in Multan polls", "", "", "W")],
        [
            (
                "Turnout falls to 38.6pc as losing candidates allege irregularities in five union councils",
                "losing candidates",
                "allege",
                "W",
            )
        ],
        [("Our Correspondent", "", "", "B")],
        [
            (
                "MULTAN: The Tameer panel won 41 of the 68 union councils in Saturday's local government elections in Multan district, according to provisional results issued by the district returning officer on Sunday night.",
                "provisional results issued by the district returning officer",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Ujala panel won 19, independents six, and results in two union councils were withheld.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In the 2022 polls, the Ujala panel had won 37 union councils and the Tameer panel 24.",
                "",
                "",
                "W",
            )
        ],
        [("The result is a reversal few in the city predicted.", "", "", "")],
        [
            (
                "Turnout was 38.6 per cent, down from 44.1 per cent in 2022, the returning officer, Shazia Rehman Qureshi, said.",
                "Shazia Rehman Qureshi",
                "said",
                "W",
            )
        ],
        [
            (
                "She said just over 1.21 million of the district's 3.14 million registered voters had cast ballots at 2,306 polling stations.",
                "Shazia Rehman Qureshi",
                "said",
                "W",
            )
        ],
        [
            (
                "“The rain after 2 p.m. kept many women at home,” she said.",
                "Shazia Rehman Qureshi",
                "said",
                "W",
            )
        ],
        [
            (
                "In Mumtazabad, women had queued outside a girls' high school from 8 a.m., some holding umbrellas over their ballot slips.",
                "",
                "",
                "",
            )
        ],
        [
            ("“I voted for whoever fixes the drain.", "Kaneez Fatima Joiya", "said", ""),
            (
                "Nobody has, in 20 years,” said Kaneez Fatima Joiya, 61, a widow who has lived on the same lane since 1989.",
                "Kaneez Fatima Joiya",
                "said",
                "W",
            ),
        ],
        [
            (
                "Arshad Hussain Bhutta, who leads the Tameer panel, thanked voters at a rally near Hussain Agahi on Sunday evening.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“Multan has voted for clean streets and working tube wells!” he said.",
                "Arshad Hussain Bhutta",
                "said",
                "",
            )
        ],
        [
            (
                "He promised to repair 120 tube wells within six months and to cut the fee for a birth certificate from Rs. 300 to Rs. 50.",
                "Arshad Hussain Bhutta",
                "promised",
                "",
            )
        ],
        [
            ("“Give us one year.", "Arshad Hussain Bhutta", "told the crowd", ""),
            (
                "If the water is not running, vote us out,” he told the crowd.",
                "Arshad Hussain Bhutta",
                "told the crowd",
                "",
            ),
        ],
        [
            (
                "Bhutta said the panel had spent Rs. 18.4 million on its campaign, within the Rs. 25 million limit set for a district-wide panel.",
                "Arshad Hussain Bhutta",
                "said",
                "W",
            )
        ],
        [
            (
                "Naveed Akhtar Sial of the Ujala panel said his candidates had lost five union councils by fewer than 200 votes each.",
                "Naveed Akhtar Sial",
                "said",
                "W",
            )
        ],
        [
            (
                "He said polling staff at two stations in UC-37 had stopped counting at 11 p.m.",
                "Naveed Akhtar Sial",
                "said",
                "W",
            ),
            (
                "Counting resumed only after the presiding officer arrived at 1:40 a.m., he said.",
                "Naveed Akhtar Sial",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Why would anyone stop counting in the middle of the night?” he asked.",
                "Naveed Akhtar Sial",
                "asked",
                "",
            )
        ],
        [
            (
                "Sial said the panel would petition the election tribunal within the 30 days allowed under Art. 12 of the local government election rules.",
                "Naveed Akhtar Sial",
                "said",
                "W",
            )
        ],
        [
            (
                "Qureshi said any petition would be heard “strictly on merit”.",
                "Shazia Rehman Qureshi",
                "said",
                "",
            )
        ],
        [
            (
                "She said certified copies of the result for each union council could be obtained from her office at Rs. 50 a copy.",
                "Shazia Rehman Qureshi",
                "said",
                "W",
            )
        ],
        [("Provisional results", "", "", "B")],
        [("Panel | Seats | Votes", "", "", "B")],
        [("Tameer | 41 | 512,304", "", "", "")],
        [("Ujala | 19 | 401,877", "", "", "")],
        [("Independents | 6 | 243,118", "", "", "")],
        [("Withheld | 2 | —", "", "", "")],
        [("Source: District Returning Officer, Multan", "", "", "B")],
        [
            (
                "The elected chairmen are due to take oath on Sept. 27, and the election of the district mayor must be held within 45 days after that.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Observers from a local rights group, who visited 140 polling stations, are expected to publish their report next week.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The group, the Free and Fair Polls Forum, said in a preliminary statement that voting had been “largely peaceful” and that it had recorded 23 complaints, most of them about missing names on voter lists.",
                "Free and Fair Polls Forum",
                "said",
                "W",
            )
        ],
        [("Published in Chenab Times, September 13th, 2027", "", "", "B")],
        [("Follow Chenab Times on WhatsApp for the latest updates", "", "", "B")],
        [("Get breaking news alerts · Download the app", "", "", "B")],
    ],
    [
        [("pantaitimur.my", "", "", "B")],
        [
            (
                "Floods force 18,406 from their homes in Kelantan; two drowned in Kuala Krai",
                "",
                "",
                "W",
            )
        ],
        [("Nur Syazwani Che Derahman | Pantai Timur Daily", "", "", "B")],
        [("5–7 minutes", "", "", "B")],
        [
            (
                "KOTA BHARU: The number of flood evacuees in Kelantan rose to 18,406 from 5,131 families by Monday evening, with 212 relief centres open in nine districts, the state disaster management committee said.",
                "the state disaster management committee",
                "said",
                "W",
            )
        ],
        [
            (
                "Kuala Krai was the worst hit, with 6,920 evacuees in 58 centres, followed by Pasir Mas with 4,117, the committee said in its 8 p.m. update.",
                "the committee",
                "said",
                "W",
            )
        ],
        [
            (
                "The Sungai Kelantan at Guillemard Bridge peaked at 17.92 metres at 5 p.m.",
                "",
                "",
                "W",
            ),
            (
                "Staff at the Irrigation and Drainage Department said that was 1.92 metres above the danger level and the highest reading since December 2014.",
                "Staff at the Irrigation and Drainage Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Six of the 12 river gauges in the state were above danger level on Monday night, the department said.",
                "the department",
                "said",
                "W",
            )
        ],
        [
            (
                "It said levels in Kuala Krai could start falling by Wednesday if the rain eased.",
                "the department",
                "said",
                "",
            )
        ],
        [
            (
                "Muhammad Faris Ikhwan Abdul Ghani and Siti Aminah Mat Zin, both from Kampung Bukit Jering, wade through floodwater on Monday.",
                "",
                "",
                "",
            )
        ],
        [("Pic: Azmer Zulkifli Deramli", "", "", "B")],
        [
            (
                "Kuala Krai district police chief Supt Nik Azhar Affendi Nik Mustapha said two men, aged 23 and 57, drowned on Sunday night after their motorcycle was swept off a flooded stretch of the Kuala Krai–Gua Musang road.",
                "Nik Azhar Affendi Nik Mustapha",
                "said",
                "W",
            )
        ],
        [
            (
                "The bodies were recovered at 9.40am on Monday about 300 metres downstream, he said.",
                "Nik Azhar Affendi Nik Mustapha",
                "said",
                "W",
            )
        ],
        [
            (
                "“Please do not try to cross flooded roads, however shallow they look,” he said.",
                "Nik Azhar Affendi Nik Mustapha",
                "said",
                "",
            )
        ],
        [
            (
                "He said police had identified the men as Mohd Khairul Anuar Ismail, 23, and Che Rosli Che Hamat, 57, both from Kampung Sungai Durian.",
                "Nik Azhar Affendi Nik Mustapha",
                "said",
                "W",
            )
        ],
        [
            (
                "The police, the fire department and the civil defence force had rescued 214 people from their homes by boat since Saturday, he said.",
                "Nik Azhar Affendi Nik Mustapha",
                "said",
                "W",
            )
        ],
        [
            (
                "The Malaysian Meteorological Department said continuous heavy rain was expected in Kelantan and Terengganu until Thursday, with up to 150mm forecast for parts of Jeli and Tanah Merah on Tuesday alone.",
                "the Malaysian Meteorological Department",
                "said",
                "",
            )
        ],
        [
            (
                "It said a second monsoon surge “may” arrive next week, but that it was too early to say how strong it would be.",
                "the Malaysian Meteorological Department",
                "said",
                "",
            )
        ],
        [
            (
                "At the relief centre in SK Batu Mengkebang, families slept on mats under the basketball hoops.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Noorhayati Awang Semaun, 44, said the water had reached the windows of her wooden house in Kampung Manjor within two hours on Sunday afternoon.",
                "Noorhayati Awang Semaun",
                "said",
                "W",
            )
        ],
        [
            (
                "She said it was the third time since 2021 that her family had been evacuated.",
                "Noorhayati Awang Semaun",
                "said",
                "W",
            )
        ],
        [
            ("“Every year the water comes faster.", "Noorhayati Awang Semaun", "said", ""),
            ("I don't know why,” she said.", "Noorhayati Awang Semaun", "said", ""),
        ],
        [
            (
                "“We saved the children's school books and the rice.",
                "Noorhayati Awang Semaun",
                "said",
                "",
            ),
            ("The sofa…", "Noorhayati Awang Semaun", "said", ""),
            (
                "I don't want to think about the sofa,” she said, laughing.",
                "Noorhayati Awang Semaun",
                "said",
                "",
            ),
        ],
        [
            (
                "“We have cooked 4,000 packets of rice today and we will cook again tonight!” said Hafizuddin Che Omar, a volunteer from a mosque committee in Kota Bharu.",
                "Hafizuddin Che Omar",
                "said",
                "",
            )
        ],
        [
            (
                "He said the committee had run short of drinking water and baby diapers by Monday afternoon.",
                "Hafizuddin Che Omar",
                "said",
                "W",
            )
        ],
        [
            (
                "At 10 p.m., lorries from the army were still bringing families from the riverbank villages of Manjor and Sungai Durian.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The committee said 37 roads in the state were closed to light vehicles and that train services between Tumpat and Dabong had been suspended since Sunday.",
                "the committee",
                "said",
                "W",
            )
        ],
        [
            (
                "It advised the public to check water levels at banjir.kelantan-bencana.my before travelling, and to call the operations room on 09-748 2210 or email bilikgerakan@kelantan-bencana.my to report people trapped.",
                "the committee",
                "said",
                "",
            )
        ],
        [
            (
                "The committee said RM12.5 million remained in the state's flood relief fund for the year, after RM3.1 million was paid out in the first week.",
                "the committee",
                "said",
                "W",
            )
        ],
        [
            (
                "Each affected household will receive RM1,000 in federal aid once it registers at a relief centre, the committee said.",
                "the committee",
                "said",
                "W",
            )
        ],
        [
            (
                "Schools in the two worst-hit districts will stay closed until further notice.",
                "",
                "",
                "",
            )
        ],
        [("Related", "", "", "B")],
        [("Terengganu opens 46 relief centres as rivers rise", "", "", "B")],
        [("How to claim the RM1,000 flood aid: a guide", "", "", "B")],
        [("Copyright © 2027 Pantai Timur Media Sdn. Bhd. (1192044-K)", "", "", "B")],
    ],
    [
        [("View this email in your browser", "", "", "B")],
        [
            ("Forwarded this?", "", "", "B"),
            ("Get the Sperrin Bulletin free every Wednesday.", "", "", "B"),
        ],
        [("THE SPERRIN BULLETIN · Issue 212 · Wednesday 10 November 2027", "", "", "B")],
        [("Morning all — a frosty start across the glens.", "", "", "B")],
        [
            ("In today's edition:", "", "", "B"),
            ("school report · Omagh bypass latest · what's on this weekend", "", "", "B"),
        ],
        [
            (
                "Inspectors rate Drumcullen primary's leadership ‘needs urgent improvement’",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Inspectors found that leadership and management at St. Mary's Primary School, Drumcullen, “need urgent improvement”, the lowest of the four grades, in a report published on Tuesday.",
                "Inspectors",
                "found",
                "W",
            )
        ],
        [
            (
                "Teaching in the 212-pupil school was rated “satisfactory” and pastoral care “good”, the report said.",
                "the report",
                "said",
                "W",
            )
        ],
        [
            (
                "It found that only 41% of P7 pupils reached the expected level in mathematics last June, against 63% across Northern Ireland.",
                "the report",
                "found",
                "W",
            )
        ],
        [
            (
                "The report found that the school had had four acting principals in the three years before the current principal arrived in September 2026, and that its development plan had not been updated since 2023.",
                "the report",
                "found",
                "W",
            )
        ],
        [("Inspectors will return within 12 to 18 months, it said.", "the report", "said", "W")],
        [
            (
                "The report said the school's enrolment had fallen from 247 to 212 over five years.",
                "the report",
                "said",
                "W",
            )
        ],
        [
            (
                "Inspectors praised the school's breakfast club and its work with children who have English as an additional language.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The principal, Bronagh Cassidy-Orr, said she accepted the findings “in full”.",
                "Bronagh Cassidy-Orr",
                "said",
                "W",
            )
        ],
        [
            (
                "She said the school had already appointed a mathematics co-ordinator and had cut its average P5–P7 class size from 31 to 27 by splitting one composite class.",
                "Bronagh Cassidy-Orr",
                "said",
                "W",
            )
        ],
        [
            (
                "Mrs Cassidy-Orr, 52, has taught for 24 years, 11 of them in schools elsewhere in the U.K.",
                "",
                "",
                "W",
            ),
            ("The school is her first headship.", "", "", "W"),
        ],
        [
            (
                "“I'm not going to pretend this is easy to read,” she said.",
                "Bronagh Cassidy-Orr",
                "said",
                "",
            )
        ],
        [
            (
                "“But the children here are doing better than this report makes it look, and by next autumn the numbers will show it.”",
                "Bronagh Cassidy-Orr",
                "said",
                "",
            )
        ],
        [
            (
                "“Did we need an inspector to tell us the building leaks?” she asked, pointing to buckets in the corridor.",
                "Bronagh Cassidy-Orr",
                "asked",
                "",
            )
        ],
        [("— SPONSORED —", "", "", "B")],
        [
            ("Keady & Loughran Opticians, Market Street, Cookstown.", "", "", "B"),
            ("Free eye tests for under-16s.", "", "", "B"),
            ("Book online.", "", "", "B"),
        ],
        [
            (
                "The Education Authority said it would provide “an enhanced support package” for the school.",
                "the Education Authority",
                "said",
                "",
            )
        ],
        [
            (
                "It said the school's roof was on its repair list for 2028 and that £86,000 had been set aside for the work.",
                "the Education Authority",
                "said",
                "W",
            )
        ],
        [
            (
                "It said 14 primary schools in the Mid Ulster area were awaiting roof repairs.",
                "the Education Authority",
                "said",
                "W",
            )
        ],
        [
            (
                "Orlagh McSorley-Quinn, whose two sons are in P4 and P6, said she was “gutted” for the teachers.",
                "Orlagh McSorley-Quinn",
                "said",
                "",
            )
        ],
        [
            (
                "“My eldest had three different teachers in P3 alone,” she said.",
                "Orlagh McSorley-Quinn",
                "said",
                "W",
            )
        ],
        [
            ("“But I'm not moving them.", "Orlagh McSorley-Quinn", "said", ""),
            ("This is their school,” she said.", "Orlagh McSorley-Quinn", "said", ""),
        ],
        [
            (
                "Independent councillor Damien Corr-Haughey said the school had been “left to drift” for years.",
                "Damien Corr-Haughey",
                "said",
                "",
            )
        ],
        [
            (
                "“Where was the support when the principals were walking out the door?",
                "Damien Corr-Haughey",
                "said",
                "",
            ),
            (
                "That's the question I'll be asking at the next council meeting.”",
                "Damien Corr-Haughey",
                "said",
                "",
            ),
        ],
        [("The report is available on the inspectorate's website.", "", "", "W")],
        [("Also this week", "", "", "B")],
        [("→ Omagh bypass: contractor named for second phase", "", "", "B")],
        [("→ Gortin craft fair moves to the leisure centre", "", "", "B")],
        [
            ("Got a story?", "", "", "B"),
            ("Reply to this email or write to news@sperrinbulletin.co.uk.", "", "", "B"),
        ],
        [("Unsubscribe · Update your preferences · View in browser", "", "", "B")],
        [("The Sperrin Bulletin, 7 Killyclogher Road, Omagh BT79 0AX", "", "", "B")],
    ],
    [
        [("THE LAUCALA BAY REVIEW", "", "", "B")],
        [("Friday, July 2, 2027  |  Suva 26°C ☁", "", "", "B")],
        [("Home | News | Business | Sport | Tourism | Pacific | Opinion", "", "", "B")],
        [("Business › Aviation", "", "", "B")],
        [("Tavola Airways posts record F$48.2m profit as visitors return", "", "", "W")],
        [("Net profit up 52 per cent; airline to add a fourth wide-body jet in 2028", "", "", "W")],
        [("By Losana Waqabitu-Reddy, Business Editor", "", "", "B")],
        [("July 2, 2027", "", "", "B")],
        [("Share on Facebook  |  Share on X  |  Email", "", "", "B")],
        [
            (
                "Tavola Airways made a net profit of F$48.2 million in the year to March 31, up 52 per cent from F$31.7 million a year earlier, the airline said on Thursday.",
                "the airline",
                "said",
                "W",
            )
        ],
        [
            (
                "Revenue rose 14 per cent to F$1.02 billion, and the carrier flew 1.64 million passengers, it said.",
                "Tavola Airways",
                "said",
                "W",
            )
        ],
        [
            (
                "Its load factor, the share of seats filled, rose to 81.4 per cent from 77.9 per cent.",
                "",
                "",
                "W",
            )
        ],
        [("Results at a glance", "", "", "B")],
        [("Year to March 31 | 2027 | 2026", "", "", "B")],
        [("Net profit | F$48.2m | vs. F$31.7m", "", "", "")],
        [("Revenue | F$1.02bn | vs. F$894m", "", "", "")],
        [("Passengers | 1.64m | vs. 1.49m", "", "", "")],
        [("Load factor | 81.4% | vs. 77.9%", "", "", "")],
        [("Source: Tavola Airways annual report", "", "", "B")],
        [
            (
                "Chief executive Mereoni Tuilau-Sharma said the result was driven by a 19 per cent rise in passengers on the Sydney and Auckland routes and by the return of direct flights to Los Angeles in October.",
                "Mereoni Tuilau-Sharma",
                "said",
                "W",
            )
        ],
        [
            (
                "Fuel, the airline's biggest cost, rose 6 per cent to F$318 million even though the carrier burned 3 per cent less of it per seat, she said.",
                "Mereoni Tuilau-Sharma",
                "said",
                "W",
            )
        ],
        [
            (
                "“We would like to see 2 million passengers by 2030,” Ms Tuilau-Sharma said.",
                "Mereoni Tuilau-Sharma",
                "said",
                "",
            )
        ],
        [
            (
                "“Nobody in this building thought we'd be here four years after the borders reopened!” she said.",
                "Mereoni Tuilau-Sharma",
                "said",
                "",
            )
        ],
        [
            (
                "She said on-time performance had improved to 83 per cent from 71 per cent after the airline added two spare crews at Nadi.",
                "Mereoni Tuilau-Sharma",
                "said",
                "W",
            )
        ],
        [
            (
                "The board declared a dividend of 4.5 cents a share, the first since 2019.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The airline said it had signed a lease for a fourth wide-body aircraft, due in March 2028, and would hire 140 cabin crew and 22 pilots before then.",
                "Tavola Airways",
                "said",
                "W",
            )
        ],
        [
            (
                "Ravinesh Chand-Fonua, an analyst at Kalabu Securities, said the numbers were “better than anyone expected”.",
                "Ravinesh Chand-Fonua",
                "said",
                "",
            )
        ],
        [
            (
                "But he warned that higher fuel prices and a stronger Australian dollar could cut next year's profit to between F$35 million and F$40 million.",
                "Ravinesh Chand-Fonua",
                "said",
                "",
            )
        ],
        [
            ("“Airlines make their money in the good years.", "Ravinesh Chand-Fonua", "said", ""),
            ("This is a good year.”", "Ravinesh Chand-Fonua", "said", ""),
        ],
        [
            (
                "Sevuloni Ratukalou-Prasad, general secretary of the Pacific Cabin and Ground Staff Union, said cabin crew had not had a pay rise since 2022.",
                "Sevuloni Ratukalou-Prasad",
                "said",
                "W",
            )
        ],
        [
            (
                "“If there is money for a new plane, where is the money for the people who fly in it?” he asked.",
                "Sevuloni Ratukalou-Prasad",
                "asked",
                "",
            )
        ],
        [
            (
                "Fiji received 1.08 million visitors in the 12 months to March, according to Tourism Fiji visitor arrival figures.",
                "Tourism Fiji visitor arrival figures",
                "according to",
                "W",
            )
        ],
        [
            (
                "Australians made up 44 per cent of arrivals and New Zealanders 23 per cent.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Hoteliers on the Coral Coast said they hoped the new jet would bring more Americans in the off-season.",
                "",
                "",
                "",
            )
        ],
        [("The airline employs 2,310 people, 1,980 of them in Fiji.", "", "", "W")],
        [("Tags: Tavola Airways · Aviation · Tourism · Results", "", "", "B")],
        [("More from Business", "", "", "B")],
        [("Sugar mills to open a week late after wet June", "", "", "B")],
        [("Central bank holds policy rate at 0.25%", "", "", "B")],
        [
            ("Laucala Bay Media Ltd.", "", "", "B"),
            ("Registered in Fiji, Company No. 4417.", "", "", "B"),
            ("Suva, Fiji", "", "", "B"),
        ],
        [("© 2027 Laucala Bay Review.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("THE KITWE TERRACE MAIL   ≡ Menu", "", "", "B")],
        [("SPORT", "", "", "B")],
        [("Late Mumba penalty keeps Ndola Eagles top", "", "", "W")],
        [
            (
                "Riverside left fuming after stoppage-time decision at Levy Mwanawasa Stadium",
                "",
                "",
                "",
            )
        ],
        [("BY CHILESHE NAMWINGA-PHIRI", "", "", "B")],
        [("Sunday, March 14, 2027", "", "", "B")],
        [("f   X   ✆", "", "", "B")],
        [
            (
                "Ndola Eagles stayed three points clear at the top of the Super League on Saturday after Kelvin Mumba scored a penalty in the fourth minute of stoppage time to beat Mansa Riverside 2-1 in front of 14,208 at Levy Mwanawasa Stadium.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Riverside had led through a 23rd-minute header from Blessing Chanda-Mwale, and Eagles equalised six minutes after half-time when Davies Kabwe-Lungu, wearing the No. 7 shirt for the first time since his move from Kafue, curled in from 20 yards.",
                "",
                "",
                "W",
            )
        ],
        [("For an hour after that, it was Riverside's game.", "", "", "")],
        [
            (
                "They hit the post twice, once through Chanda-Mwale and once through a deflection off their own captain, and Eagles goalkeeper Hastings Muleya-Sakala made three saves that he will not make often.",
                "",
                "",
                "",
            )
        ],
        [("Riverside had 14 shots to Eagles' nine and 58 per cent of possession.", "", "", "W")],
        [("It did not matter.", "", "", "")],
        [
            (
                "In the 94th minute, referee Gift Siamulonga-Tembo pointed to the spot after Riverside defender Lazarous Bwalya-Nkhoma was judged to have handled a cross from the left.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Mumba, who had missed a penalty against the same opponents in October, waited, waited… and rolled it into the bottom corner.",
                "",
                "",
                "",
            )
        ],
        [
            ("The Riverside bench emptied onto the touchline.", "", "", ""),
            ("Two of their staff were shown yellow cards.", "", "", "W"),
        ],
        [
            (
                "Play restarted after four minutes, and the referee blew for full time 40 seconds later.",
                "",
                "",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "“That is what champions do!” said Eagles coach Patrick Lubinda-Zulu.",
                "Patrick Lubinda-Zulu",
                "said",
                "",
            )
        ],
        [
            ("“I'm not saying we played well.", "Patrick Lubinda-Zulu", "said", ""),
            (
                "We played badly and we won, and in March that's worth more than playing well and losing.”",
                "Patrick Lubinda-Zulu",
                "said",
                "",
            ),
        ],
        [
            ("“Handball?", "Agnes Mutale-Chisenga", "said", ""),
            (
                "The ball hit his chest, and everybody in the stadium saw it except one man,” said Riverside coach Agnes Mutale-Chisenga.",
                "Agnes Mutale-Chisenga",
                "said",
                "",
            ),
        ],
        [
            (
                "She said it was the third stoppage-time penalty given against her side this season.",
                "Agnes Mutale-Chisenga",
                "said",
                "W",
            )
        ],
        [
            (
                "“We will write to the association, but what is the point?” she said.",
                "Agnes Mutale-Chisenga",
                "said",
                "",
            )
        ],
        [("Mumba said he had not been nervous.", "Kelvin Mumba", "said", "")],
        [
            ("“In October I looked at the keeper.", "Kelvin Mumba", "said", ""),
            ("Today I looked at the net,” he said.", "Kelvin Mumba", "said", ""),
        ],
        [
            (
                "The win lifts Eagles to 41 points from 18 matches, with Chambishi Rovers second on 38 and Riverside sixth on 27.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Mumba has now scored 11 league goals this season, five of them from the penalty spot.",
                "",
                "",
                "W",
            )
        ],
        [("Match facts", "", "", "B")],
        [("Ndola Eagles 2 vs. Mansa Riverside 1", "", "", "")],
        [
            (
                "Eagles: Muleya-Sakala; Ngoma, Siwale, Chikwanda, Hachilensa; Kabwe-Lungu, Mumba, Lungu; Sichone, Mweetwa, Kalaba.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Riverside: Nsofwa; Bwalya-Nkhoma, Chola, Mapulanga, Kangwa; Chanda-Mwale, Musonda, Tembo; Mwila, Chisha, Banda.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Subs used: Eagles – Kapembwa (for Sichone, 64); Riverside – Phiri (for Musonda, 78).",
                "",
                "",
                "",
            )
        ],
        [("Referee: Gift Siamulonga-Tembo.", "", "", "")],
        [("Attendance: 14,208.", "", "", "")],
        [("Next: Chambishi Rovers vs. Ndola Eagles, Saturday, March 20, 3 p.m.", "", "", "")],
        [("Have your say", "", "", "B"), ("Log in to comment.", "", "", "B")],
        [("Back to top ↑", "", "", "B")],
        [("© 2027 Kitwe Terrace Mail.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("maltaweekendpost.com.mt", "", "", "B")],
        [("Review: Il-Qarnita, Valletta — a fish house that knows when to stop", "", "", "")],
        [("Words by Giorgina Vella-Azzopardi", "", "", "B")],
        [("4–5 minutes", "", "", "B")],
        [
            (
                "Il-Qarnita opened in March in a narrow townhouse on St. Ursula Street, built ca. 1900 and, until last year, a shop selling lace and religious statues.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "It seats approx. 40 over two floors, with six more at a ledge by the window.",
                "",
                "",
                "W",
            )
        ],
        [("Go upstairs if you can.", "", "", "")],
        [
            (
                "The ground floor is pretty, all blue tiles and old shop drawers, but the kitchen door swings open every forty seconds and you will feel every swing.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The chef, Karl Mifsud-Grech, spent seven years at a two-star kitchen in Lyon before coming home.",
                "",
                "",
                "W",
            )
        ],
        [("It shows in the sauces and, happily, nowhere else.", "", "", "")],
        [("The menu is short: four starters, five mains, three desserts.", "", "", "")],
        [("Starters run from €9 to €16, mains from €24 to €38.", "", "", "W")],
        [
            (
                "Start with the raw red prawns, sliced thin, with lemon, capers, a little bottarga, olive oil from Żebbuġ, etc.",
                "",
                "",
                "",
            ),
            ("None of it needs the etc., and none of it gets in the prawns' way.", "", "", ""),
        ],
        [("The octopus is the dish people will come back for.", "", "", "")],
        [
            (
                "Braised, then grilled hard, on a bed of broad-bean purée that tastes like April.",
                "",
                "",
                "",
            )
        ],
        [("Perfect.", "", "", "")],
        [
            (
                "Less perfect was the lampuki pie, a Maltese classic that the kitchen has tried to make “light” and has made, instead, a little dull.",
                "",
                "",
                "",
            )
        ],
        [
            ("The pastry was fine.", "", "", ""),
            ("The filling needed salt, mint, courage.", "", "", ""),
        ],
        [
            ("Desserts are simpler and better for it.", "", "", ""),
            (
                "A bowl of prickly pears with ricotta and honey was the best thing we ate after the octopus.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Coffee is €2.50, the only thing on the menu that costs what it does in a village bar.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“Why would I buy fish from Sicily when the boats come in at Marsaxlokk every morning?” said the owner, Sandro Caruana-Bonello, who was waiting tables on the night we went.",
                "Sandro Caruana-Bonello",
                "said",
                "",
            )
        ],
        [
            (
                "He said the restaurant buys all its fish from two boats and has taken the catch off the menu on 11 days since opening because the sea was too rough to fish.",
                "Sandro Caruana-Bonello",
                "said",
                "W",
            )
        ],
        [("“If there's no fish, there's no fish,” he said.", "Sandro Caruana-Bonello", "said", "")],
        [
            (
                "He said he had spent €310,000 restoring the house, including the tiles, which were found under three layers of linoleum.",
                "Sandro Caruana-Bonello",
                "said",
                "W",
            )
        ],
        [("Ask for the Gellewża rosé.", "", "", "")],
        [
            (
                "“It's a local grape that people are embarrassed by,” the sommelier told us, pouring.",
                "the sommelier",
                "told us",
                "",
            ),
            ("“They shouldn't be.”", "the sommelier", "told us", ""),
        ],
        [
            (
                "Dinner for two, with a bottle of wine and no dessert, came to €142 before service.",
                "",
                "",
                "W",
            )
        ],
        [("Worth it?", "", "", ""), ("Mostly.", "", "", "")],
        [
            (
                "Book ahead for Fridays, and skip the ground floor unless you like theatre.",
                "",
                "",
                "",
            )
        ],
        [("Rating: ★★★★☆", "", "", "")],
        [("The braised-then-grilled octopus with broad-bean purée.", "", "", "")],
        [("Photo: Matthew Borg-Cardona", "", "", "B")],
        [("Il-Qarnita, 61 St. Ursula Street, Valletta", "", "", "")],
        [("Open Tue–Sat, 7pm–10.30pm; Sun lunch 12.30pm–3pm", "", "", "")],
        [("Tel: 2124 0967 · ilqarnita.com.mt", "", "", "")],
        [("Our critics pay for their meals; restaurants are not told in advance.", "", "", "B")],
        [("© 2027 Weekend Post Publishing Ltd.", "", "", "B")],
    ],
    [
        [("Shared via the Papine Courier app", "", "", "B")],
        [("THE PAPINE COURIER", "", "", "B")],
        [("HEALTH", "", "", "B")],
        [("Two in five adults in St Catherine study have high blood pressure", "", "", "W")],
        [("Half of them did not know, researchers say", "researchers", "say", "W")],
        [("Tamika Rowe-Lindo, Health Writer", "", "", "B")],
        [("Monday, October 18, 2027", "", "", "B")],
        [
            (
                "Forty-one per cent of adults tested in a study in St. Catherine had high blood pressure, and 52 per cent of those did not know they had it, according to research by a team at the Spanish Town Institute of Community Health.",
                "research by a team at the Spanish Town Institute of Community Health",
                "according to",
                "W",
            )
        ],
        [
            (
                "The researchers, led by epidemiologist Dr Shauna-Kay Brissett-Ogilvie, found that only one in four of those who had been diagnosed had their blood pressure under control.",
                "The researchers",
                "found",
                "W",
            )
        ],
        [
            (
                "Brissett-Ogilvie said the team measured the blood pressure of 2,318 adults aged 25 to 74 in 41 communities between May 2025 and August 2026.",
                "Shauna-Kay Brissett-Ogilvie",
                "said",
                "W",
            )
        ],
        [
            (
                "Men were less likely than women to know they had the condition, 38 per cent against 57 per cent, the study found.",
                "the study",
                "found",
                "W",
            )
        ],
        [
            (
                "Among people over 60, the rate of high blood pressure was 68 per cent, the paper said.",
                "the paper",
                "said",
                "W",
            )
        ],
        [
            (
                "It said 29 per cent of adults aged 25 to 34 had readings in the high range, a figure the authors called “striking”.",
                "the paper",
                "said",
                "W",
            )
        ],
        [
            (
                "The study was funded by a grant from a regional health foundation and has been accepted for publication in a peer-reviewed journal.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“These numbers are probably an underestimate,” Brissett-Ogilvie said.",
                "Shauna-Kay Brissett-Ogilvie",
                "said",
                "",
            )
        ],
        [
            (
                "“People who were working or away on the day we came are not in our sample, and those are often the younger men.”",
                "Shauna-Kay Brissett-Ogilvie",
                "said",
                "",
            )
        ],
        [
            (
                "She said the last survey of its kind in the parish, in 2016, had found a rate of 36 per cent.",
                "Shauna-Kay Brissett-Ogilvie",
                "said",
                "W",
            )
        ],
        [
            ("“Is it getting worse?", "Shauna-Kay Brissett-Ogilvie", "said", ""),
            (
                "Probably, but the two surveys used different machines, so I would not bet my house on it,” she said.",
                "Shauna-Kay Brissett-Ogilvie",
                "said",
                "",
            ),
        ],
        [
            (
                "Her advice is simple: “Check it once a year, even if you feel fine.",
                "Shauna-Kay Brissett-Ogilvie",
                "advice",
                "",
            ),
            ("It costs nothing at a health centre.”", "Shauna-Kay Brissett-Ogilvie", "advice", ""),
        ],
        [
            (
                "Delroy Maragh-Chin, a Ph.D. candidate who co-wrote the paper, said 63 per cent of those with high blood pressure added salt at the table, compared with 44 per cent of those without.",
                "Delroy Maragh-Chin",
                "said",
                "W",
            )
        ],
        [
            (
                "“How do you tell someone whose grandmother salted everything to stop?” he asked.",
                "Delroy Maragh-Chin",
                "asked",
                "",
            )
        ],
        [
            (
                "He said the team would next look at whether text-message reminders help patients keep taking their medication.",
                "Delroy Maragh-Chin",
                "said",
                "",
            )
        ],
        [
            (
                "The study also found that 47 per cent of participants were obese, up from 39 per cent in the 2016 survey.",
                "the study",
                "found",
                "W",
            )
        ],
        [("Salt, sugar and sitting still: the authors list all three.", "", "", "")],
        [
            (
                "The Ministry of Health and Wellness said free blood-pressure checks were offered at 318 public health centres across the island.",
                "the Ministry of Health and Wellness",
                "said",
                "W",
            )
        ],
        [
            (
                "It said it planned to add 40 pharmacies to the programme by March.",
                "the Ministry of Health and Wellness",
                "said",
                "",
            )
        ],
        [
            (
                "At the Linstead health centre on Friday morning, a queue of about 30 people had formed by 8:15 a.m.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "A nurse there said 112 people had been screened in the first week of October, compared with about 60 in a normal week.",
                "A nurse there",
                "said",
                "W",
            )
        ],
        [
            (
                "Winston Gayle-Harriott, 67, a retired bus driver, said he was diagnosed two years ago after fainting at a funeral.",
                "Winston Gayle-Harriott",
                "said",
                "W",
            )
        ],
        [
            (
                "“Now I take my tablets like my breakfast,” he said.",
                "Winston Gayle-Harriott",
                "said",
                "",
            ),
            ("“Every morning, no argument.”", "Winston Gayle-Harriott", "said", ""),
        ],
        [
            (
                "He said his reading had come down from 180 over 110 to 135 over 85.",
                "Winston Gayle-Harriott",
                "said",
                "W",
            )
        ],
        [
            (
                "“My wife watches me like a policeman,” he said, laughing.",
                "Winston Gayle-Harriott",
                "said",
                "",
            )
        ],
        [
            (
                "Brissett-Ogilvie said community groups that want the team to visit can write to heartcheck.stc@uwimona-study.org or go to stcatherineheart.org.jm.",
                "Shauna-Kay Brissett-Ogilvie",
                "said",
                "",
            )
        ],
        [
            (
                "Journal reference: Brissett-Ogilvie S-K, Maragh-Chin D, et al. Undiagnosed hypertension in a Jamaican parish. W Indian J Public Health. 2027;19(4):211-219.",
                "",
                "",
                "B",
            )
        ],
        [("This story was shared from the Papine Courier app.", "", "", "B")],
        [("Download on the App Store · Get it on Google Play", "", "", "B")],
        [("© 2027 Papine Courier Company", "", "", "B")],
    ],
    [
        [("THE KHOMAS OBSERVER", "", "", "B")],
        [("E-paper  ·  Subscribe  ·  Sign in", "", "", "B")],
        [
            (
                "National     Business     Regions     Sport     Opinion     Jobs     Tenders",
                "",
                "",
                "B",
            )
        ],
        [("National / Housing", "", "", "B")],
        [("City to service 4,800 plots in Otjomuise and Goreangab by 2030", "", "", "W")],
        [
            (
                "Mayor says first families could move in next year; critics question the N$1.1 billion price tag",
                "",
                "",
                "",
            )
        ],
        [("Tjipuka Hambira-Nowaseb", "", "", "B")],
        [("Wednesday, 4 August 2027", "", "", "B")],
        [("Share: Facebook · X · WhatsApp · Email", "", "", "B")],
        [
            (
                "The City of Windhoek's council on Tuesday approved a plan to provide water, sewerage, electricity and roads to 4,800 residential plots on the city's north-western edge over the next three years.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The municipality said the plan would cost N$1.1 billion, of which N$420 million is in this year's capital budget.",
                "The municipality",
                "said",
                "W",
            )
        ],
        [
            (
                "It said about 48,000 households in the city were on its housing waiting list and that at least 110,000 people lived in informal settlements.",
                "the City of Windhoek",
                "said",
                "W",
            )
        ],
        [("The plots will range from 240 to 300 square metres.", "", "", "W")],
        [("Women carry water past shacks in Otjomuise Extension 9 on Tuesday.", "", "", "")],
        [("Photo: Ndapewa Shikongo-Kruger", "", "", "B")],
        [
            (
                "Under the plan, 3,200 of the plots would be sold to low-income households at N$32,500 each, payable over 15 years, and 1,600 would go to developers who would have to build and sell houses for less than N$450,000.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Mayor Johannes Kavari-Ndjavera said the price per plot had fallen from N$61,200 in the 2021 scheme because the city would lay its own pipes instead of hiring contractors.",
                "Johannes Kavari-Ndjavera",
                "said",
                "W",
            )
        ],
        [
            (
                "“Our people have waited long enough!” Kavari-Ndjavera said after the vote.",
                "Johannes Kavari-Ndjavera",
                "said",
                "",
            )
        ],
        [
            (
                "He said the first 600 families could move onto serviced plots “by the middle of next year”.",
                "Johannes Kavari-Ndjavera",
                "said",
                "",
            )
        ],
        [
            (
                "“This is not another promise on paper,” he said.",
                "Johannes Kavari-Ndjavera",
                "said",
                "",
            )
        ],
        [("“The pipes are already in the yard.”", "Johannes Kavari-Ndjavera", "said", "")],
        [
            (
                "He said the city had bought 62 kilometres of water pipe in June for N$38.4 million.",
                "Johannes Kavari-Ndjavera",
                "said",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Opposition councillor Selma Iipinge-Brandt said the 2021 scheme had promised 3,000 plots and delivered 1,140.",
                "Selma Iipinge-Brandt",
                "said",
                "W",
            )
        ],
        [
            ("“What has changed?", "Selma Iipinge-Brandt", "said", ""),
            (
                "The same officials, the same promises, a bigger number,” she said.",
                "Selma Iipinge-Brandt",
                "said",
                "",
            ),
        ],
        [
            (
                "She said eight of the 15 councillors had voted for the plan, five against, and two had been absent.",
                "Selma Iipinge-Brandt",
                "said",
                "W",
            )
        ],
        [
            (
                "She said she had voted against because the plan did not say where the money for the second and third years would come from.",
                "Selma Iipinge-Brandt",
                "said",
                "",
            )
        ],
        [("Read also: Rents in Windhoek up 9% in a year, survey shows", "", "", "B")],
        [
            (
                "Ruusa Haufiku-Dirks, who chairs the Otjomuise branch of the Shack Dwellers' Savings Federation, said she has lived in a corrugated-iron room of 12 square metres with her four children since 2014.",
                "Ruusa Haufiku-Dirks",
                "said",
                "W",
            )
        ],
        [
            (
                "“I'll believe it when I see a tap in my yard,” she said.",
                "Ruusa Haufiku-Dirks",
                "said",
                "",
            )
        ],
        [("“But I'll be the first in the queue.”", "Ruusa Haufiku-Dirks", "said", "")],
        [
            (
                "She said the federation's 2,300 members in Windhoek had saved N$5.7 million towards plots since 2019.",
                "Ruusa Haufiku-Dirks",
                "said",
                "W",
            )
        ],
        [
            (
                "Haufiku-Dirks said the federation wanted 1,000 of the low-income plots set aside for its members, who would build their own houses.",
                "Ruusa Haufiku-Dirks",
                "said",
                "",
            )
        ],
        [
            (
                "Outside the council chamber, about 50 members of the federation sang and held placards reading “Land now, not in 2030”.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The Ministry of Urban and Rural Development will pay N$260 million of the cost over three years, according to figures tabled at the meeting.",
                "figures tabled at the meeting",
                "according to",
                "W",
            )
        ],
        [
            (
                "The municipality said applications for the low-income plots would open on October 1 and that households earning less than N$12,000.00 a month would qualify.",
                "The municipality",
                "said",
                "W",
            )
        ],
        [
            (
                "It said application forms would be available at the Katutura customer care centre and online.",
                "the City of Windhoek",
                "said",
                "",
            )
        ],
        [("Comments are moderated and may take up to 24 hours to appear.", "", "", "B")],
        [("Follow the Khomas Observer on X and Facebook", "", "", "B")],
        [("© 2027 Khomas Observer Newspapers (Pty) Ltd", "", "", "B")],
    ],
    [
        [("THE SAUGERHOOK DISPATCH   Sign in", "", "", "B")],
        [("Subscribe for $1 a week", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("1,140 nurses walk out at Saugerhook Regional in first strike in 31 years", "", "", "W")],
        [("Hospital says it is ready; union says it could have been avoided", "", "", "")],
        [("By Maddox Quintrell-Ayers and Priya Dunleavy-Sood", "", "", "B")],
        [("Published 6:32 a.m. ET Tuesday, Sept. 14, 2027 | Updated 11:05 a.m. ET", "", "", "B")],
        [("Share   Email   Print", "", "", "B")],
        [
            (
                "Nurses at Saugerhook Regional Medical Center began a five-day strike at 7 a.m.",
                "",
                "",
                "W",
            ),
            (
                "By 9, about 400 of them were marching along U.S. Route 9 outside the hospital's main entrance, the union said.",
                "the union",
                "said",
                "W",
            ),
        ],
        [
            (
                "The New York State Nurses Alliance, which represents 1,140 registered nurses at the hospital, said 96% of those who voted in August backed the strike.",
                "New York State Nurses Alliance",
                "said",
                "W",
            )
        ],
        [("It is the first strike at the 412-bed hospital since 1996.", "", "", "W")],
        [
            (
                "The nurses' contract expired on June 30, and the two sides have met 17 times since April.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Corinne Askew-Mahler, a spokeswoman for the hospital, said it had hired 380 replacement nurses through an agency at a cost of about $6.8 million for the week and had postponed 64 planned surgeries.",
                "Corinne Askew-Mahler",
                "said",
                "W",
            )
        ],
        [
            (
                "“Our doors are open, and our patients are safe,” she said.",
                "Corinne Askew-Mahler",
                "said",
                "",
            )
        ],
        [
            (
                "She said the emergency department, the maternity unit and the cancer center were open as normal, and that ambulances were not being diverted.",
                "Corinne Askew-Mahler",
                "said",
                "W",
            )
        ],
        [
            (
                "The hospital said its last offer was a 13% raise over three years; the union is asking for 19%, and for minimum staffing ratios on medical-surgical floors of one nurse to five patients.",
                "the hospital",
                "said",
                "W",
            )
        ],
        [
            (
                "Dolores Reinholt-Vasquez, an intensive care nurse for 22 years, said she had looked after as many as eight patients at a time on night shifts this summer.",
                "Dolores Reinholt-Vasquez",
                "said",
                "W",
            )
        ],
        [
            (
                "“Would you want to be patient number eight?” she asked.",
                "Dolores Reinholt-Vasquez",
                "asked",
                "",
            )
        ],
        [
            (
                "“Nobody goes into nursing to walk a picket line.",
                "Dolores Reinholt-Vasquez",
                "said",
                "",
            ),
            (
                "We're out here because we're tired of apologizing to patients,” she said.",
                "Dolores Reinholt-Vasquez",
                "said",
                "",
            ),
        ],
        [
            (
                "Behind her, drivers on Route 9 honked in support, and a food truck handed out free coffee.",
                "",
                "",
                "",
            )
        ],
        [("Story continues below advertisement", "", "", "B")],
        [
            (
                "In Albany, Gov. Ellison T. Wolstenbury urged both sides to “get back to the table today, not Saturday.”",
                "Ellison T. Wolstenbury",
                "urged",
                "",
            )
        ],
        [
            (
                "“Nurses deserve respect, and patients deserve certainty,” Wolstenbury said in a statement.",
                "Ellison T. Wolstenbury",
                "said",
                "",
            )
        ],
        [
            (
                "“We will be back at the table the minute they are!” said Lucas Fennimore-Rhee, the union's lead negotiator.",
                "Lucas Fennimore-Rhee",
                "said",
                "",
            )
        ],
        [
            (
                "He said the two sides last met on Sept. 9 and had agreed on 41 of 47 contract articles.",
                "Lucas Fennimore-Rhee",
                "said",
                "W",
            )
        ],
        [
            (
                "The unresolved six include pay, staffing and health insurance premiums, which the hospital wants to raise from 12% to 18% of the cost of a family plan, he said.",
                "Lucas Fennimore-Rhee",
                "said",
                "W",
            )
        ],
        [
            (
                "He predicted the strike would “cost them more than the raise we asked for.”",
                "Lucas Fennimore-Rhee",
                "predicted",
                "",
            )
        ],
        [
            (
                "Outside the emergency entrance, Harold Pettibone-Cruz, 79, said he had come for a blood test and did not know there was a strike.",
                "Harold Pettibone-Cruz",
                "said",
                "",
            )
        ],
        [
            ("“I just want my results,” he said.", "Harold Pettibone-Cruz", "said", ""),
            ("“They can sort out the rest.”", "Harold Pettibone-Cruz", "said", ""),
        ],
        [("The strike is scheduled to end at 7 a.m. Sunday.", "", "", "W")],
        [
            (
                "The hospital said the replacement nurses were contracted for the full five days, so strikers would not be allowed back before then.",
                "the hospital",
                "said",
                "W",
            )
        ],
        [
            (
                "A federal mediator has scheduled talks for Thursday at 10 a.m. in Poughkeepsie.",
                "",
                "",
                "W",
            )
        ],
        [("Neither side would say whether a deal was close.", "", "", "")],
        [("Contact Maddox Quintrell-Ayers at mquintrell@saugerhookdispatch.com.", "", "", "B")],
        [("Most popular", "", "", "B")],
        [("Route 9 lane closures to continue through October", "", "", "B")],
        [("High school football: Week 2 scores", "", "", "B")],
        [("© 2027 The Saugerhook Dispatch.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("Having trouble viewing this email?", "", "", "B"), ("View it online.", "", "", "B")],
        [
            (
                "ORBIT & BENCH · The weekly science letter from the Sapporo Meridian · Friday, November 26, 2027",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "This week: a university satellite reaches orbit · a new eel survey · your letters",
                "",
                "",
                "B",
            )
        ],
        [("Shirakaba rocket puts university CubeSat into orbit on second try", "", "", "W")],
        [
            (
                "After a scrubbed launch in October, a student team finally gets its signal",
                "",
                "",
                "",
            )
        ],
        [
            (
                "A Shimafukuro-2 rocket built by Hokuyo Aerospace lifted off from the company's launch pad near Shirakaba, in eastern Hokkaido, at 10:42 a.m. on Wednesday and placed a 6.4-kilogram satellite into a 520-kilometer orbit, the company said.",
                "Hokuyo Aerospace",
                "said",
                "W",
            )
        ],
        [
            (
                "The satellite separated from the rocket's upper stage at 10:51 a.m., 9 minutes and 12 seconds after liftoff, it said.",
                "Hokuyo Aerospace",
                "said",
                "W",
            )
        ],
        [
            ("It was the second attempt.", "", "", "W"),
            (
                "A launch on Oct. 21 was scrubbed 40 seconds before liftoff when a valve sensor on the first stage gave a faulty reading.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company said the faulty sensor had been replaced and two more had been added as backups.",
                "Hokuyo Aerospace",
                "said",
                "W",
            )
        ],
        [
            (
                "The satellite, called Tanchō-1, was built by approx. 60 students at Kushiro Institute of Technology over four years, at a cost of about ¥38 million.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "It measures 10 by 10 by 34 centimeters, about the size of a loaf of bread.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "It carries a camera to photograph sea ice in the Sea of Okhotsk and a small radio that will transmit data to amateur operators, said Kaori Nishizawa-Lund, the professor who leads the project.",
                "Kaori Nishizawa-Lund",
                "said",
                "W",
            )
        ],
        [
            (
                "The first signal was heard by a ground station in Norway at 12:11 p.m.",
                "Kaori Nishizawa-Lund",
                "said",
                "W",
            ),
            (
                "Ground stations in Kushiro and Chile confirmed it later in the afternoon, she said.",
                "Kaori Nishizawa-Lund",
                "said",
                "",
            ),
        ],
        [
            (
                "“When the launch was scrubbed, some of the students cried,” she said.",
                "Kaori Nishizawa-Lund",
                "said",
                "",
            )
        ],
        [("“I didn't cry until today.”", "Kaori Nishizawa-Lund", "said", "")],
        [
            (
                "She said the satellite was designed to last at least 18 months before its orbit decays and it burns up in the atmosphere.",
                "Kaori Nishizawa-Lund",
                "said",
                "W",
            )
        ],
        [
            (
                "The first photographs of sea ice should come down “within a couple of weeks, if everything behaves,” she said.",
                "Kaori Nishizawa-Lund",
                "said",
                "",
            )
        ],
        [
            (
                "“It's alive!” shouted Ren Takasugi-Ota, a fourth-year student, when the first signal came in.",
                "Ren Takasugi-Ota",
                "shouted",
                "",
            )
        ],
        [
            ("“Is it alive?", "Ren Takasugi-Ota", "said", ""),
            (
                "That's all anyone asked me for a month,” he said later.",
                "Ren Takasugi-Ota",
                "said",
                "",
            ),
        ],
        [
            (
                "About 200 students, parents and residents watched a live stream of the launch in the institute's gymnasium in Kushiro.",
                "",
                "",
                "",
            )
        ],
        [("Some brought paper cranes.", "", "", "")],
        [
            (
                "Hokuyo Aerospace said it had now made three launches, two of them successful, and had orders for seven more, e.g. for a weather firm and two universities.",
                "Hokuyo Aerospace",
                "said",
                "W",
            )
        ],
        [("It said it aimed to launch once a month from 2029.", "Hokuyo Aerospace", "said", "")],
        [
            (
                "The company, founded in 2016, said it employs 148 people and has raised ¥21.5 billion from investors.",
                "Hokuyo Aerospace",
                "said",
                "W",
            )
        ],
        [
            (
                "It charges about ¥1.2 million per kilogram for small satellites, according to its published price list.",
                "its published price list",
                "according to",
                "W",
            )
        ],
        [
            (
                "Mitsuru Okabe-Stroud, an analyst at Toyohira Research, said small launchers in Japan “will have to get cheaper, not just more reliable” to win customers from abroad.",
                "Mitsuru Okabe-Stroud",
                "said",
                "",
            )
        ],
        [
            (
                "Fishing boats were kept out of a 22-kilometer zone off the coast for four hours on launch day, according to local fisheries cooperatives.",
                "local fisheries cooperatives",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Shirakaba town office said 3,400 visitors came to watch the launch from the town's viewing area, about twice the town's population.",
                "the Shirakaba town office",
                "said",
                "W",
            )
        ],
        [("Hotels in the area were fully booked for both launch attempts.", "", "", "")],
        [("The next Shimafukuro-2 launch is planned for February.", "", "", "")],
        [
            (
                "Radio amateurs can find the satellite's frequencies at tancho1.kit-space.ac.jp.",
                "",
                "",
                "",
            )
        ],
        [("Questions for the team can be sent to tancho1@kit-space.ac.jp.", "", "", "")],
        [("— Orbit & Bench is supported by Hakodate Lens Works. —", "", "", "B")],
        [("Reply to this email with your questions; we read every one.", "", "", "B")],
        [("Unsubscribe · Manage preferences", "", "", "B")],
        [("Sapporo Meridian Co., Ltd., 3-8 Kita Nijo Nishi, Chuo-ku, Sapporo", "", "", "B")],
    ],
]

CASES = [
    (
        "n136-za-jan",
        "Food was the exception. Food and non-alcoholic beverages rose 6.3% year on year, up from 4.4% in Jan. Bread and cereals were up 9.1% and meat 7.4%, while vegetables were 2.2% cheaper than a year ago.",
        [
            "Food was the exception.",
            "Food and non-alcoholic beverages rose 6.3% year on year, up from 4.4% in Jan.",
            "Bread and cereals were up 9.1% and meat 7.4%, while vegetables were 2.2% cheaper than a year ago.",
        ],
    ),
    (
        "n136-za-wild-card",
        "“Food is the wild card. One poor maize harvest in the Free State and we are back above 5%,” she said.",
        [
            "“Food is the wild card.",
            "One poor maize harvest in the Free State and we are back above 5%,” she said.",
        ],
    ),
    (
        "n136-za-inflation-down",
        "“They tell us inflation is down? Come and shop with me on a Tuesday.”",
        ["“They tell us inflation is down?", "Come and shop with me on a Tuesday.”"],
    ),
    (
        "n136-za-why-bread",
        "“If petrol can come down, why can't bread?” asked Sipho Nkwanyana-Bell of Basket Watch Gauteng, a consumer group.",
        [
            "“If petrol can come down, why can't bread?” asked Sipho Nkwanyana-Bell of Basket Watch Gauteng, a consumer group."
        ],
    ),
    (
        "n136-ng-sec-4b",
        "The judge held that the payments breached Sec. 4(b) of the Lagos State Public Procurement Law, which bars officials from awarding contracts to their relatives.",
        [
            "The judge held that the payments breached Sec. 4(b) of the Lagos State Public Procurement Law, which bars officials from awarding contracts to their relatives."
        ],
    ),
    (
        "n136-ng-purse-ellipsis",
        "“The defendant treated the council's account like his own purse… The people of Oke-Ilaje paid for roads and got mud.”",
        [
            "“The defendant treated the council's account like his own purse…",
            "The people of Oke-Ilaje paid for roads and got mud.”",
        ],
    ),
    (
        "n136-ng-court-no-7",
        "“We respectfully disagree with the judgment. Where are the auditors who signed off on every one of these payments?” he told reporters outside Court No. 7.",
        [
            "“We respectfully disagree with the judgment.",
            "Where are the auditors who signed off on every one of these payments?” he told reporters outside Court No. 7.",
        ],
    ),
    (
        "n136-ng-nine-years",
        "“Nine years? Let him bring back every kobo first,” he said.",
        ["“Nine years?", "Let him bring back every kobo first,” he said."],
    ),
    (
        "n136-pk-11-pm",
        "He said polling staff at two stations in UC-37 had stopped counting at 11 p.m. Counting resumed only after the presiding officer arrived at 1:40 a.m., he said.",
        [
            "He said polling staff at two stations in UC-37 had stopped counting at 11 p.m.",
            "Counting resumed only after the presiding officer arrived at 1:40 a.m., he said.",
        ],
    ),
    (
        "n136-pk-art-12",
        "Sial said the panel would petition the election tribunal within the 30 days allowed under Art. 12 of the local government election rules.",
        [
            "Sial said the panel would petition the election tribunal within the 30 days allowed under Art. 12 of the local government election rules."
        ],
    ),
    (
        "n136-pk-rs-50",
        "She said certified copies of the result for each union council could be obtained from her office at Rs. 50 a copy.",
        [
            "She said certified copies of the result for each union council could be obtained from her office at Rs. 50 a copy."
        ],
    ),
    (
        "n136-my-5-pm-staff",
        "The Sungai Kelantan at Guillemard Bridge peaked at 17.92 metres at 5 p.m. Staff at the Irrigation and Drainage Department said that was 1.92 metres above the danger level and the highest reading since December 2014.",
        [
            "The Sungai Kelantan at Guillemard Bridge peaked at 17.92 metres at 5 p.m.",
            "Staff at the Irrigation and Drainage Department said that was 1.92 metres above the danger level and the highest reading since December 2014.",
        ],
    ),
    (
        "n136-my-sofa",
        "“We saved the children's school books and the rice. The sofa… I don't want to think about the sofa,” she said, laughing.",
        [
            "“We saved the children's school books and the rice.",
            "The sofa…",
            "I don't want to think about the sofa,” she said, laughing.",
        ],
    ),
    (
        "n136-my-web-email",
        "It advised the public to check water levels at banjir.kelantan-bencana.my before travelling, and to call the operations room on 09-748 2210 or email bilikgerakan@kelantan-bencana.my to report people trapped.",
        [
            "It advised the public to check water levels at banjir.kelantan-bencana.my before travelling, and to call the operations room on 09-748 2210 or email bilikgerakan@kelantan-bencana.my to report people trapped."
        ],
    ),
    (
        "n136-ni-st-marys",
        "Inspectors found that leadership and management at St. Mary's Primary School, Drumcullen, “need urgent improvement”, the lowest of the four grades, in a report published on Tuesday.",
        [
            "Inspectors found that leadership and management at St. Mary's Primary School, Drumcullen, “need urgent improvement”, the lowest of the four grades, in a report published on Tuesday."
        ],
    ),
    (
        "n136-ni-uk",
        "Mrs Cassidy-Orr, 52, has taught for 24 years, 11 of them in schools elsewhere in the U.K. The school is her first headship.",
        [
            "Mrs Cassidy-Orr, 52, has taught for 24 years, 11 of them in schools elsewhere in the U.K.",
            "The school is her first headship.",
        ],
    ),
    (
        "n136-ni-buckets",
        "“Did we need an inspector to tell us the building leaks?” she asked, pointing to buckets in the corridor.",
        [
            "“Did we need an inspector to tell us the building leaks?” she asked, pointing to buckets in the corridor."
        ],
    ),
    (
        "n136-fj-ltd",
        "Laucala Bay Media Ltd. Registered in Fiji, Company No. 4417. Suva, Fiji",
        ["Laucala Bay Media Ltd.", "Registered in Fiji, Company No. 4417.", "Suva, Fiji"],
    ),
    (
        "n136-zm-no-7",
        "Riverside had led through a 23rd-minute header from Blessing Chanda-Mwale, and Eagles equalised six minutes after half-time when Davies Kabwe-Lungu, wearing the No. 7 shirt for the first time since his move from Kafue, curled in from 20 yards.",
        [
            "Riverside had led through a 23rd-minute header from Blessing Chanda-Mwale, and Eagles equalised six minutes after half-time when Davies Kabwe-Lungu, wearing the No. 7 shirt for the first time since his move from Kafue, curled in from 20 yards."
        ],
    ),
    (
        "n136-zm-handball",
        "“Handball? The ball hit his chest, and everybody in the stadium saw it except one man,” said Riverside coach Agnes Mutale-Chisenga.",
        [
            "“Handball?",
            "The ball hit his chest, and everybody in the stadium saw it except one man,” said Riverside coach Agnes Mutale-Chisenga.",
        ],
    ),
    (
        "n136-zm-waited",
        "Mumba, who had missed a penalty against the same opponents in October, waited, waited… and rolled it into the bottom corner.",
        [
            "Mumba, who had missed a penalty against the same opponents in October, waited, waited… and rolled it into the bottom corner."
        ],
    ),
    (
        "n136-mt-etc",
        "Start with the raw red prawns, sliced thin, with lemon, capers, a little bottarga, olive oil from Żebbuġ, etc. None of it needs the etc., and none of it gets in the prawns' way.",
        [
            "Start with the raw red prawns, sliced thin, with lemon, capers, a little bottarga, olive oil from Żebbuġ, etc.",
            "None of it needs the etc., and none of it gets in the prawns' way.",
        ],
    ),
    (
        "n136-mt-ca-1900",
        "Il-Qarnita opened in March in a narrow townhouse on St. Ursula Street, built ca. 1900 and, until last year, a shop selling lace and religious statues.",
        [
            "Il-Qarnita opened in March in a narrow townhouse on St. Ursula Street, built ca. 1900 and, until last year, a shop selling lace and religious statues."
        ],
    ),
    (
        "n136-jm-phd",
        "Delroy Maragh-Chin, a Ph.D. candidate who co-wrote the paper, said 63 per cent of those with high blood pressure added salt at the table, compared with 44 per cent of those without.",
        [
            "Delroy Maragh-Chin, a Ph.D. candidate who co-wrote the paper, said 63 per cent of those with high blood pressure added salt at the table, compared with 44 per cent of those without."
        ],
    ),
    (
        "n136-jm-colon-quote",
        "Her advice is simple: “Check it once a year, even if you feel fine. It costs nothing at a health centre.”",
        [
            "Her advice is simple: “Check it once a year, even if you feel fine.",
            "It costs nothing at a health centre.”",
        ],
    ),
    (
        "n136-us-7-am-route-9",
        "Nurses at Saugerhook Regional Medical Center began a five-day strike at 7 a.m. By 9, about 400 of them were marching along U.S. Route 9 outside the hospital's main entrance, the union said.",
        [
            "Nurses at Saugerhook Regional Medical Center began a five-day strike at 7 a.m.",
            "By 9, about 400 of them were marching along U.S. Route 9 outside the hospital's main entrance, the union said.",
        ],
    ),
    (
        "n136-us-gov",
        "In Albany, Gov. Ellison T. Wolstenbury urged both sides to “get back to the table today, not Saturday.”",
        [
            "In Albany, Gov. Ellison T. Wolstenbury urged both sides to “get back to the table today, not Saturday.”"
        ],
    ),
    (
        "n136-jp-12-11-pm",
        "The first signal was heard by a ground station in Norway at 12:11 p.m. Ground stations in Kushiro and Chile confirmed it later in the afternoon, she said.",
        [
            "The first signal was heard by a ground station in Norway at 12:11 p.m.",
            "Ground stations in Kushiro and Chile confirmed it later in the afternoon, she said.",
        ],
    ),
    (
        "n136-jp-is-it-alive",
        "“Is it alive? That's all anyone asked me for a month,” he said later.",
        ["“Is it alive?", "That's all anyone asked me for a month,” he said later."],
    ),
    (
        "n136-na-what-changed",
        "“What has changed? The same officials, the same promises, a bigger number,” she said.",
        [
            "“What has changed?",
            "The same officials, the same promises, a bigger number,” she said.",
        ],
    ),
]
