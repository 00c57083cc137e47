"""Hundred-and-tenth set of new hand-labelled pages for the hint engines (tuning set, round forty-five):
twelve WHOLE pages, head to tail, from twelve countries (Kenya, Wales, Canada, India, Australia,
Nigeria, the United States, Scotland, Jamaica, Singapore, Ireland and Zimbabwe), where FURNITURE AND
STORY LOOK ALIKE, both ways. The furniture is written in full sentences with figures, names and
dates, and sits mid-story as well as at the head and tail: editors' notes on how a story was
reported or on the site's own interest, update, correction and clarification notes, author bios in
prose, sponsor, funding and advertiser disclosures, membership and donation appeals, a
metered-paywall note, paywall and gift-article notes, newsletter, app and WhatsApp pitches with
reader counts, republishing notes (one under a Creative Commons licence), "This article is part of
..." series notes, a how-to-give box, an event box and a live-discussion box, a reader poll widget
with a vote count, gallery counters, gallery credits and a gallery copyright notice, a cookie
banner, and reader comment rules. The stories, in turn, are ABOUT the same things, as news: a Kenyan
media group's digital subscribers and paywall, a Welsh hospice's donation appeal, a Canadian privacy
commissioner fining a ticket site over tracking cookies, an Indian photojournalist's prize and her
copyright claim over photographs used on posters, an Australian songwriter suing a brewery over an
advertisement, a Nigerian governorship opinion poll and a bill to ban polls, a US city council's ban
on digital billboards (advertising), a Scottish weekly paper's closure and its newsletter sign-ups,
a Jamaican mother's plea to stop sharing a crash video, a Singapore bank's app outage, an Irish
paper closing reader comments on its own website, and a Zimbabwean town council's newsletter and a
quarry's donation in an audit; those story sentences are never "B". Every page mixes both, with the
usual figures, quotes, hedges and plans. The pages hold 508 sentences: 251 "B", 134 "W" and 123 "";
184 sentences carry a speaker (87 distinct speakers). `STYLES` describes each page, its story, its
speakers and its furniture in order.

Written from scratch for issue 13 in round forty-five, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief (`/tmp/brief` was listed; it held only the brief); the module
docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`);
`def build` in `tests/text/labelled_articles.py` (printed by a script of my own with `ast`); the
`[tool.ruff]` tables of `pyproject.toml` (a `sed` address range); and from `labelled_new107.py` and
`labelled_new108.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each: printed once (the
tool cut its middle, so that only the docstring of `labelled_new107.py`, the start of its `STYLES`,
the end of the first page and the second page of `labelled_new108.py` and its cases were seen), then
saved to a scratch file of which, after a `grep -n` of its section markers, three ranges were
printed with `sed`: the docstring and `STYLES` of `labelled_new108.py` (each line cut at 3,000
characters by `cut`), and the first 150 lines of the first page and the `STYLES` of
`labelled_new107.py` (each line cut at 250 and 1,500 characters); so the second page and the cases
of `labelled_new107.py` and most of the first page of `labelled_new108.py` were never seen. Besides,
`ls -la /work/main/tests/text | head -3` (which showed only the total and the two directory entries)
and `git -C /work/main status --short` (which printed nothing) were run once, to see whether a new
file in the repo explained the hits described below. No other page, case or docstring of any file
under `tests/` was read. `/tmp/sets` was only counted (`ls | wc -l`: one file, another helper's,
whose name was not seen and which was never opened). What was run: a Python one-liner printing the
calendars of September to December 2026 to check weekdays; scripts of my own in a scratch folder
that turn a small line format (flag, speaker, cue and text separated by a tilde, one line a
paragraph unless it starts with "+", case marks) into the literals below, apply renames, cut the
split cases out of the pages, list sentences with an inner full stop, question mark or exclamation
mark before a capital, a digit or a quote mark (to catch lines holding two sentences), and count
sentences, flags and speakers; whole-word, case-insensitive per-word file counts (`grep -rliwF --
WORD /work/main/tests/text | wc -l`) for every capitalised word of these pages, of `STYLES` and of
this docstring, and for every candidate replacement; about fifty of the first draft's coined names
(such as Gumbochuma, Quillenbeck, Ajanlekoko, Madzivanyika, Drumcorrig, Tamarwick, Orchidvale,
Brackenhollow, Quarrendale, Sallowford, Lindqvar, Farrowgate, Maenhirion and Carrowdene) hit, nearly
all of them in exactly one file; the same counts restricted by `--include` file-name patterns
(`labelled_new*`, `labelled_new1*`, `labelled_new[2-9][0-9]*`, `labelled_heldout*` and the like)
placed the Gumbochuma hit in one older two-digit `labelled_new` file and showed five of the others
in no `labelled_new1*` file; no such file was opened. Every hit name was renamed, with a few rarer
given names (Abelard, Avril, Conrad, Deepa, Dorian, Ewart, Garrison, Ishita, Junia, Kimberley,
Meinir, Merrin, Noemi, Nyokabi, Odette, Seonaid, Sioned, Shingirai, Ruvimbo, Tafadzwa and the like)
and one surname (Nduta); about 200 candidate replacements were counted in six rounds, many of them
hit as well and were not used, and only replacements with no hit were kept. Only counts were read
from the word searches, never the matched lines or file names. Then an import of this file with
`build` on every page and a check of four string fields, flags, no "B" with a speaker or cue, a cue
for every speaker and a speaker for every cue, every case text in a built page and equal to its
sentences joined by single spaces, each expected sentence one labelled sentence of one paragraph, 30
distinct case ids, and the counts above; and `ruff format` and `ruff check` (the project's `.venv`)
on this file with the project's `pyproject.toml` as config, the check also through `--stdin-filename
tests/text/labelled_new110.py` so that the per-file ignores for `tests/**` apply. What still hits is
real places and regions (Nairobi, Nakuru, Kitui, Mombasa, Swansea, Neath Port Talbot, Gower,
Pontarddulais, Llanelli, Vancouver, Burnaby, Surrey, Calgary, Pune, Maharashtra, Marathwada, Beed,
Latur, Aurangabad, Kolhapur, Amsterdam, Hobart, Launceston, Cygnet, Ibadan, Oyo, Saki, Lagos,
Oregon, Inverness, Wick, Moray, the Highlands, St Catherine, Old Harbour, Clarendon, Jurong East,
Tampines, Sligo, Carrick-on-Shannon, Leitrim, Harare, Marondera and the like), common given names
kept on purpose (Achieng, Wanjiru, Carys, Rhodri, Gethin, Imelda, Tamsin, Rosalind, Adeyinka,
Funmilayo, Modupeola, Callum, Morag, Donald, Marcia, Orville, Paulette, Anand, Gráinne, Bríd,
Eimear, Fiachra and the like), common and outlet words (Ledger, Gazette, Dispatch, Times, Examiner,
Tribune, Beacon, Courier, Champion, Independent, Brewing, Granite, Songwriter and the like),
currency and unit tokens (KSh, US$, €, ₹, IST, PT, ABN, DAC) and titles and abbreviations kept or
dropped on purpose (Dr, Dr., Hon., Cllr, Councilor, Commissioner, Justice, Senior Superintendent,
Mr, Ms, Co., Inc., Ltd, Ltd., LLP, Pty, Pvt., (Pvt), Regn., No.).

Every person, outlet, firm, bank, pollster, brewery, hospice, charity, foundation, trust, fund,
school, church, university, institute, clinic, centre, guild, society, association, street, shop,
gallery, market and town-level place (Tillamere, Kinmorven, Nyazuvira) and every figure is invented.
Real countries, regions, big cities and institutions appear only as settings: those listed above,
the Federal Court, the Welsh Government and the Senedd, the NHS, the Oyo State House of Assembly,
the Highland Council, the Office of the Information Commissioner, the Ministry of Local Government,
the Auditor-General, Parliament, and gardaí; Facebook, Instagram, YouTube, WhatsApp, Telegram, X,
Android and iOS appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, byline, date, banner, button row, caption, credit, counter,
note, box, link, list item and legal line is a paragraph of its own); each paragraph a list of
sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture is
"B" line by line, whatever it says; a caption by its content and its credit "B"; headlines and
standfirsts are never split and are flagged by content, a headline's "X says" carrying the one the
story names; a dateline belongs to its lead sentence; a speaker is the full name as first given
without titles (a pronoun or later surname resolves to it); an organisation's later generic noun is
kept as written ("The group", "the hospice", "The company", "The firm", "the report", "The report",
"The society", "The centre", "The jury"); "according to X" gives X as written; a quote over several
sentences carries its speaker and cue in each; a named person acting without a verb of saying
carries no speaker.

Conventions this set had to settle, in the same spirit:

* A note about the story itself is furniture however it is written: editors' notes on how a story
  was reported or on the site's own interest ("Editor's note: ...", "Disclosure: ..."), update,
  correction and clarification notes with their dates and figures ("Correction, 12 November 2026,
  2:15 pm: ... fell 27%." / "It fell 17%."), sponsor and funding notes, series notes, republishing
  notes and author bios in prose are "B" sentence by sentence, with no speaker, even where they
  state a checkable fact (a trainee post in 2004, an offer for the paper in 2023).
* The site's own appeals and boxes are "B" sentence by sentence, figures and all: a membership
  appeal that opens "1,840 people now support ...", a donation appeal with "2,312 readers", a
  metered-paywall note ("You have read 3 of your 5 free articles this month."), a gift-article note,
  a WhatsApp or newsletter pitch with a reader count, a how-to-give box (a text code and its price),
  event and live-discussion boxes, and a reader poll widget: its label, question, options and its
  "12,406 votes so far." line.
* The story's own sentences about the same things are labelled by content and never "B": a paper's
  subscriber numbers, a paywall's launch, a newsletter's sign-ups, a hospice's donation page shared
  3,000 times, a poll's figures, a site's cookies and a regulator's fine, a photographer's
  photographs and her copyright claim, an advertisement and a billboard company's ad revenue, shares
  of a video, an app's users, a paper's decision to close comments and its moderation figures, a
  council's newsletter and a quarry's donation.
* A photo gallery: the "PHOTOS" label, each "1 of 5" counter, each credit and the gallery's
  copyright notice are "B"; each caption is labelled by its content.
* A cookie banner at the head of the page and its button row are "B", even on a page whose story is
  about cookies.
* A subject's career told in the story ("Varkhedkar began as a stringer ... in 2014") is "W", not a
  bio; only the bio of the page's own writer is furniture.
* "found" of a commissioner in a ruling, "the ruling found", "the report found" and "The poll found"
  are cues ("W"); "alleges in a statement of claim", "claiming" and "the claim says" are cues; a
  judge listing a trial date carries no speaker; a sentence about a poll that "put" candidates on
  figures carries no speaker.
* A headline's or lead's description before a name ("mother pleads", "A Hobart songwriter ...,
  claiming", "Privacy commissioner says", "Owners say") resolves to the name the story gives.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two or three
consecutive sentences of one paragraph of these pages joined by single spaces: quotes continued
after their attribution, a question or exclamation inside a quote before the next sentence or before
its attribution ("Honestly?", "frame!", "...is down?" / "They think you're lying!” she said.",
"...like that?” Tenbrooke told the Times.", "A playground!” she said."), a line starting with a
digit ("12,406 votes so far."), decimals ("KSh 412 million", "2.0", "8.05am", "7.50am:", "€6.99")
and abbreviations that do and do not end a sentence ("Ltd.," and "Co." mid-sentence, "Sept. 30,",
"Oct. 19 and Oct. 27,", "Jan. 14." before "The party", "No. 14", "Dec. 31, 2030." before "The
ordinance", "6 a.m." before "Sign up free.", "6 p.m." before "Entry", "Ltd." before "All rights
reserved.", "2026." before "Registered in Wales No." and "Registered in Scotland No."): what a
reviewer wants, not what the engine does.
"""

