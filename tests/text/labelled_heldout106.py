"""Hundred-and-sixth held-out set of hand-labelled pages for the hint engines (held-out set, round sixty):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve kinds of outlet in
twelve countries and territories, where all four hints matter at once: furniture (found line by
line, and never swallowing a story line), attribution and speakers, check-worthiness and sentence
ends. This set is HELD OUT: it is never looked at while the engine is tuned, and it is scored only
at the start and at the end of the round. None of the countries of the newest tuning sets comes
back. The pages: a Cayman Islands BUSINESS DAILY on the desktop (a regulator's quarterly figures:
private fund registrations at a record 17,412, mutual funds down 1.8%); a Jersey TABLOID pasted from
a phone (an "EXCLUSIVE": 4,812 pothole reports in January and a resurfacing budget cut by £1.2m); a
Guernsey NEWSLETTER POST from a newsletter platform (a States vote: £19.8m for a former vinery and 212
affordable homes, by 24 votes to 14, with the author's first-person asides); a Falkland Islands
COMMUNITY WEEKLY on the desktop (the first Loligo squid season closes with 41,870 tonnes, with a
notices box pasted mid-story); a Bhutanese GOVERNMENT NEWS SERVICE on the desktop (a Cabinet press
release: the school-feeding stipend rises from Nu. 35 to Nu. 45 a day); a Mongolian BROADCASTER's
English service pasted from a phone (a dzud: more than 2.1 million livestock dead, with a video
caption and a table by aimag); a Maldivian news site's LIVE BLOG (a swell floods 41 islands, with
time stamps, entry bylines, key-event and pinned tags); a Vincentian RADIO STATION's website (La
Soufrière's alert level lowered to Green, with a listen-live bar, an audio line and a show promo
mid-story); a Dominican MAGAZINE feature (the sea moss boom, with a pull quote, words and photography
credits and a print-edition line); a Kiribati WIRE story on a web PORTAL (king tides flood 312 homes
in South Tarawa, with the portal's mail/finance menu, "Story continues below advertisement" and
"Trending now"); a Tongan SPORTS SITE (a rugby Test: Tonga beat Fiji 27-24, with teams, scorers and
the pool table); and an Eswatini STUDENT PAPER (4,180 students without their book allowance, a march
called, with an editor's disclosure note).

What is hard is that every page asks all four questions at once. FURNITURE comes in each kind of
outlet's own words and in the middle of the story as well as around it: a ticker strip, an "EXCLUSIVE"
tag, an app banner, a newsletter sign-up box between two body paragraphs, a newsletter's "reader-
supported publication" prompt, its sign-off ("See you next Friday," / "Hattie") and its "Elsewhere
this week" link bullets, a weather strip and a NOTICES box (water off, an AGM, a classifieds
deadline: "B" line by line, whatever they say, like a weather strip), a press release's "Ref. No."
line and contact line, a video line and video credit, a live blog's "Summary" label, time stamps,
entry bylines, "Key event" and "Pinned" tags and its call for readers' photos (while the welcome
sentence beside it is ""), a radio station's listen-live bar, audio line, show promo ("Join us at 5
p.m. on Drive Time ...") and frequencies line, a magazine's issue line, words/photography credits,
read time, PULL QUOTE (a repeat of a body line, "B" with no speaker, and its "— Name" line "B", while
the body line keeps its speaker and flag) and print-edition line, a portal's menus, wire credit line,
advertisement marker, "(Reporting by ...; Editing by ...)" line and trending list, a student paper's
"Est. 1986" line and EDITOR'S NOTE disclosing a conflict (like a funding note, "B"). Story lines that
look like furniture stay story: headlines and standfirsts (flagged by content, a magazine headline
with nothing to check ""), subheads (""), captions (""), a newsletter's subtitle and greeting (""),
data lines (line-ups, scorers, a yellow-card line, the referee line and table rows, ""), the
definitions under question subheads (""). SPEAKERS are named by the name alone, in full as first
given, with every local title and honorific dropped: "the Hon." and "JP, MP" (Cayman), "Deputy" and
"Constable of St Ouen" (Jersey, Guernsey), "MLA" (Falklands), "Lyonpo", "Dasho", "Aum" and "Ap"
(Bhutan), "Colonel" and "Major", "Nei" (Kiribati), "Ratu" (Fiji), "Make" and "Babe" (Eswatini),
"Dr", "Dr.", "Prof.", "Mr", "Ms." and "the Rev."; descriptors go too ("Fuming mum-of-two Kelly Le
Feuvre, 34," -> "Kelly Le Feuvre", "Kiribati's National Disaster Risk Management Office" -> "the
National Disaster Risk Management Office"). Mongolian names keep the initial of the patronymic as
part of the name, as they are printed ("Ch. Naranbaatar", "Ts. Oyunchimeg", "J. Bolormaa"), and "Naranbaatar
said" resolves to "Ch. Naranbaatar"; Jersey's lower-case particle stays ("Wayne de Gruchy", and "De
Gruchy said" at a sentence start resolves to him); a title used alone as the later reference
resolves to its bearer ("“...,” Lyonpo said." -> "Ugyen Tenzin Dorji"), as do "Aum Tshering Yangden
said" and "Babe Shongwe said"; a radio caller who gives only an on-air name keeps it ("Brother Ras",
quotation marks dropped), since nothing else names him. Bodies with a proper name are labelled with
a lower-case "the" wherever the sentence puts them ("The Mongolian Red Cross Society said" -> "the
Mongolian Red Cross Society"), as the recent sets label "the Electoral Commission"; generic nouns
stay as written ("The office", "The meteorological service", "the service", "The committee", "the
department", and the Falklands' house-style "the Department"), while "it" and acronyms resolve to
the name as first given ("it said" -> "the Fisheries Department", "CIMA said" -> "the Cayman Islands
Monetary Authority", "The SRC said" -> "the Students' Representative Council", "the TRU said" -> "the
Tonga Rugby Union"); a headline's "says NEMO" or "the NDMA says" carries the body's full name.
"According to" gives the document as written with a bracketed acronym and a time dropped
("quarterly statistics published by the Cayman Islands Monetary Authority", "figures presented to
the Standing Finance Committee", "figures the Students' Representative Council presented to
university management", "page 41 of the committee's report", "The Torch's archive"); groups are kept
as written ("Forecasters at the National Agency for Meteorology and Environmental Monitoring",
"Farmers in Fancy and Owia", "A lecturer in the Faculty of Commerce", "A Guernsey Water
spokesperson"); the outlet itself is never a speaker ("The Scoop can reveal" carries nobody, nor
does the newsletter author's "I"); a channel after the verb is in the cue ("told the Daily", "told
The Scoop", "told me", "told the Assembly", "told the committee", "told Tuul TV", "told the Current
by phone", "told Windward News", "told the Midday Mix", "told PIW", "told The Torch", "said in a
notice to students", "said in a commentary published with the figures"), and so are a tabloid's
"fumed" and "admits", a magazine's present-tense "says" and "worries" (one sentence when the cue
splits the quote: "“This one,” she says, “is paying for my daughter's books.”"), and a no-reply line
("did not respond to my email", carrying "Les Banques Growers Ltd.").

Of record ("W"): registrations, fees, fines and deadlines of a fund law; a share price; vote counts
and a purchase price; pothole reports, a budget cut and claims paid; catches, licence revenue, a
season's dates; a stipend, its cost and its start date, a school menu rule, survey figures; livestock
deaths, hay prices, fodder delivered and a train "on Friday"; shelter numbers, flooded houses, wave
heights and a causal claim by the met office; an alert level and its history, stations and a rent
scheme's end date; export tonnage and value, licences and licence rules, a cooperative's prices, a
company's orders and their cause; tide readings, homes flooded, emergency funds; a score, scorers, a
crowd, a record, ticket prices, a kick-off and a qualification rule; allowances, a march "on Monday,
15 March", a payment date and the cause of a delay. A tabloid's capitalised teaser that states a
checkable fact ("And the cash to fix them has SHRUNK.") is "W"; the newsletter author's own sum ("So
yes, the States are paying about £2.6 million over valuation.") is "W" with no speaker; a
headline's figure is "W" even in a tabloid's capitals. Not worth checking (""): feelings,
characterisations and opinions in quotes ("a change of shape, not a loss of business", "late and
thin", "paying glasshouse money for a field of broken glass"); forecasts and hedged hopes ("could be
ready by the end of 2029", "should ease from Thursday morning", "could fall to minus 42 degrees",
"good enough to win the whole thing"); plans without a fixed date or with a condition ("before the
summer recess", "“if conditions allow”", "“if the passengers come back”"); advice ("urged hikers to
carry water"); anecdotes and a person's own counts (a mother's £286 of tyres, a garage's "well over
200" tyres, a herder's 312 dead animals, a dock worker's 31 vessels, a student's borrowed E600);
questions and subheads; scenes and definitions.

And where sentences end: "Nu." before numbers ("Nu. 45", "Nu. 111.3 million", "Nu. 52 in Thimphu");
Mongolian initials mid-sentence and OPENING one ("J. Bolormaa, a member of parliament ..."); atoll
codes ("Th. Vilufushi", "L. Gan", "Gdh. Thinadhoo", "HDh. Kulhudhuffushi"); "Ltd." ENDING a sentence
before a capital ("Northsound Holdings Ltd." / "Northsound's shares ..."; "Les Banques Growers
Ltd." / "The company ...") and mid-sentence ("Bodden Bay Fund Administration Ltd., said", "Sulivan
Fisheries Ltd., which", "Nature Isle Botanicals Ltd., the exporter", "Tussac Press Ltd., Stanley");
"LLC.", "Pvt. Ltd.", "Co. Ltd." and "Ltd." before "All rights reserved."; "No. 88412." ending a
legal line; "6 a.m." ENDING a sentence before "Hikers ..." and "3 p.m." before "Tickets ...", and "2
p.m." at a paragraph's end, against "4.40 p.m. on" and "6:05 a.m." in a date line; titles that never
end one ("the Hon.", "Dr.", "Ms.", "Prof.", "Fr.", "the Rev."); "gov.je" inside a sentence; "(capt.)"
inside a line-up; a question inside a quote followed by a new sentence ("“Who pays for that?" / "Not
the Government, that's for sure.”"; "“What will we sell in the spring?" / "There is no cashmere on a
dead goat.”"; "“Did we play well?" / "No." / "Did we win?" / "Yes, and that's what the table
remembers,” Kaufusi-Lātū said.") against a question or an exclamation with its attribution, one
sentence ("“Is this what we leave our grandchildren?” she asked.", "“I heard the bang, the kids
screamed, and that was it!” she fumed.", "“Now I can sleep on my own land again, praise God!” she
said.", "“How do you write a test on a book you have never opened?” Shabangu-Vilakati asked."); a
quoted question standing alone as a sentence; an ellipsis before a lower-case word inside one
sentence ("drinking it… the phone"); semicolons kept whole (the Private Funds Act's rule, "is dead;
it means", "Manzini market; E600", score lines and line-ups); list rows with "1." and "2."; and a
headline with a colon ("POTHOLE HELL: ...") never split.

The pages hold 526 sentences: 213 "B", 164 "W" and 149 ""; 211 sentences carry a speaker (120
distinct speakers, page by page; 118 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `HELDOUT_CASES` holds 30 split cases written fresh in the manner
of the pages (not copied from them).

Written from scratch for issue 13 in round sixty, blind to the engine: nothing under `claimreview/`,
`docs/` or `tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no README; no engine, scorer or test was run on it. What was read: the
brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast`, the
docstrings and `STYLES` of `labelled_new167.py` and `labelled_new168.py`, and two pages and four
cases of `labelled_new168.py`. Coined names were checked for freshness against the string constants of those two
files: three given names that hit were replaced; only common words, titles and real places still hit.
Every person, outlet, publisher, firm, cooperative, forum, school, church hall, figure and statement
is invented; real countries, islands, atolls, towns, villages, streets, stadiums, volcanoes,
ministries, agencies, parliaments, regulators, exchanges, universities, laws and other public bodies
appear only as settings, with invented statements and figures.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` and
of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines), each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or
""; a caption and its credit pasted in one line are two sentences of one paragraph.
"""

