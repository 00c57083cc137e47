"""Held-out hand-labelled pages for the hint engines (set 12): a newsroom's week, twelve pastes.

Written from scratch as a HELD-OUT set, never to be tuned on, without opening the engine's code
(`claimreview/`), its output, the scorer (`tests/text/hint_scores.py`) or any test file, and
without running anything but an import check: the format and the conventions were read only from
the docstring and the first page of `labelled_new.py`, the `build` helper of
`labelled_articles.py`, the docstrings of `labelled_new2.py` to `labelled_new17.py`, the shape of
`labelled_heldout11.py` (its docstring, STYLES, the head and tail of its ARTICLES and its
HELDOUT_CASES) and the STYLES lists of the other sets. Every person, town, outlet, company, party,
team, horse, court, school, agency, product and number is invented (a few countries, US states,
Australian states, currencies, units and time zones appear only as places and units), and no
surname, town or outlet of the earlier `tests/**` files is reused (each was checked with grep over
the whole tree; first names may recur). The furniture is worded afresh, in phrases the earlier
sets do not use.

The twelve pieces are what a newsroom checks in an ordinary week, of kinds the earlier sets do not
have: an Irish racing site's race report with a stewards' inquiry and a result block, a Caribbean
volcano observatory's activity update, a mining-services company's half-year announcement on a
stock exchange's platform, a small-town Kansas weekly's sheriff's log, the transcript of a
community television channel's mayoral candidates' forum, an electricity co-operative's notice of
a data breach, a supreme court's press summary of a housing judgment, a football site's transfer
gossip column, a political-advertising archive's page for two governor's-race TV ads, a
secondary school's email to parents pasted from webmail, a care regulator's inspection report
page and a Kenyan county's public notice inviting views on a finance bill. The points of stress
are who is speaking (roles before names, appositions, pronouns among several men or women, quotes
over several sentences, a candidate who reports what a rival said, organisations, records,
registers, audits, rota figures and other outlets as sources, "according to", "declined to
comment", "declined to say", "told reporters", "said in a statement", "did not respond", "is
understood") and honest check-worthiness, with ordinary borderline sentences both ways (a police
log call where nothing happened, a guidance assumption, a hedged interpretation, a campaign
promise, a rebuttal, a refuted rumour, a regulator's praise, a definition, a one-word answer).
`STYLES` names the kind and story of each piece, in order, and what makes it hard.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines, so every
furniture line is a paragraph of its own); each paragraph a list of sentences
`(text, speaker, cue, flags)`, flags "W", "B" or "". Every point settled in `labelled_new2.py` to
`labelled_new17.py` and the held-out sets before this one holds: titles, honorifics, ranks, role
words and post-nominals dropped from speakers; a pronoun, a later surname, a first name or a role
standing for a person named in the text resolved to the full name as first given; bodies, groups,
documents, data and short forms kept as written, "it" for an organisation resolved to its name as
first given; "according to X" -> X; "declined to comment", "declined to say" and "did not respond
..." labelled like speech with flags ""; quotes over several sentences carry the quote's speaker
and cue; a headline or standfirst source that is a role carries the person's full name; what a
court, a panel, stewards or an official DID carries no speaker; plans, votes, schedules and
results "W", forecasts, hopes and vague promises "", a forecast or estimate cited from a body's
own document "W"; quoted advice keeps its speaker and is "", the page's own advice to readers "B";
captions by content, credits "B"; standfirsts labelled like headlines, topic subheads ""; fact-
panel headings "B" with each "Label: value" line by content; data rows "" under a "B" heading and
header row; transcript labels as cues with the full name as speaker, questions no speaker unless
they cite a source, greetings and procedural turns "B"; FAQ questions "", a one-word answer that
commits to something checkable "W"; email headers, greetings and sign-offs "B"; bylines, date
lines, mastheads, menus, widgets, tickers, polls, consent, paywall and newsletter blocks, related
lists, tags, reader-service lines, appeals, release headers, "About ..." paragraphs, safe-harbor
notices, contacts and copyright lines "B", one "B" sentence per full stop and one for several
items glued on a line; factual update notes "W".

Conventions this set had to settle, in the same spirit:

* A racing result block: the "Result in full" heading is "B"; each placing line (position, horse,
  price, jockey, trainer), the runners-and-favourite line, distances, going, winning time, the
  non-runner line and the stewards' line are statements of record, "W", like a full-time score and
  its scorers; the Tote dividends line is data, "". The bookmaker's odds box under the story,
  "Over-18s only" and responsible-gambling lines are "B". What the stewards did (interviewed, viewed
  the film, suspended a rider) carries no speaker; "the racecourse veterinary officer reported"
  keeps the role as written, as no name is given. A statement of the rules ("Under the rules of
  racing, a horse is placed behind ...") is "", like a definition.
* A volcano observatory's own update carries no speaker, like a weather service's news text; the
  site-wide "ALERT LEVEL" banner is "B" like a weather alert, while the alert level, the aviation
  colour code and each hazard-zone line (level, places, status) stated in the update are "W"; "In
  brief" is a "Key points" heading ("B", bullets by content); "Seismic activity" and the like are
  topic subheads, ""; the interpretation ("consistent with fresh magma rising") and the outlook of
  what is possible are "", the advice to residents "B"; the "preliminary and may be revised" caveat
  and the next-update line are "B", like a bulletin's "Next release". "measurements from the
  observatory's two scanning spectrometers ..." and "Radar images ... show" keep the data as
  written.
* A company announcement on an exchange's platform: the platform crumb, "Price sensitive · date ·
  pages", the company name, the ABN, "SSX RELEASE", the authorisation line, the investor-briefing
  logistics, "For further information:" and the contacts, "About ..." and "Important notice" with
  its forward-looking sentences are "B"; "Half-year highlights" bullets are labelled by content; the
  company's own text carries no speaker; the formal guidance range is "W", the assumption the
  guidance rests on ("assumes an average of 44 rigs ... and no further contract terminations") is ""
  (a condition, not a claim), and an executive's "I expect ..." is a forecast, "".
* A sheriff's log in a weekly: the day lines ("Monday, Feb. 9") are "B" like date-only lines; a time
  glued to an entry ("7:52 a.m. — ...") is part of that sentence, labelled by content: an incident,
  an injury, a citation or an arrest is "W", a call in which nothing turned out to have happened is
  ""; the week's totals line is "W"; each arrest line and each court line is a statement of record,
  "W", while the list's introduction and the presumption-of-innocence note are "B", and so are the
  appeal for information, the scam warning after an entry and the removal-on-request note. The log's
  own text carries no speaker.
* A candidates' forum transcript: the moderator's turns are the outlet's, "B" when procedural (label
  included) and without a speaker when they ask; a question that cites a report or a rival carries
  that source as written with its verb ("The city's own housing needs report ..., says"; "Councillor
  Wróblewski says" resolved to the full name). Candidates' labels are cues with the full name as
  speaker, and a sentence continuing a turn keeps both. Inside a turn, a sentence that attributes a
  statement to another person ("In June 2024 the mayor said ...") carries that person with the cue
  "said", as a document cited inside a turn carries the document; the candidate's next sentence
  returns to the candidate. An audience member's self-introduction is "", with no speaker, like a
  question. "[Audience laughs]", "[APPLAUSE]", the crosstalk note, "[END OF FORUM]" and the list of
  participants are "B"; a flat rebuttal ("That's simply not true.") is "" like a verdict sentence.
* A data-breach notice: the section headings ("What occurred", "What we are doing", ...) are "B";
  the notice's own text carries no speaker; "The investigation determined" keeps the document as
  written; "We have found no evidence that any of the information has been misused." is "W" (a claim
  reviewers check); the steps readers should take are "B"; the FAQ's questions are "" and each "No."
  that answers a checkable question is "W"; the update note at the top is "W".
* A court's press summary: the "not part of the reasons" and "Numbers in square brackets" notes are
  "B"; the case lines (neutral citation, "On appeal from", bench, hearing dates) are a case-details
  panel, "W"; the background facts are "W" with no speaker; "The District Court held" and "The Court
  holds" carry the court as written; what a court DID ("allows the appeal", "dismissed her appeal",
  "rejects that argument", the dissent that "would have allowed" it) carries no speaker and is "W";
  "She notes", "he notes", "adds" resolve to the justice by the full name given on the bench line,
  "Justice" dropped; a paragraph reference ("[24]-[29]") stays part of its sentence; reasoning
  without a cue that explains the meaning of words is "".
* A transfer gossip column: an outlet cited with "according to", "reports", "says" or "claims" is
  the speaker as written ("the Northern Tocsin", later "The Tocsin"); an outlet named in brackets
  after an item's full stop ("... this month. (Morning Trumpet)") belongs to that item: item and
  bracket are ONE sentence, with the outlet as speaker and the bracket as written as cue, like a
  label; "he is understood to want ..." names no source: no speaker, "". The column's disclaimer,
  the rumour rating, the poll and the comments note are "B"; each "Done deals" line is "W", like a
  result; a club's "declined to comment" keeps its short form ("Harbury").
* A political-ad archive page: the ad's title is ""; the "Ad details" panel is a fact panel, its
  sponsor, first-aired, spend and markets lines "W", its length (a running time) and the archive's
  tone coding "B". In the transcript, "NARRATOR:" and "ON SCREEN:" lines carry the sponsor as
  written on the "Sponsor:" line with the label as cue; a narrator's "X says ..." carries X with the
  cue "says"; the candidate's own turn carries the candidate; music cues, on-screen source lines, "I
  approve this message" and "Paid for by" lines are "B". A campaign promise ("I'll freeze community
  college tuition") is "". The archive's notes are its own text, no speaker, with documents, filings
  and campaigns as sources as usual.
* A school's email to parents: the webmail chrome ("← Back to inbox", "Reply   Reply all Forward",
  the attachment line), the header lines, the letterhead, "Dear Parents and Carers,", the sign-off
  and the confidentiality footer are "B"; the head's own text carries no speaker; instructions to
  families (how to log in, where to collect lunches, whom to call) are "B"; "The engineers have told
  us" and "The outdoor centre has told us" keep the source as written with the cue "have told
  us"/"has told us"; a post "claiming that" the school will close is "" (the page reports the
  rumour, it does not assert it) and "That is not true." is "".
* A care regulator's report page: the service-details panel is a fact panel (provider, places,
  manager "W"; type and address ""); each grade line ("How good is our leadership? 2 – Weak") is a
  statement of record, "W", and the grading scale strip is "B"; the "About the service" section
  describes the subject of the report, not the publisher, so it is labelled by content (unlike an
  "About us" paragraph); "What people told us", "Our findings" and the other section headings are
  "B"; the regulator's "we found" text carries no speaker, its judgements of warmth and confidence
  are ""; "Most people told us", "Staff told us", "One person said:" and "A relative told us" keep
  the group as written; "The manager" resolves to the registered manager named in the panel;
  "Calderhaugh Care said in its response to the report" keeps the short form and the whole phrase as
  cue, and "its response said" keeps the document as written; requirements and the area for
  improvement are "W"; "We will return to check ..." (no date) is "".
* A county public notice: the county and department headers, "NOTICE TO THE PUBLIC", the reference
  line, the forum schedule's title and header row, the signature block and the "Related notices"
  list are "B"; the notice's title line is "" like a bulletin title; the notice's own text carries
  no speaker, each lettered item of the bill is "W", "The County Treasury estimates" carries the
  Treasury with the cue "estimates" and is "W"; each forum row is data, ""; where to get copies, how
  to send memoranda and the accessibility lines are reader-service lines, "B".

`HELDOUT_CASES` holds 20 sentence-split cases in the format of `labelled_heldout11.HELDOUT_CASES`
(id, text, expected sentences), written the same way: what a reviewer wants, not what the engine
does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Irish racing site's race report, Grade 1 chase kept after a stewards' inquiry (masthead with slogan, meetings strip, crumbs, trainer-says standfirst, 'at Ballinagrane' byline, photo credit, beaten rider's quote, he/she among two trainers, a jockey and a syndicate manager, declined to comment, bookmakers and racecourse as sources, veterinary officer reported, rule statement, odds box and gambling lines, full result block with Tote line, tipping email box, support line)",
    "Caribbean volcano observatory's activity update, alert level raised (slogan, site-wide alert banner, update number and issue line, In brief bullets, topic subheads, spectrometer measurements and radar images as sources, field teams reported, hedged interpretation and outlook, director's said: line with quote over two paragraphs, disaster office director told reporters then 'He', hazard-zone lines and advice, definition, preliminary caveat, next-update line, SMS alerts, partners strip)",
    "Mining-services company's half-year announcement on an exchange platform (platform crumb, price-sensitive line, ABN, release label, highlights bullets, company's own causal text, MD's said: line with figures and a forecast, results table, chair then 'she', covenant, guidance range against earlier range, guidance assumption, webcast logistics, authorisation line, contacts, About, important notice)",
    "Small-town Kansas weekly's sheriff's log (classifieds-style menu, masthead with founding year, temperature strip, headline with counts, 'From staff reports', according to the sheriff's office, sheriff told the paper then 'he', undersheriff then 'She declined to say', appeal, day lines, time-stamped entries with incidents and non-events, scam warning, week's totals, arrests list with innocence note, district court lines, judge's dismissal, removal-on-request note, most read)",
    "Community TV channel's transcript of a mayoral candidates' forum (slogan, forum title, recording line, edited-transcript note, participants list, moderator's procedural turns and questions citing a report and a rival, three candidates' labels with turns running on, a candidate reporting what the mayor said, planning dashboard cited inside a turn, audience member's question citing the police board, laughter, applause and crosstalk notes, rebuttals, closing statements, voting-day line, membership appeal)",
    "US electricity co-operative's notice of a data security incident (outage line, member menu, notice title, posted/updated line, update note at the top with a finding, What occurred / What information / What we are doing / Steps you can take headings, investigation as a source, no-evidence-of-misuse claim, general manager's said: line with a quote over three sentences, advice lines, FAQ with one-word answers, response line, equal-opportunity and footer)",
    "Supreme court's press summary of a housing succession judgment (court menu, crumbs, Press summary label, case title, neutral citation, on-appeal-from, bench and hearing lines, not-part-of-the-reasons notes, background facts, lower courts held and dismissed, allows the appeal, lead and concurring judgments, Court holds, association pointed out then 'It argued', justice rejects, she notes / she says / he notes among five justices, paragraph references, download and related-case lines)",
    "Football site's transfer gossip column (deadline countdown, crumbs, gossip headline, compiled-by byline, not-confirmed disclaimer, outlets as sources with according to / says / reports / claims, outlet in brackets after an item's full stop, agent told reporters, manager insisted then 'she', club declined to comment, father and director and 'he is understood', director told the paper, a writer named after her outlet's role, rumour rating, done deals, poll, comments note)",
    "Political-advertising archive page for two governor's-race TV ads (archive slogan, race crumbs, ad title, Ad details fact panel, running time and tone coding, music cue, NARRATOR: and ON SCREEN: lines for a campaign and for an outside committee, narrator's 'X says', on-screen source lines, candidate's promise, approve-this-message and paid-for lines, archive notes with Senate Journal, price survey, state audit and filings as sources, campaign said in a statement, campaign did not respond, committee spokesperson, error and methodology lines)",
    "English secondary school's email to parents pasted from webmail (back-to-inbox chrome, subject, From/To/Date lines, letterhead, greeting, boiler failure with engineers as a source, partial closure plan, apology, instructions to families, trust's estates team, refuted social-media rumour with the trust chief executive's written confirmation, residential price rise with the outdoor centre as a source, PTA and pupil-premium facts, attendance against a national average, sign-off, unmonitored-mailbox and confidentiality lines, attachment, reply strip)",
    "Care regulator's inspection report page for a care home (accessibility link, finder crumbs, report label and inspection dates, service-details panel, grade lines and grading scale, About the service by content, What people told us with people, one person and a relative as sources, call-bell, weight and rota records as sources, staff told us, regulator's praise, the manager resolved through the panel, numbered requirements, area for improvement, partnership, undated return visit, provider's response and its quoted apology, download lines, concern line)",
    "Kenyan county government's public notice on a county finance bill (county header, menu, crumbs, department line, NOTICE TO THE PUBLIC, reference, capitals title, invitation, lettered list of proposed levies, County Treasury estimates, Controller of Budget's report cited, copies line, forum schedule table, memoranda deadline, accessibility lines, signature block with title, related notices, copyright)",
]

ARTICLES = [
    [  # 1. Irish racing site's race report
        [("Bypass the menu", "", "", "B")],
        [("RAILSIDE", "", "", "B"),
         ("Every runner, every race, every day", "", "", "B")],
        [("Racecards   Results   Fast results   Tipping   Ante-post   Bloodstock   Point-to-point   Podcasts", "", "", "B")],
        [("Today: Ballinagrane 12:50 · Corrawee 13:35 · Drumlesk (AW) 17:15", "", "", "B")],
        [("Results › Ballinagrane › 15:35 Ardnacreevy Gold Cup (Grade 1)", "", "", "B")],
        [("Corriglass Reef keeps Ardnacreevy Gold Cup after 11-minute stewards' inquiry", "", "", "W")],
        [("Trainer says the 12-1 winner will go straight to the Marrowstone Chase in April", "Bernadette Mulqueeney", "says", "W")],
        [("Ronan Ferrity at Ballinagrane", "", "", "B")],
        [("Sunday 15 February 2026 · 18:02", "", "", "B")],
        [("Corriglass Reef and Aoife Cloonan lead over the final fence at Ballinagrane on Sunday.", "", "", "W"),
         ("Photo: Shay Corcannon / Trackside Images", "", "", "B")],
        [("Corriglass Reef, a 12-1 chance, won the Ardnacreevy Gold Cup at Ballinagrane on Sunday by a length and a quarter, but his connections had to sit through an 11-minute stewards' inquiry before the result was allowed to stand.", "", "", "W")],
        [("The eight-year-old, trained in County Slieveragh by Bernadette Mulqueeney and ridden by Aoife Cloonan, hung right after the last fence and crossed the path of the runner-up, Shinglebank Lady, about 100 metres from the line.", "", "", "W")],
        [("The stewards interviewed both riders and viewed the head-on patrol film before deciding that the interference had not affected the result.", "", "", "W"),
         ("They suspended Cloonan for two days for careless riding.", "", "", "W")],
        [("Shinglebank Lady's rider, Cathal Brosnahan, said the mare had been squeezed twice in the final furlong.", "Cathal Brosnahan", "said", "W")],
        [("“She was coming back at him and I had to snatch up,” he said.", "Cathal Brosnahan", "said", "W"),
         ("“I'm not saying we'd have won.", "Cathal Brosnahan", "said", ""),
         ("But we'd have been a lot closer than a length and a quarter.”", "Cathal Brosnahan", "said", "")],
        [("The mare's trainer, Fintan Ogilvy, said he would not appeal against the stewards' decision.", "Fintan Ogilvy", "said", "W"),
         ("“The rules are the rules, and the lads in that room saw more angles than I did,” he said.", "Fintan Ogilvy", "said", "")],
        [("Mulqueeney's only previous Grade 1 winner, Lismoyle Dancer, won at the same meeting in 2020.", "", "", "W")],
        [("She said she had watched the inquiry on a screen in the weighing room “with my hands over my eyes”.", "Bernadette Mulqueeney", "said", ""),
         ("“Six years is a long time to wait for another one of these, and then you wait another 11 minutes,” she said.", "Bernadette Mulqueeney", "said", "")],
        [("She said the gelding would run next in the Marrowstone Chase on April 9, and that his owners, the Carrowkeel Lane Syndicate, had agreed to pay the €9,000 supplementary entry fee.", "Bernadette Mulqueeney", "said", "W")],
        [("The syndicate's manager, Lorcan Cuddihy, said its 22 members had bought the horse for €14,000 as a three-year-old.", "Lorcan Cuddihy", "said", "W"),
         ("He said half of them had travelled from Clonbrack on a hired bus.", "Lorcan Cuddihy", "said", "W")],
        [("Bet with Racebet: Marrowstone Chase — Corriglass Reef 8-1, Shinglebank Lady 4-1, Kilcoran Hill 9-2", "", "", "B")],
        [("Over-18s only.", "", "", "B"),
         ("Only stake what you can afford to lose.", "", "", "B")],
        [("The 2-1 favourite, Dromcarra Boy, was pulled up before the second-last and was found to be lame behind, the racecourse veterinary officer reported.", "the racecourse veterinary officer", "reported", "W")],
        [("His trainer, Hugo Carrabine, declined to comment on the gelding's future as he left the course.", "Hugo Carrabine", "declined to comment", "")],
        [("Corriglass Reef was backed from 20-1 in the morning to 12-1 at the off, according to on-course bookmakers.", "on-course bookmakers", "according to", "W")],
        [("The racecourse said 6,412 people attended, its biggest Sunday crowd in seven years.", "The racecourse", "said", "W")],
        [("Its general manager, Siobhán Ní Fhlannagáin, said 340 tonnes of sand had been spread on the landing sides of the fences after heavy rain on Friday.", "Siobhán Ní Fhlannagáin", "said", "W")],
        [("Under the rules of racing, a horse is placed behind the one it interfered with only if the stewards are satisfied that the interference cost the other horse the better placing.", "", "", "")],
        [("Cloonan, 24, was riding her 31st winner of the season.", "", "", "W")],
        [("Result in full", "", "", "B")],
        [("1st Corriglass Reef 12-1 (A Cloonan) B Mulqueeney", "", "", "W")],
        [("2nd Shinglebank Lady 9-4 (C Brosnahan) F Ogilvy", "", "", "W")],
        [("3rd Kilcoran Hill 9-2 (P J Scarrott) M Scollard", "", "", "W")],
        [("8 ran.", "", "", "W"),
         ("Fav: Dromcarra Boy 2-1 (pulled up).", "", "", "W")],
        [("Distances: 1¼l, 7l", "", "", "W")],
        [("Going: Soft, heavy in places", "", "", "W")],
        [("Winning time: 6m 48.20s", "", "", "W")],
        [("Non-runner: Glenvarra Warrior (vet's certificate)", "", "", "W")],
        [("Tote: Win €13.60; Places €3.10, €1.40, €1.90", "", "", "")],
        [("Stewards: inquiry into interference approaching the line; placings unaltered; A Cloonan suspended two days (careless riding)", "", "", "W")],
        [("More from Ballinagrane", "", "", "B")],
        [("Scarrott rides a treble as Corrawee form holds up", "", "", "B")],
        [("Get the Railside tipping email before 9am, six days a week", "", "", "B")],
        [("Send me the tips", "", "", "B")],
        [("Railside is published by Lanesborough Digital Media DAC, registered in Ireland, company number 641207.", "", "", "B")],
        [("Worried about your betting?", "", "", "B"),
         ("Free, confidential support is available day and night on 1800 555 014.", "", "", "B")],
    ],
    [  # 2. Caribbean volcano observatory's activity update
        [("Santarique Volcano Observatory", "", "", "B")],
        [("Watching the mountain so the island can sleep", "", "", "B")],
        [("Home · Current activity · Monitoring data · Hazard maps · Ash advisories · Learn · About us · Contact", "", "", "B")],
        [("MORNE TAMBRE ALERT LEVEL: ORANGE — read the latest activity update", "", "", "B")],
        [("Current activity › Morne Tambre › Activity updates", "", "", "B")],
        [("Morne Tambre: alert level raised to Orange as the summit dome grows and earthquakes increase", "", "", "W")],
        [("Activity update No. 23", "", "", "B")],
        [("Issued Wednesday 4 March 2026, 16:00 AST", "", "", "B")],
        [("In brief", "", "", "B")],
        [("The Volcano Alert Level was raised from Yellow to Orange at 11:30 today.", "", "", "W")],
        [("The aviation colour code is Orange.", "", "", "W")],
        [("Earthquakes beneath the volcano more than tripled in 24 hours.", "", "", "W")],
        [("The National Disaster Preparedness Office has ordered residents of Zone A to leave.", "", "", "W")],
        [("Seismic activity", "", "", "")],
        [("The seismic network recorded 214 volcano-tectonic earthquakes between 16:00 on Tuesday and 16:00 today, compared with 61 in the previous 24 hours.", "", "", "W")],
        [("The largest, at 09:47 today, had a magnitude of 3.4 and was felt in Pointe Ravenal and Bois-Corail.", "", "", "W"),
         ("Most of the earthquakes were between 2 and 4 kilometres below the summit, shallower than those recorded in February.", "", "", "W")],
        [("Gas and ground deformation", "", "", "")],
        [("Sulphur dioxide emissions averaged 1,850 tonnes a day on Wednesday, according to measurements from the observatory's two scanning spectrometers on the western flank.", "measurements from the observatory's two scanning spectrometers on the western flank", "according to", "W"),
         ("The January average was about 400 tonnes a day.", "", "", "W")],
        [("Radar images from a commercial satellite taken on Monday show that the lava dome in the summit crater has grown by about 40 per cent since 20 February, to an estimated 2.1 million cubic metres.", "Radar images from a commercial satellite taken on Monday", "show", "W")],
        [("GPS stations on the northern flank have moved outward by up to 11 millimetres since mid-February.", "", "", "W")],
        [("Field teams reported a strong smell of sulphur and patches of dead vegetation along the upper Rivière Sèche on Tuesday evening.", "Field teams", "reported", "W")],
        [("What this means", "", "", "")],
        [("Taken together, these signals are consistent with fresh magma rising into the dome.", "", "", "")],
        [("Explosions that throw rock and ash several kilometres into the air, and collapses of the dome that send hot avalanches down the valleys, are possible with little or no warning.", "", "", "")],
        [("The observatory's director, Dr Maëlle Sanchez-Orville, said:", "Maëlle Sanchez-Orville", "said", "")],
        [("“The dome has not grown this fast since the weeks before the eruption of July 1996.", "Maëlle Sanchez-Orville", "said", "W"),
         ("That does not mean an eruption is certain.", "Maëlle Sanchez-Orville", "said", "")],
        [("“It means the volcano is now capable of producing one, and the people in the northern valleys need to be somewhere else while we find out.”", "Maëlle Sanchez-Orville", "said", "")],
        [("Civil protection", "", "", "")],
        [("The National Disaster Preparedness Office (NDPO) ordered the evacuation of Grand Fonds, Morne Vert and Anse Picard at 13:00, affecting about 1,100 residents.", "", "", "W")],
        [("Its director, Kendrick Marcelle, told reporters at 14:30 that 740 people had registered at the three shelters opened in Pointe Ravenal, which have room for 1,600.", "Kendrick Marcelle", "told reporters", "W")],
        [("He said police would close the Northern Road above the Rivière Sèche bridge from 18:00, and that farmers would be let back in daylight only, with a police escort, to tend livestock.", "Kendrick Marcelle", "said", "W")],
        [("The airport authority said flights at Port-Aubignac international airport, 26 kilometres south of the volcano, were operating normally on Wednesday afternoon.", "The airport authority", "said", "W"),
         ("A Volcanic Ash Advisory was issued to airlines at 11:42.", "", "", "W")],
        [("Hazard zones", "", "", "B")],
        [("Zone A (Red) — Grand Fonds, Morne Vert, Anse Picard: evacuation ordered", "", "", "W")],
        [("Zone B (Orange) — Bois-Corail, Upper Ravenal: be ready to leave at short notice", "", "", "W")],
        [("Zone C (Yellow) — rest of the island: no restrictions", "", "", "W")],
        [("Keep a bag packed with water, medicines, documents and a torch.", "", "", "B"),
         ("If ash is falling, stay indoors, close windows and cover water tanks.", "", "", "B")],
        [("Background", "", "", "")],
        [("Morne Tambre last erupted between 1996 and 2001, when pyroclastic flows destroyed the village of Saint-Rémy and more than 4,000 people left the north of the island.", "", "", "W")],
        [("A lava dome is a mound of thick, pasty lava that piles up over the vent instead of flowing away.", "", "", "")],
        [("Observations in this update are preliminary and may be revised as data are processed.", "", "", "B")],
        [("The next scheduled update will be issued at 10:00 on Thursday 5 March, or sooner if activity changes.", "", "", "B")],
        [("Get alerts by text: send TAMBRE to 4455 (free on all networks)", "", "", "B")],
        [("Monitoring partners: Ministry of Environment and Natural Hazards · Santarique University Seismic Unit · NDPO", "", "", "B")],
        [("© 2026 Santarique Volcano Observatory.", "", "", "B")],
    ],
    [  # 3. Mining-services company's half-year announcement on an exchange platform
        [("Announcements › Wirraminna Drilling Limited (SSX: WDL)", "", "", "B")],
        [("Price sensitive · 19/02/2026 08:31 AWST · 5 pages", "", "", "B")],
        [("WIRRAMINNA DRILLING LIMITED", "", "", "B")],
        [("ABN 71 613 408 229", "", "", "B")],
        [("SSX RELEASE", "", "", "B")],
        [("19 February 2026", "", "", "B")],
        [("Half-year trading update and downgrade to FY26 earnings guidance", "", "", "W")],
        [("Half-year highlights", "", "", "B")],
        [("Revenue of $212.6 million for the six months to 31 December 2025, down 9% on the prior corresponding period", "", "", "W")],
        [("Underlying EBITDA of $31.4 million, down 27%", "", "", "W")],
        [("Average rig utilisation of 68%, compared with 81% in 1H FY25", "", "", "W")],
        [("FY26 underlying EBITDA guidance revised to $58–64 million, from $78–86 million", "", "", "W")],
        [("No interim dividend will be paid", "", "", "W")],
        [("Net debt of $94.2 million at 31 December 2025", "", "", "W")],
        [("Wirraminna Drilling Limited (Wirraminna or the Company) advises that its underlying earnings for the first half of the 2026 financial year were below its expectations, and that it has lowered its guidance for the full year.", "", "", "W")],
        [("The result reflects the early end of two contracts in the Pilbarrin region and weaker demand for exploration drilling from junior gold explorers, several of which postponed planned capital raisings during the half.", "", "", "W")],
        [("On 14 January 2026, Kalgara Resources Ltd gave notice that it would end its contract for three rigs at the Yandoo project with effect from 28 February 2026, about 16 months before the contract's scheduled end.", "", "", "W"),
         ("A second contract, for two rigs at the Mount Tellison project, ended in November when its owner placed the project on care and maintenance.", "", "", "W")],
        [("Managing Director and CEO Tobias Merewether said:", "Tobias Merewether", "said", "")],
        [("“This has been a hard half, and I am not going to dress it up.", "Tobias Merewether", "said", ""),
         ("We have taken 11 rigs out of service and reduced our workforce by 140 people since October, which takes about $9 million a year out of our cost base.", "Tobias Merewether", "said", "W")],
        [("“I expect utilisation to recover through the second half as a stronger gold price flows into explorers' budgets.”", "Tobias Merewether", "said", "")],
        [("Half-year results summary", "", "", "B")],
        [("A$ million | 1H FY26 | 1H FY25 | Change", "", "", "B")],
        [("Revenue | 212.6 | 233.7 | (9%)", "", "", "")],
        [("Underlying EBITDA | 31.4 | 43.0 | (27%)", "", "", "")],
        [("Statutory net profit after tax | 2.8 | 14.9 | (81%)", "", "", "")],
        [("Operating cash flow | 24.1 | 38.6 | (38%)", "", "", "")],
        [("Statutory net profit after tax includes $4.6 million of one-off redundancy and rig-idling costs.", "", "", "W")],
        [("Capital management", "", "", "")],
        [("The Board has decided not to declare an interim dividend so that gearing stays below its target of 1.0 times underlying EBITDA.", "", "", "W")],
        [("Chair Philippa Tregonning said the decision had not been taken lightly.", "Philippa Tregonning", "said", ""),
         ("“Shareholders have received a dividend in every half since we listed in 2017, and we want to get back to that as soon as the balance sheet allows,” she said.", "Philippa Tregonning", "said", "W")],
        [("The Company remains within the covenants of its $150 million syndicated debt facility, which matures in October 2028.", "", "", "W")],
        [("Outlook", "", "", "")],
        [("Wirraminna now expects FY26 underlying EBITDA of $58 million to $64 million, compared with the guidance of $78 million to $86 million it gave on 22 August 2025.", "", "", "W")],
        [("The revised guidance assumes an average of 44 rigs operating in the second half and no further contract terminations.", "", "", "")],
        [("Investor briefing", "", "", "B")],
        [("Mr Merewether and Chief Financial Officer Dana Vukelić will hold a webcast for investors and analysts at 10:30am (AWST) today.", "", "", "B"),
         ("Registration details are on the Company's website.", "", "", "B")],
        [("This announcement has been authorised for release by the Board of Wirraminna Drilling Limited.", "", "", "B")],
        [("For further information:", "", "", "B")],
        [("Investors: Ashleigh Brandwood, Head of Investor Relations · +61 8 5550 1187", "", "", "B")],
        [("Media: Rhys Scudamore, Bluegum Lane Communications · +61 412 555 093", "", "", "B")],
        [("About Wirraminna Drilling", "", "", "B")],
        [("Wirraminna is a mineral drilling contractor with a fleet of 71 rigs working across Western Australia, South Australia and the Northern Territory.", "", "", "B")],
        [("Important notice", "", "", "B")],
        [("This announcement contains forward-looking statements, including statements about guidance, which are based on current expectations and involve risks, many of which are outside the Company's control.", "", "", "B"),
         ("Outcomes could turn out materially different.", "", "", "B")],
    ],
    [  # 4. Small-town Kansas weekly's sheriff's log
        [("Subscribe   e-Edition   Obituaries   Classifieds   Legal Notices   Send Us News", "", "", "B")],
        [("The Cullison County Plainsman", "", "", "B")],
        [("Ossawin Springs, Kansas · On your doorstep every Wednesday since 1891", "", "", "B")],
        [("Ossawin Springs  38°  Wind NW 22 mph", "", "", "B")],
        [("News / Public Safety", "", "", "B")],
        [("Sheriff's log, Feb. 9–15: four farm-shop burglaries, a pickup in the Little Arkalon and 46 calls for service", "", "", "W")],
        [("From staff reports", "", "", "B")],
        [("Feb. 18, 2026", "", "", "B")],
        [("Deputies are investigating four burglaries at farm shops east of Ossawin Springs between Feb. 9 and Feb. 12, in which tools, diesel and a utility vehicle worth about $31,000 in all were taken, according to the Cullison County Sheriff's Office.", "the Cullison County Sheriff's Office", "according to", "W")],
        [("Sheriff Wade Ruckelshaus told the Plainsman on Monday that none of the four shops had working security cameras.", "Wade Ruckelshaus", "told the Plainsman", "W")],
        [("“Whoever this is has done their homework,” he said.", "Wade Ruckelshaus", "said", ""),
         ("“They're going after the places that are a long way from a neighbor.”", "Wade Ruckelshaus", "said", "")],
        [("He said a 2021 utility vehicle taken from the Dierksen family's shop on County Road 14 was found on Feb. 13 near the Tollerud bridge with its battery removed.", "Wade Ruckelshaus", "said", "W")],
        [("Undersheriff Marla Quarnstrom said deputies had also recovered two welders from a pawn shop in Kesterlo Flats, 40 miles away.", "Marla Quarnstrom", "said", "W"),
         ("She declined to say whether anyone had been questioned.", "Marla Quarnstrom", "declined to say", "")],
        [("Anyone who has seen vehicles or trailers moving at night near farm buildings on the east side of the county is asked to call the sheriff's office at 620-555-0148.", "", "", "B")],
        [("The rest of the week's log, as provided by the sheriff's office, follows.", "", "", "B")],
        [("Calls for service", "", "", "B")],
        [("Monday, Feb. 9", "", "", "B")],
        [("7:52 a.m. — A resident of the 300 block of Elm Street reported that a catalytic converter had been cut from a pickup parked overnight in the driveway.", "", "", "W")],
        [("2:18 p.m. — A car slid into the ditch on U.S. 283 north of town; the driver was not hurt, and a wrecker was called.", "", "", "W")],
        [("9:40 p.m. — A 17-year-old was cited for minor in possession of alcohol after a traffic stop on Main Street.", "", "", "W")],
        [("Wednesday, Feb. 11", "", "", "B")],
        [("11:05 a.m. — A loose horse was reported on Kansas 96 near mile marker 141; it was back in its pasture by the time a deputy arrived.", "", "", "")],
        [("4:30 p.m. — Deputies checked on a report of a suspicious vehicle at the co-op elevator; it belonged to an employee.", "", "", "")],
        [("Friday, Feb. 13", "", "", "B")],
        [("1:14 a.m. — A pickup left County Road 9 and came to rest in the Little Arkalon River; the driver, a 52-year-old Ossawin Springs man, was taken to Cullison County Hospital with minor injuries and cited for careless driving.", "", "", "W")],
        [("3:45 p.m. — A woman reported getting a call from someone who claimed to be a deputy and demanded $900 in gift cards to clear a warrant.", "", "", "W"),
         ("The sheriff's office never calls residents to collect fines.", "", "", "B")],
        [("Saturday, Feb. 14", "", "", "B")],
        [("10:20 p.m. — Deputies answered a disturbance call at the Rusty Spur bar on Depot Street; one man was arrested (see below).", "", "", "W")],
        [("Week's totals: 46 calls for service, 19 traffic stops, 7 citations, 3 arrests, 2 vehicle crashes.", "", "", "W")],
        [("Booked into jail", "", "", "B")],
        [("People listed here were booked into the Cullison County Jail.", "", "", "B"),
         ("An arrest is not a conviction, and every person listed is presumed innocent.", "", "", "B")],
        [("Dustin Ray Kuykendahl, 29, Ossawin Springs: driving while suspended, no proof of insurance; released on $500 bond.", "", "", "W")],
        [("Corbin Lee Mattingley, 44, Kesterlo Flats: disorderly conduct, battery; held on $2,500 bond.", "", "", "W")],
        [("Tessa Renée Pflugrad, 31, Spillman Bend: probation violation (Pottorff County warrant); transferred Feb. 16.", "", "", "W")],
        [("In district court", "", "", "B")],
        [("Kalen M. Dutrow, 41, Ossawin Springs, pleaded guilty on Feb. 12 to theft of a trailer valued at $6,800 and was sentenced to 18 months' probation and ordered to pay $6,800 in restitution.", "", "", "W")],
        [("Judge Annaliese Poppenhagen dismissed a charge of criminal damage against Royce D. Umbarger, 23, at the request of the county attorney.", "", "", "W")],
        [("If a charge listed in the log is later dismissed or reduced, the Plainsman will report that outcome on request.", "", "", "B"),
         ("Email the newsroom at news@cullisonplainsman.example.", "", "", "B")],
        [("Most read this week", "", "", "B")],
        [("1. Grain elevator expansion wins county approval", "", "", "B")],
        [("2. Lady Bobcats clinch league title on buzzer-beater", "", "", "B")],
        [("© 2026 The Cullison County Plainsman · 114 W. Third St., Ossawin Springs, KS", "", "", "B")],
    ],
    [  # 5. Community TV channel's transcript of a mayoral candidates' forum
        [("CoastReach TV", "", "", "B"),
         ("Your neighbours on your screen since 1978", "", "", "B")],
        [("Watch live   On demand   Council meetings   Election 2026   Support CoastReach", "", "", "B")],
        [("Election 2026 › Candidates' forums", "", "", "B")],
        [("Transcript: Port Quillcote mayoral candidates' forum", "", "", "")],
        [("Recorded Oct. 6, 2026, at Legion Hall Branch 114, Port Quillcote", "", "", "B")],
        [("Watch the full forum (1:32:10)", "", "", "B")],
        [("This transcript was made from the broadcast audio and tidied for reading; repeated words and some overlapping speech were removed.", "", "", "B")],
        [("Taking part", "", "", "B")],
        [("Imogen Tallowfield, mayor since 2018, seeking a third term", "", "", "B")],
        [("Dariusz Wróblewski, city councillor, first elected 2022", "", "", "B")],
        [("Beatrix Ezeobi, retired nurse and president of the Saltchuck Flats Residents' Association", "", "", "B")],
        [("Moderator: Colm Tiernagh, CoastReach TV", "", "", "B")],
        [("TIERNAGH: Good evening, and welcome to the Legion.", "", "", "B"),
         ("Each candidate has one minute to open, and then we'll go to questions.", "", "", "B")],
        [("TIERNAGH: Mayor Tallowfield, we'll start with you.", "", "", "B")],
        [("TALLOWFIELD: Thank you, Colm, and thank you to the Legion for having us.", "", "", "B"),
         ("Eight years ago this city had a boil-water advisory every summer.", "Imogen Tallowfield", "TALLOWFIELD:", "W"),
         ("We have not had one since 2021, because we replaced 14 kilometres of water main.", "Imogen Tallowfield", "TALLOWFIELD:", "W"),
         ("I'm asking for four more years to finish that job.", "Imogen Tallowfield", "TALLOWFIELD:", "")],
        [("TIERNAGH: Councillor Wróblewski.", "", "", "B")],
        [("WRÓBLEWSKI: The mayor likes to talk about pipes.", "Dariusz Wróblewski", "WRÓBLEWSKI:", ""),
         ("Let's talk about the pool.", "Dariusz Wróblewski", "WRÓBLEWSKI:", "")],
        [("In June 2024 the mayor said the aquatic centre would reopen by Christmas that year.", "Imogen Tallowfield", "said", "W"),
         ("It is still closed, and the repair bill has gone from $3.2 million to $7.9 million.", "Dariusz Wróblewski", "WRÓBLEWSKI:", "W")],
        [("TIERNAGH: Ms. Ezeobi.", "", "", "B")],
        [("EZEOBI: I'm not a politician, and I think that's obvious from how nervous I am.", "Beatrix Ezeobi", "EZEOBI:", ""),
         ("[Audience laughs]", "", "", "B"),
         ("I worked 31 years at Port Quillcote General, and I'm running because people in Saltchuck Flats wait longer for everything: the bus, the ambulance, the snowplow.", "Beatrix Ezeobi", "EZEOBI:", "W")],
        [("TIERNAGH: First question, on housing.", "", "", "B"),
         ("The city's own housing needs report, published in May, says Port Quillcote needs 1,900 new homes by 2031, and the city approved 212 last year.", "The city's own housing needs report", "says", "W"),
         ("Is that pace good enough, and what would you change?", "", "", "")],
        [("TALLOWFIELD: No, it's not good enough, and I've said so.", "Imogen Tallowfield", "TALLOWFIELD:", ""),
         ("But 212 is more than double what we approved in 2019.", "Imogen Tallowfield", "TALLOWFIELD:", "W"),
         ("We cut the permit time for a basement suite from 14 weeks to five.", "Imogen Tallowfield", "TALLOWFIELD:", "W")],
        [("WRÓBLEWSKI: Five weeks on paper.", "Dariusz Wróblewski", "WRÓBLEWSKI:", ""),
         ("According to the planning department's own quarterly dashboard, the median was nine weeks last quarter.", "the planning department's own quarterly dashboard", "according to", "W")],
        [("TALLOWFIELD: That figure includes applications that were incomplete when they came in.", "Imogen Tallowfield", "TALLOWFIELD:", "W")],
        [("[Candidates speaking over each other]", "", "", "B")],
        [("TIERNAGH: Let's bring Ms. Ezeobi in.", "", "", "B")],
        [("EZEOBI: I'd build on city land.", "Beatrix Ezeobi", "EZEOBI:", ""),
         ("The old works yard on Quarrier Street has been empty for nine years.", "Beatrix Ezeobi", "EZEOBI:", "W"),
         ("It's four acres.", "Beatrix Ezeobi", "EZEOBI:", "W"),
         ("Put seniors' housing on it.", "Beatrix Ezeobi", "EZEOBI:", "")],
        [("TIERNAGH: We have a question from the floor.", "", "", "B")],
        [("AUDIENCE MEMBER: My name's Wendell, and I live in Saltchuck Flats.", "", "", ""),
         ("The police board says emergency response times in our neighbourhood went from seven minutes to 13 minutes between 2022 and 2025.", "The police board", "says", "W"),
         ("What are you going to do about it?", "", "", "")],
        [("WRÓBLEWSKI: I voted for two extra officers in this year's budget.", "Dariusz Wróblewski", "WRÓBLEWSKI:", "W"),
         ("The mayor voted against.", "Dariusz Wróblewski", "WRÓBLEWSKI:", "W")],
        [("TALLOWFIELD: I voted against a budget that raised taxes 6.8 percent.", "Imogen Tallowfield", "TALLOWFIELD:", "W"),
         ("I did not vote against police officers, and he knows that.", "Imogen Tallowfield", "TALLOWFIELD:", "")],
        [("EZEOBI: Wendell, the ambulance station that served your street was moved out to the highway in 2023.", "Beatrix Ezeobi", "EZEOBI:", "W"),
         ("That's provincial, not city, but a mayor can make noise about it, and neither of these two has.", "Beatrix Ezeobi", "EZEOBI:", "")],
        [("TIERNAGH: Next, the aquatic centre.", "", "", "B"),
         ("Mayor, Councillor Wróblewski says you promised it would reopen by Christmas 2024.", "Dariusz Wróblewski", "says", "W"),
         ("Did you?", "", "", "")],
        [("TALLOWFIELD: I said that was the contractor's schedule, and it was.", "Imogen Tallowfield", "TALLOWFIELD:", "W"),
         ("Then the engineers found the roof beams were rotten.", "Imogen Tallowfield", "TALLOWFIELD:", "W"),
         ("The province is paying $4.1 million of the $7.9 million, so the cost to city taxpayers has gone up by $600,000, not by $4.7 million.", "Imogen Tallowfield", "TALLOWFIELD:", "W")],
        [("WRÓBLEWSKI: That provincial grant was announced for the arena in 2023.", "Dariusz Wróblewski", "WRÓBLEWSKI:", "W"),
         ("She's counting the same money twice.", "Dariusz Wróblewski", "WRÓBLEWSKI:", "W")],
        [("TALLOWFIELD: That's simply not true.", "Imogen Tallowfield", "TALLOWFIELD:", "")],
        [("[APPLAUSE]", "", "", "B")],
        [("TIERNAGH: We're nearly out of time.", "", "", "B"),
         ("Thirty seconds each to close, in reverse order.", "", "", "B")],
        [("EZEOBI: Vote for whoever you like, but vote.", "Beatrix Ezeobi", "EZEOBI:", ""),
         ("Turnout in the last election was 29 percent.", "Beatrix Ezeobi", "EZEOBI:", "W")],
        [("WRÓBLEWSKI: Port Quillcote deserves a mayor who finishes what she starts.", "Dariusz Wróblewski", "WRÓBLEWSKI:", "")],
        [("TALLOWFIELD: I have finished what I started, and the water coming out of your tap tonight is the proof.", "Imogen Tallowfield", "TALLOWFIELD:", "")],
        [("TIERNAGH: Thank you all.", "", "", "B"),
         ("General voting day is Saturday, Oct. 17.", "", "", "W")],
        [("[END OF FORUM]", "", "", "B")],
        [("Find your voting place at portquillcote.example/vote or call 250-555-0120.", "", "", "B")],
        [("CoastReach TV is a not-for-profit channel run by volunteers and members.", "", "", "B"),
         ("Become a member from $5 a month.", "", "", "B")],
    ],
    [  # 6. US electricity co-operative's notice of a data security incident
        [("Main content ↓", "", "", "B")],
        [("Sweetgrass Valley Electric Cooperative", "", "", "B"),
         ("Owned by the members we serve", "", "", "B")],
        [("Power out?", "", "", "B"),
         ("Call 1-800-555-0172, day or night", "", "", "B")],
        [("Outage Map | Pay My Bill | Start, Stop or Move | Rebates & Programs | Member Portal | News", "", "", "B")],
        [("News › Notices", "", "", "B")],
        [("Notice of Data Security Incident", "", "", "")],
        [("Posted March 2, 2026 | Updated March 9, 2026", "", "", "B")],
        [("UPDATE, March 9: Notification letters were mailed to affected members and former employees on March 6.", "", "", "W"),
         ("The investigation has also found that the copied files included maintenance schedules for 41 substations; no system that controls the electric grid was accessed.", "The investigation", "has also found", "W")],
        [("Sweetgrass Valley Electric Cooperative (“SVEC”) is providing notice of a recent incident that may have involved personal information of some current and former members and former employees.", "", "", "W"),
         ("This notice explains what happened, what we are doing and what you can do.", "", "", "B")],
        [("What occurred", "", "", "B")],
        [("On January 21, 2026, SVEC detected unusual activity on part of its office computer network.", "", "", "W"),
         ("We disconnected the affected systems that afternoon, began an investigation and brought in an outside cybersecurity firm.", "", "", "W")],
        [("The investigation determined that an unauthorized party accessed certain systems between January 17 and January 21, 2026, and copied some files from a shared drive used by our billing and human resources staff.", "The investigation", "determined", "W")],
        [("We have found no evidence that any of the information has been misused.", "", "", "W")],
        [("What information was involved", "", "", "B")],
        [("The files contained the names, service addresses and account numbers of 18,406 current and former members.", "", "", "W"),
         ("For 212 former employees, they also contained Social Security numbers and dates of birth.", "", "", "W")],
        [("Payment card and bank account details are handled by a separate payment processor and were not affected.", "", "", "W")],
        [("What we are doing", "", "", "B")],
        [("We reported the incident to federal law enforcement on January 22 and to the state attorney general's office on January 23.", "", "", "W")],
        [("We have reset every staff password, added multi-factor sign-in for remote access and replaced the server that was accessed.", "", "", "W")],
        [("Affected individuals are being offered 24 months of credit monitoring and identity restoration through Veridane, at no cost to them.", "", "", "W")],
        [("General Manager Harlan Eskildsen said:", "Harlan Eskildsen", "said", "")],
        [("“Our members trust us with far more than their electricity, and we let some of them down.", "Harlan Eskildsen", "said", ""),
         ("Our staff spotted this on a Tuesday morning and had the affected server offline within 40 minutes.", "Harlan Eskildsen", "said", "W"),
         ("I'm sorry for the worry this has caused.”", "Harlan Eskildsen", "said", "")],
        [("Steps you can take", "", "", "B")],
        [("Enroll in the free monitoring by June 30, 2026, using the code printed in your letter.", "", "", "B")],
        [("Review your account statements and credit reports for activity you do not recognize.", "", "", "B"),
         ("You can get one free credit report a year from each of the three national credit bureaus.", "", "", "B")],
        [("Be wary of calls or emails that claim to be from SVEC and ask for payment by gift card or wire transfer.", "", "", "B"),
         ("We will never ask for payment that way.", "", "", "B")],
        [("Questions members have asked", "", "", "B")],
        [("Was my credit card or bank account taken?", "", "", ""),
         ("No.", "", "", "W"),
         ("SVEC does not keep full card or bank account numbers on its own systems.", "", "", "W")],
        [("Did this affect my electric service?", "", "", ""),
         ("No.", "", "", "W"),
         ("The systems that run the grid are kept on a separate network, and no member lost power because of the incident.", "", "", "W")],
        [("Why did it take six weeks to tell us?", "", "", ""),
         ("We had to work out whose information was in the copied files before we could write to the right people, and that review finished on February 24.", "", "", "W")],
        [("If you have questions", "", "", "B")],
        [("Call our response line at 1-888-555-0193, Monday to Friday, 8 a.m. to 6 p.m. Central Time.", "", "", "B")],
        [("Sweetgrass Valley Electric Cooperative is an equal opportunity provider and employer.", "", "", "B")],
        [("© 2026 SVEC · Privacy Policy · Accessibility · Board Meetings · Careers", "", "", "B")],
    ],
    [  # 7. Supreme court's press summary of a housing judgment
        [("Supreme Court of Vennermoor", "", "", "B")],
        [("Cases   Judgments   Hearings   Watch live   Visit   About the Court", "", "", "B")],
        [("Judgments › 2026 › Gilfeather v Ardencaple Housing Association", "", "", "B")],
        [("Press summary", "", "", "B")],
        [("14 January 2026", "", "", "B")],
        [("Gilfeather (Appellant) v Ardencaple Housing Association (Respondent)", "", "", "")],
        [("Neutral citation: [2026] SCV 2", "", "", "W")],
        [("On appeal from: the Court of Appeal, [2024] CA Civ 388", "", "", "W")],
        [("Bench: Chief Justice Rosalind Inverarity, Justice Ferdinand Wąsowicz, Justice Nomvula Mhlongo, Justice Piran Trengrouse, Justice Yusuf Carradale", "", "", "W")],
        [("Hearing dates: 7 and 8 October 2025", "", "", "W")],
        [("This summary is issued to help the public follow the Court's decision.", "", "", "B"),
         ("It is not part of the reasons for the decision, and only the full judgment is authoritative.", "", "", "B"),
         ("Numbers in square brackets refer to paragraphs of the judgment.", "", "", "B")],
        [("Background to the appeal", "", "", "B")],
        [("Ms Gilfeather lived for 11 years with her aunt, Edwina Gilfeather, in a two-bedroom flat in Balnagard Court, Kirkwhin, which the respondent housing association let to her aunt.", "", "", "W")],
        [("She gave up paid work in 2017 to care for her aunt, who had dementia, and was her registered carer until her aunt died in March 2022.", "", "", "W")],
        [("Clause 9.2 of the tenancy agreement allowed a “member of the tenant's family” who had lived in the flat for the 12 months before the tenant's death to take over the tenancy.", "", "", "W")],
        [("About 1,150 households a year ask the association to transfer a tenancy after a death, according to figures it gave the Court [6].", "figures it gave the Court", "according to", "W")],
        [("The association refused to transfer the tenancy to Ms Gilfeather and began proceedings for possession in 2023.", "", "", "W")],
        [("The District Court held that a niece was not a member of the tenant's family within clause 9.2 and made a possession order.", "The District Court", "held", "W")],
        [("The Court of Appeal, by a majority, dismissed her appeal.", "", "", "W"),
         ("Justice of Appeal Cressida Ellerbeck, dissenting, would have allowed it.", "", "", "W")],
        [("The decision", "", "", "B")],
        [("The Supreme Court unanimously allows the appeal and sets aside the possession order.", "", "", "W")],
        [("Justice Mhlongo gives the lead judgment, with which Chief Justice Inverarity, Justice Wąsowicz and Justice Carradale agree.", "", "", "W"),
         ("Justice Trengrouse gives a short concurring judgment.", "", "", "W")],
        [("Reasons for the judgment", "", "", "B")],
        [("The phrase “member of the tenant's family” is not defined in the agreement or in the 1991 housing regulations to which the agreement refers [19].", "", "", "W")],
        [("The Court holds that the words must be given their ordinary meaning, and that in ordinary usage a niece who has lived with her aunt as one household is a member of her family [24]-[29].", "The Court", "holds", "W")],
        [("The association pointed out that the examples listed in clause 9.2 are spouses, civil partners, parents, children and siblings [31].", "The association", "pointed out", "W"),
         ("It argued that the parties must therefore have meant to leave out more distant relatives [32].", "Ardencaple Housing Association", "argued", "")],
        [("Justice Mhlongo rejects that argument.", "", "", "W")],
        [("The list is introduced by the word “including”, which in this agreement, as elsewhere, signals examples rather than a complete definition [34].", "", "", "")],
        [("She notes that the association's own allocations policy, published in 2019, treats nieces and nephews as family members when it decides who may be added to a joint tenancy [37].", "Nomvula Mhlongo", "notes", "W")],
        [("It would be surprising, she says, if the same landlord used the same words in a narrower sense in its tenancy agreements [38].", "Nomvula Mhlongo", "says", "")],
        [("Justice Trengrouse adds that the majority in the Court of Appeal gave too much weight to a 1974 decision on a differently worded statute [52].", "Piran Trengrouse", "adds", "")],
        [("He notes that the association went on accepting rent from Ms Gilfeather for 14 months after her aunt's death [55].", "Piran Trengrouse", "notes", "W")],
        [("The case returns to the District Court, which must now record Ms Gilfeather as the tenant of the flat.", "", "", "W")],
        [("Download judgment (PDF, 412 KB)", "", "", "B")],
        [("Download press summary (PDF, 96 KB)", "", "", "B")],
        [("Watch the judgment being handed down (6:41)", "", "", "B")],
        [("Related cases", "", "", "B")],
        [("Cairnlea Row Co-operative v Strachurmore [2024] SCV 11", "", "", "B")],
        [("Accessibility · Privacy and cookies · Contact the Registry · Complaints", "", "", "B")],
        [("© Supreme Court of Vennermoor 2026", "", "", "B")],
    ],
    [  # 8. Football site's transfer gossip column
        [("THE INSWINGER", "", "", "B")],
        [("Scores   Fixtures   Tables   Transfers   Women's football   Fantasy   Podcasts", "", "", "B")],
        [("Window shuts in 8 days 16 hrs", "", "", "B")],
        [("Transfers › Gossip", "", "", "B")],
        [("Harbury open talks for Sokolović as Dunsholt set £40m price on Oyenuga", "", "", "W")],
        [("Friday's transfer talk from the papers, the podcasts and the web", "", "", "")],
        [("Compiled by Nico Pellerin", "", "", "B")],
        [("Fri 23 Jan 2026, 07:14 GMT", "", "", "B")],
        [("Everything below is a summary of what other outlets are reporting.", "", "", "B"),
         ("The Inswinger has not confirmed these stories independently.", "", "", "B")],
        [("Harbury Athletic have opened talks with Fellstead Rovers over a £26m deal for winger Dario Sokolović, 23, according to the Northern Tocsin.", "the Northern Tocsin", "according to", "W")],
        [("The Tocsin says Harbury's first offer, worth £21m plus add-ons, was turned down on Tuesday.", "The Tocsin", "says", "W")],
        [("Sokolović's agent, Miroslav Kestner, told reporters at Fellstead's training ground on Thursday that three clubs had asked about his client this month.", "Miroslav Kestner", "told reporters", "W")],
        [("But Fellstead manager Agnes Rautavaara insisted at her pre-match news conference that no offer had reached her.", "Agnes Rautavaara", "insisted", "W"),
         ("“Dario is our player and he is happy here,” she said.", "Agnes Rautavaara", "said", ""),
         ("“If someone wants to talk, they know where the club is.”", "Agnes Rautavaara", "said", "")],
        [("Harbury declined to comment.", "Harbury", "declined to comment", "")],
        [("Dunsholt City will not let their Under-21 international midfielder Tobi Oyenuga, 20, leave for less than £40m this month. (Morning Trumpet)", "Morning Trumpet", "(Morning Trumpet)", "W")],
        [("Oyenuga's father, Desmond Oyenuga, who also acts as his representative, met Dunsholt's director of football, Jens Kolding, on Wednesday, and he is understood to want a release clause in any new contract.", "", "", "")],
        [("Kolding told the Trumpet the club had “no intention of selling our best young player to a rival”.", "Jens Kolding", "told the Trumpet", "")],
        [("Oyenuga has two and a half years left on the contract he signed in June 2023.", "", "", "W")],
        [("Hallowbridge Albion have had a £9m bid for Sporting Varnek centre-back Matteo Lanzarini turned down, the Weekend Gazetteer reports.", "the Weekend Gazetteer", "reports", "W")],
        [("The Gazetteer says Albion are preparing a second offer of £11m, with Lanzarini's contract due to expire in 2027.", "The Gazetteer", "says", "W")],
        [("Albion are also keeping an eye on out-of-contract Dunsholt striker Piet Zwanenburg, 33. (Far Post podcast)", "Far Post podcast", "(Far Post podcast)", "")],
        [("Zwanenburg is considering retirement at the end of the season, according to the Sunday Pennant's chief football writer, Ros Stapylton.", "Ros Stapylton", "according to", "")],
        [("— Paid partner content —", "", "", "B")],
        [("Rumour rating: 3/5 · from 1,204 reader votes", "", "", "B")],
        [("Harbury goalkeeper Ilkka Vornanen trained alone on Thursday after a row with the club's goalkeeping coach, the Morning Trumpet claims.", "the Morning Trumpet", "claims", "W"),
         ("The club said he had a minor calf problem.", "The club", "said", "W")],
        [("Crickmore Town manager Gareth Nyholm is to be offered a new two-year deal after winning six of his last seven games. (Evening Semaphore)", "Evening Semaphore", "(Evening Semaphore)", "W")],
        [("Done deals", "", "", "B")],
        [("Kofi Manteaw: Hallowbridge Albion to Crickmore Town, loan until the end of the season", "", "", "W")],
        [("Siân Pughsley: Fellstead Rovers Women to Dunsholt City Women, undisclosed fee", "", "", "W")],
        [("Yevhen Saltanov: released by Harbury Athletic by mutual consent", "", "", "W")],
        [("Your verdict", "", "", "B")],
        [("Should Harbury pay £26m for Sokolović?", "", "", "B")],
        [("Yes — 41%   No — 59%   (3,877 votes)", "", "", "B")],
        [("Comments stay open for 48 hours and are read by moderators before they appear.", "", "", "B")],
        [("Latest transfer news", "", "", "B")],
        [("Every deal done in the January window, club by club", "", "", "B")],
        [("The Inswinger is a trading name of Sidelong Media Ltd.", "", "", "B"),
         ("Betting adverts on this site are for over-18s only.", "", "", "B")],
    ],
    [  # 9. Political-advertising archive page for two governor's-race TV ads
        [("Spotlog", "", "", "B"),
         ("Every political ad, on the record", "", "", "B")],
        [("Browse ads   Races   Sponsors   Spending tracker   Methodology   Donate", "", "", "B")],
        [("Races › 2026 › Oregon governor", "", "", "B")],
        [("“Who Pays?” — Fauquemberg for Oregon", "", "", "")],
        [("Ad details", "", "", "B")],
        [("Sponsor: Fauquemberg for Oregon", "", "", "W")],
        [("First aired: Sept. 8, 2026", "", "", "W")],
        [("Estimated TV spend to date: $1.84 million", "", "", "W")],
        [("Markets: all six broadcast markets in the state, plus streaming", "", "", "W")],
        [("Length: 0:30", "", "", "B")],
        [("Tone (our coding): contrast", "", "", "B")],
        [("Words and pictures of the spot", "", "", "B")],
        [("[Soft guitar music]", "", "", "B")],
        [("NARRATOR: Garrett Holmquist says he'll cut your taxes.", "Garrett Holmquist", "says", "")],
        [("NARRATOR: But in the state Senate, he voted to raise the gas tax four times.", "Fauquemberg for Oregon", "NARRATOR:", "W")],
        [("ON SCREEN: HOLMQUIST: 4 VOTES TO RAISE THE GAS TAX", "Fauquemberg for Oregon", "ON SCREEN:", "W")],
        [("ON SCREEN: Source: Senate Journal, 2019, 2021, 2023, 2024", "", "", "B")],
        [("NARRATOR: Families here pay 71 cents a gallon more than they did in 2018.", "Fauquemberg for Oregon", "NARRATOR:", "W")],
        [("FAUQUEMBERG: I'm Dolores Fauquemberg.", "Dolores Fauquemberg", "FAUQUEMBERG:", ""),
         ("I'll freeze community college tuition for four years, and I'll never sign a gas-tax increase.", "Dolores Fauquemberg", "FAUQUEMBERG:", "")],
        [("FAUQUEMBERG: I'm Dolores Fauquemberg, and I approve this message.", "", "", "B")],
        [("ON SCREEN: Paid for by Fauquemberg for Oregon.", "", "", "B")],
        [("Spotlog's notes", "", "", "B")],
        [("Holmquist voted for gas-tax increases in 2019 and 2021.", "", "", "W")],
        [("The 2023 and 2024 votes the ad counts were on a bill that lowered the tax on fuel for farm vehicles while raising it for heavy trucks, according to the Senate Journal.", "the Senate Journal", "according to", "W")],
        [("The 71-cent figure compares the 2018 average pump price with this August's, according to the state energy office's weekly price survey.", "the state energy office's weekly price survey", "according to", "W"),
         ("The state gas tax itself rose by 12 cents a gallon over that period.", "", "", "W")],
        [("Holmquist's campaign said in a statement that the ad was “dishonest from the first frame.”", "Holmquist's campaign", "said in a statement", "")],
        [("Fauquemberg's campaign did not respond to a question about the 2023 and 2024 votes.", "Fauquemberg's campaign", "did not respond to a question", "")],
        [("“Record” — Oregon Families Forward", "", "", "")],
        [("Ad details", "", "", "B")],
        [("Sponsor: Oregon Families Forward (independent expenditure committee)", "", "", "W")],
        [("First aired: Sept. 15, 2026", "", "", "W")],
        [("Estimated TV spend to date: $960,000", "", "", "W")],
        [("Length: 0:15", "", "", "B")],
        [("Words and pictures of the spot", "", "", "B")],
        [("NARRATOR: Under Dolores Fauquemberg, the state housing office lost track of $62 million.", "Oregon Families Forward", "NARRATOR:", "W")],
        [("ON SCREEN: $62 MILLION UNACCOUNTED FOR", "Oregon Families Forward", "ON SCREEN:", "W")],
        [("ON SCREEN: Source: Secretary of State audit report 2025-14", "", "", "B")],
        [("NARRATOR: Dolores Fauquemberg: wrong then, wrong for governor now.", "Oregon Families Forward", "NARRATOR:", "")],
        [("ON SCREEN: Paid for by Oregon Families Forward, not authorized by any candidate or candidate's committee.", "", "", "B")],
        [("Spotlog's notes", "", "", "B")],
        [("Fauquemberg directed the Housing Stability Office from 2019 to 2024.", "", "", "W")],
        [("The 2025 audit by the secretary of state's office found that the office could not produce documents showing how $62 million in emergency rent payments made in 2021 and 2022 had been used, not that the money was missing.", "The 2025 audit by the secretary of state's office", "found", "W"),
         ("The audit also found that 96 percent of the payments it sampled went to eligible tenants.", "The audit", "also found", "W")],
        [("Oregon Families Forward's spokesperson, Tamsin Ljunggren, said the ad “accurately reflects what the auditors wrote.”", "Tamsin Ljunggren", "said", "")],
        [("Filings show the committee's largest donor this year is the Pacific Fuel Retailers Association, which has given $1.2 million.", "Filings", "show", "W")],
        [("Embed   Download transcript (.txt)   Download video (.mp4)", "", "", "B")],
        [("Spotted a mistake in a transcript?", "", "", "B"),
         ("Write to fixes@spotlog.example.", "", "", "B")],
        [("Spending figures are estimates built from broadcast station filings and media-buying data and are refreshed every Monday.", "", "", "B")],
        [("Spotlog is a nonpartisan project of the Civic Media Lab and takes no money from candidates, parties or committees.", "", "", "B")],
    ],
    [  # 10. English secondary school's email to parents pasted from webmail
        [("← Back to inbox", "", "", "B")],
        [("Heating failure: Years 7–9 learning from home Thursday and Friday; Year 7 residential update", "", "", "B")],
        [("From: Thrushcombe Fields Academy <office@thrushcombefields.example>", "", "", "B")],
        [("To: Parents and Carers (All Years)", "", "", "B")],
        [("Date: Wed 4 Feb 2026, 16:47", "", "", "B")],
        [("Thrushcombe Fields Academy", "", "", "B")],
        [("A member of Larchmoor Learning Trust", "", "", "B")],
        [("Headteacher: Mrs H. Scrimshaw", "", "", "B")],
        [("Dear Parents and Carers,", "", "", "B")],
        [("I am writing to let you know that the boiler serving our main teaching block failed on Tuesday evening.", "", "", "W"),
         ("The engineers have told us that a replacement part cannot be fitted before Monday.", "The engineers", "have told us", "W")],
        [("When we checked at 7.30am today, the temperature in 14 of our 31 classrooms was below 14°C.", "", "", "W")],
        [("As a result, Years 7, 8 and 9 will learn from home on Thursday 5 and Friday 6 February.", "", "", "W"),
         ("Years 10 and 11 and the sixth form will be in school as normal, taught in the science and sports blocks, which are heated separately.", "", "", "W")],
        [("I know this is very short notice, and I am sorry for the difficulty it will cause many of you.", "", "", "")],
        [("Students learning from home should join their form group on the Learning Hub at 8.45am; lessons will then follow the usual timetable.", "", "", "B")],
        [("Students who receive free school meals can collect a packed lunch from main reception between 11.30am and 1pm on both days.", "", "", "B")],
        [("If you cannot arrange for your child to be supervised at home, please call the office before 9am tomorrow and we will find them a place in the library.", "", "", "B")],
        [("The trust's estates team has told us that the boiler is 27 years old and was already due to be replaced this summer, paid for by a £410,000 government condition grant.", "The trust's estates team", "has told us", "W")],
        [("I have asked the trust to bring that work forward, and I will let you know as soon as I have a date.", "", "", "")],
        [("A message on social media", "", "", "")],
        [("Some of you have contacted us about a post shared on social media this week claiming that Thrushcombe Fields is to close and merge with Thornleigh Park School.", "", "", "")],
        [("That is not true.", "", "", "")],
        [("There are no plans to merge the two schools.", "", "", "W"),
         ("The trust's chief executive, Dr Anand Pillai, has confirmed this to me in writing.", "Anand Pillai", "has confirmed", "W")],
        [("Year 7 residential to Haddersmere Water", "", "", "")],
        [("Thank you to the 163 families who have already paid the deposit for June's residential.", "", "", "W")],
        [("The outdoor centre has told us that its price will rise from £214 to £239 per student, because of higher staffing and food costs.", "The outdoor centre", "has told us", "W")],
        [("Our PTA has generously agreed to cover £15 of the increase for every student, so the balance for families will rise by £10.", "", "", "W"),
         ("Families who receive pupil premium funding will not pay any of the increase.", "", "", "W")],
        [("If the cost is a worry, please speak in confidence to Mr Daventry, our Head of Year 7.", "", "", "B")],
        [("Attendance", "", "", "")],
        [("Whole-school attendance for the autumn term was 93.1%, compared with a national average for secondary schools of 91.4%.", "", "", "W"),
         ("Persistent absence, meaning a student misses one day in ten or more, fell from 22% to 17%.", "", "", "W")],
        [("Thank you for everything you do to get your children here every day.", "", "", "")],
        [("Kind regards,", "", "", "B")],
        [("Mrs H. Scrimshaw", "", "", "B")],
        [("Headteacher", "", "", "B")],
        [("This mailbox is not monitored.", "", "", "B"),
         ("To contact the school, call 01632 960 418 or email office@thrushcombefields.example.", "", "", "B")],
        [("Thrushcombe Fields Academy is part of Larchmoor Learning Trust, a charitable company limited by guarantee registered in England and Wales, company number 08417220.", "", "", "B")],
        [("This email and any attachment are meant only for the person it is addressed to.", "", "", "B"),
         ("If it has reached you by mistake, please delete it and let the sender know.", "", "", "B")],
        [("Remote learning timetable – Feb 2026.pdf  (212 KB)", "", "", "B")],
        [("Reply   Reply all   Forward", "", "", "B")],
    ],
    [  # 11. Care regulator's inspection report page
        [("Accessibility tools", "", "", "B")],
        [("Care and Support Inspectorate", "", "", "B")],
        [("Find a care service   Raise a concern   For providers   Publications   About us", "", "", "B")],
        [("Find a care service › Care homes for adults › Tullochbrae House", "", "", "B")],
        [("Tullochbrae House", "", "", "")],
        [("Report of inspection", "", "", "B")],
        [("Unannounced inspection: 9 to 11 December 2025 · Published: 29 January 2026", "", "", "B")],
        [("Service details", "", "", "B")],
        [("Type: Care home service for older people", "", "", "")],
        [("Provider: Calderhaugh Care Ltd", "", "", "W")],
        [("Registered places: 42", "", "", "W")],
        [("Registered manager: Morag Birkmyre", "", "", "W")],
        [("Address: 3 Kirkton Brae, Strathmoyne", "", "", "")],
        [("Our grades", "", "", "B")],
        [("How well do we support people's wellbeing? 2 – Weak", "", "", "W")],
        [("How good is our leadership? 2 – Weak", "", "", "W")],
        [("How good is our staff team? 3 – Adequate", "", "", "W")],
        [("How good is our setting? 4 – Good", "", "", "W")],
        [("How well is our care and support planned? 2 – Weak", "", "", "W")],
        [("Grading scale: 6 Excellent · 5 Very good · 4 Good · 3 Adequate · 2 Weak · 1 Unsatisfactory", "", "", "B")],
        [("About the service", "", "", "B")],
        [("Tullochbrae House is registered to care for up to 42 older people, including people living with dementia.", "", "", "W"),
         ("At the time of the inspection, 38 people lived in the home.", "", "", "W")],
        [("At the home's previous inspection, in August 2024, wellbeing and leadership were both graded 4 – Good.", "", "", "W")],
        [("What people told us", "", "", "B")],
        [("We spoke with 14 people living in the home and nine relatives.", "", "", "W")],
        [("Most people told us they liked the staff, but several said they often had to wait a long time for help, especially at night.", "Most people", "told us", "")],
        [("One person said: “You press the buzzer and you can be waiting 20 minutes.”", "One person", "said", "W")],
        [("A relative told us that her mother had lost 6kg in three months and that nobody had told the family.", "A relative", "told us", "W")],
        [("Our findings", "", "", "B")],
        [("Call-bell records showed that 31% of night-time calls in November took more than 10 minutes to answer.", "Call-bell records", "showed", "W")],
        [("Eleven of the 18 care plans we sampled had not been reviewed in the previous six months, as the regulations require.", "", "", "W")],
        [("Weight records for five people showed significant weight loss that had not been referred to a dietitian.", "Weight records for five people", "showed", "W")],
        [("Medicines were stored safely, and the medication records we checked were accurate.", "", "", "W")],
        [("Staff were kind and respectful, and we saw warm, unhurried conversations in the lounges during the day.", "", "", "")],
        [("Staff told us they were often asked to cover extra shifts at short notice.", "Staff", "told us", "W")],
        [("The home used 1,140 hours of agency staff in October, according to the provider's own rota figures.", "the provider's own rota figures", "according to", "W")],
        [("The manager, who took up her post in September, told us she had started a review of every care plan and expected to finish it by the end of February.", "Morag Birkmyre", "told us", "W"),
         ("We were confident that she understood what needed to change.", "", "", "")],
        [("Requirements", "", "", "B")],
        [("1. By 28 February 2026, the provider must make sure that every person's care plan is reviewed and reflects their current needs, including their nutrition.", "", "", "W")],
        [("2. By 28 February 2026, the provider must make sure that call bells are answered promptly and that response times are checked every week.", "", "", "W")],
        [("Area for improvement", "", "", "B")],
        [("The provider should make sure that relatives are told promptly about significant changes in a person's health.", "", "", "W")],
        [("Next steps", "", "", "B")],
        [("We have shared our findings with Strathmoyne Health and Social Care Partnership, which funds 29 of the places.", "", "", "W"),
         ("We will return to check whether the requirements have been met.", "", "", "")],
        [("Calderhaugh Care said in its response to the report that it accepted the findings in full and had recruited a clinical lead and four additional night-shift carers since the inspection.", "Calderhaugh Care", "said in its response to the report", "W")],
        [("“We are sorry that we let residents and their families down,” its response said.", "its response", "said", "")],
        [("Download the full report (PDF, 26 pages)", "", "", "B")],
        [("Read the provider's full response (PDF)", "", "", "B")],
        [("Worried about a care service?", "", "", "B"),
         ("Tell us on 0345 555 0127 or through our online form.", "", "", "B")],
        [("Page last reviewed: 29 January 2026", "", "", "B")],
        [("Privacy · Cookies · Accessibility statement · Freedom of information · Contact us", "", "", "B")],
    ],
    [  # 12. Kenyan county government's public notice on a finance bill
        [("COUNTY GOVERNMENT OF MARONGO", "", "", "B")],
        [("Home   Departments   County Assembly   Tenders   Careers   Downloads   Contact", "", "", "B")],
        [("Downloads › Public notices", "", "", "B")],
        [("DEPARTMENT OF FINANCE AND ECONOMIC PLANNING", "", "", "B")],
        [("NOTICE TO THE PUBLIC", "", "", "B")],
        [("Ref: MCG/FEP/PP/04/2026", "", "", "B")],
        [("INVITATION TO PUBLIC PARTICIPATION ON THE MARONGO COUNTY FINANCE BILL, 2026", "", "", "")],
        [("The County Government of Marongo invites members of the public, businesses and organised groups to give their views on the Marongo County Finance Bill, 2026, which the County Executive Committee approved on 24 March 2026.", "", "", "W")],
        [("The Bill proposes, among other changes:", "", "", "")],
        [("(a) raising the daily parking fee for saloon cars in Kibarani and Olmoti towns from KSh 50 to KSh 100;", "", "", "W")],
        [("(b) a new annual licence of KSh 1,500 for boda boda operators, replacing the daily stage fee of KSh 30;", "", "", "W")],
        [("(c) raising the cess on sand from KSh 2,000 to KSh 3,500 per lorry;", "", "", "W")],
        [("(d) waiving penalties and interest on land rates arrears paid in full by 30 June 2026.", "", "", "W")],
        [("The County Treasury estimates that the measures will raise an additional KSh 214 million in own-source revenue in the 2026/27 financial year.", "The County Treasury", "estimates", "W")],
        [("Own-source revenue collected in 2024/25 was KSh 1.36 billion against a target of KSh 1.8 billion, according to the Controller of Budget's county report.", "the Controller of Budget's county report", "according to", "W")],
        [("Copies of the Bill can be downloaded from www.marongo.example/financebill2026 and are available at every ward administrator's office.", "", "", "B")],
        [("SCHEDULE OF PUBLIC PARTICIPATION FORUMS", "", "", "B")],
        [("Sub-county | Venue | Date | Time", "", "", "B")],
        [("Kibarani | Kibarani Social Hall | Tuesday 14 April 2026 | 9.00am", "", "", "")],
        [("Olmoti | Olmoti Stadium | Wednesday 15 April 2026 | 9.00am", "", "", "")],
        [("Ngarisha | Ngarisha Chief's Camp | Thursday 16 April 2026 | 10.00am", "", "", "")],
        [("Lenkijabe | Lenkijabe Primary School | Friday 17 April 2026 | 10.00am", "", "", "")],
        [("Written memoranda may be emailed to financebill@marongo.example or delivered to the Office of the Chief Officer, Finance, County Headquarters, Kibarani, not later than 5.00pm on Friday 24 April 2026.", "", "", "B")],
        [("Persons with disabilities who need help to attend a forum are encouraged to call 0700 555 218 in advance.", "", "", "B"),
         ("Sign-language interpretation will be provided at all forums.", "", "", "B")],
        [("CPA Josephine Kirimi", "", "", "B")],
        [("County Executive Committee Member, Finance and Economic Planning", "", "", "B")],
        [("Related notices", "", "", "B")],
        [("Notice of County Assembly sitting on the 2026/27 budget estimates", "", "", "B")],
        [("Tender: Supply of handheld devices for parking enforcement", "", "", "B")],
        [("© 2026 County Government of Marongo.", "", "", "B"),
         ("Reproduction needs written consent.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    # --- abbreviations in the middle of a sentence ------------------------------------------------
    ("h12-rev-st-mid", "The service was led by Rev. Gideon Wolvercote at St. Cuthburga's church on Friday.",
     ["The service was led by Rev. Gideon Wolvercote at St. Cuthburga's church on Friday."]),
    ("h12-approx-mid", "The dome has grown by approx. 40% since 20 February.",
     ["The dome has grown by approx. 40% since 20 February."]),
    ("h12-us-route-mid", "A car slid off U.S. 283 north of town on Tuesday.",
     ["A car slid off U.S. 283 north of town on Tuesday."]),
    ("h12-ksh-abbrev-mid", "Operators now pay Ksh. 30 a day at each stage.",
     ["Operators now pay Ksh. 30 a day at each stage."]),
    ("h12-v-case-name", "In Pellory v. Wendrum Homes the court held the clause void.",
     ["In Pellory v. Wendrum Homes the court held the clause void."]),
    # --- abbreviations that end a sentence before a capital ---------------------------------------
    ("h12-ltd-end", "The contract went to Corvenna Civils Ltd. Work is due to start in June.",
     ["The contract went to Corvenna Civils Ltd.", "Work is due to start in June."]),
    ("h12-street-abbrev-end", "The fire began in a flat on Grimsell St. Nobody was hurt.",
     ["The fire began in a flat on Grimsell St.", "Nobody was hurt."]),
    ("h12-jr-end", "The log lists the driver as Hollis Aarestad Jr. He was released without charge.",
     ["The log lists the driver as Hollis Aarestad Jr.", "He was released without charge."]),
    ("h12-etc-end", "Thieves took drills, ladders, fuel cans etc. Deputies found some of them on Friday.",
     ["Thieves took drills, ladders, fuel cans etc.", "Deputies found some of them on Friday."]),
    ("h12-pm-end", "Polls close at 8 p.m. Results are expected by midnight.",
     ["Polls close at 8 p.m.", "Results are expected by midnight."]),
    ("h12-initials-end", "The report was written by T. R. Gisborne. It runs to 86 pages.",
     ["The report was written by T. R. Gisborne.", "It runs to 86 pages."]),
    # --- designations -------------------------------------------------------------------------------
    ("h12-para-designation", "The point is dealt with at para. 38 of the judgment.",
     ["The point is dealt with at para. 38 of the judgment."]),
    ("h12-cl-designation", "Under cl. 9.2 of the lease, only family members may take over the tenancy.",
     ["Under cl. 9.2 of the lease, only family members may take over the tenancy."]),
    # --- quotes with attributions -----------------------------------------------------------------
    ("h12-question-quote-name-attrib", "“Who signed this off?” Councillor Gowdie asked. Nobody answered.",
     ["“Who signed this off?” Councillor Gowdie asked.", "Nobody answered."]),
    ("h12-exclaim-quote-lower", "“Not again!” groaned a steward as the horse drifted right.",
     ["“Not again!” groaned a steward as the horse drifted right."]),
    # --- numbers, lists, addresses, sources ---------------------------------------------------------
    ("h12-odds-lengths", "She was backed from 16-1 to 12-1 and won by 1.25 lengths.",
     ["She was backed from 16-1 to 12-1 and won by 1.25 lengths."]),
    ("h12-lettered-list", "The bill would (a) double the parking fee, (b) add a boda boda licence and (c) raise the sand cess.",
     ["The bill would (a) double the parking fee, (b) add a boda boda licence and (c) raise the sand cess."]),
    ("h12-url-mid", "Copies are at www.marsabeth.example/bill and at every ward office.",
     ["Copies are at www.marsabeth.example/bill and at every ward office."]),
    ("h12-email-end", "Send memoranda to finance@marsabeth.example. The deadline is 24 April.",
     ["Send memoranda to finance@marsabeth.example.", "The deadline is 24 April."]),
    ("h12-bracketed-source", "Ashvale want the winger. (Evening Semaphore) Tremoor have also asked about him.",
     ["Ashvale want the winger. (Evening Semaphore)", "Tremoor have also asked about him."]),
]  # fmt: skip
