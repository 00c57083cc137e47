"""Twenty-eighth set of new hand-labelled pages for the hint engines (tuning set): twelve page types.

Written from scratch for issue 13 in round sixteen, before any rule was tuned on them and without
looking at the engine's code or output (neither `claimreview/` nor the scorer's results were opened,
and no test, scorer or engine was run; only an import of this file was tried, to check its
structure): every person, place, organisation, outlet, company, product, union and number is
invented (a few countries, US states, Nigerian states and big real cities appear only as places and
datelines, currencies, units, a disease and its vaccine, a dog breed and generic institutions such
as "the Union Cabinet", "the Dáil", "the Department for Transport", "Trading Standards", "the House
Committee on Petroleum Resources" or "the national weather service" only as settings, and social
networks only in share strips), and no surname, town or outlet of any file under `tests/` is reused
(each was checked with grep over the whole `tests/` tree; first names recur). Each page is a WHOLE
page, head to tail, as a new user pastes it as plain text after selecting all in a browser, so every
furniture line is a paragraph of its own. The twelve pages are everyday beats from outlets of every
size: a US regional TV station's website story on a factory closure (video player text, a "Watch:"
line, an autoplay notice, a weather widget, the station's app prompt); a business site's quarterly
earnings story (results against an invented data provider's consensus, raised guidance, a premarket
share move, analysts' notes); a farm and commodity site's story on a wheat crop estimate (tonnes,
hectares, cents a bushel, prices per tonne, an agriculture ministry's monthly report); a
higher-education trade publication's story on tuition rises (regents, a campus spokesperson, a
faculty and staff union, a tuition table); an Irish regional paper's story on an island ferry
dispute (councillors with party tags, a TD, a Minister of State, the operator's statement); an
Indian English-language portal's story on a metro rail extension (crore and lakh figures, Shri and
Smt. titles, ministry officials, an invented wire credit); a Nigerian news site's story on petrol
prices (naira per litre, Engr., Alhaji, Comrade, Dr. and Hon. titles, a regulator's statement); an
obituary-news story on a long-serving county clerk (career facts and tributes from five people); a
transport desk's story on a rail strike (union and operator statements, a strike-day timetable
list); a crime-and-courts roundup (five short cases on one page, each with its own mini-headline); a
health page on a measles outbreak (case counts by county, a county health officer, an exposure box,
a vaccine advice box); and a consumer-affairs story on a product recall (model numbers, batch codes,
the recall notice quoted, "Consumers should ..."). The three things they stress are (1) furniture
of every kind worded afresh, at the head, in the middle and at the tail (skip links, weather strips,
live strips, "Now Playing", running times, "Autoplay is on." with its countdown and "Cancel", "Up
next" cards, weather widgets with forecast and tabs, tip lines, app prompts, ticker strips and
chips, listen lines, "Here is how ... did" lines, at-a-glance boxes, data-delay and not-advice
lines, indicative-prices notes, metered-paywall counters, tuition tables, careers strips, share
strips, newsletter and WhatsApp prompts, "Read More" and "Most Read" lists, press-code and publisher
lines, trending strips, breadcrumbs, written-by and edited-by lines, "Follow Us" strips, "ALSO READ"
lines, key-facts boxes, a bare wire tag, wire-feed disclaimers, tags, "Spread the word:", comment
forms, funeral and memorial-gift lines, obituary newsletters, timetable lists, ticket and
check-before-you-travel lines, comment counts, compiled-from lines, "* * *" separators,
presumption-of-innocence and names-as-given notes, case tables, exposure boxes with helplines,
advice boxes, clinic listings, numbered how-to-check steps and recall lines); (2) who is speaking
(titles and honorifics before names: "Mayor", "Regent", "Cllr" with "(Ind)" and "(FF)", "Fellow
councillor", "Deputy ... TD", "Shri", "Smt.", "Union Minister of State for ...", "Engr.", "Alhaji",
"Comrade", "Dr.", "Hon.", "Judge", "Prosecutor", "Defending, solicitor", "State epidemiologist";
names with ages and towns; spokespersons as written ("A company spokeswoman, X", "a Lynmoor
spokesperson", "A spokesperson for the department", "A spokesperson for the governor", "A
Department for Transport spokesperson", "A spokesperson for Trading Standards"); agencies,
documents, data and surveys as sources ("the statement said", "The notice says", "the report said",
"according to the report", "the DPR states", "His firm puts", "A survey by ... found", "A Lectern
analysis ... shows", "A breath test showed", "The recall notice ... reads:", "according to
Quantora", "according to department figures"); "said in a statement", "said in an email", "said on a
call with analysts", "said in a note to clients", "said in its monthly crop report", "told KXRB 12",
"told the Echo", "told PNS", "told Crossriver Dispatch", "told Fairdeal", "told analysts", "told the
court", "told magistrates", "has warned", "announced", "alleged", "added", "confirmed", "called",
"liked to say", "declined to say", "did not say", "did not respond"; quotes continuing over sentences
and paragraphs; pronouns and surnames after a named speaker; institutions named inside quotes that are
not speakers); (3) honest check-worthiness, with many ordinary borderline sentences of both kinds.
`STYLES` names the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new25.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; advertisement labels "B"; captions by content and credits "B";
a video or audio clip of this story labelled like a caption, its running time "B", a card for
another video "B"; standfirsts, deks and subheads labelled like headlines, question and topic
subheads ""; kickers, mastheads, widgets, tickers and share strips "B"; fact-box headings "B" with
their lines by content; tables' titles, header rows and source lines "B", their rows ""; warning
boxes' headings "B", each place-and-time line "W", their helplines "B"; advice boxes and clinic
listings "B"; related lists, "Read more" lines, author bios and contact lines, comment furniture
"B"; reader-service lines and advice to readers "B", advice spoken by a quoted official keeping its
speaker with flags ""; wire credits and disclaimers "B"; funeral arrangements and donation requests
"B"; corrections that state a fact "W"; plans, votes, sentences of record and fixtures "W",
forecasts ""; titles, honorifics, party tags and role words dropped from speakers; a pronoun, a
later surname or a role noun resolved to the full name as first given; "the company", "the
department", "the retailer" and the like kept as written; "declined to say", "did not say" and
"did not respond" labelled like speech with flags ""; what a court, board or agency DID carries no
speaker; a personal account (hours worked, a commute, what a fuel bill now costs) "", an
organisation's or official's checkable history "W").

Conventions this set had to settle, in the same spirit:

* A TV station's story page: "Now Playing", the player's time line ("0:00 / 2:37"), "Autoplay is
  on." and "Next video starts in 8 seconds." (two "B" sentences), "Cancel", "Up next" and the next
  video's title and running time are "B" line by line; the title of this story's video inside the
  player is labelled like a caption ("W" for the closure it states), and so is the "Watch: ..." line
  in the body ("" for workers reacting), its running time "B". The weather widget is "B" line by
  line, its forecast line split at the full stop after "p.m." ("Tonight: Showers likely after 9
  p.m." / "Low 39°."), both "B" though they forecast; "Know something about this story?" with its
  email line, the app prompt, the contributor line and the public-file footer are "B". "according
  to two employees who were there" and "according to a copy posted on the agency's website" keep
  the sources as written; "the statement said" keeps the statement; "The notice says" keeps the
  notice. A union leader's account of concessions his members made is "W" (a checkable past fact),
  his "And this is the thanks we get." ""; "She said Corvexa would consider offering ..." is a vague
  plan, "".
* An earnings story: "Here is how Hexmoor did against what analysts expected, according to a survey
  by Quantora Data:" introduces a list and is "B", like "Here's what you need to know:", even though
  it names a source; the result lines under it ("Earnings per share: 84 cents adjusted vs. 76 cents
  expected") are "W", the consensus figure being of record like the result. "according to Quantora"
  resolves the short form to the provider's full name as first given ("Quantora Data"), as a later
  surname resolves to a person; a consensus figure is "W" because it can be looked up, unlike an
  analyst's own forecast. Raised guidance stated as what the company did ("Hexmoor raised its
  forecast ... to between $3.30 and $3.40 a share, from $3.15 to $3.30") is "W", and so is the
  outlook line in the "at a glance" box (a published figure of record, like the county officials'
  cost estimate in `labelled_new23.py`), while an executive's spoken expectation that costs will
  ease is "" (a forecast). "said on a call with analysts" and "said in a note to clients" are cues
  as written, carried by a quote's next paragraph; the ticker chip, the listen line, the data-delay
  note (two "B" sentences) and the not-advice line are "B"; the correction ("... misstated the
  dividend's payment date." / "It is June 10.") is two "W" sentences.
* A commodity story: the headline "..., ministry says" carries "ministry" with the cue "says", as
  "..., court told" did in `labelled_new24.py`; "said in its monthly crop report" is one cue; the
  ministry's crop estimate is an official figure of record, "W", while "Forecasters at the national
  weather service expect ..." is "". "His firm puts the crop at ..." resolves the role noun to the
  consultancy named in the sentence before ("Agroprisma") with the cue "puts", "W"; what the ministry
  did without a reporting verb ("kept its estimate ..., cut its forecast ...") is "W" without a
  speaker, like what an agency recorded in `labelled_new24.py`. "Traders said the Argentine cut added
  to worries ..." is an interpretation, "", but "..., traders said" after a price paid is "W". A
  farmer's quote split over two sentences carries him in both, the first ("Then it didn't rain for
  five weeks.") "W", the second (a yield he expects) "". The markets ticker, the "Key numbers ..."
  heading (its lines "W"), the indicative-prices note and the bulletin sign-up are "B".
* A trade publication: the metered-paywall counter ("You have 2 free articles left this month.") is
  "B"; "System officials said" is kept as written and "They said" resolves to it; the regents' vote
  with the names of those against names no source, "W"; a regent's stated position ("could have
  supported a rise of no more than 4%") is a stance, "", while the finance chair's figures inside
  her quote are "W"; the union's statement that characterises the decision is ""; "A Lectern
  analysis of state budget records shows" keeps the analysis as written, like "a Courant analysis"
  in `labelled_new20.py`; "A spokesperson for the governor" is kept as written and "the spokesperson
  said" resolves to it. "What happens next" is a topic subhead, "", and the billing date under it
  "W"; the net-price-calculator line is reader service, "B"; the jobs strip and its job line are "B".
* An Irish regional paper: "Cllr X (Ind)" and "Fellow councillor X (FF)" drop the title and the
  party tag; "Deputy X TD" drops both; "Cllr Ó Maoilriain said" resolves to the full name. "In a
  written reply to Deputy Tuathail, seen by the Echo, the Minister of State said" resolves the role
  to the minister named earlier on the page, cue "said" (the opener is scene); "the operator has
  warned" keeps "the operator" with "has warned"; the operator's statement quoted with "the
  statement said" keeps the statement; "The department did not say whether ..." is labelled like
  "declined to say". "Islanders say the 5pm return would leave anyone ... stranded" keeps the group
  with "say" and is "W" (checkable against the timetable); the deck that sets out both sides'
  positions is "". A census figure stated without a reporting verb carries no speaker; "MV" before a
  boat's name never ends a sentence; "9.30am" and "4.15pm" are times, part of their sentence. The
  newsletter and WhatsApp prompts, "Read More" and "Most Read" with their items, "Got a story?" and
  its contact line, the press-code line and the publisher line are "B".
* An Indian portal: "Shri" and "Smt." are dropped like "Mr" and "Mrs", "Union Minister of State for
  ..." and "Leader of the Opposition in ..." like any role; "Briefing reporters in New Delhi, ...
  said" has the cue "said" (the participle opener is scene); the dateline with the wire tag in
  brackets and no dash ("Navrangpur, March 5 (PNS) The Union Cabinet ...") is part of the first
  sentence, while the bare "(PNS)" on its own line at the foot is a wire credit, "B", with the two
  wire-feed disclaimer sentences. "told PNS" is a cue as written; "According to the DPR" and "the DPR
  states" keep the acronym as the page uses it once spelt out; a projection attributed to the project
  report is "W" (the figure can be looked up, as the consensus can), the minister's own expectation
  that traffic will ease "". "Commuters welcomed the decision." carries "Commuters" with "welcomed",
  "". "ALSO READ — ...", "Written by: ... | Edited by: ...", "Follow Us" and its platform strip, the
  "Key facts" heading (its lines "W"), the tags, "First Published" and "Recommended Stories" are "B".
* A Nigerian news site: "A survey by Crossriver Dispatch of 20 filling stations across the city
  found" keeps the paper's own survey as written, "W"; "In a statement on Friday, the ... (PDPA)
  said" drops the acronym, cue "said"; "The statement, signed by ..., Engr. X, said" carries the
  statement (the signatory is not the source, as in `labelled_new24.py`) and the "it said" after it
  resolves to the statement; "The authority said" is kept as written. "The National Chairman of ...
  (IFRAN), Alhaji X, told Crossriver Dispatch" gives X; "Alhaji", "Comrade", "Dr." and "Hon." are
  dropped. A quote of two sentences whose cue comes at the end of the second carries "he said" in
  both; "She added that ..." has the cue "added". The long queues are scene, ""; a motorcyclist's
  own fuel bill is a personal account, "". "Spread the word:" with its platform strip, the WhatsApp
  line, "ALSO READ:", the comments disclaimer, "Leave a Reply", the two form sentences and "Post
  Comment" are "B".
* An obituary-news story: "Her death was confirmed by her son, X, who said ..." carries the son
  with the cue "confirmed", "W". Career facts, elections, the tied count, the records room named
  after her, marriage and survivors are "W"; tributes are "" ("the memory of this county"), also
  the anecdotes inside them (a handwritten index, a note to a beaten opponent), while a tribute by
  an official that states a record (two terms as president of the clerks' association, in 1988 and
  1997) is "W". A former opponent's election result stated by the paper is "W" in a sentence of its
  own, his tribute "" with "called"; "She liked to say" carries her, as in `labelled_new23.py`; "her
  daughter said" resolves to the daughter named in the survivors' sentence; the flags at half-staff
  are what the county will do, "W". The funeral Mass, burial and memorial-gift lines are "B" as in
  `labelled_new9.py`; the obituary newsletter box and "Share your memories ..." are "B".
* A rail strike: "What will run" is a topic subhead, "", and each dated line under it ("Tuesday 10
  March: No trains on the Coast, Valley or Airport lines.", "Thursday 12 March: As Tuesday.") is
  "W", a timetable of record like the schedule section of `labelled_new20.py`; the ticket-validity
  line and "Check before you travel ..." are reader service, "B". A spokesperson's quote running over
  three paragraphs, with the cue in the first, carries "a Lynmoor spokesperson" (as written) and
  "said" in each: "the railway is still losing money" "W", "We are disappointed ..." "", and the
  advice to passengers inside the quote "", not "B". "Operator says ..." in the deck keeps
  "Operator" as written; "Union officials said" is kept as written; the ballot mandate and its end
  date are "W".
* A courts roundup: the headline listing the cases is a teaser, "", and "These cases were dealt with
  at ..." is a compiled-from line, "B", like a police log's; each mini-headline is labelled like a
  headline ("W" for a sentence or a trial date); "* * *" between cases is "B". "Defending, solicitor X
  said" drops both role words (her mitigation ""); "Prosecutor X told the court" keeps "told the
  court", "W"; "Judge X said:" drops "Judge" and keeps the colon in the cue, the remark ""; "The
  court heard" keeps "The court"; "Magistrates said their sentencing powers were not enough and sent
  the case ..." carries "Magistrates", "W"; "X told magistrates she had since repaired the gate" is
  "". A surname resolves only inside its own case. The presumption-of-innocence and names-as-given
  notes, the court tip line, "Most Read" with its numbered items and the registration line are "B".
* A measles page: the dek's "health officials say" keeps the group as written, "W"; "the
  department said" after "the state Department of Health" is kept as written; the case table is a
  table (title, header row and "Source:" line "B", rows ""); the health officer's "one of the most
  contagious diseases we know of" is "", her transmission figure "W", "probably began with ..." ""
  (hedged); the exposure box's heading and helpline are "B", its place-and-time lines "W" (the
  street abbreviation "St." and "a.m." never end them); the epidemiologist's "call ahead" is advice
  spoken by an official, ""; "according to department figures" and "federal figures" keep the data
  as written. The "what parents should know" box is "B" line by line, its efficacy bullet included
  (advice to readers, as in `labelled_new22.py`), and so is the clinic listing.
* A recall story: "The recall notice, published on ..., reads: “...”" carries "The recall notice"
  with the cue "reads:", like "said:", and "W" for the fault it states; the quote runs on into the
  next paragraph (the first left open, as British style does), which carries the notice too, and its
  "Consumers should stop using the product ..." is advice spoken by a quoted source, "". The site's
  own generic advice line ("If you have an affected heater, do not ...") is "B". Model numbers and
  batch codes in the text are part of "W" sentences; the "How to check your heater" box is "B" line
  by line, the numbered steps with model and batch codes and the recall line included. "The
  service said" after "A spokesperson for Trading Standards" and "The retailer said" after
  "Brindlemart" are kept as written; "Fairdeal asked Hearthwell ..." is the site's reporting act,
  "", and "The company said it did not yet have a figure." is labelled like "did not say", "". A
  reader's account of how he found out ("told Fairdeal") is "".

`CASES` holds 20 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US regional TV station's website story on a factory closure (compressor plant, 410 jobs; skip link, weather strip, live strip, video player with Now Playing, running time, autoplay countdown and Cancel, Up next card, Watch: line for this story's video, weather widget, union, mayor, worker with age and town, notice filed with the state, declined to say, contributor line, tip line, station app prompt, related list, public-file footer)",
    "business news site's quarterly earnings story (packaged-foods maker beats forecasts and raises its outlook; ticker strip and chip, listen line, Here is how ... compared line, results against the data provider's consensus, guidance raised, shares up in premarket, CEO and finance chief on the call, analysts' note to clients, at-a-glance box, data-delay note, not-advice line, correction stating a fact)",
    "farm and commodity news site's story on a wheat crop estimate (agriculture ministry's monthly crop report; markets ticker, headline ending in ministry says, tonnes and hectares, export prices per tonne, futures in cents a bushel, farmer quoted over two sentences, consultancy's own estimate, unnamed ministry official, key-numbers box, forecasters expect, next report date, indicative-prices note)",
    "higher-education trade publication's story on tuition rises (regents vote; metered-paywall counter, kicker, regents and campus spokesperson quoted, faculty and staff union's statement and president, student leader, the publication's own analysis of budget records, tuition table with title, header, rows and source, what happens next, net price calculator line, careers strip)",
    "Irish regional paper's story on an island ferry dispute (sailings to be halved; Cllr with party in brackets, Deputy ... TD, Minister of State's written reply, operator's statement quoted as the statement, managing director told the Echo, department spokesperson, islander with age, census figures, MV vessel names, winter timetable times with am and pm, newsletter and WhatsApp prompts, press-code line)",
    "Indian English-language news portal's story on a metro rail extension (Union Cabinet approval; trending strip, breadcrumb, written-by and edited-by line, dateline with a wire tag, crore and lakh figures, Shri and Smt. titles, Union Minister of State, managing director told the wire, unnamed ministry official, DPR as a source, opposition leader alleged, ALSO READ line, key-facts box, wire-feed disclaimer, tags)",
    "Nigerian news site's story on petrol pump prices (naira per litre; the paper's own survey of filling stations, regulator's statement signed by an Engr., it said, Alhaji, Comrade, Dr. and Hon. titles, a quote of two sentences, industry sources, did not respond, motorcyclist with age, Spread the word line, WhatsApp prompt, comment form lines)",
    "US local paper's obituary-news story on a long-serving county clerk (career facts, election tie recounted, tributes from her successor, the commission chair, a former opponent, the state elections director and her daughter, survivors, funeral and donations lines, obituary newsletter box, Share your memories line)",
    "UK regional paper's transport desk story on a rail strike (drivers' union and operator statements, spokesperson quoted over two paragraphs, Department for Transport spokesperson, chamber of commerce figure, strike-day timetable list with dates, refund and check-before-you-travel lines, ballot mandate, comments count, related topics)",
    "UK regional paper's crime-and-courts roundup (five short cases on one page, each with its own mini-headline; compiled-from line, ages and addresses, breath test showed, Defending, solicitor X said, prosecutor told the court, Judge X said:, the court heard, told magistrates, remand and trial date, separators, presumption-of-innocence note, court-story tip line)",
    "US regional paper's health page on a measles outbreak (case counts by county in a table with title, header, rows and source line, county health officer and state epidemiologist quoted, exposure-sites warning box with its helpline, unvaccinated students excluded, parent quoted, federal figures, vaccine advice box and clinic listing line by line)",
    "UK consumer-affairs site's story on a product recall (oil-filled radiators; model numbers and batch codes, the recall notice quoted with reads:, Consumers should ... inside the quoted notice, how-to-check box with numbered steps and the recall line, Trading Standards spokesperson, safety charity, retailer statements, reader told Fairdeal, generic advice line, recalls list)",
]

ARTICLES = [
    [  # 1. US regional TV station's website story: factory closure
        [("Skip to main content", "", "", "B")],
        [("KXRB 12  |  Hallorton", "", "", "B")],
        [("News   Weather   Traffic   Sports   12 Investigates   Community   Contests   Watch Live", "", "", "B")],
        [("47°  Hallorton  ·  Partly cloudy", "", "", "B")],
        [("LIVE NOW: KXRB 12 News at Noon", "", "", "B")],
        [("Corvexa to close Hallorton compressor plant, cutting 410 jobs", "", "", "W")],
        [("Corvexa says production will move to Monterrey, Mexico, and a contract plant in Tennessee by the end of September", "Corvexa", "says", "W")],
        [("Author: Marisol Tzanetakis", "", "", "B")],
        [("Published: 11:48 AM CDT April 7, 2026", "", "", "B")],
        [("Updated: 6:15 PM CDT April 7, 2026", "", "", "B")],
        [("Now Playing", "", "", "B")],
        [("Corvexa workers learn their plant will close in September", "", "", "W")],
        [("0:00 / 2:37", "", "", "B")],
        [("Autoplay is on.", "", "", "B"),
         ("Next video starts in 8 seconds.", "", "", "B")],
        [("Cancel", "", "", "B")],
        [("Up next", "", "", "B")],
        [("Crews patch water main break on Ninth Street", "", "", "B")],
        [("1:12", "", "", "B")],
        [("HALLORTON, Iowa — Corvexa Industries will close its compressor plant on the city's east side by the end of September, eliminating 410 jobs, the company announced Tuesday.", "Corvexa Industries", "announced", "W")],
        [("Workers were told at a meeting on the factory floor at the start of the morning shift, according to two employees who were there.", "two employees who were there", "according to", "W")],
        [("Corvexa said in a statement that it would move production of the plant's commercial refrigeration compressors to its factory in Monterrey and to a contract manufacturer in Tennessee.", "Corvexa", "said in a statement", "W")],
        [("“This was a difficult decision, and it does not reflect the skill or the dedication of our Hallorton team,” the statement said.", "the statement", "said", "")],
        [("The company said affected employees would receive severance based on their years of service and help finding new work.", "The company", "said", "W")],
        [("Corvexa has made compressors in Hallorton since 1978, when it bought the plant from a farm equipment maker.", "", "", "W"),
         ("At its peak in the late 1990s, the plant employed about 1,300 people.", "", "", "W")],
        [("Watch: Workers react outside the Corvexa plant after Tuesday's announcement", "", "", "")],
        [("2:05", "", "", "B")],
        [("Darnell Kuykendoll, 54, of Hallorton, has worked on the plant's assembly line for 27 years.", "", "", "W")],
        [("“I've got two kids in high school and a mortgage,” Kuykendoll said.", "Darnell Kuykendoll", "said", ""),
         ("“You don't find $24 an hour around here without a degree.”", "Darnell Kuykendoll", "said", "")],
        [("Teodor Vashchuk, president of United Machinists Local 2261, which represents about 340 of the plant's hourly workers, said the union learned of the closure only on Monday night.", "Teodor Vashchuk", "said", "W")],
        [("“We gave concessions in 2023 to keep this place open,” Vashchuk told KXRB 12.", "Teodor Vashchuk", "told KXRB 12", "W"),
         ("“We took a two-year wage freeze.", "Teodor Vashchuk", "told KXRB 12", "W"),
         ("And this is the thanks we get.”", "Teodor Vashchuk", "told KXRB 12", "")],
        [("He said the union would ask the company to bargain over the effects of the closure, as its contract requires.", "Teodor Vashchuk", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("KXRB 12 First Alert Weather", "", "", "B")],
        [("Tonight: Showers likely after 9 p.m.", "", "", "B"),
         ("Low 39°.", "", "", "B")],
        [("Hourly   10-Day   Interactive Radar", "", "", "B")],
        [("Hallorton Mayor Constance Mewburn said the city had been given no advance notice.", "Constance Mewburn", "said", "W")],
        [("She said the plant is the city's third-largest employer and pays about $310,000 a year in property taxes.", "Constance Mewburn", "said", "W")],
        [("“It's a gut punch, plain and simple,” Mewburn said.", "Constance Mewburn", "said", "")],
        [("Under federal law, employers with 100 or more workers generally must give 60 days' notice of a plant closing.", "", "", "W")],
        [("Corvexa filed that notice with the state's workforce agency on Tuesday, according to a copy posted on the agency's website.", "a copy posted on the agency's website", "according to", "W"),
         ("The notice says layoffs will begin June 5 and lists 410 positions, 62 of them salaried.", "The notice", "says", "W")],
        [("The closure is the second large round of job losses in Pardee County this year.", "", "", "W"),
         ("In January, a food distribution center in nearby Wapsie Falls laid off 130 workers.", "", "", "W")],
        [("Ines Wetherald, director of the Pardee County Economic Alliance, said her office would hold a job fair for Corvexa workers on April 22 at the Hallorton Community Center.", "Ines Wetherald", "said", "W")],
        [("“There are employers in this region who are desperate for people who can run machines,” she said.", "Ines Wetherald", "said", "")],
        [("Corvexa, which is based in Charlotte, North Carolina, reported net sales of $2.8 billion last year.", "", "", "W")],
        [("A company spokeswoman, Brielle Ankrom, declined to say how many of the Hallorton jobs would move to Mexico.", "Brielle Ankrom", "declined to say", "")],
        [("She said Corvexa would consider offering some employees positions at its other sites.", "Brielle Ankrom", "said", "")],
        [("Vashchuk said a meeting for union members is set for Thursday at 5 p.m. at the union hall on Oxbow Avenue.", "Teodor Vashchuk", "said", "W")],
        [("KXRB 12's Owen Zdrojewski contributed to this report.", "", "", "B")],
        [("Know something about this story?", "", "", "B"),
         ("Send it to tips@kxrb12.example.", "", "", "B")],
        [("Breaking news in your pocket: get the free KXRB 12 app for iPhone and Android.", "", "", "B")],
        [("More From KXRB 12", "", "", "B")],
        [("Wapsie Falls distribution center to cut 130 jobs", "", "", "B")],
        [("Iowa jobless rate edges up to 3.4%", "", "", "B")],
        [("Copyright 2026 KXRB-TV.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
        [("Closed Captioning   EEO Report   FCC Public File   Careers   Contact Us", "", "", "B")],
    ],
    [  # 2. business news site's quarterly earnings story
        [("Cornerpost", "", "", "B")],
        [("Markets   Companies   Earnings   Economy   Tech   Personal Finance   Video", "", "", "B")],
        [("US500 fut +0.1%   TECH100 fut −0.2%   Brent $71.40   Gold $2,914   10-yr 4.21%", "", "", "B")],
        [("EARNINGS", "", "", "B")],
        [("Hexmoor Brands beats profit forecasts and raises its outlook as higher snack prices stick", "", "", "W")],
        [("Shares of the maker of Crunchwell chips and Frostgate frozen pizzas rose 6.8% in premarket trading", "", "", "W")],
        [("By Ravindra Kesselring", "", "", "B")],
        [("Published Wed, Apr 22 2026  7:41 AM EDT  ·  Updated 9:02 AM EDT", "", "", "B")],
        [("HXMB  +6.8%  premarket", "", "", "B")],
        [("Listen to this article · 4 min", "", "", "B")],
        [("Hexmoor Brands reported first-quarter profit on Wednesday that topped Wall Street's expectations and raised its forecast for the year, as higher prices for its snacks and frozen meals made up for a fall in the volume it sold.", "", "", "W")],
        [("The shares were up 6.8% at $58.14 in premarket trading.", "", "", "W")],
        [("Here is how Hexmoor did against what analysts expected, according to a survey by Quantora Data:", "", "", "B")],
        [("Earnings per share: 84 cents adjusted vs. 76 cents expected", "", "", "W")],
        [("Revenue: $3.12 billion vs. $3.05 billion expected", "", "", "W")],
        [("Net income for the quarter ended March 28 was $211 million, or 71 cents a share, compared with $187 million, or 62 cents a share, a year earlier.", "", "", "W")],
        [("Organic sales, which strip out acquisitions and currency moves, rose 2.4%.", "", "", "W"),
         ("Prices rose 5.1% on average while volumes fell 2.7%, the company said.", "the company", "said", "W")],
        [("Hexmoor raised its forecast for full-year adjusted earnings to between $3.30 and $3.40 a share, from $3.15 to $3.30.", "", "", "W"),
         ("Analysts on average had expected $3.28, according to Quantora.", "Quantora Data", "according to", "W")],
        [("“Consumers are still buying, but they are choosing more carefully,” Chief Executive Marguerite Dallowan said on a call with analysts.", "Marguerite Dallowan", "said on a call with analysts", "")],
        [("“We're seeing people trade down from restaurant meals into the freezer aisle, and that has helped Frostgate in particular.”", "Marguerite Dallowan", "said on a call with analysts", "")],
        [("Dallowan said Frostgate's sales rose 9% in the quarter, the brand's best performance in three years.", "Marguerite Dallowan", "said", "W")],
        [("She said she expected the cost of cocoa and cooking oil to ease in the second half.", "Marguerite Dallowan", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Chief Financial Officer Ugo Castelbarco told analysts that Hexmoor had raised prices on about a third of its products in February and did not plan further broad increases this year.", "Ugo Castelbarco", "told analysts", "W")],
        [("He said the company had bought back $150 million of its own shares in the quarter.", "Ugo Castelbarco", "said", "W")],
        [("Analysts at Glenmorrow Partners said in a note to clients that the results were “cleaner than feared.”", "Analysts at Glenmorrow Partners", "said in a note to clients", "")],
        [("Sunniva Erlandsen, an analyst at Carrowfield Securities, said the drop in volumes was the fifth quarterly decline in a row and remained the main worry for investors.", "Sunniva Erlandsen", "said", "W")],
        [("“Price is doing all the work here,” she said.", "Sunniva Erlandsen", "said", ""),
         ("“At some point shoppers push back.”", "Sunniva Erlandsen", "said", "")],
        [("Before Wednesday, Hexmoor's stock had fallen 14% this year, while the broader market's consumer staples index had gained 3%.", "", "", "W")],
        [("First quarter at a glance", "", "", "B")],
        [("Revenue: $3.12bn (+1.6%)", "", "", "W")],
        [("Adjusted EPS: 84c (+10.5%)", "", "", "W")],
        [("Full-year EPS outlook: $3.30–$3.40 (was $3.15–$3.30)", "", "", "W")],
        [("Quarterly dividend: 42c, payable June 10", "", "", "W")],
        [("The company also said it would close a frozen-food plant in Dunstanbury, Ohio, by early 2027, affecting about 260 jobs.", "The company", "said", "W")],
        [("Production will move to its larger plants in Georgia and Wisconsin.", "", "", "W")],
        [("Hexmoor will report second-quarter results in late July.", "", "", "W")],
        [("Quotes delayed at least 15 minutes.", "", "", "B"),
         ("Market data provided by Quantora Data.", "", "", "B")],
        [("This article is for information only and should not be read as investment advice.", "", "", "B")],
        [("Correction: An earlier version of this story misstated the dividend's payment date.", "", "", "W"),
         ("It is June 10.", "", "", "W")],
        [("Read next", "", "", "B")],
        [("Grocery prices rose 0.4% in March as egg costs climbed again", "", "", "B")],
        [("Frozen-food makers bet on bigger bags and smaller boxes", "", "", "B")],
        [("Get Cornerpost Pro for real-time quotes and unlimited articles.", "", "", "B")],
        [("© 2026 Cornerpost Media Group.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. farm and commodity news: wheat crop estimate
        [("FURROWLINE", "", "", "B")],
        [("Grains   Oilseeds   Livestock   Dairy   Weather   Markets   Machinery   Podcasts", "", "", "B")],
        [("Wheat (Jul) 548¾ ▲4½   Corn (Jul) 431½ ▼1¼   Soybeans (Jul) 1012 ▲3   Canola (Nov) 648.20 ▲2.10", "", "", "B")],
        [("GRAINS", "", "", "B")],
        [("Argentine wheat crop cut to 17.4 million tonnes as dry spell bites, ministry says", "ministry", "says", "W")],
        [("Estimate is 1.6 million tonnes below last month's; export prices firm by $7 a tonne", "", "", "W")],
        [("By Chiara Bonfiglio", "", "", "B")],
        [("Buenos Aires  |  13 November 2025  |  16:05 GMT", "", "", "B")],
        [("Argentina's wheat harvest will reach 17.4 million tonnes this season, down from the 19.0 million tonnes forecast a month ago, the agriculture ministry said in its monthly crop report, published on Thursday.", "the agriculture ministry", "said in its monthly crop report", "W")],
        [("A dry October cut yield prospects across the southern Pampas, the report said.", "the report", "said", "W")],
        [("Even at the lower figure, the crop would be the country's third-largest on record.", "", "", "W")],
        [("Harvesting had reached 21% of the 6.3 million hectares planted by Wednesday, compared with 34% at the same point last year, according to the report.", "the report", "according to", "W"),
         ("Average yields so far stand at 2.6 tonnes a hectare, against 3.1 tonnes a year ago.", "", "", "W")],
        [("Farmers in the southwest of Buenos Aires province received less than 20 millimetres of rain in October, about a quarter of the usual amount, according to data from the national weather service.", "data from the national weather service", "according to", "W")],
        [("“The wheat looked beautiful in September,” said Joaquín Ferraretto, who farms 1,900 hectares near Villa Corradina.", "Joaquín Ferraretto", "said", "")],
        [("“Then it didn't rain for five weeks.", "Joaquín Ferraretto", "said", "W"),
         ("Some paddocks won't make two tonnes.”", "Joaquín Ferraretto", "said", "")],
        [("Export prices for 12% protein wheat loaded at Puerto Salvatierra rose $7 to $236 a tonne free on board this week, according to the Puerto Salvatierra grain exchange.", "the Puerto Salvatierra grain exchange", "according to", "W")],
        [("On the Midcontinent Grain Exchange, the most-active wheat contract rose 4-1/2 cents to $5.48-3/4 a bushel on Thursday, its highest close in three weeks.", "", "", "W")],
        [("Traders said the Argentine cut added to worries about dry weather in parts of Australia and around the Black Sea.", "Traders", "said", "")],
        [("Matías Olivencia, head of research at the Buenos Aires consultancy Agroprisma, said the ministry's number was “still too generous.”", "Matías Olivencia", "said", "")],
        [("His firm puts the crop at 16.8 million tonnes.", "Agroprisma", "puts", "W")],
        [("Agroprisma's estimate last season was within 2% of the final harvest figure.", "", "", "W")],
        [("Olivencia said exporters had already registered sales of 5.2 million tonnes of new-crop wheat, mostly to Brazil, Indonesia and Morocco.", "Matías Olivencia", "said", "W")],
        [("“If the crop comes in at 16 or 17, some of those sales will have to be rolled into next year,” he said.", "Matías Olivencia", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Key numbers from the November report", "", "", "B")],
        [("Wheat: 17.4m t (October: 19.0m t)", "", "", "W")],
        [("Barley: 4.9m t (unchanged)", "", "", "W")],
        [("Wheat harvested: 21% of 6.3m ha", "", "", "W")],
        [("Corn planted: 38% of intended area", "", "", "W")],
        [("The ministry kept its estimate for the barley crop at 4.9 million tonnes and cut its forecast for the sunflower area by 3% to 2.4 million hectares.", "", "", "W")],
        [("Corn planting had reached 38% of the intended area, in line with the five-year average.", "", "", "W")],
        [("A ministry official, who asked not to be named because he was not authorised to speak to the press, said the December report would include a first estimate of the soybean area.", "A ministry official", "said", "W")],
        [("Millers near Buenos Aires paid 228,000 pesos a tonne for wheat for December delivery, up from 211,000 pesos a week earlier, traders said.", "traders", "said", "W")],
        [("Dry weather is not the only problem.", "", "", ""),
         ("Growers have also cut fertiliser use this season after urea prices rose by about a fifth, the ministry said.", "the ministry", "said", "W")],
        [("Forecasters at the national weather service expect scattered showers over the Pampas next week, though totals are likely to stay below 15 millimetres in most areas.", "Forecasters at the national weather service", "expect", "")],
        [("That is too late for much of the wheat, Ferraretto said, but it would help the soybeans he plans to sow after the harvest.", "Joaquín Ferraretto", "said", "")],
        [("The ministry's next crop report is due on December 11.", "", "", "W")],
        [("Prices quoted are indicative and may differ from those offered to growers locally.", "", "", "B")],
        [("The morning grain bulletin, in your inbox before the open.", "", "", "B")],
        [("Sign me up", "", "", "B")],
        [("More on grains", "", "", "B")],
        [("Russian wheat export quota set at 10.6 million tonnes", "", "", "B")],
        [("Why canola basis has blown out in the western prairies", "", "", "B")],
        [("Furrowline is an independent agricultural news service.", "", "", "B"),
         ("Contact the newsroom: desk@furrowline.example", "", "", "B")],
        [("© Furrowline 2025", "", "", "B")],
    ],
    [  # 4. higher-education trade publication: tuition rises
        [("Lectern", "", "", "B")],
        [("News   Students   Faculty   Finance   Policy   Opinion   Careers   Events", "", "", "B")],
        [("Sign in  |  Subscribe", "", "", "B")],
        [("You have 2 free articles left this month.", "", "", "B")],
        [("FINANCE", "", "", "B")],
        [("Ostervald regents approve 6.5% tuition rise, the system's largest in a decade", "", "", "W")],
        [("Undergraduates at the flagship Quillworth campus will pay $742 more next year", "", "", "W")],
        [("By Ignatius Folkard", "", "", "B")],
        [("April 30, 2026", "", "", "B")],
        [("The Ostervald University System's Board of Regents voted 9-2 on Tuesday to raise in-state undergraduate tuition by 6.5% at its five campuses this fall, the largest increase since 2015.", "", "", "W")],
        [("The rise will bring annual tuition and mandatory fees at the flagship Quillworth campus to $12,158, up from $11,416.", "", "", "W"),
         ("Out-of-state students will see a 7.5% increase.", "", "", "W")],
        [("System officials said the increase would bring in about $48 million a year.", "System officials", "said", "W")],
        [("They said most of it would pay for a 3% raise for employees that the legislature approved but did not fully fund, and for rising health insurance costs.", "System officials", "said", "W")],
        [("“Nobody on this board wanted to do this,” said Regent Philippa Gwinnell, who chairs the board's finance committee.", "Philippa Gwinnell", "said", "")],
        [("“But the state's share of our budget has fallen from 61% in 2008 to 39% today, and the bills still come due.”", "Philippa Gwinnell", "said", "W")],
        [("Regents Oswin Pendarvis and Leona Zeldenrust voted against the increase.", "", "", "W")],
        [("Pendarvis said he could have supported a rise of no more than 4%.", "Oswin Pendarvis", "said", "")],
        [("Tamsin Agbaje, a spokesperson for the Quillworth campus, said in an email that need-based grants would grow by $6.1 million to cover the increase for students from families earning less than $75,000 a year.", "Tamsin Agbaje", "said in an email", "W")],
        [("About 31% of Quillworth undergraduates fall into that group, she said.", "Tamsin Agbaje", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("The Ostervald Faculty and Staff Federation, which represents about 4,100 employees across the system, said in a statement that regents had put the burden of the legislature's choices on students.", "The Ostervald Faculty and Staff Federation", "said in a statement", "")],
        [("“Students are being asked to pay for a raise that the state promised and then walked away from,” said Delphine Gjerdrum, the federation's president.", "Delphine Gjerdrum", "said", "")],
        [("Gjerdrum said members had not had a raise above inflation since 2019.", "Delphine Gjerdrum", "said", "W")],
        [("She said the union would lobby lawmakers for the remaining $19 million during the summer session.", "Delphine Gjerdrum", "said", "W")],
        [("Ngozi Ekwenugo, a nursing junior at Quillworth and president of the Associated Students, said she works 25 hours a week at a campus coffee shop to cover her fees.", "Ngozi Ekwenugo", "said", "")],
        [("“Every time they raise it, a few more of my friends drop to part time,” she said.", "Ngozi Ekwenugo", "said", "")],
        [("Proposed tuition and mandatory fees, 2026-27 (in-state undergraduates)", "", "", "B")],
        [("Campus   2025-26   2026-27   Change", "", "", "B")],
        [("Quillworth   $11,416   $12,158   +$742", "", "", "")],
        [("Gallowfen   $9,874   $10,516   +$642", "", "", "")],
        [("Ostervald–Kesterby   $9,310   $9,915   +$605", "", "", "")],
        [("Ostervald–Saddleridge   $8,962   $9,545   +$583", "", "", "")],
        [("Ostervald Tech   $10,240   $10,906   +$666", "", "", "")],
        [("Source: Ostervald University System Board of Regents meeting materials, April 28, 2026", "", "", "B")],
        [("Tuition at all five campuses remains below the average for public four-year universities in neighbouring states, according to a presentation to the board.", "a presentation to the board", "according to", "W")],
        [("But the increases have added up.", "", "", ""),
         ("Tuition and fees at Quillworth have risen 38% since 2016, while median household income in the state rose 24% over the same period.", "", "", "W")],
        [("A Lectern analysis of state budget records shows that funding per full-time student in the system fell 17% after inflation between 2016 and 2025.", "A Lectern analysis of state budget records", "shows", "W")],
        [("A spokesperson for the governor said the governor's budget for next year would include a 2% increase for higher education.", "A spokesperson for the governor", "said", "W")],
        [("“The governor has been clear that college must stay within reach for working families,” the spokesperson said.", "A spokesperson for the governor", "said", "")],
        [("What happens next", "", "", "")],
        [("The new rates take effect with the fall 2026 semester, and bills will go out in mid-July.", "", "", "W")],
        [("Students can see estimated costs for each campus on the system's net price calculator.", "", "", "B")],
        [("Related: Regional publics brace for a smaller freshman class", "", "", "B")],
        [("Lectern Daily: the higher-ed news that matters, every weekday at 6 a.m.", "", "", "B")],
        [("Work email", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("Jobs from Lectern Careers", "", "", "B")],
        [("Assistant Director of Financial Aid  ·  Gallowfen, full time", "", "", "B")],
        [("About   Advertise   Contact   Privacy   Terms", "", "", "B")],
        [("© 2026 Lectern Media LLC", "", "", "B")],
    ],
    [  # 5. Irish regional paper: island ferry dispute
        [("The Carrigmoy Echo", "", "", "B")],
        [("News   Sport   GAA   Community   Property   Death Notices   Jobs   E-Paper", "", "", "B")],
        [("Inishgowla ferry sailings to be halved from November as subsidy row deepens", "", "", "W")],
        [("Operator says it cannot keep four daily crossings going on the current subsidy; department insists contract terms are clear", "Operator", "says", "")],
        [("Síle Ní Chathasaigh", "", "", "B")],
        [("Tue, 14 Oct, 2025 - 06:00", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email   Print", "", "", "B")],
        [("Ferry sailings between Carrigmoy pier and Inishgowla will be cut from four to two return crossings a day from November 3 unless a dispute over the service's public subsidy is settled, the operator has warned.", "the operator", "has warned", "W")],
        [("Gowla Island Ferries, which has run the service under contract to the Department of Rural and Community Development since 2019, said in a statement on Monday that its fuel and insurance costs had risen by more than 40% since the contract was signed.", "Gowla Island Ferries", "said in a statement", "W")],
        [("“We have absorbed those costs for three years,” the statement said.", "the statement", "said", "W"),
         ("“We cannot do it for a fourth without putting the company, and the jobs of our 14 staff, at risk.”", "the statement", "said", "")],
        [("The company's managing director, Peadar Ó Dubhláin, told the Echo that the annual subsidy of €612,000 had not changed since 2019.", "Peadar Ó Dubhláin", "told the Echo", "W")],
        [("He said the company asked the department in June for an extra €180,000 a year and did not receive a reply until last week.", "Peadar Ó Dubhláin", "said", "W")],
        [("A spokesperson for the department said the contract sets out the number of sailings the operator must provide and that any reduction would breach its terms.", "A spokesperson for the department", "said", "W")],
        [("“The department has engaged constructively with the operator and will continue to do so,” the spokesperson said.", "A spokesperson for the department", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Inishgowla had a population of 164 at the 2022 census, and its primary school has 19 pupils.", "", "", "W"),
         ("Secondary pupils cross to Carrigmoy on the 7.40am sailing each weekday.", "", "", "W")],
        [("Bríd Mhic Suibhne, 67, who runs the island's only shop, said losing the afternoon boat on weekdays would leave her without fresh deliveries three days a week.", "Bríd Mhic Suibhne", "said", "")],
        [("“People on the mainland think of it as a day out,” she said.", "Bríd Mhic Suibhne", "said", ""),
         ("“For us it's the road to the hospital.”", "Bríd Mhic Suibhne", "said", "")],
        [("Cllr Tadhg Ó Maoilriain (Ind), who represents the Carrigmoy electoral area, said the county council would write to the Minister of State this week asking her to intervene.", "Tadhg Ó Maoilriain", "said", "W")],
        [("“Nobody is asking for a luxury service,” Cllr Ó Maoilriain said.", "Tadhg Ó Maoilriain", "said", ""),
         ("“We're asking for the one that's in the contract.”", "Tadhg Ó Maoilriain", "said", "")],
        [("Fellow councillor Orlaith Mac Diarmada (FF) said the island was being “used as a bargaining chip” by both sides.", "Orlaith Mac Diarmada", "said", "")],
        [("Deputy Éamonn Tuathail TD said he had raised the matter with the Minister of State, Noreen Ní Bhaoighill, in the Dáil on Thursday.", "Éamonn Tuathail", "said", "W")],
        [("He said he had been told that a review of all island ferry contracts would be finished “before the end of the year”.", "Éamonn Tuathail", "said", "W")],
        [("In a written reply to Deputy Tuathail, seen by the Echo, the Minister of State said the department “remains committed to a safe, reliable, year-round service” for the island.", "Noreen Ní Bhaoighill", "said", "")],
        [("The department did not say whether it would consider a temporary top-up to the subsidy while the review is under way.", "The department", "did not say", "")],
        [("Get the Echo's morning briefing straight to your inbox", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("The department spends about €9.4 million a year on ferry and air services to 16 inhabited islands, according to its most recent annual report.", "its most recent annual report", "according to", "W")],
        [("Gowla Island Ferries operates two boats, the 96-passenger MV Naomh Colmán and the smaller MV Réalta, which also carries freight.", "", "", "W")],
        [("The two boats made 2,914 crossings last year and carried about 61,000 passengers, the company said.", "the company", "said", "W")],
        [("Under the proposed winter timetable, boats would leave Carrigmoy at 9.30am and 4.15pm and leave the island at 10.15am and 5pm.", "", "", "W")],
        [("Islanders say the 5pm return would leave anyone with an afternoon hospital appointment stranded on the mainland overnight.", "Islanders", "say", "W")],
        [("Inishgowla Island Development Co-op will hold a public meeting on the issue in the island's community hall on Saturday at 2pm.", "", "", "W")],
        [("Join the Echo's WhatsApp channel for breaking news from across the county", "", "", "B")],
        [("Read More", "", "", "B")],
        [("Carrigmoy pier upgrade delayed again as costs climb", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Funeral details announced for former Carrigmoy GAA chairman", "", "", "B")],
        [("Planning refused for 14 holiday homes at Trawbawn", "", "", "B")],
        [("Got a story?", "", "", "B"),
         ("Email news@carrigmoyecho.example or call 094 960 2271.", "", "", "B")],
        [("The Carrigmoy Echo abides by the Code of Practice of the press ombudsman.", "", "", "B")],
        [("© Atlantic Edge Print & Media Ltd", "", "", "B")],
    ],
    [  # 6. Indian English-language news portal: metro rail extension
        [("NewsPrism", "", "", "B")],
        [("Home   India   Cities   Business   Politics   Sports   Entertainment   Videos   Web Stories", "", "", "B")],
        [("Trending:  Navrangpur Metro  |  Monsoon Watch  |  T20 League  |  Gold Rate Today", "", "", "B")],
        [("Home > Cities > Navrangpur", "", "", "B")],
        [("Navrangpur Metro's Purple Line extension to Kesarbagh gets Cabinet nod, to cost Rs 4,218 crore", "", "", "W")],
        [("The 11.6-km elevated stretch with nine stations is projected to carry 2.35 lakh passengers a day by 2031, according to the project report", "the project report", "according to", "W")],
        [("Written by: Priyamvada Thakurdesai  |  Edited by: Tanmay Vasudevamurthy", "", "", "B")],
        [("Updated: March 05, 2026 18:42 IST", "", "", "B")],
        [("Follow Us", "", "", "B")],
        [("Google News   WhatsApp   X   Facebook", "", "", "B")],
        [("Navrangpur, March 5 (PNS) The Union Cabinet on Wednesday approved the extension of the Navrangpur Metro's Purple Line from Sadar Bazaar to Kesarbagh at an estimated cost of Rs 4,218 crore.", "", "", "W")],
        [("The Purple Line, which opened in 2019, now runs 21.6 km from Airport Road to Sadar Bazaar.", "", "", "W")],
        [("The 11.6-km elevated corridor will have nine stations and is scheduled to be completed by December 2030, officials said.", "officials", "said", "W")],
        [("Briefing reporters in New Delhi, Union Minister of State for Housing and Urban Affairs Shri Devendranath Shirgaonkar said the Centre and the state government would each bear 20 per cent of the cost, with the rest raised as loans from multilateral lenders.", "Devendranath Shirgaonkar", "said", "W")],
        [("“This extension will bring the metro within walking distance of nearly six lakh residents of the eastern suburbs,” Shri Shirgaonkar said.", "Devendranath Shirgaonkar", "said", "W")],
        [("He said he expected the new stretch to ease traffic on the Sadar Bazaar flyover “considerably”.", "Devendranath Shirgaonkar", "said", "")],
        [("Shri Shirgaonkar also said the ministry would release Rs 380 crore for the line's second depot in the current financial year.", "Devendranath Shirgaonkar", "said", "W")],
        [("ALSO READ — Navrangpur civic body clears Rs 612-crore budget for roads", "", "", "B")],
        [("Smt. Vasundhara Ekbote, Managing Director of Navrangpur Metro Rail Corporation Ltd (NMRCL), said land acquisition had been completed for seven of the nine stations.", "Vasundhara Ekbote", "said", "W")],
        [("“Tenders for the viaduct will be floated within 60 days,” Smt. Ekbote told PNS.", "Vasundhara Ekbote", "told PNS", "W")],
        [("She said the corporation's existing 33.2-km network carried an average of 3.18 lakh passengers a day in February, up from 2.71 lakh a year earlier.", "Vasundhara Ekbote", "said", "W")],
        [("A senior official of the Ministry of Housing and Urban Affairs, who did not wish to be named, said the proposal had been pending with the ministry since the Detailed Project Report (DPR) was submitted in August 2023.", "A senior official of the Ministry of Housing and Urban Affairs", "said", "W")],
        [("According to the DPR, fare box revenue from the extension is projected at Rs 212 crore in 2031-32.", "the DPR", "according to", "W")],
        [("The project will need 3.8 hectares of private land, for which compensation of Rs 146 crore has been set aside, the DPR states.", "the DPR", "states", "W")],
        [("Leader of the Opposition in the Navrangpur Municipal Corporation Shri Haribhau Shendurnikar alleged that the cost had gone up by Rs 1,100 crore since the project was first announced in 2019.", "Haribhau Shendurnikar", "alleged", "W")],
        [("“The people of Kesarbagh were promised this line before the last election, and the one before that,” he said.", "Haribhau Shendurnikar", "said", "")],
        [("NMRCL officials said the increase was because of a change in alignment to avoid a heritage zone near Kesarbagh fort and a rise in the price of steel.", "NMRCL officials", "said", "W")],
        [("Commuters welcomed the decision.", "Commuters", "welcomed", "")],
        [("Smt. Rekha Jadhavrao, 42, a schoolteacher from Kesarbagh, said her bus journey to Sadar Bazaar takes about an hour and 20 minutes each way.", "Rekha Jadhavrao", "said", "")],
        [("“If the metro comes, I will get two hours of my day back,” she said.", "Rekha Jadhavrao", "said", "")],
        [("Purple Line extension: Key facts", "", "", "B")],
        [("Length: 11.6 km (elevated)", "", "", "W")],
        [("Stations: 9", "", "", "W")],
        [("Cost: Rs 4,218 crore", "", "", "W")],
        [("Deadline: December 2030", "", "", "W")],
        [("Projected ridership: 2.35 lakh a day (2031)", "", "", "W")],
        [("(PNS)", "", "", "B")],
        [("This report has been published from a wire agency feed without changes to the text.", "", "", "B"),
         ("Only the headline has been edited by NewsPrism staff.", "", "", "B")],
        [("Tags:  Navrangpur Metro  ·  Purple Line  ·  Union Cabinet  ·  NMRCL", "", "", "B")],
        [("First Published: March 05, 2026 17:10 IST", "", "", "B")],
        [("Get the latest city news on the NewsPrism WhatsApp channel", "", "", "B")],
        [("Recommended Stories", "", "", "B")],
        [("Navrangpur: Water cut in 14 wards on Saturday for pipeline repairs", "", "", "B")],
        [("Copyright © 2026 NewsPrism Digital Pvt Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. Nigerian news site: petrol pump prices
        [("CROSSRIVER DISPATCH", "", "", "B")],
        [("Home | News | Politics | Business | Metro | Sports | Opinion | Entertainment | Features", "", "", "B")],
        [("Saturday, March 7, 2026", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("Petrol pump price climbs to ₦1,148 per litre in Lagos as depot costs rise", "", "", "W")],
        [("By Oluwadamilare Ashipa", "", "", "B")],
        [("March 7, 2026  |  8:12 am", "", "", "B")],
        [("Motorists in Lagos paid as much as ₦1,148 per litre for petrol on Friday, up from ₦1,062 a week earlier, as filling stations passed on a rise in depot prices.", "", "", "W")],
        [("A survey by Crossriver Dispatch of 20 filling stations across the city found pump prices ranging from ₦1,095 to ₦1,148 per litre.", "A survey by Crossriver Dispatch of 20 filling stations across the city", "found", "W"),
         ("In Abuja, prices at the stations visited ranged from ₦1,120 to ₦1,170.", "", "", "W")],
        [("In a statement on Friday, the Petroleum Downstream Pricing Authority (PDPA) said average ex-depot prices had risen by 6.4 per cent in two weeks, which it blamed on a weaker naira and higher freight charges.", "the Petroleum Downstream Pricing Authority", "said", "W")],
        [("The statement, signed by the authority's Head of Corporate Communications, Engr. Adewunmi Fashakin, said the downstream market remained deregulated and that pump prices were set by market forces.", "The statement", "said", "W")],
        [("“The Authority will continue to monitor pump prices to protect consumers from exploitation, and will sanction any outlet found hoarding products,” it said.", "The statement", "said", "")],
        [("The authority said its field officers had sealed 11 filling stations in Lagos and Ogun States in the past week for under-dispensing.", "The authority", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("The National Chairman of the Independent Fuel Retailers Association of Nigeria (IFRAN), Alhaji Mahmud Kankiya, told Crossriver Dispatch that depot owners had raised their prices three times since February 20.", "Mahmud Kankiya", "told Crossriver Dispatch", "W")],
        [("“Our members now buy at ₦1,041 per litre at the depot.", "Mahmud Kankiya", "said", "W"),
         ("After transport and our margin, nobody can sell below ₦1,100,” he said.", "Mahmud Kankiya", "said", "W")],
        [("Kankiya said some of his members in the northern states had shut their stations rather than sell at a loss.", "Mahmud Kankiya", "said", "W")],
        [("Comrade Ifeanyi Okwudiafor, chairman of the Lagos zone of the Road Transport Owners' Union, said commercial bus fares had gone up by ₦200 on most routes since Monday.", "Ifeanyi Okwudiafor", "said", "W")],
        [("He said drivers had no choice but to pass the cost on to passengers.", "Ifeanyi Okwudiafor", "said", "")],
        [("Dr. Yetunde Olatubosun, an energy economist at the Lagoon Institute of Policy Studies, said the naira had lost about 9 per cent of its value against the dollar in the official market since January.", "Yetunde Olatubosun", "said", "W")],
        [("“As long as the currency keeps sliding, the pump price will follow it,” she said.", "Yetunde Olatubosun", "said", "")],
        [("She added that fuel takes a bigger share of spending in low-income households, many of which run petrol generators at home.", "Yetunde Olatubosun", "added", "W")],
        [("The Chairman of the House Committee on Petroleum Resources (Downstream), Hon. Chukwuemeka Udemezue, said the committee would summon officials of the PDPA and major depot owners to a hearing on March 12.", "Chukwuemeka Udemezue", "said", "W")],
        [("He said Nigerians “cannot continue to carry this burden alone”.", "Chukwuemeka Udemezue", "said", "")],
        [("Output at the privately owned Ogbomere refinery, the country's largest, was cut by a third in February for maintenance, according to two industry sources.", "two industry sources", "according to", "W")],
        [("The refinery's owner, Ogbomere Petroleum, did not respond to requests for comment on Friday.", "Ogbomere Petroleum", "did not respond to requests for comment", "")],
        [("Long queues formed at several stations in Abuja on Friday evening as motorists feared further increases.", "", "", "")],
        [("Musa Garkuwa, 31, a commercial motorcyclist in Lagos, said he now spends ₦9,000 a day on fuel, up from ₦6,500 in January.", "Musa Garkuwa", "said", "")],
        [("“By the time I settle the owner of the bike, what is left cannot feed my family,” he said.", "Musa Garkuwa", "said", "")],
        [("Spread the word:", "", "", "B")],
        [("Facebook   X   WhatsApp   Telegram   LinkedIn", "", "", "B")],
        [("Join Crossriver Dispatch on WhatsApp for instant news updates", "", "", "B")],
        [("Related News", "", "", "B")],
        [("Marketers threaten shutdown over unpaid bridging claims", "", "", "B")],
        [("Diesel hits ₦1,300 per litre in northern states", "", "", "B")],
        [("ALSO READ: How much Nigerians now spend on transport each month", "", "", "B")],
        [("Disclaimer: Comments expressed here do not reflect the opinions of Crossriver Dispatch or any of its employees.", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [("Your email address will not be published.", "", "", "B"),
         ("Required fields are marked *", "", "", "B")],
        [("Post Comment", "", "", "B")],
        [("© 2026 Crossriver Dispatch.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. US local paper's obituary-news story: long-serving county clerk
        [("The Kilderby Standard", "", "", "B")],
        [("Local   Politics   Schools   Business   Sports   Obituaries   Opinion   e-Edition", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("Gertrude Rademacher, Osterloh County clerk for 36 years, dies at 88", "", "", "W")],
        [("She oversaw more than 70 elections and once had a tied commission race counted by hand, twice", "", "", "W")],
        [("By Wendell Sturgis  |  Staff Writer", "", "", "B")],
        [("Published March 17, 2026", "", "", "B")],
        [("Gertrude Rademacher, who served as Osterloh County clerk from 1979 until 2015 and oversaw more than 70 elections, died Sunday at her home in Kilderby.", "", "", "W"),
         ("She was 88.", "", "", "W")],
        [("Her death was confirmed by her son, Anselm Rademacher, who said she had been in declining health since a fall in January.", "Anselm Rademacher", "confirmed", "W")],
        [("“She never forgot a name, and she never forgot a deadline,” he said.", "Anselm Rademacher", "said", ""),
         ("“She voted in person at every election, the last time in November.”", "Anselm Rademacher", "said", "")],
        [("Rademacher was first elected in 1978, defeating a two-term incumbent by 412 votes, and was re-elected eight times, five of them without opposition.", "", "", "W"),
         ("She was the first woman to hold the office in the county's history.", "", "", "W")],
        [("Under her watch, the clerk's office moved from paper poll books to electronic ones in 2006 and put property records dating back to 1871 online.", "", "", "W")],
        [("In 2015, the county named the courthouse records room after her.", "", "", "W")],
        [("In 1994, when a county commission race ended in a tie at 2,208 votes apiece, she had all 4,416 ballots counted again by hand, twice.", "", "", "W"),
         ("Both recounts matched, and the seat was decided by drawing lots, as state law then required.", "", "", "W")],
        [("“Gertie never once let politics into that office,” said Cordelia Pinkerton, who was her chief deputy for 22 years and succeeded her as clerk.", "Cordelia Pinkerton", "said", "")],
        [("“If you were a Democrat or a Republican, you stood in the same line and you got the same answer.”", "Cordelia Pinkerton", "said", "")],
        [("Pinkerton, who retired in 2023, said Rademacher kept a handwritten index of every deed book in the vault “because she didn't trust anybody's computer, including ours.”", "Cordelia Pinkerton", "said", "")],
        [("Advertisement", "", "", "B")],
        [("County Commission Chairman Roscoe Ebberts said flags at the courthouse would fly at half-staff until after the funeral.", "Roscoe Ebberts", "said", "W")],
        [("“She was the memory of this county,” Ebberts said.", "Roscoe Ebberts", "said", ""),
         ("“A lot of us learned how government is supposed to work by standing at her counter.”", "Roscoe Ebberts", "said", "")],
        [("Lyle Umstead ran against her as a Republican in 1990 and lost by nearly 3 to 1.", "", "", "W"),
         ("He called her “the toughest opponent and the fairest official I ever dealt with.”", "Lyle Umstead", "called", "")],
        [("He said she sent him a handwritten note after the election thanking him for running.", "Lyle Umstead", "said", "")],
        [("Tobias Eckersall, the state's director of elections, said in a statement that Rademacher had trained “a generation of county clerks” and served two terms as president of the state clerks' association, in 1988 and 1997.", "Tobias Eckersall", "said in a statement", "W")],
        [("Born Gertrude Amalia Roetzel in 1937 on a dairy farm outside Kilderby, she graduated from Kilderby High School in 1955 and took a job as a typist in the clerk's office in 1958.", "", "", "W")],
        [("She married Raymond Rademacher, a rural mail carrier, in 1960.", "", "", "W"),
         ("He died in 2009.", "", "", "W")],
        [("She liked to say that the county's records “belong to the people, not to whoever holds the key.”", "Gertrude Rademacher", "liked to say", "")],
        [("Besides her son, she is survived by a daughter, Thea Moorcott, of Denver; seven grandchildren; and four great-grandchildren.", "", "", "W")],
        [("“Mom ran the courthouse like a second kitchen: everybody got coffee and nobody got away with anything,” her daughter said.", "Thea Moorcott", "said", "")],
        [("A funeral Mass will be celebrated at 10 a.m. Saturday at St. Brendan's Catholic Church in Kilderby.", "", "", "B"),
         ("Burial will follow at Osterloh County Memorial Gardens.", "", "", "B")],
        [("The family asks that memorial gifts go to the Kilderby Public Library's local history room.", "", "", "B")],
        [("Share your memories of Gertrude Rademacher in the comments below.", "", "", "B")],
        [("Remembrances: local obituaries in your inbox every weekday", "", "", "B")],
        [("Enter your email", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("More local news", "", "", "B")],
        [("Kilderby council delays vote on courthouse annex", "", "", "B")],
        [("Contact Wendell Sturgis at wsturgis@kilderbystandard.example or 555-0148.", "", "", "B")],
        [("© 2026 The Kilderby Standard", "", "", "B")],
    ],
    [  # 9. UK regional paper's transport desk: rail strike
        [("Skip to navigation", "", "", "B")],
        [("Stanningfold Evening Post", "", "", "B")],
        [("News   Sport   What's On   Business   Transport   Opinion   Announcements", "", "", "B")],
        [("TRANSPORT", "", "", "B")],
        [("Rail strike: no Lynmoor trains on three days next week after pay talks collapse", "", "", "W")],
        [("Operator says it offered drivers 4.5% over two years and accuses the union of walking away", "Operator", "says", "W")],
        [("Hamish Cruickstane, Transport Correspondent", "", "", "B")],
        [("Thursday 5 March 2026, 5:47pm", "", "", "B")],
        [("Share   Save   Comments", "", "", "B")],
        [("Train drivers at Lynmoor Trains will strike on Tuesday, Thursday and Saturday next week after talks over pay broke down, meaning no services will run on most of the operator's routes on those days.", "", "", "W")],
        [("The Amalgamated Society of Footplate Staff (ASFS) announced the walkouts on Thursday afternoon, hours after a meeting at the conciliation service Parley ended without agreement.", "The Amalgamated Society of Footplate Staff", "announced", "W"),
         ("It will be the union's seventh strike at the operator since last October.", "", "", "W")],
        [("ASFS general secretary Niamh Gillingdale said members had rejected an offer “that doesn't even keep pace with the price of a weekly shop”.", "Niamh Gillingdale", "said", "")],
        [("“Our drivers have had one pay rise in four years,” she said.", "Niamh Gillingdale", "said", "W"),
         ("“Lynmoor's directors have had three.”", "Niamh Gillingdale", "said", "W")],
        [("She said the union remained “ready to talk any time, anywhere”.", "Niamh Gillingdale", "said", "")],
        [("Lynmoor Trains said it had offered drivers a 4.5% rise over two years, backdated to April 2025, which would take the average driver's basic salary to £64,900.", "Lynmoor Trains", "said", "W")],
        [("“We are disappointed that ASFS has chosen to walk away and put passengers through yet more disruption,” a Lynmoor spokesperson said.", "a Lynmoor spokesperson", "said", "")],
        [("“This is a fair offer at a time when the railway is still losing money, and it remains on the table.", "a Lynmoor spokesperson", "said", "W")],
        [("“We will run as many trains as we can, but passengers should expect a very limited service and should travel only if they must.”", "a Lynmoor spokesperson", "said", "")],
        [("The operator said it carries about 410,000 passenger journeys on a typical weekday.", "The operator", "said", "W")],
        [("What will run", "", "", "")],
        [("Tuesday 10 March: No trains on the Coast, Valley or Airport lines.", "", "", "W"),
         ("A limited service of one train an hour will run between Stanningfold Central and Ashlowe from 7am to 7pm.", "", "", "W")],
        [("Wednesday 11 March: Services start later than usual, at about 7.30am, because trains will be out of place after the strike.", "", "", "W")],
        [("Thursday 12 March: As Tuesday.", "", "", "W")],
        [("Friday 13 March: As Wednesday.", "", "", "W")],
        [("Saturday 14 March: No Lynmoor services at all.", "", "", "W"),
         ("Rail replacement buses will not run.", "", "", "W")],
        [("Tickets for strike days can be used the day before or up to two days after, or refunded in full.", "", "", "B")],
        [("Check before you travel at lynmoortrains.example/strike.", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("A Department for Transport spokesperson said the strikes were “unnecessary” and urged both sides to get back round the table.", "A Department for Transport spokesperson", "said", "")],
        [("Rupinder Gahir, chief executive of Stanningfold Chamber of Commerce, said a similar three-day strike in December had cost city-centre businesses an estimated £7.2 million.", "Rupinder Gahir", "said", "W")],
        [("“Every one of these days is a Saturday's takings gone for a café or a shop,” she said.", "Rupinder Gahir", "said", "")],
        [("Jocelyn Mountjoy, 38, a nurse from Ashlowe, said she would have to take unpaid leave on two of the three days.", "Jocelyn Mountjoy", "said", "")],
        [("“I can't work from home; you can't do a ward round on a laptop,” she said.", "Jocelyn Mountjoy", "said", "")],
        [("Guards and station staff, who belong to the Rail Operatives' Union, are not involved in the dispute and accepted a 4% deal in January.", "", "", "W")],
        [("The ASFS mandate for industrial action, won in a ballot of members in September, runs until March 31.", "", "", "W"),
         ("Union officials said a fresh ballot would open on March 16.", "Union officials", "said", "W")],
        [("Related topics:  Lynmoor Trains  ·  Strikes  ·  Rail", "", "", "B")],
        [("More on this story", "", "", "B")],
        [("What the December strikes cost the city centre", "", "", "B")],
        [("Lynmoor drivers vote to extend strike mandate", "", "", "B")],
        [("Comments (212)", "", "", "B")],
        [("Sign in to join the conversation", "", "", "B")],
        [("© 2026 Stanningfold Evening Post", "", "", "B")],
    ],
    [  # 10. UK regional paper's crime-and-courts roundup: five cases
        [("The Whitbarrow Advertiser", "", "", "B")],
        [("News   Crime   Courts   Sport   What's On   Property   Jobs   Notices", "", "", "B")],
        [("COURTS", "", "", "B")],
        [("In court: drink-driver banned, van thief jailed and dog owner fined", "", "", "")],
        [("These cases were dealt with at Whitbarrow Magistrates' Court and Fellingham Crown Court between March 2 and March 6.", "", "", "B")],
        [("By our court reporter", "", "", "B")],
        [("Saturday, March 7, 2026", "", "", "B")],
        [("Banned after crashing into bus shelter at twice the limit", "", "", "W")],
        [("A 43-year-old man who crashed into a bus shelter in Whitbarrow while more than twice the drink-drive limit has been banned from driving for 26 months.", "", "", "W")],
        [("Desmond Trelawny, of Pitchcroft Road, Whitbarrow, pleaded guilty to drink-driving at Whitbarrow Magistrates' Court on Tuesday.", "", "", "W")],
        [("A breath test showed 77 microgrammes of alcohol in 100 millilitres of breath; the legal limit is 35.", "A breath test", "showed", "W")],
        [("Defending, solicitor Annika Bewsher said her client had lost his job as a delivery driver as a result of the crash.", "Annika Bewsher", "said", "")],
        [("He was fined £840 and ordered to pay £85 costs and a £336 victim surcharge.", "", "", "W")],
        [("* * *", "", "", "B")],
        [("Van thief jailed for 20 months", "", "", "W")],
        [("A man who stole a builder's van with £9,000 worth of tools inside has been jailed for 20 months.", "", "", "W")],
        [("Kieran Ostlethwaite, 29, of no fixed address, admitted theft and driving while disqualified at Fellingham Crown Court on Wednesday.", "", "", "W")],
        [("Prosecutor Godfrey Ambler told the court the van was found burned out on farmland near Fellingham two days after it was taken from outside a house in Crossgate Lane.", "Godfrey Ambler", "told the court", "W"),
         ("None of the tools was recovered.", "", "", "W")],
        [("Judge Rosalind Wyberg said: “You have a long record for exactly this kind of offence, and the public needs a rest from you.”", "Rosalind Wyberg", "said:", "")],
        [("Ostlethwaite was also banned from driving for three years.", "", "", "W")],
        [("* * *", "", "", "B")],
        [("Dog owner fined after postal worker bitten", "", "", "W")],
        [("A Fellingham woman whose dog bit a postal worker on the arm has been fined £400 and ordered to pay £600 compensation.", "", "", "W")],
        [("Maureen Ashburner, 61, of Tollbar Terrace, admitted being the owner of a dog that was dangerously out of control.", "", "", "W")],
        [("The court heard the dog, a Staffordshire bull terrier cross called Duke, had got out through a broken gate.", "The court", "heard", "W")],
        [("Magistrates made a contingent destruction order, meaning the dog will be put down if it is not kept under proper control.", "", "", "W")],
        [("Ashburner told magistrates she had since repaired the gate and bought a muzzle.", "Maureen Ashburner", "told magistrates", "")],
        [("* * *", "", "", "B")],
        [("Shop worker admits taking £3,460 from till", "", "", "W")],
        [("A 22-year-old woman has admitted stealing £3,460 from the till of the Fellingham convenience store where she worked, over five months.", "", "", "W")],
        [("Jade Moxon, of Beacon Rise, Whitbarrow, entered her plea at Whitbarrow Magistrates' Court on Thursday.", "", "", "W")],
        [("Magistrates said their sentencing powers were not enough and sent the case to Fellingham Crown Court for sentence on April 2.", "Magistrates", "said", "W"),
         ("Moxon was granted unconditional bail.", "", "", "W")],
        [("* * *", "", "", "B")],
        [("Trial date set in pub doorman assault case", "", "", "W")],
        [("A man accused of assaulting a doorman outside the Cooper's Rest pub in Whitbarrow has pleaded not guilty.", "", "", "W")],
        [("Lewis Ormesher, 35, of Kiln Street, Fellingham, denies assault occasioning actual bodily harm on January 18.", "", "", "W")],
        [("His trial will take place at Fellingham Crown Court on August 17.", "", "", "W"),
         ("He was released on bail on condition that he does not enter Whitbarrow town centre.", "", "", "W")],
        [("Anyone charged with an offence is presumed innocent unless proven guilty.", "", "", "B"),
         ("Names and addresses are as given in court.", "", "", "B")],
        [("Seen something in court we should know about?", "", "", "B"),
         ("Call the newsdesk on 01632 775 310.", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1  Whitbarrow bypass to shut overnight for resurfacing", "", "", "B")],
        [("2  Fellingham bakery wins regional award", "", "", "B")],
        [("© 2026 The Whitbarrow Advertiser.", "", "", "B"),
         ("Registered in England No. 04418827.", "", "", "B")],
    ],
    [  # 11. US regional paper's health page: measles outbreak
        [("The Ridgefold Courier", "", "", "B")],
        [("News   Health   Politics   Business   Sports   Opinion   Obituaries   Puzzles", "", "", "B")],
        [("Subscribe for $1", "", "", "B")],
        [("HEALTH", "", "", "B")],
        [("Measles cases climb to 47 in outbreak spanning four counties", "", "", "W")],
        [("Most of those infected were not vaccinated, health officials say; three schools have sent home 212 students", "health officials", "say", "W")],
        [("By Priscilla Haveron", "", "", "B")],
        [("Updated April 3, 2026, 4:20 p.m. CT", "", "", "B")],
        [("Listen · 5:31", "", "", "B")],
        [("The number of measles cases in an outbreak in the state's northeast has risen to 47, up from 31 a week ago, the state Department of Health said Friday.", "the state Department of Health", "said", "W")],
        [("Forty-one of those infected were not vaccinated, and the vaccination status of four others is unknown, the department said.", "the department", "said", "W"),
         ("Eleven people have been hospitalized, including six children under 5.", "", "", "W"),
         ("No one has died.", "", "", "W")],
        [("Measles cases by county", "", "", "B")],
        [("County   Cases   Hospitalized", "", "", "B")],
        [("Brasher   29   7", "", "", "")],
        [("Winfold   10   2", "", "", "")],
        [("Okaton   6   2", "", "", "")],
        [("Tecumbra   2   0", "", "", "")],
        [("Total   47   11", "", "", "")],
        [("Source: State Department of Health, as of April 3", "", "", "B")],
        [("“Measles is one of the most contagious diseases we know of,” said Dr. Ottilie Vanstone, the health officer for Brasher County.", "Ottilie Vanstone", "said", ""),
         ("“One infected person can give it to nine out of 10 unvaccinated people around them.”", "Ottilie Vanstone", "said", "W")],
        [("Vanstone said the outbreak probably began with an unvaccinated traveler who returned from overseas in late February.", "Ottilie Vanstone", "said", "")],
        [("She said the share of kindergartners in Brasher County with both doses of the measles, mumps and rubella vaccine fell to 86% in the 2024-25 school year, well below the 95% needed to stop outbreaks.", "Ottilie Vanstone", "said", "W")],
        [("Three schools in Brasher County have kept 212 unvaccinated students at home for 21 days under state rules after cases were confirmed among classmates, according to the county health department.", "the county health department", "according to", "W")],
        [("Kimberlyn Lashley, of Tamsford, whose 6-year-old son was among those sent home, said she had put off his shots after reading posts online.", "Kimberlyn Lashley", "said", "")],
        [("“I'm getting him vaccinated Monday,” she said.", "Kimberlyn Lashley", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Places where you may have been exposed", "", "", "B")],
        [("Tamsford Family Clinic, 210 Dunlavy St. — March 24, 9 a.m. to 1 p.m.", "", "", "W")],
        [("Brasher County Fairgrounds indoor arena — March 28, 2 to 6 p.m.", "", "", "W")],
        [("Ridgefold Regional Airport, Concourse B — March 29, 7 to 11 a.m.", "", "", "W")],
        [("If you were at one of these places and are not immune, call the state measles line at 1-800-555-0163.", "", "", "B")],
        [("State epidemiologist Dr. Anneliese Rautenstrauch said people who were exposed could develop symptoms up to 21 days later.", "Anneliese Rautenstrauch", "said", "W")],
        [("“If you have a fever and a rash, call ahead before you go to a clinic or an emergency room, so you don't expose a waiting room full of people,” she said.", "Anneliese Rautenstrauch", "said", "")],
        [("The state has confirmed 58 measles cases so far this year, more than in the previous five years combined, according to department figures.", "department figures", "according to", "W")],
        [("Nationally, 612 cases have been reported this year, according to federal figures.", "federal figures", "according to", "W")],
        [("Measles: what parents should know", "", "", "B")],
        [("• Two doses of the MMR vaccine are about 97% effective at preventing measles.", "", "", "B")],
        [("• Children usually get the first dose at 12 to 15 months and the second at 4 to 6 years.", "", "", "B")],
        [("• Check your family's records on the state immunization portal or ask your pediatrician.", "", "", "B")],
        [("• Symptoms start with fever, cough, runny nose and red eyes, followed by a rash.", "", "", "B")],
        [("Free vaccine clinics: Saturday and Sunday, 9 a.m. to 3 p.m., Brasher County Health Department, 410 Courthouse Square, Tamsford.", "", "", "B"),
         ("No appointment needed.", "", "", "B")],
        [("More health coverage", "", "", "B")],
        [("Why flu shots are running short at rural pharmacies", "", "", "B")],
        [("© 2026 The Ridgefold Courier", "", "", "B")],
        [("Privacy Policy   Terms of Service   Your Privacy Choices", "", "", "B")],
    ],
    [  # 12. UK consumer-affairs site: product recall
        [("Fairdeal", "", "", "B")],
        [("Money   Shopping   Energy   Travel   Scams   Recalls   Your Rights", "", "", "B")],
        [("Log in   Join Fairdeal", "", "", "B")],
        [("Home › Recalls › Home appliances", "", "", "B")],
        [("Hearthwell radiators recalled over fire risk: check your model and batch code", "", "", "W")],
        [("More than 38,000 heaters sold at Brindlemart are affected after 14 reports of overheating", "", "", "W")],
        [("By Lucinda Farthingale", "", "", "B")],
        [("Published 24 February 2026  ·  5 min read", "", "", "B")],
        [("More than 38,000 portable oil-filled radiators sold under the Hearthwell brand are being recalled because a fault in the thermostat can cause them to overheat and catch fire.", "", "", "W")],
        [("The recall covers the 2kW model HW-2010 and the 2.5kW model HW-2015, sold in Brindlemart stores and online between September 2024 and January 2026.", "", "", "W")],
        [("Hearthwell said it had received 14 reports of heaters overheating, three of which caught fire, causing minor damage to flooring and furniture.", "Hearthwell", "said", "W"),
         ("No injuries have been reported.", "", "", "W")],
        [("The recall notice, published on Hearthwell's website on Tuesday, reads: “A small number of units may have a thermostat that fails to switch off the heating element.", "The recall notice", "reads:", "W")],
        [("“Consumers should stop using the product immediately, unplug it and contact Hearthwell for a full refund.”", "The recall notice", "reads:", "")],
        [("Affected heaters have a batch code between B2409 and B2512, printed on the silver rating label on the back panel next to the serial number.", "", "", "W"),
         ("Heaters with batch codes beginning with C are not affected.", "", "", "W")],
        [("How to check your heater", "", "", "B")],
        [("1. Switch the heater off at the wall and unplug it.", "", "", "B")],
        [("2. Find the silver rating label on the back panel.", "", "", "B")],
        [("3. Look for model number HW-2010 or HW-2015 and a batch code from B2409 to B2512.", "", "", "B")],
        [("Hearthwell recall line: 0800 464 7710 (Mon–Fri, 8am–8pm)", "", "", "B")],
        [("A spokesperson for Trading Standards said the service was told of the fault in February and had agreed the wording of the recall with Hearthwell.", "A spokesperson for Trading Standards", "said", "W")],
        [("The service said it had no record of any other faults with Hearthwell products.", "The service", "said", "W")],
        [("Hearthwell said in a statement that it stopped selling both models on February 9 and was working with its factory to find the cause of the fault.", "Hearthwell", "said in a statement", "W")],
        [("“Safety is our first priority, and we are sorry for the inconvenience this causes our customers,” the statement said.", "the statement", "said", "")],
        [("Fairdeal asked Hearthwell on Monday how many heaters had been returned so far.", "", "", ""),
         ("The company said it did not yet have a figure.", "The company", "said", "")],
        [("Brindlemart said it had emailed customers who bought the heaters online and would put notices in all 312 of its stores.", "Brindlemart", "said", "W"),
         ("The retailer said customers would not need a receipt to get a refund.", "The retailer", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Fenella Rackstraw, head of product safety at the charity Safer Homes Trust, said recalls of household appliances typically reach only 10% to 20% of the products affected.", "Fenella Rackstraw", "said", "W")],
        [("“People don't register their appliances, so manufacturers often have no way of finding them,” she said.", "Fenella Rackstraw", "said", "")],
        [("She said anyone who had passed a heater on to a friend or relative, or sold one second-hand, should tell them about the recall.", "Fenella Rackstraw", "said", "")],
        [("Ambrose Tilsworth, of Cradwell, told Fairdeal he had bought two of the heaters in November and had been using one in his daughter's bedroom.", "Ambrose Tilsworth", "told Fairdeal", "")],
        [("“I only saw the notice by chance, on the shop door,” he said.", "Ambrose Tilsworth", "said", ""),
         ("“Nobody emailed me, and I paid with my loyalty card.”", "Ambrose Tilsworth", "said", "")],
        [("Brindlemart said it would start contacting loyalty-card holders who bought the heaters this week.", "Brindlemart", "said", "W")],
        [("It is the second recall of an oil-filled radiator sold in the UK this winter.", "", "", "W")],
        [("If you have an affected heater, do not try to repair it or take it back to a store without calling the recall line first.", "", "", "B")],
        [("Related: All current product recalls", "", "", "B")],
        [("Related: Is it safe to buy second-hand electricals?", "", "", "B")],
        [("Get Fairdeal's free weekly alert with the latest recalls and scams", "", "", "B")],
        [("Your email", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("Fairdeal is published by Fairdeal Consumer Media Ltd.", "", "", "B"),
         ("© 2026", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    # --- TV station pages: player lines, an autoplay notice, a forecast with p.m. before a degree line -----
    ("n28-player-lines", "Now Playing\nCorvexa workers learn their plant will close in September\n0:00 / 2:37\nAutoplay is on. Next video starts in 8 seconds.\nCancel",
     ["Now Playing", "Corvexa workers learn their plant will close in September", "0:00 / 2:37", "Autoplay is on.", "Next video starts in 8 seconds.", "Cancel"]),
    ("n28-pm-then-degrees", "KXRB 12 First Alert Weather\nTonight: Showers likely after 9 p.m. Low 39°.\nHourly   10-Day   Interactive Radar",
     ["KXRB 12 First Alert Weather", "Tonight: Showers likely after 9 p.m.", "Low 39°.", "Hourly   10-Day   Interactive Radar"]),
    # --- earnings pages: vs. inside result lines, a quoted fragment ending with its full stop inside -------
    ("n28-vs-lines", "Earnings per share: 84 cents adjusted vs. 76 cents expected\nRevenue: $3.12 billion vs. $3.05 billion expected",
     ["Earnings per share: 84 cents adjusted vs. 76 cents expected", "Revenue: $3.12 billion vs. $3.05 billion expected"]),
    ("n28-stop-inside-quote", "Analysts at Glenmorrow Partners said in a note to clients that the results were “cleaner than feared.” Sunniva Erlandsen, an analyst at Carrowfield Securities, said the drop in volumes was the fifth in a row.",
     ["Analysts at Glenmorrow Partners said in a note to clients that the results were “cleaner than feared.”", "Sunniva Erlandsen, an analyst at Carrowfield Securities, said the drop in volumes was the fifth in a row."]),
    # --- commodity pages: fractions of a cent, a quote split over two sentences -----------------------------
    ("n28-bushel-fractions", "On the Midcontinent Grain Exchange, the most-active wheat contract rose 4-1/2 cents to $5.48-3/4 a bushel on Thursday, its highest close in three weeks. Traders said the Argentine cut added to worries about dry weather.",
     ["On the Midcontinent Grain Exchange, the most-active wheat contract rose 4-1/2 cents to $5.48-3/4 a bushel on Thursday, its highest close in three weeks.", "Traders said the Argentine cut added to worries about dry weather."]),
    ("n28-quote-two-sentences", "“Then it didn't rain for five weeks. Some paddocks won't make two tonnes.”",
     ["“Then it didn't rain for five weeks.", "Some paddocks won't make two tonnes.”"]),
    # --- trade publication: a table's header, row and source lines -------------------------------------------
    ("n28-table-lines", "Campus   2025-26   2026-27   Change\nQuillworth   $11,416   $12,158   +$742\nSource: Ostervald University System Board of Regents meeting materials, April 28, 2026",
     ["Campus   2025-26   2026-27   Change", "Quillworth   $11,416   $12,158   +$742", "Source: Ostervald University System Board of Regents meeting materials, April 28, 2026"]),
    # --- Irish regional pages: am and pm glued to times, MV before ship names, party initials in brackets ---
    ("n28-glued-am-pm", "Under the proposed winter timetable, boats would leave Carrigmoy at 9.30am and 4.15pm and leave the island at 10.15am and 5pm. The co-op will hold a public meeting on Saturday at 2pm.",
     ["Under the proposed winter timetable, boats would leave Carrigmoy at 9.30am and 4.15pm and leave the island at 10.15am and 5pm.", "The co-op will hold a public meeting on Saturday at 2pm."]),
    ("n28-mv-names", "Gowla Island Ferries operates two boats, the 96-passenger MV Naomh Colmán and the smaller MV Réalta, which also carries freight. The two boats made 2,914 crossings last year.",
     ["Gowla Island Ferries operates two boats, the 96-passenger MV Naomh Colmán and the smaller MV Réalta, which also carries freight.", "The two boats made 2,914 crossings last year."]),
    ("n28-cllr-party-brackets", "Cllr Tadhg Ó Maoilriain (Ind) said the council would write to the Minister of State. Fellow councillor Orlaith Mac Diarmada (FF) said the island was being “used as a bargaining chip” by both sides.",
     ["Cllr Tadhg Ó Maoilriain (Ind) said the council would write to the Minister of State.", "Fellow councillor Orlaith Mac Diarmada (FF) said the island was being “used as a bargaining chip” by both sides."]),
    # --- Indian portals: Smt. before a surname, a dateline with a wire tag and no dash, crore and km -----------
    ("n28-smt-title", "“Tenders for the viaduct will be floated within 60 days,” Smt. Ekbote told PNS. She said the existing 33.2-km network carried an average of 3.18 lakh passengers a day in February.",
     ["“Tenders for the viaduct will be floated within 60 days,” Smt. Ekbote told PNS.", "She said the existing 33.2-km network carried an average of 3.18 lakh passengers a day in February."]),
    ("n28-dateline-wire-tag", "Navrangpur, March 5 (PNS) The Union Cabinet on Wednesday approved the extension at an estimated cost of Rs 4,218 crore. The 11.6-km elevated corridor will have nine stations.",
     ["Navrangpur, March 5 (PNS) The Union Cabinet on Wednesday approved the extension at an estimated cost of Rs 4,218 crore.", "The 11.6-km elevated corridor will have nine stations."]),
    # --- Nigerian pages: Engr. and Dr. before names, a quote whose cue ends its second sentence ----------------
    ("n28-engr-dr", "The statement, signed by the authority's Head of Corporate Communications, Engr. Adewunmi Fashakin, said the market remained deregulated. Dr. Yetunde Olatubosun said the naira had lost about 9 per cent of its value since January.",
     ["The statement, signed by the authority's Head of Corporate Communications, Engr. Adewunmi Fashakin, said the market remained deregulated.", "Dr. Yetunde Olatubosun said the naira had lost about 9 per cent of its value since January."]),
    ("n28-naira-quote-cue-last", "“Our members now buy at ₦1,041 per litre at the depot. After transport and our margin, nobody can sell below ₦1,100,” he said.",
     ["“Our members now buy at ₦1,041 per litre at the depot.", "After transport and our margin, nobody can sell below ₦1,100,” he said."]),
    # --- obituaries: a.m. and St. in a service line ------------------------------------------------------------
    ("n28-am-saint", "A funeral Mass will be celebrated at 10 a.m. Saturday at St. Brendan's Catholic Church in Kilderby. Burial will follow at Osterloh County Memorial Gardens.",
     ["A funeral Mass will be celebrated at 10 a.m. Saturday at St. Brendan's Catholic Church in Kilderby.", "Burial will follow at Osterloh County Memorial Gardens."]),
    # --- rail strikes: timetable lines with colons, a line of two sentences ------------------------------------
    ("n28-timetable-lines", "Thursday 12 March: As Tuesday.\nFriday 13 March: As Wednesday.\nSaturday 14 March: No Lynmoor services at all. Rail replacement buses will not run.",
     ["Thursday 12 March: As Tuesday.", "Friday 13 March: As Wednesday.", "Saturday 14 March: No Lynmoor services at all.", "Rail replacement buses will not run."]),
    # --- court roundups: said: before a quote, a separator and a mini-headline ---------------------------------
    ("n28-judge-said-colon", "Judge Rosalind Wyberg said: “You have a long record for exactly this kind of offence, and the public needs a rest from you.” Ostlethwaite was also banned from driving for three years.\n* * *\nDog owner fined after postal worker bitten",
     ["Judge Rosalind Wyberg said: “You have a long record for exactly this kind of offence, and the public needs a rest from you.”", "Ostlethwaite was also banned from driving for three years.", "* * *", "Dog owner fined after postal worker bitten"]),
    # --- health pages: St. and a.m. inside an exposure line -----------------------------------------------------
    ("n28-exposure-lines", "Tamsford Family Clinic, 210 Dunlavy St. — March 24, 9 a.m. to 1 p.m.\nBrasher County Fairgrounds indoor arena — March 28, 2 to 6 p.m.",
     ["Tamsford Family Clinic, 210 Dunlavy St. — March 24, 9 a.m. to 1 p.m.", "Brasher County Fairgrounds indoor arena — March 28, 2 to 6 p.m."]),
    # --- recall pages: numbered steps with model and batch codes, a quote left open at a paragraph's end -------
    ("n28-numbered-steps", "1. Switch the heater off at the wall and unplug it.\n2. Find the silver rating label on the back panel.\n3. Look for model number HW-2010 or HW-2015 and a batch code from B2409 to B2512.",
     ["1. Switch the heater off at the wall and unplug it.", "2. Find the silver rating label on the back panel.", "3. Look for model number HW-2010 or HW-2015 and a batch code from B2409 to B2512."]),
    ("n28-open-quote-paragraphs", "The recall notice reads: “A small number of units may have a thermostat that fails to switch off the heating element.\n“Consumers should stop using the product immediately, unplug it and contact Hearthwell for a full refund.”",
     ["The recall notice reads: “A small number of units may have a thermostat that fails to switch off the heating element.", "“Consumers should stop using the product immediately, unplug it and contact Hearthwell for a full refund.”"]),
]  # fmt: skip
