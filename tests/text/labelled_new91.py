"""Ninety-first set of new hand-labelled pages for the hint engines (tuning set, round forty):
twelve WHOLE pages, head to tail, from twelve kinds of site whose FURNITURE is hard to tell from
story, each site's furniture written in its own words, at the head, in the middle of the story and
at the tail: an Irish regional broadcaster (an island ferry suspended after a storm damages a
Donegal pier); a Scottish local weekly (a Deeside village's branch surgery to close); a New Zealand
news site (a council votes to close an outdoor pool in Palmerston North); a Singapore English daily
(a Bukit Merah hawker centre to close for roof repairs); a Nigerian online paper (resident doctors
strike in Abeokuta over unpaid salaries); a US public radio station (a rural Oregon hospital stops
delivering babies); a logistics trade magazine (a rail freight terminal opens near Nuneaton); a
rugby club's own site (a new head coach); a university press office (an A&E study of e-scooter
injuries after dark); a charity's news page (a fuel-poverty survey); wire copy republished on a
news portal (low water strands barges on the Paraguay River); and a local newsletter's web view
(Portland, Maine caps short-term rentals). The furniture includes paywall and metering notes, a
registration wall, cookie and consent text, newsletter, supporter, pledge, membership and donation
asks (with Gift Aid), app and channel prompts, related, recommended, read-next, most-read and
latest lists, comment counts and a moderation note, ad and sponsored labels, captions and photo
credits, author bios, corrections (four of them), tags and topics, read-time lines, audio players
(one read by a computer voice), a "more than three weeks old" note, an embargo line, notes to
editors, an About block, a wire reporting credit, a reaction widget, a sponsor read, a death notice
and a mailing address, much of it written as sentences that read almost like prose. Each story has
several speakers and mixes check-worthy claims with opinions, feelings, hedges, questions and
scene-setting. The pages hold 520 sentences: 293 "B", 134 "W" and 93 ""; 162 sentences carry a
speaker. `STYLES` describes each page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty, before any rule was tuned on them and without
looking at the engine's code or output (written BLIND): nothing under `claimreview/` was opened or
listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing
under `docs/` or `tests/benchmarks/`, and no README of the project was read; `claimreview` was
never imported, and no test, scorer, engine or `pytest` was run. The search and fetch tools were
not used, and nothing was copied from anywhere. What was listed: `/tmp/brief` (it held only the
brief), `/tmp/sets` (empty at the start; at the end it also held another helper's
`labelled_new92.py`, seen as a name only and never opened, though the final name counts covered
it), and once, with `ls -a /work/main`, the names of the project's top-level entries (names only,
while looking for the `.venv` that the brief names; none of them was opened). What was read: the
brief; the module docstrings of `tests/text/labelled_new.py` and `labelled_new2.py` (printed whole
with `ast.get_docstring`); from `labelled_new89.py` and `labelled_new90.py`, the docstring,
`STYLES`, first two pages of `ARTICLES` and first eight `CASES` of each, printed by a script of my
own using `ast` (`get_docstring` and `get_source_segment`): the first printing was cut in the
middle by the tool, so the same output was saved to files in my scratch folder and printed again
with `sed` in ranges; all of `labelled_new89.py`'s listing was seen, and of `labelled_new90.py`'s
its docstring, `STYLES`, the head and the end of its first page, its second page and its first
eight cases (about ninety lines in the middle of its first page were never seen); and `def build`
in `tests/text/labelled_articles.py` (a `sed` range). `pyproject.toml` was not opened. No other
page, case or docstring of any file under `tests/` was read. Outside the project, the workplace's
environment notes were read to learn that ruff was not installed. What was run: a Python one-liner
printing the calendars of October and November 2026 to check weekdays; `python3 -m ruff --version`
and a `find` for a ruff binary (none); `pip install ruff` into a virtual environment in my scratch
folder (the project has no `.venv`); scripts of my own in my scratch folder that turn a small line
format (flags|speaker|cue|text, blank lines between paragraphs) into the literals below, apply
renames, cut the split cases out of the pages and count sentences, flags and speakers; whole-word,
case-insensitive searches over `tests/` and `/tmp/sets` (Python files only) of every capitalised
word of these pages, each part of a hyphenated name on its own, with `grep -rhoiwF -f`, whose
output was only the matched words of my own lists (no line of any other file was seen), then the
same pass over four rounds of candidate replacements, phrase counts (`grep -rilF ... | wc -l`) of
the coined multi-word names, and a final per-word `grep -rilwF ... | wc -l` count for every coined
word; an import of this file with `build` on every page and a checking script of my own (four
string fields, flags, a cue for every speaker and a speaker for every cue, no speaker on "B" lines,
the counts above, 30 distinct case ids, every split case occurring verbatim in a built page and
equal to its sentences joined by single spaces); and `ruff format` and `ruff check --config
/work/main/pyproject.toml` on this file (the check also through `--stdin-filename
tests/text/labelled_new91.py` so that the project's per-file ignores apply). The first draft's
coined people, outlets, firms and places hit about a hundred and thirty words of other files (most
given names and surnames of every country, a storm name, a hospital, a valley, a town, a wire
service, a newsletter, a credit union, a street and a survey's name), and more than half of the
first replacements hit too; each was renamed until no coined word had a hit. What still hits is
real places and regions, common words (Kettle, Ridge, Holme, Wynd, Thistle, Hawker, Tannery,
Memorial, Daughters and the like, inside coined names), outlet words (Courant, Times, News), titles
and name particles kept on purpose (Mr, Ms, Mrs, Madam, Dr, Prof, Cllr, Rep, Ó, Mac, Uí, Ní, Te,
Van) and abbreviations (DAC, Blk, MRT, MSP, GP, FM).

Every person, outlet, station, firm, club, charity, university, hospital, practice, institute,
consultancy, association, town council, co-operative, pier, harbour, pool, hawker centre, street,
road, village, town, island, storm, survey and figure is invented. Real countries, regions, cities
and offices appear only as settings, with invented figures and invented people: Ireland, Co
Donegal, the Dáil and a minister's title; Scotland, Deeside, the Mearns, Donside, the North East
and Dundee; New Zealand, the Manawatū and Palmerston North; Singapore, Bukit Merah and Ulu
Sembawang; Nigeria's Ogun and Oyo states, Abeokuta and Lagos; the United States, Oregon, Portland,
Maine and Casco Bay; England, Nuneaton, Southampton, Daventry, the Midlands, Leeds and Wakefield;
Zimbabwe (a player's caps); Paraguay, Asuncion, Brazil, Argentina, Uruguay, Buenos Aires, Chile
and Peru. Facebook, X, WhatsApp, Telegram, Instagram, the App Store and Google Play appear only as
channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points `labelled_new89.py` and `labelled_new90.py` state hold too: furniture "B"
line by line, whatever it says; a caption by its content and its credit "B"; headlines and
standfirsts never split; a dateline belongs to its lead sentence; a pronoun, a later surname, a
role or a title resolved to the full name as first given, without titles; an organisation's later
generic noun kept as written and "It" resolved to the name as first given; a quote over several
sentences carrying its speaker and cue; groups without a proper name kept as written.

Conventions this set had to settle, in the same spirit:

* Furniture that reads like prose is "B" sentence by sentence, even when it states a figure or a
  date: the cookie notices (two sentences each), the metering notes and the registration wall (two
  sentences each), the app prompts, the supporter, pledge, membership and donation asks and the
  Gift Aid line, the computer-voice audio note, "Some names in this story have been changed.", the
  "more than three weeks old" note, the corrections ("Correction: ..." / "The correct figure is
  1,870."; "Correction note: ..." / "This has been corrected."; the newsletter's "Last week's issue
  said ..." / "It meets on Wednesdays ..."), the embargo line, "ENDS", the numbered notes to
  editors, the university's About block ("... 27,000 students ..." / "It was founded in 1964 ..."),
  the newsletter's sponsor read ("... since 1958." / "... a $150 bonus." / "Terms apply."), the
  reporter and editor bios, the registered-charity and registered-office lines, the wire credit
  "(Reporting by ...; Editing by ...)", the reaction widget, "Kindly share this story:", the
  reproduction notice, the comment moderation note, the death notice, the ticket ask and the
  newsletter's greeting, weather line, contents line, sign-off and mailing address.
* Story lines keep story labels even where they sound like furniture: the rugby club's own
  announcement ("Cranbeck RFC are delighted to announce the appointment ...") and its record lines
  are "W" (the page's news item); a charity standfirst in its own voice ("Our helpline calls are
  up 44% ...") is "W" without a speaker; a caption that states a checkable fact ("... has opened
  only two mornings a week since 2019.", "... opened in 1964 and drew 31,000 swimmers last
  summer.") is "W", a descriptive caption ""; the newsletter's "My take" and "Elsewhere" labels
  are "" (subheads of the issue's own text), the writer's view under "My take" is "" without a
  speaker and the ferry fare under "Elsewhere" is "W".
* Speakers. Titles and descriptors go: Mr, Ms, Mrs, Madam, Dr, Dr., Prof., Professor, Associate
  Professor, Cllr, Councillor, Councilor, Deputy and "(Ind)", Mayor, "State Rep." and
  "R-Sumacton Falls", Chief executive, Club chairman, Captain, Planning Director, Public Works
  Minister, North East MSP, Lead author, Co-author, Helpline adviser, Retiree, Retired postmistress
  and Parent; name particles stay (Ó, Mac, Uí, Ní, Te, Van); Chinese names keep the order first
  given ("Daphne Ngoi Sokyin" for "Ms Ngoi", "Benedictus Heok Chinhuat", "Tjia Geklian", "Ngau
  Tecksoon"); a person named by first name only is labelled so ("Lorrayne"). Kept as written:
  "the county council" (lead, cue "confirmed") and "the council" ("In a statement, the council
  said"), with "It said" resolved to "the county council"; "the town council" after "the Pulai-
  Terentang Town Council"; "The chamber said" as "the chamber" after "the country's river shipping
  chamber"; "The charity" (cue "is calling on", ""); "Patients" (say), "Hauliers" (warn),
  "Researchers" (call for), "Analysts at Quernby Freight Consulting" and their later "They said";
  the unnamed "A spokesperson for the Government department that funds island piers" (also for
  "the spokesperson said"), "A town council spokesman" (also for "he added"), "A spokesperson for
  the federal health ministry", "A spokesperson for the state health authority", "A government
  spokesperson", "A logistics manager at Graneles Ypacuí S.A." (also for "She said") and "A
  spokesperson for Zipwell Mobility", whose following "It said" resolves to "Zipwell Mobility".
  Sources: "according to" keeps its source as written (the island's development co-operative,
  council documents, the planning consent issued in 2023, a study by a named institute, the
  charity's survey, the national navigation authority, Brazilian government data, the city's
  planning department); "a study by researchers at Ashmoreton University" carries its lead
  through "has found", "the council's annual report" through "shows". Cues as written: "told
  Dúnlacha Today", "told The Morningline", "told Oduaba Times", "told Kettle Ridge Public Radio",
  "told Freightmere", "told MWS by phone" (carried into the next sentence of the same quote),
  "told me" (the newsletter writer), "said in a statement", "confirmed", "added", "asked",
  "thanked", "says", "say", "warn", "call for" and "is calling on"; "said:" before a quote is
  "said". A standfirst carries the person the body names ("Council engineer says ...").
* Check-worthiness. An official's figure or record inside a quote is "W" ("This is the third
  winter in a row that pier has been hit ...", "There is one bus to Turriebrae on a weekday ...",
  a tank that "loses 80,000 litres a week", "Every train we run takes up to 76 lorries off the
  motorway", "We spent two years trying to recruit a second OB-GYN, and nobody took the job.",
  "We have barges that have not moved in nine days", a chairman's "field of 23 applicants" and
  unanimous vote); estimates, forecasts and hedges are "" even from officials ("six weeks as a
  minimum", "Some of them may not come back", analysts' expected rail share, an analyst's "could
  cost ... up to $180 million", "too early to say"), and so are intentions without a date,
  appeals, advice and positions; dates fixed by institutions are "W" (divers on Thursday, a
  minibus from April 1, a ballot on Dec 1, a code officer hired in January, dredging by Nov. 20, a
  public meeting at 7pm). Private people's own lives are "" (a shopkeeper's stock and her sons, a
  postmistress's years and taxi fare, a hawker's earnings, a retiree's bus, a pregnant woman's
  plan, a cleaner's meter debt), while an institution's account to a person is "W" (a hospital
  telling a patient's wife to come back on Thursday, a swim club told of a 14-month waiting
  list) and so is a landlord's loss of registrations under the new rule.

Splits. "Ltd.," mid-sentence (a ferry firm, a haulier), "Mr Ó Dubhlaoich said." before a quote
left open, "11.42am", "10.30am", "DAC." before "All rights reserved.", "8.40am", "Ltd." before
"Registered in Scotland No. SC214877.", "$6.8m", "$0.99", "#01-27", "said Ms Ngoi.", "Blk 214",
"Dec 1." before "The works will cost ...", "Pte Ltd." before "Co. Regn. No. 201911457K." and "All
rights reserved.", "Dr." and "Prof." before names, "N1.26bn", "Nig. Ltd." at a notice's end, "Jan.
31", "Ore.," and "Nov. 9, 2026." in a caption, "State Rep.", "R-Sumacton Falls,",
"dquennebert@kettleridge.org." ending a bio, "06.42", "7.30pm." ending a sentence, "Est. 1882",
"KO 2.30pm", a quote over three sentences ending "That changes on Saturday!”", "(65.0%)" and
"(14%)", "et al." inside a one-sentence journal reference, "grant no.", "Prof. Haverbeek-Idrissou",
"2.4MB", "S.A.," mid-sentence, "Nov. 20." ending a sentence, "($5.6 million).", "0.41 metres",
"Jan. 1,", "Gullmarsh St.,", "Forwarded this by a friend?" before "Subscribe for free – it lands
every Sunday at 7 a.m." and quoted questions followed by "she asked.", "she said.", "he said." or
"Batterham said." are never split wrongly; a quote running over two sentences in one paragraph
("“For the older ones, three months off is not a holiday." / "Some of them may not come back,” he
said.") splits at the first sentence's end. `CASES` holds 30 sentence-split cases (id, text,
expected sentences), each a stretch of consecutive sentences of one paragraph of these pages
joined by single spaces: what a reviewer wants, not what the engine does.
"""

