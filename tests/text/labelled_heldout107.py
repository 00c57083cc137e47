"""Hundred-and-seventh held-out set of hand-labelled pages for the hint engines (held-out set, round sixty-one):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, from
twelve KINDS OF OUTLET in twelve countries, where ALL FOUR HINTS matter at once: furniture found
line by line (and never swallowing a story line, furniture in the middle of the story included),
attribution and speakers, check-worthiness, and sentence ends. This set is HELD OUT: it is never
looked at while the engine is tuned, and it is scored only at the start and at the end of the round.
The pastes vary (desktop, phone, reader mode, AMP, print view, app share, a newsletter's web view).
The pages: a Jordanian NATIONAL DAILY on the DESKTOP (41 Zarqa neighbourhoods drop to one water day
a week as summer supply falls 11%); a Lebanese news site's LIVE BLOG pasted from a PHONE (Mount
Lebanon municipal elections: turnout of 31.6% at 4pm and a scuffle in Baakline); an Emirati BUSINESS
DAILY on the DESKTOP with a metered paywall (a Dubai developer's second-quarter profit up 23.4% to
Dh1.12bn); a Saudi GOVERNMENT NEWS SERVICE in PRINT VIEW (1,107 violations in 18,422 Ramadan
inspection visits); a Moroccan portal's AMP page carrying a WIRE STORY (dams 41.3% full after winter
rains); a Tunisian STUDENT PAPER in READER MODE (the university restaurant ticket rises from 200 to
350 millimes); a Mauritian BROADCASTER'S site pasted from a PHONE (petrol down Rs 2.15 to Rs 65.75 a
litre); a Malagasy MAGAZINE FEATURE on the DESKTOP (SAVA vanilla growers paid a third of last year's
price); a Mozambican NEWSLETTER POST's web view (the central bank cuts the MIMO rate to 9.75%); a
Basotho LOCAL WEEKLY pasted from a PHONE (1,340 jobs go at a Maputsoe denim factory); a Senegalese
SPORTS SITE's AMP page (a lamb wrestling result before 21,400 at the Arène nationale); and an
Ivorian TABLOID's APP SHARE (23 hurt in a crush before a coupé-décalé concert in Treichville).

What is hard is that every page asks all four questions in the same few lines. FURNITURE sits in the
middle of the story as well as around it (advertisement labels, "READ ALSO" and "RELATED" links, a
metered paywall block, an inline newsletter sign-up, a WhatsApp alert line, a sponsored block, audio
and video player lines, an "AT A GLANCE" and a "BY THE NUMBERS" box label, a pull quote, a
print/subscribe note, live-blog time stamps, entry bylines and "Key event" labels, an embed
placeholder, a correction note, a wire end mark and disclaimer, footnote reference lines, a
newsletter sign-off and signature, reader comments), while STORY LINES that look like furniture are
never swallowed: a live blog's welcome line, a newsletter's "Good morning from Maputo." and "Let me
put that in numbers.", a magazine's "Few do.", a story sentence that begins "Photos of the notice
...", a government service's closing Vision 2030 sentence, subheads and question subheads, table
rows of a results table, and box lines whose "Net profit:" or "200 millimes:" prefix is not a
speaker. SPEAKERS come before and after the statement and after the quote ("..., Célia Nhantumbo,
head of treasury at ..., told me."), behind descriptors ("The election watchdog Mourakiboun Lubnan",
"The promoter, Sunu Lamb Productions,"), titles and honorifics ("WAJ Secretary-General Eng.",
"Interior Minister", "Opposition MP Hon.", "Ramatoa", "Dona", "Ntate", "'Me", "Dr.", "Eng."),
fronted channels ("In a statement, the authority said", "Speaking on Lakaz's midday bulletin, ...",
"In a video posted on TikTok on Sunday, ..."), pronouns, surnames, given names, family-name-first
surnames and RING NAMES ("Faucon shouted" -> "Ndiouga Sène"), documents and data ("the filing
shows", "the figures show", "according to a document seen by Abidjan Buzz"), and quotes over two or
three sentences. CHECK-WORTHINESS changes inside one quote or paragraph (an impression then a
figure, an opinion then an act), and SENTENCE ENDS fall after "a.m." and "p.m.", "P.J.S.C." and
"(Pty) Ltd." but not after "L.L.C. said", "(Pty) Ltd," "Eng.", "Hon.", "Dr.", "Feb." or "Sept."
inside a dateline or a sentence.

Of record ("W"): figures, dates and rules given by ministries, authorities, utilities, regulators,
central banks, companies, unions, promoters, police, hospitals, watchdogs and documents (supply and
demand, households affected, illegal connections and referrals, turnout and polling stations,
violations, fines and closures, dam fill rates and inflows, meal costs and grants, fuel prices and
levies, export tonnes and earnings, confiscations, policy and prime rates, lay-offs, wages and rent,
tickets sold and purses, arrests and injuries); causal claims ("because of two pump failures and
falling well levels", "because their ballot boxes had not arrived", "mainly because of lower freight
rates", "after new US duties on garments from Lesotho took effect", "driven mainly by housing
rents", "Early picking is driven by theft"); rules of law and of programmes (the Water Authority
Law's penalty, the Anti-Commercial Fraud Law, a discount licence, the Labour Act's notice, the CNG's
appeal window, a safety certificate, the fuel pricing mechanism, a grant-holder card); scheduled
events set by those who run them (results from Monday, a desalination plant's first water in June, a
sit-in on Thursday at 11 a.m., a pay-out on Monday, 22 March, a meeting on Saturday at 10 a.m., the
next card on 4 April, the next committee meeting); a party's factual case ("He said the video showed
Faucon's right knee touching the sand a second before Volcan fell."); summary lines, box lines and
the headlines, standfirsts and entry headlines that state a fact; and an outlet's own checkable
claim ("Abidjan Buzz can reveal that ..."). Not worth checking (""): forecasts ("The Jordan
Meteorological Department expects", "The directorate forecasts", "The bank said it expected", an
economist's "could lift", "My guess: ..."); plans, promises and hedges without a fixed date ("would
ask ... to summon the minister", "planned to launch four projects", "had no plans to borrow", "would
pay the medical bills", "“For now, their jobs are safe,”", "an inspector would visit the factory
next week"); advice and demands ("urged", "called on", "should take it to the public prosecutor");
opinions, impressions and characterisations; a person's own counts and anecdotes (a mother's dry
tanks, a voter's $480 ticket, a taxi driver's Rs 1,900 a day, a grower's Ar 18,000 a kilo, a
stallholder's 1,650 meticais, a machinist's school fees, a vendor's 40 fat cakes, a fan's 5,000
francs); groups without figures ("Taxi drivers in Port Louis", "Growers say", "Street vendors near
the factory gate"); questions, exclamations and no-reply lines; scenes, captions that only describe,
a headline that states nothing ("The green gold goes grey") and a subtitle that only describes; the
fight narrated blow by blow; and undercard result rows. A quote may hold a fact ("Eight in ten
buyers this quarter paid at least 20% up front,” he said." and "But the state pays 97% of that meal
today ...” he said." are "W"; "We have opened an investigation,” Khattar said." is an act of record,
"W"; "“The law says one month's notice." / "These people got three days,” Mokhethi said." are both
"W").

The pages hold 536 sentences: 212 "B", 186 "W" and 138 ""; 225 sentences carry a speaker (114
distinct speakers, page by page; 110 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `HELDOUT_CASES` holds 30 split cases written fresh in the manner
of the pages (not copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, strip, crumb, byline, date line,
share line, caption, credit, box line, table row, time stamp and legal line is a paragraph of its
own, except that a caption and a credit pasted in one line are two sentences of one paragraph); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says, never with a speaker; a caption by its content
and its credit "B"; headlines and standfirsts never split (a semicolon kept whole) and flagged by
content, their "says" or "blames" carrying the source as the story names it; a dateline belongs to
its lead sentence; a person is named in full as first given, without titles or roles, and a pronoun,
surname, given name, ring name or role noun resolves to that name; a quote over several sentences
carries its speaker and cue in each; "according to X" gives X as written, a bracketed acronym
dropped; a generic noun for a body or a document is kept as written ("the authority", "The
ministry", "the company", "the union", "the office", "the bank", "The bank", "the filing", "the
figures"); an acronym or "it" resolves to the name as first given; a channel after the verb is part
of the cue ("told The Sentinel", "said in its latest update", "told analysts on a call", "said in a
filing to the Dubai Financial Market", "said in a Facebook post", "said in a communiqué", "told me")
and a fronted one is not; a body acting with no verb of saying carries no speaker.

Conventions this set had to settle, in the same spirit:

* MID-STORY FURNITURE is "B" however close it sits to a story line and whatever it states: a metered
  paywall block ("You've read 3 of your 5 free articles this month." / "Subscribe for Dh49 a month
  to keep reading.", then "Already a subscriber?" and "Log in" as two "B" sentences), an inline
  newsletter block, a WhatsApp sign-up, a sponsored block with two sentences, "Story continues below
  advertisement", audio, video and gallery lines, a magazine's print/subscribe note, and a "READ
  ALSO" headline that states a fact. * A PULL QUOTE that repeats a line of the story is display
  furniture, "B", and carries no speaker; the story's own sentence keeps its label. * LIVE BLOG: the
  "Summary" label is "B" and its lines are labelled by content; each entry's time stamp, byline and
  "Key event" label are "B"; "View this post on X" (an embed placeholder) is "B"; an entry headline
  "..., interior minister says" carries the minister named in the entry; the blog's own welcome line
  is story text, "". * NEWSLETTER: the author's greeting and asides ("Good morning from Maputo.",
  "Let me put that in numbers.") are story text, ""; the sign-off ("Até para a semana,") and the
  signature ("Tomás") are "B", like a byline; footnote markers ("communiqué[1]", "report[2]") stay
  inside their sentence, and each footnote is one "B" reference line kept whole at "n.º 1/2027" and
  "p. 14"; "told me" is the cue of a source who speaks to the author. * A CORRECTION NOTE under a
  story is "B", both its sentences, like an editor's note; an end mark ("--NPS", "(ANAP)") and a
  wire disclaimer are "B"; an official closing sentence of a government release ("This comes as part
  of the ministry's efforts ...") is story text, "". * BOX LINES: "AT A GLANCE" and "BY THE NUMBERS"
  are "B" labels, their figure lines "W" with no speaker (a "Net profit:" or "38:" prefix is a
  label, not a turn), and the source line "B". * NAMES: Jordanian, Saudi and Emirati names keep
  "Al-"/"Al" and "bin" and drop "Eng.", a kunya given as the name is the label ("Umm Yazan");
  Lebanese compound surnames stay whole ("Maroun Abi Khalil"); a Tunisian student who gives her
  first name only is "Rania"; Mauritian "Hon." and Mozambican "Dona" are dropped; Malagasy "Ramatoa"
  is dropped and the given name resolves ("Noro says" -> "Noro Razafimahatratra"); Basotho "Ntate"
  and "'Me" are dropped and an "'Ma-" name keeps its apostrophe ("'Me 'Mathabo said" -> "'Mathabo
  Ramakhula"); a Taiwanese manager in Lesotho keeps the family name first ("Chen said" -> "Chen Yu-
  ting"); Ivorian names are kept in the written order, family name first, and the family name
  resolves ("Kouadio said", "Konan said"); a musician is named by his STAGE NAME as first given
  ("Djézi Gbaka"); a wrestler is named by his own name and his RING NAME resolves to it ("Faucon
  shouted" -> "Ndiouga Sène"), while the lead that names him acts, with no speaker. * "The promoter,
  Sunu Lamb Productions, said" and "Its managing director, Kouadio Yao Ange-Patrice, told Abidjan
  Buzz:" drop the descriptor and keep the name; "A CNG official, who asked not to be named" is kept
  as written, as in the recent sets; "Analysts at Marsa Capital L.L.C." is kept with its suffix. * A
  COLON after the cue opens a quote that carries the cue in each of its sentences ("told Abidjan
  Buzz:" over two sentences).

Written from scratch for issue 13 in round sixty-one, blind to the engine: nothing under
`claimreview/`, `docs/` or `tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py`
or `test_*.py` file, no `hint_scores.py` and no README; no engine, scorer or test was run. What was
read: the brief and its structural check script; the module docstrings of `labelled_new.py` and
`labelled_new2.py` (through `ast`); `def build` in `labelled_articles.py` (through `ast`); the
`[tool.ruff*]` tables of `pyproject.toml`; the module docstring and `STYLES` of `labelled_new171.py`
(through `ast`); and the module docstring, `STYLES`, the first page and the first eight `CASES` of
`labelled_new172.py`. Coined words were checked for freshness against the string constants of those
two files, through `ast` (and a few hits looked up in context with `grep`): one outlet word
("Ledger"), five given names and one firm word ("Securities") that hit were replaced before the file
was written; only common words, common given names and surnames, titles and real places and bodies
still hit.

Every person, outlet, publisher, firm, brokerage, watchdog, association, union, cooperative, survey,
contract, communiqué, report, statement, quote and figure is invented, and so are the small places
and products (Ha Nyenye, the Rasd app, BuzzPari, Cyclone Tsiory and the like). Real countries,
cities, towns, districts, neighbourhoods, markets, venues, universities, hospitals, ministries,
agencies, authorities, utilities, regulators, courts, parliaments, laws and programmes appear only
as settings, with invented statements and figures: Amman, Zarqa, Russeifa, Al Hashemiyeh, New Zarqa,
the Jordan Valley, the Disi and Zara-Ma'in systems, the Water Authority of Jordan, the Ministry of
Water and Irrigation, the Aqaba-Amman Water Desalination and Conveyance Project, the Water Authority
Law, the Lower House, the Jordan Meteorological Department and Miyahuna; Mount Lebanon, the Chouf,
Metn, Baabda, Aley, Baakline, Beiteddine, Jounieh, Hadath, Sanayeh, Jezzine, Beirut, the Ministry of
Interior and Municipalities, the Lebanese army and Électricité du Liban; Dubai, Dubai Creek Harbour,
Abu Dhabi, Sharjah, Ras Al Khaimah, Al Marjan Island, the Dubai Financial Market, the Dubai Land
Department and the Central Bank of the UAE; Riyadh, Makkah, the Eastern Province, the Ministry of
Commerce, the Saudi Food and Drug Authority, the General Authority for Statistics, the Ministry of
Municipalities, the Anti-Commercial Fraud Law and Saudi Vision 2030; Rabat, Casablanca, Agadir,
Tangier, Marrakech, Sidi Bennour, the Doukkala and Tadla plains, the Loukkos and Oum Er-Rbia basins,
the Al Massira dam, the Casablanca-Settat desalination plant, the Ministry of Equipment and Water,
the agriculture ministry, the General Directorate of Meteorology and the National Office of
Electricity and Drinking Water; Tunis, El Manar, Bizerte, Béja, Jendouba, Sousse, Gafsa, Kasserine,
the Office des Œuvres Universitaires du Nord, the Union Générale des Étudiants de Tunisie, the
Faculty of Sciences, the Faculty of Economic Sciences and Management of Tunis and the Ministry of
Higher Education and Scientific Research; Port Louis, Rose-Hill, Quatre-Bornes, the State Trading
Corporation, the Petroleum Pricing Committee, the Price Stabilisation Account, the National
Assembly, the Road Development Authority, the National Land Transport Authority and Statistics
Mauritius; Antananarivo, Antalaha, Ambohitralanana, Sambava, Andapa, Morondava, the SAVA region, the
Economic Development Board of Madagascar and the University of Antananarivo; Maputo, Xipamanine, the
Banco de Moçambique and its Monetary Policy Committee and MIMO rate, the Associação Moçambicana de
Bancos and the Autoridade Reguladora de Energia; Maputsoe, Hlotse, Leribe, Pitseng, Maseru,
Ficksburg, the Labour Commissioner, the Labour Act and the Lesotho National Development Corporation;
Dakar, Pikine, Mbour, Joal, Rufisque, Thiès, Grand-Yoff, Ouakam, Fass, Ziguinchor, the Arène
nationale, the Comité national de gestion de la lutte and the Senegalese Red Cross; and Abidjan,
Treichville, Abobo, Cocody, the Plateau court, the Palais des sports, the CHU de Treichville, the
Groupement des sapeurs-pompiers militaires and the culture ministry.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Jordanian NATIONAL DAILY\'S WEBSITE (Amman), desktop browser paste, a WATER RATIONING story: 41 Zarqa neighbourhoods drop to one supply day a week as summer pumping falls 11%. Head: masthead, a date/weather strip, menu, crumb (all "B"); headline of record "W"; byline, last-updated line, share strip ("B"); a caption "" and its bracketed credit in one line ("B"). Body: "AMMAN —" lead with the speaker AFTER the statement, "the Water Authority of Jordan (WAJ) said" (acronym dropped, "W"); "In a statement, the authority said" (fronted channel, generic noun as written, a causal claim, "W") and "it said" resolving to the name ("W"); the secretary-general ("WAJ Secretary-General Eng." dropped) "told The Sentinel" supply and demand ("W") and a two-sentence quote (""); "ADVERTISEMENT" in the middle ("B"); his hedged end date ("", "Al-Khashashneh said" resolving); water per person "according to the Ministry of Water and Irrigation" ("W"); a READ ALSO link in the middle ("B"); "The ministry says" a project date ("W"); a mother known by her kunya "Umm Yazan" (the label) with an anecdote and a quote with an ELLIPSIS before "now" (""); tanker prices "residents said" (a group with figures, "W"); a second caption "" and credit "B"; an MP\'s letter ("W"), his QUESTION before "he asked." (one sentence, "") and plan (""); non-revenue water with dashes "according to the authority\'s 2026 annual report" ("W"); illegal connections ("W"); the penalty rule ("W"); a weather forecast ("", cue "expects"); a subhead ""; the call centre ("W") and "a spokesman for the company" ("W"). Tail: tags, related label and two headlines, a comments count and a two-sentence note, a copyright line split before "All rights reserved.", footer links (all "B").',
    'Lebanese NEWS SITE\'S LIVE BLOG (Beirut), PHONE BROWSER paste, an ELECTION DAY: Mount Lebanon municipal elections, turnout 31.6% at 4pm and a scuffle in Baakline. Head: masthead/menu line, "LIVE", the blog headline of record ("W"), an updated line, a staff byline, a share line ("B"); a "Summary" label ("B") and four summary lines of record ("W", one "according to Ministry of Interior and Municipalities figures"). Entries in reverse order, each with a TIME STAMP and an ENTRY BYLINE ("B") and "Key event" labels ("B"): turnout "the Ministry of Interior and Municipalities said in its latest update" ("W") and district figures ("W"); an embed placeholder "View this post on X" ("B"); an entry headline of record ("W"), "a security source told the Observer" and "the source said" (resolving to the source as first given, "W"), voting resumed ("W"), a caption "" and credit "B"; the watchdog with its descriptor dropped ("The election watchdog Mourakiboun Lubnan said", "W"), "It said" unconfirmed reports ("W"), "It called on" (a demand, ""); a WhatsApp sign-up line in the middle ("B"); a voter back from Dubai and a quote with an ELLIPSIS (""); an entry headline "..., interior minister says" carrying the minister named in the entry ("W"), the minister ("Interior Minister" dropped) "told reporters" polling-station counts ("W"), a two-sentence quote whose second sentence states an act ("" then "W"), results dates ("W") and advice after "Asked about ..." (""); the power utility ("W"), a shopkeeper\'s anecdote and joke (""); noon turnout "the ministry said" (generic, "W") and a district figure ("W"); ramps "according to a survey published last month by the disability rights group Access Cedars" (the document as written, "W"); a wheelchair user (""); the first entry: its headline "W", a welcome line (story text, "") and poll hours ("W"). Tail: back-to-top, more-on label and one headline, copyright/links (all "B").',
    'Emirati BUSINESS DAILY\'S WEBSITE (Dubai), desktop browser paste with a METERED PAYWALL in the middle, COMPANY RESULTS: a developer\'s second-quarter profit up 23.4% to Dh1.12bn. Head: masthead, a market TICKER STRIP, menu, crumb (all "B"); headline of record "W"; standfirst "Developer says ..." ("W", carrying the company as the body names it); byline with role, a date/reading-time line, a share/save/gift line ("B"). Body: "DUBAI —" lead "Sidra Marina Properties reported" (cue "reported", "W"); revenue "the company said in a filing to the Dubai Financial Market" (generic noun, channel in the cue, "W"); bookings with dashes "it said" (resolving, "W"); the chief executive ("Group chief executive" dropped) "told analysts on a call" ("W"), a quote of an impression "" and a figure "W"; his launch plan (""); a PAYWALL BLOCK in the middle (two "B" sentences, then "Already a subscriber?" and "Log in", two "B"); the dividend "at 3 p.m." ENDING a sentence before "Payment is due on Sept. 9." (both "W"); the share price ("W"); sales "according to Dubai Land Department data" ("W"); a RELATED link ("B"); "Analysts at Marsa Capital L.L.C. said" (mid-sentence "L.L.C.", an opinion, ""); a research head with a figure ("W") and a quote (""); an AT A GLANCE box (label and source "B", five lines "W" whose "Net profit:"-style prefixes are not speakers); the finance chief\'s net debt and sukuk ("W") and a no-plans line (""); a question subhead ""; the central bank "said in its latest financial stability review" ("W") and "It said" a characterisation (""); "Story continues below advertisement" and "Advertisement" ("B"); a signing detail ending "P.J.S.C." before "Its largest shareholder ..., the filing shows." ("" and "W", cue "shows"). Tail: topics, a two-sentence disclaimer, more-from label and two headlines, a copyright line split before "All rights reserved." (all "B").',
    'Saudi GOVERNMENT NEWS SERVICE\'S PRINT VIEW (Riyadh), a MINISTRY ANNOUNCEMENT: 18,422 inspection visits and 1,107 violations in the first ten days of Ramadan. Head: the browser print header repeating the headline, the URL line, the agency name, print/close, section line (all "B"); headline of record "W"; a Hijri/Gregorian date line ("B"). Body: the agency dateline "Riyadh, Feb 19, 2027, NPS --" joined to a lead where the ministry ACTS with no verb of saying ("W"); violations with bracketed counts "the ministry said in a statement today" ("W"); "It said" (resolving to "the Ministry of Commerce" as first given, "W"); Makkah figures ("W"); the spokesman after an apposition with "bin" kept ("W"), a rice price in SR with decimals and "Sha\'ban" ("W"), a discount-licence rule ("W"), inspections until Eid (a date set by those who run them, cue "added", "W") and a quote (""); a caption "" and its credit "B"; the Anti-Commercial Fraud Law penalties ("W"); "The ministry urged" (advice, ""); the food authority\'s inspections ("W"), its executive director ("Eng." and role dropped) with bakeries and samples ("W"), "It said" a breakdown ("W"); inflation "according to the General Authority for Statistics (GASTAT)" and "according to GASTAT" (acronym resolving, "W"); "The ministry said" daily price checks ("W"); the closing Vision 2030 sentence (a STORY LINE of official prose, "", not furniture). Tail: the "--NPS" end mark, a time stamp, related label and two headlines, a copyright line split before "All rights reserved.", "Page 1 of 1" (all "B").',
    'Moroccan NEWS PORTAL\'S AMP PAGE carrying a WIRE STORY (Rabat), AMP paste, a DROUGHT AND DAMS story: dams 41.3% full after winter rains, against 27.6% a year earlier. Head: AMP domain bar, portal name, crumb (all "B"); headline of record "W"; a wire byline/date line, a listen line, a share line ("B"). Body: the wire dateline "Rabat, Feb. 14 (ANAP) -" joined to its lead (never split at "Feb."), "according to figures from the Ministry of Equipment and Water" ("W"); reserves "the ministry said in its daily bulletin" ("W"); basins "it said" (resolving to the ministry\'s name, "W"); Al Massira\'s fill rate ("W"); rainfall "according to the General Directorate of Meteorology" ("W") and "The directorate forecasts" (a forecast, ""); "Advertisement" in the middle ("B"); the water-planning director "told ANAP" inflows with "Sept. 1" mid-sentence ("W"), a two-sentence quote ("") and restrictions with a hedged end (""); the desalination plant\'s start date "she said" ("W"); an ALSO READ link in the middle ("B"); a farmer\'s wells, a quote with an ELLIPSIS before "but", and his lost wheat (all ""); the agriculture ministry\'s sown area ("W"); an economist\'s forecast (""); the water tariff "according to the National Office of Electricity and Drinking Water (ONEE)" ("W") and "The ONEE said" (acronym resolving, "W"). Tail: the "(ANAP)" end mark, a two-sentence wire disclaimer, tags, a follow line, latest label and two headlines, footer (all "B").',
    'Tunisian STUDENT NEWSPAPER\'S WEBSITE (Tunis), READER-MODE paste that kept the WordPress share strip, a CAMPUS COST story: the university restaurant meal ticket rises from 200 to 350 millimes, the first increase since 2012. Head, as reader mode leaves it: the domain, headline of record "W", author line with role, a reading-time line ("B"); a standfirst "Student services office says ..." ("W", carrying the office as the body names it); a published line ("B"). Body: the lead "the Office des Œuvres Universitaires du Nord (OOUN) announced" (acronym dropped, cue "announced", "W"); "according to the office" (generic as written, "W"); "In a statement posted on its Facebook page, the OOUN said" (fronted channel, acronym resolving, a causal claim, "W") and "it said" ("W"); a STORY LINE beginning "Photos of the notice ..." (""); a caption "" and its credit "B"; the director-general "told the Monitor" ("W"), a quote with an opinion "" and a share figure "W"; "Ben Hassine said" the other offices ("W"); a BY THE NUMBERS box (label "B", four lines "W"); a sit-in "on Thursday at 11 a.m." at the end of a sentence before "Its secretary, ..." ("W" then ""); the union secretary\'s grant figure ("W") and a quote with an ELLIPSIS (""); a student known by her FIRST NAME only ("Rania") with her own count, a quote over three sentences with a QUESTION FOLLOWED BY A NEW SENTENCE (all ""); a lecturer ("Dr." dropped) with an opinion ("") and a budget cut ("W"); the ministry "did not respond to questions from the Monitor" (""); a question subhead ""; the grant-holder card and its deadline "the OOUN said" and "it said" ("W"). Tail: a two-sentence CORRECTION note, "Share this:", the share buttons, "Like this:", "Like Loading..." (all "B").',
    'Mauritian BROADCASTER\'S WEBSITE (Port Louis), PHONE BROWSER paste, a FUEL PRICE story: petrol falls by Rs 2.15 to Rs 65.75 a litre, diesel and gas unchanged. Head: a station bar with a live-radio link, a menu in French, section (all "B"); headline with a semicolon, never split ("W"); a newsroom/date line and an AUDIO player line ("B"). Body: the lead "the State Trading Corporation (STC) announced" (acronym dropped, "W"); "it said" ("W"); the committee meeting "according to an STC communiqué" (the document as written, "W"); "The STC said" (acronym resolving) a causal claim ("W"); "Speaking on Lakaz\'s midday bulletin, STC general manager ..." (fronted channel and role dropped, "W"), a two-sentence conditional quote (""), "Rughoobur said" a cause ("W"); an ALSO READ link in the middle ("B"); "Taxi drivers in Port Louis" (a group without figures, ""); a driver\'s own count, a quote with an ELLIPSIS and "Perrine said", his loan (all ""); a VIDEO link line and "PUBLICITÉ" in the middle ("B"); the consumer association\'s opinion ("") and its president\'s survey figure ("W", his, the survey cited inside his sentence) and quote (""); the MP ("Opposition MP Hon." dropped) "told the National Assembly" levies ("W") and a QUESTION before "she asked." (""); bus fares "The National Land Transport Authority said" ("W"); a question subhead ""; the pricing rule and the last cut ("W"); "according to STC price records" and "according to Statistics Mauritius" ("W"). Tail: tags, a comments count, a log-in line, an app line, a copyright line split before "Tous droits réservés." (all "B").',
    'Malagasy MAGAZINE FEATURE (Antananarivo), desktop browser paste, a LONG-FORM FEATURE with scenes, a PULL QUOTE and present-tense "says": vanilla growers in SAVA paid a third of last year\'s price. Head: masthead, tagline, menu, a feature label (all "B"); a headline that states nothing ("") and a standfirst with a semicolon, never split ("W"); a words/photographs credit line and an issue/reading-time line ("B"). Body: opening scenes (""); a grower with his own prices "he says" mid-sentence and a quote (""); the pin-mark custom (""); the ministry\'s floor price ("W") and "Growers say" (a group without figures, ""); exports "according to figures from the Economic Development Board of Madagascar" and "the figures show" ("W", cue "show"); the average price against the export floor ("W"); a caption "" and its credit "B"; a PULL QUOTE repeating a line of the story ("B"); an exporter after a relative clause with a cause and a figure ("W"), his two-sentence quote ("") and his firm\'s stock "he says" mid-sentence ("W"); the regional trade director "told Lanitra" purchases and confiscations ("W"), the auction "she says" ("W"), her quote ("") and "Few do." (a two-word STORY LINE, ""); a cooperative head ("Ramatoa" dropped, the given name "Noro says" resolving) with a claim (""), the cooperative\'s sales ("W") and a quote over two sentences ending "...?” Noro says." (""); a subhead ""; an agronomist with early picking and its cause ("W"); cyclone damage "according to the regional agriculture directorate" ("W"); a two-sentence print/subscribe note in the middle ("B"); closing scenes and the grower\'s last words (""). Tail: a two-sentence author bio with a funding note, more-features label and two headlines, footer (all "B").',
    'Mozambican NEWSLETTER POST\'S WEB VIEW (Maputo), desktop browser paste, a MONETARY POLICY newsletter in the first person: the central bank cuts the MIMO rate to 9.75%. Head: newsletter name, subscribe/sign-in line (both "B"); the post title of record ("W") and a subtitle that only describes (""); author, date, a like/comment/share counter line ("B"). Body: the greeting "Good morning from Maputo." (a STORY LINE, ""); the committee\'s cut and the reserve requirement (acts, no speaker, "W"); "In the committee\'s communiqué[1], the bank said" (fronted channel, a footnote marker inside, "W") and "The bank said it expected" (a forecast, ""); the governor "told reporters" credit growth ("W") and a two-sentence quote (""); "Let me put that in numbers." (""); the prime rate with dashes "according to the Associação Moçambicana de Bancos" ("W"), a year earlier and the author\'s own arithmetic ("W"); an INLINE SUBSCRIBE BLOCK in the middle (two "B" sentences and an e-mail box line "B"); subheads (""); the metical rate ("W"); a treasurer named AFTER HER QUOTE, cue "told me" ("W"), and her impression (""); the market visit, a stallholder ("Dona" dropped) with her own price (""), a QUOTE with a QUESTION FOLLOWED BY A NEW SENTENCE (""), her savings group and the author\'s verdict (""); bank accounts "according to the central bank\'s 2025 financial inclusion report[2]" ("W"); a question subhead ""; the regulator\'s fuel price and the next meeting ("W"); "My guess: ..." (a forecast, ""). Tail: the sign-off and signature, "Notes" and two REFERENCE LINES with "n.º 1/2027" and "p. 14" kept whole, a likes line, a discussion label, a reader comment, a copyright line, platform links (all "B").',
    'Basotho LOCAL WEEKLY\'S WEBSITE (Hlotse, Leribe), PHONE BROWSER paste, a FACTORY LAY-OFFS story: 1,340 jobs go as a Maputsoe denim factory shuts two lines. Head: masthead, menu, crumb (all "B"); headline of record "W"; standfirst "Union says ..." ("W", carrying the union as the body names it); byline, date line ("B"); a caption "" and its credit "B". Body: "MAPUTSOE –" lead with "(Pty) Ltd," mid-sentence, "the company confirmed" (generic noun, cue "confirmed", "W"); the HR manager (Taiwanese name, family name first, "Chen said" resolving) with a causal claim ("W"), a two-sentence quote (""), the remaining workforce ("W") and a hedge (""); the union with its acronym dropped ("W"); its organiser ("Ntate" dropped) "told the Mirror" ("W") and a two-sentence quote stating a rule and a fact ("W"); "— Advertisement —" in the middle ("B"); the notice rule ("W"); the pay date "Monday, 22 March" ("W"); wages "the union said" (generic, "W"); an ALSO READ link in the middle ("B"); a machinist with an \'Ma- name kept with its apostrophe, a QUESTION WITH AN ELLIPSIS before "she asked." (one sentence) and "\'Me \'Mathabo said" (the honorific dropped, resolving) (all ""); street vendors (a group without figures, "") and a vendor ("Ntate" dropped) with his own count (""); the trade ministry "said in a statement" ("W") and "It said" talks (""); the development corporation ("W"); the district administrator\'s meeting "on Saturday at 10 a.m." ENDING a sentence before "The Labour Commissioner\'s office ..." (both "W") and "It said" an undated visit (""). Tail: share line, a WhatsApp line, comments-closed line, a copyright line split at "(Pty) Ltd." before "All rights reserved." (all "B").',
    'Senegalese SPORTS SITE\'S AMP PAGE (Dakar), AMP paste, a WRESTLING (LAMB) RESULT with RING NAMES: Faucon de Mbour ends Volcan de Pikine\'s unbeaten run before 21,400 at the Arène nationale. Head: AMP domain bar, site name, crumb (all "B"); headline of record "W"; byline/date line and share line ("B"); a caption "" and its credit "B". Body: "PIKINE –" lead (the result, no speaker, "W"); the run and the record ("W"); the promoter after its descriptor "said" tickets ("W") and prices "the promoter said" (resolving, "W"); the purse "according to the contract filed with the Comité national de gestion de la lutte (CNG)" ("W"); the fight narrated (""); an EXCLAMATION with its attribution "“...!” Faucon shouted ..." (one sentence, the RING NAME resolving to "Ndiouga Sène", ""); "Advertisement" and a WATCH line in the middle ("B"); "Sène said" his preparation and a two-sentence quote (""); the loser\'s manager with an appeal plan ("") and his factual case about the knee ("W"); the appeal rule ("W"); "A CNG official, who asked not to be named, said" ("W"); arrests "Police said" and injuries "the Senegalese Red Cross said" ("W"); a fan with her own price and an EXCLAMATION before "she said." (""); an UNDERCARD RESULTS table (title and header "B", four "" rows); the next card\'s date ("W"). Tail: more-lutte label and one headline, tags, copyright (all "B").',
    'Ivorian TABLOID\'S APP SHARE paste (Abidjan), a CONCERT CRUSH story in tabloid style: 23 hurt at a coupé-décalé star\'s show at the Palais des sports. Head: masthead, an "EXCLUSIVE" flag (both "B"); an all-capitals headline with an exclamation mark ("W"); standfirst "Promoter blames ..." ("W", cue "blames", carrying the promoter as the body names it); a byline/age/views line ("B"); a caption "" and its credit "B". Body: "ABIDJAN –" lead "the Groupement des sapeurs-pompiers militaires (GSPM) said" (acronym dropped, "W"), "it said" and "according to the GSPM" (resolving, "W"); "a hospital source told Abidjan Buzz" ("W"); the promoter after its descriptor "said in a Facebook post" ("W"); its managing director (Ivorian order, family name first) "told Abidjan Buzz:" a quote over two sentences opened after a COLON ("W", both); a READ MORE link in the middle ("B"); "Abidjan police said" arrests ("W") and "the police said" a court date ("W"); the star by his STAGE NAME with "until 3 a.m., said" mid-sentence, a promise and a quote with an ELLIPSIS (""); the tabloid\'s own "can reveal" claim (no speaker, "W"); "Sources close to the star say" (""); a SPONSORED block with two "B" sentences in the middle; a fan (family name first) with her own price and a quote ending "...?” she asked." (""), "Konan said" (resolving) with "since 6 p.m." ENDING a sentence before a quote that opens the next one (both ""); "The culture ministry said in a communiqué" ("W") and "It said" the safety rule ("W"); "according to a document seen by Abidjan Buzz" ("W"); "Kouadio said" (resolving, ""); the manager "did not respond to our calls" (""). Tail: a photo-gallery line, a reactions line, a comments count, a reader comment, an app-share line split before "Download it free: buzz.ci/app" (all "B").',
]

ARTICLES = [
    [
        [
            ("THE AMMAN SENTINEL", "", "", "B"),
        ],
        [
            ("Wednesday, July 14, 2027 | Amman 36°C", "", "", "B"),
        ],
        [
            (
                "Home | Local | Region | World | Business | Opinion | Sports | Lifestyle | Multimedia | E-paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › Local › Water", "", "", "B"),
        ],
        [
            (
                "Zarqa neighbourhoods drop to one water day a week as summer supply falls 11%",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Lina Fawwaz Saqer", "", "", "B"),
        ],
        [
            ("Last updated: Jul 14, 2027 - 00:42", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · WhatsApp · Telegram · Print", "", "", "B"),
        ],
        [
            (
                "Residents of Russeifa fill jerrycans from a Water Authority tanker on Tuesday.",
                "",
                "",
                "",
            ),
            ("(Photo: Sentinel/Nour Al-Bashiti)", "", "", "B"),
        ],
        [
            (
                "AMMAN — Water deliveries to 41 neighbourhoods in Zarqa governorate will drop from two days a week to one from Sunday, the Water Authority of Jordan (WAJ) said on Tuesday.",
                "the Water Authority of Jordan",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement, the authority said the Disi and Zara-Ma'in conveyance systems were pumping 11% less water than last summer because of two pump failures and falling well levels.",
                "the authority",
                "said",
                "W",
            ),
            (
                "About 63,000 households are affected, it said.",
                "the Water Authority of Jordan",
                "said",
                "W",
            ),
        ],
        [
            (
                "WAJ Secretary-General Eng. Suhaib Nayef Al-Khashashneh told The Sentinel that daily supply to the governorate had fallen to 118,000 cubic metres, against demand of about 165,000.",
                "Suhaib Nayef Al-Khashashneh",
                "told The Sentinel",
                "W",
            ),
            ("“We are not rationing by choice.", "Suhaib Nayef Al-Khashashneh", "said", ""),
            (
                "We are sharing a shortage as fairly as we can,” he said.",
                "Suhaib Nayef Al-Khashashneh",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Al-Khashashneh said the one-day schedule would stay in place “until the end of September at the latest”.",
                "Suhaib Nayef Al-Khashashneh",
                "said",
                "",
            ),
        ],
        [
            (
                "Jordan has about 61 cubic metres of renewable fresh water per person a year, according to the Ministry of Water and Irrigation, one of the lowest shares in the world.",
                "the Ministry of Water and Irrigation",
                "according to",
                "W",
            ),
        ],
        [
            ("READ ALSO: Aqaba-Amman desalination pipeline reaches financial close", "", "", "B"),
        ],
        [
            (
                "The ministry says the Aqaba-Amman Water Desalination and Conveyance Project, designed to deliver 300 million cubic metres a year, is due to start pumping to the capital in 2030.",
                "The ministry",
                "says",
                "W",
            ),
        ],
        [
            (
                "In Russeifa, Umm Yazan, a mother of four who lives on the third floor of a building in Al Hashemiyeh, said the family's roof tanks had run dry on Friday.",
                "Umm Yazan",
                "said",
                "",
            ),
            (
                "“Two days a week was already not enough for six people… now we will buy from the tanker every week,” she said.",
                "Umm Yazan",
                "said",
                "",
            ),
            (
                "Private tanker operators charge between JD8 and JD12 for five cubic metres, residents said.",
                "residents",
                "said",
                "W",
            ),
        ],
        [
            ("A tanker refills roof tanks in New Zarqa on Tuesday.", "", "", ""),
            ("(Photo: Sentinel/Nour Al-Bashiti)", "", "", "B"),
        ],
        [
            (
                "Zarqa MP Firas Aqel Al-Smeirat said the authority had promised in a letter to the governorate's MPs in March that no neighbourhood would get fewer than two supply days a week this summer.",
                "Firas Aqel Al-Smeirat",
                "said",
                "W",
            ),
            ("“Where is that letter now?” he asked.", "Firas Aqel Al-Smeirat", "asked", ""),
            (
                "Al-Smeirat said he would ask the Lower House's Agriculture and Water Committee to summon the minister.",
                "Firas Aqel Al-Smeirat",
                "said",
                "",
            ),
        ],
        [
            (
                "Non-revenue water — lost to leaks, theft and faulty meters — stood at 46% nationwide last year, according to the authority's 2026 annual report.",
                "the authority's 2026 annual report",
                "according to",
                "W",
            ),
            (
                "Al-Khashashneh said inspectors had removed 1,284 illegal connections in Zarqa between January and June and referred 97 cases to the public prosecutor.",
                "Suhaib Nayef Al-Khashashneh",
                "said",
                "W",
            ),
            (
                "Under the Water Authority Law, tampering with a main is punishable by up to three years in prison and a fine of up to JD5,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Jordan Meteorological Department expects temperatures to reach 38°C in Amman and 45°C in the Jordan Valley on Thursday.",
                "The Jordan Meteorological Department",
                "expects",
                "",
            ),
        ],
        [
            ("Schedules by neighbourhood", "", "", ""),
        ],
        [
            (
                "The new schedules are published on the authority's website and through its call centre on 117144, which answers calls 24 hours a day.",
                "",
                "",
                "W",
            ),
            (
                "In Amman, supply from the Miyahuna water company stays at two days a week, a spokesman for the company said.",
                "a spokesman for the company",
                "said",
                "W",
            ),
        ],
        [
            ("Tags: Water · Zarqa · WAJ · Summer", "", "", "B"),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Government approves JD12 million for Zarqa sewage network", "", "", "B"),
        ],
        [
            ("Heatwave: Civil Defence answered 312 fire calls in 48 hours", "", "", "B"),
        ],
        [
            ("Comments (3)", "", "", "B"),
        ],
        [
            ("Add your comment.", "", "", "B"),
            ("Comments are reviewed before publication.", "", "", "B"),
        ],
        [
            ("© 2027 The Amman Sentinel.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Advertise | Contact | Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  BEIRUT OBSERVER  🔍", "", "", "B"),
        ],
        [
            ("LIVE", "", "", "B"),
        ],
        [
            (
                "Mount Lebanon municipal elections: turnout reaches 31.6% at 4pm as army steps in after Baakline scuffle",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Updated 6 min ago", "", "", "B"),
        ],
        [
            ("By Observer staff", "", "", "B"),
        ],
        [
            ("Share this live blog", "", "", "B"),
        ],
        [
            ("Summary", "", "", "B"),
        ],
        [
            (
                "Polls opened at 7am in 322 municipalities across the six districts of Mount Lebanon and close at 7pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 1.08 million voters are registered in the governorate, according to Ministry of Interior and Municipalities figures.",
                "Ministry of Interior and Municipalities figures",
                "according to",
                "W",
            ),
        ],
        [
            ("Turnout was 31.6% at 4pm, against 28.9% at the same hour in 2025.", "", "", "W"),
        ],
        [
            (
                "Two men were lightly injured in a scuffle outside a polling centre in Baakline.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("4:12 pm", "", "", "B"),
        ],
        [
            ("Rima Saadeh", "", "", "B"),
        ],
        [
            (
                "Turnout across Mount Lebanon reached 31.6% at 4pm, the Ministry of Interior and Municipalities said in its latest update.",
                "the Ministry of Interior and Municipalities",
                "said in its latest update",
                "W",
            ),
            (
                "Chouf has the highest turnout so far, at 38.2%, and Metn the lowest, at 24.7%.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("View this post on X", "", "", "B"),
        ],
        [
            ("3:47 pm", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("Karim Fakhoury", "", "", "B"),
        ],
        [
            ("Army deploys at Baakline school after scuffle between rival lists", "", "", "W"),
        ],
        [
            (
                "A scuffle broke out between supporters of two rival lists outside the public secondary school in Baakline shortly after 3pm, a security source told the Observer.",
                "a security source",
                "told the Observer",
                "W",
            ),
            (
                "Two men were lightly injured and taken to a hospital in Beiteddine, the source said.",
                "a security source",
                "said",
                "W",
            ),
            (
                "Voting at the school's four polling stations resumed after about 20 minutes, once an army unit had taken up position at the gate.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Soldiers stand outside the polling centre in Baakline, in the Chouf, on Sunday.",
                "",
                "",
                "",
            ),
            ("(Observer/Rabih Mrad)", "", "", "B"),
        ],
        [
            ("3:20 pm", "", "", "B"),
        ],
        [
            ("Rima Saadeh", "", "", "B"),
        ],
        [
            (
                "The election watchdog Mourakiboun Lubnan said its 420 observers had recorded 57 violations by 3pm, most of them campaigning inside or at the door of polling centres.",
                "Mourakiboun Lubnan",
                "said",
                "W",
            ),
            (
                "It said it had received reports of vote-buying from at least four towns, none of which it had yet been able to confirm.",
                "Mourakiboun Lubnan",
                "said",
                "W",
            ),
            (
                "It called on the ministry to publish turnout for each polling station, not only for each district.",
                "Mourakiboun Lubnan",
                "called on",
                "",
            ),
        ],
        [
            ("📲 Get our election alerts on WhatsApp — tap here to join", "", "", "B"),
        ],
        [
            ("2:55 pm", "", "", "B"),
        ],
        [
            ("Karim Fakhoury", "", "", "B"),
        ],
        [
            (
                "In Jounieh, Maroun Abi Khalil, 67, said he had flown back from Dubai on Friday to vote.",
                "Maroun Abi Khalil",
                "said",
                "",
            ),
            (
                "“I paid $480 for a ticket to choose the council that collects my rubbish… that tells you how much it matters to us,” he said.",
                "Maroun Abi Khalil",
                "said",
                "",
            ),
        ],
        [
            ("2:30 pm", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("Rima Saadeh", "", "", "B"),
        ],
        [
            (
                "12 polling stations opened late over missing ballot boxes, interior minister says",
                "Nabil Khattar",
                "says",
                "W",
            ),
        ],
        [
            (
                "Interior Minister Nabil Khattar told reporters at the ministry's operations room in Sanayeh that 1,856 of the governorate's 1,868 polling stations had opened on time and that 12 had opened up to two hours late because their ballot boxes had not arrived.",
                "Nabil Khattar",
                "told reporters",
                "W",
            ),
            (
                "“There is no excuse for a ballot box arriving at nine o'clock.",
                "Nabil Khattar",
                "said",
                "",
            ),
            ("We have opened an investigation,” Khattar said.", "Nabil Khattar", "said", "W"),
            (
                "He said results would be announced by each district's registration committee, not by the ministry, from Monday.",
                "Nabil Khattar",
                "said",
                "W",
            ),
            (
                "Asked about vote-buying, he said anyone with evidence should take it to the public prosecutor.",
                "Nabil Khattar",
                "said",
                "",
            ),
        ],
        [
            ("1:15 pm", "", "", "B"),
        ],
        [
            ("Karim Fakhoury", "", "", "B"),
        ],
        [
            (
                "Électricité du Liban said it had raised supply to 20 hours on Sunday in areas with polling centres, up from about 10 hours on a normal day.",
                "Électricité du Liban",
                "said",
                "W",
            ),
            (
                "In Aley, shopkeeper Wissam Hamadeh said the power had stayed on since 6am for the first time in weeks.",
                "Wissam Hamadeh",
                "said",
                "",
            ),
            (
                "“Maybe we should have elections every Sunday,” he said.",
                "Wissam Hamadeh",
                "said",
                "",
            ),
        ],
        [
            ("12:05 pm", "", "", "B"),
        ],
        [
            ("Rima Saadeh", "", "", "B"),
        ],
        [
            (
                "Turnout at noon was 17.3% across the governorate, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
            ("In Baabda district it was 15.1%.", "", "", "W"),
        ],
        [
            ("View this post on X", "", "", "B"),
        ],
        [
            ("11:40 am", "", "", "B"),
        ],
        [
            ("Karim Fakhoury", "", "", "B"),
        ],
        [
            (
                "Only nine of the 64 polling centres in Baabda district have ramps or lifts, according to a survey published last month by the disability rights group Access Cedars.",
                "a survey published last month by the disability rights group Access Cedars",
                "according to",
                "W",
            ),
            (
                "Joëlle Nassif, 29, who uses a wheelchair, said soldiers had carried her up two flights of stairs to vote in Hadath.",
                "Joëlle Nassif",
                "said",
                "",
            ),
            (
                "“They were kind, but I am not a sack of potatoes,” she said.",
                "Joëlle Nassif",
                "said",
                "",
            ),
        ],
        [
            ("7:02 am", "", "", "B"),
        ],
        [
            ("Rima Saadeh", "", "", "B"),
        ],
        [
            ("Polls open across Mount Lebanon", "", "", "W"),
        ],
        [
            (
                "Good morning and welcome to our live coverage of the municipal and mukhtar elections in Mount Lebanon.",
                "",
                "",
                "",
            ),
            (
                "Polling stations opened at 7am and will close at 7pm, when counting begins at each station.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Back to top ↑", "", "", "B"),
        ],
        [
            ("More on the municipal elections", "", "", "B"),
        ],
        [
            ("Beirut's lists: who is running and why it matters", "", "", "B"),
        ],
        [
            ("© 2027 Beirut Observer | Terms | Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("DHOW STREET DAILY", "", "", "B"),
        ],
        [
            (
                "DFMGI 5,412.36 ▲0.41% | FTSE ADX 9,871.02 ▼0.12% | Brent $78.40 ▲0.6% | Gold $2,611 ▼0.2%",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Markets   Companies   Economy   Property   Banking   Energy   Opinion   Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Property › Developers", "", "", "B"),
        ],
        [
            (
                "Sidra Marina Properties' second-quarter profit jumps 23.4% to Dh1.12bn on Creek Harbour handovers",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Developer says off-plan bookings hit a record Dh6.4bn in the quarter and declares a 12-fils interim dividend",
                "Sidra Marina Properties",
                "says",
                "W",
            ),
        ],
        [
            ("Rahul Menon-Iyer, Senior Markets Reporter", "", "", "B"),
        ],
        [
            ("August 12, 2027 · 7:45 AM · 4 min read", "", "", "B"),
        ],
        [
            ("Share   Save   Gift article", "", "", "B"),
        ],
        [
            (
                "DUBAI — Sidra Marina Properties reported a 23.4% rise in second-quarter net profit to Dh1.12 billion on Wednesday, helped by handovers at two towers in Dubai Creek Harbour.",
                "Sidra Marina Properties",
                "reported",
                "W",
            ),
            (
                "Revenue rose 17.9% to Dh3.86 billion from Dh3.27 billion a year earlier, the company said in a filing to the Dubai Financial Market.",
                "the company",
                "said in a filing to the Dubai Financial Market",
                "W",
            ),
            (
                "Sales bookings — the value of units sold in the quarter, most of them off-plan — reached Dh6.4 billion, a record for any three-month period, it said.",
                "Sidra Marina Properties",
                "said",
                "W",
            ),
        ],
        [
            (
                "Group chief executive Humaid Saif Al Rumaithi told analysts on a call that the backlog of sold but unrecognised revenue stood at Dh41.7 billion, about three years of sales at the current pace.",
                "Humaid Saif Al Rumaithi",
                "told analysts on a call",
                "W",
            ),
            (
                "“Demand has not cooled the way some people predicted.",
                "Humaid Saif Al Rumaithi",
                "said",
                "",
            ),
            (
                "Eight in ten buyers this quarter paid at least 20% up front,” he said.",
                "Humaid Saif Al Rumaithi",
                "said",
                "W",
            ),
            (
                "Al Rumaithi said the company planned to launch four projects with about 2,900 units in the second half.",
                "Humaid Saif Al Rumaithi",
                "said",
                "",
            ),
        ],
        [
            ("You've read 3 of your 5 free articles this month.", "", "", "B"),
            ("Subscribe for Dh49 a month to keep reading.", "", "", "B"),
        ],
        [
            ("Already a subscriber?", "", "", "B"),
            ("Log in", "", "", "B"),
        ],
        [
            (
                "The board approved an interim cash dividend of 12 fils a share for shareholders on the register at the close of trading on Aug. 26 at 3 p.m.",
                "",
                "",
                "W",
            ),
            ("Payment is due on Sept. 9.", "", "", "W"),
        ],
        [
            (
                "Shares of Sidra Marina closed 3.1% higher at Dh6.92 on Wednesday, valuing the company at about Dh27.7 billion.",
                "",
                "",
                "W",
            ),
            (
                "Dubai recorded 48,216 residential sales worth Dh131.5 billion in the first half, up 21% by value on a year earlier, according to Dubai Land Department data.",
                "Dubai Land Department data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "RELATED: Abu Dhabi developers' land bank grows 14% as government grants new plots",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Analysts at Marsa Capital L.L.C. said the results were “clean” but that the share price already assumed another strong year.",
                "Analysts at Marsa Capital L.L.C.",
                "said",
                "",
            ),
            (
                "Priyanka Desai-Mathur, head of real estate research at Bateen Equities, said off-plan prices in Dubai had risen about 9 percentage points faster than rents since the start of 2025.",
                "Priyanka Desai-Mathur",
                "said",
                "W",
            ),
            (
                "“When prices run ahead of rents for long enough, something has to give,” she said.",
                "Priyanka Desai-Mathur",
                "said",
                "",
            ),
        ],
        [
            ("AT A GLANCE: SIDRA MARINA, Q2 2027", "", "", "B"),
        ],
        [
            ("Net profit: Dh1.12bn (+23.4%)", "", "", "W"),
        ],
        [
            ("Revenue: Dh3.86bn (+17.9%)", "", "", "W"),
        ],
        [
            ("Bookings: Dh6.4bn (record)", "", "", "W"),
        ],
        [
            ("Backlog: Dh41.7bn", "", "", "W"),
        ],
        [
            ("Interim dividend: 12 fils a share", "", "", "W"),
        ],
        [
            ("Source: company filing to DFM", "", "", "B"),
        ],
        [
            (
                "Chief financial officer Marc-Antoine Delorme said net debt had fallen to Dh2.05 billion at the end of June from Dh3.4 billion at the end of 2026, after the company repaid a Dh1.5 billion sukuk in May.",
                "Marc-Antoine Delorme",
                "said",
                "W",
            ),
            (
                "He said the company had no plans to borrow on the bond market this year.",
                "Marc-Antoine Delorme",
                "said",
                "",
            ),
        ],
        [
            ("Is the market overheating?", "", "", ""),
        ],
        [
            (
                "The Central Bank of the UAE said in its latest financial stability review that real estate and construction loans made up 16.8% of bank lending at the end of March, down from 19.2% five years earlier.",
                "The Central Bank of the UAE",
                "said in its latest financial stability review",
                "W",
            ),
            (
                "It said the sector's risks were “contained”.",
                "The Central Bank of the UAE",
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
                "The filing was signed by the board's secretary on behalf of Sidra Marina Properties P.J.S.C.",
                "",
                "",
                "",
            ),
            (
                "Its largest shareholder, with 31%, is Al Mamzar Holding L.L.C., which is controlled by the Al Rumaithi family, the filing shows.",
                "the filing",
                "shows",
                "W",
            ),
        ],
        [
            ("Topics: Property · Earnings · DFM · Dubai Creek Harbour", "", "", "B"),
        ],
        [
            ("This article is for information only.", "", "", "B"),
            ("It is not investment advice.", "", "", "B"),
        ],
        [
            ("More from Property", "", "", "B"),
        ],
        [
            ("Sharjah villa rents up 11% as families move north", "", "", "B"),
        ],
        [
            ("Ras Al Khaimah approves 3,400 hotel keys on Al Marjan Island", "", "", "B"),
        ],
        [
            ("© 2027 Dhow Street Media FZ-LLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "19/02/2027, 14:06    Ministry of Commerce records 1,107 violations in first 10 days of Ramadan | NPS",
                "",
                "",
                "B",
            ),
        ],
        [
            ("https://www.nps.sa/en/news/2216408", "", "", "B"),
        ],
        [
            ("National Press Service", "", "", "B"),
        ],
        [
            ("Print | Close", "", "", "B"),
        ],
        [
            ("Local | Economy", "", "", "B"),
        ],
        [
            (
                "Ministry of Commerce records 1,107 violations in first 10 days of Ramadan",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Friday 1448/09/12 AH - 19 February 2027", "", "", "B"),
        ],
        [
            (
                "Riyadh, Feb 19, 2027, NPS -- Inspectors from the Ministry of Commerce carried out 18,422 inspection visits to shops, markets and warehouses across the Kingdom during the first ten days of Ramadan, recording 1,107 violations.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The most common violations were prices not displayed on goods (412), failure to honour advertised discounts (268) and the sale of expired products (131), the ministry said in a statement today.",
                "the ministry",
                "said in a statement",
                "W",
            ),
            (
                "It said inspectors had seized 22,460 expired or unlabelled items, most of them in Riyadh, Makkah and the Eastern Province.",
                "the Ministry of Commerce",
                "said",
                "W",
            ),
            (
                "In Makkah region alone, 2,906 shops were inspected and 88 were found in violation, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "The ministry's official spokesman, Abdulrahman bin Fahad Al-Husaini, said fines totalling SR3.84 million had been imposed so far and that 46 shops had been closed for repeat offences.",
                "Abdulrahman bin Fahad Al-Husaini",
                "said",
                "W",
            ),
            (
                "He said the average price of a 10-kilogram bag of Indian basmati rice in the outlets monitored was SR89.50, unchanged from Sha'ban.",
                "Abdulrahman bin Fahad Al-Husaini",
                "said",
                "W",
            ),
            (
                "Al-Husaini said shops offering Eid discounts must obtain a free discount licence from the ministry before advertising them.",
                "Abdulrahman bin Fahad Al-Husaini",
                "said",
                "W",
            ),
            (
                "He added that the inspection tours would continue daily until the end of the Eid Al-Fitr holiday.",
                "Abdulrahman bin Fahad Al-Husaini",
                "added",
                "W",
            ),
            (
                "“Consumers are our partners in monitoring the markets,” Al-Husaini said.",
                "Abdulrahman bin Fahad Al-Husaini",
                "said",
                "",
            ),
        ],
        [
            (
                "Ministry of Commerce inspectors check price labels at a dates market in Riyadh.",
                "",
                "",
                "",
            ),
            ("Photo: NPS", "", "", "B"),
        ],
        [
            (
                "Under the Anti-Commercial Fraud Law, selling expired food is punishable by a fine of up to SR1 million, imprisonment for up to three years, or both.",
                "",
                "",
                "W",
            ),
            (
                "The ministry urged consumers to report violations through the Rasd app or by calling 8001245566.",
                "The ministry",
                "urged",
                "",
            ),
        ],
        [
            (
                "Separately, the Saudi Food and Drug Authority said its teams had inspected 3,214 food establishments in the same period and suspended the activity of 58 of them.",
                "the Saudi Food and Drug Authority",
                "said",
                "W",
            ),
            (
                "Eng. Turki bin Ayed Al-Shahrani, Executive Director of Inspection at the authority, said 14 bakeries had been found using unregistered flour improvers and that samples had been sent to the authority's reference laboratory in Riyadh.",
                "Turki bin Ayed Al-Shahrani",
                "said",
                "W",
            ),
            (
                "It said the suspended establishments included 21 restaurants, 19 bakeries and 18 food stores.",
                "the Saudi Food and Drug Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Consumer prices in the Kingdom rose 2.1% in January from a year earlier, driven mainly by housing rents, according to the General Authority for Statistics (GASTAT).",
                "the General Authority for Statistics",
                "according to",
                "W",
            ),
            (
                "Food and beverage prices rose 0.9% over the same period, according to GASTAT.",
                "the General Authority for Statistics",
                "according to",
                "W",
            ),
            (
                "The ministry said its teams had also checked the prices of 112 basic goods in 420 outlets every day since the start of the month.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "This comes as part of the ministry's efforts to protect consumers and to ensure fair competition in the market, in line with the objectives of Saudi Vision 2030.",
                "",
                "",
                "",
            ),
        ],
        [
            ("--NPS", "", "", "B"),
        ],
        [
            ("14:06 LT 11:06 GMT", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("SFDA warns against three brands of imported honey", "", "", "B"),
        ],
        [
            (
                "Ministry of Municipalities issues 41,000 commercial licences in January",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 National Press Service.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Page 1 of 1", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ atlas24.ma", "", "", "B"),
        ],
        [
            ("ATLAS24", "", "", "B"),
        ],
        [
            ("Home › Morocco › Wire", "", "", "B"),
        ],
        [
            ("Morocco's dams 41.3% full after winter rains, up from 27.6% a year ago", "", "", "W"),
        ],
        [
            ("By ANAP | 14 Feb 2027 - 18:32", "", "", "B"),
        ],
        [
            ("🔊 Listen to this article", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | X | Copy link", "", "", "B"),
        ],
        [
            (
                "Rabat, Feb. 14 (ANAP) - The overall fill rate of Morocco's dams reached 41.3% on Saturday, up from 27.6% a year earlier, after heavy rain in the north and snow on the Middle and High Atlas, according to figures from the Ministry of Equipment and Water.",
                "figures from the Ministry of Equipment and Water",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Reserves stood at 6.94 billion cubic metres, the ministry said in its daily bulletin.",
                "the ministry",
                "said in its daily bulletin",
                "W",
            ),
        ],
        [
            (
                "The Loukkos basin in the north is the fullest, at 78.2%, while the Oum Er-Rbia basin, which feeds the Doukkala and Tadla plains, is at 19.6%, it said.",
                "the Ministry of Equipment and Water",
                "said",
                "W",
            ),
            ("The Al Massira dam, the country's second largest, is 8.1% full.", "", "", "W"),
        ],
        [
            (
                "Rainfall since September has averaged 312 millimetres nationally, 38% above the average of the past 30 years, according to the General Directorate of Meteorology.",
                "the General Directorate of Meteorology",
                "according to",
                "W",
            ),
            (
                "The directorate forecasts more rain in the north from Tuesday.",
                "The directorate",
                "forecasts",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Fatima-Zahra Lahlou Idrissi, director of research and water planning at the ministry, told ANAP that inflows since Sept. 1 totalled 5.2 billion cubic metres, more than in the previous two hydrological years combined.",
                "Fatima-Zahra Lahlou Idrissi",
                "told ANAP",
                "W",
            ),
        ],
        [
            (
                "“This is good news, but it does not end the drought.",
                "Fatima-Zahra Lahlou Idrissi",
                "said",
                "",
            ),
            (
                "One good winter does not refill an aquifer that has been over-pumped for thirty years,” she said.",
                "Fatima-Zahra Lahlou Idrissi",
                "said",
                "",
            ),
        ],
        [
            (
                "She said restrictions on car washes, hammams and the watering of public gardens would stay in place in eight cities “until the summer is behind us”.",
                "Fatima-Zahra Lahlou Idrissi",
                "said",
                "",
            ),
            (
                "The Casablanca-Settat desalination plant, which will produce 300 million cubic metres a year at full capacity, is due to supply its first water to the city in June, she said.",
                "Fatima-Zahra Lahlou Idrissi",
                "said",
                "W",
            ),
        ],
        [
            (
                "ALSO READ | Fuel prices fall by 0.40 dirham a litre at the pump from Sunday",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "In Sidi Bennour, in the Doukkala plain, farmer Lahcen Oubella said the water in his two wells had risen by about two metres since December.",
                "Lahcen Oubella",
                "said",
                "",
            ),
            (
                "“The rain came too late for much of the wheat… but the sugar beet will be good this year, inchallah,” he said.",
                "Lahcen Oubella",
                "said",
                "",
            ),
            (
                "He said he had lost about half of the wheat on his 12 hectares to the dry autumn.",
                "Lahcen Oubella",
                "said",
                "",
            ),
        ],
        [
            (
                "The agriculture ministry said in January that 3.1 million hectares had been sown with cereals this season, against 2.5 million last season.",
                "The agriculture ministry",
                "said",
                "W",
            ),
            (
                "Economist Karim Benjelloun-Touimi, of the Casablanca think tank Centre Atlas pour l'Économie, said a good harvest could lift economic growth above 4% this year.",
                "Karim Benjelloun-Touimi",
                "said",
                "",
            ),
        ],
        [
            (
                "Drinking water tariffs are unchanged, with the first household band billed at 2.61 dirhams per cubic metre excluding tax, according to the National Office of Electricity and Drinking Water (ONEE).",
                "the National Office of Electricity and Drinking Water",
                "according to",
                "W",
            ),
            (
                "The ONEE said 214 rural douars that had been supplied by tanker during the summer had been reconnected to the network since January.",
                "the National Office of Electricity and Drinking Water",
                "said",
                "W",
            ),
        ],
        [
            ("(ANAP)", "", "", "B"),
        ],
        [
            (
                "This story has been published from a wire agency feed without modifications to the text.",
                "",
                "",
                "B",
            ),
            ("Only the headline has been changed.", "", "", "B"),
        ],
        [
            ("Tags: Dams · Drought · Water · Morocco", "", "", "B"),
        ],
        [
            ("Follow Atlas24 on Google News", "", "", "B"),
        ],
        [
            ("Latest in Morocco", "", "", "B"),
        ],
        [
            ("Tangier: 1,200 taxis to be fitted with meters before summer", "", "", "B"),
        ],
        [
            ("Marrakech airport passenger traffic up 17% in January", "", "", "B"),
        ],
        [
            ("Atlas24 © 2027 | Privacy | Terms | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("manarmonitor.tn", "", "", "B"),
        ],
        [
            (
                "Restaurant meal tickets to rise to 350 millimes on 1 February, first increase since 2012",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Yasmine Gharbi-Mestiri, News Editor", "", "", "B"),
        ],
        [
            ("7–9 minutes", "", "", "B"),
        ],
        [
            (
                "Student services office says each meal costs it 6.8 dinars to serve, against the 200 millimes a student pays at the counter",
                "the Office des Œuvres Universitaires du Nord",
                "says",
                "W",
            ),
        ],
        [
            ("Published 13 January 2027 · Campus", "", "", "B"),
        ],
        [
            (
                "The price of a meal ticket at university restaurants in northern Tunisia will rise from 200 to 350 millimes on 1 February, the Office des Œuvres Universitaires du Nord (OOUN) announced on Monday.",
                "the Office des Œuvres Universitaires du Nord",
                "announced",
                "W",
            ),
            (
                "It is the first increase since 2012, according to the office.",
                "the office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "In a statement posted on its Facebook page, the OOUN said each meal cost it an average of 6.8 dinars to produce in 2026, up from 4.1 dinars in 2022, because of higher prices for meat, cooking oil and gas.",
                "the Office des Œuvres Universitaires du Nord",
                "said",
                "W",
            ),
            (
                "Its 38 restaurants in Tunis, Bizerte, Béja, Jendouba and the other northern governorates served about 11.2 million meals last year, it said.",
                "the Office des Œuvres Universitaires du Nord",
                "said",
                "W",
            ),
        ],
        [
            (
                "Photos of the notice, taped to the door of the Ibn Khaldoun restaurant on the El Manar campus, were shared thousands of times in student Facebook groups on Monday night.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Students queue for lunch at the El Manar campus restaurant on Tuesday.", "", "", ""),
            ("Photo: Selim Ayari / The Manar Monitor", "", "", "B"),
        ],
        [
            (
                "Mourad Ben Hassine, the office's director-general, told the Monitor that the increase would bring in about 1.6 million dinars a year, “a small part of the gap”.",
                "Mourad Ben Hassine",
                "told the Monitor",
                "W",
            ),
            (
                "“Nobody likes to touch the price of a student's lunch.",
                "Mourad Ben Hassine",
                "said",
                "",
            ),
            (
                "But the state pays 97% of that meal today and it will still pay 95% after February,” he said.",
                "Mourad Ben Hassine",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ben Hassine said restaurants run by the offices for the centre and the south, in Sousse and Gafsa, were not affected by the decision.",
                "Mourad Ben Hassine",
                "said",
                "W",
            ),
        ],
        [
            ("BY THE NUMBERS", "", "", "B"),
        ],
        [
            ("200 millimes: price of a meal ticket since 2012", "", "", "W"),
        ],
        [
            ("6.8 dinars: average cost of a meal to the OOUN in 2026", "", "", "W"),
        ],
        [
            ("38: restaurants run by the OOUN", "", "", "W"),
        ],
        [
            ("11.2 million: meals served in 2026", "", "", "W"),
        ],
        [
            (
                "The Faculty of Sciences section of the Union Générale des Étudiants de Tunisie (UGET) has called a sit-in outside the OOUN's headquarters in Tunis for Thursday at 11 a.m.",
                "",
                "",
                "W",
            ),
            (
                "Its secretary, Oussama Jaziri, a fourth-year physics student, said many students already skipped dinner to save money.",
                "Oussama Jaziri",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the university grant of 720 dinars a year had not been raised since 2019.",
                "Oussama Jaziri",
                "said",
                "W",
            ),
            (
                "“Three hundred and fifty millimes is nothing to a minister… to a student from Kasserine it is the louage home,” Jaziri said.",
                "Oussama Jaziri",
                "said",
                "",
            ),
        ],
        [
            (
                "Rania, 21, a second-year medical student who asked that only her first name be used, said she ate two meals a day at the restaurant, five days a week.",
                "Rania",
                "said",
                "",
            ),
            ("“That is six dinars more a month for me.", "Rania", "said", ""),
            ("Will the food be any better?", "Rania", "said", ""),
            ("I doubt it,” she said.", "Rania", "said", ""),
        ],
        [
            (
                "Dr. Hela Mabrouk-Zghal, who teaches public economics at the Faculty of Economic Sciences and Management of Tunis, said the meal subsidy was “one of the few that really reaches the people it is meant for”.",
                "Hela Mabrouk-Zghal",
                "said",
                "",
            ),
            (
                "She said the OOUN's operating budget had been cut by 8% in the 2027 finance law.",
                "Hela Mabrouk-Zghal",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Higher Education and Scientific Research did not respond to questions from the Monitor before publication.",
                "The Ministry of Higher Education and Scientific Research",
                "did not respond to questions from the Monitor",
                "",
            ),
        ],
        [
            ("What about grant holders?", "", "", ""),
        ],
        [
            (
                "Students who hold a grant can apply for a reduced-price meal card at their faculty's student affairs office until 25 January, the OOUN said.",
                "the Office des Œuvres Universitaires du Nord",
                "said",
                "W",
            ),
            (
                "The card keeps the price at 200 millimes for up to 50 meals a month, it said.",
                "the Office des Œuvres Universitaires du Nord",
                "said",
                "W",
            ),
        ],
        [
            (
                "Correction, 14 January: An earlier version of this article said the last increase was in 2010.",
                "",
                "",
                "B",
            ),
            ("It was in 2012.", "", "", "B"),
        ],
        [
            ("Share this:", "", "", "B"),
        ],
        [
            ("Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            ("Like this:", "", "", "B"),
        ],
        [
            ("Like Loading...", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  LAKAZ  ▶ LIVE 99.4 FM", "", "", "B"),
        ],
        [
            ("Actualités | National | Économie | Sport | Replay", "", "", "B"),
        ],
        [
            ("Économie", "", "", "B"),
        ],
        [
            (
                "Petrol to fall by Rs 2.15 a litre from Saturday; diesel and gas unchanged",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Lakaz Newsroom • 20/05/2027 - 13:40", "", "", "B"),
        ],
        [
            ("▶ Listen to the report (2:31)", "", "", "B"),
        ],
        [
            (
                "The retail price of petrol will fall from Rs 67.90 to Rs 65.75 a litre from midnight on Friday, the State Trading Corporation (STC) announced on Thursday afternoon.",
                "the State Trading Corporation",
                "announced",
                "W",
            ),
            (
                "Diesel stays at Rs 58.40 a litre and a 12-kilogram cylinder of cooking gas at Rs 240, it said.",
                "the State Trading Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "The decision was taken at a meeting of the Petroleum Pricing Committee on Wednesday, according to an STC communiqué.",
                "an STC communiqué",
                "according to",
                "W",
            ),
            (
                "The STC said the average landed cost of petrol had fallen by 9.2% since March, mainly because of lower freight rates and a firmer rupee against the US dollar.",
                "the State Trading Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Speaking on Lakaz's midday bulletin, STC general manager Ashvin Rughoobur said the Price Stabilisation Account held Rs 1.84 billion at the end of April.",
                "Ashvin Rughoobur",
                "said",
                "W",
            ),
            ("“We are giving back what the market gives us.", "Ashvin Rughoobur", "said", ""),
            (
                "If prices go up again in August, the account will be there to cushion it,” he said.",
                "Ashvin Rughoobur",
                "said",
                "",
            ),
        ],
        [
            (
                "Rughoobur said diesel had not been cut because the account was still repaying Rs 410 million used to freeze the diesel price in 2025.",
                "Ashvin Rughoobur",
                "said",
                "W",
            ),
        ],
        [
            (
                "ALSO READ: Bread price held at Rs 3.60 until December, says Ministry of Commerce",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Taxi drivers in Port Louis said the cut was welcome but had come too late.",
                "Taxi drivers in Port Louis",
                "said",
                "",
            ),
            (
                "Jean-Noël Perrine, 58, who has driven a taxi in Rose-Hill for 31 years, said he spent about Rs 1,900 a day on petrol.",
                "Jean-Noël Perrine",
                "said",
                "",
            ),
            (
                "“Rs 2 a litre is maybe Rs 55 a day for me… it pays for my lunch, not for my loan,” Perrine said.",
                "Jean-Noël Perrine",
                "said",
                "",
            ),
            (
                "He said he had taken a Rs 900,000 loan in 2024 to buy the car.",
                "Jean-Noël Perrine",
                "said",
                "",
            ),
        ],
        [
            ("▶ Watch: motorists react at a filling station in Quatre-Bornes (1:48)", "", "", "B"),
        ],
        [
            ("PUBLICITÉ", "", "", "B"),
        ],
        [
            (
                "The Association des Consommateurs de l'Océan Indien (ACOI) said the cut should have come in March, when world prices first fell, and called for the pricing formula to be published in full.",
                "The Association des Consommateurs de l'Océan Indien",
                "said",
                "",
            ),
            (
                "Its president, Rajesh Lutchmun-Boodhoo, said a household with one car spent an average of Rs 4,200 a month on petrol, according to the association's survey of 600 households.",
                "Rajesh Lutchmun-Boodhoo",
                "said",
                "W",
            ),
            (
                "“Rs 2.15 is a gesture, not relief,” Lutchmun-Boodhoo said.",
                "Rajesh Lutchmun-Boodhoo",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition MP Hon. Reshma Doorgakant-Peerbux told the National Assembly on Tuesday that motorists had paid Rs 3.1 billion in levies on fuel in 2026, of which Rs 1.2 billion went to the Road Development Authority.",
                "Reshma Doorgakant-Peerbux",
                "told the National Assembly",
                "W",
            ),
            (
                "“Who decides what we pay at the pump, and why can't we see the formula?” she asked.",
                "Reshma Doorgakant-Peerbux",
                "asked",
                "",
            ),
        ],
        [
            (
                "The National Land Transport Authority said bus fares would not change, since they are set separately and were last revised in July 2024.",
                "The National Land Transport Authority",
                "said",
                "W",
            ),
        ],
        [
            ("How is the price set?", "", "", ""),
        ],
        [
            (
                "Under the automatic pricing mechanism, the Petroleum Pricing Committee reviews retail prices every two months on the basis of the average cost of the last three cargoes.",
                "",
                "",
                "W",
            ),
            ("Petrol last fell in October 2026, by Rs 1.50 a litre.", "", "", "W"),
            (
                "The last time petrol cost less than Rs 66 a litre was in February 2025, according to STC price records.",
                "STC price records",
                "according to",
                "W",
            ),
            (
                "Transport makes up 14.8% of the consumer price index basket, according to Statistics Mauritius.",
                "Statistics Mauritius",
                "according to",
                "W",
            ),
        ],
        [
            ("Tags: STC · Carburant · Cost of living", "", "", "B"),
        ],
        [
            ("Comments (14)", "", "", "B"),
        ],
        [
            ("Log in to comment.", "", "", "B"),
        ],
        [
            ("Download the Lakaz app: App Store | Google Play", "", "", "B"),
        ],
        [
            ("© Lakaz Media Ltd. 2027 – Port Louis.", "", "", "B"),
            ("Tous droits réservés.", "", "", "B"),
        ],
    ],
    [
        [
            ("LANITRA", "", "", "B"),
        ],
        [
            ("The Indian Ocean magazine · English edition", "", "", "B"),
        ],
        [
            (
                "Current issue   Features   Portraits   Travel   Food   Archive   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("FEATURE · AGRICULTURE", "", "", "B"),
        ],
        [
            ("The green gold goes grey", "", "", ""),
        ],
        [
            (
                "Vanilla growers in the SAVA region were paid a third of last year's price this season; Lanitra spent a week in the hills above Antalaha to find out why",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Words by Tiana Rakotomalala-Fidy · Photographs by Tahina Rabearivelo", "", "", "B"),
        ],
        [
            ("Issue 47 · November–December 2026 · 12 min read", "", "", "B"),
        ],
        [
            (
                "At five in the morning the drying blankets are already out on the road above Ambohitralanana, a village of clay houses 40 kilometres north of Antalaha.",
                "",
                "",
                "",
            ),
            (
                "The pods on them are black and glossy, and the whole hillside smells of them.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Bezara Jaofeno, 46, has grown vanilla on two hectares here for 23 years.",
                "",
                "",
                "",
            ),
            (
                "This season, he says, collectors paid him Ar 18,000 a kilo for green vanilla, against Ar 55,000 last year.",
                "Bezara Jaofeno",
                "says",
                "",
            ),
            (
                "“At eighteen thousand I cannot pay the men who guard my vines at night,” he says.",
                "Bezara Jaofeno",
                "says",
                "",
            ),
        ],
        [
            (
                "Theft is common enough that growers prick a mark into each pod with a pin before the harvest, a signature that stays on the bean after it is cured.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "In June the commerce ministry set a minimum farm-gate price of Ar 25,000 a kilo for green vanilla in the SAVA region.",
                "",
                "",
                "W",
            ),
            ("Growers say the floor was widely ignored.", "Growers", "say", ""),
        ],
        [
            (
                "Madagascar exported 1,412 tonnes of cured vanilla in the year to September, down from 2,030 tonnes a year earlier, according to figures from the Economic Development Board of Madagascar.",
                "figures from the Economic Development Board of Madagascar",
                "according to",
                "W",
            ),
            (
                "Export earnings fell to US$216 million from US$412 million, the figures show.",
                "the figures",
                "show",
                "W",
            ),
            (
                "That is an average of about US$153 a kilo, barely above the minimum export price of US$150 that the government has imposed since 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Bezara Jaofeno checks the pin marks on his pods near Ambohitralanana.", "", "", ""),
            ("Photograph: Tahina Rabearivelo for Lanitra", "", "", "B"),
        ],
        [
            ("“They bought three years of vanilla in two years.”", "", "", "B"),
        ],
        [
            (
                "Karim Hassanaly-Jivan, whose family firm has cured and exported vanilla from Antalaha since 1962, says the big flavour houses in Europe and the United States cut their orders by about 40% in 2025 after two years of stockpiling.",
                "Karim Hassanaly-Jivan",
                "says",
                "W",
            ),
            (
                "“They bought three years of vanilla in two years.",
                "Karim Hassanaly-Jivan",
                "says",
                "",
            ),
            (
                "Now they are eating their stocks, and we are sitting on ours,” he says.",
                "Karim Hassanaly-Jivan",
                "says",
                "",
            ),
            (
                "His warehouse in Antalaha holds 38 tonnes of cured beans, he says, more than twice what it held at this time last year.",
                "Karim Hassanaly-Jivan",
                "says",
                "W",
            ),
        ],
        [
            (
                "Voahangy Rasoanaivo, the regional director of trade for SAVA, told Lanitra that inspectors had recorded 214 purchases below the floor price between June and August and had confiscated 3.6 tonnes of green vanilla.",
                "Voahangy Rasoanaivo",
                "told Lanitra",
                "W",
            ),
            (
                "The confiscated vanilla was auctioned in Sambava in October and the proceeds paid to the treasury, she says.",
                "Voahangy Rasoanaivo",
                "says",
                "W",
            ),
            (
                "“The floor protects the grower only if the grower reports the collector,” she says.",
                "Voahangy Rasoanaivo",
                "says",
                "",
            ),
            ("Few do.", "", "", ""),
        ],
        [
            (
                "Ramatoa Noro Razafimahatratra, who chairs a women's curing cooperative of 38 members in Antalaha, says many growers owe money to the same collectors who buy their vanilla.",
                "Noro Razafimahatratra",
                "says",
                "",
            ),
            (
                "The cooperative sold 1.9 tonnes of cured vanilla last season and has sold nothing so far this season, she says.",
                "Noro Razafimahatratra",
                "says",
                "W",
            ),
            (
                "“We sweat the beans in the morning, dry them in the sun and wrap them at night, for four months.",
                "Noro Razafimahatratra",
                "says",
                "",
            ),
            (
                "Who pays for four months of work at these prices?” Noro says.",
                "Noro Razafimahatratra",
                "says",
                "",
            ),
        ],
        [
            ("Picked too soon", "", "", ""),
        ],
        [
            (
                "Fanja Andrianarisoa, an agronomist at the University of Antananarivo's School of Agronomy, says about 30% of this year's crop was picked before it was ripe, which lowers its vanillin content and its price.",
                "Fanja Andrianarisoa",
                "says",
                "W",
            ),
            (
                "Early picking is driven by theft, she says: a pod left on the vine is a pod that can be stolen.",
                "Fanja Andrianarisoa",
                "says",
                "W",
            ),
            (
                "Cyclone Tsiory, which crossed the north-east in March 2026, destroyed about 15% of the vines in Andapa district, according to the regional agriculture directorate.",
                "the regional agriculture directorate",
                "according to",
                "W",
            ),
        ],
        [
            ("This feature appears in print in Issue 47 of Lanitra.", "", "", "B"),
            ("Subscribe to receive six issues a year.", "", "", "B"),
        ],
        [
            ("By noon the blankets are rolled up and carried inside.", "", "", ""),
            (
                "Bezara looks at the sky over the hills, where the clouds are coming in from the sea.",
                "",
                "",
                "",
            ),
            ("“Next year, maybe,” he says.", "Bezara Jaofeno", "says", ""),
        ],
        [
            ("Tiana Rakotomalala-Fidy is Lanitra's agriculture correspondent.", "", "", "B"),
            (
                "She reported this story with support from the Indian Ocean Journalism Fund.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More features", "", "", "B"),
        ],
        [
            ("The last sail-makers of Morondava", "", "", "B"),
        ],
        [
            ("Mauritius's sugar estates turn to solar", "", "", "B"),
        ],
        [
            ("© Lanitra Éditions SARL, Antananarivo · Privacy · Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("The Zambezi Brief", "", "", "B"),
        ],
        [
            ("Subscribe   Sign in", "", "", "B"),
        ],
        [
            ("Banco de Moçambique cuts the MIMO rate to 9.75%", "", "", "W"),
        ],
        [
            (
                "Issue #112: what a fifth cut in a row means for loans, the metical and a bag of rice",
                "",
                "",
                "",
            ),
        ],
        [
            ("Tomás Alberto Mucavele", "", "", "B"),
        ],
        [
            ("Jan 28, 2027", "", "", "B"),
        ],
        [
            ("12   3   Share", "", "", "B"),
        ],
        [
            ("Good morning from Maputo.", "", "", ""),
        ],
        [
            (
                "On Wednesday the Monetary Policy Committee of the Banco de Moçambique cut the MIMO rate by 50 basis points to 9.75%, its fifth cut in a row.",
                "",
                "",
                "W",
            ),
            (
                "It also cut the reserve requirement on local-currency deposits from 32% to 30%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In the committee's communiqué[1], the bank said annual inflation had fallen to 3.4% in December from 4.1% in September.",
                "the bank",
                "said",
                "W",
            ),
            (
                "The bank said it expected inflation to stay in single digits over the medium term.",
                "The bank",
                "said",
                "",
            ),
        ],
        [
            (
                "Governor Rogério Mabunda told reporters after the meeting that credit to the private sector had grown by only 1.8% in real terms in 2026.",
                "Rogério Mabunda",
                "told reporters",
                "W",
            ),
            ("“The policy rate is coming down.", "Rogério Mabunda", "said", ""),
            (
                "The rates that banks charge families are not coming down fast enough,” he said.",
                "Rogério Mabunda",
                "said",
                "",
            ),
        ],
        [
            ("Let me put that in numbers.", "", "", ""),
            (
                "The prime rate of the Mozambican financial system — the benchmark to which banks add their spread — stood at 16.9% in January, according to the Associação Moçambicana de Bancos.",
                "the Associação Moçambicana de Bancos",
                "according to",
                "W",
            ),
            ("A year ago it was 19.1%.", "", "", "W"),
            (
                "That is a cut of 2.2 percentage points, against 3.5 points off the MIMO rate over the same twelve months.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Thanks for reading The Zambezi Brief!", "", "", "B"),
            ("Subscribe for free to receive new posts and support my work.", "", "", "B"),
        ],
        [
            ("Type your email…   Subscribe", "", "", "B"),
        ],
        [
            ("The metical", "", "", ""),
        ],
        [
            (
                "The metical has barely moved: it closed at 63.91 to the US dollar on the interbank market on Tuesday, within a few centavos of where it has sat since 2021.",
                "",
                "",
                "W",
            ),
            (
                "“Importers still wait four to six weeks for dollars at most banks,” Célia Nhantumbo, head of treasury at the Maputo lender Banco Índico Comercial, told me.",
                "Célia Nhantumbo",
                "told me",
                "W",
            ),
            (
                "She said the queue at her own bank had shortened since October but had not gone away.",
                "Célia Nhantumbo",
                "said",
                "",
            ),
        ],
        [
            ("Xipamanine", "", "", ""),
        ],
        [
            ("On Saturday I went to Xipamanine market.", "", "", ""),
            (
                "Dona Albertina Cossa, who sells rice and oil from a stall near the main entrance, said a 25-kilogram bag of Thai rice cost her 1,650 meticais from the wholesaler, the same as in October.",
                "Albertina Cossa",
                "said",
                "",
            ),
            ("“The bank?", "Albertina Cossa", "said", ""),
            ("I have never had a loan from a bank,” she said.", "Albertina Cossa", "said", ""),
        ],
        [
            (
                "She borrows instead from her xitique, a rotating savings group of 12 women who each pay in 2,000 meticais a week.",
                "",
                "",
                "",
            ),
            ("That, in one stall, is the limit of monetary policy in Mozambique.", "", "", ""),
            (
                "Only about 27% of adults have an account at a bank, according to the central bank's 2025 financial inclusion report[2].",
                "the central bank's 2025 financial inclusion report",
                "according to",
                "W",
            ),
        ],
        [
            ("What next?", "", "", ""),
        ],
        [
            (
                "The energy regulator, the Autoridade Reguladora de Energia (ARENE), left petrol at 86.97 meticais a litre in its January review.",
                "",
                "",
                "W",
            ),
            ("The committee meets next on 25 March.", "", "", "W"),
            ("My guess: one more cut of 25 basis points, then a pause.", "", "", ""),
        ],
        [
            ("Até para a semana,", "", "", "B"),
        ],
        [
            ("Tomás", "", "", "B"),
        ],
        [
            ("Notes", "", "", "B"),
        ],
        [
            (
                "[1] Banco de Moçambique, Comunicado do Comité de Política Monetária n.º 1/2027, Maputo, 27 de Janeiro de 2027.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("[2] Banco de Moçambique, Relatório de Inclusão Financeira 2025, p. 14.", "", "", "B"),
        ],
        [
            ("12 Likes · 3 Restacks", "", "", "B"),
        ],
        [
            ("Discussion about this post", "", "", "B"),
        ],
        [
            (
                "Jorge Langa · 2d · The prime rate point is the one nobody in Maputo talks about.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Tomás Alberto Mucavele · Privacy · Terms · Collection notice", "", "", "B"),
        ],
        [
            ("Start writing   Get the app", "", "", "B"),
        ],
    ],
    [
        [
            ("LERIBE MIRROR", "", "", "B"),
        ],
        [
            ("☰ Menu   🔍", "", "", "B"),
        ],
        [
            ("News › Maputsoe", "", "", "B"),
        ],
        [
            ("1,340 jobs go as Maputsoe denim factory shuts two lines", "", "", "W"),
        ],
        [
            (
                "Union says laid-off workers are owed M4.7 million in leave and notice pay",
                "The Textile and Clothing Workers' Union of Lesotho",
                "says",
                "W",
            ),
        ],
        [
            ("By Lerato Sehlabaka", "", "", "B"),
        ],
        [
            ("Friday, 19 March 2027", "", "", "B"),
        ],
        [
            (
                "Workers wait outside the factory gate in the Maputsoe industrial area on Tuesday.",
                "",
                "",
                "",
            ),
            ("Photo: Mirror", "", "", "B"),
        ],
        [
            (
                "MAPUTSOE – Blue Crane Denim (Pty) Ltd, one of the biggest employers in this border town, has laid off 1,340 workers and closed two of its four production lines, the company confirmed this week.",
                "the company",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "The factory's human resources manager, Chen Yu-ting, said orders from its two main buyers in the United States had fallen by more than half since January, after new US duties on garments from Lesotho took effect.",
                "Chen Yu-ting",
                "said",
                "W",
            ),
            (
                "“We kept everybody through February and March hoping the orders would come back.",
                "Chen Yu-ting",
                "said",
                "",
            ),
            ("They did not,” Chen said.", "Chen Yu-ting", "said", ""),
        ],
        [
            (
                "She said 1,150 workers remained on the other two lines.",
                "Chen Yu-ting",
                "said",
                "W",
            ),
            ("“For now, their jobs are safe,” she said.", "Chen Yu-ting", "said", ""),
        ],
        [
            (
                "The Textile and Clothing Workers' Union of Lesotho (TCWUL) said the company owed the laid-off workers M4.7 million in leave pay and notice pay, and that it had reported the matter to the Labour Commissioner.",
                "The Textile and Clothing Workers' Union of Lesotho",
                "said",
                "W",
            ),
            (
                "Its Leribe organiser, Ntate Teboho Mokhethi, told the Mirror that workers had been handed letters on Friday telling them not to come back on Monday.",
                "Teboho Mokhethi",
                "told the Mirror",
                "W",
            ),
        ],
        [
            ("“The law says one month's notice.", "Teboho Mokhethi", "said", "W"),
            ("These people got three days,” Mokhethi said.", "Teboho Mokhethi", "said", "W"),
        ],
        [
            ("— Advertisement —", "", "", "B"),
        ],
        [
            (
                "Under the Labour Act, an employer must give a worker with more than a year's service at least one month's notice or a month's pay in its place.",
                "",
                "",
                "W",
            ),
            (
                "Chen said all the laid-off workers would be paid their notice and leave money on Monday, 22 March, at the factory gate.",
                "Chen Yu-ting",
                "said",
                "W",
            ),
            (
                "Machinists at the factory earned M2,720 a month, the union said, slightly above the sector's minimum wage of M2,640.",
                "the union",
                "said",
                "W",
            ),
        ],
        [
            ("Also read: Pitseng shearing shed pays farmers M61 a kilo for wool", "", "", "B"),
        ],
        [
            (
                "'Mathabo Ramakhula, 34, who has worked as a machinist at the factory for nine years, said she was the only earner in a household of six in Ha Nyenye.",
                "'Mathabo Ramakhula",
                "said",
                "",
            ),
            (
                "“I have school fees of M1,200 for my two children in April… where will that come from?” she asked.",
                "'Mathabo Ramakhula",
                "asked",
                "",
            ),
            (
                "'Me 'Mathabo said she would cross the border to Ficksburg next week to look for work on the farms.",
                "'Mathabo Ramakhula",
                "said",
                "",
            ),
        ],
        [
            (
                "Street vendors near the factory gate said sales had dropped since the lines stopped.",
                "Street vendors near the factory gate",
                "said",
                "",
            ),
            (
                "One of them, Ntate Rethabile Tau, said he had sold 40 fat cakes on Tuesday, against about 150 on a normal weekday.",
                "Rethabile Tau",
                "said",
                "",
            ),
        ],
        [
            (
                "The trade ministry said in a statement on Wednesday that 6,800 jobs had been lost in the garment sector since January.",
                "The trade ministry",
                "said in a statement",
                "W",
            ),
            (
                "It said the government was talking to buyers in South Africa about taking up some of the lost orders.",
                "The trade ministry",
                "said",
                "",
            ),
        ],
        [
            (
                "The Lesotho National Development Corporation (LNDC), which owns the factory building, said Blue Crane was up to date with its rent of M310,000 a month.",
                "The Lesotho National Development Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "District Administrator Puseletso Lebona said a meeting for the laid-off workers would be held at the Maputsoe community hall on Saturday at 10 a.m.",
                "Puseletso Lebona",
                "said",
                "W",
            ),
            (
                "The Labour Commissioner's office in Maseru confirmed it had received the union's complaint.",
                "The Labour Commissioner's office in Maseru",
                "confirmed",
                "W",
            ),
            (
                "It said an inspector would visit the factory next week.",
                "The Labour Commissioner's office in Maseru",
                "said",
                "",
            ),
        ],
        [
            ("Share: WhatsApp | Facebook", "", "", "B"),
        ],
        [
            ("Get the Mirror on WhatsApp every Friday: send JOIN to 5800 1234.", "", "", "B"),
        ],
        [
            ("Comments are closed.", "", "", "B"),
        ],
        [
            ("© 2027 Leribe Mirror (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ lambsport.sn", "", "", "B"),
        ],
        [
            ("LAMBSPORT", "", "", "B"),
        ],
        [
            ("Lutte › Arène nationale", "", "", "B"),
        ],
        [
            (
                "Faucon de Mbour ends Volcan de Pikine's unbeaten run before 21,400 at the Arène nationale",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Mame Diarra Ndoye · 15 Feb 2027 at 00:12", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "Faucon de Mbour is carried out of the arena by his supporters on Sunday night.",
                "",
                "",
                "",
            ),
            ("Photo: LambSport/Cheikh Tidiane Sy", "", "", "B"),
        ],
        [
            (
                "PIKINE – Ndiouga Sène, the wrestler known as Faucon de Mbour, beat Baye Laye Mbaye, alias Volcan de Pikine, at the Arène nationale on Sunday, putting him on his back after 4 minutes 12 seconds.",
                "",
                "",
                "W",
            ),
            ("It was Volcan de Pikine's first defeat in 11 fights since 2022.", "", "", "W"),
            ("Faucon de Mbour now has 14 wins and two defeats in 16 fights.", "", "", "W"),
        ],
        [
            (
                "The promoter, Sunu Lamb Productions, said 21,400 tickets had been sold, the most for a single card since the arena opened in 2018.",
                "Sunu Lamb Productions",
                "said",
                "W",
            ),
            (
                "Ticket prices ranged from 5,000 francs in the upper stand to 50,000 francs at the ringside, the promoter said.",
                "Sunu Lamb Productions",
                "said",
                "W",
            ),
            (
                "Each wrestler was paid 85 million CFA francs, according to the contract filed with the Comité national de gestion de la lutte (CNG).",
                "the contract filed with the Comité national de gestion de la lutte",
                "according to",
                "W",
            ),
        ],
        [
            (
                "After a cautious first minute, Volcan landed two heavy punches that opened a cut above Faucon's left eye.",
                "",
                "",
                "",
            ),
            ("The doctor stopped the fight for about 40 seconds to treat it.", "", "", ""),
            (
                "Faucon then caught his opponent's right leg and drove him on to his back in front of the east stand.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“I told you in Mbour I would bring the trophy home!” Faucon shouted to the crowd as his supporters carried him out.",
                "Ndiouga Sène",
                "shouted",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("▶ WATCH: the final seconds (0:47)", "", "", "B"),
        ],
        [
            (
                "At the press conference, Sène said he had trained for four months at a camp in Joal and lost 7 kilograms.",
                "Ndiouga Sène",
                "said",
                "",
            ),
            ("“Volcan is a great champion.", "Ndiouga Sène", "said", ""),
            ("Today God chose me,” he said.", "Ndiouga Sène", "said", ""),
        ],
        [
            (
                "Volcan de Pikine's manager, Mamadou Lamine Diagne, said the camp would lodge an appeal with the CNG.",
                "Mamadou Lamine Diagne",
                "said",
                "",
            ),
            (
                "He said the video showed Faucon's right knee touching the sand a second before Volcan fell.",
                "Mamadou Lamine Diagne",
                "said",
                "W",
            ),
            (
                "Under the CNG's rules, a camp has 48 hours to lodge a written appeal, and the committee's jury must rule within seven days.",
                "",
                "",
                "W",
            ),
            (
                "A CNG official, who asked not to be named, said the referee had consulted both judges before raising Faucon's arm.",
                "A CNG official, who asked not to be named",
                "said",
                "W",
            ),
        ],
        [
            (
                "Police said they had arrested 47 people outside the arena, most of them for fighting or for trying to get in without a ticket.",
                "Police",
                "said",
                "W",
            ),
            (
                "Eleven people were treated for injuries, the Senegalese Red Cross said.",
                "the Senegalese Red Cross",
                "said",
                "W",
            ),
        ],
        [
            (
                "Outside the arena, Awa Diop, a fish trader who came from Mbour with 14 neighbours, said they had paid 5,000 francs each for seats in the upper stand.",
                "Awa Diop",
                "said",
                "",
            ),
            ("“Faucon is our son!” she said.", "Awa Diop", "said", ""),
        ],
        [
            ("UNDERCARD RESULTS", "", "", "B"),
        ],
        [
            ("Winner · Loser · Time", "", "", "B"),
        ],
        [
            ("Pape Samba Ndour (Rufisque) bt Saliou Gaye (Thiès) · 2:51", "", "", ""),
        ],
        [
            ("Ibou Ndiaye (Grand-Yoff) bt Mor Fall (Pikine) · 6:30", "", "", ""),
        ],
        [
            ("Cheikh Ahmed Tidiane Gueye (Ouakam) bt Lamine Thiaw (Mbour) · 1:14", "", "", ""),
        ],
        [
            ("Malick Sow (Fass) bt Babacar Diatta (Ziguinchor) · 9:02", "", "", ""),
        ],
        [
            (
                "Sunu Lamb Productions said its next card, on 4 April at the same arena, would be topped by Kaïraba Diatta, the Fromager de Ziguinchor, against Moustapha Ndiaye, the Sabre de Grand-Yoff.",
                "Sunu Lamb Productions",
                "said",
                "W",
            ),
        ],
        [
            ("More lutte", "", "", "B"),
        ],
        [
            ("CNG suspends two wrestlers for six months after weigh-in brawl", "", "", "B"),
        ],
        [
            ("Tags: Lutte · Faucon de Mbour · Volcan de Pikine · CNG", "", "", "B"),
        ],
        [
            ("© LambSport 2027 · Dakar", "", "", "B"),
        ],
    ],
    [
        [
            ("ABIDJAN BUZZ", "", "", "B"),
        ],
        [
            ("🔥 EXCLUSIVE", "", "", "B"),
        ],
        [
            ("23 HURT IN CRUSH AT DJÉZI GBAKA CONCERT!", "", "", "W"),
        ],
        [
            (
                "Promoter blames 4,000 fake tickets sold on WhatsApp for the stampede at the Palais des sports",
                "Akwaba Show Events",
                "blames",
                "W",
            ),
        ],
        [
            ("By Bamba Fatoumata · 2 h ago · 👁 48.2K", "", "", "B"),
        ],
        [
            (
                "Fans crowd the side gate of the Palais des sports in Treichville on Saturday night.",
                "",
                "",
                "",
            ),
            ("Photo: Abidjan Buzz / reader's video", "", "", "B"),
        ],
        [
            (
                "ABIDJAN – Twenty-three people were injured, three of them seriously, when fans forced a side gate at the Palais des sports in Treichville on Saturday night before a concert by coupé-décalé star Djézi Gbaka, the Groupement des sapeurs-pompiers militaires (GSPM) said.",
                "the Groupement des sapeurs-pompiers militaires",
                "said",
                "W",
            ),
            (
                "The injured were taken to the CHU de Treichville, it said.",
                "the Groupement des sapeurs-pompiers militaires",
                "said",
                "W",
            ),
            (
                "Of the 23 injured, 14 were women and nine were under 18, according to the GSPM.",
                "the Groupement des sapeurs-pompiers militaires",
                "according to",
                "W",
            ),
            (
                "A 17-year-old girl is still in intensive care with a fractured pelvis, a hospital source told Abidjan Buzz.",
                "a hospital source",
                "told Abidjan Buzz",
                "W",
            ),
        ],
        [
            (
                "The promoter, Akwaba Show Events, said in a Facebook post on Sunday that about 4,000 fake tickets had been sold on WhatsApp and that their holders had been turned away at the main entrance.",
                "Akwaba Show Events",
                "said in a Facebook post",
                "W",
            ),
            (
                "Its managing director, Kouadio Yao Ange-Patrice, told Abidjan Buzz: “We sold 6,200 tickets for 7,500 places.",
                "Kouadio Yao Ange-Patrice",
                "told Abidjan Buzz",
                "W",
            ),
            (
                "The people at the gate were people with false tickets.”",
                "Kouadio Yao Ange-Patrice",
                "told Abidjan Buzz",
                "W",
            ),
        ],
        [
            ("READ MORE 👉 Djézi Gbaka's new Range Rover: we know the real price", "", "", "B"),
        ],
        [
            (
                "Abidjan police said six people had been arrested for selling fake tickets, two of them caught with 310 printed tickets in a bag.",
                "Abidjan police",
                "said",
                "W",
            ),
            (
                "The two were brought before the prosecutor at the Plateau court on Monday, the police said.",
                "the police",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a video posted on TikTok on Sunday, Djézi Gbaka, who performed until 3 a.m., said he would pay the medical bills of all 23 injured.",
                "Djézi Gbaka",
                "said",
                "",
            ),
            (
                "“My fans are my family… I was on stage and I did not know,” he said.",
                "Djézi Gbaka",
                "said",
                "",
            ),
        ],
        [
            (
                "Abidjan Buzz can reveal that the star's manager had asked the police for 40 extra officers a week before the show.",
                "",
                "",
                "W",
            ),
            (
                "Sources close to the star say he is “devastated” and has cancelled the birthday party he had planned for Friday at a lounge in Cocody.",
                "Sources close to the star",
                "say",
                "",
            ),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            ("Win 500 000 FCFA every Friday with BuzzPari!", "", "", "B"),
            ("Conditions apply.", "", "", "B"),
        ],
        [
            (
                "Konan Affoué Marie-Laure, 22, a hairdresser from Abobo, said she had paid 10 000 FCFA for a ticket from a seller on WhatsApp.",
                "Konan Affoué Marie-Laure",
                "said",
                "",
            ),
            ("“At the gate they told me it was false.", "Konan Affoué Marie-Laure", "said", ""),
            (
                "Who will give me back my 10 000?” she asked.",
                "Konan Affoué Marie-Laure",
                "asked",
                "",
            ),
        ],
        [
            (
                "Konan said she had been standing at the gate since 6 p.m.",
                "Konan Affoué Marie-Laure",
                "said",
                "",
            ),
            (
                "“I saw a girl fall under the people,” she said.",
                "Konan Affoué Marie-Laure",
                "said",
                "",
            ),
        ],
        [
            (
                "The culture ministry said in a communiqué on Sunday that it had opened an inquiry.",
                "The culture ministry",
                "said in a communiqué",
                "W",
            ),
            (
                "It said no concert of more than 5,000 people could be held in Abidjan without a safety certificate from the GSPM.",
                "The culture ministry",
                "said",
                "W",
            ),
            (
                "The hall's last safety certificate was issued in March 2025, according to a document seen by Abidjan Buzz.",
                "a document seen by Abidjan Buzz",
                "according to",
                "W",
            ),
            (
                "Kouadio said the show had been “planned to the last detail”.",
                "Kouadio Yao Ange-Patrice",
                "said",
                "",
            ),
            (
                "The star's manager, Diomandé Lassina, did not respond to our calls.",
                "Diomandé Lassina",
                "did not respond to our calls",
                "",
            ),
        ],
        [
            ("📸 Tap to see all 12 photos", "", "", "B"),
        ],
        [
            ("😮 1.2K   😢 842   😡 310", "", "", "B"),
        ],
        [
            ("Comments (206)", "", "", "B"),
        ],
        [
            ("Yapi Serge Michel: Pray for the little girl 🙏", "", "", "B"),
        ],
        [
            ("Shared from the Abidjan Buzz app.", "", "", "B"),
            ("Download it free: buzz.ci/app", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h107-jo-eng-mid",
        "WAJ director Eng. Rami Tawfiq Al-Omari opened the pumping station at Khirbet Al-Samra on Monday.",
        [
            "WAJ director Eng. Rami Tawfiq Al-Omari opened the pumping station at Khirbet Al-Samra on Monday."
        ],
    ),
    (
        "h107-jo-jd-decimal",
        "A cubic metre from a private tanker now costs JD2.40 in Zarqa, up from JD1.90 in May.",
        ["A cubic metre from a private tanker now costs JD2.40 in Zarqa, up from JD1.90 in May."],
    ),
    (
        "h107-jo-ellipsis-lower",
        "“We waited for Friday… and Friday brought nothing,” said Umm Faris, a widow in Russeifa.",
        [
            "“We waited for Friday… and Friday brought nothing,” said Umm Faris, a widow in Russeifa."
        ],
    ),
    (
        "h107-lb-pm-ends",
        "Counting began at 7 p.m. The first results came in from Jezzine.",
        ["Counting began at 7 p.m.", "The first results came in from Jezzine."],
    ),
    (
        "h107-lb-question-attrib",
        "“Who paid for those buses?” asked Georges Abou Rjeily, a candidate in Aley.",
        ["“Who paid for those buses?” asked Georges Abou Rjeily, a candidate in Aley."],
    ),
    (
        "h107-lb-lbp",
        "The registration fee is LBP 1,250,000, or about $14 at the market rate.",
        ["The registration fee is LBP 1,250,000, or about $14 at the market rate."],
    ),
    (
        "h107-ae-pjsc-ends",
        "The plots were sold to Falaj Creek Developments P.J.S.C. The company did not give a price.",
        [
            "The plots were sold to Falaj Creek Developments P.J.S.C.",
            "The company did not give a price.",
        ],
    ),
    (
        "h107-ae-llc-mid",
        "Analysts at Noor Yarmouk Capital L.L.C. cut their target price to Dh7.10 on Thursday.",
        ["Analysts at Noor Yarmouk Capital L.L.C. cut their target price to Dh7.10 on Thursday."],
    ),
    (
        "h107-ae-fils-sept",
        "The dividend of 8.5 fils a share is payable on Sept. 3. Shares rose 1.2% on the news.",
        [
            "The dividend of 8.5 fils a share is payable on Sept. 3.",
            "Shares rose 1.2% on the news.",
        ],
    ),
    (
        "h107-ae-aug-mid",
        "Trading was suspended on Aug. 14 at the company's own request.",
        ["Trading was suspended on Aug. 14 at the company's own request."],
    ),
    (
        "h107-sa-dateline",
        "Jeddah, Mar 2, 2027, NPS -- The port handled 612,000 containers in February, the authority said.",
        [
            "Jeddah, Mar 2, 2027, NPS -- The port handled 612,000 containers in February, the authority said."
        ],
    ),
    (
        "h107-sa-hijri",
        "The decision was issued on 1448/10/03 AH. It takes effect after 30 days.",
        ["The decision was issued on 1448/10/03 AH.", "It takes effect after 30 days."],
    ),
    (
        "h107-ma-wire-dateline",
        "Agadir, Mar. 3 (ANAP) - Tomato exports through the port rose 11% in February.",
        ["Agadir, Mar. 3 (ANAP) - Tomato exports through the port rose 11% in February."],
    ),
    (
        "h107-ma-dh-ends",
        "The fine is 5,000 DH. Repeat offenders pay twice as much.",
        ["The fine is 5,000 DH.", "Repeat offenders pay twice as much."],
    ),
    (
        "h107-tn-millimes",
        "A coffee at the faculty cafeteria costs 1.200 dinars, or 1,200 millimes.",
        ["A coffee at the faculty cafeteria costs 1.200 dinars, or 1,200 millimes."],
    ),
    (
        "h107-tn-am-ends",
        "The sit-in starts at 11 a.m. Students are asked to bring their cards.",
        ["The sit-in starts at 11 a.m.", "Students are asked to bring their cards."],
    ),
    (
        "h107-tn-dr-mid",
        "Dr. Sami Ben Youssef-Dridi chaired the faculty council on Friday.",
        ["Dr. Sami Ben Youssef-Dridi chaired the faculty council on Friday."],
    ),
    (
        "h107-mu-rs-ends",
        "The cylinder now costs Rs 240. It cost Rs 260 in January.",
        ["The cylinder now costs Rs 240.", "It cost Rs 260 in January."],
    ),
    (
        "h107-mu-hon-mid",
        "Hon. Vikram Seeparsad-Jhurry raised the matter in the House on Tuesday.",
        ["Hon. Vikram Seeparsad-Jhurry raised the matter in the House on Tuesday."],
    ),
    (
        "h107-mg-ariary",
        "A kilo of cured vanilla fetched Ar 410,000 in Sambava, about US$91.",
        ["A kilo of cured vanilla fetched Ar 410,000 in Sambava, about US$91."],
    ),
    (
        "h107-mg-question-new",
        "“Who will buy it? Nobody has come since August,” she says.",
        ["“Who will buy it?", "Nobody has come since August,” she says."],
    ),
    (
        "h107-mz-aviso-no",
        "Aviso n.º 3/GBM/2027 sets the new reserve ratio for banks.",
        ["Aviso n.º 3/GBM/2027 sets the new reserve ratio for banks."],
    ),
    (
        "h107-mz-footnote",
        "Inflation fell to 3.4%, the bank said.[1] The committee meets again in March.",
        ["Inflation fell to 3.4%, the bank said.[1]", "The committee meets again in March."],
    ),
    (
        "h107-ls-pty-ends",
        "The contract went to Thaba Nchu Logistics (Pty) Ltd. Its owner declined to comment.",
        ["The contract went to Thaba Nchu Logistics (Pty) Ltd.", "Its owner declined to comment."],
    ),
    (
        "h107-ls-apostrophe-name",
        "'Me 'Malerato Nkuebe said the clinic had no nurse on Saturday.",
        ["'Me 'Malerato Nkuebe said the clinic had no nurse on Saturday."],
    ),
    (
        "h107-sn-exclaim-attrib",
        "“The sand does not lie!” shouted a supporter from Rufisque.",
        ["“The sand does not lie!” shouted a supporter from Rufisque."],
    ),
    (
        "h107-sn-time",
        "The main fight began at 6.40 p.m. and lasted 4 min 12 s.",
        ["The main fight began at 6.40 p.m. and lasted 4 min 12 s."],
    ),
    (
        "h107-ci-fcfa-space",
        "Tickets sold for 10 000 FCFA at the gate. Ringside seats cost 50 000.",
        ["Tickets sold for 10 000 FCFA at the gate.", "Ringside seats cost 50 000."],
    ),
    (
        "h107-ci-pm-ends-and-not",
        "The doors opened at 6 p.m. By 8 p.m. the hall was full.",
        ["The doors opened at 6 p.m.", "By 8 p.m. the hall was full."],
    ),
    (
        "h107-ci-url",
        "Details are on buzz.ci/concert. Tickets will not be refunded.",
        ["Details are on buzz.ci/concert.", "Tickets will not be refunded."],
    ),
]
