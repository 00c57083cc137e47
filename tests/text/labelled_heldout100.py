"""Hundredth held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-seven):
twelve WHOLE pages in twelve genres from twelve countries, head to tail as a reader's paste gives
them, each with that site's own furniture, where all four hints matter equally: FURNITURE,
ATTRIBUTION and SPEAKERS, CHECK-WORTHINESS and SENTENCE ENDS. None of the countries of
`labelled_new155.py` or `labelled_new156.py` comes back (nor any other part of the United Kingdom).
The pages: a New Zealand regional news site's live blog with timed entries (a state of emergency in
Tasman as the Motueka River breaks its 1990 record); a Sri Lankan story from an international wire
service, with its "UPDATE 3-" headline, writethru note and credits line (landslides kill 17 in the
central hills); a Jamaican national paper's interview in Q&A form (the chairman of a Blue Mountain
coffee growers' co-operative on leaf rust and prices); a Maltese national paper's op-ed column (a
civil engineer on traffic and roads, with readers' comments); a Botswana news site's republished
press release (a 100MW solar plant near Jwaneng switched on); a Singaporean national paper's science
story on a study (two hours outdoors a day and children's myopia); a Trinidad and Tobago sports
site's match report (a West Indies Championship match won by six wickets, with scores and
standings); a Nigerian national paper's obituary (a highlife trumpeter and bandleader, dead at 86,
with a fact file); a Malaysian national paper's explainer with question subheads (Penang's water
tariffs, with a tariff table); a South African fact-checking site's fact check with a rating box (a
provincial MEC's claim that murders fell 30%); a Bangladeshi business daily's results story (a
listed drugmaker's nine-month profit, with a ticker and a results table); and a Ugandan regional
news site's local crime story (an armed robbery of a mobile money shop in Mbarara).

FURNITURE ("B", line by line, whatever it says, never with a speaker): mastheads, menus (one with a
Bengali label), tickers, crumbs, bylines and role lines ("Tamara Nugent-Bailey/Business Writer",
"Staff Correspondent", "Health Correspondent"), date, posted, published and updated lines, read
times, share and gift strips, photo credits ("Photo: Collected", "PHOTO: SERANGOON COURIER FILE", a
wire credit run into "Purchase Licensing Rights"), the live blog's time stamps, "Pinned", "Key
event", the "What we know so far" label, entry bylines (a reporter's name alone on a line) and "Load
earlier updates"; the wire's writethru note "(Adds death toll, ... in paragraphs 3-4, ...)", its
one-sentence credits line "(Reporting by ...; Additional reporting by ...; Writing by ...; Editing
by ...)" with its semicolons, "Our Standards: ..." and a correspondent bio; the interview's
edited-for-length note; the column's author bio, views disclaimer, comment count, moderation note,
comment handles and times ("J. Camilleri · 3 hours ago") and "Reply | Like (14)" lines; the
republished release's site disclaimer, "FOR IMMEDIATE RELEASE", "ENDS", the "About ..." heading and
boilerplate, the forward-looking-statements heading and text, media contact, phone and e-mail;
"Read more:", "Read also:", "ALSO READ:" and "ADVERTISEMENT"/"Advertisement" lines mid-story; the
journal reference (one sentence, "et al." and the title's full stop inside it) and funding note;
tables' titles, header rows and source lines ("SUMMARISED SCORES", "STANDINGS (after round 6)",
"Team | P | W | L | D | Pts", "Key figures (July-March, Tk crore)", "Source: DSE disclosure"); the
rating box's label "OUR VERDICT" and "How we rate claims"; the fact check's credits line, "Sources"
and source lines, tip prompt, IFCN and republishing lines and helpfulness prompt; the obituary's
"FACT FILE" label and condolence e-mail; tags, comment-form notes, related lists and copyright lines
(split where a firm's "Ltd.", "(Pty) Ltd." or "Sdn. Bhd. (197601002233)." ends a sentence before
"All rights reserved.", "Registered in Malta, company no. C 41882." or "Editor & Publisher: ...").

Not furniture, though it sits in furniture's place: headlines, standfirsts, entry headlines,
key-point items, captions, question subheads, table data rows and fact-file items are flagged by
content. Score lines, "Result: ..." and "Player of the match: ..." and standings and results-table
rows are data, "" (as sport data lines were in `labelled_new2.py`); the fact file's items (born,
died, band years, best-known recording) are "W"; readers' comments under the column are "" with no
speaker (a reader's view, not a quoted source); the rating "Rating: MISLEADING" is the checker's
judgement, ""; "Claim: “...”" carries the claimant with the cue "Claim:" and is "W"; the box's "Made
by: ..." line records who said it where and when, "W" with no speaker; "The facts: SAPS figures show
..." carries "SAPS figures" and is "W".

ATTRIBUTION and SPEAKERS as in the recent sets: a person in full as first given, without titles or
roles ("Tasman Mayor", "Controller", "Meteorologist", "Lead author Assoc. Prof.", "Prof.", "Dr.",
"Hon.", "Kgosi", "Datuk Ir.", "Sir", "SP", "Chief", "Company secretary", "Shop owner" dropped; "Md."
kept as part of a Bangladeshi name and the initial of "N. Vasanthi Ramasamy" kept); a pronoun, a
surname or a role noun resolves to that name ("Mayor Falwasser-Tait", "Twinomujuni-Kato said",
"Bhuiyan expects", "The minister also said" -> "the transport minister", never named); a body's
short form resolves to the name as first given ("according to the DMC" -> "the Disaster Management
Centre", "the NSO said" -> "the National Statistics Office", "JACRA puts" -> "the Jamaica
Agricultural Commodities Regulatory Authority", "PBAPP said" -> "Perbadanan Bekalan Air Pulau Pinang
Sdn Bhd", "SAPS did not respond" -> "The South African Police Service"), and "It says"/"It said"
after a body to that body ("It says the road will not reopen ..." -> NZTA; "It said 212,000 solar
panels ..." after a sentence ending "Kgotla Engineering Works (Pty) Ltd." -> the firm, "Ltd."
included; "It said it would study the findings" -> the ministry); generic nouns stay as written
("his family", "the family", "The company", "police", "Police", "the authors", "Researchers",
"Japanese buyers", "Several traders on High Street", "A city council engineer" with its "who asked
not to be named because ..." dropped); documents and data keep their words ("council records",
"DMC data", "central bank data", "Bangladesh Bank data", "DSE data", "SPAN figures", "SAPS figures",
"police records", "Stats SA mid-year population estimates", "a 2022 estimate by Seri researchers",
"A 2025 study by University of Malta transport researchers", "the statement"). A bracketed acronym
goes ("the Disaster Management Centre (DMC)", "the National Statistics Office (NSO)", "the Health
Promotion Board (HPB)", and from inside a phrase: "a disclosure on the Dhaka Stock Exchange (DSE)
website" -> "a disclosure on the Dhaka Stock Exchange website"); an appositive descriptor before a
name goes ("its label, Apapa Sound Records" -> "Apapa Sound Records"); a participle after a comma
saying when a document came out goes ("the 2025/26 annual figures, released on 14 May," -> "the
2025/26 annual figures") while a relative clause with no comma stays ("A departmental spreadsheet he
sent to Klarity"). Cues: "says", "say", "said", "warns", "finds", "has found", "told a media
briefing", "told Tradewind", "told reporters", "told the Crane", "told The Business Post", "told
Parliament", "told the agriculture committee", "told this newspaper" (time phrases fronted or
trailing are not part of the cue), "said in a statement", "said in its annual report", "said in that
interview", "according to", "forecast", "found", "noted", "wrote", "called", "described",
"announced", "puts", "has promised", "expects", "asked", "show", "shows", "have said", "did not say",
"did not respond to a request for comment", the interview prefixes "Delroy Kerr-Samuels:" and
"Kerr-Samuels:" and the box prefix "Claim:". A headline's or standfirst's "says", "warns" or "finds"
carries the source as the story first gives it ("Son says" -> "Oluwaseun Akinyemi-Dosunmu",
"growers' leader says" -> "Delroy Amos Kerr-Samuels", "S'pore study finds" -> "a study of 4,212
pupils").

CHECK-WORTHINESS: "W" for counts, sums, levels, dates, rankings and comparisons ("41cm above the
previous record, set in April 1990", "the first red warning ... since ... 2019", "the smallest volume
since the 2012-13 crop", "the best of his first-class career and his 11th five-wicket haul", "the
most for a first-class match at the Oval since 2019", "one of the highest ratios in the European
Union"), the columnist's own factual sentences, causal claims by officials, firms and growers
("because excavators could not reach the estate", "driven by electricity, chemicals ...", "came mainly
from exports", "The rust came in October with the rains ..."), rules and their terms (the seven-day
state of emergency, a 25-year power purchase agreement, the maximum sentence for aggravated robbery,
the eKasih rebate, the schools' outdoor lesson rule since 2024), methodology (light sensors, a hazard
ratio and its confidence interval), scheduled events set by those who run them (fixtures, a tribute
concert on March 1, a service of songs and a burial, bills from February, a remand until Nov. 3),
a payment with a start date, and the checker's findings ("Neither the briefing nor the post
mentioned the 40 precincts."). "" for forecasts and projections ("could fall", "could stay shut",
"expected to stay high", "is expected to produce", "will also avoid an estimated", "likely to be
lost", "expects it to hold"), plans and appeals ("plans to follow", "hopes to start building", "would
study", "would review tariffs again before the end of 2028", "would increase night patrols",
"asked anyone with information"), pleas and advice, opinions in quotes or indirect speech, the
column's rhetoric, rhetorical and question subheads, scene-setting, personal anecdotes (an orchard
in 2022, music lessons from a bandmaster, a commute timed at 38 minutes), "We were unable to verify these
numbers." and "We rate the claim Misleading.".

SENTENCE ENDS: abbreviations that END a sentence before a capital ("(Pty) Ltd." before "It said" and
before "The Echo ..." and "All rights reserved."; "at 3.52 p.m." before "The few hundred ...";
"Ltd." before "All rights reserved." twice, before "Registered in Malta, ..." and before "Editor &
Publisher: ..."; "Sdn. Bhd. (197601002233)." before "All rights reserved."; "Okavango Merchant Bank
Ltd.", "company no. C 41882." and "until Nov. 3." at a paragraph's end) and ones that do not ("Nos. 3 and
4", "Rs. 250 million", "Rs. 1 million.", "Reg. No. UFK 455Y,", "Keagan St. Rose, who", "to St.
Lucia", "St. Jude's", "Feb. 26, at 4 p.m., and", "Chief (Dr.) Babatunde", "Assoc. Prof.", "Prof.",
"Dr.", "Hon.", "Datuk Ir.", "Md.", "N. Vasanthi", "J. Camilleri", "Lalbagh Capital Ltd., said",
"etc. all have a part to play", "et al." inside the journal reference); NZ times without full stops
("at 11.20am.", "by 5pm.", "just before 5pm."); decimals and currencies ("9.82 metres", "J$9,500",
"€70 million", "P1.15 billion", "S$755 million", "RM2.40", "Tk 186.42 crore", "Shs48 million",
"US$4,500", a hazard ratio of 0.69 "(95% confidence interval 0.58 to 0.82)."); quotes ending in "?"
or "!" followed by their attribution (one sentence: "“That's the Imran we know!” Red Force captain
... said, laughing.", "“If the company is losing money on households, why is it paying the state
dividends?” he asked.", "What could I do?” she told the Crane.") against a "?" followed by a new
sentence inside the quote ("“Will the stopbanks hold?" / "I'm not going to stand here ...”; "“Will
it come in this time?" / "Ask the river,” he said."; "“Was the pitch turning?" / "Yes." / "But we
made it look like a minefield,” he said."; "“Does this settle the question?" / "Not quite, ...”";
"“Will 38% happen again next year?" / "I doubt it,” she said."); Q&A fragments ("Kerr-Samuels: No."
/ "Export figures run behind ..."; "Why?" / "Because ..."; "If my knees let me!" / "And if ...");
a nested quote ending ".’" before a capital ("“He put the gun to my head and said, ‘Open or you
die.’" / "What could I do?” ..."); ellipses before a lower-case word inside one sentence ("before he
died… we wheeled him", "bat time… the runs", "the weekdays… tuition", "flat… that is"); a whole
sentence in parentheses as its own sentence ("(About 71 per cent ..., PBAPP said.)"); a list with
percentages in parentheses kept whole; two-sentence captions, disclaimers, bios and prompts split;
and "He was 86." split from the lead.

Conventions this set had to settle, in the same spirit as the recent sets:

* Live blog: a key-point item is flagged by content like an entry headline; the entry's reporter
  named alone under it is an entry byline, "B".
* Wire: the "UPDATE 3-" prefix belongs to the headline (one sentence, flagged by content); the
  writethru note is furniture like a correction line; "COLOMBO, Oct 14 (Tradewind) -" belongs to the
  lead.
* Q&A: the interviewer's prefix is the outlet's own name ("The Ledger:"); his turns carry no speaker
  unless they cite a source, as in the recent sets, and a turn stating what a source says is flagged
  by content ("JACRA puts the fall in exports at 38 per cent." "W"). The interviewee's sentences
  carry his full name as the intro gives it ("Delroy Amos Kerr-Samuels") though his first prefix
  drops the middle name.
* Op-ed: the columnist's own sentences carry no speaker (he is the author, not a quoted source),
  flagged by content; readers' comments likewise.
* Press release republished: its sentences with no cue carry no speaker, although the whole release
  is the company's; "today announced" carries the company; the "About ..." paragraph is boilerplate
  like an author bio.
* Obituary: the dead man's words from an old interview carry him; a condolence message "signed by"
  a commissioner carries the government that sent it ("the Ogun State Government", cue
  "described"), not the signatory.
* Fact check: see above for the rating box; the claim quoted again in the body with "told reporters"
  is "W" (the claim under check).

The pages hold 547 sentences: 201 "B", 175 "W" and 171 ""; 174 sentences carry a speaker (81
distinct speakers, page by page). `STYLES` describes each page, its story, its labels and its
furniture in order; `HELDOUT_CASES` holds 30 sentence-split cases written fresh for this set (not
cut from the pages word for word): abbreviations that end a sentence before a capital ("(Pty)
Ltd.", "11.45 a.m.", "etc.", "company no. C 55019.") and ones that do not ("Rs.", "Nos.", "Reg.
No.", "Hon.", "10 a.m. on", "Assoc. Prof.", "Prof.", "Datuk Ir.", "S. Rajeswari", "Md.", "St. Hill"
mid-sentence and at a sentence's start, "Chief (Dr.)", "Mar. 6, at 5 p.m., at", "U.S. dollars");
times without full stops; a wire dateline; decimals and a confidence interval; a journal reference
kept whole; quotes ending "?" followed by a new sentence and "!" followed by attribution; a nested
quote ending ".’"; ellipses before lower-case words; a Q&A prefix before "No."; "Why?" before
"Because"; an exclamation fragment; a parenthesised sentence; a list with parentheses.

Written from scratch for issue 13 in round fifty-seven, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`;
the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the module docstrings,
`STYLES`, two pages of `ARTICLES` and the first three `CASES` of `labelled_new155.py` and
`labelled_new156.py`. Coined names were checked for freshness with file counts of `grep -rlF` over
`labelled_new*.py` and `labelled_articles.py` in `tests/text` (counts only, no text shown): two
outlets, a surname pair, a hyphenated surname, a Malaysian name, a company name and a guard's
surname that hit were replaced before the file was written.

Every person, outlet, firm, co-operative, band, record label, club, statement, post, interview,
study, journal, report, spreadsheet, operation and figure is invented, and so is every small place
(the Ambagaspitiya estate, Ditlharapa village, the Jwaneng South Solar Park, the Tafawa Terrace club,
High Street cell and the like). Real countries, regions, districts, cities, towns, rivers, roads,
grounds, teams, hospitals, universities, ministries, regulators, agencies, police services, courts,
prisons, exchanges, central banks and other public bodies appear only as settings, with invented
statements and figures: Nelson, Tasman, Motueka, Riwaka, Brooklyn, Richmond, Golden Bay, Tākaka
Hill, State Highway 60, Nelson Lakes National Park, Tasman District Council, MetService, NZ Transport
Agency Waka Kotahi and Police; Colombo, Badulla, Haputale, Nuwara Eliya, Kegalle, Ratnapura, Nanu
Oya, Idalgashinna, the Disaster Management Centre, the National Building Research Organisation, the
Department of Meteorology, the President's Media Division, Sri Lanka Railways, the education ministry,
the central bank and the Planters' Association of Ceylon; Kingston, Hagley Gap, St Thomas, Bodles,
the Jamaica Agricultural Commodities Regulatory Authority and RADA; Malta, Marsa, Santa Venera,
Luqa, Birkirkara, the Regional Road, the National Statistics Office, the University of Malta,
Parliament and Transport Malta; Gaborone, Jwaneng, Botswana Power Corporation and the Ministry of
Minerals and Energy; Singapore, Bukit Panjang, East Coast Park, the Singapore Eye Research Institute,
Duke-NUS Medical School, the Health Promotion Board, the National University Hospital, the Ministry of
Education and the National Medical Research Council; Port of Spain, the Queen's Park Oval, the Learie
Constantine Stand, the National Cricket Centre at Balmain, Couva, St. Lucia, the Daren Sammy Cricket
Ground, Kensington Oval, Cricket West Indies, the West Indies Championship and its teams; Lagos,
Ibadan, Abeokuta, Yaba, Ebute Metta, Iganmu, Egbaland, University College Hospital, the Glover
Memorial Hall, the National Theatre, the Ogun State Government, PMAN and the BBC; George Town,
Penang, the Muda river, Johor, Perbadanan Bekalan Air Pulau Pinang, the National Water Services
Commission, the eKasih database, the Consumers' Association of Penang and Perikatan Nasional;
Johannesburg, Pretoria, Gauteng and the other provinces, the South African Police Service, Statistics
South Africa, the Institute for Security Studies and the International Fact-Checking Network; Dhaka,
Tongi, Gazipur, the Dhaka and Chittagong stock exchanges' indices and Bangladesh Bank; Mbarara,
Nyamitanga, Ibanda, Ankole, Kigezi, the Rwizi region police, Mbarara Regional Referral Hospital, the
Mbarara Chief Magistrate's Court, Mbarara Main Prison and the Penal Code Act.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, ticker, crumb, byline, date line,
share strip, caption, credit, time stamp, box label, table row, list item and legal line is a
paragraph of its own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "".
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'New Zealand REGIONAL NEWS SITE (Nelson Tasman), desktop browser paste, a LIVE BLOG WITH TIMED ENTRIES: a state of emergency as the Motueka River breaks its 1990 record. Head: masthead, menu, crumb (all "B"); headline of record "W"; standfirst "MetService says up to 250mm more rain could fall ..." a forecast "" carrying MetService; the live byline with three names, "Last updated 6.41pm, Friday 17 July 2026", share line, "Pinned" and the "What we know so far" box label (all "B"); three key points of record "W" ("at 11.20am." ending the first). Entries newest first, each a time stamp "6.41pm" ("B"), sometimes "Key event" ("B"), an entry headline flagged by content ("River peaks at 9.82m at Woodstock" "W"; "\'Go now\', mayor warns ..." "" carrying the mayor in full, cue "warns"; a scene headline ""), the entry and the reporter\'s name alone on a line ("B"). Body: the river level "Tasman District Council says" and the old record "W"; a hydrologist\'s caution ""; the mayor ("Tasman Mayor" dropped) with "told a media briefing" an expectation "", a plea "", a count of 340 registered "by 5pm." "W" and a quoted question followed by a new sentence in the same quote (two, ""); NZTA ("NZ Transport Agency Waka Kotahi says") a closure "W" and "It says ... could stay shut" ("It" resolving to NZTA, a forecast ""); Golden Bay cut off "W"; an orchardist\'s scene and anecdote "" and "Will it come in this time?" / "Ask the river,” he said." (two, ""); stopbank spending "according to council records" "W"; MetService\'s red warning, an act "W", a meteorologist\'s forecast "" and quote "", "the first red warning ... since 2019" "W"; the declaration "at 11.20am" and the seven-day rule "W"; a welcome line "" and "Police say" evacuations "W". Tail: "Load earlier updates", related label and headline, copyright (all "B").',
    'Sri Lankan story from an international WIRE SERVICE, desktop browser paste, a WIRE STORY WITH CREDITS AND WRITETHRU NOTES: landslides kill 17 in the central hills and 31 are missing. Head: wire logo, menu, section (all "B"); headline "UPDATE 3-Sri Lanka landslides kill 17 ..." with its update prefix, of record "W"; byline, read time, the date and update line run together as pasted (all "B"); a caption "" and its photo credit run into "Purchase Licensing Rights" ("B"); the writethru note "(Adds death toll, ... in paragraphs 3-4, ...)" "B". Body: "COLOMBO, Oct 14 (Tradewind) -" lead "the Disaster Management Centre (DMC) said" (acronym dropped) "W"; the estate\'s "Nos. 3 and 4 line rooms" mid-sentence "W"; a causal account "told Tradewind" "W" and the spokesman\'s two-sentence quote ""; the NBRO\'s warnings (an act, "W"); shelter counts "according to the DMC" (short form resolving to the name as first given) "W"; a rain forecast ""; relief money "Rs. 250 million" and "Rs. 1 million." "said in a statement" by the President\'s Media Division "W"; the railway "W"; schools closed "W"; a survivor ("said", a scene ""), her quote closed by "she said, speaking in Tamil." (cue "said", two ""), her missing husband named with his age "W"; the plantation company "W" and "The company did not say" ""; "according to DMC data" and "according to central bank data" "W"; the planters\' forecast "". Tail: the one-sentence credits line with semicolons, "Our Standards: ...", a two-sentence correspondent bio, "Read Next" and a headline (all "B").',
    'Jamaican NATIONAL NEWSPAPER\'S WEBSITE (Kingston), desktop browser paste, an INTERVIEW IN Q&A FORM: the chairman of a Blue Mountain coffee growers\' co-operative on leaf rust and prices. Head: masthead, menu, crumb (all "B"); headline "..., growers\' leader says" "W" carrying the interviewee in full; standfirst "" (no cue); byline with "/Business Writer", date line, share strip (all "B"); caption "" and credit "B". Intro: exports "according to the Jamaica Agricultural Commodities Regulatory Authority (JACRA)" and the smallest volume since 2012-13 "W"; his biography "W"; the edited-for-length note "B". Q&A: the interviewer\'s turns prefixed "The Ledger:" carry no speaker (questions "", "Last question." "") unless they cite a source ("JACRA puts ..." resolving to the authority as first given, "W"; "The minister has promised ..." kept as written, ""; "Japanese buyers say" ""; "You told the agriculture committee in February ..." the interviewee, cue "told the agriculture committee", ""); every answer sentence carries "Delroy Amos Kerr-Samuels" with the prefix as cue ("Delroy Kerr-Samuels:" first, then "Kerr-Samuels:"), counts, prices in "J$", membership and seedlings "W", a grower\'s causal account of the rust "W", opinions "", "Kerr-Samuels: No." a sentence, "Why?" split from "Because ...", "If my knees let me!" split from "And if ...". Tail: feedback line ending ".com.jm.", "More in Business" and a headline, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Maltese NATIONAL NEWSPAPER\'S WEBSITE (Valletta), desktop browser paste, an OP-ED COLUMN: a civil engineer argues that more roads will not fix traffic. Head: masthead, menu, section label (all "B"); opinion headline and standfirst ""; columnist\'s name, date and updated lines (all "B"). Body: the columnist\'s own sentences carry no speaker, his commute anecdote "" ("at about 7.20am," mid-sentence); vehicles "according to the National Statistics Office (NSO)" and "the NSO said" (short form resolving to the name as first given) "W"; his derived figures (62 a day, 794 per 1,000) "W"; rhetorical question and fragment ""; a junction\'s cost "W"; "A 2025 study by University of Malta transport researchers found" "W"; induced demand "since the 1960s" "W"; an "Advertisement" line "B"; "the transport minister told Parliament" a promise "" and "The minister also said" resolving to "the transport minister" ""; short lines of opinion ("Nobody is asking him to.") ""; bus punctuality "Transport Malta said in its annual report" "W"; free buses since October 2022 "W"; no bus lane "W"; advice ""; a "Read also:" line "B"; "etc." before a lower-case word inside one sentence "". Tail: author bio and views disclaimer, "Comments (23)", a two-sentence moderation note, comment handles with times ("J. Camilleri · 3 hours ago"), "Reply | Like (14)" (all "B"); the comments\' own words "" with no speaker; copyright split at "Ltd." and "company no. C 41882." (all "B").',
    'Botswana NEWS SITE (Gaborone), desktop browser paste, a PRESS RELEASE REPUBLISHED: an independent power producer switches on a 100MW solar plant near Jwaneng. Head: masthead, menu, section label, the site\'s disclaimer of two sentences split after "(Pty) Ltd." (all "B"); headline of record "W"; the release\'s subhead, a projection ""; posted line, share strip, "FOR IMMEDIATE RELEASE" (all "B"). Body: "GABORONE, Botswana, 3 March 2026 –" lead "Kgalagadi Sun Power (Pty) Ltd today announced" carrying the company "W"; grid export date and the power purchase agreement "W" (no cue, no speaker); the chief executive "said Tumelo Bogosi-Ntwaagae, Chief Executive Officer of ..." ("") and his quote carried on ("on time and on budget" "W", pride ""); workforce "W"; "Kgotla Engineering Works (Pty) Ltd." ending a sentence before "It said" (both "W", "It" the firm with "Ltd."); the minister ("Hon." dropped) an opinion "", the government\'s 2030 target "W" and a two-sentence quote ""; financing in pula "W"; output and emissions projections and a second phase ""; a community payment with a start date "W"; a chief ("Kgosi" dropped) with a plan "". Tail: "ENDS", "About ..." heading and boilerplate, forward-looking statements heading and two sentences, media contact, phone and e-mail, "More Press Releases" and a headline, copyright split at "(Pty) Ltd." (all "B").',
    'Singaporean NATIONAL NEWSPAPER\'S WEBSITE, desktop browser paste, a SCIENCE STORY ON A STUDY: two hours outdoors a day cuts children\'s myopia risk by nearly a third. Head: masthead, menu, crumb (all "B"); headline "..., S\'pore study finds" "W" carrying "a study of 4,212 pupils" as the story first gives it; standfirst "Researchers say ..." ""; byline, role, updated and published lines, gift/share strip (all "B"); a two-sentence caption split (scene "", "from Primary 1 to Primary 6." "W") and its credit "B". Body: "SINGAPORE –" lead "a study of 4,212 pupils has found" "W"; design, publication date, results and a hazard ratio with its confidence interval in parentheses "W"; sensors (methodology) "W"; the lead author ("Lead author Assoc. Prof." dropped) a finding "W", an interpretation "", and her quote carried into a new paragraph stating a brightness ratio "W"; a national figure "according to the Health Promotion Board (HPB)" "W"; a "Read more:" line "B"; cautions "the authors noted" and "they wrote" (both "the authors", ""); an outside professor ("Prof." dropped) "" and her quote with a question then a new sentence (""); the ministry\'s rule since 2024 "W" and "It said it would study" ""; a parent and her ellipsis before a lower-case word (one sentence, ""); a cost "according to a 2022 estimate by Seri researchers" "W"; a plan "". Tail: journal reference with "et al." and a title\'s full stop as ONE "B" sentence, funding note, author bio, WhatsApp prompt, topics, "Recommended" and two headlines (all "B").',
    'Trinidad and Tobago SPORTS NEWS SITE (Port of Spain), desktop browser paste, a MATCH REPORT: a West Indies Championship four-day match won by six wickets. Head: masthead, menu, crumb (all "B"); headline and standfirst of record "W"; byline "at the Queen\'s Park Oval", posted line with "7:45 p.m.", share and comments count (all "B"); caption "" and credit "B". Body: "PORT OF SPAIN –" lead and the table position "W"; the collapse, career-best figures and his 11th five-wicket haul "W"; the chase finished "at 3.52 p.m." ending a sentence before "The few hundred spectators ..." ("W" / a scene ""); the innings and the partnership "with Keagan St. Rose, who made 41," "W"; the batter\'s ellipsis before a lower-case word (one sentence, ""); "“That\'s the Imran we know!” Red Force captain ... said, laughing." (one sentence, "") and the captain\'s anecdote ""; the losing captain\'s "batted like tourists" "" and "“Was the pitch turning?" / "Yes." / "But ...,” he said." (three, ""); the first innings "W"; an "ADVERTISEMENT" line "B"; attendance "Cricket West Indies said" "W"; fixtures "to St. Lucia" "W". Tail: "SUMMARISED SCORES" label "B" and score lines, result and player of the match as data ""; standings title and header row "B", rows ""; "More Cricket" and a headline, copyright (all "B").',
    'Nigerian NATIONAL NEWSPAPER\'S WEBSITE (Lagos), desktop browser paste, an OBITUARY: a highlife trumpeter and bandleader dies at 86. Head: masthead, menu, crumb (all "B"); headline of record "W"; standfirst "Son says ..." (an anecdote "" carrying the son in full as the story gives him); byline, date, share strip (all "B"); a dated caption with "Chief (Dr.)" "W" and its credit "B". Body: lead "his family said" (generic noun as written) "W" and "He was 86." "W"; the son "said in a statement" "W" and "the statement said" (kept as written, with an ellipsis before a lower-case word, ""); birth, first band and the band\'s founding "W"; the dead man\'s own words from a 1998 interview ("In 1998 he told this newspaper", cue "told this newspaper"; "he said in that interview") ""; record sales "according to its label, Apapa Sound Records" (the appositive descriptor dropped) "W"; the London residency, the war and the re-formed band "W"; a former band member ("Sir" dropped) "" and his two-sentence quote ""; a condolence message "signed by its Commissioner for Information, Dr. ..." carrying "the Ogun State Government", cue "described", ""; PMAN\'s tribute concert with a date "W"; survivors "W"; the service of songs "at St. Jude\'s ... on Thursday, Feb. 26, at 4 p.m., and ... on Feb. 28, the family said" "W". Tail: "FACT FILE" label "B" and its four items "W"; condolence e-mail, "Also in Obituaries" and a headline, copyright split at "Ltd." (all "B").',
    'Malaysian NATIONAL NEWSPAPER\'S WEBSITE, desktop browser paste, an EXPLAINER WITH QUESTION SUBHEADS: Penang\'s water tariffs rise from Jan 1. Head: masthead, menu, crumb (all "B"); headline "Explainer: Why Penang\'s water bills are going up, ..." "W"; standfirst "PBAPP says ..." "W" carrying the company\'s full name as the story first gives it; byline, published line with "MYT", read time, share strip (all "B"). Body: "GEORGE TOWN:" lead and the approval dates "W"; "Here is what you need to know." ""; question subheads "" (seven of them); the minimum charge "W"; the tariff table\'s title, header and source "B" and its four rows ""; cost rises "Perbadanan Bekalan Air Pulau Pinang Sdn Bhd (PBAPP) said" (a causal claim, acronym dropped) "W"; the chief executive ("Datuk Ir." dropped) a loss "W" and a two-sentence quote "told reporters" ""; worked bills in ringgit "W"; a whole sentence in parentheses ending "PBAPP said.)" "W"; exemptions "W"; "Yes, for now." "" and "According to SPAN figures" "W"; the consumers\' association "called" "", its officer with an initial ("N. Vasanthi Ramasamy") "" and her ellipsis (one sentence, ""); an assemblyman\'s dividend figure "W" and his question with its attribution (one sentence, ""); PBAPP\'s reply "W"; billing from February "W"; a review "before the end of 2028" (a plan ""). Tail: related line, copyright with "Sdn. Bhd. (197601002233)." split before "All rights reserved." (all "B").',
    'South African FACT-CHECKING SITE, desktop browser paste, a FACT CHECK WITH A RATING BOX: a provincial MEC\'s claim that murders fell 30%. Head: masthead, menu, crumb (all "B"); headline of record "W"; standfirst "... MEC says ..." "W" carrying the MEC in full; byline, date, share strip (all "B"). Rating box: "OUR VERDICT" "B"; "Rating: MISLEADING" (a judgement, ""); "Claim: “...”" carrying the MEC with the cue "Claim:" "W"; "Made by: ..." (a record of where and when, "W", no speaker); "The facts: SAPS figures show ..." "W"; "How we rate claims" "B". Body: the claim quoted "told reporters" "W"; the post\'s views "W"; why it was checked ""; question subheads ""; how SAPS publishes "W"; counts "According to the 2025/26 annual figures, released on 14 May," (the participle dropped: "the 2025/26 annual figures") "W"; the fall and a list of provinces with percentages in parentheses (one sentence) "W"; the spokesperson\'s explanation "W"; "A departmental spreadsheet he sent to Klarity shows" (kept whole) "W"; "We were unable to verify these numbers." "" beside the SAPS publishing practice "W"; "SAPS did not respond to a request for comment." (resolving to the service) ""; "Neither the briefing nor the post mentioned ..." "W"; a researcher ("Dr." dropped) "" and her two-sentence quote ""; the rate per 100,000 "according to Stats SA mid-year population estimates" "W"; her closing view ""; "Conclusion" "", two findings "W", "We rate the claim Misleading." "". Tail: credits line, "Sources" and three source lines, a two-sentence tip prompt, IFCN line, republish line, helpfulness prompt (all "B").',
    'Bangladeshi BUSINESS DAILY\'S WEBSITE (Dhaka), desktop browser paste, a BUSINESS RESULTS STORY: a listed drugmaker\'s nine-month profit up 21.3%. Head: masthead, menu with a Bengali label, a DSEX/DS30/CSCX ticker, crumb (all "B"); headline of record "W"; standfirst "Company secretary says margins should hold ..." (a forecast "" carrying "Md. Anisur Rahman Bhuiyan", "Md." kept as part of the name); "Staff Correspondent", published/updated line, share (all "B"); caption "" and "Photo: Collected" "B". Body: profit "according to a disclosure on the Dhaka Stock Exchange (DSE) website on Tuesday" (acronym dropped from inside the phrase: "a disclosure on the Dhaka Stock Exchange website") "W"; EPS, quarter, revenue and exports in "Tk ... crore" "W"; the company secretary "told The Business Post" a causal claim "W", a quote of view "", import share "W"; a margin and its cause "W" and "Bhuiyan expects" ""; the taka "according to Bangladesh Bank data" "W"; an "ALSO READ:" line "B"; share price and P/E "W"; an analyst with "Lalbagh Capital Ltd.," mid-sentence "", her base-effect figure "W", and her quoted question followed by "I doubt it,” she said." (two, ""); board, dividend, NAV "W"; shareholding "according to DSE data" "W". Tail: "Key figures" table title and header "B", three rows "", source "B"; related label and headline, copyright and editor line (all "B").',
    'Ugandan REGIONAL NEWS SITE (Mbarara), desktop browser paste, a LOCAL CRIME STORY: armed men rob a mobile money shop of Shs48 million and shoot a guard. Head: masthead, menu, crumb (all "B"); headline of record "W"; byline, posted line with comment count, share strip (all "B"); caption "" and credit "B". Body: "MBARARA –" lead "police have said" ("police", cue "have said") "W"; the regional spokesperson ("SP" dropped) with the time "about 8.30pm" "W" and motorcycles with "Reg. No. UFK 455Y," mid-sentence "W"; the guard named with his age "W"; the owner\'s account "" and her quote with a nested quote ending ".’" before "What could I do?” she told the Crane." (two, ""); the sums taken "W"; an "ALSO READ:" line "B"; arrests and "still on the run" "W" and an appeal "asked" ""; the court appearance and remand "until Nov. 3." "W"; the maximum sentence under the Penal Code Act "W"; the LC1 chairperson "" and his two-sentence quote ""; an unnamed council engineer ("who asked not to be named because ..." dropped) a count "W" and "He said the council was still waiting" ""; the third robbery since July "according to police records" "W"; patrols promised ""; "Several traders on High Street said" a plan "". Tail: tags, tip line, "Leave a Reply", a two-sentence comment-form note, copyright (all "B").',
]

ARTICLES = [
    # 1. New Zealand REGIONAL NEWS SITE (Nelson Tasman)
    [
        [
            ("THE TASMAN SIGNAL", "", "", "B"),
        ],
        [
            (
                "Home | Local | Weather | Sport | Business | Opinion | Te Ao Māori | Puzzles | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Nelson Tasman › Weather", "", "", "B"),
        ],
        [
            ("Live: State of emergency in Tasman as Motueka River breaks 1990 record", "", "", "W"),
        ],
        [
            (
                "MetService says up to 250mm more rain could fall on the western ranges before dawn on Saturday",
                "MetService",
                "says",
                "",
            ),
        ],
        [
            (
                "Live updates by Aroha Tipene-Wallace, Ben Carruthers-Hohaia and Maia Rensburg-Tawhai",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Last updated 6.41pm, Friday 17 July 2026", "", "", "B"),
        ],
        [
            ("Share this live blog | Copy link", "", "", "B"),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            ("What we know so far", "", "", "B"),
        ],
        [
            ("A state of emergency was declared for the Tasman District at 11.20am.", "", "", "W"),
        ],
        [
            (
                "About 1900 people in Riwaka, Motueka and Brooklyn have been told to leave their homes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "State Highway 60 is closed over Tākaka Hill, cutting Golden Bay off by road.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("6.41pm", "", "", "B"),
        ],
        [
            ("River peaks at 9.82m at Woodstock", "", "", "W"),
        ],
        [
            (
                "The Motueka River at the Woodstock gauge reached 9.82 metres at 5.50pm, Tasman District Council says.",
                "Tasman District Council",
                "says",
                "W",
            ),
            ("That is 41cm above the previous record, set in April 1990.", "", "", "W"),
        ],
        [
            (
                "“It has stopped rising, but I wouldn't call it a peak until it has been falling for a couple of hours,” council hydrologist Priya Sandhu-Keepa said.",
                "Priya Sandhu-Keepa",
                "said",
                "",
            ),
        ],
        [
            ("Ben Carruthers-Hohaia", "", "", "B"),
        ],
        [
            ("6.12pm", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            (
                "'Go now', mayor warns as council braces for a long night",
                "Mereana Falwasser-Tait",
                "warns",
                "",
            ),
        ],
        [
            (
                "Tasman Mayor Mereana Falwasser-Tait told a media briefing the council expected the river to stay high until at least midnight.",
                "Mereana Falwasser-Tait",
                "told a media briefing",
                "",
            ),
            (
                "“If you have been asked to leave, please go now,” she said.",
                "Mereana Falwasser-Tait",
                "said",
                "",
            ),
        ],
        [
            (
                "She said 340 people had registered at the two evacuation centres by 5pm.",
                "Mereana Falwasser-Tait",
                "said",
                "W",
            ),
            ("“Will the stopbanks hold?", "Mereana Falwasser-Tait", "said", ""),
            (
                "I'm not going to stand here and promise you that,” she said.",
                "Mereana Falwasser-Tait",
                "said",
                "",
            ),
        ],
        [
            ("Maia Rensburg-Tawhai", "", "", "B"),
        ],
        [
            ("5.34pm", "", "", "B"),
        ],
        [
            ("SH60 closed over Tākaka Hill", "", "", "W"),
        ],
        [
            (
                "NZ Transport Agency Waka Kotahi says State Highway 60 is closed over Tākaka Hill after two slips came down just before 5pm.",
                "NZ Transport Agency Waka Kotahi",
                "says",
                "W",
            ),
            (
                "It says the road will not reopen before Saturday and could stay shut for several days.",
                "NZ Transport Agency Waka Kotahi",
                "says",
                "",
            ),
            ("Golden Bay, home to about 5600 people, is now cut off by road.", "", "", "W"),
        ],
        [
            ("Aroha Tipene-Wallace", "", "", "B"),
        ],
        [
            ("4.58pm", "", "", "B"),
        ],
        [
            ("Riwaka growers move pumps and tractors to higher ground", "", "", ""),
        ],
        [
            (
                "In Riwaka, orchardist Tomasi Havili-Greer was loading pumps and fuel cans onto a trailer when the Signal arrived.",
                "",
                "",
                "",
            ),
            (
                "“We had water through the packhouse in 2022 and it took us nine months to get going again,” he said.",
                "Tomasi Havili-Greer",
                "said",
                "",
            ),
        ],
        [
            ("“Will it come in this time?", "Tomasi Havili-Greer", "said", ""),
            ("Ask the river,” he said.", "Tomasi Havili-Greer", "said", ""),
        ],
        [
            (
                "Riwaka's stopbanks were raised by 600mm after the 2022 flood, at a cost of $4.3 million, according to council records.",
                "council records",
                "according to",
                "W",
            ),
        ],
        [
            ("Ben Carruthers-Hohaia", "", "", "B"),
        ],
        [
            ("2.47pm", "", "", "B"),
        ],
        [
            ("MetService issues red warning for Tasman ranges", "", "", "W"),
        ],
        [
            (
                "MetService has upgraded its heavy rain warning for the Tasman ranges and Nelson Lakes National Park to red, its highest level, until 9am on Saturday.",
                "",
                "",
                "W",
            ),
            (
                "Meteorologist Ingrid Kovacs-Ruru said a further 150 to 250mm could fall on the ranges, with peak rates of 40mm an hour this evening.",
                "Ingrid Kovacs-Ruru",
                "said",
                "",
            ),
            (
                "“A red warning means act now, not in an hour,” she said.",
                "Ingrid Kovacs-Ruru",
                "said",
                "",
            ),
            (
                "It is the first red warning for the Tasman ranges since the system was introduced in 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Aroha Tipene-Wallace", "", "", "B"),
        ],
        [
            ("11.26am", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("State of emergency declared", "", "", "W"),
        ],
        [
            (
                "Mayor Falwasser-Tait declared a state of emergency for the Tasman District at 11.20am because of the risk to life along the Motueka and Riwaka rivers.",
                "",
                "",
                "W",
            ),
            (
                "A state of local emergency lasts seven days unless it is extended or lifted earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Ben Carruthers-Hohaia", "", "", "B"),
        ],
        [
            ("9.05am", "", "", "B"),
        ],
        [
            (
                "Kia ora and welcome to our live coverage of the flooding in Nelson and Tasman.",
                "",
                "",
                "",
            ),
            (
                "Police say 23 households in Brooklyn and Riwaka were evacuated overnight after the Riwaka River went over its banks at about 3am.",
                "Police",
                "say",
                "W",
            ),
        ],
        [
            ("Aroha Tipene-Wallace", "", "", "B"),
        ],
        [
            ("Load earlier updates", "", "", "B"),
        ],
        [
            ("Related coverage", "", "", "B"),
        ],
        [
            ("Photos: Motueka under water", "", "", "B"),
        ],
        [
            ("© 2026 Tasman Signal Media Limited", "", "", "B"),
        ],
    ],
    # 2. Sri Lankan story from an international WIRE SERVICE
    [
        [
            ("Tradewind", "", "", "B"),
        ],
        [
            (
                "World | Business | Markets | Sustainability | Legal | Breakingviews | More",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Asia Pacific", "", "", "B"),
        ],
        [
            (
                "UPDATE 3-Sri Lanka landslides kill 17 in central hills, 31 missing as rain persists",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Dilrukshi Wanigasekara-Perera", "", "", "B"),
        ],
        [
            ("4 minute read", "", "", "B"),
        ],
        [
            ("October 14, 2026 10:52 AM GMT+5:30 Updated 2 hours ago", "", "", "B"),
        ],
        [
            (
                "Soldiers carry a body recovered from a landslide on the Ambagaspitiya estate in Badulla district, Sri Lanka, October 14, 2026.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Tradewind/Nuwan Jayakody-Silva Purchase Licensing Rights", "", "", "B"),
        ],
        [
            (
                "(Adds death toll, missing count, DMC spokesman's comments in paragraphs 3-4, compensation in paragraph 8)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "COLOMBO, Oct 14 (Tradewind) - Landslides triggered by three days of monsoon rain have killed at least 17 people in Sri Lanka's central hills and 31 are missing, the Disaster Management Centre (DMC) said on Wednesday.",
                "the Disaster Management Centre",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fourteen of the dead were on the Ambagaspitiya tea estate in Badulla district, where a hillside collapsed onto the estate's Nos. 3 and 4 line rooms, two rows of workers' homes, before dawn on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Soldiers and police were digging by hand because excavators could not reach the estate along a road cut in two places, DMC spokesman Kapila Weerasooriya-Bandara told Tradewind.",
                "Kapila Weerasooriya-Bandara",
                "told Tradewind",
                "W",
            ),
        ],
        [
            ('"Every hour counts now.', "Kapila Weerasooriya-Bandara", "said", ""),
            (
                'We are still hearing from families who cannot find people," he said.',
                "Kapila Weerasooriya-Bandara",
                "said",
                "",
            ),
        ],
        [
            (
                "The National Building Research Organisation has issued its highest landslide warning for 46 divisional secretariat divisions in Badulla, Nuwara Eliya, Kegalle and Ratnapura districts.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "More than 52,000 people have been affected by floods and landslides since Sunday and 8,400 are staying in 112 temporary shelters, according to the DMC.",
                "the Disaster Management Centre",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Department of Meteorology forecast more than 150 mm of rain in parts of the Central, Uva and Sabaragamuwa provinces over the next 24 hours.",
                "The Department of Meteorology",
                "forecast",
                "",
            ),
        ],
        [
            (
                "The President's Media Division said in a statement that the government had released Rs. 250 million for relief and that the family of each person killed would receive Rs. 1 million.",
                "The President's Media Division",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Trains on the main line were halted beyond Nanu Oya after earth and rock buried a 60-metre stretch of track near Idalgashinna, Sri Lanka Railways said.",
                "Sri Lanka Railways",
                "said",
                "W",
            ),
        ],
        [
            (
                "The education ministry closed all schools in Badulla and Nuwara Eliya districts until Friday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                'At a Buddhist temple in Haputale where about 300 survivors were sheltering, tea plucker Selvarani Muthulingam, 44, said the hillside had made a sound "like a gun going off" before it came down.',
                "Selvarani Muthulingam",
                "said",
                "",
            ),
        ],
        [
            ('"I ran out with the children.', "Selvarani Muthulingam", "said", ""),
            (
                'My husband went back for his mother," she said, speaking in Tamil.',
                "Selvarani Muthulingam",
                "said",
                "",
            ),
        ],
        [
            (
                "Her husband, Murugesu Selvaraj, 49, and his mother are among the missing.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Uva Highlands Plantations PLC, which manages the estate, said it had moved 610 workers' families to its factory buildings and a school.",
                "Uva Highlands Plantations PLC",
                "said",
                "W",
            ),
            (
                "The company did not say whether it had received the NBRO's warning before the collapse.",
                "The company",
                "did not say",
                "",
            ),
        ],
        [
            (
                "Landslides killed 27 people in the same four districts in June 2025, according to DMC data.",
                "DMC data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Tea is Sri Lanka's second-biggest merchandise export after garments, earning $1.4 billion in 2025, according to central bank data.",
                "central bank data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Planters' Association of Ceylon said about a tenth of October's crop in Badulla district was likely to be lost.",
                "The Planters' Association of Ceylon",
                "said",
                "",
            ),
        ],
        [
            (
                "(Reporting by Dilrukshi Wanigasekara-Perera in Colombo and Mohamed Rizwan Careem in Badulla; Additional reporting by Tharindu Abeysekara-Fonseka; Writing by Aditi Raghavan-Moss; Editing by Stephen Mallory-Ekwueme and Priya Balasuriya-Hart)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our Standards: The Tradewind Trust Principles.", "", "", "B"),
        ],
        [
            (
                "Dilrukshi Wanigasekara-Perera is Tradewind's correspondent in Colombo, covering Sri Lanka and the Maldives.",
                "",
                "",
                "B",
            ),
            ("She joined Tradewind in 2019 from a Sinhala-language daily.", "", "", "B"),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            ("Maldives court jails former minister over resort lease deal", "", "", "B"),
        ],
    ],
    # 3. Jamaican NATIONAL NEWSPAPER'S WEBSITE (Kingston)
    [
        [
            ("THE LIGUANEA LEDGER", "", "", "B"),
        ],
        [
            (
                "News | Business | Sports | Entertainment | Lifestyle | Letters | E-Paper | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business › Agriculture", "", "", "B"),
        ],
        [
            (
                "Leaf rust halved this year's Blue Mountain crop, growers' leader says",
                "Delroy Amos Kerr-Samuels",
                "says",
                "W",
            ),
        ],
        [
            (
                "In a wide-ranging interview, the head of the Hagley Gap Growers' Co-operative talks prices, pickers and why the young are leaving the hills",
                "",
                "",
                "",
            ),
        ],
        [
            ("Tamara Nugent-Bailey/Business Writer", "", "", "B"),
        ],
        [
            ("Sunday | May 10, 2026 | 12:08 AM", "", "", "B"),
        ],
        [
            ("Share | Tweet | WhatsApp | Email", "", "", "B"),
        ],
        [
            (
                "Delroy Amos Kerr-Samuels among drying coffee at the co-operative's pulpery in Hagley Gap, St Thomas, last Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Rudolph Clarke-Mais/Photographer", "", "", "B"),
        ],
        [
            (
                "Exports of Jamaica Blue Mountain coffee fell 38 per cent in the year to March, to 412,000 kilograms, according to the Jamaica Agricultural Commodities Regulatory Authority (JACRA).",
                "the Jamaica Agricultural Commodities Regulatory Authority",
                "according to",
                "W",
            ),
            (
                "It was the smallest volume since the 2012-13 crop, when leaf rust last swept through the Blue Mountains.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Delroy Amos Kerr-Samuels, 58, has farmed in Hagley Gap for four decades and has chaired the 430-member co-operative since 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("This interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("The Ledger: How bad was this crop?", "", "", ""),
        ],
        [
            (
                "Delroy Kerr-Samuels: We delivered 8,900 boxes of cherry to the factory this crop.",
                "Delroy Amos Kerr-Samuels",
                "Delroy Kerr-Samuels:",
                "W",
            ),
            (
                "The year before it was 17,600.",
                "Delroy Amos Kerr-Samuels",
                "Delroy Kerr-Samuels:",
                "W",
            ),
            (
                "The rust came in October with the rains, and most small farmers could not afford to spray twice.",
                "Delroy Amos Kerr-Samuels",
                "Delroy Kerr-Samuels:",
                "W",
            ),
        ],
        [
            (
                "The Ledger: JACRA puts the fall in exports at 38 per cent.",
                "the Jamaica Agricultural Commodities Regulatory Authority",
                "puts",
                "W",
            ),
            ("Is that the whole story?", "", "", ""),
        ],
        [
            ("Kerr-Samuels: No.", "Delroy Amos Kerr-Samuels", "Kerr-Samuels:", ""),
            (
                "Export figures run behind the crop, because coffee can sit in the warehouse for months before it ships.",
                "Delroy Amos Kerr-Samuels",
                "Kerr-Samuels:",
                "",
            ),
            (
                "At the farm gate the fall is closer to half.",
                "Delroy Amos Kerr-Samuels",
                "Kerr-Samuels:",
                "W",
            ),
        ],
        [
            ("The Ledger: What are farmers being paid?", "", "", ""),
        ],
        [
            (
                "Kerr-Samuels: The factories are paying between J$9,500 and J$11,000 a box.",
                "Delroy Amos Kerr-Samuels",
                "Kerr-Samuels:",
                "W",
            ),
            ("In 2019 it was J$7,000.", "Delroy Amos Kerr-Samuels", "Kerr-Samuels:", "W"),
            (
                "That sounds like a raise until you price fertiliser.",
                "Delroy Amos Kerr-Samuels",
                "Kerr-Samuels:",
                "",
            ),
            (
                "A 50-kilo bag was J$6,800 when I became chairman, and it is J$14,200 now.",
                "Delroy Amos Kerr-Samuels",
                "Kerr-Samuels:",
                "W",
            ),
        ],
        [
            (
                "The Ledger: You told the agriculture committee in February that small growers were “being farmed out of existence.”",
                "Delroy Amos Kerr-Samuels",
                "told the agriculture committee",
                "",
            ),
            ("Do you still believe that?", "", "", ""),
        ],
        [
            ("Kerr-Samuels: More than ever.", "Delroy Amos Kerr-Samuels", "Kerr-Samuels:", ""),
            (
                "Our membership was 610 in 2015 and it is 430 today.",
                "Delroy Amos Kerr-Samuels",
                "Kerr-Samuels:",
                "W",
            ),
            (
                "It's the young ones, who can make more on a construction site in Kingston and never have to watch the sky.",
                "Delroy Amos Kerr-Samuels",
                "Kerr-Samuels:",
                "",
            ),
        ],
        [
            (
                "The Ledger: The minister has promised a replanting programme.",
                "The minister",
                "has promised",
                "",
            ),
            ("What would you ask him for?", "", "", ""),
        ],
        [
            ("Kerr-Samuels: Plants first.", "Delroy Amos Kerr-Samuels", "Kerr-Samuels:", ""),
            (
                "RADA has 180,000 rust-resistant seedlings at Bodles, and St Thomas alone needs about 600,000.",
                "Delroy Amos Kerr-Samuels",
                "Kerr-Samuels:",
                "W",
            ),
            ("Why?", "Delroy Amos Kerr-Samuels", "Kerr-Samuels:", ""),
            (
                "Because a seedling takes three years to bear, and a farmer with nothing coming in for three years is not a farmer any more.",
                "Delroy Amos Kerr-Samuels",
                "Kerr-Samuels:",
                "",
            ),
        ],
        [
            (
                "The Ledger: Japanese buyers say they may start blending Blue Mountain with other Jamaican coffee.",
                "Japanese buyers",
                "say",
                "",
            ),
            ("Does that worry you?", "", "", ""),
        ],
        [
            (
                "Kerr-Samuels: It should worry everybody.",
                "Delroy Amos Kerr-Samuels",
                "Kerr-Samuels:",
                "",
            ),
            (
                "Japan took 71 per cent of our exports last year.",
                "Delroy Amos Kerr-Samuels",
                "Kerr-Samuels:",
                "W",
            ),
            (
                "If the name gets watered down, we lose the one thing that makes a small farm up here pay.",
                "Delroy Amos Kerr-Samuels",
                "Kerr-Samuels:",
                "",
            ),
        ],
        [
            ("The Ledger: Last question.", "", "", ""),
            ("Will you still be picking coffee in ten years?", "", "", ""),
        ],
        [
            ("Kerr-Samuels: If my knees let me!", "Delroy Amos Kerr-Samuels", "Kerr-Samuels:", ""),
            (
                "And if the rust doesn't get there first.",
                "Delroy Amos Kerr-Samuels",
                "Kerr-Samuels:",
                "",
            ),
        ],
        [
            ("Send feedback to business@liguanealedger.com.jm.", "", "", "B"),
        ],
        [
            ("More in Business", "", "", "B"),
        ],
        [
            ("Tourist arrivals up 6% in first quarter", "", "", "B"),
        ],
        [
            ("© 2026 Liguanea Ledger Company Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 4. Maltese NATIONAL NEWSPAPER'S WEBSITE (Valletta)
    [
        [
            ("THE GRAND HARBOUR GAZETTE", "", "", "B"),
        ],
        [
            (
                "Local | National | Business | Sport | World | Opinion | Lifestyle | E-paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Opinion", "", "", "B"),
        ],
        [
            ("We keep building roads for cars that have nowhere left to go", "", "", ""),
        ],
        [
            (
                "Another flyover will not fix Marsa, but fewer cars on the road just might",
                "",
                "",
                "",
            ),
        ],
        [
            ("Kurt Xuereb Bonnici", "", "", "B"),
        ],
        [
            ("Sunday, 12 April 2026, 08:15", "", "", "B"),
        ],
        [
            ("Last updated: 12 April 2026, 10:02", "", "", "B"),
        ],
        [
            (
                "Every weekday at about 7.20am, I join a queue on the Regional Road that does not move for whole minutes at a time.",
                "",
                "",
                "",
            ),
            (
                "I have timed it: 38 minutes from Santa Venera to the Marsa roundabout, a distance of 4.6 kilometres.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Malta had 447,326 licensed motor vehicles at the end of March, according to the National Statistics Office (NSO).",
                "the National Statistics Office",
                "according to",
                "W",
            ),
            (
                "That is 62 more vehicles on our roads every single day, on average, over the past year.",
                "",
                "",
                "W",
            ),
            (
                "With about 563,000 residents, we have roughly 794 vehicles for every 1,000 people, one of the highest ratios in the European Union.",
                "",
                "",
                "W",
            ),
            (
                "Registrations of new and imported used vehicles rose 9% last year, to 24,418, the NSO said in February.",
                "the National Statistics Office",
                "said",
                "W",
            ),
        ],
        [
            ("And what has been our answer?", "", "", ""),
            ("More tarmac.", "", "", ""),
        ],
        [
            (
                "The last big junction project in Marsa, finished in 2022, cost €70 million and was meant to cut peak journey times through the area by a third.",
                "",
                "",
                "W",
            ),
            (
                "A 2025 study by University of Malta transport researchers found that, within two years of the works, peak-hour journeys through the junction were back to where they had been before.",
                "A 2025 study by University of Malta transport researchers",
                "found",
                "W",
            ),
            (
                "Engineers call this induced demand, and it has been in the textbooks since the 1960s.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Last month the transport minister told Parliament that a new flyover at Luqa would “solve the south for a generation.”",
                "the transport minister",
                "told Parliament",
                "",
            ),
            (
                "I have heard that sentence, or one very like it, about every junction built since I started driving.",
                "",
                "",
                "",
            ),
            (
                "The minister also said the government “cannot force people out of their cars.”",
                "the transport minister",
                "said",
                "",
            ),
            ("Nobody is asking him to.", "", "", ""),
            ("What people want is a bus that turns up.", "", "", ""),
        ],
        [
            (
                "Only 68% of scheduled bus trips ran on time in 2025, Transport Malta said in its annual report, down from 74% in 2022.",
                "Transport Malta",
                "said in its annual report",
                "W",
            ),
            (
                "Buses have been free for residents with a personalised tallinja card since October 2022.",
                "",
                "",
                "W",
            ),
            (
                "Free is a fine price, but it means little if the bus is stuck in the same queue as my car.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "On the Regional Road there is not a single metre of bus lane in either direction.",
                "",
                "",
                "W",
            ),
            ("So paint the lanes, enforce them, and put cameras on them.", "", "", ""),
        ],
        [
            ("Read also: Traffic fines up 40% as new cameras go live in Birkirkara", "", "", "B"),
        ],
        [
            (
                "Ferries, bikes, car-sharing, staggered school hours etc. all have a part to play.",
                "",
                "",
                "",
            ),
            (
                "But none of them will work while every budget treats the private car as the default and everything else as a pilot project.",
                "",
                "",
                "",
            ),
            ("We do not need more roads.", "", "", ""),
            ("We need fewer reasons to use them.", "", "", ""),
        ],
        [
            (
                "Kurt Xuereb Bonnici is a civil engineer and a former president of the Malta Cycling Network.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The views expressed in this article are the author's own and do not necessarily reflect those of The Grand Harbour Gazette.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (23)", "", "", "B"),
        ],
        [
            ("Comments are moderated.", "", "", "B"),
            ("Please keep them civil and on topic.", "", "", "B"),
        ],
        [
            ("ritaborg_71 · 2 hours ago", "", "", "B"),
        ],
        [
            ("Spot on.", "", "", ""),
            ("Every government promises the same thing and we sit in the same queue.", "", "", ""),
        ],
        [
            ("Reply | Like (14)", "", "", "B"),
        ],
        [
            ("J. Camilleri · 3 hours ago", "", "", "B"),
        ],
        [
            (
                "Easy to say when you don't have to drop three kids at three different schools by 8am.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Reply | Like (9)", "", "", "B"),
        ],
        [
            ("© 2026 Grand Harbour Media Ltd.", "", "", "B"),
            ("Registered in Malta, company no. C 41882.", "", "", "B"),
        ],
    ],
    # 5. Botswana NEWS SITE (Gaborone)
    [
        [
            ("THE GABORONE ECHO", "", "", "B"),
        ],
        [
            (
                "News | Business | Mining | Politics | Sport | Lifestyle | Press Releases | Advertise",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Press Releases", "", "", "B"),
        ],
        [
            ("This is a press release issued by Kgalagadi Sun Power (Pty) Ltd.", "", "", "B"),
            (
                "The Echo publishes it unedited and has not independently verified its contents.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kgalagadi Sun switches on 100MW Jwaneng South plant, Botswana's largest solar farm",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Plant expected to supply about 9% of the country's peak electricity demand",
                "",
                "",
                "",
            ),
        ],
        [
            ("Posted by Echo Business Desk | 4 March 2026", "", "", "B"),
        ],
        [
            ("Share: Facebook | WhatsApp | X | LinkedIn", "", "", "B"),
        ],
        [
            ("FOR IMMEDIATE RELEASE", "", "", "B"),
        ],
        [
            (
                "GABORONE, Botswana, 3 March 2026 – Kgalagadi Sun Power (Pty) Ltd today announced the start of commercial operation at its 100-megawatt Jwaneng South Solar Park, the largest solar plant in Botswana.",
                "Kgalagadi Sun Power (Pty) Ltd",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The plant, on 210 hectares of land 12 km south of Jwaneng, began exporting power to the national grid on 27 February after a 30-day test period.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under a 25-year power purchase agreement signed in August 2023, Botswana Power Corporation (BPC) will buy all of the electricity the plant produces.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Today Botswana takes a real step from importing its power to making it from its own sun,” said Tumelo Bogosi-Ntwaagae, Chief Executive Officer of Kgalagadi Sun Power.",
                "Tumelo Bogosi-Ntwaagae",
                "said",
                "",
            ),
            ("“The plant was built on time and on budget.", "Tumelo Bogosi-Ntwaagae", "said", "W"),
            (
                "We are proud of every person who worked on it.”",
                "Tumelo Bogosi-Ntwaagae",
                "said",
                "",
            ),
        ],
        [
            (
                "Construction began in May 2024 and employed a peak workforce of 640, of whom 83% were Batswana.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The main contractor was Kgotla Engineering Works (Pty) Ltd.", "", "", "W"),
            (
                "It said 212,000 solar panels had been installed on single-axis trackers that follow the sun through the day.",
                "Kgotla Engineering Works (Pty) Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Minister of Minerals and Energy, Hon. Lorato Kebonang-Sebego, who officially opened the plant today, said the project showed that private investment in power generation could work in Botswana.",
                "Lorato Kebonang-Sebego",
                "said",
                "",
            ),
            (
                "She said the government's target was for renewable sources to supply 15% of the country's electricity by 2030.",
                "Lorato Kebonang-Sebego",
                "said",
                "W",
            ),
            ("“We will not reach it with one plant.", "Lorato Kebonang-Sebego", "said", ""),
            ("We will need ten of these,” she said.", "Lorato Kebonang-Sebego", "said", ""),
        ],
        [
            (
                "The P1.15 billion project was financed with equity from Kgalagadi Sun's shareholders and a P820 million loan from three lenders led by Okavango Merchant Bank Ltd.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The plant is expected to produce about 240 gigawatt-hours a year, enough to supply around 60,000 households.",
                "",
                "",
                "",
            ),
            (
                "It will also avoid an estimated 205,000 tonnes of carbon dioxide emissions a year compared with the same power from coal.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Kgalagadi Sun is in talks with BPC about a second, 50MW phase with battery storage, which it hopes to start building in 2027.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Under its community agreement, the company will pay P1.2 million a year into a trust for the villages around the site, starting in April.",
                "",
                "",
                "W",
            ),
            (
                "Kgosi Onalenna Mosweu-Rapelang of Ditlharapa village, who attended the opening, said the first payments would go towards a clinic.",
                "Onalenna Mosweu-Rapelang",
                "said",
                "",
            ),
        ],
        [
            ("ENDS", "", "", "B"),
        ],
        [
            ("About Kgalagadi Sun Power", "", "", "B"),
        ],
        [
            (
                "Kgalagadi Sun Power (Pty) Ltd is a Botswana-owned independent power producer founded in 2019.",
                "",
                "",
                "B",
            ),
            ("Jwaneng South Solar Park is its first operating plant.", "", "", "B"),
        ],
        [
            ("Forward-looking statements", "", "", "B"),
        ],
        [
            (
                "This release contains forward-looking statements, including statements about future output, emissions savings and expansion plans.",
                "",
                "",
                "B",
            ),
            ("Actual results may differ materially.", "", "", "B"),
        ],
        [
            ("Media contact: Naledi Kgari-Phiri, Communications Manager", "", "", "B"),
        ],
        [
            ("Tel: +267 390 4418 | Email: media@kgalagadisun.co.bw", "", "", "B"),
        ],
        [
            ("More Press Releases", "", "", "B"),
        ],
        [
            ("Francistown bakery wins regional export award", "", "", "B"),
        ],
        [
            ("© 2026 Echo Media Botswana (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 6. Singaporean NATIONAL NEWSPAPER'S WEBSITE
    [
        [
            ("THE SERANGOON COURIER", "", "", "B"),
        ],
        [
            (
                "Singapore | Asia | World | Opinion | Life | Business | Tech | Sport | Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Singapore › Health", "", "", "B"),
        ],
        [
            (
                "Two hours outdoors a day cuts children's myopia risk by nearly a third, S'pore study finds",
                "a study of 4,212 pupils",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Researchers say the findings back a push to move more lessons outside, but caution that they cannot prove cause",
                "Researchers",
                "say",
                "",
            ),
        ],
        [
            ("Mei Ling Goh-Fernandez", "", "", "B"),
        ],
        [
            ("Health Correspondent", "", "", "B"),
        ],
        [
            ("Updated Apr 9, 2026, 10:14 AM", "", "", "B"),
        ],
        [
            ("Published Apr 9, 2026, 05:00 AM", "", "", "B"),
        ],
        [
            ("Gift this article | Share | Save", "", "", "B"),
        ],
        [
            (
                "Pupils at a primary school in Bukit Panjang during an outdoor science lesson.",
                "",
                "",
                "",
            ),
            ("The study followed children from Primary 1 to Primary 6.", "", "", "W"),
        ],
        [
            ("PHOTO: SERANGOON COURIER FILE", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – Children in Singapore who spent at least two hours a day outdoors were 31 per cent less likely to develop myopia over six years than those who spent less than an hour, a study of 4,212 pupils has found.",
                "a study of 4,212 pupils",
                "has found",
                "W",
            ),
        ],
        [
            (
                "The research, led by the Singapore Eye Research Institute (Seri) with Duke-NUS Medical School, followed children at 25 primary schools from Primary 1 in 2019 to Primary 6 in 2025.",
                "",
                "",
                "W",
            ),
            (
                "It was published on April 8 in the Asia-Pacific Journal of Paediatric Eye Health.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By Primary 6, 58.2 per cent of the children who spent less than an hour a day outside had become myopic, against 41.9 per cent of those who spent two hours or more.",
                "",
                "",
                "W",
            ),
            (
                "After the researchers adjusted for parents' myopia, household income and time spent reading, the difference corresponded to a hazard ratio of 0.69 (95% confidence interval 0.58 to 0.82).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The children wore light sensors clipped to their clothing for one week each year, so time outdoors was measured rather than reported by parents.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Assoc. Prof. Audrey Lim Shu Fen, a clinician-scientist at Seri, said the effect was seen whether the time outside was spent playing sport or simply walking.",
                "Audrey Lim Shu Fen",
                "said",
                "W",
            ),
            (
                "“What seems to matter is light, not exercise,” she said.",
                "Audrey Lim Shu Fen",
                "said",
                "",
            ),
        ],
        [
            (
                "“Outdoor light on an overcast afternoon in Singapore is still ten to 20 times brighter than a well-lit classroom.”",
                "Audrey Lim Shu Fen",
                "said",
                "W",
            ),
        ],
        [
            (
                "About 65 per cent of children in Singapore are myopic by Primary 6, according to the Health Promotion Board (HPB).",
                "the Health Promotion Board",
                "according to",
                "W",
            ),
        ],
        [
            ("Read more: Doctors urge one-hour daily cap on screen time for under-7s", "", "", "B"),
        ],
        [
            (
                "Because the study was observational, it cannot show that time outdoors itself prevented myopia, the authors noted.",
                "the authors",
                "noted",
                "",
            ),
            (
                "Children who spent more time outside may also have differed in ways the researchers did not measure, such as diet or sleep, they wrote.",
                "the authors",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Prof. Kavitha Ramanathan-Lee, a paediatric ophthalmologist at the National University Hospital who was not involved in the study, said the sensor data made it “one of the more convincing” studies of its kind.",
                "Kavitha Ramanathan-Lee",
                "said",
                "",
            ),
            (
                "“Most earlier studies asked parents to estimate how long their child spent outside, and parents are not very good at that,” she said.",
                "Kavitha Ramanathan-Lee",
                "said",
                "",
            ),
            ("“Does this settle the question?", "Kavitha Ramanathan-Lee", "said", ""),
            ("Not quite, but it moves it a long way.”", "Kavitha Ramanathan-Lee", "said", ""),
        ],
        [
            (
                "The Ministry of Education said all primary schools had been asked since 2024 to hold at least one lesson a week outdoors.",
                "The Ministry of Education",
                "said",
                "W",
            ),
            ("It said it would study the findings.", "The Ministry of Education", "said", ""),
        ],
        [
            (
                "Parent Farhana Ismail, 39, whose eight-year-old son started wearing glasses last year, said weekends at East Coast Park had become “non-negotiable” in her family.",
                "Farhana Ismail",
                "said",
                "",
            ),
            (
                "“The hard part is the weekdays… tuition, homework, the heat,” she said.",
                "Farhana Ismail",
                "said",
                "",
            ),
        ],
        [
            (
                "Myopia costs Singapore about S$755 million a year in glasses, contact lenses and treatment, according to a 2022 estimate by Seri researchers.",
                "a 2022 estimate by Seri researchers",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The team plans to follow the children into secondary school to see whether the gap widens.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Journal reference: Lim SF, Koh JW, Narayanan P, et al. Objectively measured time outdoors and incident myopia in Singaporean schoolchildren: a six-year cohort. Asia Pac J Paediatr Eye Health. 2026;9(2):114-126.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The study was funded by the National Medical Research Council.", "", "", "B"),
        ],
        [
            (
                "Mei Ling Goh-Fernandez is health correspondent at The Serangoon Courier, covering public health and medicine.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Join the Courier's WhatsApp channel for the latest health news.", "", "", "B"),
        ],
        [
            ("Topics: Myopia | Children | Eye health | Schools", "", "", "B"),
        ],
        [
            ("Recommended", "", "", "B"),
        ],
        [
            ("Polyclinic waiting times fall after online queue system rolls out", "", "", "B"),
        ],
        [
            ("Dengue cases in 2026 on track to be lowest in a decade", "", "", "B"),
        ],
    ],
    # 7. Trinidad and Tobago SPORTS NEWS SITE (Port of Spain)
    [
        [
            ("T&T SPORTSLINE", "", "", "B"),
        ],
        [
            ("Cricket | Football | Athletics | Cycling | Netball | Schools | Results", "", "", "B"),
        ],
        [
            ("Sport › Cricket › West Indies Championship", "", "", "B"),
        ],
        [
            ("Bissoondath-Khan takes 5-48 as Red Force beat Pride by six wickets", "", "", "W"),
        ],
        [
            (
                "Cudjoe-Mathura's unbeaten 88 seals a first home win of the season and lifts T&T to the top of the table",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Shivanand Maharaj-Alleyne at the Queen's Park Oval", "", "", "B"),
        ],
        [
            ("Posted: Sunday, March 15, 2026 at 7:45 p.m.", "", "", "B"),
        ],
        [
            ("Share | Comments (4)", "", "", "B"),
        ],
        [
            (
                "Red Force left-arm spinner Imran Bissoondath-Khan celebrates the wicket of Pride captain Dwayne Kellman-Springer on Sunday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Anil Seecharan-Pierre", "", "", "B"),
        ],
        [
            (
                "PORT OF SPAIN – Imran Bissoondath-Khan took five for 48 and Joshua Cudjoe-Mathura made an unbeaten 88 as Trinidad and Tobago Red Force beat Barbados Pride by six wickets at the Queen's Park Oval on Sunday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It was the Red Force's first home win of the season and lifted them to the top of the West Indies Championship table with 52 points, four ahead of Guyana Harpy Eagles.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Pride, resuming on 143 for four, lost their last six wickets for 58 runs in 21 overs on the final morning.",
                "",
                "",
                "W",
            ),
            (
                "Bissoondath-Khan's figures were the best of his first-class career and his 11th five-wicket haul.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Set 215 to win, the home side got there with 11.4 overs to spare, Cudjoe-Mathura finishing it with a pulled six off Romario Gittens-Clarke at 3.52 p.m.",
                "",
                "",
                "W",
            ),
            (
                "The few hundred spectators in the Learie Constantine Stand stood to applaud him off.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Cudjoe-Mathura's 88 came off 131 balls with nine fours and two sixes.", "", "", "W"),
            (
                "He added 97 for the fourth wicket with Keagan St. Rose, who made 41, after Red Force had slipped to 62 for three before lunch.",
                "",
                "",
                "W",
            ),
            (
                "“I told myself to bat time… the runs will come,” Cudjoe-Mathura said.",
                "Joshua Cudjoe-Mathura",
                "said",
                "",
            ),
        ],
        [
            (
                "“That's the Imran we know!” Red Force captain Kavesh Ramdial-Baptiste said, laughing.",
                "Kavesh Ramdial-Baptiste",
                "said",
                "",
            ),
            (
                "He said the spinner had spent the off-season working on his arm ball with former Test leg-spinner Dinanath Persad-Moore at the National Cricket Centre in Balmain, Couva.",
                "Kavesh Ramdial-Baptiste",
                "said",
                "",
            ),
        ],
        [
            (
                "Pride captain Dwayne Kellman-Springer said his side had “batted like tourists” on the last morning.",
                "Dwayne Kellman-Springer",
                "said",
                "",
            ),
            ("“Was the pitch turning?", "Dwayne Kellman-Springer", "said", ""),
            ("Yes.", "Dwayne Kellman-Springer", "said", ""),
            (
                "But we made it look like a minefield,” he said.",
                "Dwayne Kellman-Springer",
                "said",
                "",
            ),
        ],
        [
            (
                "Earlier, Pride's first innings of 246 was built around Kellman-Springer's 71 and 52 from wicketkeeper Nyron Babb-Walcott, before Red Force replied with 233.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Cricket West Indies said 3,412 spectators paid to attend over the four days, the most for a first-class match at the Oval since 2019.",
                "Cricket West Indies",
                "said",
                "W",
            ),
        ],
        [
            (
                "Red Force travel to St. Lucia to face Windward Islands Volcanoes at the Daren Sammy Cricket Ground from March 26.",
                "",
                "",
                "W",
            ),
            ("Pride host Jamaica Scorpions at Kensington Oval on the same dates.", "", "", "W"),
        ],
        [
            ("SUMMARISED SCORES", "", "", "B"),
        ],
        [
            (
                "Barbados Pride 246 (D Kellman-Springer 71, N Babb-Walcott 52; I Bissoondath-Khan 3-61, R Sookdeo-Baptiste 3-44) & 201 (S Hinds-Maynard 58; I Bissoondath-Khan 5-48)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Trinidad and Tobago Red Force 233 (K Ramdial-Baptiste 64; R Gittens-Clarke 4-55) & 215 for four (J Cudjoe-Mathura 88 not out, K St. Rose 41)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Result: Red Force won by six wickets.", "", "", ""),
        ],
        [
            ("Player of the match: Imran Bissoondath-Khan", "", "", ""),
        ],
        [
            ("STANDINGS (after round 6)", "", "", "B"),
        ],
        [
            ("Team | P | W | L | D | Pts", "", "", "B"),
        ],
        [
            ("T&T Red Force | 6 | 3 | 1 | 2 | 52", "", "", ""),
        ],
        [
            ("Guyana Harpy Eagles | 6 | 3 | 2 | 1 | 48", "", "", ""),
        ],
        [
            ("Barbados Pride | 6 | 2 | 2 | 2 | 41", "", "", ""),
        ],
        [
            ("More Cricket", "", "", "B"),
        ],
        [
            ("Harpy Eagles set Hurricanes 388 in Providence", "", "", "B"),
        ],
        [
            ("© 2026 Sportsline Media Ltd.", "", "", "B"),
        ],
    ],
    # 8. Nigerian NATIONAL NEWSPAPER'S WEBSITE (Lagos)
    [
        [
            ("THE IKEJA CHRONICLE", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Business | Sports | Arts & Life | Obituaries | Opinion | Epaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Arts & Life › Obituaries", "", "", "B"),
        ],
        [
            (
                "Babatunde Akinyemi-Dosunmu, highlife trumpeter who took Lagos dance bands to London, dies at 86",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Son says he played his trumpet in the hospital garden a week before he died",
                "Oluwaseun Akinyemi-Dosunmu",
                "says",
                "",
            ),
        ],
        [
            ("By Funmilayo Adegoke-Briggs", "", "", "B"),
        ],
        [
            ("February 11, 2026 | 6:30 am", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Share on WhatsApp", "", "", "B"),
        ],
        [
            (
                "Chief (Dr.) Babatunde Akinyemi-Dosunmu performing at the Glover Memorial Hall, Lagos, in 1974.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Photo: Akinyemi-Dosunmu family", "", "", "B"),
        ],
        [
            (
                "Chief Babatunde Olayiwola Akinyemi-Dosunmu, the highlife trumpeter and bandleader whose Lagos Harmonisers filled dance halls from Yaba to London's Notting Hill in the 1960s, died on Monday at University College Hospital, Ibadan, his family said.",
                "his family",
                "said",
                "W",
            ),
            ("He was 86.", "", "", "W"),
        ],
        [
            (
                "His eldest son, Oluwaseun Akinyemi-Dosunmu, said in a statement that his father had been treated for heart failure since November.",
                "Oluwaseun Akinyemi-Dosunmu",
                "said in a statement",
                "W",
            ),
            (
                "“Baba asked for his trumpet on the Tuesday before he died… we wheeled him into the garden and he played ‘Marina at Midnight’ for the nurses,” the statement said.",
                "the statement",
                "said",
                "",
            ),
        ],
        [
            (
                "Born on May 14, 1939 in Abeokuta, he was sent to Lagos at 12 to live with an uncle who played in a police band.",
                "",
                "",
                "W",
            ),
            (
                "He joined his first professional band in 1956 and formed the Lagos Harmonisers in 1961.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In 1998 he told this newspaper that he had learned to read music from a Salvation Army bandmaster in Lagos Island.",
                "Babatunde Olayiwola Akinyemi-Dosunmu",
                "told this newspaper",
                "",
            ),
            (
                "“I could play before I could spell my own name,” he said in that interview.",
                "Babatunde Olayiwola Akinyemi-Dosunmu",
                "said in that interview",
                "",
            ),
        ],
        [
            (
                "The band recorded 14 albums between 1962 and 1981, and its best-known single, Marina at Midnight (1966), sold more than 200,000 copies in West Africa, according to its label, Apapa Sound Records.",
                "its label, Apapa Sound Records",
                "according to",
                "W",
            ),
            (
                "In 1967 the Harmonisers played a three-month residency at a club in London, where they recorded a session for the BBC.",
                "",
                "",
                "W",
            ),
            (
                "The civil war scattered the band, and three of its members never returned to Lagos.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He re-formed the Harmonisers in 1985 and played every Sunday evening at the Tafawa Terrace club on Broad Street until 2009.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sir Victor Nwachukwu-Obi, the guitarist who played in the band from 1963 to 1969, said he had been “the strictest bandleader in Lagos and the kindest man off the stage.”",
                "Victor Nwachukwu-Obi",
                "said",
                "",
            ),
            (
                "“If you came late to rehearsal, you paid five shillings.",
                "Victor Nwachukwu-Obi",
                "said",
                "",
            ),
            (
                "If you were sick, he paid your doctor,” he said.",
                "Victor Nwachukwu-Obi",
                "said",
                "",
            ),
        ],
        [
            (
                "In a condolence message signed by its Commissioner for Information, Dr. Adeniyi Sowemimo-Ajala, the Ogun State Government described him as “a treasure of Egbaland and of Nigeria.”",
                "the Ogun State Government",
                "described",
                "",
            ),
        ],
        [
            (
                "The Performing Musicians Employers' Association of Nigeria (PMAN) said it would hold a tribute concert at the National Theatre, Iganmu, on March 1.",
                "The Performing Musicians Employers' Association of Nigeria",
                "said",
                "W",
            ),
        ],
        [
            (
                "He is survived by his wife, Adebola, six children and 23 grandchildren.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A service of songs will be held at St. Jude's Anglican Church, Ebute Metta, on Thursday, Feb. 26, at 4 p.m., and he will be buried in Abeokuta on Feb. 28, the family said.",
                "the family",
                "said",
                "W",
            ),
        ],
        [
            ("FACT FILE", "", "", "B"),
        ],
        [
            ("Born: May 14, 1939, Abeokuta, Ogun State", "", "", "W"),
        ],
        [
            ("Died: February 9, 2026, Ibadan", "", "", "W"),
        ],
        [
            ("Band: The Lagos Harmonisers, 1961-1970 and 1985-2009", "", "", "W"),
        ],
        [
            ("Best-known recording: Marina at Midnight (1966)", "", "", "W"),
        ],
        [
            ("Condolence messages may be sent to obituaries@ikejachronicle.ng.", "", "", "B"),
        ],
        [
            ("Also in Obituaries", "", "", "B"),
        ],
        [
            ("Remilekun Ojo-Fashanu: The judge who would not be hurried", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Ikeja Chronicle Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 9. Malaysian NATIONAL NEWSPAPER'S WEBSITE
    [
        [
            ("MALAYA MORNING DISPATCH", "", "", "B"),
        ],
        [
            (
                "Nation | Business | World | Sport | Lifestyle | Opinion | Videos | Bahasa",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Nation › Penang", "", "", "B"),
        ],
        [
            (
                "Explainer: Why Penang's water bills are going up, and how much more you will pay",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "PBAPP says the new tariffs are the first rise for homes since 2022 and will still leave Penang with the country's lowest rates",
                "Perbadanan Bekalan Air Pulau Pinang Sdn Bhd",
                "says",
                "W",
            ),
        ],
        [
            ("By Nurul Aisyah Kamaruddin and Ooi Jia Wen", "", "", "B"),
        ],
        [
            ("Published: 21 Dec 2025 · 7:00 AM MYT", "", "", "B"),
        ],
        [
            ("6-minute read", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Telegram | Facebook | X", "", "", "B"),
        ],
        [
            (
                "GEORGE TOWN: Domestic water tariffs in Penang will rise from Jan 1, with households using more than 35 cubic metres a month facing the steepest increases.",
                "",
                "",
                "W",
            ),
            (
                "The new rates were approved by the National Water Services Commission (SPAN) on Dec 12 and gazetted by the state government on Dec 18.",
                "",
                "",
                "W",
            ),
            ("Here is what you need to know.", "", "", ""),
        ],
        [
            ("What is changing?", "", "", ""),
        ],
        [
            (
                "The minimum monthly charge for a domestic account rises from RM6 to RM7.50, and the rate for every band of use goes up.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("New domestic tariffs (per cubic metre)", "", "", "B"),
        ],
        [
            ("Monthly use | Old rate | New rate", "", "", "B"),
        ],
        [
            ("0-20 m³ | RM0.32 | RM0.38", "", "", ""),
        ],
        [
            ("20.1-35 m³ | RM0.60 | RM0.72", "", "", ""),
        ],
        [
            ("35.1-60 m³ | RM1.35 | RM1.70", "", "", ""),
        ],
        [
            ("Above 60 m³ | RM1.90 | RM2.45", "", "", ""),
        ],
        [
            ("Source: PBAPP", "", "", "B"),
        ],
        [
            ("Why is PBAPP raising tariffs?", "", "", ""),
        ],
        [
            (
                "Perbadanan Bekalan Air Pulau Pinang Sdn Bhd (PBAPP) said its cost of treating a cubic metre of water had risen 41 per cent since 2020, driven by electricity, chemicals and the cost of pumping raw water from the Muda river.",
                "Perbadanan Bekalan Air Pulau Pinang Sdn Bhd",
                "said",
                "W",
            ),
            (
                "Its chief executive, Datuk Ir. Khor Boon Teik, said the company had lost RM38.6 million on domestic supply in 2024.",
                "Khor Boon Teik",
                "said",
                "W",
            ),
            (
                "“We cannot keep selling water for less than it costs to make.",
                "Khor Boon Teik",
                "told reporters",
                "",
            ),
            (
                "No one would accept that in any other business,” he told reporters on Friday.",
                "Khor Boon Teik",
                "told reporters",
                "",
            ),
        ],
        [
            ("How much more will I pay?", "", "", ""),
        ],
        [
            (
                "A household using 30 cubic metres a month, about the state average, will pay RM14.80 instead of RM12.40, an increase of RM2.40, or about 19 per cent.",
                "",
                "",
                "W",
            ),
            ("One using 50 cubic metres will pay RM43.90, up from RM35.65.", "", "", "W"),
            (
                "(About 71 per cent of domestic accounts in Penang use 35 cubic metres or less a month, PBAPP said.)",
                "Perbadanan Bekalan Air Pulau Pinang Sdn Bhd",
                "said",
                "W",
            ),
        ],
        [
            ("Who is exempt?", "", "", ""),
        ],
        [
            (
                "Households registered in the federal eKasih poverty database will keep paying the old rates until Dec 31, 2026, under a rebate funded by the state government.",
                "",
                "",
                "W",
            ),
            (
                "Places of worship, government schools and registered welfare homes pay a flat 30 sen per cubic metre, which does not change.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Is Penang's water still the cheapest in Malaysia?", "", "", ""),
        ],
        [
            ("Yes, for now.", "", "", ""),
            (
                "According to SPAN figures, Penang's average domestic tariff will be RM0.58 per cubic metre from January, against a national average of RM0.93.",
                "SPAN figures",
                "according to",
                "W",
            ),
        ],
        [
            ("What do critics say?", "", "", ""),
        ],
        [
            (
                "The Consumers' Association of Penang (CAP) called the increase for heavy users “a penalty on large families.”",
                "The Consumers' Association of Penang",
                "called",
                "",
            ),
            (
                "CAP education officer N. Vasanthi Ramasamy said many households using more than 35 cubic metres were multi-generational families in low-cost flats, not people filling swimming pools.",
                "N. Vasanthi Ramasamy",
                "said",
                "",
            ),
            (
                "“Three generations in a 650 sq ft flat… that is not luxury use,” she said.",
                "N. Vasanthi Ramasamy",
                "said",
                "",
            ),
        ],
        [
            (
                "Perikatan Nasional assemblyman Mohd Faizal Ariffin said PBAPP had paid the state government a dividend of RM40 million in 2024.",
                "Mohd Faizal Ariffin",
                "said",
                "W",
            ),
            (
                "“If the company is losing money on households, why is it paying the state dividends?” he asked.",
                "Mohd Faizal Ariffin",
                "asked",
                "",
            ),
            (
                "PBAPP said dividends were paid from profits on commercial and industrial supply, not domestic accounts.",
                "Perbadanan Bekalan Air Pulau Pinang Sdn Bhd",
                "said",
                "W",
            ),
        ],
        [
            ("What happens next?", "", "", ""),
        ],
        [
            (
                "The new rates will appear on bills issued from February, which cover January's use.",
                "",
                "",
                "W",
            ),
            (
                "PBAPP said it would review tariffs again before the end of 2028.",
                "Perbadanan Bekalan Air Pulau Pinang Sdn Bhd",
                "said",
                "",
            ),
        ],
        [
            ("Related: Muda river levels low as dry spell drags on", "", "", "B"),
        ],
        [
            ("© 2025 Dispatch Media Sdn. Bhd. (197601002233).", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 10. South African FACT-CHECKING SITE
    [
        [
            ("KLARITY", "", "", "B"),
        ],
        [
            (
                "Fact-checks | Guides | Politics | Health | Crime | Elections | About us | Donate",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › Fact-checks › Crime", "", "", "B"),
        ],
        [
            ("No, murders in Gauteng did not fall by 30% last year", "", "", "W"),
        ],
        [
            (
                "The province's community safety MEC says murders are down by almost a third, but police figures show a far smaller drop",
                "Thandiwe Mokoena-Radebe",
                "says",
                "W",
            ),
        ],
        [
            ("By Zanele Hlongwane-Pieterse", "", "", "B"),
        ],
        [
            ("27 May 2026", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | X | Email", "", "", "B"),
        ],
        [
            ("OUR VERDICT", "", "", "B"),
        ],
        [
            ("Rating: MISLEADING", "", "", ""),
        ],
        [
            (
                "Claim: “We have brought murders down by 30% in one year, more than any other province.”",
                "Thandiwe Mokoena-Radebe",
                "Claim:",
                "W",
            ),
        ],
        [
            (
                "Made by: Gauteng MEC for Community Safety Thandiwe Mokoena-Radebe, at a media briefing in Johannesburg on 22 May 2026",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The facts: SAPS figures show murders in Gauteng fell 6.8% in 2025/26, and four provinces recorded bigger drops.",
                "SAPS figures",
                "show",
                "W",
            ),
        ],
        [
            ("How we rate claims", "", "", "B"),
        ],
        [
            (
                "“We have brought murders down by 30% in one year, more than any other province,” Gauteng MEC for Community Safety Thandiwe Mokoena-Radebe told reporters in Johannesburg on 22 May.",
                "Thandiwe Mokoena-Radebe",
                "told reporters",
                "W",
            ),
        ],
        [
            (
                "By Tuesday, a post on her official X account repeating the claim had been viewed more than 410,000 times.",
                "",
                "",
                "W",
            ),
            (
                "Because the claim was widely shared and concerns public safety, we decided to check it.",
                "",
                "",
                "",
            ),
        ],
        [
            ("What do the official numbers say?", "", "", ""),
        ],
        [
            (
                "The South African Police Service (SAPS) publishes crime statistics every quarter, and a full set for each financial year, which runs from April to March.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to the 2025/26 annual figures, released on 14 May, 4,012 murders were reported in Gauteng, down from 4,305 the year before.",
                "the 2025/26 annual figures",
                "according to",
                "W",
            ),
            ("That is a fall of 6.8%.", "", "", "W"),
        ],
        [
            (
                "Four provinces recorded bigger percentage drops: the Free State (11.2%), the Northern Cape (9.9%), Limpopo (8.4%) and North West (7.1%).",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Where does 30% come from?", "", "", ""),
        ],
        [
            (
                "The MEC's spokesperson, Sipho Dlamini-Khoza, said the figure referred to 40 “high-priority” police precincts where the province has deployed extra officers since March 2025 under Operation Shayisa.",
                "Sipho Dlamini-Khoza",
                "said",
                "W",
            ),
            (
                "A departmental spreadsheet he sent to Klarity shows 1,106 murders in those precincts in 2025/26, against 1,581 the year before, a drop of 30.0%.",
                "A departmental spreadsheet he sent to Klarity",
                "shows",
                "W",
            ),
        ],
        [
            ("We were unable to verify these numbers.", "", "", ""),
            (
                "SAPS publishes figures for individual precincts but not for groups of them.",
                "",
                "",
                "W",
            ),
            (
                "SAPS did not respond to a request for comment.",
                "The South African Police Service",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("Neither the briefing nor the post mentioned the 40 precincts.", "", "", "W"),
        ],
        [
            ("What do experts say?", "", "", ""),
        ],
        [
            (
                "Dr. Lerato Mashaba-Venter, a crime researcher at the Institute for Security Studies (ISS) in Pretoria, said choosing the areas that got the most police attention and presenting them as the province was “cherry-picking.”",
                "Lerato Mashaba-Venter",
                "said",
                "",
            ),
            ("“Small numbers jump around.", "Lerato Mashaba-Venter", "said", ""),
            (
                "A precinct can go from 30 murders to 20 without anything changing,” she said.",
                "Lerato Mashaba-Venter",
                "said",
                "",
            ),
        ],
        [
            (
                "Gauteng's population grew by about 1.9% over the same period, according to Stats SA mid-year population estimates, so the murder rate per 100,000 people fell by slightly more than the count, about 8.5%.",
                "Stats SA mid-year population estimates",
                "according to",
                "W",
            ),
            (
                "Mashaba-Venter said the provincial drop was “real and welcome, just not 30%.”",
                "Lerato Mashaba-Venter",
                "said",
                "",
            ),
        ],
        [
            ("Conclusion", "", "", ""),
        ],
        [
            ("Murders in Gauteng fell by 6.8% in 2025/26.", "", "", "W"),
            (
                "The 30% figure applies only to 40 of the province's 144 police precincts, and four other provinces recorded bigger drops.",
                "",
                "",
                "W",
            ),
            ("We rate the claim Misleading.", "", "", ""),
        ],
        [
            (
                "This fact-check was researched and written by Zanele Hlongwane-Pieterse and edited by Jacques du Toit-Mahlangu.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sources", "", "", "B"),
        ],
        [
            ("SAPS, Crime statistics 2025/26 (annual), published 14 May 2026", "", "", "B"),
        ],
        [
            (
                "Gauteng Department of Community Safety, precinct data supplied to Klarity, 25 May 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Interview with Dr. Lerato Mashaba-Venter, ISS, 26 May 2026", "", "", "B"),
        ],
        [
            ("Is there a claim you want us to check?", "", "", "B"),
            ("WhatsApp it to 081 555 0192.", "", "", "B"),
        ],
        [
            (
                "Klarity is a verified signatory of the International Fact-Checking Network's Code of Principles.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Republish this article for free under a Creative Commons licence.", "", "", "B"),
        ],
        [
            ("Was this article helpful? Yes · No", "", "", "B"),
        ],
    ],
    # 11. Bangladeshi BUSINESS DAILY'S WEBSITE (Dhaka)
    [
        [
            ("THE BURIGANGA BUSINESS POST", "", "", "B"),
        ],
        [
            ("Economy | Stock | Banking | Trade | Industry | Tech | Opinion | বাংলা", "", "", "B"),
        ],
        [
            (
                "DSEX 5,482.17 ▲ 31.06 (0.57%) | DS30 1,996.40 ▲ 0.44% | CSCX 9,402.88 ▼ 0.12%",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Stock › Corporate results", "", "", "B"),
        ],
        [
            ("Surma Pharmaceuticals' nine-month profit jumps 21% on export sales", "", "", "W"),
        ],
        [
            (
                "Company secretary says margins should hold despite the weaker taka, but analysts expect a tougher fourth quarter",
                "Md. Anisur Rahman Bhuiyan",
                "says",
                "",
            ),
        ],
        [
            ("Staff Correspondent", "", "", "B"),
        ],
        [
            ("Published: 29 Apr 2026, 08:40 PM | Updated: 30 Apr 2026, 09:15 AM", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("Surma Pharmaceuticals' plant at Tongi in Gazipur.", "", "", ""),
        ],
        [
            ("Photo: Collected", "", "", "B"),
        ],
        [
            (
                "Surma Pharmaceuticals PLC posted a net profit of Tk 186.42 crore for July-March of the 2025-26 financial year, up 21.3% from Tk 153.69 crore a year earlier, according to a disclosure on the Dhaka Stock Exchange (DSE) website on Tuesday.",
                "a disclosure on the Dhaka Stock Exchange website",
                "according to",
                "W",
            ),
            ("Earnings per share (EPS) rose to Tk 11.86 from Tk 9.78.", "", "", "W"),
        ],
        [
            (
                "In the January-March quarter alone, profit was Tk 64.07 crore, up 17.8% year on year, and EPS was Tk 4.08.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Revenue for the nine months rose 14.6% to Tk 1,482.55 crore.", "", "", "W"),
            (
                "Export sales, mostly to Myanmar, Sri Lanka and a dozen African countries, grew 38% to Tk 212.30 crore and made up 14.3% of revenue.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Company secretary Md. Anisur Rahman Bhuiyan told The Business Post the growth came mainly from exports and from an oncology line launched in August.",
                "Md. Anisur Rahman Bhuiyan",
                "told The Business Post",
                "W",
            ),
            (
                "“We are a local company that has learned to sell abroad, and that is where our growth is,” he said.",
                "Md. Anisur Rahman Bhuiyan",
                "said",
                "",
            ),
            (
                "He said about 60% of the company's raw materials were imported and paid for in dollars.",
                "Md. Anisur Rahman Bhuiyan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gross margin narrowed to 41.2% from 43.5% as the cost of those imports rose.",
                "",
                "",
                "W",
            ),
            (
                "Bhuiyan expects it to hold at around that level in the final quarter.",
                "Md. Anisur Rahman Bhuiyan",
                "expects",
                "",
            ),
            (
                "The taka has lost about 6% against the US dollar since July, according to Bangladesh Bank data.",
                "Bangladesh Bank data",
                "according to",
                "W",
            ),
        ],
        [
            ("ALSO READ: Pharma exports cross $250m for the first time", "", "", "B"),
        ],
        [
            (
                "Surma's shares rose 4.2% to Tk 238.60 on the DSE on Wednesday, the biggest gain among pharmaceutical stocks, while the broad index rose 0.57%.",
                "",
                "",
                "W",
            ),
            ("Its price-earnings ratio, based on annualised EPS, now stands at 15.1.", "", "", "W"),
        ],
        [
            (
                "Tasnim Haque-Chowdhury, head of research at Lalbagh Capital Ltd., said the results were “better than the market had priced in” but that the fourth quarter would be harder.",
                "Tasnim Haque-Chowdhury",
                "said",
                "",
            ),
            (
                "She said Surma's export growth had come on a low base: exports were Tk 153.84 crore in the same period a year earlier.",
                "Tasnim Haque-Chowdhury",
                "said",
                "W",
            ),
            ("“Will 38% happen again next year?", "Tasnim Haque-Chowdhury", "said", ""),
            ("I doubt it,” she said.", "Tasnim Haque-Chowdhury", "said", ""),
        ],
        [
            (
                "The company's board, which met on Tuesday, did not declare an interim dividend.",
                "",
                "",
                "W",
            ),
            (
                "It paid a 45% cash dividend, or Tk 4.50 per share, for the 2024-25 financial year.",
                "",
                "",
                "W",
            ),
            (
                "Net asset value per share stood at Tk 78.12 at the end of March, against Tk 70.40 on June 30, 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sponsors and directors hold 42.6% of Surma's shares, institutions 31.1% and general investors the rest, according to DSE data.",
                "DSE data",
                "according to",
                "W",
            ),
        ],
        [
            ("Key figures (July-March, Tk crore)", "", "", "B"),
        ],
        [
            ("Item | FY26 | FY25 | Change", "", "", "B"),
        ],
        [
            ("Revenue | 1,482.55 | 1,293.67 | +14.6%", "", "", ""),
        ],
        [
            ("Net profit | 186.42 | 153.69 | +21.3%", "", "", ""),
        ],
        [
            ("EPS (Tk) | 11.86 | 9.78 | +21.3%", "", "", ""),
        ],
        [
            ("Source: DSE disclosure", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Generic drugmakers eye EU approval as LDC exit nears", "", "", "B"),
        ],
        [
            ("© 2026 Buriganga Media Ltd.", "", "", "B"),
            ("Editor & Publisher: Farzana Akter-Mahbub", "", "", "B"),
        ],
    ],
    # 12. Ugandan REGIONAL NEWS SITE (Mbarara)
    [
        [
            ("THE WESTERN CRANE", "", "", "B"),
        ],
        [
            (
                "Home | News | Ankole | Kigezi | Business | Sports | Opinion | Obituaries | Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Mbarara", "", "", "B"),
        ],
        [
            (
                "Armed gang raids mobile money shop in Mbarara, shoots guard and escapes with Shs48m",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Patience Kyarisiima-Mugisha", "", "", "B"),
        ],
        [
            ("Posted on October 24, 2026 | 9:14 am | 0 Comments", "", "", "B"),
        ],
        [
            ("Facebook | X | WhatsApp | Telegram", "", "", "B"),
        ],
        [
            ("Police officers at the scene on High Street, Mbarara, on Monday night.", "", "", ""),
        ],
        [
            ("Photo by Patience Kyarisiima-Mugisha", "", "", "B"),
        ],
        [
            (
                "MBARARA – Three armed men raided a mobile money and forex shop on High Street in Mbarara city on Monday evening, shot a security guard and escaped with about Shs48 million in cash, police have said.",
                "police",
                "have said",
                "W",
            ),
        ],
        [
            (
                "The Rwizi region police spokesperson, SP Rogers Twinomujuni-Kato, said the attack happened at about 8.30pm as the shop, Kyomuhendo Mobile Money & Forex, was closing.",
                "Rogers Twinomujuni-Kato",
                "said",
                "W",
            ),
            (
                "He said the men arrived on two motorcycles, one with Reg. No. UFK 455Y, and that one of them fired three times.",
                "Rogers Twinomujuni-Kato",
                "said",
                "W",
            ),
        ],
        [
            (
                "The guard, Emmanuel Opio-Lakwonyero, 31, was shot in the thigh and is admitted at Mbarara Regional Referral Hospital, where his condition was described as stable.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Shop owner Justine Kyomuhendo-Asiimwe said the men forced her to open the safe at gunpoint.",
                "Justine Kyomuhendo-Asiimwe",
                "said",
                "",
            ),
            (
                "“He put the gun to my head and said, ‘Open or you die.’",
                "Justine Kyomuhendo-Asiimwe",
                "told the Crane",
                "",
            ),
            (
                "What could I do?” she told the Crane.",
                "Justine Kyomuhendo-Asiimwe",
                "told the Crane",
                "",
            ),
            (
                "She said the money included Shs31 million in mobile money float and about US$4,500 in foreign currency.",
                "Justine Kyomuhendo-Asiimwe",
                "said",
                "W",
            ),
        ],
        [
            ("ALSO READ: Boda boda rider killed in Ibanda road crash", "", "", "B"),
        ],
        [
            (
                "Twinomujuni-Kato said two suspects, aged 24 and 27, were arrested on Tuesday morning in Nyamitanga, where police recovered a pistol with four rounds of ammunition.",
                "Rogers Twinomujuni-Kato",
                "said",
                "W",
            ),
            (
                "He said a third suspect was still on the run.",
                "Rogers Twinomujuni-Kato",
                "said",
                "W",
            ),
            (
                "He asked anyone with information to call the nearest police station.",
                "Rogers Twinomujuni-Kato",
                "asked",
                "",
            ),
        ],
        [
            (
                "The two, Brian Tumusiime-Nkwasi and Derrick Ahimbisibwe, appeared before the Mbarara Chief Magistrate's Court on Friday charged with aggravated robbery and were remanded to Mbarara Main Prison until Nov. 3.",
                "",
                "",
                "W",
            ),
            (
                "Aggravated robbery carries a maximum sentence of death under the Penal Code Act.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The LC1 chairperson of High Street cell, Godfrey Byamugisha-Rukundo, said traders had complained for months about broken street lights on the stretch.",
                "Godfrey Byamugisha-Rukundo",
                "said",
                "",
            ),
            (
                "“After 7pm it is dark from the roundabout to the taxi park.",
                "Godfrey Byamugisha-Rukundo",
                "said",
                "",
            ),
            ("Thieves know that,” he said.", "Godfrey Byamugisha-Rukundo", "said", ""),
        ],
        [
            (
                "A city council engineer, who asked not to be named because he is not allowed to speak to the press, said 23 of the 40 street lights on the street were not working.",
                "A city council engineer",
                "said",
                "W",
            ),
            (
                "He said the council was still waiting for funds to repair them.",
                "A city council engineer",
                "said",
                "",
            ),
        ],
        [
            (
                "It was the third armed robbery on a mobile money outlet in Mbarara since July, according to police records.",
                "police records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Twinomujuni-Kato said police would increase night patrols in the city centre “with immediate effect.”",
                "Rogers Twinomujuni-Kato",
                "said",
                "",
            ),
            (
                "Several traders on High Street said they would close before dark until the lights were fixed.",
                "Several traders on High Street",
                "said",
                "",
            ),
        ],
        [
            ("Tags: Mbarara, robbery, mobile money, Police", "", "", "B"),
        ],
        [
            ("Have a story or a tip? WhatsApp the newsroom on 0772 000 481.", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("© 2026 The Western Crane.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h100-nz-pm-without-periods",
        "The Wairoa River crested at 7.64 metres at 4.10pm. Crews began clearing the bridge approaches an hour later.",
        [
            "The Wairoa River crested at 7.64 metres at 4.10pm.",
            "Crews began clearing the bridge approaches an hour later.",
        ],
    ),
    (
        "h100-nz-question-then-answer-in-quote",
        "“Is the bridge safe? Nobody can tell you that until the water drops,” the engineer said.",
        [
            "“Is the bridge safe?",
            "Nobody can tell you that until the water drops,” the engineer said.",
        ],
    ),
    (
        "h100-lk-rupees-mid-sentence",
        "The ministry said it had set aside Rs. 75 million for rebuilding and that each damaged house would qualify for Rs. 400,000. Applications open on Monday.",
        [
            "The ministry said it had set aside Rs. 75 million for rebuilding and that each damaged house would qualify for Rs. 400,000.",
            "Applications open on Monday.",
        ],
    ),
    (
        "h100-lk-nos-designation",
        "The slip buried the Nos. 7 and 8 line rooms on the upper division. Nobody was inside at the time.",
        [
            "The slip buried the Nos. 7 and 8 line rooms on the upper division.",
            "Nobody was inside at the time.",
        ],
    ),
    (
        "h100-lk-wire-dateline",
        "KANDY, Nov 3 (Tradewind) - Two people were killed when a bus left the road near Gampola on Tuesday, police said. The driver survived with head injuries.",
        [
            "KANDY, Nov 3 (Tradewind) - Two people were killed when a bus left the road near Gampola on Tuesday, police said.",
            "The driver survived with head injuries.",
        ],
    ),
    (
        "h100-jm-why-because",
        "Why? Because the buyers pay in yen and we pay for fertiliser in U.S. dollars.",
        ["Why?", "Because the buyers pay in yen and we pay for fertiliser in U.S. dollars."],
    ),
    (
        "h100-jm-exclamation-then-sentence",
        "If the weather holds! And if the pickers come back after Easter.",
        ["If the weather holds!", "And if the pickers come back after Easter."],
    ),
    (
        "h100-jm-prefix-and-no",
        "Kerr-Samuels: No. The export numbers lag the harvest by months.",
        ["Kerr-Samuels: No.", "The export numbers lag the harvest by months."],
    ),
    (
        "h100-mt-etc-before-lowercase",
        "Scooters, shuttles, park-and-ride etc. can all help, but only at the edges. Buses are the main event.",
        [
            "Scooters, shuttles, park-and-ride etc. can all help, but only at the edges.",
            "Buses are the main event.",
        ],
    ),
    (
        "h100-mt-etc-ends-sentence",
        "The plan covers roads, ports, airports etc. Its budget has not been published.",
        ["The plan covers roads, ports, airports etc.", "Its budget has not been published."],
    ),
    (
        "h100-mt-company-no",
        "Registered in Malta, company no. C 55019. All rights reserved.",
        ["Registered in Malta, company no. C 55019.", "All rights reserved."],
    ),
    (
        "h100-bw-pty-ltd-then-it",
        "Installation was carried out by Serowe Steelworks (Pty) Ltd. It employed 120 people from nearby villages.",
        [
            "Installation was carried out by Serowe Steelworks (Pty) Ltd.",
            "It employed 120 people from nearby villages.",
        ],
    ),
    (
        "h100-bw-hon-and-am-mid-sentence",
        "The Minister of Lands, Hon. Boitumelo Rakgole-Dintwa, opened the site at 10 a.m. on Friday. Villagers sang as the ribbon was cut.",
        [
            "The Minister of Lands, Hon. Boitumelo Rakgole-Dintwa, opened the site at 10 a.m. on Friday.",
            "Villagers sang as the ribbon was cut.",
        ],
    ),
    (
        "h100-bw-am-ends-sentence",
        "The grid connection was completed at 11.45 a.m. Power reached the Gaborone substation within the hour.",
        [
            "The grid connection was completed at 11.45 a.m.",
            "Power reached the Gaborone substation within the hour.",
        ],
    ),
    (
        "h100-sg-assoc-prof-and-prof",
        "Assoc. Prof. Wendy Tay Li Ying, who led the analysis, said the effect held in every school. Prof. Ho said he was not surprised.",
        [
            "Assoc. Prof. Wendy Tay Li Ying, who led the analysis, said the effect held in every school.",
            "Prof. Ho said he was not surprised.",
        ],
    ),
    (
        "h100-sg-confidence-interval",
        "The odds ratio was 0.74 (95% CI 0.61 to 0.90). The authors called the effect modest.",
        ["The odds ratio was 0.74 (95% CI 0.61 to 0.90).", "The authors called the effect modest."],
    ),
    (
        "h100-sg-journal-reference-whole",
        "Journal reference: Tan WL, Ong KS, Pereira M, et al. Daylight exposure and refraction in preschool children. Ophthalmic Epidemiol Asia. 2025;7(4):201-210.",
        [
            "Journal reference: Tan WL, Ong KS, Pereira M, et al. Daylight exposure and refraction in preschool children. Ophthalmic Epidemiol Asia. 2025;7(4):201-210."
        ],
    ),
    (
        "h100-sg-ellipsis-lowercase",
        "“It is the mornings… once school starts, nobody is outside,” she said.",
        ["“It is the mornings… once school starts, nobody is outside,” she said."],
    ),
    (
        "h100-tt-exclamation-attribution",
        "“What a catch!” the commentator shouted as the ball stuck. The batsman walked off shaking his head.",
        [
            "“What a catch!” the commentator shouted as the ball stuck.",
            "The batsman walked off shaking his head.",
        ],
    ),
    (
        "h100-tt-st-surname",
        "He put on 64 with Marlon St. Hill before tea. St. Hill fell for 29 soon after the break.",
        [
            "He put on 64 with Marlon St. Hill before tea.",
            "St. Hill fell for 29 soon after the break.",
        ],
    ),
    (
        "h100-ng-chief-dr-brackets",
        "Chief (Dr.) Adewale Ogunleye-Bright, the saxophonist, died on Friday in Abeokuta. He was 91.",
        [
            "Chief (Dr.) Adewale Ogunleye-Bright, the saxophonist, died on Friday in Abeokuta.",
            "He was 91.",
        ],
    ),
    (
        "h100-ng-date-and-pm-mid-sentence",
        "The wake will be held on Friday, Mar. 6, at 5 p.m., at the family house in Ijebu-Ode, the family said.",
        [
            "The wake will be held on Friday, Mar. 6, at 5 p.m., at the family house in Ijebu-Ode, the family said."
        ],
    ),
    (
        "h100-ng-statement-ellipsis",
        "“He called for his guitar on Sunday… we brought it and he played until he was tired,” the statement said.",
        [
            "“He called for his guitar on Sunday… we brought it and he played until he was tired,” the statement said."
        ],
    ),
    (
        "h100-my-datuk-ir-title",
        "Its managing director, Datuk Ir. Lee Meng Chuan, said the new intake at Sungai Dua would be ready by June. It will add 50 million litres a day.",
        [
            "Its managing director, Datuk Ir. Lee Meng Chuan, said the new intake at Sungai Dua would be ready by June.",
            "It will add 50 million litres a day.",
        ],
    ),
    (
        "h100-my-initial-before-name",
        "CAP research officer S. Rajeswari Muniandy said the rebate should be automatic. Families should not have to apply, she said.",
        [
            "CAP research officer S. Rajeswari Muniandy said the rebate should be automatic.",
            "Families should not have to apply, she said.",
        ],
    ),
    (
        "h100-my-parenthesised-sentence",
        "The average bill will rise by RM2.10. (Most accounts in the state use under 35 cubic metres a month.) The change takes effect in February.",
        [
            "The average bill will rise by RM2.10.",
            "(Most accounts in the state use under 35 cubic metres a month.)",
            "The change takes effect in February.",
        ],
    ),
    (
        "h100-za-list-with-parentheses",
        "Three provinces did better: the Eastern Cape (10.1%), KwaZulu-Natal (8.8%) and Mpumalanga (7.6%). Gauteng was fifth.",
        [
            "Three provinces did better: the Eastern Cape (10.1%), KwaZulu-Natal (8.8%) and Mpumalanga (7.6%).",
            "Gauteng was fifth.",
        ],
    ),
    (
        "h100-bd-md-in-name",
        "Company secretary Md. Rezaul Karim Sarker said the board would meet again on May 12. The shares closed at Tk 141.30.",
        [
            "Company secretary Md. Rezaul Karim Sarker said the board would meet again on May 12.",
            "The shares closed at Tk 141.30.",
        ],
    ),
    (
        "h100-ug-nested-quote-then-sentence",
        "“He said, ‘Lie down or I shoot.’ So I lay down,” the cashier told police.",
        ["“He said, ‘Lie down or I shoot.’", "So I lay down,” the cashier told police."],
    ),
    (
        "h100-ug-reg-no-designation",
        "Police impounded a motorcycle, Reg. No. UEB 912K, near the taxi park. Its owner has not been traced.",
        [
            "Police impounded a motorcycle, Reg. No. UEB 912K, near the taxi park.",
            "Its owner has not been traced.",
        ],
    ),
]