STYLES = [
    'Irish regional broadcaster\'s local news page (Co Donegal), the ferry to an island is suspended after a storm tears away a mainland pier\'s landing steps, with a cookie box at the head, an audio player line and an app prompt mid-story and death notices at the tail: a standfirst carried by the council engineer named later through says, a lead of record with the county council through has confirmed, the engineer with told Dúnlacha Today and then He and Mr with an Irish surname (Ó kept) and a quote over two sentences whose estimate is "", according to the island\'s co-operative, a ferry firm\'s record with Ltd., mid-sentence, its managing director (Mac kept) with 10.30am and a feeling, a shopkeeper whose own stock and sons are "" and her quoted question with she asked, a TD with Deputy and (Ind) whose figure inside a quote is "W", In a statement, the council said kept as written and It said resolved to the county council, and an unnamed department spokesperson as written (cookie heading, a two-sentence cookie notice, a button row, brand with frequency, LISTEN LIVE strip with an on-air line, menu, section label, headline, standfirst, byline, date line with 11.42am, share strip with bullets, caption and Photo: credit, Listen back player with a time counter, Advertisement, a two-sentence app prompt, a WhatsApp tip line with an email, Tags, More Local News and two headlines, Death Notices and one notice, copyright split at DAC.)',
    'Scottish local weekly\'s health page (Deeside), a village branch surgery will close in March and its patients move to a practice nine miles away, with a metering note at the head, a newsletter box mid-story and a correction, comments, most-read list and announcements at the tail: a standfirst carrying Patients kept as written through say, a caption that states a fact ("W"), a lead of record with the health and social care partnership through confirmed, its chief officer with Ms and a surname, a quote over two sentences, and a figure of record, a councillor with Cllr and (Ind, ward) whose bus count inside a quote is "W" and whose quoted question with she said is "", a retired postmistress whose own circumstances are "", a GP partner with Dr whose minibus from April 1 is "W" and whose hope is "", an MSP\'s letter of record and his opinion, a public meeting with a date and 7pm (masthead in capitals, tagline, subscribe strip with pipes, menu, section label with ›, headline, standfirst, byline with role, Published line with read-time, a two-sentence meter, caption and Picture: credit, Story continues below, an Advert label with dashes, a one-sentence newsletter pitch, an email box, a two-sentence correction, a tip line with an email and phone, Comments (14), a sign-in line, Most Read with numbers on their own lines and two headlines, announcements links, copyright split at Ltd. before Registered in Scotland No.)',
    'New Zealand news site\'s regional page (Manawatū), the city council votes 9–6 to close a 62-year-old outdoor pool and fund an indoor hydrotherapy pool, with an AI-read audio player at the head, a READ MORE list and a supporter ask mid-story and a funding line at the tail: a headline and a standfirst of record without a speaker, a caption that states a fact, a lead of record in the writer\'s voice, the mayor with Mayor and a report\'s finding, a feeling, and a figure inside a quote that is "W", a council annual report through shows, a councillor who voted against with a figure of record and an opinion in a quote, a swim club coach with an institution\'s waiting list ("W") and a quoted question with he said, the community facilities manager with an expected opening date and then He with an intention, according to council documents, a parent whose feeling is "", and the final season\'s dates (brand, menu with a te reo item, region label, headline, standfirst, byline with a bullet and role, time stamp, Listen to this article line, a one-sentence computer-voice note, caption and Photo / credit, READ MORE: and three bullet headlines, a two-sentence supporter ask and Support us, Advertisement, a funding line, Sign in to comment, a comments-close note, More from and two headlines, copyright, footer links)',
    'Singapore English daily\'s home page story (Bukit Merah), a 41-year-old hawker centre will close for three months from Jan 4 for roof and drain repairs, with a metering note at the head, a Telegram prompt, a READ MORE link and an ad label mid-story and a correction note and an app prompt at the tail: a standfirst of record without a speaker, a SINGAPORE – dateline lead with the town council through said, In a statement, the town council said kept as written, the area\'s MP with Ms and a Chinese name in the order given (later Ms and surname and She added) with a stall number #01-27, a hawkers\' association chairman with Mr and an English name before a Chinese one, whose count is "W" and whose quote runs over two sentences, a hawker whose own earnings are "" and her quoted question with she asked, a town council spokesman as written with Blk 214, Dec 1 and a cost with he added, a retiree whose own plan is "", an associate professor with a study figure and an opinion (masthead, strip, menu, section label in capitals, headline, standfirst, a two-sentence meter with $0.99, byline with role, Published | Updated line with AM, share strip with Gift this article, caption and PHOTO: credit in capitals, Telegram prompt, READ MORE link, ADVERTISEMENT, a two-sentence correction note, an app prompt, Topics, Read next and two headlines, copyright in three sentences split at Pte Ltd. and Co. Regn. No.)',
    "Nigerian online paper's health page (Abeokuta, Ogun State), resident doctors at a federal medical centre begin an indefinite strike over four months of unpaid salaries, with a BREAKING ticker at the head, Advertisement, RELATED NEWS and a WhatsApp prompt mid-story and a share prompt, reproduction notice and comments line at the tail: a lead of record carrying the branch of the doctors' association through has said, the branch president with Dr. and told Oduaba Times, then He, a quote over two sentences, and later by surname with a hedge-free demand of record, background facts without a speaker, the Chief Medical Director with Prof. and said in a statement and then She with a letter of record and an appeal, a patient's wife with Mrs whose account of the hospital's instruction is \"W\" and whose quoted question with she asked is \"\", the state health commissioner with Dr. and a position, and an unnamed federal ministry spokesperson as written with N1.26bn (brand in capitals, BREAKING line, menu, section label, headline, byline, date with ordinal and read-time, caption and Photo: credit, Advertisement twice, RELATED NEWS and two headlines, a WhatsApp line and Click here to join., Kindly share this story:, share strip, All rights reserved. and a reproduction notice ending Nig. Ltd., contact line, Latest News and two headlines with N712bn, comment count, moderation note)",
    'US public radio station\'s health page (rural Oregon), a hospital board votes 7-2 to close its labor and delivery unit on Jan. 31, with Listen Live and Donate strips and a Listen player line at the head, an audio clip line and a pledge ask mid-story, and a correction, funding line and reporter bio at the tail: a headline and standfirst of record without a speaker, a caption with Ore., and Nov. 9, 2026., a lead of record with the vote, the chief executive with told Kettle Ridge Public Radio and then He and by surname, a quote whose judgement is "" and whose recruiting record is "W", a nurse-midwife whose worry is "" and whose distance is "W", a pregnant woman whose plan is "" and whose quoted question ends with she said, a state representative with Rep. and R-Town whose bill request is "W" and whose analogy is "", according to a study by an institute, a state health authority spokesperson as written with a rule of record, and the CEO\'s intentions (station brand, frequencies line, Listen Live / Donate, menu, section label, headline, standfirst, byline, Published line with PST, Listen • 4:02, caption and credit with a slash, audio clip title with running time, a two-sentence pledge ask and Donate now, a two-sentence correction, Tags, a funding line, a two-sentence bio ending in an email, More from and two headlines, copyright)',
    'UK logistics trade magazine\'s rail freight page, an operator opens a £140m rail freight terminal with room for 16 trains a day, with topic tags and read-time at the head, a registration wall and a SPONSORED item mid-story and an author bio, webinar promo and jobs list at the tail: a standfirst carrying Hauliers kept as written through warn, a lead of record with the operator through said, a first-train time with 06.42, the chief executive with told Freightmere whose contract figures and lorry figure inside a quote are "W" and whose aside is "", later by surname with staffing of record, according to the planning consent, a haulier\'s managing director with Ltd., mid-sentence and 7.30pm and an opinion in a quote, Analysts at a consultancy kept as written with a forecast "" and then They said with a causal claim "W", and a council leader with Cllr and a section 106 contribution and an opinion (brand in capitals, strapline, menu, breadcrumb with ›, headline, standfirst, byline with role, date and read time, Topics line with pipes, caption and Image: credit, a two-sentence registration wall and Register / Log in, SPONSORED and a sponsored headline, a two-sentence bio, a tip line ending in an email, Related articles and two headlines, UPCOMING WEBINAR with a date and 11am GMT and Save your seat, Jobs with two job lines, copyright split at Ltd. before Registered in England No.)',
    'English rugby club\'s own news page, the club appoints a new head coach on a three-year deal, with a cookie banner, an Est. line and a next-match strip at the head, a ticket ask mid-story and partner, membership and latest-news blocks at the tail: a headline and standfirst of record, the club\'s announcement in its own voice with his record, caps, his predecessor and the league table as "W", the chairman with said: and a quote over two paragraphs whose applicants and unanimous vote are "W" and whose hope is "", a thanks with thanked, the coach by surname and then he with a quote over three sentences ending with an exclamation mark, the captain whose appearances are "W" and whose quoted question with said after the surname is "", the interim coach and the shirt sponsor\'s extension of record (a two-sentence cookie notice, buttons, club name in capitals, Est. 1882 line, menu, NEXT MATCH strip with KO 2.30pm, breadcrumb, headline, standfirst, Posted by line, share strip, caption and Photo: credit, a ticket ask with £2 and Buy tickets, Our Partners with two partner lines, a two-sentence membership ask with a question and Join today, Latest News and two headlines, registered address with Ltd, copyright and credits line)',
    "University press office's press release, a study of 2,314 A&E records finds two in three serious e-scooter injuries happen after dark, with an embargo line at the head and ENDS, a journal reference, numbered notes to editors, an About block and a media contact at the tail: a standfirst carrying Researchers kept as written through call for (\"\"), a caption, a lead carrying the study as written through has found, the study's figures in the release's voice with (65.0%) and (14%), the lead author with Dr and said: and a quote over two paragraphs with a hedge (\"\"), then Dr and surname with a record of sharing findings, the co-author with Professor and a figure through according to operators' data and then He with a plan, a charity's policy director with the charity's name after a descriptor and her advice, a scooter operator's spokesperson with 12.5mph and then It said resolved to the operator (university name, menu, breadcrumb, Press release label, embargo line with BST, headline, standfirst, Published line, caption and Credit: line, ENDS, a one-sentence journal reference with et al., Notes to editors heading and three numbered notes with grant no. and Prof., About heading and a two-sentence boilerplate, Media contact with name, Tel: and Email: lines, Share this page, Related news and two headlines, a media-alerts line, copyright line)",
    'Charity\'s news page (a UK fuel-poverty charity), its annual survey finds one in four low-income families went without heating, with a this-story-is-old note at the head, a names-changed note and a donation block with Gift Aid mid-story and a helpline block, e-news line and charity registration at the tail: a headline through finds, a standfirst in the charity\'s voice ("W" without a speaker), according to the charity\'s survey, the survey\'s figures without a speaker, the chief executive with said: and a quote over two sentences that is "", then by surname and She with figures of record, a service user named by first name only whose own debt and quotes are "" (one a quoted question followed by she said), The charity is calling on kept as written (""), a government spokesperson as written with a rebate figure and a feeling, a helpline adviser with a quote over two sentences with a colon list (site name, menu, breadcrumb with slashes, an age note, headline, standfirst, date and read-time, caption and Photo © credit, a names-changed note, a two-sentence appeal, Donate now, a Gift Aid line, a report link with PDF size, a helpline question and its hours, an e-news sign-up line, Share your story, Related news and two headlines, a registered-charity line with numbers in brackets, a registered-office line, copyright line)',
    'Wire copy republished on a news portal, low water on the Paraguay River strands more than 300 barges and stalls soybean exports, with the portal\'s menu, a related-quote ticker and a source line at the head, Story continues, an ad label and a Recommended link mid-story, and the wire\'s reporting credit, the portal\'s reaction widget, comment count, sponsored stories and more-from list at the tail: a dateline lead with (MWS) carrying the shipping chamber through said, according to the navigation authority with a decimal, the chamber\'s director with a figure of record and a quote with told MWS by phone ("W") then a forecast (""), background facts without a speaker, an unnamed logistics manager as written with S.A., mid-sentence and then She, The chamber said kept as written, a minister with Public Works Minister and Nov. 20 and a cost with ($5.6 million) and a slogan (""), according to Brazilian government data, an analyst\'s hedged cost ("") and his customs figure ("W"), and a central bank forecast cut of record (portal name, menu, sign-in strip, headline, source line, date line with GMT-3 and read time, ticker line, caption and a MWS/ credit, Story continues, Ad · Sponsored, Recommended: link, the (Reporting by ...; Editing by ...) line, What\'s your reaction? and an emoji count line, View comments (27), Sponsored Stories with a headline and an Ad line, More from and two headlines, footer links, copyright split after Newsnook.)',
    'Local newsletter\'s web view (a Sunday email about Portland, Maine), the city council caps short-term rentals at 400, with view-in-browser, issue line, a forwarded-note, greeting, weather and contents lines and a sponsor read at the head, a membership ask mid-issue and a corrections note, reply line, sign-off, writer\'s bio, mailing address and unsubscribe strip at the tail: the headline and a lead of record without a speaker, according to the planning department, a councillor who sponsored the ordinance with figures of record and a quote with told me, a landlord with St., mid-sentence whose registrations lost are "W" and whose quote over two sentences is "", a tenants\' organizer with a petition figure, the planning director with a hire in January ("W") and a hedge in quotation marks (""), a councillor who voted no with an opinion, a My take label and the writer\'s own view over three sentences (all "", no speaker), an Elsewhere label and a ferry fare of record with Jan. 1, (View this email in your browser, newsletter name in capitals, Issue No. line with read time, a two-sentence forwarded note ending in 7 a.m., greeting, weather line with °F, contents line, Presented by line, a three-sentence sponsor read, a call to action with an arrow, a two-sentence membership ask with a heart, Become a member, Your letters heading and a two-sentence correction, a reply line, sign-off over two lines, a bio line, a mailing address with Suite and ME, unsubscribe strip)',
]

