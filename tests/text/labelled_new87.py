"""Eighty-seventh set of new hand-labelled pages for the hint engines (tuning set, round thirty-nine):
twelve WHOLE pages, head to tail, from twelve kinds of site whose FURNITURE is hard to tell from
story, each worded the site's own way, with furniture at the head, in the middle of the story and at
the tail: a US metro daily with a metered-paywall counter and a numbered "MOST READ" list pasted
mid-story (a bus fare rise, Milwaukee, Wisconsin); an Indian national daily with inline "Also read
|" links, two app prompts and a "First published on:" line (pupils taken ill after a mid-day meal,
Nashik district, Maharashtra); a UK tabloid page with a video player's text, a comment count, a
"Don't miss..." block, a newsletter box and a story tip line (a walker's cliff fall near Whitby,
North Yorkshire); an Australian public broadcaster's rural page with an "At a glance:" box, a listen
player and "Posted" / "Updated" lines (the Western Australian grain harvest); a Canadian wire story
carried on a finance portal with a market ticker, a stock chip, trending tickers and a disclaimer (a
Montreal grocer's quarterly results); a Nigerian daily with a WhatsApp channel-join prompt at the
head and mid-story, dashed advertisement slots and a "support our journalism" appeal (rice fields
flooded in Kebbi State); a Singapore English daily with a subscriber lock, a gift-article line and
locked related headlines (a condominium's defects suit, Pasir Ris); a German regional outlet's
English edition with a language switch, an embedded-content consent notice and a machine-translation
note (Munich's rent index); a US local TV station with a weather bar, an alerts line, a watch-live
strip, a video title and running time and "download our app" prompts (two elementary schools to
close, Broken Arrow, Oklahoma); a newsletter post on a subscription platform with subscribe boxes, a
share box, like counts and reader comments with the author's reply (a short-term rental cap,
Bellingham, Washington); a science-news site with a corrected-article flag, a study card, a journal
reference and a correction note (bumblebees and a fungicide); and a Scottish football club's own
site with sponsor lines, ticket links and a match-centre strip (plans for a new stand). The story
lines are ordinary news with speakers (named once, then by surname, given name, role or pronoun),
figures, dates and quotes. The pages hold 522 sentences: 293 "B", 147 "W" and 82 ""; 154 sentences
carry a speaker. `STYLES` describes each page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round thirty-nine, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened, listed,
grepped or imported; no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py`, nothing under `docs/` or `tests/benchmarks/` and no README was read; no test,
scorer, engine or `pytest` was run. The search, fetch and find tools were not used, and nothing was
copied from anywhere: every word is my own. The brief was read; `/tmp/brief` was listed (it held
only the brief) and `/tmp/sets` was listed at the start (empty) and again near the end, when it held
other helpers' `labelled_heldout64.py` and `labelled_new88.py`, seen as names only and never opened.
What was read for the format: the module docstrings of `labelled_new.py`, `labelled_new2.py`,
`labelled_new85.py` and `labelled_new86.py`, printed with `ast.get_docstring` in one listing whose
middle the tool cut (the end of the `labelled_new85.py` docstring and the start of the
`labelled_new86.py` one); the two later docstrings were then saved to files under
/tmp/new87-scratch/ and the cut stretches printed with `sed`, so all four were read whole. From
`labelled_new85.py` and `labelled_new86.py`, parsed with `ast` (never imported): their `STYLES`,
first two pages and first eight `CASES`, printed in one listing whose middle the tool cut (so
`labelled_new85.py`'s `STYLES`, the start of its first page, the end of `labelled_new86.py`'s first
page, its second page and its eight cases were seen; `labelled_new85.py`'s cases and
`labelled_new86.py`'s `STYLES` fell in the cut); then `labelled_new85.py`'s first two pages again,
written by an `ast` script to a scratch file and printed one sentence a line, cut to 300 characters.
Also read: `def build` in `tests/text/labelled_articles.py` (a `grep -n "def build" -A40`, which
printed the function and nothing after it); the `[tool.ruff]` tables of `pyproject.toml` (a `grep
-A25`); and, to see a set file's layout, lines 1-3, 205-212, 224-232 and 2779-2790 and the last five
lines of `labelled_new85.py` (cut to 200 characters) and a `grep -n` of its import line and
top-level names. No other page, case or docstring of any file under `tests/` was read. What was run:
a Python one-liner printing the calendars of October and November 2026 to check weekdays; scripts of
my own in /tmp/new87-scratch/ that turn a small line format into the literals below, insert and
rename lines, cut the split cases out of the pages and count sentences, flags and speakers; an
import of this file with `build` on every page (the brief's command); a checking script of my own
(twelve pages and styles, four string fields, flags only "", "W" and "B", a cue for every speaker
and a speaker for every cue, no speaker on "B" lines, each sentence found at its span, each
speaker's last word present in its page, each cue in its sentence or in the quote it continues, the
counts above, 30 distinct case ids, each case equal to its sentences joined by single spaces and
found in exactly one built page); whole-word, case-insensitive searches over `/work/main/tests` and
`/tmp/sets` (Python files only) for every capitalised word of these pages and for batches of
candidate names, with `grep -rhoiwF -f` whose output was only matched words from my own lists, plus
file counts (`grep -rilF ... | wc -l` and `grep -rilw ... | wc -l`) for the outlet names as phrases
and for two single words; and `ruff format` and `ruff check` on this file with `--config
/work/main/pyproject.toml` and `--no-cache` (and a `ruff check` reading the file as
`tests/text/labelled_new87.py` through `--stdin-filename`). The file carries a `# ruff: noqa: E501,
RUF100` line: outside `tests/` the project's per-file ignore for long fixture lines does not apply,
and inside `tests/` the E501 exemption would be unused (a first try with E501 alone failed RUF100
when read as `tests/text/labelled_new87.py`); both checks pass with it. A read-only `git status
--short` in the project listed four files under `claimreview/text/` as modified and two new test
files by someone else (names only, never opened), and a listing showed a `.ruff_cache` folder in the
project (every ruff run here used `--no-cache`); whose it is could not be told, so it was left
alone. The first draft's coined people, outlets, streets, schools, a library, a university, a
headland, a consultancy, a research firm, a distillery, a stand and a newsletter platform hit about
a hundred words of other files (common given names and surnames especially: Chinese, Scottish, Irish
and American ones); each was renamed, and only replacements with no hit were kept; a last pass over
every capitalised word of the pages and of this docstring, run after the two other helpers' files
had appeared (this file left out), found none of this set's coined names elsewhere. What still hits
is real places, regions and rivers, common words, outlet words (Daily, Herald, Times, Journal,
Courier, Newswire, Memo, Equator), titles and name parts kept on purpose (Dr, Mr, Ms, Madam, Alhaji,
Hajiya, Prof), football words (Rovers, Albion, Harriers), the dog's name (Biscuit) and the tokens of
the market ticker.

Every person, outlet, station call sign, firm, authority, library, school, school district, road,
street, headland, council named Eskvale, charity, association, consultancy, research and data firm,
university, college, industry group, condominium, developer, contractor, club, stadium, stand,
architect, sponsor, platform, commenter and figure is invented; so are the villages Khandeshwadi,
Tunga Dagwai and Kulgarrin. Real countries, states, provinces, regions, cities, towns and rivers
appear only as settings: the United States, Wisconsin, Milwaukee, Milwaukee County and Wauwatosa,
Interstate 94 and I-43 (in headlines); India, Maharashtra, Nashik, Igatpuri, Trimbakeshwar and Pune;
England, North Yorkshire, Whitby and York; Australia, Western Australia, Perth, Esperance, the
Pilbara (in a headline), the Black Sea and Argentina; Canada, Montreal, Ontario, Quebec and Toronto;
Nigeria, Kebbi State, Birnin Kebbi, Argungu, the Rima River, Sokoto and Kano (in headlines);
Singapore, Pasir Ris and Jurong West (in a headline); Germany, Bavaria and Munich; Oklahoma, Tulsa,
Broken Arrow and Osage and Pawnee counties; Washington and Bellingham; Scotland (where the club is
registered). Public offices appear only as roles held by invented people (a district collector, a
county executive, a state commissioner, a housing councillor, a state agriculture minister's
spokesperson, a coastguard spokesperson). Facebook, X, WhatsApp, Instagram, TikTok, Uber, the App
Store, Google Play, Android and iOS appear only as channels or app platforms; the TSX, S&P/TSX and
Dow only in the ticker and the companies line; the Mietspiegel and the rent brake as German terms.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or
"". The points the recent sets' docstrings state hold too: furniture "B" line by line, whatever it
says; a caption by its content and its credit (and a video's running time) "B"; headlines and
standfirsts never split; a dateline belongs to its lead sentence; a pronoun, a later surname, a
given name after an honorific or a role resolved to the full name as first given, without titles; an
organisation's later generic noun kept as written and "It" resolved to the name as first given; a
channel after the verb kept in the cue; a quote over several sentences carrying its speaker and cue;
decisions, votes, dates fixed, figures of record and an institution's expected date "W"; hedges,
estimates, intentions, forecasts, advice, opinions, feelings and questions ""; a private person's
own circumstances "" and what an institution did "W".

Conventions this set had to settle, in the same spirit:

* Furniture that reads like prose is "B" sentence by sentence: the paywall counter and offer ("You
  have 2 free articles remaining this month." / "Subscribe now for unlimited access: $1 for your
  first six months."), the reporter bio with an email and an X handle, the subscription ask, the app
  prompts ("Read more Nashik news on The Daily Vistaar app." / "Available on Android and iOS."), the
  tabloid's newsletter privacy note (three sentences), tip line (two) and reader comment (two), the
  broadcaster's newsletter line and its "Auswave News is Australia's independent public
  broadcaster.", the wire's first-filed line and the portal's four-sentence disclaimer, the Nigerian
  channel prompts ("Sahel Courier is now on WhatsApp." / "Tap to join our channel." at the head, one
  sentence mid-story), the four-sentence support appeal and the comments disclaimer, the Singapore
  gift-article line (two sentences), newsletter prompt and gift prompt, the German consent notice
  (three sentences), translation note (two) and "Comments are closed for this article.", the
  station's app prompt (two sentences) and newsletter line, the newsletter's subscribe and share
  boxes and its forward line ("Forwarded this by a friend?" / "Get the next one in your own
  inbox:"), the writer's closing "As always, hit reply if I got something wrong; I read everything."
  and the author's reply in the comments, the science site's corrected-article flag (two sentences),
  the correction note ("Correction, November 20, 2026: An earlier version of this story said the
  team tracked 48 colonies." / "The study used 84."), whose second sentence states a fact but
  belongs to the editor's note, the nonprofit ask, and the club's ticket promo with prices, sponsor
  sentence and charity line.
* Strips, widgets and lists are "B": the numbered "MOST READ" headlines ("1. Crews uncover ...",
  each one sentence with its number), "Also read |" links (even one ending ", says minister", which
  carries no speaker), the video player's lines (loading, title, "Tap to unmute", "Up next", the
  next video's title, "Autoplay in 5 | Cancel") and the station's video title and "2:31", the "Don't
  miss..." block with its bracketed tags, the listen button and speed line, the market ticker, stock
  chip and trending tickers, the dashed "— Advertisement —" slots, the locked related headlines, the
  embedded-post heading and button lines, the weather bar, alerts line and watch-live strip, like,
  comment and share counts, the commenters' names and dates, the study card (its heading and six
  labelled metadata lines, like a journal reference), the journal reference line (one sentence, not
  split at "et al." or the title's full stop), the match-centre strips, the partner and sponsor
  lines, the season-ticket link and the club TV line.
* Story lines that look like furniture keep story labels: the Australian "At a glance:" heading is
  "B" but its three bullets are the story's summary ("W", "W", and "• Growers say ..." with
  "Growers" and "say", ""); the newsletter's subtitle, greeting, subheads ("The amendment that
  almost sank it", "What's next"), "Hosts who spoke were split." and the writer's "My read: ..." are
  ""; the club's lead, record attendance, cost, start date, facilities and drop-in session are "W"
  without a speaker, since the club's own site speaks for the club.
* Speakers. "Milwaukee Area Coach Authority" carries the standfirst's "the agency says"; "The
  authority said" and "the authority said" are kept as written; "authority figures" (according to),
  "officials" and "district officials" (then "they said"), "the zilla parishad's education
  department", "official data", "the state emergency management agency" ("has said"), "the agency's
  records", "the statement of claim", "the city's new rent index", "Tenants' groups" ("say"), "The
  association", "District leaders" and "The district" / "the district", "the city's planning
  department", "the ordinance" ("says"), "researchers" ("report"), "government survey data", "The
  group", "A spokesperson for the coastguard" (then "they said"), "A council spokeswoman", "A
  spokesperson for the state's Agriculture Minister" (also for "The spokesperson said"), "Analysts
  at Pellgrave Securities" ("said in a note to clients") and "Growers" are kept as written. "The
  company says" is kept as written, while "Halqiro says" resolves to "Halqiro Foods Inc."; "the
  state's main grain handler saying" in the lead carries "Coastgrain Bulk Handling", named in the
  next sentence; the Singapore standfirst's "Management body says" and the lead's "saying" carry
  "Management Corporation Strata Title Plan No. 4718"; "Verancia Land said" and "It said" carry
  "Verancia Land Pte Ltd", and "Junheng Builders did not reply to queries" carries "Junheng Builders
  Pte Ltd". Name parts stay and titles go: "Dr.", "Dr", "Prof.", "Prof. Dr.", "Alhaji", "Hajiya",
  "Mr", "Ms", "Madam", "Superintendent", "Chairman", "Skipper" and role words go; "Ms Vennila d/o
  Ponnusekaran" is "Vennila d/o Ponnusekaran" ("d/o" is part of the name); the Malay chairman "Mr
  Hairulnizam Sapuan" is later "Mr Hairulnizam" (his given name), resolved to "Hairulnizam Sapuan";
  "Madam Liang Hiok Moi" keeps the order first given; "Breeda said" resolves to "Breeda
  Thurlestone"; "MacCaskie said" to "Eachann MacCaskie". Cues as written: "told the board", "told
  The Daily Vistaar", "did not respond to calls and messages", "demanded", "has told how", "told the
  Daily Whelkin" (after a colon), "said" (after "said:"), "fumed", "saying", "said on a conference
  call with analysts", "said in a note to clients", "estimated" (an estimate, ""), "lamented", "said
  in Hausa", "said in Hokkien", "said in a statement", "said in an emailed statement", "asked the
  board", "told me" (the newsletter writer), "says" and "report". A quote continued after "she
  said." or "he says." ("“Which one do you think it's going to be?”", "“There isn't any more of it
  coming.”", "“Mum has walked that path every day for thirty years.”", "“At some point you stop
  writing letters.”") carries the quote's speaker and cue. A named person acting without a verb of
  saying (a council member's failed amendment, a board member's lone no vote before "saying")
  carries no speaker for the act.
* Check-worthiness. An official's account of fact in a quote ("There isn't any more of it coming.",
  "We have sealed the kitchen and sent samples ...", "The water came at night, and many people lost
  their stored grain ...", "This is the biggest investment in Glenlaggan Park since the ground
  opened in 1921.", "Fungicides aren't designed to act on insects at all.") is "W", the feeling
  beside it ""; a commissioner's "the state had written to the federal government" and a district's
  bus plan are statements of record ("W"); a parent's account of an insect in the dal and the
  school's response and a daughter's account of the warning notice and of "no fence, no barrier" are
  "W"; a farmer's offered price is "W" while her own harvest, forward sale and feelings are ""; a
  rider's own Sunday trip, a retiree's wait for a lift, a widow's loan and a host's income are "";
  an MLA's demand, a county executive's plan to ask the Legislature, a developer's "would defend the
  suit", a landlords' group's "considering a legal challenge", a council spokeswoman's "within days"
  and a lawyer's expectation of mediation are ""; a manager's and an analyst's forecasts of the
  harvest and prices, "More rain is forecast" and a research team's untested suspicion are ""; a
  CFO's sentence pairing an inflation figure with his expectation is "W" for the figure.

Splits. "$2.75 on Jan. 3 as", "6:04 a.m. CT Oct. 13, 2026 | Updated 9:41 a.m. CT Oct. 13, 2026",
street abbreviations ("W. Hallidew St. and N. 31st St. on Monday afternoon." before a credit line,
and "W. Hallidew St., Avonna" mid-sentence), "1. Crews", "6 p.m. Oct. 27", "$19", "Rs 9 a kg",
"12.15 pm.", "10 pm,", "Dr. Prashil", "Classes 4 and 6", "4.6 lakh", "Education officer (primary)",
"First published on: 04-11-2026 at 11:52 IST", "Pvt. Ltd." before "All Rights Reserved.", "07:14,
Sat, Oct 24, 2026", "said: “I heard", "6.30pm", "6.41pm", "8.20pm", "[LATEST]", "company no.
05118204.", "5:40am", "12.3 million", "Ms Corbitt said.", "Dr Vosbergh said.", "7:42 a.m. EST",
"MONTREAL — Halqiro Foods Inc. says", "Jan. 15", "Dec. 31.", "Oct. 3,", "(TSX:HLQ)", "Nov. 18,
2026.", "Inc." before "All rights reserved.", "N9.8bn", "N140,000", "Prof. Aminuddeen", "Alhaji
Sirajo", "Plan No. 4718,", "Nov 3", "Pte Ltd", "$4.7 million", "Mr Hairulnizam, 52,", "d/o", "9,000
sq m", "Jan 8.", "27.11.2026 – 16:45 Uhr", "Reading time: 3 min.", "Dr. Heinrika", "€19.80.",
"€14.94.", "„Every ... increase,“", "Prof. Dr. Wendolin", "BROKEN ARROW, Okla. —", "Dr. Renisha",
"10:30 p.m.", "1.5 miles", "Feb. 1,", "Dec. 14", "Jan. 1.", "Dec. 7", "Y. Ferrandeau-Baynes et al.",
"doi: 10.5517/japoe.2026.0412", "Correction, November 20, 2026:", "£11.5m", "2024/25",
"26/01874/FUL.", "3:00pm", "4pm to 7pm.", "Ltd." before "Registered in Scotland, No. SC041187."
never split a sentence wrongly; a quote opened after "told the Daily Whelkin:" or "said:" and
running over two or three sentences splits at each of them, and lines without a stop (strips,
headlines, standfirsts, list and chip lines, a video title before its running time, "Posted ..."
before "Updated ...") each end one; a quoted question followed by its attribution ("“Are you going
to put a crossing guard on Hedgepath Road?” she asked the board.", "Who will pay those loans now?”
he lamented.") is one sentence.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of consecutive
sentences of one paragraph of these pages joined by single spaces: what a reviewer wants, not what
the engine does.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US metro daily's local news page in Milwaukee, Wisconsin, a regional bus authority's board votes 7-2 to raise the base fare to $2.75 from Jan. 3 and drop Sunday service on four routes, with a metered-paywall counter at the head and a numbered \"MOST READ\" list pasted in the middle of the story, the standfirst carrying the authority through says, a lead of record without a speaker, The authority said kept as written, the executive director with told the board and then by surname with a quote over two sentences, according to authority figures, a board member's opinion and quote, a rider's own circumstances and a standalone quoted question after she said, a fare table sentence without a speaker, the county executive with said in a statement and an intention, a precedent and listening sessions with p.m. and Oct. 27 without a speaker; also the executive director's staffing cut with said and the last fare increase without a speaker (masthead in capitals, date and account strip with pipes, menu, free-article counter and a subscription offer, section label with a pipe, headline, standfirst, By line and outlet line, Published | Updated line with a.m. CT and Oct. 13, 2026, caption with W. and N. street abbreviations and a photographer / outlet credit, MOST READ heading and five numbered headlines, a two-sentence reporter bio with an email, a phone number and an X handle, a two-sentence subscription ask, More in Transportation and two headlines, copyright in two sentences, a legal strip with pipes)",
    'Indian national daily\'s cities page (Nashik, Maharashtra), 212 pupils of a zilla parishad school fall ill after a mid-day meal, with inline "Also read |" links, two app prompts and a "First published on:" line, the standfirst carrying officials kept as written through said, a lead and a second sentence with district officials said and they said, the district collector with said, told The Daily Vistaar and she said with 12.15 pm, a medical superintendent with Dr. and then He with a feeling quote, a parent whose own children\'s circumstances are "" and whose account of an insect in the dal is "W", a contractor that did not respond to calls and messages, according to the zilla parishad\'s education department, an MLA who demanded, according to official data with lakh, an education officer with a plan of record; also the collector\'s inquiry committee with by November 11 and the MLA\'s quote with he said (masthead in capitals, sign-in strip with pipes and Devanagari, menu, section crumb with ›, headline with a semicolon, standfirst, Written by line, place and IST date line, Follow us / Share line, audio summary line, caption with a bracketed photo credit, two Also read | links and an app prompt with an emoji mid-story, a tail app prompt, First published on: line, tags, Trending and two headlines, copyright with Pvt. Ltd. in two sentences)',
    "UK tabloid's news page, a pensioner falls 40ft down a cliff near Whitby and her spaniel stays beside her for six hours, with a video player's text at the head, a comment count, a \"Don't miss\" block with bracketed tags and a newsletter box mid-story and a story tip line at the tail, a headline in capitals, a standfirst of fact, a has told how lead, a quote opened after told the Daily Whelkin: running over three sentences, a skipper's quote after said: split inside the marks, a coastguard spokesperson and then they said with pm times, a council's statement of record, a daughter whose account of the warning notice is \"W\" and a quote with fumed whose second sentence stands after it, a council spokeswoman's promise, a charity nomination without a speaker and a quote with said:; also the charity's ceremony in York without a speaker (masthead, menu, section crumb, headline, standfirst, byline with a role, date line with UPDATED, comment count with an emoji, video player lines (loading, title, unmute, Up next, a next video's title, autoplay with Cancel), Don't miss... and three headlines with [LATEST], [PICTURES] and [INSIGHT], newsletter heading, email field, SIGN UP and a three-sentence privacy note, a two-sentence tip line with an email and a WhatsApp number, comment count, sort strip, a commenter's handle, a two-sentence comment, a reply and vote strip, a follow line, copyright with a company number in two sentences)",
    "Australian public broadcaster's rural page, Western Australia's grain harvest passes 12.3 million tonnes and is on track to be the second-biggest on record, with an \"At a glance:\" box of three bullets at the head (two of fact, one of growers' view with say), a listen player, posted and updated lines, a related-stories block mid-story, the main grain handler carried by saying in the lead and then said, its operations manager with a forecast, a record line without a speaker and a quote with Ms, a farmer whose own harvest is \"\" and whose offered price is \"W\", a consultancy's analyst with Dr and then by surname with an opinion quote, a spokesperson for the state's agriculture minister with a permit extension of record, a booking request and queue line without a speaker; also last season's total without a speaker, the farmer's forward sale (\"\"), the analyst's forecast with He said and The spokesperson said with an inspector count (brand, menu, section label, headline, reporter line with a slash and two names, Posted and Updated lines with am times, listen button and speed line, caption and bracketed credit, At a glance: heading, Related stories and two headlines, newsletter line, Topics: line, story-ideas line with an email, Top Stories and two headlines, a broadcaster line and copyright)",
    "Canadian wire story carried on a finance portal, a Montreal grocer raises its dividend as third-quarter profit rises 12 per cent, with a market ticker at the head, a stock chip and a trending-tickers strip mid-story and a disclaimer at the tail, a MONTREAL — dateline lead with Inc. and says, The company says kept as written, Halqiro says resolved to the firm as first given with Oct. 3 and per-share figures, two results lines without a speaker, the chief executive with said on a conference call, a quoted trading-down remark and a quote of caution, a store-opening plan with said, Analysts at a securities firm kept as written with said in a note to clients, according to a research firm, the chief financial officer's buyback figure, a closing-price line without a speaker; also the dividend's payment date with Jan. 15 and Dec. 31 without a speaker, the CFO's net debt with He said and an inflation figure beside his expectation, and a View quote details line among the tickers (portal brand in capitals, ticker with arrows, menu, quote-search line, wire name, headline, wire · date · read-time line with a.m. EST, In this article chip, stock chip with the company's name, Trending tickers and three ticker lines, Companies in this story line with (TSX:HLQ), a first-filed line with Nov. 18, 2026., a four-sentence disclaimer, Recommended for you and two headlines, a legal strip glued to the copyright with Inc. before All rights reserved.)",
    "Nigerian daily's news page, floods from the Rima River submerge 14,000 hectares of rice farmland in Kebbi State, with a WhatsApp channel-join prompt at the head and mid-story, a dashed advertisement slot and a \"support our journalism\" appeal of several sentences at the tail, a lead with the state emergency management agency has said kept as written, its executive secretary with Alhaji and then He with camps and injuries and a quote with told Sahel Courier, a rice growers' association chairman with a long title, Alhaji and an abbreviation in brackets, an estimate of N9.8bn, a quote split into a loan sentence and a question with lamented, a widow farmer with Hajiya whose own losses are \"\" and whose quote is said in Hausa, the agriculture commissioner with Prof. and an approval of record and then He, a forecast without a speaker, according to the agency's records; also the agency's relief distributions with He said, the commissioner's seed-registration figure by surname and the widow's loan with She said (masthead in capitals, menu, date line, two-sentence channel prompt with an emoji, section label, headline with a colon, By line with a place, date and read-time line, caption with a Photo: credit, — Advertisement — twice, a follow-our-channel prompt mid-story, tags, a SUPPORT SAHEL COURIER heading, a four-sentence appeal with N1,000, DONATE NOW, Related posts and two headlines, a disclaimer on comments and a copyright notice in two sentences)",
    "Singapore English daily's Singapore page, a Pasir Ris condominium's management corporation sues its developer for $4.7m over defects, with a subscriber lock badge and a two-sentence gift-article line at the head, a locked SEE ALSO headline mid-story and a gift prompt at the tail, a standfirst carrying the management corporation through says, a SINGAPORE - lead with Plan No. 4718 and saying, a suit line with Nov 3 and Pte Ltd without a speaker, according to the statement of claim, the MCST's chairman with Mr and a Malay name, later by his given name after Mr, and a quote split into two sentences around said Mr Hairulnizam, He said with according to the lift contractor's logbook, a retiree with Madam and a Chinese name given family name first whose own wait is \"\" and a quote with said in Hokkien, the developer with In a statement to The Equator Herald and It said with an intention, the contractor that did not reply to queries, the owners' lawyer with Ms and d/o in her name, a liability rule without a speaker; also the chairman's sinking-fund figure with Mr and his given name, the lawyer's account of the claim with She said and a pre-trial date with Jan 8 without a speaker (masthead in capitals, section strip with pipes, section label, subscriber badge with a lock, headline, standfirst, byline and title, Updated/Published line with AM and PM, gift-article line in two sentences, caption and a photo credit in capitals, SEE ALSO with a locked headline, a newsletter prompt, a gift prompt in two sentences, Join the conversation, MORE FROM SINGAPORE and two headlines, a publisher line and a legal strip)",
    "German regional outlet's English edition, Munich's new rent index puts average rents for existing flats up 6.4 percent in two years at €15.90 per square metre, with a language switch and an embedded-content consent notice in the middle of the story, a standfirst with Tenants' groups kept as written through say, a lead with according to the city's new rent index, an explanation of the index without a speaker, the housing councillor with Dr. and then She with a survey and a figure, a tenants' group named in English with its German name in brackets and its managing director with a method claim and a quote in German-style „ “ marks, a landlords' association with said in a statement and an opinion, an economist with Prof. Dr. and population and completion figures, a council vote and an effective date without a speaker; also the previous index's average without a speaker, the tenants' advice-centre figures with He said, The association said kept as written with an intention, and an Advertisement line (masthead with a pipe, language switch, menu, section crumb with ›, headline with a euro figure, standfirst, byline, dotted date line with Uhr, reading-time line, caption and a Photo: credit with a slash, an embedded-post heading, a three-sentence consent notice, two button lines, Also of interest and two headlines, a machine-translation note in two sentences, a sources line, comments-closed line, Imprint strip and copyright with GmbH)",
    "US local TV station's site in the Tulsa area, Oklahoma, a suburban school board votes 4-1 to close two elementary schools, with a weather bar, an alerts line and a watch-live strip at the head, a video player's title and running time, an app prompt in two sentences mid-story and a download line at the tail, a BROKEN ARROW, Okla. — dateline lead of record, District leaders said kept as written, the superintendent with Dr. and then by surname with a quote in straight quotes over two sentences, a board member's lone no vote with saying, a public-comment line with p.m. without a speaker, a parent whose own son's route is \"\" and a quoted question with she asked the board, The district said with a bus plan of record, according to the district with Feb. 1; also the superintendent's enrollment figures by surname, a school's opening year without a speaker, a MORE: link mid-story, a district spokesperson named after the claim and a Dec. 14 vote without a speaker (station brand, weather bar with degrees, alerts line, watch-live strip, menu with pipes, section label, headline with a vote, Reporter: line, Posted and Last updated lines with PM and AM CST, video title, running time, a two-sentence app prompt with an emoji, Copyright in two sentences, a newsletter line, a download line, Trending Now and two headlines, Closings & Delays, a station-file strip)",
    "Newsletter post on a subscription platform about city hall in Bellingham, Washington, the city council caps short-term rental permits at 400 with a waiting list, with a subscribe box at the head, a share box mid-story, and a subscribe box, like counts and reader comments with an author's reply at the tail, a subtitle that is story (\"\"), the writer's greeting (\"\"), a vote of record without a speaker, according to the city's planning department, the ordinance says kept as written, a subhead that is story, a council member's failed amendment of record and then by surname, a quote with told me, a second council member's claim about data and a quote, hosts who spoke kept as a scene line, a host's own income (\"\"), the writer's own read (\"\"), an effective date and a Dec. 7 meeting without a speaker, a sign-off asking for replies; also the vote's timing without a speaker and the council member's intention with She said (platform and newsletter name, Subscribe / Sign in, headline, subtitle, author line, date line, like, comment and share counts, a two-sentence subscribe box with an email field and a Subscribe button, a two-sentence share box with a Share button, the writer's reply request and a signature, a two-sentence forward line, an email field and Subscribe, like and share counts, comment count, two commenters' names and dates, a two-sentence comment, Like and Reply lines, an Author label and a two-sentence reply, copyright, a legal strip and a platform prompt)",
    "Science-news site's life-sciences page, bumblebees exposed to a common fungicide made about 32 percent fewer flower visits in a field study, with a corrected-article flag at the head, a study card of labelled metadata lines mid-story and a correction note and a donation ask at the tail, a standfirst with researchers report, a lead with researchers report, study-design lines without a speaker, the lead author with says (present tense) in a quote split over two sentences and a queen figure with she says, an independent entomologist with says and a two-sentence opinion quote, an industry group with said in an emailed statement and a dose claim, according to government survey data, a hedge with Ferrandeau-Baynes says, a journal reference line; also the lead author's mortality finding with she says, The group said kept as written and an earlier-studies line without a speaker (brand in capitals, menu, section label with a middle dot, headline, standfirst, byline, date line, corrected-article flag in two sentences, caption and a Courtesy of credit, THE STUDY AT A GLANCE card with six labelled lines, a journal reference, a correction in two sentences with a date, a two-sentence nonprofit ask, Related Stories and two headlines, a footer strip)",
    "Scottish football club's official site, a club news item: plans lodged for a 2,400-seat East Stand, with a match-centre strip of the last and next matches, a principal partner line and a ticket link at the head, a season-ticket link, an in-association-with sponsor line and a club TV video line mid-story, and a ticket promo, kit and sleeve partners and company lines at the tail, a lead of record without a speaker with a capacity figure, a £11.5m terrace line and a start date without a speaker, the chairman with Mac in his name and said: with a factual quote and a feeling quote over two sentences, a funding line with He said and January 31, a facilities line without a speaker, the supporters' trust chair with figures and a feeling quote, a drop-in session with Thursday 3 December and 4pm to 7pm; also the record attendance without a speaker, the chairman's pre-application talks by surname and his hope with He said, the manager's account and quote, and a planning reference with a slash (club name in capitals, official-site line, menu with pipes, principal partner line, LAST MATCH strip with FT, NEXT MATCH strip with 3:00pm and Buy tickets ›, crumb with ›, headline, posted-by line with middle dots, caption and Image: credit, season-ticket link with an emoji and ›, sponsor line, WATCH line with a running time, share line, two-sentence ticket promo with prices and Buy online ›, kit and sleeve partner line, copyright with Ltd. and a company number, a charity line)",
]

ARTICLES = [
    [
        [
            ("LAKESHELL JOURNAL-TIMES", "", "", "B"),
        ],
        [
            (
                "Tuesday, October 13, 2026  |  Today's e-Edition  |  Subscribe  |  Sign In",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News   Transportation   Politics   Sports   Business   Opinion   Obituaries   Puzzles   Newsletters",
                "",
                "",
                "B",
            ),
        ],
        [
            ("You have 2 free articles remaining this month.", "", "", "B"),
            ("Subscribe now for unlimited access: $1 for your first six months.", "", "", "B"),
        ],
        [
            ("LOCAL  |  TRANSPORTATION", "", "", "B"),
        ],
        [
            (
                "Transit board OKs 25-cent fare hike, ends Sunday service on four bus routes",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Base fare rises to $2.75 on Jan. 3 as the agency says it faces a $14.2 million hole next year",
                "Milwaukee Area Coach Authority",
                "says",
                "W",
            ),
        ],
        [
            ("By Velmarie Brannick", "", "", "B"),
        ],
        [
            ("Lakeshell Journal-Times", "", "", "B"),
        ],
        [
            (
                "Published 6:04 a.m. CT Oct. 13, 2026 | Updated 9:41 a.m. CT Oct. 13, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A Route 28 bus pulls away from the stop at W. Hallidew St. and N. 31st St. on Monday afternoon.",
                "",
                "",
                "",
            ),
            ("Yazmeen Grennaway / Lakeshell Journal-Times", "", "", "B"),
        ],
        [
            (
                "Bus riders in Milwaukee County will pay 25 cents more a trip starting Jan. 3, after the Milwaukee Area Coach Authority's board voted 7-2 late Monday to raise the base fare to $2.75 and drop Sunday service on four routes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The authority said the two moves would close about $6.1 million of a projected $14.2 million gap in its 2027 operating budget.",
                "The authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Executive director Marivel Ozanne-Plowden told the board that federal pandemic aid, which paid for nearly a fifth of the agency's operating costs last year, runs out in December.",
                "Marivel Ozanne-Plowden",
                "told the board",
                "W",
            ),
        ],
        [
            (
                "“We stretched that money as far as it would stretch,” Ozanne-Plowden said.",
                "Marivel Ozanne-Plowden",
                "said",
                "",
            ),
            ("“There isn't any more of it coming.”", "Marivel Ozanne-Plowden", "said", "W"),
        ],
        [
            (
                "Weekday ridership in September was 71% of its 2019 level, according to authority figures.",
                "authority figures",
                "according to",
                "W",
            ),
            (
                "Ozanne-Plowden said the agency had already cut 38 administrative positions since July.",
                "Marivel Ozanne-Plowden",
                "said",
                "W",
            ),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("1. Crews uncover 1890s brick cistern beneath downtown parking lot", "", "", "B"),
        ],
        [
            ("2. Wauwatosa couple's backyard bakery draws lines around the block", "", "", "B"),
        ],
        [
            ("3. Frost advisory issued for inland counties as lows dip into the 20s", "", "", "B"),
        ],
        [
            ("4. Man, 31, dies after early-morning crash on Interstate 94", "", "", "B"),
        ],
        [
            (
                "5. Opinion: The city should stop pretending the budget gap will fix itself",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The routes losing Sunday buses are the 14, 28, 54 and 61, which together carried about 3,900 riders on an average Sunday this summer, the authority said.",
                "the authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Board member Mennard Varnadoe, one of the two no votes, said the cuts would land hardest on hospital and warehouse workers whose shifts start before dawn on Sundays.",
                "Mennard Varnadoe",
                "said",
                "",
            ),
            (
                "“We are balancing this budget on the backs of the people who clean our hospitals,” he said.",
                "Mennard Varnadoe",
                "said",
                "",
            ),
        ],
        [
            (
                "At the stop on W. Hallidew St., Avonna Trescothen, 44, said she rides the 28 every Sunday to her job at a nursing home in Wauwatosa.",
                "Avonna Trescothen",
                "said",
                "",
            ),
            (
                "“If they take the bus away, it's a $19 Uber each way or I don't go,” she said.",
                "Avonna Trescothen",
                "said",
                "",
            ),
            ("“Which one do you think it's going to be?”", "Avonna Trescothen", "said", ""),
        ],
        [
            (
                "Reduced fares for seniors, riders with disabilities and students will rise from $1.25 to $1.35, and a 31-day pass will go from $72 to $78.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "County Executive Calvesta Rusholt, who appoints five of the board's nine members, said in a statement that she would ask the Legislature next session to let the county put a transit sales tax before voters.",
                "Calvesta Rusholt",
                "said in a statement",
                "",
            ),
            ("Lawmakers rejected a similar request in 2025.", "", "", "W"),
        ],
        [
            ("The last fare increase, from $2.25 to $2.50, took effect in 2019.", "", "", "W"),
        ],
        [
            (
                "The authority will hold two listening sessions before the changes take effect, at 6 p.m. Oct. 27 at the Kestlewood Branch Library and at noon Oct. 29 online.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Velmarie Brannick covers transportation and infrastructure for the Journal-Times.",
                "",
                "",
                "B",
            ),
            (
                "Reach her at vbrannick@lakeshelljt.com or 414-555-0193, or on X at @vbrannickMKE.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Stories like this one are paid for by subscribers.", "", "", "B"),
            ("Subscribe today and read without limits.", "", "", "B"),
        ],
        [
            ("More in Transportation", "", "", "B"),
        ],
        [
            (
                "Streetcar extension to the lakefront slips again, now set for fall 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Overnight lane closures return on I-43 north of downtown", "", "", "B"),
        ],
        [
            ("© 2026 Lakeshell Journal-Times.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Terms of Service  |  Privacy Policy  |  Your Privacy Choices  |  Site Map",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE DAILY VISTAAR", "", "", "B"),
        ],
        [
            ("Sign in | Subscribe | ePaper | हिंदी | मराठी", "", "", "B"),
        ],
        [
            (
                "India   World   Cities   Business   Sports   Explained   Opinion   Entertainment   Premium",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Cities › Nashik", "", "", "B"),
        ],
        [
            (
                "212 children fall ill after mid-day meal at Nashik zilla parishad school; kitchen sealed, food samples sent to lab",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nineteen children were kept overnight at the Igatpuri rural hospital; officials said all of them were stable on Wednesday",
                "officials",
                "said",
                "W",
            ),
        ],
        [
            ("Written by Tanvika Dhongade", "", "", "B"),
        ],
        [
            ("Nashik | November 4, 2026 11:52 IST", "", "", "B"),
        ],
        [
            ("Follow us   Share", "", "", "B"),
        ],
        [
            ("🎧 Audio summary · 2 min", "", "", "B"),
        ],
        [
            (
                "Parents wait outside the children's ward of the Igatpuri rural hospital on Tuesday night.",
                "",
                "",
                "",
            ),
            ("(Photo: Suyash Pawde)", "", "", "B"),
        ],
        [
            (
                "As many as 212 students of a zilla parishad school at Khandeshwadi in Nashik district's Igatpuri taluka fell ill after eating the mid-day meal on Tuesday afternoon, district officials said.",
                "district officials",
                "said",
                "W",
            ),
            (
                "Nineteen of them were kept overnight at the rural hospital in Igatpuri, while the rest were treated and sent home by 10 pm, they said.",
                "district officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "Also read | Nashik onion growers get Rs 9 a kg as arrivals pile up at market yards",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "District Collector Abhilasha Tembhurne said the meal of khichdi and boiled eggs was cooked at a central kitchen run by a private contractor, Annapurti Food Services, and reached the school at 12.15 pm.",
                "Abhilasha Tembhurne",
                "said",
                "W",
            ),
            (
                "“We have sealed the kitchen and sent samples of the rice, dal and oil to the regional food laboratory in Pune,” she told The Daily Vistaar.",
                "Abhilasha Tembhurne",
                "told The Daily Vistaar",
                "W",
            ),
            (
                "The report is expected within 72 hours, she said.",
                "Abhilasha Tembhurne",
                "said",
                "W",
            ),
            (
                "Tembhurne said a three-member inquiry committee headed by the resident deputy collector would submit its findings by November 11.",
                "Abhilasha Tembhurne",
                "said",
                "W",
            ),
        ],
        [
            (
                "📲 Stay updated on the go: download The Daily Vistaar app for breaking news from Maharashtra.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Dr. Prashil Vanjare, medical superintendent of the rural hospital, said all the children were out of danger.",
                "Prashil Vanjare",
                "said",
                "W",
            ),
            (
                "He said most had mild dehydration and none had needed intensive care.",
                "Prashil Vanjare",
                "said",
                "W",
            ),
            (
                "“By morning they were asking for breakfast, which is always a good sign,” he said.",
                "Prashil Vanjare",
                "said",
                "",
            ),
        ],
        [
            (
                "Sanjivani Kharpade, whose two daughters study in Classes 4 and 6 at the school, said the children had complained about the food before.",
                "Sanjivani Kharpade",
                "said",
                "",
            ),
            (
                "“Last month there was an insect in the dal, and the teacher only threw away that one vessel,” she said.",
                "Sanjivani Kharpade",
                "said",
                "W",
            ),
        ],
        [
            (
                "Annapurti Food Services did not respond to calls and messages from The Daily Vistaar.",
                "Annapurti Food Services",
                "did not respond to calls and messages",
                "",
            ),
            (
                "The firm supplies meals to 146 schools in Igatpuri and Trimbakeshwar talukas under a contract awarded in June 2025, according to the zilla parishad's education department.",
                "the zilla parishad's education department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Also read | Maharashtra to add millets to school meals from next academic year, says minister",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Local MLA Harshwardhan Kolatkar, who visited the hospital on Tuesday night, demanded that the contract be cancelled and that the families of the admitted children be compensated.",
                "Harshwardhan Kolatkar",
                "demanded",
                "",
            ),
            (
                "“These are the children of farm labourers, and for many of them this is the only full meal of the day,” he said.",
                "Harshwardhan Kolatkar",
                "said",
                "",
            ),
        ],
        [
            (
                "Around 4.6 lakh students in Nashik district are served mid-day meals on every school day, according to official data.",
                "official data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Education officer (primary) Vitthal Bhoirekar said the school would stay shut on Wednesday.",
                "Vitthal Bhoirekar",
                "said",
                "W",
            ),
            (
                "He said classes would resume on Thursday, with meals cooked on the premises by the school's own staff until the laboratory report arrives.",
                "Vitthal Bhoirekar",
                "said",
                "W",
            ),
        ],
        [
            ("Read more Nashik news on The Daily Vistaar app.", "", "", "B"),
            ("Available on Android and iOS.", "", "", "B"),
        ],
        [
            ("First published on: 04-11-2026 at 11:52 IST", "", "", "B"),
        ],
        [
            ("Tags: Food Poisoning  Mid-day Meal  Nashik  Zilla Parishad", "", "", "B"),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("Pune ring road land acquisition crosses 80% mark", "", "", "B"),
        ],
        [
            ("Cold wave likely in north Maharashtra this weekend", "", "", "B"),
        ],
        [
            ("© 2026 Vistaar Media Pvt. Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("DAILY WHELKIN", "", "", "B"),
        ],
        [
            ("News   Showbiz   Sport   Royals   Money   Travel   Weather   Puzzles", "", "", "B"),
        ],
        [
            ("News › UK", "", "", "B"),
        ],
        [
            ("HERO SPANIEL STAYED AT GRAN'S SIDE FOR SIX HOURS AFTER 40FT CLIFF FALL", "", "", "W"),
        ],
        [
            (
                "Breeda Thurlestone, 67, broke her hip and wrist when a coast path gave way beneath her near Whitby",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Tiarnach Dolloway, News Reporter", "", "", "B"),
        ],
        [
            ("07:14, Sat, Oct 24, 2026 | UPDATED: 09:02, Sat, Oct 24, 2026", "", "", "B"),
        ],
        [
            ("💬 38", "", "", "B"),
        ],
        [
            ("Video loading", "", "", "B"),
        ],
        [
            ("Rescuers haul injured walker up crumbling cliff face", "", "", "B"),
        ],
        [
            ("Tap to unmute", "", "", "B"),
        ],
        [
            ("Up next", "", "", "B"),
        ],
        [
            ("Seagull swipes toddler's ice cream on packed seafront", "", "", "B"),
        ],
        [
            ("Autoplay in 5 | Cancel", "", "", "B"),
        ],
        [
            (
                "A gran who plunged 40ft down a crumbling cliff has told how her loyal springer spaniel lay beside her for six hours until rescuers arrived.",
                "Breeda Thurlestone",
                "has told how",
                "W",
            ),
        ],
        [
            (
                "Breeda Thurlestone, 67, was walking Biscuit on the coast path at Scarthmoor Nab, near Whitby, North Yorkshire, when the edge gave way on Wednesday afternoon.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The gran-of-three landed on a narrow ledge above the rocks, breaking her hip and her left wrist.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Speaking from her hospital bed, she told the Daily Whelkin: “I heard the ground crack and then I was just falling.",
                "Breeda Thurlestone",
                "told the Daily Whelkin",
                "",
            ),
            (
                "Biscuit came scrambling down after me and lay right across my legs.",
                "Breeda Thurlestone",
                "told the Daily Whelkin",
                "",
            ),
            (
                "He didn't move once, not even when it got dark.”",
                "Breeda Thurlestone",
                "told the Daily Whelkin",
                "",
            ),
        ],
        [
            (
                "Her mobile had no signal on the ledge, and she was found only when a fishing boat skipper spotted the dog's orange collar from the sea at about 6.30pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Skipper Stevan Harraway, 52, said: “I saw this flash of orange going back and forth on the ledge and thought, that's not right.",
                "Stevan Harraway",
                "said",
                "",
            ),
            ("I radioed it in straight away.”", "Stevan Harraway", "said", ""),
        ],
        [
            ("Don't miss...", "", "", "B"),
        ],
        [
            (
                "Warning over 'killer' rip currents as families flock to Yorkshire beaches [LATEST]",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Pier shut after storm rips off 30ft of railings [PICTURES]", "", "", "B"),
        ],
        [
            (
                "Seaside town named one of Britain's cheapest for a weekend away [INSIGHT]",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A spokesperson for the coastguard said a cliff rescue team from Whitby and an inshore lifeboat were sent at 6.41pm.",
                "A spokesperson for the coastguard",
                "said",
                "W",
            ),
            (
                "“The casualty was brought up the cliff on a stretcher by rope and handed to the ambulance service at 8.20pm,” they said.",
                "A spokesperson for the coastguard",
                "said",
                "W",
            ),
        ],
        [
            (
                "Eskvale Borough Council said the path had been shut at both ends since a survey in August found cracks along a 200-metre stretch.",
                "Eskvale Borough Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "But Breeda's daughter, Jovelle Lidstrom, 41, said the only warning was a laminated notice on a post that had “blown flat weeks ago”.",
                "Jovelle Lidstrom",
                "said",
                "W",
            ),
            (
                "“There was no fence, no barrier, nothing,” she fumed.",
                "Jovelle Lidstrom",
                "fumed",
                "W",
            ),
            (
                "“Mum has walked that path every day for thirty years.”",
                "Jovelle Lidstrom",
                "fumed",
                "",
            ),
        ],
        [
            ("Get the day's biggest stories in your inbox every morning", "", "", "B"),
        ],
        [
            ("Your email address", "", "", "B"),
        ],
        [
            ("SIGN UP", "", "", "B"),
        ],
        [
            ("We will use your email address only to send you this newsletter.", "", "", "B"),
            ("You can unsubscribe at any time.", "", "", "B"),
            ("For more, see our Privacy Notice.", "", "", "B"),
        ],
        [
            (
                "A council spokeswoman said extra signs and fencing would go up at both ends of the closed stretch “within days”.",
                "A council spokeswoman",
                "said",
                "",
            ),
        ],
        [
            (
                "Biscuit, who is four, has since been nominated for a bravery award by the dog welfare charity Pawsworth Trust.",
                "",
                "",
                "W",
            ),
            ("The charity's awards ceremony will be held in York in March.", "", "", "W"),
        ],
        [
            (
                "Breeda said: “He's had more sausages this week than in his whole life.”",
                "Breeda Thurlestone",
                "said",
                "",
            ),
        ],
        [
            ("Got a story we should be covering?", "", "", "B"),
            (
                "Email stories@dailywhelkin.co.uk or message us on WhatsApp on 07700 900431 — we pay for exclusives.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("View 38 comments", "", "", "B"),
        ],
        [
            ("Sort by: Best rated | Newest | Oldest", "", "", "B"),
        ],
        [
            ("YorkshireLass72", "", "", "B"),
        ],
        [
            ("Good boy Biscuit.", "", "", "B"),
            ("Get well soon Breeda, and keep him away from that edge!", "", "", "B"),
        ],
        [
            ("Reply  |  👍 412  |  👎 3", "", "", "B"),
        ],
        [
            ("Follow the Daily Whelkin on Facebook, Instagram and TikTok", "", "", "B"),
        ],
        [
            ("© Whelkin Media Group Ltd 2026.", "", "", "B"),
            ("Registered in England and Wales, company no. 05118204.", "", "", "B"),
        ],
    ],
    [
        [
            ("AUSWAVE NEWS", "", "", "B"),
        ],
        [
            (
                "Just In   For You   Australia   World   Business   Rural   Sport   Local   Weather",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Rural", "", "", "B"),
        ],
        [
            (
                "WA grain harvest on track to be second-biggest on record as receivals pass 12 million tonnes",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Auswave Rural / By Jolisa Kerrison and Ignazio Quilkey", "", "", "B"),
        ],
        [
            ("Posted Thu 26 Nov 2026 at 5:40am", "", "", "B"),
        ],
        [
            ("Updated Thu 26 Nov 2026 at 9:12am", "", "", "B"),
        ],
        [
            ("▶ Listen  (6 min)", "", "", "B"),
        ],
        [
            ("Speed 1x", "", "", "B"),
        ],
        [
            ("A header strips wheat on a farm near Kulgarrin on Tuesday.", "", "", ""),
            ("(Auswave Rural: Ignazio Quilkey)", "", "", "B"),
        ],
        [
            ("At a glance:", "", "", "B"),
        ],
        [
            (
                "• Receivals in WA have passed 12.3 million tonnes, with about a quarter of the crop still in paddocks",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Tuesday was the biggest single day of the season, with 640,000 tonnes delivered",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Growers say prices are well down on last year despite bumper yields",
                "Growers",
                "say",
                "",
            ),
        ],
        [
            (
                "Western Australia's grain harvest is on track to be the second-biggest on record, with the state's main grain handler saying receivals passed 12.3 million tonnes on Wednesday.",
                "Coastgrain Bulk Handling",
                "saying",
                "W",
            ),
        ],
        [
            (
                "Coastgrain Bulk Handling said its 96 receival sites took in 640,000 tonnes on Tuesday alone, the biggest single day of the season so far.",
                "Coastgrain Bulk Handling",
                "said",
                "W",
            ),
        ],
        [
            (
                "Coastgrain's operations general manager, Velisha Corbitt, said the company expected the final tally to land near 17 million tonnes.",
                "Velisha Corbitt",
                "said",
                "",
            ),
        ],
        [
            ("The state's record harvest, of 24.1 million tonnes, was set in 2021.", "", "", "W"),
            ("Last season's harvest was 15.2 million tonnes.", "", "", "W"),
        ],
        [
            (
                "“The crop has come in heavier than anyone picked in September, especially around Esperance and up through the northern wheatbelt,” Ms Corbitt said.",
                "Velisha Corbitt",
                "said",
                "",
            ),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Frost bites into wheatbelt barley yields, but canola holds up", "", "", "B"),
        ],
        [
            ("Harvest truck drivers in short supply as receival queues grow", "", "", "B"),
        ],
        [
            (
                "Near Kulgarrin, 300 kilometres east of Perth, farmer Kenzalee Peterkin said she had stripped about 70 per cent of her 4,200 hectares.",
                "Kenzalee Peterkin",
                "said",
                "",
            ),
            (
                "“Yields are the best we've had in six years, but the price just isn't there,” she said.",
                "Kenzalee Peterkin",
                "said",
                "",
            ),
            (
                "She said she was being offered about $318 a tonne for standard wheat delivered to port, down from $365 at the same time last year.",
                "Kenzalee Peterkin",
                "said",
                "W",
            ),
            (
                "She said she had already sold about a third of her crop forward in May, at $352 a tonne.",
                "Kenzalee Peterkin",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Braxton Vosbergh, an analyst with agribusiness consultancy Tillmark Advisory, said a big Australian crop, on top of strong harvests around the Black Sea, was keeping a lid on prices.",
                "Braxton Vosbergh",
                "said",
                "",
            ),
            (
                "“It's a volume year, not a money year,” Dr Vosbergh said.",
                "Braxton Vosbergh",
                "said",
                "",
            ),
            (
                "He said prices could firm in the new year if dry weather in Argentina cut that country's crop.",
                "Braxton Vosbergh",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the state's Agriculture Minister said road train permits on six shire roads had been extended to 24 hours a day until February 28 to help move grain to port.",
                "A spokesperson for the state's Agriculture Minister",
                "said",
                "W",
            ),
            (
                "The spokesperson said 41 heavy-vehicle inspectors had been moved to wheatbelt roads for the harvest.",
                "A spokesperson for the state's Agriculture Minister",
                "said",
                "W",
            ),
        ],
        [
            (
                "Coastgrain has asked growers to book deliveries through its app after queues reached four hours at some sites last week.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Get the week's rural news in your inbox every Friday with the Auswave Rural newsletter.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Topics: Agriculture, Wheat, Barley, Grain Prices, Esperance, Perth, WA", "", "", "B"),
        ],
        [
            ("Send us your story ideas: rural@auswave.net.au", "", "", "B"),
        ],
        [
            ("Top Stories", "", "", "B"),
        ],
        [
            ("Cyclone season outlook warns of above-average activity off the Pilbara", "", "", "B"),
        ],
        [
            ("Housing approvals rise for a fourth straight month", "", "", "B"),
        ],
        [
            ("Auswave News is Australia's independent public broadcaster.", "", "", "B"),
            ("© 2026 Auswave", "", "", "B"),
        ],
    ],
    [
        [
            ("QUORVEST FINANCE", "", "", "B"),
        ],
        [
            (
                "S&P/TSX 24,918.40 ▲ 0.62%    DOW 44,102.15 ▼ 0.11%    CAD/USD 0.7184 ▲ 0.0012    CRUDE 71.36 ▲ 1.40%    GOLD 2,911.80 ▼ 0.35%",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Markets   News   Personal Finance   Watchlists   Screeners   Crypto   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Search for news, symbols or companies", "", "", "B"),
        ],
        [
            ("Dominion Newswire", "", "", "B"),
        ],
        [
            (
                "Halqiro Foods raises dividend as third-quarter profit climbs 12 per cent",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dominion Newswire · Wed, November 18, 2026 at 7:42 a.m. EST · 2 min read",
                "",
                "",
                "B",
            ),
        ],
        [
            ("In this article:  HLQ.TO  +4.64%", "", "", "B"),
        ],
        [
            (
                "MONTREAL — Halqiro Foods Inc. says its third-quarter profit rose 12 per cent as shoppers bought more of its store-brand products, and the grocer raised its quarterly dividend by two cents.",
                "Halqiro Foods Inc.",
                "says",
                "W",
            ),
        ],
        [
            (
                "The company says it will now pay a dividend of 31 cents per share, up from 29 cents.",
                "The company",
                "says",
                "W",
            ),
            (
                "The dividend is payable Jan. 15 to shareholders of record at the close of business on Dec. 31.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Halqiro says it earned $214.6 million or $1.27 per diluted share for the quarter ended Oct. 3, up from $191.5 million or $1.12 per diluted share a year earlier.",
                "Halqiro Foods Inc.",
                "says",
                "W",
            ),
        ],
        [
            (
                "Sales totalled $5.41 billion, up from $5.18 billion in the same quarter last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Same-store sales at its grocery banners rose 3.8 per cent, while same-store sales at its pharmacies were up 6.1 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("HLQ.TO   Halqiro Foods Inc.   41.27   +1.83 (+4.64%)", "", "", "B"),
        ],
        [
            ("Trending tickers", "", "", "B"),
        ],
        [
            ("CNQ.TO   +2.11%", "", "", "B"),
        ],
        [
            ("SHOP.TO   −1.38%", "", "", "B"),
        ],
        [
            ("BTC-CAD   +0.94%", "", "", "B"),
        ],
        [
            ("View quote details ›", "", "", "B"),
        ],
        [
            (
                "Chief executive Mathilde Gauvreault said on a conference call with analysts that customers were still “trading down” to cheaper products, but that the average basket had started to grow again in September.",
                "Mathilde Gauvreault",
                "said on a conference call with analysts",
                "W",
            ),
            (
                "“Our customers are still careful with every dollar, and we're not assuming that changes in the fourth quarter,” she said.",
                "Mathilde Gauvreault",
                "said",
                "",
            ),
        ],
        [
            (
                "Gauvreault said the company opened nine discount stores in Ontario and Quebec during the quarter and plans to open 14 more by the end of 2027.",
                "Mathilde Gauvreault",
                "said",
                "W",
            ),
        ],
        [
            (
                "Analysts at Pellgrave Securities said in a note to clients that the pharmacy results were the strongest in three years.",
                "Analysts at Pellgrave Securities",
                "said in a note to clients",
                "W",
            ),
        ],
        [
            (
                "Analysts on average had expected a profit of $1.22 per share, according to Skalvik Research.",
                "Skalvik Research",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Chief financial officer Valérien Guimont said the company bought back 1.9 million of its shares during the quarter for $74 million.",
                "Valérien Guimont",
                "said",
                "W",
            ),
            (
                "He said the company's net debt stood at $3.2 billion at the end of the quarter.",
                "Valérien Guimont",
                "said",
                "W",
            ),
            (
                "Guimont said food inflation in its stores was running at about 2 per cent, and that he expected it to stay “in that neighbourhood” into next year.",
                "Valérien Guimont",
                "said",
                "W",
            ),
        ],
        [
            ("Halqiro shares closed up $1.83 at $41.27 in Toronto on Wednesday.", "", "", "W"),
        ],
        [
            ("Companies in this story: (TSX:HLQ)", "", "", "B"),
        ],
        [
            ("This Dominion Newswire report was first filed Nov. 18, 2026.", "", "", "B"),
        ],
        [
            (
                "Quorvest Finance is not a broker-dealer and does not give investment advice.",
                "",
                "",
                "B",
            ),
            ("Quotes are delayed by at least 15 minutes unless otherwise indicated.", "", "", "B"),
            (
                "Market data is provided by Brindlemark Data and is for information only.",
                "",
                "",
                "B",
            ),
            (
                "Dominion Newswire stories are republished under licence and have not been edited by Quorvest.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Recommended for you", "", "", "B"),
        ],
        [
            ("Loonie slips as oil prices weigh on commodity currencies", "", "", "B"),
        ],
        [
            ("What a higher dividend really means for your RRSP", "", "", "B"),
        ],
        [
            ("Terms · Privacy · Ad Choices · Help · © 2026 Quorvest Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("SAHEL COURIER", "", "", "B"),
        ],
        [
            (
                "Home   News   Politics   Business   Education   Health   Sports   Opinion   Features",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Thursday, 22 October 2026", "", "", "B"),
        ],
        [
            ("📢 Sahel Courier is now on WhatsApp.", "", "", "B"),
            ("Tap to join our channel.", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            (
                "Flood: Kebbi rice farmers count losses as 14,000 hectares go under water",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Abubakar Kwaire-Zauro, Birnin Kebbi", "", "", "B"),
        ],
        [
            ("October 22, 2026  •  3 min read", "", "", "B"),
        ],
        [
            (
                "Farmers wade through a submerged rice field at Tunga Dagwai, near Argungu, on Tuesday.",
                "",
                "",
                "",
            ),
            ("Photo: Sahel Courier", "", "", "B"),
        ],
        [
            (
                "At least 14,000 hectares of rice farmland in 11 communities of Kebbi State have been submerged after the Rima River overflowed its banks following three days of heavy rain, the state emergency management agency has said.",
                "the state emergency management agency",
                "has said",
                "W",
            ),
        ],
        [
            (
                "Its Executive Secretary, Alhaji Sirajo Dankwairo, said 2,340 households had been displaced and the agency had opened four camps in primary schools in Argungu and Birnin Kebbi.",
                "Sirajo Dankwairo",
                "said",
                "W",
            ),
            (
                "He said no lives had been lost, but 37 people were treated for injuries at the general hospital in Argungu.",
                "Sirajo Dankwairo",
                "said",
                "W",
            ),
            (
                "He said the agency had distributed 1,500 bags of rice, 800 mattresses and 600 blankets to the camps by Wednesday.",
                "Sirajo Dankwairo",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The water came at night, and many people lost their stored grain as well as the crops in the field,” he told Sahel Courier.",
                "Sirajo Dankwairo",
                "told Sahel Courier",
                "W",
            ),
        ],
        [
            ("— Advertisement —", "", "", "B"),
        ],
        [
            (
                "The Kebbi State chairman of the Rice Growers Forum of Nigeria (RGFN), Alhaji Muhammadu Zagga-Ribah, said the flooded farms were about three weeks from harvest.",
                "Muhammadu Zagga-Ribah",
                "said",
                "W",
            ),
            (
                "He estimated the losses at N9.8bn, based on an average yield of five tonnes per hectare and a paddy price of N140,000 a tonne.",
                "Muhammadu Zagga-Ribah",
                "estimated",
                "",
            ),
        ],
        [
            (
                "“Some of our members took loans to buy fertiliser in June.",
                "Muhammadu Zagga-Ribah",
                "lamented",
                "",
            ),
            (
                "Who will pay those loans now?” he lamented.",
                "Muhammadu Zagga-Ribah",
                "lamented",
                "",
            ),
        ],
        [
            (
                "🔔 Follow the Sahel Courier channel on WhatsApp so you never miss a story from the North-West.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Hajiya Rakiya Bunzawa, a widow who farms three hectares at Tunga Dagwai, said all her rice was under water.",
                "Rakiya Bunzawa",
                "said",
                "",
            ),
            (
                "“I have nothing left except the seed I kept in my room,” she said in Hausa.",
                "Rakiya Bunzawa",
                "said in Hausa",
                "",
            ),
            (
                "She said she had borrowed N250,000 from a cooperative to plant.",
                "Rakiya Bunzawa",
                "said",
                "",
            ),
        ],
        [
            (
                "The state Commissioner for Agriculture, Prof. Aminuddeen Dabai-Kalgo, said the government had approved N1.2bn for relief materials and would distribute improved seed to affected farmers before dry-season planting begins in December.",
                "Aminuddeen Dabai-Kalgo",
                "said",
                "W",
            ),
            (
                "He said the state had written to the federal government for support.",
                "Aminuddeen Dabai-Kalgo",
                "said",
                "W",
            ),
            (
                "Dabai-Kalgo said 6,200 farmers had so far been registered for the seed programme.",
                "Aminuddeen Dabai-Kalgo",
                "said",
                "W",
            ),
        ],
        [
            ("More rain is forecast across the North-West this week.", "", "", ""),
        ],
        [
            (
                "In 2022, floods in the state submerged about 38,000 hectares of rice, according to the agency's records.",
                "the agency's records",
                "according to",
                "W",
            ),
        ],
        [
            ("— Advertisement —", "", "", "B"),
        ],
        [
            ("Tags: Argungu, Birnin Kebbi, Flood, Kebbi State, Rice", "", "", "B"),
        ],
        [
            ("SUPPORT SAHEL COURIER", "", "", "B"),
        ],
        [
            ("Journalism like this costs fuel, data and time on the road.", "", "", "B"),
            ("We take no money from politicians, so we depend on readers like you.", "", "", "B"),
            ("Support us with any amount from N1,000.", "", "", "B"),
            ("It takes less than a minute.", "", "", "B"),
        ],
        [
            ("DONATE NOW", "", "", "B"),
        ],
        [
            ("Related posts", "", "", "B"),
        ],
        [
            ("Sokoto: 40 villages cut off as bridge collapses after downpour", "", "", "B"),
        ],
        [
            ("Fertiliser prices fall 18% as new blending plant opens in Kano", "", "", "B"),
        ],
        [
            (
                "Disclaimer: Comments posted below are the views of readers and not of Sahel Courier.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sahel Courier © 2026.", "", "", "B"),
            ("No part of this site may be reproduced without permission.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE EQUATOR HERALD", "", "", "B"),
        ],
        [
            (
                "Singapore | Asia | World | Opinion | Life | Business | Tech | Sport | Videos | Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Singapore", "", "", "B"),
        ],
        [
            ("🔒 SUBSCRIBERS", "", "", "B"),
        ],
        [
            (
                "Residents of Pasir Ris condo sue developer for $4.7m over leaks, cracked tiles and faulty lifts",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Management body says more than 260 of the estate's 318 units have reported defects since handover",
                "Management Corporation Strata Title Plan No. 4718",
                "says",
                "W",
            ),
        ],
        [
            ("Shirlyn Huan Jiaxin", "", "", "B"),
        ],
        [
            ("Housing Correspondent", "", "", "B"),
        ],
        [
            ("Updated Nov 12, 2026, 05:00 AM  |  Published Nov 11, 2026, 07:38 PM", "", "", "B"),
        ],
        [
            ("A subscriber has gifted you this article.", "", "", "B"),
            ("Enjoy reading it in full, with our compliments.", "", "", "B"),
        ],
        [
            (
                "Water stains on the ceiling of a 14th-floor unit at The Loftwell Residences in Pasir Ris.",
                "",
                "",
                "",
            ),
            ("EQUATOR HERALD PHOTO: JEVON VALVANESAN", "", "", "B"),
        ],
        [
            (
                "SINGAPORE - The Management Corporation Strata Title Plan No. 4718, which runs The Loftwell Residences, a 318-unit condominium in Pasir Ris, has sued its developer for $4.7 million, saying the estate was handed over with leaking roofs, cracked floor tiles and lifts that break down several times a month.",
                "Management Corporation Strata Title Plan No. 4718",
                "saying",
                "W",
            ),
        ],
        [
            (
                "The suit, filed in the High Court on Nov 3, names the developer, Verancia Land Pte Ltd, and its main contractor, Junheng Builders Pte Ltd.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to the statement of claim, 263 of the 318 units reported defects within a year of the estate receiving its Temporary Occupation Permit in March 2024.",
                "the statement of claim",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The MCST's chairman, Mr Hairulnizam Sapuan, said the council had written to the developer 41 times since 2024.",
                "Hairulnizam Sapuan",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We gave them two years,” said Mr Hairulnizam, 52, a logistics manager.",
                "Hairulnizam Sapuan",
                "said",
                "",
            ),
            ("“At some point you stop writing letters.”", "Hairulnizam Sapuan", "said", ""),
        ],
        [
            (
                "Mr Hairulnizam said owners had paid about $380,000 from the estate's sinking fund for temporary repairs since 2024.",
                "Hairulnizam Sapuan",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the estate's six lifts had broken down 117 times between January and September, according to the lift contractor's logbook.",
                "Hairulnizam Sapuan",
                "said",
                "W",
            ),
        ],
        [
            ("SEE ALSO", "", "", "B"),
        ],
        [
            (
                "🔒 Why defect disputes between condo owners and developers can drag on for years",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Retiree Madam Liang Hiok Moi, 71, who lives on the 14th floor, said she once waited 40 minutes for a lift after a hospital appointment.",
                "Liang Hiok Moi",
                "said",
                "",
            ),
            (
                "“My knees cannot climb 14 floors,” she said in Hokkien.",
                "Liang Hiok Moi",
                "said in Hokkien",
                "",
            ),
        ],
        [
            (
                "In a statement to The Equator Herald, Verancia Land said it had carried out repairs in 188 units at no cost to owners and “disputes the scale of the claim”.",
                "Verancia Land Pte Ltd",
                "said",
                "W",
            ),
            ("It said it would defend the suit.", "Verancia Land Pte Ltd", "said", ""),
        ],
        [
            (
                "Junheng Builders did not reply to queries.",
                "Junheng Builders Pte Ltd",
                "did not reply to queries",
                "",
            ),
        ],
        [
            (
                "The owners' lawyer, Ms Vennila d/o Ponnusekaran, said she expected the case to go to mediation before any trial.",
                "Vennila d/o Ponnusekaran",
                "said",
                "",
            ),
            (
                "She said the claim covered the cost of replacing the roof membrane on all four blocks, regrouting about 9,000 sq m of flooring and upgrading the lifts.",
                "Vennila d/o Ponnusekaran",
                "said",
                "W",
            ),
        ],
        [
            ("A pre-trial conference has been fixed for Jan 8.", "", "", "W"),
        ],
        [
            (
                "Developers in Singapore are liable for defects that appear within 12 months of the Temporary Occupation Permit being issued.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Get the day's top Singapore stories in your inbox: sign up for The Equator Herald' Morning Brief.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Liked this story?", "", "", "B"),
            ("Subscribers can gift five articles a month to friends and family.", "", "", "B"),
        ],
        [
            ("Join the conversation", "", "", "B"),
        ],
        [
            ("MORE FROM SINGAPORE", "", "", "B"),
        ],
        [
            ("🔒 Resale flat prices rise for 26th straight quarter", "", "", "B"),
        ],
        [
            ("Two men charged over Jurong West car park scam", "", "", "B"),
        ],
        [
            ("The Equator Herald is published by Equator Media Ltd.", "", "", "B"),
        ],
        [
            (
                "Terms & Conditions  |  Data Protection Policy  |  Advertise With Us  |  Contact Us",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("MÜNCHNER ABENDBOTE  |  English Edition", "", "", "B"),
        ],
        [
            ("Deutsch  |  English", "", "", "B"),
        ],
        [
            ("Munich   Bavaria   Germany   Business   Culture   Sport   Service", "", "", "B"),
        ],
        [
            ("Munich › Housing", "", "", "B"),
        ],
        [
            (
                "Munich's new rent index: average rent rises 6.4 percent to €15.90 per square metre",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tenants' groups say the figures understate the problem, while landlords call the index unfair",
                "Tenants' groups",
                "say",
                "",
            ),
        ],
        [
            ("By Annelotte Aldenhoven", "", "", "B"),
        ],
        [
            ("27.11.2026 – 16:45 Uhr", "", "", "B"),
        ],
        [
            ("Reading time: 3 min.", "", "", "B"),
        ],
        [
            ("Apartment blocks on Kerbelstraße in the north of Munich.", "", "", ""),
            ("Photo: Abendbote/Quirin Hallgrund", "", "", "B"),
        ],
        [
            (
                "Average rents for existing flats in Munich have risen 6.4 percent in two years to €15.90 per square metre, according to the city's new rent index, which the city council approved on Wednesday.",
                "the city's new rent index",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The index, known in German as the Mietspiegel, sets the benchmark that limits rent increases in existing leases and the rent landlords may ask for new ones.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Housing councillor Dr. Heinrika Oldenbrock said the index was based on a survey of 3,812 households carried out between March and June.",
                "Heinrika Oldenbrock",
                "said",
                "W",
            ),
            (
                "She said rents for flats built after 2014 had risen fastest, by 9.1 percent, to an average of €19.80.",
                "Heinrika Oldenbrock",
                "said",
                "W",
            ),
        ],
        [
            ("The previous index, published in 2024, put the average at €14.94.", "", "", "W"),
        ],
        [
            ("Embedded post", "", "", "B"),
        ],
        [
            ("At this point the article contains a post from an external platform.", "", "", "B"),
            (
                "We only load it if you agree, because the platform may then receive data about your visit.",
                "",
                "",
                "B",
            ),
            ('You can withdraw your consent at any time under "Privacy settings".', "", "", "B"),
        ],
        [
            ("Load post", "", "", "B"),
        ],
        [
            ("Always show external content", "", "", "B"),
        ],
        [
            (
                "Jörg Habernitz, managing director of the Munich Tenants' Circle (Mieterkreis München), said the index only counts leases signed or changed in the past six years, which leaves out many older, cheaper contracts.",
                "Jörg Habernitz",
                "said",
                "W",
            ),
            (
                "„Every new index is a licence for the next rent increase,“ Habernitz said.",
                "Jörg Habernitz",
                "said",
                "",
            ),
            (
                "He said the group's advice centre had handled 2,960 cases about rent increases so far this year, up from 2,110 in the whole of 2025.",
                "Jörg Habernitz",
                "said",
                "W",
            ),
        ],
        [
            (
                "The landowners' association Eigentümerkreis München said in a statement that the index ignored the cost of energy-efficiency renovations, which landlords had to pay for themselves.",
                "Eigentümerkreis München",
                "said in a statement",
                "",
            ),
            (
                "The association said it was considering a legal challenge.",
                "The association",
                "said",
                "",
            ),
        ],
        [
            (
                "Prof. Dr. Wendolin Schüttauf, a housing economist at the Isar Institute for Urban Economics, said Munich had gained about 140,000 residents in ten years but finished only 8,200 new flats last year.",
                "Wendolin Schüttauf",
                "said",
                "W",
            ),
            (
                "“As long as that gap exists, no index will bring rents down,” he said.",
                "Wendolin Schüttauf",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The city council also voted 48 to 31 on Wednesday to ask the state government to extend the rent brake in Munich beyond 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The new index takes effect on 1 January.", "", "", "W"),
        ],
        [
            ("Also of interest", "", "", "B"),
        ],
        [
            ("S-Bahn: weekend closures on the trunk line until mid-December", "", "", "B"),
        ],
        [
            ("Christmas markets: what opens when this year", "", "", "B"),
        ],
        [
            (
                "This article was translated from German with the help of machine translation.",
                "",
                "",
                "B",
            ),
            ("It was checked by our editors before publication.", "", "", "B"),
        ],
        [
            ("Sources: own reporting, city of Munich", "", "", "B"),
        ],
        [
            ("Comments are closed for this article.", "", "", "B"),
        ],
        [
            ("Imprint  |  Privacy  |  Privacy settings  |  Terms of use  |  Contact", "", "", "B"),
        ],
        [
            ("© Münchner Abendbote GmbH 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("GREEN COUNTRY 9  |  KRQT", "", "", "B"),
        ],
        [
            ("48°  Tulsa, OK  ☾  Clear  ·  H 66°  L 41°", "", "", "B"),
        ],
        [
            (
                "ALERTS: Burn ban in effect for Osage and Pawnee counties through Sunday",
                "",
                "",
                "B",
            ),
        ],
        [
            ("🔴 WATCH LIVE: 9 News This Morning", "", "", "B"),
        ],
        [
            (
                "News | Weather | Traffic | Sports | Education | Community | Contests | Contact Us",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Education", "", "", "B"),
        ],
        [
            (
                "School board votes 4-1 to close two Broken Arrow-area elementary schools next year",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Reporter: Carlotta Merriwood", "", "", "B"),
        ],
        [
            ("Posted: 10:58 PM CST, November 9, 2026", "", "", "B"),
        ],
        [
            ("Last updated: 6:15 AM CST, November 10, 2026", "", "", "B"),
        ],
        [
            ("Board votes to close Mossburn, Parrow Creek elementaries", "", "", "B"),
        ],
        [
            ("2:31", "", "", "B"),
        ],
        [
            (
                "BROKEN ARROW, Okla. — The Quailridge Public Schools board voted 4-1 Monday night to close Mossburn Elementary and Parrow Creek Elementary at the end of the school year, sending about 610 students to four other schools in the fall.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "District leaders said the closures would save about $2.3 million a year.",
                "District leaders",
                "said",
                "W",
            ),
        ],
        [
            (
                "Superintendent Dr. Renisha Talbott said enrollment at the two schools had fallen by a third since 2019, and both buildings needed roof and heating repairs estimated at $9 million.",
                "Renisha Talbott",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Nobody on this board wanted to do this," Talbott said.',
                "Renisha Talbott",
                "said",
                "",
            ),
            (
                '"But we can\'t keep paying to heat half-empty buildings."',
                "Renisha Talbott",
                "said",
                "",
            ),
        ],
        [
            (
                "Talbott said Mossburn, which opened in 1962, had 214 students this fall in a building designed for 450.",
                "Renisha Talbott",
                "said",
                "W",
            ),
            ("Parrow Creek opened in 1988 and has 396 students.", "", "", "W"),
        ],
        [
            ("📱 Get breaking news and weather alerts on your phone.", "", "", "B"),
            ("Download the Green Country 9 app from the App Store or Google Play.", "", "", "B"),
        ],
        [
            (
                "Board member Shaundelle Corlew cast the lone no vote, saying the district had not given families enough time to weigh in.",
                "Shaundelle Corlew",
                "saying",
                "",
            ),
        ],
        [
            ("MORE: Parents pack meeting as district weighs school closures", "", "", "B"),
        ],
        [
            (
                "More than 70 people signed up to speak during public comment, and the meeting ran past 10:30 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Parrow Creek parent Jolynn Fentress said her son would have to cross a four-lane road to get to his new school.",
                "Jolynn Fentress",
                "said",
                "",
            ),
            (
                '"Are you going to put a crossing guard on Hedgepath Road?" she asked the board.',
                "Jolynn Fentress",
                "asked the board",
                "",
            ),
        ],
        [
            (
                "Teachers at both schools will be offered jobs elsewhere in the district, and no layoffs are planned, district spokesperson Marquetta Sunnaker said.",
                "Marquetta Sunnaker",
                "said",
                "W",
            ),
        ],
        [
            (
                "The district said it would run buses for every student who lives more than 1.5 miles from their new school.",
                "The district",
                "said",
                "W",
            ),
        ],
        [
            (
                "Families will get their new school assignments by Feb. 1, according to the district.",
                "the district",
                "according to",
                "W",
            ),
        ],
        [
            ("The board will vote Dec. 14 on what to do with the two buildings.", "", "", "W"),
        ],
        [
            ("Copyright 2026 KRQT.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Start your day with the 9 Morning Brief, delivered to your inbox at 6 a.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Never miss a story: download the free Green Country 9 News app.", "", "", "B"),
        ],
        [
            ("Trending Now", "", "", "B"),
        ],
        [
            ("Tulsa police: 2 hurt in shooting near downtown bar", "", "", "B"),
        ],
        [
            ("First freeze of the season possible this weekend", "", "", "B"),
        ],
        [
            ("Closings & Delays", "", "", "B"),
        ],
        [
            (
                "KRQT Public Inspection File  |  EEO Report  |  Closed Captioning  |  Terms of Use  |  Privacy Policy",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("The Mudflat Memo", "", "", "B"),
        ],
        [
            ("Subscribe   Sign in", "", "", "B"),
        ],
        [
            (
                "Council caps short-term rentals at 400 citywide, with a waiting list for new permits",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Four hours of testimony, one amendment that nearly sank it, and what happens next",
                "",
                "",
                "",
            ),
        ],
        [
            ("Wrenley Ostergren", "", "", "B"),
        ],
        [
            ("Nov 17, 2026", "", "", "B"),
        ],
        [
            ("♡ 48   💬 12   ↗ Share", "", "", "B"),
        ],
        [
            (
                "The Mudflat Memo is a reader-supported newsletter about Bellingham city hall.",
                "",
                "",
                "B",
            ),
            ("Free subscribers get every post; paid subscribers keep the lights on.", "", "", "B"),
        ],
        [
            ("Type your email…", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("Good morning, and sorry for landing in your inbox a day late.", "", "", ""),
        ],
        [
            (
                "After four hours of public comment that ran until almost midnight, the Bellingham City Council voted 5-2 on Monday to cap the number of short-term rental permits at 400 citywide.",
                "",
                "",
                "W",
            ),
            (
                "The vote came 14 months after the council first asked staff to draft a cap.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "There are 462 active permits now, according to the city's planning department, so the cap takes nobody's permit away, but no new ones will be issued until the total falls below 400.",
                "the city's planning department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "New applicants will go onto a waiting list, and the ordinance says a permit lapses if the holder does not rent the unit for 12 months in a row.",
                "the ordinance",
                "says",
                "W",
            ),
        ],
        [
            ("The amendment that almost sank it", "", "", ""),
        ],
        [
            (
                "Council member Valerian Cransley proposed exempting owners who rent out a room in the house they live in.",
                "",
                "",
                "W",
            ),
            (
                "That amendment failed 3-4, and Cransley then voted for the ordinance anyway.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"I\'d rather have an imperfect cap than no cap at all," he told me after the meeting.',
                "Valerian Cransley",
                "told me",
                "",
            ),
        ],
        [
            ("If this was useful, pass it on to a neighbour who cares about housing.", "", "", "B"),
            ("Every share helps.", "", "", "B"),
        ],
        [
            ("↗ Share The Mudflat Memo", "", "", "B"),
        ],
        [
            (
                "Council member Dorotea Radleigh, one of the two no votes, said the city had no data showing that short-term rentals had pushed up rents in Bellingham.",
                "Dorotea Radleigh",
                "said",
                "W",
            ),
            ('"We\'re regulating on vibes," she said.', "Dorotea Radleigh", "said", ""),
            (
                "She said she would ask staff for a study of the rental market before the tax vote.",
                "Dorotea Radleigh",
                "said",
                "",
            ),
        ],
        [
            ("Hosts who spoke were split.", "", "", ""),
            (
                "Verlinda Merisham, who rents out a basement apartment near the university, said the income covers about half her mortgage.",
                "Verlinda Merisham",
                "said",
                "",
            ),
        ],
        [
            (
                "My read: the cap matters less than the waiting list, which the planning department will run and which has no budget yet.",
                "",
                "",
                "",
            ),
        ],
        [
            ("What's next", "", "", ""),
        ],
        [
            ("The ordinance takes effect Jan. 1.", "", "", "W"),
            (
                "The council will take up a separate 4% tax on short-term rental stays at its Dec. 7 meeting.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("As always, hit reply if I got something wrong; I read everything.", "", "", "B"),
        ],
        [
            ("— Wrenley", "", "", "B"),
        ],
        [
            ("Forwarded this by a friend?", "", "", "B"),
            ("Get the next one in your own inbox:", "", "", "B"),
        ],
        [
            ("Type your email…", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("48 likes · 6 shares", "", "", "B"),
        ],
        [
            ("12 Comments", "", "", "B"),
        ],
        [
            ("Aysel Versteeg", "", "", "B"),
        ],
        [
            ("Nov 17", "", "", "B"),
        ],
        [
            ("Thank you for staying to the end.", "", "", "B"),
            ("Does the waiting list go by date of application or by lottery?", "", "", "B"),
        ],
        [
            ("Like (4)  ·  Reply", "", "", "B"),
        ],
        [
            ("Wrenley Ostergren", "", "", "B"),
        ],
        [
            ("Author", "", "", "B"),
        ],
        [
            ("By date, for now.", "", "", "B"),
            ("The staff report says a lottery may come later.", "", "", "B"),
        ],
        [
            ("© 2026 Wrenley Ostergren", "", "", "B"),
        ],
        [
            ("Privacy ∙ Terms ∙ Collection notice", "", "", "B"),
        ],
        [
            ("Start your own newsletter on Quillpage", "", "", "B"),
        ],
    ],
    [
        [
            ("SCIENTIA DAILY", "", "", "B"),
        ],
        [
            ("Life   Earth   Health   Space   Physics   Tech   Newsletters   Donate", "", "", "B"),
        ],
        [
            ("LIFE · ECOLOGY", "", "", "B"),
        ],
        [
            (
                "Bumblebees exposed to a common fungicide visited a third fewer flowers, field study finds",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The effect showed up at doses bees meet on ordinary sprayed farmland, researchers report",
                "researchers",
                "report",
                "W",
            ),
        ],
        [
            ("By Odalis Prendergate", "", "", "B"),
        ],
        [
            ("November 19, 2026", "", "", "B"),
        ],
        [
            ("This article has been corrected.", "", "", "B"),
            ("See the note at the end.", "", "", "B"),
        ],
        [
            (
                "A buff-tailed bumblebee fitted with a tiny radio tag forages on a field bean flower.",
                "",
                "",
                "",
            ),
            ("Courtesy of Ysolt Ferrandeau-Baynes", "", "", "B"),
        ],
        [
            (
                "Bumblebees given field-realistic doses of a widely used fungicide made about 32 percent fewer flower visits per hour than bees that were not exposed, researchers report November 18 in the Journal of Applied Pollination Ecology.",
                "researchers",
                "report",
                "W",
            ),
        ],
        [
            (
                "The team, led by ecologist Ysolt Ferrandeau-Baynes of Hallowvale University, tracked 84 colonies placed at the edges of 12 farms in eastern England over two summers.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Half of the colonies were fed sugar water laced with the fungicide at concentrations measured in nectar from treated oilseed rape fields; the rest got plain sugar water.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We expected to see nothing, frankly,” Ferrandeau-Baynes says.",
                "Ysolt Ferrandeau-Baynes",
                "says",
                "",
            ),
            (
                "“Fungicides aren't designed to act on insects at all.”",
                "Ysolt Ferrandeau-Baynes",
                "says",
                "W",
            ),
        ],
        [
            (
                "Exposed colonies also produced 41 percent fewer new queens by the end of the season, she says.",
                "Ysolt Ferrandeau-Baynes",
                "says",
                "W",
            ),
            (
                "The researchers found no difference in how many bees died, she says; exposed bees simply spent more time in the nest.",
                "Ysolt Ferrandeau-Baynes",
                "says",
                "W",
            ),
        ],
        [
            ("THE STUDY AT A GLANCE", "", "", "B"),
        ],
        [
            ("Journal: Journal of Applied Pollination Ecology", "", "", "B"),
        ],
        [
            ("Published: November 18, 2026", "", "", "B"),
        ],
        [
            ("Type: Field experiment", "", "", "B"),
        ],
        [
            ("Sample: 84 colonies on 12 farms", "", "", "B"),
        ],
        [
            ("Lead author: Ysolt Ferrandeau-Baynes, Hallowvale University", "", "", "B"),
        ],
        [
            ("Funding: National research council grant; no industry funding declared", "", "", "B"),
        ],
        [
            (
                "Entomologist Raffael Nnanyelugo of Corveley College, who was not involved in the study, says it is among the first to measure the effect in open fields rather than in cages.",
                "Raffael Nnanyelugo",
                "says",
                "",
            ),
            (
                "“It's a strong design, but it's one fungicide, in one country, over two summers,” he says.",
                "Raffael Nnanyelugo",
                "says",
                "",
            ),
            (
                "“I'd want to see it repeated before anyone rewrites spray guidance.”",
                "Raffael Nnanyelugo",
                "says",
                "",
            ),
        ],
        [
            (
                "CropSafe UK, which represents pesticide makers, said in an emailed statement that the doses used were “at the very top end” of what bees would meet in the field.",
                "CropSafe UK",
                "said in an emailed statement",
                "W",
            ),
            (
                "The group said its members' products are assessed for bee safety before they are approved.",
                "The group",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fungicides are sprayed on about 1.6 million hectares of crops in England each year, according to government survey data.",
                "government survey data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The team suspects the fungicide upsets the gut microbes bees rely on to digest pollen, but that has not been tested yet, Ferrandeau-Baynes says.",
                "Ysolt Ferrandeau-Baynes",
                "says",
                "",
            ),
        ],
        [
            (
                "Earlier lab studies found similar effects in honeybees, but only at doses about ten times higher.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Journal reference: Y. Ferrandeau-Baynes et al. Field-realistic fungicide exposure reduces foraging and queen production in Bombus terrestris. Journal of Applied Pollination Ecology. Published online November 18, 2026. doi: 10.5517/japoe.2026.0412",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Correction, November 20, 2026: An earlier version of this story said the team tracked 48 colonies.",
                "",
                "",
                "B",
            ),
            ("The study used 84.", "", "", "B"),
        ],
        [
            ("Scientia Daily is an independent, nonprofit newsroom.", "", "", "B"),
            ("A gift of any size keeps our science news free for everyone.", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Wild bees are losing ground to honeybees in city parks", "", "", "B"),
        ],
        [
            (
                "A soil fungus may help wheat survive drought, greenhouse trials suggest",
                "",
                "",
                "B",
            ),
        ],
        [
            ("About  |  Contact  |  Republish  |  Privacy  |  © 2026 Scientia Daily", "", "", "B"),
        ],
    ],
    [
        [
            ("DUNREIGH ROVERS FC", "", "", "B"),
        ],
        [
            ("The Official Website of Dunreigh Rovers Football Club", "", "", "B"),
        ],
        [
            (
                "Tickets | Shop | Hospitality | Rovers TV | Academy | Community Trust | Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Principal Partner: Corriebeg Distillery", "", "", "B"),
        ],
        [
            ("LAST MATCH   Dunreigh Rovers 2–0 Ardmillie Albion   FT   Report ›", "", "", "B"),
        ],
        [
            (
                "NEXT MATCH   Sat 5 Dec · 3:00pm · Glenlaggan Park   Dunreigh Rovers v Kelsay Harriers   Buy tickets ›",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Club", "", "", "B"),
        ],
        [
            ("Plans lodged for new 2,400-seat East Stand at Glenlaggan Park", "", "", "W"),
        ],
        [
            ("Posted by Club Media · Tuesday 24 November 2026 · 11:00", "", "", "B"),
        ],
        [
            (
                "An artist's impression of the proposed East Stand, seen from the Feanside End.",
                "",
                "",
                "",
            ),
            ("Image: Hoskyn Blythewood Architects", "", "", "B"),
        ],
        [
            (
                "Dunreigh Rovers have today lodged a planning application for a new 2,400-seat East Stand at Glenlaggan Park, which would take the stadium's capacity to 7,150.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Glenlaggan Park's record attendance is 11,204, set at a cup tie in 1952.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The £11.5m stand would replace the open terracing on the east side of the ground, which has been closed to supporters since the 2024/25 season because of crumbling concrete steps.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Subject to planning consent, work is due to begin in May 2027, with the stand to open for the start of the 2028/29 season.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chairman Eachann MacCaskie said: “This is the biggest investment in Glenlaggan Park since the ground opened in 1921.",
                "Eachann MacCaskie",
                "said",
                "W",
            ),
            (
                "Our supporters have stood in the wind and the rain on that side for a hundred years, and they deserve better.”",
                "Eachann MacCaskie",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the stand would be paid for with a £6m loan from the club's owners, £3.5m from the club's reserves and £2m raised through the Community Trust's share offer, which closes on January 31.",
                "Eachann MacCaskie",
                "said",
                "W",
            ),
        ],
        [
            (
                "MacCaskie said the club had held pre-application talks with council planners in August and September.",
                "Eachann MacCaskie",
                "said",
                "W",
            ),
            ("He said he hoped for a decision by the spring.", "Eachann MacCaskie", "said", ""),
        ],
        [
            (
                "The club's last major ground works, a £1.8m roof over the Feanside End, were completed in 2016.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "🎟 Season tickets for 2027/28 go on sale in March – register your interest ›",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This article is brought to you in association with Corriebeg Distillery.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The stand would include a 220-seat family section, a new ticket office, a club shop and changing rooms for the academy and the women's team.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dunreigh Rovers Supporters' Trust chair Lindsey Gortley said 340 members had given their views on the design at two open meetings in October.",
                "Lindsey Gortley",
                "said",
                "W",
            ),
            (
                "“Fans have been asking for this since before I was born,” she said.",
                "Lindsey Gortley",
                "said",
                "",
            ),
        ],
        [
            (
                "Manager Stevie Daskin said the squad had been shown the drawings at training on Monday morning.",
                "Stevie Daskin",
                "said",
                "",
            ),
            ("“The boys were like kids in a sweet shop,” he said.", "Stevie Daskin", "said", ""),
        ],
        [
            (
                "WATCH | The chairman walks through the East Stand plans on Rovers TV (4:12)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Residents of Brackenlea Road, which runs behind the east terrace, are invited to a drop-in session in the Glenlaggan Park boardroom on Thursday 3 December from 4pm to 7pm.",
                "",
                "",
                "W",
            ),
            (
                "The application can be viewed on the council's planning portal under reference 26/01874/FUL.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Share: Facebook · X · WhatsApp · Email", "", "", "B"),
        ],
        [
            (
                "Tickets for Saturday's visit of Kelsay Harriers are on sale now, from £18 for adults and £6 for under-16s.",
                "",
                "",
                "B",
            ),
            ("Buy online ›", "", "", "B"),
        ],
        [
            ("Kit Partner: Stravaig Sportswear  |  Sleeve Partner: Tolcarne Motors", "", "", "B"),
        ],
        [
            ("© 2026 Dunreigh Rovers Football Club Ltd.", "", "", "B"),
            ("Registered in Scotland, No. SC041187.", "", "", "B"),
        ],
        [
            (
                "Dunreigh Rovers Community Trust is a registered Scottish charity, SC047712.",
                "",
                "",
                "B",
            ),
        ],
    ],
]

CASES = [
    (
        "n87-us-paywall-counter",
        "You have 2 free articles remaining this month. Subscribe now for unlimited access: $1 for your first six months.",
        [
            "You have 2 free articles remaining this month.",
            "Subscribe now for unlimited access: $1 for your first six months.",
        ],
    ),
    (
        "n87-us-published-am-ct-pipe",
        "Published 6:04 a.m. CT Oct. 13, 2026 | Updated 9:41 a.m. CT Oct. 13, 2026",
        [
            "Published 6:04 a.m. CT Oct. 13, 2026 | Updated 9:41 a.m. CT Oct. 13, 2026",
        ],
    ),
    (
        "n87-us-street-abbrev-caption-credit",
        "A Route 28 bus pulls away from the stop at W. Hallidew St. and N. 31st St. on Monday afternoon. Yazmeen Grennaway / Lakeshell Journal-Times",
        [
            "A Route 28 bus pulls away from the stop at W. Hallidew St. and N. 31st St. on Monday afternoon.",
            "Yazmeen Grennaway / Lakeshell Journal-Times",
        ],
    ),
    (
        "n87-us-rider-question-standalone",
        "At the stop on W. Hallidew St., Avonna Trescothen, 44, said she rides the 28 every Sunday to her job at a nursing home in Wauwatosa. “If they take the bus away, it's a $19 Uber each way or I don't go,” she said. “Which one do you think it's going to be?”",
        [
            "At the stop on W. Hallidew St., Avonna Trescothen, 44, said she rides the 28 every Sunday to her job at a nursing home in Wauwatosa.",
            "“If they take the bus away, it's a $19 Uber each way or I don't go,” she said.",
            "“Which one do you think it's going to be?”",
        ],
    ),
    (
        "n87-in-pm-dots-told-paper",
        "District Collector Abhilasha Tembhurne said the meal of khichdi and boiled eggs was cooked at a central kitchen run by a private contractor, Annapurti Food Services, and reached the school at 12.15 pm. “We have sealed the kitchen and sent samples of the rice, dal and oil to the regional food laboratory in Pune,” she told The Daily Vistaar.",
        [
            "District Collector Abhilasha Tembhurne said the meal of khichdi and boiled eggs was cooked at a central kitchen run by a private contractor, Annapurti Food Services, and reached the school at 12.15 pm.",
            "“We have sealed the kitchen and sent samples of the rice, dal and oil to the regional food laboratory in Pune,” she told The Daily Vistaar.",
        ],
    ),
    (
        "n87-in-dr-superintendent-he-said",
        "Dr. Prashil Vanjare, medical superintendent of the rural hospital, said all the children were out of danger. He said most had mild dehydration and none had needed intensive care. “By morning they were asking for breakfast, which is always a good sign,” he said.",
        [
            "Dr. Prashil Vanjare, medical superintendent of the rural hospital, said all the children were out of danger.",
            "He said most had mild dehydration and none had needed intensive care.",
            "“By morning they were asking for breakfast, which is always a good sign,” he said.",
        ],
    ),
    (
        "n87-in-pvt-ltd-rights",
        "© 2026 Vistaar Media Pvt. Ltd. All Rights Reserved.",
        [
            "© 2026 Vistaar Media Pvt. Ltd.",
            "All Rights Reserved.",
        ],
    ),
    (
        "n87-uk-told-colon-open-quote",
        "Speaking from her hospital bed, she told the Daily Whelkin: “I heard the ground crack and then I was just falling. Biscuit came scrambling down after me and lay right across my legs. He didn't move once, not even when it got dark.”",
        [
            "Speaking from her hospital bed, she told the Daily Whelkin: “I heard the ground crack and then I was just falling.",
            "Biscuit came scrambling down after me and lay right across my legs.",
            "He didn't move once, not even when it got dark.”",
        ],
    ),
    (
        "n87-uk-said-colon-quote-split",
        "Skipper Stevan Harraway, 52, said: “I saw this flash of orange going back and forth on the ledge and thought, that's not right. I radioed it in straight away.”",
        [
            "Skipper Stevan Harraway, 52, said: “I saw this flash of orange going back and forth on the ledge and thought, that's not right.",
            "I radioed it in straight away.”",
        ],
    ),
    (
        "n87-uk-fumed-then-standalone",
        "But Breeda's daughter, Jovelle Lidstrom, 41, said the only warning was a laminated notice on a post that had “blown flat weeks ago”. “There was no fence, no barrier, nothing,” she fumed. “Mum has walked that path every day for thirty years.”",
        [
            "But Breeda's daughter, Jovelle Lidstrom, 41, said the only warning was a laminated notice on a post that had “blown flat weeks ago”.",
            "“There was no fence, no barrier, nothing,” she fumed.",
            "“Mum has walked that path every day for thirty years.”",
        ],
    ),
    (
        "n87-au-dr-analyst-surname",
        "Dr Braxton Vosbergh, an analyst with agribusiness consultancy Tillmark Advisory, said a big Australian crop, on top of strong harvests around the Black Sea, was keeping a lid on prices. “It's a volume year, not a money year,” Dr Vosbergh said. He said prices could firm in the new year if dry weather in Argentina cut that country's crop.",
        [
            "Dr Braxton Vosbergh, an analyst with agribusiness consultancy Tillmark Advisory, said a big Australian crop, on top of strong harvests around the Black Sea, was keeping a lid on prices.",
            "“It's a volume year, not a money year,” Dr Vosbergh said.",
            "He said prices could firm in the new year if dry weather in Argentina cut that country's crop.",
        ],
    ),
    (
        "n87-ca-inc-dateline-says",
        "MONTREAL — Halqiro Foods Inc. says its third-quarter profit rose 12 per cent as shoppers bought more of its store-brand products, and the grocer raised its quarterly dividend by two cents.",
        [
            "MONTREAL — Halqiro Foods Inc. says its third-quarter profit rose 12 per cent as shoppers bought more of its store-brand products, and the grocer raised its quarterly dividend by two cents.",
        ],
    ),
    (
        "n87-ca-jan-dec-dividend",
        "The company says it will now pay a dividend of 31 cents per share, up from 29 cents. The dividend is payable Jan. 15 to shareholders of record at the close of business on Dec. 31.",
        [
            "The company says it will now pay a dividend of 31 cents per share, up from 29 cents.",
            "The dividend is payable Jan. 15 to shareholders of record at the close of business on Dec. 31.",
        ],
    ),
    (
        "n87-ca-legal-strip-inc-rights",
        "Terms · Privacy · Ad Choices · Help · © 2026 Quorvest Media Inc. All rights reserved.",
        [
            "Terms · Privacy · Ad Choices · Help · © 2026 Quorvest Media Inc.",
            "All rights reserved.",
        ],
    ),
    (
        "n87-ng-prof-commissioner-three",
        "The state Commissioner for Agriculture, Prof. Aminuddeen Dabai-Kalgo, said the government had approved N1.2bn for relief materials and would distribute improved seed to affected farmers before dry-season planting begins in December. He said the state had written to the federal government for support. Dabai-Kalgo said 6,200 farmers had so far been registered for the seed programme.",
        [
            "The state Commissioner for Agriculture, Prof. Aminuddeen Dabai-Kalgo, said the government had approved N1.2bn for relief materials and would distribute improved seed to affected farmers before dry-season planting begins in December.",
            "He said the state had written to the federal government for support.",
            "Dabai-Kalgo said 6,200 farmers had so far been registered for the seed programme.",
        ],
    ),
    (
        "n87-ng-loan-question-lamented",
        "“Some of our members took loans to buy fertiliser in June. Who will pay those loans now?” he lamented.",
        [
            "“Some of our members took loans to buy fertiliser in June.",
            "Who will pay those loans now?” he lamented.",
        ],
    ),
    (
        "n87-sg-plan-no-lead",
        "SINGAPORE - The Management Corporation Strata Title Plan No. 4718, which runs The Loftwell Residences, a 318-unit condominium in Pasir Ris, has sued its developer for $4.7 million, saying the estate was handed over with leaking roofs, cracked floor tiles and lifts that break down several times a month.",
        [
            "SINGAPORE - The Management Corporation Strata Title Plan No. 4718, which runs The Loftwell Residences, a 318-unit condominium in Pasir Ris, has sued its developer for $4.7 million, saying the estate was handed over with leaking roofs, cracked floor tiles and lifts that break down several times a month.",
        ],
    ),
    (
        "n87-sg-mr-given-name-quote",
        "“We gave them two years,” said Mr Hairulnizam, 52, a logistics manager. “At some point you stop writing letters.”",
        [
            "“We gave them two years,” said Mr Hairulnizam, 52, a logistics manager.",
            "“At some point you stop writing letters.”",
        ],
    ),
    (
        "n87-sg-d-o-lawyer-sq-m",
        "The owners' lawyer, Ms Vennila d/o Ponnusekaran, said she expected the case to go to mediation before any trial. She said the claim covered the cost of replacing the roof membrane on all four blocks, regrouting about 9,000 sq m of flooring and upgrading the lifts.",
        [
            "The owners' lawyer, Ms Vennila d/o Ponnusekaran, said she expected the case to go to mediation before any trial.",
            "She said the claim covered the cost of replacing the roof membrane on all four blocks, regrouting about 9,000 sq m of flooring and upgrading the lifts.",
        ],
    ),
    (
        "n87-de-dr-councillor-euro",
        "Housing councillor Dr. Heinrika Oldenbrock said the index was based on a survey of 3,812 households carried out between March and June. She said rents for flats built after 2014 had risen fastest, by 9.1 percent, to an average of €19.80.",
        [
            "Housing councillor Dr. Heinrika Oldenbrock said the index was based on a survey of 3,812 households carried out between March and June.",
            "She said rents for flats built after 2014 had risen fastest, by 9.1 percent, to an average of €19.80.",
        ],
    ),
    (
        "n87-de-consent-notice-three",
        'At this point the article contains a post from an external platform. We only load it if you agree, because the platform may then receive data about your visit. You can withdraw your consent at any time under "Privacy settings".',
        [
            "At this point the article contains a post from an external platform.",
            "We only load it if you agree, because the platform may then receive data about your visit.",
            'You can withdraw your consent at any time under "Privacy settings".',
        ],
    ),
    (
        "n87-de-low-quotes-he-said",
        "Jörg Habernitz, managing director of the Munich Tenants' Circle (Mieterkreis München), said the index only counts leases signed or changed in the past six years, which leaves out many older, cheaper contracts. „Every new index is a licence for the next rent increase,“ Habernitz said. He said the group's advice centre had handled 2,960 cases about rent increases so far this year, up from 2,110 in the whole of 2025.",
        [
            "Jörg Habernitz, managing director of the Munich Tenants' Circle (Mieterkreis München), said the index only counts leases signed or changed in the past six years, which leaves out many older, cheaper contracts.",
            "„Every new index is a licence for the next rent increase,“ Habernitz said.",
            "He said the group's advice centre had handled 2,960 cases about rent increases so far this year, up from 2,110 in the whole of 2025.",
        ],
    ),
    (
        "n87-tv-okla-dateline-lead",
        "BROKEN ARROW, Okla. — The Quailridge Public Schools board voted 4-1 Monday night to close Mossburn Elementary and Parrow Creek Elementary at the end of the school year, sending about 610 students to four other schools in the fall.",
        [
            "BROKEN ARROW, Okla. — The Quailridge Public Schools board voted 4-1 Monday night to close Mossburn Elementary and Parrow Creek Elementary at the end of the school year, sending about 610 students to four other schools in the fall.",
        ],
    ),
    (
        "n87-tv-question-asked-board",
        'Parrow Creek parent Jolynn Fentress said her son would have to cross a four-lane road to get to his new school. "Are you going to put a crossing guard on Hedgepath Road?" she asked the board.',
        [
            "Parrow Creek parent Jolynn Fentress said her son would have to cross a four-lane road to get to his new school.",
            '"Are you going to put a crossing guard on Hedgepath Road?" she asked the board.',
        ],
    ),
    (
        "n87-nl-comment-question",
        "Thank you for staying to the end. Does the waiting list go by date of application or by lottery?",
        [
            "Thank you for staying to the end.",
            "Does the waiting list go by date of application or by lottery?",
        ],
    ),
    (
        "n87-nl-jan-dec-meeting",
        "The ordinance takes effect Jan. 1. The council will take up a separate 4% tax on short-term rental stays at its Dec. 7 meeting.",
        [
            "The ordinance takes effect Jan. 1.",
            "The council will take up a separate 4% tax on short-term rental stays at its Dec. 7 meeting.",
        ],
    ),
    (
        "n87-sci-et-al-reference",
        "Journal reference: Y. Ferrandeau-Baynes et al. Field-realistic fungicide exposure reduces foraging and queen production in Bombus terrestris. Journal of Applied Pollination Ecology. Published online November 18, 2026. doi: 10.5517/japoe.2026.0412",
        [
            "Journal reference: Y. Ferrandeau-Baynes et al. Field-realistic fungicide exposure reduces foraging and queen production in Bombus terrestris. Journal of Applied Pollination Ecology. Published online November 18, 2026. doi: 10.5517/japoe.2026.0412",
        ],
    ),
    (
        "n87-sci-correction-date-colon",
        "Correction, November 20, 2026: An earlier version of this story said the team tracked 48 colonies. The study used 84.",
        [
            "Correction, November 20, 2026: An earlier version of this story said the team tracked 48 colonies.",
            "The study used 84.",
        ],
    ),
    (
        "n87-fc-said-colon-two-sentences",
        "Chairman Eachann MacCaskie said: “This is the biggest investment in Glenlaggan Park since the ground opened in 1921. Our supporters have stood in the wind and the rain on that side for a hundred years, and they deserve better.”",
        [
            "Chairman Eachann MacCaskie said: “This is the biggest investment in Glenlaggan Park since the ground opened in 1921.",
            "Our supporters have stood in the wind and the rain on that side for a hundred years, and they deserve better.”",
        ],
    ),
    (
        "n87-fc-ltd-registered-scotland",
        "© 2026 Dunreigh Rovers Football Club Ltd. Registered in Scotland, No. SC041187.",
        [
            "© 2026 Dunreigh Rovers Football Club Ltd.",
            "Registered in Scotland, No. SC041187.",
        ],
    ),
]
