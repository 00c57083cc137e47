"""Hundred-and-twenty-sixth set of new hand-labelled pages for the hint engines (tuning set, round forty-nine):
twelve WHOLE pages of everyday news, head to tail, from twelve countries (Scotland, Ghana, Singapore,
the United States, Ireland, Pakistan, Jamaica, Australia, Canada, Kenya, New Zealand and Malta) whose
FURNITURE IS WRITTEN IN PROSE AND SITS MID-STORY, where it looks like story. The pages: a Scottish
regional daily (a council committee votes 7-5 to close Fraserburgh's only swimming pool), a Ghanaian
news site's regions page (Koforidua traders shut a market over a 60% toll rise), a Singapore news site
(a childcare operator closes six of its 14 centres), a United States nonprofit newsroom (a rural Kansas
hospital stops delivering babies), an Irish national news site (a Co Wexford nursing home to close,
with a correction at the head), a Pakistani English daily (Punjab seals 14 laboratories over dengue
test prices), a Jamaican daily (Ocho Rios craft vendors given 30 days to move to a new market), an
Australian regional news site (Victoria's default electricity offer rises 9.4 per cent), a Canadian
community news site (Truro raises its tax rate 4.9 per cent), a Kenyan daily (Kisumu bans motorcycle
taxis from its town centre, with a correction at the foot), a New Zealand regional news site (a
one-lane bridge replacement rises to $11.4m) and a Maltese news portal (a 14-storey seafront hotel
approved at Marsaskala).

What is hard is telling furniture written as sentences from the story around it. Mid-story, each page
carries boilerplate in full sentences: subscription and donation asks ("Before you keep reading: The
Beacon is a nonprofit newsroom, ..." / "If you believe ..., make a tax-deductible gift today.", "Our
journalism is free for everyone to read." / "It is paid for by readers who donate, ..." / "Give €5 a
month today.", a paywall counter "You have read 4 of your 5 free articles this month.", e-paper and
subscription offers), newsletter pitches ("Sign up to Council Watch, our free newsletter ...", "Sign up
to Health Check, ..."), series and partnership notes ("This article is part of Last Lengths, ...",
"This story is part of Market Women, ... supported by ...", "This story was produced in partnership
with ...", "This story was produced with support from ..."), funding, republishing and disclosure
notes ("The fund has no say over what we publish.", "This article was first published by ... and is
republished with permission.", "You may republish this article for free ...", "Disclosure: The
Thornmere Health Foundation has donated to the Weskata Beacon." / "Donors have no say in our
coverage."), correction labels and editor's notes (withheld names, an update), embedded-content consent
notices (YouTube, a removed embed, Facebook), listen, AI-audio and AI-summary notices, comment-policy
lines, "We want to hear from you" call-outs that open with a question ("Do you swim at Kinloddie Road?",
"Are you a trader affected by the new tolls?", "Have you been overcharged for a test or a medicine?",
"Is your business affected by the weight limit?", "Have a story to share?"), photo and video credits
worded as sentences ("Picture by ... for the Courant.", "The photograph was taken by ... for the
Herald.", "The photographs in this article were taken by ...", "The video was recorded by ...", "The
image was supplied by the developer's architects.", "Photo courtesy of ..."), "Get the app",
WhatsApp-channel and "Follow ..." lines, an affiliate note and an affiliate promotion, a help box, a
translation note, an additional-reporting line and author bios in sentences at the tail ("Morag
Cullenbrae is the Courant's local authority reporter." / "She has covered ..."). Short label lines sit
mid-story too (Advertisement, "Story continues below advertisement", "READ MORE:", "READ ALSO:",
"RELATED:", "WATCH:", "Key points", "In brief", "Key numbers", "Correction", "Join the conversation"),
beside subheads that are story, labelled by content ("A 40-mile round trip", "Four weeks' notice",
"What happens now", "Owners to go to court", "Water and sewer", "Riders plan court challenge" are "";
"Road to lorry station blocked", "Cruise visitors down a third", "Detour adds 23km", "Height twice
local plan limit" are "W"). Against that furniture stand story sentences that read like it: advice
with a speaker ("Customers can compare offers on the government's free comparison website, the
commission said."), the outlet's own reporting ("The Ministry of Local Government did not respond to
questions from the Chronicle by press time.", "The company did not respond to questions from The
Sengkuang Daily ..."), a foundation's fundraising stated in the story that a disclosure names too,
captions that state a checkable fact, and summary bullets that restate the story's claims. Each page is otherwise an
ordinary news story with officials, spokespeople, residents, documents and data as speakers. The
splits fall at e-mail addresses and URLs, "Ltd." before "Registered in Scotland, No. ...", "All
rights reserved." or "Company registration ...", "Pte Ltd." before "Co. Regn. No. ...", "Inc." before
"The Beacon is a 501(c)(3) nonprofit.", "Pty Ltd." before "ABN ...", "Co. Ltd.", "Ltd. in September"
mid-sentence, "Hon.", "Supt.", "Eng.", "State Rep." with "R-Colby", "Sept. 12, 2026," and "3:30 p.m.
Tuesday" mid-sentence, "he said." before "Coun. Marnie ...", "?” she said." and "?” she asked.", and
call-outs whose question is followed by "We want to hear from you." The pages hold 525 sentences: 227
"B", 185 "W" and 113 ""; 226 sentences carry a speaker (112 distinct speakers). `STYLES` describes
each page, its story and its parts in order with their labels.

Written from scratch for issue 13 in round forty-nine, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief (`/tmp/brief/common.md`, printed whole with `cat`); the module
docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`);
`def build` in `tests/text/labelled_articles.py` (its source segment printed by an `ast` script of my
own, that function only) and the `[tool.ruff]` tables of `pyproject.toml` (printed with `tomllib`),
these two in one command; and, from `labelled_new123.py` and `labelled_new124.py`, the output of a script of my
own using `ast` that prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the
first eight `CASES` of each. It was printed once (the tool cut its middle, so the start of the
docstring of `labelled_new123.py` and the end of the first page, the second page and the cases of
`labelled_new124.py` were seen), then saved to a scratch file, of which `grep -n` showed the section
markers and `sed` showed four ranges: the rest of the docstring and the `STYLES` of
`labelled_new123.py` (the tool cut two of its styles), its first page and the first lines of its
second, the docstring and `STYLES` of `labelled_new124.py` (lines cut at 2,500 characters; the tool
cut its middle), and the cut part of that docstring's conventions. `/tmp/sets` was only checked to
exist (a listing of it was piped to `head -0`, so nothing was shown); no other writer's folder was
opened, and no other file under `tests/` was read.
What was run: a Python one-liner printing the calendars of April to June 2027 (to check weekdays);
scripts of my own in a scratch folder that turn a small line format (flag, speaker, cue and text
separated by a tilde, one line a sentence, a leading "+" continuing the paragraph) into the literals
below, cut the split cases out of the pages by their first words, and count sentences, flags and
speakers; case-insensitive substring file counts (`grep -rliF -- WORD /work/main/tests/text | wc -l`)
for every capitalised word of three letters or more and every part of a hyphenated word of the pages
(597 words), for the 31 new words after renaming and for about 100 candidate replacements; an import
of this file by path with `labelled_articles.build` on every page and a check of the four string
fields, the flags, the text at each label's offsets, no "B" with a speaker, a cue for every speaker
and a speaker for every cue, no full stop, question or exclamation mark followed by a space and a
capital inside a sentence except after a title or abbreviation, 30 distinct case ids, every case text
in a built page and equal to its sentences joined by single spaces, each expected sentence one
labelled sentence of one paragraph, in order, and the counts above; and `ruff format` and `ruff
check` (the project's `.venv`) with the project's `pyproject.toml` as config, the check through
`--stdin-filename tests/text/labelled_new126.py` so that the per-file ignores for `tests/**` apply.
Only counts were read from the word searches, never the matched lines or file names. Of the first
draft's coined words, 35 hit more than two files and were renamed: outlets (Merbau, Rosebell), firms
and bodies (Sette Venti, Kaw Bend, Hollis Creek, Ellerton, Halvorsen-Teague) and surnames or parts of
names (Seah Boon Kiat, Lim Poh, Quek Li Xuan, Pennant, Ellington-Reid, Braham, Quillinan,
Oulton-Haye, Tetteh, Adomako, Boadu-Asamoah, Sarfo, Odera, Rāwiri-Tuck, Hesketh, Rusk); only
replacements with at most two hits were kept. What still hits is real countries, regions, cities,
towns, estates and roads (Aberdeenshire, Fraserburgh, Peterhead, Moray, Koforidua, Kumasi, Bedok,
Tampines, Jurong West, Colby, Hays, Thomas County, Enniscorthy, Gorey, Lahore, Rawalpindi, Ichhra,
Ferozepur Road, Karachi, Islamabad, Ocho Rios, St Ann's Bay, Ohio, Melbourne, Truro, Nova Scotia,
Kisumu, Nyalenda, Nairobi, Kaikohe, Northland, Marsaskala, St Julian's and the like), common given
names kept on purpose (Callum, Graeme, Fiona, Ewan, Alison, Morag, Efua, Kwabena, Adwoa, Serwaa,
Kwadwo, Abena, Akua, Yaw, Emmanuel, Ivan, Rachel, Faizal, Dana, Marla, Jolene, Brianna, Kip, Eamon,
Bríd, Seán, Colm, Sadia, Khurram, Nasreen, Hamza, Rafiq, Shanique, Delroy, Icilda, Maxine, Errol,
Gloria, Andre, Leonie, Carmel, Colleen, Wendell, Gail, Achieng, Beatrice, Akinyi, Kennedy, Peter,
Wycliffe, Mercy, Hinemoa, Tame, Kiri, Anahera, Roberta, Noel, Doris, Kurt), a common surname (Tan)
and titles, tokens and ordinary or outlet words (Hon, Supt, Eng, Coun, Rep, DAC, Pte, Pty, ABN, Regn,
FAQ, CBD, HSE, Courant, Herald, Chronicle, Advocate, Sentinel, Beacon, Record, Mail, Times, Post,
Lengths, Streets, Valley and the like).

Every person, outlet, firm, fund, foundation, desk, association, council, market, centre, home, hotel,
bridge and figure is invented. Real countries, regions, cities and institutions appear only as
settings: those listed above, Aberdeenshire Council's Buchan area committee and the Scottish
Government, the New Juaben South Municipal Assembly, the Eastern Regional Police Command and the
Regional Coordinating Council, Singapore's Early Childhood Development Agency and Ministry of Social
and Family Development, the Kansas Department of Health and Environment, the Kansas House and
Medicaid, Ireland's Health Information and Quality Authority, Health Service Executive, Department of
Health, Minister for Older People and Fair Deal scheme, the Punjab health department, the Civil
Secretariat, the Lahore High Court and the Punjab Healthcare Commission, the St Ann Municipal
Corporation and Jamaica's Ministry of Local Government, Victoria's Essential Services Commission, the
Nova Scotia Utility and Review Board and the Town of Truro, Kisumu's county assembly, Far North
District Council and the NZ Transport Agency, and Malta's Planning Authority and Environment and
Planning Review Tribunal (all with invented statements, decisions and figures); YouTube, Facebook,
WhatsApp, Telegram and Creative Commons appear as channels and a licence.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, section path, byline, date, notice, caption, credit, label,
link, appeal, note, bio and legal line is a paragraph of its own, and an appeal or note in several
sentences is one paragraph); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags
"W", "B" or "". As in the recent sets: furniture "B" line by line, whatever it says; a caption by its
content and its credit "B"; headlines and standfirsts never split and flagged by content, a
headline's or standfirst's "say" carrying the speaker as written ("Campaigners", "Parents",
"experts"); a dateline belongs to its lead sentence; a speaker is the full name as first given
without titles ("Councillor", "Nana", "Hon.", "Supt.", "Mr", "Ms", "Dr", "Chief Executive Officer",
"State Rep." with "R-Colby", "Rep." with "R-Hutchinson", "Local TD", "Mayor", "Coun.", "Eng.",
"Commission chairperson", "Energy Minister", "Dairy farmer", "Resident" dropped); a pronoun, a later
surname or a title standing for a named person ("the chief officer said") resolves to it; a generic
noun for a body or a document is kept as written ("the company", "The agency", "the department",
"the letter", "The report", "The figures", "its report"), while "It said" resolves to the body as
first given; "according to X" gives X as written; a quote over several sentences or paragraphs
carries its speaker and cue in each.

Conventions this set had to settle, in the same spirit:

* Furniture written as prose is "B" wherever it sits and however it is worded: a whole sentence, a
  question opening a call-out, a number in a paywall counter or a donation ask, a second-person
  appeal, a phone line in a help box, a disclosure naming an institution of the story, a funding note
  inside the body, a credit or a bio in sentences. Each sentence of such a note is its own "B"
  sentence, split as the reader would split it (so a call-out's question, "We want to hear from you."
  and the e-mail line are three).
* A summary box ("Key points", "In brief") keeps its label and its AI-drafting note "B"; its bullets
  restate the story's claims and are labelled by content, like a standfirst ("The council says ..."
  "W", "ECDA says it will help ..." "").
* Subheads: a stock label the site prints on any story ("Key numbers", "Correction", "Join the
  conversation", "READ MORE: ...", "WATCH: ...") is "B"; a subhead written for this story is labelled
  by content ("" or "W"), as new124 did for "Key match-up".
* Corrections follow new124: the label "B", "An earlier version of this article said ..." "", the
  corrected fact ("It has 38.", "She is the chief officer for roads and transport.") "W"; an update
  note ("This article was updated at 3.40pm ...", "Editor's note: This article was updated at 17:10
  ...") and an editor's note on withheld names are "B".
* The outlet's own reporting inside the story ("did not respond to questions from the Chronicle by
  press time") is story, not furniture: the subject as written, the cue as written, "". Advice given
  by a source in the story ("Customers can compare offers ..., the commission said.") is "", while the
  outlet's own affiliate promotion ("Compare energy plans with our partner, ...") is "B".
* A fact box's rows ("Increase: $179 (9.4 per cent)") are "" data, like a table's rows; its title "B".
* A later "The spokesperson said" after "A spokesperson for ..." is a generic noun kept as written
  ("The spokesperson"), as new123 kept "The officials" and "The member"; a pronoun ("He said") after
  "A spokesman for Ellerbrook Power" resolves to that phrase as first given.
* "Coun. Marnie Oulbridge asked staff to report back ..." is an act without a verb of saying: no
  speaker, "".
* Captions that state a checkable fact ("Carrigbawn House in Enniscorthy, which opened in 1989.", "The
  one-lane Waitaruke Stream bridge was built in 1938.") are "W"; descriptive captions are "".

Check-worthiness as in the recent sets: statements of record by officials, documents and data,
figures, dates, votes and first-person records ("I sell tomatoes, and on a good day I make GH¢60",
"I pay Sh50 from Nyalenda to the market") are "W"; opinions, feelings, questions, refusals, plans,
promises, forecasts and schedules (a last session, a closing date, a mailing date, a tender date) are
"".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two or three
consecutive sentences of one paragraph of these pages joined by single spaces: call-outs opening with
a question before "We want to hear from you." and an e-mail address or phone number; a series note
before a URL; "Ltd." before "Registered in Scotland, No. SC418826."; "Pte Ltd." before "Co. Regn.
No. ..."; "Inc." before "The Beacon is a 501(c)(3) nonprofit."; "Co. Ltd." before "All rights
reserved."; "Ltd. in September" mid-sentence; "Hon." and "Supt." and "Eng." mid-sentence; "State
Rep." with "R-Colby"; "Sept. 12, 2026," mid-sentence; "3:30 p.m. Tuesday" mid-sentence; "?” she
said." and "?” she asked." as one sentence each; "he said." before "Coun. Marnie ..."; a correction
and its corrected fact ("48 residents." / "It has 38."); two-sentence notices (AI audio, consent,
affiliate, paywall, funding, series and donation): what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Scottish REGIONAL DAILY\'s site (Aberdeenshire), a council committee votes 7-5 to close a town\'s only swimming pool: masthead in capitals, menu with pipes, section path with ›; headline "W" and standfirst "Campaigners say ..." "W"; byline and date line; a listen line and an AI-voice notice in a sentence "B"; a "Key points" label "B", three summary bullets by content ("The council says ..." "W") and an AI-drafting note "B"; caption "" and a photo credit worded as a sentence ("Picture by ... for the Courant.") "B"; the vote of record "W" and "A report to the committee put" "W"; the committee chair with "Councillor" dropped (a feeling "", a loss "W"); a newsletter pitch in a full sentence mid-story "B"; a story subhead "A 40-mile round trip" ""; the petition organiser (notice and names "W", quotes "" over two paragraphs); membership figures "W"; a series note "This article is part of ..." and a URL line "B"; the head of leisure ("told the committee" "W", a bus plan "", capacity "W"); a YouTube consent notice "B"; Advertisement; a councillor who voted against ("W", "" and a plan ""); "according to council records" "W"; "Ms Dalgetty-Rennison said" "" and "She said" "W"; "A Scottish Government spokesperson" "W" and a later "The spokesperson" kept as written "W"; a last session date ""; a "We want to hear from you" call-out in three sentences with an e-mail address "B"; READ MORE link; an author bio in two sentences, copyright split at "Ltd." before "Registered in Scotland, No. ...", footer links, all "B"',
    'Ghanaian NEWS SITE\'s regions page (Eastern Region), Koforidua traders shut a market over a 60% toll rise: masthead in capitals, menu with wide spaces, breadcrumb with >; headline "W"; byline and date line; a "Download the ... app" line "B"; caption "" and a photo credit worded as a sentence "B"; the lead with no speaker "W" and "according to a notice pasted at the market gates" "W"; the market queen with "Nana" dropped ("W", two quoted sentences "", a plan ""); the Municipal Chief Executive with "Hon." dropped (three "W"); a "We want to hear from you" call-out opening with a question, in three sentences, "B"; Advertisement; "Figures in the assembly\'s 2027 composite budget show" and "according to the assembly\'s website" "W"; a story subhead stating a fact "Road to lorry station blocked" "W"; "Police said" "W" and the police spokeswoman with "Supt." dropped ("W", "She said" "W"); a trader named after her quote ("W", continuation "", "She said" "W"); a series and funding note in two sentences "B"; RELATED link; the assembly member (a vote "W", a plan "", a quote ""); "Traders said" "W" and "Mr Ampem-Darkwah said" a contract plan "" in one paragraph; the Regional Minister ("W", a quote ""); an author bio, a comment-policy sentence, copyright split at "Ltd." before "All rights reserved.", footer links, all "B"',
    'Singapore NEWS SITE\'s education page, a childcare operator closes six centres: masthead in capitals, menu with pipes, section path with ›; headline "W" and standfirst "Parents say ..." "W"; byline and Published line; a listen line and an AI-audio notice in two sentences "B"; an "In brief" label "B", three summary bullets by content ("Tembusu Tots says ..." "W", a bare figure "W", "ECDA says it will help ..." "") and an AI-summary note "B"; caption "" and credit; the "SINGAPORE –" lead ending "the company said" kept as written "W" and "It said" resolving to the company "W"; "In a letter to parents ..., Tembusu Tots said" "W"; the chief executive with "Mr" dropped ("W", "" and "W"); a "Download the ... app" line "B"; the agency (ECDA) ("W", a promise ""); a story subhead "" ; a rule with no speaker "W" and "The agency did not say" ""; a mother with "Ms" dropped ("W", "?” she said." "", continuation "", "She said" "W"); another parent with "Mr" dropped, a quoted characterisation ""; ministry data through according to "W"; a researcher with "Dr" dropped ("W", a quote ""); Advertisement; "She said" closures "W" and a forecast ""; fees through "according to the company\'s website" "W"; "The company did not respond to questions ..." ""; a newsletter pitch "B"; a closing date ""; an author bio "B", copyright split at "Pte Ltd." before "Co. Regn. No. ..." "B", footer links',
    'United States NONPROFIT NEWSROOM (Kansas), a rural hospital stops delivering babies: masthead in capitals, menu with pipes and a Donate item, section label; headline "W"; byline and date; "This story was produced in partnership with ..." "B"; caption "" and a credit with a slash; the "COLBY, Kan. —" lead ending "the hospital told staff Tuesday" "W"; "In a statement, the hospital said" "W"; "according to its website", "according to minutes posted on the hospital\'s website" and the foundation\'s fundraising "according to its annual report" (the foundation a later disclosure names) "W"; the chief executive officer (a record "W", two quoted sentences ""); a donation ask in two full sentences mid-story ("Before you keep reading: ..." / "If you believe ..., make a tax-deductible gift today.") "B"; state data through according to "W"; a nurse ("at 3:30 p.m. Tuesday" mid-sentence "W", a quote "", "She said" "W"); an expectant mother ("W", "“What happens if it snows?” she asked." "", "She said" "W"); a newsletter pitch "B"; a report through according to "W" and "The report found" "W"; a donor disclosure in two sentences "B"; a state representative with "State Rep." and "R-Colby" dropped (two "W" and a quote ""); a committee chair who "did not respond to a request for comment" ""; Advertisement; a story subhead "What happens now" ""; "Kuehnhold said" a plan ""; a department spokesperson "W" and a later "The spokesperson" kept as written "W"; a republishing note, an author bio in two sentences with an e-mail address, a funding note in a sentence, copyright split at "Inc." before "The Beacon is a 501(c)(3) nonprofit.", footer links, all "B"',
    'Irish NATIONAL NEWS SITE (Co Wexford), a private nursing home to close, with a CORRECTION at the head: masthead in capitals, menu with wide spaces, section path with ›; headline "W"; byline and date line; a listen line and a text-to-speech notice "B"; a "Correction, 18 May 2027" label "B", "An earlier version of this article said ..." "" and the corrected fact "It has 38." "W"; a caption stating an opening year "W" and a photo credit worded as a sentence "B"; the lead ending "its owners have told families" "W"; the operator named in full "W" and "the letter said" "W"; "according to a report published by the Health Information and Quality Authority (Hiqa) last month" "W", "The report said" "W" and an inspection count with no speaker "W"; an editor\'s note on withheld names "B"; a resident\'s daughter ("W", a quote "" over two paragraphs, fees "W"); a resident\'s son "W"; an embedded-content consent notice in two sentences "B"; the Health Service Executive ("W", "It said" a promise ""); a local TD ("W", a quote "", a letter "W"); a newsletter pitch "B"; Advertisement; an industry group with its descriptor dropped ("W", "It said" "W"); a Department of Health spokeswoman ("" and a quote ""); a date with no speaker ""; an update note, a comment-hours line, an author bio, copyright and footer links, all "B"',
    'Pakistani ENGLISH DAILY\'s Lahore page, the province seals 14 laboratories over dengue test prices: masthead in capitals, menu with wide spaces, section label; headline "W"; "Our Staff Reporter" and a Published/Updated line; a "Follow ... on WhatsApp" line "B"; caption "" and a credit worded as a sentence "B"; the "LAHORE:" lead with no speaker "W"; "according to the department" with "Sept. 12, 2026," mid-sentence "W"; the secretary with "Dr" dropped ("told reporters" "W", two "She said" "W", a quote "" and "she added" ""); READ MORE link; provincial data through according to "W", "according to the same data" "W", a figure with no speaker "W" and a second "according to the department" "W"; a call-out opening with a question and an e-mail address "B"; Advertisement; a story subhead "Owners to go to court" ""; the laboratory owners\' leader (a causal claim "W", a quote "", "W", a plan "") and an anonymous owner ("The owner of one of the sealed laboratories" "W", a quote ""); a mother named after her quote ("W", a question "", "She said" "W"); a translation note "B"; the law with no speaker "W"; a commission spokesman "declined to comment" ""; "the department said" a plan ""; an additional-reporting line, a "Published in ..." line, a comment policy in two sentences, copyright and footer links, all "B"',
    'Jamaican DAILY\'s lead stories page (St Ann), craft vendors ordered to a new market: masthead in capitals, menu with pipes, section label; headline "W"; byline in capitals and date; the lead ending "the St Ann Municipal Corporation has said" "W"; the mayor with "Councillor" dropped (three "W" and a quote ""); a "WATCH:" line "B", a video caption "" and a video credit worded as a sentence "B"; a carver ("W", two quoted sentences "", "She said" "W"); an observation with no speaker "W"; a "Get the ... app" line "B"; the corporation\'s chief executive officer "In a statement" ("W", "W", a shuttle plan ""); Advertisement; a story subhead stating a fact "W"; "according to port figures" "W" and "The figures show" "W"; the vendors\' association president ("W", a condition "", a quote "", "He said" "W"); a visitor named after her quote ""; "The Ministry of Local Government did not respond to questions ..." ""; a "We want to hear from you" call-out in three sentences with a phone number "B"; an e-paper subscription ask "B"; a comment-policy sentence, copyright split at "Co. Ltd." before "All rights reserved.", footer links, all "B"',
    'Australian REGIONAL NEWS SITE\'s cost-of-living page (Victoria), the default electricity offer rises 9.4 per cent: masthead in capitals, menu with wide spaces, section path with ›; headline "W" and a standfirst of advice "..., experts say" ""; byline and an Updated/first published line; an AFFILIATE note in two sentences "B"; the lead with no speaker "W"; "The commission said" "W" and a record with no speaker "W"; the commission\'s chairperson ("W", a quote "", "W") and "according to the commission" "W"; a paywall counter and a subscription offer in two sentences "B"; a "Key numbers" label "B" and three fact-box rows "" (data); a legal centre\'s policy manager ("W", two quoted sentences "", "W"); a help box opening with a question and giving a phone line "B"; a retailer\'s spokesman kept as written ("W", "He said" a plan ""); Advertisement; a story subhead of advice ""; the energy minister (a payment plan "", "W", a quote ""); "the commission said" advice ""; a code rule with no speaker "W"; an affiliate promotion "Compare energy plans with our partner ..." "B"; an author bio, copyright split at "Pty Ltd." before "ABN ...", footer links, all "B"',
    'Canadian COMMUNITY NEWS SITE (Nova Scotia), a town council raises its tax rate 4.9 per cent: masthead in capitals, menu with wide spaces, section label; headline "W"; byline, a Published/read-time line with a bullet; a funding note "This story was produced with support from ..." "B"; caption "" and a courtesy credit worded as a sentence "B"; the "TRURO, N.S. —" lead "W", two records of rates "W" (one "according to the town\'s annual reports"); "according to the town\'s budget documents" "W"; the mayor with "Mayor" dropped ("W", "W", two quoted sentences ""); "Story continues below advertisement" and Advertisement "B"; the dissenting councillor with "Coun." dropped ("" position, a reserve "W", a quote "") and, in the same paragraph, "Coun. Marnie Oulbridge asked staff ..." with no speaker ""; RELATED link and a newsletter sign-up line with a URL "B"; a story subhead "Water and sewer" ""; a rate rise "W"; "The town\'s assessment figures show" "W"; a count with no speaker "W"; a resident ("told council" "W", a quote ""); the chief administrative officer ("W", "W", a mailing date ""); a "Join the conversation" label and a comment-policy sentence, an author bio with an e-mail line, copyright split at "Inc." before "All rights reserved.", footer links, all "B"',
    'Kenyan DAILY\'s counties page (Kisumu), motorcycle taxis banned from the town centre: masthead in capitals, e-paper strip, menu with wide spaces, breadcrumb with >; headline "W"; byline in capitals and date; a "Get the ... app" line "B"; caption "" and an "Image:" credit "B"; the "KISUMU —" lead with no speaker "W"; the Act\'s passage "W" and "according to its report" "W"; the chief officer with "Eng." dropped ("W", "W", a quote ""); READ ALSO link; a series note "This story is part of Safe Streets ..., produced with support from ..." "B"; "According to the county\'s road safety unit" "W"; the riders\' association chairman ("W", a quote "", "W"); a question with no speaker "" and "Riders say" "W"; the county police commander ("W", a plan ""); Advertisement; a story subhead "Riders plan court challenge" ""; the association\'s lawyer (a plan ""); a fish seller named after her quote ("W", a question ""); a WhatsApp channel line "B"; "the chief officer said" a plan, resolving to her name ""; a subscription ask "B"; a "Correction" label "B", "An earlier version of this story said ..." "" and the corrected fact "W"; an author bio, copyright split at "Ltd." before "All rights reserved.", footer links, all "B"',
    'New Zealand REGIONAL NEWS SITE (Northland), a one-lane bridge replacement cost rises to $11.4m: masthead in capitals, menu with pipes, section path with ›; headline "W"; byline and date line; a republishing note "This article was first published by ... and is republished with permission." "B"; a caption stating a building year "W" and a credit worded as a sentence "B"; the lead with no speaker "W"; "A report to the council\'s infrastructure committee on Thursday said" "W", "according to the report" "W" and "the report said" "W"; the mayor with "Mayor" dropped ("W", "W", a quote ""); a Facebook consent notice in two sentences "B"; a dairy farmer ("W", a quote ""); colour with no speaker ""; a newsletter pitch "B"; a story subhead stating a fact "Detour adds 23km" "W" and "according to the council" "W"; a councillor ("W", a plan "", a quote ""); a funding note in two sentences "B"; a transport agency spokesperson "W" and a later "The spokesperson" kept as written "W"; a call-out opening with a question and an e-mail address "B"; "the report said" a tender date ""; a comments-closed line, an author bio, copyright and footer links, all "B"',
    'Maltese NEWS PORTAL\'s environment page, the Planning Authority approves a 14-storey seafront hotel: masthead in capitals, menu with pipes, section label; headline "W"; byline and date line with a 24-hour time; a listen line and a language-version line "B"; caption "" and a credit worded as a sentence "B"; the decision with no speaker "W" and a vote count "W"; the application with "Ltd." mid-sentence "W" and "according to company records" "W"; "The case officer\'s report had recommended" "W"; a DONATION ask in three sentences mid-story "B"; the local mayor ("W", "W", a quote "", a plan ""); a newsletter pitch "B"; the developer "In a statement" ("W", "It said" an opinion and a forecast ""); Advertisement; a story subhead stating a fact "W"; "according to the Planning Authority\'s website" "W"; an environmental group with its descriptor dropped "W" and its coordinator named after his quote ""; a resident named after her quote ("", continuation ""); an editor\'s note on an update "B"; a comment-moderation line, an author bio in two sentences, copyright split at "Ltd." before "Company registration C ...", footer links, all "B"',
]

ARTICLES = [
    [
        [
            ("THE BUCHANLEA COURANT", "", "", "B"),
        ],
        [
            ("News | Sport | Business | Farming | Opinion | Notices | Subscribe", "", "", "B"),
        ],
        [
            ("News › Aberdeenshire", "", "", "B"),
        ],
        [
            ("Fraserburgh pool to close in August after councillors vote 7-5", "", "", "W"),
        ],
        [
            (
                "Campaigners say the town's 1,400 regular swimmers face a 40-mile round trip to the nearest pool",
                "Campaigners",
                "say",
                "W",
            ),
        ],
        [
            ("By Morag Cullenbrae", "", "", "B"),
        ],
        [
            ("Wednesday, 12 May 2027, 6:45 pm", "", "", "B"),
        ],
        [
            ("Listen to this article (5 min)", "", "", "B"),
        ],
        [
            ("This audio is read by an AI voice, not by our reporter.", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            ("Councillors voted 7-5 to close the Kinloddie Road pool on 31 August.", "", "", "W"),
        ],
        [
            (
                "The council says roof, boiler and filter repairs would cost £4.3 million.",
                "The council",
                "says",
                "W",
            ),
        ],
        [
            ("A petition to keep it open was signed by more than 6,200 people.", "", "", "W"),
        ],
        [
            (
                "These key points were drafted with the help of AI and checked by the reporter.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Swimmers queue for the evening session at the Kinloddie Road pool on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture by Callum Drennoch for the Courant.", "", "", "B"),
        ],
        [
            (
                "Aberdeenshire councillors have voted to close Fraserburgh's only public swimming pool at the end of August, despite a petition to keep it open signed by more than 6,200 people.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Buchan area committee voted 7-5 on Tuesday to accept officers' advice that the 51-year-old pool on Kinloddie Road could no longer be kept open safely.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A report to the committee put the cost of replacing its roof, boilers and filtration plant at £4.3 million, against a repair budget for all of the council's leisure buildings of £2.9 million this year.",
                "A report to the committee",
                "put",
                "W",
            ),
        ],
        [
            (
                "Councillor Fiona Dalgetty-Rennison, who chairs the committee, said it was “the hardest decision I have taken on this council”.",
                "Fiona Dalgetty-Rennison",
                "said",
                "",
            ),
            (
                "She said the pool had lost £612,000 last year, more than any other council pool in the north-east.",
                "Fiona Dalgetty-Rennison",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sign up to Council Watch, our free newsletter on how your council spends your money, and get it in your inbox every Thursday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("A 40-mile round trip", "", "", ""),
        ],
        [
            (
                "Alison Strachlan, a swimming teacher who organised the petition, said parents had been given nine days' notice of the committee report.",
                "Alison Strachlan",
                "said",
                "W",
            ),
            (
                "“We were never given the chance to find the money ourselves,” she said.",
                "Alison Strachlan",
                "said",
                "",
            ),
        ],
        [
            (
                "“The nearest pool is in Peterhead, and for a family without a car that is two buses and most of a Saturday.”",
                "Alison Strachlan",
                "said",
                "",
            ),
            ("“We'll keep fighting until the doors are locked.”", "Alison Strachlan", "said", ""),
        ],
        [
            (
                "She said the petition had been handed in at the council's Buchan office on 3 May with 6,214 names, and that 2,900 of them had Fraserburgh postcodes.",
                "Alison Strachlan",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council's membership figures show 1,412 people held a Fraserburgh pool pass in March, and pupils from 19 primary schools had lessons there.",
                "The council's membership figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "This article is part of Last Lengths, our series on the pools, halls and libraries that Scotland's councils are closing.",
                "",
                "",
                "B",
            ),
            ("Read the rest of the series at buchanleacourant.co.uk/lastlengths.", "", "", "B"),
        ],
        [
            (
                "The council's head of leisure, Graeme Baxendine, told the committee the boilers had failed four times since October and the pool had been shut for 37 days in that time.",
                "Graeme Baxendine",
                "told the committee",
                "W",
            ),
            (
                "He said pupils would be taken by bus to Peterhead from September, at a cost of about £180,000 a year.",
                "Graeme Baxendine",
                "said",
                "",
            ),
            (
                "He said Peterhead's pool had room for about 600 more members.",
                "Graeme Baxendine",
                "said",
                "W",
            ),
        ],
        [
            (
                "This content is provided by YouTube, which may be using cookies and other technologies.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Councillor Ewan Patullo, who voted against the closure, said the council had spent £1.1 million on the pool since 2022.",
                "Ewan Patullo",
                "said",
                "W",
            ),
            (
                "“And now we are told it was money down the drain,” he said.",
                "Ewan Patullo",
                "said",
                "",
            ),
        ],
        [
            (
                "He said he would ask the full council to look again at the decision when it meets in June.",
                "Ewan Patullo",
                "said",
                "",
            ),
        ],
        [
            (
                "The pool opened in 1976 and was last refurbished in 2004, according to council records.",
                "council records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Asked whether a community trust could take it on, Ms Dalgetty-Rennison said the council “would listen to any serious offer”.",
                "Fiona Dalgetty-Rennison",
                "said",
                "",
            ),
            (
                "She said two trusts had approached the council since January, but neither had made a formal bid.",
                "Fiona Dalgetty-Rennison",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Scottish Government spokesperson said leisure services were the responsibility of local authorities.",
                "A Scottish Government spokesperson",
                "said",
                "W",
            ),
            (
                "The spokesperson said councils had received a real-terms increase in their core funding this year.",
                "The spokesperson",
                "said",
                "W",
            ),
        ],
        [
            ("The pool's last public session will be on Sunday, 29 August.", "", "", ""),
        ],
        [
            ("Do you swim at Kinloddie Road?", "", "", "B"),
            ("We want to hear from you.", "", "", "B"),
            (
                "Email newsdesk@buchanleacourant.co.uk or send us a message on WhatsApp.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("READ MORE: Peterhead library to open three days a week from June", "", "", "B"),
        ],
        [
            ("Morag Cullenbrae is the Courant's local authority reporter.", "", "", "B"),
            (
                "She has covered Aberdeenshire Council since 2019, and before that reported for a weekly paper in Moray.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Buchanlea Media Ltd.", "", "", "B"),
            ("Registered in Scotland, No. SC418826.", "", "", "B"),
        ],
        [
            ("Contact | Advertise | Privacy | Cookie settings", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KPONKWA HERALD", "", "", "B"),
        ],
        [
            ("Home   News   Regions   Business   Sports   Showbiz   Opinion", "", "", "B"),
        ],
        [
            ("Regions > Eastern", "", "", "B"),
        ],
        [
            ("Koforidua traders shut market for six hours over 60% toll rise", "", "", "W"),
        ],
        [
            ("By Efua Dwamena-Kyerewaa", "", "", "B"),
        ],
        [
            ("May 20, 2027 | 4:12 pm", "", "", "B"),
        ],
        [
            (
                "Download the Kponkwa Herald app to get an alert when news breaks in your region.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Traders sit outside locked stalls at the Densuagya Market in Koforidua on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The photograph was taken by Kwabena Nkansah for the Herald.", "", "", "B"),
        ],
        [
            (
                "Traders at Koforidua's Densuagya Market locked their stalls for six hours on Wednesday in protest against a 60 per cent rise in daily tolls approved by the New Juaben South Municipal Assembly.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The daily toll for a table-top trader rose from GH¢2.50 to GH¢4 on May 3, and the monthly rent for a lock-up store from GH¢150 to GH¢240, according to a notice pasted at the market gates.",
                "a notice pasted at the market gates",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The market queen, Nana Adwoa Serwaa Ankomaa, said about 2,300 traders paid tolls at Densuagya every day.",
                "Adwoa Serwaa Ankomaa",
                "said",
                "W",
            ),
            ("“Nobody came to us before this,” she said.", "Adwoa Serwaa Ankomaa", "said", ""),
            (
                "“We read it on a paper at the gate, like everybody else.”",
                "Adwoa Serwaa Ankomaa",
                "said",
                "",
            ),
        ],
        [
            (
                "She said traders would reopen their stalls on Thursday but would keep paying the old tolls until the assembly met them.",
                "Adwoa Serwaa Ankomaa",
                "said",
                "",
            ),
        ],
        [
            (
                "The Municipal Chief Executive, Hon. Kwadwo Ampem-Darkwah, said the assembly's general meeting had approved the new rates on March 26 and gazetted them on April 9.",
                "Kwadwo Ampem-Darkwah",
                "said",
                "W",
            ),
            (
                "He said the tolls had not changed since 2021, while the cost of clearing refuse from the market had risen from GH¢18,000 a month to GH¢41,000.",
                "Kwadwo Ampem-Darkwah",
                "said",
                "W",
            ),
            (
                "He said the assembly had spent GH¢1.4 million on new drains and lighting at the market in 2026.",
                "Kwadwo Ampem-Darkwah",
                "said",
                "W",
            ),
        ],
        [
            ("Are you a trader affected by the new tolls?", "", "", "B"),
            ("We want to hear from you.", "", "", "B"),
            (
                "Send a WhatsApp message to 024 118 6630 or email tips@kponkwaherald.com.gh.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Figures in the assembly's 2027 composite budget show it collected GH¢3.1 million in market tolls last year, about 22 per cent of the money it raised itself.",
                "Figures in the assembly's 2027 composite budget",
                "show",
                "W",
            ),
        ],
        [
            (
                "The market, built in 1967, has about 1,800 stalls and lock-up stores, according to the assembly's website.",
                "the assembly's website",
                "according to",
                "W",
            ),
        ],
        [
            ("Road to lorry station blocked", "", "", "W"),
        ],
        [
            (
                "Police said traders had blocked the road between the market and the lorry station for about two hours before officers persuaded them to move.",
                "Police",
                "said",
                "W",
            ),
            (
                "The Eastern Regional Police Command's public relations officer, Supt. Abena Kwartemaa, said no one had been arrested.",
                "Abena Kwartemaa",
                "said",
                "W",
            ),
            (
                "She said about 300 traders had taken part in the protest.",
                "Abena Kwartemaa",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I sell tomatoes, and on a good day I make GH¢60,” said Akua Frempomaa, 44, who has traded at the market since 2009.",
                "Akua Frempomaa",
                "said",
                "W",
            ),
            (
                "“Now they want four cedis from me before I have sold anything.”",
                "Akua Frempomaa",
                "said",
                "",
            ),
        ],
        [
            (
                "She said her table had cost her GH¢75 a month under the old tolls and would now cost GH¢120.",
                "Akua Frempomaa",
                "said",
                "W",
            ),
        ],
        [
            (
                "This story is part of Market Women, a Kponkwa Herald series supported by the Ayirebi Media Fund.",
                "",
                "",
                "B",
            ),
            ("The fund has no say over what we publish.", "", "", "B"),
        ],
        [
            (
                "RELATED: Kumasi assembly suspends parking fee rise after drivers' strike",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The assembly member for the Densuagya electoral area, Emmanuel Kobla Quarshigah, said 11 members had voted against the new rates and 23 for them.",
                "Emmanuel Kobla Quarshigah",
                "said",
                "W",
            ),
            (
                "He said he would ask the general meeting to review them in June.",
                "Emmanuel Kobla Quarshigah",
                "said",
                "",
            ),
            (
                "“The people who sweep this market are the people paying for it,” he said.",
                "Emmanuel Kobla Quarshigah",
                "said",
                "",
            ),
        ],
        [
            (
                "Traders said they had been told the extra money would pay to rebuild the market's 16 toilets, but no work had started.",
                "Traders",
                "said",
                "W",
            ),
            (
                "Mr Ampem-Darkwah said a contract for the toilets would be awarded by the end of June.",
                "Kwadwo Ampem-Darkwah",
                "said",
                "",
            ),
        ],
        [
            (
                "The Eastern Regional Minister, Yaw Okyere-Bediako, said on Thursday that he had invited the assembly and the traders' leaders to a meeting at the Regional Coordinating Council on Monday.",
                "Yaw Okyere-Bediako",
                "said",
                "W",
            ),
            ("“Nobody wins when the market is closed,” he said.", "Yaw Okyere-Bediako", "said", ""),
        ],
        [
            ("Efua Dwamena-Kyerewaa is the Herald's Eastern Regional correspondent.", "", "", "B"),
        ],
        [
            (
                "We do not publish comments that are abusive, defamatory or tribalistic.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Kponkwa Media Group Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Advertise | Contact | Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SENGKUANG DAILY", "", "", "B"),
        ],
        [
            ("Singapore | Asia | World | Business | Tech | Life | Opinion", "", "", "B"),
        ],
        [
            ("Singapore › Education", "", "", "B"),
        ],
        [
            (
                "Childcare operator to close six centres by July, affecting about 540 children",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Parents say they were given four weeks' notice", "Parents", "say", "W"),
        ],
        [
            ("Liew Shuying", "", "", "B"),
        ],
        [
            ("Published May 25, 2027, 5:30 PM", "", "", "B"),
        ],
        [
            ("Listen to this article · 4 min", "", "", "B"),
        ],
        [
            ("AI-generated audio.", "", "", "B"),
            ("Some names may not be pronounced correctly.", "", "", "B"),
        ],
        [
            ("In brief", "", "", "B"),
        ],
        [
            (
                "Tembusu Tots says higher rents forced it to close centres in Bedok, Tampines and Jurong West.",
                "Tembusu Tots",
                "says",
                "W",
            ),
        ],
        [
            ("The six centres have about 540 children enrolled.", "", "", "W"),
        ],
        [
            ("ECDA says it will help parents find places elsewhere.", "ECDA", "says", ""),
        ],
        [
            (
                "This summary was generated with the help of AI and checked by our editors.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("A Tembusu Tots centre in Bedok North on May 25.", "", "", ""),
        ],
        [
            ("PHOTO: THE SENGKUANG DAILY", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – Tembusu Tots, a private childcare operator, will close six of its 14 centres by the end of July, affecting about 540 children, the company said on May 25.",
                "the company",
                "said",
                "W",
            ),
            (
                "It said the centres' 63 teachers and staff would be offered jobs at its other eight centres.",
                "Tembusu Tots",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a letter to parents dated May 21, Tembusu Tots said rents at the six sites had gone up by between 31 and 48 per cent when leases came up for renewal this year.",
                "Tembusu Tots",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its chief executive, Mr Ivan Leong Zhiheng, said the company had lost $2.6 million in the year to March, its second loss in a row.",
                "Ivan Leong Zhiheng",
                "said",
                "W",
            ),
            ("“We held on for as long as we could,” he said.", "Ivan Leong Zhiheng", "said", ""),
            (
                "He said the rent for the six sites had risen from $3.1 million to $4.4 million a year.",
                "Ivan Leong Zhiheng",
                "said",
                "W",
            ),
        ],
        [
            (
                "Download the Sengkuang Daily app and turn on notifications so you never miss a story.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Early Childhood Development Agency (ECDA) said it was told of the closures on May 18, and that 410 of the affected children had already been offered places at centres within 2km of their homes.",
                "The Early Childhood Development Agency (ECDA)",
                "said",
                "W",
            ),
            (
                "It said it would work with the operator “to ensure a smooth transition for every child”.",
                "The Early Childhood Development Agency (ECDA)",
                "said",
                "",
            ),
        ],
        [
            ("Four weeks' notice", "", "", ""),
        ],
        [
            (
                "Under the agency's rules, operators must give parents at least three months' notice of a closure unless the agency agrees to a shorter period.",
                "",
                "",
                "W",
            ),
            (
                "The agency did not say whether it had agreed to one.",
                "The agency",
                "did not say",
                "",
            ),
        ],
        [
            (
                "Ms Rachel Tan, 36, whose three-year-old son attends the Tampines centre, said parents learnt of the closure in an e-mail on the evening of May 21.",
                "Rachel Tan",
                "said",
                "W",
            ),
            (
                "“Four weeks to find a place for a three-year-old in Tampines?” she said.",
                "Rachel Tan",
                "said",
                "",
            ),
            ("“Everyone on the waiting list is ahead of us.”", "Rachel Tan", "said", ""),
        ],
        [
            (
                "She said she had put her son on the waiting lists of four centres near her home since May 22.",
                "Rachel Tan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Another parent, Mr Faizal Rahmatullah, 41, said the centre's teachers had been “in tears at pick-up” the next day.",
                "Faizal Rahmatullah",
                "said",
                "",
            ),
        ],
        [
            (
                "There were 2,231 childcare centres in Singapore at the end of 2026, with places for about 231,000 children, according to data from the Ministry of Social and Family Development.",
                "data from the Ministry of Social and Family Development",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dr Tng Ruiling, an early childhood researcher at a local university, said rents for ground-floor units in housing estates had risen faster than childcare fees since 2024.",
                "Tng Ruiling",
                "said",
                "W",
            ),
            (
                "“Small operators are squeezed from both sides,” she said.",
                "Tng Ruiling",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "She said at least 19 private centres had closed in 2026, up from 11 the year before.",
                "Tng Ruiling",
                "said",
                "W",
            ),
            ("“I would expect more closures this year,” she said.", "Tng Ruiling", "said", ""),
        ],
        [
            (
                "Full-day fees at the six centres range from $1,180 to $1,420 a month before subsidies, according to the company's website.",
                "the company's website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The company did not respond to questions from The Sengkuang Daily about whether more closures were planned.",
                "The company",
                "did not respond to questions",
                "",
            ),
        ],
        [
            (
                "Sign up for our Parenting newsletter to get stories on schools, childcare and family life every Saturday.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The first two centres, in Bedok North and Jurong West, will close on June 18.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Liew Shuying is an education correspondent at The Sengkuang Daily.", "", "", "B"),
        ],
        [
            ("Copyright 2027 Sengkuang Media Pte Ltd.", "", "", "B"),
            ("Co. Regn. No. 202119847K.", "", "", "B"),
        ],
        [
            ("Terms & Conditions | Data Protection Policy | Advertise", "", "", "B"),
        ],
    ],
    [
        [
            ("THE WESKATA BEACON", "", "", "B"),
        ],
        [
            ("Health | Education | Agriculture | Politics | Water | Donate", "", "", "B"),
        ],
        [
            ("HEALTH", "", "", "B"),
        ],
        [
            (
                "Colby hospital to stop delivering babies June 30, leaving 4 counties without a maternity ward",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Dana Reichelderfer", "", "", "B"),
        ],
        [
            ("May 13, 2027", "", "", "B"),
        ],
        [
            (
                "This story was produced in partnership with the Cimmaron Health Desk, a nonprofit newsroom covering rural health care.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A sign outside the labor and delivery unit at Thornmere Regional Medical Center in Colby.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo by Dana Reichelderfer / Weskata Beacon", "", "", "B"),
        ],
        [
            (
                "COLBY, Kan. — Thornmere Regional Medical Center will stop delivering babies on June 30, the hospital told staff Tuesday, leaving four counties in northwest Kansas without a hospital that offers labor and delivery.",
                "the hospital",
                "told staff",
                "W",
            ),
        ],
        [
            (
                "In a statement, the hospital said it delivered 118 babies in 2026, down from 171 in 2019, and lost $1.9 million on the unit last year.",
                "the hospital",
                "said",
                "W",
            ),
        ],
        [
            (
                "Thornmere is the only hospital in Thomas County and employs about 310 people, according to its website.",
                "its website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The hospital's board voted 5-2 on May 6 to close the unit, according to minutes posted on the hospital's website.",
                "minutes posted on the hospital's website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Thornmere Health Foundation, the hospital's fundraising arm, raised $410,000 for the unit's equipment in 2024, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Chief Executive Officer Marla Kuehnhold said the hospital had tried for two years to recruit a third family physician who delivers babies and had paid $640,000 for traveling nurses in 2026 alone.",
                "Marla Kuehnhold",
                "said",
                "W",
            ),
            (
                "“There is no version of the math where this unit survives,” she said.",
                "Marla Kuehnhold",
                "said",
                "",
            ),
            ("“But we are not closing the hospital.”", "Marla Kuehnhold", "said", ""),
        ],
        [
            (
                "Before you keep reading: The Beacon is a nonprofit newsroom, and stories like this one are paid for by readers.",
                "",
                "",
                "B",
            ),
            (
                "If you believe rural Kansans deserve to know what is happening to their hospitals, make a tax-deductible gift today.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "After June 30, the nearest hospital that delivers babies will be 84 miles from Colby, according to state health department data.",
                "state health department data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Jolene Haskamp, a labor and delivery nurse at Thornmere for 22 years, said the unit's nine nurses were told at a meeting at 3:30 p.m. Tuesday that they could apply for other jobs at the hospital.",
                "Jolene Haskamp",
                "said",
                "W",
            ),
            (
                "“Some of us will stay, and some of us will go where the babies are,” she said.",
                "Jolene Haskamp",
                "said",
                "",
            ),
        ],
        [
            (
                "She said she had helped deliver about 1,500 babies at Thornmere, including two of her own grandchildren.",
                "Jolene Haskamp",
                "said",
                "W",
            ),
        ],
        [
            (
                "Brianna Ostermeyer, 27, who is due in August, said her doctor had already told her to plan on delivering in Hays.",
                "Brianna Ostermeyer",
                "said",
                "W",
            ),
            ("“What happens if it snows?” she asked.", "Brianna Ostermeyer", "asked", ""),
            (
                "She said the drive to Hays had taken her mother an hour and a half in good weather.",
                "Brianna Ostermeyer",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sign up for The Weekly Beacon, our free Friday roundup of news from across rural Kansas.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Since 2015, 14 rural Kansas hospitals have stopped delivering babies, according to a 2026 report by the Neosho Valley Rural Health Council.",
                "a 2026 report by the Neosho Valley Rural Health Council",
                "according to",
                "W",
            ),
            (
                "The report found that 61 of the state's 105 counties had no hospital offering obstetric care.",
                "The report",
                "found",
                "W",
            ),
        ],
        [
            (
                "Disclosure: The Thornmere Health Foundation has donated to the Weskata Beacon.",
                "",
                "",
                "B",
            ),
            ("Donors have no say in our coverage.", "", "", "B"),
        ],
        [
            (
                "State Rep. Kip Dorrance, R-Colby, said he had asked the House health committee on May 4 to hold a hearing on rural maternity care.",
                "Kip Dorrance",
                "said",
                "W",
            ),
            (
                "He said the state's Medicaid payment for a vaginal birth, $2,140, had not risen since 2017.",
                "Kip Dorrance",
                "said",
                "W",
            ),
            (
                "“We cannot let western Kansas become a maternity desert,” he said.",
                "Kip Dorrance",
                "said",
                "",
            ),
        ],
        [
            (
                "The committee's chair, Rep. Annette Brandtmeier, R-Hutchinson, did not respond to a request for comment.",
                "Annette Brandtmeier",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("What happens now", "", "", ""),
        ],
        [
            (
                "Kuehnhold said the hospital would keep its emergency room open around the clock and offer prenatal visits at a clinic in Colby two days a week.",
                "Marla Kuehnhold",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Kansas Department of Health and Environment said the hospital had notified the department on May 10.",
                "A spokesperson for the Kansas Department of Health and Environment",
                "said",
                "W",
            ),
            (
                "The spokesperson said the department had no power to require a hospital to keep a service open.",
                "The spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "You may republish this article for free, online or in print, under a Creative Commons license.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Dana Reichelderfer covers rural health for the Weskata Beacon and the Cimmaron Health Desk.",
                "",
                "",
                "B",
            ),
            (
                "She is based in Hays and can be reached at dreichelderfer@weskatabeacon.org.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Support for the Beacon's rural health reporting comes from the Brevik-Onstad Foundation, which has no control over our journalism.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Weskata Beacon Inc.", "", "", "B"),
            ("The Beacon is a 501(c)(3) nonprofit.", "", "", "B"),
        ],
        [
            ("About | Our funders | Ethics policy | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LOUGHARD RECORD", "", "", "B"),
        ],
        [
            ("News   Sport   Business   Opinion   Podcasts   Property", "", "", "B"),
        ],
        [
            ("News › Ireland › Wexford", "", "", "B"),
        ],
        [
            ("Wexford nursing home to close with 38 residents to be moved by August", "", "", "W"),
        ],
        [
            ("Clodagh Haverkin", "", "", "B"),
        ],
        [
            ("Tue May 18 2027 - 06:00", "", "", "B"),
        ],
        [
            ("Listen to this article", "", "", "B"),
            ("Audio is generated by text-to-speech and may contain errors.", "", "", "B"),
        ],
        [
            ("Correction, 18 May 2027", "", "", "B"),
        ],
        [
            (
                "An earlier version of this article said Carrigbawn House had 48 residents.",
                "",
                "",
                "",
            ),
            ("It has 38.", "", "", "W"),
        ],
        [
            ("Carrigbawn House in Enniscorthy, which opened in 1989.", "", "", "W"),
        ],
        [
            ("The photographs in this article were taken by Eamon Coolrath.", "", "", "B"),
        ],
        [
            (
                "A private nursing home in Enniscorthy, Co Wexford, will close in August and its 38 residents will be moved to other homes, its owners have told families.",
                "its owners",
                "have told families",
                "W",
            ),
        ],
        [
            (
                "In a letter to families dated 14 May, Carrigbawn Care Ltd said the home could not meet new fire-safety standards that take effect in January, and that the works needed would cost €2.7 million.",
                "Carrigbawn Care Ltd",
                "said",
                "W",
            ),
            (
                "The home's 46 staff have been offered redundancy or jobs at the group's two homes in Co Carlow, the letter said.",
                "the letter",
                "said",
                "W",
            ),
        ],
        [
            (
                "The home was found not compliant with 6 of 21 regulations at an inspection in February, according to a report published by the Health Information and Quality Authority (Hiqa) last month.",
                "a report published by the Health Information and Quality Authority (Hiqa) last month",
                "according to",
                "W",
            ),
            (
                "The report said inspectors had found fire doors wedged open on two corridors.",
                "The report",
                "said",
                "W",
            ),
            ("It was the home's third inspection since 2024.", "", "", "W"),
        ],
        [
            (
                "Editor's note: The names of some relatives in this article have been withheld at their request.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Bríd Kinsellagh, whose mother, 91, has lived at Carrigbawn since 2019, said families had been told there were 11 vacant beds in the county.",
                "Bríd Kinsellagh",
                "said",
                "W",
            ),
            (
                "“My mother doesn't know what day it is, but she knows that room,” she said.",
                "Bríd Kinsellagh",
                "said",
                "",
            ),
        ],
        [
            ("“Moving her 40km to Gorey will break her heart.”", "Bríd Kinsellagh", "said", ""),
        ],
        [
            (
                "She said her mother's fees were €1,310 a week, of which the State paid €1,080 under the Fair Deal scheme.",
                "Bríd Kinsellagh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Seán Doolagh, whose father, 88, moved into Carrigbawn in March, said the family had not yet been offered a bed anywhere.",
                "Seán Doolagh",
                "said",
                "W",
            ),
        ],
        [
            ("This content is not available due to your privacy preferences.", "", "", "B"),
            ("Update your settings here to see it.", "", "", "B"),
        ],
        [
            (
                "The Health Service Executive said it had identified 29 beds in nursing homes in the south-east for the residents.",
                "The Health Service Executive",
                "said",
                "W",
            ),
            (
                "It said no resident would be moved without a care plan agreed with their family.",
                "The Health Service Executive",
                "said",
                "",
            ),
        ],
        [
            (
                "Local TD Colm Rathgoran said four nursing homes had closed in Co Wexford since 2023, with the loss of 162 beds.",
                "Colm Rathgoran",
                "said",
                "W",
            ),
            (
                "“This is a slow-motion crisis, and families are paying for it,” he said.",
                "Colm Rathgoran",
                "said",
                "",
            ),
            (
                "He said he had written to the Minister for Older People on Monday asking her to meet the families.",
                "Colm Rathgoran",
                "said",
                "W",
            ),
        ],
        [
            ("Sign up to Health Check, our free newsletter, sent every Wednesday.", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The industry group Carehomes Alliance Ireland said 31 private and voluntary homes had closed nationally since 2022.",
                "Carehomes Alliance Ireland",
                "said",
                "W",
            ),
            (
                "It said fire-safety costs were the main reason given for 12 of those closures.",
                "Carehomes Alliance Ireland",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Department of Health spokeswoman said the Minister was “aware of the pressures” and that the fire-safety rules were needed to protect residents.",
                "A Department of Health spokeswoman",
                "said",
                "",
            ),
            (
                "“We will keep working with the HSE and the owners,” she said.",
                "A Department of Health spokeswoman",
                "said",
                "",
            ),
        ],
        [
            ("Carrigbawn will stop taking new residents from 1 June.", "", "", ""),
        ],
        [
            (
                "This article was updated at 3.40pm on Tuesday to include a statement from the Health Service Executive.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments are open from 9am to 6pm, Monday to Friday.", "", "", "B"),
        ],
        [
            ("Clodagh Haverkin is Health Correspondent of The Loughard Record.", "", "", "B"),
        ],
        [
            ("© 2027 The Loughard Record DAC", "", "", "B"),
        ],
        [
            ("Privacy | Cookies | Terms | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE DAILY ZARNIGAR", "", "", "B"),
        ],
        [
            (
                "Home   Pakistan   Lahore   Karachi   Islamabad   Business   Sport   Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Lahore", "", "", "B"),
        ],
        [
            (
                "Punjab seals 14 private labs for charging up to Rs4,500 for dengue tests",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Our Staff Reporter", "", "", "B"),
        ],
        [
            ("Published May 14, 2027 Updated May 14, 2027 09:12am", "", "", "B"),
        ],
        [
            ("Follow The Daily Zarnigar on WhatsApp for news as it happens.", "", "", "B"),
        ],
        [
            (
                "A health department team seals a laboratory on Ferozepur Road on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo courtesy of the Punjab health department.", "", "", "B"),
        ],
        [
            (
                "LAHORE: The Punjab health department sealed 14 private laboratories in the city on Thursday for charging patients up to Rs4,500 for a dengue test whose price the government capped at Rs1,200 last September.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The cap covers the NS1 antigen test and a complete blood count, and was set in a notification dated Sept. 12, 2026, according to the department.",
                "the department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The secretary for specialised healthcare, Dr Sadia Qureshani, told reporters at the Civil Secretariat that inspection teams had visited 63 labs since Monday and found 14 charging above the cap.",
                "Sadia Qureshani",
                "told reporters",
                "W",
            ),
            (
                "She said the sealed labs had been fined a total of Rs2.8 million.",
                "Sadia Qureshani",
                "said",
                "W",
            ),
            (
                "She said the department's helpline had received 212 complaints about the price of dengue tests since May 1.",
                "Sadia Qureshani",
                "said",
                "W",
            ),
            (
                "“Charging four times the price in the middle of an outbreak is not business, it is exploitation,” she said.",
                "Sadia Qureshani",
                "said",
                "",
            ),
            ("“Every lab in the city has been warned,” she added.", "Sadia Qureshani", "added", ""),
        ],
        [
            (
                "READ MORE: Dengue cases in Rawalpindi cross 1,000 as rains arrive early",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Punjab has recorded 3,914 dengue cases this year, 2,206 of them in Lahore, according to provincial data released on Thursday.",
                "provincial data released on Thursday",
                "according to",
                "W",
            ),
            (
                "Eleven people died of dengue in the province last year, according to the same data.",
                "the same data",
                "according to",
                "W",
            ),
            ("The province recorded 19,200 cases in 2026, the most in five years.", "", "", "W"),
            (
                "Lahore's government hospitals have offered the test free of charge since April 20, according to the department.",
                "the department",
                "according to",
                "W",
            ),
        ],
        [
            ("Have you been overcharged for a test or a medicine?", "", "", "B"),
            ("Tell us about it in confidence at citydesk@zarnigar.com.pk.", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Owners to go to court", "", "", ""),
        ],
        [
            (
                "Khurram Altaf Bhinder, who heads an association of private laboratory owners in Lahore, said the cap did not cover the cost of test kits, which had risen from Rs700 to Rs1,050 since January because of the rupee's fall.",
                "Khurram Altaf Bhinder",
                "said",
                "W",
            ),
            (
                "“We are being made villains for prices we do not control,” he said.",
                "Khurram Altaf Bhinder",
                "said",
                "",
            ),
            (
                "He said 9 of the 14 sealed labs were members of the association.",
                "Khurram Altaf Bhinder",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the association would challenge the sealing in the Lahore High Court.",
                "Khurram Altaf Bhinder",
                "said",
                "",
            ),
        ],
        [
            (
                "The owner of one of the sealed laboratories, who asked not to be named, said it had charged Rs3,500 because it used an imported kit.",
                "The owner of one of the sealed laboratories",
                "said",
                "W",
            ),
            (
                "“We will pay the fine, but we will not work at a loss,” he said.",
                "The owner of one of the sealed laboratories",
                "said",
                "",
            ),
        ],
        [
            (
                "“They charged me Rs4,200 for my son's test and gave me no receipt,” said Nasreen Bibi, a resident of Ichhra, whose 12-year-old son was admitted to a government hospital last week.",
                "Nasreen Bibi",
                "said",
                "W",
            ),
            ("“Where does a labourer's family find that money?”", "Nasreen Bibi", "said", ""),
        ],
        [
            (
                "She said her husband earned Rs1,400 a day as a labourer when there was work.",
                "Nasreen Bibi",
                "said",
                "W",
            ),
        ],
        [
            ("Some quotes in this report have been translated from Urdu.", "", "", "B"),
        ],
        [
            (
                "Under provincial law, a laboratory that overcharges can be fined up to Rs500,000 and lose its registration.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A spokesman for the Punjab Healthcare Commission, which registers laboratories, declined to comment.",
                "A spokesman for the Punjab Healthcare Commission",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Inspections will continue through the weekend, the department said.",
                "the department",
                "said",
                "",
            ),
        ],
        [
            ("Additional reporting by Hamza Rafiq Chhachhar in Rawalpindi.", "", "", "B"),
        ],
        [
            ("Published in The Daily Zarnigar, May 14th, 2027", "", "", "B"),
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
            ("Copyright © 2027, The Daily Zarnigar", "", "", "B"),
        ],
        [
            ("About | Contact | Advertise | Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ACKEEVILLE CHRONICLE", "", "", "B"),
        ],
        [
            (
                "News | Lead Stories | Business | Sports | Entertainment | Letters | Video",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Lead Stories", "", "", "B"),
        ],
        [
            ("Ocho Rios craft vendors given 30 days to move to new $180m market", "", "", "W"),
        ],
        [
            ("BY SHANIQUE FALCONBRIDGE", "", "", "B"),
        ],
        [
            ("Thursday, May 27, 2027", "", "", "B"),
        ],
        [
            (
                "More than 150 craft vendors in Ocho Rios have been given 30 days to leave their stalls along Main Street and move to a new $180-million craft market on the edge of the town, the St Ann Municipal Corporation has said.",
                "the St Ann Municipal Corporation",
                "has said",
                "W",
            ),
        ],
        [
            (
                "Mayor of St Ann's Bay, Councillor Delroy Mattocks-Rhoden, said the new market had 162 stalls, toilets, a food court and parking for four tour buses.",
                "Delroy Mattocks-Rhoden",
                "said",
                "W",
            ),
            (
                "He said vendors would pay $4,500 a month for a stall, compared with $2,800 on Main Street.",
                "Delroy Mattocks-Rhoden",
                "said",
                "W",
            ),
            (
                "He said the market was finished in March at a cost of $182 million, $2 million over budget.",
                "Delroy Mattocks-Rhoden",
                "said",
                "W",
            ),
            (
                "“Main Street was never meant to be a market,” he said.",
                "Delroy Mattocks-Rhoden",
                "said",
                "",
            ),
        ],
        [
            ("WATCH: Vendors protest outside the St Ann Municipal Corporation", "", "", "B"),
        ],
        [
            (
                "Vendors gathered outside the corporation's offices in St Ann's Bay on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The video was recorded by Chronicle multimedia producer Andre Wedderbury.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Icilda Bramwellton, who has sold wood carvings on Main Street since 1994, said the new market was 1.2 kilometres from the cruise ship pier, against 300 metres for the old stalls.",
                "Icilda Bramwellton",
                "said",
                "W",
            ),
            (
                "“The tourists will not walk that far in the sun,” she said.",
                "Icilda Bramwellton",
                "said",
                "",
            ),
            ("“We are being put out of sight.”", "Icilda Bramwellton", "said", ""),
        ],
        [
            (
                "She said she sold about $40,000 worth of carvings in a good cruise week.",
                "Icilda Bramwellton",
                "said",
                "W",
            ),
        ],
        [
            (
                "By midday on Wednesday, about a third of the Main Street stalls were already empty.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Get the Chronicle app for breaking news alerts, free on iOS and Android.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "In a statement, the corporation's chief executive officer, Maxine Ellisworth, said the market was built with a central government grant on condition that Main Street's sidewalks were cleared by July 1.",
                "Maxine Ellisworth",
                "said",
                "W",
            ),
            (
                "She said 118 of the 162 stalls had been allocated by Wednesday.",
                "Maxine Ellisworth",
                "said",
                "W",
            ),
            (
                "She said the corporation would run a free shuttle between the pier and the market on cruise days.",
                "Maxine Ellisworth",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Cruise visitors down a third", "", "", "W"),
        ],
        [
            (
                "Ocho Rios received 412,000 cruise passengers in 2026, down from 618,000 in 2019, according to port figures.",
                "port figures",
                "according to",
                "W",
            ),
            (
                "The figures show cruise calls at Ocho Rios fell from 289 in 2019 to 201 last year.",
                "The figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "Errol Dunkleigh, president of the Ocho Rios Craft Vendors' Association, said the association wrote to the Minister of Local Government on May 12 asking for a 90-day extension.",
                "Errol Dunkleigh",
                "said",
                "W",
            ),
            (
                "He said the vendors were not against moving “if the market is ready and the rent is fair”.",
                "Errol Dunkleigh",
                "said",
                "",
            ),
            (
                "“Give us the 90 days and we will go quietly,” he said.",
                "Errol Dunkleigh",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the market's food court and toilets were still locked when vendors toured it on Monday.",
                "Errol Dunkleigh",
                "said",
                "W",
            ),
        ],
        [
            (
                "“It's a nice market, but it's a long walk,” said Gloria Feltham, a visitor from Ohio who walked to it from the pier on Monday.",
                "Gloria Feltham",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ministry of Local Government did not respond to questions from the Chronicle by press time.",
                "The Ministry of Local Government",
                "did not respond to questions",
                "",
            ),
        ],
        [
            ("Have a story to share?", "", "", "B"),
            ("We want to hear from you.", "", "", "B"),
            ("WhatsApp the Chronicle newsroom at 876-555-0142.", "", "", "B"),
        ],
        [
            (
                "Subscribe to the Chronicle e-paper for $650 a month and read every page of the printed paper on your phone.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("We welcome comments that add to the discussion.", "", "", "B"),
        ],
        [
            ("© 2027 Ackeeville Chronicle Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy | Terms of Use | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KOORLAN ADVOCATE", "", "", "B"),
        ],
        [
            ("News   Sport   Business   Property   Rural   Opinion   Puzzles", "", "", "B"),
        ],
        [
            ("News › Cost of living", "", "", "B"),
        ],
        [
            ("Power bills to rise by $179 a year from July under new default offer", "", "", "W"),
        ],
        [
            (
                "Households on the standard deal should shop around, experts say",
                "experts",
                "say",
                "",
            ),
        ],
        [
            ("By Bronte Quilliam", "", "", "B"),
        ],
        [
            ("Updated May 26 2027 - 11:20am, first published 6:00am", "", "", "B"),
        ],
        [
            ("This article contains affiliate links.", "", "", "B"),
            (
                "If you switch energy plans through one of them, we may earn a commission, at no extra cost to you.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Victorian households on the state's default electricity offer will pay an average of $2,081 a year from July 1, up $179 or 9.4 per cent, under a final decision released by the Essential Services Commission on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The commission said higher network charges accounted for $112 of the increase and wholesale prices for $41.",
                "The commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "It is the largest rise since the default offer was introduced in 2019, when it was set at $1,634.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Commission chairperson Leonie Tarbuckle said about 310,000 households were on the default offer in March.",
                "Leonie Tarbuckle",
                "said",
                "W",
            ),
            (
                "“Most of them could save money tomorrow by making one phone call,” she said.",
                "Leonie Tarbuckle",
                "said",
                "",
            ),
            (
                "She said the cheapest market offer in Melbourne was $1,642 a year, $439 less than the new default.",
                "Leonie Tarbuckle",
                "said",
                "W",
            ),
            (
                "About 27 per cent of them have a concession card, according to the commission.",
                "the commission",
                "according to",
                "W",
            ),
        ],
        [
            ("You have read 4 of your 5 free articles this month.", "", "", "B"),
            ("Subscribe now for $1 a week for the first 12 weeks.", "", "", "B"),
        ],
        [
            ("Key numbers", "", "", "B"),
        ],
        [
            ("Average default offer bill from July 1: $2,081", "", "", ""),
        ],
        [
            ("Increase: $179 (9.4 per cent)", "", "", ""),
        ],
        [
            ("Households on the default offer: about 310,000", "", "", ""),
        ],
        [
            (
                "Karlie Wunderlin, a policy manager at the Koorlan Community Legal Centre, said calls to its energy hotline had doubled in the past year, to 2,640.",
                "Karlie Wunderlin",
                "said",
                "W",
            ),
            (
                "“People aren't choosing to be on the worst deal,” she said.",
                "Karlie Wunderlin",
                "said",
                "",
            ),
            (
                "“They are on it because nobody told them there was another one.”",
                "Karlie Wunderlin",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the centre had helped 317 households set up payment plans with their retailers since January.",
                "Karlie Wunderlin",
                "said",
                "W",
            ),
        ],
        [
            ("Struggling to pay your bills?", "", "", "B"),
            (
                "The free Energy Debt Line can help on 1800 406 219, Monday to Friday, 9am to 5pm.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A spokesman for Ellerbrook Power, the state's largest retailer, said its own standing offer would rise by 8.7 per cent from July 1.",
                "A spokesman for Ellerbrook Power",
                "said",
                "W",
            ),
            (
                "He said the retailer would write to all of its standing-offer customers in June.",
                "A spokesman for Ellerbrook Power",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("What it means for your bill", "", "", ""),
        ],
        [
            (
                "Energy Minister Carmel Vandenhoek said the state's $250 power saving bonus would be paid again from August to households with a concession card.",
                "Carmel Vandenhoek",
                "said",
                "",
            ),
            (
                "She said 41,000 households had received it last year.",
                "Carmel Vandenhoek",
                "said",
                "W",
            ),
            (
                "“No one should be paying the default offer if they don't have to,” she said.",
                "Carmel Vandenhoek",
                "said",
                "",
            ),
        ],
        [
            (
                "Customers can compare offers on the government's free comparison website, the commission said.",
                "the commission",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the commission's code, retailers must tell customers at least five business days before a price change takes effect.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Compare energy plans with our partner, SwitchWise, and see if you could save.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Bronte Quilliam is the Advocate's consumer affairs reporter.", "", "", "B"),
        ],
        [
            ("© 2027 Koorlan Advocate Pty Ltd.", "", "", "B"),
            ("ABN 41 062 881 507.", "", "", "B"),
        ],
        [
            ("Contact us | Terms | Privacy | Conditions of use", "", "", "B"),
        ],
    ],
    [
        [
            ("THE DRUMLIN SENTINEL", "", "", "B"),
        ],
        [
            ("News   Opinion   Sports   Business   Obituaries   Events", "", "", "B"),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            ("Truro council approves 4.9% tax rate increase, first in six years", "", "", "W"),
        ],
        [
            ("By Jillian MacVannan", "", "", "B"),
        ],
        [
            ("Published May 19, 2027 • 3 minute read", "", "", "B"),
        ],
        [
            (
                "This story was produced with support from the Colchester Civic Press Fund, which pays for local government reporting in the county.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Councillors debate the budget at Truro town hall on Tuesday night.", "", "", ""),
        ],
        [
            ("Photo courtesy of the Town of Truro.", "", "", "B"),
        ],
        [
            (
                "TRURO, N.S. — Truro town council voted 6-1 on Tuesday night to raise the residential tax rate by 4.9 per cent, the first increase since 2021.",
                "",
                "",
                "W",
            ),
            (
                "The town last raised the rate in 2021, by 2.3 per cent, and cut it by two cents in 2023.",
                "",
                "",
                "W",
            ),
            (
                "The rate was last above $1.70 in 2015, according to the town's annual reports.",
                "the town's annual reports",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The rate rises to $1.74 per $100 of assessment from $1.66, adding about $112 a year to the bill for a home assessed at $140,000, according to the town's budget documents.",
                "the town's budget documents",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mayor Colleen Fraserbrook said the town's share of provincial policing and education costs had risen by $1.3 million this year.",
                "Colleen Fraserbrook",
                "said",
                "W",
            ),
            (
                "She said the town had cut four full-time positions and put off a $2.1-million fire hall renovation to keep the increase below 5 per cent.",
                "Colleen Fraserbrook",
                "said",
                "W",
            ),
            (
                "“Nobody on this council wanted to do this,” she said.",
                "Colleen Fraserbrook",
                "said",
                "",
            ),
            (
                "“We'll be back here next year having the same conversation.”",
                "Colleen Fraserbrook",
                "said",
                "",
            ),
        ],
        [
            ("Story continues below advertisement", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Coun. Wendell Ashmorey, the only councillor to vote against the budget, said the town should have taken $600,000 from its operating reserve instead.",
                "Wendell Ashmorey",
                "said",
                "",
            ),
            (
                "He said the reserve held $4.2 million at the end of March.",
                "Wendell Ashmorey",
                "said",
                "W",
            ),
            ("“That's what a reserve is for,” he said.", "Wendell Ashmorey", "said", ""),
            (
                "Coun. Marnie Oulbridge asked staff to report back in June on selling two vacant town lots.",
                "",
                "",
                "",
            ),
        ],
        [
            ("RELATED: Colchester County holds tax rate, raises water fees", "", "", "B"),
        ],
        [
            (
                "Sign up for the Sentinel's free daily newsletter at drumlinsentinel.ca/newsletters.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Water and sewer", "", "", ""),
        ],
        [
            (
                "Water rates will also rise 7 per cent from July 1, after the Nova Scotia Utility and Review Board approved the town's application in April.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The town's assessment figures show the average residential assessment in Truro rose 6.2 per cent this year, to $151,300.",
                "the town's assessment figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "Seven residents spoke against the increase during a 40-minute public comment period.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Resident Gail Sproulehurst told council before the vote that her tax bill had risen by $410 since 2023, even without a rate increase, because of higher assessments.",
                "Gail Sproulehurst",
                "told council",
                "W",
            ),
            (
                "“I'm on a fixed pension, and I don't know where this ends,” she said.",
                "Gail Sproulehurst",
                "said",
                "",
            ),
        ],
        [
            (
                "The town's chief administrative officer, Darrell Nickerstone, said the budget totals $31.6 million, up 5.8 per cent from last year.",
                "Darrell Nickerstone",
                "said",
                "W",
            ),
            (
                "He said the town's long-term debt stood at $18.9 million.",
                "Darrell Nickerstone",
                "said",
                "W",
            ),
            ("He said tax bills would be mailed in early June.", "Darrell Nickerstone", "said", ""),
        ],
        [
            ("Join the conversation", "", "", "B"),
        ],
        [
            (
                "Comments are reviewed by our moderators and must follow our community guidelines.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Jillian MacVannan covers Truro and Colchester County for the Sentinel.", "", "", "B"),
            ("Reach her at jmacvannan@drumlinsentinel.ca.", "", "", "B"),
        ],
        [
            ("© 2027 Drumlin Sentinel Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms of Use | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KIBOROA MAIL", "", "", "B"),
        ],
        [
            ("ePaper | Subscribe | Sign In", "", "", "B"),
        ],
        [
            ("Home   News   Counties   Business   Sports   Lifestyle   Opinion", "", "", "B"),
        ],
        [
            ("Counties > Kisumu", "", "", "B"),
        ],
        [
            ("Kisumu bans boda bodas from CBD, sets up 14 holding bays", "", "", "W"),
        ],
        [
            ("By ACHIENG NYABWIRE", "", "", "B"),
        ],
        [
            ("Monday, May 10, 2027", "", "", "B"),
        ],
        [
            ("Get the Kiboroa Mail app for the latest news, free on Android and iOS.", "", "", "B"),
        ],
        [
            (
                "Boda boda riders wait for passengers near the Kisumu bus park on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Image: Kiboroa Mail", "", "", "B"),
        ],
        [
            (
                "KISUMU — Motorcycle taxis will be barred from Kisumu's central business district from June 1 under a new county law, which also sets up 14 holding bays on the edge of the town centre.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Kisumu County Public Transport (Motorcycle) Act, 2027, was passed by the county assembly on April 28 by 31 votes to 9 and signed by the governor on Friday.",
                "",
                "",
                "W",
            ),
            (
                "The assembly's transport committee held four public hearings on the bill in March, according to its report.",
                "its report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The county's chief officer for roads and transport, Eng. Beatrice Akinyi Odhong'o, said 3,800 riders were registered to work in the CBD and that the bays would hold 1,100 motorcycles at a time.",
                "Beatrice Akinyi Odhong'o",
                "said",
                "W",
            ),
            (
                "She said the bays would cost Sh42 million, paid for by the county.",
                "Beatrice Akinyi Odhong'o",
                "said",
                "W",
            ),
            (
                "“The CBD cannot be a parking lot for motorcycles,” she said.",
                "Beatrice Akinyi Odhong'o",
                "said",
                "",
            ),
        ],
        [
            ("READ ALSO: County to install 400 street lights along Nairobi Road", "", "", "B"),
        ],
        [
            (
                "This story is part of Safe Streets, a Kiboroa Mail series on road safety in Kenya's cities, produced with support from the Mbuyu Road Safety Trust.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "According to the county's road safety unit, 46 people died in crashes involving motorcycles in Kisumu in 2026, up from 29 in 2024.",
                "the county's road safety unit",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Kennedy Owiro Ogumbo, chairman of the Kisumu Boda Boda Riders' Association, said riders had not been consulted on where the bays would go.",
                "Kennedy Owiro Ogumbo",
                "said",
                "W",
            ),
            (
                "“You are taking away our customers and telling us to wait in a field,” he said.",
                "Kennedy Owiro Ogumbo",
                "said",
                "",
            ),
            (
                "He said about 60 per cent of the association's 2,400 members carried passengers to and from the CBD.",
                "Kennedy Owiro Ogumbo",
                "said",
                "W",
            ),
        ],
        [
            ("But where will passengers board?", "", "", ""),
            (
                "Riders say the nearest bay to the Kibuye market is 1.4 kilometres away.",
                "Riders",
                "say",
                "W",
            ),
        ],
        [
            (
                "Kisumu County Police Commander Peter Mwangolo Kasyoki said 212 motorcycles had been impounded in the town this year for carrying more than one passenger or having no insurance.",
                "Peter Mwangolo Kasyoki",
                "said",
                "W",
            ),
            (
                "He said police would help county officers enforce the ban.",
                "Peter Mwangolo Kasyoki",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Riders plan court challenge", "", "", ""),
        ],
        [
            (
                "The association's lawyer, Wycliffe Omolloh Agwenge, said it would file a petition at the High Court in Kisumu this week.",
                "Wycliffe Omolloh Agwenge",
                "said",
                "",
            ),
        ],
        [
            (
                "“I pay Sh50 from Nyalenda to the market, and a tuk-tuk costs Sh100,” said Mercy Akoth Onyimbo, who sells fish at the Kibuye market.",
                "Mercy Akoth Onyimbo",
                "said",
                "W",
            ),
            ("“Who will pay the difference?”", "Mercy Akoth Onyimbo", "said", ""),
        ],
        [
            ("Join the Kiboroa Mail WhatsApp channel for updates on this story.", "", "", "B"),
        ],
        [
            (
                "County enforcement officers will begin impounding motorcycles found in the CBD from June 1, the chief officer said.",
                "Beatrice Akinyi Odhong'o",
                "said",
                "",
            ),
        ],
        [
            (
                "Subscribe to the Kiboroa Mail for unlimited access to our journalism from Sh100 a week.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Correction", "", "", "B"),
        ],
        [
            (
                "An earlier version of this story said Ms Odhong'o was the county's executive member for transport.",
                "",
                "",
                "",
            ),
            ("She is the chief officer for roads and transport.", "", "", "W"),
        ],
        [
            ("Achieng Nyabwire is the Mail's Kisumu correspondent.", "", "", "B"),
        ],
        [
            ("© 2027 Kiboroa Mail Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Contact | Advertise | Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE TARAIRE TIMES", "", "", "B"),
        ],
        [
            ("Home | Local | Business | Rural | Sport | Opinion | Weather", "", "", "B"),
        ],
        [
            ("Local › Far North", "", "", "B"),
        ],
        [
            ("Waitaruke bridge replacement cost jumps to $11.4m, work delayed a year", "", "", "W"),
        ],
        [
            ("Hinemoa Pakirau", "", "", "B"),
        ],
        [
            ("Friday, 21 May 2027, 5:00am", "", "", "B"),
        ],
        [
            (
                "This article was first published by the Hokianga Courier and is republished with permission.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The one-lane Waitaruke Stream bridge was built in 1938.", "", "", "W"),
        ],
        [
            ("The photographs in this story were taken by the reporter.", "", "", "B"),
        ],
        [
            (
                "Replacing the one-lane Waitaruke Stream bridge will cost $11.4 million, up from an estimate of $6.8m in 2025, and work will not start until late next year, Far North District councillors have been told.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A report to the council's infrastructure committee on Thursday said higher steel and concrete prices and a redesign to lift the deck above a 1-in-100-year flood had added $3.1m, and a larger contingency a further $1.5m.",
                "A report to the council's infrastructure committee on Thursday",
                "said",
                "W",
            ),
            (
                "The bridge was last strengthened in 1986, according to the report.",
                "the report",
                "according to",
                "W",
            ),
            (
                "The NZ Transport Agency will pay 61 per cent of the cost under its funding assistance rate for the district, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mayor Tame Wharerau said the bridge carried about 1,900 vehicles a day, including 140 milk tankers and logging trucks.",
                "Tame Wharerau",
                "said",
                "W",
            ),
            (
                "He said the council had set aside $4.4m for its share in its long-term plan.",
                "Tame Wharerau",
                "said",
                "W",
            ),
            (
                "“Every week we wait is another week of detours for the school bus,” he said.",
                "Tame Wharerau",
                "said",
                "",
            ),
        ],
        [
            ("This content is hosted by Facebook.", "", "", "B"),
            (
                "To view it, you need to allow social media cookies in your privacy settings.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Dairy farmer Kiri Tomoana-Barrowcliffe said a 14-tonne weight limit placed on the bridge in March meant her milk was now collected by a smaller tanker twice a day instead of once, at an extra cost of $38 a day.",
                "Kiri Tomoana-Barrowcliffe",
                "said",
                "W",
            ),
            (
                "“We're paying for the council's delay every single day,” she said.",
                "Kiri Tomoana-Barrowcliffe",
                "said",
                "",
            ),
        ],
        [
            (
                "The stream below the bridge was brown and high on Thursday after a week of rain.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Sign up to Far North Weekly, our free Saturday newsletter, for more stories like this.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Detour adds 23km", "", "", "W"),
        ],
        [
            (
                "The signposted detour for heavy vehicles, via Pukehou Road, adds 23 kilometres to each trip, according to the council.",
                "the council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Councillor Anahera Ngāwhika said the council was first warned about the bridge's condition in a 2019 engineering report.",
                "Anahera Ngāwhika",
                "said",
                "W",
            ),
            (
                "She said she would ask for the report to be made public.",
                "Anahera Ngāwhika",
                "said",
                "",
            ),
            (
                "“People here deserve to know what the council knew and when,” she said.",
                "Anahera Ngāwhika",
                "said",
                "",
            ),
        ],
        [
            ("This story is funded by the Puhipuhi Public Interest Fund.", "", "", "B"),
            ("The fund has no role in editorial decisions.", "", "", "B"),
        ],
        [
            (
                "A spokesperson for the NZ Transport Agency said it had approved its share of the new estimate on May 6.",
                "A spokesperson for the NZ Transport Agency",
                "said",
                "W",
            ),
            (
                "The spokesperson said it was one of 38 one-lane bridges on local roads in Northland with a weight limit.",
                "The spokesperson",
                "said",
                "W",
            ),
        ],
        [
            ("Is your business affected by the weight limit?", "", "", "B"),
            ("Tell us at news@tarairetimes.co.nz.", "", "", "B"),
        ],
        [
            (
                "Tenders for the work will close in March, the report said.",
                "the report",
                "said",
                "",
            ),
        ],
        [
            ("Comments on this story are closed.", "", "", "B"),
        ],
        [
            ("Hinemoa Pakirau is a rural affairs reporter based in Kaikohe.", "", "", "B"),
        ],
        [
            ("© 2027 Taraire Media Limited", "", "", "B"),
        ],
        [
            ("Privacy | Terms | Contact | Advertise", "", "", "B"),
        ],
    ],
    [
        [
            ("FORTIKA POST", "", "", "B"),
        ],
        [
            ("Local | Politics | Environment | Business | Sport | Comment", "", "", "B"),
        ],
        [
            ("Environment", "", "", "B"),
        ],
        [
            (
                "Planning Authority approves 14-storey hotel on Marsaskala seafront despite 1,914 objections",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kurt Xerrimanu", "", "", "B"),
        ],
        [
            ("28 May 2027, 14:35", "", "", "B"),
        ],
        [
            ("Listen to this article", "", "", "B"),
        ],
        [
            ("This article is also available in Maltese.", "", "", "B"),
        ],
        [
            (
                "An artist's impression of the proposed hotel, submitted with the planning application.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The image was supplied by the developer's architects.", "", "", "B"),
        ],
        [
            (
                "The Planning Authority board on Thursday approved a 14-storey, 212-room hotel on the Marsaskala seafront by eight votes to five, despite 1,914 objections from the public.",
                "",
                "",
                "W",
            ),
            ("Thirteen of the board's 14 members voted.", "", "", "W"),
        ],
        [
            (
                "The application, PA/04417/25, was filed by Kappara Developments Ltd. in September 2025 and replaces a three-storey former restaurant and two houses.",
                "",
                "",
                "W",
            ),
            (
                "The company also owns two hotels in St Julian's, according to company records.",
                "company records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The case officer's report had recommended refusal, saying the building would be more than twice the height allowed in the local plan.",
                "The case officer's report",
                "had recommended",
                "W",
            ),
        ],
        [
            ("Our journalism is free for everyone to read.", "", "", "B"),
            ("It is paid for by readers who donate, and without them it would stop.", "", "", "B"),
            ("Give €5 a month today.", "", "", "B"),
        ],
        [
            (
                "Marsaskala mayor Roberta Zammitelli said the local council had filed its own objection in January.",
                "Roberta Zammitelli",
                "said",
                "W",
            ),
            (
                "She said 1,200 of the 1,914 objections had come from Marsaskala residents.",
                "Roberta Zammitelli",
                "said",
                "W",
            ),
            (
                "“This is a village of fishermen, not a skyline,” she said.",
                "Roberta Zammitelli",
                "said",
                "",
            ),
            (
                "She said the council would take the decision to the Environment and Planning Review Tribunal.",
                "Roberta Zammitelli",
                "said",
                "",
            ),
        ],
        [
            (
                "Sign up for The Green Page, our Friday environment newsletter, and get our best planning stories in your inbox.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "In a statement, Kappara Developments said the design had been cut from 17 storeys to 14 after talks with the authority's design panel.",
                "Kappara Developments",
                "said",
                "W",
            ),
            (
                "It said the project was “an investment in Marsaskala's future” and would create 180 jobs.",
                "Kappara Developments",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Height twice local plan limit", "", "", "W"),
        ],
        [
            (
                "The local plan for the area, approved in 2006, allows buildings of up to five floors on the seafront, according to the Planning Authority's website.",
                "the Planning Authority's website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The environmental group Moviment Xatt Ħieles said it was the fifth building of more than 10 storeys approved outside a designated tall-building zone since 2023.",
                "Moviment Xatt Ħieles",
                "said",
                "W",
            ),
            (
                "“The local plan is being rewritten one permit at a time,” said its coordinator, Noel Grixtiano.",
                "Noel Grixtiano",
                "said",
                "",
            ),
        ],
        [
            (
                "“We will open our windows to a wall,” said Doris Abelaccia, who lives in one of 40 flats behind the site.",
                "Doris Abelaccia",
                "said",
                "",
            ),
            ("“Nobody asked the people who live here.”", "Doris Abelaccia", "said", ""),
        ],
        [
            (
                "Editor's note: This article was updated at 17:10 to include a statement from Kappara Developments.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments are moderated.", "", "", "B"),
        ],
        [
            ("Kurt Xerrimanu is the Fortika Post's environment reporter.", "", "", "B"),
            ("Before joining the Post in 2022, he worked as a planning consultant.", "", "", "B"),
        ],
        [
            ("© 2027 Fortika Media Ltd.", "", "", "B"),
            ("Company registration C 91447.", "", "", "B"),
        ],
        [
            ("About | Contact | Privacy | Donate", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n126-sc-callout-email",
        "Do you swim at Kinloddie Road? We want to hear from you. Email newsdesk@buchanleacourant.co.uk or send us a message on WhatsApp.",
        [
            "Do you swim at Kinloddie Road?",
            "We want to hear from you.",
            "Email newsdesk@buchanleacourant.co.uk or send us a message on WhatsApp.",
        ],
    ),
    (
        "n126-sc-series-url",
        "This article is part of Last Lengths, our series on the pools, halls and libraries that Scotland's councils are closing. Read the rest of the series at buchanleacourant.co.uk/lastlengths.",
        [
            "This article is part of Last Lengths, our series on the pools, halls and libraries that Scotland's councils are closing.",
            "Read the rest of the series at buchanleacourant.co.uk/lastlengths.",
        ],
    ),
    (
        "n126-sc-ltd-no",
        "© 2027 Buchanlea Media Ltd. Registered in Scotland, No. SC418826.",
        [
            "© 2027 Buchanlea Media Ltd.",
            "Registered in Scotland, No. SC418826.",
        ],
    ),
    (
        "n126-mt-ltd-in-company",
        "The application, PA/04417/25, was filed by Kappara Developments Ltd. in September 2025 and replaces a three-storey former restaurant and two houses. The company also owns two hotels in St Julian's, according to company records.",
        [
            "The application, PA/04417/25, was filed by Kappara Developments Ltd. in September 2025 and replaces a three-storey former restaurant and two houses.",
            "The company also owns two hotels in St Julian's, according to company records.",
        ],
    ),
    (
        "n126-gh-hon-gazetted",
        "The Municipal Chief Executive, Hon. Kwadwo Ampem-Darkwah, said the assembly's general meeting had approved the new rates on March 26 and gazetted them on April 9. He said the tolls had not changed since 2021, while the cost of clearing refuse from the market had risen from GH¢18,000 a month to GH¢41,000.",
        [
            "The Municipal Chief Executive, Hon. Kwadwo Ampem-Darkwah, said the assembly's general meeting had approved the new rates on March 26 and gazetted them on April 9.",
            "He said the tolls had not changed since 2021, while the cost of clearing refuse from the market had risen from GH¢18,000 a month to GH¢41,000.",
        ],
    ),
    (
        "n126-gh-supt-arrested",
        "Police said traders had blocked the road between the market and the lorry station for about two hours before officers persuaded them to move. The Eastern Regional Police Command's public relations officer, Supt. Abena Kwartemaa, said no one had been arrested.",
        [
            "Police said traders had blocked the road between the market and the lorry station for about two hours before officers persuaded them to move.",
            "The Eastern Regional Police Command's public relations officer, Supt. Abena Kwartemaa, said no one had been arrested.",
        ],
    ),
    (
        "n126-gh-callout-whatsapp",
        "Are you a trader affected by the new tolls? We want to hear from you. Send a WhatsApp message to 024 118 6630 or email tips@kponkwaherald.com.gh.",
        [
            "Are you a trader affected by the new tolls?",
            "We want to hear from you.",
            "Send a WhatsApp message to 024 118 6630 or email tips@kponkwaherald.com.gh.",
        ],
    ),
    (
        "n126-gh-series-fund",
        "This story is part of Market Women, a Kponkwa Herald series supported by the Ayirebi Media Fund. The fund has no say over what we publish.",
        [
            "This story is part of Market Women, a Kponkwa Herald series supported by the Ayirebi Media Fund.",
            "The fund has no say over what we publish.",
        ],
    ),
    (
        "n126-sg-ai-audio",
        "AI-generated audio. Some names may not be pronounced correctly.",
        [
            "AI-generated audio.",
            "Some names may not be pronounced correctly.",
        ],
    ),
    (
        "n126-sg-pte-regn",
        "Copyright 2027 Sengkuang Media Pte Ltd. Co. Regn. No. 202119847K.",
        [
            "Copyright 2027 Sengkuang Media Pte Ltd.",
            "Co. Regn. No. 202119847K.",
        ],
    ),
    (
        "n126-sg-q-she-said",
        "Ms Rachel Tan, 36, whose three-year-old son attends the Tampines centre, said parents learnt of the closure in an e-mail on the evening of May 21. “Four weeks to find a place for a three-year-old in Tampines?” she said. “Everyone on the waiting list is ahead of us.”",
        [
            "Ms Rachel Tan, 36, whose three-year-old son attends the Tampines centre, said parents learnt of the closure in an e-mail on the evening of May 21.",
            "“Four weeks to find a place for a three-year-old in Tampines?” she said.",
            "“Everyone on the waiting list is ahead of us.”",
        ],
    ),
    (
        "n126-sg-rules-did-not-say",
        "Under the agency's rules, operators must give parents at least three months' notice of a closure unless the agency agrees to a shorter period. The agency did not say whether it had agreed to one.",
        [
            "Under the agency's rules, operators must give parents at least three months' notice of a closure unless the agency agrees to a shorter period.",
            "The agency did not say whether it had agreed to one.",
        ],
    ),
    (
        "n126-us-pm-tuesday",
        "Jolene Haskamp, a labor and delivery nurse at Thornmere for 22 years, said the unit's nine nurses were told at a meeting at 3:30 p.m. Tuesday that they could apply for other jobs at the hospital. “Some of us will stay, and some of us will go where the babies are,” she said.",
        [
            "Jolene Haskamp, a labor and delivery nurse at Thornmere for 22 years, said the unit's nine nurses were told at a meeting at 3:30 p.m. Tuesday that they could apply for other jobs at the hospital.",
            "“Some of us will stay, and some of us will go where the babies are,” she said.",
        ],
    ),
    (
        "n126-us-donation-ask",
        "Before you keep reading: The Beacon is a nonprofit newsroom, and stories like this one are paid for by readers. If you believe rural Kansans deserve to know what is happening to their hospitals, make a tax-deductible gift today.",
        [
            "Before you keep reading: The Beacon is a nonprofit newsroom, and stories like this one are paid for by readers.",
            "If you believe rural Kansans deserve to know what is happening to their hospitals, make a tax-deductible gift today.",
        ],
    ),
    (
        "n126-us-q-asked",
        "Brianna Ostermeyer, 27, who is due in August, said her doctor had already told her to plan on delivering in Hays. “What happens if it snows?” she asked. She said the drive to Hays had taken her mother an hour and a half in good weather.",
        [
            "Brianna Ostermeyer, 27, who is due in August, said her doctor had already told her to plan on delivering in Hays.",
            "“What happens if it snows?” she asked.",
            "She said the drive to Hays had taken her mother an hour and a half in good weather.",
        ],
    ),
    (
        "n126-us-rep-medicaid",
        "State Rep. Kip Dorrance, R-Colby, said he had asked the House health committee on May 4 to hold a hearing on rural maternity care. He said the state's Medicaid payment for a vaginal birth, $2,140, had not risen since 2017.",
        [
            "State Rep. Kip Dorrance, R-Colby, said he had asked the House health committee on May 4 to hold a hearing on rural maternity care.",
            "He said the state's Medicaid payment for a vaginal birth, $2,140, had not risen since 2017.",
        ],
    ),
    (
        "n126-us-inc-501c3",
        "© 2027 Weskata Beacon Inc. The Beacon is a 501(c)(3) nonprofit.",
        [
            "© 2027 Weskata Beacon Inc.",
            "The Beacon is a 501(c)(3) nonprofit.",
        ],
    ),
    (
        "n126-ie-correction-38",
        "An earlier version of this article said Carrigbawn House had 48 residents. It has 38.",
        [
            "An earlier version of this article said Carrigbawn House had 48 residents.",
            "It has 38.",
        ],
    ),
    (
        "n126-ie-consent",
        "This content is not available due to your privacy preferences. Update your settings here to see it.",
        [
            "This content is not available due to your privacy preferences.",
            "Update your settings here to see it.",
        ],
    ),
    (
        "n126-pk-sept-she-said",
        "The secretary for specialised healthcare, Dr Sadia Qureshani, told reporters at the Civil Secretariat that inspection teams had visited 63 labs since Monday and found 14 charging above the cap. She said the sealed labs had been fined a total of Rs2.8 million.",
        [
            "The secretary for specialised healthcare, Dr Sadia Qureshani, told reporters at the Civil Secretariat that inspection teams had visited 63 labs since Monday and found 14 charging above the cap.",
            "She said the sealed labs had been fined a total of Rs2.8 million.",
        ],
    ),
    (
        "n126-pk-callout-email",
        "Have you been overcharged for a test or a medicine? Tell us about it in confidence at citydesk@zarnigar.com.pk.",
        [
            "Have you been overcharged for a test or a medicine?",
            "Tell us about it in confidence at citydesk@zarnigar.com.pk.",
        ],
    ),
    (
        "n126-jm-callout",
        "Have a story to share? We want to hear from you. WhatsApp the Chronicle newsroom at 876-555-0142.",
        [
            "Have a story to share?",
            "We want to hear from you.",
            "WhatsApp the Chronicle newsroom at 876-555-0142.",
        ],
    ),
    (
        "n126-jm-co-ltd",
        "© 2027 Ackeeville Chronicle Co. Ltd. All rights reserved.",
        [
            "© 2027 Ackeeville Chronicle Co. Ltd.",
            "All rights reserved.",
        ],
    ),
    (
        "n126-au-affiliate",
        "This article contains affiliate links. If you switch energy plans through one of them, we may earn a commission, at no extra cost to you.",
        [
            "This article contains affiliate links.",
            "If you switch energy plans through one of them, we may earn a commission, at no extra cost to you.",
        ],
    ),
    (
        "n126-au-paywall",
        "You have read 4 of your 5 free articles this month. Subscribe now for $1 a week for the first 12 weeks.",
        [
            "You have read 4 of your 5 free articles this month.",
            "Subscribe now for $1 a week for the first 12 weeks.",
        ],
    ),
    (
        "n126-ca-quote-coun",
        "“That's what a reserve is for,” he said. Coun. Marnie Oulbridge asked staff to report back in June on selling two vacant town lots.",
        [
            "“That's what a reserve is for,” he said.",
            "Coun. Marnie Oulbridge asked staff to report back in June on selling two vacant town lots.",
        ],
    ),
    (
        "n126-ke-eng-bays",
        "The county's chief officer for roads and transport, Eng. Beatrice Akinyi Odhong'o, said 3,800 riders were registered to work in the CBD and that the bays would hold 1,100 motorcycles at a time. She said the bays would cost Sh42 million, paid for by the county.",
        [
            "The county's chief officer for roads and transport, Eng. Beatrice Akinyi Odhong'o, said 3,800 riders were registered to work in the CBD and that the bays would hold 1,100 motorcycles at a time.",
            "She said the bays would cost Sh42 million, paid for by the county.",
        ],
    ),
    (
        "n126-ke-correction",
        "An earlier version of this story said Ms Odhong'o was the county's executive member for transport. She is the chief officer for roads and transport.",
        [
            "An earlier version of this story said Ms Odhong'o was the county's executive member for transport.",
            "She is the chief officer for roads and transport.",
        ],
    ),
    (
        "n126-nz-funded-by",
        "This story is funded by the Puhipuhi Public Interest Fund. The fund has no role in editorial decisions.",
        [
            "This story is funded by the Puhipuhi Public Interest Fund.",
            "The fund has no role in editorial decisions.",
        ],
    ),
    (
        "n126-mt-donation-ask",
        "Our journalism is free for everyone to read. It is paid for by readers who donate, and without them it would stop. Give €5 a month today.",
        [
            "Our journalism is free for everyone to read.",
            "It is paid for by readers who donate, and without them it would stop.",
            "Give €5 a month today.",
        ],
    ),
]
