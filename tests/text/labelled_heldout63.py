"""Sixty-third held-out set of hand-labelled pages for the hint engines (HELD-OUT: the engine's
authors are to see only its totals, never its pages, labels or cases; round thirty-nine): twelve
WHOLE pages, head to tail, of ORDINARY everyday news as pasted from a browser, one beat per page,
from twelve countries' outlets of ordinary kinds: an Australian regional daily (local politics,
Ballarat, Victoria); a Kenyan national paper's county page (health, Nakuru); an English local news
website (crime, Leicester); an Indian national paper's city page (transport, Pune); a Canadian wire
story on a web portal's finance page (business, Nova Scotia); a US local TV station's site (courts,
Columbus, Ohio); a Jamaican national daily's western page (weather, Montego Bay); a Pakistani
national English daily's Lahore page (education); a New Zealand regional daily's sport page
(athletics, Dunedin); a Sri Lankan national paper's website (environment, Kegalle District); an
Irish national broadcaster's website (housing, Galway); and a South African news portal carrying a
wire story (culture, Gqeberha). Each page has the furniture such a site really has at the head, in
the middle of the story and at the tail, worded the site's own way, and a story with several
speakers (named in full, then by surname, role, title or pronoun; spokespeople; "according to"),
figures, dates, ordinary opinions and scene-setting. The pages hold 517 sentences: 231 "B", 168
"W" and 118 ""; 220 sentences carry a speaker. `STYLES` describes each page, its story, its
speakers and its furniture in order.

Written from scratch in round thirty-nine, before any rule was tuned on it and without looking at
the engine's code or output: nothing under `claimreview/` was opened or listed, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/` or `tests/benchmarks/`, and no README of the project was read; `claimreview` was never
imported, and no test, scorer, engine or `pytest` was run. The search, fetch and repository tools
were not used, and nothing was copied from anywhere. The brief was read and `/tmp/brief` listed (it
held only the brief). `/tmp/sets` was listed three times: empty at first, then holding other
helpers' `labelled_heldout64.py` and `labelled_new88.py`, and at the end `labelled_new87.py` too,
seen as names only and never opened (though the name checks below grep `/tmp/sets` too, printing
only matched words from my own lists; a last pass over every capitalised word of this file, run
after those files had appeared and leaving this file out, found none of its coined names).
What was read for the format: the module docstrings of `labelled_new.py` and `labelled_new2.py`
(printed whole with `ast.get_docstring`); from `labelled_new85.py` and `labelled_new86.py`, a
script of my own using `ast` printed each docstring, `STYLES`, first two pages and first eight
`CASES` in one listing whose middle the tool cut (it showed the start of the `labelled_new85.py`
docstring and the `labelled_new86.py` pages and cases); the same listings were then saved to files
under /tmp/heldout63-scratch and parts printed with `sed`: the rest of the `labelled_new85.py`
docstring, its `STYLES` and the start of its first page and some of its cases (the tool cut the
middle of that print too; the cut stretch was printed again with lines cut to 600 characters), and
the `labelled_new86.py` docstring up to its "Splits." paragraph (lines cut to 900 characters);
`def build` in `tests/text/labelled_articles.py` (a `sed` range); and the `[tool.ruff]` tables of
`pyproject.toml` (`grep -A12`). No other page, case or docstring of any file under `tests/` was
read. What was run: a Python one-liner printing the calendars of October and November 2026 to check
weekdays; scripts of my own in /tmp/heldout63-scratch that turn a small line format into the
literals below, rename coined names, cut the split cases out of the pages and count sentences,
flags and speakers; whole-word, case-insensitive batch searches (`grep -rhoiwF -f`, Python files
only) over `/work/main/tests` and `/tmp/sets` of every word of these pages and of candidate
replacement names, whose output was only matched words from my own lists; and file counts (`grep
-rilF ... | wc -l`, all 0) of the outlet and other multi-word coined names; an import of this file
with `build` on every page; a checking script of my own (four string fields, flags, a cue for every
speaker and a speaker for every cue, no speaker on "B" lines, the counts above, 30 distinct case
ids, every case occurring verbatim in a built page and equal to its sentences joined by single
spaces); and `ruff format` and `ruff check` with `--config /work/main/pyproject.toml` and
`--no-cache` (the check reading the file through `--stdin-filename tests/text/labelled_heldout63.py`
so that the project's per-file ignores for `tests/**` apply; no such file was opened); at the
end, a read-only `git status --short` in the project (names only: four files under
`claimreview/text/` modified and three new files under `tests/text/` of other helpers, none
opened) and a listing of the project's `.ruff_cache` folder, which was created while these ruff
runs (all with `--no-cache`) and other helpers' work went on and was left alone. The first
draft's coined people, places, outlets and firms hit some 180 words of other files (even rare
given names and surnames of every country here); each was renamed to a syllable-built or checked
name, and only replacements with no hit were kept. What still hits is real places, regions, rivers
and bodies, common words, outlet words (Sentinel, Herald, Bugle, Courier, Gazette, Tidings,
Newswire), titles and name parts kept on purpose (Cr, Crs, Cllr, Dr, Mr, Mrs, Ms, DI, Mzee, Tata,
Ven, Thera, Nic), the patois "Mi", the nickname "Scrappy", and Sinhala and Urdu common words
(Vidyalaya, mohallas).

Every person, outlet, station call sign, portal, wire, firm, union, association, alliance, trust,
group, charity, school, temple, market, arts centre, street, suburb, village, estate, chowk, wharf,
club and number is invented. Real countries, regions, cities, rivers and public bodies appear only
as settings, with invented figures and invented people in their offices: Australia, Victoria,
Ballarat; Kenya, Nakuru, Kenyatta National Hospital, the Social Health Authority (SHA), the Ministry
of Health, Bomet and Naivasha (in links); England, Wales, Leicester, Leicestershire Police; India,
Pune, the Pune-Solapur highway, Solapur, Nashik, the Pune Municipal Corporation (PMC) and the Pune
Mahanagar Parivahan Mahamandal Ltd. (PMPML); Canada, Nova Scotia, Shelburne County, Halifax, New
Brunswick, China, the Toronto Stock Exchange and Fisheries and Oceans Canada; the United States,
Ohio, Columbus, Franklin County and its Common Pleas court, Hilliard and its police, Ohio State (in
a link); Jamaica, Montego Bay, St James, Hanover, Westmoreland, Trelawny and St Elizabeth, the
Meteorological Service of Jamaica, the National Works Agency (NWA) and ODPEM; Pakistan, Punjab,
Lahore, the School Education Department, the Pakistan Bureau of Statistics and the Lahore High
Court; New Zealand, Dunedin, Otago, Wellington, Christchurch, Invercargill, Hato Hone St John and
Dunedin Hospital; Sri Lanka, the Kegalle District, the Sabaragamuwa Province, the Maha Oya, Negombo
and Kerala (in a link), the Central Environmental Authority (CEA), the Geological Survey and Mines
Bureau (GSMB), Kegalle Police and the Kegalle Magistrate, the CPC (in a link); Ireland, Galway,
Connacht, Co Mayo (in a link), Galway City Council, the Housing Finance Agency, the Department of
Housing and its Cost Rental Equity Loan scheme and the Residential Tenancies Board; South Africa,
Gqeberha, the Nelson Mandela Bay Metropolitan Municipality, Makhanda and the Karoo (in links) and
Eskom (in a link). Facebook, X, Instagram and WhatsApp appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets state, as far as their docstrings were read, hold too:
furniture "B" line by line, whatever it says; a caption by its content and its credit "B";
headlines and standfirsts never split; a dateline belongs to its lead sentence; a pronoun, a later
surname or a role resolved to the full name as first given, without titles; an organisation's
later generic noun kept as written and "It" resolved to the name as first given; a quote over
several sentences carrying its speaker and cue; decisions, dates fixed, figures of record and an
institution's expected date "W"; hedges, estimates, intentions, forecasts, advice, opinions,
feelings and questions ""; a private person's own circumstances ""; strips, widgets and sponsor
lines "B"; story subheads ""; results lines of sport data "" and a results table's title "B".

Conventions this set had to settle, in the same spirit:

* Names. Titles and roles go: Mayor, Cr and Crs, Dr, Mr, Mr., Mrs., Ms, Mzee, DI and Detective
  Inspector, Cllr, Councillor (after a role: "Mayor of Montego Bay, Councillor Leighton
  Brammick-Sayers"), Judge, Ven. and the Xhosa honorific Tata. Name parts stay: the Kalenjin
  particle arap ("Kiptorus arap Tuwoyot"), the Irish Nic and Ó ("Gráinín Nic Fhlannghaile", "Ms Nic
  Fhlannghaile"; "Páidín Ó Loingeáin-Furlane"), Sri Lankan initials ("R.M.P. Lalindra
  Kumbukgollage" for "Mr. Kumbukgollage"; "H.M. Chandima Dehigolla-Mudiyanse"; "K.A. Seelawathie
  Pinnawalage"), Indian middle initials ("Mrinmayi R. Tambwekar-Gadre" for "Tambwekar-Gadre said";
  "Amol B. Rankhambe"; "Baburao N. Shedge-Kulmawe"), an apostrophe in a Luo given name ("Odhong’
  Abuyolo-Ramogi"), a nickname in quotes ("Deslon ‘Scrappy’ Nembewell-Roshay"), and a monk's
  "Thera", which is how the name is written ("Ambagolle Sumanathissa Thera", also for "the Thera
  said"). "the judge said" resolves to the judge's full name.
* Speakers kept as written: "county health officials" (standfirst), "Private school owners" and
  "Organisers" (standfirsts of groups without a proper name), "the force" and "The force", "A city
  council spokesman", "A Leicestershire Police spokesperson", "the company" (a lead's "the company
  said" and "In a news release, the company said"), "Analysts at Stannowe Securities" (cue "said in
  a note to clients"), "the province's economic development department" (cue "said" after "In an
  emailed statement"), "Prosecutors", "court records", "an affidavit filed by Hilliard police", "The
  report" after "a report tabled at the meeting", "The notification" after "a notification issued by
  the School Education Department" (and "It said" resolved to the latter, as first given), "the
  approved housing body behind the scheme" (cue "has said"), "A spokesperson for the Department of
  Housing" and then "the department", "the metro's adjustments budget", "the fire brigade" ("said at
  the time", cue "said"), "A Hato Hone St John spokeswoman". Standfirsts carrying a named body:
  "Swim club says" carries "Carrongate Swimming Club", "Police say" "Leicestershire Police", "Civic
  body says" "the Pune Municipal Corporation (PMC)", "director says" the arts centre's director. "It
  blamed" carries the processor with the cue "blamed"; "It urged" carries ODPEM (advice, "").
  "According to Dr Lelgatwei" carries "Kipsorei Lelgatwei" with the cue "according to". "told The
  Herald", "told the meeting", "told reporters", "told the judge", "told her from the bench", "said
  after the hearing", "said in the release", "said in a statement", "said in a release" and "said in
  isiXhosa" are cues as written.
* No speaker where nobody says anything: "Assistant Prosecuting Attorney ... had asked for five
  years." (a step in court, "W"); "They kept their “hold” rating on the stock." ("W"); "The
  Meteorological Service of Jamaica has extended a flash flood warning ..." (an act, "W"); "They
  were produced before the Kegalle Magistrate ..." after the police's statement ("W"); "The
  notification also bars ..." ("W").
* Furniture and story. The Kenyan "What you need to know:" label is "B" (a fixed site label) and
  the two bulleted summary lines under it are story ("W"). The English site's caption with its
  credit glued on ("Some of the e-bikes and tools recovered by officers (Image: Leicestershire
  Police)") is one line, labelled by its content (""). A reporter bio, tip lines, newsletter
  prompts, a consent sentence and an error message, comment policies (Jamaica, Pakistan, Sri
  Lanka), a print-edition line, an external-sites notice, a first-published line and the wire's
  sign-off are "B" sentence by sentence; a stock quote widget, a weather strip and a "Watch Live"
  strip are "B". Story lead-ins and subheads ("What the officers’ report says", "Cost of
  treatment", "Diversions from October 21:", "Owners push back", "Who can apply", "Results") are
  "", and the diversion lines and eligibility lines under them "W".
* Check-worthiness. Captions stating a checkable fact are "W" (a pool opened in 1974, a hall that
  seats 420, water across a named road); a video description of a guilty plea is "W". Official
  figures and facts inside quotes are "W" ("We have had two tenders come back more than $3 million
  over the estimate ...", "Bearings let a bridge move ... and these have reached the end of their
  life", "It was 214 decisions.", "Most of the people on that floor are women over 50.") beside ""
  feelings; a duty forecaster's and the Met Service's outlooks, an analysts' cost estimate, a
  department's expected approvals, a race director's musing about next year's cap, a school
  alliance's court challenge and a councillor's motion are ""; a race's next date, a hospital's
  hiring, a bus operator's extra buses, a works agency's overnight crews and a housing body's
  lottery date are "W"; patients', commuters', workers', vendors', parents' and villagers' own
  circumstances are "", while a union's, a Neighbourhood Watch organiser's and a principal's
  accounts of record are "W".

Splits. "Cr Orvaldy-Keach", "$14.2m", "9000 litres", "2025-26", "Pty Ltd. ABN 61 555 820 114."
before "All rights reserved.", "ottilene.trewhenna@goldfieldssentinel.com.au or call", "Dr
Lelgatwei", "Ksh. 6,000", "4am", "DI Pilcraddock-Oseku", "(Lab)", "Ltd., 4 Quornbury Yard,
Leicester LE1 9ZQ." before "Registered in England and Wales No. 08815274.", "Mrinmayi R.
Tambwekar-Gadre", "Rs 3.4 crore", "Amol B. Rankhambe", "8 am and 11 pm", "Ltd. (PMPML) said in a
statement." before "It said", "Route No. 174", "Pvt. Ltd." before "All rights reserved.", "N.S. —",
"Inc. will", "Dec. 18", "(TSX: SCY)", "$4.12", "9 a.m. Wednesday.", "Oct. 21, 2026." before "Story
by", "by Nov. 5." before "She will", "“about right.”" before a new quote, "WCOQ-TV." before "All
rights reserved.", "5 p.m. today", "7 a.m. Thursday.", "Mr Pusowell-McCalla", "4 p.m. Thursday.",
"5pc", "Rs500,000", "Rs14,500", "1hr 14min 52sec", "41sec", "1:14:52", "12km", "Mr. R.M.P. Lalindra
Kumbukgollage", "Mr. Kumbukgollage", "Mrs. H.M. Chandima", "Rs. 25,000", "Rs. 100,000", "Ven.
Ambagolle", "K.A. Seelawathie", "€1,150", "(FF)", "“ten schemes like this, not one”." before "He
said", "Oct 29 (SWS) –", "R18.6 million", "(Pty) Ltd." before "All rights reserved." never split a
sentence wrongly; a quoted question followed by its attribution ("Where are they supposed to go?”
she said.", "... is that right?” Tawhirikura-Brellis said.") is one sentence; a quote split inside
the marks ("“Most of the people on that floor are women over 50." / "Where are they supposed to
go?” she said.", "“These young people have lights ... does not leak." / "What is their excuse
now?”") is split where the reviewer wants it; lines without a stop each end one.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of
consecutive sentences of one paragraph of these pages joined by single spaces: what a reviewer
wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401

STYLES = [
    "Australian regional daily's local news page (Ballarat, Victoria), local politics: councillors vote 5-4 to shelve a pool upgrade; a mayor with Cr and a quote over two sentences, a councillor who told the meeting and then he said, a report (according to, then The report said), a council director with Ms, a swim club president whose club carries the standfirst through says, a ratepayers' group with In a statement and then It said, a vote line of councillors with Crs (masthead in capitals, weather-and-date strip with pipes, menu, section label, headline, standfirst, byline, Updated/first published line, share strip, caption and Picture by credit, Advertisement and READ MORE: links mid-story, a three-sentence reporter bio with a question and an email, newsletter prompt and Sign up, More from Local News, copyright with Pty Ltd. and an ABN)",
    "Kenyan national paper's county page (Nakuru), health: a sub-county hospital opens a dialysis unit; a county executive with Dr and a long title, a medical superintendent with Dr and then He and according to Dr with his surname, the standfirst carrying county health officials through say, a published benefits package, an elderly patient with Mzee and the particle arap and a quote over two sentences, his daughter with Ksh. and her quote, a nurses' union secretary with Mr and an apostrophe in his given name, a ministry's figures (masthead in capitals, date and e-paper strip, menu, section label with a slash, headline, standfirst, byline and correspondent title, Published on: line with EAT, Listen to this article and a running time, a What you need to know: label with two bulleted story lines, caption and Photo credit with a pipe, Advertisement and a Read: link mid-story, a story-tip email line, Related and two headlines, copyright and footer links)",
    "English local news website's crime page (Leicester): three men arrested over shed and garage break-ins; the force as first named, then the force said and The force said, a detective inspector with DI without a stop and a quote over two sentences, a delivery rider whose own circumstances are \"\", a Neighbourhood Watch organiser on Facebook, a ward councillor with a party in brackets and Cllr, a city council spokesman, a police spokesperson's appeal with a date in British order (site name, menu with pipes, section label, headline, standfirst with Police say, byline and title, time stamps in capitals, Bookmark and Comments, a caption with its (Image: ...) credit glued on, newsletter prompt, Sign up, a consent sentence and an error message, Read more: and two headlines, Join the conversation and a comment count, Most Read and two headlines, a follow strip, a publisher line with Ltd., an address and a postcode, and Registered in England and Wales No.)",
    'Indian national paper\'s city page (Pune), transport: a flyover closes for 45 days for bearing replacement; an executive engineer with a middle initial, a deputy commissioner of police with (Traffic) and a middle initial, am and pm without stops, a diversions lead-in and three bulleted story lines, the bus operator with Ltd. and an abbreviation in brackets after the claim with said in a statement and then It said, Route No. 174, a commuter whose own circumstances are "", an autorickshaw union president with a middle initial, a traffic count (according to), a helpline number (masthead in capitals, edition strip, menu, section label, headline, standfirst with Civic body says, byline with a slash, Updated: line with IST, Follow Us, Listen to this story, caption and bracketed photo credit, an ALSO READ | link and Advertisement mid-story, a WhatsApp follow prompt, Trending Stories and two headlines, copyright with Pvt. Ltd. and All rights reserved.)',
    "Canadian wire story on a web portal's finance page (Nova Scotia), business: a seafood processor closes a plant, cutting 140 jobs; a PORT ALDERHOPE, N.S. — dateline lead with Inc. and the company said, In a news release, It blamed, a chief executive with said in the release and a quote over two sentences, a share price line with (TSX: SCY), a union local president with 9 a.m. and a quote split inside the marks ending in a question, a mayor named by surname, a packing-line worker, the province's economic development department with In an emailed statement, Analysts at a brokerage with said in a note to clients and then They kept a rating (portal brand in lower case, portal menu, section label, headline, wire credit with a middle dot and a read time, date line with p.m. ADT, a stock quote widget, Story continues below and Advertisement mid-story, first-published line with Oct. 21, 2026., story-by line, privacy links, comment count, Sponsored Content, Recommended Stories and two headlines)",
    "US local TV station's site (Columbus, Ohio), courts: a former youth soccer league treasurer is sentenced to four years for theft; a COLUMBUS, Ohio — dateline lead, a judge who told her from the bench and then the judge said, court records (according to), Prosecutors said, an assistant prosecuting attorney who had asked for five years (no speaker) and then said after the hearing in a quote over two sentences, a defense attorney and then He, the defendant who told the judge, a league president with In a statement read in court, an affidavit (according to), a parent with a full stop inside the closing quote mark, Nov. 5. ending a sentence (station brand, weather strip, Watch Live strip, menu, section label, headline, Author: line, Published: and Updated: lines with EDT, VIDEO: title, its description and a 0:00 / 1:52 timestamp, a RELATED: link and Advertisement mid-story, app prompt, news-tip line with an email and a phone number, copyright with WCOQ-TV. and All rights reserved., More Videos and two headlines, Promoted Links)",
    'Jamaican national daily\'s western news page (Montego Bay, St James), weather: a flash flood warning is extended after 163mm of rain; a WESTERN BUREAU: lead with 5 p.m. and 7 a.m., a duty forecaster whose forecast is "" and whose record is "W", a works agency manager who told The Herald and then Mr with his surname and a quote over two sentences, a mayor with Councillor after his role, a taxi operator with a nickname in quotes and patois, a market vendor whose own circumstances are "" and a patois quote over two sentences, the disaster office with said in a release and then It urged, according to the Met Service with a forecast (masthead in capitals, date line with a pipe, menu, section label with a slash, headline, standfirst, reporter line with a slash and an email, Published: line with pipes, caption and Contributed credit, Advertisement and a RELATED STORY: link mid-story, Related Stories and two headlines, a comments heading and a two-sentence comment policy, copyright with Co. Ltd.)',
    "Pakistani national English daily's Lahore page, education: the province caps private school fee increases at five per cent; a LAHORE: lead with according to a notification, The notification said and It said resolved to the notification, a provincial minister who told reporters and then he said and Mr with his surname, an additional secretary, a subhead, a private schools alliance president with pc and a quote over two sentences, a parent with pc and Rs, a principal with Rs, a precedent without a speaker (masthead, e-paper strip with the Hijri date, menu, section label, headline, standfirst with Private school owners say, byline, Published and Updated lines, share strip with a comment count, caption and a dash-led Photo: File credit, a Read: link and Advertisement mid-story, a print-edition line, Comments (9), Closed and a moderation sentence, a WhatsApp follow prompt, an Education section pointer, Most Popular and two headlines, copyright)",
    'New Zealand regional daily\'s sport page (Dunedin), athletics: a half marathon draws a record field and a course record; times written 1hr 14min 52sec, 41sec and 1:14:52, the winner\'s quote ending in a quoted question with said after it, the men\'s winner named again by surname, a race director with figures and an intention, a Hato Hone St John spokeswoman, a walker whose feelings are "", a runner-up with a personal best, a Results subhead and a results table title followed by results lines that are sport data ("") (masthead in capitals, date and weather strip, menu, section label with ›, headline, standfirst with Organisers say, byline, date line, caption and Photo: credit, Advertisement mid-story, newsletter prompt and Sign up now, More Sport and two headlines, copyright)',
    "Sri Lankan national paper's website (Kegalle District), environment: the environmental authority suspends sand mining after a riverbank collapse; an authority with its abbreviation in brackets and the authority said after the claim, a provincial director with Mr. and three initials and then Mr. with his surname, a divisional secretary with Mrs. and two initials and Rs. amounts, the mines bureau with its abbreviation in brackets, a monk with Ven. and Thera and then the Thera said, a villager with two initials whose own circumstances are \"\" and a quoted question, the police and then a sentence without a speaker with Rs., a river protection group's spokesman with according to inside his claim, a trust's study (masthead in capitals, date, time and view-count strip, menu, section label, headline, byline, Print / Email / text-size strip, caption and Pic by credit, Advertisement mid-story, comment count, Add comment, a two-sentence comment notice, form labels Name, Email, Comment and Reply To:, Most Viewed and two headlines)",
    "Irish national broadcaster's website (Galway), housing: over 1,200 households apply for 86 cost-rental homes; a lead with the approved housing body behind the scheme has said, a chief executive with the Irish particle Nic and then Ms with her surname, a Who can apply subhead and two eligibility lines, according to Galway City Council, a council director of services and his quote, a nurse whose own circumstances are \"\", the Residential Tenancies Board's rent index (according to), a housing charity's policy officer, a councillor with Cllr, Ó in his surname and a party in brackets, a Department of Housing spokesperson and then The department said with a forecast (brand, menu, section label with ›, headline, Updated / line, byline with correspondent title, share strip, Listen and a running time, Watch: video title and a 02:16 running time, a Read more: link mid-story, tags with middle dots, an external-sites notice, Most Read and two headlines, copyright)",
    "South African news portal carrying a wire story (Gqeberha), culture: a township arts centre reopens after a restoration; a GQEBERHA, Oct 29 (SWS) – dateline lead with the metro said after the claim, a mayoral committee member with Cllr and a quote over two sentences, the centre's director whose standfirst carries director says, a veteran actor with the honorific Tata who said in isiXhosa and a quote continued over two sentences that ends in a question without an attribution, a drama student, an opposition councillor, the metro's adjustments budget (according to), the fire brigade said at the time (portal brand, menu, section label with ›, headline, standfirst, wire name, date line with SAST, read time, share strip, caption and Image: credit with a slash, Advertisement and an ALSO READ: link mid-story, the wire's sign-off, newsletter block, Trending and two headlines, Sponsored and a promotion, copyright with (Pty) Ltd. and All rights reserved.)",
]

ARTICLES = [
    [
        [
            ("THE GOLDFIELDS SENTINEL", "", "", "B"),
        ],
        [
            ("Ballarat 9° | Wednesday, October 14, 2026 | Today’s Paper | Subscribe", "", "", "B"),
        ],
        [
            ("Home  Local News  Sport  Community  Property  Obituaries  Puzzles", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Council shelves $14.2m Carrongate pool upgrade after 5-4 vote", "", "", "W"),
        ],
        [
            (
                "Swim club says families are ‘gutted’ as 52-year-old pool waits another two years",
                "Carrongate Swimming Club",
                "says",
                "",
            ),
        ],
        [
            ("By Ottilene Trewhenna", "", "", "B"),
        ],
        [
            (
                "Updated October 14 2026 - 7:10am, first published October 13 2026 - 11:52pm",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share  |  Save  |  Comment", "", "", "B"),
        ],
        [
            (
                "The 25-metre outdoor pool at the Carrongate Aquatic Centre, which opened in 1974.",
                "",
                "",
                "W",
            ),
            ("Picture by Lorthan Dunstrow-Pellarrow", "", "", "B"),
        ],
        [
            (
                "Ballarat councillors have voted to shelve a $14.2 million upgrade of the Carrongate Aquatic Centre, pushing the project back until at least the 2028-29 budget.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The motion to defer the work passed 5-4 at Tuesday night’s council meeting, after almost two hours of debate in front of a packed public gallery.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Jessaline Orvaldy-Keach, who moved the motion, said the council could not commit to the project while building costs were still climbing.",
                "Jessaline Orvaldy-Keach",
                "said",
                "W",
            ),
            (
                "“We have had two tenders come back more than $3 million over the estimate in the past 18 months,” Cr Orvaldy-Keach said.",
                "Jessaline Orvaldy-Keach",
                "said",
                "W",
            ),
            (
                "“I am not prepared to sign the city up for a blank cheque.”",
                "Jessaline Orvaldy-Keach",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the council would spend $480,000 this financial year on urgent repairs to the pool’s filtration plant and change rooms.",
                "Jessaline Orvaldy-Keach",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cr Fenrick Pelloquin, who voted against the deferral, told the meeting the centre had been on the council’s capital works list since 2019.",
                "Fenrick Pelloquin",
                "told the meeting",
                "W",
            ),
            (
                "“Every year we put it off, it gets dearer, and every year the people of Carrongate are told to wait,” he said.",
                "Fenrick Pelloquin",
                "said",
                "",
            ),
            (
                "He said the plant room had flooded twice since July.",
                "Fenrick Pelloquin",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("READ MORE:", "", "", "B"),
        ],
        [
            ("Ratepayers face 2.75 per cent rise in draft council budget", "", "", "B"),
        ],
        [
            ("New bus route to link Carrongate with the CBD from February", "", "", "B"),
        ],
        [
            ("What the officers’ report says", "", "", ""),
        ],
        [
            (
                "According to a report tabled at the meeting, the main pool loses about 9000 litres of water a day through cracks in its concrete shell.",
                "a report tabled at the meeting",
                "according to",
                "W",
            ),
            (
                "The report said the plant equipment was “beyond its economic life” and recommended the council budget for its replacement within three years.",
                "The report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Director of community infrastructure Elirona Haskettle said the centre recorded 118,000 visits in the 2025-26 financial year, down from 131,000 in 2018-19.",
                "Elirona Haskettle",
                "said",
                "W",
            ),
            (
                "She said officers would return to council in March with a staged plan that could split the upgrade into two smaller projects.",
                "Elirona Haskettle",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Haskettle said the pool would stay open while the repairs were done, apart from a two-week closure from January 18.",
                "Elirona Haskettle",
                "said",
                "W",
            ),
        ],
        [
            (
                "Carrongate Swimming Club president Maeveen Summerhayes said the decision was “gutting” for the families who had lobbied for the upgrade since before the pandemic.",
                "Maeveen Summerhayes",
                "said",
                "",
            ),
            (
                "“Our kids learn to swim in a pool that’s older than most of their grandparents,” she said.",
                "Maeveen Summerhayes",
                "said",
                "",
            ),
            (
                "“We’ll keep turning up, because what else are we going to do?”",
                "Maeveen Summerhayes",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms Summerhayes said the club had collected 2,614 signatures on a petition calling for the work to go ahead, which was presented to council in August.",
                "Maeveen Summerhayes",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement, the Ballarat Ratepayers Alliance said it backed the deferral and wanted the council to finish the projects it had already started.",
                "the Ballarat Ratepayers Alliance",
                "said",
                "",
            ),
            (
                "It said the council’s borrowings would reach $61 million by June 30 under the adopted budget.",
                "the Ballarat Ratepayers Alliance",
                "said",
                "W",
            ),
        ],
        [
            (
                "Crs Orvaldy-Keach, Fenwarrick, Achterbosch, Lindqvane and Dzhurova voted for the deferral, while Crs Pelloquin, Strathmuir, Kaminarou and Oyegbemi-Banks voted against.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council will next meet on October 27, when it is due to adopt a revised capital works program.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ottilene Trewhenna covers local government for The Goldfields Sentinel.",
                "",
                "",
                "B",
            ),
            ("Got a tip?", "", "", "B"),
            (
                "Email ottilene.trewhenna@goldfieldssentinel.com.au or call 03 5555 0192.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Start your day with the Sentinel’s morning briefing, in your inbox by 6am.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("More from Local News", "", "", "B"),
        ],
        [
            ("Ballarat’s oldest bakery marks 120 years in Carrongate", "", "", "B"),
        ],
        [
            ("Man charged after crash on Carrongate Road", "", "", "B"),
        ],
        [
            ("© 2026 Goldfields Sentinel Media Pty Ltd. ABN 61 555 820 114.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("JAMHURI HERALD", "", "", "B"),
        ],
        [
            ("Thursday, October 15, 2026 | E-Paper | Subscribe | Sign In", "", "", "B"),
        ],
        [
            (
                "News   Counties   Business   Health   Opinion   Sports   Videos   Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Counties / Nakuru", "", "", "B"),
        ],
        [
            (
                "Kidney patients in Kiptengwet spared 90km trip as new dialysis unit opens",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The eight-machine unit will serve up to 48 patients a week, county health officials say",
                "county health officials",
                "say",
                "W",
            ),
        ],
        [
            ("By Chelelgat Mokeira-Tuitoyot", "", "", "B"),
            ("Nakuru County Correspondent", "", "", "B"),
        ],
        [
            ("Published on: October 15, 2026 05:30 (EAT)", "", "", "B"),
        ],
        [
            ("Listen to this article", "", "", "B"),
            ("4 min", "", "", "B"),
        ],
        [
            ("What you need to know:", "", "", "B"),
        ],
        [
            (
                "• The renal unit at Kiptengwet Sub-County Hospital has eight dialysis machines and cost Sh38 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Patients from the area had been travelling to Nakuru town three times a week for treatment.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Patients and nurses at the new renal unit at Kiptengwet Sub-County Hospital on October 14, 2026.",
                "",
                "",
                "",
            ),
            ("Photo credit: Chelelgat Mokeira-Tuitoyot | Jamhuri Herald", "", "", "B"),
        ],
        [
            (
                "Kidney patients in Kiptengwet and neighbouring wards will no longer have to travel about 90 kilometres to Nakuru town for dialysis after the county opened an eight-bed renal unit at the sub-county hospital on Wednesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nakuru County Executive Committee Member for Health Dr Ruguru Mbithe-Kangiri said the unit had cost Sh38 million, including the machines, a water treatment plant and the renovation of a disused maternity wing.",
                "Ruguru Mbithe-Kangiri",
                "said",
                "W",
            ),
            (
                "She said it would run two shifts a day, six days a week, and could take up to 48 patients a week.",
                "Ruguru Mbithe-Kangiri",
                "said",
                "W",
            ),
        ],
        [
            (
                "“For years we have watched patients spend more on bus fare than on food,” Dr Mbithe-Kangiri said during the opening.",
                "Ruguru Mbithe-Kangiri",
                "said",
                "",
            ),
            (
                "“That ends today for the people of this sub-county.”",
                "Ruguru Mbithe-Kangiri",
                "said",
                "",
            ),
        ],
        [
            (
                "The hospital’s medical superintendent, Dr Kipsorei Lelgatwei, said 31 patients from the area had been registered for the unit by Wednesday evening.",
                "Kipsorei Lelgatwei",
                "said",
                "W",
            ),
            (
                "He said the hospital had sent four nurses for renal training at Kenyatta National Hospital and would hire two more in January.",
                "Kipsorei Lelgatwei",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to Dr Lelgatwei, each session takes about four hours, and most patients need two or three sessions a week.",
                "Kipsorei Lelgatwei",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read: Nakuru hospitals record rise in diabetes cases among under-40s", "", "", "B"),
        ],
        [
            ("Cost of treatment", "", "", ""),
        ],
        [
            (
                "Registered members of the Social Health Authority (SHA) are covered for up to three sessions a week at Sh9,800 each, according to the authority’s published benefits package.",
                "the authority’s published benefits package",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mzee Kiptorus arap Tuwoyot, 67, who has been on dialysis since 2023, said he used to leave home at 4am three times a week to catch a matatu to Nakuru.",
                "Kiptorus arap Tuwoyot",
                "said",
                "",
            ),
            (
                "“Sometimes I would reach there and the machines were all taken, and I would sleep on the bench at the hospital,” he said.",
                "Kiptorus arap Tuwoyot",
                "said",
                "",
            ),
            ("“Now I can walk here.”", "Kiptorus arap Tuwoyot", "said", ""),
        ],
        [
            (
                "His daughter, Jepkurui Tuwoyot, said the family had been spending about Ksh. 6,000 a month on fares and meals for the trips.",
                "Jepkurui Tuwoyot",
                "said",
                "",
            ),
            (
                "“We sold two goats in August just to keep him going,” she said.",
                "Jepkurui Tuwoyot",
                "said",
                "",
            ),
        ],
        [
            (
                "The Nakuru branch secretary of the nurses’ union, Mr Odhong’ Abuyolo-Ramogi, welcomed the unit but said the county’s hospitals were short of at least 260 nurses.",
                "Odhong’ Abuyolo-Ramogi",
                "said",
                "W",
            ),
            (
                "“A new building does not treat anybody,” he said.",
                "Odhong’ Abuyolo-Ramogi",
                "said",
                "",
            ),
            (
                "“Without staff, these machines will gather dust like the ones we have seen in other counties.”",
                "Odhong’ Abuyolo-Ramogi",
                "said",
                "",
            ),
        ],
        [
            (
                "He said nurses at the county’s sub-county hospitals had not received their September salaries by Wednesday.",
                "Odhong’ Abuyolo-Ramogi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr Mbithe-Kangiri said September salaries would be paid by Friday and that the county had budgeted for 120 new nursing posts in the 2026/27 financial year.",
                "Ruguru Mbithe-Kangiri",
                "said",
                "W",
            ),
            (
                "She said the county would open a second renal unit at Tulwetab Sub-County Hospital by June next year.",
                "Ruguru Mbithe-Kangiri",
                "said",
                "W",
            ),
        ],
        [
            (
                "About 4,100 Kenyans are on regular dialysis, according to Ministry of Health figures released in March.",
                "Ministry of Health figures released in March",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Do you have a story from your county? Email counties@jamhuriherald.co.ke",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Bomet farmers count losses as tea bonus delayed", "", "", "B"),
        ],
        [
            ("Naivasha hoteliers report busiest October in a decade", "", "", "B"),
        ],
        [
            ("© 2026 Jamhuri Herald Media Group Plc.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Policy | Contact Us | Advertise", "", "", "B"),
        ],
    ],
    [
        [
            ("Leicester Bugle", "", "", "B"),
        ],
        [
            (
                "News | Sport | What’s On | Property | Jobs | Traffic & Travel | Puzzles",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Leicester News", "", "", "B"),
        ],
        [
            (
                "Three arrested after 23 shed break-ins as e-bikes and tools taken across Hallowcroft",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Police say they have recovered 11 bikes and now want to find their owners",
                "Leicestershire Police",
                "say",
                "W",
            ),
        ],
        [
            ("By Corlen Ashickton-Prewer", "", "", "B"),
            ("Crime Reporter", "", "", "B"),
        ],
        [
            ("10:42, 16 OCT 2026", "", "", "B"),
            ("Updated 11:58, 16 OCT 2026", "", "", "B"),
        ],
        [
            ("Bookmark", "", "", "B"),
            ("Comments", "", "", "B"),
        ],
        [
            (
                "Some of the e-bikes and tools recovered by officers (Image: Leicestershire Police)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Three men have been arrested after a run of 23 shed and garage break-ins in Hallowcroft in which e-bikes, power tools and a ride-on mower were taken.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Leicestershire Police said the men, aged 19, 24 and 31, were arrested at two addresses in the city on Wednesday morning on suspicion of burglary and handling stolen goods.",
                "Leicestershire Police",
                "said",
                "W",
            ),
            (
                "They have since been released on bail while enquiries continue, the force said.",
                "the force",
                "said",
                "W",
            ),
        ],
        [
            (
                "Detective Inspector Rohanna Pilcraddock-Oseku said officers had recovered 11 e-bikes, two petrol strimmers and dozens of hand tools from a rented lock-up in the west of the city.",
                "Rohanna Pilcraddock-Oseku",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We know how much these bikes matter, because for a lot of people they are how they get to work,” DI Pilcraddock-Oseku said.",
                "Rohanna Pilcraddock-Oseku",
                "said",
                "",
            ),
            (
                "“If you think one of them is yours, please get in touch with proof of ownership, such as a receipt or a frame number.”",
                "Rohanna Pilcraddock-Oseku",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the break-ins happened between August 2 and October 9, mostly overnight and mostly in streets backing on to the Hallowcroft allotments.",
                "Rohanna Pilcraddock-Oseku",
                "said",
                "W",
            ),
        ],
        [
            ("Get the biggest Leicester stories sent straight to your inbox", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            (
                "We will only use your email address to send you the newsletters you have asked for.",
                "",
                "",
                "B",
            ),
            ("Something went wrong, please try again later.", "", "", "B"),
        ],
        [
            ("Read more:", "", "", "B"),
        ],
        [
            ("Driver charged after lorry hits shop front near city centre", "", "", "B"),
        ],
        [
            ("Leicester takeaway handed zero food hygiene rating after inspection", "", "", "B"),
        ],
        [
            (
                "Delivery rider Ksawery Wierzchol-Tabb, 27, said his £1,400 e-bike was taken from a locked shed in his back garden on September 21.",
                "Ksawery Wierzchol-Tabb",
                "said",
                "",
            ),
            (
                "“I lost four days of work before I could borrow a bike off my cousin,” he said.",
                "Ksawery Wierzchol-Tabb",
                "said",
                "",
            ),
            (
                "“The police rang me yesterday to say they might have it, so fingers crossed.”",
                "Ksawery Wierzchol-Tabb",
                "said",
                "",
            ),
        ],
        [
            (
                "Julienne Abernethwick-Coote, who runs the Hallowcroft Neighbourhood Watch group on Facebook, said members had passed doorbell camera footage of at least nine of the break-ins to the police.",
                "Julienne Abernethwick-Coote",
                "said",
                "W",
            ),
            (
                "She said some neighbours had started chaining their wheelie bins across their shed doors.",
                "Julienne Abernethwick-Coote",
                "said",
                "",
            ),
        ],
        [
            (
                "Ward councillor Jasmeher Sandhawal-Felgate (Lab) said he had asked the city council in June to repair four broken street lights in the alley behind the allotments.",
                "Jasmeher Sandhawal-Felgate",
                "said",
                "W",
            ),
            (
                "“It has been pitch black back there for months, and the wrong people have noticed,” Cllr Sandhawal-Felgate said.",
                "Jasmeher Sandhawal-Felgate",
                "said",
                "",
            ),
        ],
        [
            (
                "A city council spokesman said two of the lights had been repaired on Tuesday and the other two would be fixed by the end of the month.",
                "a city council spokesman",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Leicestershire Police spokesperson said anyone with information should call 101, quoting incident 412 of 9 October, or report it online.",
                "A Leicestershire Police spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "The force said 148 burglaries of sheds and garages had been reported across Leicester in the year to September, up from 119 the year before.",
                "The force",
                "said",
                "W",
            ),
        ],
        [
            ("Join the conversation", "", "", "B"),
        ],
        [
            ("Comments (37)", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Major roadworks to close city centre junction for three weeks", "", "", "B"),
        ],
        [
            ("New Year’s Eve fireworks cancelled at Brentholme Park for second year", "", "", "B"),
        ],
        [
            ("Follow Leicester Bugle: Facebook | X | Instagram | WhatsApp", "", "", "B"),
        ],
        [
            (
                "Leicester Bugle is published by Midshire Local Media Ltd., 4 Quornbury Yard, Leicester LE1 9ZQ.",
                "",
                "",
                "B",
            ),
            ("Registered in England and Wales No. 08815274.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE PUNE VARTAMAN", "", "", "B"),
        ],
        [
            ("Pune Edition | Monday, October 19, 2026 | ePaper", "", "", "B"),
        ],
        [
            (
                "Home   City   India   World   Business   Sports   Entertainment   Lifestyle",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Pune News", "", "", "B"),
        ],
        [
            (
                "Bhosalewadi Chowk flyover to shut for 45 days from Oct 21 for bearing replacement",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Civic body says 38 of 96 bearings damaged; buses on 14 routes to be diverted",
                "the Pune Municipal Corporation (PMC)",
                "says",
                "W",
            ),
        ],
        [
            ("Prajakta Devrukhkar-Salvalkar / TPV", "", "", "B"),
            ("Updated: Oct 19, 2026, 06:45 IST", "", "", "B"),
        ],
        [
            ("Follow Us", "", "", "B"),
        ],
        [
            ("Listen to this story", "", "", "B"),
        ],
        [
            ("Vehicles on the Bhosalewadi Chowk flyover on Sunday evening.", "", "", ""),
            ("(TPV Photo/Ketanrao Inamwaghe)", "", "", "B"),
        ],
        [
            (
                "PUNE: The Bhosalewadi Chowk flyover on the Pune-Solapur highway will be shut to all vehicles for 45 days from Wednesday, October 21, while the Pune Municipal Corporation (PMC) replaces its worn-out bearings.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "PMC bridge cell executive engineer Mrinmayi R. Tambwekar-Gadre said the 680-metre flyover, opened in 2009, rests on 96 bearings, of which 38 were found damaged during an inspection in July.",
                "Mrinmayi R. Tambwekar-Gadre",
                "said",
                "W",
            ),
            (
                "She said the work would cost Rs 3.4 crore and would go on round the clock.",
                "Mrinmayi R. Tambwekar-Gadre",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Bearings let a bridge move with heat and load, and these have reached the end of their life,” Tambwekar-Gadre said.",
                "Mrinmayi R. Tambwekar-Gadre",
                "said",
                "W",
            ),
            (
                "“If we wait till after next monsoon, we will be doing it as an emergency.”",
                "Mrinmayi R. Tambwekar-Gadre",
                "said",
                "",
            ),
        ],
        [
            (
                "Deputy Commissioner of Police (Traffic) Amol B. Rankhambe said heavy vehicles would be barred from the approach roads between 8 am and 11 pm during the closure.",
                "Amol B. Rankhambe",
                "said",
                "W",
            ),
            (
                "He said 60 additional traffic wardens would be posted at four junctions, and the signal at Narhewasti would be switched to manual control at peak hours.",
                "Amol B. Rankhambe",
                "said",
                "W",
            ),
        ],
        [
            (
                "ALSO READ | PMC to begin installing water meters in 23 wards from November",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Diversions from October 21:", "", "", ""),
        ],
        [
            (
                "• Vehicles going towards Solapur: take the service road at Bhosalewadi Chowk and rejoin the highway at Narhewasti",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Vehicles coming into the city: use Tukaidara Link Road via Kumbharkhind",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Heavy vehicles: no entry between Narhewasti and Bhosalewadi Chowk, 8 am to 11 pm",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Buses on 14 routes will be diverted and passengers should expect delays of 15 to 20 minutes, the Pune Mahanagar Parivahan Mahamandal Ltd. (PMPML) said in a statement.",
                "the Pune Mahanagar Parivahan Mahamandal Ltd. (PMPML)",
                "said in a statement",
                "W",
            ),
            (
                "It said two extra buses would run every hour on Route No. 174 between Kumbharkhind and Shelarmala.",
                "the Pune Mahanagar Parivahan Mahamandal Ltd. (PMPML)",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Shubhrata Ghordesai-Kolte, who lives in Narhewasti and drives to an IT park across the river every day, said the closure would add at least half an hour to her commute each way.",
                "Shubhrata Ghordesai-Kolte",
                "said",
                "",
            ),
            (
                "“Last year they closed one lane for two weeks, and it took me one hour ten minutes to cover six kilometres,” she said.",
                "Shubhrata Ghordesai-Kolte",
                "said",
                "",
            ),
            (
                "“Forty-five days of this is going to be very tough.”",
                "Shubhrata Ghordesai-Kolte",
                "said",
                "",
            ),
        ],
        [
            (
                "Baburao N. Shedge-Kulmawe, president of the Pune Rickshaw Vahak Sanghatana, said at least 1,200 autorickshaws used the flyover every day and the service road was full of potholes.",
                "Baburao N. Shedge-Kulmawe",
                "said",
                "W",
            ),
            (
                "“Before you send everyone down the service road, fill the potholes,” he said.",
                "Baburao N. Shedge-Kulmawe",
                "said",
                "",
            ),
        ],
        [
            (
                "Tambwekar-Gadre said the service road would be resurfaced on October 19 and 20, before the closure begins.",
                "Mrinmayi R. Tambwekar-Gadre",
                "said",
                "W",
            ),
            (
                "The work was awarded to a Nashik-based contractor in September after a tender in which four firms bid, she said.",
                "Mrinmayi R. Tambwekar-Gadre",
                "said",
                "W",
            ),
        ],
        [
            (
                "Motorists can call the traffic police helpline on 020-2555-0183 for updates on diversions, Rankhambe said.",
                "Amol B. Rankhambe",
                "said",
                "",
            ),
        ],
        [
            (
                "The flyover carries about 85,000 vehicles a day, according to a 2025 traffic count by the PMC’s road department.",
                "a 2025 traffic count by the PMC’s road department",
                "according to",
                "W",
            ),
            ("It was last closed for repairs in 2017, for 19 days.", "", "", "W"),
        ],
        [
            ("For more Pune news, follow The Pune Vartaman on WhatsApp.", "", "", "B"),
        ],
        [
            ("Trending Stories", "", "", "B"),
        ],
        [
            ("Pune: Two held for cheating job seekers of Rs 18 lakh", "", "", "B"),
        ],
        [
            ("Tukaidara Link Road to get dedicated bus lane by March", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Pune Vartaman Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("northlumen", "", "", "B"),
        ],
        [
            ("Sign in   Mail   News   Finance   Sports   Weather   Entertainment", "", "", "B"),
        ],
        [
            ("Finance", "", "", "B"),
        ],
        [
            ("Scallaway Seafoods to close Port Alderhope plant, cutting 140 jobs", "", "", "W"),
        ],
        [
            ("Dominion Newswire · 3 min read", "", "", "B"),
        ],
        [
            ("Wed, October 21, 2026 at 2:14 p.m. ADT", "", "", "B"),
        ],
        [
            ("SCY.TO   Scallaway Seafoods Inc.   4.12   -0.31 (-7.00%)", "", "", "B"),
        ],
        [
            (
                "PORT ALDERHOPE, N.S. — Scallaway Seafoods Inc. will close its processing plant in this Nova Scotia fishing town in December, putting 140 people out of work, the company said Wednesday.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a news release, the company said the plant would process its last lobster on Dec. 18 and the work would move to its larger plant in Shelburne County.",
                "the company",
                "said",
                "W",
            ),
            (
                "It blamed lower lobster landings, higher power bills and a 25 per cent drop in sales to China over two years.",
                "Scallaway Seafoods Inc.",
                "blamed",
                "W",
            ),
        ],
        [
            (
                "“This is the hardest decision this company has made in its 41-year history,” chief executive Dorick Kettlemire-Marrabey said in the release.",
                "Dorick Kettlemire-Marrabey",
                "said in the release",
                "",
            ),
            (
                "“The people of Port Alderhope built this business, and we will do right by them.”",
                "Dorick Kettlemire-Marrabey",
                "said in the release",
                "",
            ),
        ],
        [
            (
                "He said workers would receive severance under their collective agreement and would be offered jobs at the Shelburne County plant.",
                "Dorick Kettlemire-Marrabey",
                "said",
                "W",
            ),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "Shares of Scallaway (TSX: SCY) fell 31 cents, or seven per cent, to $4.12 on the Toronto Stock Exchange by mid-afternoon Wednesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Noreth Vatcher-Doane, president of Maritime Food Workers Local 4417, which represents 118 of the plant’s workers, said the union learned of the closure at a meeting with managers at 9 a.m. Wednesday.",
                "Noreth Vatcher-Doane",
                "said",
                "W",
            ),
        ],
        [
            (
                "“They called us in, read out a statement and that was it,” she said.",
                "Noreth Vatcher-Doane",
                "said",
                "",
            ),
            (
                "“Most of the people on that floor are women over 50.",
                "Noreth Vatcher-Doane",
                "said",
                "W",
            ),
            ("Where are they supposed to go?” she said.", "Noreth Vatcher-Doane", "said", ""),
        ],
        [
            (
                "She said the Shelburne County plant was more than two hours away by road and few of the workers would be able to move.",
                "Noreth Vatcher-Doane",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Mayor Eudosia Pittenlaw said the plant was the town’s largest private employer and paid about $420,000 a year in property taxes.",
                "Eudosia Pittenlaw",
                "said",
                "W",
            ),
            (
                "“You take 140 jobs out of a town this size and you feel it in every shop on the main street,” Pittenlaw said.",
                "Eudosia Pittenlaw",
                "said",
                "",
            ),
            (
                "“We will be asking the company to hand the building over to the town rather than let it sit empty.”",
                "Eudosia Pittenlaw",
                "said",
                "",
            ),
        ],
        [
            (
                "Bettrina Kinsellow-Roop, who has worked on the plant’s packing line for 22 years, said she found out about the closure from her daughter, who saw it on Facebook.",
                "Bettrina Kinsellow-Roop",
                "said",
                "",
            ),
            (
                "“I went in for my shift like any other day,” she said.",
                "Bettrina Kinsellow-Roop",
                "said",
                "",
            ),
        ],
        [
            (
                "In an emailed statement, the province’s economic development department said it would send a team to Port Alderhope next week to help workers apply for employment insurance and retraining.",
                "the province’s economic development department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Analysts at Stannowe Securities said in a note to clients that the closure should cut Scallaway’s costs by about $6 million a year.",
                "Analysts at Stannowe Securities",
                "said in a note to clients",
                "",
            ),
            ("They kept their “hold” rating on the stock.", "", "", "W"),
        ],
        [
            (
                "Lobster landings in the area fell 18 per cent last season from the year before, according to Fisheries and Oceans Canada data.",
                "Fisheries and Oceans Canada data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The company said it would keep its head office in Halifax, where 60 people work.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Shares of Scallaway have lost almost 40 per cent of their value since January.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Scallaway, founded in 1985, employs about 900 people at four plants in Nova Scotia and New Brunswick.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("This story by Dominion Newswire was first published Oct. 21, 2026.", "", "", "B"),
            ("Story by Avelind Corrivane-Tebbold.", "", "", "B"),
        ],
        [
            ("Terms and Privacy Policy", "", "", "B"),
            ("Your Privacy Choices", "", "", "B"),
        ],
        [
            ("View comments (64)", "", "", "B"),
        ],
        [
            ("Sponsored Content", "", "", "B"),
        ],
        [
            ("Recommended Stories", "", "", "B"),
        ],
        [
            ("Canadian dollar edges higher as oil prices climb", "", "", "B"),
        ],
        [
            ("Halifax home sales slip for third straight month", "", "", "B"),
        ],
    ],
    [
        [
            ("WCOQ 6", "", "", "B"),
        ],
        [
            ("Columbus 54° Cloudy", "", "", "B"),
        ],
        [
            ("Watch Live: 6 News at 5", "", "", "B"),
        ],
        [
            (
                "News   Weather   Traffic   Sports   Investigations   6 On Your Side   Contests",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Former youth soccer league treasurer gets 4 years for stealing $412K", "", "", "W"),
        ],
        [
            ("Author: Garron Hollobrand-Nunez", "", "", "B"),
            ("Published: 4:32 PM EDT October 22, 2026", "", "", "B"),
            ("Updated: 6:05 PM EDT October 22, 2026", "", "", "B"),
        ],
        [
            ("VIDEO: Ex-treasurer sentenced in theft from youth league", "", "", "B"),
            (
                "Kerrilyn Marrowbridge-Dunphe, 46, pleaded guilty in August to theft and tampering with records.",
                "",
                "",
                "W",
            ),
            ("0:00 / 1:52", "", "", "B"),
        ],
        [
            (
                "COLUMBUS, Ohio — A former treasurer of a youth soccer league in Franklin County was sentenced Thursday to four years in prison for stealing more than $412,000 from the league over six years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kerrilyn Marrowbridge-Dunphe, 46, of Hilliard, pleaded guilty in August to one count of theft and two counts of tampering with records.",
                "",
                "",
                "W",
            ),
            (
                "Franklin County Common Pleas Judge Percivane Oyekunde-Stiles also ordered her to pay $412,318 in restitution to the Brennmoor Youth Soccer Association.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Those families trusted you with their money, and you broke that trust over and over again,” Oyekunde-Stiles told her from the bench.",
                "Percivane Oyekunde-Stiles",
                "told her from the bench",
                "",
            ),
        ],
        [
            (
                "According to court records, Marrowbridge-Dunphe wrote 214 checks from the league’s account to herself or to her credit card company between 2019 and 2025.",
                "court records",
                "according to",
                "W",
            ),
            (
                "Prosecutors said she hid the losses by altering the bank statements she presented at the league’s annual meetings.",
                "Prosecutors",
                "said",
                "W",
            ),
        ],
        [
            (
                "Assistant Prosecuting Attorney Delphira Ruskett-Ambery had asked for five years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“This was not one bad decision,” Ruskett-Ambery said after the hearing.",
                "Delphira Ruskett-Ambery",
                "said after the hearing",
                "",
            ),
            ("“It was 214 decisions.”", "Delphira Ruskett-Ambery", "said after the hearing", "W"),
        ],
        [
            (
                "RELATED: Youth soccer league says former treasurer took $400K, asks parents for patience",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Defense attorney Malcory Tegrell-Ferrazzo said his client had a gambling addiction and had been in treatment since her arrest in January.",
                "Malcory Tegrell-Ferrazzo",
                "said",
                "W",
            ),
            (
                "He said she had already repaid $38,000 by selling her car and cashing in part of her retirement savings.",
                "Malcory Tegrell-Ferrazzo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Marrowbridge-Dunphe, crying, told the judge she was “deeply ashamed” and apologized to the families sitting behind her.",
                "Kerrilyn Marrowbridge-Dunphe",
                "told the judge",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "In a statement read in court, league president Faustina Quarrimore-Beyan said the theft had forced the league to cancel its 2025 fall tournament and raise registration fees by $40 a child.",
                "Faustina Quarrimore-Beyan",
                "said",
                "W",
            ),
            (
                "She said the board had changed its rules so that two officers must now sign every check.",
                "Faustina Quarrimore-Beyan",
                "said",
                "W",
            ),
            (
                "“Our volunteers line the fields and run the concession stand for nothing, and it turns out they were working for her,” she said.",
                "Faustina Quarrimore-Beyan",
                "said",
                "",
            ),
        ],
        [
            (
                "The league, which has about 1,600 players ages 5 to 18, found the money missing in 2025 when a new treasurer could not reconcile its accounts, according to an affidavit filed by Hilliard police.",
                "an affidavit filed by Hilliard police",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Outside the courthouse, parent Ramelle Lutescu-Hardiment, whose two sons play in the league, said she thought four years was “about right.”",
                "Ramelle Lutescu-Hardiment",
                "said",
                "",
            ),
            (
                "“I just want the money back where it belongs, on the field,” she said.",
                "Ramelle Lutescu-Hardiment",
                "said",
                "",
            ),
        ],
        [
            ("Marrowbridge-Dunphe must report to prison by Nov. 5.", "", "", "W"),
            (
                "She will be eligible to apply for judicial release after two years, the judge said.",
                "Percivane Oyekunde-Stiles",
                "said",
                "W",
            ),
        ],
        [
            ("Download the WCOQ 6 app to get breaking news alerts on your phone.", "", "", "B"),
        ],
        [
            ("Have a news tip? Email newsdesk@wcoq6.com or call 614-555-0160.", "", "", "B"),
        ],
        [
            ("Copyright 2026 by WCOQ-TV.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("More Videos", "", "", "B"),
        ],
        [
            ("Crews battle overnight fire at vacant warehouse on city’s west side", "", "", "B"),
        ],
        [
            ("Ohio State student hit by car near campus, police say", "", "", "B"),
        ],
        [
            ("Promoted Links", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CORNWALL HERALD", "", "", "B"),
        ],
        [
            ("Friday | October 23, 2026", "", "", "B"),
        ],
        [
            (
                "News   Business   Sport   Entertainment   Letters   Commentary   Lifestyle   Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News / Western", "", "", "B"),
        ],
        [
            (
                "Flash flood warning extended for western parishes as 163mm of rain falls on Montego Bay",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Roads blocked in Mount Tressaly and Dunbarton Gully; NWA crews clearing landslides",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Keresha Vassendale-Okorafe/Staff Reporter", "", "", "B"),
            ("keresha.vassendale@cornwallherald.com.jm", "", "", "B"),
        ],
        [
            ("Published: Friday | October 23, 2026 | 12:14 AM", "", "", "B"),
        ],
        [
            (
                "Water rushes across the main road in Dunbarton Gully, St James, on Thursday afternoon.",
                "",
                "",
                "W",
            ),
            ("Contributed", "", "", "B"),
        ],
        [
            (
                "WESTERN BUREAU: The Meteorological Service of Jamaica has extended a flash flood warning for St James, Hanover, Westmoreland and Trelawny until 5 p.m. today, after 163 millimetres of rain fell on Montego Bay in the 24 hours to 7 a.m. Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Duty forecaster Shenelle Dacrest-Burrell said a trough across the western half of the island was expected to bring more showers and thunderstorms through Saturday.",
                "Shenelle Dacrest-Burrell",
                "said",
                "",
            ),
            (
                "She said the rainfall total at the Montego Bay station was the highest for a single day there since October 2020.",
                "Shenelle Dacrest-Burrell",
                "said",
                "W",
            ),
            (
                "“The ground is already soaked, so even a moderate shower can now cause flooding in low-lying areas and near gullies,” she said.",
                "Shenelle Dacrest-Burrell",
                "said",
                "",
            ),
        ],
        [
            (
                "Dacrest-Burrell said a flash flood warning meant flooding was already occurring or was imminent, and residents in flood-prone areas should be ready to move to higher ground.",
                "Shenelle Dacrest-Burrell",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "National Works Agency (NWA) regional manager Garlond Pusowell-McCalla told The Herald that crews had cleared landslides from three roads in Mount Tressaly by 4 p.m. Thursday.",
                "Garlond Pusowell-McCalla",
                "told The Herald",
                "W",
            ),
            (
                "He said the main road through Dunbarton Gully remained blocked to cars, with water about 60 centimetres deep in places.",
                "Garlond Pusowell-McCalla",
                "said",
                "W",
            ),
            (
                "“We ask motorists not to try and drive through moving water,” Mr Pusowell-McCalla said.",
                "Garlond Pusowell-McCalla",
                "said",
                "",
            ),
            ("“It only takes a little to float a car.”", "Garlond Pusowell-McCalla", "said", ""),
        ],
        [
            (
                "He said the agency had six front-end loaders and two backhoes working in the parish and would keep crews on standby overnight.",
                "Garlond Pusowell-McCalla",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mayor of Montego Bay, Councillor Leighton Brammick-Sayers, said the municipal corporation had opened two shelters, at the Mount Tressaly Primary School and the Dunbarton Gully Community Centre.",
                "Leighton Brammick-Sayers",
                "said",
                "W",
            ),
            (
                "He said 27 people had spent Wednesday night at the shelters, most of them elderly residents from homes near the gully.",
                "Leighton Brammick-Sayers",
                "said",
                "W",
            ),
        ],
        [
            ("RELATED STORY: Farmers in St Elizabeth count losses after week of rain", "", "", "B"),
        ],
        [
            (
                "Taxi operator Deslon ‘Scrappy’ Nembewell-Roshay, who works the route between Montego Bay and Mount Tressaly, said he had lost two days’ earnings because of the blocked roads.",
                "Deslon ‘Scrappy’ Nembewell-Roshay",
                "said",
                "",
            ),
            (
                "“Mi nuh go risk mi car inna dat water, so mi just park up and wait,” he said.",
                "Deslon ‘Scrappy’ Nembewell-Roshay",
                "said",
                "",
            ),
        ],
        [
            (
                "Icylene Gayista-Thorbourne, 71, who sells produce in the Freysgate Market, said water had come into her house in Dunbarton Gully for the third time in five years.",
                "Icylene Gayista-Thorbourne",
                "said",
                "",
            ),
            (
                "“Every time it rain, mi have to lift up everything off the floor,” she said.",
                "Icylene Gayista-Thorbourne",
                "said",
                "",
            ),
            ("“Mi tired.”", "Icylene Gayista-Thorbourne", "said", ""),
        ],
        [
            (
                "The Office of Disaster Preparedness and Emergency Management (ODPEM) said in a release that no deaths or serious injuries had been reported as of Thursday evening.",
                "the Office of Disaster Preparedness and Emergency Management (ODPEM)",
                "said in a release",
                "W",
            ),
            (
                "It urged residents to keep away from gullies and rivers and to check on elderly neighbours.",
                "the Office of Disaster Preparedness and Emergency Management (ODPEM)",
                "urged",
                "",
            ),
        ],
        [
            (
                "According to the Met Service, conditions should begin to improve on Sunday as the trough moves north-west of the island.",
                "the Met Service",
                "according to",
                "",
            ),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Freyenbrook residents still without water a week after pipe burst", "", "", "B"),
        ],
        [
            ("Hanover fishermen warned to stay in port", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
            ("The Cornwall Herald welcomes your views.", "", "", "B"),
            (
                "Comments are checked by an editor before they appear, and those that are abusive, off-topic or defamatory will not be published.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Cornwall Herald Publishing Co. Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Ravi Gazette", "", "", "B"),
        ],
        [
            ("E-Paper | Saturday, October 24, 2026 | Jamadi-ul-Awwal 12, 1448", "", "", "B"),
        ],
        [
            (
                "Home   Pakistan   Lahore   Business   World   Sport   Opinion   Prism   Multimedia",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Lahore", "", "", "B"),
        ],
        [
            ("Punjab caps private school fee increase at 5pc for 2027", "", "", "W"),
        ],
        [
            (
                "Private school owners say the limit is below inflation and will force some small schools to close",
                "Private school owners",
                "say",
                "W",
            ),
        ],
        [
            ("Ahraaz Farzeen Chautali", "", "", "B"),
            ("Published October 24, 2026", "", "", "B"),
            ("Updated about 3 hours ago", "", "", "B"),
        ],
        [
            ("Facebook   WhatsApp   X   Email   Comments (9)", "", "", "B"),
        ],
        [
            ("Students leave a private school in Lahore after classes on Friday.", "", "", ""),
            ("— Photo: File", "", "", "B"),
        ],
        [
            (
                "LAHORE: Private schools in Punjab will not be allowed to raise their tuition fees by more than five per cent for the 2027 academic year, according to a notification issued by the School Education Department on Friday.",
                "a notification issued by the School Education Department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The notification said schools that charged more would be fined up to Rs500,000 and could have their registration suspended for a repeat violation.",
                "The notification",
                "said",
                "W",
            ),
            (
                "It said the cap would apply to all 11,000-plus private schools registered with the department in the province.",
                "a notification issued by the School Education Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Provincial Minister for School Education Zarnosh Iqtidar Bhattiwala told reporters in Lahore that the department had received more than 2,300 complaints from parents about fee increases since January.",
                "Zarnosh Iqtidar Bhattiwala",
                "told reporters",
                "W",
            ),
            (
                "“Parents are being squeezed from every side, and schools cannot treat them as a bottomless well,” he said.",
                "Zarnosh Iqtidar Bhattiwala",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Bhattiwala said schools that had already announced higher fees for 2027 would have to revise them and refund any excess paid in advance by November 30.",
                "Zarnosh Iqtidar Bhattiwala",
                "said",
                "W",
            ),
        ],
        [
            (
                "The department’s additional secretary, Sadrina Imtaiz Khokharani, said district education authorities would inspect fee records at a sample of schools in each district from December.",
                "Sadrina Imtaiz Khokharani",
                "said",
                "W",
            ),
        ],
        [
            ("Read: Lahore schools to reopen on Monday after smog closure", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Owners push back", "", "", ""),
        ],
        [
            (
                "Tanzeeb Ahrar Cheemalvi, president of the Punjab Private Schools Alliance, said the cap was well below inflation, which the Pakistan Bureau of Statistics put at 7.8pc in September.",
                "Tanzeeb Ahrar Cheemalvi",
                "said",
                "W",
            ),
            (
                "“A teacher’s salary goes up, the electricity bill goes up, the rent goes up, and we are told to stay at five per cent,” he said.",
                "Tanzeeb Ahrar Cheemalvi",
                "said",
                "",
            ),
            (
                "“Some small schools in the mohallas will simply shut down.”",
                "Tanzeeb Ahrar Cheemalvi",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the alliance would challenge the notification in the Lahore High Court next week.",
                "Tanzeeb Ahrar Cheemalvi",
                "said",
                "",
            ),
        ],
        [
            (
                "Nausheen Akhwali Qureshwi, a mother of three who lives in Lahore, said her children’s school had told parents in September that fees would rise by 18pc from January.",
                "Nausheen Akhwali Qureshwi",
                "said",
                "",
            ),
            (
                "“I was going to move my youngest to a government school,” she said.",
                "Nausheen Akhwali Qureshwi",
                "said",
                "",
            ),
            ("“If this holds, maybe I will not have to.”", "Nausheen Akhwali Qureshwi", "said", ""),
            (
                "She said she paid Rs14,500 a month in fees for her three children.",
                "Nausheen Akhwali Qureshwi",
                "said",
                "",
            ),
        ],
        [
            (
                "The notification also bars schools from charging an admission fee more than once for the same student.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Abdussamir Wattokhel-Malvani, principal of a school in the city with 640 students, said his school’s monthly fee for grade 5 was Rs6,800 and it had not raised fees since 2025.",
                "Abdussamir Wattokhel-Malvani",
                "said",
                "W",
            ),
            (
                "He said he supported a cap but would have preferred one linked to inflation.",
                "Abdussamir Wattokhel-Malvani",
                "said",
                "",
            ),
        ],
        [
            (
                "Punjab last capped private school fee increases in 2022, at eight per cent, but the order was challenged by several school chains and later withdrawn.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "This story appeared in the print edition of The Ravi Gazette on October 24, 2026.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (9)", "", "", "B"),
            ("Closed", "", "", "B"),
            (
                "Comments are moderated and will usually be approved if they are on topic and not abusive.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow The Ravi Gazette on WhatsApp for the latest news from Lahore.", "", "", "B"),
        ],
        [
            ("For more on this topic, read our Education section.", "", "", "B"),
        ],
        [
            ("Most Popular", "", "", "B"),
        ],
        [
            (
                "Rain expected in Lahore, other parts of Punjab from Monday, says Met Office",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Punjab to launch online registration for motorcycles from December", "", "", "B"),
        ],
        [
            ("Copyright © 2026, The Ravi Gazette", "", "", "B"),
        ],
    ],
    [
        [
            ("THE DUNEDIN TIDINGS", "", "", "B"),
        ],
        [
            ("Monday, 26 October 2026   Dunedin 11°C   Showers clearing", "", "", "B"),
        ],
        [
            (
                "Home   News   Sport   Business   Opinion   Life & Style   Puzzles   Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sport › Athletics", "", "", "B"),
        ],
        [
            (
                "Tawhirikura-Brellis breaks course record as harbour half marathon draws record field",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Organisers say 3,412 runners and walkers finished, up almost a third on last year",
                "Organisers",
                "say",
                "W",
            ),
        ],
        [
            ("By Hallard Lorriston-Blaik", "", "", "B"),
            ("Mon, 26 Oct 2026", "", "", "B"),
        ],
        [
            (
                "Ngāriata Tawhirikura-Brellis crosses the line at Kōwhaiwaho Wharf on Sunday morning.",
                "",
                "",
                "",
            ),
            ("Photo: Torcall Quenerton-Harle", "", "", "B"),
        ],
        [
            (
                "The race started in drizzle at 7.30am, but the cloud had lifted by the time the leaders reached the halfway point.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Ngāriata Tawhirikura-Brellis broke the women’s course record at the Dunedin Harbour Half Marathon yesterday, winning in 1hr 14min 52sec as a record field of 3412 finished the race.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The 29-year-old physiotherapist took 41sec off the record set by Wellington’s Mahuia Esterwald-Lown in 2023.",
                "",
                "",
                "W",
            ),
            (
                "“I honestly didn’t look at my watch until the last kilometre, and then I thought, is that right?” Tawhirikura-Brellis said.",
                "Ngāriata Tawhirikura-Brellis",
                "said",
                "",
            ),
            (
                "“The wind was behind us all the way back along the harbour, so I can’t take all the credit.”",
                "Ngāriata Tawhirikura-Brellis",
                "said",
                "",
            ),
        ],
        [
            (
                "She said she had been training about 110km a week since July ahead of the national half marathon championships in March.",
                "Ngāriata Tawhirikura-Brellis",
                "said",
                "W",
            ),
        ],
        [
            (
                "Callick Fettlow-Ormscleugh won the men’s race in 1hr 6min 3sec, 38sec clear of Tevitaki Fifitaumoepeau-Kaino.",
                "",
                "",
                "W",
            ),
            (
                "Fettlow-Ormscleugh, who won in 2024, said he had gone out too fast and “paid for it” after the turnaround at Pukemārama Point.",
                "Callick Fettlow-Ormscleugh",
                "said",
                "",
            ),
            (
                "“I felt great for 12km and then the wind hit me in the face,” he said.",
                "Callick Fettlow-Ormscleugh",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Race director Rosabeth Auchterlenny said 3412 of the 3530 starters finished, up from 2598 finishers last year.",
                "Rosabeth Auchterlenny",
                "said",
                "W",
            ),
            (
                "She said 41 per cent of entrants were running their first half marathon and more than 600 had travelled from outside Otago.",
                "Rosabeth Auchterlenny",
                "said",
                "W",
            ),
            (
                "“It was a big ask for our volunteers and they were brilliant,” Auchterlenny said.",
                "Rosabeth Auchterlenny",
                "said",
                "",
            ),
            (
                "“We’ll sit down next month and look at whether the course can take more than 4000.”",
                "Rosabeth Auchterlenny",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the event had raised $28,600 for the Otago children’s hospice fund, and next year’s race would be held on October 24.",
                "Rosabeth Auchterlenny",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Hato Hone St John spokeswoman said ambulance staff treated 14 runners at the finish, and two were taken to Dunedin Hospital in a moderate condition.",
                "A Hato Hone St John spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Glenwyth Marchcairn-Itirau, 62, who walked the course with her daughter and granddaughter, said three generations crossing the line together was “the best morning I’ve had in years”.",
                "Glenwyth Marchcairn-Itirau",
                "said",
                "",
            ),
        ],
        [
            (
                "Fifitaumoepeau-Kaino, a Dunedin secondary school teacher, said his time of 1hr 6min 41sec was a personal best by almost two minutes.",
                "Tevitaki Fifitaumoepeau-Kaino",
                "said",
                "W",
            ),
            (
                "“I’ll take second to Callick any day of the week,” he said.",
                "Tevitaki Fifitaumoepeau-Kaino",
                "said",
                "",
            ),
        ],
        [
            ("Results", "", "", ""),
        ],
        [
            ("Dunedin Harbour Half Marathon, Sunday", "", "", "B"),
        ],
        [
            (
                "Women: 1 Ngāriata Tawhirikura-Brellis (Kōwhaiwaho Harriers) 1:14:52, 2 Hinekitu Lindrovell-Pōhatahi (Christchurch) 1:17:09, 3 Philomel Rountree (Southern Lights AC) 1:17:31.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Men: 1 Callick Fettlow-Ormscleugh (Southern Lights AC) 1:06:03, 2 Tevitaki Fifitaumoepeau-Kaino (Kōwhaiwaho Harriers) 1:06:41, 3 Fenlard Ferrabold (Invercargill) 1:07:15.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Wheelchair: 1 Kahuata Mataroa-Penwithey (Dunedin) 1:02:48.", "", "", ""),
        ],
        [
            ("Get the best of Tidings sport in your inbox every Friday.", "", "", "B"),
            ("Sign up now", "", "", "B"),
        ],
        [
            ("More Sport", "", "", "B"),
        ],
        [
            ("Premier club cricket: Kōwhaiwaho hang on for draw after late collapse", "", "", "B"),
        ],
        [
            ("Dunedin rower named in national under-23 squad", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Southern Tidings Media Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("LANKA COURIER ONLINE", "", "", "B"),
        ],
        [
            ("Tuesday, 27 October 2026 09:14 AM   - 0 -   1,846", "", "", "B"),
        ],
        [
            (
                "Home   News   Business   Sports   Features   Opinion   Provincial   Tamil   Sinhala",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            (
                "CEA suspends sand mining on Maha Oya after riverbank collapse damages 14 homes",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Dirukshi Amarakoon-Wettamuni", "", "", "B"),
        ],
        [
            ("Print   Email   A A A", "", "", "B"),
        ],
        [
            (
                "A house in Kudawelikanda left hanging over the Maha Oya after Saturday’s collapse.",
                "",
                "",
                "",
            ),
            ("Pic by Nuwindu Kahandawa-Aranayage", "", "", "B"),
        ],
        [
            (
                "The Central Environmental Authority (CEA) has suspended all sand-mining permits along a six-kilometre stretch of the Maha Oya in the Kegalle District after a section of riverbank collapsed at Kudawelikanda on Saturday, damaging 14 houses, the authority said yesterday.",
                "the Central Environmental Authority (CEA)",
                "said",
                "W",
            ),
        ],
        [
            (
                "CEA Sabaragamuwa Provincial Director Mr. R.M.P. Lalindra Kumbukgollage said the suspension covered 11 permits and would remain in force until a survey of the riverbed was completed.",
                "R.M.P. Lalindra Kumbukgollage",
                "said",
                "W",
            ),
            (
                "He said the authority’s officers had found that at least four permit holders had been mining well outside the areas marked on their licences.",
                "R.M.P. Lalindra Kumbukgollage",
                "said",
                "W",
            ),
        ],
        [
            (
                "“A permit is not a licence to dig wherever you like,” Mr. Kumbukgollage said.",
                "R.M.P. Lalindra Kumbukgollage",
                "said",
                "",
            ),
            (
                "“The river has been telling us this for years, and on Saturday it told us very loudly.”",
                "R.M.P. Lalindra Kumbukgollage",
                "said",
                "",
            ),
        ],
        [
            (
                "Pallewatta Divisional Secretary Mrs. H.M. Chandima Dehigolla-Mudiyanse said 52 people from the damaged houses were staying at the Kudawelikanda Maha Vidyalaya.",
                "H.M. Chandima Dehigolla-Mudiyanse",
                "said",
                "W",
            ),
            (
                "She said each family had received Rs. 25,000 for immediate needs and dry rations for a week.",
                "H.M. Chandima Dehigolla-Mudiyanse",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The Geological Survey and Mines Bureau (GSMB), which issues the mining licences, said it would send a team of geologists to the site on Thursday.",
                "the Geological Survey and Mines Bureau (GSMB)",
                "said",
                "W",
            ),
        ],
        [
            (
                "The chief incumbent of the Kudawelikanda Sri Bodhirukkarama temple, Ven. Ambagolle Sumanathissa Thera, said villagers had complained to the authorities about night-time sand mining at least six times since 2023.",
                "Ambagolle Sumanathissa Thera",
                "said",
                "W",
            ),
            (
                "“We wrote letters, we held a protest on the main road, and still the lorries came every night,” the Thera said.",
                "Ambagolle Sumanathissa Thera",
                "said",
                "",
            ),
        ],
        [
            (
                "K.A. Seelawathie Pinnawalage, 63, whose kitchen and bathroom fell into the river, said she had lived in the house since she was married in 1981.",
                "K.A. Seelawathie Pinnawalage",
                "said",
                "",
            ),
            (
                "“I heard a sound like thunder at about four in the morning, and then the wall was gone,” she said.",
                "K.A. Seelawathie Pinnawalage",
                "said",
                "",
            ),
            ("“Where will I cook now?”", "K.A. Seelawathie Pinnawalage", "said", ""),
        ],
        [
            (
                "Kegalle Police said three lorries and a backhoe were seized near the collapse site on Sunday night and two drivers were arrested for transporting sand without a permit.",
                "Kegalle Police",
                "said",
                "W",
            ),
            (
                "They were produced before the Kegalle Magistrate on Monday and released on bail of Rs. 100,000 each.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ishara Gunawickrama-Siriwela, a spokesman for the river protection group Nadee Surakeema Sansadaya, said the suspension was welcome but came too late for the families of Kudawelikanda.",
                "Ishara Gunawickrama-Siriwela",
                "said",
                "",
            ),
            (
                "He said the riverbed near the village had dropped by about two metres since 2019, according to measurements taken by the group’s volunteers.",
                "Ishara Gunawickrama-Siriwela",
                "said",
                "W",
            ),
            (
                "“If you take the sand, the river takes the bank,” he said.",
                "Ishara Gunawickrama-Siriwela",
                "said",
                "",
            ),
        ],
        [
            (
                "More than 1.2 million cubic metres of sand is taken from rivers in the Sabaragamuwa Province every year, according to a 2024 study by the Lanka Watershed Trust.",
                "a 2024 study by the Lanka Watershed Trust",
                "according to",
                "W",
            ),
        ],
        [
            ("Comments - 0", "", "", "B"),
        ],
        [
            ("Add comment", "", "", "B"),
        ],
        [
            (
                "Comments will be edited (grammar, spelling and slang) and approved at the discretion of Lanka Courier Online.",
                "",
                "",
                "B",
            ),
            ("The website also has the right not to publish selected comments.", "", "", "B"),
        ],
        [
            ("Name", "", "", "B"),
            ("Email", "", "", "B"),
            ("Comment", "", "", "B"),
        ],
        [
            ("Reply To:", "", "", "B"),
        ],
        [
            ("Most Viewed", "", "", "B"),
        ],
        [
            ("Fuel prices unchanged for November, says CPC", "", "", "B"),
        ],
        [
            ("Two arrested with 3 kg of Kerala ganja in Negombo", "", "", "B"),
        ],
    ],
    [
        [
            ("IBC", "", "", "B"),
        ],
        [
            (
                "News   Sport   Entertainment   Business   Lifestyle   Culture   IBC Player   Weather",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Regional › Connacht", "", "", "B"),
        ],
        [
            ("Over 1,200 apply for 86 cost-rental homes in Galway", "", "", "W"),
        ],
        [
            ("Updated / Wednesday, 28 Oct 2026 07:41", "", "", "B"),
        ],
        [
            ("By Róisne Dunlevane-Ahern, Western Correspondent", "", "", "B"),
        ],
        [
            ("Share   Copy link", "", "", "B"),
        ],
        [
            ("Listen", "", "", "B"),
            ("4 mins", "", "", "B"),
        ],
        [
            ("Watch: Applicants get first look inside Gortnahowla homes", "", "", "B"),
            ("02:16", "", "", "B"),
        ],
        [
            (
                "More than 1,200 households have applied for 86 cost-rental homes in Galway city in the ten days since applications opened, the approved housing body behind the scheme has said.",
                "the approved housing body behind the scheme",
                "has said",
                "W",
            ),
        ],
        [
            (
                "Clochán Housing Association chief executive Gráinín Nic Fhlannghaile said the association had received 1,214 applications by 5pm on Tuesday for the homes at Gortnahowla Court, on the western edge of the city.",
                "Gráinín Nic Fhlannghaile",
                "said",
                "W",
            ),
            (
                "She said rents would be €1,150 a month for a two-bedroom apartment and €1,320 for a three-bedroom house, which was about 30% below the market rent for similar homes in the area.",
                "Gráinín Nic Fhlannghaile",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We knew the demand was there, but to see it in black and white is something else,” Ms Nic Fhlannghaile said.",
                "Gráinín Nic Fhlannghaile",
                "said",
                "",
            ),
            (
                "“Behind every one of those applications is a household paying more than it can afford, or living somewhere it would rather not be.”",
                "Gráinín Nic Fhlannghaile",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the homes would be allocated by lottery among eligible applicants on 12 November, and the first tenants would move in before Christmas.",
                "Gráinín Nic Fhlannghaile",
                "said",
                "W",
            ),
        ],
        [
            ("Read more:", "", "", "B"),
            ("Galway rents up 9% in a year, latest figures show", "", "", "B"),
        ],
        [
            ("Who can apply", "", "", ""),
        ],
        [
            (
                "To qualify, a household’s net income must be below €66,000 a year in Galway, and no member can own a home.",
                "",
                "",
                "W",
            ),
            (
                "Applications close at 5pm on Friday, 30 October, and can only be made online.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The scheme was funded through a €24.3m loan from the Housing Finance Agency and €6.1m from the Department of Housing’s Cost Rental Equity Loan scheme, according to Galway City Council.",
                "Galway City Council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The council’s director of services for housing, Eamonn Tuogher-Brethnagh, said a further 140 cost-rental homes were at planning stage in the city and a site for 60 more had been bought in September.",
                "Eamonn Tuogher-Brethnagh",
                "said",
                "W",
            ),
            (
                "“Cost rental on its own won’t fix this, but it is the first time many of these families will have had a secure, long-term lease at a rent they can plan around,” he said.",
                "Eamonn Tuogher-Brethnagh",
                "said",
                "",
            ),
        ],
        [
            (
                "Orlaise Kennehey-Kwartenga, 34, a nurse who shares a two-bedroom apartment in the city centre with her partner and their son, said she applied on the first morning.",
                "Orlaise Kennehey-Kwartenga",
                "said",
                "",
            ),
            (
                "She said the family paid €1,890 a month in rent, close to half of what they earned between them.",
                "Orlaise Kennehey-Kwartenga",
                "said",
                "",
            ),
            (
                "“If we don’t get one of these, I honestly don’t know how much longer we can stay in Galway,” she said.",
                "Orlaise Kennehey-Kwartenga",
                "said",
                "",
            ),
        ],
        [
            (
                "The average rent for a new tenancy in Galway city was €1,742 a month in the second quarter of this year, according to the Residential Tenancies Board’s latest rent index.",
                "the Residential Tenancies Board’s latest rent index",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Cathán Bresnihane-Dowdigan, policy officer with the housing charity Fardoras, said cost rental was “a welcome step” but warned that it was reaching households on middle incomes rather than those on the social housing list.",
                "Cathán Bresnihane-Dowdigan",
                "said",
                "",
            ),
            (
                "He said there were 4,380 households on Galway City Council’s social housing waiting list at the end of June.",
                "Cathán Bresnihane-Dowdigan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cllr Páidín Ó Loingeáin-Furlane (FF), who chairs the council’s housing committee, said the city needed “ten schemes like this, not one”.",
                "Páidín Ó Loingeáin-Furlane",
                "said",
                "",
            ),
            (
                "He said he would put a motion to the November meeting asking the council to reserve a share of future cost-rental homes for key workers.",
                "Páidín Ó Loingeáin-Furlane",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Department of Housing said 2,310 cost-rental homes had been delivered across the country in 2025.",
                "A spokesperson for the Department of Housing",
                "said",
                "W",
            ),
            (
                "The department said it expected to approve funding for a further 3,000 in 2027.",
                "the department",
                "said",
                "",
            ),
        ],
        [
            (
                "Cost rental was introduced in Ireland in 2021, with rents set to cover the cost of building, financing and maintaining the homes rather than by the market.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tags: Housing · Galway · Cost rental", "", "", "B"),
        ],
        [
            ("IBC is not responsible for the content of external internet sites.", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Status yellow rain warning for five counties", "", "", "B"),
        ],
        [
            ("Man (40s) dies after single-vehicle crash in Co Mayo", "", "", "B"),
        ],
        [
            ("© IBC 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("KasiPulse", "", "", "B"),
        ],
        [
            (
                "Home   News   Business   Sport   Lifestyle   Entertainment   Tech   Motoring",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Lifestyle › Arts & Culture", "", "", "B"),
        ],
        [
            (
                "Gqeberha’s Isiphethu Arts Centre reopens after R18.6m restoration, 14 years after fire",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "First show sold out in two days, director says",
                "Lwaziwe Mhlontlo-Sipamla",
                "says",
                "W",
            ),
        ],
        [
            ("Southern Wire Service", "", "", "B"),
            ("Thursday, 29 October 2026 10:12 SAST", "", "", "B"),
        ],
        [
            ("3 min read", "", "", "B"),
        ],
        [
            ("Share this article:   Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            (
                "The restored main hall of the Isiphethu Arts Centre in Masiphile Park, which seats 420.",
                "",
                "",
                "W",
            ),
            ("Image: SWS / Zukisa Mbambisa-Tyala", "", "", "B"),
        ],
        [
            (
                "GQEBERHA, Oct 29 (SWS) – The Isiphethu Arts Centre in Masiphile Park will reopen on Saturday after an R18.6 million restoration, 14 years after a fire destroyed its roof and most of its main hall, the Nelson Mandela Bay Metropolitan Municipality said on Thursday.",
                "the Nelson Mandela Bay Metropolitan Municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mayoral committee member for sports, recreation, arts and culture Cllr Nomalungelo Bikitsha-Mdoda said the work had been paid for by the metro and a R6 million grant from the national arts department.",
                "Nomalungelo Bikitsha-Mdoda",
                "said",
                "W",
            ),
            (
                "She said the centre’s main hall would seat 420, and that two rehearsal rooms and a recording studio had been added where the old offices stood.",
                "Nomalungelo Bikitsha-Mdoda",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This building raised a generation of actors and musicians when there was nowhere else for them to go,” Bikitsha-Mdoda said.",
                "Nomalungelo Bikitsha-Mdoda",
                "said",
                "",
            ),
            ("“Today we are giving it back to them.”", "Nomalungelo Bikitsha-Mdoda", "said", ""),
        ],
        [
            (
                "The centre’s director, Lwaziwe Mhlontlo-Sipamla, said all 420 tickets for Saturday’s opening show, a new play about the 1980s bus boycotts, had sold out within two days.",
                "Lwaziwe Mhlontlo-Sipamla",
                "said",
                "W",
            ),
            (
                "He said tickets would cost R80 for adults and R40 for pupils and pensioners, and schools would be able to book free matinees on Wednesdays.",
                "Lwaziwe Mhlontlo-Sipamla",
                "said",
                "W",
            ),
            (
                "“We want a child from Masiphile Park to walk in here and think, this is mine,” he said.",
                "Lwaziwe Mhlontlo-Sipamla",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("ALSO READ: Makhanda festival to add township venues next year", "", "", "B"),
        ],
        [
            (
                "Veteran actor Tata Mzimkhulu Gwentshe-Mali, 78, who performed at the centre from its opening in 1984, said in isiXhosa that he had cried when he saw the new stage.",
                "Mzimkhulu Gwentshe-Mali",
                "said in isiXhosa",
                "",
            ),
            (
                "“We used to rehearse by candlelight when the power was cut, with the police outside,” he said.",
                "Mzimkhulu Gwentshe-Mali",
                "said",
                "",
            ),
            (
                "“These young people have lights, they have sound, they have a roof that does not leak.",
                "Mzimkhulu Gwentshe-Mali",
                "said",
                "",
            ),
            ("What is their excuse now?”", "Mzimkhulu Gwentshe-Mali", "said", ""),
        ],
        [
            (
                "Asemahle Qhinebe, 22, a drama student who will play the lead on Saturday, said she had grown up two streets from the centre and had only ever known it as a ruin.",
                "Asemahle Qhinebe",
                "said",
                "",
            ),
            (
                "“My mother used to tell me stories about the plays she saw here,” she said.",
                "Asemahle Qhinebe",
                "said",
                "",
            ),
            ("“Now she gets to see me.”", "Asemahle Qhinebe", "said", ""),
        ],
        [
            (
                "Opposition councillor Jandré Oberbeveld-Ventrop said the restoration had run R4.1 million over its original budget and finished almost three years late.",
                "Jandré Oberbeveld-Ventrop",
                "said",
                "W",
            ),
            (
                "“Nobody is against the arts centre, but residents deserve to know why it cost so much more,” he said.",
                "Jandré Oberbeveld-Ventrop",
                "said",
                "",
            ),
        ],
        [
            (
                "The project was first budgeted at R14.5 million in 2021, according to the metro’s adjustments budget.",
                "the metro’s adjustments budget",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Bikitsha-Mdoda said the cost had risen because the contractor found that the building’s foundations needed to be strengthened, and because of price increases in steel and roofing.",
                "Nomalungelo Bikitsha-Mdoda",
                "said",
                "W",
            ),
        ],
        [
            (
                "The centre was built by a community trust in 1984 and was taken over by the municipality in 2003.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The fire that gutted it in October 2012 was caused by an electrical fault, the fire brigade said at the time.",
                "the fire brigade",
                "said",
                "W",
            ),
        ],
        [
            ("– SWS", "", "", "B"),
        ],
        [
            ("Newsletter", "", "", "B"),
            ("Get the day’s top stories delivered to your inbox every morning.", "", "", "B"),
            ("Subscribe", "", "", "B"),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            (
                "Eskom warns of possible load reduction in parts of the metro this weekend",
                "",
                "",
                "B",
            ),
        ],
        [
            ("KasiPulse Music Awards: full list of nominees", "", "", "B"),
        ],
        [
            ("Sponsored", "", "", "B"),
        ],
        [
            ("Win a weekend for two in the Karoo", "", "", "B"),
        ],
        [
            ("© 2026 KasiPulse Digital (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h63-au-cr-quote-blank-cheque",
        "Mayor Jessaline Orvaldy-Keach, who moved the motion, said the council could not commit to the project while building costs were still climbing. “We have had two tenders come back more than $3 million over the estimate in the past 18 months,” Cr Orvaldy-Keach said. “I am not prepared to sign the city up for a blank cheque.”",
        [
            "Mayor Jessaline Orvaldy-Keach, who moved the motion, said the council could not commit to the project while building costs were still climbing.",
            "“We have had two tenders come back more than $3 million over the estimate in the past 18 months,” Cr Orvaldy-Keach said.",
            "“I am not prepared to sign the city up for a blank cheque.”",
        ],
    ),
    (
        "h63-au-bio-tip-email",
        "Ottilene Trewhenna covers local government for The Goldfields Sentinel. Got a tip? Email ottilene.trewhenna@goldfieldssentinel.com.au or call 03 5555 0192.",
        [
            "Ottilene Trewhenna covers local government for The Goldfields Sentinel.",
            "Got a tip?",
            "Email ottilene.trewhenna@goldfieldssentinel.com.au or call 03 5555 0192.",
        ],
    ),
    (
        "h63-au-pty-ltd-abn",
        "© 2026 Goldfields Sentinel Media Pty Ltd. ABN 61 555 820 114. All rights reserved.",
        ["© 2026 Goldfields Sentinel Media Pty Ltd. ABN 61 555 820 114.", "All rights reserved."],
    ),
    (
        "h63-ke-mzee-arap-4am",
        "Mzee Kiptorus arap Tuwoyot, 67, who has been on dialysis since 2023, said he used to leave home at 4am three times a week to catch a matatu to Nakuru. “Sometimes I would reach there and the machines were all taken, and I would sleep on the bench at the hospital,” he said. “Now I can walk here.”",
        [
            "Mzee Kiptorus arap Tuwoyot, 67, who has been on dialysis since 2023, said he used to leave home at 4am three times a week to catch a matatu to Nakuru.",
            "“Sometimes I would reach there and the machines were all taken, and I would sleep on the bench at the hospital,” he said.",
            "“Now I can walk here.”",
        ],
    ),
    (
        "h63-ke-ksh-dot-amount",
        "His daughter, Jepkurui Tuwoyot, said the family had been spending about Ksh. 6,000 a month on fares and meals for the trips. “We sold two goats in August just to keep him going,” she said.",
        [
            "His daughter, Jepkurui Tuwoyot, said the family had been spending about Ksh. 6,000 a month on fares and meals for the trips.",
            "“We sold two goats in August just to keep him going,” she said.",
        ],
    ),
    (
        "h63-uk-di-no-dot-quote",
        "“We know how much these bikes matter, because for a lot of people they are how they get to work,” DI Pilcraddock-Oseku said. “If you think one of them is yours, please get in touch with proof of ownership, such as a receipt or a frame number.”",
        [
            "“We know how much these bikes matter, because for a lot of people they are how they get to work,” DI Pilcraddock-Oseku said.",
            "“If you think one of them is yours, please get in touch with proof of ownership, such as a receipt or a frame number.”",
        ],
    ),
    (
        "h63-uk-ltd-postcode",
        "Leicester Bugle is published by Midshire Local Media Ltd., 4 Quornbury Yard, Leicester LE1 9ZQ. Registered in England and Wales No. 08815274.",
        [
            "Leicester Bugle is published by Midshire Local Media Ltd., 4 Quornbury Yard, Leicester LE1 9ZQ.",
            "Registered in England and Wales No. 08815274.",
        ],
    ),
    (
        "h63-in-initial-engineer-680m",
        "PMC bridge cell executive engineer Mrinmayi R. Tambwekar-Gadre said the 680-metre flyover, opened in 2009, rests on 96 bearings, of which 38 were found damaged during an inspection in July. She said the work would cost Rs 3.4 crore and would go on round the clock.",
        [
            "PMC bridge cell executive engineer Mrinmayi R. Tambwekar-Gadre said the 680-metre flyover, opened in 2009, rests on 96 bearings, of which 38 were found damaged during an inspection in July.",
            "She said the work would cost Rs 3.4 crore and would go on round the clock.",
        ],
    ),
    (
        "h63-in-dcp-initial-am-pm",
        "Deputy Commissioner of Police (Traffic) Amol B. Rankhambe said heavy vehicles would be barred from the approach roads between 8 am and 11 pm during the closure. He said 60 additional traffic wardens would be posted at four junctions, and the signal at Narhewasti would be switched to manual control at peak hours.",
        [
            "Deputy Commissioner of Police (Traffic) Amol B. Rankhambe said heavy vehicles would be barred from the approach roads between 8 am and 11 pm during the closure.",
            "He said 60 additional traffic wardens would be posted at four junctions, and the signal at Narhewasti would be switched to manual control at peak hours.",
        ],
    ),
    (
        "h63-in-ltd-paren-said-statement",
        "Buses on 14 routes will be diverted and passengers should expect delays of 15 to 20 minutes, the Pune Mahanagar Parivahan Mahamandal Ltd. (PMPML) said in a statement. It said two extra buses would run every hour on Route No. 174 between Kumbharkhind and Shelarmala.",
        [
            "Buses on 14 routes will be diverted and passengers should expect delays of 15 to 20 minutes, the Pune Mahanagar Parivahan Mahamandal Ltd. (PMPML) said in a statement.",
            "It said two extra buses would run every hour on Route No. 174 between Kumbharkhind and Shelarmala.",
        ],
    ),
    (
        "h63-in-pvt-ltd-rights",
        "Copyright © 2026 Pune Vartaman Pvt. Ltd. All rights reserved.",
        ["Copyright © 2026 Pune Vartaman Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "h63-ca-ns-inc-dateline",
        "PORT ALDERHOPE, N.S. — Scallaway Seafoods Inc. will close its processing plant in this Nova Scotia fishing town in December, putting 140 people out of work, the company said Wednesday.",
        [
            "PORT ALDERHOPE, N.S. — Scallaway Seafoods Inc. will close its processing plant in this Nova Scotia fishing town in December, putting 140 people out of work, the company said Wednesday."
        ],
    ),
    (
        "h63-ca-tsx-paren-cents",
        "Shares of Scallaway (TSX: SCY) fell 31 cents, or seven per cent, to $4.12 on the Toronto Stock Exchange by mid-afternoon Wednesday.",
        [
            "Shares of Scallaway (TSX: SCY) fell 31 cents, or seven per cent, to $4.12 on the Toronto Stock Exchange by mid-afternoon Wednesday."
        ],
    ),
    (
        "h63-ca-quote-split-question",
        "“They called us in, read out a statement and that was it,” she said. “Most of the people on that floor are women over 50. Where are they supposed to go?” she said.",
        [
            "“They called us in, read out a statement and that was it,” she said.",
            "“Most of the people on that floor are women over 50.",
            "Where are they supposed to go?” she said.",
        ],
    ),
    (
        "h63-ca-first-published-oct",
        "This story by Dominion Newswire was first published Oct. 21, 2026. Story by Avelind Corrivane-Tebbold.",
        [
            "This story by Dominion Newswire was first published Oct. 21, 2026.",
            "Story by Avelind Corrivane-Tebbold.",
        ],
    ),
    (
        "h63-us-quote-two-after-hearing",
        "“This was not one bad decision,” Ruskett-Ambery said after the hearing. “It was 214 decisions.”",
        [
            "“This was not one bad decision,” Ruskett-Ambery said after the hearing.",
            "“It was 214 decisions.”",
        ],
    ),
    (
        "h63-us-period-inside-quote",
        "Outside the courthouse, parent Ramelle Lutescu-Hardiment, whose two sons play in the league, said she thought four years was “about right.” “I just want the money back where it belongs, on the field,” she said.",
        [
            "Outside the courthouse, parent Ramelle Lutescu-Hardiment, whose two sons play in the league, said she thought four years was “about right.”",
            "“I just want the money back where it belongs, on the field,” she said.",
        ],
    ),
    (
        "h63-us-nov-dot-end",
        "Marrowbridge-Dunphe must report to prison by Nov. 5. She will be eligible to apply for judicial release after two years, the judge said.",
        [
            "Marrowbridge-Dunphe must report to prison by Nov. 5.",
            "She will be eligible to apply for judicial release after two years, the judge said.",
        ],
    ),
    (
        "h63-us-tv-dot-rights",
        "Copyright 2026 by WCOQ-TV. All rights reserved.",
        ["Copyright 2026 by WCOQ-TV.", "All rights reserved."],
    ),
    (
        "h63-jm-wsr-dateline-mm",
        "WESTERN BUREAU: The Meteorological Service of Jamaica has extended a flash flood warning for St James, Hanover, Westmoreland and Trelawny until 5 p.m. today, after 163 millimetres of rain fell on Montego Bay in the 24 hours to 7 a.m. Thursday.",
        [
            "WESTERN BUREAU: The Meteorological Service of Jamaica has extended a flash flood warning for St James, Hanover, Westmoreland and Trelawny until 5 p.m. today, after 163 millimetres of rain fell on Montego Bay in the 24 hours to 7 a.m. Thursday."
        ],
    ),
    (
        "h63-jm-mr-nwa-three-roads",
        "National Works Agency (NWA) regional manager Garlond Pusowell-McCalla told The Herald that crews had cleared landslides from three roads in Mount Tressaly by 4 p.m. Thursday. He said the main road through Dunbarton Gully remained blocked to cars, with water about 60 centimetres deep in places. “We ask motorists not to try and drive through moving water,” Mr Pusowell-McCalla said. “It only takes a little to float a car.”",
        [
            "National Works Agency (NWA) regional manager Garlond Pusowell-McCalla told The Herald that crews had cleared landslides from three roads in Mount Tressaly by 4 p.m. Thursday.",
            "He said the main road through Dunbarton Gully remained blocked to cars, with water about 60 centimetres deep in places.",
            "“We ask motorists not to try and drive through moving water,” Mr Pusowell-McCalla said.",
            "“It only takes a little to float a car.”",
        ],
    ),
    (
        "h63-jm-comment-policy",
        "Comments The Cornwall Herald welcomes your views. Comments are checked by an editor before they appear, and those that are abusive, off-topic or defamatory will not be published.",
        [
            "Comments",
            "The Cornwall Herald welcomes your views.",
            "Comments are checked by an editor before they appear, and those that are abusive, off-topic or defamatory will not be published.",
        ],
    ),
    (
        "h63-pk-comments-closed",
        "Comments (9) Closed Comments are moderated and will usually be approved if they are on topic and not abusive.",
        [
            "Comments (9)",
            "Closed",
            "Comments are moderated and will usually be approved if they are on topic and not abusive.",
        ],
    ),
    (
        "h63-nz-quote-question-said",
        "The 29-year-old physiotherapist took 41sec off the record set by Wellington’s Mahuia Esterwald-Lown in 2023. “I honestly didn’t look at my watch until the last kilometre, and then I thought, is that right?” Tawhirikura-Brellis said. “The wind was behind us all the way back along the harbour, so I can’t take all the credit.”",
        [
            "The 29-year-old physiotherapist took 41sec off the record set by Wellington’s Mahuia Esterwald-Lown in 2023.",
            "“I honestly didn’t look at my watch until the last kilometre, and then I thought, is that right?” Tawhirikura-Brellis said.",
            "“The wind was behind us all the way back along the harbour, so I can’t take all the credit.”",
        ],
    ),
    (
        "h63-lk-initials-mr-director",
        "CEA Sabaragamuwa Provincial Director Mr. R.M.P. Lalindra Kumbukgollage said the suspension covered 11 permits and would remain in force until a survey of the riverbed was completed. He said the authority’s officers had found that at least four permit holders had been mining well outside the areas marked on their licences.",
        [
            "CEA Sabaragamuwa Provincial Director Mr. R.M.P. Lalindra Kumbukgollage said the suspension covered 11 permits and would remain in force until a survey of the riverbed was completed.",
            "He said the authority’s officers had found that at least four permit holders had been mining well outside the areas marked on their licences.",
        ],
    ),
    (
        "h63-lk-mrs-ds-rs-dot",
        "Pallewatta Divisional Secretary Mrs. H.M. Chandima Dehigolla-Mudiyanse said 52 people from the damaged houses were staying at the Kudawelikanda Maha Vidyalaya. She said each family had received Rs. 25,000 for immediate needs and dry rations for a week.",
        [
            "Pallewatta Divisional Secretary Mrs. H.M. Chandima Dehigolla-Mudiyanse said 52 people from the damaged houses were staying at the Kudawelikanda Maha Vidyalaya.",
            "She said each family had received Rs. 25,000 for immediate needs and dry rations for a week.",
        ],
    ),
    (
        "h63-lk-ven-thera-temple",
        "The chief incumbent of the Kudawelikanda Sri Bodhirukkarama temple, Ven. Ambagolle Sumanathissa Thera, said villagers had complained to the authorities about night-time sand mining at least six times since 2023. “We wrote letters, we held a protest on the main road, and still the lorries came every night,” the Thera said.",
        [
            "The chief incumbent of the Kudawelikanda Sri Bodhirukkarama temple, Ven. Ambagolle Sumanathissa Thera, said villagers had complained to the authorities about night-time sand mining at least six times since 2023.",
            "“We wrote letters, we held a protest on the main road, and still the lorries came every night,” the Thera said.",
        ],
    ),
    (
        "h63-ie-ff-brackets-cllr",
        "Cllr Páidín Ó Loingeáin-Furlane (FF), who chairs the council’s housing committee, said the city needed “ten schemes like this, not one”. He said he would put a motion to the November meeting asking the council to reserve a share of future cost-rental homes for key workers.",
        [
            "Cllr Páidín Ó Loingeáin-Furlane (FF), who chairs the council’s housing committee, said the city needed “ten schemes like this, not one”.",
            "He said he would put a motion to the November meeting asking the council to reserve a share of future cost-rental homes for key workers.",
        ],
    ),
    (
        "h63-za-tata-isixhosa-translated",
        "Veteran actor Tata Mzimkhulu Gwentshe-Mali, 78, who performed at the centre from its opening in 1984, said in isiXhosa that he had cried when he saw the new stage. “We used to rehearse by candlelight when the power was cut, with the police outside,” he said. “These young people have lights, they have sound, they have a roof that does not leak. What is their excuse now?”",
        [
            "Veteran actor Tata Mzimkhulu Gwentshe-Mali, 78, who performed at the centre from its opening in 1984, said in isiXhosa that he had cried when he saw the new stage.",
            "“We used to rehearse by candlelight when the power was cut, with the police outside,” he said.",
            "“These young people have lights, they have sound, they have a roof that does not leak.",
            "What is their excuse now?”",
        ],
    ),
    (
        "h63-za-pty-ltd-rights",
        "© 2026 KasiPulse Digital (Pty) Ltd. All rights reserved.",
        ["© 2026 KasiPulse Digital (Pty) Ltd.", "All rights reserved."],
    ),
]
