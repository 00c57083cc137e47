"""Hundred-and-eighteenth set of new hand-labelled pages for the hint engines (tuning set, round forty-seven):
twelve WHOLE pages where FURNITURE COMES IN BLOCKS OF FULL SENTENCES and the STORY LOOKS LIKE
FURNITURE, both ways. Each page carries several blocks of page furniture written as ordinary prose
sentences (three or four sentences each, some of them mid-story, each worded its site's own way):
cookie-consent and privacy-update notices, paywalls, trial, registration and free-account walls,
donation, membership and support-us appeals, newsletter pitches, comment rules and comment
disclaimers, corrections policies and a correction note, "why you can trust us" and journalistic
standards boxes, republishing notes and a copyright warning, author bios, affiliate, AI-use,
funding and sponsored-content disclosures, podcast, app, WhatsApp and event promos, a legal and a
financial-advice disclaimer. Every sentence of those blocks is "B", whatever it says (figures,
dates, prices and promises included). And each story is ABOUT the things furniture talks about, so
that its own sentences read like furniture and must NOT be hidden: a council's email alert scheme
("Residents can unsubscribe from any alert with a single click, and the council says ..."; "paper
letters would still be sent to anyone who asks for them by calling 01632 960 418"), a regulator's
decision on a cookie banner (the banner's wording quoted in the story), a weekly newspaper closing
(a refund notice to subscribers), new rules on cancelling subscriptions ("must send an email
reminder at least 30 days before ..."; a complaint line with a phone number), a court order to
switch off reader comments (the site's own community guidelines quoted), donations to a food bank
("Every $10 donated buys about four meals, the trust says."; where to leave donations), an app
launch (an app-store listing in prose: platforms, registration with a one-time password), a data
privacy notice to a pharmacy chain (its privacy policy quoted; how members can ask for their data),
a paid newsletter business (price, free edition, "can cancel at any time from a link at the foot of
every email", "unsubscribe button" inside a quote), a charity's online giving drive (tax deduction,
receipts, "does not pass donors' details to anyone else"), a court order against a blog over
readers' comments (the blog's comment disclaimer quoted) and an English daily ending its print
edition (a refund and switch offer to subscribers, a customer care line), all with figures and
speakers.

The pages, head to tail as a reader's paste gives them, from twelve countries and twelve kinds of
site: an English regional daily (Tillingrave, a district council's email alerts), an Irish national
broadsheet's business section (a ticket site fined over its cookie banner), a United States
nonprofit newsroom (a Nebraska weekly prints its last edition), a Canadian public broadcaster's
regional page (Manitoba's subscription cancellation rules), an Australian legal-affairs news site
(a Supreme Court order to disable comments on murder trial stories), a New Zealand community news
site run by a trust (food bank donations fall 23%), an Indian tech news site (a state transport
ticket app's first week), a South African personal-finance site (an enforcement notice to a
pharmacy chain over loyalty data), a Kenyan business daily's site (a Nairobi newsletter passes
18,200 paying subscribers), a Singaporean social-affairs online magazine (a meals charity's giving
drive raises S$1.34 million), a Nigerian online newspaper (a Federal High Court orders a blog to
delete 46 comments and hand over commenters' details) and a Malaysian media-industry trade site (an
English daily stops printing after 52 years). The pages hold 521 sentences: 318 "B", 116 "W" and 87
""; 143 sentences carry a speaker (81 distinct speakers). `STYLES` describes each page, its story,
its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-seven, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no README was opened; `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied
from anywhere. What was read: the brief (`/tmp/brief` and `/tmp/sets` were listed once, together, at
the start: the first held only the brief and the second was empty; neither was listed again); the
module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`, in the same `ast` script that printed `def build` of
`tests/text/labelled_articles.py` with `ast.get_source_segment`, that function only); the
`[tool.ruff]` tables of `pyproject.toml` (a `sed` address range from `[tool.ruff` to the next other
`[tool.` table); and, from `labelled_new115.py` and `labelled_new116.py`, the output of a script of
my own using `ast` that prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and
the first eight `CASES` of each. It was printed once (the tool cut its middle, so that the start of
the docstring of `labelled_new115.py`, the end of the first page, the second page and the cases of
`labelled_new116.py` were seen), then saved to a scratch file with section markers, of which `grep
-n` showed the markers and `sed` showed two ranges: the rest of the docstring and the `STYLES` of
`labelled_new115.py` (lines cut at 3,000 characters) and the docstring and `STYLES` of
`labelled_new116.py` (lines cut at 2,500 characters; the tool again cut about a dozen lines at the
end of the docstring and the start of `STYLES`, which were not printed again). So the pages and
cases of `labelled_new115.py` and the start of the first page of `labelled_new116.py` were never
seen. No other page, case or docstring of any file under `tests/` was read. What was run: a Python
one-liner printing the calendars of February and March 2027 (weekdays of the dates used); scripts of
my own in a scratch folder that turn a small line format (flag, speaker, cue and text separated by
a tilde, one line a sentence, a blank line between paragraphs) into the literals below, apply
renames, cut the split cases out of the pages by their first sentence and length, list the
capitalised words, and count sentences, flags and speakers; case-insensitive per-word file counts
(`grep -rliF -- WORD /work/main/tests/text | wc -l`) for every capitalised word and every part of a
hyphenated name of the pages (about 680), for every full speaker string and for every candidate
replacement; an import of this file (loaded with `importlib` from its path, with `/work/main` on
`sys.path` so that only `tests.text.labelled_articles` was imported besides it) with
`labelled_articles.build` on every page and a check of four string fields, the flags, no "B" with a
speaker, a cue for every speaker and a speaker for every cue, 30 distinct case ids, every case text
in a built page and equal to its sentences joined by single spaces, each expected sentence one
labelled sentence of one paragraph, in order, and the counts above; and `ruff format` and `ruff
check` (the project's `.venv`) with the project's `pyproject.toml` as config, the check through
`--stdin-filename tests/text/labelled_new118.py` so that the per-file ignores for `tests/**` apply.
Only counts were read from the word searches, never the matched lines or file names. Of the first
draft's coined words, about seventy hit other files (the search is by substring): outlets, towns,
streets, quays, counties and places (Quenbury, Aspenline, Tukituki, Ottersby, Plainsman, Pellory,
Cobble, Marlowe, Corrabeg, Trask, Heretaunga, Kilele), firms, funds, charities and foundations
(Tallentire, Brannagh, Tarangini, Kolanut, Hearthline, Kestrelbay), surnames and parts of
hyphenated surnames (Brasswick, Aldous, Parrow, Quillhaven, Amberwick, Oxtoby, Kettleby, Callowhill, Durrington, Morrisett, Kerrigan, Baptiste, Drumgoole,
Fenstermacher, Tuilagi, Norris, Lourens, Vermaak, Sithole, Nkwinika, Chelangat, Moreno, Gachanja,
Ombati, Farouk, Tennant, Omwenga, Tarus, Abiodun, Tella, Ikemefuna, Bello, Nwachukwu, Ekpenyong,
Oyekunle, Ashiru, Okwudiba, Lawal, Adegbenro, Yusuf, Velupillai, Ong, Kheng) and a few rarer
given names (Lorimer, Verlene, Ondine, Maribeth, Brielle, Quinlan, Hesketh, Pippa, Fiachna,
Aperahama, Farahdiba, Tovah); each was renamed, and the replacements that hit as well (Tollemarsh,
Pennygate, Homesteader, Sodbuster, Kesterbrook, Marrowbeck, Harrowgill, Ballantrae, Mwangaza,
Udara, Olamiposi, Syazwina, Nurfarhana and others) were renamed again or dropped; only replacements
with no hit were kept. What still hits is real countries, regions, cities, towns and suburbs
(England, Dublin, Nebraska, Broken Bow, Manitoba, Winnipeg, St. Vital, Sydney, New South Wales,
Hawke's Bay, Hastings, Havelock North, Karnataka, Bengaluru, Mysuru, Benoni, Sandton, Nairobi,
Kilimani, Westlands, Lagos, Ang Mo Kio, Toa Payoh, Abuja, Oyo, Kuala Lumpur, Shah Alam, Petaling
Jaya, Johor Bahru, Sabah and the like), common given names kept on purpose (Ottoline, Fenwick,
Maisie, Cathal, Niamh, Gráinne, Ruairí, Eimear, Everett, Corliss, Loretta,
Marianne, Marva, Ansel, Kendra, Mathieu, Felicity, Odalys, Cordelia, Ambrose, Imogen, Georgina,
Lachlan, Ysolde, Tamsin, Matiu, Anirudh, Deepthi, Thandeka, Riaan, Wambui,
Kiprono, Obiageli, Jeptoo, Collins, Evangeline, Rosalind, Cheryl, Darren, Arumugam, Chukwunonso,
Olufemi, Adaobi, Babatunde, Ifeanyi, Temitope, Nurul, Syafiqah, Kalaivani, Sharifah and the like),
Chinese syllables that stand only inside a three-part name whose whole form has no hit (Lim, Poh),
common and outlet words (Gazette, Record, Tribune, Tidings, Chronicle, Peninsula, Pantry, Notify,
Fitness, Pharmacies, Ventures, Media, Daily and the like), real institutions and brands named only
as settings or channels, and tokens (Cllr, SAN, Barr., Adv., Assoc Prof Dr, Datuk, DAC, Pty, Pvt,
Pte, Sdn Bhd, ABN, PAIA, NRIC, HDB, UPI, CPD, EAT, SGT, IST, CT).

Every person, outlet, site, council, court case, firm, fund, charity, trust, foundation, group,
union branch, street, lane, quay, ward, county, town and figure is invented. Real countries,
regions, cities and institutions appear only as settings: those listed above, and the Data
Protection Commission and the Circuit Court of Ireland, the Local Democracy Reporting Service, the
University of Nebraska (an invented study), Manitoba's Consumer Protection Act and Consumer
Protection Office, the Supreme Court of New South Wales and the Director of Public Prosecutions,
the University of Sydney, Stats NZ, the Information Regulator of South Africa, the Communications
Authority of Kenya, the NSE, Singapore's Ministry of Social and Family Development, the National
Council of Social Service and the Institution of a Public Character status, the Federal High Court
in Abuja, Universiti Teknologi Mara, the Audit Bureau of Circulations, Creative Commons, and
Facebook, X, LinkedIn, WhatsApp, Telegram, Google Play, Spotify and Apple Podcasts (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, section path, byline, role, date, share line, caption,
credit, button row, link, list item, furniture block and legal line is a paragraph of its own);
each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the
recent sets: a caption by its content and its credit "B"; headlines and standfirsts never split
and flagged by content, a standfirst's "says" or "finds" carrying the speaker the story names, as
it first gives the name; a dateline belongs to its lead sentence; a pronoun or a later surname
resolves to the full name as first given, without titles ("Cllr", "Council leader Cllr", "Justice",
"Associate Professor", "Adv.", "Barr.", "Datuk", "Assoc Prof Dr", "Managing director", "Publisher",
"Consumer Protection Minister", a county clerk's title dropped; "SAN" after a name dropped); a
generic noun for an organisation or a document is kept as written ("The council", "The chain",
"The company", "The group", "the corporation", "The notice", "the trust"), while "It said" and "It
says" resolve to the organisation or document as first given; "according to X" gives X as written;
a quote over several sentences carries its speaker and cue in each; a named person acting without a
verb of saying carries no speaker (a judge making and adding orders).

Conventions this set had to settle, in the same spirit:

* A block of furniture written in full sentences is "B" sentence by sentence, whatever it says:
  "Fewer than one in 50 of our readers is a member.", "Donations are tax-deductible to the extent
  allowed by law.", "Early-bird tickets close on 31 March, and attendance counts for five CPD
  units.", "The Gazette and our 143 partners store and access information on your device ...", a
  funding disclosure, an AI-use note ("We used an AI tool to transcribe recorded interviews ..."),
  and a correction note naming the changed figure ("Correction: An earlier version of this article
  said ..." / "It has 1,150, and we have amended the story.") are all "B": the site speaking about
  itself, not the story.
* A story sentence is labelled by its content even when it reads like furniture. Rules, records,
  figures and statements of record are "W" ("Businesses must also send an email reminder at least 30
  days before ...", "Every $10 donated buys about four meals, the trust says.", "The charity says it
  does not pass donors' details to anyone else.", "Residents can unsubscribe from any alert with a
  single click, and the council says it will not share email addresses ..."); procedures, how-tos
  and promises in the story are "" ("Anyone who has trouble cancelling can file a complaint ... by
  calling 204-555-0183 ...", "Donations can be left at the depot ...", "Users register with a
  mobile number and a one-time password ...", "Members can ask the chain for a copy of the data
  ...", "It said readers could call its customer care line at 1-300-88-4417 ...").
* A site's own policy, banner or notice QUOTED in a story is the speaker of its sentence as written
  ("The site's community guidelines say", "The blog's comment policy says", "The chain's privacy
  policy, which runs to 11,400 words, says" -> "The chain's privacy policy"; "The banner told
  visitors that “...”, the decision records." -> "the decision", cue "records"), "W"; a notice by
  named owners is carried by them ("the Mallorough family said in a notice ..." and "The notice
  thanked readers “...”" -> "the Mallorough family", cues "said" and "thanked").
* "Neither firm replied to questions sent on Tuesday." is labelled like "did not respond to a
  request for comment": speaker "Neither firm", cue "replied to questions", "".
* A judge's "held that" is a cue ("W"); her further order in the next sentence ("She also ordered
  ...") has no verb of saying and no speaker ("W"); an adjournment with no speaker is a court record
  ("W"); "is expected to resume" is a hedge ("").

Check-worthiness as in the recent sets: statements of record by officials, documents and data,
figures, dates and first-person records ("she had signed up for bin alerts after missing two
collections over Christmas", "he had written 1,400 editorials since 1999", "she had paid $47.99 a
month for 11 months") are "W"; opinions, feelings, rhetorical questions, hedges, promises, plans and
forecasts with or without figures ("will save £90,000 a year", "could face fines of up to $50,000",
"would be added before next winter", "would be returned to donors by the end of March") are "".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two to four
consecutive sentences of one paragraph of these pages joined by single spaces: "Ltd." before "Under
the contract" and before "Registered in England No. 04418263." (where "No." does not end a
sentence), "DAC." before a registered-office line, "Pty Ltd." before "ABN", "Pte. Ltd." and "Sdn
Bhd," / "Bhd." with "Datuk" mid-sentence, "Pvt. Ltd. under" and "8 a.m. and 9 a.m." mid-sentence,
"7.40 a.m. bus" before "?” he asked.", "Inc." ending a sentence before "The chain, ...", "Inc.,"
and "Adv." mid-sentence, "(Pty) Ltd and" mid-sentence, "St. Vital" and "$47.99" before "!” she
said.", ellipses before lower case inside quotes, quotes opened in one sentence and closed in the
next ("“But we are a team of four people." / "Nobody is watching the site at 2am.”"), a quote whose
attribution follows its closing comma, and whole furniture blocks of three or four sentences (a
cookie notice, a donation appeal, a republishing licence with "4.0", a correction note): what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'English REGIONAL DAILY\'s site (Tillingrave), a district council\'s email alert scheme signs up 21,400 households: masthead, menu with pipes, section path with ›; a COOKIE-CONSENT block of four full sentences ("143 partners", "legitimate interest") and a button row, all "B"; headline "W"; a standfirst "Council leader says ..." carrying the leader the story names later, a savings forecast ""; byline and role on two lines, date line, share strip; caption "" and picture credit; "figures released by the council show" "W"; "The council said" kept as written "W"; a story sentence that reads like a privacy notice ("can unsubscribe from any alert with a single click, and the council says it will not share email addresses") "W" with "the council" as written; the leader with "Council leader Cllr" dropped (set-up cost "W", a two-sentence quote ""); a REGISTRATION WALL of three full sentences and a button row "B"; the opposition leader with "Cllr" dropped (a worry "", a survey he cites through "according to" carried by him "W"); a contact-line lookalike "paper letters would still be sent to anyone who asks ... by calling 01632 960 418" "" (a promise) with "The council"; "Tanvey Digital Ltd." ending a sentence before "Under the contract, ..., a council report says." "W"; a NEWSLETTER PITCH of three sentences mid-story mirroring the story\'s "road closures" and a sign-up row "B"; a pensioner (a first-person record "W", quotes with an ellipsis before lower case ""); Read more link; postage figures "according to its annual postage report" "W" and ward shares "W"; a sign-up procedure "" ; the leader\'s plan "" (an AUTHOR BIO of three sentences, COMMENT RULES of three sentences, More from list, publisher line split at "Ltd." before "Registered in England No. 04418263.", copyright split at "Ltd." before "All rights reserved.", footer links)',
    'Irish NATIONAL BROADSHEET\'s business section, the data protection regulator fines a ticketing site €2.6m over its cookie banner: masthead, menu with wide spaces, section path; a PAYWALL notice of three full sentences at the head with a button row "B"; headline "W"; a standfirst "Regulator finds ..." carrying the regulator as the lead names it "W"; byline, date line, share line; caption "" and credit; a lead "has been fined ... by the Data Protection Commission" "W"; "the commission\'s decision, published on Wednesday, found" carried by "the commission\'s decision" "W"; a story sentence that QUOTES the fined banner ("“We and our 212 partners use cookies to ...”, the decision records") "W"; "the decision says" "W"; a PODCAST PROMO of three sentences mid-story "B"; the firm\'s chief executive with "chief executive" dropped ("said in a statement" "", "It said" resolved to the firm "W"); a privacy lawyer ("said" "", a count "W"); a consumer-rights group\'s spokeswoman (a complaint of record "W", a quote ""); "According to the commission\'s annual report" "W"; ADVERTISEMENT; "Dublin-based" firm\'s figures "W"; a reader\'s lookalike sentence "Visitors who clicked “Reject all” ... were shown the banner again on every page" "W"; the appeal time "" (a CORRECTIONS POLICY box of three sentences, a NEWSLETTER PITCH of three sentences, More in Business list, copyright split at "DAC." before the registered-office line, footer links)',
    'United States NONPROFIT NEWSROOM\'s site (rural Nebraska), a 131-year-old weekly newspaper prints its last edition: masthead, menu with pipes, topic label; headline "W" and a standfirst ""; byline and role, a dated "Published" line, share strip; caption "" and photo credit; a "OSTRABY, Neb. —" lead "W" with "Neb." mid-sentence; the publisher with "Publisher" dropped (circulation then and now "W", a quote over two paragraphs with the cue only in the first ""); a refund notice IN THE STORY ("Subscribers with time left ... will get a prorated refund by check, the Mallorough family said in a notice on the front page") "W" and "The notice thanked readers “...”" carried by the family with the cue "thanked" ""; a DONATION APPEAL of four full sentences mid-story "B" with its button row; a reader\'s fundraiser for the paper with dollar figures and donors "W" with no speaker, her feeling named after the quote and a refund promise ""; the state press association\'s director (closures "W", "She said" an opinion ""); "a study by the University of Nebraska\'s journalism college found" carried as written "W"; an archive gift "W"; the county clerk with "Dinwiddle County Clerk" dropped (legal notices "W"); the last editor (a first-person record "W", "?” he asked." "") ; a REPUBLISHING NOTE of three sentences, a WHY-YOU-CAN-TRUST-US box of three sentences, an AUTHOR BIO of two sentences, a partnership note, Related list, copyright and footer links, all "B"',
    'Canadian PUBLIC BROADCASTER\'s regional page (Manitoba), new rules on cancelling subscriptions take effect: a PRIVACY-POLICY UPDATE notice of three full sentences at the head with a button "B"; masthead, menu, section label; headline "W" and a standfirst "Minister says ..." carrying the minister the story names, a could-fine ""; byline, "Posted"/"Last Updated" line with "a.m. CT", share line; caption "" and credit; a lead with rules that read like a site\'s own terms ("must let customers cancel online ...", "an email reminder at least 30 days before") "W"; the minister with "Consumer Protection Minister" dropped (a complaint count "W", a quote ""); an APP PROMO of three full sentences mid-story "B"; a gym chain ("Tensly Fitness Inc." ending a sentence before "The chain, ..., said in an email" "W"); the consumer advocate ("told" "", a survey through "according to" "W"); a resident with a first-person record "W" and "!” she said." ""; a complaint procedure with a phone number "" (looks like a contact line); a fines rule "W"; Read more link; the JOURNALISTIC STANDARDS box of three sentences, COMMENT RULES of three sentences, More from list, copyright, footer links, all "B"',
    'Australian LEGAL-AFFAIRS NEWS SITE, a Supreme Court judge orders a local news site to switch off comments on stories about a murder trial: masthead, menu, section label; a TRIAL notice of three full sentences ("You have 1 free article remaining ...") and a button row "B"; headline "W"; a standfirst "Judge says ..." carrying the judge the story names ""; byline and role, date line, share strip; a lead with the order "W" and the judge named after "Justice" (dropped) acting without a verb of saying "W"; the judge\'s reasons "Justice Kellambry said" "W" and a quote ""; the site\'s own comment policy QUOTED IN THE STORY ("The site\'s community guidelines say comments are ...") carried by "The site\'s community guidelines" "W"; an EVENT PROMO of three full sentences mid-story "B"; the site\'s editor (a count "W", a quote over two paragraphs with the cue only in the first ""); a prosecutor "told the court" "W"; a media law academic with "Associate Professor" dropped (an opinion "", a count "W"); "according to the court\'s orders" "W"; "5pm" mid-sentence; a COMMENTS-DISABLED note that mirrors the story, a LEGAL DISCLAIMER of two sentences, a CORRECTIONS line of two sentences, Related list, copyright split at "Pty Ltd." before "ABN ...", footer links, all "B"',
    'New Zealand COMMUNITY NEWS SITE (a nonprofit, Hawke\'s Bay), donations to a food bank fall 23% as demand rises: masthead, menu with middle dots, section label; headline "W" and a standfirst ""; byline, date line, share line; caption "" and credit; a lead with "the trust\'s figures show" "W"; the trust\'s manager (parcels "W", a quote over two sentences ""); story sentences that read like a donation appeal ("Every $10 donated buys about four meals, the trust says." "W"; "Donations can be left at ... or made online" "" with no speaker); a MEMBERSHIP APPEAL of four full sentences mid-story "B" and its button row; a supermarket\'s spokesperson "said in a statement" "W" and "It said" a plan ""; a church volunteer (a first-person record "W", an ellipsis before lower case ""); "according to Stats NZ" "W"; a PODCAST PROMO of three sentences "B"; the council\'s community funding "W" with "The district council said" kept as written; the trust\'s manager again, a plan ""; a TIP LINE of two sentences, a REPUBLISHING note of two sentences, Latest list, a charity-registration and copyright line, footer links, all "B"',
    'Indian TECH NEWS SITE, a state transport corporation\'s ticketing app reaches 2.3 lakh downloads in its first week but crashes at peak hour: masthead, menu with pipes, section path with slashes; an APP PROMO of three full sentences at the head with buttons "B"; headline "W" and a standfirst ""; byline, Updated line with IST, a read time; an AFFILIATE DISCLOSURE of three full sentences "B"; story sentences that read like an app store listing ("The app, available on Android and iOS, lets commuters ...", "Users register with a mobile number and a one-time password") "W" and ""; the managing director with "managing director" dropped ("said" "W", a quote ""); "Pvt. Ltd." mid-sentence; the developer\'s statement ("said in a statement" "W"); a commuter (a first-person record "W", "?” he asked." ""); app-store ratings "W"; "according to the corporation" "W"; Also Read link; an independent security researcher (a flaw "W", "She said" ""); an AI-USE DISCLOSURE of three sentences, a NEWSLETTER PITCH of two sentences, Trending list, copyright split at "Pvt. Ltd." before "All rights reserved.", footer links, all "B"',
    'South African PERSONAL-FINANCE / CONSUMER SITE, the Information Regulator issues an enforcement notice to a pharmacy chain over its loyalty programme: masthead, menu with pipes, breadcrumb with ›; headline "W" and a standfirst "Regulator says ..." carrying the regulator as written ""; byline, date line, share line; a REGISTRATION WALL of three full sentences and a button row "B"; a lead "W"; "The notice, dated ..., says" carried by "The notice" "W"; the chain\'s privacy policy QUOTED IN THE STORY ("The chain\'s privacy policy, which runs to 11,400 words, says ...") "W"; the chain "said in a written response" "W" and "It said" a promise ""; a NEWSLETTER PITCH of three sentences mid-story "B"; a member\'s first-person record "W" and a quote ""; a privacy lawyer with "Adv." dropped (a fine ceiling "W", an opinion ""); "(Pty) Ltd" mid-sentence and "Neither firm replied to questions ..." carried by "Neither firm" ""; a how-to in the story that reads like a help box ("Members can ask the chain for a copy of the data it holds on them ...") "" ; an ASK-OUR-EXPERTS promo of two sentences, a FINANCIAL-ADVICE DISCLAIMER of two sentences, an AFFILIATE note, Related list, copyright split at "(Pty) Ltd." before "All rights reserved.", footer links, all "B"',
    'Kenyan BUSINESS DAILY\'s site (Nairobi), a paid email newsletter business passes 18,200 subscribers and raises Sh120 million: masthead, menu with wide spaces, section path with >; a PREMIUM PAYWALL of three full sentences with a button row "B"; headline "W" and a standfirst "Founder says ..." carrying the founder the story names ""; byline, date line with EAT, share line; caption "" and credit; a lead ending "its founder said on Sunday" carrying the founder named next "W"; story sentences that read like a newsletter pitch ("Subscribers pay Sh500 a month ... and can cancel at any time from a link at the foot of every email", "A free edition goes out every Monday") "W" and ""; the founder (revenue "W", a quote over two paragraphs with the cue only in the first, "unsubscribe button" inside it ""); the investor\'s managing partner "said in an emailed response" "W"; an EVENT PROMO of three full sentences mid-story "B"; a media analyst ("cautioned" "", a count "W"); a subscriber (a first-person record "W", "!” he said." ""); "according to the Communications Authority" "W"; the site\'s own NEWSLETTER PITCH of three sentences, a WHATSAPP CHANNEL line of two sentences, ALSO READ link, More from Business list, copyright split at "Ltd." before "All rights reserved.", footer links, all "B"',
    'Singaporean SOCIAL-AFFAIRS ONLINE MAGAZINE, a charity\'s online giving drive for meals for seniors raises S$1.34 million: masthead, menu with slashes, section label; a SUPPORT-US banner of three full sentences at the head "B"; headline "W" and a standfirst ""; byline, date line with SGT, share line; caption "" and credit; a lead "the charity said" "W"; story sentences that read like a donation page ("Donations of S$50 or more ... qualify for a 250 per cent tax deduction", "Donors who want a tax receipt must give their NRIC number", "The charity says it does not pass donors\' details to anyone else") "W", "" and "W"; the executive director (meals "W", a quote ""); a FUNDING DISCLOSURE of two full sentences mid-story "B"; a donor named after her quote ""; a ministry spokesperson "said in reply to queries" "W"; a volunteer (a first-person record "W", an ellipsis before lower case ""); "according to the National Council of Social Service" "W"; a CORRECTION NOTE of two sentences naming a changed figure, COMMENT GUIDELINES of three sentences, a COOKIE NOTICE of two sentences at the foot with its button, More stories list, copyright split at "Pte. Ltd." before "All rights reserved.", footer links, all "B"',
    'Nigerian ONLINE NEWSPAPER, a Federal High Court orders a political blog to delete 46 readers\' comments about a senator and hand over 19 commenters\' contact details: masthead in capitals, menu with pipes, section label; headline "W"; byline, date line, share line, reading time; caption "" and credit; "ABUJA —" lead "W"; the judge with "Justice" dropped ("held that" "W"), then "She also ordered ..." with no verb of saying and no speaker "W"; the senator\'s counsel with "SAN" after the name ("told the court" "W"); the blog\'s publisher ("said" "", a count "W", "?” he asked." ""); a DONATION APPEAL of four full sentences mid-story with an account number "B"; the blog\'s comment policy QUOTED IN THE STORY ("The blog\'s comment policy says readers “are solely responsible ...”") "W"; a digital rights group ("In a statement on Wednesday, ... said" "" and "The group said" ""); a lawyer with "Barr." dropped "W"; "according to court documents" "W"; an adjournment of record with no speaker "W"; a WHATSAPP/TELEGRAM line of two sentences, the site\'s own COMMENT DISCLAIMER of two sentences that mirrors the story, a COPYRIGHT WARNING of three sentences, RELATED list, copyright split at "Limited." before "All rights reserved.", footer links, all "B"',
    'Malaysian MEDIA-INDUSTRY TRADE SITE, an English daily ends its print edition after 52 years: masthead, menu with wide spaces, section label; a FREE-ACCOUNT WALL of three full sentences with a button row "B"; headline "W" and a standfirst "Publisher says ..." carrying the publisher as the lead names it, a decision and a sales figure "W"; byline, date line with "pm", share line; caption "" and credit; "KUALA LUMPUR:" lead "W"; story sentences that read like a subscriber notice ("Print subscribers will receive a refund for unused issues by April 30, or can switch to a digital subscription at no extra cost for six months, the company said in a notice to readers.") "W" and "It said readers could call its customer care line at 1-300-88-4417 ..." ""; the chief executive with "Datuk" dropped (circulation then and now "W", a quote over two paragraphs with the cue only in the first ""); "Sdn Bhd" mid-sentence and "Bhd." ending a sentence before "The group said ..." (a promise ""); the journalists\' union branch secretary ("said" "W", "She said" ""); a SPONSORED-CONTENT note of two sentences and a PODCAST PROMO of three sentences mid-story "B"; a media academic with "Assoc Prof Dr" dropped ("W" and an opinion ""); a newsagent (a first-person record "W", "?” she asked." ""); "according to the Audit Bureau of Circulations" "W"; a NEWSLETTER PITCH of two sentences, an AUTHOR BIO of two sentences, More news list, copyright split at "Sdn. Bhd." before "All rights reserved.", footer links, all "B"',
]

ARTICLES = [
    [
        [("THE TILLINGRAVE GAZETTE", "", "", "B")],
        [
            (
                "News | Sport | What's On | Property | Jobs | Announcements | Subscribe",
                "",
                "",
                "B",
            )
        ],
        [("News › Local Government", "", "", "B")],
        [
            ("We value your privacy.", "", "", "B"),
            (
                "The Gazette and our 143 partners store and access information on your device, such as cookies, to run this website, measure how it is used and show you adverts that suit your interests.",
                "",
                "",
                "B",
            ),
            (
                "Some of our partners process your data on the basis of legitimate interest, which you can object to at any time.",
                "",
                "",
                "B",
            ),
            (
                "Click “Accept all” to agree, or “Manage options” to choose what you allow.",
                "",
                "",
                "B",
            ),
        ],
        [("Accept all     Manage options     Reject non-essential", "", "", "B")],
        [
            (
                "Council email alerts for bins and planning sign up 21,400 households in first month",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Council leader says free scheme will save £90,000 a year in printed letters",
                "Ottoline Fenwardle",
                "says",
                "",
            )
        ],
        [("By Maisie Fetterlock", "", "", "B")],
        [("Local Democracy Reporter", "", "", "B")],
        [("Tuesday, 9 March 2027, 6:45 am", "", "", "B")],
        [
            (
                "Share     Facebook     X     WhatsApp     Email     Copy link",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "The council's customer service centre on Crellington Street, from where printed planning letters were posted.",
                "",
                "",
                "",
            ),
            ("Picture: Tillingrave Gazette", "", "", "B"),
        ],
        [
            (
                "More than 21,400 households signed up in the first month to a Tillingrave District Council scheme that sends email alerts about bin collections, road closures and planning applications, figures released by the council show.",
                "figures released by the council",
                "show",
                "W",
            ),
            (
                "The council said the scheme, called Tillingrave Notify, had sent 186,000 emails since it went live on 1 February.",
                "The council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Residents can unsubscribe from any alert with a single click, and the council says it will not share email addresses with third parties.",
                "the council",
                "says",
                "W",
            )
        ],
        [
            (
                "Council leader Cllr Ottoline Fenwardle said the scheme had cost £38,500 to set up.",
                "Ottoline Fenwardle",
                "said",
                "W",
            ),
            (
                "“For years we posted a letter to every house on a street when one neighbour wanted a conservatory,” she said.",
                "Ottoline Fenwardle",
                "said",
                "",
            ),
            (
                "“Most of those letters went straight in the recycling.”",
                "Ottoline Fenwardle",
                "said",
                "",
            ),
        ],
        [
            ("You've read 3 of your 5 free articles this month.", "", "", "B"),
            (
                "Register with your email address to keep reading, or subscribe from £1 a week for unlimited access.",
                "",
                "",
                "B",
            ),
            ("It takes less than a minute.", "", "", "B"),
        ],
        [("Register     Subscribe     Already registered? Sign in", "", "", "B")],
        [
            (
                "The Liberal Democrat group leader, Cllr Fenwick Stoddicombe, said older residents without email risked being left out.",
                "Fenwick Stoddicombe",
                "said",
                "",
            ),
            (
                "He said 31% of households in his Pardwick End ward had no home internet connection, according to a survey the group carried out last year.",
                "Fenwick Stoddicombe",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council said paper letters would still be sent to anyone who asks for them by calling 01632 960 418.",
                "The council",
                "said",
                "",
            )
        ],
        [
            (
                "Tillingrave Notify is run for the council by the software firm Tanvey Digital Ltd.",
                "",
                "",
                "W",
            ),
            (
                "Under the contract, the firm may not use residents' email addresses for marketing or keep them after the contract ends, a council report says.",
                "a council report",
                "says",
                "W",
            ),
        ],
        [
            ("Get the Gazette's morning briefing.", "", "", "B"),
            (
                "Every weekday at 7am we send the day's top Tillingrave stories, court results and road closures straight to your inbox.",
                "",
                "",
                "B",
            ),
            ("It's free, and you can unsubscribe whenever you like.", "", "", "B"),
        ],
        [("Enter your email address     Sign me up", "", "", "B")],
        [
            (
                "Pensioner Wilfreda Gamblethorpe, 79, of Whinfell Lane, said she had signed up for bin alerts after missing two collections over Christmas.",
                "Wilfreda Gamblethorpe",
                "said",
                "W",
            ),
            (
                "“My grandson set it up on my phone in five minutes,” she said.",
                "Wilfreda Gamblethorpe",
                "said",
                "",
            ),
            (
                "“Now it tells me the night before... and it hasn't been wrong yet.”",
                "Wilfreda Gamblethorpe",
                "said",
                "",
            ),
        ],
        [
            (
                "Read more: Tillingrave's brown bin charge to rise to £52 from April",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "The council sent 412,000 printed letters in 2025-26 at an average cost of 68p each, according to its annual postage report.",
                "its annual postage report",
                "according to",
                "W",
            ),
            (
                "Sign-ups in the first month were highest in Abbotsmere ward, at 38% of households, and lowest in Pardwick End, at 9%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Residents can register on the council's website or at any of the district's four libraries.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Cllr Fenwardle said alerts for school closures and gritting routes would be added before next winter.",
                "Ottoline Fenwardle",
                "said",
                "",
            )
        ],
        [
            (
                "Maisie Fetterlock is the Gazette's Local Democracy Reporter, covering Tillingrave District Council and Pellshire County Council.",
                "",
                "",
                "B",
            ),
            (
                "The post is funded through the Local Democracy Reporting Service, and her stories are shared with other news outlets in the scheme.",
                "",
                "",
                "B",
            ),
            (
                "You can reach her at maisie.fetterlock@tillingravegazette.co.uk.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments on this story will stay open for 48 hours.", "", "", "B"),
            (
                "Please keep them civil and on topic: we remove abuse, personal attacks and anything that could prejudice a court case.",
                "",
                "",
                "B",
            ),
            ("Read our community rules before you post.", "", "", "B"),
        ],
        [("More from Local Government", "", "", "B")],
        [("Pellshire County Council confirms 4.99% council tax rise", "", "", "B")],
        [("Abbotsmere library to open on Sundays from May", "", "", "B")],
        [
            (
                "The Tillingrave Gazette is published by Pellshire Newspapers Ltd.",
                "",
                "",
                "B",
            ),
            ("Registered in England No. 04418263.", "", "", "B"),
        ],
        [
            ("© 2027 Pellshire Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "About us | Contact | Privacy policy | Cookie settings | Terms and conditions",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("THE HIBERNIAN RECORD", "", "", "B")],
        [
            (
                "News     Business     Opinion     Sport     Culture     Life     Podcasts",
                "",
                "",
                "B",
            )
        ],
        [("Business › Technology", "", "", "B")],
        [
            ("This article is for subscribers.", "", "", "B"),
            (
                "Subscribe today for €1 for your first month and get unlimited access to our journalism, the daily crossword and the digital edition.",
                "",
                "",
                "B",
            ),
            ("Cancel at any time.", "", "", "B"),
        ],
        [("Subscribe     Sign in", "", "", "B")],
        [
            (
                "Ticket site Stallgate fined €2.6m over cookie banner that made refusing “harder than agreeing”",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Regulator finds site used “dark patterns” to steer 1.8 million visitors into accepting tracking",
                "the Data Protection Commission",
                "finds",
                "W",
            )
        ],
        [("Ruairí Skellington", "", "", "B")],
        [("Thu Mar 11 2027 - 05:00", "", "", "B")],
        [("Share     Email     Facebook     X     LinkedIn", "", "", "B")],
        [
            ("The Stallgate offices on Ballytruagh Quay in Dublin.", "", "", ""),
            ("Photograph: Eimear Dromaskeagh", "", "", "B"),
        ],
        [
            (
                "The online ticket seller Stallgate has been fined €2.6 million by the Data Protection Commission over a cookie banner that, the regulator found, made it harder for visitors to refuse tracking than to accept it.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The commission's decision, published on Wednesday, found that between January 2024 and June 2025 about 1.8 million visitors to the company's Irish site were shown the banner.",
                "the commission's decision",
                "found",
                "W",
            )
        ],
        [
            (
                "The banner told visitors that “we and our 212 partners use cookies to personalise your experience and show you relevant offers”, the decision records.",
                "the decision",
                "records",
                "W",
            ),
            (
                "Refusing all cookies took five clicks across two screens, while accepting them took one, the decision says.",
                "the decision",
                "says",
                "W",
            ),
        ],
        [
            (
                "Visitors who clicked “Reject all” on the second screen were shown the banner again on every page until they accepted.",
                "",
                "",
                "W",
            )
        ],
        [
            ("Listen to The Ledger Line, our weekly business podcast.", "", "", "B"),
            (
                "This week, two economists argue over whether Irish house prices can keep rising in 2027.",
                "",
                "",
                "B",
            ),
            ("New episodes every Friday, wherever you get your podcasts.", "", "", "B"),
        ],
        [
            (
                "Stallgate's chief executive, Gráinne Farrissey, said in a statement that the company “respects the privacy of every fan” and would study the decision carefully.",
                "Gráinne Farrissey",
                "said in a statement",
                "",
            ),
            (
                "It said the banner had been replaced in July 2025 with one that offers “Accept all” and “Reject all” on the same screen.",
                "Stallgate",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company, which is based in Dublin and employs 140 people, sold 3.9 million tickets in Ireland last year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Cathal Ormondsby, a data protection solicitor at the Dublin firm Mullenvane Kilfedder, said the fine would be read across the industry as a warning.",
                "Cathal Ormondsby",
                "said",
                "",
            ),
            (
                "He said it was the fourth decision on cookie banners the commission had published since 2023.",
                "Cathal Ormondsby",
                "said",
                "W",
            ),
            (
                "“Nobody can say now that they didn't know the rules,” he said.",
                "Cathal Ormondsby",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The complaint that led to the inquiry was lodged in March 2024 by the consumer group Fair Click Ireland, its spokeswoman, Niamh Gorseborough, said.",
                "Niamh Gorseborough",
                "said",
                "W",
            ),
            (
                "“People don't read these banners, they just want the thing to go away, and companies know that,” she said.",
                "Niamh Gorseborough",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the commission's annual report, it received 1,214 complaints about cookies and tracking in 2025, up from 760 in 2023.",
                "the commission's annual report",
                "according to",
                "W",
            )
        ],
        [
            (
                "Stallgate has 28 days to appeal the decision to the Circuit Court.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Our corrections policy: we aim to be accurate and fair in everything we publish.",
                "",
                "",
                "B",
            ),
            (
                "When we get something wrong we correct it promptly, and we say at the foot of the article what was changed and when.",
                "",
                "",
                "B",
            ),
            ("To report an error, email corrections@hibernianrecord.ie.", "", "", "B"),
        ],
        [
            ("Sign up for Business Today.", "", "", "B"),
            (
                "Our business editor picks the stories that matter to your money, every weekday morning.",
                "",
                "",
                "B",
            ),
            ("It takes seconds to sign up and it's free.", "", "", "B"),
        ],
        [("More in Business", "", "", "B")],
        [("Grocery prices rise 0.8% in February as butter costs climb", "", "", "B")],
        [("Irish airline orders 18 new aircraft in €1.9bn deal", "", "", "B")],
        [
            ("© 2027 Hibernian Record DAC.", "", "", "B"),
            ("Registered office: 41 Fennacre Row, Dublin 2.", "", "", "B"),
        ],
        [
            (
                "Terms & Conditions     Privacy Policy     Cookie Information     Cookie Settings     Community Standards",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("THE SODLINE", "", "", "B")],
        [
            (
                "Agriculture | Education | Health | Local News | Statehouse | Donate",
                "",
                "",
                "B",
            )
        ],
        [("LOCAL NEWS", "", "", "B")],
        [("After 131 years, the Ostraby Tribune prints its last edition", "", "", "W")],
        [
            (
                "Four generations, one hand press and about 6,700 issues later, a county seat loses the paper that recorded its births, deaths and school board fights.",
                "",
                "",
                "",
            )
        ],
        [("By Corliss Tremblaye", "", "", "B")],
        [("Rural Affairs Reporter", "", "", "B")],
        [("Published March 4, 2027", "", "", "B")],
        [("Share this:     Facebook     X     Email     Print", "", "", "B")],
        [
            (
                "Everett Mallorough stacks copies of the final edition of the Ostraby Tribune in the paper's office on Front Street.",
                "",
                "",
                "",
            ),
            ("(Corliss Tremblaye/The Sodline)", "", "", "B"),
        ],
        [
            (
                "OSTRABY, Neb. — The Ostraby Tribune, a weekly newspaper that has covered this town of 2,900 people and the rest of Dinwiddle County since 1896, printed its last edition Wednesday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Publisher Everett Mallorough said the paper had 1,940 paid subscribers at the end, down from 5,600 in 2004, and that advertising revenue had fallen by more than two-thirds over the same period.",
                "Everett Mallorough",
                "said",
                "W",
            ),
            (
                "“My great-grandfather started this paper with a hand press and a loan from the bank,” he said.",
                "Everett Mallorough",
                "said",
                "",
            ),
            (
                "“I'm the one who has to turn the lights off, and I don't think I'll ever make my peace with that.”",
                "Everett Mallorough",
                "said",
                "",
            ),
        ],
        [
            (
                "“We tried everything: a website, a price increase, a digital edition, even a coffee mug.",
                "Everett Mallorough",
                "said",
                "",
            ),
            (
                "People liked us, but they didn't pay for us.”",
                "Everett Mallorough",
                "said",
                "",
            ),
        ],
        [
            (
                "Subscribers with time left on their subscriptions will get a prorated refund by check, the Mallorough family said in a notice on the front page of the final edition.",
                "the Mallorough family",
                "said",
                "W",
            ),
            (
                "The notice thanked readers “for 131 years of letters, complaints and corrections.”",
                "the Mallorough family",
                "thanked",
                "",
            ),
        ],
        [
            (
                "The Sodline is a nonprofit newsroom, and our reporting is free to read because readers like you chip in.",
                "",
                "",
                "B",
            ),
            ("We don't run a paywall and we never will.", "", "", "B"),
            (
                "A gift of any size pays for reporters to drive the miles that national outlets skip.",
                "",
                "",
                "B",
            ),
            ("Donations are tax-deductible to the extent allowed by law.", "", "", "B"),
        ],
        [("Give once     Give monthly     Become a member", "", "", "B")],
        [
            (
                "An online fundraiser started in January by a retired teacher, Loretta Faircombe, raised $41,870 from 612 donors, short of the $250,000 the family had said it needed to keep printing through 2028.",
                "",
                "",
                "W",
            ),
            (
                "“I'm not sorry we tried,” Faircombe said.",
                "Loretta Faircombe",
                "said",
                "",
            ),
            (
                "She said the money would be returned to donors by the end of March.",
                "Loretta Faircombe",
                "said",
                "",
            ),
        ],
        [
            (
                "The Tribune is the 11th weekly in Nebraska to close or merge since 2020, said Marianne Stennerby, executive director of the state's press association.",
                "Marianne Stennerby",
                "said",
                "W",
            ),
            (
                "She said the towns that lose a paper rarely get one back.",
                "Marianne Stennerby",
                "said",
                "",
            ),
        ],
        [
            (
                "A study by the University of Nebraska's journalism college found last year that 34 of the state's 93 counties had one local news source or none.",
                "a study by the University of Nebraska's journalism college",
                "found",
                "W",
            )
        ],
        [
            (
                "The paper's archive of about 6,700 issues will be given to the Dinwiddle County Historical Society, which plans to scan them.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Dinwiddle County Clerk Marva Pennistall said the county had paid the Tribune $18,300 last year to print legal notices, which will now run in a daily paper 60 miles away.",
                "Marva Pennistall",
                "said",
                "W",
            )
        ],
        [
            (
                "The paper's last editor, Ansel Drewsbury, said he had written 1,400 editorials since 1999.",
                "Ansel Drewsbury",
                "said",
                "W",
            ),
            (
                "“Who's going to sit through a four-hour school board meeting now?” he asked.",
                "Ansel Drewsbury",
                "asked",
                "",
            ),
        ],
        [
            ("Republish this story for free.", "", "", "B"),
            (
                "We license our articles under a Creative Commons Attribution-NoDerivatives 4.0 license, so you may republish them online or in print as long as you credit The Sodline and do not edit the text.",
                "",
                "",
                "B",
            ),
            ("Photos are not included unless we say so.", "", "", "B"),
        ],
        [
            (
                "Why you can trust The Sodline: we are an independent, nonpartisan newsroom.",
                "",
                "",
                "B",
            ),
            (
                "Donors have no say over what we cover, and we list every gift of $1,000 or more on our website.",
                "",
                "",
                "B",
            ),
            (
                "We follow a published code of ethics and correct our mistakes in public.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Corliss Tremblaye covers rural communities for The Sodline.",
                "",
                "",
                "B",
            ),
            ("She grew up in Dinwiddle County and lives in Broken Bow.", "", "", "B"),
        ],
        [
            (
                "This story was produced in partnership with the Great Plains Local News Collaborative.",
                "",
                "",
                "B",
            )
        ],
        [("Related stories", "", "", "B")],
        [("Rural hospitals in Nebraska cut 212 beds in three years", "", "", "B")],
        [("School board in Ostraby votes to close middle school", "", "", "B")],
        [("© 2027 The Sodline, a 501(c)(3) nonprofit organization.", "", "", "B")],
        [
            (
                "About | Staff | Ethics policy | Donor list | Contact | Privacy",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [
            ("We've updated our privacy policy.", "", "", "B"),
            (
                "It now explains more clearly how we use data from our apps and websites and how long we keep it.",
                "",
                "",
                "B",
            ),
            (
                "By continuing to use this site, you agree to the updated policy.",
                "",
                "",
                "B",
            ),
        ],
        [("OK, got it", "", "", "B")],
        [("LARCHWINDLE NEWS", "", "", "B")],
        [
            (
                "Top Stories     Local     Climate     World     Politics     Indigenous     Radio",
                "",
                "",
                "B",
            )
        ],
        [("MANITOBA", "", "", "B")],
        [
            (
                "Manitobans can now cancel gym memberships and streaming subscriptions online, as new rules take effect",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Minister says businesses that make cancelling harder than signing up could face fines of up to $50,000",
                "Felicity Solvason",
                "says",
                "",
            )
        ],
        [("Kendra Tanaszczuk · Larchwindle News", "", "", "B")],
        [("Posted: Mar 01, 2027 5:00 AM CT | Last Updated: 2 hours ago", "", "", "B")],
        [("Share on Facebook     Share on X     Email     Copy link", "", "", "B")],
        [
            (
                "A Winnipeg gym's front desk on Sunday, the day before the rules took effect.",
                "",
                "",
                "",
            ),
            ("(Mathieu Beaudrault/Larchwindle News)", "", "", "B"),
        ],
        [
            (
                "Starting Monday, any business in Manitoba that sells a subscription online must let customers cancel it online as well, without a phone call or a visit in person, under amendments to the province's Consumer Protection Act.",
                "",
                "",
                "W",
            ),
            (
                "Businesses must also send an email reminder at least 30 days before an annual subscription renews, telling the customer the price and how to cancel.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Consumer Protection Minister Felicity Solvason said the province received 2,310 complaints about subscriptions in 2026, more than any other category of consumer complaint.",
                "Felicity Solvason",
                "said",
                "W",
            ),
            (
                "“If it takes you one click to sign up, it should take you one click to leave,” she said.",
                "Felicity Solvason",
                "said",
                "",
            ),
        ],
        [
            (
                "Get the Larchwindle News app for breaking news alerts from Manitoba and across the country.",
                "",
                "",
                "B",
            ),
            ("You choose the topics and regions you want to hear about.", "", "", "B"),
            ("Download it free from your app store.", "", "", "B"),
        ],
        [
            (
                "The rules cover gyms, streaming and software services, meal kits, dating sites and magazines, but not phone, internet or energy contracts, which are regulated federally or by other laws.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Among the businesses that have changed their sign-up pages is Tensly Fitness Inc.",
                "",
                "",
                "W",
            ),
            (
                "The chain, which has 14 gyms in Manitoba, said in an email that members had been able to cancel online since January.",
                "The chain",
                "said in an email",
                "W",
            ),
        ],
        [
            (
                "Odalys Prychodko, who heads the Winnipeg-based consumer group Fair Dealing Manitoba, told Larchwindle News the new rules were overdue.",
                "Odalys Prychodko",
                "told",
                "",
            ),
            (
                "About 41% of 1,100 Manitobans who had tried to cancel a subscription in the past year said they had been asked to phone a call centre, according to a survey by the group.",
                "a survey by the group",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Cordelia Fenstermeyer of St. Vital said she had paid $47.99 a month for 11 months for a gym she stopped going to, because cancelling required a visit during weekday office hours.",
                "Cordelia Fenstermeyer",
                "said",
                "W",
            ),
            (
                "“I work nights, so that was never going to happen!” she said.",
                "Cordelia Fenstermeyer",
                "said",
                "",
            ),
        ],
        [
            (
                "Anyone who has trouble cancelling can file a complaint with the Consumer Protection Office by calling 204-555-0183 or through the province's website.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Businesses that break the rules can be fined up to $50,000 for a first offence, and individuals up to $10,000.",
                "",
                "",
                "W",
            )
        ],
        [("READ MORE | Winnipeg transit fares to rise 25 cents in April", "", "", "B")],
        [
            (
                "Larchwindle News' Journalistic Standards and Practices guide our reporting.",
                "",
                "",
                "B",
            ),
            (
                "Our journalists are required to be accurate, fair and balanced, and to keep their personal opinions out of their stories.",
                "",
                "",
                "B",
            ),
            (
                "If you think we've fallen short, contact Audience Services.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments are welcome while open.", "", "", "B"),
            (
                "We reserve the right to close comments at any time, and comments that are off topic, abusive or include personal information will be removed.",
                "",
                "",
                "B",
            ),
            (
                "Please note that Larchwindle News does not endorse the opinions expressed in comments.",
                "",
                "",
                "B",
            ),
        ],
        [("More from Manitoba", "", "", "B")],
        [("Province adds 120 nursing seats at 3 colleges", "", "", "B")],
        [("Winnipeg police seize 41 kg of cocaine in truck stop arrest", "", "", "B")],
        [("©2027 Larchwindle Broadcasting Corporation", "", "", "B")],
        [
            (
                "Accessibility     Privacy     Terms of Use     Audience Services     Careers",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("BENCH & BAR DAILY", "", "", "B")],
        [("News | Courts | Practice | Careers | Events | Podcast", "", "", "B")],
        [("COURTS", "", "", "B")],
        [
            ("You have 1 free article remaining this month.", "", "", "B"),
            (
                "Start a 14-day trial to read every story, case note and judgment summary on Bench & Bar Daily.",
                "",
                "",
                "B",
            ),
            ("No credit card is needed for the trial.", "", "", "B"),
        ],
        [("Start free trial     Log in", "", "", "B")],
        [
            (
                "Judge orders Ballarine news site to switch off reader comments on 14 murder trial stories",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Judge says comments naming a suppressed witness risked “poisoning” the jury pool",
                "Ambrose Kellambry",
                "says",
                "",
            )
        ],
        [("Imogen Dunsmorrow", "", "", "B")],
        [("Senior Courts Reporter", "", "", "B")],
        [("Friday, 12 March 2027", "", "", "B")],
        [("Share     LinkedIn     X     Email", "", "", "B")],
        [
            (
                "A Supreme Court judge in Sydney has ordered a regional news website to disable reader comments on 14 articles about a murder trial after readers used the comment sections to name a witness whose identity is suppressed.",
                "",
                "",
                "W",
            ),
            (
                "Justice Ambrose Kellambry made the orders on Thursday against Ballarine Today, a free news site that covers the Ballarine district in the state's central west.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Justice Kellambry said 37 comments published between 2 and 9 March had named the witness or given details from which she could be identified.",
                "Ambrose Kellambry",
                "said",
                "W",
            ),
            (
                "“The court cannot allow a jury pool to be poisoned in the comment section of a local website,” he said.",
                "Ambrose Kellambry",
                "said",
                "",
            ),
        ],
        [
            (
                "The site's community guidelines say comments are checked by a moderator before they appear, and that comments about court cases will not be published.",
                "The site's community guidelines",
                "say",
                "W",
            )
        ],
        [
            (
                "Media Law Forum 2027: defamation, suppression and the newsroom.",
                "",
                "",
                "B",
            ),
            (
                "Join judges, editors and barristers in Sydney on 20 May for a day of practical sessions.",
                "",
                "",
                "B",
            ),
            (
                "Early-bird tickets close on 31 March, and attendance counts for five CPD units.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ballarine Today's editor, Georgina Gildercombe, said the site had two part-time moderators and had received more than 900 comments on the trial stories.",
                "Georgina Gildercombe",
                "said",
                "W",
            ),
            (
                "“We took down every comment we were told about, and some we found ourselves,” she said.",
                "Georgina Gildercombe",
                "said",
                "",
            ),
        ],
        [
            ("“But we are a team of four people.", "Georgina Gildercombe", "said", ""),
            (
                "Nobody is watching the site at 2am.”",
                "Georgina Gildercombe",
                "said",
                "",
            ),
        ],
        [
            (
                "Lachlan Quarrenby, for the Director of Public Prosecutions, told the court on Thursday that at least three of the comments had been shared more than 200 times on Facebook.",
                "Lachlan Quarrenby",
                "told the court",
                "W",
            )
        ],
        [
            (
                "The site must disable comments on the 14 articles by 5pm on Friday and keep them closed until the jury returns its verdict, according to the court's orders.",
                "the court's orders",
                "according to",
                "W",
            )
        ],
        [
            (
                "Associate Professor Ysolde Quillerstone, a media law researcher at the University of Sydney, said small publishers were being asked to do work that large platforms were not.",
                "Ysolde Quillerstone",
                "said",
                "",
            ),
            (
                "She said it was the third order of its kind in New South Wales since 2021.",
                "Ysolde Quillerstone",
                "said",
                "W",
            ),
        ],
        [
            (
                "The trial, of a 44-year-old man accused of murdering his business partner in 2025, is expected to resume on 22 March.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Comments on this article have been disabled for legal reasons.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "This article is general information only and is not legal advice.",
                "",
                "",
                "B",
            ),
            (
                "You should get advice from a qualified practitioner about your own circumstances.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "We correct errors of fact as soon as we become aware of them.",
                "",
                "",
                "B",
            ),
            ("Email the editor at corrections@benchandbardaily.com.au.", "", "", "B"),
        ],
        [("Related", "", "", "B")],
        [("High Court to hear appeal over Facebook page admin liability", "", "", "B")],
        [("NSW suppression orders up 18% in 2026, figures show", "", "", "B")],
        [
            ("© 2027 Bench & Bar Media Pty Ltd.", "", "", "B"),
            ("ABN 61 604 219 337.", "", "", "B"),
        ],
        [("Privacy     Terms     Contact     Advertise", "", "", "B")],
    ],
    [
        [("RANGITĀWHI TIDINGS", "", "", "B")],
        [("Home · News · Community · Environment · Arts · Support us", "", "", "B")],
        [("COMMUNITY", "", "", "B")],
        [
            (
                "Food bank donations drop by almost a quarter as demand hits record",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Shelves at the Kōwhaiwhai Community Pantry are emptier than volunteers have ever seen them, and winter has not started.",
                "",
                "",
                "",
            )
        ],
        [("Words: Tamsin Wherowhero-Blake", "", "", "B")],
        [("8 March 2027", "", "", "B")],
        [("Share     Facebook     Email", "", "", "B")],
        [
            (
                "Volunteers pack food parcels at the pantry's depot on Karamu Lane.",
                "",
                "",
                "",
            ),
            ("Photo: Ruanui Pekepo", "", "", "B"),
        ],
        [
            (
                "Donations to the Kōwhaiwhai Community Pantry fell 23% in the year to January, while the number of food parcels it handed out rose to a record 9,840, the trust's figures show.",
                "the trust's figures",
                "show",
                "W",
            )
        ],
        [
            (
                "The trust's manager, Honiana Rawhitiroa, said it gave out 7,120 parcels the year before.",
                "Honiana Rawhitiroa",
                "said",
                "W",
            ),
            (
                "“The people who used to give to us are now the people coming through the door,” she said.",
                "Honiana Rawhitiroa",
                "said",
                "",
            ),
            (
                "“That's not a criticism of anyone, it's just what the cost of living looks like here.”",
                "Honiana Rawhitiroa",
                "said",
                "",
            ),
        ],
        [
            (
                "Every $10 donated buys about four meals, the trust says.",
                "the trust",
                "says",
                "W",
            ),
            (
                "Donations can be left at the depot on Karamu Lane between 9am and 3pm on weekdays, or made online through the trust's website.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Rangitāwhi Tidings is run by a charitable trust, and we rely on our members to keep local news free for everyone.",
                "",
                "",
                "B",
            ),
            ("Fewer than one in 50 of our readers is a member.", "", "", "B"),
            ("If you value what we do, please join from $5 a month.", "", "", "B"),
            ("You can stop or change your membership whenever you like.", "", "", "B"),
        ],
        [("Join     Give once", "", "", "B")],
        [
            (
                "A spokesperson for the supermarket chain FreshWhare said in a statement that its Hastings stores had given the pantry 4.2 tonnes of food in 2026.",
                "A spokesperson for the supermarket chain FreshWhare",
                "said in a statement",
                "W",
            ),
            (
                "It said it would put collection bins in all three stores from April.",
                "FreshWhare",
                "said",
                "",
            ),
        ],
        [
            (
                "Matiu Faleolotu, who has volunteered at the pantry through his church for six years, said he had never before seen it run out of baby formula.",
                "Matiu Faleolotu",
                "said",
                "W",
            ),
            (
                "“Last Tuesday we had nothing on the shelf... and mums were coming in with babies on their hip,” he said.",
                "Matiu Faleolotu",
                "said",
                "",
            ),
        ],
        [
            (
                "Food prices in the region rose 4.1% in the year to January, according to Stats NZ.",
                "Stats NZ",
                "according to",
                "W",
            )
        ],
        [
            ("Listen: Hawke's Bay Weekly, the Tidings podcast.", "", "", "B"),
            (
                "Each Friday our reporters talk through the week's stories with the people in them.",
                "",
                "",
                "B",
            ),
            ("Find it on our website or in your podcast app.", "", "", "B"),
        ],
        [
            (
                "The district council said it had granted the pantry $18,000 from its community fund for 2026-27, up from $12,000.",
                "The district council",
                "said",
                "W",
            )
        ],
        [
            (
                "Rawhitiroa said the trust would ask local businesses to sponsor a parcel a week.",
                "Honiana Rawhitiroa",
                "said",
                "",
            )
        ],
        [
            ("Got a story for us?", "", "", "B"),
            ("Email news@rangitawhitidings.nz or message us on Facebook.", "", "", "B"),
        ],
        [
            (
                "You're welcome to republish this story with credit to Rangitāwhi Tidings and a link back to this page.",
                "",
                "",
                "B",
            ),
            ("Please don't change the headline or the text.", "", "", "B"),
        ],
        [("Latest", "", "", "B")],
        [("Havelock North pool to close for repairs until spring", "", "", "B")],
        [("Riverside swimming spots get all-clear after tests", "", "", "B")],
        [
            (
                "Rangitāwhi Tidings Charitable Trust, registered charity CC61827.",
                "",
                "",
                "B",
            ),
            ("© 2027.", "", "", "B"),
        ],
        [("About · Members · Contact · Privacy", "", "", "B")],
    ],
    [
        [("BYTEWALLAH", "", "", "B")],
        [
            (
                "News | Mobiles | Apps | Reviews | Deals | Explainers | Videos",
                "",
                "",
                "B",
            )
        ],
        [("Home / Apps / News", "", "", "B")],
        [
            ("Read Bytewallah faster in our app.", "", "", "B"),
            (
                "Get breaking tech news, phone launch alerts and deal notifications the moment they go live.",
                "",
                "",
                "B",
            ),
            ("It's free on Android and iOS.", "", "", "B"),
        ],
        [("Open in app     Not now", "", "", "B")],
        [
            (
                "Karnataka bus ticket app crosses 2.3 lakh downloads in first week, but crashes during morning rush",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Commuters in Bengaluru and Mysuru love the idea. The peak-hour queues are another story.",
                "",
                "",
                "",
            )
        ],
        [("Written by Anirudh Vellanki", "", "", "B")],
        [("Updated: March 8, 2027 11:42 IST", "", "", "B")],
        [("4 min read", "", "", "B")],
        [
            ("Bytewallah is reader-supported.", "", "", "B"),
            (
                "When you buy through links on our site, we may earn an affiliate commission at no extra cost to you.",
                "",
                "",
                "B",
            ),
            (
                "This does not affect which products we review or how we rate them.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Yatrika app, launched on March 1 by the state-run Karnataka Road Transport Corporation, was downloaded about 2.3 lakh times in its first seven days, the corporation said on Sunday.",
                "the corporation",
                "said",
                "W",
            ),
            (
                "The app, available on Android and iOS, lets commuters buy bus tickets and monthly passes with UPI and track 6,400 buses in real time.",
                "",
                "",
                "W",
            ),
            (
                "Users register with a mobile number and a one-time password, and can save up to four passengers' details.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Managing director Sharanbasappa Hulikunte said 1.1 lakh tickets had been sold through the app by Saturday night.",
                "Sharanbasappa Hulikunte",
                "said",
                "W",
            ),
            (
                "“We expected a rush, but not this big a rush,” he said.",
                "Sharanbasappa Hulikunte",
                "said",
                "",
            ),
        ],
        [
            (
                "The app was built for the corporation by the Bengaluru firm Tarangwadi Softlabs Pvt. Ltd. under a ₹14.6 crore contract.",
                "",
                "",
                "W",
            ),
            (
                "The company said in a statement that traffic between 8 a.m. and 9 a.m. on Tuesday was six times what it had been told to plan for.",
                "The company",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Mohanraj Gubbiyappa, a software tester who takes the 7.40 a.m. bus from Jayanagar, said the app had failed to load on three of his first five mornings.",
                "Mohanraj Gubbiyappa",
                "said",
                "W",
            ),
            (
                "“What is the use of a digital ticket if the conductor is asking for cash anyway?” he asked.",
                "Mohanraj Gubbiyappa",
                "asked",
                "",
            ),
        ],
        [
            (
                "On the Google Play store, the app had a rating of 2.9 out of 5 from about 18,000 reviews by Sunday evening.",
                "",
                "",
                "W",
            ),
            (
                "The servers were upgraded on Wednesday night and there has been no outage since, according to the corporation.",
                "the corporation",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Also Read: UPI transactions hit record 21.4 billion in February",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Independent security researcher Deepthi Sorabkar said she had found that the app's first version sent passengers' phone numbers to the server without encryption.",
                "Deepthi Sorabkar",
                "said",
                "W",
            ),
            (
                "She said the corporation had fixed it within a day of her report, which she called “a good sign”.",
                "Deepthi Sorabkar",
                "said",
                "",
            ),
        ],
        [
            (
                "How we work: this article was reported and written by our staff.",
                "",
                "",
                "B",
            ),
            (
                "We used an AI tool to transcribe recorded interviews, and a reporter checked every quote against the recording.",
                "",
                "",
                "B",
            ),
            ("No part of the text was generated by AI.", "", "", "B"),
        ],
        [
            ("Get the Bytewallah Daily in your inbox.", "", "", "B"),
            ("One email, five stories, no spam.", "", "", "B"),
        ],
        [("Trending", "", "", "B")],
        [("Phone makers told to keep spare parts for seven years", "", "", "B")],
        [("Top 5 budget phones under ₹15,000 this month", "", "", "B")],
        [
            ("© 2027 Bytewallah Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "About Us | Contact | Affiliate Disclosure | Privacy Policy | Terms of Use",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("RANDWISE", "", "", "B")],
        [
            (
                "Money | Consumer | Property | Tax | Retirement | Ask Randwise",
                "",
                "",
                "B",
            )
        ],
        [("Home › Consumer › Privacy", "", "", "B")],
        [
            (
                "Pharmacy chain ordered to stop sharing loyalty members' health purchases with advertisers",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Regulator says Welvana Pharmacies did not get proper consent from 3.2 million Vitaclub members",
                "the Information Regulator",
                "says",
                "",
            )
        ],
        [("By Thandeka Mbhokodo", "", "", "B")],
        [("11 March 2027", "", "", "B")],
        [("Share     WhatsApp     Facebook     X     Email", "", "", "B")],
        [
            ("Register for free to keep reading.", "", "", "B"),
            (
                "Randwise members get three free articles a week, our weekly money newsletter and access to our budget calculators.",
                "",
                "",
                "B",
            ),
            (
                "Registration takes a minute and we will never sell your details.",
                "",
                "",
                "B",
            ),
        ],
        [("Register     Log in", "", "", "B")],
        [
            (
                "The Information Regulator has issued an enforcement notice ordering the pharmacy chain Welvana Pharmacies to stop sharing information about what its loyalty club members buy with advertising companies.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The notice, dated 3 March and published on the regulator's website on Wednesday, says the chain shared purchase histories of about 3.2 million Vitaclub members with two advertising firms between 2023 and 2026.",
                "The notice",
                "says",
                "W",
            ),
            (
                "It says the data included purchases of chronic medicine, pregnancy tests and contraceptives.",
                "The notice",
                "says",
                "W",
            ),
        ],
        [
            (
                "The chain's privacy policy, which runs to 11,400 words, says members' information may be shared “with carefully selected partners to bring you offers you'll love”.",
                "The chain's privacy policy",
                "says",
                "W",
            ),
            (
                "The notice says this was not enough to get members' consent to share health information.",
                "The notice",
                "says",
                "W",
            ),
        ],
        [
            (
                "Welvana Pharmacies said in a written response to Randwise that it stopped sharing the data in November 2026, when the regulator began its investigation.",
                "Welvana Pharmacies",
                "said in a written response",
                "W",
            ),
            (
                "It said it would “fully comply” with the notice and would write to every Vitaclub member.",
                "Welvana Pharmacies",
                "said",
                "",
            ),
        ],
        [
            ("Make your money work harder.", "", "", "B"),
            (
                "Every Thursday, our editors send you the week's best consumer stories, tax tips and savings rates in one short email.",
                "",
                "",
                "B",
            ),
            ("Sign up free, and cancel with one click.", "", "", "B"),
        ],
        [
            (
                "Lindokuhle Zwelakhe-Bredenkamp, a Vitaclub member from Benoni, said she had started getting baby-product adverts on her phone in 2024, two weeks after buying a pregnancy test at a Welvana store.",
                "Lindokuhle Zwelakhe-Bredenkamp",
                "said",
                "W",
            ),
            (
                "“I hadn't told my own mother yet,” she said.",
                "Lindokuhle Zwelakhe-Bredenkamp",
                "said",
                "",
            ),
        ],
        [
            (
                "Adv. Riaan Oppermanstad, a privacy specialist at the Sandton firm Oppermanstad Qwabekile Inc., said the regulator can fine a company up to R10 million for failing to comply with an enforcement notice.",
                "Riaan Oppermanstad",
                "said",
                "W",
            ),
            (
                "“This notice should make every loyalty scheme in the country read its own small print,” he said.",
                "Riaan Oppermanstad",
                "said",
                "",
            ),
        ],
        [
            (
                "The two advertising firms named in the notice, Klikvlei Media (Pty) Ltd and Adspoor Digital, have 30 days to delete the data they received.",
                "",
                "",
                "W",
            ),
            (
                "Neither firm replied to questions sent on Tuesday.",
                "Neither firm",
                "replied to questions",
                "",
            ),
        ],
        [
            (
                "Members can ask the chain for a copy of the data it holds on them, and can ask for it to be deleted, by emailing its information officer.",
                "",
                "",
                "",
            )
        ],
        [
            ("Got a money question?", "", "", "B"),
            (
                "Send it to Ask Randwise and our experts may answer it in a future column.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This article is for information only and does not constitute financial or legal advice.",
                "",
                "",
                "B",
            ),
            (
                "Speak to a registered adviser before making decisions about your money.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Randwise may receive a fee when you apply for products through links on this page.",
                "",
                "",
                "B",
            )
        ],
        [("Related", "", "", "B")],
        [
            (
                "Medical aid contributions to rise by an average of 9.6% in 2027",
                "",
                "",
                "B",
            )
        ],
        [("How to opt out of marketing calls in five steps", "", "", "B")],
        [
            ("© 2027 Randwise Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About | Advertise | PAIA manual | Privacy | Terms", "", "", "B")],
    ],
    [
        [("KIPIMO BUSINESS", "", "", "B")],
        [
            (
                "News     Markets     Companies     Tech     Opinion     Counties     Podcasts",
                "",
                "",
                "B",
            )
        ],
        [("Business > Media", "", "", "B")],
        [
            ("This is a Kipimo Premium story.", "", "", "B"),
            (
                "Subscribe for Sh99 for your first month to read it and every other premium story, plus the daily e-paper.",
                "",
                "",
                "B",
            ),
            ("Already a subscriber? Log in to continue reading.", "", "", "B"),
        ],
        [("SUBSCRIBE NOW     LOG IN", "", "", "B")],
        [
            (
                "Nairobi newsletter Mtaani Brief passes 18,200 paying subscribers, raises Sh120m",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Founder says email is “the last place online where readers still pay attention”",
                "Wambui Njambura-Gathongo",
                "says",
                "",
            )
        ],
        [("By Kiprono Cheruiyotte", "", "", "B")],
        [("Monday, March 15, 2027 — 6:00 am EAT", "", "", "B")],
        [("Share     X     Facebook     LinkedIn     WhatsApp", "", "", "B")],
        [
            ("The Mtaani Brief team at their office in Kilimani, Nairobi.", "", "", ""),
            ("PHOTO | KIPIMO BUSINESS", "", "", "B"),
        ],
        [
            (
                "Mtaani Brief, a Nairobi company that sends a daily email newsletter about Kenyan politics and business, has passed 18,200 paying subscribers and raised Sh120 million from a Lagos-based venture fund, its founder said on Sunday.",
                "Wambui Njambura-Gathongo",
                "said",
                "W",
            )
        ],
        [
            (
                "Subscribers pay Sh500 a month or Sh5,000 a year and can cancel at any time from a link at the foot of every email.",
                "",
                "",
                "W",
            ),
            (
                "A free edition goes out every Monday to about 96,000 readers.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Founder Wambui Njambura-Gathongo, a former newspaper business editor, said the company made Sh81 million in revenue in 2026, up from Sh29 million in 2025, and had its first profitable quarter at the end of the year.",
                "Wambui Njambura-Gathongo",
                "said",
                "W",
            ),
            (
                "“Every email has an unsubscribe button, and we watch that number more than any other,” she said.",
                "Wambui Njambura-Gathongo",
                "said",
                "",
            ),
        ],
        [
            (
                "“If people leave, it's because we bored them.",
                "Wambui Njambura-Gathongo",
                "said",
                "",
            ),
            ("Nobody is locked in.”", "Wambui Njambura-Gathongo", "said", ""),
        ],
        [
            (
                "Obiageli Folarinwa, managing partner of the fund, Ebonlake Ventures, said in an emailed response that the investment bought it a 20% stake.",
                "Obiageli Folarinwa",
                "said in an emailed response",
                "W",
            )
        ],
        [
            (
                "Kipimo Business Summit 2027: the future of Kenyan media and advertising.",
                "",
                "",
                "B",
            ),
            (
                "Join editors, founders and advertisers at the Ukumbi Convention Hall on April 22.",
                "",
                "",
                "B",
            ),
            ("Book your seat before March 31 to save 30%.", "", "", "B"),
        ],
        [
            (
                "Media analyst Jeptoo Ruwaichi cautioned that paid newsletters were still a small business next to radio and television.",
                "Jeptoo Ruwaichi",
                "cautioned",
                "",
            ),
            (
                "She said fewer than ten Kenyan newsletters had more than 1,000 paying readers.",
                "Jeptoo Ruwaichi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Collins Kibichoi, a bank analyst in Westlands, said he had paid for the newsletter since its first month in 2023.",
                "Collins Kibichoi",
                "said",
                "W",
            ),
            (
                "“It's the only email I open before my coffee!” he said.",
                "Collins Kibichoi",
                "said",
                "",
            ),
        ],
        [
            (
                "Kenya had 51.2 million mobile internet subscriptions at the end of December, according to the Communications Authority.",
                "the Communications Authority",
                "according to",
                "W",
            )
        ],
        [
            ("Want the day's business news before 7am?", "", "", "B"),
            ("Sign up for the Kipimo Morning Note, our free newsletter.", "", "", "B"),
            ("We send it every weekday, and you can opt out at any time.", "", "", "B"),
        ],
        [
            ("Follow Kipimo Business on WhatsApp.", "", "", "B"),
            ("Tap the link to join our channel.", "", "", "B"),
        ],
        [
            (
                "ALSO READ: Radio station group cuts 60 jobs as ad spending falls",
                "",
                "",
                "B",
            )
        ],
        [("More from Business", "", "", "B")],
        [("Mobile operator Telkanga to list on NSE in June", "", "", "B")],
        [
            (
                "Coffee prices at Nairobi auction rise 12% on Ethiopian shortage",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2027 Kipimo Media Group Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About Us | Advertise | Terms | Privacy | Contact", "", "", "B")],
    ],
    [
        [("THE SEVENTH STOREY", "", "", "B")],
        [("Society / Heartland / Ageing / Money / Opinion / Support Us", "", "", "B")],
        [("HEARTLAND", "", "", "B")],
        [
            ("We are an independent magazine funded by our readers.", "", "", "B"),
            (
                "No billionaire owns us and no advertiser tells us what to write.",
                "",
                "",
                "B",
            ),
            (
                "If you can spare S$8 a month, you help keep every story free.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Meals-for-seniors charity raises S$1.34 million in its biggest online giving drive",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Donors gave more, and more often, after a viral video of a 91-year-old opening her lunch box.",
                "",
                "",
                "",
            )
        ],
        [("By Cheryl Phuaseng", "", "", "B")],
        [("9 Mar 2027, 07:30 AM SGT", "", "", "B")],
        [("Share     Facebook     Telegram     WhatsApp     Copy link", "", "", "B")],
        [
            (
                "Volunteers load lunch boxes into a van at the Warmplate kitchen in Ang Mo Kio.",
                "",
                "",
                "",
            ),
            ("PHOTO: THE SEVENTH STOREY / Darren Kwekbeng", "", "", "B"),
        ],
        [
            (
                "Warmplate, a charity that delivers cooked meals to elderly people living alone, raised S$1.34 million from about 8,900 donors in a four-week online drive that ended on Feb 28, the charity said.",
                "the charity",
                "said",
                "W",
            )
        ],
        [
            (
                "Donations of S$50 or more to Warmplate qualify for a 250 per cent tax deduction because it is an Institution of a Public Character.",
                "",
                "",
                "W",
            ),
            (
                "Donors who want a tax receipt must give their NRIC number when they donate.",
                "",
                "",
                "",
            ),
            (
                "The charity says it does not pass donors' details to anyone else.",
                "The charity",
                "says",
                "W",
            ),
        ],
        [
            (
                "Its executive director, Evangeline Sohbeng, said the money would pay for about 420,000 meals, enough for its 1,150 clients until the middle of 2028.",
                "Evangeline Sohbeng",
                "said",
                "W",
            ),
            (
                "“A meal is the reason we knock on the door, but what they really want is for someone to knock,” she said.",
                "Evangeline Sohbeng",
                "said",
                "",
            ),
        ],
        [
            (
                "This story is part of Growing Old Here, a series supported by the Thornsby Foundation.",
                "",
                "",
                "B",
            ),
            (
                "The foundation had no say in which stories we chose or what we wrote.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "“I saw the video on the bus and I gave before I got off,” said Rosalind Teohwah, 34, an accountant who made her first donation to the charity.",
                "Rosalind Teohwah",
                "said",
                "",
            )
        ],
        [
            (
                "A spokesperson for the Ministry of Social and Family Development said in reply to queries that the number of seniors aged 65 and above living alone rose to 79,000 in 2026.",
                "A spokesperson for the Ministry of Social and Family Development",
                "said in reply to queries",
                "W",
            )
        ],
        [
            (
                "Retired bus captain Arumugam Selvakkani, 68, said he had driven the Tuesday delivery round in Toa Payoh for five years.",
                "Arumugam Selvakkani",
                "said",
                "W",
            ),
            (
                "“Some of them wait at the door from 11 o'clock... and we only come at 12,” he said.",
                "Arumugam Selvakkani",
                "said",
                "",
            ),
        ],
        [
            (
                "Online donations made up 62 per cent of all gifts to charities in Singapore last year, up from 41 per cent in 2021, according to the National Council of Social Service.",
                "the National Council of Social Service",
                "according to",
                "W",
            )
        ],
        [
            (
                "Correction: An earlier version of this article said Warmplate had 1,500 clients.",
                "",
                "",
                "B",
            ),
            ("It has 1,150, and we have amended the story.", "", "", "B"),
        ],
        [
            ("We welcome comments that add to the conversation.", "", "", "B"),
            (
                "Comments are reviewed before they are published and may be edited for length.",
                "",
                "",
                "B",
            ),
            (
                "We do not publish comments that are racist, sexist or attack other readers.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "We use cookies to remember your preferences and to understand how readers use this site.",
                "",
                "",
                "B",
            ),
            ("See our privacy policy for details.", "", "", "B"),
        ],
        [("Got it", "", "", "B")],
        [("More stories", "", "", "B")],
        [("Why more HDB flats are being shared by two elderly strangers", "", "", "B")],
        [("Ageing in place: the void-deck clinics that close at 5pm", "", "", "B")],
        [
            ("© 2027 Seventh Storey Media Pte. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About / Masthead / Support Us / Contact / Privacy", "", "", "B")],
    ],
    [
        [("THE EKOPULSE", "", "", "B")],
        [
            (
                "Home | News | Politics | Metro | Business | Sport | Entertainment | Opinion",
                "",
                "",
                "B",
            )
        ],
        [("NEWS", "", "", "B")],
        [
            (
                "Court orders blog to delete 46 comments on Senator Adeyorunmi, reveal commenters' phone numbers",
                "",
                "",
                "W",
            )
        ],
        [("By Chukwunonso Orjiakor", "", "", "B")],
        [("March 10, 2027", "", "", "B")],
        [("Share on Facebook     Share on X     Share on WhatsApp", "", "", "B")],
        [("3 minutes read", "", "", "B")],
        [
            (
                "Senator Olufemi Adeyorunmi at a committee hearing in Abuja last year.",
                "",
                "",
                "",
            ),
            ("Photo: Ekopulse/File", "", "", "B"),
        ],
        [
            (
                "ABUJA — A Federal High Court in Abuja on Tuesday ordered the political blog Naijaforumwatch to delete 46 readers' comments about the senator representing Oyo South, Olufemi Adeyorunmi, within seven days.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Justice Adaobi Chidiebube held that the comments, posted between August and October 2026, accused the senator of crimes “without a shred of evidence” and were capable of being defamatory.",
                "Adaobi Chidiebube",
                "held",
                "W",
            ),
            (
                "She also ordered the blog to give the court the phone numbers and email addresses that 19 of the commenters used to register on the site.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Counsel to the senator, Babatunde Adebamigbe, SAN, told the court that the comments had been shared more than 12,000 times on social media.",
                "Babatunde Adebamigbe",
                "told the court",
                "W",
            )
        ],
        [
            (
                "The blog's publisher, Ifeanyi Ekwuribe, said he would appeal.",
                "Ifeanyi Ekwuribe",
                "said",
                "",
            ),
            (
                "He said the site received about 3,000 comments a day and had two moderators.",
                "Ifeanyi Ekwuribe",
                "said",
                "W",
            ),
            (
                "“Are we now to be jailed for what readers write at midnight?” he asked.",
                "Ifeanyi Ekwuribe",
                "asked",
                "",
            ),
        ],
        [
            ("Quality journalism costs money.", "", "", "B"),
            (
                "The Ekopulse does not take money from politicians or government, and we depend on readers to keep reporting without fear or favour.",
                "",
                "",
                "B",
            ),
            (
                "Support us with any amount through our account: Ekopulse Media Foundation, 0123987456, Zenthra Bank.",
                "",
                "",
                "B",
            ),
            ("Thank you.", "", "", "B"),
        ],
        [
            (
                "The blog's comment policy says readers “are solely responsible for their comments” and that the site “does not endorse the views of commenters”.",
                "The blog's comment policy",
                "says",
                "W",
            )
        ],
        [
            (
                "In a statement on Wednesday, Digital Rights Watch Nigeria said the order to reveal commenters' details would “chill free expression across Nigerian websites”.",
                "Digital Rights Watch Nigeria",
                "said",
                "",
            ),
            (
                "The group said it would apply to join the appeal as a friend of the court.",
                "Digital Rights Watch Nigeria",
                "said",
                "",
            ),
        ],
        [
            (
                "Barr. Temitope Adesanmiye, a Lagos lawyer who has handled online defamation cases, said it was the first time she knew of a Nigerian court ordering a blog to hand over commenters' contact details.",
                "Temitope Adesanmiye",
                "said",
                "W",
            )
        ],
        [
            (
                "The senator first wrote to the blog demanding that the comments be removed on November 2, 2026, according to court documents.",
                "court documents",
                "according to",
                "W",
            )
        ],
        [
            (
                "The matter was adjourned to April 21 for a report on compliance.",
                "",
                "",
                "W",
            )
        ],
        [
            ("Join The Ekopulse WhatsApp channel for breaking news.", "", "", "B"),
            ("You can also follow us on Telegram.", "", "", "B"),
        ],
        [
            (
                "Disclaimer: comments and opinions expressed by readers on this website are theirs alone and do not reflect the views of The Ekopulse.",
                "",
                "",
                "B",
            ),
            (
                "Comments that are abusive, defamatory or tribal will be deleted.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Copyright warning: all content on this website is protected.",
                "",
                "",
                "B",
            ),
            (
                "No part of it may be reproduced, rewritten or redistributed without prior written permission from The Ekopulse.",
                "",
                "",
                "B",
            ),
            ("Contact: info@theekopulse.ng.", "", "", "B"),
        ],
        [("RELATED", "", "", "B")],
        [
            (
                "Senate passes bill on social media regulation at second reading",
                "",
                "",
                "B",
            )
        ],
        [("Court fines TV station ₦10m over report on governor's aide", "", "", "B")],
        [
            ("© 2027 Ekopulse Media Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About | Advertise | Privacy Policy | Contact Us", "", "", "B")],
    ],
    [
        [("ADWATCH MALAYSIA", "", "", "B")],
        [
            (
                "News     Media     Marketing     Agencies     Digital     Awards     Jobs",
                "",
                "",
                "B",
            )
        ],
        [("MEDIA", "", "", "B")],
        [
            ("Create a free account to read this story.", "", "", "B"),
            (
                "Registered readers get five stories a month, our daily bulletin and early access to awards entries.",
                "",
                "",
                "B",
            ),
            ("Signing up takes 30 seconds.", "", "", "B"),
        ],
        [("Create account     Log in", "", "", "B")],
        [
            (
                "The Peninsula Chronicle to print its last edition on March 31 after 52 years",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Publisher says the daily will go online only as print sales fall below 21,000 copies",
                "Serimaju Media Group",
                "says",
                "W",
            )
        ],
        [("By Nurul Syafiqah Kamaruzzakri", "", "", "B")],
        [("March 12, 2027 | 4:15 pm", "", "", "B")],
        [("Share     Facebook     LinkedIn     X", "", "", "B")],
        [
            (
                "The Peninsula Chronicle's printing plant in Shah Alam, which will be sold.",
                "",
                "",
                "",
            ),
            ("PHOTO: ADWATCH MALAYSIA", "", "", "B"),
        ],
        [
            (
                "KUALA LUMPUR: The English daily The Peninsula Chronicle will print its last edition on March 31, 52 years after its first, and continue as a website and app only, its publisher Serimaju Media Group said on Thursday.",
                "Serimaju Media Group",
                "said",
                "W",
            )
        ],
        [
            (
                "Print subscribers will receive a refund for unused issues by April 30, or can switch to a digital subscription at no extra cost for six months, the company said in a notice to readers.",
                "the company",
                "said in a notice to readers",
                "W",
            ),
            (
                "It said readers could call its customer care line at 1-300-88-4417 between 9am and 6pm on weekdays.",
                "the company",
                "said",
                "",
            ),
        ],
        [
            (
                "Group chief executive Datuk Harikrishnan Velupillaiyar said the paper sold an average of 20,700 copies a day in 2026, down from 183,000 in 1998.",
                "Harikrishnan Velupillaiyar",
                "said",
                "W",
            ),
            (
                "“We are not closing a newspaper, we are closing a printing press,” he said.",
                "Harikrishnan Velupillaiyar",
                "said",
                "",
            ),
        ],
        [
            ("“The journalism stays.", "Harikrishnan Velupillaiyar", "said", ""),
            (
                "The ink and the lorries do not.”",
                "Harikrishnan Velupillaiyar",
                "said",
                "",
            ),
        ],
        [
            (
                "The printing plant, owned by the subsidiary Serimaju Print Sdn Bhd, will be sold, and 142 staff have been offered voluntary separation packages by Serimaju Media Group Bhd.",
                "",
                "",
                "W",
            ),
            (
                "The group said no journalists would lose their jobs.",
                "The group",
                "said",
                "",
            ),
        ],
        [
            (
                "The secretary of the journalists' union branch at the paper, Kalaivani Thirunavukkarasan, said 38 of the 142 workers offered packages were in the printing plant's distribution team.",
                "Kalaivani Thirunavukkarasan",
                "said",
                "W",
            ),
            (
                "She said the union wanted written assurances for the newsroom.",
                "Kalaivani Thirunavukkarasan",
                "said",
                "",
            ),
        ],
        [
            (
                "Sponsored content on Adwatch Malaysia is marked as “Partner”.",
                "",
                "",
                "B",
            ),
            (
                "It is paid for by advertisers and is not written by our newsroom.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Listen to Off The Record, Adwatch's podcast on Malaysian media.",
                "",
                "",
                "B",
            ),
            (
                "In this month's episode, three newsroom bosses talk about life after print.",
                "",
                "",
                "B",
            ),
            ("Search for it on Spotify or Apple Podcasts.", "", "", "B"),
        ],
        [
            (
                "Assoc Prof Dr Sharifah Maszlee, a media researcher at Universiti Teknologi Mara, said the Chronicle was the fourth Malaysian daily to stop printing since 2020.",
                "Sharifah Maszlee",
                "said",
                "W",
            ),
            (
                "She said older readers in smaller towns would be hit hardest.",
                "Sharifah Maszlee",
                "said",
                "",
            ),
        ],
        [
            (
                "Newsagent Lim Poh Khuay, who has run a stall in Petaling Jaya since 1987, said she still sold about 40 copies of the Chronicle every morning.",
                "Lim Poh Khuay",
                "said",
                "W",
            ),
            (
                "“What will my uncles read with their roti now?” she asked.",
                "Lim Poh Khuay",
                "asked",
                "",
            ),
        ],
        [
            (
                "Total print sales of Malaysia's English-language dailies fell 61% between 2015 and 2025, according to the Audit Bureau of Circulations.",
                "the Audit Bureau of Circulations",
                "according to",
                "W",
            )
        ],
        [
            ("Get the Adwatch Daily Bulletin.", "", "", "B"),
            (
                "Media, marketing and agency news in your inbox at 8am, Monday to Friday.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Nurul Syafiqah Kamaruzzakri covers media and publishing for Adwatch Malaysia.",
                "",
                "",
                "B",
            ),
            (
                "She was previously a reporter at a Malay-language daily in Johor Bahru.",
                "",
                "",
                "B",
            ),
        ],
        [("More news", "", "", "B")],
        [("Radio network cuts two stations in Sabah merger", "", "", "B")],
        [("Malaysia's ad spend rose 4.2% in 2026, agencies say", "", "", "B")],
        [
            ("© 2027 Adwatch Publishing Sdn. Bhd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About     Advertise     Contact     Privacy Policy", "", "", "B")],
    ],
]

CASES = [
    (
        "n118-eng-ltd-under",
        "Tillingrave Notify is run for the council by the software firm Tanvey Digital Ltd. Under the contract, the firm may not use residents' email addresses for marketing or keep them after the contract ends, a council report says.",
        [
            "Tillingrave Notify is run for the council by the software firm Tanvey Digital Ltd.",
            "Under the contract, the firm may not use residents' email addresses for marketing or keep them after the contract ends, a council report says.",
        ],
    ),
    (
        "n118-eng-before-ellipsis",
        "Pensioner Wilfreda Gamblethorpe, 79, of Whinfell Lane, said she had signed up for bin alerts after missing two collections over Christmas. “My grandson set it up on my phone in five minutes,” she said. “Now it tells me the night before... and it hasn't been wrong yet.”",
        [
            "Pensioner Wilfreda Gamblethorpe, 79, of Whinfell Lane, said she had signed up for bin alerts after missing two collections over Christmas.",
            "“My grandson set it up on my phone in five minutes,” she said.",
            "“Now it tells me the night before... and it hasn't been wrong yet.”",
        ],
    ),
    (
        "n118-eng-cookie-block",
        "We value your privacy. The Gazette and our 143 partners store and access information on your device, such as cookies, to run this website, measure how it is used and show you adverts that suit your interests. Some of our partners process your data on the basis of legitimate interest, which you can object to at any time. Click “Accept all” to agree, or “Manage options” to choose what you allow.",
        [
            "We value your privacy.",
            "The Gazette and our 143 partners store and access information on your device, such as cookies, to run this website, measure how it is used and show you adverts that suit your interests.",
            "Some of our partners process your data on the basis of legitimate interest, which you can object to at any time.",
            "Click “Accept all” to agree, or “Manage options” to choose what you allow.",
        ],
    ),
    (
        "n118-eng-ltd-registered-no",
        "The Tillingrave Gazette is published by Pellshire Newspapers Ltd. Registered in England No. 04418263.",
        [
            "The Tillingrave Gazette is published by Pellshire Newspapers Ltd.",
            "Registered in England No. 04418263.",
        ],
    ),
    (
        "n118-ie-dac-registered",
        "© 2027 Hibernian Record DAC. Registered office: 41 Fennacre Row, Dublin 2.",
        [
            "© 2027 Hibernian Record DAC.",
            "Registered office: 41 Fennacre Row, Dublin 2.",
        ],
    ),
    (
        "n118-ie-banner-quote",
        "The banner told visitors that “we and our 212 partners use cookies to personalise your experience and show you relevant offers”, the decision records. Refusing all cookies took five clicks across two screens, while accepting them took one, the decision says.",
        [
            "The banner told visitors that “we and our 212 partners use cookies to personalise your experience and show you relevant offers”, the decision records.",
            "Refusing all cookies took five clicks across two screens, while accepting them took one, the decision says.",
        ],
    ),
    (
        "n118-ie-solicitor-chain",
        "Cathal Ormondsby, a data protection solicitor at the Dublin firm Mullenvane Kilfedder, said the fine would be read across the industry as a warning. He said it was the fourth decision on cookie banners the commission had published since 2023. “Nobody can say now that they didn't know the rules,” he said.",
        [
            "Cathal Ormondsby, a data protection solicitor at the Dublin firm Mullenvane Kilfedder, said the fine would be read across the industry as a warning.",
            "He said it was the fourth decision on cookie banners the commission had published since 2023.",
            "“Nobody can say now that they didn't know the rules,” he said.",
        ],
    ),
    (
        "n118-ie-statement-it-said",
        "Stallgate's chief executive, Gráinne Farrissey, said in a statement that the company “respects the privacy of every fan” and would study the decision carefully. It said the banner had been replaced in July 2025 with one that offers “Accept all” and “Reject all” on the same screen.",
        [
            "Stallgate's chief executive, Gráinne Farrissey, said in a statement that the company “respects the privacy of every fan” and would study the decision carefully.",
            "It said the banner had been replaced in July 2025 with one that offers “Accept all” and “Reject all” on the same screen.",
        ],
    ),
    (
        "n118-us-tried-everything",
        "“We tried everything: a website, a price increase, a digital edition, even a coffee mug. People liked us, but they didn't pay for us.”",
        [
            "“We tried everything: a website, a price increase, a digital edition, even a coffee mug.",
            "People liked us, but they didn't pay for us.”",
        ],
    ),
    (
        "n118-us-donation-appeal",
        "The Sodline is a nonprofit newsroom, and our reporting is free to read because readers like you chip in. We don't run a paywall and we never will. A gift of any size pays for reporters to drive the miles that national outlets skip. Donations are tax-deductible to the extent allowed by law.",
        [
            "The Sodline is a nonprofit newsroom, and our reporting is free to read because readers like you chip in.",
            "We don't run a paywall and we never will.",
            "A gift of any size pays for reporters to drive the miles that national outlets skip.",
            "Donations are tax-deductible to the extent allowed by law.",
        ],
    ),
    (
        "n118-us-republish-license",
        "Republish this story for free. We license our articles under a Creative Commons Attribution-NoDerivatives 4.0 license, so you may republish them online or in print as long as you credit The Sodline and do not edit the text. Photos are not included unless we say so.",
        [
            "Republish this story for free.",
            "We license our articles under a Creative Commons Attribution-NoDerivatives 4.0 license, so you may republish them online or in print as long as you credit The Sodline and do not edit the text.",
            "Photos are not included unless we say so.",
        ],
    ),
    (
        "n118-us-fundraiser-returned",
        "An online fundraiser started in January by a retired teacher, Loretta Faircombe, raised $41,870 from 612 donors, short of the $250,000 the family had said it needed to keep printing through 2028. “I'm not sorry we tried,” Faircombe said. She said the money would be returned to donors by the end of March.",
        [
            "An online fundraiser started in January by a retired teacher, Loretta Faircombe, raised $41,870 from 612 donors, short of the $250,000 the family had said it needed to keep printing through 2028.",
            "“I'm not sorry we tried,” Faircombe said.",
            "She said the money would be returned to donors by the end of March.",
        ],
    ),
    (
        "n118-ca-inc-chain",
        "Among the businesses that have changed their sign-up pages is Tensly Fitness Inc. The chain, which has 14 gyms in Manitoba, said in an email that members had been able to cancel online since January.",
        [
            "Among the businesses that have changed their sign-up pages is Tensly Fitness Inc.",
            "The chain, which has 14 gyms in Manitoba, said in an email that members had been able to cancel online since January.",
        ],
    ),
    (
        "n118-ca-st-vital-exclaim",
        "Cordelia Fenstermeyer of St. Vital said she had paid $47.99 a month for 11 months for a gym she stopped going to, because cancelling required a visit during weekday office hours. “I work nights, so that was never going to happen!” she said.",
        [
            "Cordelia Fenstermeyer of St. Vital said she had paid $47.99 a month for 11 months for a gym she stopped going to, because cancelling required a visit during weekday office hours.",
            "“I work nights, so that was never going to happen!” she said.",
        ],
    ),
    (
        "n118-au-justice-orders",
        "A Supreme Court judge in Sydney has ordered a regional news website to disable reader comments on 14 articles about a murder trial after readers used the comment sections to name a witness whose identity is suppressed. Justice Ambrose Kellambry made the orders on Thursday against Ballarine Today, a free news site that covers the Ballarine district in the state's central west.",
        [
            "A Supreme Court judge in Sydney has ordered a regional news website to disable reader comments on 14 articles about a murder trial after readers used the comment sections to name a witness whose identity is suppressed.",
            "Justice Ambrose Kellambry made the orders on Thursday against Ballarine Today, a free news site that covers the Ballarine district in the state's central west.",
        ],
    ),
    (
        "n118-au-team-of-four",
        "“But we are a team of four people. Nobody is watching the site at 2am.”",
        ["“But we are a team of four people.", "Nobody is watching the site at 2am.”"],
    ),
    (
        "n118-au-pty-abn",
        "© 2027 Bench & Bar Media Pty Ltd. ABN 61 604 219 337.",
        ["© 2027 Bench & Bar Media Pty Ltd.", "ABN 61 604 219 337."],
    ),
    (
        "n118-nz-donated-depot",
        "Every $10 donated buys about four meals, the trust says. Donations can be left at the depot on Karamu Lane between 9am and 3pm on weekdays, or made online through the trust's website.",
        [
            "Every $10 donated buys about four meals, the trust says.",
            "Donations can be left at the depot on Karamu Lane between 9am and 3pm on weekdays, or made online through the trust's website.",
        ],
    ),
    (
        "n118-nz-shelf-ellipsis",
        "Matiu Faleolotu, who has volunteered at the pantry through his church for six years, said he had never before seen it run out of baby formula. “Last Tuesday we had nothing on the shelf... and mums were coming in with babies on their hip,” he said.",
        [
            "Matiu Faleolotu, who has volunteered at the pantry through his church for six years, said he had never before seen it run out of baby formula.",
            "“Last Tuesday we had nothing on the shelf... and mums were coming in with babies on their hip,” he said.",
        ],
    ),
    (
        "n118-in-pvt-ltd-am",
        "The app was built for the corporation by the Bengaluru firm Tarangwadi Softlabs Pvt. Ltd. under a ₹14.6 crore contract. The company said in a statement that traffic between 8 a.m. and 9 a.m. on Tuesday was six times what it had been told to plan for.",
        [
            "The app was built for the corporation by the Bengaluru firm Tarangwadi Softlabs Pvt. Ltd. under a ₹14.6 crore contract.",
            "The company said in a statement that traffic between 8 a.m. and 9 a.m. on Tuesday was six times what it had been told to plan for.",
        ],
    ),
    (
        "n118-in-decimal-asked",
        "Mohanraj Gubbiyappa, a software tester who takes the 7.40 a.m. bus from Jayanagar, said the app had failed to load on three of his first five mornings. “What is the use of a digital ticket if the conductor is asking for cash anyway?” he asked.",
        [
            "Mohanraj Gubbiyappa, a software tester who takes the 7.40 a.m. bus from Jayanagar, said the app had failed to load on three of his first five mornings.",
            "“What is the use of a digital ticket if the conductor is asking for cash anyway?” he asked.",
        ],
    ),
    (
        "n118-in-app-listing",
        "The Yatrika app, launched on March 1 by the state-run Karnataka Road Transport Corporation, was downloaded about 2.3 lakh times in its first seven days, the corporation said on Sunday. The app, available on Android and iOS, lets commuters buy bus tickets and monthly passes with UPI and track 6,400 buses in real time. Users register with a mobile number and a one-time password, and can save up to four passengers' details.",
        [
            "The Yatrika app, launched on March 1 by the state-run Karnataka Road Transport Corporation, was downloaded about 2.3 lakh times in its first seven days, the corporation said on Sunday.",
            "The app, available on Android and iOS, lets commuters buy bus tickets and monthly passes with UPI and track 6,400 buses in real time.",
            "Users register with a mobile number and a one-time password, and can save up to four passengers' details.",
        ],
    ),
    (
        "n118-za-adv-inc",
        "Adv. Riaan Oppermanstad, a privacy specialist at the Sandton firm Oppermanstad Qwabekile Inc., said the regulator can fine a company up to R10 million for failing to comply with an enforcement notice. “This notice should make every loyalty scheme in the country read its own small print,” he said.",
        [
            "Adv. Riaan Oppermanstad, a privacy specialist at the Sandton firm Oppermanstad Qwabekile Inc., said the regulator can fine a company up to R10 million for failing to comply with an enforcement notice.",
            "“This notice should make every loyalty scheme in the country read its own small print,” he said.",
        ],
    ),
    (
        "n118-za-pty-neither",
        "The two advertising firms named in the notice, Klikvlei Media (Pty) Ltd and Adspoor Digital, have 30 days to delete the data they received. Neither firm replied to questions sent on Tuesday.",
        [
            "The two advertising firms named in the notice, Klikvlei Media (Pty) Ltd and Adspoor Digital, have 30 days to delete the data they received.",
            "Neither firm replied to questions sent on Tuesday.",
        ],
    ),
    (
        "n118-ke-coffee-exclaim",
        "Collins Kibichoi, a bank analyst in Westlands, said he had paid for the newsletter since its first month in 2023. “It's the only email I open before my coffee!” he said.",
        [
            "Collins Kibichoi, a bank analyst in Westlands, said he had paid for the newsletter since its first month in 2023.",
            "“It's the only email I open before my coffee!” he said.",
        ],
    ),
    (
        "n118-sg-correction-note",
        "Correction: An earlier version of this article said Warmplate had 1,500 clients. It has 1,150, and we have amended the story.",
        [
            "Correction: An earlier version of this article said Warmplate had 1,500 clients.",
            "It has 1,150, and we have amended the story.",
        ],
    ),
    (
        "n118-sg-pte-ltd",
        "© 2027 Seventh Storey Media Pte. Ltd. All rights reserved.",
        ["© 2027 Seventh Storey Media Pte. Ltd.", "All rights reserved."],
    ),
    (
        "n118-ng-publisher-asked",
        "The blog's publisher, Ifeanyi Ekwuribe, said he would appeal. He said the site received about 3,000 comments a day and had two moderators. “Are we now to be jailed for what readers write at midnight?” he asked.",
        [
            "The blog's publisher, Ifeanyi Ekwuribe, said he would appeal.",
            "He said the site received about 3,000 comments a day and had two moderators.",
            "“Are we now to be jailed for what readers write at midnight?” he asked.",
        ],
    ),
    (
        "n118-my-sdn-bhd-group",
        "The printing plant, owned by the subsidiary Serimaju Print Sdn Bhd, will be sold, and 142 staff have been offered voluntary separation packages by Serimaju Media Group Bhd. The group said no journalists would lose their jobs.",
        [
            "The printing plant, owned by the subsidiary Serimaju Print Sdn Bhd, will be sold, and 142 staff have been offered voluntary separation packages by Serimaju Media Group Bhd.",
            "The group said no journalists would lose their jobs.",
        ],
    ),
    (
        "n118-my-datuk-press",
        "Group chief executive Datuk Harikrishnan Velupillaiyar said the paper sold an average of 20,700 copies a day in 2026, down from 183,000 in 1998. “We are not closing a newspaper, we are closing a printing press,” he said.",
        [
            "Group chief executive Datuk Harikrishnan Velupillaiyar said the paper sold an average of 20,700 copies a day in 2026, down from 183,000 in 1998.",
            "“We are not closing a newspaper, we are closing a printing press,” he said.",
        ],
    ),
]
