"""Hundred-and-fiftieth set of new hand-labelled pages for the hint engines (tuning set, round fifty-five):
twelve WHOLE pages of everyday news, head to tail as a reader's paste gives them, from twelve
countries the sets are thin on, each from that country's kind of English-language outlet with its
own house style and each pasted a different way, where FURNITURE (both ways), SPEAKERS WITH LOCAL
TITLES AND NAME ORDERS and the CHECK-WORTHINESS OF ORDINARY OFFICIAL STATEMENTS are the hard part.
The pages: a Pakistani daily's website on a desktop browser (courts: the Peshawar High Court strikes
down a 40pc property tax increase and orders refunds to about 38,000 owners within 60 days); a
Philippine city news site on a phone browser (local government: Baguio's council approves a P150
weekend fee for tourist vehicles, 9-3); a Cypriot news site in reader mode (transport: bus-lane
cameras on two Nicosia avenues from June 1, €85 fines); a Sierra Leonean news website in print view
(health: 26 Lassa fever cases and five deaths in Kenema since January); a Malawian ministry's press
release as a PDF (culture: K1.2 billion for 38 district festivals, a museum roof and a dance troupe's
tour); a Vanuatu news site as an archive copy (politics: a no-confidence motion fails 24 votes to
27); a Seychellois news site's text-only edition (business: the central bank holds its policy rate at
1.75%); a Tongan news site's AMP page (weather: drought declared for Haʻapai and Vavaʻu after the
driest six months on record); an Eswatini newspaper's Facebook post as a social share (education:
E87 million in late free primary education grants paid); a Gambian news app's share (crime: 43
stolen cattle recovered in Foni, five arrested); a Samoan newspaper's story in a news aggregator
(sport: Manu Samoa name six uncapped players in a 33-man squad); and a Namibian outlet's morning
email newsletter (environment: the Walvis Bay lagoon flamingo count falls 38% to a 15-year low).

What is hard. FURNITURE BOTH WAYS: local furniture that reads like news and is "B" line by line (a
Peshawar prayer-times strip, interbank and gold rates, PCSO lotto draws and jackpots, a BSP forex
line, a vatu, a rupee and a dalasi exchange-rate strip, a La Digue power-maintenance notice, a
Walvis Bay tides line, a WhatsApp-channel prompt, a Viber prompt, a Facebook link card repeating
the headline, readers' comments that state figures, a trending list, archive capture lines, a
PDF's running header, page footers, a "Scanned with ..." line, a release's signature block with
"(Mrs.)", a "Reporting by ... Editing by ..." line, a "Published in ..." line) and story that looks
like furniture and is labelled by its content (a headline glued to an emoji and a section label, a
📷 caption, an all-capitals release headline, factbox bullets stating rules "W", "Why it matters:"
and "What's next:" lines, table rows and squad and fixture lines ""). LOCAL TITLES dropped before a
name ("Justice", "Barrister", "Additional Advocate General", "City Mayor", "Haji", "Alhaji",
"Alhagie", "Councilor", "Engr.", "Col.", "Mayor", "Paramount Chief", "Mrs.", "Mrs", "Ms.", "Ms",
"Mr.", "Mr", "Dr.", "Honourable" and ", MP,", "Group Village Headman", "Hon.", "Hon. Chief",
"Chief", "Principal Secretary", "Rev.", "Superintendent", "The Alkalo of Sintet", "Seyfo",
"Afioga") while NAME PARTS stay ("Syed", "Mian", "Qazi", "Khan", "Ma.", middle initials, Samoan
matai titles that come FIRST in the name, "Tuiasau Peni Leota-Vaifale", "Lealaiauloto Mikaele
Faleolo-Tanuvasa", "Seiuli Tala Amituanai-Lome", a later "Tuiasau said" or "Lealaiauloto said" by the
matai title resolving to the full name, Tongan names beginning with an okina, "ʻOfa
Taumoepeau-Hufanga", and a Namibian surname beginning with a click letter, "Petrus !Gâseb-Mutota").
CHECK-WORTHINESS of ordinary official statements: a release's allocations, deadlines, waived fees
and tour dates, a court's holdings and compliance date, a council's votes and an ordinance's rules,
fine rules and camera counts, a central bank's rates and next meeting, a met service's rainfall and
declaration, police tallies and an arraignment date, grant arithmetic and a circular's date (all
"W"), beside what sits next to them (a bench's maxim, plans and promises without a date, forecasts,
estimates, advice, hedges, a crowd scene, feelings, rhetorical quotes: ""). Sentence ends: "at 6:15
p.m." ending a sentence, "7 a.m. and 7 p.m." and "7.30am and 9am" inside one, "No. 2" and "No. 188",
"Ltd." ending a line before "All rights reserved." and "Ltd," and "(Pty) Ltd," inside a sentence, "Dr.", "Mrs.", "Ms.", "Mr.", "Engr.",
"Col.", "Rev.", "Hon.", "Ma." and initials mid-sentence, a colon list, ordinal dates ("6th March,
2026"), decimals (Rs1.86 billion, SCR13.94, WST$1,500, 0.8%), an ellipsis before a lower-case word
(one sentence) and before a capital (two), a question followed by a new sentence inside a quote
(two) against a question or an exclamation followed by its attribution (one), and "said:" before a
quote.

The pages hold 521 sentences: 203 "B", 206 "W" and 112 ""; 209 sentences carry a speaker (110
distinct speakers, page by page; 107 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 sentence-split cases cut from the pages.

Written from scratch for issue 13 in round fifty-five, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff]`
tables of `pyproject.toml`; through `ast` only, the docstrings, `STYLES`, first two pages and first
three cases of `labelled_new147.py` and `labelled_new148.py`; and the first paragraph of the
docstrings of two sets written alongside this one (to keep clear of their countries' stories). An
earlier, unfinished attempt at this set had left twelve pages in scratch files; they were read, but
while this set was being written they were removed and their people were found (by a file count of
a few names, nothing opened) in a held-out set written alongside, so none of them is reused: every
page here is new. Coined names were checked with `grep -rlF` file counts (no text shown) over
`tests/text` and those neighbouring sets; the one that hit (an outlet's name) was replaced before
the file was written.

Every person, outlet, firm, association, club, trust, festival, vessel, statement, ordinance,
judgment, release, post and figure is invented, and so are small places (Nkhanini, Koulo and the
like). Real countries, regions, cities, towns, villages, chiefdoms, roads, courts, parliaments,
ministries, agencies, councils, banks and other public bodies appear only as settings, with
invented statements and figures: Peshawar, Qissa Khwani, Chowk Yadgar, Mardan, Swat, the Peshawar
High Court, the Supreme Court and Khyber Pakhtunkhwa's Local Government Department and Local
Government Act; Baguio, Benguet, Session Road, Irisan, Camp 7, Trancoville, Pangasinan, La Union,
Dagupan, La Trinidad, the Local Government Code, PCSO, the BSP and the Department of the Interior
and Local Government; Nicosia, Makariou and Grivas Digenis avenues, Limassol, Strovolos, Solomou
Square and the transport ministry; Kenema, Nongowa, Lower Bambara, Dama, Hangha, Kenema Government
Hospital, Kenema City Council and the Ministry of Health; Lilongwe, Mzuzu, Mzuzu University,
Nkhata Bay, Chitipa and the Ministry of Tourism, Culture and Wildlife; Port Vila, Malekula, Santo,
Tanna, Port Olry, Parliament, the Auditor-General, the University of the South Pacific and the
Vanuatu Chamber of Commerce and Industry; Victoria, Praslin, La Digue, the Central Bank of
Seychelles, the National Bureau of Statistics and the Seychelles Hospitality and Tourism
Association; Nukuʻalofa, Haʻapai, Lifuka, Pangai, Vavaʻu, Tongatapu, the Tonga Meteorological
Service, NEMO, the Tonga Water Board and two ministries; Mbabane, Manzini, Siteki, Shiselweni, the
Ministry of Education and Training, SACU and Parliament; Foni, Bwiam, Brikama, Sintet, the West
Coast Region, the Gambia Police Force and the Department of Livestock Services; Apia, Apia Park,
Faleata, Manu Samoa, the Samoa Rugby Union and the Pacific Nations Cup; Walvis Bay, Sandwich
Harbour, Swakopmund, Cape Cross, Sam Nujoma Avenue, the Walvis Bay Municipality and the Ministry of
Environment, Forestry and Tourism.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, strip, menu, crumb, byline, date line,
share line, caption, credit, table row, list item, box line, comment and legal line is a paragraph
of its own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
Furniture is "B" line by line, whatever it says, and never carries a speaker; headlines and
standfirsts are never "B" and never split, and their "says", "say" or "blame" carries the source as
the story first gives it (a person in full; a generic group as written: "Health officials", "Bird
counters"). A person is named in full as first given, without titles or roles; a pronoun, a surname
or a matai title resolves to that name; a quote over several sentences carries its speaker and cue
in each. As in `labelled_new148.py`, a named body keeps a leading article as written and drops a
bracketed acronym ("the District Health Management Team (DHMT) said" -> "the District Health
Management Team"; "The National Emergency Management Office (NEMO) said" -> "The National Emergency
Management Office"), and the acronym later resolves to it ("The DHMT said", "NEMO said"); a generic
noun for a body is kept as written ("the bench", "the ministry", "The Ministry", "The bank", "the
bank", "the service", "The trust", "the trust", "the union", "Police", "police"), while "It said"
resolves to the body's full name as first given ("The Central Bank of Seychelles"); a descriptor
before a name is dropped ("The Nicosia bus operator, Pedieos Transit Ltd," -> "Pedieos Transit Ltd";
"The cyclists' group Podilato Nicosia" -> "Podilato Nicosia"); "according to X" keeps X as written.

Conventions this set had to settle, in the same spirit:

* Titles of office, rank, profession, honour and piety are dropped before a name ("Justice",
  "Barrister", "Engr.", "Col.", "Superintendent", "Paramount Chief", "Group Village Headman",
  "Seyfo", "Chief", "Hon.", "Honourable", "Rev.", "Haji", "Alhaji", "Alhagie", "Afioga"), and so are
  a post-nominal ", MP," and a role phrase before a name ("The Alkalo of Sintet, Alhagie Ebrima
  Jatta-Colley," -> "Ebrima Jatta-Colley"). Lineage names that are part of the name as the record
  gives it stay ("Syed Imran Shah-Gilani", "Qazi Muhammad Anwar-Durrani", "Zubair Khan ..."), as
  "Ma." stays in a Filipino given name and a middle initial stays.
* A Samoan matai title comes first in the name and stays in the label ("Tuiasau Peni
  Leota-Vaifale"); a later cue by the matai title alone ("Tuiasau said", "Lealaiauloto said")
  resolves to the full name, like a surname cue. A leading okina ("ʻOfa", "ʻAkauʻola") and a leading
  click letter ("!Gâseb") are part of the name as written.
* A government press release speaks in its own voice: "The Ministry of ... wishes to inform the
  general public that ..." carries the ministry as first given with the cue "wishes to inform the
  general public", and "The Ministry wishes to remind ..." keeps "The Ministry" as written with
  "wishes to remind"; the release's other sentences of allocation, deadline and rule carry no
  speaker and are "W"; its passive advice ("are advised to report") is ""; its signature block,
  "Issued by:" and "(Mrs.)" lines included, is "B" (a credit, not a speaker).
* A court's holdings are "W" with the bench as speaker ("The bench held that a newspaper notice was
  not a hearing"), its maxims are "" ("“A tax imposed behind closed doors is no tax at all,” the
  bench observed"), and what it ordered, barred or fixed carries no speaker ("W"); counsel's
  statement of facts ("had told the court", "argued") is "W"; a government's written reply "had
  said" keeps its generic noun.
* A social-share paste: the post's first line, an emoji and a section label glued to the headline,
  is one "W" sentence; the link card's repeated headline, reactions, counts, the action bar, sort
  menu and readers' comments (whatever they claim) are "B"; a 📷 caption is story ("").
* An aggregator or archive wrapper (source-and-age line, read-full-story link, also-reported-by,
  why-am-I-seeing-this, capture dates and navigation, missing-images note, end-of-capture line) is
  "B"; the story inside is labelled as on its own site.
* A factbox title is "B" like a table title; its bullet lines stating rules are "W". "Why it
  matters:" and "What's next:" lines are story, flagged by content.
* A meeting or a step a body has set for itself with a day or date is "W" ("will meet on
  Saturday", "will next meet on August 27", "would publish its first financial stability report in
  September", "would inspect the road and culverts on June 15", "are due to be arraigned ... on
  Tuesday"); a plan or promise without one ("would sign the ordinance this week", "would bring a new
  motion when Parliament next sits"), a study that is only "due in September", an estimate of what
  a fee will raise and a forecast are "".
* `CASES` holds 30 sentence-split cases (id, text, expected sentences), each one to three
  consecutive sentences of one paragraph of these pages, joined by single spaces: what a reviewer
  wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Pakistani ENGLISH-LANGUAGE DAILY\'S WEBSITE (Peshawar), DESKTOP BROWSER paste, COURTS: the Peshawar High Court strikes down a 40pc property tax increase and orders refunds within 60 days. Head: masthead, menu with pipes, a PRAYER-TIMES strip, an interbank/open-market EXCHANGE-RATE and gold strip, crumb (all "B"); headline of record "W"; standfirst "Bench says ..." a ruling of record "W" carrying "the bench"; "By Our Correspondent", a published/updated line, a share strip with a comment count (all "B"); a caption "" and its "— Photo by ..." credit "B". Body: a "PESHAWAR:" dateline glued to the lead, the court acting with no speaker "W"; the two judges named with "Justice" only as actors ("Syed" and "Mian" part of their names), the petitions\' dates "W"; "the bench said in its judgment", "the bench observed" (a maxim, "") and "The bench held" (a ruling, "W"), all "the bench" as written; the judgment barring fresh notices and a judge\'s separate note (no speaker, "W"); counsel ("Barrister" dropped) who "had told the court" and "argued" facts ("W"); the Additional Advocate General ("Qazi" kept as part of the name) who "told the bench" "W"; "the metropolitan government had said" in its written reply "W"; a spokesman "Syed Imran Shah-Gilani" ("Syed" kept) with a count "W"; the mayor ("City Mayor Haji" dropped) with a plan "", his collections record "W" and his question with attribution (one sentence, ""); a merchant\'s payment "W" and feeling ""; "A spokesperson for the provincial Local Government Department" kept as written (a plan ""); "according to the petitions" and "according to the judgment" "W"; a rule of the tax "W"; a compliance date fixed by the bench "W"; an "Advertisement" line "B". Tail: a "Published in ..." line, a WhatsApp line, related list, comments-closed line, legal links, copyright (all "B").',
    'Philippine CITY NEWS SITE (Baguio), PHONE BROWSER paste, LOCAL GOVERNMENT: the city council approves a P150 weekend fee for tourist vehicles entering the central business district. Head: hamburger-and-search masthead, a TRENDING strip, section label (all "B"); headline of record "W"; standfirst "Ordinance\'s author says ..." carrying the councilor as the body names her ("Ma." kept as part of the name), ""; byline, date line with "PM", share/comment strip (all "B"); a caption "" and its photo credit "B". Body: a "BAGUIO CITY —" dateline glued to the lead (the council acting, "W"); "at 6:15 p.m." ENDING a sentence before "The measure passed 9-3" and a 12-0 vote (all "W"); the ordinance\'s rules with "7 a.m. and 7 p.m." mid-sentence "W"; the author ("Councilor" dropped) with a count "W", a rhetorical quote "" and an estimate ""; "The ordinance sets aside ..." (a rule, no speaker, "W"); "CONTINUE READING BELOW ↓" and "Advertisement" "B"; an opposing councilor with a middle initial (opinion "", the tourism office\'s count "W", a question followed by a new sentence in his quote, two ""); the mayor\'s promise "" beside the Local Government Code\'s 10-day rule "W"; "according to the ordinance" "W"; a business club "said in a statement" (article kept) "W" and its president ("Engr." dropped, initial kept) with a plan ""; the police director ("Col." dropped) with a citation count "W"; a jeepney driver\'s trip record "W" and feeling ""; "The Cordillera office of the Department of the Interior and Local Government" kept as written "W". Tail: related line, PCSO LOTTO RESULTS title and two draw lines, a FOREX line, a Viber prompt, comments tap line, back-to-top, copyright split before "All rights reserved.", desktop-version link (all "B").',
    'Cypriot ENGLISH-LANGUAGE NEWS SITE (Nicosia), READER MODE paste, TRANSPORT: bus-lane cameras go live on two Nicosia avenues from June 1 with €85 fines. Head: the reader view\'s domain line, headline of record "W", site name, author, reading-time line (site, author and time "B"); standfirst "Transport minister says ..." a record "W" carrying the minister as the body names him. Body: "the transport ministry announced" (kept as written) "W"; fine rules and camera count "W" (no speaker); the minister with a punctuality record "W", a rhetorical quote "told a news conference" "" and a trial count with "7.30am and 9am" "W"; a caption "" and its bracketed credit "B"; "the ministry said" kept as written "W"; a second phase dated 2027 "W"; a PULL QUOTE line with no full stop carrying the minister with cue "—" ("") and its "— Name, role" line "B"; the mayor who "welcomed" ("") then "She said" a record "W"; a taxi association\'s demand "" and its president\'s "said: “...”" quote (one sentence, ""), a rule of record "W"; an in-body "Read more:" link "B"; a bus operator ("The Nicosia bus operator," dropped) with a conditional plan ""; "according to the transport ministry\'s annual report" "W"; the police spokesman\'s counts and the payment rule "W"; "The cyclists\' group Podilato Nicosia" (descriptor dropped) demand "" beside the regulation "W"; a committee chairman\'s plan ""; a commuter\'s habit and feeling (both ""). A factbox: title "B", four bullet rules "W". Tail: tags, source URL, copyright (all "B").',
    'Sierra Leonean NEWS WEBSITE (Kenema), PRINT VIEW paste, HEALTH: 26 Lassa fever cases and five deaths since January. Head: print/close line, masthead, URL line, a "Printed from ... on 19/02/2026" line, section (all "B"); headline of record "W"; standfirst "Health officials say ..." a record "W" carrying "Health officials" as written; byline-and-date line "B"; a caption "" and its credit "B". Body: "the District Health Management Team (DHMT) said" (article kept, acronym dropped) "W", and "The DHMT said"/"The DHMT urged" resolving to it ("W" and advice ""); a comparison "W"; the district medical officer ("Dr." dropped) who "told the Standard" with a colon list "W", a metaphor quote "" and the deaths record "W"; "according to DHMT figures" "W"; a paramount chief ("Paramount Chief" dropped) with a ban of record "W" and two quote sentences ""; "The Ministry of Health said in a statement" (article kept) "W" and its spokesperson ("Mrs." dropped) "W"; "Page 1 of 2" "B"; a nurse with bed counts "W" and a feeling ""; disease facts with no speaker "W"; a widow\'s loss of record "W" and her quote with an ellipsis before a lower-case word (one sentence) and a carried-on quote (both ""); the mayor ("Alhaji" dropped) "W"; "traders say" a vague claim ""; free treatment "the ministry said" "W". Tail: share link, "Links:" list with two numbered URLs, "Page 2 of 2", copyright split at "Ltd." (all "B").',
    'Malawian GOVERNMENT PRESS RELEASE as a PDF, pasted from the PDF, CULTURE: K1.2 billion for district cultural festivals, a museum roof and a dance troupe\'s tour. Head: "REPUBLIC OF MALAWI", ministry name, address line, "PRESS RELEASE", a "Ref. No." line, an ordinal date line (all "B"); an all-capitals headline of record "W". Body: "The Ministry of Tourism, Culture and Wildlife wishes to inform the general public that ..." (the release\'s own voice as its speaker, cue "wishes to inform the general public", "W"); allocations in the release\'s voice with no speaker "W"; an allocation table (title and header "B", rows and TOTAL ""); the minister ("Honourable" and ", MP," dropped) quoted in single quotes ("" ), "The Honourable Minister said" a record "W" and "said the Honourable Minister" a single-quoted quote ""; the museums director ("Dr.") with a contract record and a start date "W", and "is expected to" ""; "further said" "W"; the PDF\'s page footer and running header "B"; grant ranges, a deadline, a late-entry rule, a waived fee, a tour schedule and "first ... since 2019" (all "W", no speaker); a Group Village Headman (title dropped) who "thanked" (""), a cancellation record "W" and a single-quoted quote ""; "The Ministry wishes to remind ..." (kept as written, a rule "W"); passive advice with no speaker "". Tail: "-ENDS-", the "Issued by:" signature block with a "(Mrs.)" name line, role and "For:" lines, page footer and a scanner-app line (all "B").',
    'Ni-Vanuatu NEWS SITE (Port Vila) as an ARCHIVE COPY, POLITICS: a motion of no confidence in the prime minister fails 24-27. Head: four capture lines of the archive (captured-on, original URL, capture navigation, missing-images note), masthead, menu, a VATU EXCHANGE-RATE and weather strip (all "B"); headline of record "W"; standfirst "Opposition leader says ..." a plan "" carrying him; byline and date line "B". Body: a "PORT VILA —" dateline, the vote, an absentee and the absolute-majority rule (all "W", no speaker, "Hon." inside names); the mover named only as an actor "W"; a caption "" and its credit "B"; the opposition leader who "told Parliament" a spending record "W" and his quote "said in Bislama" (cue "said", ""); the prime minister\'s reply of record "W" and his quote ""; "Advertisement" "B"; the motion\'s alternative PM "W" and a crowd scene ""; a floor-crosser ("Santo MP Hon." dropped) whose reason names a deal "W", and "did not respond to calls" (the MP, ""); the leader\'s plan ""; the Speaker of Parliament ("Hon. Chief" dropped) who "ruled" "W" and what the ruling means "W"; a count of motions "W"; a council of chiefs\' president ("Chief" dropped) who "called on" ""; "The Vanuatu Chamber of Commerce and Industry said in a statement" (article kept) a causal figure "W"; a lecturer ("Dr." dropped) with an opinion "", a count "W" and a one-liner ""; the finance minister\'s tabling date "W". Tail: share strip, related line, comments count, copyright split at "Ltd.", end-of-capture line (all "B").',
    'Seychellois NEWS SITE\'s TEXT-ONLY (low-data) EDITION, TEXT-ONLY PAGE paste with straight quotes, BUSINESS: the central bank holds its policy rate at 1.75%. Head: edition line, skip/switch line, bracketed menu, a power-maintenance NOTICE, a RUPEE EXCHANGE-RATE strip, section (all "B"); headline of record "W"; date-time-byline line "B". Body: the bank acting with no speaker and its rate history "W"; "The bank said in a statement" (generic noun as written) "W" and "It said" a causal claim resolving to the bank as first named ("The Central Bank of Seychelles", "W"); facility rates "W"; "according to CBS data" "W"; the Governor ("CBS Governor Ms." dropped) who "told a press briefing" a quoted view "", "She said" a credit figure "W", a two-sentence straight-quoted quote carried on (both ""), "the Governor said" reserves "W" and a "she said:" answer in straight quotes ""; the next meeting date "W" and a report date the bank set itself "W"; a KEY RATES table (title, header and source "B", rows ""); "according to the National Bureau of Statistics" (article kept) "W"; "the bank said" a tuna-export figure "W"; an economist\'s view "" and his lending-rate figure "W"; a hotel association (article kept) "W"; a car-hire owner\'s refused loan "W" and his quote "". Tail: a "Reporting by ... Editing by ..." line split in two, a more-business list with asterisks, bracketed footer links, copyright split at "Ltd." (all "B").',
    'Tongan NEWS SITE\'s AMP PAGE (Nukuʻalofa), AMP paste with okina letters, WEATHER: a drought declared for Haʻapai and Vavaʻu after the driest six months on record. Head: AMP masthead, full-site link, "Advertisement", section (all "B"); headline of record "W"; standfirst "Met Service says ..." a record "W" carrying the service as the body first names it; byline starting with an okina ("ʻAna"), date line, share line (all "B"); a caption "" and its credit "B". Body: "The Tonga Meteorological Service has declared ..." (article kept, cue "has declared", "W"); "the service said" kept as written "W"; a second station "W"; the Director of Meteorology ("ʻOfa ..." with a leading okina, role dropped) with a causal claim "W", a forecast "" and advice ""; a rainfall table (title, header and source "B", rows ""); "The National Emergency Management Office (NEMO) said" (acronym dropped) "W" and "NEMO said" resolving to it "W"; its director ("Mr." dropped) with household counts "W"; "Advertisement" "B"; a town officer (role dropped) with a purchase record "W" and a quote with an ELLIPSIS before a capital (two sentences, both ""); "Rev." dropped from a minister of religion "W"; a ministry\'s yield forecast "" and "It said" a crop failure "W"; Tongatapu\'s rainfall "W"; the water board\'s chief executive (a name with an okina inside) "W"; "according to the service" "W"; "The Ministry of Health advised" "". Tail: related line, tags, site slogan, copyright, footer links (all "B").',
    'Eswatini NEWSPAPER\'s FACEBOOK POST, SOCIAL SHARE paste, EDUCATION: the government pays E87 million in late free primary education grants. Head: page name and post time (both "B"); the post\'s first line, an emoji and section label GLUED to the headline ("📢 EDUCATION | ..."), one sentence "W". Body: an "MBABANE –" dateline with the Principal Secretary ("Principal Secretary Mr" dropped) "W"; the payment\'s arithmetic "W"; "the ministry said" kept as written "W"; a causal claim about customs receipts "W", an apology "", a circular\'s date "W", a budget request (a plan "") and a payment deadline "W"; "The Eswatini Primary Heads Association said" (article kept) "W", its membership "W", its president ("Mrs" dropped) with a debt and letters "W" and a quote ""; the association\'s Saturday meeting (a date it set itself, "W"); a chief ("Chief" dropped) with a sum raised "W"; a parent\'s payment "W" and opinion ""; a refund rule "the ministry said" "W"; an MP ("Hon." dropped) who "told Parliament" a record "W" and a quote ""; a finance ministry spokesperson ("Ms" dropped) "W"; a 📷 caption "" and its credit "B". Tail: a see-website line, hashtags, a WHATSAPP CHANNEL prompt, the link card\'s domain and title, reactions, counts, action bar, sort menu, two comments (author with "Top fan", comment text that looks like a claim, meta line), more-comments and write-a-comment lines (all "B").',
    'Gambian NEWS APP, APP SHARE paste, CRIME: police recover 43 stolen cattle in Foni and arrest five suspects. Head: app name (B); headline of record "W"; source/section/age line, byline, listen line (all "B"); a caption "" and its credit "B". Body: the lead with police acting (no speaker) "W"; "the Gambia Police Force said in a statement" (article kept as written) "W" and "it said" resolving to it "W"; "according to the statement" "W"; "police said" a nationality count "W"; the police spokesperson ("Superintendent" dropped) who "told Kombo Daily" a tally "W", a method and previous convictions "W", a quote carried over two sentences (both "") and a crime-trend record "W"; a village fact "W"; an Alkalo ("The Alkalo of Sintet, Alhagie" dropped) with losses and guards "W" and an EXCLAMATION inside a quote followed by its attribution (one sentence, ""); a cattle owner\'s identification "W" and two quote sentences ""; "Police said ..." twice (kept as written, "W") around an arraignment at "Magistrates\' Court No. 2 on Tuesday" (a date of record, no speaker, "W"); "Livestock officials said" a plan ""; a district chief ("The district chief of Foni Bintang, Seyfo" dropped) who "called on" ""; a National Assembly Member ("Hon." dropped) with a plan "" and a quote ""; "according to the Department of Livestock Services" "W"; "Police urged" "". Tail: a "Reported by ..." line, a DALASI EXCHANGE-RATE widget, a TRENDING list, a shared-via line, app link, open-in-app line (all "B").',
    'Samoan NEWSPAPER\'s STORY in a NEWS AGGREGATOR, AGGREGATOR paste, SPORT: Manu Samoa name six uncapped players in a 33-man Pacific Nations Cup squad. Head: the aggregator\'s crumb, source-and-age line (both "B"); headline of record "W"; standfirst "Head coach says ..." "" carrying the coach in full; byline, published line with a dd/mm/yyyy date, listen line, read-full-story link (all "B"); a caption "" and its credit "B". Body: the coach named in Samoan order, MATAI TITLE first ("Tuiasau Peni Leota-Vaifale"), acting with no speaker "W"; squad facts "W"; his quote "told reporters" carried into a second sentence (both ""), a later "Tuiasau said" by the matai title resolving to the full name; his appointment "W", a record "W", a plan "", a prediction "" and an injury record "W"; the captain\'s armband and caps "W"; a player left out "W"; the union chairman with the honorific "Afioga" dropped and his matai title "Lealaiauloto" kept, fee records "W", and "Lealaiauloto said" resolving to him (""); the sports minister ("Hon." dropped, matai title "Seiuli" kept) with a grant "W"; a camp date "W" and "the union said" ticket sales "W"; a supporter\'s hope "". A squad list (title and the asterisk legend "B", the forwards and backs lines "") and a fixtures list (title "B", rows ""). Tail: more-from, full-coverage, also-reported-by, follow, why-am-I-seeing-this lines (all "B").',
    'Namibian NEWS OUTLET\'s MORNING EMAIL NEWSLETTER (Walvis Bay), EMAIL NEWSLETTER paste, ENVIRONMENT: the winter flamingo count at Walvis Bay lagoon drops 38% to its lowest in 15 years. Head: an open-online line, the newsletter\'s masthead with "No. 188", a two-sentence greeting, a TIDES line, a partner-content label and a two-sentence sponsored block (all "B"); headline of record "W"; standfirst "Bird counters blame ..." a causal claim "W" carrying "Bird counters" as written; byline "B". Body: "the Coastal Birds Trust said" (article kept) "W"; the species split "W"; the count coordinator ("Dr." dropped) with "between 07:00 and 11:30" "W" and a site record "W", then a two-sentence quote (both ""); "The trust blames ..." (kept as written, causal "W"); a count table (title, header and source "B", rows ""); a company with "(Pty) Ltd," mid-sentence that "said in a statement" a fact "W" and "It said" a denial and a study "due in September" ""; the municipality\'s officer ("Mr." dropped) "W" twice; a ministry inspection date "W"; "the trust said" a count "W"; "Three kayak tour operators" (kept as written) "W"; a guide whose surname begins with a CLICK LETTER ("!Gâseb-Mutota") with an anecdote and quote ""; "Why it matters:" and "What\'s next:" lines (story, not furniture: "according to the trust" "W", and a date the trust set itself "W"). Tail: also-in-the-brief title and two arrow items, a two-sentence tip line, a two-sentence supporter line, a forwarded line, a company address line, unsubscribe line (all "B").',
]

ARTICLES = [
    [
        [
            ("THE FRONTIER LEDGER", "", "", "B"),
        ],
        [
            (
                "Home | Pakistan | Khyber Pakhtunkhwa | Business | Sport | Opinion | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Peshawar  Fajr 4:05 | Sunrise 5:32 | Zuhr 12:11 | Asr 3:49 | Maghrib 6:51 | Isha 8:18",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Interbank $1 = Rs280.65  ·  Open market $1 = Rs282.10  ·  Gold (24k) Rs352,600/tola",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Pakistan › Khyber Pakhtunkhwa", "", "", "B"),
        ],
        [
            (
                "PHC strikes down 40pc property tax hike in Peshawar, orders refunds within 60 days",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bench says city notified new rates without the public hearing the law requires",
                "the bench",
                "says",
                "W",
            ),
        ],
        [
            ("By Our Correspondent", "", "", "B"),
        ],
        [
            ("Published April 15, 2026 | Updated 2 hours ago", "", "", "B"),
        ],
        [
            ("Facebook  X  WhatsApp  Email  Comments (27)", "", "", "B"),
        ],
        [
            (
                "Traders protest against the property tax increase outside the Peshawar High Court in March.",
                "",
                "",
                "",
            ),
        ],
        [
            ("— Photo by Our Correspondent", "", "", "B"),
        ],
        [
            (
                "PESHAWAR: The Peshawar High Court (PHC) on Tuesday struck down a 40 per cent increase in property tax imposed by the city’s metropolitan government last July and ordered it to refund the extra amount to about 38,000 property owners within 60 days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A two-member bench comprising Justice Syed Arshad Ali-Bukhari and Justice Mian Naeem Ullah-Khattak accepted 112 petitions filed by traders, house owners and two market associations.",
                "",
                "",
                "W",
            ),
            (
                "The petitions were filed between September and December 2025 and clubbed together by the court in January.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In its 14-page judgment, the bench said the metropolitan government had notified the new rates on July 3, 2025, without holding the public hearing required under Section 54 of the Khyber Pakhtunkhwa Local Government Act, 2013.",
                "the bench",
                "said in its judgment",
                "W",
            ),
        ],
        [
            (
                "“A tax imposed behind closed doors is no tax at all,” the bench observed.",
                "the bench",
                "observed",
                "",
            ),
            (
                "The judgment, authored by Justice Ali-Bukhari, also barred the metropolitan government from issuing fresh demand notices until a hearing is held.",
                "",
                "",
                "W",
            ),
            ("Justice Ullah-Khattak added a two-page note agreeing with it.", "", "", "W"),
        ],
        [
            (
                "Barrister Sana Gul Orakzai-Mohmand, counsel for the Qissa Khwani Traders Association, had told the court that the annual tax on a 10-marla shop in the walled city rose from Rs18,400 to Rs25,760.",
                "Sana Gul Orakzai-Mohmand",
                "had told the court",
                "W",
            ),
            (
                "She argued that traders were already paying a separate professional tax and a signboard fee to the same body.",
                "Sana Gul Orakzai-Mohmand",
                "argued",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Additional Advocate General Qazi Muhammad Anwar-Durrani told the bench that notices of the new rates had been published in two Urdu newspapers on June 12, 2025, and that 214 objections had been received.",
                "Qazi Muhammad Anwar-Durrani",
                "told the bench",
                "W",
            ),
            ("The bench held that a newspaper notice was not a hearing.", "the bench", "held", "W"),
        ],
        [
            (
                "In its written reply, the metropolitan government had said the increase was needed to pay 1,140 sanitation workers hired in 2024.",
                "the metropolitan government",
                "had said",
                "W",
            ),
            (
                "The metropolitan government’s spokesman, Syed Imran Shah-Gilani, said 9,450 owners had paid the increased tax by March 31.",
                "Syed Imran Shah-Gilani",
                "said",
                "W",
            ),
        ],
        [
            (
                "Talking to reporters outside the court, City Mayor Haji Zubair Khan Yousafzai-Tarakai said the metropolitan government would challenge the verdict in the Supreme Court.",
                "Zubair Khan Yousafzai-Tarakai",
                "said",
                "",
            ),
            (
                "He said the city had collected Rs1.86 billion in property tax in the first nine months of the 2025-26 fiscal year, against Rs1.21bn in the same period a year earlier, and had spent most of the increase on drains in the walled city.",
                "Zubair Khan Yousafzai-Tarakai",
                "said",
                "W",
            ),
            (
                "“Who will pay for the drains now?” he asked.",
                "Zubair Khan Yousafzai-Tarakai",
                "asked",
                "",
            ),
        ],
        [
            (
                "At Chowk Yadgar, cloth merchant Gul Zaman Shinwari-Khalil, 58, said he had paid Rs31,200 in March for his two shops.",
                "Gul Zaman Shinwari-Khalil",
                "said",
                "W",
            ),
            (
                "“I will believe in the refund when I see it in my hand,” he said.",
                "Gul Zaman Shinwari-Khalil",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the provincial Local Government Department said the department would study the detailed judgment before deciding on an appeal.",
                "A spokesperson for the provincial Local Government Department",
                "said",
                "",
            ),
        ],
        [
            (
                "The increase was the first revision of property tax rates in Peshawar since 2001, according to the petitions.",
                "the petitions",
                "according to",
                "W",
            ),
            (
                "Property tax in the province is levied on the annual rental value of a property, at rates of between 10 and 25 per cent depending on its location and use.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The bench fixed May 20 for a compliance report from the metropolitan government.",
                "",
                "",
                "W",
            ),
            (
                "Owners who paid the increased tax can claim refunds at the city’s six town offices, according to the judgment.",
                "the judgment",
                "according to",
                "W",
            ),
        ],
        [
            ("Published in The Frontier Ledger, April 15th, 2026", "", "", "B"),
        ],
        [
            ("Follow The Frontier Ledger on WhatsApp for breaking news", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Traders observe shutter-down strike in walled city", "", "", "B"),
        ],
        [
            ("KP cabinet approves new rating areas for Mardan, Swat", "", "", "B"),
        ],
        [
            ("Comments are closed on this story.", "", "", "B"),
        ],
        [
            ("About Us | Contact | Privacy Policy | Terms", "", "", "B"),
        ],
        [
            ("Copyright © 2026, The Frontier Ledger", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   CORDILLERA DAYBREAK   🔍", "", "", "B"),
        ],
        [
            ("TRENDING  Kennon Road reopens · Panagbenga 2027 dates · Lotto results", "", "", "B"),
        ],
        [
            ("NEWS / BAGUIO", "", "", "B"),
        ],
        [
            (
                "Baguio council approves P150 weekend fee for tourist vehicles entering CBD",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ordinance’s author says city roads were built for a town of 50,000",
                "Ma. Teresa Bautista-Lacanilao",
                "says",
                "",
            ),
        ],
        [
            ("By Jerome Tindaan-Alcantara", "", "", "B"),
        ],
        [
            ("June 10, 2026 · 4:12 PM", "", "", "B"),
        ],
        [
            ("📤 Share   💬 14", "", "", "B"),
        ],
        [
            ("Vehicles crawl along Session Road on a Saturday afternoon in May.", "", "", ""),
        ],
        [
            ("CORDILLERA DAYBREAK PHOTO / KRISTINE LUMAUIG-OCAMPO", "", "", "B"),
        ],
        [
            (
                "BAGUIO CITY — The City Council on Monday approved on third and final reading an ordinance imposing a P150 fee on tourist vehicles that enter the central business district on weekends and holidays.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The vote was taken at 6:15 p.m.", "", "", "W"),
            ("The measure passed 9-3, with two councilors absent.", "", "", "W"),
            (
                "The council also approved, 12-0, a separate ordinance banning tour buses from Session Road on weekends.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under the ordinance, vehicles not registered in Baguio or Benguet will pay the fee between 7 a.m. and 7 p.m. on Saturdays, Sundays and holidays.",
                "",
                "",
                "W",
            ),
            (
                "Public utility vehicles, ambulances and cars of residents with a city-issued sticker are exempt.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The ordinance’s principal author, Councilor Ma. Teresa Bautista-Lacanilao, said the city recorded an average of 14,600 tourist vehicles a day on weekends in 2025, against 9,200 in 2019.",
                "Ma. Teresa Bautista-Lacanilao",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Our roads were built for a town of 50,000, and on a long weekend we are a city of 400,000,” she said in Filipino during the session.",
                "Ma. Teresa Bautista-Lacanilao",
                "said",
                "",
            ),
        ],
        [
            (
                "Bautista-Lacanilao said the fee would raise an estimated P96 million a year.",
                "Ma. Teresa Bautista-Lacanilao",
                "said",
                "",
            ),
            (
                "The ordinance sets aside the money for park-and-ride terminals in Irisan and at Camp 7.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("CONTINUE READING BELOW ↓", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Councilor Benjie P. Dulay-Tabanda, who voted against the measure, said it would hurt small restaurants along Session Road that depend on day-trippers from Pangasinan and La Union.",
                "Benjie P. Dulay-Tabanda",
                "said",
                "",
            ),
            (
                "He said the city’s own tourism office counted 1.84 million day visitors in 2025.",
                "Benjie P. Dulay-Tabanda",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Will a family from Dagupan pay P150 to buy strawberries?",
                "Benjie P. Dulay-Tabanda",
                "said",
                "",
            ),
            (
                "No, they will go straight to La Trinidad,” he said.",
                "Benjie P. Dulay-Tabanda",
                "said",
                "",
            ),
        ],
        [
            (
                "Mayor Edgardo T. Pacyaya-Lumbaoen said he would sign the ordinance this week.",
                "Edgardo T. Pacyaya-Lumbaoen",
                "said",
                "",
            ),
            (
                "The Local Government Code gives a city mayor 10 days to sign or veto an ordinance passed by the council.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The fee will be collected through RFID stickers from October 1, after a three-month information drive, according to the ordinance.",
                "the ordinance",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Session Road Business Club said in a statement that 41 of its 63 member establishments had opposed the fee in a survey in May.",
                "The Session Road Business Club",
                "said in a statement",
                "W",
            ),
            (
                "Its president, Engr. Alvin C. Sagandoy-Wee, said the group would ask the council to exempt vehicles with hotel bookings.",
                "Alvin C. Sagandoy-Wee",
                "said",
                "",
            ),
        ],
        [
            (
                "Baguio City Police Office director Col. Rommel D. Agustin-Paday said traffic enforcers had issued 3,912 citations in the central business district in April and May.",
                "Rommel D. Agustin-Paday",
                "said",
                "W",
            ),
        ],
        [
            (
                "Jeepney driver Mario Anos-Kollin, 47, who plies the Trancoville route, said a 2-kilometer trip to the city market took him 50 minutes last Saturday.",
                "Mario Anos-Kollin",
                "said",
                "W",
            ),
            (
                "“Even we who are exempt are stuck in it,” he said in Ilocano.",
                "Mario Anos-Kollin",
                "said",
                "",
            ),
        ],
        [
            (
                "The Cordillera office of the Department of the Interior and Local Government said it had not yet received a copy of the ordinance.",
                "The Cordillera office of the Department of the Interior and Local Government",
                "said",
                "W",
            ),
        ],
        [
            ("RELATED: Baguio water rates up 12% from July", "", "", "B"),
        ],
        [
            ("PCSO LOTTO RESULTS · June 9, 2026", "", "", "B"),
        ],
        [
            ("Ultra Lotto 6/58: 04-19-23-31-44-52 · Jackpot ₱49,500,000.00", "", "", "B"),
        ],
        [
            ("Grand Lotto 6/55: 07-12-28-33-41-50 · Jackpot ₱29,700,000.00", "", "", "B"),
        ],
        [
            ("FOREX  US$1 = ₱58.12 (BSP reference rate, June 9)", "", "", "B"),
        ],
        [
            ("Follow us on Viber for more Cordillera news ➜", "", "", "B"),
        ],
        [
            ("Tap to load comments (14)", "", "", "B"),
        ],
        [
            ("▲ Back to top", "", "", "B"),
        ],
        [
            ("© 2026 Cordillera Daybreak.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("View desktop version", "", "", "B"),
        ],
    ],
    [
        [
            ("cypruscrier.com.cy", "", "", "B"),
        ],
        [
            (
                "Bus lane cameras go live on Makariou and Grivas Digenis from June 1, with €85 fines",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Cyprus Crier", "", "", "B"),
        ],
        [
            ("Eleni Charalambous-Pittaki", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            (
                "Transport minister says buses on the two avenues ran 14 minutes late in the morning peak in March",
                "Andreas Hadjiloizou-Petrides",
                "says",
                "W",
            ),
        ],
        [
            (
                "Cameras will start fining drivers who use the bus lanes on Makariou and Grivas Digenis avenues in Nicosia from June 1, the transport ministry announced on Wednesday.",
                "the transport ministry",
                "announced",
                "W",
            ),
        ],
        [
            (
                "Drivers caught in a bus lane between 7am and 7pm on weekdays will be fined €85, and those caught three times in 12 months will also get two penalty points.",
                "",
                "",
                "W",
            ),
            (
                "Twenty-two cameras have been installed along 11 kilometres of bus lanes on the two avenues, at a cost of €1.4 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Transport Minister Andreas Hadjiloizou-Petrides said buses on the two avenues ran an average of 14 minutes behind schedule in the morning peak in March, against four minutes in 2019.",
                "Andreas Hadjiloizou-Petrides",
                "said",
                "W",
            ),
            (
                "“For six years the bus lanes have been a car park with yellow lines,” he told a news conference.",
                "Andreas Hadjiloizou-Petrides",
                "told a news conference",
                "",
            ),
        ],
        [
            (
                "He said a three-week trial in April had recorded 6,318 cars in the bus lanes, 71 per cent of them between 7.30am and 9am.",
                "Andreas Hadjiloizou-Petrides",
                "said",
                "W",
            ),
        ],
        [
            ("A car drives in the bus lane on Makariou Avenue on Wednesday morning.", "", "", ""),
        ],
        [
            ("(Photo: Marios Theodoulou)", "", "", "B"),
        ],
        [
            (
                "The cameras read number plates and fines are sent by post to the registered owner, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
            (
                "A second phase, covering 7km of bus lanes on Limassol Avenue and Strovolos Avenue, will follow in 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“For six years the bus lanes have been a car park with yellow lines”",
                "Andreas Hadjiloizou-Petrides",
                "—",
                "",
            ),
        ],
        [
            ("— Andreas Hadjiloizou-Petrides, Transport Minister", "", "", "B"),
        ],
        [
            (
                "Nicosia mayor Stella Michaelidou-Vasiliou welcomed the cameras.",
                "Stella Michaelidou-Vasiliou",
                "welcomed",
                "",
            ),
            (
                "She said the municipality had not been consulted on where they were placed.",
                "Stella Michaelidou-Vasiliou",
                "said",
                "W",
            ),
            (
                "The municipality collects parking fines in the city centre, but bus lane fines will go to the state.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Nicosia taxi owners’ association said its 410 members should be allowed to use the bus lanes.",
                "The Nicosia taxi owners’ association",
                "said",
                "",
            ),
            (
                "Its president, Kyriakos Antoniou-Sofroniou, said: “We carry the same people the buses carry.”",
                "Kyriakos Antoniou-Sofroniou",
                "said",
                "",
            ),
            ("Taxis have been allowed in Limassol’s bus lanes since 2023.", "", "", "W"),
        ],
        [
            ("Read more: Limassol bus fares to rise 20 cents from July", "", "", "B"),
        ],
        [
            (
                "The Nicosia bus operator, Pedieos Transit Ltd, said it would add 18 trips a day on the two routes from September if journey times improved.",
                "Pedieos Transit Ltd",
                "said",
                "",
            ),
            (
                "Bus ridership in Nicosia district rose 9 per cent in 2025 to 14.2 million journeys, according to the transport ministry’s annual report.",
                "the transport ministry’s annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Police spokesman Christos Andreou-Kleanthous said officers had issued 212 tickets for bus lane offences on the two avenues in the whole of 2025.",
                "Christos Andreou-Kleanthous",
                "said",
                "W",
            ),
            (
                "Most of those tickets were issued during a one-week police campaign in October, he said.",
                "Christos Andreou-Kleanthous",
                "said",
                "W",
            ),
            (
                "Camera fines can be paid online within 15 days, after which the case goes to court, he said.",
                "Christos Andreou-Kleanthous",
                "said",
                "W",
            ),
        ],
        [
            (
                "The cyclists’ group Podilato Nicosia said the lanes should also be opened to bicycles.",
                "Podilato Nicosia",
                "said",
                "",
            ),
            (
                "Bicycles are not allowed in bus lanes under the 2019 traffic regulations.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "House transport committee chairman Marinos Kouppas-Stylianou said the committee would review the size of the fine after six months.",
                "Marinos Kouppas-Stylianou",
                "said",
                "",
            ),
        ],
        [
            (
                "At the Solomou Square bus station, nurse Maria Constantinou-Hadjikyriakou, 34, said her bus from Strovolos took about 50 minutes most mornings.",
                "Maria Constantinou-Hadjikyriakou",
                "said",
                "",
            ),
            (
                "“If the cameras work, I will stop driving,” she said.",
                "Maria Constantinou-Hadjikyriakou",
                "said",
                "",
            ),
        ],
        [
            ("HOW THE FINES WORK", "", "", "B"),
        ],
        [
            ("• €85 for each offence, 7am–7pm, Monday to Friday", "", "", "W"),
        ],
        [
            ("• Two penalty points on the third offence within 12 months", "", "", "W"),
        ],
        [
            ("• Buses, ambulances, fire engines and police vehicles are exempt", "", "", "W"),
        ],
        [
            ("• Pay online within 15 days or the case goes to court", "", "", "W"),
        ],
        [
            ("Tags: Nicosia, transport, buses, traffic", "", "", "B"),
        ],
        [
            ("Source: https://cypruscrier.com.cy/nicosia/bus-lane-cameras-june-1", "", "", "B"),
        ],
        [
            ("© Cyprus Crier 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("🖨 Print  |  ✕ Close", "", "", "B"),
        ],
        [
            ("SALONE STANDARD", "", "", "B"),
        ],
        [
            ("https://salonestandard.sl/health/kenema-lassa-fever-26-cases", "", "", "B"),
        ],
        [
            ("Printed from salonestandard.sl on 19/02/2026 at 11:42", "", "", "B"),
        ],
        [
            ("HEALTH", "", "", "B"),
        ],
        [
            ("Kenema records 26 Lassa fever cases and five deaths since January", "", "", "W"),
        ],
        [
            (
                "Health officials say most patients reached hospital more than a week after falling ill",
                "Health officials",
                "say",
                "W",
            ),
        ],
        [
            ("By Fatmata Sia Kargbo-Bundu, Kenema  |  Thursday 19 February 2026", "", "", "B"),
        ],
        [
            (
                "Health workers in protective suits at the Lassa ward of Kenema Government Hospital on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Salone Standard", "", "", "B"),
        ],
        [
            (
                "Kenema District has recorded 26 confirmed cases of Lassa fever and five deaths since the start of the year, the District Health Management Team (DHMT) said on Wednesday.",
                "the District Health Management Team",
                "said",
                "W",
            ),
            (
                "The cases are more than double the 11 recorded in the same period last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "District Medical Officer Dr. Mohamed Lahai Kallon-Sama told the Standard that 19 of the 26 patients came from three chiefdoms: Nongowa, Lower Bambara and Dama.",
                "Mohamed Lahai Kallon-Sama",
                "told the Standard",
                "W",
            ),
            (
                "He said most patients reached the Lassa ward at Kenema Government Hospital more than seven days after their symptoms began.",
                "Mohamed Lahai Kallon-Sama",
                "said",
                "W",
            ),
        ],
        [
            (
                "“By day eight or nine, we are fighting with one hand tied,” he said.",
                "Mohamed Lahai Kallon-Sama",
                "said",
                "",
            ),
            (
                "The five who died were all admitted after day seven, he said.",
                "Mohamed Lahai Kallon-Sama",
                "said",
                "W",
            ),
        ],
        [
            (
                "The DHMT said 312 contacts of confirmed patients were being followed up, and that 14 of them had developed symptoms and been tested.",
                "the District Health Management Team",
                "said",
                "W",
            ),
            ("Two of the 14 tested positive.", "", "", "W"),
        ],
        [
            (
                "The district recorded 41 cases and nine deaths in the whole of 2025, according to DHMT figures.",
                "DHMT figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Paramount Chief Bockarie Vandi Gaima-Fomba of Dama Chiefdom said he had banned the sale of bush meat, including rats, at the weekly lumas in his chiefdom until April.",
                "Bockarie Vandi Gaima-Fomba",
                "said",
                "W",
            ),
            (
                "“Our people store rice in the house and the rats come in,” he said.",
                "Bockarie Vandi Gaima-Fomba",
                "said",
                "",
            ),
            (
                "“We are teaching them to keep the food in drums with covers.”",
                "Bockarie Vandi Gaima-Fomba",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ministry of Health said in a statement that it had sent 400 vials of ribavirin and 2,000 sets of protective equipment to Kenema on Monday.",
                "The Ministry of Health",
                "said in a statement",
                "W",
            ),
            (
                "Its spokesperson, Mrs. Isatu Conteh-Mansaray, said the ministry had also deployed a team of eight to support contact tracing.",
                "Isatu Conteh-Mansaray",
                "said",
                "W",
            ),
        ],
        [
            ("Page 1 of 2", "", "", "B"),
        ],
        [
            (
                "At the Lassa ward, nurse Christiana Mbalu Koroma-Sheriff, who has worked there since 2014, said the ward had 16 beds and that 11 were occupied on Wednesday.",
                "Christiana Mbalu Koroma-Sheriff",
                "said",
                "W",
            ),
            (
                "Both of its isolation rooms were in use, she said.",
                "Christiana Mbalu Koroma-Sheriff",
                "said",
                "W",
            ),
            (
                "“In 2014 we learned the hard way never to cut corners,” she said.",
                "Christiana Mbalu Koroma-Sheriff",
                "said",
                "",
            ),
        ],
        [
            (
                "Lassa fever is carried by the multimammate rat and spreads to people through food or household items contaminated with the rat’s urine or droppings.",
                "",
                "",
                "W",
            ),
            ("It is endemic in eastern Sierra Leone.", "", "", "W"),
        ],
        [
            (
                "In Hangha, a village 9km from Kenema town, trader Hawa Fullah-Jusu, 42, lost her husband to the disease on February 3.",
                "",
                "",
                "W",
            ),
            (
                "“He had fever for one week… we thought it was malaria,” she said in Mende.",
                "Hawa Fullah-Jusu",
                "said",
                "",
            ),
            ("“By the time we brought him, he could not talk.”", "Hawa Fullah-Jusu", "said", ""),
        ],
        [
            (
                "The Mayor of Kenema City Council, Alhaji Sahr Momoh-Tucker, said the council had hired 30 extra street cleaners for the town’s markets.",
                "Sahr Momoh-Tucker",
                "said",
                "W",
            ),
            (
                "Rats at the central market have been a problem for years, traders say.",
                "traders",
                "say",
                "",
            ),
        ],
        [
            (
                "The DHMT urged anyone with a fever that does not respond to malaria treatment within three days to go to the nearest health facility.",
                "the District Health Management Team",
                "urged",
                "",
            ),
            (
                "Treatment for Lassa fever is free at government hospitals, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            ("Share this article: salonestandard.sl/s/8kq2", "", "", "B"),
        ],
        [
            ("Links:", "", "", "B"),
        ],
        [
            ("[1] https://salonestandard.sl/tag/lassa-fever", "", "", "B"),
        ],
        [
            ("[2] https://salonestandard.sl/health/ribavirin-stocks-2025", "", "", "B"),
        ],
        [
            ("Page 2 of 2", "", "", "B"),
        ],
        [
            ("© 2026 Salone Standard Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("REPUBLIC OF MALAWI", "", "", "B"),
        ],
        [
            ("MINISTRY OF TOURISM, CULTURE AND WILDLIFE", "", "", "B"),
        ],
        [
            ("Private Bag 326, Lilongwe 3  |  Tel: (265) 1 775 409", "", "", "B"),
        ],
        [
            ("PRESS RELEASE", "", "", "B"),
        ],
        [
            ("Ref. No. MTCW/PR/2026/41", "", "", "B"),
        ],
        [
            ("14th April, 2026", "", "", "B"),
        ],
        [
            (
                "GOVERNMENT RELEASES K1.2 BILLION FOR DISTRICT CULTURAL FESTIVALS AND MZUZU MUSEUM ROOF",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Tourism, Culture and Wildlife wishes to inform the general public that Government has released K1.2 billion for the 2026/27 cultural calendar, up from K780 million in 2025/26.",
                "The Ministry of Tourism, Culture and Wildlife",
                "wishes to inform the general public",
                "W",
            ),
        ],
        [
            (
                "Of this amount, K640 million will go towards the re-roofing of the Mzuzu Regional Museum, whose roof collapsed during heavy rains in January, 2025.",
                "",
                "",
                "W",
            ),
            (
                "K410 million will be shared among 38 district and community cultural festivals, while the remaining K150 million will fund a national tour by the National Dance Troupe.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ALLOCATION OF FUNDS", "", "", "B"),
        ],
        [
            ("Item | Amount (MK)", "", "", "B"),
        ],
        [
            ("Re-roofing of Mzuzu Regional Museum | 640,000,000", "", "", ""),
        ],
        [
            ("District and community festivals (38) | 410,000,000", "", "", ""),
        ],
        [
            ("National Dance Troupe tour | 150,000,000", "", "", ""),
        ],
        [
            ("TOTAL | 1,200,000,000", "", "", ""),
        ],
        [
            (
                "Speaking at the launch of the 2026/27 cultural calendar in Lilongwe on Monday, the Minister of Tourism, Culture and Wildlife, Honourable Chimwemwe Nkhoma-Mwale, MP, said culture was 'not a luxury but a livelihood' for thousands of Malawians.",
                "Chimwemwe Nkhoma-Mwale",
                "said",
                "",
            ),
        ],
        [
            (
                "The Honourable Minister said 2,140 performers, craftspeople and traditional leaders took part in district festivals in 2025, and that the festivals drew an estimated 96,000 visitors.",
                "Chimwemwe Nkhoma-Mwale",
                "said",
                "W",
            ),
            (
                "'When a village dances, the whole district eats: the vendors, the minibus drivers, the guest houses,' said the Honourable Minister.",
                "Chimwemwe Nkhoma-Mwale",
                "said",
                "",
            ),
        ],
        [
            (
                "The Director of Museums and Monuments, Dr. Tamanda Gondwe-Kachali, said the re-roofing contract had been awarded to Nyika Roofing and Construction Limited after a tender that closed on 6th March, 2026.",
                "Tamanda Gondwe-Kachali",
                "said",
                "W",
            ),
            ("She said works would start on 4th May, 2026.", "Tamanda Gondwe-Kachali", "said", "W"),
            ("The contractor is expected to complete the works within seven months.", "", "", ""),
        ],
        [
            (
                "Dr. Gondwe-Kachali further said that the museum's collection of about 3,800 objects had been moved to a temporary store at Mzuzu University, where it remains closed to the public.",
                "Tamanda Gondwe-Kachali",
                "further said",
                "W",
            ),
        ],
        [
            ("Page 1 of 2", "", "", "B"),
        ],
        [
            ("MTCW Press Release: 2026/27 Cultural Calendar", "", "", "B"),
        ],
        [
            (
                "Each festival will receive between K8 million and K14 million, depending on its size.",
                "",
                "",
                "W",
            ),
            (
                "District councils are required to submit festival plans and budgets to the Department of Culture by 29th May, 2026.",
                "",
                "",
                "W",
            ),
            ("Applications received after this date will not be considered.", "", "", "W"),
        ],
        [
            (
                "Government has further waived the K25,000 permit fee charged by district councils for cultural events.",
                "",
                "",
                "W",
            ),
            (
                "The National Dance Troupe will perform in all 28 districts between July and November, starting in Chitipa on 3rd July, 2026.",
                "",
                "",
                "W",
            ),
            ("It will be the Troupe's first national tour since 2019.", "", "", "W"),
        ],
        [
            (
                "Speaking on behalf of traditional leaders, Group Village Headman Mphatso Chinyama-Lungu of Nkhata Bay thanked Government for the allocation.",
                "Mphatso Chinyama-Lungu",
                "thanked",
                "",
            ),
            (
                "He said the Chambo Nights festival in his area had been cancelled in 2024 and 2025 for lack of funds.",
                "Mphatso Chinyama-Lungu",
                "said",
                "W",
            ),
            (
                "'This year the drums will sound again,' he said.",
                "Mphatso Chinyama-Lungu",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ministry wishes to remind festival organisers that all grants will be paid through district councils and that no individual is authorised to collect money on behalf of the Ministry.",
                "The Ministry",
                "wishes to remind",
                "W",
            ),
            (
                "Members of the public who are approached for such payments are advised to report to the nearest police station.",
                "",
                "",
                "",
            ),
        ],
        [
            ("-ENDS-", "", "", "B"),
        ],
        [
            ("Issued by:", "", "", "B"),
        ],
        [
            ("Lusungu Mhango-Phiri (Mrs.)", "", "", "B"),
        ],
        [
            ("PUBLIC RELATIONS OFFICER", "", "", "B"),
        ],
        [
            ("For: SECRETARY FOR TOURISM, CULTURE AND WILDLIFE", "", "", "B"),
        ],
        [
            ("Page 2 of 2", "", "", "B"),
        ],
        [
            ("Scanned with DocSnap", "", "", "B"),
        ],
    ],
    [
        [
            ("This page was captured on 22 Oct 2026 08:14:07 UTC.", "", "", "B"),
        ],
        [
            (
                "Original URL: https://efatesentinel.vu/politics/no-confidence-motion-fails-24-27",
                "",
                "",
                "B",
            ),
        ],
        [
            ("◀ 21 Oct   |   22 Oct 2026   |   23 Oct ▶   ·   14 captures", "", "", "B"),
        ],
        [
            ("Some images and ads may be missing from this capture.", "", "", "B"),
        ],
        [
            ("THE EFATE SENTINEL", "", "", "B"),
        ],
        [
            ("Politics | Business | Provinces | Sport | Pacific | Opinion", "", "", "B"),
        ],
        [
            ("US$1 = VT 119.40  |  AU$1 = VT 78.25  |  Port Vila 29°C", "", "", "B"),
        ],
        [
            ("No-confidence motion against PM fails, 24 votes to 27", "", "", "W"),
        ],
        [
            (
                "Opposition leader says he will bring a new motion when Parliament next sits",
                "Sato Ravu-Tamata",
                "says",
                "",
            ),
        ],
        [
            ("By Leias Tari-Malakai", "", "", "B"),
        ],
        [
            ("Thursday 22 October 2026", "", "", "B"),
        ],
        [
            (
                "PORT VILA — A motion of no confidence in Prime Minister Hon. Kalo Tabisari-Mera failed in Parliament on Wednesday, with 24 MPs voting for it and 27 against.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("One MP was absent.", "", "", "W"),
            (
                "The motion needed the votes of 27 members, an absolute majority of the 52-seat Parliament.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It was moved by Opposition Leader Hon. Sato Ravu-Tamata, MP for Malekula, and signed by 26 MPs when it was lodged with the Speaker on October 9.",
                "",
                "",
                "W",
            ),
            ("Two of those 26 signatories voted against it on Wednesday.", "", "", "W"),
        ],
        [
            (
                "Supporters of the Prime Minister outside Parliament House on Wednesday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO: EFATE SENTINEL", "", "", "B"),
        ],
        [
            (
                "Moving the motion, Ravu-Tamata told Parliament the Government had spent VT 1.9 billion on contracts that were not put to tender since it took office in January 2025.",
                "Sato Ravu-Tamata",
                "told Parliament",
                "W",
            ),
            (
                "“This Government has treated the tender board like a rubber stamp,” he said in Bislama.",
                "Sato Ravu-Tamata",
                "said",
                "",
            ),
        ],
        [
            (
                "Responding, Tabisari-Mera said all 14 contracts named in the motion had been approved by the Council of Ministers and reported to the Auditor-General.",
                "Kalo Tabisari-Mera",
                "said",
                "W",
            ),
            (
                "“The Opposition has counted the money but not the roads, the wharves and the classrooms it bought,” he said.",
                "Kalo Tabisari-Mera",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("The motion named Ravu-Tamata as the alternative prime minister.", "", "", "W"),
            (
                "Outside Parliament, about 200 supporters of the Prime Minister sang and waved flags as the result was announced.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "One of the two signatories who voted against the motion, Santo MP Hon. Jacklyn Tavoa-Lini, said she had signed “in good faith” but changed her mind after the Prime Minister agreed to fund a wharf at Port Olry.",
                "Jacklyn Tavoa-Lini",
                "said",
                "W",
            ),
            (
                "The other, Tanna MP Hon. Peter Naliu-Kasso, did not respond to calls.",
                "Peter Naliu-Kasso",
                "did not respond to calls",
                "",
            ),
        ],
        [
            (
                "Speaking to reporters after the vote, Ravu-Tamata said he would bring a new motion when Parliament next sits in March.",
                "Sato Ravu-Tamata",
                "said",
                "",
            ),
            (
                "Speaker of Parliament Hon. Chief Willie Kalsong-Marae later ruled that a second motion could not be lodged within three months of the first.",
                "Willie Kalsong-Marae",
                "ruled",
                "W",
            ),
            ("The ruling means no new motion can be lodged before January 21.", "", "", "W"),
        ],
        [
            (
                "It was the fourth motion of no confidence lodged against a prime minister since the 2025 election, and the second against Tabisari-Mera.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The president of the Port Vila Council of Chiefs, Chief Mataso Kalfau-Rovo, called on MPs to stop motions that “freeze the country every six months”.",
                "Mataso Kalfau-Rovo",
                "called on",
                "",
            ),
        ],
        [
            (
                "The Vanuatu Chamber of Commerce and Industry said in a statement that three months of uncertainty had delayed at least VT 600 million in private investment.",
                "The Vanuatu Chamber of Commerce and Industry",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Dr. Nalisa Worek-Sethy, a politics lecturer at the University of the South Pacific’s Emalus Campus, said the result showed “how cheap loyalty has become”.",
                "Nalisa Worek-Sethy",
                "said",
                "",
            ),
            (
                "She said 11 of the 27 MPs who voted against the motion held ministerial posts or chaired a state-owned enterprise.",
                "Nalisa Worek-Sethy",
                "said",
                "W",
            ),
            ("“Every motion now is an auction,” she said.", "Nalisa Worek-Sethy", "said", ""),
        ],
        [
            (
                "Finance Minister Hon. Esther Malas-Toka said the 2027 Budget, worth VT 38.6 billion, would be tabled on Thursday.",
                "Esther Malas-Toka",
                "said",
                "W",
            ),
        ],
        [
            ("Share: Facebook | X | Email", "", "", "B"),
        ],
        [
            ("Related: Tender board rules under review", "", "", "B"),
        ],
        [
            ("Comments (41)", "", "", "B"),
        ],
        [
            ("© 2026 Efate Sentinel Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("— End of capture —", "", "", "B"),
        ],
    ],
    [
        [
            ("Seychelles Tide | text-only edition", "", "", "B"),
        ],
        [
            ("Skip to stories | Switch to full site | Low-data mode: ON", "", "", "B"),
        ],
        [
            ("[Home] [Local] [Business] [Sport] [Tenders] [Notices]", "", "", "B"),
        ],
        [
            ("NOTICE: Power maintenance on La Digue, Saturday 08:00-13:00", "", "", "B"),
        ],
        [
            ("SCR/USD 13.94 | SCR/EUR 15.12 | Brent $74.20", "", "", "B"),
        ],
        [
            ("BUSINESS", "", "", "B"),
        ],
        [
            ("Central Bank holds key rate at 1.75% as inflation stays below 1%", "", "", "W"),
        ],
        [
            ("Thursday 28 May 2026 | 14:05 | By Nadia Hoareau-Pillay", "", "", "B"),
        ],
        [
            (
                "The Central Bank of Seychelles (CBS) kept its monetary policy rate (MPR) at 1.75% on Thursday, the fourth meeting in a row at which it has left the rate unchanged.",
                "",
                "",
                "W",
            ),
            ("The rate has been at 1.75% since the bank cut it from 2% in June 2025.", "", "", "W"),
        ],
        [
            (
                "The bank said in a statement after its Monetary Policy Committee meeting that headline inflation was 0.8% in April, down from 1.3% in January.",
                "The bank",
                "said in a statement",
                "W",
            ),
            (
                "It said the fall reflected lower fuel and food import prices and a stronger rupee.",
                "The Central Bank of Seychelles",
                "said",
                "W",
            ),
        ],
        [
            (
                "The bank also kept the rate on its overnight deposit facility at 0.25% and on its overnight lending facility at 3.75%.",
                "",
                "",
                "W",
            ),
            (
                "The rupee traded at SCR13.94 to the US dollar on Thursday, 2.6% stronger than a year ago, according to CBS data.",
                "CBS data",
                "according to",
                "W",
            ),
        ],
        [
            (
                'CBS Governor Ms. Anne-Marie Labrosse-Vidot told a press briefing at the bank\'s headquarters in Victoria that the committee saw "no case for a change in either direction".',
                "Anne-Marie Labrosse-Vidot",
                "told a press briefing",
                "",
            ),
            (
                "She said credit to the private sector grew 7.4% in the year to April, led by loans for construction and tourism.",
                "Anne-Marie Labrosse-Vidot",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Households are borrowing to build, and hotels are borrowing to renovate," she said.',
                "Anne-Marie Labrosse-Vidot",
                "said",
                "",
            ),
            (
                '"Both are healthy, as long as the banks keep checking who can repay."',
                "Anne-Marie Labrosse-Vidot",
                "said",
                "",
            ),
        ],
        [
            (
                "Foreign exchange reserves stood at US$812 million at the end of April, equal to 4.1 months of imports, the Governor said.",
                "Anne-Marie Labrosse-Vidot",
                "said",
                "W",
            ),
            (
                'Asked whether the bank would act to stop the rupee strengthening further, she said: "We do not target a level."',
                "Anne-Marie Labrosse-Vidot",
                "said",
                "",
            ),
        ],
        [
            ("The committee will next meet on August 27.", "", "", "W"),
            (
                "The Governor said the bank would publish its first financial stability report in September.",
                "Anne-Marie Labrosse-Vidot",
                "said",
                "W",
            ),
        ],
        [
            ("KEY RATES (%)", "", "", "B"),
        ],
        [
            ("Rate | May 2026 | Feb 2026", "", "", "B"),
        ],
        [
            ("Monetary policy rate | 1.75 | 1.75", "", "", ""),
        ],
        [
            ("Headline inflation (latest month) | 0.8 | 1.3", "", "", ""),
        ],
        [
            ("Average lending rate | 10.9 | 11.2", "", "", ""),
        ],
        [
            ("Source: Central Bank of Seychelles.", "", "", "B"),
        ],
        [
            (
                "Visitor arrivals reached 142,310 in the first four months of 2026, up 5.1% on the same period last year, according to the National Bureau of Statistics.",
                "the National Bureau of Statistics",
                "according to",
                "W",
            ),
            (
                "Canned tuna exports, the country's largest merchandise export, fell 11% in the first quarter, the bank said.",
                "the bank",
                "said",
                "W",
            ),
        ],
        [
            (
                "Economist Jean-Paul Morel-Esparon, who runs the consultancy Anse Royale Advisory, said the bank could afford to cut the rate to 1.5%.",
                "Jean-Paul Morel-Esparon",
                "said",
                "",
            ),
            (
                'He said commercial banks\' average lending rate was still 10.9%, "more than nine points above the policy rate".',
                "Jean-Paul Morel-Esparon",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Seychelles Hospitality and Tourism Association said its members were paying between 11% and 13% on new loans.",
                "The Seychelles Hospitality and Tourism Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Marcel Dine-Laporte, who runs a car-hire firm on Praslin with 24 vehicles, said he had been refused a loan for six new cars in March.",
                "Marcel Dine-Laporte",
                "said",
                "W",
            ),
            (
                '"The banks want a house as security for a car," he said.',
                "Marcel Dine-Laporte",
                "said",
                "",
            ),
        ],
        [
            ("Reporting by Nadia Hoareau-Pillay.", "", "", "B"),
            ("Editing by Francis Rath-Loizeau.", "", "", "B"),
        ],
        [
            ("-- More business --", "", "", "B"),
        ],
        [
            ("* Praslin ferry fares up SCR25 from July", "", "", "B"),
        ],
        [
            ("* Tender: supply of school uniforms 2027 (closes 12 June)", "", "", "B"),
        ],
        [
            ("[Top] [Full site] [Contact]", "", "", "B"),
        ],
        [
            ("(c) 2026 Takamaka Media (Seychelles) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  KALIA ONLINE", "", "", "B"),
        ],
        [
            ("Tap to view the full site", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Weather", "", "", "B"),
        ],
        [
            (
                "Drought declared for Haʻapai and Vavaʻu after driest six months on record",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Met Service says rainfall at Lifuka was 27% of normal since November",
                "The Tonga Meteorological Service",
                "says",
                "W",
            ),
        ],
        [
            ("By ʻAna Fifita-Taufahema", "", "", "B"),
        ],
        [
            ("Tuesday 12 May 2026, 10:40am", "", "", "B"),
        ],
        [
            ("Share: Facebook · WhatsApp · Copy link", "", "", "B"),
        ],
        [
            ("A dry water tank at a home in Pangai, Lifuka, on Monday.", "", "", ""),
        ],
        [
            ("Photo: Kalia Online/Sione Vea-Hopoate", "", "", "B"),
        ],
        [
            (
                "NUKUʻALOFA — The Tonga Meteorological Service has declared a meteorological drought for the Haʻapai and Vavaʻu island groups after the driest November-to-April period since records began in 1947.",
                "The Tonga Meteorological Service",
                "has declared",
                "W",
            ),
        ],
        [
            (
                "Rainfall at Lifuka in Haʻapai was 412 millimetres over the six months, 27% of the long-term average, the service said.",
                "the service",
                "said",
                "W",
            ),
            ("Vavaʻu recorded 598mm, or 36% of average.", "", "", "W"),
        ],
        [
            (
                "Director of Meteorology ʻOfa Taumoepeau-Hufanga said a weak La Niña had pushed the main rain band south of Tonga for most of the wet season.",
                "ʻOfa Taumoepeau-Hufanga",
                "said",
                "W",
            ),
            (
                "She said the service expected below-normal rainfall to continue until at least August.",
                "ʻOfa Taumoepeau-Hufanga",
                "said",
                "",
            ),
            (
                "“People should not wait for the tanks to be empty before they start saving water,” she said.",
                "ʻOfa Taumoepeau-Hufanga",
                "said",
                "",
            ),
        ],
        [
            ("RAINFALL, NOVEMBER–APRIL (mm)", "", "", "B"),
        ],
        [
            ("Station | 2025-26 | Normal | % of normal", "", "", "B"),
        ],
        [
            ("Lifuka (Haʻapai) | 412 | 1,526 | 27", "", "", ""),
        ],
        [
            ("Lupepauʻu (Vavaʻu) | 598 | 1,661 | 36", "", "", ""),
        ],
        [
            ("Fuaʻamotu (Tongatapu) | 874 | 1,231 | 71", "", "", ""),
        ],
        [
            ("Source: Tonga Meteorological Service.", "", "", "B"),
        ],
        [
            (
                "The National Emergency Management Office (NEMO) said it had shipped 120,000 litres of drinking water to Haʻapai on the government vessel MV Fetuʻu Hahake on Friday, and that a desalination unit would be installed at Pangai by the end of May.",
                "The National Emergency Management Office",
                "said",
                "W",
            ),
            (
                "The declaration allows the government to release money from its emergency fund for water deliveries, NEMO said.",
                "The National Emergency Management Office",
                "said",
                "W",
            ),
        ],
        [
            (
                "NEMO director Mr. Sione Lolohea-Mafi said 640 households in Haʻapai, about 60% of the total, relied on rainwater tanks as their only source of drinking water.",
                "Sione Lolohea-Mafi",
                "said",
                "W",
            ),
            (
                "He said each household in Haʻapai was being given 40 litres a day from the deliveries.",
                "Sione Lolohea-Mafi",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The town officer of Koulo, Tevita Fifita-Lolohea, said the village’s two community tanks had been empty since April and that families were paying T$180 for a 5,000-litre truckload of water.",
                "Tevita Fifita-Lolohea",
                "said",
                "W",
            ),
            ("“In my life I have not seen Lifuka like this…", "Tevita Fifita-Lolohea", "said", ""),
            (
                "The children are washing in the sea,” he said in Tongan.",
                "Tevita Fifita-Lolohea",
                "said",
                "",
            ),
        ],
        [
            (
                "Rev. Siaosi Manu-Kaufusi said churches in Pangai had opened their tanks to the public three days a week.",
                "Siaosi Manu-Kaufusi",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Agriculture, Food and Forests said yields of yams and kumala in Vavaʻu were expected to fall by a third this season.",
                "The Ministry of Agriculture, Food and Forests",
                "said",
                "",
            ),
            (
                "It said 28% of the squash crop planted for export in Vavaʻu had failed.",
                "The Ministry of Agriculture, Food and Forests",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tongatapu received 71% of its average rainfall over the same period and is not covered by the declaration.",
                "",
                "",
                "W",
            ),
            (
                "Tonga Water Board chief executive Losaline ʻAkauʻola-Vea said supply in Nukuʻalofa was normal.",
                "Losaline ʻAkauʻola-Vea",
                "said",
                "W",
            ),
        ],
        [
            (
                "The last drought declared for Haʻapai was in 2020, according to the service.",
                "the service",
                "according to",
                "W",
            ),
            (
                "The Ministry of Health advised people in the two island groups to boil water taken from wells before drinking it.",
                "The Ministry of Health",
                "advised",
                "",
            ),
        ],
        [
            ("Related: Vavaʻu squash growers seek loan relief", "", "", "B"),
        ],
        [
            ("Tags: drought · Haʻapai · Vavaʻu · weather", "", "", "B"),
        ],
        [
            ("Kalia Online — news from the Friendly Islands", "", "", "B"),
        ],
        [
            ("© 2026 Kalia Media", "", "", "B"),
        ],
        [
            ("Privacy · Terms · View full site", "", "", "B"),
        ],
    ],
    [
        [
            ("Lubombo Times", "", "", "B"),
        ],
        [
            ("14 May at 18:20 · 🌍", "", "", "B"),
        ],
        [
            (
                "📢 EDUCATION | Govt pays E87 million in late free primary education grants",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "MBABANE – The Ministry of Education and Training has paid E87 million in free primary education (FPE) grants that were due to schools in February, Principal Secretary Mr Bongani Masilela-Mavuso said on Thursday.",
                "Bongani Masilela-Mavuso",
                "said",
                "W",
            ),
        ],
        [
            (
                "The payment covers the first instalment for 2026, at E360 per pupil, for about 241,700 pupils in 612 public primary schools.",
                "",
                "",
                "W",
            ),
            (
                "All 612 schools had received the money by Wednesday, and schools in the Shiselweni region were the last to be paid, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Masilela-Mavuso said the delay was caused by a shortfall in Southern African Customs Union (SACU) receipts, which fell by E1.1 billion this year.",
                "Bongani Masilela-Mavuso",
                "said",
                "W",
            ),
            (
                "“We are not proud of it, and we apologise to head teachers and parents,” he said.",
                "Bongani Masilela-Mavuso",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked why schools had not been warned, he said the ministry had sent a circular to all head teachers on February 20.",
                "Bongani Masilela-Mavuso",
                "said",
                "W",
            ),
            (
                "He said the ministry would ask Parliament for a supplementary budget of E42 million to cover the gap.",
                "Bongani Masilela-Mavuso",
                "said",
                "",
            ),
            (
                "The second instalment, of E220 per pupil, will be paid by July 31, Masilela-Mavuso said.",
                "Bongani Masilela-Mavuso",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Eswatini Primary Heads Association said 241 schools had sent pupils home early or asked parents for money since February because they could not pay for electricity, water and cleaning.",
                "The Eswatini Primary Heads Association",
                "said",
                "W",
            ),
        ],
        [
            ("The association has 598 member schools.", "", "", "W"),
            (
                "Its president, Mrs Nomcebo Mamba-Shongwe, head teacher of a school in Siteki, said her school owed E14,200 in electricity bills.",
                "Nomcebo Mamba-Shongwe",
                "said",
                "W",
            ),
            (
                "She said the association had written to the ministry three times since February.",
                "Nomcebo Mamba-Shongwe",
                "said",
                "W",
            ),
            (
                "“We were told to keep the lights on with prayer,” she said.",
                "Nomcebo Mamba-Shongwe",
                "said",
                "",
            ),
        ],
        [
            (
                "The association will meet on Saturday to decide whether to call off a one-day closure of schools planned for next week.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief Sandlane Zwane-Magagula of Nkhanini said parents in his area had raised E6,000 to keep their school’s borehole pump running.",
                "Sandlane Zwane-Magagula",
                "said",
                "W",
            ),
        ],
        [
            (
                "Parent Phesheya Motsa-Dube, a vendor at the Manzini market, said she paid E150 in March for her son’s “school development fee”.",
                "Phesheya Motsa-Dube",
                "said",
                "W",
            ),
            ("“Free education should be free,” she said.", "Phesheya Motsa-Dube", "said", ""),
        ],
        [
            (
                "The ministry said schools that charged parents for items covered by FPE would have to refund them.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Manzini North MP Hon. Themba Gwebu-Sihlongonyane told Parliament on Tuesday that grants had been paid late in three of the last four years.",
                "Themba Gwebu-Sihlongonyane",
                "told Parliament",
                "W",
            ),
            (
                "“Every year it is the same story, and every year it is the children who pay,” he said.",
                "Themba Gwebu-Sihlongonyane",
                "said",
                "",
            ),
        ],
        [
            (
                "A Ministry of Finance spokesperson, Ms Lindiwe Shabangu-Mkhonta, said SACU receipts for 2026/27 were budgeted at E8.9 billion.",
                "Lindiwe Shabangu-Mkhonta",
                "said",
                "W",
            ),
        ],
        [
            (
                "📷 Pupils at a primary school near Siteki walk home at midday after classes were cut short in March.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Lubombo Times", "", "", "B"),
        ],
        [
            ("Full story on our website 👇", "", "", "B"),
        ],
        [
            ("#LubomboTimes #Education #FPE", "", "", "B"),
        ],
        [
            (
                "📲 Join the Lubombo Times WhatsApp channel for breaking news: whatsapp.com/channel/lubombotimes",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LUBOMBOTIMES.CO.SZ", "", "", "B"),
        ],
        [
            ("Govt pays E87m in late FPE grants", "", "", "B"),
        ],
        [
            ("👍😮😡 2.4K", "", "", "B"),
        ],
        [
            ("318 comments · 142 shares", "", "", "B"),
        ],
        [
            ("Like · Comment · Share", "", "", "B"),
        ],
        [
            ("Most relevant ▾", "", "", "B"),
        ],
        [
            ("Sibongile Nxumalo-Tsabedze · Top fan", "", "", "B"),
        ],
        [
            (
                "Our school sent the kids home for two weeks in March, who will refund that time? 😢",
                "",
                "",
                "B",
            ),
        ],
        [
            ("2h · Like · Reply · 41", "", "", "B"),
        ],
        [
            ("Mandla Dlamini-Kunene", "", "", "B"),
        ],
        [
            (
                "The grant is E360 per child but the electricity alone is more than that for a small school.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("1h · Like · Reply · 12", "", "", "B"),
        ],
        [
            ("View more comments", "", "", "B"),
        ],
        [
            ("Write a comment…", "", "", "B"),
        ],
    ],
    [
        [
            ("Kombo Daily", "", "", "B"),
        ],
        [
            ("Police recover 43 stolen cattle in Foni, arrest five suspects", "", "", "W"),
        ],
        [
            ("Kombo Daily · Crime · 6 hours ago", "", "", "B"),
        ],
        [
            ("By Isatou Ceesay-Drammeh", "", "", "B"),
        ],
        [
            ("🔊 Listen to this article · 4 min", "", "", "B"),
        ],
        [
            ("Some of the recovered cattle at the Bwiam police station on Sunday.", "", "", ""),
        ],
        [
            ("Photo: Kombo Daily", "", "", "B"),
        ],
        [
            (
                "Police in the West Coast Region have recovered 43 cattle stolen from villages in Foni and arrested five men suspected of belonging to a cross-border rustling ring.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The animals, worth an estimated D2.6 million, were found on Saturday in a kraal near the border with Senegal, the Gambia Police Force said in a statement on Sunday.",
                "the Gambia Police Force",
                "said in a statement",
                "W",
            ),
            (
                "The suspects, aged between 22 and 47, are being held at the Bwiam police station, it said.",
                "the Gambia Police Force",
                "said",
                "W",
            ),
        ],
        [
            (
                "One of them, a 31-year-old butcher, was arrested at the Brikama abattoir on Friday with 220 kilograms of beef he could not account for, according to the statement.",
                "the statement",
                "according to",
                "W",
            ),
            (
                "Two of the suspects are Gambians and three are foreign nationals, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Police spokesperson Superintendent Kebba Ndure-Sanyang told Kombo Daily that the ring had stolen at least 160 cattle from 11 villages in Foni Kansalla and Foni Bintang since November.",
                "Kebba Ndure-Sanyang",
                "told Kombo Daily",
                "W",
            ),
            (
                "He said the animals were moved at night and sold at lumos on both sides of the border.",
                "Kebba Ndure-Sanyang",
                "said",
                "W",
            ),
            (
                "Two of the suspects had previous convictions for cattle theft, he said.",
                "Kebba Ndure-Sanyang",
                "said",
                "W",
            ),
        ],
        [
            (
                "“These are not hungry boys stealing one goat,” he said.",
                "Kebba Ndure-Sanyang",
                "said",
                "",
            ),
            ("“This is a business, with buyers waiting.”", "Kebba Ndure-Sanyang", "said", ""),
        ],
        [
            (
                "Cattle theft cases reported to police in the West Coast Region rose from 38 in 2024 to 61 in 2025, Ndure-Sanyang said.",
                "Kebba Ndure-Sanyang",
                "said",
                "W",
            ),
        ],
        [
            ("Sintet has about 1,900 people, most of them farmers and herders.", "", "", "W"),
            (
                "The Alkalo of Sintet, Alhagie Ebrima Jatta-Colley, said his village alone had lost 37 cattle in four months.",
                "Ebrima Jatta-Colley",
                "said",
                "W",
            ),
            (
                "He said young men had taken turns to guard the kraals at night since January.",
                "Ebrima Jatta-Colley",
                "said",
                "W",
            ),
            (
                "“We thank God and the police, but we want all our animals back!” he said in Mandinka.",
                "Ebrima Jatta-Colley",
                "said",
                "",
            ),
        ],
        [
            (
                "Cattle owner Fatou Badjie-Manneh, 52, said she had identified nine of her 14 missing cows by the marks on their ears.",
                "Fatou Badjie-Manneh",
                "said",
                "W",
            ),
            ("“I knew them from far,” she said.", "Fatou Badjie-Manneh", "said", ""),
            ("“My husband cried when he saw them.”", "Fatou Badjie-Manneh", "said", ""),
        ],
        [
            (
                "Police said the suspects had made statements to investigators and would be charged with stealing and receiving stolen property.",
                "Police",
                "said",
                "W",
            ),
            (
                "They are due to be arraigned at the Brikama Magistrates’ Court No. 2 on Tuesday.",
                "",
                "",
                "W",
            ),
            (
                "Police said they were working with the Senegalese gendarmerie to trace another 31 cattle believed to have been taken across the border.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Livestock officials said the recovered animals would be returned to their owners after veterinary checks this week.",
                "Livestock officials",
                "said",
                "",
            ),
        ],
        [
            (
                "The district chief of Foni Bintang, Seyfo Musa Sanneh-Bojang, called on the government to station a livestock patrol unit in the district.",
                "Musa Sanneh-Bojang",
                "called on",
                "",
            ),
            (
                "Foni Bintang-Karanai National Assembly Member Hon. Lamin Badjan-Sonko said he would table a motion on livestock theft when the Assembly resumes.",
                "Lamin Badjan-Sonko",
                "said",
                "",
            ),
            ("“Cattle are our bank in Foni,” he said.", "Lamin Badjan-Sonko", "said", ""),
        ],
        [
            (
                "The Gambia had about 456,000 cattle in 2024, according to the Department of Livestock Services.",
                "the Department of Livestock Services",
                "according to",
                "W",
            ),
            (
                "Police urged farmers to mark their cattle and to report thefts within 24 hours.",
                "Police",
                "urged",
                "",
            ),
        ],
        [
            ("Reported by Isatou Ceesay-Drammeh in Bwiam.", "", "", "B"),
        ],
        [
            ("Dalasi today: US$1 = D71.40 · €1 = D77.65 · CFA 1,000 = D116.90", "", "", "B"),
        ],
        [
            ("TRENDING", "", "", "B"),
        ],
        [
            ("1. Banjul–Barra ferry back to two boats from Monday", "", "", "B"),
        ],
        [
            ("2. Scorpions squad named for June qualifiers", "", "", "B"),
        ],
        [
            ("Shared via Kombo Daily", "", "", "B"),
        ],
        [
            ("Get the app: kombodaily.gm/app", "", "", "B"),
        ],
        [
            ("Open in app ›", "", "", "B"),
        ],
    ],
    [
        [
            ("Pacific Pulse › Sport › Rugby", "", "", "B"),
        ],
        [
            ("Samoa Sun · 4h", "", "", "B"),
        ],
        [
            (
                "Manu Samoa name six uncapped players in 33-man squad for Pacific Nations Cup",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Head coach says the door is open to players from the local club competition",
                "Tuiasau Peni Leota-Vaifale",
                "says",
                "",
            ),
        ],
        [
            ("By Sione Leiataua-Fonoti", "", "", "B"),
        ],
        [
            ("Published: 17/06/2026 2:15pm", "", "", "B"),
        ],
        [
            ("🎧 Listen · 3 min", "", "", "B"),
        ],
        [
            ("Read the full story at samoasun.ws ↗", "", "", "B"),
        ],
        [
            ("Manu Samoa players at training at Apia Park on Tuesday.", "", "", ""),
        ],
        [
            ("Photo: Samoa Sun", "", "", "B"),
        ],
        [
            (
                "Manu Samoa head coach Tuiasau Peni Leota-Vaifale has named six uncapped players in a 33-man squad for the Pacific Nations Cup, which starts against Tonga at Apia Park on July 11.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The squad includes 21 players based overseas, 15 of them in France and England.",
                "",
                "",
                "W",
            ),
            (
                "Six play in the local club competition, among them Apia Harbour flanker Ioane Sapolu-Tuimavave, 20, the competition’s top try scorer this season with 11.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The local boys have earned this,” Tuiasau told reporters at Apia Park.",
                "Tuiasau Peni Leota-Vaifale",
                "told reporters",
                "",
            ),
            (
                "“We watched every round of the club competition.”",
                "Tuiasau Peni Leota-Vaifale",
                "told reporters",
                "",
            ),
        ],
        [
            ("Tuiasau took over as head coach in February.", "", "", "W"),
            (
                "He said 19 of the squad had played in last year’s tournament.",
                "Tuiasau Peni Leota-Vaifale",
                "said",
                "W",
            ),
            (
                "He said the squad would be cut to 28 before the first Test.",
                "Tuiasau Peni Leota-Vaifale",
                "said",
                "",
            ),
            (
                "Asked about the uncapped players, Tuiasau said at least two would start against Tonga.",
                "Tuiasau Peni Leota-Vaifale",
                "said",
                "",
            ),
        ],
        [
            (
                "Captain Jordan Taufa'asau-Lemalu, who plays for a club in Montpellier, keeps the armband.",
                "",
                "",
                "W",
            ),
            ("Taufa'asau-Lemalu has 38 caps.", "", "", "W"),
        ],
        [
            ("Utility back Tavita Leaupepe-Sio, who has 24 caps, was left out.", "", "", "W"),
            (
                "Tuiasau said he had not recovered from a shoulder operation in April.",
                "Tuiasau Peni Leota-Vaifale",
                "said",
                "W",
            ),
        ],
        [
            (
                "Samoa Rugby Union chairman Afioga Lealaiauloto Mikaele Faleolo-Tanuvasa said the union had paid all players’ match fees from last season, after a dispute over WST$412,000 in unpaid fees in 2025.",
                "Lealaiauloto Mikaele Faleolo-Tanuvasa",
                "said",
                "W",
            ),
            (
                "He said each player would receive WST$1,500 per Test, up from WST$1,200.",
                "Lealaiauloto Mikaele Faleolo-Tanuvasa",
                "said",
                "W",
            ),
            (
                "“We have cleaned the house,” Lealaiauloto said.",
                "Lealaiauloto Mikaele Faleolo-Tanuvasa",
                "said",
                "",
            ),
        ],
        [
            (
                "Minister of Sports Hon. Seiuli Tala Amituanai-Lome said the government had granted WST$600,000 to upgrade the Apia Park floodlights before the first match.",
                "Seiuli Tala Amituanai-Lome",
                "said",
                "W",
            ),
        ],
        [
            ("The squad will go into camp at the Faleata sports complex on June 29.", "", "", "W"),
            (
                "Tickets for the Tonga match go on sale at WST$20 on Monday, the union said.",
                "the union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Supporter Mele Tauiliili-Fong, who sells umbrellas outside the ground, said she hoped the local players would get game time.",
                "Mele Tauiliili-Fong",
                "said",
                "",
            ),
        ],
        [
            ("THE SQUAD", "", "", "B"),
        ],
        [
            (
                "Forwards: J. Taufa'asau-Lemalu (c), I. Sapolu-Tuimavave*, F. Lemalu-Ah Kiong, T. Vaifale-Pouono*, S. Aiono-Matagi, P. Ioane-Laulu …",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Backs: M. Tuimavave-Leota, K. Fonoti-Apelu*, D. Sefo-Lealaiauloto, R. Pouono-Tavita …",
                "",
                "",
                "",
            ),
        ],
        [
            ("* uncapped", "", "", "B"),
        ],
        [
            ("PACIFIC NATIONS CUP FIXTURES", "", "", "B"),
        ],
        [
            ("July 11: Samoa vs Tonga, Apia Park, 3pm", "", "", ""),
        ],
        [
            ("July 18: Fiji vs Samoa, Suva, 3pm", "", "", ""),
        ],
        [
            ("July 25: Samoa vs Japan, Apia Park, 3pm", "", "", ""),
        ],
        [
            ("More from Samoa Sun", "", "", "B"),
        ],
        [
            ("Full coverage: Pacific Nations Cup", "", "", "B"),
        ],
        [
            (
                "Also reported by: Pasifika Sports Wire · 6h  |  Radio Polynesia Apia · 9h",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow Samoa Sun", "", "", "B"),
        ],
        [
            ("Why am I seeing this? · Show fewer stories like this", "", "", "B"),
        ],
    ],
    [
        [
            ("Having trouble reading this email? Open it online.", "", "", "B"),
        ],
        [
            ("THE BENGUELA BRIEF · Wednesday 3 June 2026 · No. 188", "", "", "B"),
        ],
        [
            ("Morning from Walvis Bay.", "", "", "B"),
            ("Today: the flamingo count, a salt road and the tides.", "", "", "B"),
        ],
        [
            (
                "TIDES · Walvis Bay: high 05:12 (1.6 m) and 17:31 (1.5 m) · low 11:20 and 23:44",
                "",
                "",
                "B",
            ),
        ],
        [
            ("PARTNER CONTENT", "", "", "B"),
        ],
        [
            ("Dune 7 Tyre & Exhaust: winter specials on 4x4 tyres.", "", "", "B"),
            ("Book at any branch.", "", "", "B"),
        ],
        [
            ("Flamingo count at Walvis Bay lagoon drops 38% to lowest in 15 years", "", "", "W"),
        ],
        [
            (
                "Bird counters blame silt building up in the lagoon’s southern end",
                "Bird counters",
                "blame",
                "W",
            ),
        ],
        [
            ("By Annelie van Rooyen-Haufiku, environment reporter", "", "", "B"),
        ],
        [
            (
                "Volunteers counted 21,460 flamingos at the Walvis Bay lagoon on Saturday, 38% fewer than in the same count last winter and the lowest number since 2011, the Coastal Birds Trust said.",
                "the Coastal Birds Trust",
                "said",
                "W",
            ),
            ("The count found 16,920 lesser flamingos and 4,540 greater flamingos.", "", "", "W"),
        ],
        [
            (
                "The trust’s count coordinator, Dr. Hendrina Shikongo-Lambert, said 54 volunteers in 11 teams counted the birds between 07:00 and 11:30, at low tide.",
                "Hendrina Shikongo-Lambert",
                "said",
                "W",
            ),
            (
                "She said the southern end of the lagoon, which held about a third of the flamingos a decade ago, had almost none.",
                "Hendrina Shikongo-Lambert",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The mud there is now above the water at most tides,” she said.",
                "Hendrina Shikongo-Lambert",
                "said",
                "",
            ),
            (
                "“The birds feed by filtering the shallows, and there are no shallows left.”",
                "Hendrina Shikongo-Lambert",
                "said",
                "",
            ),
        ],
        [
            (
                "The trust blames silt that has built up since an access road to the salt works was laid across the southern channel in 2019.",
                "The trust",
                "blames",
                "W",
            ),
        ],
        [
            ("THE COUNT IN NUMBERS", "", "", "B"),
        ],
        [
            ("Site | Winter 2025 | Winter 2026", "", "", "B"),
        ],
        [
            ("Walvis Bay lagoon | 34,610 | 21,460", "", "", ""),
        ],
        [
            ("Sandwich Harbour | 6,100 | 6,830", "", "", ""),
        ],
        [
            ("Source: Coastal Birds Trust winter counts.", "", "", "B"),
        ],
        [
            (
                "Pelican Salt Works (Pty) Ltd, which runs the salt pans south of the lagoon, said in a statement that its road had culverts that let the tide through.",
                "Pelican Salt Works (Pty) Ltd",
                "said in a statement",
                "W",
            ),
            (
                "It said the road had not been shown to cause silting and that it had commissioned a hydrological study from a Cape Town firm, due in September.",
                "Pelican Salt Works (Pty) Ltd",
                "said",
                "",
            ),
        ],
        [
            (
                "The Walvis Bay Municipality’s environmental officer, Mr. Josef Gawanab-Nghipandulwa, said it had asked the company in 2024 to widen the culverts.",
                "Josef Gawanab-Nghipandulwa",
                "said",
                "W",
            ),
            (
                "He said the municipality had no power to order the work because the road is on state land leased to the company.",
                "Josef Gawanab-Nghipandulwa",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Environment, Forestry and Tourism said its officials would inspect the road and culverts on June 15.",
                "The Ministry of Environment, Forestry and Tourism",
                "said",
                "W",
            ),
        ],
        [
            (
                "At Sandwich Harbour, 40 km to the south, the count rose 12% to 6,830 birds, which suggests some flamingos moved there, the trust said.",
                "the trust",
                "said",
                "W",
            ),
        ],
        [
            (
                "Three kayak tour operators said their June bookings were down about 20% on last year.",
                "Three kayak tour operators",
                "said",
                "W",
            ),
            (
                "Kayak guide Petrus !Gâseb-Mutota said the birds used to come within 20 metres of his boats.",
                "Petrus !Gâseb-Mutota",
                "said",
                "",
            ),
            (
                "“Now I show the tourists flamingos through binoculars,” he said.",
                "Petrus !Gâseb-Mutota",
                "said",
                "",
            ),
        ],
        [
            (
                "Why it matters: the lagoon usually holds more flamingos in winter than any other wetland in southern Africa, according to the trust.",
                "the trust",
                "according to",
                "W",
            ),
        ],
        [
            ("What’s next: the trust will repeat the count in January.", "", "", "W"),
        ],
        [
            ("ALSO IN THE BRIEF", "", "", "B"),
        ],
        [
            ("→ Swakopmund council approves N$18m sewer upgrade", "", "", "B"),
        ],
        [
            ("→ Seal pup count at Cape Cross up 9%", "", "", "B"),
        ],
        [
            ("Got a tip?", "", "", "B"),
            ("Reply to this email.", "", "", "B"),
        ],
        [
            ("The Benguela Brief is free.", "", "", "B"),
            ("Become a supporter from N$45 a month.", "", "", "B"),
        ],
        [
            ("Forwarded this email? Subscribe at namibtidings.com.na/brief", "", "", "B"),
        ],
        [
            ("Namib Tidings Media (Pty) Ltd, 14 Sam Nujoma Avenue, Walvis Bay", "", "", "B"),
        ],
        [
            ("Unsubscribe · Manage preferences", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n150-pk-quote-then-justice",
        "“A tax imposed behind closed doors is no tax at all,” the bench observed. The judgment, authored by Justice Ali-Bukhari, also barred the metropolitan government from issuing fresh demand notices until a hearing is held. Justice Ullah-Khattak added a two-page note agreeing with it.",
        [
            "“A tax imposed behind closed doors is no tax at all,” the bench observed.",
            "The judgment, authored by Justice Ali-Bukhari, also barred the metropolitan government from issuing fresh demand notices until a hearing is held.",
            "Justice Ullah-Khattak added a two-page note agreeing with it.",
        ],
    ),
    (
        "n150-pk-decimal-question",
        "He said the city had collected Rs1.86 billion in property tax in the first nine months of the 2025-26 fiscal year, against Rs1.21bn in the same period a year earlier, and had spent most of the increase on drains in the walled city. “Who will pay for the drains now?” he asked.",
        [
            "He said the city had collected Rs1.86 billion in property tax in the first nine months of the 2025-26 fiscal year, against Rs1.21bn in the same period a year earlier, and had spent most of the increase on drains in the walled city.",
            "“Who will pay for the drains now?” he asked.",
        ],
    ),
    (
        "n150-pk-qazi-held",
        "Additional Advocate General Qazi Muhammad Anwar-Durrani told the bench that notices of the new rates had been published in two Urdu newspapers on June 12, 2025, and that 214 objections had been received. The bench held that a newspaper notice was not a hearing.",
        [
            "Additional Advocate General Qazi Muhammad Anwar-Durrani told the bench that notices of the new rates had been published in two Urdu newspapers on June 12, 2025, and that 214 objections had been received.",
            "The bench held that a newspaper notice was not a hearing.",
        ],
    ),
    (
        "n150-ph-pm-ends-sentence",
        "The vote was taken at 6:15 p.m. The measure passed 9-3, with two councilors absent. The council also approved, 12-0, a separate ordinance banning tour buses from Session Road on weekends.",
        [
            "The vote was taken at 6:15 p.m.",
            "The measure passed 9-3, with two councilors absent.",
            "The council also approved, 12-0, a separate ordinance banning tour buses from Session Road on weekends.",
        ],
    ),
    (
        "n150-ph-am-pm-mid",
        "Under the ordinance, vehicles not registered in Baguio or Benguet will pay the fee between 7 a.m. and 7 p.m. on Saturdays, Sundays and holidays. Public utility vehicles, ambulances and cars of residents with a city-issued sticker are exempt.",
        [
            "Under the ordinance, vehicles not registered in Baguio or Benguet will pay the fee between 7 a.m. and 7 p.m. on Saturdays, Sundays and holidays.",
            "Public utility vehicles, ambulances and cars of residents with a city-issued sticker are exempt.",
        ],
    ),
    (
        "n150-ph-question-then-no",
        "“Will a family from Dagupan pay P150 to buy strawberries? No, they will go straight to La Trinidad,” he said.",
        [
            "“Will a family from Dagupan pay P150 to buy strawberries?",
            "No, they will go straight to La Trinidad,” he said.",
        ],
    ),
    (
        "n150-ph-engr-initial",
        "The Session Road Business Club said in a statement that 41 of its 63 member establishments had opposed the fee in a survey in May. Its president, Engr. Alvin C. Sagandoy-Wee, said the group would ask the council to exempt vehicles with hotel bookings.",
        [
            "The Session Road Business Club said in a statement that 41 of its 63 member establishments had opposed the fee in a survey in May.",
            "Its president, Engr. Alvin C. Sagandoy-Wee, said the group would ask the council to exempt vehicles with hotel bookings.",
        ],
    ),
    (
        "n150-cy-colon-quote",
        "The Nicosia taxi owners’ association said its 410 members should be allowed to use the bus lanes. Its president, Kyriakos Antoniou-Sofroniou, said: “We carry the same people the buses carry.” Taxis have been allowed in Limassol’s bus lanes since 2023.",
        [
            "The Nicosia taxi owners’ association said its 410 members should be allowed to use the bus lanes.",
            "Its president, Kyriakos Antoniou-Sofroniou, said: “We carry the same people the buses carry.”",
            "Taxis have been allowed in Limassol’s bus lanes since 2023.",
        ],
    ),
    (
        "n150-cy-am-times",
        "He said a three-week trial in April had recorded 6,318 cars in the bus lanes, 71 per cent of them between 7.30am and 9am.",
        [
            "He said a three-week trial in April had recorded 6,318 cars in the bus lanes, 71 per cent of them between 7.30am and 9am."
        ],
    ),
    (
        "n150-sl-bracketed-acronym",
        "Kenema District has recorded 26 confirmed cases of Lassa fever and five deaths since the start of the year, the District Health Management Team (DHMT) said on Wednesday. The cases are more than double the 11 recorded in the same period last year.",
        [
            "Kenema District has recorded 26 confirmed cases of Lassa fever and five deaths since the start of the year, the District Health Management Team (DHMT) said on Wednesday.",
            "The cases are more than double the 11 recorded in the same period last year.",
        ],
    ),
    (
        "n150-sl-dr-colon-list",
        "District Medical Officer Dr. Mohamed Lahai Kallon-Sama told the Standard that 19 of the 26 patients came from three chiefdoms: Nongowa, Lower Bambara and Dama. He said most patients reached the Lassa ward at Kenema Government Hospital more than seven days after their symptoms began.",
        [
            "District Medical Officer Dr. Mohamed Lahai Kallon-Sama told the Standard that 19 of the 26 patients came from three chiefdoms: Nongowa, Lower Bambara and Dama.",
            "He said most patients reached the Lassa ward at Kenema Government Hospital more than seven days after their symptoms began.",
        ],
    ),
    (
        "n150-sl-mrs-spokesperson",
        "The Ministry of Health said in a statement that it had sent 400 vials of ribavirin and 2,000 sets of protective equipment to Kenema on Monday. Its spokesperson, Mrs. Isatu Conteh-Mansaray, said the ministry had also deployed a team of eight to support contact tracing.",
        [
            "The Ministry of Health said in a statement that it had sent 400 vials of ribavirin and 2,000 sets of protective equipment to Kenema on Monday.",
            "Its spokesperson, Mrs. Isatu Conteh-Mansaray, said the ministry had also deployed a team of eight to support contact tracing.",
        ],
    ),
    (
        "n150-sl-ellipsis-lower",
        "In Hangha, a village 9km from Kenema town, trader Hawa Fullah-Jusu, 42, lost her husband to the disease on February 3. “He had fever for one week… we thought it was malaria,” she said in Mende. “By the time we brought him, he could not talk.”",
        [
            "In Hangha, a village 9km from Kenema town, trader Hawa Fullah-Jusu, 42, lost her husband to the disease on February 3.",
            "“He had fever for one week… we thought it was malaria,” she said in Mende.",
            "“By the time we brought him, he could not talk.”",
        ],
    ),
    (
        "n150-mw-ordinal-dates",
        "The Director of Museums and Monuments, Dr. Tamanda Gondwe-Kachali, said the re-roofing contract had been awarded to Nyika Roofing and Construction Limited after a tender that closed on 6th March, 2026. She said works would start on 4th May, 2026. The contractor is expected to complete the works within seven months.",
        [
            "The Director of Museums and Monuments, Dr. Tamanda Gondwe-Kachali, said the re-roofing contract had been awarded to Nyika Roofing and Construction Limited after a tender that closed on 6th March, 2026.",
            "She said works would start on 4th May, 2026.",
            "The contractor is expected to complete the works within seven months.",
        ],
    ),
    (
        "n150-mw-honourable-mp",
        "Speaking at the launch of the 2026/27 cultural calendar in Lilongwe on Monday, the Minister of Tourism, Culture and Wildlife, Honourable Chimwemwe Nkhoma-Mwale, MP, said culture was 'not a luxury but a livelihood' for thousands of Malawians.",
        [
            "Speaking at the launch of the 2026/27 cultural calendar in Lilongwe on Monday, the Minister of Tourism, Culture and Wildlife, Honourable Chimwemwe Nkhoma-Mwale, MP, said culture was 'not a luxury but a livelihood' for thousands of Malawians."
        ],
    ),
    (
        "n150-mw-single-quote",
        "He said the Chambo Nights festival in his area had been cancelled in 2024 and 2025 for lack of funds. 'This year the drums will sound again,' he said.",
        [
            "He said the Chambo Nights festival in his area had been cancelled in 2024 and 2025 for lack of funds.",
            "'This year the drums will sound again,' he said.",
        ],
    ),
    (
        "n150-vu-hon-chief",
        "Speaking to reporters after the vote, Ravu-Tamata said he would bring a new motion when Parliament next sits in March. Speaker of Parliament Hon. Chief Willie Kalsong-Marae later ruled that a second motion could not be lodged within three months of the first. The ruling means no new motion can be lodged before January 21.",
        [
            "Speaking to reporters after the vote, Ravu-Tamata said he would bring a new motion when Parliament next sits in March.",
            "Speaker of Parliament Hon. Chief Willie Kalsong-Marae later ruled that a second motion could not be lodged within three months of the first.",
            "The ruling means no new motion can be lodged before January 21.",
        ],
    ),
    (
        "n150-vu-one-mp",
        "One MP was absent. The motion needed the votes of 27 members, an absolute majority of the 52-seat Parliament.",
        [
            "One MP was absent.",
            "The motion needed the votes of 27 members, an absolute majority of the 52-seat Parliament.",
        ],
    ),
    (
        "n150-vu-dr-quote-end",
        "Dr. Nalisa Worek-Sethy, a politics lecturer at the University of the South Pacific’s Emalus Campus, said the result showed “how cheap loyalty has become”. She said 11 of the 27 MPs who voted against the motion held ministerial posts or chaired a state-owned enterprise.",
        [
            "Dr. Nalisa Worek-Sethy, a politics lecturer at the University of the South Pacific’s Emalus Campus, said the result showed “how cheap loyalty has become”.",
            "She said 11 of the 27 MPs who voted against the motion held ministerial posts or chaired a state-owned enterprise.",
        ],
    ),
    (
        "n150-sc-ms-governor",
        'CBS Governor Ms. Anne-Marie Labrosse-Vidot told a press briefing at the bank\'s headquarters in Victoria that the committee saw "no case for a change in either direction". She said credit to the private sector grew 7.4% in the year to April, led by loans for construction and tourism.',
        [
            'CBS Governor Ms. Anne-Marie Labrosse-Vidot told a press briefing at the bank\'s headquarters in Victoria that the committee saw "no case for a change in either direction".',
            "She said credit to the private sector grew 7.4% in the year to April, led by loans for construction and tourism.",
        ],
    ),
    (
        "n150-sc-colon-straight-quote",
        'Foreign exchange reserves stood at US$812 million at the end of April, equal to 4.1 months of imports, the Governor said. Asked whether the bank would act to stop the rupee strengthening further, she said: "We do not target a level."',
        [
            "Foreign exchange reserves stood at US$812 million at the end of April, equal to 4.1 months of imports, the Governor said.",
            'Asked whether the bank would act to stop the rupee strengthening further, she said: "We do not target a level."',
        ],
    ),
    (
        "n150-sc-ltd-end",
        "(c) 2026 Takamaka Media (Seychelles) Ltd. All rights reserved.",
        ["(c) 2026 Takamaka Media (Seychelles) Ltd.", "All rights reserved."],
    ),
    (
        "n150-to-ellipsis-capital",
        "The town officer of Koulo, Tevita Fifita-Lolohea, said the village’s two community tanks had been empty since April and that families were paying T$180 for a 5,000-litre truckload of water. “In my life I have not seen Lifuka like this… The children are washing in the sea,” he said in Tongan.",
        [
            "The town officer of Koulo, Tevita Fifita-Lolohea, said the village’s two community tanks had been empty since April and that families were paying T$180 for a 5,000-litre truckload of water.",
            "“In my life I have not seen Lifuka like this…",
            "The children are washing in the sea,” he said in Tongan.",
        ],
    ),
    (
        "n150-to-mr-nemo",
        "NEMO director Mr. Sione Lolohea-Mafi said 640 households in Haʻapai, about 60% of the total, relied on rainwater tanks as their only source of drinking water. He said each household in Haʻapai was being given 40 litres a day from the deliveries.",
        [
            "NEMO director Mr. Sione Lolohea-Mafi said 640 households in Haʻapai, about 60% of the total, relied on rainwater tanks as their only source of drinking water.",
            "He said each household in Haʻapai was being given 40 litres a day from the deliveries.",
        ],
    ),
    (
        "n150-sz-mrs-president",
        "The association has 598 member schools. Its president, Mrs Nomcebo Mamba-Shongwe, head teacher of a school in Siteki, said her school owed E14,200 in electricity bills. She said the association had written to the ministry three times since February.",
        [
            "The association has 598 member schools.",
            "Its president, Mrs Nomcebo Mamba-Shongwe, head teacher of a school in Siteki, said her school owed E14,200 in electricity bills.",
            "She said the association had written to the ministry three times since February.",
        ],
    ),
    (
        "n150-gm-exclaim-attrib",
        "He said young men had taken turns to guard the kraals at night since January. “We thank God and the police, but we want all our animals back!” he said in Mandinka.",
        [
            "He said young men had taken turns to guard the kraals at night since January.",
            "“We thank God and the police, but we want all our animals back!” he said in Mandinka.",
        ],
    ),
    (
        "n150-gm-no-designation",
        "Police said the suspects had made statements to investigators and would be charged with stealing and receiving stolen property. They are due to be arraigned at the Brikama Magistrates’ Court No. 2 on Tuesday. Police said they were working with the Senegalese gendarmerie to trace another 31 cattle believed to have been taken across the border.",
        [
            "Police said the suspects had made statements to investigators and would be charged with stealing and receiving stolen property.",
            "They are due to be arraigned at the Brikama Magistrates’ Court No. 2 on Tuesday.",
            "Police said they were working with the Senegalese gendarmerie to trace another 31 cattle believed to have been taken across the border.",
        ],
    ),
    (
        "n150-ws-afioga-title",
        "Samoa Rugby Union chairman Afioga Lealaiauloto Mikaele Faleolo-Tanuvasa said the union had paid all players’ match fees from last season, after a dispute over WST$412,000 in unpaid fees in 2025. He said each player would receive WST$1,500 per Test, up from WST$1,200. “We have cleaned the house,” Lealaiauloto said.",
        [
            "Samoa Rugby Union chairman Afioga Lealaiauloto Mikaele Faleolo-Tanuvasa said the union had paid all players’ match fees from last season, after a dispute over WST$412,000 in unpaid fees in 2025.",
            "He said each player would receive WST$1,500 per Test, up from WST$1,200.",
            "“We have cleaned the house,” Lealaiauloto said.",
        ],
    ),
    (
        "n150-na-pty-ltd",
        "Pelican Salt Works (Pty) Ltd, which runs the salt pans south of the lagoon, said in a statement that its road had culverts that let the tide through. It said the road had not been shown to cause silting and that it had commissioned a hydrological study from a Cape Town firm, due in September.",
        [
            "Pelican Salt Works (Pty) Ltd, which runs the salt pans south of the lagoon, said in a statement that its road had culverts that let the tide through.",
            "It said the road had not been shown to cause silting and that it had commissioned a hydrological study from a Cape Town firm, due in September.",
        ],
    ),
    (
        "n150-na-dr-times",
        "The trust’s count coordinator, Dr. Hendrina Shikongo-Lambert, said 54 volunteers in 11 teams counted the birds between 07:00 and 11:30, at low tide. She said the southern end of the lagoon, which held about a third of the flamingos a decade ago, had almost none.",
        [
            "The trust’s count coordinator, Dr. Hendrina Shikongo-Lambert, said 54 volunteers in 11 teams counted the birds between 07:00 and 11:30, at low tide.",
            "She said the southern end of the lagoon, which held about a third of the flamingos a decade ago, had almost none.",
        ],
    ),
]
