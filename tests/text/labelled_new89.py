"""Eighty-ninth set of new hand-labelled pages for the hint engines (tuning set, round thirty-nine):
twelve WHOLE pages, head to tail, from twelve kinds of site whose FURNITURE is hard to tell from
story, each worded the site's own way, with furniture at the head, in the middle of the story and
at the tail: a Philippine broadsheet's regional page (a bridge retrofit in Cagayan de Oro); a
Ghanaian news portal with a WhatsApp "join our channel" strip and a comments section (an oxygen
plant at a Tamale hospital); a Welsh local news site with a cookie consent box and a newsletter box
mid-story (evening buses cut in Rhondda Cynon Taf); a Hong Kong English daily with a paywall and a
"most popular" widget (a housing-estate primary school to close); a US public radio station with a
pledge ask and "Listen" player lines (a New Mexico district's four-day week); an Irish regional
broadcaster with a traffic and weather ticker (a full wastewater plant holding up homes in Co
Mayo); a Gulf English daily with a prayer-times widget and an app banner (a 24-hour health centre
in Doha); a Caribbean daily with an e-paper promo and obituary links (sargassum keeping a Barbados
fishing village ashore); a Canadian city newsroom's news release page (curbside green bins in an
Ontario city); a UK builders' merchants trade magazine with a registration wall and event promos (a
brick price rise); a New Zealand rural paper with classifieds links (record weaner calf prices in
Hawke's Bay); and an agritech newsletter post with sponsor reads and a referral programme (a
drone-spraying start-up's funding round). The story lines are ordinary news with speakers (named
once, then by surname, role or pronoun), figures, dates and quotes. Some furniture reads like
sentences (a subscription ask, a channel strip, reader comments and a comment disclaimer, a cookie
notice, a newsletter pitch and privacy line, a paywall, a pledge ask, a transcript note, a funding
line, a text-the-show line, app banners, an e-paper promo, a death-notice line, a registration
wall, an event promo, a bio, a yard notice, sponsor reads, a referral block, a sign-off), and some
story lines look like furniture (subheads, a rerouting list, a last-bus list, price lines, zone
lines, quick-fact lines, a newsletter's "My take" and numbered quick hits). The pages hold 518
sentences: 282 "B", 139 "W" and 97 ""; 170 sentences carry a speaker. `STYLES` describes each
page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round thirty-nine, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened or listed,
no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/` or `tests/benchmarks/`, and no README of the project was read; `claimreview` was never
imported, and no test, scorer, engine or `pytest` was run. The search and fetch tools were not
used, and nothing was copied from anywhere. What was read: the brief (`/tmp/brief` was listed; it
held only the brief); the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed
whole with `ast.get_docstring`); the module docstrings of `labelled_new85.py` and
`labelled_new86.py`, printed with `ast.get_docstring` in one listing whose middle the tool cut (I
saw the whole first half of the `labelled_new85.py` docstring and the second half of the
`labelled_new86.py` docstring, from its splits list on), after which the `labelled_new85.py`
docstring was saved to a file in my scratch folder and its lines 90-200 printed, so that one was
seen nearly whole, while the first half of the `labelled_new86.py` docstring was never seen; a
script of my own (using `ast`) printing the `STYLES`, the first two pages of `ARTICLES` and the
first eight `CASES` of both files, whose output the tool also cut in the middle (I saw
`labelled_new85.py`'s `STYLES`, the head of its first page, the second half of
`labelled_new86.py`'s first page, its second page and its first eight cases), and a second run
printing the first three `CASES` of `labelled_new85.py`; a `grep -n` of the top-level names, import
lines and `noqa` lines of `labelled_new86.py`, and `sed`/`tail` listings of its import line, the
openings of `STYLES`, `ARTICLES` and `CASES` and its last five lines (all cut to 150-200
characters); `def build` in `tests/text/labelled_articles.py` (a `sed` range); and the
`[tool.ruff]` tables of `pyproject.toml` (a `grep -A25` listing). No other page, case or docstring
of any file under `tests/` was read. `/tmp/sets` was listed (it held other helpers'
`labelled_heldout63.py`, `labelled_heldout64.py`, `labelled_new87.py` and `labelled_new88.py`,
and at the end also `labelled_new90.py`, seen as names only and never opened; a last whole-word
pass over every word of these pages, run after that file appeared and leaving this file out, found
no coined name of this set elsewhere). What was run: a Python one-liner printing the calendars of
October and November 2026 to check weekdays; scripts of my own in my scratch folder that turn a
small line format (flags|speaker|cue|text, blank lines between paragraphs) into the literals below,
rename coined names, cut the split cases out of the pages and count sentences, flags and speakers;
whole-word, case-insensitive searches over `tests/` and `/tmp/sets` (Python files only) of every
word of these pages (a `grep -rhoiwF -f` pass whose matches, my own words, were reduced to the
words with a hit) and per-word file counts (`grep -rliw ... | wc -l`) of candidate replacements;
one `grep -rliw` for each of two candidate surnames printed the matching file names (two older
`labelled_new*.py` files under `tests/text`, never opened); an import of this file with `build` on
every page; a checking script of my own (four string fields, flags, a cue for every speaker and a
speaker for every cue, no speaker on "B" lines, the counts above, 30 distinct case ids, every split
case occurring verbatim in a built page and equal to its sentences joined by single spaces); and
`ruff format` and `ruff check` with the project's configuration on this file (the check through
`--stdin-filename tests/text/labelled_new89.py` so that the per-file ignores for `tests/**`
apply). The first draft's coined people, outlets, firms and places hit about a hundred and fifty
words of other files (even odd-looking surnames and given names); each was renamed, mostly to
syllable-built names, twice more for about thirty replacements that hit as well, and only
replacements with no hit were kept. What still hits is real places and regions, common words
(Aerial, Agro, Harps, Husbands, Daybreak, Digest, Coral and the like, used as common words or
inside a coined name), outlet words, titles and name particles kept on purpose (Engr, Brgy, Dr,
Mrs, Mr, Alhaji, Cllr, Coun, Hon, H E, Ní, Uí, ap, Al, bin, Van, Te, St, Ma) and a few
abbreviations.

Every person, outlet, station call sign, firm, co-op, foundation, institute, school, hospital,
health centre, estate, bridge, barangay, street, road, river named Bugwakan, town, village,
district, saleyard, reader, commenter and figure is invented. Real countries, regions, cities and
public bodies appear only as settings or in headlines of furniture, with invented figures and
invented people in their offices: the Philippines, Mindanao, Northern Mindanao, Cagayan de Oro,
Misamis Oriental, Bukidnon and Davao City; Ghana, Tamale, Kumasi, the Northern, Upper East and
Upper West regions, the Ministry of Health and the Black Stars; Wales, Cardiff and Rhondda Cynon
Taf and the Welsh Government; Hong Kong, Kowloon, the New Territories, the Legislative Council, the
Observatory and China (a menu word); the United States, New Mexico, the state Public Education
Department, Iowa, Nebraska, Des Moines and the Federal Aviation Administration; Ireland, Co Mayo,
Galway and the Dáil; Qatar, Doha and Kerala; Barbados, Bridgetown, the parishes of St Philip and
St Michael and the Estimates; Canada and Ontario; England, Wales, Britain, London, Manchester and
Yorkshire; New Zealand, Hawke's Bay, Central Hawke's Bay, the Manawatū, the Wairarapa and
Gisborne. Facebook, X, WhatsApp, the App Store, Google Play, iOS and Android appear only as
channels and platforms.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets state, as far as their docstrings were read, hold too:
furniture "B" line by line, whatever it says; a caption by its content and its credit (and a
player's running time) "B"; headlines and standfirsts never split; a dateline belongs to its lead
sentence; a pronoun, a later surname or a title resolved to the full name as first given, without
titles; an organisation's later generic noun kept as written and "It" resolved to the name as
first given; a channel or manner after the verb kept in the cue; a quote over several sentences
carrying its speaker and cue; decisions, votes, dates fixed, figures of record and an institution's
expected date "W"; hedges, estimates, intentions, forecasts, advice, opinions, feelings and
questions ""; a private person's own circumstances "" and a business's own record "W".

Conventions this set had to settle, in the same spirit:

* Furniture that reads like prose is "B" sentence by sentence: the Philippine ad-free ask (two
  sentences) and news-tip line, the Ghanaian channel strip ("... on WhatsApp." / "Tap here to
  join"), the reader comments (each sentence, the question too), their handles, times and "Reply"
  lines and the comment disclaimer, the Welsh cookie notice (two sentences), newsletter pitch and
  privacy line (two sentences) and "Comments have been switched off", the Hong Kong paywall lines
  and app line, the radio pledge ask (three sentences), the transcript note, the funding line and
  the newsletter line, the Irish text-the-show line and the refreshed ticker, the Gulf app banners
  (two sentences each, "OPEN" alone), the Caribbean e-paper promo (two sentences), sargassum text
  alerts, the obituary notices and the death-notice line, the Canadian contact block (four
  sentences glued on one line) and "Was this page helpful?", the trade magazine's registration
  wall, event promo (three sentences), tip-off line, bio (two sentences) and webinar promo, the
  rural paper's yard notice (two sentences), sale-dates pointer and letters line, and the
  newsletter's forwarded-note, greeting, sponsor and partner reads, referral block, sign-off and
  postal address.
* Strips and widgets are "B": the cedi ticker, the prayer-times widget (a heading and five lines),
  the traffic and weather ticker lines, the on-air strip, "Listen • 4:18", the audio clip's title
  with its running time, the podcast clip line and "Tap to listen", "Listen Live" strips, the
  "most popular" numbers and headlines, "Continue reading below ↓", "Story continues after this
  advert", "Skip to main content", "-30-", "Date modified: ...", "Quick facts", "Associated links",
  "Backgrounder", "News release", "For immediate release", "EVENT", "A word from our partner" and
  "Quick hits".
* Story lines that look like furniture keep story labels: the subheads and lead-ins ("Where the
  jeepneys will go", "From 2 November, the last buses will leave at these times:", "Ansdell list
  prices from 1 January (per 1,000, ex VAT)", "Top prices, Tuesday's sale", "My take") are "",
  except a lead-in that states a rule ("Green bins must be at the curb by 7 a.m. on collection
  day:"), which is "W"; the lines under them (routes, last buses, prices, zones) are "W"; the
  release's quick-fact lines and the newsletter's numbered quick hits are "W"; the newsletter
  editor's own view under "My take" is "" without a speaker; the release's "Residents with
  questions can call 311 ..." is "" (service information inside the release, not page furniture).
* Speakers. Standfirsts carry what the body names ("City engineer says" the city engineer named
  later, "Sponsoring body says" the foundation, "Operator says" the corporation); groups without a
  proper name are kept as written ("Passengers say", "Fisherfolk say", "Merchants warn", "Analysts
  at Corrabrook Securities"). "the operator Bysiau Gwernyfed has said" drops the descriptor; "its
  sponsoring body, the Koo Sheh Education Foundation" keeps "the"; "The foundation said", "The
  company said", "The city said", "The corporation said", "the company announced" and "According
  to the company" are kept as written, and "It said" resolves to the name as first given
  (Sanbekpa Agro Processing Ltd., Ansdell Clayworks, "the water utility"). Sources as written:
  "the City Engineering Office", "the city's Schools Division Office" (cue "said in an advisory"),
  "the city's bids and awards committee", "hospital records", "government figures", "district
  budget documents", "the council's own capacity register", "the council" (cue "confirmed"), "the
  corporation's annual report", "a ministry release", "the trust's rainfall figures", "the weekly
  crop progress report" (inside a numbered quick hit) and the unnamed "A government spokesman", "A
  Welsh Government spokesperson", "A spokesperson for the state Public Education Department" and
  "An official at the corporation who asked not to be named". Cues as written: "told reporters",
  "told Cwmllwyd Live", "told KRVN", "told Cnocán FM's Mid-Morning Show", "told The Ōkiwaru
  Rural", "told The Tilthwire", "told customers in a letter", "said in a speech read on her
  behalf", "said in a statement", "said in an advisory", "added", "asked", "announced", "confirmed",
  "says" (an audio clip's description) and "warn". Name parts stay and titles go: "Ma." is part of
  a Filipino name, "ap" of a Welsh one, "Uí" and "Ní" of Irish ones, "bin" of an Arab one, "Van"
  of a Dutch one, "Te" of a Māori one, "St." of a Barbadian surname ("Yvonnette St. Hill-Babb"),
  initials stay ("J.D. Ontiveros-Archuletta", "Ezekial A.L. Prescod-Hurley", "M.K.
  Kilfeather-Adomakoh"), while "Engr.", "Councilor", "Alhaji", "Dr.", "Dr", "Mrs", "Mr", "Cllr.",
  "Legislator", "Superintendent", "Board President", "Board member", "Deputy", "(Ind)", "H E",
  "Hon.", "Minister of Maritime Affairs", "Mayor", "Coun.", "P.Eng." and "Ph.D." go. Hong Kong
  names keep the order first given ("Gilford Fok Keung-hiu" for "Fok said", "Rosabel Leung
  Chuen-fai" for "Leung said").
* Check-worthiness. An official's figure inside a quote ("The contractor already has 120 workers
  on standby.", "But when it rained for nine days in June, we were the only people in three
  counties who could get on a wet field.", a mayor's "roughly a third" of garbage being food) is
  "W", the feeling next to it ""; a councillor's fund, a co-operative's letter, a minister's crew
  start date, a committee's award, a firm's price letter, a kiln closure, a saleyard's safety rule
  and a public meeting with a date and hour are "W"; a driver's lost earnings, a nurse's shift, a
  parent's job, a resident's trips and a housing-list family's years with her parents are own
  circumstances (""), while a farmer's calf cheque, a merchant's yard sales, a vendor's buying
  price and a farmer's hired acres are a business's record ("W"); a scientist's season forecast, a
  federation chief's expectation, analysts' forecast and an economist's forecast are "".

Splits. "Oct. 19", "Oct. 12." before a credit with initials ("M.D."), "Engr. Hermogenito", "Brgy."
and "St." in route lines, "Jan. 17, 2027", "5 a.m. to 10 p.m. daily.", "P600", "Oct. 6", "P3.2-million",
"Oct. 26, he added.", "P186.4-million", "Corp.," mid-sentence, "Dr. Wumbei", "GH¢4.8 million",
"Ltd.," mid-sentence, "Dr. Iddi-Dokurugu said.", "Cllr.", "St. Gwenfrewi's", "6.52pm", "9.30pm",
"Ltd.," before "a company registered in Wales.", "Mr Gilford", "HK$10", "No. 8", "Dr Rosabel", "J.D.
Ontiveros-Archuletta", "Dr. Graciliana", "Oct. 31", "7:50 a.m. to 4:05 p.m.", "6 p.m. Oct. 27",
"5:04 AM MDT", "30c", "€1.2m", "7am to 11pm", "2am.", "QR142", "Dr. Yvonnette St. Hill-Babb",
"BDS$9", "Hon. Ezekial A.L. Prescod-Hurley said,", "2 p.m.", "Co. Ltd.", "Ont. –", "Nov. 2",
"Coun. Kelvontay", "P.Eng.,", "approx. $6.4 million", "Dec. 31", "7 a.m.", "Roslin St.)", "ext.
2214", "£1,118", "22%", "£295", "418c/kg", "$4.62/kg", "8.30am", "M.K. Kilfeather-Adomakoh,
Ph.D.,", "Inc.", "U.S.", "8:30 a.m. Wednesday," and "Ave., Ste. 208," never split a sentence
wrongly; a quote left open at a paragraph's end ("“The contractor already has 120 workers on
standby.", "“Some of those journeys carry three people.", "“You can walk on the weed in some
places.") ends one; a quote split around its attribution ("“The children here are not numbers,”
the school's principal, Dr ..., said, “and ...”", "“Housebuilders have choices ...,” she said,
“and ...”", "“The Government has not forgotten Straughn's Landing,” Minister ... said, “and
...”"), a quoted question followed by its attribution ("“Who will pay for the extra diesel?” he
asked.", "“Where is the plan ...?” she said.", "“So what happens to them on Friday, do they sit in
the truck with me?” she said.", "“Why would we keep paying ...?” said Coun. ...") and a numbered
quick hit ("1. Harvestgrid Inc. recalled ...") are one sentence each; lines glued on one line of
the page (a caption and its credit, a channel strip and "Tap here to join", an app banner and
"OPEN", the four lines of a media contact) split at each line's end.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of consecutive
sentences of one paragraph of these pages joined by single spaces: what a reviewer wants, not what
the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Philippine broadsheet's regional page (Mindanao), Cagayan de Oro closes a river bridge for a 90-day retrofit from Oct. 19, with a dateline lead carrying the City Engineering Office through said, the city engineer with Engr. and told reporters and then He and by surname, a quote running open at a paragraph's end into the next, a jeepney rerouting list of three lines with Brgy. that are story under a subhead that is story, the traffic office head with a.m./p.m. and an estimate, a driver whose own circumstances are \"\" and a quoted question with he asked, a councilor with Oct. 6 and peso figures, according to the bids and awards committee, and a hedge (masthead in capitals, date strip with middle dots, menu, section label with », headline, standfirst carried by the city engineer named later, By line, bureau and time line with pipe, caption with Oct. 12. glued to a PHOTO credit with initials, Continue reading below, ADVERTISEMENT and a RELATED: link mid-story, a news-tip line with an email, Topics, MORE FROM REGIONS and two headlines, a copyright line with Corp. and pipes)",
    'Ghanaian news portal\'s regional page (Tamale), a municipal hospital commissions a GH¢4.8m oxygen plant and ends cylinder runs to Kumasi, with a cedi ticker at the head, a "Join our channel" strip mid-story and again at the tail, and a comments section: a lead with the hospital\'s management through said, the medical superintendent with Dr. and then He and by surname and a quote over two sentences, the regional health director with Mrs and the cue said in a speech read on her behalf and then She with an intention, a donor firm named without a speaker, then the company said kept as written and It said resolved to the firm, a nurse whose account of the ward is "W", a patient\'s relative with Alhaji whose feelings are "" and a quoted question, according to hospital records, an intention and a date of record (portal brand in capitals, Breaking ticker with GH¢, menu with pipes, section label, headline, reporter and place line, date line with pm, Listen line with a running time, caption and Photo credit, a WhatsApp channel strip with a call to tap, Story continues after this advert, an ALSO READ link, Source line, the channel strip reworded, Comments (3), Add a comment, two commenters with handles, times, bodies and Reply / Like counts, a comment disclaimer, Trending and two headlines, copyright)',
    "Welsh local news site's Rhondda Cynon Taf page, a bus firm withdraws evening services on two valley routes from 2 November, with a cookie consent box at the head and a newsletter sign-up box in the middle of the story: a standfirst carrying Passengers kept as written through say, a lead of fact with the firm through said, the firm's managing director with told and then He and Mr with a surname and a figure of record, a quote over two sentences ending open and closing in the next paragraph, the last-bus times in three lines with pm that are story under a lead-in that is story, a councillor with Cllr. and a Welsh name with ap and then She, a nurse whose own shifts are \"\" and her quoted question with she asked, a petition figure without a speaker, a Welsh Government spokesperson as written with an intention, and the firm's date for a review (cookie box heading, a two-sentence consent notice, a button row in capitals, site brand, sign-in strip, menu, section label with a slash, headline, standfirst, byline with role, date line with BST, Share strip, caption and Image: credit, a newsletter box heading, a one-sentence pitch, Sign me up, a two-sentence privacy line, Read More and a link, comments closed line, More On tags, Top Stories and two headlines, copyright and a company line)",
    'Hong Kong English daily\'s city page, a primary school in a public housing estate will close in 2028 after enrolment falls to 19 first-year pupils, with a subscription paywall in the middle of the story and a "most popular" widget pasted as numbered lines: a standfirst carrying the school\'s sponsoring body named later, a lead of record with the sponsoring body through announced, its chairman with Mr and an English name before a Chinese one and then he and by surname with a quote over two sentences, a figure of record without a speaker, according to government figures, a lawmaker with a quote in which a question is followed by she said, the principal with Dr and a quote split around she said, a parent whose feelings are "" and her own plan, a government spokesman as written with a statement of record, and an intention (masthead, edition strip with pipes, menu, section label with a slash, headline, standfirst, byline with two reporters, dates with HKT, a trust-policy link, caption and credit with Photo:, a paywall block of four lines with HK$, MOST POPULAR and three numbered headlines with No. 8, Advertisement, Topics, an app line, copyright in two sentences)',
    "US public radio station's news page in New Mexico, a rural school district votes 4-1 to move to a four-day school week from January, with \"Listen\" player lines at the head and for an audio clip mid-story and a pledge drive ask in the middle of the story: a lead of record with the board's vote, the superintendent with Dr. and told KRVN and then She and by surname, an audio clip's description carrying a board member through says, a quote over two sentences, the board president with a meeting count and class times with a.m./p.m., a board member's dissent with initials (J.D.) and an opinion, a teachers' union local as written in a statement, a parent whose own job is \"\" and whose quoted question ends with she said, a state education department spokesperson as written with a figure of record, a research figure without a speaker, according to district budget documents, and a date of record (station brand with frequency, Listen Live and Donate strip, menu, show label, section label, headline, byline with a title, date line with MDT, Listen player line with a running time, caption and credit with a slash, a pledge ask of three sentences with a match and Give now, an audio clip title and running time, Transcript, a note that the transcript is machine-made, Related Content, Tags, a station funding line, copyright)",
    "Irish regional broadcaster's local news page (Co Mayo), 64 homes are held up because a town's wastewater plant is full, with a traffic and weather ticker at the head and again after the story, an on-air strip and a podcast clip mid-story: a standfirst of fact, a lead carrying the council's director of services named with Mr and told Cnocán FM's Mid-Morning Show, then he and by surname, a capacity figure according to the council's own report, a developer with a quote over two sentences and then He, a TD with Deputy and (Ind) in brackets and then she said with a date of record, the water utility as written with In a statement and then It said, a mother on the housing list whose own circumstances are \"\" and her quoted question, a residents' group kept as written with claims, and an intention (brand with frequency, ON AIR NOW strip with times, Listen Live / Text the studio line, a TRAFFIC ticker line and a WEATHER ticker line with Status Yellow, menu, section label, headline, standfirst, byline with a middle dot, date line, caption and credit, podcast clip title with running time and Tap to listen, a text-the-show line with a short code and a cost note, a refreshed ticker strip, Share, Previous story / Next story, Local News headlines, copyright)",
    "Gulf English daily's Doha page, a 24-hour health centre opens in a new district and will take 86,000 residents, with a prayer-times widget and an app banner at the head and the app banner again mid-story: a standfirst carrying the operator named later through says, a lead with the operator through said, the centre's director with Dr and then She and by surname with hours and a quote over two sentences, a figure according to the operator's annual report, a municipal councillor with H E style title and a quote with he said, an expatriate resident whose own trips are \"\" and his quoted question with he asked, an official of the operator who asked not to be named, and a date of record (masthead, weather and date strip with °C and the Hijri date, prayer-times widget in six lines, an app banner in two sentences with OPEN, menu, section label, headline, standfirst, byline, date line with a pipe, caption and credit with a slash, Also read link, an app banner reworded, Advertisement, Share this article, Related news and two headlines, copyright)",
    'Caribbean daily\'s local news page (Barbados), a record sargassum season keeps a St Philip fishing village\'s boats ashore, with an e-paper promo in the middle of the story and obituary links at the tail: a standfirst carrying Fisherfolk kept as written through say, a lead of fact with the co-operative through said, the co-operative\'s president then He and Mr with a surname, a quote over three sentences in two paragraphs, a scientist with Dr. and initials and a forecast, a vendor whose own sales are "" and whose price is "W", the minister with Hon. and a quote split around he said, a ministry figure according to a ministry release, a clean-up date of record, and a hedge (masthead in capitals, date and weather strip, E-PAPER | SUBSCRIBE | SIGN IN, menu, section label, headline, standfirst, byline with a staff title, date line with a.m., caption with Tuesday. and a credit in capitals, an e-paper promo of two sentences with BDS$ and READ NOW, ADVERTISEMENT, MORE LOCAL NEWS and a link, OBITUARIES with three notices and a death-notice line with a phone number and a time, copyright with Ltd.)',
    "Canadian city newsroom's press release page (an Ontario city), the city starts curbside green bin collection for 61,400 households from Nov. 2, laid out as a news release: a dateline lead of record carrying the city through announced, quotes in the release style with said Mayor ... after the quote and a quote over two sentences, a councillor with Coun. and a rhetorical question inside a quote followed by said, the solid waste manager with P.Eng. after her name and a figure of record, a Quick facts list of four lines that are story (with approx., kg and Dec. 31), a Backgrounder heading, a lead-in with a.m. and three zone lines with St. that are story, and the release's own tail (city brand, skip link, menu, breadcrumb with >, News release label, headline, a subhead that is story, date line, For immediate release, Quick facts heading, Associated links with two link lines, -30- , Media contact block with a name, title, phone with ext. and email, Subscribe to news releases, Share this page, a page-helpful prompt with Yes / No, Date modified)",
    "UK builders' merchants trade magazine's news page, a brick maker will raise prices by 7.5% from 1 January, with an event banner at the head, a registration wall in the middle of the story, an event promo after the wall and a webinar promo at the tail: a standfirst carrying Merchants kept as written through warn, a lead with the manufacturer through told customers in a letter, then The company said kept as written and It said resolved to the manufacturer, a sales director with a quote over two sentences, a price table of three lines with per 1,000 that are story under a heading that is story, a merchants' federation with its own survey and its chief executive with a hedge and a quote split around she said, a merchant whose yard's sales record is \"W\" and whose plan is \"\", Analysts at a brokerage kept as written and then they said with a forecast, and an energy figure without a speaker (brand, strap line, menu with pipes, event banner with middle dots and Book your table, section label with ›, headline, standfirst, byline with role, date line, a two-sentence registration wall with Register for free and Already registered? Sign in, an event promo of three sentences with a date and an early-bird price, Advertisement, a tip-off email line, a two-sentence bio, Related stories and two headlines, a webinar promo, a publisher line with Ltd and No.)",
    "New Zealand rural paper's farming page (Hawke's Bay), weaner calves sell at record prices at a saleyard's biggest spring sale, with classifieds links at the head and tail and a saleyard notice mid-story: a standfirst of fact, a lead of record with the saleyard's figures without a speaker, a livestock agent with told and then he and by surname with c/kg prices, a price list of three lines with $/kg and c that are story under a heading that is story, a farmer whose own sale is \"W\" (a business's record) and whose feeling is \"\", the saleyard manager with a safety rule of record, a rural support trust coordinator with advice, according to the trust's rainfall figures, a forecast, and the next sale date (masthead, tagline, date and issue line with No., menu with Classifieds, section label, headline, standfirst, byline with a middle dot, caption and credit with an en dash, Advertisement, a yard notice of two sentences with 8.30am, a Sale dates box line, a letters prompt with an email, Classifieds heading with four category lines and Place an ad with a price, Public notices, copyright)",
    'Agritech newsletter post (a weekly email read on the web), an Iowa drone-spraying start-up raises a $22 million Series B after a federal waiver lets one pilot fly three drones at once, with sponsor reads at the head and in the middle and a referral programme at the tail: the editor\'s greeting and sign-off, a lead of record without a speaker, the start-up\'s chief executive with told and then she and by surname and a quote over two sentences, an investor firm\'s partner with a quote with he said, according to the company, a regulator\'s waiver of record, a farmer whose own acres are "W" and whose doubt is "" with a quoted question, an ag economist with Ph.D. and initials, the editor\'s own take that is "", a numbered quick-hits list of three items that are story with Inc., U.S. and a.m., and furniture between them (newsletter name, issue line with No., View in browser, a forwarded-note line, greeting, a sponsor read of three sentences with a link line, a headline and a subhead, a partner read with a promo code, Quick hits heading, My take label, a referral block of three sentences with a link and a counter, sign-off lines, unsubscribe strip with middle dots, a postal address line with Ste.)',
]

ARTICLES = [
    [
        [("DIARYO KAPATAGAN", "", "", "B")],
        [("Wednesday, October 14, 2026 · Print Edition · Newsletters · Log in", "", "", "B")],
        [
            (
                "Home   Nation   Regions   Business   Opinion   Sports   Showbiz   Kapatagan+",
                "",
                "",
                "B",
            )
        ],
        [("Regions » Mindanao", "", "", "B")],
        [("Cagayan de Oro shuts Tagpuan Bridge for 90-day retrofit starting Oct. 19", "", "", "W")],
        [
            (
                "City engineer says 14 jeepney routes will be rerouted through two barangays while crews replace bearings",
                "Hermogenito Dalogdog-Maambong",
                "says",
                "W",
            )
        ],
        [("By Ma. Dulcevida Cabugnason-Ebdane", "", "", "B")],
        [("Mindanao Bureau | 06:40 AM October 14, 2026", "", "", "B")],
        [
            (
                "Motorists cross the Tagpuan Bridge over the Bugwakan River during the morning rush on Monday, Oct. 12.",
                "",
                "",
                "",
            ),
            ("DIARYO KAPATAGAN PHOTO / M.D. CABUGNASON-EBDANE", "", "", "B"),
        ],
        [
            (
                "CAGAYAN DE ORO CITY—The 52-year-old Tagpuan Bridge, one of three crossings linking the city’s east and west districts, will be closed to all vehicles for 90 days starting Monday, Oct. 19, so crews can replace its bearings and strengthen two of its piers, the City Engineering Office said on Tuesday.",
                "the City Engineering Office",
                "said",
                "W",
            )
        ],
        [
            (
                "City Engineer Engr. Hermogenito Dalogdog-Maambong told reporters the bridge carried about 38,000 vehicles a day, based on a traffic count made in August.",
                "Hermogenito Dalogdog-Maambong",
                "told reporters",
                "W",
            ),
            (
                "He said inspectors found cracks in four of the bridge’s 16 bearings in May.",
                "Hermogenito Dalogdog-Maambong",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We cannot wait for the rainy season to test them,” Dalogdog-Maambong said.",
                "Hermogenito Dalogdog-Maambong",
                "said",
                "",
            ),
            (
                "“The contractor already has 120 workers on standby.",
                "Hermogenito Dalogdog-Maambong",
                "said",
                "W",
            ),
        ],
        [
            (
                "“If one of those piers settles by even a few centimeters, we close the bridge for a year, not for three months.”",
                "Hermogenito Dalogdog-Maambong",
                "said",
                "",
            )
        ],
        [("Continue reading below ↓", "", "", "B")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Where the jeepneys will go", "", "", "")],
        [
            (
                "Routes R1 to R6: via Brgy. Lumbaywan and the Sayrepuerto diversion road, both directions",
                "",
                "",
                "W",
            )
        ],
        [("Routes R7 to R11: via Brgy. Kinalumsod and Tambuling St., eastbound only", "", "", "W")],
        [("Routes R12 to R14: end at the east-bank loading bay until Jan. 17, 2027", "", "", "W")],
        [
            (
                "Marichu Pabualan-Odchimar, head of the city’s Roads and Traffic Administration, said 120 traffic enforcers would be posted at 11 intersections from 5 a.m. to 10 p.m. daily.",
                "Marichu Pabualan-Odchimar",
                "said",
                "W",
            ),
            (
                "She said the detour would add about 15 minutes to a trip across the river at peak hours.",
                "Marichu Pabualan-Odchimar",
                "said",
                "",
            ),
        ],
        [
            (
                "Schools along the diversion route will start classes 30 minutes later during the closure, the city’s Schools Division Office said in an advisory.",
                "the city’s Schools Division Office",
                "said in an advisory",
                "W",
            )
        ],
        [("RELATED: Misamis Oriental towns get P48-million flood warning system", "", "", "B")],
        [
            (
                "Wenceslito Limpangog-Luga, 56, who drives the Dagumbaan–Tibasak route, said he expected to make two fewer round trips a day.",
                "Wenceslito Limpangog-Luga",
                "said",
                "",
            ),
            (
                "Limpangog-Luga said he had driven the same route since 1998.",
                "Wenceslito Limpangog-Luga",
                "said",
                "",
            ),
            (
                "“That is P600 less for my family every day,” he said.",
                "Wenceslito Limpangog-Luga",
                "said",
                "",
            ),
            (
                "“Who will pay for the extra diesel?” he asked.",
                "Wenceslito Limpangog-Luga",
                "asked",
                "",
            ),
        ],
        [
            (
                "Councilor Rowelito Bagaipo-Sumaylo, who chairs the council’s committee on transportation, said the council approved on Oct. 6 a P3.2-million fund for fuel subsidies to drivers on the affected routes.",
                "Rowelito Bagaipo-Sumaylo",
                "said",
                "W",
            ),
            (
                "He said each of the 1,140 registered drivers would receive P2,800.",
                "Rowelito Bagaipo-Sumaylo",
                "said",
                "W",
            ),
            (
                "The money will be loaded onto the drivers’ city cash cards starting Oct. 26, he added.",
                "Rowelito Bagaipo-Sumaylo",
                "added",
                "W",
            ),
        ],
        [
            (
                "The P186.4-million retrofit was awarded in September to Kaharian Builders Corp., a Davao City-based contractor, according to the city’s bids and awards committee.",
                "the city’s bids and awards committee",
                "according to",
                "W",
            )
        ],
        [
            (
                "Dalogdog-Maambong said work would go on 24 hours a day and the bridge could reopen earlier if the weather held.",
                "Hermogenito Dalogdog-Maambong",
                "said",
                "",
            )
        ],
        [
            (
                "Got a story from your barangay? Send it to our Mindanao desk at mindanao@diaryokapatagan.ph.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Read Diaryo Kapatagan+ without ads.", "", "", "B"),
            ("Your first month is free, and you can cancel anytime.", "", "", "B"),
        ],
        [("Topics: Cagayan de Oro · bridges · traffic · Northern Mindanao", "", "", "B")],
        [("MORE FROM REGIONS", "", "", "B")],
        [("Bukidnon corn farmers get 2,000 sacks of hybrid seed", "", "", "B")],
        [("Davao City bans firecrackers within 500 meters of hospitals", "", "", "B")],
        [("© 2026 Diaryo Kapatagan Media Corp. | Terms of Use | Privacy Policy", "", "", "B")],
    ],
    [
        [("NKYINKYIM NEWS", "", "", "B")],
        [("BREAKING: Cedi trades at GH¢11.42 to the dollar on interbank market", "", "", "B")],
        [
            (
                "Home | News | Politics | Business | Regional | Health | Sports | Showbiz | Videos",
                "",
                "",
                "B",
            )
        ],
        [("Regional", "", "", "B")],
        [
            (
                "Tamale hospital commissions GH¢4.8m oxygen plant, ends 380km cylinder runs to Kumasi",
                "",
                "",
                "W",
            )
        ],
        [("Abibata Salifu-Dawuni, Tamale", "", "", "B")],
        [("13 October 2026, 5:47 pm", "", "", "B")],
        [("▶ Listen to this story | 3 min", "", "", "B")],
        [
            (
                "Health workers inspect the new oxygen plant at the Tinsungu Municipal Hospital on Monday.",
                "",
                "",
                "",
            ),
            ("Photo credit: Nkyinkyim News/Abibata Salifu-Dawuni", "", "", "B"),
        ],
        [
            (
                "The Tinsungu Municipal Hospital in Tamale now produces its own medical oxygen after a GH¢4.8 million plant was commissioned on Monday, the management of the hospital has said.",
                "the management of the hospital",
                "said",
                "W",
            )
        ],
        [
            (
                "The Medical Superintendent, Dr. Wumbei Iddi-Dokurugu, said the plant could fill 120 cylinders a day, more than twice what the hospital used at the height of the rainy season.",
                "Wumbei Iddi-Dokurugu",
                "said",
                "W",
            ),
            (
                "He said the hospital had been sending a truck 380 kilometres to Kumasi twice a week to refill its cylinders since 2021.",
                "Wumbei Iddi-Dokurugu",
                "said",
                "W",
            ),
        ],
        [
            (
                "“There were nights when we were down to our last two cylinders and the truck was still on the road,” Dr. Iddi-Dokurugu said.",
                "Wumbei Iddi-Dokurugu",
                "said",
                "",
            ),
            (
                "“No doctor should have to choose which child gets the oxygen.”",
                "Wumbei Iddi-Dokurugu",
                "said",
                "",
            ),
        ],
        [
            ("📲 Get the news first: join the Nkyinkyim News channel on WhatsApp.", "", "", "B"),
            ("Tap here to join", "", "", "B"),
        ],
        [("Story continues after this advert", "", "", "B")],
        [
            (
                "The plant was funded by Sanbekpa Agro Processing Ltd., a shea butter exporter based in the Northern Region, at a ceremony attended by chiefs and health officials.",
                "",
                "",
                "W",
            ),
            (
                "In a statement, the company said it had also paid for two years of maintenance.",
                "the company",
                "said",
                "W",
            ),
            (
                "It said the contract with the installer runs until October 2028.",
                "Sanbekpa Agro Processing Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Northern Regional Director of Health Services, Mrs Ramatu Kpeebu-Laari, said in a speech read on her behalf that 14 hospitals in the region still depended on cylinders brought from outside.",
                "Ramatu Kpeebu-Laari",
                "said in a speech read on her behalf",
                "W",
            ),
            (
                "She said the directorate would ask the Ministry of Health to fund three more plants in next year’s budget.",
                "Ramatu Kpeebu-Laari",
                "said",
                "",
            ),
        ],
        [
            (
                "According to hospital records, the children’s ward treated 1,312 patients with pneumonia between January and September, 418 of whom needed oxygen.",
                "hospital records",
                "according to",
                "W",
            )
        ],
        [
            (
                "A senior nursing officer on the ward, Ayishetu Nyaaba-Nyagsi, said nurses used to ration the last cylinder by switching it between two babies every 15 minutes.",
                "Ayishetu Nyaaba-Nyagsi",
                "said",
                "W",
            ),
            ("“We will not miss those nights,” she said.", "Ayishetu Nyaaba-Nyagsi", "said", ""),
        ],
        [("ALSO READ: Upper East traders relocate as market rehabilitation begins", "", "", "B")],
        [
            (
                "Alhaji Yakubari Zangbeyili-Tahiru, whose granddaughter was admitted to the ward last month, said the family had been afraid every time the lights went off.",
                "Yakubari Zangbeyili-Tahiru",
                "said",
                "",
            ),
            (
                "“If this could be done here, why did it take so long?” he asked.",
                "Yakubari Zangbeyili-Tahiru",
                "asked",
                "",
            ),
        ],
        [
            (
                "Dr. Iddi-Dokurugu said the hospital would begin supplying oxygen to two district hospitals in the municipality from November 2.",
                "Wumbei Iddi-Dokurugu",
                "said",
                "W",
            )
        ],
        [("Source: Nkyinkyim News", "", "", "B")],
        [("Never miss an update from the North — follow our WhatsApp channel today.", "", "", "B")],
        [("Comments (3)", "", "", "B")],
        [("Add a comment", "", "", "B")],
        [("Tiyumba_Lad", "", "", "B")],
        [("2 hours ago", "", "", "B")],
        [
            ("This is the kind of news we want to read.", "", "", "B"),
            ("Well done to the company.", "", "", "B"),
        ],
        [("Reply · 14 likes", "", "", "B")],
        [("Concerned Citizen GH", "", "", "B")],
        [("1 hour ago", "", "", "B")],
        [
            ("Good news but who will maintain it after 2028?", "", "", "B"),
            ("We have seen this before.", "", "", "B"),
        ],
        [("Reply · 6 likes", "", "", "B")],
        [
            (
                "Disclaimer: Comments posted on this site are the views of readers and not those of Nkyinkyim News.",
                "",
                "",
                "B",
            )
        ],
        [("Trending", "", "", "B")],
        [("Upper West regional minister inspects stalled hospital project", "", "", "B")],
        [("Black Stars squad for Nations Cup qualifiers announced", "", "", "B")],
        [("© 2026 Nkyinkyim News.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("Your privacy, your choice", "", "", "B")],
        [
            (
                "We and our 211 partners store and read information on your device, such as cookies, to personalise content and adverts and to see how our site is used.",
                "",
                "",
                "B",
            ),
            (
                "You can change or withdraw your choices at any time from the “Privacy settings” link at the bottom of every page.",
                "",
                "",
                "B",
            ),
        ],
        [("I ACCEPT   SEE OPTIONS   DECLINE", "", "", "B")],
        [("CWMLLWYD LIVE", "", "", "B")],
        [("Sign in | Newsletters | Notices | Jobs", "", "", "B")],
        [("News   Sport   What’s On   Property   Cardiff   Valleys   Politics", "", "", "B")],
        [("News / Rhondda Cynon Taf", "", "", "B")],
        [
            (
                "Last buses to be cut to 7pm on two valley routes as firm blames 31% fall in passengers",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Passengers say shift workers and students will be left stranded in the evenings",
                "Passengers",
                "say",
                "",
            )
        ],
        [("Eirwenna Bowenham-Llewelyn, Local Democracy Reporter", "", "", "B")],
        [("06:15, 15 OCT 2026 | Updated 08:02, 15 OCT 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [
            (
                "A Bysiau Gwernyfed single-decker on the 130 route at Glanrhyd bus station.",
                "",
                "",
                "",
            ),
            ("Image: Cwmllwyd Live", "", "", "B"),
        ],
        [
            (
                "Evening buses on two of the busiest routes in the Rhondda will stop running after 7pm from Monday, 2 November, the operator Bysiau Gwernyfed has said.",
                "Bysiau Gwernyfed",
                "said",
                "W",
            )
        ],
        [
            (
                "Managing director Iestynwy Llanwern-Bowdler told Cwmllwyd Live that passenger numbers on the 122 and 130 after 7pm had fallen by 31% since 2023.",
                "Iestynwy Llanwern-Bowdler",
                "told Cwmllwyd Live",
                "W",
            ),
            (
                "He said the company had lost about £186,000 on the two routes’ evening runs in the last financial year.",
                "Iestynwy Llanwern-Bowdler",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody in this depot wanted to make this decision,” Mr Llanwern-Bowdler said.",
                "Iestynwy Llanwern-Bowdler",
                "said",
                "",
            ),
            (
                "“Some of those journeys carry three people.",
                "Iestynwy Llanwern-Bowdler",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We cannot run an empty bus up the valley every half-hour and stay in business.”",
                "Iestynwy Llanwern-Bowdler",
                "said",
                "",
            )
        ],
        [("Never miss a story from the valleys", "", "", "B")],
        [
            (
                "Get the day’s top stories from across Rhondda Cynon Taf straight to your inbox with our free morning email.",
                "",
                "",
                "B",
            )
        ],
        [("Enter your email   Sign me up", "", "", "B")],
        [
            (
                "We use your sign-up to send the emails you asked for and to understand you better.",
                "",
                "",
                "B",
            ),
            ("See our Privacy Notice for details, and unsubscribe at any time.", "", "", "B"),
        ],
        [("From 2 November, the last buses will leave at these times:", "", "", "")],
        [("122 Glanrhyd to Cardiff: 6.52pm (was 10.40pm)", "", "", "W")],
        [("130 Glanrhyd to Pontheulog: 7.05pm (was 11.10pm)", "", "", "W")],
        [
            (
                "130A Pontheulog to Glanrhyd via St. Gwenfrewi’s Hospital: 7.20pm (was 10.55pm)",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Cllr. Gwerfyl ap Cadfan, who represents the Glanrhyd ward, said the 130A was the only bus that stopped at St. Gwenfrewi’s Hospital after 6pm.",
                "Gwerfyl ap Cadfan",
                "said",
                "W",
            ),
            (
                "She said she had asked the council’s transport officers to find out whether the evening runs could be subsidised.",
                "Gwerfyl ap Cadfan",
                "said",
                "",
            ),
        ],
        [
            (
                "Gwenllianne Morcambe-Llywarch, a nurse at St. Gwenfrewi’s, said her late shift finished at 9.30pm three nights a week and she did not drive.",
                "Gwenllianne Morcambe-Llywarch",
                "said",
                "",
            ),
            (
                "“Am I meant to walk four miles home in the dark in January?” she asked.",
                "Gwenllianne Morcambe-Llywarch",
                "asked",
                "",
            ),
        ],
        [("Read More", "", "", "B")],
        [("Council tax in Rhondda Cynon Taf could rise by 6.5% next year", "", "", "B")],
        [
            (
                "A petition calling on the operator to keep the late buses had 2,412 signatures by Wednesday evening.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A Welsh Government spokesperson said ministers understood the concern and would discuss the routes with the council and the operator.",
                "A Welsh Government spokesperson",
                "said",
                "",
            )
        ],
        [
            (
                "Mr Llanwern-Bowdler said the company would review the timetable in April 2027.",
                "Iestynwy Llanwern-Bowdler",
                "said",
                "W",
            )
        ],
        [("Comments have been switched off on this article.", "", "", "B")],
        [("More On   Buses   Rhondda Cynon Taf   Public transport", "", "", "B")],
        [("Top Stories", "", "", "B")],
        [("Man arrested after crash closes mountain road for five hours", "", "", "B")],
        [("Rugby club’s new floodlights switched on after 12-year wait", "", "", "B")],
        [
            ("©2026 Cwmllwyd Live.", "", "", "B"),
            ("Part of Glasnant Regional Media Ltd., a company registered in Wales.", "", "", "B"),
        ],
    ],
    [
        [("THE HARBOURMAST", "", "", "B")],
        [("Hong Kong Edition | Thursday, 15 October 2026 | 香港版", "", "", "B")],
        [
            (
                "Hong Kong   China   Asia   Business   Opinion   Lifestyle   Sport   Podcasts",
                "",
                "",
                "B",
            )
        ],
        [("Hong Kong / Education", "", "", "B")],
        [
            (
                "Tsing Kuen estate primary school to close in 2028 as Primary One intake falls to 19",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Sponsoring body says merger with sister school two kilometres away will keep all 46 teachers in jobs",
                "the Koo Sheh Education Foundation",
                "says",
                "W",
            )
        ],
        [("Ursula Shum Pui-yeuk and Dairmid Wheatcroft-Ngan", "", "", "B")],
        [("Published: 7:30am, 15 Oct 2026 | Updated: 9:12am, 15 Oct 2026 HKT", "", "", "B")],
        [("Why you can trust The Harbourmast", "", "", "B")],
        [
            (
                "Pupils leave Tsing Kuen Estate Lutheran Primary School on Wednesday afternoon.",
                "",
                "",
                "",
            ),
            ("Photo: Edmond Luk Chak-fai", "", "", "B"),
        ],
        [
            (
                "A primary school on a public housing estate in the New Territories will stop taking new pupils next September and close in August 2028, its sponsoring body, the Koo Sheh Education Foundation, announced on Wednesday.",
                "the Koo Sheh Education Foundation",
                "announced",
                "W",
            )
        ],
        [
            (
                "Foundation chairman Mr Gilford Fok Keung-hiu said only 19 children had enrolled in Primary One at Tsing Kuen Estate Lutheran Primary School this term, down from 118 in 2016.",
                "Gilford Fok Keung-hiu",
                "said",
                "W",
            ),
            (
                "He said the school’s 312 pupils would be offered places at its sister school, Kwai Chuen Lutheran Primary, from September 2027.",
                "Gilford Fok Keung-hiu",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We held on for four years longer than the numbers allowed,” Fok said.",
                "Gilford Fok Keung-hiu",
                "said",
                "",
            ),
            (
                "“We are not closing a school so much as moving one, and every teacher will move with it.”",
                "Gilford Fok Keung-hiu",
                "said",
                "",
            ),
        ],
        [
            (
                "The school opened in 1983, the same year as the estate, and at its peak in 1991 had 1,140 pupils.",
                "",
                "",
                "W",
            )
        ],
        [("You have reached your limit of free articles this month.", "", "", "B")],
        [
            (
                "Subscribe to The Harbourmast for HK$10 for your first month and get unlimited access on all your devices.",
                "",
                "",
                "B",
            )
        ],
        [("SUBSCRIBE NOW", "", "", "B")],
        [("Already a subscriber? Log in", "", "", "B")],
        [
            (
                "According to government figures, 34 public-sector primary schools have stopped admitting Primary One pupils since 2022, most of them in Kowloon and the New Territories.",
                "government figures",
                "according to",
                "W",
            )
        ],
        [
            (
                "Legislator Teressa Poon Hiu-yung, who sits on the Legislative Council’s education panel, said closing schools one by one was “a policy by accident”.",
                "Teressa Poon Hiu-yung",
                "said",
                "",
            ),
            (
                "“Where is the plan for the next ten years, and who is writing it?” she said.",
                "Teressa Poon Hiu-yung",
                "said",
                "",
            ),
        ],
        [
            (
                "“The children here are not numbers,” the school’s principal, Dr Rosabel Leung Chuen-fai, said, “and we will spend the next two years making sure they do not feel like a footnote.”",
                "Rosabel Leung Chuen-fai",
                "said",
                "",
            ),
            (
                "Leung said 27 of the school’s pupils had special educational needs and would be given one-to-one transition plans.",
                "Rosabel Leung Chuen-fai",
                "said",
                "W",
            ),
        ],
        [
            (
                "Florrie Suen Pui-kuen, whose son is in Primary Two, said she was sad but would move him to the sister school next year rather than wait.",
                "Florrie Suen Pui-kuen",
                "said",
                "",
            ),
            ("“He cried when I told him,” she said.", "Florrie Suen Pui-kuen", "said", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "A government spokesman said the number of six-year-olds in Hong Kong was expected to fall from about 52,000 this year to 39,000 in 2030, and that the government had allocated HK$1.8 billion to help schools merge.",
                "A government spokesman",
                "said",
                "W",
            )
        ],
        [
            (
                "The foundation said it would consider turning the Tsing Kuen campus into an elderly day centre.",
                "The foundation",
                "said",
                "",
            )
        ],
        [("Topics: Hong Kong education · Birth rate · New Territories", "", "", "B")],
        [("MOST POPULAR", "", "", "B")],
        [("1", "", "", "B")],
        [("Typhoon signal No. 8 possible on Friday as storm nears, Observatory says", "", "", "B")],
        [("2", "", "", "B")],
        [("Kowloon restaurant fined HK$42,000 after hygiene raid", "", "", "B")],
        [("3", "", "", "B")],
        [
            (
                "Tsing Kuen estate primary school to close in 2028 as Primary One intake falls to 19",
                "",
                "",
                "B",
            )
        ],
        [("Read The Harbourmast on the go: download our app for iOS and Android.", "", "", "B")],
        [
            ("Copyright © 2026 Harbourmast Publishers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("KRVN 89.1 FM · Northern New Mexico Public Radio", "", "", "B")],
        [("▶ Listen Live   |   Donate", "", "", "B")],
        [("News   Music   Programs   Events   Support   About", "", "", "B")],
        [("Morning Edition on KRVN", "", "", "B")],
        [("Education", "", "", "B")],
        [
            (
                "Tresvado County schools will go to a four-day week in January after 4-1 board vote",
                "",
                "",
                "W",
            )
        ],
        [("By Leandra Quintevilla-Tafoyer, Rural Affairs Reporter", "", "", "B")],
        [("Published October 15, 2026 at 5:04 AM MDT", "", "", "B")],
        [("Listen • 4:18", "", "", "B")],
        [
            (
                "Buses parked outside the Tresvado County Schools transportation yard on Tuesday.",
                "",
                "",
                "",
            ),
            ("Leandra Quintevilla-Tafoyer / KRVN", "", "", "B"),
        ],
        [
            (
                "The Tresvado County Schools board voted 4-1 on Tuesday night to move its 1,480 students to a four-day school week starting Jan. 5, making it the 19th district in New Mexico to drop Fridays.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Board President Heraclio Vialpando-Montaño said the district had held six public meetings on the plan since May.",
                "Heraclio Vialpando-Montaño",
                "said",
                "W",
            ),
            (
                "He said the Friday hours would be added to the other four days, with classes running from 7:50 a.m. to 4:05 p.m.",
                "Heraclio Vialpando-Montaño",
                "said",
                "W",
            ),
        ],
        [
            (
                "Superintendent Dr. Graciliana Villescas-Everdell told KRVN the district had 11 unfilled teaching jobs when school started in August, out of 104.",
                "Graciliana Villescas-Everdell",
                "told KRVN",
                "W",
            ),
            (
                "She said the change would save about $310,000 a year, most of it in bus fuel and substitute pay.",
                "Graciliana Villescas-Everdell",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I didn’t go into this job to cut a day of school,” Villescas-Everdell said.",
                "Graciliana Villescas-Everdell",
                "said",
                "",
            ),
            (
                "“But a fifth day with a substitute in every third room isn’t really a school day either.”",
                "Graciliana Villescas-Everdell",
                "said",
                "",
            ),
        ],
        [
            ("This story is made possible by listeners like you.", "", "", "B"),
            (
                "Every gift to KRVN before Oct. 31 will be matched dollar for dollar, up to $40,000, by the Caddowby Family Fund.",
                "",
                "",
                "B",
            ),
            ("Keep local reporting on the air.", "", "", "B"),
        ],
        [("Give now", "", "", "B")],
        [("Audio: Board member explains why she voted no • 1:52", "", "", "B")],
        [
            (
                "Board member J.D. Ontiveros-Archuletta says the district should have tried higher pay first.",
                "J.D. Ontiveros-Archuletta",
                "says",
                "",
            )
        ],
        [
            (
                "Ontiveros-Archuletta, the only member to vote against the plan, said families on ranches far from town would struggle to find child care on Fridays.",
                "J.D. Ontiveros-Archuletta",
                "said",
                "",
            ),
            (
                "“We’re asking the parents who can least afford it to fill the gap,” she said.",
                "J.D. Ontiveros-Archuletta",
                "said",
                "",
            ),
        ],
        [
            (
                "The Tresvado County Education Association, which represents the district’s teachers, said in a statement that 71% of its members had backed the four-day week in a survey in September.",
                "The Tresvado County Education Association",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "Eustolia Maestasa-Trujillana, who works 10-hour shifts at a feed store in Cañoncito Alto, said she had no one to watch her two kids on Fridays.",
                "Eustolia Maestasa-Trujillana",
                "said",
                "",
            ),
            (
                "“So what happens to them on Friday, do they sit in the truck with me?” she said.",
                "Eustolia Maestasa-Trujillana",
                "said",
                "",
            ),
        ],
        [
            (
                "According to district budget documents, the district will keep its school lunch program running on Fridays for any family that signs up.",
                "district budget documents",
                "according to",
                "W",
            )
        ],
        [
            (
                "A spokesperson for the state Public Education Department said districts on a four-day week must still provide at least 1,140 hours of instruction a year.",
                "A spokesperson for the state Public Education Department",
                "said",
                "W",
            )
        ],
        [
            (
                "A 2024 study of four-day districts in several western states found small drops in reading and math scores, with the largest drops in towns rather than rural areas.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Villescas-Everdell said the district would hold a public meeting on Friday programs at 6 p.m. Oct. 27 in the Tresvado High School gym.",
                "Graciliana Villescas-Everdell",
                "said",
                "W",
            )
        ],
        [("Transcript", "", "", "B")],
        [
            (
                "This transcript was generated by a computer and lightly edited, and may contain errors.",
                "",
                "",
                "B",
            )
        ],
        [("Get Daybreak Digest, KRVN’s weekday newsletter, in your inbox.", "", "", "B")],
        [("Stay Connected", "", "", "B")],
        [("Related Content", "", "", "B")],
        [("Teacher vacancies top 600 statewide as school year opens", "", "", "B")],
        [("Tags: Education · Rural New Mexico · Tresvado County", "", "", "B")],
        [
            (
                "KRVN news is supported in part by the Corazón del Norte Community Foundation.",
                "",
                "",
                "B",
            )
        ],
        [("Copyright 2026 KRVN 89.1 FM", "", "", "B")],
    ],
    [
        [("CNOCÁN FM 97.4 · Mayo’s Own", "", "", "B")],
        [
            (
                "ON AIR NOW: The Mid-Morning Show with Caoimhín Sheeran-Brehony · 10am – 1pm",
                "",
                "",
                "B",
            )
        ],
        [("Listen Live   |   Text the studio: 51974", "", "", "B")],
        [
            (
                "TRAFFIC: Slow-moving traffic on the Drumcullagh road at the Knockanure roundabout after a breakdown; gardaí on scene",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "WEATHER: Status Yellow rain warning for Mayo and Galway until 9pm tonight",
                "",
                "",
                "B",
            )
        ],
        [("Home   News   Sport   Deaths   Shows   Podcasts   Competitions   Contact", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Kilbrackagh’s full wastewater plant holds up 64 new homes", "", "", "W")],
        [
            (
                "Planning granted in 2024, but the site cannot connect until the plant is upgraded",
                "",
                "",
                "W",
            )
        ],
        [("By Bláithín Ní Dhonnchadha-Horkan · News Desk", "", "", "B")],
        [("Thursday 15 October 2026", "", "", "B")],
        [
            ("The entrance to the Mullach Iúir site on the Tawnagh Road, Kilbrackagh.", "", "", ""),
            ("Photo: Cnocán FM", "", "", "B"),
        ],
        [
            (
                "Mayo County Council’s director of services for planning, Mr Tadhgán Philbin-Gaffikin, told Cnocán FM’s Mid-Morning Show that the Kilbrackagh wastewater treatment plant was built for 2,500 people and was now serving the equivalent of 3,100.",
                "Tadhgán Philbin-Gaffikin",
                "told Cnocán FM’s Mid-Morning Show",
                "W",
            ),
            (
                "He said no new houses in the town could be connected until the plant was extended.",
                "Tadhgán Philbin-Gaffikin",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the council’s own capacity register, Kilbrackagh is one of 11 settlements in the county where the plant is at or over capacity.",
                "the council’s own capacity register",
                "according to",
                "W",
            )
        ],
        [
            (
                "Developer Bréanainn Naughtin-Gaffney, whose firm Naughtin-Gaffney Homes was granted planning for 64 houses at Mullach Iúir in March 2024, said the site had been ready for foundations since last autumn.",
                "Bréanainn Naughtin-Gaffney",
                "said",
                "W",
            ),
            (
                "“I have the money, I have the men and I have the buyers,” he said.",
                "Bréanainn Naughtin-Gaffney",
                "said",
                "",
            ),
            (
                "“What I don’t have is a pipe to put them on.”",
                "Bréanainn Naughtin-Gaffney",
                "said",
                "",
            ),
            (
                "He said 41 of the houses had been reserved, 23 of them by first-time buyers.",
                "Bréanainn Naughtin-Gaffney",
                "said",
                "W",
            ),
            (
                "Naughtin-Gaffney said he would consider paying towards the upgrade himself if the utility asked him to.",
                "Bréanainn Naughtin-Gaffney",
                "said",
                "",
            ),
        ],
        [("🎧 Hear the full interview: Mid-Morning Show, 15 October • 8:36", "", "", "B")],
        [("Tap to listen", "", "", "B")],
        [
            (
                "Deputy Sadhbhín Uí Fhlatharta-Cormican (Ind) said she had raised the plant in the Dáil on 30 September and had been told that an upgrade was in the water utility’s investment plan for 2028.",
                "Sadhbhín Uí Fhlatharta-Cormican",
                "said",
                "W",
            ),
            (
                "“Two thousand and twenty-eight is not a date, it’s a shrug,” she said.",
                "Sadhbhín Uí Fhlatharta-Cormican",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, the water utility said it had completed a design for a plant serving 4,800 people and would apply for planning in the first half of next year.",
                "the water utility",
                "said",
                "W",
            ),
            ("It said it understood the frustration in the town.", "the water utility", "said", ""),
        ],
        [
            (
                "Fainseach Geraghtyne-Mulgrevy, a mother of three who has been on the council’s housing list since 2019, said her family had been living with her parents in a three-bedroom house for six years.",
                "Fainseach Geraghtyne-Mulgrevy",
                "said",
                "",
            ),
            (
                "“How many more winters are we meant to wait?” she asked.",
                "Fainseach Geraghtyne-Mulgrevy",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Kilbrackagh Community Forum said the town’s two primary schools had lost 38 pupils between them in five years because young families could not find homes.",
                "The Kilbrackagh Community Forum",
                "said",
                "W",
            )
        ],
        [
            (
                "The council’s housing list for the Kilbrackagh area had 212 applicants at the end of September, the council confirmed.",
                "the council",
                "confirmed",
                "W",
            )
        ],
        [
            (
                "Mr Philbin-Gaffikin said the council would ask the utility whether a temporary package plant could serve the first 20 houses.",
                "Tadhgán Philbin-Gaffikin",
                "said",
                "",
            )
        ],
        [("Got something to say? Text the show on 51974 (texts cost 30c).", "", "", "B")],
        [
            (
                "TRAFFIC: Knockanure roundabout now clear | WEATHER: Heavy rain easing from the west this evening",
                "",
                "",
                "B",
            )
        ],
        [("Share", "", "", "B")],
        [
            (
                "◀ Previous: Drumcullagh cinema reopens after €1.2m refit   |   Next: Tawnagh Harps name new management team ▶",
                "",
                "",
                "B",
            )
        ],
        [("Death Notices", "", "", "B")],
        [("Today’s death notices from across Mayo", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Gardaí appeal for witnesses after Tobarnacree burglary", "", "", "B")],
        [("© 2026 Cnocán FM.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("THE GULF ALMANAR", "", "", "B")],
        [("Doha 31°C · Thursday 15 October 2026 · 23 Rabi’ al-Thani 1448", "", "", "B")],
        [("PRAYER TIMES · DOHA", "", "", "B")],
        [("Fajr 4:12", "", "", "B")],
        [("Dhuhr 11:24", "", "", "B")],
        [("Asr 2:45", "", "", "B")],
        [("Maghrib 5:11", "", "", "B")],
        [("Isha 6:41", "", "", "B")],
        [
            (
                "Read the Almanar in our app — faster, with offline reading and prayer alerts.",
                "",
                "",
                "B",
            ),
            ("OPEN", "", "", "B"),
        ],
        [("Qatar   Gulf   World   Business   Sport   Opinion   E-paper", "", "", "B")],
        [("Qatar", "", "", "B")],
        [("Rawdat Hamsa gets 24-hour health centre for 86,000 residents", "", "", "W")],
        [
            (
                "Operator says centre will cut waiting times for residents who now drive 25 minutes to nearest clinic",
                "the Sahla Primary Care Corporation",
                "says",
                "W",
            )
        ],
        [("Samiha Mekhloufi-Saraya | The Gulf Almanar", "", "", "B")],
        [("Published: 15 Oct 2026 - 08:45 am | Last updated: 15 Oct 2026 - 10:10 am", "", "", "B")],
        [
            ("The Rawdat Hamsa Health Centre, which opened to patients on Wednesday.", "", "", ""),
            ("Pic: Shafeeq Pathiyil-Kalarickal / The Gulf Almanar", "", "", "B"),
        ],
        [
            (
                "Doha: A new health centre in Rawdat Hamsa opened its doors on Wednesday and will be the first in the district to stay open 24 hours a day, the Sahla Primary Care Corporation said.",
                "the Sahla Primary Care Corporation",
                "said",
                "W",
            )
        ],
        [
            (
                "The centre’s director, Dr Hessa Al-Suwaidi-Kandari, said it had 38 consulting rooms, a dental unit and a pharmacy, and would be staffed by 210 doctors, nurses and technicians.",
                "Hessa Al-Suwaidi-Kandari",
                "said",
                "W",
            ),
            (
                "She said family medicine clinics would run from 7am to 11pm, while the urgent care unit would stay open around the clock.",
                "Hessa Al-Suwaidi-Kandari",
                "said",
                "W",
            ),
            (
                "The centre also has a women’s wellness clinic and a physiotherapy unit, she added.",
                "Hessa Al-Suwaidi-Kandari",
                "added",
                "W",
            ),
        ],
        [
            (
                "“Families in Rawdat Hamsa have been patient with us,” Dr Al-Suwaidi-Kandari said.",
                "Hessa Al-Suwaidi-Kandari",
                "said",
                "",
            ),
            (
                "“They should not have to cross the city for a child’s fever at 2am.”",
                "Hessa Al-Suwaidi-Kandari",
                "said",
                "",
            ),
        ],
        [("Also read: Qatar’s schools to begin winter timings from November 1", "", "", "B")],
        [
            (
                "According to the corporation’s annual report, its health centres recorded 6.2 million visits last year, up 9% on 2024.",
                "the corporation’s annual report",
                "according to",
                "W",
            )
        ],
        [
            (
                "Municipal council member H E Khalifa bin Saqer Al-Kuwaileb said residents had asked for the centre at council meetings since 2021.",
                "Khalifa bin Saqer Al-Kuwaileb",
                "said",
                "W",
            ),
            (
                "“This is what a new district needs before it needs a shopping mall,” he said.",
                "Khalifa bin Saqer Al-Kuwaileb",
                "said",
                "",
            ),
        ],
        [
            (
                "Never miss a headline: get breaking news alerts on the Gulf Almanar app.",
                "",
                "",
                "B",
            ),
            ("Download now on the App Store and Google Play.", "", "", "B"),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Jomon Kuriakose-Puthenpura, an engineer from Kerala who moved to the district with his family in 2024, said he used to drive to a clinic in Fereej Tawila with his daughter.",
                "Jomon Kuriakose-Puthenpura",
                "said",
                "",
            ),
            (
                "“Why should a five-minute problem take an hour?” he asked.",
                "Jomon Kuriakose-Puthenpura",
                "asked",
                "",
            ),
        ],
        [
            (
                "An official at the corporation who asked not to be named said the centre was built at a cost of QR142 million.",
                "An official at the corporation who asked not to be named",
                "said",
                "W",
            )
        ],
        [
            (
                "The corporation said registration for residents with a valid Qatar ID would open on its Nabd-Sahla app on October 18.",
                "The corporation",
                "said",
                "W",
            )
        ],
        [("Follow The Gulf Almanar on WhatsApp for the day’s top stories.", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("Related news", "", "", "B")],
        [
            (
                "Fereej Sulaiteen clinic extends evening hours for women’s health services",
                "",
                "",
                "B",
            )
        ],
        [("Doha port handles record container volume in September", "", "", "B")],
        [
            ("Copyright © 2026 The Gulf Almanar.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("THE CORALSTONE DAILY", "", "", "B")],
        [("Thursday, October 15, 2026 · Bridgetown 30°C, scattered showers", "", "", "B")],
        [("E-PAPER | SUBSCRIBE | SIGN IN", "", "", "B")],
        [
            (
                "Home   Local News   Business   Sports   Entertainment   Opinion   Classifieds   Obituaries",
                "",
                "",
                "B",
            )
        ],
        [("Local News", "", "", "B")],
        [("Sargassum keeps Straughn’s Landing boats ashore for third straight week", "", "", "W")],
        [
            (
                "Fisherfolk say they have lost more than half their income since September",
                "Fisherfolk",
                "say",
                "",
            )
        ],
        [("By Marcellus Oxendine-Husbands, Senior Reporter", "", "", "B")],
        [("Posted: October 15, 2026, 6:20 a.m.", "", "", "B")],
        [
            (
                "Fishing boats pulled up on the sand at Straughn’s Landing, St Philip, on Tuesday.",
                "",
                "",
                "",
            ),
            ("PHOTO BY TREMAYNOR PHILLPOTTS-ODLE", "", "", "B"),
        ],
        [
            (
                "Not one of the 34 boats registered at Straughn’s Landing in St Philip has put to sea since September 28, because a mat of sargassum up to a metre thick has blocked the bay, the Straughn’s Landing Fisherfolk Co-operative said yesterday.",
                "the Straughn’s Landing Fisherfolk Co-operative",
                "said",
                "W",
            )
        ],
        [
            (
                "Co-operative president Carlisleigh Quintyne-Maynard said members had landed 2,180 kilogrammes of fish in September, compared with 5,900 kilogrammes in the same month last year.",
                "Carlisleigh Quintyne-Maynard",
                "said",
                "W",
            ),
            (
                "He said two engines had been damaged after the weed clogged their cooling intakes.",
                "Carlisleigh Quintyne-Maynard",
                "said",
                "W",
            ),
            (
                "He said the co-operative had written to the ministry on September 30 asking for fuel vouchers.",
                "Carlisleigh Quintyne-Maynard",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Men who have fished this bay for 40 years are sitting under the almond tree playing dominoes,” Mr Quintyne-Maynard said.",
                "Carlisleigh Quintyne-Maynard",
                "said",
                "",
            ),
            (
                "“You can walk on the weed in some places.",
                "Carlisleigh Quintyne-Maynard",
                "said",
                "",
            ),
        ],
        [
            (
                "“We need help now, not in the next Estimates.”",
                "Carlisleigh Quintyne-Maynard",
                "said",
                "",
            )
        ],
        [
            (
                "Today’s Coralstone is on the E-Paper — every page, exactly as it was printed.",
                "",
                "",
                "B",
            ),
            ("Subscribe from BDS$22 a month and read it on any device.", "", "", "B"),
        ],
        [("READ NOW", "", "", "B")],
        [
            (
                "Dr. Yvonnette St. Hill-Babb, a marine scientist at the Ravenlea Marine Institute, said satellite images suggested the season could last into December.",
                "Yvonnette St. Hill-Babb",
                "said",
                "",
            ),
            (
                "She said the mats seen off the east coast this month were the largest recorded since monitoring began in 2011.",
                "Yvonnette St. Hill-Babb",
                "said",
                "W",
            ),
        ],
        [
            (
                "Albertha Springerly-Agard, who has sold flying fish from a stall at the landing for 22 years, said she had made less than a third of her usual sales.",
                "Albertha Springerly-Agard",
                "said",
                "",
            ),
            (
                "She said the few fish she could buy from boats at Oistead Bay now cost her BDS$9 a pound, up from BDS$6.",
                "Albertha Springerly-Agard",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "“The Government has not forgotten Straughn’s Landing,” Minister of Maritime Affairs Hon. Ezekial A.L. Prescod-Hurley said, “and we will not leave these men to carry this alone.”",
                "Ezekial A.L. Prescod-Hurley",
                "said",
                "",
            ),
            (
                "He said a clean-up crew with two excavators would start clearing the bay on Monday, October 19.",
                "Ezekial A.L. Prescod-Hurley",
                "said",
                "W",
            ),
            (
                "He said the ministry had bought a third excavator for the east coast, due to arrive in November.",
                "Ezekial A.L. Prescod-Hurley",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to a ministry release, 214 fisherfolk across the island have applied for the sargassum relief grant of BDS$1,500 since it opened on October 1.",
                "a ministry release",
                "according to",
                "W",
            )
        ],
        [
            (
                "Mr Quintyne-Maynard said he hoped the excavators would not simply push the weed further along the beach.",
                "Carlisleigh Quintyne-Maynard",
                "said",
                "",
            )
        ],
        [("Sargassum alerts by text: send CORAL to 4100.", "", "", "B")],
        [("MORE LOCAL NEWS", "", "", "B")],
        [("Bus fares unchanged for 2027, says transport board", "", "", "B")],
        [("OBITUARIES", "", "", "B")],
        [
            (
                "QUINTYNE, Ermintrude Honorine, 88, of Straughn’s Landing, St Philip — funeral Saturday, 2 p.m.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "BOXWELL-MOSELEY, Ambrosius Leopoldus, 84, formerly of Caddleford Cross Road, St Michael — thanksgiving service Friday",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "GASTERBY-MARSHALL, Lurleen Gwendolina, 91, retired headmistress — see full notice",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "To place a death notice, call 430-5512 before 3 p.m. for the next day’s paper.",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2026 Coralstone Publishing Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("City of Pellingrove Falls", "", "", "B")],
        [("Skip to main content", "", "", "B")],
        [("Residents   Business   City Hall   Newsroom   Contact us", "", "", "B")],
        [("Home > City Hall > Newsroom > News releases", "", "", "B")],
        [("News release", "", "", "B")],
        [
            (
                "Green bins arrive at the curb Nov. 2 as Pellingrove Falls starts citywide food-waste pickup",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "About 61,400 households will get a 46-litre green bin and a kitchen catcher by Oct. 30",
                "",
                "",
                "W",
            )
        ],
        [("October 15, 2026", "", "", "B")],
        [("For immediate release", "", "", "B")],
        [
            (
                "PELLINGROVE FALLS, Ont. – The City of Pellingrove Falls today announced that weekly curbside collection of food and yard waste will begin on Monday, Nov. 2, for all single-family homes and townhouses on city garbage routes.",
                "the City of Pellingrove Falls",
                "announced",
                "W",
            )
        ],
        [
            (
                "The city said delivery crews had already dropped off 38,900 green bins and would finish the remaining 22,500 by Friday, Oct. 30.",
                "The city",
                "said",
                "W",
            )
        ],
        [
            (
                "“Households here throw out roughly a third of what goes in their garbage bags as food scraps, and every bag of that we keep out of the landfill is money back in the taxpayer’s pocket,” said Mayor Gerlinde Kroeker-Wijnbergen.",
                "Gerlinde Kroeker-Wijnbergen",
                "said",
                "",
            ),
            (
                "“I want to thank residents for their patience while we got this right.”",
                "Gerlinde Kroeker-Wijnbergen",
                "said",
                "",
            ),
        ],
        [
            (
                "“Why would we keep paying to truck banana peels 80 kilometres to a landfill that is nearly full?” said Coun. Kelvontay Ogbuefi-Ekholm, chair of the city’s environment and infrastructure committee.",
                "Kelvontay Ogbuefi-Ekholm",
                "said",
                "",
            )
        ],
        [
            (
                "Solveigh Fjeldheim-Dlamvu, P.Eng., manager of solid waste services, said the city’s Ellesby Road landfill had about nine years of space left at current rates of filling.",
                "Solveigh Fjeldheim-Dlamvu",
                "said",
                "W",
            ),
            (
                "She said the program was expected to take about 14,000 tonnes a year out of the landfill.",
                "Solveigh Fjeldheim-Dlamvu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Garbage collection will move to every other week on Jan. 4, 2027, while recycling and green bins will be picked up every week.",
                "",
                "",
                "W",
            )
        ],
        [("Apartment buildings and condominiums will join the program in 2028.", "", "", "W")],
        [
            (
                "Residents with questions can call 311 or visit pellingrovefalls.ca/greenbin.",
                "",
                "",
                "",
            )
        ],
        [("Quick facts", "", "", "B")],
        [
            (
                "The green bin program costs approx. $6.4 million a year to run, funded from the city’s solid waste budget.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Food scraps will be processed at the Ridgevale composting facility, which the city opened in 2025.",
                "",
                "",
                "W",
            )
        ],
        [("Bins are owned by the city and stay with the home if residents move.", "", "", "W")],
        [
            (
                "Residents who want a larger 120-litre cart can order one for $45 until Dec. 31.",
                "",
                "",
                "W",
            )
        ],
        [("Backgrounder", "", "", "B")],
        [("Green bins must be at the curb by 7 a.m. on collection day:", "", "", "W")],
        [("Zone A (north of Roslin St.): Mondays", "", "", "W")],
        [("Zone B (between Roslin St. and the river): Tuesdays", "", "", "W")],
        [("Zone C (south of the river, including Ridgevale): Wednesdays", "", "", "W")],
        [("Associated links", "", "", "B")],
        [("Green bin program: what goes in and what stays out", "", "", "B")],
        [("Find your collection day", "", "", "B")],
        [("-30-", "", "", "B")],
        [("Media contact:", "", "", "B")],
        [
            ("Anushree Sivanesan-Holtz", "", "", "B"),
            ("Communications Advisor, City of Pellingrove Falls", "", "", "B"),
            ("905-555-0193 ext. 2214", "", "", "B"),
            ("media@pellingrovefalls.ca", "", "", "B"),
        ],
        [("Subscribe to city news releases", "", "", "B")],
        [("Share this page", "", "", "B")],
        [("Was this page helpful?   Yes   No", "", "", "B")],
        [("Date modified: 2026-10-15", "", "", "B")],
    ],
    [
        [("TRADEYARD JOURNAL", "", "", "B")],
        [("News and prices for the builders’ merchant trade", "", "", "B")],
        [("News | Prices | Products | People | Events | Jobs | Subscribe", "", "", "B")],
        [("TRADEYARD AWARDS 2026 · 26 November · Manchester · Book your table", "", "", "B")],
        [("News › Heavy side › Bricks", "", "", "B")],
        [("Brickmaker Ansdell Clayworks to lift prices 7.5% from January", "", "", "W")],
        [
            (
                "Merchants warn second rise in 12 months will push more housebuilders to block and timber frame",
                "Merchants",
                "warn",
                "",
            )
        ],
        [("By Morwenn Goodlad-Mobberlane, News Editor", "", "", "B")],
        [("14 October 2026", "", "", "B")],
        [
            (
                "Ansdell Clayworks, which makes about one in six bricks sold in Britain, has told customers in a letter that its list prices will rise by 7.5% from 1 January 2027.",
                "Ansdell Clayworks",
                "told customers in a letter",
                "W",
            ),
            (
                "The company said the rise followed a 22% increase in the cost of gas under contracts it signed in the summer.",
                "The company",
                "said",
                "W",
            ),
            (
                "It said its kiln at Kelshaw Hollow would be closed for eight weeks from February for relining.",
                "Ansdell Clayworks",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sales director Ebenwald Ancroft-Lambdon said the firm had “held off for as long as we responsibly could”.",
                "Ebenwald Ancroft-Lambdon",
                "said",
                "",
            ),
            (
                "“Nobody likes sending these letters,” he said.",
                "Ebenwald Ancroft-Lambdon",
                "said",
                "",
            ),
            (
                "“But we will not run kilns at a loss, and neither would any merchant reading this.”",
                "Ebenwald Ancroft-Lambdon",
                "said",
                "",
            ),
        ],
        [
            ("Register for free to keep reading.", "", "", "B"),
            (
                "Registered readers get unlimited news, our weekly price tracker and the Monday bulletin.",
                "",
                "",
                "B",
            ),
        ],
        [("Register for free", "", "", "B")],
        [("Already registered? Sign in", "", "", "B")],
        [("Ansdell list prices from 1 January (per 1,000, ex VAT)", "", "", "")],
        [("Standard red multi stock: £1,118 (was £1,040)", "", "", "W")],
        [("Engineering class B: £947 (was £881)", "", "", "W")],
        [("Handmade range: £1,629 (was £1,515)", "", "", "W")],
        [("EVENT", "", "", "B")],
        [
            ("Merchant Leaders Forum, 4 February 2027, London.", "", "", "B"),
            (
                "Hear how the country’s biggest yards are handling price rises, staffing and net zero.",
                "",
                "",
                "B",
            ),
            ("Early-bird tickets at £295 end on 30 October.", "", "", "B"),
        ],
        [
            (
                "The Federation of Independent Yards said its latest survey of 140 members found brick sales by volume were down 11% in the third quarter compared with a year earlier.",
                "The Federation of Independent Yards",
                "said",
                "W",
            ),
            (
                "Chief executive Hermionie Quillendon-Adewolu said the price rise was likely to push that figure further down in the first half of next year.",
                "Hermionie Quillendon-Adewolu",
                "said",
                "",
            ),
            (
                "“Housebuilders have choices now that they didn’t have ten years ago,” she said, “and when bricks go up twice in a year, they use them.”",
                "Hermionie Quillendon-Adewolu",
                "said",
                "",
            ),
        ],
        [
            (
                "Ashberyn Brockbank-Fellowsby, who runs a three-branch merchant in Yorkshire, said his yards sold 1.4 million bricks in the year to September, a fifth fewer than the year before.",
                "Ashberyn Brockbank-Fellowsby",
                "said",
                "W",
            ),
            (
                "He said he would pass the increase on in full from January.",
                "Ashberyn Brockbank-Fellowsby",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Analysts at Corrabrook Securities said they expected other brickmakers to announce rises of between 5% and 8% before Christmas.",
                "Analysts at Corrabrook Securities",
                "said",
                "",
            )
        ],
        [
            (
                "Wholesale gas prices for the first quarter of 2027 were trading at 96p a therm this week, against 78p in June.",
                "",
                "",
                "W",
            )
        ],
        [("Got a story? Email news@tradeyardjournal.co.uk in confidence.", "", "", "B")],
        [
            ("Morwenn Goodlad-Mobberlane is news editor of Tradeyard Journal.", "", "", "B"),
            ("She has reported on the merchant trade since 2014.", "", "", "B"),
        ],
        [("Related stories", "", "", "B")],
        [("Blockmaker Blockwell to open second plant in South Wales", "", "", "B")],
        [("Timber prices ease for third month, says importers’ index", "", "", "B")],
        [
            (
                "WEBINAR: Passing on price rises without losing your best customers — 12 November, 11am — Register now",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Tradeyard Journal is published by Orbelline Media Ltd, registered in England and Wales, company No. 07733119.",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("THE ŌKIWARU RURAL", "", "", "B")],
        [("Serving Central Hawke’s Bay farmers since 1954", "", "", "B")],
        [("Thursday, October 15, 2026 · Issue No. 3,418", "", "", "B")],
        [
            (
                "News   Farming   Sale Reports   Weather   Sport   Classifieds   Public Notices",
                "",
                "",
                "B",
            )
        ],
        [("Farming", "", "", "B")],
        [("Weaner calves hit record $4.62/kg at Pukehaumu", "", "", "W")],
        [
            (
                "Yarding of 1,860 head clears in under four hours as buyers from three regions bid",
                "",
                "",
                "W",
            )
        ],
        [("Words: Pareraukura Te Whatahoro-Aitkenhead · Photos: Supplied", "", "", "B")],
        [
            ("Buyers line the rails at the Pukehaumu Saleyards on Tuesday.", "", "", ""),
            ("Photo – Pukehaumu Saleyards", "", "", "B"),
        ],
        [
            (
                "Friesian-cross and Hereford-cross weaner calves sold for a record top of $4.62 a kilogram liveweight at the Pukehaumu Saleyards on Tuesday, where all 1,860 calves on offer found buyers.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Rākaunui Livestock agent Torquhil Tarehunga-McIvor told The Ōkiwaru Rural the average across the yarding was 418c/kg, up from 352c/kg at the same sale last year.",
                "Torquhil Tarehunga-McIvor",
                "told The Ōkiwaru Rural",
                "W",
            ),
            (
                "He said buyers had come from the Manawatū, Wairarapa and Gisborne districts.",
                "Torquhil Tarehunga-McIvor",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I’ve been selling calves at Pukehaumu for 26 years and I’ve never seen the rails this full in October,” Tarehunga-McIvor said.",
                "Torquhil Tarehunga-McIvor",
                "said",
                "",
            ),
            (
                "“There’s grass everywhere this spring and everybody wants mouths to eat it.”",
                "Torquhil Tarehunga-McIvor",
                "said",
                "",
            ),
        ],
        [("Top prices, Tuesday’s sale", "", "", "")],
        [("Hereford-cross steers, 100–120kg: $4.62/kg", "", "", "W")],
        [("Friesian-cross bulls, 100–120kg: $4.31/kg", "", "", "W")],
        [("Angus-cross heifers, 90–110kg: 398c/kg", "", "", "W")],
        [("Advertisement", "", "", "B")],
        [
            (
                "Rerehau Manahiraki-Hartsfeld, who milks 640 cows near Mangatewhiti Flat with her husband, said their 96 Hereford-cross calves had grossed just over $49,000.",
                "Rerehau Manahiraki-Hartsfeld",
                "said",
                "W",
            ),
            (
                "“That’s a good chunk of a power bill and a new set of tyres on the ute,” she said.",
                "Rerehau Manahiraki-Hartsfeld",
                "said",
                "",
            ),
        ],
        [
            (
                "YARD NOTICE: From November 1, all cattle must be in the yards by 8.30am on sale days.",
                "",
                "",
                "B",
            ),
            ("Trucks arriving late will be held until the sale ends.", "", "", "B"),
        ],
        [
            (
                "Saleyard manager Wiebkea Van Wijlen-Ratapu said the yards had sold 6,940 calves over four sales since September 15, the most for a spring since they were rebuilt in 2009.",
                "Wiebkea Van Wijlen-Ratapu",
                "said",
                "W",
            ),
            (
                "She said every calf sold at Pukehaumu now had to be tagged and registered before it left the farm of origin.",
                "Wiebkea Van Wijlen-Ratapu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Waimarie Kūpenga-Skeldergate, coordinator of the Ōkiwaru Rural Support Trust, said farmers should not read one good spring as the end of three hard years.",
                "Waimarie Kūpenga-Skeldergate",
                "said",
                "",
            ),
            (
                "“Pay off what hurts first, and don’t buy calves you can’t feed in a dry February,” she said.",
                "Waimarie Kūpenga-Skeldergate",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the trust’s rainfall figures, Central Hawke’s Bay had 148mm of rain in September, about a third more than the long-term average.",
                "the trust’s rainfall figures",
                "according to",
                "W",
            )
        ],
        [
            (
                "Tarehunga-McIvor said he expected prices to ease slightly at the next sale as more dairy-beef calves came forward.",
                "Torquhil Tarehunga-McIvor",
                "said",
                "",
            )
        ],
        [("The next weaner sale at Pukehaumu is on Tuesday, October 27, at 11am.", "", "", "W")],
        [("Sale dates for the rest of the season are on page 14.", "", "", "B")],
        [
            (
                "Have your say: letters to the editor, 250 words max, to letters@okiwarurural.co.nz.",
                "",
                "",
                "B",
            )
        ],
        [("CLASSIFIEDS", "", "", "B")],
        [("Livestock for sale", "", "", "B")],
        [("Grazing wanted", "", "", "B")],
        [("Farm jobs and contractors", "", "", "B")],
        [("Machinery and vehicles", "", "", "B")],
        [("Place an ad online from $14.", "", "", "B")],
        [("Public Notices", "", "", "B")],
        [("© 2026 Ōkiwaru Rural Publishing Ltd", "", "", "B")],
    ],
    [
        [("THE TILTHWIRE", "", "", "B")],
        [("Issue No. 212 · Thursday, Oct. 15, 2026 · View in browser", "", "", "B")],
        [
            ("Was this forwarded to you?", "", "", "B"),
            ("Sign up here to get The Tilthwire every Thursday.", "", "", "B"),
        ],
        [("Morning, growers —", "", "", "B")],
        [
            ("Today’s issue is brought to you by Cropsmith.", "", "", "B"),
            (
                "Cropsmith turns your yield maps, soil tests and input invoices into a field-by-field profit sheet in about ten minutes.",
                "",
                "",
                "B",
            ),
            ("Tilthwire readers get their first season free.", "", "", "B"),
        ],
        [("Try Cropsmith → cropsmith.ag/tilth", "", "", "B")],
        [("Swarm spraying gets its first big cheque: Veldra Aerial raises $22M", "", "", "W")],
        [
            (
                "A federal waiver lets one pilot fly three spray drones at once, and investors are betting it spreads",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Veldra Aerial, a drone-spraying service founded in Iowa in 2021, has raised $22 million in a Series B round led by Prairieloft Ventures, the company announced Tuesday.",
                "the company",
                "announced",
                "W",
            )
        ],
        [
            (
                "Chief executive Ingeborga Thirlbeck-Mercot told The Tilthwire the money would pay for 140 more drones and a second operations base in Nebraska before the 2027 spraying season.",
                "Ingeborga Thirlbeck-Mercot",
                "told The Tilthwire",
                "W",
            ),
            (
                "She said Veldra sprayed 212,000 acres of corn and soybeans this year, up from 61,000 in 2025.",
                "Ingeborga Thirlbeck-Mercot",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Ground rigs aren’t going away,” Thirlbeck-Mercot said.",
                "Ingeborga Thirlbeck-Mercot",
                "said",
                "",
            ),
            (
                "“But when it rained for nine days in June, we were the only people in three counties who could get on a wet field.”",
                "Ingeborga Thirlbeck-Mercot",
                "said",
                "W",
            ),
        ],
        [
            (
                "In August the Federal Aviation Administration granted Veldra a waiver allowing one pilot to operate up to three 40-kg spray drones at once, in daylight and within sight of the pilot.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "According to the company, a three-drone crew can cover about 90 acres an hour, roughly what a mid-size self-propelled sprayer does on dry ground.",
                "the company",
                "according to",
                "W",
            )
        ],
        [
            (
                "“The waiver is the story here, not the drones,” said Thorolf Underhay-Borgstrom, a partner at Prairieloft Ventures.",
                "Thorolf Underhay-Borgstrom",
                "said",
                "",
            ),
            (
                "“One pilot, three machines — that’s when the unit economics finally work,” he said.",
                "Thorolf Underhay-Borgstrom",
                "said",
                "",
            ),
        ],
        [("A word from our partner", "", "", "B")],
        [
            ("Harvest is the worst time for a broken belt.", "", "", "B"),
            (
                "Baleline ships OEM and aftermarket parts for 40 brands, most orders within 24 hours.",
                "",
                "",
                "B",
            ),
            ("Use code TILTH15 for 15% off your first order.", "", "", "B"),
        ],
        [
            (
                "Thadwell Brezina-Carnbrook, who farms 3,400 acres of corn and soybeans near Hollisby Crossing, Iowa, said he hired Veldra for 800 acres of fungicide this summer.",
                "Thadwell Brezina-Carnbrook",
                "said",
                "W",
            ),
            (
                "“It did a fine job on the flat ground,” he said.",
                "Thadwell Brezina-Carnbrook",
                "said",
                "",
            ),
            (
                "“But what happens on a windy day in July when everybody wants them at once?” he asked.",
                "Thadwell Brezina-Carnbrook",
                "asked",
                "",
            ),
        ],
        [
            (
                "M.K. Kilfeather-Adomakoh, Ph.D., an agricultural economist at the Plainsfield Institute for Farm Policy, said custom drone rates would probably fall by a third within five years as more operators got waivers.",
                "M.K. Kilfeather-Adomakoh",
                "said",
                "",
            )
        ],
        [("My take", "", "", "")],
        [
            (
                "I’ve been skeptical of spray drones for years, mostly because the math never worked with one pilot per drone.",
                "",
                "",
                "",
            ),
            (
                "This waiver changes that, and I’d expect two or three more companies to announce rounds like this before spring.",
                "",
                "",
                "",
            ),
        ],
        [("Quick hits", "", "", "B")],
        [
            (
                "1. Harvestgrid Inc. recalled 3,100 soil-moisture probes sold in the U.S. and Canada after a battery fault.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "2. The corn harvest in Iowa was 64% complete as of Sunday, according to the weekly crop progress report.",
                "the weekly crop progress report",
                "according to",
                "W",
            )
        ],
        [
            (
                "3. Grain bids at Des Moines elevators opened at $3.91 a bushel at 8:30 a.m. Wednesday, down 6 cents on the week.",
                "",
                "",
                "W",
            )
        ],
        [
            ("Share The Tilthwire and earn rewards.", "", "", "B"),
            (
                "Refer three friends and we’ll send you a Tilthwire cap; refer ten and you get a seat at our spring field day.",
                "",
                "",
                "B",
            ),
            ("You’ve referred 0 friends so far.", "", "", "B"),
        ],
        [("Your referral link: tilthwire.news/r/ah7k2m", "", "", "B")],
        [
            ("That’s all for this week.", "", "", "B"),
            (
                "Reply to this email with tips, gripes and good field photos — I read every one.",
                "",
                "",
                "B",
            ),
        ],
        [("— Philippina", "", "", "B")],
        [("Unsubscribe · Manage preferences · Privacy", "", "", "B")],
        [("The Tilthwire, 4410 Keokee Ave., Ste. 208, Des Moines, IA 50312", "", "", "B")],
    ],
]

CASES = [
    (
        "n89-ph-caption-oct-credit",
        "Motorists cross the Tagpuan Bridge over the Bugwakan River during the morning rush on Monday, Oct. 12. DIARYO KAPATAGAN PHOTO / M.D. CABUGNASON-EBDANE",
        [
            "Motorists cross the Tagpuan Bridge over the Bugwakan River during the morning rush on Monday, Oct. 12.",
            "DIARYO KAPATAGAN PHOTO / M.D. CABUGNASON-EBDANE",
        ],
    ),
    (
        "n89-ph-engr-told-reporters",
        "City Engineer Engr. Hermogenito Dalogdog-Maambong told reporters the bridge carried about 38,000 vehicles a day, based on a traffic count made in August. He said inspectors found cracks in four of the bridge’s 16 bearings in May.",
        [
            "City Engineer Engr. Hermogenito Dalogdog-Maambong told reporters the bridge carried about 38,000 vehicles a day, based on a traffic count made in August.",
            "He said inspectors found cracks in four of the bridge’s 16 bearings in May.",
        ],
    ),
    (
        "n89-ph-quote-open-at-end",
        "“We cannot wait for the rainy season to test them,” Dalogdog-Maambong said. “The contractor already has 120 workers on standby.",
        [
            "“We cannot wait for the rainy season to test them,” Dalogdog-Maambong said.",
            "“The contractor already has 120 workers on standby.",
        ],
    ),
    (
        "n89-ph-am-pm-daily",
        "Marichu Pabualan-Odchimar, head of the city’s Roads and Traffic Administration, said 120 traffic enforcers would be posted at 11 intersections from 5 a.m. to 10 p.m. daily. She said the detour would add about 15 minutes to a trip across the river at peak hours.",
        [
            "Marichu Pabualan-Odchimar, head of the city’s Roads and Traffic Administration, said 120 traffic enforcers would be posted at 11 intersections from 5 a.m. to 10 p.m. daily.",
            "She said the detour would add about 15 minutes to a trip across the river at peak hours.",
        ],
    ),
    (
        "n89-ph-driver-asked",
        "Wenceslito Limpangog-Luga, 56, who drives the Dagumbaan–Tibasak route, said he expected to make two fewer round trips a day. Limpangog-Luga said he had driven the same route since 1998. “That is P600 less for my family every day,” he said. “Who will pay for the extra diesel?” he asked.",
        [
            "Wenceslito Limpangog-Luga, 56, who drives the Dagumbaan–Tibasak route, said he expected to make two fewer round trips a day.",
            "Limpangog-Luga said he had driven the same route since 1998.",
            "“That is P600 less for my family every day,” he said.",
            "“Who will pay for the extra diesel?” he asked.",
        ],
    ),
    (
        "n89-ph-councilor-p-million",
        "Councilor Rowelito Bagaipo-Sumaylo, who chairs the council’s committee on transportation, said the council approved on Oct. 6 a P3.2-million fund for fuel subsidies to drivers on the affected routes. He said each of the 1,140 registered drivers would receive P2,800. The money will be loaded onto the drivers’ city cash cards starting Oct. 26, he added.",
        [
            "Councilor Rowelito Bagaipo-Sumaylo, who chairs the council’s committee on transportation, said the council approved on Oct. 6 a P3.2-million fund for fuel subsidies to drivers on the affected routes.",
            "He said each of the 1,140 registered drivers would receive P2,800.",
            "The money will be loaded onto the drivers’ city cash cards starting Oct. 26, he added.",
        ],
    ),
    (
        "n89-gh-dr-medical-superintendent",
        "The Medical Superintendent, Dr. Wumbei Iddi-Dokurugu, said the plant could fill 120 cylinders a day, more than twice what the hospital used at the height of the rainy season. He said the hospital had been sending a truck 380 kilometres to Kumasi twice a week to refill its cylinders since 2021.",
        [
            "The Medical Superintendent, Dr. Wumbei Iddi-Dokurugu, said the plant could fill 120 cylinders a day, more than twice what the hospital used at the height of the rainy season.",
            "He said the hospital had been sending a truck 380 kilometres to Kumasi twice a week to refill its cylinders since 2021.",
        ],
    ),
    (
        "n89-gh-channel-strip-tap",
        "📲 Get the news first: join the Nkyinkyim News channel on WhatsApp. Tap here to join",
        ["📲 Get the news first: join the Nkyinkyim News channel on WhatsApp.", "Tap here to join"],
    ),
    (
        "n89-gh-ltd-then-company",
        "The plant was funded by Sanbekpa Agro Processing Ltd., a shea butter exporter based in the Northern Region, at a ceremony attended by chiefs and health officials. In a statement, the company said it had also paid for two years of maintenance. It said the contract with the installer runs until October 2028.",
        [
            "The plant was funded by Sanbekpa Agro Processing Ltd., a shea butter exporter based in the Northern Region, at a ceremony attended by chiefs and health officials.",
            "In a statement, the company said it had also paid for two years of maintenance.",
            "It said the contract with the installer runs until October 2028.",
        ],
    ),
    (
        "n89-gh-alhaji-asked",
        "Alhaji Yakubari Zangbeyili-Tahiru, whose granddaughter was admitted to the ward last month, said the family had been afraid every time the lights went off. “If this could be done here, why did it take so long?” he asked.",
        [
            "Alhaji Yakubari Zangbeyili-Tahiru, whose granddaughter was admitted to the ward last month, said the family had been afraid every time the lights went off.",
            "“If this could be done here, why did it take so long?” he asked.",
        ],
    ),
    (
        "n89-gh-comment-question",
        "Good news but who will maintain it after 2028? We have seen this before.",
        ["Good news but who will maintain it after 2028?", "We have seen this before."],
    ),
    (
        "n89-wl-cookie-two",
        "We and our 211 partners store and read information on your device, such as cookies, to personalise content and adverts and to see how our site is used. You can change or withdraw your choices at any time from the “Privacy settings” link at the bottom of every page.",
        [
            "We and our 211 partners store and read information on your device, such as cookies, to personalise content and adverts and to see how our site is used.",
            "You can change or withdraw your choices at any time from the “Privacy settings” link at the bottom of every page.",
        ],
    ),
    (
        "n89-wl-cllr-st-hospital",
        "Cllr. Gwerfyl ap Cadfan, who represents the Glanrhyd ward, said the 130A was the only bus that stopped at St. Gwenfrewi’s Hospital after 6pm. She said she had asked the council’s transport officers to find out whether the evening runs could be subsidised.",
        [
            "Cllr. Gwerfyl ap Cadfan, who represents the Glanrhyd ward, said the 130A was the only bus that stopped at St. Gwenfrewi’s Hospital after 6pm.",
            "She said she had asked the council’s transport officers to find out whether the evening runs could be subsidised.",
        ],
    ),
    (
        "n89-wl-nurse-question",
        "Gwenllianne Morcambe-Llywarch, a nurse at St. Gwenfrewi’s, said her late shift finished at 9.30pm three nights a week and she did not drive. “Am I meant to walk four miles home in the dark in January?” she asked.",
        [
            "Gwenllianne Morcambe-Llywarch, a nurse at St. Gwenfrewi’s, said her late shift finished at 9.30pm three nights a week and she did not drive.",
            "“Am I meant to walk four miles home in the dark in January?” she asked.",
        ],
    ),
    (
        "n89-wl-copyright-ltd",
        "©2026 Cwmllwyd Live. Part of Glasnant Regional Media Ltd., a company registered in Wales.",
        [
            "©2026 Cwmllwyd Live.",
            "Part of Glasnant Regional Media Ltd., a company registered in Wales.",
        ],
    ),
    (
        "n89-hk-mr-chairman-figures",
        "Foundation chairman Mr Gilford Fok Keung-hiu said only 19 children had enrolled in Primary One at Tsing Kuen Estate Lutheran Primary School this term, down from 118 in 2016. He said the school’s 312 pupils would be offered places at its sister school, Kwai Chuen Lutheran Primary, from September 2027.",
        [
            "Foundation chairman Mr Gilford Fok Keung-hiu said only 19 children had enrolled in Primary One at Tsing Kuen Estate Lutheran Primary School this term, down from 118 in 2016.",
            "He said the school’s 312 pupils would be offered places at its sister school, Kwai Chuen Lutheran Primary, from September 2027.",
        ],
    ),
    (
        "n89-hk-question-she-said",
        "Legislator Teressa Poon Hiu-yung, who sits on the Legislative Council’s education panel, said closing schools one by one was “a policy by accident”. “Where is the plan for the next ten years, and who is writing it?” she said.",
        [
            "Legislator Teressa Poon Hiu-yung, who sits on the Legislative Council’s education panel, said closing schools one by one was “a policy by accident”.",
            "“Where is the plan for the next ten years, and who is writing it?” she said.",
        ],
    ),
    (
        "n89-hk-dr-split-quote",
        "“The children here are not numbers,” the school’s principal, Dr Rosabel Leung Chuen-fai, said, “and we will spend the next two years making sure they do not feel like a footnote.” Leung said 27 of the school’s pupils had special educational needs and would be given one-to-one transition plans.",
        [
            "“The children here are not numbers,” the school’s principal, Dr Rosabel Leung Chuen-fai, said, “and we will spend the next two years making sure they do not feel like a footnote.”",
            "Leung said 27 of the school’s pupils had special educational needs and would be given one-to-one transition plans.",
        ],
    ),
    (
        "n89-us-initials-board-member",
        "Ontiveros-Archuletta, the only member to vote against the plan, said families on ranches far from town would struggle to find child care on Fridays. “We’re asking the parents who can least afford it to fill the gap,” she said.",
        [
            "Ontiveros-Archuletta, the only member to vote against the plan, said families on ranches far from town would struggle to find child care on Fridays.",
            "“We’re asking the parents who can least afford it to fill the gap,” she said.",
        ],
    ),
    (
        "n89-us-pledge-three",
        "This story is made possible by listeners like you. Every gift to KRVN before Oct. 31 will be matched dollar for dollar, up to $40,000, by the Caddowby Family Fund. Keep local reporting on the air.",
        [
            "This story is made possible by listeners like you.",
            "Every gift to KRVN before Oct. 31 will be matched dollar for dollar, up to $40,000, by the Caddowby Family Fund.",
            "Keep local reporting on the air.",
        ],
    ),
    (
        "n89-us-question-comma-she-said",
        "Eustolia Maestasa-Trujillana, who works 10-hour shifts at a feed store in Cañoncito Alto, said she had no one to watch her two kids on Fridays. “So what happens to them on Friday, do they sit in the truck with me?” she said.",
        [
            "Eustolia Maestasa-Trujillana, who works 10-hour shifts at a feed store in Cañoncito Alto, said she had no one to watch her two kids on Fridays.",
            "“So what happens to them on Friday, do they sit in the truck with me?” she said.",
        ],
    ),
    (
        "n89-ie-quote-two-then-he",
        "“I have the money, I have the men and I have the buyers,” he said. “What I don’t have is a pipe to put them on.” He said 41 of the houses had been reserved, 23 of them by first-time buyers.",
        [
            "“I have the money, I have the men and I have the buyers,” he said.",
            "“What I don’t have is a pipe to put them on.”",
            "He said 41 of the houses had been reserved, 23 of them by first-time buyers.",
        ],
    ),
    (
        "n89-qa-dr-am-pm-added",
        "The centre’s director, Dr Hessa Al-Suwaidi-Kandari, said it had 38 consulting rooms, a dental unit and a pharmacy, and would be staffed by 210 doctors, nurses and technicians. She said family medicine clinics would run from 7am to 11pm, while the urgent care unit would stay open around the clock. The centre also has a women’s wellness clinic and a physiotherapy unit, she added.",
        [
            "The centre’s director, Dr Hessa Al-Suwaidi-Kandari, said it had 38 consulting rooms, a dental unit and a pharmacy, and would be staffed by 210 doctors, nurses and technicians.",
            "She said family medicine clinics would run from 7am to 11pm, while the urgent care unit would stay open around the clock.",
            "The centre also has a women’s wellness clinic and a physiotherapy unit, she added.",
        ],
    ),
    (
        "n89-bb-st-hill-dr",
        "Dr. Yvonnette St. Hill-Babb, a marine scientist at the Ravenlea Marine Institute, said satellite images suggested the season could last into December. She said the mats seen off the east coast this month were the largest recorded since monitoring began in 2011.",
        [
            "Dr. Yvonnette St. Hill-Babb, a marine scientist at the Ravenlea Marine Institute, said satellite images suggested the season could last into December.",
            "She said the mats seen off the east coast this month were the largest recorded since monitoring began in 2011.",
        ],
    ),
    (
        "n89-bb-minister-initials-split",
        "“The Government has not forgotten Straughn’s Landing,” Minister of Maritime Affairs Hon. Ezekial A.L. Prescod-Hurley said, “and we will not leave these men to carry this alone.” He said a clean-up crew with two excavators would start clearing the bay on Monday, October 19. He said the ministry had bought a third excavator for the east coast, due to arrive in November.",
        [
            "“The Government has not forgotten Straughn’s Landing,” Minister of Maritime Affairs Hon. Ezekial A.L. Prescod-Hurley said, “and we will not leave these men to carry this alone.”",
            "He said a clean-up crew with two excavators would start clearing the bay on Monday, October 19.",
            "He said the ministry had bought a third excavator for the east coast, due to arrive in November.",
        ],
    ),
    (
        "n89-ca-media-contact-glued",
        "Anushree Sivanesan-Holtz Communications Advisor, City of Pellingrove Falls 905-555-0193 ext. 2214 media@pellingrovefalls.ca",
        [
            "Anushree Sivanesan-Holtz",
            "Communications Advisor, City of Pellingrove Falls",
            "905-555-0193 ext. 2214",
            "media@pellingrovefalls.ca",
        ],
    ),
    (
        "n89-ca-question-said-coun",
        "“Why would we keep paying to truck banana peels 80 kilometres to a landfill that is nearly full?” said Coun. Kelvontay Ogbuefi-Ekholm, chair of the city’s environment and infrastructure committee.",
        [
            "“Why would we keep paying to truck banana peels 80 kilometres to a landfill that is nearly full?” said Coun. Kelvontay Ogbuefi-Ekholm, chair of the city’s environment and infrastructure committee."
        ],
    ),
    (
        "n89-uk-event-promo-three",
        "Merchant Leaders Forum, 4 February 2027, London. Hear how the country’s biggest yards are handling price rises, staffing and net zero. Early-bird tickets at £295 end on 30 October.",
        [
            "Merchant Leaders Forum, 4 February 2027, London.",
            "Hear how the country’s biggest yards are handling price rises, staffing and net zero.",
            "Early-bird tickets at £295 end on 30 October.",
        ],
    ),
    (
        "n89-nz-yard-notice-am",
        "YARD NOTICE: From November 1, all cattle must be in the yards by 8.30am on sale days. Trucks arriving late will be held until the sale ends.",
        [
            "YARD NOTICE: From November 1, all cattle must be in the yards by 8.30am on sale days.",
            "Trucks arriving late will be held until the sale ends.",
        ],
    ),
    (
        "n89-ag-quick-hit-inc-us",
        "1. Harvestgrid Inc. recalled 3,100 soil-moisture probes sold in the U.S. and Canada after a battery fault.",
        [
            "1. Harvestgrid Inc. recalled 3,100 soil-moisture probes sold in the U.S. and Canada after a battery fault."
        ],
    ),
]
