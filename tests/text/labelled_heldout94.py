"""Ninety-fourth held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-four):
twelve WHOLE news pages from twelve countries, head to tail, each pasted a different way a reviewer
might paste it, with the furniture each way leaves. The pages: a Kenyan daily's website from a
desktop browser (politics: a county assembly impeaches its finance executive over a Sh412 million
tender); a Scottish newspaper's mobile site from a phone (courts: a Dundee landlord fined £4,800
after a family with a newborn went 11 weeks without heating); a Ghanaian news site in a browser's
reader mode (health: cholera cases in the Central Region rise to 214); an Australian regional daily
in print view (weather: a major flood warning for the Fitzroy River); a United States newspaper's
business newsletter forwarded by email (business: a farmer-owned cooperative sells 41 grain
elevators for $186 million); an Indian newspaper's app (sport: a women's T20 league final won by
five runs); an Irish regional website from a desktop browser with its cookie banner (culture: a
Galway theatre company closes after 31 years); a South African news site's mobile page from a phone
(crime: three arrested after an R2.3 million cash-in-transit robbery); a Canadian conservation
authority's news release copied from its PDF (environment: a blue-green algae bloom and a swimming
advisory); a Singaporean news site in reader mode (education: a tuition chain shuts all 11 centres
owing prepaid fees); an English local news app (transport: trains replaced by buses for six weeks
after a landslip); and a New Zealand newspaper's print-friendly page (science: a glacier has lost
42% of its ice since 1978).

What is hard is the furniture each way of pasting leaves, and where it lands: a cookie banner above
the masthead; a phone's hamburger line, "Listen · 4 min", "Advertisement" and "Story continues below
advertisement" between paragraphs, "Back to top", "Open in ... app" and "View full site"; reader
mode's bare domain line where the masthead was, a byline without "By", a reading time ("6–7
minutes") and in-body "Also read:" and "Related:" lines it keeps; a browser print view's running
header (date, time and the page title, repeating the headline word for word) and running footer (the
URL and "1/3") falling BETWEEN body paragraphs, and a print-friendly page's "Printed from ...",
"Print | Close window" and "Article URL:"; a forwarded newsletter's forwarder's note ("Can someone
check ...?"), forward separator and From/Date/Subject/To lines, "View this email in your browser",
greeting, sponsor block, other-news list, sign-off and postal address; a PDF release's letterhead,
address line, "NEWS RELEASE", "For immediate release", "Page 1 of 2", "– more –", "-30-", media
contact and "About ..." boilerplate; an app's back arrow, "Follow Transport +", "Ad", "ALSO READ"
cards, notification buttons and tab bar. Beside it, the stories' own quotes, attributions,
statements of record, opinion and colour: headlines and standfirsts that must not be mistaken for
furniture (and a print header and an email Subject line that repeat them and are furniture); a
release whose narration has no speaker; captions and credits; tables and score boxes; quotes split
at their attribution and carried on with no cue; questions inside quotes with their attribution;
bodies named in full, by acronym or short form and by generic noun; and titles and roles to drop
("Ms", "Mr", "Madam", "Dr.", "Nana", "Speaker", "Sheriff", "Fiscal depute", "Brigadier", "Lieutenant
General", "Mayor", "Lead author", "Galway West TD").

The pages hold 520 sentences in 364 paragraphs: 184 "B", 201 "W" and 135 ""; 220 sentences carry a
speaker (118 distinct speakers, page by page; 117 distinct labels, as "the council" names the Arts
Council on one page and Rockhampton's council on another). `STYLES` describes each page, its story,
its labels and its furniture in order; `HELDOUT_CASES` holds 30 split cases cut from the pages
(abbreviations ending a sentence before a capital: "Ltd." three times, "(Pty) Ltd.", "Co.", "Pte.
Ltd."; ones that do not: "Dr." twice, "Aug. 31,", "SAULT STE. MARIE, Ont. —", "No. 612448."; "Ms"
with no full stop; "Nana ... II, said"; quotes split after "she said." and "he said." and carried on
with no cue; a quote whose attribution closes its second sentence; questions inside quotes followed
by their attribution; a question that closes a quote with no attribution after it; "it said" after a
clause attribution; a tip line split after its question; a dateline glued to its lead;
three-sentence boilerplate).

Written from scratch for issue 13 in round fifty-four, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff]`
tables of `pyproject.toml`; and, through `ast` only, the docstrings and `STYLES` of
`labelled_new143.py` and `labelled_new144.py`, their page, paragraph and sentence counts, the first
page's first paragraphs of each and the first three cases of `labelled_new144.py`. Coined names were
checked with file counts of `grep -rlF` over `tests/text` (counts only, no text shown); the fourteen
that hit (a cyclone, a mountain, a newsroom's mail domain, a grain company, a chief executive, a
landlord, two cricketers and a bowler on the scorecard, an outlet, a byline, a township, a board
chair and a fish smoker) were renamed before the file was written.

Every person, outlet, newsletter, app, firm, cooperative, club, league, theatre company, play,
campaign group, research unit, township, lake, glacier, beach, ward, market, street, town,
statement, filing, release and figure is invented. Real countries, regions, cities, roads, rivers,
courts, hospitals, ministries, agencies, councils and other public bodies appear only as settings,
with invented statements and figures: Kisumu, the Kisumu County Assembly, the Office of the
Auditor-General, the County Governments Act, the Public Procurement and Asset Disposal Act, the
Employment and Labour Relations Court and the High Court; Dundee, Dundee Sheriff Court, the
First-tier Tribunal for Scotland, Ninewells Hospital, Dundee City Council, the Scottish Government,
Fife, Perth and the A9; the Central Region, Cape Coast, the Ghana Health Service, the Ghana
Education Service, the University of Ghana, Cape Coast Teaching Hospital and the World Health
Organization; Rockhampton, the Fitzroy River, Central Queensland, Gladstone, the Bruce and Capricorn
highways, the Rockhampton Showgrounds, the Bureau of Meteorology, the Department of Transport and
Main Roads, the State Emergency Service and the Insurance Council of Australia; Nebraska, Kansas,
Kearney, Minneapolis, Omaha, Lincoln and the U.S. Department of Justice; Bengaluru, Karnataka, the
Tungabhadra, Mysuru, Bengal, the Karnataka State Cricket Association, India A and Sri Lanka; Galway,
Connemara, the Spanish Arch, the Town Hall Theatre, the Arts Council, the Department of Culture,
Communications and Sport and Galway West; eMalahleni, Mpumalanga, the R544, Pretoria, Secunda, the
Directorate for Priority Crime Investigation and SAPS; Sault Ste. Marie, Algoma, Ontario, the
Conservation Authorities Act and the Ministry of the Environment, Conservation and Parks; Singapore,
Toa Payoh, Bishan-Toa Payoh GRC, the Consumers Association of Singapore, the Ministry of Education,
the Accounting and Corporate Regulatory Authority, the High Court, the Small Claims Tribunals, the
Department of Statistics and Parliament; the Calder Valley, Halifax, Huddersfield, West Yorkshire,
Network Rail, Northern, the Office of Rail and Road, the Department for Transport, Delay Repay and
the Met Office; the Southern Alps, Christchurch, Canterbury, the Department of Conservation, NIWA
and the Marsden Fund.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` and
of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines, so every banner line, masthead, menu, crumb, byline, date line, share strip,
player line, running header and footer, mail header line, caption, credit, table row, list item, box
line, button row, note and legal line is a paragraph of its own); each paragraph a list of sentences
`(text, speaker, cue, flags)`, flags "W", "B" or "". Furniture is "B" line by line, whatever it
says, and never carries a speaker; a caption is flagged by its content and its credit is "B";
headlines and standfirsts are never "B" and their "says" carries the source as the story first gives
it; a dateline belongs to its lead; a person is named in full as first given, without titles or
roles, and a pronoun or surname resolves to that name; "according to X" gives X as written; a
generic noun for a body is kept as written; a quote over several sentences carries its speaker and
cue in each; a person acting without a verb of saying (a sheriff who fines, a bureau that issues a
warning, a body that declares a catastrophe) carries no speaker; tables' titles, header rows and
source lines are "B" and their rows ""; numbered advice is "".

Conventions this set had to settle, in the same spirit:

* Print view: the browser's running header and footer are "B" wherever the page break puts them,
  including between two paragraphs of the body; the page title inside the running header is "B"
  although the same words on the headline's own line are content ("W"). Page breaks were placed
  between paragraphs, never inside a sentence. A print-friendly page's "Printed from ...", "Print |
  Close window", "Article URL:" and its use notice ("This article is for personal, non-commercial
  use only.") are "B".
* Forwarded newsletter: the forwarder's note above the forward ("Can someone check the elevator
  count ...?", "Thanks, Dana") is "B": it is a colleague's message about the page, not the page. The
  separator and the From/Date/Subject/To lines are "B" whatever they say (the Subject line states a
  fact and is still furniture, like a weather strip). The newsletter's name, tagline, greeting,
  sponsor block, other-news headlines, sign-off, subscription note, links and postal address are
  "B"; its teaser for the one story it carries ("Today: ...") is treated as that story's standfirst
  and flagged by content.
* PDF news release: letterhead, address line (one sentence: "Sault Ste. Marie, ON" does not end it),
  "NEWS RELEASE", "For immediate release", the date line, "Page 1 of 2", "– more –", "-30-", the
  photos and media-contact lines and the "About ..." heading with its boilerplate sentences are "B".
  The release's headline, subheadline, dateline lead and narration are content and carry no speaker,
  as a newspaper's narration carries none; its quotes carry their speakers. A "Quick facts" title is
  "B" like a table's title, and its bullets are flagged by content ("W").
* Reader mode: the domain line that stands where the masthead was, the byline without "By" and the
  reading-time line are "B"; in-body "Also read:" and "Related:" lines and tip lines that reader
  mode keeps are "B"; the outlet's own tip line is split after its question ("Got a story?" /
  "WhatsApp ...").
* Phone and app: the hamburger-and-masthead line, subscribe prompts, "Listen · 4 min",
  "Advertisement", "Ad"/"AD", "Story continues below advertisement", "ALSO READ"/"READ MORE" cards,
  "Follow Transport +", "Back to top ↑", "Open in the ... app", "View full site", "Comments are not
  available on the mobile version of this page.", notification buttons and tab bars are "B". A
  cookie banner's title, its sentences and its button row are "B" line by line, like a paywall
  block.
* "The court heard that ..." names a listener, not a source: it carries no speaker (and is "W" for
  what it reports); the fiscal depute who then "told the court" carries herself.
* Titles dropped: "Nana" (a chief's title, like "Datuk" or "Chief") with the regnal "II" kept ("Nana
  Ekow Sam-Arthur II" -> "Ekow Sam-Arthur II"); "Madam", "Ms", "Mr", "Dr."; "Speaker" as the title
  of an assembly's presiding officer ("Speaker Grace Adhiambo Wanga ruled" -> "Grace Adhiambo
  Wanga"); police ranks ("Brigadier", "Lieutenant General", "Captain"); "Sheriff", "Fiscal depute",
  "Defence solicitor", "Mayor", "Minority leader", "Lead author", "Co-author", "Galway West TD",
  "MRCA board chair". A witness "who gave his name only as Sipho" is "Sipho". Names in the Chinese
  order ("Quek Siew Lan", "Tan Kah Seng") are given in full, and "Mr Tan" resolves to "Tan Kah
  Seng".
* A body's proper name drops a leading "the" and a bracketed acronym or short form, and the acronym
  or short form used later resolves to it ("The Directorate for Priority Crime Investigation (Hawks)
  said" and "The Hawks said" -> "Directorate for Priority Crime Investigation"; likewise "the Ghana
  Health Service (GHS)" and "The GHS said", "The Consumers Association of Singapore (Case)" and
  "Case advised", "The Ministry of Education (MOE)" and "MOE said", "The Department of Conservation"
  and "DOC urged"; "The Department for Transport said" -> "Department for Transport", "The Met
  Office said" -> "Met Office"); "Skjeldahl said" resolves to "Skjeldahl Grain Co." as first given,
  and a one-word operator's name ("Northern said") is a speaker like any other. "according to" keeps
  its object whole, acronym included ("Accounting and Corporate Regulatory Authority (Acra)
  records"). Generic nouns stay as written ("the bureau", "the council", "the statement", "the
  co-op", "the company", "the operator", "the public health unit", "The regional health
  directorate", "the state government", "a spokesman", "a spokesperson", "A council spokeswoman", "A
  spokesman for the governor", "The tenant", "A former Brightmind tutor", "traders", "Residents",
  "Health officials", "Researchers", "police", "Police"); "It said" after the Arts Council's
  statement resolves to "Arts Council", as a pronoun does.
* Documents with their own verbs keep the document as written ("The audit also found", "The study
  found", "The authors estimate"). An estimate of a present quantity is "W" ("about 58% of licensed
  grain storage ..., she estimated", "The authors estimate the glacier's remaining volume ...", "an
  estimated $1.4 million in prepaid fees"); an estimate of a future one is "" ("Members would
  receive an estimated $61 million ...").
* "praised", "urged"/"urge", "advised", "called", "confirmed", "ruled", "found", "estimated", "told
  the assembly", "told reporters", "told the court", "said in an interview", "said in a note" and
  "did not respond to calls and messages" are cues; the last carries the person and is "", like "did
  not respond to a request for comment". "Mr Tullochan did not speak during the hearing." carries no
  speaker.
* A quote split at its attribution ("“Fourteen, in six years,” she said." / "“That tells ...”") and
  a quote whose attribution closes its second sentence ('"People are tired.' / 'Every month it's
  something," he said.') carry the speaker and cue in both sentences, each flagged by its own
  content; a question that closes a quote with no attribution after it ("“Now we find out from a
  press release that it's gone?”") is a sentence of its own carrying the quote's speaker.
* A police appeal in the body ("Police have asked anyone with information to contact ..., on 013 555
  0148.") is content "" carrying "Police" with "asked"; the outlet's call for tips is "B".
* A study's funding inside the story ("The study was funded by a $780,000 Marsden Fund grant.") is
  "W"; the outlet's own funding line ("This story was supported by the Science Media Fund.") is "B",
  as in `labelled_new.py`. A journal reference line is one "B" sentence, as in `labelled_new2.py`.
* A scorecard box ("Hampi Hawks 168/6 in 20 ov. (A. Bettageri 71, ...)") and a bus-times table
  follow the sport-data rule: the title and header rows ("Thornley Bridge dep. | Rowdale arr.") are
  "B", the rows "" and one sentence each ("ov." and initials do not split them).
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Kenyan NATIONAL DAILY\'s website (Kisumu), DESKTOP BROWSER paste with straight quotes, POLITICS: the Kisumu County Assembly votes 38-9 to impeach the county\'s finance executive over a Sh412 million revenue-system tender. Head: masthead, menu with pipes, trending strip, crumb (all "B"); headline of record "W"; standfirst "Embattled official says ..." a plan "" carrying her full name as the story first gives it; byline, published/updated line, share strip (all "B"); a caption "" and its credit "B". Body: a "KISUMU —" lead of record "W" with no speaker; abstentions and the threshold arithmetic "W"; the mover named in a narration sentence with no speaker, then "Kere told the assembly" resolving to his full name "W"; his quote "" then a record carried on with no cue "W"; "Ms Ouma ... said in a statement" (title dropped) "W", "She called the vote ..." "" and her court threat ""; her lawyer\'s score "told reporters" "W" and his plan ""; the Act\'s 14 days "W"; "A spokesman for the governor" kept as written ""; a subhead without a full stop ""; "according to a special audit by the Office of the Auditor-General released in March" (as written) "W" and "The audit also found" (the document as written) "W"; "according to county treasury figures" "W"; the minority leader\'s opinion "", his record "W" and "Odera said" ""; "Speaker Grace Adhiambo Wanga ruled" (the presiding officer\'s title dropped) "W"; colour, a trader\'s complaint and her question with attribution (one sentence) ""; a precedent "W"; a closing quote "". Tail: two related lines, tags, comment count, a two-sentence comment note, copyright split at "Ltd." (all "B").',
    'Scottish REGIONAL NEWSPAPER\'s mobile site (Dundee), PHONE paste, COURTS: a landlord fined £4,800 at Dundee Sheriff Court after a family with a newborn went 11 weeks without heating. Head: hamburger-and-masthead line, subscribe prompt, crumb (all "B"); headline of record "W"; standfirst "Sheriff says ..." an opinion "" carrying the sheriff; byline, "2 hours ago", "Listen · 4 min", "Advertisement" (all "B"). Body: the fine and the plea "W" with no speaker; "The court heard that ..." "W" with no speaker (a listener, not a source); the fiscal depute "told the court" and "She said" "W"; her quote split at the attribution ("W" and a second sentence carried on with no new cue "W"); "Story continues below advertisement" "B"; defence solicitor\'s record "W", "Mr Dargavel said" a feeling "" and a record "W"; "Mr Tullochan did not speak during the hearing." ""; the sheriff\'s opinion "", his record "W" and his question with attribution (one sentence, ""); "He fined ..." the sheriff acting, no speaker "W"; the council "confirmed" "W" and "A council spokeswoman" kept as written "W"; "Advertisement" "B"; "The tenant" kept as written, her record "W" and two sentences of quote ""; a campaigner\'s opinion "", "According to freedom of information figures obtained by the network" "W", her quote split after "she said." ("W" then ""); "A Scottish Government spokesperson" with a hedged plan "". Tail: back-to-top, more-from list with two items, open-in-app, legal links, copyright (all "B").',
    'Ghanaian NATIONAL NEWS SITE (Cape Coast), READER MODE paste, HEALTH: cholera cases in the Central Region rise to 214 with four deaths, two wells sealed. Head: the domain line standing for the masthead, the headline of record "W", the byline without "By" and the reading-time line "6–7 minutes" (both "B"); a caption "" and its credit "B". Body: "the Ghana Health Service (GHS) said" "W" (acronym dropped), then "The figure stood at 131 a week earlier." "W"; unattributed records and a general fact "W"; "Dr." dropped for the regional director with his record "W", a forecast "" and a causal claim with no cue "W"; "according to the regional public health laboratory" "W"; a coordinating director named after the clause "W"; colour ""; "Residents say" ""; a fish smoker named after her quote, two sentences ""; a second caption "" and credit "B"; a nurse\'s records "W" in two sentences; "The regional health directorate" kept as written "W"; a regional minister\'s release of funds "W" and his opinion ""; "The GHS said" resolving to the full name with a campaign date "W"; a rule "W"; an epidemiologist\'s opinion "", her fatality-rate comparison and the vaccine\'s protection "W" and her opinion ""; the chief fisherman "Nana Ekow Sam-Arthur II" ("Nana" dropped, "II" kept) with his ban "W" and a quote ""; "traders said" "W"; "a spokesperson said" kept as written "W"; a ban "W"; an in-body "Also read:" line "B"; "according to its latest situation report" (as written) "W"; a past outbreak "W"; "Health officials urge" advice "". Tail: a tip line split after its question (both "B").',
    'Australian REGIONAL DAILY\'s website (Rockhampton), PRINT VIEW paste, WEATHER: a major flood warning for the Fitzroy River after an ex-cyclone drops more than 400mm on the catchment. Head: the browser\'s running header (date, time and the page title, which repeats the headline), masthead, menu (all "B"); headline of record "W"; standfirst of record "W" (residents told to prepare to leave); byline, updated and first-published lines (all "B"); a caption "" and its credit "B". Body: the bureau\'s warning as narration "W" with no speaker; "the bureau said" kept as written with a rainfall record "W" and with a forecast "", then "It stood at 6.9 metres at 5am on Thursday." "W" with no speaker; a meteorologist\'s forecast "", her causal claim "W" and a closing line carried on with no cue ""; the running footer (URL and "1/3") and the running header again between body paragraphs (all "B"); "according to council flood modelling" "W"; the mayor (title dropped) "urged" "", his sandbag count "W" and his advice ""; "the council said" with an opening time it set "W"; "according to the Department of Transport and Main Roads" (as written) "W" and an expected closure ""; "a spokesman said" "W"; a resident\'s colour "", his record "W" and his hedge ""; colour ""; a grazier\'s record "W" and her quote split after "she said." ("W" then ""); footer and header again ("B"); a catastrophe declared "W"; "the state government said" "W"; "according to bureau records" "W" and a hedged forecast "". Tail: read-more line, copyright split at "Pty Ltd.", the last running footer "3/3" (all "B").',
    'United States CITY NEWSPAPER\'s business NEWSLETTER (Omaha), FORWARDED EMAIL paste, BUSINESS: a 92-year-old farmer-owned cooperative agrees to sell its 41 grain elevators for $186 million. Head: the forwarder\'s note to colleagues (a question and "Thanks, Dana"), the forward separator and the From/Date/Subject/To lines, "View this email in your browser", the newsletter\'s name, tagline and "Good morning." (all "B"); the teaser "Today: ..." treated as the story\'s standfirst "W"; headline of record "W"; byline "B". Body: the sale and its announcement "W"; "Skjeldahl Grain Co." ending a sentence before "The Minneapolis-based company" (both "W"); the vote "W"; the chief executive (role dropped) with "Aug. 31," mid-sentence "W" and "said in an interview" ""; "according to the purchase agreement" "W"; "the co-op said" an estimated future payout ""; a fragment ""; a farmer\'s record "W", his dated record "W" and a question closing his quote with no attribution after it (its own sentence, "") and his plan ""; "Analysts at Bluestem Farm Credit said in a note" "W"; an economist\'s opinion "" and her estimate of a present share "W" with "she estimated"; the U.S. antitrust review "W"; "Skjeldahl said" resolving to "Skjeldahl Grain Co." "W"; an expected close "". Tail: sponsor block (label, two sentences, button), other-news list, a two-sentence sign-off, initials, subscription note, links, the publisher\'s address (all "B").',
    'Indian CITY NEWSPAPER\'s NEWS APP (Bengaluru), APP paste, SPORT: Hampi Hawks win a women\'s T20 league final by five runs. Head: back arrow, app name, section, headline of record "W", standfirst of record "W" (a 19-year-old\'s last over), the desk-and-age line, "Follow", "Listen to this story", "Ad" (all "B" but the headline and standfirst). Body: result, toss, score progression and the top score "W"; "It was the partnership of the tournament." ""; the batter\'s "said Bettageri" quote "" and her injury record "W"; an "ALSO READ" card "B"; the chase "W" and "From there the chase came apart." ""; the last-over bowler named after her quote (the standfirst gave her first) "" and her question with attribution (one sentence, ""); "Ad" "B"; the captain\'s opinion "" and squad count "W"; the losing coach\'s record "W" and his opinion ""; "according to the Karnataka State Cricket Association" (as written) a crowd record "W"; prize money "W"; a call-up "W"; a former player\'s opinion ""; a brief-scores box (title "B", score lines with "ov." and initials, result and player-of-the-match lines ""). Tail: also-in-sports list with two items, an app promo, notification buttons and the tab bar (all "B").',
    'Irish REGIONAL NEWSPAPER\'s website (Galway), DESKTOP BROWSER paste with a COOKIE BANNER on top, CULTURE: an Irish theatre company closes after 31 years when the Arts Council turns down its multi-annual funding bid. Head: the cookie banner (title, two sentences, buttons), masthead, menu, section (all "B"); headline of record "W"; standfirst "Artistic director says ..." a quip "" carrying her full name with the particle "Ní"; byline with "Ó", date line, audio-player line, share strip (all "B"); a caption "" and its credit "B". Body: the closure "W"; the artistic director\'s board decision and funding figures "W", her quote split after "she said." (both ""); "the council said" in a statement "W" kept as written, "the statement said" kept as written "", then "It said ..." resolving to "Arts Council" with a reopening date "W"; "according to the Arts Council\'s published funding decisions" "W"; "Advertisement" "B"; colour in two sentences ""; "according to its last annual report" mid-sentence "W" and staff numbers "W"; an actor\'s opinion "", his debut as narration with no speaker "W" and his question with attribution (one sentence, ""); a TD\'s letter "W" and opinion ""; "A spokeswoman for the Department of Culture, Communications and Sport" kept as written "W"; a critic\'s opinion ""; the final production\'s dates "W". Tail: read-more line, tags, comments-closed note, a company line split at "Ltd." before "Registered in Ireland No. 612448." (all "B").',
    'South African REGIONAL NEWS SITE\'s mobile page (Mpumalanga), PHONE paste with straight quotes, CRIME: three men arrested after an R2.3 million cash-in-transit robbery. Head: hamburger-and-masthead line, "View full site", crumb (all "B"); headline of record "W"; standfirst "..., police say" a record "W" carrying "police" as written; byline, date line, WhatsApp share (all "B"); a caption "" and its credit "B". Body: the arrests "W"; the police spokesperson ("Brigadier" dropped) with records "W" in three sentences, the last with "Mthembu-Khoza said"; a taxi driver who "gave his name only as Sipho" carrying "Sipho" with his records "W"; "Advertisement" "B"; "The Directorate for Priority Crime Investigation (Hawks) said" (article and short form dropped) and "The Hawks said" resolving to it "W"; a fourth suspect "W"; a commissioner who "praised" (rank dropped) ""; the court date "W" and the prosecutors\' plan ""; "The security company, Bastion Cash Logistics, confirmed" "W" and "the company said" kept as written "W"; "Advertisement" "B"; crime statistics and industry figures with "according to" "W"; a researcher\'s opinion "", her record "W" and her question with attribution (one sentence, ""); a forum chair\'s colour "" and a quote whose attribution closes its second sentence (two sentences, both ""); "Police have asked ..." an appeal with a number "" carrying "Police"; closing colour "". Tail: related label and item, a mobile-only comments note, a follow line, copyright split at "(Pty) Ltd." (all "B").',
    'Canadian CONSERVATION AUTHORITY\'s NEWS RELEASE (Ontario), COPIED PDF paste, ENVIRONMENT: a blue-green algae bloom confirmed on a lake and a swimming advisory for three beaches. Head: letterhead, an address line with "Sault Ste. Marie," not ending a sentence, "NEWS RELEASE", "For immediate release", the date (all "B"); headline of record "W"; subheadline of advice "". Body: a "SAULT STE. MARIE, Ont. —" dateline lead "W" with no speaker (the release\'s own narration), the beaches "W"; samples, a general fact and a record "W"; the general manager named after her quote "W", a causal claim carried on with no cue "W" and advice ""; a "Quick facts" box (title "B", four bullets "W"); "Page 1 of 2" and "– more –" (both "B"); "The public health unit said" kept as written "W"; a medical officer ("Dr." dropped) with advice ""; a township mayor\'s record "W" and opinion ""; the board chair\'s spending and inspection record "W", "Ostrowski-Hale said" opinion "" and a volunteers\' record "W"; the next sampling date, the lifting rule and a notification "W". Tail: "-30-", photos line, media contact lines with "ext.", the "About ..." heading and its three boilerplate sentences, "Page 2 of 2" (all "B").',
    'Singaporean NEWS SITE, READER MODE paste, EDUCATION: a tuition chain shuts all 11 centres, leaving parents owed an estimated $1.4 million in prepaid fees. Head: the domain line, headline of record "W" (an estimate of a present sum), a byline in the Chinese name order and the reading-time line (both "B"); a caption "" and its credit "B". Body: a "SINGAPORE –" lead "W"; "The Consumers Association of Singapore (Case) said" "W"; "Case\'s executive director, Quek Siew Lan" "W" and her pattern claim "W"; "Case advised" resolving to the full name, advice ""; the director\'s message "W", his apology "", "Mr Tan did not respond to calls and messages" carrying "Tan Kah Seng" ""; the website taken down "W"; a parent ("Madam" dropped) with a dated payment "W" and a quote over three sentences, split after "she said." (all ""); a second parent ("Mr" dropped) with a record "W" and a two-sentence quote split after "he said." (both ""); an in-body "Related:" line "B"; "The Ministry of Education (MOE) said" and "MOE said" resolving to "Ministry of Education" "W"; "According to Accounting and Corporate Regulatory Authority (Acra) records" (as written) ending "Brightmind Academy Pte. Ltd." before "The company was incorporated ..." (both "W"); "according to court records" "W"; a lawyer\'s advice ""; "A former Brightmind tutor" kept as written with records "W"; an MP\'s record "W" and her opinion ""; a spending figure "according to the Department of Statistics\' household expenditure survey" "W"; a subhead "" and three numbered steps ""; a second caption "" and credit "B"; closing colour with a quoted sign "". Tail: a Telegram line (all "B").',
    'English LOCAL NEWS APP (West Yorkshire), APP paste, TRANSPORT: trains between two towns replaced by buses for six weeks after a landslip. Head: back arrow, app name, section, "Follow Transport +" (all "B"); headline of record "W"; standfirst "Network Rail says ..." a record "W"; byline-and-age line, "Listen", "AD" (all "B"); a caption "" and its credit "B". Body: the replacement "W"; "Network Rail said" and "it said" resolving to it "W"; the route director\'s plan "", his dated record "W" and his apology ""; "Northern said" (a one-word operator name) and "the operator said" kept as written "W"; a bus-times table (title and header with "dep." and "arr." "B", rows ""); "according to Office of Rail and Road estimates" "W"; colour ""; a nurse named after her quote "", her dated record "W" and a complaint ""; a "READ MORE" card "B"; an MP\'s letter "W" and her question with attribution (one sentence, ""); "The Department for Transport said" (article dropped) "W"; a business forum chair\'s record "W" and his claim "W"; freight diversion "W"; "The Met Office said" "W". Tail: comment count, sign-in line, more-on-this-story list with two items, the tab bar (all "B").',
    'New Zealand REGIONAL NEWSPAPER\'s PRINT-FRIENDLY page (Waitaki), PRINT VIEW paste, SCIENCE: a glacier has lost 42% of its ice since 1978, a study finds. Head: "Printed from ...", "Print | Close window", masthead (all "B"); headline of record "W"; standfirst "Researchers say ..." a forecast ""; byline, role line and date line (all "B"). Body: colour ""; "according to a study published this week in the journal Cryosphere Letters" (as written) "W" and a retreat record "W"; the lead author ("Dr." dropped) with an opinion "", her method and dated record "W", a forecast "", a temperature record "W" and a quip ""; "The authors estimate" a present volume "W"; a caption "" and credit "B"; a subhead ""; "The study found" "W"; the co-author\'s hedge "" and record "W"; "The Department of Conservation said" (article dropped) "W" and "DOC urged" resolving to it ""; "according to NIWA\'s end-of-summer snowline survey" "W"; an outside glaciologist\'s hedge "" and a quote split after "he said." (both ""); a guide\'s records "W" and a quote split after "he said." (both ""); colour ""; the study\'s funding "W". Tail: the outlet\'s own funding line, a journal reference line, tags, a legal line split at "Ltd.", the article URL (all "B").',
]

ARTICLES = [
    [
        [
            ("THE LAKESIDE STANDARD", "", "", "B"),
        ],
        [
            (
                "Home | News | Counties | Politics | Business | Sports | Opinion | Videos | ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("TRENDING: Fuel prices · Teachers' strike · Finance Bill 2026", "", "", "B"),
        ],
        [
            ("Counties › Kisumu", "", "", "B"),
        ],
        [
            (
                "Kisumu MCAs vote 38-9 to impeach county finance chief over Sh412m revenue system tender",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Embattled official says she will challenge the vote in court",
                "Rosemary Achieng Ouma",
                "says",
                "",
            ),
        ],
        [
            ("By Brian Okoth-Mwenda", "", "", "B"),
        ],
        [
            ("Published Thursday, May 14, 2026 7:42 PM EAT | Updated 9:15 PM", "", "", "B"),
        ],
        [
            ("Share: Facebook  X  WhatsApp  Telegram  Email", "", "", "B"),
        ],
        [
            (
                "Members of the Kisumu County Assembly during Thursday's vote at the assembly chambers.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO | BRIAN OKOTH-MWENDA", "", "", "B"),
        ],
        [
            (
                "KISUMU — Members of the Kisumu County Assembly on Thursday voted 38-9 to impeach the county's finance executive, Rosemary Achieng Ouma, over the award of a Sh412 million tender for a revenue collection system.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Two members abstained and one was absent.", "", "", "W"),
            ("The assembly has 50 members, so the motion needed 34 votes to pass.", "", "", "W"),
        ],
        [
            (
                "The motion was tabled by Felix Onyango Kere, who represents Oboch Central ward.",
                "",
                "",
                "W",
            ),
            (
                "Kere told the assembly the tender was awarded to Lumo Systems Ltd, a company registered 11 weeks before bids closed, and that its bid was Sh96 million higher than the lowest one.",
                "Felix Onyango Kere",
                "told the assembly",
                "W",
            ),
        ],
        [
            (
                '"This was not a procurement, it was a hand-over," he said.',
                "Felix Onyango Kere",
                "said",
                "",
            ),
            (
                '"Two years later, the people of Kisumu have paid for a system that still cannot issue a parking receipt at the bus park."',
                "Felix Onyango Kere",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Ouma, who did not attend the sitting, said in a statement that the tender had been evaluated and awarded in line with the Public Procurement and Asset Disposal Act.",
                "Rosemary Achieng Ouma",
                "said in a statement",
                "W",
            ),
            (
                'She called the vote "political theatre staged for the 2027 elections".',
                "Rosemary Achieng Ouma",
                "called",
                "",
            ),
        ],
        [
            (
                '"I will see them in court, and I will win," she said.',
                "Rosemary Achieng Ouma",
                "said",
                "",
            ),
        ],
        [
            (
                "Her lawyer, Dennis Omolo Abuya, told reporters outside the assembly that the county's evaluation committee had scored Lumo Systems highest on technical merit, with 87 points out of 100.",
                "Dennis Omolo Abuya",
                "told reporters",
                "W",
            ),
            (
                'He said he would file a petition at the Employment and Labour Relations Court in Kisumu "within days".',
                "Dennis Omolo Abuya",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the County Governments Act, the governor has 14 days to act on the resolution.",
                "",
                "",
                "W",
            ),
            (
                'A spokesman for the governor said he would "study the resolution carefully" and announce a decision next week.',
                "A spokesman for the governor",
                "said",
                "",
            ),
        ],
        [
            ("What the audit found", "", "", ""),
        ],
        [
            (
                "According to a special audit by the Office of the Auditor-General released in March, only 31 of the 60 revenue points the system was meant to cover had been connected by the end of February.",
                "a special audit by the Office of the Auditor-General released in March",
                "according to",
                "W",
            ),
            (
                "The audit also found that Sh143 million was paid to the supplier before any equipment had been delivered.",
                "The audit",
                "found",
                "W",
            ),
        ],
        [
            (
                "County revenue from parking and market fees fell to Sh318 million in the 2024/25 financial year, from Sh361 million a year earlier, according to county treasury figures.",
                "county treasury figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Minority leader Jared Ochieng Odera said the process had been rushed.",
                "Jared Ochieng Odera",
                "said",
                "",
            ),
            (
                "He said members received the 140-page audit report only on Tuesday evening, less than 48 hours before the vote.",
                "Jared Ochieng Odera",
                "said",
                "W",
            ),
            (
                '"Nobody can read that in one night and call it due process," Odera said.',
                "Jared Ochieng Odera",
                "said",
                "",
            ),
        ],
        [
            (
                'Speaker Grace Adhiambo Wanga ruled that the motion had met the two-thirds threshold and that members had been given the report "in good time under the Standing Orders".',
                "Grace Adhiambo Wanga",
                "ruled",
                "W",
            ),
        ],
        [
            (
                "Outside, traders from Kowino market sang and waved placards as the result was read.",
                "",
                "",
                "",
            ),
            (
                '"We pay every single day and we get nothing, not even a toilet that works," said Pamela Awino Otieno, who sells fish at the market.',
                "Pamela Awino Otieno",
                "said",
                "",
            ),
            ('"Who is eating our money?" she asked.', "Pamela Awino Otieno", "asked", ""),
        ],
        [
            (
                "It is the second impeachment of a county official in Kisumu since 2013; in 2019 the assembly removed a health executive, a decision the High Court later upheld.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"We just want the receipts to work," Otieno said.',
                "Pamela Awino Otieno",
                "said",
                "",
            ),
        ],
        [
            ("RELATED: Kisumu traders protest over new market levies", "", "", "B"),
        ],
        [
            ("RELATED: Auditor flags Sh143m advance payment in county revenue deal", "", "", "B"),
        ],
        [
            ("Tags: Kisumu County Assembly  Impeachment  County Finance", "", "", "B"),
        ],
        [
            ("Comments (87)", "", "", "B"),
        ],
        [
            ("Join the conversation.", "", "", "B"),
            ("Comments are moderated and may take up to 30 minutes to appear.", "", "", "B"),
        ],
        [
            ("© 2026 Lakeside Media Group Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  THE CARSE HERALD  🔍", "", "", "B"),
        ],
        [
            ("Subscribe from £1", "", "", "B"),
        ],
        [
            ("News › Courts", "", "", "B"),
        ],
        [
            (
                "Dundee landlord fined £4,800 after family with newborn left without heating for 11 weeks",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sheriff says young family were “treated as an inconvenience rather than as tenants”",
                "Alasdair McConachie",
                "says",
                "",
            ),
        ],
        [
            ("By Euan Lockhart-Fyfe", "", "", "B"),
        ],
        [
            ("2 hours ago", "", "", "B"),
        ],
        [
            ("🎧 Listen · 4 min", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "A Dundee landlord who left a family with a newborn baby without heating or hot water for 11 weeks has been fined £4,800.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Graham Rennie Tullochan, 58, admitted at Dundee Sheriff Court on Monday that he had failed to comply with a repairing standard enforcement order issued by the First-tier Tribunal for Scotland in October.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The court heard that the boiler at the first-floor flat on Balgarvie Terrace broke down on November 3 and was not replaced until January 19.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fiscal depute Morag Sinclair-Baird told the court that the tenants, a couple with a six-week-old daughter, heated the flat with three plug-in radiators and that their electricity bill for December came to £412.",
                "Morag Sinclair-Baird",
                "told the court",
                "W",
            ),
            (
                "She said they contacted Mr Tullochan 23 times by phone, text and email over the period.",
                "Morag Sinclair-Baird",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The accused’s position at the time was that he was waiting for a part,” Ms Sinclair-Baird said.",
                "Morag Sinclair-Baird",
                "said",
                "W",
            ),
            (
                "“The Crown understands that no part was ever ordered.”",
                "Morag Sinclair-Baird",
                "said",
                "W",
            ),
        ],
        [
            ("Story continues below advertisement", "", "", "B"),
        ],
        [
            (
                "Defence solicitor Niall Dargavel said his client had spent nine days in Ninewells Hospital in December and accepted he should have arranged for another engineer.",
                "Niall Dargavel",
                "said",
                "W",
            ),
            (
                "“He is mortified by what happened to this family,” Mr Dargavel said.",
                "Niall Dargavel",
                "said",
                "",
            ),
            (
                "“He has let property in this city for 19 years and has never before appeared in front of a tribunal or a court.”",
                "Niall Dargavel",
                "said",
                "W",
            ),
        ],
        [
            ("Mr Tullochan did not speak during the hearing.", "", "", ""),
        ],
        [
            (
                "Sheriff Alasdair McConachie said the family had been “treated as an inconvenience rather than as tenants”.",
                "Alasdair McConachie",
                "said",
                "",
            ),
            (
                "“A six-week-old child spent her first Christmas in a flat with no heating,” he said.",
                "Alasdair McConachie",
                "said",
                "W",
            ),
            (
                "“Is that what anyone would call waiting for a part?” he asked.",
                "Alasdair McConachie",
                "asked",
                "",
            ),
        ],
        [
            (
                "He fined Tullochan £4,800, reduced from £6,000 because of his early guilty plea, and gave him six months to pay.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dundee City Council confirmed on Monday that it had begun proceedings to remove Mr Tullochan from the Scottish landlord register.",
                "Dundee City Council",
                "confirmed",
                "W",
            ),
            (
                "A council spokeswoman said the authority had received 312 complaints about repairs in privately rented homes in the last year, up from 241 the year before.",
                "A council spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The tenant, who asked not to be named, said the family moved out in February and now rent from a housing association in the city’s east end.",
                "The tenant",
                "said",
                "W",
            ),
            (
                "“We still get letters from him asking for the rent,” she said.",
                "The tenant",
                "said",
                "",
            ),
            (
                "“I just want other people to know they don’t have to put up with it.”",
                "The tenant",
                "said",
                "",
            ),
        ],
        [
            (
                "Lorna Pettigrew-Khan, of the Tay Tenants Network, said enforcement orders were “far too easy to ignore”.",
                "Lorna Pettigrew-Khan",
                "said",
                "",
            ),
            (
                "According to freedom of information figures obtained by the network, 14 landlords in Scotland have been prosecuted for breaching such orders since 2019.",
                "freedom of information figures obtained by the network",
                "according to",
                "W",
            ),
            ("“Fourteen, in six years,” she said.", "Lorna Pettigrew-Khan", "said", "W"),
            (
                "“That tells landlords everything they need to know.”",
                "Lorna Pettigrew-Khan",
                "said",
                "",
            ),
        ],
        [
            (
                "A Scottish Government spokesperson said new powers would let tribunals order rent to be paid into a holding account while repairs are outstanding, and that they were expected to come into force next year.",
                "A Scottish Government spokesperson",
                "said",
                "",
            ),
        ],
        [
            ("Back to top ↑", "", "", "B"),
        ],
        [
            ("More from Courts", "", "", "B"),
        ],
        [
            ("Fife man jailed for £90,000 VAT fraud at car wash business", "", "", "B"),
        ],
        [
            ("Perth driver banned after 112mph chase on A9", "", "", "B"),
        ],
        [
            ("Open in the Carse Herald app", "", "", "B"),
        ],
        [
            ("Terms · Privacy · Cookie settings", "", "", "B"),
        ],
        [
            ("© Carse Press Ltd 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("capesentinel.com.gh", "", "", "B"),
        ],
        [
            (
                "Cholera cases in Central Region rise to 214 as health officials seal two wells",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Efua Quansah-Boateng", "", "", "B"),
        ],
        [
            ("6–7 minutes", "", "", "B"),
        ],
        [
            (
                "A health worker sprays disinfectant around a sealed well in Esuaku on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Efua Quansah-Boateng/The Cape Sentinel", "", "", "B"),
        ],
        [
            (
                "Confirmed and suspected cholera cases in Ghana’s Central Region have risen to 214, with four deaths, the Ghana Health Service (GHS) said on Wednesday.",
                "Ghana Health Service",
                "said",
                "W",
            ),
            ("The figure stood at 131 a week earlier.", "", "", "W"),
        ],
        [
            (
                "Most of the cases are in three fishing communities west of Cape Coast, where the outbreak was first reported on May 2.",
                "",
                "",
                "W",
            ),
            (
                "Cholera spreads through water and food contaminated with the faeces of an infected person.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr. Kofi Adjei-Mintah, the Central Regional Director of Health, said 61 patients were still in treatment centres and 149 had been discharged.",
                "Kofi Adjei-Mintah",
                "said",
                "W",
            ),
            ("“We are not yet at the peak,” he said.", "Kofi Adjei-Mintah", "said", ""),
            (
                "“The rains have started, and in these communities the latrines overflow into the same ground the wells draw from.”",
                "Kofi Adjei-Mintah",
                "said",
                "W",
            ),
        ],
        [
            (
                "Two hand-dug wells in Esuaku were sealed on Tuesday after water samples tested positive for Vibrio cholerae, according to the regional public health laboratory.",
                "the regional public health laboratory",
                "according to",
                "W",
            ),
            (
                "A tanker from the district assembly now delivers water to the town twice a day, the assembly’s coordinating director, Ebenezer Tawiah Mensah, said.",
                "Ebenezer Tawiah Mensah",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Esuaku, the beach was almost empty on Tuesday, its canoes pulled high onto the sand.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Residents say it is not enough.", "Residents", "say", ""),
            (
                "“The tanker comes at six and by seven it is empty,” said Adwoa Bekoe-Ansah, a fish smoker who has lived in Esuaku all her life.",
                "Adwoa Bekoe-Ansah",
                "said",
                "",
            ),
            (
                "“So people go back to the well they closed, and they break the seal.”",
                "Adwoa Bekoe-Ansah",
                "said",
                "",
            ),
        ],
        [
            ("Patients rest under a tent at the Esuaku treatment centre.", "", "", ""),
        ],
        [
            ("Photo: Efua Quansah-Boateng/The Cape Sentinel", "", "", "B"),
        ],
        [
            (
                "At the treatment centre in the Esuaku Methodist school, beds stand in rows under two white tents, and the smell of chlorine hangs over the yard.",
                "",
                "",
                "",
            ),
            (
                "“On Sunday night we admitted 17 people in six hours,” said Comfort Aidoo-Baffour, the nurse in charge.",
                "Comfort Aidoo-Baffour",
                "said",
                "W",
            ),
            (
                "“By morning we had run out of intravenous fluids and had to send a pickup to Cape Coast for more.”",
                "Comfort Aidoo-Baffour",
                "said",
                "W",
            ),
        ],
        [
            (
                "The regional health directorate said supplies had since been restocked and 40 extra nurses posted to the three communities.",
                "The regional health directorate",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Central Regional Minister, Joseph Kwamena Essel-Donkor, who visited the town on Tuesday, said the government had released GH₵2.5 million for the response.",
                "Joseph Kwamena Essel-Donkor",
                "said",
                "W",
            ),
            (
                "“The money is there; what we need now is discipline at the wells and at the latrines,” he said.",
                "Joseph Kwamena Essel-Donkor",
                "said",
                "",
            ),
        ],
        [
            (
                "The GHS said it had received 150,000 doses of oral cholera vaccine from the global stockpile and would begin a two-day vaccination campaign on Saturday.",
                "Ghana Health Service",
                "said",
                "W",
            ),
            ("Children under one year old will not be vaccinated.", "", "", "W"),
        ],
        [
            (
                "Akosua Frimpong-Danso, an epidemiologist at the University of Ghana’s School of Public Health, said the outbreak was “serious but still containable”.",
                "Akosua Frimpong-Danso",
                "said",
                "",
            ),
            (
                "She said the case fatality rate of about 1.9% was above the 1% the World Health Organization treats as the mark of an adequately managed outbreak.",
                "Akosua Frimpong-Danso",
                "said",
                "W",
            ),
            (
                "She said protection from the oral vaccine lasts about three years but is “no substitute for clean water”.",
                "Akosua Frimpong-Danso",
                "said",
                "W",
            ),
            (
                "“Every one of those deaths tells you that somebody reached care too late,” she said.",
                "Akosua Frimpong-Danso",
                "said",
                "",
            ),
        ],
        [
            (
                "The chief fisherman of Esuaku, Nana Ekow Sam-Arthur II, said he had banned the landing of canoes at the eastern end of the beach for a week.",
                "Ekow Sam-Arthur II",
                "said",
                "W",
            ),
            ("“Nobody should die for fish,” he said.", "Ekow Sam-Arthur II", "said", ""),
            (
                "Fish prices at Cape Coast’s main market have risen by about a third since the ban, traders said.",
                "traders",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ghana Education Service closed four basic schools in the area for a week from Monday, a spokesperson said.",
                "a spokesperson",
                "said",
                "W",
            ),
            (
                "The district assembly has also banned the sale of cooked food at the Esuaku lorry station until further notice.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Also read: Cape Coast Teaching Hospital opens 30-bed isolation ward", "", "", "B"),
        ],
        [
            (
                "Nationally, the GHS has recorded 1,106 cholera cases and 19 deaths since January, according to its latest situation report.",
                "its latest situation report",
                "according to",
                "W",
            ),
            ("The region’s last large outbreak, in 2016, sickened 418 people.", "", "", "W"),
        ],
        [
            (
                "Health officials urge residents to boil or chlorinate drinking water and to go to a health facility at the first sign of watery diarrhoea.",
                "Health officials",
                "urge",
                "",
            ),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("WhatsApp The Cape Sentinel on 024 555 0192.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "15/01/2026, 6:12 am    Major flood warning for Fitzroy River as ex-cyclone dumps 400mm on Central Queensland | The Capricorn Ledger",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE CAPRICORN LEDGER", "", "", "B"),
        ],
        [
            ("News   Weather   Local   Rural   Sport   Print", "", "", "B"),
        ],
        [
            (
                "Major flood warning for Fitzroy River as ex-cyclone dumps 400mm on Central Queensland",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Residents of low-lying streets in Rockhampton have been told to prepare to leave by Thursday night",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Chloe Varga-Hennessy", "", "", "B"),
        ],
        [
            ("Updated January 15, 2026 — 5:48am AEST", "", "", "B"),
        ],
        [
            ("First published January 14, 2026 — 9:30pm AEST", "", "", "B"),
        ],
        [
            (
                "Floodwater across the road to the Rockhampton airport on Wednesday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Chloe Varga-Hennessy", "", "", "B"),
        ],
        [
            (
                "The Bureau of Meteorology issued a major flood warning for the Fitzroy River at Rockhampton late on Wednesday after the remnants of Tropical Cyclone Philippa dropped more than 400 millimetres of rain on parts of the catchment.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mount Moondarra, west of Rockhampton, recorded 412mm in the 24 hours to 9am Wednesday, the bureau said.",
                "the bureau",
                "said",
                "W",
            ),
        ],
        [
            (
                "The river is expected to reach 8.6 metres at the Rockhampton gauge on Friday morning and could stay above the major flood level of 8.5 metres into Sunday, the bureau said.",
                "the bureau",
                "said",
                "",
            ),
            ("It stood at 6.9 metres at 5am on Thursday.", "", "", "W"),
        ],
        [
            (
                "Senior meteorologist Harriet Doyle-Ashcroft said the system was moving slowly south and that further falls of 100 to 150mm were possible over the upper catchment on Thursday.",
                "Harriet Doyle-Ashcroft",
                "said",
                "",
            ),
            (
                "“What fell on Tuesday and Wednesday is already in the river system, so the peak at Rockhampton is largely locked in,” she said.",
                "Harriet Doyle-Ashcroft",
                "said",
                "W",
            ),
            ("“The question now is how long it stays up.”", "Harriet Doyle-Ashcroft", "said", ""),
        ],
        [
            (
                "https://www.capricornledger.com.au/news/weather/fitzroy-river-major-flood-warning    1/3",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "15/01/2026, 6:12 am    Major flood warning for Fitzroy River as ex-cyclone dumps 400mm on Central Queensland | The Capricorn Ledger",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "About 1,200 homes and 340 businesses lie in areas expected to go under at 8.6 metres, according to council flood modelling.",
                "council flood modelling",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mayor Anthony Whitfield-Rossi urged residents of the southern suburbs to leave by 6pm on Thursday.",
                "Anthony Whitfield-Rossi",
                "urged",
                "",
            ),
            (
                "He said 14,000 sandbags had been handed out at two depots since Tuesday.",
                "Anthony Whitfield-Rossi",
                "said",
                "W",
            ),
            (
                "“If you left in 2017, you will need to leave again, and you should not wait for a knock on the door,” he said.",
                "Anthony Whitfield-Rossi",
                "said",
                "",
            ),
        ],
        [
            (
                "An evacuation centre will open at the Rockhampton Showgrounds at noon on Thursday, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Bruce Highway was closed south of the city on Thursday morning, cutting the main road link to Gladstone, according to the Department of Transport and Main Roads.",
                "the Department of Transport and Main Roads",
                "according to",
                "W",
            ),
            ("The Capricorn Highway to the west is expected to close by Friday.", "", "", ""),
        ],
        [
            (
                "The State Emergency Service responded to 186 calls for help in the 24 hours to 5am, a spokesman said.",
                "a spokesman",
                "said",
                "W",
            ),
        ],
        [
            (
                "On Ferrier Lane, Brian Kowalczyk-Reid was lifting his fridge onto bricks on Wednesday evening.",
                "",
                "",
                "",
            ),
            (
                "“Water came to the second step in 2017,” he said.",
                "Brian Kowalczyk-Reid",
                "said",
                "W",
            ),
            (
                "“This time they reckon it’ll be half a metre lower, but I’m not taking any chances.”",
                "Brian Kowalczyk-Reid",
                "said",
                "",
            ),
        ],
        [
            (
                "Along the riverfront, cafe owners stacked chairs on tables and carried stock upstairs.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "West of the city, grazier Meredith Tulloch-Baines said she had moved 900 head of cattle to higher ground on Mount Moondarra station over two days.",
                "Meredith Tulloch-Baines",
                "said",
                "W",
            ),
            ("“We lost 300 head in 2011,” she said.", "Meredith Tulloch-Baines", "said", "W"),
            ("“I will not do that again.”", "Meredith Tulloch-Baines", "said", ""),
        ],
        [
            (
                "https://www.capricornledger.com.au/news/weather/fitzroy-river-major-flood-warning    2/3",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "15/01/2026, 6:12 am    Major flood warning for Fitzroy River as ex-cyclone dumps 400mm on Central Queensland | The Capricorn Ledger",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Insurance Council of Australia declared an insurance catastrophe for the region on Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Disaster recovery payments of $180 per adult and $900 for a family of five will be available from Friday, the state government said.",
                "the state government",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Fitzroy last passed the major flood level in 2017, according to bureau records.",
                "bureau records",
                "according to",
                "W",
            ),
            (
                "If the forecast holds, this flood would be the city’s third-highest since records began.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Read more: How Rockhampton’s levee plan stalled", "", "", "B"),
        ],
        [
            ("Copyright © 2026 The Capricorn Ledger Pty Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "https://www.capricornledger.com.au/news/weather/fitzroy-river-major-flood-warning    3/3",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "Can someone check the elevator count and the jobs number before we run anything on this?",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Thanks, Dana", "", "", "B"),
        ],
        [
            ("---------- Forwarded message ---------", "", "", "B"),
        ],
        [
            ("From: Morning Margin <morningmargin@prairiedispatch.com>", "", "", "B"),
        ],
        [
            ("Date: Tue, Mar 10, 2026 at 6:02 AM", "", "", "B"),
        ],
        [
            ("Subject: A 92-year-old co-op sells its elevators", "", "", "B"),
        ],
        [
            ("To: <dana.wexford@harrowgatenews.org>", "", "", "B"),
        ],
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("MORNING MARGIN", "", "", "B"),
        ],
        [
            ("Business news from the Prairie Dispatch · Tuesday, March 10, 2026", "", "", "B"),
        ],
        [
            ("Good morning.", "", "", "B"),
        ],
        [
            (
                "Today: a farmer-owned cooperative founded in the Depression is selling its grain elevators, and its members get the final say.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Platte Valley co-op to sell 41 elevators to Skjeldahl Grain for $186 million",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Marisa Quintero-Falk", "", "", "B"),
        ],
        [
            (
                "Platte Valley Growers Cooperative, a farmer-owned grain cooperative founded in 1934, has agreed to sell its 41 grain elevators in Nebraska and Kansas for $186 million.",
                "",
                "",
                "W",
            ),
            ("The deal was announced late Monday.", "", "", "W"),
        ],
        [
            ("The buyer is Skjeldahl Grain Co.", "", "", "W"),
            (
                "The Minneapolis-based company, which is privately held, operates 212 elevators in nine states.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The co-op’s 5,300 members will vote on the sale at a special meeting in Kearney on April 14, and it needs the support of two-thirds of those voting to pass.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive Douglas Brettendorf said the cooperative lost $12.4 million in its fiscal year ended Aug. 31, its third loss in four years, and carried $97 million in debt.",
                "Douglas Brettendorf",
                "said",
                "W",
            ),
            (
                "“We looked at every option, including a merger, and this is the one that pays our members and keeps these elevators open,” Brettendorf said in an interview.",
                "Douglas Brettendorf",
                "said in an interview",
                "",
            ),
        ],
        [
            (
                "Skjeldahl has agreed to keep all 41 elevators open for at least three years and to offer jobs to all 380 of the co-op’s employees, according to the purchase agreement.",
                "the purchase agreement",
                "according to",
                "W",
            ),
            (
                "Members would receive an estimated $61 million in equity payments once debts are paid, the co-op said.",
                "the co-op",
                "said",
                "",
            ),
        ],
        [
            ("Not every member is convinced.", "", "", ""),
        ],
        [
            (
                "Curtis Oberholtzer-Vance, who farms 2,400 acres of corn and soybeans near Alder Creek, said the board had not told members about the talks until Monday night.",
                "Curtis Oberholtzer-Vance",
                "said",
                "W",
            ),
            (
                "“My grandfather signed the charter in 1934,” he said.",
                "Curtis Oberholtzer-Vance",
                "said",
                "W",
            ),
            (
                "“Now we find out from a press release that it’s gone?”",
                "Curtis Oberholtzer-Vance",
                "said",
                "",
            ),
            (
                "He said he would vote no and was asking neighbors to do the same.",
                "Curtis Oberholtzer-Vance",
                "said",
                "",
            ),
        ],
        [
            (
                "Analysts at Bluestem Farm Credit said in a note that the price, about $4.5 million per elevator, was in line with three other Midwest elevator sales since 2023.",
                "Analysts at Bluestem Farm Credit",
                "said in a note",
                "W",
            ),
        ],
        [
            (
                "“When the elevator down the road and the elevator across the county have the same owner, farmers lose their leverage on price,” said Ruth Abernathy-Kolb, who studies grain markets at Platte State University.",
                "Ruth Abernathy-Kolb",
                "said",
                "",
            ),
            (
                "Skjeldahl would control about 58% of licensed grain storage in the 14 counties where the co-op operates, she estimated.",
                "Ruth Abernathy-Kolb",
                "estimated",
                "W",
            ),
        ],
        [
            (
                "The sale is subject to review by the U.S. Department of Justice’s antitrust division.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a statement, Skjeldahl said it “has deep respect for the cooperative’s history” and would keep the Platte Valley name on the elevators for at least a year.",
                "Skjeldahl Grain Co.",
                "said",
                "W",
            ),
            (
                "The deal is expected to close by July 1, before the winter wheat harvest.",
                "",
                "",
                "",
            ),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            ("Running a farm is running a business.", "", "", "B"),
            (
                "Plains Harvest Bank has helped Nebraska families finance theirs since 1961.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Learn more →", "", "", "B"),
        ],
        [
            ("IN OTHER NEWS", "", "", "B"),
        ],
        [
            ("Omaha meatpacker adds second shift as beef prices climb", "", "", "B"),
        ],
        [
            ("Lincoln startup raises $9 million for drone crop scouting", "", "", "B"),
        ],
        [
            ("That’s it for today.", "", "", "B"),
            ("See you tomorrow.", "", "", "B"),
        ],
        [
            ("— Marisa", "", "", "B"),
        ],
        [
            (
                "You received this email because you subscribed to Morning Margin at prairiedispatch.com.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Unsubscribe · Manage preferences · Forward to a friend", "", "", "B"),
        ],
        [
            ("Prairie Dispatch Media LLC · 1140 Farnam Crossing · Omaha, NE 68102", "", "", "B"),
        ],
    ],
    [
        [
            ("← Sports", "", "", "B"),
        ],
        [
            ("Kaveri Times", "", "", "B"),
        ],
        [
            ("Cricket", "", "", "B"),
        ],
        [
            (
                "Hampi Hawks win Cauvery Women’s T20 League title by five runs as Bettageri’s 71 sinks Monarchs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A last-over defence from 19-year-old Rukmini Sangolli sealed the first title for the north Karnataka franchise",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kaveri Times Sports Desk · Updated 2 hrs ago", "", "", "B"),
        ],
        [
            ("Follow", "", "", "B"),
        ],
        [
            ("🔊 Listen to this story", "", "", "B"),
        ],
        [
            ("Ad", "", "", "B"),
        ],
        [
            (
                "Hampi Hawks won the Cauvery Women’s T20 League for the first time on Sunday night, beating Malnad Monarchs by five runs in the final at the Malleswaram Cricket Ground in Bengaluru.",
                "",
                "",
                "W",
            ),
            ("The Hawks won the toss and chose to bat.", "", "", "W"),
        ],
        [
            (
                "They were 38 for 2 after the powerplay before Ananya Bettageri and Swathi Gowda added 84 for the third wicket.",
                "",
                "",
                "W",
            ),
            ("It was the partnership of the tournament.", "", "", ""),
        ],
        [
            (
                "Bettageri top-scored with 71 off 48 balls, including nine fours and two sixes, the highest score in a league final.",
                "",
                "",
                "W",
            ),
            ("It was her third half-century of the season.", "", "", "W"),
        ],
        [
            (
                "“I just wanted to bat till the end, because I knew 160 would be hard on this pitch,” said Bettageri, who was named player of the match.",
                "Ananya Bettageri",
                "said",
                "",
            ),
            (
                "She said she had been batting with a strapped left thumb since the semi-final.",
                "Ananya Bettageri",
                "said",
                "W",
            ),
        ],
        [
            ("ALSO READ: Karnataka pacer, 17, called up for under-19 camp", "", "", "B"),
        ],
        [
            (
                "Set 169 to win, the Monarchs were 121 for 3 after 15 overs, with opener Sahana Muddappa on 64, before she was run out by a direct hit from Bettageri at cover.",
                "",
                "",
                "W",
            ),
            ("From there the chase came apart.", "", "", ""),
        ],
        [
            (
                "The Monarchs needed nine off the last over but managed only three, losing two wickets.",
                "",
                "",
                "W",
            ),
            (
                "“I was shaking, honestly, but Didi told me to bowl it wide and full and not to think,” said Rukmini Sangolli, the seamer who bowled it.",
                "Rukmini Sangolli",
                "said",
                "",
            ),
            ("“What else could I do?” she asked.", "Rukmini Sangolli", "asked", ""),
        ],
        [
            ("Ad", "", "", "B"),
        ],
        [
            (
                "Hawks captain Deepika Rao-Kulkarni said the win was “for every girl in north Karnataka who was told cricket is not for her”.",
                "Deepika Rao-Kulkarni",
                "said",
                "",
            ),
            (
                "She said 11 of the 16 players in the squad came from districts north of the Tungabhadra.",
                "Deepika Rao-Kulkarni",
                "said",
                "W",
            ),
        ],
        [
            (
                "Monarchs coach Prakash Belliappa said his side had dropped four catches.",
                "Prakash Belliappa",
                "said",
                "W",
            ),
            (
                "“You drop four catches in a final, you don’t deserve to win it,” he said.",
                "Prakash Belliappa",
                "said",
                "",
            ),
        ],
        [
            (
                "The crowd of 21,400 was a record for a women’s domestic match in the state, according to the Karnataka State Cricket Association.",
                "the Karnataka State Cricket Association",
                "according to",
                "W",
            ),
            ("The Hawks take home ₹50 lakh in prize money and the Monarchs ₹25 lakh.", "", "", "W"),
        ],
        [
            (
                "Bettageri has been named in the India A squad for next month’s tour of Sri Lanka.",
                "",
                "",
                "W",
            ),
            (
                "“She is ready for the next level, and the selectors must give her a proper run, not one match and out,” said former India all-rounder Shobha Nanjappa.",
                "Shobha Nanjappa",
                "said",
                "",
            ),
        ],
        [
            ("Brief scores", "", "", "B"),
        ],
        [
            (
                "Hampi Hawks 168/6 in 20 ov. (A. Bettageri 71, S. Gowda 34; P. Machimada 2/27)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Malnad Monarchs 163/9 in 20 ov. (S. Muddappa 64, N. Cariappa 29; R. Sangolli 3/31)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Result: Hampi Hawks won by 5 runs", "", "", ""),
        ],
        [
            ("Player of the match: Ananya Bettageri", "", "", ""),
        ],
        [
            ("Also in Sports", "", "", "B"),
        ],
        [
            ("Mysuru club signs Brazilian striker on two-year deal", "", "", "B"),
        ],
        [
            ("Kabaddi: Bengal side sacks coach after six straight defeats", "", "", "B"),
        ],
        [
            ("Get live scores and match alerts in the Kaveri Times app.", "", "", "B"),
        ],
        [
            ("Allow notifications    Not now", "", "", "B"),
        ],
        [
            ("Home   Cities   Sports   Videos   ePaper", "", "", "B"),
        ],
    ],
    [
        [
            ("We value your privacy", "", "", "B"),
        ],
        [
            (
                "We and our 214 partners store and access information on your device, such as cookies, and process personal data to personalise content and ads.",
                "",
                "",
                "B",
            ),
            ("You can accept, reject or manage your choices at any time.", "", "", "B"),
        ],
        [
            ("ACCEPT ALL    REJECT ALL    MANAGE OPTIONS", "", "", "B"),
        ],
        [
            ("THE CORRIB BEACON", "", "", "B"),
        ],
        [
            (
                "News   Sport   Business   Opinion   Arts & Culture   Property   Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Arts & Culture", "", "", "B"),
        ],
        [
            (
                "Galway’s Cuan Theatre to close after 31 years as Arts Council turns down funding bid",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Artistic director says final show in June will be “a wake, not a funeral”",
                "Gráinne Ní Loingsigh-Barrett",
                "says",
                "",
            ),
        ],
        [
            ("By Tadhg Ó Riordáin-Lyne", "", "", "B"),
        ],
        [
            ("Wed May 20 2026 - 06:00", "", "", "B"),
        ],
        [
            ("▶ Listen to this article   0:00 / 5:12", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   Email", "", "", "B"),
        ],
        [
            (
                "Cuan Theatre’s 2019 production of The Salt Road at the Town Hall Theatre, Galway.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photograph: Aoife Ruane-Hession", "", "", "B"),
        ],
        [
            (
                "Cuan Theatre Company, which has staged new plays in Galway since 1995, will close at the end of June after the Arts Council turned down its application for multi-annual funding.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company’s artistic director, Gráinne Ní Loingsigh-Barrett, said the board voted on Monday night to wind the company up.",
                "Gráinne Ní Loingsigh-Barrett",
                "said",
                "W",
            ),
            (
                "She said it had received €285,000 from the council in 2025, about 62% of its income, and had applied for €310,000 a year for three years.",
                "Gráinne Ní Loingsigh-Barrett",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We could cut the season, we could cut the staff, but we can’t cut 62% and still be a theatre,” she said.",
                "Gráinne Ní Loingsigh-Barrett",
                "said",
                "",
            ),
            (
                "“The last show will be a wake, not a funeral.”",
                "Gráinne Ní Loingsigh-Barrett",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, the council said it had received 412 applications for multi-annual funding this year and could fund 139 of them.",
                "the council",
                "said in a statement",
                "W",
            ),
            (
                "“These are difficult decisions, made by peer panels against published criteria, and we recognise the disappointment they cause,” the statement said.",
                "the statement",
                "said",
                "",
            ),
            (
                "It said Cuan Theatre could apply to its project funding scheme, which reopens on September 1.",
                "Arts Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Theatre companies in the west received €1.9 million in multi-annual funding for 2026, down from €2.2 million, according to the Arts Council’s published funding decisions.",
                "the Arts Council’s published funding decisions",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "On Tuesday afternoon, the company’s rehearsal room above a bookmaker’s near the Spanish Arch was quiet.",
                "",
                "",
                "",
            ),
            (
                "Costumes from three decades hung on rails along one wall, each tagged with a year.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The company sold 14,600 tickets in 2025, according to its last annual report, and toured to 23 venues, 15 of them outside cities.",
                "its last annual report",
                "according to",
                "W",
            ),
            (
                "It employs seven full-time staff and hires about 40 freelance actors, designers and technicians each year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Actor Cathal Ó Dálaigh-Burke said the closure was “a loss for the whole west”.",
                "Cathal Ó Dálaigh-Burke",
                "said",
                "",
            ),
            (
                "He made his professional debut in Cuan’s first production of The Salt Road, in 2009.",
                "",
                "",
                "W",
            ),
            (
                "“Where does a young actor from Connemara go now?” he asked.",
                "Cathal Ó Dálaigh-Burke",
                "asked",
                "",
            ),
        ],
        [
            (
                "Galway West TD Eamon Fahy-Colleran said he had written to the Minister for Culture asking for emergency funding to keep the company open until the next funding round.",
                "Eamon Fahy-Colleran",
                "said",
                "W",
            ),
            (
                "“A city that calls itself a capital of culture cannot let this happen,” he said.",
                "Eamon Fahy-Colleran",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokeswoman for the Department of Culture, Communications and Sport said the Arts Council operated independently and that the minister did not intervene in individual funding decisions.",
                "A spokeswoman for the Department of Culture, Communications and Sport",
                "said",
                "W",
            ),
        ],
        [
            (
                "Theatre critic Ursula Kinsella-Dunne, who has reviewed Cuan’s work for two decades, said its best productions “had the nerve of a company ten times its size”.",
                "Ursula Kinsella-Dunne",
                "said",
                "",
            ),
        ],
        [
            (
                "Cuan’s final production, a new play called Tide Tables, opens at the Town Hall Theatre on June 4 and runs for three weeks.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read more: Arts Council funding 2026: the winners and losers", "", "", "B"),
        ],
        [
            ("Tags: Galway | Theatre | Arts Council", "", "", "B"),
        ],
        [
            ("Commenting is closed on this article.", "", "", "B"),
        ],
        [
            ("© 2026 Corrib Beacon Media Ltd.", "", "", "B"),
            ("Registered in Ireland No. 612448.", "", "", "B"),
        ],
    ],
    [
        [
            ("≡   HIGHVELD MAIL   🔍", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
        [
            ("News > Crime", "", "", "B"),
        ],
        [
            ("Three arrested after R2.3m cash-in-transit heist near eMalahleni", "", "", "W"),
        ],
        [
            (
                "Guards were forced to lie in the road while the robbers blew open the vault, police say",
                "police",
                "say",
                "W",
            ),
        ],
        [
            ("By Lindiwe Mahlangu-Dube", "", "", "B"),
        ],
        [
            ("18 Mar 2026 | 14:07", "", "", "B"),
        ],
        [
            ("Share on WhatsApp", "", "", "B"),
        ],
        [
            ("The burnt-out security van on the R544 on Monday.", "", "", ""),
        ],
        [
            ("Image: Supplied/SAPS", "", "", "B"),
        ],
        [
            (
                "Three men have been arrested in connection with a cash-in-transit robbery on the R544 near eMalahleni in which about R2.3 million was stolen on Monday morning.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mpumalanga police spokesperson Brigadier Sibusiso Mthembu-Khoza said a security company van carrying cash from a shopping centre was forced off the road by two vehicles at about 8.40am.",
                "Sibusiso Mthembu-Khoza",
                "said",
                "W",
            ),
            (
                "He said at least six armed men ordered the two guards out, made them lie face down on the tar and used explosives to open the vault.",
                "Sibusiso Mthembu-Khoza",
                "said",
                "W",
            ),
            (
                '"Nobody was injured, which in these cases is not something we take for granted," Mthembu-Khoza said.',
                "Sibusiso Mthembu-Khoza",
                "said",
                "W",
            ),
        ],
        [
            (
                "A taxi driver, who gave his name only as Sipho, said the robbers had blocked the road with spikes and waved cars back at gunpoint.",
                "Sipho",
                "said",
                "W",
            ),
            (
                '"I reversed 200 metres with my passengers screaming," he said.',
                "Sipho",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The Directorate for Priority Crime Investigation (Hawks) said the three suspects, aged 27, 31 and 44, were arrested at a house in Doornkraal Extension 7 on Tuesday night after a tip-off.",
                "Directorate for Priority Crime Investigation",
                "said",
                "W",
            ),
            (
                "The Hawks said R418,000 in dye-stained notes, two rifles and a police reflector jacket were found at the house.",
                "Directorate for Priority Crime Investigation",
                "said",
                "W",
            ),
            (
                "Mthembu-Khoza said a fourth suspect was still being sought.",
                "Sibusiso Mthembu-Khoza",
                "said",
                "W",
            ),
        ],
        [
            (
                'Provincial police commissioner Lieutenant General Nomvula Dlamini-Pretorius praised the "swift work" of the tracking team.',
                "Nomvula Dlamini-Pretorius",
                "praised",
                "",
            ),
        ],
        [
            (
                "The men are due to appear in the eMalahleni Magistrate's Court on Thursday on charges of robbery with aggravating circumstances, possession of unlicensed firearms and possession of explosives.",
                "",
                "",
                "W",
            ),
            (
                "Prosecuting authority spokesperson Thandeka Zwane-Molefe said the state would oppose bail.",
                "Thandeka Zwane-Molefe",
                "said",
                "",
            ),
        ],
        [
            (
                "The security company, Bastion Cash Logistics, confirmed the robbery but declined to say how much had been taken.",
                "Bastion Cash Logistics",
                "confirmed",
                "W",
            ),
            (
                '"Our priority is the wellbeing of our crew, who are receiving trauma counselling," the company said.',
                "the company",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Mpumalanga recorded 19 cash-in-transit robberies in the three months to December, up from 11 a year earlier, according to the latest quarterly crime statistics.",
                "the latest quarterly crime statistics",
                "according to",
                "W",
            ),
            (
                "Nationally, there were 213 such robberies last year, according to industry figures.",
                "industry figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                'Zanele Pillay-Hendricks, who researches organised crime at the Safer Roads Research Unit in Pretoria, said the use of explosives had become "routine" in such attacks.',
                "Zanele Pillay-Hendricks",
                "said",
                "",
            ),
            (
                "She said most gangs used stolen vehicles with cloned number plates and often had inside knowledge of routes and schedules.",
                "Zanele Pillay-Hendricks",
                "said",
                "W",
            ),
            (
                '"How did they know which van, which road and which time?" she asked.',
                "Zanele Pillay-Hendricks",
                "asked",
                "",
            ),
        ],
        [
            (
                'Community policing forum chairperson Johannes Mokoena-Steyn said residents heard "two big bangs, like thunder" and thought a transformer had exploded.',
                "Johannes Mokoena-Steyn",
                "said",
                "",
            ),
            ('"People are tired.', "Johannes Mokoena-Steyn", "said", ""),
            ("Every month it's something,\" he said.", "Johannes Mokoena-Steyn", "said", ""),
        ],
        [
            (
                "Police have asked anyone with information to contact the investigating officer, Captain Willem Botha-Sithole, on 013 555 0148.",
                "Police",
                "asked",
                "",
            ),
        ],
        [
            (
                "By Tuesday afternoon, the only sign of the robbery on the R544 was a scorched patch of tar and a strip of police tape snagged on the fence.",
                "",
                "",
                "",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Guard shot dead in Secunda cash van attack", "", "", "B"),
        ],
        [
            ("Comments are not available on the mobile version of this page.", "", "", "B"),
        ],
        [
            ("Follow Highveld Mail on WhatsApp for breaking news.", "", "", "B"),
        ],
        [
            ("© 2026 Highveld Mail (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("MASKWA RIVER CONSERVATION AUTHORITY", "", "", "B"),
        ],
        [
            (
                "84 Tamarack Road, Sault Ste. Marie, ON  P6A 5N2  |  705-555-0173  |  maskwariver.ca",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS RELEASE", "", "", "B"),
        ],
        [
            ("For immediate release", "", "", "B"),
        ],
        [
            ("June 3, 2026", "", "", "B"),
        ],
        [
            (
                "Blue-green algae bloom confirmed on Minoshkin Lake; swimming advisory issued for three beaches",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Residents urged not to drink, swim in or let pets near the water until further notice",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "SAULT STE. MARIE, Ont. — The Maskwa River Conservation Authority (MRCA) has confirmed a blue-green algae bloom on Minoshkin Lake and, with the Algoma public health unit, has advised residents not to swim at three public beaches until further notice.",
                "",
                "",
                "W",
            ),
            ("The advisory covers Birch Point, Huard Bay and Dorion Beach.", "", "", "W"),
        ],
        [
            (
                "Samples taken by authority staff at the three beaches on May 29 contained the toxin microcystin at up to 38 micrograms per litre, well above the federal guideline for recreational water.",
                "",
                "",
                "W",
            ),
            (
                "Blue-green algae, or cyanobacteria, occur naturally in Ontario lakes but can produce toxins when they bloom.",
                "",
                "",
                "W",
            ),
            (
                "This is the fourth year in the last six that a bloom has been confirmed on the lake.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“This is the earliest in the season we have confirmed a bloom on Minoshkin Lake since monitoring began in 2009,” said Renée Lachapelle-Wong, general manager of the MRCA.",
                "Renée Lachapelle-Wong",
                "said",
                "W",
            ),
            (
                "“Warm water, calm weeks and phosphorus from the watershed are a familiar recipe, and we had all three in May.”",
                "Renée Lachapelle-Wong",
                "said",
                "W",
            ),
            (
                "“We would ask cottagers in particular to keep pets and children out of any water that looks like pea soup or spilled paint.”",
                "Renée Lachapelle-Wong",
                "said",
                "",
            ),
        ],
        [
            ("Quick facts", "", "", "B"),
        ],
        [
            (
                "• Microcystin can cause skin rashes, nausea and, in high doses, liver damage.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Boiling water does not remove the toxin and can increase its concentration.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• The authority sampled 14 sites on the lake in May; the toxin was found at five.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• The average May water temperature at the lake’s centre buoy was 17.8°C, 2.9°C above the 2009–2025 average.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Page 1 of 2", "", "", "B"),
        ],
        [
            ("– more –", "", "", "B"),
        ],
        [
            (
                "The public health unit said it had received two reports of dogs falling ill after swimming at Huard Bay, and no reports of illness in people.",
                "the public health unit",
                "said",
                "W",
            ),
            (
                "Dr. Paul Kirouac-Anders, the area’s medical officer of health, said people on private water systems drawing from the lake should use another source for drinking, cooking and bathing.",
                "Paul Kirouac-Anders",
                "said",
                "",
            ),
        ],
        [
            (
                "Gord Pitkänen-Shaw, mayor of the Township of Kinniwabi, said the township closed the Dorion Beach parking lot and posted signs at all public access points on Tuesday.",
                "Gord Pitkänen-Shaw",
                "said",
                "W",
            ),
            (
                "“Our summer economy depends on this lake, and a ‘do not swim’ sign on the Canada Day long weekend is the last thing anyone wants,” he said.",
                "Gord Pitkänen-Shaw",
                "said",
                "",
            ),
        ],
        [
            (
                "MRCA board chair Wendy Ostrowski-Hale said the authority had spent $1.2 million since 2020 on shoreline planting and septic inspections around the lake, and inspected 412 septic systems last year, 61 of which failed.",
                "Wendy Ostrowski-Hale",
                "said",
                "W",
            ),
            (
                "“The fix is in the watershed, not in the lake, and it is slow,” Ostrowski-Hale said.",
                "Wendy Ostrowski-Hale",
                "said",
                "",
            ),
            (
                "She said volunteers from the Minoshkin Lake Cottagers’ Association had logged 1,100 hours of water sampling since 2021.",
                "Wendy Ostrowski-Hale",
                "said",
                "W",
            ),
        ],
        [
            (
                "The authority will sample the lake again on June 10 and post the results on its website within 72 hours.",
                "",
                "",
                "W",
            ),
            (
                "Advisories are lifted after two consecutive samples below the guideline, taken at least a week apart.",
                "",
                "",
                "W",
            ),
            (
                "The Ministry of the Environment, Conservation and Parks has been notified.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("-30-", "", "", "B"),
        ],
        [
            ("Photos available at maskwariver.ca/media", "", "", "B"),
        ],
        [
            ("Media contact:", "", "", "B"),
        ],
        [
            ("Jean-Marc Thibodeau-Rae, Communications Officer", "", "", "B"),
        ],
        [
            ("705-555-0173 ext. 214  |  jthibodeau-rae@maskwariver.ca", "", "", "B"),
        ],
        [
            ("About the Maskwa River Conservation Authority", "", "", "B"),
        ],
        [
            (
                "The Maskwa River Conservation Authority is a watershed agency established under Ontario’s Conservation Authorities Act in 1963.",
                "",
                "",
                "B",
            ),
            (
                "It works with seven member municipalities to reduce flood risk and protect water quality across a 4,100-square-kilometre watershed.",
                "",
                "",
                "B",
            ),
            (
                "Its board is made up of councillors and citizens appointed by those municipalities.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Page 2 of 2", "", "", "B"),
        ],
    ],
    [
        [
            ("kallangreview.sg", "", "", "B"),
        ],
        [
            (
                "Tuition chain Brightmind Academy shuts all 11 centres, leaving parents owed an estimated $1.4 million in prepaid fees",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Charmaine Teo Shu Ling", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            (
                "Parents outside Brightmind Academy’s Toa Payoh centre on Saturday morning, after finding the doors locked.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO: THE KALLANG REVIEW", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – A tuition chain that taught mathematics and science to about 2,600 primary and secondary school pupils has closed all 11 of its centres without notice, leaving parents who paid fees in advance out of pocket.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Consumers Association of Singapore (Case) said on Monday it had received 386 complaints about Brightmind Academy since Saturday, involving prepaid fees totalling about $1.4 million.",
                "Consumers Association of Singapore",
                "said",
                "W",
            ),
            (
                "Case’s executive director, Quek Siew Lan, said most parents had paid for a full term of 10 weeks, at between $680 and $1,240 a term.",
                "Quek Siew Lan",
                "said",
                "W",
            ),
            (
                "“We have seen this pattern before with gyms and bridal studios: heavy discounts for long prepayments in the months before a closure,” she said.",
                "Quek Siew Lan",
                "said",
                "W",
            ),
            (
                "Case advised parents who paid by credit card to ask their banks about a chargeback.",
                "Consumers Association of Singapore",
                "advised",
                "",
            ),
        ],
        [
            (
                "In a message to parents on Saturday morning, Brightmind’s director, Tan Kah Seng, said the company had “run out of runway” after enrolment fell by a third in 2025.",
                "Tan Kah Seng",
                "said",
                "W",
            ),
            (
                "He apologised and said he was “exploring every option to make parents whole”.",
                "Tan Kah Seng",
                "said",
                "",
            ),
            (
                "Mr Tan did not respond to calls and messages from The Kallang Review on Monday.",
                "Tan Kah Seng",
                "did not respond to calls and messages",
                "",
            ),
            ("The chain’s website was taken down on Sunday.", "", "", "W"),
        ],
        [
            (
                "Madam Lim Pei Shan, 44, said she had paid $2,480 on March 2 for two terms of Secondary 3 mathematics for her son.",
                "Lim Pei Shan",
                "said",
                "W",
            ),
            ("“His prelims are in August,” she said.", "Lim Pei Shan", "said", ""),
            ("“Where am I going to find a tutor now, at this price?”", "Lim Pei Shan", "said", ""),
            ("“I feel so stupid for paying early.”", "Lim Pei Shan", "said", ""),
        ],
        [
            (
                "Another parent, Mr Ravindran Sivakumar, said a centre manager had urged him in January to pay for the whole year to get a 15 per cent discount.",
                "Ravindran Sivakumar",
                "said",
                "W",
            ),
            ("“They knew,” he said.", "Ravindran Sivakumar", "said", ""),
            ("“They must have known.”", "Ravindran Sivakumar", "said", ""),
        ],
        [
            ("Related: What to check before you prepay for tuition", "", "", "B"),
        ],
        [
            (
                "The Ministry of Education (MOE) said tuition centres with 10 or more students must register with it, and that all 11 Brightmind centres were registered.",
                "Ministry of Education",
                "said",
                "W",
            ),
            (
                "MOE said it does not regulate fees or require centres to protect prepaid fees, which are a commercial matter between the centre and parents.",
                "Ministry of Education",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to Accounting and Corporate Regulatory Authority (Acra) records, the centres were run by Brightmind Academy Pte. Ltd.",
                "Accounting and Corporate Regulatory Authority (Acra) records",
                "according to",
                "W",
            ),
            (
                "The company was incorporated in 2014 with a paid-up capital of $50,000.",
                "",
                "",
                "W",
            ),
            (
                "No application to wind it up had been filed with the High Court as of Monday evening, according to court records.",
                "court records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Lawyer Desmond Koh Jia Wei said parents could file claims with the Small Claims Tribunals, but that a claim would be of little use if the company was wound up.",
                "Desmond Koh Jia Wei",
                "said",
                "",
            ),
        ],
        [
            (
                "A former Brightmind tutor, who spoke on condition of anonymity, said tutors had not been paid for March.",
                "A former Brightmind tutor",
                "said",
                "W",
            ),
            (
                "“We were told it was a cash-flow problem and that it would be fixed by the end of the month,” she said.",
                "A former Brightmind tutor",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cheryl Foo Hui Wen, an MP for Bishan-Toa Payoh GRC, said she met affected parents on Sunday and would raise the protection of prepaid fees in Parliament.",
                "Cheryl Foo Hui Wen",
                "said",
                "W",
            ),
            (
                "“Parents should not have to be credit controllers,” she said.",
                "Cheryl Foo Hui Wen",
                "said",
                "",
            ),
        ],
        [
            (
                "Households in Singapore spent about $1.8 billion a year on private tuition, according to the Department of Statistics’ household expenditure survey.",
                "the Department of Statistics’ household expenditure survey",
                "according to",
                "W",
            ),
        ],
        [
            ("What parents can do", "", "", ""),
        ],
        [
            ("1. Keep receipts, invoices and messages from the centre.", "", "", ""),
        ],
        [
            ("2. File a complaint with Case online, even if the company has closed.", "", "", ""),
        ],
        [
            ("3. If you paid by credit card, ask your bank about a chargeback.", "", "", ""),
        ],
        [
            (
                "Students queue for a lesson at a community centre that has offered free revision classes to affected pupils.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO: THE KALLANG REVIEW", "", "", "B"),
        ],
        [
            (
                "On Monday afternoon, a handwritten sign taped to the glass door of the Toa Payoh centre still read: “Closed for stocktaking.”",
                "",
                "",
                "",
            ),
        ],
        [
            ("Get The Kallang Review on Telegram: t.me/kallangreview", "", "", "B"),
        ],
    ],
    [
        [
            ("‹ Back", "", "", "B"),
        ],
        [
            ("CALDER COURIER", "", "", "B"),
        ],
        [
            ("Transport", "", "", "B"),
        ],
        [
            ("Follow Transport  +", "", "", "B"),
        ],
        [
            (
                "Trains between Thornley Bridge and Rowdale replaced by buses for six weeks after landslip",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Network Rail says 40,000 tonnes of earth and rock must be cleared before trains can run again",
                "Network Rail",
                "says",
                "W",
            ),
        ],
        [
            ("Holly Birtwhistle-Khan · 3h ago", "", "", "B"),
        ],
        [
            ("🎧 Listen  3 min", "", "", "B"),
        ],
        [
            ("AD", "", "", "B"),
        ],
        [
            (
                "Soil and fallen trees across both tracks east of Rowdale tunnel on Sunday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Network Rail", "", "", "B"),
        ],
        [
            (
                "Trains on the Calder Valley line between Thornley Bridge and Rowdale will be replaced by buses until at least 2 April after a landslip blocked both tracks on Saturday night.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Network Rail said about 40,000 tonnes of earth and rock slid onto the line from a cutting east of Rowdale tunnel after 86mm of rain fell in 36 hours.",
                "Network Rail",
                "said",
                "W",
            ),
            ("No trains were in the section at the time, it said.", "Network Rail", "said", "W"),
        ],
        [
            (
                "Dominic Oyelaran-Pratt, Network Rail’s route director, said engineers would need “every one of those six weeks” to remove the material, pin the slope with soil nails and relay 300 metres of track.",
                "Dominic Oyelaran-Pratt",
                "said",
                "",
            ),
            (
                "“The cutting was dug in 1840 and we have monitored it closely since a smaller slip in 2019,” he said.",
                "Dominic Oyelaran-Pratt",
                "said",
                "W",
            ),
            (
                "“We are sorry for the disruption, and we will reopen the line the moment it is safe.”",
                "Dominic Oyelaran-Pratt",
                "said",
                "",
            ),
        ],
        [
            (
                "Northern said replacement buses would run every 20 minutes, calling at all stations, and that rail tickets would be accepted on local bus services.",
                "Northern",
                "said",
                "W",
            ),
            (
                "The journey between the two towns, normally 14 minutes by train, will take about 35 minutes by road, the operator said.",
                "the operator",
                "said",
                "W",
            ),
            (
                "Step-free access is available at both temporary bus stops, Northern said.",
                "Northern",
                "said",
                "W",
            ),
        ],
        [
            ("Replacement bus times", "", "", "B"),
        ],
        [
            ("Thornley Bridge dep. | Rowdale arr.", "", "", "B"),
        ],
        [
            ("06.10 | 06.45", "", "", ""),
        ],
        [
            ("Then every 20 min until 23.10 | 23.45", "", "", ""),
        ],
        [
            (
                "Thornley Bridge station was used for about 1.2 million journeys in 2024-25, according to Office of Rail and Road estimates.",
                "Office of Rail and Road estimates",
                "according to",
                "W",
            ),
        ],
        [
            (
                "At Thornley Bridge on Monday morning, a queue stretched along the station approach for the 7.40am bus.",
                "",
                "",
                "",
            ),
            (
                "“I’ve left an hour early and I’ll still be late,” said Kirsty Ambler-Nowak, a nurse who works in Halifax.",
                "Kirsty Ambler-Nowak",
                "said",
                "",
            ),
            (
                "“Last time it shut, in 2019, they said four weeks and it was nine.”",
                "Kirsty Ambler-Nowak",
                "said",
                "W",
            ),
            (
                "“Nobody tells you anything until you’re standing in the rain.”",
                "Kirsty Ambler-Nowak",
                "said",
                "",
            ),
        ],
        [
            ("READ MORE: Rowdale tunnel repairs to cost £3.4m", "", "", "B"),
        ],
        [
            (
                "Sadia Rahman-Holt, MP for Calder Valley, said she had written to the rail minister asking for fare refunds for season ticket holders.",
                "Sadia Rahman-Holt",
                "said",
                "W",
            ),
            (
                "“Why should commuters pay full price for a bus that takes twice as long?” she asked.",
                "Sadia Rahman-Holt",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Department for Transport said season ticket holders could already claim compensation through the operator’s Delay Repay scheme.",
                "Department for Transport",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ian Greenhalgh-Moss, who chairs Rowdale Business Forum, said footfall in the town centre fell for two months during the 2019 closure.",
                "Ian Greenhalgh-Moss",
                "said",
                "W",
            ),
            (
                "“Half our customers come in on the train,” he said.",
                "Ian Greenhalgh-Moss",
                "said",
                "W",
            ),
        ],
        [
            ("Freight services have been diverted via Huddersfield.", "", "", "W"),
            (
                "The Met Office said February had been the wettest in West Yorkshire since 2020.",
                "Met Office",
                "said",
                "W",
            ),
        ],
        [
            ("Comments (42)", "", "", "B"),
        ],
        [
            ("Sign in to join the conversation", "", "", "B"),
        ],
        [
            ("More on this story", "", "", "B"),
        ],
        [
            ("Bus replacement timetable: what you need to know", "", "", "B"),
        ],
        [
            ("Landslip photos: the scene from the air", "", "", "B"),
        ],
        [
            ("Home   Local   Video   Saved   You", "", "", "B"),
        ],
    ],
    [
        [
            ("Printed from waitakiherald.co.nz", "", "", "B"),
        ],
        [
            ("Print   |   Close window", "", "", "B"),
        ],
        [
            ("THE WAITAKI HERALD", "", "", "B"),
        ],
        [
            ("Ōkiwi Glacier has lost 42% of its ice since 1978, survey finds", "", "", "W"),
        ],
        [
            (
                "Researchers say the glacier could be gone within 30 years – and the lake at its snout is growing",
                "Researchers",
                "say",
                "",
            ),
        ],
        [
            ("By Hinemoa Castleton", "", "", "B"),
        ],
        [
            ("Science Reporter", "", "", "B"),
        ],
        [
            ("Thursday, 4 June 2026, 5:00 am", "", "", "B"),
        ],
        [
            (
                "From the car park at the end of the Ōkiwi Valley road, the glacier is now a grey smear at the back of the valley.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Ōkiwi Glacier in the Southern Alps has lost 42% of its ice volume since 1978, according to a study published this week in the journal Cryosphere Letters.",
                "a study published this week in the journal Cryosphere Letters",
                "according to",
                "W",
            ),
            (
                "Its terminus has retreated 2.1 kilometres over the same period, and its surface has dropped by up to 118 metres near the snout.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr. Tamsin Ruakere-Ellis, a glaciologist at the Alpine Ice Research Unit in Christchurch, said the results were “sobering but not surprising”.",
                "Tamsin Ruakere-Ellis",
                "said",
                "",
            ),
            (
                "She said the team combined aerial photographs from 1978 and 1995 with drone and lidar surveys flown in each of the past four summers.",
                "Tamsin Ruakere-Ellis",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The loss has not been steady: about two-thirds of it has happened since 2005,” she said.",
                "Tamsin Ruakere-Ellis",
                "said",
                "W",
            ),
            (
                "“If the last 20 years are a guide, Ōkiwi as a glacier could be gone within three decades.”",
                "Tamsin Ruakere-Ellis",
                "said",
                "",
            ),
            (
                "She said average summer air temperatures at the nearest climate station had risen by about 0.9°C since the 1970s.",
                "Tamsin Ruakere-Ellis",
                "said",
                "W",
            ),
            ("“Ice is a very honest thermometer,” she said.", "Tamsin Ruakere-Ellis", "said", ""),
        ],
        [
            (
                "The authors estimate the glacier’s remaining volume at about 0.31 cubic kilometres.",
                "The authors",
                "estimate",
                "W",
            ),
        ],
        [
            (
                "The Ōkiwi Glacier terminus in February, with its meltwater lake in the foreground.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo / Supplied", "", "", "B"),
        ],
        [
            ("A lake that wasn’t there", "", "", ""),
        ],
        [
            (
                "The study found that the lake at the glacier’s snout, which did not exist in 1978, now covers 1.7 square kilometres and is up to 96 metres deep.",
                "The study",
                "found",
                "W",
            ),
            (
                "Co-author Harish Venkatraman-Lowe said the growing lake could in theory burst through its moraine wall, though he called the risk low.",
                "Harish Venkatraman-Lowe",
                "said",
                "",
            ),
            (
                "He said a 2022 survey of 18 similar lakes in the Southern Alps had found none that had failed since records began.",
                "Harish Venkatraman-Lowe",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Department of Conservation said it installed a water-level sensor on the lake in 2024 and closed a section of the Ōkiwi Valley track in January after rockfall.",
                "Department of Conservation",
                "said",
                "W",
            ),
            (
                "DOC urged trampers to stay off the moraine walls and not to approach the ice face.",
                "Department of Conservation",
                "urged",
                "",
            ),
        ],
        [
            (
                "New Zealand’s glaciers lost an estimated 2.2 cubic kilometres of ice in the year to March, according to NIWA’s end-of-summer snowline survey.",
                "NIWA’s end-of-summer snowline survey",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Piripi Montgomery-Hau, a glaciologist who was not involved in the study, said the method was sound but the 30-year projection depended heavily on future emissions.",
                "Piripi Montgomery-Hau",
                "said",
                "",
            ),
            (
                "“A glacier doesn’t read the averages,” he said.",
                "Piripi Montgomery-Hau",
                "said",
                "",
            ),
            (
                "“One or two big snow years can buy it time, and one hot summer can take a decade away.”",
                "Piripi Montgomery-Hau",
                "said",
                "",
            ),
        ],
        [
            (
                "Lachlan Mirams-O’Connor, who has run guided walks to the glacier since 1996, said the walk from the car park to the ice now took 75 minutes, up from 20 when he started.",
                "Lachlan Mirams-O’Connor",
                "said",
                "W",
            ),
            (
                "He said bookings had fallen by about a quarter since 2019.",
                "Lachlan Mirams-O’Connor",
                "said",
                "W",
            ),
            ("“I used to show people the ice,” he said.", "Lachlan Mirams-O’Connor", "said", ""),
            ("“Now I show them where it was.”", "Lachlan Mirams-O’Connor", "said", ""),
        ],
        [
            (
                "For now, the tour vans still come up the valley road every morning in summer.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The study was funded by a $780,000 Marsden Fund grant.", "", "", "W"),
        ],
        [
            ("This story was supported by the Science Media Fund.", "", "", "B"),
        ],
        [
            (
                "Journal reference: Ruakere-Ellis T, Venkatraman-Lowe H, et al. Four decades of volume loss at Ōkiwi Glacier. Cryosphere Lett. 2026;8(2):114-131.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Science | Climate | Canterbury", "", "", "B"),
        ],
        [
            ("© 2026 Waitaki Herald Media Ltd.", "", "", "B"),
            ("This article is for personal, non-commercial use only.", "", "", "B"),
        ],
        [
            (
                "Article URL: https://www.waitakiherald.co.nz/science/okiwi-glacier-study",
                "",
                "",
                "B",
            ),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "n94h-ke-ward-kere",
        "The motion was tabled by Felix Onyango Kere, who represents Oboch Central ward. Kere told the assembly the tender was awarded to Lumo Systems Ltd, a company registered 11 weeks before bids closed, and that its bid was Sh96 million higher than the lowest one.",
        [
            "The motion was tabled by Felix Onyango Kere, who represents Oboch Central ward.",
            "Kere told the assembly the tender was awarded to Lumo Systems Ltd, a company registered 11 weeks before bids closed, and that its bid was Sh96 million higher than the lowest one.",
        ],
    ),
    (
        "n94h-ke-act-she",
        'Ms Ouma, who did not attend the sitting, said in a statement that the tender had been evaluated and awarded in line with the Public Procurement and Asset Disposal Act. She called the vote "political theatre staged for the 2027 elections".',
        [
            "Ms Ouma, who did not attend the sitting, said in a statement that the tender had been evaluated and awarded in line with the Public Procurement and Asset Disposal Act.",
            'She called the vote "political theatre staged for the 2027 elections".',
        ],
    ),
    (
        "n94h-ke-market-who",
        '"We pay every single day and we get nothing, not even a toilet that works," said Pamela Awino Otieno, who sells fish at the market. "Who is eating our money?" she asked.',
        [
            '"We pay every single day and we get nothing, not even a toilet that works," said Pamela Awino Otieno, who sells fish at the market.',
            '"Who is eating our money?" she asked.',
        ],
    ),
    (
        "n94h-ke-ltd-all",
        "© 2026 Lakeside Media Group Ltd. All rights reserved.",
        ["© 2026 Lakeside Media Group Ltd.", "All rights reserved."],
    ),
    (
        "n94h-sc-said-crown",
        "“The accused’s position at the time was that he was waiting for a part,” Ms Sinclair-Baird said. “The Crown understands that no part was ever ordered.”",
        [
            "“The accused’s position at the time was that he was waiting for a part,” Ms Sinclair-Baird said.",
            "“The Crown understands that no part was ever ordered.”",
        ],
    ),
    (
        "n94h-sc-sheriff-asked",
        "Sheriff Alasdair McConachie said the family had been “treated as an inconvenience rather than as tenants”. “A six-week-old child spent her first Christmas in a flat with no heating,” he said. “Is that what anyone would call waiting for a part?” he asked.",
        [
            "Sheriff Alasdair McConachie said the family had been “treated as an inconvenience rather than as tenants”.",
            "“A six-week-old child spent her first Christmas in a flat with no heating,” he said.",
            "“Is that what anyone would call waiting for a part?” he asked.",
        ],
    ),
    (
        "n94h-sc-fourteen-that",
        "“Fourteen, in six years,” she said. “That tells landlords everything they need to know.”",
        [
            "“Fourteen, in six years,” she said.",
            "“That tells landlords everything they need to know.”",
        ],
    ),
    (
        "n94h-gh-ghs-figure",
        "Confirmed and suspected cholera cases in Ghana’s Central Region have risen to 214, with four deaths, the Ghana Health Service (GHS) said on Wednesday. The figure stood at 131 a week earlier.",
        [
            "Confirmed and suspected cholera cases in Ghana’s Central Region have risen to 214, with four deaths, the Ghana Health Service (GHS) said on Wednesday.",
            "The figure stood at 131 a week earlier.",
        ],
    ),
    (
        "n94h-gh-dr-peak",
        "Dr. Kofi Adjei-Mintah, the Central Regional Director of Health, said 61 patients were still in treatment centres and 149 had been discharged. “We are not yet at the peak,” he said.",
        [
            "Dr. Kofi Adjei-Mintah, the Central Regional Director of Health, said 61 patients were still in treatment centres and 149 had been discharged.",
            "“We are not yet at the peak,” he said.",
        ],
    ),
    (
        "n94h-gh-ii-nobody",
        "The chief fisherman of Esuaku, Nana Ekow Sam-Arthur II, said he had banned the landing of canoes at the eastern end of the beach for a week. “Nobody should die for fish,” he said.",
        [
            "The chief fisherman of Esuaku, Nana Ekow Sam-Arthur II, said he had banned the landing of canoes at the eastern end of the beach for a week.",
            "“Nobody should die for fish,” he said.",
        ],
    ),
    (
        "n94h-gh-tip-whatsapp",
        "Got a story? WhatsApp The Cape Sentinel on 024 555 0192.",
        ["Got a story?", "WhatsApp The Cape Sentinel on 024 555 0192."],
    ),
    (
        "n94h-au-bureau-stood",
        "The river is expected to reach 8.6 metres at the Rockhampton gauge on Friday morning and could stay above the major flood level of 8.5 metres into Sunday, the bureau said. It stood at 6.9 metres at 5am on Thursday.",
        [
            "The river is expected to reach 8.6 metres at the Rockhampton gauge on Friday morning and could stay above the major flood level of 8.5 metres into Sunday, the bureau said.",
            "It stood at 6.9 metres at 5am on Thursday.",
        ],
    ),
    (
        "n94h-us-co-the",
        "The buyer is Skjeldahl Grain Co. The Minneapolis-based company, which is privately held, operates 212 elevators in nine states.",
        [
            "The buyer is Skjeldahl Grain Co.",
            "The Minneapolis-based company, which is privately held, operates 212 elevators in nine states.",
        ],
    ),
    (
        "n94h-us-aug-we",
        "Chief executive Douglas Brettendorf said the cooperative lost $12.4 million in its fiscal year ended Aug. 31, its third loss in four years, and carried $97 million in debt. “We looked at every option, including a merger, and this is the one that pays our members and keeps these elevators open,” Brettendorf said in an interview.",
        [
            "Chief executive Douglas Brettendorf said the cooperative lost $12.4 million in its fiscal year ended Aug. 31, its third loss in four years, and carried $97 million in debt.",
            "“We looked at every option, including a merger, and this is the one that pays our members and keeps these elevators open,” Brettendorf said in an interview.",
        ],
    ),
    (
        "n94h-us-said-now",
        "“My grandfather signed the charter in 1934,” he said. “Now we find out from a press release that it’s gone?”",
        [
            "“My grandfather signed the charter in 1934,” he said.",
            "“Now we find out from a press release that it’s gone?”",
        ],
    ),
    (
        "n94h-in-it-what",
        "“I was shaking, honestly, but Didi told me to bowl it wide and full and not to think,” said Rukmini Sangolli, the seamer who bowled it. “What else could I do?” she asked.",
        [
            "“I was shaking, honestly, but Didi told me to bowl it wide and full and not to think,” said Rukmini Sangolli, the seamer who bowled it.",
            "“What else could I do?” she asked.",
        ],
    ),
    (
        "n94h-in-catches-you",
        "Monarchs coach Prakash Belliappa said his side had dropped four catches. “You drop four catches in a final, you don’t deserve to win it,” he said.",
        [
            "Monarchs coach Prakash Belliappa said his side had dropped four catches.",
            "“You drop four catches in a final, you don’t deserve to win it,” he said.",
        ],
    ),
    (
        "n94h-ie-ltd-no",
        "© 2026 Corrib Beacon Media Ltd. Registered in Ireland No. 612448.",
        ["© 2026 Corrib Beacon Media Ltd.", "Registered in Ireland No. 612448."],
    ),
    (
        "n94h-za-hawks-said",
        "The Directorate for Priority Crime Investigation (Hawks) said the three suspects, aged 27, 31 and 44, were arrested at a house in Doornkraal Extension 7 on Tuesday night after a tip-off. The Hawks said R418,000 in dye-stained notes, two rifles and a police reflector jacket were found at the house.",
        [
            "The Directorate for Priority Crime Investigation (Hawks) said the three suspects, aged 27, 31 and 44, were arrested at a house in Doornkraal Extension 7 on Tuesday night after a tip-off.",
            "The Hawks said R418,000 in dye-stained notes, two rifles and a police reflector jacket were found at the house.",
        ],
    ),
    (
        "n94h-za-tired-every",
        '"People are tired. Every month it\'s something," he said.',
        ['"People are tired.', "Every month it's something,\" he said."],
    ),
    (
        "n94h-za-pty-all",
        "© 2026 Highveld Mail (Pty) Ltd. All rights reserved.",
        ["© 2026 Highveld Mail (Pty) Ltd.", "All rights reserved."],
    ),
    (
        "n94h-ca-ste-advisory",
        "SAULT STE. MARIE, Ont. — The Maskwa River Conservation Authority (MRCA) has confirmed a blue-green algae bloom on Minoshkin Lake and, with the Algoma public health unit, has advised residents not to swim at three public beaches until further notice. The advisory covers Birch Point, Huard Bay and Dorion Beach.",
        [
            "SAULT STE. MARIE, Ont. — The Maskwa River Conservation Authority (MRCA) has confirmed a blue-green algae bloom on Minoshkin Lake and, with the Algoma public health unit, has advised residents not to swim at three public beaches until further notice.",
            "The advisory covers Birch Point, Huard Bay and Dorion Beach.",
        ],
    ),
    (
        "n94h-ca-mrca-warm",
        "“This is the earliest in the season we have confirmed a bloom on Minoshkin Lake since monitoring began in 2009,” said Renée Lachapelle-Wong, general manager of the MRCA. “Warm water, calm weeks and phosphorus from the watershed are a familiar recipe, and we had all three in May.”",
        [
            "“This is the earliest in the season we have confirmed a bloom on Minoshkin Lake since monitoring began in 2009,” said Renée Lachapelle-Wong, general manager of the MRCA.",
            "“Warm water, calm weeks and phosphorus from the watershed are a familiar recipe, and we had all three in May.”",
        ],
    ),
    (
        "n94h-ca-about-it",
        "The Maskwa River Conservation Authority is a watershed agency established under Ontario’s Conservation Authorities Act in 1963. It works with seven member municipalities to reduce flood risk and protect water quality across a 4,100-square-kilometre watershed. Its board is made up of councillors and citizens appointed by those municipalities.",
        [
            "The Maskwa River Conservation Authority is a watershed agency established under Ontario’s Conservation Authorities Act in 1963.",
            "It works with seven member municipalities to reduce flood risk and protect water quality across a 4,100-square-kilometre watershed.",
            "Its board is made up of councillors and citizens appointed by those municipalities.",
        ],
    ),
    (
        "n94h-sg-said-where",
        "“His prelims are in August,” she said. “Where am I going to find a tutor now, at this price?”",
        [
            "“His prelims are in August,” she said.",
            "“Where am I going to find a tutor now, at this price?”",
        ],
    ),
    (
        "n94h-sg-pte-company",
        "According to Accounting and Corporate Regulatory Authority (Acra) records, the centres were run by Brightmind Academy Pte. Ltd. The company was incorporated in 2014 with a paid-up capital of $50,000.",
        [
            "According to Accounting and Corporate Regulatory Authority (Acra) records, the centres were run by Brightmind Academy Pte. Ltd.",
            "The company was incorporated in 2014 with a paid-up capital of $50,000.",
        ],
    ),
    (
        "n94h-en-hours-it",
        "Network Rail said about 40,000 tonnes of earth and rock slid onto the line from a cutting east of Rowdale tunnel after 86mm of rain fell in 36 hours. No trains were in the section at the time, it said.",
        [
            "Network Rail said about 40,000 tonnes of earth and rock slid onto the line from a cutting east of Rowdale tunnel after 86mm of rain fell in 36 hours.",
            "No trains were in the section at the time, it said.",
        ],
    ),
    (
        "n94h-nz-dr-she",
        "Lead author Dr. Tamsin Ruakere-Ellis, a glaciologist at the Alpine Ice Research Unit in Christchurch, said the results were “sobering but not surprising”. She said the team combined aerial photographs from 1978 and 1995 with drone and lidar surveys flown in each of the past four summers.",
        [
            "Lead author Dr. Tamsin Ruakere-Ellis, a glaciologist at the Alpine Ice Research Unit in Christchurch, said the results were “sobering but not surprising”.",
            "She said the team combined aerial photographs from 1978 and 1995 with drone and lidar surveys flown in each of the past four summers.",
        ],
    ),
    (
        "n94h-nz-averages-one",
        "“A glacier doesn’t read the averages,” he said. “One or two big snow years can buy it time, and one hot summer can take a decade away.”",
        [
            "“A glacier doesn’t read the averages,” he said.",
            "“One or two big snow years can buy it time, and one hot summer can take a decade away.”",
        ],
    ),
    (
        "n94h-nz-ltd-this",
        "© 2026 Waitaki Herald Media Ltd. This article is for personal, non-commercial use only.",
        [
            "© 2026 Waitaki Herald Media Ltd.",
            "This article is for personal, non-commercial use only.",
        ],
    ),
]
