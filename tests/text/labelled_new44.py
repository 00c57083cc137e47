"""Forty-fourth set of new hand-labelled pages for the hint engines (tuning set, round twenty-two): whole pages from kinds of web page the earlier sets are thin on, with the furniture they really carry.

Written from scratch for issue 13 in round twenty-two, before any rule was tuned on them and without
looking at the engine's code or output (neither `claimreview/` nor the scorer's results were opened,
and no test, scorer or engine was run; only an import of this file and `build` were tried, to check
its structure and the split cases). The format and the conventions were read from the docstrings of
`labelled_new.py`, `labelled_new2.py`, `labelled_new40.py`, `labelled_new41.py` and
`labelled_new43.py`, a few of their pages, and `labelled_articles.build`. Every person, place,
organisation, outlet, wire service, company, product, programme, show and number is invented
(Australia, Victoria, New South Wales, Melbourne, the United States, Ohio, Pennsylvania, Texas,
Austin, Mexico, England, Scotland, Wales, Canada, Nova Scotia, Ireland, Dublin and the Irish
counties, South Africa, Cape Town, India, Maharashtra, Pune, Nigeria, Lagos, New Zealand, Wellington,
Singapore and Perth appear only as settings, and generic institutions such as "the Bureau of
Meteorology", "the Commissioner of Railway Safety", "Medicaid", "Parliament", "NASDAQ", the Securities
Act of 1933 and "the Certificate of Entitlement" only as settings). No surname, town, outlet or company
of any file under `tests/` is reused: every capitalised word of these pages, the parts of
double-barrelled and hyphenated names included, was checked as a whole word over the whole `tests/`
tree, and every hit that was a surname, town, river, outlet, wire, airline, bank or company was
changed (first names and common words recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line is a paragraph of its own. The twelve pages, from ten countries:
(1) an Australian national site's live blog on a bushfire crossing a containment line (LIVE label,
"Key events", "Show key events only", the JavaScript notice, a pinned "What we know so far" post,
time stamps, "Key event" labels, entry bylines, two embedded social posts pasted as lines: name,
@handle, text, time-and-date line, repost counts, "Read 96 replies"; "Load more", "Back to top");
(2) a US newswire's press-release page on a plant opening (wire masthead, "News provided by", the
dateline with "/Lanternfeed/ --", the chief executive's and a county official's quotes, the "About"
boilerplate, a forward-looking statements block, media and investor contacts with phone numbers and
emails, "SOURCE", related links, "Also from this source"); (3) a UK government department's press
release on coastal-erosion funding (cookie banner, "From:" and "Published" lines, "MP said:" with
the quote on the next lines, a numbered list of schemes, "Notes to editors", the page-feedback
prompt, the licence line and Crown copyright); (4) a Canadian university's research news page on
lake-ice loss (audience menus, crumb, caption with bracketed credit, hedged and firm findings, a
question subhead, the funding line and the paper reference, "Media contact" with phone and email,
"Related stories", tags, the land acknowledgement and the address line); (5) an Irish tabloid's
celebrity-court story (kicker in capitals, gallery counters "1/12", "2/12", "3/12", captions with
"Credit:", a lead whose first word is in capitals, "Read more:" links in the middle of the story, a
question before "the judge asked", a statement posted to followers, a story-tip line, "143
comments", "Sort by newest", commenters' names, ages of comments, their posts and like counts);
(6) a Texas TV station's page on a rural hospital ending births (watch-live prompts, the weather
strip and alert, the lead video's title and running time, "Author:" and CDT stamps, a dateline with
an em dash, "More videos" with running times, tip line, app promo, seven-day forecast, public-file
footer); (7) a South African explainer on water restrictions with question subheads answered in
turn ("Here is what you need to know.", bulleted bans, tariffs in rand and kilolitres, "vs.",
"e.g.", "Prof."); (8) an Indian site's "What we know so far" page on a footbridge collapse
(topic subheads over bullets without stops, "No. 3", initials, "Rs ... lakh", "Nov. 18", an
exclamation before "said Name", helpline line, developing-story note); (9) a Nigerian site's ferry
story with a correction appended ("Correction: An earlier version of this story said ..." and "This
article was amended on ..."); (10) a Scottish site's AMP page pasted from a phone ("Open in app",
short paragraphs, "Advertisement" and "Continue reading below" repeated, "RELATED", share icons,
"View comments (38)", numbered most-read, "View full site"); (11) a New Zealand magazine's long read
(kicker, headline and two-sentence dek, words-and-photographs line, a drop-cap first word pasted on
a line of its own, present-tense "says", pull quotes repeating sentences of the text, "— Name" lines,
"✦" breaks, issue and bio lines); (12) a Singapore business newsletter pasted from a mail client
("From:", "To:", "Date:" and "Subject:" lines, "View in browser", greeting, numbered items each with
"Read more →", a sponsor's block, "Quote of the day", sign-off, "Forwarded this email?", unsubscribe
and address footer). `STYLES` names the site, the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new43.py` and the held-out sets hold too (mastheads, menus,
crumbs, kickers, bylines and role lines, date lines, share strips, cookie banners, related and
most-read lists, tags, tip lines, app prompts, newsletter boxes, comment furniture and footers "B"
line by line; captions by content and credits "B", video running times "B", a video's title by
content; live-blog time stamps, "Pinned", "Key event(s)", "Show key events only" and entry bylines
"B", an entry's headline labelled like a headline; "What we know so far" and other topic and
question subheads "", their bullets by content; "Here is what you need to know." "B"; standfirsts
labelled like headlines, a standfirst with a full stop between two claims split; a feature's headline
and dek "" (framing); pull quotes and their "— Name" lines "B"; "said:" lines carrying the speaker;
titles, ranks and roles dropped ("Dr", "Dr.", "Prof.", "Engr.", "Mrs.", "Cllr", "MP", "Garda",
"Judge", "County Judge", "Minister of State", "Divisional Railway Manager"); a pronoun, a later
surname or a role resolved to the full name as first given, "it" for an organisation to its name as
first given; "according to X" -> X as written; "declined to comment", "did not respond to questions"
and "did not say" labelled like speech with flags ""; a quote with its cue at its end carries that
cue through all its sentences; plans, votes, orders, results, rules and published estimates "W",
spoken forecasts and hedged findings ""; a correction that states the right figure "W", a bare
update note "B"; reader-service lines "B"; glued furniture items without full stops ONE "B"
sentence).

Conventions this set had to settle, in the same spirit:

* Embedded social posts pasted into a live blog: the display-name line, the "@handle" line, the
  time-and-date line ("3:49 PM · Mar 3, 2026"), the counts ("412 Reposts   1.1K Likes") and "Read 96
  replies" are "B", like a byline, a date line and a reactions bar. The entry's lead-in ("Coobarra
  Shire Council has posted an update ...:", "Kirra Bellchamberlain, who left ..., posted this from
  the relief centre:") carries the account holder with the cue as written and is ""; the post's own
  sentences carry the same speaker and cue, as a quote introduced by "said:" does, and are labelled
  by content (a count of people on buses or in a hall "W", a feeling, an emoji line or advice "").
  "Load more", "Back to top" and the emergency-number line are "B".
* Press releases: the wire's masthead, "News provided by" and the issuer's name under it, the date
  line and "Share this article" are "B"; the release headline and subhead are labelled like a
  headline and standfirst ("W" for a plan with figures), without a speaker; the dateline with the
  wire's slash tag ("DELWICK, Pa., March 10, 2026 /Lanternfeed/ --") is part of the first sentence,
  and "Tellavane Systems, Inc. ... today announced plans ..." carries the company as written with
  "announced", "W"; the release's own unattributed sentences carry no speaker (the issuer is not
  made the speaker of every line) and are "W" where they state a figure, a plan or a date; the
  quotes carry their speakers ("said Name, title" with the title dropped). Everything from "About
  [Company]" down is "B" sentence by sentence, the boilerplate's figures included ("Founded in
  2011, the company is headquartered in Delwick, Pa." ending at "Pa."): the forward-looking
  statements block (each sentence), the contact headings, names, roles, phone numbers and emails,
  "SOURCE ...", "Related Links", the URL, "Also from this source" with its headlines and the wire's
  footer; "Candidates can register their interest at ..." is reader service, "B".
* Government press releases: "From: [department] and [minister]" and "Published ..." are byline and
  date lines, "B"; "the government announced today (11 March 2026)" carries "the government"; a
  numbered list of schemes under a lead-in sentence ("The schemes receiving the largest awards
  are:", "") is "W" item by item. "Notes to editors" is a heading, "B"; each numbered note is
  labelled by content, like body copy: background of record (the programme's total, the funding
  rules, the relocation offer, the plan it came from) "W" without a speaker, the housekeeping notes
  ("Broadcast interviews with the minister are available on request.", the press-office phone and
  email) "B". "The full list of schemes is available on this page.", "Is this page useful?", the
  feedback strip, the licence line and "© Crown copyright" are "B".
* University news: "Media contact" with its name, role and phone-and-email line, "Related stories"
  and their headlines, the tags, the land acknowledgement and the address line are "B"; the paper
  line ("The paper: T. ..., J.-P. ... et al., “...,” Freshwater Climate Letters 12 (2026).") is ONE
  "B" sentence like a journal reference, and the funding line "B". "It found that ..." after "The
  study, published ..." resolves to the study as the story first names it, "a new study led by
  researchers at Sandcroft University", and the headline's "study finds" carries the same.
* Tabloid court pages: the kicker ("COURT SHOCK"), each gallery counter ("1/12"), each "Credit:" line,
  each "Read more: ..." line in the middle of the story and "MORE FROM SHOWBIZ" with its headlines are
  "B"; the lead's first word in capitals ("LOVE Lagoon star ...") is part of the first sentence. The
  comments section is "B" whatever it says: "143 comments", "Sort by newest", the house-rules line
  (two sentences), each commenter's name, the comment's age, each sentence of each comment (readers'
  posts are not the publisher's claims, and a reviewer should never be shown them as claims), "Reply
  · 57 likes" and "Load more comments". The standfirst's "as the judge told her" carries the judge
  named lower down, cue "told"; what the judge imposed is "W" without a speaker; "In a statement
  posted to her ... followers ..., she said:" carries the star with "said".
* Regional TV pages: each "▶ WATCH LIVE: ..." prompt, including the one between body paragraphs, is
  "B"; the weather strip and the weather alert "B"; the lead video's title "Video: ..." by content
  ("W" for a closure), the running time under it and under each "More videos" headline "B";
  "Author:" is a byline, "Published:" and "Updated:" date lines; "RELATED: ..." in the body "B".
* Explainers: the "EXPLAINER" kicker "B"; the headline framing a guide ("... what they mean for your
  household") ""; a question subhead ""; "Not yet, the metro says." answering "Will there be water
  cuts?" keeps "the metro" with "says" and is "W" (a checkable present state); a lead-in ending in a
  colon ("From 1 April, you may not:") is "", and each rule bullet under it "W"; "It says ..." for the
  metro resolves to its name as first given ("The Tshwelopele Metro"), while "The metro says" keeps
  "The metro" as written; "according to the Heliograph's calculations from the metro's tariff
  schedule" keeps the calculations as written.
* "What we know so far" pages: the page headline "Kharvandi footbridge collapse: What we know so far"
  is a framing headline, ""; its standfirst of figures "W"; "Here is what we know so far." "B"; the
  section subheads ("What happened", "The victims", "What the authorities have said", "What happens
  next") "", and their bullets "W" without a speaker unless a bullet names its source ("...,
  according to the railway's divisional office", "..., railway figures show", "The Railway Minister
  has announced ..."); the helpline bullet and "This is a developing story and will be updated." are
  "B". "A letter from X to Y, dated Nov. 18, 2025 and seen by The Nirmalpur Times, described ..."
  carries the letter as written with "described".
* Corrections: "Correction: An earlier version of this story said the boat was carrying 64
  passengers." and "It was carrying 46, according to the waterways authority." are two "W"
  sentences, the second carrying the authority; "This article was amended on 14 March 2026 to
  correct ..." names what changed without giving a figure and is "B", like a bare update note.
* AMP and app views pasted from a phone: "Open in app" (at the top and the foot), every
  "Advertisement", every "Continue reading below", "RELATED" and its headline, the share-icon line,
  "View comments (38)", the numbered most-read list (numbers and headlines), "View full site" and the
  reader appeal ("Do you run a business in Ardvennie?" and "Tell us what you think: ...", two
  sentences) are "B"; the short one-sentence paragraphs of the story are labelled as any body copy.
  "Local Democracy Reporter" under the byline is a role line, "B". "Council officers estimate it will
  raise between £3.3m and £4.1m a year." is an estimate published in a council report, "W".
* Drop caps and pull quotes: a drop-cap first word pasted on a line of its own ("EVERY") is a
  paragraph with one fragment, "" (part of the text, never furniture, but no claim by itself); the
  rest of that sentence on the next line ("autumn for 31 years, Wiremu ... has ridden ...") is
  labelled by content as the whole sentence would be, "W" here. A pull quote that repeats a sentence
  of the text word for word is "B" wherever it falls, with no speaker, and its "— Name, role" line
  "B"; the same sentence in the body keeps its speaker, cue and flag.
* Email digests pasted from a mail client: the newsletter's name line, "From:", "To:", "Date:" and
  "Subject:" lines are "B" (mail headers, whatever the subject line says), as are "View in browser",
  the greeting ("Good morning." and "Here's what you need to know today, ...", two sentences), every
  "Read more →", the sponsor's block ("A MESSAGE FROM OUR SPONSOR", its two sentences, "Open an
  account →"), "Quote of the day" and the quote line under it, the sign-off (two sentences and the "—
  Wei Ling and the Brief team" line), "Forwarded this email?" and "Sign up here." (two), the
  receiving notice, the unsubscribe strip and the company-and-address line. Each numbered item
  heading ("1. Resale flat prices up again") is labelled like a headline, "W" when it states a
  checkable fact, while "5. One more thing" is a topic subhead, ""; the writer's aside "Yes, we
  watched the video three times." is "".
* Abbreviations and designations: "incl.", "vs.", "e.g.", "p.a.", "approx.", "Dec. 31", "Nov. 18",
  "Cat. A", "Cat. B", the "No." of "No. 3", "No. 478221" and "No. SC441207", "Co. Wicklow,", "Co. Dublin,", "Pa.,",
  "Inc. (NASDAQ: TLVN)", "Ltd., left", "J.-P.", "R.K.", "V.", "G.", "Dr.", "Prof.", "Engr.", "Mrs." and
  "bte" never end a sentence; "Pa." before "For more information ...", "Rd." before "She said: ...",
  "Ltd." before "Registered ..." and "LLC." before "All Rights Reserved." end one. Times ("3.40pm",
  "6.45pm", "8.20pm", "11.52pm", "5.40am", "3:49 PM", "5:12 PM CDT") are never boundaries by
  themselves. A "?" or "!" closing a quote before a lower-case attribution ("...?” the judge asked.",
  "...?” she asked.", "...?” he asked.", "Nobody came!” said Dattatray G. Salunkhwade, ...") does not
  end the sentence; a full stop inside a quote before "she said" at the end of the next sentence does
  ("“Our population is 48,000." / "In August, ...,” she said.").

`CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), each taken word for word from these pages (consecutive lines joined by a newline,
sentences of one line by a space) and written the same way: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Australian national news site, a live blog on a bushfire crossing a containment line (masthead, menu, LIVE label, headline and standfirst without stops, Updated line with AEDT, Key events and Show key events only, JavaScript notice, Pinned What we know so far with bullets, time stamps like 4.12pm, Key event labels, entry headlines, entry bylines, incident controller has told a briefing then he said, 3.40pm mid-sentence, incl., two embedded social posts pasted as name, @handle, text, time-and-date line and counts, Read 96 replies, the State Fire Service has declared, Bureau via according to, Premier then she said, State Fire Service figures show, Fwy, police said, a fire analyst with Dr dropped told the site, Load more, Back to top, emergency line, Pty Ltd footer)",
    "US newswire press-release page, a battery-enclosure maker to open an $85 million plant in Ohio (wire masthead and menu, News provided by and issuer line, date line with ET, title-case headline and subhead, dateline with Pa., and a /wire/ -- tag, Inc. before a NASDAQ ticker in brackets, today announced plans, figures and dates of record without a speaker, said Name, title after a quote with a middle initial, a county official's quote, approx., careers line, About boilerplate with Pa. ending a sentence, forward-looking statements block with Dec. 31 and incl., media and investor contacts with phones and emails, SOURCE line, related links, also-from-this-source list, LLC. before All Rights Reserved.)",
    "UK government department's press-release page, £142 million for coastal erosion schemes (skip link, two-sentence cookie banner and its buttons, menu, crumb, Press release label, headline and summary, From: and Published lines, the government announced today with the date in brackets, incl., MP said: with the quote on the next two paragraphs, agency chief said:, numbered list of schemes without stops, Notes to editors with numbered notes labelled by content and a housekeeping note, share strip, related content, page-feedback prompt, licence line, Crown copyright)",
    "Canadian university news page, a 40-year study of lake ice on 84 Nova Scotia lakes (skip link, university name, audience and section menus, crumb, headline with study finds, deck, byline and date, share strip, caption with Dr. and bracketed photo credit, study via according to, It found resolved to the study, 2023–24, lead author with Dr. dropped said after the quote, surname said, question subhead, the researchers say, hedged may, co-author with vs., a hypothesis in a quote, researchers estimate as a spoken forecast, funding line, paper line with initials and J.-P. and et al., Media contact block, Related stories, tags, land acknowledgement, address with Rd. and NS, copyright)",
    "Irish tabloid site, a reality-TV star banned from driving after being clocked at 148km/h (masthead in capitals, menu, crumb, COURT SHOCK kicker, headline and standfirst with as the judge told her, byline with role, time-stamped date line, share strip, gallery counters 1/12 2/12 3/12 with captions and Credit: lines, a lead whose first word is in capitals, €, Co. Wicklow, and Co. Dublin, mid-sentence, 11.52pm, Read more: links mid-story, Garda dropped and told the court, solicitor said then he said, a question before a lower-case the judge asked over three sentences, what the judge imposed, statement posted to followers with said:, declined to comment, story-tip line in two sentences, topics, 143 comments, Sort by newest, house rules, commenters' names, ages, posts and like counts, Load more comments, more-from list, Ltd. 2026. before Registered in Ireland No.)",
    "Texas regional TV station's page, the only hospital in a rural county to stop delivering babies (station name, WATCH LIVE prompts at the top and mid-story, weather strip and alert, menu, LOCAL NEWS label, headline and deck with Hospital leaders say, lead video title and 2:41 running time, Author: line, Published and Updated lines with PM CDT, dateline with Texas and an em dash, the hospital announced, figures it reports to the state via according to, chief executive told the station then surname said, Medicaid, a mother's question before a lower-case she asked, County Judge dropped, a nonprofit's count via according to, RELATED line, More videos with running times, tip line, app promo, seven-day forecast heading and glued day line, two-sentence copyright, public-file footer)",
    "South African news site's explainer, stage 3 water restrictions in a Gauteng metro (masthead, menu, crumb, EXPLAINER kicker, guide headline and standfirst with kl, byline, date and read-time line, share strip, caption with credit, mayoral committee member announced, Here is what you need to know., question subheads, dam report via according to, mm and %, a bulleted list of bans under a colon lead-in with a bracketed exception with 8am and 6pm, e.g., rand tariffs with R and per kilolitre, vs., the site's own calculations via according to, Not yet the metro says, warned, Prof. dropped with a hedged forecast, The metro says and It says, WhatsApp reporting line, Read more list, newsletter prompt, press-code line, (Pty) Ltd. before All rights reserved.)",
    "Indian news site's what-we-know page, a railway footbridge collapse in Maharashtra (masthead, e-paper and language strip, menu, crumb, framing headline and standfirst of figures, desk byline, updated IST line, follow prompt, caption with platform No. 3 and bracketed credit, 6.45pm, Here is what we know so far., topic subheads over bullets without stops, according to and figures show inside bullets, initials V. and R.K. and G., Rs with lakh, The Railway Minister has announced, told reporters then a two-sentence quote closing with he said, Nov. 18 in a letter that described, an exclamation closing a quote before said Name, did not respond to questions, approx., helpline bullet, developing-story note, also-read list, tags, Pvt. Ltd. copyright)",
    "Nigerian news site, night ferry crossings suspended after a capsize, with a correction at the foot (masthead, menu, section, headline and standfirst, byline, date and updated lines with pm and am, share strip, caption with Photo: credit, 7pm and 6am, Engr. dropped and told reporters, Ltd. mid-sentence, 8.20pm, a three-sentence quote, surname said, the authority identified, Survivors described, a quote inside a quote, Mrs. dropped, said Name after a quote, company statement with It did not say, figures via according to, a question ending a quote, Correction: in two sentences with according to, amended-on note, tip line, related list, Ltd. before All rights reserved.)",
    "Scottish news site's AMP page pasted from a phone, a council votes for a 6% visitor levy (icon bar with masthead, Open in app at top and foot, section label, headline and deck without stops, byline and Local Democracy Reporter line, date line, Advertisement and Continue reading below repeated, one-sentence paragraphs, vote of record, officers estimate, Cllr dropped, a quote with a full stop before the sentence ending she said, a question before he asked, RELATED with a headline, association said, Rd. ending a sentence, She said: with a two-sentence quote, reader appeal in two sentences, share icons, View comments (38), numbered most-read, View full site, Ltd. before Registered in Scotland No.)",
    "New Zealand magazine's long read, a high-country sheep station sold for carbon forestry (masthead in capitals, menu, LONG READ kicker, headline and two-sentence dek, words-and-photographs line, read time, caption without credit, drop-cap first word EVERY on its own line and the rest of the sentence on the next, present-tense says throughout, a valuation filed with the council, a four-sentence quote, the family say, company chief says, pull quotes repeating sentences of the text with and without a — Name line, ✦ breaks, district council via according to, a rhetorical question, economists found, issue and subscription lines, writer bio, more-to-read list, Ltd copyright)",
    "Singapore business newsletter pasted from a mail client, a morning digest of five items (newsletter name line, From: with the address, To:, Date:, Subject: lines, View in browser, two-sentence greeting, numbered item headings, flash estimates via according to, S$ and vs., analysts said with a forecast, it said on Wednesday for an airline, bte in a Malay name, Cat. A and Cat. B in brackets, Read more → after each item, sponsor block with p.a. and T&Cs, Minister of State told Parliament then he said, end-2026, a topic subhead item, wildlife group via according to, writer's aside, Quote of the day, sign-off, Forwarded this email? and Sign up here., receiving notice, unsubscribe strip, Pte. Ltd. address line)",
]

ARTICLES = [
    [  # 1. Australian national site's live blog: a bushfire crosses a containment line (live blog, embedded posts)
        [("Wattlemark News", "", "", "B")],
        [("News   Sport   Weather   Business   Opinion   Live   Video   Podcasts", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Coobarra Ridge fire live: emergency warning as blaze jumps Quelling Track and threatens Coonabriel", "", "", "W")],
        [("About 1,200 residents told it is too late to leave by road; total fire ban for the north-east tomorrow", "", "", "W")],
        [("Updated 4.18pm AEDT", "", "", "B")],
        [("Key events", "", "", "B")],
        [("Show key events only", "", "", "B")],
        [("Please turn on JavaScript to see the latest updates.", "", "", "B")],
        [("Pinned", "", "", "B")],
        [("What we know so far", "", "", "")],
        [("• The Coobarra Ridge fire has burnt about 6,400 hectares since it was started by lightning on Saturday", "", "", "W")],
        [("• An emergency warning is in place for Coonabriel, Pellingvale and Yarrunga Flat", "", "", "W")],
        [("• A relief centre has opened at the Benalta recreation reserve", "", "", "W")],
        [("• No homes have been confirmed lost", "", "", "W")],
        [("Mia Oberthal", "", "", "B")],
        [("4.12pm", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Fire crosses Quelling Track containment line", "", "", "W")],
        [("The incident controller, Brendan Tollhurn, has told a briefing at Benalta that the fire crossed the Quelling Track containment line at about 3.40pm.", "Brendan Tollhurn", "has told a briefing", "W")],
        [("“We had crews on that line all day, but the wind swung to the south-west earlier than forecast and threw embers up to two kilometres ahead of the front,” he said.", "Brendan Tollhurn", "said", "W"),
         ("“If you are in Coonabriel and you have not left, it is now too late to leave by road.”", "Brendan Tollhurn", "said", "")],
        [("He said 210 firefighters and 14 aircraft were working on the fire, incl. two large air tankers sent from New South Wales.", "Brendan Tollhurn", "said", "W")],
        [("Mia Oberthal", "", "", "B")],
        [("3.55pm", "", "", "B")],
        [("Coobarra Shire Council has posted an update on the buses it laid on for residents without cars:", "Coobarra Shire Council", "has posted", "")],
        [("Coobarra Shire Council", "", "", "B")],
        [("@CoobarraShire", "", "", "B")],
        [("Evacuation buses from Coonabriel Primary School have now left for Benalta with 86 people on board.", "Coobarra Shire Council", "has posted", "W"),
         ("No more buses will run tonight.", "Coobarra Shire Council", "has posted", "W"),
         ("If you cannot leave safely, shelter in a solid building away from the fire front.", "Coobarra Shire Council", "has posted", "")],
        [("3:49 PM · Mar 3, 2026", "", "", "B")],
        [("412 Reposts   1.1K Likes", "", "", "B")],
        [("Joel Hardwicke", "", "", "B")],
        [("3.30pm", "", "", "B")],
        [("Kirra Bellchamberlain, who left Coonabriel with her two children just after midday, posted this from the relief centre:", "Kirra Bellchamberlain", "posted", "")],
        [("Kirra Bellchamberlain", "", "", "B")],
        [("@kirrabellc", "", "", "B")],
        [("Sitting in the Benalta footy clubrooms with about 300 others.", "Kirra Bellchamberlain", "posted", "W"),
         ("Kids are finally asleep on the floor.", "Kirra Bellchamberlain", "posted", ""),
         ("The volunteers here have been incredible 💛", "Kirra Bellchamberlain", "posted", "")],
        [("3:14 PM · Mar 3, 2026", "", "", "B")],
        [("Read 96 replies", "", "", "B")],
        [("Joel Hardwicke", "", "", "B")],
        [("3.02pm", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Total fire ban declared for the north-east", "", "", "W")],
        [("The State Fire Service has declared a total fire ban for the whole north-east district on Wednesday.", "The State Fire Service", "has declared", "W"),
         ("Temperatures are forecast to reach 41C in Benalta, with wind gusts of up to 70km/h in the afternoon, according to the Bureau of Meteorology.", "the Bureau of Meteorology", "according to", "")],
        [("A total fire ban means no fires may be lit in the open, incl. campfires and barbecues that burn wood or charcoal.", "", "", "W")],
        [("Mia Oberthal", "", "", "B")],
        [("2.40pm", "", "", "B")],
        [("The Premier, Annaliese Tobermallow, has just spoken to reporters in Melbourne.", "", "", "")],
        [("“I want to thank every firefighter, every volunteer and every family that has opened its home today,” she said.", "Annaliese Tobermallow", "said", "")],
        [("She said the state would pay emergency relief grants of up to $680 per person, or $2,340 per family, to people forced from their homes.", "Annaliese Tobermallow", "said", "W")],
        [("Asked whether the government had cut fuel-reduction burning in the district, she said the burn program had been “the biggest in a decade” last autumn.", "Annaliese Tobermallow", "said", "W")],
        [("State Fire Service figures show 3,900 hectares were burnt in planned burns across the north-east last year, down from 5,200 hectares in 2023.", "State Fire Service figures", "show", "W")],
        [("Joel Hardwicke", "", "", "B")],
        [("2.05pm", "", "", "B")],
        [("Roads closed", "", "", "")],
        [("Quelling Track, the Coonabriel–Benalta Road and Pikes Gully Road are closed between Coonabriel and Yarrunga Flat, according to the state's traffic authority.", "the state's traffic authority", "according to", "W")],
        [("The Merrigundah Fwy remains open, but smoke has cut visibility to less than 200 metres near Wangamore, police said.", "police", "said", "W")],
        [("Mia Oberthal", "", "", "B")],
        [("1.48pm", "", "", "B")],
        [("Fire behaviour analyst Dr Priya Ramalingeshwaran, of the Tarrawindi Fire Research Centre, told Wattlemark News the fire was burning through grassland and stringybark forest that had not burnt since 2009.", "Priya Ramalingeshwaran", "told Wattlemark News", "W")],
        [("“Stringybark is the worst fuel you can have for spotting, because the bark peels off in long strips and rides the wind,” she said.", "Priya Ramalingeshwaran", "said", ""),
         ("“Spot fires 2km ahead of the front are exactly what we'd expect on a day like this.”", "Priya Ramalingeshwaran", "said", "")],
        [("Mia Oberthal", "", "", "B")],
        [("Load more", "", "", "B")],
        [("Back to top", "", "", "B")],
        [("If you are in danger, call triple zero (000).", "", "", "B"),
         ("For warnings, download the state emergency app or tune in to your local emergency broadcaster.", "", "", "B")],
        [("More on this story", "", "", "B")],
        [("How to prepare your home if a fire is coming", "", "", "B")],
        [("Photos: smoke turns the sky orange over Benalta", "", "", "B")],
        [("© 2026 Wattlemark Media Pty Ltd", "", "", "B")],
    ],
    [  # 2. US newswire press release page: a maker of battery enclosures to open a plant in Ohio (PR wire)
        [("Lanternfeed", "", "", "B")],
        [("News   Newsroom   Industries   Send a Release   Sign In", "", "", "B")],
        [("News provided by", "", "", "B")],
        [("Tellavane Systems, Inc.", "", "", "B")],
        [("Mar 10, 2026, 08:00 ET", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("Tellavane Systems to Open $85 Million Battery-Enclosure Plant in Ohio, Creating 320 Jobs", "", "", "W")],
        [("Pickerell facility will triple the company's North American output; production expected to begin in second half of 2027", "", "", "W")],
        [("DELWICK, Pa., March 10, 2026 /Lanternfeed/ -- Tellavane Systems, Inc. (NASDAQ: TLVN), a maker of thermal enclosures for grid-scale batteries, today announced plans to build an $85 million manufacturing plant in Pickerell, Ohio, which is expected to create 320 full-time jobs by 2029.", "Tellavane Systems, Inc.", "announced", "W")],
        [("The 240,000-square-foot facility, on a 38-acre site in the Pickerell Commerce Park, will be able to produce up to 18,000 enclosures a year when fully operational.", "", "", "W"),
         ("Construction is scheduled to begin in May 2026, and first production is expected in the second half of 2027.", "", "", "W")],
        [("The project is supported by a $4.2 million job-creation tax credit approved by a state board on March 9 and a $1.5 million road and utilities grant from Brisbeck County.", "", "", "W")],
        [("“Demand for grid storage in the Midwest has more than doubled in three years, and our customers want their enclosures built close to where they install them,” said Harland J. Wojtyniak, president and chief executive officer of Tellavane.", "Harland J. Wojtyniak", "said", "W"),
         ("“Pickerell gives us a skilled workforce, rail access and room to grow.", "Harland J. Wojtyniak", "said", ""),
         ("We are proud to be putting down roots in Ohio.”", "Harland J. Wojtyniak", "said", "")],
        [("“This is exactly the kind of advanced manufacturing we have spent five years trying to bring to the county,” said Dolores Vinterberg, president of the Brisbeck County Board of Commissioners.", "Dolores Vinterberg", "said", ""),
         ("“These are good jobs, and they are jobs our young people will not have to leave home for.”", "Dolores Vinterberg", "said", "")],
        [("Tellavane currently employs 540 people at its headquarters and plant in Delwick, Pennsylvania, and at a smaller assembly site in Mexico.", "", "", "W"),
         ("The company reported revenue of $212.7 million for fiscal year 2025, up 34% from the prior year.", "", "", "W")],
        [("Hiring for the Pickerell plant will begin in early 2027.", "", "", "W"),
         ("Positions will include production technicians, welders, maintenance technicians and engineers, at an average wage of $31.40 an hour, or approx. 1.4 times the county's median hourly wage.", "", "", "W")],
        [("Candidates can register their interest at careers.tellavane.com.", "", "", "B")],
        [("About Tellavane Systems, Inc.", "", "", "B")],
        [("Tellavane Systems, Inc. designs and manufactures fire-rated thermal enclosures for utility-scale battery storage, serving more than 60 utilities and developers in North America.", "", "", "B"),
         ("Founded in 2011, the company is headquartered in Delwick, Pa.", "", "", "B"),
         ("For more information, visit www.tellavane.com.", "", "", "B")],
        [("Forward-Looking Statements", "", "", "B")],
        [("This press release contains forward-looking statements within the meaning of Section 27A of the Securities Act of 1933, as amended, and Section 21E of the Securities Exchange Act of 1934, as amended.", "", "", "B"),
         ("Words such as “expects,” “plans,” “will” and “anticipates” and similar expressions identify forward-looking statements.", "", "", "B"),
         ("Actual results may differ materially from those expressed or implied by these statements because of risks and uncertainties, incl. those described under “Risk Factors” in the Company's Annual Report on Form 10-K for the fiscal year ended Dec. 31, 2025.", "", "", "B"),
         ("Tellavane undertakes no obligation to update any forward-looking statement, except as required by law.", "", "", "B")],
        [("Media Contact:", "", "", "B")],
        [("Wren Imbertson", "", "", "B")],
        [("Director, Corporate Communications", "", "", "B")],
        [("+1 (412) 555-0187", "", "", "B")],
        [("media@tellavane.com", "", "", "B")],
        [("Investor Contact:", "", "", "B")],
        [("Ilse Rudderwick, +1 (412) 555-0142, ir@tellavane.com", "", "", "B")],
        [("SOURCE Tellavane Systems, Inc.", "", "", "B")],
        [("Related Links", "", "", "B")],
        [("http://www.tellavane.com", "", "", "B")],
        [("Also from this source", "", "", "B")],
        [("Tellavane Systems Reports Fourth-Quarter and Full-Year 2025 Results", "", "", "B")],
        [("Tellavane Systems Names Ottoline Vosselaar Chief Financial Officer", "", "", "B")],
        [("Explore more news releases in: Energy   Manufacturing   Utilities", "", "", "B")],
        [("Contact Lanternfeed   Terms of Use   Privacy Policy   Site Map", "", "", "B")],
        [("© 2026 Lanternfeed Holdings, LLC.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 3. UK government department's press release page: coastal erosion funding, with notes to editors (ministry release)
        [("Skip to main content", "", "", "B")],
        [("We use some essential cookies to make this service work.", "", "", "B"),
         ("We'd also like to use analytics cookies so we can understand how you use the service and make improvements.", "", "", "B")],
        [("Accept analytics cookies   Reject analytics cookies   View cookies", "", "", "B")],
        [("Menu   Search", "", "", "B")],
        [("Home   Environment   Flooding and coastal change", "", "", "B")],
        [("Press release", "", "", "B")],
        [("£142 million to protect 9,800 coastal homes from erosion and tidal flooding", "", "", "W")],
        [("Twenty-three schemes in England will share the funding, with work on the first to begin this summer.", "", "", "W")],
        [("From: Department for Coastal and Rural Affairs and Tobias Wetherwick-Amory MP", "", "", "B")],
        [("Published 11 March 2026", "", "", "B")],
        [("Twenty-three coastal towns and villages in England will share £142 million to protect 9,800 homes from erosion and tidal flooding, the government announced today (11 March 2026).", "the government", "announced", "W")],
        [("The funding will pay for new sea walls, rock armour, beach recharge and the relocation of 46 homes at the greatest risk, incl. 19 on the cliffs at Skelbury Head, where the shoreline has retreated by an average of 2.1 metres a year since 2010.", "", "", "W")],
        [("The largest single award, £31.5 million, goes to a tidal barrier on the River Tollock at Rhossilick, which flooded 212 properties in the storm surge of December 2024.", "", "", "W")],
        [("Work on the first eight schemes will begin this summer, with all 23 due to be completed by March 2030.", "", "", "W")],
        [("Coastal Communities Minister Tobias Wetherwick-Amory MP said:", "Tobias Wetherwick-Amory", "said", "")],
        [("“Nobody should have to go to bed wondering whether the sea will take their home before morning.", "Tobias Wetherwick-Amory", "said", ""),
         ("This funding will give thousands of families on our coast the protection they deserve.", "Tobias Wetherwick-Amory", "said", "")],
        [("“Where we cannot hold the line, we will help people move, with the support and the money to do it properly.”", "Tobias Wetherwick-Amory", "said", "")],
        [("Chief Executive of the Coastal Defence Agency, Marguerite Ademolu, said:", "Marguerite Ademolu", "said", "")],
        [("“Our coastline is changing faster than at any time in living memory.", "Marguerite Ademolu", "said", ""),
         ("Sea levels around England have risen by about 16cm since 1900, and the rate of rise has roughly doubled in the last 30 years.", "Marguerite Ademolu", "said", "W")],
        [("“The schemes announced today were chosen because they protect the most homes for each pound spent.”", "Marguerite Ademolu", "said", "W")],
        [("The schemes receiving the largest awards are:", "", "", "")],
        [("1. River Tollock tidal barrier, Rhossilick: £31.5 million, protecting 1,940 homes", "", "", "W")],
        [("2. Skelbury Head cliff stabilisation and relocation: £18.2 million, incl. 19 homes to be relocated", "", "", "W")],
        [("3. Marshby sea wall replacement: £14.7 million, protecting 1,120 homes", "", "", "W")],
        [("4. Ockenfold Sands beach recharge: £9.9 million, protecting 860 homes", "", "", "W")],
        [("The full list of schemes is available on this page.", "", "", "B")],
        [("Notes to editors", "", "", "B")],
        [("1. The funding comes from the £5.6 billion Flood and Coastal Resilience Programme for 2021 to 2027, of which £3.9 billion has now been allocated.", "", "", "W")],
        [("2. Schemes were assessed against the programme's partnership funding rules, under which local partners contributed a further £27.3 million to the 23 schemes.", "", "", "W")],
        [("3. Households in the Skelbury Head relocation zone will be offered up to £85,000 each towards a new home, plus demolition costs.", "", "", "W"),
         ("The relocation pilot was announced in the Coastal Adaptation Plan published in June 2025.", "", "", "W")],
        [("4. Broadcast interviews with the minister are available on request.", "", "", "B"),
         ("Contact the press office on 020 7946 0321 or email newsdesk@dcra.example.gov.uk.", "", "", "B")],
        [("Share this page", "", "", "B")],
        [("Email   Facebook   X   LinkedIn", "", "", "B")],
        [("Published 11 March 2026", "", "", "B")],
        [("Related content", "", "", "B")],
        [("Coastal Adaptation Plan: supporting communities at risk of erosion", "", "", "B")],
        [("Flood and Coastal Resilience Programme: allocations 2025 to 2026", "", "", "B")],
        [("Is this page useful?", "", "", "B")],
        [("Yes   No   Report a problem with this page", "", "", "B")],
        [("Help   Privacy   Cookies   Accessibility statement   Contact   Terms and conditions", "", "", "B")],
        [("Content on this page may be reused under the Open Government Licence, unless stated otherwise", "", "", "B")],
        [("© Crown copyright", "", "", "B")],
    ],
    [  # 4. Canadian university news page: a study of lake ice loss, with media contact and related stories (university news)
        [("Skip to main content", "", "", "B")],
        [("Sandcroft University", "", "", "B")],
        [("Future Students   Current Students   Faculty & Staff   Alumni   Give", "", "", "B")],
        [("About   Academics   Research   Campus Life   News   Events", "", "", "B")],
        [("Home › News › Research", "", "", "B")],
        [("Research", "", "", "B")],
        [("Nova Scotia lakes losing almost three weeks of ice a year, 40-year study finds", "a new study led by researchers at Sandcroft University", "finds", "W")],
        [("Sandcroft researchers used satellite images, ferry logs and the notebooks of a retired fire warden to track ice on 84 lakes", "", "", "W")],
        [("By Anneliese Quarmbleigh", "", "", "B")],
        [("March 4, 2026", "", "", "B")],
        [("Share: Facebook   LinkedIn   Email", "", "", "B")],
        [("Dr. Thandiwe Dunsterville-Bekwa takes an ice core on Lake Wapsicook in February.", "", "", ""),
         ("(Photo: Ezra Mackintarff)", "", "", "B")],
        [("Lakes in Nova Scotia now spend an average of 19 fewer days a year under ice than they did in the early 1980s, according to a new study led by researchers at Sandcroft University.", "a new study led by researchers at Sandcroft University", "according to", "W")],
        [("The study, published March 2 in the journal Freshwater Climate Letters, tracked the dates on which ice formed and broke up on 84 lakes between 1984 and 2024.", "", "", "W"),
         ("It found that ice now forms about 11 days later in the autumn and breaks up about eight days earlier in the spring.", "a new study led by researchers at Sandcroft University", "found", "W")],
        [("The shortest ice season on record came in the winter of 2023–24, when 17 of the lakes did not freeze over completely at all.", "", "", "W")],
        [("“Forty years ago, you could count on skating on most of these lakes by Christmas,” said Dr. Thandiwe Dunsterville-Bekwa, an associate professor of earth sciences and the study's lead author.", "Thandiwe Dunsterville-Bekwa", "said", ""),
         ("“Now, on about a third of them, you can't count on it by the end of January.”", "Thandiwe Dunsterville-Bekwa", "said", "W")],
        [("To reconstruct the early years of the record, the team combined satellite images with ice-out dates kept by two ferry operators and with the handwritten notebooks of Lorne Cadwallick, a fire warden who recorded freeze-up and break-up on 12 lakes near Ketchiport from 1979 to 2006.", "", "", "W")],
        [("“His notebooks were in a shoebox in his daughter's basement,” Dunsterville-Bekwa said.", "Thandiwe Dunsterville-Bekwa", "said", "W"),
         ("“Without them, we'd have had almost nothing for the 1980s.”", "Thandiwe Dunsterville-Bekwa", "said", "")],
        [("Why does lake ice matter?", "", "", "")],
        [("Ice cover keeps lake water cooler in spring and limits the growth of algae, the researchers say.", "the researchers", "say", "W"),
         ("Shorter ice seasons may also make blue-green algae blooms more likely later in the year, though the study did not measure blooms directly.", "", "", "")],
        [("Co-author Dr. Raimund Ostheller, a limnologist at the university, said the loss of ice was steepest on small, shallow lakes.", "Raimund Ostheller", "said", "W"),
         ("He said lakes less than five metres deep had lost an average of 24 days of ice, vs. 14 days for lakes deeper than 20 metres.", "Raimund Ostheller", "said", "W")],
        [("“We think shallow lakes simply have less cold water to lose,” he said.", "Raimund Ostheller", "said", ""),
         ("“But that's a hypothesis, and it's the next thing we want to test.”", "Raimund Ostheller", "said", "")],
        [("The researchers estimate that, if warming continues at the rate seen since 1984, about half of the 84 lakes could be ice-free in a typical winter by the 2070s.", "The researchers", "estimate", "")],
        [("The work was funded by a Discovery Grant of $186,000 and by the Sandcroft Climate Institute.", "", "", "B")],
        [("The paper: T. Dunsterville-Bekwa, R. Ostheller, J.-P. Lesperance et al., “Four decades of shrinking ice seasons on Nova Scotia lakes,” Freshwater Climate Letters 12 (2026).", "", "", "B")],
        [("Media contact", "", "", "B")],
        [("Colm Kiltarragh", "", "", "B")],
        [("Senior Communications Advisor, Research", "", "", "B")],
        [("902-555-0163 | colm.kiltarragh@sandcroft.example.ca", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Sandcroft team finds microplastics in 9 of 10 snow samples from the Cape highlands", "", "", "B")],
        [("Ferry logs from 1890s help scientists date the arrival of spring", "", "", "B")],
        [("New research chair to study climate and inshore fisheries", "", "", "B")],
        [("Tags: Earth Sciences   Climate   Faculty of Science   Research", "", "", "B")],
        [("Sandcroft University is located in Mi'kma'ki, the ancestral and unceded territory of the Mi'kmaq.", "", "", "B")],
        [("4120 Anchorfield Rd., Ketchiport, NS B3K 9Z9 | 902-555-0100", "", "", "B")],
        [("© Sandcroft University 2026", "", "", "B")],
    ],
    [  # 5. Irish tabloid site: a reality-TV star banned from driving after a 148km/h speeding case (celebrity court, gallery, comments)
        [("THE DUBLIN TATTLER", "", "", "B")],
        [("Showbiz   TV   Royals   Real Life   News   Sport   Fabulous   Puzzles", "", "", "B")],
        [("Showbiz › Irish Celebs", "", "", "B")],
        [("COURT SHOCK", "", "", "B")],
        [("Love Lagoon star Shauna Kilbrackett banned from driving for two years after being clocked at 148km/h on motorway", "", "", "W")],
        [("The influencer, 27, wept in the dock as the judge told her she had been “lucky nobody died”", "Aoibheann Cloonaghmore", "told", "")],
        [("By Declan Shortcliffe, Showbiz Reporter", "", "", "B")],
        [("10:47, 12 Mar 2026 | Updated 13:05, 12 Mar 2026", "", "", "B")],
        [("Share   Post   WhatsApp   Email", "", "", "B")],
        [("1/12", "", "", "B")],
        [("Shauna Kilbrackett arrives at Carrowhill District Court with her mother on Thursday.", "", "", ""),
         ("Credit: Tattler Pictures", "", "", "B")],
        [("LOVE Lagoon star Shauna Kilbrackett has been banned from driving for two years after she was caught doing 148km/h in a 100km/h zone.", "", "", "W")],
        [("The reality TV favourite, 27, was also fined €1,500 at Carrowhill District Court on Thursday.", "", "", "W"),
         ("She broke down in tears as the sentence was read out.", "", "", "")],
        [("The court heard that gardaí stopped Kilbrackett's white SUV on the M29 near Ballyfarnan, Co. Wicklow, at 11.52pm on 9 August last year.", "", "", "W")],
        [("Read more: Love Lagoon's Shauna reveals ‘secret heartbreak’ after villa split", "", "", "B")],
        [("Garda Niamh Ó Dubhghaill told the court the influencer had been travelling “well in excess” of the limit for about four kilometres before she was pulled over.", "Niamh Ó Dubhghaill", "told the court", "W")],
        [("She said Kilbrackett told her at the roadside: “I'm so sorry, I didn't realise how fast I was going.”", "Niamh Ó Dubhghaill", "said", "")],
        [("Kilbrackett, of Rathcullen, Co. Dublin, pleaded guilty to dangerous driving.", "", "", "W"),
         ("A second charge, of using a mobile phone while driving, was struck out.", "", "", "W")],
        [("2/12", "", "", "B")],
        [("The star with her co-star Aaron Groganmore in the Love Lagoon villa last summer.", "", "", ""),
         ("Credit: Lagoon Productions", "", "", "B")],
        [("Her solicitor, Fiachra Mulcahill, said his client had been driving home from a charity event in Co. Wexford and was “mortified” by what she had done.", "Fiachra Mulcahill", "said", ""),
         ("He said she had no previous convictions and had donated €5,000 to a road safety charity since the incident.", "Fiachra Mulcahill", "said", "W")],
        [("“My client relies on her car for her work, which takes her all over the country,” he said.", "Fiachra Mulcahill", "said", ""),
         ("“A ban would cost her a great deal of that work.”", "Fiachra Mulcahill", "said", "")],
        [("But Judge Aoibheann Cloonaghmore was unmoved.", "", "", "")],
        [("“What would you have done if a child had stepped out on to that road?” the judge asked.", "Aoibheann Cloonaghmore", "asked", ""),
         ("“You were lucky nobody died.", "Aoibheann Cloonaghmore", "asked", ""),
         ("That is the only reason you are not facing something far worse.”", "Aoibheann Cloonaghmore", "asked", "")],
        [("She imposed the minimum disqualification of two years and gave Kilbrackett three months to pay the fine.", "", "", "W")],
        [("Read more: Shauna's Love Lagoon ex breaks silence on ‘toxic’ romance", "", "", "B")],
        [("3/12", "", "", "B")],
        [("Kilbrackett leaves court after the hearing.", "", "", ""),
         ("Credit: Tattler Pictures", "", "", "B")],
        [("Outside court, Kilbrackett, wearing a cream trench coat and sunglasses, did not speak to waiting reporters.", "", "", "")],
        [("In a statement posted to her 1.3 million social media followers that evening, she said: “I made a really stupid mistake and I'm owning it.", "Shauna Kilbrackett", "said", ""),
         ("Please, please slow down, guys.", "Shauna Kilbrackett", "said", ""),
         ("No event is worth it x”", "Shauna Kilbrackett", "said", "")],
        [("Kilbrackett shot to fame when she reached the final of Love Lagoon in 2024, and has since launched her own tanning range.", "", "", "W")],
        [("A spokesperson for Lagoon Productions declined to comment.", "A spokesperson for Lagoon Productions", "declined to comment", "")],
        [("Do you have a story for us?", "", "", "B"),
         ("Email showbiz@dublintattler.example.ie", "", "", "B")],
        [("Topics: Love Lagoon   Courts   Irish Celebs", "", "", "B")],
        [("143 comments", "", "", "B")],
        [("Sort by newest", "", "", "B")],
        [("Join the conversation.", "", "", "B"),
         ("Comments are moderated and must follow our house rules.", "", "", "B")],
        [("BallyfarnanBabe", "", "", "B")],
        [("2 hours ago", "", "", "B")],
        [("148 on the M29 at midnight and she gets a slap on the wrist?", "", "", "B"),
         ("If that was you or me we'd be locked up.", "", "", "B")],
        [("Reply · 57 likes", "", "", "B")],
        [("Gerry from Kilcuan", "", "", "B")],
        [("3 hours ago", "", "", "B")],
        [("Fair play to her for owning it.", "", "", "B"),
         ("Plenty of politicians wouldn't.", "", "", "B")],
        [("Reply · 12 likes", "", "", "B")],
        [("Load more comments", "", "", "B")],
        [("MORE FROM SHOWBIZ", "", "", "B")],
        [("Sunday Supper regular announces shock exit after 11 years", "", "", "B")],
        [("Inside Shauna Kilbrackett's €1.2m Rathcullen home", "", "", "B")],
        [("© The Dublin Tattler Ltd. 2026.", "", "", "B"),
         ("Registered in Ireland No. 478221.", "", "", "B")],
    ],
    [  # 6. Texas regional TV station's page: a rural hospital to stop delivering babies (weather strip, watch-live prompts, video durations)
        [("KDUQ 12 NEWS", "", "", "B")],
        [("▶ WATCH LIVE: KDUQ 12 News at 6", "", "", "B")],
        [("78° Sallowell | Partly Cloudy | H 84° L 61°", "", "", "B")],
        [("WEATHER ALERT: Severe Thunderstorm Watch for Tramell and Ocotillo counties until 10 PM", "", "", "B")],
        [("News   Weather   First Alert Radar   Sports   Verify 12   Watch   Contests   Jobs", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("Sallowell's only hospital to stop delivering babies in June, leaving expectant mothers a 70-mile drive", "", "", "W")],
        [("Hospital leaders say they cannot find enough nurses and doctors to keep the labor and delivery unit open around the clock", "Hospital leaders", "say", "W")],
        [("Video: Sallowell hospital to close labor and delivery unit", "", "", "W")],
        [("2:41", "", "", "B")],
        [("Author: Marisela Zambrotta-Pliego", "", "", "B")],
        [("Published: 5:12 PM CDT March 16, 2026", "", "", "B")],
        [("Updated: 6:40 PM CDT March 16, 2026", "", "", "B")],
        [("SALLOWELL, Texas — Tramell County Memorial Hospital will stop delivering babies on June 30, the hospital announced Monday, leaving women in a three-county area about 70 miles from the nearest labor and delivery unit.", "the hospital", "announced", "W")],
        [("The 38-bed hospital delivered 214 babies last year, down from 301 in 2019, according to figures it reports to the state.", "figures it reports to the state", "according to", "W")],
        [("Chief executive Orrin Lislebrook told KDUQ 12 the hospital had tried for more than a year to hire two obstetric nurses and a third family doctor who could perform cesarean sections.", "Orrin Lislebrook", "told KDUQ 12", "W")],
        [("“We posted those jobs 14 months ago, and we've had exactly one qualified applicant,” Lislebrook said.", "Orrin Lislebrook", "said", "W"),
         ("“We cannot run a unit that is safe for mothers and babies with the staff we have.”", "Orrin Lislebrook", "said", "")],
        [("He said the unit lost about $1.9 million last year, in part because about 71% of the births it handled were paid for by Medicaid, which he said reimburses the hospital less than it costs to deliver a baby.", "Orrin Lislebrook", "said", "W")],
        [("The emergency room will stay open 24 hours a day, and the hospital will continue to offer prenatal checkups until about 36 weeks, he said.", "Orrin Lislebrook", "said", "W")],
        [("▶ WATCH LIVE: Continuing coverage on KDUQ 12 News at 10", "", "", "B")],
        [("For Yesenia Ibarrondo, who is due in August, the news means planning a drive of more than an hour to Ridgemarsh General in Pecanville.", "", "", "W")],
        [("“What happens if the baby comes fast and I'm stuck behind a cattle truck on Highway 41?” she asked.", "Yesenia Ibarrondo", "asked", "")],
        [("Tramell County Judge Wendell Aldaco said the commissioners court would meet Thursday to discuss whether the county could help pay for the unit.", "Wendell Aldaco", "said", "W")],
        [("“I don't know yet where that money would come from,” he said.", "Wendell Aldaco", "said", ""),
         ("“But I know we have to try.”", "Wendell Aldaco", "said", "")],
        [("Since 2020, at least 11 rural hospitals in Texas have closed their labor and delivery units, according to a count by the Rural Maternity Access Project, a nonprofit based in Austin.", "a count by the Rural Maternity Access Project", "according to", "W")],
        [("RELATED: Pecanville hospital adds six beds to maternity ward", "", "", "B")],
        [("More videos", "", "", "B")],
        [("Sallowell ISD votes to move to four-day school week", "", "", "B")],
        [("1:58", "", "", "B")],
        [("First Alert Forecast: Storms possible tonight, then a warm, breezy Tuesday", "", "", "B")],
        [("3:12", "", "", "B")],
        [("Have a news tip?", "", "", "B"),
         ("Email newsroom@kduq12.example.com or call 432-555-0112.", "", "", "B")],
        [("Download the KDUQ 12 app for breaking news alerts.", "", "", "B")],
        [("7-DAY FORECAST", "", "", "B")],
        [("TUE 84°/61° ☀   WED 88°/63° ⛅   THU 79°/55° ⛈", "", "", "B")],
        [("Copyright 2026 KDUQ-TV.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("FCC Public File   EEO Report   Closed Captioning   Privacy Policy   Terms of Use", "", "", "B")],
    ],
    [  # 7. South African news site's explainer: stage 3 water restrictions in a Gauteng metro, FAQ subheads (explainer)
        [("The Rietvlei Heliograph", "", "", "B")],
        [("News   Politics   Business   Sport   Lifestyle   Opinion   Explainers   e-Edition", "", "", "B")],
        [("Explainers › Water", "", "", "B")],
        [("EXPLAINER", "", "", "B")],
        [("Stage 3 water restrictions: what they mean for your household", "", "", "")],
        [("Hosepipes are banned and households using more than 20kl a month will pay a penalty tariff from 1 April", "", "", "W")],
        [("Lindiwe Mokgoatsana-Jafta", "", "", "B")],
        [("12 March 2026 · 6 min read", "", "", "B")],
        [("Share: WhatsApp   Facebook   X   Email", "", "", "B")],
        [("The Kwaggaspruit Dam, the metro's main reservoir, stood at 31% of capacity on Monday.", "", "", "W"),
         ("Picture: Sipho Matlhakola", "", "", "B")],
        [("The Tshwelopele Metro will move to stage 3 water restrictions on 1 April, mayoral committee member for utilities Karabo Ntsoane-Krugel announced on Wednesday.", "Karabo Ntsoane-Krugel", "announced", "W")],
        [("Here is what you need to know.", "", "", "B")],
        [("Why is the metro moving to stage 3?", "", "", "")],
        [("The metro's three main dams were at a combined 34% of capacity on Monday, down from 58% at the same time last year, according to the metro's weekly dam report.", "the metro's weekly dam report", "according to", "W")],
        [("The summer rains have been the weakest since 2016, with 287mm falling on the catchment between October and February, about half the long-term average of 561mm.", "", "", "W")],
        [("Ntsoane-Krugel said the metro was also losing about 37% of the water it buys to leaks and illegal connections.", "Karabo Ntsoane-Krugel", "said", "W"),
         ("“We are not going to pretend that the drought is the only problem,” she said.", "Karabo Ntsoane-Krugel", "said", "")],
        [("What is banned?", "", "", "")],
        [("From 1 April, you may not:", "", "", "")],
        [("• water gardens with a hosepipe or sprinkler (buckets and watering cans are allowed before 8am and after 6pm)", "", "", "W")],
        [("• fill or top up a swimming pool with municipal water", "", "", "W")],
        [("• wash cars, boats or paving with a hosepipe", "", "", "W")],
        [("Businesses that sell car washes must use recycled water, e.g. from a closed system, and show proof if an inspector asks.", "", "", "W")],
        [("How much will I pay?", "", "", "")],
        [("The first 6kl a month remains free for households registered as indigent.", "", "", "W"),
         ("For everyone else, the tariff for the first 6kl rises from R21.40 to R24.90 per kilolitre.", "", "", "W")],
        [("Households that use more than 20kl a month will pay a penalty tariff of R96.50 per kilolitre on every kilolitre above that, roughly four times the normal rate.", "", "", "W")],
        [("A family of four that uses 25kl a month would pay about R1,180 vs. R640 now, according to the Heliograph's calculations from the metro's tariff schedule.", "the Heliograph's calculations from the metro's tariff schedule", "according to", "W")],
        [("Will there be water cuts?", "", "", "")],
        [("Not yet, the metro says.", "the metro", "says", "W"),
         ("But Ntsoane-Krugel warned that if dam levels fell below 25%, the metro could move to stage 4, which allows it to reduce pressure at night.", "Karabo Ntsoane-Krugel", "warned", "")],
        [("Hydrologist Prof. Mpho Dlaminyane, of the University of the Veld, said that was likely by July unless the metro's residents cut use by at least 20%.", "Mpho Dlaminyane", "said", ""),
         ("“Cape Town in 2018 showed that people can cut their use by half when they understand what's at stake,” he said.", "Mpho Dlaminyane", "said", "W")],
        [("How will the rules be enforced?", "", "", "")],
        [("The metro says it will send inspectors to check on reported breaches and can issue fines of R1,000 for a first offence and R5,000 for a second.", "The metro", "says", "W"),
         ("It has also said it may fit flow restrictors to the meters of repeat offenders.", "The Tshwelopele Metro", "has also said", "")],
        [("Residents can report breaches on the metro's WhatsApp line, 072 555 0190, or by calling 0800 555 321.", "", "", "B")],
        [("When will the restrictions end?", "", "", "")],
        [("The metro has not set a date.", "", "", "W"),
         ("It says it will review the restrictions monthly and lift them only when the dams are above 50% again.", "The Tshwelopele Metro", "says", "W")],
        [("Read more:", "", "", "B")],
        [("Dam levels: the week in numbers", "", "", "B")],
        [("OPINION: The metro has known about its leaks for a decade", "", "", "B")],
        [("Sign up for the Heliograph's morning newsletter", "", "", "B")],
        [("The Rietvlei Heliograph subscribes to the Press Code.", "", "", "B")],
        [("© 2026 Rietvlei Heliograph Media (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. Indian news site's what-we-know page: a railway footbridge collapses in Maharashtra (bulleted list page)
        [("The Nirmalpur Times", "", "", "B")],
        [("E-Paper   हिंदी   मराठी   Sign In", "", "", "B")],
        [("India   Cities   World   Business   Sports   Entertainment   Videos", "", "", "B")],
        [("Cities / Pune Region", "", "", "B")],
        [("Kharvandi footbridge collapse: What we know so far", "", "", "")],
        [("Seven dead, 29 injured after part of a 34-year-old foot overbridge at Kharvandi Junction gave way during the evening rush", "", "", "W")],
        [("TNT News Desk", "", "", "B")],
        [("Updated: Mar 14, 2026, 09:20 IST", "", "", "B")],
        [("Follow us for live updates", "", "", "B")],
        [("Rescue workers clear debris from platform No. 3 at Kharvandi Junction on Friday night.", "", "", ""),
         ("(Photo: Ketan Dhumwad)", "", "", "B")],
        [("At least seven people were killed and 29 injured when a section of a foot overbridge collapsed at Kharvandi Junction railway station at about 6.45pm on Friday.", "", "", "W")],
        [("Here is what we know so far.", "", "", "B")],
        [("What happened", "", "", "")],
        [("• A 22-metre section of the bridge linking platforms 2 and 3 fell on to the tracks and platform No. 3 at about 6.45pm", "", "", "W")],
        [("• The bridge was built in 1992 and was last inspected in October 2025, according to the railway's divisional office", "the railway's divisional office", "according to", "W")],
        [("• Trains on the up and down main lines were halted for almost 11 hours; services resumed at 5.40am on Saturday", "", "", "W")],
        [("• About 4,100 passengers use the station on an average weekday, railway figures show", "railway figures", "show", "W")],
        [("The victims", "", "", "")],
        [("• Five of the dead were passengers and two were vendors who sold tea on the bridge", "", "", "W")],
        [("• The injured were taken to the sub-district hospital in Kharvandi and to Sant Devidas Hospital in Umbargaon; four are in a critical condition", "", "", "W")],
        [("• The dead include Sunanda V. Pawarkhede, 52, a schoolteacher, and her son Omkar, 19, who were returning from a wedding", "", "", "W")],
        [("What the authorities have said", "", "", "")],
        [("• The Railway Minister has announced ex gratia of Rs 5 lakh for the families of the dead, Rs 1 lakh for the seriously injured and Rs 25,000 for those with minor injuries", "The Railway Minister", "has announced", "W")],
        [("• The state government has announced a further Rs 4 lakh for each of the families of the dead", "The state government", "has announced", "W")],
        [("• A high-level inquiry under the Commissioner of Railway Safety has been ordered; its report is due within 30 days", "", "", "W")],
        [("Divisional Railway Manager R.K. Pendharvekar told reporters at the site that “prima facie” a corroded steel girder appeared to have failed.", "R.K. Pendharvekar", "told reporters", "")],
        [("“It is too early to say more.", "R.K. Pendharvekar", "said", ""),
         ("The inquiry will establish the cause, and anyone found responsible will face action,” he said.", "R.K. Pendharvekar", "said", "")],
        [("He said two junior engineers of the bridge section had been suspended pending the inquiry.", "R.K. Pendharvekar", "said", "W")],
        [("Passengers had complained about the bridge before.", "", "", ""),
         ("A letter from the Kharvandi Rail Pravasi Sangh to the divisional office, dated Nov. 18, 2025 and seen by The Nirmalpur Times, described “cracks in the flooring and rust on the railings” and asked for repairs before the monsoon.", "A letter from the Kharvandi Rail Pravasi Sangh to the divisional office", "described", "W")],
        [("“We wrote three times.", "Dattatray G. Salunkhwade", "said", ""),
         ("Nobody came!” said Dattatray G. Salunkhwade, secretary of the Sangh.", "Dattatray G. Salunkhwade", "said", "")],
        [("The railway's divisional office did not respond to questions about the letter.", "The railway's divisional office", "did not respond to questions", "")],
        [("What happens next", "", "", "")],
        [("• The Commissioner of Railway Safety will begin the inquiry on Monday and has asked witnesses to come forward", "", "", "W")],
        [("• Passengers are being diverted over the level crossing at the north end of the station until a temporary bridge is built, in approx. three weeks", "", "", "W")],
        [("• Helpline numbers for families: 0213 555 0147, 0213 555 0148", "", "", "B")],
        [("This is a developing story and will be updated.", "", "", "B")],
        [("Also Read", "", "", "B")],
        [("Audit flagged 212 ageing footbridges in the zone last year", "", "", "B")],
        [("Umbargaon hospital appeals for blood donors after bridge collapse", "", "", "B")],
        [("Tags: Kharvandi, Bridge Collapse, Railways, Maharashtra", "", "", "B")],
        [("Copyright © 2026 Nirmalpur Times Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Nigerian news site: night ferry crossings suspended after a capsize, with a correction appended (correction at the foot)
        [("The Lagos Lanternpost", "", "", "B")],
        [("Home   News   Metro   Politics   Business   Sports   Opinion   Features", "", "", "B")],
        [("Metro", "", "", "B")],
        [("Waterways authority suspends night ferry crossings after capsize kills three", "", "", "W")],
        [("Operator's licence withdrawn pending investigation; 43 passengers rescued from the lagoon", "", "", "W")],
        [("By Adaobi Nwachimezie-Ezenduka", "", "", "B")],
        [("March 13, 2026 | 7:15 pm", "", "", "B")],
        [("Updated March 14, 2026 | 11:02 am", "", "", "B")],
        [("Share on: Facebook   X   WhatsApp   Telegram", "", "", "B")],
        [("Rescue boats at the Akinrebo jetty on Thursday morning.", "", "", ""),
         ("Photo: Babatunde Oyegbami", "", "", "B")],
        [("The state waterways authority has suspended all ferry crossings on the lagoon between 7pm and 6am after a passenger boat capsized near the Akinrebo jetty on Wednesday night, killing three people.", "", "", "W")],
        [("Forty-three of the 46 passengers were rescued by fishermen and the authority's marine unit, the authority's general manager, Engr. Folasade Odunsanmi-Petch, told reporters on Thursday.", "Folasade Odunsanmi-Petch", "told reporters", "W")],
        [("She said the boat, operated by Seabright Ferries Ltd., left the jetty at 8.20pm, more than an hour after the 7pm curfew on night crossings for boats without navigation lights.", "Folasade Odunsanmi-Petch", "said", "W")],
        [("“The boat had no lights, and at least 11 of the passengers were not wearing life jackets,” she said.", "Folasade Odunsanmi-Petch", "said", "W"),
         ("“That is not an accident waiting to happen.", "Folasade Odunsanmi-Petch", "said", ""),
         ("That is an accident that has happened.”", "Folasade Odunsanmi-Petch", "said", "")],
        [("Odunsanmi-Petch said the operator's licence had been withdrawn and the boat's captain, who survived, was being questioned by the marine police.", "Folasade Odunsanmi-Petch", "said", "W")],
        [("The suspension will remain in place for at least two weeks while the authority inspects the 214 boats licensed to carry passengers on the lagoon, she said.", "Folasade Odunsanmi-Petch", "said", "W")],
        [("The dead were identified by the authority as Chinonso Eberechukwu, 34, a trader; her daughter, Amarachi, 7; and Kehinde Afolarin, 58, a retired civil servant.", "the authority", "identified", "W")],
        [("Survivors described a crowded boat that began to take on water within minutes of leaving the jetty.", "Survivors", "described", "")],
        [("“The boatman said, ‘No wahala, we are almost there,’ even when the water reached our knees,” said Ikechukwu Obiefunachi, 41, who swam about 200 metres to the shore.", "Ikechukwu Obiefunachi", "said", ""),
         ("“I am alive because I can swim.", "Ikechukwu Obiefunachi", "said", ""),
         ("Many of the women could not.”", "Ikechukwu Obiefunachi", "said", "")],
        [("In a statement, Seabright Ferries Ltd. said it was “deeply saddened” and would cooperate with investigators.", "Seabright Ferries Ltd.", "said", ""),
         ("It did not say why the boat had sailed after the curfew.", "Seabright Ferries Ltd.", "did not say", "")],
        [("Boat accidents on the lagoon killed 58 people in 2025, up from 39 in 2024, according to figures from the authority.", "figures from the authority", "according to", "W")],
        [("Commuters who rely on the night boats said the suspension would add hours to their journeys.", "Commuters who rely on the night boats", "said", "")],
        [("“By road, from Akinrebo to the Island is two and a half hours in traffic,” said Mrs. Temitope Aremu-Sadiq, a nurse who works night shifts.", "Temitope Aremu-Sadiq", "said", "W"),
         ("“By boat, it is 35 minutes.", "Temitope Aremu-Sadiq", "said", "W"),
         ("What am I supposed to do?”", "Temitope Aremu-Sadiq", "said", "")],
        [("Correction: An earlier version of this story said the boat was carrying 64 passengers.", "", "", "W"),
         ("It was carrying 46, according to the waterways authority.", "the waterways authority", "according to", "W")],
        [("This article was amended on 14 March 2026 to correct the number of passengers and the spelling of Mrs. Aremu-Sadiq's name.", "", "", "B")],
        [("Have a story?", "", "", "B"),
         ("Send tips to news@lanternpost.example.ng or WhatsApp 0809 555 0172.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Lagoon boat operators protest new life-jacket rules", "", "", "B")],
        [("How safe are Lagos ferries? We rode 12 routes to find out", "", "", "B")],
        [("© 2026 Lanternpost Media Nigeria Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Scottish news site's AMP page pasted from a phone: a council votes for a 6% visitor levy (app view)
        [("☰   STRATHKERRAN HERALD   🔍", "", "", "B")],
        [("Open in app", "", "", "B")],
        [("Politics", "", "", "B")],
        [("Council votes for 6% tourist tax on Ardvennie hotel stays", "", "", "W")],
        [("Levy to raise up to £4.1m a year from July 2027", "", "", "W")],
        [("By Catriona MacAskindle", "", "", "B")],
        [("Local Democracy Reporter", "", "", "B")],
        [("11 Mar 2026, 5:48pm", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("Visitors to Ardvennie will pay a 6% levy on overnight stays from July 2027.", "", "", "W")],
        [("Councillors voted 27 to 16 in favour on Wednesday.", "", "", "W")],
        [("The levy will apply to hotels, B&Bs, self-catering lets and campsites.", "", "", "W"),
         ("It will be capped at seven nights per stay.", "", "", "W")],
        [("Council officers estimate it will raise between £3.3m and £4.1m a year.", "Council officers", "estimate", "W")],
        [("Continue reading below", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("Council leader Morag Achnabreck said the money would be spent on public toilets, paths, parking and the upkeep of the harbour front.", "Morag Achnabreck", "said", "W")],
        [("“Our population is 48,000.", "Morag Achnabreck", "said", "W"),
         ("In August, there are nearly twice that many people in the town on any given night,” she said.", "Morag Achnabreck", "said", "W")],
        [("“Residents should not have to pay for all of that on their own.”", "Morag Achnabreck", "said", "")],
        [("Opposition group leader Cllr Hamish Dalmunzie said the rate was the highest of any Scottish council to have approved a levy.", "Hamish Dalmunzie", "said", "W")],
        [("“Who is going to book a family holiday here when the place next door is cheaper?” he asked.", "Hamish Dalmunzie", "asked", "")],
        [("RELATED", "", "", "B")],
        [("Harbour front car park charges to double", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("The Ardvennie Hospitality Association said 71% of its 140 members opposed the levy in a survey last month.", "The Ardvennie Hospitality Association", "said", "W")],
        [("Its chair, Isla Macrimmon-Gow, runs a 12-room guest house on Esplanade Rd.", "", "", "")],
        [("She said: “We're not against investment.", "Isla Macrimmon-Gow", "said", ""),
         ("We're against being the only ones asked to pay for it.”", "Isla Macrimmon-Gow", "said", "")],
        [("Businesses will be able to keep 2% of what they collect to cover their costs.", "", "", "W")],
        [("The council must now hold an 18-month implementation period before the levy starts, as required by law.", "", "", "W")],
        [("Continue reading below", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("Do you run a business in Ardvennie?", "", "", "B"),
         ("Tell us what you think: news@strathkerran.example.co.uk", "", "", "B")],
        [("Share", "", "", "B")],
        [("🔗   f   𝕏   ✉", "", "", "B")],
        [("View comments (38)", "", "", "B")],
        [("Most read", "", "", "B")],
        [("1", "", "", "B")],
        [("Ferry cancelled for third day as gales batter coast", "", "", "B")],
        [("2", "", "", "B")],
        [("Ardvennie school roll falls below 300 for first time", "", "", "B")],
        [("Open in app", "", "", "B")],
        [("View full site", "", "", "B")],
        [("Strathkerran Herald Ltd.", "", "", "B"),
         ("Registered in Scotland No. SC441207.", "", "", "B")],
    ],
    [  # 11. New Zealand magazine's long read: a high-country station sold for carbon forestry (drop cap, pull quotes)
        [("TUSSOCK & TIDE", "", "", "B")],
        [("Features   Environment   Food   Travel   Culture   Subscribe", "", "", "B")],
        [("LONG READ", "", "", "B")],
        [("The last muster at Ōrewhenua", "", "", "")],
        [("For 140 years the station ran sheep on the hills above the Rangitoetoe.", "", "", ""),
         ("Now it is being planted in pines for carbon credits, and the valley is arguing about what a farm is for", "", "", "")],
        [("Words by Hinemoa Rangikawhiti · Photographs by Lachlan Twyford", "", "", "B")],
        [("18 min read", "", "", "B")],
        [("Mustering on the tops at Ōrewhenua Station in its final autumn as a sheep farm.", "", "", "")],
        [("EVERY", "", "", "")],
        [("autumn for 31 years, Wiremu Takarangi-Tuhoromana has ridden up the Pukemanu spur before dawn with four dogs and a thermos of tea.", "", "", "W")],
        [("This year will be the last time.", "", "", "")],
        [("In December, the owners of Ōrewhenua Station sold its 6,200 hectares to Greenvault Forest Partners, a company that plans to plant about 4,800 hectares in radiata pine and earn carbon credits from the trees as they grow.", "", "", "W")],
        [("The price was not disclosed, but a valuation filed with the district council put the land at $21.4 million.", "", "", "W")],
        [("“I knew every gully on this place,” Takarangi-Tuhoromana says, leaning on the rail of the yards.", "Wiremu Takarangi-Tuhoromana", "says", ""),
         ("“In ten years you won't be able to see them for trees.”", "Wiremu Takarangi-Tuhoromana", "says", "")],
        [("“In ten years you won't be able to see them for trees.”", "", "", "B")],
        [("✦", "", "", "B")],
        [("The station carried 14,500 ewes at its peak in the 1980s.", "", "", "W"),
         ("Last season it ran 7,900, and the Delacort family, who have owned it since 1961, say it has not made a profit in four of the past six years.", "the Delacort family", "say", "W")],
        [("“People think we sold out for the money,” says Anna Delacort-Treglown, who grew up on the station and ran it with her husband until last year.", "Anna Delacort-Treglown", "says", ""),
         ("“We sold because nobody who wanted to farm it could afford to buy it.", "Anna Delacort-Treglown", "says", ""),
         ("We had it on the market for 19 months.", "Anna Delacort-Treglown", "says", "W"),
         ("We had two offers from farmers, and both fell over at the bank.”", "Anna Delacort-Treglown", "says", "W")],
        [("Greenvault's chief executive, Dominic Haerewa-Stone, says the company will keep about 1,400 hectares of the highest, steepest country in native cover, and will fence off the streams.", "Dominic Haerewa-Stone", "says", "W")],
        [("“There's a story that forestry is the end of rural communities,” he says.", "Dominic Haerewa-Stone", "says", ""),
         ("“Planting this block will take 60 people for three winters.", "Dominic Haerewa-Stone", "says", "W"),
         ("That's more work than the station has had in decades.”", "Dominic Haerewa-Stone", "says", "")],
        [("“Planting this block will take 60 people for three winters.”", "", "", "B")],
        [("— Dominic Haerewa-Stone, Greenvault Forest Partners", "", "", "B")],
        [("✦", "", "", "B")],
        [("Not everyone is persuaded.", "", "", ""),
         ("Across the Rangitoetoe valley, about 23,000 hectares of farmland have been sold for forestry since 2019, according to the district council, roughly one farm in six.", "the district council", "according to", "W")],
        [("The local school's roll has fallen from 64 pupils to 38 in that time, and the rugby club no longer fields a senior team.", "", "", "W")],
        [("Mayor Trish Kealoha-Barracliffe says the council has asked the government to limit the share of any district that can be planted in exotic trees for carbon alone.", "Trish Kealoha-Barracliffe", "says", "W")],
        [("“A pine forest doesn't send kids to school,” she says.", "Trish Kealoha-Barracliffe", "says", ""),
         ("“It doesn't buy a tractor or a round at the pub.”", "Trish Kealoha-Barracliffe", "says", "")],
        [("Is that fair?", "", "", ""),
         ("Economists at Tarakete University found in a 2024 study that carbon-only plantings employed about one worker per 1,000 hectares once the trees were established, against about eight on a sheep and beef farm of the same size.", "Economists at Tarakete University", "found", "W")],
        [("“A pine forest doesn't send kids to school.”", "", "", "B")],
        [("— Trish Kealoha-Barracliffe, mayor", "", "", "B")],
        [("✦", "", "", "B")],
        [("On the last morning of the muster, the mist sits low in the gullies.", "", "", ""),
         ("Takarangi-Tuhoromana whistles the dogs out, and 1,100 ewes pour down the spur toward the yards.", "", "", "")],
        [("He does not know what he will do next.", "", "", ""),
         ("Greenvault has offered him work as a forest ranger; he has not yet said yes.", "", "", "W")],
        [("“Ask me in spring,” he says.", "Wiremu Takarangi-Tuhoromana", "says", "")],
        [("This story appears in the Autumn 2026 issue of Tussock & Tide.", "", "", "B"),
         ("Subscribe from $49 a year.", "", "", "B")],
        [("Hinemoa Rangikawhiti is a writer based in Wellington.", "", "", "B")],
        [("You might also like", "", "", "B")],
        [("The shearers who came home", "", "", "B")],
        [("What's left of Rakaunui's braided rivers?", "", "", "B")],
        [("© 2026 Tussock & Tide Publishing Ltd", "", "", "B")],
    ],
    [  # 12. Singapore business newsletter pasted from a mail client: a morning digest of five items (email digest)
        [("The Kopi Ledger: Morning Brief", "", "", "B")],
        [("From: The Morning Brief <brief@lcledger.example.sg>", "", "", "B")],
        [("To: me", "", "", "B")],
        [("Date: Thu, 12 Mar 2026, 6:30 am", "", "", "B")],
        [("Subject: Resale flat prices rise for 23rd quarter; Serindah Air adds Perth route; COE premiums dip", "", "", "B")],
        [("View in browser", "", "", "B")],
        [("Good morning.", "", "", "B"),
         ("Here's what you need to know today, in five minutes or less.", "", "", "B")],
        [("1. Resale flat prices up again", "", "", "W")],
        [("Prices of resale public housing flats rose 1.4% in the first quarter, the 23rd quarterly rise in a row, according to flash estimates released on Wednesday.", "flash estimates released on Wednesday", "according to", "W")],
        [("The number of flats sold for at least S$1 million hit a record 412, vs. 318 in the previous quarter.", "", "", "W"),
         ("Analysts at Berjasa Realty said prices could rise 4% to 5% this year.", "Analysts at Berjasa Realty", "said", "")],
        [("Read more →", "", "", "B")],
        [("2. Serindah Air adds Perth", "", "", "W")],
        [("Budget carrier Serindah Air will fly daily between Singapore and Perth from June 2, it said on Wednesday, with one-way fares from S$139.", "Serindah Air", "said", "W")],
        [("It will be the airline's 41st destination.", "", "", "W"),
         ("Chief executive Faridah bte Mokhtarudin said the route was “a bet on Australian families coming north for the school holidays”.", "Faridah bte Mokhtarudin", "said", "")],
        [("Read more →", "", "", "B")],
        [("3. COE premiums dip", "", "", "W")],
        [("Certificate of Entitlement premiums for small cars (Cat. A) fell 3.2% to S$94,510 in Wednesday's bidding exercise, while those for larger cars (Cat. B) rose 0.8% to S$112,002.", "", "", "W")],
        [("The Open category closed at S$113,400.", "", "", "W")],
        [("Read more →", "", "", "B")],
        [("A MESSAGE FROM OUR SPONSOR", "", "", "B")],
        [("Earn up to 3.15% p.a. on your savings with the Ostervaal Bank Plus account.", "", "", "B"),
         ("T&Cs apply.", "", "", "B")],
        [("Open an account →", "", "", "B")],
        [("4. Hawker centre rents to be reviewed", "", "", "W")],
        [("The agency that runs the island's hawker centres will review how it sets stall rents after 1,860 hawkers signed a petition calling for lower rents, Minister of State Vellaisamy Tharmagoh told Parliament on Wednesday.", "Vellaisamy Tharmagoh", "told Parliament", "W")],
        [("Median monthly rent for a cooked-food stall is S$1,420, he said.", "Vellaisamy Tharmagoh", "said", "W"),
         ("The review will be completed by end-2026.", "", "", "W")],
        [("Read more →", "", "", "B")],
        [("5. One more thing", "", "", "")],
        [("A pair of smooth-coated otters and their five pups were spotted on Tuesday at the Sungei Pelantar reservoir, the first family seen there since 2021, according to wildlife group OtterWatch SG.", "OtterWatch SG", "according to", "W")],
        [("Yes, we watched the video three times.", "", "", "")],
        [("Read more →", "", "", "B")],
        [("Quote of the day", "", "", "B")],
        [("“The queue is the review.” — Hawker Yeow Chuan Hoeng, on why he has never advertised", "", "", "B")],
        [("That's all for today.", "", "", "B"),
         ("See you tomorrow.", "", "", "B")],
        [("— Wei Ling and the Brief team", "", "", "B")],
        [("Forwarded this email?", "", "", "B"),
         ("Sign up here.", "", "", "B")],
        [("You are receiving this email because you subscribed to The Morning Brief.", "", "", "B")],
        [("Unsubscribe | Manage preferences | Privacy policy", "", "", "B")],
        [("The Kopi Ledger Pte. Ltd., 80 Jalan Pelikat, #14-02, Singapore 088921", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n44-live-time-mid-incl", "The incident controller, Brendan Tollhurn, has told a briefing at Benalta that the fire crossed the Quelling Track containment line at about 3.40pm.\n“We had crews on that line all day, but the wind swung to the south-west earlier than forecast and threw embers up to two kilometres ahead of the front,” he said. “If you are in Coonabriel and you have not left, it is now too late to leave by road.”\nHe said 210 firefighters and 14 aircraft were working on the fire, incl. two large air tankers sent from New South Wales.",
     ["The incident controller, Brendan Tollhurn, has told a briefing at Benalta that the fire crossed the Quelling Track containment line at about 3.40pm.", "“We had crews on that line all day, but the wind swung to the south-west earlier than forecast and threw embers up to two kilometres ahead of the front,” he said.", "“If you are in Coonabriel and you have not left, it is now too late to leave by road.”", "He said 210 firefighters and 14 aircraft were working on the fire, incl. two large air tankers sent from New South Wales."]),
    ("n44-embed-handle-date-counts", "Coobarra Shire Council\n@CoobarraShire\nEvacuation buses from Coonabriel Primary School have now left for Benalta with 86 people on board. No more buses will run tonight. If you cannot leave safely, shelter in a solid building away from the fire front.\n3:49 PM · Mar 3, 2026\n412 Reposts   1.1K Likes",
     ["Coobarra Shire Council", "@CoobarraShire", "Evacuation buses from Coonabriel Primary School have now left for Benalta with 86 people on board.", "No more buses will run tonight.", "If you cannot leave safely, shelter in a solid building away from the fire front.", "3:49 PM · Mar 3, 2026", "412 Reposts   1.1K Likes"]),
    ("n44-embed-emoji-replies", "Kirra Bellchamberlain\n@kirrabellc\nSitting in the Benalta footy clubrooms with about 300 others. Kids are finally asleep on the floor. The volunteers here have been incredible 💛\n3:14 PM · Mar 3, 2026\nRead 96 replies",
     ["Kirra Bellchamberlain", "@kirrabellc", "Sitting in the Benalta footy clubrooms with about 300 others.", "Kids are finally asleep on the floor.", "The volunteers here have been incredible 💛", "3:14 PM · Mar 3, 2026", "Read 96 replies"]),
    ("n44-pr-dateline-pa-nasdaq", "DELWICK, Pa., March 10, 2026 /Lanternfeed/ -- Tellavane Systems, Inc. (NASDAQ: TLVN), a maker of thermal enclosures for grid-scale batteries, today announced plans to build an $85 million manufacturing plant in Pickerell, Ohio, which is expected to create 320 full-time jobs by 2029.\nThe 240,000-square-foot facility, on a 38-acre site in the Pickerell Commerce Park, will be able to produce up to 18,000 enclosures a year when fully operational. Construction is scheduled to begin in May 2026, and first production is expected in the second half of 2027.",
     ["DELWICK, Pa., March 10, 2026 /Lanternfeed/ -- Tellavane Systems, Inc. (NASDAQ: TLVN), a maker of thermal enclosures for grid-scale batteries, today announced plans to build an $85 million manufacturing plant in Pickerell, Ohio, which is expected to create 320 full-time jobs by 2029.", "The 240,000-square-foot facility, on a 38-acre site in the Pickerell Commerce Park, will be able to produce up to 18,000 enclosures a year when fully operational.", "Construction is scheduled to begin in May 2026, and first production is expected in the second half of 2027."]),
    ("n44-about-pa-ends", "About Tellavane Systems, Inc.\nTellavane Systems, Inc. designs and manufactures fire-rated thermal enclosures for utility-scale battery storage, serving more than 60 utilities and developers in North America. Founded in 2011, the company is headquartered in Delwick, Pa. For more information, visit www.tellavane.com.",
     ["About Tellavane Systems, Inc.", "Tellavane Systems, Inc. designs and manufactures fire-rated thermal enclosures for utility-scale battery storage, serving more than 60 utilities and developers in North America.", "Founded in 2011, the company is headquartered in Delwick, Pa.", "For more information, visit www.tellavane.com."]),
    ("n44-fls-dec-incl", "This press release contains forward-looking statements within the meaning of Section 27A of the Securities Act of 1933, as amended, and Section 21E of the Securities Exchange Act of 1934, as amended. Words such as “expects,” “plans,” “will” and “anticipates” and similar expressions identify forward-looking statements. Actual results may differ materially from those expressed or implied by these statements because of risks and uncertainties, incl. those described under “Risk Factors” in the Company's Annual Report on Form 10-K for the fiscal year ended Dec. 31, 2025. Tellavane undertakes no obligation to update any forward-looking statement, except as required by law.",
     ["This press release contains forward-looking statements within the meaning of Section 27A of the Securities Act of 1933, as amended, and Section 21E of the Securities Exchange Act of 1934, as amended.", "Words such as “expects,” “plans,” “will” and “anticipates” and similar expressions identify forward-looking statements.", "Actual results may differ materially from those expressed or implied by these statements because of risks and uncertainties, incl. those described under “Risk Factors” in the Company's Annual Report on Form 10-K for the fiscal year ended Dec. 31, 2025.", "Tellavane undertakes no obligation to update any forward-looking statement, except as required by law."]),
    ("n44-mp-said-colon", "Coastal Communities Minister Tobias Wetherwick-Amory MP said:\n“Nobody should have to go to bed wondering whether the sea will take their home before morning. This funding will give thousands of families on our coast the protection they deserve.\n“Where we cannot hold the line, we will help people move, with the support and the money to do it properly.”",
     ["Coastal Communities Minister Tobias Wetherwick-Amory MP said:", "“Nobody should have to go to bed wondering whether the sea will take their home before morning.", "This funding will give thousands of families on our coast the protection they deserve.", "“Where we cannot hold the line, we will help people move, with the support and the money to do it properly.”"]),
    ("n44-numbered-schemes", "The schemes receiving the largest awards are:\n1. River Tollock tidal barrier, Rhossilick: £31.5 million, protecting 1,940 homes\n2. Skelbury Head cliff stabilisation and relocation: £18.2 million, incl. 19 homes to be relocated\n3. Marshby sea wall replacement: £14.7 million, protecting 1,120 homes\n4. Ockenfold Sands beach recharge: £9.9 million, protecting 860 homes",
     ["The schemes receiving the largest awards are:", "1. River Tollock tidal barrier, Rhossilick: £31.5 million, protecting 1,940 homes", "2. Skelbury Head cliff stabilisation and relocation: £18.2 million, incl. 19 homes to be relocated", "3. Marshby sea wall replacement: £14.7 million, protecting 1,120 homes", "4. Ockenfold Sands beach recharge: £9.9 million, protecting 860 homes"]),
    ("n44-notes-to-editors", "Notes to editors\n1. The funding comes from the £5.6 billion Flood and Coastal Resilience Programme for 2021 to 2027, of which £3.9 billion has now been allocated.\n2. Schemes were assessed against the programme's partnership funding rules, under which local partners contributed a further £27.3 million to the 23 schemes.\n3. Households in the Skelbury Head relocation zone will be offered up to £85,000 each towards a new home, plus demolition costs. The relocation pilot was announced in the Coastal Adaptation Plan published in June 2025.\n4. Broadcast interviews with the minister are available on request. Contact the press office on 020 7946 0321 or email newsdesk@dcra.example.gov.uk.",
     ["Notes to editors", "1. The funding comes from the £5.6 billion Flood and Coastal Resilience Programme for 2021 to 2027, of which £3.9 billion has now been allocated.", "2. Schemes were assessed against the programme's partnership funding rules, under which local partners contributed a further £27.3 million to the 23 schemes.", "3. Households in the Skelbury Head relocation zone will be offered up to £85,000 each towards a new home, plus demolition costs.", "The relocation pilot was announced in the Coastal Adaptation Plan published in June 2025.", "4. Broadcast interviews with the minister are available on request.", "Contact the press office on 020 7946 0321 or email newsdesk@dcra.example.gov.uk."]),
    ("n44-caption-dr-photo", "Dr. Thandiwe Dunsterville-Bekwa takes an ice core on Lake Wapsicook in February. (Photo: Ezra Mackintarff)\nLakes in Nova Scotia now spend an average of 19 fewer days a year under ice than they did in the early 1980s, according to a new study led by researchers at Sandcroft University.",
     ["Dr. Thandiwe Dunsterville-Bekwa takes an ice core on Lake Wapsicook in February.", "(Photo: Ezra Mackintarff)", "Lakes in Nova Scotia now spend an average of 19 fewer days a year under ice than they did in the early 1980s, according to a new study led by researchers at Sandcroft University."]),
    ("n44-paper-initials-et-al", "The work was funded by a Discovery Grant of $186,000 and by the Sandcroft Climate Institute.\nThe paper: T. Dunsterville-Bekwa, R. Ostheller, J.-P. Lesperance et al., “Four decades of shrinking ice seasons on Nova Scotia lakes,” Freshwater Climate Letters 12 (2026).",
     ["The work was funded by a Discovery Grant of $186,000 and by the Sandcroft Climate Institute.", "The paper: T. Dunsterville-Bekwa, R. Ostheller, J.-P. Lesperance et al., “Four decades of shrinking ice seasons on Nova Scotia lakes,” Freshwater Climate Letters 12 (2026)."]),
    ("n44-rd-ns-footer", "Sandcroft University is located in Mi'kma'ki, the ancestral and unceded territory of the Mi'kmaq.\n4120 Anchorfield Rd., Ketchiport, NS B3K 9Z9 | 902-555-0100\n© Sandcroft University 2026",
     ["Sandcroft University is located in Mi'kma'ki, the ancestral and unceded territory of the Mi'kmaq.", "4120 Anchorfield Rd., Ketchiport, NS B3K 9Z9 | 902-555-0100", "© Sandcroft University 2026"]),
    ("n44-gallery-counter-caps-lead", "1/12\nShauna Kilbrackett arrives at Carrowhill District Court with her mother on Thursday. Credit: Tattler Pictures\nLOVE Lagoon star Shauna Kilbrackett has been banned from driving for two years after she was caught doing 148km/h in a 100km/h zone.",
     ["1/12", "Shauna Kilbrackett arrives at Carrowhill District Court with her mother on Thursday.", "Credit: Tattler Pictures", "LOVE Lagoon star Shauna Kilbrackett has been banned from driving for two years after she was caught doing 148km/h in a 100km/h zone."]),
    ("n44-co-wicklow-pm-read-more", "The court heard that gardaí stopped Kilbrackett's white SUV on the M29 near Ballyfarnan, Co. Wicklow, at 11.52pm on 9 August last year.\nRead more: Love Lagoon's Shauna reveals ‘secret heartbreak’ after villa split",
     ["The court heard that gardaí stopped Kilbrackett's white SUV on the M29 near Ballyfarnan, Co. Wicklow, at 11.52pm on 9 August last year.", "Read more: Love Lagoon's Shauna reveals ‘secret heartbreak’ after villa split"]),
    ("n44-judge-asked", "But Judge Aoibheann Cloonaghmore was unmoved.\n“What would you have done if a child had stepped out on to that road?” the judge asked. “You were lucky nobody died. That is the only reason you are not facing something far worse.”",
     ["But Judge Aoibheann Cloonaghmore was unmoved.", "“What would you have done if a child had stepped out on to that road?” the judge asked.", "“You were lucky nobody died.", "That is the only reason you are not facing something far worse.”"]),
    ("n44-comments-furniture", "Do you have a story for us? Email showbiz@dublintattler.example.ie\nTopics: Love Lagoon   Courts   Irish Celebs\n143 comments\nSort by newest\nJoin the conversation. Comments are moderated and must follow our house rules.\nBallyfarnanBabe\n2 hours ago\n148 on the M29 at midnight and she gets a slap on the wrist? If that was you or me we'd be locked up.\nReply · 57 likes",
     ["Do you have a story for us?", "Email showbiz@dublintattler.example.ie", "Topics: Love Lagoon   Courts   Irish Celebs", "143 comments", "Sort by newest", "Join the conversation.", "Comments are moderated and must follow our house rules.", "BallyfarnanBabe", "2 hours ago", "148 on the M29 at midnight and she gets a slap on the wrist?", "If that was you or me we'd be locked up.", "Reply · 57 likes"]),
    ("n44-video-duration-cdt", "Video: Sallowell hospital to close labor and delivery unit\n2:41\nAuthor: Marisela Zambrotta-Pliego\nPublished: 5:12 PM CDT March 16, 2026\nUpdated: 6:40 PM CDT March 16, 2026\nSALLOWELL, Texas — Tramell County Memorial Hospital will stop delivering babies on June 30, the hospital announced Monday, leaving women in a three-county area about 70 miles from the nearest labor and delivery unit.",
     ["Video: Sallowell hospital to close labor and delivery unit", "2:41", "Author: Marisela Zambrotta-Pliego", "Published: 5:12 PM CDT March 16, 2026", "Updated: 6:40 PM CDT March 16, 2026", "SALLOWELL, Texas — Tramell County Memorial Hospital will stop delivering babies on June 30, the hospital announced Monday, leaving women in a three-county area about 70 miles from the nearest labor and delivery unit."]),
    ("n44-she-asked-highway", "For Yesenia Ibarrondo, who is due in August, the news means planning a drive of more than an hour to Ridgemarsh General in Pecanville.\n“What happens if the baby comes fast and I'm stuck behind a cattle truck on Highway 41?” she asked.",
     ["For Yesenia Ibarrondo, who is due in August, the news means planning a drive of more than an hour to Ridgemarsh General in Pecanville.", "“What happens if the baby comes fast and I'm stuck behind a cattle truck on Highway 41?” she asked."]),
    ("n44-bullets-brackets-eg", "From 1 April, you may not:\n• water gardens with a hosepipe or sprinkler (buckets and watering cans are allowed before 8am and after 6pm)\n• fill or top up a swimming pool with municipal water\n• wash cars, boats or paving with a hosepipe\nBusinesses that sell car washes must use recycled water, e.g. from a closed system, and show proof if an inspector asks.",
     ["From 1 April, you may not:", "• water gardens with a hosepipe or sprinkler (buckets and watering cans are allowed before 8am and after 6pm)", "• fill or top up a swimming pool with municipal water", "• wash cars, boats or paving with a hosepipe", "Businesses that sell car washes must use recycled water, e.g. from a closed system, and show proof if an inspector asks."]),
    ("n44-platform-no-here-is", "Rescue workers clear debris from platform No. 3 at Kharvandi Junction on Friday night. (Photo: Ketan Dhumwad)\nAt least seven people were killed and 29 injured when a section of a foot overbridge collapsed at Kharvandi Junction railway station at about 6.45pm on Friday.\nHere is what we know so far.\nWhat happened",
     ["Rescue workers clear debris from platform No. 3 at Kharvandi Junction on Friday night.", "(Photo: Ketan Dhumwad)", "At least seven people were killed and 29 injured when a section of a foot overbridge collapsed at Kharvandi Junction railway station at about 6.45pm on Friday.", "Here is what we know so far.", "What happened"]),
    ("n44-initials-he-said", "Divisional Railway Manager R.K. Pendharvekar told reporters at the site that “prima facie” a corroded steel girder appeared to have failed.\n“It is too early to say more. The inquiry will establish the cause, and anyone found responsible will face action,” he said.\nHe said two junior engineers of the bridge section had been suspended pending the inquiry.",
     ["Divisional Railway Manager R.K. Pendharvekar told reporters at the site that “prima facie” a corroded steel girder appeared to have failed.", "“It is too early to say more.", "The inquiry will establish the cause, and anyone found responsible will face action,” he said.", "He said two junior engineers of the bridge section had been suspended pending the inquiry."]),
    ("n44-nov-exclaim-said", "Passengers had complained about the bridge before. A letter from the Kharvandi Rail Pravasi Sangh to the divisional office, dated Nov. 18, 2025 and seen by The Nirmalpur Times, described “cracks in the flooring and rust on the railings” and asked for repairs before the monsoon.\n“We wrote three times. Nobody came!” said Dattatray G. Salunkhwade, secretary of the Sangh.",
     ["Passengers had complained about the bridge before.", "A letter from the Kharvandi Rail Pravasi Sangh to the divisional office, dated Nov. 18, 2025 and seen by The Nirmalpur Times, described “cracks in the flooring and rust on the railings” and asked for repairs before the monsoon.", "“We wrote three times.", "Nobody came!” said Dattatray G. Salunkhwade, secretary of the Sangh."]),
    ("n44-engr-ltd-pm", "Forty-three of the 46 passengers were rescued by fishermen and the authority's marine unit, the authority's general manager, Engr. Folasade Odunsanmi-Petch, told reporters on Thursday.\nShe said the boat, operated by Seabright Ferries Ltd., left the jetty at 8.20pm, more than an hour after the 7pm curfew on night crossings for boats without navigation lights.",
     ["Forty-three of the 46 passengers were rescued by fishermen and the authority's marine unit, the authority's general manager, Engr. Folasade Odunsanmi-Petch, told reporters on Thursday.", "She said the boat, operated by Seabright Ferries Ltd., left the jetty at 8.20pm, more than an hour after the 7pm curfew on night crossings for boats without navigation lights."]),
    ("n44-mrs-correction-amended", "“By road, from Akinrebo to the Island is two and a half hours in traffic,” said Mrs. Temitope Aremu-Sadiq, a nurse who works night shifts. “By boat, it is 35 minutes. What am I supposed to do?”\nCorrection: An earlier version of this story said the boat was carrying 64 passengers. It was carrying 46, according to the waterways authority.\nThis article was amended on 14 March 2026 to correct the number of passengers and the spelling of Mrs. Aremu-Sadiq's name.",
     ["“By road, from Akinrebo to the Island is two and a half hours in traffic,” said Mrs. Temitope Aremu-Sadiq, a nurse who works night shifts.", "“By boat, it is 35 minutes.", "What am I supposed to do?”", "Correction: An earlier version of this story said the boat was carrying 64 passengers.", "It was carrying 46, according to the waterways authority.", "This article was amended on 14 March 2026 to correct the number of passengers and the spelling of Mrs. Aremu-Sadiq's name."]),
    ("n44-amp-quote-split-asked", "Council leader Morag Achnabreck said the money would be spent on public toilets, paths, parking and the upkeep of the harbour front.\n“Our population is 48,000. In August, there are nearly twice that many people in the town on any given night,” she said.\n“Residents should not have to pay for all of that on their own.”\nOpposition group leader Cllr Hamish Dalmunzie said the rate was the highest of any Scottish council to have approved a levy.\n“Who is going to book a family holiday here when the place next door is cheaper?” he asked.",
     ["Council leader Morag Achnabreck said the money would be spent on public toilets, paths, parking and the upkeep of the harbour front.", "“Our population is 48,000.", "In August, there are nearly twice that many people in the town on any given night,” she said.", "“Residents should not have to pay for all of that on their own.”", "Opposition group leader Cllr Hamish Dalmunzie said the rate was the highest of any Scottish council to have approved a levy.", "“Who is going to book a family holiday here when the place next door is cheaper?” he asked."]),
    ("n44-esplanade-rd-she-said", "The Ardvennie Hospitality Association said 71% of its 140 members opposed the levy in a survey last month.\nIts chair, Isla Macrimmon-Gow, runs a 12-room guest house on Esplanade Rd.\nShe said: “We're not against investment. We're against being the only ones asked to pay for it.”",
     ["The Ardvennie Hospitality Association said 71% of its 140 members opposed the levy in a survey last month.", "Its chair, Isla Macrimmon-Gow, runs a 12-room guest house on Esplanade Rd.", "She said: “We're not against investment.", "We're against being the only ones asked to pay for it.”"]),
    ("n44-drop-cap", "Mustering on the tops at Ōrewhenua Station in its final autumn as a sheep farm.\nEVERY\nautumn for 31 years, Wiremu Takarangi-Tuhoromana has ridden up the Pukemanu spur before dawn with four dogs and a thermos of tea.\nThis year will be the last time.",
     ["Mustering on the tops at Ōrewhenua Station in its final autumn as a sheep farm.", "EVERY", "autumn for 31 years, Wiremu Takarangi-Tuhoromana has ridden up the Pukemanu spur before dawn with four dogs and a thermos of tea.", "This year will be the last time."]),
    ("n44-pull-quote-repeat", "“There's a story that forestry is the end of rural communities,” he says. “Planting this block will take 60 people for three winters. That's more work than the station has had in decades.”\n“Planting this block will take 60 people for three winters.”\n— Dominic Haerewa-Stone, Greenvault Forest Partners",
     ["“There's a story that forestry is the end of rural communities,” he says.", "“Planting this block will take 60 people for three winters.", "That's more work than the station has had in decades.”", "“Planting this block will take 60 people for three winters.”", "— Dominic Haerewa-Stone, Greenvault Forest Partners"]),
    ("n44-cat-a-cat-b", "3. COE premiums dip\nCertificate of Entitlement premiums for small cars (Cat. A) fell 3.2% to S$94,510 in Wednesday's bidding exercise, while those for larger cars (Cat. B) rose 0.8% to S$112,002.\nThe Open category closed at S$113,400.",
     ["3. COE premiums dip", "Certificate of Entitlement premiums for small cars (Cat. A) fell 3.2% to S$94,510 in Wednesday's bidding exercise, while those for larger cars (Cat. B) rose 0.8% to S$112,002.", "The Open category closed at S$113,400."]),
    ("n44-pa-tcs-sponsor", "A MESSAGE FROM OUR SPONSOR\nEarn up to 3.15% p.a. on your savings with the Ostervaal Bank Plus account. T&Cs apply.\nOpen an account →",
     ["A MESSAGE FROM OUR SPONSOR", "Earn up to 3.15% p.a. on your savings with the Ostervaal Bank Plus account.", "T&Cs apply.", "Open an account →"]),
]  # fmt: skip
