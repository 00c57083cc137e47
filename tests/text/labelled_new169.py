"""Hundred-and-sixty-ninth set of new hand-labelled pages for the hint engines (tuning set, round sixty):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, from
twelve countries and twelve kinds of site where FURNITURE IS HARD TO TELL FROM STORY: story comes in
furniture's shapes (short lines, capitalised labels, figures in lists and tables, date lines, lines
of names and roles) and furniture comes in full prose sentences (paywall pitches, donation asks,
cookie text, author bios, corrections notes and policy, AI and affiliate notes, event adverts,
comment rules, help lines, an acknowledgement of country). None of the countries of
`labelled_new167.py` or `labelled_new168.py` comes back. The pages: a United States nonprofit
newsroom's website on the DESKTOP (a state audit: Castellan County's ambulance contractor reached
only 59% of urgent rural calls in time, with a key-takeaways box, a timeline, a donation ask, a
correction and a republishing licence); a United Kingdom national newspaper's website on the
DESKTOP, pasted with its COOKIE WALL (a regulator's fine: the ICO fines a recipe site's owner £1.85m
for setting advertising cookies before consent); an Irish regional weekly's website from a PHONE (a
council vote: Tipperary councillors rezone Ballinacrag lands for 300 homes, 19 to 16, with the roll
call); a Kenyan news site from a PHONE (a vetting vote: Nakuru's assembly approves nine executive
nominees and rejects one, with the list of members and their portfolios); a Ghanaian news site on
the DESKTOP (a death and funeral notice: a highlife guitarist dies at 86, with a life-in-brief box
and the funeral arrangements); an Indian gadgets site on the DESKTOP (a phone launch at Rs. 18,999,
with an affiliate note, a price widget, a specifications table and the reviewer's rating); a
Philippine news site from a PHONE (a typhoon: Signal No. 4 over Catanduanes, with the signal lines,
class suspensions and the outlet's own donation drive); a Fijian daily's LETTERS PAGE on the DESKTOP
(five letters with their signatures, the letters policy and two editor's notes); a Barbadian daily's
website on the DESKTOP (the Crop Over 2027 calendar, beside the paper's own awards advert); an
Emirati English daily's website on the DESKTOP (monthly fuel prices as list lines, under a
prayer-times strip and a gold ticker, with an AI translation note); a Canadian local news site in
READER MODE (a First Nation's boil-water advisory lifted after 3,185 days, with an update note and a
funding note); and an Australian regional newspaper's website from a PHONE (a rural counselling
service cut to three days a week, with key points, a help-line note and an acknowledgement of
country).

What is hard is the line between the page and the story, both ways. FURNITURE IN FULL SENTENCES is
"B" sentence by sentence, whatever it says and however much it reads like news, never with a speaker
even when it says "we" or names the outlet: a consent banner ("We and our 187 partners store and
access information on your device ..."; "Some partners rely on legitimate interest ...; you can
object to this in the settings."), paywall and subscription pitches with prices ("You have two free
articles left this month.", "Go Premium: ... for Sh299 a month.", "Subscribe: $1 a week for your
first 12 weeks, then $4.50 a week."), a mid-article DONATION ASK ("Every gift made before Dec. 31
will be matched, up to $25,000, by the Ozark Civic Fund.") and an outlet's own relief drive with its
account number, author bios ("She grew up on a cattle farm in the Bootheel and joined the newsroom
in 2023."), a correction and an amendment note ("It runs for five years."; "An earlier version said
Hearthside had paid the fine; it has 28 days to pay or appeal.") and a corrections policy, an AI
note under a summary box and an AI translation note, an affiliate note and a best-price widget whose
price is the story's own ("Kaveri Vega 5G (8GB/128GB): Rs. 18,999 at ShopKart  Buy now"), the
paper's EVENT ADVERT with its date, venue and ticket prices ("Tickets are $175 per person or $1,600
for a table of 10."), comment rules, a republishing licence, a funding note, a help-line note, an
acknowledgement of country, a letters policy, a fuel-price disclaimer that names the committee, a
prayer-times strip and a gold ticker. STORY IN FURNITURE'S SHAPES is labelled by content: short
one-line paragraphs ("The contract requires 90%." and "There was no button to refuse." "W"; "He
survived.", "Not everyone is ready to trust it." and "Her council clapped." ""; "The vote took 11
minutes." "W"); subheads written for the story, capitalised or not ("HOW THEY VOTED", "WHAT THE
BANNER SAID", "NO CLASSES", "NINE YEARS ON BOTTLED WATER", "Forty-one minutes", "Funeral
arrangements", "First impressions"; all ""), quote subheads ("‘NO RECORD OF HIM’", "‘You don't ring
until you're desperate’"; "" with no speaker, since no cue names one); list lines of names and roles
that report who was appointed, who voted how and who mourns ("Finance and Economic Planning – Grace
Wambui Njoroge-Keter", "For (19): all eight Fianna Fáil members, ...", "Absent (5): Cllrs ...",
"Chief mourners: Opanyin Kojo Essel-Mensah (Abusuapanyin) and ..."; each "W"), against the byline
and signature lines of the same shape ("Priya Chaudhary-Wells Technology correspondent", "Jordan
Keewatin-Lavallee · Local Journalism Initiative Reporter", "Ronesh Chand, Nausori"; "B"); DATE LINES
that belong to the story ("Effective: 12am, Sunday, August 1", "Wake-keeping: Friday, 17 September
2027, from 8pm, family house, Saltpond", "Born: 3 March 1941, Saltpond, Central Region", timeline
entries "July 2024 — ..." and "Jan. 22, 2019: ..."; "W") against the page's own date, updated and
published lines ("B"); list lines of prices, warnings and suspensions ("Super 98 petrol: Dh2.61,
down from Dh2.72 in July", "Signal No. 3: ...", "Sorsogon – preschool to senior high school, public
schools only", five Crop Over event lines with days, venues and ticket prices; "W"), against the
rows of a pipe table ("Battery | 5,500mAh, 45W charging"; "" as in the earlier sets) and the price
in a widget ("B"); a review's RATING, PROS and CONS lines ("TechTarang rating: 3.5/5"; the review's
verdict, ""); key-points and key-takeaways bullets (by content, "W" here) under a "B" box label;
letters to the editor (each letter's heading "", its sentences by content with no speaker for the
writer, its signature "B"); and a PULL QUOTE with a dash attribution (one sentence carrying the
councillor, cue "–", "").

Of record ("W"): an audit's findings and a contract's terms, a regulator's test results and penalty
rule, a company's accounts, council votes and census figures, an assembly's vote and a salary scale,
a musician's career and a union's events, launch prices, sale dates, bank offers and market share,
wind signals, class suspensions and evacuation counts, a fare rise quoted in a letter, festival
dates, fees and spending, fuel prices and the date they take effect, an advisory's days and a
plant's cost shares, a grant's end and a service's calls and waiting list; scheduled events set by
those who run them (a commission meeting at 7 p.m., a swearing-in on Friday at 10am, a tribute
concert and a book of condolence, a sale at 12 noon, ticket sales on June 1, a feast on Saturday at
noon, a board meeting on August 3, a funding round opening in September). Not worth checking (""):
characterisations and feelings in quotes ("signed a good contract and then put it in a drawer", "a
shot across the bows", "a rubber stamp for nine out of ten", "a national treasure", "It buys them a
few weeks, not a future"), plans and promises ("would ask Meridian for a corrective plan", "would
appeal to the First-tier Tribunal", "would name a new nominee", "aimed to sell 10 lakh", "would keep
drinking bottled water"), forecasts (landfall, storm surge, an analyst's expectation, a second vote
"expected in January"), advice, anecdotes and a person's own counts ("I have counted 42 potholes",
"spends about Dh160 a day"), a reviewer's impressions, questions, scenes and captions that only
describe.

And where sentences end: "PELLSTON, Mo. —" and "Kenora, Ont., can" inside a sentence; "at 7 p.m."
ENDING a sentence before "Residents may speak ..."; "by 6 a.m." before "Another 3,100 families ...";
"at 9:15 a.m." before "Her council clapped."; "at 5 a.m. Wednesday", "PAGASA's 5 a.m. bulletin", "at
7 a.m. as a precaution", "4 p.m., Queen's Park", "from 9 a.m." at a line's end, "9:05 a.m. CT" and
"4:10 p.m. CT:" in furniture lines; "Pvt. Ltd. on" mid-sentence and "Pvt. Ltd." before "All rights
reserved."; "Ltd.", "Corp." and "LLC." before "All rights reserved."; "Ltd." before "Registered in
England and Wales, No. 04418273."; "Inc., Account No." mid-sentence; "Inc. 2027" in a copyright
line; addresses ending ".org." and ".ca."; titles that never end one ("Dr", "Dr.", "Mr", "Hon.",
"Gov.", "Cllr", "Cllrs", "Cr", "Eng.", "Chief", "Elder", "Opanyin", "Maame"); "St. James" and
"Queen's Park"; "Signal No. 4" and "No. 04418273"; "E. coli" after a colon; "Rs." before numbers,
"Dh2.61", "£1.85m", "Sh204,000", "$24.8-million", "1.2 lakh"; semicolons kept whole (a summary
bullet, the banner's settings sentence, headlines, a province line, the minister's quote); a
banner's words QUOTED MID-SENTENCE with two full stops inside the quote, one sentence; a quote after
"said:" running over two sentences; a quote that continues in its own paragraph with no cue;
exclamations as whole lines ("Toso Viti!"); and list lines, one sentence each.

The pages hold 530 sentences: 223 "B", 190 "W" and 117 ""; 143 sentences carry a speaker (92
distinct speakers, page by page; 91 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Conventions this set had to settle, in the spirit of the earlier sets:

* FURNITURE IN PROSE is "B" sentence by sentence, whatever it says: the consent banner, paywall
  meters and pitches, donation asks and an outlet's own relief drive, author bios, corrections and
  amendment notes, a corrections policy, AI and affiliate notes, price widgets, the outlet's own
  event advert, comment rules, republishing licences, funding notes, help-line notes, an
  acknowledgement of country, a letters policy and a disclaimer. A correction or amendment note is
  "B" even when it restates a fact: it is a note about the page, and the fact stands (or is fixed)
  in the story.
* A LABEL that heads story lines is judged by who wrote it: a generic box label that the site's
  template puts on every page ("Key takeaways", "TIMELINE", "LIFE IN BRIEF", "KEY DATES", "Key
  points:") is "B", like the title, header and source of a pipe table; a subhead written for this
  story, capitalised or not ("HOW THEY VOTED", "NO CLASSES", "NINE YEARS ON BOTTLED WATER", "Funeral
  arrangements"), is "", like the question subheads of the earlier sets.
* A LINE OF NAMES AND ROLES is story when it reports who was appointed, who voted how, who was
  absent or who mourns ("W"), and furniture when it signs the page or a letter (bylines with roles,
  letter signatures, "B"). A LABEL-AND-VALUE LINE that states a fact of the story in one line (a
  life-in-brief line, a funeral arrangement, a wind signal, a class suspension, a fuel price, an
  "Effective:" date) is a sentence of the story, "W"; a pipe-table row under a header is data, "".
* A review's RATING, PROS and CONS lines are the review's verdict, story in a furniture shape, "".
* LETTERS TO THE EDITOR: each letter's heading is "", its sentences are flagged by content and carry
  no speaker for the writer, who is the page's author for that item (a source the writer cites keeps
  its label: "The Fiji Roads Authority told this newspaper", "According to the Water Authority of
  Fiji's own notice"); the signature line is "B". An EDITOR'S NOTE that reports a source's answer
  ("The Fiji Roads Authority says resealing ... will start on 2 August") is story, "W", while one
  about the page itself (how many letters came in) is "B".
* A PULL QUOTE with a dash attribution is one sentence carrying the speaker named in it, titles
  dropped ("– Cllr Siobhán Ní Bhriain" -> "Siobhán Ní Bhriain"), cue "–"; a QUOTE SUBHEAD with no
  name carries no speaker.
* A caption is flagged by its content as before, and a caption that reports a finding carries its
  source ("..., the regulator found." -> "the regulator", "W").
* Speakers as before: the name alone, as first given, with titles and roles dropped ("State
  Auditor", "Presiding Commissioner", "Cllr", "Dr", "Dr.", "Hon.", "Gov.", "Chief", "Elder", "Cr",
  "Mr", "manager"); a firm's suffix kept ("Meridian Ambulance Services LLC", "Hearthside Media
  Ltd"); short forms, acronyms and "it" resolve to the name as first given ("Meridian said",
  "Hearthside, which says", "It said", "ISC said", "the NCF said", "it says"), generic nouns stay as
  written ("The company", "the company", "the foundation", "the union", "the committee", "The
  committee", "the department", "The band council", "the regulator", "auditors", "Campaigners");
  "according to X" gives X as written ("an audit released Tuesday by the Missouri State Auditor's
  office", "the Salaries and Remuneration Commission's current schedule", "announcements by local
  governments", "the service's annual report"), a descriptor before a proper name dropped ("the
  market tracker Ceres Insights" -> "Ceres Insights"); a headline or dek's "finds" or "says" carries
  the source as the body gives it ("Ottawa says" -> "Indigenous Services Canada"); a spokeswoman for
  a minister is kept as written.

Written from scratch for issue 13 in round sixty, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]`
tables of `pyproject.toml`; and, through `ast` and a short look at the source, the module docstrings
and `STYLES` of `labelled_new167.py` and `labelled_new168.py`, and of the latter the first page, two
later pages and the first cases. Coined names were checked for freshness against the string
constants of those two files, through `ast`: eleven given names or name parts (one of them in a
split case), one band name and one colour name that hit were replaced before the file was finished;
only common words, titles and real places and bodies still hit. Every person, outlet, publisher,
firm, fund, band, school, cooperative, program, product, statement and figure is invented, and so
are the small places (Castellan County, Pellston, Ballinacrag, Wabikon Lake First Nation and the
like); real countries, states, provinces, counties, cities, towns, roads, stadiums, hospitals,
festivals, laws, regulators, ministries, utilities, councils and agencies appear only as settings,
with invented statements and figures.
"""

