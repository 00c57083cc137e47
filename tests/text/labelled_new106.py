"""Hundred-and-sixth set of new hand-labelled pages for the hint engines (tuning set, round forty-four):
twelve WHOLE pages, head to tail, from twelve countries (the United States, England, Canada,
Australia, New Zealand, Ireland, India, South Africa, Ghana, Singapore, Kenya, and Trinidad and
Tobago), where FURNITURE IS HARD TO TELL FROM STORY because it is written in full sentences, often
with figures, names and dates of its own, and sits in the MIDDLE of the story as well as at its head
and tail: donation and membership appeals worded without stock phrases ("About 2,300 of you give
something each year ...", "We can spend a week on the road for a story like this because 4,100
members chip in.", "Contributions start at R50."), paywall and metering notes ("You have read two of
your three free stories this month.", "You've reached the end of the free preview."), newsletter
pitches, editors' notes about how a story was reported ("We asked the metro for its maintenance
records ... on 10 March and had not received them ..."), an update note, republishing and Creative
Commons licence notes, author bios in prose, series sponsor and funding disclosures, affiliate,
referral and betting-fee notes with an odds line and a helpline, reader-poll result rows, "what's
on", drought-support, fixtures and fogging-schedule boxes, comment-section rules, app and podcast
prompts, AI-summary notices, and corrections and clarification boxes. The stories around them are
ordinary news with figures and named speakers: a council rate rise (Toledo), a landlord's fine at a
magistrates' court (Leicester), a bus network redesign (Hamilton), an elective-surgery list
(Townsville), a drought declaration (Hawke's Bay), a county GAA final (Co. Cork), lost knitwear
orders (Tiruppur), a water-pump failure before a metro council (Nelson Mandela Bay), a fare rise
(Accra), a hawker-stall tender (Singapore), a land court's stop order on evictions (Nakuru) and a
dengue outbreak (Trinidad and Tobago). The pages hold 514 sentences: 291 "B", 140 "W" and 83 "";
167 sentences carry a speaker (80 distinct speakers). `STYLES` describes each page, its story, its
speakers and its furniture in order.

Written from scratch for issue 13 in round forty-four, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file and no
`hint_scores.py` was opened, and no README was read; `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied
from anywhere. What was read: the brief (`/tmp/brief` was listed; it held only the brief);
`/tmp/sets` was listed at the start, when it was empty, and again at the end, when it also held
other helpers' `labelled_new105.py` and `labelled_new108.py`, seen as names only and never opened;
the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); from `labelled_new103.py` and `labelled_new104.py`, the output of a script of
my own using `ast` that prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and
the first eight `CASES` of each: printed once, when the tool cut its middle (so only the docstring
and the first style of `labelled_new103.py`, and the end of the first page, the second page and the
eight cases of `labelled_new104.py` were seen), then saved to a scratch file, of which only the
range holding the docstring and `STYLES` of `labelled_new104.py` was printed again with `sed` (the
tool cut about ten lines from the middle of that docstring); the rest of `labelled_new103.py`'s
styles, its two pages and its cases, and the beginning of `labelled_new104.py`'s first page were
never seen; `def build` in `tests/text/labelled_articles.py` (its line number by `grep -n`, then a
`sed` range); and the `[tool.ruff]` tables of `pyproject.toml` (a `grep -n -A25`), with a listing of
the project's `.venv/bin` filtered for ruff. No other page, case or docstring of any file under
`tests/` was read. What was run: Python one-liners printing the calendars of October and November
2026 and January to March 2027 to check weekdays; scripts of my own in a scratch folder that turn a
small line format (flag, speaker, cue and text separated by a section sign, one line a paragraph
unless it starts with "+", aliases for speakers, case marks) into the literals below, apply renames,
cut the split cases out of the pages, list sentences with an inner full stop, question mark or
exclamation mark before a capital or a digit (all those left are abbreviations kept on purpose), and
count sentences, flags and speakers; whole-word, case-insensitive per-word file counts (`grep -rilwF
--include='*.py' -- WORD tests | wc -l`) over `tests/` for every capitalised word of these pages and
of `STYLES` (each part of a hyphenated name on its own) and for every candidate replacement; an
import of this file with `build` (its few lines copied into my script) on every page and a check of
four string fields, flags, no "B" with a speaker or a cue, a cue for every speaker and a speaker for
every cue, each cue in its sentence or in the quote it continues, 30 distinct case ids, every case
text in a built page and equal to its sentences joined by single spaces, each expected sentence one
labelled sentence, and the counts above; and `ruff format` and `ruff check` on this file with
`--config` pointing at the project's `pyproject.toml` (the check also through `--stdin-filename
tests/text/labelled_new106.py`, so that the per-file ignores for `tests/**` apply; run on the file
path alone, the check reports only E501 long lines, which those ignores cover). Only counts were
read from the word searches, never the matched lines or file names; they ran through every file
under `tests/`, including ones this set must not open. The first draft's coined people, outlets,
firms, clubs and grounds hit well over a hundred words of other files (given names and surnames of
every country, such as Marisol, Ottoline, Delphine, Harjit, Mhairi, Oluwaseun, Priyanka, Declan,
Imogen, Callum, Aroha, Hinemoa, Cathal, Fergal, Gráinne, Kwabena, Efua, Yaw, Jeruto, Wairimu,
Camille and Rajendra, and surname parts such as Oduya, Sesay, Achebe, Osei, Mensah, Hollis, Tamatea,
Whetu, Pillay, Boateng, Mbatha, Kaur, Tanaka, Dlamini, Pretorius, Quartey, Baptiste, Tan, Ong and
Chua, and coined words such as Drumcarrig, Fiachna, Kestrelmoor, Kahurangi, Kōtare and Nyota); each
was renamed, and about forty-five first replacements and about a dozen second ones hit as well (such
as Marisela, Ottilene, Delphyne, Tallowmere, Achebuike, Priyamvada, Jadwiga, Calloway, Osterbrook,
Ríonach, Jepkemboi, Bissoondial, Corisande and Quenmarsh; and every common Chinese surname tried for
the Singapore page, such as Toh, Oei, Choo, Seow, Kwek, Quek, Heng, Tay, Ang, Yeoh, Teoh and Khoo,
so its people carry rare romanisations, Chiah, Jeow and Toay) and were renamed again; only
replacements with no hit were kept. What still hits is real places and regions (Toledo, Lucas
County, Findlay, Indiana, Michigan, Leicester, Leicestershire, Oadby, Belgrave, the A47, Hamilton,
Ontario, Townsville, Kirwan, Cairns, Brisbane, Queensland, Napier, Hawke's Bay, Tararua, Heretaunga,
Manawatū, the Tasman, Macroom, Co. Cork, Tiruppur, Avinashi, Madurai, Coimbatore, Chennai, Tamil
Nadu, Noyyal, Nelson Mandela Bay, Motherwell, Gauteng, the Sundays River, Accra, Osu, Tema, Kumasi,
Singapore, Bukit Merah, Tampines, Nakuru, Bahati, Baringo, Laikipia, the Rift Valley, Arima,
Malabar, Chaguanas, Felicity, Enterprise, Point Fortin, Fyzabad and the like), common words and
outlet words (Examiner, Bulletin, Sentinel, Ledger, Tribune, Escarpment, Highlife, Trotro, Fogging,
Hawker, Knitwear and the like), channels (Facebook, X, WhatsApp, Spotify, Apple), currency, time and
register tokens (GH, R62, R14, R9, Sh10, Sh480, EST, IST, AM, PM, NPC, SFC, FC), and titles and
abbreviations kept or dropped on purpose (Dr, Coun, Justice, Judge, MP, Co, Inc, Ltd, Pty, Pte, Pvt,
Regn, No, St, K).

Every person, outlet, broadcaster, podcast, newsletter, series, union, forum, council body, health
authority, foundation, trust, fund, firm, club, ground, bookmaker's helpline number, weather
company, agency name and figure is invented. Real countries, regions, cities and institutions appear
only as settings: those listed above, and Toledo City Council, Leicester City Council, Leicester
Magistrates' Court, the Ministry of Health of Trinidad and Tobago, Ghana's Ministry of Transport and
the Accra Metropolitan Assembly, Kenya's Environment and Land Court and the Kenya Gazette, and
Parliament in Singapore (only their names). Creative Commons appears only as the name of a licence.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, byline, date, label, button, box line, list item, listing,
poll row, comment line and legal line is a paragraph of its own); each paragraph a list of
sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points the recent sets state hold
too: furniture "B" line by line, whatever it says; headlines and standfirsts never split and flagged
by content; a dateline belongs to its lead sentence; a pronoun, a later surname or a title resolved
to the full name as first given, without titles; an organisation's later generic noun kept as
written; "it said" resolved to the organisation as first given; "according to X" with X as
written; a quote over several sentences carrying its speaker and cue; a named person acting without
a verb of saying carries no speaker; AI-summary points labelled by content with "says" carrying the
source as written; a headline ending "..., drivers' union announces" carries "drivers' union" as
written; sport data lines "".

Conventions this set had to settle, in the same spirit (furniture in full sentences):

* Furniture written as prose is still furniture, sentence by sentence, even when it holds figures,
  dates, names or prices: appeals ("About 2,300 of you give something each year, and that is the
  only reason this page has no paywall.", "Contributions start at R50.", "Every dollar goes to
  reporting, not to the shareholders, because there aren't any."), metering and paywall notes ("You
  have one left.", "Plans start at Sh10 a day."), newsletter, podcast and app prompts (one naming
  the GAA manager quoted in the story), series and grant disclosures, affiliate, referral and
  betting-fee notes (the odds line "One bookmaker makes Drumcarrigeen 9/2 ..." as well, and the
  helpline line), author bios in prose (a former nurse, "since 2019", "for eleven years"),
  republishing and licence notes, comment rules, AI-summary notices, an update note ("This article
  was updated at 14:20 to add comment ..."), reader-poll result rows with percentages and vote
  counts and their caveat sentence, and listings in "what's on", drought-support, fixtures and
  fogging-schedule boxes (each listing a "B" line; "Thu 11 March, 10am–3pm – Waipawa Library:
  financial mentors." and "Book a time by calling 0800 348 612." are two).
* Editors' notes about how a story was reported ("How we reported this", "Editor's note: This report
  is based on the ruling read in open court ...", "We asked the metro for its maintenance records
  ... on 10 March and had not received them by the time of publication.", "The county communications
  office did not answer our written questions, sent on Saturday morning.") are "B": they speak about
  the page and its making. A story sentence that follows in the story's own voice is labelled as
  story ("The metro's infrastructure department said on Wednesday that the records had been
  requested from its archive." "W" with the department as speaker).
* Corrections as in `labelled_new104.py`: the label ("Correction", "Clarification", "Corrections",
  "Correction note") "B"; a sentence saying only what an earlier version said or that something was
  fixed ("A previous version of this story said the new lines would begin on Sept. 7.", "In our
  preview last week we said Drumcarrigeen last won the title in 2006.", "We have also fixed the
  spelling of ...'s surname ...", "An earlier version of this article misspelt the name of ...") and
  an apology "B"; the corrected fact stated as fact ("Service on the new lines begins Sept. 5.",
  "Their last county senior football title was in 2004.", "The new fare is GH₵12.70.") "W", with no
  speaker. A single "we corrected" line that itself states the corrected figure as fact ("We
  corrected this story on February 19 at 10:30 AM: the ministry has recorded 1,284 confirmed cases,
  not 1,824 as first published.") is "W", because a reviewer would check the figure it asserts.
* Court: a plea ("... admitted six offences ...") and a sentence ("District Judge ... fined him
  ...") carry no speaker, as acts, and are "W"; "The court heard ..." has no speaker ("W"); counsel
  who "told the court" or "said" figures of record "W", mitigation and legal argument ("argued") "";
  the judge's "said in her ruling" quote ""; "The judge directed ..." "W" without a speaker.
* Check-worthiness as in the recent sets: figures, dates, votes, decisions, orders, findings,
  comparisons and causal claims "W" (a business's figures too: a farmer's ewes sold, a hawker's bid,
  a unit owner's power bill and workforce, a mill's households); plans, forecasts, hedges, opinions,
  feelings, advice ("advised" as cue), questions and private people's own lives "" (a grandmother's
  wait, a rider's stop, a trader's fares, a mother's son, a tenant's complaint). "X did not respond
  to a request for comment" is "" with X as speaker.
* Sport: the score line "Drumcarrigeen 1-14 St Colmóg's 0-15" is "" (data); the Fixtures box and its
  listings are "B", while a story sentence giving the next fixture is "W".

Splits, as a reviewer wants them: "Inc." before "The firm, based in Findlay"; "2 p.m." before
"Meanwhile"; "Sept. 7." and "Sept. 5." ending sentences; "Coun. Bernardyne" and "K. Selvarangam"
mid-sentence; "Ltd. 2027." before "Registered in England and Wales No. 08172264."; "Inc." before
"All rights reserved."; "Pvt. Ltd." before "All rights reserved."; "Pte Ltd." before "Co. Regn. No.
201918841K."; "Ltd., Macroom, Co. Cork." as one; "financial mentors." before "Book a time"; a quote
split after its first sentence ("“I've been coming to these finals since I was in a buggy." / "My
father would have loved this one,” ... said."; "“The bank's been good so far." / "But good only
lasts so long,” he said."; "“Diesel has gone up four times since November." / "A set of tyres ...,”
he said at a press conference ..."). `CASES` holds 30 sentence-split cases (id, text, expected
sentences), each a stretch of two or three consecutive sentences of one paragraph of these pages
joined by single spaces: what a reviewer wants, not what the engine does.
"""

