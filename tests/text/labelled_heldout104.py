"""Hundred-and-fourth held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-nine):
twelve WHOLE news pages, head to tail as a reader's paste gives them, from twelve kinds of outlet in
twelve countries on ordinary news days, pasted seven different ways, where all four hints matter at
once: FURNITURE (recall, and not hiding story lines), ATTRIBUTION AND SPEAKERS, CHECK-WORTHINESS and
SENTENCE ENDS. This set is HELD OUT: it is never looked at while the engine is tuned, and it is
written as an honest sample of what a newsroom reviewer would paste. None of the countries of
`labelled_new163.py` or `labelled_new164.py` comes back. The pages: a New Zealand national daily's
website from a desktop browser (politics: a rates-cap bill passes 68-55 and holds councils to 4.5%
rises); a South African tabloid's site from a phone (crime: a Tafelsig teenager shot dead, his
mother says over an R50 debt, and a neighbour in court); a Maltese public broadcaster's AMP page
(weather: a gregale brings 96 km/h gusts and Luqa's wettest January day since 2003); a Namibian
regional weekly's print view (housing: Swakopmund sells 412 serviced erven in Mondesa at N$185 a
square metre, 9,604 households waiting); a Nigerian business paper's website from a desktop browser
(business: a cement maker's half-year profit up 41% to ₦78.6bn as volumes fall 9%); a Malaysian
trade magazine in a browser's reader mode (transport: Port Klang's yards 94% full, ships waiting 71
hours); a Bangladeshi wire service's website from a desktop browser (environment: Dhaka's air "very
unhealthy" for a ninth day, 57 brick kilns shut); a Sri Lankan news aggregator's app share text
(courts: the Supreme Court orders Rs. 1.5 million for a driver beaten in police custody); a Botswana
ministry's press release from an e-mail client (health: 214 malaria cases and three deaths in
Ngamiland and Okavango, spraying from 15 February); a Trinidad and Tobago student paper from a phone
(education: fees for students without GATE funding up 18%); a Japanese English-language arts
magazine in reader mode (culture: a 1927 Osaka puppet theatre sells out its first surtitled bunraku
season); and a Bermudian sport newsletter from an e-mail client (sport: St. George's win Cup Match
by 64 runs).

FURNITURE is whatever each kind of outlet and each way of pasting leaves, and all of it is "B", line
by line, whatever it says and never with a speaker: e-mail header lines ("From:", "Sent:", "Date:",
"To:", "Subject:", the last repeating the title), an "[EXTERNAL EMAIL]" banner, a letterhead in
capitals, "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "ENDS", "Issued by:", a "Tel.:" line, "Notes to
editors:" and its numbered notes (facts included), "Kind regards,", a name and a role, a
two-sentence confidentiality notice and an environment line; a newsletter's "View this email in your
browser", issue line, fixed section labels ("THE BIG ONE", "SCORECARD", "QUICK SINGLES", "ON THE
CALENDAR", "SPONSORED"), the sponsor's two sentences, the signature "— Kit", the why-you-get-this
line, the unsubscribe line and the postal address; a print view's header (date, time and page title,
tab-separated) and footer (URL and "1/2"), repeated mid-story; the AMP bar "⚡ rtn.com.mt", a
"Reporter: ... | Camera: ..." line and "▶ Watch the report (2:41)"; a phone's "☰ ... 🔍" line, an app
banner and its "OPEN" button, a donate banner, "EXCLUSIVE", "⏱ 3 min read", "ALSO READ:",
"ADVERTISEMENT", an "UPDATE – Tuesday, 3.15pm" stamp, a WhatsApp line, a comment count, readers'
handles and comments, "Load more comments", a numbered trending list and "Back to top ↑"; a markets
ticker; a results table's title, header row and source line; a newsletter sign-up box; reader mode's
bare domain line and reading time ("6–7 minutes", "12–15 minutes"); a magazine's pull quote and
issue line "(Vol. 14, No. 1)"; an aggregator's source line ("Lanka Daybreak · 3 hours ago"), its
"Quick summary (auto-generated)" label, a sponsored line, "Read the full story on ...", the short
link, "More on this story (2)" with its "source · headline" lines and the share tail; a wire's
writethru note, "(Reporting by ...)" line, "($1 = 121.40 taka)" and slug "MNA/NJM/TB/1805"; a
student paper's "Correction:" note in two sentences, its independence line and its tags; and
everywhere mastheads, menus, crumbs, bylines, date lines, read times, share strips, credits, bios,
related headlines, copyright and legal lines. What looks like furniture but is story is not hidden:
captions by content ("" for a scene, "W" for "a love-suicide play first staged in 1703"), question
subheads (""), a newsletter's greeting and sign-off ("Morning, all.", "That's it from me.", ""),
score lines, table rows and "Player of the match:" (data, ""), the aggregator's summary bullets (by
content), a newsletter's calendar lines ("W", scheduled events), a "P.S." sentence ("") and the
datelines "SWAKOPMUND –" and "DHAKA, Jan 19 (MNA) -", which belong to their lead sentences.

ATTRIBUTION AND SPEAKERS: a tabloid headline's label "MUM:" and a role noun ("A HEARTBROKEN
Mitchells Plain mum says") resolve to "Shireen Davids-Maart"; "The driver's lawyer called" in a
summary bullet resolves to "Ruwan Senevirathne-Perera", named only in the body; surnames resolve to
full names ("Sithebe-Dlamini said", "Talukder said", "Senevirathne-Perera said", "Tsuchiya-Hale
says", and "!Khoa-Eises said" opening a sentence with the click -> "Hilde !Khoa-Eises"); a short
name resolves to the full one ("the Met Office" -> "the Meteorological Office at Malta International
Airport"; "company says" -> "Ogbomoso Cement Plc"), while generic nouns stay as written ("the
authority", "the municipality", "The company", "the company", "The Ministry", "The board", "The
court", "the theatre", "the Registry", "police", "the police") and so does "The minister's office".
Tabloid verbs are cues ("sobbed", "fumed"; "blasted the police response, saying ..." -> cue
"saying"); the press release speaks of itself ("The Ministry of Health wishes to inform the public
that ...", "The Ministry also wishes to remind the public that ..."); the newsletter's source "told
me"; the court is a source in many shapes ("who, it found, was assaulted" -> "The Supreme Court",
"found"; "A three-judge bench held"; "the judgment said", "the judgment noted"; "The court rejected
that account, noting ..."), while "Gunatilleke-Fernando J. wrote the judgment, ..." and the orders
are acts with no speaker; the State's counsel "had argued" (a party's contention) and the
petitioner's affidavit "told the court" (testimony). "According to X" gives X as written: "the
bill's regulatory impact statement", "community policing forum figures", "the latest quarterly crime
statistics", "the airport's arrivals board", "the minutes of Tuesday's meeting", "the municipality's
property division", "a 2025 source-apportionment study by the Dhaka Clean Air Research Centre",
"satellite images analysed by his team", "a tally by the Colombo-based Centre for Custodial
Justice", "minutes seen by The Calabash", "the Bermuda Cricket Board's records", "the Japan National
Tourism Organization"; and "DoE data show". A main speaker who cites another source keeps the
sentence ("He said construction costs ... had risen 38% since 2020, according to Stats NZ's capital
goods price index." -> "Rawiri Dunstan-Whaanga"; "He said crane moves per hour ... according to
figures shared with customers by one terminal." -> "Lim Wei Sheng"). Groups and unnamed sources are
kept as written ("Dealers in Lagos", "Importers", "Three freight forwarders", "Shipping lines",
"Several students", "Analysts at Lekki Bridge Securities Ltd.", "A spokesman for the Malaysian unit
of a European carrier", "a department spokesperson", "its managing director", "The Deputy Solicitor
General", and "A kiln owner in Keraniganj" with the clause saying why he is unnamed dropped). "The
company did not respond to a request for comment" and "declined to speak to reporters" carry their
subjects with those cues (""). A quote over several sentences carries its speaker and cue in each,
including a quote broken inside its quotation marks ("“I knew." / "A mother knows,” she sobbed.").

Of record ("W"): votes, counts, money, shares and dates (68-55 at 10.41 p.m., 31 of 78 councils,
$3,874, 47 murders, 96 km/h and 47.8mm, 71 calls, N$185 a square metre, 9,604 households, ₦78.6
billion, 94% and 71 hours, 287 micrograms per cubic metre, Tk 1.84 crore, Rs. 1.5 million, 214
cases, TT$28,180, ¥14.2 million, 64 runs and a crowd of 9,200); records and comparisons ("the
wettest January day at Luqa since 2003", "about a third of the price of comparable private plots",
"the highest since weekly figures were first published in 2021", "more than 19 times the 24-hour
limit", "the best figures by a St. George's bowler in Cup Match since 2011"); causal claims by
officials, experts, bodies and a relative ("largely because of the cost of gas and of diesel",
"vessels that their lines had moved to Port Klang", "The increase follows above-average rainfall",
"the valley's culverts were built in the 1980s for about half the run-off", "says her son was shot
dead because he owed a neighbour R50"); rules (the cap and its exemptions, the commission's 90
working days, the plot rules and deposit, storage tariffs, a kiln siting rule, GATE's cover and its
exclusion of second degrees, free malaria testing and a reporting rule); findings and testimony (the
judgment's findings of fact, a medical report, the petitioner's affidavit); methodology and
definitions (the gregale and the TEU in parentheses, how three puppeteers work a puppet); market
prices from groups ("Dealers in Lagos said", "Importers said"); and scheduled events set by those
who run them (a ballot on 17 April, a dividend payable on Sept. 3, gate hours from July 22, spraying
from 15 February, a minister's visit, a meeting at 2 p.m., a season opening on Oct. 3, a fixture, a
registration deadline and calendar lines). Not worth checking (""): forecasts and expectations ("The
bill is expected to receive the royal assent next week.", "The Met Office expects ...", "The company
expects ...", "We expect it to clear in two to three weeks.", "Shipping lines expect ...", "It said
no rain was expected before Jan 28."); plans and promises without a date ("would most likely close
the gap by shutting two libraries and a pool", "a task force would look at longer-term measures",
"would study the judgment", "plans to keep them for two seasons a year", "A second phase of about
380 erven is planned"); advice and requests ("advised people to stay away from valleys", "are
advised to sleep under treated nets", "are requested", "are urged", "In an emergency, call 112.");
opinions, characterisations and hedges ("called the law “a blunt instrument ...”", "a single storm
could not be blamed on climate change without a formal attribution study", "closing kilns for a few
days did little good", "called the ruling “a message to every police station”", "the screens pull
the audience's eyes away"); anecdotes of a retiree, a mother, a shopkeeper, a backyard tenant, a
developer, a driver, an exporter, a rickshaw puller, a student and a visitor, told with or without a
verb of saying; questions and question subheads; greetings, thanks and sign-offs; scene-setting and
the writer's own observations; and data rows. A relative's causal claim is "W" while her account of
the evening and of the debt is "": "A HEARTBROKEN Mitchells Plain mum says her son was shot dead
because he owed a neighbour R50." is "W"; "She said Tyrone had borrowed R50 from the neighbour in
December to buy airtime and had paid back R20." is "".

And where sentences end: abbreviations that END a sentence before a capital ("called at 10.41 p.m."
/ "National, ACT ..."; "at 3.20 p.m." / "By then ..."; "at about 4 p.m." / "Neither was hurt.";
"from 2 p.m." / "It said crossings ..."; "at about 5.15 p.m." / "The building ..."; "Holdings
p.l.c." / "Nobody was inside ..."; "Clarion Media Ltd." / "NZBN ..."; "Blitz Media (Pty) Ltd." / "We
subscribe ..."; "conveyancing, etc." / "Those add ..."; "the Nigerian Exchange Ltd." / "Its shares
..."; "Freight Services Sdn. Bhd." / "The company is charging ..."; "Riverside Developers Ltd." /
"The company did not respond ..."; "a B.Sc." / "GATE does not pay ..."; "March 10 at 2 p.m." /
"Baptiste-Ramlogan said ..."; "Namba Ticket Service Co., Ltd." / "The firm charges ..."; "to 9:00
p.m." / "Calls are free ..."; "Sept. 12 at 3 p.m." / "Tickets are BD$10 ..."; "Hamilton Harbour
Insurance Ltd." / "Cover for boats ..."; "Meghna News Agency." / "Subscribers may ...") and ones
that do not ("(No. 2)"; titles "Capt.", "Adv.", "Dr", "Dr.", "Prof.", "Prof. Dr.", "Cllr.", "Engr.",
"Mrs.", "Datuk Capt.", "Ir.", "Hon. Dr."; "Md." twice; initials "W. A." and "D.", "K.", "J.", "T.",
"R.", "L." in score lines; judges' "J." three times; "Ext. 12", "Ext. 9 in 2024" and "Ext. 13." at a
sentence end; "(Pty) Ltd.,", "Ltd. said", "Sdn Bhd," with no stops; "i.e." twice, "e.g." and "vs.";
dates "Jan. 11,", "Feb. 26", "Sept. 3", "Aug. 14.", "Aug. 1.", "Aug. 20.", "Oct. 3", "Sat., Aug. 7"
and "Sun., Aug. 15"; "Mt. Hope,", "St. Augustine.", "St. George's" and "St. David's"; "c. 1740,";
"Rs. 1.5m", "Rs. 250,000"; "No. 214/2023", "Issue No. 214", "(Vol. 14, No. 1)"; "Tel.:"; "Ph.D."
OPENING a sentence after "he said."; "P.S." opening one; times without periods "9.30pm", "3.15pm",
"10:58 PM", "6:15 am", "7am"; currencies and units "R50", "€38 million", "N$55,500", "₦612.40",
"RM150", "Tk 1.84 crore", "P18.6 million", "TT$85,430", "¥14.2 million", "BD$10", "96 km/h",
"47.8mm", "74.2 overs"); a sentence that opens with the click "!" of a Namibian name ("!Khoa-Eises
said ..."); quotes ending in "?" or "!" followed by their attribution (one sentence: "“For R30 they
took my child?” she asked.", "“Enough is enough!” he fumed.", "“How many more mothers must bury
their children before Pretoria listens?” he asked.", "“A family earning N$5,000 cannot get a loan
for N$55,000, so who are these plots for?” she asked.", "“Who will pay them?” he asked.", "“What can
I do, stop pulling the rickshaw?” he asked.", "“You came to watch the puppets, not to read a book!”
he says.") and a question after "asked:" ending inside its quotation marks; a headline ending in
"!’"; a question followed by a NEW SENTENCE ("“Will they listen?”" / "“We'll find out on the
10th.”"; "“Who pays for the two years he could not work?”" after a quote); sentence breaks inside
quotation marks ("“I knew." / "A mother knows,” she sobbed."; "... no one in Botswana should die of
it." / "We ask every household ...”"); a parenthesis holding a full sentence, its own sentence ("(A
gregale is ...)", "(A TEU, ...)") against brackets inside a sentence ("(No. 2)", "(Every year, the
same story)", "(MNA)", "(Pty) Ltd.,", "(auto-generated)"); a colon list kept whole (three
puppeteers); and semicolons that never split (the vote, the fee table, a title, the sailing results,
score lines, "The buyer does not care about the queue; he cares that the sofa is late," and the
"P.S.").

The pages hold 528 sentences: 187 "B", 195 "W" and 146 ""; 203 sentences carry a speaker (107
distinct speakers, page by page; 106 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `HELDOUT_CASES` holds 30 split cases written fresh in the manner
of the pages (not copied from them).

Written from scratch for issue 13 in round fifty-nine as a held-out set, without looking at the
engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README; no
engine, scorer or test was run. What was read: the brief; the module docstrings of `labelled_new.py`
and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]` tables of
`pyproject.toml`; and, through `ast` only, the module docstrings, `STYLES`, the shape of `ARTICLES`
and `CASES`, the first page and the first three cases (and the case ids) of `labelled_new163.py` and
`labelled_new164.py`. Coined names were checked for freshness against the string constants of those
two files, through `ast` (counts only): four given names, four parts of compound surnames, one
outlet name and one word of an e-mail address that hit were replaced before the file was written;
only common words (for example "Ltd", "Post", "Star", "Holdings", "Securities", "Logistics"), common
given names or single parts of compound surnames ("Abdul", "Ali", "Joseph", "Ruth") and real places
and bodies still hit.

Every person, outlet, app, publisher, firm, association, forum, centre, theatre, troupe, club,
study, tally, survey, statement, release, newsletter and figure is invented, and so is every small
place or institution (the Dōtonbori Ningyō-za, the Mondesa Youth Centre, the Ketu Building Materials
Dealers Association and the like). Real countries, regions, cities, towns, suburbs, streets, ports,
parks, grounds, courts, parliaments, parties, ministries, agencies, hospitals, universities,
programmes, events and other public bodies appear only as settings, with invented statements and
figures: Wellington, Parliament, the House, Naenae, Napier, Tauranga, Lower Hutt's Hutt City
Council, National, ACT, NZ First, Labour, the Greens, Te Pāti Māori, the Local Government
Commission, Local Government New Zealand, Stats NZ, the Reserve Bank, the Department of Internal
Affairs and the Press Gallery; Cape Town's Mitchells Plain, Tafelsig, Beacon Valley, Hanover Park,
Bellville, Khayelitsha, the Western Cape, Pretoria, the Mitchells Plain Magistrate's Court, the
National Prosecuting Authority and the Press Council of South Africa; Malta, Gozo, Luqa, Msida,
Birkirkara, Qormi, Marsa, Marsaskala, Triq il-Wied, Ċirkewwa, Mġarr, Catania, Palermo, the
Meteorological Office at Malta International Airport, the Civil Protection Department, Transport
Malta, the Opposition and the University of Malta; Swakopmund, Walvis Bay, Henties Bay, Arandis,
Mondesa, Matutura, the DRC settlement and the Ministry of Urban and Rural Development; Lagos,
Ibadan, Abuja, Oyo and Ogun states, the Nigerian Exchange Ltd., the National Bureau of Statistics
and the Central Bank of Nigeria; Port Klang, Pulau Indah, Klang, Shah Alam, Penang, Rotterdam, the
Port Klang Authority and the Ministry of Transport; Dhaka, Savar, Keraniganj, Gazipur, the
Department of Environment, the Bangladesh Meteorological Department, the Directorate General of
Health Services, the Directorate of Secondary and Higher Education, the Dhaka North City
Corporation, Jahangirnagar University and the World Health Organization; Colombo, Kadawatha, the
Supreme Court of Sri Lanka, the Mahara Magistrate's Court, the Constitution's Articles 11 and 13(1),
the Attorney General, the Deputy Solicitor General and the Inspector General of Police; Gaborone,
Maun, Shakawe, Gumare, Seronga, Ngamiland, Okavango, the Okavango Delta, Chobe, the Tuli Block,
Letsholathebe II Memorial Hospital and the Ministry of Health; St. Augustine, Chaguanas, Mt. Hope,
The University of the West Indies, its Campus Council, Registry and Guild of Students, the Eric
Williams Medical Sciences Complex, GATE and the Ministry of Education; Osaka, Dōtonbori, Kyoto,
Kobe, Lyon, the Agency for Cultural Affairs, UNESCO's Intangible Cultural Heritage list and the
Japan National Tourism Organization; and Hamilton, Reid Street, St. George's, Somerset, Wellington
Oval, Cup Match, St. David's, the Great Sound, Admiralty House Park, the National Sports Centre, the
Premier Division and the Bermuda Cricket Board.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, banner, crumb, byline, date line,
share strip, caption, credit, table row, list item, e-mail header, print header and footer, section
label and legal line is a paragraph of its own, except that a caption and a credit pasted in one
line are two sentences of one paragraph); each paragraph a list of sentences `(text, speaker, cue,
flags)`, flags "W", "B" or "". As in the recent sets: furniture "B" line by line, whatever it says,
never with a speaker; a caption by its content and its credit "B"; tables pasted as lines with a "B"
title, header row and source line and "" data rows; headlines and standfirsts never split and
flagged by content, their "says" or "confirms" carrying the source as the story gives it; a dateline
belongs to its lead sentence; a person is named in full as first given, without titles or roles, and
a pronoun, surname or role noun resolves to that name; a quote over several sentences carries its
speaker and cue in each; "according to X" gives X as written; a generic noun for a body or a
document is kept as written ("the company", "The company", "the municipality", "the authority", "The
Ministry", "The board", "The court", "the judgment", "the study", "the Registry", "the theatre"); a
short form or "it" resolves to the name as first given ("the Met Office" -> "the Meteorological
Office at Malta International Airport", "It said" -> "Transport Malta"); a bracketed acronym and a
descriptor before a proper name are dropped; the clause that says why a source is unnamed is
dropped; a channel phrase after the verb is part of the cue ("said in a statement", "said in a
filing with the Nigerian Exchange Ltd.", "said in a statement accompanying the results", "told the
House", "told MNA") and a fronted one is not ("In an affidavit, Wickramasinghe told the court ...");
a body acting with no verb of saying carries no speaker; "X did not respond to a request for
comment" carries X with that cue, "".

Conventions this set had to settle, in the same spirit:

* E-MAIL PASTES: the header lines ("From:", "Sent:" or "Date:", "To:", "Subject:") are "B" whatever
  they say, even when "Subject:" repeats the title, like a print header; so are the security banner,
  "View this email in your browser", the signature block ("Kind regards,", the name, the role,
  "— Kit"), the confidentiality notice (two sentences), the environment line, "You're receiving this
  because ...", the unsubscribe line and the sender's postal address.
* A GOVERNMENT PRESS RELEASE speaks in the issuer's voice, like a company's in `labelled_new163.py`:
  its unattributed sentences carry nobody; its self-attribution with a verb of telling ("The
  Ministry of Health wishes to inform the public that ...", "The Ministry also wishes to remind the
  public that ...") carries the issuer as written, cue "wishes to inform the public" or "wishes to
  remind the public"; advice in the passive ("are advised", "are asked", "are requested", "are
  urged") is "" with no speaker; the letterhead, "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "ENDS",
  "Issued by:", the contact line and "Notes to editors:" with its numbered notes (facts included)
  are "B", like the "About" block of a company release. A minister named with "Hon. Dr." who "will
  visit" on set dates carries nobody (no verb of saying) and is "W".
* A NEWSLETTER's fixed section labels ("THE BIG ONE", "SCORECARD", "QUICK SINGLES", "ON THE
  CALENDAR", "SPONSORED") are "B", like a "Key points:" label; the writer's own sentences carry
  nobody (the result "W", the writer's judgements and observations ""); greetings and sign-offs
  ("Morning, all.", "What a weekend.", "That's it from me.", "See you next Monday.") are ""; a
  source who "told me" carries the source, cue "told me". A sentence opened by "P.S." keeps it
  ("P.S. If you have photos from the Oval, hit reply ...; I'll run ...": one sentence, ""). Calendar
  lines ("Sat., Aug. 7 – Women's T20 final, National Sports Centre, 1 p.m.") are scheduled events,
  one "W" sentence each; the score lines and the "Player of the match:" line are data ("").
* READERS' COMMENTS under a story (the count, each handle-and-time line, each comment, "Load more
  comments") are "B" line by line, whatever they say; a commenter is never a speaker of the story.
* A PULL QUOTE repeating a sentence of the story on a line of its own is "B" with no speaker; the
  sentence where it stands in the story carries its speaker and cue.
* An AGGREGATOR APP'S SHARE TEXT: the app name, the "source · time" line, the "Quick summary
  (auto-generated)" label, the sponsored line and its text, "Read the full story on ...", the short
  link, "More on this story (2)", each "source · headline" line and the share tail are "B"; the
  summary's bullets are flagged by content and carry their source as the story names it ("• The
  driver's lawyer called the ruling ..." -> "Ruwan Senevirathne-Perera"), like the "Key points" of
  the recent sets; the copied story is labelled as the source outlet's own, and "told Lanka
  Daybreak" names the source outlet in the cue.
* A TABLOID's headline label ("MUM: ‘THEY SHOT MY BOY OVER R50!’") resolves, like a transcript
  label, to the person the story names ("Shireen Davids-Maart"), cue the label as written; its verbs
  of saying are cues ("sobbed", "fumed"), and "blasted the police response, saying residents had
  asked ..." carries the councillor with cue "saying". A relative's causal claim about a killing
  (the headline and "says her son was shot dead because he owed a neighbour R50") is "W"; her
  account of the night and of the debt is an anecdote, "". An "UPDATE – Tuesday, 3.15pm" line is a
  time stamp, "B"; the update under it is labelled like any story line.
* COURT SOURCES: "the judgment said" and "the judgment noted" carry "the judgment" as written (its
  findings of fact "W"); "A three-judge bench held" carries the bench as written and "The court
  rejected that account, noting ..." carries "The court"; "who, it found, was assaulted" inside the
  lead carries "The Supreme Court" with cue "found"; "Gunatilleke-Fernando J. wrote the judgment,
  with ... agreeing." and the court's orders are acts with no speaker ("W"); the State's counsel
  "had argued" is a party's contention (""), like counsel's suggestions in `labelled_new163.py`; the
  petitioner's affidavit ("told the court he had been struck ...") and "He said" after it are
  testimony of fact ("W"), carrying his full name with its initials. The case number line ("SC (FR)
  Application No. 214/2023") is one "B" sentence, like a citation line.
* Titles, ranks, honorifics and post-nominals dropped from labels: "Capt.", "Adv.", "Perit", "Dr",
  "Dr.", "Prof.", "Prof. Dr.", "Mayor Cllr.", "Engr.", "Alhaji", "Mrs.", "Datuk Capt.", "Ir.",
  "SSP", "PC" after a name, "Hon. Dr."; and roles before a name ("Local Government Minister",
  "Police spokesperson", "Ward councillor", "Infrastructure Minister", "Managing Director", "Guild
  President", "Campus Registrar", "Ph.D. candidate", "Rickshaw puller", "Police Media Spokesman").
  Kept as parts of names: "Md." (an abbreviated Mohammad, as in the recent sets), "Kazi", "Mohd",
  "bin", "a/l" (the Malaysian Indian "son of": "Thinakaran a/l Vellasamy"), Sri Lankan initials ("W.
  A. Chaminda Prasanna Wickramasinghe"), the Nama-Damara click "!" ("Hilde !Khoa-Eises"), macrons
  ("Tēpene-Galloway", "Ichirō"), apostrophes ("Gen'ichi Hōsei", "Tre'Von Simons-Caines") and a
  Chinese name in its own order ("Lim Wei Sheng", "Chong Mei Ling").
* A group reporting what it sees is "W" with the group as written ("Dealers in Lagos said a bag was
  selling for ...", "Importers said some boxes had sat for ten days ..."), as "residents said" was
  in the recent sets; a group's forecast ("Shipping lines expect ...") and a group's anecdote
  ("Several students said they had first heard of the increase from the Guild's Instagram page.")
  are "".
* A CORRECTION note at the foot of a story ("Correction: An earlier version ... TT$84,530." / "It is
  TT$85,430.") is two "B" sentences, like a writethru note; a wire's slug line ("MNA/NJM/TB/1805")
  is "B", like the "($1 = ...)" line.
* A quote in Maltese with its English in brackets inside the quotation marks ("“Kull sena l-istess
  storja (Every year, the same story),” she said.") is one sentence; a quote holding a quote ("“We
  said, ‘Give us 250 and we'll bowl them out,’ and the boys believed it,” he said.") is one
  sentence.
* A newsletter's or magazine's first-person or present-tense narration ("I counted four sound
  systems ...", "Mukaiyama is less worried by the screens ...", "Not everyone approves.") is "" with
  no speaker; a magazine's "says" mid-sentence ("He first held a head, he says, in 2004.") carries
  the person like "said".
* Reader mode's reading-time line ("6–7 minutes"), a first-appeared-in-print line and a magazine's
  issue line ("... (Vol. 14, No. 1).") are "B".
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'New Zealand NATIONAL DAILY\'S WEBSITE (Wellington), DESKTOP BROWSER paste, POLITICS: a rates-cap bill passes its third reading 68-55 and holds councils to 4.5% rises from July 1. Head: masthead, subscribe/log-in line, menu with double spaces, section label (all "B"); headline of record "W"; standfirst "Minister says 31 of 78 councils ..." ("W", carrying the minister in full as the body names her); byline, a role line, a date line with "10:58 PM", a read-time line, share strip (all "B"); a caption "" and a "Photo / ..." credit "B". Body: the lead of record ("W", no speaker); "(No. 2)" mid-sentence and "at 10.41 p.m." ENDING a sentence before "National, ACT and NZ First ..." with a semicolon kept whole (both "W"); the cap\'s rules ("W"); the minister ("Local Government Minister" dropped) with council counts "W" and a two-sentence quote "she told the House" (""); the average bill "according to the bill\'s regulatory impact statement" ("W"); a "Read more:" label and two bulleted headlines ("B"); Labour\'s spokesman with a forecast and a quote ("") and a cost figure he gives "according to Stats NZ\'s capital goods price index" ("W", carrying him, the main speaker); Local Government New Zealand "said in a statement" a count ("W") and its president\'s characterisation "called" ("", "Napier councillor" dropped); the commission\'s deadline (a rule, "W"); a Green MP\'s question introduced by "asked:" (one sentence, ""); "The minister\'s office" (as written) on how the figure was set ("W"); a council\'s draft rise "W", its chief executive\'s gap "W" and his likely closures (""); a retiree\'s bills (an anecdote, "") and a two-sentence quote (""); a question subhead ""; royal assent "expected" (""), deadlines and invoices ("W") and exemptions "the Department of Internal Affairs said" ("W"). Tail: a two-sentence author bio, more-from label and two headlines, a comment count and sign-in line, copyright split at "Media Ltd." before an "NZBN" number, a policy-links line (all "B").',
    'South African TABLOID\'S WEBSITE (Cape Town), PHONE BROWSER paste, CRIME: a 19-year-old shot dead outside a spaza shop in Tafelsig, allegedly over an R50 debt, and a neighbour in court. Head: a hamburger/masthead/search line, an app banner and its "OPEN" button, a section crumb, an "EXCLUSIVE" tag (all "B"); a capitalised quote headline under the label "MUM:" (resolving to the mother named in the body, cue the label as written, a causal claim about a killing, "W"); a standfirst of record "W"; a byline with a relative time and a read-time line ("B"); a caption "" and its "Image:" credit "B". Body: "A HEARTBROKEN Mitchells Plain mum says ... because ..." (role noun resolving to her, "W"); the shooting "police confirmed" (the force as written, "W") and the murder count "according to community policing forum figures" "W"; her account "told the Blitz" and a quote split inside the quotation marks ("I knew." / "A mother knows,” she sobbed."), a third quoted sentence (all "", cue "sobbed"); the debt in detail (an anecdote, "") and her question with attribution (one sentence, ""); the police spokesperson ("Capt." dropped) with the arrest "W", a hedge "" and the firearm "W"; "ALSO READ:" and "ADVERTISEMENT" lines and an "UPDATE – Tuesday, 3.15pm" stamp ("B"); the court appearance and postponement ("W", no speaker); the prosecuting authority\'s spokesperson ("Adv." dropped, "confirmed", "W") and the plea ("W"); a protest scene ""; the ward councillor "blasted ..., saying" a request since 2022 ("W", cue "saying"), an exclamation "he fumed" and a question "he asked" (each one sentence, ""); precinct murders "according to the latest quarterly crime statistics" and provincial ones ("W"); the mother\'s memories and a two-sentence quote (""); the funeral and fundraiser (""). Tail: a WhatsApp line, a comment count, two readers\' handles and comments and "Load more comments", a trending label and two numbered headlines, a publisher line split at "(Pty) Ltd." before "We subscribe ..." (all "B").',
    'Maltese PUBLIC BROADCASTER\'S NEWS SITE (Valletta), AMP PAGE paste, WEATHER: a gregale brings 96 km/h gusts and Luqa\'s wettest January day since 2003, with floods in Msida, Birkirkara and Qormi. Head: the AMP bar "⚡ rtn.com.mt", the news brand, a crumb ("B"); headline and second headline of record ("W"); a date line, an updated line, a "Reporter: ... | Camera: ..." line, a "▶ Watch the report (2:41)" line and a share line (all "B"); a caption "" and its credit "B". Body: gusts and rain "the Meteorological Office at Malta International Airport said" and the record "the Met Office said" (the short name resolving to the full one, "W"); "at 3.20 p.m." ENDING a sentence before "By then ..." (both "W"); calls answered "a department spokesperson said" (as written, "W"); a rescue ENDING "at about 4 p.m." before "Neither was hurt." (both "W"); ferries suspended "from 2 p.m." before "It said crossings would resume ..." ("W" then "", "Transport Malta"); diversions "according to the airport\'s arrivals board" "W"; a roof collapse "at about 5.15 p.m.", its owner ENDING "Holdings p.l.c." before "Nobody was inside, the police said." (all "W"); a warning in force until 6 a.m. ("W") and a forecast "The Met Office expects" (""); a shopkeeper\'s anecdote, a Maltese quote with its English in brackets inside the quotation marks (one sentence), a second quote and her losses (all ""); the minister\'s tunnel start date ("W"); the Opposition spokesman ("Dr" dropped) with budgets since 2021 ("W"); an engineer ("Perit" dropped) with a causal claim ("W") and a quote (""); a question subhead ""; average rainfall "according to the Met Office" "W" and a PARENTHESIS HOLDING A FULL SENTENCE defining the gregale ("W"); a climatologist ("Prof." dropped) hedging ("") and a count of wet days ("W"); advice "The Civil Protection Department advised" and an emergency number (""). Tail: related label and two headlines, tags, a view-full-site line, copyright (all "B").',
    'Namibian REGIONAL WEEKLY\'S WEBSITE (Swakopmund), PRINT VIEW paste, HOUSING: the council sells 412 serviced erven in Mondesa at N$185 a square metre with 9,604 households on the waiting list. Head: the browser\'s print header (date, time and page title separated by a tab), masthead, a towns line, a section line (all "B"); headline of record "W"; standfirst "Backyard tenants\' forum says ..." (an opinion, "", carrying the forum as the body names it); byline and date line ("B"); a caption "" and its credit "B". Body: "SWAKOPMUND –" lead with "Ext. 12" mid-sentence and a price comparison ("W"); plot sizes and the cheapest price ("W"); the income rule "according to the minutes of Tuesday\'s meeting" "W"; the waiting list "told the Weekly" by the chief executive (named in apposition, "W"), his quote "" and the ballot date "W"; the eligibility rule ("W") and the last sale with "Ext. 9 in 2024" mid-sentence "according to the municipality" ("W"); the deposit with "i.e. about" mid-sentence ("W"); what the price includes ENDING "conveyancing, etc." before "Those add about N$7,800, according to the municipality\'s property division." (both "W"); the forum\'s chairwoman with member incomes ("W"), a question with attribution (one sentence, "") and a request (""); a PRINT FOOTER (URL and "1/2") and a REPEATED PRINT HEADER ("B"); a backyard tenant\'s situation with no verb of saying (no speaker, ""), then "!Khoa-Eises said" opening a sentence with the Nama-Damara click (resolving to "Hilde !Khoa-Eises", "") and her quote ""; a developer\'s price with "(Pty) Ltd.," mid-sentence ("W") and its managing director\'s opinion (""); the mayor ("Mayor Cllr." dropped) with servicing costs ("W") and a quote (""); a queue scene ""; a question subhead ""; the waiting-list rule and transfer time ("the municipality said", "it said", "W"); a second phase "planned" ENDING "Mondesa Ext. 13." ("") and servicing not started ("W"). Tail: a two-sentence tip line, copyright ending "(Pty) Ltd.", the last print footer "2/2" (all "B").',
    'Nigerian BUSINESS NEWSPAPER\'S WEBSITE (Lagos), DESKTOP BROWSER paste, BUSINESS: a listed cement maker\'s half-year profit rises 41% to ₦78.6bn as volumes fall 9%. Head: masthead, a MARKETS TICKER line, menu, crumb (all "B"); headline of record "W"; standfirst "..., company says" ("W", carrying "Ogbomoso Cement Plc" as first given); byline, date line, share line ("B"); a caption "" and its credit "B". Body: the lead "Ogbomoso Cement Plc reported" ("W"); revenue "the company said in a filing with the Nigerian Exchange Ltd." (the channel in the cue) with "Ltd." ENDING the sentence before "Its shares ..." (both "W"); plants and capacity ("W"); a RESULTS TABLE (title, header row and source line "B", four rows ""); the managing director ("Managing Director Engr." dropped) with prices and a causal claim "said in a statement accompanying the results" ("W") and a two-sentence quote (""); finance costs with "vs." mid-sentence ("W"); "Analysts at Lekki Bridge Securities Ltd. said" ("Ltd. said" mid-sentence, "W") and their rating "citing" (""); "Dealers in Lagos said" prices (a group\'s prices, "W"); a dealers\' chairman ("Alhaji" dropped) with a sales fall ("W") and a quote (""); the dividend with "Sept. 3" mid-sentence and "Aug. 14." ending it ("W"); guidance "The company expects" (""); inflation "the National Bureau of Statistics said" and the policy rate ("W"); a question subhead ""; a developer ("Mrs." dropped) with an anecdote and a quote (""). Tail: also-read label and two headlines, a newsletter box in three lines, copyright, a links line (all "B").',
    'Malaysian TRADE MAGAZINE\'S WEBSITE (Kuala Lumpur), READER MODE paste, TRANSPORT: Port Klang\'s container yards reach 94% and ships wait 71 hours for a berth. Head: the bare domain line "B"; headline of record "W"; the author line and a reading-time line "6–7 minutes" ("B"); a caption "" and its credit "B". Body: yard use "according to the Port Klang Authority" and waiting times "it said" ("W"); the general manager ("Datuk Capt." dropped, "Mohd" and "bin" kept) with a causal claim ("W"), a two-sentence quote with a forecast ("") and an overflow yard ("W"); June throughput "the authority said" (kept as written, "W") and a PARENTHESIS HOLDING A FULL SENTENCE defining a TEU ("W"); the hauliers\' association with gate waits and a surcharge from "Aug. 1." ("W"); its president ("a/l" kept as part of the name) with a quote "said the association\'s president, ..." ("") and a member\'s idle trucks with "Sdn Bhd," mid-sentence ("W"); a driver\'s anecdote and quote (""); "Three freight forwarders told SFR" ENDING "Sdn. Bhd." before "The company is charging ..., its managing director said." (both "W", the second carrying the unnamed director as written); an unnamed carrier\'s spokesman (as written, "W"); the Ministry of Transport\'s gate hours with "e.g. for" mid-sentence ("W") and a task force (""); storage tariffs ("W") and "Importers said" (a group\'s report of record, "W"); an exporter\'s anecdote and a quote with a semicolon kept whole (""); a consultant ("Ir." dropped) with a productivity rule ("W"), a quote ("") and crane rates he gives "according to figures shared with customers by one terminal" ("W", carrying him); a question subhead ""; "Shipping lines expect" ("") and the next release ("W"). Tail: a related line, a first-appeared-in-print line, a topics line (all "B").',
    'Bangladeshi WIRE SERVICE\'S WEBSITE (Dhaka), DESKTOP BROWSER paste, ENVIRONMENT: Dhaka\'s air is "very unhealthy" for a ninth day and 57 brick kilns are shut. Head: agency name, menu, section (all "B"); an "UPDATE 1-" headline of record "W"; byline, a published/updated line in BST and the bracketed WRITETHRU NOTE (all "B"). Body: "DHAKA, Jan 19 (MNA) -" dateline in the lead, "the Department of Environment said" ("W"); the WHO comparison ("W"); closures and fines "Md. Rafiqul Islam Talukder, a DoE director, told MNA" ("Md." kept, "W"); his kiln counts and repeat offenders ("W"), a promise ("") and his staff limit "Talukder said" (surname resolving, "W"); a siting rule ("W"); sources of pollution "according to a 2025 source-apportionment study by the Dhaka Clean Air Research Centre" and "the study found" ("W"); five years of readings "DoE data show" ("W"); wind "the Bangladesh Meteorological Department said" ("W") and a rain forecast "It said" (""); hospital cases "the Directorate General of Health Services said" ("W"), its advice ("") and an order on school assemblies ("W", no speaker); a scientist ("Prof. Dr." dropped, "Kazi" kept) with an opinion (""), reopened kilns "according to satellite images analysed by his team" (as written, "W") and a quote (""); a developer supplied ENDING "Ltd." before "The company did not respond to a request for comment." ("W", then "" carrying "The company"); an unnamed kiln owner (the reason clause dropped) with a claim and a question (""); the city corporation\'s spraying ("W"); a rickshaw puller\'s cough and his question with attribution (""). Tail: the "(Reporting by ...; additional reporting by ...; Editing by ...)" line, the "($1 = 121.40 taka)" line, the slug "MNA/NJM/TB/1805", copyright split at "Agency." before a reproduction line (all "B").',
    'Sri Lankan NEWS AGGREGATOR APP, the APP\'S SHARE TEXT pasted into a chat, COURTS: the Supreme Court orders Rs. 1.5 million compensation for a three-wheeler driver beaten in police custody. Head: the app name "B"; headline of record "W"; the source-and-time line and a "Quick summary (auto-generated)" label ("B"); three SUMMARY BULLETS by content (the court "found" "W"; the compensation "W"; "The driver\'s lawyer called" resolving to counsel named in the body, ""). Body, copied from the source outlet: the lead with "it found" inside the sentence ("The Supreme Court", cue "found", "W"); "A three-judge bench held" with the petitioner\'s initials "W. A." mid-sentence ("W"); "Gunatilleke-Fernando J. wrote the judgment, with Samarakoon J. and Jayasundara-Ratwatte J. agreeing." (an act, no speaker, "W"); the arrest and release ("W"); the petitioner\'s affidavit "told the court" and "He said" (testimony of fact, "W", his full name with initials); "the judgment said" twice in a two-sentence quote and "the judgment noted" a medical report ("W"); the State\'s counsel "had argued" (""); "The court rejected that account, noting ..." ("W"); the orders ("W", no speaker); counsel for the petitioner ("PC" dropped) "told Lanka Daybreak" (""), a quote, a quoted question ("") and the officers\' transfers ("W"); the petitioner "declined to speak to reporters" (""); the police spokesman ("Police Media Spokesman SSP" dropped, a plan, ""); a tally "according to a tally by the Colombo-based Centre for Custodial Justice" ("W") and its director\'s count ("W"). Tail: the case number line "SC (FR) Application No. 214/2023", a sponsored line and its text, a read-the-full-story line, the short link, a "More on this story (2)" label and two source·headline lines, the share tail in two sentences (all "B").',
    'Botswana GOVERNMENT NEWSROOM\'S PRESS RELEASE (Ministry of Health, Gaborone), E-MAIL CLIENT paste, HEALTH: 214 malaria cases and three deaths in Ngamiland and Okavango; indoor spraying from 15 February. Head: the e-mail header lines "From:", "Sent:", "To:" and "Subject:" (the last repeating the title), an "[EXTERNAL EMAIL]" banner, a letterhead in two lines, "PRESS RELEASE" and "FOR IMMEDIATE RELEASE" (all "B"); a capitalised title of record with a semicolon (one sentence, "W"). Body in the issuer\'s voice: "The Ministry of Health wishes to inform the public that ..." (the issuer as written, cue "wishes to inform the public", "W"); the comparison, the deaths, the places and admissions, the cause in rainfall ("W", no speaker); spraying and nets from dated starts ("W"); a request not to paint sprayed walls (""); the budget ("W"); the minister, named with "Hon. Dr." and no verb of saying, visiting on set dates (no speaker, "W"); the Permanent Secretary ("Dr." dropped) "said:" a quote whose first sentence ends inside the quotation marks before "We ask every household ..." (two, "") and staff deployed ("W"); advice in the passive "are advised" (""), free testing and a reporting rule ("W"), "are requested" and "are urged" with "i.e." mid-sentence (""); "The Ministry also wishes to remind the public that" a helpline staffed "from 7:30 a.m. to 9:00 p.m." ENDING the sentence before "Calls are free ..." (both "W"); thanks (""). Tail: "ENDS", an "Issued by:" line, a contact line with "Tel.:", a "Notes to editors:" label and two numbered notes (facts included), "Kind regards,", the officer\'s name and role, a two-sentence confidentiality notice and an environment line (all "B").',
    'Trinidad and Tobago STUDENT NEWSPAPER\'S WEBSITE (St. Augustine), PHONE BROWSER paste, EDUCATION: fees for undergraduates without GATE funding rise 18% from 2027/28. Head: a hamburger/masthead/search line, a donate banner, a section label (all "B"); headline "..., Campus Council confirms" ("W", carrying the council) and standfirst "Guild president says ..." ("W", carrying her in full); byline with role and a date line ("B"); a caption "" and its credit "B". Body: the rise "the Campus Council confirmed" ("W"); the fee table in one sentence with a semicolon ("W"); full-fee students "according to the Registry" and registration "the Registry said" ("W"); the vote "according to minutes seen by The Calabash" ("W"); the Guild president ("Guild President" dropped) with the notice date "Jan. 11," ("W"), a quote ("") and a survey she cites ("W", carrying her); the registrar ("Campus Registrar Dr." dropped) with fees and costs ("W") and a two-sentence quote (""); the Ministry of Education "said in a statement" the GATE rule ("W"); a student\'s second degree ENDING "a B.Sc." before "GATE does not pay ..." ("" then "W") and his quote (""); "Ph.D. candidate ..." OPENING a sentence after "he said." (the descriptor dropped, "W") and her characterisation (""); medical students "in Mt. Hope," ("W"); "Several students said" (an anecdote of a group, ""); a protest scene (""); the Principal\'s meeting "at 2 p.m." ENDING a sentence before "Baptiste-Ramlogan said ..." ("W", the statement as written; then a plan ""); a quoted question followed by a NEW SENTENCE (two, ""). Tail: a two-sentence CORRECTION note, a share line, read-next label and two headlines, an independence line ending "St. Augustine." and a disclaimer, tags, back-to-top (all "B").',
    'Japanese English-language ARTS MAGAZINE\'S WEBSITE (Osaka), READER MODE paste, CULTURE: a 1927 Osaka puppet theatre sells out its first English-surtitled bunraku season. Head: the bare domain line "B"; headline of record "W"; a question standfirst with a dash (one sentence, ""); a words-and-photographs line and a reading time "12–15 minutes" ("B"); a caption with a date of record ("W") and its credit in the same paragraph ("B"). Body in the magazine\'s present tense: a queue scene with "6 p.m." mid-sentence and a visitor\'s quote "says" (""); the theatre\'s history and sell-out ("W"), ticket shares "according to the theatre" ("W"); the general manager\'s quote "says" ("") and the surtitles\' cost with "she says," mid-sentence ("W"); how three puppeteers work a puppet, with a colon (one sentence, "W") and the UNESCO listing ("W"); a puppeteer\'s saying (""), his first head "he says," mid-sentence ("W"), a sentence about him with no verb of saying ("") and a two-sentence quote (""); a PULL QUOTE repeating the translator\'s words on a line of its own ("B", no speaker); the translator\'s line limit ("W", no speaker) and her two quoted sentences (""); a retired chanter\'s opinion and an exclamation with attribution (""); the oldest head "carved c. 1740," ("W"); tickets ENDING "Co., Ltd." before "The firm charges ..." (both "W"); visitor numbers "according to the Japan National Tourism Organization" ("W") and the manager\'s characterisation (""); a question subhead ""; a plan without a date ("") and the next season "on Oct. 3" ("W"). Tail: a two-sentence author bio and an issue line with "(Vol. 14, No. 1)" (all "B").',
    'Bermudian SPORT NEWSLETTER (Hamilton), E-MAIL CLIENT paste, SPORT: St. George\'s win Cup Match by 64 runs at Wellington Oval. Head: the e-mail header lines "From:", "Date:", "To:", "Subject:", a view-in-browser line, the newsletter\'s name and an issue line with "Issue No. 214" (all "B"); a greeting in two sentences (""). Body in the writer\'s first person: the "THE BIG ONE" label "B"; the result, the holidays, the first innings and the second ("W", no speaker); a "SCORECARD" label "B", two score lines with initials and semicolons and a "Player of the match:" line (data, ""); the St. George\'s captain "told me" ("") and a quote holding a quote (""); the best figures since 2011 "according to the Bermuda Cricket Board\'s records" and the crowd "The board put" ("W"); the Somerset captain described ("") and a quote in two sentences (""); the writer\'s analysis (an opinion "", dropped catches "W", a judgement "") and his own observation (""); a "QUICK SINGLES" label "B"; a football fixture "on Sept. 12 at 3 p.m." ENDING before "Tickets are BD$10 ...", sailing with a semicolon, a registration deadline "in St. David\'s" (all "W"); an "ON THE CALENDAR" label "B" and two calendar lines "Sat., Aug. 7 – ..." and "Sun., Aug. 15 – ..." (scheduled events, "W"); a "SPONSORED" label and the sponsor\'s two sentences split at "Insurance Ltd." ("B"); a sign-off in two sentences (""), the signature "— Kit" ("B") and a "P.S." sentence kept whole with a semicolon (""). Tail: a why-you-get-this line, an unsubscribe line, the postal address (all "B").',
]

ARTICLES = [
    [
        [
            ("THE NEW ZEALAND CLARION", "", "", "B"),
        ],
        [
            ("Subscribe from $1 a week | Log in", "", "", "B"),
        ],
        [
            (
                "Latest  New Zealand  Politics  Business  World  Sport  Opinion  Lifestyle  Puzzles",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Politics", "", "", "B"),
        ],
        [
            ("Rates cap passes 68-55: councils held to 4.5% rises from July 1", "", "", "W"),
        ],
        [
            (
                "Minister says 31 of 78 councils put rates up by more than 10% last year",
                "Huia Ruawai-Holt",
                "says",
                "W",
            ),
        ],
        [
            ("By Hemi Kingi-Strachan", "", "", "B"),
        ],
        [
            ("Political Reporter", "", "", "B"),
        ],
        [
            ("17 Mar, 2027 10:58 PM", "", "", "B"),
        ],
        [
            ("5 mins to read", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  LinkedIn  Email  Copy link", "", "", "B"),
        ],
        [
            (
                "Local Government Minister Huia Ruawai-Holt speaks during the bill's third reading on Wednesday night.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo / Mark Tuiasosopo-Grey", "", "", "B"),
        ],
        [
            (
                "Parliament has passed a law capping how much councils can raise in rates, despite warnings from mayors that libraries, pools and bus routes will be cut to stay under it.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Local Government (Rates Cap) Amendment Bill (No. 2) passed its third reading 68-55 on Wednesday, with the vote called at 10.41 p.m.",
                "",
                "",
                "W",
            ),
            (
                "National, ACT and NZ First voted for it; Labour, the Greens and Te Pāti Māori voted against.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "From July 1, a council may raise its total rates revenue by no more than 4.5% a year unless the Local Government Commission grants an exemption.",
                "",
                "",
                "W",
            ),
            (
                "Water charges, targeted rates for new subdivisions and rates on Māori freehold land sit outside the cap.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Local Government Minister Huia Ruawai-Holt said 31 of the country's 78 councils had raised rates by more than 10% in the 2026/27 year, and eight by more than 15%.",
                "Huia Ruawai-Holt",
                "said",
                "W",
            ),
            (
                "“For a decade ratepayers have been told the next shock is the last one,” she told the House.",
                "Huia Ruawai-Holt",
                "told the House",
                "",
            ),
            ("“From tonight, it actually is.”", "Huia Ruawai-Holt", "told the House", ""),
        ],
        [
            (
                "The average residential rates bill was $3,874 in 2026/27, up from $2,310 in 2017/18, according to the bill's regulatory impact statement.",
                "the bill's regulatory impact statement",
                "according to",
                "W",
            ),
        ],
        [
            ("Read more:", "", "", "B"),
        ],
        [
            ("• Wellington water bills to rise 19% as pipe renewals begin", "", "", "B"),
        ],
        [
            ("• Opinion: A rates cap is a promise councils can't keep", "", "", "B"),
        ],
        [
            (
                "Labour's local government spokesman, Rawiri Dunstan-Whaanga, said the cap would force councils to close libraries and pools “by stealth”.",
                "Rawiri Dunstan-Whaanga",
                "said",
                "",
            ),
            (
                "“You can cap the rates, but you can't cap the price of a pipe,” he said.",
                "Rawiri Dunstan-Whaanga",
                "said",
                "",
            ),
            (
                "He said construction costs for water and roading had risen 38% since 2020, according to Stats NZ's capital goods price index.",
                "Rawiri Dunstan-Whaanga",
                "said",
                "W",
            ),
        ],
        [
            (
                "Local Government New Zealand said in a statement that 22 councils had signalled rises above 4.5% in draft annual plans now out for consultation.",
                "Local Government New Zealand",
                "said in a statement",
                "W",
            ),
            (
                "Its president, Napier councillor Ruth Hokianga-Pace, called the law “a blunt instrument aimed at the wrong end of the problem”.",
                "Ruth Hokianga-Pace",
                "called",
                "",
            ),
        ],
        [
            (
                "The commission has 90 working days to decide an exemption application, and its decision cannot be appealed.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "During the debate, the Green Party's Sina Faleolo-Brandon asked: “Who decided 4.5% was the right number, and where is the working?”",
                "Sina Faleolo-Brandon",
                "asked",
                "",
            ),
            (
                "The minister's office said on Thursday the figure was the midpoint of the Reserve Bank's inflation target plus 2.5 percentage points for population growth and infrastructure.",
                "The minister's office",
                "said",
                "W",
            ),
        ],
        [
            ("Hutt City Council's draft plan for 2027/28 proposes a 9.8% rise.", "", "", "W"),
            (
                "Its chief executive, Dougal Fenwick-Tane, said the gap between that and the cap was $14.6 million.",
                "Dougal Fenwick-Tane",
                "said",
                "W",
            ),
            (
                "He said the council would most likely close the gap by shutting two libraries and a pool.",
                "Dougal Fenwick-Tane",
                "said",
                "",
            ),
        ],
        [
            (
                "Maurice Tēpene-Galloway, 71, a retired builder in Naenae, said his rates had gone from $2,940 to $3,610 in two years.",
                "Maurice Tēpene-Galloway",
                "said",
                "",
            ),
            ("“I'm not asking for a cut.", "Maurice Tēpene-Galloway", "said", ""),
            ("I'm asking to be able to plan,” he said.", "Maurice Tēpene-Galloway", "said", ""),
        ],
        [
            ("What happens next?", "", "", ""),
        ],
        [
            ("The bill is expected to receive the royal assent next week.", "", "", ""),
            (
                "Councils must adopt capped annual plans by June 30, and the first capped rates invoices go out in August.",
                "",
                "",
                "W",
            ),
            (
                "Applications for exemptions open on April 1, the Department of Internal Affairs said.",
                "the Department of Internal Affairs",
                "said",
                "W",
            ),
        ],
        [
            ("Hemi Kingi-Strachan is a political reporter in the Press Gallery.", "", "", "B"),
            ("He covers local government and housing.", "", "", "B"),
        ],
        [
            ("More from Politics", "", "", "B"),
        ],
        [
            ("Greens demand inquiry into council debt ceilings", "", "", "B"),
        ],
        [
            ("Three-way race tightens in Tauranga by-election", "", "", "B"),
        ],
        [
            ("Comments (112)", "", "", "B"),
        ],
        [
            ("Sign in to join the conversation.", "", "", "B"),
        ],
        [
            ("© 2027 Clarion Media Ltd.", "", "", "B"),
            ("NZBN 9429047718305", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms of Use | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  MZANSI BLITZ  🔍", "", "", "B"),
        ],
        [
            ("Read this story in the Blitz app – it's free!", "", "", "B"),
        ],
        [
            ("OPEN", "", "", "B"),
        ],
        [
            ("NEWS › CRIME", "", "", "B"),
        ],
        [
            ("EXCLUSIVE", "", "", "B"),
        ],
        [
            ("MUM: ‘THEY SHOT MY BOY OVER R50!’", "Shireen Davids-Maart", "MUM:", "W"),
        ],
        [
            (
                "Tafelsig teen, 19, gunned down outside spaza shop as cops arrest neighbour",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Lulama Ntshona-Barry | 2h ago", "", "", "B"),
        ],
        [
            ("⏱ 3 min read", "", "", "B"),
        ],
        [
            (
                "Shireen Davids-Maart holds a photo of her son Tyrone at the family's home in Tafelsig.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Image: Ashwin Claasen-Pretorius/Blitz", "", "", "B"),
        ],
        [
            (
                "A HEARTBROKEN Mitchells Plain mum says her son was shot dead because he owed a neighbour R50.",
                "Shireen Davids-Maart",
                "says",
                "W",
            ),
        ],
        [
            (
                "Tyrone Davids, 19, was shot three times outside a spaza shop in Tafelsig at about 9.30pm on Saturday, police confirmed.",
                "police",
                "confirmed",
                "W",
            ),
            (
                "It was the 11th murder in Tafelsig this year, according to community policing forum figures.",
                "community policing forum figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "His mum, Shireen Davids-Maart, 46, told the Blitz she heard the shots from her kitchen.",
                "Shireen Davids-Maart",
                "told the Blitz",
                "",
            ),
            ("“I knew.", "Shireen Davids-Maart", "sobbed", ""),
            ("A mother knows,” she sobbed.", "Shireen Davids-Maart", "sobbed", ""),
            (
                "“By the time I got there he wasn't breathing, and people were just standing there looking.”",
                "Shireen Davids-Maart",
                "sobbed",
                "",
            ),
        ],
        [
            (
                "She said Tyrone had borrowed R50 from the neighbour in December to buy airtime and had paid back R20.",
                "Shireen Davids-Maart",
                "said",
                "",
            ),
            ("“For R30 they took my child?” she asked.", "Shireen Davids-Maart", "asked", ""),
        ],
        [
            (
                "Police spokesperson Capt. Nomvula Sithebe-Dlamini said a 24-year-old man was arrested in Beacon Valley on Sunday and charged with murder.",
                "Nomvula Sithebe-Dlamini",
                "said",
                "W",
            ),
            (
                "“The motive is still under investigation and we are not ruling anything out,” Sithebe-Dlamini said.",
                "Nomvula Sithebe-Dlamini",
                "said",
                "",
            ),
            (
                "She said the firearm had not been recovered.",
                "Nomvula Sithebe-Dlamini",
                "said",
                "W",
            ),
        ],
        [
            ("ALSO READ: Four shot dead in Hanover Park tavern attack", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("UPDATE – Tuesday, 3.15pm", "", "", "B"),
        ],
        [
            (
                "The suspect, Ricardo Plaatjies-Mentoor, appeared briefly in the Mitchells Plain Magistrate's Court on Tuesday and the case was postponed to 14 May for a formal bail application.",
                "",
                "",
                "W",
            ),
            (
                "National Prosecuting Authority spokesperson Adv. Zukisa Mpendu-Hallett confirmed the postponement and said the State would oppose bail.",
                "Zukisa Mpendu-Hallett",
                "confirmed",
                "W",
            ),
            ("Plaatjies-Mentoor did not plead.", "", "", "W"),
        ],
        [
            (
                "Outside court, about 40 residents held up placards reading “Justice for Tyrone” and “Our kids are not ATMs”.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Ward councillor Riaan Oosthuysen-Mkhize blasted the police response, saying residents had asked for a satellite police station in Tafelsig since 2022.",
                "Riaan Oosthuysen-Mkhize",
                "saying",
                "W",
            ),
            ("“Enough is enough!” he fumed.", "Riaan Oosthuysen-Mkhize", "fumed", ""),
            (
                "“How many more mothers must bury their children before Pretoria listens?” he asked.",
                "Riaan Oosthuysen-Mkhize",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Mitchells Plain police precinct recorded 47 murders between October and December, the third-highest number in the country, according to the latest quarterly crime statistics.",
                "the latest quarterly crime statistics",
                "according to",
                "W",
            ),
            (
                "Across the Western Cape, 1,214 people were murdered in the same quarter, 6.1% fewer than a year earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Davids-Maart said Tyrone had finished matric in November and wanted to become an electrician.",
                "Shireen Davids-Maart",
                "said",
                "",
            ),
            (
                "“He was saving for a suit for his cousin's wedding.",
                "Shireen Davids-Maart",
                "said",
                "",
            ),
            ("He never got to wear it.”", "Shireen Davids-Maart", "said", ""),
        ],
        [
            (
                "The family has started an online fundraiser to pay for the R18,000 funeral, which will be held in Tafelsig on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("📲 Follow Mzansi Blitz on WhatsApp for breaking news", "", "", "B"),
        ],
        [
            ("💬 63 Comments", "", "", "B"),
        ],
        [
            ("Thandeka_M  ·  2h", "", "", "B"),
        ],
        [
            ("Shame man 💔 rest in peace young man.", "", "", "B"),
        ],
        [
            ("CapeFlatsDad  ·  1h", "", "", "B"),
        ],
        [
            ("Where is the minister now???", "", "", "B"),
        ],
        [
            ("Load more comments", "", "", "B"),
        ],
        [
            ("TRENDING", "", "", "B"),
        ],
        [
            ("1. Taxi violence: Bellville rank closed after shooting", "", "", "B"),
        ],
        [
            ("2. WATCH | Cops chase hijacked bakkie through Khayelitsha", "", "", "B"),
        ],
        [
            ("Mzansi Blitz is published by Blitz Media (Pty) Ltd.", "", "", "B"),
            ("We subscribe to the Press Code of the Press Council of South Africa.", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ rtn.com.mt", "", "", "B"),
        ],
        [
            ("RTN NEWS", "", "", "B"),
        ],
        [
            ("Local › Weather", "", "", "B"),
        ],
        [
            ("Gregale brings 96 km/h gusts and Luqa's wettest January day since 2003", "", "", "W"),
        ],
        [
            (
                "Civil Protection answers 71 calls as roads flood in Msida, Birkirkara and Qormi",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tuesday, 12 January 2027 – 19:05", "", "", "B"),
        ],
        [
            ("Updated 21:47", "", "", "B"),
        ],
        [
            ("Reporter: Clarissa Vella-Mangion | Camera: Ġorġ Azzopardi-Fenech", "", "", "B"),
        ],
        [
            ("▶ Watch the report (2:41)", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("Water rushes down Triq il-Wied in Birkirkara on Tuesday afternoon.", "", "", ""),
        ],
        [
            ("Photo: RTN", "", "", "B"),
        ],
        [
            (
                "Gusts of up to 96 km/h battered Malta and Gozo on Tuesday as a gregale brought 47.8mm of rain to Luqa in 24 hours, the Meteorological Office at Malta International Airport said.",
                "the Meteorological Office at Malta International Airport",
                "said",
                "W",
            ),
            (
                "It was the wettest January day at Luqa since 2003, the Met Office said.",
                "the Meteorological Office at Malta International Airport",
                "said",
                "W",
            ),
        ],
        [
            ("The strongest gust was recorded at 3.20 p.m.", "", "", "W"),
            (
                "By then the sea at Marsaskala had broken over the promenade and closed the coast road.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Civil Protection Department answered 71 calls between noon and 9 p.m., most of them for flooded basements and garages in Msida, Birkirkara and Qormi, a department spokesperson said.",
                "a department spokesperson",
                "said",
                "W",
            ),
            (
                "Firefighters pulled two motorists from cars trapped in water on Triq il-Wied at about 4 p.m.",
                "",
                "",
                "W",
            ),
            ("Neither was hurt.", "", "", "W"),
        ],
        [
            (
                "Transport Malta suspended ferry crossings between Ċirkewwa and Mġarr from 2 p.m.",
                "",
                "",
                "W",
            ),
            (
                "It said crossings would resume “as soon as the sea allows”.",
                "Transport Malta",
                "said",
                "",
            ),
            (
                "At least 14 flights were diverted to Catania and Palermo, according to the airport's arrivals board.",
                "the airport's arrivals board",
                "according to",
                "W",
            ),
        ],
        [
            ("The roof of a warehouse in Marsa partly collapsed at about 5.15 p.m.", "", "", "W"),
            ("The building belongs to Ħamrun Freight Holdings p.l.c.", "", "", "W"),
            ("Nobody was inside, the police said.", "the police", "said", "W"),
        ],
        [
            (
                "A yellow warning for gale-force winds remains in force until 6 a.m. on Wednesday.",
                "",
                "",
                "W",
            ),
            (
                "The Met Office expects the wind to ease to force 5 by Wednesday afternoon.",
                "the Meteorological Office at Malta International Airport",
                "expects",
                "",
            ),
        ],
        [
            (
                "In Msida, Rita Bonnici-Spiteri said the water in her stationery shop reached her knees within ten minutes.",
                "Rita Bonnici-Spiteri",
                "said",
                "",
            ),
            (
                "“Kull sena l-istess storja (Every year, the same story),” she said.",
                "Rita Bonnici-Spiteri",
                "said",
                "",
            ),
            (
                "“We clean, we throw away the stock and we wait for the next one.”",
                "Rita Bonnici-Spiteri",
                "said",
                "",
            ),
            (
                "Bonnici-Spiteri said she had lost about €2,000 worth of exercise books and printer paper.",
                "Rita Bonnici-Spiteri",
                "said",
                "",
            ),
        ],
        [
            (
                "Infrastructure Minister Clive Cassar-Trigona said work on a €38 million storm-water tunnel under Msida would start in March and take 30 months.",
                "Clive Cassar-Trigona",
                "said",
                "W",
            ),
            (
                "The Opposition's infrastructure spokesman, Dr Kurt Galea-Pisani, said the same tunnel had been announced in three budgets since 2021.",
                "Kurt Galea-Pisani",
                "said",
                "W",
            ),
        ],
        [
            (
                "Perit Marthese Zammit-Lia, a civil engineer who has studied the Msida catchment, said the valley's culverts were built in the 1980s for about half the run-off they now carry.",
                "Marthese Zammit-Lia",
                "said",
                "W",
            ),
            (
                "“We paved the valley and now we are surprised that the water comes down it,” she said.",
                "Marthese Zammit-Lia",
                "said",
                "",
            ),
        ],
        [
            ("Is Malta getting wetter?", "", "", ""),
        ],
        [
            (
                "Malta's average annual rainfall is about 550mm, according to the Met Office.",
                "the Meteorological Office at Malta International Airport",
                "according to",
                "W",
            ),
            (
                "(A gregale is a strong north-easterly wind that blows mostly between October and March.)",
                "",
                "",
                "W",
            ),
            (
                "Prof. Ivan Grech-Sultana, a climatologist at the University of Malta, said a single storm could not be blamed on climate change without a formal attribution study.",
                "Ivan Grech-Sultana",
                "said",
                "",
            ),
            (
                "He said the number of days with more than 30mm of rain at Luqa had doubled since the 1990s.",
                "Ivan Grech-Sultana",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Civil Protection Department advised people to stay away from valleys and the shoreline and not to drive through flooded roads.",
                "The Civil Protection Department",
                "advised",
                "",
            ),
            ("In an emergency, call 112.", "", "", ""),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Gozo schools to stay closed on Wednesday", "", "", "B"),
        ],
        [
            ("Power cut hits 3,000 homes in the south", "", "", "B"),
        ],
        [
            ("Tags: weather, gregale, Msida, Civil Protection", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
        [
            ("© 2027 Nazzjonali Broadcasting Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "3/12/27, 8:41 AM\tCouncil sells 412 serviced erven in Mondesa – Erongo Coast Weekly",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ERONGO COAST WEEKLY", "", "", "B"),
        ],
        [
            ("Swakopmund · Walvis Bay · Henties Bay · Arandis", "", "", "B"),
        ],
        [
            ("News | Housing", "", "", "B"),
        ],
        [
            ("Council sells 412 serviced erven in Mondesa at N$185 a square metre", "", "", "W"),
        ],
        [
            (
                "Backyard tenants' forum says even the cheapest plot is out of reach for a family earning N$5,000 a month",
                "the Erongo Backyard Tenants Forum",
                "says",
                "",
            ),
        ],
        [
            ("By Selma Nangolo-Kruger", "", "", "B"),
        ],
        [
            ("Thursday, 11 March 2027", "", "", "B"),
        ],
        [
            (
                "Plots marked out in Mondesa Extension 12, north of the DRC informal settlement.",
                "",
                "",
                "",
            ),
            ("Photo: Selma Nangolo-Kruger", "", "", "B"),
        ],
        [
            (
                "SWAKOPMUND – The Swakopmund municipal council on Tuesday approved the sale of 412 serviced erven in Mondesa Ext. 12 at N$185 per square metre, about a third of the price of comparable private plots in the town.",
                "",
                "",
                "W",
            ),
            (
                "The erven measure between 300 and 375 square metres, which puts the cheapest at N$55,500 before transfer costs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council resolved that 60% of the plots go to applicants earning less than N$10,000 a month, according to the minutes of Tuesday's meeting.",
                "the minutes of Tuesday's meeting",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The municipality's housing waiting list stood at 9,604 households at the end of February, its chief executive, Alfeus Hamukwaya-Brandt, told the Weekly.",
                "Alfeus Hamukwaya-Brandt",
                "told the Weekly",
                "W",
            ),
            (
                "“We cannot build our way out of a list of 9,600 families with 400 plots, but every plot is a family out of a backyard,” he said.",
                "Alfeus Hamukwaya-Brandt",
                "said",
                "",
            ),
            (
                "He said the plots would be allocated by public ballot on 17 April at the Mondesa Youth Centre.",
                "Alfeus Hamukwaya-Brandt",
                "said",
                "W",
            ),
        ],
        [
            (
                "Applicants must have been on the waiting list since at least 2019 and may not own other property in Namibia.",
                "",
                "",
                "W",
            ),
            (
                "The council's last sale of serviced land in Mondesa, 186 erven in Ext. 9 in 2024, drew 5,300 applications, according to the municipality.",
                "the municipality",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Buyers pay a 10% deposit and the balance within 12 months, i.e. about N$4,160 a month for the cheapest plot.",
                "",
                "",
                "W",
            ),
            (
                "The price includes water, sewerage and electricity connections, but not the title deed, transfer duty, conveyancing, etc.",
                "",
                "",
                "W",
            ),
            (
                "Those add about N$7,800, according to the municipality's property division.",
                "the municipality's property division",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ndapewa Shikongo-Mouton, who chairs the Erongo Backyard Tenants Forum, said most of the forum's 1,300 members earned between N$3,000 and N$6,000 a month.",
                "Ndapewa Shikongo-Mouton",
                "said",
                "W",
            ),
            (
                "“A family earning N$5,000 cannot get a loan for N$55,000, so who are these plots for?” she asked.",
                "Ndapewa Shikongo-Mouton",
                "asked",
                "",
            ),
            (
                "She said the forum wanted the council to let buyers pay over five years.",
                "Ndapewa Shikongo-Mouton",
                "said",
                "",
            ),
        ],
        [
            (
                "https://erongocoastweekly.com.na/news/council-sells-412-serviced-erven\t1/2",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "3/12/27, 8:41 AM\tCouncil sells 412 serviced erven in Mondesa – Erongo Coast Weekly",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Hilde !Khoa-Eises, 38, a fish-factory worker, has rented a corrugated-iron room in a Mondesa backyard for N$1,200 a month since 2014.",
                "",
                "",
                "",
            ),
            (
                "!Khoa-Eises said she first applied for a council plot in 2016.",
                "Hilde !Khoa-Eises",
                "said",
                "",
            ),
            (
                "“I have been on the list so long that my daughter is on it now too,” she said.",
                "Hilde !Khoa-Eises",
                "said",
                "",
            ),
        ],
        [
            (
                "A private developer, Kuiseb Heights Developments (Pty) Ltd., sells 300-square-metre plots in Matutura for N$165,000.",
                "",
                "",
                "W",
            ),
            (
                "Its managing director, Jurgen Eiseb-Hoffmann, said private developers could not compete with subsidised council land and called the sale “a giveaway that every ratepayer funds”.",
                "Jurgen Eiseb-Hoffmann",
                "said",
                "",
            ),
        ],
        [
            (
                "Mayor Cllr. Dawid Uirab-Mentz said servicing the plots had cost N$31.7 million, of which N$24 million came from the Ministry of Urban and Rural Development.",
                "Dawid Uirab-Mentz",
                "said",
                "W",
            ),
            (
                "“The ratepayer paid for the pipes, not for the plot,” he said.",
                "Dawid Uirab-Mentz",
                "said",
                "",
            ),
        ],
        [
            (
                "Outside the municipal offices on Wednesday, about 200 people queued to check whether their names were on the list.",
                "",
                "",
                "",
            ),
        ],
        [
            ("What happens to those who miss out?", "", "", ""),
        ],
        [
            (
                "Unsuccessful applicants keep their place on the waiting list, the municipality said.",
                "the municipality",
                "said",
                "W",
            ),
            (
                "Transfer into the buyer's name takes about six months after the final payment, it said.",
                "the municipality",
                "said",
                "W",
            ),
            ("A second phase of about 380 erven is planned in Mondesa Ext. 13.", "", "", ""),
            ("Servicing there has not started.", "", "", "W"),
        ],
        [
            ("Have a housing story?", "", "", "B"),
            ("WhatsApp the newsroom on 081 555 0192.", "", "", "B"),
        ],
        [
            ("© 2027 Coastline Community Newspapers (Pty) Ltd.", "", "", "B"),
        ],
        [
            (
                "https://erongocoastweekly.com.na/news/council-sells-412-serviced-erven\t2/2",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("MARINA BUSINESS JOURNAL", "", "", "B"),
        ],
        [
            (
                "NGX ASI 103,418.27 ▲0.61%  |  USD/NGN 1,508.25  |  Brent $81.40 ▼0.3%  |  MPR 26.75%",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home | Markets | Economy | Companies | Energy | Banking | Tech | Opinion | ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Companies › Manufacturing", "", "", "B"),
        ],
        [
            ("Ogbomoso Cement H1 profit jumps 41% to ₦78.6bn on higher prices", "", "", "W"),
        ],
        [
            (
                "Volumes fall 9% as builders cut back, company says",
                "Ogbomoso Cement Plc",
                "says",
                "W",
            ),
        ],
        [
            ("Chinedu Adeyemi-Okafor", "", "", "B"),
        ],
        [
            ("July 29, 2027 | 6:15 am", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | LinkedIn | WhatsApp", "", "", "B"),
        ],
        [
            ("A truck is loaded with bags of cement at a depot in Ibadan.", "", "", ""),
        ],
        [
            ("Photo: MBJ archive", "", "", "B"),
        ],
        [
            (
                "Ogbomoso Cement Plc reported a 41% rise in half-year profit after tax to ₦78.6 billion on Tuesday, as higher prices more than made up for a 9% fall in the volume of cement it sold.",
                "Ogbomoso Cement Plc",
                "reported",
                "W",
            ),
        ],
        [
            (
                "Revenue rose 29% to ₦412.3 billion in the six months to June 30, the company said in a filing with the Nigerian Exchange Ltd.",
                "the company",
                "said in a filing with the Nigerian Exchange Ltd.",
                "W",
            ),
            ("Its shares closed 3.2% higher at ₦612.40 on Wednesday.", "", "", "W"),
            (
                "The company operates three plants in Oyo and Ogun states with a combined capacity of 11.5 million tonnes a year.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("HALF-YEAR RESULTS AT A GLANCE", "", "", "B"),
        ],
        [
            ("₦bn | H1 2027 | H1 2026 | Change", "", "", "B"),
        ],
        [
            ("Revenue | 412.3 | 319.6 | +29%", "", "", ""),
        ],
        [
            ("Cost of sales | 241.9 | 203.1 | +19%", "", "", ""),
        ],
        [
            ("Profit after tax | 78.6 | 55.7 | +41%", "", "", ""),
        ],
        [
            ("Volumes (m tonnes) | 4.31 | 4.74 | -9%", "", "", ""),
        ],
        [
            ("Source: company filing", "", "", "B"),
        ],
        [
            (
                "Managing Director Engr. Babatunde Olayiwola-Hassan said in a statement accompanying the results that the average ex-factory price of a 50kg bag rose from ₦7,900 in January to ₦9,650 in June, largely because of the cost of gas and of diesel for its trucks.",
                "Babatunde Olayiwola-Hassan",
                "said in a statement accompanying the results",
                "W",
            ),
            (
                "“Nobody in this company is happy to see a bag of cement at this price,” he said.",
                "Babatunde Olayiwola-Hassan",
                "said",
                "",
            ),
            (
                "“But we cannot sell below what it costs us to make it.”",
                "Babatunde Olayiwola-Hassan",
                "said",
                "",
            ),
        ],
        [
            (
                "Finance costs were ₦18.2bn vs. ₦9.7bn a year earlier, after the company issued ₦150bn of commercial paper in February.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Analysts at Lekki Bridge Securities Ltd. said the profit was about 6% ahead of their forecast.",
                "Analysts at Lekki Bridge Securities Ltd.",
                "said",
                "W",
            ),
            (
                "They kept a “hold” rating on the stock, citing weak demand from housing developers.",
                "Analysts at Lekki Bridge Securities Ltd.",
                "citing",
                "",
            ),
        ],
        [
            (
                "Dealers in Lagos said a bag was selling for between ₦10,200 and ₦10,800 on Monday.",
                "Dealers in Lagos",
                "said",
                "W",
            ),
            (
                "Alhaji Musa Danladi-Ekpo, who chairs the Ketu Building Materials Dealers Association, said his members' sales had fallen by about half since January.",
                "Musa Danladi-Ekpo",
                "said",
                "W",
            ),
            (
                "“People are building one room at a time now,” he said.",
                "Musa Danladi-Ekpo",
                "said",
                "",
            ),
        ],
        [
            (
                "The board declared an interim dividend of ₦12.50 per share, payable on Sept. 3 to shareholders on the register as of Aug. 14.",
                "",
                "",
                "W",
            ),
            (
                "The company expects full-year volumes to be “flat to slightly down”.",
                "The company",
                "expects",
                "",
            ),
        ],
        [
            (
                "Nigeria's headline inflation eased to 21.4% in June from 22.1% in May, the National Bureau of Statistics said this month.",
                "the National Bureau of Statistics",
                "said",
                "W",
            ),
            (
                "The Central Bank of Nigeria held its monetary policy rate at 26.75% in July.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What does it mean for builders?", "", "", ""),
        ],
        [
            (
                "Mrs. Kemi Adesanya-Udo, a property developer in Abuja, said she had put two estates on hold.",
                "Kemi Adesanya-Udo",
                "said",
                "",
            ),
            (
                "“At ₦10,000 a bag, the sums for a two-bedroom flat simply don't work,” she said.",
                "Kemi Adesanya-Udo",
                "said",
                "",
            ),
        ],
        [
            ("ALSO READ", "", "", "B"),
        ],
        [
            ("Naira firms to ₦1,508 as CBN sells dollars to BDCs", "", "", "B"),
        ],
        [
            ("Flour millers raise bread prices 15% on wheat costs", "", "", "B"),
        ],
        [
            ("Subscribe to the MBJ Morning Brief", "", "", "B"),
        ],
        [
            ("Get the day's markets and company news in your inbox before 7am.", "", "", "B"),
        ],
        [
            ("Enter your email   SUBSCRIBE", "", "", "B"),
        ],
        [
            ("© 2027 Marina Business Journal Ltd.", "", "", "B"),
        ],
        [
            ("About | Advertise | Contact | Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("straitsfreightreview.com.my", "", "", "B"),
        ],
        [
            ("Port Klang yard use hits 94% as vessel waits stretch to three days", "", "", "W"),
        ],
        [
            ("Nurul Aziz-Lingam", "", "", "B"),
        ],
        [
            ("6–7 minutes", "", "", "B"),
        ],
        [
            ("Container trucks queue at a terminal gate in Pulau Indah.", "", "", ""),
        ],
        [
            ("Photo: SFR", "", "", "B"),
        ],
        [
            (
                "Yard utilisation at Port Klang's container terminals reached 94% in the week to Sunday, the highest since weekly figures were first published in 2021, according to the Port Klang Authority.",
                "the Port Klang Authority",
                "according to",
                "W",
            ),
            (
                "Container ships waited an average of 71 hours for a berth, up from 19 hours in April, it said.",
                "the Port Klang Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The authority's general manager, Datuk Capt. Mohd Hairul Anuar bin Zulkeply, said about a third of the extra calls were by vessels that their lines had moved to Port Klang to recover lost schedule time.",
                "Mohd Hairul Anuar bin Zulkeply",
                "said",
                "W",
            ),
            (
                "“Nobody planned for this volume in the middle of the year,” he said.",
                "Mohd Hairul Anuar bin Zulkeply",
                "said",
                "",
            ),
            (
                "“We expect it to clear in two to three weeks.”",
                "Mohd Hairul Anuar bin Zulkeply",
                "said",
                "",
            ),
            (
                "He said the authority had opened an overflow yard with 4,000 TEU slots at Pulau Indah on July 15.",
                "Mohd Hairul Anuar bin Zulkeply",
                "said",
                "W",
            ),
        ],
        [
            (
                "Port Klang handled 1.21 million TEUs in June, 8.3% more than a year earlier, the authority said.",
                "the authority",
                "said",
                "W",
            ),
            (
                "(A TEU, or twenty-foot equivalent unit, is the industry's standard measure of container capacity.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Association of Klang Valley Container Hauliers said its members' trucks were waiting an average of 5.5 hours at terminal gates, against about 90 minutes in normal times.",
                "the Association of Klang Valley Container Hauliers",
                "said",
                "W",
            ),
            (
                "It said hauliers would add a congestion surcharge of RM150 per container from Aug. 1.",
                "the Association of Klang Valley Container Hauliers",
                "said",
                "W",
            ),
            (
                "“Drivers are sleeping in their cabs at the gate,” said the association's president, Thinakaran a/l Vellasamy.",
                "Thinakaran a/l Vellasamy",
                "said",
                "",
            ),
            (
                "He said Meru Jaya Logistics Sdn Bhd, the association's largest member, had parked 40 of its 310 prime movers for lack of drivers.",
                "Thinakaran a/l Vellasamy",
                "said",
                "W",
            ),
        ],
        [
            (
                "Azman bin Che Mat, 47, who drives for a Klang haulier, said he managed two trips a day last week instead of his usual five.",
                "Azman bin Che Mat",
                "said",
                "",
            ),
            ("“You sit, you sleep, you sit again,” he said.", "Azman bin Che Mat", "said", ""),
        ],
        [
            (
                "Three freight forwarders told SFR they had already passed a surcharge on to shippers, among them Bukit Raja Freight Services Sdn. Bhd.",
                "Three freight forwarders",
                "told SFR",
                "W",
            ),
            (
                "The company is charging an extra RM210 per 40-foot box, its managing director said.",
                "its managing director",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesman for the Malaysian unit of a European carrier said it had omitted Port Klang from two sailings in July.",
                "A spokesman for the Malaysian unit of a European carrier",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Transport said it had approved 24-hour gate operations at two terminals from July 22, e.g. for empty-container returns and export deliveries.",
                "The Ministry of Transport",
                "said",
                "W",
            ),
            (
                "It said a task force would look at longer-term measures.",
                "The Ministry of Transport",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the terminals' published tariffs, import boxes left in the yard more than five days after discharge pay storage of RM45 a day.",
                "",
                "",
                "W",
            ),
            (
                "Importers said some boxes had sat for ten days because hauliers could not get a gate slot.",
                "Importers",
                "said",
                "W",
            ),
            (
                "Chong Mei Ling, who runs a furniture exporter in Shah Alam, said two of her shipments to Rotterdam had missed their vessels this month.",
                "Chong Mei Ling",
                "said",
                "",
            ),
            (
                "“The buyer does not care about the queue; he cares that the sofa is late,” she said.",
                "Chong Mei Ling",
                "said",
                "",
            ),
        ],
        [
            (
                "Ir. Lim Wei Sheng, a port planning consultant with Selat Maritime Advisory Sdn Bhd, said terminal productivity typically falls once a yard is more than 85% full.",
                "Lim Wei Sheng",
                "said",
                "W",
            ),
            ("“At 94%, you are moving boxes to find boxes,” he said.", "Lim Wei Sheng", "said", ""),
            (
                "He said crane moves per hour at the port had dropped from about 32 to 26 since May, according to figures shared with customers by one terminal.",
                "Lim Wei Sheng",
                "said",
                "W",
            ),
        ],
        [
            ("When will it ease?", "", "", ""),
        ],
        [
            (
                "Shipping lines expect volumes to stay high until the end of the peak season in October.",
                "Shipping lines",
                "expect",
                "",
            ),
            ("The authority publishes its next weekly figures on Monday.", "", "", "W"),
        ],
        [
            ("Related: Penang dwell times ease as transhipment volumes fall", "", "", "B"),
        ],
        [
            (
                "This article first appeared in the August 2027 print edition of Straits Freight Review.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Topics: Ports, Haulage, Malaysia", "", "", "B"),
        ],
    ],
    [
        [
            ("MEGHNA NEWS AGENCY", "", "", "B"),
        ],
        [
            ("Home | Bangladesh | Business | Environment | World | Sports | Photos", "", "", "B"),
        ],
        [
            ("Environment", "", "", "B"),
        ],
        [
            (
                "UPDATE 1-Dhaka air 'very unhealthy' for ninth day as DoE shuts 57 brick kilns",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Nusrat Jahan Mollick", "", "", "B"),
        ],
        [
            ("Published: 19 Jan 2027, 16:42 BST | Updated: 19 Jan 2027, 18:05 BST", "", "", "B"),
        ],
        [
            (
                "(Adds mobile court fines in paragraph 3, health directorate figures in paragraph 7)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "DHAKA, Jan 19 (MNA) - Air quality in Dhaka was rated “very unhealthy” for a ninth straight day on Tuesday, with the average concentration of fine particles, known as PM2.5, reaching 287 micrograms per cubic metre, the Department of Environment said.",
                "the Department of Environment",
                "said",
                "W",
            ),
        ],
        [
            (
                "That is more than 19 times the 24-hour limit recommended by the World Health Organization.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The department's mobile courts shut 57 brick kilns operating without licences in Savar, Keraniganj and Gazipur on Monday and Tuesday and fined their owners Tk 1.84 crore in all, Md. Rafiqul Islam Talukder, a DoE director, told MNA.",
                "Md. Rafiqul Islam Talukder",
                "told MNA",
                "W",
            ),
        ],
        [
            (
                "He said 1,296 of the country's roughly 7,800 brick kilns still used fixed-chimney technology that has been banned since 2019.",
                "Md. Rafiqul Islam Talukder",
                "said",
                "W",
            ),
            (
                "He said the owners of 11 of the kilns shut this week had been fined before, in 2025.",
                "Md. Rafiqul Islam Talukder",
                "said",
                "W",
            ),
            (
                "“We will continue the drives until every illegal kiln is closed,” he said.",
                "Md. Rafiqul Islam Talukder",
                "said",
                "",
            ),
            (
                "Talukder said the department had the staff to run no more than six mobile courts a day.",
                "Md. Rafiqul Islam Talukder",
                "said",
                "W",
            ),
            (
                "Under the law, a new kiln may not be built within one kilometre of a residential area, school or hospital.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Brick kilns accounted for about 58% of Dhaka's fine-particle pollution in the dry season, according to a 2025 source-apportionment study by the Dhaka Clean Air Research Centre.",
                "a 2025 source-apportionment study by the Dhaka Clean Air Research Centre",
                "according to",
                "W",
            ),
            (
                "Vehicle exhaust, construction dust and the burning of waste made up most of the rest, the study found.",
                "the study",
                "found",
                "W",
            ),
            (
                "Dhaka's average PM2.5 concentration in December and January has exceeded 150 micrograms per cubic metre in each of the last five years, DoE data show.",
                "DoE data",
                "show",
                "W",
            ),
        ],
        [
            (
                "Wind speeds over the capital averaged 4 km per hour on Tuesday, too low to disperse pollutants, the Bangladesh Meteorological Department said.",
                "the Bangladesh Meteorological Department",
                "said",
                "W",
            ),
            (
                "It said no rain was expected before Jan 28.",
                "the Bangladesh Meteorological Department",
                "said",
                "",
            ),
        ],
        [
            (
                "The Directorate General of Health Services said hospitals in Dhaka had treated 41,260 patients for respiratory illnesses in the first 18 days of January, 23% more than in the same period last year.",
                "the Directorate General of Health Services",
                "said",
                "W",
            ),
            (
                "It advised older people and children to wear masks outdoors and to avoid early-morning walks.",
                "the Directorate General of Health Services",
                "advised",
                "",
            ),
            (
                "The Directorate of Secondary and Higher Education ordered schools in Dhaka to cancel outdoor assemblies until Jan 31.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Prof. Dr. Kazi Nazmul Haque Bhuiyan, an environmental scientist at Jahangirnagar University, said closing kilns for a few days did little good.",
                "Kazi Nazmul Haque Bhuiyan",
                "said",
                "",
            ),
            (
                "Of 212 kilns shut around Dhaka in January 2026, at least 140 were operating again by March, according to satellite images analysed by his team.",
                "satellite images analysed by his team",
                "according to",
                "W",
            ),
            (
                "“They pay the fine, they wait for the magistrate to leave and they light the fire again,” he said.",
                "Kazi Nazmul Haque Bhuiyan",
                "said",
                "",
            ),
        ],
        [
            (
                "One of the kilns shut in Savar supplied bricks to a housing project of Turag Riverside Developers Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The company did not respond to a request for comment.",
                "The company",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "A kiln owner in Keraniganj, who asked not to be named because his kiln was among those shut, said he employed 180 workers from northern districts who would now go unpaid.",
                "A kiln owner in Keraniganj",
                "said",
                "",
            ),
            ("“Who will pay them?” he asked.", "A kiln owner in Keraniganj", "asked", ""),
        ],
        [
            (
                "The Dhaka North City Corporation said it was spraying water on 42 km of roads twice a day.",
                "the Dhaka North City Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rickshaw puller Md. Abdul Karim Sheikh, 52, said he had been coughing since December.",
                "Md. Abdul Karim Sheikh",
                "said",
                "",
            ),
            (
                "“What can I do, stop pulling the rickshaw?” he asked.",
                "Md. Abdul Karim Sheikh",
                "asked",
                "",
            ),
        ],
        [
            (
                "(Reporting by Nusrat Jahan Mollick; additional reporting by Arifur Rahman Sikder in Savar; Editing by Tanvir Hossain Babu)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("($1 = 121.40 taka)", "", "", "B"),
        ],
        [
            ("MNA/NJM/TB/1805", "", "", "B"),
        ],
        [
            ("© 2027 Meghna News Agency.", "", "", "B"),
            ("Subscribers may reproduce this story with credit to MNA.", "", "", "B"),
        ],
    ],
    [
        [
            ("LankaPulse", "", "", "B"),
        ],
        [
            (
                "Supreme Court orders Rs. 1.5m compensation for three-wheeler driver beaten in police custody",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Lanka Daybreak · 3 hours ago", "", "", "B"),
        ],
        [
            ("Quick summary (auto-generated)", "", "", "B"),
        ],
        [
            (
                "• The Supreme Court found that officers at the Kadawatha police station violated the fundamental rights of a three-wheeler driver detained in 2023.",
                "The Supreme Court",
                "found",
                "W",
            ),
        ],
        [
            (
                "• The State and two officers must pay Rs. 1.5 million in compensation within three months.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• The driver's lawyer called the ruling “a message to every police station”.",
                "Ruwan Senevirathne-Perera",
                "called",
                "",
            ),
        ],
        [
            (
                "The Supreme Court on Monday ordered the State and two police officers to pay Rs. 1.5 million in compensation to a three-wheeler driver who, it found, was assaulted at the Kadawatha police station in March 2023.",
                "The Supreme Court",
                "found",
                "W",
            ),
        ],
        [
            (
                "A three-judge bench held that the rights of the petitioner, W. A. Chaminda Prasanna Wickramasinghe, 41, under Articles 11 and 13(1) of the Constitution had been violated.",
                "A three-judge bench",
                "held",
                "W",
            ),
        ],
        [
            (
                "Gunatilleke-Fernando J. wrote the judgment, with Samarakoon J. and Jayasundara-Ratwatte J. agreeing.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Wickramasinghe was arrested on March 14, 2023 on suspicion of receiving a stolen motorcycle and was produced before the Mahara Magistrate two days later.",
                "",
                "",
                "W",
            ),
            ("He was released on bail and the charge was later withdrawn.", "", "", "W"),
        ],
        [
            (
                "In an affidavit, Wickramasinghe told the court he had been struck on the back and arms with a wooden pole in a room behind the station's reserve counter.",
                "W. A. Chaminda Prasanna Wickramasinghe",
                "told the court",
                "W",
            ),
            (
                "He said he had been held for two nights without being told why.",
                "W. A. Chaminda Prasanna Wickramasinghe",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The petitioner was taken into custody in good health and was produced before the learned Magistrate with a fractured left wrist and contusions on his back,” the judgment said.",
                "the judgment",
                "said",
                "W",
            ),
            (
                "“No explanation for those injuries consistent with lawful conduct has been placed before this Court.”",
                "the judgment",
                "said",
                "W",
            ),
            (
                "A Judicial Medical Officer's report dated March 17, 2023 recorded a fracture of the left radius, the judgment noted.",
                "the judgment",
                "noted",
                "W",
            ),
        ],
        [
            (
                "The Deputy Solicitor General, appearing for the Attorney General, had argued that Wickramasinghe was injured when he fell while trying to escape.",
                "The Deputy Solicitor General",
                "had argued",
                "",
            ),
            (
                "The court rejected that account, noting that no escape attempt was recorded in the station's information book.",
                "The court",
                "noting",
                "W",
            ),
        ],
        [
            (
                "It ordered a sub-inspector and a sergeant to pay Rs. 250,000 each from their personal funds, and the State to pay Rs. 1 million.",
                "",
                "",
                "W",
            ),
            (
                "It also directed the Inspector General of Police to report to the court within six months on any disciplinary action taken against the two officers.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Counsel for the petitioner, Ruwan Senevirathne-Perera, PC, told Lanka Daybreak the ruling was “a message to every police station in the country”.",
                "Ruwan Senevirathne-Perera",
                "told Lanka Daybreak",
                "",
            ),
            (
                "“My client still cannot grip the handlebar of his three-wheeler properly,” he said.",
                "Ruwan Senevirathne-Perera",
                "said",
                "",
            ),
            (
                "“Who pays for the two years he could not work?”",
                "Ruwan Senevirathne-Perera",
                "said",
                "",
            ),
            (
                "The two officers have since been transferred to other stations, Senevirathne-Perera said.",
                "Ruwan Senevirathne-Perera",
                "said",
                "W",
            ),
            (
                "Wickramasinghe, who was in court for the judgment, declined to speak to reporters.",
                "W. A. Chaminda Prasanna Wickramasinghe",
                "declined to speak to reporters",
                "",
            ),
        ],
        [
            (
                "Police Media Spokesman SSP Kasun Ratnayake-Silva said the police would study the judgment before commenting.",
                "Kasun Ratnayake-Silva",
                "said",
                "",
            ),
        ],
        [
            (
                "The Supreme Court has awarded compensation in at least 38 fundamental rights cases involving police custody since 2020, according to a tally by the Colombo-based Centre for Custodial Justice.",
                "a tally by the Colombo-based Centre for Custodial Justice",
                "according to",
                "W",
            ),
            (
                "Its director, Dilani Weerasooriya-Kent, said only four of those cases had led to an officer being dismissed.",
                "Dilani Weerasooriya-Kent",
                "said",
                "W",
            ),
        ],
        [
            ("SC (FR) Application No. 214/2023", "", "", "B"),
        ],
        [
            ("Sponsored · LankaFin", "", "", "B"),
        ],
        [
            ("Compare fixed-deposit rates from 14 banks in one place", "", "", "B"),
        ],
        [
            ("Read the full story on Lanka Daybreak", "", "", "B"),
        ],
        [
            ("https://lankapulse.app/s/8fK2qL", "", "", "B"),
        ],
        [
            ("More on this story (2)", "", "", "B"),
        ],
        [
            (
                "Lanka Evening Star · Court orders payout to driver beaten at Kadawatha station",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ceylon Morning Post · “Cannot grip the handlebar”: lawyer on custody ruling",
                "",
                "",
                "B",
            ),
        ],
        [
            ("— Shared from LankaPulse, Sri Lanka's news in one place.", "", "", "B"),
            ("Get the app free: lankapulse.app", "", "", "B"),
        ],
    ],
    [
        [
            ("From: MoH Communications <mohcomms@gov.bw>", "", "", "B"),
        ],
        [
            ("Sent: Monday, 8 February 2027 10:14", "", "", "B"),
        ],
        [
            ("To: newsdesk@maunmirror.co.bw", "", "", "B"),
        ],
        [
            ("Subject: PRESS RELEASE: Malaria cases in Ngamiland and Okavango", "", "", "B"),
        ],
        [
            (
                "[EXTERNAL EMAIL] Do not click links or open attachments unless you recognise the sender.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("REPUBLIC OF BOTSWANA", "", "", "B"),
        ],
        [
            ("MINISTRY OF HEALTH", "", "", "B"),
        ],
        [
            ("PRESS RELEASE", "", "", "B"),
        ],
        [
            ("FOR IMMEDIATE RELEASE", "", "", "B"),
        ],
        [
            (
                "MALARIA CASES RISE TO 214 IN NGAMILAND AND OKAVANGO; INDOOR SPRAYING TO START ON 15 FEBRUARY",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Health wishes to inform the public that 214 confirmed cases of malaria, including three deaths, have been recorded in the Ngamiland and Okavango health districts since 1 January 2027.",
                "The Ministry of Health",
                "wishes to inform the public",
                "W",
            ),
            ("This compares with 61 cases in the same period in 2026.", "", "", "W"),
            (
                "Of the three deaths, two were children under five and one was a pregnant woman, all from the Okavango district.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Most of the cases have been recorded in Shakawe, Gumare, Seronga and Maun, and 38 patients have been admitted to Letsholathebe II Memorial Hospital in Maun.",
                "",
                "",
                "W",
            ),
            (
                "The increase follows above-average rainfall in December and January, which has left standing water in which mosquitoes breed.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Indoor residual spraying will start in the two districts on Monday, 15 February 2027, and will cover an estimated 41,000 households over six weeks.",
                "",
                "",
                "W",
            ),
            (
                "A further 96,000 long-lasting insecticidal nets will be distributed through health posts from 1 March 2027.",
                "",
                "",
                "W",
            ),
            (
                "Households whose walls have been sprayed are asked not to plaster or paint them for six months.",
                "",
                "",
                "",
            ),
            (
                "The spraying programme is budgeted at P18.6 million, including P4.2 million for insecticide.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Minister of Health, Hon. Dr. Kagiso Pheto-Ramotswe, will visit Maun and Shakawe on 11 and 12 February.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Permanent Secretary, Dr. Lorato Sebego-Mmolai, said: “Malaria is preventable and treatable, and no one in Botswana should die of it.",
                "Lorato Sebego-Mmolai",
                "said",
                "",
            ),
            (
                "We ask every household to open its doors to the spray teams.”",
                "Lorato Sebego-Mmolai",
                "said",
                "",
            ),
            (
                "She said the Ministry had deployed 24 additional nurses and 12 environmental health officers to the two districts.",
                "Lorato Sebego-Mmolai",
                "said",
                "W",
            ),
        ],
        [
            (
                "Members of the public are advised to sleep under treated nets, to wear long sleeves in the evening and to seek testing at the nearest health facility within 24 hours of developing a fever.",
                "",
                "",
                "",
            ),
            (
                "Testing and treatment for malaria are free at all public health facilities.",
                "",
                "",
                "W",
            ),
            (
                "Every confirmed case must be reported through the national malaria surveillance system within 24 hours of diagnosis.",
                "",
                "",
                "W",
            ),
            (
                "Employers in the two districts are requested to release staff who develop a fever so that they can be tested.",
                "",
                "",
                "",
            ),
            (
                "Travellers to the Okavango Delta, Chobe and the Tuli Block are urged to take the same precautions, i.e. nets, repellent and long sleeves.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The Ministry also wishes to remind the public that the toll-free health line, 0800 600 740, is staffed from 7:30 a.m. to 9:00 p.m.",
                "The Ministry",
                "wishes to remind the public",
                "W",
            ),
            ("Calls are free from all networks.", "", "", "W"),
        ],
        [
            (
                "The Ministry thanks the dikgosi, village development committees and community volunteers of Ngamiland and Okavango for their support.",
                "",
                "",
                "",
            ),
        ],
        [
            ("ENDS", "", "", "B"),
        ],
        [
            (
                "Issued by: Public Relations Unit, Ministry of Health, Private Bag 00471, Gaborone",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tel.: (+267) 390 1478 | Email: mohcomms@gov.bw", "", "", "B"),
        ],
        [
            ("Notes to editors:", "", "", "B"),
        ],
        [
            (
                "1. Malaria is transmitted by the bite of infected female Anopheles mosquitoes.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("2. Botswana recorded 1,118 cases of malaria in 2025.", "", "", "B"),
        ],
        [
            ("Kind regards,", "", "", "B"),
        ],
        [
            ("Boitumelo Kgari-Phiri", "", "", "B"),
        ],
        [
            ("Senior Public Relations Officer", "", "", "B"),
        ],
        [
            (
                "This e-mail and any attachments are confidential and intended solely for the addressee.",
                "",
                "",
                "B",
            ),
            (
                "If you are not the intended recipient, please notify the sender and delete it.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Please consider the environment before printing this e-mail.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  The Calabash  🔍", "", "", "B"),
        ],
        [
            ("Support student journalism – donate today", "", "", "B"),
        ],
        [
            ("CAMPUS NEWS", "", "", "B"),
        ],
        [
            (
                "Fees for non-GATE students to rise 18% in September, Campus Council confirms",
                "the Campus Council",
                "confirms",
                "W",
            ),
        ],
        [
            (
                "Guild president says students were given eight weeks' notice",
                "Aaliyah Baptiste-Ramlogan",
                "says",
                "W",
            ),
        ],
        [
            ("By Keshawna Rampersad-Lewis, Staff Writer", "", "", "B"),
        ],
        [
            ("March 4, 2027", "", "", "B"),
        ],
        [
            ("Students queue outside the Bursary on Monday.", "", "", ""),
        ],
        [
            ("Photo: Darnell Mohammed-Joseph/The Calabash", "", "", "B"),
        ],
        [
            (
                "Tuition for undergraduates who do not qualify for GATE funding will rise 18% from the 2027/28 academic year, the Campus Council confirmed on Friday.",
                "the Campus Council",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "For most faculties, the annual fee will go from TT$23,880 to TT$28,180; for medical sciences, it will go from TT$72,400 to TT$85,430.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 3,900 of the campus's 16,700 students pay full fees, according to the Registry.",
                "the Registry",
                "according to",
                "W",
            ),
            (
                "Registration for 2027/28 opens on March 8, the Registry said.",
                "the Registry",
                "said",
                "W",
            ),
            (
                "The increase was approved at a Campus Council meeting on Feb. 26 by 14 votes to three, according to minutes seen by The Calabash.",
                "minutes seen by The Calabash",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Guild President Aaliyah Baptiste-Ramlogan said students were told of the increase by e-mail on Jan. 11, eight weeks before registration for the new year opens.",
                "Aaliyah Baptiste-Ramlogan",
                "said",
                "W",
            ),
            (
                "“Eight weeks is not enough time to find another TT$4,300,” she said.",
                "Aaliyah Baptiste-Ramlogan",
                "said",
                "",
            ),
            (
                "She said a Guild survey of 1,214 students in February found that 22% had skipped meals to pay for books or fees this semester.",
                "Aaliyah Baptiste-Ramlogan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Campus Registrar Dr. Marlon Achong-Seepersad said fees for non-GATE students had not risen since 2017, while the campus's costs had gone up by about 31% over the same period.",
                "Marlon Achong-Seepersad",
                "said",
                "W",
            ),
            (
                "“Nobody on Campus Council enjoyed this vote,” he said.",
                "Marlon Achong-Seepersad",
                "said",
                "",
            ),
            (
                "“We would rather raise fees than close programmes.”",
                "Marlon Achong-Seepersad",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ministry of Education said in a statement that GATE covers the full tuition of undergraduates from households earning less than TT$10,000 a month.",
                "The Ministry of Education",
                "said in a statement",
                "W",
            ),
        ],
        [
            ("Kerwin Ali-Bissoon, 23, is studying for his second degree, a B.Sc.", "", "", ""),
            ("GATE does not pay for a second undergraduate degree.", "", "", "W"),
            (
                "“I will finish, but I am working 25 hours a week at a call centre in Chaguanas to do it,” he said.",
                "Kerwin Ali-Bissoon",
                "said",
                "",
            ),
            (
                "Ph.D. candidate Shivani Maharaj-Nurse, who represents postgraduates on the Guild council, said postgraduate fees were not part of the increase.",
                "Shivani Maharaj-Nurse",
                "said",
                "W",
            ),
            (
                "She said many postgraduates were “one fee rise away” from leaving.",
                "Shivani Maharaj-Nurse",
                "said",
                "",
            ),
        ],
        [
            (
                "The increase also applies to medical students at the Eric Williams Medical Sciences Complex in Mt. Hope, who will pay the new rate from their second year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Several students said they had first heard of the increase from the Guild's Instagram page.",
                "Several students",
                "said",
                "",
            ),
        ],
        [
            (
                "About 150 students gathered outside the Principal's office on Tuesday, chanting “Education, not debt”.",
                "",
                "",
                "",
            ),
            (
                "A statement from the Principal's office said the Principal would meet Guild representatives on March 10 at 2 p.m.",
                "A statement from the Principal's office",
                "said",
                "W",
            ),
            (
                "Baptiste-Ramlogan said the Guild would ask for the increase to be phased in over three years.",
                "Aaliyah Baptiste-Ramlogan",
                "said",
                "",
            ),
            ("“Will they listen?”", "Aaliyah Baptiste-Ramlogan", "said", ""),
            ("“We'll find out on the 10th.”", "Aaliyah Baptiste-Ramlogan", "said", ""),
        ],
        [
            (
                "Correction: An earlier version of this article gave the new medical sciences fee as TT$84,530.",
                "",
                "",
                "B",
            ),
            ("It is TT$85,430.", "", "", "B"),
        ],
        [
            ("Share this: WhatsApp | Instagram | X | Copy link", "", "", "B"),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("SAC elections move online for the first time", "", "", "B"),
        ],
        [
            ("Library hours extended to midnight for exam season", "", "", "B"),
        ],
        [
            (
                "The Calabash is the independent student newspaper of The University of the West Indies, St. Augustine.",
                "",
                "",
                "B",
            ),
            ("Opinions expressed are those of the writers.", "", "", "B"),
        ],
        [
            ("Tags: fees, GATE, Guild", "", "", "B"),
        ],
        [
            ("Back to top ↑", "", "", "B"),
        ],
    ],
    [
        [
            ("kansaiartsmonthly.jp", "", "", "B"),
        ],
        [
            (
                "The puppets that learned English: a 1927 Osaka theatre sells out its first surtitled season",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bunraku needs three puppeteers for every puppet and decades to train them — can it also hold a tourist with a phone?",
                "",
                "",
                "",
            ),
        ],
        [
            ("Words by Hannah Okabe-Sørlie · Photographs by Ren Kitagawa", "", "", "B"),
        ],
        [
            ("12–15 minutes", "", "", "B"),
        ],
        [
            (
                "The puppet of Ohatsu, heroine of a love-suicide play first staged in 1703, rests between scenes backstage at the Dōtonbori Ningyō-za.",
                "",
                "",
                "W",
            ),
            ("Photograph: Ren Kitagawa", "", "", "B"),
        ],
        [
            (
                "At 6 p.m. on a Thursday in February, the queue outside the Dōtonbori Ningyō-za runs past a takoyaki stand and round the corner.",
                "",
                "",
                "",
            ),
            (
                "“I didn't expect to cry at a puppet,” says Élodie Marchetti-Vance, 29, a nurse from Lyon, who is back for a second time.",
                "Élodie Marchetti-Vance",
                "says",
                "",
            ),
        ],
        [
            (
                "The 340-seat theatre, built in 1927 as a cinema, has sold every seat for its first English-surtitled season, which runs until March 28.",
                "",
                "",
                "W",
            ),
            ("It has staged bunraku since 1958.", "", "", "W"),
            (
                "Of the 18,700 tickets, 41% were bought from outside Japan, against 6% for last spring's season, according to the theatre.",
                "the theatre",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“I have worked here for 30 years and I have never seen a queue on a Thursday,” says Michiko Tsuchiya-Hale, the theatre's general manager.",
                "Michiko Tsuchiya-Hale",
                "says",
                "",
            ),
            (
                "The surtitles, projected on two screens beside the stage, cost ¥14.2 million to install, she says, half of it paid by a grant from the Agency for Cultural Affairs.",
                "Michiko Tsuchiya-Hale",
                "says",
                "W",
            ),
        ],
        [
            (
                "In bunraku, each principal puppet is worked by three puppeteers: the omozukai moves the head and right arm, the hidarizukai the left arm and the ashizukai the feet.",
                "",
                "",
                "W",
            ),
            (
                "The form was inscribed on UNESCO's list of the Intangible Cultural Heritage of Humanity in 2008.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Ten years on the feet, ten on the left arm, and then maybe they let you hold a head,” says Ichirō Mukaiyama, 64, who joined the troupe as a teenager.",
                "Ichirō Mukaiyama",
                "says",
                "",
            ),
            ("He first held a head, he says, in 2004.", "Ichirō Mukaiyama", "says", "W"),
            ("Mukaiyama is less worried by the screens than some of his colleagues.", "", "", ""),
            (
                "“When I was young, half the audience was asleep by the second act,” he says.",
                "Ichirō Mukaiyama",
                "says",
                "",
            ),
            (
                "“Now they are reading, but at least they are awake.”",
                "Ichirō Mukaiyama",
                "says",
                "",
            ),
        ],
        [
            ("“My job is to get out of the way.”", "", "", "B"),
        ],
        [
            (
                "The surtitles were written by Clara Ashcombe-Mizuno, a translator in Kyoto, who cut every line to no more than 42 characters so that it can be read in the time the chanter takes to sing it.",
                "",
                "",
                "W",
            ),
            (
                "“The English can never be as beautiful as the gidayū,” she says.",
                "Clara Ashcombe-Mizuno",
                "says",
                "",
            ),
            ("“My job is to get out of the way.”", "Clara Ashcombe-Mizuno", "says", ""),
        ],
        [
            ("Not everyone approves.", "", "", ""),
            (
                "Gen'ichi Hōsei, a retired chanter who performed at the theatre for 41 years, says the screens pull the audience's eyes away from the puppets.",
                "Gen'ichi Hōsei",
                "says",
                "",
            ),
            (
                "“You came to watch the puppets, not to read a book!” he says.",
                "Gen'ichi Hōsei",
                "says",
                "",
            ),
        ],
        [
            (
                "The oldest head in the theatre's collection, a samurai carved c. 1740, is on display in the lobby.",
                "",
                "",
                "W",
            ),
            ("Tickets are sold through Namba Ticket Service Co., Ltd.", "", "", "W"),
            (
                "The firm charges a ¥550 booking fee on top of seat prices of ¥3,800 to ¥7,200.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Japan received 41.2 million foreign visitors in 2026, according to the Japan National Tourism Organization.",
                "the Japan National Tourism Organization",
                "according to",
                "W",
            ),
            (
                "Tsuchiya-Hale says many of them want “something older than the shrines they have already photographed”.",
                "Michiko Tsuchiya-Hale",
                "says",
                "",
            ),
        ],
        [
            ("Will the surtitles stay?", "", "", ""),
        ],
        [
            (
                "The theatre plans to keep them for two seasons a year, Tsuchiya-Hale says.",
                "Michiko Tsuchiya-Hale",
                "says",
                "",
            ),
            (
                "The next surtitled season opens on Oct. 3 with a 1748 play about 47 loyal retainers.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Hannah Okabe-Sørlie is a writer based in Kobe.", "", "", "B"),
            ("Her book on Japanese puppet theatre will be published next year.", "", "", "B"),
        ],
        [
            (
                "This story appears in the Spring 2027 issue of Kansai Arts Monthly (Vol. 14, No. 1).",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("From: The Boundary Line <kit@boundaryline.bm>", "", "", "B"),
        ],
        [
            ("Date: Monday, August 2, 2027 at 6:02 AM", "", "", "B"),
        ],
        [
            ("To: reader@example.bm", "", "", "B"),
        ],
        [
            ("Subject: 🏏 Cup Match: how St. George's did it", "", "", "B"),
        ],
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("THE BOUNDARY LINE", "", "", "B"),
        ],
        [
            ("Bermuda sport, every Monday · Issue No. 214", "", "", "B"),
        ],
        [
            ("Morning, all.", "", "", ""),
            ("What a weekend.", "", "", ""),
        ],
        [
            ("THE BIG ONE", "", "", "B"),
        ],
        [
            (
                "St. George's won Cup Match by 64 runs at Wellington Oval on Friday, and the cup goes back east for the first time in four years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cup Match is played over two days, Thursday and Friday, and both are public holidays in Bermuda.",
                "",
                "",
                "W",
            ),
            (
                "Batting first on Thursday, St. George's made 271 all out in 74.2 overs.",
                "",
                "",
                "W",
            ),
            (
                "Somerset were bowled out for 207 on Friday with just under two hours of play left.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("SCORECARD", "", "", "B"),
        ],
        [
            (
                "St. George's 271 (74.2 overs): D. Outerbridge-Smith 88, K. Tucker-Darrell 54; J. Burgess-Wade 4-61",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Somerset 207 (61.5 overs): T. Simons-Caines 71, R. Minors-Bean 33; L. Furbert-Cann 5-38",
                "",
                "",
                "",
            ),
        ],
        [
            ("Player of the match: Lamont Furbert-Cann (St. George's)", "", "", ""),
        ],
        [
            (
                "St. George's captain Devaughn Outerbridge-Smith told me on Saturday that the plan had been simple: bat long and let Lamont bowl.",
                "Devaughn Outerbridge-Smith",
                "told me",
                "",
            ),
            (
                "“We said, ‘Give us 250 and we'll bowl them out,’ and the boys believed it,” he said.",
                "Devaughn Outerbridge-Smith",
                "said",
                "",
            ),
        ],
        [
            (
                "Furbert-Cann's 5-38 were the best figures by a St. George's bowler in Cup Match since 2011, according to the Bermuda Cricket Board's records.",
                "the Bermuda Cricket Board's records",
                "according to",
                "W",
            ),
            (
                "The board put Friday's crowd at 9,200, a record for Wellington Oval.",
                "The board",
                "put",
                "W",
            ),
        ],
        [
            ("Somerset's captain, Tre'Von Simons-Caines, was gracious.", "", "", ""),
            ("“They outbowled us,” he said.", "Tre'Von Simons-Caines", "said", ""),
            ("“Simple as that.”", "Tre'Von Simons-Caines", "said", ""),
        ],
        [
            ("Two things decided it.", "", "", ""),
            (
                "Somerset dropped three catches on Thursday morning, two of them off Burgess-Wade.",
                "",
                "",
                "W",
            ),
            ("And Furbert-Cann, at 37, bowled like a man of 25.", "", "", ""),
        ],
        [
            (
                "I counted four sound systems, two marching bands and one very brave man in a Somerset shirt on the St. George's side.",
                "",
                "",
                "",
            ),
        ],
        [
            ("QUICK SINGLES", "", "", "B"),
        ],
        [
            (
                "Football: Flatts Rovers open their Premier Division season against Sandys Harbour FC at the National Sports Centre on Sept. 12 at 3 p.m.",
                "",
                "",
                "W",
            ),
            ("Tickets are BD$10 at the gate.", "", "", "W"),
        ],
        [
            (
                "Sailing: Twelve boats finished the Great Sound Regatta on Sunday; Antoinette Dill-Paynter's Kiskadee won the keelboat class in 2 hours 41 minutes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Running: Registration for the Clearwater 5K in St. David's closes on Aug. 20.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ON THE CALENDAR", "", "", "B"),
        ],
        [
            ("Sat., Aug. 7 – Women's T20 final, National Sports Centre, 1 p.m.", "", "", "W"),
        ],
        [
            ("Sun., Aug. 15 – Harbour Mile swim, from Admiralty House Park, 7 a.m.", "", "", "W"),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            (
                "This week's Boundary Line is brought to you by Hamilton Harbour Insurance Ltd.",
                "",
                "",
                "B",
            ),
            ("Cover for boats, cars and homes since 1962.", "", "", "B"),
        ],
        [
            ("That's it from me.", "", "", ""),
            ("See you next Monday.", "", "", ""),
        ],
        [
            ("— Kit", "", "", "B"),
        ],
        [
            (
                "P.S. If you have photos from the Oval, hit reply and send them over; I'll run the best ones next week.",
                "",
                "",
                "",
            ),
        ],
        [
            ("You're receiving this because you subscribed at boundaryline.bm.", "", "", "B"),
        ],
        [
            ("Unsubscribe | Update preferences | Forward to a friend", "", "", "B"),
        ],
        [
            ("The Boundary Line, 12 Reid Street, Hamilton HM 11, Bermuda", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h104-nz-pm-ends",
        "The division bell rang at 11.02 p.m. Labour members left the chamber before the result was read.",
        [
            "The division bell rang at 11.02 p.m.",
            "Labour members left the chamber before the result was read.",
        ],
    ),
    (
        "h104-nz-no-2-bill",
        "The Fair Rates Amendment Bill (No. 2) had its first reading on Tuesday. It now goes to the Governance and Administration Committee.",
        [
            "The Fair Rates Amendment Bill (No. 2) had its first reading on Tuesday.",
            "It now goes to the Governance and Administration Committee.",
        ],
    ),
    (
        "h104-nz-semicolon-vote",
        "National and ACT voted for it; Labour and the Greens voted against. NZ First abstained.",
        [
            "National and ACT voted for it; Labour and the Greens voted against.",
            "NZ First abstained.",
        ],
    ),
    (
        "h104-za-capt-mid",
        "Police spokesperson Capt. Thabo Mokoena-Ruiters said two men were arrested in Lentegeur. They will appear in court on Monday.",
        [
            "Police spokesperson Capt. Thabo Mokoena-Ruiters said two men were arrested in Lentegeur.",
            "They will appear in court on Monday.",
        ],
    ),
    (
        "h104-za-pty-ltd-ends",
        "The tavern is owned by Klipfontein Leisure (Pty) Ltd. Its liquor licence was suspended in March.",
        [
            "The tavern is owned by Klipfontein Leisure (Pty) Ltd.",
            "Its liquor licence was suspended in March.",
        ],
    ),
    (
        "h104-za-question-asked",
        "“Who will bring my child back?” she asked. The family buried him on Saturday.",
        ["“Who will bring my child back?” she asked.", "The family buried him on Saturday."],
    ),
    (
        "h104-mt-plc-ends",
        "The flooded store belongs to Paola Retail Holdings p.l.c. Staff were sent home at noon.",
        [
            "The flooded store belongs to Paola Retail Holdings p.l.c.",
            "Staff were sent home at noon.",
        ],
    ),
    (
        "h104-mt-kmh-pm",
        "Gusts reached 88 km/h at Luqa at 4.10 p.m. The last ferry from Mġarr was cancelled.",
        ["Gusts reached 88 km/h at Luqa at 4.10 p.m.", "The last ferry from Mġarr was cancelled."],
    ),
    (
        "h104-mt-parenthesis-sentence",
        "Schools in Gozo will open two hours late. (Transport Malta said buses would run from 9 a.m.) Parents should check the ministry's website.",
        [
            "Schools in Gozo will open two hours late.",
            "(Transport Malta said buses would run from 9 a.m.)",
            "Parents should check the ministry's website.",
        ],
    ),
    (
        "h104-na-ext-mid",
        "The 210 erven in Mondesa Ext. 14 will be sold by ballot. Applicants must already be on the waiting list.",
        [
            "The 210 erven in Mondesa Ext. 14 will be sold by ballot.",
            "Applicants must already be on the waiting list.",
        ],
    ),
    (
        "h104-na-click-name",
        "She first applied in 2015. !Gaeses-Mouton said she is still waiting for a letter.",
        ["She first applied in 2015.", "!Gaeses-Mouton said she is still waiting for a letter."],
    ),
    (
        "h104-na-etc-ends",
        "The price covers water, sewer, power, etc. Title deeds cost extra.",
        ["The price covers water, sewer, power, etc.", "Title deeds cost extra."],
    ),
    (
        "h104-ng-plc-ends",
        "The plant is run by a unit of Oyo Lime Holdings Plc. Its shares rose 2% on Tuesday.",
        ["The plant is run by a unit of Oyo Lime Holdings Plc.", "Its shares rose 2% on Tuesday."],
    ),
    (
        "h104-ng-vs-mid",
        "Finance costs were ₦11.4bn vs. ₦6.2bn a year earlier. Revenue rose 22%.",
        ["Finance costs were ₦11.4bn vs. ₦6.2bn a year earlier.", "Revenue rose 22%."],
    ),
    (
        "h104-ng-engr-alhaji",
        "Engr. Tunde Ajibade-Nwosu met Alhaji Sani Garba-Effiong in Kano on Friday. They agreed a price of ₦9,800 a bag.",
        [
            "Engr. Tunde Ajibade-Nwosu met Alhaji Sani Garba-Effiong in Kano on Friday.",
            "They agreed a price of ₦9,800 a bag.",
        ],
    ),
    (
        "h104-my-sdn-bhd-ends",
        "The trucks are leased from Sentosa Haulage Sdn. Bhd. The firm has 120 drivers.",
        ["The trucks are leased from Sentosa Haulage Sdn. Bhd.", "The firm has 120 drivers."],
    ),
    (
        "h104-my-a-l-name",
        "Haulier Murugan a/l Subramaniam said the wait was seven hours. He runs 14 trucks out of Klang.",
        [
            "Haulier Murugan a/l Subramaniam said the wait was seven hours.",
            "He runs 14 trucks out of Klang.",
        ],
    ),
    (
        "h104-my-datuk-capt",
        "Datuk Capt. Ahmad Faizal bin Omar chaired the meeting. No decision was taken on the surcharge.",
        [
            "Datuk Capt. Ahmad Faizal bin Omar chaired the meeting.",
            "No decision was taken on the surcharge.",
        ],
    ),
    (
        "h104-bd-dateline-md",
        "CHATTOGRAM, Feb 3 (MNA) - Md. Harunur Rashid Bepari, a DoE inspector, said 14 kilns were shut. Their owners were fined Tk 9 lakh.",
        [
            "CHATTOGRAM, Feb 3 (MNA) - Md. Harunur Rashid Bepari, a DoE inspector, said 14 kilns were shut.",
            "Their owners were fined Tk 9 lakh.",
        ],
    ),
    (
        "h104-bd-ltd-ends",
        "The bricks went to a project of Ashulia Green Homes Ltd. The company did not respond to a request for comment.",
        [
            "The bricks went to a project of Ashulia Green Homes Ltd.",
            "The company did not respond to a request for comment.",
        ],
    ),
    (
        "h104-lk-judges-j",
        "Wijeratne-Dias J. wrote the judgment, with Silva-Gooneratne J. agreeing. The petitioner was awarded Rs. 400,000.",
        [
            "Wijeratne-Dias J. wrote the judgment, with Silva-Gooneratne J. agreeing.",
            "The petitioner was awarded Rs. 400,000.",
        ],
    ),
    (
        "h104-lk-application-no",
        "The case, SC (FR) Application No. 88/2024, was argued in May. The State must pay Rs. 1 million.",
        [
            "The case, SC (FR) Application No. 88/2024, was argued in May.",
            "The State must pay Rs. 1 million.",
        ],
    ),
    (
        "h104-bw-pm-ends",
        "The health line is open from 7:30 a.m. to 9:00 p.m. Calls are free from all networks.",
        [
            "The health line is open from 7:30 a.m. to 9:00 p.m.",
            "Calls are free from all networks.",
        ],
    ),
    (
        "h104-bw-hon-dr-mid",
        "The Minister, Hon. Dr. Neo Kelesitse-Modise, will visit Kasane on Friday. Spraying starts there on Monday.",
        [
            "The Minister, Hon. Dr. Neo Kelesitse-Modise, will visit Kasane on Friday.",
            "Spraying starts there on Monday.",
        ],
    ),
    (
        "h104-tt-bsc-ends",
        "He is studying for a second degree, a B.Sc. GATE does not pay for second degrees.",
        ["He is studying for a second degree, a B.Sc.", "GATE does not pay for second degrees."],
    ),
    (
        "h104-tt-phd-start",
        "Postgraduate fees are unchanged. Ph.D. students pay TT$31,000 a year.",
        ["Postgraduate fees are unchanged.", "Ph.D. students pay TT$31,000 a year."],
    ),
    (
        "h104-jp-c-date-mid",
        "The oldest head, carved c. 1760, is kept in the lobby. Visitors may not photograph it.",
        [
            "The oldest head, carved c. 1760, is kept in the lobby.",
            "Visitors may not photograph it.",
        ],
    ),
    (
        "h104-jp-co-ltd-ends",
        "Seats are sold by Umeda Ticket Co., Ltd. The booking fee is ¥440.",
        ["Seats are sold by Umeda Ticket Co., Ltd.", "The booking fee is ¥440."],
    ),
    (
        "h104-bm-ps-start",
        "See you next Monday. P.S. Send your photos from the Oval by Friday.",
        ["See you next Monday.", "P.S. Send your photos from the Oval by Friday."],
    ),
    (
        "h104-bm-sat-aug",
        "Sat., Aug. 14 – the T20 final starts at 1 p.m. at the National Sports Centre. Entry is free.",
        [
            "Sat., Aug. 14 – the T20 final starts at 1 p.m. at the National Sports Centre.",
            "Entry is free.",
        ],
    ),
]
