"""Thirty-second held-out set of hand-labelled pages for the hint engines (round twenty-three): twelve whole pages from kinds of page a newsroom reviewer meets that are not plain article pages.

A HELD-OUT set: written at the start of round twenty-three and never to be tuned on. It was written
blind, from scratch: nothing under `claimreview/` was opened, read, grepped or imported; no
`labelled_heldout*.py` file was opened; the engine, the scorer (`tests/text/hint_scores.py`), pytest
and every test were left unrun. What was read: the brief's common rules, the docstrings of
`labelled_new.py`, `labelled_new2.py` and `labelled_new40.py` to `labelled_new46.py`, a few pages of
`labelled_new.py`, `labelled_new41.py` (the paywall, phone, aggregator and TV pages),
`labelled_new44.py` (the government-release, AMP, long-read and e-mail pages) and
`labelled_new46.py`, the split cases of `labelled_new44.py` and `labelled_new46.py`, and `build` in
`labelled_articles.py`. What was run: an import of this file with `build` over every page, a small
script checking that every split case's text occurs in the pages and matches its expected sentences
without whitespace and that flags and spacing are well formed, the name greps (which report file
names and counts only) and `ruff`.

Every person, small place, street, school, hospital, home, organisation, party, outlet, portal,
station, company, club, tournament, university and number is invented. Countries, provinces, states
and big cities (South Africa, KwaZulu-Natal, eThekwini, Durban, Pietermaritzburg; New Zealand;
Australia, Victoria, Melbourne; the United States, Kansas, Wichita, Kentucky, Michigan, Lansing,
Grand Rapids, Texas, Wisconsin, Milwaukee, Madison; Ireland, County Roscommon, Galway, Birmingham,
Boston; England, Cumbria; Canada, Manitoba, Winnipeg, Saskatchewan, Ontario; Bangladesh, Dhaka,
Gazipur, Mymensingh, Dhanmondi) and real public bodies and statutes ("the KwaZulu-Natal Department
of Education", "the Minister of Local Government", "the Department of Education", "Budget Paper No.
4", "Spring Street", "the Kansas Department of Health and Environment", "Kentucky State Police",
"the National Transportation Safety Board", "Federal Railroad Administration records", "The Red
Cross", "the Michigan Department of Attorney General", "the Michigan Court of Claims", "the
Michigan Collection Practices Act, MCL 445.251 et seq.", "MCL 600.5807(9)", "the Michigan Consumer
Protection Act", "Roscommon County Council", "University Hospital Galway", "Áras an Chontae", "the
Ordnance Survey", "Shared Health", "Louis Riel Day", "the Centers for Medicare & Medicaid Services",
"the Wisconsin Department of Health Services", "Industrial Police", "the Department of Labour",
"Export Promotion Bureau data") appear only as settings, with invented figures. Every capitalised
word of these pages, the parts of double-barrelled and hyphenated names included, was grepped as a
whole word, case-insensitively, over the whole `tests/` tree, and every surname, town, street,
outlet, company, club, venue and saint's-name church that occurred was changed (first names, common
words and the settings above recur); the names of organisations made of common words ("Civic
Alliance", "Western Suburbs", "Prairie Nurses", "Prairie Labour", "Plains Rural") were grepped as
phrases and changed where they occurred.

Each page is a WHOLE page, head to tail, as a new user pastes it after select-all, so every
furniture line is a paragraph of its own. The twelve pages, from eight countries: (1) a South
African provincial site pasted from a phone's browser on pupils still without school places (app
banner, "Open in app", "Not now", icon bar, tiny menu, a "Read full article ▾" expander splitting a
quote, "▶ WATCH:", tab bar); (2) a New Zealand regional site pasted from a browser's reader view on
water meters and a rates rise (domain line, bare byline, "6–8 minutes", excerpt, captions with
"Photo /" credits, the "READ MORE:" list left inline); (3) an Australian metropolitan paper whose
metered-paywall block half loaded on an auditor's report on late schools (the block's lines with
"Checking your subscription…" and "Loading…", the story going on after it); (4) a US news portal
running a partner's syndicated story on a Kansas town's nitrate advisory (partner logo line,
partner-content note, "Photo courtesy of", republishing and distribution credits, reactions and
cards); (5) a Kentucky TV station's page on a derailment, heavy with video furniture ("Watch:", the
player counter, "Autoplay: ON", "Up next", "Next video in 5", "Cancel", running times); (6) a state
attorney general's press release on the state's own site (release header, contact, bullets, "# #
#"); (7) an Irish local weekly's notices page, death notices, anniversaries and public notices
around one news story on a cemetery running out of graves; (8) a UK magazine's long read split into
pages, page 2 of 3 ("Page 2 of 3", "Continued from page 1", roman section heads, a pull quote,
"Continue to page 3 ›"); (9) a Manitoba politics newsletter pasted from a mail client (mail
headers, numbered items, "Number of the day", a calendar, sponsor block, unsubscribe footer); (10)
an English sports site's live-text page on a cup semi-final (minute stamps, "GOAL!", "RED CARD!",
line-ups, stats box); (11) a US non-profit newsroom's investigation into understaffed nursing homes
with its donation appeals (DONATE, the mid-story box, "Before you go…", republish and funders
lines, methodology box); (12) a Bangladeshi English-language daily on garment workers blocking a
highway ("Md.", "Tk ... crore", "Sub-Inspector (SI)", "Prof. Dr.", "Ltd."). Each has real stories
with ordinary and hard speakers, a mix of check-worthy and not, and the hard sentence splits of
real copy. `STYLES` names the site, the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new46.py` hold too (mastheads, menus, crumbs, kickers,
section labels, bylines, role lines, date lines, share strips, listen lines, app prompts, paywall
and newsletter blocks, related and most-read lists, tags, tip lines, comment furniture,
reader-service lines and footers "B" line by line; captions by content and credits "B", video
running times "B", a video's title by content; standfirsts and decks labelled like headlines, a
feature's headline and dek "", topic subheads ""; pull quotes and their "— Name" lines "B"; titles,
ranks, honorifics and roles dropped from speakers; a pronoun, a later surname or a role resolved to
the full name as first given; organisations, documents and data kept as written, "according to X"
-> X; "did not say", "did not respond ..." and "could not be reached for comment" labelled like
speech with flags ""; quotes over several sentences or paragraphs carry the quote's speaker and
cue; plans, votes, orders, fixtures, results and published estimates "W", spoken forecasts,
pledges, hopes, advice and opinions ""; mail headers, greetings, "Read more →", sponsor blocks and
sign-offs of an e-mail digest "B"; glued furniture items without full stops ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* Phone-browser pages: the two-sentence app banner, "Open in app", "Not now", the icon bar, the
  tiny menu with "More ▾", the load-reduction strip, "🔊 Listen", "Share ⤴   Save 🔖", the "Read full
  article ▾" expander and "Continue reading below ↓" in mid-story, "💬 Tap to see 37 comments", "More
  in Education ›", "Back to top ↑" and the tab bar are "B"; a quote that runs on after the expander
  keeps its speaker and cue ("“So now my child ... Is that fair?”" stays Sindisiwe Dubazana's). "MEC"
  and "MPL" are dropped; "Parents who spoke to the Herald disputed that." keeps the group with
  "disputed", ""; "She cited a written reply ..." has the cue "cited" and is "W"; the paper's own
  check of the SMS records is "W" without a speaker; "Department blames ..." in the standfirst
  carries the department as the body first names it.
* Reader views: the domain line, the bare byline, "6–8 minutes", "READ MORE:" and its bullets, and
  the reporter's funding note are "B"; the excerpt under the title is labelled like a standfirst
  ("W" for the plan it states); captions are labelled by content and "Photo / ..." credits "B".
  "council staff estimate" keeps the staff with "estimate" and is "W" (a published estimate);
  "Ratepayers' group Matarau Fair Rates" drops the descriptor.
* Half-loaded paywalls: every line of the block is "B", "Checking your subscription…" and
  "Loading…" included, and the three-sentence offer is three "B" sentences; the story after the
  block is labelled as news. "EXCLUSIVE", the text-size strip, "License this article" and the topics
  strip are "B". The headline's "auditor finds" and the lead's "the state's Auditor-General has
  found" carry the Auditor-General by the name the next paragraph gives; "the report found", "The
  report found", "The audit also found" and "The report recommends" keep the document as written,
  and a report's recommendations are "W"; "Budget Paper No. 4," never ends a sentence.
* Syndicated stories: the portal's "FROM OUR PARTNERS" label, the partner's capitals logo line,
  "Story by ..., The ... Sentinel", the "Partner content: ..." note, "(Photo courtesy of ...)",
  "Story continues below", the republishing credit and "Support local journalism: ..." (two
  sentences), "Distributed by ...", the reactions bar, "Comments (61)" and the "More from" cards with
  their ages are "B"; the partner's story is labelled as news, its dateline ("ARDELL, Kan. —") part
  of the first sentence. "according to results the city posted on Monday" keeps the results as
  written; the city's advice line with a phone number is "B".
* TV video furniture: "Watch: ..." titles describe footage and are "" (the mid-story one too), while
  "▶ 0:00 / 2:47", the control strip "CC   🔊   ⛶", "Autoplay: ON", "Up next" with its title and
  running time, "Next video in 5", "Cancel", each running time and "More videos" with its titles
  are "B". "Rd." ends a sentence before "She said ..." but never in "Bethel Church Rd. until";
  "Ky. 1247", "U.S. 60" and "4:20 a.m. Tuesday" never end one. "The statement said" and "It did
  not say" keep "The statement".
* Government releases: "FOR IMMEDIATE RELEASE", the date, "Media Contact: ...", "# # #", "Related
  News" with its titles and the state footer are "B"; the release headline and subhead are "W"
  without a speaker; "today announced" carries the attorney general, "W"; "The department alleged"
  is "W" (an allegation as filed); the release's own background sentences carry no speaker;
  "Under the settlement, Quillbrook must:" is a lead-in, "", and each bullet ("...; and" included)
  "W"; "Quillbrook did not admit wrongdoing as part of the settlement." is a term of the settlement,
  "W" without a speaker; "Eligible consumers do not need to take any action ..." and the complaint
  line are reader service, "B"; the case-handled-by line is a credit, "B". "“... is too old to sue
  on. Period.”" is two sentences, "Period.”" the second. "LLC,", "et seq.," and "Sept. 30, 2026,"
  never end a sentence.
* Notices pages: paid death notices, anniversary notices and public notices (a planning notice, a
  road closure) are classified advertising, not the publisher's claims: "B" sentence by sentence,
  their headings and the notice-placing line "B" too. Their splits still follow the rules: "Co.
  Roscommon,", "St. Dympna's", "Fr. Eamon", "Very Rev. Fr. Liam, P.P. Emeritus,", "Main St.,",
  "(F45 KC91)", "5pm to 7pm" and "12 noon" never end a sentence, "kilcurranparish.ie/webcam." and
  "Co. Roscommon." at a sentence's end do. The one news story among them is labelled as news: the
  headline "..., councillors told" (passive, no agent) is "W" without a speaker, the lead's "a
  council engineer has said" resolves forward to him, "told Tuesday's meeting" is a cue, "Cllr"
  and "Mr" are dropped and "(Ind)" is part of the sentence.
* Paginated long reads: "Page 2 of 3", "‹ Previous page", "Continued from page 1", "Continue to
  page 3: The vote ›" and the pager line are "B"; roman section heads ("II. The numbers") are topic
  subheads, "", the numeral part of the sentence. A quote interrupted by an action between dashes
  ("And this” — she taps a blue line — “is the beck ...”") is ONE sentence; "Eleven!" and the
  verbless "In the driest year we've had since 1976." are sentences of their own carrying the
  quote's speaker and cue ("Eleven!" "", the fragment "W"). "do not dispute" and "does not accept"
  are cues, ""; "Cardale has said it will appeal" is a pledge, ""; "No. 3" and "c. 1790" never end a
  sentence.
* E-mail newsletters: as in `labelled_new44.py`; also "Why it matters: ..." is labelled by content
  ("W" for the election date); "Number of the day" is a heading, "B", but the number line under it
  is labelled by content with "per" as its cue ("W"), unlike a quote of the day; "Coming up" is a
  heading, "B", and each calendar line a fixture, "W"; "What we're reading" and its links are "B";
  "4. The exchange of the week" is a topic subhead, "". "Tues.,", "Mon.,", "Thurs.,", "Feb. 3–8,"
  and "St.," never end a sentence, "3 p.m." at a sentence's end does; a question closing a quote
  before the capitalised name that attributes it ("...over budget?” Aspenland leader Graydon
  Fehr-Laskowski asked ...") is ONE sentence, "W" for the figure it asserts; "replied" is a cue.
* Live text: clock and minute stamps ("17:14", "88'", "90+3'", "HT"), the score and scorers strips,
  "Live coverage has ended", "Show key events only", "Match stats" and the alerts prompt are "B";
  entry headlines ("Haworthy on his winner") are topic subheads, ""; "GOAL!" and "RED CARD!" are
  sentences of their own, "", and the score line after "GOAL!" is "W", as are the FULL-TIME and
  HALF-TIME lines, the sending-off, a booking, "Attendance: 24,180", each stats row and a club
  record; play-by-play and "Cue bedlam in the home end!" are ""; line-ups, "Subs:", "Referee:" and
  the substitution line are data, "". "speaking to Radio Oakenroyd:" before a quote is the cue, and
  a "?" inside that quote before a capital ends a sentence.
* Non-profit newsrooms: "DONATE", the mid-story donation box (two sentences, "Donate now", the
  amounts line), "Before you go…" and its three sentences, "Become a member", "Republish this
  story" and the Creative Commons line, the tip line, the funders note and the "501(c)(3)" footer
  are "B"; the methodology box is "B" sentence by sentence, as in `labelled_new43.py`. A headline of
  two sentences is split, both "W"; the dek's "A Cedarmark News analysis of federal payroll data
  found" and the body's "a Cedarmark News and Ledgeview Public Radio analysis of those records
  found" keep the analysis as written, "W"; "Birchcrest's payroll records show" likewise;
  "On the night her mother fell, Lorraine Mistele says, there was ..." is ONE sentence with "says";
  "did not respond to three requests for comment" and "said in a written statement" are cues as
  written; "State Sen." is dropped and "D-Madison," never ends a sentence; a senator's stated intent
  to introduce a bill is "".
* South Asian copy: "Md." is part of a name and never ends a sentence; "Sub-Inspector (SI)" and
  "Prof. Dr." are dropped; "Ltd." never ends a sentence in "Composite Ltd. block" or "Ltd. owes" but
  ends one before "He could not be reached for comment ...", which carries the chairman with that
  cue, ""; "Tk 18.7 crore", "US$3.4 million", "8:30am" and "1:15pm" are never boundaries;
  "Workers said" keeps "Workers", "According to the workers" gives "the workers"; "who asked not to
  be named" is dropped from the speaker; the Bengali date strip, "Staff Correspondent, Gazipur",
  "Also Read:", the tags, the WhatsApp line and the editor and publisher lines are "B".

`HELDOUT_CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text,
expected sentences), each taken word for word from these pages (consecutive lines joined by a
newline, sentences of one line by a space) and written the same way: what a reviewer wants, not
what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "South African provincial news site pasted from a phone's browser, pupils without school places three weeks into term (site name, two-sentence app banner, Open in app, Not now, icon bar, tiny menu, load-reduction strip, section label, headline, standfirst with Department blames resolved to the department as the body names it, byline, date-and-read-time line, listen and share-save lines, caption and Picture credit, according to figures presented to the legislature, the department said, MEC dropped with told the legislature's education committee, parents who spoke to the Herald disputed, a mother's quote split by the Read full article expander and carried across it, a question closing a quote, the paper's own check of SMS records, MPL dropped, cited, R46-million, a spokesperson's forecast and plea, helpline line, WATCH caption and running time, a teachers' congress and its secretary named after the quote, tap-to-see comments, more-in list, back to top, tab bar, (Pty) Ltd. footer)",
    "New Zealand regional site pasted from a browser's reader view, water meters and an 11.8% rates rise (domain line, title, excerpt as standfirst, bare byline, reading-time range, caption with Photo / credit, 9-4, 2026/27, council staff estimate, per m³ and $2.95 indicative via the council said, READ MORE list kept inline, mayor said with a fact inside his quote, a second caption with Photo / Supplied, Cr dropped, Dr dropped, according to the council's asset report, the report shows, a ratepayers' group with its descriptor dropped, its chair, a laundromat owner's arithmetic on Tītoki St, rollout plan, reporter's funding note)",
    "Australian metropolitan paper behind a metered paywall whose block half loaded, an auditor's report on late schools and a $1.3b blow-out (masthead, log-in strip, menu, crumb, EXCLUSIVE kicker, auditor finds headline carried by the Auditor-General by name, standfirst, byline and role line, date line with 5.32pm, save-gift-share and text-size strips, caption and credit, lead with the state's Auditor-General has found resolved forward, the report found, Budget Paper No. 4 mid-sentence, the paywall block line by line with Checking your subscription and Loading, the story going on after it, a parent's three-sentence quote, minister said in a statement, the statement said, did not say, opposition with a partial quote of a figure, the audit also found, a principals' network, Spring Street, the report recommends, license line, topics strip, bio, most-viewed list, Pty Ltd footer)",
    "US news portal running a partner's syndicated story, a Kansas town's nitrate advisory for infants (portal name, menu with sign-in, FROM OUR PARTNERS label, the partner's capitals logo line, headline, Story by byline, Feb. date line, partner-content note, caption with Photo courtesy credit, dateline with Kan. —, according to results the city posted, 8 a.m. to 5 p.m. weekdays, a three-sentence quote with figures, Advertisement and Story continues below, records from the state health department, Dec. 31, 2027, mid-sentence, an engineering study's estimates, a mayor's household arithmetic, a hydrogeologist and a farmer, City Hall phone line, originally-published and support-local credit, Distributed by line, reactions, comment count, more-from cards with ages, trending, Inc. footer)",
    "Kentucky regional TV station's page with its video furniture, a freight derailment and evacuation (station name, live-now bar, weather strip, menu, Watch title, player counter, control strip, Autoplay: ON, Up next with its title and running time, Next video in 5, Cancel, headline, Author and EST Published/Updated lines, CLINCHMORE, Ky. — dateline, 4:20 a.m. Tuesday and Ky. 1247 mid-sentence, the railroad said, an emergency director's advice in quotes, a mid-story Watch title with running time, U.S. 60 and Rd. mid-sentence, officials said, in an emailed statement, the statement said and did not say, the NTSB, according to FRA records, RELATED line, Rd. ending a sentence before She said, a resident's quote, a spokesperson said, app promo, tip line, copyright, more videos with running times, public-file footer)",
    "US state attorney general's press release on the state's own site, a debt buyer's $4.2 million settlement (skip link, official-site banner, department and office lines, menu, crumb, FOR IMMEDIATE RELEASE, date, media contact, release headline and subhead, LANSING – dateline with today announced and her office says, LLC, mid-sentence, MCL 445.251 et seq., mid-sentence, the department alleged, MCL 600.5807(9), the department said, the release's own background, according to the complaint, a quote ending in a one-word sentence Period., the company's court filing with said, a must: lead-in and four bullets ending ; and, did not admit wrongdoing, reader-service notice, Sept. 30, 2026, mid-sentence, a legal-aid lawyer, complaint line, case-handled-by credit, # # #, related news, stay connected, state footer)",
    "Irish local weekly's notices page with one news story among the death notices, a cemetery running out of graves (masthead, menu, crumb, Death Notices heading, three paid notices sentence by sentence with née, Co. Roscommon, St., Fr., Very Rev. Fr., P.P. Emeritus, Main St., 5pm to 7pm, 12 noon, an Eircode in brackets, a URL ending a sentence and an Irish-language blessing, the notice-placing line, Anniversaries with 7.30pm, LOCAL NEWS label, councillors told headline without a speaker, byline, a council engineer has said resolved forward, told Tuesday's meeting, Cllr dropped, (Ind), the undertaker, a vote and a fixture, Mr dropped, Public Notices heading, a planning notice and a road-closure notice sentence by sentence with 8am and 4pm, address line ending Co. Roscommon., Ltd. footer)",
    "UK magazine's long read split into pages, page 2 of 3, a quarry extension on a Cumbrian fell (masthead, menu, LONG READ kicker, feature headline and two-sentence dek without a final stop, words-and-photographs line, Page 2 of 3, Previous page, Continued from page 1, roman section heads, present-tense says throughout, a pull quote and its — Name line, do not dispute and does not accept as cues, according to the council, No. 3 and c. 1790 mid-sentence, a quote interrupted by an action between dashes, the company's own assessment concluded, a quote with an exclamation and a verbless fragment as sentences of their own, a farmer's quote, a fixture, Cardale has said, Continue to page 3, the pager line, issue and subscription lines, more long reads, Ltd footer)",
    "Canadian provincial politics newsletter pasted from a mail client, a week at the Manitoba legislature (newsletter name, From, To, Date and Subject lines, View in browser, outlet line, two-sentence greeting, numbered item headings, Tues., March 24, at 3 p.m. ending a sentence, told reporters with a spoken forecast, Why it matters line, Read more links, a union's vote and turnout, a by-election and a poll with Feb. 3–8 and a margin of error in brackets, SPONSORED block, Number of the day heading and its line with per, a question quote before a capitalised name that attributes it with asked, replied, Mr. dropped, Coming up heading with calendar lines with Mon., Tues. and Thurs., What we're reading, sign-off, forwarded line, receiving notice, unsubscribe strip, address line with St.,)",
    "English sports site's live-text page, a cup semi-final minute by minute, newest first (site name, menu, crumb, score strip, scorers strip with minutes, as-it-happened headline and standfirst, live-reporting line, All times GMT, coverage-ended and key-events lines, clock and minute time stamps with 90+3' and HT, entry headlines as topic subheads, speaking to Radio Oakenroyd: before a quote with a question inside it, told Matchwire, FULL-TIME and HALF-TIME lines, the final fixture, Attendance line, Match stats heading and rows, RED CARD! and GOAL! as sentences of their own before the score and the sending-off, a booking, play-by-play narration, a substitution line, a record, team news with line-ups, subs and referee as data, alerts prompt, related list, Ltd footer)",
    "US non-profit newsroom's investigation with its donation appeals, Wisconsin nursing homes below the staffing minimum (skip link, site name, menu, DONATE, section label, two-sentence headline, dek with an analysis found, co-publishing byline, date line, republish-and-listen strip, caption and bracketed credit, says in mid-sentence, payroll records show, an analysis of those records found, according to inspection reports and enforcement records, the mid-story donation box with its amounts, in an emailed statement, an industry group's president, a professor, did not respond to three requests for comment, said in a written statement, State Sen. and D-Madison, dropped, a senator's stated intent, the methodology box sentence by sentence, Before you go box, Become a member, republish and Creative Commons lines, tip line, funders note, 501(c)(3) footer)",
    "Bangladeshi English-language daily, garment workers block a highway over three months' unpaid wages (masthead, date strip with the Bengali date, ePaper and language switch, menu, crumb, headline, Staff Correspondent byline, Published/Updated line, share icons, caption with Ltd. mid-sentence and credit, 8:30am and 1:15pm, Workers said and According to the workers, Tk 18.7 crore, Md. names, a worker's quote, witnesses said, Sub-Inspector (SI) dropped, the factory's management said and It said, US$3.4 million, Ltd. ending a sentence before He, could not be reached for comment, a union president with a nickname, a tripartite meeting as a fixture, an unnamed exporters' leader, Export Promotion Bureau data, Prof. Dr. dropped, Tk 14,300, Also Read, tags, WhatsApp line, comments, most read, editor and publisher lines, copyright)",
]

ARTICLES = [
    [  # 1. South African provincial news site pasted from a phone's browser: pupils without school places (phone view)
        [("Umsindo Herald", "", "", "B")],
        [("📱 Read the Umsindo Herald in our app.", "", "", "B"),
         ("It's faster, and it's free.", "", "", "B")],
        [("Open in app", "", "", "B")],
        [("Not now", "", "", "B")],
        [("☰   UH   👤", "", "", "B")],
        [("News · Sport · Biz · Life · More ▾", "", "", "B")],
        [("⚡ LOAD REDUCTION: Stage 2 in parts of eThekwini tonight · See times ›", "", "", "B")],
        [("Education", "", "", "B")],
        [("More than 12,000 KZN pupils still have no school, three weeks into term", "", "", "W")],
        [("Department blames late applications, but parents say they applied months before the deadline", "the KwaZulu-Natal Department of Education", "blames", "W")],
        [("By Nokuthula Mabhenxa", "", "", "B")],
        [("11 Feb 2026 · 16:42 · 3 min read", "", "", "B")],
        [("🔊 Listen", "", "", "B")],
        [("Share ⤴   Save 🔖", "", "", "B")],
        [("Parents wait outside a district education office in Durban on Monday morning.", "", "", ""),
         ("Picture: Sibusiso Ngcamu-Hlela", "", "", "B")],
        [("More than 12,000 children in KwaZulu-Natal still had no place at a school on Tuesday, three weeks after the 2026 school year began, according to figures the KwaZulu-Natal Department of Education presented to the provincial legislature.", "figures the KwaZulu-Natal Department of Education presented to the provincial legislature", "according to", "W")],
        [("Of the 12,418 learners without a place, 7,905 are due to start Grade 1 and 4,513 Grade 8, the department said.", "the department", "said", "W")],
        [("Most live in and around Durban and Pietermaritzburg, where many schools were full before the year began.", "", "", "W")],
        [("Education MEC Thembeka Ngqulunga told the legislature's education committee on Tuesday that more than 80% of the unplaced learners had applied after the closing date of 30 September.", "Thembeka Ngqulunga", "told the legislature's education committee", "W")],
        [("“Every learner who applied on time has been placed,” she said.", "Thembeka Ngqulunga", "said", "W"),
         ("“We cannot build a school overnight for children whose parents applied in January.”", "Thembeka Ngqulunga", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Parents who spoke to the Herald disputed that.", "Parents who spoke to the Herald", "disputed", "")],
        [("Sindisiwe Dubazana, a mother of two from Sizakele Park, said she applied online for her son's Grade 1 place on 2 September 2025 and still has the SMS confirming it.", "Sindisiwe Dubazana", "said", "W")],
        [("“I showed them the SMS at the district office.", "Sindisiwe Dubazana", "said", ""),
         ("The man said their system had no record of it,” she said.", "Sindisiwe Dubazana", "said", "")],
        [("Read full article ▾", "", "", "B")],
        [("“So now my child sits at home while other children learn to read.", "Sindisiwe Dubazana", "said", ""),
         ("Is that fair?”", "Sindisiwe Dubazana", "said", "")],
        [("The Herald has seen SMS confirmations sent to four other parents, all dated between 28 August and 19 September 2025.", "", "", "W")],
        [("Opposition MPL Farhana Kadwa-Rampersad, of the Simunye Reform Alliance, said the department had known since November that at least 9,000 applications were unresolved.", "Farhana Kadwa-Rampersad", "said", "W")],
        [("She cited a written reply from the MEC to a question she put in the legislature on 21 November, which the Herald has seen.", "Farhana Kadwa-Rampersad", "cited", "W")],
        [("“The department didn't plan.", "Farhana Kadwa-Rampersad", "said", ""),
         ("Now it wants to blame parents,” she said.", "Farhana Kadwa-Rampersad", "said", "")],
        [("Continue reading below ↓", "", "", "B")],
        [("Department spokesperson Mlungisi Ncamane said 38 mobile classrooms had been ordered at a cost of R46-million, and the first 14 would be delivered by 27 February.", "Mlungisi Ncamane", "said", "W")],
        [("He said the rest would follow “before the end of the first term”.", "Mlungisi Ncamane", "said", "")],
        [("“We are asking parents to be patient and not to go to schools directly,” Ncamane said.", "Mlungisi Ncamane", "said", "")],
        [("Parents whose children have not been placed can call the department's toll-free line on 0800 203 114 or visit their district office with the child's birth certificate and proof of address.", "", "", "B")],
        [("▶ WATCH: Parents queue through the night outside a Durban district office", "", "", "")],
        [("1:42", "", "", "B")],
        [("The Natal Teachers' Congress said some Grade 1 classes in townships south of Durban already had 58 learners, against a department norm of 40.", "The Natal Teachers' Congress", "said", "W")],
        [("“You cannot teach 58 six-year-olds to read.", "Bhekisisa Mthiyane", "said", ""),
         ("You can only keep them safe,” said the congress's provincial secretary, Bhekisisa Mthiyane.", "Bhekisisa Mthiyane", "said", "")],
        [("Last year, 9,870 learners were still unplaced three weeks into term, according to the department's own figures.", "the department's own figures", "according to", "W")],
        [("💬 Tap to see 37 comments", "", "", "B")],
        [("More in Education ›", "", "", "B")],
        [("Matric results: KZN pass rate up for third year", "", "", "B")],
        [("Scholar transport contracts to be reviewed after crash", "", "", "B")],
        [("Back to top ↑", "", "", "B")],
        [("🏠 Home   📰 Latest   ⚽ Sport   ☰ More", "", "", "B")],
        [("© 2026 Umsindo Media (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. New Zealand regional site pasted from a browser's reader view: water meters and a rates rise (reader view)
        [("matarauledger.co.nz", "", "", "B")],
        [("Water meters for every Matarau home as rates rise 11.8%", "", "", "W")],
        [("Households will pay $2.95 for every cubic metre they use from July 2027, under a plan councillors approved 9-4 on Wednesday.", "", "", "W")],
        [("Mereana Hāpaikura", "", "", "B")],
        [("6–8 minutes", "", "", "B")],
        [("The council's Tipuna Rd reservoir, which lost an estimated 31 per cent of the water it supplied last year to leaks.", "", "", "W"),
         ("Photo / Mereana Hāpaikura", "", "", "B")],
        [("Every home in the Matarau district will have a water meter by mid-2027, and households will pay for every cubic metre they use, after the district council voted 9-4 to adopt the change on Wednesday.", "", "", "W")],
        [("The vote was part of the council's 2026/27 annual plan, which also lifts average residential rates by 11.8 per cent from July 1.", "", "", "W")],
        [("For a typical home in Matarau township, that means an extra $412 a year, council staff estimate.", "council staff", "estimate", "W")],
        [("Under the new charges, households will pay a fixed $380 a year plus $2.95 per m³, replacing the flat $1,140 water charge now included in rates.", "", "", "W"),
         ("The $2.95 price is indicative and will be confirmed in the 2027/28 annual plan, the council said.", "the council", "said", "W")],
        [("READ MORE:", "", "", "B")],
        [("• Matarau's leaking pipes lose enough water to fill 900 pools a year", "", "", "B")],
        [("• The council's $214m water bill: what it means for you", "", "", "B")],
        [("Mayor Hemi Pōhatu said meters were the fairest way to pay for a water network that needed $214 million of work over the next decade.", "Hemi Pōhatu", "said", "W")],
        [("“At the moment a retired couple in a unit pays the same as a family of seven with a swimming pool,” he said.", "Hemi Pōhatu", "said", "W"),
         ("“That's not fair, and it doesn't encourage anyone to fix a leak.”", "Hemi Pōhatu", "said", "")],
        [("Matarau Mayor Hemi Pōhatu at Wednesday's meeting.", "", "", ""),
         ("Photo / Supplied", "", "", "B")],
        [("Cr Lorna Tāwhai-Scrivenor, who voted against, said meters would hit large families and renters hardest.", "Lorna Tāwhai-Scrivenor", "said", "")],
        [("She said the council had not consulted on the per-cubic-metre price, which was set after submissions closed.", "Lorna Tāwhai-Scrivenor", "said", "W")],
        [("“We asked people whether they wanted meters.", "Lorna Tāwhai-Scrivenor", "said", ""),
         ("We never told them what a cubic metre would cost,” she said.", "Lorna Tāwhai-Scrivenor", "said", "")],
        [("Advertisement", "", "", "B")],
        [("The council's group manager of infrastructure, Dr Sione Falaniko-Ruatoe, said a trial in 600 homes in 2024 had cut water use by an average of 17 per cent, mostly by finding leaks on private property.", "Sione Falaniko-Ruatoe", "said", "W")],
        [("The district's network lost an estimated 31 per cent of the water it treated last year, according to the council's own asset report, against a national median of about 21 per cent.", "the council's own asset report", "according to", "W")],
        [("The council has issued 14 boil-water notices since 2023, the report shows.", "the report", "shows", "W")],
        [("Ratepayers' group Matarau Fair Rates said it had written to the Minister of Local Government asking for a review of the decision.", "Matarau Fair Rates", "said", "W")],
        [("Its chair, Graeme Ellingham, said the group had collected 2,300 signatures against meters since October.", "Graeme Ellingham", "said", "W")],
        [("“People here aren't against paying for water.", "Graeme Ellingham", "said", ""),
         ("They're against paying twice — once in rates and once on the meter,” he said.", "Graeme Ellingham", "said", "")],
        [("Leanne Pukerua-Gosden, who runs a laundromat on Tītoki St, said her business used about 4,000 m³ a year and would pay about $12,180 under the new charges, up from $1,140.", "Leanne Pukerua-Gosden", "said", "W")],
        [("“I'll have to put my prices up.", "Leanne Pukerua-Gosden", "said", ""),
         ("There's no other way,” she said.", "Leanne Pukerua-Gosden", "said", "")],
        [("Meters will be installed street by street from September, starting in Matarau township and then Ōkārewa Bay and Rangiwhetū.", "", "", "W")],
        [("Homes will get two bills at the old rate after their meter is fitted, so they can see what they would pay before charging begins, the council said.", "the council", "said", "W")],
        [("Mereana Hāpaikura is the Ledger's local government reporter.", "", "", "B"),
         ("This role is funded by the Public Interest Reporting Fund.", "", "", "B")],
    ],
    [  # 3. Australian metropolitan paper behind a metered paywall whose block half loaded: an audit of a school-building program (paywall)
        [("The Wattleglen Standard", "", "", "B")],
        [("Subscribe   Log in", "", "", "B")],
        [("Victoria   National   World   Business   Opinion   Sport   Culture   Lifestyle", "", "", "B")],
        [("Politics › Victoria", "", "", "B")],
        [("EXCLUSIVE", "", "", "B")],
        [("Nearly half of Victoria's new schools opened late as costs blew out by $1.3b, auditor finds", "Ingrid Cotteridge", "finds", "W")],
        [("Seven schools due to open this year are still building sites, and parents at two of them have been told to enrol elsewhere", "", "", "W")],
        [("Declan Saxelby", "", "", "B")],
        [("State political reporter", "", "", "B")],
        [("February 12, 2026 — 5.32pm", "", "", "B")],
        [("Save   Gift   Share", "", "", "B")],
        [("Normal text size   Larger text size   Very large text size", "", "", "B")],
        [("Construction at the site of Wurundal Park Secondary College in Melbourne's west, which was due to open in January.", "", "", "W"),
         ("Photo: Kerrin Goughlan", "", "", "B")],
        [("Forty-one of the 90 new schools the Victorian government promised to open between 2019 and 2026 opened late or have not opened at all, and the building program will cost $1.3 billion more than first budgeted, the state's Auditor-General has found.", "Ingrid Cotteridge", "has found", "W")],
        [("In a report tabled in state parliament on Thursday, Auditor-General Ingrid Cotteridge said the Department of Education had approved construction budgets for 23 schools before their sites had been tested for contamination.", "Ingrid Cotteridge", "said", "W")],
        [("Cleaning up those sites alone added $214 million to the program's cost, the report found.", "the report", "found", "W")],
        [("The program's budget, set at $2.84 billion in the 2018–19 Budget Paper No. 4, now stands at $4.14 billion.", "", "", "W")],
        [("Seven schools that were due to open in January, including Wurundal Park Secondary College in Kallinderry, are still under construction.", "", "", "W")],
        [("Subscribe to keep reading", "", "", "B")],
        [("Checking your subscription…", "", "", "B")],
        [("You've read your 5 free articles for this month.", "", "", "B")],
        [("Unlimited digital access for $1 a week for the first 12 weeks.", "", "", "B"),
         ("Then $35 every four weeks.", "", "", "B"),
         ("Cancel anytime.", "", "", "B")],
        [("Subscribe now", "", "", "B")],
        [("Already a subscriber?", "", "", "B"),
         ("Log in", "", "", "B")],
        [("Loading…", "", "", "B")],
        [("Parents at two of those schools were told in December to enrol their children at existing schools for at least the first term.", "", "", "W")],
        [("Priya Kanagaratnam, whose daughter was due to start year 7 at Wurundal Park, said the family found out from a Facebook post by another parent.", "Priya Kanagaratnam", "said", "W")],
        [("“Nobody from the department rang us.", "Priya Kanagaratnam", "said", ""),
         ("Nobody wrote to us.", "Priya Kanagaratnam", "said", ""),
         ("We found out on Facebook four weeks before school started,” she said.", "Priya Kanagaratnam", "said", "")],
        [("Education Minister Callum Vickery said in a statement that 49 of the program's new schools had opened on time and that the department had accepted all nine of the Auditor-General's recommendations.", "Callum Vickery", "said", "W")],
        [("“Building schools in Australia's fastest-growing suburbs is complex, and some sites have thrown up problems nobody could have predicted,” the statement said.", "the statement", "said", "")],
        [("The statement did not say when the seven delayed schools would open.", "The statement", "did not say", "")],
        [("Opposition education spokeswoman Joanne Szekely said the government had “spent $1.3 billion to open schools late”.", "Joanne Szekely", "said", "W")],
        [("The report found the department's own risk register had rated contamination at 14 of the sites as “likely” in 2020, two years before construction contracts were signed.", "The report", "found", "W")],
        [("The audit also found that the department paid $38.6 million in delay claims to builders between 2022 and 2025.", "The audit", "found", "W")],
        [("Aaron Dahlgren, president of the Outer West Principals' Network, said schools near the delayed sites had taken 1,900 extra students this year, and three were using their libraries as classrooms.", "Aaron Dahlgren", "said", "W")],
        [("“We're absorbing the consequences of decisions made in Spring Street,” he said.", "Aaron Dahlgren", "said", "")],
        [("The report recommends the department test every site before setting a budget and publish a quarterly timetable for each new school.", "The report", "recommends", "W")],
        [("License this article", "", "", "B")],
        [("Education   Victorian politics   Infrastructure", "", "", "B")],
        [("Declan Saxelby is state political reporter for The Wattleglen Standard.", "", "", "B"),
         ("Connect via X or email.", "", "", "B")],
        [("Most Viewed in Politics", "", "", "B")],
        [("Premier rules out new tax on holiday homes", "", "", "B")],
        [("Why the new outer-west hospital is still unfunded", "", "", "B")],
        [("© 2026 Wattleglen Standard Pty Ltd", "", "", "B")],
    ],
    [  # 4. US news portal running a partner's syndicated story: a Kansas town's nitrate advisory (syndication)
        [("Newsquilt", "", "", "B")],
        [("Home   U.S.   World   Politics   Money   Health   Weather   Sign in", "", "", "B")],
        [("FROM OUR PARTNERS", "", "", "B")],
        [("THE TESSENDEN COUNTY SENTINEL", "", "", "B")],
        [("Small Kansas town tells parents not to mix baby formula with tap water as nitrate levels climb", "", "", "W")],
        [("Story by Marisol Arizmendi, The Tessenden County Sentinel", "", "", "B")],
        [("Feb. 11, 2026, 4:05 PM", "", "", "B")],
        [("Partner content: This story is from The Tessenden County Sentinel, a member of the Shortgrass Local News Collaborative.", "", "", "B")],
        [("Ardell city administrator Delbert Rinehimer stands beside the town's main well on Tuesday.", "", "", ""),
         ("(Photo courtesy of Marisol Arizmendi/The Tessenden County Sentinel)", "", "", "B")],
        [("ARDELL, Kan. — The city of Ardell has told parents of babies under 6 months old not to use its tap water to mix formula after tests found nitrate in the town's water at nearly twice the federal limit.", "", "", "W")],
        [("A sample taken Jan. 28 from the city's main well measured 19.4 milligrams per liter, according to results the city posted on Monday.", "results the city posted on Monday", "according to", "W")],
        [("High levels of nitrate can reduce the blood's ability to carry oxygen in young infants, a condition sometimes called blue baby syndrome.", "", "", "W")],
        [("The advisory covers all 1,260 residents of Ardell, a farming town about 40 miles northwest of Wichita.", "", "", "W")],
        [("City administrator Delbert Rinehimer said the city would hand out free bottled water to families with infants at City Hall from 8 a.m. to 5 p.m. weekdays.", "Delbert Rinehimer", "said", "W")],
        [("“We've been watching this number creep up for ten years,” Rinehimer said.", "Delbert Rinehimer", "said", ""),
         ("“It was 11 in 2021.", "Delbert Rinehimer", "said", "W"),
         ("Now it's 19.”", "Delbert Rinehimer", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Story continues below", "", "", "B")],
        [("Nitrate in the well has exceeded the limit in six of the last eight quarterly tests, according to records from the Kansas Department of Health and Environment.", "records from the Kansas Department of Health and Environment", "according to", "W")],
        [("A department spokeswoman, Janine Brakhage, said the state had sent Ardell a notice of violation in November and had given the city until Dec. 31, 2027, to bring its water into compliance.", "Janine Brakhage", "said", "W")],
        [("The city's options are expensive.", "", "", ""),
         ("A treatment plant would cost an estimated $3.8 million, and a pipeline to the rural water district 11 miles east about $5.2 million, according to a 2025 engineering study commissioned by the city.", "a 2025 engineering study commissioned by the city", "according to", "W")],
        [("“For a town our size, that's more than $7,000 a household.", "Carla Kinnamon", "said", "W"),
         ("We don't have it,” said Mayor Carla Kinnamon.", "Carla Kinnamon", "said", "")],
        [("Most of the nitrate in the area's groundwater comes from fertilizer applied to corn fields and from manure, said Anneliese Riesberg, a hydrogeologist at Pronghorn State University who has studied wells in Tessenden County since 2012.", "Anneliese Riesberg", "said", "W")],
        [("“The water in that aquifer moves slowly.", "Anneliese Riesberg", "said", ""),
         ("What's coming out of the well today went on the fields 20 or 30 years ago,” she said.", "Anneliese Riesberg", "said", "W")],
        [("Dale Kuechenmeister, who farms 2,400 acres of corn and soybeans north of town, said farmers around Ardell had cut the nitrogen they apply by about a quarter over the past decade.", "Dale Kuechenmeister", "said", "W")],
        [("“Nobody out here wants to poison their own grandkids' water,” he said.", "Dale Kuechenmeister", "said", "")],
        [("Residents with questions can call City Hall at 620-555-0147.", "", "", "B")],
        [("This story was originally published by The Tessenden County Sentinel and is republished here through the Shortgrass Local News Collaborative.", "", "", "B"),
         ("Support local journalism: subscribe to the Sentinel at tessendensentinel.com.", "", "", "B")],
        [("Distributed by Plainfeed Content Services.", "", "", "B")],
        [("👍 88   😟 214   😡 31", "", "", "B")],
        [("Comments (61)", "", "", "B")],
        [("More from The Tessenden County Sentinel", "", "", "B")],
        [("Tessenden County commissioners approve jail roof repairs · 1d", "", "", "B")],
        [("Ardell girls' basketball team wins league title · 3d", "", "", "B")],
        [("Trending on Newsquilt", "", "", "B")],
        [("Winter storm to bring ice to the southern Plains", "", "", "B")],
        [("© 2026 Newsquilt Inc.", "", "", "B"),
         ("Terms | Privacy | Ad Choices", "", "", "B")],
    ],
    [  # 5. Kentucky regional TV station's page with its video furniture: a freight train derailment and evacuation (TV page)
        [("RiverValley12", "", "", "B")],
        [("🔴 LIVE NOW: RiverValley12 News at 5", "", "", "B")],
        [("41° Clinchmore · Light rain", "", "", "B")],
        [("News   Weather   Sports   Investigates   Community   Watch", "", "", "B")],
        [("Watch: Drone video shows derailed tank cars near Clinchmore", "", "", "")],
        [("▶ 0:00 / 2:47", "", "", "B")],
        [("CC   🔊   ⛶", "", "", "B")],
        [("Autoplay: ON", "", "", "B")],
        [("Up next", "", "", "B")],
        [("Evacuation order issued for homes near Clinchmore derailment", "", "", "B")],
        [("1:58", "", "", "B")],
        [("Next video in 5", "", "", "B")],
        [("Cancel", "", "", "B")],
        [("Some Clinchmore families return home after derailment; 140 homes still under evacuation order", "", "", "W")],
        [("Author: Shayla Brunnick", "", "", "B")],
        [("Published: 5:41 PM EST February 11, 2026", "", "", "B")],
        [("Updated: 10:18 PM EST February 11, 2026", "", "", "B")],
        [("CLINCHMORE, Ky. — Hundreds of Clinchmore residents who were forced from their homes by a freight train derailment on Tuesday were allowed to return Wednesday evening, but about 140 homes closest to the crash site remain under an evacuation order.", "", "", "W")],
        [("Fourteen cars of a 92-car Cumbermoor Southern Railway train left the tracks at about 4:20 a.m. Tuesday near the Ky. 1247 crossing, about two miles south of downtown.", "", "", "W")],
        [("Three of the derailed cars were carrying sodium hydroxide, and one of them leaked, the railroad said.", "the railroad", "said", "W")],
        [("Pelphrey County Emergency Management Director Vernon Gaddie said the leak was plugged by about 11 a.m. Wednesday and air monitoring had found no readings of concern outside the remaining evacuation zone.", "Vernon Gaddie", "said", "W")],
        [("“If you live inside that half-mile, please don't try to go home yet,” he said.", "Vernon Gaddie", "said", ""),
         ("“We'll tell you the minute it's safe.”", "Vernon Gaddie", "said", "")],
        [("Watch: Pelphrey County officials give an update on the derailment", "", "", "")],
        [("12:04", "", "", "B")],
        [("Kentucky State Police said Ky. 1247 would stay closed between U.S. 60 and Bethel Church Rd. until at least Friday.", "Kentucky State Police", "said", "W")],
        [("No one was hurt, officials said.", "officials", "said", "W")],
        [("In an emailed statement, Cumbermoor Southern spokesperson Tamsin Ferrow said the company was “deeply sorry for the disruption” and would reimburse evacuated residents for hotel stays and meals.", "Tamsin Ferrow", "said", "W")],
        [("The statement said about 2,600 feet of track would need to be rebuilt.", "The statement", "said", "W"),
         ("It did not say what caused the derailment.", "The statement", "did not say", "")],
        [("The National Transportation Safety Board said it was sending a team of four investigators.", "The National Transportation Safety Board", "said", "W")],
        [("It was the second derailment on that stretch of track in 14 months.", "", "", "W"),
         ("In December 2024, nine empty coal cars left the rails near the same crossing, according to Federal Railroad Administration records.", "Federal Railroad Administration records", "according to", "W")],
        [("RELATED: Clinchmore Middle School opens as emergency shelter", "", "", "B")],
        [("Brenda Osterhage, 67, has lived for 31 years in a farmhouse on Bethel Church Rd.", "", "", ""),
         ("She said she woke to a “boom like a car hitting the house” and saw the cars piled up behind her barn.", "Brenda Osterhage", "said", "")],
        [("“Then the sheriff's deputies were banging on the door telling us to go,” she said.", "Brenda Osterhage", "said", ""),
         ("“We didn't even get the dogs' food.”", "Brenda Osterhage", "said", "")],
        [("The Red Cross opened a shelter at Clinchmore Middle School, where 83 people spent Tuesday night, a spokesperson said.", "a spokesperson", "said", "W")],
        [("The shelter will stay open until the evacuation order is lifted.", "", "", "W")],
        [("Download the RiverValley12 app to get breaking news alerts.", "", "", "B")],
        [("Have a news tip?", "", "", "B"),
         ("Email newsdesk@rv12news.com.", "", "", "B")],
        [("Copyright 2026 RiverValley12.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("More videos", "", "", "B")],
        [("Crews work through the night at Clinchmore derailment site", "", "", "B")],
        [("2:31", "", "", "B")],
        [("Your 12-hour forecast: rain turning to snow late Thursday", "", "", "B")],
        [("3:05", "", "", "B")],
        [("RiverValley12 Public File · EEO Report · Closed Captioning · Privacy Policy", "", "", "B")],
    ],
    [  # 6. US state attorney general's press release on the state's own site: a debt buyer's settlement (government release)
        [("Skip to main content", "", "", "B")],
        [("An official website of the State of Michigan", "", "", "B")],
        [("Michigan Department of Attorney General", "", "", "B")],
        [("Attorney General Rosalind Veltkamp", "", "", "B")],
        [("About   Consumer Protection   Public Safety   Opinions   Press Releases   Contact", "", "", "B")],
        [("Home › News › Press Releases", "", "", "B")],
        [("FOR IMMEDIATE RELEASE", "", "", "B")],
        [("February 10, 2026", "", "", "B")],
        [("Media Contact: Dominic Zaremba 517-555-0193", "", "", "B")],
        [("AG Veltkamp Secures $4.2 Million Settlement with Debt Buyer Over Lawsuits on Expired Debts", "", "", "W")],
        [("Quillbrook Recovery Group must drop 3,100 pending cases and refund Michigan consumers", "", "", "W")],
        [("LANSING – Michigan Attorney General Rosalind Veltkamp today announced a $4.2 million settlement with Quillbrook Recovery Group, LLC, a Texas-based debt buyer that her office says filed thousands of lawsuits against Michigan residents over debts too old to be collected in court.", "Rosalind Veltkamp", "announced", "W")],
        [("The settlement, entered Monday in the Michigan Court of Claims, resolves a lawsuit the department filed in March 2025 under the Michigan Collection Practices Act, MCL 445.251 et seq., and the Michigan Consumer Protection Act.", "", "", "W")],
        [("The department alleged that between 2019 and 2024 Quillbrook filed more than 11,000 collection suits in Michigan district courts on debts older than the six-year limitations period in MCL 600.5807(9).", "The department", "alleged", "W"),
         ("Most of those suits ended in default judgments because the people sued did not appear, the department said.", "the department", "said", "W")],
        [("Quillbrook buys charged-off credit card, medical and phone debts, often for a few cents on the dollar.", "", "", "W"),
         ("It paid about $2.1 million for the accounts at the center of the case, according to the complaint.", "the complaint", "according to", "W")],
        [("“Quillbrook bet that people would not show up to court, and too often it won that bet,” Veltkamp said.", "Rosalind Veltkamp", "said", ""),
         ("“A debt that is too old to sue on is too old to sue on.", "Rosalind Veltkamp", "said", ""),
         ("Period.”", "Rosalind Veltkamp", "said", "")],
        [("In a 2025 court filing, Quillbrook said it relied on account data from the original creditors and that any suits filed after the limitations period had expired were the result of “clerical errors.”", "Quillbrook", "said", "W")],
        [("Under the settlement, Quillbrook must:", "", "", "")],
        [("• Pay $4.2 million, of which $3.5 million will go to refunds for Michigan consumers;", "", "", "W")],
        [("• Move to dismiss 3,100 pending lawsuits and ask the courts to set aside 1,870 default judgments;", "", "", "W")],
        [("• Ask credit bureaus to delete the affected debts within 30 days; and", "", "", "W")],
        [("• Not file any collection lawsuit in Michigan for five years.", "", "", "W")],
        [("Quillbrook did not admit wrongdoing as part of the settlement.", "", "", "W")],
        [("Eligible consumers do not need to take any action to receive a refund.", "", "", "B"),
         ("A settlement administrator, Tennery Claims Services, will mail checks by Sept. 30, 2026, to the last known address of each eligible consumer.", "", "", "W")],
        [("“We have had clients lose their wages to garnishment over a credit card they closed in 2009,” said Naomi Bruinsma-Kett, managing attorney at Westshore Legal Aid in Grand Rapids.", "Naomi Bruinsma-Kett", "said", ""),
         ("“This settlement gives them a chance to get that money back.”", "Naomi Bruinsma-Kett", "said", "")],
        [("Consumers who believe they were sued over an expired debt by any company can file a complaint with the department's Consumer Protection Team online or by calling 877-555-0126.", "", "", "B")],
        [("The case was handled by Assistant Attorneys General Anjali Venugopal and Owen Krzyzanowski of the Corporate Oversight Division.", "", "", "B")],
        [("# # #", "", "", "B")],
        [("Related News", "", "", "B")],
        [("AG Veltkamp Warns Residents About Text Scams Posing as Toll Agencies", "", "", "B")],
        [("Court Approves $1.6 Million Refund Plan for Used-Car Buyers", "", "", "B")],
        [("Stay Connected", "", "", "B")],
        [("Facebook   X   YouTube   Instagram", "", "", "B")],
        [("Michigan.gov Home   ADA   Michigan News   Policies   Copyright 2026 State of Michigan", "", "", "B")],
    ],
    [  # 7. Irish local weekly's notices page with one news story among the death notices (notices page)
        [("The Kilcurran Champion", "", "", "B")],
        [("News   Sport   Community   Notices   Farming   Property   ePaper", "", "", "B")],
        [("Home › Notices", "", "", "B")],
        [("Death Notices", "", "", "B")],
        [("FAHERTY, Bridget (Bridie) (née Mulhare), Drumlassa, Kilcurran, Co. Roscommon, February 9th 2026, peacefully, in the wonderful care of the staff of St. Dympna's Community Nursing Unit, Tooreenbeg.", "", "", "B"),
         ("Predeceased by her husband Tom and her brother Fr. Eamon Mulhare.", "", "", "B"),
         ("Sadly missed by her sons Declan and Kieran, daughter Úna (Kilroe), daughters-in-law Maeve and Marie, son-in-law Pádraig, 11 grandchildren, her sister Kathleen (Boston), nieces, nephews, neighbours and friends.", "", "", "B"),
         ("May she rest in peace.", "", "", "B")],
        [("Reposing at Flatley's Funeral Home, Main St., Kilcurran, on Wednesday from 5pm to 7pm.", "", "", "B"),
         ("Funeral Mass on Thursday at 11am in St. Macartan's Church, Kilcurran, followed by burial in Drumlassa Cemetery.", "", "", "B"),
         ("House private, please.", "", "", "B"),
         ("Family flowers only; donations, if desired, to Roscommon Hospice Homecare.", "", "", "B"),
         ("The Mass can be viewed online at kilcurranparish.ie/webcam.", "", "", "B")],
        [("McGLYNN, Patrick (Packie), Carrowgarve, Tooreenbeg, Co. Roscommon and formerly of Birmingham, February 8th 2026, suddenly, at University Hospital Galway.", "", "", "B"),
         ("Beloved husband of Maura and loving father of Shane, Aoife and the late Ciarán.", "", "", "B"),
         ("Reposing at his home (F45 KC91) on Tuesday from 4pm, with Rosary at 9pm.", "", "", "B"),
         ("Removal on Wednesday morning to St. Tiernach's Church, Tooreenbeg, for Funeral Mass at 12 noon.", "", "", "B"),
         ("Burial afterwards in the old cemetery, Carrowgarve.", "", "", "B"),
         ("Ar dheis Dé go raibh a anam.", "", "", "B")],
        [("GEOGHAN, Very Rev. Fr. Liam, P.P. Emeritus, Kilcurran, and late of the Parish of Tooreenbeg, February 10th 2026, at St. Joseph's Nursing Home, Drumlassa.", "", "", "B"),
         ("Ordained in 1961, he served as parish priest of Kilcurran from 1989 until his retirement in 2016.", "", "", "B"),
         ("Reposing at the Parochial House, Kilcurran, on Thursday from 3pm.", "", "", "B"),
         ("Funeral arrangements later.", "", "", "B")],
        [("To place a death notice, call 090 664 0132 or email notices@kilcurranchampion.ie.", "", "", "B"),
         ("Notices for Thursday's paper must reach us by 12 noon on Tuesday.", "", "", "B")],
        [("Anniversaries", "", "", "B")],
        [("GORMALLY, Josephine (Josie), Main St., Kilcurran, whose first anniversary occurs on February 14th.", "", "", "B"),
         ("Anniversary Mass in St. Macartan's Church on Saturday, February 14th, at 7.30pm.", "", "", "B"),
         ("Always remembered by her husband Joe and family.", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("Kilcurran cemetery has room for only 38 more graves, councillors told", "", "", "W")],
        [("By Siobhán Gilheany", "", "", "B")],
        [("Kilcurran's only cemetery has room for 38 more graves and will be full within two years unless it is extended, a council engineer has said.", "Colm Ó Fearraigh", "has said", "W")],
        [("Senior executive engineer Colm Ó Fearraigh told Tuesday's meeting of the Kilcurran–Tooreenbeg Municipal District that the council had agreed terms to buy 1.2 acres of farmland beside Drumlassa Cemetery for €186,000.", "Colm Ó Fearraigh", "told Tuesday's meeting", "W")],
        [("The extension would add about 410 plots and cost a further €230,000 to lay out with paths, drainage and a car park, he said.", "Colm Ó Fearraigh", "said", "W")],
        [("Cllr Noreen Keaney said people in the parish had been “worried sick” about the cemetery for years.", "Noreen Keaney", "said", "")],
        [("“Families want to be buried with their own.", "Noreen Keaney", "said", ""),
         ("Nobody wants to be told their mother has to go to a cemetery ten miles away,” she said.", "Noreen Keaney", "said", "")],
        [("A grave plot in Drumlassa Cemetery currently costs €900.", "", "", "W"),
         ("The council proposes to charge €1,250 for plots in the extension, to cover part of the cost.", "", "", "W")],
        [("Cllr Martin Culkeen (Ind) said the increase was “steep for a rural parish”.", "Martin Culkeen", "said", "")],
        [("Local undertaker Fergal Flatley said his firm had arranged 61 burials in the cemetery in 2025, up from 44 in 2020.", "Fergal Flatley", "said", "W")],
        [("Members voted unanimously to proceed with the purchase, which still needs the approval of the full council at its meeting on March 2.", "", "", "W")],
        [("If it is approved, work could begin in the autumn, Mr Ó Fearraigh said.", "Colm Ó Fearraigh", "said", "")],
        [("Public Notices", "", "", "B")],
        [("ROSCOMMON COUNTY COUNCIL – PLANNING NOTICE", "", "", "B")],
        [("We, Seán and Gráinne Keaveny, intend to apply for permission for development at Carrowgarve, Tooreenbeg, Co. Roscommon.", "", "", "B"),
         ("The development will consist of a single-storey house, a domestic garage, a new entrance from the public road and a wastewater treatment system, with all associated site works.", "", "", "B"),
         ("The application can be inspected, or a copy bought for no more than the cost of making it, at the council's offices during public opening hours.", "", "", "B"),
         ("Anyone may make a written submission or observation on it, with a fee of €20, within five weeks of the date the council receives it.", "", "", "B")],
        [("ROAD CLOSURE", "", "", "B")],
        [("Roscommon County Council gives notice that the L-1432 local road at Drumlassa will be closed from 8am on Monday, February 23rd, to 6pm on Friday, February 27th, to allow drainage works.", "", "", "B"),
         ("Diversions will be signposted.", "", "", "B"),
         ("Submissions may be made to the Roads Section, Áras an Chontae, Roscommon, before 4pm on February 18th.", "", "", "B")],
        [("The Kilcurran Champion, Main St., Kilcurran, Co. Roscommon.", "", "", "B"),
         ("Tel: 090 664 0100", "", "", "B")],
        [("© 2026 Kilcurran Champion Ltd.", "", "", "B")],
    ],
    [  # 8. UK magazine's long read split into pages, page 2 of 3: a quarry extension on a Cumbrian fell (paginated long read)
        [("THE SCARFELL REVIEW", "", "", "B")],
        [("Features   Landscape   Food   Books   Podcast   Shop   Subscribe", "", "", "B")],
        [("LONG READ", "", "", "B")],
        [("The hill they want to hollow out", "", "", "")],
        [("A quarry on a Cumbrian fell has kept a village in work for half a century.", "", "", ""),
         ("Now it wants to grow, and the village is split down the middle", "", "", "")],
        [("Words by Isobel Nevinson · Photographs by Joss Tyas", "", "", "B")],
        [("Page 2 of 3", "", "", "B")],
        [("‹ Previous page", "", "", "B")],
        [("Continued from page 1", "", "", "B")],
        [("II. The numbers", "", "", "")],
        [("Cardale Minerals has quarried limestone at Blenthorn since 1971.", "", "", "W"),
         ("The present working, a terraced bowl about 600 metres across on the fell's eastern flank, will be exhausted by 2029.", "", "", "W")],
        [("The company's application, submitted to the county council last March, would extend the quarry 400 metres to the west and take out about 14 million tonnes of stone over 25 years.", "", "", "W")],
        [("Its managing director, Graham Ellerker, meets me in a portakabin at the quarry gate, in hi-vis and a tie.", "", "", "")],
        [("“People talk about this as if we're going to blow the top off a mountain,” he says.", "Graham Ellerker", "says", ""),
         ("“We're not.", "Graham Ellerker", "says", ""),
         ("The summit stays where it is.", "Graham Ellerker", "says", "W"),
         ("You won't see the extension from the village at all.”", "Graham Ellerker", "says", "W")],
        [("He says the quarry employs 46 people directly and supports about 120 more jobs in haulage and at the company's asphalt plant at Crossby Bridge.", "Graham Ellerker", "says", "W"),
         ("Without the extension, he says, those jobs go in 2029.", "Graham Ellerker", "says", "")],
        [("“People talk about this as if we're going to blow the top off a mountain.”", "", "", "B")],
        [("— Graham Ellerker, managing director, Cardale Minerals", "", "", "B")],
        [("The objectors do not dispute the jobs.", "The objectors", "do not dispute", ""),
         ("What they dispute is almost everything else.", "", "", "")],
        [("The Blenthorn Action Group, which has 1,140 members in a parish of about 900 adults, has lodged 2,317 objections, more than for any planning application in the county's history, according to the council.", "the council", "according to", "W")],
        [("✦", "", "", "B")],
        [("III. The water", "", "", "")],
        [("The group's chair, Dr Ruth Fenwood-Skeat, a retired hydrologist, lives at No. 3 Limeburners' Row, a terrace built c. 1790 for the men who burned lime on the fell.", "", "", ""),
         ("She spreads an Ordnance Survey map across her kitchen table.", "", "", "")],
        [("“This is the aquifer,” she says.", "Ruth Fenwood-Skeat", "says", ""),
         ("“This is the quarry.", "Ruth Fenwood-Skeat", "says", ""),
         ("And this” — she taps a blue line — “is the beck that every farm in the valley drinks from.”", "Ruth Fenwood-Skeat", "says", "W")],
        [("The company's own hydrological assessment, submitted with the application, concluded that the extension would lower the water table beneath Limeburners' Row by up to 1.8 metres but would not reduce the flow of Blenthorn Beck “to any significant degree”.", "The company's own hydrological assessment", "concluded", "W")],
        [("Fenwood-Skeat does not accept that.", "Ruth Fenwood-Skeat", "does not accept", "")],
        [("“They monitored the beck for eleven months.", "Ruth Fenwood-Skeat", "says", "W"),
         ("Eleven!", "Ruth Fenwood-Skeat", "says", ""),
         ("In the driest year we've had since 1976.", "Ruth Fenwood-Skeat", "says", "W"),
         ("What does that tell you about winter flows?” she says.", "Ruth Fenwood-Skeat", "says", "")],
        [("Ellerker says the monitoring met the standard the council asked for, and that the company has offered to pay for a further two years of readings if permission is granted.", "Graham Ellerker", "says", "W")],
        [("Wilf Raisbeck, whose family has farmed at Low Blenthorn for five generations, keeps 420 Swaledale ewes on the fell.", "", "", "W")],
        [("“I'm not against the quarry.", "Wilf Raisbeck", "says", ""),
         ("My dad worked there,” he says.", "Wilf Raisbeck", "says", ""),
         ("“But I've got a spring at the back of the house that's never run dry, not once.", "Wilf Raisbeck", "says", ""),
         ("If it does, I'm finished.”", "Wilf Raisbeck", "says", "")],
        [("The county council's planning committee is due to decide the application on 19 May.", "", "", "W"),
         ("Planning officers have so far recommended neither approval nor refusal; their report is expected in April.", "", "", "W")],
        [("If the committee refuses, Cardale has said it will appeal, and the case would go to a public inquiry.", "Cardale", "has said", "")],
        [("Up on the fell, above the working face, the old kilns are still there, roofless and full of nettles.", "", "", "")],
        [("Continue to page 3: The vote ›", "", "", "B")],
        [("‹ Previous   1   2   3   Next ›", "", "", "B")],
        [("This article appears in the Spring 2026 issue of The Scarfell Review.", "", "", "B"),
         ("Subscribe from £39 a year.", "", "", "B")],
        [("More long reads", "", "", "B")],
        [("The last ferryman on the lake", "", "", "B")],
        [("Who owns the tops?", "", "", "B")],
        [("© 2026 Scarfell Review Ltd", "", "", "B")],
    ],
    [  # 9. Canadian provincial politics newsletter pasted from a mail client: a week at the Manitoba legislature (email newsletter)
        [("The Broadway Brief", "", "", "B")],
        [("From: The Broadway Brief <brief@prairiesignal.ca>", "", "", "B")],
        [("To: me", "", "", "B")],
        [("Date: Fri, Feb 13, 2026, 6:02 AM", "", "", "B")],
        [("Subject: Budget date set · Nurses ratify deal · By-election in Birchdale", "", "", "B")],
        [("View in browser", "", "", "B")],
        [("THE PRAIRIE SIGNAL", "", "", "B")],
        [("Good morning, and happy Friday.", "", "", "B"),
         ("Here's what happened at the Manitoba Legislature this week.", "", "", "B")],
        [("1. Budget day is March 24", "", "", "W")],
        [("Finance Minister Colette Ruminski confirmed Thursday that she will table the 2026–27 budget on Tues., March 24, at 3 p.m.", "Colette Ruminski", "confirmed", "W"),
         ("She told reporters the deficit for the current year would come in “well below” the $1.1-billion forecast in the fall update.", "Colette Ruminski", "told reporters", "")],
        [("Why it matters: It will be the government's last budget before the October 2027 election.", "", "", "W")],
        [("Read more →", "", "", "B")],
        [("2. Nurses ratify four-year deal", "", "", "W")],
        [("Members of the Assiniboine Nurses' Federation voted 78% in favour of a four-year contract that raises base pay by 14.5% over its life, the federation said Thursday.", "the federation", "said", "W"),
         ("Turnout was 61%.", "", "", "W")],
        [("Federation president Marcie Dufault-Keown said the deal would “not fix staffing overnight” but would stop nurses leaving for Saskatchewan and Ontario.", "Marcie Dufault-Keown", "said", "")],
        [("Read more →", "", "", "B")],
        [("3. By-election called in Birchdale", "", "", "W")],
        [("Premier Wendell Harbuz called a by-election in Birchdale for Tues., April 14, to fill the seat left vacant when Doreen Pasichnyk-Olson resigned in January.", "", "", "W"),
         ("The Fieldstone Labour Party has held the seat since 2011, but its majority fell to 212 votes in 2023.", "", "", "W")],
        [("A Pellmark Research poll of 412 voters in the riding, conducted Feb. 3–8, put the Aspenland Party ahead 41% to 36% (margin of error ±4.8 points, 19 times out of 20).", "", "", "W")],
        [("Read more →", "", "", "B")],
        [("SPONSORED", "", "", "B")],
        [("Assinica Credit Union has served Manitoba's public servants since 1952.", "", "", "B"),
         ("Open a tax-free savings account by March 2 and get a 4.1% bonus rate.", "", "", "B")],
        [("Learn more →", "", "", "B")],
        [("Number of the day", "", "", "B")],
        [("4,812: people waiting for a hip or knee replacement in Manitoba at the end of January, per Shared Health data released Thursday.", "Shared Health data released Thursday", "per", "W")],
        [("4. The exchange of the week", "", "", "")],
        [("“Will the minister admit that the Hallowell surgical centre is $38 million over budget?” Aspenland leader Graydon Fehr-Laskowski asked in question period on Wednesday.", "Graydon Fehr-Laskowski", "asked", "W")],
        [("Health Minister Sunita Bains-Kohli replied that the centre's budget had risen from $112 million to $150 million because the project was expanded from four operating rooms to six.", "Sunita Bains-Kohli", "replied", "W"),
         ("“We built more, so it cost more,” she said.", "Sunita Bains-Kohli", "said", "")],
        [("Mr. Fehr-Laskowski said it was “the first time anyone in this government has admitted the real number.”", "Graydon Fehr-Laskowski", "said", "")],
        [("Read more →", "", "", "B")],
        [("Coming up", "", "", "B")],
        [("Mon., Feb. 16: No sitting (Louis Riel Day)", "", "", "W")],
        [("Tues., Feb. 17, 1:30 p.m.: The public accounts committee hears from the auditor general on rural ambulance response times", "", "", "W")],
        [("Thurs., Feb. 19: Candidate nominations close in Birchdale", "", "", "W")],
        [("What we're reading", "", "", "B")],
        [("Why Manitoba's farmland school-tax rebate costs more every year (The Prairie Signal)", "", "", "B")],
        [("The quiet exodus of rural family doctors (The Pembrook Weekly)", "", "", "B")],
        [("That's it for this week.", "", "", "B"),
         ("See you Monday.", "", "", "B")],
        [("— Rhiannon and the Signal politics team", "", "", "B")],
        [("Was this email forwarded to you?", "", "", "B"),
         ("Sign up for free.", "", "", "B")],
        [("You're receiving this because you signed up at prairiesignal.ca.", "", "", "B")],
        [("Unsubscribe · Update preferences · Privacy", "", "", "B")],
        [("The Prairie Signal, 200-418 Edmonton St., Winnipeg, MB R3B 2M2", "", "", "B")],
    ],
    [  # 10. English sports site's live-text page: a cup semi-final, minute by minute, newest first (live text)
        [("Matchwire", "", "", "B")],
        [("Football   Cricket   Rugby   Tennis   Golf   More", "", "", "B")],
        [("Football › Heritage Cup", "", "", "B")],
        [("Oakenroyd Rovers 2-1 Millwick Athletic · FT", "", "", "B")],
        [("Eziashi 23', Haworthy 88' · Skjoldborg 41'", "", "", "B")],
        [("Heritage Cup semi-final: Oakenroyd Rovers 2-1 Millwick Athletic – as it happened", "", "", "W")],
        [("Fenn Haworthy's header two minutes from time sends Rovers into their first final since 1998", "", "", "W")],
        [("Live reporting by Callum Sowerbutt", "", "", "B")],
        [("All times GMT", "", "", "B")],
        [("Live coverage has ended", "", "", "B")],
        [("Show key events only", "", "", "B")],
        [("17:14", "", "", "B")],
        [("Haworthy on his winner", "", "", "")],
        [("Rovers striker Fenn Haworthy, speaking to Radio Oakenroyd: “I've been at this club since I was nine.", "Fenn Haworthy", "speaking to Radio Oakenroyd", ""),
         ("To score the goal that takes us to a final?", "Fenn Haworthy", "speaking to Radio Oakenroyd", ""),
         ("I can't put it into words.”", "Fenn Haworthy", "speaking to Radio Oakenroyd", "")],
        [("17:02", "", "", "B")],
        [("Meldrith-Loewe fumes at free-kick", "", "", "")],
        [("Millwick manager Jonas Meldrith-Loewe said the free-kick that led to the winner should never have been given.", "Jonas Meldrith-Loewe", "said", "")],
        [("“Their lad goes down like he's been shot,” he told Matchwire.", "Jonas Meldrith-Loewe", "told Matchwire", ""),
         ("“Nine times out of ten that's a yellow card for diving, not for us.”", "Jonas Meldrith-Loewe", "told Matchwire", "")],
        [("16:54", "", "", "B")],
        [("FULL-TIME: Oakenroyd Rovers 2-1 Millwick Athletic", "", "", "W")],
        [("Rovers are in the Heritage Cup final for the first time since 1998 and will play Larkhollow Town or Pellby United at the Greystead Arena on May 9.", "", "", "W")],
        [("Attendance: 24,180", "", "", "W")],
        [("Match stats", "", "", "B")],
        [("Possession: Oakenroyd 46% – 54% Millwick", "", "", "W")],
        [("Shots on target: 5 – 4", "", "", "W")],
        [("Corners: 7 – 3", "", "", "W")],
        [("90+3'", "", "", "B")],
        [("RED CARD!", "", "", ""),
         ("Millwick's Dario Pellegrinetti is sent off for a second booking after dragging Haworthy down on the halfway line.", "", "", "W")],
        [("88'", "", "", "B")],
        [("GOAL!", "", "", ""),
         ("Oakenroyd Rovers 2-1 Millwick Athletic", "", "", "W")],
        [("Fenn Haworthy rises highest to meet Scholefield's free-kick from the right and powers a header in off the underside of the bar.", "", "", ""),
         ("Cue bedlam in the home end!", "", "", "")],
        [("86'", "", "", "B")],
        [("Free-kick to Rovers after Eziashi goes down under a challenge from Pellegrinetti, who is booked.", "", "", "W")],
        [("74'", "", "", "B")],
        [("Substitution, Oakenroyd Rovers: Kwame Ackah on, Rhys Bentham off.", "", "", "")],
        [("62'", "", "", "B")],
        [("Huge chance for Millwick!", "", "", ""),
         ("Skjoldborg is clean through, but Probert gets a strong left hand to his shot and turns it round the post.", "", "", "")],
        [("HT", "", "", "B")],
        [("HALF-TIME: Oakenroyd Rovers 1-1 Millwick Athletic", "", "", "W")],
        [("An even half, and Millwick have now scored in each of their last 11 away games.", "", "", "W")],
        [("41'", "", "", "B")],
        [("GOAL!", "", "", ""),
         ("Oakenroyd Rovers 1-1 Millwick Athletic", "", "", "W")],
        [("Rasmus Skjoldborg cuts inside from the left and curls one into the top corner from 20 yards.", "", "", ""),
         ("It's his 17th goal of the season in all competitions.", "", "", "W")],
        [("23'", "", "", "B")],
        [("GOAL!", "", "", ""),
         ("Oakenroyd Rovers 1-0 Millwick Athletic", "", "", "W")],
        [("Chidi Eziashi taps in at the far post after Millwick fail to clear a corner.", "", "", "")],
        [("14:58", "", "", "B")],
        [("Kick-off is moments away at Fernbank Road, which is sold out for the first time since 2009.", "", "", "W")],
        [("14:15", "", "", "B")],
        [("Team news", "", "", "")],
        [("Oakenroyd Rovers: Probert; Scholefield, Keville, Sutcliffe, Swithenbank; Ogden, Lumb, Kyei; Eziashi, Haworthy, Bentham.", "", "", "")],
        [("Subs: Dyson, Ackah, Guyler, Akinwale, Gyasi.", "", "", "")],
        [("Millwick Athletic: Jansson; Orrell, Pellegrinetti, Blayney, Hovland; Huxtep, Molyneaux, Oguike; Skjoldborg, Eikrem, Idrissi.", "", "", "")],
        [("Subs: Rudkin, Benali, Tahiri, Bouzid, Chergui.", "", "", "")],
        [("Referee: Alun Meurig", "", "", "")],
        [("Get Matchwire alerts for Oakenroyd Rovers", "", "", "B")],
        [("Related", "", "", "B")],
        [("Heritage Cup final: tickets, date and how to watch", "", "", "B")],
        [("Millwick appeal Pellegrinetti's red card", "", "", "B")],
        [("© 2026 Matchwire Media Ltd", "", "", "B")],
    ],
    [  # 11. US non-profit newsroom's investigation with its donation appeals: nursing homes below the staffing minimum (non-profit)
        [("Skip to content", "", "", "B")],
        [("Cedarmark News", "", "", "B")],
        [("Investigations   Health   Environment   Government   Data   About   Newsletters", "", "", "B")],
        [("DONATE", "", "", "B")],
        [("Health", "", "", "B")],
        [("One in six Wisconsin nursing homes fell below the state's staffing minimum for months.", "", "", "W"),
         ("Few were cited.", "", "", "W")],
        [("A Cedarmark News analysis of federal payroll data found 57 homes understaffed on at least 100 days last year; state inspectors cited nine", "A Cedarmark News analysis of federal payroll data", "found", "W")],
        [("by Gretchen Hinterberg, Cedarmark News, and Darnell Pietrzykowski, Ledgeview Public Radio", "", "", "B")],
        [("February 12, 2026", "", "", "B")],
        [("Republish this story   Listen · 11 min", "", "", "B")],
        [("Lorraine Mistele looks through her mother's care records at her home on Jan. 30, 2026.", "", "", ""),
         ("(Mira Stenholt / Cedarmark News)", "", "", "B")],
        [("On the night her mother fell, Lorraine Mistele says, there was one aide for 38 residents on the second floor of Birchcrest Health and Rehabilitation in Sumacville.", "Lorraine Mistele", "says", "W")],
        [("“She lay on the floor for almost two hours,” Mistele says.", "Lorraine Mistele", "says", "W"),
         ("“Nobody came.”", "Lorraine Mistele", "says", "")],
        [("Birchcrest's payroll records show it staffed the home at an average of 2.6 nursing hours per resident that day, below Wisconsin's minimum of 3.25 hours.", "Birchcrest's payroll records", "show", "W"),
         ("Homes submit the records every quarter to the federal Centers for Medicare & Medicaid Services.", "", "", "W")],
        [("Birchcrest was one of 57 of the state's 338 nursing homes, about one in six, that fell below the minimum on at least 100 days in 2025, a Cedarmark News and Ledgeview Public Radio analysis of those records found.", "a Cedarmark News and Ledgeview Public Radio analysis of those records", "found", "W")],
        [("State inspectors cited nine of them for inadequate staffing and fined four, according to inspection reports and enforcement records from the Wisconsin Department of Health Services.", "inspection reports and enforcement records from the Wisconsin Department of Health Services", "according to", "W"),
         ("The fines totaled $41,300.", "", "", "W")],
        [("Cedarmark News is a nonprofit newsroom.", "", "", "B"),
         ("Our investigations are free to read because readers like you pay for them.", "", "", "B")],
        [("Donate now", "", "", "B")],
        [("$10   $25   $50   Other", "", "", "B")],
        [("In an emailed statement, DHS spokesperson Keisha Dahlberg said the department “takes staffing seriously” and that inspectors cite a home when understaffing “results in harm or the risk of harm to residents.”", "Keisha Dahlberg", "said", "W")],
        [("She said the payroll data “is not designed to measure compliance on a given day” and that homes can use agency staff who are not always reported in it.", "Keisha Dahlberg", "said", "W")],
        [("Rick Sondergaard, president of the Wisconsin Association of Care Providers, which represents 190 homes, said the industry had struggled to hire since the pandemic and that about one in four nursing assistant jobs in the state was vacant.", "Rick Sondergaard", "said", "W")],
        [("“Nobody wants to run a building short.", "Rick Sondergaard", "said", ""),
         ("Our members are paying overtime, bonuses, agency rates — whatever it takes,” he said.", "Rick Sondergaard", "said", "")],
        [("Yolanda Borchardt-Mendez, a professor of nursing at Wenonah State University, said studies had consistently linked lower staffing to more falls, bedsores and hospital transfers.", "Yolanda Borchardt-Mendez", "said", "W")],
        [("“Staffing isn't a paperwork issue.", "Yolanda Borchardt-Mendez", "said", ""),
         ("It's the best predictor we have of whether residents are safe,” she said.", "Yolanda Borchardt-Mendez", "said", "")],
        [("Birchcrest's administrator did not respond to three requests for comment.", "Birchcrest's administrator", "did not respond to three requests for comment", "")],
        [("Its parent company, Stonecrop Senior Living of Milwaukee, said in a written statement that the home “meets or exceeds all staffing requirements” and that the payroll data “does not reflect the full picture.”", "Stonecrop Senior Living", "said in a written statement", "W")],
        [("State Sen. Marguerite Olafsen-Brix, D-Madison, said she would introduce a bill this spring requiring the department to review the payroll data every quarter and cite homes that fall short.", "Marguerite Olafsen-Brix", "said", ""),
         ("A similar bill died in committee in 2024.", "", "", "W")],
        [("Mistele's mother, Dorothy, 88, spent nine days in hospital with a broken wrist after the fall.", "", "", "W")],
        [("“I don't want money from them,” Mistele says.", "Lorraine Mistele", "says", ""),
         ("“I want somebody to count the aides.”", "Lorraine Mistele", "says", "")],
        [("How we reported this story", "", "", "B")],
        [("We analyzed the daily staffing data that every Medicare- and Medicaid-certified nursing home must submit each quarter.", "", "", "B"),
         ("We counted a day as below the minimum when a home's total nursing hours divided by its number of residents came to less than 3.25.", "", "", "B"),
         ("Read our full methodology.", "", "", "B")],
        [("Before you go…", "", "", "B")],
        [("This investigation took four months, two reporters and a data editor.", "", "", "B"),
         ("We don't have a paywall, and we never will.", "", "", "B"),
         ("If you value this work, become a member today.", "", "", "B")],
        [("Become a member", "", "", "B")],
        [("Republish this story", "", "", "B")],
        [("You may republish this article for free under a Creative Commons license.", "", "", "B")],
        [("Got a tip?", "", "", "B"),
         ("Email tips@cedarmarknews.org.", "", "", "B")],
        [("Cedarmark News is supported by readers and foundations, which have no say in our coverage.", "", "", "B"),
         ("See our list of donors.", "", "", "B")],
        [("© 2026 Cedarmark News, a 501(c)(3) nonprofit.", "", "", "B")],
    ],
    [  # 12. Bangladeshi English-language daily: garment workers block a highway over unpaid wages (Asia)
        [("The Kashful Post", "", "", "B")],
        [("Thursday, February 12, 2026 | 29 Magh 1432", "", "", "B")],
        [("ePaper   বাংলা   Archive", "", "", "B")],
        [("Home   Bangladesh   Politics   Business   World   Sports   Opinion   Entertainment", "", "", "B")],
        [("Home / Business / Industry", "", "", "B")],
        [("Gazipur garment workers block highway for 5 hours over three months' unpaid wages", "", "", "W")],
        [("Staff Correspondent, Gazipur", "", "", "B")],
        [("Published: 12 Feb 2026, 09:14 PM | Updated: 12 Feb 2026, 11:02 PM", "", "", "B")],
        [("f   𝕏   in   ✉   🖨", "", "", "B")],
        [("Workers of Nayantara Knit Composite Ltd. block the Dhaka-Mymensingh highway at Boromohal in Gazipur on Thursday morning.", "", "", "W"),
         ("Photo: Kashful Post", "", "", "B")],
        [("Several thousand workers of a knitwear factory in Gazipur blocked the Dhaka-Mymensingh highway for nearly five hours on Thursday, demanding three months' unpaid wages and allowances.", "", "", "W")],
        [("The blockade, which began around 8:30am at Boromohal, created a tailback stretching about 12 kilometres and left thousands of commuters stranded.", "", "", "W")],
        [("Workers said they had not been paid since October.", "Workers", "said", "W"),
         ("According to the workers, Nayantara Knit Composite Ltd. owes its 4,200 employees Tk 18.7 crore in wages, overtime and festival bonuses.", "the workers", "according to", "W")],
        [("Md. Delwar Hossen Pramanik, 34, a sewing operator who has worked at the factory for nine years, said his family of five had been living on credit from a local grocer since December.", "Md. Delwar Hossen Pramanik", "said", "")],
        [("“The owner's cars are still running.", "Md. Delwar Hossen Pramanik", "said", ""),
         ("Only our stomachs are empty,” he said.", "Md. Delwar Hossen Pramanik", "said", "")],
        [("Police fired tear gas shells and sound grenades to disperse the workers around 1:15pm, witnesses said.", "witnesses", "said", "W")],
        [("At least 23 people, including six policemen, were injured, said Sub-Inspector (SI) Md. Obaidul Sardar of Industrial Police-2, Gazipur.", "Md. Obaidul Sardar", "said", "W"),
         ("Traffic on the highway resumed around 1:30pm, he said.", "Md. Obaidul Sardar", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("In a statement, the factory's management said it had been hit by cancelled orders from two European buyers and a delay in export payments worth US$3.4 million.", "the factory's management", "said", "W"),
         ("It said October's salaries would be paid by February 20 and the remaining arrears “in phases”.", "the factory's management", "said", "W")],
        [("The factory belongs to the Sonargram Group, whose chairman, Anwarul Kabir Majumder, also owns Sonargram Textile Mills Ltd.", "", "", "W"),
         ("He could not be reached for comment despite several attempts.", "Anwarul Kabir Majumder", "could not be reached for comment", "")],
        [("Shahnaz Parvin Lucky, president of the Knitwear Workers' Federation, said the factory had also missed wage payments twice in 2025.", "Shahnaz Parvin Lucky", "said", "W")],
        [("“Every time, they promise a date.", "Shahnaz Parvin Lucky", "said", ""),
         ("Every time, the date passes,” she said.", "Shahnaz Parvin Lucky", "said", "")],
        [("A tripartite meeting of workers' representatives, the owners and labour officials will be held at the Department of Labour's Gazipur office on Sunday, said Md. Abdul Momin Akand, deputy director of the department.", "Md. Abdul Momin Akand", "said", "W")],
        [("A senior leader of the Knit Exporters' Council, who asked not to be named, said at least 11 factories in Gazipur had fallen behind on wages this winter.", "A senior leader of the Knit Exporters' Council", "said", "W")],
        [("Knitwear accounted for 46.2% of the country's garment exports in the July-December period of the current fiscal year, according to Export Promotion Bureau data.", "Export Promotion Bureau data", "according to", "W")],
        [("Labour economist Prof. Dr. Nilufar Yasmin Rahat of Padmaraj University said unpaid wages had been “the single biggest trigger” of unrest in the sector since 2023.", "Nilufar Yasmin Rahat", "said", "")],
        [("Workers said the factory's average monthly wage is Tk 14,300.", "Workers", "said", "W")],
        [("Also Read:", "", "", "B")],
        [("Wage arrears: 9 Gazipur factories yet to pay December salaries", "", "", "B")],
        [("Tags: Gazipur / RMG / Wage arrears / Highway blockade", "", "", "B")],
        [("Follow The Kashful Post on WhatsApp for the latest news.", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Login to post a comment.", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Onion prices fall by Tk 20 a kg in a week", "", "", "B")],
        [("Dense fog disrupts ferry services for second day", "", "", "B")],
        [("Editor: Mahfuza Sultana Khandoker", "", "", "B")],
        [("Published by Kashful Media Ltd., House 44, Road 9/A, Dhanmondi, Dhaka-1209", "", "", "B")],
        [("Copyright © 2026 The Kashful Post.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h32-app-banner-icon-bar", "📱 Read the Umsindo Herald in our app. It's faster, and it's free.\nOpen in app\nNot now\n☰   UH   👤",
     ["📱 Read the Umsindo Herald in our app.", "It's faster, and it's free.", "Open in app", "Not now", "☰   UH   👤"]),
    ("h32-quote-across-read-more", "“I showed them the SMS at the district office. The man said their system had no record of it,” she said.\nRead full article ▾\n“So now my child sits at home while other children learn to read. Is that fair?”",
     ["“I showed them the SMS at the district office.", "The man said their system had no record of it,” she said.", "Read full article ▾", "“So now my child sits at home while other children learn to read.", "Is that fair?”"]),
    ("h32-reader-view-head", "matarauledger.co.nz\nWater meters for every Matarau home as rates rise 11.8%\nHouseholds will pay $2.95 for every cubic metre they use from July 2027, under a plan councillors approved 9-4 on Wednesday.\nMereana Hāpaikura\n6–8 minutes",
     ["matarauledger.co.nz", "Water meters for every Matarau home as rates rise 11.8%", "Households will pay $2.95 for every cubic metre they use from July 2027, under a plan councillors approved 9-4 on Wednesday.", "Mereana Hāpaikura", "6–8 minutes"]),
    ("h32-per-m3-indicative-read-more", "Under the new charges, households will pay a fixed $380 a year plus $2.95 per m³, replacing the flat $1,140 water charge now included in rates. The $2.95 price is indicative and will be confirmed in the 2027/28 annual plan, the council said.\nREAD MORE:\n• Matarau's leaking pipes lose enough water to fill 900 pools a year\n• The council's $214m water bill: what it means for you",
     ["Under the new charges, households will pay a fixed $380 a year plus $2.95 per m³, replacing the flat $1,140 water charge now included in rates.", "The $2.95 price is indicative and will be confirmed in the 2027/28 annual plan, the council said.", "READ MORE:", "• Matarau's leaking pipes lose enough water to fill 900 pools a year", "• The council's $214m water bill: what it means for you"]),
    ("h32-budget-paper-no", "The program's budget, set at $2.84 billion in the 2018–19 Budget Paper No. 4, now stands at $4.14 billion.\nSeven schools that were due to open in January, including Wurundal Park Secondary College in Kallinderry, are still under construction.",
     ["The program's budget, set at $2.84 billion in the 2018–19 Budget Paper No. 4, now stands at $4.14 billion.", "Seven schools that were due to open in January, including Wurundal Park Secondary College in Kallinderry, are still under construction."]),
    ("h32-paywall-block-half-loaded", "Subscribe to keep reading\nChecking your subscription…\nYou've read your 5 free articles for this month.\nUnlimited digital access for $1 a week for the first 12 weeks. Then $35 every four weeks. Cancel anytime.\nSubscribe now\nAlready a subscriber? Log in\nLoading…\nParents at two of those schools were told in December to enrol their children at existing schools for at least the first term.",
     ["Subscribe to keep reading", "Checking your subscription…", "You've read your 5 free articles for this month.", "Unlimited digital access for $1 a week for the first 12 weeks.", "Then $35 every four weeks.", "Cancel anytime.", "Subscribe now", "Already a subscriber?", "Log in", "Loading…", "Parents at two of those schools were told in December to enrol their children at existing schools for at least the first term."]),
    ("h32-partner-note-courtesy-kan", "Partner content: This story is from The Tessenden County Sentinel, a member of the Shortgrass Local News Collaborative.\nArdell city administrator Delbert Rinehimer stands beside the town's main well on Tuesday. (Photo courtesy of Marisol Arizmendi/The Tessenden County Sentinel)\nARDELL, Kan. — The city of Ardell has told parents of babies under 6 months old not to use its tap water to mix formula after tests found nitrate in the town's water at nearly twice the federal limit.",
     ["Partner content: This story is from The Tessenden County Sentinel, a member of the Shortgrass Local News Collaborative.", "Ardell city administrator Delbert Rinehimer stands beside the town's main well on Tuesday.", "(Photo courtesy of Marisol Arizmendi/The Tessenden County Sentinel)", "ARDELL, Kan. — The city of Ardell has told parents of babies under 6 months old not to use its tap water to mix formula after tests found nitrate in the town's water at nearly twice the federal limit."]),
    ("h32-am-pm-weekdays-quote", "City administrator Delbert Rinehimer said the city would hand out free bottled water to families with infants at City Hall from 8 a.m. to 5 p.m. weekdays.\n“We've been watching this number creep up for ten years,” Rinehimer said. “It was 11 in 2021. Now it's 19.”",
     ["City administrator Delbert Rinehimer said the city would hand out free bottled water to families with infants at City Hall from 8 a.m. to 5 p.m. weekdays.", "“We've been watching this number creep up for ten years,” Rinehimer said.", "“It was 11 in 2021.", "Now it's 19.”"]),
    ("h32-video-player-furniture", "Watch: Drone video shows derailed tank cars near Clinchmore\n▶ 0:00 / 2:47\nCC   🔊   ⛶\nAutoplay: ON\nUp next\nEvacuation order issued for homes near Clinchmore derailment\n1:58\nNext video in 5\nCancel",
     ["Watch: Drone video shows derailed tank cars near Clinchmore", "▶ 0:00 / 2:47", "CC   🔊   ⛶", "Autoplay: ON", "Up next", "Evacuation order issued for homes near Clinchmore derailment", "1:58", "Next video in 5", "Cancel"]),
    ("h32-am-tuesday-ky-route", "Fourteen cars of a 92-car Cumbermoor Southern Railway train left the tracks at about 4:20 a.m. Tuesday near the Ky. 1247 crossing, about two miles south of downtown.\nThree of the derailed cars were carrying sodium hydroxide, and one of them leaked, the railroad said.",
     ["Fourteen cars of a 92-car Cumbermoor Southern Railway train left the tracks at about 4:20 a.m. Tuesday near the Ky. 1247 crossing, about two miles south of downtown.", "Three of the derailed cars were carrying sodium hydroxide, and one of them leaked, the railroad said."]),
    ("h32-rd-ends-sentence", "RELATED: Clinchmore Middle School opens as emergency shelter\nBrenda Osterhage, 67, has lived for 31 years in a farmhouse on Bethel Church Rd. She said she woke to a “boom like a car hitting the house” and saw the cars piled up behind her barn.\n“Then the sheriff's deputies were banging on the door telling us to go,” she said. “We didn't even get the dogs' food.”",
     ["RELATED: Clinchmore Middle School opens as emergency shelter", "Brenda Osterhage, 67, has lived for 31 years in a farmhouse on Bethel Church Rd.", "She said she woke to a “boom like a car hitting the house” and saw the cars piled up behind her barn.", "“Then the sheriff's deputies were banging on the door telling us to go,” she said.", "“We didn't even get the dogs' food.”"]),
    ("h32-llc-et-seq-release", "LANSING – Michigan Attorney General Rosalind Veltkamp today announced a $4.2 million settlement with Quillbrook Recovery Group, LLC, a Texas-based debt buyer that her office says filed thousands of lawsuits against Michigan residents over debts too old to be collected in court.\nThe settlement, entered Monday in the Michigan Court of Claims, resolves a lawsuit the department filed in March 2025 under the Michigan Collection Practices Act, MCL 445.251 et seq., and the Michigan Consumer Protection Act.",
     ["LANSING – Michigan Attorney General Rosalind Veltkamp today announced a $4.2 million settlement with Quillbrook Recovery Group, LLC, a Texas-based debt buyer that her office says filed thousands of lawsuits against Michigan residents over debts too old to be collected in court.", "The settlement, entered Monday in the Michigan Court of Claims, resolves a lawsuit the department filed in March 2025 under the Michigan Collection Practices Act, MCL 445.251 et seq., and the Michigan Consumer Protection Act."]),
    ("h32-period-fragment-quote", "“Quillbrook bet that people would not show up to court, and too often it won that bet,” Veltkamp said. “A debt that is too old to sue on is too old to sue on. Period.”\nIn a 2025 court filing, Quillbrook said it relied on account data from the original creditors and that any suits filed after the limitations period had expired were the result of “clerical errors.”",
     ["“Quillbrook bet that people would not show up to court, and too often it won that bet,” Veltkamp said.", "“A debt that is too old to sue on is too old to sue on.", "Period.”", "In a 2025 court filing, Quillbrook said it relied on account data from the original creditors and that any suits filed after the limitations period had expired were the result of “clerical errors.”"]),
    ("h32-settlement-bullets-sept", "Under the settlement, Quillbrook must:\n• Pay $4.2 million, of which $3.5 million will go to refunds for Michigan consumers;\n• Move to dismiss 3,100 pending lawsuits and ask the courts to set aside 1,870 default judgments;\n• Ask credit bureaus to delete the affected debts within 30 days; and\n• Not file any collection lawsuit in Michigan for five years.\nQuillbrook did not admit wrongdoing as part of the settlement.\nEligible consumers do not need to take any action to receive a refund. A settlement administrator, Tennery Claims Services, will mail checks by Sept. 30, 2026, to the last known address of each eligible consumer.",
     ["Under the settlement, Quillbrook must:", "• Pay $4.2 million, of which $3.5 million will go to refunds for Michigan consumers;", "• Move to dismiss 3,100 pending lawsuits and ask the courts to set aside 1,870 default judgments;", "• Ask credit bureaus to delete the affected debts within 30 days; and", "• Not file any collection lawsuit in Michigan for five years.", "Quillbrook did not admit wrongdoing as part of the settlement.", "Eligible consumers do not need to take any action to receive a refund.", "A settlement administrator, Tennery Claims Services, will mail checks by Sept. 30, 2026, to the last known address of each eligible consumer."]),
    ("h32-death-notice-co-st-fr", "FAHERTY, Bridget (Bridie) (née Mulhare), Drumlassa, Kilcurran, Co. Roscommon, February 9th 2026, peacefully, in the wonderful care of the staff of St. Dympna's Community Nursing Unit, Tooreenbeg. Predeceased by her husband Tom and her brother Fr. Eamon Mulhare. Sadly missed by her sons Declan and Kieran, daughter Úna (Kilroe), daughters-in-law Maeve and Marie, son-in-law Pádraig, 11 grandchildren, her sister Kathleen (Boston), nieces, nephews, neighbours and friends. May she rest in peace.\nReposing at Flatley's Funeral Home, Main St., Kilcurran, on Wednesday from 5pm to 7pm. Funeral Mass on Thursday at 11am in St. Macartan's Church, Kilcurran, followed by burial in Drumlassa Cemetery. House private, please. Family flowers only; donations, if desired, to Roscommon Hospice Homecare. The Mass can be viewed online at kilcurranparish.ie/webcam.",
     ["FAHERTY, Bridget (Bridie) (née Mulhare), Drumlassa, Kilcurran, Co. Roscommon, February 9th 2026, peacefully, in the wonderful care of the staff of St. Dympna's Community Nursing Unit, Tooreenbeg.", "Predeceased by her husband Tom and her brother Fr. Eamon Mulhare.", "Sadly missed by her sons Declan and Kieran, daughter Úna (Kilroe), daughters-in-law Maeve and Marie, son-in-law Pádraig, 11 grandchildren, her sister Kathleen (Boston), nieces, nephews, neighbours and friends.", "May she rest in peace.", "Reposing at Flatley's Funeral Home, Main St., Kilcurran, on Wednesday from 5pm to 7pm.", "Funeral Mass on Thursday at 11am in St. Macartan's Church, Kilcurran, followed by burial in Drumlassa Cemetery.", "House private, please.", "Family flowers only; donations, if desired, to Roscommon Hospice Homecare.", "The Mass can be viewed online at kilcurranparish.ie/webcam."]),
    ("h32-very-rev-pp-emeritus", "GEOGHAN, Very Rev. Fr. Liam, P.P. Emeritus, Kilcurran, and late of the Parish of Tooreenbeg, February 10th 2026, at St. Joseph's Nursing Home, Drumlassa. Ordained in 1961, he served as parish priest of Kilcurran from 1989 until his retirement in 2016. Reposing at the Parochial House, Kilcurran, on Thursday from 3pm. Funeral arrangements later.\nTo place a death notice, call 090 664 0132 or email notices@kilcurranchampion.ie. Notices for Thursday's paper must reach us by 12 noon on Tuesday.",
     ["GEOGHAN, Very Rev. Fr. Liam, P.P. Emeritus, Kilcurran, and late of the Parish of Tooreenbeg, February 10th 2026, at St. Joseph's Nursing Home, Drumlassa.", "Ordained in 1961, he served as parish priest of Kilcurran from 1989 until his retirement in 2016.", "Reposing at the Parochial House, Kilcurran, on Thursday from 3pm.", "Funeral arrangements later.", "To place a death notice, call 090 664 0132 or email notices@kilcurranchampion.ie.", "Notices for Thursday's paper must reach us by 12 noon on Tuesday."]),
    ("h32-cllr-ind-undertaker", "A grave plot in Drumlassa Cemetery currently costs €900. The council proposes to charge €1,250 for plots in the extension, to cover part of the cost.\nCllr Martin Culkeen (Ind) said the increase was “steep for a rural parish”.\nLocal undertaker Fergal Flatley said his firm had arranged 61 burials in the cemetery in 2025, up from 44 in 2020.",
     ["A grave plot in Drumlassa Cemetery currently costs €900.", "The council proposes to charge €1,250 for plots in the extension, to cover part of the cost.", "Cllr Martin Culkeen (Ind) said the increase was “steep for a rural parish”.", "Local undertaker Fergal Flatley said his firm had arranged 61 burials in the cemetery in 2025, up from 44 in 2020."]),
    ("h32-pagination-roman-head", "‹ Previous page\nContinued from page 1\nII. The numbers\nCardale Minerals has quarried limestone at Blenthorn since 1971. The present working, a terraced bowl about 600 metres across on the fell's eastern flank, will be exhausted by 2029.",
     ["‹ Previous page", "Continued from page 1", "II. The numbers", "Cardale Minerals has quarried limestone at Blenthorn since 1971.", "The present working, a terraced bowl about 600 metres across on the fell's eastern flank, will be exhausted by 2029."]),
    ("h32-no-circa-interrupted-quote", "The group's chair, Dr Ruth Fenwood-Skeat, a retired hydrologist, lives at No. 3 Limeburners' Row, a terrace built c. 1790 for the men who burned lime on the fell. She spreads an Ordnance Survey map across her kitchen table.\n“This is the aquifer,” she says. “This is the quarry. And this” — she taps a blue line — “is the beck that every farm in the valley drinks from.”",
     ["The group's chair, Dr Ruth Fenwood-Skeat, a retired hydrologist, lives at No. 3 Limeburners' Row, a terrace built c. 1790 for the men who burned lime on the fell.", "She spreads an Ordnance Survey map across her kitchen table.", "“This is the aquifer,” she says.", "“This is the quarry.", "And this” — she taps a blue line — “is the beck that every farm in the valley drinks from.”"]),
    ("h32-eleven-exclaim-fragment", "Fenwood-Skeat does not accept that.\n“They monitored the beck for eleven months. Eleven! In the driest year we've had since 1976. What does that tell you about winter flows?” she says.",
     ["Fenwood-Skeat does not accept that.", "“They monitored the beck for eleven months.", "Eleven!", "In the driest year we've had since 1976.", "What does that tell you about winter flows?” she says."]),
    ("h32-mail-headers", "The Broadway Brief\nFrom: The Broadway Brief <brief@prairiesignal.ca>\nTo: me\nDate: Fri, Feb 13, 2026, 6:02 AM\nSubject: Budget date set · Nurses ratify deal · By-election in Birchdale\nView in browser",
     ["The Broadway Brief", "From: The Broadway Brief <brief@prairiesignal.ca>", "To: me", "Date: Fri, Feb 13, 2026, 6:02 AM", "Subject: Budget date set · Nurses ratify deal · By-election in Birchdale", "View in browser"]),
    ("h32-tues-pm-ends-sentence", "1. Budget day is March 24\nFinance Minister Colette Ruminski confirmed Thursday that she will table the 2026–27 budget on Tues., March 24, at 3 p.m. She told reporters the deficit for the current year would come in “well below” the $1.1-billion forecast in the fall update.\nWhy it matters: It will be the government's last budget before the October 2027 election.",
     ["1. Budget day is March 24", "Finance Minister Colette Ruminski confirmed Thursday that she will table the 2026–27 budget on Tues., March 24, at 3 p.m.", "She told reporters the deficit for the current year would come in “well below” the $1.1-billion forecast in the fall update.", "Why it matters: It will be the government's last budget before the October 2027 election."]),
    ("h32-question-capital-attribution", "4. The exchange of the week\n“Will the minister admit that the Hallowell surgical centre is $38 million over budget?” Aspenland leader Graydon Fehr-Laskowski asked in question period on Wednesday.\nHealth Minister Sunita Bains-Kohli replied that the centre's budget had risen from $112 million to $150 million because the project was expanded from four operating rooms to six. “We built more, so it cost more,” she said.\nMr. Fehr-Laskowski said it was “the first time anyone in this government has admitted the real number.”",
     ["4. The exchange of the week", "“Will the minister admit that the Hallowell surgical centre is $38 million over budget?” Aspenland leader Graydon Fehr-Laskowski asked in question period on Wednesday.", "Health Minister Sunita Bains-Kohli replied that the centre's budget had risen from $112 million to $150 million because the project was expanded from four operating rooms to six.", "“We built more, so it cost more,” she said.", "Mr. Fehr-Laskowski said it was “the first time anyone in this government has admitted the real number.”"]),
    ("h32-calendar-lines", "Coming up\nMon., Feb. 16: No sitting (Louis Riel Day)\nTues., Feb. 17, 1:30 p.m.: The public accounts committee hears from the auditor general on rural ambulance response times\nThurs., Feb. 19: Candidate nominations close in Birchdale",
     ["Coming up", "Mon., Feb. 16: No sitting (Louis Riel Day)", "Tues., Feb. 17, 1:30 p.m.: The public accounts committee hears from the auditor general on rural ambulance response times", "Thurs., Feb. 19: Candidate nominations close in Birchdale"]),
    ("h32-goal-exclaim-minutes", "88'\nGOAL! Oakenroyd Rovers 2-1 Millwick Athletic\nFenn Haworthy rises highest to meet Scholefield's free-kick from the right and powers a header in off the underside of the bar. Cue bedlam in the home end!\n86'\nFree-kick to Rovers after Eziashi goes down under a challenge from Pellegrinetti, who is booked.",
     ["88'", "GOAL!", "Oakenroyd Rovers 2-1 Millwick Athletic", "Fenn Haworthy rises highest to meet Scholefield's free-kick from the right and powers a header in off the underside of the bar.", "Cue bedlam in the home end!", "86'", "Free-kick to Rovers after Eziashi goes down under a challenge from Pellegrinetti, who is booked."]),
    ("h32-colon-quote-question", "Rovers striker Fenn Haworthy, speaking to Radio Oakenroyd: “I've been at this club since I was nine. To score the goal that takes us to a final? I can't put it into words.”",
     ["Rovers striker Fenn Haworthy, speaking to Radio Oakenroyd: “I've been at this club since I was nine.", "To score the goal that takes us to a final?", "I can't put it into words.”"]),
    ("h32-two-sentence-headline", "Health\nOne in six Wisconsin nursing homes fell below the state's staffing minimum for months. Few were cited.\nA Cedarmark News analysis of federal payroll data found 57 homes understaffed on at least 100 days last year; state inspectors cited nine\nby Gretchen Hinterberg, Cedarmark News, and Darnell Pietrzykowski, Ledgeview Public Radio",
     ["Health", "One in six Wisconsin nursing homes fell below the state's staffing minimum for months.", "Few were cited.", "A Cedarmark News analysis of federal payroll data found 57 homes understaffed on at least 100 days last year; state inspectors cited nine", "by Gretchen Hinterberg, Cedarmark News, and Darnell Pietrzykowski, Ledgeview Public Radio"]),
    ("h32-d-madison-bill", "State Sen. Marguerite Olafsen-Brix, D-Madison, said she would introduce a bill this spring requiring the department to review the payroll data every quarter and cite homes that fall short. A similar bill died in committee in 2024.\nMistele's mother, Dorothy, 88, spent nine days in hospital with a broken wrist after the fall.",
     ["State Sen. Marguerite Olafsen-Brix, D-Madison, said she would introduce a bill this spring requiring the department to review the payroll data every quarter and cite homes that fall short.", "A similar bill died in committee in 2024.", "Mistele's mother, Dorothy, 88, spent nine days in hospital with a broken wrist after the fall."]),
    ("h32-ltd-ends-before-he", "In a statement, the factory's management said it had been hit by cancelled orders from two European buyers and a delay in export payments worth US$3.4 million. It said October's salaries would be paid by February 20 and the remaining arrears “in phases”.\nThe factory belongs to the Sonargram Group, whose chairman, Anwarul Kabir Majumder, also owns Sonargram Textile Mills Ltd. He could not be reached for comment despite several attempts.",
     ["In a statement, the factory's management said it had been hit by cancelled orders from two European buyers and a delay in export payments worth US$3.4 million.", "It said October's salaries would be paid by February 20 and the remaining arrears “in phases”.", "The factory belongs to the Sonargram Group, whose chairman, Anwarul Kabir Majumder, also owns Sonargram Textile Mills Ltd.", "He could not be reached for comment despite several attempts."]),
    ("h32-md-si-pm", "At least 23 people, including six policemen, were injured, said Sub-Inspector (SI) Md. Obaidul Sardar of Industrial Police-2, Gazipur. Traffic on the highway resumed around 1:30pm, he said.\nAdvertisement",
     ["At least 23 people, including six policemen, were injured, said Sub-Inspector (SI) Md. Obaidul Sardar of Industrial Police-2, Gazipur.", "Traffic on the highway resumed around 1:30pm, he said.", "Advertisement"]),
]  # fmt: skip
