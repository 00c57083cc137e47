"""Ninetieth set of new hand-labelled pages for the hint engines (tuning set, round thirty-nine):
twelve WHOLE pages, head to tail, of everyday news from twelve countries (Kenya, India, Jamaica,
Pakistan, Sri Lanka, Uganda, Wales, the United States (Ohio), Canada (Nova Scotia), Australia
(Tasmania), Zambia and Fiji), where CHECK-WORTHINESS is the hard part: statements of record and
figures by officials, bodies, courts and companies beside opinions, feelings, hopes, plans,
forecasts, questions, advice and scene-setting; private people's own experiences with numbers in
them; hedged claims ("may", "believed", "suspected", "not ruling out"); causal claims; comparisons;
and, among the news pages, a COLUMN (Jamaica), a FEATURE (Sri Lanka) and a restaurant REVIEW
(Wales). Each page carries its site's own furniture at the head, in the middle and at the tail,
and several speakers. The pages hold 521 sentences: 204 "B", 152 "W" and 165 ""; 223 sentences
carry a speaker. `STYLES` describes each page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round thirty-nine, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened or listed,
no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/` or `tests/benchmarks/`, and no README of the project was read; `claimreview` was never
imported, and no test, scorer, engine or `pytest` was run. The search and fetch tools were not
used, and nothing was copied from anywhere. The brief's folder was listed (it held only the brief)
and the brief was read; /tmp/sets was listed three times (each time it held
`labelled_heldout63.py`, `labelled_heldout64.py`, `labelled_new87.py` and `labelled_new88.py`,
seen as names only and never opened, and at the end this file too). What was read for the format: the module docstrings of `labelled_new.py`,
`labelled_new2.py`, `labelled_new85.py` and `labelled_new86.py`, printed with `ast.get_docstring`
(the listing of all four was cut in the middle by the tool, so the last two were saved to files in
/tmp and printed again with `sed` in ranges; the whole of `labelled_new85.py`'s and the part of
`labelled_new86.py`'s that the first listing had cut were read, so all four were read whole); from
`labelled_new85.py` and `labelled_new86.py`, a listing written by a script of my own that uses
`ast` (import line, `STYLES`, first two pages one sentence tuple a line cut to 600 characters,
first eight `CASES` cut to 900 characters) to files in /tmp, of which the `labelled_new86.py`
listing was printed whole (its middle cut by the tool and then printed with `sed`) and of the
`labelled_new85.py` listing only the first 9,000 characters (its import line, first `STYLES`
entries); `def build` in `labelled_articles.py` (a `sed` range from `def build` to the next
`def`); and the `[tool.ruff]` tables of `pyproject.toml` (a `grep -n -A12`). No other page, case
or docstring of any file under `tests/` was read. What was run: a Python one-liner printing the
calendars of October and November 2026 to check weekdays; scripts of my own in /tmp that turn a
small line format (flags, speaker, cue, text) into the literals below, apply renames, cut the
split cases out of the pages, and count sentences, flags and speakers while checking that every
speaker has a cue and every cue a speaker, no "B" line has a speaker, and each cue occurs in its
sentence or in the quote it continues; an import of this file with `build` on every page and a
check of four string fields, flags, 30 distinct case ids, every case text in a built page and
equal to its sentences joined by single spaces, and the counts above; whole-word, case-insensitive
searches over `tests/` and /tmp/sets (Python files only) for every capitalised word of these pages
(each part of a hyphenated name on its own) with `grep -rhoiwF -f`, whose output was only the
matched words of my own lists, then for three candidate replacements per hit with the same pass
and, for a last few, per-word `grep -rilw ... | wc -l` file counts; phrase counts
(`grep -rilF ... | wc -l`) of the outlets and other coined multi-word names; and `ruff format` and
`ruff check` on this file with `--config` pointing at the project's `pyproject.toml` and
`--no-cache` (the check also through `--stdin-filename tests/text/labelled_new90.py` so the
project's per-file ignores for `tests/**` apply; the plain check reports only E501, long lines,
which those ignores cover), and a `ruff format --check`. The first draft's coined people, places and
outlets hit about a hundred and twenty words of other files (common and uncommon given names and
surnames of every country, a village, two roads, a suburb and four outlet words such as
Lanternpost and Copperline) and five multi-word names (an outlet, a tenants' group, a landlords'
body, a university and a drivers' body); each was renamed, and only replacements with no hit were
kept. What still hits is real places, regions and rivers, common words, outlet words (Ledger,
Clarion, Herald, Dispatch, Beacon, Wire, Times, Reporter), titles kept on purpose (Dr, Mr, Ms,
Miss, Adi, Inspector, Justice, Counsel, Mayor) and common South Asian place words (Nagar, Chowk,
Peth, Vidyalaya).

Every person, outlet, firm, union, association, council, board, college, school, restaurant,
street, road, village, suburb and figure is invented. Real countries, regions, cities and rivers
appear only as settings: Kenya, Nakuru and its county, the Rift Valley and Uganda; India, Pune,
Mumbai and Nashik; Jamaica, Montego Bay, St James, Cornwall (in a college's name) and Kingston;
Pakistan, Punjab, Faisalabad, Lahore, Europe, Bangladesh and Vietnam; Sri Lanka and Kandy (in the
style only); Uganda, Gulu and Lira (in a link); Wales, Swansea, Cardiff and England (in a
registration line); the United States, Ohio, Lima, Bowling Green, Jackson and Tennessee; Canada,
Nova Scotia, Halifax, Moncton and Saint John; Australia, Tasmania, Launceston and the Tamar (in an
outlet's name and a link); Zambia, Kitwe, Lusaka and the Copperbelt; Fiji and Suva. Facebook, X,
WhatsApp and LinkedIn appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points `labelled_new85.py` and `labelled_new86.py` state hold too: furniture "B"
line by line, whatever it says; a caption by its content and its credit "B"; headlines and
standfirsts never split (a two-sentence standfirst is one sentence); a dateline belongs to its
lead sentence; a pronoun, a later surname, a role or a title resolved to the full name as first
given, without titles; an organisation's later generic noun kept as written ("The board", "The
company", "The report") and "It" resolved to the name as first given; a quote over several
sentences carrying its speaker and cue; a named person acting without a verb of saying carries no
speaker; standfirsts and headlines whose subject is a kind carry what the body names, groups
without a proper name kept as written.

Conventions this set had to settle, in the same spirit (CHECK-WORTHINESS):

* Statements of record are "W": decisions, votes, approvals and their dates (a fare board's rise,
  a standing committee's nine-to-six vote, a county assembly's supplementary budget, a licensing
  committee's refusal), rules (sellers must show a card, wetter maize turned away, the rent cap
  kept until 2027, homes first "by law and by policy"), court findings and orders, figures of
  record from officials, bodies, companies and reports, an arrest, a court date, a post-mortem
  fixed for today, a meeting fixed for a date and hour, and an institution's account of what it
  did to a person (a hospital's letter postponing an operation; company guards fencing a
  claimant's land).
* Causal claims stated as fact by those in charge are "W" (prices fell because of a harvest and
  imports; the gas cut was caused by falling output; orders fell because customers switched; the
  list grew because of a ventilation failure; robberies happened where lights had failed; a rent
  rise driven by taxes and insurance); comparisons with a checkable measure are "W" (a tariff below
  other cities', a fare above Kingston's, a cost per tonne among the highest on the Copperbelt,
  the largest layoff since 2016, a median wait against the national median, a starter's price
  against the pubs'), while comparisons of taste or feeling are "".
* Hedges are "" even from officials: "suspected", "believed", "may", "might", "could", "not
  ruling out", "likely", "feared", and "Police believe" in a standfirst; so are forecasts,
  estimates of what will happen, guidance ("still expected to produce"), hopes, intentions
  ("would appeal", "would meet provincial officials this week", "would bring changes to the spring
  sitting", "would consider the pay claim"), advice ("urged", "should see their GP", an appeal for
  witnesses) and opinions. An organisation's own estimate stated as a figure ("The corporation
  estimates the revision will bring in an additional Rs 74 crore") is "W", as a budget figure a
  fact-checker would test; an allegation of fact by a named or described source ("alleged that
  tanker operators drew water ... without paying", "Farmers in Olnjorai say some brokers also use
  scales that under-weigh") is "W".
* Private people's own lives with numbers are "": a farmer's harvest and sale, a worker's years,
  wage and debt, a grandmother's four-kilometre walk, a schoolgirl's 4.30 start, a three-wheeler
  driver's own fares, a nurse's new rent, a patient's wait and walking frame, a claimant's rented
  plot, a family's shop takings, a vendor's weekly fares in the column, a neighbour hearing
  shouting at 1am; but a housing society secretary's bill from the corporation, a claimant's
  account of the company's fencing and a patient's account of the hospital's letter state
  checkable facts about institutions and are "W". A union's, an association's or a tenants'
  group's count (layoffs, complaints, permanent workers, an unpaid wage) is "W".
* The column: the columnist's own statements of record (the board's decision, the fares, the
  fuel price "according to the board's own notice", a survey of 600 commuters) are "W" without a
  speaker; her scene, opinions, proposal, rhetorical questions and her own fare are "". The
  feature: scene-setting, memory and the closing lines are "", the depot manager's and the
  principal's figures and the board's letter "W". The review: taste, mood, the verdict heading and
  the rating line ("Food: 4/5 | ...") are "", the address and opening-hours lines are data (""),
  the opening date, covers, prices, the price of the meal, the chef's sourcing claim and the
  licence "W"; the star-glyph rating widget and the note that the reviewer paid are "B".
* Speakers. Titles go: Ms, Mr, Dr, Miss, Justice, Counsel, Inspector, ACP, Mayor, and the Fijian
  chiefly title Adi ("Adi Salotevai Vunibokoi" -> "Salotevai Vunibokoi"). "The executive",
  "the commissioner", "The association chairman", "The judge", "The spokeswoman", "The minister"
  and "the surgeon" resolve to the person as first given; "A senior surgeon at the hospital, who
  asked not to be named," is "A senior surgeon at the hospital"; "A department spokesman" and
  "the statement" (a quoted line ending "the statement said") are kept as written; "according to"
  keeps its source as written (a survey, budget papers, monthly returns, the judgment, a notice
  filed with the state, a report, quarterly figures, interim results, the latest state figures);
  "In a statement, X said", "X said in a statement", "told this newspaper", "told me", "told
  analysts on a call", "alleged", "described", "urged", "appealed", "ruled", "estimates", "has
  called for" and "asked" (a quoted question) are cues. "It said" after "The report ... said"
  carries the report as first given; the later "the board said" after a named board carries "the
  board" only where written "The board said", and "In a letter ..., the board said" carries the
  board as first given ("the Upcountry Regional Bus Board"). A gas utility named after a
  descriptor ("the Punjab gas distribution company Ravidar Gas Limited") is "Ravidar Gas Limited".
* Furniture that reads like prose is "B": a WhatsApp follow prompt, "Click here to join.", a
  subscription ask, a newsletter ask in two sentences, a column disclaimer in two sentences and a
  bio with an email, an SMS tip line, a police tip line, a comments policy, an investment
  disclaimer, "Comments are closed on this story.", "Story continues below", an audio player line,
  "Listen to this article", a metals and currency strip and a copyright line split at "Ltd.".

Splits. "Sh3,400", "13.5 per cent", "Rs 8.40 per kilolitre (kl)", "Dr Ilavendra", "11 a.m." before
"The ruling alliance", "Pvt. Ltd." before "All rights reserved.", "(MMCFD)", "Mr Sheikhupuri", "5.40
p.m." and "1.15 p.m." ending a sentence, "4.30", "Rs 350", "Shs9.6b", "Shs18 million", "No. 88 of
2022", "No. 3" ending a quoted sentence, "Ltd." before "Registered in England and Wales No.
07712946.", "£16.50", "2 p.m. on Nov. 18.", "7 a.m." before "Sign up here.", "US$368 million",
"5.40am" and "11am", "FJ$2,300", "columns@westernclarion.com.jm." ending a bio, one-word sentences
("And waited.", "Nobody speaks.") and quoted questions followed by "she asked." or "she said." never
split wrongly. `CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch
of consecutive sentences of one paragraph of these pages joined by single spaces: what a reviewer
wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401

STYLES = [
    "Kenyan daily's counties page (Nakuru), the county will buy maize at Sh3,400 a bag from next Monday with Sh620 million set aside, with the agriculture executive named in full in the lead (later Ms and surname and She), a survey through according to, an allegation by farmers kept as written, a farmer whose own harvest and sale are \"\" while his quote carries a feeling, the county's suspicion as a hedge beside a rule of record, an MCA's forecast beside his record of 2024, a causal claim, advice beside a rejection rule, the standfirst carrying the county through says (masthead in capitals, date and weather strip with pipes, menu, section label with a slash, headline, standfirst, byline, published and updated line, share line, caption and PHOTO | credit, ADVERTISEMENT and READ ALSO mid-story, tags, more-from list, copyright in two sentences)",
    "Indian English daily's city page (Pune), the municipal corporation's standing committee approves a 12% rise in water charges from April, with a PUNE: dateline lead in the writer's voice, the municipal commissioner with Dr (later the commissioner and He) and the standing committee chairperson (later surname and She) and an opposition corporator (later She), according to the corporation's budget papers, a causal claim about pumping costs, a comparison with other cities, a housing society secretary whose bill figures about the corporation are \"W\" and whose own feelings are \"\", a hedge with may, an activist's allegation, the corporation's estimate, Rs and crore and lakh with kl and p.m. (masthead in capitals, edition and date strip with pipes, menu, section label with ›, headline with a figure, standfirst, byline with TNN-like desk tag, updated line with IST, share line, caption and credit, Advertisement, a Also Read link and a WhatsApp follow prompt mid-story, tags, trending list, copyright and terms line)",
    'Jamaican daily\'s opinion page, a COLUMN on a route-taxi fare rise in Montego Bay, in the columnist\'s own voice: her figures of record about the fare board, the fuel price and a survey are "W" without a speaker, her opinions, questions, hopes and feelings "", her own travel costs "", quoted figures from the board\'s chairman (later Mr and surname and He) "W" beside his opinion, a taxi association president\'s cost claim and hedge, a vendor\'s own circumstances with figures "" and a quoted question with she asked, a comparison with Kingston fares, a causal claim by the board, rhetorical questions and a sign-off (masthead in capitals, date and e-paper strip with bullets, menu, COMMENTARY label, column name, headline, standfirst, columnist line, date line, share line, Advertisement mid-column, a disclaimer in two sentences, columnist bio with an email, More Commentary list, copyright)',
    "Pakistani English daily's business page (Faisalabad), a gas utility cuts supply to textile mills for three days a week and mill owners say thousands have been laid off, with a FAISALABAD: dateline lead carrying the utility named after a descriptor after the claim, its spokesman (later He and surname), the mills' association chairman (later Mr and surname, the association chairman and He) whose figure of layoffs is \"W\" and whose warning of more is \"\", a labour leader's allegation and a hedge with believed, a worker's own circumstances with figures \"\", a causal claim about falling gas fields, a comparison with last winter, an economist's forecast, the utility's schedule of record, a mills' export figure through according to, MMCFD and Rs with billion (masthead in capitals, date strip with Hijri date and pipes, menu, section label, headline, standfirst, Our Correspondent byline, published line, share line, caption and Photo: File credit, ADVERTISEMENT and a Read more link mid-story, comments prompt, related list, copyright with a two-sentence reproduction line)",
    'Sri Lankan Sunday paper\'s FEATURE (hill country near Kandy), the last bus on a 23-km estate route is cut and a village copes, mostly scene-setting and people\'s own lives (a grandmother\'s walk, a schoolgirl\'s mornings, a three-wheeler driver\'s fares, all "" with numbers in them), with the depot manager named with Mr (later surname and He) whose figures and causal claim are "W", the transport board said in a letter and It said, a provincial councillor\'s allegation "W" and his hope "", a hedge with may from the board, a principal\'s attendance figures about her school "W", a conductor\'s memory, a comparison with 2019, a question to the reader, rupees and km (masthead in capitals, date strip with pipes, menu, FEATURES label, headline, standfirst, words-and-pictures byline, read-time line, share line, two captions with Pic by credits, a section break of three stars and a subhead, Advertisement mid-story, a Write to us line, more-features list, copyright)',
    'Ugandan daily\'s courts page (Gulu), the High Court orders a sugar company to pay 214 families for land it fenced in 2019, with the court\'s findings in the writer\'s voice and through Justice (a title dropped: later the judge and She), according to the judgment, the families\' lawyer with Counsel (later surname and He) whose figures are "W" and whose reaction is "", the company\'s lawyer who said it would appeal (an intention ""), the company said in a statement and It said, a claimant whose account of the fencing by the company is "W" and whose own feelings are "", a district land officer\'s record, a hedge with may and a suspicion with suspected, UGX with billion and m, acres and a case number with No. (masthead in capitals, date and currency strip with pipes, menu, section label with ›, headline with figures, standfirst, byline, dates line, share line, caption and PHOTO/ credit, ADVERTISEMENT and RELATED mid-story, an SMS tip line, tags, more-courts list, copyright in two sentences)',
    'Welsh regional news site\'s food REVIEW (Swansea), a new seafood restaurant in a converted lifeboat station, in the reviewer\'s first person: taste, mood and verdict "", the menu\'s prices and the restaurant\'s opening date and covers "W" without a speaker, the owner-chef (later surname and He) whose sourcing claim and staff figure are "W" and whose hopes are "", a council licensing record in the writer\'s voice, a comparison of prices with the town, a star rating and a verdict box whose rating is "" and whose address and hours are "" data, a note that the meal was paid for (B), £ figures (site name, menu, What\'s On › Food & Drink label, headline, standfirst, byline with role, date and time line, share line, caption and credit, a star rating line, Advertisement and a newsletter sign-up mid-story, the verdict box heading and lines, an independence note, more-reviews list, copyright with a company number)',
    'US local newspaper\'s business page (Lima, Ohio), an appliance-parts maker will close its plant and lay off 214 workers, with a notice filed with the state in the writer\'s voice, the company said in a statement and The company said and later a spokeswoman (later she), a union local president (later surname and he) whose figures are "W" and whose suspicion is "", the mayor whose tax figure is "W" and whose hope is "", a county economic development director\'s comparison, a worker\'s own years and wage "" and her quote of feeling, a causal claim by the company, an economist\'s may-forecast, a hedge with believed, dollar figures and percentages with p.m. and a.m. (site name, sign-in and subscribe strip, menu, section label, headline, standfirst, byline with an email, updated line with ET, share line, caption and credit, a listen-to-article line, an ad slot, a subscription ask mid-story in two sentences, a Contact the reporter line, a Most popular list, copyright, terms and a privacy line)',
    "Canadian online news site's Halifax page (Nova Scotia), a provincial agency's report puts the average two-bedroom rent in Halifax up 9.4 per cent in a year, with the report's figures through according to and The report said, the housing minister (later she and the minister) whose figures are \"W\" and whose forecast is \"\", an opposition critic's comparison, a tenants' group spokesperson's allegation and a hedge with may, a property owners' council director's causal claim and his warning, a tenant's own rent and move \"\" and her quote, an economist's forecast, a cap of record, dollar figures and per cent with Oct. (site name, date strip with weather, menu, section label, headline with a figure, standfirst, byline with a middle dot, Posted and Updated line with AT, share line, caption and credit in brackets, an audio player line, a Story continues below line and a related link mid-story, a newsletter ask, tags, a comments-closed note, related list, copyright)",
    'Australian regional news site\'s Launceston page (Tasmania), the elective surgery waiting list at the city\'s hospital reaches 6,412 and the longest waits for hip and knee operations pass two years, with quarterly figures through according to in the writer\'s voice, the Health Department said in a statement and It said and a department spokesman, the health minister with Mr (later Mr and surname and He) whose figures are "W" and whose hope is "", the nurses\' union secretary (later surname and She) whose staffing claim is "W" and whose warning is "", a surgeon who asked not to be named, a patient whose own wait and pain are "" but whose account of being told by the hospital is "W", a comparison with the national median, a causal claim and a hedge with might, per cent and days (site name and region, date and weather strip with pipes, menu, section label, headline with a figure, standfirst, byline, updated line with AEDT, share line, caption and Picture: credit, Advertisement and a Read more link mid-story, a Got a news tip? line with an email, a comments prompt, more-stories list, copyright with Pty Ltd)',
    'Zambian business daily\'s mining page (Kitwe, Copperbelt), a copper miner\'s half-year results show output down 11% and a plan to cut 640 contract jobs, with the results in the writer\'s voice through according to, the chief executive (later surname and He) whose figures and causal claim are "W" and whose outlook is "", the finance director (a woman, later She) with kwacha and dollar figures, a mineworkers\' union branch chairman whose figure of workers is "W" and whose suspicion is "", a hedge with believed from the company, an analyst\'s forecast and comparison, a contractor\'s own layoff "" and his quote, The mines ministry said in a statement and It said with a date of record, US$ and K figures, tonnes and per cent, H1 and Plc (masthead, date and metals strip with prices and arrows, menu, section label, headline with figures, standfirst, byline with a town, date line, share line, caption and credit with a slash, ADVERTISEMENT and a YOU MAY ALSO LIKE link mid-story, a disclaimer line, tags, latest list, copyright)',
    'Fijian daily\'s crime page (Suva), a shopkeeper is found dead after a night-time robbery in a suburb and a man is in custody, with police statements of record "W" and their hedges (believed, suspect, may, not ruling out) "", the police spokeswoman named with Inspector (a title dropped, later she and the spokeswoman), the divisional commander with ACP (later he) and an appeal for witnesses (""), a relative\'s account of the shop\'s takings "" and her grief, a neighbour who heard shouting at about 1am (a private observation, ""), an advisory council chairman\'s crime figures "W" and his opinion "", a causal claim by police about lighting, a comparison of robbery numbers, a court date of record, FJ$ figures and times with am (masthead, date and weather strip, menu, section label, headline, standfirst, byline, date line, share line, caption and PHOTO: credit, ADVERTISEMENT and a Related link mid-story, police tip line with a number, comments-policy line, tags, latest-news list, copyright)',
]

ARTICLES = [
    [
        [("THE RIFT LEDGER", "", "", "B")],
        [("Tuesday, November 10, 2026 | Nakuru 24°C | E-Paper | Subscribe", "", "", "B")],
        [("News   Counties   Business   Farmers’ Diary   Sports   Opinion   Video", "", "", "B")],
        [("COUNTIES / NAKURU", "", "", "B")],
        [
            (
                "Nakuru to buy maize at Sh3,400 a bag as farmers accuse brokers of short-changing them",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "County says it has set aside Sh620 million, but growers fear the money will run out before the harvest ends",
                "Nakuru County",
                "says",
                "W",
            )
        ],
        [("By Kipsergon Ngeretuk-Lolmodo", "", "", "B")],
        [("Published on Nov 10, 2026 at 05:40 | Updated 09:12", "", "", "B")],
        [("Share: WhatsApp | Facebook | X | Email", "", "", "B")],
        [
            ("Farmers offload maize at a collection centre in Kipsoronga on Monday.", "", "", ""),
            ("PHOTO | KIPSERGON NGERETUK-LOLMODO", "", "", "B"),
        ],
        [
            (
                "Nakuru County will buy maize from farmers at Sh3,400 per 90-kilogramme bag from next Monday, county agriculture executive Jerusha Chepkerengo-Arumesi said yesterday.",
                "Jerusha Chepkerengo-Arumesi",
                "said",
                "W",
            )
        ],
        [
            (
                "Ms Chepkerengo-Arumesi said the county had set aside Sh620 million for the programme, enough for about 182,000 bags.",
                "Jerusha Chepkerengo-Arumesi",
                "said",
                "W",
            ),
            (
                "She said buying would start at collection centres in Kipsoronga, Olnjorai and Tuluyet, with a fourth centre at Sogomoi opening in the second week.",
                "Jerusha Chepkerengo-Arumesi",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are paying more than the brokers are paying, and no farmer will wait more than 14 days for the money,” she said.",
                "Jerusha Chepkerengo-Arumesi",
                "said",
                "W",
            )
        ],
        [
            (
                "Brokers were paying between Sh2,600 and Sh2,900 a bag across the county last week, according to a survey by the county’s market information office.",
                "a survey by the county’s market information office",
                "according to",
                "W",
            ),
            (
                "Farmers in Olnjorai say some brokers also use scales that under-weigh each bag by several kilogrammes.",
                "Farmers in Olnjorai",
                "say",
                "W",
            ),
        ],
        [
            (
                "The executive said prices had fallen because of a large harvest across the Rift Valley and the arrival of duty-free maize from Uganda since August.",
                "Jerusha Chepkerengo-Arumesi",
                "said",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("READ ALSO: Lakeside flower farms shed 300 jobs as European orders dip", "", "", "B")],
        [
            (
                "Barnaba Kiptanuyo-Rerimoiwo, who farms three acres outside Tuluyet, said he harvested 46 bags this season, down from 60 last year.",
                "Barnaba Kiptanuyo-Rerimoiwo",
                "said",
                "",
            ),
            (
                "He said he sold 20 bags to a broker at Sh2,700 each in October to pay school fees.",
                "Barnaba Kiptanuyo-Rerimoiwo",
                "said",
                "",
            ),
            (
                "“The scale said 86 kilos, but I know what a full bag weighs,” he said.",
                "Barnaba Kiptanuyo-Rerimoiwo",
                "said",
                "",
            ),
        ],
        [
            (
                "“If the county pays on time, they will get the rest of my maize.”",
                "Barnaba Kiptanuyo-Rerimoiwo",
                "said",
                "",
            )
        ],
        [
            (
                "Ms Chepkerengo-Arumesi said the county suspected some traders would buy maize cheaply from farmers to resell it at the collection centres.",
                "Jerusha Chepkerengo-Arumesi",
                "said",
                "",
            ),
            (
                "Every seller will have to show a county farmer registration card and a national identity card, she said.",
                "Jerusha Chepkerengo-Arumesi",
                "said",
                "W",
            ),
        ],
        [
            (
                "She urged farmers to dry their grain to 13.5 per cent moisture before delivery.",
                "Jerusha Chepkerengo-Arumesi",
                "urged",
                "",
            ),
            (
                "Wetter maize will be turned away at the gate, she said.",
                "Jerusha Chepkerengo-Arumesi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Olnjorai ward MCA Lekakeny Oloitiptip-Sankalemo said the money would not last beyond the first three weeks of buying.",
                "Lekakeny Oloitiptip-Sankalemo",
                "said",
                "",
            ),
            (
                "He said the county bought 140,000 bags in 2024 and ran out of money after 19 days, leaving farmers queuing at closed centres.",
                "Lekakeny Oloitiptip-Sankalemo",
                "said",
                "W",
            ),
            (
                "“We have seen this film before, and it did not end well for the farmer,” he said.",
                "Lekakeny Oloitiptip-Sankalemo",
                "said",
                "",
            ),
        ],
        [
            (
                "The executive said the county assembly approved a supplementary budget of Sh210 million on Thursday that could be added to the programme if the first allocation was used up.",
                "Jerusha Chepkerengo-Arumesi",
                "said",
                "W",
            ),
            (
                "She said she was confident the money would be enough.",
                "Jerusha Chepkerengo-Arumesi",
                "said",
                "",
            ),
        ],
        [
            (
                "The county’s agriculture department said 61,500 farmers had registered for the programme by Friday.",
                "The county’s agriculture department",
                "said",
                "W",
            ),
            (
                "It said registration would stay open until November 20.",
                "The county’s agriculture department",
                "said",
                "W",
            ),
        ],
        [("Tags: Maize | Nakuru | Agriculture | County Government", "", "", "B")],
        [("More from Counties", "", "", "B")],
        [("Tuluyet residents block road over stalled dispensary", "", "", "B")],
        [("Lakeside county to hire 120 community health promoters", "", "", "B")],
        [("© 2026 Rift Ledger Media Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("THE DECCAN LAMPSTAND", "", "", "B")],
        [("Pune Edition | Tuesday, 10 November 2026 | ePaper | Sign in", "", "", "B")],
        [("City  India  World  Business  Sports  Entertainment  Lifestyle  Opinion", "", "", "B")],
        [("City › Pune", "", "", "B")],
        [("Water to cost 12% more in Pune from April as civic panel clears hike", "", "", "W")],
        [
            (
                "Rise needed to cover rising pumping costs, commissioner says; opposition calls it a burden on middle-class housing societies",
                "Ilavendra Sadhoorkar",
                "says",
                "W",
            )
        ],
        [("By Varshali Kondhwekar | Pune Desk", "", "", "B")],
        [("Updated: Nov 10, 2026, 07:25 IST", "", "", "B")],
        [("Share  |  Save  |  Comments (14)", "", "", "B")],
        [
            (
                "A tanker fills storage drums at a housing society in Wadgaonkar Nagar on Monday.",
                "",
                "",
                "",
            ),
            ("Photo: Deccan Lampstand", "", "", "B"),
        ],
        [
            (
                "PUNE: The city municipal corporation’s standing committee on Monday approved a 12% increase in water charges for homes and businesses, to take effect from April 1, 2027.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Under the new rates, a household meter will be billed Rs 8.40 per kilolitre (kl) for the first 15 kl a month, up from Rs 7.50, according to the corporation’s budget papers.",
                "the corporation’s budget papers",
                "according to",
                "W",
            ),
            ("Commercial users will pay Rs 46 per kl, up from Rs 41.", "", "", "W"),
        ],
        [
            (
                "Municipal commissioner Dr Ilavendra Sadhoorkar said the corporation’s electricity bill for pumping water had risen from Rs 212 crore in 2023-24 to Rs 268 crore last year.",
                "Ilavendra Sadhoorkar",
                "said",
                "W",
            ),
            (
                "He said the charges had last been revised in 2021.",
                "Ilavendra Sadhoorkar",
                "said",
                "W",
            ),
            (
                "“Nobody likes paying more, but the pumps do not run on goodwill,” the commissioner said.",
                "Ilavendra Sadhoorkar",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Sadhoorkar said that even after the increase, Pune’s domestic rate would be lower than those of Mumbai and Nashik.",
                "Ilavendra Sadhoorkar",
                "said",
                "W",
            )
        ],
        [
            (
                "Standing committee chairperson Sunanditi Valhekar-Patilwade said the proposal was passed by nine votes to six after a two-hour debate.",
                "Sunanditi Valhekar-Patilwade",
                "said",
                "W",
            ),
            (
                "Valhekar-Patilwade said the committee had rejected a larger rise of 18% that the administration first proposed in September.",
                "Sunanditi Valhekar-Patilwade",
                "said",
                "W",
            ),
            (
                "“We have tried to find a middle path,” she said.",
                "Sunanditi Valhekar-Patilwade",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Also Read: Metro line extension to Bhoradwadi delayed to 2028, says agency",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Opposition corporator Madhurima Thakrekar said the corporation lost about 32% of the water it treated through leaking pipes and theft, according to its own audit for 2025.",
                "Madhurima Thakrekar",
                "said",
                "W",
            ),
            (
                "She said the administration should fix the leaks before asking citizens to pay more.",
                "Madhurima Thakrekar",
                "said",
                "",
            ),
            ("“This is a tax on honesty,” she said.", "Madhurima Thakrekar", "said", ""),
        ],
        [
            (
                "The commissioner said the leakage figure had come down from 38% in 2022.",
                "Ilavendra Sadhoorkar",
                "said",
                "W",
            ),
            (
                "He said it may fall below 25% once the replacement of 140 km of old mains was finished, possibly by the end of next year.",
                "Ilavendra Sadhoorkar",
                "said",
                "",
            ),
        ],
        [
            (
                "Prabodhan Nimbalgaonkar-Deshwarkar, secretary of a 220-flat housing society in Wadgaonkar Nagar, said the society’s monthly water bill from the corporation was Rs 61,300 in October.",
                "Prabodhan Nimbalgaonkar-Deshwarkar",
                "said",
                "W",
            ),
            (
                "He said he had stopped watering the garden in summer to save money.",
                "Prabodhan Nimbalgaonkar-Deshwarkar",
                "said",
                "",
            ),
            (
                "“We are not rich people; most of us are retired,” he said.",
                "Prabodhan Nimbalgaonkar-Deshwarkar",
                "said",
                "",
            ),
        ],
        [
            (
                "Water rights activist Ashwatth Gunjalkar alleged that tanker operators drew water from the corporation’s filling points at night without paying.",
                "Ashwatth Gunjalkar",
                "alleged",
                "W",
            ),
            (
                "He said he believed the practice cost the corporation several crores a year.",
                "Ashwatth Gunjalkar",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Sadhoorkar said the corporation had installed CCTV cameras at all 11 filling points in June and registered three police complaints since then.",
                "Ilavendra Sadhoorkar",
                "said",
                "W",
            )
        ],
        [
            (
                "The corporation estimates the revision will bring in an additional Rs 74 crore in 2027-28.",
                "the corporation",
                "estimates",
                "W",
            ),
            (
                "The proposal will now go to the general body, which meets on November 19 at 11 a.m.",
                "",
                "",
                "W",
            ),
            ("The ruling alliance holds 92 of the body’s 164 seats.", "", "", "W"),
        ],
        [
            (
                "Follow The Deccan Lampstand on WhatsApp for the day’s top Pune stories.",
                "",
                "",
                "B",
            ),
            ("Click here to join.", "", "", "B"),
        ],
        [("Tags: Pune civic body, water charges, standing committee", "", "", "B")],
        [("Trending in Pune", "", "", "B")],
        [("Flower market traders move to new yard in Ambethan Peth", "", "", "B")],
        [("Two held for selling fake concert tickets near Sadhvanagar Chowk", "", "", "B")],
        [
            ("Copyright © 2026 Lampstand Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Terms of Use | Privacy Policy | Contact Us", "", "", "B")],
    ],
    [
        [("THE WESTERN CLARION", "", "", "B")],
        [("Tuesday • November 10, 2026 • E-Paper • Classifieds", "", "", "B")],
        [
            (
                "Lead Stories   News   Business   Sport   Entertainment   Commentary   Letters",
                "",
                "",
                "B",
            )
        ],
        [("COMMENTARY", "", "", "B")],
        [("FROM THE BAYSIDE", "", "", "B")],
        [
            (
                "Thirty dollars here, thirty dollars there, and the poor pay for everything",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The new route-taxi fares hit the people with the least room in their budgets",
                "",
                "",
                "",
            )
        ],
        [("Yvadne Marchbold-Tullowsby", "", "", "B")],
        [("Columnist", "", "", "B")],
        [("Nov 10, 2026", "", "", "B")],
        [("Share  |  Tweet  |  Email  |  Print", "", "", "B")],
        [
            (
                "I took a route taxi from Brambleworth to the Fustic Lane Market on Saturday morning and paid $180 for a trip that cost $150 a week ago.",
                "",
                "",
                "",
            ),
            ("The driver did not look me in the eye, and I did not blame him.", "", "", ""),
        ],
        [
            (
                "The Route Fare Review Board approved the increase on October 29, and it took effect on November 1.",
                "",
                "",
                "W",
            ),
            (
                "It raised the base fare in the Montego Bay area from $150 to $180, or 20 per cent, and the fare for each additional zone from $60 to $70.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It was the second rise in 19 months; the base fare was $120 until April 2025.",
                "",
                "",
                "W",
            )
        ],
        [
            ("I am not here to pretend that drivers are getting rich.", "", "", ""),
            (
                "A litre of 87-octane petrol cost $186 at the pump last week, up from $171 in January, according to the board’s own notice of the decision.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The board’s chairman, Ainsworth Ashwood-Banbury, told this newspaper in September that fuel, insurance and parts had together raised a driver’s daily costs by about $2,400 since the last review.",
                "Ainsworth Ashwood-Banbury",
                "told this newspaper",
                "W",
            ),
            (
                "“Nobody on this board takes pleasure in raising a fare,” he said then.",
                "Ainsworth Ashwood-Banbury",
                "said",
                "",
            ),
            (
                "“But a taxi that cannot pay for its tyres is a taxi that parks, and then nobody gets home.”",
                "Ainsworth Ashwood-Banbury",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Ashwood-Banbury also said the board had received 312 written submissions before it decided, most of them from drivers.",
                "Ainsworth Ashwood-Banbury",
                "said",
                "W",
            )
        ],
        [
            ("Fair enough.", "", "", ""),
            ("But who spoke for the woman who takes three taxis a day?", "", "", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Delcia Pottingwell-Swaby sells callaloo and scallion at the market and travels in from Saltgrove Rise six days a week.",
                "",
                "",
                "",
            ),
            (
                "She told me her fares now come to $1,080 a week, before she buys a single bundle to sell.",
                "Delcia Pottingwell-Swaby",
                "told me",
                "",
            ),
            (
                "“Where is that money supposed to come from?” she asked.",
                "Delcia Pottingwell-Swaby",
                "asked",
                "",
            ),
        ],
        [
            (
                "Leverton Gaylemore-Rattiganne, president of the Westside Route Drivers’ Guild, said his members had asked for a base fare of $200 and accepted $180 “under protest”.",
                "Leverton Gaylemore-Rattiganne",
                "said",
                "W",
            ),
            (
                "He said many drivers may leave the business by Easter if costs keep climbing.",
                "Leverton Gaylemore-Rattiganne",
                "said",
                "",
            ),
        ],
        [
            (
                "The fare in Montego Bay is now higher than the base fare on comparable routes in Kingston, which the board set at $170 in the same decision.",
                "",
                "",
                "W",
            ),
            (
                "The board said the difference was due to longer average trips in the western parish and higher insurance premiums for vehicles registered there.",
                "The board",
                "said",
                "W",
            ),
        ],
        [
            (
                "I would like to see that comparison published, route by route, with the numbers behind it.",
                "",
                "",
                "",
            ),
            (
                "A public board spending public time on a public decision should not mind being checked.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A survey of 600 commuters by the Cornwall College of Technology, published in June, found that 41 per cent of respondents spent more than a fifth of their income on transport.",
                "",
                "",
                "W",
            ),
            ("That was before this rise.", "", "", ""),
        ],
        [
            (
                "So here is my modest proposal: a concession fare for market vendors and pensioners, paid for out of the fuel tax the Government is already collecting.",
                "",
                "",
                "",
            ),
            ("Is that too much to ask?", "", "", ""),
        ],
        [
            (
                "Until then, I will keep paying my $180, and so will Miss Delcia, and so will the driver’s own mother.",
                "",
                "",
                "",
            )
        ],
        [
            ("The views expressed in this column are the writer’s own.", "", "", "B"),
            ("They do not necessarily reflect those of The Western Clarion.", "", "", "B"),
        ],
        [
            (
                "Yvadne Marchbold-Tullowsby is a retired schoolteacher and community organiser in St James.",
                "",
                "",
                "B",
            ),
            ("Send feedback to columns@westernclarion.com.jm.", "", "", "B"),
        ],
        [("More Commentary", "", "", "B")],
        [("Editorial | A hospital that cannot keep its lights on", "", "", "B")],
        [("Letter of the Day | Give the young farmers a chance", "", "", "B")],
        [("© 2026 Western Clarion Publishing Company Limited", "", "", "B")],
    ],
    [
        [("THE INDUS LEDGERBOOK", "", "", "B")],
        [("Tuesday, November 10, 2026 | Jamadi-ul-Awwal 29, 1448 AH | Lahore 19°C", "", "", "B")],
        [
            (
                "Home | Pakistan | Business | World | Sport | Opinion | Magazine | E-Paper",
                "",
                "",
                "B",
            )
        ],
        [("Business", "", "", "B")],
        [
            (
                "Gas cut to mills three days a week; owners say 18,000 workers laid off",
                "owners",
                "say",
                "W",
            )
        ],
        [
            (
                "Utility says falling output from old fields leaves it no choice until February",
                "Ravidar Gas Limited",
                "says",
                "W",
            )
        ],
        [("Our Correspondent", "", "", "B")],
        [("Published November 10, 2026", "", "", "B")],
        [("Share on  Facebook  WhatsApp  X  Copy link", "", "", "B")],
        [
            (
                "Looms stand idle at a weaving unit on the Kasurwala Road industrial estate on Monday.",
                "",
                "",
                "",
            ),
            ("Photo: File", "", "", "B"),
        ],
        [
            (
                "FAISALABAD: Gas supply to textile mills in Faisalabad and its surrounding industrial estates will be cut on Tuesdays, Thursdays and Saturdays until the end of February, the Punjab gas distribution company Ravidar Gas Limited said on Monday.",
                "Ravidar Gas Limited",
                "said",
                "W",
            )
        ],
        [
            (
                "The company’s spokesman, Tarrab Mahmoodul Chauhdry-Qasmi, said supply to the region’s industry had been reduced from 310 million cubic feet per day (MMCFD) to 190 MMCFD since November 1.",
                "Tarrab Mahmoodul Chauhdry-Qasmi",
                "said",
                "W",
            ),
            (
                "He said the cut was caused by a 14 per cent fall in output from two ageing fields in the south, which supply most of the company’s gas.",
                "Tarrab Mahmoodul Chauhdry-Qasmi",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Homes come first in winter, by law and by policy,” he said.",
                "Tarrab Mahmoodul Chauhdry-Qasmi",
                "said",
                "W",
            ),
            (
                "“We would rather give the mills gas every day, and we will the moment the fields allow it.”",
                "Tarrab Mahmoodul Chauhdry-Qasmi",
                "said",
                "",
            ),
        ],
        [
            (
                "Chauhdry-Qasmi said the mills had received gas on five days a week during the same period last winter.",
                "Tarrab Mahmoodul Chauhdry-Qasmi",
                "said",
                "W",
            ),
            (
                "He said household consumers in the region would continue to receive gas for 16 hours a day.",
                "Tarrab Mahmoodul Chauhdry-Qasmi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nadeemullah Akhtarzai Sheikhupuri, chairman of the Faisalabad Weaving Mills Association, said member mills had laid off about 18,000 daily-wage workers since the cuts began.",
                "Nadeemullah Akhtarzai Sheikhupuri",
                "said",
                "W",
            ),
            (
                "He said the number could double by the new year if the schedule did not change.",
                "Nadeemullah Akhtarzai Sheikhupuri",
                "said",
                "",
            ),
        ],
        [
            (
                "Member mills exported fabric worth $142 million in October, down from $171 million in September, according to the association’s monthly returns.",
                "the association’s monthly returns",
                "according to",
                "W",
            )
        ],
        [
            (
                "“Buyers in Europe do not wait for our gas,” Mr Sheikhupuri said.",
                "Nadeemullah Akhtarzai Sheikhupuri",
                "said",
                "",
            ),
            (
                "“They go to Bangladesh, they go to Vietnam, and they do not come back.”",
                "Nadeemullah Akhtarzai Sheikhupuri",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("Read more: Cotton arrivals fall 11pc as pink bollworm returns", "", "", "B")],
        [
            (
                "Ghazanfar Rasoolpuri Naqvi-Bhattianwala, general secretary of the Power Loom Workers’ Union, said some mills had stopped paying wages owed for October.",
                "Ghazanfar Rasoolpuri Naqvi-Bhattianwala",
                "said",
                "W",
            ),
            (
                "He said he believed some owners were using the gas cuts as cover to shed permanent staff.",
                "Ghazanfar Rasoolpuri Naqvi-Bhattianwala",
                "said",
                "",
            ),
            (
                "“A man with four children cannot live on a promise,” he said.",
                "Ghazanfar Rasoolpuri Naqvi-Bhattianwala",
                "said",
                "",
            ),
        ],
        [
            (
                "Zaighum Mehrullah, 34, said he had worked at a weaving unit for nine years and earned Rs 1,600 a day until he was sent home on November 3.",
                "Zaighum Mehrullah",
                "said",
                "",
            ),
            (
                "He said he had borrowed Rs 20,000 from a cousin to pay the rent.",
                "Zaighum Mehrullah",
                "said",
                "",
            ),
            (
                "“I go to the factory gate every morning in case they call names,” he said.",
                "Zaighum Mehrullah",
                "said",
                "",
            ),
        ],
        [
            (
                "The association chairman said mills were paying Rs 3,900 per unit for gas, compared with Rs 2,700 a year ago.",
                "Nadeemullah Akhtarzai Sheikhupuri",
                "said",
                "W",
            ),
            (
                "He said the association would meet provincial officials this week to ask for a separate quota for export units.",
                "Nadeemullah Akhtarzai Sheikhupuri",
                "said",
                "",
            ),
        ],
        [
            (
                "Economist Sadafnaz Ilmani-Raonaq, who teaches at a private university in Lahore, said the shortage was likely to last at least two more winters unless new supply was imported.",
                "Sadafnaz Ilmani-Raonaq",
                "said",
                "",
            ),
            (
                "“The fields are not coming back to where they were,” she said.",
                "Sadafnaz Ilmani-Raonaq",
                "said",
                "",
            ),
        ],
        [
            (
                "The company said it would publish the schedule for March by February 15.",
                "The company",
                "said",
                "W",
            )
        ],
        [("Comments (23)  |  Add a comment", "", "", "B")],
        [("Related", "", "", "B")],
        [("Yarn prices rise for fourth straight week", "", "", "B")],
        [("Industrial estate traders protest over power tariff", "", "", "B")],
        [
            ("Copyright © 2026 Ledgerbook Publications.", "", "", "B"),
            ("Reproduction of any content without written permission is prohibited.", "", "", "B"),
        ],
    ],
    [
        [("THE SUNDAY HILLMANTLE", "", "", "B")],
        [("Sunday, November 8, 2026 | ePaper | Subscribe | Archives", "", "", "B")],
        [("News  Business  Features  Sport  Plus  Letters  Obituaries", "", "", "B")],
        [("FEATURES", "", "", "B")],
        [("The day the 5.40 stopped coming", "", "", "")],
        [
            (
                "When the state board cut the evening bus to Galmaduwela, a village of tea pluckers and schoolchildren lost its link to the town. Nobody has filled the gap.",
                "",
                "",
                "W",
            )
        ],
        [("Words by Thilakshi Weerakoonge | Pictures by Rasanga Dembawatte", "", "", "B")],
        [("8 min read", "", "", "B")],
        [("Share  Facebook  WhatsApp  Email", "", "", "B")],
        [
            (
                "The bend on the Kadolmulla–Galmaduwela road where the evening bus used to turn round.",
                "",
                "",
                "",
            ),
            ("Pic by Rasanga Dembawatte", "", "", "B"),
        ],
        [
            (
                "At twenty to six in the evening, the bus shelter at the top of Galmaduwela is empty except for a dog and a torn poster for a cricket match that was played in August.",
                "",
                "",
                "",
            ),
            (
                "For thirty-one years, this was the hour when the last bus from town climbed the hill, its horn sounding at every bend.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The Upcountry Regional Bus Board withdrew the 5.40 p.m. service on route 614 on September 15.",
                "",
                "",
                "W",
            ),
            (
                "The morning bus still runs, but the village now has no public transport home after 1.15 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I used to come home with the bus and cook for the children,” said Rosalin Kandiah-Pillaiyan, 58, who has plucked tea on the estate since she was sixteen.",
                "Rosalin Kandiah-Pillaiyan",
                "said",
                "",
            ),
            (
                "“Now I walk from the junction, four kilometres, and it is dark before I reach the temple.”",
                "Rosalin Kandiah-Pillaiyan",
                "said",
                "",
            ),
        ],
        [
            ("She is not the only one walking.", "", "", ""),
            (
                "Schoolchildren who stay for extra classes in town leave at five and arrive after seven.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The depot manager at Kadolmulla, Mr Hemachandra Liyanapathirage, said the evening service carried an average of 19 passengers a trip this year, against 47 in 2019.",
                "Hemachandra Liyanapathirage",
                "said",
                "W",
            ),
            (
                "He said each trip cost the board about Rs 11,800 in diesel, wages and maintenance and earned less than Rs 3,000 in fares.",
                "Hemachandra Liyanapathirage",
                "said",
                "W",
            ),
            (
                "Liyanapathirage said the depot had lost four of its 22 drivers since January, and the route could not be staffed.",
                "Hemachandra Liyanapathirage",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I know these people; I grew up two villages away,” he said.",
                "Hemachandra Liyanapathirage",
                "said",
                "",
            ),
            (
                "“If I had the drivers, I would send the bus.”",
                "Hemachandra Liyanapathirage",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [("***", "", "", "")],
        [("The school at the bottom of the hill", "", "", "")],
        [
            (
                "At Galmaduwela Tamil Vidyalaya, principal Chandrani Ekanayakege said attendance at after-school classes for the O-level year had fallen from 38 students to 21 since the bus stopped.",
                "Chandrani Ekanayakege",
                "said",
                "W",
            ),
            (
                "She said some parents had asked her whether the classes could end at four.",
                "Chandrani Ekanayakege",
                "said",
                "",
            ),
            ("“What do I tell them?” she said.", "Chandrani Ekanayakege", "said", ""),
        ],
        [
            (
                "Kavindi Suthakaran, 15, said she now gets up at 4.30 to finish her homework before the morning bus, because she cannot stay late in town.",
                "Kavindi Suthakaran",
                "said",
                "",
            ),
            (
                "“My mother does not let me walk in the dark,” she said.",
                "Kavindi Suthakaran",
                "said",
                "",
            ),
        ],
        [
            ("Three-wheeler drivers have stepped in, at a price.", "", "", ""),
            (
                "Samanjith Rajapathirage-Dissa, who drives one from the Kadolmulla junction, said he charges Rs 1,400 for the trip up the hill, or Rs 350 each if four people share.",
                "Samanjith Rajapathirage-Dissa",
                "said",
                "",
            ),
            ("Few can pay that every day on a plucker’s wage.", "", "", ""),
        ],
        [
            ("Men wait at the Kadolmulla junction for a three-wheeler after dark.", "", "", ""),
            ("Pic by Rasanga Dembawatte", "", "", "B"),
        ],
        [
            (
                "In a letter to the village’s welfare society dated October 2, the board said it had no plans to restore the service this year.",
                "the Upcountry Regional Bus Board",
                "said",
                "W",
            ),
            (
                "It said a smaller bus may be considered for the route if one became available.",
                "the Upcountry Regional Bus Board",
                "said",
                "",
            ),
        ],
        [
            (
                "Provincial councillor Nuwanga Senadheeraka said the board had cut nine evening services in the district since March, all on estate routes.",
                "Nuwanga Senadheeraka",
                "said",
                "W",
            ),
            (
                "He said he hoped to raise the issue with the provincial transport minister before the budget.",
                "Nuwanga Senadheeraka",
                "said",
                "",
            ),
        ],
        [
            (
                "Sinnathurai Velmurugan-Alles, who was a conductor on the 614 for eleven years before he retired, remembers the bus full on Fridays, with vegetables and gas cylinders on the roof.",
                "",
                "",
                "",
            ),
            (
                "“We knew every passenger by name,” he said.",
                "Sinnathurai Velmurugan-Alles",
                "said",
                "",
            ),
        ],
        [
            ("What is a village without a bus?", "", "", ""),
            ("In Galmaduwela, it is a place where the day ends at a quarter past one.", "", "", ""),
        ],
        [("Write to us: features@sundayhillmantle.lk", "", "", "B")],
        [("More Features", "", "", "B")],
        [("The last letterpress printer in Hantanegama town", "", "", "B")],
        [("A lake, a temple and 400 years of processions", "", "", "B")],
        [("© 2026 Hillmantle Newspapers (Pvt) Ltd.", "", "", "B")],
    ],
    [
        [("THE NILE DISPATCH", "", "", "B")],
        [("Tuesday, November 10, 2026 | USD/UGX 3,712 | ePaper", "", "", "B")],
        [("News  Regions  Business  Courts  Sports  Lifestyle  Opinion", "", "", "B")],
        [("News › Courts", "", "", "B")],
        [("Court orders Gulu sugar firm to pay Shs9.6b to 214 families over land", "", "", "W")],
        [
            (
                "Company’s lawyers say they will appeal the ruling, which they call “unsafe”",
                "Bwesigye Tumwesigye-Kyalimpa",
                "say",
                "",
            )
        ],
        [("By Akellonya Ocitti-Lagoro", "", "", "B")],
        [("Added 10th November 2026 07:15 AM  ·  Updated 09:02 AM", "", "", "B")],
        [("Share  ·  Tweet  ·  WhatsApp", "", "", "B")],
        [
            (
                "Claimants gather outside the High Court in Gulu after the ruling on Monday.",
                "",
                "",
                "",
            ),
            ("PHOTO/Akellonya Ocitti-Lagoro", "", "", "B"),
        ],
        [
            (
                "The High Court in Gulu has ordered Palwoyo Sugar Works Ltd to pay Shs9.6 billion in compensation to 214 families whose land it fenced off and planted with cane in 2019.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Justice Gorretti Atimango-Okumuro ruled on Monday that the company had taken about 1,840 acres of customary land without a valid lease or the consent of the families.",
                "Gorretti Atimango-Okumuro",
                "ruled",
                "W",
            ),
            (
                "She said the consent forms the company produced in court had been signed on a single day in 2021, two years after the fencing.",
                "Gorretti Atimango-Okumuro",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the judgment, each family will receive between Shs18 million and Shs112 million, depending on the size of its plot, with interest at 8 per cent a year from the date of the ruling.",
                "the judgment",
                "according to",
                "W",
            ),
            ("The company was also ordered to pay the costs of the suit.", "", "", "W"),
        ],
        [
            (
                "The judge said the company’s witnesses had “contradicted one another on almost every material point”.",
                "Gorretti Atimango-Okumuro",
                "said",
                "W",
            )
        ],
        [
            (
                "Counsel Oryemocan Lakwonyero, who represented the families, said the case was filed in March 2022 and went through 31 hearings.",
                "Oryemocan Lakwonyero",
                "said",
                "W",
            ),
            (
                "“My clients have waited a long time to be believed,” Lakwonyero said.",
                "Oryemocan Lakwonyero",
                "said",
                "",
            ),
            ("“Today they were.”", "Oryemocan Lakwonyero", "said", ""),
        ],
        [
            (
                "He said he expected the company to pay within 60 days but feared it may try to delay by appealing.",
                "Oryemocan Lakwonyero",
                "said",
                "",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("RELATED: Lapeleru farmers petition Parliament over land for solar park", "", "", "B")],
        [
            (
                "Bwesigye Tumwesigye-Kyalimpa, a lawyer for Palwoyo Sugar Works, said the company would appeal.",
                "Bwesigye Tumwesigye-Kyalimpa",
                "said",
                "",
            ),
            (
                "He described the ruling as “unsafe” and said the judge had given too little weight to the consent forms.",
                "Bwesigye Tumwesigye-Kyalimpa",
                "described",
                "",
            ),
        ],
        [
            (
                "In a statement on Monday evening, Palwoyo Sugar Works said it had paid Shs1.2 billion to 63 of the families in 2020 as “goodwill”.",
                "Palwoyo Sugar Works",
                "said",
                "W",
            ),
            (
                "It said the plantation employed 1,100 people during the harvest season.",
                "Palwoyo Sugar Works",
                "said",
                "W",
            ),
            (
                "It said it remained “committed to peaceful coexistence with the community”.",
                "Palwoyo Sugar Works",
                "said",
                "",
            ),
        ],
        [
            (
                "Santina Lamwaka-Opoka, 61, one of the claimants, said company guards put up the fence around her family’s four acres in June 2019 and uprooted her cassava.",
                "Santina Lamwaka-Opoka",
                "said",
                "W",
            ),
            (
                "She said she had since rented a plot two kilometres away for Shs300,000 a season.",
                "Santina Lamwaka-Opoka",
                "said",
                "",
            ),
            (
                "“I want to go back to my father’s land before I die,” she said.",
                "Santina Lamwaka-Opoka",
                "said",
                "",
            ),
        ],
        [
            (
                "The district land officer, Okellocan Anyeko-Ojokmoi, said no lease over the land had ever been registered at the district land office.",
                "Okellocan Anyeko-Ojokmoi",
                "said",
                "W",
            ),
            (
                "He said his office suspected that some of the consent forms had been signed by people who did not live in the area.",
                "Okellocan Anyeko-Ojokmoi",
                "said",
                "",
            ),
        ],
        [("Under court rules, the company has 30 days to file a notice of appeal.", "", "", "W")],
        [
            (
                "The case, Civil Suit No. 88 of 2022, is one of at least five land claims against the company before the court.",
                "",
                "",
                "W",
            )
        ],
        [("Have a story? SMS NEWS to 8277 or email tips@niledispatch.co.ug", "", "", "B")],
        [("Tags: Gulu, Land, High Court, Sugar", "", "", "B")],
        [("More from Courts", "", "", "B")],
        [("Former school bursar jailed four years for theft of fees", "", "", "B")],
        [("Court halts eviction of market vendors in Lira", "", "", "B")],
        [("© 2026 Nile Dispatch Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("Swansea Bay Beacon", "", "", "B")],
        [("News  Sport  What’s On  Property  Jobs  Notices", "", "", "B")],
        [("What’s On › Food & Drink", "", "", "B")],
        [
            (
                "Review: Lantern & Line, Pwllcoch – the best crab I have eaten this year, and the slowest dessert",
                "",
                "",
                "",
            )
        ],
        [
            (
                "A former lifeboat station on the edge of the bay now serves some of the freshest fish on the coast, if you are not in a hurry",
                "",
                "",
                "",
            )
        ],
        [("Eirianwen Gwallterwyn-Pryddwen", "", "", "B")],
        [("Food critic", "", "", "B")],
        [("09:00, 10 NOV 2026", "", "", "B")],
        [("Share  |  Comments", "", "", "B")],
        [
            ("The dining room at Lantern & Line looks straight out over the slipway.", "", "", ""),
            ("Image: Eirianwen Gwallterwyn-Pryddwen", "", "", "B"),
        ],
        [("★★★★☆", "", "", "B")],
        [
            (
                "There is a moment, halfway through a bowl of mussels at Lantern & Line, when the sun drops below the headland and the whole room turns orange.",
                "",
                "",
                "",
            ),
            ("Nobody speaks.", "", "", ""),
            (
                "Then somebody’s phone goes off, and the spell is broken, but you remember it.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The restaurant opened on September 25 in the old Pwllcoch lifeboat station, which had stood empty since the crew moved to a new boathouse in 2017.",
                "",
                "",
                "W",
            ),
            ("It seats 46 inside and 20 more on the terrace in summer.", "", "", "W"),
        ],
        [
            (
                "Chef-owner Islwyn Penhelygion-Rhosier, who ran the kitchen at a hotel in Cardiff for eight years, says all the shellfish on the menu is landed within 15 miles of the restaurant.",
                "Islwyn Penhelygion-Rhosier",
                "says",
                "W",
            ),
            (
                "He told me the crab comes from two boats working out of the next cove, and the mussels from a farm on the estuary.",
                "Islwyn Penhelygion-Rhosier",
                "told me",
                "W",
            ),
        ],
        [
            ("I believe him, because the crab tasted like the sea.", "", "", ""),
            (
                "It came dressed in its own shell with brown-meat mayonnaise and a thin slice of toasted sourdough, and I would order it again tomorrow.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "It costs £16.50 as a starter, which is about £4 more than the dressed crab at the two pubs on the front.",
                "",
                "",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Get the best of what’s on in Swansea Bay every Thursday – sign up to our newsletter here",
                "",
                "",
                "B",
            )
        ],
        [
            ("The hake was less happy.", "", "", ""),
            (
                "A good piece of fish, cooked well, sat on a pile of lentils that had been salted twice.",
                "",
                "",
                "",
            ),
            ("My companion’s lamb, the only meat main, was pink and generous.", "", "", ""),
        ],
        [
            (
                "Mains run from £19 to £31, and there is a set lunch of two courses for £24 on weekdays.",
                "",
                "",
                "W",
            )
        ],
        [
            ("Then we waited for dessert.", "", "", ""),
            ("And waited.", "", "", ""),
            (
                "Forty minutes is a long time to look at a menu that says “treacle tart”.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Penhelygion-Rhosier said the kitchen was two chefs short and that he had hired 14 people since opening, most of them from the town.",
                "Islwyn Penhelygion-Rhosier",
                "said",
                "W",
            ),
            (
                "He said he hoped to be fully staffed by Christmas.",
                "Islwyn Penhelygion-Rhosier",
                "said",
                "",
            ),
            (
                "He said he bought the building from the lifeboat charity for £410,000 in 2023.",
                "Islwyn Penhelygion-Rhosier",
                "said",
                "W",
            ),
        ],
        [
            (
                "The restaurant’s licence allows it to serve alcohol until 11pm, after the council’s licensing committee rejected a request for midnight closing in August.",
                "",
                "",
                "W",
            )
        ],
        [
            ("Is it worth the drive round the bay?", "", "", ""),
            ("For the crab and the sunset, yes.", "", "", ""),
            ("Bring a book for the pudding.", "", "", ""),
        ],
        [("The verdict", "", "", "")],
        [("Food: 4/5 | Service: 3/5 | Setting: 5/5", "", "", "")],
        [("Address: The Old Lifeboat Station, Harbour Slip, Pwllcoch", "", "", "")],
        [("Open: Wednesday to Sunday, 12pm–3pm and 6pm–9.30pm", "", "", "")],
        [("Price: Dinner for two with a bottle of house white and service, £128", "", "", "W")],
        [
            (
                "Our reviewer paid for her meal, and the restaurant did not know she was coming.",
                "",
                "",
                "B",
            )
        ],
        [("More reviews", "", "", "B")],
        [("Review: The noodle bar in a former bank that still has its vault", "", "", "B")],
        [("Review: Can a motorway services cafe really serve a good breakfast?", "", "", "B")],
        [
            ("© 2026 Beacon Local Media Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 07712946.", "", "", "B"),
        ],
    ],
    [
        [("The Auglaize Valley Reporter", "", "", "B")],
        [("Sign In  |  Subscribe  |  E-Edition  |  63°F", "", "", "B")],
        [("Local  Business  Sports  Obituaries  Opinion  Classifieds", "", "", "B")],
        [("BUSINESS", "", "", "B")],
        [("Parts maker to close Lima plant, cutting 214 jobs by March", "", "", "W")],
        [
            (
                "Company says it will move the work to its plant in Tennessee; union says it was never offered a chance to save the jobs",
                "Harvelle Components",
                "says",
                "W",
            )
        ],
        [("Dorlene Kirschwald-Obiaku  |  dkirschwald@avreporter.com", "", "", "B")],
        [("Updated 6:48 a.m. ET Nov. 10, 2026", "", "", "B")],
        [("Share  Email  Print", "", "", "B")],
        [
            (
                "Cars leave the Harvelle Components plant on Fenwickton Road after the day shift Monday.",
                "",
                "",
                "",
            ),
            ("Staff photo by Jarrell Mellencott", "", "", "B"),
        ],
        [("Listen to this article  |  4 min", "", "", "B")],
        [
            (
                "Harvelle Components will close its plant on Fenwickton Road in Lima and lay off all 214 of its hourly and salaried workers in two stages between January and March, according to a notice the company filed with the state on Friday.",
                "a notice the company filed with the state on Friday",
                "according to",
                "W",
            )
        ],
        [
            (
                "In a statement, Harvelle Components said it would move production of the plant’s dishwasher and dryer parts to its larger plant in Jackson, Tennessee.",
                "Harvelle Components",
                "said",
                "W",
            ),
            (
                "The company said orders for the parts made in Lima had fallen 27% since 2024 because two of its largest customers had switched to cheaper imported components.",
                "Harvelle Components",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This was a difficult decision, and it does not reflect on the skill or commitment of our Lima team,” the statement said.",
                "the statement",
                "said",
                "",
            )
        ],
        [
            (
                "A company spokeswoman, Marilys Keddingford, said laid-off workers would receive one week of severance pay for every year of service, up to 12 weeks.",
                "Marilys Keddingford",
                "said",
                "W",
            ),
            (
                "She said 31 of the workers would be offered jobs in Tennessee.",
                "Marilys Keddingford",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Rayburn Dombrowicz-Haleby, president of the union local that represents 168 of the plant’s workers, said the company had not raised the closure during contract talks that ended in June.",
                "Rayburn Dombrowicz-Haleby",
                "said",
                "W",
            ),
            (
                "“We gave up a raise in 2023 to keep this place open,” Dombrowicz-Haleby said.",
                "Rayburn Dombrowicz-Haleby",
                "said",
                "",
            ),
            (
                "“Nobody asked us what we could do this time.”",
                "Rayburn Dombrowicz-Haleby",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the plant employed 390 people as recently as 2019.",
                "Rayburn Dombrowicz-Haleby",
                "said",
                "W",
            ),
            (
                "He said he believed the company had been planning the move for at least a year.",
                "Rayburn Dombrowicz-Haleby",
                "said",
                "",
            ),
        ],
        [
            (
                "Subscribe for unlimited access to local news you can’t get anywhere else.",
                "",
                "",
                "B",
            ),
            ("Plans start at $1 for the first three months.", "", "", "B"),
        ],
        [
            (
                "Lima Mayor Terrill Vollmarr said the plant paid about $410,000 a year in city income tax through its workers’ wages.",
                "Terrill Vollmarr",
                "said",
                "W",
            ),
            (
                "Vollmarr said the city gave the company a 10-year property tax abatement in 2012, when it expanded the plant.",
                "Terrill Vollmarr",
                "said",
                "W",
            ),
            (
                "He said he hoped another manufacturer would take over the building, which the company owns.",
                "Terrill Vollmarr",
                "said",
                "",
            ),
        ],
        [
            (
                "Joleigh Bracknell-Ruizcano, director of the county’s economic development office, said it was the largest single layoff in the county since a glass plant closed in 2016 with 350 jobs.",
                "Joleigh Bracknell-Ruizcano",
                "said",
                "W",
            ),
            (
                "She said a state rapid-response team would hold a meeting for the workers at the union hall at 2 p.m. on Nov. 18.",
                "Joleigh Bracknell-Ruizcano",
                "said",
                "W",
            ),
        ],
        [
            (
                "Debbra Harkleroad, 54, has worked on the plant’s press line for 22 years and earns $23.80 an hour.",
                "",
                "",
                "",
            ),
            (
                "“I’ve got a mortgage with eight years left on it,” she said.",
                "Debbra Harkleroad",
                "said",
                "",
            ),
            (
                "“I don’t know who hires a 54-year-old press operator.”",
                "Debbra Harkleroad",
                "said",
                "",
            ),
        ],
        [
            (
                "Ilsabe Wernholm, an economist at a university in Bowling Green who studies regional manufacturing, said the county may lose another 150 to 200 jobs at suppliers and shops that depend on the plant.",
                "Ilsabe Wernholm",
                "said",
                "",
            )
        ],
        [
            (
                "The county’s unemployment rate was 4.6% in September, compared with 4.1% for the state, according to the latest state figures.",
                "the latest state figures",
                "according to",
                "W",
            )
        ],
        [
            (
                "Contact Dorlene Kirschwald-Obiaku at 419-555-0143 or dkirschwald@avreporter.com.",
                "",
                "",
                "B",
            )
        ],
        [("Most Popular", "", "", "B")],
        [("Two hurt in crash on Hazelbrook Road west of Lima", "", "", "B")],
        [("High school football: Regional final moved to Saturday", "", "", "B")],
        [("© 2026 The Auglaize Valley Reporter. All rights reserved.", "", "", "B")],
        [("Terms of Service | Privacy Policy | Your Privacy Choices", "", "", "B")],
    ],
    [
        [("HARBOURWATCH", "", "", "B")],
        [("Tuesday, Nov. 10, 2026 · Halifax 8°C · Newsletters", "", "", "B")],
        [("News  Politics  Business  Housing  Arts  Sports  Podcasts", "", "", "B")],
        [("Housing", "", "", "B")],
        [("Average two-bedroom rent in Halifax tops $2,100 after 9.4% jump", "", "", "W")],
        [
            (
                "Province’s housing data agency says vacancy rate edged up, but remains below 2 per cent",
                "the Nova Scotia Housing Data Office",
                "says",
                "W",
            )
        ],
        [("Caoimhin Arseneault-Pikeham · Housing reporter", "", "", "B")],
        [("Posted: Nov. 10, 2026 6:00 a.m. AT | Updated: 8:41 a.m. AT", "", "", "B")],
        [("Share  |  Email  |  Copy link", "", "", "B")],
        [
            (
                "Apartment buildings under construction in the city’s north end in October.",
                "",
                "",
                "",
            ),
            ("(Caoimhin Arseneault-Pikeham/Harbourwatch)", "", "", "B"),
        ],
        [("▶ Listen to this story  5:12", "", "", "B")],
        [
            (
                "The average rent for a two-bedroom apartment in Halifax reached $2,114 in October, up 9.4 per cent from a year earlier, according to the Nova Scotia Housing Data Office’s fall rental report.",
                "the Nova Scotia Housing Data Office’s fall rental report",
                "according to",
                "W",
            )
        ],
        [
            (
                "The report, released Monday, said the vacancy rate rose to 1.8 per cent from 1.3 per cent, the first increase in five years.",
                "The report",
                "said",
                "W",
            ),
            (
                "It said 3,420 new rental units were completed in the city in the 12 months to September, the most in a single year since the office began counting in 2009.",
                "the Nova Scotia Housing Data Office’s fall rental report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Housing Minister Kendalyn Mulhollan-Giroux said the province had approved funding for 1,150 affordable units since April.",
                "Kendalyn Mulhollan-Giroux",
                "said",
                "W",
            ),
            (
                "“More supply is starting to arrive, and I expect rents to level off next year,” she said.",
                "Kendalyn Mulhollan-Giroux",
                "said",
                "",
            ),
        ],
        [
            (
                "The minister said the two per cent cap on rent increases for sitting tenants would stay in place until the end of 2027.",
                "Kendalyn Mulhollan-Giroux",
                "said",
                "W",
            ),
            (
                "She said the province would bring changes to the rules on fixed-term leases to the legislature’s spring sitting.",
                "Kendalyn Mulhollan-Giroux",
                "said",
                "",
            ),
        ],
        [("Story continues below", "", "", "B")],
        [
            (
                "RELATED: Council approves 14-storey tower near the old rail yards after six-hour debate",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Opposition housing critic Berthilde Cormierre-Lalondelle said rents in Halifax had risen faster than in Moncton or Saint John for the third year running.",
                "Berthilde Cormierre-Lalondelle",
                "said",
                "W",
            ),
            (
                "“The minister keeps telling us the corner is about to be turned,” she said.",
                "Berthilde Cormierre-Lalondelle",
                "said",
                "",
            ),
            (
                "“Tenants can’t pay rent with a corner.”",
                "Berthilde Cormierre-Lalondelle",
                "said",
                "",
            ),
        ],
        [
            (
                "Yasminah Tolbard-Akandeji, a spokesperson for the tenants’ group Tenants First Halifax, said the group had logged 212 complaints since January from tenants who said landlords had pushed them out with fixed-term leases to get around the cap.",
                "Yasminah Tolbard-Akandeji",
                "said",
                "W",
            ),
            (
                "She said the real number may be several times higher because many tenants are afraid to complain.",
                "Yasminah Tolbard-Akandeji",
                "said",
                "",
            ),
        ],
        [
            (
                "Greville Stoddartson-Fernshaw, executive director of the Nova Scotia Rental Property Owners Council, said rising rents were driven by property taxes, insurance and interest rates, which had gone up faster than rents.",
                "Greville Stoddartson-Fernshaw",
                "said",
                "W",
            ),
            (
                "He said the average property tax bill on a 12-unit building in the city rose 11 per cent this year.",
                "Greville Stoddartson-Fernshaw",
                "said",
                "W",
            ),
            (
                "He said some small landlords would sell if costs kept climbing.",
                "Greville Stoddartson-Fernshaw",
                "said",
                "",
            ),
        ],
        [
            (
                "Aislinn Fenlonagh, a 29-year-old nurse, said her landlord raised the rent on her one-bedroom from $1,450 to $1,790 when her lease ended in August.",
                "Aislinn Fenlonagh",
                "said",
                "",
            ),
            (
                "She said she moved to a shared flat across the harbour rather than pay it.",
                "Aislinn Fenlonagh",
                "said",
                "",
            ),
            (
                "“I work nights at a hospital, and I’m splitting a fridge with three strangers,” she said.",
                "Aislinn Fenlonagh",
                "said",
                "",
            ),
        ],
        [
            (
                "Okonkwobi Briseboisse, an economist at a credit union in Halifax, said rent growth would likely slow to about five per cent next year as more units opened.",
                "Okonkwobi Briseboisse",
                "said",
                "",
            )
        ],
        [
            ("Get the Harbourwatch Morning newsletter in your inbox before 7 a.m.", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [("Tags: housing, rent, Halifax", "", "", "B")],
        [("Comments are closed on this story.", "", "", "B")],
        [("More on housing", "", "", "B")],
        [("Province to buy two motels for transitional housing", "", "", "B")],
        [("Why is it so hard to build a granny suite in the suburbs?", "", "", "B")],
        [("© 2026 Harbourwatch Media Inc.", "", "", "B")],
    ],
    [
        [("Tamar Valley Wire | Launceston & the North", "", "", "B")],
        [("Tuesday 10 November 2026 | Launceston 17°C | Today’s paper", "", "", "B")],
        [("Local  Court  Health  Business  Sport  Community  Opinion", "", "", "B")],
        [("HEALTH", "", "", "B")],
        [
            (
                "Surgery waiting list hits 6412 as longest hip and knee waits top two years",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Department says extra theatre sessions will start in January; union says there are not enough nurses to staff them",
                "Tasmania’s health department",
                "says",
                "W",
            )
        ],
        [("Rhianydd Tretheway-Balk", "", "", "B")],
        [("Updated November 10 2026 - 5:30am AEDT", "", "", "B")],
        [("Share  |  Email  |  Print", "", "", "B")],
        [
            ("The main entrance of the city’s public hospital on Monday.", "", "", ""),
            ("Picture: Laughlin Cowderoy", "", "", "B"),
        ],
        [
            (
                "There were 6,412 people waiting for elective surgery at Launceston’s public hospital at the end of September, up from 5,870 a year earlier, according to the department’s quarterly figures, released on Monday.",
                "the department’s quarterly figures",
                "according to",
                "W",
            )
        ],
        [
            (
                "Of those, 1,138 had waited longer than the clinically recommended time.",
                "",
                "",
                "W",
            ),
            (
                "The median wait for a hip replacement was 402 days, against a national median of 238 days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a statement, Tasmania’s health department said it would fund an extra 20 theatre sessions a month at the hospital from January 11.",
                "Tasmania’s health department",
                "said",
                "W",
            ),
            (
                "It said the list had grown partly because 84 sessions were cancelled between July and September when a theatre ventilation system failed.",
                "Tasmania’s health department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Health Minister Antony Beresfield said the government had hired 46 more nurses and eight anaesthetists in the north of the state since 2024.",
                "Antony Beresfield",
                "said",
                "W",
            ),
            (
                "“These are not the numbers anyone wants to see, and I am not going to pretend they are,” he said.",
                "Antony Beresfield",
                "said",
                "",
            ),
            (
                "“I expect the list to start coming down by the middle of next year.”",
                "Antony Beresfield",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [("Read more: New helipad opens at regional hospital after three-year wait", "", "", "B")],
        [
            (
                "Nursing union branch secretary Narissa Quilpie-Vossmere said the hospital’s surgical wards were short of about 30 full-time nurses, according to the union’s own roster count.",
                "Narissa Quilpie-Vossmere",
                "said",
                "W",
            ),
            (
                "She said 19 theatre nurses had resigned since January.",
                "Narissa Quilpie-Vossmere",
                "said",
                "W",
            ),
            (
                "She said the extra sessions might not go ahead unless the department raised pay for theatre nurses.",
                "Narissa Quilpie-Vossmere",
                "said",
                "",
            ),
            (
                "“You can fund all the sessions you like, but somebody has to be in the room,” Ms Quilpie-Vossmere said.",
                "Narissa Quilpie-Vossmere",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Beresfield said nurse vacancies at the hospital had fallen from 112 to 71 over the past year.",
                "Antony Beresfield",
                "said",
                "W",
            ),
            (
                "He said the government would consider the union’s pay claim when talks resumed in December.",
                "Antony Beresfield",
                "said",
                "",
            ),
        ],
        [
            (
                "A senior surgeon at the hospital, who asked not to be named, said three of the eight operating theatres had been closed on most Fridays since August.",
                "A senior surgeon at the hospital",
                "said",
                "W",
            ),
            (
                "“It’s demoralising to see the list and know we could do more,” the surgeon said.",
                "A senior surgeon at the hospital",
                "said",
                "",
            ),
        ],
        [
            (
                "Glenice Marrabeen, 71, of Bellinga Flat, said she was put on the list for a knee replacement in October 2024 and has been using a walking frame since April.",
                "Glenice Marrabeen",
                "said",
                "",
            ),
            (
                "She said the hospital wrote to her in September to say her operation had been postponed for the second time, without a new date.",
                "Glenice Marrabeen",
                "said",
                "W",
            ),
            (
                "“Some nights I can’t sleep for the pain,” she said.",
                "Glenice Marrabeen",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition health spokeswoman Carlene Ardenmore-Lowerby has called for a parliamentary inquiry into the waiting list.",
                "Carlene Ardenmore-Lowerby",
                "has called for",
                "",
            ),
            ("A motion for the inquiry will be debated in parliament on Wednesday.", "", "", "W"),
        ],
        [
            (
                "A department spokesman said patients whose condition worsened should see their GP, who could ask for the case to be reviewed.",
                "A department spokesman",
                "said",
                "",
            )
        ],
        [("Got a news tip? Email newsdesk@tamarvalleywire.com.au", "", "", "B")],
        [("Join the conversation – comments are open for 48 hours.", "", "", "B")],
        [("More stories", "", "", "B")],
        [("Launceston council backs plan for riverside bike path", "", "", "B")],
        [("Tamar fishing club marks 100 years on the water", "", "", "B")],
        [("© 2026 Tamar Valley Wire Pty Ltd", "", "", "B")],
    ],
    [
        [("COPPERLODE BUSINESS TIMES", "", "", "B")],
        [
            (
                "Tuesday 10 November 2026 | Copper US$9,482/t ▲0.6% | Cobalt US$31,150/t ▼1.2% | K/US$ 27.41",
                "",
                "",
                "B",
            )
        ],
        [("Home | Mining | Markets | Agriculture | Energy | Policy | Opinion", "", "", "B")],
        [("MINING", "", "", "B")],
        [
            (
                "Chisambalo Copper output falls 11% in first half, miner to cut 640 contract jobs",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Company says water in the deep levels will keep production down until mid-2027",
                "Chisambalo Copper Mines Plc",
                "says",
                "",
            )
        ],
        [("By Chimuka Mwansakombe, Kitwe", "", "", "B")],
        [("10th November 2026", "", "", "B")],
        [("Share: Facebook | X | LinkedIn | WhatsApp", "", "", "B")],
        [
            ("The headframe at the company’s No. 3 shaft in Kitwe.", "", "", ""),
            ("Photo/Copperlode", "", "", "B"),
        ],
        [
            (
                "Chisambalo Copper Mines Plc produced 41,200 tonnes of finished copper in the six months to September, down 11 per cent from the same period last year, according to the company’s interim results published yesterday.",
                "the company’s interim results",
                "according to",
                "W",
            )
        ],
        [
            (
                "Its revenue fell to US$368 million from US$402 million, while its profit after tax dropped by more than half to US$22.6 million.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Chief executive Kaputo Sichilimbwe-Bwalikasa said the fall in output was caused by flooding at the 1,140-metre level of the No. 3 shaft, which had cut ore hoisting there by about 40 per cent since May.",
                "Kaputo Sichilimbwe-Bwalikasa",
                "said",
                "W",
            ),
            (
                "Sichilimbwe-Bwalikasa said the company would end contracts for 640 workers employed through two contractors at the shaft by December 31.",
                "Kaputo Sichilimbwe-Bwalikasa",
                "said",
                "W",
            ),
            (
                "“We are not walking away from No. 3,” he told analysts on a call.",
                "Kaputo Sichilimbwe-Bwalikasa",
                "told analysts on a call",
                "",
            ),
            (
                "“We are pumping, and when the water is down, the jobs will come back.”",
                "Kaputo Sichilimbwe-Bwalikasa",
                "told analysts on a call",
                "",
            ),
        ],
        [
            (
                "Sichilimbwe-Bwalikasa said the company still expected to produce between 88,000 and 92,000 tonnes for the full year.",
                "Kaputo Sichilimbwe-Bwalikasa",
                "said",
                "",
            )
        ],
        [
            (
                "Finance director Natanya Mulengashi-Phiribwe said the company had spent K1.9 billion on new pumps and power lines at the shaft since June.",
                "Natanya Mulengashi-Phiribwe",
                "said",
                "W",
            ),
            (
                "She said its net debt stood at US$214 million at the end of September, up from US$161 million in March.",
                "Natanya Mulengashi-Phiribwe",
                "said",
                "W",
            ),
            (
                "She said the board had decided not to pay an interim dividend.",
                "Natanya Mulengashi-Phiribwe",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("YOU MAY ALSO LIKE: Small-scale miners want access to old dumps", "", "", "B")],
        [
            (
                "The company said it believed the water was coming from an old working that had collapsed during heavy rains in March.",
                "Chisambalo Copper Mines Plc",
                "said",
                "",
            )
        ],
        [
            (
                "Bwalyaka Kasongole, branch chairman of the mineworkers’ union at the mine, said 2,300 permanent workers were employed at the shaft and none had yet been told their jobs were safe.",
                "Bwalyaka Kasongole",
                "said",
                "W",
            ),
            (
                "He said the union suspected the company would use the flooding to reduce its permanent workforce next year.",
                "Bwalyaka Kasongole",
                "said",
                "",
            ),
            (
                "“Contract workers today, permanent workers tomorrow,” he said.",
                "Bwalyaka Kasongole",
                "said",
                "",
            ),
        ],
        [
            (
                "Mwilaba Chansabo-Twaambo, a mining analyst at a Lusaka brokerage, said output would likely recover to about 48,000 tonnes in the second half if pumping went to plan.",
                "Mwilaba Chansabo-Twaambo",
                "said",
                "",
            ),
            (
                "She said the company’s costs of US$6,870 a tonne were now among the highest on the Copperbelt, compared with an average of about US$5,400 for its neighbours.",
                "Mwilaba Chansabo-Twaambo",
                "said",
                "W",
            ),
            (
                "“The market will be watching the pumping rate, not the dividend,” she said.",
                "Mwilaba Chansabo-Twaambo",
                "said",
                "",
            ),
        ],
        [
            (
                "Joshua Kaluba-Simukonda, who drives a loader for one of the contractors, said he had worked underground for 12 years and earned K9,500 a month.",
                "Joshua Kaluba-Simukonda",
                "said",
                "",
            ),
            (
                "“My children are in boarding school, and the fees are due in January,” he said.",
                "Joshua Kaluba-Simukonda",
                "said",
                "",
            ),
        ],
        [
            (
                "The mines ministry said in a statement that its inspectors had visited the flooded shaft on October 21 and found no breach of safety rules.",
                "The mines ministry",
                "said",
                "W",
            ),
            (
                "It said the company had notified the ministry of the planned job cuts on November 2, as the law requires.",
                "The mines ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "This article is for information only and does not constitute investment advice.",
                "",
                "",
                "B",
            )
        ],
        [("Tags: Copper, Kitwe, Results, Mining jobs", "", "", "B")],
        [("Latest", "", "", "B")],
        [("Kwacha firms against dollar on copper inflows", "", "", "B")],
        [("Maize harvest estimate revised up to 3.1 million tonnes", "", "", "B")],
        [("© 2026 Copperlode Publications Limited", "", "", "B")],
    ],
    [
        [("THE SUVANNA HERALD", "", "", "B")],
        [("Tuesday, November 10, 2026 | Suva 29°C | Subscribe | ePaper", "", "", "B")],
        [("Home  Fiji  World  Business  Sports  Opinion  Pacific", "", "", "B")],
        [("CRIME", "", "", "B")],
        [("Shopkeeper found dead after Vatuwaqaloa robbery; man, 27, in custody", "", "", "W")],
        [
            (
                "Police believe the killer knew the shop’s layout and the family’s routine",
                "Police",
                "believe",
                "",
            )
        ],
        [("By Mereani Tuidravutu-Narayanlal", "", "", "B")],
        [("November 10, 2026 6:30am", "", "", "B")],
        [("Share  |  Tweet  |  Email", "", "", "B")],
        [
            ("Police tape around the shop on Koronivusa Street yesterday.", "", "", ""),
            ("PHOTO: Ravuama Nakuruvaki", "", "", "B"),
        ],
        [
            (
                "A 58-year-old shopkeeper was found dead inside his family’s store in Vatuwaqaloa early yesterday after what police say was a robbery, and a 27-year-old man is in custody, police spokeswoman Inspector Makereta Vakalolomaki said.",
                "Makereta Vakalolomaki",
                "said",
                "W",
            )
        ],
        [
            (
                "She said officers were called to the shop on Koronivusa Street at 5.40am by the victim’s daughter, who found him behind the counter.",
                "Makereta Vakalolomaki",
                "said",
                "W",
            ),
            (
                "She said about FJ$2,300 in cash and several cartons of cigarettes were missing from the shop.",
                "Makereta Vakalolomaki",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We believe the suspect entered through the storeroom at the back, and we are not ruling out that he had help,” she said.",
                "Makereta Vakalolomaki",
                "said",
                "",
            ),
            (
                "She said police suspected the man may have known the family.",
                "Makereta Vakalolomaki",
                "said",
                "",
            ),
        ],
        [
            (
                "The spokeswoman said the man was arrested at a house in Nasinuloa at about 11am after a tip-off, and a bag containing cash was recovered.",
                "Makereta Vakalolomaki",
                "said",
                "W",
            ),
            (
                "She said he was expected to appear in court on Thursday.",
                "Makereta Vakalolomaki",
                "said",
                "W",
            ),
            (
                "She said the man had two previous convictions for burglary.",
                "Makereta Vakalolomaki",
                "said",
                "W",
            ),
            (
                "Night patrols in Vatuwaqaloa have been doubled since the killing, she said.",
                "Makereta Vakalolomaki",
                "said",
                "W",
            ),
        ],
        [
            (
                "A post-mortem examination will be carried out today to establish the cause of death, she said.",
                "Makereta Vakalolomaki",
                "said",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("Related: Two charged over break-ins at Waidrakei bakery", "", "", "B")],
        [
            (
                "Divisional police commander ACP Semisiuta Rokovuniwai-Khadim said there had been 19 aggravated robberies of shops in the Suva division since July, compared with 11 over the same months last year.",
                "Semisiuta Rokovuniwai-Khadim",
                "said",
                "W",
            ),
            (
                "He said most had happened between midnight and 4am in streets where the street lights had failed.",
                "Semisiuta Rokovuniwai-Khadim",
                "said",
                "W",
            ),
            (
                "He appealed to anyone who saw a man near the shop between 1am and 3am to come forward.",
                "Semisiuta Rokovuniwai-Khadim",
                "appealed",
                "",
            ),
        ],
        [
            (
                "The victim’s sister-in-law, Adi Salotevai Vunibokoi, said the family had run the shop for 26 years and it took about FJ$900 on a good day.",
                "Salotevai Vunibokoi",
                "said",
                "",
            ),
            (
                "“He gave credit to half of this street,” she said.",
                "Salotevai Vunibokoi",
                "said",
                "",
            ),
            (
                "“Everybody knew him, and now we have to bury him.”",
                "Salotevai Vunibokoi",
                "said",
                "",
            ),
        ],
        [
            (
                "A neighbour, Jope Tikomaibau, said he heard shouting at about 1am but thought it was a party further down the road.",
                "Jope Tikomaibau",
                "said",
                "",
            )
        ],
        [
            (
                "Vinodkant Prasadh-Koroitamana, who chairs the area’s community policing committee, said the committee had asked the town council three times this year to repair the street lights on Koronivusa Street.",
                "Vinodkant Prasadh-Koroitamana",
                "said",
                "W",
            ),
            (
                "“Shopkeepers are sitting ducks in the dark,” he said.",
                "Vinodkant Prasadh-Koroitamana",
                "said",
                "",
            ),
        ],
        [
            (
                "Inspector Vakalolomaki said the victim’s name would be released once all his relatives had been told.",
                "Makereta Vakalolomaki",
                "said",
                "W",
            )
        ],
        [
            (
                "Anyone with information can call the police tip line on 555 0919 or send a message to 5559 2140 in confidence.",
                "",
                "",
                "B",
            )
        ],
        [("Comments are moderated and may take up to an hour to appear.", "", "", "B")],
        [("Tags: Crime, Suva, Robbery, Police", "", "", "B")],
        [("Latest News", "", "", "B")],
        [("Vatumoce market vendors get new stalls before Christmas", "", "", "B")],
        [("Flights to the northern island resume after runway repairs", "", "", "B")],
        [("© 2026 Suvanna Herald Ltd.", "", "", "B")],
    ],
]

CASES = [
    (
        "n90-ke-ltd-rights",
        "© 2026 Rift Ledger Media Ltd. All rights reserved.",
        ["© 2026 Rift Ledger Media Ltd.", "All rights reserved."],
    ),
    (
        "n90-ke-urged-per-cent",
        "She urged farmers to dry their grain to 13.5 per cent moisture before delivery. Wetter maize will be turned away at the gate, she said.",
        [
            "She urged farmers to dry their grain to 13.5 per cent moisture before delivery.",
            "Wetter maize will be turned away at the gate, she said.",
        ],
    ),
    (
        "n90-ke-farmer-quote-kilos",
        "Barnaba Kiptanuyo-Rerimoiwo, who farms three acres outside Tuluyet, said he harvested 46 bags this season, down from 60 last year. He said he sold 20 bags to a broker at Sh2,700 each in October to pay school fees. “The scale said 86 kilos, but I know what a full bag weighs,” he said.",
        [
            "Barnaba Kiptanuyo-Rerimoiwo, who farms three acres outside Tuluyet, said he harvested 46 bags this season, down from 60 last year.",
            "He said he sold 20 bags to a broker at Sh2,700 each in October to pay school fees.",
            "“The scale said 86 kilos, but I know what a full bag weighs,” he said.",
        ],
    ),
    (
        "n90-in-kl-abbrev-rs",
        "Under the new rates, a household meter will be billed Rs 8.40 per kilolitre (kl) for the first 15 kl a month, up from Rs 7.50, according to the corporation’s budget papers. Commercial users will pay Rs 46 per kl, up from Rs 41.",
        [
            "Under the new rates, a household meter will be billed Rs 8.40 per kilolitre (kl) for the first 15 kl a month, up from Rs 7.50, according to the corporation’s budget papers.",
            "Commercial users will pay Rs 46 per kl, up from Rs 41.",
        ],
    ),
    (
        "n90-in-dr-commissioner",
        "Municipal commissioner Dr Ilavendra Sadhoorkar said the corporation’s electricity bill for pumping water had risen from Rs 212 crore in 2023-24 to Rs 268 crore last year. He said the charges had last been revised in 2021. “Nobody likes paying more, but the pumps do not run on goodwill,” the commissioner said.",
        [
            "Municipal commissioner Dr Ilavendra Sadhoorkar said the corporation’s electricity bill for pumping water had risen from Rs 212 crore in 2023-24 to Rs 268 crore last year.",
            "He said the charges had last been revised in 2021.",
            "“Nobody likes paying more, but the pumps do not run on goodwill,” the commissioner said.",
        ],
    ),
    (
        "n90-in-am-then-capital",
        "The corporation estimates the revision will bring in an additional Rs 74 crore in 2027-28. The proposal will now go to the general body, which meets on November 19 at 11 a.m. The ruling alliance holds 92 of the body’s 164 seats.",
        [
            "The corporation estimates the revision will bring in an additional Rs 74 crore in 2027-28.",
            "The proposal will now go to the general body, which meets on November 19 at 11 a.m.",
            "The ruling alliance holds 92 of the body’s 164 seats.",
        ],
    ),
    (
        "n90-in-pvt-ltd",
        "Copyright © 2026 Lampstand Media Pvt. Ltd. All rights reserved.",
        ["Copyright © 2026 Lampstand Media Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "n90-jm-email-end",
        "Yvadne Marchbold-Tullowsby is a retired schoolteacher and community organiser in St James. Send feedback to columns@westernclarion.com.jm.",
        [
            "Yvadne Marchbold-Tullowsby is a retired schoolteacher and community organiser in St James.",
            "Send feedback to columns@westernclarion.com.jm.",
        ],
    ),
    (
        "n90-jm-fair-enough-question",
        "Fair enough. But who spoke for the woman who takes three taxis a day?",
        ["Fair enough.", "But who spoke for the woman who takes three taxis a day?"],
    ),
    (
        "n90-jm-asked-question",
        "Delcia Pottingwell-Swaby sells callaloo and scallion at the market and travels in from Saltgrove Rise six days a week. She told me her fares now come to $1,080 a week, before she buys a single bundle to sell. “Where is that money supposed to come from?” she asked.",
        [
            "Delcia Pottingwell-Swaby sells callaloo and scallion at the market and travels in from Saltgrove Rise six days a week.",
            "She told me her fares now come to $1,080 a week, before she buys a single bundle to sell.",
            "“Where is that money supposed to come from?” she asked.",
        ],
    ),
    (
        "n90-pk-mr-quote-pair",
        "“Buyers in Europe do not wait for our gas,” Mr Sheikhupuri said. “They go to Bangladesh, they go to Vietnam, and they do not come back.”",
        [
            "“Buyers in Europe do not wait for our gas,” Mr Sheikhupuri said.",
            "“They go to Bangladesh, they go to Vietnam, and they do not come back.”",
        ],
    ),
    (
        "n90-pk-mmcfd-brackets",
        "The company’s spokesman, Tarrab Mahmoodul Chauhdry-Qasmi, said supply to the region’s industry had been reduced from 310 million cubic feet per day (MMCFD) to 190 MMCFD since November 1. He said the cut was caused by a 14 per cent fall in output from two ageing fields in the south, which supply most of the company’s gas.",
        [
            "The company’s spokesman, Tarrab Mahmoodul Chauhdry-Qasmi, said supply to the region’s industry had been reduced from 310 million cubic feet per day (MMCFD) to 190 MMCFD since November 1.",
            "He said the cut was caused by a 14 per cent fall in output from two ageing fields in the south, which supply most of the company’s gas.",
        ],
    ),
    (
        "n90-lk-pm-times",
        "The Upcountry Regional Bus Board withdrew the 5.40 p.m. service on route 614 on September 15. The morning bus still runs, but the village now has no public transport home after 1.15 p.m.",
        [
            "The Upcountry Regional Bus Board withdrew the 5.40 p.m. service on route 614 on September 15.",
            "The morning bus still runs, but the village now has no public transport home after 1.15 p.m.",
        ],
    ),
    (
        "n90-lk-question-she-said",
        "At Galmaduwela Tamil Vidyalaya, principal Chandrani Ekanayakege said attendance at after-school classes for the O-level year had fallen from 38 students to 21 since the bus stopped. She said some parents had asked her whether the classes could end at four. “What do I tell them?” she said.",
        [
            "At Galmaduwela Tamil Vidyalaya, principal Chandrani Ekanayakege said attendance at after-school classes for the O-level year had fallen from 38 students to 21 since the bus stopped.",
            "She said some parents had asked her whether the classes could end at four.",
            "“What do I tell them?” she said.",
        ],
    ),
    (
        "n90-lk-rs-each-share",
        "Three-wheeler drivers have stepped in, at a price. Samanjith Rajapathirage-Dissa, who drives one from the Kadolmulla junction, said he charges Rs 1,400 for the trip up the hill, or Rs 350 each if four people share. Few can pay that every day on a plucker’s wage.",
        [
            "Three-wheeler drivers have stepped in, at a price.",
            "Samanjith Rajapathirage-Dissa, who drives one from the Kadolmulla junction, said he charges Rs 1,400 for the trip up the hill, or Rs 350 each if four people share.",
            "Few can pay that every day on a plucker’s wage.",
        ],
    ),
    (
        "n90-lk-rhetorical-end",
        "What is a village without a bus? In Galmaduwela, it is a place where the day ends at a quarter past one.",
        [
            "What is a village without a bus?",
            "In Galmaduwela, it is a place where the day ends at a quarter past one.",
        ],
    ),
    (
        "n90-ug-shs-according",
        "According to the judgment, each family will receive between Shs18 million and Shs112 million, depending on the size of its plot, with interest at 8 per cent a year from the date of the ruling. The company was also ordered to pay the costs of the suit.",
        [
            "According to the judgment, each family will receive between Shs18 million and Shs112 million, depending on the size of its plot, with interest at 8 per cent a year from the date of the ruling.",
            "The company was also ordered to pay the costs of the suit.",
        ],
    ),
    (
        "n90-ug-short-quote-tail",
        "“My clients have waited a long time to be believed,” Lakwonyero said. “Today they were.”",
        [
            "“My clients have waited a long time to be believed,” Lakwonyero said.",
            "“Today they were.”",
        ],
    ),
    (
        "n90-ug-no-civil-suit",
        "The case, Civil Suit No. 88 of 2022, is one of at least five land claims against the company before the court.",
        [
            "The case, Civil Suit No. 88 of 2022, is one of at least five land claims against the company before the court."
        ],
    ),
    (
        "n90-wa-short-sentences",
        "There is a moment, halfway through a bowl of mussels at Lantern & Line, when the sun drops below the headland and the whole room turns orange. Nobody speaks. Then somebody’s phone goes off, and the spell is broken, but you remember it.",
        [
            "There is a moment, halfway through a bowl of mussels at Lantern & Line, when the sun drops below the headland and the whole room turns orange.",
            "Nobody speaks.",
            "Then somebody’s phone goes off, and the spell is broken, but you remember it.",
        ],
    ),
    (
        "n90-wa-and-waited",
        "Then we waited for dessert. And waited. Forty minutes is a long time to look at a menu that says “treacle tart”.",
        [
            "Then we waited for dessert.",
            "And waited.",
            "Forty minutes is a long time to look at a menu that says “treacle tart”.",
        ],
    ),
    (
        "n90-wa-registered-no",
        "© 2026 Beacon Local Media Ltd. Registered in England and Wales No. 07712946.",
        ["© 2026 Beacon Local Media Ltd.", "Registered in England and Wales No. 07712946."],
    ),
    (
        "n90-us-union-quote",
        "Rayburn Dombrowicz-Haleby, president of the union local that represents 168 of the plant’s workers, said the company had not raised the closure during contract talks that ended in June. “We gave up a raise in 2023 to keep this place open,” Dombrowicz-Haleby said. “Nobody asked us what we could do this time.”",
        [
            "Rayburn Dombrowicz-Haleby, president of the union local that represents 168 of the plant’s workers, said the company had not raised the closure during contract talks that ended in June.",
            "“We gave up a raise in 2023 to keep this place open,” Dombrowicz-Haleby said.",
            "“Nobody asked us what we could do this time.”",
        ],
    ),
    (
        "n90-us-pm-nov",
        "Joleigh Bracknell-Ruizcano, director of the county’s economic development office, said it was the largest single layoff in the county since a glass plant closed in 2016 with 350 jobs. She said a state rapid-response team would hold a meeting for the workers at the union hall at 2 p.m. on Nov. 18.",
        [
            "Joleigh Bracknell-Ruizcano, director of the county’s economic development office, said it was the largest single layoff in the county since a glass plant closed in 2016 with 350 jobs.",
            "She said a state rapid-response team would hold a meeting for the workers at the union hall at 2 p.m. on Nov. 18.",
        ],
    ),
    (
        "n90-ca-am-sign-up",
        "Get the Harbourwatch Morning newsletter in your inbox before 7 a.m. Sign up here.",
        ["Get the Harbourwatch Morning newsletter in your inbox before 7 a.m.", "Sign up here."],
    ),
    (
        "n90-ca-report-it-said",
        "The report, released Monday, said the vacancy rate rose to 1.8 per cent from 1.3 per cent, the first increase in five years. It said 3,420 new rental units were completed in the city in the 12 months to September, the most in a single year since the office began counting in 2009.",
        [
            "The report, released Monday, said the vacancy rate rose to 1.8 per cent from 1.3 per cent, the first increase in five years.",
            "It said 3,420 new rental units were completed in the city in the 12 months to September, the most in a single year since the office began counting in 2009.",
        ],
    ),
    (
        "n90-au-minister-quote",
        "Health Minister Antony Beresfield said the government had hired 46 more nurses and eight anaesthetists in the north of the state since 2024. “These are not the numbers anyone wants to see, and I am not going to pretend they are,” he said. “I expect the list to start coming down by the middle of next year.”",
        [
            "Health Minister Antony Beresfield said the government had hired 46 more nurses and eight anaesthetists in the north of the state since 2024.",
            "“These are not the numbers anyone wants to see, and I am not going to pretend they are,” he said.",
            "“I expect the list to start coming down by the middle of next year.”",
        ],
    ),
    (
        "n90-zm-no-3-shaft",
        "Chief executive Kaputo Sichilimbwe-Bwalikasa said the fall in output was caused by flooding at the 1,140-metre level of the No. 3 shaft, which had cut ore hoisting there by about 40 per cent since May. Sichilimbwe-Bwalikasa said the company would end contracts for 640 workers employed through two contractors at the shaft by December 31. “We are not walking away from No. 3,” he told analysts on a call. “We are pumping, and when the water is down, the jobs will come back.”",
        [
            "Chief executive Kaputo Sichilimbwe-Bwalikasa said the fall in output was caused by flooding at the 1,140-metre level of the No. 3 shaft, which had cut ore hoisting there by about 40 per cent since May.",
            "Sichilimbwe-Bwalikasa said the company would end contracts for 640 workers employed through two contractors at the shaft by December 31.",
            "“We are not walking away from No. 3,” he told analysts on a call.",
            "“We are pumping, and when the water is down, the jobs will come back.”",
        ],
    ),
    (
        "n90-fj-am-times",
        "She said officers were called to the shop on Koronivusa Street at 5.40am by the victim’s daughter, who found him behind the counter. She said about FJ$2,300 in cash and several cartons of cigarettes were missing from the shop.",
        [
            "She said officers were called to the shop on Koronivusa Street at 5.40am by the victim’s daughter, who found him behind the counter.",
            "She said about FJ$2,300 in cash and several cartons of cigarettes were missing from the shop.",
        ],
    ),
    (
        "n90-fj-adi-title",
        "The victim’s sister-in-law, Adi Salotevai Vunibokoi, said the family had run the shop for 26 years and it took about FJ$900 on a good day. “He gave credit to half of this street,” she said. “Everybody knew him, and now we have to bury him.”",
        [
            "The victim’s sister-in-law, Adi Salotevai Vunibokoi, said the family had run the shop for 26 years and it took about FJ$900 on a good day.",
            "“He gave credit to half of this street,” she said.",
            "“Everybody knew him, and now we have to bury him.”",
        ],
    ),
]
