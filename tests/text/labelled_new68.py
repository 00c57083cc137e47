"""Sixty-eighth set of new hand-labelled pages for the hint engines (tuning set, round twenty-nine): twelve whole pages of everyday news from eleven countries where FINDING the attribution is hard, because the source is given in quiet ways.

Written from scratch for issue 13 in round twenty-nine, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under `docs/`,
no README and no benchmark was read, `claimreview` was never imported, and no test, scorer, engine or
`pytest` was run. The format and the conventions were read from the module docstrings of
`labelled_new.py`, `labelled_new2.py`, `labelled_new63.py`, `labelled_new64.py` and
`labelled_new65.py` (printed whole), the first two pages of `labelled_new63.py`, `labelled_new64.py`
(that listing ran on into the `STYLES` of `labelled_new64.py` before it and the first lines of its
third page after) and `labelled_new65.py` (with the first two of its `STYLES`, cut short), the split
cases of the same three files (listings with their long lines cut to a few hundred characters, the
first of them truncated in the middle, the others cut after their first fifteen to twenty cases),
`build` in `labelled_articles.py` and the ruff settings in `pyproject.toml`. What was run: `ls` of
`tests/text/`, `grep -n` for the line numbers of `STYLES`, `ARTICLES` and `CASES` in those three
files, an `ls` that showed that `labelled_new66.py`, `labelled_new67.py`, `labelled_heldout43.py` and
`labelled_heldout44.py` did not exist yet, scripts of my own in /tmp that turned a small line format
into the literals below (taking every split case's text and expected sentences from the pages
themselves), renaming scripts, an import of this file with `build` on every page, a small checking
script of my own in /tmp (four fields, flags, speakers against cues and against the page text, the
sentence count, every split case occurring in a built page and joining back to its text), whole-word
case-insensitive greps of every capitalised word of these pages and styles (each part of a hyphenated
name on its own) over `tests/` that printed file counts only, and `ruff format` / `ruff check`.

Every person, small place, street, road, school, hospital, church, stadium, housing scheme, island,
organisation, outlet, company, co-operative, union, club, association, network, institute,
university, journal, product and number is invented. Real countries, regions, big cities and public
bodies appear only as settings, with invented figures: England and the Department for Environment, Food
and Rural Affairs;
the United States and Ohio; Canada, Manitoba, Winnipeg and its St. Boniface neighbourhood, the Court
of King's Bench and Manitoba's Condominium Act; Australia, New South Wales, the Bureau of Health
Information (BHI) and the NSW Health Minister's office; Ireland, the Department of Education, the
Dáil, Leinster House, the Leaving and Junior Cert and the Freedom of Information Act; New Zealand,
MetService, Civil Defence, the police, Fire and Emergency New Zealand and the Government; India,
Karnataka, Maharashtra, Bengaluru, Mysuru, Hubballi and Chikkamagaluru, the National Stock Exchange,
the Sensex and the Nifty, and the Department of Animal Husbandry and Dairying; South Africa
and Griqualand (in an invented union's name); Scotland, NatureScot, the Scottish Government's marine
directorate and Norway; Kenya, Nairobi, its Industrial Area and Central Station, Kenya Railways, the
State Department for Transport and Nairobi County; Jamaica, Clarendon, May Pen, the National Housing
Trust (NHT), the Ministry of Housing and the Real Estate (Dealers and Developers) Act; Ghana, the
Western North Region, Ashanti, Sefwi (in an invented network's name) and the Ghana Cocoa Board
(COCOBOD). Facebook, X, Instagram, WhatsApp, Telegram, LinkedIn and Bluesky appear only as channels.
No surname, town, street, outlet, company, school, club or union of any file under `tests/` is reused:
every capitalised word was grepped as a whole word over the whole `tests/` tree, and every hit that
was an invented name was changed (a first pass hit about 120 invented surnames, towns, streets,
outlets and companies, a second pass 27 of their replacements and a check of candidate replacements
eight more, all renamed and grepped again; given names, titles, real settings and common words such as "Register", "Express",
"Times", "Post", "Daily", "Prairie", "Ridge", "Junction", "Plains", "Network" and "Collective"
recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line (masthead, tagline, account or search strip, menu, crumb, section
label, byline, date line, listen line, share strip, caption credit, ad slot, related, read-more and
most-read lines, tip lines, newsletter, app and WhatsApp prompts, comment notices, comments, bios,
disclaimers, topics and footers) is a paragraph of its own, worded in that site's own way, and "B".
The stories are everyday news (council, police, courts, health, schools, weather, business, sport,
science, transport, housing, agriculture), and in each the speakers are found in quiet ways:
"according to" a person, a document, data or a report at the start, in the middle or at the end; "X
said in a statement / in a news release / in a regulatory filing / in a post on Facebook / in an email
/ in an interview / at a briefing / at a press conference / at a durbar"; "told <outlet>"; "X says"
in the present tense; "estimates", "warns", "argues", "insists", "believes", "credits", "wrote",
"alleged", "argued in court filings", "found"; "the report found", "the data show", "Court records
show"; a spokesperson with and without a name; "officials said" and "police said" at the end;
"It said" / "It warned" / "It urged" / "It added" for a body; a quote paragraph whose speaker is
named only in the paragraph before; a person named in a sentence before his words; reported speech
carried into a following sentence without a verb. Mixed in are sentences nobody is cited for that
look as if they might be: a named person doing something, a notice's, sign's, banner's or alert's
wording, a law's or ordinance's name, "is said to be" / "said to come from" / "said to date from",
and a title with "Says" inside it ("What Our Community Says", "When the Captain Says Run").

(1) An English local news site: a district council moves black bins to three-weekly collections. The
standfirst's "report says" carries "a report to the council's cabinet" as the body names it;
"according to a report to the council's cabinet" keeps it as written, "The report found" keeps "The
report", and "It said" resolves to the report as first given. "Cllr" is dropped from a cabinet member
who "said in a statement after the meeting" and from an opposition leader who "told the
Chanticleer"; the quote paragraph after that has no attribution of its own and carries him with the
same cue, and "He argues" with the £93,000 and £61,000 of fly-tipping clear-ups is "W" (figures of
record inside an argument). The council leader leaving the chamber is an act, "W" without a speaker;
"officials said" at the end keeps "Officials"; the notice's wording ("reads “Lids must close – side
waste will not be collected”") and "is said to be the narrowest street" carry no speaker and are "";
the residents' association "said in a post on Facebook" ("W", a petition count) and "It warned"
(""); a resident's bin and her question are ""; "Marchbrigg-Oduyabo says" in the present tense is a
pledge, "", and the next sentence, ending "she says", a rule with a date, "W". "Got a story about
your street?" ends a "B" sentence before "Email ..."; "Ltd." ends one before "Registered in England
No. 06118342.".

(2) A US county daily's site in Ohio: two men charged in catalytic converter thefts. The standfirst's
"Police say" carries "the Latchmoor Police Department", as the dateline sentence ending "said in a
news release Tuesday" names it; the charges and the arraignment are of record without a speaker;
"Police believe ... at least 31 thefts" keeps "Police" and is "W" for the figure; "According to the
criminal complaint" (with "2:40 a.m. on Feb. 27 on Quirnbeck Ave.") and "the complaint says" keep the
document as written; "Sgt." is dropped with "told the Register", and her "about 90 seconds" is "";
her night shifts in an unmarked car are an act, "", without a speaker; the school district's
spokesperson is named; the sheriff's office "said in a post on Facebook" and "The office thanked"
keeps "The office" (""); "Court records show"; an attorney "said in an email" (a plea of record,
"W") and a public defender "did not return a call" (""); the city's Secondhand Metals Ordinance is a
law's name, "W", no speaker; a victim's repair bill is private, "", the church van's two thefts "W";
"The Rev." is dropped; the chief "says" a count and "He credits" the arrests (a cause stated by an
official, "W"); "Police asked" anyone with information to call, "".

(3) A Canadian independent weekly in Winnipeg: a judge orders a developer to pay condo owners for
leaking windows. The standfirst's "judge writes" carries the judge as the body names her, "Justice"
dropped; "wrote in a 41-page decision" and "she wrote" (a finding of the court, "W"); "according to
the decision" and "the decision says" keep "the decision"; "In its statement of claim, ...,
Condominium Corporation No. 2207 alleged" carries the corporation with "alleged"; "Quellmont argued
in court filings" keeps the short name as written; "The judge rejected that argument." is an act,
"W", and "..., she found." carries the judge with "found"; a lawyer "said in an email" and the
company "said in a statement posted to its website"; the board president "said in an interview"
and her quote paragraph with no verb carries her; an engineer who "estimates" a season of work is ""
(a spoken projection) and "He says" the warranty's five years "W"; the Condominium Act's rule is "W"
without a speaker; "is said to be the first condo ... sold with triple-glazed windows" is ""; an
owner "says" in the present tense over three sentences, "".

(4) An Australian regional daily in New South Wales: emergency department waits at a base hospital.
The headline's "new data show" carries "the latest quarterly figures from the Bureau of Health
Information (BHI)" as the body names them with "according to"; "The data show" at the start and "the
data show" at the end keep "The data" / "the data" as written; the standfirst's "Doctors warn"
carries the medical staff council chair through whom the body gives it ("Dr" dropped, "warns", "");
her "patients on trolleys in the corridor most nights in January" is a specific claim of record, "W",
and her quote paragraph without an attribution carries her ("We have 22 emergency beds." "W", the
Friday-night forecast ""); "A spokesperson for the Upper Belcoora Local Health District" and "the
spokesperson said" after it carry the spokesperson as first described; "The office of the NSW Health
Minister said in a statement" is kept as written; a GP "told the Times", and his quote splits at "where
do you go?" before "You go to ED,” he said."; the union organiser "said at a briefing" and "She
believes" (""); a patient's nine-hour wait is a public service, "W", told without a speaker; "The BHI
report found"; the consultation report's title with "Says" inside it carries no speaker and is "",
and "It listed" carries the report with "listed", "W".

(5) An Irish regional weekly: a community college has waited nine years in prefabs. The headline's
"Department confirms" carries "the Department of Education"; the standfirst's "Principal writes"
carries the principal, named in "In a letter to parents sent home on Friday, the school's principal,
..., wrote"; "The letter says" and "It asks" keep "The letter"; "The Department of Education said in
a statement" and "A spokesperson for the Department added" as written; "according to a reply to a
parliamentary question"; "Deputy" is dropped from a TD who "told the Beaconlight", and the two-
sentence quote paragraph after it carries him; "according to figures released under the Freedom of
Information Act" keeps the figures as written (the Act's name inside it is not a speaker); the sign
"still reads “Site of New School Building – Works Commencing 2019”" is "" without a speaker; the
principal teaching a maths class is an act, "", and "She said in an interview on Corradrishna FM"
carries her; the parents' association chair "insists" a fact ("W") and pledges a protest (""); the
TD's reported speech runs into "The school would be the first thing he raised with the minister ..."
(no verb, carried, a pledge, ""); "The Department's own figures show"; a student's feelings "".

(6) A New Zealand regional site: a river floods a small town and 63 homes are evacuated. The
standfirst's "MetService says" carries the MetService meteorologist through whom the body gives the
forecast (""); MetService lifting its warning is an act, "W"; "according to the regional council's
river gauge at Pākihi Bridge" and "Regional council rainfall data show" keep the data as written; the
emergency alert's wording is quoted without a speaker, its time "W" and "Move to higher ground.”" "";
the Civil Defence controller "said at a briefing", and the quote paragraph after it carries him with
that cue; "police said" at the end keeps "Police"; "Fire and Emergency New Zealand said in a post on
Facebook"; a farmer moving 600 ewes is an act, "", and her quote ""; "said to be the oldest building in
town" ""; the meteorologist "says" in the present tense, "she says" at the end of a causal account
("W"), and "Another front could bring more rain ..." carries her without a verb (""); "Wolfenden-
Rangimahuki warned" the slips ("W"); a roading manager "estimates" two weeks (""); the district council
"said in a statement" then "It urged" (advice, ""); "Mayor" dropped with "told reporters".

(7) An Indian business site's markets page: a listed dairy raises milk prices. The standfirst's
"Company cites" carries "Nandigiri Dairy Foods Ltd" as first given; "the company said in a regulatory
filing" carries the company as first given and "it said" the same; "according to the filing" and "The
filing said" keep the filing as written; "according to its annual report"; the managing director
"told analysts on a conference call", and his quote paragraph after it carries him; "Analysts at
Varadhi Securities wrote in a note to clients" is a published estimate, "W", with "i.e. roughly 6%"
unsplit, while an analyst who "estimates" rivals' rises is ""; the federation's pledge to hold prices
carries its managing director named after it with "said at a press conference", ""; "Officials said";
a farmer's price at the collection centre is a market price, "W", without a speaker; "One person who
was not surprised by the increase was ..." names the agents' leader with no verb of saying, "", and
the next sentence, ending "he said", carries him, with "Their commission of Rs 1.40 a litre would stay
the same." carried without a verb, "W"; "according to the Department of Animal Husbandry and
Dairying"; a consumer group "said in a post on X" then "it said"; "(With inputs from agencies)" and
the analysts' disclaimer are "B".

(8) A South African community paper's sport page: a rugby club is forced out of its ground after a
stand is declared unsafe. The standfirst's "Engineer's report found" carries "an engineer's report
commissioned by the Kwaggasdraai Local Municipality" as the body names it with "According to"; "the
report found" at the end keeps "the report"; the municipality closing the ground is an act, "W";
"Municipal spokesperson" is dropped; "The main stand was built in 1954." is "W" and "It is said to be
the oldest stand with a wooden floor ..." ""; the chairman "told the Express", and his quote paragraph
after it carries him; the provincial union "said in a statement on its website"; the captain "wrote
on Instagram" (a donation of record, "W") and "he wrote" (""); the banner's wording and the
centenary book "When the Captain Says Run" carry no speaker, ""; "In a written reply to questions from
the Express, the municipality said" keeps "the municipality" with that cue, and "It said" resolves to
the municipality as first given; an opposition councillor "insists" the municipality was warned in a
2019 inspection ("W"); a supporter's plans and the coach's present-tense "says" are ""; the fixtures
box has its title "B" and its rows "".

(9) A Scottish national site's science section: a survey finds puffins on an island have fallen by
almost a third. The headline's "survey finds" carries "a survey by researchers from Strathquheen
University", as the body names it with "according to" (its publication details after the name
dropped, like a clause set off by commas); "The study found", "The data show", "according to the
study" and "the study found" keep the document as written; the standfirst's "Researchers believe"
carries the lead author ("Dr" dropped, "believes", ""); "She wrote in a blog post" and the quote
paragraph after it carry her with "wrote"; her reported speech runs into "A colony on the Norwegian
coast had returned to its old numbers ..." (carried, "W"); a retired warden's counting is an act, "";
the island's name "is said to come from the Old Norse", ""; "NatureScot said in a statement"; "A 2024
report by the Scottish Government's marine directorate found"; "Prof" dropped with "warns" (""); a
fisherman "told Albannach Daily" what he saw (""); the method is "W"; the journal reference with "et
al." is one "B" sentence.

(10) A Kenyan digital daily's Nairobi page: commuter trains to a satellite town double. The lead
names Kenya Railways' managing director after its words ("..., the corporation's managing director,
..., said at a briefing on Tuesday"), and the standfirst's "Kenya Railways says" carries her;
"she said", "She said" and "she added" carry her, with "The first train will leave ... at 5.30am and
the last will leave Nairobi at 8.15pm." carried without a verb; "according to the State Department for
Transport"; "Officials said"; a station master "told Mtaa Daily", and his quote paragraph after it
carries him, with "he said" at the end of a later sentence; a matatu chairman "insists" (""), then
his fares ("W"); "In a letter to the county's transport department dated March 30, the association
asked" keeps "the association" with "asked"; a county chief officer is named without her role;
"according to a 2025 survey commissioned by the county"; the sign in Swahili and English and "is said
to date from 1926" are ""; "Police said" at the start; a nurse's private fares and her boarding the
6.40am are "".

(11) A Jamaican weekly's site: buyers at a housing scheme still wait two years after their handover
date. The gate sign "still reads “Handover – December 2023”" without a speaker is "W" (a published
date of record); "according to the NHT" keeps "the NHT" as written (not the full name given just
before it in the same sentence); "In a letter to buyers dated February 2, the developer, Cotterwood
Developers Ltd., wrote" carries the company as named there; "the letter says"; "Cotterwood said in a
statement to the Peeniwally" keeps the short name, and "It said" resolves to the company as first
given; the NHT spokesperson's reported speech runs into "Buyers who wanted to withdraw could have their
deposits refunded in full ..." (carried, "W"); a buyer "told the Peeniwally" his deposit and the rent he pays
while he waits (private, ""), and his quote paragraph after it carries him; a quantity surveyor
"estimates" ("") and "He said 22 of the units still had no roof sheeting" ("W"); a managing director
"did not respond to questions sent by email on Thursday"; "The office of the Member of Parliament for
the area said" as written; "Councillor" dropped with "argues", the Phase 1 drainage "W"; the
municipal corporation's vote is "W" without a speaker; a teacher's private move is ""; the comment
count, the user line "Marcia G. · 2 days ago" and the comment's two sentences are "B".

(12) A Ghanaian farming news site: swollen shoot disease cuts cocoa output. The headline's "COCOBOD
data show" and "according to COCOBOD data" keep the data as written, "the data show" at the end keeps
"the data"; "The Ghana Cocoa Board (COCOBOD) said in a statement", then "It said" and "It added"
resolve to it; the standfirst's "District officer estimates" carries the district cocoa officer
("Mr." dropped, "estimates", ""), and "He says" his six extension officers ("W"); "A report by the
Sefwi Plains Cocoa Farmers' Network, released in January, found" keeps the report as written
without the clause set off by commas, and "according to the network's report" keeps that later
mention as written; "Nana" is dropped from the queen mother who "said at a durbar", and her quote
paragraph after it carries her; the District Chief Executive "told journalists"; the signboard's
"Private Property – No Galamsey" carries no speaker; a farmer "told Krobea Agric News in an
interview", and his planting on Thursday is an act, ""; "Dr." dropped with "warns" (""), then "She
said" the mealybugs' reach ("W"); the farm-gate price is "W" without a speaker; "© 2026 Krobea Agric
News." ends a "B" sentence before "All rights reserved.".

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new65.py` hold too, as their docstrings state them (furniture "B"
line by line; captions by content and credits "B"; standfirsts labelled like headlines, never split at
a semicolon, a verb of saying in them carrying the source as the body names it; titles, ranks,
honorifics and roles dropped from speakers; a pronoun, a later surname or a role resolved to the full
name as first given; organisations, documents and data kept as written, "according to X" -> X, "It"
for an organisation resolved to its name as first given; a quote over several sentences or paragraphs
carrying its speaker and cue; "declined to comment" and "did not respond" labelled like speech with
flags ""; plans, votes, decisions, orders, rulings, rules and figures of record "W"; spoken forecasts,
estimates, hopes, pledges, opinions, feelings, scene, private circumstances, questions and advice "";
a figure of record inside an opinion "W"; data rows of a table or box "", its title "B").

Conventions this set had to settle, in the same spirit:

* "It said" for a document. After "according to a report to the council's cabinet", "It said" resolves
  to the document as first given, as "It" does for an organisation; a later mention with its own noun
  ("The report found", "the decision says", "The letter says", "the complaint says", "the network's
  report") is kept as written.
* Data as the subject. "The data show", "the data show", "Court records show", "Regional council
  rainfall data show", "COCOBOD data show" and "The Department's own figures show" carry the data as
  written with the cue "show"; a headline's or standfirst's "data show" / "report found" / "survey
  finds" carries the source as the body first names it.
* Present-tense features. "says", "estimates", "warns", "argues", "insists", "believes" and "credits"
  are cues as written, like "said"; a present-tense quote ("“Eight years of tarps,” he says.") carries
  "says".
* Quote paragraphs without attribution. A paragraph that is only a quote, after a paragraph that names
  its speaker with a verb of saying, carries that speaker and that paragraph's cue ("told the
  Chanticleer", "said at a briefing", "told analysts on a conference call", "said at a durbar"), or
  "said" where the paragraph before ends in "she said".
* Reported speech carried. A sentence in the same reported speech with no verb of saying, right after
  a sentence that has one, carries the same speaker and cue, flags by content.
* Not speakers. A notice's, sign's, banner's, signboard's or alert's wording, a law's or an
  ordinance's name, "is said to be" / "said to come from" / "said to date from" (nobody named), a
  title with "Says" inside it, "Got a story ...?" furniture, and a named person acting ("left the
  chamber", "spent most of February on night shifts", "waited nine hours", "moved 600 ewes", "teaches
  a Leaving Cert maths class", "boarded the 6.40am", "was planting plantain suckers") carry no speaker;
  a person named with no verb of saying ("One person who was not surprised by the increase was ...")
  carries none either, and the "he said" after it carries him. "The office thanked ..." and "Police
  asked anyone ..." do carry the body, with "thanked" and "asked" as cues, flags "".
* Acts of bodies and courts. "The judge rejected that argument.", "MetService lifted its red heavy
  rain warning ...", "The municipality, which owns the ground, closed the whole stadium ...", "The
  municipal corporation voted ..." and the charges and arraignment are "W" without a speaker; "...,
  she found." after the judge's act carries her with "found".

Splits. "Ltd." ends a sentence before "Registered in England No. 06118342."; "Pvt. Ltd." and "(Pty)
Ltd. publication." and "© 2026 Krobea Agric News." before "All rights reserved."; a "?" in furniture
before a capital ("Got a story about your street?" / "Email ...", "Have you been affected by the
flooding?" / "Send us ...", "Got something to say?" / "Send your letter ..."); a caption's full stop
before its credit on the same line; a "?" inside a quote before a capital ("where do you go?" / "You go
to ED,” he said."); a full stop inside a quoted alert after a colon ("read: “Leave now." / "Move to
higher ground.”"); and "Same thing happened in Phase 1." / "Nobody learns." end sentences. "Dallin R.
Keppler-Stroudhallow", "LATCHMOOR, Ohio —", "Nov. 9", "2:40 a.m. on Feb. 27 on Quirnbeck Ave. in",
"Sgt. Marla", "Jan. 18", "The Rev. Elroy", "5:12 p.m. |", "St. Boniface", "Homes Ltd. installed",
"Condominium Corporation No. 2207 alleged", "Dr Imogen", "Dr Bartholomew", "NSW", "Prefab 11",
"Corradrishna FM", "3.20am", "11.42pm", "9am Friday", "BENGALURU:", "Foods Ltd will", "approx. 72%",
"Rs. 412.60", "i.e. roughly", "Rs 1.40", "R2.3 million", "2026/27", "R40 000", "Pieter-Jan", "Dr
Kirsteen", "Prof Rory", "et al. Breeding", "J N Atl Seabird Ecol. 2026;11(2):88–104.", "5.30am",
"8.15pm", "Sh80", "Developers Ltd., wrote", "$1.2 million", "Mr. Kwabena", "Dr. Efua", "GH₵1,000" and
"GH₵3,228.75" never split a sentence; nor does a colon ("Read more: ...", "Disclaimer: ...",
"Journal reference: ...", "read: “Leave now.").

`CASES` holds 30 sentence-split cases in the format of the `CASES` of `labelled_new63.py` (id, text,
expected sentences), each taken word for word from these pages (consecutive lines joined by a
newline, sentences of one line by a space) and written the same way: what a reviewer wants, not what
the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "English local news site, a district council moves black bins to three-weekly collections (masthead, account strip, menu, crumb, headline, semicolon standfirst carrying a cabinet report with says, byline with a middle dot, date line with a 24-hour time, share strip, caption and credit on one line, according to a report then The report found and It said resolved to the report, said in a statement after the meeting, Cllr dropped, a council leader leaving the room as an act, officials said at the end, an ad slot, told the Chanticleer then a quote paragraph whose speaker is only in the paragraph before, argues with figures of record, a notice's wording and said to be without a speaker, said in a post on Facebook then It warned, a resident's private bin and her question, according to a government department, says in the present tense, a scrutiny date, read-more, tip line with a question, most-read list, newsletter line, footer with Ltd. and Registered in England)",
    "US county daily's site in Ohio, two men charged in a string of catalytic converter thefts (masthead with a tagline, menu with pipes, section label in capitals, headline, semicolon standfirst carrying the police department through Police say, byline with a pipe, published and updated line with p.m., share strip, caption and credit, Ohio in the dateline with said in a news release at the end, a middle initial, charges of record without a speaker, Police believe with a figure, Nov. in mid-sentence, according to the criminal complaint with a.m. inside, the complaint says, Sgt. dropped with told the Register, a sergeant's night shifts as an act without a speaker, a named district spokesperson, said in a post on Facebook then The office thanked, Court records show, an attorney who said in an email, a public defender who did not return a call, an ordinance's name, a victim's private repair bill, Rev. dropped, a chief who says in the present tense then credits, Police asked, related list, reporter line, subscription prompt, footer with Inc.)",
    "Canadian independent weekly's site in Winnipeg, a judge orders a developer to pay condo owners for leaking windows (masthead with a tagline, menu in capitals, section label, headline with $1.9M, semicolon standfirst carrying the judge with writes, byline, posted line with reading time, share strip, St. in a neighbourhood name, wrote in a decision, a quote from the decision with she wrote, according to the decision at the end, the decision says, Condominium Corporation No. in a statement of claim with alleged, Ltd. in mid-sentence, argued in court filings, the judge rejecting an argument as an act then she found, a lawyer who said in an email, said in a statement posted to its website, said in an interview then a quote paragraph with no verb, an engineer who estimates and says in the present tense, an act's name without a speaker, said to be, an order of record, an owner who says, an ad slot, more-from list, membership line, footer)",
    "Australian regional daily's site in New South Wales, emergency department wait times at a base hospital (masthead, date and weather strip, menu, section label, headline with new data show, semicolon standfirst carrying the medical staff council chair through Doctors warn, Words by byline, updated and first-published line with am, share strip, caption with Picture by credit, according to the latest quarterly figures, The data show at the start and the data show at the end, Dr dropped with warns, a quote paragraph whose speaker is only in the paragraph before, a health district spokesperson then the spokesperson said, an ad slot, a minister's office said in a statement, told the Times, a question before a capital inside a quote, a union organiser said at a briefing then She believes, a patient's public wait without a speaker, a hospital's beds without a speaker, The BHI report found, a report's title with Says inside it then It listed, read-more, support prompts, footer with Pty Ltd)",
    "Irish regional weekly's site, a community college has waited nine years in prefabs for its new building (masthead, menu, crumb, headline carrying the Department with confirms, semicolon standfirst carrying the principal through writes, byline, date line, share strip with a comment count, caption and credit, a school's figures without a speaker, In a letter to parents ..., wrote then The letter says, the Department said in a statement then A spokesperson for the Department added, according to a reply to a parliamentary question, a TD who told the Beaconlight with Deputy dropped, a quote paragraph whose speaker is only in the paragraph before, according to figures released under the Freedom of Information Act, a sign's wording without a speaker, a principal teaching a class as an act, said in an interview on a local radio station, a parents' association chair who insists, reported speech carried into a sentence without a verb, The Department's own figures show, a student's feelings, a reporter bio, an ad slot, related list, newsletter prompt, footer with DAC)",
    "New Zealand regional news site, a river floods a small town and 63 homes are evacuated (masthead, search and log-in strip, menu with pipes, section label, headline, semicolon standfirst carrying a MetService meteorologist through MetService says, byline with role, date line with pm, share strip, caption with a slash credit, a warning lifted as an act, according to the regional council's river gauge, Regional council rainfall data show, an emergency alert's wording and time, a Civil Defence controller who said at a briefing then a quote paragraph whose speaker is only in the paragraph before, Police said at the end, Fire and Emergency said in a post on Facebook, a farmer moving sheep as an act, said to be, says in the present tense carried into a sentence without a verb, a roading manager who estimates, said in a statement then It urged, a mayor who told reporters, a flooding call-out with a question, an ad slot, a welfare centre's hours without a speaker, related list, newsletter line, footer)",
    "Indian business site's markets page, a listed dairy company raises milk prices for the second time in a year (masthead, markets ticker, menu, crumb, headline, semicolon standfirst carrying the company through cites in filing, byline with place, updated line with IST, follow and share strip, BENGALURU: dateline, said in a regulatory filing, Ltd in mid-sentence, according to the filing, The filing said, Rs. with and without a full stop, told analysts on a conference call then a quote paragraph whose speaker is only in the paragraph before, Analysts at a broking firm wrote in a note to clients, an analyst who estimates, a federation that said at a press conference, officials said, a farmer's sale price without a speaker, according to government data, an agents' leader named in a sentence before his words then reported speech carried into a sentence without a verb, a consumer group's post on X then it said, i.e. and approx. in mid-sentence, an ad slot, also-read lines, app line, disclaimer, footer with Pvt. Ltd.)",
    "South African community paper's sport page, a rugby club forced out of its stadium after a stand is declared unsafe (masthead, menu, section label, headline, semicolon standfirst carrying an engineer's report through found, byline, date line with a pipe, share strip, caption and credit, according to the report at the start, the report found at the end, the municipality's spokesperson named, a stand's age stated and said to be, the club chairman told the Express then a quote paragraph whose speaker is only in the paragraph before, a provincial union that said in a statement on its website, a captain who wrote on Instagram then he wrote, a banner's wording, a book title with Says inside it, an opposition councillor who insists, In a written reply to questions ..., the municipality said then It said, a supporter's private plans, a coach who says in the present tense, a fixtures box with title and rows, READ ALSO line, WhatsApp line, footer with (Pty) Ltd.)",
    "Scottish national news site's science section, a survey finds puffins on an island have fallen by almost a third (masthead, edition strip, menu, crumb, headline carrying a survey with finds, semicolon standfirst carrying the lead author through Researchers believe, byline with role, date line, listen line, share strip, caption and credit, according to the survey at the end, The study found, The data show, Dr dropped with believes, wrote in a blog post then a quote paragraph whose speaker is only in the paragraph before, a warden counting as an act and his quote, said to come from, NatureScot said in a statement, a government report found, a co-author who warns, reported speech carried into a sentence without a verb, according to the study and the study found at the end, a fisherman who told Albannach Daily, an ad slot, a journal reference line, related list, newsletter prompt, footer)",
    "Kenyan digital daily's Nairobi page, a commuter train service to a satellite town doubles its trips (masthead, date strip, menu, section label, headline, semicolon standfirst carrying a Kenya Railways managing director through says, byline, date line with EAT, share strip, caption and credit in capitals, said at a briefing, Sh fares, according to the State Department for Transport, officials said, told Mtaa Daily then a quote paragraph whose speaker is only in the paragraph before, a matatu association chairman who insists, in a letter to the county, a sign's wording in Swahili and English, said to date from, police said, a commuter's private fares and her quote, a named person boarding as an act, she added, a county chief officer, according to a county survey, a comments notice, an ad slot, related list, follow line, footer)",
    "Jamaican weekly's site, buyers at a housing scheme still waiting two years after their handover date (masthead, menu, section label, headline, semicolon standfirst carrying the developer through blames, byline, date line, share strip, caption and credit, a sign's wording, according to the National Housing Trust (NHT), In a letter to buyers ..., the developer wrote then the letter says, Ltd. in mid-sentence, said in a statement with an act's name inside, the NHT's spokesperson named, a buyer who told the Peeniwally then a quote paragraph whose speaker is only in the paragraph before, a quantity surveyor who estimates, the MP's office said, said to be, a councillor who argues, a buyer's private rent, a vote of record without a speaker, reported speech carried into a sentence without a verb, a managing director who did not respond, a comment count, a user line and a two-sentence comment, an ad slot, related list, letters prompt, footer)",
    "Ghanaian farming news site, swollen shoot disease cuts cocoa yields in a district as farmers wait for replanting (masthead, menu, section label, headline carrying COCOBOD data with show, semicolon standfirst carrying a district officer through estimates, byline, date line with GMT, share strip, caption and credit, according to COCOBOD data, the data show, The Ghana Cocoa Board (COCOBOD) said in a statement then It said, a district cocoa officer who estimates and says in the present tense, a report by a farmers' network found, Nana dropped from a chief who said at a durbar then a quote paragraph whose speaker is only in the paragraph before, told Krobea Agric News in an interview, Mr. and Dr. dropped, a scientist who warns, a farmer planting as an act, It added, the data show at the end, a network's chairman and according to the network's report, a District Chief Executive who told journalists, a galamsey sign's wording, an ad slot, read-also list, newsletter line, footer)",
]

ARTICLES = [
    [  # 1. English local news site, a district council moves black bins to three-weekly collections
        [("The Harrowcleugh Chanticleer", "", "", "B")],
        [("Sign in  |  Subscribe  |  Newsletters  |  Family notices", "", "", "B")],
        [("News   Sport   What's On   Property   Jobs   Puzzles   Contact us", "", "", "B")],
        [("News › Council", "", "", "B")],
        [("Black bins to go three-weekly from October after cabinet vote", "", "", "W")],
        [("Recycling rate stuck at about 41 per cent for six years, report says; residents warn of rats in the back lanes", "a report to the council's cabinet", "says", "W")],
        [("By Philippa Strandling-Okonjuwa  ·  Local Democracy Reporting Service", "", "", "B")],
        [("06:05, Wed 11 Mar 2026", "", "", "B")],
        [("Share:   Facebook   X   WhatsApp   Email   Copy link", "", "", "B")],
        [("A black wheelie bin and a green recycling box outside a terrace on Tanpit Row, Harrowcleugh.", "", "", ""),
         ("(Image: Harrowcleugh Chanticleer)", "", "", "B")],
        [("Households across Oxmoor will have their black general waste bins emptied every three weeks instead of every fortnight from Monday, October 5, after the district council's cabinet approved the change on Tuesday night.", "", "", "W"),
         ("The decision covers about 58,300 homes.", "", "", "W")],
        [("Food waste and recycling will still be collected every week, and blue bins for paper and card every fortnight, according to a report to the council's cabinet.", "a report to the council's cabinet", "according to", "W"),
         ("The report found that Oxmoor's household recycling rate had been stuck between 40 and 42 per cent since 2020.", "The report", "found", "W"),
         ("It said the change would save about £640,000 a year, mainly in fuel and crew hours, and would need no redundancies.", "a report to the council's cabinet", "said", "W")],
        [("Cllr Yvette Marchbrigg-Oduyabo, the cabinet member for environment, said in a statement after the meeting that two-thirds of what went into black bins in a 2025 sampling exercise could have been recycled or composted.", "Yvette Marchbrigg-Oduyabo", "said in a statement after the meeting", "W"),
         ("“Three-weekly collections only work if people use their food caddies, and most people in Oxmoor already do,” she said.", "Yvette Marchbrigg-Oduyabo", "said", "")],
        [("The council leader, Cllr Neville Ostrandell-Quagraine, left the chamber for the item because he lives on one of the streets in last year's trial area.", "", "", "W"),
         ("The other six cabinet members voted in favour.", "", "", "W")],
        [("A six-month trial on 4,100 homes in Moorgate and Cressingdale cut the weight of black-bin waste by 19 per cent, officials said.", "Officials", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Cllr Dominic Fairclether-Essumbrey, who leads the opposition group, told the Chanticleer he had asked for the decision to be called in by the overview and scrutiny committee.", "Dominic Fairclether-Essumbrey", "told the Chanticleer", "W")],
        [("“Nobody knocked on a single door in Cressingdale before this was decided.", "Dominic Fairclether-Essumbrey", "told the Chanticleer", ""),
         ("A family with a baby in nappies and a dog will have a full bin by the end of week two.”", "Dominic Fairclether-Essumbrey", "told the Chanticleer", "")],
        [("He argues that the savings ignore the £93,000 the council spent clearing fly-tipping in 2025, up from £61,000 two years earlier.", "Dominic Fairclether-Essumbrey", "argues", "W")],
        [("A notice taped to the communal bins at the end of Tanpit Row reads “Lids must close – side waste will not be collected”.", "", "", ""),
         ("The lane, a cobbled row of 38 back-to-back houses, is said to be the narrowest street in the district that still gets a full-size bin lorry.", "", "", "")],
        [("The Cressingdale and Moorgate Residents' Association said in a post on Facebook that 214 people had signed its petition against the change by Tuesday evening.", "The Cressingdale and Moorgate Residents' Association", "said in a post on Facebook", "W"),
         ("It warned that overflowing bins would bring rats back to the back lanes “within a month”.", "The Cressingdale and Moorgate Residents' Association", "warned", "")],
        [("Shirin Hallowbrig-Dabiri, 39, who lives on Tanpit Row with her partner and three children, said the family already filled its black bin every fortnight.", "Shirin Hallowbrig-Dabiri", "said", ""),
         ("“We recycle everything we can,” she said.", "Shirin Hallowbrig-Dabiri", "said", ""),
         ("“Where is a third week of rubbish supposed to go?”", "Shirin Hallowbrig-Dabiri", "said", "")],
        [("About 60 councils in England already collect general waste every three weeks or less often, according to the Department for Environment, Food and Rural Affairs.", "the Department for Environment, Food and Rural Affairs", "according to", "W")],
        [("Marchbrigg-Oduyabo says the savings will help keep the district's two household recycling centres open seven days a week.", "Yvette Marchbrigg-Oduyabo", "says", ""),
         ("Households of five or more, and homes that produce clinical waste, will be able to apply for a larger 240-litre bin from June 1, she says.", "Yvette Marchbrigg-Oduyabo", "says", "W")],
        [("The overview and scrutiny committee will consider the call-in request on March 24 at 6.30pm at Oxmoor House.", "", "", "W")],
        [("Read more: Garden waste charge to rise to £52 a year from April", "", "", "B")],
        [("Got a story about your street?", "", "", "B"),
         ("Email newsdesk@harrowcleughchanticleer.co.uk or message us on WhatsApp.", "", "", "B")],
        [("Most read", "", "", "B")],
        [("Two hurt in crash on the Lingbeck bypass near Thistlebrae Lane", "", "", "B")],
        [("Harrowcleugh market traders vote to keep Thursday opening", "", "", "B")],
        [("Get the Chanticleer's morning briefing in your inbox – sign up free", "", "", "B")],
        [("© 2026 Harrowcleugh Chanticleer Ltd.", "", "", "B"),
         ("Registered in England No. 06118342.", "", "", "B")],
    ],
    [  # 2. US county daily's site in Ohio, two men charged in a string of catalytic converter thefts
        [("Cormorey Valley Register", "", "", "B")],
        [("Local news for Latchmoor and Pruitmore County since 1921", "", "", "B")],
        [("Home | Police & Fire | Courts | Schools | Sports | Obituaries | E-Edition", "", "", "B")],
        [("POLICE & FIRE", "", "", "B")],
        [("Two men charged in string of catalytic converter thefts across Latchmoor", "", "", "W")],
        [("Police say pair are suspected in at least 31 thefts since November; one was arrested in a stolen pickup", "the Latchmoor Police Department", "say", "W")],
        [("By Garrett Oyelarinde-Motterell | Staff writer", "", "", "B")],
        [("Published March 4, 2026 at 5:12 p.m. | Updated March 4, 2026 at 8:40 p.m.", "", "", "B")],
        [("Email   Facebook   X   Print", "", "", "B")],
        [("A school bus sits on blocks at the Cormorey Valley Schools depot on Stannockley Road after thieves cut out its catalytic converter in January.", "", "", ""),
         ("Register file photo", "", "", "B")],
        [("LATCHMOOR, Ohio — Two Pruitmore County men have been charged in a string of catalytic converter thefts that hit driveways, church lots and a school bus depot over the winter, the Latchmoor Police Department said in a news release Tuesday.", "the Latchmoor Police Department", "said in a news release", "W"),
         ("Dallin R. Keppler-Stroudhallow, 27, of Latchmoor, and Tobiah Luskwell-Amankrado, 31, of Ebbing Falls, are each charged with 14 counts of theft and one count of possessing criminal tools.", "", "", "W")],
        [("Police believe the men are responsible for at least 31 thefts since Nov. 9, most of them from hybrid cars and older SUVs.", "Police", "believe", "W")],
        [("According to the criminal complaint, Keppler-Stroudhallow was stopped at 2:40 a.m. on Feb. 27 on Quirnbeck Ave. in a pickup that had been reported stolen from a Pruitmore County farm two days earlier.", "the criminal complaint", "according to", "W"),
         ("An officer found a battery-powered saw, two floor jacks and four catalytic converters in the truck bed, the complaint says.", "the complaint", "says", "W")],
        [("Sgt. Marla Venningham-Oseibonsu, who supervises the department's property crimes unit, told the Register that detectives matched a saw blade found in the truck to cuts on converters recovered from a scrap yard in Ebbing Falls.", "Marla Venningham-Oseibonsu", "told the Register", "W"),
         ("“These guys could get under a car and back out in about 90 seconds,” she said.", "Marla Venningham-Oseibonsu", "said", "")],
        [("Venningham-Oseibonsu spent most of February on night shifts in an unmarked car near the Cormorey Valley Schools bus depot on Stannockley Road.", "", "", ""),
         ("Thieves took converters from seven of the district's buses there on the night of Jan. 18, and two morning routes were cancelled the next day.", "", "", "W")],
        [("Renata Fulcher-Adzraku, the district's spokesperson, said the repairs cost $38,600, of which insurance covered all but a $5,000 deductible.", "Renata Fulcher-Adzraku", "said", "W")],
        [("The Pruitmore County Sheriff's Office said in a post on Facebook on Wednesday that deputies had recovered 11 more converters from a storage unit in Ebbing Falls rented in Luskwell-Amankrado's name.", "The Pruitmore County Sheriff's Office", "said in a post on Facebook", "W"),
         ("The office thanked “the sharp-eyed clerk who called us” but did not name the business.", "The office", "thanked", "")],
        [("Court records show Luskwell-Amankrado pleaded guilty in 2022 to receiving stolen property in neighboring Tessmore County.", "Court records", "show", "W")],
        [("Both men were arraigned Monday in Latchmoor Municipal Court and are being held in the Pruitmore County Jail on $25,000 bond each.", "", "", "W"),
         ("Keppler-Stroudhallow's attorney, Ansel Brightwallow-Kutimbe, said in an email that his client had pleaded not guilty and “looks forward to answering these allegations in court.”", "Ansel Brightwallow-Kutimbe", "said in an email", "W"),
         ("A public defender assigned to Luskwell-Amankrado did not return a call Wednesday.", "A public defender assigned to Luskwell-Amankrado", "did not return a call", "")],
        [("Latchmoor's Secondhand Metals Ordinance, passed by city council in 2023, requires scrap yards in the city to photograph every catalytic converter they buy and to keep a copy of the seller's driver's license for two years.", "", "", "W")],
        [("Colleen Ashgarrow-Nweke, whose hybrid lost its converter in her driveway on Mulvane Street in December, said the repair cost her $2,140.", "Colleen Ashgarrow-Nweke", "said", ""),
         ("“I heard the saw at about 4 in the morning and thought it was somebody's leaf blower,” she said.", "Colleen Ashgarrow-Nweke", "said", "")],
        [("The Rev. Elroy Baskerfield-Mensa of Mount Hollivar Community Church said the church's van lost its converter twice in six weeks.", "Elroy Baskerfield-Mensa", "said", "W"),
         ("“We put a steel cage on it after the second time, and we pray over it too,” he said.", "Elroy Baskerfield-Mensa", "said", "")],
        [("Police Chief Hugo Tamblynne-Agyei says reports of converter thefts in the city fell from 19 in January to two in February.", "Hugo Tamblynne-Agyei", "says", "W"),
         ("He credits the arrests, and residents who started parking in their garages.", "Hugo Tamblynne-Agyei", "credits", "W")],
        [("Police asked anyone with information about the thefts to call the tip line at 937-555-0118.", "Police", "asked", "")],
        [("Related Stories", "", "", "B")],
        [("Scrap yard owner fined $4,500 for buying converters without ID", "", "", "B")],
        [("Latchmoor council adds two officers to night patrol", "", "", "B")],
        [("Garrett Oyelarinde-Motterell covers police and courts for the Register.", "", "", "B"),
         ("Email him at goyelarindemotterell@cormoreyvalleyregister.com.", "", "", "B")],
        [("Local news matters.", "", "", "B"),
         ("Subscribe today for $1 for your first six months.", "", "", "B")],
        [("© 2026 Cormorey Valley Register, a division of Elmsbarrow Newspapers Inc. | All rights reserved | Terms of Service | Privacy Policy", "", "", "B")],
    ],
    [  # 3. Canadian independent weekly's site in Winnipeg, a judge orders a developer to pay condo owners for leaking windows
        [("The Prairie Sodbuster", "", "", "B")],
        [("Winnipeg's independent weekly  ·  Since 1978", "", "", "B")],
        [("NEWS   HOMES   ARTS   SPORTS   OPINION   EVENTS   ABOUT", "", "", "B")],
        [("Courts", "", "", "B")],
        [("Judge orders developer to pay $1.9M to condo owners over leaking windows", "", "", "W")],
        [("Builder ‘cut corners it had promised not to cut,’ judge writes; company has 30 days to appeal", "Marguerite Ellory-Bandaweni", "writes", "W")],
        [("Story by Anneliese Vorkapich-Dunnecliff", "", "", "B")],
        [("Posted Thursday, January 15, 2026  ·  4 min read", "", "", "B")],
        [("Share   Facebook   Bluesky   Email", "", "", "B")],
        [("Tarps cover windows on the fifth floor of the Riverlight condominium on Tessarelli Place in December.", "", "", ""),
         ("Anneliese Vorkapich-Dunnecliff / The Prairie Sodbuster", "", "", "B")],
        [("A Court of King's Bench judge has ordered the developer of a 64-unit condominium building in Winnipeg's St. Boniface neighbourhood to pay the building's owners $1.94 million to replace windows that have leaked since it opened in 2017.", "", "", "W")],
        [("Justice Marguerite Ellory-Bandaweni wrote in a 41-page decision released Monday that Quellmont Homes Ltd. installed windows that did not meet the standard set out in its own sales brochure.", "Marguerite Ellory-Bandaweni", "wrote in a 41-page decision", "W"),
         ("“The developer cut corners it had promised not to cut, and it knew it had done so,” she wrote.", "Marguerite Ellory-Bandaweni", "wrote", "W")],
        [("The condo corporation first reported water coming through window frames on the fourth, fifth and sixth floors in the spring of 2018, according to the decision.", "the decision", "according to", "W"),
         ("By 2021, 41 of the 64 units had reported leaks, the decision says.", "the decision", "says", "W")],
        [("In its statement of claim, filed in March 2022, Condominium Corporation No. 2207 alleged that Quellmont used a cheaper frame than the one shown to buyers and skipped a water test required by the building's design.", "Condominium Corporation No. 2207", "alleged", "W")],
        [("Quellmont argued in court filings that the leaks were caused by the condo board's failure to maintain the caulking after the builder's warranty ran out in 2019.", "Quellmont", "argued in court filings", "W"),
         ("The judge rejected that argument.", "", "", "W"),
         ("An engineering report commissioned by the board in 2020 traced the leaks to gaps in the frames themselves, not to the caulking, she found.", "Marguerite Ellory-Bandaweni", "found", "W")],
        [("The judge also ordered Quellmont to pay pre-judgment interest and $85,000 toward the condo corporation's legal costs.", "", "", "W")],
        [("Advertisement", "", "", "B")],
        [("Petra Sandovarra-Hoyeung, a lawyer for Quellmont, said in an email that the company was “reviewing the decision carefully” and had 30 days to file an appeal.", "Petra Sandovarra-Hoyeung", "said in an email", "W"),
         ("In a short statement posted to its website, Quellmont Homes said it had built more than 2,000 homes in Manitoba since 1994 “and stands behind every one of them.”", "Quellmont Homes", "said in a statement posted to its website", "W")],
        [("Harjit Lomasheen-Akandiyo, president of the condo board, said in an interview that owners paid a special levy averaging $9,300 a unit in 2023 to cover emergency repairs.", "Harjit Lomasheen-Akandiyo", "said in an interview", "W"),
         ("“Some of our owners are retired people on fixed incomes,” she said.", "Harjit Lomasheen-Akandiyo", "said", ""),
         ("“Nine thousand dollars is not a small thing to find.”", "Harjit Lomasheen-Akandiyo", "said", "")],
        [("“We kept buckets under the windows in 4B for two winters.", "Harjit Lomasheen-Akandiyo", "said", ""),
         ("You could hear it dripping all night.”", "Harjit Lomasheen-Akandiyo", "said", "")],
        [("Desmond Ogwuche-Lindskjoldt, a building-envelope engineer who was not involved in the case, estimates that replacing every window in a building that size would take at least one full construction season.", "Desmond Ogwuche-Lindskjoldt", "estimates", ""),
         ("He says Manitoba's new-home warranty covers the building envelope for five years, which is why cases like this one often turn on what a seller promised in writing.", "Desmond Ogwuche-Lindskjoldt", "says", "W")],
        [("Manitoba's Condominium Act requires every condo corporation to keep a reserve fund and to have it reviewed by a qualified person at least once every five years.", "", "", "W")],
        [("The Riverlight, a six-storey block clad in red brick, is said to be the first condo in the neighbourhood sold with triple-glazed windows.", "", "", ""),
         ("Units sold for between $289,000 and $545,000 in 2017.", "", "", "W")],
        [("Osric Penhalgarrow-Idowunmi, who bought a fifth-floor unit off the plans, says he is relieved but will believe it when the cheque clears.", "Osric Penhalgarrow-Idowunmi", "says", ""),
         ("“Eight years of tarps,” he says.", "Osric Penhalgarrow-Idowunmi", "says", ""),
         ("“My grandkids think that's what windows look like.”", "Osric Penhalgarrow-Idowunmi", "says", "")],
        [("More from Courts", "", "", "B")],
        [("Landlord ordered to return $14,000 in illegal rent increases", "", "", "B")],
        [("Appeal court upholds ban on cellphones in provincial courtrooms", "", "", "B")],
        [("The Prairie Sodbuster is reader-supported.", "", "", "B"),
         ("Become a member from $8 a month.", "", "", "B")],
        [("© 2026 Prairie Sodbuster Publishing Co-operative  ·  Privacy  ·  Contact  ·  Advertise", "", "", "B")],
    ],
    [  # 4. Australian regional daily's site in New South Wales, emergency department wait times at a base hospital
        [("Tallowgrass Times", "", "", "B")],
        [("Thursday, 5 March 2026   |   Tallowgrass 24°C, fine", "", "", "B")],
        [("Home   News   Sport   Rural   Community   What's On   Obituaries   Digital Edition", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("Only half of Tallowgrass ED patients seen on time, new data show", "the latest quarterly figures from the Bureau of Health Information (BHI)", "show", "W")],
        [("Doctors warn winter will be worse; health district says 12 short-stay beds will open in May", "Imogen Farquharrie-Ndlovane", "warn", "")],
        [("Words by Ruby Castellarro-Obiefunaya", "", "", "B")],
        [("Updated March 5 2026 - 6:30am, first published 5:00am", "", "", "B")],
        [("Share   ·   Facebook   ·   X   ·   Email", "", "", "B")],
        [("The emergency department entrance at Tallowgrass Base Hospital on Wednesday.", "", "", ""),
         ("Picture by Lachlan Veseyhurst-Amoakwele", "", "", "B")],
        [("Just 51.3 per cent of patients who arrived at Tallowgrass Base Hospital's emergency department between October and December started treatment on time, according to the latest quarterly figures from the Bureau of Health Information (BHI).", "the latest quarterly figures from the Bureau of Health Information (BHI)", "according to", "W"),
         ("The state average for the same quarter was 64.8 per cent.", "", "", "W")],
        [("The data show 14,212 people presented to the department in the quarter, up 9 per cent on the same period in 2024.", "The data", "show", "W"),
         ("Of those admitted to a ward, 38 per cent waited more than eight hours in the emergency department for a bed, the data show.", "the data", "show", "W")],
        [("Dr Imogen Farquharrie-Ndlovane, who chairs the hospital's medical staff council, warns that winter will be worse.", "Imogen Farquharrie-Ndlovane", "warns", ""),
         ("“We had patients on trolleys in the corridor most nights in January, and January is supposed to be our quiet month,” she said.", "Imogen Farquharrie-Ndlovane", "said", "W")],
        [("“We have 22 emergency beds.", "Imogen Farquharrie-Ndlovane", "said", "W"),
         ("On a bad Friday night we'll have 40 people who need one.”", "Imogen Farquharrie-Ndlovane", "said", "")],
        [("A spokesperson for the Upper Belcoora Local Health District said 12 emergency short-stay beds would open at the hospital in May, as part of a $31 million upgrade funded in the 2024-25 state budget.", "A spokesperson for the Upper Belcoora Local Health District", "said", "W"),
         ("The district had also recruited six more emergency nurses since November, the spokesperson said.", "A spokesperson for the Upper Belcoora Local Health District", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("The office of the NSW Health Minister said in a statement that emergency presentations across regional NSW had risen by 6 per cent in a year, “driven by an ageing population and a shortage of GPs”.", "The office of the NSW Health Minister", "said in a statement", "W")],
        [("Tallowgrass GP Dr Bartholomew Drysnock-Achemwonu told the Times that two of the town's five general practices had closed their books to new patients since last winter.", "Bartholomew Drysnock-Achemwonu", "told the Times", "W"),
         ("“If you can't get in to see a GP for three weeks, where do you go?", "Bartholomew Drysnock-Achemwonu", "said", ""),
         ("You go to ED,” he said.", "Bartholomew Drysnock-Achemwonu", "said", "")],
        [("The nurses' union's regional organiser, Leonie Carraway-Mbathelo, said at a briefing outside the hospital on Tuesday that the emergency department had been short of at least two nurses on 41 shifts in January.", "Leonie Carraway-Mbathelo", "said at a briefing", "W"),
         ("She believes the new short-stay beds will sit empty unless the district hires the staff to run them.", "Leonie Carraway-Mbathelo", "believes", "")],
        [("Retired shearer Norm Pettiskerr-Assaf waited nine hours in the department's waiting room on January 14 with a broken wrist before a doctor saw him.", "", "", "W"),
         ("“The staff were run off their feet,” he said.", "Norm Pettiskerr-Assaf", "said", ""),
         ("“I'm not complaining about them.”", "Norm Pettiskerr-Assaf", "said", "")],
        [("Tallowgrass Base Hospital has 168 beds and serves about 95,000 people across five shires.", "", "", "W")],
        [("The BHI report found Tallowgrass had the longest median wait to start treatment of any hospital of its size in the state, at 41 minutes.", "The BHI report", "found", "W")],
        [("The health district's 2023 consultation report was titled “Care Close to Home: What Our Community Says”.", "", "", ""),
         ("It listed a new emergency department as the town's top priority, ahead of a second aged-care home.", "The health district's 2023 consultation report", "listed", "W")],
        [("The $31 million upgrade also includes a second resuscitation bay and a separate waiting area for children.", "", "", "W")],
        [("Read more: Tallowgrass Show pavilion to be rebuilt after February storm", "", "", "B")],
        [("Our journalists work hard to bring you local news you can trust.", "", "", "B"),
         ("Here's how you can keep reading it:", "", "", "B")],
        [("Bookmark tallowgrasstimes.com.au", "", "", "B")],
        [("Get the morning headlines in your inbox – sign up for our free newsletter", "", "", "B")],
        [("© 2026 Tallowgrass Times, part of Murrindal Regional Media Pty Ltd", "", "", "B")],
    ],
    [  # 5. Irish regional weekly's site, a community college has waited nine years in prefabs for its new building
        [("The Drumcorran Beaconlight", "", "", "B")],
        [("News   Sport   GAA   Farming   Community   Death Notices   Property   Contact", "", "", "B")],
        [("Home / News / Education", "", "", "B")],
        [("Drumcorran school's new building still at design stage nine years on, Department confirms", "the Department of Education", "confirms", "W")],
        [("Principal writes to parents as 412 pupils are taught in 19 prefabs; local TD calls delay ‘indefensible’", "Eimear Costimore-Yadav", "writes", "W")],
        [("Seán Athertone-Mbekwana", "", "", "B")],
        [("Friday, 6 February 2026, 7:00 AM", "", "", "B")],
        [("Share   Facebook   X   Email   |   4 comments", "", "", "B")],
        [("Prefabs in the yard of Drumcorran Community College on Tuesday.", "", "", ""),
         ("Photo: Drumcorran Beaconlight", "", "", "B")],
        [("Drumcorran Community College has 412 pupils and 19 prefab classrooms, more prefabs than permanent classrooms.", "", "", "W"),
         ("The school was approved for a new building in 2017.", "", "", "W")],
        [("In a letter to parents sent home on Friday, the school's principal, Eimear Costimore-Yadav, wrote that the Department of Education had told the school in January that the project was still at stage 2b of its architectural planning process.", "Eimear Costimore-Yadav", "wrote", "W"),
         ("The letter says the school had been told in 2017 that the building would be finished “within four years”.", "The letter", "says", "W"),
         ("It asks parents to “bear with us for one more year, and we hope only one”.", "The letter", "says", "")],
        [("The Department of Education said in a statement on Tuesday that it expected to seek planning permission for the project before the end of 2026.", "The Department of Education", "said in a statement", "W"),
         ("A spokesperson for the Department added that the design had to be changed in 2023 after a survey found the original site was prone to flooding.", "A spokesperson for the Department", "added", "W")],
        [("The project's budget rose from €14 million in 2017 to €26.5 million in 2025, according to a reply to a parliamentary question.", "a reply to a parliamentary question", "according to", "W")],
        [("Deputy Colm Reddington-Asarekye, who tabled the question, told the Beaconlight he had raised the school in the Dáil four times since he was elected.", "Colm Reddington-Asarekye", "told the Beaconlight", "W")],
        [("“Nine years is not a delay, it's a policy.", "Colm Reddington-Asarekye", "told the Beaconlight", ""),
         ("There are children who started in a prefab in first year and will do their Leaving Cert in a prefab, and nobody in the Department seems to find that strange.”", "Colm Reddington-Asarekye", "told the Beaconlight", "")],
        [("The Department paid €186,000 in rent for the school's prefabs in 2025, according to figures released under the Freedom of Information Act.", "figures released under the Freedom of Information Act", "according to", "W")],
        [("Advertisement", "", "", "B")],
        [("A sign on the green field beside the car park still reads “Site of New School Building – Works Commencing 2019”.", "", "", "")],
        [("Costimore-Yadav, who has been principal since 2014, teaches a Leaving Cert maths class in Prefab 11 three mornings a week.", "", "", ""),
         ("She said in an interview on Corradrishna FM on Wednesday that two of the prefabs had been condemned by an engineer in November and were now used only for storage.", "Eimear Costimore-Yadav", "said in an interview on Corradrishna FM", "W"),
         ("“The staff have been extraordinary,” she said.", "Eimear Costimore-Yadav", "said", ""),
         ("“But you can't teach chemistry properly without a lab.”", "Eimear Costimore-Yadav", "said", "")],
        [("Niamh Kilbroddan-Oyelowode, chair of the parents' association, insists the school has done everything the Department asked of it, including handing over a second site for free.", "Niamh Kilbroddan-Oyelowode", "insists", "W"),
         ("“We'll protest outside Leinster House if we have to,” she said.", "Niamh Kilbroddan-Oyelowode", "said", ""),
         ("The association collected 1,340 signatures on a petition last autumn.", "", "", "W")],
        [("Reddington-Asarekye said the Department had now spent more renting prefabs at the school than the whole design stage of the new building was budgeted to cost.", "Colm Reddington-Asarekye", "said", "W"),
         ("The school would be the first thing he raised with the minister when the Dáil returned after the mid-term break.", "Colm Reddington-Asarekye", "said", "")],
        [("The Department's own figures show that 11 other post-primary schools in the county have at least one prefab classroom.", "The Department's own figures", "show", "W")],
        [("Sixth-year student Aoife Gallachrie-Nwosike said the prefabs were cold in winter and too hot in May.", "Aoife Gallachrie-Nwosike", "said", ""),
         ("“In my Junior Cert the heater broke during the French oral,” she said.", "Aoife Gallachrie-Nwosike", "said", ""),
         ("“You just get used to it, which is probably the worst part.”", "Aoife Gallachrie-Nwosike", "said", "")],
        [("Seán Athertone-Mbekwana is the Beaconlight's education reporter.", "", "", "B"),
         ("Contact him at sean@drumcorranbeaconlight.ie.", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Ballinreagh national school gets green light for four-classroom extension", "", "", "B")],
        [("Drumcorran GAA club unveils plans for all-weather pitch", "", "", "B")],
        [("Sign up to the Beaconlight newsletter for local news every Friday", "", "", "B")],
        [("© Drumcorran Beaconlight Newspapers DAC 2026", "", "", "B")],
    ],
    [  # 6. New Zealand regional news site, a river floods a small town and 63 homes are evacuated
        [("Kaiwhetero News", "", "", "B")],
        [("Search   Log in   Subscribe", "", "", "B")],
        [("Home  |  Local  |  Rural  |  Weather  |  Sport  |  Community  |  Notices", "", "", "B")],
        [("WEATHER", "", "", "B")],
        [("Mangarewa River peaks 40cm below stopbank as 63 homes evacuated", "", "", "W")],
        [("MetService says rain will ease on Saturday; Civil Defence warns slips still possible on back roads", "Aroha Tipenehau-Vallance", "says", "")],
        [("Hemi Strathairdie-Kopua, Senior Reporter", "", "", "B")],
        [("4:52pm, Friday 20 February 2026", "", "", "B")],
        [("Share  ·  Facebook  ·  WhatsApp  ·  Email", "", "", "B")],
        [("Floodwater covers paddocks beside Mangarewa Valley Road on Friday morning.", "", "", ""),
         ("Photo / Hemi Strathairdie-Kopua", "", "", "B")],
        [("Sixty-three homes in Kaiwhetero's low-lying east end were evacuated overnight as the Mangarewa River rose to its highest level in 21 years.", "", "", "W"),
         ("MetService lifted its red heavy rain warning for the area at 1pm on Friday.", "", "", "W")],
        [("The river peaked at 6.84 metres at 3.20am, about 40cm below the top of the town's stopbank, according to the regional council's river gauge at Pākihi Bridge.", "the regional council's river gauge at Pākihi Bridge", "according to", "W"),
         ("Regional council rainfall data show 212mm of rain fell at Ruakōwhai, in the hills above the town, in the 24 hours to 9am Friday.", "Regional council rainfall data", "show", "W")],
        [("An emergency mobile alert sent to phones in the east end at 11.42pm on Thursday read: “Leave now.", "", "", "W"),
         ("Move to higher ground.”", "", "", "")],
        [("Civil Defence local controller Tamati Wolfenden-Rangimahuki said at a briefing on Friday afternoon that 41 people had spent the night at the welfare centre in the Kaiwhetero Memorial Hall.", "Tamati Wolfenden-Rangimahuki", "said at a briefing", "W")],
        [("“People did exactly what we asked them to do, and they did it quickly.", "Tamati Wolfenden-Rangimahuki", "said at a briefing", ""),
         ("That's why we're not talking about anyone hurt today.”", "Tamati Wolfenden-Rangimahuki", "said at a briefing", "")],
        [("Two people were rescued from the roof of a car on Te Whare Road shortly after midnight after driving into floodwater, police said.", "Police", "said", "W"),
         ("Fire and Emergency New Zealand said in a post on Facebook that crews had pumped out 17 properties by Friday evening.", "Fire and Emergency New Zealand", "said in a post on Facebook", "W")],
        [("Advertisement", "", "", "B")],
        [("Sheep farmer Lorna Hapetoa-Brightholme moved 600 ewes to a hill paddock by torchlight on Thursday night.", "", "", ""),
         ("“The river came over the flats faster than I've ever seen it,” she said.", "Lorna Hapetoa-Brightholme", "said", "")],
        [("The Kaiwhetero Hotel, said to be the oldest building in town, had water through its front bar for the first time since 2005.", "", "", "")],
        [("MetService meteorologist Aroha Tipenehau-Vallance says the rain will ease on Saturday morning as the low moves east.", "Aroha Tipenehau-Vallance", "says", ""),
         ("The hills behind the town took the worst of it because the wind pushed moist air straight up the ranges for about 30 hours, she says.", "Aroha Tipenehau-Vallance", "says", "W"),
         ("Another front could bring more rain by the middle of next week, though it is not expected to be as heavy.", "Aroha Tipenehau-Vallance", "says", "")],
        [("Wolfenden-Rangimahuki warned that the ground was saturated and said four slips had already closed Mangarewa Valley Road.", "Tamati Wolfenden-Rangimahuki", "warned", "W"),
         ("Joanne Atherleigh-Moanahuia, the district council's roading manager, estimates the road will take at least two weeks to clear.", "Joanne Atherleigh-Moanahuia", "estimates", "")],
        [("Kaiwhetero District Council said in a statement on Friday evening that the town's water supply had not been affected, but that 12 homes on Te Whare Road were still without power.", "Kaiwhetero District Council", "said in a statement", "W"),
         ("It urged people to stay away from the river mouth, where logs and debris were washing up.", "Kaiwhetero District Council", "urged", "")],
        [("Mayor Sonia Pohatukino-Graceland told reporters the council had formally asked the Government on Friday for help with the cost of the clean-up.", "Sonia Pohatukino-Graceland", "told reporters", "W"),
         ("“This town has been here before, and we'll get through it again,” she said.", "Sonia Pohatukino-Graceland", "told reporters", "")],
        [("The welfare centre at the Memorial Hall will stay open until 8pm on Saturday.", "", "", "W")],
        [("Related", "", "", "B")],
        [("Stopbank upgrade for Kaiwhetero east end pushed back to 2028", "", "", "B")],
        [("Photos: Mangarewa flood from the air", "", "", "B")],
        [("Have you been affected by the flooding?", "", "", "B"),
         ("Send us your photos at news@kaiwheteronews.co.nz.", "", "", "B")],
        [("Get Kaiwhetero News in your inbox every morning", "", "", "B")],
        [("© 2026 Kaiwhetero News Limited  ·  Privacy  ·  Terms  ·  Contact", "", "", "B")],
    ],
    [  # 7. Indian business site's markets page, a listed dairy company raises milk prices for the second time in a year
        [("The Tungavalli Post  |  Business", "", "", "B")],
        [("SENSEX 78,412.35 ▲0.42%   NIFTY 23,806.10 ▲0.38%   GOLD (10g) ₹78,950 ▼0.11%   USD/INR 86.42", "", "", "B")],
        [("Markets   Economy   Companies   Agri   Tech   Personal Finance   Opinion   ePaper", "", "", "B")],
        [("Business / Companies", "", "", "B")],
        [("Nandigiri Dairy raises milk prices by Rs 3 a litre, second increase in 11 months", "", "", "W")],
        [("Company cites 14% jump in procurement costs in exchange filing; co-operative says it will hold prices till June", "Nandigiri Dairy Foods Ltd", "cites", "W")],
        [("Vasanthi Kolluru-Dsouvanne, Bengaluru", "", "", "B")],
        [("Updated: 18 Feb 2026, 07:45 PM IST", "", "", "B")],
        [("Follow us   |   Share   WhatsApp   X   LinkedIn", "", "", "B")],
        [("BENGALURU: Nandigiri Dairy Foods Ltd will raise the price of its packaged milk by Rs 3 a litre from Friday, the company said in a regulatory filing on Wednesday.", "Nandigiri Dairy Foods Ltd", "said in a regulatory filing", "W"),
         ("A litre of its toned milk will cost Rs 56, up from Rs 53, and full-cream milk Rs 70, it said.", "Nandigiri Dairy Foods Ltd", "said", "W")],
        [("The company's milk procurement cost rose 14% between April and December, driven by higher fodder prices and a weak monsoon in north Karnataka, according to the filing.", "the filing", "according to", "W"),
         ("The filing said the increase applied to Bengaluru, Mysuru and Hubballi, which together account for approx. 72% of its milk sales.", "The filing", "said", "W")],
        [("The increase is Nandigiri's second since March 2025, when it raised prices by Rs 2 a litre.", "", "", "W"),
         ("The company buys about 18 lakh litres of milk a day from some 2.1 lakh farmers in Karnataka and Maharashtra, according to its annual report.", "its annual report", "according to", "W")],
        [("Nandigiri's shares closed 2.8% higher at Rs. 412.60 on the National Stock Exchange.", "", "", "W")],
        [("Managing director Prakash Venukanth-Raghavachar told analysts on a conference call on Wednesday evening that the company had absorbed the cost increase for two quarters before deciding to pass it on.", "Prakash Venukanth-Raghavachar", "told analysts on a conference call", "W")],
        [("“We pay our farmers every ten days, without fail.", "Prakash Venukanth-Raghavachar", "told analysts on a conference call", "W"),
         ("We could not keep doing that and keep the price where it was.”", "Prakash Venukanth-Raghavachar", "told analysts on a conference call", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Analysts at Varadhi Securities wrote in a note to clients that the increase would lift Nandigiri's revenue by about Rs 190 crore in 2026-27, i.e. roughly 6%.", "Analysts at Varadhi Securities", "wrote in a note to clients", "W"),
         ("Meghna Acharekar-Bosemani, a consumer sector analyst at Keshava Capital, estimates rivals will raise prices by Rs 2 to Rs 3 a litre within a month.", "Meghna Acharekar-Bosemani", "estimates", "")],
        [("The Kondavalli Milk Producers' Co-operative Federation, which sells about 31 lakh litres a day under the Kondavalli brand, will not raise prices before June, its managing director, Nagendrappa Thimmegowda, said at a press conference in Bengaluru.", "Nagendrappa Thimmegowda", "said at a press conference", ""),
         ("He said the federation had raised the procurement price it pays farmers by Rs 1.50 a litre in January.", "Nagendrappa Thimmegowda", "said", "W")],
        [("Officials said the federation's milk prices are set by its board, on which the state government has two nominees.", "Officials", "said", "W")],
        [("Gowramma Hiremath-Kulkarnekar, who milks 11 cows in Chikkamagaluru district, was paid Rs 34.50 a litre for her morning milk at the village collection centre on Tuesday.", "", "", "W"),
         ("“Feed has gone up every month since the rains failed,” she said.", "Gowramma Hiremath-Kulkarnekar", "said", ""),
         ("“If the company earns more, I hope some of it comes to us.”", "Gowramma Hiremath-Kulkarnekar", "said", "")],
        [("One person who was not surprised by the increase was Ravindra Hosamani-Pai, who heads the Bengaluru Milk Agents' Welfare Association.", "", "", ""),
         ("Agents had been told in December to expect a rise of Rs 2 to Rs 3 after the quarter ended, he said.", "Ravindra Hosamani-Pai", "said", "W"),
         ("Their commission of Rs 1.40 a litre would stay the same.", "Ravindra Hosamani-Pai", "said", "W")],
        [("India produced about 239 million tonnes of milk in 2024-25, according to the Department of Animal Husbandry and Dairying.", "the Department of Animal Husbandry and Dairying", "according to", "W")],
        [("The Bengaluru Consumer Rights Collective said in a post on X that packaged milk prices in the city had risen 21% in three years.", "The Bengaluru Consumer Rights Collective", "said in a post on X", "W"),
         ("“Milk is not a luxury,” it said.", "The Bengaluru Consumer Rights Collective", "said", "")],
        [("(With inputs from agencies)", "", "", "B")],
        [("Also Read: Fodder prices hit five-year high as dry spell hurts north Karnataka", "", "", "B")],
        [("Also Read: Nandigiri Q3 results: net profit up 9% on higher curd sales", "", "", "B")],
        [("Get the Tungavalli Post app for live market updates", "", "", "B")],
        [("Disclaimer: The views of analysts quoted are their own and not those of the Tungavalli Post.", "", "", "B"),
         ("Please consult a certified adviser before investing.", "", "", "B")],
        [("© 2026 Tungavalli Media Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. South African community paper's sport page, a rugby club forced out of its stadium after a stand is declared unsafe
        [("Kwaggasdraai Express", "", "", "B")],
        [("News   Sport   Community   Business   Schools   Classifieds   E-edition", "", "", "B")],
        [("SPORT", "", "", "B")],
        [("Kwaggas forced out of Kareebos Park after main stand declared unsafe", "", "", "W")],
        [("Engineer's report found rusted supports under 1954 stand; club chairman says move will cost R40 000 a match", "an engineer's report commissioned by the Kwaggasdraai Local Municipality", "found", "W")],
        [("Lindiwe Oosthuysmit-Mabasongo", "", "", "B")],
        [("12 March 2026  |  14:20", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Kwaggas supporters watch a league match from the main stand at Kareebos Park in February.", "", "", ""),
         ("Picture: Kwaggasdraai Express", "", "", "B")],
        [("According to an engineer's report commissioned by the Kwaggasdraai Local Municipality, nine of the 14 steel supports under the main stand at Kareebos Park have rusted through at their base.", "an engineer's report commissioned by the Kwaggasdraai Local Municipality", "according to", "W"),
         ("The municipality, which owns the ground, closed the whole stadium to spectators on Monday.", "", "", "W")],
        [("Municipal spokesperson Thandeka Rousselotte-Khumalane said the stand would stay closed until the supports were replaced, and that the municipality had set aside R2.3 million for the work in its 2026/27 budget.", "Thandeka Rousselotte-Khumalane", "said", "W"),
         ("“We are not going to gamble with people's lives for the sake of a Saturday game,” she said.", "Thandeka Rousselotte-Khumalane", "said", "")],
        [("The main stand was built in 1954.", "", "", "W"),
         ("It is said to be the oldest stand with a wooden floor still in use in the province.", "", "", "")],
        [("Kwaggasdraai Rugby Club chairman Pieter-Jan Voslander-Dlamphane told the Express the club would play its remaining five home games of the season at Kwartelspan, 90km away, at a cost of about R40 000 a match for buses, security and ground hire.", "Pieter-Jan Voslander-Dlamphane", "told the Express", "W")],
        [("“Half our gate money comes from people who walk to the ground.", "Pieter-Jan Voslander-Dlamphane", "told the Express", ""),
         ("Those people are not getting on a bus to Kwartelspan.”", "Pieter-Jan Voslander-Dlamphane", "told the Express", "")],
        [("The Griqualand Plains Rugby Union said in a statement on its website that the club would not lose log points for the move and that the union would pay for one bus a match for supporters.", "The Griqualand Plains Rugby Union", "said in a statement on its website", "W")],
        [("Club captain Ruan Mostervelt-Ngcobezi wrote on Instagram that the squad had voted to donate their match fees for March to the stand fund.", "Ruan Mostervelt-Ngcobezi", "wrote on Instagram", "W"),
         ("“This is our home,” he wrote.", "Ruan Mostervelt-Ngcobezi", "wrote", ""),
         ("“We'll be back.”", "Ruan Mostervelt-Ngcobezi", "wrote", "")],
        [("A banner tied to the locked gate on Tuesday read “Kwaggas Forever – Since 1931”.", "", "", ""),
         ("The club's centenary book, “When the Captain Says Run”, is on sale in the clubhouse for R250.", "", "", "")],
        [("The stand's wooden floor was in fair condition, but the concrete steps at its northern end had cracked in several places, the report found.", "the report", "found", "W")],
        [("In a written reply to questions from the Express, the municipality said a tender for the new supports would be advertised in April and that the work would take about 16 weeks.", "the municipality", "said in a written reply to questions from the Express", "W"),
         ("It said the cracked steps would be repaired at the same time.", "the Kwaggasdraai Local Municipality", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Opposition councillor Marius Delport-Sitholwe insists the municipality was warned about the supports in a 2019 inspection and did nothing.", "Marius Delport-Sitholwe", "insists", "W"),
         ("“Now the club pays for the municipality's neglect,” he said.", "Marius Delport-Sitholwe", "said", "")],
        [("Koos Appelgryn-Zulwane, 74, who has sat in the same seat in the main stand since 1968, said he would not be travelling to Kwartelspan.", "Koos Appelgryn-Zulwane", "said", ""),
         ("“At my age a bus trip is a whole day,” he said.", "Koos Appelgryn-Zulwane", "said", ""),
         ("“I'll listen on the radio and shout at the kitchen wall.”", "Koos Appelgryn-Zulwane", "said", "")],
        [("Head coach Eben Schoelandt-Radebelo says the players are taking the news better than he is.", "Eben Schoelandt-Radebelo", "says", ""),
         ("“They're young,” he says.", "Eben Schoelandt-Radebelo", "says", ""),
         ("“For them Kwartelspan is an adventure.”", "Eben Schoelandt-Radebelo", "says", "")],
        [("Kwaggas' remaining home fixtures (at Kwartelspan)", "", "", "B")],
        [("21 March   Kwaggas v Ganskraalvlei   15:00", "", "", "")],
        [("4 April   Kwaggas v Soutkuilrand   15:00", "", "", "")],
        [("READ ALSO: Kwaggasdraai schools league final moved to Saturday", "", "", "B")],
        [("Join our WhatsApp channel for breaking local news", "", "", "B")],
        [("© 2026 Kwaggasdraai Express, a Bosveld Media (Pty) Ltd. publication.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Scottish national news site's science section, a survey finds puffins on an island have fallen by almost a third
        [("ALBANNACH DAILY", "", "", "B")],
        [("Scotland edition   |   Sign in   |   Subscribe", "", "", "B")],
        [("News   Politics   Business   Science & Environment   Sport   Culture   Opinion", "", "", "B")],
        [("Science & Environment › Wildlife", "", "", "B")],
        [("Puffins on Skerravoe down by almost a third in a decade, survey finds", "a survey by researchers from Strathquheen University", "finds", "W")],
        [("Researchers believe warmer seas have pushed sandeels out of reach; NatureScot says monitoring will be stepped up", "Kirsteen Abercrailie-Odurowaa", "believe", "")],
        [("Euan Lockerburn-Mensawde, Environment Correspondent", "", "", "B")],
        [("Tuesday 9 June 2026, 00:01 BST", "", "", "B")],
        [("🎧 Listen to this article   5 min", "", "", "B")],
        [("Share   Facebook   X   Bluesky   Email", "", "", "B")],
        [("Puffins on the cliffs at the north end of Skerravoe last summer.", "", "", ""),
         ("Photograph: Strathquheen University", "", "", "B")],
        [("The number of occupied puffin burrows on the island of Skerravoe fell from 3,140 in 2015 to 2,170 in 2025, according to a survey by researchers from Strathquheen University published on Tuesday in the Journal of North Atlantic Seabird Ecology.", "a survey by researchers from Strathquheen University", "according to", "W")],
        [("The study found that the share of chicks that survived to leave their burrows fell from about 0.7 per pair in the early 2010s to 0.4 in the last three summers.", "The study", "found", "W"),
         ("The data show the steepest fall came after 2021, when the island recorded its three warmest Junes since counts began.", "The data", "show", "W")],
        [("Dr Kirsteen Abercrailie-Odurowaa, the study's lead author, believes warmer water has pushed the sandeels the birds feed their chicks deeper and further offshore.", "Kirsteen Abercrailie-Odurowaa", "believes", ""),
         ("She wrote in a blog post for the university that adult puffins had been seen bringing back pipefish, which chicks often cannot swallow.", "Kirsteen Abercrailie-Odurowaa", "wrote in a blog post", "W")],
        [("“You find them by the burrow entrance, a full meal lying there and a hungry chick inside.", "Kirsteen Abercrailie-Odurowaa", "wrote", ""),
         ("It is one of the saddest things I have seen in 20 years of fieldwork.”", "Kirsteen Abercrailie-Odurowaa", "wrote", "")],
        [("The birds could recover if sandeels came back to shallower water, she said.", "Kirsteen Abercrailie-Odurowaa", "said", "W"),
         ("A colony on the Norwegian coast had returned to its old numbers within five years of a similar crash in the 2000s.", "Kirsteen Abercrailie-Odurowaa", "said", "W")],
        [("Retired warden Hamish Tullochmuir-Ferrazinho has walked the island's cliff path with a clicker counter every June since 1987.", "", "", ""),
         ("“When I started, you couldn't put your foot down on the north slope without finding a burrow,” he said.", "Hamish Tullochmuir-Ferrazinho", "said", "")],
        [("The island's name is said to come from the Old Norse for “the skerry by the bay”.", "", "", "")],
        [("Skerravoe held about 1.2 per cent of Scotland's breeding puffins in 2025, according to the study.", "the study", "according to", "W"),
         ("Razorbill numbers on the island were stable over the same period, the study found.", "the study", "found", "W")],
        [("NatureScot said in a statement that it would add Skerravoe to its annual seabird monitoring programme from 2027, and that it had funded the survey with £48,000.", "NatureScot", "said in a statement", "W")],
        [("Advertisement", "", "", "B")],
        [("A 2024 report by the Scottish Government's marine directorate found that sandeel numbers in the surrounding waters had fallen by about half since 2010.", "A 2024 report by the Scottish Government's marine directorate", "found", "W"),
         ("Commercial fishing for sandeels in those waters has been banned since 2024.", "", "", "W")],
        [("Prof Rory Dunmeachie-Achtervelde, a co-author of the study, warns that closing the fishery will not be enough on its own if the sea keeps warming.", "Rory Dunmeachie-Achtervelde", "warns", ""),
         ("“We can stop people taking the food, but we can't put the cold water back,” he said.", "Rory Dunmeachie-Achtervelde", "said", "")],
        [("Ewan McCorquodale-Basseyoku, who fishes for lobster out of the island's harbour, told Albannach Daily he had seen far fewer puffins around his boat in the past three summers.", "Ewan McCorquodale-Basseyoku", "told Albannach Daily", ""),
         ("“There used to be rafts of them on the water on a June evening,” he said.", "Ewan McCorquodale-Basseyoku", "said", "")],
        [("The survey used the same method as counts in 1985, 1999 and 2015, with each burrow checked by hand or with a small camera on a rod.", "", "", "W")],
        [("Journal reference: Abercrailie-Odurowaa K, Dunmeachie-Achtervelde R, et al. Breeding decline of Atlantic puffins on Skerravoe, 2015–2025. J N Atl Seabird Ecol. 2026;11(2):88–104.", "", "", "B")],
        [("Topics:  Wildlife  ·  Climate  ·  Islands  ·  Science", "", "", "B")],
        [("More on this story", "", "", "B")],
        [("Kittiwakes return to Skerravoe harbour wall after five-year absence", "", "", "B")],
        [("Sign up for our weekly nature newsletter, The Wild Side", "", "", "B")],
        [("© 2026 Albannach Daily Ltd  ·  Terms  ·  Privacy  ·  Cookies", "", "", "B")],
    ],
    [  # 10. Kenyan digital daily's Nairobi page, a commuter train service to a satellite town doubles its trips
        [("MTAA DAILY", "", "", "B")],
        [("Wednesday, April 8, 2026", "", "", "B")],
        [("News   Counties   Business   Sports   Opinion   Video   Jobs", "", "", "B")],
        [("NAIROBI", "", "", "B")],
        [("Mbegu Junction commuter trains to run 10 times a day from Monday", "", "", "W")],
        [("Kenya Railways says trips will double to cut crowding; matatu owners cry foul", "Josephine Wambuguini-Katanawe", "says", "W")],
        [("By Brian Otienogo-Lang'atwa", "", "", "B")],
        [("April 8, 2026 6:10 pm EAT", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Telegram", "", "", "B")],
        [("Commuters board a train at Mbegu Junction station on Tuesday morning.", "", "", ""),
         ("PHOTO | BRIAN OTIENOGO-LANG'ATWA | MTAA DAILY", "", "", "B")],
        [("Kenya Railways will run 10 commuter trains a day each way between Mbegu Junction and Nairobi Central Station from Monday, up from five, the corporation's managing director, Josephine Wambuguini-Katanawe, said at a briefing on Tuesday.", "Josephine Wambuguini-Katanawe", "said at a briefing", "W"),
         ("The one-way fare will stay at Sh80, she said.", "Josephine Wambuguini-Katanawe", "said", "W")],
        [("She said the extra trips would use two diesel trainsets refurbished at the corporation's Nairobi workshops at a cost of Sh410 million.", "Josephine Wambuguini-Katanawe", "said", "W"),
         ("The first train will leave Mbegu Junction at 5.30am and the last will leave Nairobi at 8.15pm.", "Josephine Wambuguini-Katanawe", "said", "W")],
        [("Tickets can be paid for by mobile money at the station or on board, she added.", "Josephine Wambuguini-Katanawe", "added", "W")],
        [("About 9,400 passengers a day used the service in March, according to the State Department for Transport.", "the State Department for Transport", "according to", "W"),
         ("Officials said that was almost twice the number the five trains were designed to carry.", "Officials", "said", "W")],
        [("Station master Wycliffe Onyangoro-Mbatia told Mtaa Daily that on most weekday mornings his staff had to close the platform gates before the 6.40am train arrived because it was already full.", "Wycliffe Onyangoro-Mbatia", "told Mtaa Daily", "W")],
        [("“Some people come at five just to be sure of standing room.", "Wycliffe Onyangoro-Mbatia", "told Mtaa Daily", ""),
         ("We have had fainting cases, we have had fights.”", "Wycliffe Onyangoro-Mbatia", "told Mtaa Daily", "")],
        [("In March the 6.40am train left Mbegu Junction late on 14 of the 22 weekdays, he said.", "Wycliffe Onyangoro-Mbatia", "said", "W")],
        [("Samuel Kiruinge-Ndegwaru, chairman of the Mbegu Route Matatu Owners' Association, insists the railway is undercutting his members with a fare it cannot sustain.", "Samuel Kiruinge-Ndegwaru", "insists", ""),
         ("He said the association's 140 matatus charge between Sh100 and Sh150 for the same trip, depending on the time of day.", "Samuel Kiruinge-Ndegwaru", "said", "W")],
        [("In a letter to the county's transport department dated March 30, the association asked for a matatu terminus to be built beside the station so its members could serve passengers coming off the trains.", "the association", "asked", "W")],
        [("Nairobi County's chief officer for mobility, Harriet Mumbua-Ochiengwa, said the county had received the letter and would reply within 14 days.", "Harriet Mumbua-Ochiengwa", "said", "W"),
         ("“We want the train and the matatu to work together, not against each other,” she said.", "Harriet Mumbua-Ochiengwa", "said", "")],
        [("About 61% of working adults in Mbegu Junction travel to Nairobi at least four days a week, according to a 2025 survey commissioned by the county.", "a 2025 survey commissioned by the county", "according to", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("A hand-painted sign above the station's ticket window reads “Tiketi Kwanza – No Ticket, No Boarding”.", "", "", ""),
         ("The station building, a stone shed with a corrugated iron roof, is said to date from 1926.", "", "", "")],
        [("Police said they had arrested 23 people for riding on the roofs and steps of trains on the line since January.", "Police", "said", "W")],
        [("Mercy Chelangoi-Odhiambeth, a nurse at a clinic in Nairobi's Industrial Area, said the train had cut her monthly fares from about Sh6,000 to Sh3,500.", "Mercy Chelangoi-Odhiambeth", "said", ""),
         ("“The train is cheaper and faster, but you arrive at work looking like you have been in a fight,” she said.", "Mercy Chelangoi-Odhiambeth", "said", "")],
        [("On Tuesday she boarded the 6.40am at the very back of the platform, where the last carriage stops.", "", "", "")],
        [("The line's stations at Mbegu Junction, Mbuyu Farm and Kiboko Flats were rebuilt in 2023 with raised platforms.", "", "", "W")],
        [("Have your say", "", "", "B"),
         ("Comments are moderated and may take up to an hour to appear.", "", "", "B")],
        [("RELATED: Nairobi Central Station to get new footbridge by August", "", "", "B")],
        [("Follow Mtaa Daily on X and WhatsApp for the latest news", "", "", "B")],
        [("© 2026 Mtaa Daily  |  Privacy Policy  |  Terms of Use  |  Advertise With Us", "", "", "B")],
    ],
    [  # 11. Jamaican weekly's site, buyers at a housing scheme still waiting two years after their handover date
        [("The Clarendon Peeniwally", "", "", "B")],
        [("Home   News   Parish   Business   Sport   Entertainment   Letters   E-Paper", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("Starapple Ridge buyers still without keys two years after promised handover", "", "", "W")],
        [("Developer blames rain and cement shortage; NHT says mortgages on hold until homes pass inspection", "Cotterwood Developers Ltd.", "blames", "W")],
        [("BY SHAUNETTE McKAYLE-BRAITHWAITE", "", "", "B")],
        [("Sunday, March 15, 2026", "", "", "B")],
        [("Share this:   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Unfinished two-bedroom units in Phase 2 of the Starapple Ridge housing scheme near May Pen on Thursday.", "", "", ""),
         ("Contributed photo", "", "", "B")],
        [("A sign at the gate of Phase 2 of the Starapple Ridge housing scheme still reads “Handover – December 2023”.", "", "", "W"),
         ("More than two years later, none of the phase's 118 units has been handed over.", "", "", "W")],
        [("Of the 118 buyers, 97 have mortgages approved by the National Housing Trust (NHT), according to the NHT.", "the NHT", "according to", "W")],
        [("In a letter to buyers dated February 2, the developer, Cotterwood Developers Ltd., wrote that the delay was caused by “exceptional rainfall” in 2024 and a shortage of cement in the first half of 2025.", "Cotterwood Developers Ltd.", "wrote", "W"),
         ("The units will be ready for inspection “by the end of the second quarter of 2026”, the letter says.", "the letter", "says", "W")],
        [("Cotterwood said in a statement to the Peeniwally on Friday that 84 of the 118 units had their roofs on and that water and electricity had been connected to the site in January.", "Cotterwood", "said in a statement", "W"),
         ("It said the company had complied with the Real Estate (Dealers and Developers) Act at every stage.", "Cotterwood Developers Ltd.", "said", "W")],
        [("NHT spokesperson Andrene Palmer-Whitcombrey said mortgage payments would not begin until the units passed a final inspection by the trust's engineers.", "Andrene Palmer-Whitcombrey", "said", "W"),
         ("Buyers who wanted to withdraw could have their deposits refunded in full under the terms of their sale agreements.", "Andrene Palmer-Whitcombrey", "said", "W"),
         ("“No beneficiary will pay for a house they cannot live in,” she said.", "Andrene Palmer-Whitcombrey", "said", "")],
        [("Delroy Fairwendle-Asantrewa, a correctional officer who paid a deposit of $1.2 million in 2022, told the Peeniwally he had been paying $65,000 a month in rent in Limekiln Bay while he waited.", "Delroy Fairwendle-Asantrewa", "told the Peeniwally", "")],
        [("“Every month I pay another man's mortgage while my own house sits there with no windows.", "Delroy Fairwendle-Asantrewa", "told the Peeniwally", ""),
         ("My daughter asks me every Sunday when we are moving.”", "Delroy Fairwendle-Asantrewa", "told the Peeniwally", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Garfield Munrowe-Ellington, a quantity surveyor who inspected the site for a group of buyers in January, estimates that at least six more months of work remain on the units furthest from the gate.", "Garfield Munrowe-Ellington", "estimates", ""),
         ("He said 22 of the units still had no roof sheeting when he visited.", "Garfield Munrowe-Ellington", "said", "W")],
        [("Cotterwood's managing director, Everton Sinclarrow-Mbekisa, did not respond to questions sent by email on Thursday.", "Everton Sinclarrow-Mbekisa", "did not respond to questions sent by email on Thursday", "")],
        [("The office of the Member of Parliament for the area said it had written to the Ministry of Housing in November asking for a review of the developer's licence.", "The office of the Member of Parliament for the area", "said", "W")],
        [("The scheme's name is said to come from a starapple orchard that stood on the land until the 1980s.", "", "", "")],
        [("Councillor Lascelles Dunbar-Okaforibe argues that the municipal corporation approved the subdivision in 2021 without checking that Cotterwood had finished Phase 1, where he says 14 houses still have no proper drainage.", "Lascelles Dunbar-Okaforibe", "argues", "W"),
         ("“Somebody signed off on this,” he said.", "Lascelles Dunbar-Okaforibe", "said", "")],
        [("The municipal corporation voted on Tuesday to send its own building inspectors to the site within 30 days.", "", "", "W")],
        [("Tashana Reidaskew-Hollowick, a teacher who bought a unit with her husband, said they had moved in with her mother in Pennyquick after their landlord sold the house they rented.", "Tashana Reidaskew-Hollowick", "said", ""),
         ("“We're grateful to have somewhere,” she said.", "Tashana Reidaskew-Hollowick", "said", ""),
         ("“But four adults and three children in a two-bedroom is not living, it's waiting.”", "Tashana Reidaskew-Hollowick", "said", "")],
        [("12 comments", "", "", "B")],
        [("Marcia G. · 2 days ago", "", "", "B")],
        [("Same thing happened in Phase 1.", "", "", "B"),
         ("Nobody learns.", "", "", "B")],
        [("RELATED: Housing ministry to publish list of stalled schemes by June", "", "", "B")],
        [("Got something to say?", "", "", "B"),
         ("Send your letter to letters@clarendonpeeniwally.com.jm.", "", "", "B")],
        [("© 2026 Clarendon Peeniwally Media Ltd.  |  Privacy  |  Terms", "", "", "B")],
    ],
    [  # 12. Ghanaian farming news site, swollen shoot disease cuts cocoa yields in a district as farmers wait for replanting
        [("KROBEA AGRIC NEWS", "", "", "B")],
        [("Home   Cocoa   Crops   Livestock   Markets   Weather   Policy   Videos", "", "", "B")],
        [("COCOA", "", "", "B")],
        [("Swollen shoot cuts Asankrodua cocoa output by 38% in two seasons, COCOBOD data show", "COCOBOD data", "show", "W")],
        [("District officer estimates a third of farms are infected; farmers say replanting money is late", "Kwabena Owusansa-Dartekwa", "estimates", "")],
        [("By Akosua Boatsiwa-Quarsheyaa", "", "", "B")],
        [("March 2, 2026  ·  09:15 GMT", "", "", "B")],
        [("Share on:   Facebook   X   WhatsApp   LinkedIn", "", "", "B")],
        [("A farmer cuts down a cocoa tree infected with swollen shoot virus near Asankrodua in the Western North Region.", "", "", ""),
         ("Photo: Krobea Agric News", "", "", "B")],
        [("Cocoa purchases in the Asankrodua district fell from 21,600 tonnes in the 2022/23 season to 13,400 tonnes in 2024/25, according to COCOBOD data.", "COCOBOD data", "according to", "W"),
         ("Purchases in the first four months of the current season are down another 9% on the same period last year, the data show.", "the data", "show", "W")],
        [("The district's share of national cocoa purchases fell from 2.9% to 1.9% over the same two seasons, the data show.", "the data", "show", "W")],
        [("The Ghana Cocoa Board (COCOBOD) said in a statement last month that it had cut out and replanted 4,800 hectares of diseased cocoa in the Western North Region since 2023.", "The Ghana Cocoa Board (COCOBOD)", "said in a statement", "W"),
         ("It said farmers whose trees are cut down are paid GH₵1,000 a hectare each year for the first three years while the new trees grow.", "The Ghana Cocoa Board (COCOBOD)", "said", "W")],
        [("It added that payments delayed in 2025 had been cleared in February.", "The Ghana Cocoa Board (COCOBOD)", "added", "W")],
        [("The Asankrodua district cocoa officer, Mr. Kwabena Owusansa-Dartekwa, estimates that a third of the district's farms now have trees showing signs of the disease.", "Kwabena Owusansa-Dartekwa", "estimates", ""),
         ("He says his office has six extension officers for about 14,000 farmers.", "Kwabena Owusansa-Dartekwa", "says", "W")],
        [("A report by the Sefwi Plains Cocoa Farmers' Network, released in January, found that 212 of the 540 farmers it surveyed in the district had waited more than six months for their first payment after their trees were cut.", "a report by the Sefwi Plains Cocoa Farmers' Network", "found", "W")],
        [("The network's chairman, Kojo Baidwenu-Essandwa, said farmers who had waited longest were those without a bank account.", "Kojo Baidwenu-Essandwa", "said", ""),
         ("The average wait was nine months, according to the network's report.", "the network's report", "according to", "W")],
        [("Nana Adwoa Serwaaboa-Kyeiwaa, the queen mother of Asankrodua, said at a durbar on Saturday that four farming families in the town had left cocoa for illegal gold mining since the harvest failed.", "Adwoa Serwaaboa-Kyeiwaa", "said at a durbar", "W")],
        [("“When the cocoa dies, the young men go to the pits.", "Adwoa Serwaaboa-Kyeiwaa", "said at a durbar", ""),
         ("We cannot blame them if nobody comes to help them replant.”", "Adwoa Serwaaboa-Kyeiwaa", "said at a durbar", "")],
        [("The Asankrodua District Chief Executive, Stephen Ananekye-Frimpadwe, told journalists after the durbar that the assembly had asked COCOBOD for two more cutting-out gangs for the district.", "Stephen Ananekye-Frimpadwe", "told journalists", "W"),
         ("“The farmers are ready,” he said.", "Stephen Ananekye-Frimpadwe", "said", ""),
         ("“What we need is hands and money.”", "Stephen Ananekye-Frimpadwe", "said", "")],
        [("A signboard at the edge of one abandoned farm reads “Private Property – No Galamsey”.", "", "", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Cocoa farmer Yaw Ofosukwa-Mensikrom told Krobea Agric News in an interview that COCOBOD teams cut down the trees on three of his five acres in April 2025 and he had not yet received the first payment.", "Yaw Ofosukwa-Mensikrom", "told Krobea Agric News in an interview", "W"),
         ("“I signed every paper they gave me,” he said.", "Yaw Ofosukwa-Mensikrom", "said", ""),
         ("“Now I am waiting, and my children's school fees are not waiting.”", "Yaw Ofosukwa-Mensikrom", "said", "")],
        [("On Thursday Ofosukwa-Mensikrom was planting plantain suckers between the young cocoa seedlings to give them shade.", "", "", "")],
        [("Dr. Efua Asamtwere-Bekoetse, a plant virologist at the Kwasiso Agricultural Research Institute, warns that replanting alone will not stop the disease if infected trees on neighbouring farms are left standing.", "Efua Asamtwere-Bekoetse", "warns", ""),
         ("She said mealybugs, which carry the virus, can move only a few metres on their own, so a single untreated farm can re-infect the farms around it.", "Efua Asamtwere-Bekoetse", "said", "W")],
        [("The government raised the farm-gate price of cocoa to GH₵3,228.75 for a 64kg bag for the 2025/26 season.", "", "", "W")],
        [("Read also: Mealybug spraying teams to start in Nkwantanum area next week", "", "", "B")],
        [("Read also: Cocoa farmers in Ashanti turn to cashew as prices rise", "", "", "B")],
        [("Get Krobea Agric News on WhatsApp every morning", "", "", "B")],
        [("© 2026 Krobea Agric News.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n68-uk-standfirst-byline-caption-credit", "Recycling rate stuck at about 41 per cent for six years, report says; residents warn of rats in the back lanes\nBy Philippa Strandling-Okonjuwa  ·  Local Democracy Reporting Service\n06:05, Wed 11 Mar 2026\nShare:   Facebook   X   WhatsApp   Email   Copy link\nA black wheelie bin and a green recycling box outside a terrace on Tanpit Row, Harrowcleugh. (Image: Harrowcleugh Chanticleer)",
     ["Recycling rate stuck at about 41 per cent for six years, report says; residents warn of rats in the back lanes", "By Philippa Strandling-Okonjuwa  ·  Local Democracy Reporting Service", "06:05, Wed 11 Mar 2026", "Share:   Facebook   X   WhatsApp   Email   Copy link", "A black wheelie bin and a green recycling box outside a terrace on Tanpit Row, Harrowcleugh.", "(Image: Harrowcleugh Chanticleer)"]),
    ("n68-uk-told-then-quote-paragraph-argues", "Cllr Dominic Fairclether-Essumbrey, who leads the opposition group, told the Chanticleer he had asked for the decision to be called in by the overview and scrutiny committee.\n“Nobody knocked on a single door in Cressingdale before this was decided. A family with a baby in nappies and a dog will have a full bin by the end of week two.”\nHe argues that the savings ignore the £93,000 the council spent clearing fly-tipping in 2025, up from £61,000 two years earlier.",
     ["Cllr Dominic Fairclether-Essumbrey, who leads the opposition group, told the Chanticleer he had asked for the decision to be called in by the overview and scrutiny committee.", "“Nobody knocked on a single door in Cressingdale before this was decided.", "A family with a baby in nappies and a dog will have a full bin by the end of week two.”", "He argues that the savings ignore the £93,000 the council spent clearing fly-tipping in 2025, up from £61,000 two years earlier."]),
    ("n68-uk-tip-question-ltd-registered", "Got a story about your street? Email newsdesk@harrowcleughchanticleer.co.uk or message us on WhatsApp.\nMost read\nTwo hurt in crash on the Lingbeck bypass near Thistlebrae Lane\nHarrowcleugh market traders vote to keep Thursday opening\nGet the Chanticleer's morning briefing in your inbox – sign up free\n© 2026 Harrowcleugh Chanticleer Ltd. Registered in England No. 06118342.",
     ["Got a story about your street?", "Email newsdesk@harrowcleughchanticleer.co.uk or message us on WhatsApp.", "Most read", "Two hurt in crash on the Lingbeck bypass near Thistlebrae Lane", "Harrowcleugh market traders vote to keep Thursday opening", "Get the Chanticleer's morning briefing in your inbox – sign up free", "© 2026 Harrowcleugh Chanticleer Ltd.", "Registered in England No. 06118342."]),
    ("n68-us-pm-lines-ohio-initial", "Police say pair are suspected in at least 31 thefts since November; one was arrested in a stolen pickup\nBy Garrett Oyelarinde-Motterell | Staff writer\nPublished March 4, 2026 at 5:12 p.m. | Updated March 4, 2026 at 8:40 p.m.\nEmail   Facebook   X   Print\nA school bus sits on blocks at the Cormorey Valley Schools depot on Stannockley Road after thieves cut out its catalytic converter in January. Register file photo\nLATCHMOOR, Ohio — Two Pruitmore County men have been charged in a string of catalytic converter thefts that hit driveways, church lots and a school bus depot over the winter, the Latchmoor Police Department said in a news release Tuesday. Dallin R. Keppler-Stroudhallow, 27, of Latchmoor, and Tobiah Luskwell-Amankrado, 31, of Ebbing Falls, are each charged with 14 counts of theft and one count of possessing criminal tools.",
     ["Police say pair are suspected in at least 31 thefts since November; one was arrested in a stolen pickup", "By Garrett Oyelarinde-Motterell | Staff writer", "Published March 4, 2026 at 5:12 p.m. | Updated March 4, 2026 at 8:40 p.m.", "Email   Facebook   X   Print", "A school bus sits on blocks at the Cormorey Valley Schools depot on Stannockley Road after thieves cut out its catalytic converter in January.", "Register file photo", "LATCHMOOR, Ohio — Two Pruitmore County men have been charged in a string of catalytic converter thefts that hit driveways, church lots and a school bus depot over the winter, the Latchmoor Police Department said in a news release Tuesday.", "Dallin R. Keppler-Stroudhallow, 27, of Latchmoor, and Tobiah Luskwell-Amankrado, 31, of Ebbing Falls, are each charged with 14 counts of theft and one count of possessing criminal tools."]),
    ("n68-us-nov-am-feb-ave-sgt", "Police believe the men are responsible for at least 31 thefts since Nov. 9, most of them from hybrid cars and older SUVs.\nAccording to the criminal complaint, Keppler-Stroudhallow was stopped at 2:40 a.m. on Feb. 27 on Quirnbeck Ave. in a pickup that had been reported stolen from a Pruitmore County farm two days earlier. An officer found a battery-powered saw, two floor jacks and four catalytic converters in the truck bed, the complaint says.\nSgt. Marla Venningham-Oseibonsu, who supervises the department's property crimes unit, told the Register that detectives matched a saw blade found in the truck to cuts on converters recovered from a scrap yard in Ebbing Falls. “These guys could get under a car and back out in about 90 seconds,” she said.",
     ["Police believe the men are responsible for at least 31 thefts since Nov. 9, most of them from hybrid cars and older SUVs.", "According to the criminal complaint, Keppler-Stroudhallow was stopped at 2:40 a.m. on Feb. 27 on Quirnbeck Ave. in a pickup that had been reported stolen from a Pruitmore County farm two days earlier.", "An officer found a battery-powered saw, two floor jacks and four catalytic converters in the truck bed, the complaint says.", "Sgt. Marla Venningham-Oseibonsu, who supervises the department's property crimes unit, told the Register that detectives matched a saw blade found in the truck to cuts on converters recovered from a scrap yard in Ebbing Falls.", "“These guys could get under a car and back out in about 90 seconds,” she said."]),
    ("n68-us-rev-chief-says-credits", "The Rev. Elroy Baskerfield-Mensa of Mount Hollivar Community Church said the church's van lost its converter twice in six weeks. “We put a steel cage on it after the second time, and we pray over it too,” he said.\nPolice Chief Hugo Tamblynne-Agyei says reports of converter thefts in the city fell from 19 in January to two in February. He credits the arrests, and residents who started parking in their garages.\nPolice asked anyone with information about the thefts to call the tip line at 937-555-0118.",
     ["The Rev. Elroy Baskerfield-Mensa of Mount Hollivar Community Church said the church's van lost its converter twice in six weeks.", "“We put a steel cage on it after the second time, and we pray over it too,” he said.", "Police Chief Hugo Tamblynne-Agyei says reports of converter thefts in the city fell from 19 in January to two in February.", "He credits the arrests, and residents who started parking in their garages.", "Police asked anyone with information about the thefts to call the tip line at 937-555-0118."]),
    ("n68-ca-credit-st-ltd-she-wrote", "Tarps cover windows on the fifth floor of the Riverlight condominium on Tessarelli Place in December. Anneliese Vorkapich-Dunnecliff / The Prairie Sodbuster\nA Court of King's Bench judge has ordered the developer of a 64-unit condominium building in Winnipeg's St. Boniface neighbourhood to pay the building's owners $1.94 million to replace windows that have leaked since it opened in 2017.\nJustice Marguerite Ellory-Bandaweni wrote in a 41-page decision released Monday that Quellmont Homes Ltd. installed windows that did not meet the standard set out in its own sales brochure. “The developer cut corners it had promised not to cut, and it knew it had done so,” she wrote.",
     ["Tarps cover windows on the fifth floor of the Riverlight condominium on Tessarelli Place in December.", "Anneliese Vorkapich-Dunnecliff / The Prairie Sodbuster", "A Court of King's Bench judge has ordered the developer of a 64-unit condominium building in Winnipeg's St. Boniface neighbourhood to pay the building's owners $1.94 million to replace windows that have leaked since it opened in 2017.", "Justice Marguerite Ellory-Bandaweni wrote in a 41-page decision released Monday that Quellmont Homes Ltd. installed windows that did not meet the standard set out in its own sales brochure.", "“The developer cut corners it had promised not to cut, and it knew it had done so,” she wrote."]),
    ("n68-ca-no-claim-judge-rejected-found", "In its statement of claim, filed in March 2022, Condominium Corporation No. 2207 alleged that Quellmont used a cheaper frame than the one shown to buyers and skipped a water test required by the building's design.\nQuellmont argued in court filings that the leaks were caused by the condo board's failure to maintain the caulking after the builder's warranty ran out in 2019. The judge rejected that argument. An engineering report commissioned by the board in 2020 traced the leaks to gaps in the frames themselves, not to the caulking, she found.\nThe judge also ordered Quellmont to pay pre-judgment interest and $85,000 toward the condo corporation's legal costs.",
     ["In its statement of claim, filed in March 2022, Condominium Corporation No. 2207 alleged that Quellmont used a cheaper frame than the one shown to buyers and skipped a water test required by the building's design.", "Quellmont argued in court filings that the leaks were caused by the condo board's failure to maintain the caulking after the builder's warranty ran out in 2019.", "The judge rejected that argument.", "An engineering report commissioned by the board in 2020 traced the leaks to gaps in the frames themselves, not to the caulking, she found.", "The judge also ordered Quellmont to pay pre-judgment interest and $85,000 toward the condo corporation's legal costs."]),
    ("n68-ca-email-statement-interview-quote-para", "Petra Sandovarra-Hoyeung, a lawyer for Quellmont, said in an email that the company was “reviewing the decision carefully” and had 30 days to file an appeal. In a short statement posted to its website, Quellmont Homes said it had built more than 2,000 homes in Manitoba since 1994 “and stands behind every one of them.”\nHarjit Lomasheen-Akandiyo, president of the condo board, said in an interview that owners paid a special levy averaging $9,300 a unit in 2023 to cover emergency repairs. “Some of our owners are retired people on fixed incomes,” she said. “Nine thousand dollars is not a small thing to find.”\n“We kept buckets under the windows in 4B for two winters. You could hear it dripping all night.”",
     ["Petra Sandovarra-Hoyeung, a lawyer for Quellmont, said in an email that the company was “reviewing the decision carefully” and had 30 days to file an appeal.", "In a short statement posted to its website, Quellmont Homes said it had built more than 2,000 homes in Manitoba since 1994 “and stands behind every one of them.”", "Harjit Lomasheen-Akandiyo, president of the condo board, said in an interview that owners paid a special levy averaging $9,300 a unit in 2023 to cover emergency repairs.", "“Some of our owners are retired people on fixed incomes,” she said.", "“Nine thousand dollars is not a small thing to find.”", "“We kept buckets under the windows in 4B for two winters.", "You could hear it dripping all night.”"]),
    ("n68-au-picture-by-according-data-show", "The emergency department entrance at Tallowgrass Base Hospital on Wednesday. Picture by Lachlan Veseyhurst-Amoakwele\nJust 51.3 per cent of patients who arrived at Tallowgrass Base Hospital's emergency department between October and December started treatment on time, according to the latest quarterly figures from the Bureau of Health Information (BHI). The state average for the same quarter was 64.8 per cent.\nThe data show 14,212 people presented to the department in the quarter, up 9 per cent on the same period in 2024. Of those admitted to a ward, 38 per cent waited more than eight hours in the emergency department for a bed, the data show.",
     ["The emergency department entrance at Tallowgrass Base Hospital on Wednesday.", "Picture by Lachlan Veseyhurst-Amoakwele", "Just 51.3 per cent of patients who arrived at Tallowgrass Base Hospital's emergency department between October and December started treatment on time, according to the latest quarterly figures from the Bureau of Health Information (BHI).", "The state average for the same quarter was 64.8 per cent.", "The data show 14,212 people presented to the department in the quarter, up 9 per cent on the same period in 2024.", "Of those admitted to a ward, 38 per cent waited more than eight hours in the emergency department for a bed, the data show."]),
    ("n68-au-question-capital-briefing-believes", "Tallowgrass GP Dr Bartholomew Drysnock-Achemwonu told the Times that two of the town's five general practices had closed their books to new patients since last winter. “If you can't get in to see a GP for three weeks, where do you go? You go to ED,” he said.\nThe nurses' union's regional organiser, Leonie Carraway-Mbathelo, said at a briefing outside the hospital on Tuesday that the emergency department had been short of at least two nurses on 41 shifts in January. She believes the new short-stay beds will sit empty unless the district hires the staff to run them.\nRetired shearer Norm Pettiskerr-Assaf waited nine hours in the department's waiting room on January 14 with a broken wrist before a doctor saw him. “The staff were run off their feet,” he said. “I'm not complaining about them.”",
     ["Tallowgrass GP Dr Bartholomew Drysnock-Achemwonu told the Times that two of the town's five general practices had closed their books to new patients since last winter.", "“If you can't get in to see a GP for three weeks, where do you go?", "You go to ED,” he said.", "The nurses' union's regional organiser, Leonie Carraway-Mbathelo, said at a briefing outside the hospital on Tuesday that the emergency department had been short of at least two nurses on 41 shifts in January.", "She believes the new short-stay beds will sit empty unless the district hires the staff to run them.", "Retired shearer Norm Pettiskerr-Assaf waited nine hours in the department's waiting room on January 14 with a broken wrist before a doctor saw him.", "“The staff were run off their feet,” he said.", "“I'm not complaining about them.”"]),
    ("n68-ie-letter-wrote-letter-says-it-asks", "Drumcorran Community College has 412 pupils and 19 prefab classrooms, more prefabs than permanent classrooms. The school was approved for a new building in 2017.\nIn a letter to parents sent home on Friday, the school's principal, Eimear Costimore-Yadav, wrote that the Department of Education had told the school in January that the project was still at stage 2b of its architectural planning process. The letter says the school had been told in 2017 that the building would be finished “within four years”. It asks parents to “bear with us for one more year, and we hope only one”.\nThe Department of Education said in a statement on Tuesday that it expected to seek planning permission for the project before the end of 2026. A spokesperson for the Department added that the design had to be changed in 2023 after a survey found the original site was prone to flooding.",
     ["Drumcorran Community College has 412 pupils and 19 prefab classrooms, more prefabs than permanent classrooms.", "The school was approved for a new building in 2017.", "In a letter to parents sent home on Friday, the school's principal, Eimear Costimore-Yadav, wrote that the Department of Education had told the school in January that the project was still at stage 2b of its architectural planning process.", "The letter says the school had been told in 2017 that the building would be finished “within four years”.", "It asks parents to “bear with us for one more year, and we hope only one”.", "The Department of Education said in a statement on Tuesday that it expected to seek planning permission for the project before the end of 2026.", "A spokesperson for the Department added that the design had to be changed in 2023 after a survey found the original site was prone to flooding."]),
    ("n68-ie-deputy-quote-paragraph-foi", "Deputy Colm Reddington-Asarekye, who tabled the question, told the Beaconlight he had raised the school in the Dáil four times since he was elected.\n“Nine years is not a delay, it's a policy. There are children who started in a prefab in first year and will do their Leaving Cert in a prefab, and nobody in the Department seems to find that strange.”\nThe Department paid €186,000 in rent for the school's prefabs in 2025, according to figures released under the Freedom of Information Act.",
     ["Deputy Colm Reddington-Asarekye, who tabled the question, told the Beaconlight he had raised the school in the Dáil four times since he was elected.", "“Nine years is not a delay, it's a policy.", "There are children who started in a prefab in first year and will do their Leaving Cert in a prefab, and nobody in the Department seems to find that strange.”", "The Department paid €186,000 in rent for the school's prefabs in 2025, according to figures released under the Freedom of Information Act."]),
    ("n68-ie-sign-interview-insists", "A sign on the green field beside the car park still reads “Site of New School Building – Works Commencing 2019”.\nCostimore-Yadav, who has been principal since 2014, teaches a Leaving Cert maths class in Prefab 11 three mornings a week. She said in an interview on Corradrishna FM on Wednesday that two of the prefabs had been condemned by an engineer in November and were now used only for storage. “The staff have been extraordinary,” she said. “But you can't teach chemistry properly without a lab.”\nNiamh Kilbroddan-Oyelowode, chair of the parents' association, insists the school has done everything the Department asked of it, including handing over a second site for free. “We'll protest outside Leinster House if we have to,” she said. The association collected 1,340 signatures on a petition last autumn.",
     ["A sign on the green field beside the car park still reads “Site of New School Building – Works Commencing 2019”.", "Costimore-Yadav, who has been principal since 2014, teaches a Leaving Cert maths class in Prefab 11 three mornings a week.", "She said in an interview on Corradrishna FM on Wednesday that two of the prefabs had been condemned by an engineer in November and were now used only for storage.", "“The staff have been extraordinary,” she said.", "“But you can't teach chemistry properly without a lab.”", "Niamh Kilbroddan-Oyelowode, chair of the parents' association, insists the school has done everything the Department asked of it, including handing over a second site for free.", "“We'll protest outside Leinster House if we have to,” she said.", "The association collected 1,340 signatures on a petition last autumn."]),
    ("n68-nz-am-pm-alert-quote-split", "Sixty-three homes in Kaiwhetero's low-lying east end were evacuated overnight as the Mangarewa River rose to its highest level in 21 years. MetService lifted its red heavy rain warning for the area at 1pm on Friday.\nThe river peaked at 6.84 metres at 3.20am, about 40cm below the top of the town's stopbank, according to the regional council's river gauge at Pākihi Bridge. Regional council rainfall data show 212mm of rain fell at Ruakōwhai, in the hills above the town, in the 24 hours to 9am Friday.\nAn emergency mobile alert sent to phones in the east end at 11.42pm on Thursday read: “Leave now. Move to higher ground.”",
     ["Sixty-three homes in Kaiwhetero's low-lying east end were evacuated overnight as the Mangarewa River rose to its highest level in 21 years.", "MetService lifted its red heavy rain warning for the area at 1pm on Friday.", "The river peaked at 6.84 metres at 3.20am, about 40cm below the top of the town's stopbank, according to the regional council's river gauge at Pākihi Bridge.", "Regional council rainfall data show 212mm of rain fell at Ruakōwhai, in the hills above the town, in the 24 hours to 9am Friday.", "An emergency mobile alert sent to phones in the east end at 11.42pm on Thursday read: “Leave now.", "Move to higher ground.”"]),
    ("n68-nz-act-said-to-be-says-carried", "Sheep farmer Lorna Hapetoa-Brightholme moved 600 ewes to a hill paddock by torchlight on Thursday night. “The river came over the flats faster than I've ever seen it,” she said.\nThe Kaiwhetero Hotel, said to be the oldest building in town, had water through its front bar for the first time since 2005.\nMetService meteorologist Aroha Tipenehau-Vallance says the rain will ease on Saturday morning as the low moves east. The hills behind the town took the worst of it because the wind pushed moist air straight up the ranges for about 30 hours, she says. Another front could bring more rain by the middle of next week, though it is not expected to be as heavy.\nWolfenden-Rangimahuki warned that the ground was saturated and said four slips had already closed Mangarewa Valley Road. Joanne Atherleigh-Moanahuia, the district council's roading manager, estimates the road will take at least two weeks to clear.",
     ["Sheep farmer Lorna Hapetoa-Brightholme moved 600 ewes to a hill paddock by torchlight on Thursday night.", "“The river came over the flats faster than I've ever seen it,” she said.", "The Kaiwhetero Hotel, said to be the oldest building in town, had water through its front bar for the first time since 2005.", "MetService meteorologist Aroha Tipenehau-Vallance says the rain will ease on Saturday morning as the low moves east.", "The hills behind the town took the worst of it because the wind pushed moist air straight up the ranges for about 30 hours, she says.", "Another front could bring more rain by the middle of next week, though it is not expected to be as heavy.", "Wolfenden-Rangimahuki warned that the ground was saturated and said four slips had already closed Mangarewa Valley Road.", "Joanne Atherleigh-Moanahuia, the district council's roading manager, estimates the road will take at least two weeks to clear."]),
    ("n68-in-dateline-ltd-rs-approx", "BENGALURU: Nandigiri Dairy Foods Ltd will raise the price of its packaged milk by Rs 3 a litre from Friday, the company said in a regulatory filing on Wednesday. A litre of its toned milk will cost Rs 56, up from Rs 53, and full-cream milk Rs 70, it said.\nThe company's milk procurement cost rose 14% between April and December, driven by higher fodder prices and a weak monsoon in north Karnataka, according to the filing. The filing said the increase applied to Bengaluru, Mysuru and Hubballi, which together account for approx. 72% of its milk sales.\nThe increase is Nandigiri's second since March 2025, when it raised prices by Rs 2 a litre. The company buys about 18 lakh litres of milk a day from some 2.1 lakh farmers in Karnataka and Maharashtra, according to its annual report.\nNandigiri's shares closed 2.8% higher at Rs. 412.60 on the National Stock Exchange.",
     ["BENGALURU: Nandigiri Dairy Foods Ltd will raise the price of its packaged milk by Rs 3 a litre from Friday, the company said in a regulatory filing on Wednesday.", "A litre of its toned milk will cost Rs 56, up from Rs 53, and full-cream milk Rs 70, it said.", "The company's milk procurement cost rose 14% between April and December, driven by higher fodder prices and a weak monsoon in north Karnataka, according to the filing.", "The filing said the increase applied to Bengaluru, Mysuru and Hubballi, which together account for approx. 72% of its milk sales.", "The increase is Nandigiri's second since March 2025, when it raised prices by Rs 2 a litre.", "The company buys about 18 lakh litres of milk a day from some 2.1 lakh farmers in Karnataka and Maharashtra, according to its annual report.", "Nandigiri's shares closed 2.8% higher at Rs. 412.60 on the National Stock Exchange."]),
    ("n68-in-ie-estimates-press-conference", "Analysts at Varadhi Securities wrote in a note to clients that the increase would lift Nandigiri's revenue by about Rs 190 crore in 2026-27, i.e. roughly 6%. Meghna Acharekar-Bosemani, a consumer sector analyst at Keshava Capital, estimates rivals will raise prices by Rs 2 to Rs 3 a litre within a month.\nThe Kondavalli Milk Producers' Co-operative Federation, which sells about 31 lakh litres a day under the Kondavalli brand, will not raise prices before June, its managing director, Nagendrappa Thimmegowda, said at a press conference in Bengaluru. He said the federation had raised the procurement price it pays farmers by Rs 1.50 a litre in January.\nOfficials said the federation's milk prices are set by its board, on which the state government has two nominees.",
     ["Analysts at Varadhi Securities wrote in a note to clients that the increase would lift Nandigiri's revenue by about Rs 190 crore in 2026-27, i.e. roughly 6%.", "Meghna Acharekar-Bosemani, a consumer sector analyst at Keshava Capital, estimates rivals will raise prices by Rs 2 to Rs 3 a litre within a month.", "The Kondavalli Milk Producers' Co-operative Federation, which sells about 31 lakh litres a day under the Kondavalli brand, will not raise prices before June, its managing director, Nagendrappa Thimmegowda, said at a press conference in Bengaluru.", "He said the federation had raised the procurement price it pays farmers by Rs 1.50 a litre in January.", "Officials said the federation's milk prices are set by its board, on which the state government has two nominees."]),
    ("n68-in-disclaimer-pvt-ltd-rights", "Disclaimer: The views of analysts quoted are their own and not those of the Tungavalli Post. Please consult a certified adviser before investing.\n© 2026 Tungavalli Media Pvt. Ltd. All rights reserved.",
     ["Disclaimer: The views of analysts quoted are their own and not those of the Tungavalli Post.", "Please consult a certified adviser before investing.", "© 2026 Tungavalli Media Pvt. Ltd.", "All rights reserved."]),
    ("n68-za-caption-according-said-to-be", "Kwaggas supporters watch a league match from the main stand at Kareebos Park in February. Picture: Kwaggasdraai Express\nAccording to an engineer's report commissioned by the Kwaggasdraai Local Municipality, nine of the 14 steel supports under the main stand at Kareebos Park have rusted through at their base. The municipality, which owns the ground, closed the whole stadium to spectators on Monday.\nMunicipal spokesperson Thandeka Rousselotte-Khumalane said the stand would stay closed until the supports were replaced, and that the municipality had set aside R2.3 million for the work in its 2026/27 budget. “We are not going to gamble with people's lives for the sake of a Saturday game,” she said.\nThe main stand was built in 1954. It is said to be the oldest stand with a wooden floor still in use in the province.",
     ["Kwaggas supporters watch a league match from the main stand at Kareebos Park in February.", "Picture: Kwaggasdraai Express", "According to an engineer's report commissioned by the Kwaggasdraai Local Municipality, nine of the 14 steel supports under the main stand at Kareebos Park have rusted through at their base.", "The municipality, which owns the ground, closed the whole stadium to spectators on Monday.", "Municipal spokesperson Thandeka Rousselotte-Khumalane said the stand would stay closed until the supports were replaced, and that the municipality had set aside R2.3 million for the work in its 2026/27 budget.", "“We are not going to gamble with people's lives for the sake of a Saturday game,” she said.", "The main stand was built in 1954.", "It is said to be the oldest stand with a wooden floor still in use in the province."]),
    ("n68-za-instagram-banner-title-says", "Club captain Ruan Mostervelt-Ngcobezi wrote on Instagram that the squad had voted to donate their match fees for March to the stand fund. “This is our home,” he wrote. “We'll be back.”\nA banner tied to the locked gate on Tuesday read “Kwaggas Forever – Since 1931”. The club's centenary book, “When the Captain Says Run”, is on sale in the clubhouse for R250.\nThe stand's wooden floor was in fair condition, but the concrete steps at its northern end had cracked in several places, the report found.",
     ["Club captain Ruan Mostervelt-Ngcobezi wrote on Instagram that the squad had voted to donate their match fees for March to the stand fund.", "“This is our home,” he wrote.", "“We'll be back.”", "A banner tied to the locked gate on Tuesday read “Kwaggas Forever – Since 1931”.", "The club's centenary book, “When the Captain Says Run”, is on sale in the clubhouse for R250.", "The stand's wooden floor was in fair condition, but the concrete steps at its northern end had cracked in several places, the report found."]),
    ("n68-za-fixtures-pty-ltd-rights", "Kwaggas' remaining home fixtures (at Kwartelspan)\n21 March   Kwaggas v Ganskraalvlei   15:00\n4 April   Kwaggas v Soutkuilrand   15:00\nREAD ALSO: Kwaggasdraai schools league final moved to Saturday\nJoin our WhatsApp channel for breaking local news\n© 2026 Kwaggasdraai Express, a Bosveld Media (Pty) Ltd. publication. All rights reserved.",
     ["Kwaggas' remaining home fixtures (at Kwartelspan)", "21 March   Kwaggas v Ganskraalvlei   15:00", "4 April   Kwaggas v Soutkuilrand   15:00", "READ ALSO: Kwaggasdraai schools league final moved to Saturday", "Join our WhatsApp channel for breaking local news", "© 2026 Kwaggasdraai Express, a Bosveld Media (Pty) Ltd. publication.", "All rights reserved."]),
    ("n68-sc-reported-speech-carried-warden", "The study found that the share of chicks that survived to leave their burrows fell from about 0.7 per pair in the early 2010s to 0.4 in the last three summers. The data show the steepest fall came after 2021, when the island recorded its three warmest Junes since counts began.\nDr Kirsteen Abercrailie-Odurowaa, the study's lead author, believes warmer water has pushed the sandeels the birds feed their chicks deeper and further offshore. She wrote in a blog post for the university that adult puffins had been seen bringing back pipefish, which chicks often cannot swallow.\n“You find them by the burrow entrance, a full meal lying there and a hungry chick inside. It is one of the saddest things I have seen in 20 years of fieldwork.”\nThe birds could recover if sandeels came back to shallower water, she said. A colony on the Norwegian coast had returned to its old numbers within five years of a similar crash in the 2000s.",
     ["The study found that the share of chicks that survived to leave their burrows fell from about 0.7 per pair in the early 2010s to 0.4 in the last three summers.", "The data show the steepest fall came after 2021, when the island recorded its three warmest Junes since counts began.", "Dr Kirsteen Abercrailie-Odurowaa, the study's lead author, believes warmer water has pushed the sandeels the birds feed their chicks deeper and further offshore.", "She wrote in a blog post for the university that adult puffins had been seen bringing back pipefish, which chicks often cannot swallow.", "“You find them by the burrow entrance, a full meal lying there and a hungry chick inside.", "It is one of the saddest things I have seen in 20 years of fieldwork.”", "The birds could recover if sandeels came back to shallower water, she said.", "A colony on the Norwegian coast had returned to its old numbers within five years of a similar crash in the 2000s."]),
    ("n68-sc-journal-et-al-topics", "The survey used the same method as counts in 1985, 1999 and 2015, with each burrow checked by hand or with a small camera on a rod.\nJournal reference: Abercrailie-Odurowaa K, Dunmeachie-Achtervelde R, et al. Breeding decline of Atlantic puffins on Skerravoe, 2015–2025. J N Atl Seabird Ecol. 2026;11(2):88–104.\nTopics:  Wildlife  ·  Climate  ·  Islands  ·  Science",
     ["The survey used the same method as counts in 1985, 1999 and 2015, with each burrow checked by hand or with a small camera on a rod.", "Journal reference: Abercrailie-Odurowaa K, Dunmeachie-Achtervelde R, et al. Breeding decline of Atlantic puffins on Skerravoe, 2015–2025. J N Atl Seabird Ecol. 2026;11(2):88–104.", "Topics:  Wildlife  ·  Climate  ·  Islands  ·  Science"]),
    ("n68-ke-briefing-she-said-am-pm", "Commuters board a train at Mbegu Junction station on Tuesday morning. PHOTO | BRIAN OTIENOGO-LANG'ATWA | MTAA DAILY\nKenya Railways will run 10 commuter trains a day each way between Mbegu Junction and Nairobi Central Station from Monday, up from five, the corporation's managing director, Josephine Wambuguini-Katanawe, said at a briefing on Tuesday. The one-way fare will stay at Sh80, she said.\nShe said the extra trips would use two diesel trainsets refurbished at the corporation's Nairobi workshops at a cost of Sh410 million. The first train will leave Mbegu Junction at 5.30am and the last will leave Nairobi at 8.15pm.",
     ["Commuters board a train at Mbegu Junction station on Tuesday morning.", "PHOTO | BRIAN OTIENOGO-LANG'ATWA | MTAA DAILY", "Kenya Railways will run 10 commuter trains a day each way between Mbegu Junction and Nairobi Central Station from Monday, up from five, the corporation's managing director, Josephine Wambuguini-Katanawe, said at a briefing on Tuesday.", "The one-way fare will stay at Sh80, she said.", "She said the extra trips would use two diesel trainsets refurbished at the corporation's Nairobi workshops at a cost of Sh410 million.", "The first train will leave Mbegu Junction at 5.30am and the last will leave Nairobi at 8.15pm."]),
    ("n68-ke-ad-sign-said-to-date-police", "ADVERTISEMENT\nA hand-painted sign above the station's ticket window reads “Tiketi Kwanza – No Ticket, No Boarding”. The station building, a stone shed with a corrugated iron roof, is said to date from 1926.\nPolice said they had arrested 23 people for riding on the roofs and steps of trains on the line since January.",
     ["ADVERTISEMENT", "A hand-painted sign above the station's ticket window reads “Tiketi Kwanza – No Ticket, No Boarding”.", "The station building, a stone shed with a corrugated iron roof, is said to date from 1926.", "Police said they had arrested 23 people for riding on the roofs and steps of trains on the line since January."]),
    ("n68-jm-sign-handover-according-nht", "Unfinished two-bedroom units in Phase 2 of the Starapple Ridge housing scheme near May Pen on Thursday. Contributed photo\nA sign at the gate of Phase 2 of the Starapple Ridge housing scheme still reads “Handover – December 2023”. More than two years later, none of the phase's 118 units has been handed over.\nOf the 118 buyers, 97 have mortgages approved by the National Housing Trust (NHT), according to the NHT.",
     ["Unfinished two-bedroom units in Phase 2 of the Starapple Ridge housing scheme near May Pen on Thursday.", "Contributed photo", "A sign at the gate of Phase 2 of the Starapple Ridge housing scheme still reads “Handover – December 2023”.", "More than two years later, none of the phase's 118 units has been handed over.", "Of the 118 buyers, 97 have mortgages approved by the National Housing Trust (NHT), according to the NHT."]),
    ("n68-jm-comments-user-line-two-sentences", "12 comments\nMarcia G. · 2 days ago\nSame thing happened in Phase 1. Nobody learns.",
     ["12 comments", "Marcia G. · 2 days ago", "Same thing happened in Phase 1.", "Nobody learns."]),
    ("n68-gh-statement-it-said-it-added-mr", "The Ghana Cocoa Board (COCOBOD) said in a statement last month that it had cut out and replanted 4,800 hectares of diseased cocoa in the Western North Region since 2023. It said farmers whose trees are cut down are paid GH₵1,000 a hectare each year for the first three years while the new trees grow.\nIt added that payments delayed in 2025 had been cleared in February.\nThe Asankrodua district cocoa officer, Mr. Kwabena Owusansa-Dartekwa, estimates that a third of the district's farms now have trees showing signs of the disease. He says his office has six extension officers for about 14,000 farmers.",
     ["The Ghana Cocoa Board (COCOBOD) said in a statement last month that it had cut out and replanted 4,800 hectares of diseased cocoa in the Western North Region since 2023.", "It said farmers whose trees are cut down are paid GH₵1,000 a hectare each year for the first three years while the new trees grow.", "It added that payments delayed in 2025 had been cleared in February.", "The Asankrodua district cocoa officer, Mr. Kwabena Owusansa-Dartekwa, estimates that a third of the district's farms now have trees showing signs of the disease.", "He says his office has six extension officers for about 14,000 farmers."]),
    ("n68-gh-read-also-whatsapp-rights", "Read also: Mealybug spraying teams to start in Nkwantanum area next week\nRead also: Cocoa farmers in Ashanti turn to cashew as prices rise\nGet Krobea Agric News on WhatsApp every morning\n© 2026 Krobea Agric News. All rights reserved.",
     ["Read also: Mealybug spraying teams to start in Nkwantanum area next week", "Read also: Cocoa farmers in Ashanti turn to cashew as prices rise", "Get Krobea Agric News on WhatsApp every morning", "© 2026 Krobea Agric News.", "All rights reserved."]),
]  # fmt: skip