STYLES = [
    'United States NONPROFIT LOCAL NEWSROOM (Toledo, Ohio), council story: a 9.5% water and sewer rate increase passes 8-4; furniture first: masthead in capitals, a mission line, menu with middle dots, section label, headline "W", a standfirst with a figure "W", byline, "Feb. 24, 2027" date line, reading time; the story: the vote "W", bill figures through according to figures prepared by the city\'s finance department "W", the utilities director who told council (mains and breaks "W"), his quote "" and He said (a bond "W"); MID-STORY a three-sentence donation appeal in prose with a reader count ("About 2,300 of you give ...") and its button, all "B"; a council member (opinion "", quote "", a district income figure "W"); the no votes "W"; the council president (a quoted phrase "", a reserve figure "W"); the plant\'s reach "W"; a 71-year-old resident who told council (her own bill "", quote ""); the assistance programme through according to the utilities department "W" and a mailing plan ""; MID-STORY a two-sentence grant disclosure "B"; a contract ending "Inc." before "The firm, based in Findlay, ..." (both "W"); an expected vote ""; a two-sentence author bio in prose with an email, a "Republish this story" label and a three-sentence Creative Commons licence note, a related list with a two-sentence headline, nonprofit copyright and footer links, all "B"',
    'English REGIONAL PAPER (Leicester), courts: a landlord ordered to pay £41,000 for a chained fire exit; furniture first: masthead, sign-in and subscribe strip, section path with ›, headline "W", byline, role line, time-and-date line; the lead "W", the plea (no speaker, "W"), the district judge\'s sentence with no verb of saying "W", the prosecutor who told the court (inspection "W"), She said (licence "W"), her quote "", The court heard (no speaker, "W"), her surname said (rooms "W"); MID-STORY a metered paywall note in two sentences and its subscribe button "B"; the defence solicitor (ownership and repairs "W", mitigation with a quoted phrase ""); the judge\'s surname said (discount "W") and her quote ""; a former tenant\'s complaint "" and his quote with "told the Examiner" ""; MID-STORY a "How we report the courts" label and two-sentence policy note "B"; the council\'s housing head (penalties "W", a plan ""); time to pay and a pending application "W"; a two-sentence comments-off note and an app prompt "B"; a "Correction" label, the "earlier version" sentence "B" and the corrected total "W"; a numbered Most read list, copyright split at "Ltd. 2027." before "Registered in England and Wales No. ..."',
    'Canadian BROADCASTER\'s local page (Hamilton, Ontario), transport: a bus network redesign would end nine routes; furniture first: station name, menu, city label, headline "W", a staff-and-time strip with EST; an AI summary (label and two-sentence notice "B"; three points "W": The city\'s transit division says, staff estimate, a vote date); the lead with "Sept. 5" carrying the city "W"; the transit director who told the public works committee (ridership shares "W"), a two-sentence quote split at "2 p.m." before "Meanwhile" ("") and She said (walking distances "W"); MID-STORY a two-sentence podcast prompt "B"; the union local president (no layoffs and vacancies "W", quote ""); a rider with a walker ("" twice); MID-STORY a READER POLL (label, question, three result rows, a vote count and a two-sentence not-representative note, all "B"); cost through according to a staff report "W", the vote date "W"; a ward councillor with "Coun." before her name (emails "W", a plan ""); a reversed 2019 change "W"; ridership through according to the city\'s annual ridership report "W"; open houses ""; a "Correction" label, the previous-version sentence "B" and the corrected date "W", a spelling-fix sentence "B"; a newsletter pitch in prose, a sign-up row, footer links and copyright split at "Inc." before "All rights reserved."',
    'Australian REGIONAL DAILY (Townsville, Queensland), health: 7,840 on the elective surgery list; furniture first: masthead in capitals, weather-and-login strip, menu, headline "W", a subscriber label, byline name alone, Updated/first published line; the lead through according to quarterly data released on Monday "W", a comparison "W"; the health service chief executive with Dr dropped (lost sessions "W", quote "", recruits "W", quote ""); overdue category 1 cases "W"; MID-STORY a two-sentence free-today note explaining the paywall and a subscribe button "B"; a grandmother\'s own wait, quote and expected date ""; MID-STORY a WHAT\'S ON box (label, a forum listing and its "free" line, a class listing, a send-your-event line, all "B"); the health minister (private operations "W", a forecast with a quoted phrase ""); The nurses\' union said (vacancies "W"); the opposition spokesman (quarters "W", quote ""); a two-sentence foundation sponsor disclosure "B"; a three-sentence author bio in prose, a comment count, a two-sentence moderation note, a breakfast-podcast prompt, footer links and "Pty Ltd" copyright, all "B"',
    'New Zealand INDEPENDENT MEMBERSHIP SITE (Hawke\'s Bay), weather: a drought declared after the driest summer in 51 years; furniture first: masthead in capitals, menu, section label, headline "W", a words-and-photos credit line, date line, a series note "B"; the declaration "W", the minister\'s sign-off with no verb of saying "W", rainfall through according to the weather service\'s climate summary "W"; the regional hydrologist (flows and bans "W", quote "", groundwater "W"); MID-STORY a three-sentence membership appeal with a member count and its button "B"; a sheep and beef farmer (ewes sold "W" as a business\'s figures, a quote, and a two-sentence quote opening "“The bank\'s been good so far." ""), his grazing without a verb of saying ""; a private forecaster (forecast "" and quote ""); the minister\'s surname said (payments "W"); MID-STORY a drought-support listing box (title and three listings, the last split at "financial mentors." before a booking line, all "B"); a "How we reported this" label and two-sentence note "B"; The rural support trust said (calls "W"); the 2020 drought "W"; a decision due next week ""; a two-sentence republishing permission, and a charity footer split before "Charities number ...", all "B"',
    'Irish REGIONAL PAPER\'s GAA page (Co. Cork), sport: a club wins its first county senior football title since 2004; furniture first: masthead, menu with pipes, section label with ›, headline "W", byline name alone, date-and-time line; the score line "" (sport data); the winning goal, St Colmóg\'s lead after 45 minutes, sin-bins and a free-taker\'s tally "W"; a two-sentence manager quote with the name after it ("") and He said (panel "W"); MID-STORY an ODDS AND ENDS betting box (label, an odds line, a two-sentence affiliate fee note and an over-18s helpline line, all "B"); the beaten captain (injuries since "3 October" "W", quote ""); the goal described "" and the scorer\'s quote ""; the manager\'s second quote ""; the next fixture "W"; MID-STORY a reader vote for player of the match (label, three result rows, a turnout line, all "B"); the county board chairwoman (record receipts "W", a plan ""); a two-sentence podcast prompt naming the manager "B"; a Fixtures box with two listings "B"; a "Clarification" label with the earlier claim "B", the right year "W" and an apology "B" in one paragraph; a two-sentence comment rule, copyright and a publisher line with "Ltd., Macroom, Co. Cork." "B"',
    'Indian BUSINESS DAILY\'s industry page (Tiruppur, Tamil Nadu), business: knitwear exporters lose ₹2,300 crore in orders; furniture first: masthead, menu, section path, headline "W", city-and-Updated line with IST, byline; an AI quick-read (label and two-sentence notice "B"; three bullets "W", one with Exporters\' body says and one through according to the district labour office); the lead carrying the exporters\' forum as first given "W"; the forum president with an initial ("K. Selvarangam ...") who told reporters (units "W"), his quote "", He said (exports "W") and a quote ""; MID-STORY a Premium label, a two-sentence metering note and an offer line "B"; the tariff rise "W"; a unit owner (power bill "W", quote "", workforce cut "W"); shifts through according to the district labour office "W"; a cutter\'s own days and quote ""; MID-STORY a reader poll (label, question, three result rows, total votes) "B"; exports through according to provisional data from an export council "W"; The state energy department did not respond to a request for comment ""; an economist (a could-hedge and a quote ""); a two-sentence brokerage referral-fee disclosure, a series support note, a WhatsApp line, tags and copyright split at "Pvt. Ltd." before "All rights reserved.", all "B"',
    'South African INDEPENDENT NEWS SITE (Nelson Mandela Bay), council: R62m emergency pump repairs as 14 suburbs go without water; furniture first: masthead, tagline, menu, headline "W", byline, date-and-time line, an "updated at 14:20 to add comment" note "B"; the council vote "W"; households through according to the metro\'s water outage dashboard "W"; the mayoral committee member who told the council (overhaul and tender "W"), her quote "" and a plan ""; spending through according to the metro\'s budget documents "W"; She said (tankers "W"); MID-STORY a three-sentence reader-funding appeal with a minimum amount and its button "B"; the vote count "W"; a ward councillor (opinion "", a clinic closure "W"); a resident\'s own queueing and two quotes ""; the metro water engineer (repair "W", a forecast with a quoted phrase "", the station\'s share "W"); a "How we reported this story" label and two-sentence note on requested records and dashboard checks "B"; The metro\'s infrastructure department said (records "W"); a two-sentence author bio in prose, a Republishing label, a two-sentence Creative Commons note, a two-sentence comment guideline, a WhatsApp line and an NPC copyright, all "B"',
    'Ghanaian NEWS PORTAL (Accra), transport: trotro and taxi fares up 15%; furniture first: masthead in capitals, menu with pipes, section label, headline "W" ending "drivers\' union announces" and carrying "drivers\' union" as written, "Written by:" and "Date:" lines, a follow line; the lead naming the union\'s general secretary after the fact ("..., said on Friday." "W"), He said (fares in GH₵ and membership "W"), a two-sentence quote of record ("W", the second ending "he said at a press conference"); MID-STORY an Advertisement label and a two-sentence app prompt "B"; diesel prices through according to a pricing board "W"; the transport ministry\'s spokesperson (no consultation "W", a meeting "", quote ""); a trader\'s own costs and quote ""; passengers said (drivers charging "W"); a union survey through according to "W"; MID-STORY a "Have your say" label and three-sentence comment rules "B"; a transport economist (last adjustment "W", a proposal ""); a 2022 reversal "W"; a what\'s-happening box with three dated listings "B"; a "Correction" label, the original-figure sentence "B" and the right fare "W"; a reader-comments disclaimer and copyright split at "Ltd." before "All rights reserved."',
    'Singapore DAILY\'s business page, business: hawker stall bids up 14% in a record tender; furniture first: masthead in capitals, menu with pipes, section path, headline "W", byline, role line, Published line with AM; a two-sentence metering note "B"; a Summary box (label and two-sentence AI notice with an email, "B"; two points "W" and one with Some hawkers say ""); the lead carrying the agency as first written ("the agency that manages hawker centres said" "W"), "it said" and "It said" resolving to it ("W"), The agency said kept as written ("W"); the next tender date "W"; a hawker\'s bid and price plan "W", his quote and his own career ""; MID-STORY a two-line newsletter pitch "B"; an association chair (members "W", quote "", charges "W"); an MP (a plan "", the 2022 cap "W"); A retail economist told The Lanternhouse (""); stalls through according to the agency\'s annual report "W"; a Deals box with a two-sentence affiliate note and a teaser, a gift-article label and line, a podcast prompt, a "Correction note" with a misspelt-name sentence and an apology (both "B", since they speak only about the page), footer links and copyright split at "Pte Ltd." before "Co. Regn. No. ..."',
    'Kenyan NATIONAL DAILY\'s counties page (Nakuru), courts: a land court stops the eviction of 1,400 families; furniture first: masthead, date-ePaper strip, menu, section path, headline "W", byline, Published line; a "NAKURU —" dateline lead "W"; the judge\'s order with no verb of saying "W" and her ruling quote ("said in her ruling", ""); a directions order "W"; the residents\' lawyer who told the court (occupation since 1987 and allotment letters "W"), a plan-opinion "" and a gazette claim "W"; MID-STORY a paywall label, a three-sentence preview note with a price and a subscribe button "B"; the county attorney who told the court (survey and title "W") and argued (""); children through according to a census by the residents\' committee "W"; a mill owner\'s savings and quote "", his mill\'s households "W" (a business\'s figures); the county attorney\'s confidence outside court ""; a two-sentence editor\'s note on how the story was reported "B"; The county\'s lands executive said (cost and jobs "W"); a two-sentence author bio, a two-sentence podcast prompt, a two-sentence comment rule, a comment count, a reader\'s name-and-time line and comment, and copyright split before "All Rights Reserved.", all "B"',
    'Trinidad and Tobago MORNING PAPER\'s health page, health: 1,284 dengue cases and fogging extended; furniture first: masthead, tagline, menu with middle dots, section label, headline "W", byline, Posted line; the chief medical officer named after his figures with "told a media briefing" "W", He said (comparison and ages "W") and his quote ""; the health minister (spraying and hires "W", fines "W", quote ""); MID-STORY a three-sentence donation appeal for the health desk and its button "B"; a regional health authority said (admissions "W"); a mother\'s own son and quote ""; the ministry said (serotype "W"); MID-STORY a fogging schedule box (title, three day listings, and a note split before "Check the ministry\'s page ...", all "B"); the opposition spokesman (a budget cut "W", quote ""); the chief medical officer\'s advice with advised ""; a TRIBUNE POLL RESULTS box (label, question, a result row with pipes, a count line and a not-scientific sentence) "B"; a two-sentence funding disclosure "B"; a "Corrections" label "B" and a "We corrected this story on ...: the ministry has recorded 1,284 confirmed cases, not 1,824 as first published." line "W" because it states the corrected figure as fact; an app prompt and copyright "B"',
]