# ruff: noqa: E501, RUF100

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'United States NONPROFIT NEWSROOM\'S WEBSITE (Missouri), desktop browser paste, a STATE AUDIT: a county\'s ambulance contractor reached only 59% of urgent rural calls in time, and the county never used the contract\'s penalty. Head: masthead, tagline, menu, a donate button, section label (all "B"); headline "..., state audit finds" ("W", carrying the audit as the body gives it) and a dek of record ("W"); byline, a published/updated line with "a.m. CT", a listen line ("B"); a KEY TAKEAWAYS box: generic label "B", three bullets by content ("W", one with a semicolon), and the AI note under it "B"; a caption with "Mo., on Oct. 8, 2027." ("") and its credit "B". Body: "PELLSTON, Mo. —" lead "according to an audit released Tuesday by ..." ("W"); the SHORT LINE "The contract requires 90%." ("W"); calls reviewed, the town figure "the audit found" and the penalty clause "auditors wrote" ("W"); the auditor\'s characterisation and quote ("", cue "said in an interview" for the second); a story SUBHEAD "Forty-one minutes" (""); a widow\'s anecdote, the SHORT LINE "He survived." and her quote (all ""); the call log "according to" ("W"); the presiding commissioner\'s dated review ("W") and his plan (""); the contractor\'s statement ("W", the firm as first given with "LLC") and "The company said" ("W"); its chief executive\'s no response (""). Mid-page DONATION ASK in three prose sentences and a give button (all "B"). A TIMELINE box: generic label "B", four dated entries ("W"). The commission meeting "at 7 p.m." ENDING a sentence before "Residents may speak ..." (both "W"). Tail: a CORRECTION in two sentences, a republish label and its licence sentence, a two-sentence AUTHOR BIO, a tip question and address ending ".org.", copyright and a nonprofit-status sentence (all "B").',
    'United Kingdom NATIONAL NEWSPAPER\'S WEBSITE, desktop browser paste with the COOKIE WALL on top, a REGULATOR\'S FINE: the ICO fines a recipe site\'s owner £1.85m for setting advertising cookies before consent. Head: the consent banner\'s title, three prose sentences (one with a semicolon) and its buttons (all "B"); masthead, menu, section label ("B"); headline of record "W"; standfirst "Information watchdog says ..." ("W", carrying the ICO as first given); a byline with its role in one line, date line, share label ("B"); a caption holding a finding "the regulator found" ("W") and its "Photograph:" credit "B". Body: the lead ("W"); "The Information Commissioner\'s Office (ICO) said" (acronym dropped) and its test results ("W"); a capitalised story SUBHEAD "WHAT THE BANNER SAID" (""); the banner\'s own words QUOTED MID-SENTENCE, two full stops inside the quote (one sentence, "according to the penalty notice", "W"); the SHORT LINE "There was no button to refuse." ("W"); the settings page "the notice said" ("W"); the director\'s two-sentence quote after "said:" ("") and his dated letter to 200 sites ("W"); the firm\'s visitor figure "which says" ("W"), its appeal and characterisation ("", "the company") and "It said it had never sold ..." ("W", the firm as first given); the maximum penalty rule and the ICO\'s register ("W"); the firm\'s accounts "show" ("W"); "Campaigners welcomed the fine." (""); a campaigner\'s "called" ("") and her complaint count ("W"); a question subhead and advice (""); the ICO\'s rule "says" ("W"). Tail: an AMENDMENT NOTE in two sentences, a newsletter pitch, a two-sentence AUTHOR BIO, two-sentence COMMENT RULES, a more-from label and one headline, copyright split at "Ltd." before "Registered in England and Wales, No. 04418273." (all "B").',
    'Irish REGIONAL WEEKLY\'S WEBSITE (Tipperary), PHONE BROWSER paste, a COUNCIL VOTE: councillors rezone 21.4 hectares at Ballinacrag for 300 homes, 19 votes to 16, against their planners\' advice. Head: a menu/masthead/search line, a subscribe/sign-in line, a two-sentence PAYWALL METER with a price (all "B"); crumb "B"; headline of record "W"; byline, date line, share line ("B"); a caption "" and its credit "B". Body: the lead and the motion ("W", "Cllr" and "(FF)" inside a sentence with no speaker); the chief executive\'s report "warning" ("W"); the water utility "told the council" and census figures "according to the Central Statistics Office" ("W"); the proposer\'s opinion and quote ("", "Cllr Fahy-Moran said" resolving to the full name); a PULL QUOTE with its dash attribution (one sentence, carrying the councillor, cue "–", ""), then her fuller remark and a Fine Gael dissenter (""); a story SUBHEAD in capitals "HOW THEY VOTED" ("") over three ROLL-CALL LINES of names and parties ("For (19): ...", "Against (16): ...", "Absent (5): Cllrs ...", each one sentence, "W"); the display period "the council\'s planning department said" and the regulator\'s four weeks "according to the department" ("W"); the rule of a second vote ("W") and its date "expected in January" (""); the regulator\'s spokesperson (""); the landowner\'s status ("W") and its director "told the Beacon" (""); the SHORT LINE "The vote took 11 minutes." and the paper\'s own count of replies ("W"); a scene and a neighbour\'s remark (""). Tail: a have-your-say label, two-sentence COMMENT RULES, a two-sentence CORRECTIONS POLICY, a links line, copyright (all "B").',
    'Kenyan NEWS SITE (Nakuru), PHONE BROWSER paste, a VETTING VOTE: the county assembly approves nine of the governor\'s ten executive nominees and rejects the Health pick over a certificate no university will own. Head: a menu/masthead/subscribe line, a two-sentence PREMIUM PITCH with a price, section label (all "B"); headline of record "W"; a byline in capitals, a published line, a read-time line ("B"); a caption "" and a "PHOTO |" credit "B". Body: "NAKURU, Kenya, Jul 21 –" lead ("W", no speaker: the House acted); the 41-9 vote ("W"); the committee chair "told the House" ("W"); a QUOTE SUBHEAD in capitals "‘NO RECORD OF HIM’" ("", no speaker: no cue); his three-sentence quote, two dated facts "W" and the last sentence "" with "Mr Kimutai-Serem said"; the nominee "did not respond to calls and text messages" ("") and his post ("W"); the governor\'s statement (a promise, ""); the standing orders\' 14 days ("W"); a lead-in "The approved members ... are:" ("") and NINE NAMES-AND-ROLES LINES "Portfolio – Name" (one with "Eng.", each "W", no speaker); the salary "according to the Salaries and Remuneration Commission\'s current schedule" ("W"); the minority leader\'s opinion and anecdote (""); pending bills "according to the Controller of Budget\'s latest report" ("W"); the swearing-in "on Friday at 10am" by the county secretary ("W"). Tail: a SPONSORED label and teaser, a WhatsApp prompt, a comments label, two-sentence COMMENT RULES, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Ghanaian NEWS SITE (Accra), desktop browser paste, a DEATH AND FUNERAL NOTICE: highlife guitarist Kwesi Amissah-Quaye dies at 86 and is to be buried in Saltpond on 18 September. Head: masthead, menu, section label ("B"); headline of record with a semicolon ("W"); byline, date line ("B"); a caption "" and "File photo" "B". Body: the death "his family announced" and its circumstances "the family said in a statement" ("W"); his career "according to the Musicians Union of Ghana (MUSIGA)" (acronym dropped, "W"); the union president\'s tribute concert "at 7pm" and book of condolence ("W") around her tribute quote (""); his last performance "the union said" ("W"); the minister\'s "described" ("Hon." dropped, ""). A LIFE IN BRIEF box: generic label "B", six LABEL-AND-DATE LINES ("Born: ...", four year lines, "Survived by: ...", each "W"). A story SUBHEAD "Funeral arrangements" ("") over four ARRANGEMENT LINES of dates, times, venues and the chief mourners\' NAMES AND ROLES (each "W"). The family\'s request for gifts to a music school ("", "The family" with "has asked"); a former singer\'s anecdote and quote (""); two scene lines, one SHORT (""). Tail: a prose DISCLAIMER, a two-sentence tip-off prompt (a question, then an address), a comments count, one-sentence COMMENT RULES, a related label and one headline, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Indian GADGETS NEWS SITE (Bengaluru), desktop browser paste, a PHONE LAUNCH: the Kaveri Vega 5G goes on sale at Rs. 18,999 with its first sale on 5 October. Head: masthead, menu, crumb ("B"); headline of record with a semicolon ("W"); a written-by/edited-by line and an updated line ("B"); a two-sentence AFFILIATE NOTE ("B"). Body: the launch with "Pvt. Ltd. on" mid-sentence ("W", no speaker); prices with "Rs." ("W"); the sale date "the company said" ("W"); a bank offer, colours after a colon ("W"); the CEO\'s plant capacity in lakh and a quoted sourcing figure ("W") and his sales target (""); market share "according to the market tracker Ceres Insights" (descriptor dropped, "W") and its rank ("W"). A BEST-PRICE WIDGET: label and a price line with a buy button ("B", prices in furniture). A specifications TABLE (title, header and source "B", five rows ""). A review SUBHEAD "First impressions" and three sentences of the reviewer\'s own use and opinion (""); the site\'s RATING LINE "TechTarang rating: 3.5/5" and PROS and CONS lines (the review\'s verdict, story, ""). Tail: a prose price DISCLAIMER, a follow prompt, an also-read label and one headline, an about-the-author label and a two-sentence AUTHOR BIO, copyright split at "Pvt. Ltd." before "All rights reserved." (all "B").',
    'Philippine NEWS SITE (Manila), PHONE BROWSER paste, a TYPHOON: PAGASA raises Signal No. 4 over Catanduanes and five Bicol provinces suspend classes. Head: a masthead/menu line, a LIVE watch banner, section label ("B"); headline of record with "Signal No. 4" and a semicolon ("W"); byline and a published/updated line ("B"); a caption "" and a courtesy credit "B". Body: "MANILA, Philippines —" lead with "No. 4" and "at 5 a.m. Wednesday" mid-sentence ("W", no speaker); the position "according to PAGASA\'s 5 a.m. bulletin" ("W"); landfall "said in a briefing" and storm surge (forecasts, ""); the season\'s count "PAGASA said" ("W"); a lead-in "As of 5 a.m., these wind signals were in effect:" ("") and FOUR SIGNAL LINES "Signal No. N: areas" (each one sentence, "W"); an inline "READ:" link ("B"); a capitalised story SUBHEAD "NO CLASSES" (""); the suspensions "according to announcements by local governments" ("W") and FIVE PROVINCE LINES "Province – levels" (one with a semicolon, "W"); DepEd\'s schools (acronym dropped, "W"); evacuees "by 6 a.m." ENDING a sentence before "Another 3,100 families ..., it said." (both "W"); the governor ("Gov." dropped) with a count ("W") and a quote (""); the coast guard "said in an advisory" ("W"); a store owner\'s anecdote and quote (""); a power cooperative\'s switch-off "at 7 a.m. as a precaution, it said" ("W"). Tail: the outlet\'s own DONATION DRIVE (a label and two prose sentences with "Inc., Account No." mid-sentence), a "WATCH:" link, a follow prompt, copyright split at "Corp." before "All rights reserved." (all "B").',
    'Fijian DAILY NEWSPAPER\'S WEBSITE (Suva), desktop browser paste, the LETTERS TO THE EDITOR page of a Saturday: potholes on the Kings Rd, the sevens season, water cuts in Nasinu, bus fares and a ward\'s nurses. Head: masthead, menu, crumb, a page-title line with its date ("B"); the LETTERS POLICY in three prose sentences, the last an address ("B"). Five letters: each letter\'s HEADING ("", written for the letter), its sentences flagged by content with NO SPEAKER for the writer (a writer\'s own counts and anecdotes "", questions "", short lines "It is now late July.", "Toso Viti!" and "Vinaka." ""; the Fiji Roads Authority "told this newspaper" "W"; a record season "W"; "According to the Water Authority of Fiji\'s own notice" "W"; a fare rise and the fares with a semicolon "W"), and its SIGNATURE LINE of name and town ("B", "Ratu" inside it). An EDITOR\'S NOTE that is STORY ("Editor\'s note: The Fiji Roads Authority says resealing ... will start on 2 August ...", "W", carrying the authority) against an EDITOR\'S NOTE that is FURNITURE about the page ("... 37 letters on the sevens season ... we can print only one.", "B"). Tail: a disclaimer, a comments-closed line, an also-in-opinion label and one headline, a two-sentence subscription pitch, copyright with "(Fiji) Pte Limited" (all "B").',
    'Barbadian DAILY NEWSPAPER\'S WEBSITE (Bridgetown), desktop browser paste, a FESTIVAL CALENDAR: the NCF\'s Crop Over 2027 dates, with the Pic-O-De-Crop finals moved to Kensington Oval, beside the paper\'s own AWARDS ADVERT. Head: masthead, menu, section label ("B"); headline of record with a colon ("W"); byline and date line ("B"); a caption "" and "(FILE PHOTO)" "B". Body: the calendar\'s release by the foundation ("W", no speaker: no verb of saying); the chief executive ("Dr." dropped) on the move ("W") and a two-sentence quote, its count "W" and its resolve ""; a KEY DATES box: generic label "B" and FIVE EVENT LINES with days, times, venues and ticket prices ("W", scheduled by the organiser); tickets "the foundation said" ("the foundation" as written), the route "the NCF said" (the name as first given), band registrations "according to the NCF" and the closing date, vendor permits "according to the NCF\'s vendor guidelines" (all "W"); the minister ("Hon." dropped) with spending and visitor figures ("W") and a quote with a semicolon (""); a band leader\'s prices with a cause ("W"); a vendor\'s remark and anecdote (""); police numbers ("W"). Tail: an ADVERTISEMENT label and the paper\'s EVENT ADVERT in four prose sentences with date, venue and ticket prices (all "B"); a sponsored label and a teaser with "St. James"; a more-in label and one headline; two-sentence COMMENT RULES; copyright with "Inc. 2027" (all "B").',
    'Emirati ENGLISH DAILY\'S WEBSITE (Dubai), desktop browser paste, MONTHLY FUEL PRICES: petrol cheaper by up to 11 fils a litre from 1 August, diesel dearer. Head: masthead, menu, a PRAYER-TIMES strip and a gold/currency TICKER ("B"), crumb "B"; headline with a semicolon and a dek ("W"); byline and published line ("B"); an AI TRANSLATION NOTE and a WhatsApp prompt ("B"). Body: the announcement "the UAE Fuel Price Committee announced" ("W"); a lead-in "The new prices per litre are:" ("") and FOUR PRICE LINES "Grade: DhX, down from DhY" (each "W", no speaker); a DATE LINE of story "Effective: 12am, Sunday, August 1" ("W"); the committee\'s reason ("W", "The committee" as written); deregulation since 2015 and a tank\'s cost ("W"); diesel\'s run "according to the committee\'s monthly announcements" ("W"); the taxi fare "Dubai\'s Roads and Transport Authority said" ("W"); a rider\'s remark and quote and a taxi driver\'s own spending (""); an analyst\'s inverted "said" with a forecast (""). Mid-page an also-read label and headline and a PARTNER CONTENT label and teaser ("B"). A question subhead (""), the method "it says" (resolving to the committee as first given, "W") and the announcement rule ("W"). Tail: a prose fuel-price DISCLAIMER ("B" though it names the committee), two-sentence COMMENT RULES, an about-the-writer label and two-sentence AUTHOR BIO, copyright split at "LLC." before "All rights reserved." (all "B").',
    'Canadian LOCAL NEWS SITE (Kenora, Ontario) in a browser\'s READER MODE, a DRINKING-WATER ADVISORY LIFTED: Wabikon Lake First Nation can drink its tap water after 3,185 days. Head: the domain line ("B"); headline of record "W" and a dek "..., Ottawa says" ("W", carrying Indigenous Services Canada as the body gives it); a byline with its role, a reading-time line, a French-edition line ("B"); an UPDATE NOTE with "4:10 p.m. CT:" mid-line ("B"). Body: the lead with "Kenora, Ont., can" ("W"); the chief ("Chief" dropped) with the day count ("W"), her first glass "at 9:15 a.m." ENDING a sentence before the SHORT LINE "Her council clapped." (both ""), and two quotes (""); the plant, the winter road, the department\'s tests "Indigenous Services Canada (ISC) said" and the cost shares "ISC said" ("W"); the old plant "according to a 2020 engineering report commissioned by the band" and the national count "according to the department\'s website" ("W"); a capitalised story SUBHEAD "NINE YEARS ON BOTTLED WATER" ("") over FIVE DATED LINES (one with "E. coli" after a colon, "W"); the operator\'s routine ("W") and quote (""); the SHORT LINE "Not everyone is ready to trust it." (""); an elder ("Elder" dropped) with a plan and quote (""); the band council\'s feast "on Saturday at noon" ("W"). Tail: a two-sentence FUNDING NOTE, a two-sentence AUTHOR BIO ending in an address, two-sentence COMMENT RULES, an errors prompt in two sentences (all "B").',
    'Australian REGIONAL NEWSPAPER\'S WEBSITE (Dubbo, NSW), PHONE BROWSER paste, a SERVICE CUT: a rural counselling service drops to three days a week when its $1.8m federal grant runs out. Head: a menu/masthead line, a two-sentence SUBSCRIPTION PITCH with prices, section label ("B"); headline of record "W"; byline and an updated/first-published line ("B"); a "Key points:" box: generic label "B" and three bullets by content ("W", the third carrying "The Federal Government" with "says"); a caption "" and its credit "B". Body: the lead with a cause ("W"); the manager\'s inverted "manager Heath Rennick-Doyle said" on the new hours and the grant ("W"); calls "according to the service\'s annual report" ("W"); the waiting list and the SHORT LINE "The service has four counsellors." ("W"); the manager\'s quotes ("", "Mr Rennick-Doyle said" resolving to the full name, the second running over two sentences); the minister\'s spokeswoman (kept as written) with a dated funding round ("W") and "well placed" (""); a councillor ("Cr" dropped) with a grant ("W") and a quote (""); a counsellor\'s observation (""); a QUOTE SUBHEAD ("", no speaker); a farmer\'s anecdote and two quotes (""); a rate "NSW Health data shows" ("W"); the board\'s meeting "on August 3" ("W"). Tail: a two-sentence HELP-LINE NOTE, a comments label and two prose sentences, an ACKNOWLEDGEMENT OF COUNTRY, a more-news label and one headline, copyright with "Pty Ltd" (all "B").',
]