# ruff: noqa: E501, RUF100

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Cayman Islands BUSINESS DAILY\'S WEBSITE (George Town), desktop browser paste, a REGULATOR\'S QUARTERLY FIGURES STORY: private fund registrations reach a record 17,412 while regulated mutual funds fall 1.8%. Head: masthead, tagline, menu, a currency/index/oil TICKER strip, crumb (all "B"); headline of record "W"; standfirst "Authority says 1,238 private funds were registered ..." ("W", carrying the regulator as the body names it, "the Cayman Islands Monetary Authority"); byline with role, a date line with "6:05 a.m.", share line ("B"); a caption "" and a "Photo:" credit "B". Body: the record "according to quarterly statistics published by the Cayman Islands Monetary Authority (CIMA) on Tuesday" (the document as written, acronym and day dropped, "W"); the quarter\'s registrations "it said" (resolving to the authority, "W"); mutual funds ("W", no speaker); deregistrations "The authority\'s data showed" ("W", as written); a causal claim "CIMA said in a commentary published with the figures" (acronym resolving, channel in the cue, "W"); the minister ("Financial Services Minister the Hon." and "JP, MP" dropped) "told the Daily" fee income ("W"), a two-sentence quote and a bill "before the summer recess" (""); an administrator\'s chief with "Ltd., said" mid-sentence and her firm\'s count ("W") and forecast (""); "Northsound Holdings Ltd." ENDING a sentence before "Northsound\'s shares rose ..." (both "W"); an industry forum (lower-case "the" in the label) "said in a statement" a characterisation (""); jobs "according to the Economics and Statistics Office\'s labour force survey" ("W"); a question subhead, an accountant\'s hedged view and quote (""); the Act\'s registration rule with a semicolon and the fee ("W"); a young accountant\'s anecdote and a two-sentence quote (""); a ministry spokesperson (kept as written) with a dated consultation ("W"); the next release date ("W"). Tail: more-from label and two headlines, copyright split at "Ltd." before "All rights reserved.", links (all "B").',
    'Jersey TABLOID NEWS SITE, PHONE BROWSER paste, an "EXCLUSIVE" ROADS STORY: drivers report 4,812 potholes in January, the most since records began, and the resurfacing budget was cut by £1.2m. Head: a hamburger/masthead/search line, an app banner with its "GET" button, section label and "EXCLUSIVE" tag (all "B"); a capitalised headline with a colon, "POTHOLE HELL: ... in just ONE month" (one sentence, "W"); standfirst "Minister admits ..." ("W", carrying the minister as the body names him, cue "admits"); byline with role and a time/updated line ("B"); a caption without a full stop "" and a bracketed "(Image: ...)" credit "B". Body: the record "The Scoop can reveal" (the outlet is no speaker, "W"); "Figures released to us under Freedom of Information show" (as written, "W"); a capitalised teaser stating a fact, "And the cash to fix them has SHRUNK." ("W"); the minister ("Infrastructure Minister Deputy" dropped; the particle "Le" kept) "admitted" the cut and its cause ("W"), a feeling "he told The Scoop" ("") and extra crews in the same quote ("W"); a NEWSLETTER SIGN-UP BOX between body paragraphs (three lines, "B"); a mother (descriptor "Fuming mum-of-two" and age dropped) with an anecdote (""), an exclamation with "she fumed." (one sentence) and a QUESTION FOLLOWED BY A NEW SENTENCE inside the quote (cue "fumed", all ""); a taxi driver with a lower-case particle, "Wayne de Gruchy", and "De Gruchy said" at a sentence start resolving to him (""); a tyre fitter\'s own count (""); claims "according to the FOI response" and the liability rule "the response said" ("W"); a parish Constable ("Constable of St Ouen" dropped, "St Ouen" with no stop) with an opinion (""); a capitalised subhead ""; the claim rules with "gov.je" mid-sentence, "the department says" (generic noun as written, "W") and without a speaker ("W"); a scrutiny member\'s vague plan (""); "A Government of Jersey spokesperson" with repairs ("W") and "the spokesperson said" a hedge (same label, ""). Tail: a two-sentence tip line, comments count, MOST READ with numbers and headlines on their own lines, a legal line split at "2027." before "Registered in Jersey No. 88412." (all "B").',
    'Guernsey NEWSLETTER POST on a newsletter platform, web view, a STATES VOTE with the AUTHOR\'S FIRST-PERSON ASIDES: deputies back a £19.8m purchase of a former vinery for 212 affordable homes, by 24 votes to 14. Head: the newsletter\'s name and a subscribe/sign-in line ("B"); headline of record "W"; a subtitle teaser with the author\'s view ("", no speaker); the author line, a date line and a likes/comments/share line ("B"). Body: the greeting with a subscriber count (the newsletter\'s own aside, ""); the vote ("W", no speaker); a record "according to the Policy & Resources Committee\'s report" ("W"); the committee president ("Deputy" dropped) "told the Assembly" the waiting list ("W"), a feeling, a forecast and rents "Mahy said" (all ""); the author\'s "I" opinion (no speaker, ""); an IN-BODY SUBSCRIBE PROMPT (two sentences) and its button ("B"); a subhead ""; a cost "According to page 41 of the committee\'s report" ("W"); the author\'s "I asked" ("") and "A Guernsey Water spokesperson told me" a date (cue "told me", "W"); the opponent ("Deputy" dropped) with a characterisation ("") and an amendment vote "He told me afterwards" ("W"); "Les Banques Growers Ltd." ENDING a sentence before "The company has owned ..." (both "W") and "It did not respond to my email." (the firm, ""); a valuation "the report says" ("W") and the author\'s own sum "So yes, ... £2.6 million over valuation." ("W", no speaker); opinions and "The committee says" a saving (generic noun as written, a projection, ""); completion and a planning brief ("W"). Tail: an "Elsewhere this week" label and two link bullets, a two-line sign-off ("See you next Friday," / "Hattie"), a two-sentence subscribe prompt, an email box with "...", like/comment/restack line, comments count, copyright and links, an app line (all "B").',
    'Falkland Islands COMMUNITY WEEKLY\'S WEBSITE (Stanley), desktop browser paste, a FISHING SEASON STORY with a NOTICES BOX pasted mid-story: the first Loligo squid season closes with 41,870 tonnes, the best first season since 2019. Head: masthead, an issue line with "No. 1,884", menu, a weather strip (all "B"); headline of record "W"; byline "B"; a caption "" and its credit in the same line ("B"). Body: the catch "the Fisheries Department said" ("W"); the record and last year\'s early closure ("W", no speaker); the director ("Dr" dropped) after an apposition with the extension and its cause ("W"), a feeling ("") and observers ("W"); licence fees "according to figures presented to the Standing Finance Committee" (day dropped, "W"); an MLA ("MLA" dropped) with a characterisation ("") and a budget figure "he said" ("W"); the Financial Secretary "told the committee" a revenue share and a meeting date ("W"); a NOTICES box (label and three notices, "B" whatever they say); "Sulivan Fisheries Ltd., which ..." (the firm as speaker, "Ltd.," mid-sentence, "W"); its managing director with a pay date ("W") and a quote (""); the second season "the Department said" (the house-style generic noun as written, "W"), the Illex catch "it said" (resolving to "the Fisheries Department", "W") and Illex revenue ("W"); a pub scene and crews (""); a dock worker\'s own count and a quote (""); a question subhead and a definition with "Loligo gahi" (""), then the closure rule ("W"). Tail: a letters line, a publisher line with "Ltd.," mid-line and a postcode, a copyright line (all "B").',
    'Bhutanese GOVERNMENT NEWS SERVICE\'S WEBSITE (Thimphu), desktop browser paste, a CABINET PRESS RELEASE with BHUTANESE TITLES AND HONORIFICS: the school-feeding stipend for boarders rises from Nu. 35 to Nu. 45 a day from 1 March. Head: the service\'s name, the government line, menu, crumb (all "B"); headline with "Nu. 45" mid-line ("W"); a posted line and a "Ref. No." line ("B"); a caption "" and a credit "B". Body: "THIMPHU, 11 February:" lead, the Cabinet\'s decision with "Nu. 35 to Nu. 45" (an act, no speaker, "W"); beneficiaries ("W"); the cost "Nu. 111.3 million" "the Ministry of Finance said" ("W"); the minister ("The Minister for ..., Lyonpo" dropped) with the last revision and "Nu. 52 in Thimphu" ("W"), a quote with "Lyonpo said" (the title alone resolving to him, "") and the menu rule "He said" ("W"); the Cabinet\'s review directive ("W"); "According to the National Statistics Bureau" and "According to the 2025 National Nutrition Survey" (cue as written, "W"); a nutritionist ("Dr" dropped) with an opinion (""); the Secretary ("Dasho" dropped) with instalment dates and the audit rule ("W"); a district governor ("The Dzongdag of Trashigang, Dasho" dropped) with a date ("W"); a principal with her boarders\' count ("W") and a quote (""); a cook ("Ap" dropped) and a mother ("Aum" dropped; "Aum Tshering Yangden said" resolving to her) with anecdotes (""); the procurement rule and supplier counts, "It said" resolving to the department ("W"); a "Background" subhead "" and the stipend history and day-meal rate ("W"). Tail: a contact line, share line, related label and two titles, copyright split at "Bhutan." before "All rights reserved.", links (all "B").',
    'Mongolian BROADCASTER\'S ENGLISH SERVICE, PHONE BROWSER paste, a DISASTER STORY with MONGOLIAN INITIALS and a VIDEO: more than 2.1 million livestock have died in the dzud and the emergency regime is extended in nine aimags. Head: a menu/masthead/live line, a stream prompt, section label (all "B"); headline of record "W"; a video line with running time "B", the video caption "" and its credit with an initial "O. Sarangerel" ("B"); the service line and a date/updated line ("B"). Body: "ULAANBAATAR –" lead "the National Emergency Management Agency (NEMA) said" ("W"); the extension "NEMA said" (acronym resolving, "W"); a colonel ("Colonel" dropped, the patronymic initial "Ch." kept) "told Tuul TV" a share ("W"), snow depth "He said" ("W"), a quote "Naranbaatar said" (resolving, "") and two counts ("W"); hay prices "according to the aimag\'s food and agriculture department" ("W"); a scene (""); a herder with "Ts." kept, her own count ("") and a quote with a QUESTION FOLLOWED BY A NEW SENTENCE (""); the ministry\'s deliveries and a train "on Friday", "It said" resolving ("W"); loan relief "the Ministry of Finance said" ("W"); the Red Cross (lower-case "the" in the label) with grants and an appeal ("W"); "Forecasters at ..." (group as written, a forecast, ""); an MP OPENING a sentence with her initial, "J. Bolormaa, ..., called" (""); a question subhead and a definition (""); a table (title, header and source "B", four rows ""). Tail: more-videos label and two video lines with running times, a follow line, copyright split at "LLC." before "All rights reserved." (all "B").',
    'Maldivian NEWS SITE\'S LIVE BLOG (Malé), desktop browser paste, a SWELL FLOODING LIVE BLOG with ATOLL CODES: 41 islands flood and 218 people move to shelters. Head: masthead, menu, "LIVE" tag (all "B"); headline of record "W"; last-updated line, two-name byline, share line ("B"); a "Summary" label "B" and three bullets by content ("the NDMA says" resolving to the authority\'s full name, "W"; shelters in "Th. Vilufushi, L. Gan and Gdh. Thinadhoo" with no speaker, "W"; "Met office expects" a forecast, ""). Entries newest first, each with a TIME STAMP and an ENTRY BYLINE ("B"), two "Key event" tags and a "Pinned" tag ("B"): shelter numbers (entry headline "W") "The National Disaster Management Authority (NDMA) said" and "it said" ("W"); soldiers pumping water (headline "W") "The Maldives National Defence Force (MNDF) said" ("W") and a spokesperson ("MNDF spokesperson Major" dropped) with no moves ("W"); an island council president (role dropped) with flooded houses and times ("W") and a complaint (""); a shopkeeper after her quote, "told the Current by phone" (""), her anecdote and a question "she asked." (one sentence, ""); a reader\'s photo caption with "HDh. Kulhudhuffushi" "" and its credit "B"; the met office (headline "..., met office says" a forecast, ""), wave heights and a record ("W"), a causal claim "It said" ("W") and a forecaster\'s forecast (""); school closures (headline and sentence "W") and a conditional reopening "it said" (""); the pinned welcome ("") and its call for readers\' photos ("B"). Tail: related label and one headline, copyright split at "Pvt. Ltd." before "All rights reserved.", links (all "B").',
    'Vincentian RADIO STATION\'S WEBSITE (Kingstown), desktop browser paste, a VOLCANO ALERT STORY: NEMO lowers La Soufrière\'s alert level from Yellow to Green after 14 quiet months. Head: the station\'s name, a LISTEN LIVE / on-air bar, menu (all "B"); headline "..., says NEMO" ("W", resolving to the body\'s full name); a posted line and an AUDIO line with running time ("B"); a caption "" and its credit "B". Body: the change "has announced" ("W"); the advice and a quiet record "NEMO said" ("W"); the earlier raise "according to the centre\'s monthly bulletin" ("W"); the NEMO director "told Windward News" a lifted ban with "at 6 a.m." ENDING the sentence before "Hikers will still have to sign in ..., he said." (both "W") and a quote with a semicolon (""); a SHOW PROMO mid-story ("Join us at 5 p.m. on Drive Time ...", "B"); a volcanologist ("Dr." dropped) with measurements and stations ("W"); the centre\'s plan "The SRC said" (resolving to its full name, ""); rent assistance and its end date ("W"); farmers (group as written, "") and a farmer\'s anecdote with an exclamation "praise God!” she said." (one sentence, ""); the chief agricultural officer ("Ms." dropped) with a dated hand-out ("W"); a tourism authority (lower-case "the" in the label) with a reopening date and a fee ("W"); schools "the Ministry of Education said" ("W"); a minibus driver\'s conditional plan (""); a CALLER known only by an on-air name, "Brother Ras" (kept as given, cue "told the Midday Mix", ""); the alert-level rule "reminded" ("W"); advice "It urged" ending "by 2 p.m." at the paragraph\'s end and a general warning "it said" (""). Tail: a bulletin-times line with "a.m." and "p.m.", a WhatsApp line, more-news label and two headlines, copyright split at "Co. Ltd." before "All rights reserved.", a frequencies line (all "B").',
    'Dominican MAGAZINE FEATURE (Roseau), desktop browser paste, a LONG-FORM FEATURE with a PULL QUOTE and PRESENT-TENSE ATTRIBUTION: the sea moss boom on the north-east coast. Head: masthead, menu, an issue line, section label (all "B"); a headline with nothing to check, "The sea moss rush" (""); a standfirst with the export value ("W", no speaker); words and photography credits and a read time ("B"); a caption "". Body: an opening scene (two sentences, ""); the grower\'s plot and its lease price ("W", no speaker); her two-sentence quote "she says" (""); exports "according to the Central Statistics Office" and the 2021 comparison ("W"); a PULL QUOTE repeating her body line and its "— Name" line ("B", no speaker, while the body line keeps hers); the cooperative\'s members "says its secretary, ..." (inverted, "W"), prices "he says" and a peak price "Laville-Peltier says" ("W"); the drying house with "Fr." mid-sentence and a grant ("W", no speaker); the chief fisheries officer ("Dr." dropped) with licences ("W"), the licence rules and fee ("W", no speaker) and a quote (""); a transition (""); a biologist who "worries" (cue "worries", "") with a quote ("") and his students\' test results ("W"); a warehouse scene (""); an exporter\'s orders and their cause with "Ltd.," mid-sentence ("W") and a quote with an ELLIPSIS BEFORE A LOWER-CASE WORD (""); a closing scene ("") and a quote SPLIT BY ITS CUE, "“This one,” she says, “is paying ...”" (one sentence, ""). Tail: a print-edition line, a subscription line, tags, also-like label and two titles, a copyright/publisher line with "Inc.," mid-line (all "B").',
    'Kiribati WIRE STORY ON A WEB PORTAL, desktop browser paste, a KING TIDE STORY: tides flood 312 homes in South Tarawa after a seawall section collapses at Betio. Head: the portal\'s name, its mail/finance/weather menu, a sign-in line (all "B"); headline of record "W"; the wire\'s credit line and a date/read-time line ("B"); a caption "" and its credit in the same line ("B"). Body: "TARAWA, Feb 17 (PIW) –" lead "Kiribati\'s National Disaster Risk Management Office said" (the possessive descriptor dropped, "W"); "The office said" (generic noun as written, "W"); the tide "at 4.40 p.m. on" mid-sentence "according to the Kiribati Meteorological Service" ("W"); the office\'s director with a causal claim ("W") and a quote "told PIW" (""); a "Story continues below advertisement" marker ("B"); the ministry\'s sand bags "on Friday" ("W"); a mother ("Nei" dropped) with an anecdote, a quote and a quoted QUESTION STANDING ALONE (""); a fisherman (descriptor dropped) with an anecdote (""); a church\'s halls "its general secretary, the Rev. ..., said" (the title dropped, "W"); the president\'s office (lower-case "the" in the label) "said in a statement" emergency funds ("W"); a high commission, the Red Cross and the water utility with counts ("W", all with lower-case "the"); the town mayor (role dropped) with a complaint and a quote (""); "The meteorological service said" a forecast (as written, "") and a record count "the service said" ("W"); a definition of the president\'s title (""). Tail: a "(Reporting by ...; Editing by ...)" line, reactions line, read-next label and two headlines, "Trending now" with two numbered headlines, links, copyright split at "Media." before "All rights reserved." (all "B").',
    'Tongan SPORTS SITE (Nukuʻalofa), desktop browser paste, a RUGBY TEST MATCH REPORT with TEAMS, SCORERS AND A TABLE: Tonga beat Fiji 27-24, their first win over Fiji in Nukuʻalofa since 2016. Head: masthead, menu, crumb (all "B"); headline and standfirst of record with a 78th-minute drop goal ("W"); byline, date line, share line ("B"); a caption "" and a credit "B". Body: "NUKUʻALOFA –" lead ("W"); the fly-half\'s kicks ("W", no speaker); the tries and Fiji\'s sin-binning ("W"); the crowd "according to the Tonga Rugby Union (TRU)" ("W") and the fly-half\'s points record "the TRU said" (resolving, "W"); the head coach ("Head coach" dropped) with "“found a way to win ugly.”" ("") and a quote of QUESTIONS EACH FOLLOWED BY A NEW SENTENCE ("“Did we play well?" / "No." / "Did we win?" / "Yes, ...,” Kaufusi-Lātū said.", four sentences, ""); the captain with a tactical claim ("") and his caps record "according to the TRU" ("W"); the Fiji coach ("Ratu" dropped) with an opinion (""); the pool position ("W"); the next match with "at 3 p.m." ENDING a sentence before "Tickets cost T$15 ..., the TRU said." (both "W"); an injury and a scan date, "team doctor Dr." dropped ("W"); a question subhead "" and the qualification rule ("W"); a former player\'s forecast (""). Data: TEAMS label "B" and two line-ups with "(capt.)" mid-line (""); SCORERS label "B", two score lines with semicolons, a yellow-card line and the referee line (""); POOL A title and header "B", four rows with "1." to "4." (""). Tail: more-rugby label and one headline, copyright, links (all "B").',
    'Eswatini STUDENT NEWSPAPER\'S WEBSITE (University of Eswatini, Kwaluseni), desktop browser paste, a CAMPUS STORY with SISWATI HONORIFICS and an EDITOR\'S NOTE: 4,180 sponsored students still wait for their E1,350 book allowance and the SRC calls a march. Head: masthead, an "Est. 1986" line, menu, section label (all "B"); headline of record "W"; standfirst "Ministry says payments will start on Friday ..." ("W", carrying the ministry as the body names it); byline with "Staff Writer" and a published line ("B"); a caption "" and a credit "B". Body: the count "according to figures the Students\' Representative Council (SRC) presented to university management on Monday" (as written, acronym and day dropped, "W") and the semester\'s start ("W"); "The SRC said" first-year students (resolving, "W"); the SRC president with the march date ("W"), a quote and a question with "Shabangu-Vilakati asked." (one sentence, ""); the Principal Secretary ("Mr" dropped) "told The Torch" payment dates ("W"), the cause of the delay ("W") and an apology (""); "The ministry\'s scholarship unit said" a count (as written, "W"); the registrar ("Dr" dropped) "said in a notice to students" a deadline ("W"); the dean ("Prof." dropped) "urged" (""); two students\' anecdotes and quotes, one with a semicolon (""); a meal price "according to the catering contractor\'s price list" ("W"); an unnamed lecturer (kept as written) and a kiosk owner ("Make" dropped) with anecdotes (""); the 2025 boycott "according to The Torch\'s archive" ("W"); a question subhead ""; the petition at the march ("W"); the security director ("Babe" dropped) with the card rule ("W") and "Babe Shongwe said" a quote (resolving, ""). Tail: the EDITOR\'S NOTE disclosing the news editor\'s SRC seat, a two-sentence tip line, more-from label and two headlines, a copyright line split at "Torch." before the publisher line (all "B").',
]


