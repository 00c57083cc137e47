"""Hundred-and-sixty-first set of new hand-labelled pages for the hint engines (tuning set, round fifty-eight):
twelve WHOLE pages from twelve KINDS OF SITE in twelve countries, head to tail as a reader's paste
gives them, where the hard part is telling the site's FURNITURE from the STORY, both ways. None of
the countries of `labelled_new159.py` or `labelled_new160.py` comes back. The pages, all desktop
browser pastes: an Irish regional daily's website (a record 97 patients on trolleys at University
Hospital Galway); a Kenyan broadcaster's website (the Nakuru County Assembly impeaches its governor
59–14); an Australian outdoors magazine (the Overland Track's daily cap cut from 34 to 24 walkers
after a fire); a Tanzanian agribusiness trade-press site (the season's first cashew auction averages
TSh 2,860 a kilo); a Canadian municipal press room (Halifax garbage collection every two weeks from
April 5); an Indian wire story on a news portal (GRAP Stage III invoked as Delhi's AQI reaches 412);
a Ghanaian local radio station's website (a fire destroys 214 shops at Kumasi Central Market); a
United States student newspaper (trustees raise in-state tuition at the University of Maine 4.5%);
a Philippine newsletter post on a newsletter platform (the LTFRB's final deadline for 6,312
unconsolidated jeepneys); a Pakistani NGO's newsroom page (a survey finds four in ten Karachi outdoor
workers fell ill in the June heatwave); a Fijian rugby club's website (the club's first title since
2009, 27–19); and a Japanese regional daily's English edition (a record 2,148 bear sightings in
Akita in six months).

Furniture written like PROSE, every line "B" whatever it says and whether or not it restates the
news: a metered paywall counter, free-to-read and premium notes, membership and paid-subscription
pitches, donation appeals with sums ("Your gift of Rs 3,000 keeps a water-and-shade point open ..."),
newsletter pitches, author and staff bios (one with a checkable-looking boast: "He has walked the
Overland Track eleven times, twice in winter."), correction notes that restate the corrected figure
("... gave the national figure as 621." / "The correct figure is 612."; "... said the vote was
10–5." / "It was 11–4."), an editor's note about an update and one disclosing a reporter's job, a
machine-translation note, a note that interviews were translated from Twi, an affiliate note,
sponsor lines, an event ad, a syndication note in parentheses over two sentences, comment rules and
a listeners' disclaimer, notes to editors, a registration line, a land acknowledgement and an
acknowledgement of country. Furniture in ODD SHAPES, all "B": a markets ticker, a live AQI widget
that restates the story's figure, a trending line, a scores strip that restates the result and the
next fixture, a LIVE TV / LISTEN LIVE strip, a "NOW ON AIR" line and a schedule widget, audio and
video players with running times, an affiliate product line ending "Co. →", a wire's sign-off
initials, "-30-", media-contact lines, a "Was this page helpful?" widget with "Yes" and "No", a
reactions strip, cookie banners split over four lines, and footer legal lines split at "Ltd.",
"Pvt. Ltd.", "Co. Ltd.", "Co., Ltd.", "Inc." and "1882.".

Story lines that LOOK like furniture, labelled by content: one-line paragraphs ("No one was
killed.", "The vote took 14 minutes.", "The hospital has 681 inpatient beds.", "Green cart and blue
bag collection will stay weekly."); fact boxes whose title is "B" and whose lines carry the story's
facts ("AT A GLANCE", "KNOW BEFORE YOU GO", "Key findings", each line "W" with no speaker);
bulleted key facts and dashed measures; timelines with dates (titled "B" or led in by a fragment
"", each dated line one "W" sentence, "Aug. 28:" and "Sept. 14:" never split); a bulleted list of
counts introduced by "The fire service said the worst-hit lines were:" and one of demands introduced
by "The trust is calling on the Sindh government to:" (each item carrying the source of the lead-in,
counts "W", demands ""); a list of the trustees who voted against ("W", a record of votes); short
quotes on their own line; question subheads (""); a newsletter's footnote that qualifies a figure
("W"); a scoring block of data lines (""); captions by content.

Of record ("W"): counts, records and comparisons, votes and their tallies, charges listed in a
motion, causal claims by officials ("because tables and parked trucks blocked the access lanes",
"attributed the rise to a poor crop of beech nuts", "reflected a smaller crop in West Africa"),
rules (the two-thirds threshold, the Senate procedure, a levy, an exemption, a fine, a cap, the
emergency-shooting rule), decisions and events with a date ("would pay ... this week", "from Oct.
15", "would award those routes by August 15", "is set for 1 November"), market prices from a group
of farmers, and what a named kind of document found ("A 2026 waste audit ... found"). Not worth
checking (""): projections and forecasts ("is projected to save $3.4 million a year, according to a
staff report to council", "It is expected to reach capacity in 2032.", "Traders at the exchange
expect ..."), promises and plans without a date, threats ("deal ruthlessly"), advocacy and advice,
opinions, feelings, anecdotes (the newsletter writer's first-person rides included), scenes,
questions and data lines. A quote may hold both ("“We have written to the assembly ... every year
since 2019." "W" / "Where are they?” he said." "").

The pages hold 543 sentences: 251 "B", 190 "W" and 102 ""; 141 sentences carry a speaker (80
distinct speakers, page by page; 78 distinct labels). `STYLES` describes each page, its story, its
furniture and its labels in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Written from scratch for issue 13 in round fifty-eight, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the
module docstrings, `STYLES`, the shape of `ARTICLES` and `CASES`, the first page and the first three
cases of `labelled_new159.py` and `labelled_new160.py`. Coined names were checked for freshness
against the string constants of those two files, through `ast`: an outlet word ("Tribune") and one
compound surname that hit were replaced before the file was written; only common given names
("Daniel", "Mary", "Victoria") and generic words ("Eagles", "Review", "Quay") still hit.

Every person, outlet, portal, wire, station, newsletter, magazine, club, union, forum, trust, firm,
sponsor, competition, statement, report, survey, audit and figure is invented, and so is every
small place (Valelevu Grounds as a club ground, the Adum Line Traders' Union and the like). Real
countries, cities, towns, districts, markets, tracks, parks, dams, hospitals, universities,
assemblies, courts, laws, ministries, regulators, agencies and other public bodies appear only as
settings, with invented statements and figures: Galway, Tuam, Connemara, University Hospital
Galway, Roscommon University Hospital, the Irish Nurses and Midwives Organisation, the Health
Service Executive and the office of Minister for Health; Nakuru, Bahati, Molo, Wakulima market, the
Nakuru County Assembly, the Senate, the High Court in Nakuru, the Ethics and Anti-Corruption
Commission, the County Governments Act and the Public Finance Management Act; Tasmania, the
Overland Track, Cradle Mountain, Cradle Mountain–Lake St Clair National Park, Pelion Plains, Kia
Ora, Mount Ossa, Launceston and the Tasmania Parks and Wildlife Service; Mtwara, Tandahimba, Newala,
Lindi, Ruvuma, Nachingwea, Arusha, Dar es Salaam's Msasani Peninsula, Côte d'Ivoire, Vietnam, the
Cashewnut Board of Tanzania and the Tanzania Mercantile Exchange; the Halifax Regional Municipality,
its regional council and Environment and Sustainability Standing Committee, the Otter Lake landfill,
311 and Mi'kma'ki; New Delhi, India Gate, the National Capital Region, Gurugram, Faridabad,
Ghaziabad, Gautam Buddh Nagar, Noida, Punjab, Haryana, the Commission for Air Quality Management and
its Graded Response Action Plan, the Central Pollution Control Board, the India Meteorological
Department, the Indian Institute of Tropical Meteorology, Safdarjung Hospital, the Delhi Traffic
Police and the Delhi Metro; Kumasi, Kumasi Central Market, Ashanti, Komfo Anokye Teaching Hospital,
the Ghana National Fire Service and the Kumasi Metropolitan Assembly; the University of Maine,
Orono, the University of Maine System Board of Trustees and Wells Conference Center; Metro Manila,
Quezon City, Cubao, Quiapo, Tondo, Caloocan, Rizal, Cavite, the Land Transportation Franchising and
Regulatory Board and the Department of Transportation; Karachi, Gulistan-e-Jauhar, Sindh, Punjab,
the Pakistan Meteorological Department, the Sindh Health Department, the Sindh Labour and Human
Resources Department and the Trusts Act 1882; Nasinu, Valelevu, Nausori, Rewa, Lautoka, Navua and
the Fiji Rugby Union; Akita, Semboku, Tamagawa Dam, Kazuno, Kitaakita, Yuzawa, Odate, Yokote, Iwate,
Tohoku, Akita Prefectural University, the Akita prefectural government and the Wildlife Protection
and Hunting Management Act.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, ticker, widget, crumb, byline, date
line, player, share strip, caption, credit, table row, list item and legal line is a paragraph of
its own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
As in the recent sets: furniture "B" line by line, never with a speaker; a caption by its content
and its credit "B"; tables pasted as lines with a "B" title, header row and source line and ""
data rows; headlines and standfirsts never split and flagged by content, their "says" or "said"
carrying the source as the body first names it; a dateline belongs to its lead sentence; a person
is named in full as first given, without titles or roles, and a pronoun, surname or role noun
resolves to that name; a quote over several sentences carries its speaker and cue in each;
"according to X" gives X as written; generic nouns for a body or a document are kept as written
("the union", "The service", "the board", "the commission", "the fire service", "the report", "the
prefecture"), a short form or pronoun resolves to the name as first given ("it said" -> "the Irish
Nurses and Midwives Organisation", "the LTFRB said" -> "the Land Transportation Franchising and
Regulatory Board"); a bracketed acronym and a descriptor before a proper name are dropped; a
fronted channel ("In a statement, Lelei called ...") is not part of the cue, one after the verb is
("said in a statement", "said in a report", "said at a news conference").

Conventions this set had to settle, in the same spirit:

* Notes ABOUT THE PAGE are furniture even when they carry the story's facts: a correction ("B" in
  each of its sentences, the corrected figure included), an editor's note on an update or on a
  reporter's conflict of interest, a translation note, an affiliate note, a syndication note. An
  author bio is "B" even when a sentence of it could be checked.
* A widget that restates the news (a live AQI strip, a scores strip, an audio promo for the
  mover's interview) is "B"; the same fact in the story is labelled by content.
* A fact box or "key findings" box: its title is "B", each line is one sentence labelled by content
  with no speaker, even when the box restates figures the story attributes elsewhere.
* A list led in by "X said ... were:" or "X is calling on ... to:" carries X, with the lead-in's
  cue, on every item; the lead-in fragment is "", the items by content (counts "W", demands "").
  A full clause before the colon that is itself of record ("Under Stage III, the following
  measures come into force with immediate effect:", "The motion was tabled on February 24 by ...
  on three grounds:") is "W"; a bare fragment ("What is changing:", "Key dates:", "How we got here,
  in five dates:") is "".
* An NGO's demands and recommendations are advocacy (""), unlike a coroner's recommendations, which
  are of record.
* A newsletter writer's own first-person experience carries no speaker and is ""; the post's title
  with a characterisation ("The last deadline (they say) ...") is ""; a footnote marker "¹" stays
  inside its sentence and the footnote itself is story ("W" when it qualifies a figure), while the
  sign-off, greeting, sponsor note and paid pitch are "B".
* Titles dropped from the label: "Atty.", "Ka", "ACFO", "Gov.", "Professor", "Chancellor",
  "Student Government President", "Councillor", "Mayor", "Minister for Health", "Assembly Speaker",
  "Political analyst Dr", "CBT director general", "Kumasi Metropolitan Chief Executive", "Delhi
  Environment Minister", "head coach", "Club president". An unnamed person is kept as written ("a
  trader cried" -> "a trader", cue "cried").
* A projection in an official document ("is projected to save ..., according to a staff report to
  council") is "" with the document as speaker, like a forecast in a plan.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Irish REGIONAL DAILY\'S WEBSITE (Galway), desktop browser paste, HEALTH: a record 97 patients on trolleys at University Hospital Galway. Head: masthead, subscribe/sign-in line, menu, a METERED PAYWALL COUNTER in two sentences, crumb (all "B"); headline of record "W"; standfirst "Nurses\' union says ..." (a record, "W", carrying the union as the body first names it); byline with role, date line, a LISTEN PLAYER line, share strip (all "B"); a caption "" and its credit "B". Body: the record "according to figures from the Irish Nurses and Midwives Organisation (INMO)" (acronym dropped, "W"); a ONE-LINE PARAGRAPH with the previous record ("W", no speaker); "the union said" (as written) and "it said" (resolving to the union by name), both "W"; the union\'s officer with a staffing claim "W" and a quote split by its attribution ("“...,” she said. “...”", two, ""); an AT A GLANCE FACT BOX (title "B", four bullet lines "W" with no speaker); the HSE "said in a statement" (beds and delayed discharges, "W"); a NEWSLETTER PITCH and its "Sign up" button ("B"); a consultant ("Dr" dropped) "W" and her two-sentence quote ""; a one-line bed count "W"; the minister ("Minister for Health" dropped) with a start of works "W" and an opening year and promise ""; a TIMELINE BOX (title "B", four dated lines "W"); a question subhead ""; a scheduled meeting "W" and industrial action "not ruled out" (""); a relative\'s anecdote and two-sentence quote (""). Tail: a CORRECTION NOTE in two sentences that restates a figure, an AUTHOR BIO in two, COMMENT RULES in two, a COOKIE BANNER split over four lines, copyright split at "Ltd." before the registration line (all "B").',
    'Kenyan BROADCASTER\'S WEBSITE (Nairobi TV and radio, Nakuru story), desktop browser paste, POLITICS: the Nakuru County Assembly impeaches its governor 59–14. Head: masthead, a LIVE TV / LISTEN LIVE strip, menu, a TRENDING ticker, crumb (all "B"); headline and standfirst of record (both "W", the standfirst a rule); byline, date line with "PM EAT" (both "B"); a VIDEO PLAYER: "VIDEO" label "B", caption "", running time and credit "B". Body: the vote, the tally and the two-thirds rule (all "W", no speaker); the assembly speaker ("Assembly Speaker" dropped) "announced" at "3.47pm" "W"; the motion\'s full-clause lead-in ending ":" and THREE BULLETED GROUNDS ending ";", ";" and "." (each one sentence, "W", charges of record with no speaker); a SHORT QUOTE ON ITS OWN LINE from the mover (""); the governor "called" (fronted channel, ""), his checkable counter-claim "W" and a one-line quote ""; "ADVERTISEMENT" and a WhatsApp channel line ("B"); the Senate procedure (three rules, "W") and the deputy\'s succession "W"; a "READ ALSO:" line "B"; a TIMELINE (label "B", four dated lines "W"); an AUDIO PROMO line with running time "B"; a crowd scene ""; a trader\'s anecdote ""; an analyst ("Political analyst Dr" dropped) with an opinion "" and a count of past Senate verdicts "W"; a question subhead "" answered by a rule "W". Tail: tags, an app prompt, related-videos label and one item with its running time, copyright split at "Ltd." (all "B").',
    'Australian OUTDOORS MAGAZINE\'S WEBSITE (Tasmania story), desktop browser paste, PARKS AND ACCESS: the Overland Track\'s daily cap cut from 34 to 24 walkers after a 2026 fire, fee up to $320. Head: masthead, tagline with a founding year, menu, crumb (all "B"); headline of record "W"; standfirst "Parks service says ..." (dated bookings and fee, "W", carrying the service by its full name); byline "Words by", date and read time (both "B"); an AFFILIATE NOTE in two sentences ("B"); a caption "" and its "Image:" credit "B". Body: the cap "the Tasmania Parks and Wildlife Service (PWS) announced" (acronym dropped) and the first cut since 2005 ("W"); "The service said" (as written) and "it said" (resolving to the full name), both "W"; the fee rise "W"; the operations manager with a dated decision "W" and a quote split by its attribution (two, ""); a KNOW BEFORE YOU GO FACT BOX (title "B", five lines carrying the story\'s dates, fees and distance, each "W"); "ADVERTISEMENT" and an AFFILIATE PRODUCT LINE ending "Co. →" ("B"); a walkers\' group (descriptor dropped) "welcomed ... but said" (""), its president\'s arithmetic of a family\'s fees "W" and her quote ""; walker numbers "according to PWS figures" "W"; a walker\'s anecdote and a quote split at "8.59am last year." before "By 9.04 ..." (three, ""); a question subhead "" answered "Yes, but ..., the service said." ("W") and a winter rule "W". Tail: a MEMBERSHIP APPEAL in two sentences and its button, an EDITOR\'S NOTE about the update, an AUTHOR BIO whose second sentence is a checkable-looking boast, also-like label and one headline, an ACKNOWLEDGEMENT OF COUNTRY, copyright with an ABN (all "B").',
    'Tanzanian AGRIBUSINESS TRADE PRESS SITE (Dar es Salaam, Mtwara story), desktop browser paste, COMMODITY MARKETS: the first cashew auction of the 2027/28 season averages TSh 2,860 a kilo. Head: masthead, tagline, menu, sign-in/subscribe line, crumb, a SPONSOR LINE (all "B"); headline of record "W"; standfirst ending "..., the Cashewnut Board of Tanzania said" ("W"); byline with desk, date, a FREE-TO-READ NOTE in two sentences with a premium pitch (all "B"); a caption "" and its credit "B". Body: "MTWARA —" lead "the Cashewnut Board of Tanzania (CBT) said" (acronym dropped, "W"); the range of bids "W"; "the board said" (as written, "W"); an AUCTION TABLE (title, header and source "B", two pipe rows ""); the director general ("CBT director general" dropped) with a causal claim "W" and a quote of advice ""; an EVENT AD for a summit (one "B" line); buyers\' shares "according to figures from the exchange" "W"; the export levy and its use (rules, "W"); a processors\' forum chair with a plant count "W" and a quote ""; a NEWSLETTER PITCH and button ("B"); "Farmers at the auction said" a street price (market prices from a group, "W"); a farmer\'s plan and anecdote (two, ""); a question subhead ""; the next auction "the board said" and a season target (both "W"); "Traders at the exchange expect" (""). Tail: an AUTHOR BIO in two sentences, a publisher\'s address line, copyright split at "Ltd." (all "B").',
    'Canadian MUNICIPAL PRESS ROOM (Halifax Regional Municipality), desktop browser paste, LOCAL SERVICES: garbage collection moves to every two weeks from April 5. Head: site name, menu, crumb, "NEWS RELEASE" label (all "B"); headline of record "W"; date line and share line ("B"). Body: council\'s 12–5 vote (an act, "W", no speaker) and a ONE-LINE PARAGRAPH on weekly green carts "W"; a lead-in fragment "What is changing:" "" and FIVE BULLETED KEY FACTS (each "W", no speaker); the mayor\'s release quote with the attribution after it ("said Mayor ...", title dropped, a checkable share, "W") and its continuation on the next line (""); "A 2026 waste audit ... found" (a document with its own verb, "W"); a saving "is projected ... according to a staff report to council" (a projection, ""); a councillor ("Councillor" dropped) with a feeling "" and a checkable comparison "W"; an exemption and its deadline (rules, "W"); landfill tonnage "W" and its expected closure ""; a lead-in fragment "Key dates:" "" and FOUR DATED LINES ("W"); a service line "W". Tail: "-30-", MEDIA CONTACT lines (label, name, role, phone), a WAS-THIS-PAGE-HELPFUL widget with "Yes" and "No", a last-updated line, a LAND ACKNOWLEDGEMENT, copyright, a COOKIE BANNER split over four lines (all "B").',
    'Indian WIRE STORY ON A NEWS PORTAL (New Delhi), desktop browser paste, ENVIRONMENT: the Commission for Air Quality Management invokes GRAP Stage III as Delhi\'s AQI reaches 412. Head: portal name, a MARKETS TICKER, a LIVE AQI WIDGET that restates the news, menu, a trending line, crumb (all "B"); headline with a semicolon (one sentence, "W"); the wire\'s name, an updated line with "IST", a read time (all "B"); a caption "" and "(UPW Photo)" "B". Body: the DATELINE "New Delhi, Nov 4 (UPW)" belonging to the lead, "officials said" ("W"); "according to the Central Pollution Control Board\'s daily bulletin" (as written, "W"); the severe band and trigger "the commission said" (a rule, "W"); a FULL-CLAUSE LEAD-IN ending ":" stating the measures take effect ("W") and FOUR DASHED MEASURES ending ";" (each one sentence, "W"); a fine "the commission said" "W"; the minister ("Delhi Environment Minister" dropped) with deployments "W" and an appeal "" in straight quotes; the weather department\'s forecast ""; farm fires "according to the Decision Support System run by ..." "W"; doctors at a hospital (a group as written) "W"; traffic police checkpoints from a date "W", a fine from "a police spokesperson" "W", district orders from "district officials" "W"; the last invocation "W". Tail: the WIRE\'S SIGN-OFF INITIALS, a SYNDICATION NOTE in parentheses over two sentences, a follow line, also-read label and two headlines, a footer menu, copyright split at "Pvt. Ltd." (all "B").',
    'Ghanaian LOCAL RADIO STATION\'S WEBSITE (Kumasi), desktop browser paste, FIRE: 214 shops destroyed at Kumasi Central Market. Head: station name, slogan, a LISTEN LIVE button, a NOW ON AIR line, menu, crumb (all "B"); headline of record "W"; byline with date, an AUDIO PLAYER line for the reporter\'s piece, a NOTE ON THE COPY about translation from Twi (all "B"); a caption "" and its credit "B". Body: the fire "the Ghana National Fire Service said" "W"; a ONE-LINE PARAGRAPH "No one was killed." ("W"); casualties "the fire service said" (as written, "W"); the regional commander ("ACFO" and the role dropped) with a causal claim on the delay "W" and a hedged suspicion ""; a trader\'s QUOTE ON ITS OWN LINES with the attribution after the second sentence (two, ""); "The fire service said the worst-hit lines were:" (a lead-in fragment with a speaker, "") and THREE BULLETED COUNTS carrying the fire service ("W"); the third fire in three years "W"; a second AUDIO PLAYER line "B"; the metropolitan chief executive (role dropped) with a dated payment "W" and a threat ""; the traders\' union chairman with insurance "W" and a statement then question "he said" ("W", ""); a scene "" and an unnamed trader "cried" ("a trader", ""); a question subhead "" and a report deadline "W". Tail: a WhatsApp voice-note line, a comments count, COMMENT RULES in three lines with a disclaimer, a SCHEDULE WIDGET (label and one slot), copyright split at "Co. Ltd." (all "B").',
    'United States STUDENT NEWSPAPER\'S WEBSITE (University of Maine, Orono), desktop browser paste, EDUCATION: trustees vote 11–4 to raise in-state tuition 4.5%, the largest increase since 2011. Head: masthead, tagline with a founding year, menu, a "Donate" button, section label (all "B"); headline of record "W"; a double byline with roles and a date ("B"); an EDITOR\'S NOTE disclosing a reporter\'s job in two sentences ("B"); a caption "" and its credit "B". Body: the vote and the record ("W", no speaker), tuition, out-of-state tuition and fees (three, "W"); a LIST OF NAMES of those voting against ("W"); a ONE-LINE PARAGRAPH "The vote took 14 minutes." ("W"); the chancellor (title dropped) with a deficit and its cause "W", the appropriation against inflation "W" and a feeling ""; a DONATION APPEAL in two sentences and its button ("B"); the student government president (title dropped) quoted "" and a survey she cites "W"; "The university said" grant aid "W"; the student trustee\'s reason (surname resolving, ""); a TIMELINE (title "B", five dated lines "W"); a question subhead "" and graduate tuition "the board said" "W"; a protest scene "". Tail: a CORRECTION in two sentences restating the tally, two STAFF BIOS, tags, COMMENT RULES in two sentences, a footer (all "B").',
    'Philippine NEWSLETTER POST on a newsletter platform (Metro Manila), desktop browser paste, TRANSPORT: the LTFRB sets June 30 as the final consolidation deadline for 6,312 jeepneys. Head: newsletter name, tagline, "Subscribe" (all "B"); the post\'s title with a characterisation ""; a two-sentence subtitle (a count "W", a teaser ""); author, date, a reactions strip, a FORWARDED-THIS line and a GREETING (all "B"). Body: the board\'s act ("W", no speaker); "According to the board\'s own count" with a FOOTNOTE MARKER "¹" inside the sentence ("W"); the writer\'s FIRST-PERSON anecdote ""; the chairperson ("Atty." mid-sentence, title and role dropped) "told reporters" a promise "" and applications and an award date "W"; a lead-in fragment "How we got here, in five dates:" "" and FIVE DATED LINES with "No. 2027-014," mid-line ("W"); a drivers\' leader ("Ka" dropped, descriptor dropped) with a prediction "" and a statement then question "asked" ("W", ""); a PAID-SUBSCRIPTION PITCH in two sentences and its button ("B"); a subsidy "according to the Department of Transportation" "W" and unit prices "W"; a question subhead ""; "the LTFRB said" (resolving to the full name, "W") and "the board says" a permit rule with a complaint ("W"); the writer\'s promise "". Tail: a SPONSOR NOTE in two sentences, a sign-off and name, the FOOTNOTE itself qualifying a figure (story, "W"), a subscribe pitch in two, a reactions strip, a comments count, a footer and platform links (all other lines "B").',
    'Pakistani NGO\'S NEWSROOM PAGE (Karachi), desktop browser paste, LABOUR AND HEAT: a survey finds four in ten outdoor workers fell ill in the June heatwave. Head: NGO name, mission line, menu, a DONATE button, crumb, a press-release label (all "B"); headline of record "W"; standfirst "Trust calls for ..." (advocacy, "", carrying the trust by its full name); place and date line "B". Body: the finding "the Pasban Labour Rights Trust said in a report" ("W"); the method "the report said" (as written, "W"); a KEY FINDINGS BOX (label "B", four bullet lines "W" with no speaker); a temperature record ("recorded", no speaker, "W"); deaths "according to Sindh Health Department figures cited in the report" "W"; the executive director with a water figure "W" and a two-sentence quote ""; a DONATION APPEAL with a sum and its button ("B"); a mason\'s anecdote and quote (""); "The trust is calling on the Sindh government to:" and THREE BULLETED DEMANDS (advocacy, each "" carrying the trust and the cue "is calling on"); a department spokesperson with a dated submission "W" and a vague reply ""; a question subhead "" and the heat index explained (two, "W"). Tail: a report DOWNLOAD line, NOTES TO EDITORS (label and two numbered notes), a media-enquiries line, a bulletin sign-up, a REGISTRATION LINE split at "1882." before "Registration No. ...", copyright (all "B").',
    'Fijian RUGBY CLUB\'S WEBSITE (Nasinu), desktop browser paste, SPORT: the club wins an (invented) Central Club Championship final 27–19, its first title since 2009. Head: club name, founding line, a SCORES STRIP restating the result and the next fixture, menu, crumb (all "B"); headline of record "W"; a posted-by line and a SPONSOR LINE ("B"); a caption "" and its credit "B". Body: the result and the scorers ("W", no speaker); a scene ""; the half-time score and the second-half run ("W"); the coach\'s quote with the attribution after its second sentence ("said head coach ...", role dropped, two, ""); the captain (named first in the caption, surname resolving) with a reported remark and a quote (""); a MATCH-BALL SPONSOR line "B"; a SCORING block (label "B", two scorer lines and a player-of-the-match line, data ""); prize money "W" and the president\'s plan ""; the women\'s final "W"; a season tries record "W"; a question subhead "" and the next fixture "W"; the club\'s thanks "". Tail: a MEMBERSHIP PITCH, an UPCOMING FIXTURES widget (label and two lines), a social line, copyright split at "Inc." before the affiliation line (all "B").',
    'Japanese REGIONAL DAILY\'S ENGLISH EDITION (Akita), desktop browser paste, WILDLIFE: bear sightings in Akita Prefecture reach a record 2,148 in six months. Head: masthead, an "ENGLISH EDITION" line, a LANGUAGE SWITCH in Japanese and English, menu, crumb (all "B"); headline of record "W"; standfirst "Prefecture says ..." ("W", carrying the prefectural government as the body names it); byline and date line with "JST" ("B"); a MACHINE-TRANSLATION NOTE in two sentences ("B"); a caption "" and its "Provided by" credit "B". Body: "AKITA —" lead "the Akita prefectural government said" ("W"); the previous high "W"; "it said" (resolving to the prefectural government, "W"); a TIMELINE OF ATTACKS (title "B", four dated lines starting "May 19:", "July 3:", "Aug. 28:" and "Sept. 14:", each one sentence, "W"); "Prefectural officials attributed" (a causal claim, "W"); a professor (title dropped) with a record of two mast failures "W" and a quote split by its attribution (two, ""); the emergency-shooting rule ("W") and its use "the prefecture said" ("W"); a PREMIUM MEMBERSHIP ASK and its button ("B"); the governor ("Gov." mid-sentence, dropped) "said at a news conference" a dated bounty "W", a feeling "" and a hunters\' count "W"; an orchard owner\'s anecdote ending "after 4 p.m." before a quote (two, ""); a question subhead "" and "The prefecture advises" (""). Tail: a read-in-Japanese link, related label and one headline, copyright split at "Co., Ltd." before "All rights reserved." and a reproduction notice (all "B").',
]

ARTICLES = [
    [
        [
            ("THE CORRIB ARGUS", "", "", "B"),
        ],
        [
            ("Subscribe | Sign in | Today's paper", "", "", "B"),
        ],
        [
            (
                "News  Sport  Business  Farming  Connemara  Opinion  Death notices  Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("You have read 2 of your 3 free articles this month.", "", "", "B"),
            ("Subscribe from €1.50 a week to keep reading.", "", "", "B"),
        ],
        [
            ("News › Health", "", "", "B"),
        ],
        [
            ("Record 97 patients on trolleys at University Hospital Galway", "", "", "W"),
        ],
        [
            (
                "Nurses' union says no hospital in the State has had a longer trolley list on a single day since it began counting in 2006",
                "the Irish Nurses and Midwives Organisation",
                "says",
                "W",
            ),
        ],
        [
            ("Orla Keady-Moran, Health Correspondent", "", "", "B"),
        ],
        [
            ("Tue 12 Jan 2027 at 18:05", "", "", "B"),
        ],
        [
            ("Listen to this article · 5 min", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · WhatsApp · Email", "", "", "B"),
        ],
        [
            (
                "Patients wait on trolleys along a corridor of the emergency department at University Hospital Galway on Tuesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Declan Fahy-Burke", "", "", "B"),
        ],
        [
            (
                "There were 97 patients on trolleys at University Hospital Galway on Tuesday morning, the most at any single hospital on one day since 2006, according to figures from the Irish Nurses and Midwives Organisation (INMO).",
                "figures from the Irish Nurses and Midwives Organisation",
                "according to",
                "W",
            ),
        ],
        [
            ("The previous record, 91, was set at the same hospital in January 2023.", "", "", "W"),
        ],
        [
            (
                "Of those waiting, 61 were in the emergency department and 36 were on trolleys on wards elsewhere in the hospital, the union said.",
                "the union",
                "said",
                "W",
            ),
            (
                "Nationally, 612 patients were waiting for a bed, it said.",
                "the Irish Nurses and Midwives Organisation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Aoife Gilsenan-Ward, the INMO's industrial relations officer for the west, said nurses on the night shift had been looking after up to 14 corridor patients each.",
                "Aoife Gilsenan-Ward",
                "said",
                "W",
            ),
        ],
        [
            ("“This is not a winter surge,” she said.", "Aoife Gilsenan-Ward", "said", ""),
            ("“This is a hospital that has run out of room.”", "Aoife Gilsenan-Ward", "said", ""),
        ],
        [
            ("AT A GLANCE", "", "", "B"),
        ],
        [
            ("• 97 patients on trolleys at UHG on Tuesday, a record for one hospital", "", "", "W"),
        ],
        [
            ("• 612 on trolleys across the country", "", "", "W"),
        ],
        [
            (
                "• 42 UHG patients well enough to leave but waiting for a nursing-home place or home care",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• 18 extra beds opened since December 28", "", "", "W"),
        ],
        [
            (
                "The Health Service Executive said in a statement that the hospital had opened 18 extra beds since December 28 and had asked GPs to send patients with minor injuries to the injury unit at Roscommon University Hospital where possible.",
                "The Health Service Executive",
                "said in a statement",
                "W",
            ),
            (
                "It said 42 patients in the hospital were well enough to leave but were waiting for a nursing-home place or a home-care package.",
                "The Health Service Executive",
                "said",
                "W",
            ),
        ],
        [
            (
                "Get The Argus Morning Briefing, our free round-up of news from the west, in your inbox at 7am every weekday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            (
                "Dr Fionnuala Carberry, a consultant in emergency medicine at the hospital, said some patients over 75 had waited more than 40 hours for a ward bed this week.",
                "Fionnuala Carberry",
                "said",
                "W",
            ),
            (
                "“An 88-year-old should not spend two nights under fluorescent lights on a trolley.",
                "Fionnuala Carberry",
                "said",
                "",
            ),
            ("It is not how any of us want to work,” she said.", "Fionnuala Carberry", "said", ""),
        ],
        [
            ("The hospital has 681 inpatient beds.", "", "", "W"),
        ],
        [
            (
                "Minister for Health Gráinne Cosgrove-Tully said building work on a 96-bed ward block at the hospital had begun in March 2026.",
                "Gráinne Cosgrove-Tully",
                "said",
                "W",
            ),
            (
                "She said the block would open in 2028 and that “every option” for extra beds before then was being examined.",
                "Gráinne Cosgrove-Tully",
                "said",
                "",
            ),
        ],
        [
            ("HOW WE GOT HERE", "", "", "B"),
        ],
        [
            (
                "January 2023: 91 patients on trolleys at UHG, then the highest count at any hospital.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("October 2024: The hospital's 60-bed modular unit opens.", "", "", "W"),
        ],
        [
            ("March 2026: Work begins on a 96-bed ward block.", "", "", "W"),
        ],
        [
            ("12 January 2027: 97 patients on trolleys.", "", "", "W"),
        ],
        [
            ("What happens next?", "", "", ""),
        ],
        [
            (
                "The union said it would meet hospital management on Thursday.",
                "The union",
                "said",
                "W",
            ),
            (
                "Gilsenan-Ward said industrial action had “not been ruled out”.",
                "Aoife Gilsenan-Ward",
                "said",
                "",
            ),
        ],
        [
            (
                "Bridget Lenihan-Coyle, from Tuam, said her father, who is 88, had been on a trolley since 3am on Monday.",
                "Bridget Lenihan-Coyle",
                "said",
                "",
            ),
            ("“The staff are run off their feet.", "Bridget Lenihan-Coyle", "said", ""),
            ("Nobody is blaming them,” she said.", "Bridget Lenihan-Coyle", "said", ""),
        ],
        [
            (
                "Correction, 13 January 2027: An earlier version of this article gave the national figure as 621.",
                "",
                "",
                "B",
            ),
            ("The correct figure is 612.", "", "", "B"),
        ],
        [
            ("Orla Keady-Moran is the Argus's health correspondent.", "", "", "B"),
            ("She has covered hospitals in the west since 2014.", "", "", "B"),
        ],
        [
            ("Comments are open to subscribers only.", "", "", "B"),
            ("Please read our community standards before posting.", "", "", "B"),
        ],
        [
            (
                "We use cookies to personalise content and to measure how our site is used.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("You can change your choice at any time under Privacy settings.", "", "", "B"),
        ],
        [
            ("Accept all", "", "", "B"),
        ],
        [
            ("Manage preferences", "", "", "B"),
        ],
        [
            ("© 2027 Corrib Argus Media Ltd.", "", "", "B"),
            ("Registered in Ireland, No. 412907.", "", "", "B"),
        ],
    ],
    [
        [
            ("NYOTA TV | NYOTA FM", "", "", "B"),
        ],
        [
            ("● LIVE TV   ▶ Listen to Nyota FM", "", "", "B"),
        ],
        [
            (
                "Home  News  Counties  Politics  Business  Sports  Nyota Explains  Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "TRENDING: Finance Bill 2027 · Harambee Stars · Fuel prices · KCSE results",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Counties › Nakuru", "", "", "B"),
        ],
        [
            ("Nakuru MCAs impeach Governor Lelei in 59–14 vote", "", "", "W"),
        ],
        [
            (
                "Motion goes to the Senate, which must take up the charges within seven days",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Faith Jepkoech-Korir, Nyota News", "", "", "B"),
        ],
        [
            ("Published: Wednesday, March 10, 2027 · 5:42 PM EAT", "", "", "B"),
        ],
        [
            ("VIDEO", "", "", "B"),
        ],
        [
            (
                "Members of the county assembly celebrate in the chamber in Nakuru moments after the vote on Wednesday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("02:14", "", "", "B"),
        ],
        [
            ("Nyota TV", "", "", "B"),
        ],
        [
            (
                "Members of the Nakuru County Assembly on Wednesday voted to impeach Governor Daniel Kibet Lelei, sending the motion to the Senate.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fifty-nine of the assembly's 78 members voted for the motion and 14 against, with five absent.",
                "",
                "",
                "W",
            ),
            (
                "The constitution requires the support of at least two-thirds of all members, in this case 52.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Assembly Speaker Zipporah Njenga-Mwaura announced the result at 3.47pm after a debate of almost five hours.",
                "Zipporah Njenga-Mwaura",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The motion was tabled on February 24 by Bahati ward MCA Peter Kimani-Otieno on three grounds:",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• gross violation of the Public Finance Management Act, over KSh 412 million paid to contractors for roads that were never built;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• abuse of office, in the hiring of 186 staff outside the county public service board;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• gross misconduct, over remarks the governor made to ward administrators at a meeting in Molo on January 30.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Today the people of Nakuru have spoken through their representatives,” Kimani-Otieno told the assembly.",
                "Peter Kimani-Otieno",
                "told the assembly",
                "",
            ),
        ],
        [
            (
                "In a statement, Lelei called the vote “a political lynching organised by people who want my seat in August”.",
                "Daniel Kibet Lelei",
                "called",
                "",
            ),
            (
                "He said 31 of the MCAs who voted for the motion had been summoned by the Ethics and Anti-Corruption Commission over ward fund spending last year.",
                "Daniel Kibet Lelei",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I will face the Senate with documents, not slogans,” he said.",
                "Daniel Kibet Lelei",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Get breaking news first on the Nyota News WhatsApp channel.", "", "", "B"),
        ],
        [
            (
                "Under the County Governments Act, the Speaker of the Senate must convene the House within seven days of receiving the assembly's resolution.",
                "",
                "",
                "W",
            ),
            (
                "Senators may hear the charges in plenary or send them to an 11-member special committee.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "If a majority of senators uphold any one of the charges, the governor leaves office.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deputy Governor Esther Chepkoech Rono would then be sworn in as governor.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "READ ALSO: How an impeachment moves from a county assembly to the Senate",
                "",
                "",
                "B",
            ),
        ],
        [
            ("TIMELINE", "", "", "B"),
        ],
        [
            (
                "January 30: The governor addresses ward administrators at a meeting in Molo.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("February 24: The impeachment motion is tabled.", "", "", "W"),
        ],
        [
            ("March 3: The High Court in Nakuru declines to stop the debate.", "", "", "W"),
        ],
        [
            ("March 10: The assembly votes 59–14 to impeach.", "", "", "W"),
        ],
        [
            ("▶ Listen: Bahati MCA on Nyota FM's Mambo Leo (08:31)", "", "", "B"),
        ],
        [
            (
                "Outside the assembly, a crowd of the governor's supporters and opponents traded chants for more than an hour as police kept the two groups apart.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Mary Wairimu Gathoni, who sells vegetables at Wakulima market, said she had voted for Lelei in 2022 “because he promised roads, and we are still walking in mud”.",
                "Mary Wairimu Gathoni",
                "said",
                "",
            ),
        ],
        [
            (
                "Political analyst Dr Kevin Omondi-Achieng said the vote had more to do with the August election than with the charges.",
                "Kevin Omondi-Achieng",
                "said",
                "",
            ),
            (
                "He said the Senate had upheld only two of the 11 governor impeachments it had heard since 2013.",
                "Kevin Omondi-Achieng",
                "said",
                "W",
            ),
        ],
        [
            ("Will the governor stay in office until the Senate decides?", "", "", ""),
        ],
        [
            (
                "A governor keeps the office and its powers while the Senate considers the charges.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tags: Nakuru County · Impeachment · Senate · County Assembly", "", "", "B"),
        ],
        [
            ("Download the Nyota News app for alerts as the Senate hearing begins.", "", "", "B"),
        ],
        [
            ("RELATED VIDEOS", "", "", "B"),
        ],
        [
            ("04:02 | Nakuru residents react to impeachment motion", "", "", "B"),
        ],
        [
            ("© 2027 Nyota Broadcasting Corporation Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("WILDTRACK", "", "", "B"),
        ],
        [
            ("Australia's bushwalking and outdoors magazine since 1991", "", "", "B"),
        ],
        [
            (
                "Destinations  Gear  Skills  Conservation  Trip reports  Shop  Membership",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Destinations › Tasmania", "", "", "B"),
        ],
        [
            ("Overland Track to cap walkers at 24 a day after 2026 fire", "", "", "W"),
        ],
        [
            (
                "Parks service says bookings for the 2027–28 season open on 1 July, with the adult walker fee rising to $320",
                "the Tasmania Parks and Wildlife Service",
                "says",
                "W",
            ),
        ],
        [
            ("Words by Callum Treloar-Hince", "", "", "B"),
        ],
        [
            ("9 June 2027 · 6 min read", "", "", "B"),
        ],
        [
            ("Wildtrack is reader-supported.", "", "", "B"),
            (
                "When you buy gear through links in our articles, we may earn a commission, which never affects what we recommend.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Walkers cross the boardwalk below Cradle Mountain on the first day of the track in April.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Image: Pip Moorcroft-Lane", "", "", "B"),
        ],
        [
            (
                "The number of walkers allowed to start the Overland Track each day in the booking season will fall from 34 to 24 from 1 October, the Tasmania Parks and Wildlife Service (PWS) announced on Tuesday.",
                "the Tasmania Parks and Wildlife Service",
                "announced",
                "W",
            ),
        ],
        [
            (
                "It is the first cut to the daily cap since bookings were introduced in 2005.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The service said 19 kilometres of the track between Pelion Plains and Kia Ora were still being rebuilt after a lightning-sparked fire burned through the area in February 2026.",
                "The service",
                "said",
                "W",
            ),
            (
                "Kia Ora Hut, which was destroyed in the fire, will be replaced for the season by a temporary shelter with 16 bunks, it said.",
                "the Tasmania Parks and Wildlife Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "The walker fee will rise from $285 to $320 for adults and from $228 to $256 for concession holders.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rowan Delahunty-Price, the service's operations manager for Cradle Mountain–Lake St Clair National Park, said the cap would stay at 24 until at least the end of the 2028–29 season.",
                "Rowan Delahunty-Price",
                "said",
                "W",
            ),
            (
                "“We know people plan this walk for years,” he said.",
                "Rowan Delahunty-Price",
                "said",
                "",
            ),
            (
                "“But a burnt, boggy track with 34 groups a day on it would be wrecked in two summers.”",
                "Rowan Delahunty-Price",
                "said",
                "",
            ),
        ],
        [
            ("KNOW BEFORE YOU GO", "", "", "B"),
        ],
        [
            (
                "Season: 1 October 2027 to 31 May 2028, when walkers must book and walk north to south.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Bookings open: 9am AEST, 1 July 2027.", "", "", "W"),
        ],
        [
            ("Daily starts: 24 (down from 34).", "", "", "W"),
        ],
        [
            ("Fee: $320 adult, $256 concession, plus a national parks pass.", "", "", "W"),
        ],
        [
            (
                "Distance: 65 km over six days, with an optional side trip up Mount Ossa.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Our pick: the Tarkine 45 L pack, $389 at Summit Supply Co. →", "", "", "B"),
        ],
        [
            (
                "The walkers' group Highland Walkers Tasmania welcomed the cap but said the fee rise would price out families.",
                "Highland Walkers Tasmania",
                "said",
                "",
            ),
            (
                "Its president, Jess Mulcahy-Ford, said a family of two adults and two concession-card children would now pay $1,152 in walker fees before buying a bus ticket or a night's food.",
                "Jess Mulcahy-Ford",
                "said",
                "W",
            ),
            (
                "“It is turning into a walk for people who could afford a guided trip anyway,” she said.",
                "Jess Mulcahy-Ford",
                "said",
                "",
            ),
        ],
        [
            (
                "About 9,100 people walked the track in the 2025–26 season, according to PWS figures.",
                "PWS figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ines Varga-Holloway, a nurse from Launceston, said she had been trying to get a December start date for three seasons.",
                "Ines Varga-Holloway",
                "said",
                "",
            ),
            ("“I had the tab open at 8.59am last year.", "Ines Varga-Holloway", "said", ""),
            (
                "By 9.04 the whole of December was gone,” she said.",
                "Ines Varga-Holloway",
                "said",
                "",
            ),
        ],
        [
            ("Can I still walk it this winter?", "", "", ""),
        ],
        [
            (
                "Yes, but walkers must take a signed 7 km detour around the burnt section between Pelion Plains and Kia Ora until it reopens, the service said.",
                "the service",
                "said",
                "W",
            ),
            (
                "Winter walkers do not need to book, and they can walk in either direction.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Wildtrack is independent and funded by our members.", "", "", "B"),
            (
                "Join from $6 a month and get the print magazine, our track notes library and 15% off at partner stores.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Become a member", "", "", "B"),
        ],
        [
            (
                "Editor's note: This story was updated on 10 June to add the concession fee and comment from Highland Walkers Tasmania.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Callum Treloar-Hince is Wildtrack's Tasmania editor.", "", "", "B"),
            ("He has walked the Overland Track eleven times, twice in winter.", "", "", "B"),
        ],
        [
            ("YOU MIGHT ALSO LIKE", "", "", "B"),
        ],
        [
            ("Six alternatives to the Overland Track when it's booked out", "", "", "B"),
        ],
        [
            (
                "We acknowledge the Traditional Owners of the lands on which we work and walk, and pay our respects to Elders past and present.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Wildtrack Media Pty Ltd · ABN 48 615 209 377", "", "", "B"),
        ],
    ],
    [
        [
            ("MAZAO REVIEW", "", "", "B"),
        ],
        [
            ("Agribusiness intelligence for East Africa", "", "", "B"),
        ],
        [
            ("Markets  Commodities  Inputs  Logistics  Policy  Data  Events  Podcast", "", "", "B"),
        ],
        [
            ("Sign in | Subscribe to Mazao Pro", "", "", "B"),
        ],
        [
            ("Markets › Cashew", "", "", "B"),
        ],
        [
            (
                "SPONSORED BY KILIMA AGRI-FINANCE · Seasonal credit for cooperatives from TSh 50 million",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Cashew opens 2027/28 season at TSh 2,860 a kilo in Tandahimba auction", "", "", "W"),
        ],
        [
            (
                "Buyers took all 12,480 tonnes on offer, 14% more than at last season's opening sale, the Cashewnut Board of Tanzania said",
                "the Cashewnut Board of Tanzania",
                "said",
                "W",
            ),
        ],
        [
            ("Halima Mkwawa-Sefu | Markets Editor, Dar es Salaam", "", "", "B"),
        ],
        [
            ("25 October 2027", "", "", "B"),
        ],
        [
            ("This article is free to read.", "", "", "B"),
            (
                "Our auction-by-auction price data, buyer rankings and weekly outlooks are for Mazao Pro subscribers.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sacks of raw cashew nuts are weighed at a cooperative warehouse in Tandahimba, Mtwara Region, before Friday's sale.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Mazao Review/Juma Likwena-Mrope", "", "", "B"),
        ],
        [
            (
                "MTWARA — Raw cashew nuts sold at an average of TSh 2,860 a kilogram at the first auction of the 2027/28 season on Friday, up from TSh 2,415 at last season's opening sale, the Cashewnut Board of Tanzania (CBT) said.",
                "the Cashewnut Board of Tanzania",
                "said",
                "W",
            ),
        ],
        [
            ("The highest bid was TSh 3,105 a kilogram and the lowest TSh 2,640.", "", "", "W"),
        ],
        [
            (
                "Buyers bid on the Tanzania Mercantile Exchange for all 12,480 tonnes offered by two cooperative unions, the board said.",
                "the board",
                "said",
                "W",
            ),
        ],
        [
            ("OPENING AUCTION, 2027/28 SEASON", "", "", "B"),
        ],
        [
            (
                "Union | Tonnes offered | Tonnes sold | Average (TSh/kg) | Top bid (TSh/kg)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Masasi Highlands CU | 7,210 | 7,210 | 2,872 | 3,105", "", "", ""),
        ],
        [
            ("Lindi Lowlands CU | 5,270 | 5,270 | 2,844 | 3,020", "", "", ""),
        ],
        [
            ("Source: Cashewnut Board of Tanzania", "", "", "B"),
        ],
        [
            (
                "CBT director general Abdallah Nangwanda-Kitete said the rise reflected a smaller crop in West Africa and strong buying by processors in Vietnam, where stocks of raw nuts were at a three-year low in September.",
                "Abdallah Nangwanda-Kitete",
                "said",
                "W",
            ),
            (
                "“Farmers should not expect every auction this season to look like this one,” he said.",
                "Abdallah Nangwanda-Kitete",
                "said",
                "",
            ),
        ],
        [
            (
                "EAST AFRICA AGRI-TRADE SUMMIT 2027 · Arusha, 14–15 November · Early-bird passes end 31 October · Register now",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Eleven buyers won lots, and three Vietnamese-owned trading firms took 58% of the volume between them, according to figures from the exchange.",
                "figures from the exchange",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Under the board's rules, exporters of raw nuts pay a levy of 15% of the free-on-board value, or US$160 a tonne, whichever is higher.",
                "",
                "",
                "W",
            ),
            (
                "Half of the levy goes to a fund for inputs such as sulphur dust, which farmers receive on credit.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Grace Msuya-Lukumay, chair of the Southern Cashew Processors' Forum, said only 11 of the country's 38 registered processing plants were running.",
                "Grace Msuya-Lukumay",
                "said",
                "W",
            ),
            (
                "“We cannot outbid a buyer who ships the nut raw and pays less tax on it than we pay on electricity,” she said.",
                "Grace Msuya-Lukumay",
                "said",
                "",
            ),
        ],
        [
            (
                "Get Mazao Markets Daily: prices from 14 East African commodity exchanges in your inbox before 8am.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe free", "", "", "B"),
        ],
        [
            (
                "Farmers at the auction said private buyers had paid about TSh 2,500 a kilogram for nuts sold outside the warehouse receipt system in Newala the week before.",
                "Farmers at the auction",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rashidi Chilumba-Ngonyani, who farms four hectares near Tandahimba, said he would use his payment to buy sulphur dust and pay school fees in January.",
                "Rashidi Chilumba-Ngonyani",
                "said",
                "",
            ),
            (
                "“Last year I sold at 2,300 and had to borrow for the fees,” he said.",
                "Rashidi Chilumba-Ngonyani",
                "said",
                "",
            ),
        ],
        [
            ("When is the next sale?", "", "", ""),
        ],
        [
            (
                "The next auction, for unions in Lindi and Ruvuma, is set for 1 November in Nachingwea, the board said.",
                "the board",
                "said",
                "W",
            ),
            (
                "The board has set a target of 400,000 tonnes for the season, against 372,000 tonnes sold in 2026/27.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Traders at the exchange expect prices to ease once the crop in Côte d'Ivoire reaches the ports in February.",
                "Traders at the exchange",
                "expect",
                "",
            ),
        ],
        [
            ("Halima Mkwawa-Sefu edits Mazao Review's markets desk.", "", "", "B"),
            ("She previously covered commodities for a news agency in Nairobi.", "", "", "B"),
        ],
        [
            (
                "Mazao Review is published by Mazao Media Ltd, Plot 41, Msasani Peninsula, Dar es Salaam.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Mazao Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("HALIFAX REGIONAL MUNICIPALITY", "", "", "B"),
        ],
        [
            (
                "Residents  Business  Council & Government  Parks & Recreation  Transit  Services  News",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › News › News releases", "", "", "B"),
        ],
        [
            ("NEWS RELEASE", "", "", "B"),
        ],
        [
            ("Garbage collection moves to every two weeks from April 5", "", "", "W"),
        ],
        [
            ("Thursday, February 18, 2027", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · LinkedIn · Email", "", "", "B"),
        ],
        [
            (
                "Regional council voted 12–5 on Tuesday to collect garbage every two weeks instead of weekly across the municipality, starting the week of April 5, 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Green cart and blue bag collection will stay weekly.", "", "", "W"),
        ],
        [
            ("What is changing:", "", "", ""),
        ],
        [
            (
                "• Garbage will be collected every second week, on the same day of the week as now.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Green carts, for food and yard waste, will be collected every week, all year.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• Blue bags, for recycling, will still be collected every week.", "", "", "W"),
        ],
        [
            (
                "• The limit rises from six to eight bags or containers of garbage per collection.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Printed collection calendars will be mailed to about 148,000 homes by March 19.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Nearly half of what goes into our black bags today belongs in a green cart,” said Mayor Louise Thibodeau-Fraser.",
                "Louise Thibodeau-Fraser",
                "said",
                "W",
            ),
            (
                "“Every two weeks is plenty once the food waste goes where it should.”",
                "Louise Thibodeau-Fraser",
                "said",
                "",
            ),
        ],
        [
            (
                "A 2026 waste audit of 1,200 garbage bags from across the municipality found that 46 per cent of their contents by weight was food or yard waste.",
                "A 2026 waste audit",
                "found",
                "W",
            ),
        ],
        [
            (
                "The change is projected to save $3.4 million a year over the remaining five years of the collection contract, according to a staff report to council.",
                "a staff report to council",
                "according to",
                "",
            ),
        ],
        [
            (
                "“This was not an easy vote, and I know some residents will be unhappy,” said Councillor Tim Arsenault-Boyd, chair of the Environment and Sustainability Standing Committee.",
                "Tim Arsenault-Boyd",
                "said",
                "",
            ),
            (
                "“Other Canadian cities have made this switch, and most of them saw landfill tonnage fall in the first year.”",
                "Tim Arsenault-Boyd",
                "said",
                "W",
            ),
        ],
        [
            (
                "Households where someone uses diapers or incontinence products can apply for a weekly garbage exemption.",
                "",
                "",
                "W",
            ),
            ("Applications must be made by March 15 through 311 or online.", "", "", "W"),
        ],
        [
            ("The Otter Lake landfill received 151,000 tonnes of garbage in 2026.", "", "", "W"),
            ("It is expected to reach capacity in 2032.", "", "", ""),
        ],
        [
            ("Key dates:", "", "", ""),
        ],
        [
            (
                "March 1: The online collection-day lookup is updated with the new schedule.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("March 15: Deadline to apply for a weekly medical exemption.", "", "", "W"),
        ],
        [
            ("March 19: Calendars are mailed to all homes on municipal collection.", "", "", "W"),
        ],
        [
            ("April 5: First week of every-two-weeks garbage collection.", "", "", "W"),
        ],
        [
            (
                "Residents can check their collection week at any time by calling 311 or in the municipality's waste collection app.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("-30-", "", "", "B"),
        ],
        [
            ("Media contact:", "", "", "B"),
        ],
        [
            ("Geneviève Boudreau-MacLean", "", "", "B"),
        ],
        [
            ("Public Affairs Advisor, Halifax Regional Municipality", "", "", "B"),
        ],
        [
            ("902.555.0143", "", "", "B"),
        ],
        [
            ("Was this page helpful?", "", "", "B"),
        ],
        [
            ("Yes", "", "", "B"),
        ],
        [
            ("No", "", "", "B"),
        ],
        [
            ("Last updated: February 18, 2027", "", "", "B"),
        ],
        [
            (
                "The Halifax Regional Municipality is located in Mi'kma'ki, the ancestral and traditional lands of the Mi'kmaq people.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Halifax Regional Municipality", "", "", "B"),
        ],
        [
            ("This website uses cookies to improve your experience.", "", "", "B"),
        ],
        [
            ("By continuing to browse, you agree to our use of cookies.", "", "", "B"),
        ],
        [
            ("Accept", "", "", "B"),
        ],
        [
            ("Learn more", "", "", "B"),
        ],
    ],
    [
        [
            ("KhabarBeat", "", "", "B"),
        ],
        [
            (
                "Sensex 80,214.63 ▼ 312.40 (0.39%) | Nifty 24,388.15 ▼ 96.55 (0.39%) | Gold (10g) ₹78,940 ▲ | USD/INR 84.72",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "LIVE AQI | Delhi 412 Severe | Noida 398 Very Poor | Gurugram 356 Very Poor | Ghaziabad 421 Severe",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "India  World  Business  Cricket  Entertainment  Tech  Web Stories  Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Trending: Delhi AQI · Bihar polls · IPL auction · Gold rate today", "", "", "B"),
        ],
        [
            ("Home / India / Delhi", "", "", "B"),
        ],
        [
            (
                "Delhi AQI hits 412; CAQM invokes GRAP Stage III, bans non-essential construction in NCR",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Union Press Wire", "", "", "B"),
        ],
        [
            ("Updated: Nov 04, 2027, 20:14 IST", "", "", "B"),
        ],
        [
            ("3 min read", "", "", "B"),
        ],
        [
            (
                "A cyclist rides past India Gate shrouded in smog in New Delhi on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(UPW Photo)", "", "", "B"),
        ],
        [
            (
                "New Delhi, Nov 4 (UPW) The Commission for Air Quality Management (CAQM) on Tuesday invoked Stage III of the Graded Response Action Plan (GRAP) across the National Capital Region after Delhi's 24-hour average air quality index (AQI) reached 412 at 4 pm, officials said.",
                "officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "The AQI was 361 at 4 pm on Monday, according to the Central Pollution Control Board's daily bulletin.",
                "the Central Pollution Control Board's daily bulletin",
                "according to",
                "W",
            ),
        ],
        [
            (
                'An AQI between 401 and 450 falls in the "severe" category, and Stage III is invoked when the index is forecast to stay in that range, the commission said.',
                "the commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under Stage III, the following measures come into force with immediate effect:",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "- a ban on construction and demolition work across the NCR, except for railway, metro, hospital, defence and other projects of national importance;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "- a ban on BS-III petrol and BS-IV diesel four-wheelers in Delhi and in Gurugram, Faridabad, Ghaziabad and Gautam Buddh Nagar;",
                "",
                "",
                "W",
            ),
        ],
        [
            ("- closure of stone crushers and mining operations in the NCR;", "", "", "W"),
        ],
        [
            (
                "- classes up to Class V in Delhi schools to be held in a hybrid mode, at the discretion of schools.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Violators of the construction ban face fines of up to Rs 5 lakh a site, the commission said.",
                "the commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "Delhi Environment Minister Kuldeep Nagpal said 1,140 anti-smog teams and 376 mechanical road sweepers had been deployed across the city since Sunday.",
                "Kuldeep Nagpal",
                "said",
                "W",
            ),
        ],
        [
            (
                '"We appeal to people to use public transport and not to burn anything in the open," Nagpal told reporters.',
                "Kuldeep Nagpal",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "The India Meteorological Department said wind speeds were likely to stay below 8 km per hour until Thursday, keeping pollutants close to the ground.",
                "The India Meteorological Department",
                "said",
                "",
            ),
        ],
        [
            (
                "Farm fires in Punjab and Haryana contributed an estimated 27 per cent of Delhi's PM2.5 on Monday, according to the Decision Support System run by the Indian Institute of Tropical Meteorology.",
                "the Decision Support System run by the Indian Institute of Tropical Meteorology",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Doctors at Safdarjung Hospital said outpatient visits for breathing complaints had risen by about 30 per cent over the past week.",
                "Doctors at Safdarjung Hospital",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Delhi Traffic Police said 84 checkpoints would be set up at the city's borders from 6 am on Wednesday to turn back vehicles covered by the ban.",
                "The Delhi Traffic Police",
                "said",
                "W",
            ),
            (
                "Owners of banned vehicles found on the road face a fine of Rs 20,000, a police spokesperson said.",
                "a police spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Schools in Noida and Ghaziabad will follow orders issued separately by the district administrations, district officials said.",
                "district officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "Stage III was last invoked on November 14 last year and revoked eight days later.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("UPW AKV RSN NKJ", "", "", "B"),
        ],
        [
            ("(KhabarBeat has not edited this report.", "", "", "B"),
            (
                "Only the headline and the image were chosen by our desk; the rest is published as received from a syndicated wire feed.)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow KhabarBeat on Google News and WhatsApp for the latest updates.", "", "", "B"),
        ],
        [
            ("Also Read", "", "", "B"),
        ],
        [
            ("Delhi Metro to run 40 extra trips on weekdays under GRAP", "", "", "B"),
        ],
        [
            ("Gurugram schools go hybrid till Class V", "", "", "B"),
        ],
        [
            (
                "About Us | Contact | Careers | Advertise | Privacy Policy | Grievance Redressal",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 KhabarBeat Digital Pvt. Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("OSEIKROM 95.7 FM", "", "", "B"),
        ],
        [
            ("The Voice of Ashanti", "", "", "B"),
        ],
        [
            ("▶ LISTEN LIVE", "", "", "B"),
        ],
        [
            ("NOW ON AIR: Adwenhoma with Kofi Boadu-Mensah · 6:00–10:00", "", "", "B"),
        ],
        [
            ("Home  News  Sports  Programmes  Presenters  Podcasts  Contact", "", "", "B"),
        ],
        [
            ("News › Regional", "", "", "B"),
        ],
        [
            ("Fire destroys 214 shops at Kumasi Central Market", "", "", "W"),
        ],
        [
            ("By Oseikrom News | February 2, 2027 8:47 am", "", "", "B"),
        ],
        [
            ("▶ Listen to Abena Sarpong-Darko's report from the market (3:12)", "", "", "B"),
        ],
        [
            (
                "Interviews were conducted in Twi and have been translated into English by the newsroom.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Traders search the burnt remains of stores in the textile section of Kumasi Central Market on Tuesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Oseikrom News", "", "", "B"),
        ],
        [
            (
                "A fire that started shortly after 1am on Tuesday destroyed 214 shops in the textile, provisions and cosmetics sections of Kumasi Central Market, the Ghana National Fire Service said.",
                "the Ghana National Fire Service",
                "said",
                "W",
            ),
        ],
        [
            ("No one was killed.", "", "", "W"),
        ],
        [
            (
                "Two traders who had been sleeping in their stores were treated for smoke inhalation at Komfo Anokye Teaching Hospital and discharged, the fire service said.",
                "the fire service",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ashanti Regional Fire Commander, ACFO Akosua Nimako-Boateng, said the first of six fire tenders reached the market at 1.34am, 19 minutes after the call, because tables and parked trucks blocked the access lanes.",
                "Akosua Nimako-Boateng",
                "said",
                "W",
            ),
            (
                "She said investigators suspected an illegal electrical connection but would not confirm the cause until their report was ready.",
                "Akosua Nimako-Boateng",
                "said",
                "",
            ),
        ],
        [
            ("“Everything is gone.", "Yaa Serwaa Amankwah", "said", ""),
            (
                "Twenty-two years of work, gone in one night,” said Yaa Serwaa Amankwah, who sold wax-print cloth from two stores in the textile section.",
                "Yaa Serwaa Amankwah",
                "said",
                "",
            ),
        ],
        [
            ("The fire service said the worst-hit lines were:", "The fire service", "said", ""),
        ],
        [
            ("• Textile line: 118 shops", "The fire service", "said", "W"),
        ],
        [
            ("• Provisions line: 71 shops", "The fire service", "said", "W"),
        ],
        [
            ("• Cosmetics line: 25 shops", "The fire service", "said", "W"),
        ],
        [
            (
                "It was the third fire at the market in three years, after blazes in March 2024 and January 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("▶ 0:00 / 6:42 · Adwenhoma: MCE speaks on market fire", "", "", "B"),
        ],
        [
            (
                "Kumasi Metropolitan Chief Executive Sampson Owusu-Agyemang said the assembly would pay GH₵2,000 to each of the 214 shop owners from its disaster fund this week.",
                "Sampson Owusu-Agyemang",
                "said",
                "W",
            ),
            (
                "He said the assembly would also “deal ruthlessly” with traders who blocked fire lanes.",
                "Sampson Owusu-Agyemang",
                "said",
                "",
            ),
        ],
        [
            (
                "Kwame Adusei-Poku, chairman of the Adum Line Traders' Union, said fewer than one in ten of its 3,400 members had insurance.",
                "Kwame Adusei-Poku",
                "said",
                "W",
            ),
            (
                "“We have written to the assembly asking for fire hydrants in this market every year since 2019.",
                "Kwame Adusei-Poku",
                "said",
                "W",
            ),
            ("Where are they?” he said.", "Kwame Adusei-Poku", "said", ""),
        ],
        [
            (
                "By mid-morning, women carrying basins of charred cloth on their heads were walking out past the lorry station as young men raked through the ashes for anything that could be sold.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“Oh, my daughter's school fees were in that store,” a trader cried as she was helped away by friends.",
                "a trader",
                "cried",
                "",
            ),
        ],
        [
            ("What caused the fire?", "", "", ""),
        ],
        [
            (
                "The fire service said its investigation report would be submitted to the regional minister within two weeks.",
                "The fire service",
                "said",
                "W",
            ),
        ],
        [
            ("Send your voice notes to the newsroom on WhatsApp: 050 000 0957", "", "", "B"),
        ],
        [
            ("Comments (14)", "", "", "B"),
        ],
        [
            ("Comments are moderated and may take up to an hour to appear.", "", "", "B"),
        ],
        [
            ("Insults, tribal remarks and phone numbers will be removed.", "", "", "B"),
        ],
        [
            (
                "Disclaimer: Comments are the views of listeners and not of Oseikrom 95.7 FM or its management.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("UP NEXT", "", "", "B"),
        ],
        [
            ("10:00 · Mid-Morning Mix with Ama Owusuaa Frimpong", "", "", "B"),
        ],
        [
            ("© 2027 Oseikrom Broadcasting Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE STILLWATER LEDGER", "", "", "B"),
        ],
        [
            (
                "The independent student newspaper of the University of Maine since 1901",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News  Sports  Culture  Opinion  Multimedia  Print editions  About", "", "", "B"),
        ],
        [
            ("Donate", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            ("Trustees raise in-state tuition 4.5%, the largest increase since 2011", "", "", "W"),
        ],
        [
            (
                "By Hannah Lindqvist-Obi, News Editor, and Marcus Delisle-Yazzie, Staff Writer",
                "",
                "",
                "B",
            ),
        ],
        [
            ("March 24, 2027", "", "", "B"),
        ],
        [
            (
                "Editor's note: Ledger news editor Hannah Lindqvist-Obi works part-time in the university's Office of Student Financial Aid.",
                "",
                "",
                "B",
            ),
            ("She did not report or edit the financial aid sections of this story.", "", "", "B"),
        ],
        [
            (
                "Students hold signs reading “Freeze it” outside Wells Conference Center before the trustees' meeting on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo by Teodora Vance-Iwu | The Stillwater Ledger", "", "", "B"),
        ],
        [
            (
                "The University of Maine System Board of Trustees voted 11–4 on Monday to raise in-state undergraduate tuition at the Orono campus by 4.5% for the 2027–28 academic year, the largest increase since 2011.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tuition for Maine residents will rise from $11,710 to $12,237 a year.", "", "", "W"),
            ("Out-of-state tuition will rise 3% to $35,360.", "", "", "W"),
            (
                "Mandatory fees, which cover student activities, health services and technology, will stay at $2,868.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Voting against were trustees Ellen Marchetti-Soule, Raymond Tibbetts, Dawn Okafor-Lyle and student trustee Caleb Fournier-Baez.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The vote took 14 minutes.", "", "", "W"),
        ],
        [
            (
                "Chancellor Dana Whitcombe-Reyes said the system faced a structural deficit of $21.4 million in the coming year, driven mostly by health insurance costs for employees, which rose 11% in January.",
                "Dana Whitcombe-Reyes",
                "said",
                "W",
            ),
            (
                "The state's appropriation for the system rose 1.2% this year, below inflation of 2.9%, she said.",
                "Dana Whitcombe-Reyes",
                "said",
                "W",
            ),
            (
                "“No one on this board wanted to vote for this number,” Whitcombe-Reyes said.",
                "Dana Whitcombe-Reyes",
                "said",
                "",
            ),
        ],
        [
            ("The Ledger is produced entirely by students.", "", "", "B"),
            (
                "If you value independent reporting on the decisions that shape your campus, please consider a gift today.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Donate to the Ledger", "", "", "B"),
        ],
        [
            (
                "Student Government President Aaliyah Thornbury said the trustees were “balancing the budget on the students least able to absorb it.”",
                "Aaliyah Thornbury",
                "said",
                "",
            ),
            (
                "She said a student government survey of 1,046 undergraduates in February found that 38% worked more than 20 hours a week during the semester.",
                "Aaliyah Thornbury",
                "said",
                "W",
            ),
        ],
        [
            (
                "The university said 61% of in-state undergraduates receive grant aid that will cover the full increase.",
                "The university",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fournier-Baez, the student trustee, said after the meeting that he had voted no “because 4.5% is not a rounding error when you are already working nights.”",
                "Caleb Fournier-Baez",
                "said",
                "",
            ),
        ],
        [
            ("Tuition at Orono: a timeline", "", "", "B"),
        ],
        [
            ("2011: Trustees raise in-state tuition 5.1%.", "", "", "W"),
        ],
        [
            ("2012–2018: Tuition is frozen for seven straight years.", "", "", "W"),
        ],
        [
            ("Fall 2023: Trustees approve a 3% increase.", "", "", "W"),
        ],
        [
            ("March 2026: A 2.5% increase passes 14–1.", "", "", "W"),
        ],
        [
            ("March 2027: Trustees approve 4.5%.", "", "", "W"),
        ],
        [
            ("What about graduate students?", "", "", ""),
        ],
        [
            (
                "Graduate tuition will rise 3.5% for in-state students and 3% for out-of-state students, the board said.",
                "the board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Outside the conference center, a few dozen students chanted through the lunch hour, and a few stayed until the trustees left by a side door.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Correction: An earlier version of this article said the vote was 10–5.", "", "", "B"),
            ("It was 11–4.", "", "", "B"),
        ],
        [
            (
                "Hannah Lindqvist-Obi is the news editor of the Ledger and a junior studying economics.",
                "",
                "",
                "B",
            ),
            (
                "Marcus Delisle-Yazzie is a staff writer and a sophomore studying journalism.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: tuition, Board of Trustees, budget, student government", "", "", "B"),
        ],
        [
            ("The Ledger welcomes comments.", "", "", "B"),
            (
                "Comments that include personal attacks or that are posted without a full name will not be published.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 The Stillwater Ledger • Privacy Policy • Log in", "", "", "B"),
        ],
    ],
    [
        [
            ("PASADA", "", "", "B"),
        ],
        [
            ("Notes on how Metro Manila gets to work, by Rommel Dizon-Alcaraz", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("The last deadline (they say) for Metro Manila's jeepneys", "", "", ""),
        ],
        [
            ("The LTFRB has given 6,312 unconsolidated jeepneys until June 30.", "", "", "W"),
            ("Here's what that means for your commute.", "", "", ""),
        ],
        [
            ("Rommel Dizon-Alcaraz", "", "", "B"),
        ],
        [
            ("Apr 6, 2027", "", "", "B"),
        ],
        [
            ("♡ 48 · 💬 12 · ↻ Share", "", "", "B"),
        ],
        [
            ("Forwarded this? Subscribe for free to get Pasada every Monday.", "", "", "B"),
        ],
        [
            ("Magandang umaga, commuters.", "", "", "B"),
        ],
        [
            (
                "On Monday the Land Transportation Franchising and Regulatory Board (LTFRB) gave the remaining unconsolidated jeepneys on Metro Manila routes until June 30 to join a cooperative or corporation, or lose their provisional authority to run.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to the board's own count, 6,312 jeepneys, about 18% of the 35,070 on the region's franchised routes¹, have not consolidated.",
                "the board's own count",
                "according to",
                "W",
            ),
        ],
        [
            (
                "I rode the Cubao–Quiapo route three times last week, and two of the three jeepneys I took were on that list.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“There will be no more extensions,” LTFRB chairperson Atty. Victoria Sumulong-Abad told reporters at the board's office in Quezon City.",
                "Victoria Sumulong-Abad",
                "told reporters",
                "",
            ),
            (
                "She said 41 cooperatives had applied to take over the routes of units that do not consolidate, and that the board would award those routes by August 15.",
                "Victoria Sumulong-Abad",
                "said",
                "W",
            ),
        ],
        [
            ("How we got here, in five dates:", "", "", ""),
        ],
        [
            (
                "2017: The Department of Transportation launches the jeepney modernization program.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("December 31, 2023: The first deadline for consolidation passes.", "", "", "W"),
        ],
        [
            ("January 15, 2026: The LTFRB reopens consolidation for six months.", "", "", "W"),
        ],
        [
            (
                "March 30, 2027: The LTFRB board approves Memorandum Circular No. 2027-014, setting the final deadline.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "June 30, 2027: Unconsolidated jeepneys lose their provisional authority to operate.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ka Nestor Balagtas-Ocampo, who heads the drivers' group Samahan ng mga Tsuper ng Kamaynilaan, said the deadline would “empty the streets of Tondo and Caloocan by July.”",
                "Nestor Balagtas-Ocampo",
                "said",
                "",
            ),
            (
                "“A cooperative needs ₱2.8 million for one modern unit.",
                "Nestor Balagtas-Ocampo",
                "asked",
                "W",
            ),
            (
                "Where will a driver who earns ₱900 a day get that?” Balagtas-Ocampo asked.",
                "Nestor Balagtas-Ocampo",
                "asked",
                "",
            ),
        ],
        [
            (
                "This post is free because commuters shouldn't need a subscription to know whether their jeepney will run in July.",
                "",
                "",
                "B",
            ),
            (
                "If you can, become a paid subscriber: it's ₱150 a month, and it pays for my fares.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Upgrade to paid", "", "", "B"),
        ],
        [
            (
                "The government's equity subsidy for each modern unit rose to ₱280,000 this year, according to the Department of Transportation.",
                "the Department of Transportation",
                "according to",
                "W",
            ),
            (
                "A modern Class 2 unit costs between ₱2.4 million and ₱2.9 million, depending on the make.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What happens to my route on July 1?", "", "", ""),
        ],
        [
            (
                "If your route's jeepneys have consolidated, nothing changes on July 1, the LTFRB said.",
                "the Land Transportation Franchising and Regulatory Board",
                "said",
                "W",
            ),
            (
                "If they haven't, the board says cooperatives from nearby routes may be given special permits to fill the gap, but nobody has told commuters which ones.",
                "the board",
                "says",
                "W",
            ),
        ],
        [
            (
                "I'll be on the Cubao–Quiapo route again on July 1, and I'll tell you what I find.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "This week's Pasada is supported by Ligtas Lakad, a pedestrian safety group.",
                "",
                "",
                "B",
            ),
            ("Pasada keeps full editorial control over everything it publishes.", "", "", "B"),
        ],
        [
            ("Ingat sa biyahe,", "", "", "B"),
        ],
        [
            ("Rommel", "", "", "B"),
        ],
        [
            (
                "¹ The 35,070 figure covers units franchised on Metro Manila routes only, not the provincial jeepneys from Rizal and Cavite that end their trips inside the city.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Pasada comes out every Monday.", "", "", "B"),
            ("Subscribe to get it in your inbox.", "", "", "B"),
        ],
        [
            ("♡ Like · 💬 Comment · ↻ Share", "", "", "B"),
        ],
        [
            ("12 Comments", "", "", "B"),
        ],
        [
            ("© 2027 Rommel Dizon-Alcaraz · Privacy · Terms · Collection notice", "", "", "B"),
        ],
        [
            ("Start writing · Get the app", "", "", "B"),
        ],
    ],
    [
        [
            ("PASBAN LABOUR RIGHTS TRUST", "", "", "B"),
        ],
        [
            ("Dignity and safety for Pakistan's informal workers", "", "", "B"),
        ],
        [
            ("About  Our work  Research  Campaigns  Newsroom  Get involved", "", "", "B"),
        ],
        [
            ("DONATE", "", "", "B"),
        ],
        [
            ("Newsroom › Press releases", "", "", "B"),
        ],
        [
            ("PRESS RELEASE | For immediate release", "", "", "B"),
        ],
        [
            ("Four in ten Karachi outdoor workers fell ill during June heatwave", "", "", "W"),
        ],
        [
            (
                "Trust calls for compulsory shade, water and a midday work stop on sites across Sindh",
                "the Pasban Labour Rights Trust",
                "calls for",
                "",
            ),
        ],
        [
            ("Karachi, 15 July 2027", "", "", "B"),
        ],
        [
            (
                "Forty-one per cent of 1,206 outdoor workers interviewed in Karachi had two or more symptoms of heat illness during the heatwave of 18 to 27 June, the Pasban Labour Rights Trust said in a report published on Thursday.",
                "the Pasban Labour Rights Trust",
                "said in a report",
                "W",
            ),
        ],
        [
            (
                "Researchers interviewed construction workers, brick-kiln workers, street vendors, rickshaw drivers, sanitation workers, loaders at the fish harbour and security guards at 48 sites between 1 and 8 July, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            ("Key findings", "", "", "B"),
        ],
        [
            (
                "• 41% of the workers reported two or more symptoms, such as dizziness, vomiting or confusion.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• 63% said their employer provided no shade during rest breaks.", "", "", "W"),
        ],
        [
            (
                "• Construction workers worked a median shift of 10.5 hours, the longest of the seven trades surveyed.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Only 9% had been told by an employer about the Sindh government's heatwave advisory of 16 June.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Pakistan Meteorological Department recorded a maximum of 44.6°C at Karachi airport on 22 June, the hottest June day at the station since 2015.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hospitals in Karachi reported 212 deaths from heatstroke between 18 and 27 June, according to Sindh Health Department figures cited in the report.",
                "Sindh Health Department figures cited in the report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Saima Rind-Kazmi, the trust's executive director, said fewer than a third of the workers had access to clean drinking water for the whole of their shift.",
                "Saima Rind-Kazmi",
                "said",
                "W",
            ),
            (
                "“These are the people who built the flyovers we drive on.",
                "Saima Rind-Kazmi",
                "said",
                "",
            ),
            ("We let them cook under them,” she said.", "Saima Rind-Kazmi", "said", ""),
        ],
        [
            (
                "Your gift of Rs 3,000 keeps a water-and-shade point open at a construction site for a month of shifts.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Donate now", "", "", "B"),
        ],
        [
            (
                "Ghulam Rasool Jatoi, 46, a mason on a housing project in Gulistan-e-Jauhar, said he collapsed on the third day of the heatwave and was taken to hospital on the back of a colleague's motorcycle.",
                "Ghulam Rasool Jatoi",
                "said",
                "",
            ),
            ("“The contractor docked the day's wage,” he said.", "Ghulam Rasool Jatoi", "said", ""),
        ],
        [
            ("The trust is calling on the Sindh government to:", "The trust", "is calling on", ""),
        ],
        [
            (
                "• make shade and drinking water compulsory at every site with more than ten workers;",
                "The trust",
                "is calling on",
                "",
            ),
        ],
        [
            (
                "• stop outdoor work between 12pm and 3pm whenever the heat index passes 41°C;",
                "The trust",
                "is calling on",
                "",
            ),
        ],
        [
            (
                "• require employers to pay the full day's wage when work is stopped for heat.",
                "The trust",
                "is calling on",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Sindh Labour and Human Resources Department said a draft heat-safety rule had been sent to the provincial cabinet in May.",
                "A spokesperson for the Sindh Labour and Human Resources Department",
                "said",
                "W",
            ),
            (
                "The spokesperson said the department “shares the concern” and would study the report.",
                "A spokesperson for the Sindh Labour and Human Resources Department",
                "said",
                "",
            ),
        ],
        [
            ("What is the heat index?", "", "", ""),
        ],
        [
            (
                "The heat index combines air temperature and humidity to estimate how hot it feels to the body.",
                "",
                "",
                "W",
            ),
            ("At 38°C and 60% humidity, the index is about 54°C.", "", "", "W"),
        ],
        [
            ("Download the full report: Working in the Furnace (PDF, 3.1 MB)", "", "", "B"),
        ],
        [
            ("NOTES TO EDITORS", "", "", "B"),
        ],
        [
            (
                "1. The Pasban Labour Rights Trust is a non-profit organisation, founded in 2009, that works with informal workers in Sindh and Punjab.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "2. Spokespeople are available for interview in Urdu, Sindhi and English.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Media enquiries: Farah Naqvi-Shah, communications officer, +92 21 0000 4417",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up for our monthly bulletin on workers' rights in Pakistan.", "", "", "B"),
        ],
        [
            ("Registered under the Trusts Act 1882.", "", "", "B"),
            ("Registration No. KAR-T-2009-0412.", "", "", "B"),
        ],
        [
            ("© 2027 Pasban Labour Rights Trust · Privacy · Safeguarding policy", "", "", "B"),
        ],
    ],
    [
        [
            ("NASINU EAGLES RUGBY CLUB", "", "", "B"),
        ],
        [
            ("Est. 1968 · Nasinu, Fiji", "", "", "B"),
        ],
        [
            (
                "LATEST: Eagles 27–19 Nausori Rams (FT) · Eagles Women 12–31 Rewa Delta Women (FT) · NEXT: Eagles v Lautoka Sharks, Sat 2 Oct, 3pm",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home  Club News  Teams  Fixtures & Results  Juniors  Membership  Shop  Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Club News › Senior Men", "", "", "B"),
        ],
        [
            ("Eagles win Central Club Championship for first time since 2009", "", "", "W"),
        ],
        [
            ("Posted by Club Media | 26 September 2027", "", "", "B"),
        ],
        [
            (
                "Proudly sponsored by Koro Island Hardware, Nasinu's builders' merchant since 1984",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Captain Semi Naivalu-Tora lifts the trophy in front of the clubhouse at Valelevu Grounds after the final whistle.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Laisa Vuniwai-Cakau", "", "", "B"),
        ],
        [
            (
                "The Eagles beat Nausori Rams 27–19 at Valelevu Grounds on Saturday to win the Central Club Championship for the first time since 2009.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Winger Josaia Ratuvou scored two tries, and flyhalf Peni Koroi-Tuilau kicked three conversions and two penalties.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It was a grey, blustery afternoon, and the bank along the eastern touchline was full an hour before kick-off.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The Rams led 12–10 at half-time after two tries in four minutes from their forwards.",
                "",
                "",
                "W",
            ),
            (
                "The Eagles scored 17 points in the first 14 minutes of the second half before the Rams replied with a late converted try.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“Eighteen years is a long time to wait.", "Apisai Dravuni-Lomu", "said", ""),
            (
                "These boys grew up watching from that bank over there,” said head coach Apisai Dravuni-Lomu.",
                "Apisai Dravuni-Lomu",
                "said",
                "",
            ),
        ],
        [
            (
                "Naivalu-Tora said the side had talked at half-time about “playing our own game, not theirs”.",
                "Semi Naivalu-Tora",
                "said",
                "",
            ),
        ],
        [
            (
                "“We stopped kicking it to them and started running,” he said.",
                "Semi Naivalu-Tora",
                "said",
                "",
            ),
        ],
        [
            ("Match ball sponsored by Nadawa Bakery", "", "", "B"),
        ],
        [
            ("SCORING", "", "", "B"),
        ],
        [
            (
                "Eagles 27 (Josaia Ratuvou 2, Sitiveni Bola tries; Peni Koroi-Tuilau 3 con, 2 pen)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Rams 19 (Ilaisa Cama, Tomasi Rokoduru, Viliame Naitini tries; Ilaisa Cama 2 con)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Player of the match: Josaia Ratuvou", "", "", ""),
        ],
        [
            ("The championship carries $15,000 in prize money.", "", "", "W"),
            (
                "Club president Mereani Tuisawau-Lee said it would go towards new floodlights at Valelevu.",
                "Mereani Tuisawau-Lee",
                "said",
                "",
            ),
        ],
        [
            (
                "In the women's final earlier in the day, Eagles Women lost 12–31 to Rewa Delta Women.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ratuvou finished the season with 14 tries in 11 matches, the most in the competition.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Who do the Eagles play next?", "", "", ""),
        ],
        [
            (
                "The Eagles open the Fiji-wide club playoffs against Lautoka Sharks at Valelevu on Saturday, 2 October, at 3pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The club thanks the canteen volunteers, the ground crew and the Valelevu Methodist youth for their help on the day.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Become a member: 2028 memberships are now open, from $40 for seniors and $15 for juniors.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("UPCOMING FIXTURES", "", "", "B"),
        ],
        [
            ("Sat 2 Oct · Eagles v Lautoka Sharks · Valelevu · 3pm", "", "", "B"),
        ],
        [
            ("Sat 9 Oct · Eagles Under-20 v Navua Under-20 · Valelevu · 1pm", "", "", "B"),
        ],
        [
            ("Follow us on Facebook and Instagram @nasinueagles", "", "", "B"),
        ],
        [
            ("© 2027 Nasinu Eagles Rugby Club Inc.", "", "", "B"),
            ("Affiliated to the Fiji Rugby Union.", "", "", "B"),
        ],
    ],
    [
        [
            ("HOKUTO SHIMPO", "", "", "B"),
        ],
        [
            ("ENGLISH EDITION", "", "", "B"),
        ],
        [
            ("日本語 | English", "", "", "B"),
        ],
        [
            ("Home  Tohoku  Japan  Business  Life  Travel  Opinion  Premium", "", "", "B"),
        ],
        [
            ("Tohoku › Akita", "", "", "B"),
        ],
        [
            ("Bear sightings in Akita hit record 2,148 in six months", "", "", "W"),
        ],
        [
            (
                "Prefecture says 14 people have been injured and two killed in bear attacks since April",
                "the Akita prefectural government",
                "says",
                "W",
            ),
        ],
        [
            ("By Natsumi Ishiguro, Staff Writer", "", "", "B"),
        ],
        [
            ("October 7, 2027 at 18:30 JST", "", "", "B"),
        ],
        [
            (
                "This article was translated from the Japanese edition with the help of machine translation.",
                "",
                "",
                "B",
            ),
            ("It was checked and edited by our English desk before publication.", "", "", "B"),
        ],
        [
            (
                "An Asian black bear caught on a trail camera near Tamagawa Dam in Semboku, Akita Prefecture, in September.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Provided by Akita Prefectural Government", "", "", "B"),
        ],
        [
            (
                "AKITA — Residents of Akita Prefecture reported 2,148 sightings of Asian black bears between April and September, the most for any six-month period since records began in 2003, the Akita prefectural government said on Tuesday.",
                "the Akita prefectural government",
                "said",
                "W",
            ),
        ],
        [
            ("The previous high, 1,890, was set in the same period of 2023.", "", "", "W"),
        ],
        [
            (
                "Fourteen people have been injured and two killed in bear attacks in the prefecture this year, it said.",
                "the Akita prefectural government",
                "said",
                "W",
            ),
        ],
        [
            ("Bear attacks in Akita this year (selected)", "", "", "B"),
        ],
        [
            (
                "May 19: A man in his 70s is injured while picking bamboo shoots in the mountains of Kazuno.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("July 3: A woman, 68, is killed in a field near her home in Kitaakita.", "", "", "W"),
        ],
        [
            (
                "Aug. 28: A high school student is scratched on the arm while cycling to school in Yuzawa.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Sept. 14: A man, 81, is killed in his garden in Odate.", "", "", "W"),
        ],
        [
            (
                "Prefectural officials attributed the rise to a poor crop of beech nuts this autumn, which has driven bears down from the mountains in search of food.",
                "Prefectural officials",
                "attributed",
                "W",
            ),
        ],
        [
            (
                "Professor Rie Kanazawa, a wildlife ecologist at Akita Prefectural University, said beech trees across northern Tohoku had produced almost no nuts in 2023 and 2027, the two worst years in the prefecture's records.",
                "Rie Kanazawa",
                "said",
                "W",
            ),
            (
                "“Bears that learn to find persimmons in a garden come back to that garden,” she said.",
                "Rie Kanazawa",
                "said",
                "",
            ),
            (
                "“The fruit has to be picked, or the tree has to come down.”",
                "Rie Kanazawa",
                "said",
                "",
            ),
        ],
        [
            (
                "Since September 2025, municipalities have been allowed to order hunters to shoot bears in residential areas without first waiting for police approval, under a revision of the Wildlife Protection and Hunting Management Act.",
                "",
                "",
                "W",
            ),
            (
                "Akita's municipalities have used the rule 37 times this year, the prefecture said.",
                "the prefecture",
                "said",
                "W",
            ),
        ],
        [
            (
                "Premium members can read all our Tohoku coverage, including the Japanese edition, for ¥980 a month.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Start a free trial", "", "", "B"),
        ],
        [
            (
                "Gov. Masaru Hatakeyama said at a news conference that the prefecture would pay hunters ¥30,000 for each bear captured in a residential area from Oct. 15.",
                "Masaru Hatakeyama",
                "said at a news conference",
                "W",
            ),
            (
                "“The hunters are in their 60s and 70s, and there are not enough of them,” he said.",
                "Masaru Hatakeyama",
                "said",
                "",
            ),
            (
                "“We have 612 licensed hunters in Akita now, against more than 2,000 in the 1980s.”",
                "Masaru Hatakeyama",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tomoko Sasaki, 72, who grows apples outside Yokote, said she had stopped going into her orchard after 4 p.m.",
                "Tomoko Sasaki",
                "said",
                "",
            ),
            (
                "“Last week there were claw marks on the shed door,” she said.",
                "Tomoko Sasaki",
                "said",
                "",
            ),
        ],
        [
            ("What should you do if you meet a bear?", "", "", ""),
        ],
        [
            (
                "The prefecture advises residents to carry a bell or radio in the hills, to walk in groups at dawn and dusk, and to back away slowly without turning their back if they meet a bear.",
                "The prefecture",
                "advises",
                "",
            ),
        ],
        [
            ("Read this article in Japanese", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Iwate closes three hiking trails after bear sightings", "", "", "B"),
        ],
        [
            ("© The Hokuto Shimpo Co., Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            ("No reproduction or republication without written permission.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n161-ie-correction-two",
        "Correction, 14 January 2027: An earlier version of this article gave the hospital's bed count as 618. The correct figure is 681.",
        [
            "Correction, 14 January 2027: An earlier version of this article gave the hospital's bed count as 618.",
            "The correct figure is 681.",
        ],
    ),
    (
        "n161-ie-quote-resumes",
        "“This is not a rota,” she said. “This is a hospital running on goodwill.”",
        [
            "“This is not a rota,” she said.",
            "“This is a hospital running on goodwill.”",
        ],
    ),
    (
        "n161-ie-ltd-registered",
        "© 2026 Shannon Quay Press Ltd. Registered in Ireland, No. 588213. All rights reserved.",
        [
            "© 2026 Shannon Quay Press Ltd.",
            "Registered in Ireland, No. 588213.",
            "All rights reserved.",
        ],
    ),
    (
        "n161-ke-pm-no-periods",
        "The Speaker read out the tally at 3.52pm. Members then rose for the anthem.",
        [
            "The Speaker read out the tally at 3.52pm.",
            "Members then rose for the anthem.",
        ],
    ),
    (
        "n161-ke-bullet-grounds",
        "• abuse of office, over a KSh 96 million tender awarded without bids; • gross misconduct, over a speech in Njoro on March 2.",
        [
            "• abuse of office, over a KSh 96 million tender awarded without bids;",
            "• gross misconduct, over a speech in Njoro on March 2.",
        ],
    ),
    (
        "n161-ke-dr-no-period",
        "Analyst Dr Miriam Achola-Were said the numbers were no surprise. She said the Senate would move quickly.",
        [
            "Analyst Dr Miriam Achola-Were said the numbers were no surprise.",
            "She said the Senate would move quickly.",
        ],
    ),
    (
        "n161-au-am-then-by",
        "“I logged on at 8.58am. By 9.03 every date was gone,” she said.",
        [
            "“I logged on at 8.58am.",
            "By 9.03 every date was gone,” she said.",
        ],
    ),
    (
        "n161-au-st-no-period",
        "The ranger station at Lake St Clair opens at 8am. Walkers must register there before setting out.",
        [
            "The ranger station at Lake St Clair opens at 8am.",
            "Walkers must register there before setting out.",
        ],
    ),
    (
        "n161-tz-tsh-decimal",
        "Nuts sold at an average of TSh 2,874.50 a kilogram. The top bid was TSh 3,110.",
        [
            "Nuts sold at an average of TSh 2,874.50 a kilogram.",
            "The top bid was TSh 3,110.",
        ],
    ),
    (
        "n161-tz-fob-midline",
        "Exporters pay US$160 a tonne or 15% of the f.o.b. value, whichever is higher. Half of it goes to the inputs fund.",
        [
            "Exporters pay US$160 a tonne or 15% of the f.o.b. value, whichever is higher.",
            "Half of it goes to the inputs fund.",
        ],
    ),
    (
        "n161-ca-mayor-said-quote",
        "“Every two weeks is plenty,” said Mayor Colette Aucoin-Brine. “Most of what we throw out belongs in a green cart.”",
        [
            "“Every two weeks is plenty,” said Mayor Colette Aucoin-Brine.",
            "“Most of what we throw out belongs in a green cart.”",
        ],
    ),
    (
        "n161-ca-dates-list",
        "March 15: Deadline to apply for an exemption. March 19: Calendars are mailed to every home.",
        [
            "March 15: Deadline to apply for an exemption.",
            "March 19: Calendars are mailed to every home.",
        ],
    ),
    (
        "n161-in-wire-dateline",
        "New Delhi, Nov 5 (UPW) The CAQM on Wednesday revoked Stage III after the AQI fell to 338. The curbs had been in force for 30 hours.",
        [
            "New Delhi, Nov 5 (UPW) The CAQM on Wednesday revoked Stage III after the AQI fell to 338.",
            "The curbs had been in force for 30 hours.",
        ],
    ),
    (
        "n161-in-pvt-ltd",
        "© 2027 Samachar Setu Media Pvt. Ltd. All Rights Reserved.",
        [
            "© 2027 Samachar Setu Media Pvt. Ltd.",
            "All Rights Reserved.",
        ],
    ),
    (
        "n161-in-rs-lakh",
        "Violators face fines of up to Rs 5 lakh. Repeat offenders may have their sites sealed.",
        [
            "Violators face fines of up to Rs 5 lakh.",
            "Repeat offenders may have their sites sealed.",
        ],
    ),
    (
        "n161-gh-am-times",
        "The first tender arrived at 1.34am. The call had come in at 1.15am.",
        [
            "The first tender arrived at 1.34am.",
            "The call had come in at 1.15am.",
        ],
    ),
    (
        "n161-gh-statement-question",
        "“We have asked for hydrants since 2019. Where are they?” he said.",
        [
            "“We have asked for hydrants since 2019.",
            "Where are they?” he said.",
        ],
    ),
    (
        "n161-gh-cedi",
        "Each shop owner will receive GH₵2,000 from the fund. Payments begin on Friday.",
        [
            "Each shop owner will receive GH₵2,000 from the fund.",
            "Payments begin on Friday.",
        ],
    ),
    (
        "n161-us-percent-dollars",
        "Tuition will rise 4.5% to $12,237. Fees stay at $2,868.",
        [
            "Tuition will rise 4.5% to $12,237.",
            "Fees stay at $2,868.",
        ],
    ),
    (
        "n161-us-correction-note",
        "Correction: An earlier version of this article said the increase was 4%. It was 4.5%.",
        [
            "Correction: An earlier version of this article said the increase was 4%.",
            "It was 4.5%.",
        ],
    ),
    (
        "n161-ph-atty-mid",
        "“No more extensions,” LTFRB chairperson Atty. Ramon Lacsamana-Uy told reporters on Monday. He said the routes would be awarded by August.",
        [
            "“No more extensions,” LTFRB chairperson Atty. Ramon Lacsamana-Uy told reporters on Monday.",
            "He said the routes would be awarded by August.",
        ],
    ),
    (
        "n161-ph-circular-no",
        "The board approved Memorandum Circular No. 2027-014 on March 30. It sets June 30 as the final deadline.",
        [
            "The board approved Memorandum Circular No. 2027-014 on March 30.",
            "It sets June 30 as the final deadline.",
        ],
    ),
    (
        "n161-ph-peso-question",
        "“A unit costs ₱2.8 million. Where will a driver find that?” he asked.",
        [
            "“A unit costs ₱2.8 million.",
            "Where will a driver find that?” he asked.",
        ],
    ),
    (
        "n161-pk-trusts-registration",
        "Registered under the Trusts Act 1882. Registration No. KAR-T-2011-0388.",
        [
            "Registered under the Trusts Act 1882.",
            "Registration No. KAR-T-2011-0388.",
        ],
    ),
    (
        "n161-pk-degrees",
        "The station recorded 44.6°C on 22 June. It was the hottest June day there since 2015.",
        [
            "The station recorded 44.6°C on 22 June.",
            "It was the hottest June day there since 2015.",
        ],
    ),
    (
        "n161-fj-fulltime-pom",
        "The Eagles won 27–19 after trailing 12–10 at half-time. Player of the match: Josaia Ratuvou.",
        [
            "The Eagles won 27–19 after trailing 12–10 at half-time.",
            "Player of the match: Josaia Ratuvou.",
        ],
    ),
    (
        "n161-jp-aug-sept-start",
        "Aug. 28: A student is scratched on the arm in Yuzawa. Sept. 14: A man, 81, is killed in Odate.",
        [
            "Aug. 28: A student is scratched on the arm in Yuzawa.",
            "Sept. 14: A man, 81, is killed in Odate.",
        ],
    ),
    (
        "n161-jp-pm-before-quote",
        "She stopped going into the orchard after 4 p.m. “There were claw marks on the door,” she said.",
        [
            "She stopped going into the orchard after 4 p.m.",
            "“There were claw marks on the door,” she said.",
        ],
    ),
    (
        "n161-jp-gov-mid",
        "Gov. Masaru Hatakeyama announced the bounty on Tuesday. It takes effect on Oct. 15.",
        [
            "Gov. Masaru Hatakeyama announced the bounty on Tuesday.",
            "It takes effect on Oct. 15.",
        ],
    ),
    (
        "n161-jp-co-ltd",
        "© The Ou Coast Daily Co., Ltd. All rights reserved. No reproduction without permission.",
        [
            "© The Ou Coast Daily Co., Ltd.",
            "All rights reserved.",
            "No reproduction without permission.",
        ],
    ),
]
