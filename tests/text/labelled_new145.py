"""Hundred-and-forty-fifth set of new hand-labelled pages for the hint engines (tuning set, round fifty-four):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve kinds of news site in
eleven countries, where telling FURNITURE from STORY is the hard part, in both directions. The
pages: a Canadian city daily (a Stoney Creek bread plant closes on March 3, 380 jobs); a Kenyan wire
service's site (Nairobi-Mombasa trains suspended after floods wash out an embankment); an Australian
public broadcaster (a Mid North Coast bushfire shuts schools and the Pacific Highway); a Singapore
maritime trade publication (a crane fault shuts two container berths until mid-June); a South
African university newspaper (a students' council elected on 27% turnout); a United States regional
TV station (an Iowa river bridge closes for 14 months); a Scottish football club's news page (a
stand closes for roof repairs); an Irish county council's news page (water-main works close a
town's Main Street); a Philippine nonprofit investigative site (seven dialysis patients died in 11
weeks at a clinic inspectors had flagged); an English tabloid (a seaside chippy fined over rats);
an Indian business weekly (a tyre maker's profit falls 38%); and a New Zealand hyperlocal blog
(three shops on a suburban parade close after a rent review).

What is hard is that each side dresses as the other. Story lines that look like furniture: one-line
paragraphs ("Nobody on the floor saw it coming.", "Buses filled within hours.", "Its doors are
still open.", "The rest of the ground is unaffected."), short subheads ("What the company says",
"Detour routes", "How we reported this story"), dated timelines inside the story ("March 3: The
last loaf comes off the line and the plant closes.", "17 April: Main Street reopens."), key-facts
boxes and "Key points:" that belong to the story, lists of named winners, closed schools and roads,
relocated seating sections, closing shops and the dead, short quotes standing alone as their own
paragraph, corrections that state a fact of the story, event details that are the story's news (a
swearing-in, a public meeting, an information evening, a residents' meeting, detours), a club
statement's own "The club thanks supporters for their patience.", method sentences of an
investigation, and tables' data rows. Furniture that looks like story: "Read more:", "Don't miss:",
"Also read:" and "Sponsored:" promos whose headlines are full sentences with figures, related and
most-read headlines of record, newsletter pitches and sign-up lines written as sentences, author
bios, "This story was produced in partnership with ...", TV, video and podcast promos, donation and
supporter appeals, paywall notices, comment policies and a reader's comment, app-download prompts,
a recruitment meeting and a kit sale and a night market advertised with times and places, funding
and independence lines, an editor's disclosure note, "This article first appeared in ..." and
print-edition lines, "This article has been updated to include ...", "Additional reporting by ...",
photo credits glued to their captions, a standard emergency-information line, an acknowledgement of
country, contact and tip lines, tags and copyright.

The pages hold 526 sentences: 216 "B", 189 "W" and 121 ""; 144 sentences carry a speaker (86
distinct speakers, page by page; 85 distinct labels, as "the company" names a body on two pages).
`STYLES` describes each page, its story, its labels and its furniture in order; `CASES` holds 30
split cases cut from the pages.

Written from scratch for issue 13 in round fifty-four, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief, the module docstrings of
`labelled_new.py` and `labelled_new2.py`, `def build` in `labelled_articles.py`, the `[tool.ruff]`
tables of `pyproject.toml`, and through `ast` only the docstrings, page, sentence and case counts of
`labelled_new143.py` and `labelled_new144.py`, plus the first `STYLES` entry, the first page's first
fourteen paragraphs and the first two cases of each, and the case ids of `labelled_new144.py`;
and, printed by line number, the lines of `labelled_new144.py` from the end of its docstring to
its first page's first sentences (all its `STYLES`), the start of its `CASES` and its last lines.
Coined names were checked with file counts of `grep -rlF` over `tests/text` (file names only, no
text shown); the five that hit a newest set or four or more older files (an outlet, an
investigative newsroom, a tyre maker and two surnames) and seven that hit a held-out file (a club,
a mountain, a surname, an Irish surname, a landlord, a newsletter and a photographer) were renamed
before the file was written, and two surnames repeated across these pages were renamed.

Every person, outlet, station, newsroom, firm, club, union, school, clinic, association, fund,
newsletter, podcast, statement, filing and figure is invented, as are the small places (Kidongoni,
Tullamurra, Wonnabri, Mount Yengarie, Marlow Falls, Drumlachie, Port Dalgety, Inverbrora,
Kilcrenna, Sto. Rosario Viejo, Skelby-on-Sea, Mataweka Bay). Real countries, regions, cities,
roads, rivers, ports, courts, councils, ministries, agencies and other public bodies appear only as
settings, with invented statements and figures: Hamilton, Stoney Creek, Arvin Avenue, Locke Street,
Mississauga and London, Ont.; Nairobi, Mombasa, Miritini, Taita-Taveta, Tana River, Garissa,
Uganda, Rwanda, the Kenya Red Cross and the Kenya Meteorological Department; the NSW Mid North
Coast, the Pacific and New England highways, the Rural Fire Service, the Department of Education,
Transport for NSW and the Bureau of Meteorology; Singapore, Jurong, Tuas, Port Klang, Johor,
Shanghai, Rotterdam, Hong Kong and the Maritime and Port Authority of Singapore; the Cedar River,
Linn, Benton and Johnson counties, Highway 151 and the Iowa Department of Transportation; Police
Scotland; Mayo, Mayo County Council and Uisce Éireann and Bus Éireann; Pampanga, Central Luzon,
Quezon City, the Department of Health and PhilHealth; Hull Magistrates' Court and East Riding of
Yorkshire Council; Pune, Maharashtra, Karnataka, the National Stock Exchange, BSE and the Rubber
Board; Dunedin and Dunedin City Council.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, strip, crumb, byline, date line,
caption, credit, box line, list item, table row, promo, pitch, note and legal line is a paragraph of
its own unless the page glues it to its neighbour); each paragraph a list of sentences `(text,
speaker, cue, flags)`, flags "W", "B" or "". Furniture is "B" line by line, whatever it says, and
never carries a speaker; headlines and standfirsts are never "B" and never split, and a
standfirst's "says", "show" or "blames" carries its source as the story first gives it ("Corrigan
Bread Co.", "terminal data", "Vaitarna Tyres Ltd."). A person is named in full as first given,
without titles or roles ("Coun.", "Transport Cabinet Secretary", "RFS deputy commissioner", "Prof.",
"Dean of Students", "Police Chief", "City engineer", "Manager", "Chief executive", "Cllr", "Senior
engineer", "Dr.", "District Judge", "Mr", "Managing director" dropped; the Irish "Ní" kept); a
pronoun or a surname resolves to that name, including a surname first given in a list row
("Mahlangu-Peters, a fourth-year law student, said" -> "Thabiso Mahlangu-Peters"); a generic noun
for a body is kept as written ("the company", "The operator", "the operator", "The port authority",
"the notice", "The city", "the club", "the trust", "the association", "police"); "according to X"
keeps X as written; a quote over several sentences or paragraphs carries its speaker and cue in
each.

Conventions this set had to settle, in the same spirit:

* A promo for another article is "B" whatever its headline says, even when the headline is a full
  sentence with a figure or runs to two sentences ("Read more: Hamilton lost one in five of its
  factory jobs in a decade." / "These are the plants that closed.", both "B"); so are related,
  read-next and most-read headlines of record, a "Sponsored:" headline, and a ticker headline.
* Newsletter pitches, sign-up lines, supporter and donation appeals, paywall notices, app prompts,
  TV, video and podcast promos, funding and independence lines, partnership lines, "first appeared
  in" and print-edition lines, disclaimers, editor's disclosure notes, "Additional reporting by"
  and bracketed reporting lines, author bios, contact and tip lines (a ticket-office contact line
  inside a club statement included), comment policies, a commenter's name line and the comment
  itself, a standard emergency-information line and an acknowledgement of country are "B", even
  when they are written as sentences with figures, times or places.
* An advertised event is "B" (a student paper's recruitment meeting "at 18:00 on Thursday in Room
  2.14", a summit with dates, a night market "this Friday from 5pm"); an event that is the story's
  news is "W" (the swearing-in "at 14:00 on Friday, 28 August, in the Great Hall", a public meeting
  "at 6 p.m. May 20", an information evening, a residents' meeting), as is a detour, a closure, a
  temporary bus stop or a fixed date that the body running it has set.
* A dated timeline inside the story is one "W" sentence per line ("Nov. 10: Workers are told at
  shift meetings."); the subhead above it is "".
* A story box's title is "B" like a table's title ("KEY FACTS", "Key points:", "CORRIGAN IN STONEY
  CREEK"); its items are labelled by content: items of record "W" even without a full stop ("Eleven
  schools are closed on Thursday"), label-and-value rows "" as data ("Opened: 1964").
* A list inside the story (named winners with votes, closed schools and roads, relocated seating
  sections, closing shops with last days, the dead with ages and dates) is data: its heading is a
  subhead "" and each row is "", a summary row too ("Three other patients, whose families asked
  ..."); the same facts stated in a sentence are "W".
* A short quote standing alone as its own paragraph after an attributed quote or statement carries
  that speaker and cue ("“Twenty-two years, and they gave us half an hour.”" -> Marisol
  Quintero-Baptiste, "said"; "“Fourteen months is a long time ...”" -> Delia
  Fairweather-Nunez, "told KHWR 7") and is flagged by content ("“This is the third time since
  2024.”" "W").
* A correction is story when it states a fact of the story: a one-sentence correction with the
  corrected fact is "W" ("Correction: This article has been corrected to show that berth 7 reopens
  on 18 June, not 8 June."; "This page was updated on 20 February 2026 to correct the end date ...
  to 29 May."); a two-sentence correction splits into the old error "" and the fact "W". An update
  note that states no fact ("This article has been updated to include comment from ...", "This
  notice will be updated if dates change.") is "B".
* A caption glued to its credit in one paragraph is two sentences: the caption by content and the
  credit "B" ("... on Monday." / "Dario Kostelac-Myers / The Bayfront Ledger"; "... March." /
  "(Image: Klaxon Media)").
* A body's own news page (a council, a club): its own statements carry no speaker, unless it names
  itself with a reporting verb ("Drumlachie Athletic can confirm" -> "Drumlachie Athletic", cue "can
  confirm") or "the club said" (kept as written); a line of its own statement that sounds like a
  courtesy ("The club thanks supporters for their patience.") is "", and "ENDS" is "B".
* A body first given with a bracketed acronym keeps its article as first given and drops the
  acronym ("the Rural Fire Service (RFS) said" -> "the Rural Fire Service", and "The RFS said"
  resolves to it), as in `labelled_new144.py`; a capitalised short form resolves to the body as
  the text first gives it ("the Elections Office said" -> "the SRC Elections Office"); an acronym
  with no article ("JBCT said") resolves to the name without it ("Jurong Basin Container
  Terminal").
* An investigation's method sentences ("Sulo reviewed 214 pages of inspection reports ...") are
  story "W", under a subhead ""; the newsroom's funding, republishing and donation lines are "B".
* An analyst who "cut his target price" acts without a verb of saying and carries no speaker ("W").
* `CASES` holds 30 sentence-split cases (id, text, expected sentences), each two or three
  consecutive sentences of one paragraph of these pages, joined by single spaces: what a reviewer
  wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Canadian CITY DAILY\'s website (Hamilton, Ont.), desktop browser paste, a PLANT CLOSURE: a Stoney Creek bread bakery closes on March 3 with 380 jobs lost. Head: masthead, menu, section path (all "B"); headline of record "W"; standfirst "Corrigan Bread Co. says ..." "W" carrying the company as the story first gives it; byline, a date line with "min. read" (both "B"); a caption "" glued to its photographer credit "B" in one paragraph. Body: "the company told employees" and "the company said in a statement" kept as written "W" with "Ont.," mid-sentence; a one-line paragraph "Nobody on the floor saw it coming." ""; a night worker\'s record "W" and her short quote standing alone as its own paragraph "" (speaker carried); a mid-story "Read more:" promo of two full sentences (both "B"); a short subhead ""; the operating officer\'s figures "W", his opinion "" and his transfer count "W"; a newsletter pitch written as a sentence "B"; a second subhead "" and a dated timeline of four one-line paragraphs ("Nov. 10: ...", "March 3: The last loaf ...") all "W"; the union president\'s record "W", his challenge "" and the local\'s membership "W"; a key-facts box (title "B", rows ""); a councillor ("Coun." dropped) "W" and her worry "". Tail: a correction whose first sentence states the old error "" and whose second states the fact "W"; an update note, a two-sentence author bio, tags, a related headline of record and a two-sentence related item ending "10 a.m." before "Its owner" (all "B"); a comment-policy line and copyright split at "Inc." ("B").',
    'Kenyan WIRE SERVICE\'s website (Nairobi), desktop browser paste, a FLOOD AND TRANSPORT story: Nairobi-Mombasa trains suspended after floodwater washes away 300 metres of embankment. Head: masthead, menu, section label (all "B"); headline of record "W"; byline and a date line with "Updated 2 hours ago" ("B"); a caption of record "W" glued to its wire credit "B". Body: a "NAIROBI, May 7 (Equator Wire) -" lead "W" with "the national railway operator said" kept as written; the operator\'s record "W"; "the Kenya Red Cross said" "W"; a one-line paragraph "Buses filled within hours." ""; a bus owners\' chairman named after his figures "W" and his quote ""; a newsletter pitch and "Sign up here." in one paragraph (both "B"); a KEY FACTS box that belongs to the story (title "B", three items of record "W"); a cabinet secretary who "told parliament" "W" and her quoted promise ""; a "Read more:" promo whose headline is a full sentence with a figure "B"; traders and "The port authority said" kept as written "W"; a meteorological forecast ""; residents\' record "W"; a tea seller\'s feeling "" and her standalone quote of record "W" (speaker carried); "according to port data" "W"; a one-line paragraph "" and "police said" "W". Tail: the bracketed reporting line with "Additional reporting by", a standards line, a licensing button, a two-sentence author bio, a read-next list of two headlines of record, copyright split after the agency\'s name (all "B").',
    'Australian PUBLIC BROADCASTER\'s website (national, NSW Mid North Coast story), desktop browser paste, a BUSHFIRE story: schools shut and the Pacific Highway closed as a fire burns more than 18,000 hectares. Head: masthead, menu, a "Listen live" strip (all "B"); headline of record "W"; byline and a posted/updated line ("B"); a caption of record "W" with its "(Supplied: ...)" credit "B" in the same paragraph; a "Key points:" box (title "B", three items of record without full stops "W", as they belong to the story). Body: "the Rural Fire Service (RFS) said" "W" (acronym dropped, article kept) and "The RFS said" resolving to it; an emergency warning "W"; evacuation centres "W"; a TV promo "B" mid-story; a list of closed schools (subhead "", rows "", the last row a summary "") and a spokeswoman\'s review time "W"; a principal\'s plan ""; a list of closed roads (subhead and rows ""); "Transport for NSW said" "W" and "it said" advice ""; a resident who "told APRT" "W", her quote "" and her short quote standing alone ""; a standard emergency-information line that looks like advice "B"; a deputy commissioner ("RFS deputy commissioner" dropped) with resources "W" and a forecast ""; the Bureau\'s smoke forecast "". Tail: a podcast promo, an update note, an app prompt, topics, "Back to top" and an acknowledgement of country (all "B").',
    'Singapore maritime TRADE PUBLICATION\'s website, desktop browser paste, a PORT DISRUPTION: a crane fault shuts two berths at a container terminal until mid-June. Head: masthead, menu, a PREMIUM label, section label (all "B"); headline of record "W"; standfirst "..., terminal data show" "W" with the data as source; byline-and-dateline line ("B"); a "Sponsored:" promo written like a headline of record "B". Body: the operator\'s notice "W" ("the operator told customers in a notice" kept as written); berth volume "W" and reopening dates with "the notice said" "W"; the ownership "W"; a waiting-times table pasted as lines (title, header and source "B", rows ""); a feeder chief named after his claim "W", his options "" and his record "W"; a two-sentence event advertisement mid-story (both "B"); the port authority "W"; "JBCT said" resolving to the terminal as first given (acronym dropped) "W" and a manufacturer who "did not respond to a request for comment" ""; a subhead "", an index and MPA figures with "according to" "W"; two one-line paragraphs ""; an importer\'s record "W" and his quote "". Tail: a correction that states the fact in one sentence "W"; a first-appeared note, a two-sentence author bio, topics, a related list of two headlines of record, copyright split at "Pte. Ltd." (all "B").',
    'South African UNIVERSITY NEWSPAPER\'s website, desktop browser paste, an ELECTION RESULT: a new students\' council elected on 27% turnout. Head: masthead, tagline with a year, menu, section label (all "B"); headline of record "W"; a byline-and-date line "B"; a caption "" with its "Photo:" credit "B" in one paragraph. Body: lead "according to results released by the SRC Elections Office" "W"; turnout and the validity rule "W"; a list of named winners (subhead "", five rows with parties and votes "", as data); the president named in the list and then by surname "W" and his quote ""; seat count "W"; the deputy president by surname "W" and her quote ""; "the Elections Office said" resolving to "the SRC Elections Office" as first given, with turnout by faculty "W"; a two-sentence recruitment advertisement with a time and room ("B", though it reads like event news); the swearing-in time and place "W" (event details that are the news); a one-line paragraph ""; a late polling station "W", an objection "W" and its hearing date "W"; a dean ("Prof." dropped) "W" and his quote ""; the outgoing president\'s record "W" and a quote split into two short sentences "". Tail: an editor\'s disclosure note "B"; a two-sentence independence-and-funding line "B"; tags, comment count, comment policy, related list, copyright (all "B").',
    'United States REGIONAL TV STATION\'s website (eastern Iowa), desktop browser paste with straight quotes, a BRIDGE CLOSURE: a Cedar River bridge closes for 14 months from June 2. Head: masthead, menu, a weather alert with "10 a.m." ending the line, a "WATCH LIVE" strip (all "B"); headline of record "W"; byline, published line and a video promo (all "B"). Body: a "MARLOW FALLS, Iowa (KHWR) -" lead with "city engineers said" "W"; traffic "according to the Iowa Department of Transportation" "W" and "The city said it expects ..." ""; the bridge\'s age and contract "W"; a one-line paragraph "" and a subhead ""; detour routes "W" (event details that are the news); a subhead "", a transit agency "W", a police chief (title dropped) "W" and her advice ""; a public meeting "at 6 p.m. May 20" at "410 Second Ave. SE." ending a sentence before "Residents can also ..." (both "W"); a shop owner who "told KHWR 7" "W", her standalone quote "" (speaker and cue carried), her request "" and "The city said it has no program" "W"; an app-download prompt mid-story "B"; the city engineer\'s inspection record "W", his opinion "" and the design "W"; a one-line paragraph "", a neighbour\'s record "W" and quote ""; funding "W". Tail: "Additional reporting by", a two-sentence tip line, copyright split after the station\'s call sign, a most-read list (all "B").',
    'Scottish FOOTBALL CLUB\'s official news page, desktop browser paste, a CLUB STATEMENT: the North Stand closes for roof repairs from 1 February. Head: masthead, a principal-partner line, menu, section label (all "B"); headline of record "W"; a statement-and-date line "B". Body: "Drumlachie Athletic can confirm" "W" carrying the club with the cue "can confirm"; capacity and the date the repairs are due to finish "W"; a one-line paragraph of record "W"; the stand\'s history "W"; a relocation list (subhead "", section rows ""); dated and fixed arrangements for season-ticket holders, disabled supporters, away fans ("the club said"), police approval and hospitality (all "W"); a video promo for the manager\'s press conference "B"; the manager\'s record "W" and two short quotes, the second standing alone (both ""); the chief executive\'s spending record "W" and her promises "" (the second a standalone quote); the contractor with "Ltd.," mid-sentence and refunds, both "the club said" "W"; a kit-sale advertisement "B"; "The Drumlachie Athletic Supporters\' Trust said" "W" and its quote split into two sentences carrying "the trust" as written ""; "The club thanks supporters for their patience." (a line of the statement, ""); a ticket-office contact line "B". Tail: ENDS, an app prompt, share line, related list, partners line, copyright with "Ltd. 2026" (all "B").',
    'Irish COUNTY COUNCIL\'s news page, desktop browser paste, a ROADWORKS NOTICE: Main Street and Chapel Street in a Mayo town close in turn for water-main works from 9 March to 29 May. Head: language and utility links, the council\'s name in English and Irish, a cookie line and its buttons, a crumb path (all "B"); headline of record "W"; published line "B". Body: the council\'s own statements of record with no speaker (cost, age and bursts of the main, closure dates) "W"; a closures-and-diversions list (subhead "", rows with dates and hours ""); parking, a bus stop, diversions and access "W" (event details that are the news); an alert sign-up line and a related link mid-story (both "B"); a public information evening with date, place and hours "W"; the district chair ("Cllr" and "Cathaoirleach" dropped, Irish particle "Ní" kept) with two quotes ""; a senior engineer\'s leakage estimate and contractor record, with "Ltd.," mid-sentence, "W"; a liaison officer "W"; a subhead "" and supply interruptions "W"; a subhead "" and a dated timeline of four one-line paragraphs "W"; a correction line that states the corrected date "W". Tail: an update-if-changed note "B"; a contact line with "tel." mid-sentence and a media line in one paragraph (both "B"); "Was this page helpful?", its buttons, last-updated, share and footer (all "B").',
    'Philippine NONPROFIT INVESTIGATIVE SITE, desktop browser paste, an INVESTIGATION: seven dialysis patients died in 11 weeks at a Pampanga clinic inspectors had flagged twice. Head: masthead, menu, a language link (all "B"); headline of record "W"; byline and date ("B"); a partnership line "This story was produced in partnership with ..." "B" at the head. Body: the deaths "according to death certificates obtained by Sulo" with "Oct. 2", "Dec. 17" and "Sto. Rosario Viejo" mid-sentence "W"; citations "inspection reports show" "W"; two one-line records "W"; a list of the dead (subhead "", four named rows with ages and dates, a summary row, all ""); a daughter\'s record "W", her short quote standing alone "" and her dated complaints "W"; a three-sentence donation appeal mid-story (all "B"); two former nurses who "told Sulo" "W" and an unnamed nurse kept as written ""; a price "according to price lists from two suppliers" "W" and the clinic\'s charge "W"; the medical director ("Dr." dropped) "said in a written reply" "W" and his count "W"; the health office "W"; its inspection date "W" before "Sto. Rosario Viejo\'s mayor ..." starting a sentence with "Sto." and who "did not respond to questions" ""; a one-line paragraph ""; a how-we-reported subhead "" and method sentences of record "W" (they belong to the story). Tail: a funding line, a republish line, two one-sentence bios in one paragraph, a tips line, tags, copyright ending "Inc." (all "B").',
    'English TABLOID\'s website, desktop browser paste with curly quotes, a COURT STORY: a seaside chippy fined £8,400 after rat droppings were found. Head: masthead, menu, a lotto ticker headline, crumb (all "B"); a capitalised headline of record "W" and a standfirst of record "W"; byline and a time line ("B"); a caption of record "W" with "(Image: ...)" credit "B" in the same paragraph. Body: one-line paragraphs of record (fine and costs at a magistrates\' court, the owner\'s pleas, his purchase year) "W" and one of colour ""; the prosecutor (role dropped) with visits and findings "W" and her quote "told the court" ""; the district judge ("District Judge" dropped) "W"; a newsletter pitch and a "Don\'t miss:" promo of a full-sentence headline mid-story (both "B"); defence counsel\'s record "W" and "Mr Atherstone said" resolving to his full name ""; closure and hygiene ratings "W"; two colour lines ""; a regular who "told the Klaxon" "" and her standalone quote ""; the owner who "declined to comment" "". Tail: a two-sentence "Got a story?" line, a follow line, comments label, a two-sentence moderation policy, a most-read list with bare numbers, copyright (all "B").',
    'Indian BUSINESS WEEKLY\'s website (Mumbai), desktop browser paste, a QUARTERLY RESULTS story: a Pune tyre maker\'s profit falls 38%. Head: masthead, menu, a markets ticker, crumb (all "B"); headline of record "W"; a standfirst "... blames ..." "W" carrying the company as the story first gives it ("Vaitarna Tyres Ltd."); a byline-and-time line and a listen line ("B"). Body: "Vaitarna Tyres Ltd. said" mid-sentence "W"; plants, revenue and shares "W"; a results table (title, header and source "B", rows ""); rubber prices "according to Rubber Board data" "W"; a dividend with "the company said" kept as written and exports "W"; the managing director who "told analysts" "W", her regret "" and her forecast ""; an "Also read:" promo and a two-sentence paywall notice mid-story (all "B"); a subhead ""; an analyst\'s margin "W", his target-price cut with no speaker "W" (he acts, he does not say) and his opinion ""; a rival\'s margin and the company\'s debt "W"; a one-line paragraph "" and the stock\'s gain "W"; a correction that states the corrected figure "W". Tail: a print-edition line, a disclaimer, a two-sentence WhatsApp line, topics, copyright split at "Pvt. Ltd." (all "B").',
    'New Zealand HYPERLOCAL BLOG (a Dunedin bay suburb), desktop browser paste with straight quotes, a SMALL-BUSINESS story: three shops on The Parade close by Christmas after a rent review. Head: masthead, tagline, menu (all "B"); headline of record "W"; a "Posted by ... in ..." line "B"; a caption "" with its "Photo:" credit "B" in one paragraph. Body: "their owners have told the Beacon" "W"; a list of closures (subhead "", rows with last days ""); "All three owners said" "W"; a bookseller\'s record "W", her rent "W" and her standalone quote ""; a baker\'s offer "W" and quote ""; a cobbler\'s shop history "W", his age and decision "W" and his quote ""; a two-sentence supporter appeal mid-story (both "B"); the landlord\'s email "W" and "It did not say ..." ""; "a Dunedin City Council spokesperson said" "W"; a public meeting with time, date and place "W" (event details that are the news) and "the association said" "W"; the chair\'s letter "W" and "he said" "W"; a night-market advertisement with an exclamation "B" (event ad); a one-line paragraph "" and leases "according to the association" "W". Tail: a two-sentence tip line ending ".nz.", tags, comment count, a commenter line and a two-sentence reader comment that reads like the story, reply furniture and copyright (all "B").',
]

ARTICLES = [
    [
        [
            ("THE BAYFRONT LEDGER", "", "", "B"),
        ],
        [
            (
                "Local   Business   Politics   Sports   Opinion   Life   Obituaries   e-Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business › Local Business", "", "", "B"),
        ],
        [
            ("Stoney Creek bread plant to close in March, cutting 380 jobs", "", "", "W"),
        ],
        [
            (
                "Corrigan Bread Co. says the 61-year-old Arvin Avenue bakery would need $40 million in new ovens to stay open",
                "Corrigan Bread Co.",
                "says",
                "W",
            ),
        ],
        [
            ("By Priya Raman-Holt, Business Reporter", "", "", "B"),
        ],
        [
            ("Tue., Nov. 11, 2025 · 5 min. read", "", "", "B"),
        ],
        [
            (
                "Workers leave the Corrigan bakery on Arvin Avenue after the morning shift on Monday.",
                "",
                "",
                "",
            ),
            ("Dario Kostelac-Myers / The Bayfront Ledger", "", "", "B"),
        ],
        [
            (
                "The Corrigan Bread Co. bakery in Stoney Creek will close on March 3, putting 380 people out of work, the company told employees on Monday.",
                "the company",
                "told employees",
                "W",
            ),
        ],
        [
            (
                "The plant has made sandwich bread and hamburger buns since 1964 and is the oldest of the company's three Ontario bakeries.",
                "",
                "",
                "W",
            ),
            (
                "Its work will move to Corrigan plants in Mississauga and London, Ont., which opened in 2011 and 2018, the company said in a statement.",
                "the company",
                "said in a statement",
                "W",
            ),
        ],
        [
            ("Nobody on the floor saw it coming.", "", "", ""),
        ],
        [
            (
                "“They told us at 7 a.m. and had us back on the line by 7:30,” said Marisol Quintero-Baptiste, who has worked nights at the plant for 22 years.",
                "Marisol Quintero-Baptiste",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Twenty-two years, and they gave us half an hour.”",
                "Marisol Quintero-Baptiste",
                "said",
                "",
            ),
        ],
        [
            ("Read more: Hamilton lost one in five of its factory jobs in a decade.", "", "", "B"),
            ("These are the plants that closed.", "", "", "B"),
        ],
        [
            ("What the company says", "", "", ""),
        ],
        [
            (
                "Corrigan's chief operating officer, Wendell Thibodeau-Marchand, said the Stoney Creek ovens would need about $40 million in upgrades to meet the company's 2030 energy targets.",
                "Wendell Thibodeau-Marchand",
                "said",
                "W",
            ),
            (
                "“That money goes a lot further in a building that was designed this century,” Thibodeau-Marchand said.",
                "Wendell Thibodeau-Marchand",
                "said",
                "",
            ),
        ],
        [
            (
                "He said every employee would be offered a job at one of the other two plants and that 46 had already asked about transfers.",
                "Wendell Thibodeau-Marchand",
                "said",
                "W",
            ),
        ],
        [
            (
                "Get the stories behind Hamilton's jobs in your inbox every Thursday with our free Working City newsletter.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("How the closure will unfold", "", "", ""),
        ],
        [
            ("Nov. 10: Workers are told at shift meetings.", "", "", "W"),
        ],
        [
            ("Dec. 19: The night shift ends and the plant drops to two shifts.", "", "", "W"),
        ],
        [
            ("Jan. 30: Bun production moves to Mississauga.", "", "", "W"),
        ],
        [
            ("March 3: The last loaf comes off the line and the plant closes.", "", "", "W"),
        ],
        [
            (
                "Gord Lindqvist-Mahon, president of Bakers' Union Local 417, said the union learned of the decision about an hour before the workers did and has asked for the engineering report behind the $40-million figure.",
                "Gord Lindqvist-Mahon",
                "said",
                "W",
            ),
            (
                "“If the numbers are real, show them to us,” Lindqvist-Mahon said.",
                "Gord Lindqvist-Mahon",
                "said",
                "",
            ),
            (
                "The local represents 312 of the plant's workers; the rest are managers and office staff.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("CORRIGAN IN STONEY CREEK", "", "", "B"),
        ],
        [
            ("Opened: 1964", "", "", ""),
        ],
        [
            ("Workers: 380", "", "", ""),
        ],
        [
            ("Site: 14 acres, zoned industrial", "", "", ""),
        ],
        [
            (
                "Ward 9 Coun. Ilse Vandersloot said city staff would meet the company next week about the site, which is zoned for industrial use only.",
                "Ilse Vandersloot",
                "said",
                "W",
            ),
            (
                "“What we don't want is a 14-acre hole in the middle of the ward for ten years,” she said.",
                "Ilse Vandersloot",
                "said",
                "",
            ),
        ],
        [
            (
                "Correction — Nov. 12, 2025: An earlier version of this article said the union represents all 380 workers at the plant.",
                "",
                "",
                "",
            ),
            ("It represents 312 of them.", "", "", "W"),
        ],
        [
            (
                "This article has been updated to include comment from the ward councillor.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Priya Raman-Holt is a business reporter at the Ledger.", "", "", "B"),
            (
                "She covers manufacturing, labour and the port, and can be reached at praman-holt@bayfrontledger.ca.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Stoney Creek · Manufacturing · Jobs · Unions", "", "", "B"),
        ],
        [
            ("Hamilton's port posts its busiest October since 2008", "", "", "B"),
        ],
        [
            ("A Locke Street bakery is selling out of sourdough by 10 a.m.", "", "", "B"),
            ("Its owner says she can't hire fast enough.", "", "", "B"),
        ],
        [
            ("Comments are moderated and may take up to 24 hours to appear.", "", "", "B"),
        ],
        [
            ("© 2025 Bayfront Ledger Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("EQUATOR WIRE", "", "", "B"),
        ],
        [
            (
                "World   Business   Markets   Africa   Energy   Sustainability   Sports   Graphics",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Africa", "", "", "B"),
        ],
        [
            (
                "Kenya halts coast line trains after floods wash out track near Kidongoni",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Wanjiru Kamau-Odhiambo and Tobias Mrema", "", "", "B"),
        ],
        [
            ("May 7, 2026 3:14 PM GMT+3 Updated 2 hours ago", "", "", "B"),
        ],
        [
            (
                "Passengers wait at Mombasa's Miritini terminus after trains to Nairobi were cancelled, May 7, 2026.",
                "",
                "",
                "W",
            ),
            ("EQUATOR WIRE/Halima Juma Bakari", "", "", "B"),
        ],
        [
            (
                "NAIROBI, May 7 (Equator Wire) - Kenya suspended passenger and freight trains between Nairobi and Mombasa on Thursday after floodwater washed away about 300 metres of embankment near Kidongoni, the national railway operator said.",
                "the national railway operator",
                "said",
                "W",
            ),
        ],
        [
            ("It was the first full suspension of the line since it opened in 2017.", "", "", "W"),
            (
                "The operator, which carries about 6,500 passengers a day on the route, said engineers could not reach the site until the water fell and gave no date for the line to reopen.",
                "The operator",
                "said",
                "W",
            ),
        ],
        [
            (
                "At least 11 people have died in floods in Taita-Taveta, Tana River and Garissa counties since Sunday, the Kenya Red Cross said.",
                "the Kenya Red Cross",
                "said",
                "W",
            ),
        ],
        [
            ("Buses filled within hours.", "", "", ""),
        ],
        [
            (
                "Bus companies on the Mombasa road raised fares to as much as 2,500 shillings from about 1,400, said Hassan Mwakio, chairman of the Coast Bus and Matatu Owners Association.",
                "Hassan Mwakio",
                "said",
                "W",
            ),
            ("“We have only so many seats,” he said.", "Hassan Mwakio", "said", ""),
        ],
        [
            (
                "The Savanna Brief newsletter brings you the continent's top stories every weekday morning.",
                "",
                "",
                "B",
            ),
            ("Sign up here.", "", "", "B"),
        ],
        [
            ("KEY FACTS", "", "", "B"),
        ],
        [
            (
                "Rainfall at the Kidongoni gauge reached 212 mm in the week to May 6, four times the May average.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("About 41,000 people have been displaced in six counties.", "", "", "W"),
        ],
        [
            (
                "Three sections of the Mombasa-Nairobi highway were under water on Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Transport Cabinet Secretary Joyce Wambui-Kariuki told parliament the government had set aside 600 million shillings for emergency repairs to roads and rail at the coast.",
                "Joyce Wambui-Kariuki",
                "told parliament",
                "W",
            ),
            (
                "She said the line would reopen “as soon as it is safe, and not a day before.”",
                "Joyce Wambui-Kariuki",
                "told parliament",
                "",
            ),
        ],
        [
            (
                "Read more: Ugandan coffee exporters say Mombasa delays have already cost them $12 million this season.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Traders at Mombasa port said about 900 containers bound for Uganda and Rwanda were waiting to be moved inland.",
                "Traders at Mombasa port",
                "said",
                "W",
            ),
            (
                "The port authority said it had stopped charging storage fees on the stranded boxes until May 14.",
                "The port authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Kenya Meteorological Department said heavy rain would continue over the coast until at least May 12.",
                "The Kenya Meteorological Department",
                "said",
                "",
            ),
        ],
        [
            (
                "Residents of Kidongoni said the embankment had been patched twice in the past two years.",
                "Residents of Kidongoni",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Every time it rains we know this will happen,” said Mwanaisha Kombo-Ruto, who sells tea at the station.",
                "Mwanaisha Kombo-Ruto",
                "said",
                "",
            ),
        ],
        [
            ("“This is the third time since 2024.”", "Mwanaisha Kombo-Ruto", "said", "W"),
        ],
        [
            (
                "Freight trains carry about a quarter of Mombasa's inland container traffic, according to port data.",
                "port data",
                "according to",
                "W",
            ),
        ],
        [
            ("The road is no better.", "", "", ""),
        ],
        [
            (
                "Traffic on the highway near the Kidongoni junction was backed up for 40 km on Thursday afternoon, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Wanjiru Kamau-Odhiambo in Nairobi and Tobias Mrema in Mombasa; Additional reporting by Ayaan Warsame-Hirsi in Garissa; Editing by Felix Oduor-Brandt)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our Standards: The Equator Wire Trust Principles.", "", "", "B"),
        ],
        [
            ("Purchase Licensing Rights", "", "", "B"),
        ],
        [
            (
                "Wanjiru Kamau-Odhiambo covers East African economies and infrastructure from Nairobi.",
                "",
                "",
                "B",
            ),
            ("She previously reported on Kenya's energy sector for six years.", "", "", "B"),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            ("Tanzania's central bank holds its policy rate at 6% as inflation eases", "", "", "B"),
        ],
        [
            (
                "Ethiopia signs $1.2 billion power export deal with Djibouti, ministry says",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Equator Wire.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("APRT News", "", "", "B"),
        ],
        [
            (
                "Just In   Australia   World   Business   Health   Environment   Sport   Analysis   Local",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Listen live: APRT Mid North Coast", "", "", "B"),
        ],
        [
            (
                "Schools shut and Pacific Highway closed as Tullamurra fire jumps containment lines",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Mitchell O'Kane-Byrne and Ruby Tanaka-Walsh", "", "", "B"),
        ],
        [
            ("Posted 6h ago, updated 1h ago", "", "", "B"),
        ],
        [
            (
                "The fire west of Tullamurra had burnt more than 18,000 hectares by nightfall on Wednesday.",
                "",
                "",
                "W",
            ),
            ("(Supplied: Rural Fire Service)", "", "", "B"),
        ],
        [
            ("Key points:", "", "", "B"),
        ],
        [
            ("The fire has burnt more than 18,000 hectares west of Tullamurra", "", "", "W"),
        ],
        [
            ("Eleven schools are closed on Thursday", "", "", "W"),
        ],
        [
            ("Wonnabri residents have been told it is too late to leave", "", "", "W"),
        ],
        [
            (
                "A bushfire on the NSW Mid North Coast has jumped containment lines and burnt more than 18,000 hectares west of Tullamurra, the Rural Fire Service (RFS) said on Wednesday night.",
                "the Rural Fire Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "An emergency warning was issued for Wonnabri at 4:40pm, telling residents it was too late to leave and to shelter in a solid building.",
                "",
                "",
                "W",
            ),
            (
                "The RFS said two homes had been confirmed destroyed and assessment teams would go in on Thursday morning.",
                "the Rural Fire Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "The fire was started by a lightning strike on Monday, the RFS said.",
                "the Rural Fire Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "Evacuation centres have been opened at the Tullamurra Showground and the Wonnabri Bowling Club.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Watch the full report on APRT News at 7pm, or stream it any time on APRT Play.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Schools closed on Thursday", "", "", ""),
        ],
        [
            ("Tullamurra Public School", "", "", ""),
        ],
        [
            ("Tullamurra High School", "", "", ""),
        ],
        [
            ("Wonnabri Public School", "", "", ""),
        ],
        [
            ("Mount Yengarie Public School", "", "", ""),
        ],
        [
            (
                "Seven other public schools in the district, listed on the Department of Education website",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A Department of Education spokeswoman said the closures would be reviewed at 2pm on Thursday.",
                "A Department of Education spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Emma Kirkwood-Salas, principal of Tullamurra Public School, said she would wait for the 2pm decision before telling parents about Friday.",
                "Emma Kirkwood-Salas",
                "said",
                "",
            ),
        ],
        [
            ("Road closures", "", "", ""),
        ],
        [
            ("Pacific Highway between Tullamurra and Wonnabri Road", "", "", ""),
        ],
        [
            ("Yengarie Forest Road, all lanes", "", "", ""),
        ],
        [
            (
                "Transport for NSW said the highway would stay closed overnight and the detour via the New England Highway would add about three hours to trips.",
                "Transport for NSW",
                "said",
                "W",
            ),
            ("Drivers should avoid the area, it said.", "Transport for NSW", "said", ""),
        ],
        [
            (
                "Wonnabri resident Lorraine Petrakis-Hume told APRT she saw the fire crest the ridge behind her property at about 3:30pm.",
                "Lorraine Petrakis-Hume",
                "told APRT",
                "W",
            ),
        ],
        [
            (
                "“The sky went orange and then it went black,” she said.",
                "Lorraine Petrakis-Hume",
                "said",
                "",
            ),
        ],
        [
            (
                "“We just sat in the bathroom and listened to it.”",
                "Lorraine Petrakis-Hume",
                "said",
                "",
            ),
        ],
        [
            (
                "For emergency information, tune in to your local APRT radio station or check the Hazards Near Me app.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "RFS deputy commissioner Damien Castellano-Reid said 246 firefighters and 19 aircraft were working on the fire.",
                "Damien Castellano-Reid",
                "said",
                "W",
            ),
            (
                "He said conditions were expected to ease on Friday.",
                "Damien Castellano-Reid",
                "said",
                "",
            ),
        ],
        [
            (
                "Smoke will affect air quality across the region on Thursday, the Bureau of Meteorology said.",
                "the Bureau of Meteorology",
                "said",
                "",
            ),
        ],
        [
            (
                "Listen to Fire Season, APRT's podcast about living with bushfire, wherever you get your podcasts.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This article has been updated to include the number of homes destroyed.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Get the APRT News app for breaking news alerts and live emergency coverage.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Topics: Bushfires, Emergency Incidents, Tullamurra, Wonnabri, Schools", "", "", "B"),
        ],
        [
            ("Back to top", "", "", "B"),
        ],
        [
            (
                "APRT acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn and work.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("BERTHWATCH ASIA", "", "", "B"),
        ],
        [
            (
                "Ports   Container Shipping   Tankers   Dry Bulk   Finance   Regulation   Events   Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("PREMIUM", "", "", "B"),
        ],
        [
            ("Ports & Terminals", "", "", "B"),
        ],
        [
            ("Crane fault shuts two berths at Jurong Basin terminal until mid-June", "", "", "W"),
        ],
        [
            (
                "Average wait for feeder vessels has risen to 41 hours, terminal data show",
                "terminal data",
                "show",
                "W",
            ),
        ],
        [
            ("Linh Tran-Halvorsen, Singapore | 4 June 2026", "", "", "B"),
        ],
        [
            (
                "Sponsored: How one Rotterdam forwarder cut its customs clearance time by 30%",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Jurong Basin Container Terminal (JBCT) has closed berths 6 and 7 after a fault in the hoist system of a ship-to-shore crane on 29 May, the operator told customers in a notice on Tuesday.",
                "the operator",
                "told customers in a notice",
                "W",
            ),
        ],
        [
            (
                "The two berths handle about a third of the terminal's volume, which was 2.8m teu last year.",
                "",
                "",
                "W",
            ),
            (
                "Berth 6 will reopen on 11 June and berth 7 on 18 June, the notice said.",
                "the notice",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its other five berths are working normally, the notice said.",
                "the notice",
                "said",
                "W",
            ),
        ],
        [
            (
                "JBCT is a joint venture between Kallang Marine Holdings and the Dubai-based Azimuth Terminals, which each own half.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Feeder waiting times at JBCT (hours)", "", "", "B"),
        ],
        [
            ("Week to | Average wait | Longest wait", "", "", "B"),
        ],
        [
            ("24 May | 9 | 22", "", "", ""),
        ],
        [
            ("31 May | 27 | 58", "", "", ""),
        ],
        [
            ("3 June | 41 | 96", "", "", ""),
        ],
        [
            ("Source: JBCT customer notices", "", "", "B"),
        ],
        [
            (
                "Feeder operators have begun skipping the terminal, said Aditya Menon-Sorensen, chief executive of Straitlink Feeders, whose ships call there 14 times a week.",
                "Aditya Menon-Sorensen",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We can sit at anchorage for two days or we can go to Tuas and truck the boxes across,” he said.",
                "Aditya Menon-Sorensen",
                "said",
                "",
            ),
            (
                "He said Straitlink had moved five of its weekly calls to other terminals since Saturday.",
                "Aditya Menon-Sorensen",
                "said",
                "W",
            ),
        ],
        [
            (
                "Join 600 port and terminal leaders at the Berthwatch Asia Terminal Summit, 15-16 September, Singapore.",
                "",
                "",
                "B",
            ),
            ("Early-bird tickets end on Friday.", "", "", "B"),
        ],
        [
            (
                "The Maritime and Port Authority of Singapore said it was monitoring anchorage congestion and had opened a second waiting area off the western anchorages on 2 June.",
                "The Maritime and Port Authority of Singapore",
                "said",
                "W",
            ),
        ],
        [
            (
                "JBCT said a replacement hoist motor had been flown in from Shanghai and was being fitted.",
                "Jurong Basin Container Terminal",
                "said",
                "W",
            ),
            (
                "The crane's manufacturer did not respond to a request for comment.",
                "The crane's manufacturer",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("Knock-on effects", "", "", ""),
        ],
        [
            (
                "Feeder rates from Singapore to Port Klang rose 9% in the week to 3 June, according to the Straits Feeder Index.",
                "the Straits Feeder Index",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Singapore's port as a whole handled 3.6m teu in May, up 4% from a year earlier, according to MPA figures.",
                "MPA figures",
                "according to",
                "W",
            ),
        ],
        [
            ("Nobody expects a quick fix.", "", "", ""),
        ],
        [
            ("Cargo owners have fewer choices.", "", "", ""),
        ],
        [
            (
                "Bertrand Oyelowo-Lim, who runs a furniture import business in Johor, said two of his containers had been rolled to a later vessel twice since the fault.",
                "Bertrand Oyelowo-Lim",
                "said",
                "W",
            ),
        ],
        [
            ("“Each roll costs me a week,” he said.", "Bertrand Oyelowo-Lim", "said", ""),
        ],
        [
            (
                "Correction: This article has been corrected to show that berth 7 reopens on 18 June, not 8 June.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "This article first appeared in Berthwatch Daily, our morning briefing for subscribers.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Linh Tran-Halvorsen is Berthwatch Asia's ports correspondent in Singapore.",
                "",
                "",
                "B",
            ),
            ("Before joining in 2022 she covered air cargo in Hong Kong.", "", "", "B"),
        ],
        [
            ("Topics: Singapore, Container terminals, Feeders, Congestion", "", "", "B"),
        ],
        [
            ("Related articles", "", "", "B"),
        ],
        [
            ("Tuas phase two opening pushed back to 2028, port operator says", "", "", "B"),
        ],
        [
            ("Feeder rates on Singapore-Jakarta route climb 18% in May", "", "", "B"),
        ],
        [
            ("© 2026 Berthwatch Media Pte. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE THORNVELD TRIBUNE", "", "", "B"),
        ],
        [
            ("Independent student newspaper of Thornveld University since 1957", "", "", "B"),
        ],
        [
            ("News   Features   Opinion   Arts   Sport   Multimedia   Archive", "", "", "B"),
        ],
        [
            ("Campus News", "", "", "B"),
        ],
        [
            ("New SRC elected on 27% turnout, the highest since 2019", "", "", "W"),
        ],
        [
            ("By Lerato Mokoena-Venter and Pieter-Jan Ngubane | 26 August 2026", "", "", "B"),
        ],
        [
            ("Electoral officers count ballots in the Great Hall on Monday night.", "", "", ""),
            ("Photo: Zinhle Dube-Marais", "", "", "B"),
        ],
        [
            (
                "Students elected a new 15-member Students' Representative Council on Monday in a vote that drew 27% of registered students, the highest turnout since 2019, according to results released by the SRC Elections Office.",
                "results released by the SRC Elections Office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Of 31,420 registered students, 8,483 cast a ballot over three days of online and in-person voting.",
                "",
                "",
                "W",
            ),
            (
                "Under the SRC constitution, a turnout of at least 20% was needed for the result to stand.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The new office bearers", "", "", ""),
        ],
        [
            (
                "President: Thabiso Mahlangu-Peters (Progressive Students' Front), 4,112 votes",
                "",
                "",
                "",
            ),
        ],
        [
            ("Deputy President: Ayesha Cassim-Dlamini (independent), 3,876 votes", "", "", ""),
        ],
        [
            (
                "Secretary-General: Kagiso Motaung-Fourie (Progressive Students' Front), 3,540 votes",
                "",
                "",
                "",
            ),
        ],
        [
            ("Treasurer: Refilwe Nkosi-Jacobs (Students First), 3,301 votes", "", "", ""),
        ],
        [
            (
                "Remaining 11 seats: Progressive Students' Front 6, Students First 3, independents 2",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Mahlangu-Peters, a fourth-year law student, said his first task would be the 1,200 students still waiting for a residence place.",
                "Thabiso Mahlangu-Peters",
                "said",
                "W",
            ),
            (
                "“Nobody should be sleeping in a library,” he said.",
                "Thabiso Mahlangu-Peters",
                "said",
                "",
            ),
        ],
        [
            ("Students First won four of the 15 seats, down from seven last year.", "", "", "W"),
        ],
        [
            (
                "Cassim-Dlamini, the first independent to win a top-four post since 2011, said she would not join either party's caucus.",
                "Ayesha Cassim-Dlamini",
                "said",
                "W",
            ),
            (
                "“I answer to the students who voted for me, not to a slate,” she said.",
                "Ayesha Cassim-Dlamini",
                "said",
                "",
            ),
        ],
        [
            (
                "Turnout was highest in the Faculty of Health Sciences, at 41%, and lowest in Economic and Management Sciences, at 16%, the Elections Office said.",
                "the SRC Elections Office",
                "said",
                "W",
            ),
        ],
        [
            ("Want to write, shoot or design for the Tribune?", "", "", "B"),
            (
                "Our next intake meeting is at 18:00 on Thursday in Room 2.14 of the Student Centre.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The new council will be sworn in at 14:00 on Friday, 28 August, in the Great Hall, the Elections Office said.",
                "the SRC Elections Office",
                "said",
                "W",
            ),
        ],
        [
            ("Voting was mostly calm.", "", "", ""),
        ],
        [
            (
                "One polling station, in the Agriculture Building, opened two hours late on the first day because the ballot boxes had not been delivered.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Students First said it had lodged an objection over the 212 ballots cast at that station.",
                "Students First",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Elections Office said the objection would be heard by the Student Court on 2 September.",
                "the SRC Elections Office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dean of Students Prof. Hendrik Olivier-Mthembu said the university would fund a second residence shuttle from September, one of the outgoing council's demands.",
                "Hendrik Olivier-Mthembu",
                "said",
                "W",
            ),
            (
                "“The new council will not have to fight for that one,” he said.",
                "Hendrik Olivier-Mthembu",
                "said",
                "",
            ),
        ],
        [
            (
                "Outgoing SRC president Naledi Sekgobela-Smit said her council had handed over R1.3 million in unspent funds.",
                "Naledi Sekgobela-Smit",
                "said",
                "W",
            ),
        ],
        [
            ("“It is their money now.", "Naledi Sekgobela-Smit", "said", ""),
            ("Spend it well,” she said.", "Naledi Sekgobela-Smit", "said", ""),
        ],
        [
            (
                "Editor's note: Tribune sports editor Refilwe Nkosi-Jacobs was a candidate in this election and took no part in this report.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Tribune is editorially independent of Thornveld University and the SRC.",
                "",
                "",
                "B",
            ),
            ("It is funded by advertising and a grant from the Student Media Trust.", "", "", "B"),
        ],
        [
            ("Tags: SRC elections 2026, Student governance, Residences", "", "", "B"),
        ],
        [
            ("Comments (23)", "", "", "B"),
        ],
        [
            ("Comments that are defamatory, racist or sexist will be removed.", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Residence waiting list hits 1,200 as semester begins", "", "", "B"),
        ],
        [
            ("Opinion: Why I won't be voting this year", "", "", "B"),
        ],
        [
            ("© 2026 The Thornveld Tribune", "", "", "B"),
        ],
    ],
    [
        [
            ("KHWR 7 NEWS", "", "", "B"),
        ],
        [
            (
                "News   Weather   First Alert Traffic   Sports   Video   Watch Live   Contests   Contact Us",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "WEATHER ALERT: Dense fog advisory for Linn, Benton and Johnson counties until 10 a.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("WATCH LIVE: KHWR 7 News at Noon", "", "", "B"),
        ],
        [
            (
                "Tyndall Street Bridge in Marlow Falls to close for 14 months starting June 2",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Cody Brandvold-Ortiz", "", "", "B"),
        ],
        [
            ("Published: May 12, 2026 at 5:48 PM CDT", "", "", "B"),
        ],
        [
            ("Watch Cody's full report from the bridge in the video player above.", "", "", "B"),
        ],
        [
            (
                "MARLOW FALLS, Iowa (KHWR) - The Tyndall Street Bridge over the Cedar River will close to all traffic on June 2 for a $23.4 million replacement, city engineers said Tuesday.",
                "city engineers",
                "said",
                "W",
            ),
        ],
        [
            (
                "The bridge carries about 11,800 vehicles a day, according to the Iowa Department of Transportation.",
                "the Iowa Department of Transportation",
                "according to",
                "W",
            ),
            (
                "The city said it expects the new bridge to open in August 2027.",
                "The city",
                "said",
                "",
            ),
        ],
        [
            ("The current bridge opened in 1958.", "", "", "W"),
        ],
        [
            (
                "The contract went to Linnhaven Construction, the lowest of four bidders, at $21.9 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("That's 14 months of detours.", "", "", ""),
        ],
        [
            ("Detour routes", "", "", ""),
        ],
        [
            (
                "Eastbound traffic will be sent north to the Harmon Road Bridge; westbound traffic will go south on Highway 151 and Fourth Street.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Pedestrians can use the Riverwalk footbridge, which stays open.", "", "", "W"),
        ],
        [
            ("What it means for buses", "", "", ""),
        ],
        [
            (
                "Marlow Falls Transit said routes 3 and 7 would move to Harmon Road for the length of the closure, adding about 10 minutes to each trip.",
                "Marlow Falls Transit",
                "said",
                "W",
            ),
        ],
        [
            (
                "Police Chief Dana Whitcombe-Ruiz said officers would direct traffic at the Harmon Road intersection for the first two weeks of the closure.",
                "Dana Whitcombe-Ruiz",
                "said",
                "W",
            ),
        ],
        [
            ('"Give yourself an extra 15 minutes," she said.', "Dana Whitcombe-Ruiz", "said", ""),
        ],
        [
            (
                "The city will hold a public meeting about the closure at 6 p.m. May 20 at Marlow Falls City Hall, 410 Second Ave. SE.",
                "",
                "",
                "W",
            ),
            ("Residents can also submit questions online until May 27.", "", "", "W"),
        ],
        [
            (
                "Delia Fairweather-Nunez, who owns Tyndall Street Donuts at the bridge's west end, told KHWR 7 her sales fell by about a third during a three-week lane closure last fall.",
                "Delia Fairweather-Nunez",
                "told KHWR 7",
                "W",
            ),
        ],
        [
            (
                '"Fourteen months is a long time to live on a detour."',
                "Delia Fairweather-Nunez",
                "told KHWR 7",
                "",
            ),
        ],
        [
            (
                "She said she has asked the city about help for businesses on the bridge approaches.",
                "Delia Fairweather-Nunez",
                "said",
                "",
            ),
            (
                "The city said it has no program to compensate businesses for lost sales during construction.",
                "The city",
                "said",
                "W",
            ),
        ],
        [
            (
                "Download the KHWR 7 First Alert Weather app to get road closure alerts on your phone.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                'City engineer Ron Takahashi-Boyle said a 2023 inspection rated the bridge\'s deck in "poor" condition and found corrosion in two of its four piers.',
                "Ron Takahashi-Boyle",
                "said",
                "W",
            ),
            (
                "\"It's safe today, but it's not going to be safe forever,\" he said.",
                "Ron Takahashi-Boyle",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the new bridge would have a 10-foot-wide bike lane on its north side.",
                "Ron Takahashi-Boyle",
                "said",
                "W",
            ),
        ],
        [
            ("Not everyone is unhappy.", "", "", ""),
        ],
        [
            (
                "Gus Halloran-Pryce, who lives two blocks from the bridge, said he has complained to the city about cracks in its sidewalk since 2019.",
                "Gus Halloran-Pryce",
                "said",
                "W",
            ),
            ('"I\'ll take the detour," he said.', "Gus Halloran-Pryce", "said", ""),
        ],
        [
            (
                "Federal grants cover $16.1 million of the cost; the rest comes from the city's local-option sales tax.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Additional reporting by KHWR 7's Maddie Ferreira-Quist.", "", "", "B"),
        ],
        [
            ("Have a news tip?", "", "", "B"),
            ("Email newsdesk@khwr7.com or call 319-555-0147.", "", "", "B"),
        ],
        [
            ("Copyright 2026 KHWR.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Linn County deputies identify man killed in Highway 13 crash", "", "", "B"),
        ],
        [
            ("Marlow Falls school board approves four-day week for 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("DRUMLACHIE ATHLETIC FC", "", "", "B"),
        ],
        [
            ("Principal Partner: Glenmorva Distillery", "", "", "B"),
        ],
        [
            (
                "News   Tickets   Fixtures   Teams   Shop   Hospitality   Academy   Community   Athletic TV",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Club News", "", "", "B"),
        ],
        [
            ("North Stand to close for roof repairs from 1 February", "", "", "W"),
        ],
        [
            ("Club Statement · 21 January 2026 · 3 min read", "", "", "B"),
        ],
        [
            (
                "Drumlachie Athletic can confirm that the North Stand at Lachie Park will close from Sunday, 1 February, after an inspection found corrosion in four of the roof's steel trusses.",
                "Drumlachie Athletic",
                "can confirm",
                "W",
            ),
        ],
        [
            ("The stand holds 2,350 of the ground's 7,400 seats.", "", "", "W"),
            (
                "Repairs are due to finish before the home match against Port Dalgety on Saturday, 28 March.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The rest of the ground is unaffected.", "", "", "W"),
        ],
        [
            ("The North Stand opened in 1974 and was last reroofed in 1996.", "", "", "W"),
        ],
        [
            ("Where North Stand season ticket holders will sit", "", "", ""),
        ],
        [
            ("Sections N1 to N3: East Stand, Block E", "", "", ""),
        ],
        [
            ("Sections N4 and N5: Main Stand, Block C", "", "", ""),
        ],
        [
            ("Family section N6: Main Stand, Block F", "", "", ""),
        ],
        [
            (
                "All 1,918 North Stand season ticket holders will be emailed their new seat numbers by Friday, 30 January.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Disabled supporters' bays on the North Stand concourse will move to the East Stand.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Away supporters, who are normally housed in the west end of the North Stand, will be moved to the South Terrace, the club said.",
                "the club",
                "said",
                "W",
            ),
        ],
        [
            (
                "The club has asked Police Scotland to approve the change for the match against Inverbrora Rovers on 7 February.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hospitality in the North Stand lounges will also close, and bookings will be moved to the Main Stand suite.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Athletic TV subscribers can watch manager Gavin McLusky's full pre-match press conference now.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Manager Gavin McLusky said the squad had been told about the closure on Tuesday.",
                "Gavin McLusky",
                "said",
                "W",
            ),
        ],
        [
            ("“The noise comes from wherever our fans are,” he said.", "Gavin McLusky", "said", ""),
        ],
        [
            ("“They'll find us.”", "Gavin McLusky", "said", ""),
        ],
        [
            (
                "Chief executive Fiona Abernethy-Kerr said the club had spent £410,000 on the stand since 2021 and the repairs would cost a further £280,000.",
                "Fiona Abernethy-Kerr",
                "said",
                "W",
            ),
            ("“Nobody will be out of pocket,” she said.", "Fiona Abernethy-Kerr", "said", ""),
        ],
        [
            (
                "“Every supporter who wants a seat will have one.”",
                "Fiona Abernethy-Kerr",
                "said",
                "",
            ),
        ],
        [
            (
                "The contractor, Caldermuir Steel Ltd., was appointed after a tender in December, the club said.",
                "the club",
                "said",
                "W",
            ),
        ],
        [
            (
                "Supporters who would rather take a refund can claim £19 for each of the four home league matches affected, the club said.",
                "the club",
                "said",
                "W",
            ),
        ],
        [
            (
                "Shop the new 2026/27 away kit now, with 20% off for members until Sunday.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Drumlachie Athletic Supporters' Trust said it had first raised concerns about leaks in the North Stand roof in a letter to the board in August 2024.",
                "The Drumlachie Athletic Supporters' Trust",
                "said",
                "W",
            ),
        ],
        [
            ("“We're glad it's being done.", "the trust", "said", ""),
            ("We'd have been gladder two years ago,” the trust said.", "the trust", "said", ""),
        ],
        [
            ("The club thanks supporters for their patience.", "", "", ""),
        ],
        [
            (
                "Supporters with questions should email ticketing@drumlachieathletic.co.uk or call the ticket office on 01555 300 700.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ENDS", "", "", "B"),
        ],
        [
            (
                "Download the official Drumlachie Athletic app for match-day news, tickets and your digital season card.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Ticket details confirmed for Scottish Cup tie at Inverbrora", "", "", "B"),
        ],
        [
            ("Academy graduate Lewis Gatenby-Ross signs first professional contract", "", "", "B"),
        ],
        [
            (
                "Official Partners: Glenmorva Distillery · Dalgety Motors · Lachie Print & Design",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Drumlachie Athletic Football Club Ltd. 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("Gaeilge  |  Accessibility  |  Contact Us  |  Pay Online", "", "", "B"),
        ],
        [
            ("Mayo County Council", "", "", "B"),
        ],
        [
            ("Comhairle Contae Mhaigh Eo", "", "", "B"),
        ],
        [
            (
                "We use cookies to make this website work and to understand how you use it.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accept all   Reject non-essential   Settings", "", "", "B"),
        ],
        [
            ("Home > News > Roads and Transport", "", "", "B"),
        ],
        [
            ("Kilcrenna Main Street to close for water mains works from 9 March", "", "", "W"),
        ],
        [
            ("Published: Thursday 19 February 2026", "", "", "B"),
        ],
        [
            (
                "Mayo County Council, working with Uisce Éireann, will replace 1.6 kilometres of water main in Kilcrenna town centre between 9 March and 29 May.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The works are funded by Uisce Éireann at a cost of €3.2 million.", "", "", "W"),
        ],
        [
            (
                "The existing cast-iron main dates from 1938 and has burst 14 times since 2020.",
                "",
                "",
                "W",
            ),
            (
                "Main Street will be closed to through traffic from 9 March to 17 April, and Chapel Street from 20 April to 29 May.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Closures and diversions", "", "", ""),
        ],
        [
            (
                "Main Street (Bridge Street to Castle Road): closed 9 March to 17 April, 7am to 7pm, Monday to Saturday",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Chapel Street: closed 20 April to 29 May, 7am to 7pm, Monday to Saturday",
                "",
                "",
                "",
            ),
        ],
        [
            ("Bridge Street: local access only throughout the works", "", "", ""),
        ],
        [
            (
                "Parking on The Square will be free on weekdays for the duration of the works.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bus Éireann's route 450 will use a temporary stop on Castle Road instead of Main Street.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Diversions will be signposted via Castle Road and the Old Mill Road.", "", "", "W"),
            (
                "Access for residents, emergency vehicles and deliveries will be maintained at all times.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sign up for road closure alerts by text or email from Mayo County Council.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related: Roadworks schedule for the Kilcrenna Municipal District 2026", "", "", "B"),
        ],
        [
            (
                "A public information evening will be held in Kilcrenna Community Centre on Tuesday 3 March from 4pm to 8pm, where residents can meet the project team.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We know this will be disruptive for the businesses on Main Street, and we have asked the contractor to keep every shopfront open and accessible,” said the Cathaoirleach of the Kilcrenna Municipal District, Cllr Bríd Ní Bhraonáin-Moran.",
                "Bríd Ní Bhraonáin-Moran",
                "said",
                "",
            ),
            (
                "“Kilcrenna is open for business throughout,” she said.",
                "Bríd Ní Bhraonáin-Moran",
                "said",
                "",
            ),
        ],
        [
            (
                "Senior engineer Seán Kearney-Dolan said leakage in the town's network, estimated at 41% of the water supplied, would be cut by more than half.",
                "Seán Kearney-Dolan",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the contractor, Loughmore Civil Engineering Ltd., had carried out similar works in two other towns in the county last year.",
                "Seán Kearney-Dolan",
                "said",
                "W",
            ),
        ],
        [
            (
                "A liaison officer, Aoife Gallagher-Reidy, will be on site every weekday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Why the works are needed", "", "", ""),
        ],
        [
            (
                "Homes on the Kilcrenna network had their water supply interrupted 31 times last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Project timeline", "", "", ""),
        ],
        [
            ("9 March: Works begin on Main Street.", "", "", "W"),
        ],
        [
            ("17 April: Main Street reopens.", "", "", "W"),
        ],
        [
            ("20 April: Works move to Chapel Street.", "", "", "W"),
        ],
        [
            ("29 May: Works are complete and road surfaces restored.", "", "", "W"),
        ],
        [
            (
                "This page was updated on 20 February 2026 to correct the end date of the Chapel Street closure to 29 May.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("This notice will be updated if dates change.", "", "", "B"),
        ],
        [
            ("Contact: Roads Section, Kilcrenna Area Office, tel. 094 555 0123.", "", "", "B"),
            ("Media queries: Communications Office, Áras an Chontae.", "", "", "B"),
        ],
        [
            ("Was this page helpful?", "", "", "B"),
        ],
        [
            ("Yes   No", "", "", "B"),
        ],
        [
            ("Last updated: 20 February 2026", "", "", "B"),
        ],
        [
            ("Share: Facebook  X  Email  Print", "", "", "B"),
        ],
        [
            (
                "© Mayo County Council 2026 | Privacy Statement | Data Protection | Freedom of Information",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("SULO | Center for Investigative Reporting", "", "", "B"),
        ],
        [
            (
                "Investigations   Health   Environment   Governance   Data   About   Donate",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read this story in Filipino", "", "", "B"),
        ],
        [
            (
                "Seven dialysis patients died in 11 weeks at a Pampanga clinic that inspectors had flagged twice",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Maricel Dizon-Alcaraz and Jonah Villaflor-Tan", "", "", "B"),
        ],
        [
            ("March 18, 2026", "", "", "B"),
        ],
        [
            (
                "This story was produced in partnership with the Mekong-Pacific Health Reporting Fund.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Between Oct. 2 and Dec. 17 last year, seven patients who had their blood filtered at the Bayanihan Renal Care Center in Sto. Rosario Viejo, Pampanga, died, according to death certificates obtained by Sulo.",
                "death certificates obtained by Sulo",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Inspectors from the Department of Health's Central Luzon office cited the clinic in 2024 and again in June 2025 for reusing dialyzer filters more often than its own procedures allow, inspection reports show.",
                "inspection reports",
                "show",
                "W",
            ),
            ("The clinic was not suspended.", "", "", "W"),
        ],
        [
            ("Its doors are still open.", "", "", "W"),
        ],
        [
            ("The patients", "", "", ""),
        ],
        [
            ("Rogelio Lacap, 67, died Oct. 2", "", "", ""),
        ],
        [
            ("Editha Pangilinan-Cruz, 58, died Oct. 19", "", "", ""),
        ],
        [
            ("Teodoro Yabut, 71, died Nov. 4", "", "", ""),
        ],
        [
            ("Estrella Galang, 63, died Nov. 21", "", "", ""),
        ],
        [
            (
                "Three other patients, whose families asked that their names not be published",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Rogelio Lacap's daughter, Lorna Lacap-Dela Rosa, said her father had a fever after every session in his last month.",
                "Lorna Lacap-Dela Rosa",
                "said",
                "W",
            ),
        ],
        [
            ("“They told us it was his age.”", "Lorna Lacap-Dela Rosa", "said", ""),
        ],
        [
            (
                "She said the family complained to the clinic in writing twice, on Sept. 28 and Oct. 1.",
                "Lorna Lacap-Dela Rosa",
                "said",
                "W",
            ),
        ],
        [
            ("Sulo is a nonprofit newsroom.", "", "", "B"),
            ("Stories like this take months and cost money.", "", "", "B"),
            ("Donate today and help us keep investigating.", "", "", "B"),
        ],
        [
            (
                "Two former nurses told Sulo that filters were routinely reused up to 12 times, against a limit of eight in the clinic's own manual.",
                "Two former nurses",
                "told Sulo",
                "W",
            ),
        ],
        [
            (
                "“We were told there was no budget for new ones,” said one of the nurses, who asked not to be named because she still works in the industry.",
                "one of the nurses",
                "said",
                "",
            ),
        ],
        [
            (
                "A new dialyzer costs about ₱1,800, according to price lists from two suppliers.",
                "price lists from two suppliers",
                "according to",
                "W",
            ),
            ("The clinic charges PhilHealth ₱4,000 for each session.", "", "", "W"),
        ],
        [
            (
                "The clinic's medical director, Dr. Arnel Sicat-Villanueva, said in a written reply that the deaths were “consistent with the patients' underlying conditions” and that the clinic had stopped reusing filters in January.",
                "Arnel Sicat-Villanueva",
                "said in a written reply",
                "W",
            ),
        ],
        [
            (
                "He said the clinic had 46 patients on its roster and had lost none since January.",
                "Arnel Sicat-Villanueva",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Department of Health's Central Luzon office said it had opened an investigation on March 2.",
                "The Department of Health's Central Luzon office",
                "said",
                "W",
            ),
        ],
        [
            ("Its inspectors visited the clinic on March 5.", "", "", "W"),
            (
                "Sto. Rosario Viejo's mayor, Ramil Dungca-Lansangan, did not respond to questions sent on March 9.",
                "Ramil Dungca-Lansangan",
                "did not respond to questions",
                "",
            ),
        ],
        [
            ("Families are still waiting.", "", "", ""),
        ],
        [
            ("How we reported this story", "", "", ""),
        ],
        [
            (
                "Sulo reviewed 214 pages of inspection reports obtained through a freedom of information request.",
                "",
                "",
                "W",
            ),
            (
                "It interviewed the families of five of the seven patients and two former nurses at the clinic.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Our journalism is funded by readers and by grants from foundations, which have no say over what we publish.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Republish this story for free under a Creative Commons license.", "", "", "B"),
        ],
        [
            ("Maricel Dizon-Alcaraz is Sulo's health reporter.", "", "", "B"),
            ("Jonah Villaflor-Tan is a data reporter based in Quezon City.", "", "", "B"),
        ],
        [
            (
                "If you have information about this clinic or another, contact us securely at tips@sulo.ph.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Dialysis, Pampanga, Department of Health, Patient safety", "", "", "B"),
        ],
        [
            ("© 2026 Sulo Center for Investigative Reporting, Inc.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE DAILY KLAXON", "", "", "B"),
        ],
        [
            ("News   Showbiz   Sport   TV   Money   Travel   Puzzles   Shop", "", "", "B"),
        ],
        [
            ("Lotto jackpot rolls to £14m – check your numbers", "", "", "B"),
        ],
        [
            ("News › UK News", "", "", "B"),
        ],
        [
            (
                "RATS IN THE BATTER: Seaside chippy fined £8,400 after droppings found next to fryers",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Inspectors found a ‘significant’ rat problem at the Skelby-on-Sea takeaway – and the owner had been warned twice before",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Kayleigh Brunton-Shaw, News Reporter", "", "", "B"),
        ],
        [
            ("15:42, 3 Jun 2026 | Updated 16:10, 3 Jun 2026", "", "", "B"),
        ],
        [
            (
                "The Golden Haddock on Skelby seafront was closed for five days in March.",
                "",
                "",
                "W",
            ),
            ("(Image: Klaxon Media)", "", "", "B"),
        ],
        [
            (
                "A seaside chippy has been fined £8,400 after inspectors found rat droppings next to its fryers.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Golden Haddock, on Skelby-on-Sea's Marine Parade, was also ordered to pay £2,150 costs at Hull Magistrates' Court on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Owner Darren Pickersgill, 52, admitted four food hygiene offences.", "", "", "W"),
        ],
        [
            ("Pickersgill bought the business in 2019.", "", "", "W"),
        ],
        [
            ("It was not the first warning.", "", "", ""),
        ],
        [
            (
                "Prosecuting for East Riding of Yorkshire Council, Harriet Okafor-Lyle said inspectors had visited in 2023 and 2024 and told him to seal gaps around pipes in the kitchen.",
                "Harriet Okafor-Lyle",
                "said",
                "W",
            ),
            (
                "When they returned on March 11 this year, they found droppings on shelves, in a flour bin and beside the fryers, she said.",
                "Harriet Okafor-Lyle",
                "said",
                "W",
            ),
        ],
        [
            (
                "“It was, frankly, a rat run,” she told the court.",
                "Harriet Okafor-Lyle",
                "told the court",
                "",
            ),
        ],
        [
            (
                "District Judge Aled Mercer-Quigley said the failures were “serious and long-standing” and the fine reflected Pickersgill's guilty pleas.",
                "Aled Mercer-Quigley",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sign up to the Klaxon's free daily newsletter for the stories everyone's talking about.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Don't miss: Couple who spent £90,000 on their dream caravan say they'd do it all again",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Defending, Neil Atherstone said Pickersgill had spent £6,000 on pest control since the inspection and the chippy had reopened after five days.",
                "Neil Atherstone",
                "said",
                "W",
            ),
        ],
        [
            ("“He is mortified,” Mr Atherstone said.", "Neil Atherstone", "said", ""),
        ],
        [
            (
                "The shop closed voluntarily for five days while pest controllers treated it.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The takeaway's food hygiene rating was cut from four to zero.", "", "", "W"),
            ("It has since been re-inspected and now has a rating of three.", "", "", "W"),
        ],
        [
            ("Customers didn't seem put off on Wednesday.", "", "", ""),
        ],
        [
            ("A queue stretched along Marine Parade at lunchtime.", "", "", ""),
        ],
        [
            (
                "Regular Brenda Walmsley, 74, told the Klaxon: “I've been coming here for 30 years and never had a bad bit of fish.”",
                "Brenda Walmsley",
                "told the Klaxon",
                "",
            ),
        ],
        [
            (
                "“Rats or no rats, I'll be back on Friday.”",
                "Brenda Walmsley",
                "told the Klaxon",
                "",
            ),
        ],
        [
            (
                "Pickersgill declined to comment when approached by the Klaxon.",
                "Darren Pickersgill",
                "declined to comment",
                "",
            ),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("Email news@dailyklaxon.co.uk or WhatsApp us on 07700 900412.", "", "", "B"),
        ],
        [
            (
                "Follow the Klaxon on Facebook, Instagram and TikTok for all the latest news.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("We moderate all comments before they are published.", "", "", "B"),
            ("Comments which break our rules will be removed.", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            ("Mum's fury as school bans packed lunches with crisps", "", "", "B"),
        ],
        [
            ("2", "", "", "B"),
        ],
        [
            ("Bank holiday traffic warning as 14 million trips expected", "", "", "B"),
        ],
        [
            ("© Klaxon Media Group Ltd 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("MERCANTILE WEEKLY", "", "", "B"),
        ],
        [
            (
                "Markets   Companies   Economy   Industry   Personal Finance   Opinion   Magazine   ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sensex 78,412.6 ▼0.3%  ·  Nifty 23,811.4 ▼0.2%  ·  USD/INR 84.12", "", "", "B"),
        ],
        [
            ("Companies › Auto", "", "", "B"),
        ],
        [
            ("Vaitarna Tyres' Q4 profit falls 38% as rubber costs bite", "", "", "W"),
        ],
        [
            (
                "Pune-based tyre maker blames a 22% jump in natural rubber prices; shares slide 6.1%",
                "Vaitarna Tyres Ltd.",
                "blames",
                "W",
            ),
        ],
        [
            ("Anirudh Kulkarni-Bose | Mumbai | May 14, 2026, 18:25 IST", "", "", "B"),
        ],
        [
            ("Listen to this article · 4 min", "", "", "B"),
        ],
        [
            (
                "Vaitarna Tyres Ltd. said on Wednesday its net profit for the January-March quarter fell 38% from a year earlier to ₹112.4 crore, as natural rubber prices rose 22%.",
                "Vaitarna Tyres Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Vaitarna makes tyres for two-wheelers, cars and tractors at three plants in Maharashtra and one in Karnataka.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Revenue rose 7.2% to ₹2,846 crore.", "", "", "W"),
            (
                "Shares fell as much as 6.1% to ₹1,318 on the National Stock Exchange on Thursday, their biggest one-day fall since August.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Vaitarna Tyres: Q4 at a glance (₹ crore)", "", "", "B"),
        ],
        [
            ("Item | Q4 FY26 | Q4 FY25 | Change", "", "", "B"),
        ],
        [
            ("Revenue | 2,846.0 | 2,654.9 | +7.2%", "", "", ""),
        ],
        [
            ("EBITDA | 298.7 | 402.3 | –25.8%", "", "", ""),
        ],
        [
            ("Net profit | 112.4 | 181.3 | –38.0%", "", "", ""),
        ],
        [
            ("Source: Company filing with BSE", "", "", "B"),
        ],
        [
            (
                "Natural rubber averaged ₹198 a kg in the quarter, up from ₹162 a year earlier, according to Rubber Board data.",
                "Rubber Board data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The board recommended a final dividend of ₹6 a share, down from ₹9 last year, the company said.",
                "the company",
                "said",
                "W",
            ),
            ("Exports, about a fifth of sales, rose 14%.", "", "", "W"),
        ],
        [
            (
                "Managing director Meenakshi Raghavan-Iyer told analysts the company had raised prices by 3% in April and would raise them again in July.",
                "Meenakshi Raghavan-Iyer",
                "told analysts",
                "W",
            ),
            (
                "“We absorbed more than we should have,” she said.",
                "Meenakshi Raghavan-Iyer",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the company expected rubber prices to ease in the second half of the year.",
                "Meenakshi Raghavan-Iyer",
                "said",
                "",
            ),
        ],
        [
            (
                "Also read: India's tyre makers are betting big on the replacement market, and the numbers show why",
                "",
                "",
                "B",
            ),
        ],
        [
            ("You have read 3 of your 4 free articles this month.", "", "", "B"),
            ("Subscribe to Mercantile Weekly Premium for ₹99 a month.", "", "", "B"),
        ],
        [
            ("Margins under pressure", "", "", ""),
        ],
        [
            (
                "Kunal Wadhwa-Shetty, an analyst at Marinebridge Securities, said the company's operating margin of 10.5% was its lowest in 11 quarters.",
                "Kunal Wadhwa-Shetty",
                "said",
                "W",
            ),
            (
                "He cut his target price to ₹1,240 from ₹1,560 and kept a “hold” rating.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The price increases are coming a quarter too late,” he said.",
                "Kunal Wadhwa-Shetty",
                "said",
                "",
            ),
        ],
        [
            ("Rival Deccan Radial's margin fell to 11.8% in the same quarter.", "", "", "W"),
        ],
        [
            (
                "Vaitarna's debt rose to ₹1,410 crore at the end of March from ₹1,120 crore a year earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Investors are less forgiving.", "", "", ""),
        ],
        [
            ("The stock had gained 31% in the 12 months before the results.", "", "", "W"),
        ],
        [
            (
                "Correction: An earlier version of this article said revenue rose 2.7%; it rose 7.2%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "This article appeared in the print edition of Mercantile Weekly dated May 18, 2026.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Disclaimer: Analysts' views are their own and are not investment advice.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Mercantile Weekly is now on WhatsApp.", "", "", "B"),
            ("Click here to join our channel.", "", "", "B"),
        ],
        [
            ("Topics: Vaitarna Tyres, Q4 results, Auto ancillaries, Natural rubber", "", "", "B"),
        ],
        [
            ("© 2026 Mercantile Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MATAWEKA BAY BEACON", "", "", "B"),
        ],
        [
            ("News from the Bay, by the Bay", "", "", "B"),
        ],
        [
            (
                "Home   News   Events   Letters   Advertise   About   Support the Beacon",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Three Parade shops to close by Christmas as rent review lands", "", "", "W"),
        ],
        [
            (
                "Posted by Hine Rāwiri-Buchanan on 11 September 2026 in Business, Local news",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The Parade on a Saturday morning last month.", "", "", ""),
            ("Photo: Hine Rāwiri-Buchanan", "", "", "B"),
        ],
        [
            (
                "Three of the 14 shops on The Parade will close by the end of the year, their owners have told the Beacon.",
                "their owners",
                "have told the Beacon",
                "W",
            ),
        ],
        [
            ("The closures:", "", "", ""),
        ],
        [
            ("Kōwhai Books – last day 31 October", "", "", ""),
        ],
        [
            ("Parade Bakehouse – last day 20 December", "", "", ""),
        ],
        [
            ("Bay Shoe Repairs – closing when its lease ends in December", "", "", ""),
        ],
        [
            (
                "All three owners said their rent would rise by between 35% and 60% under a review by the building's owner, Pelorus Lane Holdings.",
                "All three owners",
                "said",
                "W",
            ),
        ],
        [
            ("Ngaio Fenwick-Tipene has run Kōwhai Books for 19 years.", "", "", "W"),
            (
                "She said her rent would go from $2,100 to $3,300 a month.",
                "Ngaio Fenwick-Tipene",
                "said",
                "W",
            ),
        ],
        [
            ('"I can\'t sell that many books."', "Ngaio Fenwick-Tipene", "said", ""),
        ],
        [
            (
                "Parade Bakehouse owner Mere Holloway-Tane said she had been offered a smaller unit in Pelorus Lane's new building on Bay Road at the same rent.",
                "Mere Holloway-Tane",
                "said",
                "W",
            ),
            (
                "\"It's half the size and there's no room for the ovens,\" she said.",
                "Mere Holloway-Tane",
                "said",
                "",
            ),
        ],
        [
            ("Bay Shoe Repairs has been on The Parade since 1987.", "", "", "W"),
        ],
        [
            (
                "Its owner, Vinod Chhibber-Lowe, is 71 and said the rent rise had made up his mind to retire.",
                "Vinod Chhibber-Lowe",
                "said",
                "W",
            ),
            ('"Somebody else can fix the shoes now," he said.', "Vinod Chhibber-Lowe", "said", ""),
        ],
        [
            ("The Beacon is reader-funded.", "", "", "B"),
            (
                "If you value local news from the Bay, become a supporter from $5 a month.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Pelorus Lane Holdings said in an email the new rents were in line with a market valuation it commissioned in June.",
                "Pelorus Lane Holdings",
                "said in an email",
                "W",
            ),
            ("It did not say what the valuation found.", "", "", ""),
        ],
        [
            (
                "The Parade is zoned for retail in the district plan, and the council has no say over rents, a Dunedin City Council spokesperson said.",
                "a Dunedin City Council spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Mataweka Bay Residents' Association has called a public meeting about the closures for 7pm on Wednesday 23 September at the Bay Bowling Club.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Councillor Tama O'Riordan-Hetaraka will attend, the association said.",
                "the association",
                "said",
                "W",
            ),
        ],
        [
            (
                "The association wrote to Pelorus Lane on 2 September asking it to delay the review by a year, its chair, Rawiri Tukaki-Moss, said.",
                "Rawiri Tukaki-Moss",
                "said",
                "W",
            ),
            ("Pelorus Lane has not replied, he said.", "Rawiri Tukaki-Moss", "said", "W"),
        ],
        [
            (
                "Mataweka Bay Night Market is back this Friday from 5pm – food trucks, live music and stalls still available!",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Not everyone is leaving.", "", "", ""),
        ],
        [
            (
                "The Parade's other 11 shops are on leases that do not come up for review until 2028 or later, according to the association.",
                "the association",
                "according to",
                "W",
            ),
        ],
        [
            ("Got a tip?", "", "", "B"),
            ("Flick us an email at tips@matawekabeacon.nz.", "", "", "B"),
        ],
        [
            (
                "Tags: The Parade, Small business, Rents, Mataweka Bay Residents' Association",
                "",
                "",
                "B",
            ),
        ],
        [
            ("4 comments", "", "", "B"),
        ],
        [
            ("Jo K. says:", "", "", "B"),
        ],
        [
            ("Sad news about the bakehouse.", "", "", "B"),
            ("Best pies in Dunedin.", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
        ],
        [
            ("© 2026 The Mataweka Bay Beacon | Proudly powered by WordPress", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n145-ca-caption-credit",
        "Workers leave the Corrigan bakery on Arvin Avenue after the morning shift on Monday. Dario Kostelac-Myers / The Bayfront Ledger",
        [
            "Workers leave the Corrigan bakery on Arvin Avenue after the morning shift on Monday.",
            "Dario Kostelac-Myers / The Bayfront Ledger",
        ],
    ),
    (
        "n145-ca-read-more",
        "Read more: Hamilton lost one in five of its factory jobs in a decade. These are the plants that closed.",
        [
            "Read more: Hamilton lost one in five of its factory jobs in a decade.",
            "These are the plants that closed.",
        ],
    ),
    (
        "n145-ca-correction",
        "Correction — Nov. 12, 2025: An earlier version of this article said the union represents all 380 workers at the plant. It represents 312 of them.",
        [
            "Correction — Nov. 12, 2025: An earlier version of this article said the union represents all 380 workers at the plant.",
            "It represents 312 of them.",
        ],
    ),
    (
        "n145-ca-related-am",
        "A Locke Street bakery is selling out of sourdough by 10 a.m. Its owner says she can't hire fast enough.",
        [
            "A Locke Street bakery is selling out of sourdough by 10 a.m.",
            "Its owner says she can't hire fast enough.",
        ],
    ),
    (
        "n145-ca-union-local",
        "Gord Lindqvist-Mahon, president of Bakers' Union Local 417, said the union learned of the decision about an hour before the workers did and has asked for the engineering report behind the $40-million figure. “If the numbers are real, show them to us,” Lindqvist-Mahon said. The local represents 312 of the plant's workers; the rest are managers and office staff.",
        [
            "Gord Lindqvist-Mahon, president of Bakers' Union Local 417, said the union learned of the decision about an hour before the workers did and has asked for the engineering report behind the $40-million figure.",
            "“If the numbers are real, show them to us,” Lindqvist-Mahon said.",
            "The local represents 312 of the plant's workers; the rest are managers and office staff.",
        ],
    ),
    (
        "n145-ke-caption-credit",
        "Passengers wait at Mombasa's Miritini terminus after trains to Nairobi were cancelled, May 7, 2026. EQUATOR WIRE/Halima Juma Bakari",
        [
            "Passengers wait at Mombasa's Miritini terminus after trains to Nairobi were cancelled, May 7, 2026.",
            "EQUATOR WIRE/Halima Juma Bakari",
        ],
    ),
    (
        "n145-ke-newsletter",
        "The Savanna Brief newsletter brings you the continent's top stories every weekday morning. Sign up here.",
        [
            "The Savanna Brief newsletter brings you the continent's top stories every weekday morning.",
            "Sign up here.",
        ],
    ),
    (
        "n145-ke-bio",
        "Wanjiru Kamau-Odhiambo covers East African economies and infrastructure from Nairobi. She previously reported on Kenya's energy sector for six years.",
        [
            "Wanjiru Kamau-Odhiambo covers East African economies and infrastructure from Nairobi.",
            "She previously reported on Kenya's energy sector for six years.",
        ],
    ),
    (
        "n145-au-caption-supplied",
        "The fire west of Tullamurra had burnt more than 18,000 hectares by nightfall on Wednesday. (Supplied: Rural Fire Service)",
        [
            "The fire west of Tullamurra had burnt more than 18,000 hectares by nightfall on Wednesday.",
            "(Supplied: Rural Fire Service)",
        ],
    ),
    (
        "n145-au-detour-tfnsw",
        "Transport for NSW said the highway would stay closed overnight and the detour via the New England Highway would add about three hours to trips. Drivers should avoid the area, it said.",
        [
            "Transport for NSW said the highway would stay closed overnight and the detour via the New England Highway would add about three hours to trips.",
            "Drivers should avoid the area, it said.",
        ],
    ),
    (
        "n145-sg-event-ad",
        "Join 600 port and terminal leaders at the Berthwatch Asia Terminal Summit, 15-16 September, Singapore. Early-bird tickets end on Friday.",
        [
            "Join 600 port and terminal leaders at the Berthwatch Asia Terminal Summit, 15-16 September, Singapore.",
            "Early-bird tickets end on Friday.",
        ],
    ),
    (
        "n145-sg-pte-ltd",
        "© 2026 Berthwatch Media Pte. Ltd. All rights reserved.",
        ["© 2026 Berthwatch Media Pte. Ltd.", "All rights reserved."],
    ),
    (
        "n145-sg-hoist-maker",
        "JBCT said a replacement hoist motor had been flown in from Shanghai and was being fitted. The crane's manufacturer did not respond to a request for comment.",
        [
            "JBCT said a replacement hoist motor had been flown in from Shanghai and was being fitted.",
            "The crane's manufacturer did not respond to a request for comment.",
        ],
    ),
    (
        "n145-za-intake-ad",
        "Want to write, shoot or design for the Tribune? Our next intake meeting is at 18:00 on Thursday in Room 2.14 of the Student Centre.",
        [
            "Want to write, shoot or design for the Tribune?",
            "Our next intake meeting is at 18:00 on Thursday in Room 2.14 of the Student Centre.",
        ],
    ),
    (
        "n145-za-funding",
        "The Tribune is editorially independent of Thornveld University and the SRC. It is funded by advertising and a grant from the Student Media Trust.",
        [
            "The Tribune is editorially independent of Thornveld University and the SRC.",
            "It is funded by advertising and a grant from the Student Media Trust.",
        ],
    ),
    (
        "n145-za-outgoing",
        "“It is their money now. Spend it well,” she said.",
        ["“It is their money now.", "Spend it well,” she said."],
    ),
    (
        "n145-us-ave-se",
        "The city will hold a public meeting about the closure at 6 p.m. May 20 at Marlow Falls City Hall, 410 Second Ave. SE. Residents can also submit questions online until May 27.",
        [
            "The city will hold a public meeting about the closure at 6 p.m. May 20 at Marlow Falls City Hall, 410 Second Ave. SE.",
            "Residents can also submit questions online until May 27.",
        ],
    ),
    (
        "n145-us-tip",
        "Have a news tip? Email newsdesk@khwr7.com or call 319-555-0147.",
        ["Have a news tip?", "Email newsdesk@khwr7.com or call 319-555-0147."],
    ),
    (
        "n145-sc-trust-gladder",
        "“We're glad it's being done. We'd have been gladder two years ago,” the trust said.",
        ["“We're glad it's being done.", "We'd have been gladder two years ago,” the trust said."],
    ),
    (
        "n145-sc-stand-seats",
        "The stand holds 2,350 of the ground's 7,400 seats. Repairs are due to finish before the home match against Port Dalgety on Saturday, 28 March.",
        [
            "The stand holds 2,350 of the ground's 7,400 seats.",
            "Repairs are due to finish before the home match against Port Dalgety on Saturday, 28 March.",
        ],
    ),
    (
        "n145-ie-tel-contact",
        "Contact: Roads Section, Kilcrenna Area Office, tel. 094 555 0123. Media queries: Communications Office, Áras an Chontae.",
        [
            "Contact: Roads Section, Kilcrenna Area Office, tel. 094 555 0123.",
            "Media queries: Communications Office, Áras an Chontae.",
        ],
    ),
    (
        "n145-ie-main-burst",
        "The existing cast-iron main dates from 1938 and has burst 14 times since 2020. Main Street will be closed to through traffic from 9 March to 17 April, and Chapel Street from 20 April to 29 May.",
        [
            "The existing cast-iron main dates from 1938 and has burst 14 times since 2020.",
            "Main Street will be closed to through traffic from 9 March to 17 April, and Chapel Street from 20 April to 29 May.",
        ],
    ),
    (
        "n145-ph-donate",
        "Sulo is a nonprofit newsroom. Stories like this take months and cost money. Donate today and help us keep investigating.",
        [
            "Sulo is a nonprofit newsroom.",
            "Stories like this take months and cost money.",
            "Donate today and help us keep investigating.",
        ],
    ),
    (
        "n145-ph-sto-mayor",
        "Its inspectors visited the clinic on March 5. Sto. Rosario Viejo's mayor, Ramil Dungca-Lansangan, did not respond to questions sent on March 9.",
        [
            "Its inspectors visited the clinic on March 5.",
            "Sto. Rosario Viejo's mayor, Ramil Dungca-Lansangan, did not respond to questions sent on March 9.",
        ],
    ),
    (
        "n145-uk-caption-image",
        "The Golden Haddock on Skelby seafront was closed for five days in March. (Image: Klaxon Media)",
        [
            "The Golden Haddock on Skelby seafront was closed for five days in March.",
            "(Image: Klaxon Media)",
        ],
    ),
    (
        "n145-uk-tip",
        "Got a story? Email news@dailyklaxon.co.uk or WhatsApp us on 07700 900412.",
        ["Got a story?", "Email news@dailyklaxon.co.uk or WhatsApp us on 07700 900412."],
    ),
    (
        "n145-in-paywall",
        "You have read 3 of your 4 free articles this month. Subscribe to Mercantile Weekly Premium for ₹99 a month.",
        [
            "You have read 3 of your 4 free articles this month.",
            "Subscribe to Mercantile Weekly Premium for ₹99 a month.",
        ],
    ),
    (
        "n145-in-pvt-ltd",
        "© 2026 Mercantile Media Pvt. Ltd. All rights reserved.",
        ["© 2026 Mercantile Media Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "n145-nz-caption-photo",
        "The Parade on a Saturday morning last month. Photo: Hine Rāwiri-Buchanan",
        ["The Parade on a Saturday morning last month.", "Photo: Hine Rāwiri-Buchanan"],
    ),
    (
        "n145-nz-comment",
        "Sad news about the bakehouse. Best pies in Dunedin.",
        ["Sad news about the bakehouse.", "Best pies in Dunedin."],
    ),
]
