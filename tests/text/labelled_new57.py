"""Fifty-seventh set of new hand-labelled pages for the hint engines (tuning set, round twenty-six): twelve whole pages whose furniture is written in prose rather than short labels.

Written from scratch for issue 13 in round twenty-six, before any rule was tuned on them and without
looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py` file was read, `hint_scores.py`, the `train_*.py` files and `docs/` were not
read, and no test, scorer or engine was run; only an import of this file and `build` on every page, a
small script of my own in /tmp that checks the sentences, the flags and the split cases against the
pages, whole-word greps of the invented names over `tests/` and `ruff format` / `ruff check` were
run). The format and the conventions were read from the module docstrings of `labelled_new.py`,
`labelled_new2.py` and `labelled_new53.py` to `labelled_new56.py`, the first two pages and the first
split cases of `labelled_new56.py`, and `build` in `labelled_articles.py`. Every person, small place,
street, river, organisation, outlet, platform, company, club, school, union, product and number is
invented (the United States, Colorado, the Front Range and Grand Junction; England and Leeds;
Germany, Leipzig, Saxony, Duisburg and the Alps; Canada and Manitoba; New Zealand, the South Island,
Canterbury and Christchurch (Ōtautahi); South Africa, the Eastern Cape and Gqeberha; India and Pune;
the Netherlands, Rotterdam and the Rhine; Kenya, Nakuru, Baringo and the Rift Valley; Australia; the
Philippines, Samar, Northern Samar, Sorsogon and Leyte appear only as settings; real public bodies,
schemes and standards such as "the county board of elections", "the Housing Ombudsman", "Leipzig's
city council", "the Deutschlandticket", "Fire and Emergency New Zealand", "the Ministry of Business,
Innovation and Employment", "IEC 62133-2", "the Department of Water and Sanitation", "the Eastern
Cape Department of Health", "ICASA", "the Pune Municipal Corporation (PMC)" and its Tree Authority,
"the German federal waterways administration", "the German weather service", "the Port of Rotterdam
Authority", "KvK", "the Colorado Department of Education", "Nakuru County", "the Philippine Coast
Guard (PCG)" and "PAGASA" appear only as settings, with invented figures). No surname, town, street,
outlet, platform, company, club or school of any file under `tests/` is reused: every capitalised
word of these pages, each part of a hyphenated name included, was grepped as a whole word over the
whole `tests/` tree, and every hit that was an invented name was changed (first names, real settings
and common words such as "Standard", "Express", "Weekly", "Landing", "Hollow", "Heads", "Point",
"Canal", "Breakfast" and "Logistiek" recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all,
so every furniture line is a paragraph of its own; what sets these pages apart is that most of their
furniture is written in full sentences, in each site's own voice (no furniture wording is shared
between two pages), while most of each page is still an ordinary news story with quotes and facts.
The twelve pages, from sites in eleven countries: (1) a US newsletter platform's post on a county
library board closing two branches on Saturdays after a levy failed (a three-sentence subscribe pitch
above the post with its field, button and decline link, a two-sentence greeting to new subscribers, a
two-sentence mid-story pitch with its button, and a paywall of four prose lines that cuts the story
off, then a JavaScript notice); (2) an English member-funded city outlet on damp and mould complaints
trebling at a housing association (a read-time sentence, a three-sentence support appeal with its
button in the middle, a four-sentence appeal with its button at the end and a two-sentence tip line);
(3) a German English-language city site on Leipzig voting for a tram extension, under a consent
banner pasted at the head (a heading, four sentences and a buttons line), with an about-us sentence
at the tail; (4) a Canadian regional daily on a rural emergency department closing overnight (a
three-sentence author bio and a two-sentence corrections-policy line at the tail); (5) a New Zealand
magazine feature on e-bike battery fires (a two-sentence affiliate-link disclosure at the head, an
affiliate product line of two sentences in the story, a two-sentence AI-use note and a print
subscription sentence at the tail); (6) a South African community radio station's page on a town's
taps running dry (listen-live, listen-to-the-programme, app-download, podcast and catch-up prompts
in sentences, and a WhatsApp tip line); (7) an Indian neighbourhood community site on a city
corporation's plan to fell 212 trees (five comment-guideline sentences in three paragraphs, a
three-sentence tree-walk promo and a two-sentence not-affiliated line); (8) a Dutch inland-shipping
trade publication on low-water surcharges on the Rhine (a metered registration wall of five
paragraphs in prose mid-story, after which the story goes on, and an alert sign-up sentence); (9) a
US local weekly's copy of a nonprofit newsroom's story on a Colorado district moving to a four-day
school week (a republishing note at the head, a funding note and an edited-for-length line at the
tail); (10) a Kenyan public university's news page on a study of sealed storage bags and aflatoxin
(a journal reference line, a three-sentence media-contact paragraph and an about-the-university
paragraph); (11) an Australian regional sports site on a rugby league club stripped of points (a
match-centre strip with scores, an odds line, a two-sentence betting-partner pitch and three
responsible-gambling sentences); and (12) a Philippine news site's live page on a tropical storm
stranding ferry passengers (a three-sentence editor's note on how the page is updated, a
last-updated line, time stamps and entry bylines, newest first, and an update note, an emergency line
and a photo request at the tail). `STYLES` names the site, the story and the stresses of each page,
in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new56.py` hold too (mastheads, straps, menus, crumbs, section
labels, bylines and role lines, date lines, share and listen lines, related lines, consent, cookie,
newsletter, membership, paywall, app and tip blocks, comment furniture, contact lines and footers "B"
line by line wherever they fall, furniture that holds figures or claims included; standfirsts
labelled like headlines, never split at a semicolon, a "says" in them carrying the source as the body
names it; titles, ranks and honorifics dropped from speakers; a pronoun, a later surname or a role
resolved to the full name as first given, context winning where it settles the matter;
organisations, documents and data kept as written, "according to X" -> X, "It" for an organisation
resolved to its name as first given and "It" for a document to the document as written; a quote over
several sentences carrying its speaker and cue; "did not respond" and "would not say" labelled like
speech with flags ""; a newsletter writer's own sentences carrying no speaker; plans, votes,
decisions, orders, fixtures, rules and figures of record "W"; spoken forecasts, hopes, pledges,
opinions, feelings, scene, private circumstances, rhetorical questions and advice "").

Conventions this set had to settle, in the same spirit:

* Furniture in prose. A furniture block written in full sentences is split at its own full stops,
  question marks and line ends like any text, and EVERY sentence of it is "B", however it is worded
  and whatever figures or claims it holds ("More than 6,300 neighbors open it on Sunday mornings.",
  "We can do work like this because 3,140 people in Leeds pay for it every month, ...", "We and our
  184 partners use cookies ...", "You have read 3 of 5 free articles this month.", "... new customers
  get a $50 bonus bet ...", "... a public university chartered in 2013, with about 14,000 students
  ...", the author bio's "She joined the paper in 2019 ..."): it speaks for the site to the reader,
  not for the story. A furniture sentence that names a person of the story ("Our whole conversation
  with Sizwe Qangule-Petersen is on Kwezana Breakfast catch-up, ...", "Tree walk this Sunday: Dr.
  Swati Inamke-Pinheiro will lead a free one-hour walk ... on April 19, ...") carries no speaker and
  stays "B", date and all; so does a question in furniture ("If you can, will you join them for the
  price of a coffee a fortnight?", "Missed the interview with the municipality?", "Is your street still
  waiting for the tanker?", "Have an account?"), a furniture sentence joined at a semicolon ("Every
  Friday, The Border Briefing rounds up ...; find it wherever you listen to podcasts.", the funding
  note "... paid for in part by the Larkhaven Family Foundation and by readers across Colorado;
  funders have no say in what the Report covers.") is ONE "B" sentence, and a one-line button or
  placeholder ("Upgrade to paid", "Type your email...", "Accept all   Only necessary   Settings",
  "Register for free   Subscribe from €19 a month") is one "B" sentence.
* Where the furniture sits. At the head (the newsletter's pitch above the post, the consent banner
  above the masthead, the magazine's affiliate disclosure before the headline, the republishing note
  after the byline, the live page's editor's note and last-updated line), in the story (the
  newsletter's mid-story pitch, the outlet's support appeal, the affiliate product line, the app
  prompt, the registration wall) and at the tail (the paywall, the closing appeal, the bio, the
  corrections line, the AI note, the podcast and catch-up prompts, the comment guidelines, the event
  promo, the funding note, the media contact, the about paragraph, the betting and gambling lines);
  all "B". A newsletter paywall ends the post: nothing of the story follows it on the page. A metered
  registration wall does not: the story goes on below it and is labelled as usual.
* Story facts against furniture facts. Research funding told in a university's story ("The study was
  funded by a grant of KSh 18.4 million from the Tegla Rural Futures Fund.") is a fact of the story,
  "W", while a site's own funding note is "B"; the match-centre strip is "B" though it holds the
  22 – 18 score, and the same result in the story ("... by beating Tallagandra 22-18 on Saturday, ...")
  is "W", as the weather chip of `labelled_new53.py` is "B"; the odds line is "B".
* Newsletters. The writer's own sentences carry no speaker: "I sat through all three hours ..." and
  "Ekwuazi-Trembath has already drafted a list, and I've seen it." are "" (scene and a teaser), "So
  what happens if the November levy fails too?" "", "Thirty-one people spoke during public comment,
  and all but two asked the board to keep Saturday hours." "W" (a count of record at a public
  meeting); the subtitle is split into its claim ("The levy lost by 412 votes." "W") and its teaser
  (""); the topic subheads ("The numbers", "The vote", "Who feels it") are "".
* Surveys, figures and documents kept as written with their verb: "The library's own survey found
  last fall that ..." (cue "found"), "A district survey of parents in January found ...", "The
  figures show ...", "Its latest accounts show ...", "Figures from Fire and Emergency New Zealand show
  ...", "The notice lists ..." and "A 2024 study by the Ridgemarch Education Lab, ..., found ..." are
  "W"; "A city council survey published in March estimated ..." is a published estimate, "W"; "The
  city expects federal and state grants to cover about three quarters of the cost." is "" with "The
  city" and "expects"; "according to her insurer's assessment", "according to the library's door
  counts", "according to the district's budget estimate" and "according to figures the association
  gave its board in March" name their source as written.
* Bodies, acts and rulings. "the Housing Ombudsman found “severe maladministration” ..." carries the
  Ombudsman with "found", "W", and "It ordered the association to pay the tenant £2,400." is an order
  without a speaker, "W", as orders are in `labelled_new54.py`; likewise "It also fined Marrangong
  $2,500, ..." after "the league said in a statement" is an act, "W", without a speaker. "The league's
  judiciary committee met on Tuesday night and ruled that ..." carries the committee with "ruled";
  "..., after the Southern Headlands Rugby League found they had fielded a player who was not
  registered" carries the league with "found"; "Barrawindi said", "Rijnvalk said", "VLN said", "the
  authority said", "the group said", "the advisory said" and "The PMC did not respond to questions"
  keep the short name as written; "the regional health authority said" keeps those words, and "It
  said" after "Aspen Parkland Health said" resolves to that name. "The vote was welcomed by the
  passenger group Fahrgastring Lindgrün e.V." carries the group without its descriptor and the cue
  "was welcomed by", ""; "Rijnvalk Logistiek B.V., ..., told customers in a letter on Monday that ..."
  has the cue "told customers in a letter"; "he told Kwezana FM" is the cue of every sentence of that
  quote; "A Weirbrook spokesperson confirmed that ..." has the cue "confirmed", "W".
* Flags for people quoted. A nurse's "I've done 14 overtime shifts since February" and a union
  president's account of another town's bonus ("They tried a signing bonus in Pelworra Lake in 2024",
  "Two nurses took it.", "One left after a year.") are "W"; a farmer's drive time to the next
  hospital, a tenant's "It was back by Easter", a resident's "The signal at this junction has not
  worked properly since the metro work started." and a resident's "the tanker had not come to her
  street in Extension 4 for two days" are "W" (public services); a shop owner's halved sales, a
  skipper's turned-down cargoes, a commuter's battery price and a farmer's lost harvest are private
  circumstances, ""; a coach's "We'll be appealing, 100 per cent.”" is a stated decision, "W", and
  "“We've got a timestamp,” he said." a checkable claim, "W"; "“At fourteen euros we switch,”" is
  conditional, ""; a Coast Guard spokesperson's "“No vessel leaves while Signal No. 2 is up,”" is a
  rule of record, "W"; PAGASA's landfall forecast and the municipality's "water should be flowing
  again by Friday" are "".
* Live pages. The editor's note (three sentences), the last-updated line, each time stamp, each entry
  byline ("— Analyn Macarambon-Tiuseco", "— Photos and reporting by ...") and the closing "We will
  keep adding to this page through the day and night." are "B"; each entry's headline is labelled
  like a headline, and "..., PCG says" carries "The Philippine Coast Guard (PCG)" as the body first
  names it; the "LIVE UPDATES: ..." headline is "W".
* Context over the last speaker. "Fonotau, 23, played 14 games for Barrawindi last season and scored
  nine tries." is a fact without a speaker, "W", and the "he said" quote after it carries Kaleb Fonotau
  though the chairman spoke last, as a quote after a line that introduces a person does in
  `labelled_new56.py`; "Shanice Greatbatch-Oduwaiye, 29, lives on the third floor of Scarrowbeck House
  ..." carries no speaker, "", and her "She said" after it carries her.

Splits. "Canal St." (before "It had"), "Dec. 31." and "Hwy. 2." at the end of a line, "e.V." (before
"Its chair"), "Ltd." (before "Registered society No. 8812." and before "No part of this site ..."),
"No. 8812." at the end of a line, "Inc." (before "All rights reserved." and before "Reproduction
without ..."), "B.V." (before "Alle rechten voorbehouden."), "Rotterdam." (before "KvK 74120583."),
"5.07pm." (before "“The rule is the rule"), "University." (before "Text on this page ..."), "p.m." at
the end of a line ("8:40 p.m.", "at 7 p.m."), "Type your email..." (an ellipsis closing a line) and
a "?" in furniture before a capital ("Already a paid subscriber?" / "Sign in", "Got a housing problem
you think we should know about?" / "Email ...", "Looking for a safer way to charge?" / "The
fire-resistant ...", "Want news like this the moment it breaks?" / "Download ...", "Have an
account?" / "Log in here.", "Have a news tip for the Weekly?" / "Call ...") end a sentence; so does a
"?" before a capital inside a quote ("“Eight months without parking in front of the shop?" / "For a
bakery that is the end,” she said."). "Nov. 3 ballot", "1.2-mill", "0.8-mill", "$2.9 million", "8
p.m. on", "6.30pm and", "£11.5m over", "£8.3m for", "2023-24", "€148.6 million", "4.3 kilometres",
"Dr. Friederike", "GmbH (ANG),", "Wiesenauer Str. for", "Wiesenauer Str. 12,", "€3.9 million", "€2.4m
on", "5:12 a.m. CDT", "Man. —", "7 p.m. to 7 a.m. starting", "Dr. Anand", "2 a.m. one night", "9.40pm
on", "4.1 million", "R18.5 million", "1.6-km", "Rs 46.8 crore", "Dr. Swati" (in the story and in the
promo), "Smt. Rekha", "11 a.m. at", "Sr. No. 114/2,", "7 a.m. from", "B.V., which", "N.V., which",
"B.V., Rotterdam.", "€17.40", "7.8 per cent", "Colo. —", "Supt. Raymond", "7:30 a.m. to 3:30 p.m.,
at", "St., Cerrillo Gap.", "Prof. Jeptoo", "Prof. Chemworem-Wanyoike", "Dr. Brian", "KSh 4.2
million", "2026/27", "et al." and the full stops inside the journal reference, "8.00 a.m. to 5.00
p.m., Monday", "ISO 9001:2015", "$1.85,", "9:14pm AEST,", "4.52pm on", "Pty Ltd (ABN", "Sta.
Felomena", "6 a.m. Thursday", "5 p.m. bulletin", "15 km/h,", "Signal No. 2", "Lt. Cmdr. Arnel", "2
p.m.,", "12:30 p.m.," and "5 a.m. Wednesday" never do. A "?" closing a quote before a lower-case
attribution ("what can we do?” she said.") does not end the sentence; a question ending its
paragraph ("So what happens if the November levy fails too?") does.

`CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), each taken word for word from these pages (consecutive lines joined by a newline,
sentences of one line by a space) and written the same way: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US newsletter platform, a county library board closes two branches on Saturdays after a levy fails (a subscribe pitch of three prose sentences above the post, the newsletter name, headline, a two-sentence subtitle split into claim and teaser, author and date lines, reaction counts, the writer's two-sentence greeting to new subscribers, topic subheads, a two-sentence mid-story pitch with its button, the writer's own sentences without a speaker, Canal St. ending a sentence, Dec. 31. and Nov. 3, 0.8-mill, the director by surname, trustees' no votes, according to the board of elections and the library's door counts, a survey that found, a question, and a paywall of four prose lines with Already a paid subscriber? before Sign in, cut mid-story, then a JavaScript notice)",
    "English member-funded city outlet, damp and mould complaints treble at a housing association (masthead and strap, menu, section label, headline, standfirst at a semicolon carrying the association, byline with role, date line, a read-time sentence, according to board figures, The figures show, tenants told the Tally, a tenant introduced without a reporting verb, a middle support appeal of three prose sentences and a button, a chief executive's causal claim, the Housing Ombudsman found then It ordered as an act, a councillor, a spokesperson who confirmed, a closing appeal of four prose sentences and a button, a tip line with a question, 2023-24, 6.30pm, £11.5m, a society footer with No. 8812.)",
    "German English-language city site under a consent banner, Leipzig votes for a tram extension (a cookie banner of a heading, four prose sentences and a buttons line pasted above the masthead, strap, menu, headline, a two-sentence standfirst, byline, CEST date line, a council vote, according to the council's resolution, The city expects, Dr. dropped, told the council, GmbH (ANG), Wiesenauer Str. twice, a ? before a capital inside a quote, a residents' group that says, e.V. ending a sentence before Its chair, opposition councillors, a related line, an about-us line, footer links and a UG company line)",
    "Canadian regional daily, a rural emergency department to close overnight (masthead with a since-1911 strap, menu, section label, headline, standfirst carrying the health authority, byline, a published line with CDT, Man. in the dateline, 7 p.m. to 7 a.m., the regional health authority then the named authority then It said, the authority as written, Dr. dropped, Mayor dropped, a nurse with 14 overtime shifts, a union local president, a farmer's drive time, a minister's spokesperson who would not say, a public meeting, Hwy. 2. ending a paragraph, an author bio of three prose sentences, a two-sentence corrections-policy line and Inc. before All rights reserved.)",
    "New Zealand magazine feature online, e-bike battery fires in Canterbury (masthead with a print strap, menu, a two-sentence affiliate disclosure at the head, headline without a claim, a two-sentence standfirst split into fact and reporting act, words-and-photographs line, date-and-read-time line, a scene opening with 9.40pm, according to an insurer's assessment, Figures from Fire and Emergency New Zealand show, a fire officer's causal claim and advice, an affiliate product line with price in prose, a council survey that estimated, a repair-shop owner, a ministry spokesperson, a commuter, a two-sentence AI-use note, a print subscription pitch, publisher line and Ltd. before a no-reproduction sentence)",
    "South African community radio station's news page, a town's taps dry for nine days (masthead with frequency, a listen-live sentence, menu, headline, standfirst at a semicolon carrying the municipality, byline, date-and-time line, a listen-to-the-programme sentence, the municipality then It said, a spokesperson who told Kwezana FM, an app-download sentence in the story, a resident's fact about a tanker, a ward councillor, the national department said in a statement then It said, a provincial department, a residents' forum, a podcast sentence, a two-sentence catch-up prompt naming the spokesperson, a two-sentence WhatsApp tip line, a licence line and an NPC footer)",
    "Indian neighbourhood community site, a city corporation plans to fell 212 trees for a flyover (masthead with a volunteers strap, menu, section label, a semicolon headline as one sentence, a standfirst, posted-by line, PMC as a setting, The notice lists, according to a residents' group, a corporation engineer with according to inside his words, Rs 46.8 crore, a botanist with Dr. dropped, did not respond to questions, Smt. dropped, Sr. No. 114/2, 11 a.m. mid-sentence, a comments count, five prose comment-guideline sentences in three paragraphs, an event promo of three sentences naming the botanist, a not-affiliated line, a sharing line and the copyright)",
    "Dutch inland-shipping trade publication, Rhine barge operators add low-water surcharges (masthead and strap, menu, section label, headline, standfirst, byline with role, date line, B.V., and N.V., as non-ends, told customers in a letter, a registration wall of five paragraphs in prose with Have an account? before Log in here., according to the German waterways administration, a weather service's forecast with It said, a shipper's manager, a skipper, a shippers' association, the short name as written, a related line, an alert sign-up sentence, publisher line, KvK line and B.V. before Alle rechten voorbehouden.)",
    "US local weekly's copy of a nonprofit newsroom's story, a rural Colorado school district moves to a four-day week (masthead and strap, menu, headline, byline naming the source, a republishing note in prose, date line, Colo. in the dateline, Supt. dropped, a board member who cast the lone no vote, The district said then It said, according to the salary schedule and the state education department, a teacher, a rancher parent, a study that found, a funding note at a semicolon as one sentence, an edited-for-length line, a two-sentence tip line with St., Cerrillo Gap, and the copyright)",
    "Kenyan public university's news page, a study finds sealed bags cut aflatoxin in stored maize (university name, motto, menu, crumb, headline carrying the researchers as the body names them, posted-by line, researchers have found, a study published in a journal, Prof. and Dr. dropped, the study says, a county chief officer, a farmer, research funding told in the story, KSh 350, a journal reference line with et al., a three-sentence media-contact paragraph with 8.00 a.m. to 5.00 p.m., an about-the-university paragraph, a certification line and the copyright)",
    "Australian regional sports site, a rugby league club stripped of points for an unregistered player (masthead, a match-centre strip with scores, menu, an odds line, headline, standfirst carrying the coach, byline, AEST updated line, the league found, the judiciary committee ruled, the league said in a statement then It also fined as an act, 4.52pm and 5.07pm, a stated appeal, a match report with half-time score, a player, the opposing coach, a fixture, a betting partner's two-sentence pitch, three responsible-gambling sentences, a publisher line with ABN and Pty Ltd.)",
    "Philippine news site's live page, a tropical storm strands 3,200 at ferry ports (masthead, menu, LIVE label, headline, a three-sentence editor's note on how the page is updated, a last-updated line, newest entries first with time stamps and entry bylines, entry headlines carrying the Coast Guard and PAGASA, Sta. Felomena, Mayor dropped, a ? closing a quote before she said, Signal No. 2, Lt. Cmdr. dropped, according to an advisory then the advisory said, km/h, a forecast, an entry-level update note, an emergency line, a photo request and Inc. before a no-reproduction sentence)",
]

ARTICLES = [
    [  # 1. US newsletter platform, a county library board closes two branches on Saturdays
        [("The Quarrymoor Letter is a free weekly letter about where Cobblestrand County's money goes, written by a courthouse reporter who got tired of leaving things out.", "", "", "B")],
        [("More than 6,300 neighbors open it on Sunday mornings.", "", "", "B"),
         ("Leave your email below and you'll be one of them.", "", "", "B")],
        [("Type your email...", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("No thanks, just let me read this one", "", "", "B")],
        [("The Quarrymoor Letter", "", "", "B")],
        [("Library board votes to close two branches on Saturdays", "", "", "W")],
        [("The levy lost by 412 votes.", "", "", "W"),
         ("Here's what the board gave up first, and who pays for it.", "", "", "")],
        [("Corinne Aldthwaite", "", "", "B")],
        [("Apr 12, 2026", "", "", "B")],
        [("42 likes · 9 comments · 3 restacks", "", "", "B")],
        [("Good morning, and a special hello to the 58 of you who signed up this week after the sheriff's overtime issue made the rounds.", "", "", "B"),
         ("If this is your first Sunday: everything above the gray line is free, and everything below it is for paid subscribers, who are the reason this letter exists at all.", "", "", "B")],
        [("The Cobblestrand County District Library board voted 5-2 on Thursday night to close its Ebbersworth Landing and Wrenholt Hollow branches on Saturdays starting May 2, the first cut since voters turned down a 1.2-mill renewal levy in November.", "", "", "W")],
        [("I sat through all three hours of the meeting, and nobody at the table looked happy with the result, including the five trustees who voted for it.", "", "", "")],
        [("The numbers", "", "", "")],
        [("The levy, which raised about $2.9 million a year, failed by 412 votes out of roughly 31,000 cast, according to the county board of elections.", "the county board of elections", "according to", "W"),
         ("It runs out on Dec. 31.", "", "", "W")],
        [("Without it, the library's 2027 budget drops from $6.4 million to about $3.5 million, library director Rosalind Ekwuazi-Trembath told the board.", "Rosalind Ekwuazi-Trembath", "told the board", "W"),
         ("Closing the two branches on Saturdays saves about $186,000 a year in staff hours and utilities, she said.", "Rosalind Ekwuazi-Trembath", "said", "W")],
        [("“I would rather cut Saturdays than cut people, and tonight that was the choice in front of us,” Ekwuazi-Trembath said.", "Rosalind Ekwuazi-Trembath", "said", "")],
        [("She said the library would also stop buying new DVDs and drop 60 of its 140 magazine subscriptions.", "Rosalind Ekwuazi-Trembath", "said", "W")],
        [("The Ebbersworth Landing branch, which opened in 1962, sits across from the post office on Canal St.", "", "", "W"),
         ("It had 41,000 visits last year, about a third of them on Saturdays, according to the library's door counts.", "the library's door counts", "according to", "W")],
        [("Wrenholt Hollow, which shares a building with the township fire station on Route 38, checked out 19,400 items in 2025, the fewest of the library's six branches.", "", "", "W")],
        [("A quick word before the vote itself: this letter takes no advertising from anyone who does business with the county.", "", "", "B"),
         ("It runs on paid subscriptions, at $7 a month or $70 a year, and those pay for the records requests that stories like this one depend on.", "", "", "B")],
        [("Upgrade to paid", "", "", "B")],
        [("The vote", "", "", "")],
        [("Board president Gideon Stavrakis-Quelladine said the trustees had run out of better options.", "Gideon Stavrakis-Quelladine", "said", "")],
        [("“We asked the voters, and the voters said no,” he said.", "Gideon Stavrakis-Quelladine", "said", ""),
         ("“I respect that.", "Gideon Stavrakis-Quelladine", "said", ""),
         ("I don't have to like it.”", "Gideon Stavrakis-Quelladine", "said", "")],
        [("Stavrakis-Quelladine said the board would ask voters for a smaller, 0.8-mill levy on the Nov. 3 ballot.", "Gideon Stavrakis-Quelladine", "said", "W")],
        [("Trustees Marguerite Adewoyinka-Dancy and Bram Vellekoop cast the two no votes.", "", "", "W"),
         ("Adewoyinka-Dancy said the board should have cut the director's office before it cut hours.", "Marguerite Adewoyinka-Dancy", "said", "")],
        [("“We have four people in administration making more than $90,000 a year,” she said.", "Marguerite Adewoyinka-Dancy", "said", "W"),
         ("“Start there.”", "Marguerite Adewoyinka-Dancy", "said", "")],
        [("Ekwuazi-Trembath said after the meeting that administrative salaries had been frozen since January and that one deputy director's job had been left vacant since the fall.", "Rosalind Ekwuazi-Trembath", "said", "W")],
        [("Who feels it", "", "", "")],
        [("Thirty-one people spoke during public comment, and all but two asked the board to keep Saturday hours.", "", "", "W")],
        [("Tomasina Brudenell-Ogbu, who home-schools her three children in Wrenholt Hollow, said Saturday is the only day her husband is home to drive them to the branch.", "Tomasina Brudenell-Ogbu", "said", ""),
         ("“The computer lab is where my oldest takes his online chemistry class,” she said.", "Tomasina Brudenell-Ogbu", "said", ""),
         ("“Our internet at the house can't handle video.”", "Tomasina Brudenell-Ogbu", "said", "")],
        [("Lyle Pimmerley, 71, said he has spent Saturday mornings at the Ebbersworth Landing branch since he retired from the rail yard in 2011.", "Lyle Pimmerley", "said", ""),
         ("“It's the one day my daughter can drive me in,” he said.", "Lyle Pimmerley", "said", "")],
        [("Ekwuazi-Trembath said both branches would stay open until 8 p.m. on Thursdays, an hour later than now, to make up some of the lost time.", "Rosalind Ekwuazi-Trembath", "said", "W")],
        [("That won't help everyone.", "", "", ""),
         ("The library's own survey found last fall that 38% of Wrenholt Hollow cardholders live more than 10 miles from the next-nearest branch.", "The library's own survey", "found", "W"),
         ("The county's only bus route doesn't run on weekends.", "", "", "W")],
        [("So what happens if the November levy fails too?", "", "", "")],
        [("Ekwuazi-Trembath has already drafted a list, and I've seen it.", "", "", "")],
        [("Paid subscribers can read on: below this line is the director's draft list of cuts for 2027, line by line.", "", "", "B")],
        [("A paid subscription costs $7 a month, and you can cancel from your account page whenever you like.", "", "", "B")],
        [("Upgrade to keep reading", "", "", "B")],
        [("Already a paid subscriber?", "", "", "B"),
         ("Sign in", "", "", "B")],
        [("© 2026 Corinne Aldthwaite", "", "", "B")],
        [("Privacy ∙ Terms ∙ Collection notice", "", "", "B")],
        [("This site works best with JavaScript turned on, and some parts may not load without it.", "", "", "B")],
    ],
    [  # 2. English member-funded city outlet, damp and mould complaints treble at a housing association
        [("The Aireside Tally", "", "", "B")],
        [("Leeds news, owned by the people who read it", "", "", "B")],
        [("News · Housing · Politics · Culture · Events · Membership", "", "", "B")],
        [("Housing", "", "", "B")],
        [("Damp and mould complaints at Weirbrook Homes have trebled in two years", "", "", "W")],
        [("The housing association says it is recruiting 24 more surveyors; tenants on the Garnetfold estate say they have heard that before", "Weirbrook Homes", "says", "W")],
        [("By Hollis Marcheselli-Iweala, housing reporter", "", "", "B")],
        [("Wednesday 15 April 2026", "", "", "B")],
        [("You'll need about seven minutes for this one.", "", "", "B")],
        [("Complaints about damp and mould made to Weirbrook Homes, the largest housing association in Leeds, rose from 612 in 2023-24 to 1,874 in 2025-26, according to figures the association gave its board in March.", "figures the association gave its board in March", "according to", "W")],
        [("The figures show that 419 cases were still open at the end of March, and 96 of them had been open for more than six months.", "The figures", "show", "W")],
        [("On the Garnetfold estate in south Leeds, where Weirbrook owns 740 homes, tenants told the Tally that black mould had come back in some flats within weeks of being treated.", "tenants", "told the Tally", "W")],
        [("Shanice Greatbatch-Oduwaiye, 29, lives on the third floor of Scarrowbeck House with her two sons, aged four and seven.", "", "", "")],
        [("She said she first reported mould in the boys' bedroom in October 2024, and a contractor treated the wall in February 2025.", "Shanice Greatbatch-Oduwaiye", "said", "W")],
        [("“It was back by Easter,” she said.", "Shanice Greatbatch-Oduwaiye", "said", "W"),
         ("“Now it's on their clothes, it's on their school shoes.", "Shanice Greatbatch-Oduwaiye", "said", ""),
         ("My youngest has been on an inhaler since Christmas.”", "Shanice Greatbatch-Oduwaiye", "said", "")],
        [("She said she had been told in January that a surveyor would visit “within 20 working days” and that nobody had come.", "Shanice Greatbatch-Oduwaiye", "said", "W")],
        [("Before you read on: this story took our housing reporter five weeks, two sets of board papers and a great deal of knocking on doors.", "", "", "B")],
        [("We can do work like this because 3,140 people in Leeds pay for it every month, and we have no owner to answer to.", "", "", "B"),
         ("If you can, will you join them for the price of a coffee a fortnight?", "", "", "B")],
        [("Become a member", "", "", "B")],
        [("Weirbrook's chief executive, Anthony Quaynor-Blenkin, said the association was “not where it should be” on damp and mould.", "Anthony Quaynor-Blenkin", "said", "")],
        [("He said it had hired nine surveyors since September and was recruiting 24 more, and that every new mould report was now inspected within 10 working days.", "Anthony Quaynor-Blenkin", "said", "W")],
        [("“The numbers look terrible, and part of that is because we made it easier to report,” he said.", "Anthony Quaynor-Blenkin", "said", "W"),
         ("“But I'm not going to hide behind that.", "Anthony Quaynor-Blenkin", "said", ""),
         ("Some of our tenants have waited far too long.”", "Anthony Quaynor-Blenkin", "said", "")],
        [("He said the association had set aside £11.5m over three years to fit extractor fans and improve insulation in its oldest blocks, including the four towers on Garnetfold.", "Anthony Quaynor-Blenkin", "said", "W")],
        [("In a decision published in February, the Housing Ombudsman found “severe maladministration” in Weirbrook's handling of a complaint from another Garnetfold tenant, whose kitchen ceiling partly collapsed in 2024 after a leak had been reported five times.", "the Housing Ombudsman", "found", "W"),
         ("It ordered the association to pay the tenant £2,400.", "", "", "W")],
        [("Councillor Rahela Ambersfield, who represents the ward that includes Garnetfold, said she had raised the estate's repairs with Weirbrook at least eight times since 2023.", "Rahela Ambersfield", "said", "W")],
        [("“Every time, I get a very nice letter,” she said.", "Rahela Ambersfield", "said", ""),
         ("“The letters are not the problem.”", "Rahela Ambersfield", "said", "")],
        [("Weirbrook, which was formed in 2009 from the merger of two smaller associations, manages about 14,200 homes in Leeds and the surrounding towns.", "", "", "W"),
         ("Its latest accounts show an operating surplus of £8.3m for 2024-25.", "Its latest accounts", "show", "W")],
        [("Keith Sowemimo, who chairs the Garnetfold Tenants' Association, said residents would hold a public meeting at the estate's community centre on Thursday 23 April at 6.30pm and had invited Quaynor-Blenkin to attend.", "Keith Sowemimo", "said", "W")],
        [("“He says he's coming,” Sowemimo said.", "Keith Sowemimo", "said", ""),
         ("“We'll believe it when he's sat in the front row.”", "Keith Sowemimo", "said", "")],
        [("A Weirbrook spokesperson confirmed that Quaynor-Blenkin would be there.", "A Weirbrook spokesperson", "confirmed", "W")],
        [("Greatbatch-Oduwaiye said she would go too.", "Shanice Greatbatch-Oduwaiye", "said", ""),
         ("“I'll bring the shoes,” she said.", "Shanice Greatbatch-Oduwaiye", "said", "")],
        [("Thanks for reading all the way down.", "", "", "B")],
        [("The Tally has no billionaire owner, no paywall and no advertisers leaning on what we cover: it's a co-operative, owned by the people who pay for it.", "", "", "B"),
         ("Members get our Saturday long read first, invitations to open newsroom evenings and a vote at the annual meeting.", "", "", "B")],
        [("You can join from £5 a month, or give a one-off amount if that suits you better.", "", "", "B")],
        [("Support the Tally", "", "", "B")],
        [("Got a housing problem you think we should know about?", "", "", "B"),
         ("Email housing@airesidetally.co.uk, and we'll treat what you send in confidence.", "", "", "B")],
        [("© 2026 Aireside Media Co-operative Ltd.", "", "", "B"),
         ("Registered society No. 8812.", "", "", "B")],
    ],
    [  # 3. German English-language city site under a consent banner, Leipzig votes for a tram extension
        [("Your privacy matters to us", "", "", "B")],
        [("We and our 184 partners use cookies and similar technologies to run this website, to remember your settings and, with your consent, to measure how our articles are read and to show you advertising that matches your interests.", "", "", "B")],
        [("Some partners rely on legitimate interest rather than consent, and you can object to that in the settings.", "", "", "B"),
         ("You can change your mind at any time using the “Privacy settings” link at the foot of every page.", "", "", "B")],
        [("If you choose “Only necessary”, we will set only the cookies the site cannot work without.", "", "", "B")],
        [("Accept all   Only necessary   Settings", "", "", "B")],
        [("Messestadt Express", "", "", "B")],
        [("Leipzig and Saxony, in English, every weekday", "", "", "B")],
        [("Local | Saxony | Germany | Business | Culture | Expat life", "", "", "B")],
        [("Leipzig council approves €148.6 million tram extension to Auenbreite", "", "", "W")],
        [("Line 19 will reach the new district by the end of 2031.", "", "", "W"),
         ("Residents of the Wiesenau quarter say they face years of roadworks.", "Residents of the Wiesenau quarter", "say", "")],
        [("By Johanna Krusemark", "", "", "B")],
        [("15 April 2026, 10:42 CEST", "", "", "B")],
        [("Leipzig's city council voted 41 to 27 on Wednesday evening to extend tram line 19 by 4.3 kilometres to Auenbreite, a district of about 9,000 planned homes being built on a former freight yard.", "", "", "W")],
        [("The extension, with seven new stops, is due to open in December 2031 and will cost €148.6 million, according to the council's resolution.", "the council's resolution", "according to", "W"),
         ("The city expects federal and state grants to cover about three quarters of the cost.", "The city", "expects", "")],
        [("The city's deputy mayor for transport, Dr. Friederike Ostwald-Nyamadu, said Auenbreite could not work without a tram.", "Friederike Ostwald-Nyamadu", "said", "")],
        [("“If we build 9,000 homes and no tram, we are building 9,000 parking problems,” she told the council.", "Friederike Ostwald-Nyamadu", "told the council", "")],
        [("She said buses would run to the district from 2027, when the first residents are due to move in.", "Friederike Ostwald-Nyamadu", "said", "W"),
         ("She said the transport company had ordered 12 more low-floor trams, at about €3.9 million each, for delivery from 2030.", "Friederike Ostwald-Nyamadu", "said", "W")],
        [("The trams are run by Auenring Nahverkehr GmbH (ANG), the city-owned transport company, which carried 142 million passengers last year.", "", "", "W")],
        [("Its technical director, Matthias Grünhagen-Lachner, said the new route would cross the Kressgraben mill race on a new bridge and then run along Wiesenauer Str. for about 900 metres.", "Matthias Grünhagen-Lachner", "said", "W")],
        [("“Laying track in a street that is 14 metres wide, with houses on both sides, is never pleasant,” he said.", "Matthias Grünhagen-Lachner", "said", "W"),
         ("“We will build it in sections, and no section will be closed for longer than eight months.”", "Matthias Grünhagen-Lachner", "said", "")],
        [("Residents of the Wiesenau quarter have collected 2,180 signatures against the route through their street.", "", "", "W")],
        [("Kerstin Vollenweider-Abebe, who runs a bakery at Wiesenauer Str. 12, said she had already lost customers during two years of sewer works that ended in 2024.", "Kerstin Vollenweider-Abebe", "said", "")],
        [("“Eight months without parking in front of the shop?", "Kerstin Vollenweider-Abebe", "said", ""),
         ("For a bakery that is the end,” she said.", "Kerstin Vollenweider-Abebe", "said", "")],
        [("The residents' group, Bürgerinitiative Wiesenau, says the tram should run along the parallel Hafenbahnweg instead, on the bed of the old freight line.", "Bürgerinitiative Wiesenau", "says", "")],
        [("Grünhagen-Lachner said that route had been studied in 2022 and rejected because it would have put three of the seven stops more than 600 metres from most of the new homes.", "Matthias Grünhagen-Lachner", "said", "W")],
        [("The vote was welcomed by the passenger group Fahrgastring Lindgrün e.V.", "Fahrgastring Lindgrün e.V.", "was welcomed by", ""),
         ("Its chair, Ole Brüggemann, said the city had first promised Auenbreite a tram in its 2019 transport plan.", "Ole Brüggemann", "said", "W"),
         ("“Seven years is long enough,” he said.", "Ole Brüggemann", "said", "")],
        [("Opposition councillors said the money would be better spent on the existing network, where 31 of the 148 tram stops are still not step-free.", "Opposition councillors", "said", "W")],
        [("Work on the bridge is due to start in spring 2028, once a formal planning approval procedure, the Planfeststellungsverfahren, is complete.", "", "", "W"),
         ("Vollenweider-Abebe said the residents' group would lodge objections during that procedure.", "Kerstin Vollenweider-Abebe", "said", "W")],
        [("The council also voted to spend €2.4m on a temporary park-and-ride site at the Auenbreite freight yard.", "", "", "W")],
        [("Read more: What a Deutschlandticket price rise would mean for Leipzig commuters", "", "", "B")],
        [("Messestadt Express is an independent news service for English speakers in Leipzig, written by a small team of journalists who live here.", "", "", "B")],
        [("Imprint · Privacy policy · Privacy settings · Contact", "", "", "B")],
        [("© 2026 Messestadt Medien UG (haftungsbeschränkt)", "", "", "B")],
    ],
    [  # 4. Canadian regional daily, a rural emergency department to close overnight
        [("The Tattersby Standard", "", "", "B")],
        [("Southwestern Manitoba's newspaper since 1911", "", "", "B")],
        [("News · Local · Agriculture · Health · Sports · Opinion · Obituaries", "", "", "B")],
        [("Health", "", "", "B")],
        [("Dunrowan ER to close overnight for at least three months as nurse shortage deepens", "", "", "W")],
        [("Health authority says it has filled only 11 of 26 nursing positions at the rural hospital", "Aspen Parkland Health", "says", "W")],
        [("By Maëlle Ducharme-Szalontay", "", "", "B")],
        [("Published April 16, 2026 at 5:12 a.m. CDT", "", "", "B")],
        [("DUNROWAN, Man. — The emergency department at Dunrowan Memorial Health Centre will close every night from 7 p.m. to 7 a.m. starting April 27, the regional health authority said Wednesday.", "the regional health authority", "said", "W")],
        [("Aspen Parkland Health said the closure would last at least three months and would be reviewed at the end of July.", "Aspen Parkland Health", "said", "W"),
         ("It said the hospital had filled 11 of its 26 registered nursing positions, and had relied on agency nurses for about 40 per cent of its shifts since January.", "Aspen Parkland Health", "said", "W")],
        [("Overnight patients will be directed to Tattersby General Hospital, 68 kilometres east on Hwy. 2.", "", "", "W")],
        [("Ambulances based in Dunrowan will keep running around the clock, the authority said.", "the authority", "said", "W")],
        [("Dr. Anand Valsaraj, the authority's chief medical officer for rural sites, said the department had closed on 23 nights since January because no nurse was available, often with only a few hours' notice.", "Anand Valsaraj", "said", "W")],
        [("“A planned closure is better for patients than one announced on Facebook at 5 o'clock,” he said.", "Anand Valsaraj", "said", "")],
        [("Dunrowan Mayor Colleen Raskolnik said the town of 3,400 people had not been consulted.", "Colleen Raskolnik", "said", "W")],
        [("“We heard about it from a nurse, who heard about it at shift change,” she said.", "Colleen Raskolnik", "said", ""),
         ("She said council would write to the provincial health minister asking for the decision to be reversed.", "Colleen Raskolnik", "said", "W")],
        [("Registered nurse Tanis Hrycenko-Labelle, who has worked at the hospital for 17 years, said the staff who remain are exhausted.", "Tanis Hrycenko-Labelle", "said", "")],
        [("“I've done 14 overtime shifts since February,” she said.", "Tanis Hrycenko-Labelle", "said", "W"),
         ("“Most of us have.", "Tanis Hrycenko-Labelle", "said", ""),
         ("You can't run a hospital on people who haven't slept.”", "Tanis Hrycenko-Labelle", "said", "")],
        [("Aspen Parkland Health said it was offering a $15,000 signing bonus to nurses who commit to two years in Dunrowan, and had advertised the positions in the Philippines and the United Kingdom.", "Aspen Parkland Health", "said", "W")],
        [("Gord Tkachenko-Amesbury, president of the union local that represents the hospital's nurses, said bonuses had not worked elsewhere.", "Gord Tkachenko-Amesbury", "said", "")],
        [("“They tried a signing bonus in Pelworra Lake in 2024,” he said.", "Gord Tkachenko-Amesbury", "said", "W"),
         ("“Two nurses took it.", "Gord Tkachenko-Amesbury", "said", "W"),
         ("One left after a year.”", "Gord Tkachenko-Amesbury", "said", "W")],
        [("Wendell Stracklin, 58, who farms grain north of town, said he drove his wife to the Dunrowan ER at 2 a.m. one night in January when she had chest pains.", "Wendell Stracklin", "said", "")],
        [("“If that happens in May, it's an hour and 10 minutes to Tattersby, and that's if the road's clear,” he said.", "Wendell Stracklin", "said", "W")],
        [("The authority said ambulance crews would take patients with chest pain or stroke symptoms straight to Tattersby, where a cardiologist is on call.", "The authority", "said", "W")],
        [("Dunrowan's ER has closed overnight before, for six weeks in the summer of 2023.", "", "", "W")],
        [("A spokesperson for the provincial health minister said Manitoba had added 40 nursing seats at rural colleges this year and was “working closely” with the authority.", "A spokesperson for the provincial health minister", "said", "W"),
         ("The spokesperson would not say whether the minister would meet the town's council.", "A spokesperson for the provincial health minister", "would not say", "")],
        [("Council will hold a public meeting on the closure at the Dunrowan Legion hall on April 22 at 7 p.m.", "", "", "W")],
        [("Maëlle Ducharme-Szalontay covers rural health and agriculture for the Standard.", "", "", "B"),
         ("She joined the paper in 2019 after four years at a weekly in Birchwater, and grew up on a cattle farm south of Dunrowan.", "", "", "B"),
         ("You can reach her at maelle.ds@tattersbystandard.ca or 204-555-0183.", "", "", "B")],
        [("The Standard corrects its mistakes in the open.", "", "", "B"),
         ("If you think something in this story is wrong, write to our standards editor at corrections@tattersbystandard.ca, and we will look into it and note any correction at the foot of the story.", "", "", "B")],
        [("© 2026 The Tattersby Standard, a division of Plainsgate Media Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. New Zealand magazine feature online, e-bike battery fires in Canterbury
        [("Scree & Tide", "", "", "B")],
        [("Slow journalism from the South Island, in print four times a year", "", "", "B")],
        [("Features / Living / Outdoors / Food / Shop", "", "", "B")],
        [("A note on links: a few products in this story link to shops that pay us a small commission if you buy something.", "", "", "B"),
         ("We decide what to write about first and look for a shop second, and no retailer sees a story before it runs.", "", "", "B")],
        [("The e-bike boom has a battery problem", "", "", "")],
        [("Fire crews in Canterbury attended 37 lithium battery fires last year, almost three times as many as in 2023.", "", "", "W"),
         ("We asked riders, repairers and firefighters what is going wrong.", "", "", "")],
        [("Words by Aroha Teneti-Vaifale · Photographs by Callum Rewiri", "", "", "B")],
        [("14 April 2026 · 12 min read", "", "", "B")],
        [("Ngaire Pouwhare-Heskin heard the bang from the kitchen.", "", "", "")],
        [("By the time she reached the garage of her Wakeling Street home at about 9.40pm on a Tuesday in February, the battery she had left charging on her son's e-bike was spitting flames onto the workbench.", "", "", "")],
        [("“It went from a fizz to a blowtorch in about ten seconds,” she said.", "Ngaire Pouwhare-Heskin", "said", "")],
        [("The fire destroyed the garage and the family's car and caused about $86,000 of damage, according to her insurer's assessment.", "her insurer's assessment", "according to", "W")],
        [("Figures from Fire and Emergency New Zealand show crews in Canterbury were called to 37 fires involving lithium-ion batteries in e-bikes and e-scooters in 2025, up from 13 in 2023.", "Figures from Fire and Emergency New Zealand", "show", "W"),
         ("Nationwide, the number rose from 71 to 164 over the same period.", "", "", "W")],
        [("Fire risk management officer Hamish Tuimavave said most of the fires his team investigated had started during charging, and many involved batteries bought online or repaired at home.", "Hamish Tuimavave", "said", "W")],
        [("“A cheap battery isn't cheap if it burns your house down,” he said.", "Hamish Tuimavave", "said", ""),
         ("He said riders should charge batteries in the daytime, away from doors, and never leave them plugged in overnight.", "Hamish Tuimavave", "said", "")],
        [("Looking for a safer way to charge?", "", "", "B"),
         ("The fire-resistant charging bag we used while reporting this story is the Emberlock Pro, about $79 at Pedalwise (we may earn a commission).", "", "", "B")],
        [("Counters on Christchurch's cycleways recorded 4.1 million trips in 2025, a 22 per cent rise on 2024.", "", "", "W"),
         ("A city council survey published in March estimated that about a third of them were made on e-bikes.", "A city council survey published in March", "estimated", "W")],
        [("Ravi Okonjia-Lindwall, who has run the repair shop Spoke & Sprocket on Moorhen Lane for 11 years, said he now turns away two or three riders a week who want a battery rebuilt.", "Ravi Okonjia-Lindwall", "said", "")],
        [("“People watch a video and buy cells online for $40,” he said.", "Ravi Okonjia-Lindwall", "said", ""),
         ("“Then they bring me a battery held together with electrical tape and ask why it gets hot.”", "Ravi Okonjia-Lindwall", "said", "")],
        [("In December, the Government announced that from July 2027, e-bike batteries sold in New Zealand will have to meet the international safety standard IEC 62133-2.", "", "", "W")],
        [("The rule will not cover batteries bought from overseas websites, a spokesperson for the Ministry of Business, Innovation and Employment said.", "a spokesperson for the Ministry of Business, Innovation and Employment", "said", "W")],
        [("Lisi Falelua-McGrory, 34, who rides 14 km each way from Tāwhero Downs to her job at a city hospital, said she had bought her replacement battery from the bike's maker for $1,150, nearly a third of what the bike cost.", "Lisi Falelua-McGrory", "said", "")],
        [("“It hurt, but after what happened down the road, I wasn't going to gamble,” she said.", "Lisi Falelua-McGrory", "said", "")],
        [("Tuimavave said nobody had died in an e-bike battery fire in New Zealand, but three people had been treated in hospital for burns in the past two years.", "Hamish Tuimavave", "said", "W")],
        [("Pouwhare-Heskin, whose son now takes the bus to school, said the family's insurer had paid out but the premium had doubled.", "Ngaire Pouwhare-Heskin", "said", ""),
         ("“We got lucky,” she said.", "Ngaire Pouwhare-Heskin", "said", ""),
         ("“It was the garage, not the bedroom.”", "Ngaire Pouwhare-Heskin", "said", "")],
        [("How we made this story: no part of it was written by generative AI.", "", "", "B"),
         ("Interviews were recorded and transcribed by software, and a person checked every quote against the recording.", "", "", "B")],
        [("Get Scree & Tide in your letterbox every season from $64 a year.", "", "", "B")],
        [("Scree & Tide is published by Braided River Press, Ōtautahi Christchurch.", "", "", "B")],
        [("© 2026 Braided River Press Ltd.", "", "", "B"),
         ("No part of this site may be reproduced without our permission.", "", "", "B")],
    ],
    [  # 6. South African community radio station's news page, a town's taps dry for nine days
        [("Kwezana FM 98.4 · the Eastern Cape's community voice", "", "", "B")],
        [("Tap here to hear Kwezana FM live, in isiXhosa and English, around the clock.", "", "", "B")],
        [("News | Sport | Shows | Podcasts | Community Calendar | Contact", "", "", "B")],
        [("Mthombolwazi taps dry for ninth day as pump station repairs drag on", "", "", "W")],
        [("Municipality says water will be back by Friday; residents say they have heard that twice already", "The Mthombolwazi Local Municipality", "says", "")],
        [("By Lwazi Mbelekane", "", "", "B")],
        [("16 April 2026 | 06:30", "", "", "B")],
        [("Lwazi's full report is on Kwezana Breakfast with Nomvula, which you can hear on weekdays from 06:00.", "", "", "B")],
        [("About 22,000 residents of Mthombolwazi in the Eastern Cape have been without tap water since April 7, when two of the three pumps at the town's main pump station broke down within hours of each other.", "", "", "W")],
        [("The Mthombolwazi Local Municipality said on Wednesday that a replacement pump had arrived from Gqeberha and was being installed.", "The Mthombolwazi Local Municipality", "said", "W"),
         ("It said water should be flowing again by Friday.", "The Mthombolwazi Local Municipality", "said", "")],
        [("Municipal spokesperson Sizwe Qangule-Petersen said the pumps were 31 years old and that the municipality had applied to the Department of Water and Sanitation in 2024 for R18.5 million to replace the whole station.", "Sizwe Qangule-Petersen", "said", "W")],
        [("“We are not hiding anything,” he told Kwezana FM.", "Sizwe Qangule-Petersen", "told Kwezana FM", ""),
         ("“These pumps should have been replaced ten years ago.", "Sizwe Qangule-Petersen", "told Kwezana FM", ""),
         ("We have been repairing and repairing.”", "Sizwe Qangule-Petersen", "told Kwezana FM", "")],
        [("He said the municipality had hired 14 water tankers, which were delivering to 38 points across the town's six wards.", "Sizwe Qangule-Petersen", "said", "W")],
        [("Want news like this the moment it breaks?", "", "", "B"),
         ("Download the free Kwezana FM app from Google Play or the App Store and take the station with you.", "", "", "B")],
        [("At the tanker point outside Ntsikizi Primary School on Tuesday, residents queued with buckets and 25-litre containers from before sunrise.", "", "", "")],
        [("Nosipho Mzamane-Dampies, 46, said the tanker had not come to her street in Extension 4 for two days.", "Nosipho Mzamane-Dampies", "said", "W")],
        [("“I have an 80-year-old mother who cannot walk to the tank,” she said.", "Nosipho Mzamane-Dampies", "said", ""),
         ("“Yesterday I paid a neighbour R50 to bring us two buckets from the river.”", "Nosipho Mzamane-Dampies", "said", "")],
        [("Ward councillor Thandeka Ruiterbosch-Ndlebe said she had asked the municipality in February to fix the third pump, which had been out of service since November.", "Thandeka Ruiterbosch-Ndlebe", "said", "W")],
        [("“When one pump fails, the others work twice as hard,” she said.", "Thandeka Ruiterbosch-Ndlebe", "said", ""),
         ("“Everybody knew this could happen.”", "Thandeka Ruiterbosch-Ndlebe", "said", "")],
        [("Qangule-Petersen said the third pump was waiting for a spare part from a supplier in Germany.", "Sizwe Qangule-Petersen", "said", "W")],
        [("The Department of Water and Sanitation said in a statement that it had received the municipality's application and that it was “under assessment”.", "The Department of Water and Sanitation", "said in a statement", "W"),
         ("It said it had paid R4.2 million for repairs to the town's reservoir in 2022.", "The Department of Water and Sanitation", "said", "W")],
        [("Clinics and the Mthombolwazi District Hospital are being supplied by tanker twice a day, the Eastern Cape Department of Health said.", "the Eastern Cape Department of Health", "said", "W")],
        [("Bongani Witbooi-Jali, who runs a spaza shop near the taxi rank, said his sales had halved because customers were spending what they had on bottled water.", "Bongani Witbooi-Jali", "said", "")],
        [("Lindiwe Arendorf of the Mthombolwazi Residents' Forum said residents would march to the municipal offices on Monday if the water had not returned.", "Lindiwe Arendorf", "said", "")],
        [("“We have been patient,” she said.", "Lindiwe Arendorf", "said", ""),
         ("“Patience does not fill a kettle.”", "Lindiwe Arendorf", "said", "")],
        [("Every Friday, The Border Briefing rounds up the week's news from across the region in 20 minutes; find it wherever you listen to podcasts.", "", "", "B")],
        [("Missed the interview with the municipality?", "", "", "B"),
         ("Our whole conversation with Sizwe Qangule-Petersen is on Kwezana Breakfast catch-up, on this website and in the app.", "", "", "B")],
        [("Is your street still waiting for the tanker?", "", "", "B"),
         ("Send the newsroom a voice note on WhatsApp at 072 555 0198, and you could be on air tomorrow morning.", "", "", "B")],
        [("Kwezana FM is a community radio station licensed by ICASA.", "", "", "B")],
        [("© 2026 Kwezana Community Broadcasting NPC", "", "", "B")],
    ],
    [  # 7. Indian neighbourhood community site, a city corporation plans to fell 212 trees for a flyover
        [("Sarangwadi Speaks", "", "", "B")],
        [("News by neighbours, for neighbours, run by volunteers since 2017", "", "", "B")],
        [("Home · Civic · Environment · Events · Notice board · Write for us", "", "", "B")],
        [("Environment", "", "", "B")],
        [("PMC plans to cut 212 trees on Chintamani Road for flyover; public hearing on April 24", "", "", "W")],
        [("Residents have filed 1,340 objections in three weeks", "", "", "W")],
        [("Posted by Meenakshi Phadtare-Lobato | 15 April 2026", "", "", "B")],
        [("The Pune Municipal Corporation (PMC) has proposed cutting 212 trees and transplanting 57 more along a 1.6-km stretch of Chintamani Road to make way for a four-lane flyover at the Sarangwadi junction.", "", "", "W")],
        [("The PMC's Tree Authority published the proposal in a public notice on March 24 and invited objections for 30 days.", "", "", "W"),
         ("The notice lists 38 banyan and peepal trees among those to be felled.", "The notice", "lists", "W")],
        [("By Tuesday, 1,340 written objections had been filed, according to Sarangwadi Green Watch, a residents' group that has been collecting them at a table outside the Hanuman temple on Lane 5 every evening.", "Sarangwadi Green Watch", "according to", "W")],
        [("Of those, 1,102 came from people living in Sarangwadi, the group said.", "the group", "said", "W"),
         ("Its convener, Prachi Wadekar-Furtado, said volunteers had counted 211 birds' nests in the trees marked for felling.", "Prachi Wadekar-Furtado", "said", "W"),
         ("“These trees are older than the road,” she said.", "Prachi Wadekar-Furtado", "said", "")],
        [("PMC's superintending engineer for roads, Vikrant Deshbhratar, said traffic took an average of 14 minutes to clear the junction at peak hour, according to a survey the corporation carried out in 2025.", "Vikrant Deshbhratar", "said", "W")],
        [("“With the flyover, that will come down to four minutes,” he said.", "Vikrant Deshbhratar", "said", ""),
         ("He said the project, estimated at Rs 46.8 crore, had been approved by the standing committee in January.", "Vikrant Deshbhratar", "said", "W")],
        [("“Nobody likes to cut a tree,” Deshbhratar said.", "Vikrant Deshbhratar", "said", ""),
         ("“For every tree we cut, the contract requires three saplings to be planted in the same ward.”", "Vikrant Deshbhratar", "said", "W")],
        [("Dr. Swati Inamke-Pinheiro, a retired botany professor who has surveyed the trees on Chintamani Road since 2019, said transplanted banyans of that age rarely survive.", "Swati Inamke-Pinheiro", "said", "")],
        [("“Of the 41 big trees PMC transplanted on Kesarbaug Road in 2021, I counted six alive last year,” she said.", "Swati Inamke-Pinheiro", "said", "W")],
        [("The PMC did not respond to questions about how many of those trees had survived.", "The PMC", "did not respond to questions", "")],
        [("Former corporator Smt. Rekha Gaikar-Menezzo said the flyover had been in the city's development plan since 2007, but the number of trees in its path had never been made public before March.", "Rekha Gaikar-Menezzo", "said", "W")],
        [("She said the corporation had released only a two-page summary of its traffic study.", "Rekha Gaikar-Menezzo", "said", "W"),
         ("The Tree Authority's secretary, Anil Chavarkar-Dhume, said every objection would be answered in writing before any permission was given.", "Anil Chavarkar-Dhume", "said", "")],
        [("Hemant Bhalekar-Dcunha, 67, who has lived beside the junction for 40 years, said the traffic was real.", "Hemant Bhalekar-Dcunha", "said", "")],
        [("“I sit in it every day,” he said.", "Hemant Bhalekar-Dcunha", "said", ""),
         ("“But fix the signal first.", "Hemant Bhalekar-Dcunha", "said", ""),
         ("The signal at this junction has not worked properly since the metro work started.”", "Hemant Bhalekar-Dcunha", "said", "W")],
        [("Objections can be filed until April 23.", "", "", "W"),
         ("The Tree Authority will hold the public hearing on April 24 at 11 a.m. at the Sarangwadi ward office, Sr. No. 114/2, Chintamani Road.", "", "", "W")],
        [("Comments (27)", "", "", "B")],
        [("A word about comments: this is a small site run by volunteers.", "", "", "B"),
         ("Every comment is read by one of us before it appears, so please give it up to a day.", "", "", "B")],
        [("Disagree as strongly as you like, but keep to the issue.", "", "", "B"),
         ("Comments that name private individuals, share phone numbers or attack anyone's caste, religion or language will be removed without notice.", "", "", "B")],
        [("If you are commenting as a PMC official or for a contractor, please say so.", "", "", "B")],
        [("Tree walk this Sunday: Dr. Swati Inamke-Pinheiro will lead a free one-hour walk along Chintamani Road on April 19, starting at 7 a.m. from the Hanuman temple on Lane 5.", "", "", "B"),
         ("Bring water and shoes you can walk in; children are welcome.", "", "", "B"),
         ("Please register on WhatsApp at 98220 55417 so we know how many to expect.", "", "", "B")],
        [("Sarangwadi Speaks is not affiliated with any political party or with the PMC.", "", "", "B"),
         ("You may share our stories as long as you credit us.", "", "", "B")],
        [("© 2026 Sarangwadi Speaks", "", "", "B")],
    ],
    [  # 8. Dutch inland-shipping trade publication, Rhine barge operators add low-water surcharges
        [("Barge & Berth", "", "", "B")],
        [("News and data for Europe's inland shipping industry", "", "", "B")],
        [("News | Markets | Freight Rates | Vessels | Ports | Jobs | Events", "", "", "B")],
        [("Markets", "", "", "B")],
        [("Rhine barge operators add low-water surcharges of up to €14 per tonne", "", "", "W")],
        [("Water at the Kesselbruch gauge fell to 84 centimetres on Tuesday, the lowest April reading since 1976", "", "", "W")],
        [("By Wouter Dijkhuizen-Mensink, markets editor", "", "", "B")],
        [("Tuesday 14 April 2026, 16:05", "", "", "B")],
        [("Several of the largest barge operators on the Rhine have introduced low-water surcharges for cargo between Rotterdam and Duisburg, after the level at the Kesselbruch gauge fell to 84 cm on Tuesday morning.", "", "", "W")],
        [("Rijnvalk Logistiek B.V., which runs 46 dry-cargo vessels, told customers in a letter on Monday that it would charge an extra €9 per tonne from Wednesday, rising to €14 per tonne if the gauge falls below 70 cm.", "Rijnvalk Logistiek B.V.", "told customers in a letter", "W")],
        [("Its commercial director, Femke Oudejans-Brink, said vessels that normally carry 2,800 tonnes could load only about 1,300 tonnes at the current level.", "Femke Oudejans-Brink", "said", "W"),
         ("“Every centimetre we lose is roughly 100 tonnes we leave on the quay,” she said.", "Femke Oudejans-Brink", "said", "W")],
        [("You have read 3 of 5 free articles this month.", "", "", "B")],
        [("Register for free to read two more, or subscribe for unlimited access to our news, our weekly freight-rate index and 20 years of water-level data.", "", "", "B")],
        [("Registration takes less than a minute, and we never pass your details on to third parties.", "", "", "B")],
        [("Register for free   Subscribe from €19 a month", "", "", "B")],
        [("Have an account?", "", "", "B"),
         ("Log in here.", "", "", "B")],
        [("The level at Kesselbruch, a German gauge that shippers use as the benchmark for the middle Rhine, is now 41 cm below its average for mid-April, according to the German federal waterways administration.", "the German federal waterways administration", "according to", "W")],
        [("Rainfall in the Alps and southern Germany since January has been about half of normal, the German weather service said last week.", "the German weather service", "said", "W"),
         ("It said no significant rain was forecast for the catchment before the end of April.", "the German weather service", "said", "")],
        [("Kalkhaven Minerals N.V., which ships about 40,000 tonnes of limestone a month from Rotterdam to steelworks in Duisburg, said it had booked eight extra block trains for April.", "Kalkhaven Minerals N.V.", "said", "W")],
        [("Its logistics manager, Pieter-Jan Wolvekamp, said rail cost roughly €6 per tonne more than barge at normal water levels, so the surcharge made the two about even.", "Pieter-Jan Wolvekamp", "said", "W")],
        [("“At fourteen euros we switch,” Wolvekamp said.", "Pieter-Jan Wolvekamp", "said", ""),
         ("“Below that, we stay on the water as long as we can.”", "Pieter-Jan Wolvekamp", "said", "")],
        [("The Port of Rotterdam Authority said barge calls at the port's container terminals fell 7.8 per cent in the first week of April compared with a year earlier.", "The Port of Rotterdam Authority", "said", "W")],
        [("The last long low-water spell, in the autumn of 2022, lasted 61 days at Kesselbruch, according to the waterways administration's records.", "the waterways administration's records", "according to", "W")],
        [("Oudejans-Brink said Rijnvalk had not yet had to lay up any vessels, but that smaller operators with older, deeper barges were more exposed.", "Femke Oudejans-Brink", "said", "W")],
        [("Spot rates for dry cargo from Rotterdam to Duisburg rose to €17.40 per tonne last week from €11.20 a month earlier, according to the Barge & Berth freight-rate index.", "the Barge & Berth freight-rate index", "according to", "W")],
        [("Container barges are also carrying less.", "", "", ""),
         ("Mosselkreek Container Lines said it had cut the number of containers per barge on its Rotterdam–Duisburg service from 208 to 120 and added a surcharge of €45 per container.", "Mosselkreek Container Lines", "said", "W"),
         ("Its operations manager, Sanne Ketelaar-Dogan, said the company had chartered four extra barges to keep to its timetable.", "Sanne Ketelaar-Dogan", "said", "W"),
         ("“We sail more barges with fewer boxes, and somebody has to pay for that,” she said.", "Sanne Ketelaar-Dogan", "said", "")],
        [("Jeroen Smitskamp-Adé, who owns and skippers the 1962-built motor vessel Annegien, said he had turned down two cargoes this week because the charterer would not pay the surcharge.", "Jeroen Smitskamp-Adé", "said", ""),
         ("“I'd rather lie at my mooring for a week than sail half empty at the old rate,” he said.", "Jeroen Smitskamp-Adé", "said", "")],
        [("The shippers' association Vereniging Laadruimte Nederland (VLN) said its members accepted surcharges as part of their contracts but objected to operators raising them at a few days' notice.", "Vereniging Laadruimte Nederland (VLN)", "said", "")],
        [("VLN said about 60 per cent of its members' bulk cargo to Germany normally goes by barge.", "VLN", "said", "W")],
        [("Rijnvalk said the surcharge would be reset every day against the Kesselbruch reading published at 06:00.", "Rijnvalk", "said", "W")],
        [("Related: Shallow-draught newbuilds: who is ordering, and what they cost", "", "", "B")],
        [("Registered readers can get our water-level alert by email every weekday at 07:00, at no charge.", "", "", "B")],
        [("Barge & Berth is published by Havenlicht Media B.V., Rotterdam.", "", "", "B"),
         ("KvK 74120583.", "", "", "B")],
        [("© 2026 Havenlicht Media B.V.", "", "", "B"),
         ("Alle rechten voorbehouden.", "", "", "B")],
    ],
    [  # 9. US local weekly's copy of a nonprofit newsroom's story, a Colorado district moves to a four-day week
        [("The Sageview Weekly", "", "", "B")],
        [("Cerrillo Gap's hometown paper since 1908", "", "", "B")],
        [("News  Schools  Ranch & Farm  Sports  Obituaries  Legals  e-Edition", "", "", "B")],
        [("Kettlemoor schools will go to a four-day week this fall", "", "", "W")],
        [("By Danica Velarde-Strom, Altamesa Report", "", "", "B")],
        [("This story was first published by the Altamesa Report, a nonprofit newsroom covering rural Colorado, and appears here through the Report's free republishing program.", "", "", "B")],
        [("April 15, 2026", "", "", "B")],
        [("CERRILLO GAP, Colo. — Students in the Kettlemoor School District RE-3 will go to school Monday through Thursday starting in August, after the school board voted 4-1 on Monday night to move to a four-day week.", "", "", "W")],
        [("The vote followed three community meetings in February and March, attended by about 240 people in all, the district said.", "the district", "said", "W"),
         ("A district survey of parents in January found 58% in favor of the change and 31% against.", "A district survey of parents in January", "found", "W")],
        [("The district, which has 612 students in three schools, will lengthen each school day by 52 minutes to keep the instructional hours the state requires.", "", "", "W")],
        [("Supt. Raymond Ocarandez said the change was mostly about hiring.", "Raymond Ocarandez", "said", ""),
         ("He said the district had started the school year with seven of its 48 teaching positions unfilled and had covered classes with substitutes and online courses.", "Raymond Ocarandez", "said", "W")],
        [("“When a teacher is choosing between us and a district on the Front Range that pays $9,000 more, a Friday off is one of the few things I can offer,” he said.", "Raymond Ocarandez", "said", "W")],
        [("Starting teacher pay in Kettlemoor is $41,200, according to the district's salary schedule.", "the district's salary schedule", "according to", "W")],
        [("Lorna Petitgrew-Abeyta, president of the local teachers' association, said members had backed the change 39-3 in a poll in February.", "Lorna Petitgrew-Abeyta", "said", "W")],
        [("Busing will cost about $84,000 a year less because buses will run one day fewer, according to the district's budget estimate.", "the district's budget estimate", "according to", "W")],
        [("About a third of Colorado's school districts already use a four-day week, most of them in rural areas, according to the Colorado Department of Education.", "the Colorado Department of Education", "according to", "W")],
        [("Board member Alma Trujeque-Hays, who cast the lone no vote, said she worried about younger children on Fridays.", "Alma Trujeque-Hays", "said", "W")],
        [("“Families who can afford child care will be fine,” she said.", "Alma Trujeque-Hays", "said", ""),
         ("“Families who can't will leave a 7-year-old home alone, or with a 12-year-old.”", "Alma Trujeque-Hays", "said", "")],
        [("The district said it would run a Friday program at Kettlemoor Elementary for children in kindergarten through fifth grade, from 7:30 a.m. to 3:30 p.m., at $15 a day.", "The district", "said", "W"),
         ("It said families who qualify for free lunch would pay nothing.", "the Kettlemoor School District RE-3", "said", "W")],
        [("Kaylee Brandtvik, who teaches fourth grade at the elementary school, said she had applied to Kettlemoor partly because of the vote.", "Kaylee Brandtvik", "said", "")],
        [("“I grew up here,” she said.", "Kaylee Brandtvik", "said", ""),
         ("“I wanted to come back, and I can afford the drive from Cedarhurst four days a week, not five.”", "Kaylee Brandtvik", "said", "")],
        [("Travis Eickhoff-Nakazono, a rancher with two sons at the middle school, said they would spend Fridays working cattle with him.", "Travis Eickhoff-Nakazono", "said", ""),
         ("“That's school too,” he said.", "Travis Eickhoff-Nakazono", "said", "")],
        [("Research on the four-day week is mixed.", "", "", "")],
        [("A 2024 study by the Ridgemarch Education Lab, a research group in Grand Junction, found that reading scores in four-day districts grew slightly more slowly than in five-day districts, while math scores showed no clear difference.", "A 2024 study by the Ridgemarch Education Lab", "found", "W")],
        [("Ocarandez said the district would report test scores to the board every year and review the schedule after three years.", "Raymond Ocarandez", "said", "W")],
        [("The board will vote on next year's calendar at its May 11 meeting.", "", "", "W")],
        [("The Altamesa Report's coverage of rural schools is paid for in part by the Larkhaven Family Foundation and by readers across Colorado; funders have no say in what the Report covers.", "", "", "B")],
        [("The Weekly may trim republished stories for length.", "", "", "B")],
        [("Have a news tip for the Weekly?", "", "", "B"),
         ("Call 970-555-0147 or stop by our office at 210 Main St., Cerrillo Gap.", "", "", "B")],
        [("© 2026 The Sageview Weekly", "", "", "B")],
    ],
    [  # 10. Kenyan public university's news page, sealed bags cut aflatoxin in stored maize
        [("Ngeleiyo University", "", "", "B")],
        [("Knowledge for the Land", "", "", "B")],
        [("About · Admissions · Research · News & Events · Alumni · Staff Portal", "", "", "B")],
        [("Home > News > Research News", "", "", "B")],
        [("Sealed bags cut aflatoxin in farm-stored maize by four-fifths, Ngeleiyo researchers find", "researchers at Ngeleiyo University", "find", "W")],
        [("Posted on 14 April 2026 by the Corporate Communications Office", "", "", "B")],
        [("Maize stored in airtight plastic bags for six months had on average 81 per cent less aflatoxin than maize kept in ordinary woven sacks, researchers at Ngeleiyo University have found.", "researchers at Ngeleiyo University", "have found", "W")],
        [("The study, published on 9 April in the Journal of Grain Storage and Safety, followed 420 farming households in Nakuru and Baringo counties from the 2024 long-rains harvest to March 2025.", "", "", "W")],
        [("Smallholders in the two counties keep most of their maize at home for up to eight months and sell it as prices rise, the study says.", "the study", "says", "W")],
        [("Aflatoxins are poisons made by moulds that grow on grain stored in damp conditions.", "", "", "W"),
         ("Long-term exposure is linked to liver cancer and to stunting in children.", "", "", "W")],
        [("The lead researcher, Prof. Jeptoo Chemworem-Wanyoike of the Department of Food Science, said half of the households were given two hermetic bags each, while the other half kept their usual sacks.", "Jeptoo Chemworem-Wanyoike", "said", "W")],
        [("The team collected 2,520 samples, one from each household's store every month, and tested them at the university's food safety laboratory.", "", "", "W")],
        [("“The difference showed up by the third month and kept growing,” she said.", "Jeptoo Chemworem-Wanyoike", "said", "W")],
        [("She said 64 per cent of samples from woven sacks were above Kenya's legal limit of 10 parts per billion for total aflatoxin, against 11 per cent of samples from the sealed bags.", "Jeptoo Chemworem-Wanyoike", "said", "W")],
        [("“Farmers are not doing anything wrong,” she said.", "Jeptoo Chemworem-Wanyoike", "said", ""),
         ("“A woven sack breathes.", "Jeptoo Chemworem-Wanyoike", "said", ""),
         ("In a wet year, it lets the damp in.", "Jeptoo Chemworem-Wanyoike", "said", ""),
         ("We are not asking anybody to buy a machine.", "Jeptoo Chemworem-Wanyoike", "said", ""),
         ("It's a bag.”", "Jeptoo Chemworem-Wanyoike", "said", "")],
        [("The bags cost about KSh 350 each and can be reused for three seasons, the study says.", "the study", "says", "W")],
        [("Co-author Dr. Brian Omwamba said the team also found lower levels in households that dried their maize on tarpaulins rather than on bare ground, whatever they stored it in.", "Brian Omwamba", "said", "W")],
        [("Nakuru County's chief officer for agriculture, Grace Gathogo-Kariithi, said the county would give out 12,000 hermetic bags to smallholders before the next harvest, starting in the two sub-counties where the study was done.", "Grace Gathogo-Kariithi", "said", "W"),
         ("She said the bags would be paid for from KSh 4.2 million set aside in the county's 2026/27 budget.", "Grace Gathogo-Kariithi", "said", "W"),
         ("“This is research we can use tomorrow morning,” she said.", "Grace Gathogo-Kariithi", "said", "")],
        [("Esther Chepkirui-Limo, a farmer who took part in the study, said she had lost about a third of her 2023 harvest to mould.", "Esther Chepkirui-Limo", "said", ""),
         ("“This year everything went into the bags, and the buyer did not reject a single sack,” she said.", "Esther Chepkirui-Limo", "said", "")],
        [("The researchers found no difference between households that kept their maize inside the house and those that used a separate granary.", "The researchers", "found", "W")],
        [("The study was funded by a grant of KSh 18.4 million from the Tegla Rural Futures Fund.", "", "", "W")],
        [("Prof. Chemworem-Wanyoike said the team would next test whether the bags work as well in the wetter western counties.", "Jeptoo Chemworem-Wanyoike", "said", "W")],
        [("Journal reference: Chemworem-Wanyoike J, Omwamba B, et al. Hermetic storage and aflatoxin in smallholder maize. J Grain Stor Saf. 2026;8(2):114–127.", "", "", "B")],
        [("Journalists who would like to interview Prof. Chemworem-Wanyoike or receive a copy of the paper should contact Faith Nyabonyi-Otwoma in the Corporate Communications Office on +254 720 555 914 or at media@ngeleiyo.ac.ke.", "", "", "B"),
         ("The office is open from 8.00 a.m. to 5.00 p.m., Monday to Friday.", "", "", "B"),
         ("Photographs from the field work are available on request.", "", "", "B")],
        [("About Ngeleiyo University: Ngeleiyo University is a public university chartered in 2013, with about 14,000 students on three campuses in the Rift Valley.", "", "", "B")],
        [("ISO 9001:2015 Certified", "", "", "B")],
        [("© 2026 Ngeleiyo University.", "", "", "B"),
         ("Text on this page may be reused with credit to the university.", "", "", "B")],
    ],
    [  # 11. Australian regional sports site, a rugby league club stripped of points
        [("Breakwall Sport", "", "", "B")],
        [("MATCH CENTRE · FT Marrangong 22 – 18 Tallagandra · FT Gumbarra Point 30 – 12 Barrawindi · Sat 3pm Koorabinya Heads v Marrangong", "", "", "B")],
        [("News | Rugby League | AFL | Football | Cricket | Racing | Tipping", "", "", "B")],
        [("Odds for Saturday's game, from our betting partner: Koorabinya Heads $1.85, Marrangong $1.95.", "", "", "B")],
        [("Marrangong stripped of four points for fielding unregistered player", "", "", "W")],
        [("Sharks coach says the club will appeal as finals hopes take a hit", "Dean Whitcrofte", "says", "W")],
        [("By Bryce Tamblyne", "", "", "B")],
        [("Updated 9:14pm AEST, Tuesday 14 April 2026", "", "", "B")],
        [("The Marrangong Sharks have been stripped of the four competition points they earned by beating Tallagandra 22-18 on Saturday, after the Southern Headlands Rugby League found they had fielded a player who was not registered with the club.", "the Southern Headlands Rugby League", "found", "W")],
        [("The league's judiciary committee met on Tuesday night and ruled that winger Kaleb Fonotau's transfer from the Barrawindi Bulls had not been lodged before the 5pm deadline on Friday.", "The league's judiciary committee", "ruled", "W")],
        [("Barrawindi said it had released the player in writing on Wednesday, two days before the deadline.", "Barrawindi", "said", "W"),
         ("The Bulls' secretary, Faye Mulitalo, said the club wanted no part in the dispute.", "Faye Mulitalo", "said", "")],
        [("The score stands, but the points go to Tallagandra, the league said in a statement.", "the league", "said in a statement", "W"),
         ("It also fined Marrangong $2,500, half of it suspended until the end of the season.", "", "", "W")],
        [("Sharks coach Dean Whitcrofte said the club had lodged the paperwork online at 4.52pm on Friday and had the confirmation email to prove it.", "Dean Whitcrofte", "said", "W")],
        [("“We've got a timestamp,” he said.", "Dean Whitcrofte", "said", "W"),
         ("“If their system didn't process it until Monday, that's not on us.", "Dean Whitcrofte", "said", ""),
         ("We'll be appealing, 100 per cent.”", "Dean Whitcrofte", "said", "W")],
        [("League chairman Graham Ostrowiecki-Fale said the registration portal showed the form had been submitted at 5.07pm.", "Graham Ostrowiecki-Fale", "said", "W"),
         ("“The rule is the rule, and every club signs off on it at the start of the year,” he said.", "Graham Ostrowiecki-Fale", "said", "")],
        [("He said the deadline had been moved from Thursday to Friday this season at the clubs' request.", "Graham Ostrowiecki-Fale", "said", "W")],
        [("Clubs have seven days to appeal to the league's board, which next meets on Thursday.", "", "", "W"),
         ("Sharks chief executive Renee Kostakidis said the club would ask the board to hear the appeal before Saturday's game.", "Renee Kostakidis", "said", "W")],
        [("The loss of the points drops Marrangong from third to sixth on the ladder, outside the top four with five rounds left.", "", "", "W")],
        [("On the field, Saturday's game at Marrangong Oval was one of the best of the season.", "", "", "")],
        [("Tallagandra led 18-6 at half-time before Fonotau scored twice in the last 20 minutes and halfback Mitch Yarran kicked the winning goal from the sideline in the 77th minute.", "", "", "W"),
         ("Yarran finished with five goals from six attempts.", "", "", "W")],
        [("Fonotau, 23, played 14 games for Barrawindi last season and scored nine tries.", "", "", "W"),
         ("“I didn't even know there was a problem until Monday,” he said.", "Kaleb Fonotau", "said", ""),
         ("“I just turned up and played.”", "Kaleb Fonotau", "said", "")],
        [("Tallagandra coach Lee Haddara said his side had been outplayed and that he took no pleasure in getting points “from an office”.", "Lee Haddara", "said", ""),
         ("“They beat us fair and square on the day,” he said.", "Lee Haddara", "said", "")],
        [("Marrangong play Koorabinya Heads away on Saturday at 3pm.", "", "", "W")],
        [("Put a bet on this weekend's Southern Headlands games with our partner Kelpwater Bet, where new customers get a $50 bonus bet with their first deposit.", "", "", "B"),
         ("Conditions apply, so read them before you sign up.", "", "", "B")],
        [("Gambling can cost you more than money.", "", "", "B"),
         ("If it's stopped being fun, talk to someone at the Tidelane Gambling Support Service on 1800 553 017: it's free, confidential and open 24 hours.", "", "", "B"),
         ("You must be 18 or older to bet.", "", "", "B")],
        [("Breakwall Sport is published by Brinestone Digital Pty Ltd (ABN 51 622 904 118).", "", "", "B")],
        [("© 2026 Brinestone Digital Pty Ltd.", "", "", "B")],
    ],
    [  # 12. Philippine news site's live page, a tropical storm strands 3,200 at ferry ports
        [("Kalipay News", "", "", "B")],
        [("Nation | Regions | Weather | Business | Sports | Opinion", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("LIVE UPDATES: Tropical Storm Kalunsay strands 3,200 at Samar, Sorsogon ports", "", "", "W")],
        [("Editor's note: This page is updated as reports come in from our correspondents in Samar, Sorsogon and Leyte, from the Philippine Coast Guard and from PAGASA.", "", "", "B"),
         ("The newest posts are at the top, and all times are Philippine Standard Time.", "", "", "B"),
         ("Refresh the page to see the latest.", "", "", "B")],
        [("Last updated: April 15, 2026, 8:40 p.m.", "", "", "B")],
        [("8:40 p.m.", "", "", "B")],
        [("Big ferries may sail from Lagundi Bay from 6 a.m. Thursday, PCG says", "The Philippine Coast Guard (PCG)", "says", "W")],
        [("The Philippine Coast Guard (PCG) said vessels of 500 gross tons and above would be allowed to leave Lagundi Bay from 6 a.m. on Thursday.", "The Philippine Coast Guard (PCG)", "said", "W"),
         ("Smaller boats will stay in port until further notice, it said.", "The Philippine Coast Guard (PCG)", "said", "W")],
        [("— Analyn Macarambon-Tiuseco", "", "", "B")],
        [("7:15 p.m.", "", "", "B")],
        [("Mayor Teodoro Villarosa-Tanbengco of Sta. Felomena said the town had opened two school buildings as shelters for stranded passengers and was serving three meals a day.", "Teodoro Villarosa-Tanbengco", "said", "W"),
         ("“Some of them have only the money for the fare,” he said.", "Teodoro Villarosa-Tanbengco", "said", "")],
        [("— Analyn Macarambon-Tiuseco", "", "", "B")],
        [("5:50 p.m.", "", "", "B")],
        [("Signal No. 2 stays up over Northern Samar as Kalunsay slows, PAGASA says", "PAGASA", "says", "W")],
        [("In its 5 p.m. bulletin, PAGASA said the center of Tropical Storm Kalunsay was 160 km east of Lagundi Bay, moving west-northwest at 15 km/h, with maximum sustained winds of 75 km/h.", "PAGASA", "said", "W"),
         ("It said Kalunsay was expected to make landfall over northern Samar late Wednesday night or early Thursday.", "PAGASA", "said", "")],
        [("Tropical Cyclone Wind Signal No. 2 remains raised over Northern Samar and the eastern part of Sorsogon.", "", "", "W")],
        [("4:05 p.m.", "", "", "B")],
        [("At the Lagundi Bay port, stranded passengers waited under tents put up by the provincial government.", "", "", "")],
        [("Rowena Baylosis-Enriquez, 52, a vendor travelling home to Sta. Felomena with her two grandchildren, said they had been at the port since Tuesday morning.", "Rowena Baylosis-Enriquez", "said", ""),
         ("“We sleep on cardboard.", "Rowena Baylosis-Enriquez", "said", ""),
         ("The children are tired, but what can we do?” she said.", "Rowena Baylosis-Enriquez", "said", "")],
        [("— Photos and reporting by Jun-Jun Apolinario-Sycip", "", "", "B")],
        [("3:10 p.m.", "", "", "B")],
        [("Landslide closes a lane of the road to Sta. Felomena", "", "", "W")],
        [("A landslide closed one lane of the provincial road between Lagundi Bay and Sta. Felomena at about 12:30 p.m., the provincial engineering office said.", "the provincial engineering office", "said", "W"),
         ("It said the road was open to light vehicles only.", "the provincial engineering office", "said", "W"),
         ("No one was hurt.", "", "", "W")],
        [("2:30 p.m.", "", "", "B")],
        [("3,214 passengers stranded at Samar and Sorsogon ports, PCG says", "The Philippine Coast Guard (PCG)", "says", "W")],
        [("As of 2 p.m., 3,214 passengers, 412 rolling cargoes and 19 vessels were stranded at ports in Northern Samar and Sorsogon, PCG spokesperson Lt. Cmdr. Arnel Dimaguila said.", "Arnel Dimaguila", "said", "W"),
         ("He said 37 motor bancas had also been told to stay in port.", "Arnel Dimaguila", "said", "W")],
        [("“No vessel leaves while Signal No. 2 is up,” he said.", "Arnel Dimaguila", "said", "W"),
         ("“Not one.”", "Arnel Dimaguila", "said", "")],
        [("11:20 a.m.", "", "", "B")],
        [("Classes suspended in 14 Northern Samar towns", "", "", "W")],
        [("The provincial government of Northern Samar has suspended classes at all levels, public and private, in 14 towns on Wednesday and Thursday, according to an advisory posted on its Facebook page.", "an advisory posted on its Facebook page", "according to", "W"),
         ("Government work in those towns is also suspended, except for disaster response and health workers, the advisory said.", "the advisory", "said", "W")],
        [("8:00 a.m.", "", "", "B")],
        [("Sea trips suspended as Signal No. 2 raised", "", "", "W")],
        [("The PCG suspended all sea trips from ports in Northern Samar and Sorsogon at 5 a.m. Wednesday after PAGASA raised Signal No. 2 over both provinces.", "", "", "W")],
        [("We will keep adding to this page through the day and night.", "", "", "B")],
        [("In an emergency, call the national hotline, 911.", "", "", "B")],
        [("Send us photos and videos of the storm through our Facebook page, but please do not put yourself in danger to get them.", "", "", "B")],
        [("© 2026 Kalipay Media Network, Inc.", "", "", "B"),
         ("Reproduction without written permission is prohibited.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n57-modal-ellipsis-subscribe", "More than 6,300 neighbors open it on Sunday mornings. Leave your email below and you'll be one of them.\nType your email...\nSubscribe\nNo thanks, just let me read this one",
     ["More than 6,300 neighbors open it on Sunday mornings.", "Leave your email below and you'll be one of them.", "Type your email...", "Subscribe", "No thanks, just let me read this one"]),
    ("n57-dec-31-told-the-board", "The levy, which raised about $2.9 million a year, failed by 412 votes out of roughly 31,000 cast, according to the county board of elections. It runs out on Dec. 31.\nWithout it, the library's 2027 budget drops from $6.4 million to about $3.5 million, library director Rosalind Ekwuazi-Trembath told the board. Closing the two branches on Saturdays saves about $186,000 a year in staff hours and utilities, she said.",
     ["The levy, which raised about $2.9 million a year, failed by 412 votes out of roughly 31,000 cast, according to the county board of elections.", "It runs out on Dec. 31.", "Without it, the library's 2027 budget drops from $6.4 million to about $3.5 million, library director Rosalind Ekwuazi-Trembath told the board.", "Closing the two branches on Saturdays saves about $186,000 a year in staff hours and utilities, she said."]),
    ("n57-canal-st-ends-sentence", "The Ebbersworth Landing branch, which opened in 1962, sits across from the post office on Canal St. It had 41,000 visits last year, about a third of them on Saturdays, according to the library's door counts.\nWrenholt Hollow, which shares a building with the township fire station on Route 38, checked out 19,400 items in 2025, the fewest of the library's six branches.",
     ["The Ebbersworth Landing branch, which opened in 1962, sits across from the post office on Canal St.", "It had 41,000 visits last year, about a third of them on Saturdays, according to the library's door counts.", "Wrenholt Hollow, which shares a building with the township fire station on Route 38, checked out 19,400 items in 2025, the fewest of the library's six branches."]),
    ("n57-mill-nov-3-ballot", "“We asked the voters, and the voters said no,” he said. “I respect that. I don't have to like it.”\nStavrakis-Quelladine said the board would ask voters for a smaller, 0.8-mill levy on the Nov. 3 ballot.\nTrustees Marguerite Adewoyinka-Dancy and Bram Vellekoop cast the two no votes. Adewoyinka-Dancy said the board should have cut the director's office before it cut hours.",
     ["“We asked the voters, and the voters said no,” he said.", "“I respect that.", "I don't have to like it.”", "Stavrakis-Quelladine said the board would ask voters for a smaller, 0.8-mill levy on the Nov. 3 ballot.", "Trustees Marguerite Adewoyinka-Dancy and Bram Vellekoop cast the two no votes.", "Adewoyinka-Dancy said the board should have cut the director's office before it cut hours."]),
    ("n57-8pm-survey-question", "Ekwuazi-Trembath said both branches would stay open until 8 p.m. on Thursdays, an hour later than now, to make up some of the lost time.\nThat won't help everyone. The library's own survey found last fall that 38% of Wrenholt Hollow cardholders live more than 10 miles from the next-nearest branch. The county's only bus route doesn't run on weekends.\nSo what happens if the November levy fails too?",
     ["Ekwuazi-Trembath said both branches would stay open until 8 p.m. on Thursdays, an hour later than now, to make up some of the lost time.", "That won't help everyone.", "The library's own survey found last fall that 38% of Wrenholt Hollow cardholders live more than 10 miles from the next-nearest branch.", "The county's only bus route doesn't run on weekends.", "So what happens if the November levy fails too?"]),
    ("n57-paywall-already-sign-in", "Paid subscribers can read on: below this line is the director's draft list of cuts for 2027, line by line.\nA paid subscription costs $7 a month, and you can cancel from your account page whenever you like.\nUpgrade to keep reading\nAlready a paid subscriber? Sign in\n© 2026 Corinne Aldthwaite\nPrivacy ∙ Terms ∙ Collection notice\nThis site works best with JavaScript turned on, and some parts may not load without it.",
     ["Paid subscribers can read on: below this line is the director's draft list of cuts for 2027, line by line.", "A paid subscription costs $7 a month, and you can cancel from your account page whenever you like.", "Upgrade to keep reading", "Already a paid subscriber?", "Sign in", "© 2026 Corinne Aldthwaite", "Privacy ∙ Terms ∙ Collection notice", "This site works best with JavaScript turned on, and some parts may not load without it."]),
    ("n57-member-appeal-question", "Before you read on: this story took our housing reporter five weeks, two sets of board papers and a great deal of knocking on doors.\nWe can do work like this because 3,140 people in Leeds pay for it every month, and we have no owner to answer to. If you can, will you join them for the price of a coffee a fortnight?\nBecome a member\nWeirbrook's chief executive, Anthony Quaynor-Blenkin, said the association was “not where it should be” on damp and mould.",
     ["Before you read on: this story took our housing reporter five weeks, two sets of board papers and a great deal of knocking on doors.", "We can do work like this because 3,140 people in Leeds pay for it every month, and we have no owner to answer to.", "If you can, will you join them for the price of a coffee a fortnight?", "Become a member", "Weirbrook's chief executive, Anthony Quaynor-Blenkin, said the association was “not where it should be” on damp and mould."]),
    ("n57-tip-line-ltd-no", "Got a housing problem you think we should know about? Email housing@airesidetally.co.uk, and we'll treat what you send in confidence.\n© 2026 Aireside Media Co-operative Ltd. Registered society No. 8812.",
     ["Got a housing problem you think we should know about?", "Email housing@airesidetally.co.uk, and we'll treat what you send in confidence.", "© 2026 Aireside Media Co-operative Ltd.", "Registered society No. 8812."]),
    ("n57-cookie-banner-buttons", "We and our 184 partners use cookies and similar technologies to run this website, to remember your settings and, with your consent, to measure how our articles are read and to show you advertising that matches your interests.\nSome partners rely on legitimate interest rather than consent, and you can object to that in the settings. You can change your mind at any time using the “Privacy settings” link at the foot of every page.\nIf you choose “Only necessary”, we will set only the cookies the site cannot work without.\nAccept all   Only necessary   Settings\nMessestadt Express",
     ["We and our 184 partners use cookies and similar technologies to run this website, to remember your settings and, with your consent, to measure how our articles are read and to show you advertising that matches your interests.", "Some partners rely on legitimate interest rather than consent, and you can object to that in the settings.", "You can change your mind at any time using the “Privacy settings” link at the foot of every page.", "If you choose “Only necessary”, we will set only the cookies the site cannot work without.", "Accept all   Only necessary   Settings", "Messestadt Express"]),
    ("n57-dr-deputy-mayor-million", "The city's deputy mayor for transport, Dr. Friederike Ostwald-Nyamadu, said Auenbreite could not work without a tram.\n“If we build 9,000 homes and no tram, we are building 9,000 parking problems,” she told the council.\nShe said buses would run to the district from 2027, when the first residents are due to move in. She said the transport company had ordered 12 more low-floor trams, at about €3.9 million each, for delivery from 2030.",
     ["The city's deputy mayor for transport, Dr. Friederike Ostwald-Nyamadu, said Auenbreite could not work without a tram.", "“If we build 9,000 homes and no tram, we are building 9,000 parking problems,” she told the council.", "She said buses would run to the district from 2027, when the first residents are due to move in.", "She said the transport company had ordered 12 more low-floor trams, at about €3.9 million each, for delivery from 2030."]),
    ("n57-str-12-question-capital", "Kerstin Vollenweider-Abebe, who runs a bakery at Wiesenauer Str. 12, said she had already lost customers during two years of sewer works that ended in 2024.\n“Eight months without parking in front of the shop? For a bakery that is the end,” she said.",
     ["Kerstin Vollenweider-Abebe, who runs a bakery at Wiesenauer Str. 12, said she had already lost customers during two years of sewer works that ended in 2024.", "“Eight months without parking in front of the shop?", "For a bakery that is the end,” she said."]),
    ("n57-ev-ends-its-chair", "The vote was welcomed by the passenger group Fahrgastring Lindgrün e.V. Its chair, Ole Brüggemann, said the city had first promised Auenbreite a tram in its 2019 transport plan. “Seven years is long enough,” he said.\nOpposition councillors said the money would be better spent on the existing network, where 31 of the 148 tram stops are still not step-free.",
     ["The vote was welcomed by the passenger group Fahrgastring Lindgrün e.V.", "Its chair, Ole Brüggemann, said the city had first promised Auenbreite a tram in its 2019 transport plan.", "“Seven years is long enough,” he said.", "Opposition councillors said the money would be better spent on the existing network, where 31 of the 148 tram stops are still not step-free."]),
    ("n57-man-dateline-7pm-7am", "DUNROWAN, Man. — The emergency department at Dunrowan Memorial Health Centre will close every night from 7 p.m. to 7 a.m. starting April 27, the regional health authority said Wednesday.\nAspen Parkland Health said the closure would last at least three months and would be reviewed at the end of July. It said the hospital had filled 11 of its 26 registered nursing positions, and had relied on agency nurses for about 40 per cent of its shifts since January.",
     ["DUNROWAN, Man. — The emergency department at Dunrowan Memorial Health Centre will close every night from 7 p.m. to 7 a.m. starting April 27, the regional health authority said Wednesday.", "Aspen Parkland Health said the closure would last at least three months and would be reviewed at the end of July.", "It said the hospital had filled 11 of its 26 registered nursing positions, and had relied on agency nurses for about 40 per cent of its shifts since January."]),
    ("n57-hwy-2-ends-dr", "Overnight patients will be directed to Tattersby General Hospital, 68 kilometres east on Hwy. 2.\nAmbulances based in Dunrowan will keep running around the clock, the authority said.\nDr. Anand Valsaraj, the authority's chief medical officer for rural sites, said the department had closed on 23 nights since January because no nurse was available, often with only a few hours' notice.",
     ["Overnight patients will be directed to Tattersby General Hospital, 68 kilometres east on Hwy. 2.", "Ambulances based in Dunrowan will keep running around the clock, the authority said.", "Dr. Anand Valsaraj, the authority's chief medical officer for rural sites, said the department had closed on 23 nights since January because no nurse was available, often with only a few hours' notice."]),
    ("n57-bio-corrections-inc", "Maëlle Ducharme-Szalontay covers rural health and agriculture for the Standard. She joined the paper in 2019 after four years at a weekly in Birchwater, and grew up on a cattle farm south of Dunrowan. You can reach her at maelle.ds@tattersbystandard.ca or 204-555-0183.\nThe Standard corrects its mistakes in the open. If you think something in this story is wrong, write to our standards editor at corrections@tattersbystandard.ca, and we will look into it and note any correction at the foot of the story.\n© 2026 The Tattersby Standard, a division of Plainsgate Media Inc. All rights reserved.",
     ["Maëlle Ducharme-Szalontay covers rural health and agriculture for the Standard.", "She joined the paper in 2019 after four years at a weekly in Birchwater, and grew up on a cattle farm south of Dunrowan.", "You can reach her at maelle.ds@tattersbystandard.ca or 204-555-0183.", "The Standard corrects its mistakes in the open.", "If you think something in this story is wrong, write to our standards editor at corrections@tattersbystandard.ca, and we will look into it and note any correction at the foot of the story.", "© 2026 The Tattersby Standard, a division of Plainsgate Media Inc.", "All rights reserved."]),
    ("n57-affiliate-question-decimal", "Looking for a safer way to charge? The fire-resistant charging bag we used while reporting this story is the Emberlock Pro, about $79 at Pedalwise (we may earn a commission).\nCounters on Christchurch's cycleways recorded 4.1 million trips in 2025, a 22 per cent rise on 2024. A city council survey published in March estimated that about a third of them were made on e-bikes.",
     ["Looking for a safer way to charge?", "The fire-resistant charging bag we used while reporting this story is the Emberlock Pro, about $79 at Pedalwise (we may earn a commission).", "Counters on Christchurch's cycleways recorded 4.1 million trips in 2025, a 22 per cent rise on 2024.", "A city council survey published in March estimated that about a third of them were made on e-bikes."]),
    ("n57-ai-note-ltd", "How we made this story: no part of it was written by generative AI. Interviews were recorded and transcribed by software, and a person checked every quote against the recording.\nGet Scree & Tide in your letterbox every season from $64 a year.\nScree & Tide is published by Braided River Press, Ōtautahi Christchurch.\n© 2026 Braided River Press Ltd. No part of this site may be reproduced without our permission.",
     ["How we made this story: no part of it was written by generative AI.", "Interviews were recorded and transcribed by software, and a person checked every quote against the recording.", "Get Scree & Tide in your letterbox every season from $64 a year.", "Scree & Tide is published by Braided River Press, Ōtautahi Christchurch.", "© 2026 Braided River Press Ltd.", "No part of this site may be reproduced without our permission."]),
    ("n57-app-prompt-question", "Want news like this the moment it breaks? Download the free Kwezana FM app from Google Play or the App Store and take the station with you.\nAt the tanker point outside Ntsikizi Primary School on Tuesday, residents queued with buckets and 25-litre containers from before sunrise.",
     ["Want news like this the moment it breaks?", "Download the free Kwezana FM app from Google Play or the App Store and take the station with you.", "At the tanker point outside Ntsikizi Primary School on Tuesday, residents queued with buckets and 25-litre containers from before sunrise."]),
    ("n57-podcast-catch-up-whatsapp", "Every Friday, The Border Briefing rounds up the week's news from across the region in 20 minutes; find it wherever you listen to podcasts.\nMissed the interview with the municipality? Our whole conversation with Sizwe Qangule-Petersen is on Kwezana Breakfast catch-up, on this website and in the app.\nIs your street still waiting for the tanker? Send the newsroom a voice note on WhatsApp at 072 555 0198, and you could be on air tomorrow morning.",
     ["Every Friday, The Border Briefing rounds up the week's news from across the region in 20 minutes; find it wherever you listen to podcasts.", "Missed the interview with the municipality?", "Our whole conversation with Sizwe Qangule-Petersen is on Kwezana Breakfast catch-up, on this website and in the app.", "Is your street still waiting for the tanker?", "Send the newsroom a voice note on WhatsApp at 072 555 0198, and you could be on air tomorrow morning."]),
    ("n57-rs-crore-dr", "PMC's superintending engineer for roads, Vikrant Deshbhratar, said traffic took an average of 14 minutes to clear the junction at peak hour, according to a survey the corporation carried out in 2025.\n“With the flyover, that will come down to four minutes,” he said. He said the project, estimated at Rs 46.8 crore, had been approved by the standing committee in January.\n“Nobody likes to cut a tree,” Deshbhratar said. “For every tree we cut, the contract requires three saplings to be planted in the same ward.”\nDr. Swati Inamke-Pinheiro, a retired botany professor who has surveyed the trees on Chintamani Road since 2019, said transplanted banyans of that age rarely survive.",
     ["PMC's superintending engineer for roads, Vikrant Deshbhratar, said traffic took an average of 14 minutes to clear the junction at peak hour, according to a survey the corporation carried out in 2025.", "“With the flyover, that will come down to four minutes,” he said.", "He said the project, estimated at Rs 46.8 crore, had been approved by the standing committee in January.", "“Nobody likes to cut a tree,” Deshbhratar said.", "“For every tree we cut, the contract requires three saplings to be planted in the same ward.”", "Dr. Swati Inamke-Pinheiro, a retired botany professor who has surveyed the trees on Chintamani Road since 2019, said transplanted banyans of that age rarely survive."]),
    ("n57-sr-no-11am-comments", "Objections can be filed until April 23. The Tree Authority will hold the public hearing on April 24 at 11 a.m. at the Sarangwadi ward office, Sr. No. 114/2, Chintamani Road.\nComments (27)\nA word about comments: this is a small site run by volunteers. Every comment is read by one of us before it appears, so please give it up to a day.",
     ["Objections can be filed until April 23.", "The Tree Authority will hold the public hearing on April 24 at 11 a.m. at the Sarangwadi ward office, Sr. No. 114/2, Chintamani Road.", "Comments (27)", "A word about comments: this is a small site run by volunteers.", "Every comment is read by one of us before it appears, so please give it up to a day."]),
    ("n57-event-promo-dr-7am", "Tree walk this Sunday: Dr. Swati Inamke-Pinheiro will lead a free one-hour walk along Chintamani Road on April 19, starting at 7 a.m. from the Hanuman temple on Lane 5. Bring water and shoes you can walk in; children are welcome. Please register on WhatsApp at 98220 55417 so we know how many to expect.\nSarangwadi Speaks is not affiliated with any political party or with the PMC. You may share our stories as long as you credit us.",
     ["Tree walk this Sunday: Dr. Swati Inamke-Pinheiro will lead a free one-hour walk along Chintamani Road on April 19, starting at 7 a.m. from the Hanuman temple on Lane 5.", "Bring water and shoes you can walk in; children are welcome.", "Please register on WhatsApp at 98220 55417 so we know how many to expect.", "Sarangwadi Speaks is not affiliated with any political party or with the PMC.", "You may share our stories as long as you credit us."]),
    ("n57-bv-nv-registration-wall", "Rijnvalk Logistiek B.V., which runs 46 dry-cargo vessels, told customers in a letter on Monday that it would charge an extra €9 per tonne from Wednesday, rising to €14 per tonne if the gauge falls below 70 cm.\nIts commercial director, Femke Oudejans-Brink, said vessels that normally carry 2,800 tonnes could load only about 1,300 tonnes at the current level. “Every centimetre we lose is roughly 100 tonnes we leave on the quay,” she said.\nYou have read 3 of 5 free articles this month.\nRegister for free to read two more, or subscribe for unlimited access to our news, our weekly freight-rate index and 20 years of water-level data.\nRegistration takes less than a minute, and we never pass your details on to third parties.\nRegister for free   Subscribe from €19 a month\nHave an account? Log in here.",
     ["Rijnvalk Logistiek B.V., which runs 46 dry-cargo vessels, told customers in a letter on Monday that it would charge an extra €9 per tonne from Wednesday, rising to €14 per tonne if the gauge falls below 70 cm.", "Its commercial director, Femke Oudejans-Brink, said vessels that normally carry 2,800 tonnes could load only about 1,300 tonnes at the current level.", "“Every centimetre we lose is roughly 100 tonnes we leave on the quay,” she said.", "You have read 3 of 5 free articles this month.", "Register for free to read two more, or subscribe for unlimited access to our news, our weekly freight-rate index and 20 years of water-level data.", "Registration takes less than a minute, and we never pass your details on to third parties.", "Register for free   Subscribe from €19 a month", "Have an account?", "Log in here."]),
    ("n57-bv-kvk-footer", "Barge & Berth is published by Havenlicht Media B.V., Rotterdam. KvK 74120583.\n© 2026 Havenlicht Media B.V. Alle rechten voorbehouden.",
     ["Barge & Berth is published by Havenlicht Media B.V., Rotterdam.", "KvK 74120583.", "© 2026 Havenlicht Media B.V.", "Alle rechten voorbehouden."]),
    ("n57-colo-dateline-supt", "CERRILLO GAP, Colo. — Students in the Kettlemoor School District RE-3 will go to school Monday through Thursday starting in August, after the school board voted 4-1 on Monday night to move to a four-day week.\nThe vote followed three community meetings in February and March, attended by about 240 people in all, the district said. A district survey of parents in January found 58% in favor of the change and 31% against.\nThe district, which has 612 students in three schools, will lengthen each school day by 52 minutes to keep the instructional hours the state requires.\nSupt. Raymond Ocarandez said the change was mostly about hiring. He said the district had started the school year with seven of its 48 teaching positions unfilled and had covered classes with substitutes and online courses.",
     ["CERRILLO GAP, Colo. — Students in the Kettlemoor School District RE-3 will go to school Monday through Thursday starting in August, after the school board voted 4-1 on Monday night to move to a four-day week.", "The vote followed three community meetings in February and March, attended by about 240 people in all, the district said.", "A district survey of parents in January found 58% in favor of the change and 31% against.", "The district, which has 612 students in three schools, will lengthen each school day by 52 minutes to keep the instructional hours the state requires.", "Supt. Raymond Ocarandez said the change was mostly about hiring.", "He said the district had started the school year with seven of its 48 teaching positions unfilled and had covered classes with substitutes and online courses."]),
    ("n57-funding-note-st-comma", "The Altamesa Report's coverage of rural schools is paid for in part by the Larkhaven Family Foundation and by readers across Colorado; funders have no say in what the Report covers.\nThe Weekly may trim republished stories for length.\nHave a news tip for the Weekly? Call 970-555-0147 or stop by our office at 210 Main St., Cerrillo Gap.\n© 2026 The Sageview Weekly",
     ["The Altamesa Report's coverage of rural schools is paid for in part by the Larkhaven Family Foundation and by readers across Colorado; funders have no say in what the Report covers.", "The Weekly may trim republished stories for length.", "Have a news tip for the Weekly?", "Call 970-555-0147 or stop by our office at 210 Main St., Cerrillo Gap.", "© 2026 The Sageview Weekly"]),
    ("n57-journal-et-al-contact", "Journal reference: Chemworem-Wanyoike J, Omwamba B, et al. Hermetic storage and aflatoxin in smallholder maize. J Grain Stor Saf. 2026;8(2):114–127.\nJournalists who would like to interview Prof. Chemworem-Wanyoike or receive a copy of the paper should contact Faith Nyabonyi-Otwoma in the Corporate Communications Office on +254 720 555 914 or at media@ngeleiyo.ac.ke. The office is open from 8.00 a.m. to 5.00 p.m., Monday to Friday. Photographs from the field work are available on request.\nAbout Ngeleiyo University: Ngeleiyo University is a public university chartered in 2013, with about 14,000 students on three campuses in the Rift Valley.",
     ["Journal reference: Chemworem-Wanyoike J, Omwamba B, et al. Hermetic storage and aflatoxin in smallholder maize. J Grain Stor Saf. 2026;8(2):114–127.", "Journalists who would like to interview Prof. Chemworem-Wanyoike or receive a copy of the paper should contact Faith Nyabonyi-Otwoma in the Corporate Communications Office on +254 720 555 914 or at media@ngeleiyo.ac.ke.", "The office is open from 8.00 a.m. to 5.00 p.m., Monday to Friday.", "Photographs from the field work are available on request.", "About Ngeleiyo University: Ngeleiyo University is a public university chartered in 2013, with about 14,000 students on three campuses in the Rift Valley."]),
    ("n57-4-52pm-5-07pm", "Sharks coach Dean Whitcrofte said the club had lodged the paperwork online at 4.52pm on Friday and had the confirmation email to prove it.\n“We've got a timestamp,” he said. “If their system didn't process it until Monday, that's not on us. We'll be appealing, 100 per cent.”\nLeague chairman Graham Ostrowiecki-Fale said the registration portal showed the form had been submitted at 5.07pm. “The rule is the rule, and every club signs off on it at the start of the year,” he said.",
     ["Sharks coach Dean Whitcrofte said the club had lodged the paperwork online at 4.52pm on Friday and had the confirmation email to prove it.", "“We've got a timestamp,” he said.", "“If their system didn't process it until Monday, that's not on us.", "We'll be appealing, 100 per cent.”", "League chairman Graham Ostrowiecki-Fale said the registration portal showed the form had been submitted at 5.07pm.", "“The rule is the rule, and every club signs off on it at the start of the year,” he said."]),
    ("n57-live-note-pm-pcg", "Editor's note: This page is updated as reports come in from our correspondents in Samar, Sorsogon and Leyte, from the Philippine Coast Guard and from PAGASA. The newest posts are at the top, and all times are Philippine Standard Time. Refresh the page to see the latest.\nLast updated: April 15, 2026, 8:40 p.m.\n8:40 p.m.\nBig ferries may sail from Lagundi Bay from 6 a.m. Thursday, PCG says\nThe Philippine Coast Guard (PCG) said vessels of 500 gross tons and above would be allowed to leave Lagundi Bay from 6 a.m. on Thursday. Smaller boats will stay in port until further notice, it said.",
     ["Editor's note: This page is updated as reports come in from our correspondents in Samar, Sorsogon and Leyte, from the Philippine Coast Guard and from PAGASA.", "The newest posts are at the top, and all times are Philippine Standard Time.", "Refresh the page to see the latest.", "Last updated: April 15, 2026, 8:40 p.m.", "8:40 p.m.", "Big ferries may sail from Lagundi Bay from 6 a.m. Thursday, PCG says", "The Philippine Coast Guard (PCG) said vessels of 500 gross tons and above would be allowed to leave Lagundi Bay from 6 a.m. on Thursday.", "Smaller boats will stay in port until further notice, it said."]),
    ("n57-sta-question-she-said-lt-cmdr", "4:05 p.m.\nAt the Lagundi Bay port, stranded passengers waited under tents put up by the provincial government.\nRowena Baylosis-Enriquez, 52, a vendor travelling home to Sta. Felomena with her two grandchildren, said they had been at the port since Tuesday morning. “We sleep on cardboard. The children are tired, but what can we do?” she said.\n— Photos and reporting by Jun-Jun Apolinario-Sycip\n3:10 p.m.\nLandslide closes a lane of the road to Sta. Felomena\nA landslide closed one lane of the provincial road between Lagundi Bay and Sta. Felomena at about 12:30 p.m., the provincial engineering office said. It said the road was open to light vehicles only. No one was hurt.\n2:30 p.m.\n3,214 passengers stranded at Samar and Sorsogon ports, PCG says\nAs of 2 p.m., 3,214 passengers, 412 rolling cargoes and 19 vessels were stranded at ports in Northern Samar and Sorsogon, PCG spokesperson Lt. Cmdr. Arnel Dimaguila said. He said 37 motor bancas had also been told to stay in port.",
     ["4:05 p.m.", "At the Lagundi Bay port, stranded passengers waited under tents put up by the provincial government.", "Rowena Baylosis-Enriquez, 52, a vendor travelling home to Sta. Felomena with her two grandchildren, said they had been at the port since Tuesday morning.", "“We sleep on cardboard.", "The children are tired, but what can we do?” she said.", "— Photos and reporting by Jun-Jun Apolinario-Sycip", "3:10 p.m.", "Landslide closes a lane of the road to Sta. Felomena", "A landslide closed one lane of the provincial road between Lagundi Bay and Sta. Felomena at about 12:30 p.m., the provincial engineering office said.", "It said the road was open to light vehicles only.", "No one was hurt.", "2:30 p.m.", "3,214 passengers stranded at Samar and Sorsogon ports, PCG says", "As of 2 p.m., 3,214 passengers, 412 rolling cargoes and 19 vessels were stranded at ports in Northern Samar and Sorsogon, PCG spokesperson Lt. Cmdr. Arnel Dimaguila said.", "He said 37 motor bancas had also been told to stay in port."]),
]  # fmt: skip