STYLES = [
    'Kenyan BUSINESS NEWS on a business paper\'s site (Nairobi), a media group\'s digital subscribers up 38% after a metered paywall: headline "..., Tandaro Media Group says" carrying the group; an editor\'s note in two full sentences with "Ltd.," mid-sentence "B" at the head; a "NAIROBI —" lead carrying the group "W"; "The group said" with "Sept. 30," "W" and print advertising "W"; the chief executive (an opinion "", a quote continued after "she told analysts on a call." "", newsletters as the route to subscriptions "W", "The newsletter is the front door" "", a plan ""); a metered-paywall note in two sentences mid-story "B" beside the story\'s own sentence on the paywall\'s launch "W"; "according to the results" "W"; analysts said in a note (a could-hedge "") and They said (churn "W"); a rival that dropped its paywall ("saying" "W") and did not respond to a request for comment ""; a researcher with "Dr." (a warning and a question quote continued after "she said." ""); a series note mid-story "B"; shares with "KSh 18.35" "W"; staff numbers "W" (masthead in capitals, menu with pipes, section label with ›, byline, date line, a newsletter pitch in two sentences and a Sign up button, a correction note at the tail in two sentences, an author bio in two sentences, More in Media list, copyright split at "Ltd." before "All rights reserved.", footer links)',
    'Welsh LOCAL NEWS on a not-for-profit news site (Swansea, Pontarddulais), a hospice\'s £1.2m Christmas appeal after donations fall by a fifth: headline "W"; a standfirst with "Staff at Tŷ Gwenllys say" ""; an update note with a time and date "B"; a caption with a shop\'s takings "W" and photo credit; the lead "W"; the hospice said and "the hospice said" (donations and costs "W"); the chief executive (a feeling quote "", direct-debit donors "W", pledges through a donation page shared 3,000 times "W"); a membership appeal in three sentences with figures, starting with "1,840 people", and a Join us button mid-story "B"; the appeal\'s channels "" and shop takings "W"; a son\'s sponsored run (a plan "", a quote split at "end." before "I\'m only giving them my knees,” he said." ""); scene colour ""; a "This article is part of Winter Appeals" note in two sentences "B"; a Welsh Government spokesperson as written ("W"); a Member of the Senedd (a plan and a quote ""); "according to its annual report" "W"; The hospice said (a decision to come "") (masthead in capitals, menu with middle dots, section label with a slash, byline, date line, a how-to-give box in two sentences, an author bio, comment rules in two sentences, Most read list, copyright split at "2026." before "Registered in Wales No. 11846023.")',
    'Canadian TECH NEWS on a city paper\'s site (Vancouver, Burnaby), a privacy commissioner fines a ticket resale site $240,000 over tracking cookies, under the site\'s own cookie banner: a two-sentence cookie block and its buttons at the head "B"; headline "W"; standfirst "Privacy commissioner says ..." carrying the commissioner named later; byline without "By", Published line with "p.m. PT"; a clarification note in two sentences "B"; a "VANCOUVER —" lead "W"; a right of review "W"; the commissioner "found" in a ruling (31 cookies "W") and "she wrote" ""; the largest penalty "W"; the site said in a statement ("W" with a sales figure) and "The company said" (a new banner "W"); a Read more link; the complainant (her complaint "W" without speaker, "I clicked ‘Reject’ and watched 31 trackers load" "W", a quote split after "Honestly?" "", a second quote ""); a sponsor disclosure in two sentences mid-story "B"; the ruling\'s orders "W" and "the ruling found" "W"; the commissioner\'s office "said in its annual report" "W"; a privacy lawyer with "LLP" (opinion and a question quote continued after "she said." ""); a sentence opening "According to a March survey ..." "W"; the commissioner\'s audit plan "" (masthead in capitals, menu with middle dots and "B.C.", section label with a slash, an author bio, a tip line split after "Have a tip?", comment rules in two sentences, copyright line, footer links)',
    'Indian ARTS NEWS with a PHOTO GALLERY on a city daily\'s site (Pune), a photojournalist wins a €25,000 documentary prize and presses a copyright claim against a party that used her photographs: headline "W"; byline without "By", a place and date line with "Nov." and IST, a listen line; a lead with "(approx. ₹24 lakh)" "W"; The jury said "W"; the first Indian winner "W"; the photographer\'s quote ("I went back to the same nine families for 14 months" "W", the rest "" across three sentences); a gallery: PHOTOS label, "1 of 5" counters and credits "B", captions "" and "W"; a gallery copyright notice in two sentences "B"; the story\'s own copyright dispute (posters "W", a legal notice "W", a quote over three sentences ""); a civil-court hearing on "Jan. 14." before "The party has not filed a reply." "W"; Also Read and Advertisement; her career as the subject of the story "W" (not a bio); her first editor (a description "" and a quote split at "frame!" before "I used to shout ...,” he said, laughing."); an exhibition with "Dec. 3 to Dec. 20" (a plan ""); her plan for the prize money ""; an event box split at "6 p.m." before "Entry is free ..." "B" (masthead in capitals, menu with pipes, section label with ›, an author bio in two sentences, Trending list, copyright with "Pvt. Ltd." and links as one line)',
    'Australian COURT REPORT on a regional paper\'s site (Hobart), a songwriter sues a brewery over a beer advertisement\'s melody: skip link; headline "W"; byline and role lines, a Posted/updated line; an update note "B"; a lead whose "A Hobart songwriter ... claiming" carries the songwriter named next "W"; "alleges in a statement of claim" with "Co." mid-sentence "W"; "the claim says" "W"; damages sought "W"; a disclosure that the brewery advertises in the paper, two sentences mid-story "B", beside the story\'s own advertisement; the brewery\'s lawyers as written ("W" and a vow ""); the judge listing a trial date with no speaker "W"; a musicologist with "Dr" who "found" "W"; the songwriter outside court (told reporters "", her letter to the brewery "W", a quote over two sentences ""); fans outside court ""; a Listen line "B"; copyright term "W"; "No. 14" mid-sentence and streams "W"; an intellectual property lawyer (the test "W", a quote split at "part." ""; a might-hedge ""); "according to company filings" "W" (masthead in capitals, menu with wide spaces, section label with ›, a Creative Commons republishing note in two sentences, an author bio, a comments-disabled line, More from Courts list, copyright line with ABN)',
    'Nigerian POLITICS NEWS on a daily\'s site (Ibadan, Oyo State), a pollster\'s governorship poll, beside the site\'s own reader poll: headline "W"; byline and date line; a WhatsApp-channel line with a reader count in two sentences "B"; an "IBADAN —" lead carrying the poll through according to "W"; the poll\'s figures with "Oct. 19 and Oct. 27," "W"; The firm said (margin of error with "2.0" "W"); "The poll found" "W"; a READER POLL widget: label, question, options and a votes line split at "so far." "B"; the governor\'s media aide ("" and a quote ""); the pollster\'s chief executive with "Dr." (a record of 14 races "W", a quote split at "them." ""); the challenger at a rally ("" and a quote "Polls don\'t vote." / "People vote, ...,” she told the crowd."); a sponsor disclosure in two sentences "B"; a bill to ban polls "W"; its sponsor with "Hon." (an opinion "" and "...who goes to court?” he asked reporters." ""); a second reading with "Oct. 29" "W"; the election date and the 2023 result "W"; "the electoral commission said" "W"; an editor\'s note in two sentences "B" (masthead in capitals, menu with pipes, section label, comment rules in two sentences, Related list, copyright split at "Ltd." before "All rights reserved.")',
    'United States LOCAL GOVERNMENT NEWS on a nonprofit newsroom\'s site (Oregon), a city council bans new digital billboards: headline "W"; byline, date line; a funding note in two sentences "B" at the head; the vote with "Dec. 31, 2030." "W" and brightness cap "W"; the councilor who wrote the ordinance ("" and city crash data "W"); "according to city planning staff" "W"; Advertisement; the billboard company through according to a letter "W", "The company said" (a legal threat ""); its regional manager (told the council, a cost "W", a quote and a question continued after "Tullywhite said." ""); nonprofits\' free ad airtime "W"; a donation appeal in three sentences with "2,312 readers" and a Donate now button "B"; the two councilors who voted no (a plan "", a quote "", a position ""); a resident named after her quote ""; the effective date with "Dec. 12," "W"; a state law "W"; the crowd ""; the fourth city "W" (masthead in capitals, menu with wide spaces, section label, a correction note in two sentences, a republishing note in two sentences, an author bio with contact details in two sentences, newsletter box with button, copyright line)',
    'Scottish MEDIA NEWS on a regional daily\'s site (the Highlands), a 139-year-old weekly paper to print its last edition: headline "W"; standfirst "Owners say ..." carrying the owner; byline and date line; a disclosure in two sentences "B" at the head; the owner said (last edition "W") and "the company said" (circulation "W"); the owner\'s earlier history "W"; the managing director (plans "", newsletter sign-ups and losses "W", a quote split at "anywhere." ""); a newsletter pitch and Subscribe button "B"; the editor (a plan "", a quote continued after "he said." with a question ""); a series note in two sentences "B"; the community council chair ""; figures released under freedom of information "W"; a reader\'s 65 years with the paper "W" and his quote ""; research through according to "W" and "The centre said" (a forecast ""); a sign in the office window "" (masthead in capitals, menu with pipes, section label with a slash, an author bio in two sentences that names the closing paper, comment rules in two sentences, More from News list, copyright split at "2026." before "Registered in Scotland No. SC204117.")',
    'Jamaican NEWS on a daily\'s site (St Catherine, Old Harbour), a mother pleads with people to stop sharing a video of her son\'s fatal crash: headline "‘Stop sharing ...’, mother pleads" carrying the mother named in the story ""; a share strip; a byline with a slash; a Published line with pipes; an editor\'s note in two sentences on how the story was reported "B"; shares of the video through "according to police" "W"; the crash with "10.40 p.m. on December 1." "W"; the mother (how she saw the video "", a quote over two sentences "", her 19 reports "W"); a police superintendent (the man identified "W", a cybercrimes fine "W", a quote whose question runs into "Tenbrooke told the Times." ""); an app prompt in two sentences "B"; the information commissioner\'s office ("W") and the commissioner "said in a statement" ""; a newsroom guild president ("", a quote "", letters to telecoms companies "W"); police said (the driver "W", road deaths "W"); a vigil ""; the funeral plan "" (masthead in capitals, menu with pipes, section label, comment rules in two sentences, a newsletter line split at "6 a.m." before "Sign up free.", Related Stories, copyright line)',
    'Singaporean BUSINESS NEWS on a daily\'s site, a bank\'s app outage of six hours and 20 minutes: headline "W"; byline and role lines, Published and Updated line, a listen line; a "SINGAPORE –" lead "W" and the bank\'s size "W"; The bank said and It said (failed logins "between 8.05am and 2.25pm," and the cause "W"); the chief executive (an apology "", a quote split at "week." and closing "Mr Thessaramani told reporters." "", a plan ""); a paywall note in two sentences "B"; shared screenshots "W"; a cake seller (her loss "" and a question quote then "They think you\'re lying!” she said." ""); a branch queue ""; the financial regulator said (a demand ""); past outages and a rival\'s capital order "W"; an update note with "7.50am:" in two sentences "B" mid-story; The bank said (failed transactions "W"); an analyst (a could-hedge and a quote split at "outage." ""); "according to the bank\'s annual report" "W"; a gift-article note in two sentences "B" (masthead in capitals, menu with wide spaces, section label with ›, Telegram line, Read more list, copyright with "Ltd. (Co. Regn. No. ...)" as one line)',
    'Irish LOCAL NEWS on a regional weekly\'s site (Leitrim), the paper closes reader comments on its own website after a rise in abuse, with its own comment rules at the tail: headline "W"; byline and date line; an editor\'s note in two sentences "B"; the decision and the date "W"; "according to figures provided by the paper" and "according to its latest audited figures" "W"; the editor (a description "", a quote whose first sentence is a count "W" and second "", subscribers "W", a forum plan "", a review ""); a subscribe note with "€6.99" in two sentences "B"; a councillor with "Cllr" (14 comments reported "W", a quote split at "playground." before "A playground!” she said." ""); a reader survey through according to "W" and a second figure "W"; a free-speech group and "The society said" ""; several readers as written ""; Advertisement; a lecturer with "Dr" (a third of titles "W", a quote split at "square." ""); the law on liability "W"; the paper\'s Facebook page "W" (masthead in capitals, menu with pipes, section label, comment rules with a date in two sentences, an author bio with a phone number in two sentences, Most Read list, copyright with "DAC")',
    'Zimbabwean LOCAL GOVERNMENT NEWS on an independent site (a town east of Harare), an audit finds a town council spent US$48,000 on a glossy newsletter while refuse piled up: headline "..., audit finds" carrying the audit report named in the lead; byline and date line; a caption "W" and picture credit; a "NYAZUVIRA –" lead through according to "W"; "The report ... found" and "the report said" (print run, advertising sales "W"); "the report found" (pages and photographs "W"); the site\'s own newsletter pitch with a reader count in two sentences "B"; the town clerk (a defence and a plan "", a quote split at "internet." "", broken trucks "W"); the ratepayers\' chair (uncollected wards "W", a quote split at "full." ""); scene "" and Traders said ""; a quarry donation "W" with "(Pvt) Ltd," mid-sentence, and "A manager at Chizambeko Granite" as written ""; a donation appeal in two sentences and a Donate button "B"; "A spokesperson for the Ministry of Local Government" (a plan ""); The report found (national figures "W"); the town\'s population "W"; an event box in two sentences "B" (masthead in capitals, menu with pipes, section label, an author bio in two sentences, comment rules in two sentences, You may also like list, copyright line with "(Pvt) Ltd.")',
]

