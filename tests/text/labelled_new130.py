"""Hundred-and-thirtieth set of new hand-labelled pages for the hint engines (tuning set, round fifty):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve countries and twelve
kinds of site, where STORY text looks like page furniture and must not be flagged "B". The pages: a
Canadian local daily (Moncton's overnight parking ban returns with snow alerts, a $95 fine and a
$140 tow fee); a Welsh broadcaster's site (a county borough's school admissions portal crashes on
deadline day); an Australian trade-press site (a regional publisher ends print at nine mastheads,
sells newsletter subscriptions and drops third-party cookies); an Indian explainer site (who can get
a Pune metro student pass and how to apply); an Irish consumer site (a supermarket basket survey,
loyalty prices and a misleading "was" price); a United States tech news site (a messaging app's
six-hour outage); a South African sports site (a last-kick penalty sends a club rugby side into the semi-finals);
a Scottish council's news page (a winter gritting plan); a Kenyan magazine feature (a community
fridge run on donations); a Ghanaian wire story on a web portal (a pay-TV operator raises its
prices); a New Zealand student paper (a food bank levy passes in a referendum); and a Nigerian news
page pasted from a phone (a mobile network raises its data prices).

What is hard is telling story from furniture when the story looks like furniture: one-line
paragraphs of story ("It's a big change.", "Pandemonium.", "It wasn't close.", "Get there early.",
four fragments in one paragraph, "“Shambles,” wrote one parent ...", "“Haba.”"), subheads and
questions as subheads ("What you need to know", "Key dates", "How the day unfolded", "Who is
eligible?", "Loyalty prices: worth it?", "Timeline (all times ET)", "The results", "Next up", "How
you can help", "Want to help?", "Need food now?"), lists inside the story (bullet points of fact,
numbered steps, timelines, key dates, revenue lines, a price table, result and log lines, referendum
results, agenda items, a bundle price list), the story's own advice and calls to action ("Residents
should ... call 311 ...", "Don't have a smartphone?" / "Call 311 ...", a helpline, a council web
address and phone number, USSD codes, an M-Pesa paybill), prices and offers ("$4 a week, or $2 a week
for the first year ...", "six free-range eggs for €1.49 ...", "20% off ... with the code BABY20",
"Subscribers who renew before Nov. 30 ..."), captions that state facts, quoted slogans, signs,
labels, banners and screen messages, names of apps and platforms (SnowLine, Facebook, X, MetroSaathi,
DigiLocker, UPI, Signal, Telegram, the App Store, Instagram, TikTok, YouTube, WhatsApp, M-Pesa,
Ticketbox, KickStream), and stories ABOUT newsletters, subscriptions, cookies, donations,
advertising and a website outage. Beside them, each page carries its own furniture head to tail,
worded its site's way and labelled "B" line by line: mastheads, taglines, cookie banners and their
buttons, subscribe, sign-in, donate and membership strips, menus, a live score ticker, section
paths, breadcrumbs, bylines and roles, Published/Updated lines, read times, listen lines and an
audio-player fallback line, share strips, comment counts, an affiliate note, an independence note,
image credits, ADVERTISEMENT, "Story continues below", a sponsored-content line, a betting ad, a
members' paywall, "Story continues", related, trending, most-read, read-next and more-from lists,
topics and tags lines, author bios, newsletter sign-ups, app and WhatsApp asks, a wire credit line,
a comments note, a publisher note, "Was this page helpful?", media enquiries, copyright, ABN and
registration lines, footers with "Advertise with us" or "About Our Ads", "Back to top" and
"Desktop version". The pages hold 530 sentences: 216 "B", 133 "W" and 181 ""; 127 sentences carry a
speaker (53 distinct speaker strings). `STYLES` describes each page, its story, its speakers and its
furniture in order.

Written from scratch for issue 13 in round fifty, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief `/tmp/brief/common.md` (printed whole with `cat`, in the same
command as listings of `/tmp/sets`, which was empty, and of `/tmp/brief`, which held only the
brief; `/tmp/sets` was listed once more later and was still empty, and a last `ls -la` after
the checks showed two other writers' files and a `.ruff_cache` there, none of which was opened); the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`), `def build` in `tests/text/labelled_articles.py` (its source segment printed
by an `ast` script of my own, that function only) and the `tool.ruff` tables of `pyproject.toml`
(loaded with `tomllib` and printed), all in one command; then the output of a script of my own
using `ast` that prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the
first eight `CASES` of `labelled_new127.py` and `labelled_new128.py`, saved to a scratch file of
which `sed` showed line ranges and `grep -n` the section markers. Of it I saw the docstring and
`STYLES` of `labelled_new127.py`, the start of its first page, the end of its second page and its
eight cases; the docstring of `labelled_new128.py` (the tool cut part of the middle of its
account of what was run, which a second `sed` range then showed), its `STYLES`, the start and the
end of its first page and its first four cases and the last lines of its eighth. So the middle of
the first page and most of the second page of `labelled_new127.py`, the middle of the first page,
the second page and cases five to seven of `labelled_new128.py` were never seen. No other page, case
or docstring of any file under `tests/` was read. What was run: `ruff --version` from the project's
virtual environment; Python one-liners printing the calendars of September to November 2027 and the
weekdays of 25 dates of 2027 (to check weekdays); scripts of my own in a scratch folder that turn a
small line format (flag, speaker, cue and text separated by a tilde, one line a paragraph unless it
starts with "+", short keys for speakers' full names, case marks naming a first sentence and a
length) into the literals below, apply renames, print every page with its labels for review, count
sentences, flags and speakers and cut the split cases out of the pages; case-insensitive substring
file counts (`grep -rliF -- WORD /work/main/tests/text | wc -l`) for every capitalised word of three
letters or more and every part of a hyphenated word of the first draft (640 words), for about 130
candidate replacements and for the 35 new words after renaming; an import of this file by path with
`labelled_articles.build` on every page and a check of the four string fields, the flags, the text
at each label's offsets, no "B" with a speaker, a cue for every speaker and a speaker for every cue,
30 distinct case ids with the `n130-` prefix, every case text in a built page and equal to its
sentences joined by single spaces, each expected sentence one labelled sentence of one paragraph, in
order, and the counts above; and `ruff format` and `ruff check` from the project's virtual
environment with the project's `pyproject.toml` as config, the check through `--stdin-filename
tests/text/labelled_new130.py` so that the per-file ignores for `tests/**` apply. Only counts were
read from the word searches, never the matched lines or file names. Of the first draft's coined
words, about forty hit more than two files and were renamed: outlets and firms (Courant, Llais,
Asempa, Harmattan, Tidewater, Volta Vision, Sentinel), a club (Kestrels), a students' association
abbreviation, a street (Halloran), a school (Bryn Tawel) and surnames and parts of double-barrelled
surnames (Doucet, Wong, Prydderch, Vaughan, Lloyd, Rees, Bhraonáin, Ranade, Sathe, Mabandla, Jacobs,
Lotter, Opoku, Bassey, Okafor, Ndaro, Nunn, Onyango, Ruto, Vasquez, Oakes, Moore, Darkwa, Lusk,
Holloway, Tautahi, Ellingham, Latu, Ferris, Ojo, Wells and Sam); only replacements with at most two
hits were kept. What still hits is real countries, provinces, regions, cities, towns, suburbs,
roads and rivers (Moncton, Dieppe, Wales, New South Wales, Narromine, Perth, Pune, Swargate,
Pimpri, Shivajinagar, Dublin, Cork, Galway, Ballincollig, Tucson, Arizona, Soweto, Highveld,
Kempton Park, Benoni, Vaal, Nairobi, Kawangware, Westlands, Dagoretti, Accra, Kaneshie, Lagos,
Ikeja, Allen Avenue and the like), common given names kept on purpose (Janelle, Yvette, Patrick,
Brent, Gilles, Ffion, Siân, Osian, Rhiannon, Gethin, Dominic, Lachlan, Priyanka, Marta, Tanvi,
Nitin, Sunanda, Clodagh, Treasa, Corinne, Danielle, Ravi, Thabiso, Ruan, Lwazi, Dian, Hennie,
Morag, Euan, Wanjiru, Felix, Nyokabi, Kevin, Kwabena, Efua, Kwesi, Yaw, Ekow, Moira, Mereana,
Sione, Hana, Mele, Chidera, Adaeze, Deji, Blessing) and ordinary, Welsh and institutional words and
tokens (Cwm, Ysgol, Ledger, Gazetteer, Telecoms, Haba, PAIA, EDT, GMT, IST, OTP, Pvt, Pty, ABN and
the like).

Every person, outlet, firm, app, club, ground name, school, council, association and figure is
invented. Real countries, regions, cities and institutions appear only as settings, with invented
statements and figures: those listed above, the Moncton Hospital (as a place), Main Street and
Route 15, the Competition and Consumer Protection Commission, the National Communications
Authority of Ghana, the Nigerian Communications Commission, the University of Lagos (as a place),
Fontainebleau Park and Gitanga Road (as places), the English Premier League and the Black Stars (as
things shown or in a headline); and Facebook, X, Signal, Telegram, Apple's App Store, the Play
Store, DigiLocker, UPI, Instagram, TikTok, YouTube, WhatsApp and M-Pesa as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every banner, strip, menu, label, byline, date, share line, caption, credit, list
item, data line, subhead, bio line, appeal and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says; a caption by its content ("" for a scene, "W"
for a caption stating a fact) and its credit "B"; headlines and standfirsts never split and flagged
by content, a headline's or standfirst's "says" carrying the speaker as the story first names it; a
dateline belongs to its lead sentence; a speaker is the full name as first given without titles or
roles ("Coun.", "Councillor", "Public works director", "Chief executive", "PURC managing director",
"Loopchat spokeswoman", "Wonderboom coach", "Ramblers captain", "Chief commercial officer", "MUSU
president", "No campaign convener" dropped); a pronoun or a later surname resolves to it; a generic
noun for a body is kept as written ("the city", "The council", "the company", "The company"), while
"It added" and "the statement said" resolve to the body as first given; "according to X" gives X as
written, with a descriptor before a proper name dropped ("the app-tracking firm Appvane" ->
"Appvane"); unnamed spokespeople keep their description ("A spokesman for Kilcoyne's", "a league
spokesman", "A university spokesperson"); a quote over several sentences carries its speaker and cue
in each; data lines (prices, results, log rows, revenue lines, referendum results) are "" data;
statements of record, figures and first-person records with a figure "W"; opinions, feelings,
questions, plans, schedules, forecasts and advice "".

Conventions this set had to settle, in the same spirit:

* Story text is labelled by what it says, however short or list-like it looks: one-line fragments,
  one-word reactions and subheads, statements or questions, are ""; a bullet point stating a fact
  of record is "W" ("• The fine rises to $95 from $75.", "• Not eligible: school students ..."),
  one giving a schedule, a service standard or an agenda item ""; numbered steps are instructions,
  ""; a timeline entry recording what happened is "W" ("11:42 - Parents begin posting ...", "Sept.
  20: Council approves ..."), one announcing what will happen "" ("Nov. 15: The ban season begins
  ..."); a "Note:" stating a rule is "W".
* A subhead or a story line that introduces a list in the running text ("The results", "The log
  (top four after six rounds)", "Here is what the basket cost in each chain:", "The committee's next
  meeting, ..., will consider:") is "", unlike the title of a separate results box, which
  `labelled_new128.py` labels "B"; these pages have no column-header rows.
* The story's own advice and calls to action are "" even when they carry a web address, a phone
  number, a helpline, a USSD code or a paybill number of the story's subject ("Helpline: 1800 120
  4455 ...", "How to check your balance: dial *312*1#.", "Money can be sent by M-Pesa to paybill
  ..."); the site's own asks (newsletter, app, WhatsApp channel, donation, membership) are "B".
* Prices and offers in force with their terms are "W" ("Tickets cost R80 ...", "six free-range eggs
  for €1.49, down from €2.19, until Sunday, November 7.", "Subscribers who renew before Nov. 30 will
  keep the old price ...", "would get a month free, applied automatically ..."); a price list of
  data lines is "".
* Furniture that names what the story is about stays "B" (a cookie banner above a story about
  cookie settings, "Advertise with us" and "About Our Ads" in footers, a sponsored-content line and
  a betting ad, a members' paywall in a consumer story, a donation ask above a story about a levy,
  newsletter sign-ups under a story about newsletters), and story text about cookies, newsletters,
  subscriptions, advertising, donations or a website outage is "" or "W" as it says.
* Quoted words inside a sentence that begins before them stay in that sentence even when they hold
  two sentences or end in "?": a screen message ("saw the message “Service unavailable. Please try
  again later.”"), a slogan ("“Your town. Your inbox.”,"), a banner ("reading “NO FEAR. NO
  FAREWELL.” behind the posts"), posters ("asked “$45 for what?”") and a text message after "The
  message read:". A sign that stands as its own paragraph is split like any quote ("“TAKE WHAT YOU
  NEED." / "LEAVE WHAT YOU CAN.”").
* Signs, labels, banners and posters carry no speaker (an object is not a source, and the painter
  of "Someone has painted a message ..." is unknown); a chant carries the chanters as written with
  "chanted" as cue; a company's text message quoted after "The message read:" carries the company,
  with "read" as cue.
* A headline of two clauses with a full stop ("Loopchat was down for six hours. Here's what
  happened.") is one sentence, as headlines are never split; a tagline of two words with full stops
  ("Explained." / "Simply.") is two "B" sentences, and an ABN after "Pty Ltd." is a "B" sentence of
  its own.
* Reporting expressions other than "said" are kept as cue: "called" for "what the company called
  “...”" and "called the increase “wicked”", "urged", "posts" in a timeline entry ("13:15 - The
  council posts that ..."), "acknowledges", "told staff", "told the committee", "wrote on the
  council's Facebook page". An abbreviation in brackets after an organisation's name is not part of
  its name ("the Pune Urban Rail Corporation (PURC) announced" -> "the Pune Urban Rail
  Corporation").
* A council release's line introducing a quote ("Councillor ..., convener of ..., said:") carries
  the speaker and is "", and the quote in the next paragraph carries her in every sentence. In a
  feature, facts about a person told without a verb of saying carry no speaker, and the writer's
  own question inside a paragraph of quotes ("Why only look?") carries none either.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of one to four
consecutive sentences of one paragraph of these pages joined by single spaces: "Dr., and" in a
bullet; "Don't have a smartphone?" before "Call 311"; "Media Inc." before "You may unsubscribe"; a
screen message of two sentences inside one; "she said: “Yes.”"; a copyright and external-links note
in four sentences; a slogan of two sentences inside one; "?” she said." before "“Maybe.”"; a
tagline "Explained." / "Simply."; "1. Download ..." as one sentence; "“Six hundred?” he said." before
"“Done.”"; a "Was €4.49, Now €3.99" shelf label inside a sentence; "CLG, a company limited by
guarantee." before "Registered in Ireland No. ..."; a headline of two clauses kept whole; three
fragments; "just… silent"; a banner "“NO FEAR. NO FAREWELL.”" inside a sentence; "semi-finals." before
"18+ only"; a convener's three-sentence quote; a bin label in capitals; a painted sign split in two;
four fragments; two quoted sentences before the writer's "Why only look?"; "Nov 16 (Kasapa) -" and
"Dec. 1,"; "“Again?” said ..."; posters ending "asked “$45 for what?”"; a chant ending "!”" inside a
sentence; a text message after "The message read:"; "“Now it will be N9,000?” she said." before
"“Haba.”"; and "dial *312*1#.": what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Canadian LOCAL DAILY (Moncton, New Brunswick), the winter overnight parking ban returns with snow alerts, a $95 fine and a $140 tow fee: masthead in capitals, subscribe strip, menu with wide spaces, section path with a slash; headline of record "W" with "Nov. 15," mid-sentence; standfirst "..., city says" carrying "the city" as the lead names it "W"; byline, a Published line with bullets; a caption stating a fact "W" with "Feb. 9, 2027," mid-sentence and its credit "B"; the lead "the city said Wednesday" "W"; a one-line fragment of story "It\'s a big change." ""; "12:30 a.m. to 7 a.m., snow" "W"; a "What you need to know" subhead "" and four bullet points of fact "W" ("Barachois Dr., and" mid-sentence); the public works director (tows of record "W", a quote "", an app with its users "W", "Landrigan-Ferlatte said" ""); the story\'s own call to action "Residents should ... call 311" "" and "Don\'t have a smartphone?" / "Call 311 ..." ""; a website outage of record "W"; ADVERTISEMENT; a councillor with "Coun." dropped (a 7-4 vote "on Sept. 20" "W", a quote over two sentences ending "?”" ""); a nurse named after "“Finally,” said ..." "", his tows "W", "“Twice!” he said." ""; a "Key dates" subhead "" with a past date "W" and a future one ""; (a share line, a Trending list, a newsletter sign-up in three sentences split at "Media Inc." before "You may unsubscribe", copyright split at "Inc." before "All rights reserved.", footer)',
    'Welsh BROADCASTER\'s site (a county borough in south-west Wales), a school admissions portal crashes on deadline day: a cookie banner and its buttons, masthead in capitals, menu, section path with pipes; headline of record "W"; "Published 4 hours ago", Share, byline and role; a caption stating a fact "W" and its image source "B"; the lead "..., Cwm Tawelan County Borough Council has said." "W" and "The council said" kept as written "W"; a "How the day unfolded" subhead "" and a timeline of five time-stamped entries of record "W" (one with "The council posts" as cue); a quoted screen message with two sentences inside a sentence, one sentence "W"; a story ABOUT cookie settings "In a statement, the council said" "W", "It added" and "the statement said" carried by the council as first given ("W", ""); a one-word reaction "“Shambles,” wrote one parent on ..." ""; a parent (14 attempts "W", a two-sentence quote ""); the cabinet member with "Councillor" dropped ("W", "She told Lleisiau News: “...”" "", "she said: “Yes.”" ""); the story\'s advice to parents and a phone number for help ""; the opposition leader ("W", a quote "") (More on this story list, Related topics list, copyright and an external-links note in four sentences)',
    'Australian TRADE PRESS site (media and marketing), a regional publisher ends print at nine mastheads and moves readers to paid newsletters: masthead, tagline, log-in strip, menu, section path with ›; headline of record "W"; standfirst "Publisher says ..." carrying "Wirraway Regional Media" "W"; byline, date, read time; lead "..., the company told staff on Tuesday." "W"; a list of titles as bullet points ""; a figure "according to results released to staff" "W"; a revenue breakdown in three data lines ""; the chief executive (newsletter subscribers of record "W", a quote ""); a subscription offer "$4 a week, or $2 a week ... before December 1, the company said." "W"; a campaign slogan "“Your town. Your inbox.”" inside a sentence, one sentence ""; a story ABOUT cookies and advertising (a plan "", a two-sentence quote about cookie banners ""); redundancies "The company said" "W"; Advertisement and a sponsored-content line "B"; a consultant ("W", "Not yet, anyway." ""); a car-yard owner (her ad spend "W", "“Will ...?” she said." and "“Maybe.”" "") (topics line, newsletter sign-up lines, More in Media list, copyright split at "Pty Ltd." before an ABN line, footer with "Advertise with us")',
    'Indian EXPLAINER SITE (Pune), who can get a metro student pass, what it costs and how to apply: masthead, a two-sentence tagline "Explained." / "Simply." "B", sign-in strip, menu, section path with a slash; headline "" (a label, no claim) and standfirst "W"; "Written by" byline, an Updated line with IST, listen line and an audio-player fallback line; caption "" and a bracketed credit; the lead "..., the Pune Urban Rail Corporation (PURC) announced on Friday." "W"; question subheads "" throughout ("But who qualifies, and how do you apply?" / "We explain." ""); the pass and its saving "W"; eligibility bullets "W"; numbered steps "1. Download the MetroSaathi app ..." (DigiLocker, UPI, an OTP) "" as one sentence each; a "Note:" of record "W"; the managing director (a forecast "", a share of riders with "2.1 lakh" "W", a quote ""); a student ("W", "“Six hundred?” he said." and "“Done.”" ""); Advertisement; a rejected-application answer with "8 a.m. and 8 p.m." ending it "" and the metro\'s own helpline line "" (author bio, a WhatsApp line, copyright split at "Pvt. Ltd." before "All rights reserved.", footer)',
    'Irish CONSUMER SITE, a supermarket basket price survey: masthead, tagline, log-in/membership strip, menu, breadcrumb with ›; headline of record "W"; byline, role, a Last updated line; an independence note in two sentences "B"; a caption stating a fact with a quoted shelf label "W" and its credit; the survey result and the gaps "W"; a table of basket prices as five data lines "", introduced by a story line ""; a "Loyalty prices: worth it?" subhead "", loyalty prices and the app "W"; "A spokesman for Kilcoyne\'s" kept as written ""; a "Was €4.49, Now €3.99" shelf sign inside a sentence "W"; "A spokeswoman for the Competition and Consumer Protection Commission" (the law "W", "She said" advice ""); an "Offers worth having this week" subhead "" and two priced offers "W" (one with a discount code); an "Our advice" subhead and advice "" with a checked-receipts record "W"; a shopper named after her quote "" and her saving "W" (a members\' paywall line and a join price "B", a helpfulness question, a newsletter line, a publisher line split at "CLG, a company limited by guarantee." before "Registered in Ireland No. ...", footer)',
    'United States TECH NEWS site, a messaging app\'s six-hour outage: masthead in capitals, menu, sign-in, section label; headline of two clauses "Loopchat was down for six hours. Here\'s what happened." kept as ONE sentence "W"; standfirst "The messaging app says ..." carrying "Loopchat" "W"; byline, a date line with "PM EDT", comments count, an affiliate note in two sentences "B"; a caption stating a fact "W" and its credit; the lead "... what the company called “...”" "W"; three one-line fragments in one paragraph ""; the peak "W"; a "Timeline (all times ET)" subhead "" and five entries of record "W" ("9:40 a.m. — Loopchat acknowledges ..." and "1:30 p.m. — The company says ..." with speakers); "In a statement ..., Loopchat said" "W" and "the statement said" ""; the spokeswoman (no messages lost "W", a subscription price and a month free "W"); names of platforms and apps ("#LoopchatDown ... on X" "W", "according to the app-tracking firm Appvane" with the descriptor dropped "W"); Related label and link "B"; an engineer named after his quote "" and a record "W"; a bakery owner ("W", "just… silent" with a mid-sentence ellipsis ""); the story\'s own fix-it advice in three sentences "" (author bio, newsletter lines, copyright split at "Inc." before "All Rights Reserved.", footer)',
    'South African SPORTS SITE (club rugby, Gauteng), a last-kick penalty sends a club into the semi-finals: masthead, a LIVE score ticker "B", menu, section path with a slash; headline of record "W"; byline, a Published line, share line; a caption stating a fact "W" and a credit; the lead with "31-27" "W"; a one-word paragraph "Pandemonium." ""; the closing minutes "W"; the kicker by surname ""; the coach (a record "W", "“Unbelievable,” he said." and "“Just unbelievable.”" ""); the opposing captain (a quoted phrase "", penalties "W"); a banner "“NO FEAR. NO FAREWELL.”" inside a sentence, one sentence ""; ADVERTISEMENT and a betting ad in two sentences "B"; "The results" and "The log ..." subheads "" with result lines and numbered log lines ("1. Kempton Harlequins 26 pts") "" data; a "Next up" subhead "" and the semi-final schedule ""; ticket prices and an app "a league spokesman said" "W" and a streaming plan ""; "Get there early." "" before a capacity "W" (Related list, an app ask, copyright split at "(Pty) Ltd." before "All rights reserved.", footer)',
    'Scottish COUNCIL NEWS page, a winter gritting plan approved: skip link, a four-line cookie banner, council name, search, menu with pipes, breadcrumb with >; headline of record "W"; a Published line; the committee\'s decision and the routes "W"; a "Key points" subhead "" with a service standard "" and three bullet facts "W" (one starting "1,260"); the convener with "Councillor" dropped, introduced by "..., said:" "" and her three-sentence quote in its own paragraph ("W", "This plan does that." "", thanks ""); a "How you can help" subhead and four calls to action to residents (with a web address and a phone number) ""; a grit-bin label quoted inside a sentence ""; the head of roads ("told the committee" "W", "He said" a plan ""); a live map and an app plan ""; the next meeting\'s agenda introduced by a story line and three agenda items ""; webcasts on YouTube "W" (media enquiries line, share lines, a helpfulness question and answers, Last updated line, footer, copyright)',
    'Kenyan MAGAZINE feature (Nairobi), a community fridge in Kawangware run on donations: masthead in capitals, subscribe/shop strip, menu, section label; headline quoting the sign "" and standfirst "W"; "Words by" and "Photographs by" lines and read time; a caption stating a fact "W" and its credit; scene-setting ""; a sign painted on the fridge door in its own paragraph, two sentences in capitals with no speaker ""; "By 7 a.m. on a Tuesday" ""; the founder\'s story with no verb of saying "W" and "She says" "W", a quote over three sentences ""; a question subhead and four fragments in one paragraph ("Sukuma wiki." / "Milk." ...) ""; a story ABOUT donations (funding "W", a fundraiser on X and TikTok "Gathirwa says" "W"); a restaurant owner\'s first-person record "W"; Advertisement; a user introduced without a verb of saying "", her quote "" and the writer\'s question "Why only look?" "" before her answer ""; a public health officer ("says Kevin Mbuvi" "W", an inspection record "W"); "Want to help?" "" and an M-Pesa paybill for donations "" (an issue line, a membership appeal in two sentences, copyright, footer)',
    'Ghanaian WIRE STORY ON A PORTAL (Accra), a pay-TV operator raises subscription prices by up to 19%: portal name, portal menu, sign-in, section label, the agency\'s name line; headline of record "W"; byline, a date line with "PM GMT" and read time; caption "" and an agency credit; the dateline lead "ACCRA, Nov 16 (Kasapa) - ..., the company said on Tuesday." with "Dec. 1," mid-sentence "W"; the new prices in three data lines ""; the chief commercial officer with her title dropped ("W", "We held prices for 14 months" "W", a second quoted sentence ""); an offer "before Nov. 30 ..., the company said." "W"; "Story continues" "B"; a hashtag on X "W"; "A spokesman for the National Communications Authority" kept as written ("", "He said" complaints "W"); a consumer forum "urged" "" and a two-sentence quote ""; a barber named after "“Again?” said ..." "" and his prices "W"; "according to its 2026 annual report" "W" and a rival\'s rise "W" (a wire credit line, a comments line, Trending Now list with numbers, portal footer with "About Our Ads")',
    'New Zealand STUDENT PAPER, a food bank levy passes in a students\' union referendum: masthead, tagline, a donation ask in two sentences and a Donate button, menu, section label; headline of record "W"; byline, role, date; caption "" and credit; the lead "W"; "It wasn\'t close." ""; "The result" subhead and three result data lines ""; a turnout record "W"; a chant "About 60 students outside the Student Union chanted “...!”" carrying the chanters ""; the union president ("W", a two-sentence quote "", a forecast ""); the No convener (a quoted phrase "", fees "W"); posters quoted inside one sentence ending "asked “$45 for what?”" ""; an Instagram poll and a TikTok video "W"; "A university spokesperson" ""; Advertisement; a volunteer named after "“Sweet as,” said ..." "" and the queue "W"; "Need food now?" and the food bank\'s hours and terms "" (tags, a comments note, Read next list, a publisher note in two sentences, copyright)',
    'Nigerian NEWS SITE pasted from a PHONE (Lagos), a mobile network raises data bundle prices: "Open in app", Menu, masthead in capitals, Search, Ad, section label; headline of record "W"; byline, a date line with read time, listen and WhatsApp share lines; caption "" and credit; the lead "..., the company said in a text message to subscribers on Sunday." "W"; the text message quoted after "The message read:", two sentences inside one sentence, carrying the company ""; a price list in four data lines ""; Advertisement and "Continue reading below" "B"; the chief corporate services officer ("W", a two-sentence quote ""); the regulator\'s spokesman named after the claim ("W", "W"); a consumer group "called the increase “wicked”" ""; a student ("W", "“Now it will be N9,000?” she said." and "“Haba.”" ""); a hashtag on X and a WhatsApp voice note "W"; the story\'s own USSD instructions "" (Ad, a WhatsApp-channel ask, Next article and More from Business lists, Back to top, copyright split before "All rights reserved.", footer, "Desktop version")',
]

ARTICLES = [
    [
        [
            ("MONCTON DAILY GAZETTEER", "", "", "B"),
        ],
        [
            ("Subscribe  |  Sign In  |  e-Edition", "", "", "B"),
        ],
        [
            ("News    Sports    Opinion    Business    Life    Obituaries    Classifieds", "", "", "B"),
        ],
        [
            ("News / Local News", "", "", "B"),
        ],
        [
            ("Overnight parking ban returns Nov. 15, with text alerts and a $140 tow fee", "", "", "W"),
        ],
        [
            ("Ban will be enforced only on nights with a snow alert, city says", "the city", "says", "W"),
        ],
        [
            ("Janelle Coughtry-Bastarache", "", "", "B"),
        ],
        [
            ("Published Oct 28, 2027  •  Last updated 3 hours ago  •  4 minute read", "", "", "B"),
        ],
        [
            ("A city plow clears Main Street on Feb. 9, 2027, the second day of a storm that dropped 61 centimetres of snow on Moncton.", "", "", "W"),
        ],
        [
            ("Photo by Gilles Goguen-Melanson /Moncton Daily Gazetteer", "", "", "B"),
        ],
        [
            ("Moncton's winter overnight parking ban returns on Monday, Nov. 15, but for the first time it will be enforced only on nights when a snow alert is in effect, the city said Wednesday.", "the city", "said", "W"),
        ],
        [
            ("It's a big change.", "", "", ""),
        ],
        [
            ("Since 2009 the ban has applied every night from 12:30 a.m. to 7 a.m., snow or no snow.", "", "", "W"),
        ],
        [
            ("What you need to know", "", "", ""),
        ],
        [
            ("• The ban season runs from Nov. 15 to April 15.", "", "", "W"),
        ],
        [
            ("• When an alert is on, no vehicle may park on a city street between midnight and 7 a.m.", "", "", "W"),
        ],
        [
            ("• The fine rises to $95 from $75.", "", "", "W"),
        ],
        [
            ("• Towed vehicles go to the city lot at 210 Barachois Dr., and the tow fee is now $140.", "", "", "W"),
        ],
        [
            ("Public works director Yvette Landrigan-Ferlatte said the city towed 1,214 vehicles during last winter's ban, and that 71 per cent of them were towed on nights when no snow fell.", "Yvette Landrigan-Ferlatte", "said", "W"),
            ("“People were getting towed on clear nights and they were furious, and honestly, they had a point,” she said.", "Yvette Landrigan-Ferlatte", "said", ""),
        ],
        [
            ("She said alerts would go out by text and email, on the city's Facebook and X accounts and through SnowLine, the free app the city launched in January, which had 22,600 users by the end of March.", "Yvette Landrigan-Ferlatte", "said", "W"),
        ],
        [
            ("Residents should sign up for alerts on the city's website or call 311 to be added to the list.", "", "", ""),
        ],
        [
            ("Don't have a smartphone?", "", "", ""),
            ("Call 311 and ask for the landline alert list.", "", "", ""),
        ],
        [
            ("The change comes after a night in February when the city's website went down for almost four hours, as about 38,000 people tried to check whether the ban was on.", "", "", "W"),
        ],
        [
            ("“We learned that one the hard way,” Landrigan-Ferlatte said.", "Yvette Landrigan-Ferlatte", "said", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Coun. Patrick Mazerolle-Stang, who voted against the change, said council approved it 7-4 on Sept. 20 after less than an hour of debate.", "Patrick Mazerolle-Stang", "said", "W"),
        ],
        [
            ("“Some of my residents don't have cellphones, and they don't want one,” he said.", "Patrick Mazerolle-Stang", "said", ""),
            ("“Are we going to tow a 90-year-old because she didn't get a text?”", "Patrick Mazerolle-Stang", "said", ""),
        ],
        [
            ("“Finally,” said Brent Ouellory, a nurse who lives on a side street near the Moncton Hospital.", "Brent Ouellory", "said", ""),
        ],
        [
            ("He said his car was towed twice last winter on clear nights, costing him $430 in fines and fees.", "Brent Ouellory", "said", "W"),
        ],
        [
            ("“Twice!” he said.", "Brent Ouellory", "said", ""),
        ],
        [
            ("Key dates", "", "", ""),
        ],
        [
            ("Sept. 20: Council approves the alert system, 7-4.", "", "", "W"),
        ],
        [
            ("Nov. 15: The ban season begins, with warnings only.", "", "", ""),
        ],
        [
            ("Share this article in your social network", "", "", "B"),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("Dieppe man charged after crash on Route 15", "", "", "B"),
        ],
        [
            ("Sign up to receive daily headline news from the Moncton Daily Gazetteer, a division of Shorelight Atlantic Media Inc.", "", "", "B"),
        ],
        [
            ("By clicking on the sign up button you consent to receive the above newsletter from Shorelight Atlantic Media Inc.", "", "", "B"),
            ("You may unsubscribe any time by clicking on the unsubscribe link at the bottom of our emails.", "", "", "B"),
        ],
        [
            ("© 2027 Shorelight Atlantic Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Policy | Accessibility | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("We use cookies to give you the best online experience.", "", "", "B"),
        ],
        [
            ("Accept    Reject    Let me choose", "", "", "B"),
        ],
        [
            ("LLEISIAU", "", "", "B"),
        ],
        [
            ("Home    News    Sport    Weather    Radio    Cymraeg", "", "", "B"),
        ],
        [
            ("Wales | Politics | Education | South West Wales", "", "", "B"),
        ],
        [
            ("School places website crashes on deadline day", "", "", "W"),
        ],
        [
            ("Published 4 hours ago", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("Ffion Treharne", "", "", "B"),
        ],
        [
            ("Lleisiau News education reporter", "", "", "B"),
        ],
        [
            ("The council's admissions portal showed an error message for most of Tuesday afternoon", "", "", "W"),
        ],
        [
            ("Image source: Cwm Tawelan County Borough Council", "", "", "B"),
        ],
        [
            ("Hundreds of parents were unable to apply for secondary school places on deadline day after an online admissions portal crashed, Cwm Tawelan County Borough Council has said.", "Cwm Tawelan County Borough Council", "said", "W"),
        ],
        [
            ("The council said the deadline, which had been 23:59 on Tuesday, had been extended to 17:00 on Friday.", "The council", "said", "W"),
        ],
        [
            ("How the day unfolded", "", "", ""),
        ],
        [
            ("09:00 - The portal opens as normal, with 1,140 of the county's 1,620 Year 6 pupils still without an application.", "", "", "W"),
        ],
        [
            ("11:42 - Parents begin posting on Facebook that the page goes blank when they press “Submit”.", "", "", "W"),
        ],
        [
            ("13:15 - The council posts that it is “aware of technical issues” and asks parents to keep trying.", "The council", "posts", "W"),
        ],
        [
            ("16:30 - The portal is taken offline.", "", "", "W"),
        ],
        [
            ("19:05 - The deadline is extended to Friday.", "", "", "W"),
        ],
        [
            ("Parents who tried to log in after 16:30 saw the message “Service unavailable. Please try again later.”", "", "", "W"),
        ],
        [
            ("In a statement, the council said a software update installed on Monday night had broken the portal's cookie settings, logging parents out each time they moved to a new page.", "the council", "said", "W"),
        ],
        [
            ("It added that 412 applications had been submitted on Tuesday, against 655 on deadline day last year.", "Cwm Tawelan County Borough Council", "added", "W"),
            ("“We apologise to every family affected,” the statement said.", "Cwm Tawelan County Borough Council", "the statement said", ""),
        ],
        [
            ("“Shambles,” wrote one parent on the council's Facebook page.", "one parent", "wrote on the council's Facebook page", ""),
        ],
        [
            ("Siân Mereddyth-Howse, whose son Osian is in Year 6 at Ysgol Gwenlais, said she tried to submit the form 14 times between noon and 4pm.", "Siân Mereddyth-Howse", "said", "W"),
        ],
        [
            ("“I had the form filled in, and every time I pressed submit it threw me back to the login page,” she said.", "Siân Mereddyth-Howse", "said", ""),
            ("“In the end I gave up and put the tea on.”", "Siân Mereddyth-Howse", "said", ""),
        ],
        [
            ("Councillor Rhiannon Gorvett-Bevington, cabinet member for education, said the same portal had handled 2,900 primary school applications in January without a fault.", "Rhiannon Gorvett-Bevington", "said", "W"),
        ],
        [
            ("She told Lleisiau News: “Nobody will lose a place because of this.”", "Rhiannon Gorvett-Bevington", "told Lleisiau News", ""),
        ],
        [
            ("Asked whether the update should have been tested before a deadline, she said: “Yes.”", "Rhiannon Gorvett-Bevington", "said", ""),
        ],
        [
            ("Parents who have not yet applied should do so on the council website before 17:00 on Friday.", "", "", ""),
        ],
        [
            ("Those without internet access can call 01792 555 019 or visit any library in the county, where staff will help them fill in the form.", "", "", ""),
        ],
        [
            ("Gethin Abernant, leader of the opposition group on the council, said it was the third time since 2025 that an online council service had failed on a deadline day.", "Gethin Abernant", "said", "W"),
            ("“Lessons are clearly not being learnt,” he said.", "Gethin Abernant", "said", ""),
        ],
        [
            ("More on this story", "", "", "B"),
        ],
        [
            ("Council tax payment site down for second day", "", "", "B"),
        ],
        [
            ("Related topics", "", "", "B"),
        ],
        [
            ("Schools in Wales", "", "", "B"),
        ],
        [
            ("Cwm Tawelan", "", "", "B"),
        ],
        [
            ("Copyright 2027 Lleisiau.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            ("Lleisiau is not responsible for the content of external sites.", "", "", "B"),
            ("Read about our approach to external linking.", "", "", "B"),
        ],
    ],
    [
        [
            ("MASTLINE", "", "", "B"),
        ],
        [
            ("Media, marketing and advertising news", "", "", "B"),
        ],
        [
            ("Log in  |  Subscribe  |  Newsletters  |  Events", "", "", "B"),
        ],
        [
            ("News   Media   Agencies   Marketing   Tech   Jobs   Podcasts", "", "", "B"),
        ],
        [
            ("Media › Publishing", "", "", "B"),
        ],
        [
            ("Wirraway to end print at nine regional mastheads and bet on paid newsletters", "", "", "W"),
        ],
        [
            ("Publisher says print ad revenue fell 14 per cent in a year and it will drop third-party cookies in February", "Wirraway Regional Media", "says", "W"),
        ],
        [
            ("Dominic Strazzeri", "", "", "B"),
        ],
        [
            ("3 Nov 2027", "", "", "B"),
        ],
        [
            ("4 min read", "", "", "B"),
        ],
        [
            ("Wirraway Regional Media will stop printing nine of its 14 regional newspapers from Monday, December 6, and move their readers to paid email newsletters, the company told staff on Tuesday.", "the company", "told staff", "W"),
        ],
        [
            ("The titles going digital-only include:", "", "", ""),
        ],
        [
            ("• Narromine Plainsman", "", "", ""),
        ],
        [
            ("• Gilgandra Wheatgrower", "", "", ""),
        ],
        [
            ("• Trangie Rural Record", "", "", ""),
        ],
        [
            ("Print advertising revenue across the group fell 14 per cent to $41.2 million in the year to June, according to results released to staff.", "results released to staff", "according to", "W"),
        ],
        [
            ("Here is how the group's revenue broke down in 2026-27:", "", "", ""),
        ],
        [
            ("Print advertising: $41.2m (down 14%)", "", "", ""),
        ],
        [
            ("Digital advertising: $18.7m (up 9%)", "", "", ""),
        ],
        [
            ("Subscriptions: $6.3m (up 31%)", "", "", ""),
        ],
        [
            ("Chief executive Lachlan Tindall-Breese said the group's free morning newsletters already had 182,000 subscribers across its 14 towns, more than three times the combined print circulation of 54,000.", "Lachlan Tindall-Breese", "said", "W"),
            ("“Our readers have told us how they want the news, and it's in their inbox at 6am,” he said.", "Lachlan Tindall-Breese", "said", ""),
        ],
        [
            ("Readers of the nine titles will be offered a newsletter subscription at $4 a week, or $2 a week for the first year if they sign up before December 1, the company said.", "the company", "said", "W"),
        ],
        [
            ("The launch campaign's slogan, “Your town. Your inbox.”, will run on local radio and on the back page of each paper's final edition.", "", "", ""),
        ],
        [
            ("Tindall-Breese said Wirraway would remove third-party cookies from all 14 of its websites on February 1 and sell advertising based on readers who log in instead.", "Lachlan Tindall-Breese", "said", ""),
        ],
        [
            ("“Cookie banners annoy everyone,” he said.", "Lachlan Tindall-Breese", "said", ""),
            ("“We'd rather ask readers to log in and give us something useful in return.”", "Lachlan Tindall-Breese", "said", ""),
        ],
        [
            ("The company said 31 of its 260 staff would be made redundant, most of them in printing and distribution.", "the company", "said", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Sponsored: How first-party data is changing regional media buying", "", "", "B"),
        ],
        [
            ("Priyanka Osterfeld, principal at the media consultancy Kurrajong Partners, said at least 23 regional titles in New South Wales had stopped printing since 2020.", "Priyanka Osterfeld", "said", "W"),
        ],
        [
            ("“Newsletters keep the masthead alive, but they don't pay a reporter's salary on their own,” she said.", "Priyanka Osterfeld", "said", ""),
            ("“Not yet, anyway.”", "Priyanka Osterfeld", "said", ""),
        ],
        [
            ("Marta Kolovrat, who runs a car yard in Narromine, said she spent about $1,800 a month on print ads in the Plainsman and would move about half of that to the newsletters.", "Marta Kolovrat", "said", "W"),
        ],
        [
            ("“Will the older farmers read it in their email?” she said.", "Marta Kolovrat", "said", ""),
            ("“Maybe.”", "Marta Kolovrat", "said", ""),
        ],
        [
            ("Topics: Publishing, Regional media, Newsletters, Privacy", "", "", "B"),
        ],
        [
            ("Get the Mastline Daily in your inbox every weekday morning.", "", "", "B"),
        ],
        [
            ("Enter your email", "", "", "B"),
        ],
        [
            ("More in Media", "", "", "B"),
        ],
        [
            ("Regional radio group sells four licences to Perth buyer", "", "", "B"),
        ],
        [
            ("© 2027 Mastline Media Pty Ltd.", "", "", "B"),
            ("ABN 63 118 402 771", "", "", "B"),
        ],
        [
            ("About | Advertise with us | Contact | Privacy | Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("SAMJHO", "", "", "B"),
        ],
        [
            ("Explained.", "", "", "B"),
            ("Simply.", "", "", "B"),
        ],
        [
            ("Sign in  |  Subscribe", "", "", "B"),
        ],
        [
            ("Explained   Politics   Economy   Tech   Your Money   Cities   Videos", "", "", "B"),
        ],
        [
            ("Explained / Cities", "", "", "B"),
        ],
        [
            ("Pune metro student pass: who can get it, what it costs and how to apply", "", "", ""),
        ],
        [
            ("From November 15, college students can ride the metro for Rs 600 a month — here is how to apply", "", "", "W"),
        ],
        [
            ("Written by Tanvi Gokhale-Ranadive", "", "", "B"),
        ],
        [
            ("Pune | Updated: November 8, 2027 11:42 IST", "", "", "B"),
        ],
        [
            ("Listen to this article", "", "", "B"),
        ],
        [
            ("Your browser does not support the audio element.", "", "", "B"),
        ],
        [
            ("Commuters at Swargate metro station, where the first student pass counter will open.", "", "", ""),
        ],
        [
            ("(Photo: Samjho/Nitin Bhalerao)", "", "", "B"),
        ],
        [
            ("College students in Pune will be able to buy a monthly metro pass for Rs 600 from November 15, the Pune Urban Rail Corporation (PURC) announced on Friday.", "the Pune Urban Rail Corporation", "announced", "W"),
        ],
        [
            ("But who qualifies, and how do you apply?", "", "", ""),
            ("We explain.", "", "", ""),
        ],
        [
            ("What is the student pass?", "", "", ""),
        ],
        [
            ("It is a monthly pass that allows 45 trips on both metro lines, valid for 30 days from the date of purchase.", "", "", "W"),
            ("A regular 45-trip card costs Rs 1,350 at current fares, so the pass saves a student Rs 750 a month.", "", "", "W"),
        ],
        [
            ("Who is eligible?", "", "", ""),
        ],
        [
            ("• Full-time students aged 16 to 25 at a college or university in the Pune Metropolitan Region.", "", "", "W"),
        ],
        [
            ("• Not eligible: school students, and part-time or distance-learning students.", "", "", "W"),
        ],
        [
            ("How do I apply?", "", "", ""),
        ],
        [
            ("1. Download the MetroSaathi app from the Play Store or the App Store.", "", "", ""),
        ],
        [
            ("2. Sign up with your mobile number and verify it with the OTP.", "", "", ""),
        ],
        [
            ("3. Tap “Student Pass” and upload your college ID card, or fetch it from DigiLocker.", "", "", ""),
        ],
        [
            ("4. The pass will appear in the app as a QR code within 48 hours.", "", "", ""),
        ],
        [
            ("Note: The pass cannot be used on the airport shuttle line, which opens in 2028.", "", "", "W"),
        ],
        [
            ("How many students will use it?", "", "", ""),
        ],
        [
            ("PURC managing director Sunanda Vairagkar said the corporation expected about 60,000 students to buy the pass in the first year.", "Sunanda Vairagkar", "said", ""),
            ("She said students made up 23 per cent of the metro's 2.1 lakh daily riders in October, according to a ticketing survey.", "Sunanda Vairagkar", "said", "W"),
        ],
        [
            ("“Students are our riders for the next 40 years,” she told reporters at the launch.", "Sunanda Vairagkar", "told reporters at the launch", ""),
        ],
        [
            ("Aaditya Morankar, a second-year engineering student who travels from Pimpri to Shivajinagar every day, said he spends about Rs 1,900 a month on metro fares.", "Aaditya Morankar", "said", "W"),
        ],
        [
            ("“Six hundred?” he said.", "Aaditya Morankar", "said", ""),
            ("“Done.”", "Aaditya Morankar", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("What if my application is rejected?", "", "", ""),
        ],
        [
            ("You can reapply at once, or visit the pass counter at Swargate or Civil Court station between 8 a.m. and 8 p.m.", "", "", ""),
        ],
        [
            ("Helpline: 1800 120 4455 (toll-free, 7 a.m. to 10 p.m.)", "", "", ""),
        ],
        [
            ("Tanvi Gokhale-Ranadive is a senior correspondent with Samjho in Pune.", "", "", "B"),
        ],
        [
            ("Click here to join Samjho on WhatsApp and get the latest explainers", "", "", "B"),
        ],
        [
            ("© 2027 Samjho Digital Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Contact | Careers | Privacy Policy | Grievance Redressal", "", "", "B"),
        ],
    ],
    [
        [
            ("CARTWISE.IE", "", "", "B"),
        ],
        [
            ("Independent consumer advice since 2011", "", "", "B"),
        ],
        [
            ("Log in  |  Become a member", "", "", "B"),
        ],
        [
            ("Money    Food    Energy    Tech    Travel    Deals", "", "", "B"),
        ],
        [
            ("Home › Food › Supermarkets", "", "", "B"),
        ],
        [
            ("Price survey: Preisland is cheapest again, but loyalty prices close the gap", "", "", "W"),
        ],
        [
            ("By Clodagh Ní Chonghaile", "", "", "B"),
        ],
        [
            ("Consumer reporter", "", "", "B"),
        ],
        [
            ("Last updated: 4 November 2027", "", "", "B"),
        ],
        [
            ("Our surveys are independent.", "", "", "B"),
            ("We do not accept payment from the retailers we test.", "", "", "B"),
        ],
        [
            ("A shelf label in a Dublin branch of Kilcoyne's on Saturday, October 30, showing a “Was €4.49, Now €3.99” offer on coffee.", "", "", "W"),
        ],
        [
            ("Photo: Cartwise", "", "", "B"),
        ],
        [
            ("Preisland was the cheapest of five supermarket chains for a basket of 24 everyday items in our latest survey, carried out in Dublin, Cork and Galway on Saturday, October 30.", "", "", "W"),
        ],
        [
            ("The basket cost €61.84 at Preisland, €2.90 less than at ValuStop and €13.06 less than the full price at Kilcoyne's.", "", "", "W"),
        ],
        [
            ("Here is what the basket cost in each chain:", "", "", ""),
        ],
        [
            ("Preisland: €61.84", "", "", ""),
        ],
        [
            ("ValuStop: €64.74", "", "", ""),
        ],
        [
            ("Dunmaw Fresh: €70.45", "", "", ""),
        ],
        [
            ("Kilcoyne's: €74.90 (€66.20 with a Kilcoyne's Club card)", "", "", ""),
        ],
        [
            ("Gorteen Supermarkets: €76.38", "", "", ""),
        ],
        [
            ("The gap between the cheapest and the dearest, €14.54, is the smallest since we began the survey in 2019.", "", "", "W"),
        ],
        [
            ("Loyalty prices: worth it?", "", "", ""),
        ],
        [
            ("Kilcoyne's charged members of its Club scheme a lower price on 11 of the 24 items, cutting the basket by €8.70.", "", "", "W"),
            ("To get those prices, shoppers must download the Kilcoyne's Club app and scan it at the till; paper vouchers ended in June.", "", "", "W"),
        ],
        [
            ("A spokesman for Kilcoyne's said Club prices were “open to everyone, free of charge”.", "A spokesman for Kilcoyne's", "said", ""),
        ],
        [
            ("In one Dublin branch, a shelf label read “Was €4.49, Now €3.99” on a 500g jar of coffee that our price records show had cost €3.99 for 11 weeks.", "", "", "W"),
        ],
        [
            ("A spokeswoman for the Competition and Consumer Protection Commission said that under consumer law a “was” price must be the lowest price charged in the 30 days before the offer began.", "A spokeswoman for the Competition and Consumer Protection Commission", "said", "W"),
            ("She said shoppers who spot a misleading offer can report it to the commission.", "A spokeswoman for the Competition and Consumer Protection Commission", "said", ""),
        ],
        [
            ("Offers worth having this week", "", "", ""),
        ],
        [
            ("• ValuStop: six free-range eggs for €1.49, down from €2.19, until Sunday, November 7.", "", "", "W"),
        ],
        [
            ("• Dunmaw Fresh: 20% off all own-brand nappies with the code BABY20 in its app.", "", "", "W"),
        ],
        [
            ("Our advice", "", "", ""),
        ],
        [
            ("Compare the unit price, the price per kilo or litre, printed in small type on the shelf label.", "", "", ""),
        ],
        [
            ("Don't buy something just because it's on offer.", "", "", ""),
        ],
        [
            ("And check your receipt: in our survey, two of the 120 till receipts we checked charged more than the shelf price.", "", "", "W"),
        ],
        [
            ("“I go to three shops on a Saturday now,” said Treasa Gilhooly-Barrett, a retired teacher we met outside Preisland in Ballincollig.", "Treasa Gilhooly-Barrett", "said", ""),
            ("She said she saved about €20 a week by splitting her shopping, “but it costs me a morning”.", "Treasa Gilhooly-Barrett", "said", "W"),
        ],
        [
            ("Members get the full survey, with prices for all 24 items in all five chains.", "", "", "B"),
        ],
        [
            ("Join from €4.99 a month", "", "", "B"),
        ],
        [
            ("Was this article helpful?", "", "", "B"),
        ],
        [
            ("Get our free Friday deals newsletter", "", "", "B"),
        ],
        [
            ("Cartwise is published by Cartwise Consumer Media CLG, a company limited by guarantee.", "", "", "B"),
            ("Registered in Ireland No. 498213.", "", "", "B"),
        ],
        [
            ("Privacy  |  Cookie settings  |  Terms  |  Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE PATCHNOTE", "", "", "B"),
        ],
        [
            ("Reviews    News    Apps    AI    Security    Deals", "", "", "B"),
        ],
        [
            ("Sign in", "", "", "B"),
        ],
        [
            ("Apps", "", "", "B"),
        ],
        [
            ("Loopchat was down for six hours. Here's what happened.", "", "", "W"),
        ],
        [
            ("The messaging app says a faulty configuration change knocked out message delivery for tens of millions of users", "Loopchat", "says", "W"),
        ],
        [
            ("By Corinne Tressel", "", "", "B"),
        ],
        [
            ("Nov 2, 2027, 6:05 PM EDT", "", "", "B"),
        ],
        [
            ("23 Comments", "", "", "B"),
        ],
        [
            ("If you buy something from a link in this article, we may earn a commission.", "", "", "B"),
            ("See our ethics statement.", "", "", "B"),
        ],
        [
            ("Loopchat's status page showed a red “Major outage” banner for most of Tuesday.", "", "", "W"),
        ],
        [
            ("Image: The Patchnote", "", "", "B"),
        ],
        [
            ("Loopchat, the messaging app with about 140 million monthly users in the US, was down for almost six hours on Tuesday after what the company called “a faulty configuration change” to its servers.", "the company", "called", "W"),
        ],
        [
            ("Messages wouldn't send.", "", "", ""),
            ("Photos wouldn't load.", "", "", ""),
            ("Group calls dropped.", "", "", ""),
        ],
        [
            ("At the peak, just after 11 a.m. ET, more than 410,000 people had reported problems to the tracking site OutageBoard.", "", "", "W"),
        ],
        [
            ("Timeline (all times ET)", "", "", ""),
        ],
        [
            ("9:12 a.m. — First reports of failed messages appear on OutageBoard.", "", "", "W"),
        ],
        [
            ("9:40 a.m. — Loopchat acknowledges “an issue affecting message delivery” on its status page.", "Loopchat", "acknowledges", "W"),
        ],
        [
            ("11:05 a.m. — Reports peak at more than 410,000.", "", "", "W"),
        ],
        [
            ("1:30 p.m. — The company says it has found the cause and is rolling back a change.", "The company", "says", "W"),
        ],
        [
            ("3:02 p.m. — Service is restored for most users.", "", "", "W"),
        ],
        [
            ("In a statement on Tuesday evening, Loopchat said an engineer had pushed a routing change to all of its data centers at once instead of to one at a time.", "Loopchat", "said", "W"),
            ("“That should not have been possible, and we are changing our tools so it can't happen again,” the statement said.", "Loopchat", "the statement said", ""),
        ],
        [
            ("Loopchat spokeswoman Danielle Ferrante said no messages had been lost and that messages sent during the outage were delivered once service returned.", "Danielle Ferrante", "said", "W"),
            ("She said subscribers to Loopchat Plus, which costs $4.99 a month, would get a month free, applied automatically to their next bill.", "Danielle Ferrante", "said", "W"),
        ],
        [
            ("Within an hour, #LoopchatDown was the top trend on X.", "", "", "W"),
        ],
        [
            ("Signal and Telegram both reached the top five free apps in Apple's App Store by midday, according to the app-tracking firm Appvane.", "Appvane", "according to", "W"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Loopchat adds end-to-end encryption to group calls", "", "", "B"),
        ],
        [
            ("“A global push with no canary is the oldest mistake in the book,” said Ravi Szczepanski, a network engineer at the monitoring firm Pingfield.", "Ravi Szczepanski", "said", ""),
            ("He said it was Loopchat's third outage of more than an hour this year, after ones in March and July.", "Ravi Szczepanski", "said", "W"),
        ],
        [
            ("Hortensia Valdespino, who runs a bakery in Tucson, Arizona, said she lost about 30 orders because her customers place them through Loopchat.", "Hortensia Valdespino", "said", "W"),
            ("“My phone was just… silent,” she said.", "Hortensia Valdespino", "said", ""),
        ],
        [
            ("Still having problems?", "", "", ""),
            ("Force-quit the app and make sure you're on version 9.4.2 or later.", "", "", ""),
            ("If messages still won't send, sign out and back in.", "", "", ""),
        ],
        [
            ("Corinne Tressel is a senior news writer covering apps and social platforms.", "", "", "B"),
        ],
        [
            ("Get The Patchnote newsletter", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("© 2027 Patchnote Media, Inc.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Notice | Cookie Policy | Do Not Sell or Share My Personal Information", "", "", "B"),
        ],
    ],
    [
        [
            ("SCRUMLINE", "", "", "B"),
        ],
        [
            ("LIVE  |  Highveld Club Championship: Benoni Crusaders 12 - 10 Vaal Rovers (HT)", "", "", "B"),
        ],
        [
            ("Rugby | Cricket | Soccer | Netball | Athletics | Live Scores | Fixtures", "", "", "B"),
        ],
        [
            ("Rugby / Club rugby", "", "", "B"),
        ],
        [
            ("Klopperberg's last-gasp penalty sends Wonderboom into Highveld semi-finals", "", "", "W"),
        ],
        [
            ("Thabiso Ramokgadi-Mokgatle", "", "", "B"),
        ],
        [
            ("Published: 31 October 2027, 07:45", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | X | Copy link", "", "", "B"),
        ],
        [
            ("Wonderboom flyhalf Ruan Klopperberg kicks the winning penalty with the last kick of the match against Soweto Ramblers at Fontainebleau Park on Saturday.", "", "", "W"),
        ],
        [
            ("Photo: Keagan Lotz/Scrumline", "", "", "B"),
        ],
        [
            ("Ruan Klopperberg kicked a penalty from 42 metres with the last kick of the match as Wonderboom beat Soweto Ramblers 31-27 at Fontainebleau Park on Saturday to reach the semi-finals of the Highveld Club Championship.", "", "", "W"),
        ],
        [
            ("Pandemonium.", "", "", ""),
        ],
        [
            ("Ramblers had led 27-21 with seven minutes left after wing Lwazi Nqodi's second try.", "", "", "W"),
            ("Wonderboom replacement hooker Dian Verkuyl scored in the corner in the 76th minute to level it, and Klopperberg missed the conversion.", "", "", "W"),
            ("Then, with the clock red, Ramblers were penalised for not releasing.", "", "", "W"),
        ],
        [
            ("“I didn't even look at the posts,” Klopperberg said.", "Ruan Klopperberg", "said", ""),
        ],
        [
            ("Wonderboom coach Hennie Brouckaert said it was the club's first semi-final since 2014.", "Hennie Brouckaert", "said", "W"),
        ],
        [
            ("“Unbelievable,” he said.", "Hennie Brouckaert", "said", ""),
            ("“Just unbelievable.”", "Hennie Brouckaert", "said", ""),
        ],
        [
            ("Ramblers captain Sifiso Mthunzi said his side had “nobody to blame but ourselves”.", "Sifiso Mthunzi", "said", ""),
            ("He said Ramblers had conceded 14 penalties, nine of them in the second half.", "Sifiso Mthunzi", "said", "W"),
        ],
        [
            ("Ramblers supporters had held up a banner reading “NO FEAR. NO FAREWELL.” behind the posts all afternoon.", "", "", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Get a R50 free bet on the semi-finals.", "", "", "B"),
            ("18+ only, T&Cs apply.", "", "", "B"),
        ],
        [
            ("The results", "", "", ""),
        ],
        [
            ("Wonderboom 31 Soweto Ramblers 27", "", "", ""),
        ],
        [
            ("Benoni Crusaders 19 Vaal Rovers 16", "", "", ""),
        ],
        [
            ("Kempton Harlequins 44 Germiston Ploughmen 10", "", "", ""),
        ],
        [
            ("The log (top four after six rounds)", "", "", ""),
        ],
        [
            ("1. Kempton Harlequins 26 pts", "", "", ""),
        ],
        [
            ("2. Benoni Crusaders 23 pts", "", "", ""),
        ],
        [
            ("3. Wonderboom 21 pts", "", "", ""),
        ],
        [
            ("Next up", "", "", ""),
        ],
        [
            ("Kempton Harlequins host Randburg Falconers, and Benoni Crusaders host Wonderboom, in the semi-finals on Saturday, November 6.", "", "", ""),
        ],
        [
            ("Tickets cost R80 for adults and R30 for children under 12, and are on sale on the Ticketbox app, a league spokesman said.", "a league spokesman", "said", "W"),
            ("He said both matches would also be streamed live on the league's KickStream app, free for members of the four clubs.", "a league spokesman", "said", ""),
        ],
        [
            ("Get there early.", "", "", ""),
            ("Harlequins' ground in Kempton Park holds 3,500 people, and last year's semi-final there sold out by the Thursday.", "", "", "W"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Club rugby: referee shortage hits Highveld league", "", "", "B"),
        ],
        [
            ("Download the Scrumline app for live scores and push alerts.", "", "", "B"),
        ],
        [
            ("© 2027 Scrumline Sport (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About | Advertise | Privacy | PAIA Manual | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("Cookies on the Strathbrannock Council website", "", "", "B"),
        ],
        [
            ("We use some essential cookies to make this website work.", "", "", "B"),
        ],
        [
            ("We'd like to set additional cookies to understand how you use the website.", "", "", "B"),
        ],
        [
            ("Accept additional cookies    Reject additional cookies    View cookies", "", "", "B"),
        ],
        [
            ("Strathbrannock Council", "", "", "B"),
        ],
        [
            ("Search this site", "", "", "B"),
        ],
        [
            ("Bins and recycling | Council tax | Schools | Roads and travel | Planning | Jobs | Contact us", "", "", "B"),
        ],
        [
            ("Home > News > November 2027", "", "", "B"),
        ],
        [
            ("Winter gritting plan approved, with 40 more miles of priority routes", "", "", "W"),
        ],
        [
            ("Published: Wednesday 10 November 2027", "", "", "B"),
        ],
        [
            ("Strathbrannock Council's Environment and Infrastructure Committee approved the 2027/28 winter maintenance plan at its meeting on Tuesday 9 November.", "", "", "W"),
            ("The plan adds 40 miles of road to the council's priority gritting routes, bringing the total to 412 miles, or 38 per cent of the road network.", "", "", "W"),
        ],
        [
            ("Key points", "", "", ""),
        ],
        [
            ("• Priority routes will be gritted before 7am on any day when frost or snow is forecast.", "", "", ""),
        ],
        [
            ("• The gritting budget for 2027/28 is £3.84 million, up from £3.41 million last winter.", "", "", "W"),
        ],
        [
            ("• The council has 31,000 tonnes of salt in its depots at Kilmardie and Auchterbrae.", "", "", "W"),
        ],
        [
            ("• 1,260 grit bins have been refilled, and 85 new bins have been added.", "", "", "W"),
        ],
        [
            ("Councillor Morag Dunsinnan, convener of the Environment and Infrastructure Committee, said:", "Morag Dunsinnan", "said", ""),
        ],
        [
            ("“Last winter our crews were out on 97 nights, and residents told us clearly that routes to schools and GP surgeries needed to come first.", "Morag Dunsinnan", "said", "W"),
            ("This plan does that.", "Morag Dunsinnan", "said", ""),
            ("I want to thank our roads teams, who work through the night so the rest of us can get to work in the morning.”", "Morag Dunsinnan", "said", ""),
        ],
        [
            ("How you can help", "", "", ""),
        ],
        [
            ("Residents should clear snow and ice from the pavement outside their own homes where it is safe to do so.", "", "", ""),
        ],
        [
            ("Please check on elderly or vulnerable neighbours during cold weather.", "", "", ""),
        ],
        [
            ("Use grit from the bins on roads and pavements only, not on private driveways.", "", "", ""),
        ],
        [
            ("To report an ungritted road or an empty grit bin, visit strathbrannock.gov.uk/gritting or call 0300 555 0148.", "", "", ""),
        ],
        [
            ("Each grit bin carries a yellow label reading “GRIT FOR PUBLIC USE ON ROADS AND PAVEMENTS ONLY”.", "", "", ""),
        ],
        [
            ("The council's head of roads, Euan Craigallan, told the committee that 18 of the council's 26 gritters were less than five years old.", "Euan Craigallan", "told the committee", "W"),
            ("He said the other eight would be replaced by 2029.", "Euan Craigallan", "said", ""),
        ],
        [
            ("A live map showing where gritters are working will go live on the council website and the Strathbrannock app on Monday 15 November.", "", "", ""),
        ],
        [
            ("The committee's next meeting, on Tuesday 7 December, will consider:", "", "", ""),
        ],
        [
            ("• a review of school crossing patrols", "", "", ""),
        ],
        [
            ("• charges for garden waste permits in 2028", "", "", ""),
        ],
        [
            ("• repairs to the Kilmardie Water bridge", "", "", ""),
        ],
        [
            ("Meetings are open to the public and are webcast live on the council's YouTube channel.", "", "", "W"),
        ],
        [
            ("Media enquiries: press.office@strathbrannock.gov.uk", "", "", "B"),
        ],
        [
            ("Share this page", "", "", "B"),
        ],
        [
            ("Facebook    X    Email", "", "", "B"),
        ],
        [
            ("Was this page helpful?", "", "", "B"),
        ],
        [
            ("Yes    No", "", "", "B"),
        ],
        [
            ("Last updated: 10 November 2027", "", "", "B"),
        ],
        [
            ("Accessibility | Cookies | Privacy | Contact us | Freedom of information", "", "", "B"),
        ],
        [
            ("© Strathbrannock Council 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("MTAA", "", "", "B"),
        ],
        [
            ("Subscribe  |  Shop  |  Log in", "", "", "B"),
        ],
        [
            ("Features   Culture   Food   Money   Travel   The Issue", "", "", "B"),
        ],
        [
            ("FEATURES", "", "", "B"),
        ],
        [
            ("Take what you need", "", "", ""),
        ],
        [
            ("In Kawangware, a secondhand fridge stocked by strangers now feeds about 300 families a week", "", "", "W"),
        ],
        [
            ("Words by Wanjiru Kamotho", "", "", "B"),
        ],
        [
            ("Photographs by Felix Wasonga", "", "", "B"),
        ],
        [
            ("12 min read", "", "", "B"),
        ],
        [
            ("The community fridge outside a tailor's shop on Gitanga Road, Kawangware, which has been stocked every day since March 2026.", "", "", "W"),
        ],
        [
            ("Photograph: Felix Wasonga for Mtaa", "", "", "B"),
        ],
        [
            ("The fridge is white, dented and taller than most of the people who open it.", "", "", ""),
            ("Someone has painted a message on its door in blue letters:", "", "", ""),
        ],
        [
            ("“TAKE WHAT YOU NEED.", "", "", ""),
            ("LEAVE WHAT YOU CAN.”", "", "", ""),
        ],
        [
            ("By 7 a.m. on a Tuesday in October, there is a queue.", "", "", ""),
        ],
        [
            ("The fridge was started in March 2026 by Nyokabi Gathirwa, a 34-year-old nurse, who bought it for Sh9,500 from a hotel that was closing down.", "", "", "W"),
            ("She says it now feeds about 300 families a week; in its first month it fed 40.", "Nyokabi Gathirwa", "says", "W"),
        ],
        [
            ("“People said it would be empty in a week,” she says.", "Nyokabi Gathirwa", "says", ""),
            ("“Or that someone would carry the whole fridge away.", "Nyokabi Gathirwa", "says", ""),
            ("Nobody has.”", "Nyokabi Gathirwa", "says", ""),
        ],
        [
            ("What's inside on a good day?", "", "", ""),
        ],
        [
            ("Sukuma wiki.", "", "", ""),
            ("Milk.", "", "", ""),
            ("Bread, sometimes chapatis.", "", "", ""),
            ("Once, a whole goat, already cut.", "", "", ""),
        ],
        [
            ("The fridge runs entirely on donations.", "", "", "W"),
            ("Nine restaurants and two supermarkets in Westlands and Kilimani drop off food at least once a week, and a local electrician pays the power bill, about Sh1,800 a month.", "", "", "W"),
        ],
        [
            ("In August, a fundraiser she posted on X and TikTok raised Sh312,000 in one weekend, enough to buy a second fridge, Gathirwa says.", "Nyokabi Gathirwa", "says", "W"),
        ],
        [
            ("“We were throwing away 15 kilos of food a night,” says Devika Marwaha, who runs an Indian restaurant in Westlands.", "Devika Marwaha", "says", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Fatuma Mwanakombo, 61, a widow who sells groundnuts outside the market, comes every morning.", "", "", ""),
        ],
        [
            ("“Sometimes I take milk for my grandchildren,” she says.", "Fatuma Mwanakombo", "says", ""),
            ("“Sometimes I only look.”", "Fatuma Mwanakombo", "says", ""),
            ("Why only look?", "", "", ""),
        ],
        [
            ("“Because somebody else might need it more.”", "Fatuma Mwanakombo", "says", ""),
        ],
        [
            ("Nairobi County rules ban the sale of cooked food without a licence, but giving it away is not covered, says Kevin Mbuvi, a public health officer for Dagoretti North.", "Kevin Mbuvi", "says", "W"),
            ("He says the county has inspected the fridge twice and found it clean both times.", "Kevin Mbuvi", "says", "W"),
        ],
        [
            ("Want to help?", "", "", ""),
        ],
        [
            ("Money can be sent by M-Pesa to paybill 4471203, account FRIJI.", "", "", ""),
        ],
        [
            ("This story appears in the November 2027 issue of Mtaa, on sale now.", "", "", "B"),
        ],
        [
            ("Support independent journalism.", "", "", "B"),
            ("Become a member from Sh500 a month.", "", "", "B"),
        ],
        [
            ("© 2027 Mtaa Media Ltd", "", "", "B"),
        ],
        [
            ("About    Contact    Advertise    Privacy    Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("AKOBEN", "", "", "B"),
        ],
        [
            ("Home    Mail    News    Finance    Sport    Entertainment    Weather", "", "", "B"),
        ],
        [
            ("Sign in", "", "", "B"),
        ],
        [
            ("Finance", "", "", "B"),
        ],
        [
            ("Kasapa News Agency", "", "", "B"),
        ],
        [
            ("Ghana's Nyansa TV raises pay-TV prices by up to 19% from December", "", "", "W"),
        ],
        [
            ("Kwabena Asafo-Effah", "", "", "B"),
        ],
        [
            ("Tue, November 16, 2027 at 2:41 PM GMT · 3 min read", "", "", "B"),
        ],
        [
            ("A satellite dish on the roof of a house in the Kaneshie area of Accra, Ghana, November 15, 2027.", "", "", ""),
        ],
        [
            ("Kasapa/Ekow Baiden", "", "", "B"),
        ],
        [
            ("ACCRA, Nov 16 (Kasapa) - Pay-TV operator Nyansa TV Ghana will raise subscription prices by between 11% and 19% from Dec. 1, blaming a weaker cedi and higher content costs, the company said on Tuesday.", "the company", "said", "W"),
        ],
        [
            ("The increase is the second in 13 months.", "", "", "W"),
        ],
        [
            ("The new monthly prices are:", "", "", ""),
        ],
        [
            ("Lite: GH¢ 119, from GH¢ 100", "", "", ""),
        ],
        [
            ("Family: GH¢ 229, from GH¢ 199", "", "", ""),
        ],
        [
            ("Premium: GH¢ 475, from GH¢ 425", "", "", ""),
        ],
        [
            ("Chief commercial officer Efua Ansomah said the cedi had lost 17% against the dollar this year and that more than 60% of the company's content costs were paid in dollars.", "Efua Ansomah", "said", "W"),
        ],
        [
            ("“We held prices for 14 months,” she told reporters in Accra.", "Efua Ansomah", "told reporters in Accra", "W"),
            ("“We cannot hold them any longer.”", "Efua Ansomah", "told reporters in Accra", ""),
        ],
        [
            ("Subscribers who renew before Nov. 30 will keep the old price for one more month, the company said.", "the company", "said", "W"),
        ],
        [
            ("Story continues", "", "", "B"),
        ],
        [
            ("The hashtag #CancelNyansa was the top trend on X in Ghana by Tuesday afternoon, with more than 48,000 posts.", "", "", "W"),
        ],
        [
            ("A spokesman for the National Communications Authority said the regulator did not set pay-TV prices but would “engage” the company on how the increase was communicated.", "A spokesman for the National Communications Authority", "said", ""),
            ("He said the authority had received 212 complaints about Nyansa TV in the first nine months of the year, most of them about billing.", "A spokesman for the National Communications Authority", "said", "W"),
        ],
        [
            ("Kwesi Adjabeng, executive secretary of the Pay-TV Subscribers' Forum, urged subscribers to cancel for the month of December.", "Kwesi Adjabeng", "urged", ""),
        ],
        [
            ("“Switch it off,” he said.", "Kwesi Adjabeng", "said", ""),
            ("“Let them feel it.”", "Kwesi Adjabeng", "said", ""),
        ],
        [
            ("“Again?” said Yaw Akomea-Agyarko, who runs a barbershop in Kaneshie that shows English Premier League matches on a Premium subscription.", "Yaw Akomea-Agyarko", "said", ""),
            ("He said he pays GH¢ 425 a month and charges customers GH¢ 5 to watch the big matches.", "Yaw Akomea-Agyarko", "said", "W"),
        ],
        [
            ("Nyansa TV has about 1.3 million subscribers in Ghana, according to its 2026 annual report.", "its 2026 annual report", "according to", "W"),
            ("Its main rival, Asase TV, raised prices by 12% in June.", "", "", "W"),
        ],
        [
            ("(Reporting by Kwabena Asafo-Effah; Editing by Moira Quarrender)", "", "", "B"),
        ],
        [
            ("View comments (87)", "", "", "B"),
        ],
        [
            ("Trending Now", "", "", "B"),
        ],
        [
            ("1. Black Stars squad named for Morocco friendly", "", "", "B"),
        ],
        [
            ("2. Cedi closes at record low against the dollar", "", "", "B"),
        ],
        [
            ("Terms and Privacy Policy", "", "", "B"),
        ],
        [
            ("Privacy Dashboard", "", "", "B"),
        ],
        [
            ("About Our Ads", "", "", "B"),
        ],
    ],
    [
        [
            ("PŪKEKO", "", "", "B"),
        ],
        [
            ("Manawaroa's student magazine since 1968", "", "", "B"),
        ],
        [
            ("Pūkeko is free and student-run.", "", "", "B"),
            ("Chip in $5 to keep it that way.", "", "", "B"),
        ],
        [
            ("Donate", "", "", "B"),
        ],
        [
            ("News | Opinion | Culture | Sport | Puzzles | Print issues", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            ("Food bank levy passes: students vote 61.8% for $45 a year", "", "", "W"),
        ],
        [
            ("By Mereana Pokaia", "", "", "B"),
        ],
        [
            ("News Editor", "", "", "B"),
        ],
        [
            ("8 October 2027", "", "", "B"),
        ],
        [
            ("Yes campaigners outside the Student Union on Thursday, when the result was announced.", "", "", ""),
        ],
        [
            ("Photo: Sione Vaipulu", "", "", "B"),
        ],
        [
            ("Students have voted to pay a $45-a-year levy to fund the free food bank run by the Manawaroa University Students' Union (MUSU), in a referendum that closed at noon on Thursday.", "", "", "W"),
        ],
        [
            ("It wasn't close.", "", "", ""),
        ],
        [
            ("The result", "", "", ""),
        ],
        [
            ("Yes: 2,914 (61.8%)", "", "", ""),
        ],
        [
            ("No: 1,802 (38.2%)", "", "", ""),
        ],
        [
            ("Turnout: 4,716 of 21,340 eligible students (22.1%)", "", "", ""),
        ],
        [
            ("The turnout was the highest for a MUSU referendum since 2019, when 24.6% of students voted on a new gym.", "", "", "W"),
        ],
        [
            ("About 60 students outside the Student Union chanted “Forty-five bucks!” as the result was read out.", "About 60 students outside the Student Union", "chanted", ""),
        ],
        [
            ("MUSU president Hana Whitirangi said the food bank, which has run on donations since 2024, gave out 9,412 food parcels in the first semester this year, against 3,870 in the same period of 2025.", "Hana Whitirangi", "said", "W"),
        ],
        [
            ("“Students are skipping meals to pay rent,” she said.", "Hana Whitirangi", "said", ""),
            ("“This is the fix.”", "Hana Whitirangi", "said", ""),
        ],
        [
            ("She said the levy would raise about $960,000 a year and would be added to student services fees from February.", "Hana Whitirangi", "said", ""),
        ],
        [
            ("No campaign convener Jasper Quennell said he accepted the result but still thought a compulsory levy was “the wrong tool”.", "Jasper Quennell", "said", ""),
            ("He said students already paid $912 a year in services fees, the second-highest of any New Zealand university.", "Jasper Quennell", "said", "W"),
        ],
        [
            ("Yes posters around campus read “Feed students, not landlords”, while No posters asked “$45 for what?”", "", "", ""),
        ],
        [
            ("An Instagram poll run by the Yes campaign on Monday drew 3,100 votes, more than the entire No vote in the referendum.", "", "", "W"),
            ("The No campaign's TikTok video, filmed in the library's vending machine corner, was viewed 41,000 times.", "", "", "W"),
        ],
        [
            ("A university spokesperson said the university would “work with MUSU” to collect the levy.", "A university spokesperson", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("“Sweet as,” said Mele Fakatava, a second-year nursing student who volunteers at the food bank on Tuesdays.", "Mele Fakatava", "said", ""),
            ("She said the queue had reached the bottom of the stairs by 10 a.m. on most Tuesdays this semester.", "Mele Fakatava", "said", "W"),
        ],
        [
            ("Need food now?", "", "", ""),
        ],
        [
            ("The food bank is on level 1 of the Student Union, open 10am–2pm, Monday to Friday.", "", "", ""),
            ("No questions asked, and no student ID needed.", "", "", ""),
        ],
        [
            ("Tags: MUSU, referendum, food bank, levy", "", "", "B"),
        ],
        [
            ("Comments are moderated and may take a day to appear.", "", "", "B"),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("Library to close at midnight during exams, not 2am", "", "", "B"),
        ],
        [
            ("Pūkeko is published by MUSU and is editorially independent.", "", "", "B"),
            ("Opinions expressed are not necessarily those of MUSU.", "", "", "B"),
        ],
        [
            ("© 2027 Pūkeko", "", "", "B"),
        ],
    ],
    [
        [
            ("Open in app", "", "", "B"),
        ],
        [
            ("Menu", "", "", "B"),
        ],
        [
            ("IKEJA LEDGER", "", "", "B"),
        ],
        [
            ("Search", "", "", "B"),
        ],
        [
            ("Ad", "", "", "B"),
        ],
        [
            ("Business", "", "", "B"),
        ],
        [
            ("Zumatel raises data prices: 1GB now N1,500 as subscribers cry out", "", "", "W"),
        ],
        [
            ("By Chidera Ikwuemesi", "", "", "B"),
        ],
        [
            ("November 22, 2027 · 3 min read", "", "", "B"),
        ],
        [
            ("Listen to article", "", "", "B"),
        ],
        [
            ("Share on WhatsApp", "", "", "B"),
        ],
        [
            ("Customers at a Zumatel shop on Allen Avenue, Ikeja, on Sunday.", "", "", ""),
        ],
        [
            ("Photo: Ikeja Ledger", "", "", "B"),
        ],
        [
            ("Mobile network operator Zumatel has raised the prices of its data bundles by up to 50%, with the new prices taking effect on Wednesday, December 1, the company said in a text message to subscribers on Sunday.", "the company", "said in a text message to subscribers", "W"),
        ],
        [
            ("The message read: “Dear Customer, from 01/12/2027 our data plans will change. Dial *312# to see the new prices.”", "the company", "read", ""),
        ],
        [
            ("Here are the old and new prices of the most popular plans:", "", "", ""),
        ],
        [
            ("500MB (1 day): N300, was N200", "", "", ""),
        ],
        [
            ("1GB (7 days): N800, was N600", "", "", ""),
        ],
        [
            ("1GB (30 days): N1,500, was N1,000", "", "", ""),
        ],
        [
            ("10GB (30 days): N6,000, was N4,500", "", "", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Continue reading below", "", "", "B"),
        ],
        [
            ("Zumatel's chief corporate services officer, Adaeze Onwuzurike, said the company's diesel costs for its 4,200 base stations had tripled since January.", "Adaeze Onwuzurike", "said", "W"),
        ],
        [
            ("“Without this, the network will degrade,” she said.", "Adaeze Onwuzurike", "said", ""),
            ("“Nobody wants that.”", "Adaeze Onwuzurike", "said", ""),
        ],
        [
            ("The Nigerian Communications Commission (NCC) approved an average tariff increase of 35% for all networks in October, its spokesman, Tobenna Ezeakor, said.", "Tobenna Ezeakor", "said", "W"),
            ("He said no network was allowed to raise any single bundle by more than 50%.", "Tobenna Ezeakor", "said", "W"),
        ],
        [
            ("Deji Ogunmodede, president of the Telecoms Consumers' Alliance of Nigeria, called the increase “wicked” and urged subscribers to switch networks.", "Deji Ogunmodede", "called", ""),
        ],
        [
            ("Blessing Ukaegbu, a 300-level student at the University of Lagos, said she spends about N6,000 a month on data for online classes.", "Blessing Ukaegbu", "said", "W"),
        ],
        [
            ("“Now it will be N9,000?” she said.", "Blessing Ukaegbu", "said", ""),
            ("“Haba.”", "Blessing Ukaegbu", "said", ""),
        ],
        [
            ("By Sunday evening, #EndDataRobbery was trending on X, and a WhatsApp voice note urging subscribers to “switch off your data for one day” had been forwarded in hundreds of groups.", "", "", "W"),
        ],
        [
            ("How to check your balance: dial *312*1#.", "", "", ""),
        ],
        [
            ("To buy a bundle at the old price before Wednesday, dial *312# and choose option 2, or use the Zumatel app.", "", "", ""),
        ],
        [
            ("Ad", "", "", "B"),
        ],
        [
            ("Join our WhatsApp channel for breaking news", "", "", "B"),
        ],
        [
            ("Next article", "", "", "B"),
        ],
        [
            ("Okada ban: riders head to court over Lagos order", "", "", "B"),
        ],
        [
            ("More from Business", "", "", "B"),
        ],
        [
            ("Naira gains at official window", "", "", "B"),
        ],
        [
            ("Back to top", "", "", "B"),
        ],
        [
            ("© 2027 Ikeja Ledger.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy · Terms · Contact", "", "", "B"),
        ],
        [
            ("Desktop version", "", "", "B"),
        ],
    ],
]  # fmt: skip

CASES = [
    (
        "n130-ca-dr-comma",
        "• Towed vehicles go to the city lot at 210 Barachois Dr., and the tow fee is now $140.",
        [
            "• Towed vehicles go to the city lot at 210 Barachois Dr., and the tow fee is now $140.",
        ],
    ),
    (
        "n130-ca-smartphone-q",
        "Don't have a smartphone? Call 311 and ask for the landline alert list.",
        [
            "Don't have a smartphone?",
            "Call 311 and ask for the landline alert list.",
        ],
    ),
    (
        "n130-ca-inc-you",
        "By clicking on the sign up button you consent to receive the above newsletter from Shorelight Atlantic Media Inc. You may unsubscribe any time by clicking on the unsubscribe link at the bottom of our emails.",
        [
            "By clicking on the sign up button you consent to receive the above newsletter from Shorelight Atlantic Media Inc.",
            "You may unsubscribe any time by clicking on the unsubscribe link at the bottom of our emails.",
        ],
    ),
    (
        "n130-wal-msg-one",
        "Parents who tried to log in after 16:30 saw the message “Service unavailable. Please try again later.”",
        [
            "Parents who tried to log in after 16:30 saw the message “Service unavailable. Please try again later.”",
        ],
    ),
    (
        "n130-wal-yes",
        "Asked whether the update should have been tested before a deadline, she said: “Yes.”",
        [
            "Asked whether the update should have been tested before a deadline, she said: “Yes.”",
        ],
    ),
    (
        "n130-wal-copyright",
        "Copyright 2027 Lleisiau. All rights reserved. Lleisiau is not responsible for the content of external sites. Read about our approach to external linking.",
        [
            "Copyright 2027 Lleisiau.",
            "All rights reserved.",
            "Lleisiau is not responsible for the content of external sites.",
            "Read about our approach to external linking.",
        ],
    ),
    (
        "n130-au-slogan",
        "The launch campaign's slogan, “Your town. Your inbox.”, will run on local radio and on the back page of each paper's final edition.",
        [
            "The launch campaign's slogan, “Your town. Your inbox.”, will run on local radio and on the back page of each paper's final edition.",
        ],
    ),
    (
        "n130-au-farmers",
        "“Will the older farmers read it in their email?” she said. “Maybe.”",
        [
            "“Will the older farmers read it in their email?” she said.",
            "“Maybe.”",
        ],
    ),
    (
        "n130-in-tagline",
        "Explained. Simply.",
        [
            "Explained.",
            "Simply.",
        ],
    ),
    (
        "n130-in-step-one",
        "1. Download the MetroSaathi app from the Play Store or the App Store.",
        [
            "1. Download the MetroSaathi app from the Play Store or the App Store.",
        ],
    ),
    (
        "n130-in-six-hundred",
        "“Six hundred?” he said. “Done.”",
        [
            "“Six hundred?” he said.",
            "“Done.”",
        ],
    ),
    (
        "n130-ie-was-now",
        "In one Dublin branch, a shelf label read “Was €4.49, Now €3.99” on a 500g jar of coffee that our price records show had cost €3.99 for 11 weeks.",
        [
            "In one Dublin branch, a shelf label read “Was €4.49, Now €3.99” on a 500g jar of coffee that our price records show had cost €3.99 for 11 weeks.",
        ],
    ),
    (
        "n130-ie-registered",
        "Cartwise is published by Cartwise Consumer Media CLG, a company limited by guarantee. Registered in Ireland No. 498213.",
        [
            "Cartwise is published by Cartwise Consumer Media CLG, a company limited by guarantee.",
            "Registered in Ireland No. 498213.",
        ],
    ),
    (
        "n130-us-headline",
        "Loopchat was down for six hours. Here's what happened.",
        [
            "Loopchat was down for six hours. Here's what happened.",
        ],
    ),
    (
        "n130-us-fragments",
        "Messages wouldn't send. Photos wouldn't load. Group calls dropped.",
        [
            "Messages wouldn't send.",
            "Photos wouldn't load.",
            "Group calls dropped.",
        ],
    ),
    (
        "n130-us-ellipsis",
        "“My phone was just… silent,” she said.",
        [
            "“My phone was just… silent,” she said.",
        ],
    ),
    (
        "n130-za-banner",
        "Ramblers supporters had held up a banner reading “NO FEAR. NO FAREWELL.” behind the posts all afternoon.",
        [
            "Ramblers supporters had held up a banner reading “NO FEAR. NO FAREWELL.” behind the posts all afternoon.",
        ],
    ),
    (
        "n130-za-bet",
        "Get a R50 free bet on the semi-finals. 18+ only, T&Cs apply.",
        [
            "Get a R50 free bet on the semi-finals.",
            "18+ only, T&Cs apply.",
        ],
    ),
    (
        "n130-sc-this-plan",
        "“Last winter our crews were out on 97 nights, and residents told us clearly that routes to schools and GP surgeries needed to come first. This plan does that. I want to thank our roads teams, who work through the night so the rest of us can get to work in the morning.”",
        [
            "“Last winter our crews were out on 97 nights, and residents told us clearly that routes to schools and GP surgeries needed to come first.",
            "This plan does that.",
            "I want to thank our roads teams, who work through the night so the rest of us can get to work in the morning.”",
        ],
    ),
    (
        "n130-sc-label",
        "Each grit bin carries a yellow label reading “GRIT FOR PUBLIC USE ON ROADS AND PAVEMENTS ONLY”.",
        [
            "Each grit bin carries a yellow label reading “GRIT FOR PUBLIC USE ON ROADS AND PAVEMENTS ONLY”.",
        ],
    ),
    (
        "n130-ke-sign",
        "“TAKE WHAT YOU NEED. LEAVE WHAT YOU CAN.”",
        [
            "“TAKE WHAT YOU NEED.",
            "LEAVE WHAT YOU CAN.”",
        ],
    ),
    (
        "n130-ke-fragments",
        "Sukuma wiki. Milk. Bread, sometimes chapatis. Once, a whole goat, already cut.",
        [
            "Sukuma wiki.",
            "Milk.",
            "Bread, sometimes chapatis.",
            "Once, a whole goat, already cut.",
        ],
    ),
    (
        "n130-ke-why",
        "“Sometimes I take milk for my grandchildren,” she says. “Sometimes I only look.” Why only look?",
        [
            "“Sometimes I take milk for my grandchildren,” she says.",
            "“Sometimes I only look.”",
            "Why only look?",
        ],
    ),
    (
        "n130-gh-lead",
        "ACCRA, Nov 16 (Kasapa) - Pay-TV operator Nyansa TV Ghana will raise subscription prices by between 11% and 19% from Dec. 1, blaming a weaker cedi and higher content costs, the company said on Tuesday.",
        [
            "ACCRA, Nov 16 (Kasapa) - Pay-TV operator Nyansa TV Ghana will raise subscription prices by between 11% and 19% from Dec. 1, blaming a weaker cedi and higher content costs, the company said on Tuesday.",
        ],
    ),
    (
        "n130-gh-again",
        "“Again?” said Yaw Akomea-Agyarko, who runs a barbershop in Kaneshie that shows English Premier League matches on a Premium subscription.",
        [
            "“Again?” said Yaw Akomea-Agyarko, who runs a barbershop in Kaneshie that shows English Premier League matches on a Premium subscription.",
        ],
    ),
    (
        "n130-nz-posters",
        "Yes posters around campus read “Feed students, not landlords”, while No posters asked “$45 for what?”",
        [
            "Yes posters around campus read “Feed students, not landlords”, while No posters asked “$45 for what?”",
        ],
    ),
    (
        "n130-nz-chant",
        "About 60 students outside the Student Union chanted “Forty-five bucks!” as the result was read out.",
        [
            "About 60 students outside the Student Union chanted “Forty-five bucks!” as the result was read out.",
        ],
    ),
    (
        "n130-ng-sms",
        "The message read: “Dear Customer, from 01/12/2027 our data plans will change. Dial *312# to see the new prices.”",
        [
            "The message read: “Dear Customer, from 01/12/2027 our data plans will change. Dial *312# to see the new prices.”",
        ],
    ),
    (
        "n130-ng-haba",
        "“Now it will be N9,000?” she said. “Haba.”",
        [
            "“Now it will be N9,000?” she said.",
            "“Haba.”",
        ],
    ),
    (
        "n130-ng-balance",
        "How to check your balance: dial *312*1#.",
        [
            "How to check your balance: dial *312*1#.",
        ],
    ),
]