ARTICLES = [
    [
        [("HARBOUR DRIVE DAILY", "", "", "B")],
        [("Cayman's business paper since 1998", "", "", "B")],
        [
            (
                "Markets   Funds   Banking   Property   Tourism   Legal   Opinion   Careers   Digital Edition",
                "",
                "",
                "B",
            )
        ],
        [("CI$1 = US$1.20 | CSX Index 1,184.62 ▲0.4% | Brent US$81.40 ▼1.1%", "", "", "B")],
        [("Finance › Funds", "", "", "B")],
        [("Private fund registrations hit record 17,412 as mutual funds slip again", "", "", "W")],
        [
            (
                "Authority says 1,238 private funds were registered in the first quarter, the most in any quarter since the law took effect in 2020",
                "the Cayman Islands Monetary Authority",
                "says",
                "W",
            )
        ],
        [("By Marcus Ebanks-Thompson, Business Editor", "", "", "B")],
        [("Wednesday, April 14, 2027 · 6:05 a.m.", "", "", "B")],
        [("Share: Facebook | LinkedIn | X | Email | Print", "", "", "B")],
        [("Fund administrators' offices line Elgin Avenue in George Town.", "", "", "")],
        [("Photo: Kareem Bodden-Watler", "", "", "B")],
        [
            (
                "The number of private funds registered in the Cayman Islands rose to a record 17,412 at the end of March, up 3.1% from a year earlier, according to quarterly statistics published by the Cayman Islands Monetary Authority (CIMA) on Tuesday.",
                "quarterly statistics published by the Cayman Islands Monetary Authority",
                "according to",
                "W",
            )
        ],
        [
            (
                "The authority registered 1,238 new private funds in the first three months of the year, the most in any quarter since the Private Funds Act took effect in February 2020, it said.",
                "the Cayman Islands Monetary Authority",
                "said",
                "W",
            )
        ],
        [
            (
                "Regulated mutual funds fell 1.8% over the same period to 12,604, extending a decline that began in the second half of 2022.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The authority's data showed 2,910 funds were deregistered in 2026, most of them mutual funds that had finished winding up.",
                "The authority's data",
                "showed",
                "W",
            )
        ],
        [
            (
                "Managers are moving to closed-ended structures because investors in private equity and private credit expect their capital to be locked up for seven to 10 years, CIMA said in a commentary published with the figures.",
                "the Cayman Islands Monetary Authority",
                "said in a commentary published with the figures",
                "W",
            )
        ],
        [
            (
                "Financial Services Minister the Hon. Andre Solomon-Bush, JP, MP, told the Daily that fee income from funds reached CI$98.4 million in the 2026 financial year, 6% more than the budget had assumed.",
                "Andre Solomon-Bush",
                "told the Daily",
                "W",
            )
        ],
        [
            (
                "“These numbers say managers are choosing Cayman, not just staying here out of habit,” he said.",
                "Andre Solomon-Bush",
                "said",
                "",
            ),
            ("“That is a different thing, and a better one.”", "Andre Solomon-Bush", "said", ""),
        ],
        [
            (
                "He said a bill to cut the registration fee for funds with less than US$50 million in commitments would go to Parliament “before the summer recess.”",
                "Andre Solomon-Bush",
                "said",
                "",
            )
        ],
        [
            (
                "Collette Rankine-Ebanks, managing director of Bodden Bay Fund Administration Ltd., said her firm had taken on 94 new private funds since January, against 61 in the same period last year.",
                "Collette Rankine-Ebanks",
                "said",
                "W",
            ),
            (
                "“The pipeline for the second quarter looks stronger still,” she said.",
                "Collette Rankine-Ebanks",
                "said",
                "",
            ),
        ],
        [
            ("Bodden Bay is a subsidiary of Northsound Holdings Ltd.", "", "", "W"),
            (
                "Northsound's shares rose 2.4% to US$18.35 on the Cayman Islands Stock Exchange on Tuesday, their highest close since the company listed in 2017.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Cayman Alternative Investment Forum, which represents about 140 administrators, auditors and law firms, said in a statement that the fall in mutual funds was “a change of shape, not a loss of business.”",
                "the Cayman Alternative Investment Forum",
                "said in a statement",
                "",
            )
        ],
        [
            (
                "Financial services employed 6,870 people at the end of 2026, 38% of them Caymanian, according to the Economics and Statistics Office's labour force survey.",
                "the Economics and Statistics Office's labour force survey",
                "according to",
                "W",
            )
        ],
        [("Will the pace last?", "", "", "")],
        [
            (
                "Darnell Whittaker-Scott, a partner at the accounting firm Seven Mile Advisory, said a recovery in small launches depended on US interest rates falling further this year.",
                "Darnell Whittaker-Scott",
                "said",
                "",
            ),
            (
                "“If rates stay where they are, the small funds stay on the drawing board,” he said.",
                "Darnell Whittaker-Scott",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the Private Funds Act, a fund must register with CIMA within 21 days of accepting capital commitments from investors; late registration can bring a fine of up to CI$100,000.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The annual registration fee for a private fund is CI$4,268, unchanged since 2023.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Tamsin Powery, 29, a fund accountant from West Bay, said she had been promoted twice in three years because “there is more work than people.”",
                "Tamsin Powery",
                "said",
                "",
            )
        ],
        [
            (
                "“Ten years ago my friends all left for Toronto or London after university,” she said.",
                "Tamsin Powery",
                "said",
                "",
            ),
            (
                "“Now half of them are back, and the other half are asking me about jobs.”",
                "Tamsin Powery",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Ministry of Financial Services and Commerce said the fee bill would be published for consultation on Monday, April 26.",
                "A spokesperson for the Ministry of Financial Services and Commerce",
                "said",
                "W",
            )
        ],
        [("CIMA's next quarterly statistics are due on July 13.", "", "", "W")],
        [("MORE FROM FUNDS", "", "", "B")],
        [("Bank deposits fall for a third straight quarter", "", "", "B")],
        [("Two law firms merge to form the island's largest funds practice", "", "", "B")],
        [
            ("© 2027 Harbour Drive Publishing Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Advertise · Subscribe · Contact the newsroom · Privacy · Terms", "", "", "B")],
    ],
    [
        [("☰   THE JERSEY SCOOP   🔍", "", "", "B")],
        [("Never miss a splash – get our free app   GET", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("EXCLUSIVE", "", "", "B")],
        [("POTHOLE HELL: Island drivers report 4,812 road defects in just ONE month", "", "", "W")],
        [
            (
                "Minister admits repair budget was slashed by £1.2m as fuming motorists foot the bill",
                "Philip Le Marquand-Vibert",
                "admits",
                "W",
            )
        ],
        [("By Gemma Le Quesne, Chief Reporter", "", "", "B")],
        [("14:52, 9 Feb 2027 | Updated 16:10, 9 Feb 2027", "", "", "B")],
        [
            (
                "Taxi driver Wayne de Gruchy beside the crater on La Route de la Haule that cost him a tyre",
                "",
                "",
                "",
            )
        ],
        [("(Image: Scoop Pictures)", "", "", "B")],
        [
            (
                "Drivers reported a staggering 4,812 potholes and road defects to the Government of Jersey in January – the most for any month since records began in 2018, The Scoop can reveal.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Figures released to us under Freedom of Information show the Infrastructure and Environment department logged an average of 155 reports a day, up from 61 a day in January last year.",
                "Figures released to us under Freedom of Information",
                "show",
                "W",
            )
        ],
        [("And the cash to fix them has SHRUNK.", "", "", "W")],
        [
            (
                "Infrastructure Minister Deputy Philip Le Marquand-Vibert admitted the road resurfacing budget had been cut from £6.4 million to £5.2 million in 2026 to help pay for new flood defences at St Aubin.",
                "Philip Le Marquand-Vibert",
                "admitted",
                "W",
            )
        ],
        [
            (
                "“Nobody is pretending the roads are where they should be,” he told The Scoop.",
                "Philip Le Marquand-Vibert",
                "told The Scoop",
                "",
            ),
            (
                "“We have put three extra patching crews out since the start of February, and they are working weekends.”",
                "Philip Le Marquand-Vibert",
                "told The Scoop",
                "W",
            ),
        ],
        [("GET THE SCOOP IN YOUR INBOX", "", "", "B")],
        [("The day's biggest stories, every morning at 7am", "", "", "B")],
        [("Enter your email   SIGN ME UP", "", "", "B")],
        [
            (
                "Fuming mum-of-two Kelly Le Feuvre, 34, from St Saviour, said she had forked out £286 for two new tyres and a wheel alignment after hitting a pothole on the school run.",
                "Kelly Le Feuvre",
                "said",
                "",
            )
        ],
        [
            (
                "“I heard the bang, the kids screamed, and that was it!” she fumed.",
                "Kelly Le Feuvre",
                "fumed",
                "",
            ),
            ("“Who pays for that?", "Kelly Le Feuvre", "fumed", ""),
            ("Not the Government, that's for sure.”", "Kelly Le Feuvre", "fumed", ""),
        ],
        [
            (
                "Taxi driver Wayne de Gruchy, 58, said the crater on La Route de la Haule had cost him £410 and a day's fares.",
                "Wayne de Gruchy",
                "said",
                "",
            ),
            (
                "De Gruchy said he had reported it online on January 3 and again on January 19.",
                "Wayne de Gruchy",
                "said",
                "",
            ),
        ],
        [
            (
                "Steve Pallot, who runs a tyre and exhaust centre in St Peter, said he had fitted “well over 200” tyres in January, roughly double a normal month.",
                "Steve Pallot",
                "said",
                "",
            )
        ],
        [
            (
                "The Government paid out £18,940 on 71 pothole damage claims in 2026 and rejected 203, according to the FOI response.",
                "the FOI response",
                "according to",
                "W",
            )
        ],
        [
            (
                "Under the island's rules, the Government is only liable if a defect had been reported and was not repaired within a “reasonable time”, the response said.",
                "the response",
                "said",
                "W",
            )
        ],
        [
            (
                "Constable of St Ouen Mike Renouf-Hamon said parish by-roads were in “a far worse state than the main roads” and called for the parishes to get a share of the budget.",
                "Mike Renouf-Hamon",
                "said",
                "",
            )
        ],
        [("HOW TO CLAIM", "", "", "")],
        [
            (
                "Drivers must first report the defect online at gov.je before a claim can be considered, the department says.",
                "the department",
                "says",
                "W",
            ),
            (
                "Claims must include photos, receipts and the exact location, and are decided within 28 days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deputy Carina Alves-Pinto, who sits on the scrutiny panel for infrastructure, said the panel would call the minister to a public hearing “within weeks.”",
                "Carina Alves-Pinto",
                "said",
                "",
            )
        ],
        [
            (
                "A Government of Jersey spokesperson said 1,960 of January's reports had been repaired by Friday.",
                "A Government of Jersey spokesperson",
                "said",
                "W",
            ),
            (
                "The rest would be fixed “as the weather allows”, the spokesperson said.",
                "A Government of Jersey spokesperson",
                "said",
                "",
            ),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("WhatsApp the newsdesk or email tips@jerseyscoop.je", "", "", "B"),
        ],
        [("Comments (147)", "", "", "B")],
        [("MOST READ", "", "", "B")],
        [("1", "", "", "B")],
        [
            (
                "Bin strike over after 11 days – but brown bins won't be emptied till March",
                "",
                "",
                "B",
            )
        ],
        [("2", "", "", "B")],
        [("Seafront café's £9.50 crab sandwich sparks online fury", "", "", "B")],
        [("3", "", "", "B")],
        [("Ferry axed AGAIN as gales lash the Channel Islands", "", "", "B")],
        [
            ("© The Jersey Scoop 2027.", "", "", "B"),
            ("Registered in Jersey No. 88412.", "", "", "B"),
        ],
    ],
    [
        [("The Pollet Post", "", "", "B")],
        [("Subscribe   Sign in", "", "", "B")],
        [("Deputies back £19.8m vinery purchase for 212 homes, by 24 votes to 14", "", "", "W")],
        [
            (
                "Plus: the drainage bill that wasn't in the headline figure, and why I think the sums still add up",
                "",
                "",
                "",
            )
        ],
        [("Hattie Brehaut", "", "", "B")],
        [("Mar 12, 2027", "", "", "B")],
        [("14   6   Share", "", "", "B")],
        [
            (
                "Good morning, and welcome to the 86th edition of The Pollet Post, with a warm hello to the 312 of you who signed up after last week's piece on parking charges.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "On Wednesday the States of Deliberation voted 24 to 14, with two members absent, to buy the former Le Marchant vinery at Les Banques for £19.8 million and build 212 affordable homes on it.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "It is the biggest single land purchase the States have approved since 2012, according to the Policy & Resources Committee's report.",
                "the Policy & Resources Committee's report",
                "according to",
                "W",
            )
        ],
        [
            (
                "Deputy Lisette Mahy, president of the Committee for Employment & Social Security, told the Assembly that 1,486 households were on the social housing waiting list at the end of January, 19% more than a year earlier.",
                "Lisette Mahy",
                "told the Assembly",
                "W",
            )
        ],
        [
            (
                "“Every one of those numbers is a family sleeping in a spare room or handing half their wages to a landlord,” she said.",
                "Lisette Mahy",
                "said",
                "",
            ),
            (
                "She said the first 60 homes could be ready by the end of 2029.",
                "Lisette Mahy",
                "said",
                "",
            ),
            (
                "Mahy said the committee expected rents to be set at about 80 per cent of the market rate.",
                "Lisette Mahy",
                "said",
                "",
            ),
        ],
        [
            (
                "I was in the public gallery for most of the six-hour debate, and I came away thinking the case for the homes was stronger than the case for the price.",
                "",
                "",
                "",
            )
        ],
        [
            ("The Pollet Post is a reader-supported publication.", "", "", "B"),
            (
                "To receive new posts and support my work, consider becoming a free or paid subscriber.",
                "",
                "",
                "B",
            ),
        ],
        [("Subscribe", "", "", "B")],
        [("The drainage bill nobody mentioned", "", "", "")],
        [
            (
                "According to page 41 of the committee's report, connecting the site to the mains sewer will cost a further £3.1 million, which is not included in the £19.8 million.",
                "page 41 of the committee's report",
                "According to",
                "W",
            )
        ],
        [
            ("I asked Guernsey Water about it on Thursday.", "", "", ""),
            (
                "A Guernsey Water spokesperson told me the work was “scheduled for 2028, subject to funding,” and that the estimate had been shared with the committee in November.",
                "A Guernsey Water spokesperson",
                "told me",
                "W",
            ),
        ],
        [
            (
                "Deputy Rob Guille-Langlois, who led the 14 against, said the States were “paying glasshouse money for a field of broken glass.”",
                "Rob Guille-Langlois",
                "said",
                "",
            ),
            (
                "He told me afterwards that his amendment to cap the price at £16 million had been lost by 22 votes to 16 on Tuesday.",
                "Rob Guille-Langlois",
                "told me",
                "W",
            ),
        ],
        [
            ("The vendor is Les Banques Growers Ltd.", "", "", "W"),
            (
                "The company has owned the site since 1968 and stopped growing tomatoes there in 2009.",
                "",
                "",
                "W",
            ),
            (
                "It did not respond to my email.",
                "Les Banques Growers Ltd.",
                "did not respond to my email",
                "",
            ),
        ],
        [
            (
                "An independent valuation commissioned by the States put the site's value at £17.2 million in 2025, the report says.",
                "the report",
                "says",
                "W",
            ),
            ("So yes, the States are paying about £2.6 million over valuation.", "", "", "W"),
        ],
        [("Whether that is worth it depends on how much you value two years.", "", "", "")],
        [
            (
                "The committee says buying now saves at least two years of planning inquiry on a greenfield site.",
                "The committee",
                "says",
                "",
            ),
            (
                "I think it is right about that, and wrong to have left the drainage bill off the front page.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The purchase is due to complete on April 30, and the committee will bring a planning brief back to the States in September.",
                "",
                "",
                "W",
            )
        ],
        [("Elsewhere this week", "", "", "B")],
        [
            (
                "• The harbour master's annual report is out, and cruise calls were up by a third (link)",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "• A good explainer on the TRP rise from my colleague at The Vale Ledger (link)",
                "",
                "",
                "B",
            )
        ],
        [("See you next Friday,", "", "", "B")],
        [("Hattie", "", "", "B")],
        [
            ("Thanks for reading The Pollet Post!", "", "", "B"),
            ("Subscribe for free to receive new posts and support my work.", "", "", "B"),
        ],
        [("Type your email...   Subscribe", "", "", "B")],
        [("Like   Comment   Restack", "", "", "B")],
        [("6 Comments", "", "", "B")],
        [("© 2027 Hattie Brehaut · Privacy · Terms · Collection notice", "", "", "B")],
        [("Start writing   Get the app", "", "", "B")],
    ],
    [
        [("CAMP & STANLEY WEEKLY", "", "", "B")],
        [("The Falklands' community paper · Friday 16 April 2027 · No. 1,884", "", "", "B")],
        [("Home   News   Camp   Sport   Letters   Notices   Classifieds   Archive", "", "", "B")],
        [("Stanley today: 7°C, westerly 28 knots, showers clearing by evening", "", "", "B")],
        [("Loligo season closes with 41,870 tonnes, best first season since 2019", "", "", "W")],
        [("By Fiona McKay-Biggs", "", "", "B")],
        [
            ("A trawler unloads at FIPASS in Stanley on Tuesday.", "", "", ""),
            ("Photo: Derek Short-Alazia", "", "", "B"),
        ],
        [
            (
                "The first Loligo squid season of 2027 closed on Sunday 11 April with a total catch of 41,870 tonnes, the Fisheries Department said this week.",
                "the Fisheries Department",
                "said",
                "W",
            )
        ],
        [
            (
                "That is the highest first-season catch since 2019 and 38 per cent more than last year's 30,340 tonnes, when the season was closed early after 34 days.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Department's Director of Natural Resources, Dr Katrin Ellis-Poole, said the season had been extended by four days, to 52 days, after a survey in February found more squid on the grounds than expected.",
                "Katrin Ellis-Poole",
                "said",
                "W",
            )
        ],
        [
            (
                "“The stock came in strong and held its condition right to the end,” she said.",
                "Katrin Ellis-Poole",
                "said",
                "",
            ),
            (
                "She said fishery observers had been on board 15 of the 16 licensed trawlers for at least part of the season.",
                "Katrin Ellis-Poole",
                "said",
                "W",
            ),
        ],
        [
            (
                "Licence fees for the season brought in £11.2 million, according to figures presented to the Standing Finance Committee on Wednesday.",
                "figures presented to the Standing Finance Committee",
                "according to",
                "W",
            )
        ],
        [
            (
                "MLA Roger Spruce-Goss, who chairs the committee, said the money would “go a long way” towards the new Stanley wastewater works.",
                "Roger Spruce-Goss",
                "said",
                "",
            ),
            (
                "The works are budgeted at £23 million over three years, he said.",
                "Roger Spruce-Goss",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Financial Secretary, Helen Marr-Cotterell, told the committee that fishing licences had provided 41 per cent of government revenue in 2025/26.",
                "Helen Marr-Cotterell",
                "told the committee",
                "W",
            ),
            (
                "She said second-season licence fees would be set at the committee's meeting on 19 May.",
                "Helen Marr-Cotterell",
                "said",
                "W",
            ),
        ],
        [("NOTICES", "", "", "B")],
        [
            (
                "Water will be off in Ross Road West from 9am to 1pm on Thursday 22 April for mains repairs.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "The Stanley Sports Association AGM is at 7pm on Tuesday 20 April in the Town Hall.",
                "",
                "",
                "B",
            )
        ],
        [("Classified adverts close at noon on Wednesdays.", "", "", "B")],
        [
            (
                "Sulivan Fisheries Ltd., which operates four of the licensed trawlers, said its vessels had landed 9,460 tonnes.",
                "Sulivan Fisheries Ltd.",
                "said",
                "W",
            )
        ],
        [
            (
                "Its managing director, Andrés Figueroa-Lowe, said crews would be paid their share of the catch value on 30 April.",
                "Andrés Figueroa-Lowe",
                "said",
                "W",
            ),
            (
                "“We'll see how the second season looks before we decide on a fifth boat,” he said.",
                "Andrés Figueroa-Lowe",
                "said",
                "",
            ),
        ],
        [
            (
                "The second Loligo season is due to open on 26 July, the Department said.",
                "the Department",
                "said",
                "W",
            ),
            (
                "The Illex season, which runs from February to June, had recorded 88,200 tonnes by last Friday, it said.",
                "the Fisheries Department",
                "said",
                "W",
            ),
            (
                "Illex licence revenue is reported separately and is not part of the £11.2 million, the Department said.",
                "the Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Down at the Kelper Arms on Tuesday night, the talk was less about tonnes than about the harbour.",
                "",
                "",
                "",
            ),
            (
                "Crews from Spain, Chile and Peru had filled the FIPASS canteen every evening of the final week.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Jimmy Betts-Whitney, who has worked on FIPASS for 22 years, said 31 vessels had been alongside or at anchor in Stanley Harbour on a single day in March, “more than I've ever seen.”",
                "Jimmy Betts-Whitney",
                "said",
                "",
            ),
            (
                "“You couldn't get a Land Rover down the jetty for reefers,” he said.",
                "Jimmy Betts-Whitney",
                "said",
                "",
            ),
        ],
        [("What is Loligo?", "", "", "")],
        [
            (
                "Loligo gahi, the Patagonian longfin squid, is caught by trawlers on the shelf to the south and east of the islands.",
                "",
                "",
                "",
            ),
            (
                "A season is closed once catch rates show that enough squid will be left to spawn, under the Department's management rules.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Letters to the Editor: write to us at the office on Philomel Street or email letters@campstanley.fk",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Camp & Stanley Weekly is published every Friday by Tussac Press Ltd., Stanley, Falkland Islands FIQQ 1ZZ.",
                "",
                "",
                "B",
            )
        ],
        [("© Tussac Press Ltd. 2027", "", "", "B")],
    ],
    [
        [("GOVERNMENT INFORMATION AND NEWS SERVICE", "", "", "B")],
        [("Royal Government of Bhutan", "", "", "B")],
        [
            (
                "Home   Cabinet   Ministries   Dzongkhags   Press Releases   Speeches   Gallery   Contact Us",
                "",
                "",
                "B",
            )
        ],
        [("Press Releases › Education", "", "", "B")],
        [("Cabinet approves Nu. 45 daily school-feeding stipend from 1 March", "", "", "W")],
        [("Posted on 11 February 2027 | 3:40 PM", "", "", "B")],
        [("Ref. No. GINS/PR/2027/037", "", "", "B")],
        [("Boarding students at a central school in Punakha at breakfast.", "", "", "")],
        [("Photo: MoESD", "", "", "B")],
        [
            (
                "THIMPHU, 11 February: The Cabinet, at its 118th session on Tuesday, approved an increase in the school-feeding stipend for boarding students from Nu. 35 to Nu. 45 per student per day, effective 1 March 2027.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The revised stipend will benefit 41,236 boarding students in 289 schools across the 20 Dzongkhags.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The additional cost of Nu. 111.3 million a year will be met within the 2026-27 budget of the Ministry of Education and Skills Development (MoESD), the Ministry of Finance said.",
                "the Ministry of Finance",
                "said",
                "W",
            )
        ],
        [
            (
                "The Minister for Education and Skills Development, Lyonpo Ugyen Tenzin Dorji, said the stipend was last revised in 2019, when a kilogram of rice cost Nu. 52 in Thimphu.",
                "Ugyen Tenzin Dorji",
                "said",
                "W",
            ),
            (
                "“A growing child cannot be fed on 2019 prices,” Lyonpo said.",
                "Ugyen Tenzin Dorji",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the revised national school menu, which takes effect on the same date, requires schools to serve an egg or a portion of cheese at least four times a week, up from twice.",
                "Ugyen Tenzin Dorji",
                "said",
                "W",
            )
        ],
        [
            (
                "The Cabinet also directed the MoESD to review the stipend every three years against the consumer price index published by the National Statistics Bureau.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "According to the National Statistics Bureau, food prices rose 31.6 percent between 2019 and 2026.",
                "the National Statistics Bureau",
                "According to",
                "W",
            )
        ],
        [
            (
                "According to the 2025 National Nutrition Survey, 21.4 percent of children aged 10 to 14 in rural Dzongkhags were stunted.",
                "the 2025 National Nutrition Survey",
                "According to",
                "W",
            )
        ],
        [
            (
                "Dr Pema Yangzom, a nutritionist with the Ministry of Health, said protein at breakfast was “the single biggest gap” in boarding diets.",
                "Pema Yangzom",
                "said",
                "",
            )
        ],
        [
            (
                "The Secretary of the MoESD, Dasho Karma Dendup, said funds would be released to Dzongkhag and Thromde education offices in two instalments, on 1 March and 1 September.",
                "Karma Dendup",
                "said",
                "W",
            ),
            (
                "Schools must record every meal in the School Feeding Management System, and the records will be audited by the Royal Audit Authority, he said.",
                "Karma Dendup",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Dzongdag of Trashigang, Dasho Tshewang Rinzin, said 34 schools in the Dzongkhag would receive their first instalment on 1 March.",
                "Tshewang Rinzin",
                "said",
                "W",
            )
        ],
        [
            (
                "The principal of Bjena Central School in Wangdue Phodrang, Kinzang Choki, said her 612 boarders had been served meat twice a month under the old rate.",
                "Kinzang Choki",
                "said",
                "W",
            ),
            (
                "“Our cooks have been very clever with dal and ema datshi, but the children are growing,” she said.",
                "Kinzang Choki",
                "said",
                "",
            ),
        ],
        [
            (
                "Ap Dorji Gyeltshen, who has cooked for the school's boarders for 17 years, said the new menu would mean “more eggs to crack before the morning prayer.”",
                "Dorji Gyeltshen",
                "said",
                "",
            )
        ],
        [
            (
                "Aum Tshering Yangden, a farmer from Phobjikha whose two sons board at the school, said the increase would mean fewer sacks of rice sent from home after every holiday.",
                "Tshering Yangden",
                "said",
                "",
            ),
            (
                "“Now I can keep that rice for the winter,” Aum Tshering Yangden said.",
                "Tshering Yangden",
                "said",
                "",
            ),
        ],
        [
            (
                "Schools will continue to buy at least 30 percent of their vegetables, eggs and dairy from local farmers under the school-feeding procurement guidelines, the Department of Agricultural Marketing and Cooperatives said.",
                "the Department of Agricultural Marketing and Cooperatives",
                "said",
                "W",
            ),
            (
                "It said 1,874 farmers and 63 farmers' groups and cooperatives were registered as suppliers in 2026.",
                "the Department of Agricultural Marketing and Cooperatives",
                "said",
                "W",
            ),
        ],
        [("Background", "", "", "")],
        [
            ("The stipend was last raised in 2019, from Nu. 27 to Nu. 35 per day.", "", "", "W"),
            (
                "Day students receive a mid-day meal under a separate allocation of Nu. 20 per student per day, which the Cabinet did not change.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "For further information, contact the Public Information Officer, Ministry of Education and Skills Development, Thimphu.",
                "",
                "",
                "B",
            )
        ],
        [("Share this: Facebook | X | WhatsApp | Email | Print", "", "", "B")],
        [("Related press releases", "", "", "B")],
        [("Cabinet endorses revised hardship allowance for remote health workers", "", "", "B")],
        [("MoESD announces schedule for the 2027 Class X and XII examinations", "", "", "B")],
        [
            (
                "© 2027 Government Information and News Service, Royal Government of Bhutan.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Disclaimer | Sitemap | Accessibility | Feedback", "", "", "B")],
    ],
    [
        [("☰   TUUL TV   ● LIVE", "", "", "B")],
        [("Watch the 8pm English bulletin – tap to stream", "", "", "B")],
        [("SOCIETY", "", "", "B")],
        [
            (
                "Dzud toll passes 2.1 million livestock as emergency regime extended in nine aimags",
                "",
                "",
                "W",
            )
        ],
        [("▶ Video | 02:38", "", "", "B")],
        [("Herders in Zavkhan aimag drag dead sheep from a winter shelter on Monday.", "", "", "")],
        [("Video: Tuul TV / O. Sarangerel", "", "", "B")],
        [("Tuul TV English Service", "", "", "B")],
        [("3 March 2027, 19:40 · Updated 21:05", "", "", "B")],
        [
            (
                "ULAANBAATAR – More than 2.1 million head of livestock had died across Mongolia by 1 March, the National Emergency Management Agency (NEMA) said on Wednesday, the highest toll at this point of the winter since 2016.",
                "the National Emergency Management Agency",
                "said",
                "W",
            )
        ],
        [
            (
                "The State Emergency Commission has extended the emergency regime in nine aimags until 31 March, NEMA said.",
                "the National Emergency Management Agency",
                "said",
                "W",
            )
        ],
        [
            (
                "Colonel Ch. Naranbaatar, head of NEMA's disaster response department, told Tuul TV that 62 percent of the dead animals were sheep and goats, most of them in Zavkhan, Gobi-Altai and Uvs aimags.",
                "Ch. Naranbaatar",
                "told Tuul TV",
                "W",
            )
        ],
        [
            (
                "He said snow in parts of Zavkhan lay 40 centimetres deep and had frozen into a crust the animals could not break.",
                "Ch. Naranbaatar",
                "said",
                "W",
            ),
            (
                "“Where the crust is thick, even horses cannot reach the grass,” Naranbaatar said.",
                "Ch. Naranbaatar",
                "said",
                "",
            ),
        ],
        [
            (
                "He said 1,240 rescue workers and 310 vehicles had been sent to the western aimags since 10 January.",
                "Ch. Naranbaatar",
                "said",
                "W",
            ),
            (
                "Naranbaatar said the agency had opened 26 warming centres for herders in the worst-hit soums.",
                "Ch. Naranbaatar",
                "said",
                "W",
            ),
        ],
        [
            (
                "A bale of hay sold for MNT 28,000 in Uliastai last week, against MNT 12,000 a year ago, according to the aimag's food and agriculture department.",
                "the aimag's food and agriculture department",
                "according to",
                "W",
            )
        ],
        [
            (
                "In Uliastai, the queue for hay at the aimag depot began before dawn on Tuesday.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Herder Ts. Oyunchimeg, 46, of Tosontsengel soum, said her family had lost 312 of its 740 sheep and goats since the first storm in December.",
                "Ts. Oyunchimeg",
                "said",
                "",
            )
        ],
        [
            (
                "“We have burned the last of the dung to keep the lambs warm,” she said.",
                "Ts. Oyunchimeg",
                "said",
                "",
            ),
            ("“What will we sell in the spring?", "Ts. Oyunchimeg", "said", ""),
            ("There is no cashmere on a dead goat.”", "Ts. Oyunchimeg", "said", ""),
        ],
        [
            (
                "The Ministry of Food, Agriculture and Light Industry said it had delivered 4,860 tonnes of hay and 1,120 tonnes of fodder from the state reserve since January.",
                "the Ministry of Food, Agriculture and Light Industry",
                "said",
                "W",
            ),
            (
                "It said a further 2,000 tonnes would leave Darkhan by rail on Friday.",
                "the Ministry of Food, Agriculture and Light Industry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Herders' loan repayments to state-owned banks have been suspended until 1 July, the Ministry of Finance said.",
                "the Ministry of Finance",
                "said",
                "W",
            )
        ],
        [
            (
                "The Mongolian Red Cross Society said cash grants of MNT 450,000 had reached 3,100 herder households, and that it had asked donors for a further US$2.4 million.",
                "the Mongolian Red Cross Society",
                "said",
                "W",
            )
        ],
        [
            (
                "Forecasters at the National Agency for Meteorology and Environmental Monitoring said night temperatures in the west could fall to minus 42 degrees Celsius this weekend.",
                "Forecasters at the National Agency for Meteorology and Environmental Monitoring",
                "said",
                "",
            )
        ],
        [
            (
                "J. Bolormaa, a member of parliament for Zavkhan, called the government's response “late and thin” and asked for the fodder reserve to be doubled.",
                "J. Bolormaa",
                "called",
                "",
            )
        ],
        [("What is a dzud?", "", "", "")],
        [
            (
                "A dzud is a winter disaster in which deep snow, ice or extreme cold, often after a dry summer, keeps animals from grazing.",
                "",
                "",
                "",
            )
        ],
        [("LIVESTOCK DEATHS BY AIMAG, AS OF 1 MARCH", "", "", "B")],
        [("Aimag | Deaths", "", "", "B")],
        [("Zavkhan | 486,200", "", "", "")],
        [("Gobi-Altai | 311,900", "", "", "")],
        [("Uvs | 274,600", "", "", "")],
        [("Other 18 aimags | 1,052,300", "", "", "")],
        [("Source: NEMA", "", "", "B")],
        [("MORE VIDEOS", "", "", "B")],
        [("▶ 01:54   Capital's air quality 'hazardous' for a third day", "", "", "B")],
        [("▶ 02:12   Coal trucks queue 18 km at southern border crossing", "", "", "B")],
        [("Follow Tuul TV English on Facebook, X and YouTube", "", "", "B")],
        [("© 2027 Tuul Television LLC.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("THE MALÉ CURRENT", "", "", "B")],
        [("News   Atolls   Business   Tourism   Sport   Opinion   Dhivehi", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Swell floods 41 islands as NDMA opens shelters in three atolls", "", "", "W")],
        [("Last updated: 21:15, 18 May 2027", "", "", "B")],
        [("Live coverage by Aminath Shaznee and Hussain Rafeeu", "", "", "B")],
        [("Share   Facebook   X   Viber   Copy link", "", "", "B")],
        [("Summary", "", "", "B")],
        [
            (
                "41 inhabited islands in 12 atolls had reported flooding by 8 pm, the NDMA says",
                "the National Disaster Management Authority",
                "says",
                "W",
            )
        ],
        [("218 people are in shelters in Th. Vilufushi, L. Gan and Gdh. Thinadhoo", "", "", "W")],
        [
            (
                "Met office expects the swells to ease from Thursday",
                "the Maldives Meteorological Service",
                "expects",
                "",
            )
        ],
        [("21:15", "", "", "B")],
        [("Hussain Rafeeu", "", "", "B")],
        [("Shelter numbers rise to 218", "", "", "W")],
        [
            (
                "The National Disaster Management Authority (NDMA) said 218 people were spending the night in shelters, up from 140 at 6 pm.",
                "the National Disaster Management Authority",
                "said",
                "W",
            ),
            (
                "Most were families from low-lying wards on the eastern side of Th. Vilufushi, it said.",
                "the National Disaster Management Authority",
                "said",
                "W",
            ),
        ],
        [("20:40", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Aminath Shaznee", "", "", "B")],
        [("Soldiers pump sea water out of Gan hospital compound", "", "", "W")],
        [
            (
                "The Maldives National Defence Force (MNDF) said a team of 14 soldiers was pumping sea water out of the regional hospital's compound in L. Gan, where the ground floor stood under 30 cm of water.",
                "the Maldives National Defence Force",
                "said",
                "W",
            ),
            (
                "No patients had to be moved, MNDF spokesperson Major Ahmed Shifan said.",
                "Ahmed Shifan",
                "said",
                "W",
            ),
        ],
        [("20:05", "", "", "B")],
        [("Hussain Rafeeu", "", "", "B")],
        [
            (
                "Th. Vilufushi council president Hassan Zareer said 46 houses had been flooded on the island and that the harbour wall was overtopped at 11 am and again at 5 pm.",
                "Hassan Zareer",
                "said",
                "W",
            ),
            (
                "“We have asked for this wall to be raised every year since 2019,” he said.",
                "Hassan Zareer",
                "said",
                "",
            ),
        ],
        [("19:55", "", "", "B")],
        [("Aminath Shaznee", "", "", "B")],
        [
            (
                "“The sea came over the harbour wall like it was nothing,” Mariyam Nashidha, 52, a shopkeeper in Gdh. Thinadhoo, told the Current by phone.",
                "Mariyam Nashidha",
                "told the Current by phone",
                "",
            ),
            (
                "She said she had carried her rice and sugar stock up to a neighbour's roof.",
                "Mariyam Nashidha",
                "said",
                "",
            ),
            (
                "“Is this what we leave our grandchildren?” she asked.",
                "Mariyam Nashidha",
                "asked",
                "",
            ),
        ],
        [("19:10", "", "", "B")],
        [("Hussain Rafeeu", "", "", "B")],
        [("Waves break over the harbour wall at HDh. Kulhudhuffushi at about 6 pm.", "", "", "")],
        [("Photo: Ibrahim Zidhan, reader", "", "", "B")],
        [("18:30", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Aminath Shaznee", "", "", "B")],
        [
            (
                "Swells to ease from Thursday, met office says",
                "the Maldives Meteorological Service",
                "says",
                "",
            )
        ],
        [
            (
                "The Maldives Meteorological Service said waves of up to 2.4 metres had been recorded at its Hanimaadhoo station at 3 pm, the highest there since the station opened in 2014.",
                "the Maldives Meteorological Service",
                "said",
                "W",
            ),
            (
                "It said the swells were caused by a storm system far south of the equator, not by local weather.",
                "the Maldives Meteorological Service",
                "said",
                "W",
            ),
            (
                "Forecaster Aishath Reema said the swells should ease from Thursday morning.",
                "Aishath Reema",
                "said",
                "",
            ),
        ],
        [("17:45", "", "", "B")],
        [("Hussain Rafeeu", "", "", "B")],
        [("Schools in three atolls closed on Wednesday", "", "", "W")],
        [
            (
                "The Ministry of Education said schools in Thaa, Laamu and Gaafu Dhaalu atolls would stay closed on Wednesday.",
                "the Ministry of Education",
                "said",
                "W",
            ),
            (
                "Classes will resume on Thursday “if conditions allow”, it said.",
                "the Ministry of Education",
                "said",
                "",
            ),
        ],
        [("17:00", "", "", "B")],
        [("Pinned", "", "", "B")],
        [("Aminath Shaznee", "", "", "B")],
        [
            (
                "Good evening, and welcome to our live coverage of the swell that has pushed sea water into islands from Haa Alif to Gaafu Dhaalu since this morning.",
                "",
                "",
                "",
            ),
            ("Send us your photos and videos on Viber, with the name of your island.", "", "", "B"),
        ],
        [("RELATED", "", "", "B")],
        [
            (
                "Audit found Vilufushi harbour wall repairs were paid for but never started",
                "",
                "",
                "B",
            )
        ],
        [
            ("Copyright © 2027 Current Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About · Contact · Advertise · Privacy", "", "", "B")],
    ],
    [
        [("WINDWARD 101.7 FM", "", "", "B")],
        [("▶ LISTEN LIVE  |  On Air Now: The Midday Mix with Kasey J", "", "", "B")],
        [
            (
                "Home   News   Sports   Shows   Podcasts   Death Announcements   Contact the Studio",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "La Soufrière alert level lowered to Green after 14 quiet months, says NEMO",
                "the National Emergency Management Organisation",
                "says",
                "W",
            )
        ],
        [("Posted by Windward News | Monday, June 7, 2027 | 1:15 pm", "", "", "B")],
        [("🔊 Listen to this report (2:41)", "", "", "B")],
        [
            (
                "Steam rises from the crater of La Soufrière in a picture taken on a monitoring flight last month.",
                "",
                "",
                "",
            )
        ],
        [("Photo: UWI-SRC", "", "", "B")],
        [
            (
                "The alert level for La Soufrière volcano was lowered from Yellow to Green at noon today, the National Emergency Management Organisation (NEMO) has announced.",
                "the National Emergency Management Organisation",
                "has announced",
                "W",
            )
        ],
        [
            (
                "NEMO said the decision followed advice from the University of the West Indies Seismic Research Centre (SRC), which has recorded no volcanic earthquakes under the volcano for 14 consecutive months.",
                "the National Emergency Management Organisation",
                "said",
                "W",
            )
        ],
        [
            (
                "The volcano had stood at Yellow since March 12, 2026, when the SRC recorded a swarm of 37 small earthquakes beneath the summit, according to the centre's monthly bulletin.",
                "the centre's monthly bulletin",
                "according to",
                "W",
            )
        ],
        [
            (
                "NEMO director Kemron Providence-Ballantyne told Windward News that the ban on overnight stays north of the Rabacca Dry River would be lifted from tomorrow at 6 a.m.",
                "Kemron Providence-Ballantyne",
                "told Windward News",
                "W",
            ),
            (
                "Hikers will still have to sign in at the ranger station at the start of the Windward trail, he said.",
                "Kemron Providence-Ballantyne",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Green does not mean the volcano is dead; it means it is sleeping, and we watch it every single day,” Providence-Ballantyne said.",
                "Kemron Providence-Ballantyne",
                "said",
                "",
            )
        ],
        [
            (
                "Join us at 5 p.m. on Drive Time for the full interview with the NEMO director.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "SRC volcanologist Dr. Romaine Haynes-Latchman said ground movement measured by the centre's GPS stations had stayed within 2 millimetres a year since April 2026.",
                "Romaine Haynes-Latchman",
                "said",
                "W",
            ),
            (
                "She said the centre has five seismic stations and two gas monitors on the volcano, and that none has shown unrest since then.",
                "Romaine Haynes-Latchman",
                "said",
                "W",
            ),
        ],
        [
            (
                "The SRC said it would keep publishing its monthly bulletin on the volcano.",
                "the University of the West Indies Seismic Research Centre",
                "said",
                "",
            )
        ],
        [
            (
                "NEMO said 214 households from the north were still living in rented homes paid for by the government, and that the rent assistance would end on August 31.",
                "the National Emergency Management Organisation",
                "said",
                "W",
            )
        ],
        [
            (
                "Farmers in Fancy and Owia said they had waited more than a year to move livestock back to pasture above the Windward Highway.",
                "Farmers in Fancy and Owia",
                "said",
                "",
            )
        ],
        [
            (
                "Arrowroot farmer Cleopatra John-Baptiste, 61, of Owia, said she had lost two crops because she could not stay overnight on her land to guard it.",
                "Cleopatra John-Baptiste",
                "said",
                "",
            ),
            (
                "“Now I can sleep on my own land again, praise God!” she said.",
                "Cleopatra John-Baptiste",
                "said",
                "",
            ),
        ],
        [
            (
                "Chief Agricultural Officer Ms. Dellisa Ollivierre-Cato said the ministry would hand out 1,200 arrowroot and dasheen plantlets to northern farmers from Wednesday, June 9.",
                "Dellisa Ollivierre-Cato",
                "said",
                "W",
            )
        ],
        [
            (
                "The SVG Tourism Authority said the La Soufrière cross-country trail would reopen to guided tours on Saturday, June 12, with a site fee of EC$25 for visitors.",
                "the SVG Tourism Authority",
                "said",
                "W",
            )
        ],
        [
            (
                "Schools in Sandy Bay, Owia and Fancy will return to their own buildings in September, the Ministry of Education said.",
                "the Ministry of Education",
                "said",
                "W",
            )
        ],
        [
            (
                "Minibus driver Kelvin Da Silva-Browne, who works the Georgetown to Kingstown route, said he would add an evening trip “if the passengers come back.”",
                "Kelvin Da Silva-Browne",
                "said",
                "",
            )
        ],
        [
            (
                "A caller who gave his name as “Brother Ras” from Georgetown told the Midday Mix that the roads in the north were “still a disgrace” three years after a rebuild was promised.",
                "Brother Ras",
                "told the Midday Mix",
                "",
            )
        ],
        [
            (
                "NEMO reminded residents that the alert levels are Green, Yellow, Orange and Red, and that a level can be changed at any time on the advice of the SRC.",
                "the National Emergency Management Organisation",
                "reminded",
                "W",
            )
        ],
        [
            (
                "It urged hikers to carry water and to be off the crater rim by 2 p.m.",
                "the National Emergency Management Organisation",
                "urged",
                "",
            ),
            (
                "Weather on the summit can change within minutes, it said.",
                "the National Emergency Management Organisation",
                "said",
                "",
            ),
        ],
        [
            (
                "Windward News: bulletins on the hour from 6 a.m. to 6 p.m., Monday to Saturday",
                "",
                "",
                "B",
            )
        ],
        [("📲 WhatsApp the studio with your news tips and song requests", "", "", "B")],
        [("MORE NEWS", "", "", "B")],
        [("Bequia ferry fares to rise by EC$5 from July 1", "", "", "B")],
        [("Argyle passenger numbers up 12% in May", "", "", "B")],
        [
            ("© 2027 Windward Broadcasting Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Frequencies: 101.7 Kingstown | 99.1 Bequia | 104.5 Union Island", "", "", "B")],
    ],
    [
        [("WAITUKUBULI REVIEW", "", "", "B")],
        [
            (
                "Features   Culture   Food   Travel   Environment   Portraits   Shop   Subscribe",
                "",
                "",
                "B",
            )
        ],
        [("Issue 31 · Summer 2027", "", "", "B")],
        [("FEATURES", "", "", "B")],
        [("The sea moss rush", "", "", "")],
        [
            (
                "On Dominica's north-east coast, a red seaweed once kept for grandmothers' tonics has become a EC$9.6 million export",
                "",
                "",
                "W",
            )
        ],
        [("Words by Celestine Pascal-Durand", "", "", "B")],
        [("Photography by Shem Laurent-Bruney", "", "", "B")],
        [("12 min read", "", "", "B")],
        [
            (
                "Marcella Joseph-Toussaint checks a line of Gracilaria off Calibishie at dawn.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "At six in the morning, the water off Calibishie is the colour of weak tea near the shore and bottle-green beyond the reef.",
                "",
                "",
                "",
            ),
            (
                "Marcella Joseph-Toussaint wades out to her lines with a bucket on her hip, as she has done almost every day since 2019.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "She farms 140 lines of Gracilaria, the red seaweed sold around the world as sea moss, on a quarter-acre plot that the Fisheries Division leases to her for EC$150 a year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“People laughed at me in the beginning,” she says.",
                "Marcella Joseph-Toussaint",
                "says",
                "",
            ),
            (
                "“Now the same people come and ask me for cuttings.”",
                "Marcella Joseph-Toussaint",
                "says",
                "",
            ),
        ],
        [
            (
                "Dominica exported 212 tonnes of dried sea moss in 2026, worth EC$9.6 million, according to the Central Statistics Office.",
                "the Central Statistics Office",
                "according to",
                "W",
            ),
            ("That is more than four times the 2021 figure of 48 tonnes.", "", "", "W"),
        ],
        [("“Now the same people come and ask me for cuttings.”", "", "", "B")],
        [("— Marcella Joseph-Toussaint", "", "", "B")],
        [
            (
                "The Calibishie Sea Moss Growers' Cooperative, which Joseph-Toussaint helped to found in 2022, now has 86 members, says its secretary, Dion Laville-Peltier.",
                "Dion Laville-Peltier",
                "says",
                "W",
            )
        ],
        [
            (
                "Members sell dried moss to the cooperative at EC$38 a pound, and the cooperative sells it on to buyers in New York, Toronto and London for between US$19 and US$24 a pound, he says.",
                "Dion Laville-Peltier",
                "says",
                "W",
            ),
            (
                "The cooperative's buying price peaked at EC$45 a pound in 2024, Laville-Peltier says.",
                "Dion Laville-Peltier",
                "says",
                "W",
            ),
        ],
        [
            (
                "Its drying house in Hodges, paid for with a EC$64,000 grant from a regional small-business fund, was blessed by Fr. Anselm Lockhart-Paul in March.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The chief fisheries officer, Dr. Leandra Etienne-Royer, says the Fisheries Division has issued 214 sea moss farming licences, all of them on the east and north-east coasts.",
                "Leandra Etienne-Royer",
                "says",
                "W",
            )
        ],
        [
            (
                "Under the licence conditions, a farm may not be placed within 50 metres of a reef or a river mouth, and all lines must come out of the water when a hurricane warning is issued.",
                "",
                "",
                "W",
            ),
            ("A licence costs EC$250 and is valid for three years.", "", "", "W"),
            (
                "“We learned from Maria that a loose line becomes a weapon,” she says.",
                "Leandra Etienne-Royer",
                "says",
                "",
            ),
        ],
        [("Not everyone is sure the boom can last.", "", "", "")],
        [
            (
                "Kervin Auguiste-Moreau, a marine biologist at Dominica State College, worries that farms are spreading faster than anyone is testing the water they grow in.",
                "Kervin Auguiste-Moreau",
                "worries",
                "",
            ),
            (
                "“Sea moss takes up whatever is in the sea, good or bad,” he says.",
                "Kervin Auguiste-Moreau",
                "says",
                "",
            ),
        ],
        [
            (
                "He says his students found lead above the international limit for edible seaweed in two of 31 samples taken near Roseau in 2026, though in none of the samples from licensed farms.",
                "Kervin Auguiste-Moreau",
                "says",
                "W",
            )
        ],
        [
            (
                "In a warehouse in Canefield, Jomo Christophe stacks vacuum-packed bags into cartons bound for Miami.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "He says orders at Nature Isle Botanicals Ltd., the exporter he manages, doubled in 2025 after an American singer posted a sea moss smoothie recipe to her 40 million followers.",
                "Jomo Christophe",
                "says",
                "W",
            )
        ],
        [
            (
                "“Every time somebody famous drinks it, my phone rings,” he says.",
                "Jomo Christophe",
                "says",
                "",
            ),
            (
                "“And every time they stop drinking it… the phone goes quiet again.”",
                "Jomo Christophe",
                "says",
                "",
            ),
        ],
        [
            (
                "Back in the shallows, Joseph-Toussaint lifts a line heavy with purple fronds and grins.",
                "",
                "",
                "",
            ),
            (
                "“This one,” she says, “is paying for my daughter's books.”",
                "Marcella Joseph-Toussaint",
                "says",
                "",
            ),
        ],
        [
            (
                "This feature appears in the Summer 2027 print edition of Waitukubuli Review.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Subscribe from EC$80 a year – four issues, delivered anywhere in the Caribbean",
                "",
                "",
                "B",
            )
        ],
        [("Tags: Agriculture · Calibishie · Sea moss · Exports", "", "", "B")],
        [("YOU MAY ALSO LIKE", "", "", "B")],
        [("The last canoe builders of the Kalinago Territory", "", "", "B")],
        [("Twelve hours on the Waitukubuli National Trail", "", "", "B")],
        [
            (
                "© Waitukubuli Review 2027 · Published by Morne Media Inc., Roseau, Commonwealth of Dominica",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("wavelink", "", "", "B")],
        [
            (
                "Home   Mail   News   Sport   Finance   Weather   Entertainment   Lifestyle",
                "",
                "",
                "B",
            )
        ],
        [("Sign in   Create account", "", "", "B")],
        [("King tides flood 312 homes in South Tarawa as Betio seawall gives way", "", "", "W")],
        [("Pacific Islands Wire", "", "", "B")],
        [("Wed, 17 February 2027 at 4:12 pm GMT+12 · 3-min read", "", "", "B")],
        [
            (
                "Residents wade through flood water in Betio, South Tarawa, on Wednesday.",
                "",
                "",
                "",
            ),
            ("Pacific Islands Wire/Tebwaa Kaitu", "", "", "B"),
        ],
        [
            (
                "TARAWA, Feb 17 (PIW) – King tides flooded 312 homes in South Tarawa on Tuesday and Wednesday after a 40-metre section of seawall collapsed at Betio, Kiribati's National Disaster Risk Management Office said.",
                "the National Disaster Risk Management Office",
                "said",
                "W",
            )
        ],
        [
            (
                "The office said 1,460 people had been affected and 74 were sheltering in church halls and a primary school.",
                "The office",
                "said",
                "W",
            )
        ],
        [
            (
                "The tide peaked at 2.87 metres at Betio at 4.40 p.m. on Wednesday, the highest reading there since 2015, according to the Kiribati Meteorological Service.",
                "the Kiribati Meteorological Service",
                "according to",
                "W",
            )
        ],
        [
            (
                "The office's director, Bwere Tekeaa, said the section of wall, built in 2009, had been weakened by storms in January.",
                "Bwere Tekeaa",
                "said",
                "W",
            ),
            ("“We knew this wall was tired,” Tekeaa told PIW.", "Bwere Tekeaa", "told PIW", ""),
        ],
        [("Story continues below advertisement", "", "", "B")],
        [
            (
                "The Ministry of Infrastructure and Sustainable Energy said a crew would begin placing 600 geotextile sand bags along the breach on Friday.",
                "the Ministry of Infrastructure and Sustainable Energy",
                "said",
                "W",
            )
        ],
        [
            (
                "Nei Teretia Baireti, 37, said the water had reached her knees inside her house in Takoronga before dawn on Wednesday.",
                "Teretia Baireti",
                "said",
                "",
            ),
            ("“The children slept on the table,” she said.", "Teretia Baireti", "said", ""),
            ("“Where do we go when the whole island is low?”", "Teretia Baireti", "said", ""),
        ],
        [
            (
                "A Betio fisherman, Kaure Tebwebwe, 54, said the tide had carried his canoe 200 metres inland, into the grounds of the town council.",
                "Kaure Tebwebwe",
                "said",
                "",
            )
        ],
        [
            (
                "The Kiribati Uniting Church had opened three halls to families, its general secretary, the Rev. Taoing Matiota, said.",
                "Taoing Matiota",
                "said",
                "W",
            )
        ],
        [
            (
                "The Office of Te Beretitenti said in a statement that the Cabinet had approved A$250,000 in emergency funds for food, water and repairs.",
                "the Office of Te Beretitenti",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "The Australian High Commission in Tarawa said it had sent 40 family tents and 2,000 water containers.",
                "the Australian High Commission in Tarawa",
                "said",
                "W",
            )
        ],
        [
            (
                "The Kiribati Red Cross Society said its volunteers had handed out 1,100 hygiene kits in Betio and Bairiki.",
                "the Kiribati Red Cross Society",
                "said",
                "W",
            )
        ],
        [
            (
                "The Public Utilities Board said sea water had entered 11 of its wells in Betio, and that piped water there would stay off until tests were completed.",
                "the Public Utilities Board",
                "said",
                "W",
            )
        ],
        [
            (
                "Betio Town Council mayor Rikiaua Tebano said the council had asked in 2023 for the wall to be rebuilt in concrete.",
                "Rikiaua Tebano",
                "said",
                "",
            ),
            (
                "“Sand bags are what you use when the money is late,” he said.",
                "Rikiaua Tebano",
                "said",
                "",
            ),
        ],
        [
            (
                "The meteorological service said tides would stay above 2.7 metres until Saturday.",
                "The meteorological service",
                "said",
                "",
            ),
            (
                "The tide gauge at Betio has recorded 14 readings above 2.8 metres since 2020, the service said.",
                "the service",
                "said",
                "W",
            ),
        ],
        [("Te Beretitenti is the Kiribati title of the president.", "", "", "")],
        [("(Reporting by Tebwaa Kaitu in Tarawa; Editing by Lisiate Fonua-Harris)", "", "", "B")],
        [("Reactions   View comments", "", "", "B")],
        [("What to read next", "", "", "B")],
        [("Fiji sugar mill fire ends crushing season three weeks early", "", "", "B")],
        [("Tuvalu signs deal for new inter-island ferry", "", "", "B")],
        [("Trending now", "", "", "B")],
        [("1. Gold climbs to a record as the dollar slides", "", "", "B")],
        [("2. Cyclone season outlook: what forecasters expect", "", "", "B")],
        [("Terms   Privacy   Your privacy choices   About our ads", "", "", "B")],
        [("© 2027 Wavelink Media.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("FONUA SPORT", "", "", "B")],
        [("Rugby   League   Netball   Football   Athletics   Results   Fixtures", "", "", "B")],
        [("Rugby › Pacific Nations Cup", "", "", "B")],
        [
            (
                "ʻIkale Tahi edge Fiji 27-24 for first win over Flying Fijians in Nukuʻalofa since 2016",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Halaleva kicks 12 points, including a 78th-minute drop goal, as Tonga draw level with Canada at the top of Pool A",
                "",
                "",
                "W",
            )
        ],
        [("By Sione Vaipulu-Kata", "", "", "B")],
        [("Sunday 15 August 2027", "", "", "B")],
        [("Share   f   X   WhatsApp", "", "", "B")],
        [
            (
                "ʻIkale Tahi players sing in front of the main stand after the final whistle at Teufaiva Stadium on Saturday.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Fonua Sport / Mele Tupou-Lavaka", "", "", "B")],
        [
            (
                "NUKUʻALOFA – Tonga beat Fiji 27-24 at Teufaiva Stadium on Saturday, their first win over the Flying Fijians in Nukuʻalofa since 2016.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Fly-half Tevita Halaleva kicked three conversions and a penalty and landed a drop goal in the 78th minute to put Tonga ahead for good.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Hooker Siaosi Lolohea scored two of Tonga's three tries and winger Penikolo Manu-Ahio the other.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Fiji scored four tries to three but converted only two, and prop Waisea Mocevakaca was sent to the sin bin in the 61st minute for a dangerous clear-out.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The crowd of 9,412 was the largest at Teufaiva since the stadium reopened after its renovation in 2019, according to the Tonga Rugby Union (TRU).",
                "the Tonga Rugby Union",
                "according to",
                "W",
            )
        ],
        [
            (
                "Halaleva's 12 points took his Test total to 211, a record for a Tongan fly-half, the TRU said.",
                "the Tonga Rugby Union",
                "said",
                "W",
            )
        ],
        [
            (
                "Head coach Tomasi Kaufusi-Lātū said his side had “found a way to win ugly.”",
                "Tomasi Kaufusi-Lātū",
                "said",
                "",
            )
        ],
        [
            ("“Did we play well?", "Tomasi Kaufusi-Lātū", "said", ""),
            ("No.", "Tomasi Kaufusi-Lātū", "said", ""),
            ("Did we win?", "Tomasi Kaufusi-Lātū", "said", ""),
            (
                "Yes, and that's what the table remembers,” Kaufusi-Lātū said.",
                "Tomasi Kaufusi-Lātū",
                "said",
                "",
            ),
        ],
        [
            (
                "Captain Sione Havili-Fotu, playing his 50th Test, said the drop goal had been called from the bench with three minutes left.",
                "Sione Havili-Fotu",
                "said",
                "",
            ),
            (
                "He is the seventh Tongan to reach 50 Test caps, according to the TRU.",
                "the Tonga Rugby Union",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Fiji coach Ratu Ilaisa Vuniwai-Seru said the sin-binning had “cost us the game” and that his team would raise the clear-out with the match officials.",
                "Ilaisa Vuniwai-Seru",
                "said",
                "",
            )
        ],
        [
            (
                "The result lifts Tonga level with Canada on nine points at the top of Pool A, second only on points difference.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Tonga host Canada in the last round at Teufaiva on Saturday, August 21, at 3 p.m.",
                "",
                "",
                "W",
            ),
            (
                "Tickets cost T$15 for adults and T$5 for children, the TRU said.",
                "the Tonga Rugby Union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Manu-Ahio left the field with a shoulder injury in the 70th minute and will have a scan in Nukuʻalofa on Monday, team doctor Dr. Lesieli Moala-Taione said.",
                "Lesieli Moala-Taione",
                "said",
                "W",
            )
        ],
        [("What does it mean for the World Cup?", "", "", "")],
        [
            (
                "The top two teams in each pool go through to the final round in Suva in September, under the competition rules.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Former ʻIkale Tahi lock Vaea Pulu-Tuipulotu said Tonga were “good enough to win the whole thing if the forwards stay fit.”",
                "Vaea Pulu-Tuipulotu",
                "said",
                "",
            )
        ],
        [("TEAMS", "", "", "B")],
        [
            (
                "Tonga: Taufa-Latu; Manu-Ahio, Folau-Vake, Kioa, Tapueluelu-Mahe; Halaleva, Fakatava-Moa; Naufahu, Sika, Havili-Fotu (capt.), Ma'afu-Kivalu, Tonga'uiha-Feao, Vaipulu, Lolohea, Lātū-Hopoate.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Fiji: Raivalu-Bose; Tuilevu-Ratu, Nakalevu, Tikoisuva, Cakau-Lomani; Vosaki, Ravula-Tui; Dreu, Seruvatu, Koroivuki-Tale (capt.), Naulu, Matanavou, Mocevakaca, Tabua-Ligaiviu, Bola-Waqa.",
                "",
                "",
                "",
            )
        ],
        [("SCORERS", "", "", "B")],
        [
            (
                "Tonga – Tries: Lolohea 2, Manu-Ahio; Cons: Halaleva 3; Pen: Halaleva; DG: Halaleva",
                "",
                "",
                "",
            )
        ],
        [("Fiji – Tries: Tuilevu-Ratu 2, Nakalevu, Raivalu-Bose; Cons: Vosaki 2", "", "", "")],
        [("Yellow card: Mocevakaca (61)", "", "", "")],
        [("Referee: Hamish Carr-Doyle (Australia)", "", "", "")],
        [("POOL A", "", "", "B")],
        [("Team | P | W | L | PD | Pts", "", "", "B")],
        [("1. Canada | 2 | 2 | 0 | +36 | 9", "", "", "")],
        [("2. Tonga | 2 | 2 | 0 | +31 | 9", "", "", "")],
        [("3. Fiji | 2 | 0 | 2 | -6 | 3", "", "", "")],
        [("4. United States | 2 | 0 | 2 | -61 | 0", "", "", "")],
        [("MORE RUGBY", "", "", "B")],
        [("Vava'u club fined T$2,000 after pitch invasion in Neiafu", "", "", "B")],
        [("© 2027 Fonua Sport", "", "", "B")],
        [("Contact   Advertise   Privacy", "", "", "B")],
    ],
    [
        [("THE TORCH", "", "", "B")],
        [("Independent student newspaper of the University of Eswatini · Est. 1986", "", "", "B")],
        [("News   Campus Life   Opinion   Sport   Arts   Write for Us", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("4,180 students still waiting for book allowance as SRC calls march", "", "", "W")],
        [
            (
                "Ministry says payments will start on Friday, six weeks after the semester opened",
                "the Ministry of Labour and Social Security",
                "says",
                "W",
            )
        ],
        [("By Siphesihle Dube, Staff Writer", "", "", "B")],
        [("Published 11 March 2027", "", "", "B")],
        [("Students gather outside the Kwaluseni campus library on Tuesday.", "", "", "")],
        [("Photo: Torch Photo Desk", "", "", "B")],
        [
            (
                "At least 4,180 government-sponsored students at the University of Eswatini (UNESWA) have not received their E1,350 book allowance for the first semester, according to figures the Students' Representative Council (SRC) presented to university management on Monday.",
                "figures the Students' Representative Council presented to university management",
                "according to",
                "W",
            ),
            ("The semester began on 1 February.", "", "", "W"),
        ],
        [
            (
                "The SRC said 1,240 of the students were in their first year and had received their scholarship letters only in January.",
                "the Students' Representative Council",
                "said",
                "W",
            )
        ],
        [
            (
                "SRC president Mlungisi Shabangu-Vilakati said the council would lead a march from the Kwaluseni campus to the Ministry of Labour and Social Security in Mbabane on Monday, 15 March.",
                "Mlungisi Shabangu-Vilakati",
                "said",
                "W",
            )
        ],
        [
            (
                "“Students are buying textbooks with their food money, or not buying them at all,” he said.",
                "Mlungisi Shabangu-Vilakati",
                "said",
                "",
            ),
            (
                "“How do you write a test on a book you have never opened?” Shabangu-Vilakati asked.",
                "Mlungisi Shabangu-Vilakati",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Principal Secretary in the Ministry of Labour and Social Security, Mr Sandile Gamedze-Maziya, told The Torch that allowances would be paid in three batches, starting on Friday, 12 March.",
                "Sandile Gamedze-Maziya",
                "told The Torch",
                "W",
            )
        ],
        [
            (
                "He said the delay was caused by the late release of E212 million from the Ministry of Finance for the 2026/27 scholarship budget.",
                "Sandile Gamedze-Maziya",
                "said",
                "W",
            ),
            (
                "“We apologise to the students and to their parents,” Gamedze-Maziya said.",
                "Sandile Gamedze-Maziya",
                "said",
                "",
            ),
        ],
        [
            (
                "The ministry's scholarship unit said 11,920 students at UNESWA and other tertiary institutions held government scholarships this year.",
                "The ministry's scholarship unit",
                "said",
                "W",
            )
        ],
        [
            (
                "The university's Registrar, Dr Thulisile Nxumalo-Ginindza, said in a notice to students that no student would be deregistered for unpaid fees before 30 April.",
                "Thulisile Nxumalo-Ginindza",
                "said in a notice to students",
                "W",
            )
        ],
        [
            (
                "The Dean of Students, Prof. Mcolisi Ntshangase-Mamba, urged students to march peacefully and not to block the MR3.",
                "Mcolisi Ntshangase-Mamba",
                "urged",
                "",
            )
        ],
        [
            (
                "Fourth-year nursing student Nomcebo Mavimbela, from Siteki, said she had borrowed E600 from her aunt to buy a pharmacology textbook.",
                "Nomcebo Mavimbela",
                "said",
                "",
            ),
            (
                "“My aunt sells vegetables at the Manzini market; E600 is a week of her work,” she said.",
                "Nomcebo Mavimbela",
                "said",
                "",
            ),
        ],
        [
            (
                "A second-year law student, Sakhile Motsa, said he had been skipping two meals a day since February.",
                "Sakhile Motsa",
                "said",
                "",
            ),
            (
                "“I am writing my tests on an empty stomach,” Motsa said.",
                "Sakhile Motsa",
                "said",
                "",
            ),
        ],
        [
            (
                "A plate of pap and stew at the Kwaluseni cafeteria costs E28, up from E22 last year, according to the catering contractor's price list.",
                "the catering contractor's price list",
                "according to",
                "W",
            )
        ],
        [
            (
                "A lecturer in the Faculty of Commerce, who asked not to be named because staff may not speak to the media without permission, said about a third of her students still had no textbook in week five.",
                "A lecturer in the Faculty of Commerce",
                "said",
                "",
            )
        ],
        [
            (
                "Make Nomsa Hlophe, who runs a photocopy kiosk near the main gate, said her takings had doubled since February because students were copying chapters instead of buying books.",
                "Nomsa Hlophe",
                "said",
                "",
            )
        ],
        [
            (
                "Book allowances were also paid late in 2025, when students boycotted classes for three days, according to The Torch's archive.",
                "The Torch's archive",
                "according to",
                "W",
            )
        ],
        [("What happens next?", "", "", "")],
        [
            (
                "The SRC said it would hand a petition with 6,000 signatures to the ministry at the end of the march.",
                "the Students' Representative Council",
                "said",
                "W",
            )
        ],
        [
            (
                "Babe Vusi Shongwe, the university's director of security, said marchers would have to show a student card to leave and re-enter the campus.",
                "Vusi Shongwe",
                "said",
                "W",
            ),
            (
                "“No card, no entry, march or no march,” Babe Shongwe said.",
                "Vusi Shongwe",
                "said",
                "",
            ),
        ],
        [
            (
                "Editor's note: The Torch's news editor is an elected member of the SRC and took no part in reporting or editing this story.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Got a tip?", "", "", "B"),
            (
                "Find us in Room 14 of the Student Union Building or message @TheTorchUNESWA",
                "",
                "",
                "B",
            ),
        ],
        [("MORE FROM THE TORCH", "", "", "B")],
        [("Luyengo residence water cut enters its second week", "", "", "B")],
        [("Opinion: The SRC elections need a public debate", "", "", "B")],
        [
            ("© 2027 The Torch.", "", "", "B"),
            ("Published by the UNESWA Student Media Society.", "", "", "B"),
        ],
    ],
]


HELDOUT_CASES = [
    (
        "h106-bt-nu-mid",
        "The new bridge at Lobesa cost Nu. 212 million. It opened to traffic on Friday.",
        ["The new bridge at Lobesa cost Nu. 212 million.", "It opened to traffic on Friday."],
    ),
    (
        "h106-bt-dasho-am",
        "The hostel was inaugurated by Dasho Tshering Penjor at 10 a.m. on Monday in the presence of 300 parents.",
        [
            "The hostel was inaugurated by Dasho Tshering Penjor at 10 a.m. on Monday in the presence of 300 parents."
        ],
    ),
    (
        "h106-mn-two-letter-initial",
        "Ts. Batjargal, a herder in Uvs, lost half of his goats in January.",
        ["Ts. Batjargal, a herder in Uvs, lost half of his goats in January."],
    ),
    (
        "h106-mn-initial-ends-name",
        "The report was signed by D. Enkhjin. It runs to 48 pages and was sent to parliament on Monday.",
        [
            "The report was signed by D. Enkhjin.",
            "It runs to 48 pages and was sent to parliament on Monday.",
        ],
    ),
    (
        "h106-mn-flight-no",
        "Flight No. 241 from Khovd landed at 9:40 p.m. Passengers waited two hours for their bags.",
        [
            "Flight No. 241 from Khovd landed at 9:40 p.m.",
            "Passengers waited two hours for their bags.",
        ],
    ),
    (
        "h106-mv-atoll-codes",
        "The ferry left K. Maafushi at 7 am and reached S. Hithadhoo two days later.",
        ["The ferry left K. Maafushi at 7 am and reached S. Hithadhoo two days later."],
    ),
    (
        "h106-mv-atoll-code-opens",
        "Power was cut on several islands overnight. Th. Guraidhoo was the last to be reconnected, at dawn.",
        [
            "Power was cut on several islands overnight.",
            "Th. Guraidhoo was the last to be reconnected, at dawn.",
        ],
    ),
    (
        "h106-mv-pvt-ltd-ends",
        "The resort is run by Coral Shoal Pvt. Ltd. It employs 310 staff, 180 of them Maldivian.",
        [
            "The resort is run by Coral Shoal Pvt. Ltd.",
            "It employs 310 staff, 180 of them Maldivian.",
        ],
    ),
    (
        "h106-ky-hon-postnominals",
        "The bill was tabled by the Hon. Marva Connolly-Rivers, JP, MP, on Friday and will be debated next month.",
        [
            "The bill was tabled by the Hon. Marva Connolly-Rivers, JP, MP, on Friday and will be debated next month."
        ],
    ),
    (
        "h106-ky-etc-ends",
        "The authority supervises banks, insurers, trust companies, fund administrators, etc. Its board meets every month.",
        [
            "The authority supervises banks, insurers, trust companies, fund administrators, etc.",
            "Its board meets every month.",
        ],
    ),
    (
        "h106-ky-eg-mid",
        "Small funds, e.g. those with less than US$50 million in commitments, would pay a lower fee.",
        [
            "Small funds, e.g. those with less than US$50 million in commitments, would pay a lower fee."
        ],
    ),
    (
        "h106-je-st-no-stop",
        "The parish of St Brelade spent £41,000 on patching last year. St Clement spent less than half that.",
        [
            "The parish of St Brelade spent £41,000 on patching last year.",
            "St Clement spent less than half that.",
        ],
    ),
    (
        "h106-je-question-attribution",
        "“Who is going to pay for my wheel?” asked one driver outside the garage on Tuesday.",
        ["“Who is going to pay for my wheel?” asked one driver outside the garage on Tuesday."],
    ),
    (
        "h106-gg-quote-question-then-sentence",
        "“Is the price too high? Of course it is,” the deputy said.",
        ["“Is the price too high?", "Of course it is,” the deputy said."],
    ),
    (
        "h106-fk-co-ltd-ends",
        "The licence went to Berkeley Sound Trawling Co. Ltd. Its two vessels sail next week.",
        ["The licence went to Berkeley Sound Trawling Co. Ltd.", "Its two vessels sail next week."],
    ),
    (
        "h106-fk-initials-dr",
        "The survey by Dr. A. J. Hewitt-Mason was tabled at the committee on Wednesday.",
        ["The survey by Dr. A. J. Hewitt-Mason was tabled at the committee on Wednesday."],
    ),
    (
        "h106-vc-am-ends",
        "The trail reopens at 6 a.m. Hikers must sign in at the ranger station before they set off.",
        [
            "The trail reopens at 6 a.m.",
            "Hikers must sign in at the ranger station before they set off.",
        ],
    ),
    (
        "h106-vc-exclamation-attribution",
        "“We are home!” shouted a farmer from Owia as the bus pulled in.",
        ["“We are home!” shouted a farmer from Owia as the bus pulled in."],
    ),
    (
        "h106-vc-ec-decimal",
        "The park fee rises to EC$25.50 for visitors. Residents still pay EC$5.",
        ["The park fee rises to EC$25.50 for visitors.", "Residents still pay EC$5."],
    ),
    (
        "h106-dm-fr-mid",
        "Fr. Anselm Charles blessed the fishing boats at Marigot on Sunday morning.",
        ["Fr. Anselm Charles blessed the fishing boats at Marigot on Sunday morning."],
    ),
    (
        "h106-dm-ellipsis-lower",
        "She paused at the water's edge… then waded out to the first line.",
        ["She paused at the water's edge… then waded out to the first line."],
    ),
    (
        "h106-dm-ellipsis-capital",
        "The buyers came, and then the buyers went... The growers stayed and kept planting.",
        ["The buyers came, and then the buyers went...", "The growers stayed and kept planting."],
    ),
    (
        "h106-ki-rev-mid",
        "Prayers were led by the Rev. Tioti Kaure in the Bairiki maneaba before the boats went out.",
        [
            "Prayers were led by the Rev. Tioti Kaure in the Bairiki maneaba before the boats went out."
        ],
    ),
    (
        "h106-ki-wire-dateline",
        "TARAWA, Feb. 18 (PIW) – Water rationing began in Betio on Thursday. Each household will get 40 litres a day.",
        [
            "TARAWA, Feb. 18 (PIW) – Water rationing began in Betio on Thursday.",
            "Each household will get 40 litres a day.",
        ],
    ),
    (
        "h106-to-capt-mid",
        "Lolohea (capt.) led the side out at 2.55 p.m. and the anthems followed.",
        ["Lolohea (capt.) led the side out at 2.55 p.m. and the anthems followed."],
    ),
    (
        "h106-to-decimal-percent",
        "Tonga's goal-kicking rate rose to 81.3 per cent. Fiji's fell to 64.0 per cent.",
        ["Tonga's goal-kicking rate rose to 81.3 per cent.", "Fiji's fell to 64.0 per cent."],
    ),
    (
        "h106-sz-prof-initials",
        "Prof. N. M. Dlamini-Shongwe chaired the senate meeting, which ended after midnight.",
        ["Prof. N. M. Dlamini-Shongwe chaired the senate meeting, which ended after midnight."],
    ),
    (
        "h106-sz-list-semicolons",
        "The SRC listed three demands: pay the allowances by Friday; extend the fees deadline; and deregister no one.",
        [
            "The SRC listed three demands: pay the allowances by Friday; extend the fees deadline; and deregister no one."
        ],
    ),
    (
        "h106-sz-emalangeni",
        "Rooms near the Kwaluseni campus now rent for E1,900 a month. Many students share them with two others.",
        [
            "Rooms near the Kwaluseni campus now rent for E1,900 a month.",
            "Many students share them with two others.",
        ],
    ),
    (
        "h106-sz-est-mid",
        "The society (est. 1986) prints 2,000 copies of the paper every fortnight.",
        ["The society (est. 1986) prints 2,000 copies of the paper every fortnight."],
    ),
]
