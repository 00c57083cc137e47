"""Hundred-and-fifty-third set of new hand-labelled pages for the hint engines (tuning set, round fifty-six):
twelve WHOLE pages from twelve countries (none of them a country of `labelled_new151.py` or
`labelled_new152.py`), each from a different kind of site and pasted a different way, where telling
FURNITURE from STORY is the hard part, in both directions. The pages: a United States local TV
station's site pasted from a phone (a boil-water advisory in Cedar Rapids); a bilingual
French-English community news site in New Brunswick (a council votes to rebuild a storm-wrecked
wharf); an Irish local radio station's site with a live player strip (a one-doctor GP practice in
Co. Mayo closes); a Scottish council's own news page (a flood protection scheme approved); a Kenyan
trade union's news page (a strike notice over unpaid salaries in Nakuru); an Indian national daily's
AMP page pasted on a phone (alternate-day water supply in Pune); a Philippine story syndicated on a
news aggregator (dengue in Iloilo); a Singaporean university's news office release (reflective paint
cools public flats); a Ghanaian business newsletter pasted from a mail client (cocoa farmers unpaid
since March); a Namibian daily's print view (a fish processor retrenches 214 workers); a Pakistani
magazine long read in a browser's reader mode (Karachi's water-tanker trade); and an Australian
community paper's site (a town pool closes for a rebuild).

What is hard is which lines belong to the story. STORY THAT LOOKS LIKE FURNITURE: one-line facts
standing alone ("Schools are not affected.", "Five people have died.", "All five were children under
12."); timelines of dated items ("Dec. 21, 2025 — A storm surge tears away ...", "14 March 2026 –
March salaries paid 19 days late."); a list of named people with roles under "Its members are:";
pasted data lines (hours at water points, "Cost: £11.4 million", dam storage, official tanker rates,
"GH¢14.62 — the cedi's closing rate ..."); a list of warning signs; demand lines; sentence bullets
under "Key findings"; subheads ("What to know", "How we got here", "Why it matters", "The gap") and
question subheads; short quoted lines standing alone ("“Not one person.”", "“Third.”", "“That is
theft.”", "“Twelve years, and a piece of paper.”"); listeners' texts read on a radio page; a vox pop
with name prefixes; an exhibition with a date and hours that reads like an event ad; a note on a
union's page that adds a fact ("Note: Members in Gilgil and Subukia ..."); an update note that adds a
fact ("Update, 14 May: ... the ministry confirmed ..."); an editor's note that is part of a long read
(why a contractor is not named); a reader-mode title line. FURNITURE THAT LOOKS LIKE STORY: cookie
banners and a cookie notice in full sentences; a paywall meter; app-download prompts (one opening
with a question); a podcast episode blurb; "This is a developing story."; a republication note; "this
story was produced with support from ..." lines in two languages; a funding line; a sponsor's note
with a year and an interest rate; a newsletter greeting, sign-off and feedback line; an author bio in
prose; a university's "About" paragraph with figures; a membership appeal with a figure and dues;
comment rules and comment moderation in prose; user comments that report facts ("three kids on one
street got sick"); an event ad; a subscription appeal; a correction-policy line; an acknowledgement
of Country; notes to editors; an audio player label naming the interviewee; "Was this page
helpful?"; a "Note:" that only says the page was updated; the email's subject line.

The pages hold 520 sentences: 253 "B", 149 "W" and 118 ""; 139 sentences carry a speaker (72 distinct
speakers, page by page, and 72 distinct labels). `STYLES` describes each page, its story, its labels
and its furniture in order; `CASES` holds 30 split cases cut from the pages ("p.m." ending a
sentence, "U.S." and "No. 7" mid-sentence, "Dec." in a timeline item, "Dr." and "Assoc. Prof." before
a name, initials "E. K." in a name that ends a sentence, "J. H." and "et al." in a journal reference, "(Pty) Ltd"
mid-sentence, "Ltd." ending a line, a quote followed by a one-word quote, a question opening an app
prompt, a question and an exclamation inside a quote before the attribution, ellipses before a
lower-case word and before a capital, a vox-pop quote after a name prefix split in two, bilingual notices).

Written from scratch for issue 13 in round fifty-six, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]`
tables of `pyproject.toml`; and, through `ast` only, the module docstrings, `STYLES`, first two pages
and first three cases of `labelled_new151.py` and `labelled_new152.py`. Coined names were checked
for freshness with file counts of `grep -rlF` over `tests/text` (counts only, no text shown): twelve
candidate names that hit (six personal names, a street and park name, a journal title, a union name
and three small places) were replaced before the file was written, and every speaker label was then
counted the same way (none of the people, outlets or firms hit; only generic nouns such as
"residents", "traders", "the ministry" and "Fishermen" and real public bodies did).

Every person, outlet, station, newsletter, aggregator, magazine, university, union, firm, club,
fund, fellowship, journal, harbour authority, report, statement and figure is invented, and so is
every small place (Anse-Bleue, Kilgarvagh, Carrownagh, Balmerrie, Brolga Park, Noor Shah Chowk,
Wexford Road NE, Sorrel Park and the like). Real countries, states, provinces, regions, cities,
towns, suburbs, rivers, dams and public bodies appear only as settings, with invented statements and
figures: Cedar Rapids, Linn and Johnson counties, Marion, Interstate 380 and the U.S. Environmental
Protection Agency; Shediac, Ottawa and Fisheries and Oceans Canada; Co. Mayo, Ballina, Castlebar,
Erris, Bangor Erris, Westport, the HSE, the Ballina Municipal District and Coimisiún na Meán;
Perth & Kinross Council, Strathtay, the River Braan, the Scottish Government and the Scottish
Environment Protection Agency; Nakuru, Gilgil, Subukia, Kisumu, Nakuru Level 5 Hospital, the County
Government of Nakuru and the National Treasury; Pune, Hadapsar, Kondhwa, Wanowrie, Mundhwa,
Kharadi, Katraj, Viman Nagar, Swargate, the Khadakwasla, Panshet, Varasgaon and Temghar dams and the
Pune Municipal Corporation; Iloilo City, Pototan, Dumangas, Zarraga, Jaro, Guimaras, the Western
Visayas Medical Center, the Iloilo Provincial Board and the Department of Health; Tampines, Jurong
West and Tampines Town Council; Western North Region, Sefwi Wiawso, Kumasi, Accra, Osu, Takoradi,
the Ghana Cocoa Board, the Bank of Ghana, the Ghana Revenue Authority, the National Petroleum
Authority and the Ghana Stock Exchange; Walvis Bay, Kuisebmond, Lüderitz, the Erongo Regional
Council, the Labour Commissioner and the Ministry of Fisheries and Marine Resources; Karachi,
Defence, Clifton, Korangi and the Karachi Water and Sewerage Corporation; Gunnedah, Tamworth,
Curlewis, Boggabri, the Namoi Valley, Gunnedah Shire Council and the NSW Government.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, strip, crumb, byline, date line, share
line, caption, credit, list item, data line, comment, button row and legal line is a paragraph of its
own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
Furniture is "B" line by line, whatever it says, and never carries a speaker; headlines and
standfirsts are never "B" and are flagged by content, a standfirst's "says" carrying its source as
the story first gives it ("Civic body says" -> "The Pune Municipal Corporation", "Club says" ->
"Namoi Sharks Swimming Club", "Fishermen say" -> "Fishermen"); a caption is flagged by content and
its credit is "B"; tables pasted as lines have a "B" title and source line and "" rows; a person is
named in full as first given, without titles or roles ("Mayor", "Councillor", "Cr", "Dr", "Dr.",
"Associate Professor", "Assoc. Prof.", "Secretary-General", "Board Member", "Managing director",
"General manager", "Pharmacist", "Former corporator" and the like dropped; initials "E. K." and
"Mohd" in a Malay name kept), and a pronoun or surname resolves to that name (the Chinese-order
"Seah Jun Hao" from "Seah"); a quote over several sentences carries its speaker and cue in each;
"according to X" gives X as written ("the city's capital plan", "HSE figures", "the PMC's own rate
card", "Bank of Ghana data", "a council engineering report"), and "according to the hospital's chief
nurse, Ramonita Javellana-Dulay" gives the name; a body keeps its article and case as written ("The
HSE", "the city's utilities department", "the ministry"), a bracketed acronym is dropped ("The Pune
Municipal Corporation (PMC)", "(DOH-WV CHD)"), and "It said" resolves to the body as first given; an
anonymous source is kept as written without the clause on anonymity ("A KWSC official who oversees
hydrant operations").

Conventions this set had to settle, in the same spirit:

* Story that looks like furniture is never "B". A subhead over sentences ("What to know", "How we got
  here", "Key findings", "Why it matters", "The gap", "Its members are:", "The union demands:") is
  "", like a question subhead; a BOX or TABLE title over label–value lines ("Scheme at a glance",
  "Storage on May 12 (in TMC)", "Official rates per load, 2025–26") is "B", like the table titles of
  the earlier sets; a newsletter's rubric labels in capitals ("TOP STORY", "IN BRIEF", "THE WEEK IN
  NUMBERS", "SPONSORED") are "B", like a "THE BIG INTERVIEW" label.
* Pasted data lines without a verb (water-point hours, "Cost: £11.4 million", dam storage, tanker
  rates, "GH¢14.62 — the cedi's closing rate ...", a list of named people with their roles, demand
  lines, warning signs) are "", like the table rows and line-ups of the earlier sets: story, not
  furniture, and not a sentence to check. Sentence bullets and one-line facts with a verb ("Schools
  are not affected.", "Five people have died.") are flagged by content, and so are timeline items
  that state a dated event ("Jan. 14, 2026 — Engineers close the wharf to vehicles.", "W").
* A list introduced by a speaker ("She said parents should take a child to a health centre if any of
  these warning signs appear:") carries her speaker and cue on every item, as a quote carried over
  does; a list in a body's own voice on its own page ("The union demands:") carries none.
* Notes: a note that adds a fact to the story is story and flagged by content ("Note: Members in
  Gilgil and Subukia sub-counties received their April salaries on 5 June ...", "W"; "Update, 14 May:
  After this article was first published, the ministry confirmed that ...", "W" with "the ministry"
  and the cue "confirmed"); an editor's note that explains a choice inside the story (why a
  contractor is not named) is ""; a note that only says the page was updated ("Note: This report has
  been updated with the list of affected areas ...") is "B", like an "Updated" line.
* Furniture in full sentences is "B" whatever it states: a sponsor's note with a founding year and a
  19% rate, a university's "About" paragraph with a student count, a membership appeal with a
  member count and dues, a podcast episode blurb, a newsletter greeting, sign-off and feedback line, a
  "this story was produced with support from ..." line, a funding line, a republication note, an
  acknowledgement of Country, notes to editors, a correction-policy line, cookie, paywall and
  app-download texts, "This is a developing story.", comment rules, an event ad and a subscription
  appeal. USER COMMENTS under a story are "B" even when they report facts; so are their name lines.
* A page's own statements: on a council's, union's or university's own page the narration carries no
  speaker (the page is the source); a named official quoted on it carries the name; "a year-long study
  by researchers at Serangoon University has found" and "A survey at the end of the trial found" keep
  the finding's source as written with the cue "has found" / "found".
* Radio pages: the interview programme as addressee is part of the cue ("told Mayo Today"); an audio
  player label naming the interviewee ("Listen: Dr ... speaking to ... on Mayo Today") and its run
  time are "B", like a video credit and running time; listeners' messages read as story ("One listener
  from Kilgarvagh texted: “...”") carry the listener as written with the cue "texted" or "wrote".
* A vox pop pasted with name prefixes ("Marj Pettigrew-Hayes, 78: “...”") carries the person in full,
  and the cue is the prefix as written, as in the name-prefix interviews of the earlier sets.
* A quote given in translation carries the channel in the cue ("he said in French"); a bilingual
  furniture line holds one "B" sentence per language.
* A reader-mode paste: the domain, author and reading-time lines are "B"; the article's title is a
  headline and is flagged by content ("").
* An email newsletter: the subject line, the mail client's chrome ("Inbox", sender, "to me", date,
  "Reply Forward") and "View this email in your browser" are "B"; the lead item's own headline is a
  headline, flagged by content.
* `CASES` holds 30 sentence-split cases (id, text, expected sentences), each one to three
  consecutive sentences of one paragraph of these pages, joined by single spaces: what a reviewer
  wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'United States LOCAL TV STATION\'S WEBSITE (Cedar Rapids, Iowa), pasted FROM A PHONE, a BOIL-WATER ADVISORY after a 1968 water main breaks. Head: station name, "☰ Menu", a "WATCH LIVE" player strip, a weather-alert strip and a section label (all "B"); headline of record "W"; "Author:", "Published:" and "Updated:" lines "B"; a video caption "" and its credit "B". Body: the lead with "the city\'s utilities department said" (as written) and "1:30 p.m." / "3:05 p.m." (all "W"); the utility\'s spokesperson with "U.S." mid-sentence (a rule, "W"); a "What to know" subhead ("") over one-line facts that LOOK LIKE FURNITURE ("Schools are not affected." "W", the boundary and the 48 hours "W", boiling advice ""); a "Where to get bottled water" subhead and three pasted DATA LINES with hours, one with "Fire Station No. 7" ("", story data, not furniture); the household limit and the pipe\'s history "W"; the late text alert "W" and "Asked why, ... said" (""); a resident\'s anecdote and a SHORT QUOTED LINE "“Not one person.”" carried on (""); a council member\'s "said in a text message" count "W" and a ONE-WORD QUOTE "“Third.”" (""); "according to the city\'s capital plan" "W"; a plan "". Tail, FURNITURE IN FULL SENTENCES: "This is a developing story." / "Check back for updates.", an APP-DOWNLOAD PROMPT opening with a question, a related link, a trending list, copyright, legal links (all "B").',
    'Canadian BILINGUAL COMMUNITY NEWS SITE (Shediac, New Brunswick), desktop paste, MENUS IN FRENCH AND ENGLISH, a COUNCIL VOTE to rebuild a storm-wrecked wharf. Head: bilingual masthead and menu, "FR | EN", a two-sentence French language notice, a bilingual crumb (all "B"); headline of record "W"; standfirst "Fishermen say ..." carrying "Fishermen" ("", a possibility); bilingual byline and date lines "B"; a caption "" and its credit "B". Body: the vote "W"; the mayor ("Mayor" dropped) with the borrowing "W", a quote translated from French with the cue "said in French" carried on ("") and a hope (""); two councillors against "W", one\'s tax figure "W" and her view ""; the wharf\'s history "W"; "according to the Anse-Bleue Harbour Authority" "W"; a fisherman\'s two-sentence quote named after the first ("said Marcel ..., who ...", both ""); a "How we got here" subhead ("") over a TIMELINE of four dated items ("Dec. 21, 2025 — ...", "W" each: story lines that look like list furniture); "A spokesperson for Fisheries and Oceans Canada" kept as written ("W"); "according to an engineering report presented to council" and the tender date "W". Tail: a "this story was produced with support from ..." credit in French and English (two "B"), a bilingual newsletter box, also-read link, a comments-closed notice in two languages, copyright (all "B").',
    'Irish LOCAL RADIO STATION\'S WEBSITE (Co. Mayo), desktop paste, with a LIVE PLAYER STRIP, a GP PRACTICE CLOSING as its only doctor retires. Head: station name, a "LISTEN LIVE / On Air" strip, a "Now Playing" line, menu, section (all "B"); headline of record "W"; "Nephin FM News" and a date line "B". Body: the closure "W"; the doctor ("Dr" dropped) "told Mayo Today" (the station\'s programme as addressee) "W", his quote "“I\'m 71." ("W") / "I can\'t keep going ...,” he said." (""), his patients\' ages "W"; an AUDIO PLAYER LABEL "Listen: ... speaking to ... on Mayo Today" and its run time (both "B", like a video credit); "The HSE said in a statement", "It said" twice (resolving to "The HSE", all "W"); a question subhead ""; a pharmacist (descriptor dropped) "W"; LISTENERS\' TEXTS read as story lines: "Listeners contacted the programme ..." (""), "One listener from Kilgarvagh texted: “...”" (kept as written, cue "texted", ""), "A listener in Carrownagh wrote: “... one bus a day.”" ("W"), "A listener from Bangor Erris texted" (""); "according to HSE figures" "W"; a councillor\'s plan "" and her question with "she asked" (one sentence, ""). Tail: share strip, an APP PROMPT in full sentences, "PODCAST" label and a three-sentence PODCAST EPISODE BLURB, a "Have a story?" tip line, more-news list, a death-notices timing line, licence line and copyright ending "Ltd." (all "B").',
    'Scottish COUNCIL\'S NEWS PAGE (Perth & Kinross Council), desktop paste, a FLOOD PROTECTION SCHEME approved for a village. Head: skip link, a COOKIE BANNER IN FULL SENTENCES (title and three sentences) and its buttons, council name, crumb (all "B"); headline of record "W"; "Published:" line "B". Body in the council\'s own voice (no speaker): the scheme, the last flood, the committee and what the scheme includes (all "W"); a "Scheme at a glance" BOX TITLE ("B", like a table title) over four LABEL–VALUE DATA LINES ("Cost: £11.4 million", ""); the convener ("Councillor" dropped) in a quote named after its first sentence, an opinion "" and a count "W"; funding with "£2.28 million", objections and changes (all "W"); a liaison group "W" and "Its members are:" ("") over a LIST OF NAMED PEOPLE WITH ROLES (five lines, "": story, not furniture); a flood group chair\'s two-sentence quote (""); an exhibition with a date and hours set by the council ("W", story that looks like an event ad). Tail: "Notes to editors" and a photographs-on-request line, a media-enquiries line, share strip, a sign-up line, "Was this page helpful?" / "Yes No", related news, footer links, copyright (all "B").',
    'Kenyan TRADE UNION\'S NEWS PAGE (a health workers\' union, Nakuru), desktop paste, a STRIKE NOTICE over two months\' unpaid salaries. Head: acronym, union name, menu, "JOIN THE UNION", crumb (all "B"); headline of record "W"; a "Posted by ... | date | category" line "B". Body in the union\'s voice: the notice and membership in the county (no speaker, "W"); the secretary-general ("Secretary-General" dropped) "told a press conference" and "She said" (both "W"), her quote of opinion and a SHORT QUOTED PAIR "“That is not a delay." / "That is theft.”" (""); a "How the arrears built up" subhead ("") over a TIMELINE of five dated items ("14 March 2026 – ...", each "W"; the last carries "County Treasury" with the cue "replies"); an unanswered letter "W"; the branch secretary (role dropped) "W", his question with "he asked" (one sentence) and "at 7 a.m. sharp" (""); "The union demands:" over three DEMAND LINES (""); the strike date "W"; a NOTE THAT IS PART OF THE STORY ("Note: Members in Gilgil and Subukia ... received ... on 5 June ...", "W"). Tail: a download line, a MEMBERSHIP APPEAL in three sentences (question, figure and dues, all "B"), tags, social line, "Leave a Reply" with its two form sentences, a COMMENT-MODERATION line in prose, recent posts, copyright (all "B").',
    'Indian NATIONAL DAILY\'S AMP PAGE (Pune), mobile AMP paste, an ALTERNATE-DAY WATER SUPPLY as dam storage falls. Head: back arrow with masthead, a "Listen to this article" player line, section (all "B"); headline of record "W"; standfirst "Civic body says ..." carrying "The Pune Municipal Corporation" as the body first writes it (""); byline and updated line "B"; "Advertisement" "B". Body: the PMC (acronym dropped) "announced" "W"; storage "7.86 TMC" and last year "9.41 TMC" "W"; a storage TABLE pasted as lines (title and source "B", four rows ""); "Advertisement" and an inline "Also Read |" link (both "B", furniture INSIDE the body); the water head "W" and his plan quote ""; affected areas, the last such cut and a resident\'s 40 minutes "W"; "Advertisement" "B"; a housing secretary\'s tankers and price "W"; a question subhead ""; "according to the PMC\'s own rate card" "W"; free tankers "W"; a second inline "Also Read |" "B"; a former corporator\'s view "" and his ellipsis before a lower-case word (one sentence, ""). Tail: an UPDATE NOTE THAT IS ONLY AN "Updated" LINE IN PROSE ("Note: This report has been updated with the list ...", "B"), first-published line, an APP PROMPT in two sentences, WhatsApp line, a PAYWALL METER in two sentences, tags, "NEXT STORY" and its headline, copyright ending "Pvt. Ltd." (all "B").',
    'Philippine SYNDICATED STORY ON A NEWS AGGREGATOR (Iloilo), desktop paste, a DENGUE RISE with five children dead. Head: aggregator name, feed tabs, a source line "Panay Morning Post · 3h · Follow" (all "B"); headline of record "W"; a REPUBLICATION NOTE in a full sentence ("B"). Body: "ILOILO CITY —" lead with the DOH regional office (acronym in brackets dropped) "W"; cases "W"; TWO ONE-LINE FACTS as paragraphs of their own ("Five people have died." / "All five were children under 12.", "W": story that looks like a fact box); a doctor ("Dr." dropped, mid-sentence) "W", "She urged" (""), a SHORT QUOTED PAIR "“Search and destroy,” she said." / "“Every container, every Sunday.”" (""); "She said ... warning signs appear:" over three LIST LINES carrying her speaker and cue (""), "“Don\'t wait for a rash,” she said." (""); last year\'s deaths "W"; "according to the hospital\'s chief nurse, Ramonita ..." (the name) "W"; a mother\'s anecdote and quote (""); a dengue lane and a scheduled board vote "W"; a board member\'s forecast ""; the seasonal peak "W". Tail: "(With a report from ...)" credit, a read-original link, reactions, share strip, "Why am I seeing this?" with its answer sentence, an app prompt in two sentences, a comments count, USER COMMENTS THAT READ LIKE STORY ("Same in our barangay in Jaro, three kids on one street got sick." / "The LGU only fogged once.", "B" with their name lines), more-from list, footer (all "B").',
    'Singaporean UNIVERSITY NEWS OFFICE PAGE, desktop paste, a RESEARCH RELEASE: reflective paint cools public housing flats. Head: university name, menu, crumb (all "B"); headline and a standfirst of record "W"; date and share lines "B"; a caption of record "W" and its credit "B". Body: "a year-long study by researchers at Serangoon University has found" (kept as written, cue "has found", "W"); publication date "W"; the lead researcher with an inverted cue and a long relative clause ("Associate Professor" dropped; Chinese name order, "Seah said" and "Assoc. Prof. Seah said" resolving to "Seah Jun Hao") "W"; a "Key findings" subhead ("": it heads sentences, not data) over four SENTENCE BULLETS ("W"); his surprise ""; "A survey at the end of the trial found" "W"; a PhD student (Malay name, "Mohd" kept) quote "" and sensors "W"; a question subhead ""; costs "W" and a two-sentence quote ""; the town council\'s agreement and the next trial "W". Tail: a FUNDING LINE ("B"), a journal reference as one "B" sentence with initials and "et al.", tags, an "About Serangoon University" paragraph IN PROSE WITH FIGURES (two "B"), media contact lines, a newsletter line, related news, copyright (all "B").',
    'Ghanaian BUSINESS EMAIL NEWSLETTER PASTED FROM A MAIL CLIENT (Accra), a weekly briefing led by cocoa farmers unpaid since March. Head: the SUBJECT LINE (a list of headlines, "B"), "Inbox", sender, "to me", the date, "View this email in your browser", a two-sentence GREETING, a "SPONSORED" label and a SPONSOR\'S NOTE IN FULL SENTENCES with a year and a 19% rate (all "B"). Body: "TOP STORY" rubric "B"; the item\'s headline "W"; "according to the Licensed Cocoa Buyers\' Forum, an industry group" "W"; an inverted cue naming "E. K. Boadu-Darko" at the end of the sentence (initials kept) "W"; a farmer\'s bags "W" and his exclamation with "he said" (one sentence, ""); "Boadu-Darko said" "W"; "A spokesperson for the Ghana Cocoa Board" kept as written "W"; a "Why it matters" subhead (""); "according to Bank of Ghana data" "W" and "traders say" (a causal claim, "W"); "THE WEEK IN NUMBERS" rubric ("B") over three FIGURE–DESCRIPTION DATA LINES (""); "IN BRIEF" rubric "B" and four brief items "W" (two with bodies as written). Tail: a NEWSLETTER SIGN-OFF in three sentences naming writer and editor, a two-sentence feedback line, "See you next Thursday," and the editor\'s first name, a subscription-reason line, unsubscribe links, a postal line, "Reply Forward" (all "B").',
    'Namibian NATIONAL DAILY\'S PRINT VIEW (Walvis Bay), pasted from the browser\'s print preview, RETRENCHMENTS at a fish processor after a quota cut. Head: the browser\'s print header (date, time, title, "B"), masthead, a print/email/close strip, section (all "B"); headline of record "W"; byline and date "B". Body: the company (with "(Pty) Ltd" mid-sentence) "told staff" "W"; the managing director ("Managing director" dropped) with tonnes "W", a quote of opinion "", severance and an application "W"; the union with an embedded "says" that is not the cue, "said" "W"; its organiser\'s quote named after its first sentence (""), a two-sentence quote with a date of record ("W" for the second), her plan "" and the union\'s meeting with day and hour "W"; "according to the Ministry of Fisheries and Marine Resources" "W"; a ministry spokesperson ("Ministry spokesperson" dropped) "W" and a conditional ""; a scene ""; a packer\'s SHORT QUOTED LINES "“Twelve years,” said ..." / "“Twelve years, and a piece of paper.”" and her children (""); two facts of record "W", one "according to the Erongo Regional Council"; an UPDATE NOTE THAT ADDS A FACT ("Update, 14 May: ..., the ministry confirmed that ... 24,900 tonnes.", "W", "the ministry" as written). Tail: "Advertisement", a newsletter line in prose, related link, a CORRECTION-POLICY LINE in two sentences, a COOKIE NOTICE in three sentences and its button, copyright, and the print footer with the URL and page count (all "B").',
    'Pakistani MAGAZINE LONG READ IN READER MODE (Karachi), a narrative on the WATER-TANKER TRADE. Head as reader mode gives it: the domain line "B", the title (a headline, "", never "B"), author and reading-time lines "B", a standfirst "", an illustrations credit "B". Body: a dawn SCENE in three short sentences ("Engines idle." among them, all ""); a driver\'s nine years "W"; his two-sentence quote with "he says, pointing at the valve" (""); a ledger scene ""; a one-word subhead "The gap" (""); "according to the Karachi Water and Sewerage Corporation" "W" and hydrant counts "W"; a question subhead ""; an official rate TABLE pasted as lines (title "B", three rows ""); "residents say" "W"; the driver\'s "the line" (""), his pay "he says" "W"; an anonymous official kept as written without the anonymity clause ("W"); the corporation\'s spokesperson "said in a written reply" "W" and a rebuttal ""; a teacher\'s drums "W", her ellipsis before a capital (two sentences, ""), her husband\'s tanker "W"; a closing scene ""; an EDITOR\'S NOTE THAT IS PART OF THE STORY (why the contractor is not named, ""). Tail: a share line, an AUTHOR BIO IN PROSE (two sentences), a "This story was produced with support from ..." line, a MEMBERSHIP APPEAL in three sentences (no paywall, a price), related link (all "B").',
    'Australian COMMUNITY NEWSPAPER\'S WEBSITE (Gunnedah, NSW), desktop paste, a COUNCIL VOTE to close the town pool for two summers for a rebuild. Head: masthead, menu, an ACKNOWLEDGEMENT OF COUNTRY in a full sentence, section (all "B"); headline of record "W"; standfirst "Club says its 140 swimmers ..." carrying "Namoi Sharks Swimming Club" ("W"); byline, date line, comment count "B"; a caption of record "W" and its credit "B". Body: the vote and two councillors against "W"; "Cr Ashcombe-Tully said" a quoted repair price "W"; funding "W"; "according to a council engineering report" "W"; the mayor ("Mayor" dropped) with a fragment quote "" and an opening season "W"; the club president (role dropped) "W" and his ellipsis before a lower-case word (one sentence, ""); the general manager\'s bus from a date "W"; a VOX POP under a question subhead (""): three people with NAME PREFIXES, the prefix as written as cue, short quotes "" (one split in two). Tail: "Comments" and COMMENT RULES IN PROSE (three sentences), a USER COMMENT with its name line, "WHAT\'S ON" and an EVENT AD in two sentences, a SUBSCRIPTION APPEAL in two sentences, a letters line, more-local list, company line (all "B").',
]

ARTICLES = [
    [
        [
            ("Corridor 9 News", "", "", "B"),
        ],
        [
            ("☰ Menu", "", "", "B"),
        ],
        [
            ("🔴 WATCH LIVE: Corridor 9 News at 6", "", "", "B"),
        ],
        [
            (
                "⚠️ WEATHER ALERT: Severe thunderstorm watch for Linn and Johnson counties until 11 p.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL NEWS", "", "", "B"),
        ],
        [
            (
                "Boil-water advisory for 9,400 Cedar Rapids customers after 58-year-old main breaks",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Author: Brianna Koszewski-Hale", "", "", "B"),
        ],
        [
            ("Published: 5:48 PM CDT May 13, 2026", "", "", "B"),
        ],
        [
            ("Updated: 9:20 PM CDT May 13, 2026", "", "", "B"),
        ],
        [
            (
                "Crews work into the evening to repair the broken main under Wexford Road NE.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Credit: Corridor 9 News", "", "", "B"),
        ],
        [
            (
                "CEDAR RAPIDS, Iowa — About 9,400 homes and businesses on the city's northeast side are under a boil-water advisory after a 24-inch water main broke Wednesday afternoon, the city's utilities department said.",
                "the city's utilities department",
                "said",
                "W",
            ),
            (
                "The main burst at about 1:30 p.m. under Wexford Road NE near Sorrel Drive.",
                "",
                "",
                "W",
            ),
            (
                "Water covered two lanes and the parking lot of a strip mall before crews closed the valves at 3:05 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Pressure fell below 20 pounds per square inch in parts of the northeast zone for almost three hours, utilities spokesperson Danielle Ostrander-Ruiz said.",
                "Danielle Ostrander-Ruiz",
                "said",
                "W",
            ),
            (
                "Iowa rules, which follow U.S. Environmental Protection Agency guidance, require an advisory when pressure drops that low, because groundwater can be drawn into the pipes, she said.",
                "Danielle Ostrander-Ruiz",
                "said",
                "W",
            ),
        ],
        [
            ("What to know", "", "", ""),
        ],
        [
            (
                "The advisory covers addresses north of 32nd Street NE and east of Interstate 380.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It will last at least 48 hours, until two rounds of samples taken a day apart come back clean.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bring water to a rolling boil for one minute before drinking it, cooking with it or brushing teeth with it.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Schools are not affected.", "", "", "W"),
        ],
        [
            ("Where to get bottled water", "", "", ""),
        ],
        [
            ("Sorrel Park shelter house: 7 a.m. to 7 p.m. Thursday and Friday", "", "", ""),
        ],
        [
            ("Fire Station No. 7, 3250 Wexford Road NE: 8 a.m. to 8 p.m.", "", "", ""),
        ],
        [
            ("Northgate Community Center: noon to 6 p.m.", "", "", ""),
        ],
        [
            (
                "Each household can pick up two cases, Ostrander-Ruiz said.",
                "Danielle Ostrander-Ruiz",
                "said",
                "W",
            ),
            (
                "She said the main was laid in 1968 and had broken twice before, in 2011 and 2019.",
                "Danielle Ostrander-Ruiz",
                "said",
                "W",
            ),
        ],
        [
            (
                "Residents were not sent a text alert until 4:15 p.m., nearly three hours after the break.",
                "",
                "",
                "W",
            ),
            (
                "Asked why, Ostrander-Ruiz said the alert could not go out until crews had mapped which streets had lost pressure.",
                "Danielle Ostrander-Ruiz",
                "said",
                "",
            ),
        ],
        [
            (
                "Jolene Mraz-Whitfield, who lives two blocks from the break, said she learned about the advisory from a neighbor's Facebook post after she had already mixed her son's formula with tap water.",
                "Jolene Mraz-Whitfield",
                "said",
                "",
            ),
        ],
        [
            ("“Nobody knocked on my door,” she said.", "Jolene Mraz-Whitfield", "said", ""),
            ("“Not one person.”", "Jolene Mraz-Whitfield", "said", ""),
        ],
        [
            (
                "“That's the third break on that line in 15 years,” City Council member Arturo Benavidez-Lund said in a text message.",
                "Arturo Benavidez-Lund",
                "said in a text message",
                "W",
            ),
            ("“Third.”", "Arturo Benavidez-Lund", "said in a text message", ""),
        ],
        [
            (
                "The city has set aside $14.6 million this year to replace about 9 miles of cast-iron main, according to the city's capital plan.",
                "the city's capital plan",
                "according to",
                "W",
            ),
            ("The Wexford Road line is not on this year's list.", "", "", "W"),
        ],
        [
            (
                "Benavidez-Lund said he would ask the council to move it up.",
                "Arturo Benavidez-Lund",
                "said",
                "",
            ),
        ],
        [
            ("This is a developing story.", "", "", "B"),
            ("Check back for updates.", "", "", "B"),
        ],
        [
            ("📲 Get alerts on your phone", "", "", "B"),
        ],
        [
            ("Want to know the moment the advisory is lifted?", "", "", "B"),
            (
                "Download the free Corridor 9 News app and turn on notifications for breaking news and weather alerts where you live.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("RELATED: What to do when a boil-water advisory ends", "", "", "B"),
        ],
        [
            ("TRENDING", "", "", "B"),
        ],
        [
            ("Marion man wins $1 million on scratch-off bought at gas station", "", "", "B"),
        ],
        [
            ("Copyright 2026 Corridor 9 News.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy Policy · Terms of Use · FCC Public File · Closed Captioning", "", "", "B"),
        ],
    ],
    [
        [
            ("L'Étoile du Détroit | The Strait Star", "", "", "B"),
        ],
        [
            (
                "Accueil / Home · Nouvelles / News · Sports · Communauté / Community · Avis de décès / Obituaries · Annonces / Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("FR | EN", "", "", "B"),
        ],
        [
            ("Vous lisez la version anglaise de cet article.", "", "", "B"),
            ("Lire en français.", "", "", "B"),
        ],
        [
            ("Nouvelles / News › Shediac", "", "", "B"),
        ],
        [
            (
                "Shediac council approves $3.8-million rebuild of storm-wrecked Anse-Bleue wharf",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fishermen say they could lose part of the fall season if the work runs past August",
                "Fishermen",
                "say",
                "",
            ),
        ],
        [
            ("Par / By Geneviève Arsenault-Doiron", "", "", "B"),
        ],
        [
            ("Publié le 13 mai 2026 · Published May 13, 2026", "", "", "B"),
        ],
        [
            (
                "Lobster boats tied up beside the broken end of the Anse-Bleue wharf on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo : Geneviève Arsenault-Doiron / L'Étoile du Détroit", "", "", "B"),
        ],
        [
            (
                "SHEDIAC — Town council voted 5–2 on Monday night to rebuild the Anse-Bleue wharf, five months after a storm surge tore away a 40-metre section of its deck.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Rémi Gaudet-Poirier said the town would borrow $1.9 million and had asked the federal government to pay the remaining $1.9 million.",
                "Rémi Gaudet-Poirier",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We don't have a choice,” he said in French.",
                "Rémi Gaudet-Poirier",
                "said in French",
                "",
            ),
            (
                "“Without a wharf, there's no fishery here, and without the fishery, there's no Anse-Bleue.”",
                "Rémi Gaudet-Poirier",
                "said in French",
                "",
            ),
            (
                "He said he hoped boats could use the wharf again by the opening of the fall season.",
                "Rémi Gaudet-Poirier",
                "said",
                "",
            ),
        ],
        [
            ("Councillors Yvette Cormier-Landry and Paul Hachey-Ward voted against.", "", "", "W"),
            (
                "Cormier-Landry said the town's share would add about $61 a year to the average residential tax bill.",
                "Yvette Cormier-Landry",
                "said",
                "W",
            ),
            (
                "She said council should have waited for an answer from Ottawa before committing.",
                "Yvette Cormier-Landry",
                "said",
                "",
            ),
        ],
        [
            ("The wharf was built in 1958 and was last repaired in 2004.", "", "", "W"),
        ],
        [
            (
                "About 30 boats fish out of Anse-Bleue, according to the Anse-Bleue Harbour Authority.",
                "the Anse-Bleue Harbour Authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“If we can't land here, we steam 40 minutes to Shediac with the bait and the fuel, and 40 minutes back,” said Marcel Thibodeau-Gallant, who has fished out of Anse-Bleue for 31 years.",
                "Marcel Thibodeau-Gallant",
                "said",
                "",
            ),
            (
                "“That's close to an hour and a half a day we're not hauling traps.”",
                "Marcel Thibodeau-Gallant",
                "said",
                "",
            ),
        ],
        [
            ("How we got here", "", "", ""),
        ],
        [
            (
                "Dec. 21, 2025 — A storm surge tears away 40 metres of the wharf's deck.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Jan. 14, 2026 — Engineers close the wharf to vehicles.", "", "", "W"),
        ],
        [
            ("March 3 — Council asks Fisheries and Oceans Canada to share the cost.", "", "", "W"),
        ],
        [
            ("May 11 — Council approves the rebuild, 5–2.", "", "", "W"),
        ],
        [
            (
                "A spokesperson for Fisheries and Oceans Canada said the department had received the town's request on March 9 and was reviewing it.",
                "A spokesperson for Fisheries and Oceans Canada",
                "said",
                "W",
            ),
        ],
        [
            (
                "The work will take about 14 weeks once a contractor is hired, according to an engineering report presented to council.",
                "an engineering report presented to council",
                "according to",
                "W",
            ),
            ("Tenders close on June 2.", "", "", "W"),
        ],
        [
            (
                "Cette nouvelle a été produite avec l'appui du Fonds de journalisme communautaire de l'Atlantique.",
                "",
                "",
                "B",
            ),
            (
                "This story was produced with support from the Atlantic Community Journalism Fund, which pays for reporting in communities that have lost their local paper.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Infolettre / Newsletter", "", "", "B"),
        ],
        [
            ("Recevez les nouvelles de la Baie chaque vendredi matin.", "", "", "B"),
            ("Get the Bay's news in your inbox every Friday morning.", "", "", "B"),
        ],
        [
            ("Courriel / Email    S'abonner / Subscribe", "", "", "B"),
        ],
        [
            ("À lire aussi / Also read", "", "", "B"),
        ],
        [
            (
                "Festival du homard : la programmation dévoilée / Lobster festival line-up announced",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Les commentaires sont fermés pour cet article.", "", "", "B"),
            ("Comments are closed on this article.", "", "", "B"),
        ],
        [
            ("© 2026 L'Étoile du Détroit.", "", "", "B"),
            ("Tous droits réservés / All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Nephin FM", "", "", "B"),
        ],
        [
            (
                "▶ LISTEN LIVE    On Air: Mayo Today with Ciara Hession-Duffy    9am – 12pm",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Now Playing: The Curlews – Back Roads of Erris", "", "", "B"),
        ],
        [
            ("News · Sport · Death Notices · Podcasts · Competitions · Contact", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            (
                "Kilgarvagh GP practice to close at end of June as doctor retires with no one to replace him",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Nephin FM News", "", "", "B"),
        ],
        [
            ("Tuesday, 12th May 2026 – 1:04pm", "", "", "B"),
        ],
        [
            (
                "A GP practice that looks after about 2,300 patients in north Mayo is to close on June 30th when its only doctor retires.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr Fergal Naughton-Coyne, who has run the surgery in Kilgarvagh since 1991, told Mayo Today this morning that he had advertised for a partner or successor four times since 2024 without a single application.",
                "Fergal Naughton-Coyne",
                "told Mayo Today",
                "W",
            ),
        ],
        [
            ("“I'm 71.", "Fergal Naughton-Coyne", "said", "W"),
            (
                "I can't keep going on the hope that somebody turns up,” he said.",
                "Fergal Naughton-Coyne",
                "said",
                "",
            ),
            (
                "He said about 400 of his patients were over 75 and more than 60 of them had no car.",
                "Fergal Naughton-Coyne",
                "said",
                "W",
            ),
        ],
        [
            (
                "Listen: Dr Fergal Naughton-Coyne speaking to Ciara Hession-Duffy on Mayo Today",
                "",
                "",
                "B",
            ),
        ],
        [
            ("▶ 00:00 / 06:48", "", "", "B"),
        ],
        [
            (
                "The HSE said in a statement that every patient would be written to by June 5th and assigned to a practice in Ballina or Castlebar.",
                "The HSE",
                "said in a statement",
                "W",
            ),
            (
                "It said it had no power to require a GP to take over a practice that has closed.",
                "The HSE",
                "said",
                "W",
            ),
            (
                "It said a locum would hold a clinic in the village hall two mornings a week from July 1st until the end of September.",
                "The HSE",
                "said",
                "W",
            ),
        ],
        [
            ("What happens to people on repeat prescriptions?", "", "", ""),
        ],
        [
            (
                "Pharmacist Áine Mulchrone-Tighe said the village pharmacy fills about 900 prescriptions a month written at the surgery.",
                "Áine Mulchrone-Tighe",
                "said",
                "W",
            ),
            (
                "She said prescriptions already issued would stay valid for their full term.",
                "Áine Mulchrone-Tighe",
                "said",
                "W",
            ),
        ],
        [
            ("Listeners contacted the programme throughout the morning.", "", "", ""),
        ],
        [
            (
                "One listener from Kilgarvagh texted: “Forty years I've been going to that surgery.”",
                "One listener from Kilgarvagh",
                "texted",
                "",
            ),
        ],
        [
            (
                "A listener in Carrownagh wrote: “Ballina is 40 minutes each way and there's one bus a day.”",
                "A listener in Carrownagh",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "A listener from Bangor Erris texted: “He delivered two of my children and sat up with my mother the night she died.”",
                "A listener from Bangor Erris",
                "texted",
                "",
            ),
        ],
        [
            (
                "Some 41 of the 118 GPs working in Mayo are aged 65 or over, according to HSE figures.",
                "HSE figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Independent councillor Teresa Gallagher-Moran said she would raise the closure at the next meeting of the Ballina Municipal District.",
                "Teresa Gallagher-Moran",
                "said",
                "",
            ),
            (
                "“Is a 90-year-old with no car supposed to get herself to Castlebar?” she asked.",
                "Teresa Gallagher-Moran",
                "asked",
                "",
            ),
        ],
        [
            ("Share: Facebook · X · WhatsApp · Email", "", "", "B"),
        ],
        [
            (
                "Download the Nephin FM app to listen live on your phone, catch up on shows you missed and get local news alerts.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("PODCAST", "", "", "B"),
        ],
        [
            (
                "On this week's episode of The Back Road, Ciara Hession-Duffy travels to Erris to meet three farmers whose families have worked the same land for more than 200 years.",
                "",
                "",
                "B",
            ),
            (
                "They talk about silage, succession and why none of their children want to take over.",
                "",
                "",
                "B",
            ),
            ("Listen and subscribe wherever you get your podcasts.", "", "", "B"),
        ],
        [
            ("Have a story?", "", "", "B"),
            ("Text the newsroom on 087 000 4411 or email news@nephinfm.ie.", "", "", "B"),
        ],
        [
            ("More News", "", "", "B"),
        ],
        [
            ("Castlebar man (42) remanded in custody over Westport assault", "", "", "B"),
        ],
        [
            ("Mayo minors named for Connacht semi-final", "", "", "B"),
        ],
        [
            ("Death notices are updated every day at 6am, 1pm and 6pm.", "", "", "B"),
        ],
        [
            ("Nephin FM is licensed by Coimisiún na Meán.", "", "", "B"),
            ("© 2026 Nephin FM Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("Cookies on the Perth & Kinross Council website", "", "", "B"),
        ],
        [
            ("We use some essential cookies to make this website work.", "", "", "B"),
            (
                "We'd also like to set analytics cookies that help us understand how you use the site, so that we can improve it.",
                "",
                "",
                "B",
            ),
            ("We won't set these unless you accept them.", "", "", "B"),
        ],
        [
            ("Accept analytics cookies    Reject analytics cookies    View cookies", "", "", "B"),
        ],
        [
            ("Perth & Kinross Council", "", "", "B"),
        ],
        [
            ("Home › News › May 2026", "", "", "B"),
        ],
        [
            ("£11.4m flood protection scheme for Balmerrie approved", "", "", "W"),
        ],
        [
            ("Published: Wednesday 13 May 2026", "", "", "B"),
        ],
        [
            (
                "Councillors have approved an £11.4 million flood protection scheme for Balmerrie, which has flooded seven times since 2012.",
                "",
                "",
                "W",
            ),
            ("The most recent flood, in October 2023, damaged 88 properties.", "", "", "W"),
        ],
        [
            (
                "The scheme, agreed at a meeting of the Climate Change and Sustainability Committee on 12 May, is designed to protect 214 homes and 31 businesses from a one-in-200-year flood.",
                "",
                "",
                "W",
            ),
            (
                "It includes 2.3 kilometres of flood walls and embankments along the River Braan, a new pumping station and a replacement for the Mill Lane bridge.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Scheme at a glance", "", "", "B"),
        ],
        [
            ("Cost: £11.4 million", "", "", ""),
        ],
        [
            ("Homes protected: 214", "", "", ""),
        ],
        [
            ("Businesses protected: 31", "", "", ""),
        ],
        [
            ("Construction: spring 2027 to autumn 2028", "", "", ""),
        ],
        [
            (
                "“Balmerrie has waited a long time for this,” said Councillor Morven Balfour-Sime, convener of the committee.",
                "Morven Balfour-Sime",
                "said",
                "",
            ),
            ("“Seven floods in 14 years is seven too many.”", "Morven Balfour-Sime", "said", "W"),
        ],
        [
            (
                "The Scottish Government has agreed to meet 80% of the cost, with the council paying the remaining £2.28 million from its capital budget.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council received 46 objections when the scheme was advertised last year, most of them about the height of the walls along Riverside Terrace.",
                "",
                "",
                "W",
            ),
            (
                "Wall heights have since been lowered by up to 40 centimetres in two sections, with glass panels added so that residents keep their view of the river.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("A community liaison group will meet monthly during construction.", "", "", "W"),
            ("Its members are:", "", "", ""),
        ],
        [
            ("Councillor Morven Balfour-Sime, convener (chair)", "", "", ""),
        ],
        [
            ("Councillor Duncan Fotheringham-Bell, ward member for Strathtay", "", "", ""),
        ],
        [
            ("Isla Macfarlane-Kerr, Balmerrie Community Council", "", "", ""),
        ],
        [
            ("Hamish Drummond-Lyall, Balmerrie Flood Action Group", "", "", ""),
        ],
        [
            ("a representative of the Scottish Environment Protection Agency", "", "", ""),
        ],
        [
            (
                "“We've carried sandbags to our front doors seven times,” said Hamish Drummond-Lyall, who chairs the flood action group.",
                "Hamish Drummond-Lyall",
                "said",
                "",
            ),
            (
                "“This time we actually believe it's going to happen.”",
                "Hamish Drummond-Lyall",
                "said",
                "",
            ),
        ],
        [
            (
                "A public exhibition of the final designs will be held in Balmerrie Village Hall on Thursday 4 June, from 2pm to 7pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Notes to editors", "", "", "B"),
        ],
        [
            (
                "Photographs of flooding in Balmerrie in October 2023 are available from the press office on request.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Media enquiries: Corporate Communications Team, 01738 000 219", "", "", "B"),
        ],
        [
            ("Share this page: Facebook · X · LinkedIn · Email", "", "", "B"),
        ],
        [
            ("Sign up to get council news by email.", "", "", "B"),
        ],
        [
            ("Was this page helpful?", "", "", "B"),
            ("Yes    No", "", "", "B"),
        ],
        [
            ("Related news", "", "", "B"),
        ],
        [
            ("Pothole repair blitz passes 10,000 mark", "", "", "B"),
        ],
        [
            ("Accessibility · Privacy · Cookies · Contact us", "", "", "B"),
        ],
        [
            ("© Perth & Kinross Council 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("AHNUK", "", "", "B"),
        ],
        [
            ("Allied Health and Nursing Workers Union of Kenya", "", "", "B"),
        ],
        [
            (
                "Home | About Us | Branches | Membership | CBAs | News & Statements | Contact Us",
                "",
                "",
                "B",
            ),
        ],
        [
            ("JOIN THE UNION", "", "", "B"),
        ],
        [
            ("News & Statements › Press Statements", "", "", "B"),
        ],
        [
            (
                "Nakuru health workers issue 14-day strike notice over two months' unpaid salaries",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Posted by Communications Desk | 10 June 2026 | Press Statements", "", "", "B"),
        ],
        [
            (
                "The union has issued a 14-day strike notice to the County Government of Nakuru after 1,842 of its members in the county went unpaid for April and May.",
                "",
                "",
                "W",
            ),
            ("AHNUK represents about 2,600 health workers in Nakuru County.", "", "", "W"),
        ],
        [
            (
                "Secretary-General Naliaka Wafula-Odhiambo told a press conference in Nakuru on Tuesday that the county owed the workers KSh 187.4 million in net salaries.",
                "Naliaka Wafula-Odhiambo",
                "told a press conference",
                "W",
            ),
            (
                "She said the county had also deducted KSh 36.2 million from members' pay for loans, pensions and health insurance since January without passing it on.",
                "Naliaka Wafula-Odhiambo",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Our members are being chased by banks for loans their own payslips say they are repaying,” she said.",
                "Naliaka Wafula-Odhiambo",
                "said",
                "",
            ),
            ("“That is not a delay.", "Naliaka Wafula-Odhiambo", "said", ""),
            ("That is theft.”", "Naliaka Wafula-Odhiambo", "said", ""),
        ],
        [
            ("How the arrears built up", "", "", ""),
        ],
        [
            ("14 March 2026 – March salaries paid 19 days late.", "", "", "W"),
        ],
        [
            ("30 April 2026 – April salaries not paid.", "", "", "W"),
        ],
        [
            (
                "8 May 2026 – Union writes to the County Executive Committee Member for Health asking for a meeting.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("29 May 2026 – May salaries not paid.", "", "", "W"),
        ],
        [
            (
                "2 June 2026 – County Treasury replies that salaries will be paid “once the National Treasury releases the county's equitable share”.",
                "County Treasury",
                "replies",
                "W",
            ),
        ],
        [
            (
                "The County Executive Committee Member for Health has not replied to the union's letter of 8 May.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nakuru branch secretary Moses Chege-Kamau said nurses at Nakuru Level 5 Hospital had been working double shifts since 41 colleagues resigned last year.",
                "Moses Chege-Kamau",
                "said",
                "W",
            ),
            (
                "“Who pays a nurse's rent when the county doesn't?” he asked.",
                "Moses Chege-Kamau",
                "asked",
                "",
            ),
            (
                "“She is still expected on the ward at 7 a.m. sharp,” he said.",
                "Moses Chege-Kamau",
                "said",
                "",
            ),
        ],
        [
            ("The union demands:", "", "", ""),
        ],
        [
            ("payment of April and May salaries in full within 14 days;", "", "", ""),
        ],
        [
            ("remittance of all statutory and third-party deductions;", "", "", ""),
        ],
        [
            ("a written payment schedule for the 2026/27 financial year.", "", "", ""),
        ],
        [
            (
                "If the salaries are not paid by 24 June, members at the county's 118 public health facilities will withdraw their services from 8 a.m. on 25 June.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Note: Members in Gilgil and Subukia sub-counties received their April salaries on 5 June and are not covered by this notice.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Download: Strike notice to the County Government of Nakuru (PDF, 212 KB)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Are you a health worker?", "", "", "B"),
            (
                "Join more than 40,000 clinical officers, nurses, laboratory and pharmacy staff who stand together for fair pay and safe workplaces.",
                "",
                "",
                "B",
            ),
            (
                "Membership is open to staff in public and private facilities, and dues are deducted directly from your payslip.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Nakuru, Strike Notice, Salary Arrears", "", "", "B"),
        ],
        [
            ("Follow us on Facebook and X: @AHNUKenya", "", "", "B"),
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
                "Comments are moderated and will appear once the Communications Desk has approved them.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Recent Posts", "", "", "B"),
        ],
        [
            ("Kisumu branch elects new officials for 2026–2031", "", "", "B"),
        ],
        [
            ("© 2026 Allied Health and Nursing Workers Union of Kenya.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("← Sahyadri Times", "", "", "B"),
        ],
        [
            ("▶ Listen to this article · 03:41", "", "", "B"),
        ],
        [
            ("Pune News", "", "", "B"),
        ],
        [
            (
                "Pune to get water on alternate days in 11 areas from Monday as dam stock falls to 27%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Civic body says the cut will stay until the monsoon reaches the catchment",
                "The Pune Municipal Corporation",
                "says",
                "",
            ),
        ],
        [
            ("Written by Aditi Paranjpe-Gokhale", "", "", "B"),
        ],
        [
            ("Pune | Updated: May 12, 2026 19:42 IST", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The Pune Municipal Corporation (PMC) on Tuesday announced that 11 areas in the eastern and southern parts of the city will get water only on alternate days from Monday, May 18.",
                "The Pune Municipal Corporation",
                "announced",
                "W",
            ),
        ],
        [
            (
                "Combined storage in the four dams that supply the city — Khadakwasla, Panshet, Varasgaon and Temghar — stood at 7.86 TMC on Tuesday morning, or 27 per cent of capacity.",
                "",
                "",
                "W",
            ),
            ("On the same date last year, it was 9.41 TMC.", "", "", "W"),
        ],
        [
            ("Storage on May 12 (in TMC)", "", "", "B"),
        ],
        [
            ("Khadakwasla: 0.61", "", "", ""),
        ],
        [
            ("Panshet: 2.84", "", "", ""),
        ],
        [
            ("Varasgaon: 3.72", "", "", ""),
        ],
        [
            ("Temghar: 0.69", "", "", ""),
        ],
        [
            ("Source: PMC water supply department", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Also Read | Swargate–Katraj metro: tunnel boring to begin in August", "", "", "B"),
        ],
        [
            (
                "PMC's water supply head Nandkumar Bhosale-Jagtap said the city draws about 1,650 million litres a day from the dams and the cut would save about 180 million litres a day.",
                "Nandkumar Bhosale-Jagtap",
                "said",
                "W",
            ),
            (
                "“We have to make this water last until the second week of July,” he said.",
                "Nandkumar Bhosale-Jagtap",
                "said",
                "",
            ),
        ],
        [
            (
                "The areas affected include Hadapsar, Kondhwa, Wanowrie, Mundhwa, Kharadi and parts of Katraj.",
                "",
                "",
                "W",
            ),
            (
                "The corporation last imposed alternate-day supply in the summer of 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kharadi resident Omkar Dhole-Patwardhan said his building got water for only 40 minutes on Tuesday.",
                "Omkar Dhole-Patwardhan",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "In Kondhwa, housing society secretary Farhana Shaikh-Inamdar said her 240-flat society had been buying six tankers a week since April.",
                "Farhana Shaikh-Inamdar",
                "said",
                "W",
            ),
            ("“Each one costs us ₹2,800,” she said.", "Farhana Shaikh-Inamdar", "said", "W"),
        ],
        [
            ("Will tanker rates go up?", "", "", ""),
        ],
        [
            (
                "Private tankers in the city charge between ₹1,800 and ₹3,200 for a 10,000-litre load, according to the PMC's own rate card.",
                "the PMC's own rate card",
                "according to",
                "W",
            ),
            (
                "Bhosale-Jagtap said the civic body would send 140 of its own tankers to the affected areas free of charge.",
                "Nandkumar Bhosale-Jagtap",
                "said",
                "W",
            ),
        ],
        [
            (
                "Also Read | Heatwave: Pune records 41.2°C, hottest May day in six years",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Former corporator Vishal Gaikwad-More said the cut was “the price of ten years of planning that never left the file”.",
                "Vishal Gaikwad-More",
                "said",
                "",
            ),
            (
                "“Every summer we hear the same thing… wait for the monsoon,” he said.",
                "Vishal Gaikwad-More",
                "said",
                "",
            ),
        ],
        [
            (
                "Note: This report has been updated with the list of affected areas released by the PMC at 6 pm.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("First published on: 12-05-2026 at 17:05 IST", "", "", "B"),
        ],
        [
            ("📱 Never miss a story from your city.", "", "", "B"),
            (
                "Download the Sahyadri Times app for Android and iOS and get Pune news alerts as they happen.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow Sahyadri Times on WhatsApp", "", "", "B"),
        ],
        [
            ("You have read 3 of 5 free stories this month.", "", "", "B"),
            ("Subscribe for unlimited access at ₹99 a month.", "", "", "B"),
        ],
        [
            ("Tags: Pune Water Cut · PMC · Khadakwasla", "", "", "B"),
        ],
        [
            ("NEXT STORY", "", "", "B"),
        ],
        [
            ("Pune: Two held for running fake job racket from Viman Nagar flat", "", "", "B"),
        ],
        [
            ("© 2026 Sahyadri Times Media Pvt. Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("BalitaFeed", "", "", "B"),
        ],
        [
            ("For You · Following · Local · Business · Sports", "", "", "B"),
        ],
        [
            ("Panay Morning Post · 3h · Follow", "", "", "B"),
        ],
        [
            ("Dengue cases in Iloilo province up 64% as five children die", "", "", "W"),
        ],
        [
            (
                "This article was originally published by Panay Morning Post and is republished on BalitaFeed under a content partnership.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "ILOILO CITY — Dengue cases in Iloilo province rose 64 percent from January 1 to May 9 compared with the same period last year, the Department of Health's Western Visayas Center for Health Development (DOH-WV CHD) said on Monday.",
                "the Department of Health's Western Visayas Center for Health Development",
                "said",
                "W",
            ),
            ("There were 2,318 cases, against 1,413 a year earlier.", "", "", "W"),
        ],
        [
            ("Five people have died.", "", "", "W"),
        ],
        [
            ("All five were children under 12.", "", "", "W"),
        ],
        [
            (
                "Dr. Maricel Abaygar-Sison, who heads the office's infectious disease cluster, said the towns of Pototan, Dumangas and Zarraga accounted for nearly half of the cases.",
                "Maricel Abaygar-Sison",
                "said",
                "W",
            ),
            (
                "She urged families to empty and scrub water containers once a week.",
                "Maricel Abaygar-Sison",
                "urged",
                "",
            ),
        ],
        [
            ("“Search and destroy,” she said.", "Maricel Abaygar-Sison", "said", ""),
            ("“Every container, every Sunday.”", "Maricel Abaygar-Sison", "said", ""),
        ],
        [
            (
                "She said parents should take a child to a health centre if any of these warning signs appear:",
                "Maricel Abaygar-Sison",
                "said",
                "",
            ),
        ],
        [
            ("severe stomach pain", "Maricel Abaygar-Sison", "said", ""),
        ],
        [
            ("vomiting that will not stop", "Maricel Abaygar-Sison", "said", ""),
        ],
        [
            ("bleeding from the gums or nose", "Maricel Abaygar-Sison", "said", ""),
        ],
        [
            ("“Don't wait for a rash,” she said.", "Maricel Abaygar-Sison", "said", ""),
        ],
        [
            ("Three people died of dengue in the province in the whole of 2025.", "", "", "W"),
        ],
        [
            (
                "At the Western Visayas Medical Center in Iloilo City, the pediatric ward had 58 dengue patients on Monday in a ward built for 40, according to the hospital's chief nurse, Ramonita Javellana-Dulay.",
                "Ramonita Javellana-Dulay",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Joylyn Tabuyo-Serra, whose six-year-old son was admitted on Saturday, said they were sharing a bed with another mother and her daughter.",
                "Joylyn Tabuyo-Serra",
                "said",
                "",
            ),
            ("“We take turns sleeping,” she said.", "Joylyn Tabuyo-Serra", "said", ""),
        ],
        [
            (
                "In Pototan, the rural health unit has opened a separate dengue lane for children with fever.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Iloilo Provincial Board is scheduled to vote on Wednesday on whether to declare a state of calamity, which would release quick-response funds for fogging and hospital supplies.",
                "",
                "",
                "W",
            ),
            (
                "Board Member Rodolfo Gumban-Ledesma, who chairs the committee on health, said he expected the measure to pass.",
                "Rodolfo Gumban-Ledesma",
                "said",
                "",
            ),
        ],
        [
            (
                "Dengue cases in the Philippines usually peak between June and September, during the rainy season.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("(With a report from Kristel Anne Pedregosa-Lim)", "", "", "B"),
        ],
        [
            ("Read the original article on Panay Morning Post", "", "", "B"),
        ],
        [
            ("👍 214   😢 39   😮 12", "", "", "B"),
        ],
        [
            ("Share · Save · Report", "", "", "B"),
        ],
        [
            ("Why am I seeing this?", "", "", "B"),
            (
                "You follow Panay Morning Post and chose Local news for Western Visayas.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Get the full BalitaFeed experience.", "", "", "B"),
            (
                "Open this story in the app to follow Panay Morning Post and choose which local sources you see first.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (27)", "", "", "B"),
        ],
        [
            ("Reynaldo C. · 2h", "", "", "B"),
        ],
        [
            ("Same in our barangay in Jaro, three kids on one street got sick.", "", "", "B"),
            ("The LGU only fogged once.", "", "", "B"),
        ],
        [
            ("Lea M. · 1h", "", "", "B"),
        ],
        [
            ("Stay safe everyone 🙏", "", "", "B"),
        ],
        [
            ("More from Panay Morning Post", "", "", "B"),
        ],
        [
            ("Guimaras ferries suspended as gale warning raised", "", "", "B"),
        ],
        [
            ("About · Terms · Privacy · Publisher partners", "", "", "B"),
        ],
    ],
    [
        [
            ("Serangoon University", "", "", "B"),
        ],
        [
            ("About · Admissions · Research · Schools · News · Events · Alumni", "", "", "B"),
        ],
        [
            ("SU News › Research", "", "", "B"),
        ],
        [
            (
                "Cooling paint cut flat temperatures by up to 1.8°C in year-long trial at Tampines blocks",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The coating reflected 87% of sunlight and made the biggest difference on the top floors",
                "",
                "",
                "W",
            ),
        ],
        [
            ("13 May 2026", "", "", "B"),
        ],
        [
            ("Share: LinkedIn · Facebook · X · Email", "", "", "B"),
        ],
        [
            (
                "Workers apply the reflective coating to the west-facing wall of a block in Tampines in March 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Photo: Serangoon University", "", "", "B"),
        ],
        [
            (
                "A reflective coating on the outer walls of four public housing blocks in Tampines lowered temperatures inside flats by up to 1.8°C on hot afternoons, a year-long study by researchers at Serangoon University has found.",
                "a year-long study by researchers at Serangoon University",
                "has found",
                "W",
            ),
        ],
        [
            (
                "The results were published on 11 May in the journal Tropical Built Environment Letters.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The coating, a white acrylic paint mixed with ceramic microspheres, reflected 87% of sunlight, against 35% for the blocks' old paint, said Associate Professor Seah Jun Hao of the School of Civil and Environmental Engineering, who led the study.",
                "Seah Jun Hao",
                "said",
                "W",
            ),
        ],
        [
            ("Key findings", "", "", ""),
        ],
        [
            (
                "Indoor temperatures on the top two floors fell by an average of 1.4°C between 1pm and 5pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The effect on the lower floors was about half as large.", "", "", "W"),
        ],
        [
            (
                "Households in the trial blocks used 9% less electricity for air-conditioning than households in four similar blocks nearby.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The coating lost about a fifth of its reflectivity within 12 months, mostly because of grime.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We expected the top floors to gain the most, but not by this much,” Seah said.",
                "Seah Jun Hao",
                "said",
                "",
            ),
        ],
        [
            (
                "A survey at the end of the trial found that 71 of the 96 households felt their flats were cooler.",
                "A survey at the end of the trial",
                "found",
                "W",
            ),
        ],
        [
            (
                "“Residents told us they noticed it first in the bedrooms,” said Siti Hajar Mohd Yusri, a PhD student who ran the indoor sensors.",
                "Siti Hajar Mohd Yusri",
                "said",
                "",
            ),
            (
                "She said the team placed 312 sensors in 96 flats.",
                "Siti Hajar Mohd Yusri",
                "said",
                "W",
            ),
        ],
        [
            ("Why not paint every block?", "", "", ""),
        ],
        [
            (
                "Assoc. Prof. Seah said the coating cost about S$14 per square metre, roughly three times as much as ordinary exterior paint, and would need to be reapplied about every eight years.",
                "Seah Jun Hao",
                "said",
                "W",
            ),
            ("“On cost alone it doesn't win yet,” he said.", "Seah Jun Hao", "said", ""),
            ("“On comfort, it clearly does.”", "Seah Jun Hao", "said", ""),
        ],
        [
            (
                "The trial was carried out with the agreement of Tampines Town Council, which manages the blocks.",
                "",
                "",
                "W",
            ),
            (
                "The team will test a second formulation on two blocks in Jurong West from August.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The research was supported by a grant from the Lion City Urban Cooling Fund.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Journal reference: Seah J. H., Mohd Yusri S. H., Venkataraman-Lee P., et al. Reflective facade coatings and indoor heat in tropical high-rise housing: a 12-month field trial. Trop Built Environ Lett. 2026;4(2):112-129.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Sustainability · Urban heat · Civil engineering", "", "", "B"),
        ],
        [
            ("About Serangoon University", "", "", "B"),
        ],
        [
            (
                "Serangoon University is a research-intensive university with more than 21,000 students in seven schools.",
                "",
                "",
                "B",
            ),
            (
                "Its research on cities, climate and health is carried out with partners in government and industry in Singapore and across Asia.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Media contact", "", "", "B"),
        ],
        [
            ("Charmaine Goh Li Ting, Senior Manager, Media Relations", "", "", "B"),
        ],
        [
            ("Email: media@serangoon.edu.sg | Tel: +65 6000 4172", "", "", "B"),
        ],
        [
            ("Subscribe to SU News", "", "", "B"),
        ],
        [
            (
                "Get research stories from Serangoon University in your inbox every fortnight.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related news", "", "", "B"),
        ],
        [
            (
                "Shaded walkways could make the walk to MRT stations 3°C cooler, study finds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Serangoon University.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Cocoa farmers still waiting | Cedi slips again | The week in numbers", "", "", "B"),
        ],
        [
            ("Inbox", "", "", "B"),
        ],
        [
            ("Cedi & Cocoa <briefing@harmattanmedia.com.gh>", "", "", "B"),
        ],
        [
            ("to me", "", "", "B"),
        ],
        [
            ("Thu, 14 May, 06:02", "", "", "B"),
        ],
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("Good morning.", "", "", "B"),
            ("Here is what moved Ghana's money this week.", "", "", "B"),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            ("This edition of Cedi & Cocoa is supported by Adomi Savings & Loans.", "", "", "B"),
            ("Adomi has helped market traders in Kumasi and Accra save since 2003.", "", "", "B"),
            (
                "Its new Susu Plus account pays 19% a year on balances above GH¢500, and you can open one from your phone in ten minutes.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("TOP STORY", "", "", "B"),
        ],
        [
            (
                "Cocoa farmers in Western North still unpaid for beans delivered since March",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cocoa farmers in the Western North Region have not been paid for beans they sold to licensed buying companies since the middle of March, and the arrears now come to about GH¢410 million, according to the Licensed Cocoa Buyers' Forum, an industry group.",
                "the Licensed Cocoa Buyers' Forum",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The buying companies cannot pay farmers because the Ghana Cocoa Board has not released the seed funds it normally advances at the start of each quarter, said the forum's executive secretary, E. K. Boadu-Darko.",
                "E. K. Boadu-Darko",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kwabena Asante-Mireku, a farmer near Sefwi Wiawso who sold 46 bags in March, said all he had received was a chit with a stamp on it.",
                "Kwabena Asante-Mireku",
                "said",
                "W",
            ),
            (
                "“You can't buy fertiliser with a chit!” he said.",
                "Kwabena Asante-Mireku",
                "said",
                "",
            ),
        ],
        [
            (
                "Boadu-Darko said the forum's members buy about 60% of the crop in the region.",
                "E. K. Boadu-Darko",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Ghana Cocoa Board said the board had released GH¢1.2 billion to buying companies since January and would release a further tranche “before the end of the month”.",
                "A spokesperson for the Ghana Cocoa Board",
                "said",
                "W",
            ),
        ],
        [
            ("Why it matters", "", "", ""),
        ],
        [
            (
                "Cocoa earned Ghana about US$2.9 billion in the 2024/25 season, according to Bank of Ghana data.",
                "Bank of Ghana data",
                "according to",
                "W",
            ),
            (
                "Late payments push farmers to sell to smugglers who pay cash at the farm gate, traders say.",
                "traders",
                "say",
                "W",
            ),
        ],
        [
            ("THE WEEK IN NUMBERS", "", "", "B"),
        ],
        [
            ("GH¢14.62 — the cedi's closing rate against the US dollar on Tuesday", "", "", ""),
        ],
        [
            ("23.4% — the Bank of Ghana's policy rate, unchanged at Monday's meeting", "", "", ""),
        ],
        [
            ("41,000 — tonnes of cocoa beans graded at Takoradi port in April", "", "", ""),
        ],
        [
            ("IN BRIEF", "", "", "B"),
        ],
        [
            (
                "The cedi weakened for a fourth straight week, closing at GH¢14.62 to the dollar on Tuesday, its lowest level since November.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Ghana Revenue Authority said it collected GH¢18.9 billion in the first quarter, 6% above its target.",
                "The Ghana Revenue Authority",
                "said",
                "W",
            ),
        ],
        [
            ("The Ghana Stock Exchange composite index ended the week up 1.8%.", "", "", "W"),
        ],
        [
            (
                "Pump prices for petrol fell by about 3% on Saturday, the start of the new pricing window, the National Petroleum Authority said.",
                "the National Petroleum Authority",
                "said",
                "W",
            ),
        ],
        [
            ("That's all for this week.", "", "", "B"),
            (
                "Cedi & Cocoa is written by Kojo Anane-Boateng and edited by Efua Sarpong-Aidoo.",
                "",
                "",
                "B",
            ),
            (
                "If someone forwarded this to you, you can sign up at harmattanmedia.com.gh/cedi.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Was this email useful?", "", "", "B"),
            ("Hit reply and tell us; we read every message.", "", "", "B"),
        ],
        [
            ("See you next Thursday,", "", "", "B"),
        ],
        [
            ("Kojo", "", "", "B"),
        ],
        [
            (
                "You are receiving this email because you subscribed to Cedi & Cocoa at harmattanmedia.com.gh.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Unsubscribe · Update your preferences · Forward to a friend", "", "", "B"),
        ],
        [
            ("Harmattan Media Ltd., 14 Abokobi Road, Osu, Accra, Ghana", "", "", "B"),
        ],
        [
            ("Reply    Forward", "", "", "B"),
        ],
    ],
    [
        [
            (
                "15/05/2026, 08:31    Walvis Bay fish processor to retrench 214 workers | The Windhoek Sentinel",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE WINDHOEK SENTINEL", "", "", "B"),
        ],
        [
            ("🖨 Print this page    ✉ Email    ✕ Close", "", "", "B"),
        ],
        [
            ("Business", "", "", "B"),
        ],
        [
            ("Walvis Bay fish processor to retrench 214 workers after quota cut", "", "", "W"),
        ],
        [
            ("Tuyeni Amakali-Nghifindaka", "", "", "B"),
        ],
        [
            ("13 May 2026", "", "", "B"),
        ],
        [
            (
                "Benguela Bay Fishing (Pty) Ltd will retrench 214 of its 530 workers at its Walvis Bay processing plant by the end of July after its horse mackerel quota was cut by 38%, the company told staff on Tuesday.",
                "Benguela Bay Fishing (Pty) Ltd",
                "told staff",
                "W",
            ),
        ],
        [
            (
                "Managing director Werner Kotzé-Hamutenya said the plant processed 41,000 tonnes of fish in 2025 but expected only about 25,400 tonnes this year.",
                "Werner Kotzé-Hamutenya",
                "said",
                "W",
            ),
            (
                "“We cannot run three shifts on two shifts' worth of fish,” he said.",
                "Werner Kotzé-Hamutenya",
                "said",
                "",
            ),
            (
                "He said workers would receive two weeks' pay for every year of service, double the minimum set by the Labour Act.",
                "Werner Kotzé-Hamutenya",
                "said",
                "W",
            ),
            (
                "He said the company had applied in March for an extra 8,000 tonnes from the ministry's reserve but had not had an answer.",
                "Werner Kotzé-Hamutenya",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Erongo Fishing and Allied Workers Union, which says it represents 380 workers at the plant, said it had not been consulted before the announcement.",
                "The Erongo Fishing and Allied Workers Union",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We read about our own members' jobs on a notice board,” said Ndeshipanda Shikongo-Amupolo, the union's Erongo regional organiser.",
                "Ndeshipanda Shikongo-Amupolo",
                "said",
                "",
            ),
            ("“They say two weeks a year.", "Ndeshipanda Shikongo-Amupolo", "said", ""),
            (
                "Some of us have been here since the plant opened in 1997.”",
                "Ndeshipanda Shikongo-Amupolo",
                "said",
                "W",
            ),
            (
                "She said the union would ask the Labour Commissioner to intervene.",
                "Ndeshipanda Shikongo-Amupolo",
                "said",
                "",
            ),
            (
                "The union said it would hold a meeting for workers at the Kuisebmond community hall on Friday at 5pm.",
                "The Erongo Fishing and Allied Workers Union",
                "said",
                "W",
            ),
        ],
        [
            (
                "The total allowable catch for horse mackerel was set at 210,000 tonnes for 2026, down from 340,000 tonnes last year, according to the Ministry of Fisheries and Marine Resources.",
                "the Ministry of Fisheries and Marine Resources",
                "according to",
                "W",
            ),
            (
                "Ministry spokesperson Uaurika Katjiuongua-Beukes said the cut followed a research survey that found the stock at its lowest level since 2019.",
                "Uaurika Katjiuongua-Beukes",
                "said",
                "W",
            ),
            (
                "She said the quota could be reviewed in December if a second survey showed signs of recovery.",
                "Uaurika Katjiuongua-Beukes",
                "said",
                "",
            ),
        ],
        [
            (
                "Outside the plant gate on Wednesday morning, workers coming off the night shift stood around the notice in small groups.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“Twelve years,” said Selma Nangolo-Iipumbu, a packer.",
                "Selma Nangolo-Iipumbu",
                "said",
                "",
            ),
            ("“Twelve years, and a piece of paper.”", "Selma Nangolo-Iipumbu", "said", ""),
            (
                "She said she had two children at school in Kuisebmond.",
                "Selma Nangolo-Iipumbu",
                "said",
                "",
            ),
        ],
        [
            ("Horse mackerel is Namibia's largest fishery by volume.", "", "", "W"),
            (
                "The plant is the second-largest private employer in Walvis Bay after the port, according to the Erongo Regional Council.",
                "the Erongo Regional Council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Update, 14 May: After this article was first published, the ministry confirmed that Benguela Bay Fishing's quota for 2026 is 24,900 tonnes.",
                "the ministry",
                "confirmed",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Sign up for the Sentinel's morning briefing and get the day's top stories in your inbox before 7am.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Lüderitz rock lobster season opens with smaller quota", "", "", "B"),
        ],
        [
            (
                "The Windhoek Sentinel corrects errors of fact as soon as they are brought to our attention.",
                "",
                "",
                "B",
            ),
            ("To request a correction, email corrections@windhoeksentinel.com.na.", "", "", "B"),
        ],
        [
            ("We use cookies to give you the best experience on our website.", "", "", "B"),
            ("By continuing to browse, you agree to our use of cookies.", "", "", "B"),
            ("Read our privacy policy to find out more.", "", "", "B"),
        ],
        [
            ("Accept", "", "", "B"),
        ],
        [
            ("© 2026 The Windhoek Sentinel.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "https://www.windhoeksentinel.com.na/business/walvis-bay-fish-processor-to-retrench-214-workers    1/1",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("kinaramag.pk", "", "", "B"),
        ],
        [
            ("The hydrant economy: who gets Karachi's water, and at what price", "", "", ""),
        ],
        [
            ("Saba Rizvi-Qureshi", "", "", "B"),
        ],
        [
            ("17–21 minutes", "", "", "B"),
        ],
        [
            (
                "In Karachi, the water the pipes fail to deliver arrives by truck, at a price set in small rooms beside the hydrants.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Illustrations: Mahnoor Dar-Hashmi", "", "", "B"),
        ],
        [
            (
                "At half past four in the morning, the line of tankers outside the Noor Shah Chowk hydrant already stretches past the petrol pump.",
                "",
                "",
                "",
            ),
            ("Engines idle.", "", "", ""),
            ("Somebody is frying parathas on a gas ring behind the boundary wall.", "", "", ""),
        ],
        [
            (
                "Imdad Hussain Khoso-Lashari has driven a 6,000-gallon tanker out of this hydrant for nine years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The pipe comes to the hydrant,” he says, pointing at the valve.",
                "Imdad Hussain Khoso-Lashari",
                "says",
                "",
            ),
            ("“It just doesn't come to the houses.”", "Imdad Hussain Khoso-Lashari", "says", ""),
        ],
        [
            (
                "By the gate, a man at a plastic table writes each tanker's number in a ledger.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The gap", "", "", ""),
        ],
        [
            (
                "The city needs about 1,200 million gallons of water a day and receives about 650 million, according to the Karachi Water and Sewerage Corporation.",
                "the Karachi Water and Sewerage Corporation",
                "according to",
                "W",
            ),
            ("The corporation now runs six official hydrants; in 2022 it ran 11.", "", "", "W"),
        ],
        [
            ("So what does a tanker cost?", "", "", ""),
        ],
        [
            ("Official rates per load, 2025–26", "", "", "B"),
        ],
        [
            ("1,000 gallons: Rs 2,310", "", "", ""),
        ],
        [
            ("3,000 gallons: Rs 4,130", "", "", ""),
        ],
        [
            ("6,000 gallons: Rs 6,400", "", "", ""),
        ],
        [
            (
                "In Defence and Clifton, residents say they pay Rs 18,000 to Rs 24,000 for a 6,000-gallon load in summer.",
                "residents",
                "say",
                "W",
            ),
        ],
        [
            (
                "The difference, Khoso-Lashari says, is “the line”: the queue, and who gets to skip it.",
                "Imdad Hussain Khoso-Lashari",
                "says",
                "",
            ),
            (
                "He is paid Rs 1,500 a trip, he says, and makes four trips on a good day.",
                "Imdad Hussain Khoso-Lashari",
                "says",
                "W",
            ),
        ],
        [
            (
                "A KWSC official who oversees hydrant operations, who spoke on condition of anonymity because he is not authorised to talk to the press, said about a third of the water leaving official hydrants in summer was sold above the official rate.",
                "A KWSC official who oversees hydrant operations",
                "said",
                "W",
            ),
        ],
        [
            (
                "The corporation's spokesperson, Farrukh Ilyas-Siddiqui, said in a written reply that the corporation had cancelled the contracts of two hydrant operators for overcharging in 2025.",
                "Farrukh Ilyas-Siddiqui",
                "said in a written reply",
                "W",
            ),
            (
                "Asked about the official's estimate, Ilyas-Siddiqui said the corporation “does not respond to figures from unnamed people”.",
                "Farrukh Ilyas-Siddiqui",
                "said",
                "",
            ),
        ],
        [
            (
                "In Korangi, where the mains run twice a week for two hours, schoolteacher Shazia Parveen-Abbasi keeps 14 plastic drums on her roof.",
                "",
                "",
                "W",
            ),
            ("“Tuesday and Friday…", "Shazia Parveen-Abbasi", "says", ""),
            ("That's my whole week,” she says.", "Shazia Parveen-Abbasi", "says", ""),
            (
                "Her husband, a rickshaw driver, buys a 1,000-gallon tanker every second week for Rs 3,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Back at Noor Shah Chowk, the queue has not moved.", "", "", ""),
        ],
        [
            (
                "Editor's note: The hydrant contractor Khoso-Lashari drives for is not named in this story because he could lose his job for speaking to us.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            (
                "Saba Rizvi-Qureshi is a Karachi-based journalist who writes about cities, water and labour.",
                "",
                "",
                "B",
            ),
            ("Her reporting has appeared in regional and international publications.", "", "", "B"),
        ],
        [
            (
                "This story was produced with support from the Delta Cities Reporting Fellowship, which had no say over its content.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Kinara is an independent, reader-funded magazine.", "", "", "B"),
            (
                "We don't have a paywall, because we believe reporting like this should be free to read.",
                "",
                "",
                "B",
            ),
            ("If you value it, become a member for Rs 600 a month.", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("The last tram: what Karachi lost when it tore up its rails", "", "", "B"),
        ],
    ],
    [
        [
            ("The Namoi Independent", "", "", "B"),
        ],
        [
            (
                "News · Sport · Community · What's On · Classifieds · Death Notices · Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "We acknowledge the Gomeroi people, the Traditional Custodians of the land on which we live and work, and pay our respects to Elders past and present.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Gunnedah pool to close for two summers for $6.8 million rebuild", "", "", "W"),
        ],
        [
            (
                "Club says its 140 swimmers will have to drive an hour to train",
                "Namoi Sharks Swimming Club",
                "says",
                "W",
            ),
        ],
        [
            ("By Tegan Hollingworth-Pye", "", "", "B"),
        ],
        [
            ("May 13 2026 - 4:30pm", "", "", "B"),
        ],
        [
            ("💬 14 comments", "", "", "B"),
        ],
        [
            ("The 50-metre pool at Brolga Park opened in 1962.", "", "", "W"),
        ],
        [
            ("Picture by Tegan Hollingworth-Pye", "", "", "B"),
        ],
        [
            (
                "Gunnedah Shire Council voted 7–2 on Tuesday night to close the Brolga Park pool for the 2026–27 and 2027–28 swimming seasons while it is rebuilt at a cost of $6.8 million.",
                "",
                "",
                "W",
            ),
            (
                "Councillors Neville Ashcombe-Tully and Fiona Garrard-Lowe voted against.",
                "",
                "",
                "W",
            ),
            (
                "Cr Ashcombe-Tully said a repair quoted at $380,000 would have kept the pool open for one more summer.",
                "Neville Ashcombe-Tully",
                "said",
                "W",
            ),
        ],
        [
            (
                "The NSW Government will contribute $4.5 million through a regional sport infrastructure grant, and the council will fund the rest from its reserves.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The pool's concrete shell has cracked in 14 places and it loses about 90,000 litres of water a week, according to a council engineering report.",
                "a council engineering report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mayor Colleen Tuckwell-Byrne said there was “no patching left to do”.",
                "Colleen Tuckwell-Byrne",
                "said",
                "",
            ),
            (
                "She said the new pool would have a heated 25-metre program pool and a splash park, and would open in time for the 2028–29 season.",
                "Colleen Tuckwell-Byrne",
                "said",
                "W",
            ),
        ],
        [
            (
                "Namoi Sharks Swimming Club president Darren Kilby-Moss said the club's 140 swimmers would have to travel to Tamworth, an hour away, to train.",
                "Darren Kilby-Moss",
                "said",
                "W",
            ),
            (
                "“Some of those kids will just give it away… and they won't come back,” he said.",
                "Darren Kilby-Moss",
                "said",
                "",
            ),
        ],
        [
            (
                "General manager Ross Penfold-Ainsworth said the council would run a free bus to the Tamworth aquatic centre every Saturday and Sunday from December 5.",
                "Ross Penfold-Ainsworth",
                "said",
                "W",
            ),
        ],
        [
            ("We asked: what do you think of the closure?", "", "", ""),
        ],
        [
            (
                "Marj Pettigrew-Hayes, 78: “I've swum there most mornings since 1979.",
                "Marj Pettigrew-Hayes",
                "Marj Pettigrew-Hayes, 78:",
                "",
            ),
            (
                "It's falling apart, so fair enough.”",
                "Marj Pettigrew-Hayes",
                "Marj Pettigrew-Hayes, 78:",
                "",
            ),
        ],
        [
            (
                "Jayden Oakes-Whitton, 16: “Two summers is a long time when you're 16.”",
                "Jayden Oakes-Whitton",
                "Jayden Oakes-Whitton, 16:",
                "",
            ),
        ],
        [
            (
                "Priya Sundram-Wells, mother of three: “Where are the kids meant to go on a 40-degree day?”",
                "Priya Sundram-Wells",
                "Priya Sundram-Wells, mother of three:",
                "",
            ),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("We welcome comments that add to the conversation.", "", "", "B"),
            ("Comments are moderated and may take up to a day to appear.", "", "", "B"),
            (
                "Keep it civil and on topic: we remove abuse, defamatory claims and other people's personal details.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Greg from Curlewis · 3h", "", "", "B"),
        ],
        [
            ("Typical.", "", "", "B"),
            ("They let it rot for 20 years and now we lose it for two.", "", "", "B"),
        ],
        [
            ("WHAT'S ON", "", "", "B"),
        ],
        [
            (
                "Gunnedah Show Society Twilight Market: Friday 22 May, 5pm to 9pm at the Riverside Showground.",
                "",
                "",
                "B",
            ),
            ("Gold coin entry, food trucks and live music.", "", "", "B"),
        ],
        [
            ("Local news matters.", "", "", "B"),
            (
                "Subscribe to The Namoi Independent from $2 a week and keep independent journalism alive in the Namoi Valley.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Have your say: letters to the editor of up to 250 words can be sent to letters@namoiindependent.com.au.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More local news", "", "", "B"),
        ],
        [
            ("Boggabri road closure extended to Friday", "", "", "B"),
        ],
        [
            ("© 2026 Namoi Independent Pty Ltd", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n153-us-pm-ends-sentence",
        "The main burst at about 1:30 p.m. under Wexford Road NE near Sorrel Drive. Water covered two lanes and the parking lot of a strip mall before crews closed the valves at 3:05 p.m.",
        [
            "The main burst at about 1:30 p.m. under Wexford Road NE near Sorrel Drive.",
            "Water covered two lanes and the parking lot of a strip mall before crews closed the valves at 3:05 p.m.",
        ],
    ),
    (
        "n153-us-epa-initialism",
        "Pressure fell below 20 pounds per square inch in parts of the northeast zone for almost three hours, utilities spokesperson Danielle Ostrander-Ruiz said. Iowa rules, which follow U.S. Environmental Protection Agency guidance, require an advisory when pressure drops that low, because groundwater can be drawn into the pipes, she said.",
        [
            "Pressure fell below 20 pounds per square inch in parts of the northeast zone for almost three hours, utilities spokesperson Danielle Ostrander-Ruiz said.",
            "Iowa rules, which follow U.S. Environmental Protection Agency guidance, require an advisory when pressure drops that low, because groundwater can be drawn into the pipes, she said.",
        ],
    ),
    (
        "n153-us-quote-then-fragment",
        "“Nobody knocked on my door,” she said. “Not one person.”",
        ["“Nobody knocked on my door,” she said.", "“Not one person.”"],
    ),
    (
        "n153-us-one-word-quote",
        "“That's the third break on that line in 15 years,” City Council member Arturo Benavidez-Lund said in a text message. “Third.”",
        [
            "“That's the third break on that line in 15 years,” City Council member Arturo Benavidez-Lund said in a text message.",
            "“Third.”",
        ],
    ),
    (
        "n153-us-app-prompt-question",
        "Want to know the moment the advisory is lifted? Download the free Corridor 9 News app and turn on notifications for breaking news and weather alerts where you live.",
        [
            "Want to know the moment the advisory is lifted?",
            "Download the free Corridor 9 News app and turn on notifications for breaking news and weather alerts where you live.",
        ],
    ),
    (
        "n153-us-station-no",
        "Fire Station No. 7, 3250 Wexford Road NE: 8 a.m. to 8 p.m.",
        ["Fire Station No. 7, 3250 Wexford Road NE: 8 a.m. to 8 p.m."],
    ),
    (
        "n153-ca-french-notice",
        "Vous lisez la version anglaise de cet article. Lire en français.",
        ["Vous lisez la version anglaise de cet article.", "Lire en français."],
    ),
    (
        "n153-ca-said-in-french",
        "“We don't have a choice,” he said in French. “Without a wharf, there's no fishery here, and without the fishery, there's no Anse-Bleue.” He said he hoped boats could use the wharf again by the opening of the fall season.",
        [
            "“We don't have a choice,” he said in French.",
            "“Without a wharf, there's no fishery here, and without the fishery, there's no Anse-Bleue.”",
            "He said he hoped boats could use the wharf again by the opening of the fall season.",
        ],
    ),
    (
        "n153-ca-dec-timeline",
        "Dec. 21, 2025 — A storm surge tears away 40 metres of the wharf's deck.",
        ["Dec. 21, 2025 — A storm surge tears away 40 metres of the wharf's deck."],
    ),
    (
        "n153-ie-age-quote",
        "“I'm 71. I can't keep going on the hope that somebody turns up,” he said. He said about 400 of his patients were over 75 and more than 60 of them had no car.",
        [
            "“I'm 71.",
            "I can't keep going on the hope that somebody turns up,” he said.",
            "He said about 400 of his patients were over 75 and more than 60 of them had no car.",
        ],
    ),
    (
        "n153-ie-question-asked",
        "Independent councillor Teresa Gallagher-Moran said she would raise the closure at the next meeting of the Ballina Municipal District. “Is a 90-year-old with no car supposed to get herself to Castlebar?” she asked.",
        [
            "Independent councillor Teresa Gallagher-Moran said she would raise the closure at the next meeting of the Ballina Municipal District.",
            "“Is a 90-year-old with no car supposed to get herself to Castlebar?” she asked.",
        ],
    ),
    (
        "n153-ie-ltd-ends-line",
        "Nephin FM is licensed by Coimisiún na Meán. © 2026 Nephin FM Ltd.",
        ["Nephin FM is licensed by Coimisiún na Meán.", "© 2026 Nephin FM Ltd."],
    ),
    (
        "n153-sc-cookie-banner",
        "We use some essential cookies to make this website work. We'd also like to set analytics cookies that help us understand how you use the site, so that we can improve it. We won't set these unless you accept them.",
        [
            "We use some essential cookies to make this website work.",
            "We'd also like to set analytics cookies that help us understand how you use the site, so that we can improve it.",
            "We won't set these unless you accept them.",
        ],
    ),
    (
        "n153-sc-pounds-decimal",
        "Councillors have approved an £11.4 million flood protection scheme for Balmerrie, which has flooded seven times since 2012. The most recent flood, in October 2023, damaged 88 properties.",
        [
            "Councillors have approved an £11.4 million flood protection scheme for Balmerrie, which has flooded seven times since 2012.",
            "The most recent flood, in October 2023, damaged 88 properties.",
        ],
    ),
    (
        "n153-ke-short-quote-pair",
        "“Our members are being chased by banks for loans their own payslips say they are repaying,” she said. “That is not a delay. That is theft.”",
        [
            "“Our members are being chased by banks for loans their own payslips say they are repaying,” she said.",
            "“That is not a delay.",
            "That is theft.”",
        ],
    ),
    (
        "n153-ke-question-then-am",
        "Nakuru branch secretary Moses Chege-Kamau said nurses at Nakuru Level 5 Hospital had been working double shifts since 41 colleagues resigned last year. “Who pays a nurse's rent when the county doesn't?” he asked. “She is still expected on the ward at 7 a.m. sharp,” he said.",
        [
            "Nakuru branch secretary Moses Chege-Kamau said nurses at Nakuru Level 5 Hospital had been working double shifts since 41 colleagues resigned last year.",
            "“Who pays a nurse's rent when the county doesn't?” he asked.",
            "“She is still expected on the ward at 7 a.m. sharp,” he said.",
        ],
    ),
    (
        "n153-in-tmc-decimals",
        "Combined storage in the four dams that supply the city — Khadakwasla, Panshet, Varasgaon and Temghar — stood at 7.86 TMC on Tuesday morning, or 27 per cent of capacity. On the same date last year, it was 9.41 TMC.",
        [
            "Combined storage in the four dams that supply the city — Khadakwasla, Panshet, Varasgaon and Temghar — stood at 7.86 TMC on Tuesday morning, or 27 per cent of capacity.",
            "On the same date last year, it was 9.41 TMC.",
        ],
    ),
    (
        "n153-in-ellipsis-lower",
        "Former corporator Vishal Gaikwad-More said the cut was “the price of ten years of planning that never left the file”. “Every summer we hear the same thing… wait for the monsoon,” he said.",
        [
            "Former corporator Vishal Gaikwad-More said the cut was “the price of ten years of planning that never left the file”.",
            "“Every summer we hear the same thing… wait for the monsoon,” he said.",
        ],
    ),
    (
        "n153-in-paywall-meter",
        "You have read 3 of 5 free stories this month. Subscribe for unlimited access at ₹99 a month.",
        [
            "You have read 3 of 5 free stories this month.",
            "Subscribe for unlimited access at ₹99 a month.",
        ],
    ),
    (
        "n153-ph-dr-mid-sentence",
        "Dr. Maricel Abaygar-Sison, who heads the office's infectious disease cluster, said the towns of Pototan, Dumangas and Zarraga accounted for nearly half of the cases. She urged families to empty and scrub water containers once a week.",
        [
            "Dr. Maricel Abaygar-Sison, who heads the office's infectious disease cluster, said the towns of Pototan, Dumangas and Zarraga accounted for nearly half of the cases.",
            "She urged families to empty and scrub water containers once a week.",
        ],
    ),
    (
        "n153-ph-search-and-destroy",
        "“Search and destroy,” she said. “Every container, every Sunday.”",
        ["“Search and destroy,” she said.", "“Every container, every Sunday.”"],
    ),
    (
        "n153-sg-assoc-prof",
        "Assoc. Prof. Seah said the coating cost about S$14 per square metre, roughly three times as much as ordinary exterior paint, and would need to be reapplied about every eight years. “On cost alone it doesn't win yet,” he said. “On comfort, it clearly does.”",
        [
            "Assoc. Prof. Seah said the coating cost about S$14 per square metre, roughly three times as much as ordinary exterior paint, and would need to be reapplied about every eight years.",
            "“On cost alone it doesn't win yet,” he said.",
            "“On comfort, it clearly does.”",
        ],
    ),
    (
        "n153-sg-journal-reference",
        "Journal reference: Seah J. H., Mohd Yusri S. H., Venkataraman-Lee P., et al. Reflective facade coatings and indoor heat in tropical high-rise housing: a 12-month field trial. Trop Built Environ Lett. 2026;4(2):112-129.",
        [
            "Journal reference: Seah J. H., Mohd Yusri S. H., Venkataraman-Lee P., et al. Reflective facade coatings and indoor heat in tropical high-rise housing: a 12-month field trial. Trop Built Environ Lett. 2026;4(2):112-129."
        ],
    ),
    (
        "n153-gh-initials-end",
        "The buying companies cannot pay farmers because the Ghana Cocoa Board has not released the seed funds it normally advances at the start of each quarter, said the forum's executive secretary, E. K. Boadu-Darko.",
        [
            "The buying companies cannot pay farmers because the Ghana Cocoa Board has not released the seed funds it normally advances at the start of each quarter, said the forum's executive secretary, E. K. Boadu-Darko."
        ],
    ),
    (
        "n153-gh-exclamation-attribution",
        "Kwabena Asante-Mireku, a farmer near Sefwi Wiawso who sold 46 bags in March, said all he had received was a chit with a stamp on it. “You can't buy fertiliser with a chit!” he said.",
        [
            "Kwabena Asante-Mireku, a farmer near Sefwi Wiawso who sold 46 bags in March, said all he had received was a chit with a stamp on it.",
            "“You can't buy fertiliser with a chit!” he said.",
        ],
    ),
    (
        "n153-gh-sponsor-note",
        "This edition of Cedi & Cocoa is supported by Adomi Savings & Loans. Adomi has helped market traders in Kumasi and Accra save since 2003. Its new Susu Plus account pays 19% a year on balances above GH¢500, and you can open one from your phone in ten minutes.",
        [
            "This edition of Cedi & Cocoa is supported by Adomi Savings & Loans.",
            "Adomi has helped market traders in Kumasi and Accra save since 2003.",
            "Its new Susu Plus account pays 19% a year on balances above GH¢500, and you can open one from your phone in ten minutes.",
        ],
    ),
    (
        "n153-na-pty-ltd",
        "Benguela Bay Fishing (Pty) Ltd will retrench 214 of its 530 workers at its Walvis Bay processing plant by the end of July after its horse mackerel quota was cut by 38%, the company told staff on Tuesday.",
        [
            "Benguela Bay Fishing (Pty) Ltd will retrench 214 of its 530 workers at its Walvis Bay processing plant by the end of July after its horse mackerel quota was cut by 38%, the company told staff on Tuesday."
        ],
    ),
    (
        "n153-na-twelve-years",
        "“Twelve years,” said Selma Nangolo-Iipumbu, a packer. “Twelve years, and a piece of paper.” She said she had two children at school in Kuisebmond.",
        [
            "“Twelve years,” said Selma Nangolo-Iipumbu, a packer.",
            "“Twelve years, and a piece of paper.”",
            "She said she had two children at school in Kuisebmond.",
        ],
    ),
    (
        "n153-pk-ellipsis-capital",
        "In Korangi, where the mains run twice a week for two hours, schoolteacher Shazia Parveen-Abbasi keeps 14 plastic drums on her roof. “Tuesday and Friday… That's my whole week,” she says.",
        [
            "In Korangi, where the mains run twice a week for two hours, schoolteacher Shazia Parveen-Abbasi keeps 14 plastic drums on her roof.",
            "“Tuesday and Friday…",
            "That's my whole week,” she says.",
        ],
    ),
    (
        "n153-au-vox-pop-prefix",
        "Marj Pettigrew-Hayes, 78: “I've swum there most mornings since 1979. It's falling apart, so fair enough.”",
        [
            "Marj Pettigrew-Hayes, 78: “I've swum there most mornings since 1979.",
            "It's falling apart, so fair enough.”",
        ],
    ),
]
