"""Ninety-seventh set of new hand-labelled pages for the hint engines (tuning set, round forty-two):
twelve WHOLE pages, head to tail, from twelve kinds of site the sets are thin on, in twelve
countries, where the FURNITURE is the hard part, worded afresh on every page: a regional PUBLIC
BROADCASTER's article page (Scotland), a MONTHLY MAGAZINE's web feature (Namibia), a BUSINESS-WIRE
PRESS RELEASE page (Malaysia), a FOOTBALL CLUB's own news page (Ghana), a GOVERNMENT PRESS OFFICE
release (Trinidad and Tobago), a HYPERLOCAL community site (Malta), a METERED-PAYWALL daily with its
paywall prompt pasted mid-story (the United States, Oregon), a READER-VIEW paste of a news site (Sri
Lanka), a NEWSLETTER's web edition (Zambia), a PODCAST EPISODE page with show notes and a transcript
excerpt (Fiji), an NGO's REPORT LAUNCH page (Bangladesh) and a STUDENT NEWSPAPER (Botswana). Each
page has furniture at its head, in its middle and at its tail, each worded its own way; some of it
is shaped like story (cookie notes, a paywall prompt, supporter, donation and sponsor asks, an issue
promo, a season-card and a matchday-ticket note, a lost-cat notice, a recruitment note, author bios,
a correction box, an editor's note, a pull quote, a press release's About paragraphs and
forward-looking disclaimer, a newsletter's sign-off), and some story lines are shaped like furniture
(one-line sentences such as "It is the fourth delay.", "Nobody was arrested.", "Not everyone
agrees.", "She is not alone." and "Forty-one.", and lists of the story's own figures: cancellations
by cause, dengue cases by community, tariff bands, key findings, release highlights). The stories
are ordinary news with speakers and figures. The pages hold 520 sentences: 227 "B", 166 "W" and 127
""; 177 sentences carry a speaker (80 distinct speakers). `STYLES` describes each page, its
story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` or `docs/` was opened or
listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file and no `hint_scores.py` was
opened, nothing under `tests/benchmarks/` was opened or listed, and no README of the project was
read; `claimreview` was never imported, and no test, scorer, engine or `pytest` was run. The search
and fetch tools were not used, and nothing was copied from anywhere. What was read: the brief
(`/tmp/brief` was listed; it held only the brief); `/tmp/sets` was listed at the start (empty); the
module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); from `labelled_new95.py` and `labelled_new96.py`, the output of a script of my
own using `ast` that prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and
the first eight `CASES`, saved to a file in a scratch folder and printed with `head -c`, `sed` and
`awk`: all of the `labelled_new95.py` part was seen (the tool cut the middle of the first printing
and that range was printed again with `sed`); of the `labelled_new96.py` part, the docstring,
`STYLES` and, cut to 220 characters a line with the bracket-only lines dropped, its first page and
the first three lines of its second were seen, and the rest of its second page and its eight `CASES`
were not; `def build` in `tests/text/labelled_articles.py` (a `grep -n -A25`); and the `[tool.ruff]`
tables of `pyproject.toml` (a `grep -n -A20`). No other page, case or docstring of any file under
`tests/` was read. What was run: a Python one-liner printing the calendars of December 2026 to
February 2027 to check weekdays; scripts of my own in a scratch folder that turn a small line format
(flag~speaker~cue~text, blank lines between paragraphs) into the literals below, insert paragraphs,
apply renames, cut the split cases out of the pages, and count sentences, flags and speakers while
checking that every speaker has a cue and every cue a speaker, no "B" line has a speaker, and each
cue occurs in its sentence or in the quote it continues; per-word, whole-word, case-insensitive file
counts (`grep -rilwF --include='*.py' -- WORD /work/main/tests | wc -l`) for every capitalised word
of these pages (each part of a hyphenated name on its own) and for every candidate replacement, of
which only the counts were read, never a matched line or file name; an import of this file with
`build` on every page and a check of four string fields, flags, the pairing rules, 30 distinct case
ids, every case text in a built page and equal to its sentences joined by single spaces, each
expected sentence one labelled sentence, and the counts above; and `ruff format` and `ruff check`
from the project's `.venv` on this file with `--config` pointing at the project's `pyproject.toml`
(the check also through `--stdin-filename tests/text/labelled_new97.py` so the per-file ignores for
`tests/**` apply). The first draft's coined names hit about a hundred and twenty-five words of other
files (given names and surnames of every country, even odd ones such as Dunmorrach, Serindit,
Frostline, Kembara, Tollmarsh, Naivalurua, Vakaloloma, Hamoonga, Sekgwa and Etcheverry, and Maltese
surnames such as Grixti, Bugeja, Zerafa and Cauchi); each was renamed, well over a hundred candidate
replacements hit as well over six rounds, and only replacements with no hit were kept. What still
hits is real places and rivers (Oban, Mull, Inverness, Port Glasgow, Namibia, the Namib, Windhoek,
Johor, Klang, Pasir Gudang, Petaling Jaya, Shah Alam, Kumasi, Tema, Chaguanas, Couva, Sangre Grande,
Malta, Bend, Idaho, Colombo, Kurunegala, Chingola, Kitwe, Lusaka, Suva, Labasa, Vanua Levu,
Auckland, Dhaka, Kurigram, Sirajganj, the Jamuna, the Brahmaputra, Gaborone and the like), common
words (Royals, Strikers, Rangers, Insights, Milling, Hostel, Sponsorship, Floodlights, Seafront,
Riverbank, Rooftop, Noticeboard, Skeleton, Desert, Strings, Sunlight, Chefs and the like), the
Maltese article Ix and the word Triq, the language name Gàidhlig, the terms MSPs, SRC, NGO, DENV and
RSS, the company word Berhad, and the titles Datuk and Puan dropped on purpose.

Every person, outlet, broadcaster, magazine, wire service, firm, shipyard, ferry operator, ship,
club, stadium, sponsor, ministry name, regulation, council programme, site, newsletter, podcast,
mill company, research firm, guild, board, federation, union branch, NGO, university, student paper,
street and figure is invented. Real countries, regions, cities, islands and rivers appear only as
settings: Scotland, the Highlands and Islands, Oban, Craignure, Mull, Uig, Port Glasgow, Inverness,
Skye and Norway; Namibia, Lüderitz, Swakopmund, Windhoek, Keetmanshoop, Tsumeb, the Skeleton Coast,
Chile, Santiago and Cape Town; Malaysia, Kuala Lumpur, Johor, Pasir Gudang, the Klang Valley, Shah
Alam, Petaling Jaya, Singapore and Bursa as an exchange's name; Ghana, Kumasi, Dompoase, Kwadaso,
Berekum, Obuasi, Tema and the Ashanti region; Trinidad and Tobago, Port of Spain, Chaguanas, San
Fernando, Arima, Couva and Sangre Grande; Malta, Marsaskala, Żonqor, Xgħajra and Jerma; the United
States, Oregon, Bend, Tumalo and Idaho; Sri Lanka, Colombo, Maharagama and Kurunegala; Zambia,
Lusaka, Chingola, Kitwe, Matero, Chunga, the Great North Road and Kafue; Fiji, Suva, Labasa, Vanua
Levu, India and Auckland; Bangladesh, Dhaka, Kurigram, Sirajganj, Chauhali, the Jamuna and the
Brahmaputra; Botswana and Gaborone. Facebook, WhatsApp and X appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or
"". The points the recent sets state hold too: furniture "B" line by line, whatever it says; a
caption by its content and its credit "B"; headlines and standfirsts never split and flagged by
content; a dateline belongs to its lead sentence; a pronoun, a later surname, a role or a title
resolved to the full name as first given, without titles; an organisation's later generic noun kept
as written; "according to X" with X as written; a quote over several sentences carrying its speaker
and cue; a named person acting without a verb of saying carries no speaker; "did not respond" and
"would not say" like "declined to comment"; Q&A turns as in `labelled_new2.py`.

Conventions this set had to settle (FURNITURE):

* Furniture shaped like a story sentence is "B" whatever it states, figures included: cookie notes
  ("We keep a few cookies on your device ...", "This website uses essential cookies only ..."), the
  paywall prompt ("You have read 3 of your 4 free stories this month.", "Keep reading for $1 a week
  ..."), supporter, donation, sponsor and send-a-release asks, an issue promo ("This story appears
  in the February issue of Korridor ..."), a season-card note, a matchday-ticket note with prices, a
  lost-cat notice, a recruitment note, a letters line with a word limit, an SMS-alert promo, an app
  prompt, a follow-us note, the independence and opinion notes, a comment-moderation note, the
  registration line, author bios (with a prize, a phone number and an email), a CORRECTION BOX
  ("Correction: An earlier version ... said the council's vote was 6-1." / "It was 5-2.", both "B"
  although they state the vote), an EDITOR'S NOTE on the writer's role, and a PULL QUOTE that
  repeats a sentence of the body ("B": the body's sentence carries the speaker, the repeat is
  layout).
* Press release: "NEWS PROVIDED BY", the issuer's name, the date line, "SOURCE ...", the About
  paragraphs of both firms (although they state founding years and fleet sizes), the forward-looking
  disclaimer and the media contact lines are "B"; the highlight bullets above the dateline are the
  release's own story, labelled by content; the dateline "KUALA LUMPUR, Malaysia, Jan. 12, 2027
  /Pressbeacon/ --" belongs to the lead.
* Government release: "FOR IMMEDIATE RELEASE", the release number, the date line, the attachment
  line, "-END-", the Issued by and contact lines, the feedback widget and "Last reviewed" are "B";
  the Ministry's own statements without a verb of saying are "W" without a speaker; "The Ministry
  reminds the public that ..." carries "The Ministry" with the cue "reminds"; advice to the public
  is "".
* Lists of the story's own figures: each item is its own paragraph and "W" ("Technical faults: 212",
  "Chaguanas – 211", "0–30 units a month: Rs. 6.50 per unit (was Rs. 8.00)", "62% of the households
  surveyed ..."); the sentence that introduces a list ("Sailings cancelled on the crossing so far
  this year:") is ""; a list's label ("Key findings") and its "Source: ..." line are "B", like a box
  title and a credit.
* One-line story sentences are story, labelled by content: "It is the fourth delay.", "Nobody was
  arrested.", "It is the second rise in two years." are "W"; "A rattle means empty shells.", "Not
  everyone agrees.", "Not everyone is celebrating.", "Everyone is welcome." and "She is not alone."
  are "".
* Newsletter: the web-edition and forwarded lines, masthead, issue line, section labels ("TODAY'S
  LEAD", "ALSO TODAY"), the sponsor block, "That's it for today.", the reply invitation, the
  editor's sign-off with a dash and the footer lines are "B"; the editor's greeting ("Good morning
  from Lusaka, where ...") is "" story text, like a live blog's welcome entry; an item's label
  ("Kwacha:", "Maize:", "Water:", "Roads:", "For context:") is part of its sentence, which carries
  its source (cue "according to" or "said" at its end).
* Podcast page: episode number, date and running time, play and listen-on lines, "Show notes",
  chapter time stamps, "Guests" and each guest line, the transcript note, "Read the full
  transcript", production credits and episode links are "B"; the episode title is labelled like a
  headline (a question, ""); the show notes are story; in the transcript excerpt the host's turns
  carry no speaker unless they cite a source ("The milling company says ..." carries "The milling
  company", "W"), and the guest's answers carry his full name with the prefix of the answer as cue
  ("SANJEET RAMDHARI-PRAKASHAN:", later "RAMDHARI-PRAKASHAN:") in every sentence.
* Reader view: the domain line, the author line and the reading time ("6–7 minutes") are "B", and so
  are the pieces reader view keeps (an Also Read link, "(File photo)", tags, share lines, a Related
  list, "Go to the full version of this page"); the photo description is "".
* Report launch: the breadcrumb, label, published line, the two download lines with file sizes, the
  donation ask and its button, the media contacts, mailing-list and registration lines are "B"; the
  key findings are the story's figures ("W").

Conventions this set had to settle (SPEAKERS AND FLAGS):

* A vote is an act, not a saying: "The City Council voted 5-2 ..." and the standfirst "Council votes
  5-2 ..." carry no speaker, nor does "The local council voted ..."; "The club also confirmed ...",
  "The university confirmed ..." and "A spokesperson for the national transport operator confirmed
  ..." carry the cue "confirmed".
* A statement read out by someone else carries its author: "In a statement read to the marchers by
  the dean of students, Dr ..., the Vice-Chancellor, Professor ..., said ..." is the
  Vice-Chancellor, and so are the later "..., the statement said." sentences (cue "said"); the dean
  then "declined to answer questions". The same holds for the minister's statement quoted on the Sri
  Lankan page.
* A Malay name is used by the given name: "Zahiruddin said" is "Zahiruddin Rusmadi"; Datuk and Puan
  are dropped. Dropped as well: the Honourable Dr., Dr., Dr, Professor, Mayor, Councillor,
  Councilor, Islands minister, Energy Minister, Mines Minister, Board Chairman, Utilities director,
  SRC president, Head coach, Club chief executive, Mill engineer, Economist and First-year student.
* Generic first names as written: "the shipyard building it" (cue "has confirmed"), then
  "Drumglassock Marine", "The yard" (cue "blamed") and "the yard" (a colon quote); "The Energy
  Tariff Board" (cue "announced", the article capitalised as the recent sets do), "The Board";
  documents and data through "according to" as written ("estimates by Pelitamas Insights", "a 2026
  survey of 40 Oregon utilities by the consultancy Quillcrest Partners", "central bank data", "the
  Board's own example", "figures presented at the meeting", "the minutes", "the university's own
  prospectus", "a report launched today by the Charland Rights Initiative"); "The report calls on
  ..." carries "The report" (a demand, "").
* Cues as written: "said", "says", "told MSPs", "told the council", "told councilors", "told
  reporters", "told Royals TV", "told The Lubilo Letter", "told workers at the plant", "told the
  launch", "said in a statement", "explains", "estimates", "warned", "asked", "blamed", "confirmed",
  "has confirmed", "announced", "reminds", "calls on", "according to"/"According to", "declined to
  say", "declined to comment", "declined to answer questions", "did not respond to a request for
  comment", "would not say", and the transcript prefixes.
* Flags: figures, dates, counts, decisions, costs and causal claims by those in charge, and a
  business's or a body's own figures (an oyster farm's losses, cafés' takings, a supplier's orders,
  growers' deliveries) are "W"; plans, expectations, hopes, warnings of what could happen, advice,
  opinions, feelings, questions and scene-setting are ""; private people's own money and lives (a
  pensioner's lawn, a teacher's bill, a student's fees paid by her parents, a displaced woman's
  room) are "".

Splits, as a reviewer wants them: a quoted sentence after its attribution ("..., she said. “I will
not ...”") is its own sentence; a quote split over two sentences before its cue ("“Ministers keep
calling this a delay. It is a scandal,” he said."); a colon quote ending “... apologise for it.”
before the next sentence; "Dr Hilja ..., a marine biologist", "the Honourable Dr. Deodat" and "Dr.
Indrawatie" mid-sentence, and "Dr Sebopelo-Mabote" after a full stop; "(Pty) Ltd, Windhoek." before
"Nothing"; "Jan. 12, 2027 /Pressbeacon/ --" and "Sdn. Bhd., which" in a lead; "Sdn. Bhd." before
"All rights reserved."; a URL ending a sentence ("www.rimbaku-coldhaul.com.my."); "GH₵4.6 million."
before "Of that, GH₵2.9 million"; "7:30 a.m. and ... 7:00 p.m." before "Residents"; "6.30 p.m."
before "Everyone"; "BEND, Ore. —" and "March 1, 2027."; "6-1." before "It was 5-2."; a phone number
and an email ending a bio; "Rs. 312 billion." before "He warned", "Rs. 2,380," mid-sentence; "2 p.m.
on Tuesday." before "He would not say"; "K500." before "Terms apply."; a prefix answer
"RAMDHARI-PRAKASHAN: Forty-one." before "My cane"; "1.4 km west"; "P6,384." before "It is"; placards
quoted with a question mark inside the quote mid-sentence. `CASES` holds 30 sentence-split cases
(id, text, expected sentences), each a stretch of consecutive sentences of one paragraph of these
pages joined by single spaces: what a reviewer wants, not what the engine does.
"""

