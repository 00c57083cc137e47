"""Eighty-fourth held-out set of hand-labelled pages for the hint engines (never tuned on, round forty-nine):
twelve WHOLE pages, head to tail, from LOCAL, REGIONAL AND SPECIALIST outlets in twelve countries,
as readers paste them: four from a phone, six from a desktop, one from a newsletter's web view and
one from a browser's reader view. This set is HELD OUT: it measures the engine on ordinary copy from
smaller outlets and must never be tuned on, looked at while tuning, or used to choose a rule.

The pages: a Canadian local TV station's site, from a phone (a Saskatchewan school division cuts 11
of its 64 rural bus routes for want of drivers); a United States public radio site (a Montana
hospital stops delivering babies, leaving a 96-mile drive); an Irish county weekly (Roscommon
councillors confirm a compulsory purchase order for a 31 km greenway by 14 votes to 4); a Scottish
city hyperlocal, from a phone (a Dundee neighbourhood's baths to shut for 18 months for a £4.2m
roof); a Dutch horticulture trade magazine's newsletter in its web view (38 Westland growers sign up
for geothermal heat, with briefs, a price table and a diary); an Indian business daily (Tiruppur
knitwear exporters lose ₹1,400 crore of orders as yarn rises 18%); a New Zealand sports site, from a
phone (a provincial rugby union loses $612,000 and may leave its championship); a South African
science-news site in reader view (poachers have taken 62% of a rare Namaqualand succulent); an
English-language daily in Japan (a Niigata third-sector railway to be replaced by buses); a Nigerian
regional broadcaster's site, from a phone (a bridge collapse cuts off 14 communities in Ondo State);
a Bangladeshi charity's newsroom (a household survey of drinking-water salinity in coastal
Satkhira); and an Australian state government's media release page (Tasmania, $36.5 million for a
hospital emergency department). `STYLES` describes each page, its story, its speakers and its
furniture in order.

Nothing here aims at one difficulty. Each page carries its own site's furniture worded its own way
(call letters and an app prompt, a "Tap to unmute" video strip, an audio "Listen • 4:38" line and an
underwriting credit, death notices and a buy-the-paper line, a reader-support ask, "View this email
in your browser" and an unsubscribe row, a market ticker and a "Premium" label, "Listen to this
article · 3 min" and score lines, a reader view's domain and reading-time lines, a Japanese-edition
link and LINE in a share strip, a WhatsApp tip line, a Donate button and a names-changed note, a
"Media Release" label, "Quotes attributable to ..." and an acknowledgement of Country), and a
natural mix of speakers (people with and without titles in six countries' styles, pronoun and
surname cues, organisations, generic nouns for them, documents and data through "according to",
refusals, anonymous officials, groups, a pseudonym) and of sentences (figures, dates and records
beside opinions, feelings, questions, plans, schedules and forecasts). The ordinary hard splits come
with them: "Nov. 1", "Jan. 15", "Oct. 28", "Oct. 4" and "Dr. Ruth" mid-sentence; "6:55 a.m.", "at
7am.", "on Oct. 15." and "4 a.m. on Thursday." ending a sentence; "Inc.", "B.V.", "Pvt. Ltd.", "Co.,
Ltd." and "Service." before "All rights reserved."; "K. R. Palanivelraj", "Mr. Palanivelraj",
"Kovaiyar Garments Ltd. told", "Hofland Aardwarmte B.V. said", "O.R. Tambo", "Md. Abdul Mannan",
"Engr.", "Mrs.", "Hon." and "Reg. No. 3108." before an address; and quotes split over two sentences
or ended by "?” she asked.".

The pages hold 520 sentences: 226 "B", 171 "W" and 123 ""; 212 sentences carry a speaker (109
distinct speaker strings). `HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected
sentences), each a stretch of two or three consecutive sentences of one paragraph of these pages
joined by single spaces, at the splits above: what a reviewer wants, not what the engine does.

Written from scratch for issue 13 in round forty-nine, without looking at the engine's code or
output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened or listed, no
`labelled_heldout*.py`, `train_*.py`, `test_*.py` or `hint_scores.py` file and no project README was
opened; `claimreview` was never imported, and no test, scorer, engine or `pytest` was run. The
search and fetch tools were not used, and nothing was copied from anywhere. What was read: the brief
`/tmp/brief/common.md` (printed whole, with a listing of `/tmp/brief`, which held only the brief,
and of `/tmp/sets`, then empty; listed once more at the end, when it held two other writers' files,
which were not opened); the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed
whole with `ast.get_docstring`), `def build` in `tests/text/labelled_articles.py` (its source
segment printed by an `ast` script of my own, that function only) and the `[tool.ruff]` tables of
`pyproject.toml` (a `sed` range), in one command; then, from `labelled_new123.py` and
`labelled_new124.py`, the output of a script of my own using `ast` that prints each module
docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES`. The tool cut the
middle of that output, so it was saved to a scratch file, of which `grep -n` showed the section
markers and `sed` showed six ranges (the rest of the docstring, the `STYLES` and most of the first
page of `labelled_new123.py`, the start of its second page and its cases, lines cut at 300 to 3,000
characters; the docstring, most of it, and the `STYLES` of `labelled_new124.py`). So most of the
second page of `labelled_new123.py` and the middle of the first page of `labelled_new124.py` were
never seen. No other page, case or docstring of any file under `tests/` was read. The project's
`.venv` did not exist: `ls -la /work/main` (top-level names only) showed that, a `find` for a `ruff`
binary found two in other writers' scratch folders, which were not used, and the first 40 lines of
the workplace's environment note `/work/.library/env/README.md` (about the machine and its package
registries, nothing about this project or its engine) were read while looking for it; `ruff` was
then installed with `pip` into a virtual environment of my own (ruff 0.17.6). What was run: Python
one-liners printing the calendars of September to November 2027 and the weekday of March 31, 2029;
scripts of my own in a scratch folder that turn a small line format (flag, speaker, cue and text
separated by a tilde, one line a paragraph unless it starts with "+", case marks naming a first
sentence and a length) into the literals below, apply renames, count sentences, flags and speakers
and cut the split cases out of the pages; substring, case-insensitive per-word file counts (`grep
-rliF -- WORD /work/main/tests/text | wc -l`) for every capitalised word of three letters or more
and every part of a hyphenated word of the pages (731 words), for about 200 candidate replacements
and coined words and for the 28 new words after the renames; an import of this file by path with
`labelled_articles.build` on every page and a check of the four string fields, the flags, the text
at each label's offsets, no "B" with a speaker, a cue for every speaker and a speaker for every cue,
30 distinct case ids with the prefix `h84-`, every case text in a built page and equal to its
sentences joined by single spaces, each expected sentence one labelled sentence of one paragraph, in
order, and the counts above; and `ruff format` and `ruff check` with the project's `pyproject.toml`
as config, the check through `--stdin-filename tests/text/labelled_heldout84.py` so that the
per-file ignores for `tests/**` apply. Only counts were read from the word searches, never the
matched lines or file names. Of the first draft's coined words, these hit more than two files and
were renamed: surnames and parts of double-barrelled surnames (Olanrewaju, Bligh, Carrow, Cloonagh,
Dhali, Giollarnáth, Hallowes, Dunn, Hautapu, Pretorius, Mokoena, Begum, Nahar, Molla, Ige, Kerr,
Bello, Moran, Reid, Oso), a club (Kahurangi Rovers), a swimming club (Otters), a town and a hospital
(Ellery), a station (Coulee), a foundation (Dane) and a few given names with them (Adebisi, Rokeya,
Nusrat); only replacements with at most two hits were kept. What still hits is real countries,
regions, cities, towns, rivers and institutions (Saskatoon, Montana, Great Falls, Havre, Roscommon,
Dundee, Westland, Poeldijk, Honselersdijk, Naaldwijk, Gorinchem, Tiruppur, Coimbatore, Noyyal,
Kongu, Gujarat, Surat, Hamburg, Dhaka, Niigata, Akita, Hokkaido, Ondo, Akure, Ile-Oluji, Oke-Igbo,
Satkhira, Khulna, Namaqualand, the Karoo, the Orange River, O.R. Tambo, Seoul, Launceston, Hobart,
Burnie, the Heartland Championship, Tidy Towns and the like), common given names kept on purpose
(Marisa, Dolores, Amanda, Harold, Wes, Tyler, Nora, Garrett, Ruth, Janelle, Kayla, Curtis, Eimear,
Kevin, Fionnuala, Pádraig, Bríd, Seán, Martina, Morag, Jessie, Kieran, Grant, Fiona, Ruud, Wilma,
Anirudh, Hemi, Tama, Rewi, Marama, Annelie, Thandiwe, Sibusiso, Hennie, Pieter, Yuki, Fumiko,
Babatunde, Tayo, Ebenezer, Comfort, Joseph, Yetunde, Kehinde, Oluwaseun, Funmilayo, Abdul, Tom, Sam
and the like), titles and tokens (Cllr, Engr, Alhaji, Baale, Iyaloja, Hon, Prof, SEMA, NZR, JST,
MDT, CST, IST, INR, GST, NSE, CIC, FCC, PDF) and ordinary and outlet words (Window, Baths, Brae,
Surge, Mart, Greenway, Textiles, Knitwear and the like).

Every person, outlet, station, firm, school division, hospital, trust, club, association, society,
charity, report, survey, study, species and figure is invented. Real countries, regions, cities and
institutions appear only as settings: those listed above, Saskatchewan's Ministry of Education,
Montana's Department of Public Health and Human Services, Medicaid and the Legislature, Roscommon
County Council, the Department of Transport and the High Court in Ireland, Dundee City Council, the
State Supervision of Mines and the SDE++ scheme, the Union Textile Ministry, the NSE, the Sensex and
the Nifty, New Zealand Rugby, the University of the Western Cape, the South African National
Biodiversity Institute and the National Research Foundation, Japan's Ministry of Land,
Infrastructure, Transport and Tourism and the Japan Meteorological Agency, Ondo State's Government
and House of Assembly and the Nigerian Meteorological Agency, Bangladesh's Department of Public
Health Engineering, NGO Affairs Bureau and Khulna University, and the Tasmanian Government (all with
invented statements, figures and people), and Facebook, X, WhatsApp, Telegram, LINE and LinkedIn (as
channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, label, byline, date, share line, caption, credit,
link, list item, prompt, table row, note and legal line is a paragraph of its own); each paragraph a
list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets:
furniture "B" line by line, whatever it says; a caption by its content and its credit "B"; headlines
and standfirsts never split and flagged by content, a headline's "says" or "finds" carrying the
speaker the story names as first given; a dateline belongs to its lead sentence; a speaker is the
full name as first given without titles, a pronoun or later surname resolving to it; an organisation
as the story first gives it, a later "it said" resolving to it, a generic noun ("the division", "The
trust", "The company", "the company", "the ministry", "The hospital", "the propagator") and a
document ("The letter", "The report", "The survey", "the paper") kept as written; "according to X"
gives X as written; a quote over several sentences carries its speaker and cue in each; a person
introduced without a verb of saying carries no speaker.

Conventions this set had to settle, in the same spirit:

* Phone pastes: a hamburger or "Menu ☰" line, "Open in app" prompts, "Listen to this article · 3
  min", a video's running time, "Tap to unmute", "Share ↗" and "Back to top ↑" are "B"; a "WATCH:"
  video title is a caption, "" by its content.
* Newsletter web view: "View this email in your browser", the issue line (with "No. 412"), the "In
  this issue:" contents line, "Sponsored by", "Read the full article on our website →", the
  SPONSORED block, the subscription reason, the unsubscribe row and the postal address are "B"; a
  brief's headline is a headline ("W" when it states a checkable fact); the PRICE WATCH title and
  its column-header row are "B" and its rows "" data; the DIARY title is "B" and its entries ""
  (schedule data, like timetable lines).
* Reader view: the domain line and the reading-time line are "B"; subheads the reader view keeps are
  "" like any subhead; a "first appeared in" line and a funding disclosure are "B".
* Public radio: "Listen • 4:38", the underwriting credit ("Support comes from" and the sponsor's
  line), "Copyright 2027 <station>" and a funder line are "B".
* Government media release: the "Media Release" label, the minister's name-and-portfolio line, the
  date line, a "Quotes attributable to X:" label, the media contact, attachments, an acknowledgement
  of Country and "Last updated" are "B"; the release's own voice carries no speaker (funding and
  figures of record "W"); the quotes under the label carry X with the cue "Quotes attributable to";
  "Minister Marrinder said", "Ms Marrinder said" and "The Minister said" resolve to the minister.
* NGO newsroom: the "Some names in this story have been changed ..." note is "B", like an editor's
  note; a pseudonym given as "Morjina Khatun (not her real name)" is the speaker as given, without
  the bracket; donation asks, the Donate button and the registration line are "B"; the method under
  "How we did the survey" states the sample and is "W", like a methodology note.
* Business daily: the market ticker and the "Premium" label are "B"; a company's guidance ("It said
  it expected revenue ... to fall 9–11%") is "" as a forecast, while the cancellations it reported
  are "W"; "Spinners say they have little choice." is a group kept as written, "".
* Titles dropped as in the recent sets, here also "Director of education", "Board chair", "Chief
  executive", "State Sen.", "Director of Services", "Cllr" with the party marker "(Ind)", "Deputy"
  (a TD), "head coach", "Railway President", "Tsugamori Mayor", "Engr.", "Alhaji", "Chief", "Madam",
  "Pa", "Mrs.", "Hon.", "SP", "Dr.", "Prof." and "Minister for Health"; chieftaincy roles ("The
  Baale of Igbelaja", "The Iyaloja of Igbelaja market") are descriptors before the name; "Md." in a
  Bangladeshi name is part of the name, kept, and never ends a sentence; Irish and Dutch particles
  ("Mac", "Ní", "van der") are kept, and "Van der Kooij-Lansbergen said" resolves to the name as
  first given; Japanese names stay in the order printed.
* "announced", "has confirmed", "has promised", "told the meeting", "told a news conference", "told
  the stock exchanges", "urged", "warned", "welcomed", "estimated" and "found" are cues; "did not
  respond to questions" is a refusal like "did not respond to a request for comment", ""; a joint
  announcement ("the company and the prefectural government announced") is kept as written.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Canadian LOCAL TV STATION\'s site pasted FROM A PHONE (Saskatchewan), a rural school division cuts 11 of 64 bus routes for want of drivers: call letters in capitals, a hamburger/search/watch-live strip, an "Open in the CJQM app" prompt, a section label with a middle dot; headline "W"; byline with a middle dot, a Published/Updated line with "p.m. CST", share line; a "WATCH:" video title "" with its running time and "Tap to unmute" "B"; "SASKATOON —" lead with "says" carrying the division as first given and "Nov. 1" mid-sentence "W"; "according to a letter the division sent to parents on Thursday" and "The letter says" (twice) "W"; the director of education with the role dropped ("W", "She said" "W", a two-sentence quote ""); Story continues below advertisement; a mother named before a relative clause ("6:55 a.m." ending a sentence before "“He\'s six." "W", a quote over two sentences "", "“Who decided that was safe?” she asked." ""); a driver introduced without a verb of saying "W" then "He said" "W" and a quote ""; the board chair ("W", a plan ""); "In an emailed statement, the Ministry of Education said" "W" and "the statement said" ""; a bus contractor that "did not respond to a request for comment" ""; a fact with no speaker "W" and a schedule ""; a "With files from" line, an error link, a two-sentence tip line, MORE LOCAL NEWS list, footer links, copyright split at "Inc." before "All rights reserved.", "Back to top ↑"',
    'United States PUBLIC RADIO SITE from a desktop (Montana), a hospital stops delivering babies: station name in capitals, a Listen Live/Donate strip, menu with pipes, section label; headline "W"; byline, a Published line with "AM MDT", an audio "Listen • 4:38" line, share line; caption "" and a slash credit; the lead ending "Kessling Valley Health announced Monday" with "Jan. 15" mid-sentence "W"; "according to figures it reports to the state health department" "W"; the chief executive with the role dropped ("W", "He said" with "Dr. Ruth ..." mid-sentence "W", a two-sentence quote ""); an underwriting credit ("Support comes from" and the sponsor line "B"); a nurse-midwife named before a relative clause ("W", "she said" and "“It\'s a gamble.”" ""); an expectant rancher ("W", "“Who pays for that?” she asked." "", "She said" "W"); a report through "according to" "W"; a state senator with "State Sen." dropped ("W", a plan ""); "A spokesperson for the state Department of Public Health and Human Services said in an email" "W"; "The hospital says" a plan ""; a meeting "at 7 p.m." mid-sentence "" and "Hospital board members have said" ""; copyright line, tags, a reporter bio in two sentences, a funder line, Related Content list, a newsletter line, a listener-support appeal in two sentences, footer links',
    'Irish COUNTY WEEKLY\'s site from a desktop (Roscommon), the council confirms a compulsory purchase order for a greenway: masthead in capitals, a "Serving ... since 1911" line, subscribe strip with death notices, menu with wide spaces, section path with ›; headline and standfirst of record "W"; byline with a double-barrelled surname, a date line, share line; caption "" and photo credit; the lead and the route with no speaker "W"; the Director of Services with the title dropped and the particle "Mac" kept ("told the meeting" "W", "She said" "W", "Ms Mac ... said" "" and "“The largest single parcel we need is 1.8 acres.”" "W"); a councillor with "Cllr" and "(Ind)" dropped ("W"), "A study commissioned by the council in 2025 estimated" "W" between him and "he said" ""; a councillor with "Ní" kept ("W", ""); a farmer named before a relative clause ("W", a quote over two sentences ""); Advertisement; a farm lobby group with its descriptor dropped ""; a TD with "Deputy" dropped ("W"); "A spokesperson for the Department of Transport said the department did not comment ..." ""; "according to the council\'s report to Monday\'s meeting" and "The report shows" "W"; a forecast ""; a Read more link; the director again "Ms Mac ... said" "W"; a buy-the-paper line, a Community Notes deadline, More News and Most Read lists, a contact line, copyright, footer links',
    'Scottish CITY HYPERLOCAL pasted FROM A PHONE (Dundee), a swimming baths to close for 18 months: site name, "Menu ☰", a tagline, a support prompt with an arrow, a section label in capitals; headline "W"; lower-case "by" byline, a date-and-read-time line, "Share ↗"; caption "" and "Pic:" credit; "Taymouth Leisure Trust has confirmed" "W"; "The trust told a meeting ..." and "The trust says" kept as written "W"; "An engineers\' survey ... found" "W"; the head of facilities named before her role ("W", a quote ""); a swimmer introduced without a verb of saying, "every weekday at 7am." ending a sentence before her quote ("W", a first-person record "W", a question ""); a petitioner ("W", a plan ""); "The trust said" a cost "W"; a two-sentence reader-support ask "B"; a swimming club with the article kept ("W"); a coach named after his quote (two sentences "") and "Ferriday said" "W"; "Staff at Wellgait Primary" kept as written ""; a ward councillor ("W"); "A Dundee City Council spokesperson said" ""; dates of record "W" and "The trust has promised" ""; an "Update, 5.40pm" label "B" and the update ""; comment count and sign-in prompt, More from list, a CIC company line, copyright',
    'Dutch TRADE MAGAZINE\'s NEWSLETTER in its WEB VIEW (Westland greenhouses), 38 growers sign up for geothermal heat: "View this email in your browser", title in capitals, an issue line with "No. 412", an "In this issue:" contents line, a sponsor line; the lead item\'s headline "W" and a standfirst with a plan ""; byline; the lead with "Hofland Aardwarmte B.V. said" mid-sentence after its descriptor "W" and "according to the company" "W"; the managing director ("W" with "84°C", an opinion with a number ""); a grower with the particle "van der" and a double surname, capitalised later ("Van der Kooij-Lansbergen said") ("W", "“We signed on the first day,”" "W", ""); a subsidy with no speaker "W"; "according to a report by the State Supervision of Mines" "W" and "The company said" "W"; "A spokeswoman for Glasvast, the growers\' association," ("" then "She said" "W"); a read-more link; an IN BRIEF block of three items, each a headline "W" and a sentence "W" (one with "the propagator said", one through "according to regional job agency figures"); a PRICE WATCH title and header row "B" with three "" data rows; a DIARY title "B" with two "" schedule lines; a SPONSORED block in two sentences; the subscription reason, an unsubscribe/preferences row, a postal address line and copyright split at "B.V." before "All rights reserved."',
    'Indian BUSINESS DAILY from a desktop (Tiruppur knitwear), exporters lose ₹1,400 crore of orders as yarn prices rise 18%: masthead in capitals, a tagline, a market ticker strip, ePaper strip, menu with pipes, section path with a slash; headline "W" and a standfirst "..., exporters\' body says" carrying the association as the lead names it "W"; byline with no "By", a place-and-Updated line with IST, a "Premium" label, share line; caption "" and "File photo"; the lead "the Noyyal Knitwear Exporters\' Association said" "W" and "it said" resolving to it "W"; the association president with initials "K. R." and later "Mr." ("W", "W", a two-sentence quote "" whose "He" is a buyer, not the speaker); "Spinners say they have little choice." "" before "Dr. Vaishnavi ..." ("W", "She said" "W", a quote ""); a listed company with "Ltd." mid-sentence "told the stock exchanges" "W", "It said it expected" a forecast "", a share move and an index move with no speaker "W"; an Also Read link; "according to commerce ministry data released on Oct. 15." ending a sentence before "It was the fourth monthly fall in a row." "W"; an analyst named after his forecast ("" then "He said" "W"); "A Textile Ministry official, who did not wish to be named," a plan ""; two promotional lines, a disclaimer, topics, More from Industry list, copyright split at "Pvt. Ltd." before "All rights reserved.", footer links',
    'New Zealand SPORTS SITE pasted FROM A PHONE (provincial rugby), a union posts a $612,000 loss and may leave the Heartland Championship: site name in capitals, a hamburger/scores/search strip, "Open in app", a section label with a middle dot; headline "W"; byline, date line with "6:40pm", a "Listen to this article · 3 min" line; caption "" and "Photo /" credit; the loss "according to its annual report, released on Tuesday" "W" and a plan ""; "The report shows" "W"; "The dairy company, Mangatū Milk, did not respond to questions ..." with the descriptor dropped ""; the chief executive ("W", a quote "" and "W"); Advertisement; the board chair ("W" for a dated meeting, a quote ""); "..., Tamepo said" "W"; a season record "W"; the captain named before a long apposition ("W", a quote over two sentences "", a hedge ""); "New Zealand Rugby said" "" and "An NZR spokesperson said" "W"; a club president ("W", ""); a supporters\' club organiser named after her quote ("", "She said" "W"); a Latest scores title and a competition line "B" with three "" score lines; a newsletter prompt, Trending list, a comments prompt, copyright, footer links',
    'South African SCIENCE-NEWS SITE pasted FROM A READER VIEW (Namaqualand), poachers have taken 62% of a rare succulent: a domain line and a "7–9 minutes" reading-time line "B" and no menus; headline "..., survey finds" carrying the survey as the lead names it "W"; byline; a standfirst of colour ""; caption "" and "Image:" credit; the lead "according to a field survey published on Wednesday" "W"; "The survey, by botanists from ..., found" "W" and a finding with no verb of saying "W"; the journal "W"; the lead author with "Dr" dropped and a double surname ("W", a quote "" then "W"); a species history "W"; "according to the paper" "W" and a hedge ""; a subhead ""; "according to court papers" with "O.R. Tambo" mid-sentence "W" and a fine "W"; the co-author ("W", ""); the team\'s searches "W" and a warning ""; the lead author named by surname ("" twice); a Read more line; "Police said" "W"; "A spokesperson for the South African National Biodiversity Institute" ("" then "She said" "W"); a sheep farmer named before a relative clause ("W", "he said" "W", ""); a subhead "" and a plan ""; a journal reference line, a first-appeared line and a funding disclosure "B"',
    'ENGLISH-LANGUAGE DAILY ABROAD from a desktop (Japan, Niigata), a third-sector railway to be replaced by buses: masthead in capitals, a subscribe/log-in/Japanese-edition strip, menu with pipes, section path with ›; headline "W"; byline with a slash role, a date line with JST, share line with LINE; caption "" and credit; "NIIGATA —" lead "the company and the prefectural government announced" kept as written "W"; ridership and stations with no speaker "W"; the railway president with the title dropped "told a news conference" "W", a bowing quote over two sentences "", "Asked whether ..., Hanezawa said" "W"; "the company said" and "it said" resolving to the company as first given "W"; "according to the prefecture\'s estimate" "W"; the mayor with "Tsugamori Mayor" dropped ("W", a plan ""); a student introduced without a verb of saying with "6:48 a.m." mid-sentence "W", his quote over two sentences ""; "according to the Japan Meteorological Agency" "W"; the transport ministry ("" then "according to the ministry" "W"); a noodle-shop owner named after her quote ("W", ""); "A citizens\' group, the Society to Protect ...," with the descriptor dropped "W", its representative named in apposition ("", two quote sentences ""); schedules ""; Related list, a two-sentence premium prompt, copyright split at "Co., Ltd." before "All rights reserved.", footer links',
    'Nigerian REGIONAL BROADCASTER\'s site pasted FROM A PHONE (Ondo State), a bridge collapse cuts off 14 communities: call sign in capitals, a Listen Live/hamburger strip, breadcrumb with ›; headline "W"; byline, a date-and-read-time line, share line; caption "" and photo credit; the lead with no speaker "W"; "about 4 a.m. on Thursday." ending a sentence before "Nobody was on it at the time." "W" and "Residents said" "W"; the works commissioner with "Engr." dropped ("W", a plan ""); "In a statement on Friday, the Chief Press Secretary to the Governor, Mr. ..., said" "W"; the state emergency agency with its acronym in brackets "W"; its executive secretary with "Alhaji" dropped ("W", "He urged" ""); the Baale with "Chief" dropped ("W", a quote over two sentences ""); the Iyaloja with "Madam" dropped ("W", ""); a farmer with "Pa" dropped ("W", ""); ADVERTISEMENT; a health officer with "Mrs." dropped "W"; a motorcyclist with "₦" fares "W"; a lawmaker with "Hon." dropped "W"; the police spokesperson with "SP" dropped "warned" ""; a weather forecast through "according to the Nigerian Meteorological Agency (NiMet)" ""; ALSO READ link, a WhatsApp line, tags, You may also like list, copyright split at "Service." before "All Rights Reserved."',
    'Bangladeshi CHARITY/NGO NEWSROOM from a desktop (Satkhira coast), a household survey finds seven in ten households drink water too salty to be safe: charity name in capitals, menu with pipes, a Donate button, section path with ›; headline "..., our survey finds" carrying the survey as the lead names it "W"; a News/date line, byline with a role, a names-changed note "B"; caption "" and "Photo: ©" credit; the lead "according to a survey of 1,204 households that Sonaban Trust carried out in June and July" "W" and a comparison "W"; "The survey found" "W"; a woman with a pseudonym "(not her real name)" introduced without a verb of saying ("W", "W" with "5 a.m." mid-sentence, "she said" "", a first-person record "W", "She said" "W"); the country director with "Dr." dropped ("W", a plan ""); the programme manager named before a relative clause ("W", "He said" "W", ""); the union chairman with "Md." kept as part of his name ("W", a question with "he asked" ""); a government department "W"; a researcher with "Prof." dropped ("W", ""); a "How we did the survey" subhead "" and a method of record "W"; a donation ask, Donate button, share lines, a report link, a sign-up line, Related stories list, a registration line with "Reg. No. 3108." before an address, copyright',
    'Australian GOVERNMENT PRESS RELEASE PAGE from a desktop (Tasmania), $36.5 million for a hospital emergency department: skip link, government name, menu with pipes, breadcrumb with ›, a "Media Release" label, the minister\'s name-and-portfolio line and a date line "B"; headline "W"; the release\'s own voice with no speaker "W"; the minister with "Minister for Health" dropped ("W"), "Minister Marrinder said" over a two-sentence quote "", "Ms Marrinder said" "W", "The Minister said" a schedule "" and "She said" a promise "", "The Minister also announced" "W"; the plan and extra nurses "W"; a tender ""; a "Quotes attributable to the Member for Braddon, ...:" label "B" and his quotes carried by him with that cue (four sentences ""); a clinician with "Dr" dropped "welcomed" "" and "Dr Brackenreid said" "W"; consultation ""; media contact, attachments, tags, share line, subscribe line, related releases list, an acknowledgement of Country, footer links and a Last updated line "B"',
]

ARTICLES = [
    [
        [("CJQM NEWS", "", "", "B")],
        [("☰    Search    Watch live", "", "", "B")],
        [("Open in the CJQM app", "", "", "B")],
        [("LOCAL · SASKATOON", "", "", "B")],
        [("Rural school division cuts 11 bus routes as driver shortage deepens", "", "", "W")],
        [("Marisa Dunkelbeck · CJQM News", "", "", "B")],
        [
            (
                "Published Oct. 14, 2027 5:48 p.m. CST · Updated Oct. 14, 2027 7:02 p.m. CST",
                "",
                "",
                "B",
            )
        ],
        [("Share    Facebook    X    Email    Copy link", "", "", "B")],
        [("WATCH: Families near Ravensmoor brace for longer bus rides this winter", "", "", "")],
        [("2:31", "", "", "B")],
        [("Tap to unmute", "", "", "B")],
        [
            (
                "SASKATOON — The Tamsett Valley School Division says it will cut 11 of its 64 rural bus routes on Nov. 1 because it cannot find enough drivers.",
                "The Tamsett Valley School Division",
                "says",
                "W",
            ),
            (
                "About 430 students will be moved onto longer combined routes, according to a letter the division sent to parents on Thursday.",
                "a letter the division sent to parents on Thursday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The letter says 38 families who live more than 40 kilometres from a school will be offered a mileage payment instead of a bus.",
                "The letter",
                "says",
                "W",
            ),
            (
                "Last winter, the division cancelled buses on 19 days because of extreme cold or snow, the letter says.",
                "The letter",
                "says",
                "W",
            ),
        ],
        [
            (
                "Director of education Dolores Kravchenyk said the division had 71 drivers on its roster in September 2025 and has 52 today.",
                "Dolores Kravchenyk",
                "said",
                "W",
            ),
            (
                "She said 14 drivers retired or quit in the past year, and only three new drivers finished the Class 2 licence training the division pays for.",
                "Dolores Kravchenyk",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We've had office staff, mechanics, even a vice-principal driving routes to cover the gaps,” Kravchenyk said.",
                "Dolores Kravchenyk",
                "said",
                "",
            ),
            (
                "“That was never going to get us through a winter.”",
                "Dolores Kravchenyk",
                "said",
                "",
            ),
        ],
        [("Story continues below advertisement", "", "", "B")],
        [
            (
                "Amanda Ostrowsky-Kuehn, whose two sons attend Ravensmoor School, said their pickup time will move from 7:50 a.m. to 6:55 a.m.",
                "Amanda Ostrowsky-Kuehn",
                "said",
                "W",
            ),
            ("“He's six.", "Amanda Ostrowsky-Kuehn", "said", ""),
            (
                "He'll be standing at the end of our lane in the dark from now until March,” she said of her younger son.",
                "Amanda Ostrowsky-Kuehn",
                "said",
                "",
            ),
            ("“Who decided that was safe?” she asked.", "Amanda Ostrowsky-Kuehn", "asked", ""),
        ],
        [
            (
                "Harold Sokalchuk, 71, has driven Route 17 out of Ravensmoor for 23 years.",
                "",
                "",
                "W",
            ),
            (
                "He said the division's wage of $24.10 an hour had fallen behind what the potash mines east of the city pay their drivers.",
                "Harold Sokalchuk",
                "said",
                "W",
            ),
            (
                "“I'd stay on if they asked nicely, but my knees have their own opinion,” Sokalchuk said with a laugh.",
                "Harold Sokalchuk",
                "said",
                "",
            ),
        ],
        [
            (
                "Board chair Wes Pelletrand said trustees voted 7-2 on Wednesday night to approve the cuts after a closed session that ran almost three hours.",
                "Wes Pelletrand",
                "said",
                "W",
            ),
            (
                "He said the board would look at the routes again in January if enough drivers were hired.",
                "Wes Pelletrand",
                "said",
                "",
            ),
        ],
        [
            (
                "In an emailed statement, the Ministry of Education said it gave the division an extra $1.2 million for transportation this year on top of its operating grant.",
                "the Ministry of Education",
                "said",
                "W",
            ),
            (
                "“Decisions about routes are made by locally elected boards, who know their communities best,” the statement said.",
                "the Ministry of Education",
                "the statement said",
                "",
            ),
        ],
        [
            (
                "Trembloy Coach Lines, which runs nine of the division's routes under contract, did not respond to a request for comment before deadline.",
                "Trembloy Coach Lines",
                "did not respond to a request for comment",
                "",
            )
        ],
        [
            (
                "The division covers about 9,800 square kilometres and buses roughly 2,100 of its 5,600 students each school day.",
                "",
                "",
                "W",
            )
        ],
        [("New route maps will be posted on the division's website on Monday.", "", "", "")],
        [("With files from CJQM's Tyler Brecknock.", "", "", "B")],
        [("Report a typo or error", "", "", "B")],
        [("Got a news tip?", "", "", "B"), ("Email newsdesk@cjqm.ca.", "", "", "B")],
        [("MORE LOCAL NEWS", "", "", "B")],
        [("Saskatoon council approves 4.9% tax increase for 2028", "", "", "B")],
        [("Crews contain grass fire north of Kelvorth", "", "", "B")],
        [("Weather    Traffic    Contests    Contact us", "", "", "B")],
        [
            ("© 2027 CJQM, a division of Prairieline Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Back to top ↑", "", "", "B")],
    ],
    [
        [("SAGEBRUSH PUBLIC RADIO", "", "", "B")],
        [("Listen Live    Donate    Schedule    Podcasts", "", "", "B")],
        [("News | Agriculture | Arts & Culture | Programs | Events | About", "", "", "B")],
        [("Health", "", "", "B")],
        [("Fort Kessling hospital will stop delivering babies in January", "", "", "W")],
        [("By Nora Kessendahl", "", "", "B")],
        [("Published October 19, 2027 at 6:12 AM MDT", "", "", "B")],
        [("Listen • 4:38", "", "", "B")],
        [("Facebook | X | Email", "", "", "B")],
        [
            (
                "Nurse-midwife Janelle Haugerud in an empty delivery room at Kessling Valley Health in Fort Kessling.",
                "",
                "",
                "",
            )
        ],
        [("Nora Kessendahl / Sagebrush Public Radio", "", "", "B")],
        [
            (
                "Expectant mothers in Tamarack County will have to drive as far as 96 miles to give birth after the county's only hospital stops delivering babies on Jan. 15, Kessling Valley Health announced Monday.",
                "Kessling Valley Health",
                "announced",
                "W",
            ),
            (
                "The 25-bed hospital delivered 112 babies last year, down from 181 in 2019, according to figures it reports to the state health department.",
                "figures it reports to the state health department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Chief executive Garrett Lindmoe said the unit lost about $1.9 million in the last fiscal year.",
                "Garrett Lindmoe",
                "said",
                "W",
            ),
            (
                "He said the hospital had been unable to hire a second obstetrician since Dr. Ruth Vanderkolk retired in 2025, and had paid traveling nurses as much as $140 an hour to keep the unit open around the clock.",
                "Garrett Lindmoe",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody in this building wanted to make this decision,” Lindmoe said.",
                "Garrett Lindmoe",
                "said",
                "",
            ),
            (
                "“But a labor and delivery unit that can't staff its own nights is not a safe unit.”",
                "Garrett Lindmoe",
                "said",
                "",
            ),
        ],
        [("Support comes from", "", "", "B")],
        [
            (
                "Tamarack Valley Co-op — fuel, feed and farm supply for the Hi-Line since 1948.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Janelle Haugerud, a certified nurse-midwife who has worked at the hospital for 17 years, said she has delivered two babies in pickup trucks in the hospital parking lot since 2020.",
                "Janelle Haugerud",
                "said",
                "W",
            ),
            (
                "“Ninety-six miles in February isn't a drive,” she said.",
                "Janelle Haugerud",
                "said",
                "",
            ),
            ("“It's a gamble.”", "Janelle Haugerud", "said", ""),
        ],
        [
            (
                "Kayla Brunsvold, who is due in March, said her doctor has told her to plan on staying at a hotel in Great Falls for the last two weeks of her pregnancy.",
                "Kayla Brunsvold",
                "said",
                "W",
            ),
            ("“Who pays for that?” she asked.", "Kayla Brunsvold", "asked", ""),
            (
                "She said she and her husband run about 400 head of cattle north of Fort Kessling and cannot both be away from the ranch during calving.",
                "Kayla Brunsvold",
                "said",
                "W",
            ),
        ],
        [
            (
                "At least 11 rural hospitals in Montana have closed their labor and delivery units since 2015, according to a 2026 report by the Rocky Front Rural Health Collaborative.",
                "a 2026 report by the Rocky Front Rural Health Collaborative",
                "according to",
                "W",
            )
        ],
        [
            (
                "State Sen. Curtis Haldrup, a Republican whose district includes Fort Kessling, said Medicaid pays for 58% of the births at the hospital but covers less than half of what each one costs.",
                "Curtis Haldrup",
                "said",
                "W",
            ),
            (
                "He said he would ask the Legislature's interim health committee to take up rural maternity rates at its December meeting.",
                "Curtis Haldrup",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the state Department of Public Health and Human Services said in an email that the department does not decide which services a hospital offers.",
                "A spokesperson for the state Department of Public Health and Human Services",
                "said in an email",
                "W",
            )
        ],
        [
            (
                "The hospital says it will keep its obstetrics clinic open for prenatal visits and will train emergency room staff to handle unplanned births.",
                "The hospital",
                "says",
                "",
            )
        ],
        [
            (
                "A community meeting is set for Oct. 28 at 7 p.m. at the Tamarack County Fairgrounds.",
                "",
                "",
                "",
            ),
            (
                "Hospital board members have said they will attend.",
                "Hospital board members",
                "have said",
                "",
            ),
        ],
        [("Copyright 2027 Sagebrush Public Radio", "", "", "B")],
        [("Tags: Health | Rural Hospitals | Fort Kessling | Tamarack County", "", "", "B")],
        [
            (
                "Nora Kessendahl is Sagebrush Public Radio's health reporter, based in Havre.",
                "",
                "",
                "B",
            ),
            ("She can be reached at nkessendahl@sagebrushradio.org.", "", "", "B"),
        ],
        [("This reporting is supported in part by the Harwell Family Foundation.", "", "", "B")],
        [("Related Content", "", "", "B")],
        [("Two Hi-Line clinics to share one doctor under new agreement", "", "", "B")],
        [("Ranchers brace for a thin hay year after dry September", "", "", "B")],
        [("Sign up for our weekly newsletter, The Sagebrush Briefing.", "", "", "B")],
        [
            ("Sagebrush Public Radio is listener-supported.", "", "", "B"),
            ("Donate today.", "", "", "B"),
        ],
        [("Privacy Policy | FCC Public Files | Contact Us | Careers", "", "", "B")],
    ],
    [
        [("THE KILBRECKAN NATIONALIST", "", "", "B")],
        [("Serving mid-Roscommon since 1911", "", "", "B")],
        [("Subscribe | E-edition | Death Notices | Sign in", "", "", "B")],
        [("News   Sport   GAA   Farming   Community Notes   Property   Jobs", "", "", "B")],
        [("News › Local", "", "", "B")],
        [("Council votes to buy land for Owenbeg Greenway despite 14 objections", "", "", "W")],
        [
            (
                "Councillors back compulsory purchase order by 14 votes to 4 after two-hour debate",
                "",
                "",
                "W",
            )
        ],
        [("By Eimear Drumsnaght-Fenton", "", "", "B")],
        [("Wednesday, 20 October 2027", "", "", "B")],
        [("Share on Facebook | Share on X | Email", "", "", "B")],
        [
            (
                "The disused railway line near Carrowmaddy, which the greenway will follow.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Kevin Mallowan", "", "", "B")],
        [
            (
                "Roscommon County Council will press ahead with the compulsory purchase of land for the 31-kilometre Owenbeg Greenway after councillors voted 14 to 4 on Monday to confirm the order.",
                "",
                "",
                "W",
            ),
            (
                "The route follows the old railway line between Kilbreckan and Cloonlahan, which closed to passengers in 1963 and to goods traffic in 1975.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Director of Services Fionnuala Mac Giollacuáin told the meeting that the council had reached voluntary agreements with 62 of the 76 landowners along the route.",
                "Fionnuala Mac Giollacuáin",
                "told the meeting",
                "W",
            ),
            (
                "She said the remaining 14 had lodged objections, most of them about access to fields the greenway would divide.",
                "Fionnuala Mac Giollacuáin",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody is losing a farm over this,” Ms Mac Giollacuáin said.",
                "Fionnuala Mac Giollacuáin",
                "said",
                "",
            ),
            (
                "“The largest single parcel we need is 1.8 acres.”",
                "Fionnuala Mac Giollacuáin",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cllr Pádraig Tonery (Ind), who proposed the motion, said Kilbreckan had been waiting for the greenway since it was first promised in 2007.",
                "Pádraig Tonery",
                "said",
                "W",
            ),
            (
                "A study commissioned by the council in 2025 estimated that it would bring €3.1 million a year in visitor spending to the area.",
                "A study commissioned by the council in 2025",
                "estimated",
                "W",
            ),
            (
                "“Every town around us has one, and we've watched the cyclists drive past us to get to them,” he said.",
                "Pádraig Tonery",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Bríd Ní Chorráin, one of the four who voted against, said landowners were sent letters in August giving them six weeks to respond, in the middle of the silage season.",
                "Bríd Ní Chorráin",
                "said",
                "W",
            ),
            (
                "“You don't do that to families who have been on that land for five generations,” she said.",
                "Bríd Ní Chorráin",
                "said",
                "",
            ),
        ],
        [
            (
                "Seán Keavney-Dolan, who farms 90 acres at Carrowmaddy, said the greenway would cut his holding in two and his cattle would have to cross it twice a day.",
                "Seán Keavney-Dolan",
                "said",
                "W",
            ),
            ("“I'm not against a greenway.", "Seán Keavney-Dolan", "said", ""),
            ("I'm against it going through my yard,” he said.", "Seán Keavney-Dolan", "said", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The farm lobby group Talamh Ceart said it would support any landowner who challenged the order in the High Court.",
                "Talamh Ceart",
                "said",
                "",
            )
        ],
        [
            (
                "Deputy Martina Grealish-Connerty, a local TD, said she had written to the Minister for Transport asking that the project's €9.4 million in funding be ring-fenced.",
                "Martina Grealish-Connerty",
                "said",
                "W",
            )
        ],
        [
            (
                "A spokesperson for the Department of Transport said the department did not comment on individual projects.",
                "A spokesperson for the Department of Transport",
                "said",
                "",
            )
        ],
        [
            (
                "The money comes from the department's active travel fund, according to the council's report to Monday's meeting.",
                "the council's report to Monday's meeting",
                "according to",
                "W",
            ),
            (
                "The report shows that €1.3 million has already been spent on design and ecological surveys.",
                "The report",
                "shows",
                "W",
            ),
        ],
        [
            (
                "Construction is expected to start in spring 2028, and the first 12 kilometres could open in 2029.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Read more: Kilbreckan Tidy Towns group wins gold medal for third year in a row",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Ms Mac Giollacuáin said objectors could still challenge the decision in the courts within eight weeks.",
                "Fionnuala Mac Giollacuáin",
                "said",
                "W",
            )
        ],
        [
            (
                "Get the full story, and all the week's local news, in this week's Nationalist, in shops now.",
                "",
                "",
                "B",
            )
        ],
        [("Community Notes must reach us by 5pm on Monday.", "", "", "B")],
        [("More News", "", "", "B")],
        [("Strokeford Mart reports record prices for weanlings", "", "", "B")],
        [("Gardaí appeal for witnesses after Cloonlahan break-in", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Funeral arrangements announced for former county manager", "", "", "B")],
        [("Two Kilbreckan pubs change hands in same week", "", "", "B")],
        [("Contact the newsroom: news@kilbreckannationalist.ie | 090 662 4418", "", "", "B")],
        [("© Kilbreckan Nationalist Ltd 2027", "", "", "B")],
        [("Privacy | Cookies | Terms | Advertise with us", "", "", "B")],
    ],
    [
        [("Wellgait Window", "", "", "B")],
        [("Menu ☰", "", "", "B")],
        [("Dundee's Wellgait, street by street", "", "", "B")],
        [("Support us from £3 a month →", "", "", "B")],
        [("COUNCIL & SERVICES", "", "", "B")],
        [("Wellgait Baths to shut for 18 months as roof repair bill hits £4.2m", "", "", "W")],
        [("by Aileen Stronachie", "", "", "B")],
        [("22 Oct 2027 · 4 min read", "", "", "B")],
        [("Share ↗", "", "", "B")],
        [("The main pool at Wellgait Baths, pictured on Thursday morning.", "", "", "")],
        [("Pic: Wellgait Window", "", "", "B")],
        [
            (
                "Wellgait Baths will close on 3 January for at least 18 months while its roof is replaced, Taymouth Leisure Trust has confirmed.",
                "Taymouth Leisure Trust",
                "has confirmed",
                "W",
            )
        ],
        [
            (
                "The trust told a meeting of Wellgait Community Council on Wednesday night that the work would cost £4.2m, more than double the £1.9m it estimated in 2025.",
                "The trust",
                "told",
                "W",
            ),
            (
                "An engineers' survey carried out in the summer found corrosion in 31 of the roof's 40 steel trusses.",
                "An engineers' survey carried out in the summer",
                "found",
                "W",
            ),
        ],
        [
            (
                "The trust runs five pools in the city and says Wellgait had 96,000 visits last year.",
                "The trust",
                "says",
                "W",
            )
        ],
        [
            (
                "Morag Auchterlonie, the trust's head of facilities, said the building was safe to use until Christmas but could not stay open through another winter.",
                "Morag Auchterlonie",
                "said",
                "W",
            ),
            (
                "“I'd rather we close it on our terms than have it closed for us,” she said.",
                "Morag Auchterlonie",
                "said",
                "",
            ),
        ],
        [
            ("Jessie McAvennie, 81, swims at Wellgait Baths every weekday at 7am.", "", "", "W"),
            (
                "“I've been coming since the day it opened in 1968,” she said.",
                "Jessie McAvennie",
                "said",
                "W",
            ),
            (
                "“Where am I meant to go, the other side of the city on two buses?”",
                "Jessie McAvennie",
                "said",
                "",
            ),
        ],
        [
            (
                "Kieran O'Hagarty, who started a petition asking the trust to do the work in two phases so the small pool can stay open, said it had 2,340 signatures by Friday morning.",
                "Kieran O'Hagarty",
                "said",
                "W",
            ),
            (
                "He said he would hand it to the trust's board at its next meeting.",
                "Kieran O'Hagarty",
                "said",
                "",
            ),
        ],
        [
            (
                "The trust said doing the work in two phases would add about £700,000 and six months to the job.",
                "The trust",
                "said",
                "W",
            )
        ],
        [
            ("Wellgait Window is run by three people and paid for by readers.", "", "", "B"),
            ("If this story mattered to you, chip in from £3 a month.", "", "", "B"),
        ],
        [
            (
                "The Wellgait Selkies, the area's swimming club, said its 160 members had been offered lane time at another pool on Saturday mornings only.",
                "The Wellgait Selkies",
                "said",
                "W",
            )
        ],
        [
            (
                "“You can't run a club on one morning a week,” head coach Grant Ferriday said.",
                "Grant Ferriday",
                "said",
                "",
            ),
            (
                "“We'll lose the wee ones first, and they don't come back.”",
                "Grant Ferriday",
                "said",
                "",
            ),
        ],
        [
            (
                "Ferriday said the club had 40 children on its waiting list.",
                "Grant Ferriday",
                "said",
                "W",
            )
        ],
        [
            (
                "Staff at Wellgait Primary, whose pupils have swimming lessons at the baths, said the school would look for another pool.",
                "Staff at Wellgait Primary",
                "said",
                "",
            )
        ],
        [
            (
                "Fiona Craigavie, who represents Wellgait on the city council, said she asked in September for £600,000 to be found for a temporary pool and had “not had a straight answer”.",
                "Fiona Craigavie",
                "said",
                "W",
            )
        ],
        [
            (
                "A Dundee City Council spokesperson said the council was “working closely with the trust” and would set out options in November.",
                "A Dundee City Council spokesperson",
                "said",
                "",
            )
        ],
        [
            ("The baths, on Wellgait Brae, were last refurbished in 2004.", "", "", "W"),
            ("The small learner pool was added in 1991.", "", "", "W"),
            (
                "The trust has promised to publish a timetable for the work before Christmas.",
                "The trust",
                "has promised",
                "",
            ),
        ],
        [("Update, 5.40pm", "", "", "B")],
        [("The trust has agreed to meet the petition organisers next Thursday.", "", "", "")],
        [("Comments (14)", "", "", "B")],
        [("Sign in to comment", "", "", "B")],
        [("More from Wellgait", "", "", "B")],
        [("Café owner's plea as Brae roadworks enter week nine", "", "", "B")],
        [("Community fridge opens at St Aidan's hall", "", "", "B")],
        [("Wellgait Window CIC, company number SC712044.", "", "", "B")],
        [("© 2027 Wellgait Window", "", "", "B")],
    ],
    [
        [("View this email in your browser", "", "", "B")],
        [("KASSENPRAKTIJK INTERNATIONAL", "", "", "B")],
        [("Weekly newsletter · No. 412 · 21 October 2027", "", "", "B")],
        [
            (
                "In this issue: Geothermal heat for 38 Westland growers · Tomato prices slide · Propagator opens new site · Diary",
                "",
                "",
                "B",
            )
        ],
        [("Sponsored by Dosaflex Climate Systems", "", "", "B")],
        [("Westland geothermal project signs up 38 growers", "", "", "W")],
        [
            (
                "Heat from a well 2.4 kilometres deep will warm 210 hectares of glass from the 2028–29 heating season",
                "",
                "",
                "",
            )
        ],
        [("By Jorien Vlasbloem", "", "", "B")],
        [
            (
                "Thirty-eight greenhouse growers in the Westland have signed 15-year contracts to take heat from a new geothermal doublet near Poeldijk, the project company Hofland Aardwarmte B.V. said last week.",
                "Hofland Aardwarmte B.V.",
                "said",
                "W",
            ),
            (
                "The contracts cover 210 hectares of glass, about 7% of the Westland's greenhouse area, according to the company.",
                "the company",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Managing director Ruud Spaanderman said the doublet, drilled to 2,400 metres in 2026, delivers water at 84°C and will replace about 31 million cubic metres of natural gas a year.",
                "Ruud Spaanderman",
                "said",
                "W",
            ),
            (
                "“For a grower whose gas contract ends in 2028, this is the cheapest heat on the table,” he said.",
                "Ruud Spaanderman",
                "said",
                "",
            ),
        ],
        [
            (
                "Wilma van der Kooij-Lansbergen, whose family grows truss tomatoes on 6.5 hectares near Honselersdijk, said her firm's gas bill was €1.1 million in 2026.",
                "Wilma van der Kooij-Lansbergen",
                "said",
                "W",
            ),
            (
                "“We signed on the first day,” Van der Kooij-Lansbergen said.",
                "Wilma van der Kooij-Lansbergen",
                "said",
                "W",
            ),
            (
                "“I would have signed the night before if they'd let me.”",
                "Wilma van der Kooij-Lansbergen",
                "said",
                "",
            ),
        ],
        [
            (
                "The project received €46 million under the national SDE++ subsidy scheme in 2025.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Drilling was halted for six weeks in 2026 after a pressure anomaly in the second well, according to a report by the State Supervision of Mines.",
                "a report by the State Supervision of Mines",
                "according to",
                "W",
            ),
            (
                "The company said no seismic activity had been recorded at the site since.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokeswoman for Glasvast, the growers' association, said the project showed what was possible “when growers, banks and the government stop waiting for each other”.",
                "A spokeswoman for Glasvast",
                "said",
                "",
            ),
            (
                "She said about 40% of Dutch greenhouse area still relied mainly on gas-fired boilers and combined heat and power.",
                "A spokeswoman for Glasvast",
                "said",
                "W",
            ),
        ],
        [("Read the full article on our website →", "", "", "B")],
        [("IN BRIEF", "", "", "B")],
        [("Tomato clock prices slide 4% in week 41", "", "", "W")],
        [
            (
                "Average prices for loose round tomatoes at the Hollandse Veilkring auction clock fell 4% in week 41 to €1.38 per kilogram, the lowest for the week since 2023.",
                "",
                "",
                "W",
            )
        ],
        [("Zaaiwerk opens €18m propagation site in Kwintsheul", "", "", "W")],
        [
            (
                "The 4.5-hectare site has capacity for 60 million young vegetable plants a year, the propagator said.",
                "the propagator",
                "said",
                "W",
            )
        ],
        [("Westland vacancies top 1,200", "", "", "W")],
        [
            (
                "Greenhouse firms in the Westland had 1,240 open vacancies at the end of September, according to regional job agency figures.",
                "regional job agency figures",
                "according to",
                "W",
            )
        ],
        [("PRICE WATCH — week 41", "", "", "B")],
        [("Product | Price | Change", "", "", "B")],
        [("Round tomatoes, loose | €1.38/kg | −4%", "", "", "")],
        [("Cucumbers, 400–500 g | €0.41 each | +2%", "", "", "")],
        [("Red bell peppers | €2.06/kg | −1%", "", "", "")],
        [("DIARY", "", "", "B")],
        [("9–11 November: KasTech Dagen, Gorinchem", "", "", "")],
        [("24 November: Glasvast members' meeting on energy contracts, Naaldwijk", "", "", "")],
        [("SPONSORED", "", "", "B")],
        [
            ("Cut CO₂ dosing costs by up to 12% with Dosaflex climate controllers.", "", "", "B"),
            ("Book a free demo at your nursery.", "", "", "B"),
        ],
        [
            (
                "You are receiving this email because you subscribed to the Kassenpraktijk International newsletter.",
                "",
                "",
                "B",
            )
        ],
        [("Unsubscribe | Update your preferences | Forward to a colleague", "", "", "B")],
        [("Kassenpraktijk B.V. · Postbus 2150 · 2670 AB Naaldwijk · the Netherlands", "", "", "B")],
        [("© 2027 Kassenpraktijk B.V.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("THE ARTHAPATRA", "", "", "B")],
        [("India's business daily", "", "", "B")],
        [
            (
                "Sensex 91,204.36 ▲ 0.42%   Nifty 27,512.10 ▲ 0.38%   USD/INR 86.74 ▼ 0.11%",
                "",
                "",
                "B",
            )
        ],
        [("ePaper | Subscribe | Sign In", "", "", "B")],
        [("Markets | Economy | Companies | Industry | Personal Finance | Opinion", "", "", "B")],
        [("Industry / Textiles", "", "", "B")],
        [
            (
                "Tiruppur knitwear exporters lose ₹1,400 crore in orders as yarn prices jump 18%",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "European buyers are moving orders to Bangladesh and Vietnam, exporters' body says",
                "the Noyyal Knitwear Exporters' Association",
                "says",
                "W",
            )
        ],
        [("Karthikeyan Selvaraasan", "", "", "B")],
        [("Coimbatore | Updated: Oct 26 2027, 09:14 IST", "", "", "B")],
        [("Premium", "", "", "B")],
        [("Share   Tweet   WhatsApp   LinkedIn", "", "", "B")],
        [("Workers finish T-shirts at a knitwear unit in Tiruppur.", "", "", "")],
        [("File photo", "", "", "B")],
        [
            (
                "Knitwear exporters in Tiruppur have lost orders worth about ₹1,400 crore since July as the price of cotton yarn rose 18%, the Noyyal Knitwear Exporters' Association said on Monday.",
                "the Noyyal Knitwear Exporters' Association",
                "said",
                "W",
            ),
            (
                "The price of 30s combed hosiery yarn, the count most used for T-shirts, went from ₹262 a kg in June to ₹309 a kg in the third week of October, it said.",
                "the Noyyal Knitwear Exporters' Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Association president K. R. Palanivelraj said about 60% of the lost orders had come from buyers in Germany, the Netherlands and Poland.",
                "K. R. Palanivelraj",
                "said",
                "W",
            ),
            (
                "Mr. Palanivelraj said the association wrote to the Union Textile Ministry on Oct. 4 asking it to suspend the 11% import duty on cotton until March.",
                "K. R. Palanivelraj",
                "said",
                "W",
            ),
        ],
        [
            (
                "“A buyer in Hamburg will not wait for our cotton prices to settle.",
                "K. R. Palanivelraj",
                "said",
                "",
            ),
            ("He simply moves the order to Dhaka,” he said.", "K. R. Palanivelraj", "said", ""),
        ],
        [
            ("Spinners say they have little choice.", "Spinners", "say", ""),
            (
                "Dr. Vaishnavi Ramalingaraja, secretary-general of the Kongu Spinners' Council, said mills were paying ₹68,400 a candy for cotton, up 21% from a year earlier.",
                "Vaishnavi Ramalingaraja",
                "said",
                "W",
            ),
            (
                "She said mills had cut output by about 15% because they could not pass on the full increase.",
                "Vaishnavi Ramalingaraja",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody is making money at these prices, not the farmer, not the spinner and not the exporter,” she said.",
                "Vaishnavi Ramalingaraja",
                "said",
                "",
            )
        ],
        [
            (
                "Kovaiyar Garments Ltd. told the stock exchanges on Monday that it had received cancellations for about 1.8 million pieces from two European retail customers.",
                "Kovaiyar Garments Ltd.",
                "told the stock exchanges",
                "W",
            ),
            (
                "It said it expected revenue for the October–December quarter to fall 9–11% from a year earlier.",
                "Kovaiyar Garments Ltd.",
                "said",
                "",
            ),
            ("Its shares fell 6.2% to ₹418.35 on the NSE.", "", "", "W"),
            ("The Nifty Textile index fell 1.1% on the day.", "", "", "W"),
        ],
        [("Also Read | Cotton acreage in Gujarat falls for second year", "", "", "B")],
        [
            (
                "India's apparel exports fell 3.4% from a year earlier to $1.38 billion in September, according to commerce ministry data released on Oct. 15.",
                "commerce ministry data released on Oct. 15",
                "according to",
                "W",
            ),
            ("It was the fourth monthly fall in a row.", "", "", "W"),
        ],
        [
            (
                "“We expect at least 200 small units in Tiruppur to shut or cut shifts by March,” said Anirudh Kellapatti, textiles analyst at Rajmudra Securities.",
                "Anirudh Kellapatti",
                "said",
                "",
            ),
            (
                "He said units with fewer than 50 machines made up about 70% of the cluster's exporters.",
                "Anirudh Kellapatti",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Textile Ministry official, who did not wish to be named, said the duty question would be taken up at an inter-ministerial meeting in November.",
                "A Textile Ministry official",
                "said",
                "",
            )
        ],
        [
            (
                "Catch all the Industry News, Market News and Latest Updates on The Arthapatra.",
                "",
                "",
                "B",
            )
        ],
        [("Download The Arthapatra App to get Daily Market Updates.", "", "", "B")],
        [
            (
                "Disclaimer: The views and recommendations made above are those of individual analysts or brokerage companies, and not of The Arthapatra.",
                "",
                "",
                "B",
            )
        ],
        [("Topics: Tiruppur | Textiles | Exports | Cotton", "", "", "B")],
        [("More from Industry", "", "", "B")],
        [("Kovaiyar Garments names new chief financial officer", "", "", "B")],
        [("Surat weavers seek GST relief on synthetic yarn", "", "", "B")],
        [
            ("Copyright © 2027 Arthapatra Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About Us | Contact | Terms of Use | Privacy Policy | Grievance Redressal", "", "", "B")],
    ],
    [
        [("RUCKLINE", "", "", "B")],
        [("☰   Scores   Search", "", "", "B")],
        [("Open in app", "", "", "B")],
        [("RUGBY · PROVINCIAL", "", "", "B")],
        [("Rangimoana union posts $612k loss, puts Heartland future on the table", "", "", "W")],
        [("Tama Whareaitu", "", "", "B")],
        [("27 Oct 2027, 6:40pm", "", "", "B")],
        [("Listen to this article · 3 min", "", "", "B")],
        [
            (
                "Rangimoana Surge captain Ihaia Taputoru on the charge against Kōura Bay in September.",
                "",
                "",
                "",
            )
        ],
        [("Photo / Ruckline", "", "", "B")],
        [
            (
                "The Rangimoana Rugby Union lost $612,000 in the year to September 30, its worst result since the union was formed in 1996, according to its annual report, released on Tuesday.",
                "its annual report, released on Tuesday",
                "according to",
                "W",
            ),
            (
                "Its board will decide next month whether the Surge should withdraw from the Heartland Championship.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The report shows revenue fell 14% to $2.1 million, largely because a sponsorship deal with a regional dairy company ended in March.",
                "The report",
                "shows",
                "W",
            ),
            (
                "The dairy company, Mangatū Milk, did not respond to questions about why it ended the deal.",
                "Mangatū Milk",
                "did not respond to questions",
                "",
            ),
        ],
        [
            (
                "Chief executive Hemi Tamepo said travel was the union's biggest cost: it spent $348,000 getting the Surge to eight away games, including two trips to the South Island.",
                "Hemi Tamepo",
                "said",
                "W",
            ),
            ("“We're a small union with a big map,” Tamepo said.", "Hemi Tamepo", "said", ""),
            (
                "“Every time we put the team on a plane, that's about $40,000 gone.”",
                "Hemi Tamepo",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Board chair Lynette Mahuika-Barr said the board would meet on November 18 and would consult the union's 23 clubs before it made any decision.",
                "Lynette Mahuika-Barr",
                "said",
                "W",
            ),
            (
                "“Nothing is off the table, and nothing has been decided,” she said.",
                "Lynette Mahuika-Barr",
                "said",
                "",
            ),
        ],
        [
            (
                "The union's women's team, the Surge Wāhine, will play its 2028 season whatever happens, because its costs are covered by a separate grant, Tamepo said.",
                "Hemi Tamepo",
                "said",
                "W",
            )
        ],
        [("The Surge finished fifth this season with four wins from eight games.", "", "", "W")],
        [
            (
                "Captain Ihaia Taputoru, a 31-year-old lock who has played 74 games for the province, said the players were told on Tuesday night.",
                "Ihaia Taputoru",
                "said",
                "W",
            ),
            (
                "“We train three nights a week after a full day on the farm or on the tools.",
                "Ihaia Taputoru",
                "said",
                "",
            ),
            (
                "Nobody does it for the money, because there isn't any,” he said.",
                "Ihaia Taputoru",
                "said",
                "",
            ),
            (
                "Taputoru said at least six players would probably retire if the side withdrew.",
                "Ihaia Taputoru",
                "said",
                "",
            ),
        ],
        [
            (
                "New Zealand Rugby said it was aware of the union's position.",
                "New Zealand Rugby",
                "said",
                "",
            ),
            (
                "An NZR spokesperson said each Heartland union receives a base grant of $310,000 a year.",
                "An NZR spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rewi Parahanga, president of the Ōtamarau Ramblers club, said his club had lost 40% of its senior players in five years.",
                "Rewi Parahanga",
                "said",
                "W",
            ),
            ("“If the Surge go, the clubs will follow,” he said.", "Rewi Parahanga", "said", ""),
        ],
        [
            (
                "“We'll fundraise, we'll sell sausages, whatever it takes,” said Marama Tūpaea, who has run the Surge supporters' club since 2011.",
                "Marama Tūpaea",
                "said",
                "",
            ),
            (
                "She said the club raised $18,500 for the union last season.",
                "Marama Tūpaea",
                "said",
                "W",
            ),
        ],
        [("Latest scores", "", "", "B")],
        [("Club rugby · Saturday", "", "", "B")],
        [("Ōtamarau Ramblers 27   Pukekiwi Hill 19", "", "", "")],
        [("Rangimoana Old Boys 14   Awaroa United 31", "", "", "")],
        [("Te Rauawa 22   Kōura Bay 22", "", "", "")],
        [("Sign up to the Ruckline newsletter — it's free", "", "", "B")],
        [("Trending", "", "", "B")],
        [("Sevens squad named for Dubai with three new caps", "", "", "B")],
        [("Super Rugby draw: five things we learned", "", "", "B")],
        [("Club of the year nominations open", "", "", "B")],
        [("Join the conversation", "", "", "B")],
        [("© 2027 Ruckline Media Ltd", "", "", "B")],
        [("Privacy · Terms · Contact", "", "", "B")],
    ],
    [
        [("sondelascience.co.za", "", "", "B")],
        [
            (
                "Poachers have taken six in ten plants of a rare Namaqualand succulent, survey finds",
                "a field survey published on Wednesday",
                "finds",
                "W",
            )
        ],
        [("Thandiwe Nxumalo-Rademeyer", "", "", "B")],
        [("7–9 minutes", "", "", "B")],
        [
            (
                "A succulent the size of a thumbnail is at the centre of an international smuggling trade, and a new count shows how much of it has already gone.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Conophytum witkwartsense in flower on a quartz patch in Namaqualand in April.",
                "",
                "",
                "",
            )
        ],
        [("Image: Pieter-Jan Oosthoek", "", "", "B")],
        [
            (
                "Poachers have removed 62% of the known plants of Conophytum witkwartsense, a succulent found only on a few quartz patches in Namaqualand, in the past six years, according to a field survey published on Wednesday.",
                "a field survey published on Wednesday",
                "according to",
                "W",
            )
        ],
        [
            (
                "The survey, by botanists from the University of the Western Cape and the Karoo Succulent Watch network, found 3,410 plants at 14 sites in 2027, compared with 8,970 at the same sites in 2021.",
                "The survey",
                "found",
                "W",
            ),
            ("At four of the sites, no plants were left at all.", "", "", "W"),
        ],
        [("The findings appear in the African Journal of Arid Botany.", "", "", "W")],
        [
            (
                "Dr Annelie Swanepoel-Kgosana, a botanist at the University of the Western Cape who led the count, said the plants are dug up and sent mostly to collectors in East Asia and Europe, where a single mature plant can fetch more than R2,000.",
                "Annelie Swanepoel-Kgosana",
                "said",
                "W",
            )
        ],
        [
            (
                "“People imagine poachers with trucks,” she said.",
                "Annelie Swanepoel-Kgosana",
                "said",
                "",
            ),
            (
                "“What we found were holes the size of a teaspoon, hundreds of them, on a single hillside.”",
                "Annelie Swanepoel-Kgosana",
                "said",
                "W",
            ),
        ],
        [
            (
                "Conophytum witkwartsense was first described in 1987 from a single hillside near the Orange River.",
                "",
                "",
                "W",
            ),
            ("It was listed as Vulnerable in 2014, before the poaching wave began.", "", "", "W"),
        ],
        [
            (
                "The plants grow so slowly that a seedling takes about 12 years to flower, according to the paper.",
                "the paper",
                "according to",
                "W",
            ),
            (
                "That makes recovery from poaching a matter of decades, if it happens at all.",
                "",
                "",
                "",
            ),
        ],
        [("A trade that moves by courier", "", "", "")],
        [
            (
                "In March, customs officers at O.R. Tambo International Airport found 1,140 Conophytum plants in a parcel addressed to a buyer in Seoul, according to court papers.",
                "court papers",
                "according to",
                "W",
            ),
            (
                "The courier, a 29-year-old man, was fined R40,000 or two years in prison.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Co-author Sibusiso Maqhubela said the team used GPS records from a 2021 baseline count to return to each plant.",
                "Sibusiso Maqhubela",
                "said",
                "W",
            ),
            (
                "He said the method was slow but left “no room for argument” about what had been lost.",
                "Sibusiso Maqhubela",
                "said",
                "",
            ),
        ],
        [
            (
                "Searches by the team of two online marketplaces in July found 212 listings for the species, most of them shipping from outside South Africa.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“If you buy one of these plants online, you are almost certainly buying a poached plant,” Maqhubela said.",
                "Sibusiso Maqhubela",
                "said",
                "",
            )
        ],
        [
            (
                "“Most buyers never think about where the plant came from,” Swanepoel-Kgosana said.",
                "Annelie Swanepoel-Kgosana",
                "said",
                "",
            ),
            (
                "“They see a pretty pebble with a flower on it.”",
                "Annelie Swanepoel-Kgosana",
                "said",
                "",
            ),
        ],
        [("Read more: Why the Succulent Karoo has become a poaching hotspot", "", "", "B")],
        [
            (
                "Police said 14 people had been arrested in the Northern Cape this year on charges of illegally possessing succulents, and more than 31,000 plants had been seized.",
                "Police",
                "said",
                "W",
            )
        ],
        [
            (
                "A spokesperson for the South African National Biodiversity Institute said the species would be reassessed for the national Red List “as a matter of urgency”.",
                "A spokesperson for the South African National Biodiversity Institute",
                "said",
                "",
            ),
            (
                "She said the species was last assessed in 2014, when its population was estimated at about 11,000 plants.",
                "A spokesperson for the South African National Biodiversity Institute",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hennie Louwrens, who farms sheep on land that includes two of the survey sites, said he found three men digging on his farm at night in February 2026.",
                "Hennie Louwrens",
                "said",
                "W",
            ),
            ("“They had a list with GPS points on it,” he said.", "Hennie Louwrens", "said", "W"),
            ("“Somebody had done their homework.”", "Hennie Louwrens", "said", ""),
        ],
        [("What happens next", "", "", "")],
        [
            (
                "Swanepoel-Kgosana said the team would not publish the exact locations of the remaining plants.",
                "Annelie Swanepoel-Kgosana",
                "said",
                "",
            )
        ],
        [
            (
                "Journal reference: Swanepoel-Kgosana A, Maqhubela S, et al. Six years of poaching in a quartz-field endemic. Afr J Arid Bot. 2027;41(6):1122–1131.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "This article first appeared in Sondela Science's weekly newsletter, The Quadrat.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Disclosure: The survey was funded by the National Research Foundation and the Karoo Succulent Watch network.",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("THE HARUKAZE POST", "", "", "B")],
        [("Subscribe | Log in | 日本語", "", "", "B")],
        [("Japan | Politics | Business | Society | Culture | Sports | Opinion", "", "", "B")],
        [("Society › Transport", "", "", "B")],
        [
            (
                "Niigata's Tsugamori Railway to end train service in 2029, switch to buses",
                "",
                "",
                "W",
            )
        ],
        [("By Yuki Ohgimachi / Staff Writer", "", "", "B")],
        [("October 28, 2027 (JST)", "", "", "B")],
        [("Share   X   Facebook   LINE   Email", "", "", "B")],
        [
            (
                "A single-car train of the Tsugamori Railway crosses the Ikarigawa River in Tsugamori, Niigata Prefecture, in September.",
                "",
                "",
                "",
            )
        ],
        [("The Harukaze Post", "", "", "B")],
        [
            (
                "NIIGATA — The Tsugamori Railway, a 27.4-kilometer local line in the mountains of Niigata Prefecture, will stop running trains in March 2029 and be replaced by a bus rapid transit service on the same route, the company and the prefectural government announced Wednesday.",
                "the company and the prefectural government",
                "announced",
                "W",
            ),
            (
                "The line carried 412 passengers a day in fiscal 2026, down from 1,380 in 1995, the year after it became a third-sector railway owned jointly by the prefecture, three towns and private investors.",
                "",
                "",
                "W",
            ),
            ("The line has 14 stations, six of them unstaffed.", "", "", "W"),
        ],
        [
            (
                "Railway President Shigeaki Hanezawa told a news conference in Niigata that the company lost ¥318 million in fiscal 2026 and that repairing 11 bridges and two tunnels would cost about ¥9.6 billion over 20 years.",
                "Shigeaki Hanezawa",
                "told a news conference",
                "W",
            )
        ],
        [
            (
                "“We kept the trains running for as long as we could,” Hanezawa said, bowing deeply.",
                "Shigeaki Hanezawa",
                "said",
                "",
            ),
            (
                "“I apologize to the people who depend on this line.”",
                "Shigeaki Hanezawa",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked whether the company had considered raising fares again, Hanezawa said fares had already gone up twice, in 2019 and 2024.",
                "Shigeaki Hanezawa",
                "said",
                "W",
            )
        ],
        [
            (
                "Under the plan, the tracks will be paved over to create a dedicated busway, and buses will run every 30 minutes, compared with the current 12 trains a day in each direction, the company said.",
                "the company",
                "said",
                "W",
            ),
            (
                "The busway will use electric buses that carry up to 60 passengers each, it said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Converting the line will cost about ¥4.1 billion, two-thirds of it paid by the central government, according to the prefecture's estimate.",
                "the prefecture's estimate",
                "according to",
                "W",
            )
        ],
        [
            (
                "Tsugamori Mayor Keiko Mutsuura said the town had agreed to the plan “with a heavy heart” after the railway's operating deficit tripled in 10 years.",
                "Keiko Mutsuura",
                "said",
                "W",
            ),
            (
                "She said the town would ask the prefecture to keep the station buildings as bus stops and community spaces.",
                "Keiko Mutsuura",
                "said",
                "",
            ),
        ],
        [
            (
                "Haruto Ishizuchi, 17, a second-year student at Tsugamori High School, takes the 6:48 a.m. train to school every day.",
                "",
                "",
                "W",
            ),
            ("“In the snow, the train always comes.", "Haruto Ishizuchi", "said", ""),
            ("I'm not sure the bus will,” he said.", "Haruto Ishizuchi", "said", ""),
        ],
        [
            (
                "The valley receives an average of 3.2 meters of snow a winter, according to the Japan Meteorological Agency.",
                "the Japan Meteorological Agency",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Ministry of Land, Infrastructure, Transport and Tourism said it would help the prefecture “study every option to keep a reliable service through the winter.”",
                "The Ministry of Land, Infrastructure, Transport and Tourism",
                "said",
                "",
            ),
            (
                "Since 2000, 47 local railway lines totaling about 1,150 kilometers have been abolished in Japan, according to the ministry.",
                "the ministry",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“My husband worked on this line for 38 years,” said Fumiko Tadokoro, 79, who runs a noodle shop opposite Kamitsugamori Station.",
                "Fumiko Tadokoro",
                "said",
                "W",
            ),
            ("“When the last train goes, I think I'll close too.”", "Fumiko Tadokoro", "said", ""),
        ],
        [
            (
                "A citizens' group, the Society to Protect the Tsugamori Line, said it had collected 8,200 signatures against the closure since August.",
                "the Society to Protect the Tsugamori Line",
                "said",
                "W",
            ),
            (
                "Its representative, Tadashi Kurobane, said the group would ask the prefectural assembly to hold a public hearing.",
                "Tadashi Kurobane",
                "said",
                "",
            ),
            ("“Buses get stuck in the snow,” Kurobane said.", "Tadashi Kurobane", "said", ""),
            ("“Trains don't.”", "Tadashi Kurobane", "said", ""),
        ],
        [
            (
                "The prefectural assembly is expected to vote on the funding in December, and trains will run for the last time on March 31, 2029, a Saturday.",
                "",
                "",
                "",
            )
        ],
        [("Related", "", "", "B")],
        [("Rural bus operators cut routes as driver shortage spreads", "", "", "B")],
        [("Hokkaido line to close for good after flood damage", "", "", "B")],
        [("Akita town offers free homes to young families", "", "", "B")],
        [
            ("Premium members can read our full archive.", "", "", "B"),
            ("Subscribe now for ¥980 a month.", "", "", "B"),
        ],
        [("© The Harukaze Post Co., Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("About Us | Contact | Terms of Service | Privacy Policy", "", "", "B")],
    ],
    [
        [("ABS NEWS", "", "", "B")],
        [("🔴 Listen Live   ☰", "", "", "B")],
        [("Home › News › Ondo", "", "", "B")],
        [("Bridge collapse cuts off 14 Ondo communities after heavy rain", "", "", "W")],
        [("By Adetoun Fasanmi-Olagoke", "", "", "B")],
        [("October 29, 2027 · 2 min read", "", "", "B")],
        [("WhatsApp   Facebook   X   Telegram", "", "", "B")],
        [
            (
                "Residents crossing the Odoyinbo stream by canoe on Thursday after the bridge collapsed.",
                "",
                "",
                "",
            )
        ],
        [("Photo: ABS", "", "", "B")],
        [
            (
                "At least 14 communities in Ile-Oluji/Oke-Igbo Local Government Area of Ondo State have been cut off after a bridge on the Igbelaja–Ayetoro road collapsed following two days of heavy rain.",
                "",
                "",
                "W",
            )
        ],
        [
            ("The bridge, built in 1988, gave way at about 4 a.m. on Thursday.", "", "", "W"),
            ("Nobody was on it at the time.", "", "", "W"),
            (
                "Residents said the water had risen about two metres above the deck by midnight.",
                "Residents",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Commissioner for Works and Infrastructure, Engr. Babatunde Orisaleye, said the bridge was listed for reconstruction in the 2026 budget, but the contract was not awarded because of funding problems.",
                "Babatunde Orisaleye",
                "said",
                "W",
            ),
            (
                "He said the state government had mobilised a contractor to install a temporary steel bridge within six weeks.",
                "Babatunde Orisaleye",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement on Friday, the Chief Press Secretary to the Governor, Mr. Tayo Adelakun-Odubote, said the governor had directed the ministry to start work on the temporary bridge immediately.",
                "Tayo Adelakun-Odubote",
                "said",
                "W",
            )
        ],
        [
            (
                "The Ondo State Emergency Management Agency (SEMA) said 312 households had been affected and 41 people were staying in a primary school in Igbelaja.",
                "The Ondo State Emergency Management Agency (SEMA)",
                "said",
                "W",
            )
        ],
        [
            (
                "Its Executive Secretary, Alhaji Mutiu Ajasa-Gbadebo, said relief materials, including 400 bags of rice and 200 mattresses, were distributed on Friday.",
                "Mutiu Ajasa-Gbadebo",
                "said",
                "W",
            ),
            (
                "He urged residents living near the stream to move to higher ground until the rain eased.",
                "Mutiu Ajasa-Gbadebo",
                "urged",
                "",
            ),
        ],
        [
            (
                "The Baale of Igbelaja, Chief Ebenezer Arowoogun, said the community had written to the state government three times since 2024 about cracks on the bridge.",
                "Ebenezer Arowoogun",
                "said",
                "W",
            ),
            ("“We told them this bridge would fall.", "Ebenezer Arowoogun", "said", ""),
            ("Now it has fallen,” he said.", "Ebenezer Arowoogun", "said", ""),
        ],
        [
            (
                "The Iyaloja of Igbelaja market, Madam Comfort Abegunrin, said traders could no longer take cocoa, yams and palm oil to the Thursday market in Ayetoro.",
                "Comfort Abegunrin",
                "said",
                "W",
            ),
            (
                "“Our goods are rotting on the other side,” she said.",
                "Comfort Abegunrin",
                "said",
                "",
            ),
        ],
        [
            (
                "Cocoa farmer Pa Joseph Akintunde said he had about two tonnes of dried cocoa beans stuck in his store.",
                "Joseph Akintunde",
                "said",
                "W",
            ),
            ("“The buyers will not come here now,” he said.", "Joseph Akintunde", "said", ""),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The Officer in Charge of the Igbelaja Primary Health Centre, Mrs. Yetunde Afolabi-Ogedengbe, said two pregnant women were taken across the stream by canoe on Thursday to deliver in Ile-Oluji.",
                "Yetunde Afolabi-Ogedengbe",
                "said",
                "W",
            )
        ],
        [
            (
                "A commercial motorcyclist, Kehinde Olotu, said canoe operators were charging ₦500 per crossing, up from ₦100 before the collapse.",
                "Kehinde Olotu",
                "said",
                "W",
            )
        ],
        [
            (
                "The lawmaker representing the constituency in the State House of Assembly, Hon. Oluwaseun Fagbemiro, said he raised the matter on the floor of the House on Tuesday.",
                "Oluwaseun Fagbemiro",
                "said",
                "W",
            )
        ],
        [
            (
                "The Police Public Relations Officer in the state, SP Funmilayo Ibikunle, warned residents against crossing the stream at night.",
                "Funmilayo Ibikunle",
                "warned",
                "",
            )
        ],
        [
            (
                "Heavy rain is expected to continue across the state until Sunday, according to the Nigerian Meteorological Agency (NiMet).",
                "the Nigerian Meteorological Agency (NiMet)",
                "according to",
                "",
            )
        ],
        [("ALSO READ: Ondo govt begins payment of new minimum wage arrears", "", "", "B")],
        [("Send us your stories, photos and videos on WhatsApp: 0803 514 7720.", "", "", "B")],
        [("Tags: Ondo | Flood | Bridge | SEMA", "", "", "B")],
        [("You may also like", "", "", "B")],
        [("Akure residents lament power outage in five communities", "", "", "B")],
        [("ABS to broadcast 2028 budget presentation live", "", "", "B")],
        [
            ("Copyright © 2027 Akinmola Broadcasting Service.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [("SONABAN TRUST", "", "", "B")],
        [("Our work | Where we work | Stories | Reports | Get involved | About us", "", "", "B")],
        [("Donate", "", "", "B")],
        [("Stories › From the field", "", "", "B")],
        [
            (
                "Seven in ten households in coastal Satkhira drink water too salty to be safe, our survey finds",
                "a survey of 1,204 households that Sonaban Trust carried out in June and July",
                "finds",
                "W",
            )
        ],
        [("News · 2 November 2027", "", "", "B")],
        [("By Tahmina Ilora Dewanjee, Communications Officer", "", "", "B")],
        [("Some names in this story have been changed to protect people's privacy.", "", "", "B")],
        [
            (
                "Women collect water from a pond-sand filter in Shyamnagar upazila, Satkhira.",
                "",
                "",
                "",
            )
        ],
        [("Photo: © Sonaban Trust/Mahmudul Raihan", "", "", "B")],
        [
            (
                "Seven in ten households in two coastal unions of Satkhira district drink water with more than 1,000 milligrams of salt per litre, according to a survey of 1,204 households that Sonaban Trust carried out in June and July.",
                "a survey of 1,204 households that Sonaban Trust carried out in June and July",
                "according to",
                "W",
            ),
            (
                "That is nearly twice the limit set for coastal areas in Bangladesh's drinking water standard.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The survey found that women and girls spent an average of 2 hours and 40 minutes a day collecting water, and walked a round trip of 3.2 kilometres to do it.",
                "The survey",
                "found",
                "W",
            )
        ],
        [
            (
                "Morjina Khatun (not her real name), 34, lives in Gabura union with her husband and three children.",
                "",
                "",
                "W",
            ),
            (
                "She leaves home at 5 a.m. to fetch water from a pond-sand filter 2 kilometres away.",
                "",
                "",
                "W",
            ),
            ("“The pond water tastes of the sea,” she said.", "Morjina Khatun", "said", ""),
            (
                "“My younger son has had diarrhoea four times since the monsoon.”",
                "Morjina Khatun",
                "said",
                "W",
            ),
            (
                "She said she spends Tk 400 a month on bottled water for the children, about a tenth of what the family earns.",
                "Morjina Khatun",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sonaban Trust's country director, Dr. Selina Afroze Munshi, said salinity in the area's ponds had risen sharply since embankments were breached in 2009 and seawater was left standing on fields for two years.",
                "Selina Afroze Munshi",
                "said",
                "W",
            ),
            (
                "She said the findings would be shared with the Department of Public Health Engineering and the upazila parishads.",
                "Selina Afroze Munshi",
                "said",
                "",
            ),
        ],
        [
            (
                "Jahid Sarwar Pyada, who manages the trust's water programme, said it installed 640 rainwater tanks of 3,000 litres each in the two unions in 2026 and 2027.",
                "Jahid Sarwar Pyada",
                "said",
                "W",
            ),
            (
                "He said each tank costs about Tk 38,000 and can supply a family's drinking water for five months of the year.",
                "Jahid Sarwar Pyada",
                "said",
                "W",
            ),
        ],
        [("“The other seven months are the problem,” he said.", "Jahid Sarwar Pyada", "said", "")],
        [
            (
                "The chairman of Gabura Union Parishad, Md. Abdul Mannan Gharami, said the union had 31 deep tube wells, but 22 of them now pumped salty water.",
                "Md. Abdul Mannan Gharami",
                "said",
                "W",
            ),
            (
                "“People know the water is bad, but what can they drink instead?” he asked.",
                "Md. Abdul Mannan Gharami",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Department of Public Health Engineering said it had approved a reverse-osmosis plant for Gabura in its 2027-28 development plan.",
                "The Department of Public Health Engineering",
                "said",
                "W",
            )
        ],
        [
            (
                "Prof. Dilruba Sheuli, a public health researcher at Khulna University, said high salt intake from drinking water was linked to higher rates of high blood pressure in pregnancy among women on the coast.",
                "Dilruba Sheuli",
                "said",
                "W",
            ),
            (
                "“This is not only a water problem; it is a maternal health problem,” she said.",
                "Dilruba Sheuli",
                "said",
                "",
            ),
        ],
        [("How we did the survey", "", "", "")],
        [
            (
                "Enumerators from the trust visited every fifth household in 46 villages and tested drinking water with handheld conductivity meters.",
                "",
                "",
                "W",
            ),
            (
                "Results were checked against 120 samples sent to a laboratory in Khulna.",
                "",
                "",
                "W",
            ),
        ],
        [("Sonaban Trust has worked in Satkhira since 2011.", "", "", "W")],
        [
            (
                "Tk 3,000 (about US$25) could pay for a water testing kit for a village health worker.",
                "",
                "",
                "B",
            )
        ],
        [("Donate now", "", "", "B")],
        [("Share this story", "", "", "B")],
        [("Facebook | X | LinkedIn | Email", "", "", "B")],
        [("Read the full survey report (PDF, 2.4 MB)", "", "", "B")],
        [("Sign up for updates from the field", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Floating classrooms keep 900 children in school through the monsoon", "", "", "B")],
        [("What a rainwater tank changed for one family in Koyra", "", "", "B")],
        [
            (
                "Sonaban Trust is registered with the NGO Affairs Bureau, Government of Bangladesh, Reg. No. 3108.",
                "",
                "",
                "B",
            ),
            ("House 42, Road 9/A, Dhanmondi, Dhaka 1209", "", "", "B"),
        ],
        [("© 2027 Sonaban Trust", "", "", "B")],
    ],
    [
        [("Skip to main content", "", "", "B")],
        [("Tasmanian Government", "", "", "B")],
        [("Premier and Ministers | Media Releases | Search", "", "", "B")],
        [("Home › Media Releases", "", "", "B")],
        [("Media Release", "", "", "B")],
        [("Rebecca Marrinder, Minister for Health", "", "", "B")],
        [("Tuesday 9 November 2027", "", "", "B")],
        [
            (
                "$36.5 million to double the size of Leven Valley Hospital's emergency department",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Tasmanian Government has committed $36.5 million in the 2027–28 State Budget to rebuild and expand the emergency department at Leven Valley Hospital.",
                "",
                "",
                "W",
            ),
            (
                "The new department will have 28 treatment spaces, up from 14, including four mental health assessment rooms and a dedicated children's area.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Minister for Health Rebecca Marrinder said the emergency department had 21,400 presentations in 2026–27, an increase of 19 per cent on five years earlier.",
                "Rebecca Marrinder",
                "said",
                "W",
            )
        ],
        [
            (
                "“The people of the North West deserve an emergency department built for the community they are today, not the one they were in 1982,” Minister Marrinder said.",
                "Rebecca Marrinder",
                "said",
                "",
            ),
            (
                "“This investment will mean shorter waits, more privacy and better care.”",
                "Rebecca Marrinder",
                "said",
                "",
            ),
        ],
        [("The emergency department was built in 1982 and last expanded in 2003.", "", "", "W")],
        [
            (
                "Since 2024, the Government has recruited 126 additional nurses and 18 doctors for hospitals in the North West, Ms Marrinder said.",
                "Rebecca Marrinder",
                "said",
                "W",
            )
        ],
        [
            (
                "The Minister said early works would begin in March 2028, with construction to be completed by late 2030.",
                "Rebecca Marrinder",
                "said",
                "",
            ),
            (
                "She said the department would stay open throughout construction.",
                "Rebecca Marrinder",
                "said",
                "",
            ),
        ],
        [
            (
                "The Minister also announced that the hospital's helipad would be upgraded, as part of the same project, to take the larger rescue helicopters introduced in 2026.",
                "Rebecca Marrinder",
                "announced",
                "W",
            )
        ],
        [
            (
                "The project is part of the Government's $412 million Health Infrastructure Plan, which has already delivered new wards at hospitals in Launceston and Hobart.",
                "",
                "",
                "W",
            ),
            (
                "The Government will also fund 12 extra emergency nurses from July 2028 to staff the larger department.",
                "",
                "",
                "W",
            ),
        ],
        [("A builder will be appointed through an open tender in early 2028.", "", "", "")],
        [("Quotes attributable to the Member for Braddon, Tom Fenwray:", "", "", "B")],
        [
            (
                "“I've sat in that waiting room with my own kids, like thousands of families on the coast.",
                "Tom Fenwray",
                "Quotes attributable to",
                "",
            ),
            (
                "Today's announcement is the result of years of campaigning by local clinicians and the community.”",
                "Tom Fenwray",
                "Quotes attributable to",
                "",
            ),
        ],
        [
            (
                "“More than 60 local jobs will be created during construction.”",
                "Tom Fenwray",
                "Quotes attributable to",
                "",
            ),
            (
                "“I'll be there when the first sod is turned.”",
                "Tom Fenwray",
                "Quotes attributable to",
                "",
            ),
        ],
        [
            (
                "Leven Valley Hospital emergency department director Dr Nerida Brackenreid welcomed the announcement.",
                "Nerida Brackenreid",
                "welcomed",
                "",
            ),
            (
                "Dr Brackenreid said patients had been treated in corridors on 61 days in the past 12 months.",
                "Nerida Brackenreid",
                "said",
                "W",
            ),
        ],
        [
            (
                "Community consultation sessions on the concept design will be held in December.",
                "",
                "",
                "",
            )
        ],
        [("Media contact: Sam Whitlowe, 0400 318 227", "", "", "B")],
        [("Attachments", "", "", "B")],
        [("Leven Valley Hospital ED – concept plans (PDF, 1.8 MB)", "", "", "B")],
        [("Tags: Health, Infrastructure, North West", "", "", "B")],
        [("Share this: Facebook | X | LinkedIn | Email", "", "", "B")],
        [("Subscribe to media releases", "", "", "B")],
        [("Related media releases", "", "", "B")],
        [("New midwifery-led unit opens in Burnie", "", "", "B")],
        [("Rural GP incentive extended for two years", "", "", "B")],
        [
            (
                "We acknowledge the traditional owners and continuing custodians of the lands on which we live and work, and pay our respects to Elders past and present.",
                "",
                "",
                "B",
            )
        ],
        [("Copyright | Disclaimer | Privacy | Accessibility | Right to Information", "", "", "B")],
        [("Last updated: 9 November 2027", "", "", "B")],
    ],
]

HELDOUT_CASES = [
    (
        "h84-ca-nov-says",
        "SASKATOON — The Tamsett Valley School Division says it will cut 11 of its 64 rural bus routes on Nov. 1 because it cannot find enough drivers. About 430 students will be moved onto longer combined routes, according to a letter the division sent to parents on Thursday.",
        [
            "SASKATOON — The Tamsett Valley School Division says it will cut 11 of its 64 rural bus routes on Nov. 1 because it cannot find enough drivers.",
            "About 430 students will be moved onto longer combined routes, according to a letter the division sent to parents on Thursday.",
        ],
    ),
    (
        "h84-ca-am-six",
        "Amanda Ostrowsky-Kuehn, whose two sons attend Ravensmoor School, said their pickup time will move from 7:50 a.m. to 6:55 a.m. “He's six. He'll be standing at the end of our lane in the dark from now until March,” she said of her younger son.",
        [
            "Amanda Ostrowsky-Kuehn, whose two sons attend Ravensmoor School, said their pickup time will move from 7:50 a.m. to 6:55 a.m.",
            "“He's six.",
            "He'll be standing at the end of our lane in the dark from now until March,” she said of her younger son.",
        ],
    ),
    (
        "h84-ca-inc-rights",
        "© 2027 CJQM, a division of Prairieline Media Inc. All rights reserved.",
        ["© 2027 CJQM, a division of Prairieline Media Inc.", "All rights reserved."],
    ),
    (
        "h84-us-jan-figures",
        "Expectant mothers in Tamarack County will have to drive as far as 96 miles to give birth after the county's only hospital stops delivering babies on Jan. 15, Kessling Valley Health announced Monday. The 25-bed hospital delivered 112 babies last year, down from 181 in 2019, according to figures it reports to the state health department.",
        [
            "Expectant mothers in Tamarack County will have to drive as far as 96 miles to give birth after the county's only hospital stops delivering babies on Jan. 15, Kessling Valley Health announced Monday.",
            "The 25-bed hospital delivered 112 babies last year, down from 181 in 2019, according to figures it reports to the state health department.",
        ],
    ),
    (
        "h84-us-dr-vanderkolk",
        "Chief executive Garrett Lindmoe said the unit lost about $1.9 million in the last fiscal year. He said the hospital had been unable to hire a second obstetrician since Dr. Ruth Vanderkolk retired in 2025, and had paid traveling nurses as much as $140 an hour to keep the unit open around the clock.",
        [
            "Chief executive Garrett Lindmoe said the unit lost about $1.9 million in the last fiscal year.",
            "He said the hospital had been unable to hire a second obstetrician since Dr. Ruth Vanderkolk retired in 2025, and had paid traveling nurses as much as $140 an hour to keep the unit open around the clock.",
        ],
    ),
    (
        "h84-us-who-pays",
        "Kayla Brunsvold, who is due in March, said her doctor has told her to plan on staying at a hotel in Great Falls for the last two weeks of her pregnancy. “Who pays for that?” she asked. She said she and her husband run about 400 head of cattle north of Fort Kessling and cannot both be away from the ranch during calving.",
        [
            "Kayla Brunsvold, who is due in March, said her doctor has told her to plan on staying at a hotel in Great Falls for the last two weeks of her pregnancy.",
            "“Who pays for that?” she asked.",
            "She said she and her husband run about 400 head of cattle north of Fort Kessling and cannot both be away from the ranch during calving.",
        ],
    ),
    (
        "h84-ie-ms-mac",
        "“Nobody is losing a farm over this,” Ms Mac Giollacuáin said. “The largest single parcel we need is 1.8 acres.”",
        [
            "“Nobody is losing a farm over this,” Ms Mac Giollacuáin said.",
            "“The largest single parcel we need is 1.8 acres.”",
        ],
    ),
    (
        "h84-ie-cllr-ind-study",
        "Cllr Pádraig Tonery (Ind), who proposed the motion, said Kilbreckan had been waiting for the greenway since it was first promised in 2007. A study commissioned by the council in 2025 estimated that it would bring €3.1 million a year in visitor spending to the area. “Every town around us has one, and we've watched the cyclists drive past us to get to them,” he said.",
        [
            "Cllr Pádraig Tonery (Ind), who proposed the motion, said Kilbreckan had been waiting for the greenway since it was first promised in 2007.",
            "A study commissioned by the council in 2025 estimated that it would bring €3.1 million a year in visitor spending to the area.",
            "“Every town around us has one, and we've watched the cyclists drive past us to get to them,” he said.",
        ],
    ),
    (
        "h84-gb-7am-coming",
        "Jessie McAvennie, 81, swims at Wellgait Baths every weekday at 7am. “I've been coming since the day it opened in 1968,” she said. “Where am I meant to go, the other side of the city on two buses?”",
        [
            "Jessie McAvennie, 81, swims at Wellgait Baths every weekday at 7am.",
            "“I've been coming since the day it opened in 1968,” she said.",
            "“Where am I meant to go, the other side of the city on two buses?”",
        ],
    ),
    (
        "h84-gb-wee-ones",
        "“You can't run a club on one morning a week,” head coach Grant Ferriday said. “We'll lose the wee ones first, and they don't come back.”",
        [
            "“You can't run a club on one morning a week,” head coach Grant Ferriday said.",
            "“We'll lose the wee ones first, and they don't come back.”",
        ],
    ),
    (
        "h84-nl-bv-contracts",
        "Thirty-eight greenhouse growers in the Westland have signed 15-year contracts to take heat from a new geothermal doublet near Poeldijk, the project company Hofland Aardwarmte B.V. said last week. The contracts cover 210 hectares of glass, about 7% of the Westland's greenhouse area, according to the company.",
        [
            "Thirty-eight greenhouse growers in the Westland have signed 15-year contracts to take heat from a new geothermal doublet near Poeldijk, the project company Hofland Aardwarmte B.V. said last week.",
            "The contracts cover 210 hectares of glass, about 7% of the Westland's greenhouse area, according to the company.",
        ],
    ),
    (
        "h84-nl-bv-rights",
        "© 2027 Kassenpraktijk B.V. All rights reserved.",
        ["© 2027 Kassenpraktijk B.V.", "All rights reserved."],
    ),
    (
        "h84-in-initials-mr",
        "Association president K. R. Palanivelraj said about 60% of the lost orders had come from buyers in Germany, the Netherlands and Poland. Mr. Palanivelraj said the association wrote to the Union Textile Ministry on Oct. 4 asking it to suspend the 11% import duty on cotton until March.",
        [
            "Association president K. R. Palanivelraj said about 60% of the lost orders had come from buyers in Germany, the Netherlands and Poland.",
            "Mr. Palanivelraj said the association wrote to the Union Textile Ministry on Oct. 4 asking it to suspend the 11% import duty on cotton until March.",
        ],
    ),
    (
        "h84-in-choice-dr",
        "Spinners say they have little choice. Dr. Vaishnavi Ramalingaraja, secretary-general of the Kongu Spinners' Council, said mills were paying ₹68,400 a candy for cotton, up 21% from a year earlier. She said mills had cut output by about 15% because they could not pass on the full increase.",
        [
            "Spinners say they have little choice.",
            "Dr. Vaishnavi Ramalingaraja, secretary-general of the Kongu Spinners' Council, said mills were paying ₹68,400 a candy for cotton, up 21% from a year earlier.",
            "She said mills had cut output by about 15% because they could not pass on the full increase.",
        ],
    ),
    (
        "h84-in-ltd-told",
        "Kovaiyar Garments Ltd. told the stock exchanges on Monday that it had received cancellations for about 1.8 million pieces from two European retail customers. It said it expected revenue for the October–December quarter to fall 9–11% from a year earlier. Its shares fell 6.2% to ₹418.35 on the NSE.",
        [
            "Kovaiyar Garments Ltd. told the stock exchanges on Monday that it had received cancellations for about 1.8 million pieces from two European retail customers.",
            "It said it expected revenue for the October–December quarter to fall 9–11% from a year earlier.",
            "Its shares fell 6.2% to ₹418.35 on the NSE.",
        ],
    ),
    (
        "h84-in-oct15",
        "India's apparel exports fell 3.4% from a year earlier to $1.38 billion in September, according to commerce ministry data released on Oct. 15. It was the fourth monthly fall in a row.",
        [
            "India's apparel exports fell 3.4% from a year earlier to $1.38 billion in September, according to commerce ministry data released on Oct. 15.",
            "It was the fourth monthly fall in a row.",
        ],
    ),
    (
        "h84-nz-big-map",
        "Chief executive Hemi Tamepo said travel was the union's biggest cost: it spent $348,000 getting the Surge to eight away games, including two trips to the South Island. “We're a small union with a big map,” Tamepo said. “Every time we put the team on a plane, that's about $40,000 gone.”",
        [
            "Chief executive Hemi Tamepo said travel was the union's biggest cost: it spent $348,000 getting the Surge to eight away games, including two trips to the South Island.",
            "“We're a small union with a big map,” Tamepo said.",
            "“Every time we put the team on a plane, that's about $40,000 gone.”",
        ],
    ),
    (
        "h84-nz-tools",
        "Captain Ihaia Taputoru, a 31-year-old lock who has played 74 games for the province, said the players were told on Tuesday night. “We train three nights a week after a full day on the farm or on the tools. Nobody does it for the money, because there isn't any,” he said.",
        [
            "Captain Ihaia Taputoru, a 31-year-old lock who has played 74 games for the province, said the players were told on Tuesday night.",
            "“We train three nights a week after a full day on the farm or on the tools.",
            "Nobody does it for the money, because there isn't any,” he said.",
        ],
    ),
    (
        "h84-za-teaspoon",
        "“People imagine poachers with trucks,” she said. “What we found were holes the size of a teaspoon, hundreds of them, on a single hillside.”",
        [
            "“People imagine poachers with trucks,” she said.",
            "“What we found were holes the size of a teaspoon, hundreds of them, on a single hillside.”",
        ],
    ),
    (
        "h84-za-or-tambo",
        "In March, customs officers at O.R. Tambo International Airport found 1,140 Conophytum plants in a parcel addressed to a buyer in Seoul, according to court papers. The courier, a 29-year-old man, was fined R40,000 or two years in prison.",
        [
            "In March, customs officers at O.R. Tambo International Airport found 1,140 Conophytum plants in a parcel addressed to a buyer in Seoul, according to court papers.",
            "The courier, a 29-year-old man, was fined R40,000 or two years in prison.",
        ],
    ),
    (
        "h84-za-farmer-gps",
        "Hennie Louwrens, who farms sheep on land that includes two of the survey sites, said he found three men digging on his farm at night in February 2026. “They had a list with GPS points on it,” he said. “Somebody had done their homework.”",
        [
            "Hennie Louwrens, who farms sheep on land that includes two of the survey sites, said he found three men digging on his farm at night in February 2026.",
            "“They had a list with GPS points on it,” he said.",
            "“Somebody had done their homework.”",
        ],
    ),
    (
        "h84-jp-am-snow",
        "Haruto Ishizuchi, 17, a second-year student at Tsugamori High School, takes the 6:48 a.m. train to school every day. “In the snow, the train always comes. I'm not sure the bus will,” he said.",
        [
            "Haruto Ishizuchi, 17, a second-year student at Tsugamori High School, takes the 6:48 a.m. train to school every day.",
            "“In the snow, the train always comes.",
            "I'm not sure the bus will,” he said.",
        ],
    ),
    (
        "h84-jp-co-ltd",
        "© The Harukaze Post Co., Ltd. All rights reserved.",
        ["© The Harukaze Post Co., Ltd.", "All rights reserved."],
    ),
    (
        "h84-ng-am-nobody",
        "The bridge, built in 1988, gave way at about 4 a.m. on Thursday. Nobody was on it at the time. Residents said the water had risen about two metres above the deck by midnight.",
        [
            "The bridge, built in 1988, gave way at about 4 a.m. on Thursday.",
            "Nobody was on it at the time.",
            "Residents said the water had risen about two metres above the deck by midnight.",
        ],
    ),
    (
        "h84-ng-alhaji",
        "Its Executive Secretary, Alhaji Mutiu Ajasa-Gbadebo, said relief materials, including 400 bags of rice and 200 mattresses, were distributed on Friday. He urged residents living near the stream to move to higher ground until the rain eased.",
        [
            "Its Executive Secretary, Alhaji Mutiu Ajasa-Gbadebo, said relief materials, including 400 bags of rice and 200 mattresses, were distributed on Friday.",
            "He urged residents living near the stream to move to higher ground until the rain eased.",
        ],
    ),
    (
        "h84-ng-chief-fallen",
        "The Baale of Igbelaja, Chief Ebenezer Arowoogun, said the community had written to the state government three times since 2024 about cracks on the bridge. “We told them this bridge would fall. Now it has fallen,” he said.",
        [
            "The Baale of Igbelaja, Chief Ebenezer Arowoogun, said the community had written to the state government three times since 2024 about cracks on the bridge.",
            "“We told them this bridge would fall.",
            "Now it has fallen,” he said.",
        ],
    ),
    (
        "h84-bd-md-chairman",
        "The chairman of Gabura Union Parishad, Md. Abdul Mannan Gharami, said the union had 31 deep tube wells, but 22 of them now pumped salty water. “People know the water is bad, but what can they drink instead?” he asked.",
        [
            "The chairman of Gabura Union Parishad, Md. Abdul Mannan Gharami, said the union had 31 deep tube wells, but 22 of them now pumped salty water.",
            "“People know the water is bad, but what can they drink instead?” he asked.",
        ],
    ),
    (
        "h84-bd-reg-no",
        "Sonaban Trust is registered with the NGO Affairs Bureau, Government of Bangladesh, Reg. No. 3108. House 42, Road 9/A, Dhanmondi, Dhaka 1209",
        [
            "Sonaban Trust is registered with the NGO Affairs Bureau, Government of Bangladesh, Reg. No. 3108.",
            "House 42, Road 9/A, Dhanmondi, Dhaka 1209",
        ],
    ),
    (
        "h84-au-minister-quote",
        "“The people of the North West deserve an emergency department built for the community they are today, not the one they were in 1982,” Minister Marrinder said. “This investment will mean shorter waits, more privacy and better care.”",
        [
            "“The people of the North West deserve an emergency department built for the community they are today, not the one they were in 1982,” Minister Marrinder said.",
            "“This investment will mean shorter waits, more privacy and better care.”",
        ],
    ),
    (
        "h84-au-attributable",
        "“I've sat in that waiting room with my own kids, like thousands of families on the coast. Today's announcement is the result of years of campaigning by local clinicians and the community.”",
        [
            "“I've sat in that waiting room with my own kids, like thousands of families on the coast.",
            "Today's announcement is the result of years of campaigning by local clinicians and the community.”",
        ],
    ),
]
