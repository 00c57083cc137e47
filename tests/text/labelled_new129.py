"""Hundred-and-twenty-ninth set of new hand-labelled pages for the hint engines (tuning set, round fifty):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve kinds of site whose
FURNITURE is hard to tell from story: a United States regional TV station with weather, traffic and
closings widgets (Kansas, an ice storm leaves 41,000 without power); an Indian business portal
republishing a wire story (an electric-scooter maker recalls 48,200 scooters); a paywalled Singapore
business daily (a shipyard group warns of its first annual loss); a New Zealand magazine's long read
with pull quotes and an author bio (a rural bus the regional council will stop paying for); an Irish
local radio station's site with a listen-live strip (the planning board refuses a quarry extension);
an English borough council's press room (the council buys its shopping centre for £14.6 million); a
Scottish football club's official site (a new stand lifts capacity to 6,412); an Australian local
newsletter's web view (Hobart: a ferry timetable cut, a subdivision deferred, quick items); a South
African news page in a browser's reader view (a hospital's only CT scanner broken for 11 weeks); a
Canadian public broadcaster's live page (a wildfire forces the evacuation of a town of 5,800); an
English-language daily in Spain (towns ban garden watering as a reservoir falls to 9.8%); and a
Kenyan dairy co-operative's newsroom (the society raises its milk price to Sh52 a litre).

What is hard is the FURNITURE, at the head, in the middle of the story and at the tail, worded each
site's own way and often saying things a story would say: an ice-storm warning banner, a
temperature widget, a traffic strip ("I-135 southbound closed at 47th St. S. ..."), a closings
ticker, an outage-map prompt, a weather-app prompt, a photo appeal, an owner line and a public-file
footer; an index ticker, a stock-quote widget ("VELOXA MOTORS LTD. ₹607.45 ▼ 4.90 ..."), a read-time
line with " . " inside it, a "Key takeaways" label and an AI-tool note, a wire credit line, the
portal's note that the wire copy was not edited, a brokerage disclaimer and an app prompt with a
number in it; a metered-access notice, a markets strip, a listen/gift/save strip, a paywall box in
the middle of the story with prices, a market-data delay note, a briefing ask and a personal-use
notice; an issue line, "Words by ... · Photographs by ...", pull quotes that repeat the story's
quotes and their attribution lines, a print-subscription ask, a note on the printed headline, a
funding note, a dated correction and an author bio; a listen-live/on-air strip, a now-playing line,
a text-the-studio line, an audio-clip line, a Cash Call jackpot, a have-your-say line, death-notice
times, a listen-back line and a licensing line; a skip link, a breadcrumb, "ENDS", "Notes to
editors", a note on photographs, the standard "About the council" paragraph, press contacts, PDF
links with file sizes and a was-this-page-useful prompt; a NEXT MATCH strip, a video line, a
subscribers' line, a season-ticket banner that repeats the story, an official-partner offer with a
discount code, a hashtag, a principal-partner line, a club-shop line and a registration block; a
newsletter's greeting, weather line, index line, sponsor block, section labels, reply prompt,
sign-off, forwarded-by prompt, acknowledgement of country and why-you-got-this line; a reader view's
domain and reading-time lines, player lines, READ links, an inline newsletter ask, a membership
appeal and a press-code line; a live page's "Key points" label, safety note, time stamps, "Posted
by" lines, share lines, a video line and a start-of-coverage note; a weather-and-exchange-rate strip,
a "Leer en español" link, a PROPERTY OF THE WEEK strip with a price, a WhatsApp-channel line with a
reader count, comment rules and a legal-deposit line; and an SMS-statement line, a share-contribution
notice with a Paybill number, an AGM notice, a TENDER notice and a line citing the society's
registration under an Act. Beside them the story text carries speakers, quotes and check-worthy
statements as in any page, and the splits fall around abbreviations, initials, decimals, times,
ellipses and quotes ending in "?" or "!" before an attribution, in furniture as in story. The pages
hold 544 sentences: 259 "B" (47.6%), 160 "W" and 125 ""; 197 sentences carry a speaker (86
distinct speakers). `STYLES` describes each page, its story, its speakers and its furniture in
order.

Written from scratch for issue 13 in round fifty, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief `/tmp/brief/common.md` (printed whole with `cat`, in the same
command as listings of `/tmp/sets`, which was empty, and `/tmp/brief`, which held only that file);
the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`), `def build` in `tests/text/labelled_articles.py` (its source segment printed by
an `ast` script of my own, that function only) and the `tool.ruff` tables of `pyproject.toml`
(loaded with `tomllib` and printed), in one command; and, from `labelled_new127.py` and
`labelled_new128.py`, the output of a script of my own using `ast` that prints the module
docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each. It was
printed once (the tool cut its middle), then printed again into a scratch file, of which `grep -n`
showed the section markers and `sed` showed four line ranges (one of them cut to 1,500 characters a
line) until every part of it had been seen once. No other page, case or docstring of any file under
`tests/` was read. What was run: a Python one-liner printing the calendars of January, February,
March, May and June 2027 (to check weekdays) and `ruff --version` from the project's `.venv`;
scripts of my own in a scratch folder that turn a small line format (flag, speaker, cue and text
separated by a tilde, one line a paragraph unless it starts with "+", short keys for speakers' full
names, marks naming a case's first sentence and its length) into the literals below, insert and
remove lines, apply renames, count sentences, flags and speakers, list every labelled sentence that
holds a full stop, "?", "!" or "…" followed by a capital (all of them abbreviations, initials, list
numbers or times kept inside on purpose, and one related-link item split at its "?" as a result) and
cut the split cases out of the pages; case-insensitive substring file counts (`grep -rliF -- WORD
/work/main/tests/text | wc -l`) for every capitalised word of three letters or more and every part
of a hyphenated word of the first draft (884 words), for about 110 candidate replacements and for
the 80 new words after renaming; an import of this file by path with `labelled_articles.build` on
every page and a check of the four string fields, the flags, the text at each label's offsets, no
"B" with a speaker, a cue for every speaker and a speaker for every cue, 30 distinct case ids with
the `n129-` prefix, every case text in a built page and equal to its sentences joined by single
spaces, each expected sentence one labelled sentence of one paragraph, in order, and the counts
above; and `ruff format` and `ruff check` from the project's virtual environment with the project's
`pyproject.toml` as config, the check through `--stdin-filename tests/text/labelled_new129.py` so
that the per-file ignores for `tests/**` apply. Only counts were read from the word searches, never
the matched lines or file names. Of the first draft's coined words, these hit more than two files
and were renamed: outlets and brands (Harbourfront, Esker, Sentinel, Slipway, Plains Crest, Orchid,
Costa Oriental, Swift, Allan, Mlima Safi, Te Ara, a tender prefix MSD), a coach firm (Kauri), a
shopping centre (Northgate), a quarry firm (Brosna) and surnames and parts of double-barrelled
surnames (Brandvold, Crane, Dunne, Ferreira, Gill, Thibodeau, Greaves, Greer, Pōhatu, Haig, Muir,
Nolan, Oosthuizen, Pike, Rao, Rau, Whitcombe, Scott, Shaw, Kinnaird, Soto, Quenneville, Sood,
Iyengar, Sterling, Whitt, Wyk, Lindquist, Loweth, Fifita, Mirza, Okonjo, Qwabe, Gichohi, Nel,
Threlkeld, Ang, Teo, Lim); candidates that hit as well (Kerrigan, Rennison, Auchterlonie, Havili,
Ormsby, Amadi, Yeoh, Khoo, Quah, Chua, Quek, Seow, Tseng, Loke, Sng, Leong, Kwang, Yeap, Phua,
Kwek, Toh, Seah, Kilele, Bora, Nyota, Tōtara, Tāwhai, Whenua, Ridgeway, Esplanade, Tanjong,
Lantern, Pretorius, Swanepoel, Wambugu) were dropped for others; only replacements with at most two
hits were kept. What still hits is real countries, states, regions, cities, towns, roads and
institutions (Kansas, Wichita, Andale, Derby, Reno, Harvey, Missouri, Oklahoma, Nebraska,
Bengaluru, Birr, the Midlands, Northland, Hobart, Kingston, Brooke Street, Buffalo City, Alberta,
Alta., Alva, Leeds, London, Germany, the Costa del Sol and the like), common given names kept on
purpose (Dana, Renata, Luis, Pauline, Marcy, Grant, Shalini, Tarun, Meghna, Cheryl, Siew, Kah,
Vanessa, Dennis, Lorna, Mereana, Claire, Ríona, Peadar, Desmond, Ruth, Lindsay, Callum, Malcolm,
Bronwyn, Rhiannon, Tui, Annika, Ellie, Dev, Lindiwe, Thando, Lwazi, Marlene, Ayanda, Jenna, Raj,
Darlene, Gord, Harriet, Inmaculada, Neville, Rafael, Peter, Esther, Wanjiru, Hannah, Wairimu,
Joseph) and ordinary, outlet and institutional words and tokens (Herald, Prairie, Aggregates, Cider,
Kitchens, Distillery, Thistle, Rovers, Biscuit, Junta, Garda, RCMP, SEBI, Sensex, Nifty, FCC, EEO,
ABN, GST, CBD, IPO, SGD, SMS, Ombud, Bord, Aviso, Leer, Cpl and the like).

Every person, outlet, station, portal, wire, firm, fund, council, club, ground, newsletter, hospital,
co-operative, centre, estate, street and figure is invented. Real countries, regions, cities and
institutions appear only as settings, with invented statements and figures: those above, Sedgwick,
Butler, Sumner and Kingman counties, Cheney, Haysville, Valley Center, Newton, Goddard, K-96, I-135,
Wichita Eisenhower National Airport, the National Weather Service, the Kansas Department of
Transportation, Wichita Public Schools and Newman University; Indiranagar, Hebbal, the National Stock
Exchange and the Ministry of Road Transport and Highways; Tuas, Loyang and SGX; Whangārei,
Mangakāhia, the Northland Regional Council and Massey University; An Bord Pleanála, Offaly County
Council, Tullamore, the High Court and Coimisiún na Meán; the Public Works Loan Board and the Land
Registry; Clackmannanshire Council and sportscotland; Bellerive, Kingborough, Huntingfield,
Clarence, Salamanca Market and Hobart City Council; East London, Mdantsane and the Eastern Cape
health department; Alberta Wildfire, Athabasca, Boyle and Highway 2; the Axarquía, Nerja,
Vélez-Málaga, Torrox, Frigiliana, La Viñuela, the Junta de Andalucía and Aemet; Nyandarua, Ol Kalou
and the Co-operative Societies Act; and Facebook, X, WhatsApp and M-Pesa as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, widget, banner, menu, label, byline, date, share line,
caption, credit, link, list item, notice, note, rule and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says; a caption by its content ("" for a scene, "W"
for a caption stating a fact) and its credit "B"; headlines and standfirsts never split and flagged
by content, a headline's or standfirst's "says" carrying the speaker the story names as first given;
a dateline belongs to its lead sentence; a speaker is the full name as first given without titles
("Cllr", "Cpl.", "Dr", "Dr.", "Mayor", "Manager", "Chief executive", "Club chairman", "Member
farmer", "Independent councillor" and the like dropped; initials and the particles "Ní" and "van"
kept), and a pronoun, a later surname or a title with a surname ("Mr Leow", "Ms Kabugi", "Cllr
Kilbride-Hession") resolves to it; "according to X" gives X as written; a descriptor before a
proper name is dropped ("The water company Aguaxor, which supplies the area," -> "Aguaxor", "The
regional government, the Junta de Andalucía," -> "the Junta de Andalucía", "The state-owned ferry
operator, Derwent Link," -> "Derwent Link", "Shipyard group Tuasco Marine Holdings" -> "Tuasco
Marine Holdings"); a generic noun for a body is kept as written ("The company", "The group", "The
district", "The utility", "The department", "the province", "RCMP", "the doctor", "the report"),
while "it said" and "It said" resolve to the body as first given; an anonymous source drops a
non-restrictive clause ("An official at the Ministry of Road Transport and Highways, who declined to
be identified," and "A doctor at the hospital, who asked not to be named because ...,"); a quote
over several sentences carries its speaker and cue in each; a person acting without a verb of
saying ("... analyst Vanessa Kuswandi-Hartono cut her target price ...") carries no speaker; a
fronted medium leaves the verb alone as cue ("In a call with analysts ..., ... said", "In a written
reply ..., the department said", "In its application, Clonbrack Aggregates said", "In her report,
the board's inspector found"); "did not say" is a refusal like "declined to say"; plans, schedules,
forecasts, advice, opinions, feelings and questions are "", statements of record, figures, a
statutory window and first-person records "W".

Conventions this set had to settle, in the same spirit:

* Widgets and strips are "B" even when they state a checkable fact or repeat the story: a weather
  warning banner, a temperature or weather line, a traffic strip, a closings ticker, index and stock
  tickers, a stock-quote widget, a markets strip, a data-delay note and its "Source: SGX.", a now
  playing line, an on-air strip, a Cash Call jackpot, a NEXT MATCH strip, a season-ticket banner, a
  PROPERTY OF THE WEEK strip, an app prompt or WhatsApp line with a number, a share-contribution
  notice, an AGM notice and a TENDER notice.
* A summary box: its label ("Key takeaways") and the note on how it was made are "B"; its bullets
  are flagged by content, like a standfirst ("W" here). A live page's "Key points" label is "B" and
  its bullets by content ("W" or ""). A newsletter's bullets ("• ...") likewise.
* A pull quote repeats a quote of the story: the repeat and its attribution line ("— name, role")
  are "B" and carry no speaker; the quote in the story carries its speaker as usual.
* Notes on the copy are "B" whatever they state: the portal's note that the wire copy was not
  edited, a note giving the printed headline, a funding note, a dated correction (even its "It began
  in 1996."), an AI-tool note, a personal-use notice, comment rules and a live page's safety note and
  start-of-coverage note.
* A press release: "ENDS", "Notes to editors" and the standard "About the council" paragraph that
  every release carries are "B"; a numbered note about this story is flagged by content ("1. The
  Marketgate Centre opened in 1976." "W", its list number inside the sentence; "2. ... expected to
  complete by 30 June 2027." ""), a note on photographs available from the press office "B".
* The voice of the site itself, with no speaker: a council's release, a club's news item ("is
  delighted to confirm"), a co-operative's release and a magazine writer's narration, "W" for their
  records, "" for their plans and colour.
* A newsletter's greeting, weather line, index line, sponsor block, section labels ("THE BIG ONE",
  "QUICK ONES", "ONE MORE THING"), reply prompt, sign-off and the writers' names are "B"; a reader's
  emailed remark carries the reader as named ("Annika") with the cue "wrote in".
* Magazine cues in the present tense are kept as written ("says", "asks"); "the report says" and
  "the order says" keep the document as written, like "the statement said".
* A reader view's domain line and reading-time line are "B", like a site's masthead and read-time
  line; a related-link item with "?" and a second part is split in two "B" sentences, as in
  `labelled_new128.py`.
* "Offaly County Council said it had no comment ..." carries the council with "said", "".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of one to three
consecutive sentences of one paragraph of these pages joined by single spaces, in furniture and in
story: "47th St. S." in a traffic strip; "Kan. (KWTQ)" and "4:40 a.m., when"; "?” asked ..." before
"She said ..."; " . Updated:" in a read-time line; "by Feb. 28." before "It is ... since Jan.
2025."; a mid-sentence "…"; "“We did the work." before "We expect ...,” he said."; "Pte. Ltd." before
"Co. Regn. No. ..." and "All rights reserved."; "2.01 pm on Thursday." before "They last traded at
S$0.415 ..."; "?” she asks." before "!”"; a dated correction before "It began in 1996."; "Ní"
and "?” she asked."; "Ltd." before "Registered in Ireland No. ..."; "Cllr" and "said: “..."; "1." as a
list number; "!” he said." before a quote; "Ltd." before "Registered in Scotland No. ..." and
"Registered office: ..."; a mid-sentence "..."; "8.15am" in a colon quote; "Rivulet Land Co.,"
mid-sentence before "A decision ..."; "“Nine hours!" before "He had ...,” she said."; "X-ray" and a
two-sentence quote; "Cpl."; "“Is this the worst day ...?" before "Probably,” he told reporters ...";
"at 3 p.m." before "Crews ..."; "?” he asked." before "!”"; "S.L." before "All rights reserved.";
"9.00 a.m., Ol Kalou Stadium." before "The agenda ..."; "Sept. 2025." before "Members ..."; "(Cap.
490)." before "Reg. No. CS/4812.": what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'United States REGIONAL TV STATION\'s site (Kansas), an ice storm leaves 41,000 without power, with weather, traffic and closings widgets: call-letter masthead, a watch-live strip with a closings count, menu with wide spaces, an ice-storm warning banner with "6 p.m. Wednesday" mid-sentence, a temperature widget, a traffic strip with "47th St. S." mid-sentence, section label (all "B"); headline "...; utility says ..." carrying the utility "W"; "by:" byline, Posted and Updated lines with "AM CST", share strip; caption "" and a viewer photo credit; "WICHITA, Kan. (KWTQ) —" lead ending "..., Walnut Prairie Energy said." "W" and a peak "according to the utility\'s outage map" with "4:40 a.m., when" mid-sentence "W"; the spokeswoman (crews "W", a forecast quote in two sentences "", poles "W"); RELATED link; the emergency management director with an initial and "8 p.m. Monday and 8 a.m. Tuesday" mid-sentence ("W", "He said" "W", "Barrientos-Whitlatch said" and "he said" "W"); an outage-map prompt split at "?" ("B", "B"); Advertisement; a resident named after "“...?” asked ..." "" and her night in the car "W", "Ruble said" and "I\'m fine... and then" with a mid-sentence ellipsis ""; ice totals "according to National Weather Service records" "W"; the station\'s meteorologist with his title dropped (a forecast to "2 p.m. Thursday." and "he said" ""); a weather-app prompt; school closures "W" and "The district said" kept as written ""; a CLOSINGS ticker ending "10 a.m." "B"; the state transport department "W"; "The utility said" kept as written "W"; advice with "urged" "" (photo appeal split at "?", copyright split at "KWTQ." before "All rights reserved.", an owner line, FCC footer)',
    'Indian BUSINESS PORTAL (Bengaluru) republishing a WIRE STORY, an electric-scooter maker recalls 48,200 scooters: masthead in capitals, menu with pipes, an index ticker with decimals, section path with slashes (all "B"); headline of record "W" and standfirst "The Bengaluru-based company says ..." carrying the company as the lead names it "W"; a read-time line with " . " inside it, the wire\'s name, a stock-quote widget with "LTD. ₹607.45" (each one "B"); a "Key takeaways" box (label "B", two bullets "W", an AI-tool note "B"); caption "" and a file-photo credit; "BENGALURU, Feb 10 (PNS) —" lead with "Motors Ltd. said" and "Oct. 2026" mid-sentence "W"; "The company said in a stock exchange filing" kept as written "W" and "it said" a plan ""; shares "W"; ALSO READ link; the chief executive ("told reporters" "W", a quote "", "since Dec. 1." ending a sentence before "He declined to name the supplier." "", service centres "W"); "Analysts at Kotwal Securities said" a cost estimate ""; an analyst named after "“..., isn\'t it?” said ..." ""; models and prices "W"; registrations "according to government vehicle registration data" "W"; Advertisement; an anonymous ministry official with the non-restrictive clause dropped, "by Feb. 28." before "It is the third recall ... since Jan. 2025." "W"; an owner named after a quote with a mid-sentence ellipsis "W" and her SMS ""; (a "(Reporting by ...; Editing by ...)" line, the portal\'s two-sentence note that the wire copy was not edited, a brokerage disclaimer, an app prompt with a number, copyright split at "Pvt. Ltd." before "All rights reserved.", footer)',
    'Singapore PAYWALLED BUSINESS DAILY, a shipyard group warns of its first annual loss after a conversion contract is scrapped: masthead in capitals, a metered-access notice in two sentences, menu with pipes, a markets strip with decimals, section label (all "B"); headline and standfirst of record "W"; byline, a Published line, a listen/gift/save strip; a caption stating a fact "W" and a PHOTO credit; lead "Shipyard group Tuasco Marine Holdings said on Thursday (Feb 25) ..." with "Dec 31" mid-sentence "W" and "it said" "W"; last year\'s profit "W"; "2.01 pm on Thursday." ending a sentence before "They last traded at S$0.415 ..." "W"; a paywall box in the middle ("Enjoying this article?", an offer with "S$0.99" and "S$29.90", "Cancel anytime; ..."); the chief executive "In a call with analysts ..., ... said" "W", "“We did the work." and "We expect to be paid for the work,” he said." "", "Mr Leow said" and "He said" "W"; order book "W"; an analyst cutting her target price with no speaker "W", then "wrote in a note to clients" over a two-sentence quote "" and a could-forecast ""; covenants "according to its 2025 annual report" "W"; workers "W"; cash "according to its third-quarter business update" "W"; a data-delay note and "Source: SGX." "B"; "The group said" kept as written with "Mar 1." ending a sentence before "..., it said." "" (a briefing ask, a two-sentence personal-use notice, copyright split at "Pte. Ltd." before "Co. Regn. No. ..." and "All rights reserved.", footer)',
    'New Zealand MAGAZINE\'s long read (Northland), a rural bus service that the regional council will stop paying for, with PULL QUOTES and an AUTHOR BIO: masthead, menu, section path, issue line (all "B"); a feature headline with no claim ""; standfirst of record "W"; "Words by ... · Photographs by ..." and a date-and-read-time line; caption "" and photo credit; the writer\'s scene-setting with "At 7.10am" "" and her own checkable statements with no speaker "W"; the driver with present-tense "says" ("", ""); a pull quote repeating his words and its "— name, driver" line "B"; costs "according to a council report" "W" and "the report says" kept as written "W"; the committee vote "W"; the committee chair ("says" a plan "", a two-sentence quote ""); the van\'s cost "according to the same report" "W"; Advertisement and a print-subscription ask; a passenger (her trips "W", "“..., ring a van?” she asks." and "“I don\'t even have a cellphone!”" ""), a second pull quote and its attribution "B"; a researcher with "Dr" dropped ("says" "", a quote "", nine routes cut "W"); "Kittredge-Paewai says" a plan ""; colour and "he says, to nobody in particular" ""; the last departure "" (a note on the printed headline, a funding note in two sentences, a dated correction in two sentences, ABOUT THE WRITER and a two-sentence bio, copyright, footer)',
    'Irish LOCAL RADIO STATION\'s site (Offaly), the planning board refuses a quarry extension after 412 objections, with a LISTEN-LIVE strip: masthead, listen-live/on-air strip, a now-playing line, menu, a text-the-studio line, a weather line, section label (all "B"); headline of record "W"; "By ... News", a date-and-time line, share line and an audio-clip line "B"; the refusal and the overturned permission with no speaker "W"; "In her report, the board\'s inspector found" with "found" as cue "W"; the residents\' spokeswoman ("W", "she told The Midlands Today this morning" "", "“Well, the handful won.”" "", funds raised "W"); a Cash Call jackpot line "B"; the quarry company "said in a statement" "" and "it said" its workforce "W"; the judicial-review window "W"; "In its application, Clonbrack Aggregates said" "W"; "Offaly County Council said it had no comment" ""; the school principal with the particle "Ní" kept ("W", "“...?” she asked." ""); a have-your-say line with phone and text numbers "B"; a councillor with "Independent councillor" dropped ("W", a plan "", "Cllr Kilbride-Hession said" and a quote ""); road deaths "according to Garda figures" "W" (a death-notices times line, a listen-back line, tags, a licensing line, copyright split at "Ltd." before "Registered in Ireland No. ...", footer)',
    'English COUNCIL PRESS ROOM (a borough council), the council agrees to buy its town-centre shopping centre for £14.6 million: skip link, council name, services menu, breadcrumb, "Press release" label (all "B"); headline of record "W"; Published and Last updated lines; the council\'s own voice with no speaker ("W" x3); the leader with "Cllr" dropped and a colon quote "said: “..." over two sentences ""; the finance cabinet member (rents "W", an expectation "", "He said: “..." "" and an advisers\' check "W", a valuation "W" and a quote ""); the current owner\'s price "according to Land Registry records" "W"; plans ""; "Cllr Qureshi-Treloar said" a plan ""; a traders\' chair with a colon quote over three sentences ("W", "", ""); the full-council vote "W"; ENDS and "Notes to editors" "B"; numbered notes by content ("1. The Marketgate Centre opened in 1976." and its second sentence "W", "2. ..." a completion date ""), a note on photographs "B"; the standard "About ..." paragraph in two sentences "B" (media and out-of-hours contacts, Related documents with PDF sizes "1.2MB" and "412KB", a was-this-page-useful prompt split at "?", footer, copyright)',
    'Scottish FOOTBALL CLUB\'s official site, a new stand\'s safety certificate lifts capacity to 6,412: masthead in capitals, a tagline with "Est. 1889", menu, a NEXT MATCH strip with "3pm", section label (all "B"); headline of record "W"; a date in dots, "Words: Club Media Team"; caption "" and credit; the club\'s own voice with no speaker ("is delighted to confirm" "W", cost and grant "W", a first match "", the inspection "W"); the chairman ("said the stand was “...”" "", "“... never raise a penny!” he said." "", supporters\' money "W"); a video line and a subscribers\' line "B"; frozen prices "W"; the chief executive ("W", renewals "at 10am on Monday 22 March." "" and "she said" ""); a season-ticket banner "B"; "Balfron-Urquhart said" stewards "W"; the stand\'s features and average crowd "W"; away fans "W"; the manager ("said" "", a quote with a mid-sentence "..." ""); an official-partner offer with a code "B"; record attendance "W"; league position ""; the old enclosure "W"; "Menteith-Goudie said" a plan "" (a hashtag, principal partner, club-shop line, a registration block split at "Ltd." before "Registered in Scotland No. ..." and "Registered office: ...", footer)',
    'Australian LOCAL NEWSLETTER\'s WEB VIEW (Hobart), a ferry timetable cut, a subdivision deferred and three quick items: name, issue line, date, greeting, weather line, index line, a two-sentence sponsor block and section labels THE BIG ONE, HOUSING, QUICK ONES, ONE MORE THING (all "B"); item headlines of record "W"; "The state-owned ferry operator, Derwent Link, will ..., it confirmed" with the descriptor dropped "W" and "It said" "W"; the chief executive "told a parliamentary committee" "W" and "He said" ""; a fare record "W"; an MLC named after her quote ("", ""); a reader by first name "wrote in" with "8.15am" ("", ""); a transcript link "B"; a council\'s deferral "W", the mayor ("" and "She said" "W"), planners\' recommendation "", "The developer, Rivulet Land Co., said in a statement" "" and the new date ""; bullets "according to the council" "W", a market "W" and a vote ""; a dog "according to deckhands" "W" and a deckhand\'s quote ("", ""); reply prompt split at "?" (a sign-off in two sentences, the writers\' names, a forwarded-by prompt split at "?", an acknowledgement of country, a why-you-got-this line ending in a domain, unsubscribe links, a company line with ABN)',
    'South African news site in a browser\'s READER VIEW (East London), a hospital\'s only CT scanner broken for 11 weeks: a domain line; headline of record "W"; byline name and a reading-time line "B"; caption "" and image credit; lead "..., the Eastern Cape health department has confirmed" "W" and "The department said" kept as written "W"; the department spokesman (an order date "W", "“We understand the frustration." and "We are not sitting on our hands,” he said." ""); listen-to-this-article lines "B"; "A doctor at the hospital, who asked not to be named because ...," with the clause dropped "W" and "the doctor said" kept as written over two sentences ""; a READ link split at its "?" into two "B"; a daughter ("W", "“Nine hours!" and "He had a drip ...,” she said." "", a private ambulance ""); an inline newsletter ask "B"; "In a written reply ..., the department said" "W" and "It did not say" ""; the opposition spokeswoman with "Dr" dropped and the particle "van" kept ("W", a quote ""); Advertisement; the hospital CEO (a plan "", a cost "", "Asked why ..., Qwabe-Lindeque said" "W", stroke patients "W"); the hospital\'s size "W", its scanner\'s age "W" and its lapsed service contract "according to a tender notice ..." "W" (ALSO READ link, a membership appeal in two sentences, a two-sentence reporter bio, a press-code line, a tip line split at "?")',
    'Canadian PUBLIC BROADCASTER\'s LIVE PAGE (Alberta), a wildfire forces the evacuation of a town of 5,800: masthead, menu, LIVE label (all "B"); headline of record with "Alta.," mid-sentence "W"; a live-updates line with "6:41 p.m. MT"; "Key points" "B" and its bullets by content ("2:15 p.m. MT on Tuesday" "W", "according to Alberta Wildfire" "W", advice ""); a safety note "B"; entries newest first, each with its time stamp and "Posted by" line "B" and some with "Share this post   Copy link" "B": "RCMP say" "W" and "Cpl." dropped ("W", a quote ""); "the province says" "W" and advice ""; an evacuee "told CPN News" over three sentences ("", "“That\'s it." and "That\'s all I have.”" "") and the smoke "W"; the mayor ("W", "“Is this the worst day ...?" and "Probably,” he told reporters ..." "", "at 3 p.m." ending a sentence before "Crews were building ..., he said." "W", the hospital emptied "W"), a video line "B"; the wildfire information officer ("W", "W", "W", "The cause is under investigation, she said." ""); the order ("W", "the order says" ""); a start-of-coverage note and a catch-up link "B" (a have-you-been-affected prompt split at "?", corrections and tip links, copyright)',
    'ENGLISH-LANGUAGE DAILY ABROAD (the Axarquía, Spain), towns ban garden watering as a reservoir falls to 9.8%: masthead, tagline, a weather-and-exchange-rate strip, menu, section path (all "B"); headline and standfirst of record "W"; byline, a date line, a comments/share strip, a "Leer en español" link; a caption stating a fact "W" and a credit with an initial ("J."); lead with no speaker "W"; "The water company Aguaxor, which supplies the area, said" with the descriptor dropped "W" and "It said" ""; a councillor with a Spanish double surname ("W", a quote "", EU funds "W"); ADVERTISEMENT; "The regional government, the Junta de Andalucía, said in a statement" "W" and "it said" a date ""; rain "according to the state weather agency Aemet" "W"; farmers "according to the Axarquía Irrigators\' Association" "W"; a PROPERTY OF THE WEEK strip with a price "B"; a British resident (his bill "W", "“...?” he asked." and "“... a pool!”" "", buckets ""); "A spokesman for the Axarquía Hotel and Tourism Association" "W"; the water company\'s operations director ("W", a quote ""); a WhatsApp-channel line with a number "B"; a review date "Aguaxor said" "" and a reservoir record "according to the Junta\'s reservoir data" "W"; advice "" (Have your say, two comment rules, a digest ask, copyright split at "S.L." before "All rights reserved.", a legal-deposit line, footer)',
    'Kenyan DAIRY CO-OPERATIVE\'s NEWSROOM (Nyandarua), the society raises its milk price to Sh52 a litre: name in capitals, tagline, menu, an SMS-statement line, section path (all "B"); headline of record "W"; a Posted line with read time and a share line; caption "" and credit; the society\'s own voice with no speaker ("W" x3); the chairman ("W", a two-sentence quote ""); the processor "which said in a statement" "W"; deductions "W"; a share-contribution notice in two sentences "B"; the general manager ("W", a plan "", "Ms Kabugi said" a rule "W"); a member farmer ("W" an increase, "“Now I can pay the school fees on time." and "Can you imagine?” she said." "", "Githinji said" "W"); an AGM notice with "9.00 a.m., Ol Kalou Stadium." before "The agenda ..." "B"; the county livestock director with "Dr." dropped ("W", "He said" a programme "", "Kimotho-Wachira said" "W"); "in Sept. 2025." ending a sentence before "Members will see ..." ("W", ""); the chairman again ("", "") (a media-enquiries line, a TENDER notice with "No." and "10.00 a.m.", a registration line split at "(Cap. 490)." before "Reg. No. CS/4812.", copyright, footer)',
]

ARTICLES = [
    [
        [("KWTQ 9 NEWS WICHITA", "", "", "B")],
        [("▶ WATCH LIVE: 9 News at Noon | Closings & Delays (214) | 9 Send It", "", "", "B")],
        [("News   Weather   Traffic   9 Investigates   9 On Your Side   Community   Contests", "", "", "B")],
        [("9 FIRST ALERT: Ice Storm Warning until 6 p.m. Wednesday for Sedgwick, Butler, Harvey, Reno and Sumner counties.", "", "", "B")],
        [("Wichita 27° | Freezing rain | Feels like 16° | 7-Day", "", "", "B")],
        [("TRAFFIC: I-135 southbound closed at 47th St. S. after a jackknifed semi; use Broadway instead.", "", "", "B")],
        [("Local News", "", "", "B")],
        [("More than 41,000 without power as ice snaps lines across south-central Kansas; utility says rural repairs could run into Sunday", "Walnut Prairie Energy", "says", "W")],
        [("by: Dana Schowengerdt", "", "", "B")],
        [("Posted: Jan 19, 2027 / 06:12 AM CST", "", "", "B")],
        [("Updated: Jan 19, 2027 / 11:48 AM CST", "", "", "B")],
        [("SHARE   Facebook   X   Email   Copy link", "", "", "B")],
        [("Ice coats power lines and a stop sign along K-96 near Andale on Tuesday morning.", "", "", "")],
        [("(Photo courtesy: 9 Send It viewer Marcy Oltrogge)", "", "", "B")],
        [
            ("WICHITA, Kan. (KWTQ) — More than 41,000 homes and businesses in south-central Kansas were without power late Tuesday morning after up to half an inch of ice brought down lines and tree limbs overnight, Walnut Prairie Energy said.", "Walnut Prairie Energy", "said", "W"),
            ("The outages peaked at 4:40 a.m., when 52,318 customers were in the dark, according to the utility's outage map.", "the utility's outage map", "according to", "W"),
        ],
        [
            ("Walnut Prairie spokeswoman Renata Hollenbeck-Bauman said 640 line workers, including 210 sent by utilities in Oklahoma, Missouri and Nebraska, were working 16-hour shifts.", "Renata Hollenbeck-Bauman", "said", "W"),
            ("“We expect to have most people back on by Thursday night,” she said.", "Renata Hollenbeck-Bauman", "said", ""),
            ("“Some of the rural lines west of Cheney, honestly, could be Sunday.”", "Renata Hollenbeck-Bauman", "said", ""),
        ],
        [("She said the ice had snapped 212 poles, most of them on rural lines in Kingman and Reno counties.", "Renata Hollenbeck-Bauman", "said", "W")],
        [("RELATED: Where to find a warming center in Sedgwick County tonight", "", "", "B")],
        [
            ("Sedgwick County Emergency Management Director Luis A. Barrientos-Whitlatch said the county's 911 center took 1,126 calls between 8 p.m. Monday and 8 a.m. Tuesday, about four times the number on a normal night.", "Luis A. Barrientos-Whitlatch", "said", "W"),
            ("He said two people in Haysville had been treated for carbon monoxide poisoning after running a generator inside an attached garage.", "Luis A. Barrientos-Whitlatch", "said", "W"),
        ],
        [
            ("The county has opened four warming centers, in Wichita, Derby, Haysville and Valley Center, Barrientos-Whitlatch said.", "Luis A. Barrientos-Whitlatch", "said", "W"),
            ("Sheriff's deputies checked on 64 older residents living alone on Monday night, he said.", "Luis A. Barrientos-Whitlatch", "said", "W"),
        ],
        [
            ("⚡ Is your power out?", "", "", "B"),
            ("Check the Walnut Prairie outage map or text OUT to 97322.", "", "", "B"),
        ],
        [("Advertisement", "", "", "B")],
        [
            ("“Do you know how cold 38 degrees feels inside a house?” asked Pauline Ruble, 74, who has lived on the same Andale street since 1981.", "Pauline Ruble", "asked", ""),
            ("She said she had spent Monday night in her car in the driveway, running the engine for 20 minutes every hour.", "Pauline Ruble", "said", "W"),
        ],
        [
            ("“My son in Newton keeps calling,” Ruble said.", "Pauline Ruble", "said", ""),
            ("“I keep telling him I'm fine... and then I go out and run the car again.”", "Pauline Ruble", "said", ""),
        ],
        [("Wichita Eisenhower National Airport recorded 0.41 inch of ice by 7 a.m., the most from a single storm since 2013, according to National Weather Service records.", "National Weather Service records", "according to", "W")],
        [
            ("9 First Alert Meteorologist Grant Ochsenreiter said temperatures would stay below freezing until about 2 p.m. Thursday.", "Grant Ochsenreiter", "said", ""),
            ("Another round of light freezing drizzle was possible Wednesday evening, he said.", "Grant Ochsenreiter", "said", ""),
        ],
        [("Get the free 9 First Alert Weather app for lightning, ice and tornado alerts for your ZIP code.", "", "", "B")],
        [
            ("Wichita Public Schools canceled classes for a second straight day.", "", "", "W"),
            ("The district said its buildings would reopen only when power had been restored at all 88 of its sites.", "The district", "said", ""),
        ],
        [("CLOSINGS: Wichita USD 259 — Closed | Derby USD 260 — Closed | Goddard USD 265 — Closed | Newman University — Opening at 10 a.m.", "", "", "B")],
        [("The Kansas Department of Transportation said its crews had sprayed salt brine on 1,900 miles of highway in the Wichita district since Sunday.", "The Kansas Department of Transportation", "said", "W")],
        [("The utility said it had restored power to about 11,300 customers by 11 a.m.", "The utility", "said", "W")],
        [("Walnut Prairie Energy urged customers to stay at least 30 feet from downed lines and to report them by calling 1-800-555-0142.", "Walnut Prairie Energy", "urged", "")],
        [
            ("Have a photo or video of the ice?", "", "", "B"),
            ("Send it through 9 Send It and it could appear on air.", "", "", "B"),
        ],
        [
            ("Copyright 2027 KWTQ.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("KWTQ is a Quivira Media station.", "", "", "B")],
        [("Public File | EEO Report | FCC Applications | Closed Captioning | Terms of Use | Privacy", "", "", "B")],
    ],
    [
        [("NIVESHPULSE", "", "", "B")],
        [("Markets | Stocks | IPO | Mutual Funds | Auto | Tech | Personal Finance | ePaper", "", "", "B")],
        [("Sensex 74,812.40 ▲ 0.62%   Nifty 22,731.15 ▲ 0.58%   Gold 71,420 ▼ 0.11%", "", "", "B")],
        [("Home / Auto / News", "", "", "B")],
        [("Veloxa Motors recalls 48,200 e-scooters over rear brake fault", "", "", "W")],
        [("The Bengaluru-based company says it has received 37 complaints, including 11 of minor injuries", "Veloxa Motors Ltd.", "says", "W")],
        [("2 min read . Updated: 10 Feb 2027, 04:18 PM IST", "", "", "B")],
        [("Panorama News Service", "", "", "B")],
        [("VELOXA MOTORS LTD. ₹607.45 ▼ 4.90 (0.80%) | Add to watchlist", "", "", "B")],
        [("Key takeaways", "", "", "B")],
        [("Veloxa will recall 48,200 scooters built between March and October 2026.", "", "", "W")],
        [("Its shares fell as much as 3.9% before closing 0.8% lower.", "", "", "W")],
        [("This summary was produced with an AI tool and reviewed by an editor.", "", "", "B")],
        [("A Veloxa showroom in Bengaluru's Indiranagar.", "", "", "")],
        [("(File photo: PNS)", "", "", "B")],
        [("BENGALURU, Feb 10 (PNS) — Electric two-wheeler maker Veloxa Motors Ltd. said on Wednesday it would recall 48,200 scooters made between March and Oct. 2026 to replace a rear brake caliper bracket that can crack under heavy use.", "Veloxa Motors Ltd.", "said", "W")],
        [
            ("The company said in a stock exchange filing that it had received 37 complaints, 11 of them involving minor injuries, and that no deaths had been reported.", "The company", "said in a stock exchange filing", "W"),
            ("Owners will be contacted by SMS and the repair, which takes about 45 minutes, will be free of charge, it said.", "Veloxa Motors Ltd.", "said", ""),
        ],
        [
            ("Shares of Veloxa fell as much as 3.9% to ₹592.60 in early trade on the National Stock Exchange before paring losses to close 0.8% lower at ₹607.45.", "", "", "W"),
            ("They had risen 22% in the 12 months before Wednesday's announcement.", "", "", "W"),
        ],
        [("ALSO READ | Electric two-wheeler sales cross 1.2 lakh units in January as subsidy deadline nears", "", "", "B")],
        [
            ("Chief Executive Officer Anirban Deshpande-Joglekar told reporters on a call that the fault had been traced to a batch of brackets from a single supplier.", "Anirban Deshpande-Joglekar", "told reporters", "W"),
            ("“We would rather recall 48,000 scooters than wait for one serious accident,” he said.", "Anirban Deshpande-Joglekar", "said", ""),
        ],
        [
            ("He said the company had stopped buying from the supplier in November and had changed the bracket design on all scooters made since Dec. 1.", "Anirban Deshpande-Joglekar", "said", "W"),
            ("He declined to name the supplier.", "Anirban Deshpande-Joglekar", "declined to name", ""),
        ],
        [("Deshpande-Joglekar said the company had 412 service centres in 19 states and would add weekend shifts to finish the repairs within 90 days.", "Anirban Deshpande-Joglekar", "said", "W")],
        [("Analysts at Kotwal Securities said the recall would cost the company about ₹19 crore, or roughly 4% of its estimated operating profit for the quarter.", "Analysts at Kotwal Securities", "said", "")],
        [("“A recall handled early is cheaper than one handled late, isn't it?” said Nivedita Balasubramanyam, an auto analyst at Sheshadri Capital.", "Nivedita Balasubramanyam", "said", "")],
        [("The recall covers the Zephyr 110 and Zephyr Plus models, which sell for between ₹94,000 and ₹1.21 lakh before subsidies.", "", "", "W")],
        [("Veloxa sold 2.14 lakh scooters in 2026, making it India's fifth-largest maker of electric two-wheelers, according to government vehicle registration data.", "government vehicle registration data", "according to", "W")],
        [("Advertisement", "", "", "B")],
        [
            ("An official at the Ministry of Road Transport and Highways, who declined to be identified, said the ministry had asked the company for a detailed report on the complaints by Feb. 28.", "An official at the Ministry of Road Transport and Highways", "said", "W"),
            ("It is the third recall by an Indian electric scooter maker since Jan. 2025.", "", "", "W"),
        ],
        [
            ("“Twice the rear brake went soft on the Hebbal flyover … both times with my daughter on the back,” said Shalini Venkataraghavan, a 34-year-old software tester who bought her scooter in May.", "Shalini Venkataraghavan", "said", "W"),
            ("She said she had received the company's SMS on Wednesday afternoon but had not yet been given a date for the repair.", "Shalini Venkataraghavan", "said", ""),
        ],
        [("(Reporting by Meghna Chitnavis in Bengaluru; Editing by Tarun Vellodi)", "", "", "B")],
        [
            ("(Except for the headline and the summary, this story has not been edited by NiveshPulse staff.", "", "", "B"),
            ("It is published as received from a syndicated wire feed.)", "", "", "B"),
        ],
        [("Disclaimer: Brokerage estimates quoted in this article are not investment advice; please consult a SEBI-registered adviser before trading.", "", "", "B")],
        [("Track Veloxa and 4,800 other listed companies on the NiveshPulse app — download now.", "", "", "B")],
        [
            ("Copyright © 2027 NiveshPulse Digital Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About Us | Contact | Grievance Redressal | Privacy Policy | Terms of Use", "", "", "B")],
    ],
    [
        [("THE KATONG JOURNAL", "", "", "B")],
        [
            ("You have 2 free articles left this month.", "", "", "B"),
            ("Subscribe for unlimited access.", "", "", "B"),
        ],
        [("Companies & Markets | Property | Banking & Finance | Opinion | Lifestyle | ePaper", "", "", "B")],
        [("STI 3,512.08 +0.41%   |   SGD/USD 0.7468   |   Brent US$78.12", "", "", "B")],
        [("COMPANIES & MARKETS", "", "", "B")],
        [("Tuasco Marine warns of first annual loss in six years after Brazilian client scraps conversion contract", "", "", "W")],
        [("Shipyard group expects S$48.6 million provision; shares halted ahead of filing", "", "", "W")],
        [("Cheryl Cheang Siew Ting", "", "", "B")],
        [("Published Thu, Feb 25, 2027 · 9:05 PM", "", "", "B")],
        [("Listen to this article · 5 min   |   Gift this article   |   Save", "", "", "B")],
        [("Tuasco Marine's yard in Tuas, where work on the tanker conversion began in April 2025.", "", "", "W")],
        [("PHOTO: KATONG JOURNAL FILE", "", "", "B")],
        [
            ("Shipyard group Tuasco Marine Holdings said on Thursday (Feb 25) that it expects to report a net loss for the financial year ended Dec 31, 2026, after a Brazilian customer cancelled a contract to convert a crude tanker into a floating production vessel.", "Tuasco Marine Holdings", "said", "W"),
            ("It will set aside S$48.6 million for costs it no longer expects to recover, it said.", "Tuasco Marine Holdings", "said", "W"),
        ],
        [("The group made a net profit of S$21.3 million in FY2025.", "", "", "W")],
        [
            ("Its shares were halted at 2.01 pm on Thursday.", "", "", "W"),
            ("They last traded at S$0.415, down 31.4 per cent since the start of the year.", "", "", "W"),
        ],
        [("Enjoying this article?", "", "", "B")],
        [
            ("Get unlimited access for S$0.99 in the first month, then S$29.90 a month.", "", "", "B"),
            ("Cancel anytime; prices include GST.", "", "", "B"),
        ],
        [
            ("In a call with analysts on Thursday evening, group chief executive Lucas Leow Kah Wee said the yard had already spent about S$31 million on the conversion and would seek compensation under the contract.", "Lucas Leow Kah Wee", "said", "W"),
            ("“We did the work.", "Lucas Leow Kah Wee", "said", ""),
            ("We expect to be paid for the work,” he said.", "Lucas Leow Kah Wee", "said", ""),
        ],
        [
            ("Mr Leow said the customer, which he did not name, had cited delays in financing for the oilfield the vessel was meant to serve.", "Lucas Leow Kah Wee", "said", "W"),
            ("He said Tuasco had no other contracts with the customer.", "Lucas Leow Kah Wee", "said", "W"),
        ],
        [("The group's order book stood at S$612 million at the end of December, down from S$840 million a year earlier.", "", "", "W")],
        [
            ('Cassia Capital Research analyst Vanessa Kuswandi-Hartono cut her target price for the stock to S$0.36 from S$0.52 and downgraded it to "sell".', "", "", "W"),
            ("“The provision is the smaller problem.", "Vanessa Kuswandi-Hartono", "wrote in a note to clients", ""),
            ("The order book is the bigger one,” she wrote in a note to clients.", "Vanessa Kuswandi-Hartono", "wrote in a note to clients", ""),
        ],
        [("She said Tuasco's net gearing could rise above 0.9 times if the compensation claim failed.", "Vanessa Kuswandi-Hartono", "said", "")],
        [("Under its S$200 million medium-term note programme, the group must keep its consolidated tangible net worth above S$350 million, according to its 2025 annual report.", "its 2025 annual report", "according to", "W")],
        [("Tuasco employs about 2,300 workers at its yards in Tuas and Loyang.", "", "", "W")],
        [("The group had S$96.2 million in cash at the end of September, according to its third-quarter business update.", "its third-quarter business update", "according to", "W")],
        [
            ("Market data are delayed by at least 10 minutes.", "", "", "B"),
            ("Source: SGX.", "", "", "B"),
        ],
        [
            ("The group said it would release its full-year results on or before Mar 1.", "The group", "said", ""),
            ("Trading in its shares will resume at 9 am on Friday, it said.", "Tuasco Marine Holdings", "said", ""),
        ],
        [("Get the Journal's Market Open briefing in your inbox at 7.30 am every weekday.", "", "", "B")],
        [
            ("This article is for the personal use of subscribers.", "", "", "B"),
            ("To share it, use the gift button; copying, forwarding or reselling the text is not allowed.", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Katong Media Pte. Ltd.", "", "", "B"),
            ("Co. Regn. No. 201812345K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Help Centre | Advertise | Terms & Conditions | Privacy Policy | Data Protection", "", "", "B")],
    ],
    [
        [("THE NOR'WESTER", "", "", "B")],
        [("Features   Environment   Politics   Culture   Food   Podcasts   Subscribe", "", "", "B")],
        [("FEATURES / TRANSPORT", "", "", "B")],
        [("From the Autumn 2027 issue · No. 87", "", "", "B")],
        [("The last bus out of Waipuna Heads", "", "", "")],
        [("For 31 years a twice-weekly bus has been the only public transport in a Northland harbour settlement, and on June 30 the regional council will stop paying for it.", "", "", "W")],
        [("Words by Mereana Huntleigh · Photographs by Sam Ruddlesden", "", "", "B")],
        [("1 March 2027 · 14 minute read", "", "", "B")],
        [("Dennis Kereama-Ollivant at the wheel of the 7.10am departure from Waipuna Heads.", "", "", "")],
        [("Photo: Sam Ruddlesden", "", "", "B")],
        [
            ("At 7.10am every Tuesday and Friday, Dennis Kereama-Ollivant starts the engine of a 22-seat Toyota Coaster outside the Waipuna Heads general store and waits.", "", "", ""),
            ("Most days he doesn't wait long.", "", "", ""),
        ],
        [("On the morning I rode with him in February there were six passengers: two kuia going to the hospital in Whangārei, a teenager with a job interview, a man with a cat in a box and a couple going to the bank.", "", "", "")],
        [
            ("Kereama-Ollivant has driven the route since 2004, when the previous driver retired.", "", "", "W"),
            ("The Coaster, bought second-hand in 2011, has done 612,000 km, most of them on this road.", "", "", "W"),
        ],
        [
            ("“It isn't a bus,” Kereama-Ollivant says.", "Dennis Kereama-Ollivant", "says", ""),
            ("“It's the only way out of here for half the people on my route.”", "Dennis Kereama-Ollivant", "says", ""),
        ],
        [("“It's the only way out of here for half the people on my route.”", "", "", "B")],
        [("— Dennis Kereama-Ollivant, driver", "", "", "B")],
        [
            ("The service, run since 1996 by Manawaroa Coachlines under contract to the Northland Regional Council, cost ratepayers $186,400 last year and carried an average of 9.4 passengers a trip, according to a council report.", "a council report", "according to", "W"),
            ("That works out at about $95 for every passenger trip, the report says.", "the report", "says", "W"),
        ],
        [("In December the council's transport committee voted 7-4 to end the contract on June 30.", "", "", "W")],
        [
            ("The committee's chair, Lorna Kittredge-Paewai, says the money will go to an on-demand van that will serve four settlements, Waipuna Heads among them, from August.", "Lorna Kittredge-Paewai", "says", ""),
            ("“Nobody on the committee wanted to be the person who cancelled the bus,” she says.", "Lorna Kittredge-Paewai", "says", ""),
            ("“But we are paying for a lot of empty seats.”", "Lorna Kittredge-Paewai", "says", ""),
        ],
        [("The van will cost $142,000 a year, according to the same report.", "the same report", "according to", "W")],
        [("Advertisement", "", "", "B")],
        [("Never miss a feature: four print issues a year, delivered free, from $96.", "", "", "B")],
        [("Mihiata Tamihana, 81, has taken the bus to the eye clinic in Whangārei every second Tuesday since 2019.", "Mihiata Tamihana", "says", "W")],
        [
            ("“What do they think I'm going to do, ring a van?” she asks.", "Mihiata Tamihana", "asks", ""),
            ("“I don't even have a cellphone!”", "Mihiata Tamihana", "asks", ""),
        ],
        [("“What do they think I'm going to do, ring a van?”", "", "", "B")],
        [("— Mihiata Tamihana, 81", "", "", "B")],
        [
            ("Dr Ana Vainikolo-Marsden, who studies rural transport at Massey University, says on-demand vans have worked in some parts of the country and failed in others.", "Ana Vainikolo-Marsden", "says", ""),
            ("“The ones that failed were the ones where you had to book by app, 24 hours ahead,” she says.", "Ana Vainikolo-Marsden", "says", ""),
        ],
        [("She says at least nine rural bus routes in New Zealand have been cut since 2020.", "Ana Vainikolo-Marsden", "says", "W")],
        [("Kittredge-Paewai says bookings for the van will be taken by phone as well as online.", "Lorna Kittredge-Paewai", "says", "")],
        [
            ("On the way back, somewhere past the Mangakāhia turn-off, Kereama-Ollivant slows for a ewe standing in the middle of the road.", "", "", ""),
            ("“Thirty-one years,” he says, to nobody in particular.", "Dennis Kereama-Ollivant", "says", ""),
        ],
        [("The last bus leaves Waipuna Heads at 7.10am on Tuesday, June 29.", "", "", "")],
        [("This story appears in the Autumn 2027 issue of The Nor'wester under the headline “End of the line”.", "", "", "B")],
        [
            ("This feature was supported by the Pātaka local journalism fund.", "", "", "B"),
            ("The fund had no say in its content.", "", "", "B"),
        ],
        [
            ("Correction, 3 March 2027: An earlier version of this story said the service began in 1994.", "", "", "B"),
            ("It began in 1996.", "", "", "B"),
        ],
        [("ABOUT THE WRITER", "", "", "B")],
        [
            ("Mereana Huntleigh is a writer based in Whangārei.", "", "", "B"),
            ("Her last feature for The Nor'wester, on rural GP shortages, won best long-form story at the 2026 Northern Media Awards.", "", "", "B"),
        ],
        [("© The Nor'wester Ltd 2027", "", "", "B")],
        [("Contact · Advertise · Stockists · Privacy", "", "", "B")],
    ],
    [
        [("SLIEVEBLOOM FM", "", "", "B")],
        [("▶ LISTEN LIVE   On Air: The Midlands Today with Bríd Conneely · 10am – 12pm", "", "", "B")],
        [("Now Playing: Ríona Keavney – “Half a Mile from Birr”", "", "", "B")],
        [("News   Sport   Death Notices   What's On   Jobs   Competitions   Podcasts", "", "", "B")],
        [("Text the studio on 53964 — texts cost 30c plus your standard network rate.", "", "", "B")],
        [("Offaly weather: showers clearing from the west, highs of 11 degrees.", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Planning board refuses Cloncorrig quarry extension after 412 objections", "", "", "W")],
        [("By Slievebloom FM News", "", "", "B")],
        [("Thursday, 11th March 2027 1:02pm", "", "", "B")],
        [("Share: Facebook   X   WhatsApp   Email", "", "", "B")],
        [("🔊 Listen: Claire Ó Gormáin reports (1:48)", "", "", "B")],
        [("An Bord Pleanála has refused permission for a 22-hectare extension to the quarry at Cloncorrig, near Tullamore, which would have doubled its output to 400,000 tonnes a year.", "", "", "W")],
        [("The board's decision, dated Tuesday, overturns a grant of permission by Offaly County Council last July.", "", "", "W")],
        [("In her report, the board's inspector found the extension would have added up to 96 lorry movements a day to a local road with no footpath and no public lighting.", "the board's inspector", "found", "W")],
        [("Noeleen Fitzharris-Doherty, spokesperson for the Cloncorrig and District Residents' Group, said 412 written objections had been lodged, the most on any planning file in the county.", "Noeleen Fitzharris-Doherty", "said", "W")],
        [
            ("“We were told we had no chance, that we were a handful of farmers and a national school,” she told The Midlands Today this morning.", "Noeleen Fitzharris-Doherty", "told The Midlands Today", ""),
            ("“Well, the handful won.”", "Noeleen Fitzharris-Doherty", "told The Midlands Today", ""),
        ],
        [
            ("She said the group had raised €38,000 from table quizzes and a tractor run to pay for planning consultants.", "Noeleen Fitzharris-Doherty", "said", "W"),
            ("Residents have campaigned against the extension since the company lodged its application in January 2025.", "", "", "W"),
        ],
        [("Cash Call: the jackpot is now €2,350 — listen from 9am to play.", "", "", "B")],
        [
            ("Clonbrack Aggregates Ltd, which operates the quarry, said in a statement that it was disappointed with the decision and would study it before deciding on its next steps.", "Clonbrack Aggregates Ltd", "said in a statement", ""),
            ("The company employs 38 people at the site, it said.", "Clonbrack Aggregates Ltd", "said", "W"),
        ],
        [("It has eight weeks to seek a judicial review of the decision in the High Court.", "", "", "W")],
        [
            ("In its application, Clonbrack Aggregates said the extension would have secured the jobs at the site until 2041.", "Clonbrack Aggregates Ltd", "said", "W"),
            ("Offaly County Council said it had no comment on the board's decision.", "Offaly County Council", "said", ""),
        ],
        [
            ("The principal of Cloncorrig National School, Deirbhile Ní Chonghaile, said 117 pupils attend the school, which is 300 metres from the quarry entrance.", "Deirbhile Ní Chonghaile", "said", "W"),
            ("“Are we supposed to be grateful that the children can breathe?” she asked.", "Deirbhile Ní Chonghaile", "asked", ""),
        ],
        [("Have your say on this story on The Midlands Today: call 057 934 1100 or text 53964.", "", "", "B")],
        [
            ("Independent councillor Peadar Kilbride-Hession said there had been 14 collisions on the L-2019 road since 2021, two of them involving lorries from the quarry.", "Peadar Kilbride-Hession", "said", "W"),
            ("He said he would ask the council's roads department to cut the speed limit on the road to 60km/h.", "Peadar Kilbride-Hession", "said", ""),
        ],
        [
            ("“This was never about jobs versus neighbours,” Cllr Kilbride-Hession said.", "Peadar Kilbride-Hession", "said", ""),
            ("“It was about a road that was never built for 40-tonne trucks.”", "Peadar Kilbride-Hession", "said", ""),
        ],
        [("Offaly had 11 road deaths in 2026, up from seven the year before, according to Garda figures.", "Garda figures", "according to", "W")],
        [("Slievebloom FM Death Notices are updated at 8am, 1pm and 6pm daily.", "", "", "B")],
        [("Listen back: The Midlands Today, Thursday 11 March, Part 2", "", "", "B")],
        [("Tags: Cloncorrig · Planning · Quarry · Offaly", "", "", "B")],
        [("Slievebloom FM is licensed by Coimisiún na Meán.", "", "", "B")],
        [
            ("© 2027 Slievebloom Broadcasting Ltd.", "", "", "B"),
            ("Registered in Ireland No. 318842.", "", "", "B"),
        ],
        [("Privacy   Cookies   Complaints Procedure   Contact", "", "", "B")],
    ],
    [
        [("Skip to main content", "", "", "B")],
        [("Wrexley Borough Council", "", "", "B")],
        [("Bins and recycling   Council tax   Parking   Planning   Housing   Jobs   Report it", "", "", "B")],
        [("Home > Council and democracy > News and media > Press releases", "", "", "B")],
        [("Press release", "", "", "B")],
        [("Council to buy Marketgate Centre for £14.6 million", "", "", "W")],
        [("Published: 16 March 2027", "", "", "B")],
        [("Last updated: 16 March 2027, 4:35pm", "", "", "B")],
        [("Wrexley Borough Council has agreed to buy the Marketgate Centre, the town's 1970s shopping centre, for £14.6 million, after the cabinet approved the purchase at its meeting on Monday 15 March.", "", "", "W")],
        [("The council will borrow the money from the Public Works Loan Board over 40 years at a fixed rate of 4.82 per cent.", "", "", "W")],
        [("The centre has 64 shop units, of which 19 are empty, and a 410-space multi-storey car park.", "", "", "W")],
        [
            ("The leader of the council, Cllr Hafsa Qureshi-Treloar, said: “For ten years we have watched the Marketgate decline while its owners sat in an office 200 miles away.", "Hafsa Qureshi-Treloar", "said", ""),
            ("From today, decisions about the heart of Wrexley will be made in Wrexley.”", "Hafsa Qureshi-Treloar", "said", ""),
        ],
        [
            ("Cllr Desmond Aylward-Stannage, cabinet member for finance and assets, said rents from the centre's occupied units brought in £1.31 million in 2026.", "Desmond Aylward-Stannage", "said", "W"),
            ("He said the council expected the centre to cover the cost of its own borrowing from 2030.", "Desmond Aylward-Stannage", "said", ""),
        ],
        [
            ("He said: “This is not a gamble with taxpayers' money.", "Desmond Aylward-Stannage", "said", ""),
            ("The business case has been checked by independent advisers, and it stacks up.”", "Desmond Aylward-Stannage", "said", "W"),
        ],
        [("The centre's current owner, a property fund based in London, bought it for £23.5 million in 2016, according to Land Registry records.", "Land Registry records", "according to", "W")],
        [
            ("The council intends to turn the empty upper floor into 48 flats and a health hub, subject to planning permission.", "", "", ""),
            ("Consultation with residents and traders will begin in May.", "", "", ""),
        ],
        [("Cllr Qureshi-Treloar said the council had no plans to knock the centre down.", "Hafsa Qureshi-Treloar", "said", "")],
        [
            ("Ruth Ezeoke-Fairlie, chair of the Marketgate Traders' Association, said: “Traders have been on rolling three-month leases since 2024.", "Ruth Ezeoke-Fairlie", "said", "W"),
            ("Some of us have been afraid to order stock for Christmas.", "Ruth Ezeoke-Fairlie", "said", ""),
            ("At last we have a landlord who lives here.”", "Ruth Ezeoke-Fairlie", "said", ""),
        ],
        [("Full council approved the borrowing by 31 votes to 8 on 4 March.", "", "", "W")],
        [
            ("Cllr Aylward-Stannage said the centre had last been valued at £12.9 million, against £31 million in 2015.", "Desmond Aylward-Stannage", "said", "W"),
            ("“Buying at the bottom of the market is what any sensible investor would do,” he said.", "Desmond Aylward-Stannage", "said", ""),
        ],
        [("ENDS", "", "", "B")],
        [("Notes to editors", "", "", "B")],
        [
            ("1. The Marketgate Centre opened in 1976.", "", "", "W"),
            ("It was sold by Wrexley Urban District Council, the borough council's predecessor, in 1987.", "", "", "W"),
        ],
        [("2. The purchase is expected to complete by 30 June 2027.", "", "", "")],
        [("3. Photographs of the centre are available on request from the press office.", "", "", "B")],
        [("About Wrexley Borough Council", "", "", "B")],
        [
            ("Wrexley Borough Council provides services to around 138,000 residents and 5,200 businesses.", "", "", "B"),
            ("It is one of 12 district and borough councils in the county.", "", "", "B"),
        ],
        [("Media enquiries: press office, 01632 960418, press.office@wrexley.gov.uk", "", "", "B")],
        [("Out of hours (journalists only): 07700 900271", "", "", "B")],
        [("Related documents", "", "", "B")],
        [("Cabinet report: purchase of the Marketgate Centre, 15 March 2027 (PDF, 1.2MB)", "", "", "B")],
        [("Appendix B: business case summary (PDF, 412KB)", "", "", "B")],
        [
            ("Was this page useful?", "", "", "B"),
            ("Yes | No", "", "", "B"),
        ],
        [("Accessibility statement   Cookies   Privacy notice   Contact the council", "", "", "B")],
        [("© Wrexley Borough Council 2027", "", "", "B")],
    ],
    [
        [("OCHILBANK FOOTBALL CLUB", "", "", "B")],
        [("The Official Website of Ochilbank FC · Est. 1889", "", "", "B")],
        [("Tickets   Shop   Hospitality   OchilbankTV   Academy   Community Trust   Contact", "", "", "B")],
        [("NEXT MATCH | Ochilbank v Lennoxmuir Rovers | Saturday 20 March | 3pm | Dunmarrow Park | Buy tickets", "", "", "B")],
        [("Club News", "", "", "B")],
        [("North Stand safety certificate lifts Dunmarrow Park capacity to 6,412", "", "", "W")],
        [("19.03.27", "", "", "B")],
        [("Words: Club Media Team", "", "", "B")],
        [("The new North Stand at Dunmarrow Park during Wednesday's inspection.", "", "", "")],
        [("Photo: Callum Drysdale-Faichney / OchilbankTV", "", "", "B")],
        [("Ochilbank Football Club is delighted to confirm that the new North Stand at Dunmarrow Park has been granted its safety certificate by Clackmannanshire Council, raising the ground's capacity from 4,180 to 6,412.", "", "", "W")],
        [
            ("The 2,232-seat stand was built in 41 weeks at a cost of £3.9 million, of which £1.1 million came from a sportscotland facilities grant.", "", "", "W"),
            ("It will open for the first time for Saturday's Championship match against Lennoxmuir Rovers.", "", "", ""),
        ],
        [("Officers from the council's safety advisory group inspected the stand on Wednesday 17 March, and the certificate was issued the following afternoon.", "", "", "W")],
        [("Club chairman Ruaraidh Menteith-Goudie said the stand was “the biggest thing to happen at Dunmarrow since the floodlights went up”.", "Ruaraidh Menteith-Goudie", "said", "")],
        [
            ("“When we launched the appeal in 2024, people told us we'd never raise a penny!” he said.", "Ruaraidh Menteith-Goudie", "said", ""),
            ("“Supporters raised £418,000 of it themselves, one bucket collection at a time.”", "Ruaraidh Menteith-Goudie", "said", "W"),
        ],
        [("▶ WATCH: The chairman and the gaffer on the new stand (3:41)", "", "", "B")],
        [("OchilbankTV subscribers can watch the full interview now.", "", "", "B")],
        [("Season ticket prices for 2027/28 will be frozen for a third season in a row, at £255 for adults and £140 for concessions.", "", "", "W")],
        [("Chief executive Lindsay Balfron-Urquhart said the club had sold 1,908 season tickets this season, up from 1,412 in 2024/25.", "Lindsay Balfron-Urquhart", "said", "W")],
        [
            ("She said renewals would open at 10am on Monday 22 March.", "Lindsay Balfron-Urquhart", "said", ""),
            ("Existing holders will keep priority on their seats until 9 April, she said.", "Lindsay Balfron-Urquhart", "said", ""),
        ],
        [("SEASON TICKETS 2027/28 | Renew online from Monday | Frozen prices for a third season", "", "", "B")],
        [("Balfron-Urquhart said the club had taken on 22 more stewards and would open a second food kiosk behind the stand.", "Lindsay Balfron-Urquhart", "said", "W")],
        [
            ("The stand includes 86 wheelchair spaces, a family section and a new press box.", "", "", "W"),
            ("Ochilbank's average home attendance this season is 3,466.", "", "", "W"),
        ],
        [("Away supporters will continue to be housed in the South Terrace, which holds 1,150.", "", "", "W")],
        [("Manager Stevie Dalgetty-Mulvey said the players had felt the difference at training on Wednesday night.", "Stevie Dalgetty-Mulvey", "said", "")],
        [
            ("“It's a proper ground now,” he said.", "Stevie Dalgetty-Mulvey", "said", ""),
            ("“Six thousand in here on a cup night... the hairs on my neck are standing up just thinking about it.”", "Stevie Dalgetty-Mulvey", "said", ""),
        ],
        [("OFFICIAL KITCHEN PARTNER | Save 15% at Kilgarth & Burnside Kitchens with code OCHIL15", "", "", "B")],
        [("The club's record attendance at Dunmarrow Park is 11,206, for a Scottish Cup tie against Kilbrennan Thistle in 1958.", "", "", "W")],
        [("Ochilbank sit fourth in the Championship, two points off the promotion play-off places, with nine games left.", "", "", "")],
        [("Work on the stand began in May 2026 after the old wooden North Enclosure, built in 1921, was demolished.", "", "", "W")],
        [("Menteith-Goudie said the club would now look at covering the South Terrace, but that there was “no timescale and no money” for it yet.", "Ruaraidh Menteith-Goudie", "said", "")],
        [("#OchilTogether", "", "", "B")],
        [("Principal Partner: Menstrie Glen Distillery", "", "", "B")],
        [("Club Shop: pre-order the 2027/28 home kit — delivery from July", "", "", "B")],
        [
            ("Ochilbank Football Club Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC041127.", "", "", "B"),
            ("Registered office: Dunmarrow Park, Alva FK12 5BN.", "", "", "B"),
        ],
        [("Cookie settings | Privacy | Safeguarding | Accessibility", "", "", "B")],
    ],
    [
        [("THE MUDLARK", "", "", "B")],
        [("Hobart's morning newsletter · Issue #214", "", "", "B")],
        [("Thursday 25 March 2027", "", "", "B")],
        [("Good morning, Hobart.", "", "", "B")],
        [("It'll be 19 degrees and blustery today, with a shower or two after 3pm.", "", "", "B")],
        [("In today's Mudlark: the ferry timetable fight, a 214-lot question mark in Kingston and why your recycling might be rejected.", "", "", "B")],
        [
            ("Today's Mudlark is brought to you by Snug River Cider.", "", "", "B"),
            ("The autumn pressing is in: use the code MUDLARK for 10% off a mixed dozen this week.", "", "", "B"),
        ],
        [("THE BIG ONE", "", "", "B")],
        [("Bellerive ferry to drop to hourly from April 12", "", "", "W")],
        [
            ("The state-owned ferry operator, Derwent Link, will cut weekday services between Bellerive and Brooke Street Pier from every 30 minutes to hourly from April 12, it confirmed on Wednesday.", "Derwent Link", "confirmed", "W"),
            ("It said patronage on the route averaged 412 passengers a weekday in February, down from 690 a year earlier, when fares were free.", "Derwent Link", "said", "W"),
        ],
        [
            ("Its chief executive, Malcolm Trevaskis-Hoare, told a parliamentary committee on Tuesday that the route had lost $4.60 a passenger in 2026.", "Malcolm Trevaskis-Hoare", "told a parliamentary committee", "W"),
            ("He said the operator would “look again in spring” if numbers recovered.", "Malcolm Trevaskis-Hoare", "said", ""),
        ],
        [("Fares rose to $3.50 a trip in July 2026, when a free-fare trial ended.", "", "", "W")],
        [
            ("“You halve the service, people stop using it, and then you cut it again,” independent MLC Bronwyn Tillotson-Mabey said.", "Bronwyn Tillotson-Mabey", "said", ""),
            ("“We've seen this movie.”", "Bronwyn Tillotson-Mabey", "said", ""),
        ],
        [
            ("Mudlark reader Annika wrote in: “The 8.15am from Bellerive is already standing room only.", "Annika", "wrote in", ""),
            ("Hourly means I drive.”", "Annika", "wrote in", ""),
        ],
        [("📎 Read the committee transcript (PDF, 88 pages)", "", "", "B")],
        [("HOUSING", "", "", "B")],
        [("Kingston subdivision decision pushed to May", "", "", "W")],
        [("Kingborough councillors deferred a decision on Tuesday night on the 214-lot Eastridge Rise subdivision at Huntingfield, which drew 287 written representations.", "", "", "W")],
        [
            ("Mayor Rhiannon Leszczynska said councillors needed more time to read a traffic report that arrived on Monday.", "Rhiannon Leszczynska", "said", ""),
            ("She said the developer had already cut the number of lots from 260 after a first round of objections.", "Rhiannon Leszczynska", "said", "W"),
        ],
        [("The council's planning officers have recommended approval, with 31 conditions.", "", "", "")],
        [
            ("The developer, Rivulet Land Co., said in a statement that it would answer the traffic questions “well before May”.", "Rivulet Land Co.", "said in a statement", ""),
            ("A decision is now due at the council meeting on May 18.", "", "", ""),
        ],
        [("QUICK ONES", "", "", "B")],
        [("• One in five kerbside recycling bins checked in Clarence in February was rejected for contamination, mostly soft plastics, according to the council.", "the council", "according to", "W")],
        [("• Salamanca Market is back to 300 stalls this Saturday after the summer roadworks.", "", "", "W")],
        [("• Hobart City Council will vote on Monday on whether to extend free parking after 6pm in the CBD.", "", "", "")],
        [("ONE MORE THING", "", "", "B")],
        [("A kelpie called Biscuit has been riding the Bellerive ferry on his own most mornings since January, according to deckhands, and nobody knows whose he is.", "deckhands", "according to", "W")],
        [
            ("“He gets off at Brooke Street, has a sniff around the fish punts and catches the next one back,” deckhand Tui Ranginui-Paterson said.", "Tui Ranginui-Paterson", "said", ""),
            ("“Never pays, either.”", "Tui Ranginui-Paterson", "said", ""),
        ],
        [
            ("Know Biscuit?", "", "", "B"),
            ("Hit reply.", "", "", "B"),
        ],
        [
            ("That's all for today.", "", "", "B"),
            ("We'll be back tomorrow at 6am.", "", "", "B"),
        ],
        [("— Ellie and Dev", "", "", "B")],
        [
            ("Forwarded this by a friend?", "", "", "B"),
            ("Join 18,400 Hobartians who get The Mudlark free every weekday.", "", "", "B"),
        ],
        [("The Mudlark acknowledges the palawa people, the traditional owners of the land on which we write, and pays respect to Elders past and present.", "", "", "B")],
        [("You're receiving this because you signed up at themudlark.com.au.", "", "", "B")],
        [("Unsubscribe · Update preferences · View past issues", "", "", "B")],
        [("Mudlark Media Pty Ltd · ABN 51 824 093 118 · GPO Box 1447, Hobart TAS 7001", "", "", "B")],
    ],
    [
        [("ikhweziherald.co.za", "", "", "B")],
        [("East London hospital's only CT scanner out of action for 11 weeks as patients are sent to Mdantsane", "", "", "W")],
        [("Lindiwe Mtshali-Botman", "", "", "B")],
        [("6–7 minutes", "", "", "B")],
        [("The entrance to Nahoon Valley Hospital in East London.", "", "", "")],
        [("Image: Thando Gqwetha-Marais/Ikhwezi Herald", "", "", "B")],
        [("Patients who need CT scans at Nahoon Valley Hospital in East London have been taken by ambulance to Mdantsane, about 25km away, since the hospital's only scanner broke down on January 19, the Eastern Cape health department has confirmed.", "the Eastern Cape health department", "has confirmed", "W")],
        [("The department said 146 patients had been transferred for scans between January 19 and March 31.", "The department", "said", "W")],
        [
            ("Department spokesperson Lwazi Mbalo-Tshangana said a replacement X-ray tube had been ordered from the manufacturer in Germany on February 2 and was expected to arrive “within three weeks”.", "Lwazi Mbalo-Tshangana", "said", "W"),
            ("“We understand the frustration.", "Lwazi Mbalo-Tshangana", "said", ""),
            ("We are not sitting on our hands,” he said.", "Lwazi Mbalo-Tshangana", "said", ""),
        ],
        [("Listen to this article", "", "", "B")],
        [("00:00 / 05:12", "", "", "B")],
        [("A doctor at the hospital, who asked not to be named because staff are not allowed to speak to the media, said stroke patients, who should be scanned within an hour of arriving, were waiting up to six hours.", "A doctor at the hospital", "said", "W")],
        [
            ("“For a stroke, every minute counts.", "the doctor", "said", ""),
            ("We are losing hours,” the doctor said.", "the doctor", "said", ""),
        ],
        [
            ("READ | R1.2bn for hospital equipment, but where is it going?", "", "", "B"),
            ("Inside the Eastern Cape health budget", "", "", "B"),
        ],
        [("Zintle Mkhabela-Bezuidenhout, whose 68-year-old father was transferred for a scan on March 2, said he waited nine hours at the Mdantsane hospital for an ambulance back to East London.", "Zintle Mkhabela-Bezuidenhout", "said", "W")],
        [
            ("“Nine hours!", "Zintle Mkhabela-Bezuidenhout", "said", ""),
            ("He had a drip in his arm and nothing to eat,” she said.", "Zintle Mkhabela-Bezuidenhout", "said", ""),
        ],
        [("She said the family had eventually paid R850 for a private ambulance.", "Zintle Mkhabela-Bezuidenhout", "said", "")],
        [("Sign up for the Herald's free Morning Brief and get the Border's news in your inbox before 7am.", "", "", "B")],
        [
            ("In a written reply to questions from the Herald, the department said it had spent R14.6 million maintaining medical equipment at its hospitals in the Buffalo City metro in the 2025/26 financial year.", "the department", "said", "W"),
            ("It did not say how much of that had been spent at Nahoon Valley.", "the Eastern Cape health department", "did not say", ""),
        ],
        [
            ("The opposition's health spokesperson in the provincial legislature, Dr Marlene van Tonder-Sotashe, said the department had told the legislature in October that four of the province's 31 public CT scanners were out of service.", "Marlene van Tonder-Sotashe", "said", "W"),
            ("“Four became five, and nobody thought to tell us,” she said.", "Marlene van Tonder-Sotashe", "said", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            ("Hospital CEO Ayanda Ngqulunga-Lindeque said a mobile CT unit on a truck would be parked at the hospital from April 12 until the scanner was repaired.", "Ayanda Ngqulunga-Lindeque", "said", ""),
            ("She said the unit, hired from a private provider, would cost R310,000 a month.", "Ayanda Ngqulunga-Lindeque", "said", ""),
        ],
        [
            ("Asked why the unit had not been hired sooner, Ngqulunga-Lindeque said the procurement process had taken eight weeks.", "Ayanda Ngqulunga-Lindeque", "said", "W"),
            ("She said the hospital had treated 212 stroke patients in 2026.", "Ayanda Ngqulunga-Lindeque", "said", "W"),
        ],
        [("Nahoon Valley is a 540-bed regional hospital that serves about 1.1 million people in Buffalo City and the surrounding districts.", "", "", "W")],
        [
            ("Its scanner was installed in 2014.", "", "", "W"),
            ("Its service contract expired in 2023 and was not renewed, according to a tender notice published by the department in March.", "a tender notice published by the department in March", "according to", "W"),
        ],
        [("ALSO READ | Mdantsane clinic closes early for a week after water tanks run dry", "", "", "B")],
        [
            ("Support independent journalism in the Border region.", "", "", "B"),
            ("Become a Herald member from R49 a month.", "", "", "B"),
        ],
        [
            ("Lindiwe Mtshali-Botman is the Herald's health reporter.", "", "", "B"),
            ("She has covered the Eastern Cape's hospitals since 2019.", "", "", "B"),
        ],
        [("The Ikhwezi Herald subscribes to the Press Code and is regulated by the Press Ombud.", "", "", "B")],
        [
            ("Got a tip?", "", "", "B"),
            ("Email newsdesk@ikhweziherald.co.za or WhatsApp 071 555 0192.", "", "", "B"),
        ],
    ],
    [
        [("CPN NEWS", "", "", "B")],
        [("Canada   Local   World   Politics   Climate   Watch   Listen   Radio", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Wildfire forces evacuation of Whitefir Lake, Alta., as 5,800 residents ordered out", "", "", "W")],
        [("Live updates · Last updated 6:41 p.m. MT · Auto-refresh is on", "", "", "B")],
        [("Key points", "", "", "B")],
        [("• The Town of Whitefir Lake was placed under a mandatory evacuation order at 2:15 p.m. MT on Tuesday.", "", "", "W")],
        [("• The fire had grown to about 14,200 hectares by Tuesday evening, according to Alberta Wildfire.", "Alberta Wildfire", "according to", "W")],
        [("• Evacuees are asked to register at the reception centre in Athabasca.", "", "", "")],
        [("If you are under an evacuation order, leave now and follow official instructions, not social media posts.", "", "", "B")],
        [("6:41 p.m. MT", "", "", "B")],
        [("Posted by Jenna Okimaw-Lavallee", "", "", "B")],
        [("Highway 2 northbound has reopened, for evacuation traffic only, RCMP say.", "RCMP", "say", "W")],
        [
            ("Cpl. Marc-André Lacoursière-Gagné said the highway had been closed for about 90 minutes after smoke cut visibility to less than 100 metres near the Whitefir River bridge.", "Marc-André Lacoursière-Gagné", "said", "W"),
            ("“Drive slow, lights on, and don't stop to take pictures,” he said.", "Marc-André Lacoursière-Gagné", "said", ""),
        ],
        [("Share this post   Copy link", "", "", "B")],
        [("5:58 p.m. MT", "", "", "B")],
        [("Posted by Jenna Okimaw-Lavallee", "", "", "B")],
        [
            ("The reception centre at the Athabasca curling rink has registered 2,140 evacuees so far, the province says.", "the province", "says", "W"),
            ("Evacuees who need a hotel room should ask at the registration desk; pets are allowed in the rink's east hall.", "", "", ""),
        ],
        [("5:20 p.m. MT", "", "", "B")],
        [("Posted by Raj Bhullar-Culleton", "", "", "B")],
        [
            ("“I grabbed the dog, my insulin and my mother's wedding photo,” Whitefir Lake resident Darlene Cardinal-Brisebois, 58, told CPN News at a gas station in Boyle.", "Darlene Cardinal-Brisebois", "told CPN News", ""),
            ("“That's it.", "Darlene Cardinal-Brisebois", "told CPN News", ""),
            ("That's all I have.”", "Darlene Cardinal-Brisebois", "told CPN News", ""),
        ],
        [("She said the smoke had been so thick by 1 p.m. that the streetlights on her block came on.", "Darlene Cardinal-Brisebois", "said", "W")],
        [("Share this post   Copy link", "", "", "B")],
        [("4:35 p.m. MT", "", "", "B")],
        [("Posted by Jenna Okimaw-Lavallee", "", "", "B")],
        [("Mayor Gord Trenholm-Akiwenzie said all 5,800 residents and about 300 workers at the Lakeview sawmill had been told to leave.", "Gord Trenholm-Akiwenzie", "said", "W")],
        [
            ("“Is this the worst day in this town's history?", "Gord Trenholm-Akiwenzie", "told reporters", ""),
            ("Probably,” he told reporters at the town office.", "Gord Trenholm-Akiwenzie", "told reporters", ""),
        ],
        [
            ("He said the fire was about 9 km from the town's western edge at 3 p.m.", "Gord Trenholm-Akiwenzie", "said", "W"),
            ("Crews were building a fireguard along the river, he said.", "Gord Trenholm-Akiwenzie", "said", "W"),
        ],
        [("He said the hospital and the care home had been emptied first, starting at 11 a.m.", "Gord Trenholm-Akiwenzie", "said", "W")],
        [("▶ Watch: the mayor's full news conference (18:22)", "", "", "B")],
        [("Share this post   Copy link", "", "", "B")],
        [("3:10 p.m. MT", "", "", "B")],
        [("Posted by Raj Bhullar-Culleton", "", "", "B")],
        [
            ("Alberta Wildfire information officer Cassidy Skjelbred said winds gusting to 60 km/h had pushed the fire 11 km east since Monday night.", "Cassidy Skjelbred", "said", "W"),
            ("She said 140 firefighters, 12 helicopters and 18 pieces of heavy equipment were assigned to it.", "Cassidy Skjelbred", "said", "W"),
            ("It is one of 64 wildfires burning in Alberta, 11 of them classed as out of control, she said.", "Cassidy Skjelbred", "said", "W"),
            ("The cause is under investigation, she said.", "Cassidy Skjelbred", "said", ""),
        ],
        [("2:15 p.m. MT", "", "", "B")],
        [("Posted by Jenna Okimaw-Lavallee", "", "", "B")],
        [
            ("The Town of Whitefir Lake has issued a mandatory evacuation order for all residents, effective immediately.", "", "", "W"),
            ("Residents should leave by Highway 2 north toward Athabasca, the order says.", "the order", "says", ""),
        ],
        [
            ("This is the start of our live coverage.", "", "", "B"),
            ("Catch up on Monday's story: Wildfire near Whitefir Lake doubles in size overnight", "", "", "B"),
        ],
        [
            ("Are you affected by the fire?", "", "", "B"),
            ("Email yourstory@cpn.ca or send photos and video through the CPN News app.", "", "", "B"),
        ],
        [("Corrections and clarifications | Submit a news tip | Report an accessibility issue", "", "", "B")],
        [("©2027 Canadian Public Network", "", "", "B")],
    ],
    [
        [("THE AXARQUÍA ECHO", "", "", "B")],
        [("Your English-language daily on the eastern Costa del Sol since 1998", "", "", "B")],
        [("Nerja 24°C ☀ | Vélez-Málaga 26°C | £1 = €1.17", "", "", "B")],
        [("News   Property   Expat Life   Dining   Sport   Classifieds   E-edition", "", "", "B")],
        [("Local / Axarquía", "", "", "B")],
        [("Axarquía towns ban garden watering and pool filling as La Viñuela falls to 9.8%", "", "", "W")],
        [("A limit of 160 litres per person a day starts on Monday, with fines of up to 3,000 euros", "", "", "W")],
        [("By Harriet Wendover-Aldama", "", "", "B")],
        [("Wednesday, 2 June 2027, 09:14", "", "", "B")],
        [("💬 14 comments | Share | Print | Listen", "", "", "B")],
        [("Leer en español", "", "", "B")],
        [("La Viñuela reservoir in May, when it held less than a tenth of its capacity.", "", "", "W")],
        [("Photo: J. Montañés-Iriarte", "", "", "B")],
        [("Seven municipalities in the Axarquía will ban the watering of private gardens, the filling of swimming pools and the washing of cars with hoses from Monday 7 June, after La Viñuela reservoir fell to 9.8% of its capacity, its lowest level since it was completed in 1989.", "", "", "W")],
        [
            ("The water company Aguaxor, which supplies the area, said on Tuesday that household use would be limited to 160 litres per person per day and that fines for breaches would range from 300 to 3,000 euros.", "Aguaxor", "said", "W"),
            ("It said meters would be read every month instead of every quarter.", "Aguaxor", "said", ""),
        ],
        [
            ("Torrox's councillor for water, Inmaculada Sepúlveda Arrizabalaga, said the town was losing 31% of its supply through leaks in pipes laid in the 1970s.", "Inmaculada Sepúlveda Arrizabalaga", "said", "W"),
            ("“We cannot ask residents to save water while a third of it is running into the ground,” she said.", "Inmaculada Sepúlveda Arrizabalaga", "said", ""),
            ("She said the council had applied for 4.2 million euros of EU funds to replace 18 km of mains.", "Inmaculada Sepúlveda Arrizabalaga", "said", "W"),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            ("The regional government, the Junta de Andalucía, said in a statement that it had approved emergency works worth 11.6 million euros to bring desalinated water to the Axarquía by pipeline from the west.", "the Junta de Andalucía", "said in a statement", "W"),
            ("The first water is expected to arrive in the summer of 2028, it said.", "the Junta de Andalucía", "said", ""),
        ],
        [("The Axarquía received 212 mm of rain in the 12 months to the end of May, against an average of 480 mm, according to the state weather agency Aemet.", "Aemet", "according to", "W")],
        [("Farmers who irrigate avocado and mango orchards from the reservoir have had no allocation since October, according to the Axarquía Irrigators' Association.", "the Axarquía Irrigators' Association", "according to", "W")],
        [("PROPERTY OF THE WEEK | Frigiliana: three-bed villa with sea views, €489,000 | View listing", "", "", "B")],
        [("Retired plumber Neville Ashurst-Pennell, 71, who moved to Frigiliana from Leeds in 2009, said his water bill for the last quarter had doubled to 142 euros.", "Neville Ashurst-Pennell", "said", "W")],
        [
            ("“Do they think we're filling pools with champagne up here?” he asked.", "Neville Ashurst-Pennell", "asked", ""),
            ("“Most of us on the hill don't even have a pool!”", "Neville Ashurst-Pennell", "asked", ""),
        ],
        [("He said he had stopped watering his lemon trees and was collecting water from his shower in buckets.", "Neville Ashurst-Pennell", "said", "")],
        [("A spokesman for the Axarquía Hotel and Tourism Association said hotels would be exempt from the pool ban but had agreed to cut their consumption by 15% compared with June 2026.", "A spokesman for the Axarquía Hotel and Tourism Association", "said", "W")],
        [
            ("Aguaxor's operations director, Rafael Gámez Otero, said inspectors had already found 38 illegal connections to the network this year.", "Rafael Gámez Otero", "said", "W"),
            ("“People say the water is for everyone, and they are right, but it is not free,” he said.", "Rafael Gámez Otero", "said", ""),
        ],
        [("Join our WhatsApp channel for the Costa's news as it happens: 23,000 readers already have.", "", "", "B")],
        [
            ("The restrictions will be reviewed on September 1, Aguaxor said.", "Aguaxor", "said", ""),
            ("La Viñuela held 41% of its capacity in June 2022, according to the Junta's reservoir data.", "the Junta's reservoir data", "according to", "W"),
        ],
        [("Residents can check which restrictions apply to their street on Aguaxor's website or at any town hall.", "", "", "")],
        [("Have your say", "", "", "B")],
        [
            ("Comments are moderated and must be in English.", "", "", "B"),
            ("Posts written in capitals, or with links to property listings, will be removed.", "", "", "B"),
        ],
        [("Get the Echo's Friday digest in your inbox: sign up free.", "", "", "B")],
        [
            ("© 2027 Ediciones Costa Levantina S.L.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Depósito legal: MA 1147-1998 · CIF B-29834417", "", "", "B")],
        [("Aviso legal | Política de privacidad | Cookies | Contact", "", "", "B")],
    ],
    [
        [("KINYAGA DAIRY FARMERS' CO-OPERATIVE SOCIETY LTD", "", "", "B")],
        [("Owned by farmers, run for farmers", "", "", "B")],
        [("Home | About Us | Members' Portal | Milk Prices | Tenders | Careers | Newsroom | Contact", "", "", "B")],
        [("Check your milk statement: SMS your member number to 22841.", "", "", "B")],
        [("Newsroom › Press Releases", "", "", "B")],
        [("Kinyaga raises milk price to Sh52 a litre from June 1", "", "", "W")],
        [("Posted by Communications Office | 8 June 2027 | 3 min read", "", "", "B")],
        [("Share: WhatsApp | Facebook | X", "", "", "B")],
        [("Members deliver milk at the Wanjiko Ridge collection centre in Ol Kalou.", "", "", "")],
        [("Photo: Kinyaga Communications", "", "", "B")],
        [("Kinyaga Dairy Farmers' Co-operative Society has raised the price it pays members for milk to Sh52 a litre from Sh47, backdated to June 1.", "", "", "W")],
        [
            ("The increase was approved by the society's board on Friday, June 4, and applies to all 14,600 active members.", "", "", "W"),
            ("The society was founded in 1974 with 112 members and now runs 31 collection centres across Nyandarua.", "", "", "W"),
        ],
        [("Society chairman Peter Wahome-Githongo said the society had sold 11.2 million litres of milk in the three months to May, 18% more than in the same period last year.", "Peter Wahome-Githongo", "said", "W")],
        [
            ("“When the processor pays us more, the farmer must get it first,” he said.", "Peter Wahome-Githongo", "said", ""),
            ("“That is why we exist.”", "Peter Wahome-Githongo", "said", ""),
        ],
        [("The society sells most of its milk to Malewa Fresh Dairies, which said in a statement last month that it had raised the price it pays co-operatives to Sh55 a litre from May 1, citing higher demand for long-life milk.", "Malewa Fresh Dairies", "said in a statement", "W")],
        [("The society deducts Sh3 a litre for collection, cooling and transport.", "", "", "W")],
        [
            ("Members: your share contribution for June is now due.", "", "", "B"),
            ("Pay via M-Pesa Paybill 247 2471; the account number is your member number.", "", "", "B"),
        ],
        [
            ("General manager Esther Wanjiru Kabugi said the new 10,000-litre cooler at the Wanjiko Ridge centre, commissioned on May 27, had cut the share of milk rejected there from 6.4% to 0.9%.", "Esther Wanjiru Kabugi", "said", "W"),
            ("She said the society planned to install two more coolers, at Kanjuiri and Mawingu, before the end of the year.", "Esther Wanjiru Kabugi", "said", ""),
        ],
        [("Ms Kabugi said milk delivered after 10 a.m. would no longer be accepted at centres with coolers, because it could not be chilled in time for the processor's tanker.", "Esther Wanjiru Kabugi", "said", "W")],
        [
            ("Member farmer Hannah Wairimu Githinji, who delivers about 40 litres a day from her six cows, said the increase would add about Sh6,000 to her monthly payment.", "Hannah Wairimu Githinji", "said", "W"),
            ("“Now I can pay the school fees on time.", "Hannah Wairimu Githinji", "said", ""),
            ("Can you imagine?” she said.", "Hannah Wairimu Githinji", "said", ""),
        ],
        [("Githinji said she had joined the society in 2011 with two cows.", "Hannah Wairimu Githinji", "said", "W")],
        [
            ("NOTICE: Annual General Meeting, Saturday 26 June 2027, 9.00 a.m., Ol Kalou Stadium.", "", "", "B"),
            ("The agenda and audited accounts are available at all collection centres.", "", "", "B"),
        ],
        [
            ("Nyandarua County director of livestock Dr. Joseph Kimotho-Wachira said the county had about 98,000 dairy farmers, who together produced about 1.1 million litres of milk a day.", "Joseph Kimotho-Wachira", "said", "W"),
            ("He said the county would give co-operatives 40 more milk cans and two motorbikes each for collection under a programme starting in July.", "Joseph Kimotho-Wachira", "said", ""),
        ],
        [("Kimotho-Wachira said informal milk traders bought about a third of the county's milk.", "Joseph Kimotho-Wachira", "said", "W")],
        [
            ("The society's last price increase, to Sh47, was in Sept. 2025.", "", "", "W"),
            ("Members will see the new rate on their June statements, which will be sent by SMS on July 10.", "", "", ""),
        ],
        [
            ("Wahome-Githongo said members who had left the society for informal milk traders during the dry season were welcome back.", "Peter Wahome-Githongo", "said", ""),
            ("“The brokers pay cash today and nothing tomorrow,” he said.", "Peter Wahome-Githongo", "said", ""),
        ],
        [("For media enquiries: communications@kinyaga.co.ke | 0722 555 018", "", "", "B")],
        [("TENDER: Supply and delivery of 400 aluminium milk cans (Tender No. KDFC/T/07/2027), closing 25 June 2027 at 10.00 a.m.", "", "", "B")],
        [
            ("Registered under the Co-operative Societies Act (Cap. 490).", "", "", "B"),
            ("Reg. No. CS/4812.", "", "", "B"),
        ],
        [("© 2027 Kinyaga Dairy Farmers' Co-operative Society Ltd", "", "", "B")],
        [("Privacy | Whistleblowing line | Sitemap", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    (
        "n129-us-traffic-st",
        "TRAFFIC: I-135 southbound closed at 47th St. S. after a jackknifed semi; use Broadway instead.",
        [
            "TRAFFIC: I-135 southbound closed at 47th St. S. after a jackknifed semi; use Broadway instead."
        ],
    ),
    (
        "n129-us-kan-lead",
        "WICHITA, Kan. (KWTQ) — More than 41,000 homes and businesses in south-central Kansas were without power late Tuesday morning after up to half an inch of ice brought down lines and tree limbs overnight, Walnut Prairie Energy said. The outages peaked at 4:40 a.m., when 52,318 customers were in the dark, according to the utility's outage map.",
        [
            "WICHITA, Kan. (KWTQ) — More than 41,000 homes and businesses in south-central Kansas were without power late Tuesday morning after up to half an inch of ice brought down lines and tree limbs overnight, Walnut Prairie Energy said.",
            "The outages peaked at 4:40 a.m., when 52,318 customers were in the dark, according to the utility's outage map.",
        ],
    ),
    (
        "n129-us-asked",
        "“Do you know how cold 38 degrees feels inside a house?” asked Pauline Ruble, 74, who has lived on the same Andale street since 1981. She said she had spent Monday night in her car in the driveway, running the engine for 20 minutes every hour.",
        [
            "“Do you know how cold 38 degrees feels inside a house?” asked Pauline Ruble, 74, who has lived on the same Andale street since 1981.",
            "She said she had spent Monday night in her car in the driveway, running the engine for 20 minutes every hour.",
        ],
    ),
    (
        "n129-in-read-dot",
        "2 min read . Updated: 10 Feb 2027, 04:18 PM IST",
        ["2 min read . Updated: 10 Feb 2027, 04:18 PM IST"],
    ),
    (
        "n129-in-feb28",
        "An official at the Ministry of Road Transport and Highways, who declined to be identified, said the ministry had asked the company for a detailed report on the complaints by Feb. 28. It is the third recall by an Indian electric scooter maker since Jan. 2025.",
        [
            "An official at the Ministry of Road Transport and Highways, who declined to be identified, said the ministry had asked the company for a detailed report on the complaints by Feb. 28.",
            "It is the third recall by an Indian electric scooter maker since Jan. 2025.",
        ],
    ),
    (
        "n129-in-ellipsis",
        "“Twice the rear brake went soft on the Hebbal flyover … both times with my daughter on the back,” said Shalini Venkataraghavan, a 34-year-old software tester who bought her scooter in May.",
        [
            "“Twice the rear brake went soft on the Hebbal flyover … both times with my daughter on the back,” said Shalini Venkataraghavan, a 34-year-old software tester who bought her scooter in May."
        ],
    ),
    (
        "n129-sg-mr-teo",
        "In a call with analysts on Thursday evening, group chief executive Lucas Leow Kah Wee said the yard had already spent about S$31 million on the conversion and would seek compensation under the contract. “We did the work. We expect to be paid for the work,” he said.",
        [
            "In a call with analysts on Thursday evening, group chief executive Lucas Leow Kah Wee said the yard had already spent about S$31 million on the conversion and would seek compensation under the contract.",
            "“We did the work.",
            "We expect to be paid for the work,” he said.",
        ],
    ),
    (
        "n129-sg-pte",
        "Copyright © 2027 Katong Media Pte. Ltd. Co. Regn. No. 201812345K. All rights reserved.",
        [
            "Copyright © 2027 Katong Media Pte. Ltd.",
            "Co. Regn. No. 201812345K.",
            "All rights reserved.",
        ],
    ),
    (
        "n129-sg-pm-halt",
        "Its shares were halted at 2.01 pm on Thursday. They last traded at S$0.415, down 31.4 per cent since the start of the year.",
        [
            "Its shares were halted at 2.01 pm on Thursday.",
            "They last traded at S$0.415, down 31.4 per cent since the start of the year.",
        ],
    ),
    (
        "n129-nz-asks",
        "“What do they think I'm going to do, ring a van?” she asks. “I don't even have a cellphone!”",
        [
            "“What do they think I'm going to do, ring a van?” she asks.",
            "“I don't even have a cellphone!”",
        ],
    ),
    (
        "n129-nz-correction",
        "Correction, 3 March 2027: An earlier version of this story said the service began in 1994. It began in 1996.",
        [
            "Correction, 3 March 2027: An earlier version of this story said the service began in 1994.",
            "It began in 1996.",
        ],
    ),
    (
        "n129-ie-ni",
        "The principal of Cloncorrig National School, Deirbhile Ní Chonghaile, said 117 pupils attend the school, which is 300 metres from the quarry entrance. “Are we supposed to be grateful that the children can breathe?” she asked.",
        [
            "The principal of Cloncorrig National School, Deirbhile Ní Chonghaile, said 117 pupils attend the school, which is 300 metres from the quarry entrance.",
            "“Are we supposed to be grateful that the children can breathe?” she asked.",
        ],
    ),
    (
        "n129-ie-ltd",
        "© 2027 Slievebloom Broadcasting Ltd. Registered in Ireland No. 318842.",
        ["© 2027 Slievebloom Broadcasting Ltd.", "Registered in Ireland No. 318842."],
    ),
    (
        "n129-uk-cllr-colon",
        "The leader of the council, Cllr Hafsa Qureshi-Treloar, said: “For ten years we have watched the Marketgate decline while its owners sat in an office 200 miles away. From today, decisions about the heart of Wrexley will be made in Wrexley.”",
        [
            "The leader of the council, Cllr Hafsa Qureshi-Treloar, said: “For ten years we have watched the Marketgate decline while its owners sat in an office 200 miles away.",
            "From today, decisions about the heart of Wrexley will be made in Wrexley.”",
        ],
    ),
    (
        "n129-uk-note1",
        "1. The Marketgate Centre opened in 1976. It was sold by Wrexley Urban District Council, the borough council's predecessor, in 1987.",
        [
            "1. The Marketgate Centre opened in 1976.",
            "It was sold by Wrexley Urban District Council, the borough council's predecessor, in 1987.",
        ],
    ),
    (
        "n129-sc-excl",
        "“When we launched the appeal in 2024, people told us we'd never raise a penny!” he said. “Supporters raised £418,000 of it themselves, one bucket collection at a time.”",
        [
            "“When we launched the appeal in 2024, people told us we'd never raise a penny!” he said.",
            "“Supporters raised £418,000 of it themselves, one bucket collection at a time.”",
        ],
    ),
    (
        "n129-sc-ltd",
        "Ochilbank Football Club Ltd. Registered in Scotland No. SC041127. Registered office: Dunmarrow Park, Alva FK12 5BN.",
        [
            "Ochilbank Football Club Ltd.",
            "Registered in Scotland No. SC041127.",
            "Registered office: Dunmarrow Park, Alva FK12 5BN.",
        ],
    ),
    (
        "n129-sc-dots",
        "“It's a proper ground now,” he said. “Six thousand in here on a cup night... the hairs on my neck are standing up just thinking about it.”",
        [
            "“It's a proper ground now,” he said.",
            "“Six thousand in here on a cup night... the hairs on my neck are standing up just thinking about it.”",
        ],
    ),
    (
        "n129-au-reader",
        "Mudlark reader Annika wrote in: “The 8.15am from Bellerive is already standing room only. Hourly means I drive.”",
        [
            "Mudlark reader Annika wrote in: “The 8.15am from Bellerive is already standing room only.",
            "Hourly means I drive.”",
        ],
    ),
    (
        "n129-au-co",
        "The developer, Rivulet Land Co., said in a statement that it would answer the traffic questions “well before May”. A decision is now due at the council meeting on May 18.",
        [
            "The developer, Rivulet Land Co., said in a statement that it would answer the traffic questions “well before May”.",
            "A decision is now due at the council meeting on May 18.",
        ],
    ),
    (
        "n129-za-nine",
        "“Nine hours! He had a drip in his arm and nothing to eat,” she said.",
        ["“Nine hours!", "He had a drip in his arm and nothing to eat,” she said."],
    ),
    (
        "n129-za-spox",
        "Department spokesperson Lwazi Mbalo-Tshangana said a replacement X-ray tube had been ordered from the manufacturer in Germany on February 2 and was expected to arrive “within three weeks”. “We understand the frustration. We are not sitting on our hands,” he said.",
        [
            "Department spokesperson Lwazi Mbalo-Tshangana said a replacement X-ray tube had been ordered from the manufacturer in Germany on February 2 and was expected to arrive “within three weeks”.",
            "“We understand the frustration.",
            "We are not sitting on our hands,” he said.",
        ],
    ),
    (
        "n129-ca-cpl",
        "Cpl. Marc-André Lacoursière-Gagné said the highway had been closed for about 90 minutes after smoke cut visibility to less than 100 metres near the Whitefir River bridge. “Drive slow, lights on, and don't stop to take pictures,” he said.",
        [
            "Cpl. Marc-André Lacoursière-Gagné said the highway had been closed for about 90 minutes after smoke cut visibility to less than 100 metres near the Whitefir River bridge.",
            "“Drive slow, lights on, and don't stop to take pictures,” he said.",
        ],
    ),
    (
        "n129-ca-probably",
        "“Is this the worst day in this town's history? Probably,” he told reporters at the town office.",
        [
            "“Is this the worst day in this town's history?",
            "Probably,” he told reporters at the town office.",
        ],
    ),
    (
        "n129-ca-pm",
        "He said the fire was about 9 km from the town's western edge at 3 p.m. Crews were building a fireguard along the river, he said.",
        [
            "He said the fire was about 9 km from the town's western edge at 3 p.m.",
            "Crews were building a fireguard along the river, he said.",
        ],
    ),
    (
        "n129-es-asked",
        "“Do they think we're filling pools with champagne up here?” he asked. “Most of us on the hill don't even have a pool!”",
        [
            "“Do they think we're filling pools with champagne up here?” he asked.",
            "“Most of us on the hill don't even have a pool!”",
        ],
    ),
    (
        "n129-es-sl",
        "© 2027 Ediciones Costa Levantina S.L. All rights reserved.",
        ["© 2027 Ediciones Costa Levantina S.L.", "All rights reserved."],
    ),
    (
        "n129-ke-agm",
        "NOTICE: Annual General Meeting, Saturday 26 June 2027, 9.00 a.m., Ol Kalou Stadium. The agenda and audited accounts are available at all collection centres.",
        [
            "NOTICE: Annual General Meeting, Saturday 26 June 2027, 9.00 a.m., Ol Kalou Stadium.",
            "The agenda and audited accounts are available at all collection centres.",
        ],
    ),
    (
        "n129-ke-sept",
        "The society's last price increase, to Sh47, was in Sept. 2025. Members will see the new rate on their June statements, which will be sent by SMS on July 10.",
        [
            "The society's last price increase, to Sh47, was in Sept. 2025.",
            "Members will see the new rate on their June statements, which will be sent by SMS on July 10.",
        ],
    ),
    (
        "n129-ke-cap",
        "Registered under the Co-operative Societies Act (Cap. 490). Reg. No. CS/4812.",
        [
            "Registered under the Co-operative Societies Act (Cap. 490).",
            "Reg. No. CS/4812.",
        ],
    ),
]