STYLES = [
    'Scottish regional PUBLIC BROADCASTER\'s article page (Highlands & Islands), a new ferry for the Oban to Craignure crossing delayed to 2028 as its cost climbs to £142m: the shipyard as first given by a generic noun (the shipyard building it, cue has confirmed) in the lead, then Drumglassock Marine said and The yard blamed; a one-line story sentence (It is the fourth delay.); the islands minister after her role word (told MSPs, She said, a quote with she said and a second quoted sentence after the attribution); the operator through according to; a LIST of the story\'s own figures (a lead-in "", three cause lines "W", a Source line "B"); the operator\'s chief executive in apposition (said, she said, She said); a traders\' forum chair with a relative clause (said, he said, a quoted sentence after the attribution); an opposition spokesman after his role (a quote split over two sentences, he said); a sister ship of record; the yard said: with a colon quote and A spokesperson for the yard declined to say (skip link, masthead, menu with middle dots, a SENTENCE-SHAPED COOKIE NOTE and its buttons, region label, headline, byline name and role on two lines, date with GMT, Updated line, share line, caption and Picture: credit, an audio promo with running time mid-story, Related topics and a topic line, More on this story with two headlines, a sentence-shaped follow-us note, a trust link, an external-sites disclaimer, copyright)',
    'Namibian MONTHLY MAGAZINE\'s web FEATURE (Lüderitz), low-oxygen water killing the bay\'s oysters, in the present tense: a scene with the farmer (no speaker) and a short story line (A rattle means empty shells.), his own farm\'s losses "W" through he says and a quote over two more sentences; farm counts through according to a mariculture association and The association says; a marine biologist with Dr and an apposition who explains, then a quote over three sentences whose last states a count; a PULL QUOTE repeating her words ("B"); the ministry\'s aquaculture head with a relative clause (said, He said on a plan "", and he says only that); seed shipments of record; the co-operative manager with a relative clause (says, she says); Not all of the farmers are convinced. and the farmer\'s later surname says; a Cape Town supplier (says, a quote split with she says); a closing scene with a count "" (masthead, tagline, menu with middle dots, section label with a slash, headline "", one-sentence standfirst, words and photographs byline, issue and read-time line, save/share/gift strip, caption and photographer credit, a SENTENCE-SHAPED ISSUE PROMO and Continue reading below mid-story, a two-sentence AUTHOR BIO with a prize, a grant note, letters line, More from the issue list, copyright split at (Pty) Ltd, Windhoek.)',
    'Malaysian BUSINESS-WIRE PRESS RELEASE page (Kuala Lumpur), a cold-chain group buying a Johor warehouse operator for RM218 million: three HIGHLIGHT bullets of the story (two "W", an expectation ""), a KUALA LUMPUR, Malaysia, Jan. 12, 2027 /Pressbeacon/ -- dateline lead carrying the buyer as first given through said today, the seller ending in Sdn. Bhd., mid-sentence; capacity, financing and approval in the release\'s own voice; the group managing director with Datuk dropped named only AFTER his quote (said Datuk ..., Group Managing Director of ...) with a quoted sentence after it, then by his GIVEN NAME (Zahiruddin said, as Malay names are used) and He said on a spending plan ""; results, dividend and share price of record; the seller\'s founder with Puan dropped and a relative clause (said, she said); a market size through according to estimates by a research firm (wire masthead, menu with pipes, industry labels, headline of record, NEWS PROVIDED BY and the issuer, date with MYT, share line, the ABOUT paragraphs of both firms with figures and a URL, a two-sentence FORWARD-LOOKING disclaimer, media contact lines, SOURCE line, More releases list, a sentence-shaped SEND-A-RELEASE promo, copyright split at Sdn. Bhd.)',
    'Ghanaian FOOTBALL CLUB\'s OWN NEWS PAGE (Kumasi), floodlights switched on and season cards passing 6,000: the writer\'s voice on the switch-on date, costs in GH₵ and sources of the money "W"; the club chief executive after his role (said, he said, a quoted sentence after the attribution, He said); the metropolitan planning office said; The club confirmed a fine and a one-line story sentence (Nobody was arrested.), The club said twice (a ban "W", a quoted pledge ""); the head coach after her role whose hope is "" and whose signing news is "W" (She said, she said); the new signing by surname with his age who told Royals TV and a quote split with he said; The league\'s disciplinary panel declined to comment; the table of record and a win that would lift them "" (official-site masthead, partners strip with middle dots, menu with pipes, Club News label, headline, media-team byline, date line, a SENTENCE-SHAPED SEASON-CARD note with an emoji, caption and slash credit, a WATCH promo and a sentence-shaped MATCHDAY TICKETS note with prices mid-story, an app prompt, NEXT MATCH box, Latest news list, a hashtag line, copyright in two sentences with a legal-links strip in the same line)',
    'Trinidad and Tobago GOVERNMENT PRESS OFFICE release (Port of Spain), dengue cases pass 1,200: the Ministry\'s own voice without a verb of saying ("W", no speaker) in a headline in capitals and the lead; the minister with the Honourable Dr. dropped after a long Speaking at ... phrase (said, He said, a quote with the Minister said and a quoted appeal after it); the Chief Medical Officer with Dr. in apposition (said, She said, Dr. and surname said); a LIST of the story\'s own figures, communities with case counts and an en dash ("W", the lead-in ""); advice to the public ""; clinic hours and fogging hours with a.m. and p.m. "W"; The Ministry reminds (a fine of record); The Minister said and He said (a plan "") (government masthead, ministry name, menu with pipes, breadcrumb with ›, a SENTENCE-SHAPED COOKIE NOTE, FOR IMMEDIATE RELEASE, Release No. line, date line, an attachment line, -END-, Issued by line, contact line, a was-this-helpful widget, Last reviewed line, legal links, copyright in two sentences)',
    'Maltese HYPERLOCAL COMMUNITY SITE (Marsaskala), the seafront road to close to cars on Sunday mornings from March: the vote, its count and the trial in the writer\'s voice "W"; the mayor with Mayor dropped (said, she said, She said); a councillor after Councillor with a relative clause whose objection is "" and whose cafés\' takings are "W"; a one-line story sentence (Not everyone agrees.); a kiosk owner whose worry is "" (a quote split over two sentences with she said); the petitioner with a relative clause whose ticket count is "W"; the trial\'s cost through according to figures presented at the meeting; a parent whose own story is "" (she said, and a two-sentence quote after the attribution); A spokesperson for the national transport operator confirmed; a residents\' meeting at 6.30 p.m. "W" and Everyone is welcome. "" (site name in capitals, tagline, menu with pipes, Council label, headline of record, posted-by line with comment count, a LOST-CAT NOTICE mid-story, a story-tip line, a SENTENCE-SHAPED SUPPORTER ASK and its button, comment count, Leave a reply, a sentence-shaped comment-moderation note, More from Council, footer line and privacy link)',
    'American METERED-PAYWALL DAILY (Bend, Oregon), water rates to rise 9.5% a year for three years: a BEND, Ore. — dateline lead of record (a vote: no speaker, also in the standfirst) and the effective date in the same paragraph; a household\'s bill "W"; the utilities director after her role who told the council (She said, a quote with she said and a quoted sentence after it); the PAYWALL PROMPT pasted mid-story (four lines "B", two of them sentence-shaped with figures); the mayor after Mayor with a relative clause (said, he said); a councilor after Councilor whose arrears figures are "W" and whose question with she asked is ""; votes and eligibility of record; the hearing\'s counts "W" and the others ""; a resident whose own lawn is "" with a quote split over two sentences ending she told councilors; According to a 2026 survey as written; a second hearing of record; a builders\' guild did not respond to a request for comment (masthead, account and weather strip, menu with pipes, section label in capitals, headline and standfirst of record, byline, date and Updated line with Jan. and a.m., gift/share/save strip, Story continues below advertisement, a Related link, a two-sentence CORRECTION BOX with the vote figures, a two-sentence AUTHOR BIO with phone and email, Most read list with p.m., copyright with a media company and legal links)',
    'Sri Lankan news site in a READER-VIEW PASTE (Colombo), household electricity tariffs cut by 18%: the domain line, author line and reading time on their own; a photo caption and (File photo); a Colombo (Hiruwela) - dateline lead carrying The Energy Tariff Board (cue announced); the approval, the consultation\'s dates and the board\'s own example (according to) "W"; the board chairman after Board Chairman who told reporters (He said, he said); a LIST of the story\'s own figures, four tariff bands with Rs. and decimals, and its lead-in ""; the minister after Energy Minister who said in a statement (""), then the statement said carrying her; the engineers\' union secretary in apposition (said, a debt of record "W", He warned with a forecast "", he said and a quoted sentence after it); a retired teacher whose own bill with Rs. is "" (She said, she said); a small-industries head whose members\' tariff is "W"; industry tariffs unchanged "W" and The Board said (a review "") (kept by reader view: an Also Read link mid-story, a SENTENCE-SHAPED SMS-ALERT PROMO, tags, share lines, Related list with a headline carrying Rs., and a link back to the full page)',
    'Zambian NEWSLETTER\'s WEB EDITION (Lusaka, Chingola), a copper mine reopens after three years: the web-edition and forwarded lines, masthead and issue line; the editor\'s greeting "" (like a live blog\'s welcome); TODAY\'S LEAD label; the restart in the writer\'s voice; the mines minister after her role with a relative clause (said, then a quote with she told workers at the plant and a quoted sentence after it); the new owner named in apposition as first given (paid "W" and says) and It says (an expectation ""); the chief executive who told The Lubilo Letter (he said, He said at 2 p.m., He would not say); a one-line story sentence (Not everyone is celebrating.) before the union branch chairman (said, he said); Mufumbwe Resources said and It said; a For context: line "W"; ALSO TODAY items with a label prefix carrying their source (according to central bank data, the agriculture ministry said, the city\'s water utility said) and a roads item with advice "" (a SPONSOR block in two sentences, That\'s it for today. and a sentence-shaped reply invitation, the editor\'s sign-off with a dash, signed-up line, unsubscribe links, postal address)',
    'Fijian PODCAST EPISODE PAGE with SHOW NOTES (Labasa, Vanua Levu), the sugar mill\'s smallest crush since 2010: episode number and question title "", date and duration, play and listen-on lines; show notes in the writer\'s voice (crush figures and the growers\' price "W", the host talks to ... ""); the growers\' council president in apposition (says, He says on replanting "", and later surname says); a mill engineer after her role who explains; the state-owned miller in apposition who said in a statement to the show and The company said (an expectation ""); an economist with Dr who estimates and He says; chapter TIMESTAMPS, Guests and guest lines "B"; a TRANSCRIPT EXCERPT with name prefixes (the host\'s turns without a speaker, one citing The milling company says "W"; the grower\'s answers with the full name in capitals then the surname as cue, every sentence carrying him, a one-word Forty-one. "W") (show name, tagline, menu with pipes, Read the full transcript, Support the show and a SENTENCE-SHAPED SUPPORT ASK with FJ$, production credits, Previous episode, copyright)',
    'Bangladeshi NGO\'s REPORT LAUNCH PAGE (Dhaka, Kurigram, Sirajganj), riverbank erosion left 41,300 people homeless: the lead through according to a report launched today by the Charland Rights Initiative (as written); the report\'s method "W"; KEY FINDINGS as a LIST of the story\'s own figures ("W", each its own line, the label "B"); the executive director after a Speaking at ... phrase and her role (said with a quoted fragment, she said, later surname said and a two-sentence quote); the lead author in apposition (said, he said, a quoted sentence after it); The report calls on (a demand ""); a displaced woman who told the launch (her own life "", she said); a joint secretary of a ministry with a relative clause (a housing figure "W", He said on a study "") (NGO name in capitals, breadcrumb with ›, menu with pipes, REPORT LAUNCH label, headline of record, published line with read time, two download lines with file sizes, a SENTENCE-SHAPED DONATION ASK with Tk and its button mid-page, media enquiries with name and contact lines, a mailing-list line, a registration line with no., copyright in two sentences)',
    "Botswana STUDENT NEWSPAPER (Gaborone), hostel fees to rise 14% as about 600 students march: an EDITOR'S NOTE on the writer's SRC role (\"B\", sentence-shaped) before the lead; The university confirmed with P figures and a one-line story sentence (It is the second rise in two years.); the SRC president after his role with a relative clause (said, he said, He said twice, a sit-in plan \"\"); the council's make-up and According to the minutes and the prospectus; placards quoted mid-sentence with a question mark inside the quote; a STATEMENT READ BY the dean on behalf of the Vice-Chancellor (the speaker is the Vice-Chancellor, whose titles are dropped; later the statement said carries her), then Dr and the dean's surname declined to answer questions; a first-year student whose family's money is \"\" (said, she said) and She is not alone.; The SRC said; A spokesperson for the sponsorship department at the education ministry; the march's end at 4pm and Campus security said (paper name in capitals, tagline with the university, menu with pipes, NEWS label, headline, staff-writer byline, date line, a SENTENCE-SHAPED RECRUITMENT NOTE mid-story, a letters line with a word limit, a two-sentence INDEPENDENCE note, Read next, copyright)",
]

