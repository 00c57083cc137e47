"""Hundred-and-seventeenth set of new hand-labelled pages for the hint engines (tuning set, round forty-seven):
twelve WHOLE pages, head to tail, from twelve kinds of news site in twelve countries the sets are thin on, each page's furniture worded the site's OWN way (menus and breadcrumbs, edition and language switchers, labels, bylines and dates in local formats, caption and photo-credit styles, tickers and weather strips, ad slots, "read also" links in the middle, paywall and registration prompts, newsletter and app prompts, tip-line blocks, publisher self-descriptions and notice boxes at the tail, comment rules, copyright and footers), with ordinary news stories carrying speakers and figures.

The pages, head to tail as a reader's paste gives them: a Norwegian regional paper's English edition
(commuter ferry fares in Vestland up 14 per cent), a Pakistani daily's city page (the notified price
of a flour bag raised in Multan division), a Philippine broadsheet's Regions page (dengue cases up 62
per cent in Iloilo City), a Trinidad and Tobago daily's Tobago page (the inter-island fast ferry out
of service for six weeks), a Nigerian online newspaper's Education page (a state university in
Enugu more than doubles its fees), a Welsh local weekly (a council in Ceredigion to consult on
closing two village schools), a Canadian TV station's website (a nor'easter leaves 61,000 without
power in Nova Scotia), a United States public radio station's website (the only hospital in a
Montana town stops delivering babies), an Australian regional paper (Level 4 water restrictions in a
New South Wales town), an Irish county paper (Mayo County Council short of its social housing
target), a Malaysian news portal (Penang's domestic water tariff up 18 sen per cubic metre) and a
Gulf business daily (a Dubai developer's 2026 profit up 18.6 per cent).

What is hard is the furniture, which no two pages word alike, and where it stands: at the head a
language switcher ("Norsk | English", "Cymraeg | English", "BM | EN | 中文"), an
E-Paper/Urdu Edition strip, a Today's Paper/Classifieds/Obituaries strip, a Subscribe/Log in strip,
Listen Live/Donate and a "Now playing" line, a "Watch live" line; weather strips in m/s, in °C with
sea state and wave height, with a storm watch, with fire danger and a total fire ban; a prayer-timings
strip, a gold and open-market dollar strip, a forex/PSEi strip, a DFM/ADX/Brent ticker, a Trending
strip of topics and one of hashtags; straplines ("Serving the Teifi valley since 1871", "Mayo's
independent voice since 1902"); an office-closing NOTICE and an Eid holiday line; section paths with
›, >, » and slashes; bylines as "Our Correspondent", in capitals with a role line, with a place, as a
name and a station role; dates as "09.03.2027 kl. 14.12", "March 11, 2027", "March 10, 2027 |
12:05 am", "Friday 12 March 2027, 7:00am", "6:42 p.m. ADT", "5:04 PM MDT", "March 18 2027 - 5:30pm",
"04:17 PM MYT", "Sun 14 Mar 2027, 9:12 AM"; a translation note; reading times, a listen line with a
running time, a comment count; captions with credits as "Photo:", "— QN photo", "Photo courtesy of
...", "PHOTO:" in capitals, "Picture:", "Picture by", a parenthesised credit, "— ... pic", and a video
caption with its running time. In the middle: ADVERTISEMENT/Advertisement, "Also read:", "READ:",
"RELATED:", "Read Also:", "Related", "Read more:", "READ MORE:", "Read also:"; a free-article meter,
a log-in wall, a free-trial block, a subscription offer with "Already a subscriber? Log in", a premium
wall, a donation appeal with a Give now button. At the tail: tip prompts ("Do you take one of these
ferries? ...", "Got a news tip? Call ...", "Got a story or news tip? ...", "Have your say: ...",
"Got a story idea or photo?", "Do you have a story for the Leader?"), WhatsApp and Telegram lines,
a "Published in ..., March 11th, 2027" line, comment policies and disclaimers, a notice box on fines
and one on consultation events, publisher self-descriptions, a press-code note, a Press Council note,
a partnership note, an acknowledgement of Country, a reporter bio, a licensee line, related and
most-read lists, a currency line, an investment disclaimer, company lines split at "Ltd." before
"Registered in Wales No. 04418210." and "Company Reg. No. 51187.", copyright lines split at "Corp.",
"Ltd.", "Inc." and before "All rights reserved.", and footer links. Every such line is "B".

The stories carry speakers in the house styles of their countries, with titles and roles dropped
from the speaker ("Divisional Food Controller Mr.", "Ch.", "Dr.", "Punong Barangay", "Atty.",
"Comrade", "Prof.", "SP", "Cllr.", "Cllr" with "(Ind)", "Cr", "Mr", "Ms", "State Rep." with
"R-Sagehollow", "Mayor"; "Jr." kept), headlines and standfirsts that carry a speaker ("..., health
office says", "Islanders who cross to Bergen every day say", "Tobago hoteliers say", "Parents say",
"Developer proposes ... and says"), documents and data as speakers ("A report to cabinet said", "the
report said" and "it said", "figures presented at Monday's monthly meeting show" and "the figures
show", "Figures from Statistics Norway show", "Council data shows", "The weekly Sensitive Price
Indicator put", "According to a circular signed by the Registrar, Mr. ...," kept as written, "The
circular said"), "according to" in many places ("figures from the county's public transport company,
Hordskyssa", "the Pakistan Bureau of Statistics", "figures published by the company", "council
figures", "the state health department", "census estimates", "the Bureau of Meteorology",
"Department of Housing figures", "the utility's annual report", "figures from the Dubai Land
Department"), statements carried by their author ("said in a statement", "the statement said", "The
statement added"), organisations kept as written when named by a generic noun ("the department",
"the utility", "the company", "The ministry", "the hospital") and resolved to their first-given name
for "it"/"It said" and for an acronym ("the CHO"), a descriptor before a proper name dropped ("the
state water utility, Jernihwira Water Sdn. Bhd., announced"), "did not respond to a request for
comment" and "did not respond to questions" "", quotes over two sentences with the cue after the
second, and questions inside quotes with their attribution after them.

`STYLES` describes each page, its story, its speakers and its furniture in order. The pages hold 518
sentences: 268 "B", 154 "W" and 96 ""; 204 sentences carry a speaker (91 distinct speakers).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, path, byline, date, share line, caption, credit, link,
list item, button row, note and legal line is a paragraph of its own, except where a site prints a
caption with its credit, a byline with its role, or a two-sentence note as one block); each paragraph
a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets:
furniture "B" line by line, whatever it says; a caption by its content and its credit "B"; headlines
and standfirsts never split and flagged by content; a dateline belongs to its lead sentence; a
pronoun, a later surname or a short form resolves to the full name as first given, without titles;
a quote over several sentences carries its speaker and cue in each; opinions, feelings, questions,
hedges, plans, promises and forecasts "" (with or without figures: a youth ticket, a resolution's
schedule, a charter, reduced crossings, a transit restart, a meeting, a launch, a could-forecast);
figures, dates, counts and statements of record "W". A notice box at the tail (fines under Level 4,
consultation events) is "B" like other service notices, and a note on where a list is posted, set
in the story's own paragraph, is "".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a run of two or three
consecutive sentences of one paragraph of these pages joined by single spaces: titles that do not
end a sentence ("Mr.", "Ch.", "Dr.", "Atty.", "Prof.", "Cllr.", "State Rep.", "Brgy.", "Sto. ...
St.", "Company Ltd.,", "N.S.,"), abbreviations that do ("a.m." before "Service ...", "Mont." before a
quote, "Corp.", "Ltd." before "Registered in Wales No. ..." and before "Company Reg. No. ...",
"Rs. 1,390." before "It gave ..."), decimals ("06.40", "9.30", "11.5", "21.6", "9.8pc", "TT$4.7",
"RM4.90", "Dh1.197"), question quotes with their attribution after them, quotes over two sentences
with the cue after the second, ellipses before lower case, and a caption with its credit.

Written from scratch for issue 13 in round forty-seven, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief (`/tmp/brief/common.md`; `/tmp/sets` was listed once at the start,
when it was empty, and once more by mistake at the very end, where only the names of other files
were seen and none was opened); the module docstrings of `labelled_new.py` and `labelled_new2.py`
(printed whole with `ast.get_docstring`); `def build` in `tests/text/labelled_articles.py` (printed
with `ast.get_source_segment`, that function only); the `[tool.ruff]` tables of `pyproject.toml` (a
`sed` range from `[tool.ruff` on); and, from `labelled_new115.py` and `labelled_new116.py`, the
output of a script of my own using `ast` that prints the module docstring, `STYLES`, the first two
pages of `ARTICLES` and the first eight `CASES` of each. It was printed once (the tool cut its middle,
so that the start of the docstring of `labelled_new115.py` and the end of the first page, the second
page and the cases of `labelled_new116.py` were seen), then saved to a scratch file, of which `grep
-n` showed the section markers and `sed` showed two ranges with lines cut at 1,500 and 2,500
characters: the rest of the docstring and the start of the `STYLES` of `labelled_new115.py`, and the
docstring and `STYLES` of `labelled_new116.py` (a middle stretch again cut by the tool); the pages and
cases of `labelled_new115.py` and the first page of `labelled_new116.py` were never seen. No other
page, case or docstring of any file under `tests/` was read. What was run: a Python one-liner
printing the calendars of March and April 2027; scripts of my own in a scratch folder that turn a
small line format (flag, speaker, cue and text separated by a tilde, one line a paragraph unless it
starts with "+") into the literals below, apply renames, cut the split cases out of the pages, list
the multi-sentence paragraphs and every labelled sentence for review, and count sentences, flags and
speakers; case-insensitive per-word file counts (`grep -rliF -- WORD /work/main/tests/text | wc -l`)
for every capitalised word of the pages and their speakers, each part of a hyphenated name on its own
(about 740 words, run twice), and for every candidate replacement; an import of this file (loaded
with `importlib` from its own path, beside `tests.text.labelled_articles`) with `build` on every page
and a check of four string fields, the flags, no "B" with a speaker, a cue for every speaker and a
speaker for every cue, 30 distinct case ids, every case text in a built page and equal to its
sentences joined by single spaces, each expected sentence one labelled sentence of one paragraph, in
order, and the counts above; and `ruff format` and `ruff check` (the project's `.venv`) with the
project's `pyproject.toml` as config, the check through `--stdin-filename
tests/text/labelled_new117.py` so that the per-file ignores for `tests/**` apply. Only counts were
read from the word searches, never the matched lines or file names.

Of the first draft's coined words, about fifty hit other files, many of them exactly one file:
outlet, station and town names (Bagwis, Tamboo, Udoka, Sahilnama, Plainsong, Wirrabundi, Suara
Tanjung, Tidewater, Coulee Bend, Harvell), surnames and given names (Aeronwy, Baptistine, Carrabawn,
Ezeagwuna, Somtochukwu, Kilbrackan, Marchbanks, Oyo, Lakhan, Sharlene, Tabuyoc, Quenneville,
Tallowmere, Shaukat, Rhodora, Rashmi, Francesca, Ghulam, Rasool, Faris, Adaobi, Ingvild, Meinir,
Nadeem, Eirik, Ramoncito, Celestine, Faizal, Sharnee), a vessel (Cascadura), a building and streets
(Malinaw, Pascual, Qasimpura, Rosario, Barrington), a university acronym (NSUST), a media group
(Cambrian), a utility (Perbadanan Air Tanjung) and a Chinese Malaysian politician and retiree (Ooi,
Chee, Kheng, Khoo, Siew, Lan); each was renamed, and the replacements that hit as well (Kester,
Kelvon, Kalinaw, Corbeaux, Mulcrevagh, Quarnby, Quarrendale, Zulqarnain, Tamarind, Obiageli,
Sagebrook, Heledd, Eiddwen, Ceinwen, Shahzaib, Vebjørn, Tallowbrake, Seawrack, Warta, Filomena,
Lourdes, Dwaynell, Utama) were dropped for others; only replacements with no hit were kept. What
still hits is real countries, regions, cities, towns, streets, rivers and institutions used as
settings (Norway, Bergen, Vestland, Multan, Punjab, Manila, Makati, Iloilo, Jaro, Capiz,
Visayas, Port of Spain, Scarborough, Roxborough, Crown Point, Frederick St., Enugu, Anambra, Ebonyi,
Ceredigion, Teifi, Halifax, Dartmouth, Cole Harbour, Cape Breton, Moncton, Nova
Scotia, New Brunswick, Montana, Helena, Great Falls, Wiradjuri, Millennium Drought, Mayo, Connacht,
Penang, George Town, Bayan Lepas, Jelutong, Seberang Perai, Sungai Muda, Dubai, Abu Dhabi, Ras Al
Khaimah, Halifax Stanfield International Airport, Statistics Norway, the Pakistan Bureau of
Statistics, the Department of Health, Environment and Climate Change Canada, the Bureau of
Meteorology, the Department of Housing, the Press Council of Ireland, the Dubai Land Department and
the Dubai Financial Market), common given names kept on purpose (Sigrun, Marte, Kari, Tariq, Mehmood, Akhtar, Maricel, Reynaldo, Jocelyn, Ainsley, Andre,
Chinedu, Chukwuemeka, Ngozi, Daniel, Gwenllian, Rhodri, Elin, Sioned, Kaylee, Darren, Heather, Maya,
Gordon, Paul, Delphine, Loretta, Tamsin, Wade, Marisol, Bronwyn, Phillip, Angus, Keith,
Siobhán, Dervla, Tomás, Gráinne, Noreen, Nurul, Syazwani, Mohd), common and outlet words
(Daily, Tribune, Herald, Advertiser, Leader, Courier, Star, Laks, Circle, Meadows, Greenway, Roundup,
Chowk, Kampung, Ysgol, Punong) and register, currency and calendar tokens (AS, Ltd, Inc, Corp, Pty,
Sdn Bhd, PJSC, FZ-LLC, NOK, Rs, ₱, TT$, N, RM, Dh, AED, ADT, MDT, MYT, Fajr, Zuhr, Asr, Maghrib, Isha,
Eid Al Fitr).

Every person, outlet, station, company, group, league, school, hospital, vessel, street, quay, dam,
creek, village and figure is invented. Real countries, regions, cities and institutions appear only
as settings, as listed above.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Norwegian regional paper\'s ENGLISH EDITION (Bergen, Vestland), commuter ferry fares up 14 per cent: masthead, a Norsk | English switcher, menu with wide spaces, a weather strip in m/s, section path with ›; headline "W" and a standfirst "Islanders ... say" carrying the group "W"; byline with role, a Published/Updated line with dates as 09.03.2027 and "kl. 14.12", a translation note, share strip; caption "" with its photo credit in the same paragraph; a vote with no speaker "W"; "which the county\'s transport administration says" "W"; the committee leader with "(Labour)" (grant cut "W", a two-sentence quote "", passes "W"); an Also read link; "according to figures from the county\'s public transport company, Hordskyssa" kept as written "W"; a commuter (the 06.40 departure "W", a question quote with "asked Hellesnupen," "", its continuation ""); an opposition councillor (a broken promise of record "W", a plan "", past rises "W"); a free-article meter in two sentences and a log-in row; the operator "said in an email" "W" and "it said" with a decimal "W"; "Figures from Statistics Norway show" "W"; a commuter group\'s plan "", its leader (signatures "W", an ellipsis quote ""); a tip prompt, More in English list, the publisher\'s self-description in two sentences, editor line, press-code note with "Found an error?", copyright, footer links',
    'Pakistani DAILY\'s city page (Multan, Punjab), the notified price of a 20kg flour bag raised by Rs330: masthead, an E-Paper/Urdu Edition/Archives strip, menu, a prayer-timings strip and a gold/dollar rate strip, breadcrumb with slashes; headline "W"; "Our Correspondent" byline, a Published/Updated line, share line; caption "" with "— QN photo" in the same paragraph; a "MULTAN:" lead with "the divisional food department said" "W" and a notification with no speaker "W"; the food controller with "Divisional Food Controller Mr." dropped ("told this correspondent" "W", a seven-month hold "W", an opinion ""); "the department said" of sealed shops kept as written "W"; the millers\' chairman with "Ch." dropped (idle mills "W", a plan "", "Mr. Bhuttagran warned." ""); ADVERTISEMENT and Also read; a labourer (wages "W", a question quote "", last year\'s price "W"); "According to the Pakistan Bureau of Statistics" and "The weekly Sensitive Price Indicator put" "W"; an opposition MPA (a resolution of record "W", a schedule "", an above-rate price "W"); "A spokesperson for the Punjab Food Department said in a statement" (stocks "W", "The statement said" a rate ending "Rs. 1,390." "W"), "It gave no date for a review." with no speaker ""; a "Published in ..." line, a WhatsApp line, comment count and comment policy in two sentences, More from Punjab list, footer links, copyright split before "All rights reserved."',
    'Philippine BROADSHEET\'s Regions page (Iloilo City), dengue cases up 62 per cent: masthead, a date-and-weather strip, a forex/PSEi strip, menu, section path with >; headline "..., health office says" carrying "the City Health Office" "W"; byline with role, date line with "12:05 am", reading time; caption with "Brgy." mid-sentence "" and a courtesy credit; an "ILOILO CITY —" lead with "the City Health Office (CHO) said" "W", "the CHO said" resolved to the full name "W"; the city health officer with "Dr." dropped ("told the Sinaglahi" with "Brgy. Bantiling Norte" mid-sentence "W", an opinion and an ellipsis quote "", spending "W"); a READ: link; a village chief with "Punong Barangay" dropped and "Jr." kept, "Sto. Tomasito St." mid-sentence "W", his quote over two sentences with the cue after the second (a request date "W", "wala pa (nothing yet)" ""); the engineer\'s office "did not respond to a request for comment" ""; the regional health centre (a count "W", "It advised" ""); a mother (platelets "W", a question quote ""); "The CHO said" ages "W"; a councilor with "Atty." dropped (a resolution "W", a schedule ""); the mayor "said in a radio interview" a conditional plan "", money "W" and a promise ""; a free-trial block in two sentences, tags, Related Stories, a two-sentence comments disclaimer, an address line with "Bldg." and "St.", copyright split at "Corp."',
    'Trinidad and Tobago DAILY\'s Tobago page, the fast ferry out of service for six weeks: masthead, a Today\'s Paper/Classifieds/Obituaries strip, a date line, a weather-and-sea-state strip, menu in capitals, section path; headline "W" and a standfirst "Tobago hoteliers say ..." carrying the group "W"; byline in capitals with role; caption "" with a credit in capitals; a lead in the house style "THE inter-island ..." with no speaker "W"; the ferry company\'s chairman with "Company Ltd.," mid-sentence (a gearbox finding "W", parts and cost "W", a two-sentence quote "", a charter plan ""); "he said" of reduced crossings (a plan, ""); the vessel\'s history, capacity and fare with no speaker "W"; ADVERTISEMENT; the hoteliers\' circle president (cancellations "W", a question quote and its continuation "", a letter of record "W"); "The ministry did not respond to questions" ""; a RELATED link; "according to figures published by the company" "W"; a mechanic in Port of Spain (a wait "W", a dialect quote with "9.30" "", a ticket "W"); a tourism division "said in a statement" "W"; a two-sentence comment note, MORE TOBAGO NEWS list, a tip line with a phone number, a publisher line with "Ltd.," and "St.,", copyright split at "Ltd." before "All Rights Reserved.", footer links',
    'Nigerian ONLINE NEWSPAPER\'s Education page (Enugu), a state university more than doubles fees: masthead, a Trending strip, menu, breadcrumb with »; headline "W"; byline with place, date, read time, comment count; caption "" and photo credit; a lead with no speaker "W"; "According to a circular signed by the Registrar, Mr. ...," kept as written "W" and "The circular said" "W"; the students\' union president with "Comrade" dropped ("told Nkwoala Herald" "W", a two-sentence quote with a question "", a letter of record and a student count "W"); Advertisement and Read Also; the university\'s spokesperson with "Dr." dropped "said in a statement" (a subvention cut "W", diesel costs "W", "the statement said" "" and "The statement added" "W"); the commissioner with "Prof." dropped (figures "W", a meeting plan "", a promise ""); the police spokesman with "SP" dropped "W", then a protest\'s length and lectures with no speaker "W"; a student with "300-level" (her father\'s pension "W", siblings "W", "“Should I drop out?” she said." ""); a WhatsApp line, a tip line, a comments disclaimer, Related Posts, footer links, copyright split before "All rights reserved."',
    'Welsh LOCAL WEEKLY (Teifi valley, Ceredigion), a council to consult on closing two village schools: a Cymraeg | English switcher, masthead, a "Serving ... since 1871" strapline, menu with Public notices and Family notices, section path; headline "W" and a standfirst "Parents say ..." with a quoted phrase, carrying "Parents" ""; byline and role, a date line with "7:00am", an email/share line; caption "" with an archive credit; a cabinet decision with no speaker "W" twice; "A report to cabinet said", "the report said" and "it said" carried by the report "W"; the cabinet member with "Cllr." dropped (costs "W", a two-sentence quote ""); Advertisement; the chair of governors (an inspection of record "W", a question quote "", a bus journey "W", a plan ""); a local councillor with "(Independent)" (a claim about public buildings "", "She urged" ""); a Read more link; "according to council figures" "W" and "the council said" "W"; a parent (an opinion "" and an ellipsis quote ""); a notice line on consultation events, a have-your-say prompt, a newsletter line, Most read list, a publisher line split at "Ltd." before "Registered in Wales No. 04418210.", copyright, footer links',
    'Canadian TV STATION\'s website (Halifax, N.S.), a nor\'easter leaves 61,000 without power: masthead, a Watch live line, menu, a weather-and-storm-watch strip, section label; headline "W"; reporter name and role as one paragraph, a Published/Last Updated pair with "p.m. ADT", share/report-an-error line; a video caption "" with "Ketchwell St." mid-sentence and its running time "B"; a photo caption with "N.S.," mid-sentence "" and its credit in parentheses; "the provincial utility said" "W"; "Environment and Climate Change Canada said" with "4 p.m. Monday" mid-sentence "W" and a meteorologist named after a record "W"; the utility\'s spokesperson (crews "W", "At the peak ..., she said." "W", a could-forecast "", a two-sentence quote ""); Advertisement; closures with no speaker ending "10:30 a.m." "W" before "Service will resume at 5 a.m. Tuesday, Halifax Transit said." (a plan, ""); the municipal spokesperson (equipment and tows "W"); a Related link; a pensioner in Cole Harbour, N.S. (an outage at "2:15 a.m." "W", an ellipsis quote "", a question "he asked a passing plow driver" ""); an emergency office plan "" and a note "" ; a record-storm count with no speaker "W"; a two-sentence tip prompt, a typo line, MORE FROM ATLANTIC list, a division line with "Inc.", copyright split at "Inc.", footer links',
    'United States PUBLIC RADIO STATION\'s website (Montana), the only hospital in a town to stop delivering babies: masthead, Listen Live/Donate, a Now playing line, menu, section label; headline "W"; byline, a Published line with "PM MDT", a Listen line with running time; a lead with "Sagehollow, Mont.," mid-sentence and no speaker "W"; the chief executive (births "W", out-of-county births "W", losses "W", a quote of feeling "", recruitment of record "W", clinic visits ""); a donation block in three sentences and a Give now button; a nurse (job offers and notices "W", a question quote with "Highway 200" "", its continuation ""); "according to the state health department" and "according to census estimates" "W"; a national figure with no speaker "W"; a state representative with "State Rep." and "R-Sagehollow" dropped (a hearing request and date "W", an opinion quote "", a plan ""); "The hospital said" a plan ""; an expectant mother ("Great Falls, Mont." ending a sentence before "“Who can afford that?” she asked." "", her first birth "W"); a reporter bio in two sentences, a partnership note, copyright line, tags, a licensee line and footer links',
    'Australian REGIONAL PAPER\'s site (New South Wales), Level 4 water restrictions as a dam falls to 21.4 per cent: a Subscribe/Log in strip, masthead in capitals, a temperature/fire-danger/total-fire-ban strip, menu with Today\'s Paper, section label; headline "W" and a standfirst ""; byline, a date line "March 18 2027 - 5:30pm", share/save; caption "" and "Picture by"; a lead with no speaker "W"; the mayor with "Cr" dropped (a unanimous vote "W", "Cr Haffkinson said." and a continuation "", use against target "W"); Advertisement; the director of infrastructure (inflows "W", "Mr Dunmoreton said" a could-forecast "", a grant application "W"); a subscription offer in two sentences and "Already a subscriber? Log in"; a cafe owner on "Mitchellane St" without a full stop (bills "W", a dishwasher "W", an ellipsis quote ""); "Council data shows" "W"; a Read more link; "according to the Bureau of Meteorology" "W" and a last-this-low date with no speaker "W"; a farmer (an opinion "" and a question with nested quotes ""); a notice box on fines in two sentences, an app prompt, a reporter bio, Latest News list, an acknowledgement of Country, a copyright line with "Pty Ltd." and a footer line',
    'Irish COUNTY PAPER (Co. Mayo), the county council 140 homes short of its social housing target: masthead, a "Mayo\'s independent voice since 1902" strapline, menu with Community Notes, Death Notices and Lotto, an office-closing NOTICE for St Patrick\'s Day, section path; headline "W"; byline, date line, share line; caption "" with its credit; "figures presented at Monday\'s monthly meeting show" and "the figures show" "W"; the director of services "told councillors" (delays "W", a target ""); a councillor with "Cllr" and "(Ind)" dropped (his earlier question of record "W", families on the list "W", a rhetorical question and an ellipsis quote ""); ADVERTISEMENT; "In reply, Ms Ní Ghrianáin said" with "Ms" dropped (an examinership "W", regret ""); a second councillor (vacant houses "W", a question quote "") and the director again (refurbishment "W"); a READ MORE link; "according to Department of Housing figures" "W"; a mother "told the Leader" "W" and an ellipsis quote ""; "A spokesperson for the Department of Housing said" a plan "" and "The spokesperson said" an allocation "W"; a two-sentence tip prompt with a phone number, a Press Council membership note in two sentences, MOST READ list, copyright split at "Ltd." before "Company Reg. No. 51187.", footer links',
    'Malaysian NEWS PORTAL\'s Penang page, the domestic water tariff up 18 sen per cubic metre: masthead, a BM | EN | 中文 switcher, menu, a Trending strip of hashtags, section label; headline "W"; byline, a date line with "PM MYT", Updated line, a listen line; caption "" with "— Pulaukini pic"; a "GEORGE TOWN, March 10 —" lead in which "the state water utility, Jernihwira Water Sdn. Bhd., announced" drops the descriptor "W"; "It said" a household bill with decimals "W" and "the utility said" kept as written "W"; the state exco chairman (a tariff history and chemical costs "W", "he told reporters" an opinion "", a promise "", pipe spending "W"); a Read also link; "according to the utility\'s annual report" "W"; a consumers\' league "said in a statement" "W"; an opposition assemblyman (non-revenue water "W", an imperative quote "", a plan ""); Advertisement; a retiree (her bill "W", her use "W", an ellipsis quote with "lah" ""); accounts with no speaker "W"; Telegram and WhatsApp lines, Related Articles, a tip line, a company line with a registration number, copyright split before "All rights reserved.", footer links',
    'Gulf BUSINESS DAILY (Dubai), a developer\'s 2026 profit up 18.6 per cent: masthead, a market ticker with decimals, menu with Premium, a date line, an Eid holiday notice line, section path; headline "W" and a standfirst "Developer proposes ... and says ..." carrying the developer as the lead names it, a forecast ""; byline and role, Published and Updated lines, a Google News line; a "Dubai:" lead with "Qurmwell Properties PJSC said" and decimals "W"; "the company said in a filing" and "the company said" of a dividend kept as written "W" and "It said" resolved to the company "W"; the chief executive (sales "W", two quotes "said on a call with analysts" with an ellipsis "", a launch plan "", cash and gearing "W"); ADVERTISEMENT and a premium wall in two sentences with a button row; "according to figures from the Dubai Land Department" "W" and an off-plan share "W"; "Analysts at Tiberine Capital wrote in a note to clients" a could-hedge "" and "They said" a backlog "W"; a share price and an index with no speaker "W"; an Also read link, a currency line, a newsletter line with "7am", Most Read list, an investment disclaimer, a publisher line with "FZ-LLC", copyright split before "All rights reserved.", footer links',
]

ARTICLES = [
    [
        [
            ("HORDVIKA TIDENDE", "", "", "B"),
        ],
        [
            ("Norsk | English", "", "", "B"),
        ],
        [
            ("Front page   News   Politics   Business   Culture   Sport   Weather", "", "", "B"),
        ],
        [
            ("Bergen now: 6°C, showers, wind 9 m/s from the south-west", "", "", "B"),
        ],
        [
            ("Home › English › Vestland", "", "", "B"),
        ],
        [
            (
                "Commuter ferry fares on three Vestland routes to rise 14 per cent from 1 May",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Islanders who cross to Bergen every day say the rise will cost them up to NOK 3,400 a year.",
                "Islanders who cross to Bergen every day",
                "say",
                "W",
            ),
        ],
        [
            ("By Solvår Rossevandt, journalist", "", "", "B"),
        ],
        [
            ("Published 09.03.2027 kl. 14.12 | Updated 09.03.2027 kl. 16.40", "", "", "B"),
        ],
        [
            (
                "This is an English version of a story first published in Norwegian by our news desk.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share   Facebook   Email   Copy link", "", "", "B"),
        ],
        [
            ("The ferry MF Lygrevik leaves Krokeidet quay on a February morning.", "", "", ""),
            ("Photo: Gjermund Vossgjerdet", "", "", "B"),
        ],
        [
            (
                "Single adult tickets on the county's three commuter ferry routes into Bergen will rise from NOK 62 to NOK 71 on 1 May, after a vote in Vestland County Council's transport committee on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The committee voted 9–4 for the increase, which the county's transport administration says will bring in about NOK 38 million a year.",
                "the county's transport administration",
                "says",
                "W",
            ),
        ],
        [
            (
                "Committee leader Sigrun Aamoldtveit (Labour) said the county had no choice after the state cut its ferry grant to Vestland by NOK 112 million for 2027.",
                "Sigrun Aamoldtveit",
                "said",
                "W",
            ),
            (
                "“Nobody on the committee enjoyed this vote,” she said.",
                "Sigrun Aamoldtveit",
                "said",
                "",
            ),
            (
                "“But the alternative was to cut departures, and that is worse for everyone.”",
                "Sigrun Aamoldtveit",
                "said",
                "",
            ),
        ],
        [
            (
                "She said monthly passes would rise by 9 per cent, from NOK 1,540 to NOK 1,679.",
                "Sigrun Aamoldtveit",
                "said",
                "W",
            ),
        ],
        [
            (
                "Also read: Toll ring charges in Bergen go up on 1 April – here is what you will pay",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "About 5,200 people take one of the three routes to work on a normal weekday, according to figures from the county's public transport company, Hordskyssa.",
                "figures from the county's public transport company, Hordskyssa",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Torbjørn Hellesnupen, who takes the 06.40 departure from Krokeidet every weekday, said he would pay about NOK 2,100 more a year.",
                "Torbjørn Hellesnupen",
                "said",
                "W",
            ),
            (
                "“Is the ferry a luxury now?” asked Hellesnupen, a nurse at a hospital in the city.",
                "Torbjørn Hellesnupen",
                "asked",
                "",
            ),
            ("“For us on the islands it is the road.”", "Torbjørn Hellesnupen", "asked", ""),
        ],
        [
            (
                "Eivind Skaarbrekkja of the Centre Party, who voted against, said the increase broke a promise in the county's 2024 budget to freeze ferry fares until 2028.",
                "Eivind Skaarbrekkja",
                "said",
                "W",
            ),
            (
                "He said his party would propose a cheaper youth ticket at the budget meeting in June.",
                "Eivind Skaarbrekkja",
                "said",
                "",
            ),
            (
                "He said the county had already raised fares by 6 per cent in 2025 and 4 per cent in 2026.",
                "Eivind Skaarbrekkja",
                "said",
                "W",
            ),
        ],
        [
            ("You have read 2 of 4 free English articles this month.", "", "", "B"),
            ("Log in with your Hordvika ID to keep reading – it costs nothing.", "", "", "B"),
        ],
        [
            ("Log in   Create an ID", "", "", "B"),
        ],
        [
            (
                "The operator, Skjervøyen Fergedrift AS, said in an email that it had no say in fares, which are set by the county.",
                "Skjervøyen Fergedrift AS",
                "said in an email",
                "W",
            ),
            (
                "Fuel and crew wages on the three routes rose by 11.5 per cent between 2024 and 2026, it said.",
                "Skjervøyen Fergedrift AS",
                "said",
                "W",
            ),
        ],
        [
            (
                "Figures from Statistics Norway show that ferry fares nationally rose by 23 per cent between 2019 and 2026, against 31 per cent for consumer prices as a whole.",
                "Figures from Statistics Norway",
                "show",
                "W",
            ),
        ],
        [
            (
                "Ferjefolket, a commuter group on the islands, said it would hand a petition to the county council before the June meeting.",
                "Ferjefolket",
                "said",
                "",
            ),
            (
                "Its leader, Marte Kvalsundbø, said the group had collected 1,860 signatures in two days.",
                "Marte Kvalsundbø",
                "said",
                "W",
            ),
            (
                "“People are angry... and they have every right to be,” she said.",
                "Marte Kvalsundbø",
                "said",
                "",
            ),
        ],
        [
            (
                "Do you take one of these ferries? Tell us how the new fares affect you – use the tip button at the top of the page.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More in English", "", "", "B"),
        ],
        [
            ("Bergen approves car-free school streets in Sandvikstrand", "", "", "B"),
        ],
        [
            ("Salmon exporter Nordhavet Laks posts record quarter", "", "", "B"),
        ],
        [
            (
                "Hordvika Tidende is an independent regional newspaper for Vestland, published in Bergen since 1889.",
                "",
                "",
                "B",
            ),
            (
                "The English edition is edited by the news desk and published on weekdays.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Editor-in-chief and CEO: Helge Fossmyrvik | News editor: Kari Brattvollhaug",
                "",
                "",
                "B",
            ),
        ],
        [
            ("We work according to the Code of Ethics of the Norwegian Press.", "", "", "B"),
            ("Found an error? Contact the duty editor.", "", "", "B"),
        ],
        [
            ("© Hordvika Tidende AS 2027", "", "", "B"),
        ],
        [
            ("Privacy | Cookies | Contact the newsroom | Subscribe", "", "", "B"),
        ],
    ],
    [
        [
            ("THE DAILY QANDEELNAMA", "", "", "B"),
        ],
        [
            ("E-Paper | Urdu Edition | Archives", "", "", "B"),
        ],
        [
            ("Pakistan   World   Business   Sports   Opinion   Multan   Magazine", "", "", "B"),
        ],
        [
            (
                "Prayer timings, Multan: Fajr 5:02 | Zuhr 12:19 | Asr 3:48 | Maghrib 6:17 | Isha 7:36",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Gold (24K): Rs298,400 per tola ▲ | Dollar (open market): Rs281.40", "", "", "B"),
        ],
        [
            ("Home / Pakistan / Punjab", "", "", "B"),
        ],
        [
            ("Flour bag price raised by Rs330 in Multan division", "", "", "W"),
        ],
        [
            ("Our Correspondent", "", "", "B"),
        ],
        [
            ("Published March 11, 2027 | Updated 2 hours ago", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | X", "", "", "B"),
        ],
        [
            ("Labourers load flour bags at a mill on Nawabkotla Road.", "", "", ""),
            ("— QN photo", "", "", "B"),
        ],
        [
            (
                "MULTAN: The price of a 20-kilogramme bag of wheat flour in the six districts of Multan division was raised from Rs2,450 to Rs2,780 on Wednesday, the divisional food department said.",
                "the divisional food department",
                "said",
                "W",
            ),
            (
                "The new rate takes effect from Thursday and applies to all flour sold at fair-price points, under a notification signed by the divisional commissioner.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Inspection teams sealed 14 shops in Multan and Khanewal on Wednesday for selling flour above the notified rate, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Divisional Food Controller Mr. Jahanzeb Akhtar Jhumranwi told this correspondent that the government's release price of wheat to mills had been raised by Rs400 per 40kg, which left no room to keep the old rate.",
                "Jahanzeb Akhtar Jhumranwi",
                "told this correspondent",
                "W",
            ),
            (
                "“We held the price for seven months,” he said.",
                "Jahanzeb Akhtar Jhumranwi",
                "said",
                "W",
            ),
            ("“Nobody wants to raise the price of roti.”", "Jahanzeb Akhtar Jhumranwi", "said", ""),
        ],
        [
            (
                "Ch. Tariq Mehmood Bhuttagran, chairman of the Southern Flour Millers' Group, said 61 of the 94 mills in the division had been running at half capacity since January.",
                "Tariq Mehmood Bhuttagran",
                "said",
                "W",
            ),
            (
                "He said mills would not accept any further cut in their quota of government wheat.",
                "Tariq Mehmood Bhuttagran",
                "said",
                "",
            ),
            (
                "“If the quota is cut again, flour will disappear from shops, not just become dear,” Mr. Bhuttagran warned.",
                "Tariq Mehmood Bhuttagran",
                "warned",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Also read: Punjab cabinet approves Rs18bn subsidy for tube-well solarisation",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "At a fair-price point near Chowk Dhobiwala, daily-wage labourer Mureed Ahmad Khokharwand said he earned Rs1,300 a day and his family of seven finished a bag every four days.",
                "Mureed Ahmad Khokharwand",
                "said",
                "W",
            ),
            (
                "“What do I cut now – milk or school fees?” he asked.",
                "Mureed Ahmad Khokharwand",
                "asked",
                "",
            ),
            (
                "He said the same bag cost Rs1,900 a year ago.",
                "Mureed Ahmad Khokharwand",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the Pakistan Bureau of Statistics, wheat flour prices in Multan rose 21.6 per cent year-on-year in the week ending March 4.",
                "the Pakistan Bureau of Statistics",
                "According to",
                "W",
            ),
            (
                "The weekly Sensitive Price Indicator put inflation for the lowest income group at 9.8pc.",
                "The weekly Sensitive Price Indicator",
                "put",
                "W",
            ),
        ],
        [
            (
                "An opposition member of the Punjab Assembly from Multan, Rana Tufail Dogarwand, said he had submitted a resolution seeking a reversal of the increase.",
                "Rana Tufail Dogarwand",
                "said",
                "W",
            ),
            ("He said it would be taken up on Monday.", "Rana Tufail Dogarwand", "said", ""),
            (
                "He said flour was selling at Rs2,950 a bag in parts of Multan city on Wednesday, above even the new rate.",
                "Rana Tufail Dogarwand",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Punjab Food Department said in a statement that wheat stocks in government warehouses stood at 1.12 million tonnes, enough until the new crop arrives in April.",
                "A spokesperson for the Punjab Food Department",
                "said in a statement",
                "W",
            ),
            (
                "The statement said 312 fair-price points would sell the 10kg bag at Rs. 1,390.",
                "A spokesperson for the Punjab Food Department",
                "the statement said",
                "W",
            ),
            ("It gave no date for a review.", "", "", ""),
        ],
        [
            ("Published in The Daily Qandeelnama, March 11th, 2027", "", "", "B"),
        ],
        [
            (
                "Follow The Daily Qandeelnama on WhatsApp for Multan news as it happens.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (3)", "", "", "B"),
        ],
        [
            (
                "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
                "",
                "",
                "B",
            ),
            ("For more information, please see our Comments FAQ.", "", "", "B"),
        ],
        [
            ("More from Punjab", "", "", "B"),
        ],
        [
            ("Canal closure: irrigation department extends dry spell by 10 days", "", "", "B"),
        ],
        [
            ("Multan metro feeder routes to get 40 new buses", "", "", "B"),
        ],
        [
            ("About us | Advertise | Contact | Terms of use | Complaints", "", "", "B"),
        ],
        [
            ("Copyright © 2027 The Daily Qandeelnama.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("SINAGLAHI DAILY TRIBUNE", "", "", "B"),
        ],
        [
            ("Wednesday, March 10, 2027 | Manila 31°C, partly cloudy", "", "", "B"),
        ],
        [
            ("Forex: US$1 = ₱57.84 | PSEi 6,912.40 ▼ 0.63%", "", "", "B"),
        ],
        [
            (
                "News   Nation   Regions   Business   Opinion   Sports   Lifestyle   Sinaglahi Plus",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Regions > Visayas", "", "", "B"),
        ],
        [
            (
                "Iloilo City dengue cases up 62%, health office says",
                "the City Health Office",
                "says",
                "W",
            ),
        ],
        [
            ("By Rhodelia Palmagtanong, Correspondent", "", "", "B"),
        ],
        [
            ("March 10, 2027 | 12:05 am", "", "", "B"),
        ],
        [
            ("Reading Time: 3 mins read", "", "", "B"),
        ],
        [
            (
                "Workers of the city's vector control unit fog a street in Brgy. Bantiling Norte on Monday.",
                "",
                "",
                "",
            ),
            ("Photo courtesy of the Iloilo City Health Office", "", "", "B"),
        ],
        [
            (
                "ILOILO CITY — Dengue cases in the city reached 1,284 from January 1 to March 6, up 62 percent from 793 in the same period last year, the City Health Office (CHO) said on Tuesday.",
                "the City Health Office",
                "said",
                "W",
            ),
            (
                "Four patients have died, all of them children below 12, the CHO said.",
                "the City Health Office",
                "said",
                "W",
            ),
        ],
        [
            (
                "City health officer Dr. Maricel Dumagsawan told the Sinaglahi that 41 of the city's 180 barangays were on the clustering list, led by Brgy. Bantiling Norte with 96 cases.",
                "Maricel Dumagsawan",
                "told the Sinaglahi",
                "W",
            ),
            (
                "“We are not yet in an outbreak, but we are very close,” she said.",
                "Maricel Dumagsawan",
                "said",
                "",
            ),
            (
                "“Clean your surroundings... do not wait for the fogging truck.”",
                "Maricel Dumagsawan",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the CHO had spent ₱1.6 million on insecticide and larvicide since January.",
                "Maricel Dumagsawan",
                "said",
                "W",
            ),
        ],
        [
            (
                "READ: Health department in Western Visayas warns of early dengue season",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Punong Barangay Reynaldo Tabuyangco Jr. of Bantiling Norte said clogged canals along Sto. Tomasito St. had left stagnant water in the village for three weeks after heavy rains in February.",
                "Reynaldo Tabuyangco Jr.",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We asked the city engineer's office for a declogging crew on February 19.",
                "Reynaldo Tabuyangco Jr.",
                "said",
                "W",
            ),
            (
                "Until now, wala pa (nothing yet),” Tabuyangco said.",
                "Reynaldo Tabuyangco Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "The City Engineer's Office did not respond to a request for comment as of press time.",
                "The City Engineer's Office",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "The Department of Health's Western Visayas Center for Health Development said the region had recorded 6,412 cases as of March 6, with Iloilo province accounting for 2,390.",
                "The Department of Health's Western Visayas Center for Health Development",
                "said",
                "W",
            ),
            (
                "It advised residents to see a doctor if a fever lasts more than two days.",
                "The Department of Health's Western Visayas Center for Health Development",
                "advised",
                "",
            ),
        ],
        [
            (
                "At a district hospital in Jaro, Jocelyn Parreñosa said her eight-year-old son had been in the ward for six days with a platelet count that fell to 42,000.",
                "Jocelyn Parreñosa",
                "said",
                "W",
            ),
            (
                "“Is this what the city calls not an outbreak?” she asked.",
                "Jocelyn Parreñosa",
                "asked",
                "",
            ),
        ],
        [
            (
                "The CHO said 71 percent of patients this year were aged 5 to 14.",
                "the City Health Office",
                "said",
                "W",
            ),
        ],
        [
            (
                "City councilor Atty. Maripaz Ledesmanon, chair of the council's health committee, said she had filed a resolution seeking a ₱5 million quick response fund for vector control.",
                "Maripaz Ledesmanon",
                "said",
                "W",
            ),
            (
                "She said the council would take it up at its regular session next Tuesday.",
                "Maripaz Ledesmanon",
                "said",
                "",
            ),
        ],
        [
            (
                "Mayor Ramonito Gelvezar said in a radio interview that he would ask the council to declare a state of calamity if cases passed 1,500.",
                "Ramonito Gelvezar",
                "said in a radio interview",
                "",
            ),
            (
                "He said the city had released ₱2.3 million for 40 additional fogging machines.",
                "Ramonito Gelvezar",
                "said",
                "W",
            ),
            (
                "“We will not wait for another child to die,” he said.",
                "Ramonito Gelvezar",
                "said",
                "",
            ),
        ],
        [
            (
                "Start your 7-day free trial of Sinaglahi Plus for the e-paper and ad-free reading.",
                "",
                "",
                "B",
            ),
            ("Cancel anytime.", "", "", "B"),
        ],
        [
            ("Tags: dengue, Iloilo City, Western Visayas, City Health Office", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Capiz rice farmers get ₱2,000 fuel aid", "", "", "B"),
        ],
        [
            ("Boracay ferry fares up by ₱25 starting April 1", "", "", "B"),
        ],
        [
            (
                "Disclaimer: Comments do not represent the views of Sinaglahi Daily Tribune.",
                "",
                "",
                "B",
            ),
            ("We reserve the right to remove comments that are abusive or off-topic.", "", "", "B"),
        ],
        [
            (
                "Sinaglahi Daily Tribune, 3/F Tagumpayan Bldg., 1145 Don Ciriaco St., Makati City",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Sinaglahi Media Corp.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE COCRICO DAILY", "", "", "B"),
        ],
        [
            ("Today's Paper   Classifieds   Obituaries   Letters   Sign in", "", "", "B"),
        ],
        [
            ("Thursday, March 11, 2027", "", "", "B"),
        ],
        [
            (
                "Port of Spain 31°C | Scarborough 30°C | Sea state: moderate, waves up to 2.0m in open waters",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS   BUSINESS   SPORT   TOBAGO   ENTERTAINMENT   COMMENTARY", "", "", "B"),
        ],
        [
            ("News › Tobago", "", "", "B"),
        ],
        [
            ("Fast ferry out of service for six weeks", "", "", "W"),
        ],
        [
            (
                "Tobago hoteliers say Easter bookings already down by a fifth",
                "Tobago hoteliers",
                "say",
                "W",
            ),
        ],
        [
            ("CARIELLE MONDESIRÉ", "", "", "B"),
            ("Tobago Correspondent", "", "", "B"),
        ],
        [
            ("The fast ferry MV Pawi Star at the Scarborough port last year.", "", "", ""),
            ("PHOTO: ANDRE FELIXVALE", "", "", "B"),
        ],
        [
            (
                "THE inter-island fast ferry MV Pawi Star will be out of service for at least six weeks after a gearbox failure on Monday evening, leaving one vessel to carry passengers between Port of Spain and Scarborough over the Easter season.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ainsley Marcanoville, chairman of the Inter-Island Sea Transport Company Ltd., said on Wednesday that engineers found cracks in the vessel's port-side gearbox during an inspection at the Port of Spain dry dock.",
                "Ainsley Marcanoville",
                "said",
                "W",
            ),
            (
                "He said replacement parts had been ordered from a manufacturer in Norway at a cost of about TT$4.7 million and were due to arrive by April 16.",
                "Ainsley Marcanoville",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are as disappointed as the travelling public,” Marcanoville said.",
                "Ainsley Marcanoville",
                "said",
                "",
            ),
            (
                "“Nobody wanted this to happen in the busiest month of the year.”",
                "Ainsley Marcanoville",
                "said",
                "",
            ),
            (
                "He said the company was in talks to charter a cargo vessel to carry goods to Tobago.",
                "Ainsley Marcanoville",
                "said",
                "",
            ),
        ],
        [
            (
                "The company's second vessel, the MV Guapo Runner, will make four crossings a day instead of six, he said.",
                "Ainsley Marcanoville",
                "said",
                "",
            ),
        ],
        [
            (
                "The MV Pawi Star, built in 2009, was last taken out of service for 11 days in August 2025.",
                "",
                "",
                "W",
            ),
            ("Each crossing carries up to 620 passengers and 90 vehicles.", "", "", "W"),
            ("A one-way adult ticket costs TT$50.", "", "", "W"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Maudlyn Quashiewood, president of the Tobago Hoteliers' Circle, said members had reported cancellations of 22 per cent of rooms booked for the Easter weekend since the announcement.",
                "Maudlyn Quashiewood",
                "said",
                "W",
            ),
            (
                "“How many times must Tobago go through this?” she asked.",
                "Maudlyn Quashiewood",
                "asked",
                "",
            ),
            (
                "“Every time a boat breaks, our whole economy holds its breath.”",
                "Maudlyn Quashiewood",
                "asked",
                "",
            ),
        ],
        [
            (
                "She said the circle had written to the Ministry of Works and Transport in January asking for a third vessel to be chartered before the season.",
                "Maudlyn Quashiewood",
                "said",
                "W",
            ),
        ],
        [
            (
                "The ministry did not respond to questions sent on Wednesday.",
                "The ministry",
                "did not respond to questions",
                "",
            ),
        ],
        [
            ("RELATED: Airbridge adds 14 extra flights for Easter weekend", "", "", "B"),
        ],
        [
            (
                "The ferry service carried 1.08 million passengers in 2026, up from 942,000 in 2024, according to figures published by the company.",
                "figures published by the company",
                "according to",
                "W",
            ),
        ],
        [
            (
                "At the Port of Spain terminal on Wednesday, Shemroy Mowlabeau, a mechanic from Roxborough, said he had waited more than five hours for a seat on the 3 p.m. sailing.",
                "Shemroy Mowlabeau",
                "said",
                "W",
            ),
            (
                "“I reach at 9.30 this morning and I still standing here,” he said.",
                "Shemroy Mowlabeau",
                "said",
                "",
            ),
            (
                "He said he had bought his ticket online a week ago.",
                "Shemroy Mowlabeau",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Tobago House of Assembly's Division of Tourism said in a statement that it had asked the airline to add seats and that 14 extra flights had been confirmed for the Easter period.",
                "The Tobago House of Assembly's Division of Tourism",
                "said in a statement",
                "W",
            ),
        ],
        [
            ("Kindly note that comments on our website are moderated.", "", "", "B"),
            ("Abusive or defamatory comments will not be published.", "", "", "B"),
        ],
        [
            ("MORE TOBAGO NEWS", "", "", "B"),
        ],
        [
            ("Crown Point water supply restored after main repair", "", "", "B"),
        ],
        [
            ("Tobago Heritage Festival dates announced", "", "", "B"),
        ],
        [
            (
                "Got a news tip? Call our newsroom at 625-0000 or message us on WhatsApp.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Cocrico Daily is published by Cocrico Media Company Ltd., 18 Frederick St., Port of Spain.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2027 Cocrico Media Company Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            ("Terms and Conditions | Privacy Policy | Advertise With Us", "", "", "B"),
        ],
    ],
    [
        [
            ("NKWOALA HERALD", "", "", "B"),
        ],
        [
            ("Trending: Fuel scarcity | Naira | Super Eagles | ASUU", "", "", "B"),
        ],
        [
            (
                "Home   News   Politics   Business   Education   Sports   Opinion   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home » Education", "", "", "B"),
        ],
        [
            (
                "Students protest as Enugu university raises fees from N85,000 to N210,000",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Chinedu Okwuosaba, Enugu", "", "", "B"),
        ],
        [
            ("March 16, 2027", "", "", "B"),
        ],
        [
            ("4 min read", "", "", "B"),
        ],
        [
            ("12 comments", "", "", "B"),
        ],
        [
            ("Students of the university at the main gate on Monday.", "", "", ""),
            ("Photo: Nkwoala Herald", "", "", "B"),
        ],
        [
            (
                "Hundreds of students of the Ngwuenu State University of Science and Technology (NWSUT) on Monday blocked the main gate of the institution in Enugu over a new fee schedule that more than doubles what returning undergraduates pay.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to a circular signed by the Registrar, Mr. Okechukwu Anyaebunam, on March 9, fees for returning students will rise from N85,000 to N210,000 a session, while fresh students will pay N245,000.",
                "a circular signed by the Registrar, Mr. Okechukwu Anyaebunam",
                "According to",
                "W",
            ),
        ],
        [
            (
                "The circular said the new fees would take effect from the 2026/2027 second semester.",
                "the circular",
                "said",
                "W",
            ),
        ],
        [
            (
                "The President of the Students' Union Government (SUG), Comrade Kosisochukwu Ezeorjiaku, told Nkwoala Herald that the union was not consulted before the increase was approved by the university's governing council.",
                "Kosisochukwu Ezeorjiaku",
                "told Nkwoala Herald",
                "W",
            ),
            (
                "“Many of us are paying our own fees by doing POS business and hair-making,” he said.",
                "Kosisochukwu Ezeorjiaku",
                "said",
                "",
            ),
            (
                "“Where will a student get N210,000 in three weeks?”",
                "Kosisochukwu Ezeorjiaku",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the union had written to the Vice-Chancellor on March 11 demanding a reversal, but had not received a reply.",
                "Kosisochukwu Ezeorjiaku",
                "said",
                "W",
            ),
            (
                "He said about 14,000 of the university's 19,500 students were returning undergraduates.",
                "Kosisochukwu Ezeorjiaku",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read Also: Anambra approves N4.2bn for school renovation", "", "", "B"),
        ],
        [
            (
                "The university's spokesperson, Dr. Chukwuemeka Udeogaranya, said in a statement that the governing council approved the new fees after the state government cut the institution's subvention by 40 per cent in the 2027 budget.",
                "Chukwuemeka Udeogaranya",
                "said in a statement",
                "W",
            ),
            (
                "He said the university spends N1.9bn a year on electricity and diesel alone.",
                "Chukwuemeka Udeogaranya",
                "said",
                "W",
            ),
            (
                "“The management is not insensitive to the plight of students and parents,” the statement said.",
                "Chukwuemeka Udeogaranya",
                "the statement said",
                "",
            ),
        ],
        [
            (
                "The statement added that 1,200 indigent students would get a 50 per cent waiver.",
                "Chukwuemeka Udeogaranya",
                "added",
                "W",
            ),
        ],
        [
            (
                "The Enugu State Commissioner for Higher Education, Prof. Ngozi Afamefunam, said the subvention for the university in 2027 was N3.6bn, down from N6bn in 2026.",
                "Ngozi Afamefunam",
                "said",
                "W",
            ),
            (
                "She said the government would meet the university's management and the students' leaders this week.",
                "Ngozi Afamefunam",
                "said",
                "",
            ),
            (
                "“No student will be sent away for fees this semester,” she said.",
                "Ngozi Afamefunam",
                "said",
                "",
            ),
        ],
        [
            (
                "The state police command's spokesman, SP Daniel Ogbuefinna, said officers were deployed to the campus on Monday but no arrests were made.",
                "Daniel Ogbuefinna",
                "said",
                "W",
            ),
            (
                "The protest lasted about five hours, and traffic on the Agbani road was diverted.",
                "",
                "",
                "W",
            ),
            ("Lectures did not hold in most faculties.", "", "", "W"),
        ],
        [
            (
                "A 300-level accounting student, Chiazokam Chiemerenwa, said her father, a retired teacher, earned a pension of N48,000 a month.",
                "Chiazokam Chiemerenwa",
                "said",
                "W",
            ),
            (
                "She said she has three younger siblings in secondary school.",
                "Chiazokam Chiemerenwa",
                "said",
                "W",
            ),
            ("“Should I drop out?” she said.", "Chiazokam Chiemerenwa", "said", ""),
        ],
        [
            ("Join our WhatsApp channel for breaking news from the South-East.", "", "", "B"),
        ],
        [
            ("Got a story or news tip? Send it to our newsroom on 0803 000 0000.", "", "", "B"),
        ],
        [
            (
                "Disclaimer: Comments expressed here do not reflect the opinions of Nkwoala Herald or any employee thereof.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related Posts", "", "", "B"),
        ],
        [
            ("UNN senate approves new grading policy", "", "", "B"),
        ],
        [
            ("Ebonyi teachers begin strike over N70,000 minimum wage", "", "", "B"),
        ],
        [
            ("About Us | Advertise | Privacy Policy | Contact", "", "", "B"),
        ],
        [
            ("© 2027 Nkwoala Herald.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Cymraeg | English", "", "", "B"),
        ],
        [
            ("THE ABERLLWYD ADVERTISER", "", "", "B"),
        ],
        [
            ("Serving the Teifi valley since 1871", "", "", "B"),
        ],
        [
            (
                "News   Sport   What's On   Property   Jobs   Public notices   Family notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Education", "", "", "B"),
        ],
        [
            ("Council to consult on closing two village primary schools", "", "", "W"),
        ],
        [
            (
                "Parents say the plan would “rip the heart out” of Llanwernfach and Pontyrheol.",
                "Parents",
                "say",
                "",
            ),
        ],
        [
            ("By Gwenllian Prysorwen", "", "", "B"),
        ],
        [
            ("Reporter", "", "", "B"),
        ],
        [
            ("Friday 12 March 2027, 7:00am", "", "", "B"),
        ],
        [
            ("Email this story   Share on Facebook", "", "", "B"),
        ],
        [
            ("Pupils at Ysgol Llanwernfach, which has 19 children on its roll.", "", "", ""),
            ("Picture: Advertiser archive", "", "", "B"),
        ],
        [
            (
                "Ceredigion County Council will consult parents on closing Ysgol Llanwernfach and Ysgol Pontyrheol and moving their pupils to a new area school in Aberllwyd from September 2029.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council's cabinet agreed on Tuesday to start an eight-week consultation from April 19.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A report to cabinet said Ysgol Llanwernfach had 19 pupils and Ysgol Pontyrheol 27, against a combined capacity of 118.",
                "A report to cabinet",
                "said",
                "W",
            ),
            (
                "Cost per pupil at the two schools was £9,870 and £8,420, against a county average of £5,610, the report said.",
                "the report",
                "said",
                "W",
            ),
            (
                "Repairs to the two buildings would cost £1.3 million over the next ten years, it said.",
                "A report to cabinet",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cabinet member for education Cllr. Nestawen Hafgarth said the council spent £412,000 a year keeping the two buildings open.",
                "Nestawen Hafgarth",
                "said",
                "W",
            ),
            (
                "“Nobody comes into local government wanting to close a school,” she said.",
                "Nestawen Hafgarth",
                "said",
                "",
            ),
            (
                "“But these children deserve modern classrooms, and we cannot keep patching buildings from the 1890s.”",
                "Nestawen Hafgarth",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Rhodri Cadwgarth, who chairs the governors at Pontyrheol, said the school was rated “good” in every area at its last inspection in 2024.",
                "Rhodri Cadwgarth",
                "said",
                "W",
            ),
            ("“Why close a good school?” he asked.", "Rhodri Cadwgarth", "asked", ""),
        ],
        [
            (
                "He said a new area school would mean a 14-mile bus journey each way for some children.",
                "Rhodri Cadwgarth",
                "said",
                "W",
            ),
            (
                "He said the governors would commission their own report on the school's future.",
                "Rhodri Cadwgarth",
                "said",
                "",
            ),
        ],
        [
            (
                "Local councillor Elin Maesyrhos (Independent), who was at the meeting, said the two villages would lose their only public buildings apart from the chapel.",
                "Elin Maesyrhos",
                "said",
                "",
            ),
            ("She urged parents to respond to the consultation.", "Elin Maesyrhos", "urged", ""),
        ],
        [
            ("Read more: Aberllwyd leisure centre pool to reopen after roof repairs", "", "", "B"),
        ],
        [
            (
                "The number of primary-age children in the Llanwernfach and Pontyrheol catchments has fallen from 71 in 2015 to 43 this year, according to council figures.",
                "council figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Welsh-medium education would continue at the new school, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Parent Sioned Glasfryndir, whose two sons attend Ysgol Llanwernfach, said the consultation was “a box-ticking exercise”.",
                "Sioned Glasfryndir",
                "said",
                "",
            ),
            (
                "“They've made up their minds already... we'll make them listen,” she said.",
                "Sioned Glasfryndir",
                "said",
                "",
            ),
        ],
        [
            (
                "Consultation events will be held at both schools; dates will be on the council's website.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Have your say: do you live in one of the villages? Email the newsroom or message us on Facebook.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up for our free Teifi valley newsletter, sent every Thursday.", "", "", "B"),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("Missing walker found safe on Mynydd Bach", "", "", "B"),
        ],
        [
            ("Tractor run raises £6,200 for air ambulance", "", "", "B"),
        ],
        [
            ("The Aberllwyd Advertiser is part of Llethrau Media Ltd.", "", "", "B"),
            ("Registered in Wales No. 04418210.", "", "", "B"),
        ],
        [
            ("© Llethrau Media Ltd. 2027", "", "", "B"),
        ],
        [
            ("Privacy   Cookie settings   Complaints   Contact us", "", "", "B"),
        ],
    ],
    [
        [
            ("FOGHARBOUR NINE NEWS", "", "", "B"),
        ],
        [
            ("Watch live: Fogharbour Nine News at Six", "", "", "B"),
        ],
        [
            ("Local   Canada   Weather   Video   Sports   Contests   Contact", "", "", "B"),
        ],
        [
            (
                "Halifax 2°C Snow ending this evening | Storm watch in effect for Cape Breton",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Atlantic", "", "", "B"),
        ],
        [
            ("More than 61,000 without power as nor'easter dumps 42 cm on Halifax", "", "", "W"),
        ],
        [
            ("Kaylee Boutilette", "", "", "B"),
            ("Fogharbour Nine News Halifax Reporter", "", "", "B"),
        ],
        [
            ("Published Monday, March 15, 2027 6:42 p.m. ADT", "", "", "B"),
            ("Last Updated Monday, March 15, 2027 8:05 p.m. ADT", "", "", "B"),
        ],
        [
            ("Share   Email   Report an error", "", "", "B"),
        ],
        [
            (
                "Video: Crews work to clear Ketchwell St. in downtown Halifax on Monday morning.",
                "",
                "",
                "",
            ),
            ("(2:14)", "", "", "B"),
        ],
        [
            ("A plow clears a street in Dartmouth, N.S., on Monday, March 15, 2027.", "", "", ""),
            ("(Paul LeBlancheau/Fogharbour Nine News)", "", "", "B"),
        ],
        [
            (
                "More than 61,000 homes and businesses in Nova Scotia were still without power Monday evening after a nor'easter brought heavy snow and gusts of up to 110 km/h, the provincial utility said.",
                "the provincial utility",
                "said",
                "W",
            ),
        ],
        [
            (
                "Halifax Stanfield International Airport recorded 42 cm of snow between Sunday night and 4 p.m. Monday, Environment and Climate Change Canada said.",
                "Environment and Climate Change Canada",
                "said",
                "W",
            ),
            (
                "The last storm to drop that much in one day on the city was in February 2015, meteorologist Darren MacQuarrigan said.",
                "Darren MacQuarrigan",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the utility, Heather Aucoinville, said about 480 field workers and contractors were out on Monday, including 60 crews brought in from New Brunswick.",
                "Heather Aucoinville",
                "said",
                "W",
            ),
            (
                "At the peak, about 138,000 customers were without power, she said.",
                "Heather Aucoinville",
                "said",
                "W",
            ),
            (
                "She said most customers should be back on by Wednesday night, but some in rural areas could wait until Thursday.",
                "Heather Aucoinville",
                "said",
                "",
            ),
            (
                "“We know people are cold and frustrated,” she said.",
                "Heather Aucoinville",
                "said",
                "",
            ),
            (
                "“We're asking for patience while crews work safely.”",
                "Heather Aucoinville",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "All public schools in the Halifax region, the South Shore and the Annapolis Valley were closed Monday, and Halifax Transit pulled its buses off the road at 10:30 a.m.",
                "",
                "",
                "W",
            ),
            (
                "Service will resume at 5 a.m. Tuesday, Halifax Transit said.",
                "Halifax Transit",
                "said",
                "",
            ),
        ],
        [
            (
                "Municipal spokesperson Maya Rousselière said the city had 187 pieces of equipment clearing streets and sidewalks, and the parking ban would stay in place overnight.",
                "Maya Rousselière",
                "said",
                "W",
            ),
            (
                "She said 43 vehicles were towed Sunday night for blocking plows.",
                "Maya Rousselière",
                "said",
                "W",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("How to stay safe when using a generator during an outage", "", "", "B"),
        ],
        [
            (
                "In Cole Harbour, N.S., Gordon Pettipasse, 78, said he lost power at 2:15 a.m. and had been keeping warm by his wood stove.",
                "Gordon Pettipasse",
                "said",
                "W",
            ),
            ("“I've seen worse... but not for a while,” he said.", "Gordon Pettipasse", "said", ""),
            (
                "“You want a coffee?” he asked a passing plow driver.",
                "Gordon Pettipasse",
                "asked",
                "",
            ),
        ],
        [
            (
                "The province's Emergency Management Office said comfort centres would open in six communities on Tuesday.",
                "the province's Emergency Management Office",
                "said",
                "",
            ),
            ("The list is posted on the province's website.", "", "", ""),
        ],
        [
            (
                "The storm is the third this winter to knock out power to more than 50,000 customers in the province.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Got a story idea or photo?", "", "", "B"),
            ("Send it to our newsroom through the tips page.", "", "", "B"),
        ],
        [
            ("Report a typo or error", "", "", "B"),
        ],
        [
            ("MORE FROM ATLANTIC", "", "", "B"),
        ],
        [
            ("Moncton council approves new downtown arena parking plan", "", "", "B"),
        ],
        [
            ("P.E.I. potato exports hit record in 2026", "", "", "B"),
        ],
        [
            ("Fogharbour Nine News is a division of Bluenose Broadcast Group Inc.", "", "", "B"),
        ],
        [
            ("© 2027 Bluenose Broadcast Group Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms & Conditions   Privacy   Accessibility   AdChoices", "", "", "B"),
        ],
    ],
    [
        [
            ("SAGEWHISTLE PUBLIC RADIO", "", "", "B"),
        ],
        [
            ("Listen Live   Donate", "", "", "B"),
        ],
        [
            ("Now playing: The Afternoon Roundup", "", "", "B"),
        ],
        [
            ("News   Music   Programs   Events   Support   About", "", "", "B"),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            ("Only hospital in Sagehollow to stop delivering babies on April 30", "", "", "W"),
        ],
        [
            ("By Delphine Oxenreider", "", "", "B"),
        ],
        [
            ("Published March 17, 2027 at 5:04 PM MDT", "", "", "B"),
        ],
        [
            ("Listen • 4:12", "", "", "B"),
        ],
        [
            (
                "Padgebury County Memorial Hospital in Sagehollow, Mont., will stop delivering babies at the end of April, leaving expectant mothers in the county with a drive of about 88 miles to give birth.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The hospital's chief executive, Loretta Skibsrud, said the labor and delivery unit handled 61 births in 2026, down from 104 in 2016.",
                "Loretta Skibsrud",
                "said",
                "W",
            ),
            (
                "She said 19 of those births were to mothers from two neighbouring counties.",
                "Loretta Skibsrud",
                "said",
                "W",
            ),
            (
                "She said the unit lost about $1.3 million last year.",
                "Loretta Skibsrud",
                "said",
                "W",
            ),
            (
                "“This is the hardest decision our board has made in the 30 years I've worked here,” Skibsrud said.",
                "Loretta Skibsrud",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the hospital had tried for two years to recruit a second family physician who delivers babies, and had advertised the post 11 times.",
                "Loretta Skibsrud",
                "said",
                "W",
            ),
            (
                "Prenatal visits will continue at the hospital's clinic, she said.",
                "Loretta Skibsrud",
                "said",
                "",
            ),
        ],
        [
            ("Support local journalism", "", "", "B"),
            ("Sagewhistle Public Radio is listener-supported.", "", "", "B"),
            ("A gift of any size keeps reporting like this free for everyone.", "", "", "B"),
        ],
        [
            ("Give now", "", "", "B"),
        ],
        [
            (
                "Tamsin Grathwell, a labor and delivery nurse at the hospital for 14 years, said the four nurses on the unit had been offered jobs elsewhere in the hospital.",
                "Tamsin Grathwell",
                "said",
                "W",
            ),
            (
                "She said two of them had already handed in their notice.",
                "Tamsin Grathwell",
                "said",
                "W",
            ),
            (
                "“What happens when a mom is in labor in a January blizzard on Highway 200?” she said.",
                "Tamsin Grathwell",
                "said",
                "",
            ),
            ("“I don't have a good answer for that.”", "Tamsin Grathwell", "said", ""),
        ],
        [
            (
                "Montana has 27 hospitals that deliver babies, down from 39 in 2010, according to the state health department.",
                "the state health department",
                "according to",
                "W",
            ),
            (
                "Padgebury County has about 7,900 residents, according to census estimates.",
                "census estimates",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Nationwide, more than 100 rural hospitals have stopped delivering babies since 2020.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "State Rep. Wade Ekstrandt, R-Sagehollow, said he had asked the Legislature's health committee for a hearing on rural obstetric care and that one was set for March 24.",
                "Wade Ekstrandt",
                "said",
                "W",
            ),
            (
                "“I don't think anybody in Helena understands what an 88-mile drive means in winter,” he said.",
                "Wade Ekstrandt",
                "said",
                "",
            ),
            (
                "He said he would propose a state grant for rural birthing units in the next session.",
                "Wade Ekstrandt",
                "said",
                "",
            ),
        ],
        [
            (
                "The hospital said it would keep an emergency kit and train emergency room staff for unplanned births.",
                "the hospital",
                "said",
                "",
            ),
        ],
        [
            (
                "Marisol Quennelbrook, who is due in June, said she had booked a room for the last two weeks of her pregnancy, at $94 a night, near the hospital in Great Falls, Mont.",
                "Marisol Quennelbrook",
                "said",
                "W",
            ),
            ("“Who can afford that?” she asked.", "Marisol Quennelbrook", "asked", ""),
            (
                "She said her first child was born at the Sagehollow hospital in 2023.",
                "Marisol Quennelbrook",
                "said",
                "W",
            ),
        ],
        [
            (
                "Delphine Oxenreider covers health and rural issues for Sagewhistle Public Radio.",
                "",
                "",
                "B",
            ),
            ("Reach her through the newsroom's contact page.", "", "", "B"),
        ],
        [
            (
                "This story is part of Prairie Health Desk, a reporting partnership of public media stations in Montana and the Dakotas.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright 2027 Sagewhistle Public Radio", "", "", "B"),
        ],
        [
            ("Tags: Health, Rural Montana, Hospitals", "", "", "B"),
        ],
        [
            (
                "Sagewhistle Public Radio is a service of a public university in Montana.",
                "",
                "",
                "B",
            ),
            ("Public File | Privacy Policy | Contact | Careers", "", "", "B"),
        ],
    ],
    [
        [
            ("Subscribe   Log in", "", "", "B"),
        ],
        [
            ("WIRRIMBUNDAH COURIER-STAR", "", "", "B"),
        ],
        [
            ("Wirrimbundah 34°C | Fire danger today: High | Total fire ban: No", "", "", "B"),
        ],
        [
            (
                "News   Sport   Rural   Community   Obituaries   Classifieds   Puzzles   Today's Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Level 4 water restrictions for Wirrimbundah as dam drops to 21.4 per cent",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "No sprinklers, no car washing and a 180-litre daily target: what you need to know.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Caitlyn Merriwagga", "", "", "B"),
        ],
        [
            ("March 18 2027 - 5:30pm", "", "", "B"),
        ],
        [
            ("Share   Save", "", "", "B"),
        ],
        [
            (
                "The spillway at Cudgelong Creek Dam, which supplies Wirrimbundah, on Wednesday.",
                "",
                "",
                "",
            ),
            ("Picture by Jedda Tallowsedge", "", "", "B"),
        ],
        [
            (
                "Wirrimbundah will move to Level 4 water restrictions from Monday, March 29, after the town's dam fell to 21.4 per cent of capacity, the lowest level since the Millennium Drought.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Wirrimbundah Shire mayor Cr Bronwyn Haffkinson said the council voted unanimously for the tougher restrictions at an extraordinary meeting on Wednesday night.",
                "Bronwyn Haffkinson",
                "said",
                "W",
            ),
            (
                "“Nobody likes restrictions, but the dam does not lie,” Cr Haffkinson said.",
                "Bronwyn Haffkinson",
                "said",
                "",
            ),
            ("“Every litre we save now buys us time.”", "Bronwyn Haffkinson", "said", ""),
        ],
        [
            (
                "She said the town used an average of 248 litres per person per day in February, against a target of 180 litres.",
                "Bronwyn Haffkinson",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The council's director of infrastructure, Phillip Dunmoreton, said the dam had received less than a third of its average inflow since October.",
                "Phillip Dunmoreton",
                "said",
                "W",
            ),
            (
                "Mr Dunmoreton said that without significant rain, the town could run out of water by early 2028.",
                "Phillip Dunmoreton",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the council had applied to the state government for $14.6 million to build a pipeline from bores at Yarrangobbin, 23 kilometres to the north.",
                "Phillip Dunmoreton",
                "said",
                "W",
            ),
        ],
        [
            ("Subscribe now for unlimited access to local news.", "", "", "B"),
            ("$1 a week for your first 12 weeks.", "", "", "B"),
        ],
        [
            ("Already a subscriber? Log in", "", "", "B"),
        ],
        [
            (
                "Shakayla Kooringal, who runs a cafe on Mitchellane St, said her water bill rose 40 per cent last summer.",
                "Shakayla Kooringal",
                "said",
                "W",
            ),
            (
                "She said the cafe had installed a water-saving dishwasher in January.",
                "Shakayla Kooringal",
                "said",
                "W",
            ),
            (
                "“We'll do our bit... but the big users need to do theirs,” she said.",
                "Shakayla Kooringal",
                "said",
                "",
            ),
        ],
        [
            (
                "Council data shows the town's 12 largest water users, including the abattoir and the hospital, account for 31 per cent of consumption.",
                "Council data",
                "shows",
                "W",
            ),
        ],
        [
            ("Read more: Shire to trial recycled water for sports ovals", "", "", "B"),
        ],
        [
            (
                "Rainfall in the catchment for the year to February was 298mm, against a long-term average of 587mm, according to the Bureau of Meteorology.",
                "the Bureau of Meteorology",
                "according to",
                "W",
            ),
            ("The dam was last this low in July 2007.", "", "", "W"),
        ],
        [
            (
                "Farmer Angus McFettridge said stock water on his property near the town was fine for now.",
                "Angus McFettridge",
                "said",
                "",
            ),
            ("“But how long is ‘for now’?” he asked.", "Angus McFettridge", "asked", ""),
        ],
        [
            (
                "Under Level 4, fines of $220 apply for using sprinklers, hoses on gardens or washing vehicles with a hose.",
                "",
                "",
                "B",
            ),
            ("Full details are on the council's website.", "", "", "B"),
        ],
        [
            ("Want more local news? Download the Courier-Star app.", "", "", "B"),
        ],
        [
            (
                "Caitlyn Merriwagga is a journalist at the Courier-Star, covering council and water.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Latest News", "", "", "B"),
        ],
        [
            ("Netball club gets new lights after $80,000 grant", "", "", "B"),
        ],
        [
            ("Road closed for culvert works near Yarrangobbin", "", "", "B"),
        ],
        [
            (
                "The Courier-Star is published on the lands of the Wiradjuri people, and we pay our respects to their Elders past and present.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Copyright 2027 Courier-Star Media Pty Ltd.", "", "", "B"),
            ("Conditions of use | Privacy | Contact the editor", "", "", "B"),
        ],
    ],
    [
        [
            ("The Ballinrue Leader", "", "", "B"),
        ],
        [
            ("Mayo's independent voice since 1902", "", "", "B"),
        ],
        [
            ("News   Sport   GAA   Farming   Community Notes   Death Notices   Lotto", "", "", "B"),
        ],
        [
            (
                "NOTICE: Our Castle Street office will close at 1pm on Wednesday, March 17, for St Patrick's Day.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Local", "", "", "B"),
        ],
        [
            ("Council falls 140 homes short of its social housing target for Mayo", "", "", "W"),
        ],
        [
            ("Siobhán Mulcronagh", "", "", "B"),
        ],
        [
            ("Thursday, 18 March 2027", "", "", "B"),
        ],
        [
            ("Share: Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            ("Houses under construction at Knockroe Meadows, Ballinrue, last month.", "", "", ""),
            ("Photo: Keith Clooneyvale", "", "", "B"),
        ],
        [
            (
                "Mayo County Council delivered 212 social homes in 2026, 140 short of the target of 352 it agreed with the Department of Housing, figures presented at Monday's monthly meeting show.",
                "figures presented at Monday's monthly meeting",
                "show",
                "W",
            ),
        ],
        [
            (
                "The council's housing waiting list stood at 1,846 households at the end of February, up from 1,612 a year earlier, the figures show.",
                "the figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "Director of services for housing Dervla Ní Ghrianáin told councillors that 96 homes due in 2026 were delayed by a shortage of contractors and by the late connection of water and electricity at two sites.",
                "Dervla Ní Ghrianáin",
                "told councillors",
                "W",
            ),
            (
                "She said the council expected to deliver 410 homes in 2027, including the delayed units.",
                "Dervla Ní Ghrianáin",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Tomás Beirnsleigh (Ind) said he had raised the delays at the November meeting and been told the target would be met.",
                "Tomás Beirnsleigh",
                "said",
                "W",
            ),
            (
                "He said 37 families in the Ballinrue electoral area had been on the list for more than seven years.",
                "Tomás Beirnsleigh",
                "said",
                "W",
            ),
            ("“Were we given a fairy tale in November?” he said.", "Tomás Beirnsleigh", "said", ""),
            (
                "“People in my area are waiting eight and nine years... that is the reality.”",
                "Tomás Beirnsleigh",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "In reply, Ms Ní Ghrianáin said that at the time of the November meeting the contractor at Knockroe Meadows had not yet gone into examinership.",
                "Dervla Ní Ghrianáin",
                "said",
                "W",
            ),
            ("She said she regretted the delay.", "Dervla Ní Ghrianáin", "said", ""),
        ],
        [
            (
                "Cllr Gráinne Flynnacre (Ind) said the council had 44 vacant council houses on February 28, some empty for more than two years.",
                "Gráinne Flynnacre",
                "said",
                "W",
            ),
            (
                "“How can we ask the Department for more money when we have houses sitting idle?” she asked.",
                "Gráinne Flynnacre",
                "asked",
                "",
            ),
        ],
        [
            (
                "Ms Ní Ghrianáin said 31 of the 44 were being refurbished and would be let by the summer.",
                "Dervla Ní Ghrianáin",
                "said",
                "W",
            ),
        ],
        [
            ("READ MORE: Greenway extension to Carrowmaddy gets planning approval", "", "", "B"),
        ],
        [
            (
                "Nationally, local authorities delivered 84 per cent of their 2026 targets, according to Department of Housing figures.",
                "Department of Housing figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Noreen Kilgallonby, who lives with her three children in a two-bedroom flat in Ballinrue, told the Leader she had been on the list since 2019.",
                "Noreen Kilgallonby",
                "told the Leader",
                "W",
            ),
            (
                "“I ring the council every month... I don't know what else to do,” she said.",
                "Noreen Kilgallonby",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Department of Housing said it would continue to work with Mayo County Council to increase supply.",
                "A spokesperson for the Department of Housing",
                "said",
                "",
            ),
            (
                "The spokesperson said Mayo had been allocated €96.4 million for social housing construction in 2027.",
                "A spokesperson for the Department of Housing",
                "said",
                "W",
            ),
        ],
        [
            ("Do you have a story for the Leader?", "", "", "B"),
            (
                "Call the newsroom on (094) 900 0000 or drop into our Castle Street office.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Ballinrue Leader is a member of the Press Council of Ireland and subscribes to its Code of Practice.",
                "",
                "",
                "B",
            ),
            ("If you have a complaint, contact the editor first.", "", "", "B"),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("Tributes paid to former Ballinrue publican, 91", "", "", "B"),
        ],
        [
            ("Mayo minors through to Connacht final", "", "", "B"),
        ],
        [
            ("© 2027 Ballinrue Leader Newspapers Ltd.", "", "", "B"),
            ("Company Reg. No. 51187.", "", "", "B"),
        ],
        [
            ("Terms   Privacy   Cookies   Advertise", "", "", "B"),
        ],
    ],
    [
        [
            ("PULAUKINI", "", "", "B"),
        ],
        [
            ("BM | EN | 中文", "", "", "B"),
        ],
        [
            (
                "Home   Nation   Penang   Business   World   Sports   Lifestyle   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Trending: #KadarAir | #RamadanBazaar | #Banjir | #SPM2026", "", "", "B"),
        ],
        [
            ("Penang", "", "", "B"),
        ],
        [
            (
                "Water tariff for Penang homes to go up by 18 sen per cubic metre from April 1",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Nurul Syazwani Kamaruzamil", "", "", "B"),
        ],
        [
            ("Wednesday, 10 Mar 2027 04:17 PM MYT", "", "", "B"),
        ],
        [
            ("Updated 2 hours ago", "", "", "B"),
        ],
        [
            ("🔊 Listen to this article", "", "", "B"),
        ],
        [
            ("A technician checks a water meter at a housing estate in Bayan Lepas.", "", "", ""),
            ("— Pulaukini pic", "", "", "B"),
        ],
        [
            (
                "GEORGE TOWN, March 10 — Domestic water tariffs in Penang will go up by 18 sen per cubic metre for the first 20 cubic metres each month from April 1, the state water utility, Jernihwira Water Sdn. Bhd., announced today.",
                "Jernihwira Water Sdn. Bhd.",
                "announced",
                "W",
            ),
        ],
        [
            (
                "It said the average household using 35 cubic metres a month would pay RM4.90 more, bringing its bill to RM27.40.",
                "Jernihwira Water Sdn. Bhd.",
                "said",
                "W",
            ),
            (
                "Commercial and industrial tariffs will rise by 25 sen per cubic metre, the utility said.",
                "the utility",
                "said",
                "W",
            ),
        ],
        [
            (
                "State Infrastructure and Transport Committee chairman Jagdeep Ramachelvam said the tariff had not been revised since 2021, while the cost of treatment chemicals had risen by 37 per cent over the same period.",
                "Jagdeep Ramachelvam",
                "said",
                "W",
            ),
            (
                "“Penang still has one of the lowest domestic tariffs in the country even after this increase,” he told reporters at the state assembly building.",
                "Jagdeep Ramachelvam",
                "told reporters",
                "",
            ),
            (
                "He said the state would not raise the tariff again before 2029.",
                "Jagdeep Ramachelvam",
                "said",
                "",
            ),
            (
                "He said the utility would spend RM1.2 billion replacing old pipes between 2027 and 2030.",
                "Jagdeep Ramachelvam",
                "said",
                "W",
            ),
        ],
        [
            (
                "Read also: Penang to build second water treatment plant at Sungai Muda by 2030",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Penang's daily domestic consumption was 287 litres per person in 2026, compared with a national average of 231 litres, according to the utility's annual report.",
                "the utility's annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Penang Household Consumers' League said in a statement that the increase was “reasonable” but called for a rebate for households of five people or more.",
                "The Penang Household Consumers' League",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Opposition assemblyman for Kampung Sungai Tiram, Mohd Firdhaus Abdul Rahmanuddin, said non-revenue water, lost to leaks and theft, stood at 19.6 per cent last year.",
                "Mohd Firdhaus Abdul Rahmanuddin",
                "said",
                "W",
            ),
            (
                "“Fix the pipes first, then ask the people to pay more,” he said.",
                "Mohd Firdhaus Abdul Rahmanuddin",
                "said",
                "",
            ),
            (
                "He said he would raise the matter at the state assembly sitting next month.",
                "Mohd Firdhaus Abdul Rahmanuddin",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Rosaline Arokianathan, a retiree living in a flat in Jelutong, said her bill last month was RM14.20.",
                "Rosaline Arokianathan",
                "said",
                "W",
            ),
            (
                "She said she lives alone and uses about 12 cubic metres a month.",
                "Rosaline Arokianathan",
                "said",
                "W",
            ),
            (
                "“A few ringgit more is okay lah... but everything is going up at the same time,” she said.",
                "Rosaline Arokianathan",
                "said",
                "",
            ),
        ],
        [
            ("The utility supplies water to about 890,000 accounts in the state.", "", "", "W"),
        ],
        [
            ("Subscribe to our Telegram channel for the latest news.", "", "", "B"),
        ],
        [
            ("Join us on WhatsApp: follow Pulaukini for breaking news.", "", "", "B"),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Penang Hill funicular fares unchanged for 2027", "", "", "B"),
        ],
        [
            ("Seberang Perai council to fine litterbugs RM500", "", "", "B"),
        ],
        [
            ("Got a tip? Email our newsroom.", "", "", "B"),
        ],
        [
            ("Pulaukini Sdn. Bhd. (201301029977)", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Pulaukini.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms of Use | Advertise | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("SAHILDAR BUSINESS", "", "", "B"),
        ],
        [
            (
                "DFM 4,812.33 ▲ 0.42%   ADX 9,604.18 ▼ 0.11%   Brent $78.12   Gold $2,904.50",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Markets   Companies   Real Estate   Energy   Banking   Opinion   Premium",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sunday 14 March 2027", "", "", "B"),
        ],
        [
            ("Dubai: Eid Al Fitr holiday ends today; markets reopen Monday", "", "", "B"),
        ],
        [
            ("Companies › Real Estate", "", "", "B"),
        ],
        [
            ("Qurmwell Properties' 2026 profit jumps 18.6% to AED1.42bn", "", "", "W"),
        ],
        [
            (
                "Developer proposes 12 fils dividend and says Dubai off-plan sales will slow in 2027.",
                "Qurmwell Properties PJSC",
                "says",
                "",
            ),
        ],
        [
            ("By Sreelakshmi Thottakkaran, Senior Business Reporter", "", "", "B"),
        ],
        [
            ("Published: Sun 14 Mar 2027, 9:12 AM", "", "", "B"),
        ],
        [
            ("Updated: Sun 14 Mar 2027, 11:30 AM", "", "", "B"),
        ],
        [
            ("Follow Sahildar Business on Google News", "", "", "B"),
        ],
        [
            (
                "Dubai: Qurmwell Properties PJSC said net profit for 2026 rose 18.6 per cent to Dh1.42 billion, from Dh1.197 billion a year earlier, on higher handovers at its projects in Dubai South and Jumeirah Village Circle.",
                "Qurmwell Properties PJSC",
                "said",
                "W",
            ),
            (
                "Revenue rose 23 per cent to Dh5.86 billion, the company said in a filing to the Dubai Financial Market on Friday.",
                "the company",
                "said in a filing",
                "W",
            ),
        ],
        [
            (
                "The board proposed a cash dividend of 12 fils per share, up from 9 fils, subject to approval at the general assembly on April 22, the company said.",
                "the company",
                "said",
                "W",
            ),
            (
                "It said it launched seven projects with 4,960 units in 2026.",
                "Qurmwell Properties PJSC",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief executive Thamer Al Mazrooqi said the company sold 3,412 units worth Dh9.8 billion in 2026, 71 per cent of them off-plan.",
                "Thamer Al Mazrooqi",
                "said",
                "W",
            ),
            (
                "“We expect sales to grow more slowly this year as prices stabilise,” he said on a call with analysts.",
                "Thamer Al Mazrooqi",
                "said on a call with analysts",
                "",
            ),
            (
                "“That is healthy... the market does not need another 2008.”",
                "Thamer Al Mazrooqi",
                "said on a call with analysts",
                "",
            ),
        ],
        [
            (
                "He said the company would launch its first project in Ras Al Khaimah in the third quarter.",
                "Thamer Al Mazrooqi",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Premium: Sign in or subscribe to read the full analysis.", "", "", "B"),
            (
                "Subscribers get unlimited access to Sahildar Business, the daily e-paper and market data.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe   Sign in", "", "", "B"),
        ],
        [
            (
                "Al Mazrooqi said the company had Dh4.1 billion of cash and a net debt-to-equity ratio of 0.18 at the end of December.",
                "Thamer Al Mazrooqi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dubai recorded 184,600 property transactions worth Dh512 billion in 2026, according to figures from the Dubai Land Department.",
                "figures from the Dubai Land Department",
                "according to",
                "W",
            ),
            ("Off-plan sales made up 62 per cent of the total.", "", "", "W"),
        ],
        [
            (
                "Analysts at Tiberine Capital wrote in a note to clients that rising supply in 2027 and 2028 could weigh on prices in mid-market communities.",
                "Analysts at Tiberine Capital",
                "wrote in a note to clients",
                "",
            ),
            (
                "They said Qurmwell's backlog of Dh14.3 billion gave it “visibility” on revenue until 2029.",
                "Analysts at Tiberine Capital",
                "said",
                "W",
            ),
        ],
        [
            (
                "Qurmwell shares closed 2.4 per cent higher at Dh6.38 on Friday, valuing the company at about Dh25.5 billion.",
                "",
                "",
                "W",
            ),
            (
                "The Dubai Financial Market's real estate index has risen 9.7 per cent so far this year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Also read: Abu Dhabi developer Sandrahn hands over 1,100 homes in first quarter",
                "",
                "",
                "B",
            ),
        ],
        [
            ("($1 = Dh3.6725)", "", "", "B"),
        ],
        [
            (
                "Sign up for the Sahildar Morning Brief, our markets newsletter, every weekday at 7am.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Gulf airline orders 30 wide-body jets", "", "", "B"),
        ],
        [
            ("UAE inflation eases to 2.1% in February", "", "", "B"),
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
            ("Sahildar Business is published by Sahildar Media FZ-LLC, Dubai.", "", "", "B"),
        ],
        [
            ("© 2027 Sahildar Media.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Contact | Advertise | Terms | Privacy", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n117-no-kl-photo",
        "The ferry MF Lygrevik leaves Krokeidet quay on a February morning. Photo: Gjermund Vossgjerdet",
        [
            "The ferry MF Lygrevik leaves Krokeidet quay on a February morning.",
            "Photo: Gjermund Vossgjerdet",
        ],
    ),
    (
        "n117-no-0640-asked",
        "Torbjørn Hellesnupen, who takes the 06.40 departure from Krokeidet every weekday, said he would pay about NOK 2,100 more a year. “Is the ferry a luxury now?” asked Hellesnupen, a nurse at a hospital in the city. “For us on the islands it is the road.”",
        [
            "Torbjørn Hellesnupen, who takes the 06.40 departure from Krokeidet every weekday, said he would pay about NOK 2,100 more a year.",
            "“Is the ferry a luxury now?” asked Hellesnupen, a nurse at a hospital in the city.",
            "“For us on the islands it is the road.”",
        ],
    ),
    (
        "n117-no-decimal-it-said",
        "The operator, Skjervøyen Fergedrift AS, said in an email that it had no say in fares, which are set by the county. Fuel and crew wages on the three routes rose by 11.5 per cent between 2024 and 2026, it said.",
        [
            "The operator, Skjervøyen Fergedrift AS, said in an email that it had no say in fares, which are set by the county.",
            "Fuel and crew wages on the three routes rose by 11.5 per cent between 2024 and 2026, it said.",
        ],
    ),
    (
        "n117-no-ellipsis-angry",
        "Its leader, Marte Kvalsundbø, said the group had collected 1,860 signatures in two days. “People are angry... and they have every right to be,” she said.",
        [
            "Its leader, Marte Kvalsundbø, said the group had collected 1,860 signatures in two days.",
            "“People are angry... and they have every right to be,” she said.",
        ],
    ),
    (
        "n117-pk-mr-quote",
        "Divisional Food Controller Mr. Jahanzeb Akhtar Jhumranwi told this correspondent that the government's release price of wheat to mills had been raised by Rs400 per 40kg, which left no room to keep the old rate. “We held the price for seven months,” he said. “Nobody wants to raise the price of roti.”",
        [
            "Divisional Food Controller Mr. Jahanzeb Akhtar Jhumranwi told this correspondent that the government's release price of wheat to mills had been raised by Rs400 per 40kg, which left no room to keep the old rate.",
            "“We held the price for seven months,” he said.",
            "“Nobody wants to raise the price of roti.”",
        ],
    ),
    (
        "n117-pk-ch-mr-warned",
        "Ch. Tariq Mehmood Bhuttagran, chairman of the Southern Flour Millers' Group, said 61 of the 94 mills in the division had been running at half capacity since January. He said mills would not accept any further cut in their quota of government wheat. “If the quota is cut again, flour will disappear from shops, not just become dear,” Mr. Bhuttagran warned.",
        [
            "Ch. Tariq Mehmood Bhuttagran, chairman of the Southern Flour Millers' Group, said 61 of the 94 mills in the division had been running at half capacity since January.",
            "He said mills would not accept any further cut in their quota of government wheat.",
            "“If the quota is cut again, flour will disappear from shops, not just become dear,” Mr. Bhuttagran warned.",
        ],
    ),
    (
        "n117-pk-rs-dot-end",
        "The statement said 312 fair-price points would sell the 10kg bag at Rs. 1,390. It gave no date for a review.",
        [
            "The statement said 312 fair-price points would sell the 10kg bag at Rs. 1,390.",
            "It gave no date for a review.",
        ],
    ),
    (
        "n117-pk-pc-indicator",
        "According to the Pakistan Bureau of Statistics, wheat flour prices in Multan rose 21.6 per cent year-on-year in the week ending March 4. The weekly Sensitive Price Indicator put inflation for the lowest income group at 9.8pc.",
        [
            "According to the Pakistan Bureau of Statistics, wheat flour prices in Multan rose 21.6 per cent year-on-year in the week ending March 4.",
            "The weekly Sensitive Price Indicator put inflation for the lowest income group at 9.8pc.",
        ],
    ),
    (
        "n117-ph-dr-brgy",
        "City health officer Dr. Maricel Dumagsawan told the Sinaglahi that 41 of the city's 180 barangays were on the clustering list, led by Brgy. Bantiling Norte with 96 cases. “We are not yet in an outbreak, but we are very close,” she said. “Clean your surroundings... do not wait for the fogging truck.”",
        [
            "City health officer Dr. Maricel Dumagsawan told the Sinaglahi that 41 of the city's 180 barangays were on the clustering list, led by Brgy. Bantiling Norte with 96 cases.",
            "“We are not yet in an outbreak, but we are very close,” she said.",
            "“Clean your surroundings... do not wait for the fogging truck.”",
        ],
    ),
    (
        "n117-ph-quote-two",
        "“We asked the city engineer's office for a declogging crew on February 19. Until now, wala pa (nothing yet),” Tabuyangco said.",
        [
            "“We asked the city engineer's office for a declogging crew on February 19.",
            "Until now, wala pa (nothing yet),” Tabuyangco said.",
        ],
    ),
    (
        "n117-ph-atty-session",
        "City councilor Atty. Maripaz Ledesmanon, chair of the council's health committee, said she had filed a resolution seeking a ₱5 million quick response fund for vector control. She said the council would take it up at its regular session next Tuesday.",
        [
            "City councilor Atty. Maripaz Ledesmanon, chair of the council's health committee, said she had filed a resolution seeking a ₱5 million quick response fund for vector control.",
            "She said the council would take it up at its regular session next Tuesday.",
        ],
    ),
    (
        "n117-ph-corp-rights",
        "© 2027 Sinaglahi Media Corp. All rights reserved.",
        ["© 2027 Sinaglahi Media Corp.", "All rights reserved."],
    ),
    (
        "n117-tt-ltd-mid",
        "Ainsley Marcanoville, chairman of the Inter-Island Sea Transport Company Ltd., said on Wednesday that engineers found cracks in the vessel's port-side gearbox during an inspection at the Port of Spain dry dock. He said replacement parts had been ordered from a manufacturer in Norway at a cost of about TT$4.7 million and were due to arrive by April 16.",
        [
            "Ainsley Marcanoville, chairman of the Inter-Island Sea Transport Company Ltd., said on Wednesday that engineers found cracks in the vessel's port-side gearbox during an inspection at the Port of Spain dry dock.",
            "He said replacement parts had been ordered from a manufacturer in Norway at a cost of about TT$4.7 million and were due to arrive by April 16.",
        ],
    ),
    (
        "n117-tt-mv-tt-dollars",
        "The MV Pawi Star, built in 2009, was last taken out of service for 11 days in August 2025. Each crossing carries up to 620 passengers and 90 vehicles. A one-way adult ticket costs TT$50.",
        [
            "The MV Pawi Star, built in 2009, was last taken out of service for 11 days in August 2025.",
            "Each crossing carries up to 620 passengers and 90 vehicles.",
            "A one-way adult ticket costs TT$50.",
        ],
    ),
    (
        "n117-tt-930-reach",
        "At the Port of Spain terminal on Wednesday, Shemroy Mowlabeau, a mechanic from Roxborough, said he had waited more than five hours for a seat on the 3 p.m. sailing. “I reach at 9.30 this morning and I still standing here,” he said. He said he had bought his ticket online a week ago.",
        [
            "At the Port of Spain terminal on Wednesday, Shemroy Mowlabeau, a mechanic from Roxborough, said he had waited more than five hours for a seat on the 3 p.m. sailing.",
            "“I reach at 9.30 this morning and I still standing here,” he said.",
            "He said he had bought his ticket online a week ago.",
        ],
    ),
    (
        "n117-ng-dr-statement",
        "The university's spokesperson, Dr. Chukwuemeka Udeogaranya, said in a statement that the governing council approved the new fees after the state government cut the institution's subvention by 40 per cent in the 2027 budget. He said the university spends N1.9bn a year on electricity and diesel alone. “The management is not insensitive to the plight of students and parents,” the statement said.",
        [
            "The university's spokesperson, Dr. Chukwuemeka Udeogaranya, said in a statement that the governing council approved the new fees after the state government cut the institution's subvention by 40 per cent in the 2027 budget.",
            "He said the university spends N1.9bn a year on electricity and diesel alone.",
            "“The management is not insensitive to the plight of students and parents,” the statement said.",
        ],
    ),
    (
        "n117-ng-prof-fees",
        "The Enugu State Commissioner for Higher Education, Prof. Ngozi Afamefunam, said the subvention for the university in 2027 was N3.6bn, down from N6bn in 2026. She said the government would meet the university's management and the students' leaders this week. “No student will be sent away for fees this semester,” she said.",
        [
            "The Enugu State Commissioner for Higher Education, Prof. Ngozi Afamefunam, said the subvention for the university in 2027 was N3.6bn, down from N6bn in 2026.",
            "She said the government would meet the university's management and the students' leaders this week.",
            "“No student will be sent away for fees this semester,” she said.",
        ],
    ),
    (
        "n117-ng-sp-lectures",
        "The state police command's spokesman, SP Daniel Ogbuefinna, said officers were deployed to the campus on Monday but no arrests were made. The protest lasted about five hours, and traffic on the Agbani road was diverted. Lectures did not hold in most faculties.",
        [
            "The state police command's spokesman, SP Daniel Ogbuefinna, said officers were deployed to the campus on Monday but no arrests were made.",
            "The protest lasted about five hours, and traffic on the Agbani road was diverted.",
            "Lectures did not hold in most faculties.",
        ],
    ),
    (
        "n117-wa-cllr-dot",
        "Cabinet member for education Cllr. Nestawen Hafgarth said the council spent £412,000 a year keeping the two buildings open. “Nobody comes into local government wanting to close a school,” she said. “But these children deserve modern classrooms, and we cannot keep patching buildings from the 1890s.”",
        [
            "Cabinet member for education Cllr. Nestawen Hafgarth said the council spent £412,000 a year keeping the two buildings open.",
            "“Nobody comes into local government wanting to close a school,” she said.",
            "“But these children deserve modern classrooms, and we cannot keep patching buildings from the 1890s.”",
        ],
    ),
    (
        "n117-wa-ltd-reg-no",
        "The Aberllwyd Advertiser is part of Llethrau Media Ltd. Registered in Wales No. 04418210.",
        [
            "The Aberllwyd Advertiser is part of Llethrau Media Ltd.",
            "Registered in Wales No. 04418210.",
        ],
    ),
    (
        "n117-ca-am-resume",
        "All public schools in the Halifax region, the South Shore and the Annapolis Valley were closed Monday, and Halifax Transit pulled its buses off the road at 10:30 a.m. Service will resume at 5 a.m. Tuesday, Halifax Transit said.",
        [
            "All public schools in the Halifax region, the South Shore and the Annapolis Valley were closed Monday, and Halifax Transit pulled its buses off the road at 10:30 a.m.",
            "Service will resume at 5 a.m. Tuesday, Halifax Transit said.",
        ],
    ),
    (
        "n117-ca-ns-am-coffee",
        "In Cole Harbour, N.S., Gordon Pettipasse, 78, said he lost power at 2:15 a.m. and had been keeping warm by his wood stove. “I've seen worse... but not for a while,” he said. “You want a coffee?” he asked a passing plow driver.",
        [
            "In Cole Harbour, N.S., Gordon Pettipasse, 78, said he lost power at 2:15 a.m. and had been keeping warm by his wood stove.",
            "“I've seen worse... but not for a while,” he said.",
            "“You want a coffee?” he asked a passing plow driver.",
        ],
    ),
    (
        "n117-ca-ns-caption",
        "A plow clears a street in Dartmouth, N.S., on Monday, March 15, 2027. (Paul LeBlancheau/Fogharbour Nine News)",
        [
            "A plow clears a street in Dartmouth, N.S., on Monday, March 15, 2027.",
            "(Paul LeBlancheau/Fogharbour Nine News)",
        ],
    ),
    (
        "n117-us-mont-question",
        "Marisol Quennelbrook, who is due in June, said she had booked a room for the last two weeks of her pregnancy, at $94 a night, near the hospital in Great Falls, Mont. “Who can afford that?” she asked. She said her first child was born at the Sagehollow hospital in 2023.",
        [
            "Marisol Quennelbrook, who is due in June, said she had booked a room for the last two weeks of her pregnancy, at $94 a night, near the hospital in Great Falls, Mont.",
            "“Who can afford that?” she asked.",
            "She said her first child was born at the Sagehollow hospital in 2023.",
        ],
    ),
    (
        "n117-us-rep-helena",
        "State Rep. Wade Ekstrandt, R-Sagehollow, said he had asked the Legislature's health committee for a hearing on rural obstetric care and that one was set for March 24. “I don't think anybody in Helena understands what an 88-mile drive means in winter,” he said.",
        [
            "State Rep. Wade Ekstrandt, R-Sagehollow, said he had asked the Legislature's health committee for a hearing on rural obstetric care and that one was set for March 24.",
            "“I don't think anybody in Helena understands what an 88-mile drive means in winter,” he said.",
        ],
    ),
    (
        "n117-au-cr-litre",
        "Wirrimbundah Shire mayor Cr Bronwyn Haffkinson said the council voted unanimously for the tougher restrictions at an extraordinary meeting on Wednesday night. “Nobody likes restrictions, but the dam does not lie,” Cr Haffkinson said. “Every litre we save now buys us time.”",
        [
            "Wirrimbundah Shire mayor Cr Bronwyn Haffkinson said the council voted unanimously for the tougher restrictions at an extraordinary meeting on Wednesday night.",
            "“Nobody likes restrictions, but the dam does not lie,” Cr Haffkinson said.",
            "“Every litre we save now buys us time.”",
        ],
    ),
    (
        "n117-ie-ind-fairy-tale",
        "He said 37 families in the Ballinrue electoral area had been on the list for more than seven years. “Were we given a fairy tale in November?” he said. “People in my area are waiting eight and nine years... that is the reality.”",
        [
            "He said 37 families in the Ballinrue electoral area had been on the list for more than seven years.",
            "“Were we given a fairy tale in November?” he said.",
            "“People in my area are waiting eight and nine years... that is the reality.”",
        ],
    ),
    (
        "n117-ie-ltd-company-reg",
        "© 2027 Ballinrue Leader Newspapers Ltd. Company Reg. No. 51187.",
        ["© 2027 Ballinrue Leader Newspapers Ltd.", "Company Reg. No. 51187."],
    ),
    (
        "n117-my-rm-decimal",
        "It said the average household using 35 cubic metres a month would pay RM4.90 more, bringing its bill to RM27.40. Commercial and industrial tariffs will rise by 25 sen per cubic metre, the utility said.",
        [
            "It said the average household using 35 cubic metres a month would pay RM4.90 more, bringing its bill to RM27.40.",
            "Commercial and industrial tariffs will rise by 25 sen per cubic metre, the utility said.",
        ],
    ),
    (
        "n117-gulf-dh-decimals",
        "Dubai: Qurmwell Properties PJSC said net profit for 2026 rose 18.6 per cent to Dh1.42 billion, from Dh1.197 billion a year earlier, on higher handovers at its projects in Dubai South and Jumeirah Village Circle. Revenue rose 23 per cent to Dh5.86 billion, the company said in a filing to the Dubai Financial Market on Friday.",
        [
            "Dubai: Qurmwell Properties PJSC said net profit for 2026 rose 18.6 per cent to Dh1.42 billion, from Dh1.197 billion a year earlier, on higher handovers at its projects in Dubai South and Jumeirah Village Circle.",
            "Revenue rose 23 per cent to Dh5.86 billion, the company said in a filing to the Dubai Financial Market on Friday.",
        ],
    ),
]