ARTICLES = [
    [
        [("THE MWANZURAI LEDGER", "", "", "B")],
        [("Home | Business | Markets | Tech | Media | Opinion | Podcasts", "", "", "B")],
        [("Business › Media", "", "", "B")],
        [
            (
                "Digital subscribers up 38% as paywall pays off, Tandaro Media Group says",
                "Tandaro Media Group",
                "says",
                "W",
            )
        ],
        [("By Wanjiru Kobiaro-Gachanjiru", "", "", "B")],
        [("Thursday, 12 November 2026, 9:40 am", "", "", "B")],
        [
            (
                "Editor's note: The Ledger is owned by Mwanzurai Holdings Ltd., which has no stake in Tandaro Media Group.",
                "",
                "",
                "B",
            ),
            (
                "This story was reported from Tandaro's annual results, published on Wednesday, and from interviews with four people in the industry.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "NAIROBI — Tandaro Media Group, publisher of the Daily Ngarisho, said on Wednesday that it had 61,400 paying digital subscribers at the end of September, up 38% from 44,500 a year earlier.",
                "Tandaro Media Group",
                "said",
                "W",
            )
        ],
        [
            (
                "The group said revenue from subscriptions rose to KSh 412 million in the year to Sept. 30, overtaking print advertising for the first time.",
                "The group",
                "said",
                "W",
            ),
            ("Print advertising fell 17% to KSh 388 million.", "", "", "W"),
        ],
        [
            (
                "Chief executive Ngendo Thenjera said readers had “accepted the idea” of paying for news faster than the board had expected.",
                "Ngendo Thenjera",
                "said",
                "",
            )
        ],
        [
            (
                "“Two years ago people told us Kenyans would never pay for a news app,” she told analysts on a call.",
                "Ngendo Thenjera",
                "told analysts on a call",
                "",
            ),
            (
                "“Sixty thousand of them have just proved that wrong.”",
                "Ngendo Thenjera",
                "told analysts on a call",
                "",
            ),
        ],
        [
            ("You have read 3 of your 5 free articles this month.", "", "", "B"),
            ("Subscribe from KSh 299 a month to keep reading.", "", "", "B"),
        ],
        [
            (
                "The group introduced a metered paywall in March 2025, letting readers see five articles a month free before asking them to pay.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The average subscriber paid KSh 6,700 over the year, according to the results, and 71% paid through mobile money.",
                "the results",
                "according to",
                "W",
            )
        ],
        [
            (
                "Thenjera said the group's newsletters, which go free to 230,000 email addresses, had been the main route to new subscriptions.",
                "Ngendo Thenjera",
                "said",
                "W",
            )
        ],
        [("“The newsletter is the front door,” she said.", "Ngendo Thenjera", "said", "")],
        [
            (
                "Get The Ledger's Morning Brief: the five business stories you need before 8 am, every weekday.",
                "",
                "",
                "B",
            ),
            ("It is free, and you can unsubscribe at any time.", "", "", "B"),
        ],
        [("Sign up", "", "", "B")],
        [
            (
                "Analysts at Kiambereth Securities said in a note that growth could slow in 2027 because the easiest readers to convert had already signed up.",
                "Analysts at Kiambereth Securities",
                "said in a note",
                "",
            )
        ],
        [
            (
                "They said churn, the share of subscribers who cancel each month, averaged about 4.1% at Kenyan news sites.",
                "Analysts at Kiambereth Securities",
                "said",
                "W",
            )
        ],
        [
            (
                "Kilindo Press, which owns two Swahili dailies, dropped its own paywall in July after 14 months, saying it had signed up fewer than 9,000 subscribers.",
                "Kilindo Press",
                "saying",
                "W",
            ),
            (
                "Kilindo Press did not respond to a request for comment on Wednesday.",
                "Kilindo Press",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "Dr. Achieng Onyimbeko, who studies news audiences at Molemara University in Nakuru, said the figures were encouraging but warned that a paywall “shuts out the readers who can least afford it”.",
                "Achieng Onyimbeko",
                "said",
                "",
            )
        ],
        [
            (
                "“A farmer in Kitui who cannot spare KSh 299 is still a citizen who needs the news,” she said.",
                "Achieng Onyimbeko",
                "said",
                "",
            ),
            ("“Who is writing for him?”", "Achieng Onyimbeko", "said", ""),
        ],
        [
            (
                "This article is part of The Ledger's series “Who Pays for News?”, which runs every Thursday until 17 December.",
                "",
                "",
                "B",
            ),
            ("Read part one: Radio stations chase their listeners onto phones.", "", "", "B"),
        ],
        [
            (
                "Tandaro's shares rose 4.6% to KSh 18.35 on the Nairobi bourse on Wednesday.",
                "",
                "",
                "W",
            ),
            ("The stock has gained 29% since January.", "", "", "W"),
        ],
        [
            (
                "Thenjera said the group planned to launch an audio app in February and wanted 100,000 subscribers by the end of 2027.",
                "Ngendo Thenjera",
                "said",
                "",
            )
        ],
        [
            (
                "The group employs 640 people, 212 of them journalists, after cutting 85 jobs in 2024.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Correction, 12 November 2026, 2:15 pm: An earlier version of this story said Tandaro's print advertising fell 27%.",
                "",
                "",
                "B",
            ),
            ("It fell 17%.", "", "", "B"),
        ],
        [
            ("Wanjiru Kobiaro-Gachanjiru covers media and telecoms for The Ledger.", "", "", "B"),
            (
                "She joined the paper in 2021 from a radio newsroom in Mombasa and can be reached at wkobiaro@mwanzurailedger.co.ke.",
                "",
                "",
                "B",
            ),
        ],
        [("More in Media", "", "", "B")],
        [("Radio stations chase their listeners onto phones", "", "", "B")],
        [("Why the TV licence debate is back", "", "", "B")],
        [("© 2026 Mwanzurai Holdings Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("About | Advertise with us | Terms | Privacy", "", "", "B")],
    ],
    [
        [("GLANMORWEN GAZETTE", "", "", "B")],
        [
            (
                "News · Swansea · Neath Port Talbot · Gower · Sport · Cymraeg · Support us",
                "",
                "",
                "B",
            )
        ],
        [("News / Health", "", "", "B")],
        [("Hospice launches £1.2m Christmas appeal after donations fall by a fifth", "", "", "W")],
        [
            (
                "Staff at Tŷ Gwenllys say the money would keep eight beds open through the winter",
                "Staff at Tŷ Gwenllys",
                "say",
                "",
            )
        ],
        [("By Carys Pennantlwyd", "", "", "B")],
        [("Thursday 3 December 2026, 6.00am", "", "", "B")],
        [
            (
                "This story was updated at 4.10pm on 3 December to add a response from the Welsh Government.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Volunteers sort donated clothes at the hospice's shop on Heol Tregarnon, which took £96,000 last year.",
                "",
                "",
                "W",
            )
        ],
        [("Photo: Gazette / Rhodri Caergwenlli", "", "", "B")],
        [
            (
                "A hospice near Swansea has launched a £1.2 million Christmas appeal after donations fell by 22% in a year, leaving it facing the closure of eight of its 20 beds.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Tŷ Gwenllys Hospice, in Pontarddulais, said public donations fell from £3.1m in 2024-25 to £2.42m in the year to March.",
                "Tŷ Gwenllys Hospice",
                "said",
                "W",
            ),
            (
                "It costs £9.8m a year to run, and 31% of that comes from the NHS, the hospice said.",
                "the hospice",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief executive Sulwen Pryddercoed said the charity had “never had to write a letter like this” to its supporters.",
                "Sulwen Pryddercoed",
                "said",
                "",
            )
        ],
        [
            (
                "“People are giving less because they have less, and I don't blame a single one of them,” she said.",
                "Sulwen Pryddercoed",
                "said",
                "",
            )
        ],
        [
            (
                "She said the number of regular donors paying by direct debit had dropped from 6,900 to 5,150 since 2023.",
                "Sulwen Pryddercoed",
                "said",
                "W",
            )
        ],
        [
            ("The Gazette is a not-for-profit newsroom funded by its readers.", "", "", "B"),
            (
                "1,840 people now support our reporting as members, and we need 500 more by January to keep our Neath reporter.",
                "",
                "",
                "B",
            ),
            ("Become a member from £4 a month.", "", "", "B"),
        ],
        [("Join us", "", "", "B")],
        [
            (
                "The appeal, launched on Wednesday, asks people to give by text, online or at any of the hospice's 14 shops.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The hospice's 14 shops raised £1.1m last year, 9% less than in 2024-25, as fewer people gave clothes and furniture.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Pryddercoed said about £140,000 had been pledged in the first 24 hours, most of it through a donation page shared more than 3,000 times on Facebook.",
                "Sulwen Pryddercoed",
                "said",
                "W",
            )
        ],
        [
            (
                "Gethin Llewhaearn, 38, whose mother was cared for at the hospice in 2023, will run 26 miles along the Gower coast on 20 December to raise money.",
                "",
                "",
                "",
            )
        ],
        [
            ("“They gave Mam her dignity at the end.", "Gethin Llewhaearn", "said", ""),
            ("I'm only giving them my knees,” he said.", "Gethin Llewhaearn", "said", ""),
        ],
        [
            (
                "On Wednesday morning, volunteers were already sorting a van-load of donated coats at the Heol Tregarnon shop.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "This article is part of Winter Appeals, a series in which the Gazette reports on how local charities are coping with rising costs.",
                "",
                "",
                "B",
            ),
            (
                "The series is not sponsored, and no charity sees our stories before publication.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A Welsh Government spokesperson said hospices in Wales received £4.6m of extra funding in 2025-26 and that a review of how they are paid would report in the spring.",
                "A Welsh Government spokesperson",
                "said",
                "W",
            )
        ],
        [
            (
                "Crisiant Bryngwyddel, the Member of the Senedd for the area, said she would raise the appeal at First Minister's Questions next week.",
                "Crisiant Bryngwyddel",
                "said",
                "",
            ),
            (
                "“A hospice should not have to run a bake sale to keep a bed open,” she said.",
                "Crisiant Bryngwyddel",
                "said",
                "",
            ),
        ],
        [
            (
                "Tŷ Gwenllys cared for 1,430 patients last year, including 260 in its inpatient unit, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            ),
            (
                "The hospice said it would decide in February whether the eight beds close.",
                "The hospice",
                "said",
                "",
            ),
        ],
        [
            (
                "How to give: donations can be made at any Tŷ Gwenllys shop, online, or by texting GWENLLYS10 to 70450 to give £10.",
                "",
                "",
                "B",
            ),
            ("Texts cost £10 plus one message at your standard network rate.", "", "", "B"),
        ],
        [
            ("Carys Pennantlwyd is the Gazette's health reporter.", "", "", "B"),
            (
                "She has covered the NHS in west Wales since 2019 and lives in Llanelli.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Comments: we welcome debate, but comments that are abusive, off-topic or name patients will be removed.",
                "",
                "",
                "B",
            ),
            ("Comments close 48 hours after publication.", "", "", "B"),
        ],
        [("Most read", "", "", "B")],
        [("Bus route 112 to be cut from January", "", "", "B")],
        [("Rugby club's clubhouse roof repaired after storm", "", "", "B")],
        [
            ("© Glanmorwen Gazette Community Interest Company 2026.", "", "", "B"),
            ("Registered in Wales No. 11846023.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "We use cookies to remember your preferences and to measure how our site is used.",
                "",
                "",
                "B",
            ),
            (
                "By clicking “Accept all” you agree to our use of cookies as described in our Cookie Policy.",
                "",
                "",
                "B",
            ),
        ],
        [("Accept all   Reject non-essential   Manage settings", "", "", "B")],
        [("SALISHMERE DISPATCH", "", "", "B")],
        [("Vancouver · B.C. · Canada · Business · Tech · Opinion · Subscribe", "", "", "B")],
        [("TECH / PRIVACY", "", "", "B")],
        [
            (
                "Ticket resale site fined $240,000 for planting tracking cookies without consent",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Privacy commissioner says Seatbarrow treated its cookie banner as a formality",
                "Marthe Ostrowbeck",
                "says",
                "",
            )
        ],
        [("Ileana Quarshmore", "", "", "B")],
        [("Published Nov. 18, 2026 at 5:02 p.m. PT", "", "", "B")],
        [
            (
                "Clarification: An earlier version of this story described the penalty as the first under the amended law.",
                "",
                "",
                "B",
            ),
            ("It is the third, and the largest.", "", "", "B"),
        ],
        [
            (
                "VANCOUVER — B.C.'s information and privacy commissioner has fined the ticket resale site Seatbarrow $240,000 for placing advertising cookies on the devices of about 1.3 million visitors before they had agreed to them.",
                "",
                "",
                "W",
            )
        ],
        [("Seatbarrow has 30 days to ask for a judicial review of the ruling.", "", "", "W")],
        [
            (
                "In a 46-page ruling released Wednesday, Commissioner Marthe Ostrowbeck found that the site's banner loaded 31 tracking cookies the moment a page opened, whether a visitor clicked “Accept” or not.",
                "Marthe Ostrowbeck",
                "found",
                "W",
            )
        ],
        [
            (
                "“A banner that asks permission after the fact is not asking at all,” she wrote.",
                "Marthe Ostrowbeck",
                "wrote",
                "",
            )
        ],
        [
            (
                "It is the largest penalty the office has issued under the province's private-sector privacy law, which was amended in 2025 to allow fines of up to $500,000.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Seatbarrow, which is based in Burnaby and sells about two million tickets a year, said in a statement that it “disagrees with several findings” and was reviewing its options.",
                "Seatbarrow",
                "said in a statement",
                "W",
            ),
            (
                "The company said it had replaced its banner in June and now loads no advertising cookies until a visitor accepts them.",
                "The company",
                "said",
                "W",
            ),
        ],
        [("Read more: How to see which cookies a website has left on your phone", "", "", "B")],
        [
            (
                "The investigation began in May 2024 after a complaint from Yolette Wendolbury, a software tester in Surrey, B.C., who noticed the cookies while buying hockey tickets.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“I clicked ‘Reject’ and watched 31 trackers load anyway,” she said in an interview.",
                "Yolette Wendolbury",
                "said in an interview",
                "W",
            ),
            ("“Honestly?", "Yolette Wendolbury", "said in an interview", ""),
            ("I thought I'd broken my browser.”", "Yolette Wendolbury", "said in an interview", ""),
        ],
        [
            (
                "“I didn't expect anyone to read my complaint, let alone fine them,” Wendolbury said.",
                "Yolette Wendolbury",
                "said",
                "",
            )
        ],
        [
            (
                "The Dispatch's privacy reporting is supported by a two-year grant from the Kestrick Foundation.",
                "",
                "",
                "B",
            ),
            ("The foundation has no say over what we cover or how.", "", "", "B"),
        ],
        [
            (
                "The ruling orders Seatbarrow to delete data collected through the cookies between January 2023 and June 2026 and to pay the fine within 60 days.",
                "",
                "",
                "W",
            ),
            (
                "Seatbarrow shared that data with 14 advertising companies, the ruling found.",
                "the ruling",
                "found",
                "W",
            ),
        ],
        [
            (
                "The commissioner's office received 412 complaints about cookies in 2025, up from 150 in 2023, it said in its annual report.",
                "The commissioner's office",
                "said in its annual report",
                "W",
            )
        ],
        [
            (
                "Anjolie Ravelstoke, a privacy lawyer at Hartrigg Lowe LLP in Vancouver, said the fine was modest beside European penalties but would “get the attention of every marketing department in the province”.",
                "Anjolie Ravelstoke",
                "said",
                "",
            )
        ],
        [
            (
                "“Most Canadian sites still run the same banner Seatbarrow ran,” she said.",
                "Anjolie Ravelstoke",
                "said",
                "",
            ),
            ("“Why would anyone gamble on that now?”", "Anjolie Ravelstoke", "said", ""),
        ],
        [
            (
                "According to a March survey by the Kinaston Digital Rights Clinic, 63% of 200 Canadian retail websites set tracking cookies before a visitor agreed to them.",
                "a March survey by the Kinaston Digital Rights Clinic",
                "According to",
                "W",
            )
        ],
        [
            (
                "Ostrowbeck said her office would audit 25 more sites in 2027, starting with travel and ticketing.",
                "Marthe Ostrowbeck",
                "said",
                "",
            )
        ],
        [
            (
                "Ileana Quarshmore reports on technology and privacy for the Dispatch from Vancouver.",
                "",
                "",
                "B",
            ),
            (
                "Before joining in 2022 she spent six years at a Calgary business paper.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Have a tip?", "", "", "B"),
            (
                "Contact our newsroom securely at tips@salishmeredispatch.ca or call 604-555-0183.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Comments are open to subscribers only and are reviewed before they appear.",
                "",
                "",
                "B",
            ),
            ("Please read our community guidelines.", "", "", "B"),
        ],
        [("Copyright 2026 Salishmere Dispatch Inc.", "", "", "B")],
        [("Privacy Policy | Cookie Policy | Terms | Contact", "", "", "B")],
    ],
    [
        [("THE RANAVALI TIMES", "", "", "B")],
        [("Home | Pune | Maharashtra | India | World | Lifestyle | Photos | E-paper", "", "", "B")],
        [("Pune › Culture", "", "", "B")],
        [("Pune photojournalist wins €25,000 Hallvarden Prize for drought series", "", "", "W")],
        [("Saurabh Ghodvalkar", "", "", "B")],
        [("Pune, Nov. 20, 2026, 11:48 IST", "", "", "B")],
        [("Listen to this article (4 min)", "", "", "B")],
        [
            (
                "Pune-based photojournalist Trishala Varkhedkar on Thursday won the Hallvarden Prize for Documentary Photography, worth €25,000 (approx. ₹24 lakh), for a series on Marathwada farmers who sank borewells 900 feet deep during the 2025 drought.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The jury, which picked her series from 3,860 entries from 71 countries, said it was “patient, unsentimental work”.",
                "The jury",
                "said",
                "W",
            ),
            (
                "Varkhedkar, 34, is the first Indian to win the prize since it was founded in 2009.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I went back to the same nine families for 14 months,” Varkhedkar told The Ranavali Times by phone from Amsterdam.",
                "Trishala Varkhedkar",
                "told The Ranavali Times",
                "W",
            ),
            (
                "“By the end they stopped noticing the camera.",
                "Trishala Varkhedkar",
                "told The Ranavali Times",
                "",
            ),
            (
                "That's when the pictures started.”",
                "Trishala Varkhedkar",
                "told The Ranavali Times",
                "",
            ),
        ],
        [("PHOTOS", "", "", "B")],
        [("1 of 5", "", "", "B")],
        [("A farmer lowers a pump into a dry borewell in Beed district, April 2025.", "", "", "")],
        [("Photo: Trishala Varkhedkar / Hallvarden Prize", "", "", "B")],
        [("2 of 5", "", "", "B")],
        [
            (
                "Water tankers queue at a village in Latur district, where the piped supply ran for 40 minutes every eight days in May 2025.",
                "",
                "",
                "W",
            )
        ],
        [("Photo: Trishala Varkhedkar / Hallvarden Prize", "", "", "B")],
        [
            (
                "All photographs in this gallery are © Trishala Varkhedkar and are reproduced with her permission.",
                "",
                "",
                "B",
            ),
            (
                "They may not be copied, downloaded or shared without her written consent.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The series was already known in Maharashtra for another reason: in January, a political party used three of its photographs on campaign posters without her permission.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Varkhedkar sent the party a legal notice claiming ₹15 lakh for breach of copyright, and the posters were withdrawn within a week, she said.",
                "Trishala Varkhedkar",
                "said",
                "W",
            )
        ],
        [
            (
                "“People think a photograph on Instagram belongs to everyone,” she said.",
                "Trishala Varkhedkar",
                "said",
                "",
            ),
            ("“It doesn't.", "Trishala Varkhedkar", "said", ""),
            (
                "It belongs to the person who stood in the heat to make it.”",
                "Trishala Varkhedkar",
                "said",
                "",
            ),
        ],
        [
            (
                "Her claim for damages is pending before a civil court in Pune, which has listed it for hearing on Jan. 14.",
                "",
                "",
                "W",
            ),
            ("The party has not filed a reply.", "", "", "W"),
        ],
        [("Also Read: Kolhapur wrestler's documentary to open film festival", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [
            (
                "Varkhedkar began as a stringer for a Marathi daily in Aurangabad in 2014 and has worked freelance since 2019.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Milind Pashankar, photo editor at that daily, said she had “a farmer's patience”.",
                "Milind Pashankar",
                "said",
                "",
            )
        ],
        [
            ("“She would wait four days for one frame!", "Milind Pashankar", "said", ""),
            (
                "I used to shout at her about the fuel bills,” he said, laughing.",
                "Milind Pashankar",
                "said",
                "",
            ),
        ],
        [
            (
                "The winning pictures will be shown at the Kothrudkar Art Gallery on FC Road from Dec. 3 to Dec. 20.",
                "",
                "",
                "",
            ),
            (
                "She said she would use part of the prize money to train six young photographers from farming families in 2027.",
                "Trishala Varkhedkar",
                "said",
                "",
            ),
        ],
        [
            (
                "EVENT: Trishala Varkhedkar will speak about the series at the Times Photo Club on Saturday, Nov. 28, at 6 p.m.",
                "",
                "",
                "B",
            ),
            (
                "Entry is free, but seats are limited to 120; register at events.ranavalitimes.in.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Saurabh Ghodvalkar is a senior correspondent with The Ranavali Times in Pune.",
                "",
                "",
                "B",
            ),
            ("He writes on culture and the arts.", "", "", "B"),
        ],
        [("Trending", "", "", "B")],
        [("Civic body to widen ring road by March", "", "", "B")],
        [("Metro line 3 trial runs begin", "", "", "B")],
        [("Copyright © 2026 Ranavali Publications Pvt. Ltd. | Privacy | Terms", "", "", "B")],
    ],
    [
        [("Skip to main content", "", "", "B")],
        [("THE KELVERDON EXAMINER", "", "", "B")],
        [("News   Sport   Business   Arts   Opinion   Puzzles   Subscribe", "", "", "B")],
        [("News › Courts", "", "", "B")],
        [("Songwriter sues brewery, claiming beer ad copied her 2019 song", "", "", "W")],
        [("By Tamsin Yarrowvane", "", "", "B")],
        [("Court reporter", "", "", "B")],
        [("Posted Tue 24 Nov 2026 at 1:14pm, updated Tue 24 Nov 2026 at 3:45pm", "", "", "B")],
        [
            (
                "Update, 3:45pm: This story has been updated to include comment from Sheoakhurst Brewing's lawyers, received after publication.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "A Hobart songwriter has taken a Tasmanian brewery to the Federal Court, claiming a television advertisement for its pale ale copied the melody of a song she released in 2019.",
                "Marli Gallowhaugh",
                "claiming",
                "W",
            )
        ],
        [
            (
                "Marli Gallowhaugh, 41, alleges in a statement of claim filed on 9 November that Sheoakhurst Brewing Co. used eight bars of her song Salt Road in an ad that first aired in September 2025.",
                "Marli Gallowhaugh",
                "alleges in a statement of claim",
                "W",
            ),
            (
                "The ad has been viewed more than 4.2 million times on YouTube and ran on regional television for 11 weeks, the claim says.",
                "the claim",
                "says",
                "W",
            ),
        ],
        [
            (
                "Ms Gallowhaugh is seeking $380,000 in damages and an order stopping the brewery from using the ad.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Disclosure: Sheoakhurst Brewing has advertised in the Examiner since 2021.",
                "",
                "",
                "B",
            ),
            ("Our advertisers have no say over our news coverage.", "", "", "B"),
        ],
        [
            (
                "In a statement sent after publication, lawyers for Sheoakhurst Brewing said the jingle was written in-house in 2024 and “bears no more than a passing resemblance” to Salt Road.",
                "lawyers for Sheoakhurst Brewing",
                "said",
                "W",
            ),
            (
                "“Our client will defend the claim vigorously,” they said.",
                "lawyers for Sheoakhurst Brewing",
                "said",
                "",
            ),
        ],
        [
            (
                "At a directions hearing on Tuesday, Justice Rosalind Ketterworth listed the case for a five-day trial starting on 15 March 2027.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The claim relies on a report by a musicologist, Dr Florian Thrunscoe, who found that 27 of the 32 notes in the ad's melody matched the song's chorus.",
                "Florian Thrunscoe",
                "found",
                "W",
            )
        ],
        [
            (
                "Outside court, Ms Gallowhaugh told reporters she first heard the ad while driving to a gig in Launceston.",
                "Marli Gallowhaugh",
                "told reporters",
                "",
            )
        ],
        [
            (
                "She said she had asked the brewery in writing in October 2025 to pull the ad and had received no reply.",
                "Marli Gallowhaugh",
                "said",
                "W",
            )
        ],
        [
            ("“I nearly ran off the road.", "Marli Gallowhaugh", "told reporters", ""),
            (
                "It was my chorus, with a beer bottle opening where my voice should be.”",
                "Marli Gallowhaugh",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "About 20 of her fans, some carrying guitar cases, waited outside the court building on Tuesday.",
                "",
                "",
                "",
            )
        ],
        [("Listen: Marli Gallowhaugh performs Salt Road (3:42)", "", "", "B")],
        [
            (
                "In Australia, copyright in a song generally lasts for the life of its writer plus 70 years.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Salt Road reached No. 14 on a national independent music chart in 2019.",
                "",
                "",
                "W",
            ),
            ("It has been streamed about 2.3 million times.", "", "", "W"),
        ],
        [
            (
                "Intellectual property lawyer Jovita Marrenbrook said melody cases were hard to win because courts ask whether a “substantial part” of a song was taken, not how many notes match.",
                "Jovita Marrenbrook",
                "said",
                "W",
            )
        ],
        [
            ("“Eight bars can be a substantial part.", "Jovita Marrenbrook", "said", ""),
            (
                "So can three notes, if they're the hook,” she said.",
                "Jovita Marrenbrook",
                "said",
                "",
            ),
            (
                "She said the case might settle before trial, as most music copyright cases do.",
                "Jovita Marrenbrook",
                "said",
                "",
            ),
        ],
        [
            (
                "Sheoakhurst Brewing, which is based in Cygnet, sold 6.1 million litres of beer in the 2025-26 financial year, according to company filings.",
                "company filings",
                "according to",
                "W",
            ),
            ("Its pale ale accounts for about half of that.", "", "", "W"),
        ],
        [
            ("This article is published under a Creative Commons licence.", "", "", "B"),
            (
                "You may republish it free of charge, but you must credit the Kelverdon Examiner and link to the original story.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tamsin Yarrowvane covers courts and justice for the Examiner.", "", "", "B"),
            ("She has reported from Hobart's courts since 2018.", "", "", "B"),
        ],
        [
            (
                "Comments on this story have been disabled for legal reasons because the matter is before the court.",
                "",
                "",
                "B",
            )
        ],
        [("More from Courts", "", "", "B")],
        [("Man fined $8,000 over ferry terminal abuse", "", "", "B")],
        [("Council settles unfair dismissal claim", "", "", "B")],
        [("© 2026 Kelverdon Examiner Pty Ltd ABN 41 602 118 734", "", "", "B")],
    ],
    [
        [("THE EGBEDAWO TRIBUNE", "", "", "B")],
        [("Home | News | Politics | Metro | Business | Sports | Opinion | Videos", "", "", "B")],
        [("Politics", "", "", "B")],
        [("Poll puts Oyeduntan 11 points behind Okesholu in Oyo governorship race", "", "", "W")],
        [("By Adeyinka Folarowe", "", "", "B")],
        [("November 6, 2026 | 7:25 am", "", "", "B")],
        [
            ("Join the Tribune's WhatsApp channel for election updates.", "", "", "B"),
            ("More than 48,000 readers already get our alerts.", "", "", "B"),
        ],
        [
            (
                "IBADAN — Governor Akinjide Oyeduntan trails his main challenger, Funmilayo Okesholu, by 11 percentage points, according to a poll released on Thursday by Lagos-based Ajanlekorin Research.",
                "a poll released on Thursday by Lagos-based Ajanlekorin Research",
                "according to",
                "W",
            )
        ],
        [
            (
                "The poll of 2,400 registered voters, conducted by phone between Oct. 19 and Oct. 27, put Okesholu on 44% and Oyeduntan on 33%, with 19% undecided.",
                "",
                "",
                "W",
            ),
            (
                "The firm said the margin of error was 2.0 percentage points.",
                "The firm",
                "said",
                "W",
            ),
        ],
        [
            (
                "The poll found that 62% of respondents named the cost of food as their main worry, ahead of insecurity (21%) and roads (9%).",
                "The poll",
                "found",
                "W",
            )
        ],
        [("READER POLL", "", "", "B")],
        [("Who do you think will win the Oyo governorship election in March?", "", "", "B")],
        [("Oyeduntan   Okesholu   Too close to call", "", "", "B")],
        [
            ("12,406 votes so far.", "", "", "B"),
            (
                "This poll is not scientific and reflects only the views of readers who chose to take part.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The governor's media aide, Adesoji Adigbolu, dismissed the poll as “a paid exercise” and said the governor's own survey showed him ahead.",
                "Adesoji Adigbolu",
                "said",
                "",
            ),
            (
                "“We don't govern by polls, and we won't campaign by them either,” he said.",
                "Adesoji Adigbolu",
                "said",
                "",
            ),
        ],
        [
            (
                "Ajanlekorin Research's chief executive, Dr. Modupeola Akinsanwe, said the firm had polled 14 governorship races since 2015 and called 12 of them correctly.",
                "Modupeola Akinsanwe",
                "said",
                "W",
            )
        ],
        [
            ("“Anyone who wants our data tables can have them.", "Modupeola Akinsanwe", "said", ""),
            ("They are on our website,” she said.", "Modupeola Akinsanwe", "said", ""),
        ],
        [
            (
                "Okesholu, a former commissioner for finance, said at a rally in Saki on Wednesday that the poll “only confirms what the market women have been telling us”.",
                "Funmilayo Okesholu",
                "said",
                "",
            )
        ],
        [
            ("“Polls don't vote.", "Funmilayo Okesholu", "told the crowd", ""),
            (
                "People vote, and we will knock on every door,” she told the crowd.",
                "Funmilayo Okesholu",
                "told the crowd",
                "",
            ),
        ],
        [
            (
                "The Tribune's 2027 election coverage is supported in part by the Adunni Civic Media Fund.",
                "",
                "",
                "B",
            ),
            ("The fund does not see or approve our stories before publication.", "", "", "B"),
        ],
        [
            (
                "A bill before the Oyo State House of Assembly would ban the publication of opinion polls in the 14 days before an election.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Its sponsor, Hon. Taiwo Olubori, said polls “confuse voters and invite rigging”.",
                "Taiwo Olubori",
                "said",
                "",
            ),
            (
                "“If a poll is wrong, who goes to court?” he asked reporters.",
                "Taiwo Olubori",
                "asked reporters",
                "",
            ),
        ],
        [("The bill passed its second reading on Oct. 29 by 21 votes to 7.", "", "", "W")],
        [("The governorship election is scheduled for March 13, 2027.", "", "", "W")],
        [
            (
                "In the 2023 election, Oyeduntan won with 52% of the vote, 14 points ahead of his nearest rival.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The state has 3.4 million registered voters, the electoral commission said in August.",
                "the electoral commission",
                "said",
                "W",
            )
        ],
        [
            (
                "Editor's note: The Tribune did not commission this poll and paid nothing for it.",
                "",
                "",
                "B",
            ),
            (
                "Ajanlekorin Research shared its results with several news organisations on Thursday morning.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comment rules: keep it civil.", "", "", "B"),
            (
                "Comments that contain hate speech, ethnic slurs or unverified claims about candidates will be deleted, and repeat offenders will be blocked.",
                "",
                "",
                "B",
            ),
        ],
        [("Related", "", "", "B")],
        [("Electoral body extends voter registration by two weeks", "", "", "B")],
        [("Traders count losses as market fire guts 60 shops", "", "", "B")],
        [
            ("© 2026 Egbedawo Tribune Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("TILLAMERE BEACON", "", "", "B")],
        [("News   Government   Schools   Environment   Events   Donate", "", "", "B")],
        [("Government", "", "", "B")],
        [("Council votes 5-2 to ban new digital billboards, phase out nine by 2030", "", "", "W")],
        [("By Linford Wexholme", "", "", "B")],
        [("November 13, 2026", "", "", "B")],
        [
            (
                "The Beacon's coverage of city government is made possible in part by a grant from the Harrowmont Civic Trust.",
                "",
                "",
                "B",
            ),
            ("The trust does not influence our reporting.", "", "", "B"),
        ],
        [
            (
                "The Tillamere City Council voted 5-2 on Thursday night to ban new digital billboards and to require the city's nine existing ones to come down by Dec. 31, 2030.",
                "",
                "",
                "W",
            ),
            (
                "The ordinance also caps the brightness of lit signs at 300 nits after sunset, about a third of what most digital boards now use.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Councilor Imelda Brackwaite, who wrote the ordinance, said drivers on Highway 99 “shouldn't have to squint past a 40-foot television to see the crosswalk.”",
                "Imelda Brackwaite",
                "said",
                "",
            ),
            (
                "She said city crash data showed 23 collisions within 500 feet of the two boards on Highway 99 since 2022.",
                "Imelda Brackwaite",
                "said",
                "W",
            ),
        ],
        [
            (
                "The two boards on Highway 99 show a new ad every eight seconds, according to city planning staff.",
                "city planning staff",
                "according to",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Hallowstead Outdoor owns seven of the nine boards and earns about $1.1 million a year from them, according to a letter it sent the council in October.",
                "a letter it sent the council in October",
                "according to",
                "W",
            ),
            (
                "The company said it would “explore every legal option,” including a lawsuit.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "Its regional manager, Barrington Tullywhite, told the council the ban would cost the city $140,000 a year in lease payments.",
                "Barrington Tullywhite",
                "told the council",
                "W",
            )
        ],
        [
            (
                "“Nobody complained about the boards when they were selling ads for the fire levy,” Tullywhite said.",
                "Barrington Tullywhite",
                "said",
                "",
            ),
            ("“Now they're a menace?”", "Barrington Tullywhite", "said", ""),
        ],
        [
            (
                "Under its lease with the city, Hallowstead gives local nonprofits 10% of the boards' airtime free, worth about $95,000 last year.",
                "",
                "",
                "W",
            )
        ],
        [
            ("The Beacon is a nonprofit newsroom.", "", "", "B"),
            ("We don't have a paywall, and 2,312 readers gave to us this year.", "", "", "B"),
            (
                "If you value coverage like this, please make a donation of any size today.",
                "",
                "",
                "B",
            ),
        ],
        [("Donate now", "", "", "B")],
        [
            (
                "Councilor Thaddaeus Vintry, who voted against the ordinance with Councilor Prudencia Yallowmere, said the city should have waited for a state study of billboard safety due next year.",
                "Thaddaeus Vintry",
                "said",
                "",
            ),
            ("“We're legislating on a hunch,” he said.", "Thaddaeus Vintry", "said", ""),
        ],
        [
            (
                "Yallowmere said she supported limits on brightness but not a ban.",
                "Prudencia Yallowmere",
                "said",
                "",
            )
        ],
        [
            (
                "“It's like living next to a slot machine,” Ynez Castellard, who lives across Alder Street from one of the boards, told the council.",
                "Ynez Castellard",
                "told the council",
                "",
            )
        ],
        [("The ordinance takes effect Dec. 12, 30 days after its passage.", "", "", "W")],
        [
            (
                "A 2019 state law lets cities ban new billboards but requires them to pay for removing existing ones unless owners get at least five years' notice.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The vote drew about 60 people to City Hall, many of them holding hand-drawn signs.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Tillamere is the fourth city in Oregon to restrict digital billboards since 2021.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Correction: A previous version of this story misstated the number of boards Hallowstead owns.",
                "",
                "",
                "B",
            ),
            ("It owns seven, not eight.", "", "", "B"),
        ],
        [
            ("Local news outlets may republish this story at no cost.", "", "", "B"),
            ("Please keep the byline and include a link to tillamerebeacon.org.", "", "", "B"),
        ],
        [
            ("Linford Wexholme covers city hall for the Beacon.", "", "", "B"),
            ("Reach him at dorian@tillamerebeacon.org or 503-555-0147.", "", "", "B"),
        ],
        [("Get The Beacon in your inbox", "", "", "B")],
        [
            (
                "Our free Friday newsletter rounds up the week in Tillamere in five minutes.",
                "",
                "",
                "B",
            )
        ],
        [("Email address   Subscribe", "", "", "B")],
        [("© 2026 Tillamere Beacon, a 501(c)(3) nonprofit", "", "", "B")],
    ],
    [
        [("THE ARDVARRICH COURIER", "", "", "B")],
        [("News | Highlands | Moray | Sport | Business | Farming | Notices", "", "", "B")],
        [("News / Media", "", "", "B")],
        [("Kinmorven Gazette to print last edition after 139 years", "", "", "W")],
        [
            (
                "Owners say website and newsletter will carry on, but readers fear for court and council coverage",
                "Lochthorn Publishing",
                "say",
                "",
            )
        ],
        [("By Domhnall Strathkendry", "", "", "B")],
        [("Wednesday, 25 November 2026, 5.30pm", "", "", "B")],
        [
            (
                "Disclosure: The Courier's parent company, Ardvarrich Media, made an offer for the Gazette in 2023 that was turned down.",
                "",
                "",
                "B",
            ),
            ("It has no commercial interest in the Gazette today.", "", "", "B"),
        ],
        [
            (
                "The Kinmorven Gazette, which has reported on the town and its glens since 1887, will print its last edition on 17 December, its owner Lochthorn Publishing said on Wednesday.",
                "Lochthorn Publishing",
                "said",
                "W",
            )
        ],
        [
            (
                "Lochthorn bought the paper in 2016 from the Balnacrieff family, which had owned it for three generations.",
                "",
                "",
                "W",
            ),
            (
                "The paper's paid print circulation fell from 9,200 in 2010 to 1,650 this year, while printing and distribution costs rose by 40% in three years, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lochthorn's managing director, Morag Inchcailloch, said the Gazette would carry on online, with a free email newsletter three times a week and a paid membership scheme.",
                "Morag Inchcailloch",
                "said",
                "",
            )
        ],
        [
            (
                "She said 3,480 people had signed up to the newsletter since it started in March, more than twice the paper's print sale.",
                "Morag Inchcailloch",
                "said",
                "W",
            ),
            (
                "She said the paper had lost about £85,000 in each of the last two years.",
                "Morag Inchcailloch",
                "said",
                "W",
            ),
        ],
        [
            ("“The readers haven't gone anywhere.", "Morag Inchcailloch", "said", ""),
            ("They've just stopped buying paper,” she said.", "Morag Inchcailloch", "said", ""),
        ],
        [
            (
                "Sign up to the Courier's Highland Briefing for the day's news from Inverness to Wick, delivered free at 7am.",
                "",
                "",
                "B",
            )
        ],
        [("Subscribe", "", "", "B")],
        [
            (
                "The Gazette's editor for the last 22 years, Callum Rossbrae, said he and two reporters would move to the website.",
                "Callum Rossbrae",
                "said",
                "",
            )
        ],
        [
            (
                "“The thing I worry about is the sheriff court,” he said.",
                "Callum Rossbrae",
                "said",
                "",
            ),
            (
                "“Who sits through a Tuesday of drink-driving cases for a newsletter?”",
                "Callum Rossbrae",
                "said",
                "",
            ),
        ],
        [
            (
                "Rossbrae said he hoped to keep covering the sheriff court at least once a fortnight.",
                "Callum Rossbrae",
                "said",
                "",
            )
        ],
        [
            (
                "This article is part of Closing Time, the Courier's series on what happens to towns that lose their local paper.",
                "",
                "",
                "B",
            ),
            (
                "Part two, on Thursday, looks at the Moray weeklies that closed in 2019.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Annag Glenbirnie, who chairs Kinmorven Community Council, said the Gazette's notices page was still how most older residents learned of planning applications.",
                "Annag Glenbirnie",
                "said",
                "",
            )
        ],
        [
            (
                "The Highland Council spent £18,400 on statutory notices in the Gazette last year, according to figures released under freedom of information.",
                "figures released under freedom of information",
                "according to",
                "W",
            )
        ],
        [
            (
                "Donald Muirtonach, 81, has taken the paper every week since 1961 and does not own a computer.",
                "",
                "",
                "W",
            )
        ],
        [
            ("“I'll miss the death notices most.", "Donald Muirtonach", "said", ""),
            ("That's how you find out who's gone,” he said.", "Donald Muirtonach", "said", ""),
        ],
        [
            (
                "Scotland has lost 31 weekly titles since 2005, according to research published in June by the Carrowmead Centre for Local News.",
                "research published in June by the Carrowmead Centre for Local News",
                "according to",
                "W",
            ),
            (
                "The centre said a further nine were “at serious risk” of closing by 2028.",
                "The centre",
                "said",
                "",
            ),
        ],
        [
            (
                "On Wednesday afternoon, a handwritten sign in the window of the Gazette's front office on Mill Wynd thanked readers “for 139 years of letters, complaints and kindness”.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Domhnall Strathkendry is the Courier's media and business correspondent.",
                "",
                "",
                "B",
            ),
            ("He began his career as a trainee at the Kinmorven Gazette in 2004.", "", "", "B"),
        ],
        [
            ("Comments are moderated.", "", "", "B"),
            (
                "Please keep them relevant, and remember that contempt of court rules apply to any case that is still live.",
                "",
                "",
                "B",
            ),
        ],
        [("More from News", "", "", "B")],
        [("Ferry timetable cut for winter", "", "", "B")],
        [("Distillery expansion approved", "", "", "B")],
        [
            ("© Ardvarrich Media Ltd 2026.", "", "", "B"),
            ("Registered in Scotland No. SC204117.", "", "", "B"),
        ],
    ],
    [
        [("THE PELLOWMEAD PEN TIMES", "", "", "B")],
        [("Home | News | Sport | Entertainment | Business | Letters | E-Paper", "", "", "B")],
        [("NEWS", "", "", "B")],
        [
            (
                "‘Stop sharing my son's last minutes’, mother pleads",
                "Marcia Blackwoode",
                "pleads",
                "",
            )
        ],
        [("Share on WhatsApp | Facebook | X | Email", "", "", "B")],
        [("Shevaughn Thwaitesmore/Senior Staff Reporter", "", "", "B")],
        [("Published: Monday | December 7, 2026 | 12:05 AM", "", "", "B")],
        [
            (
                "Editor's note: The Times has chosen not to publish images from the video or to name the driver of the car, who had not been charged up to press time.",
                "",
                "",
                "B",
            ),
            ("The family agreed to be interviewed for this story on Sunday.", "", "", "B"),
        ],
        [
            (
                "A video of the moments after a crash that killed 19-year-old Jhavoni Blackwoode in St Catherine last Tuesday had been shared more than 85,000 times on WhatsApp and Facebook by Sunday, according to police.",
                "police",
                "according to",
                "W",
            )
        ],
        [
            (
                "Blackwoode, a sixth-form student at Carronhill High School, was a passenger in the car, which hit a utility pole in Old Harbour at about 10.40 p.m. on December 1.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "His mother, Marcia Blackwoode, said she first saw the video on her own phone, sent by a church sister who did not know it was her son.",
                "Marcia Blackwoode",
                "said",
                "",
            )
        ],
        [
            (
                "“Every time somebody press share, my son dies again.",
                "Marcia Blackwoode",
                "said",
                "",
            ),
            ("Please, I'm begging you, delete it,” she said.", "Marcia Blackwoode", "said", ""),
        ],
        [
            (
                "She said she had reported the video to Facebook 19 times.",
                "Marcia Blackwoode",
                "said",
                "W",
            )
        ],
        [
            (
                "Senior Superintendent Orville Tenbrooke, head of the St Catherine South police division, said investigators had identified the man who filmed the video and had taken a statement from him.",
                "Orville Tenbrooke",
                "said",
                "W",
            ),
            (
                "He said the man could be charged under the cybercrimes law, which carries fines of up to $4 million, if the footage was found to have been shared to cause distress.",
                "Orville Tenbrooke",
                "said",
                "W",
            ),
        ],
        [
            ("“Think before you forward.", "Orville Tenbrooke", "told the Times", ""),
            (
                "Would you want your mother to see you like that?” Tenbrooke told the Times.",
                "Orville Tenbrooke",
                "told the Times",
                "",
            ),
        ],
        [
            ("Get breaking news on the go.", "", "", "B"),
            ("Download the Pellowmead Pen Times app, free on Android and iOS.", "", "", "B"),
        ],
        [
            (
                "The Office of the Information Commissioner said it had received 37 complaints about the video since Wednesday, more than it received about any single post in 2025.",
                "The Office of the Information Commissioner",
                "said",
                "W",
            )
        ],
        [
            (
                "Information Commissioner Sherone Shandery said in a statement that people who share images of injured people “become publishers”, with the same duties as a newspaper.",
                "Sherone Shandery",
                "said in a statement",
                "",
            )
        ],
        [
            (
                "Paulette Dunnaquay, president of the Caribbean Newsroom Guild, said newspapers had long ago stopped printing photographs of crash victims.",
                "Paulette Dunnaquay",
                "said",
                "",
            ),
            (
                "“The phone in your pocket has no editor,” she said.",
                "Paulette Dunnaquay",
                "said",
                "",
            ),
            (
                "She said the guild had written to two telecoms companies asking them to remind customers of the law by text message.",
                "Paulette Dunnaquay",
                "said",
                "W",
            ),
        ],
        [
            (
                "The driver of the car, a 27-year-old man from Old Harbour, was questioned and released pending a report from the vehicle examiner, police said.",
                "police",
                "said",
                "W",
            )
        ],
        [
            (
                "Police said 11 people had died on the roads in St Catherine in November, up from six in October.",
                "Police",
                "said",
                "W",
            )
        ],
        [
            (
                "Students at Carronhill High held a prayer vigil for Blackwoode on Friday, and the school asked parents not to forward the video.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Blackwoode's funeral is planned for December 19 at Mount Zephron Baptist Church.",
                "",
                "",
                "",
            )
        ],
        [
            ("We moderate all comments.", "", "", "B"),
            (
                "Comments that include links to the video, or that name people involved in the crash, will be removed.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Newsletter: Get the Morning Times in your inbox at 6 a.m.", "", "", "B"),
            ("Sign up free.", "", "", "B"),
        ],
        [("Related Stories", "", "", "B")],
        [("Three dead in weekend crashes in Clarendon", "", "", "B")],
        [("Taxi operators protest new fines", "", "", "B")],
        [("© Copyright 2026 Pellowmead Pen Times Ltd.", "", "", "B")],
    ],
    [
        [("THE STRAITSIDE TIMES", "", "", "B")],
        [("Singapore   Asia   World   Business   Tech   Sport   Opinion   Life", "", "", "B")],
        [("Business › Banking", "", "", "B")],
        [
            (
                "Pelorvant Bank app down for more than six hours; 410,000 customers affected",
                "",
                "",
                "W",
            )
        ],
        [("Pravina Sethuvarman", "", "", "B")],
        [("Banking Correspondent", "", "", "B")],
        [("Published Nov 30, 2026, 10:15 PM   Updated Dec 1, 2026, 07:50 AM", "", "", "B")],
        [("Listen to this article · 5 min", "", "", "B")],
        [
            (
                "SINGAPORE – Customers of Pelorvant Bank could not log in to its mobile app or make transfers for six hours and 20 minutes on Monday, in the longest outage at a Singapore bank this year.",
                "",
                "",
                "W",
            ),
            (
                "Pelorvant is Singapore's fifth-largest bank by deposits, with about 2.6 million customers.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The bank said about 410,000 customers tried and failed to log in between 8.05am and 2.25pm, when services were fully restored.",
                "The bank",
                "said",
                "W",
            ),
            (
                "It said the outage was caused by a faulty software update to its login system and was not the result of a cyber attack.",
                "The bank",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief executive Anand Thessaramani said the bank was “deeply sorry” and would waive all late-payment charges incurred on Monday.",
                "Anand Thessaramani",
                "said",
                "",
            )
        ],
        [
            (
                "“We let our customers down in a payday week.",
                "Anand Thessaramani",
                "told reporters",
                "",
            ),
            (
                "There's no other way to put it,” Mr Thessaramani told reporters.",
                "Anand Thessaramani",
                "told reporters",
                "",
            ),
            (
                "He said an independent review of the bank's technology would be finished by March.",
                "Anand Thessaramani",
                "said",
                "",
            ),
        ],
        [
            ("This article is free to read.", "", "", "B"),
            (
                "Subscribe from $9.90 a month for unlimited access to The Straitside Times on all your devices.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Screenshots of the app's error message, “Something went wrong (code 5012)”, had been shared more than 12,000 times on social media by noon.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Ms Nurfarhana Jumadilah, 36, who runs a cake business from her Tampines flat, said she could not pay two suppliers and had to borrow $600 from her sister.",
                "Nurfarhana Jumadilah",
                "said",
                "",
            )
        ],
        [
            (
                "“How do you tell a supplier the bank app is down?",
                "Nurfarhana Jumadilah",
                "said",
                "",
            ),
            ("They think you're lying!” she said.", "Nurfarhana Jumadilah", "said", ""),
        ],
        [
            (
                "At a branch in Jurong East, about 40 customers were queueing for the counters by 10am, some holding printed bills.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The financial regulator said it was “in close contact” with the bank and would require it to submit a full report on the incident within 14 days.",
                "The financial regulator",
                "said",
                "",
            )
        ],
        [
            (
                "It is the third major disruption at Pelorvant since 2024, after outages of four hours in March 2024 and three hours in August 2025.",
                "",
                "",
                "W",
            ),
            (
                "In 2024, the regulator ordered a rival bank to set aside an extra $500 million in capital after a series of outages.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Update, Dec 1, 7.50am: This article has been updated with the bank's figures on failed transactions, released after midnight.",
                "",
                "",
                "B",
            ),
            ("An earlier version said the number was not yet known.", "", "", "B"),
        ],
        [
            (
                "The bank said early on Tuesday that 96,000 transactions had failed during the outage and that all of them had been reversed.",
                "The bank",
                "said",
                "W",
            )
        ],
        [
            (
                "Mr Gustaf Pentlandry, a banking analyst at Harbrant Research, said the bank could face a penalty and might be asked to set aside more capital.",
                "Gustaf Pentlandry",
                "said",
                "",
            )
        ],
        [
            ("“Customers forgive one outage.", "Gustaf Pentlandry", "said", ""),
            (
                "They start moving their salaries after the third,” he said.",
                "Gustaf Pentlandry",
                "said",
                "",
            ),
        ],
        [
            (
                "Pelorvant's app has about 1.9 million users, and 78% of its customers' transactions are made through it, according to the bank's annual report.",
                "the bank's annual report",
                "according to",
                "W",
            )
        ],
        [
            ("Subscribers can gift this article to up to 5 people a month.", "", "", "B"),
            ("Sign in to share.", "", "", "B"),
        ],
        [("Join The Straitside Times' Telegram channel for the day's top stories.", "", "", "B")],
        [("Read more", "", "", "B")],
        [("Three banks to phase out SMS codes by June", "", "", "B")],
        [("Hawker centre rents to be reviewed", "", "", "B")],
        [
            (
                "Copyright © 2026 Straitside Press Holdings Ltd. (Co. Regn. No. 201911482N)",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("THE DRUMCARNAGH CHAMPION", "", "", "B")],
        [("News | Sport | GAA | Farming | Property | Death Notices | Subscribe", "", "", "B")],
        [("Local News", "", "", "B")],
        [
            (
                "Champion to close comments on its website from Monday after rise in abuse",
                "",
                "",
                "W",
            )
        ],
        [("By Eimear Castlequarry", "", "", "B")],
        [("Thursday, 12 November 2026 at 6:00 PM", "", "", "B")],
        [
            (
                "Editor's note: The Champion is reporting here on a decision taken by its own editor.",
                "",
                "",
                "B",
            ),
            ("This story was written by a reporter who had no part in that decision.", "", "", "B"),
        ],
        [
            (
                "The Drumcarnagh Champion will switch off reader comments on all stories on its website from Monday, 16 November, after the number of comments removed for abuse rose fivefold in two years.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Moderators deleted 4,870 comments in the year to October, up from 960 in 2024, according to figures provided by the paper.",
                "figures provided by the paper",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Champion, founded in 1889, sells about 7,400 copies a week in print, according to its latest audited figures.",
                "its latest audited figures",
                "according to",
                "W",
            )
        ],
        [
            (
                "Editor Gráinne Tuathcarra said the decision had been “a long time coming”.",
                "Gráinne Tuathcarra",
                "said",
                "",
            )
        ],
        [
            (
                "“We have two part-time moderators for 30,000 comments a year.",
                "Gráinne Tuathcarra",
                "said",
                "W",
            ),
            (
                "We can't read them all, and we're legally responsible for every one,” she said.",
                "Gráinne Tuathcarra",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the paper had 5,200 digital subscribers, up from 3,100 in 2024.",
                "Gráinne Tuathcarra",
                "said",
                "W",
            ),
            (
                "They will be able to discuss stories in a members' forum from January, she said, with every post checked before it appears.",
                "Gráinne Tuathcarra",
                "said",
                "",
            ),
            (
                "Tuathcarra said the paper would review the decision in a year.",
                "Gráinne Tuathcarra",
                "said",
                "",
            ),
        ],
        [
            ("Support local journalism.", "", "", "B"),
            (
                "Subscribe to the Champion for €1 for your first three months, then €6.99 a month.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Cllr Bríd Ardcloony, who reported 14 abusive comments about her to gardaí in 2025, said she welcomed the move.",
                "Bríd Ardcloony",
                "said",
                "W",
            )
        ],
        [
            (
                "“Half of those comments were posted under stories about a playground.",
                "Bríd Ardcloony",
                "said",
                "",
            ),
            ("A playground!” she said.", "Bríd Ardcloony", "said", ""),
        ],
        [
            (
                "Some 58% of readers never read the comments, according to a survey of 1,140 readers carried out by the paper in September.",
                "a survey of 1,140 readers carried out by the paper in September",
                "according to",
                "W",
            ),
            ("Only 11% had posted one in the past year.", "", "", "W"),
        ],
        [
            (
                "The Open Forum Society, a free-speech group founded in Sligo in 2022, said closing comments would “push debate onto Facebook, where nobody moderates anything”.",
                "The Open Forum Society",
                "said",
                "",
            ),
            (
                "The society said it would write to the editor asking her to reconsider.",
                "The society",
                "said",
                "",
            ),
        ],
        [
            (
                "Several readers who contacted the paper on Thursday said they would miss the arguments under GAA match reports.",
                "Several readers who contacted the paper on Thursday",
                "said",
                "",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Dr Fiachra Gortnaleck, who lectures in digital media at the Atlantic Midlands Institute, said about a third of Irish regional titles had closed or restricted comments since 2020.",
                "Fiachra Gortnaleck",
                "said",
                "W",
            )
        ],
        [
            ("“Comment sections were meant to be a town square.", "Fiachra Gortnaleck", "said", ""),
            ("Most became a car park at closing time,” he said.", "Fiachra Gortnaleck", "said", ""),
        ],
        [
            (
                "Irish publishers can be held liable for defamatory comments on their websites once they have been told about them.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Champion's Facebook page, which has 41,000 followers, will keep its comments open for now.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Comments on this article are open until 6pm on Sunday, 15 November, when commenting closes on all stories.",
                "",
                "",
                "B",
            ),
            (
                "Until then our house rules apply: no personal abuse, no names of people before the courts and no claims you cannot stand over.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Eimear Castlequarry is a reporter with the Champion.", "", "", "B"),
            (
                "She covers Carrick-on-Shannon and south Leitrim and can be contacted on 071 555 0192.",
                "",
                "",
                "B",
            ),
        ],
        [("Most Read", "", "", "B")],
        [("Planning sought for 42 homes at old creamery site", "", "", "B")],
        [("Minor hurling final fixed for Saturday", "", "", "B")],
        [("© Drumcarnagh Champion Newspapers DAC 2026", "", "", "B")],
    ],
    [
        [("THE MANYAMBIRA INDEPENDENT", "", "", "B")],
        [("Home | News | Local Government | Business | Sport | Opinion | Donate", "", "", "B")],
        [("Local Government", "", "", "B")],
        [
            (
                "Council spent US$48,000 on glossy newsletter as refuse piled up, audit finds",
                "the Auditor-General's report on local authorities for 2025",
                "finds",
                "W",
            )
        ],
        [("By Rumbidzai Chivhunduka", "", "", "B")],
        [("Friday, 4 December 2026", "", "", "B")],
        [
            (
                "Uncollected refuse at Nyazuvira's Chikomo market, where bins were last emptied in early November.",
                "",
                "",
                "W",
            )
        ],
        [("Picture: Nyarai Chikuzvanyi", "", "", "B")],
        [
            (
                "NYAZUVIRA – Nyazuvira Town Council spent US$48,000 printing and distributing a quarterly colour newsletter in 2025, more than it spent on fuel for its three refuse trucks, according to the Auditor-General's report on local authorities for 2025.",
                "the Auditor-General's report on local authorities for 2025",
                "according to",
                "W",
            )
        ],
        [
            (
                "The report, tabled in Parliament on Tuesday, found that the council printed 12,000 copies of each issue but could account for the distribution of only 3,400.",
                "The report",
                "found",
                "W",
            ),
            (
                "The newsletter was meant to pay for itself through advertising, but sold only three adverts in four issues, bringing in US$1,350, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Each issue of the newsletter ran to 24 pages, including 11 photographs of councillors, the report found.",
                "the report",
                "found",
                "W",
            )
        ],
        [
            (
                "Get The Independent's Friday newsletter on local councils, free in your inbox.",
                "",
                "",
                "B",
            ),
            ("More than 21,000 readers already subscribe.", "", "", "B"),
        ],
        [
            (
                "Town clerk Tonderai Chivaurira said the newsletter had been “a vital tool for telling residents what council is doing” and that the print run would be cut to 5,000 copies in 2027.",
                "Tonderai Chivaurira",
                "said",
                "",
            )
        ],
        [
            ("“Not every resident has data for the internet.", "Tonderai Chivaurira", "said", ""),
            (
                "The newsletter reaches the grandmother in Ward 6,” he said.",
                "Tonderai Chivaurira",
                "said",
                "",
            ),
        ],
        [
            (
                "Chivaurira said two of the three refuse trucks had been off the road since September awaiting spare parts.",
                "Tonderai Chivaurira",
                "said",
                "W",
            )
        ],
        [
            (
                "Vimbainashe Chikandiwa, who chairs the Nyazuvira Ratepayers' Association, said refuse had not been collected in four of the town's 11 wards since October.",
                "Vimbainashe Chikandiwa",
                "said",
                "W",
            )
        ],
        [
            (
                "“We don't need a magazine to tell us the bins are full.",
                "Vimbainashe Chikandiwa",
                "said",
                "",
            ),
            ("We can smell them,” she said.", "Vimbainashe Chikandiwa", "said", ""),
        ],
        [
            ("On Thursday, refuse had spilled across the lane behind Chikomo market.", "", "", ""),
            ("Traders said they had started burning it at night.", "Traders", "said", ""),
        ],
        [
            (
                "The council has also been criticised for accepting a US$20,000 donation from a quarry operator, Chizambeko Granite (Pvt) Ltd, weeks before it renewed the company's licence in May.",
                "",
                "",
                "W",
            ),
            (
                "A manager at Chizambeko Granite, who asked not to be named, said the donation was for a clinic roof and “had nothing to do with any licence”.",
                "A manager at Chizambeko Granite",
                "said",
                "",
            ),
        ],
        [
            ("Independent journalism costs money.", "", "", "B"),
            (
                "If you can, support our reporting with a donation of any amount by mobile money or card.",
                "",
                "",
                "B",
            ),
        ],
        [("Donate", "", "", "B")],
        [
            (
                "A spokesperson for the Ministry of Local Government said the ministry would ask all councils to submit their communications budgets by 31 January.",
                "A spokesperson for the Ministry of Local Government",
                "said",
                "",
            )
        ],
        [
            (
                "The report found irregular or unsupported spending of US$2.7 million across 32 urban councils in 2025, up from US$1.9 million in 2024.",
                "The report",
                "found",
                "W",
            )
        ],
        [("Nyazuvira, about 90km east of Harare, has about 46,000 residents.", "", "", "W")],
        [
            (
                "Join the conversation: The Independent hosts a live discussion on council spending on its WhatsApp channel on Thursday, 10 December, at 7pm.",
                "",
                "",
                "B",
            ),
            ("Town clerks and residents' groups have been invited.", "", "", "B"),
        ],
        [
            ("Rumbidzai Chivhunduka is The Independent's local government reporter.", "", "", "B"),
            (
                "She was a finalist in the 2024 regional investigative journalism awards and is based in Marondera.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "We welcome comments, but we remove those that are abusive, tribal or off-topic.",
                "",
                "",
                "B",
            ),
            ("Comments are turned off after seven days.", "", "", "B"),
        ],
        [("You may also like", "", "", "B")],
        [("Water bills to rise 20% in January, council says", "", "", "B")],
        [("© 2026 Manyambira Independent (Pvt) Ltd.", "", "", "B")],
    ],
]

CASES = [
    (
        "n110-ke-note-holdings",
        "Editor's note: The Ledger is owned by Mwanzurai Holdings Ltd., which has no stake in Tandaro Media Group. This story was reported from Tandaro's annual results, published on Wednesday, and from interviews with four people in the industry.",
        [
            "Editor's note: The Ledger is owned by Mwanzurai Holdings Ltd., which has no stake in Tandaro Media Group.",
            "This story was reported from Tandaro's annual results, published on Wednesday, and from interviews with four people in the industry.",
        ],
    ),
    (
        "n110-ke-group-print",
        "The group said revenue from subscriptions rose to KSh 412 million in the year to Sept. 30, overtaking print advertising for the first time. Print advertising fell 17% to KSh 388 million.",
        [
            "The group said revenue from subscriptions rose to KSh 412 million in the year to Sept. 30, overtaking print advertising for the first time.",
            "Print advertising fell 17% to KSh 388 million.",
        ],
    ),
    (
        "n110-ke-call-sixty",
        "“Two years ago people told us Kenyans would never pay for a news app,” she told analysts on a call. “Sixty thousand of them have just proved that wrong.”",
        [
            "“Two years ago people told us Kenyans would never pay for a news app,” she told analysts on a call.",
            "“Sixty thousand of them have just proved that wrong.”",
        ],
    ),
    (
        "n110-ke-quote-who",
        "“A farmer in Kitui who cannot spare KSh 299 is still a citizen who needs the news,” she said. “Who is writing for him?”",
        [
            "“A farmer in Kitui who cannot spare KSh 299 is still a citizen who needs the news,” she said.",
            "“Who is writing for him?”",
        ],
    ),
    (
        "n110-cy-mam-knees",
        "“They gave Mam her dignity at the end. I'm only giving them my knees,” he said.",
        ["“They gave Mam her dignity at the end.", "I'm only giving them my knees,” he said."],
    ),
    (
        "n110-cy-copyright-no",
        "© Glanmorwen Gazette Community Interest Company 2026. Registered in Wales No. 11846023.",
        [
            "© Glanmorwen Gazette Community Interest Company 2026.",
            "Registered in Wales No. 11846023.",
        ],
    ),
    (
        "n110-ca-honestly",
        "“I clicked ‘Reject’ and watched 31 trackers load anyway,” she said in an interview. “Honestly? I thought I'd broken my browser.”",
        [
            "“I clicked ‘Reject’ and watched 31 trackers load anyway,” she said in an interview.",
            "“Honestly?",
            "I thought I'd broken my browser.”",
        ],
    ),
    (
        "n110-ca-tip",
        "Have a tip? Contact our newsroom securely at tips@salishmeredispatch.ca or call 604-555-0183.",
        [
            "Have a tip?",
            "Contact our newsroom securely at tips@salishmeredispatch.ca or call 604-555-0183.",
        ],
    ),
    (
        "n110-ca-quote-gamble",
        "“Most Canadian sites still run the same banner Seatbarrow ran,” she said. “Why would anyone gamble on that now?”",
        [
            "“Most Canadian sites still run the same banner Seatbarrow ran,” she said.",
            "“Why would anyone gamble on that now?”",
        ],
    ),
    (
        "n110-in-frame-fuel",
        "“She would wait four days for one frame! I used to shout at her about the fuel bills,” he said, laughing.",
        [
            "“She would wait four days for one frame!",
            "I used to shout at her about the fuel bills,” he said, laughing.",
        ],
    ),
    (
        "n110-in-event-pm",
        "EVENT: Trishala Varkhedkar will speak about the series at the Times Photo Club on Saturday, Nov. 28, at 6 p.m. Entry is free, but seats are limited to 120; register at events.ranavalitimes.in.",
        [
            "EVENT: Trishala Varkhedkar will speak about the series at the Times Photo Club on Saturday, Nov. 28, at 6 p.m.",
            "Entry is free, but seats are limited to 120; register at events.ranavalitimes.in.",
        ],
    ),
    (
        "n110-in-hearing-jan",
        "Her claim for damages is pending before a civil court in Pune, which has listed it for hearing on Jan. 14. The party has not filed a reply.",
        [
            "Her claim for damages is pending before a civil court in Pune, which has listed it for hearing on Jan. 14.",
            "The party has not filed a reply.",
        ],
    ),
    (
        "n110-au-co-used",
        "Marli Gallowhaugh, 41, alleges in a statement of claim filed on 9 November that Sheoakhurst Brewing Co. used eight bars of her song Salt Road in an ad that first aired in September 2025. The ad has been viewed more than 4.2 million times on YouTube and ran on regional television for 11 weeks, the claim says.",
        [
            "Marli Gallowhaugh, 41, alleges in a statement of claim filed on 9 November that Sheoakhurst Brewing Co. used eight bars of her song Salt Road in an ad that first aired in September 2025.",
            "The ad has been viewed more than 4.2 million times on YouTube and ran on regional television for 11 weeks, the claim says.",
        ],
    ),
    (
        "n110-au-no-14",
        "Salt Road reached No. 14 on a national independent music chart in 2019. It has been streamed about 2.3 million times.",
        [
            "Salt Road reached No. 14 on a national independent music chart in 2019.",
            "It has been streamed about 2.3 million times.",
        ],
    ),
    (
        "n110-au-bars-hook",
        "“Eight bars can be a substantial part. So can three notes, if they're the hook,” she said.",
        [
            "“Eight bars can be a substantial part.",
            "So can three notes, if they're the hook,” she said.",
        ],
    ),
    (
        "n110-ng-poll-oct",
        "The poll of 2,400 registered voters, conducted by phone between Oct. 19 and Oct. 27, put Okesholu on 44% and Oyeduntan on 33%, with 19% undecided. The firm said the margin of error was 2.0 percentage points.",
        [
            "The poll of 2,400 registered voters, conducted by phone between Oct. 19 and Oct. 27, put Okesholu on 44% and Oyeduntan on 33%, with 19% undecided.",
            "The firm said the margin of error was 2.0 percentage points.",
        ],
    ),
    (
        "n110-ng-votes-sofar",
        "12,406 votes so far. This poll is not scientific and reflects only the views of readers who chose to take part.",
        [
            "12,406 votes so far.",
            "This poll is not scientific and reflects only the views of readers who chose to take part.",
        ],
    ),
    (
        "n110-ng-ltd-rights",
        "© 2026 Egbedawo Tribune Newspapers Ltd. All rights reserved.",
        ["© 2026 Egbedawo Tribune Newspapers Ltd.", "All rights reserved."],
    ),
    (
        "n110-us-dec-ordinance",
        "The Tillamere City Council voted 5-2 on Thursday night to ban new digital billboards and to require the city's nine existing ones to come down by Dec. 31, 2030. The ordinance also caps the brightness of lit signs at 300 nits after sunset, about a third of what most digital boards now use.",
        [
            "The Tillamere City Council voted 5-2 on Thursday night to ban new digital billboards and to require the city's nine existing ones to come down by Dec. 31, 2030.",
            "The ordinance also caps the brightness of lit signs at 300 nits after sunset, about a third of what most digital boards now use.",
        ],
    ),
    (
        "n110-us-fire-levy",
        "“Nobody complained about the boards when they were selling ads for the fire levy,” Tullywhite said. “Now they're a menace?”",
        [
            "“Nobody complained about the boards when they were selling ads for the fire levy,” Tullywhite said.",
            "“Now they're a menace?”",
        ],
    ),
    (
        "n110-sc-sheriff-court",
        "“The thing I worry about is the sheriff court,” he said. “Who sits through a Tuesday of drink-driving cases for a newsletter?”",
        [
            "“The thing I worry about is the sheriff court,” he said.",
            "“Who sits through a Tuesday of drink-driving cases for a newsletter?”",
        ],
    ),
    (
        "n110-sc-regd",
        "© Ardvarrich Media Ltd 2026. Registered in Scotland No. SC204117.",
        ["© Ardvarrich Media Ltd 2026.", "Registered in Scotland No. SC204117."],
    ),
    (
        "n110-jm-think-forward",
        "“Think before you forward. Would you want your mother to see you like that?” Tenbrooke told the Times.",
        [
            "“Think before you forward.",
            "Would you want your mother to see you like that?” Tenbrooke told the Times.",
        ],
    ),
    (
        "n110-jm-newsletter-am",
        "Newsletter: Get the Morning Times in your inbox at 6 a.m. Sign up free.",
        ["Newsletter: Get the Morning Times in your inbox at 6 a.m.", "Sign up free."],
    ),
    (
        "n110-sg-am-pm",
        "The bank said about 410,000 customers tried and failed to log in between 8.05am and 2.25pm, when services were fully restored. It said the outage was caused by a faulty software update to its login system and was not the result of a cyber attack.",
        [
            "The bank said about 410,000 customers tried and failed to log in between 8.05am and 2.25pm, when services were fully restored.",
            "It said the outage was caused by a faulty software update to its login system and was not the result of a cyber attack.",
        ],
    ),
    (
        "n110-sg-supplier",
        "“How do you tell a supplier the bank app is down? They think you're lying!” she said.",
        [
            "“How do you tell a supplier the bank app is down?",
            "They think you're lying!” she said.",
        ],
    ),
    (
        "n110-sg-update",
        "Update, Dec 1, 7.50am: This article has been updated with the bank's figures on failed transactions, released after midnight. An earlier version said the number was not yet known.",
        [
            "Update, Dec 1, 7.50am: This article has been updated with the bank's figures on failed transactions, released after midnight.",
            "An earlier version said the number was not yet known.",
        ],
    ),
    (
        "n110-ie-playground",
        "“Half of those comments were posted under stories about a playground. A playground!” she said.",
        [
            "“Half of those comments were posted under stories about a playground.",
            "A playground!” she said.",
        ],
    ),
    (
        "n110-ie-subscribe-euro",
        "Support local journalism. Subscribe to the Champion for €1 for your first three months, then €6.99 a month.",
        [
            "Support local journalism.",
            "Subscribe to the Champion for €1 for your first three months, then €6.99 a month.",
        ],
    ),
    (
        "n110-zw-event",
        "Join the conversation: The Independent hosts a live discussion on council spending on its WhatsApp channel on Thursday, 10 December, at 7pm. Town clerks and residents' groups have been invited.",
        [
            "Join the conversation: The Independent hosts a live discussion on council spending on its WhatsApp channel on Thursday, 10 December, at 7pm.",
            "Town clerks and residents' groups have been invited.",
        ],
    ),
]