ARTICLES = [
    [
        [("Skip to main content", "", "", "B")],
        [("SGOTHAN", "", "", "B")],
        [("Home · News · Sport · Weather · Radio · Watch live · Gàidhlig", "", "", "B")],
        [
            (
                "We keep a few cookies on your device so that we can see which stories are read, and you can change your mind about them whenever you like.",
                "",
                "",
                "B",
            )
        ],
        [("Choose cookies · Accept and carry on", "", "", "B")],
        [("Highlands & Islands", "", "", "B")],
        [("New Mull ferry delayed again as its cost climbs to £142m", "", "", "W")],
        [("Iseabail Sorasdail-Brogaig", "", "", "B")],
        [("Highlands and Islands correspondent", "", "", "B")],
        [("15 December 2026, 07:42 GMT", "", "", "B")],
        [("Updated 2 hours ago", "", "", "B")],
        [("Share this page", "", "", "B")],
        [
            ("The MV Sgeirmhor at the fitting-out quay in Port Glasgow in October.", "", "", ""),
            ("Picture: Drumglassock Marine", "", "", "B"),
        ],
        [
            (
                "The new ferry for the Oban to Craignure crossing will not carry passengers until the spring of 2028, more than three years later than first promised, the shipyard building it has confirmed.",
                "the shipyard building it",
                "has confirmed",
                "W",
            )
        ],
        [
            (
                "Drumglassock Marine said in a written update to MSPs on Monday that the cost of the MV Sgeirmhor had risen to £142m, from £97m when the contract was signed in 2022.",
                "Drumglassock Marine",
                "said",
                "W",
            ),
            (
                "The yard blamed late design changes and a shortage of electrical fitters.",
                "The yard",
                "blamed",
                "W",
            ),
        ],
        [("It is the fourth delay.", "", "", "W")],
        [
            (
                "Islands minister Curstag Strathdrennan told MSPs that ministers had “run out of patience” with the yard.",
                "Curstag Strathdrennan",
                "told MSPs",
                "",
            ),
            (
                "She said she had ordered an independent review of the yard's schedule, which is due to report by 26 February.",
                "Curstag Strathdrennan",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Islanders have been let down again,” she said.",
                "Curstag Strathdrennan",
                "said",
                "",
            ),
            (
                "“I will not sign off another penny until I see a programme I can believe.”",
                "Curstag Strathdrennan",
                "said",
                "",
            ),
        ],
        [
            (
                "The crossing is served at present by the MV Gormshuil, which is 39 years old.",
                "",
                "",
                "W",
            ),
            (
                "It was out of service for 23 days between June and October, according to Caolasmor Ferries, which runs the route.",
                "Caolasmor Ferries",
                "according to",
                "W",
            ),
        ],
        [("Sailings cancelled on the crossing so far this year:", "", "", "")],
        [("Technical faults: 212", "", "", "W")],
        [("Weather: 148", "", "", "W")],
        [("Crew shortages: 37", "", "", "W")],
        [("Source: Caolasmor Ferries", "", "", "B")],
        [
            (
                "Listen: islanders tell Morning Tide about a winter of cancellations (4 mins)",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Caolasmor's chief executive, Sìleas Rusgarry, said the company had chartered a catamaran from Norway to cover the crossing on the busiest weekends from 3 April.",
                "Sìleas Rusgarry",
                "said",
                "W",
            ),
            (
                "“It is not a perfect answer, but it will keep the shops on Mull stocked,” she said.",
                "Sìleas Rusgarry",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the catamaran would carry 290 passengers but no lorries, so freight would still depend on the Gormshuil.",
                "Sìleas Rusgarry",
                "said",
                "W",
            )
        ],
        [
            (
                "Uilleam Blarcarron, who chairs the Mull Traders' Forum, said 14 businesses on the island had closed since January, and that the ferry was to blame for at least half of them.",
                "Uilleam Blarcarron",
                "said",
                "W",
            ),
            (
                "“You cannot run a hotel when your guests cannot be sure of getting here,” he said.",
                "Uilleam Blarcarron",
                "said",
                "",
            ),
            ("“They book somewhere else.”", "Uilleam Blarcarron", "said", ""),
        ],
        [
            (
                "Opposition islands spokesman Dùghall Feorlinn said the bill for the two new west coast ferries had now passed £390m.",
                "Dùghall Feorlinn",
                "said",
                "W",
            ),
            ("“Ministers keep calling this a delay.", "Dùghall Feorlinn", "said", ""),
            ("It is a scandal,” he said.", "Dùghall Feorlinn", "said", ""),
        ],
        [
            (
                "Ministers took the yard into public ownership in 2023 after it ran out of money.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Its sister ship, the MV Iomair Dhubh, entered service on the Uig crossings in May, four years late.",
                "",
                "",
                "W",
            ),
            ("Its first summer was largely trouble-free.", "", "", ""),
        ],
        [
            (
                "In its update, the yard said: “We recognise the effect on island communities and we apologise for it.”",
                "the yard",
                "said",
                "",
            ),
            (
                "A spokesperson for the yard declined to say whether it would pay further penalties to the operator.",
                "A spokesperson for the yard",
                "declined to say",
                "",
            ),
        ],
        [("Related topics", "", "", "B")],
        [("Isle of Mull · Ferries · Oban · Island life", "", "", "B")],
        [("More on this story", "", "", "B")],
        [("Mull hoteliers ask for a ferry compensation scheme", "", "", "B")],
        [("Why Craignure's pier has to be rebuilt first", "", "", "B")],
        [
            (
                "Follow Sgothan Highlands and Islands on Facebook, or send your story ideas to the newsroom in Inverness.",
                "",
                "",
                "B",
            )
        ],
        [("How we decide what to report, and why you can trust it", "", "", "B")],
        [("Sgothan takes no responsibility for what other websites publish.", "", "", "B")],
        [("© Sgothan 2026", "", "", "B")],
    ],
    [
        [("KORRIDOR", "", "", "B")],
        [("Namibia's monthly of ideas, places and people", "", "", "B")],
        [("Issues · Features · Photo essays · Podcast · Shop · Subscribe", "", "", "B")],
        [("Features / Sea & Coast", "", "", "B")],
        [("The oysters of Lüderitz are running out of air", "", "", "")],
        [
            (
                "Low-oxygen water killed nearly half the bay's oysters last year, and the farmers who stayed are betting on deeper rafts and a hatchery of their own",
                "",
                "",
                "W",
            )
        ],
        [("Words by Tuyeni Ndeshipanda · Photographs by Jan-Frikkie Hamukwaya", "", "", "B")],
        [("From the February 2027 issue · 14-minute read", "", "", "B")],
        [("Save · Share · Gift this article", "", "", "B")],
        [
            (
                "Immanuel Khaxab-Verwey lifts a basket from his raft in Lüderitz bay before sunrise.",
                "",
                "",
                "",
            ),
            ("Jan-Frikkie Hamukwaya for Korridor", "", "", "B"),
        ],
        [
            (
                "At half past five on a Tuesday morning, Immanuel Khaxab-Verwey is already on the water, hauling a basket of oysters out of the bay and shaking it to hear whether the shells rattle.",
                "",
                "",
                "",
            ),
            ("A rattle means empty shells.", "", "", ""),
        ],
        [
            (
                "“Last March I opened forty baskets and thirty-one were dead,” he says.",
                "Immanuel Khaxab-Verwey",
                "says",
                "W",
            ),
            ("“You smell it before you see it.", "Immanuel Khaxab-Verwey", "says", ""),
            ("The whole bay smells of eggs.”", "Immanuel Khaxab-Verwey", "says", ""),
        ],
        [
            (
                "Khaxab-Verwey runs one of 11 oyster farms still working in the bay, down from 17 in 2019, according to the Lüderitz Mariculture Association.",
                "the Lüderitz Mariculture Association",
                "according to",
                "W",
            ),
            (
                "The association says its members sold 4.1 million oysters in 2026, against 7.2 million two years earlier.",
                "The association",
                "says",
                "W",
            ),
        ],
        [
            (
                "Dr Hilja Nangombe-Ruusa, a marine biologist at the Namib Coastal Research Institute in Swakopmund, explains that the cold current along the coast brings up water with almost no oxygen in it, and that oysters, which cannot swim away, simply suffocate.",
                "Hilja Nangombe-Ruusa",
                "explains",
                "W",
            ),
            ("“These events have always happened,” she says.", "Hilja Nangombe-Ruusa", "says", ""),
            ("“What has changed is how often.", "Hilja Nangombe-Ruusa", "says", ""),
            (
                "We logged nine last year, and two of them lasted more than a week.”",
                "Hilja Nangombe-Ruusa",
                "says",
                "W",
            ),
        ],
        [("“What has changed is how often.”", "", "", "B")],
        [
            (
                "This story appears in the February issue of Korridor, on sale at newsagents across Namibia, or delivered to your door if you order a copy from our shop.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Ananias Uirab-Gowaseb, who heads the aquaculture division of the fisheries ministry, said the ministry had paid N$6.8 million in relief to the bay's farms since 2025.",
                "Ananias Uirab-Gowaseb",
                "said",
                "W",
            ),
            (
                "He said it would pay for a trial of deeper rafts, which hang the baskets below the worst of the water, from April.",
                "Ananias Uirab-Gowaseb",
                "said",
                "",
            ),
        ],
        [
            (
                'Asked why the trial had taken two years to approve, he says only that "the budget process is the budget process".',
                "Ananias Uirab-Gowaseb",
                "says",
                "",
            )
        ],
        [
            (
                "Most of the bay's young oysters, known as seed, are flown in from a hatchery in Chile at about N$0.45 each.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Those shipments stopped for five weeks last winter when a cargo flight was cancelled, and about 1.8 million seed oysters died at the airport in Windhoek.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Lovisa Tjikuua-Vanderbyl, who manages the farmers' co-operative from a converted container on the harbour wall, says it has raised N$3.2 million of the N$5 million it needs to build a hatchery on the old cannery site.",
                "Lovisa Tjikuua-Vanderbyl",
                "says",
                "W",
            ),
            (
                "“If we grow our own seed, we are not waiting on a plane from Santiago,” she says.",
                "Lovisa Tjikuua-Vanderbyl",
                "says",
                "",
            ),
        ],
        [
            ("Not all of the farmers are convinced.", "", "", ""),
            (
                "Khaxab-Verwey says a hatchery in the bay would draw the same bad water as the rafts do.",
                "Immanuel Khaxab-Verwey",
                "says",
                "",
            ),
        ],
        [("Continue reading below", "", "", "B")],
        [
            (
                "In Cape Town, Mareletta Fonkelbos, who supplies restaurants and buys from four of the Lüderitz farms, says her orders from the bay fell by 38 per cent last year.",
                "Mareletta Fonkelbos",
                "says",
                "W",
            ),
            ("“Chefs ask for Lüderitz by name.", "Mareletta Fonkelbos", "says", ""),
            ("I just could not get enough,” she says.", "Mareletta Fonkelbos", "says", ""),
        ],
        [
            ("By nine, Khaxab-Verwey has checked sixty baskets.", "", "", ""),
            ("Eight of them rattle.", "", "", ""),
        ],
        [("He sets them aside on the deck and starts the outboard.", "", "", "")],
        [
            (
                "Tuyeni Ndeshipanda writes about the sea and the people who work it from Swakopmund.",
                "",
                "",
                "B",
            ),
            (
                "Her reporting on the pilchard collapse won the 2025 Kalahari Press Prize.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This feature was produced with a grant from the Skeleton Coast Reporting Fund, which had no say over what we published.",
                "",
                "",
                "B",
            )
        ],
        [("Letters to the editor: letters@korridor.com.na", "", "", "B")],
        [("More from the February issue", "", "", "B")],
        [("The last shoemakers of Keetmanshoop", "", "", "B")],
        [("Photo essay: a week on the night train to Tsumeb", "", "", "B")],
        [
            ("Korridor Media (Pty) Ltd, Windhoek.", "", "", "B"),
            ("Nothing here may be reproduced without our written permission.", "", "", "B"),
        ],
    ],
    [
        [("PRESSBEACON ASIA", "", "", "B")],
        [
            (
                "Newsroom | Send a release | Industries | Regions | Plans & pricing | Log in",
                "",
                "",
                "B",
            )
        ],
        [("Transportation & Logistics | Mergers & Acquisitions", "", "", "B")],
        [
            (
                "Rimbaku Coldhaul Berhad to buy Johor cold-store operator Dingin Serumpun for RM218 million",
                "",
                "",
                "W",
            )
        ],
        [("NEWS PROVIDED BY", "", "", "B")],
        [("Rimbaku Coldhaul Berhad", "", "", "B")],
        [("12 Jan, 2027, 09:00 MYT", "", "", "B")],
        [("Share this release", "", "", "B")],
        [("Acquisition adds 48,000 pallet positions in southern Johor", "", "", "W")],
        [
            (
                "Group revenue for the year to 30 September 2026 rose 12.6% to RM1.04 billion",
                "",
                "",
                "W",
            )
        ],
        [("Deal expected to complete in the second quarter of 2027", "", "", "")],
        [
            (
                "KUALA LUMPUR, Malaysia, Jan. 12, 2027 /Pressbeacon/ -- Rimbaku Coldhaul Berhad, the Bursa-listed cold chain group, said today it has agreed to buy all of Dingin Serumpun Sdn. Bhd., which runs three frozen and chilled warehouses in Pasir Gudang, for RM218 million in cash.",
                "Rimbaku Coldhaul Berhad",
                "said",
                "W",
            ),
            (
                "Dingin Serumpun's warehouses hold 48,000 pallet positions and were 91% full on average in 2026.",
                "",
                "",
                "W",
            ),
            (
                "The purchase will raise the group's capacity by about 36%, to 181,000 pallet positions.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The price will be paid from a RM150 million Islamic term loan and internal funds.",
                "",
                "",
                "W",
            ),
            (
                "Completion is subject to approval by shareholders at an extraordinary general meeting expected in April.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“Johor is where the frozen food for half of Singapore's supermarkets now crosses the border, and we have had no warehouse there,” said Datuk Zahiruddin Rusmadi, Group Managing Director of Rimbaku Coldhaul.",
                "Zahiruddin Rusmadi",
                "said",
                "W",
            ),
            ("“This gives us one overnight.”", "Zahiruddin Rusmadi", "said", ""),
        ],
        [
            (
                "Zahiruddin said the group's own warehouses in the Klang Valley had run at more than 95% of capacity for 14 of the last 18 months, and that it had turned away new customers.",
                "Zahiruddin Rusmadi",
                "said",
                "W",
            )
        ],
        [
            (
                "He said Rimbaku Coldhaul expected to spend a further RM35 million over two years to fit solar panels on the roofs of the three Pasir Gudang warehouses and to replace their ammonia chillers.",
                "Zahiruddin Rusmadi",
                "said",
                "",
            ),
            (
                "“Our customers want a lower carbon footprint, and so do we,” he said.",
                "Zahiruddin Rusmadi",
                "said",
                "",
            ),
        ],
        [
            (
                "For the financial year ended 30 September 2026, group revenue rose 12.6% to RM1.04 billion, while net profit rose 8.1% to RM86.4 million.",
                "",
                "",
                "W",
            ),
            ("The board has proposed a final dividend of 3.5 sen a share.", "", "", "W"),
        ],
        [
            (
                "Shares in Rimbaku Coldhaul closed at RM2.41 on Monday, before the announcement, giving the group a market value of about RM1.9 billion.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Puan Noraziah Pelangiwati, who founded Dingin Serumpun in 2009 with one warehouse and four lorries, said she would stay on as an adviser for two years.",
                "Noraziah Pelangiwati",
                "said",
                "W",
            ),
            (
                "“I built this company for my staff, and I chose a buyer who will keep all 214 of them,” she said.",
                "Noraziah Pelangiwati",
                "said",
                "",
            ),
        ],
        [
            (
                "Malaysia's market for cold storage was worth about RM4.9 billion in 2026 and has grown by an average of 9% a year since 2021, according to estimates by Pelitamas Insights.",
                "estimates by Pelitamas Insights",
                "according to",
                "W",
            )
        ],
        [("About Rimbaku Coldhaul Berhad", "", "", "B")],
        [
            (
                "Rimbaku Coldhaul Berhad (Bursa: RIMCOLD) is a leading provider of temperature-controlled warehousing and distribution in Malaysia.",
                "",
                "",
                "B",
            ),
            (
                "Founded in 1996, the group operates 11 facilities and a fleet of more than 600 refrigerated vehicles, serving food, pharmaceutical and retail customers across the peninsula.",
                "",
                "",
                "B",
            ),
            ("For more information, visit www.rimbaku-coldhaul.com.my.", "", "", "B"),
        ],
        [("About Dingin Serumpun Sdn. Bhd.", "", "", "B")],
        [
            (
                "Dingin Serumpun Sdn. Bhd. was established in 2009 and provides frozen and chilled storage to seafood exporters and food manufacturers in southern Johor.",
                "",
                "",
                "B",
            )
        ],
        [("Forward-looking statements", "", "", "B")],
        [
            (
                "This release contains forward-looking statements that reflect the group's current views about future events.",
                "",
                "",
                "B",
            ),
            (
                "Actual results may differ materially, and Rimbaku Coldhaul undertakes no obligation to update these statements.",
                "",
                "",
                "B",
            ),
        ],
        [("Media contact:", "", "", "B")],
        [("Jacintha Arulselvam, Corporate Communications, Rimbaku Coldhaul Berhad", "", "", "B")],
        [("+60 3-5555 8140 | media@rimbaku-coldhaul.com.my", "", "", "B")],
        [("SOURCE Rimbaku Coldhaul Berhad", "", "", "B")],
        [("More releases from this organisation", "", "", "B")],
        [("Rimbaku Coldhaul opens pharmaceutical cold room in Shah Alam", "", "", "B")],
        [
            (
                "Looking to send a release? Our editors in Petaling Jaya can put it on the wire within the hour.",
                "",
                "",
                "B",
            )
        ],
        [("© 2027 Pressbeacon Asia Sdn. Bhd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("NSUASE ROYALS FC — THE OFFICIAL WEBSITE", "", "", "B")],
        [
            (
                "Principal partner: Obuom Mobile Money · Kit partner: Adinkrafa Athletic · Official water: Aburo Springs",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Home | News | Fixtures & Results | Tickets | Royals Shop | Academy | The Club",
                "",
                "",
                "B",
            )
        ],
        [("Club News", "", "", "B")],
        [("Floodlights switched on at Dompoase Park as season cards pass 6,000", "", "", "W")],
        [("Royals Media Team", "", "", "B")],
        [("Thursday 14 January 2027", "", "", "B")],
        [
            (
                "🎟 Season cards are still available from the ticket office at Gate 3 and on the app.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Supporters watch the first test of the new floodlights at Dompoase Park on Tuesday night.",
                "",
                "",
                "",
            ),
            ("Photo: Fosuaa Ansaaku / Royals Media", "", "", "B"),
        ],
        [
            (
                "The new floodlights at Opemsuo Dompoase Park were switched on for the first time on Tuesday night, and the club will play its first evening league match at home on Saturday 23 January.",
                "",
                "",
                "W",
            )
        ],
        [
            ("The lights cost GH₵4.6 million.", "", "", "W"),
            (
                "Of that, GH₵2.9 million came from the club's own funds and GH₵1.7 million from supporters' branches, who raised the money over 14 months.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Club chief executive Paa Akyeampem-Sarbeng said 6,240 season cards had been sold, the most in the club's 61-year history and 1,900 more than last season.",
                "Paa Akyeampem-Sarbeng",
                "said",
                "W",
            ),
            (
                "“The supporters paid for these lights, pole by pole,” he said.",
                "Paa Akyeampem-Sarbeng",
                "said",
                "",
            ),
            (
                "“When the first one came on, some of the branch chairmen were crying.”",
                "Paa Akyeampem-Sarbeng",
                "said",
                "",
            ),
        ],
        [
            (
                "He said evening kick-offs would be at 7pm, and that the club had agreed with the Ashanti regional police command to keep 120 officers at home matches.",
                "Paa Akyeampem-Sarbeng",
                "said",
                "W",
            )
        ],
        [
            (
                "The metropolitan planning office said it had approved the lights in November after the club showed that glare on nearby homes in Dompoase would stay within limits.",
                "The metropolitan planning office",
                "said",
                "W",
            )
        ],
        [("WATCH: the first switch-on, in full, on Royals TV", "", "", "B")],
        [
            (
                "The club also confirmed that it has paid a GH₵25,000 fine imposed by the league's disciplinary panel after crowd trouble at the home match against Tema Harbour Rangers on 13 December.",
                "The club",
                "confirmed",
                "W",
            )
        ],
        [("Nobody was arrested.", "", "", "W")],
        [
            (
                "The club said it had banned 17 supporters from Dompoase Park for two years after studying footage from its own cameras.",
                "The club",
                "said",
                "W",
            ),
            (
                "The club said it “will not let a few people wreck the name of the Royals”.",
                "The club",
                "said",
                "",
            ),
        ],
        [
            (
                "Head coach Panyin Sarfowaa-Kyereme said she hoped the lights would bring bigger crowds to evening matches.",
                "Panyin Sarfowaa-Kyereme",
                "said",
                "",
            ),
            (
                "She said midfielder Yoofi Ahwenepa-Nimo, who signed from Berekum Freedom City on Monday, had passed his medical and would be registered before Saturday.",
                "Panyin Sarfowaa-Kyereme",
                "said",
                "W",
            ),
            (
                "“He wanted to come to a club that is building something,” she said.",
                "Panyin Sarfowaa-Kyereme",
                "said",
                "",
            ),
        ],
        [
            (
                "Ahwenepa-Nimo, 22, told Royals TV that he had turned down two clubs in the top division of another West African country to sign a three-year contract in Kumasi.",
                "Yoofi Ahwenepa-Nimo",
                "told Royals TV",
                "W",
            ),
            ("“My father was a Royals fan.", "Yoofi Ahwenepa-Nimo", "said", ""),
            ("Now I am one too,” he said.", "Yoofi Ahwenepa-Nimo", "said", ""),
        ],
        [
            (
                "Matchday tickets for the visit of Obuasi Goldfield Strikers go on sale at Gate 3 from Monday, priced GH₵30 for the stands and GH₵80 for the covered VIP section.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "The league's disciplinary panel declined to comment on the fine.",
                "The league's disciplinary panel",
                "declined to comment",
                "",
            )
        ],
        [
            (
                "The Royals are sixth in the table with 24 points from 15 matches, four points behind the leaders.",
                "",
                "",
                "W",
            ),
            ("A win on Saturday would lift them into the top four.", "", "", ""),
        ],
        [("Download the Royals app to follow every match live, wherever you are.", "", "", "B")],
        [("NEXT MATCH", "", "", "B")],
        [("Royals v Obuasi Goldfield Strikers · Sat 23 Jan · 19:00 · Dompoase Park", "", "", "B")],
        [("Latest news", "", "", "B")],
        [("Under-17s reach regional cup semi-final", "", "", "B")],
        [("Royals Ladies open new training pitch at Kwadaso", "", "", "B")],
        [("#RoyalsForever", "", "", "B")],
        [
            ("© 2027 Nsuase Royals Football Club.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            ("Privacy | Cookies | Safeguarding | Contact the club", "", "", "B"),
        ],
    ],
    [
        [("GOVERNMENT OF THE REPUBLIC OF TRINIDAD AND TOBAGO", "", "", "B")],
        [("Ministry of Health and Community Care", "", "", "B")],
        [
            (
                "Home | About the Ministry | Services | Media Centre | Publications | Contact Us",
                "",
                "",
                "B",
            )
        ],
        [("Media Centre › Press Releases", "", "", "B")],
        [
            (
                "This website uses essential cookies only, and no information about your visit is shared with third parties.",
                "",
                "",
                "B",
            )
        ],
        [("FOR IMMEDIATE RELEASE", "", "", "B")],
        [("Release No. MHCC/PR/019/2027", "", "", "B")],
        [("Friday 15th January, 2027", "", "", "B")],
        [("DENGUE CASES PASS 1,200 AS MINISTRY EXTENDS FOGGING TO 94 COMMUNITIES", "", "", "W")],
        [
            (
                "The Ministry of Health and Community Care has recorded 1,284 confirmed cases of dengue fever since 1st October, 2026, including 3 deaths, the highest number for any three-month period since 2019.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Of the confirmed cases, 212 patients were admitted to hospital, and 9 of them remain in hospital.",
                "",
                "",
                "W",
            ),
            (
                "All three persons who died had other illnesses, among them diabetes and kidney disease.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Speaking at a media briefing at the Ministry's head office in Port of Spain on Thursday, the Minister of Health and Community Care, the Honourable Dr. Deodat Bissoondial-Gookool, said the Ministry had extended its fogging programme to 94 communities, up from 51 in December.",
                "Deodat Bissoondial-Gookool",
                "said",
                "W",
            ),
            (
                "He said 40 additional vector control officers had been hired on six-month contracts and would begin work on Monday 18th January.",
                "Deodat Bissoondial-Gookool",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Fogging kills the adult mosquito, but it is the water in your yard that keeps the outbreak going,” the Minister said.",
                "Deodat Bissoondial-Gookool",
                "said",
                "",
            ),
            (
                "“I am asking every household to spend ten minutes this weekend emptying anything that holds water.”",
                "Deodat Bissoondial-Gookool",
                "said",
                "",
            ),
        ],
        [
            (
                "The Chief Medical Officer, Dr. Indrawatie Ramkallawan-Lezeau, said 61 per cent of the confirmed cases were in persons aged between 15 and 44.",
                "Indrawatie Ramkallawan-Lezeau",
                "said",
                "W",
            ),
            (
                "She said the serotype in circulation, DENV-3, had not been widespread in the country for more than a decade, so that many younger persons had no immunity to it.",
                "Indrawatie Ramkallawan-Lezeau",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Ramkallawan-Lezeau said the national laboratory had tested 4,906 samples since 1st October, and that it could now return a result within 48 hours.",
                "Indrawatie Ramkallawan-Lezeau",
                "said",
                "W",
            )
        ],
        [
            (
                "The communities with the highest number of confirmed cases since 1st October are:",
                "",
                "",
                "",
            )
        ],
        [("Chaguanas – 211", "", "", "W")],
        [("San Fernando – 164", "", "", "W")],
        [("Arima – 139", "", "", "W")],
        [("Couva – 97", "", "", "W")],
        [("Sangre Grande – 82", "", "", "W")],
        [
            (
                "Members of the public are advised to seek medical attention at the nearest health centre if they have a high fever together with severe headache, pain behind the eyes, joint pain or a rash.",
                "",
                "",
                "",
            ),
            ("Persons with these symptoms should not take aspirin or ibuprofen.", "", "", ""),
        ],
        [
            (
                "Health centres in the five communities listed above will remain open until 8:00 p.m. on weekdays until further notice.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Fogging teams will work between 5:00 a.m. and 7:30 a.m. and between 5:00 p.m. and 7:00 p.m.",
                "",
                "",
                "W",
            ),
            ("Residents are asked to open windows and doors when a team passes.", "", "", ""),
        ],
        [
            (
                "The Ministry reminds the public that under the Public Health (Vector Control) Regulations, a householder who fails to remove mosquito breeding sites after a written notice may be fined up to TT$2,000.",
                "The Ministry",
                "reminds",
                "W",
            ),
            (
                "The Minister said no fines had been issued so far during the current outbreak.",
                "Deodat Bissoondial-Gookool",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the Ministry would publish an updated count every Friday until the outbreak was over.",
                "Deodat Bissoondial-Gookool",
                "said",
                "",
            )
        ],
        [
            (
                "Attachment: Dengue Surveillance Bulletin, Epidemiological Week 1 of 2027 (PDF, 612 KB)",
                "",
                "",
                "B",
            )
        ],
        [("-END-", "", "", "B")],
        [
            (
                "Issued by the Corporate Communications Unit, Ministry of Health and Community Care",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "For further information, please contact the Unit at (868) 555-0142, ext. 2210, or communications@mhcc.gov.tt.",
                "",
                "",
                "B",
            )
        ],
        [("Was this page helpful?", "", "", "B")],
        [("Yes | No", "", "", "B")],
        [("Last reviewed: 15 January 2027", "", "", "B")],
        [("Accessibility | Privacy Statement | Site Map | Disclaimer", "", "", "B")],
        [
            ("© 2027 Ministry of Health and Community Care.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("IX-XATT LOCAL", "", "", "B")],
        [("News from Marsaskala, written by the people who live here", "", "", "B")],
        [("Latest | Council | What's on | Lost & found | Noticeboard | Chip in", "", "", "B")],
        [("Council", "", "", "B")],
        [("Seafront road to close to cars on Sunday mornings from March", "", "", "W")],
        [("Posted by Ġorġa Pulè-Xkembri on 17 January 2027 · 9 comments", "", "", "B")],
        [
            (
                "The local council voted on Thursday night to close the seafront road between the church and the Żonqor roundabout to cars every Sunday from 7 a.m. to 1 p.m., starting on 7 March.",
                "",
                "",
                "W",
            )
        ],
        [
            ("Seven councillors voted in favour and two against.", "", "", "W"),
            (
                "The closure is a trial and will run for six months, after which the council will vote again.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The same stretch was closed on four Sunday mornings last summer for the regatta and the village feast.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Mayor Marġerita Vellabrin said a petition asking for the closure had collected 1,870 signatures, which is more than one in ten of the locality's residents.",
                "Marġerita Vellabrin",
                "said",
                "W",
            ),
            (
                "“On a Sunday morning the front belongs to families, not to people looking for parking,” she said.",
                "Marġerita Vellabrin",
                "said",
                "",
            ),
        ],
        [
            (
                "She said buses would be rerouted along Triq il-Merżuq during the closure, and that 46 extra parking spaces would be marked on the old football ground behind the parish hall.",
                "Marġerita Vellabrin",
                "said",
                "W",
            )
        ],
        [
            (
                "Councillor Karmenu Ħabela-Deguara, who voted against, said the council had not asked the shops on the front what they thought.",
                "Karmenu Ħabela-Deguara",
                "said",
                "",
            ),
            (
                "“Four of the six cafés on that stretch told me they take a third of their week's money on Sunday mornings,” he said.",
                "Karmenu Ħabela-Deguara",
                "said",
                "W",
            ),
        ],
        [("Not everyone agrees.", "", "", "")],
        [
            (
                "Rożanna Bonġailas, who has run the kiosk by the bus shelter since 1998, said she was worried about losing passing trade.",
                "Rożanna Bonġailas",
                "said",
                "",
            ),
            (
                "“People stop for a pastizz on the way to the beach.",
                "Rożanna Bonġailas",
                "said",
                "",
            ),
            (
                "If they have to walk from the old ground, they will go to Xgħajra instead,” she said.",
                "Rożanna Bonġailas",
                "said",
                "",
            ),
        ],
        [
            (
                "LOST: grey tabby with a white chest answering to Pepè, last seen near the Żonqor bus stop on Tuesday — if you see him, please ring 7955 0123.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Salvinu Żammitello, who lives on the front and started the petition in August, said wardens had issued 312 parking tickets on the seafront road on Sundays last summer.",
                "Salvinu Żammitello",
                "said",
                "W",
            ),
            ("“That tells you how bad it is,” he said.", "Salvinu Żammitello", "said", ""),
        ],
        [
            (
                "The trial will cost the council about €14,000, most of it for barriers and signs, according to figures presented at the meeting.",
                "figures presented at the meeting",
                "according to",
                "W",
            )
        ],
        [
            (
                "Ċettina Ċassarella-Borġ, who brings her two children to the front on most Sundays, said she would now let them ride their bikes there.",
                "Ċettina Ċassarella-Borġ",
                "said",
                "",
            ),
            (
                "“Last summer a car clipped my son's handlebar outside the church,” she said.",
                "Ċettina Ċassarella-Borġ",
                "said",
                "",
            ),
            ("“He was fine.", "Ċettina Ċassarella-Borġ", "said", ""),
            ("I wasn't.”", "Ċettina Ċassarella-Borġ", "said", ""),
        ],
        [
            (
                "A spokesperson for the national transport operator confirmed that routes 91 and 124 would use Triq il-Merżuq on Sunday mornings during the trial.",
                "A spokesperson for the national transport operator",
                "confirmed",
                "W",
            )
        ],
        [
            (
                "The council will hold a meeting for residents about the closure at the parish hall on 11 February at 6.30 p.m.",
                "",
                "",
                "W",
            ),
            ("Everyone is welcome.", "", "", ""),
        ],
        [
            (
                "Got a story from your street? Message us on 7955 4410 or drop a note in our box at the newsagent on Triq is-Sajjieda.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Ix-Xatt Local is written by volunteers and kept going by readers: a coffee's worth each month pays for the website for a week.",
                "",
                "",
                "B",
            )
        ],
        [("Chip in", "", "", "B")],
        [("9 comments", "", "", "B")],
        [("Leave a reply", "", "", "B")],
        [
            (
                "Your email address will not be published, and comments are checked by a volunteer before they appear.",
                "",
                "",
                "B",
            )
        ],
        [("More from Council", "", "", "B")],
        [("New benches for the Jerma promenade, finally", "", "", "B")],
        [("Ix-Xatt Local · Marsaskala, Malta · Made with love on the bay", "", "", "B")],
        [("Privacy & cookies", "", "", "B")],
    ],
    [
        [("The Obsidian Flats Register", "", "", "B")],
        [("Subscribe | Log in | e-Edition | Bend, 34°F, light snow", "", "", "B")],
        [
            (
                "News | Local | Business | Outdoors | Sports | Opinion | Obituaries | Classifieds",
                "",
                "",
                "B",
            )
        ],
        [("LOCAL GOVERNMENT", "", "", "B")],
        [("Bend water bills to rise 9.5% in each of the next three years", "", "", "W")],
        [
            (
                "Council votes 5-2 to pay for a $68 million pipeline from the upper Tumalo watershed; a typical household will pay about $11 more a month by 2029",
                "",
                "",
                "W",
            )
        ],
        [("By Breckett Ruddenbeck", "", "", "B")],
        [("Jan. 21, 2027 Updated 6:12 a.m.", "", "", "B")],
        [("Gift this article | Share | Save", "", "", "B")],
        [
            (
                "BEND, Ore. — The City Council voted 5-2 late Wednesday to raise water rates by 9.5% a year for the next three years, the first increase of more than 4% since 2011.",
                "",
                "",
                "W",
            ),
            ("The increases take effect March 1, 2027.", "", "", "W"),
        ],
        [
            (
                "A household using 8,000 gallons a month now pays $52.40 for water and will pay about $63.20 by 2029.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Utilities director Arantxa Olazabal-Tresnick told the council the money would cover the city's share of a $68 million pipeline from the upper Tumalo watershed, which replaces two lines laid in 1926 and 1958.",
                "Arantxa Olazabal-Tresnick",
                "told the council",
                "W",
            ),
            (
                "She said the older line had broken 14 times since 2020.",
                "Arantxa Olazabal-Tresnick",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are running the city on a pipe that is a hundred years old,” she said.",
                "Arantxa Olazabal-Tresnick",
                "said",
                "",
            ),
            ("“It does not get cheaper by waiting.”", "Arantxa Olazabal-Tresnick", "said", ""),
        ],
        [("Story continues below advertisement", "", "", "B")],
        [("You have read 3 of your 4 free stories this month.", "", "", "B")],
        [
            (
                "Keep reading for $1 a week for the first 12 weeks, and cancel whenever you want.",
                "",
                "",
                "B",
            )
        ],
        [("Already a subscriber? Log in", "", "", "B")],
        [
            (
                "Mayor Wendeln Hasbrouck, who voted for the increase, said the city had won a $21 million federal loan at 1.8% interest for the project, which kept the rise lower than the 14% a year that staff first proposed.",
                "Wendeln Hasbrouck",
                "said",
                "W",
            ),
            (
                "“Nobody on this dais likes raising bills,” he said.",
                "Wendeln Hasbrouck",
                "said",
                "",
            ),
        ],
        [
            (
                "Councilor Devika Hallowind, one of the two no votes, said about 3,100 households in the city were behind on their water bills, up from 1,900 a year earlier.",
                "Devika Hallowind",
                "said",
                "W",
            ),
            (
                "“Who is going to tell a family that is already two months behind that their bill is going up again?” she asked.",
                "Devika Hallowind",
                "asked",
                "",
            ),
        ],
        [
            (
                "The council also voted 7-0 to expand its utility assistance program, which gives qualifying households a 30% discount.",
                "",
                "",
                "W",
            ),
            (
                "Households earning up to $48,000 a year, for a family of three, are eligible.",
                "",
                "",
                "W",
            ),
        ],
        [("About 40 people spoke during the three-hour public hearing.", "", "", "W")],
        [
            ("Of those, 26 spoke against the increase.", "", "", "W"),
            ("Most of the others were builders or business owners.", "", "", ""),
        ],
        [
            (
                "Ardella Farwald, 71, who lives on a fixed income on Bend's east side, said she had already stopped watering her lawn.",
                "Ardella Farwald",
                "said",
                "",
            ),
            ("“I'm not asking for sympathy.", "Ardella Farwald", "told councilors", ""),
            (
                "I'm asking you to find the money somewhere else,” she told councilors.",
                "Ardella Farwald",
                "told councilors",
                "",
            ),
        ],
        [
            (
                "According to a 2026 survey of 40 Oregon utilities by the consultancy Quillcrest Partners, Bend's current rates are the 11th lowest in the state.",
                "a 2026 survey of 40 Oregon utilities by the consultancy Quillcrest Partners",
                "According to",
                "W",
            )
        ],
        [
            (
                "The council will hold a second hearing, on new connection fees for builders, on Feb. 3.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The High Desert Home Builders Guild, which had asked for the increase to be phased in over five years, did not respond to a request for comment.",
                "The High Desert Home Builders Guild",
                "did not respond to a request for comment",
                "",
            )
        ],
        [("Related: Tumalo pipeline contract goes to Idaho firm", "", "", "B")],
        [
            (
                "Correction: An earlier version of this story said the council's vote was 6-1.",
                "",
                "",
                "B",
            ),
            ("It was 5-2.", "", "", "B"),
        ],
        [
            (
                "Breckett Ruddenbeck covers City Hall, water and growth for the Register.",
                "",
                "",
                "B",
            ),
            ("Reach him at 541-555-0187 or bruddenbeck@obsidianflatsregister.com.", "", "", "B"),
        ],
        [("Most read", "", "", "B")],
        [("Snow day: all Bend public schools closed Thursday", "", "", "B")],
        [("Downtown parking garage to charge after 6 p.m.", "", "", "B")],
        [
            ("© 2027 The Obsidian Flats Register, a Cascade Foothill Media company.", "", "", "B"),
            ("Terms of Use | Privacy Policy | Do Not Sell My Personal Information", "", "", "B"),
        ],
    ],
    [
        [("hiruwela.lk", "", "", "B")],
        [("Household electricity tariffs cut by 18% from February 1", "", "", "W")],
        [("Sanduni Wathupola-Dissakarage", "", "", "B")],
        [("6–7 minutes", "", "", "B")],
        [
            (
                "Sunlight streams through a window onto an electricity meter at a house in Maharagama.",
                "",
                "",
                "",
            ),
            ("(File photo)", "", "", "B"),
        ],
        [
            (
                "Colombo (Hiruwela) - Electricity tariffs for households will fall by an average of 18 per cent from February 1, the Energy Tariff Board announced on Wednesday, the first cut in household rates since 2022.",
                "The Energy Tariff Board",
                "announced",
                "W",
            )
        ],
        [
            (
                "The Board approved the cut at a meeting on Tuesday, after receiving 2,140 written submissions during a three-week public consultation.",
                "",
                "",
                "W",
            ),
            ("The consultation closed on January 10.", "", "", "W"),
        ],
        [
            (
                "A household using 60 units a month will pay Rs. 855 instead of Rs. 1,050, according to the Board's own example.",
                "the Board's own example",
                "according to",
                "W",
            )
        ],
        [
            (
                "Board Chairman Thilanka Ambegoda-Rathugama told reporters the cut was possible because the state power utility had spent Rs. 41.6 billion less on fuel in 2026 than it forecast, as the reservoirs feeding the hill country's hydropower plants were full for most of the year.",
                "Thilanka Ambegoda-Rathugama",
                "told reporters",
                "W",
            ),
            (
                "He said hydropower had supplied 46 per cent of the country's electricity in 2026, compared with 31 per cent in 2024.",
                "Thilanka Ambegoda-Rathugama",
                "said",
                "W",
            ),
        ],
        [
            (
                '"When the rain is good, the people should see it in their bills," he said.',
                "Thilanka Ambegoda-Rathugama",
                "said",
                "",
            )
        ],
        [("The new rates for households are:", "", "", "")],
        [("0–30 units a month: Rs. 6.50 per unit (was Rs. 8.00)", "", "", "W")],
        [("31–60 units: Rs. 11.00 per unit (was Rs. 13.50)", "", "", "W")],
        [("61–90 units: Rs. 22.00 per unit (was Rs. 27.00)", "", "", "W")],
        [("Above 90 units: Rs. 41.00 per unit (was Rs. 48.00)", "", "", "W")],
        [("The fixed monthly charge for the lowest band stays at Rs. 120.", "", "", "W")],
        [("Also Read: Fuel prices unchanged for January, says petroleum corporation", "", "", "B")],
        [
            (
                'Energy Minister Vishaka Welikanda said in a statement that the cut would "put money back in the pockets of every family".',
                "Vishaka Welikanda",
                "said in a statement",
                "",
            ),
            (
                '"It is a relief that the people have earned after three very hard years," the statement said.',
                "Vishaka Welikanda",
                "said",
                "",
            ),
        ],
        [
            (
                "Dhanushka Muthugala, general secretary of the utility's engineers' union, said the utility still owed banks Rs. 312 billion.",
                "Dhanushka Muthugala",
                "said",
                "W",
            ),
            (
                "He warned that the cut could be reversed in July if the monsoon failed.",
                "Dhanushka Muthugala",
                "warned",
                "",
            ),
            ('"We have been here before," he said.', "Dhanushka Muthugala", "said", ""),
            ('"A good rainy season is not a plan."', "Dhanushka Muthugala", "said", ""),
        ],
        [
            (
                "For Padmalatha Kumarihamy, a retired teacher in Kurunegala, the difference is small but welcome.",
                "",
                "",
                "",
            ),
            (
                "She said her bill for 74 units last month was Rs. 2,380, and that she would save about Rs. 400 a month.",
                "Padmalatha Kumarihamy",
                "said",
                "",
            ),
            ('"It will pay for the gas," she said.', "Padmalatha Kumarihamy", "said", ""),
        ],
        [
            (
                "Nirmalee Pannipitiya-Goonetilleke, who heads the Small Industries Federation, said about 38,000 small factories and workshops pay the industrial tariff and would see no change in their bills.",
                "Nirmalee Pannipitiya-Goonetilleke",
                "said",
                "W",
            ),
            (
                '"Households get relief, and the people who employ them get nothing," she said.',
                "Nirmalee Pannipitiya-Goonetilleke",
                "said",
                "",
            ),
        ],
        [
            (
                "Tariffs for industry, hotels and government institutions were not changed.",
                "",
                "",
                "W",
            ),
            ("The Board said it would review all tariffs again in June.", "The Board", "said", ""),
        ],
        [
            (
                "Get the day's most important stories delivered to your phone every morning in Sinhala, Tamil or English - just send JOIN to 77 555 0101.",
                "",
                "",
                "B",
            )
        ],
        [("Tags: electricity, tariffs, Energy Tariff Board, hydropower", "", "", "B")],
        [("Share this:", "", "", "B")],
        [("Facebook WhatsApp X Email", "", "", "B")],
        [("Related", "", "", "B")],
        [("Rooftop solar owners to be paid Rs. 27 a unit from March", "", "", "B")],
        [("Go to the full version of this page", "", "", "B")],
    ],
    [
        [("You are reading the web edition of The Lubilo Letter.", "", "", "B")],
        [
            (
                "Forwarded this by a friend? Sign up free and get it in your inbox every weekday at 6 a.m.",
                "",
                "",
                "B",
            )
        ],
        [("THE LUBILO LETTER", "", "", "B")],
        [("Lusaka · Wednesday, 20 January 2027 · Issue No. 412", "", "", "B")],
        [
            (
                "Good morning from Lusaka, where the rain has finally stopped and the talk at every bus stop is about one mine.",
                "",
                "",
                "",
            )
        ],
        [("TODAY'S LEAD", "", "", "B")],
        [("Nkolonga mine reopens after three years, with 2,400 jobs promised", "", "", "W")],
        [
            (
                "The Nkolonga copper mine near Chingola restarted its concentrator on Tuesday, three years and two months after it shut when its former owner went into administration.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Mines Minister Chomba Mwanabwalya, who pressed the start button, said the mine would employ 2,400 people directly by the end of June, and that 1,650 of them had already been hired.",
                "Chomba Mwanabwalya",
                "said",
                "W",
            ),
            (
                '"This mine was left for dead," she told workers at the plant.',
                "Chomba Mwanabwalya",
                "told workers at the plant",
                "",
            ),
            (
                '"Today it is breathing again."',
                "Chomba Mwanabwalya",
                "told workers at the plant",
                "",
            ),
        ],
        [
            (
                "The new owner, Mufumbwe Resources, paid US$310 million for the mine in 2025 and says it has spent a further US$185 million on repairs.",
                "Mufumbwe Resources",
                "says",
                "W",
            ),
            (
                "It says it expects to produce 58,000 tonnes of copper this year.",
                "Mufumbwe Resources",
                "says",
                "",
            ),
        ],
        [
            (
                "The chief executive, Likando Kapungwe-Hachinene, told The Lubilo Letter that 71% of the workers hired so far came from Chingola and the surrounding district, against a target of 60%.",
                "Likando Kapungwe-Hachinene",
                "told The Lubilo Letter",
                "W",
            ),
            (
                '"We are not going to bring in people from outside to do jobs that Chingola can do," he said.',
                "Likando Kapungwe-Hachinene",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the first concentrate left the mine by road for a smelter in Kitwe at 2 p.m. on Tuesday.",
                "Likando Kapungwe-Hachinene",
                "said",
                "W",
            ),
            (
                "He would not say what the company had paid the old owner's administrators for its stockpiles.",
                "Likando Kapungwe-Hachinene",
                "would not say",
                "",
            ),
        ],
        [
            ("Not everyone is celebrating.", "", "", ""),
            (
                "Chipasha Mwansalukwe, chairman of the mineworkers' branch at Nkolonga, said about 600 former workers were still owed terminal benefits totalling K94 million by the old owner.",
                "Chipasha Mwansalukwe",
                "said",
                "W",
            ),
            (
                '"A new flag on the gate does not pay a widow," he said.',
                "Chipasha Mwansalukwe",
                "said",
                "",
            ),
        ],
        [
            (
                "Mufumbwe Resources said the benefits were a debt of the old owner's estate, not of the new company.",
                "Mufumbwe Resources",
                "said",
                "W",
            ),
            (
                "It said it had offered jobs to 340 of the former workers.",
                "Mufumbwe Resources",
                "said",
                "W",
            ),
        ],
        [
            (
                "For context: copper makes up about seven in every ten dollars Zambia earns from exports, and the government wants output to triple within a decade.",
                "",
                "",
                "W",
            )
        ],
        [("A WORD FROM OUR SPONSOR", "", "", "B")],
        [
            (
                "Chuma Savings lets you open an account from your phone in five minutes and earn 9% a year on balances over K500.",
                "",
                "",
                "B",
            ),
            ("Terms apply.", "", "", "B"),
        ],
        [("ALSO TODAY", "", "", "B")],
        [
            (
                "Kwacha: The currency closed at K26.84 to the US dollar on Tuesday, its strongest level since August, according to central bank data.",
                "central bank data",
                "according to",
                "W",
            )
        ],
        [
            (
                "Maize: The national grain buyer raised its floor price to K290 for a 50kg bag, up from K250, the agriculture ministry said.",
                "the agriculture ministry",
                "said",
                "W",
            )
        ],
        [
            (
                "Water: About 18,000 homes in Matero and Chunga had no piped water for most of Tuesday after a main burst near the Great North Road, the city's water utility said.",
                "the city's water utility",
                "said",
                "W",
            )
        ],
        [
            (
                "Roads: Work on the Kafue bridge bypass will close one lane for three weeks from Monday, so leave early if you use it.",
                "",
                "",
                "",
            )
        ],
        [
            ("That's it for today.", "", "", "B"),
            (
                "Reply to this email with tips, complaints or praise; a real person reads every one.",
                "",
                "",
                "B",
            ),
        ],
        [("— Nakamba Chilambwe, editor", "", "", "B")],
        [("You received this because you signed up at lubiloletter.co.zm.", "", "", "B")],
        [("Unsubscribe · Update your preferences · Read past editions", "", "", "B")],
        [("The Lubilo Letter, Plot 4412, Chisuwo Road, Lusaka, Zambia", "", "", "B")],
    ],
    [
        [("THE DRUA DISPATCH", "", "", "B")],
        [("A weekly podcast about the Pacific, recorded in Suva", "", "", "B")],
        [("Episodes | About the show | Transcripts | Support us | Get in touch", "", "", "B")],
        [("Episode 47", "", "", "B")],
        [("Why did the Labasa mill crush so little cane?", "", "", "")],
        [("20 January 2027 · 38 min", "", "", "B")],
        [("▶ Play episode", "", "", "B")],
        [("Listen wherever you get your podcasts · Copy the RSS feed", "", "", "B")],
        [("Show notes", "", "", "B")],
        [
            (
                "The sugar mill at Labasa crushed 1.12 million tonnes of cane in the season that ended in December, down from 1.46 million tonnes the year before and the lowest figure since 2010.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Host Mereisi Waqavonovono talks to a growers' leader, a mill engineer and an economist about what went wrong, and what it means for the families on Vanua Levu who grow cane.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Sanjeet Ramdhari-Prakashan, president of the Vanua Levu Cane Growers' Council, says the mill stopped for a total of 41 days during the season because of breakdowns, and that cane left waiting in the fields lost much of its sugar.",
                "Sanjeet Ramdhari-Prakashan",
                "says",
                "W",
            ),
            (
                "He says at least 300 growers will not replant this year.",
                "Sanjeet Ramdhari-Prakashan",
                "says",
                "",
            ),
        ],
        [
            (
                "Growers were paid FJ$85.40 a tonne for the season, against FJ$92.10 the year before.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Ramdhari-Prakashan says the council's 4,600 members delivered 22% less cane than they had contracted to.",
                "Sanjeet Ramdhari-Prakashan",
                "says",
                "W",
            )
        ],
        [
            (
                "Mill engineer Asinate Naivaluvou explains that two of the mill's four boilers were installed in 1971, and that a cane carrier failed in September and took 11 days to repair because the parts came from India.",
                "Asinate Naivaluvou",
                "explains",
                "W",
            )
        ],
        [
            (
                "Labasa Cane Milling Ltd, which is owned by the government, said in a statement to the show that its board had approved FJ$38 million for two new boilers and a new carrier.",
                "Labasa Cane Milling Ltd",
                "said",
                "W",
            ),
            (
                "The company said it expected the work to be finished before the next crushing season starts in June.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "Economist Dr Jiosefa Tukanidrau estimates that the smaller crop took about FJ$47 million out of the economy of Vanua Levu in 2026.",
                "Jiosefa Tukanidrau",
                "estimates",
                "W",
            )
        ],
        [
            (
                "He says Labasa's shops, bus operators and banks will feel it first.",
                "Jiosefa Tukanidrau",
                "says",
                "",
            )
        ],
        [("In this episode", "", "", "B")],
        [("00:00 Introduction", "", "", "B")],
        [("03:12 A season of breakdowns", "", "", "B")],
        [("14:40 Inside the Labasa mill", "", "", "B")],
        [("26:05 What a smaller crop costs the north", "", "", "B")],
        [("34:50 What happens next", "", "", "B")],
        [("Guests", "", "", "B")],
        [("Sanjeet Ramdhari-Prakashan, president, Vanua Levu Cane Growers' Council", "", "", "B")],
        [("Asinate Naivaluvou, mill engineer", "", "", "B")],
        [("Dr Jiosefa Tukanidrau, economist", "", "", "B")],
        [
            (
                "Transcript excerpt (made by machine and checked by us, so a few words may still be wrong)",
                "",
                "",
                "B",
            )
        ],
        [
            ("MEREISI WAQAVONOVONO: Sanjeet, you have grown cane for thirty years.", "", "", ""),
            ("What was different about this season?", "", "", ""),
        ],
        [
            (
                "SANJEET RAMDHARI-PRAKASHAN: The mill stopped forty-one days.",
                "Sanjeet Ramdhari-Prakashan",
                "SANJEET RAMDHARI-PRAKASHAN:",
                "W",
            ),
            (
                "In thirty years I have never seen that.",
                "Sanjeet Ramdhari-Prakashan",
                "SANJEET RAMDHARI-PRAKASHAN:",
                "",
            ),
        ],
        [("WAQAVONOVONO: Forty-one days?", "", "", "")],
        [
            (
                "RAMDHARI-PRAKASHAN: Forty-one.",
                "Sanjeet Ramdhari-Prakashan",
                "RAMDHARI-PRAKASHAN:",
                "W",
            ),
            (
                "My cane was cut in August and it sat in the field for nine days before a lorry could take it.",
                "Sanjeet Ramdhari-Prakashan",
                "RAMDHARI-PRAKASHAN:",
                "",
            ),
            (
                "Every day it sits, you lose money.",
                "Sanjeet Ramdhari-Prakashan",
                "RAMDHARI-PRAKASHAN:",
                "",
            ),
        ],
        [
            (
                "WAQAVONOVONO: The milling company says the money for new boilers has been approved.",
                "The milling company",
                "says",
                "W",
            ),
            ("Do you believe it?", "", "", ""),
        ],
        [
            (
                "RAMDHARI-PRAKASHAN: I will believe it when I see the boilers.",
                "Sanjeet Ramdhari-Prakashan",
                "RAMDHARI-PRAKASHAN:",
                "",
            )
        ],
        [("Read the full transcript", "", "", "B")],
        [("Support the show", "", "", "B")],
        [
            (
                "The Drua Dispatch is free because listeners chip in, and FJ$10 a month pays for an hour in the studio.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Produced by Kelesi Vatuwaqa · Sound by Ashneel Bhikhapersad · Music by the Nasea Strings",
                "",
                "",
                "B",
            )
        ],
        [("Previous episode", "", "", "B")],
        [("Episode 46: The nurses who left for Auckland", "", "", "B")],
        [("© 2027 Drua Audio, Suva", "", "", "B")],
    ],
    [
        [("CHARLAND RIGHTS INITIATIVE", "", "", "B")],
        [("Home › Our work › Publications › Reports", "", "", "B")],
        [("Who we are | Where we work | Publications | News | Get involved | Donate", "", "", "B")],
        [("REPORT LAUNCH", "", "", "B")],
        [
            (
                "Riverbank erosion left 41,300 people homeless in two northern districts last year",
                "",
                "",
                "W",
            )
        ],
        [("Published 21 January 2027 · 6 min read", "", "", "B")],
        [("Download the full report (PDF, 3.8 MB)", "", "", "B")],
        [("Download the summary in Bangla (PDF, 1.1 MB)", "", "", "B")],
        [
            (
                "Erosion along the Jamuna and Brahmaputra rivers destroyed the homes of 41,300 people in Kurigram and Sirajganj districts in 2026, the highest number in a decade, according to a report launched today by the Charland Rights Initiative.",
                "a report launched today by the Charland Rights Initiative",
                "according to",
                "W",
            )
        ],
        [
            (
                'The report, "Nowhere Left to Stand", is based on a survey of 2,614 displaced households carried out between August and November 2026, and on satellite images of the riverbanks.',
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Field teams interviewed families in 37 unions of the two districts, and every household was visited twice.",
                "",
                "",
                "W",
            )
        ],
        [("Key findings", "", "", "B")],
        [
            (
                "41,300 people lost their homes to erosion in 2026, up from 26,900 in 2025.",
                "",
                "",
                "W",
            )
        ],
        [("2,870 hectares of farmland were washed away.", "", "", "W")],
        [
            (
                "62% of the households surveyed had received no government support six months later.",
                "",
                "",
                "W",
            )
        ],
        [("One household in five had moved at least three times in ten years.", "", "", "W")],
        [
            (
                'Speaking at the launch at a hotel in Dhaka, the organisation\'s executive director, Nazmunnahar Tolapatra, said most of the families had been given 30 kg of rice and Tk 2,000 in cash, "which lasts about two weeks".',
                "Nazmunnahar Tolapatra",
                "said",
                "W",
            ),
            (
                '"Nobody who loses a house and a field should be left to start again with two weeks of rice," she said.',
                "Nazmunnahar Tolapatra",
                "said",
                "",
            ),
        ],
        [
            (
                "The report's lead author, Rafsan Mostofa Ghorami, said satellite images showed the Jamuna had moved 1.4 km west at one point near Chauhali in a single monsoon.",
                "Rafsan Mostofa Ghorami",
                "said",
                "W",
            ),
            ('"The river is doing what rivers do," he said.', "Rafsan Mostofa Ghorami", "said", ""),
            (
                '"What we are asking is that the state plans for it."',
                "Rafsan Mostofa Ghorami",
                "said",
                "",
            ),
        ],
        [
            (
                "The report calls on the government to set up a fund to buy land for families who lose theirs, and to double the cash grant to Tk 4,000.",
                "The report",
                "calls on",
                "",
            )
        ],
        [
            (
                "Your gift of Tk 1,500 pays for a family's tin roof and frame after the river takes their house.",
                "",
                "",
                "B",
            ),
            ("Give now", "", "", "B"),
        ],
        [
            (
                "Hasnahena Mondalgir, 38, who has lived on four different chars since 2017, told the launch that her family now shares one room on an embankment with her husband's brother's family.",
                "Hasnahena Mondalgir",
                "told the launch",
                "",
            ),
            (
                '"Each time the river takes the house, we start again with less," she said.',
                "Hasnahena Mondalgir",
                "said",
                "",
            ),
        ],
        [
            (
                "Shahriar Jotdar, a joint secretary at the disaster management ministry who attended the launch, said the government had given 11,200 families in the two districts new plots under a housing programme since 2023.",
                "Shahriar Jotdar",
                "said",
                "W",
            ),
            (
                "He said the ministry would study the report's recommendations.",
                "Shahriar Jotdar",
                "said",
                "",
            ),
        ],
        [
            (
                "Responding to him, Tolapatra said the organisation's survey had found only 96 of the 2,614 households on the list for a plot.",
                "Nazmunnahar Tolapatra",
                "said",
                "W",
            ),
            (
                '"Eleven thousand plots in three years is a start," she said.',
                "Nazmunnahar Tolapatra",
                "said",
                "",
            ),
            (
                '"But the river took forty thousand homes in one."',
                "Nazmunnahar Tolapatra",
                "said",
                "W",
            ),
        ],
        [("Media enquiries", "", "", "B")],
        [("Ishtiaque Poddar, communications lead", "", "", "B")],
        [("press@charlandrights.org.bd | +880 1555 014 227", "", "", "B")],
        [("Stay in touch: join our mailing list for new reports and field stories.", "", "", "B")],
        [
            (
                "Charland Rights Initiative is registered with the NGO Affairs Bureau, registration no. 3318.",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2027 Charland Rights Initiative.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("THE THORN", "", "", "B")],
        [
            (
                "Independent student newspaper of Mokolwane University, Gaborone · Since 1989",
                "",
                "",
                "B",
            )
        ],
        [("News | Sport | Arts | Opinion | Campus Life | Write for us", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("Hostel fees to rise 14% as students march on admin block", "", "", "W")],
        [("By Thorn staff writer Tshiamo Rapelang-Dikgang", "", "", "B")],
        [("25 January 2027", "", "", "B")],
        [
            (
                "Editor's note: The writer of this article sits on the SRC's media committee but took no part in the decisions reported here.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "About 600 students marched from the hostels to the administration block on Monday afternoon in protest at a 14% rise in hostel fees from the second semester.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The university confirmed that the fee for a shared room will go from P4,200 to P4,788 a semester, and for a single room from P5,600 to P6,384.",
                "The university",
                "confirmed",
                "W",
            ),
            ("It is the second rise in two years.", "", "", "W"),
        ],
        [
            (
                "SRC president Gaolatlhe Mmolawa-Tshipa, who addressed the crowd through a loudhailer on the steps of the block, said the government sponsorship that most students live on pays P4,500 a semester for accommodation.",
                "Gaolatlhe Mmolawa-Tshipa",
                "said",
                "W",
            ),
            (
                '"So from July, a student on sponsorship who lives on campus will owe the university money before they have eaten," he said.',
                "Gaolatlhe Mmolawa-Tshipa",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the SRC had not been consulted, and that the rise was approved at a council meeting on 9 December, after students had gone home for the holidays.",
                "Gaolatlhe Mmolawa-Tshipa",
                "said",
                "W",
            ),
            (
                "He said the SRC would hold a sit-in at the block on Thursday if the council did not suspend the rise.",
                "Gaolatlhe Mmolawa-Tshipa",
                "said",
                "",
            ),
        ],
        [
            (
                "The council is the university's governing body, and two of its 19 seats are held by students.",
                "",
                "",
                "W",
            ),
            (
                "Neither student member was at the 9 December meeting, according to the minutes.",
                "the minutes",
                "according to",
                "W",
            ),
        ],
        [
            (
                "According to the university's own prospectus, about 3,900 of its 11,400 students live in its six hostels.",
                "the university's own prospectus",
                "According to",
                "W",
            )
        ],
        [
            (
                'Some marchers carried placards reading "P4,788 for a bed?" and "Sponsorship P4,500".',
                "",
                "",
                "",
            ),
            ("Others sang outside the Vice-Chancellor's office for about an hour.", "", "", "W"),
        ],
        [
            (
                "The Thorn meets every Wednesday at 5pm in room B114 of the Student Centre, and we are always looking for new writers, photographers and illustrators.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                'In a statement read to the marchers by the dean of students, Dr Boikanyo Sebopelo-Mabote, the Vice-Chancellor, Professor Tlotlego Kgosiemang-Rakhudu, said the increase was "regrettable but unavoidable".',
                "Tlotlego Kgosiemang-Rakhudu",
                "said",
                "",
            ),
            (
                "The university's electricity and water bills for the hostels rose by P11.3 million over the past two years, and the hostels have run at a loss since 2024, the statement said.",
                "Tlotlego Kgosiemang-Rakhudu",
                "said",
                "W",
            ),
        ],
        [
            (
                '"We will meet the SRC before the end of this month," the statement said.',
                "Tlotlego Kgosiemang-Rakhudu",
                "said",
                "",
            ),
            (
                "Dr Sebopelo-Mabote declined to answer questions from students after reading it.",
                "Boikanyo Sebopelo-Mabote",
                "declined to answer questions",
                "",
            ),
        ],
        [
            (
                "First-year student Keitumetse Ntwaagae, 19, said her parents had already paid for the first semester with money borrowed from her uncle.",
                "Keitumetse Ntwaagae",
                "said",
                "",
            ),
            (
                '"I don\'t know what we will do in July," she said.',
                "Keitumetse Ntwaagae",
                "said",
                "",
            ),
        ],
        [
            ("She is not alone.", "", "", ""),
            (
                "The SRC said 212 students had signed a form at its office by Monday evening asking for help with the new fee.",
                "The SRC",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the sponsorship department at the education ministry said the accommodation allowance had not changed since 2022 and was under review.",
                "A spokesperson for the sponsorship department at the education ministry",
                "said",
                "W",
            )
        ],
        [
            ("The march ended peacefully shortly after 4pm.", "", "", "W"),
            ("Campus security said no one was hurt.", "Campus security", "said", "W"),
        ],
        [
            (
                "Have something to say about this story? Letters to the editor can be sent to letters@thornnews.ac.bw and must be under 300 words.",
                "",
                "",
                "B",
            )
        ],
        [
            ("The Thorn is editorially independent of the university and of the SRC.", "", "", "B"),
            ("Opinions expressed in our Opinion section are those of the writers.", "", "", "B"),
        ],
        [("Read next", "", "", "B")],
        [("Thorn Sport: netball team through to the national varsity final", "", "", "B")],
        [("© 2027 The Thorn Student Media Society", "", "", "B")],
    ],
]

CASES = [
    (
        "n97-sc-quote-after-said",
        "“Islanders have been let down again,” she said. “I will not sign off another penny until I see a programme I can believe.”",
        [
            "“Islanders have been let down again,” she said.",
            "“I will not sign off another penny until I see a programme I can believe.”",
        ],
    ),
    (
        "n97-sc-delay-scandal-split-quote",
        "Opposition islands spokesman Dùghall Feorlinn said the bill for the two new west coast ferries had now passed £390m. “Ministers keep calling this a delay. It is a scandal,” he said.",
        [
            "Opposition islands spokesman Dùghall Feorlinn said the bill for the two new west coast ferries had now passed £390m.",
            "“Ministers keep calling this a delay.",
            "It is a scandal,” he said.",
        ],
    ),
    (
        "n97-sc-colon-quote-then-declined",
        "In its update, the yard said: “We recognise the effect on island communities and we apologise for it.” A spokesperson for the yard declined to say whether it would pay further penalties to the operator.",
        [
            "In its update, the yard said: “We recognise the effect on island communities and we apologise for it.”",
            "A spokesperson for the yard declined to say whether it would pay further penalties to the operator.",
        ],
    ),
    (
        "n97-na-rattle-short-line",
        "At half past five on a Tuesday morning, Immanuel Khaxab-Verwey is already on the water, hauling a basket of oysters out of the bay and shaking it to hear whether the shells rattle. A rattle means empty shells.",
        [
            "At half past five on a Tuesday morning, Immanuel Khaxab-Verwey is already on the water, hauling a basket of oysters out of the bay and shaking it to hear whether the shells rattle.",
            "A rattle means empty shells.",
        ],
    ),
    (
        "n97-na-says-eggs",
        "“Last March I opened forty baskets and thirty-one were dead,” he says. “You smell it before you see it. The whole bay smells of eggs.”",
        [
            "“Last March I opened forty baskets and thirty-one were dead,” he says.",
            "“You smell it before you see it.",
            "The whole bay smells of eggs.”",
        ],
    ),
    (
        "n97-na-dr-explains-how-often",
        "Dr Hilja Nangombe-Ruusa, a marine biologist at the Namib Coastal Research Institute in Swakopmund, explains that the cold current along the coast brings up water with almost no oxygen in it, and that oysters, which cannot swim away, simply suffocate. “These events have always happened,” she says. “What has changed is how often. We logged nine last year, and two of them lasted more than a week.”",
        [
            "Dr Hilja Nangombe-Ruusa, a marine biologist at the Namib Coastal Research Institute in Swakopmund, explains that the cold current along the coast brings up water with almost no oxygen in it, and that oysters, which cannot swim away, simply suffocate.",
            "“These events have always happened,” she says.",
            "“What has changed is how often.",
            "We logged nine last year, and two of them lasted more than a week.”",
        ],
    ),
    (
        "n97-na-author-bio",
        "Tuyeni Ndeshipanda writes about the sea and the people who work it from Swakopmund. Her reporting on the pilchard collapse won the 2025 Kalahari Press Prize.",
        [
            "Tuyeni Ndeshipanda writes about the sea and the people who work it from Swakopmund.",
            "Her reporting on the pilchard collapse won the 2025 Kalahari Press Prize.",
        ],
    ),
    (
        "n97-na-pty-ltd-windhoek",
        "Korridor Media (Pty) Ltd, Windhoek. Nothing here may be reproduced without our written permission.",
        [
            "Korridor Media (Pty) Ltd, Windhoek.",
            "Nothing here may be reproduced without our written permission.",
        ],
    ),
    (
        "n97-my-jan-sdn-bhd-lead",
        "KUALA LUMPUR, Malaysia, Jan. 12, 2027 /Pressbeacon/ -- Rimbaku Coldhaul Berhad, the Bursa-listed cold chain group, said today it has agreed to buy all of Dingin Serumpun Sdn. Bhd., which runs three frozen and chilled warehouses in Pasir Gudang, for RM218 million in cash. Dingin Serumpun's warehouses hold 48,000 pallet positions and were 91% full on average in 2026. The purchase will raise the group's capacity by about 36%, to 181,000 pallet positions.",
        [
            "KUALA LUMPUR, Malaysia, Jan. 12, 2027 /Pressbeacon/ -- Rimbaku Coldhaul Berhad, the Bursa-listed cold chain group, said today it has agreed to buy all of Dingin Serumpun Sdn. Bhd., which runs three frozen and chilled warehouses in Pasir Gudang, for RM218 million in cash.",
            "Dingin Serumpun's warehouses hold 48,000 pallet positions and were 91% full on average in 2026.",
            "The purchase will raise the group's capacity by about 36%, to 181,000 pallet positions.",
        ],
    ),
    (
        "n97-my-said-datuk-after-quote",
        "“Johor is where the frozen food for half of Singapore's supermarkets now crosses the border, and we have had no warehouse there,” said Datuk Zahiruddin Rusmadi, Group Managing Director of Rimbaku Coldhaul. “This gives us one overnight.”",
        [
            "“Johor is where the frozen food for half of Singapore's supermarkets now crosses the border, and we have had no warehouse there,” said Datuk Zahiruddin Rusmadi, Group Managing Director of Rimbaku Coldhaul.",
            "“This gives us one overnight.”",
        ],
    ),
    (
        "n97-my-about-boilerplate-url",
        "Rimbaku Coldhaul Berhad (Bursa: RIMCOLD) is a leading provider of temperature-controlled warehousing and distribution in Malaysia. Founded in 1996, the group operates 11 facilities and a fleet of more than 600 refrigerated vehicles, serving food, pharmaceutical and retail customers across the peninsula. For more information, visit www.rimbaku-coldhaul.com.my.",
        [
            "Rimbaku Coldhaul Berhad (Bursa: RIMCOLD) is a leading provider of temperature-controlled warehousing and distribution in Malaysia.",
            "Founded in 1996, the group operates 11 facilities and a fleet of more than 600 refrigerated vehicles, serving food, pharmaceutical and retail customers across the peninsula.",
            "For more information, visit www.rimbaku-coldhaul.com.my.",
        ],
    ),
    (
        "n97-my-copyright-sdn-bhd",
        "© 2027 Pressbeacon Asia Sdn. Bhd. All rights reserved.",
        ["© 2027 Pressbeacon Asia Sdn. Bhd.", "All rights reserved."],
    ),
    (
        "n97-gh-cedi-figures",
        "The lights cost GH₵4.6 million. Of that, GH₵2.9 million came from the club's own funds and GH₵1.7 million from supporters' branches, who raised the money over 14 months.",
        [
            "The lights cost GH₵4.6 million.",
            "Of that, GH₵2.9 million came from the club's own funds and GH₵1.7 million from supporters' branches, who raised the money over 14 months.",
        ],
    ),
    (
        "n97-gh-father-fan",
        "Ahwenepa-Nimo, 22, told Royals TV that he had turned down two clubs in the top division of another West African country to sign a three-year contract in Kumasi. “My father was a Royals fan. Now I am one too,” he said.",
        [
            "Ahwenepa-Nimo, 22, told Royals TV that he had turned down two clubs in the top division of another West African country to sign a three-year contract in Kumasi.",
            "“My father was a Royals fan.",
            "Now I am one too,” he said.",
        ],
    ),
    (
        "n97-gh-copyright-privacy-links",
        "© 2027 Nsuase Royals Football Club. All rights reserved. Privacy | Cookies | Safeguarding | Contact the club",
        [
            "© 2027 Nsuase Royals Football Club.",
            "All rights reserved.",
            "Privacy | Cookies | Safeguarding | Contact the club",
        ],
    ),
    (
        "n97-tt-honourable-dr",
        "Speaking at a media briefing at the Ministry's head office in Port of Spain on Thursday, the Minister of Health and Community Care, the Honourable Dr. Deodat Bissoondial-Gookool, said the Ministry had extended its fogging programme to 94 communities, up from 51 in December. He said 40 additional vector control officers had been hired on six-month contracts and would begin work on Monday 18th January.",
        [
            "Speaking at a media briefing at the Ministry's head office in Port of Spain on Thursday, the Minister of Health and Community Care, the Honourable Dr. Deodat Bissoondial-Gookool, said the Ministry had extended its fogging programme to 94 communities, up from 51 in December.",
            "He said 40 additional vector control officers had been hired on six-month contracts and would begin work on Monday 18th January.",
        ],
    ),
    (
        "n97-tt-am-pm-times",
        "Fogging teams will work between 5:00 a.m. and 7:30 a.m. and between 5:00 p.m. and 7:00 p.m. Residents are asked to open windows and doors when a team passes.",
        [
            "Fogging teams will work between 5:00 a.m. and 7:30 a.m. and between 5:00 p.m. and 7:00 p.m.",
            "Residents are asked to open windows and doors when a team passes.",
        ],
    ),
    (
        "n97-mt-pm-everyone-welcome",
        "The council will hold a meeting for residents about the closure at the parish hall on 11 February at 6.30 p.m. Everyone is welcome.",
        [
            "The council will hold a meeting for residents about the closure at the parish hall on 11 February at 6.30 p.m.",
            "Everyone is welcome.",
        ],
    ),
    (
        "n97-mt-he-was-fine",
        "Ċettina Ċassarella-Borġ, who brings her two children to the front on most Sundays, said she would now let them ride their bikes there. “Last summer a car clipped my son's handlebar outside the church,” she said. “He was fine. I wasn't.”",
        [
            "Ċettina Ċassarella-Borġ, who brings her two children to the front on most Sundays, said she would now let them ride their bikes there.",
            "“Last summer a car clipped my son's handlebar outside the church,” she said.",
            "“He was fine.",
            "I wasn't.”",
        ],
    ),
    (
        "n97-us-ore-lead-date",
        "BEND, Ore. — The City Council voted 5-2 late Wednesday to raise water rates by 9.5% a year for the next three years, the first increase of more than 4% since 2011. The increases take effect March 1, 2027.",
        [
            "BEND, Ore. — The City Council voted 5-2 late Wednesday to raise water rates by 9.5% a year for the next three years, the first increase of more than 4% since 2011.",
            "The increases take effect March 1, 2027.",
        ],
    ),
    (
        "n97-us-correction-box",
        "Correction: An earlier version of this story said the council's vote was 6-1. It was 5-2.",
        [
            "Correction: An earlier version of this story said the council's vote was 6-1.",
            "It was 5-2.",
        ],
    ),
    (
        "n97-us-bio-reach",
        "Breckett Ruddenbeck covers City Hall, water and growth for the Register. Reach him at 541-555-0187 or bruddenbeck@obsidianflatsregister.com.",
        [
            "Breckett Ruddenbeck covers City Hall, water and growth for the Register.",
            "Reach him at 541-555-0187 or bruddenbeck@obsidianflatsregister.com.",
        ],
    ),
    (
        "n97-lk-rs-billion-warned",
        'Dhanushka Muthugala, general secretary of the utility\'s engineers\' union, said the utility still owed banks Rs. 312 billion. He warned that the cut could be reversed in July if the monsoon failed. "We have been here before," he said. "A good rainy season is not a plan."',
        [
            "Dhanushka Muthugala, general secretary of the utility's engineers' union, said the utility still owed banks Rs. 312 billion.",
            "He warned that the cut could be reversed in July if the monsoon failed.",
            '"We have been here before," he said.',
            '"A good rainy season is not a plan."',
        ],
    ),
    (
        "n97-lk-rs-bill-private",
        'For Padmalatha Kumarihamy, a retired teacher in Kurunegala, the difference is small but welcome. She said her bill for 74 units last month was Rs. 2,380, and that she would save about Rs. 400 a month. "It will pay for the gas," she said.',
        [
            "For Padmalatha Kumarihamy, a retired teacher in Kurunegala, the difference is small but welcome.",
            "She said her bill for 74 units last month was Rs. 2,380, and that she would save about Rs. 400 a month.",
            '"It will pay for the gas," she said.',
        ],
    ),
    (
        "n97-zm-pm-would-not-say",
        "He said the first concentrate left the mine by road for a smelter in Kitwe at 2 p.m. on Tuesday. He would not say what the company had paid the old owner's administrators for its stockpiles.",
        [
            "He said the first concentrate left the mine by road for a smelter in Kitwe at 2 p.m. on Tuesday.",
            "He would not say what the company had paid the old owner's administrators for its stockpiles.",
        ],
    ),
    (
        "n97-zm-sponsor-terms",
        "Chuma Savings lets you open an account from your phone in five minutes and earn 9% a year on balances over K500. Terms apply.",
        [
            "Chuma Savings lets you open an account from your phone in five minutes and earn 9% a year on balances over K500.",
            "Terms apply.",
        ],
    ),
    (
        "n97-fj-forty-one-prefix",
        "RAMDHARI-PRAKASHAN: Forty-one. My cane was cut in August and it sat in the field for nine days before a lorry could take it. Every day it sits, you lose money.",
        [
            "RAMDHARI-PRAKASHAN: Forty-one.",
            "My cane was cut in August and it sat in the field for nine days before a lorry could take it.",
            "Every day it sits, you lose money.",
        ],
    ),
    (
        "n97-bd-km-quote-state",
        'The report\'s lead author, Rafsan Mostofa Ghorami, said satellite images showed the Jamuna had moved 1.4 km west at one point near Chauhali in a single monsoon. "The river is doing what rivers do," he said. "What we are asking is that the state plans for it."',
        [
            "The report's lead author, Rafsan Mostofa Ghorami, said satellite images showed the Jamuna had moved 1.4 km west at one point near Chauhali in a single monsoon.",
            '"The river is doing what rivers do," he said.',
            '"What we are asking is that the state plans for it."',
        ],
    ),
    (
        "n97-bw-confirmed-second-rise",
        "The university confirmed that the fee for a shared room will go from P4,200 to P4,788 a semester, and for a single room from P5,600 to P6,384. It is the second rise in two years.",
        [
            "The university confirmed that the fee for a shared room will go from P4,200 to P4,788 a semester, and for a single room from P5,600 to P6,384.",
            "It is the second rise in two years.",
        ],
    ),
    (
        "n97-bw-statement-dr-declined",
        '"We will meet the SRC before the end of this month," the statement said. Dr Sebopelo-Mabote declined to answer questions from students after reading it.',
        [
            '"We will meet the SRC before the end of this month," the statement said.',
            "Dr Sebopelo-Mabote declined to answer questions from students after reading it.",
        ],
    ),
]
