"""Ninety-eighth held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-six):
twelve WHOLE news pages, head to tail as a reader's paste gives them, from twelve kinds of outlet in
twelve countries (none of them a country of `labelled_new151.py` or `labelled_new152.py`), pasted in
five different ways (desktop, phone, reader mode, print view, newsletter email), on ordinary news
days. The pages: an Irish national broadcaster's site, desktop (a live blog of a strike by 1,400
ground handling staff at Dublin Airport, 41 flights cancelled); a Canadian city daily, phone (an
apartment fire in Winnipeg's West End, 38 people homeless); an Australian regional weekly, reader
mode (a hailstorm in Canowindra, NSW, power cut to 4100 homes); an Indian business paper, print view
(the RBI cuts the repo rate by 25 bps to 5.25%); a Kenyan tabloid, phone (a trial verdict: a
preacher known as "Bishop Moto" convicted of taking Sh14.2 million from 19 widows); a Singaporean
food-trade publication's newsletter email (a recall of three frozen dumpling products over
Listeria); an American nonprofit newsroom's newsletter email (a school board in Toledo, Ohio, votes
5-2 to close three elementary schools); a Philippine student paper's WordPress site, desktop (over
600 students march against a 43% dormitory fee rise at UP Visayas); a Pakistani wire service's own
site, desktop (a Rs17.9 trillion federal budget); a Fijian government news agency, print view (a
scientific finding: microplastics in 64 per cent of fish at the Suva Municipal Market); a Ghanaian
sports site, reader mode (a transfer: the league's top scorer joins a Swedish club); and a Namibian
local news app, phone (a regional council by-election won by 214 votes).

All hints matter equally here. FURNITURE of five kinds of paste: a desktop page's masthead, menu,
crumbs, weather strip, markets ticker, live-blog time stamps and entry bylines, share and like
lines, tags, related lists, comment forms and legal lines; a phone page's skip link, sign-in lines,
"Author of the article:", "Article content", "Advertisement 2" and "Story continues below" in the
middle of the body, an app's "Open in app", reactions line, readers' comments with their handles and
a shared-from line; reader mode's bare domain line and reading time, with captions, credits and one
closing line as the only other furniture; print view's "Print | Close window", "URL:", "Printed
on:", "Printed from:", "Issued by:" and "ENDS"; a newsletter email's From, Date, Sent, To and
Subject lines, "View this email in your browser", greeting, sponsor blocks, teasers for other
stories, donation box, 501(c)(3) note, postal address and unsubscribe lines. ATTRIBUTION: a nickname
resolving to the full name ("Bishop Moto said only:" -> "Zakayo Kiprono-Wanyoike"); a Chinese-
Singaporean name with an English given name and "Mr Soh told FoodLine Asia" resolving to it;
initials kept ("Governor V. S. Subbiah-Menon said"); "Ma." and "Sta." kept inside a Filipino name
and a sentence opening "Sta. Romana-Dulay said"; titles dropped ("Coun." with a ward in brackets,
"Cabonne mayor Cr", "Dr" with and without a full stop, "Prof.", "Mr.", "Hon.", "Ratu", "Dr. Adi",
"Chief Magistrate", "Superintendent Dr.", "Board President", "USC Chairperson", "Finance Minister",
"head coach", "Ex-Black Stars forward"); quotes named after their last sentence ("said Tomás
Keaveney-Dunne, ...", "said Juan Paolo Villanueva-Tabernilla, ...", "said Titilia Tabuya-Kumar,
...", "said Kandjii-Nghipondoka, who ..."); pronouns after two people of the same sex in turn (a
minister and a permanent secretary; a winning candidate and an analyst); bodies and groups as
written ("a spokesman", "a spokeswoman for the company", "one of the widows", "Another widow",
"analysts", "vendors", "both clubs", "sources at the Kumasi club", "The agency", "the SFA", "The
ECN", "The USC", "The company", "The district", "The Ministry") and "it said" resolving to a body as
first given; channels after the verb ("said in a stock exchange filing", "said in a post on X",
"said in a club statement", "said in an interview with Ang Batingaw", "did not respond to emailed
questions") and fronted before it ("In a statement, ...", "In a memorandum dated April 28, ...", "In
a post on Instagram, ... thanked"); "according to" with records, data, websites, a tracker and
calculations ("according to the airport's website", "according to calculations by the paper",
"according to FoodLine Asia’s recall tracker", "according to the Lucas County Auditor’s records",
"according to provisional figures released last week by the Pakistan Bureau of Statistics"). CHECK-
WORTHINESS: counts, rates, fees, votes, turnout, measures of a storm, findings of a study and of a
court, a dated stoppage, a dated ban, a dated cut in a lending rate, a scheduled meeting and a law
("W") against opinions, feelings, plans without a date, hedges, estimates of loss and cost,
forecasts, advice, scene-setting, questions and question subheads (""). SENTENCE SPLITS: "a.m."
ending a sentence ("at 3:52 a.m." / "The first engine ...", "at 5:40 a.m." / "Crews stayed ...", "at
10 a.m." / "Thirty-one ...", "at 2.35 a.m." / "The returning officer ...") and not ("at 9.15 p.m. on
Monday", "at 8:30 a.m. and", "at 7:45 a.m.?” asked"); company endings ending a sentence ("Kildonan
Crest Properties Inc." / "The company ...", "Sahyadri Urban Co-operative Bank Ltd." / "It said ...",
"© 2026 FoodLine Asia Media Pte. Ltd." / "All rights reserved.") and not ("Pte. Ltd. to", "Sdn. Bhd.
and", "Pvt. Ltd., said", "Securities Ltd. in Karachi", "Ltd., 81 Ubi Avenue 4 #07-11"); "Coun.",
"Prof.", "Dr.", "Mr.", "Ms.", "Ma.", "Sta.", "Sto.", "Jan. 15, 2027.", "Adams St., Ste. 310", "vs.",
"No. 1,482", "Mar. Pollut. Bull." and "et al." in a journal reference kept as one sentence; a
Namibian click-letter surname ("Rosalia !Gawises-Beukes 611.") and a headline "GUILTY! ..." never
split at the "!"; an inner quotation of exclamations ("‘Get out! Get out!’") inside one sentence; a
Swahili and a Filipino exclamation with a bracketed translation before the attribution as ONE
sentence, and a Filipino question with its bracketed translation kept together before a new
sentence; questions inside quotes before their attribution (one sentence: "“Would you load bags ...
€14.80 an hour?” he asked.", "“Where is the Rs1.9 trillion in extra revenue coming from?” he
asked.") against a "?" or "!" followed by a new sentence inside the quote ("“Where do we go
tonight?" / "Everything I own ...", "“Will banks pass it on ...?" / "I doubt it,” ...", "“Is our
food less safe than five years ago?" / "No." / "We are simply ...", "“Kwadwo is a special boy." /
"Did we want to keep him?" / "Of course!" / "But you cannot ...", "“Every Sunday he prayed for us."
/ "Every Sunday!" / "And all that time ...", "“People ask me, is this fish safe?" / "I tell them
...", "“Did we campaign enough ...?" / "Maybe not,” ..."), a statement then a question ("“Dublin
Airport handled 33.4 million passengers last year." / "Is that a private matter?” she asked.");
ellipses before a lower-case word inside one sentence (ten in the stories, one with two ellipses:
"first boots… one pair… and") and before a capital (two: "follow the kids…" / "I’d like ...", "From
Suame to Sweden…" / "God did it!” he wrote.").

The pages hold 536 sentences: 209 "B", 171 "W" and 156 ""; 201 sentences carry a speaker (109
distinct speakers, page by page; 109 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `HELDOUT_CASES` holds 30 split cases cut from the pages.

Written from scratch for issue 13 in round fifty-six as a HELD-OUT set: never tuned on, only measured.
It was written without looking at the engine's code or output: nothing under `claimreview/`, `docs/`
or `tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the
module docstrings, `STYLES`, the first two pages of `ARTICLES` and the first three `CASES` of
`labelled_new151.py` and `labelled_new152.py`. Coined names were checked for freshness with file
counts of `grep -rlF` over `labelled_new*.py` and `labelled_articles.py` in `tests/text` (counts
only, no text shown): an outlet, its parent company and e-mail domain, a byline, two school names, a
wire service, a co-author's surname in a journal reference and seven given names that hit were
replaced, and every speaker label was then counted the same way (no person's name hit; only generic
nouns and phrases and real public bodies did).

Every person, outlet, firm, brand, product, club, church, association, forum, trust, fund, union
official, school, dormitory, hall, orchard, village, statement, memorandum, filing, post, study,
report and figure is invented, and so is every small place (Selkirk Court, Belubula Crest Orchard,
Kalantiaw Hall, the Balay Lampirong dormitory, Nukuvesi, the Wanaheda Community Hall and the like).
Real countries, cities, towns, suburbs, streets, rivers, airports, stadiums, courts, prisons,
parliaments, parties, ministries, central banks, regulators, agencies, police services, councils,
school districts, universities, unions, charities, indexes and leagues appear only as settings, with
invented statements and figures: Dublin Airport, Swords, Ballina, Co Mayo, the M50, Shannon, Cork,
the Dáil, the Labour Party, the Workplace Relations Commission, the Commission for Aviation
Regulation and daa; Winnipeg, the West End, Toronto Street, Ellice Avenue, the Daniel McIntyre ward,
Health Sciences Centre, the Winnipeg Fire Paramedic Service, the Winnipeg Police Service and the
Canadian Red Cross; Canowindra, Cowra, Gooloogong, Grenfell, Orange, Parkes, Young, Gaskill Street,
Kendal Street, Cabonne Council, the NSW State Emergency Service, Essential Energy, the Bureau of
Meteorology, the NSW Department of Education and the Insurance Council of Australia; Mumbai, the
Reserve Bank of India and its Monetary Policy Committee and the Sensex; Nairobi, Kitengela, Isinya,
Syokimau, Thika Road, Milimani Law Courts, Industrial Area Remand Prison, the High Court and the
Office of the Director of Public Prosecutions; Singapore, Malaysia, Seri Kembangan and the Singapore
Food Agency; Toledo, Lucas County, Dorr Street, Adams Street, the Anthony Wayne Trail, Toledo Public
Schools, the Toledo Federation of Teachers and the Lucas County Auditor; Miagao, Iloilo, Antique,
Sibalom, Quezon City, the University of the Philippines Visayas and its Board of Regents; Islamabad,
Karachi, the National Assembly, the Federal Board of Revenue, the International Monetary Fund, the
Pakistan Bureau of Statistics and the KSE-100; Suva, Lautoka, Labasa, Nausori, the Rewa River, the
Suva Municipal Market, the Ministry of Environment and Climate Change, the Ministry of Information,
the University of the South Pacific and the journal Marine Pollution Bulletin; Kumasi, Ejisu,
Tamale, Dormaa, Nsoatre, the Baba Yara Stadium, the Ghana Premier League, the Ghana Football
Association, FIFA, the Allsvenskan and the UEFA Conference League; Windhoek, the Samora Machel
constituency, Wanaheda, Katutura, the Electoral Commission of Namibia, the City of Windhoek, the
University of Namibia, Swapo, the Independent Patriots for Change and the Popular Democratic
Movement.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, ticker, strip, crumb, time stamp,
byline, date line, share line, caption, credit, table row, list item, e-mail header and legal line
is a paragraph of its own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags
"W", "B" or "". Furniture is "B" line by line, whatever it says, and never carries a speaker;
headlines, standfirsts, entry headlines and key-point lines are never "B" and are flagged by
content, their "says" or "saying" carrying the speaker as the story first gives them; captions are
flagged by content and their credits are "B"; tables pasted as lines have a "B" title, header row
and source line and "" data rows; a dateline belongs to its lead sentence; a person is named in full
as first given, without titles, roles or descriptors, and a pronoun or surname resolves to that
name; a quote over several sentences carries its speaker and cue in each; "according to X" gives X
as written; a body's name or generic noun is kept as written, a bracketed acronym dropped.

Conventions this set had to settle, in the same spirit:

* Paste modes. Reader mode's domain line and reading time ("6-7 minutes") are "B"; a caption and its
  credit pasted as one line ("... on Tuesday afternoon. Picture supplied") are two sentences, "" and
  "B". Phone furniture inside the body ("Advertisement 2", "Story continues below", "Article
  content", "Author of the article:") is "B" wherever it falls. Print view's lines ("Print | Close
  window", "URL: ...", "Printed on: ...", "Printed from: ...", "Issued by: ...", "ENDS") are "B".
* Newsletter emails: the From, Date, Sent, To and Subject lines, "View this email in your browser",
  the greeting and the stand-in writer's note, sponsor blocks, donation boxes and the teasers for
  other stories (headline, a one-line summary even when it states figures, "Read more →") are "B",
  like a related list: they are not the story the reader pasted the email for.
* Readers' comments in an app (handles, ages and the comments' text) are "B", like a comment form.
* An embedded social post's text is "" and carries no speaker (it is the post itself, shown as a
  picture would be); its attribution line ("— IFK Norrvik (@ifknorrvik) May 28, 2026") is "B". A
  post the story reports in its own words carries its author ("said in a post on X", "In a post on
  Instagram, ... thanked" with the cue "thanked").
* A nickname given in apposition ("Zakayo Kiprono-Wanyoike, better known to his flock as ‘Bishop
  Moto’") is not part of the label, and the nickname used later as a subject ("Bishop Moto said
  only:") resolves to the full name.
* "Ma." (Maria), "Sta." (Santa) and "Sto." (Santo) are parts of Filipino names and stay in the label
  ("Ma. Kristine Sta. Romana-Dulay"), never ending a sentence; "Ratu" and "Adi" are Fijian chiefly
  titles and go, as "Sir" and "Dame" do; a Chinese-Singaporean name is kept in full as first given
  with its English given name ("Kelvin Soh Wee Liang"), and "Mr Soh" resolves to it.
* "Kelele has learnt that ..." is the paper's own claim: no speaker, flagged by content ("W").
* Crowd counts from named bodies that disagree ("The USC put the turnout at 620.", "The university’s
  Security and Safety Office estimated the crowd at about 450.") are "W", each with its body and
  cue; unnamed sources' hedge about a fee ("sources at the Kumasi club put it at about €650,000") is
  "", as in the hundred-and-fifty-second set, and so are a grower's estimate of his loss and a
  director's estimate of a cost ("estimated").
* A bracketed translation stays in the sentence it translates, whether that sentence ends before the
  attribution ("“Mungu atakulipa!” (God will repay you!) one of the widows shouted ...", one
  sentence) or before a new sentence ("“Saan ko kukunin ...? (Where will I get ₱750 more every
  month?)" / "My parents are ...").
* A "!" inside an inner quotation ("yelling ‘Get out! Get out!’ and I grabbed ...") and a "!" that
  begins a Namibian click-letter surname never end a sentence; a shouting headline ("GUILTY! ...")
  is one sentence.
* List lines: the product lines of a recall notice (name, size, best-before date) are "" like table
  rows; bullets that are whole claims ("* Defence spending up 11% to Rs2.81 trillion", "• 64 per
  cent of the 312 fish sampled contained ...") are "W"; a list's label is "B" and its lead-in
  sentence ("The affected products are:") is "".
* "They found" after "The researchers examined" resolves to the researchers as first given
  ("researchers at the University of the South Pacific", the bracketed acronym dropped) with the cue
  "found"; "The researchers examined ..." is an act with no speaker. A returning officer's "declared
  the result" is an act with no speaker, like a judge's order.
* A prosecutor's "would ask for" a sentence is a plan, ""; a magistrate's stated maximum ("Each
  count carries a maximum of three years in jail, she said.") is a rule, "W".
* `HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each one to three
  consecutive sentences of one paragraph of these pages, joined by single spaces: what a reviewer
  wants, not what the engine does.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Irish NATIONAL BROADCASTER\'S SITE (Dublin), desktop paste, a LIVE BLOG of a STRIKE: 1,400 baggage and ramp workers at Dublin Airport walk out over pay, 41 flights cancelled. Head: masthead, menu, crumb, a weather strip (all "B"); headline of record "W"; standfirst "Union says ..." carrying the union as the body first writes it ("The Irish Aviation Staff Association", bracketed acronym dropped, "W"); updated line, byline, share, "Key points" label (all "B"); two key-point lines of record "W". Entries in reverse order, each with its time stamp "B" and some with an entry byline "B": an entry headline with a date set by the union "W"; "The Irish Aviation Staff Association (IASA) has confirmed" (cue "has confirmed", a dated stoppage "W"); its general secretary with "Its general secretary, ..., said" and a question inside a quote followed by its attribution (one sentence, "he asked", ""); an entry headline "..., saying ..." carrying the minister; the minister "told the Dáil" ("") and "He said" a letter of record ("W"); the opposition spokesperson and her quote of a statement then a question ("W" then "", both "she asked"); an entry headline "Company says ..." carrying the firm as first given; "In a statement, ... said" (fronted channel, cue "said"), "It said" resolving to the firm, "the company said" kept as written; passengers: an anecdote in indirect speech "", an ellipsis before a lower-case word (one sentence), a two-sentence quote named after its last sentence ("said Tomás Keaveney-Dunne, ..."); a question subhead ""; an EU rule "W" and a regulator\'s advice ""; pickets from 4am "W", "according to the airport\'s website" and "according to the union" (as written, "W"); "The airport operator daa said" (descriptor dropped, advice ""). Tail: copyright and an external-sites line (all "B").',
    'Canadian CITY DAILY (Winnipeg), PHONE paste, an APARTMENT FIRE: a three-storey block in the West End burns, 38 people homeless, a woman of 71 in critical condition. Head: skip link, masthead, subscribe and sign-in lines, section label (all "B"); headline and standfirst of record "W"; "Author of the article:" and the author\'s name on their own lines, a published line with a reading time (all "B"); a caption "" and its photo credit "B"; "Article content" "B". Body broken by "Advertisement 2", "Story continues below" and "Advertisement 3" (all "B"): "at 3:52 a.m." ending a sentence before "The first engine ..." with an inverted cue naming the assistant chief ("Assistant Chief" dropped, "told reporters"); "She said" twice, a quote carried on in a second pair of quote marks with no new cue (her speaker and "said"); "at 5:40 a.m." ending a sentence before "Crews stayed ..."; "Vosburgh-Ilunga said" and "she said" mid-sentence (records "W", the open cause and the investigators\' plan ""); a street scene ""; a resident\'s quote with an inner quotation of two exclamations ("‘Get out! Get out!’", one sentence) named after with "said ..., 44, who ...", then her question followed by a new sentence (two); the Red Cross "W"; "Kildonan Crest Properties Inc." ending a sentence before "The company did not respond to a request for comment" ("The company" as written); "City records show" and "according to the records" "W"; "Coun." with a ward in brackets dropped (an opinion and a plan ""); "according to fire service data" "W"; police "W". Tail: the author\'s e-mail, "Article content", a share line, a trending list, comment lines, a copyright split before "All rights reserved." (all "B").',
    'Australian REGIONAL WEEKLY (Central West NSW), READER-MODE paste, a HAILSTORM: hail up to 5cm smashes Canowindra roofs and cuts power to 4100 homes. Reader view leaves little furniture: the domain line, the byline and a "6-7 minutes" reading time at the top, photo credits and a news-tip line (all "B"). Headline of record "W". A caption "" with "Picture supplied" in the same paragraph ("B"), and a second caption whose credit is a paragraph of its own. Body: the storm "W"; "a spokesman said" kept as written (the SES\'s calls "W") and a next sentence with no cue ("Most were for roof damage", no speaker); "Essential Energy said" and "a spokeswoman for the company said" (as written; a count "W" and "could be without power until Friday" ""); the SES unit commander named with her role ("Canowindra SES unit commander" dropped), her ellipsis before a lower-case word (one sentence, "") and a two-sentence quote of advice ""; a resident\'s scene and her ellipsis before a lower-case word; a quoted subhead ""; a fallen tree "W" and "police said" "W"; a resident named after his quote; a rain gauge "according to the Bureau of Meteorology" "W"; the meteorologist ("Dr" without a full stop dropped) "W" and her forecast ""; a grower who "estimated" a loss (a hedge ""), his statement then question in one quote (two sentences, the question with "he said") and his netting figures "W"; a school closure "the Department of Education said" "W" and "It is expected to reopen" ""; the mayor ("Cabonne mayor Cr" dropped) and a letter "W", her ellipsis before a lower-case word ""; the council\'s dated offer "W"; insurance claims "W"; a 2019 loss "according to the council" "W"; "The SES advises" "".',
    'Indian BUSINESS PAPER (Mumbai), PRINT-VIEW paste, a RATE CHANGE: the RBI\'s Monetary Policy Committee cuts the repo rate by 25 bps to 5.25%. Head: a "Print | Close window" line, masthead, section (all "B"); headline of record "W"; standfirst "Governor says ..." carrying the governor as the story first gives him, with initials ("V. S. Subbiah-Menon", ""); byline with a city, a last-updated line in IST (all "B"). Body: the cut and the vote with "Prof." mid-sentence "W"; other rates and the stance "W"; "at 10 a.m." ending a sentence before "Thirty-one of the 38 economists ..." "W"; "Governor V. S. Subbiah-Menon said" (initials kept, title dropped) "W"; the forecasts "W"; his ellipsis before a lower-case word "told reporters" ""; "Asked whether ..., Mr. Subbiah-Menon said" "W"; a rates table (title, header and source "B", rows ""); "Sahyadri Urban Co-operative Bank Ltd." ending a sentence before "It said" (resolving to the bank in full, a dated cut "W"); a state-run bank "said in a stock exchange filing" (descriptor dropped); an economist at a firm with "Pvt. Ltd.," mid-sentence ("Dr." dropped, an opinion ""), "She expects" a forecast "", her question followed by a new sentence in the quote (two, ""); transmission "according to RBI data" "W"; markets "W"; a one-line lead-in ""; an instalment "according to calculations by the paper" "W"; a developers\' forum\'s opinion ""; the next meeting "W". Tail: two "Also Read:" lines, the page URL, a "Printed on:" line, a copyright split at "Pvt. Ltd." before "All rights reserved." (all "B").',
    'Kenyan TABLOID (Nairobi), PHONE paste, a TRIAL VERDICT: a flamboyant preacher known as "Bishop Moto" is convicted of taking Sh14.2 million from 19 widows in a land scam. Head: a menu glyph line, masthead, search, a trending line (all "B"); a shouting headline "GUILTY! ..." of record "W" (never split at the "!"); standfirst "Magistrate says ..." carrying the magistrate as the story names her (a quote of opinion ""); byline, date line with a reading time, "ADVERTISEMENT" (all "B"); a caption "" and a "PHOTO | KELELE" credit "B". Body: the conviction (no speaker) "W"; the magistrate acting without a verb of saying ("Chief Magistrate" dropped, no speaker, "W"); "the magistrate said" (a quote of opinion "") and "She said" twice (findings and the maximum sentence "W"); "ADVERTISEMENT" again; capitalised subheads "DRAMA IN COURT" and a quoted one, both ""; a courtroom scene ""; a Swahili exclamation with its bracketed translation before "one of the widows shouted" (ONE sentence, "one of the widows" as written); the NICKNAME "Bishop Moto" resolving to the preacher\'s full name ("Bishop Moto said only:"); remand until sentencing "W"; the lawyer "said" and his two-sentence quote ending in an exclamation with "Oduya-Mwangangi told journalists outside court" (two sentences); the prosecutor\'s "would ask for" a plan ""; a widow\'s payment in indirect speech "W" and her quote split at an exclamation mid-quote (three sentences, ""); "Another widow, who asked not to be named because ..., said" (the clause dropped); "Kelele has learnt that ..." (the paper\'s own claim, no speaker, "W"); the prosecutors\' office "said in a post on X" "W". Tail: two "Read Also:" lines, "ADVERTISEMENT", a WhatsApp line, tags, a comments count, a copyright split before "All Rights Reserved." (all "B").',
    'Singaporean TRADE PUBLICATION\'S NEWSLETTER EMAIL (food industry), a PRODUCT RECALL: the Singapore Food Agency orders three frozen dumpling products recalled after Listeria is found. Head: the e-mail\'s From, Date, To and Subject lines, "View this email in your browser", the newsletter\'s name, an issue line with "Issue No. 1,482", a sponsor line, "TOP STORY" (all "B"). Story: headline of record "W"; a "SINGAPORE —" lead with "Pte. Ltd. to" mid-sentence (an order, no speaker, "W"); "The agency announced" with "9.15 p.m." mid-sentence "W"; a list lead-in "" and three product lines with dates like "12.03.2027" (data lines, ""); "Sdn. Bhd. and" mid-sentence with "the SFA said" (as written, "W"); "it said" resolving to the agency as first given (advice ""); a health fact and an incubation period "W"; a Chinese-Singaporean managing director with an English given name ("Kelvin Soh Wee Liang"), whose later "Mr Soh told FoodLine Asia" resolves to the full name, a two-sentence quote (a record "W", a feeling ""); "He estimated" a cost (""), a share of sales "W"; the manufacturer\'s short form "did not respond to emailed questions" resolving to its full name; "according to FoodLine Asia\'s recall tracker" "W"; an association president ("Dr." dropped) with an opinion "", a quote of a question, "No." and a sentence (three, ""), and her members "W". Tail: a read-more link, "ALSO TODAY" teasers (headline, one-line summary with figures, "Read more →", all "B" like a related list), a sponsored block, forward, subscription, unsubscribe, a postal address with "#07-11", a copyright split at "Pte. Ltd." (all "B").',
    'American NONPROFIT NEWSROOM\'S NEWSLETTER EMAIL (Toledo, Ohio), a SCHOOL CLOSURE: the school board votes 5-2 to close three elementary schools. Head: From, Sent and Subject lines, "View this email in your browser", the newsletter\'s name and tagline, a two-sentence greeting from the stand-in writer (all "B"). Story: headline of record "W"; byline "B"; the vote and the moves "W"; "according to district figures" "W"; the superintendent ("Superintendent Dr." dropped) with an opinion "" and enrollment and savings "W"; public comment "W"; a parent\'s statement then a question ending "at 7:45 a.m.?” asked ..." (two sentences, both "asked"); the two no votes "W"; two board members in turn named by surname ("Wierzbicki-Lane said", "Sheffield-Oyelaran, who represents ..., said"), his ellipsis before a capital "I’d" (two sentences, ""), her household figure "W"; the board president ("Board President" dropped), a record "W" and a feeling ""; the teachers\' union "said in a statement" "W"; question subheads ""; a state law "W"; "The district said" (as written, "") and a building\'s age "according to the Lucas County Auditor’s records" "W"; a dated step "Castellanos-Brandt said" "W"; "by Jan. 15, 2027." "W". Tail: a two-sentence funding note, a republish line, a support box of three sentences, "DONATE", an also-in list with bullets, a tip line, a two-sentence 501(c)(3) note, an address "1120 Adams St., Ste. 310, ..." (one sentence), subscription and unsubscribe lines (all "B").',
    'Philippine STUDENT PAPER (UP Visayas, Miagao), desktop paste of a WordPress site, a PROTEST: over 600 students march against a proposed 43% dormitory fee rise. Head: the paper\'s name and tagline, a menu, "NEWS" (all "B"); headline of record "W"; a "Posted on ... by Jerome Sto. Domingo-Villareal" line "B"; a caption "" and its photo credit "B". Body: a "MIAGAO, Iloilo —" lead with peso figures and "AY 2026–2027" "W"; the route with "8:30 a.m." mid-sentence "W"; two crowd counts ("The USC put", "The university’s Security and Safety Office estimated", both "W"); a Filipino exclamation with its bracketed English translation before "USC Chairperson Ma. Kristine Sta. Romana-Dulay told the crowd" (ONE sentence; "Ma." and "Sta." kept in the name, the role dropped); "Sta. Romana-Dulay said" opening a sentence (a survey "W"), "She said" a plan ""; "In a memorandum dated April 28, the Office of the Vice Chancellor for Student Affairs (OVCSA) said" (fronted channel, acronym dropped, "W"); the vice chancellor ("Vice Chancellor for Student Affairs Prof." dropped) "said in an interview with Ang Batingaw" "", "He said" a record "W", his two-sentence quote "" and "Asked whether ..., Dela Cruz-Saldivar said" ""; a Filipino question with its bracketed translation kept in the same sentence, then a new sentence named after ("said Juan Paolo Villanueva-Tabernilla, a third-year ..."); "Another resident of the Balay Lampirong dormitory, who asked not to be named, said" (clause dropped); the regents\' meeting "W"; "The USC said" a plan ""; enrolment "according to the Office of the University Registrar" "W". Tail: a "— With reports from" line, tags, share and like lines one per line, "Related" with a "vs." headline, the comment form\'s lines split at "published." and a footer (all "B").',
    'Pakistani WIRE SERVICE\'S OWN SITE (Islamabad), desktop paste, a BUDGET: a Rs17.9 trillion federal budget with a 4.2% growth target. Head: masthead, menu, a markets ticker, section (all "B"); headline of record "W"; byline with two names, a date line with "GMT+5" (all "B"). Body: an "ISLAMABAD, June 10 (Potohar Wire) -" lead "W"; the finance minister ("Finance Minister" dropped) who "told the National Assembly" "W", "told lawmakers" "" and "He said" "W" with a bracketed acronym inside the claim; the IMF review "W" and "analysts said" (as written, ""); a "KEY MEASURES" label "B" and six "* " bullets of record "W"; the IMF\'s resident representative "said in a statement" ""; an analyst with an ellipsis before a lower-case word and "Securities Ltd. in Karachi" named after the quote (one sentence, ""), "He said" a record "W" and his question with "he asked" (one sentence, ""); the opposition leader "called" (""); an invented industry group "W"; markets "W"; the passage rule "W" and "Debate is expected" ""; growth "according to provisional figures released last week by the Pakistan Bureau of Statistics" "W". Tail: a "(Reporting by ...; Additional reporting by ...; Editing by ...)" line as one sentence, a standards line, a licensing line, "Read Next" and three headlines, a quotes-delay line, a copyright split at "(Pvt.) Ltd." (all "B").',
    'Fijian GOVERNMENT NEWS AGENCY (Suva), PRINT-VIEW paste, a SCIENTIFIC FINDING: a university study finds microplastics in 64 per cent of fish sold at the Suva Municipal Market. Head: a "Print this page | Close" line, the agency\'s name, a crumb, a release date, an "Issued by:" line (all "B"); headline of record "W"; a caption naming the minister with "Hon." ("") and its credit "B". Body: a "SUVA —" lead ending "the Ministry of Environment and Climate Change announced today" (as written, "W"); "The researchers examined" (an act, no speaker) and "They found" (cue "found", resolving to "researchers at the University of the South Pacific", bracketed acronym dropped); the minister ("Hon." dropped) with an opinion "", a dated ban "W" and a two-sentence quote named after with "the Minister said" ""; the lead author with a chiefly title and a doctorate ("Dr. Adi" dropped) and a long apposition, her ellipsis before a lower-case word closed by "Dr. Qalovaki-Singh said" (one sentence), her findings "W" and the state of the evidence "W"; a "Key findings of the study:" label "B" and three bullet lines of record "W"; publication and funding "W"; a journal reference line with initials, "et al." and "Mar. Pollut. Bull." as ONE "B" sentence; a deputy vice-chancellor ("Prof." dropped) ""; the permanent secretary ("Mr." dropped), a plan "" and a budget line "W"; a village headman with "Ratu" dropped and a bracketed gloss, a count "W"; "vendors said" (as written, ""); a vendor\'s quote with a question inside followed by a new sentence (two, named after); plastic waste "according to the Ministry" "W"; "The Ministry encouraged" "". Tail: "ENDS", a contact line, a "Printed from:" URL, a copyright split before "All rights reserved." (all "B").',
    'Ghanaian SPORTS SITE, READER-MODE paste, a TRANSFER: the Ghana Premier League\'s top scorer joins a Swedish club on a three-year deal. Reader view keeps the domain, byline and a "4-5 minutes" reading time (all "B"), captions with their credits, an embedded post and its attribution line. Headline of record "W"; a caption of record "W" and its credit "B". Body: "both clubs confirmed" "W"; contract "W"; "sources at the Kumasi club put it at about" (a hedge, ""); an EMBEDDED POST\'S text with an emoji flag and a link ("", no speaker) and its "— IFK Norrvik (@ifknorrvik) May 28, 2026" line "B"; a second caption "" and credit "B"; goals, assists and the earlier fee "W"; the coach ("head coach" dropped) "said" "", a four-sentence quote with a question followed by an answer "Of course!" (four sentences, all "told reporters", ""); "He said" a plan "" and a record with no speaker "W"; "In a post on Instagram, Boakye-Mensah thanked" (cue "thanked") and his quote with an ellipsis before a CAPITAL (two sentences, "he wrote"); the football association "W"; a FIFA rule "W" and "is likely to" ""; a founder who "told Touchline GH" "W" and his quote with two ellipses before lower-case words (one sentence); the Swedish club\'s record "W"; the sporting director "said in a club statement" ""; "is expected to ... could make his debut" ""; international record "W"; a question subhead ""; sales "according to league records" "W"; a pundit ("Ex-Black Stars forward" dropped) with an opinion and a two-sentence quote "". Tail: a WhatsApp follow line "B".',
    'Namibian LOCAL NEWS APP (Windhoek), PHONE paste via the app, an ELECTION RESULT: a regional council by-election won by 214 votes. Head: the app\'s name, "Open in app", a location-and-age line (all "B"); headline of record "W"; standfirst "Swapo candidate concedes, says ..." carrying him as the story names him (""); byline, date line with a reading time, a listen line (all "B"). Body: the result "the Electoral Commission of Namibia (ECN) announced" (acronym dropped, "W"); votes with a Namibian click-letter surname ("Rosalia !Gawises-Beukes 611.", never split at the "!") "W"; turnout "W"; a results table (label, header and source "B", rows ""); the cause of the by-election "W"; "at 2.35 a.m." ending a sentence before "The returning officer, Ms. ..., declared" (an act, no speaker, "W"); the winner\'s exclamation with "told supporters" (one sentence, "") and her taps "W"; the loser\'s ellipsis before a lower-case word named after ("said Kandjii-Nghipondoka, who ...") and his question followed by a new sentence (two); the city "said in a statement" "W"; an analyst ("Political analyst Dr." dropped) with an opinion "", a turnout average "W" and an ellipsis before a lower-case word ""; "The ECN said" (as written, "W"). Tail: a reactions line with emoji, "Comments", two readers\' comments with their handles and ages (all "B", the comments\' text included), a sponsored item, "More from Windhoek" and a headline, a shared-from line and a get-the-app line (all "B").',
]

ARTICLES = [
    [
        [
            ("Craoladh", "", "", "B"),
        ],
        [
            (
                "News | Sport | Business | Entertainment | Lifestyle | Culture | Weather | Player | Radio | Gaeilge",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Ireland › Transport", "", "", "B"),
        ],
        [
            (
                "Dublin 13°C | Showers clearing from the west this afternoon",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Live: Dublin Airport ground staff strike as 41 flights cancelled",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Union says baggage and ramp workers have had no pay rise since January 2022",
                "The Irish Aviation Staff Association",
                "says",
                "W",
            ),
        ],
        [
            ("Updated / Thursday, 14 May 2026 16:42", "", "", "B"),
        ],
        [
            ("Clíodhna Ní Mhaoileoin-Hartigan", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "About 1,400 baggage and ramp workers employed by Aerfort Handling Services are on a 24-hour strike in a dispute over pay.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "41 departures and arrivals have been cancelled and 63 delayed by more than an hour.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("16:42", "", "", "B"),
        ],
        [
            ("Second strike date set for 28 May", "", "", "W"),
        ],
        [
            (
                "The Irish Aviation Staff Association (IASA) has confirmed that a second 24-hour stoppage will begin at 4am on Thursday 28 May if no agreement is reached before then.",
                "The Irish Aviation Staff Association",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "Its general secretary, Fergal Tuohig-Mannion, said members were “angry, not reckless” and that the union would attend talks at the Workplace Relations Commission on Monday.",
                "Fergal Tuohig-Mannion",
                "said",
                "",
            ),
            (
                "“Would you load bags in the wind and the rain at four in the morning for €14.80 an hour?” he asked.",
                "Fergal Tuohig-Mannion",
                "asked",
                "",
            ),
        ],
        [
            ("Clíodhna Ní Mhaoileoin-Hartigan", "", "", "B"),
        ],
        [
            ("15:20", "", "", "B"),
        ],
        [
            (
                "Minister will not intervene, saying dispute is a matter for company and staff",
                "Declan Ferriter-Nagle",
                "saying",
                "",
            ),
        ],
        [
            (
                "The Minister for Transport, Declan Ferriter-Nagle, told the Dáil that he would not intervene in “an industrial relations matter between a private company and its own staff”.",
                "Declan Ferriter-Nagle",
                "told the Dáil",
                "",
            ),
            (
                "He said the Workplace Relations Commission had written to both sides on Wednesday evening offering to host talks on Monday.",
                "Declan Ferriter-Nagle",
                "said",
                "W",
            ),
        ],
        [
            (
                "Labour's transport spokesperson, Aoife Carrabine-Hession, said the Government could not “wash its hands” of a strike at the State's busiest airport.",
                "Aoife Carrabine-Hession",
                "said",
                "",
            ),
            (
                "“Dublin Airport handled 33.4 million passengers last year.",
                "Aoife Carrabine-Hession",
                "asked",
                "W",
            ),
            (
                "Is that a private matter?” she asked.",
                "Aoife Carrabine-Hession",
                "asked",
                "",
            ),
        ],
        [
            ("Clíodhna Ní Mhaoileoin-Hartigan", "", "", "B"),
        ],
        [
            ("13:55", "", "", "B"),
        ],
        [
            (
                "Company says 70% of its flights left on time up to midday",
                "Aerfort Handling Services",
                "says",
                "W",
            ),
        ],
        [
            (
                "In a statement, Aerfort Handling Services said 70% of the flights it handles had left on time up to midday, and that managers and staff from its Shannon base had been brought in to load bags.",
                "Aerfort Handling Services",
                "said",
                "W",
            ),
            (
                "It said it had offered a 9.5% increase over three years, backdated to 1 January, which IASA members rejected in a ballot last month.",
                "Aerfort Handling Services",
                "said",
                "W",
            ),
        ],
        [
            (
                "“That offer was fair, it was affordable and it remains on the table,” the company said.",
                "the company",
                "said",
                "",
            ),
        ],
        [
            ("Clíodhna Ní Mhaoileoin-Hartigan", "", "", "B"),
        ],
        [
            ("12:10", "", "", "B"),
        ],
        [
            ("Passengers wait it out at Terminal 1", "", "", ""),
        ],
        [
            (
                "Róisín Ó Ceallacháin-Byrne, from Ballina, Co Mayo, said her family's 10.40am flight to Faro had been cancelled by text message at 6am.",
                "Róisín Ó Ceallacháin-Byrne",
                "said",
                "",
            ),
            (
                "“We got the text at six o'clock… by then we were already on the M50 with two kids asleep in the back,” she said.",
                "Róisín Ó Ceallacháin-Byrne",
                "said",
                "",
            ),
        ],
        [
            (
                "“The lads on the ramp are out there in January in the dark.",
                "Tomás Keaveney-Dunne",
                "said",
                "",
            ),
            (
                "Fair play to them,” said Tomás Keaveney-Dunne, a retired postman from Swords whose flight to Lanzarote was delayed by two hours.",
                "Tomás Keaveney-Dunne",
                "said",
                "",
            ),
        ],
        [
            ("11:15", "", "", "B"),
        ],
        [
            ("What are my rights if my flight is cancelled?", "", "", ""),
        ],
        [
            (
                "Under EU rules, passengers whose flights are cancelled are entitled to a refund or a rebooking and, if they are stranded overnight, to meals and accommodation.",
                "",
                "",
                "W",
            ),
            (
                "The Commission for Aviation Regulation said complaints should be made to the airline first and then to it if they were not resolved.",
                "The Commission for Aviation Regulation",
                "said",
                "",
            ),
        ],
        [
            ("09:30", "", "", "B"),
        ],
        [
            ("Pickets in place at three staff entrances", "", "", "W"),
        ],
        [
            (
                "Pickets were placed at the three staff entrances to the airport from 4am, when the first shift was due to start.",
                "",
                "",
                "W",
            ),
            (
                "By 9am, 41 departures and arrivals had been cancelled, most of them on routes to Britain and Spain, according to the airport's website.",
                "the airport's website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The airport operator daa said passengers should check the status of their flight with their airline before leaving home.",
                "daa",
                "said",
                "",
            ),
            (
                "Ramp staff at Aerfort earn between €14.80 and €17.20 an hour, according to the union.",
                "the union",
                "according to",
                "W",
            ),
        ],
        [
            ("© Craoladh 2026", "", "", "B"),
        ],
        [
            (
                "Craoladh is not responsible for the content of external internet sites",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Skip to content", "", "", "B"),
        ],
        [
            ("Winnipeg Ledger-Post", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("Sign In", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Fire guts West End apartment block, leaving 38 people homeless",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Woman, 71, in critical condition after early-morning blaze on Toronto Street",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Author of the article:", "", "", "B"),
        ],
        [
            ("Marguerite Olszewski-Baptiste", "", "", "B"),
        ],
        [
            (
                "Published May 14, 2026 • Last updated 3 hours ago • 4 minute read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Firefighters pour water on the roof of the Selkirk Court apartments on Toronto Street early Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo by Kenji Abernathy-Lau /Winnipeg Ledger-Post", "", "", "B"),
        ],
        [
            ("Article content", "", "", "B"),
        ],
        [
            (
                "Thirty-eight people were left homeless and a 71-year-old woman was taken to hospital in critical condition after fire tore through a three-storey apartment block in Winnipeg’s West End early Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Crews were called to the Selkirk Court apartments on Toronto Street, just north of Ellice Avenue, at 3:52 a.m.",
                "",
                "",
                "W",
            ),
            (
                "The first engine arrived four minutes later, Assistant Chief Renata Vosburgh-Ilunga of the Winnipeg Fire Paramedic Service told reporters at the scene.",
                "Renata Vosburgh-Ilunga",
                "told reporters",
                "W",
            ),
        ],
        [
            ("Advertisement 2", "", "", "B"),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "She said heavy smoke was already coming from the third-floor hallway and firefighters rescued four people from balconies with ladders.",
                "Renata Vosburgh-Ilunga",
                "said",
                "W",
            ),
        ],
        [
            (
                "“When you have smoke in the stairwell at four in the morning, people go to the windows,” she said.",
                "Renata Vosburgh-Ilunga",
                "said",
                "",
            ),
            (
                "“That’s exactly what they should do, and it saved lives this morning.”",
                "Renata Vosburgh-Ilunga",
                "said",
                "",
            ),
        ],
        [
            ("The fire was declared under control at 5:40 a.m.", "", "", "W"),
            (
                "Crews stayed at the scene into the afternoon to put out hot spots in the roof.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The injured woman, who lived on the third floor, was taken to Health Sciences Centre, Vosburgh-Ilunga said.",
                "Renata Vosburgh-Ilunga",
                "said",
                "W",
            ),
            (
                "Two other residents were treated at the scene for smoke inhalation.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "She said the cause had not been determined and that investigators would be at the building for at least two more days.",
                "Renata Vosburgh-Ilunga",
                "said",
                "",
            ),
            (
                "The building’s fire alarms sounded, she said, but it had no sprinklers, which were not required in residential buildings of its size when it was built in 1962.",
                "Renata Vosburgh-Ilunga",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement 3", "", "", "B"),
        ],
        [
            (
                "Residents huddled across the street in blankets handed out by neighbours, some still in their slippers.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“I heard somebody banging on the doors yelling ‘Get out! Get out!’ and I grabbed my cat and my insulin,” said Analiza Ferrer-Okafor, 44, who has lived on the second floor since 2019.",
                "Analiza Ferrer-Okafor",
                "said",
                "",
            ),
            ("“Where do we go tonight?", "Analiza Ferrer-Okafor", "said", ""),
            (
                "Everything I own was in there,” she said.",
                "Analiza Ferrer-Okafor",
                "said",
                "",
            ),
        ],
        [
            (
                "The Canadian Red Cross said it was providing emergency lodging, food and clothing to 38 residents from 21 households.",
                "The Canadian Red Cross",
                "said",
                "W",
            ),
        ],
        [
            ("The building is owned by Kildonan Crest Properties Inc.", "", "", "W"),
            (
                "The company did not respond to a request for comment Thursday.",
                "The company",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "City records show the building was inspected in October 2025 and two orders were issued, one for a broken self-closing door on the third floor and one for a missing fire extinguisher.",
                "City records",
                "show",
                "W",
            ),
            (
                "A follow-up inspection in January found both had been fixed, according to the records.",
                "the records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Coun. Tadeusz Okonkwo-Reimer (Daniel McIntyre), whose ward includes the building, said the fire showed the city needed to require sprinklers in older rental blocks.",
                "Tadeusz Okonkwo-Reimer",
                "said",
                "",
            ),
            (
                "He said he would bring a motion to the property and development committee in June.",
                "Tadeusz Okonkwo-Reimer",
                "said",
                "",
            ),
        ],
        [
            (
                "It was the fourth fire at a West End apartment building since January, according to fire service data.",
                "fire service data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Winnipeg Police Service said its arson unit was assisting, as it does at every fire where someone is seriously hurt.",
                "The Winnipeg Police Service",
                "said",
                "W",
            ),
        ],
        [
            ("molszewski@ledgerpost.ca", "", "", "B"),
        ],
        [
            ("Article content", "", "", "B"),
        ],
        [
            ("Share this article in your social network", "", "", "B"),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("Transit fares to go up 10 cents on July 1", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            (
                "You must be logged in to join the discussion or read more comments.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Winnipeg Ledger-Post, a division of Red River Media Group Inc.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("belubulaleader.com.au", "", "", "B"),
        ],
        [
            (
                "Hail the size of golf balls smashes Canowindra roofs as storm cuts power to 4100 homes",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tamsin Brearley-Oates", "", "", "B"),
        ],
        [
            ("6-7 minutes", "", "", "B"),
        ],
        [
            (
                "Hailstones collected by Gooloogong farmer Neville Praed-Swanson on Tuesday afternoon.",
                "",
                "",
                "",
            ),
            ("Picture supplied", "", "", "B"),
        ],
        [
            (
                "A severe thunderstorm dropped hail up to 5cm across on Canowindra on Tuesday afternoon, smashing skylights, stripping fruit from orchards and bringing down power lines across the Cabonne and Cowra shires.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The NSW State Emergency Service received 212 calls for help across the Central West between 3pm and midnight, 167 of them from Canowindra, a spokesman said.",
                "a spokesman",
                "said",
                "W",
            ),
            ("Most were for roof damage and leaks.", "", "", "W"),
        ],
        [
            (
                "At the peak, 4100 homes and businesses were without power, Essential Energy said.",
                "Essential Energy",
                "said",
                "W",
            ),
            ("About 600 were still off on Wednesday night.", "", "", "W"),
        ],
        [
            (
                "Crews had found 23 poles down, most of them on the Canowindra-Cargo Road, a spokeswoman for the company said.",
                "a spokeswoman for the company",
                "said",
                "W",
            ),
            (
                "Some customers on rural lines could be without power until Friday, she said.",
                "a spokeswoman for the company",
                "said",
                "",
            ),
        ],
        [
            (
                "Canowindra SES unit commander Jodie Pettigrew-Ramsay said her 14 volunteers had worked through the night, and crews from Orange, Parkes and Young arrived on Wednesday morning to help.",
                "Jodie Pettigrew-Ramsay",
                "said",
                "W",
            ),
        ],
        [
            (
                '"We\'ve had hail before, but nothing like this... it sounded like someone was tipping bricks onto the roof," she said.',
                "Jodie Pettigrew-Ramsay",
                "said",
                "",
            ),
            (
                "\"If you've got a tarp on, please check the ropes before tonight.",
                "Jodie Pettigrew-Ramsay",
                "said",
                "",
            ),
            (
                'The wind is meant to pick up again."',
                "Jodie Pettigrew-Ramsay",
                "said",
                "",
            ),
        ],
        [
            (
                "In Gaskill Street, retiree Beverley Jandrell-Coote was sweeping glass from her verandah on Wednesday morning.",
                "",
                "",
                "",
            ),
            (
                '"The skylight came down right on top of the dog\'s bed... thank God he was under the kitchen table," she said.',
                "Beverley Jandrell-Coote",
                "said",
                "",
            ),
        ],
        [
            (
                "Damaged roofs in Gaskill Street, Canowindra, on Wednesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture by Tamsin Brearley-Oates", "", "", "B"),
        ],
        [
            ("'Like a freight train'", "", "", ""),
        ],
        [
            (
                "In Cowra, the storm brought down a 30-metre river red gum across Kendal Street, crushing two parked cars.",
                "",
                "",
                "W",
            ),
            ("No one was hurt, police said.", "police", "said", "W"),
        ],
        [
            (
                '"It came through like a freight train, and ten minutes later the sun was out," said Cowra resident Pat Delahunty-Rix, whose car was one of the two.',
                "Pat Delahunty-Rix",
                "said",
                "",
            ),
        ],
        [
            (
                "Cowra Airport recorded 38.4mm of rain in 20 minutes and a wind gust of 96km/h at 3.48pm, according to the Bureau of Meteorology.",
                "the Bureau of Meteorology",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Bureau meteorologist Dr Saskia Vandermeer-Holt said the storm was a supercell that formed near Grenfell at about 2pm and tracked north-east at 50km/h.",
                "Saskia Vandermeer-Holt",
                "said",
                "W",
            ),
            (
                "She said more storms were possible on Thursday but they were not expected to be as severe.",
                "Saskia Vandermeer-Holt",
                "said",
                "",
            ),
        ],
        [
            (
                "At Belubula Crest Orchard, east of town, Graham Tuckwell-Aziz estimated he had lost about 70 per cent of his cherries, two weeks before picking was due to start.",
                "Graham Tuckwell-Aziz",
                "estimated",
                "",
            ),
        ],
        [
            (
                "\"Twenty-two years we've been on this block and I've never seen hail like it.",
                "Graham Tuckwell-Aziz",
                "said",
                "",
            ),
            ('What do you do?" he said.', "Graham Tuckwell-Aziz", "said", ""),
        ],
        [
            (
                "He said the orchard's hail netting covered only 9 of its 31 hectares because of the cost, about $60,000 a hectare.",
                "Graham Tuckwell-Aziz",
                "said",
                "W",
            ),
        ],
        [
            (
                "Canowindra Public School was closed on Wednesday after hail broke more than 40 windows, the Department of Education said.",
                "the Department of Education",
                "said",
                "W",
            ),
            ("It is expected to reopen on Monday.", "", "", ""),
        ],
        [
            (
                "Cabonne mayor Cr Leonie Strathdee-Moss said she had written to the NSW Government on Wednesday asking for the shire to be declared a natural disaster area.",
                "Leonie Strathdee-Moss",
                "said",
                "W",
            ),
        ],
        [
            (
                '"People here are tough, but some of them were still recovering from the floods... this is a lot," she said.',
                "Leonie Strathdee-Moss",
                "said",
                "",
            ),
        ],
        [
            (
                "Cabonne Council said its Canowindra depot would take storm-damaged green waste free of charge until November 30.",
                "Cabonne Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Insurance Council of Australia said it had received 1380 claims by Wednesday afternoon, mostly for home and motor damage.",
                "The Insurance Council of Australia",
                "said",
                "W",
            ),
        ],
        [
            (
                "A hailstorm in the town in 2019 caused an estimated $9.6 million in insured losses, according to the council.",
                "the council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The SES advises people not to climb onto roofs and to call 132 500 for emergency help.",
                "The SES",
                "advises",
                "",
            ),
        ],
        [
            ("Got a news tip? Email news@belubulaleader.com.au", "", "", "B"),
        ],
    ],
    [
        [
            ("Print | Close window", "", "", "B"),
        ],
        [
            ("NARIMAN BUSINESS DAILY", "", "", "B"),
        ],
        [
            ("Economy / Policy", "", "", "B"),
        ],
        [
            (
                "RBI cuts repo rate by 25 bps to 5.25%, lowers FY27 inflation forecast to 3.6%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Governor says room for further easing is ‘limited’; lenders expected to pass on cut to floating-rate borrowers within weeks",
                "V. S. Subbiah-Menon",
                "says",
                "",
            ),
        ],
        [
            ("Aditi Ramaswamy-Kulkarni | Mumbai", "", "", "B"),
        ],
        [
            ("Last Updated: June 5, 2026, 18:04 IST", "", "", "B"),
        ],
        [
            (
                "The Reserve Bank of India’s Monetary Policy Committee (MPC) on Friday cut the policy repo rate by 25 basis points to 5.25%, its second reduction this calendar year.",
                "",
                "",
                "W",
            ),
            (
                "Five of the six members voted for the cut, while external member Prof. Harshvardhan Oberoi-Nandakumar voted to keep the rate unchanged.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The standing deposit facility rate was lowered to 5%, and the marginal standing facility rate and the bank rate to 5.5%.",
                "",
                "",
                "W",
            ),
            ("The committee kept its stance at “neutral”.", "", "", "W"),
        ],
        [
            ("The decision was announced at 10 a.m.", "", "", "W"),
            (
                "Thirty-one of the 38 economists polled by the paper last week had expected a cut.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Governor V. S. Subbiah-Menon said consumer price inflation had averaged 2.9% in the January-March quarter, well below the RBI’s February projection of 3.8%.",
                "V. S. Subbiah-Menon",
                "said",
                "W",
            ),
            (
                "The MPC lowered its inflation forecast for 2026-27 to 3.6% from 4% and kept its GDP growth projection at 6.7%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The space for further easing is now limited… we will be guided by the incoming data,” he told reporters at the post-policy press conference.",
                "V. S. Subbiah-Menon",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Asked whether the rupee’s fall past 88 to the US dollar last month had weighed on the decision, Mr. Subbiah-Menon said the RBI did not target any level for the currency and intervened only to curb volatility.",
                "V. S. Subbiah-Menon",
                "said",
                "W",
            ),
        ],
        [
            ("Key policy rates (%)", "", "", "B"),
        ],
        [
            ("Rate | Earlier | Now", "", "", "B"),
        ],
        [
            ("Policy repo rate | 5.50 | 5.25", "", "", ""),
        ],
        [
            ("Standing deposit facility | 5.25 | 5.00", "", "", ""),
        ],
        [
            ("Marginal standing facility / Bank rate | 5.75 | 5.50", "", "", ""),
        ],
        [
            ("Cash reserve ratio | 3.00 | 3.00", "", "", ""),
        ],
        [
            ("Source: RBI", "", "", "B"),
        ],
        [
            (
                "The first lender to respond was Sahyadri Urban Co-operative Bank Ltd.",
                "",
                "",
                "W",
            ),
            (
                "It said it would cut its repo-linked lending rate by 25 bps from June 8.",
                "Sahyadri Urban Co-operative Bank Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "State-run Konkan Mercantile Bank said in a stock exchange filing late on Friday that its asset-liability committee would meet on Monday to review rates.",
                "Konkan Mercantile Bank",
                "said in a stock exchange filing",
                "W",
            ),
        ],
        [
            (
                "Dr. Rukmini Varadarajan-Shah, chief economist at Nariman Point Securities Pvt. Ltd., said the cut was “largely priced in” and that the governor’s comments signalled the end of the easing cycle.",
                "Rukmini Varadarajan-Shah",
                "said",
                "",
            ),
            (
                "She expects the repo rate to stay at 5.25% at least until February.",
                "Rukmini Varadarajan-Shah",
                "expects",
                "",
            ),
        ],
        [
            (
                "“Will banks pass it on to depositors as fast as to borrowers?",
                "Rukmini Varadarajan-Shah",
                "said",
                "",
            ),
            ("I doubt it,” she said.", "Rukmini Varadarajan-Shah", "said", ""),
        ],
        [
            (
                "Transmission of earlier cuts has been uneven: the weighted average lending rate on fresh rupee loans fell 41 bps between February 2025 and March 2026, against cumulative repo cuts of 75 bps in that period, according to RBI data.",
                "RBI data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The benchmark Sensex rose 412.6 points, or 0.5%, to close at 82,317.45, while the 10-year government bond yield fell 6 bps to 6.18%.",
                "",
                "",
                "W",
            ),
            ("The rupee ended at 87.94 to the dollar.", "", "", "W"),
        ],
        [
            ("Home buyers stand to gain the most.", "", "", ""),
            (
                "On a ₹50 lakh loan over 20 years, a 25 bps cut lowers the monthly instalment by about ₹790, according to calculations by the paper.",
                "calculations by the paper",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Maharashtra Housing Developers’ Forum said the cut would “bring fence-sitters back” before the festive season.",
                "The Maharashtra Housing Developers’ Forum",
                "said",
                "",
            ),
        ],
        [
            ("The MPC’s next meeting is scheduled for August 4-6.", "", "", "W"),
        ],
        [
            (
                "Also Read: Sensex ends 412 points higher as rate-sensitive stocks rally",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Also Read: GST collections rise 9.1% to ₹2.07 lakh crore in May",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "URL: https://www.narimanbusinessdaily.in/economy/policy/rbi-cuts-repo-rate-by-25-bps-to-5-25-lowers-fy27-inflation-forecast-4418273",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Printed on: June 5, 2026 7:31 PM", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Nariman Business Daily Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰ Menu", "", "", "B"),
        ],
        [
            ("DAILY KELELE", "", "", "B"),
        ],
        [
            ("Search", "", "", "B"),
        ],
        [
            (
                "TRENDING: Matatu crews down tools on Thika Road | Nairobi's priciest chips | Harambee Stars squad",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "GUILTY! ‘Bishop Moto’ convicted of conning 19 widows out of Sh14.2 million in Kitengela land scam",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Magistrate says flamboyant preacher ‘used the pulpit as a sales office’",
                "Beatrice Achieng Lukalo-Odhiambo",
                "says",
                "",
            ),
        ],
        [
            ("By Wanjiru Mbogo-Kasaine", "", "", "B"),
        ],
        [
            ("May 14, 2026 • 3 min read", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "‘Bishop Moto’ in the dock at Milimani Law Courts on Thursday.",
                "",
                "",
                "",
            ),
            ("PHOTO | KELELE", "", "", "B"),
        ],
        [
            (
                "Flamboyant Kitengela preacher Zakayo Kiprono-Wanyoike, better known to his flock as ‘Bishop Moto’, was on Thursday found guilty of obtaining Sh14.2 million from 19 widows by falsely pretending he had land to sell them.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief Magistrate Beatrice Achieng Lukalo-Odhiambo convicted him on all 19 counts of obtaining money by false pretences and one count of forgery.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The accused used the pulpit as a sales office and the grief of these women as his marketing plan,” the magistrate said as she read the judgment.",
                "Beatrice Achieng Lukalo-Odhiambo",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the prosecution had proved that he sold the same 50-by-100 plots to at least three buyers each and that the title deed he showed the women was forged.",
                "Beatrice Achieng Lukalo-Odhiambo",
                "said",
                "W",
            ),
            (
                "Each count carries a maximum of three years in jail, she said.",
                "Beatrice Achieng Lukalo-Odhiambo",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("DRAMA IN COURT", "", "", ""),
        ],
        [
            (
                "The packed courtroom erupted as the verdict was read, with some of his followers wailing and one woman collapsing in the gallery.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“Mungu atakulipa!” (God will repay you!) one of the widows shouted at him as he was led to the cells.",
                "one of the widows",
                "shouted",
                "",
            ),
        ],
        [
            (
                "Bishop Moto, dressed in his trademark cream suit and red bow tie, stared at the floor.",
                "",
                "",
                "",
            ),
            (
                "Asked by Kelele whether he had anything to say to the widows, Bishop Moto said only: “God knows the truth.”",
                "Zakayo Kiprono-Wanyoike",
                "said",
                "",
            ),
            (
                "The 52-year-old, who had denied all the charges, was remanded at Industrial Area Remand Prison until sentencing on June 2.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "His lawyer, Cliff Oduya-Mwangangi, said they would appeal.",
                "Cliff Oduya-Mwangangi",
                "said",
                "",
            ),
            (
                "“My client is a man of God, not a conman.",
                "Cliff Oduya-Mwangangi",
                "told journalists",
                "",
            ),
            (
                "We shall see them at the High Court!” Oduya-Mwangangi told journalists outside court.",
                "Cliff Oduya-Mwangangi",
                "told journalists",
                "",
            ),
        ],
        [
            (
                "Prosecution counsel Maryanne Chelagat-Otieno told the court that the State would ask for a custodial sentence and for the preacher’s two Toyota Land Cruisers to be sold to repay the women.",
                "Maryanne Chelagat-Otieno",
                "told the court",
                "",
            ),
        ],
        [
            ("‘HE PRAYED FOR US EVERY SUNDAY’", "", "", ""),
        ],
        [
            (
                "Rose Wambui-Ndegwa, 67, a widow from Isinya, said she paid Sh740,000 in cash in 2022 for a plot she was shown near the Kitengela-Isinya road.",
                "Rose Wambui-Ndegwa",
                "said",
                "W",
            ),
            ("“Every Sunday he prayed for us.", "Rose Wambui-Ndegwa", "said", ""),
            ("Every Sunday!", "Rose Wambui-Ndegwa", "said", ""),
            (
                "And all that time he was eating our money,” she said.",
                "Rose Wambui-Ndegwa",
                "said",
                "",
            ),
        ],
        [
            (
                "Another widow, who asked not to be named because her children do not know she lost the money, said she had sold her late husband’s cows to pay.",
                "Another widow",
                "said",
                "",
            ),
        ],
        [
            (
                "Kelele has learnt that the preacher’s church, Moto wa Injili Ministries, has not held a service at its Kitengela tent since his arrest in March 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Office of the Director of Public Prosecutions said in a post on X that 11 more complainants had recorded statements with detectives and a second case could follow.",
                "The Office of the Director of Public Prosecutions",
                "said in a post on X",
                "W",
            ),
        ],
        [
            (
                "Read Also: Pastor’s wife sues church over Sh3 million Prado",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read Also: Why Nairobi slay queens are moving to Syokimau", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Join Daily Kelele WhatsApp Channel for the HOTTEST stories!",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tags: Bishop Moto, Kitengela, Milimani Law Courts, Land Fraud",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (57)", "", "", "B"),
        ],
        [
            ("© 2026 Daily Kelele.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "From: FoodLine Asia Daily Briefing <briefing@foodlineasia.com.sg>",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Date: Tuesday, 9 June 2026 at 6:58 am", "", "", "B"),
        ],
        [
            ("To: m.teo@rivervalefoods.sg", "", "", "B"),
        ],
        [
            (
                "Subject: SFA orders recall of frozen dumplings over Listeria | Rice prices | Packaging levy",
                "",
                "",
                "B",
            ),
        ],
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("FOODLINE ASIA | DAILY BRIEFING", "", "", "B"),
        ],
        [
            ("Tuesday, 9 June 2026 | Issue No. 1,482", "", "", "B"),
        ],
        [
            ("Presented by SealPro Packaging Solutions", "", "", "B"),
        ],
        [
            ("TOP STORY", "", "", "B"),
        ],
        [
            (
                "SFA orders recall of three frozen dumpling products after Listeria found in samples",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "SINGAPORE — The Singapore Food Agency (SFA) has directed importer Tanjong Lestari Frozen Foods Pte. Ltd. to recall three frozen dumpling products after Listeria monocytogenes was detected in samples taken during routine surveillance.",
                "",
                "",
                "W",
            ),
            (
                "The agency announced the recall at 9.15 p.m. on Monday.",
                "The agency",
                "announced",
                "W",
            ),
        ],
        [
            ("The affected products are:", "", "", ""),
        ],
        [
            (
                "• Golden Lotus Pork & Chive Dumplings (500g), best before 12.03.2027",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "• Golden Lotus Chicken & Mushroom Dumplings (500g), best before 14.03.2027",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "• Golden Lotus Vegetable Gyoza (750g), best before 02.04.2027",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The products were made in Malaysia by Seri Kembangan Food Industries Sdn. Bhd. and sold at supermarkets and through online grocery platforms, the SFA said.",
                "the SFA",
                "said",
                "W",
            ),
            (
                "Consumers who have bought them should not eat them, and those who have eaten them and have concerns about their health should see a doctor, it said.",
                "The Singapore Food Agency",
                "said",
                "",
            ),
        ],
        [
            (
                "Listeriosis is rare but can be serious for pregnant women, newborns, the elderly and people with weakened immune systems.",
                "",
                "",
                "W",
            ),
            (
                "Symptoms can appear up to 70 days after eating contaminated food.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tanjong Lestari’s managing director, Kelvin Soh Wee Liang, said the company had pulled about 11,400 packs from 86 retail outlets by Monday night.",
                "Kelvin Soh Wee Liang",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We informed our retail partners within two hours of receiving the SFA’s notice.",
                "Kelvin Soh Wee Liang",
                "told FoodLine Asia",
                "W",
            ),
            (
                "Our priority is consumer safety,” Mr Soh told FoodLine Asia.",
                "Kelvin Soh Wee Liang",
                "told FoodLine Asia",
                "",
            ),
        ],
        [
            (
                "He estimated the recall would cost the company between S$180,000 and S$220,000, including disposal and lost sales.",
                "Kelvin Soh Wee Liang",
                "estimated",
                "",
            ),
            (
                "He said the three products made up about 6% of the company’s annual sales.",
                "Kelvin Soh Wee Liang",
                "said",
                "W",
            ),
        ],
        [
            (
                "Seri Kembangan Food Industries did not respond to emailed questions by press time.",
                "Seri Kembangan Food Industries Sdn. Bhd.",
                "did not respond to emailed questions",
                "",
            ),
        ],
        [
            (
                "It is the fourth recall of a frozen product ordered by the SFA this year, compared with two in the whole of 2025, according to FoodLine Asia’s recall tracker.",
                "FoodLine Asia’s recall tracker",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dr. Norhafizah Rahmat-Ong, president of the Singapore Chilled & Frozen Importers’ Association, said the rise reflected more frequent sampling rather than a decline in standards.",
                "Norhafizah Rahmat-Ong",
                "said",
                "",
            ),
            (
                "“Is our food less safe than five years ago?",
                "Norhafizah Rahmat-Ong",
                "said",
                "",
            ),
            ("No.", "Norhafizah Rahmat-Ong", "said", ""),
            (
                "We are simply testing more, and testing finds things,” she said.",
                "Norhafizah Rahmat-Ong",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the association’s 43 members had been asked to check their own stocks of products from the same manufacturer.",
                "Norhafizah Rahmat-Ong",
                "said",
                "W",
            ),
        ],
        [
            ("Read the full story on foodlineasia.com.sg →", "", "", "B"),
        ],
        [
            ("ALSO TODAY", "", "", "B"),
        ],
        [
            (
                "Thai white rice export prices rise 4.1% in a week as buyers return",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Importers say Thai 5% broken rice was quoted at US$418 a tonne on Friday, up from US$401 a week earlier.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read more →", "", "", "B"),
        ],
        [
            (
                "Packaging levy: what the new reporting rules mean for importers",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read more →", "", "", "B"),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            ("SealPro’s compostable trays are now NEA-compliant.", "", "", "B"),
            ("Book a free sample pack today.", "", "", "B"),
        ],
        [
            ("Forwarded this email? Sign up here.", "", "", "B"),
        ],
        [
            (
                "You are receiving this email because you subscribed to FoodLine Asia Daily Briefing.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Unsubscribe | Update your preferences", "", "", "B"),
        ],
        [
            (
                "FoodLine Asia Media Pte. Ltd., 81 Ubi Avenue 4 #07-11, Singapore 408830",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 FoodLine Asia Media Pte. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("From: The Maumee Current <newsletter@maumeecurrent.org>", "", "", "B"),
        ],
        [
            ("Sent: Thursday, May 21, 2026 6:30 AM", "", "", "B"),
        ],
        [
            ("Subject: Board votes to close 3 elementary schools", "", "", "B"),
        ],
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("THE MAUMEE CURRENT | Morning Edition", "", "", "B"),
        ],
        [
            ("Nonprofit news for Toledo and Lucas County", "", "", "B"),
        ],
        [
            ("Good morning, Toledo.", "", "", "B"),
            ("Dana here, filling in for Marcus today.", "", "", "B"),
        ],
        [
            (
                "Toledo school board votes 5-2 to close three elementary schools",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Dana Whitcombe-Fierro, Education Reporter", "", "", "B"),
        ],
        [
            (
                "The Toledo Public Schools board voted 5-2 Wednesday night to close Alderbrook, Birchmont and Pelham Ridge elementary schools at the end of the 2026-27 school year.",
                "",
                "",
                "W",
            ),
            (
                "Their students will be moved to five other buildings in fall 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The three schools had a combined enrollment of 812 this spring, about 54% of their capacity, according to district figures.",
                "district figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Superintendent Dr. Octavia Castellanos-Brandt said the decision was “the hardest one this board will make this decade.”",
                "Octavia Castellanos-Brandt",
                "said",
                "",
            ),
            (
                "She said district enrollment had fallen from 27,900 in 2015 to 21,640 this year, and that the closures would save about $4.3 million a year in staffing, utilities and maintenance.",
                "Octavia Castellanos-Brandt",
                "said",
                "W",
            ),
        ],
        [
            (
                "More than 60 people signed up to speak during public comment, which ran for two hours and 51 minutes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“You’re asking 7-year-olds to cross Dorr Street to get to school.",
                "Keisha Donnelly-Abara",
                "asked",
                "",
            ),
            (
                "Has anyone on this board walked that route at 7:45 a.m.?” asked Keisha Donnelly-Abara, whose two children attend Birchmont.",
                "Keisha Donnelly-Abara",
                "asked",
                "",
            ),
        ],
        [
            (
                "Board members Tobias Wierzbicki-Lane and Anita Sheffield-Oyelaran voted no.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Wierzbicki-Lane said the district had not done enough to show families where the savings would go.",
                "Tobias Wierzbicki-Lane",
                "said",
                "",
            ),
            (
                "“We keep being told the money will follow the kids…",
                "Tobias Wierzbicki-Lane",
                "said",
                "",
            ),
            (
                "I’d like to see it on paper,” he said.",
                "Tobias Wierzbicki-Lane",
                "said",
                "",
            ),
        ],
        [
            (
                "Sheffield-Oyelaran, who represents the district’s south side, said two of the three schools were in neighborhoods where fewer than half of households own a car.",
                "Anita Sheffield-Oyelaran",
                "said",
                "W",
            ),
        ],
        [
            (
                "Board President Gail Ostrowski-Turner said the board had delayed the vote twice, in October and February, to hear from families.",
                "Gail Ostrowski-Turner",
                "said",
                "W",
            ),
            (
                "“Nobody up here ran for this seat to close schools,” she said.",
                "Gail Ostrowski-Turner",
                "said",
                "",
            ),
        ],
        [
            (
                "The Toledo Federation of Teachers said in a statement that no teacher would lose a job as a result of the closures under the union’s current contract, which runs until June 2028.",
                "The Toledo Federation of Teachers",
                "said in a statement",
                "W",
            ),
        ],
        [
            ("What happens to the buildings?", "", "", ""),
        ],
        [
            (
                "Under Ohio law, a district that decides to sell a school building must first offer it to charter schools in the district.",
                "",
                "",
                "W",
            ),
            (
                "The district said it had not decided whether to sell the three buildings, lease them or demolish them.",
                "The district",
                "said",
                "",
            ),
        ],
        [
            (
                "Birchmont, which opened in 1927, is the second-oldest school building still in use in the district, according to the Lucas County Auditor’s records.",
                "the Lucas County Auditor’s records",
                "according to",
                "W",
            ),
        ],
        [
            ("What happens next?", "", "", ""),
        ],
        [
            (
                "The district will hold information sessions for affected families at each of the three schools in September, Castellanos-Brandt said.",
                "Octavia Castellanos-Brandt",
                "said",
                "W",
            ),
            (
                "Bus routes for the receiving schools will be published by Jan. 15, 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "This story was produced with support from the Great Lakes Education Reporting Fund.",
                "",
                "",
                "B",
            ),
            ("The Maumee Current retains full editorial control.", "", "", "B"),
        ],
        [
            (
                "Republish this story for free under a Creative Commons license.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("SUPPORT LOCAL NEWS", "", "", "B"),
        ],
        [
            ("The Maumee Current is a nonprofit newsroom.", "", "", "B"),
            ("We don’t have a paywall, and we never will.", "", "", "B"),
            ("If this newsletter helps you, please chip in today.", "", "", "B"),
        ],
        [
            ("DONATE", "", "", "B"),
        ],
        [
            ("ALSO IN THE CURRENT", "", "", "B"),
        ],
        [
            (
                "• Lucas County Land Bank to demolish 140 vacant homes this summer",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "• What the new Anthony Wayne Trail speed cameras will cost you",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Have a tip? Just hit reply.", "", "", "B"),
        ],
        [
            ("The Maumee Current is a 501(c)(3) nonprofit.", "", "", "B"),
            ("Donations are tax-deductible to the extent allowed by law.", "", "", "B"),
        ],
        [
            ("1120 Adams St., Ste. 310, Toledo, OH 43604", "", "", "B"),
        ],
        [
            (
                "You received this email because you signed up at maumeecurrent.org.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Unsubscribe | Manage preferences", "", "", "B"),
        ],
    ],
    [
        [
            ("Ang Batingaw", "", "", "B"),
        ],
        [
            (
                "The Official Student Publication of the University of the Philippines Visayas",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home   News   Opinion   Features   Lathalain   Culture   Sports   About Us",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            (
                "Over 600 students march in Miagao against proposed 43% dorm fee hike",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Posted on May 14, 2026 by Jerome Sto. Domingo-Villareal", "", "", "B"),
        ],
        [
            (
                "Students march past Kalantiaw Hall on their way to the Administration Building on Wednesday morning.",
                "",
                "",
                "",
            ),
            ("Photo by Ana Lucia Dimaculangan-Ferrer / Ang Batingaw", "", "", "B"),
        ],
        [
            (
                "MIAGAO, Iloilo — More than 600 students marched through the UP Visayas Miagao campus on Wednesday to protest a proposal to raise dormitory fees from ₱1,750 to ₱2,500 a month starting in the first semester of AY 2026–2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The march, organized by the University Student Council (USC) and 14 student organizations, began at the Oblation at 8:30 a.m. and ended at the Administration Building, where students held a program until noon.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The USC put the turnout at 620.", "The USC", "put", "W"),
            (
                "The university’s Security and Safety Office estimated the crowd at about 450.",
                "The university’s Security and Safety Office",
                "estimated",
                "W",
            ),
        ],
        [
            (
                "“Hindi kami bisita dito, estudyante kami! (We are not guests here, we are students!)” USC Chairperson Ma. Kristine Sta. Romana-Dulay told the crowd.",
                "Ma. Kristine Sta. Romana-Dulay",
                "told the crowd",
                "",
            ),
        ],
        [
            (
                "Sta. Romana-Dulay said 71% of the 1,136 students living in university dormitories come from families earning less than ₱20,000 a month, based on a survey the USC conducted in March.",
                "Ma. Kristine Sta. Romana-Dulay",
                "said",
                "W",
            ),
            (
                "She said the council would ask the Board of Regents to reject the proposal.",
                "Ma. Kristine Sta. Romana-Dulay",
                "said",
                "",
            ),
        ],
        [
            (
                "In a memorandum dated April 28, the Office of the Vice Chancellor for Student Affairs (OVCSA) said the increase was needed to cover electricity costs that had risen 38% since 2023 and repairs to three dormitories.",
                "the Office of the Vice Chancellor for Student Affairs",
                "said",
                "W",
            ),
        ],
        [
            (
                "Vice Chancellor for Student Affairs Prof. Emmanuel Dela Cruz-Saldivar said in an interview with Ang Batingaw that the proposal was “not final” and that the administration would meet student leaders before the BOR meeting.",
                "Emmanuel Dela Cruz-Saldivar",
                "said in an interview with Ang Batingaw",
                "",
            ),
            (
                "He said dormitory fees had not been raised since 2016.",
                "Emmanuel Dela Cruz-Saldivar",
                "said",
                "W",
            ),
        ],
        [
            ("“We are open to dialogue.", "Emmanuel Dela Cruz-Saldivar", "said", ""),
            (
                "But the electric bill does not stop coming,” he said.",
                "Emmanuel Dela Cruz-Saldivar",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked whether the increase could be staggered, Dela Cruz-Saldivar said “all options are on the table.”",
                "Emmanuel Dela Cruz-Saldivar",
                "said",
                "",
            ),
        ],
        [
            (
                "For some dormers, the ₱750 difference is the size of a week’s allowance.",
                "",
                "",
                "",
            ),
            (
                "“Saan ko kukunin ang dagdag na ₱750 kada buwan? (Where will I get ₱750 more every month?)",
                "Juan Paolo Villanueva-Tabernilla",
                "said",
                "",
            ),
            (
                "My parents are rice farmers in Sibalom,” said Juan Paolo Villanueva-Tabernilla, a third-year BS Fisheries student from Antique.",
                "Juan Paolo Villanueva-Tabernilla",
                "said",
                "",
            ),
        ],
        [
            (
                "Another resident of the Balay Lampirong dormitory, who asked not to be named, said she had already started looking for a boarding house in the town proper.",
                "Another resident of the Balay Lampirong dormitory",
                "said",
                "",
            ),
        ],
        [
            (
                "The Board of Regents is scheduled to take up the proposal at its meeting on June 26 in Quezon City.",
                "",
                "",
                "W",
            ),
            (
                "The USC said it would hold a second protest if the proposal was included in the BOR agenda.",
                "The USC",
                "said",
                "",
            ),
        ],
        [
            (
                "UP Visayas has about 3,900 undergraduate students on its Miagao campus, according to the Office of the University Registrar.",
                "the Office of the University Registrar",
                "according to",
                "W",
            ),
        ],
        [
            ("— With reports from Hannah Mae Ybañez-Catalan", "", "", "B"),
        ],
        [
            ("Tags: BOR, dormitory fees, OVCSA, protest, USC", "", "", "B"),
        ],
        [
            ("Share this:", "", "", "B"),
        ],
        [
            ("Facebook", "", "", "B"),
        ],
        [
            ("X", "", "", "B"),
        ],
        [
            ("Email", "", "", "B"),
        ],
        [
            ("Like this:", "", "", "B"),
        ],
        [
            ("Like Loading...", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("USC passes resolution vs. ₱300 ID replacement fee", "", "", "B"),
        ],
        [
            ("Fact check: Are UPV dorm fees the lowest in the UP System?", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            (
                "Ang Batingaw © 2026 | Room 104, Student Center, UP Visayas, Miagao, Iloilo",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Proudly powered by WordPress", "", "", "B"),
        ],
    ],
    [
        [
            ("Potohar Wire", "", "", "B"),
        ],
        [
            (
                "Top News | Pakistan | Business | Markets | World | Sports | Pictures | Video",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "KSE-100 118,402.6 ▲0.84% | USD/PKR 282.15 ▼0.03% | Gold (tola) Rs351,200 ▲1.1% | Brent $71.20 ▼0.4%",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business", "", "", "B"),
        ],
        [
            (
                "Pakistan unveils Rs17.9 trillion budget, targets 4.2% growth and 4.8% deficit",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Sana Qureshi-Baloch and Hamza Iftikhar-Rana", "", "", "B"),
        ],
        [
            ("June 10, 2026 6:41 PM GMT+5 Updated 2 hours ago", "", "", "B"),
        ],
        [
            (
                "ISLAMABAD, June 10 (Potohar Wire) - Pakistan’s government on Wednesday unveiled a Rs17.9 trillion ($63.4 billion) budget for the fiscal year starting July 1, setting a growth target of 4.2% and a fiscal deficit target of 4.8% of gross domestic product.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Finance Minister Zafar Iqbal Dasti-Khokhar told the National Assembly that total spending would rise 7.3% from this year’s revised estimate, with interest payments alone taking Rs8.2 trillion, or 46% of the total.",
                "Zafar Iqbal Dasti-Khokhar",
                "told the National Assembly",
                "W",
            ),
        ],
        [
            (
                "“This is not a budget of relief; it is a budget of repair,” Dasti-Khokhar told lawmakers as opposition members chanted slogans and waved copies of their electricity bills.",
                "Zafar Iqbal Dasti-Khokhar",
                "told lawmakers",
                "",
            ),
        ],
        [
            (
                "He said the Federal Board of Revenue (FBR) had been given a tax collection target of Rs14.1 trillion, up 15.6% from this year’s revised estimate of Rs12.2 trillion.",
                "Zafar Iqbal Dasti-Khokhar",
                "said",
                "W",
            ),
        ],
        [
            (
                "The budget is the last to be presented before the International Monetary Fund’s next review of Pakistan’s loan programme, due in September.",
                "",
                "",
                "W",
            ),
            (
                "IMF staff must be satisfied with the revenue measures before the next tranche of about $1 billion can be released, analysts said.",
                "analysts",
                "said",
                "",
            ),
        ],
        [
            ("KEY MEASURES", "", "", "B"),
        ],
        [
            (
                "* Income tax exemption for salaried workers raised to Rs1.2 million a year from Rs600,000",
                "",
                "",
                "W",
            ),
        ],
        [
            ("* Defence spending up 11% to Rs2.81 trillion", "", "", "W"),
        ],
        [
            (
                "* Sales tax on imported solar panels raised to 18% from 10%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "* Federal development spending set at Rs1.1 trillion, down from Rs1.4 trillion",
                "",
                "",
                "W",
            ),
        ],
        [
            ("* Minimum monthly wage raised to Rs40,000 from Rs37,000", "", "", "W"),
        ],
        [
            ("* Petroleum levy raised to Rs90 a litre from Rs78", "", "", "W"),
        ],
        [
            (
                "The IMF’s resident representative in Pakistan, Lucía Ferraro-Dahl, said in a statement that the fund would “study the budget proposals carefully” and continue discussions with the authorities.",
                "Lucía Ferraro-Dahl",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "“The revenue target is ambitious... very ambitious,” said Shahzeb Rasheed Bhatti, head of research at Clifton Harbour Securities Ltd. in Karachi.",
                "Shahzeb Rasheed Bhatti",
                "said",
                "",
            ),
            (
                "He said the FBR had missed its annual target in each of the past three years, by between Rs380 billion and Rs610 billion.",
                "Shahzeb Rasheed Bhatti",
                "said",
                "W",
            ),
            (
                "“Where is the Rs1.9 trillion in extra revenue coming from?” he asked.",
                "Shahzeb Rasheed Bhatti",
                "asked",
                "",
            ),
        ],
        [
            (
                "Opposition leader Mushtaq Ahmed Gondal-Virk called the budget “anti-poor” and said his party would vote against it.",
                "Mushtaq Ahmed Gondal-Virk",
                "called",
                "",
            ),
        ],
        [
            (
                "The Alternative Energy Importers Forum, an industry group, said the higher tax on solar panels would add about Rs9,000 to the cost of a typical 5-kilowatt home system.",
                "The Alternative Energy Importers Forum",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pakistan’s benchmark KSE-100 index closed 0.84% higher at 118,402.6 points before the speech.",
                "",
                "",
                "W",
            ),
            ("The rupee was little changed at 282.15 to the dollar.", "", "", "W"),
        ],
        [
            (
                "The National Assembly must pass the budget before June 30 for it to take effect on July 1.",
                "",
                "",
                "W",
            ),
            ("Debate is expected to begin on Friday.", "", "", ""),
        ],
        [
            (
                "Pakistan’s economy grew an estimated 2.7% in the year to June, below the government’s target of 3.6%, according to provisional figures released last week by the Pakistan Bureau of Statistics.",
                "provisional figures released last week by the Pakistan Bureau of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Sana Qureshi-Baloch and Hamza Iftikhar-Rana in Islamabad; Additional reporting by Adeel Soomro-Jatoi in Karachi; Editing by Rehana Kazmi-Ellis)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our Standards: The Potohar Wire Editorial Principles.", "", "", "B"),
        ],
        [
            ("Purchase Licensing Rights", "", "", "B"),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            (
                "Pakistan’s May inflation eases to 5.1%, lowest in eight months",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Textile exporters seek cut in gas tariff ahead of budget", "", "", "B"),
        ],
        [
            (
                "Pakistan, China sign $410 million deal for Karachi port upgrade",
                "",
                "",
                "B",
            ),
        ],
        [
            ("All quotes delayed a minimum of 15 minutes.", "", "", "B"),
        ],
        [
            ("© 2026 Potohar Wire Service (Pvt.) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Print this page | Close", "", "", "B"),
        ],
        [
            ("FIJIAN GOVERNMENT NEWS SERVICE", "", "", "B"),
        ],
        [
            ("Home > Media Centre > News Releases", "", "", "B"),
        ],
        [
            (
                "Study finds microplastics in two-thirds of fish sold at Suva Municipal Market",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Release Date: 22 May 2026", "", "", "B"),
        ],
        [
            ("Issued by: Ministry of Environment and Climate Change", "", "", "B"),
        ],
        [
            (
                "The Minister for Environment and Climate Change, Hon. Mosese Vakarewa-Tuilau, with USP researchers at the launch of the report at the Laucala Campus on Thursday.",
                "",
                "",
                "",
            ),
            ("Photo: Ministry of Information", "", "", "B"),
        ],
        [
            (
                "SUVA — A study by researchers at the University of the South Pacific (USP) has found microplastic particles in 64 per cent of fish sampled from the Suva Municipal Market, the Ministry of Environment and Climate Change announced today.",
                "the Ministry of Environment and Climate Change",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The researchers examined 312 fish of 11 species bought at the market between March and November 2025.",
                "",
                "",
                "W",
            ),
            (
                "They found an average of 2.7 particles per fish, mostly fibres, in the gut and gills.",
                "researchers at the University of the South Pacific",
                "found",
                "W",
            ),
        ],
        [
            (
                "The Minister for Environment and Climate Change, Hon. Mosese Vakarewa-Tuilau, said the findings were “a wake-up call for every household in Fiji”.",
                "Mosese Vakarewa-Tuilau",
                "said",
                "",
            ),
            (
                "He said the ban on single-use plastic bags, which took effect on 1 January 2020, would be extended to polystyrene food containers from 1 January 2027.",
                "Mosese Vakarewa-Tuilau",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We cannot ask our people to stop eating fish.",
                "Mosese Vakarewa-Tuilau",
                "said",
                "",
            ),
            (
                "We can ask them, and ourselves, to stop throwing plastic into our rivers,” the Minister said.",
                "Mosese Vakarewa-Tuilau",
                "said",
                "",
            ),
        ],
        [
            (
                "The study’s lead author, Dr. Adi Litiana Qalovaki-Singh of the USP School of Agriculture, Geography, Environment, Ocean and Natural Sciences, said the particles in the gills were the most significant finding.",
                "Litiana Qalovaki-Singh",
                "said",
                "",
            ),
        ],
        [
            (
                "“We did not expect to find them in the gills of reef fish like kawakawa… that tells us the particles are in the water column, not only on the seabed,” Dr. Qalovaki-Singh said.",
                "Litiana Qalovaki-Singh",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the highest levels were found in kanace (mullet) caught near the mouth of the Rewa River, with an average of 4.1 particles per fish.",
                "Litiana Qalovaki-Singh",
                "said",
                "W",
            ),
            (
                "She said there was no evidence so far that eating fish containing microplastics harmed human health, as most particles are in the gut, which is usually removed before cooking.",
                "Litiana Qalovaki-Singh",
                "said",
                "W",
            ),
        ],
        [
            ("Key findings of the study:", "", "", "B"),
        ],
        [
            (
                "• 64 per cent of the 312 fish sampled contained at least one microplastic particle",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• 78 per cent of the particles were fibres, 15 per cent fragments and 7 per cent films",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Fish caught near the Rewa River delta had the highest average, at 4.1 particles per fish",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The findings were published on 6 May in the journal Marine Pollution Bulletin.",
                "",
                "",
                "W",
            ),
            (
                "The study was funded by a FJ$240,000 grant from the Pacific Ocean Science Trust.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Reference: Qalovaki-Singh L., Ravuvu-Naidu S. J., Naivaluwaqa T. et al. Microplastic ingestion by market fish in Suva, Fiji. Mar. Pollut. Bull. 2026; 214: 117842.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "USP’s Deputy Vice-Chancellor (Research), Prof. Losena Waqainabete-Reddy, said the university would make its sampling data available to other Pacific Island governments.",
                "Losena Waqainabete-Reddy",
                "said",
                "",
            ),
        ],
        [
            (
                "The Permanent Secretary for Environment and Climate Change, Mr. Joeli Rokovada-Lal, said the Ministry would fund a second phase of the study covering markets in Lautoka, Labasa and Nausori.",
                "Joeli Rokovada-Lal",
                "said",
                "",
            ),
            (
                "He said the Ministry had set aside $185,000 for the work in the 2025-2026 budget.",
                "Joeli Rokovada-Lal",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ratu Sevanaia Tavaiqia-Mataitoga, the turaga ni koro (village headman) of Nukuvesi at the mouth of the Rewa, said villagers had collected 1.8 tonnes of plastic from the foreshore in a clean-up in April.",
                "Sevanaia Tavaiqia-Mataitoga",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the market on Thursday, vendors said customers had started asking about plastic.",
                "vendors",
                "said",
                "",
            ),
        ],
        [
            ("“People ask me, is this fish safe?", "Titilia Tabuya-Kumar", "said", ""),
            (
                "I tell them I eat it every day!” said Titilia Tabuya-Kumar, who has sold fish at the market for 19 years.",
                "Titilia Tabuya-Kumar",
                "said",
                "",
            ),
        ],
        [
            (
                "Fiji produced an estimated 11,000 tonnes of plastic waste in 2024, of which less than 10 per cent was recycled, according to the Ministry.",
                "the Ministry",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Ministry encouraged members of the public to take part in the national clean-up week that begins on World Environment Day, 5 June.",
                "The Ministry",
                "encouraged",
                "",
            ),
        ],
        [
            ("ENDS", "", "", "B"),
        ],
        [
            (
                "For more information, please contact the Ministry of Environment and Climate Change Communications Unit on (679) 330 7414 or email media@environment.gov.fj.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Printed from: https://www.fijigovnews.gov.fj/news-releases/study-finds-microplastics-in-two-thirds-of-fish-sold-at-suva-municipal-market",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2026 Fijian Government.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("touchlinegh.com", "", "", "B"),
        ],
        [
            (
                "Asante Royals striker Kwadwo Boakye-Mensah joins Swedish side IFK Norrvik on three-year deal",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Edem Kpodo-Asamoah", "", "", "B"),
        ],
        [
            ("4-5 minutes", "", "", "B"),
        ],
        [
            (
                "Boakye-Mensah celebrates one of his 17 league goals this season, against Tamale Eagles at the Baba Yara Stadium in April.",
                "",
                "",
                "W",
            ),
            ("Photo credit: Asante Royals Media", "", "", "B"),
        ],
        [
            (
                "Ghana Premier League top scorer Kwadwo Boakye-Mensah has completed a move from Asante Royals SC to Swedish top-flight club IFK Norrvik, both clubs confirmed on Thursday.",
                "both clubs",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "The 21-year-old has signed a three-year contract with the option of a fourth year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The fee was not disclosed, but sources at the Kumasi club put it at about €650,000 plus add-ons.",
                "sources at the Kumasi club",
                "put",
                "",
            ),
        ],
        [
            (
                "Welcome to Norrvik, Kwadwo! 🇬🇭💛 #VälkommenKwadwo pic.twitter.com/Rk4vNq2TzL",
                "",
                "",
                "",
            ),
        ],
        [
            ("— IFK Norrvik (@ifknorrvik) May 28, 2026", "", "", "B"),
        ],
        [
            (
                "Boakye-Mensah with IFK Norrvik sporting director Mikael Sundqvist-Öberg after signing his contract.",
                "",
                "",
                "",
            ),
            ("Photo: IFK Norrvik", "", "", "B"),
        ],
        [
            (
                "Boakye-Mensah scored 17 goals in 26 league matches this season, five more than anyone else in the division.",
                "",
                "",
                "W",
            ),
            ("He also set up six.", "", "", "W"),
            (
                "He joined Asante Royals from Suame Young Stars in 2023 for GH¢45,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Asante Royals head coach Yaw Ofori-Darkwah said the club had tried for two months to keep the player.",
                "Yaw Ofori-Darkwah",
                "said",
                "",
            ),
        ],
        [
            ("“Kwadwo is a special boy.", "Yaw Ofori-Darkwah", "told reporters", ""),
            ("Did we want to keep him?", "Yaw Ofori-Darkwah", "told reporters", ""),
            ("Of course!", "Yaw Ofori-Darkwah", "told reporters", ""),
            (
                "But you cannot stand in the way of a boy’s dream,” Ofori-Darkwah told reporters after training on Thursday.",
                "Yaw Ofori-Darkwah",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "He said the club would use part of the fee to finish its training centre at Ejisu.",
                "Yaw Ofori-Darkwah",
                "said",
                "",
            ),
            (
                "Work on the centre began in 2022 and stopped in 2024 when the money ran out.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a post on Instagram, Boakye-Mensah thanked the club’s owner, businessman Kwame Adomako-Sarfo, and his mother.",
                "Kwadwo Boakye-Mensah",
                "thanked",
                "",
            ),
            ("“From Suame to Sweden…", "Kwadwo Boakye-Mensah", "wrote", ""),
            ("God did it!” he wrote.", "Kwadwo Boakye-Mensah", "wrote", ""),
        ],
        [
            (
                "The Ghana Football Association said the player’s international transfer certificate was issued on Wednesday evening.",
                "The Ghana Football Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under FIFA’s solidarity mechanism, up to 5% of the fee must be shared among the clubs that trained the player between the ages of 12 and 23.",
                "",
                "",
                "W",
            ),
            (
                "Boakye-Mensah’s first club, Suame Young Stars, is likely to be one of them.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Its founder, Kofi Antwi-Boasiako, told Touchline GH he had not been contacted by either club.",
                "Kofi Antwi-Boasiako",
                "told Touchline GH",
                "W",
            ),
            (
                "“We gave him his first boots… one pair… and we will be watching every game,” he said.",
                "Kofi Antwi-Boasiako",
                "said",
                "",
            ),
        ],
        [
            (
                "IFK Norrvik finished fifth in the Allsvenskan last season and will play in the second qualifying round of the UEFA Conference League in July.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Norrvik’s sporting director, Mikael Sundqvist-Öberg, said in a club statement that Boakye-Mensah was “exactly the profile we have been looking for.”",
                "Mikael Sundqvist-Öberg",
                "said in a club statement",
                "",
            ),
            (
                "He is expected to join his new teammates in Sweden on June 3 and could make his debut at home to IK Brunnsvik on June 14.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Boakye-Mensah has not yet played for the Black Stars but was in the Black Satellites squad at the 2025 U-20 Africa Cup of Nations.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Is this the best league in West Africa for selling strikers?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Asante Royals have now sold four players to European clubs in three seasons, more than any other Ghana Premier League club in that period, according to league records.",
                "league records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ex-Black Stars forward Ebenezer Tetteh-Quaye, now a pundit, said the move showed “European scouts are watching our league again.”",
                "Ebenezer Tetteh-Quaye",
                "said",
                "",
            ),
            (
                "“Twenty years ago they only came for the national team players.",
                "Ebenezer Tetteh-Quaye",
                "said",
                "",
            ),
            (
                "Now they come to Dormaa, to Tamale, to Nsoatre,” he said.",
                "Ebenezer Tetteh-Quaye",
                "said",
                "",
            ),
        ],
        [
            (
                "Follow Touchline GH on WhatsApp for the latest transfer news.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("WHK Now", "", "", "B"),
        ],
        [
            ("Open in app", "", "", "B"),
        ],
        [
            ("Local · Windhoek · 5h", "", "", "B"),
        ],
        [
            (
                "IPC's Ndinelago Shikongo-Hamutenya wins Samora Machel by-election by 214 votes",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Swapo candidate concedes, says party will 'look inward'",
                "Festus Kandjii-Nghipondoka",
                "says",
                "",
            ),
        ],
        [
            ("By Tuyeni Amakali-Goagoses", "", "", "B"),
        ],
        [
            ("4 June 2026 · 3 min read", "", "", "B"),
        ],
        [
            ("🔊 Listen to this story", "", "", "B"),
        ],
        [
            (
                "The Independent Patriots for Change (IPC) candidate, Ndinelago Shikongo-Hamutenya, won Wednesday's regional council by-election in Windhoek's Samora Machel constituency with 3,118 votes, the Electoral Commission of Namibia (ECN) announced early on Thursday.",
                "the Electoral Commission of Namibia",
                "announced",
                "W",
            ),
        ],
        [
            (
                "Swapo's Festus Kandjii-Nghipondoka received 2,904 votes and the Popular Democratic Movement's Rosalia !Gawises-Beukes 611.",
                "",
                "",
                "W",
            ),
            ("Two independent candidates shared 187.", "", "", "W"),
        ],
        [
            ("Turnout was 28.4% of the 24,030 registered voters.", "", "", "W"),
        ],
        [
            ("RESULTS", "", "", "B"),
        ],
        [
            ("Candidate | Party | Votes", "", "", "B"),
        ],
        [
            ("Ndinelago Shikongo-Hamutenya | IPC | 3,118", "", "", ""),
        ],
        [
            ("Festus Kandjii-Nghipondoka | Swapo | 2,904", "", "", ""),
        ],
        [
            ("Rosalia !Gawises-Beukes | PDM | 611", "", "", ""),
        ],
        [
            ("Independents (2) | - | 187", "", "", ""),
        ],
        [
            ("Source: ECN provisional results", "", "", "B"),
        ],
        [
            (
                "The by-election was called after the death in February of councillor Petrus Haingura-Shaanika, who had held the seat since 2015.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Counting at the Wanaheda Community Hall was completed at 2.35 a.m.",
                "",
                "",
                "W",
            ),
            (
                "The returning officer, Ms. Loide Nanyeni-Garoës, declared the result about 40 minutes later.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"This victory belongs to the mothers of Wanaheda who queue for water every morning!" Shikongo-Hamutenya told supporters outside the hall.',
                "Ndinelago Shikongo-Hamutenya",
                "told supporters",
                "",
            ),
            (
                "She said her first priority would be the 11 communal taps in the constituency that she said had been dry since March.",
                "Ndinelago Shikongo-Hamutenya",
                "said",
                "W",
            ),
        ],
        [
            (
                '"We will look inward... the people have spoken and we accept it," said Kandjii-Nghipondoka, who conceded shortly after the result was announced.',
                "Festus Kandjii-Nghipondoka",
                "said",
                "",
            ),
            (
                '"Did we campaign enough in the informal settlements?',
                "Festus Kandjii-Nghipondoka",
                "said",
                "",
            ),
            ('Maybe not," he said.', "Festus Kandjii-Nghipondoka", "said", ""),
        ],
        [
            (
                "The City of Windhoek said in a statement that 9 of the 11 taps had been repaired in May and the other two would be fixed by the end of June.",
                "The City of Windhoek",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Political analyst Dr. Ndeshi Ipinge-Mouton of the University of Namibia said the result would worry the ruling party ahead of next year's local authority elections.",
                "Ndeshi Ipinge-Mouton",
                "said",
                "",
            ),
            (
                "She said turnout at regional by-elections in Windhoek had averaged 29% since 2020.",
                "Ndeshi Ipinge-Mouton",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Low turnout suits whoever has the most motivated voters... and right now that is not the ruling party," she said.',
                "Ndeshi Ipinge-Mouton",
                "said",
                "",
            ),
        ],
        [
            (
                "The ECN said the result would be published in the Government Gazette within 14 days.",
                "The ECN",
                "said",
                "W",
            ),
        ],
        [
            ("👍 86 · 💬 12 · ↗ Share", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Tjiuma_K · 4h", "", "", "B"),
        ],
        [
            ("Congrats comrade, now fix the taps!", "", "", "B"),
        ],
        [
            ("MeMaria_WHK · 3h", "", "", "B"),
        ],
        [
            ("28% turnout... people are tired.", "", "", "B"),
        ],
        [
            ("Sponsored · Eros Auto Windhoek", "", "", "B"),
        ],
        [
            ("Service special this month: 20% off all brake pads.", "", "", "B"),
        ],
        [
            ("More from Windhoek", "", "", "B"),
        ],
        [
            ("Katutura clinic to open on Saturdays from July", "", "", "B"),
        ],
        [
            ("Shared from the WHK Now app.", "", "", "B"),
            ("Get local news first: whknow.app/get", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "ho98-ie-question-before-attribution",
        "Its general secretary, Fergal Tuohig-Mannion, said members were “angry, not reckless” and that the union would attend talks at the Workplace Relations Commission on Monday. “Would you load bags in the wind and the rain at four in the morning for €14.80 an hour?” he asked.",
        [
            "Its general secretary, Fergal Tuohig-Mannion, said members were “angry, not reckless” and that the union would attend talks at the Workplace Relations Commission on Monday.",
            "“Would you load bags in the wind and the rain at four in the morning for €14.80 an hour?” he asked.",
        ],
    ),
    (
        "ho98-ie-statement-then-question",
        "“Dublin Airport handled 33.4 million passengers last year. Is that a private matter?” she asked.",
        [
            "“Dublin Airport handled 33.4 million passengers last year.",
            "Is that a private matter?” she asked.",
        ],
    ),
    (
        "ho98-ca-am-ends-sentence",
        "Crews were called to the Selkirk Court apartments on Toronto Street, just north of Ellice Avenue, at 3:52 a.m. The first engine arrived four minutes later, Assistant Chief Renata Vosburgh-Ilunga of the Winnipeg Fire Paramedic Service told reporters at the scene.",
        [
            "Crews were called to the Selkirk Court apartments on Toronto Street, just north of Ellice Avenue, at 3:52 a.m.",
            "The first engine arrived four minutes later, Assistant Chief Renata Vosburgh-Ilunga of the Winnipeg Fire Paramedic Service told reporters at the scene.",
        ],
    ),
    (
        "ho98-ca-inner-exclamations",
        "“I heard somebody banging on the doors yelling ‘Get out! Get out!’ and I grabbed my cat and my insulin,” said Analiza Ferrer-Okafor, 44, who has lived on the second floor since 2019. “Where do we go tonight? Everything I own was in there,” she said.",
        [
            "“I heard somebody banging on the doors yelling ‘Get out! Get out!’ and I grabbed my cat and my insulin,” said Analiza Ferrer-Okafor, 44, who has lived on the second floor since 2019.",
            "“Where do we go tonight?",
            "Everything I own was in there,” she said.",
        ],
    ),
    (
        "ho98-ca-inc-ends-sentence",
        "The building is owned by Kildonan Crest Properties Inc. The company did not respond to a request for comment Thursday.",
        [
            "The building is owned by Kildonan Crest Properties Inc.",
            "The company did not respond to a request for comment Thursday.",
        ],
    ),
    (
        "ho98-ca-coun-ward",
        "Coun. Tadeusz Okonkwo-Reimer (Daniel McIntyre), whose ward includes the building, said the fire showed the city needed to require sprinklers in older rental blocks. He said he would bring a motion to the property and development committee in June.",
        [
            "Coun. Tadeusz Okonkwo-Reimer (Daniel McIntyre), whose ward includes the building, said the fire showed the city needed to require sprinklers in older rental blocks.",
            "He said he would bring a motion to the property and development committee in June.",
        ],
    ),
    (
        "ho98-au-ellipsis-then-advice",
        '"We\'ve had hail before, but nothing like this... it sounded like someone was tipping bricks onto the roof," she said. "If you\'ve got a tarp on, please check the ropes before tonight. The wind is meant to pick up again."',
        [
            '"We\'ve had hail before, but nothing like this... it sounded like someone was tipping bricks onto the roof," she said.',
            "\"If you've got a tarp on, please check the ropes before tonight.",
            'The wind is meant to pick up again."',
        ],
    ),
    (
        "ho98-in-prof-mid-sentence",
        "The Reserve Bank of India’s Monetary Policy Committee (MPC) on Friday cut the policy repo rate by 25 basis points to 5.25%, its second reduction this calendar year. Five of the six members voted for the cut, while external member Prof. Harshvardhan Oberoi-Nandakumar voted to keep the rate unchanged.",
        [
            "The Reserve Bank of India’s Monetary Policy Committee (MPC) on Friday cut the policy repo rate by 25 basis points to 5.25%, its second reduction this calendar year.",
            "Five of the six members voted for the cut, while external member Prof. Harshvardhan Oberoi-Nandakumar voted to keep the rate unchanged.",
        ],
    ),
    (
        "ho98-in-am-ends-sentence",
        "The decision was announced at 10 a.m. Thirty-one of the 38 economists polled by the paper last week had expected a cut.",
        [
            "The decision was announced at 10 a.m.",
            "Thirty-one of the 38 economists polled by the paper last week had expected a cut.",
        ],
    ),
    (
        "ho98-in-initials",
        "Governor V. S. Subbiah-Menon said consumer price inflation had averaged 2.9% in the January-March quarter, well below the RBI’s February projection of 3.8%. The MPC lowered its inflation forecast for 2026-27 to 3.6% from 4% and kept its GDP growth projection at 6.7%.",
        [
            "Governor V. S. Subbiah-Menon said consumer price inflation had averaged 2.9% in the January-March quarter, well below the RBI’s February projection of 3.8%.",
            "The MPC lowered its inflation forecast for 2026-27 to 3.6% from 4% and kept its GDP growth projection at 6.7%.",
        ],
    ),
    (
        "ho98-in-ltd-ends-sentence",
        "The first lender to respond was Sahyadri Urban Co-operative Bank Ltd. It said it would cut its repo-linked lending rate by 25 bps from June 8.",
        [
            "The first lender to respond was Sahyadri Urban Co-operative Bank Ltd.",
            "It said it would cut its repo-linked lending rate by 25 bps from June 8.",
        ],
    ),
    (
        "ho98-in-pvt-ltd-mid",
        "Dr. Rukmini Varadarajan-Shah, chief economist at Nariman Point Securities Pvt. Ltd., said the cut was “largely priced in” and that the governor’s comments signalled the end of the easing cycle. She expects the repo rate to stay at 5.25% at least until February.",
        [
            "Dr. Rukmini Varadarajan-Shah, chief economist at Nariman Point Securities Pvt. Ltd., said the cut was “largely priced in” and that the governor’s comments signalled the end of the easing cycle.",
            "She expects the repo rate to stay at 5.25% at least until February.",
        ],
    ),
    (
        "ho98-in-question-then-answer",
        "“Will banks pass it on to depositors as fast as to borrowers? I doubt it,” she said.",
        [
            "“Will banks pass it on to depositors as fast as to borrowers?",
            "I doubt it,” she said.",
        ],
    ),
    (
        "ho98-ke-exclamation-translation",
        "“Mungu atakulipa!” (God will repay you!) one of the widows shouted at him as he was led to the cells.",
        [
            "“Mungu atakulipa!” (God will repay you!) one of the widows shouted at him as he was led to the cells."
        ],
    ),
    (
        "ho98-ke-exclamation-mid-quote",
        "“Every Sunday he prayed for us. Every Sunday! And all that time he was eating our money,” she said.",
        [
            "“Every Sunday he prayed for us.",
            "Every Sunday!",
            "And all that time he was eating our money,” she said.",
        ],
    ),
    (
        "ho98-ke-exclamation-before-attribution",
        "His lawyer, Cliff Oduya-Mwangangi, said they would appeal. “My client is a man of God, not a conman. We shall see them at the High Court!” Oduya-Mwangangi told journalists outside court.",
        [
            "His lawyer, Cliff Oduya-Mwangangi, said they would appeal.",
            "“My client is a man of God, not a conman.",
            "We shall see them at the High Court!” Oduya-Mwangangi told journalists outside court.",
        ],
    ),
    (
        "ho98-sg-pte-ltd-and-pm",
        "SINGAPORE — The Singapore Food Agency (SFA) has directed importer Tanjong Lestari Frozen Foods Pte. Ltd. to recall three frozen dumpling products after Listeria monocytogenes was detected in samples taken during routine surveillance. The agency announced the recall at 9.15 p.m. on Monday.",
        [
            "SINGAPORE — The Singapore Food Agency (SFA) has directed importer Tanjong Lestari Frozen Foods Pte. Ltd. to recall three frozen dumpling products after Listeria monocytogenes was detected in samples taken during routine surveillance.",
            "The agency announced the recall at 9.15 p.m. on Monday.",
        ],
    ),
    (
        "ho98-sg-question-no-sentence",
        "“Is our food less safe than five years ago? No. We are simply testing more, and testing finds things,” she said.",
        [
            "“Is our food less safe than five years ago?",
            "No.",
            "We are simply testing more, and testing finds things,” she said.",
        ],
    ),
    (
        "ho98-us-question-am-attribution",
        "“You’re asking 7-year-olds to cross Dorr Street to get to school. Has anyone on this board walked that route at 7:45 a.m.?” asked Keisha Donnelly-Abara, whose two children attend Birchmont.",
        [
            "“You’re asking 7-year-olds to cross Dorr Street to get to school.",
            "Has anyone on this board walked that route at 7:45 a.m.?” asked Keisha Donnelly-Abara, whose two children attend Birchmont.",
        ],
    ),
    (
        "ho98-us-ellipsis-before-capital",
        "Wierzbicki-Lane said the district had not done enough to show families where the savings would go. “We keep being told the money will follow the kids… I’d like to see it on paper,” he said.",
        [
            "Wierzbicki-Lane said the district had not done enough to show families where the savings would go.",
            "“We keep being told the money will follow the kids…",
            "I’d like to see it on paper,” he said.",
        ],
    ),
    (
        "ho98-ph-ma-sta-translation",
        "“Hindi kami bisita dito, estudyante kami! (We are not guests here, we are students!)” USC Chairperson Ma. Kristine Sta. Romana-Dulay told the crowd.",
        [
            "“Hindi kami bisita dito, estudyante kami! (We are not guests here, we are students!)” USC Chairperson Ma. Kristine Sta. Romana-Dulay told the crowd."
        ],
    ),
    (
        "ho98-ph-question-translation",
        "“Saan ko kukunin ang dagdag na ₱750 kada buwan? (Where will I get ₱750 more every month?) My parents are rice farmers in Sibalom,” said Juan Paolo Villanueva-Tabernilla, a third-year BS Fisheries student from Antique.",
        [
            "“Saan ko kukunin ang dagdag na ₱750 kada buwan? (Where will I get ₱750 more every month?)",
            "My parents are rice farmers in Sibalom,” said Juan Paolo Villanueva-Tabernilla, a third-year BS Fisheries student from Antique.",
        ],
    ),
    (
        "ho98-pk-ellipsis-ltd-question",
        "“The revenue target is ambitious... very ambitious,” said Shahzeb Rasheed Bhatti, head of research at Clifton Harbour Securities Ltd. in Karachi. He said the FBR had missed its annual target in each of the past three years, by between Rs380 billion and Rs610 billion. “Where is the Rs1.9 trillion in extra revenue coming from?” he asked.",
        [
            "“The revenue target is ambitious... very ambitious,” said Shahzeb Rasheed Bhatti, head of research at Clifton Harbour Securities Ltd. in Karachi.",
            "He said the FBR had missed its annual target in each of the past three years, by between Rs380 billion and Rs610 billion.",
            "“Where is the Rs1.9 trillion in extra revenue coming from?” he asked.",
        ],
    ),
    (
        "ho98-fj-journal-reference",
        "Reference: Qalovaki-Singh L., Ravuvu-Naidu S. J., Naivaluwaqa T. et al. Microplastic ingestion by market fish in Suva, Fiji. Mar. Pollut. Bull. 2026; 214: 117842.",
        [
            "Reference: Qalovaki-Singh L., Ravuvu-Naidu S. J., Naivaluwaqa T. et al. Microplastic ingestion by market fish in Suva, Fiji. Mar. Pollut. Bull. 2026; 214: 117842."
        ],
    ),
    (
        "ho98-fj-question-inside-quote",
        "“People ask me, is this fish safe? I tell them I eat it every day!” said Titilia Tabuya-Kumar, who has sold fish at the market for 19 years.",
        [
            "“People ask me, is this fish safe?",
            "I tell them I eat it every day!” said Titilia Tabuya-Kumar, who has sold fish at the market for 19 years.",
        ],
    ),
    (
        "ho98-gh-question-of-course",
        "Did we want to keep him? Of course! But you cannot stand in the way of a boy’s dream,” Ofori-Darkwah told reporters after training on Thursday.",
        [
            "Did we want to keep him?",
            "Of course!",
            "But you cannot stand in the way of a boy’s dream,” Ofori-Darkwah told reporters after training on Thursday.",
        ],
    ),
    (
        "ho98-gh-ellipsis-before-capital",
        "In a post on Instagram, Boakye-Mensah thanked the club’s owner, businessman Kwame Adomako-Sarfo, and his mother. “From Suame to Sweden… God did it!” he wrote.",
        [
            "In a post on Instagram, Boakye-Mensah thanked the club’s owner, businessman Kwame Adomako-Sarfo, and his mother.",
            "“From Suame to Sweden…",
            "God did it!” he wrote.",
        ],
    ),
    (
        "ho98-na-click-surname",
        "Swapo's Festus Kandjii-Nghipondoka received 2,904 votes and the Popular Democratic Movement's Rosalia !Gawises-Beukes 611. Two independent candidates shared 187.",
        [
            "Swapo's Festus Kandjii-Nghipondoka received 2,904 votes and the Popular Democratic Movement's Rosalia !Gawises-Beukes 611.",
            "Two independent candidates shared 187.",
        ],
    ),
    (
        "ho98-na-am-ends-sentence",
        "Counting at the Wanaheda Community Hall was completed at 2.35 a.m. The returning officer, Ms. Loide Nanyeni-Garoës, declared the result about 40 minutes later.",
        [
            "Counting at the Wanaheda Community Hall was completed at 2.35 a.m.",
            "The returning officer, Ms. Loide Nanyeni-Garoës, declared the result about 40 minutes later.",
        ],
    ),
    (
        "ho98-na-question-then-answer",
        '"Did we campaign enough in the informal settlements? Maybe not," he said.',
        [
            '"Did we campaign enough in the informal settlements?',
            'Maybe not," he said.',
        ],
    ),
]
