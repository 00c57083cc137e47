"""Eighty-third set of new hand-labelled pages for the hint engines (tuning set, round thirty-seven):
twelve WHOLE pages, head to tail, from twelve kinds of site whose FURNITURE is hard to tell from
story, each worded the site's own way and with furniture at the head, in the middle of the story
and at the tail: a US public radio station's news page with a listen player, a donation ask
mid-story and an underwriting credit (Michigan); a Kenyan daily with "ALSO READ" links and a
WhatsApp channel prompt mid-story (Nakuru); an Indian English portal's city page with a "Follow us"
strip and a disclaimer (Pune); a Japanese English daily with a subscriber lock and a related-topics
list (Akita Prefecture); a Canadian local TV station with a weather widget, video timestamps and
"Report a typo" (Alberta); a UK regional daily with a cookie-consent block pasted mid-page and
reader comments at the tail (North Yorkshire); a South African portal with a poll and an ad label
mid-story (Durban); a newsletter post on a newsletter platform with subscribe prompts, like and
restack counts and an author bio (Boise, Idaho); a Brazilian English-language portal with a
machine-translation notice (Belo Horizonte); a Gulf daily with a prayer-times strip and a gold-rate
ticker (Sharjah); an Australian broadcaster with a key-points box, "Posted/updated" stamps and an
acknowledgement of country (Tasmania); and a German English-language edition with a
data-protection notice for embedded content and a photo-gallery counter (Cologne). The story lines
are ordinary news with speakers and figures. Some furniture lines read like sentences (a donation
ask, an underwriting credit, a subscriber notice, a disclaimer, notes on the translation, an
embed-consent notice, bios, an acknowledgement of country, reader comments), and some story lines
look like furniture (subheads, cost and diversion lists, a numbers box, key points, a last-bus
line, a newsletter's figure lines, a video description). The pages hold 529 sentences: 262 "B",
162 "W" and 105 ""; 174 sentences carry a speaker. `STYLES` describes each page, its story, its
speakers and its furniture in order.

Written from scratch for issue 13 in round thirty-seven, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/` or `tests/benchmarks/`, and no README of the project was read; `claimreview` was never
imported, and no test, scorer, engine or `pytest` was run. The search and fetch tools were not
used, and nothing was copied from anywhere. The brief was read; `/tmp/brief` was listed (it held
only the brief) and `/tmp/sets` was listed (empty at first; later it held another helper's
`labelled_heldout60.py`, seen as a name only and never opened). What was read for the format: the
module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); a listing, printed by a script of my own, of the module docstring, the import
line, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of
`labelled_new82.py` (the tool cut the printing in the middle, so that listing and the same listing
of `labelled_new81.py` were saved to files in /tmp and printed again in parts with `sed`, lines cut
to 1,200-1,800 characters, and one stretch of the `labelled_new81.py` listing through a `grep -o`
that kept only the sentence tuples; what was seen: both docstrings and both `STYLES`, the two
first pages of `labelled_new82.py` except part of the middle of its first page, its first eight
cases, and about the first page of `labelled_new81.py`; its second page and its cases were never
seen); `build` in `labelled_articles.py` (a `grep -n "def build" -A15` listing); and the
`[tool.ruff]` tables of `pyproject.toml` (a `sed` listing). No other page, case or docstring of any
file under `tests/` was read. What was run: read-only `git status --short` (it listed
`claimreview/text/attribution.py` as modified by someone else, a name only, never opened); a count
of the `labelled*` names in `tests/text` and an `ls -la tests/text` filtered to the names
`new8[3-9]` and `heldout6` (it showed only `labelled_heldout6.py`, a name); a check that the ruff
binary exists; a Python one-liner printing the calendar of July and August 2026 to check weekdays;
scripts of my own in /tmp that turn a small line format into the literals below, rename coined
names, cut the split cases out of the pages and count sentences and flags; an import of this file
with `build` on every page; a checking script of my own (four fields, flags, a cue for every
speaker and a speaker for every cue, no speaker on "B" lines, the sentence count, every split case
occurring verbatim in a built page and equal to its sentences joined by single spaces);
whole-word, case-insensitive counts over `tests/` and `/tmp/sets` of every capitalised word of
these pages, speakers and cues (each part of a hyphenated name on its own) and of candidate
replacements, printing file counts only (`grep -rilw ... | wc -l`; the first full run had the
`--include=*.py` filter misplaced, so it counted all files, not only Python files), and for batches
of candidate names a `grep -rhoiwF -f` that printed only which of my own candidate words occur;
counts of the outlet names as phrases (`grep -rilF ... | wc -l`); and, to see whether a dozen hits
of single coined names came from one file, the md5 of each hit's path list and the size and date
of one hit file (no name or content printed: they were different files); and `ruff format` and `ruff check` on this file (the check read the file as `tests/text/labelled_new83.py` through `--stdin-filename`, so that the project's per-file ignores for `tests/**` apply; at its /tmp path the only findings are E501 line lengths, which those ignores cover; the first ruff runs left a `.ruff_cache` folder in the project, which they had created, and it was removed, later runs using `--no-cache`). The first draft's coined
people, outlets, firms, streets, schools and a town hit about ninety words of other files (even
rare-looking surnames); each was renamed, mostly to given names checked in batches and to
surnames built from syllables, and only replacements with no hit were kept; a last count-only pass, run after another helper's file had appeared in `/tmp/sets`, found three of this set's names (a surname part and two given names) newly used there, and they were renamed to words with no hit. What still hits is real
places, regions and bodies (Cologne, Sharjah, Lethbridge, Belo Horizonte, São Paulo, Tasmania,
Tamar, Iwate, Tohoku, Kericho, Umhlanga, the Thumb, PMPML, PMC), common words and generic parts of
names (Courant, Dispatch, Notebook, Chowk, Vidyalaya, Mall, Auto) and currency amounts (Sh41,
Sh700); none of the outlet names as a phrase.

Every person, outlet, station call sign, street, estate, market, chowk, flyover, school, tower,
firm, dealership, club, foundation, village, town named Kurohori, beach named Kingfish Bay, reader
and number is invented. Real countries, regions, cities and public bodies appear only as settings,
with invented figures and invented people in their offices: Michigan, Bay City, Saginaw, Midland
(in a headline), the Saginaw Bay watershed, the Thumb and the U.S. Environmental Protection Agency;
Kenya, Nakuru and its County Government, County Assembly and Law Courts, Nairobi, Eldoret, Kericho,
Naivasha and Njoro; India, Pune, the Pune Municipal Corporation (PMC), PMPML, Swargate, Katraj and
the IMD (in links); Japan, Akita Prefecture and its police and government, Iwate (in a headline),
Tohoku (inside an invented institute's name) and the Environment Ministry; Canada, Alberta,
Lethbridge and its fire service, police service and city, Coaldale, Environment and Climate Change
Canada (ECCC), Agriculture Financial Services Corporation (AFSC) and the Insurance Bureau of
Canada; England, North Yorkshire and North Yorkshire Council, Thirsk and Easingwold; South Africa,
KwaZulu-Natal, Durban, the eThekwini Municipality, the Durban University of Technology, Gauteng,
Benoni and Umhlanga (in a headline); Idaho, Oregon, Boise, its North End and the Boise School
District; Brazil, Minas Gerais, Belo Horizonte, Venda Nova, São Paulo and Contagem (in headlines);
the UAE, Sharjah, Al Nahda, Jebel Ali, Ajman, Dubai (in the gold line), the Sharjah Electricity,
Water and Gas Authority (SEWA) and the National Centre of Meteorology; Australia, Tasmania,
Launceston and Launceston City Council, the Tamar, Devonport and Hobart (in a headline); Germany,
North Rhine-Westphalia, Cologne and its Mülheim district, the Hohenzollern Bridge, Deutsche Bahn
and the Düsseldorf district government. Facebook, X, WhatsApp, Telegram, Instagram, YouTube and
Google News appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points `labelled_new81.py` and `labelled_new82.py` state, as far as their
docstrings were read, hold too: furniture "B" line by line, whatever it says; a caption by its
content and its credit (and a video's timestamp or running time) "B"; headlines and standfirsts
never split; a pronoun, a later surname or a title resolved to the full name as first given; an
organisation's later generic noun kept as written ("The company", "the association", "The agency",
"the service", "the city", "The city", "The council", "The district") and "It" resolved to the name
as first given; "said in a statement", "told me" and a channel after the verb kept in the cue; a
private person's own circumstances "" and that person's account of what an institution did "W";
decisions, votes, rules, dates fixed, figures of record and an institution's expected date "W";
hedges, hopes, intentions, forecasts, advice, opinions, feelings and questions ""; reader comments
"B" whole.

Conventions this set had to settle, in the same spirit:

* Furniture that reads like prose is "B" sentence by sentence: the radio station's donation ask
  (two sentences) and its underwriting credit, the reporter's bio with a year, the Japanese
  daily's subscriber notice, the Pune portal's disclaimer and its advice to readers, the Brazilian
  portal's translation notice, its note that quotes were translated, its bracketed editor's note
  on "tarifa zero" and its machine-translation line, the German edition's embed notice and its
  three-sentence consent line, the newsletter's reader-supported prompt, paid-upgrade ask (with
  prices), thanks-for-reading prompt and author bio, the broadcaster's newsletter prompt and its
  acknowledgement of country, a Google News prompt, and the cookie-consent block.
* Strips and widgets are "B": the listen player with its length, the weather widget, the
  watch-live prompt, an app prompt, the prayer-times strip and the gold-rate line (pasted
  mid-story), the lock label, gallery counters ("1 / 12", "4 / 12"), a video's "0:00 / 2:31" and
  "1:58", "Report a typo or error", "ADVERTISEMENT", "Continue reading below", the poll's heading,
  question, answers and vote line, "Gift this article", like and restack counts and the
  "Posted/updated" stamps at the head and at the foot.
* Story lines that look like furniture keep their story labels: subheads ("What the money pays
  for", "What happens next", "The 74 in numbers", "Diversions in place:", "Here are the numbers
  the board had in front of it:") are ""; the lines of a cost list, a diversions list, a numbers
  box, a newsletter's figure list and the key-points box are "W" (a key point that hedges, "Swim
  clubs say members may have to ...", is ""); "Last bus: 5.40pm from Thirsk Market Place, Friday 4
  September" is "W"; the "Key points:" heading is "B".
* A video title line ("VIDEO: Farmers east of Lethbridge count their crop losses") is "B" like a
  related link; the description under it is story ("Farmers say up to 60 per cent ...", a hedge,
  with "Farmers" kept as written).
* Standfirsts: "as the county insists ..." carries the Nakuru County Government the body names;
  "Operator says" carries Sallthorpe Coaches; "Building management says" carries Orchidwell
  Property Management; "Lifesavers say", "Swim clubs say" and "Farmers say" are groups without a
  proper name and are kept as written. A newsletter's title of two sentences is split (a fact "W",
  "Here's what the numbers say." "").
* Speakers: "the city said" after "The eThekwini Municipality has closed ..." is kept as written,
  and a later "it said" resolves to "the eThekwini Municipality"; "No injuries were reported, the
  service said" keeps "the service"; "according to the agency" keeps "the agency"; "the mayor's
  office said" in a note keeps the office as written. A mayor who "said in a video posted on
  Instagram" carries that cue, and his quote right after carries "said". "She advised residents
  ..." carries the doctor with the cue "advised" (advice, ""). "Her neighbour, she said, had
  refused to leave ..." carries the pensioner (cue "said"). "The bus operators' association,
  Rodovale, said" drops the descriptor. "Residents said" after the claim and "Shopkeepers along
  Ambedwadi Road said" are kept as written; "officials said" and "town officials said" after a lead
  are kept as written.
* Check-worthiness: an official meteorologist's comparison with normal July rain is "W", her
  forecast ""; the dealership's damage count "W" and its manager's quote of the dents ""; a
  farmer's and a shop owner's own losses ""; the operator's "has run the route since 2011" "W";
  "It was the 11th bomb ..." and "Bombs weighing more than 100 kilograms were found ... 19 times
  last year" "W", but "Around 1,500 unexploded bombs are still thought to lie under Cologne"
  (an estimate) ""; a council's annual report's visit count "W"; a loudspeaker truck's warning of
  a sighting "W"; the writer's account of the length of the public comment period "W".

Splits. "St. in June.", "Jan. 1 to repay", "U.S. Environmental", "Aug. 21, according to", "Sept.
8, Whelcote said.", "989-555-0142, she said.", "5am and reached here at 7.30am,” said", "Sh300 to
Sh500", "2025/26", "Shirish G. Dhamale", "Pvt. Ltd., must finish", "Pvt. Ltd." before "All rights
reserved.", "₹48.6 crore", "7.30 am to 7.10 am", "Aug. 3." before "Fences must", "6:15 a.m." before
"The principal", "Co., Ltd." before "All rights reserved.", "p.m. MDT" before "Last Updated", "a.m.
MDT", "3:12 p.m. and said", "4:05 p.m." before "ECCC meteorologist", "Sgt. Kelwyn", "3:30 p.m. and
7 p.m.,", "9 p.m. through Sunday", "5.40pm", "£2.4m", "Ltd." before "Registered in England No.
08812457.", "E. coli" in a headline, a lead, a figure ("2,400 E. coli per 100ml") and a scientist's
sentence, "(Pty) Ltd." before "All rights reserved.", "12:20 a.m. Wednesday", "Dr. Cosimo", "Oct.
13,", "12:25 a.m." at a sentence's end, "R$5.50 to R$6.25", "10:40 a.m. (BRT)", "5 p.m. and called",
"R$8.10.", "Dh380", "waited... and now", "12:30 p.m. and 3 p.m., runs", "$19.2m", "6am", "3 min.",
"Hollbergstr. 41", "11 a.m., and that", "5:48 p.m. and was completed at 6:21 p.m." before "It was",
"6:45 p.m., the city said." and "3:10 p.m. to 6:40 p.m." never split a sentence wrongly; a quote
split inside the marks ("“I'm for getting the lead out." / "I'm not for ...,” he said.", "“We are
not refusing to pay." / "We are refusing ...,” Mr Timaiyo said.", "“My youngest has not slept
properly since Saturday." / "We waited, and waited... and now they tell us another four days,” she
said.") and lines without a stop (strips, list lines, a video title before its description, a
timestamp after it, the "Published ... MDT" stamp before "Last Updated") each end one; a quoted
question followed by its attribution ("“Who plans a repair like this in the middle of the school
term?” he asked.", "“What am I supposed to do, walk nine miles each way?” he asked.") is one
sentence, and so is a sentence ending in a quoted phrase ("... had been “conservative, if
anything.”").

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of
consecutive sentences of one paragraph of these pages joined by single spaces: what a reviewer
wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US public radio station's news page in Michigan, Bay City commissioners vote 7-2 to borrow $38 million to replace the last 6,200 lead service lines by 2031, with the water director named once and then called She and by surname, a vote of record without a speaker, according to a bid schedule and to a finance office memo, a state rule without a speaker, a commissioner's quote split in two inside the marks, the mayor with a grant date, Jan. 1 and U.S. mid-sentence, a retired machinist's private circumstances and his account of a city test, Sept. 8 before the attribution, a phone number (station name, call letters and cities strip with middle dots, listen-live and donate strip with pipes, menu, section label, headline, standfirst of fact, byline name alone, published line with PM EDT, a listen player with its length, caption with St. and a credit with a slash, a cost list of three lines without stops that are story under a subhead that is story, a donation ask in two prose sentences and a donate button mid-story, a second subhead, an underwriting credit that reads like a sentence, a reporter bio in two sentences with a year, Related Content and two headlines, tags with middle dots, copyright, footer with pipes)",
    "Kenyan daily's counties page, matatu operators in Nakuru withdraw their vehicles over a new county parking fee, with the standfirst carrying the county government through insists, a Finance Act's charges without a speaker, an owners' association chairman named in full with three names and then Mr and He, a quote split in two inside the marks, the county roads executive with a long title and then She and Ms, a police commander with two He sentences and an arraignment date, a vendor named after her quote with 5am and 7.30am, a driver's private circumstances and a quoted question, the association said kept as written, an MCA's intention, a governor's office statement with 10am, Sh figures with a slash year (masthead in capitals, date and e-paper strip with pipes, menu, crumb with ›, headline with a figure, standfirst, By line, Published on: line with EAT, share line with pipes, caption and PHOTO | credit in capitals, two ALSO READ: links mid-story, a WhatsApp channel prompt in two lines with emoji mid-story, tags, related stories, copyright in two sentences)",
    "Indian English portal's Pune city page, the municipal corporation shuts a flyover for 45 days of bearing repairs and traffic police divert traffic, with officials said in a PUNE: dateline lead, according to traffic police data, an engineer with an initial (Shirish G. Dhamale) later by surname and He, a traffic police deputy commissioner with 8 am to 11 am and then She, an unnamed PMPML official, a diversions list of three lines without stops that are story under a heading that is story, a commuter named after his quote, He and a quoted question with he asked, a school principal with 7.30 am, a former corporator, a repair of record without a speaker, shopkeepers kept as written, according to a tender notice with Pvt. Ltd. mid-sentence, a hedge (brand, menu with pipes, Follow us strip, crumb with ›, headline with a crore figure, standfirst with a semicolon, written-by and edited-by line, updated line with IST, caption and (Photo: ...) credit, a Follow prompt and an Also Read link mid-story, two more Also Read links, a disclaimer in two prose sentences, topics with pipes, copyright with Pvt. Ltd. in two sentences)",
    "Japanese English daily's regional page, a town in Akita Prefecture will pay 90 percent of electric fence costs after record bear sightings, with town officials said in a KUROHORI, Akita Prefecture — dateline lead, the mayor named once and then by surname and He, programme rules without a speaker with Aug. 3, according to the prefectural police, a loudspeaker scene with a sighting at 6:15 a.m., a school principal named after her role with a quote over two sentences, a farmer's private losses and a quote split inside the marks, a researcher's causal claim and his opinion, according to Environment Ministry data and to the prefectural government, briefing dates without a speaker (masthead, menu in capitals, a subscribers-only lock label, section label with a slash, headline with a percentage, By line with a slash, date line with JST, caption and a bare credit in brackets, a subscriber notice in two prose sentences and a gift button mid-story, Related Topics heading and four topic lines, Related Articles and two headlines, copyright with Co., Ltd. and two more sentences)",
    "Canadian local TV station's site in Alberta, golf-ball hail damages hundreds of vehicles and crops around Lethbridge, with the federal weather agency that issued and said with p.m. times, a meteorologist named with the agency's abbreviation and then she said with a comparison of record and a forecast, a car dealership manager, the fire service said and then the service said kept as written, a police sergeant with Sgt. and then He with advice, a video description with Farmers say kept as written, a farmer's private losses and a quote with said after, the crop insurer with its abbreviation, an unnamed insurance bureau spokesperson, the city's debris hours, a resident with a quoted phrase (station brand, weather widget with °C and H and L, menu, watch-live prompt, section label, headline, reporter's name and title on two lines, published and last-updated stamps with p.m. MDT and a.m. MDT, Share, a video description with a 0:00 / 2:31 timestamp, ADVERTISEMENT and an app prompt mid-story, a VIDEO title, its description and a 1:58 running time, Report a typo or error, related stories, copyright with Inc. in two sentences)",
    "UK regional daily's local page in North Yorkshire, the only bus for eight villages near Thirsk is to be withdrawn, with a cookie-consent block pasted mid-page and reader comments at the tail, the operator that has confirmed, then The company said kept as written and It said resolved to the operator, the standfirst carrying the operator through says, a numbers box whose lines without stops are story (and a last-bus line with 5.40pm), a council spokesperson and then The spokesperson, a parish chairwoman with She said: and a quote over two sentences, a pensioner's private circumstances and a quoted question with he asked, a county councillor with Cllr and a party in brackets and He said: (masthead, sign-in strip with pipes, menu, crumb with ›, headline, standfirst, byline and the reporting-service line, published line with BST and 14th, share line, caption and Picture: credit, the subhead of the box, consent heading, two consent sentences and the button row, Advertisement, Read more: link, comment count, sort line, two comments with username, time, body and Reply · Report, show-more line, community-guidelines line, copyright with Ltd. and Registered in England No.)",
    "South African news portal's KwaZulu-Natal page, seven Durban beaches are closed in the school holidays over E. coli levels, with a poll and an ad label mid-story, the standfirst carrying Lifesavers as written, the municipality said with the city said kept as written and later it said resolved to the municipality, a municipal spokesperson with an E. coli figure and a causal claim, a lifesaving club chair's hedge and his figures, a surf shop owner's private takings, a scientist with Dr and E. coli mid-sentence, The city said, an opposition councillor's budget figures and a quote over two sentences, holidaymakers and a visitor named after her quote (masthead in capitals, date strip with pipes, menu, crumb in capitals with ›, headline with E. coli, standfirst, byline name, date line, read time, caption and Image: credit with a slash, ADVERTISEMENT and Continue reading below, POLL heading, its question, three answers and a vote line, ALSO READ: link, tags, related articles, a newsletter prompt in two sentences, copyright with (Pty) Ltd. in two sentences)",
    "Newsletter post on a newsletter platform about the Boise school board, trustees vote 4-3 after midnight to close two elementary schools, with subscribe prompts, like and restack counts, an author bio and comments, a title of two sentences (a fact and a line that is neither), a subtitle of figures, the writer's first-person scene and her account of the meeting's length, a vote of record with 12:20 a.m., The district says, a numbers list of five lines without stops that are story under a lead-in line, a trustee's claim and her quote, a superintendent with Dr. and a quoted phrase ending the sentence, the writer's opinions, a parent who told me and then she said, boundary and open-house dates without a speaker with Oct. (newsletter name, subscribe and sign-in strip, author line, date line with Jul, a heart, comment and restack counts line, Share, a reader-supported prompt in two sentences and an email box mid-story, a paid-upgrade ask in two prose sentences with prices and its button, a thanks-for-reading prompt in two sentences, likes and restacks line, an author bio in two sentences with a year, comments heading, two comments with name, date, body in two sentences and a like-and-reply line, footer with middle dots, start-writing line)",
    "Brazilian English-language news portal's cities page, Belo Horizonte's bus fare will rise to R$6.25, with a machine-translation notice at the head and a translation note at the tail, the city's transport agency announced in a BELO HORIZONTE, MG — dateline lead, The agency said kept as written, the mayor's office said in a note, fares of record without a speaker, the mayor who said in a video posted on Instagram and then a quote with he said, according to the agency, a students' union with a protest date and 5 p.m., its president named after her quote with her age and then She, an operators' association named after a descriptor, a cleaner's private costs and a quoted question, a history and a rule without a speaker (masthead in capitals, tagline, menu, section label with a pipe, headline, standfirst with a percentage, By line, date line with a.m. (BRT), a translation notice with a globe sign, a read-the-original link, a note that quotes were translated, a newsletter prompt mid-story, an editor's note in brackets, Advertisement, a machine-translation line, a translation-error prompt with a question, related links, tags, copyright in two sentences)",
    "Gulf daily's UAE page, residents of a Sharjah tower spend four nights without central air-conditioning in 46°C heat, with a prayer-times strip at the head and a gold-rate ticker mid-story, the standfirst carrying the property company through Building management says, a tower's size without a speaker, an operations manager named with his company and then He with an expected date, a mother's private circumstances and a quote over two sentences with an ellipsis, her account of a chiller fee, residents said after the claim, an electrician's private arrangements, an emergency consultant with Dr, a figure, advice with advised and a quote, the electricity authority with its abbreviation and then It said, a forecast with said after it, a tenancy rule and the midday break with p.m. without a speaker (masthead, prayer-times strip, menu, section label, headline with °C, standfirst, byline name, published and last-updated lines with AM, caption and Photo: Supplied, gold-rate line with Dh prices and arrows, Also read: link, a Google News prompt in two sentences, most-popular list, copyright in two sentences)",
    "Australian broadcaster's regional page in Tasmania, Launceston's council votes 8-4 to close the city's only 50-metre pool for two years for a $19.2 million rebuild, with a key-points box whose points are story (Swim clubs say kept as written), a dawn scene, the council's decision and funding bids without a speaker, the mayor named once and then he said over a quote in two sentences and He with a repair figure, a swim club president with a figure, a quote and a request of record, a minister's unnamed spokeswoman with an intention, a councillor with Cr and a quote of opinion, The council said, the pool's history and according to an annual report (brand, menu, region label, headline with $19.2m, By line, posted and updated stamp with am, Share, Key points: heading, caption and a bracketed credit with a colon, a newsletter prompt in two sentences mid-story, a second posted and updated stamp at the foot, topics, top stories, an acknowledgement of country in two sentences, copyright)",
    "German English-language edition's Cologne page, a World War II bomb is defused after 9,400 people are evacuated, with a data-protection notice for embedded content mid-story and a photo-gallery counter, the City of Cologne said, Hollbergstr. 41 mid-sentence, a city spokesperson with 11 a.m. and then He, times and a count without a speaker, the city said kept as written, Deutsche Bahn said with p.m. times, a bomb disposal team leader named after his description and a quote, according to estimates with a hedge, a year's count without a speaker, a pensioner's scene, a quote over two sentences and her account of a neighbour, a station scene with a fact (masthead with a pipe, language switch, menu, section label, headline, standfirst, By line, numeric date and reading time with min., Photo gallery label, a 1 / 12 counter with a caption and credit, Recommended editorial content heading, a two-sentence embed notice, a three-sentence consent line and a show button, a 4 / 12 counter with a caption and credit, topics with middle dots, more-from list, copyright with an en dash, footer with pipes)",
]


ARTICLES = [
    [
        [
            ("Baymarsh Public Radio", "", "", "B"),
        ],
        [
            ("WHLQ 90.7 FM · Bay City · Saginaw · Midland", "", "", "B"),
        ],
        [
            ("▶ Listen Live   |   Donate   |   Newsletters   |   Schedule", "", "", "B"),
        ],
        [
            (
                "News   Politics   Environment   Arts & Culture   Lakes & Land   Podcasts   Events",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Environment", "", "", "B"),
        ],
        [
            (
                "Bay City approves $38 million plan to replace its last lead water lines by 2031",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 6,200 homes and businesses still get water through lead pipes, and owners will not be charged for the work",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Zillah Vaskelis", "", "", "B"),
        ],
        [
            ("Published July 14, 2026 at 5:42 PM EDT", "", "", "B"),
        ],
        [
            ("Listen • 3:48", "", "", "B"),
        ],
        [
            ("A city crew digs out a lead service line on Quarcote St. in June.", "", "", ""),
            ("Zillah Vaskelis / Baymarsh Public Radio", "", "", "B"),
        ],
        [
            (
                "Bay City commissioners voted 7-2 on Monday night to borrow $38 million to replace every remaining lead water service line in the city by the end of 2031.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The city's water director, Sidonie Whelcote, said about 6,200 homes and businesses still get their water through lead pipes, down from roughly 9,100 when the replacement program began in 2019.",
                "Sidonie Whelcote",
                "said",
                "W",
            ),
            (
                "She said city crews have been replacing about 450 lines a year, and the loan will let the city hire two outside contractors and roughly triple that pace.",
                "Sidonie Whelcote",
                "said",
                "W",
            ),
            (
                "“We have gone block by block, and the people on the last blocks have been waiting a long time,” Whelcote said.",
                "Sidonie Whelcote",
                "said",
                "",
            ),
        ],
        [
            (
                "The city expects to choose the two contractors by Aug. 21, according to the bid schedule posted on the city's website.",
                "the bid schedule posted on the city's website",
                "according to",
                "W",
            ),
        ],
        [
            ("What the money pays for", "", "", ""),
        ],
        [
            ("$29.5 million for digging and new copper lines", "", "", "W"),
        ],
        [
            ("$5.1 million to restore lawns, sidewalks and driveways", "", "", "W"),
        ],
        [
            ("$3.4 million for inspections and water testing", "", "", "W"),
        ],
        [
            (
                "Baymarsh Public Radio is a nonprofit newsroom, and stories like this one are paid for by the people who listen and read.",
                "",
                "",
                "B",
            ),
            (
                "A gift of any size this month keeps local reporting free for everyone around the Bay.",
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
                "The loan comes from the state's drinking water revolving fund at 1.75% interest, and about $11 million of it will be forgiven if the city meets its deadlines, according to a memo from the city's finance office.",
                "a memo from the city's finance office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "State rules require water systems in Michigan to replace an average of 5% of their lead service lines every year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Commissioner Jedidiah Crabhurst, who cast one of the two no votes, said the city should have applied for more federal grant money before taking on new debt.",
                "Jedidiah Crabhurst",
                "said",
                "W",
            ),
            ("“I'm for getting the lead out.", "Jedidiah Crabhurst", "said", ""),
            (
                "I'm not for mailing the bill to our grandkids,” he said.",
                "Jedidiah Crabhurst",
                "said",
                "",
            ),
        ],
        [
            (
                "Mayor Ulrica Arbogast, who voted for the plan, said the city applied in May for a $6 million federal grant and expects an answer by October.",
                "Ulrica Arbogast",
                "said",
                "W",
            ),
            (
                "“If that money comes, it goes straight to paying this down,” she said.",
                "Ulrica Arbogast",
                "said",
                "",
            ),
        ],
        [
            (
                "Whelcote said water rates will rise by about $4.20 a month for a typical household starting Jan. 1 to repay the loan.",
                "Sidonie Whelcote",
                "said",
                "W",
            ),
            (
                "She said homes in 11 of the 60 samples the city took last year were above the U.S. Environmental Protection Agency's lead action level of 15 parts per billion.",
                "Sidonie Whelcote",
                "said",
                "W",
            ),
        ],
        [
            (
                "On Quarcote Street, retired machinist Clovis Tuffington has been drinking filtered water since the city left a notice on his door in 2021.",
                "",
                "",
                "",
            ),
            ("“They told me I was on the list.", "Clovis Tuffington", "said", ""),
            ("Five years later, I'm still on the list,” he said.", "Clovis Tuffington", "said", ""),
            (
                "He said the city tested his tap in March and found lead at 9 parts per billion.",
                "Clovis Tuffington",
                "said",
                "W",
            ),
        ],
        [
            ("What happens next", "", "", ""),
        ],
        [
            (
                "Work on the first 1,100 lines, most of them east of the river, is scheduled to start Sept. 8, Whelcote said.",
                "Sidonie Whelcote",
                "said",
                "W",
            ),
            (
                "Residents can look up their address on the city's website or call the water division at 989-555-0142, she said.",
                "Sidonie Whelcote",
                "said",
                "",
            ),
        ],
        [
            (
                "Support for Baymarsh's environment reporting comes from the Ondrasek Family Foundation, working for clean water in the Saginaw Bay watershed.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Zillah Vaskelis reports on the environment and the Great Lakes for Baymarsh Public Radio.",
                "",
                "",
                "B",
            ),
            (
                "Before joining the station in 2023, she covered city hall for a weekly paper in the Thumb.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related Content", "", "", "B"),
        ],
        [
            ("Midland water plant to add a second treatment line by 2028", "", "", "B"),
        ],
        [
            ("Saginaw County beaches reopen after E. coli advisories", "", "", "B"),
        ],
        [
            ("Tags: Environment · Bay City · Drinking Water · Lead Pipes", "", "", "B"),
        ],
        [
            ("Copyright 2026 Baymarsh Public Radio.", "", "", "B"),
        ],
        [
            ("FCC Public File   |   EEO Report   |   Privacy Policy   |   Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KESHO DISPATCH", "", "", "B"),
        ],
        [
            ("Tuesday, July 14, 2026   |   E-Paper   |   Subscribe", "", "", "B"),
        ],
        [
            (
                "News   Counties   Politics   Business   Sports   Opinion   Lifestyle   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Counties › Nakuru", "", "", "B"),
        ],
        [
            ("Matatu operators down tools in Nakuru over Sh500 daily parking fee", "", "", "W"),
        ],
        [
            (
                "Commuters walk to work as the county insists the new charges were passed lawfully",
                "the Nakuru County Government",
                "insists",
                "W",
            ),
        ],
        [
            ("By Nyawira Chemaiyo-Waruiru", "", "", "B"),
        ],
        [
            ("Published on: July 14, 2026 11:32 (EAT)", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Telegram", "", "", "B"),
        ],
        [
            (
                "Commuters queue for boda bodas along Oloshaiki Avenue in Nakuru on July 13, 2026, after matatu operators withdrew their vehicles.",
                "",
                "",
                "",
            ),
            ("PHOTO | NYAWIRA CHEMAIYO-WARUIRU", "", "", "B"),
        ],
        [
            (
                "Hundreds of commuters in Nakuru were forced to walk to work on Monday after matatu operators withdrew their vehicles from the roads to protest a new parking fee introduced by the Nakuru County Government.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Nakuru County Finance Act, 2026, which took effect on July 1, raises the daily parking charge for a 14-seater matatu from Sh300 to Sh500 and for a 33-seater from Sh400 to Sh700.",
                "",
                "",
                "W",
            ),
            (
                "The Act also doubles the annual sticker fee for a matatu from Sh5,000 to Sh10,000 and introduces a Sh1,000 daily charge for lorries parked in the central business district.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nakuru Matatu Owners Association chairman Shadrack Kongure Timaiyo said more than 1,200 vehicles had been withdrawn from the town's 46 routes.",
                "Shadrack Kongure Timaiyo",
                "said",
                "W",
            ),
            ("“We are not refusing to pay.", "Shadrack Kongure Timaiyo", "said", ""),
            (
                "We are refusing to be squeezed until we close,” Mr Timaiyo said.",
                "Shadrack Kongure Timaiyo",
                "said",
                "",
            ),
            (
                "He said the association wrote to the county's roads department on June 18 but had not received a reply.",
                "Shadrack Kongure Timaiyo",
                "said",
                "W",
            ),
        ],
        [
            (
                "ALSO READ: Nakuru MCAs reject Sh2 billion loan for stalled bus terminus",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "County Executive Committee Member for Roads and Transport Sabina Chepng'eno Kithiga said the charges were approved by the County Assembly in June after public participation forums in all 11 sub-counties.",
                "Sabina Chepng'eno Kithiga",
                "said",
                "W",
            ),
            (
                "She said the county collected Sh41 million in parking fees from matatus in the 2025/26 financial year, money that is used to maintain roads and the main stage.",
                "Sabina Chepng'eno Kithiga",
                "said",
                "W",
            ),
            (
                "“The law is clear, and vehicles that do not pay will be clamped,” Ms Kithiga said.",
                "Sabina Chepng'eno Kithiga",
                "said",
                "",
            ),
        ],
        [
            (
                "📲 Follow The Kesho Dispatch channel on WhatsApp for the day's top stories as they break.",
                "",
                "",
                "B",
            ),
            ("👉 Click here to join", "", "", "B"),
        ],
        [
            (
                "Nakuru Central Police Commander Zablon Lekishon Saruni said officers arrested 14 people for obstructing traffic near the main stage and blocking part of the Nakuru–Nairobi highway with stones and burning tyres.",
                "Zablon Lekishon Saruni",
                "said",
                "W",
            ),
            (
                "He said the suspects would be arraigned at the Nakuru Law Courts on Tuesday.",
                "Zablon Lekishon Saruni",
                "said",
                "W",
            ),
            (
                "He said a police officer was hit by a stone near the main stage and was treated at a hospital in the town and discharged.",
                "Zablon Lekishon Saruni",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I left home at 5am and reached here at 7.30am,” said Rispah Nyetanui, who sells vegetables at Mwisho market, after walking from Olkeju estate.",
                "Rispah Nyetanui",
                "said",
                "",
            ),
            (
                "She said boda boda riders had doubled their fare for the same trip to Sh200.",
                "Rispah Nyetanui",
                "said",
                "W",
            ),
        ],
        [
            (
                "Elkanah Kisang-Wathiga, a driver on the Nakuru–Njoro route, said he pays the owner of the vehicle he drives Sh3,500 a day whether he carries passengers or not.",
                "Elkanah Kisang-Wathiga",
                "said",
                "",
            ),
            (
                "“If the owner pays more to the county, he will ask me for more,” he said.",
                "Elkanah Kisang-Wathiga",
                "said",
                "",
            ),
            ("“Where will I get it?”", "Elkanah Kisang-Wathiga", "said", ""),
        ],
        [
            (
                "ALSO READ: Traffic police crack down on unlicensed boda bodas in Naivasha",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Long-distance routes were also hit, with vehicles to Nairobi, Eldoret and Kericho picking up passengers on the outskirts of the town, the association said.",
                "the association",
                "said",
                "W",
            ),
            (
                "Mr Timaiyo said operators would keep their vehicles off the roads until the county suspended the new fees.",
                "Shadrack Kongure Timaiyo",
                "said",
                "",
            ),
        ],
        [
            (
                "Nakuru Town East Ward MCA Gedion Rusang said he would table a motion on Thursday asking the county to suspend the new charges for 90 days.",
                "Gedion Rusang",
                "said",
                "",
            ),
            (
                "“Public participation was done in halls where nobody from the matatu sector was invited,” he said.",
                "Gedion Rusang",
                "said",
                "",
            ),
        ],
        [
            (
                "By evening, some operators on the Nakuru–Naivasha route had resumed work.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The office of Nakuru Governor Silvano Rungeno-Kithinji said in a statement on Monday evening that county officials would meet the operators' representatives on Wednesday at 10am.",
                "The office of Nakuru Governor Silvano Rungeno-Kithinji",
                "said in a statement",
                "W",
            ),
        ],
        [
            ("Tags: Nakuru   Matatu   Parking fees   County Assembly", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Nakuru traders protest move of Mwisho market to new site", "", "", "B"),
        ],
        [
            ("Kericho tea farmers demand faster payment for June deliveries", "", "", "B"),
        ],
        [
            ("© 2026 The Kesho Dispatch.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("NewsKatta", "", "", "B"),
        ],
        [
            (
                "Home | India | Cities | Entertainment | Sports | Business | Tech | Videos | Web Stories",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow us: Facebook | X | Instagram | YouTube | WhatsApp", "", "", "B"),
        ],
        [
            ("Cities › Pune", "", "", "B"),
        ],
        [
            (
                "Pune: Sonkhambi Chowk flyover shut for 45 days as PMC starts ₹48.6-crore repair",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Traffic police announce diversions on Ambedwadi Road; commuters brace for long jams at peak hours",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Written by Gauri Bhosale-Pharsat | Edited by Sanket Nagvekar", "", "", "B"),
        ],
        [
            ("Pune | Updated: Jul 14, 2026, 09:12 IST", "", "", "B"),
        ],
        [
            (
                "Vehicles queue at the Ambedwadi Road junction on Monday morning after the Sonkhambi Chowk flyover was closed.",
                "",
                "",
                "",
            ),
            ("(Photo: NewsKatta)", "", "", "B"),
        ],
        [
            (
                "PUNE: The Pune Municipal Corporation (PMC) has closed the 1.2-km Sonkhambi Chowk flyover to traffic for 45 days from Monday to replace its expansion joints and bearings, officials said.",
                "officials",
                "said",
                "W",
            ),
            (
                "About 68,000 vehicles use the flyover every day, according to traffic police data.",
                "traffic police data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "PMC's superintending engineer (bridges) Shirish G. Dhamale said the work would cost ₹48.6 crore and was cleared by the standing committee on May 21.",
                "Shirish G. Dhamale",
                "said",
                "W",
            ),
            (
                "He said a structural audit by a private consultant in 2025 had found cracks in 14 of the flyover's 22 bearings.",
                "Shirish G. Dhamale",
                "said",
                "W",
            ),
            (
                "“The flyover is not unsafe today, but if we wait for one more monsoon, it may become unsafe,” Dhamale said.",
                "Shirish G. Dhamale",
                "said",
                "",
            ),
        ],
        [
            (
                "Deputy Commissioner of Police (Traffic) Mrunal Warsat-Pathare said heavy vehicles would not be allowed on Ambedwadi Road between 8 am and 11 am and between 5 pm and 9 pm during the closure.",
                "Mrunal Warsat-Pathare",
                "said",
                "W",
            ),
            (
                "She said 60 traffic wardens and 35 police personnel had been posted at 12 junctions on the diversion route.",
                "Mrunal Warsat-Pathare",
                "said",
                "W",
            ),
        ],
        [
            (
                "A PMPML official said buses on the three affected routes would take 15 to 20 minutes longer, but that their frequency would not be cut.",
                "A PMPML official",
                "said",
                "W",
            ),
        ],
        [
            ("Diversions in place:", "", "", ""),
        ],
        [
            ("Swargate-bound vehicles: via Ambedwadi Road and Pansode Chowk", "", "", "W"),
        ],
        [
            ("Heavy vehicles: via the Pimpalgaon bypass", "", "", "W"),
        ],
        [
            ("PMPML buses: routes 54, 61 and 112 to use the service road", "", "", "W"),
        ],
        [
            (
                "Follow NewsKatta on Google News and WhatsApp for the latest updates from Pune.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Also Read: Pune: Two-wheeler rider killed in accident on Katraj ghat road",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "“It took me 50 minutes to cover 4 km this morning,” said Kedar Ghonmode, an IT employee who drives to an office on the city's western edge every day.",
                "Kedar Ghonmode",
                "said",
                "",
            ),
            (
                "He said the PMC should have done the work during the Diwali holidays, when traffic is thin.",
                "Kedar Ghonmode",
                "said",
                "",
            ),
            (
                "“Who plans a repair like this in the middle of the school term?” he asked.",
                "Kedar Ghonmode",
                "asked",
                "",
            ),
        ],
        [
            (
                "Mrinalini Dixit-Padke, principal of Jnanadeep Vidyalaya on Ambedwadi Road, said the school had moved its morning start from 7.30 am to 7.10 am so that its 14 buses could clear the junction before the peak.",
                "Mrinalini Dixit-Padke",
                "said",
                "W",
            ),
        ],
        [
            (
                "Former corporator Sumitra Lokhande-Karwade said residents had complained about gaps in the flyover's joints since 2023, when a two-wheeler rider was injured after his front wheel got stuck in one.",
                "Sumitra Lokhande-Karwade",
                "said",
                "W",
            ),
            (
                "In 2024, the PMC had repaired the flyover's railings and resurfaced its deck at a cost of ₹3.2 crore.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Shopkeepers along Ambedwadi Road said the diverted traffic had left customers with nowhere to park.",
                "Shopkeepers along Ambedwadi Road",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the PMC's tender notice, the contractor, Rudrashree Constructions Pvt. Ltd., must finish the work by August 28 or pay a penalty of ₹1 lakh a day.",
                "the PMC's tender notice",
                "according to",
                "W",
            ),
            (
                "Dhamale said the department would try to open one lane before Ganeshotsav.",
                "Shirish G. Dhamale",
                "said",
                "",
            ),
        ],
        [
            (
                "Also Read: Pune rains: IMD issues yellow alert for ghat areas till Thursday",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Also Read: PMC to install 300 CCTV cameras at accident-prone junctions", "", "", "B"),
        ],
        [
            (
                "Disclaimer: The diversions listed in this article are based on a notification issued by the Pune traffic police and may change at short notice.",
                "",
                "",
                "B",
            ),
            (
                "Readers are advised to check with the traffic police helpline before setting out.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Topics: Pune news | PMC | Pune traffic | flyover", "", "", "B"),
        ],
        [
            ("© 2026 NewsKatta Digital Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Kamome Daily", "", "", "B"),
        ],
        [
            (
                "JAPAN   WORLD   BUSINESS   SOCIETY   SCIENCE   SPORTS   CULTURE   OPINION",
                "",
                "",
                "B",
            ),
        ],
        [
            ("🔒 Subscribers only", "", "", "B"),
        ],
        [
            ("SOCIETY / Regional", "", "", "B"),
        ],
        [
            (
                "Akita town to pay 90% of electric fence costs after record bear sightings",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Chihiro Tomonaga / Staff Writer", "", "", "B"),
        ],
        [
            ("July 15, 2026 at 17:40 JST", "", "", "B"),
        ],
        [
            (
                "A farmer points to claw marks left by a bear on the door of his storage shed in Kurohori, Akita Prefecture, on July 11.",
                "",
                "",
                "",
            ),
            ("(Chihiro Tomonaga)", "", "", "B"),
        ],
        [
            (
                "KUROHORI, Akita Prefecture — The town of Kurohori will cover 90 percent of the cost of electric fences for farms and homes after bears were sighted 148 times within its limits from April to June, nearly three times the figure for the same period last year, town officials said.",
                "town officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mayor Tomoya Ishigure said the town assembly approved a supplementary budget of 36 million yen for the program on July 10.",
                "Tomoya Ishigure",
                "said",
                "W",
            ),
            (
                "“Parents tell me they no longer let their children walk to school alone,” Ishigure said.",
                "Tomoya Ishigure",
                "said",
                "",
            ),
            (
                "He said the town had also hired two retired hunters as part-time patrol officers, paid 9,000 yen a day, to watch school routes in the mornings.",
                "Tomoya Ishigure",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the program, a household or farm can receive up to 180,000 yen, and applications open on Aug. 3.",
                "",
                "",
                "W",
            ),
            ("Fences must be installed by a contractor registered with the town.", "", "", "W"),
        ],
        [
            ("This article is available in full to Digital Plus subscribers.", "", "", "B"),
            (
                "Subscribers can also send up to 10 gift articles a month to friends and family.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Gift this article", "", "", "B"),
        ],
        [
            (
                "According to the Akita prefectural police, 11 people were injured in bear attacks in the prefecture from April to June, including a 74-year-old woman who was bitten on the arm while picking bamboo shoots in the town in May.",
                "the Akita prefectural police",
                "according to",
                "W",
            ),
        ],
        [
            (
                "On a recent morning, a town loudspeaker truck drove slowly between the rice fields, warning residents that a bear had been seen near the elementary school at 6:15 a.m.",
                "",
                "",
                "W",
            ),
            (
                "The principal of Kurohori Elementary School, Mitsue Hatakeda, said 38 of the school's 61 pupils are now driven to school by their parents.",
                "Mitsue Hatakeda",
                "said",
                "W",
            ),
            ("“We have bells on every child's backpack,” she said.", "Mitsue Hatakeda", "said", ""),
            ("“The children think it is a game, and that is fine.”", "Mitsue Hatakeda", "said", ""),
        ],
        [
            (
                "Reiko Ubegaki, 68, who grows rice and edamame at the edge of the town, said a bear broke into her storage shed twice in June and ate 30 kilograms of rice bran.",
                "Reiko Ubegaki",
                "said",
                "",
            ),
            ("“I used to hear about bears in the mountains.", "Reiko Ubegaki", "said", ""),
            ("Now they come to the kitchen door,” she said.", "Reiko Ubegaki", "said", ""),
        ],
        [
            (
                "Norihisa Kawabuchi, a researcher at the Tohoku Forest Ecology Institute who studies Asian black bears, said a poor crop of beechnuts last autumn had pushed more bears toward villages in search of food.",
                "Norihisa Kawabuchi",
                "said",
                "W",
            ),
            (
                "He said fences alone would not solve the problem unless abandoned persimmon and chestnut trees near homes were cut down.",
                "Norihisa Kawabuchi",
                "said",
                "",
            ),
        ],
        [
            (
                "Nationwide, bears were sighted about 24,000 times in fiscal 2025, according to Environment Ministry data.",
                "Environment Ministry data",
                "according to",
                "W",
            ),
            (
                "Crop damage caused by bears in Akita Prefecture totaled 41 million yen in fiscal 2025, according to the prefectural government.",
                "the prefectural government",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The town will hold briefings on the program at its three community centers on July 25 and 26.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related Topics", "", "", "B"),
        ],
        [
            ("Bears", "", "", "B"),
        ],
        [
            ("Akita Prefecture", "", "", "B"),
        ],
        [
            ("Agriculture", "", "", "B"),
        ],
        [
            ("Wildlife", "", "", "B"),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Iwate village hires hunters to patrol school routes", "", "", "B"),
        ],
        [
            ("Bear wanders into supermarket in Akita city, injuring employee", "", "", "B"),
        ],
        [
            ("Copyright © The Kamome Daily Co., Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            ("No reproduction or republication without written permission.", "", "", "B"),
        ],
    ],
    [
        [
            ("Prairie7 News Lethbridge", "", "", "B"),
        ],
        [
            ("Lethbridge   24°C   ☀ Sunny   H: 29°  L: 12°", "", "", "B"),
        ],
        [
            ("Local   Alberta   Canada   Weather   Video   Community   Contests", "", "", "B"),
        ],
        [
            ("▶ WATCH LIVE: Prairie7 News at 6", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Golf ball-sized hail damages hundreds of vehicles, crops in southern Alberta",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Brynlee Hordwick-Koval", "", "", "B"),
        ],
        [
            ("Prairie7 News Lethbridge Videojournalist", "", "", "B"),
        ],
        [
            ("Published Tuesday, July 14, 2026 6:48 p.m. MDT", "", "", "B"),
            ("Last Updated Wednesday, July 15, 2026 7:02 a.m. MDT", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "Hailstones piled up against a curb on a Lethbridge street after Tuesday's storm.",
                "",
                "",
                "",
            ),
            ("0:00 / 2:31", "", "", "B"),
        ],
        [
            (
                "A fast-moving thunderstorm dropped hail as large as golf balls on Lethbridge and the surrounding county on Tuesday afternoon, smashing windshields, shredding crops and flooding several underpasses.",
                "",
                "",
                "W",
            ),
            (
                "It was the third hailstorm to hit the city this summer, after storms on June 19 and July 2.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Environment and Climate Change Canada issued a severe thunderstorm warning for the city at 3:12 p.m. and said the heaviest hail fell between 3:40 p.m. and 4:05 p.m.",
                "Environment and Climate Change Canada",
                "said",
                "W",
            ),
            (
                "ECCC meteorologist Elowen Vorobey said the weather station at the airport recorded 38 millimetres of rain in 25 minutes.",
                "Elowen Vorobey",
                "said",
                "W",
            ),
            (
                "“That's more than half of what we'd normally see in the whole month of July, in less than half an hour,” she said.",
                "Elowen Vorobey",
                "said",
                "W",
            ),
            (
                "She said more thunderstorms were possible on Thursday afternoon, though they were not expected to be as severe.",
                "Elowen Vorobey",
                "said",
                "",
            ),
        ],
        [
            (
                "At Twinriver Auto Mall on the city's south side, general manager Steinar Akerlind said 412 new and used vehicles on the lot were damaged.",
                "Steinar Akerlind",
                "said",
                "W",
            ),
            (
                "“Every one of them has dents, and about a third have broken glass,” he said.",
                "Steinar Akerlind",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "📱 Get severe weather alerts on your phone: download the Prairie7 News app.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Lethbridge Fire and Emergency Services said crews answered 27 calls between 3:30 p.m. and 7 p.m., most of them for flooded basements and fallen branches.",
                "Lethbridge Fire and Emergency Services",
                "said",
                "W",
            ),
            ("No injuries were reported, the service said.", "the service", "said", "W"),
        ],
        [
            (
                "Lethbridge Police Service Sgt. Kelwyn Glimcombe said officers closed the 3 Avenue underpass for nearly two hours after water rose above the curbs, and towed four stalled cars.",
                "Kelwyn Glimcombe",
                "said",
                "W",
            ),
            (
                "He said drivers should never try to cross a flooded road.",
                "Kelwyn Glimcombe",
                "said",
                "",
            ),
        ],
        [
            ("VIDEO: Farmers east of Lethbridge count their crop losses", "", "", "B"),
            (
                "Farmers say up to 60 per cent of some canola fields were flattened.",
                "Farmers",
                "say",
                "",
            ),
            ("1:58", "", "", "B"),
        ],
        [
            (
                "Asbjorn Tjostheim, who farms 3,200 acres of canola and wheat near Coaldale, said about 60 per cent of his canola was flattened.",
                "Asbjorn Tjostheim",
                "said",
                "",
            ),
            (
                "“You spend three months watching it come up and it's gone in 20 minutes,” said Tjostheim.",
                "Asbjorn Tjostheim",
                "said",
                "",
            ),
        ],
        [
            (
                "Agriculture Financial Services Corporation (AFSC), the province's crop insurer, said it had received 184 hail claims by Wednesday morning and would send adjusters out starting Thursday.",
                "Agriculture Financial Services Corporation",
                "said",
                "W",
            ),
            (
                "A spokesperson for the Insurance Bureau of Canada said it was too early to estimate insured losses.",
                "A spokesperson for the Insurance Bureau of Canada",
                "said",
                "",
            ),
        ],
        [
            (
                "The City of Lethbridge said its waste transfer station will stay open until 9 p.m. through Sunday and take storm debris free of charge.",
                "The City of Lethbridge",
                "said",
                "W",
            ),
        ],
        [
            (
                "On the city's west side, Keturah Barrantes said hail “bounced off the deck like ping-pong balls” and stripped the leaves from her garden in minutes.",
                "Keturah Barrantes",
                "said",
                "",
            ),
            ("“My tomatoes are done for the year,” she said.", "Keturah Barrantes", "said", ""),
        ],
        [
            ("Report a typo or error", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Heat warning issued for much of southern Alberta", "", "", "B"),
        ],
        [
            ("Lethbridge council approves design for new transit terminal", "", "", "B"),
        ],
        [
            ("© 2026 Prairie7 Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Hambleton Courant", "", "", "B"),
        ],
        [
            ("Sign in | Subscribe | Puzzles | Jobs | Announcements", "", "", "B"),
        ],
        [
            ("News   Sport   What's On   Property   Motors   Opinion   Advertise", "", "", "B"),
        ],
        [
            ("News › Local", "", "", "B"),
        ],
        [
            (
                "Fury as only bus linking eight villages to Thirsk is axed from September",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Operator says route lost £186,000 last year after council pulled its subsidy",
                "Sallthorpe Coaches",
                "says",
                "W",
            ),
        ],
        [
            ("By Briallen Caskhurst-Scholes", "", "", "B"),
        ],
        [
            ("Local Democracy Reporting Service", "", "", "B"),
        ],
        [
            ("Published 14th Jul 2026, 16:05 BST", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            ("The 74 service at its stop on the green in Cresslow.", "", "", ""),
            ("Picture: Sallthorpe Coaches", "", "", "B"),
        ],
        [
            (
                "A bus service that is the only public transport for eight villages between Thirsk and Easingwold will be withdrawn from September 5, its operator Sallthorpe Coaches has confirmed.",
                "Sallthorpe Coaches",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "The company said the 74, which runs six times a day on weekdays, carried an average of 41 passengers a day in 2025, down from 96 in 2019.",
                "The company",
                "said",
                "W",
            ),
            (
                "It said the route lost £186,000 last year and that North Yorkshire Council told it in June that its subsidy would not be renewed.",
                "Sallthorpe Coaches",
                "said",
                "W",
            ),
            (
                "Sallthorpe Coaches, which is based in Thirsk, has run the route since 2011.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The 74 in numbers", "", "", ""),
        ],
        [
            ("Passengers a day in 2019: 96", "", "", "W"),
        ],
        [
            ("Passengers a day in 2025: 41", "", "", "W"),
        ],
        [
            ("Council subsidy per passenger journey: £14.80", "", "", "W"),
        ],
        [
            ("Last bus: 5.40pm from Thirsk Market Place, Friday 4 September", "", "", "W"),
        ],
        [
            ("We value your privacy", "", "", "B"),
            (
                "We and our partners store and access information on your device, such as cookies and unique identifiers, to show you personalised ads and content and to measure how our site is used.",
                "",
                "",
                "B",
            ),
            (
                "Some partners do this on the basis of legitimate interest, which you can object to at any time by clicking “Manage options” below.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("AGREE   MORE OPTIONS   DISAGREE", "", "", "B"),
        ],
        [
            (
                "A spokesperson for North Yorkshire Council said the authority had reviewed 37 subsidised routes this year and could no longer fund those costing more than £12 per passenger journey.",
                "A spokesperson for North Yorkshire Council",
                "said",
                "W",
            ),
            (
                "The spokesperson said officers were talking to community transport groups about a dial-a-ride service for the villages.",
                "A spokesperson for North Yorkshire Council",
                "said",
                "",
            ),
        ],
        [
            (
                "Parish council chairwoman Euphemia Rimmley said a petition against the cut had gathered 1,340 signatures in nine days.",
                "Euphemia Rimmley",
                "said",
                "W",
            ),
            (
                "She said: “We have people in their eighties in Cresslow who have never driven a car.",
                "Euphemia Rimmley",
                "said",
                "",
            ),
            (
                "Without the 74 they cannot get to the surgery, the chemist or the Monday market.”",
                "Euphemia Rimmley",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Pensioner Ephraim Whelley, 81, catches the bus from Aldbeck three times a week for hospital appointments in Thirsk.",
                "",
                "",
                "",
            ),
            (
                "“What am I supposed to do, walk nine miles each way?” he asked.",
                "Ephraim Whelley",
                "asked",
                "",
            ),
        ],
        [
            (
                "The area's county councillor, Cllr Marmaduke Quarworth (Lib Dem, Thirsk), said he had asked the council's executive to delay the decision until a £2.4m bus improvement grant is allocated in October.",
                "Marmaduke Quarworth",
                "said",
                "W",
            ),
            (
                "He said: “Once a route goes, it very rarely comes back.”",
                "Marmaduke Quarworth",
                "said",
                "",
            ),
        ],
        [
            ("Read more: Thirsk market traders warn over parking charge rise", "", "", "B"),
        ],
        [
            ("Comments (23)", "", "", "B"),
        ],
        [
            ("Sort by: Newest", "", "", "B"),
        ],
        [
            ("ElsieFromAldbeck", "", "", "B"),
        ],
        [
            ("2 hours ago", "", "", "B"),
        ],
        [
            ("My mum relies on this bus every Tuesday.", "", "", "B"),
            ("Nobody from the council has even been out to ask us.", "", "", "B"),
        ],
        [
            ("Reply · Report", "", "", "B"),
        ],
        [
            ("T.Wainhouse", "", "", "B"),
        ],
        [
            ("5 hours ago", "", "", "B"),
        ],
        [
            (
                "Forty-one people a day doesn't pay for a bus and a driver, sorry but that's the truth.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Reply · Report", "", "", "B"),
        ],
        [
            ("Show more comments", "", "", "B"),
        ],
        [
            (
                "Comments are subject to our community guidelines, which can be viewed here.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Hambleton Courant Ltd.", "", "", "B"),
            ("Registered in England No. 08812457.", "", "", "B"),
        ],
    ],
    [
        [
            ("SEBENZA NEWS", "", "", "B"),
        ],
        [
            ("Wednesday, 15 July 2026   |   Newsletter   |   Advertise", "", "", "B"),
        ],
        [
            ("News   Politics   Business   Sport   Lifestyle   Opinion   Video", "", "", "B"),
        ],
        [
            ("NEWS › KWAZULU-NATAL", "", "", "B"),
        ],
        [
            (
                "Seven Durban beaches closed in school holidays over high E. coli levels",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lifesavers say the closures could send thousands of holidaymakers to the South Coast",
                "Lifesavers",
                "say",
                "",
            ),
        ],
        [
            ("Sphesihle Mkabela", "", "", "B"),
        ],
        [
            ("15 July 2026 - 14:20", "", "", "B"),
        ],
        [
            ("3 min read", "", "", "B"),
        ],
        [
            ("Red flags on an empty stretch of Kingfish Bay beach on Tuesday.", "", "", ""),
            ("Image: Sphesihle Mkabela / Sebenza News", "", "", "B"),
        ],
        [
            (
                "The eThekwini Municipality has closed seven beaches, two of them on the central beachfront, after water samples taken last week showed E. coli levels far above the limit for safe swimming, the city said on Wednesday.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            (
                "Municipal spokesperson Thobeka Gxamalo said samples at Kingfish Bay showed 2,400 E. coli per 100ml, against a limit of 500.",
                "Thobeka Gxamalo",
                "said",
                "W",
            ),
            (
                "She said the contamination came from a sewer pump station that failed during power outages on July 8 and 9, spilling sewage into a stormwater canal.",
                "Thobeka Gxamalo",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Continue reading below", "", "", "B"),
        ],
        [
            ("POLL", "", "", "B"),
        ],
        [
            ("Would you swim at a Durban beach these holidays?", "", "", "B"),
        ],
        [
            ("Yes, I'll take my chances", "", "", "B"),
        ],
        [
            ("No, not until the tests are clean", "", "", "B"),
        ],
        [
            ("I only swim in the pool anyway", "", "", "B"),
        ],
        [
            ("Vote   |   View results", "", "", "B"),
        ],
        [
            (
                "Mxolisi Ngcengwane, chairperson of the Bluewater Lifesaving Club, said the closures could push thousands of holidaymakers to beaches on the South Coast.",
                "Mxolisi Ngcengwane",
                "said",
                "",
            ),
            (
                "He said the club had 46 lifeguards on duty at Durban's beaches over the holidays, and that they had turned away about 300 swimmers from closed beaches on Tuesday alone.",
                "Mxolisi Ngcengwane",
                "said",
                "W",
            ),
        ],
        [
            (
                "Surf shop owner Nerisha Nadasen-Moonsammy said her takings had dropped by about a third since Friday.",
                "Nerisha Nadasen-Moonsammy",
                "said",
                "",
            ),
            (
                "“July is when we make our money for the year,” she said.",
                "Nerisha Nadasen-Moonsammy",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Nokubonga Hlamalo, a water quality scientist at the Durban University of Technology, said E. coli counts usually fall within 72 hours of a spill being stopped, but rain can wash more sewage from the canals into the sea.",
                "Nokubonga Hlamalo",
                "said",
                "W",
            ),
        ],
        [
            (
                "The city said the beaches would reopen once two samples taken 24 hours apart were within limits, and that the pump station had been repaired on Monday.",
                "The city",
                "said",
                "W",
            ),
            (
                "Lifeguards will stay on duty at the closed beaches to keep people out of the water, it said.",
                "the eThekwini Municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition councillor Shaheed Badat said the municipality had spent only R38 million of the R210 million budgeted for sewer pump stations in the past financial year.",
                "Shaheed Badat",
                "said",
                "W",
            ),
            (
                "“Every winter holiday we are told it is the power cuts,” he said.",
                "Shaheed Badat",
                "said",
                "",
            ),
            ("“It is the maintenance.”", "Shaheed Badat", "said", ""),
        ],
        [
            (
                "Holidaymakers from Gauteng who had booked a week at a Kingfish Bay guesthouse spent Tuesday on the promenade instead.",
                "",
                "",
                "",
            ),
            (
                "“The children saw the sea from the car and now they can't go in,” said Nozipho Mzolile, from Benoni.",
                "Nozipho Mzolile",
                "said",
                "",
            ),
        ],
        [
            ("ALSO READ: Durban port cranes stand idle as strong winds halt loading", "", "", "B"),
        ],
        [
            ("Tags: Durban   eThekwini   Beaches   Water quality", "", "", "B"),
        ],
        [
            ("Related articles", "", "", "B"),
        ],
        [
            ("Sewage spill closes Umhlanga tidal pool", "", "", "B"),
        ],
        [
            ("KZN health department warns of winter flu surge", "", "", "B"),
        ],
        [
            ("Get the day's top stories in your inbox.", "", "", "B"),
            ("Sign up for the Sebenza News newsletter.", "", "", "B"),
        ],
        [
            ("© 2026 Sebenza News Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Bench Notebook", "", "", "B"),
        ],
        [
            ("Subscribe   Sign in", "", "", "B"),
        ],
        [
            ("Boise trustees vote to close two elementary schools.", "", "", "W"),
            ("Here's what the numbers say.", "", "", ""),
        ],
        [
            (
                "A $9.3 million hole, 1,840 fewer students and a 4-3 vote that ran past midnight",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Berit Baskerville", "", "", "B"),
        ],
        [
            ("Jul 15, 2026", "", "", "B"),
        ],
        [
            ("♡ 214   💬 37   ↻ 12", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "I have covered the Boise School District board for six years, and I had never seen its meeting room this full.",
                "",
                "",
                "",
            ),
            (
                "People stood along the back wall and out into the hallway, and the public comment period alone ran for two hours and 40 minutes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At 12:20 a.m. Wednesday, trustees voted 4-3 to close Wendmere Elementary and Garrhurst Elementary at the end of the 2026-27 school year.",
                "",
                "",
                "W",
            ),
            (
                "The district says the closures will save about $2.6 million a year.",
                "The district",
                "says",
                "W",
            ),
        ],
        [
            ("The Bench Notebook is a reader-supported publication.", "", "", "B"),
            (
                "To receive new posts and support my work, consider becoming a free or paid subscriber.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Type your email...   Subscribe", "", "", "B"),
        ],
        [
            ("Here are the numbers the board had in front of it:", "", "", ""),
        ],
        [
            ("Enrollment: down 1,840 students since fall 2019", "", "", "W"),
        ],
        [
            ("Projected deficit for 2027-28: $9.3 million", "", "", "W"),
        ],
        [
            ("Wendmere: 212 students in a building built for 450", "", "", "W"),
        ],
        [
            ("Garrhurst: 236 students in a building built for 500", "", "", "W"),
        ],
        [
            ("Last school closed: Kellwell Elementary, in 2021", "", "", "W"),
        ],
        [
            (
                "Trustee Ylva Sallock, who voted no, said the district had not studied how far Wendmere's children would have to walk to their new school.",
                "Ylva Sallock",
                "said",
                "W",
            ),
            (
                "“We are asking seven-year-olds to cross a five-lane road to save money we may not even save,” she said.",
                "Ylva Sallock",
                "said",
                "",
            ),
        ],
        [
            (
                "Superintendent Dr. Cosimo Dunmthorpe said the district would provide buses for any student who lives more than a mile from the new school.",
                "Cosimo Dunmthorpe",
                "said",
                "W",
            ),
            (
                "He said the forecast the board relied on had been “conservative, if anything.”",
                "Cosimo Dunmthorpe",
                "said",
                "",
            ),
        ],
        [
            ("My read: the vote was never really about Wendmere.", "", "", ""),
            (
                "It was about whether the board trusts the enrollment forecast, and four of the seven do.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "This post is free, but the reporting behind it takes a lot of evenings in that meeting room.",
                "",
                "",
                "B",
            ),
            (
                "Paid subscribers keep it free for everyone else, for $7 a month or $70 a year.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Upgrade to paid", "", "", "B"),
        ],
        [
            (
                "Itziar Etxegarai, whose two children go to Garrhurst, told me she learned about the vote from a neighbor's text at 12:25 a.m.",
                "Itziar Etxegarai",
                "told me",
                "",
            ),
            ("“I went to bed thinking they'd table it,” she said.", "Itziar Etxegarai", "said", ""),
        ],
        [
            (
                "The board will vote on new attendance boundaries on Oct. 13, and the district has scheduled two open houses for affected families in September.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Thanks for reading The Bench Notebook!", "", "", "B"),
            ("Subscribe for free to receive new posts and support my work.", "", "", "B"),
        ],
        [
            ("♡ 214 Likes   ·   ↻ 12 Restacks", "", "", "B"),
        ],
        [
            (
                "Berit Baskerville spent 14 years at daily newspapers in Idaho and Oregon before starting The Bench Notebook in 2022.",
                "",
                "",
                "B",
            ),
            ("She lives in Boise's North End with two kids and an elderly beagle.", "", "", "B"),
        ],
        [
            ("37 Comments", "", "", "B"),
        ],
        [
            ("Herdis P.", "", "", "B"),
        ],
        [
            ("Jul 15", "", "", "B"),
        ],
        [
            ("I sat through the whole thing too.", "", "", "B"),
            ("Thank you for writing down the numbers nobody read out loud.", "", "", "B"),
        ],
        [
            ("Like (18)   Reply", "", "", "B"),
        ],
        [
            ("Daylen Oroszco", "", "", "B"),
        ],
        [
            ("Jul 15", "", "", "B"),
        ],
        [
            ("Four to three after midnight is not a mandate.", "", "", "B"),
            ("Put it on the ballot.", "", "", "B"),
        ],
        [
            ("Like (6)   Reply", "", "", "B"),
        ],
        [
            ("© 2026 Berit Baskerville · Privacy · Terms · Collection notice", "", "", "B"),
        ],
        [
            ("Start writing   Get the app", "", "", "B"),
        ],
    ],
    [
        [
            ("THE IPÊ REPORT", "", "", "B"),
        ],
        [
            ("Brazil news in English", "", "", "B"),
        ],
        [
            (
                "Politics   Economy   Cities   Environment   Culture   Sports   Newsletter",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Cities | Minas Gerais", "", "", "B"),
        ],
        [
            ("Belo Horizonte bus fare to rise to R$6.25 on August 1", "", "", "W"),
        ],
        [
            (
                "Students plan a protest at City Hall as the mayor's office defends the 13.6% increase",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Júlio Caldoverde-Macêdo", "", "", "B"),
        ],
        [
            ("July 15, 2026 at 10:40 a.m. (BRT)", "", "", "B"),
        ],
        [
            (
                "🌐 This article was translated from Portuguese with the help of artificial intelligence and reviewed by our editorial team.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read the original in Portuguese", "", "", "B"),
        ],
        [
            (
                "Quotes were translated by the newsroom and may have been shortened for clarity.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "BELO HORIZONTE, MG — The basic bus fare in Belo Horizonte will rise from R$5.50 to R$6.25 on August 1, the city's transport agency announced on Tuesday.",
                "the city's transport agency",
                "announced",
                "W",
            ),
            ("It is the first increase since January 2024.", "", "", "W"),
        ],
        [
            (
                "The agency said the new fare reflects a 19% rise in diesel prices over the past year and a wage agreement that gave drivers a 7.2% raise in May.",
                "The agency",
                "said",
                "W",
            ),
            (
                "In a note, the mayor's office said the city will keep paying a subsidy of R$412 million a year to bus companies, and that without it the fare would be R$8.10.",
                "the mayor's office",
                "said",
                "W",
            ),
            (
                "Fares on the rapid bus lines will rise to R$6.90, and the integrated fare with metropolitan lines to R$9.40.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Get Brazil's news in English every weekday morning: subscribe to our free newsletter.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Mayor Evandro Brum-Vilhaverde said in a video posted on Instagram that the subsidy was the largest in the city's history.",
                "Evandro Brum-Vilhaverde",
                "said in a video posted on Instagram",
                "W",
            ),
            (
                "“We did everything we could to hold the fare, and we will keep doing it,” he said.",
                "Evandro Brum-Vilhaverde",
                "said",
                "",
            ),
        ],
        [
            (
                "About 1.1 million passengers ride the city's buses on a typical weekday, according to the agency.",
                "the agency",
                "according to",
                "W",
            ),
        ],
        [
            (
                "[Editor's note: In Brazil, “tarifa zero” refers to fare-free public transport, a policy some cities have adopted.]",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Union of Secondary Students of Belo Horizonte said it would hold a protest outside City Hall on July 22 at 5 p.m. and called on the city to adopt the tarifa zero for students.",
                "The Union of Secondary Students of Belo Horizonte",
                "said",
                "W",
            ),
            (
                "“Half of our students already skip the bus twice a week to save money,” said the union's president, Taís Albegosa, 19.",
                "Taís Albegosa",
                "said",
                "",
            ),
            (
                "She said the union had collected 8,200 signatures for a free student pass since March.",
                "Taís Albegosa",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The bus operators' association, Rodovale, said passenger numbers on city lines are still 22% below 2019 levels.",
                "Rodovale",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cleaner Rosângela Pimenceira, who takes two buses each way from Venda Nova, said the increase would cost her about R$72 more a month.",
                "Rosângela Pimenceira",
                "said",
                "",
            ),
            ("“That is a week of lunches,” she said.", "Rosângela Pimenceira", "said", ""),
            ("“Do they think the bus is a luxury for us?”", "Rosângela Pimenceira", "said", ""),
        ],
        [
            (
                "Protests over bus fares have been held in Belo Horizonte almost every year since 2013.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under municipal law, fare adjustments are set by decree and do not go to a vote in the city council.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "This article was produced with machine translation and reviewed by a human editor.",
                "",
                "",
                "B",
            ),
            ("Spotted a translation error?", "", "", "B"),
            ("Let us know.", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("São Paulo metro workers call strike for Thursday", "", "", "B"),
        ],
        [
            ("Contagem opens new bus corridor along its industrial belt", "", "", "B"),
        ],
        [
            ("Tags: Belo Horizonte, public transport, bus fares, Minas Gerais", "", "", "B"),
        ],
        [
            ("© 2026 The Ipê Report.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Gulf Mirage Daily", "", "", "B"),
        ],
        [
            (
                "Prayer times (Sharjah)   Fajr 4:11   Dhuhr 12:23   Asr 3:48   Maghrib 7:14   Isha 8:40",
                "",
                "",
                "B",
            ),
        ],
        [
            ("UAE   Gulf   World   Business   Sport   Life   Opinion   Video", "", "", "B"),
        ],
        [
            ("UAE", "", "", "B"),
        ],
        [
            (
                "Sharjah residents spend four nights without air-conditioning as temperatures top 45°C",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Building management says a failed chiller will be replaced by Saturday",
                "Orchidwell Property Management",
                "says",
                "W",
            ),
        ],
        [
            ("Ruba Qaddoumi", "", "", "B"),
        ],
        [
            ("Published: Wed 15 Jul 2026, 6:00 AM", "", "", "B"),
        ],
        [
            ("Last updated: Wed 15 Jul 2026, 8:12 AM", "", "", "B"),
        ],
        [
            (
                "Residents sit in the lobby of Al Ghusoon Tower in Al Nahda, Sharjah, on Tuesday night.",
                "",
                "",
                "",
            ),
            ("Photo: Supplied", "", "", "B"),
        ],
        [
            (
                "Residents of a 22-storey tower in Sharjah's Al Nahda area have been without central air-conditioning since Saturday after the building's chiller broke down, as daytime temperatures reached 46°C.",
                "",
                "",
                "W",
            ),
            (
                "The tower has 176 flats and about 600 residents, most of them families.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Joby Kunnathara, operations manager at Orchidwell Property Management, which runs the building, said a compressor failed on Saturday afternoon and a replacement unit was being shipped from Jebel Ali.",
                "Joby Kunnathara",
                "said",
                "W",
            ),
            (
                "He said the unit would be installed by Saturday and that the company had placed 60 portable air-conditioners in flats with children, elderly residents or people who are ill.",
                "Joby Kunnathara",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gold rate (Dubai, per gram)   24K Dh412.75 ▲   22K Dh382.25 ▲   21K Dh366.50   18K Dh314.00",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Rania Dwairi-Saleh, a mother of three who lives on the 17th floor, said the temperature inside her flat reached 39°C on Monday night.",
                "Rania Dwairi-Saleh",
                "said",
                "",
            ),
            (
                "“My youngest has not slept properly since Saturday.",
                "Rania Dwairi-Saleh",
                "said",
                "",
            ),
            (
                "We waited, and waited... and now they tell us another four days,” she said.",
                "Rania Dwairi-Saleh",
                "said",
                "",
            ),
            (
                "She said tenants pay a chiller fee of Dh380 a month on top of their rent.",
                "Rania Dwairi-Saleh",
                "said",
                "W",
            ),
            (
                "A municipal inspector visited the building on Monday afternoon, residents said.",
                "residents",
                "said",
                "W",
            ),
        ],
        [
            (
                "Muath Obeidat, an electrician who lives on the ninth floor, said he had moved his wife and daughter to a relative's flat in Ajman until the cooling is restored.",
                "Muath Obeidat",
                "said",
                "",
            ),
            (
                "“I stay here to look after the flat, and I sleep in my car with the engine on for two hours every night,” he said.",
                "Muath Obeidat",
                "said",
                "",
            ),
        ],
        [
            (
                "Also read: Ajman issues 1,200 fines for illegal parking in residential areas",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Dr Shamsa Al Dhaheri, an emergency medicine consultant at a private hospital in Sharjah, said heat exhaustion cases at the hospital's emergency department had risen by about 30 per cent since the start of July.",
                "Shamsa Al Dhaheri",
                "said",
                "W",
            ),
            (
                "She advised residents without cooling to spend the hottest hours in air-conditioned public places and to drink water even when they are not thirsty.",
                "Shamsa Al Dhaheri",
                "advised",
                "",
            ),
            (
                "“Children and older people show the signs late, so do not wait for them to complain,” she said.",
                "Shamsa Al Dhaheri",
                "said",
                "",
            ),
        ],
        [
            (
                "The Sharjah Electricity, Water and Gas Authority (SEWA) said the outage was not caused by its network, and that power supply to the building had been normal throughout.",
                "The Sharjah Electricity, Water and Gas Authority (SEWA)",
                "said",
                "W",
            ),
            (
                "It said its engineers inspected the substation serving the tower on Sunday and found no fault.",
                "The Sharjah Electricity, Water and Gas Authority (SEWA)",
                "said",
                "W",
            ),
        ],
        [
            (
                "Temperatures in Sharjah are expected to stay between 44°C and 46°C until the weekend, the National Centre of Meteorology said.",
                "the National Centre of Meteorology",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the emirate's tenancy rules, landlords are responsible for maintaining central air-conditioning, and tenants can take complaints to the rental disputes committee.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The UAE's midday break, which bans outdoor work under direct sun between 12:30 p.m. and 3 p.m., runs until September 15.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Stay up to date with the latest news.", "", "", "B"),
            ("Follow Gulf Mirage Daily on Google News.", "", "", "B"),
        ],
        [
            ("Most popular", "", "", "B"),
        ],
        [
            ("Humidity to rise across the country this weekend, forecasters say", "", "", "B"),
        ],
        [
            ("Sharjah schools to start new term on August 31", "", "", "B"),
        ],
        [
            ("© Gulf Mirage Daily 2026.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("BBN News", "", "", "B"),
        ],
        [
            (
                "Just In   Local   Australia   World   Business   Sport   Analysis   Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Northern Tasmania", "", "", "B"),
        ],
        [
            (
                "Launceston's only 50-metre pool to close for two years under $19.2m rebuild plan",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Tegen Hordley", "", "", "B"),
        ],
        [
            ("Posted Tue 14 Jul 2026 at 6:05am, updated Tue 14 Jul 2026 at 8:41am", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("Key points:", "", "", "B"),
        ],
        [
            (
                "The council has voted 8-4 to close the Tamar Reach Aquatic Centre from April 2027",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The rebuild is expected to cost $19.2 million", "", "", "W"),
        ],
        [
            ("Swim clubs say members may have to train in Devonport", "Swim clubs", "say", ""),
        ],
        [
            (
                "Swimmers during an early-morning squad session at the Tamar Reach Aquatic Centre.",
                "",
                "",
                "",
            ),
            ("(BBN News: Tegen Hordley)", "", "", "B"),
        ],
        [
            (
                "Just after 6am on Tuesday, a few dozen swimmers were already ploughing up and down the lanes, steam rising off the heated water into the cold air.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Launceston City Council has voted to close the city's only 50-metre public pool for two years while it is demolished and rebuilt.",
                "",
                "",
                "W",
            ),
            (
                "The centre's 25-metre indoor pool, learn-to-swim pool and gym will close at the same time.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Keiran Trengwith said councillors voted 8-4 on Monday night after engineers found the pool's concrete shell was leaking about 90,000 litres of water a week.",
                "Keiran Trengwith",
                "said",
                "W",
            ),
            (
                "“Nobody on this council wanted to close the pool for two years,” he said.",
                "Keiran Trengwith",
                "said",
                "",
            ),
            (
                "“But patching it up again would have been money down the drain — literally.”",
                "Keiran Trengwith",
                "said",
                "",
            ),
            (
                "He said the council had spent $640,000 on leak repairs at the pool since 2020.",
                "Keiran Trengwith",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council will ask the federal government for $8 million and the state government for $5 million, with the rest to come from its own reserves.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Get local news delivered to your inbox.", "", "", "B"),
            ("Sign up for the BBN Northern Tasmania newsletter.", "", "", "B"),
        ],
        [
            (
                "Northern Tigersharks Swim Club president Merridy Caskhurst said the club's 170 members would have to train in Devonport, about an hour's drive away, or in 25-metre pools.",
                "Merridy Caskhurst",
                "said",
                "W",
            ),
            (
                "“For a family with three kids in squad, that's four trips a week up the highway,” she said.",
                "Merridy Caskhurst",
                "said",
                "",
            ),
            (
                "She said the club had asked the council in writing to keep its outdoor pool open during the rebuild.",
                "Merridy Caskhurst",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokeswoman for the state's Minister for Sport said the government would consider the council's request in the next budget.",
                "A spokeswoman for the state's Minister for Sport",
                "said",
                "",
            ),
        ],
        [
            (
                "Cr Torben Lambridge, who voted against the plan, said the council should have rebuilt the centre in two stages so that one pool stayed open.",
                "Torben Lambridge",
                "said",
                "",
            ),
            (
                "“We're telling 210,000 swimmers a year to go somewhere else for two years,” he said.",
                "Torben Lambridge",
                "said",
                "",
            ),
            (
                "The council said a temporary learn-to-swim program would run at two school pools from May 2027.",
                "The council",
                "said",
                "W",
            ),
        ],
        [
            (
                "The pool opened in 1974 and was last refurbished in 2009 at a cost of $2.3 million.",
                "",
                "",
                "W",
            ),
            (
                "About 210,000 visits were made to the centre in 2025, according to the council's annual report.",
                "the council's annual report",
                "according to",
                "W",
            ),
        ],
        [
            ("Posted 14 Jul 2026, updated 14 Jul 2026", "", "", "B"),
        ],
        [
            ("Topics: Local Government, Launceston, Swimming, Sport, TAS", "", "", "B"),
        ],
        [
            ("Top Stories", "", "", "B"),
        ],
        [
            ("Hobart bus drivers to strike for 24 hours on Friday", "", "", "B"),
        ],
        [
            ("Cold snap brings snow to Tasmania's central highlands", "", "", "B"),
        ],
        [
            (
                "BBN acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn and work.",
                "",
                "",
                "B",
            ),
            ("We pay our respects to Elders past and present.", "", "", "B"),
        ],
        [
            ("© 2026 Bunyip Broadcasting Network", "", "", "B"),
        ],
    ],
    [
        [
            ("DOMSTADT JOURNAL | English Edition", "", "", "B"),
        ],
        [
            ("Deutsch   |   English", "", "", "B"),
        ],
        [
            ("Cologne   NRW   Germany   Politics   Economy   Sport   Culture", "", "", "B"),
        ],
        [
            ("Cologne", "", "", "B"),
        ],
        [
            ("WWII bomb defused in Cologne after 9,400 people evacuated", "", "", "W"),
        ],
        [
            (
                "Rail traffic through the city was halted for nearly three and a half hours on Tuesday",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Swantje Wollenhaupt", "", "", "B"),
        ],
        [
            ("14.07.2026, 19:32   |   Reading time: 3 min.", "", "", "B"),
        ],
        [
            ("Photo gallery", "", "", "B"),
        ],
        [
            ("1 / 12", "", "", "B"),
            (
                "Members of the explosive ordnance disposal service at the site in Mülheim on Tuesday evening.",
                "",
                "",
                "",
            ),
            ("Photo: Swantje Wollenhaupt", "", "", "B"),
        ],
        [
            (
                "Experts defused a 500-kilogram World War II bomb in Cologne's Mülheim district on Tuesday evening, the City of Cologne said.",
                "the City of Cologne",
                "said",
                "W",
            ),
            (
                "The US-made bomb was found on Monday during excavation work for a new daycare centre at Hollbergstr. 41 in the district.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "City spokesperson Jannis Auerbruch said 9,400 residents living within a 500-metre radius had to leave their homes by 11 a.m., and that two care homes with 210 residents were evacuated by ambulance.",
                "Jannis Auerbruch",
                "said",
                "W",
            ),
            (
                "He said 320 people spent the afternoon at an emergency shelter set up in a school sports hall.",
                "Jannis Auerbruch",
                "said",
                "W",
            ),
        ],
        [
            ("The defusing began at 5:48 p.m. and was completed at 6:21 p.m.", "", "", "W"),
            ("It was the 11th bomb to be defused in the city this year.", "", "", "W"),
            (
                "Residents were allowed to return to their homes from 6:45 p.m., the city said.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            ("Recommended editorial content", "", "", "B"),
        ],
        [
            (
                "At this point you will find external content from X that complements the article.",
                "",
                "",
                "B",
            ),
            ("You can display it with one click and hide it again.", "", "", "B"),
        ],
        [
            ("I agree to external content being shown to me.", "", "", "B"),
            (
                "Personal data may be transmitted to third-party platforms in the process.",
                "",
                "",
                "B",
            ),
            ("For more information, see our privacy policy.", "", "", "B"),
        ],
        [
            ("Show external content", "", "", "B"),
        ],
        [
            (
                "Deutsche Bahn said 64 regional and long-distance trains were cancelled or diverted while the line across the Hohenzollern Bridge was closed from 3:10 p.m. to 6:40 p.m.",
                "Deutsche Bahn",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rüdiger Stellmacher-Ohm, who led the team from the Düsseldorf district government's explosive ordnance disposal service, said the bomb's fuse was badly corroded and had to be cut out with a water jet.",
                "Rüdiger Stellmacher-Ohm",
                "said",
                "W",
            ),
            (
                "“It was a routine job, but no bomb is ever routine,” he said.",
                "Rüdiger Stellmacher-Ohm",
                "said",
                "",
            ),
        ],
        [
            ("4 / 12", "", "", "B"),
            ("Residents wait at the emergency shelter on Tuesday afternoon.", "", "", ""),
            ("Photo: Swantje Wollenhaupt", "", "", "B"),
        ],
        [
            (
                "Around 1,500 unexploded bombs are still thought to lie under Cologne, according to estimates by the city's fire department.",
                "estimates by the city's fire department",
                "according to",
                "",
            ),
            (
                "Bombs weighing more than 100 kilograms were found in the city 19 times last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Pensioner Hannelore Rosskamp-Eilers spent the afternoon at the shelter with her cat in a carrier on her lap.",
                "",
                "",
                "",
            ),
            (
                "“It's my third evacuation in four years,” she said.",
                "Hannelore Rosskamp-Eilers",
                "said",
                "",
            ),
            ("“The cat is used to it by now.”", "Hannelore Rosskamp-Eilers", "said", ""),
            (
                "Her neighbour, she said, had refused to leave until police knocked on his door a second time.",
                "Hannelore Rosskamp-Eilers",
                "said",
                "",
            ),
        ],
        [
            (
                "At Cologne's main station, the departure boards showed cancellations for most of the afternoon, and long queues formed at the information desks.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Topics: Cologne · World War II · Bomb disposal · Deutsche Bahn", "", "", "B"),
        ],
        [
            ("More from Cologne", "", "", "B"),
        ],
        [
            ("Cologne's ring road to lose a car lane to cyclists by 2027", "", "", "B"),
        ],
        [
            ("Carnival committee picks motto for the 2027 season", "", "", "B"),
        ],
        [
            ("© Domstadt Journal 2026 – All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Imprint   |   Data protection   |   Privacy settings   |   Terms of use   |   Contact",
                "",
                "",
                "B",
            ),
        ],
    ],
]


CASES = [
    (
        "n83-us-st-caption-credit",
        "A city crew digs out a lead service line on Quarcote St. in June. Zillah Vaskelis / Baymarsh Public Radio",
        [
            "A city crew digs out a lead service line on Quarcote St. in June.",
            "Zillah Vaskelis / Baymarsh Public Radio",
        ],
    ),
    (
        "n83-us-quote-split-he-said",
        "Commissioner Jedidiah Crabhurst, who cast one of the two no votes, said the city should have applied for more federal grant money before taking on new debt. “I'm for getting the lead out. I'm not for mailing the bill to our grandkids,” he said.",
        [
            "Commissioner Jedidiah Crabhurst, who cast one of the two no votes, said the city should have applied for more federal grant money before taking on new debt.",
            "“I'm for getting the lead out.",
            "I'm not for mailing the bill to our grandkids,” he said.",
        ],
    ),
    (
        "n83-us-jan-and-us-epa",
        "Whelcote said water rates will rise by about $4.20 a month for a typical household starting Jan. 1 to repay the loan. She said homes in 11 of the 60 samples the city took last year were above the U.S. Environmental Protection Agency's lead action level of 15 parts per billion.",
        [
            "Whelcote said water rates will rise by about $4.20 a month for a typical household starting Jan. 1 to repay the loan.",
            "She said homes in 11 of the 60 samples the city took last year were above the U.S. Environmental Protection Agency's lead action level of 15 parts per billion.",
        ],
    ),
    (
        "n83-us-sept-phone-she-said",
        "Work on the first 1,100 lines, most of them east of the river, is scheduled to start Sept. 8, Whelcote said. Residents can look up their address on the city's website or call the water division at 989-555-0142, she said.",
        [
            "Work on the first 1,100 lines, most of them east of the river, is scheduled to start Sept. 8, Whelcote said.",
            "Residents can look up their address on the city's website or call the water division at 989-555-0142, she said.",
        ],
    ),
    (
        "n83-ke-quote-split-mr",
        "Nakuru Matatu Owners Association chairman Shadrack Kongure Timaiyo said more than 1,200 vehicles had been withdrawn from the town's 46 routes. “We are not refusing to pay. We are refusing to be squeezed until we close,” Mr Timaiyo said. He said the association wrote to the county's roads department on June 18 but had not received a reply.",
        [
            "Nakuru Matatu Owners Association chairman Shadrack Kongure Timaiyo said more than 1,200 vehicles had been withdrawn from the town's 46 routes.",
            "“We are not refusing to pay.",
            "We are refusing to be squeezed until we close,” Mr Timaiyo said.",
            "He said the association wrote to the county's roads department on June 18 but had not received a reply.",
        ],
    ),
    (
        "n83-ke-am-times-said-after",
        "“I left home at 5am and reached here at 7.30am,” said Rispah Nyetanui, who sells vegetables at Mwisho market, after walking from Olkeju estate. She said boda boda riders had doubled their fare for the same trip to Sh200.",
        [
            "“I left home at 5am and reached here at 7.30am,” said Rispah Nyetanui, who sells vegetables at Mwisho market, after walking from Olkeju estate.",
            "She said boda boda riders had doubled their fare for the same trip to Sh200.",
        ],
    ),
    (
        "n83-in-initial-g-dhamale",
        "PMC's superintending engineer (bridges) Shirish G. Dhamale said the work would cost ₹48.6 crore and was cleared by the standing committee on May 21. He said a structural audit by a private consultant in 2025 had found cracks in 14 of the flyover's 22 bearings. “The flyover is not unsafe today, but if we wait for one more monsoon, it may become unsafe,” Dhamale said.",
        [
            "PMC's superintending engineer (bridges) Shirish G. Dhamale said the work would cost ₹48.6 crore and was cleared by the standing committee on May 21.",
            "He said a structural audit by a private consultant in 2025 had found cracks in 14 of the flyover's 22 bearings.",
            "“The flyover is not unsafe today, but if we wait for one more monsoon, it may become unsafe,” Dhamale said.",
        ],
    ),
    (
        "n83-in-pvt-ltd-mid-sentence",
        "According to the PMC's tender notice, the contractor, Rudrashree Constructions Pvt. Ltd., must finish the work by August 28 or pay a penalty of ₹1 lakh a day. Dhamale said the department would try to open one lane before Ganeshotsav.",
        [
            "According to the PMC's tender notice, the contractor, Rudrashree Constructions Pvt. Ltd., must finish the work by August 28 or pay a penalty of ₹1 lakh a day.",
            "Dhamale said the department would try to open one lane before Ganeshotsav.",
        ],
    ),
    (
        "n83-in-quoted-question-asked",
        "“It took me 50 minutes to cover 4 km this morning,” said Kedar Ghonmode, an IT employee who drives to an office on the city's western edge every day. He said the PMC should have done the work during the Diwali holidays, when traffic is thin. “Who plans a repair like this in the middle of the school term?” he asked.",
        [
            "“It took me 50 minutes to cover 4 km this morning,” said Kedar Ghonmode, an IT employee who drives to an office on the city's western edge every day.",
            "He said the PMC should have done the work during the Diwali holidays, when traffic is thin.",
            "“Who plans a repair like this in the middle of the school term?” he asked.",
        ],
    ),
    (
        "n83-jp-aug-dot-number",
        "Under the program, a household or farm can receive up to 180,000 yen, and applications open on Aug. 3. Fences must be installed by a contractor registered with the town.",
        [
            "Under the program, a household or farm can receive up to 180,000 yen, and applications open on Aug. 3.",
            "Fences must be installed by a contractor registered with the town.",
        ],
    ),
    (
        "n83-jp-am-then-name-comma",
        "On a recent morning, a town loudspeaker truck drove slowly between the rice fields, warning residents that a bear had been seen near the elementary school at 6:15 a.m. The principal of Kurohori Elementary School, Mitsue Hatakeda, said 38 of the school's 61 pupils are now driven to school by their parents. “We have bells on every child's backpack,” she said. “The children think it is a game, and that is fine.”",
        [
            "On a recent morning, a town loudspeaker truck drove slowly between the rice fields, warning residents that a bear had been seen near the elementary school at 6:15 a.m.",
            "The principal of Kurohori Elementary School, Mitsue Hatakeda, said 38 of the school's 61 pupils are now driven to school by their parents.",
            "“We have bells on every child's backpack,” she said.",
            "“The children think it is a game, and that is fine.”",
        ],
    ),
    (
        "n83-jp-co-ltd-copyright",
        "Copyright © The Kamome Daily Co., Ltd. All rights reserved. No reproduction or republication without written permission.",
        [
            "Copyright © The Kamome Daily Co., Ltd.",
            "All rights reserved.",
            "No reproduction or republication without written permission.",
        ],
    ),
    (
        "n83-ca-pm-mdt-stamps",
        "Published Tuesday, July 14, 2026 6:48 p.m. MDT Last Updated Wednesday, July 15, 2026 7:02 a.m. MDT",
        [
            "Published Tuesday, July 14, 2026 6:48 p.m. MDT",
            "Last Updated Wednesday, July 15, 2026 7:02 a.m. MDT",
        ],
    ),
    (
        "n83-ca-pm-times-eccc",
        "Environment and Climate Change Canada issued a severe thunderstorm warning for the city at 3:12 p.m. and said the heaviest hail fell between 3:40 p.m. and 4:05 p.m. ECCC meteorologist Elowen Vorobey said the weather station at the airport recorded 38 millimetres of rain in 25 minutes. “That's more than half of what we'd normally see in the whole month of July, in less than half an hour,” she said. She said more thunderstorms were possible on Thursday afternoon, though they were not expected to be as severe.",
        [
            "Environment and Climate Change Canada issued a severe thunderstorm warning for the city at 3:12 p.m. and said the heaviest hail fell between 3:40 p.m. and 4:05 p.m.",
            "ECCC meteorologist Elowen Vorobey said the weather station at the airport recorded 38 millimetres of rain in 25 minutes.",
            "“That's more than half of what we'd normally see in the whole month of July, in less than half an hour,” she said.",
            "She said more thunderstorms were possible on Thursday afternoon, though they were not expected to be as severe.",
        ],
    ),
    (
        "n83-ca-sgt-before-name",
        "Lethbridge Police Service Sgt. Kelwyn Glimcombe said officers closed the 3 Avenue underpass for nearly two hours after water rose above the curbs, and towed four stalled cars. He said drivers should never try to cross a flooded road.",
        [
            "Lethbridge Police Service Sgt. Kelwyn Glimcombe said officers closed the 3 Avenue underpass for nearly two hours after water rose above the curbs, and towed four stalled cars.",
            "He said drivers should never try to cross a flooded road.",
        ],
    ),
    (
        "n83-ca-video-title-timestamp",
        "VIDEO: Farmers east of Lethbridge count their crop losses Farmers say up to 60 per cent of some canola fields were flattened. 1:58",
        [
            "VIDEO: Farmers east of Lethbridge count their crop losses",
            "Farmers say up to 60 per cent of some canola fields were flattened.",
            "1:58",
        ],
    ),
    (
        "n83-uk-question-he-asked",
        "Pensioner Ephraim Whelley, 81, catches the bus from Aldbeck three times a week for hospital appointments in Thirsk. “What am I supposed to do, walk nine miles each way?” he asked.",
        [
            "Pensioner Ephraim Whelley, 81, catches the bus from Aldbeck three times a week for hospital appointments in Thirsk.",
            "“What am I supposed to do, walk nine miles each way?” he asked.",
        ],
    ),
    (
        "n83-uk-said-colon-quote",
        "Parish council chairwoman Euphemia Rimmley said a petition against the cut had gathered 1,340 signatures in nine days. She said: “We have people in their eighties in Cresslow who have never driven a car. Without the 74 they cannot get to the surgery, the chemist or the Monday market.”",
        [
            "Parish council chairwoman Euphemia Rimmley said a petition against the cut had gathered 1,340 signatures in nine days.",
            "She said: “We have people in their eighties in Cresslow who have never driven a car.",
            "Without the 74 they cannot get to the surgery, the chemist or the Monday market.”",
        ],
    ),
    (
        "n83-uk-ltd-registered-no",
        "© 2026 Hambleton Courant Ltd. Registered in England No. 08812457.",
        [
            "© 2026 Hambleton Courant Ltd.",
            "Registered in England No. 08812457.",
        ],
    ),
    (
        "n83-za-e-coli-figures",
        "Municipal spokesperson Thobeka Gxamalo said samples at Kingfish Bay showed 2,400 E. coli per 100ml, against a limit of 500. She said the contamination came from a sewer pump station that failed during power outages on July 8 and 9, spilling sewage into a stormwater canal.",
        [
            "Municipal spokesperson Thobeka Gxamalo said samples at Kingfish Bay showed 2,400 E. coli per 100ml, against a limit of 500.",
            "She said the contamination came from a sewer pump station that failed during power outages on July 8 and 9, spilling sewage into a stormwater canal.",
        ],
    ),
    (
        "n83-za-pty-ltd-copyright",
        "© 2026 Sebenza News Media (Pty) Ltd. All rights reserved.",
        [
            "© 2026 Sebenza News Media (Pty) Ltd.",
            "All rights reserved.",
        ],
    ),
    (
        "n83-nl-title-two-sentences",
        "Boise trustees vote to close two elementary schools. Here's what the numbers say.",
        [
            "Boise trustees vote to close two elementary schools.",
            "Here's what the numbers say.",
        ],
    ),
    (
        "n83-nl-am-weekday-district",
        "At 12:20 a.m. Wednesday, trustees voted 4-3 to close Wendmere Elementary and Garrhurst Elementary at the end of the 2026-27 school year. The district says the closures will save about $2.6 million a year.",
        [
            "At 12:20 a.m. Wednesday, trustees voted 4-3 to close Wendmere Elementary and Garrhurst Elementary at the end of the 2026-27 school year.",
            "The district says the closures will save about $2.6 million a year.",
        ],
    ),
    (
        "n83-nl-dr-quote-word-end",
        "Superintendent Dr. Cosimo Dunmthorpe said the district would provide buses for any student who lives more than a mile from the new school. He said the forecast the board relied on had been “conservative, if anything.”",
        [
            "Superintendent Dr. Cosimo Dunmthorpe said the district would provide buses for any student who lives more than a mile from the new school.",
            "He said the forecast the board relied on had been “conservative, if anything.”",
        ],
    ),
    (
        "n83-br-pm-and-quote-said",
        "The Union of Secondary Students of Belo Horizonte said it would hold a protest outside City Hall on July 22 at 5 p.m. and called on the city to adopt the tarifa zero for students. “Half of our students already skip the bus twice a week to save money,” said the union's president, Taís Albegosa, 19. She said the union had collected 8,200 signatures for a free student pass since March.",
        [
            "The Union of Secondary Students of Belo Horizonte said it would hold a protest outside City Hall on July 22 at 5 p.m. and called on the city to adopt the tarifa zero for students.",
            "“Half of our students already skip the bus twice a week to save money,” said the union's president, Taís Albegosa, 19.",
            "She said the union had collected 8,200 signatures for a free student pass since March.",
        ],
    ),
    (
        "n83-ae-ellipsis-in-quote",
        "Rania Dwairi-Saleh, a mother of three who lives on the 17th floor, said the temperature inside her flat reached 39°C on Monday night. “My youngest has not slept properly since Saturday. We waited, and waited... and now they tell us another four days,” she said. She said tenants pay a chiller fee of Dh380 a month on top of their rent. A municipal inspector visited the building on Monday afternoon, residents said.",
        [
            "Rania Dwairi-Saleh, a mother of three who lives on the 17th floor, said the temperature inside her flat reached 39°C on Monday night.",
            "“My youngest has not slept properly since Saturday.",
            "We waited, and waited... and now they tell us another four days,” she said.",
            "She said tenants pay a chiller fee of Dh380 a month on top of their rent.",
            "A municipal inspector visited the building on Monday afternoon, residents said.",
        ],
    ),
    (
        "n83-au-quote-pair-then-he",
        "Mayor Keiran Trengwith said councillors voted 8-4 on Monday night after engineers found the pool's concrete shell was leaking about 90,000 litres of water a week. “Nobody on this council wanted to close the pool for two years,” he said. “But patching it up again would have been money down the drain — literally.” He said the council had spent $640,000 on leak repairs at the pool since 2020.",
        [
            "Mayor Keiran Trengwith said councillors voted 8-4 on Monday night after engineers found the pool's concrete shell was leaking about 90,000 litres of water a week.",
            "“Nobody on this council wanted to close the pool for two years,” he said.",
            "“But patching it up again would have been money down the drain — literally.”",
            "He said the council had spent $640,000 on leak repairs at the pool since 2020.",
        ],
    ),
    (
        "n83-de-pm-times-three",
        "The defusing began at 5:48 p.m. and was completed at 6:21 p.m. It was the 11th bomb to be defused in the city this year. Residents were allowed to return to their homes from 6:45 p.m., the city said.",
        [
            "The defusing began at 5:48 p.m. and was completed at 6:21 p.m.",
            "It was the 11th bomb to be defused in the city this year.",
            "Residents were allowed to return to their homes from 6:45 p.m., the city said.",
        ],
    ),
    (
        "n83-de-str-abbreviation",
        "Experts defused a 500-kilogram World War II bomb in Cologne's Mülheim district on Tuesday evening, the City of Cologne said. The US-made bomb was found on Monday during excavation work for a new daycare centre at Hollbergstr. 41 in the district.",
        [
            "Experts defused a 500-kilogram World War II bomb in Cologne's Mülheim district on Tuesday evening, the City of Cologne said.",
            "The US-made bomb was found on Monday during excavation work for a new daycare centre at Hollbergstr. 41 in the district.",
        ],
    ),
    (
        "n83-de-embed-consent",
        "I agree to external content being shown to me. Personal data may be transmitted to third-party platforms in the process. For more information, see our privacy policy.",
        [
            "I agree to external content being shown to me.",
            "Personal data may be transmitted to third-party platforms in the process.",
            "For more information, see our privacy policy.",
        ],
    ),
]