ARTICLES = [
    # 1. United States: nonprofit newsroom, desktop paste, state audit of an ambulance contract
    [
        [("GATEWAY CURRENT", "", "", "B")],
        [("Missouri's nonprofit newsroom", "", "", "B")],
        [("Politics  Health  Education  Environment  Justice  Data  Events  About", "", "", "B")],
        [("Donate", "", "", "B")],
        [("HEALTH CARE", "", "", "B")],
        [
            (
                "Castellan County's ambulance contractor missed its response target on 41% of urgent rural calls, state audit finds",
                "an audit released Tuesday by the Missouri State Auditor's office",
                "finds",
                "W",
            )
        ],
        [
            (
                "The county paid Meridian $11.6 million over three years and never once used the penalty clause in its contract",
                "",
                "",
                "W",
            )
        ],
        [("By Dana Whitlock-Reyes", "", "", "B")],
        [("Published Oct. 12, 2027 · Updated Oct. 13, 2027, 9:05 a.m. CT", "", "", "B")],
        [("Listen · 7 min", "", "", "B")],
        [("Key takeaways", "", "", "B")],
        [
            (
                "Meridian Ambulance Services LLC reached urgent calls in rural Castellan County within 20 minutes 59% of the time; its contract requires 90%.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The county never withheld the $5,000 monthly penalty the contract allowed.",
                "",
                "",
                "W",
            )
        ],
        [("County commissioners will discuss the findings Oct. 21.", "", "", "W")],
        [
            (
                "This summary was drafted with an AI tool and checked by a Gateway Current editor before publication.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "A Meridian ambulance pulls out of the company's station on Route 9 in Pellston, Mo., on Oct. 8, 2027.",
                "",
                "",
                "",
            )
        ],
        [("Dana Whitlock-Reyes/Gateway Current", "", "", "B")],
        [
            (
                "PELLSTON, Mo. — The private company that runs ambulances for Castellan County reached only 59% of the most urgent rural calls within its contract's 20-minute limit over three years, according to an audit released Tuesday by the Missouri State Auditor's office.",
                "an audit released Tuesday by the Missouri State Auditor's office",
                "according to",
                "W",
            )
        ],
        [("The contract requires 90%.", "", "", "W")],
        [
            (
                "Auditors reviewed 58,214 emergency calls handled by Meridian Ambulance Services LLC from July 2024 through June 2027.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In Pellston, the county seat, Meridian met the nine-minute standard on 88% of urgent calls, just short of the target, the audit found.",
                "the audit",
                "found",
                "W",
            )
        ],
        [
            (
                "The contract let the county withhold $5,000 for every month Meridian fell short, but the county never did, auditors wrote.",
                "auditors",
                "wrote",
                "W",
            )
        ],
        [("Over the three years the county paid the company $11.6 million.", "", "", "W")],
        [
            (
                "State Auditor Renata Okafor-Hale said the county had “signed a good contract and then put it in a drawer.”",
                "Renata Okafor-Hale",
                "said",
                "",
            )
        ],
        [
            (
                "“When somebody calls 911 for a stroke, the clock is the whole story,” she said in an interview.",
                "Renata Okafor-Hale",
                "said in an interview",
                "",
            )
        ],
        [("Forty-one minutes", "", "", "")],
        [
            (
                "Loretta Sims-Barlow, 71, said she waited 41 minutes for an ambulance after her husband collapsed in their barn near Dry Fork in March 2026.",
                "Loretta Sims-Barlow",
                "said",
                "",
            )
        ],
        [("He survived.", "", "", "")],
        [("“I held his head and watched the road,” she said.", "Loretta Sims-Barlow", "said", "")],
        [
            (
                "The nearest ambulance that night was 38 miles away on a hospital transfer, according to Meridian's call log, which Gateway Current obtained through a records request.",
                "Meridian's call log",
                "according to",
                "W",
            )
        ],
        [
            (
                "Presiding Commissioner Wade Albrecht-Lutz said the county began reviewing the contract in August, after the audit team shared its early findings.",
                "Wade Albrecht-Lutz",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the commission would ask Meridian for a corrective plan and “look hard at every option, including a new provider.”",
                "Wade Albrecht-Lutz",
                "said",
                "",
            )
        ],
        [
            (
                "In a statement, Meridian said it had been short of 14 paramedics since 2025 and that staffing was “improving every month.”",
                "Meridian Ambulance Services LLC",
                "said",
                "W",
            )
        ],
        [
            (
                "The company said 96% of urgent calls in Pellston met the standard in September.",
                "The company",
                "said",
                "W",
            )
        ],
        [
            (
                "Meridian's chief executive, Garrett Osterhaus, did not respond to a request for comment.",
                "Garrett Osterhaus",
                "did not respond to a request for comment",
                "",
            )
        ],
        [
            (
                "Gateway Current is a nonprofit newsroom, and this investigation is free to read because readers chip in.",
                "",
                "",
                "B",
            ),
            (
                "If our reporting on rural health matters to you, become a member today.",
                "",
                "",
                "B",
            ),
            (
                "Every gift made before Dec. 31 will be matched, up to $25,000, by the Ozark Civic Fund.",
                "",
                "",
                "B",
            ),
        ],
        [("Give now", "", "", "B")],
        [("TIMELINE", "", "", "B")],
        [
            (
                "July 2024 — Castellan County signs a five-year, $19.4 million ambulance contract with Meridian.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "March 2026 — About 120 residents pack a commission meeting in Pellston to complain about rural response times.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "February 2027 — The State Auditor's office opens its review at the request of two county commissioners.",
                "",
                "",
                "W",
            )
        ],
        [("Oct. 12, 2027 — The audit is published.", "", "", "W")],
        [
            (
                "The County Commission will take up the audit at its regular meeting Oct. 21 at 7 p.m.",
                "",
                "",
                "W",
            ),
            ("Residents may speak for up to three minutes each.", "", "", "W"),
        ],
        [
            (
                "Correction: An earlier version of this story misstated the length of Meridian's contract.",
                "",
                "",
                "B",
            ),
            ("It runs for five years.", "", "", "B"),
        ],
        [("Republish this story", "", "", "B")],
        [
            (
                "You are free to republish this article online or in print under a Creative Commons license, as long as you credit Gateway Current and do not change its meaning.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Dana Whitlock-Reyes covers rural health and emergency services for Gateway Current.",
                "",
                "",
                "B",
            ),
            (
                "She grew up on a cattle farm in the Bootheel and joined the newsroom in 2023.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Have a tip about emergency care in your county?", "", "", "B"),
            ("Write to tips@gatewaycurrent.org.", "", "", "B"),
        ],
        [
            ("© 2027 Gateway Current.", "", "", "B"),
            (
                "Gateway Current is a 501(c)(3) nonprofit; donations are tax-deductible to the extent allowed by law.",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 2. United Kingdom: national newspaper website, desktop paste with the cookie wall on top, an ICO cookie fine
    [
        [("We care about your privacy", "", "", "B")],
        [
            (
                "We and our 187 partners store and access information on your device, such as cookies, to show you personalised adverts, measure how our pages perform and improve our products.",
                "",
                "",
                "B",
            ),
            (
                "Some partners rely on legitimate interest rather than your consent; you can object to this in the settings.",
                "",
                "",
                "B",
            ),
            (
                "You can change or withdraw your choices at any time from the Privacy link at the foot of every page.",
                "",
                "",
                "B",
            ),
        ],
        [("Accept all   Reject all   Manage preferences", "", "", "B")],
        [("THE PENNANT", "", "", "B")],
        [("News  Politics  Business  Money  Technology  Sport  Culture  Opinion", "", "", "B")],
        [("Technology", "", "", "B")],
        [
            (
                "Recipe website owner fined £1.85m for setting advertising cookies before visitors could say no",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Information watchdog says trackers loaded before consent on 94% of the visits it tested",
                "The Information Commissioner's Office",
                "says",
                "W",
            )
        ],
        [("Priya Chaudhary-Wells Technology correspondent", "", "", "B")],
        [("Tue 9 Mar 2027 14.32 GMT", "", "", "B")],
        [("Share", "", "", "B")],
        [
            (
                "The site's cookie banner offered a single button marked ‘OK’, the regulator found.",
                "the regulator",
                "found",
                "W",
            )
        ],
        [("Photograph: Information Commissioner's Office", "", "", "B")],
        [
            (
                "The owner of one of Britain's most visited recipe websites has been fined £1.85m for placing advertising cookies on visitors' devices before they had a chance to refuse them.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Information Commissioner's Office (ICO) said Hearthside Media Ltd, which runs the Hearthside Kitchen site, breached the Privacy and Electronic Communications Regulations (PECR) on millions of visits between March 2025 and June 2026.",
                "The Information Commissioner's Office",
                "said",
                "W",
            )
        ],
        [
            (
                "Its investigators loaded the site 4,000 times from fresh browsers and found that advertising and analytics cookies were set before any choice was made on 94% of visits, the ICO said.",
                "The Information Commissioner's Office",
                "said",
                "W",
            )
        ],
        [("WHAT THE BANNER SAID", "", "", "")],
        [
            (
                "Visitors were shown a banner reading “We use cookies to give you the best experience. By using this site you agree.” with a single button marked “OK”, according to the penalty notice.",
                "the penalty notice",
                "according to",
                "W",
            )
        ],
        [("There was no button to refuse.", "", "", "W")],
        [
            (
                "A “Manage settings” link led to a second page listing 312 partners, each with its switch already turned on, the notice said.",
                "the notice",
                "said",
                "W",
            )
        ],
        [
            (
                "Stephen Achterberg-Moss, the ICO's director of online tracking, said: “Cookie banners are not decoration.",
                "Stephen Achterberg-Moss",
                "said",
                "",
            ),
            (
                "If a site makes saying no harder than saying yes, it is not asking for consent, it is taking it.”",
                "Stephen Achterberg-Moss",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the regulator had written to the operators of the 200 most-visited UK websites in January 2026, warning them to put a “Reject all” button on the first screen.",
                "Stephen Achterberg-Moss",
                "said",
                "W",
            )
        ],
        [
            (
                "Hearthside, which says it has 12.6 million visitors a month, changed its banner in July 2026.",
                "Hearthside Media Ltd",
                "says",
                "W",
            )
        ],
        [
            (
                "In a statement, the company said it would appeal to the First-tier Tribunal and called the fine “wholly out of proportion for a banner design used by thousands of sites”.",
                "the company",
                "said",
                "",
            )
        ],
        [
            (
                "It said it had never sold visitors' personal data.",
                "Hearthside Media Ltd",
                "said",
                "W",
            )
        ],
        [
            (
                "The maximum penalty under PECR is now £17.5m or 4% of a company's worldwide turnover, whichever is higher.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The ICO has issued 11 cookie-related fines since 2024, the largest of them £2.6m, according to the ICO's enforcement register.",
                "the ICO's enforcement register",
                "according to",
                "W",
            )
        ],
        [
            (
                "Hearthside Media's latest accounts at Companies House show a turnover of £23.4m for 2025 and a pre-tax profit of £2.1m.",
                "Hearthside Media's latest accounts at Companies House",
                "show",
                "W",
            )
        ],
        [("Campaigners welcomed the fine.", "Campaigners", "welcomed", "")],
        [
            (
                "Marisa Oyelaran-Finch, of the digital rights group Open Browser, called it “a shot across the bows for the whole of publishing”.",
                "Marisa Oyelaran-Finch",
                "called",
                "",
            ),
            (
                "She said the group had sent the ICO complaints about 61 other sites since 2025.",
                "Marisa Oyelaran-Finch",
                "said",
                "W",
            ),
        ],
        [("What should I do about cookies I have already accepted?", "", "", "")],
        [
            (
                "Most sites let you withdraw consent through a privacy or cookie link at the foot of the page, and you can clear stored cookies in your browser's settings.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The ICO says withdrawing consent must be as easy as giving it.",
                "The Information Commissioner's Office",
                "says",
                "W",
            )
        ],
        [
            ("This article was amended on 10 March 2027.", "", "", "B"),
            (
                "An earlier version said Hearthside had paid the fine; it has 28 days to pay or appeal.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up to Byte Sized", "", "", "B"),
            (
                "Our free weekly email on the technology in your pocket, your home and your office lands every Thursday morning.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Priya Chaudhary-Wells is the Pennant's technology correspondent.", "", "", "B"),
            ("She has written about data protection and online safety since 2019.", "", "", "B"),
        ],
        [
            ("Comments on this piece close at 9pm.", "", "", "B"),
            (
                "Stay on topic and read our community standards first; abusive or off-topic replies will be taken down.",
                "",
                "",
                "B",
            ),
        ],
        [("More from Technology", "", "", "B")],
        [("Banks told to refund app fraud victims within five days under new code", "", "", "B")],
        [
            ("© 2027 Pennant News & Media Ltd.", "", "", "B"),
            ("Registered in England and Wales, No. 04418273.", "", "", "B"),
        ],
    ],
    # 3. Ireland: regional weekly's website, phone paste, a council rezoning vote with a roll call
    [
        [("☰  THE ORMOND BEACON  🔍", "", "", "B")],
        [("Subscribe  Sign in", "", "", "B")],
        [
            ("You have two free articles left this month.", "", "", "B"),
            (
                "Subscribe for €1.99 a week and the full digital edition of the Beacon is yours every Wednesday night.",
                "",
                "",
                "B",
            ),
        ],
        [("News › Local Politics", "", "", "B")],
        [
            (
                "Councillors vote 19-16 to rezone Ballinacrag lands for 300 homes against planners' advice",
                "",
                "",
                "W",
            )
        ],
        [("Liam Ó Ceallaigh-Brennan", "", "", "B")],
        [("Thursday, 14 October 2027 at 6:40 PM", "", "", "B")],
        [("Share on Facebook · Share on X · Share by email", "", "", "B")],
        [
            (
                "The lands at Cloonagh Road on the eastern edge of Ballinacrag, seen from the Borrisokane road in September.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Beacon Pictures", "", "", "B")],
        [
            (
                "Tipperary County Council voted by 19 votes to 16 on Monday to rezone 21.4 hectares of farmland at Cloonagh Road, Ballinacrag, for housing, overturning the advice of its own planners.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The motion, tabled by Cllr Declan Fahy-Moran (FF), varies the county development plan to allow about 300 homes on land zoned for agriculture.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The council's chief executive, Gráinne Mac Suibhne, had recommended against the change in a written report, warning that the site could not be connected to the town's wastewater plant until 2031 at the earliest.",
                "Gráinne Mac Suibhne",
                "warning",
                "W",
            )
        ],
        [
            (
                "Uisce Éireann told the council in June that the Ballinacrag plant was running at 97% of its capacity.",
                "Uisce Éireann",
                "told the council",
                "W",
            )
        ],
        [
            (
                "Ballinacrag's population grew by 3.1% between the 2016 and 2022 censuses, to 2,418, according to the Central Statistics Office.",
                "the Central Statistics Office",
                "according to",
                "W",
            )
        ],
        [
            (
                "Cllr Fahy-Moran said the town had “waited 20 years for somebody to build anything”.",
                "Declan Fahy-Moran",
                "said",
                "",
            )
        ],
        [
            (
                "“Young couples from Ballinacrag are renting in Thurles and driving back every evening to mind their parents,” he said.",
                "Declan Fahy-Moran",
                "said",
                "",
            )
        ],
        [
            (
                "“We are zoning land that cannot be flushed.” – Cllr Siobhán Ní Bhriain",
                "Siobhán Ní Bhriain",
                "–",
                "",
            )
        ],
        [
            (
                "Cllr Siobhán Ní Bhriain (SF), who voted against, said the council was “zoning land that cannot be flushed” and predicted that the Office of the Planning Regulator would step in.",
                "Siobhán Ní Bhriain",
                "said",
                "",
            )
        ],
        [
            (
                "Fine Gael's Cllr Orla Brennan-Tuite, the only member of her party to vote against, said she could not “vote for houses and against the sewers they need”.",
                "Orla Brennan-Tuite",
                "said",
                "",
            )
        ],
        [("HOW THEY VOTED", "", "", "")],
        [
            (
                "For (19): all eight Fianna Fáil members, six of the seven Fine Gael members, four Independents and Labour's Cllr Tomás Kirwan-Daly",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Against (16): Sinn Féin (5), the Green Party (2), the Social Democrats (1), Cllr Orla Brennan-Tuite (FG) and seven Independents",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Absent (5): Cllrs Pádraig Ó Dubhghaill, Noreen Cusack-Walsh, Eamon Tierney, Jer Madigan and Lorraine Purcell-Hayes",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The variation will go on public display for four weeks from October 25, the council's planning department said.",
                "the council's planning department",
                "said",
                "W",
            )
        ],
        [
            (
                "The Office of the Planning Regulator then has four weeks to recommend that the Minister for Housing overturn it, according to the department.",
                "the department",
                "according to",
                "W",
            )
        ],
        [
            ("Councillors must then confirm the variation at a second vote.", "", "", "W"),
            ("That vote is expected in January.", "", "", ""),
        ],
        [
            (
                "A spokesperson for the regulator said it would “examine the variation carefully” and declined to comment further.",
                "A spokesperson for the regulator",
                "said",
                "",
            )
        ],
        [
            (
                "The landowner, Cloonagh Farms Ltd, has not lodged a planning application.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Its director, Michael Tuohy-Griffin, told the Beacon the company would “sit down with the council and Uisce Éireann before a single plan is drawn”.",
                "Michael Tuohy-Griffin",
                "told the Beacon",
                "",
            )
        ],
        [("The vote took 11 minutes.", "", "", "W")],
        [("The Beacon asked all 40 councillors for comment; 11 replied.", "", "", "W")],
        [
            (
                "About 40 residents watched from the public gallery in Nenagh, and several walked out before the result was read.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Neighbour Kathleen Moloney-Ryan, whose farm adjoins the site, said she had “nothing against houses, only against the smell”.",
                "Kathleen Moloney-Ryan",
                "said",
                "",
            )
        ],
        [("Have your say", "", "", "B")],
        [
            ("Comments are moderated and may take up to an hour to appear.", "", "", "B"),
            (
                "Keep it local, keep it civil and use the name you'd sign a letter with: we remove personal attacks and anything that could identify a child.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Ormond Beacon is a member of the Press Council of Ireland and follows its Code of Practice.",
                "",
                "",
                "B",
            ),
            (
                "If you think we have got something wrong, email corrections@ormondbeacon.ie and an editor will reply within five working days.",
                "",
                "",
                "B",
            ),
        ],
        [("Advertise with us · Death notices · E-paper · Contact", "", "", "B")],
        [("© Ormond Beacon Newspapers Ltd 2027", "", "", "B")],
    ],
    # 4. Kenya: news site, phone paste, a county assembly vetting vote with the list of approved members
    [
        [("☰  THE RIFT COURIER  Subscribe", "", "", "B")],
        [
            ("Go Premium: every story, the e-paper and no adverts for Sh299 a month.", "", "", "B"),
            ("Stop whenever you like.", "", "", "B"),
        ],
        [("COUNTIES", "", "", "B")],
        [
            (
                "Nakuru MCAs approve nine county executive nominees, reject Health pick over degree certificate",
                "",
                "",
                "W",
            )
        ],
        [("By VICTOR KIPRONO-WAWERU", "", "", "B")],
        [("Published on: 21 Jul 2027 - 18:42", "", "", "B")],
        [("4 min read", "", "", "B")],
        [
            (
                "Members of the Nakuru County Assembly during the vote on the vetting report on Tuesday.",
                "",
                "",
                "",
            )
        ],
        [("PHOTO | VICTOR KIPRONO-WAWERU | RIFT COURIER", "", "", "B")],
        [
            (
                "NAKURU, Kenya, Jul 21 – The Nakuru County Assembly on Tuesday approved nine of Governor Esther Chepkoech-Maina's 10 nominees to the county executive committee but rejected her pick for Health, whose master's degree certificate could not be verified.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The House voted 41-9 to adopt the report of the Committee on Appointments, which vetted the nominees over four days last week.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Committee chairperson Wesley Kimutai-Serem told the House that the university named on the certificate of the Health nominee, Dr Collins Otieno-Ndege, had written back saying it had no record of him graduating.",
                "Wesley Kimutai-Serem",
                "told the House",
                "W",
            )
        ],
        [("‘NO RECORD OF HIM’", "", "", "")],
        [
            ("“We wrote to the university on July 9.", "Wesley Kimutai-Serem", "said", "W"),
            (
                "The registrar answered in two days, and the answer was no record.",
                "Wesley Kimutai-Serem",
                "said",
                "W",
            ),
            (
                "This House cannot approve a doctor it cannot find in any register,” Mr Kimutai-Serem said.",
                "Wesley Kimutai-Serem",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Otieno-Ndege did not respond to calls and text messages from the Rift Courier.",
                "Collins Otieno-Ndege",
                "did not respond to calls and text messages",
                "",
            )
        ],
        [
            (
                "He had served as the county's acting chief officer for health since March.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In a statement, Governor Chepkoech-Maina said she respected the House's decision and would name a new nominee “within the time the law allows”.",
                "Esther Chepkoech-Maina",
                "said",
                "",
            )
        ],
        [
            (
                "Under the assembly's standing orders, a governor must submit a new name within 14 days of a rejection.",
                "",
                "",
                "W",
            )
        ],
        [("The approved members of the county executive committee are:", "", "", "")],
        [("Finance and Economic Planning – Grace Wambui Njoroge-Keter", "", "", "W")],
        [("Agriculture, Livestock and Fisheries – Samuel Kiplagat Rono", "", "", "W")],
        [("Water, Environment and Natural Resources – Purity Nyambura Gachie", "", "", "W")],
        [("Infrastructure and Public Works – Eng. Peter Odhiambo-Langat", "", "", "W")],
        [("Education and Vocational Training – Mercy Chebet Tonui", "", "", "W")],
        [("Trade, Tourism and Cooperatives – Abdi Hassan Gedi", "", "", "W")],
        [("Lands and Urban Planning – Lucy Wairimu Kamau-Sang", "", "", "W")],
        [("Youth, Sports and Gender – Dennis Kipchumba Mutai", "", "", "W")],
        [("Public Service and ICT – Ann Moraa Nyakundi", "", "", "W")],
        [
            (
                "Each executive member will earn a gross salary of Sh204,000 a month, according to the Salaries and Remuneration Commission's current schedule.",
                "the Salaries and Remuneration Commission's current schedule",
                "according to",
                "W",
            )
        ],
        [
            (
                "Minority leader Caroline Jepkosgei-Rotich said the vetting had been “a rubber stamp for nine out of ten”.",
                "Caroline Jepkosgei-Rotich",
                "said",
                "",
            )
        ],
        [
            (
                "“We asked the Finance nominee about pending bills and she told us she would ‘look into it’,” she said.",
                "Caroline Jepkosgei-Rotich",
                "said",
                "",
            )
        ],
        [
            (
                "The county's pending bills stood at Sh1.4 billion at the end of June, according to the Controller of Budget's latest report.",
                "the Controller of Budget's latest report",
                "according to",
                "W",
            )
        ],
        [
            (
                "County secretary Jane Wanjiru Macharia said the nine would be sworn in on Friday at 10am at the county headquarters.",
                "Jane Wanjiru Macharia",
                "said",
                "W",
            )
        ],
        [("SPONSORED", "", "", "B")],
        [("Five ways farmers in the Rift are cutting fertiliser costs this season", "", "", "B")],
        [("Get county news first: join the Rift Courier channel on WhatsApp.", "", "", "B")],
        [("Reader comments", "", "", "B")],
        [
            (
                "We welcome debate, but comments that are abusive, tribal or sexist, or that spread hate, will be deleted and repeat offenders blocked.",
                "",
                "",
                "B",
            ),
            ("Comments do not represent the views of The Rift Courier.", "", "", "B"),
        ],
        [
            ("© 2027 Rift Courier Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 5. Ghana: news site, desktop paste, a musician's death with a life-in-brief box and funeral arrangements
    [
        [("NKABOM NEWS", "", "", "B")],
        [
            (
                "Home  News  Politics  Business  Entertainment  Sports  Obituaries  Opinion  Videos",
                "",
                "",
                "B",
            )
        ],
        [("Entertainment", "", "", "B")],
        [
            (
                "Highlife great Kwesi Amissah-Quaye dies at 86; burial set for Saltpond on September 18",
                "",
                "",
                "W",
            )
        ],
        [("By Efua Boakye-Ansah", "", "", "B")],
        [("Tuesday, 17 August 2027 | 10:22 GMT", "", "", "B")],
        [("Kwesi Amissah-Quaye on stage at the National Theatre, Accra, in 2016.", "", "", "")],
        [("File photo", "", "", "B")],
        [
            (
                "Highlife guitarist and bandleader Kwesi Amissah-Quaye, whose 1972 hit “Mpoano Nkwa” sold more than 200,000 copies across West Africa, has died at the age of 86, his family announced on Monday.",
                "his family",
                "announced",
                "W",
            )
        ],
        [
            (
                "He died at the Korle Bu Teaching Hospital in Accra on Saturday, August 14, after a short illness, the family said in a statement signed by its head, Opanyin Kojo Essel-Mensah.",
                "the family",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "Amissah-Quaye led the Saltpond Harmonies for 41 years and recorded 23 albums, according to the Musicians Union of Ghana (MUSIGA).",
                "the Musicians Union of Ghana",
                "according to",
                "W",
            )
        ],
        [
            (
                "MUSIGA president Abena Owusu-Darkwah said the union would hold a tribute concert at the National Theatre on Friday, September 10, at 7pm.",
                "Abena Owusu-Darkwah",
                "said",
                "W",
            )
        ],
        [
            (
                "“He taught three generations of us how to make a guitar sing like a fisherman's wife at dawn,” she said.",
                "Abena Owusu-Darkwah",
                "said",
                "",
            )
        ],
        [
            (
                "A book of condolence will be opened at the union's offices in Accra on Wednesday, August 18, from 9am, she said.",
                "Abena Owusu-Darkwah",
                "said",
                "W",
            )
        ],
        [
            (
                "His last public performance was at the Fetu Afahye festival in Cape Coast in September 2025, the union said.",
                "the union",
                "said",
                "W",
            )
        ],
        [
            (
                "The Minister for Tourism, Arts and Culture, Hon. Yaw Asante-Boadu, described him as “a national treasure” and said the state would support the funeral.",
                "Yaw Asante-Boadu",
                "described",
                "",
            )
        ],
        [("LIFE IN BRIEF", "", "", "B")],
        [("Born: 3 March 1941, Saltpond, Central Region", "", "", "W")],
        [("1958: Joins the Cape Coast Sunrise Band as a rhythm guitarist", "", "", "W")],
        [("1965: Forms the Saltpond Harmonies", "", "", "W")],
        [("1972: Releases “Mpoano Nkwa”", "", "", "W")],
        [("2006: Retires from touring after a farewell concert in Kumasi", "", "", "W")],
        [
            (
                "Survived by: his wife, Maame Adwoa Amissah-Quaye, eight children and 19 grandchildren",
                "",
                "",
                "W",
            )
        ],
        [("Funeral arrangements", "", "", "")],
        [
            (
                "Wake-keeping: Friday, 17 September 2027, from 8pm, family house, Saltpond",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Burial service: Saturday, 18 September 2027, 9am, Ebenezer Methodist Church, Saltpond",
                "",
                "",
                "W",
            )
        ],
        [("Thanksgiving service: Sunday, 19 September 2027, 10am, same venue", "", "", "W")],
        [
            (
                "Chief mourners: Opanyin Kojo Essel-Mensah (Abusuapanyin) and Maame Adwoa Amissah-Quaye (widow)",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The family has asked mourners to give to the Saltpond Harmonies Music School, which Amissah-Quaye founded in 2009, instead of buying funeral cloth.",
                "The family",
                "has asked",
                "",
            )
        ],
        [
            (
                "Ekua Kwegyir-Sam, 64, who sang with the band from 1979 to 1990, said he paid every musician on the night of a show, “even when the promoter had not paid him”.",
                "Ekua Kwegyir-Sam",
                "said",
                "",
            )
        ],
        [
            (
                "“He would go home with nothing in his pocket and a smile on his face,” she said.",
                "Ekua Kwegyir-Sam",
                "said",
                "",
            )
        ],
        [("Saltpond was quiet on Monday.", "", "", "")],
        [
            (
                "Radio stations in Cape Coast played his songs through the afternoon, and fishermen at the beach tied black cloth to their canoes.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Disclaimer: Opinions expressed in comments and columns on Nkabom News belong to their authors and do not represent the views of Nkabom News or its editors.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Got a story, a press release or event photos?", "", "", "B"),
            ("Send them to newsroom@nkabomnews.com.gh or WhatsApp 024 456 1903.", "", "", "B"),
        ],
        [("Comments (14)", "", "", "B")],
        [
            (
                "Please keep it respectful: insults, tribal remarks and party propaganda will be removed without notice.",
                "",
                "",
                "B",
            )
        ],
        [("Related", "", "", "B")],
        [("Saltpond Harmonies' drummer honoured at Cape Coast arts awards", "", "", "B")],
        [
            ("Copyright © 2027 Nkabom Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 6. India: gadgets news site, desktop paste, a phone launch with an affiliate note, a price widget and a specs table
    [
        [("TechTarang", "", "", "B")],
        [("Mobiles  Laptops  Reviews  Deals  How To  Tech News  Hindi", "", "", "B")],
        [("Home / Mobiles / News", "", "", "B")],
        [
            (
                "Kaveri Vega 5G launched in India at Rs. 18,999 with 5,500mAh battery; first sale on October 5",
                "",
                "",
                "W",
            )
        ],
        [("Written by Aditya Raghavan-Iyer | Edited by Sneha Kulkarni-Bose", "", "", "B")],
        [("Updated: September 28, 2027 16:05 IST", "", "", "B")],
        [
            ("TechTarang is supported by its readers.", "", "", "B"),
            (
                "When you buy through links on our site we may earn an affiliate commission, and that never decides what we recommend.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Bengaluru-based Kaveri Mobility Pvt. Ltd. on Tuesday launched the Vega 5G, its first phone priced under Rs. 20,000 with a 120Hz AMOLED display.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The phone costs Rs. 18,999 for the model with 8GB of RAM and 128GB of storage and Rs. 20,999 for the 256GB model.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "It goes on sale on October 5 at 12 noon on the company's website and on ShopKart, the company said.",
                "the company",
                "said",
                "W",
            )
        ],
        [
            (
                "Buyers paying with Sahyadri Bank credit cards get an instant discount of Rs. 1,500 till October 12.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The phone comes in three colours: Peacock Teal, Saffron Dusk and Graphite.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Kaveri's co-founder and CEO, Rohan Deshpande-Nair, said the phone was assembled at the company's plant in Noida, Uttar Pradesh, which can make 1.2 lakh units a month.",
                "Rohan Deshpande-Nair",
                "said",
                "W",
            )
        ],
        [
            (
                "“Seventy per cent of the parts by value are now sourced in India, up from 41% on our last phone,” he said.",
                "Rohan Deshpande-Nair",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the company aimed to sell 10 lakh Vega phones in the first year.",
                "Rohan Deshpande-Nair",
                "said",
                "",
            )
        ],
        [
            (
                "Kaveri had a 2.1% share of India's smartphone shipments in the April-June quarter, according to the market tracker Ceres Insights.",
                "Ceres Insights",
                "according to",
                "W",
            )
        ],
        [("That put it ninth, behind eight foreign brands.", "", "", "W")],
        [("Best price today", "", "", "B")],
        [("Kaveri Vega 5G (8GB/128GB): Rs. 18,999 at ShopKart  Buy now", "", "", "B")],
        [("KAVERI VEGA 5G: SPECIFICATIONS AT A GLANCE", "", "", "B")],
        [("Feature | Detail", "", "", "B")],
        [("Display | 6.7-inch full-HD+ AMOLED, 120Hz", "", "", "")],
        [("Processor | Octa-core 4nm chipset", "", "", "")],
        [("Battery | 5,500mAh, 45W charging", "", "", "")],
        [("Rear cameras | 50MP main + 8MP ultra-wide", "", "", "")],
        [("Software | Android 17, three OS updates", "", "", "")],
        [("Source: Kaveri Mobility", "", "", "B")],
        [("First impressions", "", "", "")],
        [("We used the Vega 5G for two days before the launch.", "", "", "")],
        [
            (
                "The screen is bright enough to read in Chennai's afternoon sun, and the phone stayed cool through an hour of gaming.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The 8MP ultra-wide camera is the weak spot: photos taken indoors came out soft and noisy.",
                "",
                "",
                "",
            )
        ],
        [("TechTarang rating: 3.5/5", "", "", "")],
        [("Pros: bright 120Hz screen, big battery, clean software", "", "", "")],
        [("Cons: weak ultra-wide camera, slow charging for the price", "", "", "")],
        [
            (
                "Disclaimer: Prices and bank offers are set by sellers and can change without notice, so check the retailer's page before you buy.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Follow TechTarang on WhatsApp and Google News for every launch as it happens.",
                "",
                "",
                "B",
            )
        ],
        [("Also read", "", "", "B")],
        [("Best phones under Rs. 20,000 in India right now: our picks for October", "", "", "B")],
        [("About the author", "", "", "B")],
        [
            (
                "Aditya Raghavan-Iyer has reviewed smartphones for TechTarang since 2021.",
                "",
                "",
                "B",
            ),
            ("He is based in Bengaluru.", "", "", "B"),
        ],
        [
            ("© 2027 Tarang Digital Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 7. Philippines: news site, phone paste, a typhoon with wind-signal lines and class suspensions
    [
        [("ARCHIPELAGO COURIER  ☰", "", "", "B")],
        [("LIVE: Watch our round-the-clock weather coverage on ACourier TV", "", "", "B")],
        [("NEWS", "", "", "B")],
        [
            (
                "Signal No. 4 up over Catanduanes as Typhoon Bagwis nears; classes suspended in 5 Bicol provinces",
                "",
                "",
                "W",
            )
        ],
        [("By Maricel Dumlao-Santos", "", "", "B")],
        [("Published October 20, 2027 7:15 AM · Updated 9:40 AM", "", "", "B")],
        [
            (
                "Residents of Virac, Catanduanes, tie down their roofs on Tuesday afternoon.",
                "",
                "",
                "",
            )
        ],
        [("Photo courtesy of Virac MDRRMO", "", "", "B")],
        [
            (
                "MANILA, Philippines — State weather bureau PAGASA raised Tropical Cyclone Wind Signal No. 4 over Catanduanes at 5 a.m. Wednesday as Typhoon Bagwis strengthened, with maximum sustained winds of 185 kilometers per hour near its center.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Bagwis was 190 kilometers east of Virac at 4 a.m., moving west at 20 km/h, according to PAGASA's 5 a.m. bulletin.",
                "PAGASA's 5 a.m. bulletin",
                "according to",
                "W",
            )
        ],
        [
            (
                "It could make landfall over Catanduanes late Wednesday or early Thursday, PAGASA weather specialist Lorenzo Abalos-Ferrer said in a briefing.",
                "Lorenzo Abalos-Ferrer",
                "said in a briefing",
                "",
            )
        ],
        [
            (
                "Bagwis is the 14th tropical cyclone to enter the Philippine Area of Responsibility this year, PAGASA said.",
                "PAGASA",
                "said",
                "W",
            )
        ],
        [
            (
                "Storm surges of up to 3 meters are possible along the coasts of Catanduanes and Camarines Sur.",
                "",
                "",
                "",
            )
        ],
        [("As of 5 a.m., these wind signals were in effect:", "", "", "")],
        [("Signal No. 4: Catanduanes", "", "", "W")],
        [
            (
                "Signal No. 3: the eastern portion of Camarines Sur (Caramoan, Presentacion, Garchitorena) and the northern portion of Albay (Bacacay, Malinao, Tiwi)",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Signal No. 2: Camarines Norte, the rest of Camarines Sur, the rest of Albay and Sorsogon",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Signal No. 1: Masbate, Quezon, Marinduque and the northern portion of Samar",
                "",
                "",
                "W",
            )
        ],
        [("READ: What each wind signal means and what to do before it is raised", "", "", "B")],
        [("NO CLASSES", "", "", "")],
        [
            (
                "Classes are suspended on Wednesday, Oct. 20, in the following areas, according to announcements by local governments:",
                "announcements by local governments",
                "according to",
                "W",
            )
        ],
        [("Albay – all levels, public and private", "", "", "W")],
        [("Camarines Norte – preschool to Grade 12, public and private", "", "", "W")],
        [("Camarines Sur – all levels, public and private", "", "", "W")],
        [
            (
                "Catanduanes – all levels, public and private; work in government offices also suspended",
                "",
                "",
                "W",
            )
        ],
        [("Sorsogon – preschool to senior high school, public schools only", "", "", "W")],
        [
            (
                "The Department of Education (DepEd) said 1,870 schools in Bicol were being used as evacuation centers.",
                "The Department of Education",
                "said",
                "W",
            )
        ],
        [
            (
                "The National Disaster Risk Reduction and Management Council said 12,486 families, or about 46,300 people, had moved to 214 evacuation centers in Bicol by 6 a.m.",
                "The National Disaster Risk Reduction and Management Council",
                "said",
                "W",
            ),
            (
                "Another 3,100 families were staying with relatives, it said.",
                "The National Disaster Risk Reduction and Management Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Albay Gov. Ricardo Llanes-Buenaflor said the province had ordered the preemptive evacuation of 2,400 families in 11 coastal barangays.",
                "Ricardo Llanes-Buenaflor",
                "said",
                "W",
            )
        ],
        [
            (
                "“We would rather bring them home tomorrow than rescue them tonight,” he said.",
                "Ricardo Llanes-Buenaflor",
                "said",
                "",
            )
        ],
        [
            (
                "The Philippine Coast Guard suspended sea trips from the ports of Tabaco and Matnog, stranding 1,320 passengers, it said in an advisory.",
                "The Philippine Coast Guard",
                "said in an advisory",
                "W",
            )
        ],
        [
            (
                "In Virac, Josefina Tabuena-Reyes, 58, said she had carried the stock of her sari-sari store to the parish hall.",
                "Josefina Tabuena-Reyes",
                "said",
                "",
            )
        ],
        [
            (
                "“In 2020 we lost everything in two hours,” she said.",
                "Josefina Tabuena-Reyes",
                "said",
                "",
            )
        ],
        [
            (
                "The Catanduanes Island Power Cooperative switched off supply across the province at 7 a.m. as a precaution, it said.",
                "The Catanduanes Island Power Cooperative",
                "said",
                "W",
            )
        ],
        [("HELP BICOL", "", "", "B")],
        [
            (
                "Courier Cares Foundation is accepting cash donations for families displaced by Bagwis.",
                "",
                "",
                "B",
            ),
            (
                "Deposit to Courier Cares Foundation Inc., Account No. 0091-2283-41, Banco Maharlika, or send through the Courier Cares e-wallet at 0917 555 0142.",
                "",
                "",
                "B",
            ),
        ],
        [("WATCH: Fishermen in Pandan pull their boats ashore ahead of Bagwis", "", "", "B")],
        [("For the latest updates, follow ACourier on Facebook, X and TikTok.", "", "", "B")],
        [
            ("© 2027 Archipelago Courier Media Corp.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 8. Fiji: daily newspaper's website, desktop paste, the letters page with its policy, signatures and an editor's note
    [
        [("THE SUVA SENTINEL", "", "", "B")],
        [
            (
                "News  Business  Sports  Opinion  Letters  Entertainment  Classifieds  E-Edition",
                "",
                "",
                "B",
            )
        ],
        [("Opinion › Letters to the Editor", "", "", "B")],
        [("Letters to the Editor: Saturday, 24 July 2027", "", "", "B")],
        [
            (
                "Letters should be no longer than 250 words and must carry the writer's full name, postal address and a daytime phone number, which we will not publish.",
                "",
                "",
                "B",
            ),
            (
                "The Editor may shorten or decline any letter, and pen names are not accepted.",
                "",
                "",
                "B",
            ),
            ("Email letters@suvasentinel.com.fj.", "", "", "B"),
        ],
        [("Kings Rd potholes", "", "", "")],
        [
            ("I drive the Kings Rd between Nausori and Korovou every weekday.", "", "", ""),
            (
                "Since the rains in May I have counted 42 potholes on a 10-kilometre stretch past Baulevu, and I have lost two tyres.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The Fiji Roads Authority told this newspaper in March that the road would be resealed by June.",
                "The Fiji Roads Authority",
                "told this newspaper",
                "W",
            ),
            ("It is now late July.", "", "", ""),
            ("Who pays for my tyres?", "", "", ""),
        ],
        [("Ronesh Chand, Nausori", "", "", "B")],
        [
            (
                "Editor's note: The Fiji Roads Authority says resealing of the Baulevu stretch will start on 2 August and take six weeks.",
                "The Fiji Roads Authority",
                "says",
                "W",
            )
        ],
        [("Sevens joy", "", "", "")],
        [
            (
                "Vinaka vakalevu to our men's sevens team for a season that lifted the whole country.",
                "",
                "",
                "",
            ),
            (
                "Ten tournament wins in one season is a record for the team, and they did it with six players under 21.",
                "",
                "",
                "W",
            ),
        ],
        [("Toso Viti!", "", "", "")],
        [("Ratu Josefa Vosabeci-Naivalu, Tavua", "", "", "B")],
        [
            (
                "Editor's note: We received 37 letters on the sevens season this week and regret that we can print only one.",
                "",
                "",
                "B",
            )
        ],
        [("Water cuts in Nasinu", "", "", "")],
        [
            (
                "For the third week running, homes in our street in Nadera have had water only between 10pm and 4am.",
                "",
                "",
                "",
            ),
            (
                "According to the Water Authority of Fiji's own notice, the Waila treatment plant is running at 70 per cent of capacity while a pump is repaired.",
                "the Water Authority of Fiji's own notice",
                "according to",
                "W",
            ),
            ("Surely a pump can be fixed in less than a month?", "", "", ""),
        ],
        [("Mereseini Tuilau-Nakarawa, Nadera", "", "", "B")],
        [("Bus fares", "", "", "")],
        [
            (
                "The bus fare from Lautoka to Ba rose by 40 cents on 1 July, the third increase in two years.",
                "",
                "",
                "W",
            ),
            ("In 2025 it was $2.10; today it is $2.90.", "", "", "W"),
            ("Pensioners like me cannot keep up.", "", "", ""),
            (
                "Perhaps the Land Transport Authority could tell us what the operators did with the last increase.",
                "",
                "",
                "",
            ),
        ],
        [("Sashi Kumar Prasad, Lautoka", "", "", "B")],
        [("Thank you, nurses", "", "", "")],
        [
            ("My mother spent nine days in a medical ward at CWM Hospital in June.", "", "", ""),
            ("The nurses were short-staffed and never once short-tempered.", "", "", ""),
        ],
        [("Vinaka.", "", "", "")],
        [("Litia Rokobulou-Seru, Tamavua", "", "", "B")],
        [
            (
                "Letters published here are the views of their writers and not of The Suva Sentinel.",
                "",
                "",
                "B",
            )
        ],
        [("Comments are closed for this page.", "", "", "B")],
        [("Also in Opinion", "", "", "B")],
        [("EDITORIAL: Roads money must reach the roads", "", "", "B")],
        [
            ("Print subscribers can read every letter in the E-Edition from 5am.", "", "", "B"),
            ("Subscribe from $6.50 a week.", "", "", "B"),
        ],
        [("© 2027 Sentinel Publishing (Fiji) Pte Limited", "", "", "B")],
    ],
    # 9. Barbados: daily newspaper's website, desktop paste, the Crop Over calendar beside the paper's own awards advert
    [
        [("BARBADOS DAY STAR", "", "", "B")],
        [
            (
                "Home  Local News  Business  Sport  Entertainment  Features  Opinion  Classifieds",
                "",
                "",
                "B",
            )
        ],
        [("Entertainment", "", "", "B")],
        [
            (
                "Crop Over 2027 calendar out: Grand Kadooment on August 2, Pic-O-De-Crop finals move to Kensington Oval",
                "",
                "",
                "W",
            )
        ],
        [("by Shonette Blackman-Alleyne", "", "", "B")],
        [("May 27, 2027 5:48 PM", "", "", "B")],
        [
            (
                "Revellers on the Spring Garden Highway during last year's Grand Kadooment.",
                "",
                "",
                "",
            )
        ],
        [("(FILE PHOTO)", "", "", "B")],
        [
            (
                "The National Cultural Foundation (NCF) has released the calendar for Crop Over 2027, which opens with the Ceremonial Delivery of the Last Canes on Saturday, June 26, and ends with Grand Kadooment on Monday, August 2.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "NCF chief executive officer Dr. Rosalind Greaves-Holder said the Pic-O-De-Crop calypso finals would move from the East Coast Road to Kensington Oval this year to fit a bigger crowd.",
                "Rosalind Greaves-Holder",
                "said",
                "W",
            )
        ],
        [
            (
                "“Last year we turned away nearly 2,000 people at the gate.",
                "Rosalind Greaves-Holder",
                "said",
                "W",
            ),
            (
                "That cannot happen again,” she said at the launch at Queen's Park on Wednesday.",
                "Rosalind Greaves-Holder",
                "said",
                "",
            ),
        ],
        [("KEY DATES", "", "", "B")],
        [
            (
                "Ceremonial Delivery of the Last Canes: Saturday, June 26, 4 p.m., Queen's Park",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Pic-O-De-Crop semi-finals: Saturday, July 17, 8 p.m., Kensington Oval, $40",
                "",
                "",
                "W",
            )
        ],
        [("Pic-O-De-Crop finals: Friday, July 30, 8 p.m., Kensington Oval, $60", "", "", "W")],
        [
            (
                "Foreday Morning Jam: Sunday, August 1, from 2 a.m., Mahogany Lane to Spring Garden",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Grand Kadooment: Monday, August 2, bands leave the National Stadium from 9 a.m.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Tickets for the two Oval shows go on sale on June 1 at the NCF's office and online, the foundation said.",
                "the foundation",
                "said",
                "W",
            )
        ],
        [
            (
                "Fourteen bands have registered for Grand Kadooment, two fewer than in 2026, according to the NCF.",
                "The National Cultural Foundation",
                "according to",
                "W",
            ),
            ("Registration closes on June 18.", "", "", "W"),
        ],
        [
            (
                "The Kadooment route will again end on the Spring Garden Highway, the NCF said.",
                "The National Cultural Foundation",
                "said",
                "W",
            )
        ],
        [
            (
                "Vendors' permits for Grand Kadooment will cost $250, up from $200 last year, according to the NCF's vendor guidelines.",
                "the NCF's vendor guidelines",
                "according to",
                "W",
            )
        ],
        [
            (
                "Minister of Culture Hon. Jerome Small-Griffith said the Government would spend $4.6 million on the festival, $600,000 more than in 2026.",
                "Jerome Small-Griffith",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the festival had brought 31,400 visitors to the island last summer, according to figures from the Barbados Statistical Service.",
                "Jerome Small-Griffith",
                "said",
                "W",
            )
        ],
        [
            (
                "“Crop Over is not a party we throw for ourselves; it is an export,” he said.",
                "Jerome Small-Griffith",
                "said",
                "",
            )
        ],
        [
            (
                "Mas band leader Trevor Phillips-Inniss said costumes for his band, Flambeau Mas, would cost between $480 and $1,100 this year, mainly because freight for feathers and beads had gone up.",
                "Trevor Phillips-Inniss",
                "said",
                "W",
            )
        ],
        [
            (
                "Food vendor Patricia Skeete-Boyce, who sells fish cakes along the highway every Kadooment, said the higher permit fee was “fair if they fix the toilets”.",
                "Patricia Skeete-Boyce",
                "said",
                "",
            )
        ],
        [
            (
                "“Last year I walked to Bay Street to find a bathroom,” she said.",
                "Patricia Skeete-Boyce",
                "said",
                "",
            )
        ],
        [
            (
                "The Royal Barbados Police Force said about 600 officers would be on duty on Kadooment Day.",
                "The Royal Barbados Police Force",
                "said",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            ("You're invited to the Day Star Business Awards 2027.", "", "", "B"),
            (
                "Join the island's top entrepreneurs for an evening of awards and networking on Thursday, September 9, at the Carlisle Bay Grand Hotel.",
                "",
                "",
                "B",
            ),
            ("Tickets are $175 per person or $1,600 for a table of 10.", "", "", "B"),
            ("Call 430-5520 or email events@daystar.bb to book.", "", "", "B"),
        ],
        [("Sponsored", "", "", "B")],
        [("How one St. James family turned a rum shop into a 40-room hotel", "", "", "B")],
        [("More in Entertainment", "", "", "B")],
        [("Soca artistes say radio playlists shut out new names", "", "", "B")],
        [
            ("Comments are the opinions of the people who post them.", "", "", "B"),
            (
                "The Day Star does not check them before they appear but will remove anything libellous, obscene or abusive once it is reported.",
                "",
                "",
                "B",
            ),
        ],
        [("© Day Star Publications Inc. 2027", "", "", "B")],
    ],
    # 10. United Arab Emirates: English daily's website, desktop paste, monthly fuel prices as list lines
    [
        [("EMIRATES LEDGER", "", "", "B")],
        [("UAE  World  Business  Sport  Lifestyle  Tech  Opinion  Jobs", "", "", "B")],
        [
            (
                "Prayer times (Dubai): Fajr 4:21  Dhuhr 12:28  Asr 3:52  Maghrib 7:11  Isha 8:33",
                "",
                "",
                "B",
            )
        ],
        [("Gold 24K: Dh412.50/g  |  USD/AED 3.6725  |  Brent $78.14", "", "", "B")],
        [("UAE › Transport", "", "", "B")],
        [
            (
                "UAE petrol prices for August 2027 cut by up to 11 fils a litre; diesel goes up",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Filling a mid-size car's tank with Special 95 will cost about Dh6 less than in July",
                "",
                "",
                "W",
            )
        ],
        [("By Hessa Al Blooshi", "", "", "B")],
        [("Published: Sat 31 Jul 2027, 4:05 PM", "", "", "B")],
        [
            (
                "This article was translated from our Arabic edition with the help of an AI tool and checked by an editor.",
                "",
                "",
                "B",
            )
        ],
        [("Follow the latest news on our WhatsApp channel.", "", "", "B")],
        [
            (
                "Petrol prices in the UAE will fall by up to 11 fils a litre from Sunday, August 1, the UAE Fuel Price Committee announced on Saturday.",
                "the UAE Fuel Price Committee",
                "announced",
                "W",
            )
        ],
        [("The new prices per litre are:", "", "", "")],
        [("Super 98 petrol: Dh2.61, down from Dh2.72 in July", "", "", "W")],
        [("Special 95 petrol: Dh2.50, down from Dh2.60", "", "", "W")],
        [("E-Plus 91 petrol: Dh2.42, down from Dh2.53", "", "", "W")],
        [("Diesel: Dh2.78, up from Dh2.71", "", "", "W")],
        [("Effective: 12am, Sunday, August 1", "", "", "W")],
        [
            (
                "The committee said the changes followed the average global oil price in July.",
                "The committee",
                "said",
                "W",
            )
        ],
        [
            (
                "Prices have been set each month in line with global rates since August 2015, when the UAE removed fuel subsidies.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "At the new rate, filling the 62-litre tank of a mid-size sedan with Special 95 will cost Dh155, or Dh6.20 less than in July.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Dubai's Roads and Transport Authority said the taxi flag-down fare would stay at Dh5 in August.",
                "Dubai's Roads and Transport Authority",
                "said",
                "W",
            )
        ],
        [
            (
                "Diesel has gone up in three of the past four months, according to the committee's monthly announcements.",
                "the committee's monthly announcements",
                "according to",
                "W",
            )
        ],
        [
            (
                "Ahmed Rashid Al Hammadi, a delivery rider in Al Quoz, said the cut would save him “about one lunch a week”.",
                "Ahmed Rashid Al Hammadi",
                "said",
                "",
            )
        ],
        [
            (
                "“Diesel going up is bad news for my cousin, he drives a water tanker,” he said.",
                "Ahmed Rashid Al Hammadi",
                "said",
                "",
            )
        ],
        [
            (
                "Mohammed Irfan Qureshi, a taxi driver in Sharjah, said he pays for his own fuel and spends about Dh160 a day on it.",
                "Mohammed Irfan Qureshi",
                "said",
                "",
            )
        ],
        [
            (
                "Logistics firms pay more when diesel rises, said Priyanka Menon-Sharif, an analyst at Dubai-based Falcon Ridge Advisory, who expected some of them to pass the cost on to customers in September.",
                "Priyanka Menon-Sharif",
                "said",
                "",
            )
        ],
        [("Also read", "", "", "B")],
        [("Abu Dhabi opens 2,000 new parking bays in Khalifa City", "", "", "B")],
        [("PARTNER CONTENT", "", "", "B")],
        [("Why Dubai residents are switching to electric cars in 2027", "", "", "B")],
        [("How are prices set?", "", "", "")],
        [
            (
                "The committee, which is chaired by the Ministry of Energy and Infrastructure, compares the average price of crude in the previous month with global benchmarks and adds distribution costs, it says.",
                "the UAE Fuel Price Committee",
                "says",
                "W",
            )
        ],
        [
            (
                "Prices are announced on the last day of each month and take effect at midnight.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Disclaimer: Fuel prices are set by the UAE Fuel Price Committee; the figures in this article are for information only and may be rounded at the pump.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Your comment will appear once our moderators have approved it.", "", "", "B"),
            (
                "Please do not post comments that insult a religion, a nationality or any person, in line with UAE law.",
                "",
                "",
                "B",
            ),
        ],
        [("About the writer", "", "", "B")],
        [
            ("Hessa Al Blooshi covers transport and energy for the Emirates Ledger.", "", "", "B"),
            ("She joined the paper in 2022 from its Arabic desk.", "", "", "B"),
        ],
        [
            ("© 2027 Emirates Ledger Publishing LLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 11. Canada: local news site in a browser's reader mode, a First Nation's boil-water advisory lifted after nine years
    [
        [("sunsetcountrydispatch.ca", "", "", "B")],
        [
            (
                "Wabikon Lake First Nation lifts boil-water advisory after almost nine years",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Community's new $24.8-million treatment plant passed its final tests on Sept. 30, Ottawa says",
                "Indigenous Services Canada",
                "says",
                "W",
            )
        ],
        [("Jordan Keewatin-Lavallee · Local Journalism Initiative Reporter", "", "", "B")],
        [("6–7 minutes", "", "", "B")],
        [("Ce texte est aussi offert en français.", "", "", "B")],
        [
            (
                "UPDATE — Oct. 14, 2027, 4:10 p.m. CT: This story has been updated with comment from Indigenous Services Canada.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Residents of Wabikon Lake First Nation, about 90 kilometres northeast of Kenora, Ont., can drink water from their taps for the first time since January 2019.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Chief Marlene Kakegamik-Sutherland lifted the boil-water advisory on Tuesday morning, 3,185 days after it was issued, she said.",
                "Marlene Kakegamik-Sutherland",
                "said",
                "W",
            )
        ],
        [
            (
                "She said she drank the first glass of tap water at the band office at 9:15 a.m.",
                "Marlene Kakegamik-Sutherland",
                "said",
                "",
            ),
            ("Her council clapped.", "", "", ""),
        ],
        [
            (
                "“Our kids in Grade 3 have never seen their parents drink from the tap,” she said.",
                "Marlene Kakegamik-Sutherland",
                "said",
                "",
            )
        ],
        [
            (
                "“We did not get here because somebody in Ottawa woke up one morning and felt sorry for us.",
                "Marlene Kakegamik-Sutherland",
                "said",
                "",
            ),
            (
                "We got here because our people would not stop asking.”",
                "Marlene Kakegamik-Sutherland",
                "said",
                "",
            ),
        ],
        [
            (
                "The community of about 640 people has been served by a new $24.8-million water treatment plant since the summer.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Wabikon Lake can be reached by road only from January to March, on a winter road, and by float plane for the rest of the year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Indigenous Services Canada (ISC) said the plant passed its final tests on Sept. 30.",
                "Indigenous Services Canada",
                "said",
                "W",
            )
        ],
        [
            (
                "In a statement sent after publication, ISC said it had paid $22.1 million of the cost and the First Nation $2.7 million from a land-claim settlement fund.",
                "Indigenous Services Canada",
                "said",
                "W",
            )
        ],
        [
            (
                "The old plant, built in 1996, drew water from a shallow bay that was fouled by runoff from the road and the dump, according to a 2020 engineering report commissioned by the band.",
                "a 2020 engineering report commissioned by the band",
                "according to",
                "W",
            )
        ],
        [
            (
                "There were 27 long-term drinking water advisories in effect on First Nations reserves across Canada as of Oct. 1, according to the department's website.",
                "the department's website",
                "according to",
                "W",
            )
        ],
        [("NINE YEARS ON BOTTLED WATER", "", "", "")],
        [
            (
                "Jan. 22, 2019: Boil-water advisory issued after E. coli is found in the community's water.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "2021: Band council and ISC agree to build a new plant instead of repairing the old one.",
                "",
                "",
                "W",
            )
        ],
        [("June 2024: Construction begins.", "", "", "W")],
        [("Aug. 2026: The plant starts running in test mode.", "", "", "W")],
        [("Oct. 12, 2027: Advisory lifted.", "", "", "W")],
        [
            (
                "Water operator Dale Mackinaw-Fobister, who trained for two years in Thunder Bay, said he tests chlorine levels four times a day.",
                "Dale Mackinaw-Fobister",
                "said",
                "W",
            )
        ],
        [
            (
                "“I check it more than I check my phone,” he said.",
                "Dale Mackinaw-Fobister",
                "said",
                "",
            )
        ],
        [("Not everyone is ready to trust it.", "", "", "")],
        [
            (
                "Elder Rose Keesick-Morriseau, 79, said she would keep drinking bottled water “for a while yet”.",
                "Rose Keesick-Morriseau",
                "said",
                "",
            )
        ],
        [
            (
                "“Nine years is a long time to be told your water will make you sick,” she said.",
                "Rose Keesick-Morriseau",
                "said",
                "",
            )
        ],
        [
            (
                "The band council said it would hold a feast at the community hall on Saturday at noon to mark the day.",
                "The band council",
                "said",
                "W",
            )
        ],
        [
            (
                "Funding for this reporting position comes in part from the Government of Canada's Local Journalism Initiative.",
                "",
                "",
                "B",
            ),
            ("The Dispatch alone decides what it covers and how.", "", "", "B"),
        ],
        [
            (
                "Jordan Keewatin-Lavallee reports on Indigenous communities in northwestern Ontario from Kenora.",
                "",
                "",
                "B",
            ),
            ("He can be reached at jordan@sunsetcountrydispatch.ca.", "", "", "B"),
        ],
        [
            (
                "We want our comment section to be a place where neighbours can disagree without contempt.",
                "",
                "",
                "B",
            ),
            (
                "Comments are reviewed before they appear, and we do not publish those that attack a person, a culture or a faith.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Spotted an error?", "", "", "B"),
            (
                "Tell us at editor@sunsetcountrydispatch.ca and we will fix it and say so.",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 12. Australia: regional newspaper's website, phone paste, a rural counselling service cut back after its grant ends
    [
        [("☰  MACQUARIE VALLEY ADVOCATE", "", "", "B")],
        [
            ("Subscribe: $1 a week for your first 12 weeks, then $4.50 a week.", "", "", "B"),
            (
                "Subscribers get the full digital edition, puzzles and our Valley Update email every morning.",
                "",
                "",
                "B",
            ),
        ],
        [("Local News", "", "", "B")],
        [
            (
                "Farm counselling service cut to three days a week as $1.8m grant runs out",
                "",
                "",
                "W",
            )
        ],
        [("Bridget O'Halloran-Tait", "", "", "B")],
        [("Updated July 14 2027 - 5:32pm, first published 11:00am", "", "", "B")],
        [("Key points:", "", "", "B")],
        [
            (
                "The Orana Rural Counselling Service has cut its hours from five days a week to three after its federal grant ended on June 30.",
                "",
                "",
                "W",
            )
        ],
        [("212 farmers and family members are on its waiting list.", "", "", "W")],
        [
            (
                "The Federal Government says a new funding round will open in September.",
                "The Federal Government",
                "says",
                "W",
            )
        ],
        [
            (
                "Counsellor Janelle Wirth-Murray at the service's office on Talbragar Street, Dubbo.",
                "",
                "",
                "",
            )
        ],
        [("Picture by Bridget O'Halloran-Tait", "", "", "B")],
        [
            (
                "A counselling service that has helped farming families through drought, floods and mouse plagues since 2009 has cut its hours because its main funding has run out.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Orana Rural Counselling Service, based in Dubbo, will open only on Tuesdays, Wednesdays and Thursdays from this week, manager Heath Rennick-Doyle said.",
                "Heath Rennick-Doyle",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the service's three-year, $1.8 million federal grant ended on June 30 and had not been renewed.",
                "Heath Rennick-Doyle",
                "said",
                "W",
            )
        ],
        [
            (
                "The service took 3,412 calls in 2026-27, up from 2,150 two years earlier, according to the service's annual report.",
                "the service's annual report",
                "according to",
                "W",
            )
        ],
        [("Its waiting list stood at 212 people on Tuesday.", "", "", "W")],
        [("The service has four counsellors.", "", "", "W")],
        [
            (
                "“The phones don't stop ringing because the money stopped,” Mr Rennick-Doyle said.",
                "Heath Rennick-Doyle",
                "said",
                "",
            )
        ],
        [
            (
                "“We had a farmer from Gilgandra ring on a Monday in July and we couldn't call him back until the Wednesday.",
                "Heath Rennick-Doyle",
                "said",
                "",
            ),
            ("That's two nights.”", "Heath Rennick-Doyle", "said", ""),
        ],
        [
            (
                "A spokeswoman for federal Agriculture Minister Tom Kirkwood-Hale said a new $40 million national round of the Farm Resilience Counselling Program would open for applications in September.",
                "A spokeswoman for federal Agriculture Minister Tom Kirkwood-Hale",
                "said",
                "W",
            )
        ],
        [
            (
                "She said existing services would be “well placed” to apply.",
                "A spokeswoman for federal Agriculture Minister Tom Kirkwood-Hale",
                "said",
                "",
            )
        ],
        [
            (
                "Dubbo Regional Council voted on Monday night to give the service $25,000 from its community grants fund, Cr Amanda Tibbett-Lowe said.",
                "Amanda Tibbett-Lowe",
                "said",
                "W",
            )
        ],
        [
            (
                "“It buys them a few weeks, not a future,” she said.",
                "Amanda Tibbett-Lowe",
                "said",
                "",
            )
        ],
        [
            (
                "Counsellor Janelle Wirth-Murray said most callers rang first about money and only later about how they were coping.",
                "Janelle Wirth-Murray",
                "said",
                "",
            )
        ],
        [("‘You don't ring until you're desperate’", "", "", "")],
        [
            (
                "Narromine sheep farmer Angus Walcott-Burke, 54, said he first called the service in 2019, the year he sold 1,400 ewes in the drought.",
                "Angus Walcott-Burke",
                "said",
                "",
            )
        ],
        [
            (
                "“Out here, you don't ring anyone until you're desperate,” he said.",
                "Angus Walcott-Burke",
                "said",
                "",
            )
        ],
        [("“When you finally do, somebody has to pick up.”", "Angus Walcott-Burke", "said", "")],
        [
            (
                "NSW Health data shows the suicide rate in the Western NSW Local Health District was 18.9 per 100,000 people in 2025, against 11.2 for the state as a whole.",
                "NSW Health data",
                "shows",
                "W",
            )
        ],
        [
            (
                "The service's board will meet on August 3 to decide whether to cut a counsellor's position, Mr Rennick-Doyle said.",
                "Heath Rennick-Doyle",
                "said",
                "W",
            )
        ],
        [
            ("If this story has raised issues for you, help is there at any hour.", "", "", "B"),
            ("Call Lifeline, or the Rural Farmer Support Line on 1800 472 190.", "", "", "B"),
        ],
        [("Comments", "", "", "B")],
        [
            ("We've switched comments off on this story.", "", "", "B"),
            ("Our community guidelines explain why we sometimes do.", "", "", "B"),
        ],
        [
            (
                "The Advocate acknowledges the Wiradjuri people, the traditional custodians of the land on which we work, and pays respect to Elders past and present.",
                "",
                "",
                "B",
            )
        ],
        [("More local news", "", "", "B")],
        [("Mitchell Highway roadworks to close a lane near Narromine for six weeks", "", "", "B")],
        [("© 2027 Macquarie Valley Advocate Pty Ltd", "", "", "B")],
    ],
]

CASES = [
    (
        "n169-us-mo-dateline",
        "CARVERTON, Mo. — The county clerk certified the recount on Friday. The margin was 14 votes.",
        [
            "CARVERTON, Mo. — The county clerk certified the recount on Friday.",
            "The margin was 14 votes.",
        ],
    ),
    (
        "n169-us-am-ends",
        "The hearing was set for 9 a.m. Lawyers for both sides asked for more time.",
        ["The hearing was set for 9 a.m.", "Lawyers for both sides asked for more time."],
    ),
    (
        "n169-us-email-ends",
        "Send questions to the desk at news@prairiewire.org. We read every message.",
        ["Send questions to the desk at news@prairiewire.org.", "We read every message."],
    ),
    (
        "n169-us-dec-mid",
        "Gifts made before Dec. 31 are matched by a local foundation. The match is capped at $10,000.",
        [
            "Gifts made before Dec. 31 are matched by a local foundation.",
            "The match is capped at $10,000.",
        ],
    ),
    (
        "n169-uk-banner-quote-mid",
        "The pop-up read “We value your privacy. Click OK to continue.” and offered nothing else, the tribunal heard.",
        [
            "The pop-up read “We value your privacy. Click OK to continue.” and offered nothing else, the tribunal heard."
        ],
    ),
    (
        "n169-uk-no-register",
        "The firm is registered in Scotland, No. SC418802. Its accounts are three months overdue.",
        [
            "The firm is registered in Scotland, No. SC418802.",
            "Its accounts are three months overdue.",
        ],
    ),
    (
        "n169-uk-question-attrib",
        "“Why should I have to click six times to say no?” asked one reader. The regulator agreed with her.",
        [
            "“Why should I have to click six times to say no?” asked one reader.",
            "The regulator agreed with her.",
        ],
    ),
    (
        "n169-ie-cllr-title",
        "Cllr. Niamh Ó Riada-Kent proposed the motion. It was seconded by Cllr Joe Barry-Hehir.",
        [
            "Cllr. Niamh Ó Riada-Kent proposed the motion.",
            "It was seconded by Cllr Joe Barry-Hehir.",
        ],
    ),
    (
        "n169-ie-pull-quote-dash",
        "“Build the pipes first, then the houses.” – Cllr Eileen Madden-Roche",
        ["“Build the pipes first, then the houses.” – Cllr Eileen Madden-Roche"],
    ),
    (
        "n169-ie-roll-call-brackets",
        "Against (12): Sinn Féin (4), Labour (2) and six Independents. The motion fell.",
        ["Against (12): Sinn Féin (4), Labour (2) and six Independents.", "The motion fell."],
    ),
    (
        "n169-ke-eng-dr-titles",
        "Eng. Peter Wafula-Kuria will head Roads. Dr. Zeinab Hussein-Were takes Health.",
        ["Eng. Peter Wafula-Kuria will head Roads.", "Dr. Zeinab Hussein-Were takes Health."],
    ),
    (
        "n169-ke-sh-decimal",
        "Pending bills rose to Sh1.4 billion. Contractors say they have not been paid since 2025.",
        [
            "Pending bills rose to Sh1.4 billion.",
            "Contractors say they have not been paid since 2025.",
        ],
    ),
    (
        "n169-ke-semicolon-list",
        "The nominees are: Finance, Jane Achieng-Obura; Health, Omar Farah Abdi; Lands, Ruth Chelimo-Kiprop.",
        [
            "The nominees are: Finance, Jane Achieng-Obura; Health, Omar Farah Abdi; Lands, Ruth Chelimo-Kiprop."
        ],
    ),
    (
        "n169-gh-born-died",
        "Born: 9 May 1938, Winneba. Died: 2 August 2027, Accra.",
        ["Born: 9 May 1938, Winneba.", "Died: 2 August 2027, Accra."],
    ),
    (
        "n169-gh-pm-no-stops",
        "The vigil starts at 7pm. Mourners are asked to wear black and red.",
        ["The vigil starts at 7pm.", "Mourners are asked to wear black and red."],
    ),
    (
        "n169-in-rs-mid",
        "The base model costs Rs. 12,499 and the 256GB version Rs. 14,999. Both ship next week.",
        [
            "The base model costs Rs. 12,499 and the 256GB version Rs. 14,999.",
            "Both ship next week.",
        ],
    ),
    (
        "n169-in-pvt-ltd-ends",
        "The phones are assembled by Deccan Circuits Pvt. Ltd. The firm employs 3,200 people in Hosur.",
        [
            "The phones are assembled by Deccan Circuits Pvt. Ltd.",
            "The firm employs 3,200 people in Hosur.",
        ],
    ),
    (
        "n169-in-ie-mid",
        "The sale is online only, i.e. there will be no stock in shops until November.",
        ["The sale is online only, i.e. there will be no stock in shops until November."],
    ),
    (
        "n169-ph-signal-no",
        "Signal No. 2 was lowered over Sorsogon at 11 a.m. Signal No. 1 remains in force.",
        ["Signal No. 2 was lowered over Sorsogon at 11 a.m.", "Signal No. 1 remains in force."],
    ),
    (
        "n169-ph-inc-mid",
        "Donations go to Bayanihan Relief Inc., which has 40 volunteers in Legazpi. Receipts are issued on request.",
        [
            "Donations go to Bayanihan Relief Inc., which has 40 volunteers in Legazpi.",
            "Receipts are issued on request.",
        ],
    ),
    (
        "n169-fj-exclamation",
        "Vinaka vakalevu! The boys did the whole country proud.",
        ["Vinaka vakalevu!", "The boys did the whole country proud."],
    ),
    (
        "n169-fj-rd-mid",
        "The stretch of Queens Rd. near Sigatoka was closed for three hours. Police sent traffic inland.",
        [
            "The stretch of Queens Rd. near Sigatoka was closed for three hours.",
            "Police sent traffic inland.",
        ],
    ),
    (
        "n169-bb-st-mid-pm-am",
        "The fete moves to St. James this year. Gates open at 8 p.m. and close at 2 a.m.",
        ["The fete moves to St. James this year.", "Gates open at 8 p.m. and close at 2 a.m."],
    ),
    (
        "n169-bb-inc-ends",
        "The awards are organised by Coral Stone Events Inc. Tickets are $150 each.",
        ["The awards are organised by Coral Stone Events Inc.", "Tickets are $150 each."],
    ),
    (
        "n169-ae-dh-decimal",
        "Super 98 will cost Dh2.61 a litre. That is 11 fils less than in July.",
        ["Super 98 will cost Dh2.61 a litre.", "That is 11 fils less than in July."],
    ),
    (
        "n169-ae-llc-ends",
        "The stations are run by Sand Dune Fuel Trading LLC. It has 68 of them in the northern emirates.",
        [
            "The stations are run by Sand Dune Fuel Trading LLC.",
            "It has 68 of them in the northern emirates.",
        ],
    ),
    (
        "n169-ca-ont-mid",
        "The plant near Dryden, Ont., cost $18 million. It opened in May.",
        ["The plant near Dryden, Ont., cost $18 million.", "It opened in May."],
    ),
    (
        "n169-ca-ecoli-colon",
        "Jan. 9, 2020: E. coli found in samples from two homes. Advisory issued the same day.",
        ["Jan. 9, 2020: E. coli found in samples from two homes.", "Advisory issued the same day."],
    ),
    (
        "n169-ca-ellipsis-lower",
        "“We waited, and waited… and then we stopped asking,” she said. Her son nodded.",
        ["“We waited, and waited… and then we stopped asking,” she said.", "Her son nodded."],
    ),
    (
        "n169-au-initials-pty-ltd",
        "The review by Dr J. R. McAllister-Keane was paid for by Outback Care Pty Ltd. It runs to 212 pages.",
        [
            "The review by Dr J. R. McAllister-Keane was paid for by Outback Care Pty Ltd.",
            "It runs to 212 pages.",
        ],
    ),
]
