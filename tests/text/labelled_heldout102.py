"""Hundred-and-second held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-eight):
twelve WHOLE pages in twelve GENRES from twelve countries, head to tail as a reader's paste gives
them, each with its own site's furniture, where all four hints matter equally: FURNITURE,
ATTRIBUTION and SPEAKERS, CHECK-WORTHINESS and SENTENCE ENDS. None of the countries of
`labelled_new159.py` or `labelled_new160.py` comes back (nor any part of the United Kingdom). The
pages, all desktop browser pastes: a Kenyan daily's LIVE BLOG of budget day (a Sh4.29 trillion
budget, betting excise up to 20%); a United States wire service's WIRE STORY WITH A WRITETHRU NOTE
AND CREDITS (an ammonia train derails in western Iowa, about 1,900 evacuated); an Irish regional
paper's Q&A INTERVIEW with an (invented) wind-port chief; an Australian regional paper's OP-ED WITH
READERS' COMMENTS (an irrigator against more Murray-Darling water buybacks); a Canadian mining news
site's REPUBLISHED PRESS RELEASE (a lithium explorer's preliminary economic assessment); an Indian
daily's SCIENCE STORY ON A STUDY (salt-pan workers in the Little Rann of Kutch lose kidney function
in one season); a Ghanaian sports site's MATCH REPORT WITH SCORES (invented clubs, 2-1, line-ups and
a table); a Philippine broadsheet's OBITUARY WITH A FACT FILE (a former Court of Appeals justice);
a Pakistani daily's EXPLAINER WITH QUESTION SUBHEADS AND A TABLE (the new household electricity
tariff); a Zimbabwean site's FACT CHECK WITH A RATING BOX (a deputy minister's load-shedding
claim, rated misleading); a Tanzanian business daily's RESULTS STORY WITH A TICKER (a listed cement
maker's half-year profit up 23.4%); and a Fijian daily's LOCAL CRIME STORY (three men charged over
an armed robbery at a Nausori supermarket).

What is hard, hint by hint. FURNITURE: each genre brings lines of its own, all "B" line by line
whatever they say: a live blog's "LIVE", "Pinned", "Key points" and "Key event" labels, entry time
stamps and entry bylines, the embedded post's signature line and "Load more updates"; a wire
story's writethru note, "___" rule, contributor credit, correction note and follow line; an
interview's "edited for length and clarity" line; an op-ed's author bio and views disclaimer, and
the comment section's count, moderation notice, name lines, ages, "Reply · n likes · Report" and
"Replying to ..." lines; a republished release's paid-release notice, "News provided by", issuer
and wire date lines, "HIGHLIGHTS", the PEA cautionary statement, "Qualified Person" and its
statement, "About ..." and the company description, forward-looking statements, the exchange
disclaimer, "SOURCE ..." and the contact line; a journal reference; "MATCH FACTS" and "TABLE"
labels and a header row; "FACT FILE"; a table title, header and source line and a print line
("Published in ..."); a rating box title, a non-question section label ("Conclusion") and a rating
legend; a markets ticker, a one-line stock data widget, a delay notice and an investment
disclaimer. ATTRIBUTION: names in full as first given with titles and roles dropped across twelve
countries' forms of address ("Treasury Cabinet Secretary Hon.", "Prof.", "Minority Leader",
"Council of Governors chairman", "Sheriff", "Gov.", "Sen.", "Chief", "Dr.", "Harbour coach",
"Atty.", "Retired Justice", "Federal Minister for Energy", "Deputy Minister of ... Cde", "Utility
spokesperson Eng.", "Managing director Dr.", "Police spokeswoman Insp. Adi", "Resident Magistrate
Ratu", "Police prosecutor Sgt", "Mr"); parts of names kept ("Jr.", "Ma.", a middle initial "V.",
"Said" as a middle name in "Halima Said Kombo"); pronouns, surnames and role nouns resolved ("the
CS said", "Ebbesen said", "The minister has said", "Kombo said", "She said"); generic nouns kept
as written ("the railroad", "the board", "the company", "the authors", "the researchers", "the
paper", "the filing", "Police" and "police"); short forms resolved ("Loess Hills declined to
comment" -> "the Loess Hills Railway Co.", "according to Bellcourt" -> "Bellcourt Mining
Consultants Inc.", "Pangani said" -> "Pangani Cement Company Plc", "It did not reply" -> "the
Ministry of Energy and Power Development"); documents with their own verbs ("A 2019 study by
Charles Sturt University economists found", "The International Monetary Fund's staff report on
Pakistan, published in May, listed", "The ministry's own press statement of 20 April said", "A
survey of 1,120 households by the Harare Residents' Power Watch, a volunteer group, found");
interview prefixes as cues ("Gráinne Mac Suibhne:", then "GMS:"); an interviewer's turn that cites
a source; an embedded post ("posted on X"); comments with an empty cue; and acts with no verb of
saying that carry nobody (a tear-gas volley, a remand, a dividend declared, a claim compiled by the
fact-checker itself, the columnist's and the release's own narrative). CHECK-WORTHINESS: budget
figures, allocations and deadlines against revenue projections and a deficit forecast; evacuation
zones, readings, closures and a usual practice against a senator's plan and an evacuee's anecdote;
costs, grants, depths and dates in an interview against quips, forecasts and a rhetorical "Would I
...?"; an op-ed's school rolls, a closed pharmacy and cited studies against its argument and its
rhetorical "No."; a release's study results and a webinar against "targeted" production and plans;
a study's measurements, limits and a rule against advice and anecdote; a match's goals, records,
fines and fixtures against coaches' feelings and the data lines of the line-ups and the table; an
obituary's career and funeral arrangements against tributes, a request and the data lines of its
fact file; an explainer's rules, worked example and cited report against its teaser, signposts and
table rows; a fact check's claim, schedules, survey and findings against its verdict; results,
dividend dates, a causal claim and a valuation against guidance, a broker's rating and a plan; a
court's record against mitigation and an appeal. SENTENCE ENDS: abbreviations that END a sentence
before a capital ("5.38 p.m." / "The House ...", "in the U.S." / "It can burn ...", "Tarbert, Co.
Kerry." / "Why did you ...", "planners, etc." / "Applications ...", "Val-d'Or, Que." / "The PEA
...", "Gaudreau-Simms, P.Eng." / "The process design ...", "11:00 a.m. ET." / "Registration ...",
"1.73 m²." / "That is per year ...", "Badu Jnr." / "The goal ...", "Teachers Village, Q.C." / "He
died ...", "Sept. 30." / "Payment ...", "Kigamboni Securities Ltd." / "The broker ...", "Kings Rd."
/ "Police said ...", "Ltd." / "All rights reserved.", "DAC." / "Registered in Ireland, No.
612448.", "Inc." / "All rights reserved."); a one-word "No." answering a question, twice ("GMS:
No." / "They costed ...", "Did the towns?" / "No." / "Coleambally ..."); and abbreviations that do
not end one ("Hon.", "Prof.", "Dr.", "Gov.", "Sen.", "Insp.", "Fr.", "Atty.", "Eng.", "Ma.", "Sta."
three times, "St. Ignatius", "U.P." five times, "S.J.,", "Jr.," and "Jnr." before lower case, "Co. said",
"Co. Clare is", "Moneypoint, Co. Clare, which", "Corp. (TSX-V", "Inc. under", "Inc. gave",
"P.Geo.,", "Ph.D., P.Eng., of", "Neb.,", "R-Iowa,", "1.15 p.m. to", "11:40 p.m., the", "8 a.m.
Thursday,", "9.40 p.m. and", "4 a.m. on", "2 a.m. because", "9 a.m. on", "9:00 a.m. ET on", "Kings
Rd. at", "Kings Rd., Nausori,", "Maginhawa St.,", "Fig. 2", "Rs. 350", "Rs. 200 to Rs. 1,000",
"S.R.O. 1207(I)/2027", "S.I. 88 of 2026,", "s. 311", "i.e." three times, "m² of",
"71' pen.)", "A.B.", "No. 612448"); currencies and figures ("Sh4.29 trillion", "€1.1bn", "C$612
million", "US$1,450", "GH¢5,000", "Rs3.41", "TSh48.6 billion", "TSh312.40", "$4,820.50", "1,340
MW", "p < 0.001"); quotes ending in "?" with their attribution against a "?" followed by a new
sentence ("Who ships that stuff right past a school?” she said." after a first sentence; "Did I
think we would win it?" / "Honestly, at 65 minutes, no,” he told reporters."; "Would I put 2,500
on a billboard again?" / "Probably not."); a nested question ending "?’" before a capital ("“She
asked me, ‘Uncle, will they come back?’" / "What could I tell her?” he said."); an ellipsis before
a capital ("want to hear…" / "But I would rather ..."); semicolons kept whole (a live-blog scene,
the Foynes answer, highlights, the schedules, line-ups, the fact file's career line, a standfirst);
a journal reference kept whole across "et al." and its title's full stop; a score line, line-ups
and table rows kept whole.

The pages hold 548 sentences: 199 "B", 190 "W" and 159 ""; 165 sentences carry a speaker (83
distinct speakers, page by page; 83 distinct labels). `STYLES` describes each page, its story, its
furniture and its labels in order; `HELDOUT_CASES` holds 30 split cases written fresh in the
manner of the pages (not copied from them).

Written from scratch for issue 13 in round fifty-eight, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the
module docstrings, `STYLES`, the shape of `ARTICLES` and `CASES`, the first page and the first
three cases of `labelled_new159.py` and `labelled_new160.py`. Coined names were checked for
freshness against the string constants of those two files, through `ast`: three outlet words, four
parts of compound surnames and a saint's name that hit were replaced; only common given names
("Daniel", "Charles" of a real university) and generic words still hit.

Every person, outlet, wire, publisher, firm, broker, club, alliance, lobby, think tank, residents'
group, fact-checking project, fund, journal, statement, study, survey, ruling, record and figure
is invented, and so are the clubs and the small places made up for them. Real countries, cities,
towns, suburbs, counties, rivers, roads, grounds, courts, parliaments, ministries, regulators,
agencies, universities, programmes and other public bodies appear only as settings, with invented
statements and figures: Nairobi, the National Assembly, Parliament Road, Treasury, the Kenya
Revenue Authority, the Council of Governors and the University of Nairobi; Missouri Valley, Modale,
Council Bluffs, Sioux City, Harrison County, Des Moines, Omaha, Interstate 29, the Environmental
Protection Agency, the National Transportation Safety Board, the Federal Railroad Administration,
the Iowa National Guard, the Iowa Department of Transportation, the Senate Commerce Committee, the
Red Cross and the Missouri Valley Community School District; Limerick, the Dock Road, Foynes, Moneypoint, Tarbert,
Clare, Kerry, Cork, Killybegs, Kerry County Council, University College Cork and the EU's
Connecting Europe Facility; Coleambally, Leeton, Wagga, Goolwa, Darlington Point, the Murray, the
Murray-Darling Basin, Canberra, Charles Sturt University, the Murray-Darling Basin Authority and
Coleambally Central School; Val-d'Or, Abitibi, Quebec, the TSX Venture Exchange, OTCQB,
Hydro-Québec and National Instrument 43-101; Ahmedabad, Rajkot, Chennai, Kharaghoda, the Little
Rann of Kutch, Gujarat's Heat Action Plan and labour department and the Salt Commissioner's office;
Accra Sports Stadium, Tema, Nkawkaw, Kasoa, Sunyani, Bechem, Koforidua, the Ghana Premier League
and the Ghana Football Association; Manila, Quezon City, Diliman, Sta. Mesa Heights, Sta. Cruz,
Laguna de Bay, Binangonan, Maginhawa Street, Teachers Village, Marikina, the Loyola Memorial Park,
the Court of Appeals, the Supreme Court, the Office of the Solicitor General, the University of the
Philippines and the Laguna Lake Development Authority; Islamabad, Lahore, the Power Division, the
National Electric Power Regulatory Authority, the International Monetary Fund and the Lahore and
Sindh High Courts; Harare, Borrowdale, Mount Pleasant, Mabvuku, Tafara, Epworth, Hwange Power
Station, the Senate, Hansard and the Ministry of Energy and Power Development; Dar es Salaam, Tanga,
Kilwa Masoko, the Dar es Salaam Stock Exchange and the Bank of Tanzania; Nausori, Kings Road,
Davuilevu, Kasavu, Baulevu, Nakasi, Valelevu, Suva, the Nausori Magistrates Court, the High Court,
the Crimes Act 2009, the Legal Aid Commission, the Nausori Police Station, the Eastern Division, the
Nausori Town Council and Crime Stoppers.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, ticker, crumb, byline, date line,
share strip, caption, credit, table row, list item and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says, never with a speaker; a caption by its content
and its credit "B"; tables pasted as lines with a "B" title, header row and source line and ""
data rows; headlines and standfirsts never split and flagged by content, their "says" or "finds"
carrying the source as the story gives it; a dateline belongs to its lead sentence; a person is
named in full as first given, without titles or roles, and a pronoun, surname or role noun
resolves to that name; a quote over several sentences carries its speaker and cue in each;
"according to X" gives X as written; a generic noun for a body or a document is kept as written; a
short form resolves to the name as first given; a descriptor before a name and a bracketed acronym
are dropped; a channel after the verb is part of the cue ("said in a statement", "said in a
notification", "said in a filing").

Conventions this set had to settle, in the same spirit:

* Live blog: the "Key points" bullets are the blog's own summary, flagged by content with no
  speaker unless they use a verb ("Treasury expects"); each entry's headline is flagged by content
  and carries a "says" source like any headline. An embedded social post: the entry's intro line
  ending ":" and each sentence of the post carry the poster with the cue "posted on X"; the embed's
  signature line ("— Name (@handle) date") is "B".
* Wire story: the writethru note ("This story has been updated to add ...") and the correction note
  ("This story has been corrected to show ...") are editors' notes, "B" like the contributor
  credit, though they state facts.
* Q&A with a full-name prefix and then initials: each answer sentence carries the interviewee with
  the prefix as written on that turn as cue ("Gráinne Mac Suibhne:" on the first turn, "GMS:"
  after); an interviewer's statement of an act with no source ("Kerry County Council voted ...")
  is "W" with no speaker, one that cites a source carries it.
* Op-ed: the columnist's own sentences carry no speaker (her byline names her, as a reporter's
  does) and are flagged by content: her farming years are an anecdote (""), the school roll she
  cites is "W". Reader comments under a name line with no reporting verb carry the commenter as the
  name line gives it (a handle kept as written) with an EMPTY cue, since the page gives none, and
  are flagged by content; the name line, age, reply/like/report strip and "Replying to ..." are "B".
* Republished press release: its legal and investor blocks (cautionary statement, qualified-person
  statement, "About ..." description, forward-looking statements, exchange disclaimer, SOURCE and
  contacts) are "B" as a release's boilerplate; its own narrative, like a reporter's, carries no
  speaker unless it uses a verb of saying ("is pleased to announce", "according to Bellcourt");
  highlight bullets are flagged by content (model results of a published study "W", a production
  target ""). A professional suffix ("P.Eng.") ends a sentence before a capital; "Chief" before a
  First Nation chief's name is a title and is dropped.
* Science story: "the paper reports", "the authors write", "the authors note", "the authors
  recommend" and "the researchers found" keep the generic noun as written; the headline's "study
  finds" carries the study as the lead gives it.
* Match report: "Jnr." is part of the name and ends a sentence only before a capital; a score line
  with scorers, minutes and "pen.)" is one data sentence "".
* Obituary fact file: "FACT FILE" is "B"; its name line and "Born:", "Died:", "Education:",
  "Career:", "Known for:" and "Survived by:" lines are data rows "", like a table's, though the same
  facts are "W" in the body. "Ma." (an abbreviated given name) and a middle initial stay in names;
  funeral arrangements are scheduled events ("W"); the family's request is "".
* Explainer: the paper's own worked example is "W" with no speaker; its signpost ("Here is what
  has changed ...") and question subheads are "".
* Fact check: the rating box's title is "B"; the "CLAIM:" line is the claim itself, "W", carrying
  the claimant and his cue; "VERDICT: MISLEADING" and "We rate the claim misleading." are the
  outlet's judgment, "" with no speaker; the outlet's own compiled findings are "W" with no speaker;
  a non-question section label ("Conclusion") is "B" like "MATCH FACTS"; a rating legend is "B".
* Results story: the markets ticker and the stock data widget are "B" page furniture; a broker's
  rating and target price are "" (a recommendation), the valuation it cites "W".
* Crime story: the Fijian chiefly titles "Ratu" and "Adi" are dropped with "Insp.", "Sgt" and
  "Resident Magistrate", as "Datuk" was; a lead word in capitals ("THREE men ...") is left as
  pasted.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Kenyan DAILY\'S LIVE BLOG (Nairobi), desktop browser paste, BUDGET DAY: the Treasury tables a Sh4.29 trillion budget and raises excise on betting to 20%. Head: masthead, a "|" menu, crumb, a "LIVE" label (all "B"); headline of record "W"; standfirst "CS says the deficit will narrow ..." (a forecast, "", carrying the Cabinet Secretary in full as the page first names her); a collective byline, an updated line with "5:51pm", a share line (all "B"). Pinned block: "Pinned" and "Key points" labels "B"; bullet lines in the blog\'s own voice with no speaker, "Hon." mid-sentence and "3.27pm" ("W"), the budget total and the excise rise ("W"), "Treasury expects" a deficit ("", "Treasury" as written). Entries, newest first, each with a time stamp and an entry byline ("B") and a "Key event" label on one ("B"): "Statement ends ..." ("W") with "at 5.38 p.m." ENDING a sentence before "The House adjourned ..." (both "W") and a scene with a semicolon (""); the betting excise with a date "W", its revenue projection "" and her quote "told the House" (""); a lobby named after a descriptor ("The industry lobby, ..." dropped, ""); an opposition entry headline (""), an intro line ending ":" "posted on X" and the embedded post\'s two sentences (all "", the same speaker and cue) with the embed\'s signature line "B"; the levy "according to the budget summary tabled in the House" "W"; a deficit entry headline "CS says" and "the CS said" (role noun resolving to her, both ""), debt "according to Treasury figures read out in the House" "W", an interest allocation "W"; an economist ("Prof." dropped) with a checkable record "W" and a quote ""; counties\' share "the CS said" "W", the governors\' chairman with the counties\' ask "W" and his quote ""; police and tear gas "at about 1.15 p.m. to" (mid-sentence, "W"), arrests by a police commander "W"; a preview entry with "Finance Bill, 2027 was" mid-sentence (a deadline of record, "W") and a think-tank economist (descriptor dropped) with an expectation and a quote (""). Tail: "Load more updates", related label and one headline, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'United States WIRE SERVICE\'S WEBSITE, desktop browser paste, a WIRE STORY WITH WRITETHRU NOTE AND CREDITS: a freight train hauling anhydrous ammonia derails in western Iowa and about 1,900 people are evacuated. Head: the wire\'s masthead, a menu run together with double spaces, a "U.S. News" crumb (all "B"); headline of record "W"; a two-name byline, an "Updated 9:14 PM CDT" line, share line, and the WRITETHRU NOTE ("This story has been updated to add ...", all "B"); a caption "" and a bracketed photo credit "B". Body: "MISSOURI VALLEY, Iowa (PW) —" lead "officials said" "W"; "the Loess Hills Railway Co. said in a statement" ("Co. said" mid-sentence, "W"), "the railroad said" and "according to the railroad" (generic noun as written, "W"); the sheriff (title dropped) with the evacuation zone "W" and a two-sentence quote ""; "in the U.S." ENDING a sentence before "It can burn ..." (both general facts, "W"); an EPA coordinator whose name ends "Jr." (suffix kept, "Jr.," mid-sentence) with monitor readings "W", "he said" a scheduled review at "8 a.m. Thursday" ("W") and "Ebbesen said" a hope (""); the governor ("Gov." dropped) with a proclamation "W"; a highway closure "W" and cancelled classes "W"; the NTSB "said" a team "W" and "the board said" a usual practice ("W", as written); a shelter scene "", an evacuee\'s anecdote and her statement then question "she said" (three, ""); derailments "according to Federal Railroad Administration records" "W"; a senator ("Sen." dropped, "R-Iowa," mid-sentence) with a plan ""; "The railroad said it would reimburse ..." (a promise, "") and "Loess Hills declined to comment" (short form resolving to the name as first given, ""). Tail: the "___" rule, the contributor credit with "Neb.," mid-line, the CORRECTION NOTE, a follow line with a URL, and a copyright line in two sentences (all "B").',
    'Irish REGIONAL NEWSPAPER\'S WEBSITE (Limerick), desktop browser paste, a Q&A INTERVIEW: the chief executive of an (invented) alliance of wind ports on quays, costs and planning delays. Head: masthead, a menu run together, crumb (all "B"); headline "Q&A: The wind-port chief who says ..." (an opinion, "", carrying her in full); standfirst (a teaser, "", no speaker); byline, a role line, a date line with a 24-hour time, share line (all "B"); a caption "" and its "Picture:" credit "B". Intro: her appointment and the alliance\'s founding (no speaker, "W"); an "edited for length and clarity" line "B". Transcript: the interviewer\'s turns are "" with no speaker ("Eoin Rafferty:" first, "ER:" after), except those citing a source ("The Government\'s own consultants said ..." and "The alliance\'s own brochure promises 2,500 jobs." carry that source, "W") or stating a vote ("Kerry County Council voted ... to go to Tarbert, Co. Kerry." ENDING before "Why did you pick Moneypoint?", "W" with no speaker); every sentence of her answers carries her full name with the prefix as written as cue ("Gráinne Mac Suibhne:" first, "GMS:" after): "Co. Clare is due ..." mid-sentence, a start date and a quay size ("W"), "GMS: No." as a sentence of its own before "They costed ..." (a semicolon kept whole, "Moneypoint, Co. Clare, which" mid-sentence, "W"), costs and grants ("W") beside "I won\'t pretend otherwise" (""), water depths ("W") and an ELLIPSIS BEFORE A CAPITAL (two sentences, ""), the study behind a jobs figure ("W"), a forecast of permanent jobs, her own question and its answer (three, ""), a lodging date and planning times with "i.e." ("W"), a quip (""), staff numbers ending "etc." before "Applications close on May 28." (both "W"). Tail: read-more label and one headline, a copyright line split after "DAC." before "Registered in Ireland, No. 612448." (all "B").',
    'Australian REGIONAL NEWSPAPER\'S WEBSITE (Riverina, NSW), desktop browser paste, an OP-ED WITH READERS\' COMMENTS: an irrigator argues that a new round of Murray-Darling water buybacks will empty towns. Head: masthead, a menu run together, a subscribe/log-in line, an "Opinion" label (all "B"); headline and standfirst (opinions, ""); the author\'s name, a date line "7 August 2027 — 5:00am", share line (all "B"). Body in the columnist\'s own voice, with NO speaker where she speaks for herself: her years on the farm and "we were told" (anecdote, ""); the tender and its size (no speaker, "W") and its closing date "according to the federal water department" "W"; the minister\'s cost per megalitre "told Parliament" ("W") and the author\'s two-sentence rebuttal (""); "A 2019 study by Charles Sturt University economists found" and "The Murray-Darling Basin Authority\'s own 2026 evaluation found" (documents as written, "W"); a rhetorical run "So the river got something." / "Did the towns?" / "No." (a ONE-WORD "No." sentence before a capital, all "") then school rolls and a pharmacy closure (no speaker, "W"); "The minister has said ... but she has not said how much" (role noun resolving to her, "W") and a 2011 package with "i.e." ("W"); her prescription and close (""). After it: an author bio and a views disclaimer (both "B"). Comments: a count, a moderation notice, each commenter\'s name line and age, "Reply · n likes · Report" and "Replying to ..." (all "B"); each comment\'s sentences carry the commenter as the name line gives it ("Trev from Leeton", the handle "MurrayMouthMum") with an EMPTY cue, flagged by content (a supermarket lost and a bus cut "W", the mouth dredged in 11 of 25 years "W", opinions and a question ""). Tail: load-more line, more-in label and one headline, a copyright line without a full stop and an ABN line (all "B").',
    'Canadian MINING NEWS SITE (Abitibi, Quebec), desktop browser paste, a REPUBLISHED PRESS RELEASE: a lithium explorer reports a preliminary economic assessment (after-tax NPV C$612 million, IRR 27.4%). Head: masthead, a "|" menu, a "Press Releases" label, a two-sentence paid-release notice (all "B"); the release headline of record "W"; "News provided by", the issuer line and the wire date line "Apr 06, 2027, 07:30 ET" (all "B"); "HIGHLIGHTS" "B" and four bullet lines labelled by content with no speaker (NPV and IRR, capital cost with a semicolon, mine life with "Li₂O" all "W"; "First production targeted ..." a target, ""). Body: the wire dateline "VAL-D\'OR, QC, April 6, 2027 /Northwire/ -" with "Corp. (TSX-V: KLL) (OTCQB: KNLKF)" mid-sentence and the defined short forms, "is pleased to announce" (the company, "W"), the sentence ending "Val-d\'Or, Que." before "The PEA was prepared by ... Inc. under ..." ("Inc." mid-sentence, both "W"); the resource estimate and "Laboratories Inc. gave" mid-sentence ("W"); costs "according to Bellcourt" (short form resolving to "Bellcourt Mining Consultants Inc.", "W") and a sensitivity with "i.e." ("W"); the chief executive\'s quote "said Marc-André ..." ("") and its next paragraph (a resource and distances "W", then a plan "", same speaker and cue); "Olivier Gaudreau-Simms, P.Eng." ENDING a sentence before "The process design ..." and "Dr. ..., Ph.D., P.Eng., of ..." mid-sentence (both "W", no speaker); a First Nation chief ("Chief" dropped) with a quote "" and a signed agreement "W"; the PEA cautionary statement (two sentences, "B"); the company\'s plans (no speaker, ""); a webinar "at 11:00 a.m. ET." ENDING a sentence before "Registration ... until 9:00 a.m. ET on the day." (both "W"). Tail: "Qualified Person" and its statement with "P.Geo.," mid-line, "About ..." and the two-sentence company description, the forward-looking statements heading and two sentences, the exchange disclaimer, "SOURCE ...", the contact line, the host site\'s copyright (all "B").',
    'Indian ENGLISH DAILY\'S WEBSITE (Ahmedabad), desktop browser paste, a SCIENCE STORY ON A STUDY: salt-pan workers in the Little Rann of Kutch lose kidney function over one season. Head: masthead, an ePaper/subscribe line, a menu run together, crumb (all "B"); headline "..., study finds" carrying the study as the body first gives it ("W"); a standfirst of record "W"; byline, a place-and-updated line with "IST", share line, a listen line (all "B"); a caption "" and its "Photo: Special arrangement" credit "B". Body: "AHMEDABAD:" lead with "9.2 ml/min/1.73 m² of" mid-sentence, "according to a study published on Monday in the Journal of Tropical Occupational Health" ("W"); the method (no speaker, "W"); "about 1 ml/min/1.73 m²." ENDING a sentence before "That is per year ..." (both "W"); injuries "the paper reports" and a risk ratio with a confidence interval and "p < 0.001" in brackets ("W"); the lead author ("Dr." dropped) with temperatures "W" and a quote whose first sentence is a characterisation ("") and second a cohort fact ("W"); "As Fig. 2 of the paper shows" (mid-sentence, "W"); "the authors write" a mechanism and "the authors note" the limits (as written, "W"); a nephrologist ("Dr." dropped) with an opinion "" and a two-sentence quote with a nested ‘...’ before a comma (""); "The Salt Commissioner\'s office estimates" families ("W"); pay with "Rs. 350" "the researchers found" ("W"); a worker\'s anecdote and her statement then question "she said" (three, ""); a question subhead ""; the Heat Action Plan (a rule, "W"), "The authors recommend" (advice, "") and the labour department "did not respond to questions" (""). Tail: a journal reference with "et al." and the title\'s full stop in ONE "B" sentence, also-read label and one headline, tags, copyright (all "B").',
    'Ghanaian SPORTS WEBSITE (Accra), desktop browser paste, a MATCH REPORT WITH SCORES: Tema Harbour United beat ten-man Nkawkaw Highlanders 2-1 and go top of the (real) Ghana Premier League, with invented clubs. Head: masthead, a "|" menu, crumb (all "B"); headline with the score and standfirst (both of record, "W"); byline, a date line with "6:48 pm", share line (all "B"); a caption "" and its credit "B". Body: the result and the table position ("W"); the goals, the sending-off and the winner, with "Kofi Badu Jnr. at" mid-sentence and "brought down Badu Jnr." ENDING a sentence before "The goal was his 14th ..." (all "W", no speaker); the winning coach ("coach" dropped) with a characterisation "" and a quote of a statement, his own question and its answer (three, "", cue "told reporters"); the losing coach with a season record "W" and a two-sentence quote ""; a suspension rule and an association fine in "GH¢" ("W"); the crowd "the league\'s match commissioner said" (unnamed role as written, "W"); a drummers\' scene ""; the next fixtures "at 3 p.m. in" mid-sentence ("W"). MATCH FACTS: label "B"; a score line with "71\' pen.)" mid-line, two line-ups with "Badu Jnr.," and semicolons, bookings, a sending-off, the referee and the attendance (each one sentence, data ""); TABLE: title and header row "B", four rows "". Tail: more label and one headline, a copyright line split after "Ltd." before the reproduction notice (all "B").',
    'Philippine BROADSHEET\'S WEBSITE (Manila), desktop browser paste, an OBITUARY WITH A FACT FILE: a former Court of Appeals justice dies at 86. Head: masthead, a "|" menu, an "Obituaries" label (all "B"); headline of record with "Ma." opening it "W"; standfirst "..., colleagues say" (a characterisation, "", carrying "colleagues"); byline, a published line, share line (all "B"); a caption "" and a capitalised file-photo credit "B". Body: "MANILA, Philippines —" lead with "Sta. Mesa Heights" mid-sentence "her family said in a statement" ("W") and "She was 86." ("W"); her son ("Her eldest son, Atty." dropped; middle initial "V." and "Jr." kept) with the cause of death "W"; birth in "Sta. Cruz, Laguna," and "at U.P. in 1964" (mid-sentence), her career and her decisions "according to the court\'s records" (all "W"); her best-known ruling and its affirmation ("W") and what fisherfolk call it (""); a retired colleague ("Retired Justice" dropped) with an anecdote and a two-sentence quote (""); her own words from a 2009 speech "at U.P. she told graduates:" (two sentences, "", carrying her); "Maginhawa St., Teachers Village, Q.C." ENDING a sentence before "He died in 2015." (both "W"); survivors with "Jr.," and "Ma." mid-sentence ("W"); the wake "at the Chapel of St. Ignatius" and the Mass "by Fr. ..., S.J., at 9 a.m. on Saturday" (scheduled, "W"); "The family has asked" (a request, ""); the Supreme Court\'s half-mast order "said in a statement" ("W"). FACT FILE: label "B"; the name line and "Born:", "Died:", "Education:" (with "A.B." and "U.P."), "Career:" (semicolons), "Known for:" and "Survived by:" lines (each one sentence, data ""). Tail: related label and one headline, copyright split after "Inc." before "All rights reserved." (all "B").',
    'Pakistani ENGLISH DAILY\'S WEBSITE (Islamabad), desktop browser paste, an EXPLAINER WITH QUESTION SUBHEADS AND A TABLE: the new household electricity tariff. Head: masthead, a menu run together, an "Explainers" label (all "B"); headline "Explained: ..." (a teaser, ""); standfirst of record "W"; byline, a published line with "09:05am", share line (all "B"). Body: "ISLAMABAD:" lead "the Power Division said in a notification" ("W"); the regulator\'s determination (acronym in brackets, no speaker) and "S.R.O. 1207(I)/2027 in the official Gazette" mid-sentence ("W"); an editorial signpost (""); SEVEN QUESTION SUBHEADS (all ""), under which: slabs and the fixed charge with "Rs. 200 to Rs. 1,000" mid-sentence ("W"); the protected category (a rule, "W") and connections "according to Nepra\'s determination" ("W"); a TABLE (title and header row "B", seven rows "", a source line with "S.R.O." "B"); the paper\'s own worked example and the taxes on top (no speaker, "W"); "The International Monetary Fund\'s staff report on Pakistan, published in May, listed ..." (the document as written, "W"); the minister (title dropped) with circular debt "W" and a quote ""; an energy economist ("Dr." dropped) with losses against a target "W" and a quote ""; the review rule and pending petitions ("W"); when bills change ("W"). Tail: the print line "Published in ..., July 1st, 2027", read-more label and one headline, a comments-closed line, copyright "(Pvt.) Ltd." (all "B").',
    'Zimbabwean FACT-CHECKING WEBSITE (Harare), desktop browser paste, a FACT CHECK WITH A RATING BOX: a deputy minister\'s claim that Harare\'s power cuts are under four hours a day in all suburbs is rated misleading. Head: masthead, a "|" menu, crumb (all "B"); headline as a question (""); standfirst of record "W"; byline, date line, share line (all "B"). RATING BOX: the "FACT CHECK" title "B"; the "CLAIM:" line quoting the deputy minister ("Deputy Minister of ... Cde" dropped) "told the Senate" ("W", the claim itself); "VERDICT: MISLEADING" (the outlet\'s judgment, "", no speaker); the box\'s one-line finding ("W", no speaker). Body: the claim\'s setting "according to the Hansard record of the sitting" ("W") and the unit\'s return to service ("W"); "We asked the Ministry ..." ("") and "It did not reply ..." (resolving to the ministry, cue "did not reply", ""); THREE QUESTION SUBHEADS (""); the schedule rule "Under S.I. 88 of 2026," (mid-sentence, "W"), the outlet\'s own compilation and findings with a semicolon (no speaker, "W"); "A survey of 1,120 households by the Harare Residents\' Power Watch, a volunteer group, found" (the document as written, "W"), its coordinator on method ("W") and her quote with "2 a.m. because" mid-sentence (two, ""); the utility spokesperson ("Utility spokesperson Eng." dropped) with generation against demand "W", "He said" a vague claim "" and a quote ""; "The ministry\'s own press statement of 20 April said" ("W"); a "Conclusion" section label "B", two sentences of findings ("W") and "We rate the claim misleading." (""). Tail: "How we rate claims" and three legend lines, a WhatsApp tip line, a funding note, copyright (all "B").',
    'Tanzanian BUSINESS DAILY\'S WEBSITE (Dar es Salaam), desktop browser paste, a RESULTS STORY WITH A TICKER: a listed cement maker\'s half-year profit rises 23.4% and it declares an interim dividend. Head: masthead, a MARKETS TICKER of indices, the stock, the shilling and oil, a "|" menu, crumb (all "B"); headline and standfirst of record (both "W"); byline, date line, share line, a STOCK DATA WIDGET in one line and a delay notice (all "B"). Body: "DAR ES SALAAM —" lead "the company said in a filing" (generic noun as written, "W"); revenue "Pangani said" (short form resolving to "Pangani Cement Company Plc", "W"); earnings per share and the dividend ("W"), "on Sept. 30." ENDING a sentence before "Payment will be made on Oct. 14 ..." (both "W"); the managing director ("Managing director Dr." dropped; "Said" is part of her name, "Halima Said Kombo") with a share of volumes "W" and a quote whose first sentence is a record ("W") and second a forecast (""); a causal claim on coal and the shilling "Pangani said" ("W"); finance costs "the filing showed" ("W"); the share move (no speaker, "W") and a valuation "according to Kigamboni Securities Ltd." ENDING a sentence before "The broker has a buy rating ..." (a recommendation, "" with no speaker); the broker\'s head of research with an opinion and "He said" a risk (both ""); a rival "reported ..., which it blamed on" a shutdown (the rival, cue "reported", "W"); the central bank rate "W"; a question subhead ""; the yield (a computation, "W"), a plan with no speaker ("") and "Kombo said" (surname resolving to the full name) a possible special dividend (""). Tail: an investment disclaimer, more-from label and one headline, copyright (all "B").',
    'Fijian DAILY\'S WEBSITE (Suva), desktop browser paste, a LOCAL CRIME STORY: three men charged over a $4,820 armed robbery at a Nausori supermarket. Head: masthead, a "|" menu, crumb (all "B"); headline and standfirst with a semicolon (both of record, "W"); byline, date line, share line (all "B"); a caption with "Kings Rd., Nausori," mid-line ("") and a capitalised credit "B". Body: the lead opening with a capitalised "THREE" as pasted ("W"); the accused and their charge "under s. 311 of the Crimes Act 2009." ("W"); the police spokeswoman ("Police spokeswoman Insp. Adi" dropped) with "Kings Rd. at about 9.40 p.m. and" mid-sentence and the haul ("W", "She said" resolving to her); "on Kings Rd." ENDING a sentence before "Police said ..." (the first with no speaker, the second "Police" as written, both "W"); arrests "police said" ("W", lower case as written); the owner ("Mr" dropped) with an anecdote and a quote holding a NESTED QUESTION "‘Uncle, will they come back?’" that ends its sentence before "What could I tell her?” he said." (three, ""); no plea ("W"); the magistrate ("Resident Magistrate Ratu" dropped) on the offence and the transfer ("W"); a bail application (an act, "W") and the mitigation "She said" (""); the prosecutor ("Police prosecutor Sgt" dropped) opposing bail "told the court" ("W"); remand and hearing dates ("W"); robberies "according to police statistics" ("W"); the town council\'s administrator with a dated decision ("W") and a quote (""); "Police have asked" an appeal (""). Tail: related label and one headline, a comments line, copyright (all "B").',
]

ARTICLES = [
    [
        [
            ("THE NAIROBI COURANT", "", "", "B"),
        ],
        [
            (
                "Home | News | Business | Counties | Politics | Sport | Opinion | Videos | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business › Budget 2027", "", "", "B"),
        ],
        [
            ("LIVE", "", "", "B"),
        ],
        [
            (
                "Budget 2027/28 live: Treasury tables Sh4.29 trillion plan as excise on betting rises to 20%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "CS says the deficit will narrow to 4.1% of GDP as the Finance Bill targets betting, mobile money and imported sugar",
                "Wanjiru Kibet-Mwangi",
                "says",
                "",
            ),
        ],
        [
            ("Courant Reporters", "", "", "B"),
        ],
        [
            ("Last updated 5:51pm, Thursday, June 10, 2027", "", "", "B"),
        ],
        [
            ("Share this live blog: Facebook · X · WhatsApp · Email", "", "", "B"),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "Treasury Cabinet Secretary Hon. Wanjiru Kibet-Mwangi read the budget statement in the National Assembly from 3.27pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The total budget is Sh4.29 trillion for the year starting July 1, up from Sh3.99 trillion this year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Excise duty on betting stakes goes up from 15% to 20%, subject to the Finance Bill, 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Treasury expects the deficit to fall to 4.1% of GDP.", "Treasury", "expects", ""),
        ],
        [
            ("5:51pm", "", "", "B"),
        ],
        [
            ("Statement ends after 2 hours 11 minutes", "", "", "W"),
        ],
        [
            ("Akinyi Otieno-Maranga", "", "", "B"),
        ],
        [
            ("Kibet-Mwangi closed her statement at 5.38 p.m.", "", "", "W"),
            (
                "The House adjourned until Tuesday, when debate on the Finance Bill, 2027 opens.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Government benches rose to applaud; the opposition side stayed seated, and several MPs waved copies of the bill over their heads.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("5:10pm", "", "", "B"),
        ],
        [
            ("Betting excise to rise to 20% from July 1", "", "", "W"),
        ],
        [
            ("Brian Mutua-Achieng", "", "", "B"),
        ],
        [
            (
                "Kibet-Mwangi said excise duty on betting stakes would rise to 20% from 15% on July 1, subject to Parliament passing the Finance Bill, 2027.",
                "Wanjiru Kibet-Mwangi",
                "said",
                "W",
            ),
            (
                "She said the change would bring in Sh18.6 billion in a full year.",
                "Wanjiru Kibet-Mwangi",
                "said",
                "",
            ),
        ],
        [
            (
                "“We cannot keep taxing the payslip while the betting slip goes free,” she told the House.",
                "Wanjiru Kibet-Mwangi",
                "told the House",
                "",
            ),
        ],
        [
            (
                "The industry lobby, the Gaming Operators Forum of Kenya, said in a statement that the rise would push punters to offshore sites that pay no tax at all.",
                "the Gaming Operators Forum of Kenya",
                "said in a statement",
                "",
            ),
        ],
        [
            ("4:48pm", "", "", "B"),
        ],
        [
            ("Opposition reacts to mobile money levy", "", "", ""),
        ],
        [
            ("Akinyi Otieno-Maranga", "", "", "B"),
        ],
        [
            (
                "Minority Leader Julius Ndege-Kamau posted on X minutes after the levy was read out:",
                "Julius Ndege-Kamau",
                "posted on X",
                "",
            ),
        ],
        [
            (
                "“A levy on every mobile money transfer is a levy on every mama mboga in this country.",
                "Julius Ndege-Kamau",
                "posted on X",
                "",
            ),
            ("We will throw it out at committee stage.”", "Julius Ndege-Kamau", "posted on X", ""),
        ],
        [
            ("— Julius Ndege-Kamau (@JNdegeKamau) June 10, 2027", "", "", "B"),
        ],
        [
            (
                "The levy would apply to transfers above Sh1,000 and would be collected by the mobile network operators, according to the budget summary tabled in the House.",
                "the budget summary tabled in the House",
                "according to",
                "W",
            ),
        ],
        [
            ("4:20pm", "", "", "B"),
        ],
        [
            ("Deficit to narrow to 4.1% of GDP, CS says", "Wanjiru Kibet-Mwangi", "says", ""),
        ],
        [
            ("Brian Mutua-Achieng", "", "", "B"),
        ],
        [
            (
                "The fiscal deficit would fall to 4.1% of GDP in 2027/28 from an estimated 5.3% in the year ending this month, the CS said.",
                "Wanjiru Kibet-Mwangi",
                "said",
                "",
            ),
            (
                "Public debt stood at Sh11.47 trillion at the end of April, according to Treasury figures read out in the House.",
                "Treasury figures read out in the House",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Interest payments are allocated Sh1.21 trillion, about 28 shillings of every 100 the taxman is expected to collect.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Prof. Daniel Kipkemboi-Wafula, an economist at the University of Nairobi, said the 4.1% target assumed revenue growth of 14%, a rate the Kenya Revenue Authority had not reached in any year since 2019.",
                "Daniel Kipkemboi-Wafula",
                "said",
                "W",
            ),
            (
                "“The arithmetic works only on paper,” he said.",
                "Daniel Kipkemboi-Wafula",
                "said",
                "",
            ),
        ],
        [
            ("3:55pm", "", "", "B"),
        ],
        [
            ("Counties get Sh415 billion", "", "", "W"),
        ],
        [
            ("Akinyi Otieno-Maranga", "", "", "B"),
        ],
        [
            (
                "County governments will receive Sh415 billion as their equitable share, Sh15 billion more than this year, the CS said.",
                "Wanjiru Kibet-Mwangi",
                "said",
                "W",
            ),
            (
                "Council of Governors chairman Abdi Haret Lokorio said the counties had asked for Sh465 billion.",
                "Abdi Haret Lokorio",
                "said",
                "W",
            ),
            (
                "“This is a drop of water on a very hot stone,” he said.",
                "Abdi Haret Lokorio",
                "said",
                "",
            ),
        ],
        [
            ("1:40pm", "", "", "B"),
        ],
        [
            ("Police disperse traders outside Parliament", "", "", "W"),
        ],
        [
            ("Akinyi Otieno-Maranga", "", "", "B"),
        ],
        [
            (
                "Police fired tear gas on Parliament Road at about 1.15 p.m. to disperse some 300 traders protesting against the proposed duty on imported sugar.",
                "",
                "",
                "W",
            ),
            (
                "Nairobi Central police commander Peter Lemaiyan-Sankale said 14 people had been arrested.",
                "Peter Lemaiyan-Sankale",
                "said",
                "W",
            ),
        ],
        [
            ("12:05pm", "", "", "B"),
        ],
        [
            ("What to expect today", "", "", ""),
        ],
        [
            ("Brian Mutua-Achieng", "", "", "B"),
        ],
        [
            (
                "The Finance Bill, 2027 was published on April 30 and must be passed by June 30 for its tax measures to take effect on July 1.",
                "",
                "",
                "W",
            ),
            (
                "Grace Wairimu-Odhiambo, chief economist at the Nairobi think tank Jukwaa Policy Institute, said she expected the Treasury to lean on “sin taxes” rather than income tax this year.",
                "Grace Wairimu-Odhiambo",
                "said",
                "",
            ),
            (
                "“Nobody in this building wants a repeat of 2024,” she said.",
                "Grace Wairimu-Odhiambo",
                "said",
                "",
            ),
        ],
        [
            ("Load more updates", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Finance Bill 2027: what changes for your payslip", "", "", "B"),
        ],
        [
            ("© 2027 Nairobi Courant Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("PRAIRIE WIRE", "", "", "B"),
        ],
        [
            ("Top Stories  U.S.  World  Politics  Business  Sports  Weather  Video", "", "", "B"),
        ],
        [
            ("U.S. News", "", "", "B"),
        ],
        [
            (
                "Freight train hauling anhydrous ammonia derails in western Iowa, forcing about 1,900 from their homes",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Dana Whitcombe-Ruiz and Tomás Eberhardt", "", "", "B"),
        ],
        [
            ("Updated 9:14 PM CDT, March 17, 2027", "", "", "B"),
        ],
        [
            ("Share · Copy link · Email", "", "", "B"),
        ],
        [
            (
                "This story has been updated to add the railroad's statement, the number of people evacuated and comments from the county sheriff.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Smoke rises from derailed tank cars near Missouri Valley, Iowa, on Wednesday, March 17, 2027.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(PW Photo/Gavin Roarke-Tully)", "", "", "B"),
        ],
        [
            (
                "MISSOURI VALLEY, Iowa (PW) — Twenty-three cars of a freight train derailed in western Iowa late Tuesday, and three tank cars carrying anhydrous ammonia leaked, forcing about 1,900 people from their homes, officials said.",
                "officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "No one was hurt, the Loess Hills Railway Co. said in a statement Wednesday.",
                "the Loess Hills Railway Co.",
                "said in a statement",
                "W",
            ),
            (
                "The train, 94 cars long and pulled by three locomotives, was traveling from Council Bluffs to Sioux City when it left the tracks at about 11:40 p.m., the railroad said.",
                "the railroad",
                "said",
                "W",
            ),
            (
                "It was moving at 41 mph, below the 50 mph limit on that stretch, according to the railroad.",
                "the railroad",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Harrison County Sheriff Dale Amundsen-Krieg said the evacuation zone covered a 1.5-mile radius and took in parts of Missouri Valley and the town of Modale.",
                "Dale Amundsen-Krieg",
                "said",
                "W",
            ),
            ("“We knocked on doors until 3 in the morning.", "Dale Amundsen-Krieg", "said", ""),
            (
                "Some folks did not want to go, and I don't blame them,” he said.",
                "Dale Amundsen-Krieg",
                "said",
                "",
            ),
        ],
        [
            (
                "Anhydrous ammonia is used as a fertilizer and is among the most widely shipped hazardous materials in the U.S.",
                "",
                "",
                "W",
            ),
            (
                "It can burn the eyes, skin and lungs, and at high concentrations it can kill.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Harold Ebbesen Jr., an on-scene coordinator for the Environmental Protection Agency, said air monitors at 14 sites had picked up ammonia above the federal safety threshold only inside a half-mile of the wreck.",
                "Harold Ebbesen Jr.",
                "said",
                "W",
            ),
            (
                "The evacuation order will be reviewed at 8 a.m. Thursday, he said.",
                "Harold Ebbesen Jr.",
                "said",
                "W",
            ),
            (
                "Ebbesen said he hoped people could be home by the weekend, “but the wind gets a vote.”",
                "Harold Ebbesen Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "Gov. Patricia Vanderhoek issued a disaster proclamation for Harrison County on Wednesday morning and said the Iowa National Guard had sent two decontamination teams.",
                "Patricia Vanderhoek",
                "said",
                "W",
            ),
            (
                "Interstate 29 was closed in both directions between exits 72 and 75 for about six hours, the Iowa Department of Transportation said.",
                "the Iowa Department of Transportation",
                "said",
                "W",
            ),
            (
                "The Missouri Valley Community School District canceled classes Wednesday and Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The National Transportation Safety Board said it was sending seven investigators, led by Ellen Marchetti-Shaw.",
                "The National Transportation Safety Board",
                "said",
                "W",
            ),
            (
                "A preliminary report is usually released within 30 days, the board said.",
                "the board",
                "said",
                "W",
            ),
        ],
        [
            (
                "At a Red Cross shelter in the high school gym, families slept on cots under the basketball hoops.",
                "",
                "",
                "",
            ),
            (
                "Roberta Lindqvist-Oyelaran, 67, said she grabbed her heart pills and her cat and left her pickup running in the driveway.",
                "Roberta Lindqvist-Oyelaran",
                "said",
                "",
            ),
            (
                "“It smelled like a cleaning closet, only a hundred times worse.",
                "Roberta Lindqvist-Oyelaran",
                "said",
                "",
            ),
            (
                "Who ships that stuff right past a school?” she said.",
                "Roberta Lindqvist-Oyelaran",
                "said",
                "",
            ),
        ],
        [
            (
                "The railroad has reported 11 derailments in Iowa since 2022, two of them involving hazardous materials, according to Federal Railroad Administration records.",
                "Federal Railroad Administration records",
                "according to",
                "W",
            ),
            (
                "Sen. Marcus Holloway-Beck, R-Iowa, said he would ask the Senate Commerce Committee to hold a hearing on tank-car standards.",
                "Marcus Holloway-Beck",
                "said",
                "",
            ),
        ],
        [
            (
                "The railroad said it would reimburse evacuated families for hotel rooms and meals.",
                "the railroad",
                "said",
                "",
            ),
            (
                "Loess Hills declined to comment on the cause of the derailment.",
                "the Loess Hills Railway Co.",
                "declined to comment",
                "",
            ),
        ],
        [
            ("___", "", "", "B"),
        ],
        [
            (
                "Prairie Wire writers Lena Brandt-Mbeki in Des Moines and Marcus Feld in Omaha, Neb., contributed to this report.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This story has been corrected to show that the derailment happened late Tuesday, not early Wednesday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow Dana Whitcombe-Ruiz on X: https://x.com/dwhitcomberuiz", "", "", "B"),
        ],
        [
            ("© 2027 Prairie Wire Cooperative.", "", "", "B"),
            ("Reproduction without a license is prohibited.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MID-WEST MERCURY", "", "", "B"),
        ],
        [
            ("News  Sport  Business  Farming  Opinion  Property  Jobs  Death Notices", "", "", "B"),
        ],
        [
            ("Business › Energy", "", "", "B"),
        ],
        [
            (
                "Q&A: The wind-port chief who says the west coast is losing the race, and how to win it back",
                "Gráinne Mac Suibhne",
                "says",
                "",
            ),
        ],
        [
            (
                "Gráinne Mac Suibhne on planning delays, a €1.1bn bill and why a quay matters more than a turbine",
                "",
                "",
                "",
            ),
        ],
        [
            ("Eoin Rafferty", "", "", "B"),
        ],
        [
            ("Business Editor", "", "", "B"),
        ],
        [
            ("Sat, 15 May 2027, 06:00", "", "", "B"),
        ],
        [
            ("Share · Facebook · X · Email · Print", "", "", "B"),
        ],
        [
            (
                "Gráinne Mac Suibhne at the alliance's offices on the Dock Road in Limerick.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Seán Ó Cathasaigh-Burke", "", "", "B"),
        ],
        [
            (
                "Gráinne Mac Suibhne became chief executive of the Atlantic Wind Ports Alliance in February.",
                "",
                "",
                "W",
            ),
            (
                "The alliance was set up in 2025 by three port companies and Clare and Kerry county councils to plan the harbour works that floating offshore wind farms will need.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("This interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("Eoin Rafferty: Three months in, how far behind is the west coast?", "", "", ""),
        ],
        [
            (
                "Gráinne Mac Suibhne: Behind, but not fatally.",
                "Gráinne Mac Suibhne",
                "Gráinne Mac Suibhne:",
                "",
            ),
            (
                "The first floating wind farm off Co. Clare is due to start construction in 2031, and each floating turbine needs a quay of about 18 hectares to be assembled on.",
                "Gráinne Mac Suibhne",
                "Gráinne Mac Suibhne:",
                "W",
            ),
            (
                "Today there is not one quay of that size anywhere between Cork and Killybegs.",
                "Gráinne Mac Suibhne",
                "Gráinne Mac Suibhne:",
                "W",
            ),
        ],
        [
            (
                "ER: The Government's own consultants said last year that Foynes could not be ready before 2033.",
                "The Government's own consultants",
                "said",
                "W",
            ),
            ("Are they wrong?", "", "", ""),
        ],
        [
            ("GMS: No.", "Gráinne Mac Suibhne", "GMS:", ""),
            (
                "They costed a single 24-hectare yard at Foynes; we have split the work between Foynes and Moneypoint, Co. Clare, which cuts the dredging by about a third.",
                "Gráinne Mac Suibhne",
                "GMS:",
                "W",
            ),
        ],
        [
            ("ER: What will it cost, and who pays?", "", "", ""),
        ],
        [
            (
                "GMS: Our estimate is €1.1bn for both sites, at 2027 prices.",
                "Gráinne Mac Suibhne",
                "GMS:",
                "W",
            ),
            (
                "The port companies have committed €240m between them, and the EU's Connecting Europe Facility awarded us €86m in March.",
                "Gráinne Mac Suibhne",
                "GMS:",
                "W",
            ),
            (
                "The rest has to come from the State, and I won't pretend otherwise.",
                "Gráinne Mac Suibhne",
                "GMS:",
                "",
            ),
        ],
        [
            (
                "ER: Kerry County Council voted last month to lobby for the second yard to go to Tarbert, Co. Kerry.",
                "",
                "",
                "W",
            ),
            ("Why did you pick Moneypoint?", "", "", ""),
        ],
        [
            ("GMS: Water depth, mostly.", "Gráinne Mac Suibhne", "GMS:", ""),
            (
                "The channel at Moneypoint has 15 metres at low tide, against about 11 at Tarbert, and a floating foundation under tow draws nine.",
                "Gráinne Mac Suibhne",
                "GMS:",
                "W",
            ),
            (
                "I know that is not what people in Tarbert want to hear…",
                "Gráinne Mac Suibhne",
                "GMS:",
                "",
            ),
            ("But I would rather tell them now than in 2030.", "Gráinne Mac Suibhne", "GMS:", ""),
        ],
        [
            (
                "ER: The alliance's own brochure promises 2,500 jobs.",
                "The alliance's own brochure",
                "promises",
                "W",
            ),
            ("Where does that number come from?", "", "", ""),
        ],
        [
            (
                "GMS: From a study we commissioned from University College Cork in 2025, and it counts jobs at the peak of construction, not permanent ones.",
                "Gráinne Mac Suibhne",
                "GMS:",
                "W",
            ),
            (
                "Permanent jobs on the two yards would be nearer 400.",
                "Gráinne Mac Suibhne",
                "GMS:",
                "",
            ),
            ("Would I put 2,500 on a billboard again?", "Gráinne Mac Suibhne", "GMS:", ""),
            ("Probably not.", "Gráinne Mac Suibhne", "GMS:", ""),
        ],
        [
            ("ER: How long will planning take?", "", "", ""),
        ],
        [
            (
                "GMS: We lodged the application for Foynes on April 2.",
                "Gráinne Mac Suibhne",
                "GMS:",
                "W",
            ),
            (
                "The statutory objective for strategic infrastructure is 18 weeks, but the average decision last year took 42, i.e. more than twice as long.",
                "Gráinne Mac Suibhne",
                "GMS:",
                "W",
            ),
            (
                "If we have a decision by Christmas I will buy the cake myself.",
                "Gráinne Mac Suibhne",
                "GMS:",
                "",
            ),
        ],
        [
            ("ER: Last question: are you hiring?", "", "", ""),
        ],
        [
            (
                "GMS: We are 11 people now and have advertised for eight more: engineers, a marine ecologist, planners, etc.",
                "Gráinne Mac Suibhne",
                "GMS:",
                "W",
            ),
            ("Applications close on May 28.", "Gráinne Mac Suibhne", "GMS:", "W"),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Foynes dredging contract goes to Dutch-Irish consortium", "", "", "B"),
        ],
        [
            ("© 2027 Mid-West Mercury Media DAC.", "", "", "B"),
            ("Registered in Ireland, No. 612448.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE RIVERINA LANTERN", "", "", "B"),
        ],
        [
            ("News  Rural  Sport  Opinion  Lifestyle  Classifieds  Digital Edition", "", "", "B"),
        ],
        [
            ("Subscribe  Log in", "", "", "B"),
        ],
        [
            ("Opinion", "", "", "B"),
        ],
        [
            (
                "Buying back more water won't save the Murray, but it will empty towns like mine",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Canberra's new buyback round repeats the mistakes of the last one, and irrigation towns will pay for it",
                "",
                "",
                "",
            ),
        ],
        [
            ("Bridget Cullinane-Vos", "", "", "B"),
        ],
        [
            ("7 August 2027 — 5:00am", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · Email · Copy link", "", "", "B"),
        ],
        [
            (
                "I have grown rice and wheat at Coleambally for 26 years, and I have watched three rounds of water buybacks come and go.",
                "",
                "",
                "",
            ),
            ("Each time we were told the towns would adjust.", "", "", ""),
        ],
        [
            (
                "In July the federal government opened a tender to buy 160 gigalitres of water entitlements in the southern Murray-Darling Basin, on top of the 70 gigalitres it bought in 2025.",
                "",
                "",
                "W",
            ),
            (
                "The tender closes on 30 September, according to the federal water department.",
                "the federal water department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Water Minister Samira Haddad-Nunn told Parliament in June that buybacks cost about $2,900 a megalitre, less than half the cost per megalitre of on-farm efficiency projects.",
                "Samira Haddad-Nunn",
                "told Parliament",
                "W",
            ),
            ("That is true on the department's spreadsheet.", "", "", ""),
            ("It is not true on the main street of Coleambally.", "", "", ""),
        ],
        [
            (
                "A 2019 study by Charles Sturt University economists found that the buybacks between 2008 and 2012 cost the Murrumbidgee irrigation area about 1,100 jobs, most of them in processing and transport rather than on farms.",
                "A 2019 study by Charles Sturt University economists",
                "found",
                "W",
            ),
            (
                "The Murray-Darling Basin Authority's own 2026 evaluation found that the water bought back had improved flows at 19 of 24 monitored wetlands.",
                "The Murray-Darling Basin Authority's own 2026 evaluation",
                "found",
                "W",
            ),
        ],
        [
            ("So the river got something.", "", "", ""),
            ("Did the towns?", "", "", ""),
            ("No.", "", "", ""),
            ("Coleambally Central School has 212 students, down from 261 in 2019.", "", "", "W"),
            (
                "The town's only pharmacy closed in March, and the nearest one is now 58 km away in Darlington Point.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The minister has said the government will fund “community adjustment packages” for towns that lose water, but she has not said how much, or when.",
                "Samira Haddad-Nunn",
                "has said",
                "W",
            ),
            (
                "The last such package, in 2011, was worth $25 million across 12 shires, i.e. about $2 million a shire.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Canberra should finish the efficiency projects it has already paid for before it buys another megalitre, and it should publish, town by town, what each tender is expected to cost in jobs.",
                "",
                "",
                "",
            ),
            ("If the buybacks really are painless, the numbers will show it.", "", "", ""),
        ],
        [
            (
                "Bridget Cullinane-Vos grows rice and wheat at Coleambally and is a former deputy chair of the Southern Riverina Irrigators' Council.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The views expressed are the author's own.", "", "", "B"),
        ],
        [
            ("Comments (3)", "", "", "B"),
        ],
        [
            ("Comments are moderated and may take up to 30 minutes to appear.", "", "", "B"),
        ],
        [
            ("Trev from Leeton", "", "", "B"),
        ],
        [
            ("2h ago", "", "", "B"),
        ],
        [
            ("Spot on, Bridget.", "Trev from Leeton", "", ""),
            (
                "Leeton lost its second supermarket in 2024 and the bus to Wagga now runs twice a week instead of every day.",
                "Trev from Leeton",
                "",
                "W",
            ),
        ],
        [
            ("Reply · 24 likes · Report", "", "", "B"),
        ],
        [
            ("MurrayMouthMum", "", "", "B"),
        ],
        [
            ("1h ago", "", "", "B"),
        ],
        [
            (
                "With respect, the river at Goolwa doesn't care about Coleambally's school numbers.",
                "MurrayMouthMum",
                "",
                "",
            ),
            (
                "The Murray mouth has had to be dredged in 11 of the last 25 years.",
                "MurrayMouthMum",
                "",
                "W",
            ),
            ("Who pays for that?", "MurrayMouthMum", "", ""),
        ],
        [
            ("Reply · 9 likes · Report", "", "", "B"),
        ],
        [
            ("Replying to MurrayMouthMum", "", "", "B"),
        ],
        [
            ("Trev from Leeton", "", "", "B"),
        ],
        [
            ("48m ago", "", "", "B"),
        ],
        [
            ("Nobody is saying don't fix the mouth.", "Trev from Leeton", "", ""),
            ("Just don't pretend the cost stops at the river bank.", "Trev from Leeton", "", ""),
        ],
        [
            ("Reply · 15 likes · Report", "", "", "B"),
        ],
        [
            ("Load more comments", "", "", "B"),
        ],
        [
            ("More in Opinion", "", "", "B"),
        ],
        [
            ("Why the Wagga bypass needs a second bridge, not a second study", "", "", "B"),
        ],
        [
            ("© 2027 Riverina Lantern Pty Ltd", "", "", "B"),
            ("ABN 38 004 112 905", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ABITIBI PROSPECTOR", "", "", "B"),
        ],
        [
            ("News | Mining | Forestry | Energy | Markets | Press Releases | Events", "", "", "B"),
        ],
        [
            ("Press Releases", "", "", "B"),
        ],
        [
            ("This is a paid press release distributed by Northwire.", "", "", "B"),
            ("The Prospector's newsroom did not write or edit it.", "", "", "B"),
        ],
        [
            (
                "Kinnear Lake Lithium Reports After-Tax NPV of C$612 Million and 27.4% IRR in Preliminary Economic Assessment for Lac Sauvageon Project",
                "",
                "",
                "W",
            ),
        ],
        [
            ("News provided by", "", "", "B"),
        ],
        [
            ("Kinnear Lake Lithium Corp.", "", "", "B"),
        ],
        [
            ("Apr 06, 2027, 07:30 ET", "", "", "B"),
        ],
        [
            ("HIGHLIGHTS", "", "", "B"),
        ],
        [
            (
                "After-tax net present value (8% discount rate) of C$612 million and after-tax internal rate of return of 27.4%, at a long-term spodumene concentrate price of US$1,450 per tonne.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Initial capital cost of C$488 million, including a contingency of C$71 million; after-tax payback of 2.9 years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mine life of 17 years, producing an average of 212,000 tonnes a year of 5.8% Li₂O concentrate.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("First production targeted for the second half of 2031.", "", "", ""),
        ],
        [
            (
                'VAL-D\'OR, QC, April 6, 2027 /Northwire/ - Kinnear Lake Lithium Corp. (TSX-V: KLL) (OTCQB: KNLKF) ("Kinnear Lake" or the "Company") is pleased to announce the results of an independent preliminary economic assessment ("PEA") for its wholly owned Lac Sauvageon lithium project, 62 km north of Val-d\'Or, Que.',
                "Kinnear Lake Lithium Corp.",
                "is pleased to announce",
                "W",
            ),
            (
                "The PEA was prepared by Bellcourt Mining Consultants Inc. under National Instrument 43-101 and has an effective date of March 22, 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It is based on a mineral resource estimate of 38.6 million tonnes grading 1.21% Li₂O in the indicated category and 11.9 million tonnes grading 1.08% Li₂O in the inferred category.",
                "",
                "",
                "W",
            ),
            (
                "Metallurgical test work by Rouyn Process Laboratories Inc. gave an average lithium recovery of 78.5% from 14 composite samples.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "All-in sustaining costs are estimated at US$598 per tonne of concentrate, which would place the project in the lowest quartile of the industry cost curve, according to Bellcourt.",
                "Bellcourt Mining Consultants Inc.",
                "according to",
                "W",
            ),
            (
                "At a concentrate price of US$1,100 per tonne, i.e. about 24% below the base case, the after-tax NPV falls to C$288 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"Lac Sauvageon has always been about grade and location, and this study puts numbers on both," said Marc-André Thibodeau-Lavigne, President and Chief Executive Officer of Kinnear Lake.',
                "Marc-André Thibodeau-Lavigne",
                "said",
                "",
            ),
            (
                '"We have grown the resource almost threefold since 2025, and the deposit sits 9 km from a paved highway and 14 km from a Hydro-Québec substation.',
                "Marc-André Thibodeau-Lavigne",
                "said",
                "W",
            ),
            (
                'We intend to move straight to a feasibility study."',
                "Marc-André Thibodeau-Lavigne",
                "said",
                "",
            ),
        ],
        [
            (
                "The mine plan and capital cost estimate were prepared by Olivier Gaudreau-Simms, P.Eng.",
                "",
                "",
                "W",
            ),
            (
                "The process design was prepared by Dr. Priya Venkataraman-Roy, Ph.D., P.Eng., of Rouyn Process Laboratories.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"Our council has been at the table since the first drill hole, and it will stay there," said Chief Roger Wabanonik-Papatie of the Lac Kiwanisk Anishnabe Nation.',
                "Roger Wabanonik-Papatie",
                "said",
                "",
            ),
            (
                "The Company and the Nation signed a pre-development agreement in November 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The PEA is preliminary in nature and includes inferred mineral resources, which are too speculative geologically to be treated as mineral reserves.",
                "",
                "",
                "B",
            ),
            ("There is no certainty that the results of the PEA will be realized.", "", "", "B"),
        ],
        [
            (
                "The Company plans to begin a feasibility study in the third quarter of 2027 and to file a project notice with Quebec's environment ministry in 2028.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The Company will host a webinar on April 8, 2027 at 11:00 a.m. ET.", "", "", "W"),
            (
                "Registration is open on the Company's website until 9:00 a.m. ET on the day.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Qualified Person", "", "", "B"),
        ],
        [
            (
                "The scientific and technical information in this release has been reviewed and approved by Hélène Marchildon, P.Geo., Vice-President, Exploration, a qualified person under NI 43-101.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("About Kinnear Lake Lithium Corp.", "", "", "B"),
        ],
        [
            (
                "Kinnear Lake Lithium Corp. is a Canadian exploration company focused on hard-rock lithium in the Abitibi region of Quebec.",
                "",
                "",
                "B",
            ),
            ("Its shares trade on the TSX Venture Exchange under the symbol KLL.", "", "", "B"),
        ],
        [
            ("Cautionary Note Regarding Forward-Looking Statements", "", "", "B"),
        ],
        [
            (
                "This release contains forward-looking information, including statements about the results of the PEA, the timing of a feasibility study and the start of production.",
                "",
                "",
                "B",
            ),
            (
                "Actual results may differ materially, and readers should not place undue reliance on such statements.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The TSX Venture Exchange has not reviewed this release and does not accept responsibility for its accuracy.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("SOURCE Kinnear Lake Lithium Corp.", "", "", "B"),
        ],
        [
            (
                "For further information: Élodie Brassard, Vice-President, Investor Relations, 819-555-0148, ir@kinnearlake.ca",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Abitibi Prospector Inc. | Terms | Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SABARMATI STANDARD", "", "", "B"),
        ],
        [
            ("ePaper | Subscribe | Sign in", "", "", "B"),
        ],
        [
            ("India  Gujarat  Cities  Business  Science  Health  Sport  Opinion", "", "", "B"),
        ],
        [
            ("Science › Health", "", "", "B"),
        ],
        [
            (
                "Salt-pan workers in Kutch lose a decade's worth of kidney function in a single season, study finds",
                "a study published on Monday in the Journal of Tropical Occupational Health",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Workers who drank less than three litres of water a day had twice the risk of acute kidney injury",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Meenakshi Trivedi-Rao", "", "", "B"),
        ],
        [
            ("Ahmedabad | Updated: July 20, 2027 10:42 IST", "", "", "B"),
        ],
        [
            ("Share · Facebook · X · WhatsApp · Copy link", "", "", "B"),
        ],
        [
            ("Listen to this story", "", "", "B"),
        ],
        [
            (
                "A worker rakes salt crystals in a pan near Kharaghoda in the Little Rann of Kutch.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Special arrangement", "", "", "B"),
        ],
        [
            (
                "AHMEDABAD: Salt-pan workers in the Little Rann of Kutch lost on average 9.2 ml/min/1.73 m² of kidney filtering capacity over one seven-month season, according to a study published on Monday in the Journal of Tropical Occupational Health.",
                "a study published on Monday in the Journal of Tropical Occupational Health",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The researchers measured estimated glomerular filtration rate (eGFR), a standard blood-test marker of kidney function, in 412 workers in October 2025 and again in April 2026.",
                "",
                "",
                "W",
            ),
            (
                "In healthy adults over 40, the usual decline is about 1 ml/min/1.73 m².",
                "",
                "",
                "W",
            ),
            ("That is per year, not per season.", "", "", "W"),
        ],
        [
            (
                "Fifty-eight workers, or 14.1%, had at least one episode of acute kidney injury during the season, the paper reports.",
                "the paper",
                "reports",
                "W",
            ),
            (
                "Those who reported drinking less than three litres a day had 2.1 times the risk of those who drank more (95% CI 1.4–3.2; p < 0.001).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr. Ketaki Raval-Desai, an epidemiologist at the Saurashtra Institute of Public Health in Rajkot and the study's lead author, said ground temperatures in the pans passed 47°C on 31 days of the 2026 season.",
                "Ketaki Raval-Desai",
                "said",
                "W",
            ),
            ("“These are not old men with diabetes.", "Ketaki Raval-Desai", "said", ""),
            ("The median age in our cohort was 34,” she said.", "Ketaki Raval-Desai", "said", "W"),
        ],
        [
            (
                "As Fig. 2 of the paper shows, the decline was steepest in March and April, when the pans are harvested and the shade structures are taken down.",
                "",
                "",
                "W",
            ),
            (
                "Heat and dehydration reduce blood flow to the kidneys, and repeated injury can leave permanent scarring, the authors write.",
                "the authors",
                "write",
                "W",
            ),
        ],
        [
            (
                "The study was observational and cannot show that heat caused the decline, the authors note, and 61 of the 473 workers first enrolled could not be traced for the second test.",
                "the authors",
                "note",
                "W",
            ),
        ],
        [
            (
                "Dr. Arvind Sethuraman, a nephrologist in Chennai who was not involved in the study, said the findings matched what he saw among construction workers.",
                "Arvind Sethuraman",
                "said",
                "",
            ),
            (
                "“We see 30-year-olds on dialysis who have never had high blood pressure.",
                "Arvind Sethuraman",
                "said",
                "",
            ),
            (
                "We have been calling it ‘kidney disease of unknown cause’, which is a polite way of saying we were not looking,” he said.",
                "Arvind Sethuraman",
                "said",
                "",
            ),
        ],
        [
            (
                "The Salt Commissioner's office estimates that about 40,000 families work the pans of the Little Rann each season.",
                "The Salt Commissioner's office",
                "estimates",
                "W",
            ),
            (
                "Workers are paid about Rs. 350 for a tonne of salt, and a family of three can rake about 1.5 tonnes on a good day, the researchers found.",
                "the researchers",
                "found",
                "W",
            ),
        ],
        [
            (
                "Bhavna Koli-Parmar, 29, who has worked the pans near Kharaghoda since she was 15, said the water tanker came twice a week and the drums ran dry by the fifth day.",
                "Bhavna Koli-Parmar",
                "said",
                "",
            ),
            ("“We drink less so we need less.", "Bhavna Koli-Parmar", "said", ""),
            ("What else can we do?” she said.", "Bhavna Koli-Parmar", "said", ""),
        ],
        [
            ("What can be done?", "", "", ""),
        ],
        [
            (
                "Gujarat's Heat Action Plan requires employers to provide drinking water and shaded rest every two hours when the temperature passes 42°C.",
                "",
                "",
                "W",
            ),
            (
                "The authors recommend mobile water tankers every second day, shade nets at each pan and a kidney test at the start and end of every season.",
                "the authors",
                "recommend",
                "",
            ),
            (
                "Gujarat's labour department did not respond to questions sent on Friday.",
                "Gujarat's labour department",
                "did not respond to questions",
                "",
            ),
        ],
        [
            (
                "Journal reference: Raval-Desai K, Mansuri M, Bhatt-Iyer R, et al. Heat exposure and kidney function among salt-pan workers in the Little Rann of Kutch: a cohort study. J Trop Occup Health. 2027;9(3):211–224.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Also Read", "", "", "B"),
        ],
        [
            ("Ahmedabad records 46.2°C, hottest May day in nine years", "", "", "B"),
        ],
        [
            ("Tags: Kidney disease · Heatwave · Kutch · Occupational health", "", "", "B"),
        ],
        [
            ("© 2027 The Sabarmati Standard Pvt. Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("TOUCHLINE GHANA", "", "", "B"),
        ],
        [
            (
                "Home | Premier League | Black Stars | Transfers | Women's Football | Boxing | Athletics",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Premier League › Matchday 24", "", "", "B"),
        ],
        [
            (
                "Tema Harbour United 2-1 Nkawkaw Highlanders: Mensah-Ampofo double sends Harbour top",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ten-man Highlanders level through Boakye-Tetteh but lose and slip to fourth",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kwabena Asare-Quaynor", "", "", "B"),
        ],
        [
            ("Sunday, March 14, 2027 · 6:48 pm", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · WhatsApp", "", "", "B"),
        ],
        [
            (
                "Yaw Mensah-Ampofo celebrates his second goal, from the penalty spot, at the Accra Sports Stadium on Sunday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Touchline Ghana/Efua Ankomah-Lartey", "", "", "B"),
        ],
        [
            (
                "Yaw Mensah-Ampofo scored twice as Tema Harbour United beat Nkawkaw Highlanders 2-1 at the Accra Sports Stadium on Sunday to go top of the Ghana Premier League for the first time since 2019.",
                "",
                "",
                "W",
            ),
            (
                "Harbour have 47 points from 24 matches, one more than Kasoa Royals, who drew 0-0 at Sunyani Crusaders on Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mensah-Ampofo put the hosts ahead in the 23rd minute, heading in a corner from Kofi Badu Jnr. at the near post.",
                "",
                "",
                "W",
            ),
            (
                "The Highlanders were reduced to ten men two minutes before half-time when defender Issah Zakari was sent off for a second yellow card.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Substitute Ebenezer Boakye-Tetteh equalised in the 58th minute with a low shot from 20 yards.",
                "",
                "",
                "W",
            ),
            (
                "Mensah-Ampofo won it from the spot in the 71st minute after Highlanders goalkeeper Sampson Nii Armah Quaye brought down Badu Jnr.",
                "",
                "",
                "W",
            ),
            ("The goal was his 14th of the season, the most in the league.", "", "", "W"),
        ],
        [
            (
                "Harbour coach Fuseini Alhassan-Dery said his side had “suffered like a team that wants the title”.",
                "Fuseini Alhassan-Dery",
                "said",
                "",
            ),
            (
                "“At 1-1 against ten men, you start to doubt.",
                "Fuseini Alhassan-Dery",
                "told reporters",
                "",
            ),
            ("Did I think we would win it?", "Fuseini Alhassan-Dery", "told reporters", ""),
            (
                "Honestly, at 65 minutes, no,” he told reporters.",
                "Fuseini Alhassan-Dery",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Highlanders coach Bernard Owusu-Sekyere said the red card was the first his team had received all season.",
                "Bernard Owusu-Sekyere",
                "said",
                "W",
            ),
            ("“The referee will sleep well tonight.", "Bernard Owusu-Sekyere", "said", ""),
            ("I won't,” he said.", "Bernard Owusu-Sekyere", "said", ""),
        ],
        [
            ("Zakari will serve an automatic one-match suspension.", "", "", "W"),
            (
                "The Ghana Football Association fined Highlanders GH¢5,000 in January for crowd trouble at Nkawkaw.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The crowd of 14,212 was the largest at the stadium this season, the league's match commissioner said.",
                "the league's match commissioner",
                "said",
                "W",
            ),
            (
                "Drummers from Tema kept up the noise through the second half, and hundreds of fans stayed behind to sing outside the dressing rooms.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Harbour visit Kasoa Royals on Saturday at 3 p.m. in a meeting of first and second.",
                "",
                "",
                "W",
            ),
            ("Highlanders, on 43 points, host Bechem Valley on Sunday.", "", "", "W"),
        ],
        [
            ("MATCH FACTS", "", "", "B"),
        ],
        [
            (
                "Tema Harbour United 2 (Mensah-Ampofo 23', 71' pen.) Nkawkaw Highlanders 1 (Boakye-Tetteh 58')",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Tema Harbour United: Amankwah-Dadzie; Tetteh-Larbi, Osei-Bonsu, Agyemang, Fosu-Mensah; Badu Jnr., Kuffour-Asante (Nartey 80'), Ofori-Atta; Appiah-Kubi (Dogbe 66'), Mensah-Ampofo, Adjetey.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Nkawkaw Highlanders: Quaye; Zakari, Adjei-Boateng, Wiredu, Sulemana; Tanko, Gyimah-Darko, Adomako (Boakye-Tetteh 52'); Owusu Ansah, Frimpong-Manso, Oduro-Kwarteng.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Booked: Zakari 19', 43'; Tetteh-Larbi 61'.", "", "", ""),
        ],
        [
            ("Sent off: Zakari 43'.", "", "", ""),
        ],
        [
            ("Referee: Abena Serwaa Ntiamoah (Koforidua).", "", "", ""),
        ],
        [
            ("Attendance: 14,212.", "", "", ""),
        ],
        [
            ("TABLE (top four after Matchday 24)", "", "", "B"),
        ],
        [
            ("Pos Team P W D L GD Pts", "", "", "B"),
        ],
        [
            ("1 Tema Harbour United 24 14 5 5 +17 47", "", "", ""),
        ],
        [
            ("2 Kasoa Royals 24 13 7 4 +12 46", "", "", ""),
        ],
        [
            ("3 Bechem Valley FC 23 13 5 5 +15 44", "", "", ""),
        ],
        [
            ("4 Nkawkaw Highlanders 24 12 7 5 +9 43", "", "", ""),
        ],
        [
            ("More Premier League", "", "", "B"),
        ],
        [
            ("Kasoa Royals held at Sunyani as title race tightens", "", "", "B"),
        ],
        [
            ("© 2027 Touchline Media Ghana Ltd.", "", "", "B"),
            ("Reproduction in whole or in part without permission is prohibited.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LUZON SENTINEL", "", "", "B"),
        ],
        [
            (
                "News | Nation | Metro | Regions | Business | Opinion | Lifestyle | Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Obituaries", "", "", "B"),
        ],
        [
            (
                "Ma. Rosario Villaruel-Dimaano, appellate justice who wrote the 1998 Laguna de Bay fishpen ruling, dies at 86",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Former Court of Appeals justice taught three generations of lawyers and never raised her voice in court, colleagues say",
                "colleagues",
                "say",
                "",
            ),
        ],
        [
            ("Carmelita Ong-Baltazar", "", "", "B"),
        ],
        [
            ("Published: September 2, 2027 | 4:15 PM", "", "", "B"),
        ],
        [
            ("Share · Facebook · X · Viber · Email", "", "", "B"),
        ],
        [
            (
                "Former Court of Appeals Associate Justice Ma. Rosario Villaruel-Dimaano at her home in Diliman in 2019.",
                "",
                "",
                "",
            ),
        ],
        [
            ("FILE PHOTO / LUZON SENTINEL", "", "", "B"),
        ],
        [
            (
                "MANILA, Philippines — Ma. Rosario Villaruel-Dimaano, a former associate justice of the Court of Appeals who taught law at the University of the Philippines for more than four decades, died on Tuesday at her home in Sta. Mesa Heights, Quezon City, her family said in a statement.",
                "her family",
                "said in a statement",
                "W",
            ),
            ("She was 86.", "", "", "W"),
        ],
        [
            (
                "Her eldest son, Atty. Emmanuel V. Dimaano Jr., said she died of heart failure after an illness of about three weeks.",
                "Emmanuel V. Dimaano Jr.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Born in Sta. Cruz, Laguna, on March 3, 1941, she finished law at U.P. in 1964 and placed fourth in that year's bar examinations.",
                "",
                "",
                "W",
            ),
            (
                "She spent 11 years at the Office of the Solicitor General and another 11 in private practice before she was appointed to the Court of Appeals in 1987.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In 19 years on the appellate court she wrote 1,406 decisions, according to the court's records.",
                "the court's records",
                "according to",
                "W",
            ),
            ("She retired in 2006 to teach full time.", "", "", "W"),
        ],
        [
            (
                "Her best-known ruling, in 1998, ordered 14 fishpen operators off a 2,300-hectare stretch of Laguna de Bay and upheld the power of the Laguna Lake Development Authority to cancel their permits.",
                "",
                "",
                "W",
            ),
            ("The Supreme Court affirmed it in 2001.", "", "", "W"),
            ("Fisherfolk in Binangonan still call it “the Dimaano decision”.", "", "", ""),
        ],
        [
            (
                "Retired Justice Teodoro Sison-Abad, who sat with her in the court's Eleventh Division, said she read every page of every record herself, even in cases that ran to 4,000 pages.",
                "Teodoro Sison-Abad",
                "said",
                "",
            ),
            (
                "“She would come in on a Saturday with a thermos of coffee and a pencil.",
                "Teodoro Sison-Abad",
                "said",
                "",
            ),
            ("By Monday the pencil was a stub,” he said.", "Teodoro Sison-Abad", "said", ""),
        ],
        [
            (
                "In a 2009 commencement speech at U.P. she told graduates: “The law is not a ladder for the powerful.",
                "Ma. Rosario Villaruel-Dimaano",
                "told graduates",
                "",
            ),
            (
                "It is a fence around the weak.”",
                "Ma. Rosario Villaruel-Dimaano",
                "told graduates",
                "",
            ),
        ],
        [
            (
                "She and her husband, the engineer Ramon Dimaano Sr., lived for 52 years on Maginhawa St., Teachers Village, Q.C.",
                "",
                "",
                "W",
            ),
            ("He died in 2015.", "", "", "W"),
        ],
        [
            (
                "She is survived by her three children, Emmanuel Jr., Ma. Teresa and Jose Lorenzo, and by seven grandchildren.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Her remains lie in state at the Chapel of St. Ignatius in Diliman until Friday.",
                "",
                "",
                "W",
            ),
            (
                "A requiem Mass will be celebrated there by Fr. Antonio Reyes-Lagman, S.J., at 9 a.m. on Saturday, followed by interment at the Loyola Memorial Park in Marikina.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The family has asked that, in place of flowers, donations be sent to the Laguna Fisherfolk Legal Aid Fund.",
                "The family",
                "has asked",
                "",
            ),
        ],
        [
            (
                "The Supreme Court said in a statement that flags at all courts in Metro Manila would fly at half-mast until her interment.",
                "The Supreme Court",
                "said in a statement",
                "W",
            ),
        ],
        [
            ("FACT FILE", "", "", "B"),
        ],
        [
            ("Ma. Rosario Villaruel-Dimaano", "", "", ""),
        ],
        [
            ("Born: March 3, 1941, Sta. Cruz, Laguna", "", "", ""),
        ],
        [
            ("Died: August 31, 2027, Quezon City", "", "", ""),
        ],
        [
            (
                "Education: A.B. Political Science, U.P. (1960); Bachelor of Laws, U.P. (1964)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Career: Office of the Solicitor General, 1965–1976; private practice and U.P. law faculty, 1976–1987; Associate Justice, Court of Appeals, 1987–2006",
                "",
                "",
                "",
            ),
        ],
        [
            ("Known for: the 1998 Laguna de Bay fishpen ruling", "", "", ""),
        ],
        [
            ("Survived by: three children and seven grandchildren", "", "", ""),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Retired justices open free legal clinic for fisherfolk in Binangonan", "", "", "B"),
        ],
        [
            ("© 2027 Luzon Sentinel Publishing, Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE INDUS LEDGER", "", "", "B"),
        ],
        [
            (
                "Home  Pakistan  Business  World  Sport  Opinion  Explainers  Multimedia  E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Explainers", "", "", "B"),
        ],
        [
            ("Explained: what the new electricity tariff means for your bill", "", "", ""),
        ],
        [
            (
                "The base tariff has gone up by Rs3.41 a unit from July 1, and households using more than 300 units a month will pay a fixed charge for the first time",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Asad Mehmood Siddiqui", "", "", "B"),
        ],
        [
            ("Published July 1, 2027 09:05am", "", "", "B"),
        ],
        [
            ("Share · Facebook · X · WhatsApp", "", "", "B"),
        ],
        [
            (
                "ISLAMABAD: The federal government has raised the average base electricity tariff by Rs3.41 a unit, to Rs39.87, from July 1, the Power Division said in a notification issued on Wednesday night.",
                "the Power Division",
                "said in a notification",
                "W",
            ),
            (
                "The increase follows a determination by the National Electric Power Regulatory Authority (Nepra) on June 24, and the notification was numbered S.R.O. 1207(I)/2027 in the official Gazette.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Here is what has changed, and who will pay.", "", "", ""),
        ],
        [
            ("What has changed?", "", "", ""),
        ],
        [
            (
                "The base tariff for households is set slab by slab, and every slab above the first 100 units a month has gone up.",
                "",
                "",
                "W",
            ),
            (
                "For the first time, households using more than 300 units a month will also pay a fixed charge of Rs. 200 to Rs. 1,000 a month, depending on their sanctioned load.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Who is protected?", "", "", ""),
        ],
        [
            (
                'Households that have used 200 units a month or less in each of the previous six months count as "protected" consumers, and their rate for the first 100 units has not changed.',
                "",
                "",
                "W",
            ),
            (
                "About 17.3 million of the country's 31.6 million domestic connections fall in this group, according to Nepra's determination.",
                "Nepra's determination",
                "according to",
                "W",
            ),
        ],
        [
            ("What about everyone else?", "", "", ""),
        ],
        [
            ("Domestic tariff per unit, before and after July 1 (Rs/kWh)", "", "", "B"),
        ],
        [
            ("Slab (units a month) | Old rate | New rate | Change", "", "", "B"),
        ],
        [
            ("Protected, 1–100 | 10.54 | 10.54 | 0.00", "", "", ""),
        ],
        [
            ("Protected, 101–200 | 13.01 | 13.98 | +0.97", "", "", ""),
        ],
        [
            ("Unprotected, 1–100 | 22.44 | 24.10 | +1.66", "", "", ""),
        ],
        [
            ("Unprotected, 101–200 | 28.91 | 31.25 | +2.34", "", "", ""),
        ],
        [
            ("201–300 | 33.10 | 36.05 | +2.95", "", "", ""),
        ],
        [
            ("301–400 | 38.79 | 42.95 | +4.16", "", "", ""),
        ],
        [
            ("Above 700 | 47.69 | 52.80 | +5.11", "", "", ""),
        ],
        [
            ("Source: Power Division notification, S.R.O. 1207(I)/2027", "", "", "B"),
        ],
        [
            ("How much more will I pay?", "", "", ""),
        ],
        [
            (
                "A household using 350 units a month will pay Rs1,456 more in energy charges before tax, plus the new fixed charge.",
                "",
                "",
                "W",
            ),
            (
                "General sales tax at 18% and the electricity duty levied by each province are added on top.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Why now?", "", "", ""),
        ],
        [
            (
                "The International Monetary Fund's staff report on Pakistan, published in May, listed an annual rebasing of tariffs by July 1 among the structural benchmarks of the current programme.",
                "The International Monetary Fund's staff report on Pakistan",
                "listed",
                "W",
            ),
            (
                "Federal Minister for Energy Tariq Mehmood Chandio said the circular debt of the power sector had reached Rs2.61 trillion at the end of May.",
                "Tariq Mehmood Chandio",
                "said",
                "W",
            ),
            (
                "“Every unit we sell below cost is a unit the taxpayer pays for twice,” he told a news conference in Islamabad on Wednesday.",
                "Tariq Mehmood Chandio",
                "told a news conference",
                "",
            ),
        ],
        [
            (
                "Dr. Sana Iftikhar Kazmi, an energy economist at a Lahore university, said distribution companies lost 18.3% of the power they bought last year to theft and line losses, against a target of 11.8% set by Nepra.",
                "Sana Iftikhar Kazmi",
                "said",
                "W",
            ),
            (
                "“Honest consumers are paying for the meters that nobody reads,” she said.",
                "Sana Iftikhar Kazmi",
                "said",
                "",
            ),
        ],
        [
            ("Can the decision be challenged?", "", "", ""),
        ],
        [
            (
                "Any person can ask Nepra to review a determination within 10 days of its publication in the official Gazette.",
                "",
                "",
                "W",
            ),
            (
                "Petitions against last year's rise are pending in the Lahore High Court and the Sindh High Court.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("When will I see it?", "", "", ""),
        ],
        [
            (
                "The new rates apply to units consumed from July 1, so most households will see them first on bills issued in August.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Published in The Indus Ledger, July 1st, 2027", "", "", "B"),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Gas prices for households to be reviewed in September", "", "", "B"),
        ],
        [
            ("Comments are closed on this story.", "", "", "B"),
        ],
        [
            ("© 2027 Indus Ledger Publications (Pvt.) Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("KOPJE CHECK", "", "", "B"),
        ],
        [
            ("Fact checks | Explainers | Guides | About us | Submit a claim", "", "", "B"),
        ],
        [
            ("Fact checks › Energy", "", "", "B"),
        ],
        [
            ("Are Harare's power cuts really down to under four hours a day?", "", "", ""),
        ],
        [
            (
                "Two suburbs' schedules match the deputy minister's figure, but households across the city logged an average of 9.4 hours without power a day in May",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Rutendo Mapfumo-Nyathi", "", "", "B"),
        ],
        [
            ("13 June 2027", "", "", "B"),
        ],
        [
            ("Share · X · Facebook · WhatsApp", "", "", "B"),
        ],
        [
            ("FACT CHECK", "", "", "B"),
        ],
        [
            (
                "CLAIM: “Since Unit 8 at Hwange came back on line, load-shedding in Harare is down to under four hours a day in all suburbs,” Deputy Minister of Energy and Power Development Cde Tinashe Makonese-Sibanda told the Senate on 27 May.",
                "Tinashe Makonese-Sibanda",
                "told the Senate",
                "W",
            ),
        ],
        [
            ("VERDICT: MISLEADING", "", "", ""),
        ],
        [
            (
                "The figure matches the published schedule for two of Harare's 47 suburbs, but the average across the city in May was more than twice as long.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Makonese-Sibanda made the claim during questions without notice in the Senate on 27 May, according to the Hansard record of the sitting.",
                "the Hansard record of the sitting",
                "according to",
                "W",
            ),
            (
                "Unit 8 at Hwange Power Station, a 300-megawatt coal unit, returned to service on 14 April after a six-month refurbishment.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "We asked the Ministry of Energy and Power Development for the source of the figure on 2 June.",
                "",
                "",
                "",
            ),
            (
                "It did not reply by the time of publication.",
                "the Ministry of Energy and Power Development",
                "did not reply",
                "",
            ),
        ],
        [
            ("What do the schedules say?", "", "", ""),
        ],
        [
            (
                "Under S.I. 88 of 2026, the power utility must publish each suburb's load-shedding schedule at least 48 hours in advance.",
                "",
                "",
                "W",
            ),
            (
                "Kopje Check compiled the published schedules for all 47 Harare suburbs for the four weeks to 31 May.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Only Borrowdale and Mount Pleasant were scheduled for less than four hours of cuts a day; the average across the 47 suburbs was 8.6 hours.",
                "",
                "",
                "W",
            ),
            ("In Mabvuku, Tafara and Epworth the schedules showed 12 hours a day.", "", "", "W"),
        ],
        [
            ("What do households say?", "", "", ""),
        ],
        [
            (
                "A survey of 1,120 households by the Harare Residents' Power Watch, a volunteer group, found an average of 9.4 hours without power a day in May.",
                "A survey of 1,120 households by the Harare Residents' Power Watch",
                "found",
                "W",
            ),
            (
                "Its coordinator, Farai Mutasa-Ncube, said volunteers logged each outage on a shared spreadsheet every evening.",
                "Farai Mutasa-Ncube",
                "said",
                "W",
            ),
            (
                "“People in Mabvuku are cooking at 2 a.m. because that is when the power comes.",
                "Farai Mutasa-Ncube",
                "said",
                "",
            ),
            ("That is not four hours,” she said.", "Farai Mutasa-Ncube", "said", ""),
        ],
        [
            ("What does the utility say?", "", "", ""),
        ],
        [
            (
                "Utility spokesperson Eng. Nyasha Kamudzi-Ruwende said available generation averaged 1,340 MW in May against a peak demand of 2,150 MW.",
                "Nyasha Kamudzi-Ruwende",
                "said",
                "W",
            ),
            (
                "He said cuts had been shorter since April but varied by feeder and by day.",
                "Nyasha Kamudzi-Ruwende",
                "said",
                "",
            ),
            (
                "“Four hours is a target, not a promise,” he said.",
                "Nyasha Kamudzi-Ruwende",
                "said",
                "",
            ),
        ],
        [
            (
                "The ministry's own press statement of 20 April said the target was four hours a day in “most suburbs” by August.",
                "The ministry's own press statement of 20 April",
                "said",
                "W",
            ),
        ],
        [
            ("Conclusion", "", "", "B"),
        ],
        [
            (
                "The deputy minister's figure is true for two suburbs, not for Harare as a whole.",
                "",
                "",
                "W",
            ),
            (
                "The city-wide average on the utility's own schedules was 8.6 hours a day, and households reported 9.4.",
                "",
                "",
                "W",
            ),
            ("We rate the claim misleading.", "", "", ""),
        ],
        [
            ("How we rate claims", "", "", "B"),
        ],
        [
            ("TRUE: The claim is accurate and nothing significant is missing.", "", "", "B"),
        ],
        [
            (
                "MISLEADING: The claim contains some truth but leaves out or distorts context that changes its meaning.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("FALSE: The claim is inaccurate.", "", "", "B"),
        ],
        [
            ("Spotted a claim you want checked? WhatsApp us on +263 77 555 0192.", "", "", "B"),
        ],
        [
            (
                "Kopje Check is an independent, non-profit fact-checking project funded by reader donations.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Kopje Check Trust", "", "", "B"),
        ],
    ],
    [
        [
            ("BANDARI BUSINESS DAILY", "", "", "B"),
        ],
        [
            (
                "DSE ASI 2,231.48 ▲0.62% | TSI 4,406.15 ▼0.11% | PANC 2,480 ▲4.20% | USD/TZS 2,712.40 | Brent $78.14",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Markets | Companies | Economy | Banking | Agribusiness | Tech | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Companies › Results", "", "", "B"),
        ],
        [
            (
                "Pangani Cement half-year profit jumps 23% on demand from road and rail projects",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Board declares interim dividend of TSh45 a share as volumes rise 11% and coal costs ease",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Neema Kisanga-Mrema", "", "", "B"),
        ],
        [
            ("Thursday, August 26, 2027", "", "", "B"),
        ],
        [
            ("Share · X · LinkedIn · WhatsApp", "", "", "B"),
        ],
        [
            (
                "PANC | Last: TSh2,480 | Change: +100 (+4.20%) | Volume: 412,306 | 52-wk range: 1,820–2,520",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Market data delayed by at least 15 minutes.", "", "", "B"),
        ],
        [
            (
                "DAR ES SALAAM — Pangani Cement Company Plc's profit after tax rose 23.4% to TSh48.6 billion in the six months to June 30, the company said in a filing on Wednesday.",
                "the company",
                "said in a filing",
                "W",
            ),
            (
                "Revenue grew 14.1% to TSh412.3 billion as cement sales rose 11% to 1.18 million tonnes, Pangani said.",
                "Pangani Cement Company Plc",
                "said",
                "W",
            ),
        ],
        [
            ("Earnings per share were TSh312.40, against TSh253.15 a year earlier.", "", "", "W"),
            ("The board declared an interim dividend of TSh45 a share.", "", "", "W"),
            ("The register closes on Sept. 30.", "", "", "W"),
            ("Payment will be made on Oct. 14 by electronic transfer.", "", "", "W"),
        ],
        [
            (
                "Managing director Dr. Halima Said Kombo said sales to contractors on government road and rail projects made up 38% of volumes, up from 29% a year earlier.",
                "Halima Said Kombo",
                "said",
                "W",
            ),
            ("“The first half was the strongest in our history.", "Halima Said Kombo", "said", "W"),
            (
                "We do not expect the second half to be as kind,” she said.",
                "Halima Said Kombo",
                "said",
                "",
            ),
        ],
        [
            (
                "Pangani said the cost of imported coal fell 17% in dollar terms, but the shilling's 6.8% fall against the dollar over the year wiped out most of that saving.",
                "Pangani Cement Company Plc",
                "said",
                "W",
            ),
            (
                "Finance costs fell to TSh3.9 billion from TSh6.2 billion after the company repaid a TSh60 billion bank loan in February, the filing showed.",
                "the filing",
                "showed",
                "W",
            ),
        ],
        [
            (
                "Pangani shares rose 4.2% to TSh2,480 on Thursday, the biggest gain among DSE-listed stocks, with 412,306 shares traded.",
                "",
                "",
                "W",
            ),
            (
                "The shares trade at 7.9 times annualised earnings, according to Kigamboni Securities Ltd.",
                "Kigamboni Securities Ltd.",
                "according to",
                "W",
            ),
            (
                "The broker has a buy rating on the stock and a 12-month target price of TSh2,900.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Baraka Mollel-Shirima, head of research at the broker, said the result was “better than anyone in the market had pencilled in”.",
                "Baraka Mollel-Shirima",
                "said",
                "",
            ),
            (
                "He said the rains could slow construction in the fourth quarter.",
                "Baraka Mollel-Shirima",
                "said",
                "",
            ),
        ],
        [
            (
                "Rival Kilwa Portland Cement Plc reported a 5% fall in half-year profit last week, which it blamed on a 40-day kiln shutdown at its plant near Kilwa Masoko.",
                "Kilwa Portland Cement Plc",
                "reported",
                "W",
            ),
            ("The Bank of Tanzania held its central bank rate at 5.75% in July.", "", "", "W"),
        ],
        [
            ("What does it mean for shareholders?", "", "", ""),
        ],
        [
            ("At Thursday's price, the interim dividend gives a yield of about 1.8%.", "", "", "W"),
            (
                "Pangani plans to commission a new 1,500-tonne-a-day clinker line at its Tanga plant in the first quarter of 2028.",
                "",
                "",
                "",
            ),
            (
                "Kombo said the board would consider a special dividend once the line was running.",
                "Halima Said Kombo",
                "said",
                "",
            ),
        ],
        [
            (
                "Disclaimer: This article is for information only and is not investment advice.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More from Companies", "", "", "B"),
        ],
        [
            ("Tanga port volumes up 9% in July as new berth opens", "", "", "B"),
        ],
        [
            ("© 2027 Bandari Media Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("VITI DAILY POST", "", "", "B"),
        ],
        [
            (
                "News | Fiji | Crime | Business | Sports | Pasifika | Opinion | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Crime", "", "", "B"),
        ],
        [
            ("Three men charged over $4,820 armed robbery at Nausori supermarket", "", "", "W"),
        ],
        [
            (
                "Shop assistant threatened with a cane knife; accused remanded until November 11",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Litia Rokovunisei-Prasad", "", "", "B"),
        ],
        [
            ("Thursday, October 21, 2027", "", "", "B"),
        ],
        [
            ("Share · Facebook · Messenger · WhatsApp", "", "", "B"),
        ],
        [
            (
                "Police tape across the entrance of the supermarket on Kings Rd., Nausori, on Wednesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: VILIAME TUIKABE-NAIVALU", "", "", "B"),
        ],
        [
            (
                "THREE men appeared in the Nausori Magistrates Court yesterday charged with aggravated robbery over the hold-up of a supermarket in Nausori on Tuesday night.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sakiusa Tabua-Lewaravu, 23, of Davuilevu, Aporosa Naulumatua, 19, of Kasavu, and Ravinesh Chand-Reddy, 27, of Baulevu, are charged under s. 311 of the Crimes Act 2009.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Police spokeswoman Insp. Adi Mereseini Vakacegu-Lal said two men armed with a cane knife and an iron bar entered the supermarket on Kings Rd. at about 9.40 p.m. and threatened a shop assistant.",
                "Mereseini Vakacegu-Lal",
                "said",
                "W",
            ),
            (
                "She said they took $4,820.50 in cash and 30 cartons of cigarettes before escaping in a white van driven by a third man.",
                "Mereseini Vakacegu-Lal",
                "said",
                "W",
            ),
        ],
        [
            ("The van was found abandoned behind the Nausori market on Kings Rd.", "", "", "W"),
            (
                "Police said it had been reported stolen from Nakasi a week earlier.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Officers from the Nausori Police Station arrested the three at a house in Baulevu at about 4 a.m. on Wednesday, police said, and recovered $3,110 of the cash.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "The owner, Mr Dinesh Prasad-Narayan, said the assistant, a 19-year-old woman, was not hurt but had not come back to work.",
                "Dinesh Prasad-Narayan",
                "said",
                "",
            ),
            ("“She asked me, ‘Uncle, will they come back?’", "Dinesh Prasad-Narayan", "said", ""),
            ("What could I tell her?” he said.", "Dinesh Prasad-Narayan", "said", ""),
        ],
        [
            ("The accused were not asked to plead.", "", "", "W"),
            (
                "Resident Magistrate Ratu Jone Seruvatu-Waqa said aggravated robbery was an indictable offence and the case would be transferred to the High Court in Suva.",
                "Jone Seruvatu-Waqa",
                "said",
                "W",
            ),
        ],
        [
            (
                "Legal Aid Commission lawyer Ana Koroi-Whippy applied for bail for Naulumatua.",
                "",
                "",
                "W",
            ),
            (
                "She said he was a first-year carpentry student and the only carer of his grandmother.",
                "Ana Koroi-Whippy",
                "said",
                "",
            ),
        ],
        [
            (
                "Police prosecutor Sgt Vilikesa Tuinamata opposed bail, and told the court that Naulumatua had been charged with theft in 2026 and had failed to appear twice.",
                "Vilikesa Tuinamata",
                "told the court",
                "W",
            ),
            ("The magistrate remanded all three in custody until November 11.", "", "", "W"),
            ("The bail application will be heard on Monday.", "", "", "W"),
        ],
        [
            (
                "Aggravated robberies in the Eastern Division rose to 64 in the first nine months of the year, from 51 in the same period of 2026, according to police statistics.",
                "police statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Nausori Town Council special administrator Sereana Cakautini-Holmes said the council would install 12 more street lights on Kings Rd. by the end of December.",
                "Sereana Cakautini-Holmes",
                "said",
                "W",
            ),
            (
                "“Our shopkeepers should not have to close at dusk,” she said.",
                "Sereana Cakautini-Holmes",
                "said",
                "",
            ),
        ],
        [
            (
                "Police have asked anyone with information to call Crime Stoppers on 919.",
                "Police",
                "have asked",
                "",
            ),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Valelevu man jailed for four years over taxi robbery", "", "", "B"),
        ],
        [
            ("Have your say: comments are moderated before they appear.", "", "", "B"),
        ],
        [
            ("© 2027 Viti Daily Post Ltd.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h102-ke-pm-ends",
        "The CS sat down at 5.41 p.m. Her statement had run for 2 hours 14 minutes.",
        ["The CS sat down at 5.41 p.m.", "Her statement had run for 2 hours 14 minutes."],
    ),
    (
        "h102-ke-hon-prof-mid",
        "Hon. Wanjiru Kibet-Mwangi took questions from Prof. Kipkemboi-Wafula's students after the session. They asked mostly about the betting levy.",
        [
            "Hon. Wanjiru Kibet-Mwangi took questions from Prof. Kipkemboi-Wafula's students after the session.",
            "They asked mostly about the betting levy.",
        ],
    ),
    (
        "h102-us-us-end",
        "More anhydrous ammonia moves by rail than by road in the U.S. Most of it goes to farms in the Midwest.",
        [
            "More anhydrous ammonia moves by rail than by road in the U.S.",
            "Most of it goes to farms in the Midwest.",
        ],
    ),
    (
        "h102-us-state-abbrev-mid",
        "Writers in Omaha, Neb., and Sioux Falls, S.D., contributed to this report. It was updated at 9:14 p.m. to add the sheriff's comments.",
        [
            "Writers in Omaha, Neb., and Sioux Falls, S.D., contributed to this report.",
            "It was updated at 9:14 p.m. to add the sheriff's comments.",
        ],
    ),
    (
        "h102-us-question-attribution",
        "“Who ships that stuff right past a school?” she asked. Nobody from the railroad answered.",
        [
            "“Who ships that stuff right past a school?” she asked.",
            "Nobody from the railroad answered.",
        ],
    ),
    (
        "h102-ie-co-mid-end",
        "The second yard will be built at Moneypoint, Co. Clare, and not at Tarbert, Co. Kerry. Councillors in Kerry said they would keep lobbying.",
        [
            "The second yard will be built at Moneypoint, Co. Clare, and not at Tarbert, Co. Kerry.",
            "Councillors in Kerry said they would keep lobbying.",
        ],
    ),
    (
        "h102-ie-no-answer",
        "ER: Will it be ready by 2031? GMS: No. It will be ready by 2032 if planning goes well.",
        [
            "ER: Will it be ready by 2031?",
            "GMS: No.",
            "It will be ready by 2032 if planning goes well.",
        ],
    ),
    (
        "h102-ie-etc-end",
        "GMS: We need welders, crane drivers, surveyors, etc. Most of them will come from the Mid-West.",
        [
            "GMS: We need welders, crane drivers, surveyors, etc.",
            "Most of them will come from the Mid-West.",
        ],
    ),
    (
        "h102-ie-ellipsis-capital",
        "“I know that hurts in Tarbert… But the channel is four metres deeper at Moneypoint.”",
        ["“I know that hurts in Tarbert…", "But the channel is four metres deeper at Moneypoint.”"],
    ),
    (
        "h102-au-no-answer-oped",
        "Will the river be healthier? Perhaps. Will the town? No. The school has already lost 49 pupils.",
        [
            "Will the river be healthier?",
            "Perhaps.",
            "Will the town?",
            "No.",
            "The school has already lost 49 pupils.",
        ],
    ),
    (
        "h102-ca-que-end",
        "The deposit lies 62 km north of Val-d'Or, Que. Drilling resumes in May.",
        ["The deposit lies 62 km north of Val-d'Or, Que.", "Drilling resumes in May."],
    ),
    (
        "h102-ca-peng-end",
        "The capital cost estimate was prepared by Olivier Gaudreau-Simms, P.Eng. He has worked on four spodumene projects.",
        [
            "The capital cost estimate was prepared by Olivier Gaudreau-Simms, P.Eng.",
            "He has worked on four spodumene projects.",
        ],
    ),
    (
        "h102-ca-corp-ticker-et-end",
        "Kinnear Lake Lithium Corp. (TSX-V: KLL) will host a webinar on April 8 at 11:00 a.m. ET. Questions may be sent in advance.",
        [
            "Kinnear Lake Lithium Corp. (TSX-V: KLL) will host a webinar on April 8 at 11:00 a.m. ET.",
            "Questions may be sent in advance.",
        ],
    ),
    (
        "h102-ca-inc-end",
        "Test work was carried out by Rouyn Process Laboratories Inc. Recoveries averaged 78.5% across 14 samples.",
        [
            "Test work was carried out by Rouyn Process Laboratories Inc.",
            "Recoveries averaged 78.5% across 14 samples.",
        ],
    ),
    (
        "h102-in-m2-end",
        "The median fall was 8.7 ml/min/1.73 m². The steepest falls came in March.",
        ["The median fall was 8.7 ml/min/1.73 m².", "The steepest falls came in March."],
    ),
    (
        "h102-in-fig-rs-mid",
        "As Fig. 3 shows, workers paid less than Rs. 300 a tonne drank the least water. The link held after the authors adjusted for age.",
        [
            "As Fig. 3 shows, workers paid less than Rs. 300 a tonne drank the least water.",
            "The link held after the authors adjusted for age.",
        ],
    ),
    (
        "h102-in-et-al-ref",
        "Journal reference: Raval-Desai K, Mansuri M, et al. Heat and the kidney in the salt pans: a cohort study. J Trop Occup Health. 2027;9(3):211–224.",
        [
            "Journal reference: Raval-Desai K, Mansuri M, et al. Heat and the kidney in the salt pans: a cohort study. J Trop Occup Health. 2027;9(3):211–224."
        ],
    ),
    (
        "h102-gh-jnr-end",
        "The penalty was given for a foul on Badu Jnr. Mensah-Ampofo sent the goalkeeper the wrong way.",
        [
            "The penalty was given for a foul on Badu Jnr.",
            "Mensah-Ampofo sent the goalkeeper the wrong way.",
        ],
    ),
    (
        "h102-gh-score-line-pen",
        "Kasoa Royals 3 (Amoah-Sarpong 12', 45+2' pen., Dogbe 80') Sunyani Crusaders 0",
        ["Kasoa Royals 3 (Amoah-Sarpong 12', 45+2' pen., Dogbe 80') Sunyani Crusaders 0"],
    ),
    (
        "h102-gh-self-question",
        "“Did I expect a point here? Honestly, no,” the coach said.",
        ["“Did I expect a point here?", "Honestly, no,” the coach said."],
    ),
    (
        "h102-ph-ma-sta-mid",
        "Ma. Teresa Dimaano grew up in Sta. Mesa and now teaches in Sta. Rosa, Laguna. She flew home on Wednesday.",
        [
            "Ma. Teresa Dimaano grew up in Sta. Mesa and now teaches in Sta. Rosa, Laguna.",
            "She flew home on Wednesday.",
        ],
    ),
    (
        "h102-ph-qc-end",
        "The couple lived on Maginhawa St., Teachers Village, Q.C. Their house is now a small law library.",
        [
            "The couple lived on Maginhawa St., Teachers Village, Q.C.",
            "Their house is now a small law library.",
        ],
    ),
    (
        "h102-ph-fr-sj-mid",
        "Fr. Antonio Reyes-Lagman, S.J., will say the Mass at 9 a.m. on Saturday. Interment follows at noon.",
        [
            "Fr. Antonio Reyes-Lagman, S.J., will say the Mass at 9 a.m. on Saturday.",
            "Interment follows at noon.",
        ],
    ),
    (
        "h102-ph-up-mid",
        "At U.P. she taught evidence for 41 years. Her last class was in 2024.",
        ["At U.P. she taught evidence for 41 years.", "Her last class was in 2024."],
    ),
    (
        "h102-pk-sro-mid",
        "The new rates were notified as S.R.O. 1207(I)/2027 on Wednesday night. They apply to bills issued from August.",
        [
            "The new rates were notified as S.R.O. 1207(I)/2027 on Wednesday night.",
            "They apply to bills issued from August.",
        ],
    ),
    (
        "h102-zw-si-cde",
        "Under S.I. 88 of 2026, schedules must be published 48 hours ahead. Cde Makonese-Sibanda did not say which schedule he had used.",
        [
            "Under S.I. 88 of 2026, schedules must be published 48 hours ahead.",
            "Cde Makonese-Sibanda did not say which schedule he had used.",
        ],
    ),
    (
        "h102-tz-sept-end",
        "The register closes on Sept. 30. The dividend will be paid on Oct. 14 to shareholders on it.",
        [
            "The register closes on Sept. 30.",
            "The dividend will be paid on Oct. 14 to shareholders on it.",
        ],
    ),
    (
        "h102-tz-ltd-end",
        "The shares trade at 7.9 times earnings, according to Kigamboni Securities Ltd. The broker rates them a buy.",
        [
            "The shares trade at 7.9 times earnings, according to Kigamboni Securities Ltd.",
            "The broker rates them a buy.",
        ],
    ),
    (
        "h102-fj-insp-rd-end",
        "Insp. Adi Mereseini Vakacegu-Lal said the van was found on Kings Rd. Police believe it was stolen from Nakasi.",
        [
            "Insp. Adi Mereseini Vakacegu-Lal said the van was found on Kings Rd.",
            "Police believe it was stolen from Nakasi.",
        ],
    ),
    (
        "h102-fj-nested-question",
        "“She asked me, ‘Will they come back tonight?’ I told her to go home,” he said.",
        ["“She asked me, ‘Will they come back tonight?’", "I told her to go home,” he said."],
    ),
]