ARTICLES = [
    [
        [
            ("Cookie settings", "", "", "B"),
        ],
        [
            (
                "We use cookies to keep this site running, to count visits and to show you ads that suit you.",
                "",
                "",
                "B",
            ),
            (
                "You can change your mind at any time under “Privacy choices” at the foot of every page.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accept all   Reject non-essential   Manage choices", "", "", "B"),
        ],
        [
            ("DÚNLACHA 97.4 FM", "", "", "B"),
        ],
        [
            (
                "▶ LISTEN LIVE  |  On air now: Dúnlacha Today with Fiadhnait Ní Chathmhaoil, 9am–12pm",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News   Sport   Death Notices   Podcasts   Competitions   Advertise", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Inishcrevan ferry suspended after storm tears away Ballyfarnock pier steps",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council engineer says 14 metres of landing steps were washed away; islanders fear for winter supplies",
                "Lughaidh Ó Dubhlaoich",
                "says",
                "W",
            ),
        ],
        [
            ("By Lasairfhíona Ní Chrónáin", "", "", "B"),
        ],
        [
            ("Wednesday, 21 October 2026 · 11.42am", "", "", "B"),
        ],
        [
            ("Share  •  Facebook  •  X  •  WhatsApp  •  Email", "", "", "B"),
        ],
        [
            ("The damaged landing steps at Ballyfarnock pier on Monday morning.", "", "", ""),
            ("Photo: Dúnlacha FM/Tomáisín Ó Tuathmhaoil", "", "", "B"),
        ],
        [
            (
                "Ferry sailings between Ballyfarnock, Co Donegal, and the island of Inishcrevan have been suspended until further notice after Storm Ibhear damaged the mainland pier on Sunday night, the county council has confirmed.",
                "the county council",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "The council’s senior executive engineer for the area, Lughaidh Ó Dubhlaoich, told Dúnlacha Today that a 14-metre section of the pier’s landing steps had been washed away and two mooring bollards had been pulled out of the concrete.",
                "Lughaidh Ó Dubhlaoich",
                "told Dúnlacha Today",
                "W",
            ),
            (
                "He said divers would inspect the pier’s foundations on Thursday.",
                "Lughaidh Ó Dubhlaoich",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I wouldn’t put a passenger on those steps, and no insurer in the country would let me,” Mr Ó Dubhlaoich said.",
                "Lughaidh Ó Dubhlaoich",
                "said",
                "",
            ),
            (
                "“We’re looking at six weeks as a minimum, and that’s if the weather is kind to us.”",
                "Lughaidh Ó Dubhlaoich",
                "said",
                "",
            ),
        ],
        [
            ("🔊 Listen back: Lughaidh Ó Dubhlaoich on Dúnlacha Today  0:00 / 7:41", "", "", "B"),
        ],
        [
            (
                "About 140 people live on Inishcrevan all year round, according to the island’s development co-operative.",
                "the island’s development co-operative",
                "according to",
                "W",
            ),
            (
                "The ferry operator, Crevan Sea Link Ltd., carried 61,200 passengers in 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Its managing director, Flaithrí Mac Riocaird-Skehan, said the company had moved its two boats to the harbour at Carrickbreen, 11km away, where they are licensed to land no more than 12 passengers at a time.",
                "Flaithrí Mac Riocaird-Skehan",
                "said",
                "W",
            ),
            (
                "He said a freight run for fuel, post and groceries would leave Carrickbreen at 10.30am on Wednesdays and Saturdays, weather permitting.",
                "Flaithrí Mac Riocaird-Skehan",
                "said",
                "W",
            ),
            (
                "“It’s not a ferry service any more, it’s a lifeline with a timetable,” he said.",
                "Flaithrí Mac Riocaird-Skehan",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Never miss a death notice, a match report or a road closure.", "", "", "B"),
            ("Get the free Dúnlacha FM app on the App Store and Google Play.", "", "", "B"),
        ],
        [
            (
                "Máirín Uí Mhaolfhábhail, who runs the shop and post office on the island, said she had enough flour and milk to last about ten days.",
                "Máirín Uí Mhaolfhábhail",
                "said",
                "",
            ),
            (
                "Her two teenage sons have been staying with an aunt in Ballyfarnock since Monday so they can get to school, she said.",
                "Máirín Uí Mhaolfhábhail",
                "said",
                "",
            ),
            (
                "“If someone takes a turn out here at two in the morning, who’s coming for them?” she asked.",
                "Máirín Uí Mhaolfhábhail",
                "asked",
                "",
            ),
        ],
        [
            (
                "Deputy Síomha Breisleáin-Tóibín (Ind) said she had raised the pier with the Minister for Rural and Community Development in the Dáil on Tuesday and asked for emergency funding.",
                "Síomha Breisleáin-Tóibín",
                "said",
                "W",
            ),
            (
                "“This is the third winter in a row that pier has been hit, and every year we patch it up and hope for the best,” she said.",
                "Síomha Breisleáin-Tóibín",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement, the council said it had applied in 2024 for €2.3m to rebuild the pier and that the application was still being assessed.",
                "the council",
                "said",
                "W",
            ),
            (
                "It said a temporary pontoon was “one of several options” being looked at.",
                "the county council",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Government department that funds island piers said the council’s application was one of 19 received in the current round.",
                "A spokesperson for the Government department that funds island piers",
                "said",
                "W",
            ),
            (
                "Decisions would be made “as quickly as possible”, the spokesperson said.",
                "A spokesperson for the Government department that funds island piers",
                "said",
                "",
            ),
        ],
        [
            (
                "Have a story for us? WhatsApp the newsroom on 087 555 0142 or email news@dunlachafm.ie.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Inishcrevan · Ballyfarnock · Ferries · Storm Ibhear", "", "", "B"),
        ],
        [
            ("More Local News", "", "", "B"),
        ],
        [
            ("Drumlaghan road reopens after two-day closure", "", "", "B"),
        ],
        [
            ("Carrickbreen lifeboat crew called out twice in one night", "", "", "B"),
        ],
        [
            ("Death Notices", "", "", "B"),
        ],
        [
            (
                "Ó Maoilchiaráin, Cairbre (Drumlaghan) – Reposing at his home from 4pm on Thursday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Dúnlacha Broadcasting DAC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE STRATHBENLIE COURANT", "", "", "B"),
        ],
        [
            ("Serving Deeside, the Mearns and Donside since 1871", "", "", "B"),
        ],
        [
            ("Subscribe  |  Digital edition  |  Announcements  |  Log in", "", "", "B"),
        ],
        [
            ("News   Sport   Farming   Community   Nostalgia   Jobs   Property", "", "", "B"),
        ],
        [
            ("News › Health", "", "", "B"),
        ],
        [
            (
                "Kinnorrie surgery to shut its doors in March as GPs move services to Turriebrae",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Patients say the nine-mile trip will be beyond those without a car",
                "Patients",
                "say",
                "",
            ),
        ],
        [
            ("Beitris Knockenbaird, Health Reporter", "", "", "B"),
        ],
        [
            ("Published: 10:00, 29 October 2026 · 4 min read", "", "", "B"),
        ],
        [
            ("You’ve read 3 of your 5 free stories this month.", "", "", "B"),
            (
                "Subscribe today for £1 for your first three months and read as much as you like.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kinnorrie branch surgery on Mill Wynd has opened only two mornings a week since 2019.",
                "",
                "",
                "W",
            ),
            ("Picture: Gilleasbuig Corriebreck", "", "", "B"),
        ],
        [
            (
                "The branch surgery in Kinnorrie will close on March 31 next year, the Strathbenlie Health and Social Care Partnership confirmed this week.",
                "the Strathbenlie Health and Social Care Partnership",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "Its 1,870 registered patients will be transferred to the main practice at Turriebrae Medical Centre, nine miles away.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The partnership’s chief officer, Alastrina Kelderhame, said the practice had been unable to recruit a salaried GP for the branch since Dr Lachlann Munrowan retired in June 2025, despite advertising the post four times.",
                "Alastrina Kelderhame",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody wanted this outcome,” Ms Kelderhame said.",
                "Alastrina Kelderhame",
                "said",
                "",
            ),
            (
                "“But a surgery that opens two mornings a week, staffed by whichever locum we can find, is not a safe service.”",
                "Alastrina Kelderhame",
                "said",
                "",
            ),
        ],
        [
            (
                "She said locum cover for the branch had cost £118,400 in the last financial year.",
                "Alastrina Kelderhame",
                "said",
                "W",
            ),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            ("— Advert —", "", "", "B"),
        ],
        [
            (
                "The Thursday Courant: the week’s Strathbenlie news in your inbox before the paper reaches the shops.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Enter your email   Sign up", "", "", "B"),
        ],
        [
            (
                "Cllr Murdina Craigwhinnie (Ind, Strathbenlie North) said a petition against the closure had gathered 2,140 signatures in three weeks.",
                "Murdina Craigwhinnie",
                "said",
                "W",
            ),
            (
                "“There is one bus to Turriebrae on a weekday and none at all on a Sunday,” she said.",
                "Murdina Craigwhinnie",
                "said",
                "W",
            ),
            (
                "“How is an 85-year-old with a new hip meant to get to an 8.40am appointment on that?” she said.",
                "Murdina Craigwhinnie",
                "said",
                "",
            ),
        ],
        [
            (
                "Retired postmistress Marsali Cushnieford, 81, said she had been a patient in Kinnorrie since the branch was a full practice in the 1970s.",
                "Marsali Cushnieford",
                "said",
                "",
            ),
            (
                "“I don’t drive, my daughter’s in Dundee, and a taxi to Turriebrae and back is £38,” she said.",
                "Marsali Cushnieford",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Roshni Vellaiyan-Tarvit, a partner at Turriebrae Medical Centre, said the practice would run a minibus between the two villages twice a day on weekdays from April 1.",
                "Roshni Vellaiyan-Tarvit",
                "said",
                "W",
            ),
            (
                "She said the practice also hoped to offer video consultations from Kinnorrie village hall.",
                "Roshni Vellaiyan-Tarvit",
                "said",
                "",
            ),
        ],
        [
            (
                "North East MSP Tòmas Boynsmill said he had written to the health secretary asking for the closure to be paused.",
                "Tòmas Boynsmill",
                "said",
                "W",
            ),
            (
                "“Rural patients are being asked to pay for a recruitment failure that has been years in the making,” he said.",
                "Tòmas Boynsmill",
                "said",
                "",
            ),
        ],
        [
            (
                "A public meeting will be held in Kinnorrie village hall on Tuesday, November 10, at 7pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Correction: An earlier version of this article said the surgery had 2,870 patients.",
                "",
                "",
                "B",
            ),
            ("The correct figure is 1,870.", "", "", "B"),
        ],
        [
            (
                "Got a story for the Courant? Email newsdesk@strathbenliecourant.co.uk or call 01339 555 210.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (14)", "", "", "B"),
        ],
        [
            ("Sign in or register to join the conversation.", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            ("Glenquharity lollipop man hangs up his sign after 31 years", "", "", "B"),
        ],
        [
            ("2", "", "", "B"),
        ],
        [
            ("Turriebrae Thistle through to cup semi-final after penalties", "", "", "B"),
        ],
        [
            ("Announcements: Births | Marriages | Deaths | In Memoriam", "", "", "B"),
        ],
        [
            ("© 2026 Courant Newspapers (Strathbenlie) Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC214877.", "", "", "B"),
        ],
    ],
    [
        [
            ("Tōtarawhiti News", "", "", "B"),
        ],
        [
            (
                "Home   Local   National   Business   Sport   Climate   Te Ao Māori   Video",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Manawatū", "", "", "B"),
        ],
        [
            ("Council votes to close 62-year-old Ōrongo Park pool", "", "", "W"),
        ],
        [
            (
                "Councillors voted 9–6 to shut the outdoor pool after next summer and put $14.2 million into a new indoor pool instead",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Rīpeka Te Whaaroa-Cranstoun • Council reporter", "", "", "B"),
        ],
        [
            ("6:12am Tue 3 Nov 2026", "", "", "B"),
        ],
        [
            ("▶ Listen to this article · 5 min", "", "", "B"),
        ],
        [
            (
                "This audio is read by a computer voice and may mispronounce some names.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Ōrongo Park pool opened in 1964 and drew 31,000 swimmers last summer.", "", "", "W"),
            ("Photo / Tōtarawhiti News", "", "", "B"),
        ],
        [
            (
                "Palmerston North’s oldest outdoor pool will close for good at the end of the 2027-28 summer season after the city council voted 9–6 to stop funding it.",
                "",
                "",
                "W",
            ),
            (
                "The vote, on Monday night, followed four hours of public submissions and a petition of 4,306 signatures.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Mātiu Jurgensen-Waitaha said a 2025 engineering report found the pool needed $6.8m of work on its tank and plant room to stay open another ten years.",
                "Mātiu Jurgensen-Waitaha",
                "said",
                "W",
            ),
            (
                "“I learned to swim there, so this wasn’t an easy night,” he said.",
                "Mātiu Jurgensen-Waitaha",
                "said",
                "",
            ),
            (
                "“But I can’t ask ratepayers to keep pouring money into a tank that loses 80,000 litres a week.”",
                "Mātiu Jurgensen-Waitaha",
                "said",
                "W",
            ),
        ],
        [
            (
                "The pool cost $410,000 to run last year, the council’s annual report shows.",
                "the council’s annual report",
                "shows",
                "W",
            ),
        ],
        [
            ("READ MORE:", "", "", "B"),
        ],
        [
            ("• Pool users pack council chamber as closure decision nears", "", "", "B"),
        ],
        [
            ("• Ratepayers face 8.9% rates rise in draft long-term plan", "", "", "B"),
        ],
        [
            ("• Swim school warns its waiting list will double", "", "", "B"),
        ],
        [
            (
                "Councillor Tiare Rosenbloom-Pakau, who voted against, said the council had spent $1.1m on the pool’s pumps and filters since 2019 and was now “walking away from its own investment”.",
                "Tiare Rosenbloom-Pakau",
                "said",
                "W",
            ),
            (
                "“You can’t run a learn-to-swim programme for 400 kids in a warm-water pool built for rehab,” she said.",
                "Tiare Rosenbloom-Pakau",
                "said",
                "",
            ),
        ],
        [
            (
                "Ōrongo Amateur Swimming Club head coach Sitani Kaufana-Gelling said the club had asked for lane space at the city’s aquatic centre and been told there was a 14-month waiting list.",
                "Sitani Kaufana-Gelling",
                "said",
                "W",
            ),
            (
                "“Where are our kids supposed to train, in the river?” he said.",
                "Sitani Kaufana-Gelling",
                "said",
                "",
            ),
        ],
        [
            ("Tōtarawhiti News is free to read because readers like you chip in.", "", "", "B"),
            (
                "If council reporting matters to you, become a supporter from $5 a month.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Support us", "", "", "B"),
        ],
        [
            (
                "The council’s community facilities manager, Orwin Hemaloto, said the hydrotherapy pool would be built at the aquatic centre and was due to open in mid-2028.",
                "Orwin Hemaloto",
                "said",
                "W",
            ),
            (
                "He said staff would “sit down with the swim club” over lane bookings before Christmas.",
                "Orwin Hemaloto",
                "said",
                "",
            ),
        ],
        [
            (
                "The council will also put $450,000 into a splash pad at Ōrongo Park once the pool is demolished, according to council documents.",
                "council documents",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Parent Wairua Tokerau-Paewhenua, whose three children learned to swim at Ōrongo Park, said she felt the decision had been made long before the public had its say.",
                "Wairua Tokerau-Paewhenua",
                "said",
                "",
            ),
            (
                "“We were heard, but I don’t think we were listened to,” she said.",
                "Wairua Tokerau-Paewhenua",
                "said",
                "",
            ),
        ],
        [
            (
                "The pool’s final season will run from December 1, 2027, to March 31, 2028.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("This reporting role is funded through the Regional Newsroom Fund.", "", "", "B"),
        ],
        [
            ("Sign in to comment", "", "", "B"),
        ],
        [
            ("Comments close 48 hours after publication.", "", "", "B"),
        ],
        [
            ("More from Manawatū", "", "", "B"),
        ],
        [
            ("Rātāiti School kapa haka group heads to national finals", "", "", "B"),
        ],
        [
            ("Rail crossing upgrade to close Tōtara Rd for a week", "", "", "B"),
        ],
        [
            ("© 2026 Tōtarawhiti Media Limited", "", "", "B"),
        ],
        [
            ("About us  |  Contact  |  Complaints  |  Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("The Singapore Morningline", "", "", "B"),
        ],
        [
            ("Subscribe   Log in   ePaper   Podcasts", "", "", "B"),
        ],
        [
            ("Singapore   Asia   World   Opinion   Life   Business   Tech   Sport", "", "", "B"),
        ],
        [
            ("SINGAPORE", "", "", "B"),
        ],
        [
            (
                "Tanjong Pulai hawker centre to close for 3 months from January for roof repairs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Stallholders to get rent waiver and $2,500 grant; older hawkers worry some may not return",
                "",
                "",
                "W",
            ),
        ],
        [
            ("You have read 4 of 5 free articles this month.", "", "", "B"),
            ("Subscribe for $0.99 for the first month to keep reading.", "", "", "B"),
        ],
        [
            ("Rachelyn Yiap Jiexuan, Housing Correspondent", "", "", "B"),
        ],
        [
            ("Published Nov 6, 2026, 05:00 AM | Updated Nov 6, 2026, 09:41 AM", "", "", "B"),
        ],
        [
            ("SHARE   Facebook   Telegram   WhatsApp   Gift this article", "", "", "B"),
        ],
        [
            ("Diners at Tanjong Pulai Market and Food Centre in Bukit Merah on Nov 5.", "", "", ""),
            ("MORNINGLINE PHOTO: NITHYAKALYANI", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – The 41-year-old Tanjong Pulai Market and Food Centre in Bukit Merah will close for three months from Jan 4, 2027, for repairs to its roof and drains, the Pulai-Terentang Town Council said on Nov 5.",
                "the Pulai-Terentang Town Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "The centre’s 58 cooked-food stalls and 96 market stalls will stay shut until April 3.",
                "",
                "",
                "W",
            ),
            ("The centre was last upgraded in 2011.", "", "", "W"),
        ],
        [
            (
                "In a statement, the town council said stallholders would pay no rent or service and conservancy charges for the three months, and would each receive a one-off grant of $2,500.",
                "the town council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Daphne Ngoi Sokyin, an MP for the area, told The Morningline that the roof had leaked during heavy rain at least 11 times this year, and that part of a false ceiling fell near stall #01-27 in August.",
                "Daphne Ngoi Sokyin",
                "told The Morningline",
                "W",
            ),
            (
                "“Nobody was hurt, thankfully, but we cannot wait for it to happen a second time,” said Ms Ngoi.",
                "Daphne Ngoi Sokyin",
                "said",
                "",
            ),
            (
                "She added that the town council had studied keeping half the centre open during the works but ruled it out on safety grounds.",
                "Daphne Ngoi Sokyin",
                "added",
                "W",
            ),
        ],
        [
            (
                "Mr Benedictus Heok Chinhuat, chairman of the Tanjong Pulai Hawkers’ Association, said 23 of the 58 cooked-food stallholders were aged 65 and above.",
                "Benedictus Heok Chinhuat",
                "said",
                "W",
            ),
            (
                "“For the older ones, three months off is not a holiday.",
                "Benedictus Heok Chinhuat",
                "said",
                "",
            ),
            ("Some of them may not come back,” he said.", "Benedictus Heok Chinhuat", "said", ""),
        ],
        [
            (
                "Madam Tjia Geklian, 71, who has sold chwee kueh at the centre since 1986, said she clears about $1,800 a month after costs.",
                "Tjia Geklian",
                "said",
                "",
            ),
            (
                "“The grant is $2,500 – how to pay three months of bills with that?” she asked.",
                "Tjia Geklian",
                "asked",
                "",
            ),
        ],
        [
            (
                "Join The Morningline’s Telegram channel and get the day’s best stories sent to you.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("READ MORE: Upper Kelanbu food centre reopens after five-month facelift", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "A town council spokesman said temporary stalls would be set up at the open-air carpark next to Blk 214 for 12 cooked-food stallholders, who will be chosen by ballot on Dec 1.",
                "A town council spokesman",
                "said",
                "W",
            ),
            (
                "The works will cost about $3.6 million, with the Government paying 90 per cent under a co-funding scheme, he added.",
                "A town council spokesman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Retiree Ngau Tecksoon, 68, who has breakfast at the centre most days, said he would take the bus to the next nearest hawker centre, 1.2km away.",
                "Ngau Tecksoon",
                "said",
                "",
            ),
        ],
        [
            (
                "Associate Professor Zulfadhli Hassanuddin, an urban sociologist at a local university, said hawker centres closed for upgrading lost an average of one in 10 stalls, based on his study of 14 centres between 2015 and 2024.",
                "Zulfadhli Hassanuddin",
                "said",
                "W",
            ),
            (
                "“Regulars drift away in three months, and some never come back,” he said.",
                "Zulfadhli Hassanuddin",
                "said",
                "",
            ),
        ],
        [
            (
                "Correction note: An earlier version of this article stated that the centre would reopen on April 4.",
                "",
                "",
                "B",
            ),
            ("This has been corrected.", "", "", "B"),
        ],
        [
            (
                "Get The Morningline app for breaking news alerts and our daily podcast, The 7am Brief.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Topics: Hawker centres · Bukit Merah · Town councils", "", "", "B"),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("Ulu Sembawang residents to get covered linkway to MRT station by 2028", "", "", "B"),
        ],
        [
            (
                "Five things to know about the new cash-free payment rule at coffee shops",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright 2026 Morningline Press Pte Ltd.", "", "", "B"),
            ("Co. Regn. No. 201911457K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("ODUABA TIMES", "", "", "B"),
        ],
        [
            (
                "BREAKING: Two feared dead as tanker catches fire on Abeokuta-Ketuwa road",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home   News   Politics   Metro   Health   Business   Sports   Opinion   Columns",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            (
                "Abeokuta FMC resident doctors begin indefinite strike over four months’ unpaid salaries",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Ifeoluwapo Oyedapo-Ajakaiye", "", "", "B"),
        ],
        [
            ("9th November 2026 · 3 mins read", "", "", "B"),
        ],
        [
            (
                "Patients wait at the outpatient clinic of the Akinfolarin Memorial Federal Medical Centre, Abeokuta, on Monday.",
                "",
                "",
                "",
            ),
            ("Photo: Oduaba Times", "", "", "B"),
        ],
        [
            (
                "Resident doctors at the Akinfolarin Memorial Federal Medical Centre, Abeokuta, on Monday began an indefinite strike over four months of unpaid salaries, the hospital’s branch of the Resident Doctors’ Association has said.",
                "the hospital’s branch of the Resident Doctors’ Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "The branch president, Dr. Ayomiposi Ologbosere, told Oduaba Times that 212 of the hospital’s 240 resident doctors had not been paid since July.",
                "Ayomiposi Ologbosere",
                "told Oduaba Times",
                "W",
            ),
            (
                "He said the federal payroll platform had failed to capture 187 doctors employed after January 2025.",
                "Ayomiposi Ologbosere",
                "said",
                "W",
            ),
            (
                "“We have borrowed from colleagues, from our cooperative and from our parents.",
                "Ayomiposi Ologbosere",
                "said",
                "",
            ),
            ("There is nothing left to borrow,” he said.", "Ayomiposi Ologbosere", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The hospital, opened in 1993, takes patients from across Ogun State and parts of Oyo State.",
                "",
                "",
                "W",
            ),
            (
                "The strike comes two weeks after nurses at the centre called off a three-day warning strike.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Chief Medical Director, Prof. Moyosoreoluwa Aderopo-Sotikare, said in a statement on Sunday that consultants, house officers and nurses would keep the emergency unit, labour ward and dialysis centre running.",
                "Moyosoreoluwa Aderopo-Sotikare",
                "said in a statement",
                "W",
            ),
            (
                "She said the management had written to the federal health ministry three times since August about the unpaid doctors.",
                "Moyosoreoluwa Aderopo-Sotikare",
                "said",
                "W",
            ),
            (
                "“We appeal to our resident doctors to remember the patients who depend on them,” she said.",
                "Moyosoreoluwa Aderopo-Sotikare",
                "said",
                "",
            ),
        ],
        [
            ("RELATED NEWS", "", "", "B"),
        ],
        [
            ("Doctors in two Ogun hospitals threaten strike over allowances", "", "", "B"),
        ],
        [
            ("Kidney patients travel to Lagos as dialysis unit shuts for repairs", "", "", "B"),
        ],
        [
            (
                "At the outpatient clinic on Monday morning, Mrs Ibironke Ogundiya-Akinwolemiwa, whose husband receives dialysis twice a week, said the hospital had told them to come back on Thursday.",
                "Ibironke Ogundiya-Akinwolemiwa",
                "said",
                "W",
            ),
            (
                "“If the doctors are not here on Thursday, what happens to him?” she asked.",
                "Ibironke Ogundiya-Akinwolemiwa",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Ogun State Commissioner for Health, Dr. Oladotun Fagbemileke, said the state’s general hospitals in Abeokuta had been placed on alert to receive patients from the federal centre.",
                "Oladotun Fagbemileke",
                "said",
                "W",
            ),
            (
                "He said the state government could not pay doctors employed by the Federal Government.",
                "Oladotun Fagbemileke",
                "said",
                "",
            ),
        ],
        [
            ("Join Oduaba Times on WhatsApp for breaking news as it happens.", "", "", "B"),
            ("Click here to join.", "", "", "B"),
        ],
        [
            (
                "A spokesperson for the federal health ministry, who asked not to be named because he was not authorised to speak to the press, said N1.26bn had been released to clear the arrears and that payments would start “within two weeks”.",
                "A spokesperson for the federal health ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Ologbosere said doctors had heard such promises before.",
                "Ayomiposi Ologbosere",
                "said",
                "",
            ),
            (
                "He said the strike would continue until every affected doctor received at least two months of arrears.",
                "Ayomiposi Ologbosere",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Kindly share this story:", "", "", "B"),
        ],
        [
            ("Facebook   X   WhatsApp   Telegram   Email", "", "", "B"),
        ],
        [
            ("All rights reserved.", "", "", "B"),
            (
                "No part of this story may be reproduced, broadcast or rewritten without the written permission of Oduaba Times Media Nig. Ltd.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Contact: newsdesk@oduabatimes.ng", "", "", "B"),
        ],
        [
            ("Latest News", "", "", "B"),
        ],
        [
            ("Ogun assembly passes N712bn 2027 budget after second reading", "", "", "B"),
        ],
        [
            ("Police arrest 14 over Sabo market clash in Abeokuta", "", "", "B"),
        ],
        [
            ("3 Comments", "", "", "B"),
        ],
        [
            ("Comments are moderated and may take up to an hour to appear.", "", "", "B"),
        ],
    ],
    [
        [
            ("Kettle Ridge Public Radio", "", "", "B"),
        ],
        [
            ("90.3 FM Sumacton Falls · 88.7 FM Perrisford", "", "", "B"),
        ],
        [
            ("Listen Live   Donate", "", "", "B"),
        ],
        [
            ("News   Music   Programs   Events   Support   About", "", "", "B"),
        ],
        [
            ("Health & Science", "", "", "B"),
        ],
        [
            ("Brackenvane Valley hospital will stop delivering babies Jan. 31", "", "", "W"),
        ],
        [
            (
                "Expectant parents in three counties will have to drive nearly an hour to give birth, as rural Oregon loses another labor unit",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Daelyn Quennebert", "", "", "B"),
        ],
        [
            ("Published November 12, 2026 at 5:04 AM PST", "", "", "B"),
        ],
        [
            ("Listen • 4:02", "", "", "B"),
        ],
        [
            (
                "The birthing center at Brackenvane Valley Medical Center in Sumacton Falls, Ore., on Nov. 9, 2026.",
                "",
                "",
                "",
            ),
            ("Daelyn Quennebert / Kettle Ridge Public Radio", "", "", "B"),
        ],
        [
            (
                "Brackenvane Valley Medical Center will stop delivering babies at the end of January after its board voted 7-2 on Tuesday night to close the hospital’s labor and delivery unit.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive Ebbert Stellbrink told Kettle Ridge Public Radio the unit delivered 148 babies last year, down from 231 in 2016.",
                "Ebbert Stellbrink",
                "told Kettle Ridge Public Radio",
                "W",
            ),
            (
                "He said the hospital lost $2.4 million on obstetric care in the fiscal year that ended June 30.",
                "Ebbert Stellbrink",
                "said",
                "W",
            ),
            (
                "“You can’t run a safe labor unit on three births a week,” Stellbrink said.",
                "Ebbert Stellbrink",
                "said",
                "",
            ),
            (
                "“We spent two years trying to recruit a second OB-GYN, and nobody took the job.”",
                "Ebbert Stellbrink",
                "said",
                "W",
            ),
        ],
        [
            ("The hospital will keep its emergency department open 24 hours a day.", "", "", "W"),
        ],
        [
            (
                "Audio: Nurse-midwife Evangelyne Drummely-Akana on what the closure means for her patients (1:12)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Certified nurse-midwife Evangelyne Drummely-Akana, who has worked at the hospital for 19 years, said she worried most about women whose labors move fast.",
                "Evangelyne Drummely-Akana",
                "said",
                "",
            ),
            (
                "She said the nearest remaining birthing unit, in Perrisford, is 58 miles away on a two-lane highway that closes several times each winter.",
                "Evangelyne Drummely-Akana",
                "said",
                "W",
            ),
            (
                "“Some of my moms are going to deliver on the shoulder of that road,” she said.",
                "Evangelyne Drummely-Akana",
                "said",
                "",
            ),
        ],
        [
            (
                "Kettle Ridge Public Radio’s newsroom is funded by listeners, not shareholders.",
                "",
                "",
                "B",
            ),
            (
                "A gift of any size keeps reporting like this free for everyone in the valley.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Donate now", "", "", "B"),
        ],
        [
            (
                "Kaylanne Lockhurst-Ortez, 29, who is due in February, said she had planned to give birth at Brackenvane Valley, where her first child was born.",
                "Kaylanne Lockhurst-Ortez",
                "said",
                "",
            ),
            (
                "“Now I’m supposed to pack a bag at 36 weeks and hope the pass is open?” she said.",
                "Kaylanne Lockhurst-Ortez",
                "said",
                "",
            ),
        ],
        [
            (
                "State Rep. Brisenne Archambeau-Nez, R-Sumacton Falls, said she had filed a bill draft request for the 2027 session that would pay rural hospitals $90,000 a year for each labor and delivery nurse they keep on staff.",
                "Brisenne Archambeau-Nez",
                "said",
                "W",
            ),
            (
                "“We pay for fire stations whether there’s a fire that week or not,” she said.",
                "Brisenne Archambeau-Nez",
                "said",
                "",
            ),
        ],
        [
            (
                "More than a quarter of Oregon’s rural hospitals have stopped delivering babies since 2014, according to a study published in September by the Wyethgrove Rural Health Institute.",
                "a study published in September by the Wyethgrove Rural Health Institute",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the state health authority said hospitals must give 90 days’ notice before closing a service, and that Brackenvane Valley had done so.",
                "A spokesperson for the state health authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Stellbrink said the hospital would keep offering prenatal visits and would pay for a nurse to ride along when women in labor are sent by ambulance.",
                "Ebbert Stellbrink",
                "said",
                "",
            ),
        ],
        [
            (
                "Correction: A previous version of this story misstated the number of births at the hospital in 2016.",
                "",
                "",
                "B",
            ),
            ("It was 231, not 213.", "", "", "B"),
        ],
        [
            ("Tags: Health   Rural Oregon   Hospitals   Maternal Health", "", "", "B"),
        ],
        [
            (
                "This story was reported with support from the Wrenfall Health Reporting Fund.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Daelyn Quennebert covers rural health for Kettle Ridge Public Radio.", "", "", "B"),
            ("She can be reached at dquennebert@kettleridge.org.", "", "", "B"),
        ],
        [
            ("More from KRPR", "", "", "B"),
        ],
        [
            ("Perrisford school board puts $61 million bond on May ballot", "", "", "B"),
        ],
        [
            ("Wildfire smoke season ran 19 days longer than average, state says", "", "", "B"),
        ],
        [
            ("© 2026 Kettle Ridge Public Radio", "", "", "B"),
        ],
    ],
    [
        [
            ("FREIGHTMERE", "", "", "B"),
        ],
        [
            ("News for road, rail, port and warehouse professionals", "", "", "B"),
        ],
        [
            (
                "News   Road   Rail   Ports   Warehousing   Technology   Jobs   Events   Directory",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › News › Rail freight", "", "", "B"),
        ],
        [
            (
                "Ashvagh opens £140m Ledmere rail terminal with room for 16 trains a day",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hauliers warn a shortage of lorry parking nearby could wipe out the road-mileage savings",
                "Hauliers",
                "warn",
                "",
            ),
        ],
        [
            ("By Saoirsín Aldousby-Salter, News Editor", "", "", "B"),
        ],
        [
            ("17 November 2026 · Read time: 4 min", "", "", "B"),
        ],
        [
            ("Topics: Rail freight | Intermodal | Warehousing", "", "", "B"),
        ],
        [
            ("The first train arrives at the Ledmere terminal on Monday.", "", "", ""),
            ("Image: Ashvagh Intermodal", "", "", "B"),
        ],
        [
            (
                "Ashvagh Intermodal has opened its £140m rail freight terminal at Ledmere, near Nuneaton, which it said could handle up to 16 freight trains a day once all four reception sidings are in use.",
                "Ashvagh Intermodal",
                "said",
                "W",
            ),
            (
                "The first train, a 775-metre service carrying 36 containers from Southampton, arrived at 06.42 on Monday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive Solbritt Vollenbeek told Freightmere the terminal had signed 15-year agreements with two retailers and a parcels carrier, which together would fill about 60% of its first-year capacity.",
                "Solbritt Vollenbeek",
                "told Freightmere",
                "W",
            ),
            (
                "“Every train we run takes up to 76 lorries off the motorway,” she said.",
                "Solbritt Vollenbeek",
                "said",
                "W",
            ),
            (
                "“That was the pitch, and frankly the customers were ahead of us on it.”",
                "Solbritt Vollenbeek",
                "said",
                "",
            ),
        ],
        [
            ("You’ve reached your limit of free articles for this month.", "", "", "B"),
            (
                "Register for free to keep reading, or log in if you already have an account.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Register   Log in", "", "", "B"),
        ],
        [
            (
                "The site’s 68,000 sq m of warehousing, due to be finished in two phases by 2028, is expected to employ 1,100 people, according to the planning consent issued in 2023.",
                "the planning consent issued in 2023",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ferdia Kettlebarrow, managing director of Passmore & Daughters Haulage Ltd., said the nearest lorry park with overnight spaces was 11 miles away and was full most nights by 7.30pm.",
                "Ferdia Kettlebarrow",
                "said",
                "W",
            ),
            (
                "“You can put all the trains you like into Ledmere, but the last mile is still a lorry, and that lorry’s driver needs a toilet and a bed,” he said.",
                "Ferdia Kettlebarrow",
                "said",
                "",
            ),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            ("How one 3PL cut empty running by 18% with dynamic load matching", "", "", "B"),
        ],
        [
            (
                "Analysts at Quernby Freight Consulting said they expected rail’s share of Midlands container traffic to rise from 9% to about 12% by 2030.",
                "Analysts at Quernby Freight Consulting",
                "said",
                "",
            ),
            (
                "They said volumes through the region’s three existing intermodal terminals fell 4.1% in the year to September because of engineering work on the main line.",
                "Analysts at Quernby Freight Consulting",
                "said",
                "W",
            ),
        ],
        [
            (
                "Terminal shunters and crane drivers will be employed directly rather than through an agency, Vollenbeek said.",
                "Solbritt Vollenbeek",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cllr Hiram Tilsmere, leader of Ledmere Borough Council, said Ashvagh had agreed to pay £2.1m towards a new roundabout on the terminal’s access road under a section 106 agreement.",
                "Hiram Tilsmere",
                "said",
                "W",
            ),
            (
                "“It’s jobs, and they’re jobs that can’t be moved to another country,” he said.",
                "Hiram Tilsmere",
                "said",
                "",
            ),
        ],
        [
            ("Saoirsín Aldousby-Salter is Freightmere’s news editor.", "", "", "B"),
            ("She has covered road and rail freight since 2011.", "", "", "B"),
        ],
        [
            ("Got a story? Email news@freightmere.co.uk.", "", "", "B"),
        ],
        [
            ("Related articles", "", "", "B"),
        ],
        [
            ("Port-centric warehousing: is the model running out of quay space?", "", "", "B"),
        ],
        [
            ("Parcels carrier trials hydrogen trucks on overnight trunking routes", "", "", "B"),
        ],
        [
            ("UPCOMING WEBINAR", "", "", "B"),
        ],
        [
            ("Decarbonising the middle mile · Thursday 3 December, 11am GMT", "", "", "B"),
        ],
        [
            ("Save your seat", "", "", "B"),
        ],
        [
            ("Jobs", "", "", "B"),
        ],
        [
            ("Transport Planner – Daventry – £34k–£38k", "", "", "B"),
        ],
        [
            ("Night Shunter – Ledmere – £15.20/hr", "", "", "B"),
        ],
        [
            ("© 2026 Freightmere Media Ltd.", "", "", "B"),
            ("Registered in England No. 09911482.", "", "", "B"),
        ],
    ],
    [
        [
            ("This site uses cookies.", "", "", "B"),
            (
                "Some are needed to sell you tickets; others tell us which pages supporters read most.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("OK   Settings", "", "", "B"),
        ],
        [
            ("CRANBECK RFC", "", "", "B"),
        ],
        [
            ("Est. 1882 · The Mill Holme", "", "", "B"),
        ],
        [
            ("Tickets   Shop   Membership   Hospitality   Juniors   Club App", "", "", "B"),
        ],
        [
            (
                "NEXT MATCH: Cranbeck v Thrandmoor Vikings · Sat 21 Nov · KO 2.30pm · The Mill Holme",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › News › First XV", "", "", "B"),
        ],
        [
            ("Cranbeck appoint Zdzisław Hallowbeck-Nkemakolam as head coach", "", "", "W"),
        ],
        [
            ("Former Scartholme Park attack coach signs three-year deal", "", "", "W"),
        ],
        [
            ("Posted by Club Media · 20 November 2026", "", "", "B"),
        ],
        [
            ("Share: Facebook   X   Instagram   WhatsApp", "", "", "B"),
        ],
        [
            ("Zdzisław Hallowbeck-Nkemakolam at The Mill Holme on Thursday.", "", "", ""),
            ("Photo: Tamsine Strangwaite/Cranbeck RFC", "", "", "B"),
        ],
        [
            (
                "Cranbeck RFC are delighted to announce the appointment of Zdzisław Hallowbeck-Nkemakolam as head coach on a three-year contract running to the end of the 2028-29 season.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hallowbeck-Nkemakolam, 41, joins from Scartholme Park, where he was attack coach for four seasons and helped the side to promotion in 2024-25 with a league-record 142 tries.",
                "",
                "",
                "W",
            ),
            ("A former flanker, he won 11 caps for Zimbabwe.", "", "", "W"),
        ],
        [
            (
                "He takes over from Ithel Trevithen, who left by mutual consent in October after a run of seven defeats in eight games.",
                "",
                "",
                "W",
            ),
            ("Cranbeck sit 11th of 14 in the table with 19 points from ten matches.", "", "", "W"),
        ],
        [
            (
                "Club chairman Gunnvor Ferribank-Oates said: “Zdzisław was the outstanding candidate from a field of 23 applicants, and the board’s decision was unanimous.",
                "Gunnvor Ferribank-Oates",
                "said",
                "W",
            ),
            (
                "“We think he is exactly the right person to get us playing with smiles on our faces again.”",
                "Gunnvor Ferribank-Oates",
                "said",
                "",
            ),
        ],
        [
            (
                "Ferribank-Oates thanked Trevithen for his “three years of hard work” and wished him well.",
                "Gunnvor Ferribank-Oates",
                "thanked",
                "",
            ),
        ],
        [
            (
                "Hallowbeck-Nkemakolam said he had watched every one of Cranbeck’s matches this season on the club’s streaming channel.",
                "Zdzisław Hallowbeck-Nkemakolam",
                "said",
                "",
            ),
            (
                "“There’s a really good group here, and a pack that nobody enjoys playing against,” he said.",
                "Zdzisław Hallowbeck-Nkemakolam",
                "said",
                "",
            ),
            ("“The results haven’t shown that yet.", "Zdzisław Hallowbeck-Nkemakolam", "said", ""),
            ("That changes on Saturday!”", "Zdzisław Hallowbeck-Nkemakolam", "said", ""),
        ],
        [
            (
                "🎟 Tickets for Saturday’s game against Thrandmoor Vikings are on sale now – members get in free and under-16s pay £2.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Buy tickets", "", "", "B"),
        ],
        [
            (
                "Captain Ruaidhrí Batterham, who has made 186 appearances for the club, said the squad met the new coach on Thursday evening.",
                "Ruaidhrí Batterham",
                "said",
                "W",
            ),
            (
                "“He asked us one question – what do we want to be known for?” Batterham said.",
                "Ruaidhrí Batterham",
                "said",
                "",
            ),
        ],
        [
            (
                "Cynfael Polwithen, who led the side as interim head coach for the last three matches, will stay on as forwards coach.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The club’s principal partner, Skelderhurst Building Supplies, has extended its shirt sponsorship to the end of the 2028-29 season.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Our Partners", "", "", "B"),
        ],
        [
            ("Principal Partner: Skelderhurst Building Supplies", "", "", "B"),
        ],
        [
            ("Official Kit Partner: Corvinshaw Sportswear", "", "", "B"),
        ],
        [
            ("Not a member yet?", "", "", "B"),
            (
                "Membership for the rest of the season starts at £65 and gets you into every home league game.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Join today", "", "", "B"),
        ],
        [
            ("Latest News", "", "", "B"),
        ],
        [
            ("Under-18s through to county cup quarter-final", "", "", "B"),
        ],
        [
            ("Bonfire night raises £3,400 for the junior section", "", "", "B"),
        ],
        [
            (
                "Cranbeck Rugby Union Football Club Ltd, The Mill Holme, Holme Lane, Cranbeck.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Cranbeck RFC · Privacy · Cookies · Website by Gullyrose Digital", "", "", "B"),
        ],
    ],
    [
        [
            ("Ashmoreton University", "", "", "B"),
        ],
        [
            ("Study   Research   Business   About   News and events   Alumni", "", "", "B"),
        ],
        [
            ("News and events › Press releases", "", "", "B"),
        ],
        [
            ("Press release", "", "", "B"),
        ],
        [
            ("Embargoed until 00:01 BST, Wednesday 14 October 2026", "", "", "B"),
        ],
        [
            (
                "Two in three serious e-scooter injuries happen after dark, A&E study finds",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Researchers call for brighter lights and night-time speed caps on hire schemes",
                "Researchers",
                "call for",
                "",
            ),
        ],
        [
            ("Published: 14 October 2026", "", "", "B"),
        ],
        [
            (
                "A hire e-scooter parked outside the emergency department at Mosscrop General Hospital.",
                "",
                "",
                "",
            ),
            ("Credit: Ashmoreton University/Teilo Fenwardine", "", "", "B"),
        ],
        [
            (
                "Nearly two-thirds of serious injuries to e-scooter riders treated at three English hospitals happened between 8pm and 6am, a study by researchers at Ashmoreton University has found.",
                "a study by researchers at Ashmoreton University",
                "has found",
                "W",
            ),
        ],
        [
            (
                "The team examined 2,314 emergency department records of e-scooter injuries from January 2022 to December 2025 at Mosscrop General Hospital and two other hospitals in the north of England.",
                "",
                "",
                "W",
            ),
            (
                "Of 412 riders with serious injuries, defined as those needing admission, 268 (65.0%) were hurt after dark.",
                "",
                "",
                "W",
            ),
            (
                "Head injuries accounted for 41% of admissions, and 87% of riders admitted with a head injury were not wearing a helmet.",
                "",
                "",
                "W",
            ),
            ("In 58 of the 412 serious cases (14%), a pedestrian was also hurt.", "", "", "W"),
        ],
        [
            (
                "Lead author Dr Aurelina Lindgrenn-Okonji, a senior lecturer in emergency medicine, said: “These are mostly young, otherwise healthy people, and many of them leave hospital with injuries they will live with for the rest of their lives.",
                "Aurelina Lindgrenn-Okonji",
                "said",
                "",
            ),
            (
                "“We can’t say from our data that darkness itself causes the crashes – it may be speed, alcohol or poor road surfaces, or all three.”",
                "Aurelina Lindgrenn-Okonji",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Lindgrenn-Okonji said the team had shared its findings with transport officials in all three cities.",
                "Aurelina Lindgrenn-Okonji",
                "said",
                "W",
            ),
        ],
        [
            (
                "Co-author Professor Eldric Haverbeek-Idrissou, of the university’s Institute for Transport Safety, said riders aged 16 to 24 made up 52% of injury attendances but only 31% of hire-scheme users in the three cities, according to operators’ data.",
                "Eldric Haverbeek-Idrissou",
                "said",
                "W",
            ),
            (
                "He said the team would next look at whether a night-time speed limit of 10.5mph, already used by one operator, reduces injuries.",
                "Eldric Haverbeek-Idrissou",
                "said",
                "",
            ),
        ],
        [
            (
                "Rhiannedd Yarrowdale, policy director at the road safety charity Pathsafe Trust, who was not involved in the study, said the findings were “a wake-up call for every city running a hire scheme”.",
                "Rhiannedd Yarrowdale",
                "said",
                "",
            ),
            (
                "She said operators should be required to fit brighter lights as a condition of their licences.",
                "Rhiannedd Yarrowdale",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for Zipwell Mobility, which runs hire schemes in two of the three cities, said all its scooters had front and rear lights and were limited to 12.5mph.",
                "A spokesperson for Zipwell Mobility",
                "said",
                "W",
            ),
            ("It said it would “study the findings carefully”.", "Zipwell Mobility", "said", ""),
        ],
        [
            ("ENDS", "", "", "B"),
        ],
        [
            (
                "Journal reference: Lindgrenn-Okonji A, Haverbeek-Idrissou E, et al. Night-time injury among shared e-scooter riders: a multicentre retrospective study. Emerg Med Open. 2026;9(4):e00418.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Notes to editors", "", "", "B"),
        ],
        [
            (
                "1. The study was funded by the Northern Trauma Research Trust (grant no. NTRT-2023-117).",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "2. Dr Lindgrenn-Okonji and Prof. Haverbeek-Idrissou are available for interview on Wednesday 14 October.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("3. Images are available on request.", "", "", "B"),
        ],
        [
            ("About Ashmoreton University", "", "", "B"),
        ],
        [
            (
                "Ashmoreton University is a research-intensive university with 27,000 students on campuses in two cities.",
                "",
                "",
                "B",
            ),
            ("It was founded in 1964 and received its Royal Charter in 1967.", "", "", "B"),
        ],
        [
            ("Media contact", "", "", "B"),
        ],
        [
            ("Marguerita Hollenbrand, Press Officer", "", "", "B"),
        ],
        [
            ("Tel: +44 (0)113 496 0384", "", "", "B"),
        ],
        [
            ("Email: press@ashmoreton.ac.uk", "", "", "B"),
        ],
        [
            ("Share this page", "", "", "B"),
        ],
        [
            ("Related news", "", "", "B"),
        ],
        [
            ("Ashmoreton chemists find cheaper catalyst for green hydrogen", "", "", "B"),
        ],
        [
            ("New centre to study loneliness in later life opens on city campus", "", "", "B"),
        ],
        [
            ("Sign up for media alerts", "", "", "B"),
        ],
        [
            (
                "© Ashmoreton University 2026 · Accessibility · Privacy · Freedom of information",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Kinwell Trust", "", "", "B"),
        ],
        [
            ("Get help   Our work   Get involved   News   About us   Donate", "", "", "B"),
        ],
        [
            ("Home / News / Press releases", "", "", "B"),
        ],
        [
            (
                "This news story is more than three weeks old, so some details may have changed.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "One in four families on low incomes went without heating last winter, Kinwell survey finds",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Our helpline calls are up 44% as families brace for another cold winter",
                "",
                "",
                "W",
            ),
        ],
        [
            ("5 October 2026 · 5 minute read", "", "", "B"),
        ],
        [
            (
                "A Kinwell Trust adviser takes a call on the charity’s helpline in Leeds.",
                "",
                "",
                "",
            ),
            ("Photo © Kinwell Trust", "", "", "B"),
        ],
        [
            (
                "One in four low-income families with children went without heating for at least a week last winter, according to the Kinwell Trust’s annual Hearthcount survey.",
                "the Kinwell Trust’s annual Hearthcount survey",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Pellmore Research surveyed 3,012 adults in households with incomes below £25,000 between 14 and 28 August.",
                "",
                "",
                "W",
            ),
            (
                "Thirty-eight per cent had fallen behind on an energy bill, up from 29% a year earlier.",
                "",
                "",
                "W",
            ),
            ("The proportion was highest in the North East, at 46%.", "", "", "W"),
        ],
        [
            (
                "The charity’s chief executive, Wilmette Ashenvald, said: “These are not people who are wasting energy.",
                "Wilmette Ashenvald",
                "said",
                "",
            ),
            (
                "“They are parents sitting in the dark with their coats on so their children can have a warm bath.”",
                "Wilmette Ashenvald",
                "said",
                "",
            ),
        ],
        [
            (
                "Ashenvald said calls to the helpline rose 44% between April and September compared with the same months last year, to 61,700.",
                "Wilmette Ashenvald",
                "said",
                "W",
            ),
            (
                "She said the charity had trained 40 new volunteer advisers since July to cope with demand.",
                "Wilmette Ashenvald",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lorrayne, 34, a school cleaner from Wakefield who asked us not to use her surname, said she stopped using her boiler in January after the debt on her prepayment meter reached £640.",
                "Lorrayne",
                "said",
                "",
            ),
            ("“I’d top up £10 and watch it go in two days,” she said.", "Lorrayne", "said", ""),
            (
                "“You start asking yourself, is it the heating or is it the food?” she said.",
                "Lorrayne",
                "said",
                "",
            ),
        ],
        [
            ("Some names in this story have been changed.", "", "", "B"),
        ],
        [
            (
                "Winter is coming, and our helpline is already busier than it has ever been.",
                "",
                "",
                "B",
            ),
            (
                "£25 could pay for an hour of specialist debt advice for a family like Lorrayne’s.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Donate now", "", "", "B"),
        ],
        [
            ("Gift Aid it: add 25% to your gift at no extra cost to you.", "", "", "B"),
        ],
        [
            (
                "The charity is calling on the government to write off prepayment meter debts of under £500 before the end of the year.",
                "The charity",
                "is calling on",
                "",
            ),
        ],
        [
            (
                "A government spokesperson said more than 3.1 million households would get a £150 winter rebate on their energy bills this year.",
                "A government spokesperson",
                "said",
                "W",
            ),
            (
                "“We know how worried people are about bills, and we are determined to help,” the spokesperson said.",
                "A government spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "Helpline adviser Ephron Quantrell, who has taken calls for the charity for six years, said the calls had changed.",
                "Ephron Quantrell",
                "said",
                "",
            ),
            ("“Two years ago people rang about a bill.", "Ephron Quantrell", "said", ""),
            (
                "Now they ring about everything at once: the rent, the council tax, the meter,” he said.",
                "Ephron Quantrell",
                "said",
                "",
            ),
        ],
        [
            ("Read the full Hearthcount 2026 report (PDF, 2.4MB)", "", "", "B"),
        ],
        [
            ("Struggling with your energy bills?", "", "", "B"),
            (
                "Our free, confidential helpline is open 9am to 5pm, Monday to Friday, on 0808 555 0271.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up to our emails to hear how your support is keeping homes warm.", "", "", "B"),
        ],
        [
            ("Share your story", "", "", "B"),
        ],
        [
            ("Related news", "", "", "B"),
        ],
        [
            ("Volunteers knit 2,000 hats for our winter warmth packs", "", "", "B"),
        ],
        [
            ("What the new energy price cap means for you", "", "", "B"),
        ],
        [
            (
                "Kinwell Trust is a registered charity in England and Wales (1172409) and Scotland (SC049871).",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Registered office: 4 Tannery Yard, Leeds LS9 8QP.", "", "", "B"),
        ],
        [
            ("© 2026 Kinwell Trust | Privacy | Cookies | Accessibility", "", "", "B"),
        ],
    ],
    [
        [
            ("newsnook", "", "", "B"),
        ],
        [
            ("Top stories   World   Money   Tech   Sport   Horoscopes   Puzzles", "", "", "B"),
        ],
        [
            ("Sign in   Mail", "", "", "B"),
        ],
        [
            ("Paraguay river drought strands 300 barges as soybean exports stall", "", "", "W"),
        ],
        [
            ("Merganser Wire Service", "", "", "B"),
        ],
        [
            ("Wed, 4 November 2026 at 3:18 pm GMT-3 · 3-min read", "", "", "B"),
        ],
        [
            ("In this article: Soybean Jan ’27  1,042.25  +6.25 (+0.60%)", "", "", "B"),
        ],
        [
            (
                "Barges sit idle on the Paraguay River near Asuncion, Paraguay, November 2, 2026.",
                "",
                "",
                "",
            ),
            ("MWS/Fulgencio Zaldívar-Oporto", "", "", "B"),
        ],
        [
            (
                "ASUNCION, Nov 4 (MWS) - More than 300 barges loaded with soybeans and corn are stuck on the Paraguay River because of low water, the country’s river shipping chamber said on Wednesday, after a drought upstream in Brazil cut flows to their lowest for the time of year since 2021.",
                "the country’s river shipping chamber",
                "said",
                "W",
            ),
        ],
        [
            (
                "The river at Asuncion stood 0.41 metres below its reference level on Wednesday morning, according to the national navigation authority.",
                "the national navigation authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Everardo Galeano-Rivarola, executive director of the chamber, which represents 28 barge operators, said convoys still moving were carrying about 40% less cargo than normal to avoid running aground.",
                "Everardo Galeano-Rivarola",
                "said",
                "W",
            ),
            (
                "“We have barges that have not moved in nine days,” Galeano-Rivarola told MWS by phone.",
                "Everardo Galeano-Rivarola",
                "told MWS by phone",
                "W",
            ),
            (
                "“If it doesn’t rain upriver in the next three weeks, we are looking at the worst season in five years.”",
                "Everardo Galeano-Rivarola",
                "told MWS by phone",
                "",
            ),
        ],
        [
            ("Story continues", "", "", "B"),
        ],
        [
            ("Ad · Sponsored", "", "", "B"),
        ],
        [
            (
                "Paraguay is one of the world’s biggest soybean exporters and ships most of its crop by river to ports in Argentina and Uruguay.",
                "",
                "",
                "W",
            ),
            ("Barges on the waterway usually carry about 1,500 tonnes each.", "", "", "W"),
        ],
        [
            (
                "A logistics manager at Graneles Ypacuí S.A., who asked not to be named because she was not authorized to speak publicly, said the company had delayed shipments of 85,000 tonnes of soybeans.",
                "A logistics manager at Graneles Ypacuí S.A.",
                "said",
                "W",
            ),
            (
                "She said 22 of the company’s 40 barges were tied up at its terminal south of the capital.",
                "A logistics manager at Graneles Ypacuí S.A.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The chamber said fuel barges heading upriver had also been cut to half loads.",
                "the chamber",
                "said",
                "W",
            ),
        ],
        [
            (
                "Public Works Minister Nicasio Cabañas-Ibarrechea said on Tuesday the government would start dredging two shallow stretches south of Asuncion by Nov. 20.",
                "Nicasio Cabañas-Ibarrechea",
                "said",
                "W",
            ),
            (
                "He said the work would cost about 43 billion guaranis ($5.6 million).",
                "Nicasio Cabañas-Ibarrechea",
                "said",
                "W",
            ),
            (
                "“We are not going to let the river decide the fate of our economy,” Cabañas-Ibarrechea said.",
                "Nicasio Cabañas-Ibarrechea",
                "said",
                "",
            ),
        ],
        [
            ("Recommended: Argentina’s farmers race to plant as spring rains return", "", "", "B"),
        ],
        [
            (
                "Rainfall in October was 62% below average in the upper Paraguay basin, according to Brazilian government data.",
                "Brazilian government data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Lucio Frascarelli, an analyst at the Buenos Aires consultancy Cuadrante Agro, said the delays could cost Paraguayan exporters up to $180 million in extra freight and demurrage if low water lasted into January.",
                "Lucio Frascarelli",
                "said",
                "",
            ),
            (
                "He said soybean export volumes in October were already down 17% from a year earlier, according to customs data.",
                "Lucio Frascarelli",
                "said",
                "W",
            ),
        ],
        [
            (
                "In October the central bank cut its 2026 growth forecast to 3.8% from 4.2%, citing the drought.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Fulgencio Zaldívar-Oporto in Asuncion; Additional reporting by Nahuel Brusasco in Buenos Aires; Editing by Perrine Marchbury)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("What’s your reaction?", "", "", "B"),
        ],
        [
            ("😮 14   😢 6   😡 2   👍 9", "", "", "B"),
        ],
        [
            ("View comments (27)", "", "", "B"),
        ],
        [
            ("Sponsored Stories", "", "", "B"),
        ],
        [
            ("Retirees are swapping their gutters for this one simple fix", "", "", "B"),
        ],
        [
            ("Ad · Leafbarrow Gutter Guards", "", "", "B"),
        ],
        [
            ("More from Merganser Wire Service", "", "", "B"),
        ],
        [
            ("Chile’s copper output rises 3% in September as new mine ramps up", "", "", "B"),
        ],
        [
            ("Peru’s central bank holds rate at 4.25% for third month", "", "", "B"),
        ],
        [
            ("Terms and Privacy Policy · Your Privacy Choices · Sitemap", "", "", "B"),
        ],
        [
            ("© 2026 Newsnook.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("SANDWRACK", "", "", "B"),
        ],
        [
            ("Issue No. 212 · Sunday, November 22, 2026 · 6 min read", "", "", "B"),
        ],
        [
            ("Forwarded this by a friend?", "", "", "B"),
            ("Subscribe for free – it lands every Sunday at 7 a.m.", "", "", "B"),
        ],
        [
            ("Good morning, neighbors.", "", "", "B"),
        ],
        [
            ("Rain clears by noon; high of 46°F.", "", "", "B"),
        ],
        [
            (
                "In today’s issue: the rental cap vote, a ferry fare change and your letters.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Presented by Cunnerfield Credit Union", "", "", "B"),
        ],
        [
            (
                "Cunnerfield is a member-owned credit union that has served Casco Bay families since 1958.",
                "",
                "",
                "B",
            ),
            ("Switch your checking account this month and get a $150 bonus.", "", "", "B"),
            ("Terms apply.", "", "", "B"),
        ],
        [
            ("Open an account →", "", "", "B"),
        ],
        [
            ("City caps short-term rentals at 400 after 6-3 vote", "", "", "W"),
        ],
        [
            (
                "The City Council voted 6-3 on Monday night to cap the number of non-owner-occupied short-term rentals in Portland at 400, down from the 612 registered today.",
                "",
                "",
                "W",
            ),
            (
                "The cap takes effect April 1, and registrations above the limit will lapse when they come up for renewal, according to the city’s planning department.",
                "the city’s planning department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Councilor Tressida Tessereau-Coombes, who sponsored the ordinance, said long-term rental listings on the peninsula fell by about 270 between 2021 and 2025 while short-term registrations rose by 290.",
                "Tressida Tessereau-Coombes",
                "said",
                "W",
            ),
            (
                "“Every one of those is a family who isn’t living here,” she told me after the vote.",
                "Tressida Tessereau-Coombes",
                "told me",
                "",
            ),
        ],
        [
            (
                "Leontius Pelkingham-Araújo, who rents out three apartments in a building he owns on Gullmarsh St., said two of them will lose their registrations next year.",
                "Leontius Pelkingham-Araújo",
                "said",
                "W",
            ),
            ("“I’m not a hedge fund.", "Leontius Pelkingham-Araújo", "said", ""),
            ("I’m a guy with a mortgage,” he said.", "Leontius Pelkingham-Araújo", "said", ""),
        ],
        [
            (
                "Ysora Marchettini, an organizer with the Peninsula Tenants Circle, said the group had collected 1,150 signatures for a lower cap of 300.",
                "Ysora Marchettini",
                "said",
                "W",
            ),
        ],
        [
            (
                "Planning Director Corvan Ntiamo said the city would hire another code enforcement officer in January to check listings against the registry.",
                "Corvan Ntiamo",
                "said",
                "W",
            ),
            (
                "He said it was “too early to say” whether the cap would bring units back onto the long-term market.",
                "Corvan Ntiamo",
                "said",
                "",
            ),
        ],
        [
            (
                "Councilor Eustis Myrick, who voted no, said the cap would hurt restaurants and shops that rely on visitors in the winter.",
                "Eustis Myrick",
                "said",
                "",
            ),
        ],
        [
            ("❤️ Sandwrack is free because 1,480 readers chip in.", "", "", "B"),
            (
                "If you’ve opened this every week in November, consider becoming a member for $6 a month.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Become a member", "", "", "B"),
        ],
        [
            ("My take", "", "", ""),
        ],
        [
            (
                "I’ve covered this fight for three years, and I think both sides overstate what 212 fewer permits will do.",
                "",
                "",
                "",
            ),
            ("The cap is a modest step.", "", "", ""),
            (
                "The real test comes in April, when we find out how many of those units turn into year-round leases and how many simply sit empty.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Elsewhere", "", "", ""),
        ],
        [
            (
                "The ferry to Hogback Island will cost $8.50 round trip from Jan. 1, up from $7.70, after the transit district’s board approved the rise on Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Your letters", "", "", "B"),
        ],
        [
            ("Last week’s issue said the school board meets on Tuesdays.", "", "", "B"),
            ("It meets on Wednesdays – thanks to the nine of you who wrote in.", "", "", "B"),
        ],
        [
            (
                "Reply to this email with tips, complaints or compliments; I read every one.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("See you next Sunday,", "", "", "B"),
        ],
        [
            ("Liesje", "", "", "B"),
        ],
        [
            (
                "Sandwrack is written and published by Liesje Van Oorschot-Brayley in Portland, Maine.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our mailing address is 41 Sailmaker Row, Suite 3, Portland, ME 04101.", "", "", "B"),
        ],
        [
            ("Unsubscribe · Update your preferences · Read past issues", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n91-ie-mr-o-quote-open",
        "“I wouldn’t put a passenger on those steps, and no insurer in the country would let me,” Mr Ó Dubhlaoich said. “We’re looking at six weeks as a minimum, and that’s if the weather is kind to us.”",
        [
            "“I wouldn’t put a passenger on those steps, and no insurer in the country would let me,” Mr Ó Dubhlaoich said.",
            "“We’re looking at six weeks as a minimum, and that’s if the weather is kind to us.”",
        ],
    ),
    (
        "n91-ie-ltd-comma-mid",
        "About 140 people live on Inishcrevan all year round, according to the island’s development co-operative. The ferry operator, Crevan Sea Link Ltd., carried 61,200 passengers in 2025.",
        [
            "About 140 people live on Inishcrevan all year round, according to the island’s development co-operative.",
            "The ferry operator, Crevan Sea Link Ltd., carried 61,200 passengers in 2025.",
        ],
    ),
    (
        "n91-ie-sons-then-asked",
        "Her two teenage sons have been staying with an aunt in Ballyfarnock since Monday so they can get to school, she said. “If someone takes a turn out here at two in the morning, who’s coming for them?” she asked.",
        [
            "Her two teenage sons have been staying with an aunt in Ballyfarnock since Monday so they can get to school, she said.",
            "“If someone takes a turn out here at two in the morning, who’s coming for them?” she asked.",
        ],
    ),
    (
        "n91-ie-dac-rights",
        "© 2026 Dúnlacha Broadcasting DAC. All rights reserved.",
        ["© 2026 Dúnlacha Broadcasting DAC.", "All rights reserved."],
    ),
    (
        "n91-sc-meter-two",
        "You’ve read 3 of your 5 free stories this month. Subscribe today for £1 for your first three months and read as much as you like.",
        [
            "You’ve read 3 of your 5 free stories this month.",
            "Subscribe today for £1 for your first three months and read as much as you like.",
        ],
    ),
    (
        "n91-sc-cllr-question-am",
        "Cllr Murdina Craigwhinnie (Ind, Strathbenlie North) said a petition against the closure had gathered 2,140 signatures in three weeks. “There is one bus to Turriebrae on a weekday and none at all on a Sunday,” she said. “How is an 85-year-old with a new hip meant to get to an 8.40am appointment on that?” she said.",
        [
            "Cllr Murdina Craigwhinnie (Ind, Strathbenlie North) said a petition against the closure had gathered 2,140 signatures in three weeks.",
            "“There is one bus to Turriebrae on a weekday and none at all on a Sunday,” she said.",
            "“How is an 85-year-old with a new hip meant to get to an 8.40am appointment on that?” she said.",
        ],
    ),
    (
        "n91-sc-correction-figure",
        "Correction: An earlier version of this article said the surgery had 2,870 patients. The correct figure is 1,870.",
        [
            "Correction: An earlier version of this article said the surgery had 2,870 patients.",
            "The correct figure is 1,870.",
        ],
    ),
    (
        "n91-sc-ltd-registered-no",
        "© 2026 Courant Newspapers (Strathbenlie) Ltd. Registered in Scotland No. SC214877.",
        ["© 2026 Courant Newspapers (Strathbenlie) Ltd.", "Registered in Scotland No. SC214877."],
    ),
    (
        "n91-nz-mayor-m-quote",
        "Mayor Mātiu Jurgensen-Waitaha said a 2025 engineering report found the pool needed $6.8m of work on its tank and plant room to stay open another ten years. “I learned to swim there, so this wasn’t an easy night,” he said. “But I can’t ask ratepayers to keep pouring money into a tank that loses 80,000 litres a week.”",
        [
            "Mayor Mātiu Jurgensen-Waitaha said a 2025 engineering report found the pool needed $6.8m of work on its tank and plant room to stay open another ten years.",
            "“I learned to swim there, so this wasn’t an easy night,” he said.",
            "“But I can’t ask ratepayers to keep pouring money into a tank that loses 80,000 litres a week.”",
        ],
    ),
    (
        "n91-nz-supporter-ask",
        "Tōtarawhiti News is free to read because readers like you chip in. If council reporting matters to you, become a supporter from $5 a month.",
        [
            "Tōtarawhiti News is free to read because readers like you chip in.",
            "If council reporting matters to you, become a supporter from $5 a month.",
        ],
    ),
    (
        "n91-sg-ms-hash-stall",
        "Ms Daphne Ngoi Sokyin, an MP for the area, told The Morningline that the roof had leaked during heavy rain at least 11 times this year, and that part of a false ceiling fell near stall #01-27 in August. “Nobody was hurt, thankfully, but we cannot wait for it to happen a second time,” said Ms Ngoi. She added that the town council had studied keeping half the centre open during the works but ruled it out on safety grounds.",
        [
            "Ms Daphne Ngoi Sokyin, an MP for the area, told The Morningline that the roof had leaked during heavy rain at least 11 times this year, and that part of a false ceiling fell near stall #01-27 in August.",
            "“Nobody was hurt, thankfully, but we cannot wait for it to happen a second time,” said Ms Ngoi.",
            "She added that the town council had studied keeping half the centre open during the works but ruled it out on safety grounds.",
        ],
    ),
    (
        "n91-sg-mr-quote-spans",
        "Mr Benedictus Heok Chinhuat, chairman of the Tanjong Pulai Hawkers’ Association, said 23 of the 58 cooked-food stallholders were aged 65 and above. “For the older ones, three months off is not a holiday. Some of them may not come back,” he said.",
        [
            "Mr Benedictus Heok Chinhuat, chairman of the Tanjong Pulai Hawkers’ Association, said 23 of the 58 cooked-food stallholders were aged 65 and above.",
            "“For the older ones, three months off is not a holiday.",
            "Some of them may not come back,” he said.",
        ],
    ),
    (
        "n91-sg-blk-dec-added",
        "A town council spokesman said temporary stalls would be set up at the open-air carpark next to Blk 214 for 12 cooked-food stallholders, who will be chosen by ballot on Dec 1. The works will cost about $3.6 million, with the Government paying 90 per cent under a co-funding scheme, he added.",
        [
            "A town council spokesman said temporary stalls would be set up at the open-air carpark next to Blk 214 for 12 cooked-food stallholders, who will be chosen by ballot on Dec 1.",
            "The works will cost about $3.6 million, with the Government paying 90 per cent under a co-funding scheme, he added.",
        ],
    ),
    (
        "n91-sg-pte-co-regn",
        "Copyright 2026 Morningline Press Pte Ltd. Co. Regn. No. 201911457K. All rights reserved.",
        [
            "Copyright 2026 Morningline Press Pte Ltd.",
            "Co. Regn. No. 201911457K.",
            "All rights reserved.",
        ],
    ),
    (
        "n91-ng-dr-told-july",
        "The branch president, Dr. Ayomiposi Ologbosere, told Oduaba Times that 212 of the hospital’s 240 resident doctors had not been paid since July. He said the federal payroll platform had failed to capture 187 doctors employed after January 2025.",
        [
            "The branch president, Dr. Ayomiposi Ologbosere, told Oduaba Times that 212 of the hospital’s 240 resident doctors had not been paid since July.",
            "He said the federal payroll platform had failed to capture 187 doctors employed after January 2025.",
        ],
    ),
    (
        "n91-ng-quote-two-sentences",
        "“We have borrowed from colleagues, from our cooperative and from our parents. There is nothing left to borrow,” he said.",
        [
            "“We have borrowed from colleagues, from our cooperative and from our parents.",
            "There is nothing left to borrow,” he said.",
        ],
    ),
    (
        "n91-ng-nig-ltd-end",
        "All rights reserved. No part of this story may be reproduced, broadcast or rewritten without the written permission of Oduaba Times Media Nig. Ltd.",
        [
            "All rights reserved.",
            "No part of this story may be reproduced, broadcast or rewritten without the written permission of Oduaba Times Media Nig. Ltd.",
        ],
    ),
    (
        "n91-us-ceo-quote-by-surname",
        "He said the hospital lost $2.4 million on obstetric care in the fiscal year that ended June 30. “You can’t run a safe labor unit on three births a week,” Stellbrink said. “We spent two years trying to recruit a second OB-GYN, and nobody took the job.”",
        [
            "He said the hospital lost $2.4 million on obstetric care in the fiscal year that ended June 30.",
            "“You can’t run a safe labor unit on three births a week,” Stellbrink said.",
            "“We spent two years trying to recruit a second OB-GYN, and nobody took the job.”",
        ],
    ),
    (
        "n91-us-rep-r-town",
        "State Rep. Brisenne Archambeau-Nez, R-Sumacton Falls, said she had filed a bill draft request for the 2027 session that would pay rural hospitals $90,000 a year for each labor and delivery nurse they keep on staff. “We pay for fire stations whether there’s a fire that week or not,” she said.",
        [
            "State Rep. Brisenne Archambeau-Nez, R-Sumacton Falls, said she had filed a bill draft request for the 2027 session that would pay rural hospitals $90,000 a year for each labor and delivery nurse they keep on staff.",
            "“We pay for fire stations whether there’s a fire that week or not,” she said.",
        ],
    ),
    (
        "n91-us-bio-email-end",
        "Daelyn Quennebert covers rural health for Kettle Ridge Public Radio. She can be reached at dquennebert@kettleridge.org.",
        [
            "Daelyn Quennebert covers rural health for Kettle Ridge Public Radio.",
            "She can be reached at dquennebert@kettleridge.org.",
        ],
    ),
    (
        "n91-uk-ltd-haulage-pm",
        "Ferdia Kettlebarrow, managing director of Passmore & Daughters Haulage Ltd., said the nearest lorry park with overnight spaces was 11 miles away and was full most nights by 7.30pm. “You can put all the trains you like into Ledmere, but the last mile is still a lorry, and that lorry’s driver needs a toilet and a bed,” he said.",
        [
            "Ferdia Kettlebarrow, managing director of Passmore & Daughters Haulage Ltd., said the nearest lorry park with overnight spaces was 11 miles away and was full most nights by 7.30pm.",
            "“You can put all the trains you like into Ledmere, but the last mile is still a lorry, and that lorry’s driver needs a toilet and a bed,” he said.",
        ],
    ),
    (
        "n91-uk-registration-wall",
        "You’ve reached your limit of free articles for this month. Register for free to keep reading, or log in if you already have an account.",
        [
            "You’ve reached your limit of free articles for this month.",
            "Register for free to keep reading, or log in if you already have an account.",
        ],
    ),
    (
        "n91-rfc-exclamation-quote",
        "“There’s a really good group here, and a pack that nobody enjoys playing against,” he said. “The results haven’t shown that yet. That changes on Saturday!”",
        [
            "“There’s a really good group here, and a pack that nobody enjoys playing against,” he said.",
            "“The results haven’t shown that yet.",
            "That changes on Saturday!”",
        ],
    ),
    (
        "n91-rfc-captain-question",
        "Captain Ruaidhrí Batterham, who has made 186 appearances for the club, said the squad met the new coach on Thursday evening. “He asked us one question – what do we want to be known for?” Batterham said.",
        [
            "Captain Ruaidhrí Batterham, who has made 186 appearances for the club, said the squad met the new coach on Thursday evening.",
            "“He asked us one question – what do we want to be known for?” Batterham said.",
        ],
    ),
    (
        "n91-uni-decimal-brackets",
        "The team examined 2,314 emergency department records of e-scooter injuries from January 2022 to December 2025 at Mosscrop General Hospital and two other hospitals in the north of England. Of 412 riders with serious injuries, defined as those needing admission, 268 (65.0%) were hurt after dark. Head injuries accounted for 41% of admissions, and 87% of riders admitted with a head injury were not wearing a helmet.",
        [
            "The team examined 2,314 emergency department records of e-scooter injuries from January 2022 to December 2025 at Mosscrop General Hospital and two other hospitals in the north of England.",
            "Of 412 riders with serious injuries, defined as those needing admission, 268 (65.0%) were hurt after dark.",
            "Head injuries accounted for 41% of admissions, and 87% of riders admitted with a head injury were not wearing a helmet.",
        ],
    ),
    (
        "n91-ch-survey-per-cent",
        "Pellmore Research surveyed 3,012 adults in households with incomes below £25,000 between 14 and 28 August. Thirty-eight per cent had fallen behind on an energy bill, up from 29% a year earlier. The proportion was highest in the North East, at 46%.",
        [
            "Pellmore Research surveyed 3,012 adults in households with incomes below £25,000 between 14 and 28 August.",
            "Thirty-eight per cent had fallen behind on an energy bill, up from 29% a year earlier.",
            "The proportion was highest in the North East, at 46%.",
        ],
    ),
    (
        "n91-ch-quote-colon-list",
        "Helpline adviser Ephron Quantrell, who has taken calls for the charity for six years, said the calls had changed. “Two years ago people rang about a bill. Now they ring about everything at once: the rent, the council tax, the meter,” he said.",
        [
            "Helpline adviser Ephron Quantrell, who has taken calls for the charity for six years, said the calls had changed.",
            "“Two years ago people rang about a bill.",
            "Now they ring about everything at once: the rent, the council tax, the meter,” he said.",
        ],
    ),
    (
        "n91-wire-sa-then-she",
        "A logistics manager at Graneles Ypacuí S.A., who asked not to be named because she was not authorized to speak publicly, said the company had delayed shipments of 85,000 tonnes of soybeans. She said 22 of the company’s 40 barges were tied up at its terminal south of the capital.",
        [
            "A logistics manager at Graneles Ypacuí S.A., who asked not to be named because she was not authorized to speak publicly, said the company had delayed shipments of 85,000 tonnes of soybeans.",
            "She said 22 of the company’s 40 barges were tied up at its terminal south of the capital.",
        ],
    ),
    (
        "n91-wire-nov-guaranis",
        "Public Works Minister Nicasio Cabañas-Ibarrechea said on Tuesday the government would start dredging two shallow stretches south of Asuncion by Nov. 20. He said the work would cost about 43 billion guaranis ($5.6 million). “We are not going to let the river decide the fate of our economy,” Cabañas-Ibarrechea said.",
        [
            "Public Works Minister Nicasio Cabañas-Ibarrechea said on Tuesday the government would start dredging two shallow stretches south of Asuncion by Nov. 20.",
            "He said the work would cost about 43 billion guaranis ($5.6 million).",
            "“We are not going to let the river decide the fate of our economy,” Cabañas-Ibarrechea said.",
        ],
    ),
    (
        "n91-nl-forwarded-am",
        "Forwarded this by a friend? Subscribe for free – it lands every Sunday at 7 a.m.",
        ["Forwarded this by a friend?", "Subscribe for free – it lands every Sunday at 7 a.m."],
    ),
]
