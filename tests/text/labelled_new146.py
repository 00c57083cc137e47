"""Hundred-and-forty-sixth set of new hand-labelled pages for the hint engines (tuning set, round fifty-four):
twelve WHOLE pages of everyday news from twelve countries the earlier sets are thin on, each pasted
a DIFFERENT way, and the paste shows it: the furniture of the paste way sits at the head, at the
tail and in the middle of the story, on top of the site's own. The pages: a Ghanaian news site
pasted from a phone's share-to-notes (a road crash: seven killed as a bus and a fuel tanker collide
near Nsutapong); a Sri Lankan business site in a browser's reader mode (a power tariff: the PUCSL
cuts electricity tariffs by 11.6%); a Scottish local paper's AMP page (a council budget: council tax
up 8.5% in Dumfries and Galloway); a Maltese arts foundation's press release copied out of a PDF (a
festival: 52 events over 11 nights, free entry kept); a Namibian paper's morning email newsletter,
forwarded (a drought: Kunene farmers sell off herds); a Bangladeshi Bengali-language daily read
through a browser's machine translation (school results: the SSC pass rate rises to 83.04 percent);
a Trinidad and Tobago paper in a browser's print view with its URL footer (a court case: a former
corporation clerk charged with fraud gets bail); an Estonian English-language site's text-only
version (a port: Port of Tallinn cargo down 14%); a Chilean English-language site from a web archive
copy with its banner (a fishing dispute: artisanal fishers block the port of Coronel); a Fijian
commuters' messaging-app group with a pasted story and replies (a bus strike on the Suva–Nausori
corridor); a Cypriot story on a news aggregator's page (a hospital: emergency patients wait up to 19
hours at Limassol General); and a Papua New Guinean paper's tablet app (a sports result: a rugby
league club goes top with a 26-18 win).

What is hard is the paste itself and, inside it, who says what and what is worth checking. Each
paste way brings its own furniture: a shared page title and URL and labels GLUED to their text with
no space ("By Yaw Darkwah-Ansong3 hours ago", "ADVERTISEMENTContinue reading below", "READ
ALSO:Tanker ..."); a reader view's domain, author and reading-time lines and a caption sharing a
paragraph with its bracketed credit; an AMP newsletter form pasted with all its states ("Thank you
for signing up!", "Sorry, there seem to be some issues." / "Please try again later.",
"Submitting..."); a PDF's letterhead, reference and release lines, page footers and running headers
in mid-story, "– ENDS –", notes to editors, ligatures ("ﬂoating", "ﬁrst"), a hyphenated line break
("pro- gramme") and Symbol-font bullets; a forward header under the forwarder's own note and a
newsletter's greeting, sponsor block, teasers and unsubscribe lines; a translate bar, a
Bengali-script masthead and an untranslated Bengali calendar date, and translated English ("gave
this information", "That is, ...", lakh-and-thousand numbers, a "He said" for a woman); a print
header and a URL footer with page counters at the page break and at the end; a text-only version's
bracketed menu, an "[Image: ...]" placeholder, link markers glued to words ("Statistics
Estonia[2].") and a "Links:" list; an archive banner with capture counts and date strips, an "[Image
unavailable]" slot and a "Loading comments…" line; chat prefixes ("[13/05/26, 6:48 am] Sailosi
Delaimoala:") in front of the pasted text, a deleted message and an omitted image; an aggregator's
source label, "Story by" line, sponsored block and "Hide stories from ..."; a tablet app's reading
tools, "Swipe up to keep reading" and "Tap to view gallery (4 photos)". Speakers come with titles to
drop and particles to keep: Chief Superintendent, Dr., Hon., Alhaji, Prof., Eng., Cllr, Perit, Hon.
Dr, Mro., Governor, Professor Dr., Magistrate, Sgt., Cpl., Ratu, Adi; "de" ("De Abrew said", "De
Souza-Lezama asked" at a sentence start, "de Souza-Lezama said" after a quote), "del" ("Del Canto
said"), "van" ("Van Heerden-Swart said"), "Mac an" and "Nic" in Gaelic surnames, "Md.", initials
("W. A. Nalaka Amarasekara") and a click letter ("!Nanus-Gaingob said"). Records (counts, prices,
tariffs, votes, rulings, dates fixed by the body that sets them, first-person records) sit beside
opinions, forecasts, hedged plans, advice, quips and feelings.

The pages hold 528 sentences in 385 paragraphs: 228 "B", 193 "W" and 107 ""; 186 sentences
carry a speaker (106 distinct speakers page by page; 103 distinct labels). `STYLES`
describes each page, its paste way, its story, its labels and its furniture in order; `CASES` holds
30 split cases cut from the pages (abbreviations that end a sentence: "6:25 a.m.", "5 a.m.", "3.15
p.m.", "Rs. 14.", "S.A.", "AS.", "Ltd." before "Registered in Scotland No. SC412877."; ones that do
not: "Dr.", "Prof.", "Professor Dr. Md.", "Cpl.", "Sgt.", "Hon. Dr", "Rs. 4.50", "3:30 a.m. with";
initials; quotes split into two sentences, carried on with no cue, or opened with "He said, '"; chat
prefixes before a headline and before a sentence; a caption with its credit; a forwarder's note;
numbered notes; copyright lines).

Written from scratch for issue 13 in round fifty-four, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff]`
tables of `pyproject.toml`; and, through `ast`, the docstrings and `STYLES` of `labelled_new143.py`
and `labelled_new144.py`, the first fourteen paragraphs, page sizes and first three cases of
`labelled_new144.py` and the case ids of `labelled_new143.py`, plus the opening lines of
`labelled_new144.py`'s `STYLES`, `ARTICLES` and `CASES` blocks and its last lines, to see the
formatting; a scan of the `labelled_new*.py` sets through `ast` counted sentences holding a line
break (none). Coined names were checked with `grep -rlF` file lists over `tests/text` (names of
files only, no text shown); the twenty-two that hit (surnames and full names, a festival, an
aggregator's brand, a consumer group, a doctors' group and a car park) were renamed, then nine more
(seven replacements that hit again and two names checked late), before the file was written; two
common given names that hit (Hendrik, Shalvin) were kept.

Every person, outlet, newsletter, aggregator, app, foundation, union, forum, association,
federation, group, company, terminal, club, school, statement, report, survey, post and figure is
invented, and so are the small places (Nsutapong, Obuoho, Asaman-Nkwanta, Asenema, Glenskellie,
Okaturua, Cocoa Rest Trace, Caleta Piedra Blanca, Nadoi Heights, Lalopa Oval). Real countries,
regions, cities, towns, roads, ports, hospitals, courts, ministries, agencies, regulators,
utilities, councils and other public bodies appear only as settings, with invented statements and
figures: Accra, Kumasi, Koforidua, the Eastern Region, the Eastern Regional Hospital, the Ghana
Police Service's regional command and its Motor Traffic and Transport Department, the National Road
Safety Authority, the Ghana Private Road Transport Union and the Ministry of Roads and Highways;
Colombo, the Public Utilities Commission of Sri Lanka and the Ceylon Electricity Board; Dumfries and
Galloway Council, Dumfries, the A7, East Lothian, Falkirk and the Scottish Government; Valletta, the
Grand Harbour, the Valletta Waterfront, the City Gate, the Valletta Local Council, the Malta Tourism
Authority and Arts Council Malta; the Kunene Region, Opuwo, Otavi, Windhoek, Otjiwarongo, Rundu,
Walvis Bay, Zambezi and the University of Namibia; Dhaka, the education boards, the Institute of
Education and Research of Dhaka University; Sangre Grande and its regional corporation, magistrates'
court and police station, the Fraud Squad, the Auditor General, Miami and Barbados; Tallinn, Muuga,
Ülemiste, Helsinki, the Port of Tallinn and Statistics Estonia; Santiago, Coronel, the Biobío
region, the Golfo de Arauco, Concepción, Chiloé, the Undersecretary for Fisheries and Carabineros;
Suva, Nausori, the Land Transport Authority, the Fijian Competition and Consumer Commission and the
Ministry of Education; Limassol, Larnaca, Paphos, Limassol General Hospital, the State Health
Services Organisation and the Health Insurance Organisation; Goroka, Kokopo, Port Moresby, Mt Hagen
and Lae.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, strip, byline, date line, banner
line, header, footer, prefix, placeholder, caption, credit, table row, list item, note and legal
line is a paragraph of its own, or a sentence of its own where the paste put it on one line with the
text); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
Furniture is "B" line by line, whatever it says, and never carries a speaker; headlines and
standfirsts are never split and are flagged by content, their "say" carrying the source as the story
first gives it ("police", "Artisanal crews", "nurses"); a caption is flagged by content and its
credit is "B"; tables pasted as lines have "B" titles, header rows and source lines and "" rows, and
a scorers box is data ""; a person is named in full as first given, without titles or roles, and a
pronoun, a surname, a given name with a title ("Ratu Josaia said") or a surname with its particle
resolves to that name; a generic noun for a body is kept as written; "according to X" keeps X as
written; a quote over several sentences carries its speaker and cue in each, including a quote
carried on in a second pair of quote marks with no cue; a question or exclamation inside a quote
followed by its attribution is one sentence ("“Mipela i no save les!” shouted one fan ..." carries
"one fan" with "shouted").

Conventions this set had to settle, in the same spirit:

* The paste way's own furniture is "B" like the site's: a notes share's page-title line and URL; a
  reader view's domain, author-only and reading-time lines; an AMP form's button and state lines; a
  PDF's letterhead, reference, release, page-footer, running-header, "– ENDS –", sponsor,
  notes-to-editors and media-contact lines (the notes too, though they state facts about the
  foundation: they are its "about" block); a forwarded email's header lines AND the forwarder's own
  covering note, sign-off and device line (not the story, though it repeats a deadline); a
  newsletter's browser link, masthead, issue line, greeting, section labels, sponsor block, teasers
  and subscription lines; a translate bar and an untranslated calendar date; a print view's header
  (date, time, page title), URL footer, page counters and "Printed from" line; a text-only version's
  switch line, bracketed menu, "[Image: ...]" placeholder (an image stand-in, not a caption),
  "[Advertisement hidden ...]", "[Back to top]" and numbered link list; an archive banner's captured
  URL, counts, date strips and "About this capture", and "[Image unavailable]" and "Loading
  comments…"; an aggregator's chips, source label, "Story by" line, "Follow", sponsored block,
  reactions, "Hide stories from ..." and "Report an issue"; a tablet app's edition, page, tool,
  gallery, swipe and offline lines.
* Labels GLUED to their text with no space ("By Yaw Darkwah-Ansong3 hours ago", "Photo credit:Yaw
  ...", "ADVERTISEMENTContinue reading below", "READ ALSO:Tanker ...") stay one sentence as pasted,
  and are "B" with their text, since every glued pair here is furniture.
* A messaging-app prefix ("[13/05/26, 6:48 am] Sailosi Delaimoala:") is its own "B" sentence in
  front of the message's first line, which is labelled by what it says (the pasted headline "W",
  "The Land Transport Authority (LTA) said ..." "W"); the group's replies, deleted messages, omitted
  images and emoji are "B" like comments, even the one that reports news ("Council just said on
  radio ...").
* A link marker glued to a word ("on Wednesday[1].", "according to Statistics Estonia[2].") stays in
  the sentence and does not split it; the speaker drops it ("Statistics Estonia").
* PDF artefacts stay as pasted and change neither splits nor labels: ligatures ("ﬂoating", "ﬁrst",
  "ﬁreworks"), a hyphen left by a line break ("pro- gramme") and a Symbol-font bullet (U+F0B7) that
  a list item keeps, as a numbered item keeps its number; a two-sentence note splits at its full
  stop.
* Machine-translated text is labelled by what the translation says: "gave this information" is a
  cue; a quote opened with "He said, '" over two sentences carries the speaker in both; a pronoun of
  the wrong gender left by the translation ("He said" after a head teacher who is a woman) resolves
  to the person it plainly refers to.
* A bare title that refers back to a person named earlier ("the magistrate said", "the Education
  Minister said") resolves to that person, like a pronoun; a generic noun for a BODY stays as
  written ("the commission", "the authority", "the command", "The council", "the corporation", "the
  Foundation", "The Foundation", "The company", "The group", "the federation", "the club", "the
  ministry"). A person acting without a verb of saying ("The magistrate refused, ordering her to
  ...") carries no speaker.
* A named body that is the subject of the verb is named without its leading article and bracketed
  acronym ("The Ghana Private Road Transport Union (GPRTU) said" -> "Ghana Private Road Transport
  Union", "The Namibia Meteorological Service expects" -> "Namibia Meteorological Service"), and a
  later acronym resolves to it ("The PUCSL said", "the LTA warned"); after "according to" the same
  body keeps its article, as written ("the Namibia Meteorological Service"). A descriptor before a
  name is dropped ("the terminal operator Muelles del Golfo S.A.", "The industrial association
  Pelágicos del Sur"), a legal suffix kept ("S.A.", "AS"); a document or data set with its own verb
  keeps itself as written ("the hospital's figures show", "Figures from the Health Insurance
  Organisation show", "An economic impact study by the Foundation estimated", "The Auditor General's
  2024 report on the regional corporations flagged").
* A passive report ("The cuts were confirmed to the Dispatch ... by the terminal's operator,
  Raudsilla Terminaal AS.") carries the agent, descriptor dropped, with "confirmed"; when an act
  with its object comes before a participle of saying ("objected to bail, telling the court",
  "rejected the claim, saying", "rejected the CEB's request ..., saying") the cue is the participle
  phrase ("telling the court", "saying"); "promised", "urged", "warned", "expects", "allege",
  "asked", "shouted", "wrote on X" and "did not respond to a request for comment" are cues as
  written.
* An official's firm promise on the record ("promised that the state would pay their medical bills")
  is "W"; a date hedged with "should", "could" or "would be completed" in someone else's hands is
  ""; a time a body fixes for its own next step ("Checkpoints will be mounted ... from Monday",
  "Applications close on 12 June", "A meeting ... is planned for Thursday", "will publish its
  half-year results on August 13", re-scrutiny dates) is "W".
* A lead-in ending in a colon ("The savings include:") is ""; the bulleted decisions under it are
  "W".
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Ghanaian NATIONAL NEWS SITE (Eastern Region), pasted from a PHONE\'S SHARE-TO-NOTES: the shared page title with the site name and the URL on top, single line breaks (each line a paragraph) and labels GLUED to their text with no space ("KENTE COURIERHomeNews...", "By Yaw Darkwah-Ansong3 hours ago", "Listen to this article00:00/04:12", "Photo credit:Yaw ...", "ADVERTISEMENTContinue reading below", "READ ALSO:Tanker ...", "Tags:Accident...", "ShareFacebookX...", "Leave a ReplyCancel reply"), all "B". A ROAD CRASH: seven killed as a Sprinter bus and a fuel tanker collide near Nsutapong Junction. Headline of record "W"; standfirst "..., police say" a causal finding "W" carrying "police"; a caption "" and its glued credit "B". Body: lead "police said" "W"; injured counts "W"; "The Eastern Regional Police Command said" (article dropped) with "5:40 a.m." mid-sentence "W"; a Chief Superintendent (title dropped) with "told the Kente Courier" "W" and a quote carried on in a second pair of quote marks with no cue ("W", same speaker and cue); "He said" resolving to him "W"; "6:25 a.m." ending a sentence before "The highway" (both "W"); "according to the police" "W" and "Their names have not been released." ""; a survivor\'s departure time "W", her speeding claim "W" and a quote split into two sentences whose second holds a reported "he said" inside the quote ("", still hers); "Dr." dropped with a hospital record "W" and an appeal ""; "Hon." dropped with "promised that the state would pay" "W"; a glued READ ALSO "B"; "According to the National Road Safety Authority" as written "W" then "the authority said" kept as written "W"; the GPRTU named with its acronym in brackets (article and acronym dropped) "said in a statement" "W"; "Alhaji" dropped, his opinion "" and a two-sentence quote ""; a contract record "W"; a ministry\'s hedged date "should be finished" ""; "Police urged" advice ""; "the command said" a checkpoint date "W". Tail: tags, share strip, related list, comment furniture and a copyright split after "Kente Courier." (all "B").',
    'Sri Lankan BUSINESS NEWS SITE (Colombo), pasted from a BROWSER\'S READER MODE: no menus, just the domain line, the title, the author\'s name alone, a reading-time line ("7–9 minutes"), a caption with its credit in brackets in the same paragraph, a table, an "Also Read:" link left in mid-story, and tags and previous/next article links at the tail ("B" apart from title, standfirst and caption). A POWER TARIFF: the PUCSL cuts electricity tariffs by an average 11.6% from July 1 and rejects the CEB\'s call for an increase. Headline of record "W"; standfirst of record "W". Body: "The Public Utilities Commission of Sri Lanka (PUCSL) ... announced" "W" (article and acronym dropped); "the commission said" kept as written with "Rs. 4.50" and "Rs. 6," mid-sentence "W"; "Rs. 14." ending a sentence before "Monthly fixed charges" (both "W"); the caption "" and "(Picture by ...)" "B" in one paragraph; a tariff table pasted as lines (title, header and source "B", rows with "Rs." "" ); "Rs. 8 per unit" mid-sentence and "Rs. 37." ending a paragraph "W"; the chairman ("Prof." dropped) "told a media briefing" "W", a quote split at "fail." ("" twice) and hydropower shares "W"; the general manager ("Eng." dropped) with a hedge "" and a quote ""; "according to the board\'s annual report" "W"; "The PUCSL rejected ..., saying" "W" (cue "saying", the acronym resolving to the commission); a minister who "wrote on X" ""; an MP\'s "too little, too late" "" and his arrears figure "W"; a consumer convener "de Abrew" ("De Abrew said" capitalised at a sentence start) with a saving worked from the table "W", a demand and a feeling ""; a forum\'s average price "W" and its secretary with initials ("W. A. Nalaka Amarasekara", named after the quote) ""; a hotel tariff "W"; "The PUCSL said" the next review "W". Tail: tags and previous/next links "B".',
    'Scottish LOCAL NEWSPAPER\'s website (Dumfries and Galloway), pasted from an AMP PAGE: a menu button "☰", "Advertisement" slots at head and mid-story, and the AMP newsletter form pasted with all its states ("Sign up", "Thank you for signing up!", a subscription pitch, "Sorry, there seem to be some issues." / "Please try again later.", "Submitting..."), then "Show comments", "Back to top", "Click here to view the full version of this page" (all "B"). A COUNCIL BUDGET: council tax up 8.5% as the council closes a £14.6m gap. Headline of record "W"; standfirst of record "W"; byline, published line and share strip "B". Body: lead, vote and gap arithmetic "W" with no speaker; the council leader ("Cllr" dropped) with an opinion "", a grant record "W" and a quote carried on with no cue ""; "The savings include:" "" and four bulleted savings "W"; the opposition leader with the Gaelic particle ("Mac an Tàilleir", capitalised as written at a sentence start) with a forecast "" and a quip ""; the defeated amendment "W" with no speaker; a union branch secretary ("NicLeòid") with job losses "W" and "A council spokesperson said" disputing the figure "W"; a community council chair\'s record "W" and a two-sentence quote with "he said" after the second (""); other councils\' rises "W". Tail: read-more list, AMP links, legal links and a company line split after "Ltd." with "No. SC412877." not splitting (all "B").',
    'Maltese PRESS RELEASE COPIED OUT OF A PDF (a public arts foundation, Valletta): letterhead lines in English and Maltese, "PRESS RELEASE", a reference line, a release line, a page footer with the address and a running header mid-story ("Page 1 of 3" / address / "HAF/PR/07/2026 – 2") and again before the highlights, "– ENDS –", "Notes to editors" with numbered notes and a media contact, and PDF artefacts kept in the text: ligatures ("ﬂoating", "ﬁrst", "ﬁreworks") and a hyphenated line break ("pro- gramme"), and a Symbol-font bullet (U+F0B7) before each programme item. A FESTIVAL: the Valletta Harbour Lanterns festival returns with 52 events over 11 nights, free entry kept. Headline of record "W". Body: "the Harbour Arts Foundation announced today" "W"; free entry and ticket price "W"; "according to a visitor survey commissioned by the Foundation" "W"; the chairperson ("Perit" dropped, named after the quote) with a feeling "" and a quote carried on with no cue ""; "An economic impact study by the Foundation estimated" "W"; the programme record with artefacts "W"; the minister ("Hon. Dr" dropped, named after the figure) "W" and his quip ""; "the Foundation said" kept as written with curfew times "W"; fireworks "W"; "The Foundation expects" a forecast ""; the artistic director ("Mro." dropped) ""; shuttle, volunteers and a closing date "W"; the programme items ""; the publication date of the programme "W". Sponsors, notes (a note of two sentences split at "Valletta.") and contact lines "B".',
    'Namibian NATIONAL NEWSPAPER\'s MORNING EMAIL NEWSLETTER, FORWARDED: the forwarder\'s note on top (two sentences, a sign-off and "Sent from my Galaxy"), the forwarded-message header (From, Date, Subject, To), then the newsletter\'s own furniture ("View this email in your browser", masthead, an issue line with "Issue No. 1,482", "Good morning." / "Here\'s what you need to know today.", "TOP STORY", a sponsor block of two sentences, "IN OTHER NEWS" teasers with arrows, the subscription, unsubscribe, postal and copyright lines): all "B", the forwarder\'s note included. A DROUGHT: Kunene farmers sell off herds as the dams run dry. Headline of record "W"; byline "B". Body: "according to the regional agriculture office" and "according to the Namibia Meteorological Service" as written "W"; a communal farmer\'s sale "W" and his saying ""; the relief scheme and registrations "W" and "the ministry said" a deadline "W"; the governor (title dropped) with broken pumps "W", a trucking record "W" and a quote carried on with no cue ""; "according to the national water utility\'s weekly bulletin" "W"; a climatologist ("Dr." dropped) whose surname begins with a click letter ("!Nanus-Gaingob", and "!Nanus-Gaingob said" after a quote split at "year.") with a record "W" and the quote ""; a commercial farmer with the particle "van" ("Van Heerden-Swart said" at a sentence start) with a grazing price "W" and a plan ""; a grazing-fee suspension "W"; "The Namibia Meteorological Service expects" a forecast "".',
    'Bangladeshi BENGALI-LANGUAGE DAILY\'s website read through a BROWSER\'S MACHINE TRANSLATION: the translate bar ("Translated from: Bengali › English   Show original"), a masthead in Bengali script with its translation, a menu, a date line with the Bengali calendar date left untranslated, a share strip, an advertisement label and a "Read more:" link mid-story (all "B"), and translated English throughout ("That is, ...", "gave this information", "Student of that school ... said, \'...\'", numbers in lakh and thousand words, straight single quotes). SCHOOL RESULTS: the SSC pass rate rises to 83.04 percent. Headline of record "W". Body: pass rates, the difference, examinees and passes and GPA-5 counts "W" with no speaker; the minister ("Professor Dr." dropped, "Md." kept) "gave this information" "W" and a two-sentence quote opened with "He said, \'" ("W" twice); a board table pasted as lines (title and header "B", rows ""); lowest board, zero-pass and full-pass institutions "W"; a board chairman ("Professor" dropped) "told Shapla Barta" instructions "" and a re-scrutiny window "W"; a head teacher who is a woman but whom the translation calls "He" ("He said" resolves to her): tears "" and her school\'s results "W"; a student\'s two-sentence quote ""; a professor\'s opinion "" and an admission-test record "W"; "the Education Minister said" (resolving to the minister named earlier) with the next examination month "W". Tail: share line, related list, editor line and copyright "B".',
    'Trinidad and Tobago NATIONAL NEWSPAPER\'s website pasted from a BROWSER\'S PRINT VIEW: the print header (date, time and page title) at the top and again after the page break, "Print | Close window", the URL footer and page counters ("1/2", "2/2") at the page break mid-story and at the tail, "Printed from ..." and a copyright line (all "B"). A COURT CASE: a former regional corporation clerk charged with 14 counts of fraud over $412,608 in cheques gets $350,000 bail. Headline of record "W"; byline and date "B". Body: the charge and bail "W" and her appearance with "Magistrate" dropped and "Court No. 2" mid-sentence "W"; "not called upon to plead" "W"; "Police allege" "W"; "Cpl." mid-sentence ending a sentence before "The charges were laid" (both "W"); the maximum penalty "W"; the prosecutor ("Sgt." dropped) "objected to bail, telling the court" (cue "telling the court") "W", his untraced sum "W" and his concern ""; the defence attorney with the particle "de" (lower case mid-sentence, "De Souza-Lezama asked" at a sentence start) with his client\'s record "W", the trips "W", a vow "" and a request with "asked" ""; after the page break, the magistrate\'s words with "the magistrate said" (resolving to her) "", her order as an act with no speaker "W", the adjournment "W", "3.15 p.m." ending a sentence before "Her sister" ("W" then ""); the accused who "did not speak" "" and the gallery ""; "the corporation said" kept as written "W" twice; the chairman "told the Sentinel" "W" and "he said" "W"; "did not respond to a request for comment" ""; an auditor\'s report that "flagged" (the report as written) "W"; "is expected to be charged, police said" "".',
    'Estonian ENGLISH-LANGUAGE NEWS SITE (Tallinn), pasted from its TEXT-ONLY (LITE) VERSION: a "TEXT-ONLY" masthead, a switch line, a bracketed menu, a byline with a dotted date and time, an "[Image: ...]" placeholder, link markers glued to the words they follow ("on Wednesday[1].", "Statistics Estonia[2]."), a "Read also: [3] ..." link, "[Advertisement hidden in text-only version]", a bracketed share line, "[Back to top]", a "Links:" list of numbered URLs, footer links and a copyright with "OÜ" (all "B"). A PORT: cargo at the Port of Tallinn down 14% in the first quarter as eastern transit dries up. Headline of record "W". Body: "the state-owned port operator said in its interim report" kept as written "W"; cargo, passenger and ro-ro figures "W"; a share-price fall "W"; the chief executive with straight quotes "told the Dispatch" a forecast "" and a quote carried on with no cue ""; "He said" revenue and profit "W"; "according to Statistics Estonia[2]" with the marker dropped from the speaker "W"; a terminal\'s job cuts "W" and a passive confirmation ("were confirmed ... by the terminal\'s operator, Raudsilla Terminaal AS." carrying the operator with "confirmed") ending on "AS." before "The company said" (both "W"); "Saarepuu said" a plan "" and a lease signed "W"; a union head with job losses "W", a two-sentence quote "" and membership "W"; a minister\'s policy "" and quip "" and a dredging sum "W"; a bank economist\'s forecast "" and quip "" and a dividend "W"; a five-quarter record and the half-year results date "W".',
    'Chilean ENGLISH-LANGUAGE NEWS SITE (Santiago) pasted from a WEB ARCHIVE COPY: the archive\'s banner on top (the captured URL, the capture count, the date range, the month and year strips with arrows, "About this capture"), then the page with an "[Image unavailable]" placeholder where the photo failed to archive, an "ADVERTISEMENT" slot and a "Loading comments…" line left mid-story (all "B"), a related list and a copyright line. A FISHING DISPUTE: artisanal fishers block the port of Coronel for a second day over the jack mackerel quota. Headline of record "W"; standfirst "Artisanal crews say ..." "W" carrying them; byline and date "B"; a caption "" and its credit "B". Body: "port officials said" "W"; the quota split and its basis "W"; "5 a.m." ending a sentence before "Fishers on the breakwater" ("W" then ""); a federation president with the particle "del" ("Del Canto said" at the end of a quote split at "charity.") with a quota record "W", the quote "" and membership "W"; "said the terminal operator Muelles del Golfo S.A." (descriptor dropped, "S.A." kept) ending a sentence before "The company said" (both "W", "The company" kept as written); the undersecretary (title dropped) with a legal statement "W" and her "unacceptable" ""; "The industrial association Pelágicos del Sur said" (descriptor dropped) and "It said" resolving to it "W"; a seaweed collector with two surnames ""; "Carabineros said" "W"; a meeting fixed by "the federation" "W".',
    'Fijian COMMUTERS\' MESSAGING-APP GROUP, the chat pasted as text: a group line, then each message with its "[date, time] Name:" prefix, which is kept as its own "B" sentence in front of the message\'s first line; a member pastes a news story in two messages (the headline in WhatsApp-style asterisks, an italic source line, a byline), then a link line and the preview\'s domain and URL, then replies, a deleted message, an omitted image and emoji (prefixes and replies all "B", whatever they say, like comments). A BUS STRIKE: operators park 300 buses on the Suva–Nausori corridor over a fare freeze. The pasted headline "W"; body: "the Viti Bus Owners Council said" "W"; "The council says" kept as written "W"; the council president ("Ratu" dropped, and "Ratu Josaia said" resolving to him) with losses "W", a quote "" and the fare asked "W"; the second message\'s prefix "B" before "The Land Transport Authority (LTA) said" "W" (acronym dropped); "according to LTA figures" "W"; the last strike "W"; "the LTA warned" a hedged sanction "" resolving to the authority; the minister ("Adi" dropped) with a hedged review date "", a quote "" and subsidies "W"; a nurse\'s taxi fare "W", a quote "" and a queue "W"; "The Ministry of Education said" (article dropped) "W"; an owner\'s plan and quote "".',
    'Cypriot ENGLISH-LANGUAGE NEWSPAPER\'s story read on a NEWS AGGREGATOR\'s page: the aggregator\'s brand, menu, a weather chip, a section chip, the source label, a "Story by ... • 5h • 3 min read" line and "Follow", then mid-story a "Sponsored Content" block with two ad headlines, "Ad" and "Continue reading", and at the tail "Feedback", a reactions strip, "More for you" links, "Hide stories from ...", "Report an issue" and a copyright split before "Distributed by NewsLoom." (all "B"). A HOSPITAL: emergency patients at Limassol General waited up to 19 hours for a bed. Headline "..., nurses say" "W" carrying "nurses"; body: "according to figures compiled by the hospital\'s nursing staff" "W"; "the hospital\'s figures show" "W"; "The Union of Hospital Nurses of Cyprus said" (article dropped) "W"; its representative with assaults "W", his shifts "W" and a quote carried on with no cue ""; "The State Health Services Organisation (Okypy) said" a causal claim "W"; "A spokesman for the private hospitals\' association rejected the claim, saying" (cue "saying") "W"; the Okypy spokeswoman ("Dr." dropped) with beds and hires "W" and sympathy ""; the minister with a report deadline "W", a saying "" and a hedged plan ""; "Figures from the Health Insurance Organisation show" "W" and last year\'s total "W"; a patient\'s 16 hours "W" and his quote ""; a doctors\' group and "The group said" kept as written "W".',
    'Papua New Guinean NATIONAL NEWSPAPER\'s TABLET APP, pasted from the edition view: the masthead, an edition line, a section-and-page line ("SPORT · Page 38"), the reading tools ("Aa   🔊 Listen   ☆ Save   ⤴ Share"), "Tap image to enlarge · 1 of 4", "Swipe up to keep reading", "Tap to view gallery (4 photos)", a "Next:" line, "Swipe left for next article", an offline-reading line and a copyright split at "Ltd." (all "B"). A SPORTS RESULT: the Goroka Mountain Eagles beat the Kokopo Reef Hawks 26-18 to go top. Headline and standfirst of record "W"; byline "B"; a caption of record "W" and its credit "B". Body: result, late tries, goals "W"; "according to ground officials" "W"; the winning coach\'s quote split at "believing." with the attribution after the second sentence ("" twice) and his captain\'s injury "W"; a fan\'s Tok Pisin exclamation followed by "shouted one fan" (one sentence, "", speaker "one fan"); the losing coach with "soft" penalties "" and a vow ""; tackles and possession "W"; an injury "the club said" "W"; the run and points "W"; the Reef Hawks\' previous run "W"; the competitions manager\'s semi-final dates "W". A scorers box (title "B", lines with initials "J." and "K." and a half-time and referee line "") and a ladder (title and header "B", rows "").',
]

ARTICLES = [
    [
        [
            (
                "Seven killed as bus, fuel tanker collide near Nsutapong - Kente Courier",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "https://www.kentecourier.com.gh/regional/seven-killed-as-bus-fuel-tanker-collide-near-nsutapong/",
                "",
                "",
                "B",
            ),
        ],
        [
            ("KENTE COURIERHomeNewsRegionalPoliticsBusinessSportsOpinion", "", "", "B"),
        ],
        [
            ("Regional›Eastern", "", "", "B"),
        ],
        [
            (
                "Seven killed as bus, fuel tanker collide near Nsutapong on Accra–Kumasi highway",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Bus driver overtook on a blind bend, police say", "police", "say", "W"),
        ],
        [
            ("By Yaw Darkwah-Ansong3 hours ago", "", "", "B"),
        ],
        [
            ("Listen to this article00:00/04:12", "", "", "B"),
        ],
        [
            (
                "Rescue workers and police officers at the scene of the crash near Nsutapong Junction on Sunday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo credit:Yaw Darkwah-Ansong/Kente Courier", "", "", "B"),
        ],
        [
            (
                "Seven people, including a nine-year-old girl, died on Sunday when a Sprinter bus heading to Kumasi collided head-on with a fuel tanker near Nsutapong Junction in the Eastern Region, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            ("Eleven other passengers were injured, four of them critically.", "", "", "W"),
            (
                "They were taken to the Nsutapong Government Hospital and the Eastern Regional Hospital in Koforidua.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Eastern Regional Police Command said the crash happened at about 5:40 a.m. as the bus driver tried to overtake a cargo truck on a bend.",
                "Eastern Regional Police Command",
                "said",
                "W",
            ),
            ("The tanker, which was empty, was travelling towards Accra.", "", "", "W"),
        ],
        [
            (
                "“From our preliminary findings, the bus driver crossed the continuous white line on a blind curve,” Chief Superintendent Ebenezer Kwarteng-Amoako, the regional commander of the Motor Traffic and Transport Department (MTTD), told the Kente Courier.",
                "Ebenezer Kwarteng-Amoako",
                "told the Kente Courier",
                "W",
            ),
            (
                "“It is the third fatal crash on that stretch since January.”",
                "Ebenezer Kwarteng-Amoako",
                "told the Kente Courier",
                "W",
            ),
        ],
        [
            (
                "He said the driver of the bus, 38, survived with a broken leg and was under police guard at the hospital in Koforidua.",
                "Ebenezer Kwarteng-Amoako",
                "said",
                "W",
            ),
        ],
        [
            ("The first ambulance reached the scene at 6:25 a.m.", "", "", "W"),
            ("The highway was closed in both directions for nearly four hours.", "", "", "W"),
        ],
        [
            ("ADVERTISEMENTContinue reading below", "", "", "B"),
        ],
        [
            (
                "The dead include the tanker driver and his mate, according to the police.",
                "the police",
                "according to",
                "W",
            ),
            ("Their names have not been released.", "", "", ""),
        ],
        [
            (
                "Akosua Nyarko-Frimpong, 46, a trader from Asaman-Nkwanta who was seated behind the driver, said the bus left Accra at about 3:30 a.m. with every seat taken.",
                "Akosua Nyarko-Frimpong",
                "said",
                "W",
            ),
            ("“He was speeding the whole way from Accra.", "Akosua Nyarko-Frimpong", "said", "W"),
            (
                "We shouted at him to slow down, but he said he was late for his second trip,” she said from her hospital bed.",
                "Akosua Nyarko-Frimpong",
                "said",
                "",
            ),
        ],
        [
            (
                "The medical director of the Nsutapong Government Hospital, Dr. Kofi Amponsah-Manu, said the hospital had received nine of the injured and had run out of O-negative blood by midday.",
                "Kofi Amponsah-Manu",
                "said",
                "W",
            ),
            (
                "“We are appealing to the public to come and donate, today if possible,” he said.",
                "Kofi Amponsah-Manu",
                "said",
                "",
            ),
        ],
        [
            (
                "The Eastern Regional Minister, Hon. Comfort Asante-Baidoo, visited the injured on Sunday afternoon and promised that the state would pay their medical bills.",
                "Comfort Asante-Baidoo",
                "promised",
                "W",
            ),
        ],
        [
            ("READ ALSO:Tanker drivers threaten strike over new axle-load rules", "", "", "B"),
        ],
        [
            (
                "According to the National Road Safety Authority, 2,373 people died in road crashes in Ghana last year, up from 2,138 in 2024.",
                "the National Road Safety Authority",
                "according to",
                "W",
            ),
            (
                "Pedestrians and motorcycle riders made up more than half of the dead, the authority said.",
                "the authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ghana Private Road Transport Union (GPRTU) said in a statement on Sunday evening that it had suspended the driver’s membership pending the outcome of police investigations.",
                "Ghana Private Road Transport Union",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Its Eastern Regional chairman, Alhaji Issah Mumuni-Dramani, said drivers on the route were under pressure to make extra trips since fuel prices went up.",
                "Issah Mumuni-Dramani",
                "said",
                "",
            ),
            ("“We are not defending anybody.", "Issah Mumuni-Dramani", "said", ""),
            (
                "If he broke the law, let the law deal with him,” Mumuni-Dramani said.",
                "Issah Mumuni-Dramani",
                "said",
                "",
            ),
        ],
        [
            (
                "The highway between Obuoho and Nsutapong is being widened to a dual carriageway under a contract awarded in 2023.",
                "",
                "",
                "W",
            ),
            (
                "The Ministry of Roads and Highways said in March that the section should be finished by the end of 2027.",
                "Ministry of Roads and Highways",
                "said",
                "",
            ),
        ],
        [
            (
                "Police urged drivers to avoid overtaking on bends and to report reckless driving on the command’s toll-free line.",
                "Police",
                "urged",
                "",
            ),
            (
                "Checkpoints will be mounted at Nsutapong Junction from Monday, the command said.",
                "the command",
                "said",
                "W",
            ),
        ],
        [
            ("Tags:AccidentEastern RegionGPRTUNRSA", "", "", "B"),
        ],
        [
            ("ShareFacebookXWhatsAppTelegram", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Two die as okada rams into parked truck at Asenema", "", "", "B"),
        ],
        [
            ("Leave a ReplyCancel reply", "", "", "B"),
        ],
        [
            ("© 2026 Kente Courier.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("lankabeacon.lk", "", "", "B"),
        ],
        [
            (
                "PUCSL cuts electricity tariffs by 11.6% from July 1, rejects CEB call for increase",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Nadeesha Gunathilaka-Perera", "", "", "B"),
        ],
        [
            ("7–9 minutes", "", "", "B"),
        ],
        [
            (
                "Households using fewer than 60 units a month gain the most from the revision",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Public Utilities Commission of Sri Lanka (PUCSL) on Tuesday announced an average cut of 11.6% in electricity tariffs from July 1, rejecting a proposal by the Ceylon Electricity Board (CEB) for a 4.2% increase.",
                "Public Utilities Commission of Sri Lanka",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The revision is the first since January, when tariffs were cut by an average of 20%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Domestic consumers using up to 30 units a month will pay Rs. 4.50 per unit, down from Rs. 6, the commission said.",
                "the commission",
                "said",
                "W",
            ),
            (
                "Those in the 31–60 unit block will pay Rs. 11 per unit, down from Rs. 14.",
                "",
                "",
                "W",
            ),
            ("Monthly fixed charges are unchanged.", "", "", "W"),
        ],
        [
            ("A meter reader at work in a Colombo suburb.", "", "", ""),
            ("(Picture by Thilina Abeykoon-Ratnayake)", "", "", "B"),
        ],
        [
            ("Revised domestic tariffs (per unit)", "", "", "B"),
        ],
        [
            ("Monthly units | Current | From July 1", "", "", "B"),
        ],
        [
            ("0–30 | Rs. 6.00 | Rs. 4.50", "", "", ""),
        ],
        [
            ("31–60 | Rs. 14.00 | Rs. 11.00", "", "", ""),
        ],
        [
            ("61–90 | Rs. 20.00 | Rs. 18.00", "", "", ""),
        ],
        [
            ("91–180 | Rs. 42.00 | Rs. 38.00", "", "", ""),
        ],
        [
            ("Above 180 | Rs. 61.00 | Rs. 59.00", "", "", ""),
        ],
        [
            ("Source: PUCSL", "", "", "B"),
        ],
        [
            (
                "Religious places and charitable institutions will pay Rs. 8 per unit for the first 90 units, the same as now.",
                "",
                "",
                "W",
            ),
            (
                "Rooftop solar producers will be paid Rs. 27 per unit for power exported to the grid, down from Rs. 37.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "PUCSL Chairman Prof. Janaka Hettiarachchi-Mendis told a media briefing in Colombo that the commission had found the CEB’s cost estimates for the second half of the year overstated by about Rs. 38 billion.",
                "Janaka Hettiarachchi-Mendis",
                "told a media briefing",
                "W",
            ),
            ("“The CEB assumed the rains would fail.", "Janaka Hettiarachchi-Mendis", "said", ""),
            ("They did not,” he said.", "Janaka Hettiarachchi-Mendis", "said", ""),
        ],
        [
            (
                "He said hydropower had supplied 47% of the country’s electricity in the first five months of the year, against 31% in the same period of 2025.",
                "Janaka Hettiarachchi-Mendis",
                "said",
                "W",
            ),
        ],
        [
            ("Also Read: CEB unions threaten work-to-rule over restructuring bill", "", "", "B"),
        ],
        [
            (
                "CEB General Manager Eng. Suranga Ilangakoon-Dias said the board would comply with the decision but could run short of cash by December.",
                "Suranga Ilangakoon-Dias",
                "said",
                "",
            ),
            (
                "“We pay for coal and fuel in dollars, and the rupee does not ask the PUCSL’s permission before it falls,” Ilangakoon-Dias said.",
                "Suranga Ilangakoon-Dias",
                "said",
                "",
            ),
            (
                "The CEB made a loss of Rs. 19.6 billion in 2025, according to the board’s annual report.",
                "the board’s annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The PUCSL rejected the CEB’s request to recover Rs. 12 billion in past losses through the tariff, saying the losses should be met by the Treasury.",
                "Public Utilities Commission of Sri Lanka",
                "saying",
                "W",
            ),
        ],
        [
            (
                "Energy Minister Dilhani Ekanayake-Herath wrote on X that the cut would “put money back in people’s pockets”.",
                "Dilhani Ekanayake-Herath",
                "wrote on X",
                "",
            ),
        ],
        [
            (
                "Opposition MP Chaminda Liyanapathirana said the cut was “too little, too late” for families already in arrears.",
                "Chaminda Liyanapathirana",
                "said",
                "",
            ),
            (
                "More than 1.1 million households were behind on their electricity bills in April, he said, citing CEB figures.",
                "Chaminda Liyanapathirana",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lakshman de Abrew, convener of the Lanka Bill Payers’ Forum, said a family using 90 units a month would save about Rs. 195 a month under the new tariff.",
                "Lakshman de Abrew",
                "said",
                "W",
            ),
            (
                "De Abrew said the saving was welcome but that the commission should publish the CEB’s fuel contracts.",
                "Lakshman de Abrew",
                "said",
                "",
            ),
            (
                "“People have been paying for the CEB’s mistakes for three years,” he said.",
                "Lakshman de Abrew",
                "said",
                "",
            ),
        ],
        [
            (
                "The Western Province Small Industries Forum said its members, mostly garment and bakery units, paid an average of Rs. 52 a unit last year.",
                "Western Province Small Industries Forum",
                "said",
                "W",
            ),
            (
                "“For a bakery, electricity is the second cost after flour,” said the forum’s secretary, W. A. Nalaka Amarasekara.",
                "W. A. Nalaka Amarasekara",
                "said",
                "",
            ),
        ],
        [
            (
                "Hotels will move from the general purpose tariff to a separate hotel tariff, with a 14% cut for units used in daytime hours.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The PUCSL said the next tariff review would take place in December.",
                "Public Utilities Commission of Sri Lanka",
                "said",
                "W",
            ),
        ],
        [
            ("Tags: Electricity, PUCSL, CEB, Tariff", "", "", "B"),
        ],
        [
            ("Previous article: Colombo port volumes rise 9% in April", "", "", "B"),
        ],
        [
            ("Next article: Tea auction prices ease on weaker Russian demand", "", "", "B"),
        ],
    ],
    [
        [
            ("☰", "", "", "B"),
        ],
        [
            ("THE SOUTHERN UPLAND TIMES", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("News › Council", "", "", "B"),
        ],
        [
            (
                "Council tax to rise 8.5% as Dumfries and Galloway Council closes £14.6m gap",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Libraries lose a day a week and 23 public toilets will close", "", "", "W"),
        ],
        [
            ("By Fiona Drysdale-McIvor, Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("Published 27th Feb 2026, 17:42 GMT", "", "", "B"),
        ],
        [
            ("Share   Comments", "", "", "B"),
        ],
        [
            (
                "Band D council tax in Dumfries and Galloway will rise by 8.5% to £1,512 a year from April after councillors approved the 2026/27 budget on Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The budget was passed by 23 votes to 19, with one abstention, after a six-hour meeting in Dumfries.",
                "",
                "",
                "W",
            ),
            (
                "It closes a gap of £14.6 million through savings of £9.1 million, the council tax rise and £2.3 million from reserves.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council leader Cllr Morag Lindsay-Drummond said the administration had “no good options left”.",
                "Morag Lindsay-Drummond",
                "said",
                "",
            ),
            (
                "“Our grant from the Scottish Government has fallen by 11% in real terms since 2014,” she said.",
                "Morag Lindsay-Drummond",
                "said",
                "W",
            ),
            ("“Nobody came into politics to close toilets.”", "Morag Lindsay-Drummond", "said", ""),
        ],
        [
            ("Sign up to our daily newsletter", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("Thank you for signing up!", "", "", "B"),
        ],
        [
            (
                "Did you know with a Digital Subscription to The Southern Upland Times, you can get unlimited access to the website including our premium content, as well as benefiting from fewer ads and loyalty rewards?",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sorry, there seem to be some issues.", "", "", "B"),
            ("Please try again later.", "", "", "B"),
        ],
        [
            ("Submitting...", "", "", "B"),
        ],
        [
            ("The savings include:", "", "", ""),
        ],
        [
            ("Libraries will open four days a week instead of five from April 6.", "", "", "W"),
        ],
        [
            ("23 of the council’s 41 public toilets will close from June.", "", "", "W"),
        ],
        [
            (
                "School crossing patrols at 12 sites will be replaced by signalled crossings.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The charge for garden waste collection rises from £45 to £60 a year.", "", "", "W"),
        ],
        [
            (
                "Cllr Calum Mac an Tàilleir, who leads the largest opposition group, said the toilet closures would hit tourism in small places such as Glenskellie.",
                "Calum Mac an Tàilleir",
                "said",
                "",
            ),
            (
                "“Visitors don’t stop where they can’t stop,” Mac an Tàilleir said.",
                "Calum Mac an Tàilleir",
                "said",
                "",
            ),
            (
                "His group’s amendment, which would have kept the toilets open by using a further £640,000 from reserves, was defeated by 24 votes to 18.",
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
                "Seonaid NicLeòid, secretary of the council’s largest trade union branch, said 94 posts would go, 31 of them through compulsory redundancy.",
                "Seonaid NicLeòid",
                "said",
                "W",
            ),
            (
                "A council spokesperson said the number of compulsory redundancies would be “fewer than 30” and that talks with the unions were continuing.",
                "A council spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Glenskellie community council chair Archie Smailholm-Reid said the toilets in the village were the only public ones on a 40-mile stretch of the A7.",
                "Archie Smailholm-Reid",
                "said",
                "W",
            ),
            ("“Coach parties stop here because of them.", "Archie Smailholm-Reid", "said", ""),
            (
                "Take them away and they’ll drive straight through,” he said.",
                "Archie Smailholm-Reid",
                "said",
                "",
            ),
        ],
        [
            (
                "Council tax rises agreed elsewhere in Scotland this week range from 6% in East Lothian to 9.9% in Falkirk.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read More", "", "", "B"),
        ],
        [
            ("Plans for 200 homes at former creamery site approved", "", "", "B"),
        ],
        [
            ("Show comments", "", "", "B"),
        ],
        [
            ("Back to top", "", "", "B"),
        ],
        [
            ("Click here to view the full version of this page", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms & Conditions | Contact Us", "", "", "B"),
        ],
        [
            ("© 2026 Borderlands Media Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC412877.", "", "", "B"),
        ],
    ],
    [
        [
            ("HARBOUR ARTS FOUNDATION", "", "", "B"),
        ],
        [
            ("Fondazzjoni għall-Arti tal-Port", "", "", "B"),
        ],
        [
            ("PRESS RELEASE", "", "", "B"),
        ],
        [
            ("Ref: HAF/PR/07/2026", "", "", "B"),
        ],
        [
            ("For immediate release – 13 May 2026", "", "", "B"),
        ],
        [
            (
                "Valletta Harbour Lanterns festival returns with 52 events over 11 nights, entry to open-air events stays free",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Valletta Harbour Lanterns festival will run from 17 to 27 July 2026, with 52 events on 9 stages in Valletta and around the Grand Harbour, the Harbour Arts Foundation announced today.",
                "Harbour Arts Foundation",
                "announced",
                "W",
            ),
        ],
        [
            ("Entry to all open-air events will remain free of charge.", "", "", "W"),
            ("Tickets for the 6 indoor concerts go on sale on 1 June at €15 each.", "", "", "W"),
        ],
        [
            (
                "Last year’s edition drew an estimated 214,000 visitors, 38% of them from abroad, according to a visitor survey commissioned by the Foundation.",
                "a visitor survey commissioned by the Foundation",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“Harbour Lanterns has become the summer’s meeting point for families, and we wanted to keep it that way,” said Perit Josianne Farrugia-Cassar, Chairperson of the Harbour Arts Foundation.",
                "Josianne Farrugia-Cassar",
                "said",
                "",
            ),
            ("“Keeping entry free was not negotiable.”", "Josianne Farrugia-Cassar", "said", ""),
        ],
        [
            (
                "An economic impact study by the Foundation estimated that visitors spent €6.3 million in Valletta during last year’s festival.",
                "An economic impact study by the Foundation",
                "estimated",
                "W",
            ),
        ],
        [
            (
                "The pro- gramme includes a ﬂoating stage moored at the Valletta Waterfront for the ﬁrst time, and a night of Maltese folk music, għana, on 22 July.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Page 1 of 3", "", "", "B"),
        ],
        [
            (
                "Harbour Arts Foundation | 14, Triq il-Merkanti, Valletta VLT 1171 | www.harbourarts.org.mt",
                "",
                "",
                "B",
            ),
        ],
        [
            ("HAF/PR/07/2026 – 2", "", "", "B"),
        ],
        [
            (
                "Government support for the festival has increased to €1.2 million this year, up from €950,000 in 2025, said Hon. Dr Clayton Mifsud-Bonello, Minister for Culture and Heritage.",
                "Clayton Mifsud-Bonello",
                "said",
                "W",
            ),
            (
                "“This is an investment in Valletta’s summer nights, not a cost,” Mifsud-Bonello said.",
                "Clayton Mifsud-Bonello",
                "said",
                "",
            ),
        ],
        [
            (
                "Following consultation with the Valletta Local Council, amplified music will end at 23:00 on weeknights and at midnight on Fridays and Saturdays, the Foundation said.",
                "the Foundation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fireworks will be limited to the closing night, with a display by the Għaqda Piroteknika San Ġwann Battista.",
                "",
                "",
                "W",
            ),
            (
                "The Foundation expects waste collected at the festival to fall by a third after it replaces single-use cups with a deposit scheme.",
                "The Foundation",
                "expects",
                "",
            ),
        ],
        [
            (
                "Artistic director Mro. Ivan Cassola-Xuereb said the programme had been built around the harbour itself.",
                "Ivan Cassola-Xuereb",
                "said",
                "",
            ),
            (
                "“The water is the main stage; we just put lights on it,” he said.",
                "Ivan Cassola-Xuereb",
                "said",
                "",
            ),
        ],
        [
            (
                "Free shuttle buses will run from the Il-Port Park & Ride every 15 minutes until 01:30.",
                "",
                "",
                "W",
            ),
            ("More than 300 volunteers will be recruited.", "", "", "W"),
            ("Applications close on 12 June.", "", "", "W"),
        ],
        [
            ("Page 2 of 3", "", "", "B"),
        ],
        [
            ("HAF/PR/07/2026 – 3", "", "", "B"),
        ],
        [
            ("Programme highlights", "", "", "B"),
        ],
        [
            ("\uf0b7 17 July – Opening parade from the City Gate to the Waterfront", "", "", ""),
        ],
        [
            ("\uf0b7 22 July – Għana night on the ﬂoating stage", "", "", ""),
        ],
        [
            ("\uf0b7 25 July – Harbour Youth Wind Band open-air concert", "", "", ""),
        ],
        [
            ("\uf0b7 27 July – Closing night and ﬁreworks", "", "", ""),
        ],
        [
            (
                "The full pro- gramme will be published at www.harbourarts.org.mt on 1 June.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Supported by:", "", "", "B"),
        ],
        [
            (
                "Malta Tourism Authority · Arts Council Malta · Valletta Local Council · Kappella Bank plc",
                "",
                "",
                "B",
            ),
        ],
        [
            ("– ENDS –", "", "", "B"),
        ],
        [
            ("Notes to editors", "", "", "B"),
        ],
        [
            (
                "1. High-resolution photographs from the 2025 edition are available on request.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "2. The Harbour Arts Foundation is a public foundation set up in 2011 to organise cultural events in and around Valletta.",
                "",
                "",
                "B",
            ),
            (
                "It is governed by a board of seven members appointed for three-year terms.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "For media enquiries: Kurt Sammut-Vella, Communications Manager, +356 2122 4870, media@harbourarts.org.mt",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Page 3 of 3", "", "", "B"),
        ],
    ],
    [
        [
            ("Morning all, see the top item below re the drought relief scheme.", "", "", "B"),
            ("Registration closes on Friday 22 May, so please pass it on.", "", "", "B"),
        ],
        [
            ("Regards,", "", "", "B"),
            ("Hendrik", "", "", "B"),
        ],
        [
            ("Sent from my Galaxy", "", "", "B"),
        ],
        [
            ("---------- Forwarded message ---------", "", "", "B"),
        ],
        [
            ("From: The Kalahari Tribune <morningbrief@kalaharitribune.com.na>", "", "", "B"),
        ],
        [
            ("Date: Tue, 12 May 2026 at 06:01", "", "", "B"),
        ],
        [
            ("Subject: Morning Brief: Kunene farmers sell off herds as dams run dry", "", "", "B"),
        ],
        [
            ("To: <hendrik.beukes@omarurufeeds.com.na>", "", "", "B"),
        ],
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("THE KALAHARI TRIBUNE | MORNING BRIEF", "", "", "B"),
        ],
        [
            ("Tuesday, 12 May 2026 | Issue No. 1,482", "", "", "B"),
        ],
        [
            ("Good morning.", "", "", "B"),
            ("Here’s what you need to know today.", "", "", "B"),
        ],
        [
            ("TOP STORY", "", "", "B"),
        ],
        [
            ("Kunene farmers sell off herds as dams run dry", "", "", "W"),
        ],
        [
            ("By Martha Shikongo-Amutenya", "", "", "B"),
        ],
        [
            (
                "Communal farmers in the Kunene Region have sold or lost more than 41,000 head of cattle since January, according to the regional agriculture office.",
                "the regional agriculture office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Rainfall at Opuwo between October and April was 96 mm, about 35% of the long-term average, according to the Namibia Meteorological Service.",
                "the Namibia Meteorological Service",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Uerikua Tjiposa, who farms near Okaturua, said he had sold 60 of his 140 cattle at about half of last year’s price.",
                "Uerikua Tjiposa",
                "said",
                "W",
            ),
            (
                "“Better to sell them thin than to watch them die,” he said.",
                "Uerikua Tjiposa",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the government’s drought relief scheme, farmers receive N$300 for each head of cattle sold to a registered buyer, up to 100 animals per farmer.",
                "",
                "",
                "W",
            ),
            ("More than 3,850 farmers in Kunene have registered so far.", "", "", "W"),
            ("Registration closes on 22 May, the ministry said.", "the ministry", "said", "W"),
        ],
        [
            (
                "Kunene Governor Marthinus Hoveka-Katjiua said 18 of the 27 boreholes run by the regional council had broken pumps.",
                "Marthinus Hoveka-Katjiua",
                "said",
                "W",
            ),
            (
                "“We are trucking water to 11 settlements every week,” he said.",
                "Marthinus Hoveka-Katjiua",
                "said",
                "W",
            ),
            ("“It is not enough, and everybody knows it.”", "Marthinus Hoveka-Katjiua", "said", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Kavango Tyre & Exhaust – 10% off all 4x4 tyres this month.", "", "", "B"),
            ("Visit us in Windhoek, Otjiwarongo or Rundu.", "", "", "B"),
        ],
        [
            (
                "The dams supplying central Namibia were at 21% of capacity on Monday, against 47% a year ago, according to the national water utility’s weekly bulletin.",
                "the national water utility’s weekly bulletin",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dr. Selma !Nanus-Gaingob, a climatologist at the University of Namibia, said the region had received below-average rain in four of the past five seasons.",
                "Selma !Nanus-Gaingob",
                "said",
                "W",
            ),
            ("“This is no longer a bad year.", "Selma !Nanus-Gaingob", "said", ""),
            ("It is a pattern,” !Nanus-Gaingob said.", "Selma !Nanus-Gaingob", "said", ""),
        ],
        [
            (
                "Commercial farmer Jan-Hendrik van Heerden-Swart said he had moved 300 head of cattle to rented grazing in the Otavi area at N$85 a head a month.",
                "Jan-Hendrik van Heerden-Swart",
                "said",
                "W",
            ),
            (
                "Van Heerden-Swart said that if the rains failed again in November he would sell the rest.",
                "Jan-Hendrik van Heerden-Swart",
                "said",
                "",
            ),
        ],
        [
            (
                "The regional council has also suspended grazing fees at 14 communal water points until the end of the year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Namibia Meteorological Service expects no significant rain in the region before October.",
                "Namibia Meteorological Service",
                "expects",
                "",
            ),
        ],
        [
            ("IN OTHER NEWS", "", "", "B"),
        ],
        [
            ("City council approves new water tariffs for Windhoek →", "", "", "B"),
        ],
        [
            ("Hake quota talks stall in Walvis Bay →", "", "", "B"),
        ],
        [
            ("Schools in Zambezi reopen after flood repairs →", "", "", "B"),
        ],
        [
            (
                "You are receiving this email because you subscribed to the Morning Brief.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Unsubscribe | Update preferences | Forward to a friend", "", "", "B"),
        ],
        [
            ("The Kalahari Tribune, PO Box 40112, Windhoek, Namibia", "", "", "B"),
        ],
        [
            ("© 2026 Kalahari Media (Pty) Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("Translated from: Bengali › English   Show original", "", "", "B"),
        ],
        [
            ("দৈনিক শাপলা বার্তা | Daily Shapla Barta", "", "", "B"),
        ],
        [
            (
                "Home Country Politics International Sports Entertainment Education Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Education", "", "", "B"),
        ],
        [
            ("SSC results: pass rate 83.04 percent, GPA-5 1 lakh 38 thousand 412", "", "", "W"),
        ],
        [
            ("Special Correspondent, Dhaka", "", "", "B"),
        ],
        [
            ("প্রকাশ: ২৯ বৈশাখ ১৪৩৩ | Update: 12 May 2026, 14:37", "", "", "B"),
        ],
        [
            ("Facebook Twitter WhatsApp Print", "", "", "B"),
        ],
        [
            (
                "The average pass rate in the results of the Secondary School Certificate (SSC) and equivalent examinations of 2026 is 83.04 percent.",
                "",
                "",
                "W",
            ),
            ("Last year this rate was 78.91 percent.", "", "", "W"),
            ("That is, this year the pass rate has increased by 4.13 percent.", "", "", "W"),
        ],
        [
            (
                "A total of 19 lakh 24 thousand 967 examinees took part in this year's examination under 11 education boards.",
                "",
                "",
                "W",
            ),
            ("Of them, 15 lakh 98 thousand 492 have passed.", "", "", "W"),
        ],
        [
            (
                "A total of 1 lakh 38 thousand 412 students got GPA-5 this year, which was 1 lakh 2 thousand 870 last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Education Minister Professor Dr. Md. Rafiqul Islam Talukder gave this information at a press conference at the ministry on Tuesday afternoon.",
                "Md. Rafiqul Islam Talukder",
                "gave this information",
                "W",
            ),
            (
                "He said, 'This year the results of the girls are better than the boys.",
                "Md. Rafiqul Islam Talukder",
                "said",
                "W",
            ),
            (
                "The pass rate of girls is 84.51 percent and of boys is 81.60 percent.'",
                "Md. Rafiqul Islam Talukder",
                "said",
                "W",
            ),
        ],
        [
            ("Board-wise pass rate", "", "", "B"),
        ],
        [
            ("Board | Pass rate | GPA-5", "", "", "B"),
        ],
        [
            ("Dhaka | 85.12% | 41,206", "", "", ""),
        ],
        [
            ("Rajshahi | 84.77% | 24,915", "", "", ""),
        ],
        [
            ("Chattogram | 80.43% | 14,088", "", "", ""),
        ],
        [
            ("Sylhet | 74.36% | 5,302", "", "", ""),
        ],
        [
            ("Madrasah | 82.09% | 9,874", "", "", ""),
        ],
        [
            ("The lowest pass rate is in Sylhet board, 74.36 percent.", "", "", "W"),
            (
                "The number of institutions where no one has passed is 37, which was 51 last year.",
                "",
                "",
                "W",
            ),
            ("On the other hand, 2,968 institutions have achieved 100 percent pass.", "", "", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Dhaka Education Board Chairman Professor Khandaker Mahbubul Alam told Shapla Barta that the results can be known by sending SMS from mobile phone from 2 pm.",
                "Khandaker Mahbubul Alam",
                "told Shapla Barta",
                "",
            ),
            (
                "Application for re-examination of answer sheets can be made from May 13 to May 19, he said.",
                "Khandaker Mahbubul Alam",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rokeya Sultana Mitu, head teacher of Shyamoli Nabadiganta Girls' High School, said that the students of the school cried with happiness after seeing the results.",
                "Rokeya Sultana Mitu",
                "said",
                "",
            ),
            (
                "He said, 'Out of 212 examinees of our school, 209 have passed, 87 have got GPA-5.'",
                "Rokeya Sultana Mitu",
                "said",
                "W",
            ),
            (
                "Student of that school Tasnim Ara Raisa said, 'I studied 10 hours a day for the last three months.",
                "Tasnim Ara Raisa",
                "said",
                "",
            ),
            ("I want to be a doctor.'", "Tasnim Ara Raisa", "said", ""),
        ],
        [
            ("Read more: HSC exam will start from June 25, routine published", "", "", "B"),
        ],
        [
            (
                "However, Professor Selina Akhter Banu of the Institute of Education and Research of Dhaka University said that the increase in the pass rate does not mean the increase in quality.",
                "Selina Akhter Banu",
                "said",
                "",
            ),
            (
                "'In the last year, 62 percent of the GPA-5 holders failed in the admission test of the university,' she said.",
                "Selina Akhter Banu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Replying to a question, the Education Minister said that the SSC examination will be held from February next year according to the old timetable.",
                "Md. Rafiqul Islam Talukder",
                "said",
                "W",
            ),
        ],
        [
            ("Share this news", "", "", "B"),
        ],
        [
            ("Related news", "", "", "B"),
        ],
        [
            ("HSC exam will start from June 25, routine published", "", "", "B"),
        ],
        [
            ("Coaching centers will remain closed during the exam", "", "", "B"),
        ],
        [
            ("Editor and Publisher: Abdul Mannan Sikder", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Daily Shapla Barta | All rights reserved", "", "", "B"),
        ],
    ],
    [
        [
            (
                "14/05/2026, 09:12   Ex-corporation clerk charged with $412,000 fraud, gets $350,000 bail | Trinidad Sentinel",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Print   |   Close window", "", "", "B"),
        ],
        [
            ("TRINIDAD SENTINEL", "", "", "B"),
        ],
        [
            ("Ex-corporation clerk charged with $412,000 fraud, gets $350,000 bail", "", "", "W"),
        ],
        [
            ("Rhea Mohammed-Charles, Court Reporter", "", "", "B"),
        ],
        [
            ("Thursday, May 14, 2026", "", "", "B"),
        ],
        [
            (
                "A former accounts clerk at the Sangre Grande Regional Corporation was granted $350,000 bail yesterday after she was charged with 14 counts of fraud involving corporation cheques worth $412,608.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Charmaine Ramcharitar-Lewis, 47, of Cocoa Rest Trace, Sangre Grande, appeared before Magistrate Indira Balkaran-Nurse in Court No. 2 of the Sangre Grande Magistrates’ Court.",
                "",
                "",
                "W",
            ),
            ("She was not called upon to plead to the indictable charges.", "", "", "W"),
        ],
        [
            (
                "Police allege that between March 2023 and August 2025 she altered 14 cheques made out to suppliers and lodged them into accounts controlled by her and a relative.",
                "Police",
                "allege",
                "W",
            ),
        ],
        [
            (
                "She was charged by Cpl. Renee Alleyne-Dopson of the Fraud Squad on Tuesday.",
                "",
                "",
                "W",
            ),
            (
                "The charges were laid after an investigation begun in September 2025 on a report from the corporation.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Each count carries a maximum penalty of ten years’ imprisonment on conviction on indictment.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Prosecutor Sgt. Dexter Boodhoo-Lalla objected to bail, telling the court that the accused had travelled to Miami twice since the investigation began.",
                "Dexter Boodhoo-Lalla",
                "telling the court",
                "W",
            ),
            (
                "Boodhoo-Lalla said the police had not yet traced about $180,000 of the money.",
                "Dexter Boodhoo-Lalla",
                "said",
                "W",
            ),
            (
                "“The State is concerned that she is a flight risk,” he said.",
                "Dexter Boodhoo-Lalla",
                "said",
                "",
            ),
        ],
        [
            (
                "Her attorney, Marc-Anthony de Souza-Lezama, said his client had lived at the same address for 22 years, had no previous convictions and was the sole carer for her mother, who is 81.",
                "Marc-Anthony de Souza-Lezama",
                "said",
                "W",
            ),
            (
                "He said the Miami trips were for her son’s graduation and a funeral, and that she had returned both times.",
                "Marc-Anthony de Souza-Lezama",
                "said",
                "W",
            ),
            (
                "“My client will answer these charges, and she is not going anywhere,” de Souza-Lezama said.",
                "Marc-Anthony de Souza-Lezama",
                "said",
                "",
            ),
        ],
        [
            (
                "De Souza-Lezama asked the court to let his client keep her passport because she had a medical appointment in Barbados in June.",
                "Marc-Anthony de Souza-Lezama",
                "asked",
                "",
            ),
        ],
        [
            (
                "https://www.trinidadsentinel.co.tt/news/2026/05/14/ex-corporation-clerk-charged-with-412000-fraud-gets-350000-bail/",
                "",
                "",
                "B",
            ),
        ],
        [
            ("1/2", "", "", "B"),
        ],
        [
            (
                "14/05/2026, 09:12   Ex-corporation clerk charged with $412,000 fraud, gets $350,000 bail | Trinidad Sentinel",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "“The court has to balance her right to liberty against the risk that she leaves the jurisdiction,” the magistrate said.",
                "Indira Balkaran-Nurse",
                "said",
                "",
            ),
            (
                "The magistrate refused, ordering her to surrender her passport and report to the Sangre Grande Police Station every Monday and Friday.",
                "",
                "",
                "W",
            ),
            ("The matter was adjourned to June 11.", "", "", "W"),
        ],
        [
            (
                "Bail was approved with a surety, and Ramcharitar-Lewis was released from the court cells at 3.15 p.m.",
                "",
                "",
                "W",
            ),
            ("Her sister and two of her children were waiting outside.", "", "", ""),
        ],
        [
            (
                "Ramcharitar-Lewis, who wore a grey jacket, did not speak during the hearing.",
                "",
                "",
                "",
            ),
            ("Several of her former colleagues sat in the public gallery.", "", "", ""),
        ],
        [
            (
                "In a statement yesterday, the corporation said it had tightened its cheque-signing procedures in 2025 and was “co-operating fully with the police”.",
                "the corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Corporation chairman Terrence Jaggernauth-Sealy told the Sentinel an internal audit completed in October 2025 had found a further $96,000 in payments that could not be traced.",
                "Terrence Jaggernauth-Sealy",
                "told the Sentinel",
                "W",
            ),
            (
                "“We were the ones who called in the police,” he said.",
                "Terrence Jaggernauth-Sealy",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ramcharitar-Lewis joined the corporation in 2009 and was dismissed in November 2025, the corporation said.",
                "the corporation",
                "said",
                "W",
            ),
            (
                "Its chief executive officer, Sheldon Ali-Rampersad, did not respond to a request for comment.",
                "Sheldon Ali-Rampersad",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "The Auditor General’s 2024 report on the regional corporations flagged weak controls over cheque payments at nine of the country’s 14 corporations.",
                "The Auditor General’s 2024 report on the regional corporations",
                "flagged",
                "W",
            ),
        ],
        [
            (
                "A second person, a 29-year-old man, is expected to be charged, police said.",
                "police",
                "said",
                "",
            ),
        ],
        [
            ("Tags: Court, Fraud, Sangre Grande", "", "", "B"),
        ],
        [
            ("Printed from trinidadsentinel.co.tt on 14 May 2026", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Trinidad Sentinel Media Ltd.", "", "", "B"),
        ],
        [
            (
                "https://www.trinidadsentinel.co.tt/news/2026/05/14/ex-corporation-clerk-charged-with-412000-fraud-gets-350000-bail/",
                "",
                "",
                "B",
            ),
        ],
        [
            ("2/2", "", "", "B"),
        ],
    ],
    [
        [
            ("THE TALLINN DISPATCH – TEXT-ONLY", "", "", "B"),
        ],
        [
            ("You are viewing the text-only version. [Switch to full site]", "", "", "B"),
        ],
        [
            ("[Home] [News] [Business] [Culture] [Sport] [Opinion]", "", "", "B"),
        ],
        [
            ("Business", "", "", "B"),
        ],
        [
            ("Muuga cargo down 14% in first quarter as eastern transit dries up", "", "", "W"),
        ],
        [
            ("By Kadri Sõõrumaa | 14.05.2026 11:20", "", "", "B"),
        ],
        [
            ("[Image: Cranes over the container terminal at Muuga]", "", "", "B"),
        ],
        [
            (
                "Cargo handled by the Port of Tallinn fell 14% year on year to 3.1 million tonnes in the first quarter, the state-owned port operator said in its interim report on Wednesday[1].",
                "the state-owned port operator",
                "said in its interim report",
                "W",
            ),
        ],
        [
            (
                "Liquid bulk, mainly fuel oil, fell by 31%, while container throughput rose 6% to 61,400 TEU.",
                "",
                "",
                "W",
            ),
            (
                "Passenger numbers on the Tallinn–Helsinki route rose 3% to 1.9 million.",
                "",
                "",
                "W",
            ),
            (
                "Ro-ro cargo, mostly lorries and trailers on the Finland routes, was flat at 1.2 million tonnes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The port operator's shares fell 2.1% on the Tallinn stock exchange on Wednesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"Transit cargo from the east is gone and it is not coming back," chief executive Tõnis Saarepuu told the Dispatch.',
                "Tõnis Saarepuu",
                "told the Dispatch",
                "",
            ),
            ('"We have to stop waiting for it."', "Tõnis Saarepuu", "told the Dispatch", ""),
            (
                "He said revenue in the quarter fell 4% to €27.3 million, while net profit fell to €6.8 million from €9.9 million.",
                "Tõnis Saarepuu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Transit made up 18% of all cargo through Estonian ports last year, down from 41% in 2021, according to Statistics Estonia[2].",
                "Statistics Estonia",
                "according to",
                "W",
            ),
        ],
        [
            ("Read also: [3] Freight terminal at Ülemiste delayed until 2030", "", "", "B"),
        ],
        [
            ("[Advertisement hidden in text-only version]", "", "", "B"),
        ],
        [
            ("The fertiliser terminal at Muuga will cut 45 of its 210 jobs by July.", "", "", "W"),
            (
                "The cuts were confirmed to the Dispatch on Wednesday by the terminal's operator, Raudsilla Terminaal AS.",
                "Raudsilla Terminaal AS",
                "confirmed",
                "W",
            ),
            (
                "The company said the volume of fertiliser it handled had fallen by two-thirds since 2022.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Saarepuu said the port planned to invest €48 million in a new heavy-cargo quay at Muuga by 2028 to serve offshore wind projects.",
                "Tõnis Saarepuu",
                "said",
                "",
            ),
            (
                '"We signed the first lease for the quay in March," he said.',
                "Tõnis Saarepuu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Maarja-Liis Kruusamägi, head of the Estonian Freight and Transit Union, said about 600 jobs had been lost in the transit sector since 2022.",
                "Maarja-Liis Kruusamägi",
                "said",
                "W",
            ),
            (
                '"The government talks about wind and hydrogen.',
                "Maarja-Liis Kruusamägi",
                "said",
                "",
            ),
            (
                'People who lost their jobs need work this year, not in 2030," she said.',
                "Maarja-Liis Kruusamägi",
                "said",
                "",
            ),
            (
                "She said the union had 2,300 members, a third fewer than in 2021.",
                "Maarja-Liis Kruusamägi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Infrastructure Minister Rainer Pihlakas said the government would not subsidise terminal operators.",
                "Rainer Pihlakas",
                "said",
                "",
            ),
            (
                '"Ports must find new customers, as every business does," Pihlakas said.',
                "Rainer Pihlakas",
                "said",
                "",
            ),
            (
                "He said the state had already put €14 million into dredging at Muuga since 2023.",
                "Rainer Pihlakas",
                "said",
                "W",
            ),
        ],
        [
            (
                "Liisi Vahtramäe, chief economist at Toompea Pank, said the drop in transit could shave about 0.2 percentage points off Estonia's growth this year.",
                "Liisi Vahtramäe",
                "said",
                "",
            ),
            (
                '"Wind will bring jobs, but fewer and later than transit did," Vahtramäe said.',
                "Liisi Vahtramäe",
                "said",
                "",
            ),
            (
                "She said the Port of Tallinn paid a dividend of €18 million to the state last year.",
                "Liisi Vahtramäe",
                "said",
                "W",
            ),
        ],
        [
            (
                "Container throughput at Muuga has now risen for five quarters in a row.",
                "",
                "",
                "W",
            ),
            ("The port operator will publish its half-year results on August 13.", "", "", "W"),
        ],
        [
            ("Share: [Facebook] [X] [Email]", "", "", "B"),
        ],
        [
            ("[Back to top]", "", "", "B"),
        ],
        [
            ("Links:", "", "", "B"),
        ],
        [
            (
                "[1] https://www.tallinndispatch.ee/lite/business/port-interim-report-q1",
                "",
                "",
                "B",
            ),
        ],
        [
            ("[2] https://www.tallinndispatch.ee/lite/data/transit-share", "", "", "B"),
        ],
        [
            (
                "[3] https://www.tallinndispatch.ee/lite/business/ulemiste-freight-terminal",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Text-only version | Full site | Contact | Privacy", "", "", "B"),
        ],
        [
            ("© 2026 Tallinn Dispatch OÜ", "", "", "B"),
        ],
    ],
    [
        [
            (
                "The capture of https://www.andesledger.cl/regions/biobio-fishers-block-coronel-port-jack-mackerel-quota/",
                "",
                "",
                "B",
            ),
        ],
        [
            ("31 captures", "", "", "B"),
        ],
        [
            ("14 Mar 2026 - 2 May 2026", "", "", "B"),
        ],
        [
            ("FEB   MAR   APR", "", "", "B"),
        ],
        [
            ("◄ 18 ►", "", "", "B"),
        ],
        [
            ("2025   2026   2027", "", "", "B"),
        ],
        [
            ("About this capture", "", "", "B"),
        ],
        [
            ("THE ANDES LEDGER", "", "", "B"),
        ],
        [
            ("Chile’s news in English", "", "", "B"),
        ],
        [
            ("Home | Politics | Business | Regions | Culture | Sport", "", "", "B"),
        ],
        [
            ("Regions", "", "", "B"),
        ],
        [
            (
                "Biobío fishers block Coronel port for second day over jack mackerel quota",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Artisanal crews say the industrial fleet was given 70% of this year’s jack mackerel catch",
                "Artisanal crews",
                "say",
                "W",
            ),
        ],
        [
            ("By Catalina Ortúzar Riquelme", "", "", "B"),
        ],
        [
            ("March 17, 2026", "", "", "B"),
        ],
        [
            ("[Image unavailable]", "", "", "B"),
        ],
        [
            (
                "Fishing boats tied up across the entrance to the port of Coronel on Tuesday.",
                "",
                "",
                "",
            ),
            ("(Photo: The Andes Ledger)", "", "", "B"),
        ],
        [
            (
                "About 140 artisanal fishing boats blocked the entrance to the port of Coronel, in Chile’s Biobío region, for a second day on Tuesday, halting the movement of cargo ships, port officials said.",
                "port officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "The fishers are protesting against the 2026 quota for jack mackerel, known in Chile as jurel, which gives 70% of the catch to the industrial fleet and 30% to small-scale crews.",
                "",
                "",
                "W",
            ),
            (
                "The split is fixed under the fisheries law on the basis of each fleet’s historic catches.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The boats moved into position at 5 a.m.", "", "", "W"),
            ("Fishers on the breakwater lit flares as the first tug approached.", "", "", ""),
        ],
        [
            (
                "Rodrigo del Canto Ulloa, president of the Golfo de Arauco Artisanal Fishers’ Federation, said the quota left a crew of six with about 40 tonnes for the whole year.",
                "Rodrigo del Canto Ulloa",
                "said",
                "W",
            ),
            ("“We are not asking for charity.", "Rodrigo del Canto Ulloa", "said", ""),
            (
                "We are asking for the fish that swim past our own coves,” Del Canto said.",
                "Rodrigo del Canto Ulloa",
                "said",
                "",
            ),
            (
                "He said the federation represents 1,870 registered fishers in 23 coves.",
                "Rodrigo del Canto Ulloa",
                "said",
                "W",
            ),
        ],
        [
            (
                "Six cargo ships were waiting at anchor in the bay on Tuesday, said the terminal operator Muelles del Golfo S.A.",
                "Muelles del Golfo S.A.",
                "said",
                "W",
            ),
            (
                "The company said each day of delay cost shipping lines about US$35,000 per vessel.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Undersecretary for Fisheries, Ximena Barahona Leiva, said the quota could not be changed by decree in the middle of the season.",
                "Ximena Barahona Leiva",
                "said",
                "W",
            ),
            (
                "“Blocking a port is unacceptable, and the dialogue table remains open,” she said.",
                "Ximena Barahona Leiva",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Loading comments…", "", "", "B"),
        ],
        [
            (
                "The industrial association Pelágicos del Sur said its members had landed 18% less jurel last year than in 2024.",
                "Pelágicos del Sur",
                "said",
                "W",
            ),
            (
                "It said the artisanal share of the quota had already doubled since 2013.",
                "Pelágicos del Sur",
                "said",
                "W",
            ),
        ],
        [
            (
                "Marisol Millapán Carrasco, who collects seaweed and fishes for hake from Caleta Piedra Blanca, said small crews were treated as a tourist attraction.",
                "Marisol Millapán Carrasco",
                "said",
                "",
            ),
            (
                "“They call us ‘artisanal’ as if we were a craft fair,” she said.",
                "Marisol Millapán Carrasco",
                "said",
                "",
            ),
        ],
        [
            ("Carabineros said no arrests had been made.", "Carabineros", "said", "W"),
            (
                "A meeting between the federation and the undersecretary is planned for Thursday in Concepción, the federation said.",
                "the federation",
                "said",
                "W",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Salmon farm escape: 180,000 fish lost off Chiloé", "", "", "B"),
        ],
        [
            ("Santiago bus fares to rise 30 pesos in June", "", "", "B"),
        ],
        [
            ("© 2026 The Andes Ledger – Santiago, Chile", "", "", "B"),
        ],
    ],
    [
        [
            ("Nausori Commuters Group · 214 members", "", "", "B"),
        ],
        [
            ("[13/05/26, 6:47 am] Sailosi Delaimoala:", "", "", "B"),
            (
                "*BUS STRIKE: Suva–Nausori services halted as operators park 300 buses over fare freeze*",
                "",
                "",
                "W",
            ),
        ],
        [
            ("_Suva Sun Online | 13 May 2026_", "", "", "B"),
        ],
        [
            ("By Litia Cokanasiga", "", "", "B"),
        ],
        [
            (
                "More than 300 buses did not run this morning on routes between Suva and Nausori after operators began an indefinite strike over the Government's refusal to raise fares, the Viti Bus Owners Council said.",
                "Viti Bus Owners Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council says fares have been frozen since 2022 while the price of diesel has risen 38% over the same period.",
                "The council",
                "says",
                "W",
            ),
        ],
        [
            (
                "Council president Ratu Josaia Naisoro-Vatu said operators were losing about FJ$85 a day per bus on the busiest routes.",
                "Josaia Naisoro-Vatu",
                "said",
                "W",
            ),
            (
                '"We cannot keep subsidising the Government with our own money," Ratu Josaia said.',
                "Josaia Naisoro-Vatu",
                "said",
                "",
            ),
            (
                "He said the council had asked for a 15% increase in the base fare, from FJ$1.00 to FJ$1.15.",
                "Josaia Naisoro-Vatu",
                "said",
                "W",
            ),
        ],
        [
            ("[13/05/26, 6:48 am] Sailosi Delaimoala:", "", "", "B"),
            (
                "The Land Transport Authority (LTA) said it had issued 120 temporary permits to minivans and carriers to carry passengers during the strike.",
                "Land Transport Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Buses carry about 110,000 passengers a day on the corridor, according to LTA figures.",
                "LTA figures",
                "according to",
                "W",
            ),
            ("The last bus strike, in 2019, lasted three days.", "", "", "W"),
        ],
        [
            (
                "Operators who fail to run licensed services for more than 48 hours may have their road route licences suspended, the LTA warned.",
                "Land Transport Authority",
                "warned",
                "",
            ),
        ],
        [
            (
                "Transport Minister Adi Losalini Ravuvu-Tamani said a review of bus fares by the Fijian Competition and Consumer Commission would be completed by the end of June.",
                "Losalini Ravuvu-Tamani",
                "said",
                "",
            ),
            (
                '"Striking before the review is finished helps nobody," she said.',
                "Losalini Ravuvu-Tamani",
                "said",
                "",
            ),
            (
                "She said the Government had paid operators FJ$4.2 million in fuel subsidies last year.",
                "Losalini Ravuvu-Tamani",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the Nausori bus stand, Mereseini Vuki, a nurse, said she had paid FJ$25 for a taxi to get to her shift in Suva.",
                "Mereseini Vuki",
                "said",
                "W",
            ),
            (
                '"That is a whole day\'s wage for some people," she said.',
                "Mereseini Vuki",
                "said",
                "",
            ),
            (
                "She said the queue for carriers at the stand was about 200 people long at 6 am.",
                "Mereseini Vuki",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Education said schools along the corridor would stay open, but students who could not travel would not be marked absent.",
                "Ministry of Education",
                "said",
                "W",
            ),
        ],
        [
            (
                "Shalvin Prasad-Naidu, who owns four buses in Nausori, said he would rather park them than run at a loss.",
                "Shalvin Prasad-Naidu",
                "said",
                "",
            ),
            ('"Every trip I make, I lose money," he said.', "Shalvin Prasad-Naidu", "said", ""),
        ],
        [
            ("[13/05/26, 6:49 am] Sailosi Delaimoala:", "", "", "B"),
            ("_Full story at the link below_ 👇", "", "", "B"),
        ],
        [
            ("suvasun.com.fj", "", "", "B"),
        ],
        [
            (
                "https://www.suvasun.com.fj/news/bus-strike-suva-nausori-services-halted",
                "",
                "",
                "B",
            ),
        ],
        [
            ("[13/05/26, 6:52 am] Mere Qalovaki:", "", "", "B"),
            ("Vinaka for sharing 🙏", "", "", "B"),
        ],
        [
            ("[13/05/26, 6:58 am] Josefa K:", "", "", "B"),
            ("Carriers at Nausori charging $10 already 😡", "", "", "B"),
        ],
        [
            ("[13/05/26, 7:01 am] Sailosi Delaimoala:", "", "", "B"),
            ("<This message was deleted>", "", "", "B"),
        ],
        [
            ("[13/05/26, 7:03 am] Sailosi Delaimoala:", "", "", "B"),
            ("image omitted", "", "", "B"),
        ],
        [
            ("[13/05/26, 7:05 am] Ana Tuimavana:", "", "", "B"),
            ("Any update on the Nadoi Heights route?", "", "", "B"),
        ],
        [
            ("[13/05/26, 7:12 am] Sailosi Delaimoala:", "", "", "B"),
            ("Council just said on radio the strike will continue tomorrow.", "", "", "B"),
        ],
        [
            ("[13/05/26, 7:13 am] Mere Qalovaki:", "", "", "B"),
            ("🙏🙏", "", "", "B"),
        ],
        [
            ("[13/05/26, 7:20 am] Josefa K:", "", "", "B"),
            ("👍", "", "", "B"),
        ],
    ],
    [
        [
            ("NewsLoom", "", "", "B"),
        ],
        [
            ("Home | For you | World | Cyprus | Money | Sport | Weather", "", "", "B"),
        ],
        [
            ("Limassol ☁ 24°", "", "", "B"),
        ],
        [
            ("Cyprus", "", "", "B"),
        ],
        [
            ("The Limassol Post", "", "", "B"),
        ],
        [
            ("Story by Eleni Kyprianidou-Stylianou • 5h • 3 min read", "", "", "B"),
        ],
        [
            ("Follow", "", "", "B"),
        ],
        [
            (
                "Limassol General A&E patients waited up to 19 hours for a bed last week, nurses say",
                "nurses",
                "say",
                "W",
            ),
        ],
        [
            (
                "Patients at the emergency department of Limassol General Hospital waited up to 19 hours for a bed last week, according to figures compiled by the hospital’s nursing staff.",
                "figures compiled by the hospital’s nursing staff",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The department treated 4,912 patients in April, or about 164 a day, the hospital’s figures show.",
                "the hospital’s figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "The Union of Hospital Nurses of Cyprus said 31 patients were being treated on trolleys and chairs on Thursday night in a department with 22 beds.",
                "Union of Hospital Nurses of Cyprus",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its Limassol representative, Andreas Hadjipanayiotou, said two nurses had been assaulted by patients’ relatives in the past month.",
                "Andreas Hadjipanayiotou",
                "said",
                "W",
            ),
            (
                "“We are working 14-hour shifts and we are still not enough,” he said.",
                "Andreas Hadjipanayiotou",
                "said",
                "W",
            ),
            (
                "“Some of our colleagues are already looking at jobs in the private sector.”",
                "Andreas Hadjipanayiotou",
                "said",
                "",
            ),
        ],
        [
            (
                "The State Health Services Organisation (Okypy) said the pressure was caused by a rise in respiratory infections and by private clinics transferring patients at night.",
                "State Health Services Organisation",
                "said",
                "W",
            ),
            (
                "A spokesman for the private hospitals’ association rejected the claim, saying transfers were made only when patients needed intensive care.",
                "A spokesman for the private hospitals’ association",
                "saying",
                "W",
            ),
        ],
        [
            (
                "Okypy spokeswoman Dr. Marina Evripidou-Kleanthous said 12 extra beds would open in the internal medicine ward on June 1.",
                "Marina Evripidou-Kleanthous",
                "said",
                "W",
            ),
            (
                "She said 14 nurses had been hired for the hospital since January and another 10 would start in July.",
                "Marina Evripidou-Kleanthous",
                "said",
                "W",
            ),
            (
                "“We understand the frustration of patients and staff,” she said.",
                "Marina Evripidou-Kleanthous",
                "said",
                "",
            ),
        ],
        [
            ("Sponsored Content", "", "", "B"),
        ],
        [
            ("Cyprus homeowners are switching to this solar deal (See why)", "", "", "B"),
        ],
        [
            ("The 7 best beaches in Europe for 2026, ranked", "", "", "B"),
        ],
        [
            ("Ad", "", "", "B"),
        ],
        [
            ("Continue reading", "", "", "B"),
        ],
        [
            (
                "Health Minister Stavroula Pieridou-Kyriakou said she had asked Okypy for a written report on the department by Friday.",
                "Stavroula Pieridou-Kyriakou",
                "said",
                "W",
            ),
            (
                "“Nobody should spend a night on a trolley,” Pieridou-Kyriakou said during a visit to the hospital on Sunday.",
                "Stavroula Pieridou-Kyriakou",
                "said",
                "",
            ),
            (
                "She said the ministry could pay private hospitals to take up to 15 patients a night from Limassol General if the pressure continued.",
                "Stavroula Pieridou-Kyriakou",
                "said",
                "",
            ),
        ],
        [
            (
                "Figures from the Health Insurance Organisation show visits to emergency departments in Limassol rose 23% in the first quarter compared with the same period last year.",
                "Figures from the Health Insurance Organisation",
                "show",
                "W",
            ),
            ("In the whole of 2025, the same departments recorded 81,300 visits.", "", "", "W"),
        ],
        [
            (
                "Panikos Yiallouros-Demetriou, 71, said he spent 16 hours on a trolley with a broken hip before he was admitted.",
                "Panikos Yiallouros-Demetriou",
                "said",
                "W",
            ),
            (
                "“They were kind, but there was nowhere to put me,” he said.",
                "Panikos Yiallouros-Demetriou",
                "said",
                "",
            ),
        ],
        [
            (
                "The Cyprus Emergency Physicians’ Group said eight of the department’s 19 posts for doctors were vacant.",
                "Cyprus Emergency Physicians’ Group",
                "said",
                "W",
            ),
            (
                "The group said salaries for emergency doctors in private hospitals were up to 40% higher.",
                "The group",
                "said",
                "W",
            ),
        ],
        [
            ("Feedback", "", "", "B"),
        ],
        [
            ("👍 24   💬 9   ↗ Share", "", "", "B"),
        ],
        [
            ("More for you", "", "", "B"),
        ],
        [
            ("Larnaca airport passenger numbers hit April record", "", "", "B"),
        ],
        [
            ("Paphos council approves new bus station", "", "", "B"),
        ],
        [
            ("Hide stories from The Limassol Post", "", "", "B"),
        ],
        [
            ("Report an issue", "", "", "B"),
        ],
        [
            ("© 2026 The Limassol Post.", "", "", "B"),
            ("Distributed by NewsLoom.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Niugini Star", "", "", "B"),
        ],
        [
            ("Today’s Edition · Tuesday, 12 May 2026", "", "", "B"),
        ],
        [
            ("SPORT · Page 38", "", "", "B"),
        ],
        [
            ("Aa   🔊 Listen   ☆ Save   ⤴ Share", "", "", "B"),
        ],
        [
            ("Eagles soar to 26-18 win over Reef Hawks, go top of Premiership", "", "", "W"),
        ],
        [
            (
                "Two late tries from winger Junior Kaupa-Moide seal Goroka’s fourth straight win",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Joe Kambuou-Wari", "", "", "B"),
        ],
        [
            ("Tap image to enlarge · 1 of 4", "", "", "B"),
        ],
        [
            (
                "Eagles winger Junior Kaupa-Moide scores his second try at Lalopa Oval on Sunday.",
                "",
                "",
                "W",
            ),
            ("Picture: Tomu Gawi", "", "", "B"),
        ],
        [
            (
                "The Goroka Mountain Eagles moved to the top of the Niugini Premiership with a 26-18 win over the Kokopo Reef Hawks at Lalopa Oval in Goroka on Sunday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kaupa-Moide scored two tries in the last 11 minutes after the Reef Hawks had led 18-14 going into the final quarter.",
                "",
                "",
                "W",
            ),
            ("Centre Kelvin Haro kicked five goals from six attempts.", "", "", "W"),
        ],
        [
            (
                "A crowd of about 9,500 watched the match, according to ground officials.",
                "ground officials",
                "according to",
                "W",
            ),
        ],
        [
            ("“The boys never stopped believing.", "Kila Haro-Manuai", "said", ""),
            (
                "That is what this club is,” Eagles coach Kila Haro-Manuai said.",
                "Kila Haro-Manuai",
                "said",
                "",
            ),
            (
                "He said captain Peter Siune had played the second half with a strapped shoulder.",
                "Kila Haro-Manuai",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Mipela i no save les!” shouted one fan as the team left the field.",
                "one fan",
                "shouted",
                "",
            ),
        ],
        [
            ("Swipe up to keep reading", "", "", "B"),
        ],
        [
            ("Tap to view gallery (4 photos)", "", "", "B"),
        ],
        [
            (
                "Reef Hawks coach Aisake Tovue-Vunagi said two penalties against his side in the final quarter were “soft”.",
                "Aisake Tovue-Vunagi",
                "said",
                "",
            ),
            ("“But we will not make excuses,” he said.", "Aisake Tovue-Vunagi", "said", ""),
        ],
        [
            (
                "The Eagles made 312 tackles and missed 21, while the Reef Hawks had 58% of possession.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Reef Hawks fullback Timothy ToLiman left the field in the 30th minute with a knee injury and will have a scan on Tuesday, the club said.",
                "the club",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Eagles have won four matches in a row and have 14 points from eight games, two more than the Port Moresby Sea Kings.",
                "",
                "",
                "W",
            ),
            ("The Reef Hawks had won their previous three matches.", "", "", "W"),
        ],
        [
            (
                "The league’s competitions manager, Dorothy Kaiyo-Pundia, said the semi-finals would be played on September 6 and 13.",
                "Dorothy Kaiyo-Pundia",
                "said",
                "W",
            ),
        ],
        [
            ("SCORERS", "", "", "B"),
        ],
        [
            ("Eagles 26 (J. Kaupa-Moide 2, P. Siune, R. Auka tries; K. Haro 5 goals)", "", "", ""),
        ],
        [
            ("Reef Hawks 18 (T. Vuia, M. Tovue, S. ToPaivu tries; A. Warea 3 goals)", "", "", ""),
        ],
        [
            ("Half-time: Eagles 8 Reef Hawks 12", "", "", ""),
        ],
        [
            ("Referee: Ben Ipiali", "", "", ""),
        ],
        [
            ("PREMIERSHIP LADDER (top four)", "", "", "B"),
        ],
        [
            ("Team | P | W | L | Pts", "", "", "B"),
        ],
        [
            ("Goroka Mountain Eagles | 8 | 7 | 1 | 14", "", "", ""),
        ],
        [
            ("Port Moresby Sea Kings | 8 | 6 | 2 | 12", "", "", ""),
        ],
        [
            ("Kokopo Reef Hawks | 8 | 5 | 3 | 10", "", "", ""),
        ],
        [
            ("Mt Hagen Ridge Runners | 8 | 5 | 3 | 10", "", "", ""),
        ],
        [
            ("Next: Lae schoolgirls win national touch title ›", "", "", "B"),
        ],
        [
            ("Swipe left for next article", "", "", "B"),
        ],
        [
            ("Downloaded for offline reading · Edition 12 May 2026", "", "", "B"),
        ],
        [
            ("© 2026 Niugini Star Publishing Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n146-gh-am-highway",
        "The first ambulance reached the scene at 6:25 a.m. The highway was closed in both directions for nearly four hours.",
        [
            "The first ambulance reached the scene at 6:25 a.m.",
            "The highway was closed in both directions for nearly four hours.",
        ],
    ),
    (
        "n146-gh-quote-he-said",
        "Akosua Nyarko-Frimpong, 46, a trader from Asaman-Nkwanta who was seated behind the driver, said the bus left Accra at about 3:30 a.m. with every seat taken. “He was speeding the whole way from Accra. We shouted at him to slow down, but he said he was late for his second trip,” she said from her hospital bed.",
        [
            "Akosua Nyarko-Frimpong, 46, a trader from Asaman-Nkwanta who was seated behind the driver, said the bus left Accra at about 3:30 a.m. with every seat taken.",
            "“He was speeding the whole way from Accra.",
            "We shouted at him to slow down, but he said he was late for his second trip,” she said from her hospital bed.",
        ],
    ),
    (
        "n146-gh-alhaji-quote",
        "Its Eastern Regional chairman, Alhaji Issah Mumuni-Dramani, said drivers on the route were under pressure to make extra trips since fuel prices went up. “We are not defending anybody. If he broke the law, let the law deal with him,” Mumuni-Dramani said.",
        [
            "Its Eastern Regional chairman, Alhaji Issah Mumuni-Dramani, said drivers on the route were under pressure to make extra trips since fuel prices went up.",
            "“We are not defending anybody.",
            "If he broke the law, let the law deal with him,” Mumuni-Dramani said.",
        ],
    ),
    (
        "n146-gh-copyright",
        "© 2026 Kente Courier. All Rights Reserved.",
        ["© 2026 Kente Courier.", "All Rights Reserved."],
    ),
    (
        "n146-lk-rs-fourteen",
        "Domestic consumers using up to 30 units a month will pay Rs. 4.50 per unit, down from Rs. 6, the commission said. Those in the 31–60 unit block will pay Rs. 11 per unit, down from Rs. 14. Monthly fixed charges are unchanged.",
        [
            "Domestic consumers using up to 30 units a month will pay Rs. 4.50 per unit, down from Rs. 6, the commission said.",
            "Those in the 31–60 unit block will pay Rs. 11 per unit, down from Rs. 14.",
            "Monthly fixed charges are unchanged.",
        ],
    ),
    (
        "n146-lk-caption-credit",
        "A meter reader at work in a Colombo suburb. (Picture by Thilina Abeykoon-Ratnayake)",
        ["A meter reader at work in a Colombo suburb.", "(Picture by Thilina Abeykoon-Ratnayake)"],
    ),
    (
        "n146-lk-prof-rains",
        "PUCSL Chairman Prof. Janaka Hettiarachchi-Mendis told a media briefing in Colombo that the commission had found the CEB’s cost estimates for the second half of the year overstated by about Rs. 38 billion. “The CEB assumed the rains would fail. They did not,” he said.",
        [
            "PUCSL Chairman Prof. Janaka Hettiarachchi-Mendis told a media briefing in Colombo that the commission had found the CEB’s cost estimates for the second half of the year overstated by about Rs. 38 billion.",
            "“The CEB assumed the rains would fail.",
            "They did not,” he said.",
        ],
    ),
    (
        "n146-lk-initials",
        "The Western Province Small Industries Forum said its members, mostly garment and bakery units, paid an average of Rs. 52 a unit last year. “For a bakery, electricity is the second cost after flour,” said the forum’s secretary, W. A. Nalaka Amarasekara.",
        [
            "The Western Province Small Industries Forum said its members, mostly garment and bakery units, paid an average of Rs. 52 a unit last year.",
            "“For a bakery, electricity is the second cost after flour,” said the forum’s secretary, W. A. Nalaka Amarasekara.",
        ],
    ),
    (
        "n146-sc-cllr-no-cue",
        "Council leader Cllr Morag Lindsay-Drummond said the administration had “no good options left”. “Our grant from the Scottish Government has fallen by 11% in real terms since 2014,” she said. “Nobody came into politics to close toilets.”",
        [
            "Council leader Cllr Morag Lindsay-Drummond said the administration had “no good options left”.",
            "“Our grant from the Scottish Government has fallen by 11% in real terms since 2014,” she said.",
            "“Nobody came into politics to close toilets.”",
        ],
    ),
    (
        "n146-sc-gaelic-particle",
        "Cllr Calum Mac an Tàilleir, who leads the largest opposition group, said the toilet closures would hit tourism in small places such as Glenskellie. “Visitors don’t stop where they can’t stop,” Mac an Tàilleir said. His group’s amendment, which would have kept the toilets open by using a further £640,000 from reserves, was defeated by 24 votes to 18.",
        [
            "Cllr Calum Mac an Tàilleir, who leads the largest opposition group, said the toilet closures would hit tourism in small places such as Glenskellie.",
            "“Visitors don’t stop where they can’t stop,” Mac an Tàilleir said.",
            "His group’s amendment, which would have kept the toilets open by using a further £640,000 from reserves, was defeated by 24 votes to 18.",
        ],
    ),
    (
        "n146-sc-ltd-regd-no",
        "© 2026 Borderlands Media Ltd. Registered in Scotland No. SC412877.",
        ["© 2026 Borderlands Media Ltd.", "Registered in Scotland No. SC412877."],
    ),
    (
        "n146-mt-shuttle-dates",
        "Free shuttle buses will run from the Il-Port Park & Ride every 15 minutes until 01:30. More than 300 volunteers will be recruited. Applications close on 12 June.",
        [
            "Free shuttle buses will run from the Il-Port Park & Ride every 15 minutes until 01:30.",
            "More than 300 volunteers will be recruited.",
            "Applications close on 12 June.",
        ],
    ),
    (
        "n146-mt-hon-dr",
        "Government support for the festival has increased to €1.2 million this year, up from €950,000 in 2025, said Hon. Dr Clayton Mifsud-Bonello, Minister for Culture and Heritage. “This is an investment in Valletta’s summer nights, not a cost,” Mifsud-Bonello said.",
        [
            "Government support for the festival has increased to €1.2 million this year, up from €950,000 in 2025, said Hon. Dr Clayton Mifsud-Bonello, Minister for Culture and Heritage.",
            "“This is an investment in Valletta’s summer nights, not a cost,” Mifsud-Bonello said.",
        ],
    ),
    (
        "n146-mt-notes-two",
        "2. The Harbour Arts Foundation is a public foundation set up in 2011 to organise cultural events in and around Valletta. It is governed by a board of seven members appointed for three-year terms.",
        [
            "2. The Harbour Arts Foundation is a public foundation set up in 2011 to organise cultural events in and around Valletta.",
            "It is governed by a board of seven members appointed for three-year terms.",
        ],
    ),
    (
        "n146-na-click-name",
        "Dr. Selma !Nanus-Gaingob, a climatologist at the University of Namibia, said the region had received below-average rain in four of the past five seasons. “This is no longer a bad year. It is a pattern,” !Nanus-Gaingob said.",
        [
            "Dr. Selma !Nanus-Gaingob, a climatologist at the University of Namibia, said the region had received below-average rain in four of the past five seasons.",
            "“This is no longer a bad year.",
            "It is a pattern,” !Nanus-Gaingob said.",
        ],
    ),
    (
        "n146-na-forward-note",
        "Morning all, see the top item below re the drought relief scheme. Registration closes on Friday 22 May, so please pass it on.",
        [
            "Morning all, see the top item below re the drought relief scheme.",
            "Registration closes on Friday 22 May, so please pass it on.",
        ],
    ),
    (
        "n146-bd-prof-dr-md",
        "Education Minister Professor Dr. Md. Rafiqul Islam Talukder gave this information at a press conference at the ministry on Tuesday afternoon. He said, 'This year the results of the girls are better than the boys. The pass rate of girls is 84.51 percent and of boys is 81.60 percent.'",
        [
            "Education Minister Professor Dr. Md. Rafiqul Islam Talukder gave this information at a press conference at the ministry on Tuesday afternoon.",
            "He said, 'This year the results of the girls are better than the boys.",
            "The pass rate of girls is 84.51 percent and of boys is 81.60 percent.'",
        ],
    ),
    (
        "n146-bd-wrong-pronoun",
        "Rokeya Sultana Mitu, head teacher of Shyamoli Nabadiganta Girls' High School, said that the students of the school cried with happiness after seeing the results. He said, 'Out of 212 examinees of our school, 209 have passed, 87 have got GPA-5.'",
        [
            "Rokeya Sultana Mitu, head teacher of Shyamoli Nabadiganta Girls' High School, said that the students of the school cried with happiness after seeing the results.",
            "He said, 'Out of 212 examinees of our school, 209 have passed, 87 have got GPA-5.'",
        ],
    ),
    (
        "n146-tt-cpl-charges",
        "She was charged by Cpl. Renee Alleyne-Dopson of the Fraud Squad on Tuesday. The charges were laid after an investigation begun in September 2025 on a report from the corporation.",
        [
            "She was charged by Cpl. Renee Alleyne-Dopson of the Fraud Squad on Tuesday.",
            "The charges were laid after an investigation begun in September 2025 on a report from the corporation.",
        ],
    ),
    (
        "n146-tt-sgt-bail",
        "Prosecutor Sgt. Dexter Boodhoo-Lalla objected to bail, telling the court that the accused had travelled to Miami twice since the investigation began. Boodhoo-Lalla said the police had not yet traced about $180,000 of the money. “The State is concerned that she is a flight risk,” he said.",
        [
            "Prosecutor Sgt. Dexter Boodhoo-Lalla objected to bail, telling the court that the accused had travelled to Miami twice since the investigation began.",
            "Boodhoo-Lalla said the police had not yet traced about $180,000 of the money.",
            "“The State is concerned that she is a flight risk,” he said.",
        ],
    ),
    (
        "n146-tt-pm-sister",
        "Bail was approved with a surety, and Ramcharitar-Lewis was released from the court cells at 3.15 p.m. Her sister and two of her children were waiting outside.",
        [
            "Bail was approved with a surety, and Ramcharitar-Lewis was released from the court cells at 3.15 p.m.",
            "Her sister and two of her children were waiting outside.",
        ],
    ),
    (
        "n146-ee-as-company",
        "The fertiliser terminal at Muuga will cut 45 of its 210 jobs by July. The cuts were confirmed to the Dispatch on Wednesday by the terminal's operator, Raudsilla Terminaal AS. The company said the volume of fertiliser it handled had fallen by two-thirds since 2022.",
        [
            "The fertiliser terminal at Muuga will cut 45 of its 210 jobs by July.",
            "The cuts were confirmed to the Dispatch on Wednesday by the terminal's operator, Raudsilla Terminaal AS.",
            "The company said the volume of fertiliser it handled had fallen by two-thirds since 2022.",
        ],
    ),
    (
        "n146-ee-quote-no-cue",
        '"Transit cargo from the east is gone and it is not coming back," chief executive Tõnis Saarepuu told the Dispatch. "We have to stop waiting for it." He said revenue in the quarter fell 4% to €27.3 million, while net profit fell to €6.8 million from €9.9 million.',
        [
            '"Transit cargo from the east is gone and it is not coming back," chief executive Tõnis Saarepuu told the Dispatch.',
            '"We have to stop waiting for it."',
            "He said revenue in the quarter fell 4% to €27.3 million, while net profit fell to €6.8 million from €9.9 million.",
        ],
    ),
    (
        "n146-cl-sa-company",
        "Six cargo ships were waiting at anchor in the bay on Tuesday, said the terminal operator Muelles del Golfo S.A. The company said each day of delay cost shipping lines about US$35,000 per vessel.",
        [
            "Six cargo ships were waiting at anchor in the bay on Tuesday, said the terminal operator Muelles del Golfo S.A.",
            "The company said each day of delay cost shipping lines about US$35,000 per vessel.",
        ],
    ),
    (
        "n146-cl-am-fishers",
        "The boats moved into position at 5 a.m. Fishers on the breakwater lit flares as the first tug approached.",
        [
            "The boats moved into position at 5 a.m.",
            "Fishers on the breakwater lit flares as the first tug approached.",
        ],
    ),
    (
        "n146-fj-prefix-headline",
        "[13/05/26, 6:47 am] Sailosi Delaimoala: *BUS STRIKE: Suva–Nausori services halted as operators park 300 buses over fare freeze*",
        [
            "[13/05/26, 6:47 am] Sailosi Delaimoala:",
            "*BUS STRIKE: Suva–Nausori services halted as operators park 300 buses over fare freeze*",
        ],
    ),
    (
        "n146-fj-prefix-lta",
        "[13/05/26, 6:48 am] Sailosi Delaimoala: The Land Transport Authority (LTA) said it had issued 120 temporary permits to minivans and carriers to carry passengers during the strike.",
        [
            "[13/05/26, 6:48 am] Sailosi Delaimoala:",
            "The Land Transport Authority (LTA) said it had issued 120 temporary permits to minivans and carriers to carry passengers during the strike.",
        ],
    ),
    (
        "n146-cy-dr-beds",
        "Okypy spokeswoman Dr. Marina Evripidou-Kleanthous said 12 extra beds would open in the internal medicine ward on June 1. She said 14 nurses had been hired for the hospital since January and another 10 would start in July. “We understand the frustration of patients and staff,” she said.",
        [
            "Okypy spokeswoman Dr. Marina Evripidou-Kleanthous said 12 extra beds would open in the internal medicine ward on June 1.",
            "She said 14 nurses had been hired for the hospital since January and another 10 would start in July.",
            "“We understand the frustration of patients and staff,” she said.",
        ],
    ),
    (
        "n146-cy-copyright",
        "© 2026 The Limassol Post. Distributed by NewsLoom.",
        ["© 2026 The Limassol Post.", "Distributed by NewsLoom."],
    ),
    (
        "n146-pg-coach-quote",
        "“The boys never stopped believing. That is what this club is,” Eagles coach Kila Haro-Manuai said. He said captain Peter Siune had played the second half with a strapped shoulder.",
        [
            "“The boys never stopped believing.",
            "That is what this club is,” Eagles coach Kila Haro-Manuai said.",
            "He said captain Peter Siune had played the second half with a strapped shoulder.",
        ],
    ),
]