ARTICLES = [
    [
        [("GLASSWATER REPORT", "", "", "B")],
        [("Nonprofit news for Toledo and Lucas County, paid for by its readers", "", "", "B")],
        [("City Hall · Schools · Environment · Housing · Events · About · Give", "", "", "B")],
        [("CITY HALL", "", "", "B")],
        [
            (
                "Toledo council approves 9.5% water and sewer rate increase, the largest in 14 years",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A household using 5,000 gallons a month will pay about $6.10 more from April 1",
                "",
                "",
                "W",
            )
        ],
        [("By Coriandra Ventrecasse", "", "", "B")],
        [("Feb. 24, 2027", "", "", "B")],
        [("Reading time: 6 minutes", "", "", "B")],
        [
            (
                "Toledo City Council voted 8-4 on Tuesday night to raise water and sewer rates by 9.5% from April 1, the largest single increase since 2013.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A household using 5,000 gallons a month will pay about $70.40, up from $64.30, according to figures prepared by the city's finance department.",
                "figures prepared by the city's finance department",
                "according to",
                "W",
            )
        ],
        [
            (
                "Public utilities director Grayson Thornquill-Abaye told council that 31 miles of the city's water mains were laid before 1930 and that crews repaired 412 main breaks last year.",
                "Grayson Thornquill-Abaye",
                "told council",
                "W",
            )
        ],
        [
            (
                "“We are patching pipes my grandfather could have walked past on his way to school,” he said.",
                "Grayson Thornquill-Abaye",
                "said",
                "",
            ),
            (
                "He said the increase would repay a $96 million bond to replace about 18 miles of main over six years.",
                "Grayson Thornquill-Abaye",
                "said",
                "W",
            ),
        ],
        [
            (
                "A word from the newsroom, in the middle of the story: nobody paid us to sit through all four hours of Tuesday's meeting except the people who read this.",
                "",
                "",
                "B",
            ),
            (
                "About 2,300 of you give something each year, and that is the only reason this page has no paywall.",
                "",
                "",
                "B",
            ),
            (
                "If the story so far has been useful, a gift of any size sends a reporter to the next one.",
                "",
                "",
                "B",
            ),
        ],
        [("Give to the Glasswater Report →", "", "", "B")],
        [
            (
                "Council member Ottavine Brackwaith-Sowandeyi, who voted against, said the city should have phased the increase in over three years.",
                "Ottavine Brackwaith-Sowandeyi",
                "said",
                "",
            )
        ],
        [
            (
                "“People on fixed incomes got a letter last month telling them their property taxes went up, and now this,” she said.",
                "Ottavine Brackwaith-Sowandeyi",
                "said",
                "",
            ),
            (
                "She said one in five households in her district earns less than $25,000 a year.",
                "Ottavine Brackwaith-Sowandeyi",
                "said",
                "W",
            ),
        ],
        [
            (
                "The four no votes came from members who represent districts on the city's east and north sides.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Council President Rubert Tallisgrove-Akinlabiyi, who voted yes, said raising rates was “the least bad option anyone has put on the table.”",
                "Rubert Tallisgrove-Akinlabiyi",
                "said",
                "",
            ),
            (
                "He said the water fund ended 2026 with $11.2 million in reserve, below the 90 days of operating costs its bond covenants require.",
                "Rubert Tallisgrove-Akinlabiyi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Toledo's water plant serves about 500,000 people in the city and in eight suburbs that buy its water wholesale.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Delphinelle Okorafane-Maitlow, 71, of the Old West End, told council she already pays her bill in two instalments.",
                "Delphinelle Okorafane-Maitlow",
                "told council",
                "",
            ),
            (
                "“I am not asking for a discount, I am asking for a plan,” she said.",
                "Delphinelle Okorafane-Maitlow",
                "said",
                "",
            ),
        ],
        [
            (
                "The city's assistance program, which cuts bills by 40% for households below 200% of the federal poverty line, had 3,870 households enrolled at the end of January, according to the utilities department.",
                "the utilities department",
                "according to",
                "W",
            ),
            (
                "Thornquill-Abaye said the department would mail enrollment forms with every April bill.",
                "Grayson Thornquill-Abaye",
                "said",
                "",
            ),
        ],
        [
            (
                "Our reporting on Toledo's water system is supported in part by a grant from the Maumeeside Civic Trust.",
                "",
                "",
                "B",
            ),
            (
                "The trust does not see our stories before they are published and has no say in what we cover.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Council also approved, 11-1, a $2.4 million contract with Kestrelgarth Pipe Services Inc.",
                "",
                "",
                "W",
            ),
            (
                "The firm, based in Findlay, won a similar sewer-lining contract from the city in 2024.",
                "",
                "",
                "W",
            ),
        ],
        [("A vote on a separate stormwater fee is expected in May.", "", "", "")],
        [
            ("Coriandra Ventrecasse covers City Hall for the Glasswater Report.", "", "", "B"),
            (
                "She spent nine years at newspapers in Indiana and Michigan before joining us in 2022, and she answers her own email at cventrecasse@glasswaterreport.org.",
                "",
                "",
                "B",
            ),
        ],
        [("Republish this story", "", "", "B")],
        [
            (
                "You may run this article in your own paper or on your own site at no cost, under a Creative Commons Attribution-NoDerivatives licence.",
                "",
                "",
                "B",
            ),
            (
                "Keep the byline, say that it first appeared in the Glasswater Report, and do not change it beyond trimming for length and house style.",
                "",
                "",
                "B",
            ),
            ("The photographs are not covered by the licence.", "", "", "B"),
        ],
        [("Related coverage", "", "", "B")],
        [
            ("Toledo has mapped 9,000 lead service lines.", "", "", "B"),
            ("It has replaced 600.", "", "", "B"),
        ],
        [("Why your water bill and your sewer bill come from different places", "", "", "B")],
        [("© 2027 Glasswater Report, a 501(c)(3) nonprofit newsroom.", "", "", "B")],
        [("Privacy · Ethics policy · Corrections · Contact", "", "", "B")],
    ],
    [
        [("The Soarbridge Examiner", "", "", "B")],
        [("Sign in | Subscribe from £1 for your first month", "", "", "B")],
        [("News › Crime › Courts › Leicester", "", "", "B")],
        [
            (
                "Landlord must pay £41,000 after inspectors found fire exit chained shut at Highfields house",
                "",
                "",
                "W",
            )
        ],
        [("By Pippaline Garrowdene-Oseikwa", "", "", "B")],
        [("Courts reporter", "", "", "B")],
        [("09:12, Thu 4 March 2027", "", "", "B")],
        [
            (
                "A landlord who let 11 people live in a Highfields house with a chained fire exit and no working smoke alarms has been ordered to pay £41,000.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Harjeevan Pemberthwick-Sandhawalgar, 58, of Oadby, admitted six offences under houses in multiple occupation regulations at Leicester Magistrates' Court on Wednesday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "District Judge Aurelyse Mantovane-Brigsmoor fined him £34,500 and ordered him to pay £6,180 in costs and a £320 victim surcharge.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Mhairiann Coldstrom-Achebundu, prosecuting for Leicester City Council, told the court that housing officers found the rear fire door secured with a bicycle lock and chain during an inspection on 9 September 2026.",
                "Mhairiann Coldstrom-Achebundu",
                "told the court",
                "W",
            ),
            (
                "She said the house was licensed for five occupants.",
                "Mhairiann Coldstrom-Achebundu",
                "said",
                "W",
            ),
            (
                "“It was, frankly, a house waiting for a fire,” she said.",
                "Mhairiann Coldstrom-Achebundu",
                "said",
                "",
            ),
        ],
        [
            (
                "The court heard that the council had served an improvement notice on the owner in March 2025.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Coldstrom-Achebundu said two bedrooms had no window that could be opened and that the only kitchen was on the ground floor, beside the chained door.",
                "Mhairiann Coldstrom-Achebundu",
                "said",
                "W",
            )
        ],
        [
            ("You have read two of your three free stories this month.", "", "", "B"),
            (
                "Subscribers read as much as they like, and every court reporter on our staff is paid for by someone who subscribed.",
                "",
                "",
                "B",
            ),
        ],
        [("Subscribe – first month £1, then £7.99 a month, cancel online any time", "", "", "B")],
        [
            (
                "Oluwagbotemi Ferrisdale-Agwuocha, for Pemberthwick-Sandhawalgar, said his client had owned the house since 2011 and had spent £18,700 on repairs since the inspection.",
                "Oluwagbotemi Ferrisdale-Agwuocha",
                "said",
                "W",
            ),
            (
                "He said his client accepted that he had “let things slide” while caring for his wife through her illness.",
                "Oluwagbotemi Ferrisdale-Agwuocha",
                "said",
                "",
            ),
        ],
        [
            (
                "Mantovane-Brigsmoor said the fine would have been £51,750 had he not pleaded guilty at the first opportunity.",
                "Aurelyse Mantovane-Brigsmoor",
                "said",
                "W",
            ),
            (
                "“People who rent a room in this city are entitled to go to sleep knowing they can get out,” she said.",
                "Aurelyse Mantovane-Brigsmoor",
                "said",
                "",
            ),
        ],
        [
            (
                "Radomił Wiklandersson-Obiekwe, who lived in the attic room for two years, said he had complained to the landlord about the bleeping alarm on the landing more than once.",
                "Radomił Wiklandersson-Obiekwe",
                "said",
                "",
            ),
            (
                "“I kept a rope under my bed, because I didn't trust the stairs,” he told the Examiner.",
                "Radomił Wiklandersson-Obiekwe",
                "told the Examiner",
                "",
            ),
        ],
        [("How we report the courts", "", "", "B")],
        [
            (
                "We name adults who are convicted unless a court orders otherwise, and we do not publish the addresses of tenants or victims.",
                "",
                "",
                "B",
            ),
            (
                "Our reports are based on what is said in open court on the day; if you were involved in a case and think we got something wrong, write to the readers' editor at the address below.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Bartolemy Quenwarrow-Nashworth, the city council's head of private sector housing, said the council had issued 23 civil penalties and brought nine prosecutions against landlords in 2026.",
                "Bartolemy Quenwarrow-Nashworth",
                "said",
                "W",
            ),
            (
                "He said officers would carry out an unannounced follow-up inspection at the house within three months.",
                "Bartolemy Quenwarrow-Nashworth",
                "said",
                "",
            ),
        ],
        [("Pemberthwick-Sandhawalgar was given 28 days to pay.", "", "", "W")],
        [
            (
                "The council has applied separately to revoke the property's licence, and that application is due to be heard in May.",
                "",
                "",
                "W",
            )
        ],
        [
            ("Comments are switched off on this article.", "", "", "B"),
            (
                "Because the story is about a court case, we cannot host a discussion that could prejudice proceedings or identify anyone the court has decided not to name.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Court results from across Leicestershire reach our app before anywhere else: switch on alerts for “Courts” under Settings.",
                "",
                "",
                "B",
            )
        ],
        [("Correction", "", "", "B")],
        [
            (
                "An earlier version of this article gave the wrong figure in its headline.",
                "",
                "",
                "B",
            ),
            (
                "Pemberthwick-Sandhawalgar was ordered to pay £41,000 in total, not £34,500, which was the fine alone.",
                "",
                "",
                "W",
            ),
        ],
        [("Most read", "", "", "B")],
        [("1. Bypass roadworks to run into summer, county council admits", "", "", "B")],
        [("2. Police name man who died after crash on the A47", "", "", "B")],
        [("3. Shop owner's 40-year corner store to close in Belgrave", "", "", "B")],
        [
            ("© Soarbridge Newsgroup Ltd. 2027.", "", "", "B"),
            ("Registered in England and Wales No. 08172264.", "", "", "B"),
        ],
    ],
    [
        [("CKVT Escarpment News", "", "", "B")],
        [("Local · Ontario · Politics · Weather · Listen Live · Watch", "", "", "B")],
        [("Hamilton", "", "", "B")],
        [
            (
                "Hamilton bus redesign would end 9 routes and add 4 frequent lines in September",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Staff reporter · Posted: Mar 02, 2027 5:40 PM EST | Last Updated: Mar 03, 2027",
                "",
                "",
                "B",
            )
        ],
        [("Summary made with AI", "", "", "B")],
        [
            (
                "The three points below were drafted by an automated tool from this article.",
                "",
                "",
                "B",
            ),
            (
                "An editor checked them against the story before publishing, but the full text is what we stand behind.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The city's transit division says nine routes would end on Sept. 5 and four lines would run every 10 minutes or better.",
                "The city's transit division",
                "says",
                "W",
            )
        ],
        [
            (
                "About 1,100 daily riders would have a longer walk to a stop, staff estimate.",
                "staff",
                "estimate",
                "W",
            )
        ],
        [("Council votes on the plan on March 23.", "", "", "W")],
        [
            (
                "Hamilton's transit division wants to cancel nine bus routes on Sept. 5 and move the buses to four new lines that run at least every 10 minutes, the city said Tuesday.",
                "the city",
                "said",
                "W",
            )
        ],
        [
            (
                "Transit director Priyamukhi Haldemann-Rousselet told the public works committee that the nine routes carried 2.8 per cent of riders last year but used 11 per cent of service hours.",
                "Priyamukhi Haldemann-Rousselet",
                "told the public works committee",
                "W",
            )
        ],
        [
            (
                "“We have been running near-empty buses through cul-de-sacs at 2 p.m.",
                "Priyamukhi Haldemann-Rousselet",
                "said",
                "",
            ),
            (
                "Meanwhile, people on King Street are watching full buses go past them,” she said.",
                "Priyamukhi Haldemann-Rousselet",
                "said",
                "",
            ),
            (
                "She said staff estimate about 1,100 daily riders would have to walk more than 600 metres to reach a stop.",
                "Priyamukhi Haldemann-Rousselet",
                "said",
                "W",
            ),
        ],
        [
            (
                "🎧 This week on The Transfer, our transportation podcast, we ride Route 34 from end to end one last time and ask its drivers what they will miss.",
                "",
                "",
                "B",
            ),
            (
                "New episodes come out on Thursday mornings in our app and on the podcast platforms you already use.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Deaglán Farrowcombe-Mensahene, president of the transit workers' union local, said no drivers would be laid off, because the city is already short 38 operators.",
                "Deaglán Farrowcombe-Mensahene",
                "said",
                "W",
            ),
            (
                "“Our worry is the people at the end of those routes, not our jobs,” he said.",
                "Deaglán Farrowcombe-Mensahene",
                "said",
                "",
            ),
        ],
        [
            (
                "Jadwisia Pellworthy-Nkemelunwa, who uses a walker, said her nearest stop after September would be across a six-lane road from her seniors' building.",
                "Jadwisia Pellworthy-Nkemelunwa",
                "said",
                "",
            ),
            (
                "“Nobody from the city asked me,” she said.",
                "Jadwisia Pellworthy-Nkemelunwa",
                "said",
                "",
            ),
        ],
        [("READER POLL", "", "", "B")],
        [("Should Hamilton trade low-ridership routes for more frequent buses?", "", "", "B")],
        [("Yes, frequency matters more — 54%", "", "", "B")],
        [("No, keep a bus near everyone — 31%", "", "", "B")],
        [("Not sure — 15%", "", "", "B")],
        [
            ("2,418 votes.", "", "", "B"),
            (
                "Results reflect only the readers who chose to answer and say nothing about Hamilton as a whole.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The redesign would cost $4.6 million a year more to run than the current network, according to a staff report.",
                "a staff report",
                "according to",
                "W",
            )
        ],
        [("Council is scheduled to vote on the plan on March 23.", "", "", "W")],
        [
            (
                "Ward 7 Coun. Bernardyne Oyelaguntan-Hollisgarth said she had received 260 emails about the plan since Friday.",
                "Bernardyne Oyelaguntan-Hollisgarth",
                "said",
                "W",
            ),
            (
                "She said she would ask staff to keep a shuttle for the two seniors' buildings on Route 34.",
                "Bernardyne Oyelaguntan-Hollisgarth",
                "said",
                "",
            ),
        ],
        [
            (
                "The last network-wide change, in 2019, was reversed on four routes within a year after complaints.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The network carried 21.6 million rides in 2026, still 6 per cent below 2019, according to the city's annual ridership report.",
                "the city's annual ridership report",
                "according to",
                "W",
            )
        ],
        [
            (
                "Haldemann-Rousselet said the division would hold four open houses in April before the routes are finalized.",
                "Priyamukhi Haldemann-Rousselet",
                "said",
                "",
            )
        ],
        [("Correction", "", "", "B")],
        [
            (
                "A previous version of this story said the new lines would begin on Sept. 7.",
                "",
                "",
                "B",
            ),
            ("Service on the new lines begins Sept. 5.", "", "", "W"),
        ],
        [
            (
                "We have also fixed the spelling of Priyamukhi Haldemann-Rousselet's surname, which we got wrong in two places.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Hamilton After Five is one email on weekday evenings with what council decided that day and what it will cost you.",
                "",
                "",
                "B",
            )
        ],
        [("Your email address · Sign up", "", "", "B")],
        [("Terms of Use · Privacy · Accessibility · Contact CKVT", "", "", "B")],
        [
            ("©2027 Escarpment Broadcasting Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("THE TROPIC BULLETIN", "", "", "B")],
        [("Today 31° | Humid, storms likely after 3pm | Subscribe | Log in", "", "", "B")],
        [("News Health Sport Business Opinion Puzzles", "", "", "B")],
        [
            (
                "Townsville elective surgery list hits 7,840 as one patient in four waits too long",
                "",
                "",
                "W",
            )
        ],
        [("Subscriber exclusive", "", "", "B")],
        [("Siobhainn Mulqueenan-Varmaraj", "", "", "B")],
        [("Updated March 9 2027 - 6:15am, first published March 8 2027 - 7:00pm", "", "", "B")],
        [
            (
                "The number of people waiting for elective surgery at Townsville's public hospital has reached 7,840, and 1,960 of them have waited longer than the clinically recommended time, according to quarterly data released on Monday.",
                "quarterly data released on Monday",
                "according to",
                "W",
            )
        ],
        [
            (
                "That is up from 6,110 a year earlier and is the highest figure since the data was first published in 2015.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Health service chief executive Dr Imelina Kettlewarne-Arasunathan said the service lost 640 theatre sessions last year because it could not roster enough anaesthetists and theatre nurses.",
                "Imelina Kettlewarne-Arasunathan",
                "said",
                "W",
            ),
            (
                "“Every one of those cancelled sessions is a person who took the day off work and packed a bag,” she said.",
                "Imelina Kettlewarne-Arasunathan",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the hospital had recruited 38 theatre nurses from overseas since July and 12 more would start in April.",
                "Imelina Kettlewarne-Arasunathan",
                "said",
                "W",
            ),
            (
                "“We are not going to fix this in one quarter,” she said.",
                "Imelina Kettlewarne-Arasunathan",
                "said",
                "",
            ),
        ],
        [
            (
                "Category 1 patients, who should be treated within 30 days, made up 412 of the overdue cases.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "This story is free to read today because Monday's data affects everyone in the region.",
                "",
                "",
                "B",
            ),
            (
                "Most of our reporting sits behind a subscription, and a subscription is how a regional paper keeps a full-time health reporter.",
                "",
                "",
                "B",
            ),
        ],
        [("Subscribe for $1 a week for 12 weeks", "", "", "B")],
        [
            (
                "Kirwan grandmother Verlindsey Oakhallow-Tamatekau, 67, said she had been waiting 19 months for a knee replacement that was categorised as needing surgery within 90 days.",
                "Verlindsey Oakhallow-Tamatekau",
                "said",
                "",
            ),
            (
                "“I've stopped going to my granddaughter's netball because I can't get up into the stands,” she said.",
                "Verlindsey Oakhallow-Tamatekau",
                "said",
                "",
            ),
            (
                "She said she had been told to expect a date “some time after Easter”.",
                "Verlindsey Oakhallow-Tamatekau",
                "said",
                "",
            ),
        ],
        [("WHAT'S ON", "", "", "B")],
        [
            (
                "Community health forum, Thursday 11 March, 6pm, Aitkenvale Library meeting room.",
                "",
                "",
                "B",
            ),
            ("Entry is free and you don't need to book.", "", "", "B"),
        ],
        [
            (
                "Falls prevention for over-65s, Tuesdays at 10am, Heatley Community Centre, $5 a session.",
                "",
                "",
                "B",
            )
        ],
        [("Send your event to whatson@tropicbulletin.com.au by noon Friday.", "", "", "B")],
        [
            (
                "Health Minister Callixtus Dunstreath-Whetūrangiora said the state had paid private hospitals for an extra 2,000 operations for North Queensland patients this financial year.",
                "Callixtus Dunstreath-Whetūrangiora",
                "said",
                "W",
            ),
            (
                "He said he expected the overdue list to shrink “month by month” from July.",
                "Callixtus Dunstreath-Whetūrangiora",
                "said",
                "",
            ),
        ],
        [
            (
                "The nurses' union said 94 nursing positions at the hospital were vacant at the end of February, up from 61 a year earlier.",
                "The nurses' union",
                "said",
                "W",
            )
        ],
        [
            (
                "Opposition health spokesman Lachtran Quorndene-Pillaivanan said the overdue list had grown in 9 of the past 10 quarters.",
                "Lachtran Quorndene-Pillaivanan",
                "said",
                "W",
            ),
            (
                "“The minister can buy operations in Brisbane, but he can't buy nurses who will move to Townsville,” he said.",
                "Lachtran Quorndene-Pillaivanan",
                "said",
                "",
            ),
        ],
        [
            (
                "Our Health Check series is supported by the Burdekin Coast Community Foundation.",
                "",
                "",
                "B",
            ),
            (
                "The foundation has no role in choosing topics and does not read stories before they are published.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Siobhainn Mulqueenan-Varmaraj is the Bulletin's health reporter.", "", "", "B"),
            ("She has covered Queensland hospitals since 2019.", "", "", "B"),
            ("Before that she worked for six years as a registered nurse in Cairns.", "", "", "B"),
        ],
        [("Conversation (14)", "", "", "B")],
        [
            (
                "A person reads every comment before it appears here, usually within a few hours.",
                "",
                "",
                "B",
            ),
            (
                "Please don't post details of your own or anyone else's medical history; we'll take them down to protect your privacy.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Listen to The Bulletin at Breakfast, ten minutes on the morning's news, from 6am in the app.",
                "",
                "",
                "B",
            )
        ],
        [("Terms | Privacy | Contact | Advertise", "", "", "B")],
        [("© 2027 Tropic Bulletin Pty Ltd", "", "", "B")],
    ],
    [
        [("PŪKEKOHU PRESS", "", "", "B")],
        [("Home  Climate  Rural  Politics  Members  Search", "", "", "B")],
        [("Rural", "", "", "B")],
        [
            (
                "Drought declared across Hawke's Bay and Tararua after driest summer in 51 years",
                "",
                "",
                "W",
            )
        ],
        [("Words by Arohanui Pennicotte-Hāpukutai · Photos by Jedrick Morrowvane", "", "", "B")],
        [("Friday 5 March 2027", "", "", "B")],
        [
            (
                "This story is part of Dry Country, a series on how farming towns are coping with less water.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "The government has declared a medium-scale adverse event across Hawke's Bay and the Tararua district, unlocking up to $80,000 for rural support trusts.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Agriculture Minister Rōpata Whakarongotai-Leithby signed off the classification at a meeting with farmers in Waipukurau on Thursday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Napier recorded 41mm of rain between 1 December and 28 February, the lowest total for a summer since 1976, according to the weather service's climate summary.",
                "the weather service's climate summary",
                "according to",
                "W",
            )
        ],
        [
            (
                "Regional council hydrologist Hinemākere Ngārimuroa-Falkbrook said flows in the Tukituki River had been below the minimum for 23 days in a row, which triggered water-take bans for 112 consent holders.",
                "Hinemākere Ngārimuroa-Falkbrook",
                "said",
                "W",
            ),
            (
                "“The river is telling us what the rain gauges already said,” she said.",
                "Hinemākere Ngārimuroa-Falkbrook",
                "said",
                "",
            ),
        ],
        [
            (
                "She said groundwater levels in the Heretaunga Plains aquifer were the lowest for early March since monitoring began in 1994.",
                "Hinemākere Ngārimuroa-Falkbrook",
                "said",
                "W",
            )
        ],
        [
            (
                "We can spend a week on the road for a story like this because 4,100 members chip in.",
                "",
                "",
                "B",
            ),
            ("Membership starts at $8 a month.", "", "", "B"),
            (
                "Every story stays free for everyone, including the people who can't pay.",
                "",
                "",
                "B",
            ),
        ],
        [("Become a member", "", "", "B")],
        [
            (
                "Ongaonga sheep and beef farmer Tamitere Greyfallow-Puruora said he had sold 900 ewes since January, two months earlier than he normally would.",
                "Tamitere Greyfallow-Puruora",
                "said",
                "W",
            ),
            (
                "“You look at the sky every morning like it owes you something,” he said.",
                "Tamitere Greyfallow-Puruora",
                "said",
                "",
            ),
            ("“The bank's been good so far.", "Tamitere Greyfallow-Puruora", "said", ""),
            ("But good only lasts so long,” he said.", "Tamitere Greyfallow-Puruora", "said", ""),
        ],
        [
            (
                "He is keeping another 1,400 ewes on grazing he has leased in Manawatū until at least May.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Keziane Vandermolk-Tuhirangi, a forecaster at Tawhiriwaka Weather, said a high over the Tasman would keep the region mostly dry for at least another 10 days.",
                "Keziane Vandermolk-Tuhirangi",
                "said",
                "",
            ),
            (
                "“There's some hope of a decent front around the 20th, but I wouldn't bet the farm on it,” she said.",
                "Keziane Vandermolk-Tuhirangi",
                "said",
                "",
            ),
        ],
        [
            (
                "Whakarongotai-Leithby said the classification would also let farmers who are hit hardest apply for rural assistance payments of up to $400 a week.",
                "Rōpata Whakarongotai-Leithby",
                "said",
                "W",
            )
        ],
        [("Drought support: where to go this week", "", "", "B")],
        [
            (
                "Mon 8 March, 7pm – Ongaonga Hall: drop-in with the rural support trust and feed coordinators",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Wed 10 March, 12.30pm – Dannevirke Sports Club: free barbecue lunch and a talk on stock water",
                "",
                "",
                "B",
            )
        ],
        [
            ("Thu 11 March, 10am–3pm – Waipawa Library: financial mentors.", "", "", "B"),
            ("Book a time by calling 0800 348 612.", "", "", "B"),
        ],
        [("How we reported this", "", "", "B")],
        [
            (
                "Our reporter visited 11 farms in central Hawke's Bay and Tararua over five days in late February.",
                "",
                "",
                "B",
            ),
            (
                "River flow figures come from the regional council's public monitoring data, and rainfall figures from the weather service.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The rural support trust said it had taken 186 calls in February, three times as many as a year earlier.",
                "the rural support trust",
                "said",
                "W",
            )
        ],
        [("The last drought declared in the region, in 2020, lasted eight months.", "", "", "W")],
        [
            (
                "Ngārimuroa-Falkbrook said the council would decide next week whether to extend the bans to the Ngaruroro River.",
                "Hinemākere Ngārimuroa-Falkbrook",
                "said",
                "",
            )
        ],
        [
            (
                "Any New Zealand outlet may republish Dry Country stories in full and for free, with credit to Pūkekohu Press.",
                "",
                "",
                "B",
            ),
            ("Email the editor first and we'll send you the photos as well.", "", "", "B"),
        ],
        [
            ("Pūkekohu Press is a registered charity owned by its members.", "", "", "B"),
            ("Charities number CC58214.", "", "", "B"),
        ],
    ],
    [
        [("The Sullanside Sentinel", "", "", "B")],
        [("News | Sport | GAA | Soccer | Rugby | Notices | Podcasts", "", "", "B")],
        [("GAA › Club", "", "", "B")],
        [
            (
                "Drumcarrigeen end 22-year wait as late goal sinks St Colmóg's in county final",
                "",
                "",
                "W",
            )
        ],
        [("Eamonnán Trevaskell-Boatengwa", "", "", "B")],
        [("Mon 19 Oct 2026 at 07:30", "", "", "B")],
        [("Drumcarrigeen 1-14 St Colmóg's 0-15", "", "", "")],
        [
            (
                "Substitute Cathalán Brennockby-Oheneba's goal in the 61st minute gave Drumcarrigeen their first county senior football title since 2004 in front of 6,200 at Ardnagreine Park on Sunday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "St Colmóg's led by 0-12 to 0-9 after 45 minutes and had three chances to draw level in stoppage time.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "St Colmóg's had two players sin-binned in the second half, and Drumcarrigeen scored 0-3 while they were a man down.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Lorcánach Feehenagh-Mbathenzi kicked 0-6 for the winners, four of them from frees.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“I've been coming to these finals since I was in a buggy.",
                "Feargach Osterhythe-Nwachukwuka",
                "said",
                "",
            ),
            (
                "My father would have loved this one,” Drumcarrigeen manager Feargach Osterhythe-Nwachukwuka said.",
                "Feargach Osterhythe-Nwachukwuka",
                "said",
                "",
            ),
            (
                "He said 14 of his 26-man panel had come through the club's under-12 team that won the county title in 2016.",
                "Feargach Osterhythe-Nwachukwuka",
                "said",
                "W",
            ),
        ],
        [("ODDS AND ENDS", "", "", "B")],
        [("One bookmaker makes Drumcarrigeen 9/2 to win the provincial club title.", "", "", "B")],
        [
            (
                "If you open a betting account through a link on this page, the Sentinel is paid a fee by the bookmaker.",
                "",
                "",
                "B",
            ),
            ("That arrangement has no bearing on how we cover any match.", "", "", "B"),
        ],
        [
            (
                "Over-18s only; if betting has stopped being fun, talk to someone on the free helpline at 1800 407 219.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "St Colmóg's captain Páraicín Hollowaine-Adeyemiju said two of his starting forwards had played with hamstring injuries since the semi-final on 3 October.",
                "Páraicín Hollowaine-Adeyemiju",
                "said",
                "W",
            ),
            ("“No excuses, though,” he said.", "Páraicín Hollowaine-Adeyemiju", "said", ""),
        ],
        [
            (
                "Brennockby-Oheneba, who came on in the 52nd minute, rounded the goalkeeper and finished low to the net.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“I just kept running and hoped somebody would find me,” Brennockby-Oheneba said.",
                "Cathalán Brennockby-Oheneba",
                "said",
                "",
            )
        ],
        [
            (
                "“Whatever about the goal, the lads in the full-back line won that match,” Osterhythe-Nwachukwuka said.",
                "Feargach Osterhythe-Nwachukwuka",
                "said",
                "",
            )
        ],
        [
            (
                "Drumcarrigeen meet Cnocánbeag Rovers in the provincial quarter-final on 1 November.",
                "",
                "",
                "W",
            )
        ],
        [("Sentinel Player of the Match: you voted", "", "", "B")],
        [("Cathalán Brennockby-Oheneba (Drumcarrigeen) 47%", "", "", "B")],
        [("Lorcánach Feehenagh-Mbathenzi (Drumcarrigeen) 29%", "", "", "B")],
        [("Seánín Ashbournell-Kaurwinder (St Colmóg's) 24%", "", "", "B")],
        [("Voting closed at midnight, and 1,906 readers took part.", "", "", "B")],
        [
            (
                "County board chairwoman Rónnaid Mulcreevan-Tanakashi said gate receipts of €81,400 were a record for a county senior football final.",
                "Rónnaid Mulcreevan-Tanakashi",
                "said",
                "W",
            ),
            (
                "She said the board would look at moving next year's final to a bigger ground.",
                "Rónnaid Mulcreevan-Tanakashi",
                "said",
                "",
            ),
        ],
        [
            (
                "The Sentinel GAA podcast returns for the provincial campaign on Wednesday night, with Feargach Osterhythe-Nwachukwuka as our guest.",
                "",
                "",
                "B",
            ),
            (
                "You'll find it in the Sentinel app, or by searching for us wherever you listen.",
                "",
                "",
                "B",
            ),
        ],
        [("Fixtures", "", "", "B")],
        [
            (
                "Sun 1 Nov, 2pm: Provincial club SFC quarter-final, Drumcarrigeen v Cnocánbeag Rovers, venue to be confirmed",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Sat 7 Nov, 7.30pm: County U-20 FC final, St Colmóg's v Ballinabrack, Ardnagreine Park",
                "",
                "",
                "B",
            )
        ],
        [("Clarification", "", "", "B")],
        [
            (
                "In our preview last week we said Drumcarrigeen last won the title in 2006.",
                "",
                "",
                "B",
            ),
            ("Their last county senior football title was in 2004.", "", "", "W"),
            ("We apologise for the error.", "", "", "B"),
        ],
        [
            ("Comments on match reports stay open for 48 hours.", "", "", "B"),
            (
                "Abuse of players, referees, officials or their families will get you banned, and there is no second warning.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© The Sullanside Sentinel 2026.", "", "", "B"),
            ("Published by Sentinel Newspapers Ltd., Macroom, Co. Cork.", "", "", "B"),
        ],
    ],
    [
        [("THE KONGU LEDGER", "", "", "B")],
        [("Markets | Economy | Industry | Agri | Money | Premium", "", "", "B")],
        [("Industry › Textiles", "", "", "B")],
        [
            (
                "Tiruppur knitwear exporters lose ₹2,300 crore in orders as European buyer walks away",
                "",
                "",
                "W",
            )
        ],
        [("Chennai/Tiruppur | Updated: March 16, 2027, 9:05 IST", "", "", "B")],
        [("Written by Nithyasree Kalaiperumal", "", "", "B")],
        [("Quick read, generated with AI", "", "", "B")],
        [
            ("These bullets were written by an AI model from our reporter's copy.", "", "", "B"),
            (
                "A desk editor reviewed them; if they differ from the article, go by the article.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Exporters' body says orders worth about ₹2,300 crore were cancelled between December and February.",
                "Exporters' body",
                "says",
                "W",
            )
        ],
        [("Tamil Nadu raised the industrial power tariff by 12% from March 1.", "", "", "W")],
        [
            (
                "About 18,000 workers have lost shifts, according to the district labour office.",
                "the district labour office",
                "according to",
                "W",
            )
        ],
        [
            (
                "Knitwear exporters in Tiruppur lost orders worth about ₹2,300 crore between December and February after a large European retail buyer cut its sourcing from the cluster, the Tiruppur Garment Exporters' Forum said on Monday.",
                "the Tiruppur Garment Exporters' Forum",
                "said",
                "W",
            )
        ],
        [
            (
                "Forum president K. Selvarangam Vadivelkumar told reporters that 41 member units had been placed on a reduced-shift pattern since January.",
                "K. Selvarangam Vadivelkumar",
                "told reporters",
                "W",
            ),
            (
                "“We built our lines for this buyer's volumes, and there is no one else who can take 9 lakh pieces a month at a week's notice,” he said.",
                "K. Selvarangam Vadivelkumar",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the cluster's knitwear exports were worth ₹39,600 crore in 2025-26.",
                "K. Selvarangam Vadivelkumar",
                "said",
                "W",
            ),
            (
                "“We are asking the state for breathing space, not a bailout,” he said.",
                "K. Selvarangam Vadivelkumar",
                "said",
                "",
            ),
        ],
        [("Premium", "", "", "B")],
        [
            (
                "You are reading this story under your monthly free allowance, and one more story remains.",
                "",
                "",
                "B",
            ),
            (
                "Premium members get the daily textile and cotton price tracker, which this report draws on, plus our weekly exporters' newsletter.",
                "",
                "",
                "B",
            ),
        ],
        [("Get Premium at ₹99 for the first month", "", "", "B")],
        [
            (
                "The state's power distribution company raised the tariff for high-tension industrial users by 12% from March 1, to ₹8.10 a unit.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Meenaharini Thirukkumaran, who runs a 230-worker knitting and dyeing unit in Avinashi, said her monthly electricity bill had risen to ₹19.6 lakh from ₹17.5 lakh.",
                "Meenaharini Thirukkumaran",
                "said",
                "W",
            ),
            (
                "“I can absorb the power bill, or I can absorb the cancelled orders, but I cannot do both,” she said.",
                "Meenaharini Thirukkumaran",
                "said",
                "",
            ),
            (
                "She said she had cut her workforce to 190 from 230 since January.",
                "Meenaharini Thirukkumaran",
                "said",
                "W",
            ),
        ],
        [
            (
                "About 18,000 workers in the cluster have lost shifts, according to the district labour office.",
                "the district labour office",
                "according to",
                "W",
            )
        ],
        [
            (
                "Ramalingavel Pothirajan, a cutting-machine operator who moved to Tiruppur from Madurai in 2018, said he was now working three days a week.",
                "Ramalingavel Pothirajan",
                "said",
                "",
            ),
            (
                "“My rent does not come down to three days,” he said.",
                "Ramalingavel Pothirajan",
                "said",
                "",
            ),
        ],
        [("Reader poll", "", "", "B")],
        [("Should the state give exporters a temporary power-tariff rebate?", "", "", "B")],
        [("Yes: 68.4%", "", "", "B")],
        [("No: 22.1%", "", "", "B")],
        [("Can't say: 9.5%", "", "", "B")],
        [("Total votes: 5,212", "", "", "B")],
        [
            (
                "India's knitwear exports fell 7.8% year on year in February to $1.14 billion, according to provisional data from the Apparel Export Monitoring Council.",
                "provisional data from the Apparel Export Monitoring Council",
                "according to",
                "W",
            )
        ],
        [
            (
                "The state energy department did not respond to a request for comment.",
                "The state energy department",
                "did not respond to a request for comment",
                "",
            )
        ],
        [
            (
                "Anbumathi Nachiyarselvan, a textile economist at a Coimbatore business school, said smaller units could be pushed to sell their machines if orders did not return by June.",
                "Anbumathi Nachiyarselvan",
                "said",
                "",
            ),
            (
                "“Tiruppur has come back from worse, but it needs orders more than it needs sympathy,” she said.",
                "Anbumathi Nachiyarselvan",
                "said",
                "",
            ),
        ],
        [
            (
                "Disclosure: links to brokerages in our Markets pages earn the Kongu Ledger a referral fee when a reader opens an account.",
                "",
                "",
                "B",
            ),
            ("No brokerage pays for, reviews or influences our reporting.", "", "", "B"),
        ],
        [
            (
                "Textile Week is produced with support from the Noyyal Skills Foundation, which does not see or approve stories.",
                "",
                "",
                "B",
            )
        ],
        [("Join our WhatsApp channel for the noon market wrap.", "", "", "B")],
        [("Tags: Tiruppur, knitwear, exports, power tariff", "", "", "B")],
        [("© 2027 Kongu Media Pvt. Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("KROMMEPOST", "", "", "B")],
        [("Independent news for Nelson Mandela Bay", "", "", "B")],
        [("News  Metro  Courts  Business  Sport  Opinion  Support us", "", "", "B")],
        [
            (
                "Council approves R62m emergency fix as 14 suburbs go a ninth day without water",
                "",
                "",
                "W",
            )
        ],
        [("Nomvuzo Gqabazane-Pretvlei", "", "", "B")],
        [("Wednesday 17 March 2027 | 11:48", "", "", "B")],
        [
            (
                "This article was updated at 14:20 to add comment from the metro's infrastructure department.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Nelson Mandela Bay council voted on Tuesday to spend R62 million on emergency repairs at the Sundays River pump station, where two of the four pumps failed on 8 March.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "About 61,000 households in 14 suburbs in the northern areas have had no piped water, or water for only a few hours a night, since then, according to the metro's water outage dashboard.",
                "the metro's water outage dashboard",
                "according to",
                "W",
            )
        ],
        [
            (
                "Mayoral committee member for infrastructure Thandolwenza Mkhwebaneli-Saulse told the council that the two pumps had been due for an overhaul in 2023 and that the tender for the work was cancelled twice.",
                "Thandolwenza Mkhwebaneli-Saulse",
                "told the council",
                "W",
            ),
            (
                "“I am not going to stand here and pretend this was bad luck,” she said.",
                "Thandolwenza Mkhwebaneli-Saulse",
                "said",
                "",
            ),
            (
                "She said she would ask the municipal manager to find out why the tender had been cancelled.",
                "Thandolwenza Mkhwebaneli-Saulse",
                "said",
                "",
            ),
        ],
        [
            (
                "The metro spent R14.3 million on maintaining the pump station in the 2025-26 financial year, against R31 million budgeted, according to the metro's budget documents.",
                "the metro's budget documents",
                "according to",
                "W",
            )
        ],
        [
            (
                "She said 46 water tankers were making deliveries to the affected suburbs, and the metro was paying R9,800 a day for each one.",
                "Thandolwenza Mkhwebaneli-Saulse",
                "said",
                "W",
            )
        ],
        [
            (
                "Keeping a reporter in the council chamber for a seven-hour sitting, and in the northern areas the next morning, is work that readers fund.",
                "",
                "",
                "B",
            ),
            (
                "We don't run a paywall, so a monthly contribution from those who can afford one keeps this reporting open to those who can't.",
                "",
                "",
                "B",
            ),
            ("Contributions start at R50.", "", "", "B"),
        ],
        [("Support KrommePost", "", "", "B")],
        [
            (
                "The vote was 64 to 51, with the opposition voting against after its amendment to appoint an independent engineer failed.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Ward councillor Willemina Jansevoortje-Dlamanzi said the metro had treated the northern areas as an afterthought for years.",
                "Willemina Jansevoortje-Dlamanzi",
                "said",
                "",
            ),
            (
                "She said her ward's clinic had closed its maternity section for four days because it had no water.",
                "Willemina Jansevoortje-Dlamanzi",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Bethelsdorp, Sizwezinhle Ndabankuluse, 52, said she had been queueing at a tanker at 5am every day with six 25-litre containers.",
                "Sizwezinhle Ndabankuluse",
                "said",
                "",
            ),
            (
                "“My grandson is missing school to help me carry,” she said.",
                "Sizwezinhle Ndabankuluse",
                "said",
                "",
            ),
            (
                "“Some days the tanker comes at 11, some days it doesn't come at all,” she said.",
                "Sizwezinhle Ndabankuluse",
                "said",
                "",
            ),
        ],
        [
            (
                "Metro water engineer Lungisani Vilakazana-Roodtkamp said one pump had been repaired on Monday night and was running at 70% of its capacity.",
                "Lungisani Vilakazana-Roodtkamp",
                "said",
                "W",
            ),
            (
                "He said the second pump would need parts from Gauteng and could be back in service “by the end of next week”.",
                "Lungisani Vilakazana-Roodtkamp",
                "said",
                "",
            ),
            (
                "He said the station supplies about 40% of the water used in the northern areas.",
                "Lungisani Vilakazana-Roodtkamp",
                "said",
                "W",
            ),
        ],
        [("How we reported this story", "", "", "B")],
        [
            (
                "We asked the metro for its maintenance records for the pump station on 10 March and had not received them by the time of publication.",
                "",
                "",
                "B",
            ),
            (
                "The household figure comes from the metro's own outage dashboard, which we checked at 9am and 6pm each day from 9 March.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The metro's infrastructure department said on Wednesday that the records had been requested from its archive.",
                "The metro's infrastructure department",
                "said",
                "W",
            )
        ],
        [
            (
                "Nomvuzo Gqabazane-Pretvlei reports on local government in Nelson Mandela Bay.",
                "",
                "",
                "B",
            ),
            (
                "She grew up in Motherwell and joined KrommePost from a community radio station in 2021.",
                "",
                "",
                "B",
            ),
        ],
        [("Republishing", "", "", "B")],
        [
            (
                "You are free to republish this story under a Creative Commons licence, provided you credit KrommePost and link back to this page.",
                "",
                "",
                "B",
            ),
            ("Please don't edit the quotes.", "", "", "B"),
        ],
        [
            ("Comment guidelines: we publish comments under real names only.", "", "", "B"),
            (
                "Comments that attack a person rather than an argument, or that repeat claims we can't verify about a named official, are removed.",
                "",
                "",
                "B",
            ),
        ],
        [("Get our morning brief on WhatsApp", "", "", "B")],
        [("© KrommePost NPC 2027", "", "", "B")],
    ],
    [
        [("ODWIRA NEWS ONLINE", "", "", "B")],
        [
            (
                "Home | News | Politics | Business | Sports | Entertainment | Opinion | Contact",
                "",
                "",
                "B",
            )
        ],
        [("Business", "", "", "B")],
        [
            (
                "Trotro and taxi fares go up 15% from Monday, drivers' union announces",
                "drivers' union",
                "announces",
                "W",
            )
        ],
        [("Written by: Kofiga Adzrakuwa-Nyantakyerem", "", "", "B")],
        [("Date: Saturday, 13 February 2027 at 10:21 am", "", "", "B")],
        [("Follow us on X and Facebook for breaking updates.", "", "", "B")],
        [
            (
                "Commercial transport fares across the country will rise by 15% from Monday, 15 February, the general secretary of the United Road Transport Operators' Union, Kwabenyin Asantewaah-Boakyewaa, said on Friday.",
                "Kwabenyin Asantewaah-Boakyewaa",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the minimum trotro fare within Accra would go up from GH₵6.50 to GH₵7.50, and the fare from Kaneshie to Madina from GH₵11 to GH₵12.70.",
                "Kwabenyin Asantewaah-Boakyewaa",
                "said",
                "W",
            ),
            (
                "He said the union represents about 64,000 commercial drivers and their mates.",
                "Kwabenyin Asantewaah-Boakyewaa",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Diesel has gone up four times since November.",
                "Kwabenyin Asantewaah-Boakyewaa",
                "said",
                "W",
            ),
            (
                "A set of tyres that cost GH₵4,800 last year now costs GH₵6,300,” he said at a press conference at the union's secretariat in Accra.",
                "Kwabenyin Asantewaah-Boakyewaa",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The new Odwira News app sends a short alert when fares, fuel prices or the exchange rate change, and nothing else unless you ask for it.",
                "",
                "",
                "B",
            )
        ],
        [("Download it free from the Play Store or the App Store.", "", "", "B")],
        [
            (
                "The pump price of diesel rose to GH₵15.84 a litre at the start of the February pricing window, up from GH₵13.90 in November, according to the National Petroleum Pricing Board.",
                "the National Petroleum Pricing Board",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Ministry of Transport's spokesperson, Efuanyi Amponsaah-Quarteyman, said the union had not consulted the ministry as the law requires and that the increase was not approved.",
                "Efuanyi Amponsaah-Quarteyman",
                "said",
                "W",
            ),
            (
                "She said the ministry would meet the union's leaders on Tuesday.",
                "Efuanyi Amponsaah-Quarteyman",
                "said",
                "",
            ),
            (
                "“Nobody is allowed to fix fares by press conference,” she said.",
                "Efuanyi Amponsaah-Quarteyman",
                "said",
                "",
            ),
        ],
        [
            (
                "At Kaneshie station on Saturday morning, Yawson Opokuwaa-Dankwahmah, a trader who travels to Madina three times a week to buy stock, said he would now spend about GH₵80 a month more on transport.",
                "Yawson Opokuwaa-Dankwahmah",
                "said",
                "",
            ),
            (
                "“We are the ones who pay for everything that goes up,” he said.",
                "Yawson Opokuwaa-Dankwahmah",
                "said",
                "",
            ),
        ],
        [
            (
                "At the Madina end, some drivers began charging the new fares on Saturday, passengers said.",
                "passengers",
                "said",
                "W",
            )
        ],
        [
            (
                "Fuel accounts for about 45% of a trotro operator's daily running costs, according to a 2025 survey by the union.",
                "a 2025 survey by the union",
                "according to",
                "W",
            )
        ],
        [("Have your say", "", "", "B")],
        [
            ("Comments are checked before they go live.", "", "", "B"),
            (
                "We will not publish tribal insults, phone numbers or accusations against named people that you cannot support.",
                "",
                "",
                "B",
            ),
            ("Comments in Twi, Ga, Ewe and English are all welcome.", "", "", "B"),
        ],
        [
            (
                "Abenaah Frimpomaah-Mensbridge, a transport economist at a university in Kumasi, said fares were last adjusted in June 2026, when they rose by 20%.",
                "Abenaah Frimpomaah-Mensbridge",
                "said",
                "W",
            ),
            (
                "She said drivers and passengers would both be better off if fares were tied to a published fuel index instead of negotiated each time.",
                "Abenaah Frimpomaah-Mensbridge",
                "said",
                "",
            ),
        ],
        [
            (
                "The last time the union raised fares without the ministry's approval, in 2022, the increase was reversed after five days.",
                "",
                "",
                "W",
            )
        ],
        [("What's happening in Accra this week", "", "", "B")],
        [
            (
                "Tuesday, 16 February, 4pm: public hearing on the Kaneshie market redevelopment, Accra Metropolitan Assembly hall.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Thursday, 18 February, 7pm: “Highlife Nights” at the Osu community centre, entry GH₵50.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Saturday, 20 February, 6am: free health screening for drivers and mates at Tema station, organised by a drivers' welfare group.",
                "",
                "",
                "B",
            )
        ],
        [("Correction", "", "", "B")],
        [
            ("This article originally gave the new Kaneshie–Madina fare as GH₵13.70.", "", "", "B"),
            ("The new fare is GH₵12.70.", "", "", "W"),
        ],
        [
            (
                "Disclaimer: Comments and opinions expressed by readers on this site are their own and not those of Odwira News Online.",
                "",
                "",
                "B",
            )
        ],
        [("© 2027 Odwira Media Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("THE LANTERNHOUSE", "", "", "B")],
        [("Singapore | Asia | World | Business | Tech | Life | Opinion | Podcasts", "", "", "B")],
        [("Business › Consumer", "", "", "B")],
        [
            (
                "Winning bids for hawker stalls rise 14% as tender draws record 3,060 applications",
                "",
                "",
                "W",
            )
        ],
        [("Toay Peilinn", "", "", "B")],
        [("Consumer Correspondent", "", "", "B")],
        [("Published Mar 12, 2027, 05:00 AM", "", "", "B")],
        [
            (
                "This is a subscriber story, shared with you as one of two free articles this month for registered readers.",
                "",
                "",
                "B",
            ),
            ("You have one left.", "", "", "B"),
        ],
        [("Summary", "", "", "B")],
        [
            (
                "This summary was produced with the help of generative AI and checked by our journalists.",
                "",
                "",
                "B",
            ),
            ("Tell us if something looks wrong: feedback@lanternhouse.sg.", "", "", "B"),
        ],
        [
            (
                "The average successful monthly bid in the latest hawker stall tender was $1,412, up 14% from a year ago.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The tender drew 3,060 applications for 188 stalls, the most for a single exercise.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Some hawkers say the rent is sustainable only if prices go up.",
                "Some hawkers",
                "say",
                "",
            )
        ],
        [
            (
                "The average successful bid in the latest round of hawker stall tenders was $1,412 a month, up 14% from $1,239 in the same exercise last year, the agency that manages hawker centres said on Thursday.",
                "the agency that manages hawker centres",
                "said",
                "W",
            )
        ],
        [
            (
                "The February tender drew 3,060 applications for 188 vacant stalls, the most for a single exercise since bidding was reintroduced, it said.",
                "the agency that manages hawker centres",
                "said",
                "W",
            )
        ],
        [
            (
                "It said 23 bids exceeded $3,000 a month, and the highest, for a cooked-food stall at a centre in Tampines, was $5,188.",
                "the agency that manages hawker centres",
                "said",
                "W",
            )
        ],
        [
            (
                "The agency said 11 of the 188 stalls drew no bids and would be offered again in May.",
                "The agency",
                "said",
                "W",
            )
        ],
        [("The next round of tenders opens on April 6.", "", "", "W")],
        [
            (
                "Chiah Liangquan, 44, who won a stall in Bukit Merah with a bid of $1,680, said he would raise the price of his fishball noodles by 50 cents, to $5.",
                "Chiah Liangquan",
                "said",
                "W",
            ),
            (
                "“My customers are mostly old folks, so every 50 cents I think three times,” he said.",
                "Chiah Liangquan",
                "said",
                "",
            ),
            (
                "He said he had worked for his uncle at the same centre for nine years before bidding for a stall of his own.",
                "Chiah Liangquan",
                "said",
                "",
            ),
        ],
        [
            (
                "Get The Lanternhouse Edge, our business newsletter: three numbers that matter each morning, explained in under five minutes.",
                "",
                "",
                "B",
            )
        ],
        [("Sign up with one tap using your account.", "", "", "B")],
        [
            (
                "Nurhayati Sabrilah, who chairs a hawkers' association in the east, said at least 40 of its 310 members had told her they would not renew their tenancy agreements when they expire this year.",
                "Nurhayati Sabrilah",
                "said",
                "W",
            ),
            (
                "“The young ones bid high because they want in, then they find out what the electricity bill is,” she said.",
                "Nurhayati Sabrilah",
                "said",
                "",
            ),
            (
                "She said electricity and cleaning charges had risen by about $180 a month per stall since 2024.",
                "Nurhayati Sabrilah",
                "said",
                "W",
            ),
        ],
        [
            (
                "Jeow Weijun Marcianus, MP for a constituency in the west, said he would ask in Parliament whether a cap on bids should return.",
                "Jeow Weijun Marcianus",
                "said",
                "",
            )
        ],
        [
            (
                "He said a cap was removed in 2022 after stalls stood empty for more than a year.",
                "Jeow Weijun Marcianus",
                "said",
                "W",
            )
        ],
        [
            (
                "A retail economist told The Lanternhouse that the higher bids were a sign of demand rather than distress.",
                "A retail economist",
                "told The Lanternhouse",
                "",
            )
        ],
        [
            (
                "Hawker centres held 6,030 cooked-food stalls at the end of last year, according to the agency's annual report.",
                "the agency's annual report",
                "according to",
                "W",
            )
        ],
        [("Deals we like", "", "", "B")],
        [
            (
                "If you buy through the links in this box, The Lanternhouse may earn a commission.",
                "",
                "",
                "B",
            ),
            (
                "The products are picked by our shopping desk, which works separately from the newsroom.",
                "",
                "",
                "B",
            ),
        ],
        [("Air fryers from $79 this week at three major retailers", "", "", "B")],
        [("Gift this article", "", "", "B")],
        [
            (
                "As a subscriber, you can send five free articles a month to friends and family.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Listen to our daily Business Brief podcast on Spotify, Apple Podcasts or in the app.",
                "",
                "",
                "B",
            )
        ],
        [("Correction note", "", "", "B")],
        [
            (
                "An earlier version of this article misspelt the name of the hawkers' association chairwoman.",
                "",
                "",
                "B",
            ),
            ("We are sorry for the error.", "", "", "B"),
        ],
        [("Terms & Conditions | Data Protection Policy | Advertise", "", "", "B")],
        [
            ("Copyright 2027 Lanternhouse Media Pte Ltd.", "", "", "B"),
            ("Co. Regn. No. 201918841K.", "", "", "B"),
        ],
    ],
    [
        [("THE KIMWETA DAILY", "", "", "B")],
        [("Monday, March 22, 2027 | ePaper | Subscribe", "", "", "B")],
        [("News | Counties | Business | Sports | Opinion | Podcasts | Kimweta Plus", "", "", "B")],
        [("Counties › Nakuru", "", "", "B")],
        [
            (
                "Court stops eviction of 1,400 families from disputed Nakuru land until June 10",
                "",
                "",
                "W",
            )
        ],
        [("By Wairimuthi Gichohiro-Lemayianoi", "", "", "B")],
        [("Published: 21 March 2027, 20:15", "", "", "B")],
        [
            (
                "NAKURU — The Environment and Land Court in Nakuru on Friday barred the county government from evicting about 1,400 families from a 312-acre piece of land in Bahati until a full hearing on June 10.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Justice Jepkemoiyot Ngetichwa-Kirwamba issued the order after residents' lawyers argued that the county had given them only seven days' notice, against the three months required by law.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“Nobody should lose their home before this court has heard why,” she said in her ruling.",
                "Jepkemoiyot Ngetichwa-Kirwamba",
                "said",
                "",
            )
        ],
        [("The judge directed both sides to file written submissions by May 14.", "", "", "W")],
        [
            (
                "Lawyer Onyanchabe Mogakane-Wekesoro, for the residents, told the court that some of the families had lived on the land since 1987 and that 212 of them held allotment letters issued in 1994.",
                "Onyanchabe Mogakane-Wekesoro",
                "told the court",
                "W",
            ),
            (
                "He said the county's plan to build a bus depot on the land could go elsewhere.",
                "Onyanchabe Mogakane-Wekesoro",
                "said",
                "",
            ),
            (
                "He said the county had not published the eviction notice in the Kenya Gazette.",
                "Onyanchabe Mogakane-Wekesoro",
                "said",
                "W",
            ),
        ],
        [("This is a Kimweta Plus story.", "", "", "B")],
        [
            ("You've reached the end of the free preview.", "", "", "B"),
            (
                "Subscribers can read the full ruling, which we have uploaded with this story, and every Kimweta Plus investigation from the counties.",
                "",
                "",
                "B",
            ),
            ("Plans start at Sh10 a day.", "", "", "B"),
        ],
        [("Subscribe to Kimweta Plus", "", "", "B")],
        [
            (
                "County attorney Sabinah Chelangatwo-Kiptanuiyo told the court that the land was set aside for public use in a 1979 survey plan and that the county had a title deed issued in 2011.",
                "Sabinah Chelangatwo-Kiptanuiyo",
                "told the court",
                "W",
            ),
            (
                "She argued that the residents were squatters and had no claim to it.",
                "Sabinah Chelangatwo-Kiptanuiyo",
                "argued",
                "",
            ),
        ],
        [
            (
                "The families include 640 children of school-going age, according to a census carried out by the residents' committee in January.",
                "a census carried out by the residents' committee in January",
                "according to",
                "W",
            )
        ],
        [
            (
                "Mwendwanyo Kithinjiru-Gatobu, 63, who runs a small posho mill on the land, said he had spent his savings on the building.",
                "Mwendwanyo Kithinjiru-Gatobu",
                "said",
                "",
            ),
            (
                "“They want us to pack a whole life into seven days,” he said.",
                "Mwendwanyo Kithinjiru-Gatobu",
                "said",
                "",
            ),
        ],
        [
            (
                "Kithinjiru-Gatobu said his mill grinds maize for about 200 households.",
                "Mwendwanyo Kithinjiru-Gatobu",
                "said",
                "W",
            )
        ],
        [
            (
                "Outside court, Chelangatwo-Kiptanuiyo said the county would obey the order and was confident of winning at the full hearing.",
                "Sabinah Chelangatwo-Kiptanuiyo",
                "said",
                "",
            )
        ],
        [
            (
                "Editor's note: This report is based on the ruling read in open court on Friday and on documents filed by both sides, which the Kimweta Daily has seen.",
                "",
                "",
                "B",
            ),
            (
                "The county communications office did not answer our written questions, sent on Saturday morning.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The county's lands executive, in a statement issued last Tuesday, said the depot would cost Sh480 million and create 300 jobs.",
                "The county's lands executive",
                "said",
                "W",
            )
        ],
        [
            (
                "Wairimuthi Gichohiro-Lemayianoi is the Kimweta Daily's Rift Valley correspondent.",
                "",
                "",
                "B",
            ),
            (
                "She has reported on land disputes in Nakuru, Baringo and Laikipia for eleven years.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "🎙 On Kimweta Mornings today: what the Nakuru eviction case could mean for other counties' land plans.",
                "",
                "",
                "B",
            ),
            ("Listen on the app from 6am.", "", "", "B"),
        ],
        [
            ("We welcome debate, but please keep it civil.", "", "", "B"),
            (
                "Comments naming judges, lawyers or litigants in abusive terms will be removed, and repeat offenders blocked.",
                "",
                "",
                "B",
            ),
        ],
        [("Comments (38)", "", "", "B")],
        [("Wanjirukui M. · 3h", "", "", "B")],
        [("This has been going on since my father's time.", "", "", "B")],
        [("Kimweta Media Group © 2027.", "", "", "B"), ("All Rights Reserved.", "", "", "B")],
    ],
    [
        [("The Pitchlake Tribune", "", "", "B")],
        [("Trinidad & Tobago's morning paper since 1958", "", "", "B")],
        [("News · Health · Politics · Business · Sport · Carnival · Letters", "", "", "B")],
        [("HEALTH", "", "", "B")],
        [
            (
                "Dengue cases reach 1,284 as ministry extends fogging to 40 more communities",
                "",
                "",
                "W",
            )
        ],
        [("By Giselle Raffoon-Baptistelle", "", "", "B")],
        [("Posted: Friday 19 February 2027 | 6:45 AM", "", "", "B")],
        [
            (
                "Trinidad and Tobago has recorded 1,284 confirmed dengue cases since January 1, and three people have died, Chief Medical Officer Dr Rajendranath Bissoonlall-Mayerswood told a media briefing at the Ministry of Health on Thursday.",
                "Rajendranath Bissoonlall-Mayerswood",
                "told a media briefing",
                "W",
            )
        ],
        [
            (
                "He said that was more than the total for the whole of 2025, when 1,102 cases were confirmed.",
                "Rajendranath Bissoonlall-Mayerswood",
                "said",
                "W",
            ),
            (
                "“We are not at the peak yet, and I'd rather say that plainly than have people surprised in March,” he said.",
                "Rajendranath Bissoonlall-Mayerswood",
                "said",
                "",
            ),
            (
                "He said 61% of confirmed cases were in people aged under 30.",
                "Rajendranath Bissoonlall-Mayerswood",
                "said",
                "W",
            ),
        ],
        [
            (
                "Health Minister Camillette Lezamore-Archbold said insect vector control teams would spray 40 more communities over the next two weeks, bringing the total to 112.",
                "Camillette Lezamore-Archbold",
                "said",
                "W",
            ),
            (
                "She said the ministry had hired 65 temporary field officers for the campaign at a cost of $2.3 million.",
                "Camillette Lezamore-Archbold",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said householders found with mosquito breeding sites after a warning could be fined $2,000 under the public health regulations.",
                "Camillette Lezamore-Archbold",
                "said",
                "W",
            ),
            (
                "“Fogging kills the adult mosquitoes, but the water in your flower-pot saucer is where the next ones come from,” she said.",
                "Camillette Lezamore-Archbold",
                "said",
                "",
            ),
        ],
        [
            (
                "The Tribune has covered this outbreak every day since January, and none of it is behind a paywall.",
                "",
                "",
                "B",
            ),
            (
                "If you'd like to help keep it that way, you can put something toward our health desk, once or every month.",
                "",
                "",
                "B",
            ),
            (
                "Every dollar goes to reporting, not to the shareholders, because there aren't any.",
                "",
                "",
                "B",
            ),
        ],
        [("Contribute to the Tribune", "", "", "B")],
        [
            (
                "The Eastern Valleys Regional Health Authority said admissions for suspected dengue at its main hospital had averaged 19 a day this week, against 6 a day in December.",
                "The Eastern Valleys Regional Health Authority",
                "said",
                "W",
            )
        ],
        [
            (
                "In Arouca, Nalini Ablack-Durity said her nine-year-old son spent four nights on a children's ward last week.",
                "Nalini Ablack-Durity",
                "said",
                "",
            ),
            (
                "“Nobody came to fog our street until after he got sick, and it's a whole street of children,” she said.",
                "Nalini Ablack-Durity",
                "said",
                "",
            ),
            (
                "She said her son was now home and back at school.",
                "Nalini Ablack-Durity",
                "said",
                "",
            ),
        ],
        [
            (
                "The outbreak is driven mainly by dengue serotype 3, which had not circulated widely in the country for more than a decade, the ministry said.",
                "the ministry",
                "said",
                "W",
            )
        ],
        [("This week's fogging schedule", "", "", "B")],
        [("Monday: Arima, Malabar, Tumpuna Road and environs, 5pm to 8pm", "", "", "B")],
        [("Tuesday: Chaguanas, Felicity and Enterprise, 5pm to 8pm", "", "", "B")],
        [("Wednesday: Point Fortin and Fyzabad, 5am to 7am", "", "", "B")],
        [
            ("Schedules change with the weather.", "", "", "B"),
            ("Check the ministry's page on the morning of the spray.", "", "", "B"),
        ],
        [
            (
                "Sherlon Persadmohan-Thwaiteley, the opposition's health spokesman, said the ministry had cut the vector control budget by 18% in 2026.",
                "Sherlon Persadmohan-Thwaiteley",
                "said",
                "W",
            ),
            (
                "“You can't starve a unit for a year and then expect it to sprint,” he said.",
                "Sherlon Persadmohan-Thwaiteley",
                "said",
                "",
            ),
        ],
        [
            (
                "Bissoonlall-Mayerswood advised anyone with a high fever, severe headache or pain behind the eyes to go to a health centre rather than take aspirin or ibuprofen.",
                "Rajendranath Bissoonlall-Mayerswood",
                "advised",
                "",
            )
        ],
        [("TRIBUNE POLL RESULTS", "", "", "B")],
        [("Has your community been fogged this year?", "", "", "B")],
        [("Yes: 38% | No: 51% | Don't know: 11%", "", "", "B")],
        [
            ("1,137 readers responded online.", "", "", "B"),
            (
                "The poll reflects the views of those who took part and is not a scientific sample.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Our Health Watch series receives funding from the Caribbean Public Health Media Fund.",
                "",
                "",
                "B",
            ),
            ("The fund has no role in our editorial decisions.", "", "", "B"),
        ],
        [("Corrections", "", "", "B")],
        [
            (
                "We corrected this story on February 19 at 10:30 AM: the ministry has recorded 1,284 confirmed cases, not 1,824 as first published.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Download the Tribune app to get the fogging schedule for your area every Sunday night.",
                "",
                "",
                "B",
            )
        ],
        [("© 2027 Pitchlake Tribune Publishing Company Limited", "", "", "B")],
    ],
]

CASES = [
    (
        "n106-us-quote-then-bond",
        "“We are patching pipes my grandfather could have walked past on his way to school,” he said. He said the increase would repay a $96 million bond to replace about 18 miles of main over six years.",
        [
            "“We are patching pipes my grandfather could have walked past on his way to school,” he said.",
            "He said the increase would repay a $96 million bond to replace about 18 miles of main over six years.",
        ],
    ),
    (
        "n106-us-appeal-2300",
        "About 2,300 of you give something each year, and that is the only reason this page has no paywall. If the story so far has been useful, a gift of any size sends a reporter to the next one.",
        [
            "About 2,300 of you give something each year, and that is the only reason this page has no paywall.",
            "If the story so far has been useful, a gift of any size sends a reporter to the next one.",
        ],
    ),
    (
        "n106-us-inc-firm",
        "Council also approved, 11-1, a $2.4 million contract with Kestrelgarth Pipe Services Inc. The firm, based in Findlay, won a similar sewer-lining contract from the city in 2024.",
        [
            "Council also approved, 11-1, a $2.4 million contract with Kestrelgarth Pipe Services Inc.",
            "The firm, based in Findlay, won a similar sewer-lining contract from the city in 2024.",
        ],
    ),
    (
        "n106-us-licence",
        "You may run this article in your own paper or on your own site at no cost, under a Creative Commons Attribution-NoDerivatives licence. Keep the byline, say that it first appeared in the Glasswater Report, and do not change it beyond trimming for length and house style. The photographs are not covered by the licence.",
        [
            "You may run this article in your own paper or on your own site at no cost, under a Creative Commons Attribution-NoDerivatives licence.",
            "Keep the byline, say that it first appeared in the Glasswater Report, and do not change it beyond trimming for length and house style.",
            "The photographs are not covered by the licence.",
        ],
    ),
    (
        "n106-uk-licensed-five",
        "She said the house was licensed for five occupants. “It was, frankly, a house waiting for a fire,” she said.",
        [
            "She said the house was licensed for five occupants.",
            "“It was, frankly, a house waiting for a fire,” she said.",
        ],
    ),
    (
        "n106-uk-how-we-report",
        "We name adults who are convicted unless a court orders otherwise, and we do not publish the addresses of tenants or victims. Our reports are based on what is said in open court on the day; if you were involved in a case and think we got something wrong, write to the readers' editor at the address below.",
        [
            "We name adults who are convicted unless a court orders otherwise, and we do not publish the addresses of tenants or victims.",
            "Our reports are based on what is said in open court on the day; if you were involved in a case and think we got something wrong, write to the readers' editor at the address below.",
        ],
    ),
    (
        "n106-uk-correction",
        "An earlier version of this article gave the wrong figure in its headline. Pemberthwick-Sandhawalgar was ordered to pay £41,000 in total, not £34,500, which was the fine alone.",
        [
            "An earlier version of this article gave the wrong figure in its headline.",
            "Pemberthwick-Sandhawalgar was ordered to pay £41,000 in total, not £34,500, which was the fine alone.",
        ],
    ),
    (
        "n106-ca-ai-notice",
        "The three points below were drafted by an automated tool from this article. An editor checked them against the story before publishing, but the full text is what we stand behind.",
        [
            "The three points below were drafted by an automated tool from this article.",
            "An editor checked them against the story before publishing, but the full text is what we stand behind.",
        ],
    ),
    (
        "n106-ca-2pm-meanwhile",
        "“We have been running near-empty buses through cul-de-sacs at 2 p.m. Meanwhile, people on King Street are watching full buses go past them,” she said. She said staff estimate about 1,100 daily riders would have to walk more than 600 metres to reach a stop.",
        [
            "“We have been running near-empty buses through cul-de-sacs at 2 p.m.",
            "Meanwhile, people on King Street are watching full buses go past them,” she said.",
            "She said staff estimate about 1,100 daily riders would have to walk more than 600 metres to reach a stop.",
        ],
    ),
    (
        "n106-ca-correction-sept5",
        "A previous version of this story said the new lines would begin on Sept. 7. Service on the new lines begins Sept. 5.",
        [
            "A previous version of this story said the new lines would begin on Sept. 7.",
            "Service on the new lines begins Sept. 5.",
        ],
    ),
    (
        "n106-au-forum-free",
        "Community health forum, Thursday 11 March, 6pm, Aitkenvale Library meeting room. Entry is free and you don't need to book.",
        [
            "Community health forum, Thursday 11 March, 6pm, Aitkenvale Library meeting room.",
            "Entry is free and you don't need to book.",
        ],
    ),
    (
        "n106-au-bio-nurse",
        "She has covered Queensland hospitals since 2019. Before that she worked for six years as a registered nurse in Cairns.",
        [
            "She has covered Queensland hospitals since 2019.",
            "Before that she worked for six years as a registered nurse in Cairns.",
        ],
    ),
    (
        "n106-nz-membership",
        "Membership starts at $8 a month. Every story stays free for everyone, including the people who can't pay.",
        [
            "Membership starts at $8 a month.",
            "Every story stays free for everyone, including the people who can't pay.",
        ],
    ),
    (
        "n106-nz-mentors-book",
        "Thu 11 March, 10am–3pm – Waipawa Library: financial mentors. Book a time by calling 0800 348 612.",
        [
            "Thu 11 March, 10am–3pm – Waipawa Library: financial mentors.",
            "Book a time by calling 0800 348 612.",
        ],
    ),
    (
        "n106-ie-buggy",
        "“I've been coming to these finals since I was in a buggy. My father would have loved this one,” Drumcarrigeen manager Feargach Osterhythe-Nwachukwuka said. He said 14 of his 26-man panel had come through the club's under-12 team that won the county title in 2016.",
        [
            "“I've been coming to these finals since I was in a buggy.",
            "My father would have loved this one,” Drumcarrigeen manager Feargach Osterhythe-Nwachukwuka said.",
            "He said 14 of his 26-man panel had come through the club's under-12 team that won the county title in 2016.",
        ],
    ),
    (
        "n106-ie-affiliate",
        "If you open a betting account through a link on this page, the Sentinel is paid a fee by the bookmaker. That arrangement has no bearing on how we cover any match.",
        [
            "If you open a betting account through a link on this page, the Sentinel is paid a fee by the bookmaker.",
            "That arrangement has no bearing on how we cover any match.",
        ],
    ),
    (
        "n106-ie-clarification",
        "In our preview last week we said Drumcarrigeen last won the title in 2006. Their last county senior football title was in 2004. We apologise for the error.",
        [
            "In our preview last week we said Drumcarrigeen last won the title in 2006.",
            "Their last county senior football title was in 2004.",
            "We apologise for the error.",
        ],
    ),
    (
        "n106-in-ai-bullets",
        "These bullets were written by an AI model from our reporter's copy. A desk editor reviewed them; if they differ from the article, go by the article.",
        [
            "These bullets were written by an AI model from our reporter's copy.",
            "A desk editor reviewed them; if they differ from the article, go by the article.",
        ],
    ),
    (
        "n106-in-premium-meter",
        "You are reading this story under your monthly free allowance, and one more story remains. Premium members get the daily textile and cotton price tracker, which this report draws on, plus our weekly exporters' newsletter.",
        [
            "You are reading this story under your monthly free allowance, and one more story remains.",
            "Premium members get the daily textile and cotton price tracker, which this report draws on, plus our weekly exporters' newsletter.",
        ],
    ),
    (
        "n106-za-support",
        "We don't run a paywall, so a monthly contribution from those who can afford one keeps this reporting open to those who can't. Contributions start at R50.",
        [
            "We don't run a paywall, so a monthly contribution from those who can afford one keeps this reporting open to those who can't.",
            "Contributions start at R50.",
        ],
    ),
    (
        "n106-za-how-reported",
        "We asked the metro for its maintenance records for the pump station on 10 March and had not received them by the time of publication. The household figure comes from the metro's own outage dashboard, which we checked at 9am and 6pm each day from 9 March.",
        [
            "We asked the metro for its maintenance records for the pump station on 10 March and had not received them by the time of publication.",
            "The household figure comes from the metro's own outage dashboard, which we checked at 9am and 6pm each day from 9 March.",
        ],
    ),
    (
        "n106-gh-diesel-cost",
        "“Diesel has gone up four times since November. A set of tyres that cost GH₵4,800 last year now costs GH₵6,300,” he said at a press conference at the union's secretariat in Accra.",
        [
            "“Diesel has gone up four times since November.",
            "A set of tyres that cost GH₵4,800 last year now costs GH₵6,300,” he said at a press conference at the union's secretariat in Accra.",
        ],
    ),
    (
        "n106-gh-comment-rules",
        "Comments are checked before they go live. We will not publish tribal insults, phone numbers or accusations against named people that you cannot support. Comments in Twi, Ga, Ewe and English are all welcome.",
        [
            "Comments are checked before they go live.",
            "We will not publish tribal insults, phone numbers or accusations against named people that you cannot support.",
            "Comments in Twi, Ga, Ewe and English are all welcome.",
        ],
    ),
    (
        "n106-gh-correction",
        "This article originally gave the new Kaneshie–Madina fare as GH₵13.70. The new fare is GH₵12.70.",
        [
            "This article originally gave the new Kaneshie–Madina fare as GH₵13.70.",
            "The new fare is GH₵12.70.",
        ],
    ),
    (
        "n106-sg-summary-notice",
        "This summary was produced with the help of generative AI and checked by our journalists. Tell us if something looks wrong: feedback@lanternhouse.sg.",
        [
            "This summary was produced with the help of generative AI and checked by our journalists.",
            "Tell us if something looks wrong: feedback@lanternhouse.sg.",
        ],
    ),
    (
        "n106-sg-affiliate",
        "If you buy through the links in this box, The Lanternhouse may earn a commission. The products are picked by our shopping desk, which works separately from the newsroom.",
        [
            "If you buy through the links in this box, The Lanternhouse may earn a commission.",
            "The products are picked by our shopping desk, which works separately from the newsroom.",
        ],
    ),
    (
        "n106-sg-pte-ltd-regn",
        "Copyright 2027 Lanternhouse Media Pte Ltd. Co. Regn. No. 201918841K.",
        ["Copyright 2027 Lanternhouse Media Pte Ltd.", "Co. Regn. No. 201918841K."],
    ),
    (
        "n106-ke-paywall",
        "You've reached the end of the free preview. Subscribers can read the full ruling, which we have uploaded with this story, and every Kimweta Plus investigation from the counties. Plans start at Sh10 a day.",
        [
            "You've reached the end of the free preview.",
            "Subscribers can read the full ruling, which we have uploaded with this story, and every Kimweta Plus investigation from the counties.",
            "Plans start at Sh10 a day.",
        ],
    ),
    (
        "n106-tt-donate",
        "If you'd like to help keep it that way, you can put something toward our health desk, once or every month. Every dollar goes to reporting, not to the shareholders, because there aren't any.",
        [
            "If you'd like to help keep it that way, you can put something toward our health desk, once or every month.",
            "Every dollar goes to reporting, not to the shareholders, because there aren't any.",
        ],
    ),
    (
        "n106-tt-schedule-note",
        "Schedules change with the weather. Check the ministry's page on the morning of the spray.",
        [
            "Schedules change with the weather.",
            "Check the ministry's page on the morning of the spray.",
        ],
    ),
]
