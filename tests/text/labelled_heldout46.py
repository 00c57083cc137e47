"""Forty-sixth held-out set of hand-labelled pages for the hint engines (held-out, round thirty): twelve whole pages of everyday news from twelve countries, dense with speakers and with attributions of every ordinary kind.
HELD-OUT: never to be tuned on; only its summary figures are to be looked at.

Written from scratch for issue 13 in round thirty, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under `docs/`,
no README and no benchmark was read, `claimreview` was never imported, and no test, scorer, engine or
`pytest` was run. The format and the conventions were read from the module docstrings of
`labelled_new.py` and `labelled_new2.py` (printed whole), the module docstrings of `labelled_new66.py`
and `labelled_new68.py` (printed through a listing that cut out its middle, then read again from a
copy in /tmp: most of each; of the docstring of `labelled_new67.py`, printed in the same listing,
only the lines the listing kept and two lines a `grep -n` showed were seen), the `STYLES` and the
first two pages of `labelled_new68.py` (a listing with a few lines cut out, running on into the first
lines of its third and fourth pages), the first six split cases of `labelled_new68.py` and of
`labelled_new67.py` (lines cut to 600 and 400 characters), `build` in `labelled_articles.py` and the
ruff settings in `pyproject.toml`. What was run: `git status`; `ls` of `tests/text/`; `grep -n` for
the line numbers of `STYLES`, `ARTICLES` and `CASES` in `labelled_new66.py` to `labelled_new68.py`;
`du -sh` of `tests/`; a Python one-liner printing the calendar of 2026 to check weekdays; scripts of
my own in /tmp that turn a small line format into the literals below (every split case's text and
expected sentences cut from the pages themselves) and rename invented names; an import of this file
with `build` on every page; a small checking script of my own in /tmp (four fields, flags, speakers
against cues, the sentence count, every split case occurring in a built page and joining back to its
text); whole-word, case-insensitive greps of every capitalised word of these pages and styles (each
part of a hyphenated name on its own) over `tests/` that printed file counts only; for six words
that began to hit during the work, a grep that printed the names of the matching files (it showed
`labelled_new70.py`, then being drafted by another writer, and two older sets), and a whole-word
check of my words against `labelled_new70.py` that printed only which of my words occur in it; and
`ruff format` / `ruff check` on this file. `labelled_new69.py`, `labelled_heldout45.py` and
`labelled_new70.py` were never opened; the whole-word greps covered them as far as they existed.

Every person, small place, street, road, barangay, ward, townland, island, vessel, food centre,
hospital, school, market, club, team, association, forum, committee, outlet, company, co-operative,
airline, shipyard, coach firm and number is invented (a first pass hit about ninety invented
surnames, towns, streets, outlets, clubs and companies of earlier sets, and a second three names of
`labelled_new70.py`; all were renamed and grepped again; given names, titles, real settings and
common words such as "Sentinel", "Advocate", "Herald", "Chronicle", "Observer", "Mirror", "Weekly",
"Tidings", "Cove", "Heads", "Downs", "Nagar", "Lorong", "Tanjong" and "Seafoods" recur). Real
countries, regions, cities and public bodies appear only as settings, with invented figures: the
United States, Oregon, Corvallis and Memorial Day; England, NHS England, A&E and the health
secretary; Canada, Nova Scotia, its Eastern Shore, Halifax, Pictou, the Nova Scotia Department of
Public Works, the legislature and the Progressive Conservatives; Australia, Queensland, Brisbane, New
South Wales, Canberra, the ASX, the Queensland Government and the Minister for Transport and Main
Roads; Ireland, Co Kilkenny, Kilkenny County Council, the Residential Tenancies Board, the Probation
of Offenders Act and St Stephen's night; New Zealand, Stats NZ, Work and Income, the Government and
the Minister for Regional Development; India, Kerala, Kochi, Fort Kochi, the Kochi Corporation, the
Kerala Water Authority (KWA), Kochi Metro and the Minister for Water Resources; Nigeria, Lagos,
Ikorodu, the Lagos State Fire and Rescue Service, the Lagos State Emergency Management Agency
(LASEMA), the Lagos State Government, its Commissioner for Special Duties and the police; the
Philippines, Cebu, Cebu City, Central Visayas, Mindanao, Bohol, Negros, PAGASA, the Office of Civil
Defense and the National Electrification Administration; South Africa, the Eastern Cape, Gqeberha,
Makhanda, the Eastern Cape High Court, the Department of Water and Sanitation and Stats SA;
Singapore, Toa Payoh and the National Environment Agency (NEA); Wales, Mid and West Wales, Network
Rail, Transport for Wales (TfW) and the Welsh Government. Facebook, X, WhatsApp, Telegram and email
appear only as channels; a Dash 8 is an aircraft type.

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line (masthead, tagline, account strip, menu, crumb, section label,
byline, date line, share strip, caption credit, ad slot, read-more, related and most-read lists, tip
line, newsletter and channel prompts, bio, address and footer) is a paragraph of its own, worded in
that site's own way, and "B". The stories are everyday news (a pool, a hospital's computers, a
ferry, an airline route, a landlord in court, a meat plant, a water main, a market fire, a typhoon's
aftermath, a town without water, a hawker centre, a railway landslip), and each is DENSE with
speakers: "said", "says", "told ...", "according to", "said in a statement", "added", "warned",
"confirmed", "called", "apologised", "urged", "asked", "estimated", "wrote", "joked", "put" at the
start, in the middle and at the end of sentences; pronoun chains across paragraphs with two or three
speakers in play; quotes that run over several sentences and paragraphs; spokespeople named and
unnamed; bodies (police, a ministry, a department, an agency, a council, a company, a court); roles
and titles before and after names; people named who do not speak; figures that nobody is cited for.
Speakers are labelled as the text names them at first mention, titles, ranks, honorifics and roles
dropped ("Dr", "Cr", "Councilor", "Engr.", "SP", "Alhaja", "Madam", "Mr", "Mayor", "MP", "MS", "MLA"),
initials kept as part of a name ("P.K. Suneesh Valiyaparambil", "K.M. Jabbar Thottathil"); "" where
nobody speaks. `STYLES` names the site, the story and the stresses of each page, in order.

(1) A US local daily in Oregon: a city closes its only outdoor pool for two summers. The standfirst's
"City says" carries "the City of Tillicove", as the lead names it at its end with "said in a
statement"; the council's 5-2 vote is "W" without a speaker; "Parks and Recreation Director" is
dropped with "told the council", then "she said" (a quip, "") and "She said" (an inspection, "W"); a
quote opened with "Fenwrathe-Obiakwelu said" runs over three paragraphs, the second left open and the
third closing it, every sentence carrying her with "said", and its $600,000 counterfactual is ""; the
no-voting councilor's 2016 assessment is "W" and "He said he would have split the work ..." ""; a
councilor who chairs the parks committee "voted for the plan but did not speak", "W" without a
speaker; "according to the club's head coach, Ruthanne Goldspiel" carries the coach, and her quote
splits at "“We'll lose some kids." / "I just hope it's not many,” she said."; the lifeguard named
before his words carries nothing, his "he said" carries him; "A city spokesperson, who asked not to be
named ..." is kept as written, and "She added" and "the spokesperson said" carry it; "According to
city records" keeps the records; the pool's years and the construction dates are "W" without a
speaker; the mayor "who voted with the majority" is "" twice; "told the Sentinel" and a two-sentence
quote (the second sentence without a verb) are ""; the open house with "6 p.m." is "W"; "Have a news
tip?" ends a "B" sentence and "Inc. publication." ends one before "All rights reserved.".

(2) An English regional evening paper: a hospital trust postpones 1,180 appointments after a
computer failure. The standfirst's "Trust says" carries "Northbeck Teaching Hospitals NHS Trust",
as the lead names it at its end; "after what the trust called “a hardware fault ...”" carries "the
trust" with "called"; "the trust said" at the end and "In a statement, the trust said" keep "the
trust" as written, and "It added" resolves to the trust's full name; "Chief executive Dr" is dropped
from a chief executive who "apologised" (cue "apologised", ""), and her quote runs over three
paragraphs, its "Nobody who came to A&E was turned away." "W"; "..., she said." closes with the review
date ("W"); the patient named with his 14-month wait carries no speaker ("" private), and "He was
already in a gown when a nurse told him ..., his daughter, Kerry Pellangrew-Nwokedibe, said." carries
the daughter, not the nurse; the waiting list and the headcount have no source ("W"); the staff
committee chair, the chief information officer who "told a board meeting" and "A spokesperson for NHS
England" each carry their words; "Caldershaw North MP" is dropped, and "The trust said in its
statement" right after her keeps "The trust" as written with that cue; the helpline
sentence is "" (advice, not furniture); the footer's "Ltd." ends a sentence before "Registered in
England and Wales No. 04417260.".

(3) A Nova Scotia community weekly: the only ferry to an island sits in dry dock until June. The
standfirst's "Province says" carries "the Nova Scotia Department of Public Works" as the lead names
it; the ferry's crossings and the island's population are "W" without a speaker; "Department
spokesperson" is dropped, "she said" at the end and "Aucoinne-Pickersby said" carry her, and so do
"looking at all options" ("") and "She said" (no fares, "W") after the plant manager's paragraphs;
"That rules out the refrigerated trucks ..." is the reporter's, "W" without a speaker; the plant
manager "warned" (60 workers of record, "W"), "he said", and the next paragraph, a quote with no
verb, carries him with "said"; "He said the plant had asked the province ..." resolves to him; the
resident named first carries nothing ("" private), "She told the Tidings" carries her, and her quote
splits at "“The first boat is at 6:10." / "If it fills up, I miss my appointment,” she said."; her
neighbour named as the bus driver carries nothing and "He said 22 students ..." carries him ("W");
the captain named without speaking is "W" (his years on the boat), and "Reached by phone, he referred
questions to the department." carries him with that cue, ""; "Eastern Shore MLA" and ", a
Progressive Conservative," are dropped, and her quote's "replacement on its list for six years" is
"W"; "According to the province's 2025-26 capital plan" is kept as written; "Harlowbay Marine Ltd.,
which declined to comment" carries the company with "declined to comment", "" ("Ltd., which" does
not split); "Got a news tip?" ends a "B" sentence.

(4) A Queensland regional daily: an airline ends a town's only flights to Brisbane. The standfirst's
"Airline blames" carries "Brolgavale Air" (a causal claim, "W"); the lead's plan is "W" without a
speaker, "The airline announced" keeps "The airline"; a quote "the statement said" carries "the
statement", and the quote paragraph after it carries the same; "Brolgavale Air chief executive" is
dropped, "She said" and "Weatherstone-Okaforji said" carry her; the airline's 14 towns have no
source; "according to airport figures published by Wirrabundi Regional Council" is kept as written;
"Mayor Cr" is dropped from a mayor who "called" the decision "a kick in the guts" (""), and his quote
runs over two paragraphs, its "Driving to Brisbane is nine hours each way." "W"; "He said the council
would meet ..." is a plan, "W"; "A spokesperson for the Minister for Transport and Main Roads" and
"The spokesperson said" carry the spokesperson as first described; a tourism operator "says" in the
present tense (private, ""), "she says" and "Mulgarry-Iyengaran said"; "Nurse" is dropped; the
nearest airport is "W" without a speaker; the federal MP named in the mayor's sentence carries
nothing there, and "Pembertharne-Vuongtran did not respond to a request for comment by deadline."
carries her with that cue, ""; "4:30pm" does not split.

(5) An Irish regional weekly: a landlord is fined after fire officers find a padlocked exit. The
standfirst's "Judge says" carries the judge as the body names her, "Judge" dropped (""); the fine,
the plea, "He did not give evidence." and "The court heard that ..." / "..., the court heard." are
"W" without a speaker; "Senior Assistant Chief Fire Officer" is dropped with "told the court", then
"He said" and "he said" at the end carry him; "Solicitor for the defendant, Fiachra Gundersen,
said", then "..., he said." (with "Mr Forstall-Ibekwere" inside, the defendant named, not speaking)
and "He said ..." resolve to the solicitor, not to the defendant; the judge's quote runs over two
paragraphs (""); "She fined him ..." is an act of the court, "W"; "Gundersen had asked the judge to
apply the Probation of Offenders Act." carries him with "asked" and "She refused." is an act, "W"; "A
former tenant, who asked not to be named, told the Advocate" keeps "A former tenant"; the chief fire
officer named after her role "said in a statement after the case" (figures, "W") and "She urged"
(advice, ""); "According to the Residential Tenancies Board" keeps the board; the address, "Tel:" and
copyright lines are "B".

(6) A New Zealand regional site: a meat company closes a town's plant and 240 jobs go. The caption
states a fact ("W") and its slash credit is "B"; the standfirst's "Company says" carries "Ardrossey
Meats Ltd"; "the company confirmed" keeps "the company"; "In a statement, chief executive ... said"
drops the role, and the quote's "Sheep numbers ... have been falling for 20 years" is "W"; the union
organiser's role is dropped, "6.45am" does not split, and "Ardrossey said" keeps the short name as
written ("" a reason); the plant's workforce stands in its own paragraph without a speaker; "Sione
Faupula and his wife, Lesieli, both work ..." carries nobody, "“We bought a house here two years
ago,” Lesieli Faupula said." carries her, and "Her husband said he would look at the ... job, but she
did not want to move the children." carries him (the "she" is inside his reported speech); "Mayor"
is dropped, then "she said" and "She said"; the council manager "estimated" 150 jobs (""); "according
to Stats NZ"; "A spokesperson for the Minister for Regional Development" and "the spokesperson said";
"Asked whether the plant could reopen ..., he said: “Never say never." / "But I wouldn't bet on it.”"
carries the chief executive in both halves; the last day of processing is "W" without a speaker;
"Got a story?" ends a "B" sentence.

(7) A Kerala regional daily: a water authority cuts supply to 21 Kochi divisions for three days. The
standfirst's "Authority says" carries "the Kerala Water Authority (KWA)" as the lead names it at its
end after "KOCHI:"; "according to KWA officials" and "they said" keep the officials; "KWA executive
engineer" is dropped and the initials stay in "P.K. Suneesh Valiyaparambil" (not split), then "he
said" (a forecast, "") and "He said" (35 tankers, "W"); the minister "said in a statement" (Rs 4.6
crore, "W") and "He asked" (advice, ""); "Mayor" is dropped with "told reporters" (not consulted,
"W"), her "June 9 is the day the schools reopen ..." is "W" and her question after it ""; "A senior
KWA official, who did not want to be named," keeps "A senior KWA official"; "Opposition councillor" is
dropped from "K.M. Jabbar Thottathil" and "he said" carries him; "according to the corporation's
council minutes" is kept as written; the residents' association president named before his role
carries the 600 households ("W"); the hotel owner's closure is private ("") and the tanker price a
market price ("W"); "According to the KWA" keeps "the KWA"; "Officials said" at the start keeps
"Officials" (""); "Pvt. Ltd." ends a "B" sentence before "All rights reserved.".

(8) A Nigerian national daily's Lagos page: a market fire destroys 140 shops. The standfirst's "Fire
service says" carries "the Lagos State Fire and Rescue Service" as the lead names it (a cause, "W");
"the service said" keeps "the service"; "Its director, Olubunmi Adeyeri-Holtanby, said" carries her,
then "She said" and "she said"; "A LASEMA official at the scene, who asked not to be named," is kept
as written (""); "The Lagos State Emergency Management Agency (LASEMA) said in a statement" then "It
said" resolves to it; "Police spokesperson SP" is dropped and "..., he said, and two men were arrested
..." carries him mid-sentence; "Police said" keeps "Police"; "Alhaja" is dropped from the traders'
leader who "put" the losses (an estimate, ""), and her quote splits at "“Now everything is ash." /
"Who will pay the loans?”"; a trader with his trade after his name and "He said" are private (""); a
trader's claim that the fire service was late is "W", and "The fire service said ..." answering it
keeps "The fire service" ("W"); "according to the Commissioner for Special Duties, Tokunbo
Adeniranmi-Sternhollow" carries him and "He said" too; the market's figures are "W" without a
source; "Traders said" keeps "Traders"; "Limited." ends a "B" sentence before "All rights reserved.".

(9) A Cebu regional daily: most of a town is still without power three days after a typhoon. The
standfirst's "Electric cooperative says" carries "Banlaon Electric Cooperative (Banelco)", as the
lead names it with "according to" after "TINAOGAN, Cebu –"; "Banelco general manager Engr." is
dropped ("Engr. Rodolfo" does not split), then "He said" and "he said"; his quote splits into "“We
have 14 line crews working from 5 a.m. until dark,” he said." ("W", "5 a.m. until" not split) and
"“Full restoration may take up to two weeks.”" (a forecast, "", carried); "according to" PAGASA's
full name keeps it as written; "Mayor" is dropped, "She said", then "she added" at the end; "The
Office of Civil Defense in Central Visayas said in a report"; "Provincial Board Member" is dropped
and his ₱5 million is "W"; "Barangay captain" is dropped, "he said" and "He said"; "Resident ..., a
market vendor," is private (""); "A Banelco lineman who asked not to be named ..." keeps "A Banelco
lineman"; "Sabandal-Uytingco said" resolves to the general manager and "The National Electrification
Administration did not immediately reply to a request for comment." carries the body with that cue,
""; the membership is "W" without a source; "PAGASA said" (a forecast, ""); "READ: ..." is "B".

(10) An Eastern Cape community weekly: a town's taps run dry for 11 days. The standfirst's
"Municipality says" carries "the Sihlobo Local Municipality"; "Municipal spokesperson" is dropped,
then "He said" and "..., Ntshingilane-Boshoff said." (an apology, ""); "according to the
municipality" keeps it as written; "A spokesperson for Elandspoort Electrical, the Gqeberha company
building the motor, confirmed ..." keeps the spokesperson without the clause set off by commas;
"In a statement on Wednesday, the Department of Water and Sanitation said" carries the department,
"The department said" keeps "The department"; "Ward 4 councillor" is dropped, "she said", and her
quote paragraph without a verb splits at "“The municipality was warned." ("W") / "They did nothing.”"
(""); the forum's urgent application is an act, "W"; "The forum's chairperson, Pieter Kolisile-van
Rensburgh, said" and "He said" (R38 000, "W"); the spokesperson's surname cue with the decision to
oppose ("W"); "principal" is dropped, "She said" with "11am"; the pensioner's private R150 is "";
"According to Stats SA"; the 2019 outage without a source; "(Pty) Ltd." ends a "B" sentence.

(11) A Singapore news site: a hawker centre closes for 11 months. The standfirst's "NEA says" carries
"the National Environment Agency (NEA)" as the lead names it with "said in response to queries"
after "SINGAPORE -"; "the agency said" keeps "the agency", "It said" resolves to the full name, "An
NEA spokesperson said" is kept as written; "Toa Payoh Central MP" is dropped from a Facebook post
("W", 20 leaks) and "she wrote" and the next quote sentence carry her with "wrote"; "Not all hawkers
are sure they will return." is the reporter's, ""; "Madam Hiew Geok Lian, 71, has sold fishball
noodles at the centre since 1986." carries nobody, "She said" carries "Hiew Geok Lian" (Madam
dropped) and "she said in Mandarin" carries her with that cue; "Her neighbour at the next stall, Mr
Faizal Jumari, ..." drops "Mr", his rent and grant quote are private (""); the chairman named before
his role carries the 12 stallholders ("W") and "He said"; "In response, NEA said" keeps "NEA"; the
diner "joked"; "according to NEA's notice to stallholders" is kept as written; the count of hawker
centres is "W" without a source; the footer splits "Pte Ltd." / "Co. Regn. No. 201544871K." / "All
rights reserved." ("Co. Regn. No." never splits).

(12) A Welsh regional site: a landslip shuts a valley railway line until May. The headline's
"Network Rail says" and the standfirst's "Transport for Wales says" carry those bodies as the body
names them ("Network Rail", "Transport for Wales (TfW)"); the lead's "Network Rail said" at the end
and "according to Network Rail"; "Its route director for Wales, Rhodri Carnwennan-Ellerstane, said",
then "he said" (the biggest slip in 30 years, "W") and a two-sentence quote whose second sentence
has no verb; "A TfW spokesperson said" and "the spokesperson added" carry the spokesperson, "TfW
said" keeps "TfW"; the weekday passengers have no source; the commuter "said", "she said", "She said"
(private, ""); "Her colleague, Idris Vaughton-Ateba, a porter at the hospital, has stopped using the
line." carries nobody, and "He now shares a lift with two nurses, he said." carries him; "Mid and West
Wales MS" is dropped; "A Welsh Government spokesperson said"; "Network Rail said" then "It said"
resolves to it; "Bus operator Cynddelw Coaches said" drops the descriptor; the footer splits "©
Tregarnedd Observer 2026." / "Cedwir pob hawl." / "All rights reserved.".

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in the later sets hold too, as their docstrings state them: furniture "B" line by line; captions by
content and credits "B"; headlines and standfirsts labelled like other sentences, never split at a
semicolon, a verb of saying in them carrying the source as the body names it; titles, ranks,
honorifics and roles dropped; a pronoun, a later surname or "the spokesperson" resolved to the source
as first given; organisations, documents and data kept as written, "according to X" -> X, "It" for
an organisation resolved to its name as first given; a quote over several sentences or paragraphs
carrying its speaker and cue, a quote paragraph with no verb carrying the speaker of the paragraph
before; "declined to comment" and "did not respond" labelled like speech with flags ""; plans, votes,
decisions, acts of courts and figures of record "W"; forecasts, estimates, hopes, pledges, opinions,
feelings, scene, private circumstances, questions and advice ""; a checkable figure inside a quote
"W"; a named person acting, or named in a sentence without a verb of saying, carries no speaker.

Splits. A caption's full stop before its credit on the same line; "Inc. publication.", "Ltd.",
"Pvt. Ltd.", "Limited.", "(Pty) Ltd.", "The Visayas Tambuli." and "Pte Ltd." end sentences before
the lines after them, and "Co. Regn. No. 201544871K." and "Tregarnedd Observer 2026." / "Cedwir pob
hawl." each stand alone; "?" in furniture before a capital ("Have a news tip?" / "Email ...", "Got a
news tip?" / "Call ...", "Got a story?" / "Email ..."); a full stop inside a quote before a question ("“Now
everything is ash." / "Who will pay the loans?”") and before the attribution ("“We'll lose some kids." / "I just hope it's not many,” she said.", "“The first boat is
at 6:10." / "If it fills up, ...", "he said: “Never say never." / "But I wouldn't bet on it.”").
"6:47 p.m. PT", "6 p.m.", "2.40am", "6pm", "Dr Sunniva", "MV Grellish Isle", "Guillerane II", "5
a.m.", "Harlowbay Marine Ltd., which", "Dash 8", "4:30pm", "Cr Desmond", "Co Kilkenny", "Mr
Forstall-Ibekwere", "6.45am", "110km", "KOCHI:", "6 am", "1,200 mm", "P.K. Suneesh", "Rs 4.6 crore",
"K.M. Jabbar", "SP Oladimeji", "6.20am", "₦600m", "Engr. Rodolfo", "5 a.m. until dark", "TINAOGAN,
Cebu –", "₱5 million", "R1.2 million", "R38 000", "11am", "SINGAPORE -", "Jan 30", "05:00 AM", "Madam
Hiew", "Mr Faizal", "07:00, 3 MAR 2026", "8am" and "1860s" never split a sentence; nor does a colon
("Read more: ...", "READ: ...", "Picture: ...", "Tel: ...", "KOCHI: ...").

`HELDOUT_CASES` holds 30 sentence-split cases in the format of the split cases of the other sets (id,
text, expected sentences), two or three a page, each taken word for word from these pages
(consecutive lines joined by a newline, sentences of one line by a space) and written the same way:
what a reviewer wants, not what the engine does. They cover the standfirsts, bylines, date lines and
captions with their credits, the multi-paragraph quotes, the quotes split before an attribution, the
pronoun chains, the abbreviations and initials in names, the furniture questions and the footers.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US local daily's site in Oregon, a city closes its only outdoor public pool for two summers (masthead, account strip, menu, section label in capitals, headline, semicolon standfirst carrying the city through City says, byline with a pipe, updated line with p.m. and PT, share strip, caption and credit on one line, said in a statement at the end of the lead, a council vote without a speaker, a parks director with her role before her name who told the council, she said then She said, a quote running over three paragraphs with the surname cue in the first, a councilor with a role after his name and a figure of record, a councilor named who voted but did not speak, according to a coach named after her role, a lifeguard named before his words, an unnamed city spokesperson then She added and the spokesperson said, according to city records, figures without a source, a mayor with a clause after his name then he said, told the Sentinel then a quote split over two sentences, tip line with a question, related list, reporter bio with a phone number, footer with Inc.)",
    "English regional evening paper's site, a hospital trust postpones 1,180 appointments after a computer failure (masthead with a tagline, menu, crumb, headline, standfirst carrying the trust through says, byline in two lines, date line in capitals, share strip, caption and credit on one line, said at the end of the lead, what the trust called, the trust said at the end, In a statement then It added resolved to the trust, Dr dropped from a chief executive who apologised, a quote over three paragraphs, she said at the end of a reported sentence, a patient named who does not speak and his daughter who does, a nurse inside reported speech, a waiting list figure and a headcount without a source, a staff committee chair with his role after his name, a chief information officer named after his role who told a board meeting, A spokesperson for NHS England, an MP with her seat before her name, The trust said in its statement after another speaker, a helpline sentence, read-more, most-read list, newsletter line, footer with Ltd. and Registered in England and Wales)",
    "Canadian community weekly's site in Nova Scotia, the only ferry to an island sits in dry dock until June (masthead with a tagline, menu with pipes, section label in capitals, headline, semicolon standfirst carrying the province through Province says, byline, published line with reading time, share strip, caption with a slash credit, said at the end of the lead, a ferry's figures without a source, a named department spokesperson with her role before her name then she said at the end and a surname cue, a causal line without a speaker, a plant manager who warned, a quote paragraph after he said, He resolved across paragraphs, the spokesperson's surname cue then She said, a resident named before her words who told the Tidings then a quote split at a time, a bus driver named who does not speak then He said, a captain named without speaking then he referred questions, an MLA with a party after her name, according to a capital plan, Ltd. declined to comment, tip line with a question, more list, footer)",
    "Australian regional daily's site in Queensland, an airline ends a town's only flights to Brisbane (masthead, date and weather strip, menu, section label in capitals, headline, semicolon standfirst carrying the airline through blames, byline, date line with pm, share strip, caption with Picture credit, a plan without a speaker, The airline announced, the statement said then a quote paragraph carried by the statement, a chief executive with her role before her name then She said and a surname cue, the airline's network without a source, according to airport figures published by the council, Cr dropped from a mayor who called then a quote over two paragraphs, He said with a meeting plan, a minister's spokesperson then The spokesperson said, a tourism operator who says in the present tense then a surname cue with said, a nurse with her role before her name, a distance without a source, a federal MP named who does not speak then did not respond, read-more, newsletter lines, most-popular list, footer with Pty Ltd)",
    "Irish regional weekly's site, a landlord is fined after fire officers find a padlocked exit (masthead, menu, section label, headline, standfirst carrying the judge through says, byline, date line, share strip, caption and credit, a fine without a speaker, a plea of record and a defendant named who did not give evidence, a fire officer with a long rank before his name who told the court then He said and he said at the end, The court heard, a solicitor with his role before his name then he said and He said resolving to the solicitor, Mr inside a quote, a judge who said then a quote over two paragraphs, the judge fining as an act, the court heard at the end, a solicitor who asked and the judge's refusal as an act, an unnamed former tenant who told the Advocate, a chief fire officer named after her role who said in a statement then urged, according to a public body, related list, address and phone lines, footer)",
    "New Zealand regional site, a meat company closes a town's processing plant and 240 jobs go (masthead, log-in strip, menu, section label, headline, semicolon standfirst carrying the company through says, byline, date line with am, share strip, caption stating a fact with a slash credit, the company confirmed, In a statement with a chief executive's role before his name, a checkable claim in a quote, He said across sentences, a union organiser with his role before his name, a company short name that said, a husband and wife where only she is named in full in the first sentence, Her husband said with she inside his reported speech, a mayor then she said and She said, a council manager named after her role who estimated, a union organiser's surname cue, a plant's workforce without a speaker, according to Stats NZ, a minister's spokesperson then the spokesperson said, Asked whether ... he said with a colon quote, a date without a source, related list, tip line with a question, footer)",
    "Indian regional daily's site in Kerala, a water authority cuts supply to 21 Kochi divisions for three days of pipeline repairs (masthead, city and date strip, menu, crumb, headline, semicolon standfirst carrying the authority through says, byline with place, published line with AM, follow strip, caption and credit in brackets on one line, KOCHI: dateline with said at the end, according to officials then they said, initials before an engineer's name, he said then He said, a minister who said in a statement then He asked, a mayor who told reporters then a question inside a quote, an unnamed senior official, initials before an opposition councillor's name then he said, according to the corporation's council minutes, a residents' association president with his role after his name, a hotel owner's private loss and a market price, according to the KWA, officials said with a helpline, also-read list, WhatsApp line, footer with Pvt. Ltd.)",
    "Nigerian national daily's site, Lagos metro page, a fire destroys 140 shops at a market (masthead, date strip, menu, section label, headline, semicolon standfirst carrying the fire service through says, byline, date line with a pipe and am, share strip, caption and credit, said at the end of the lead, the service said, a director named after her role then She said and she said, an unnamed agency official at the scene, said in a statement then It said resolved to the agency, SP dropped from a police spokesperson, he said in the middle of a sentence, Police said, Alhaja dropped from a traders' leader who put losses, a question inside a quote, a trader with his trade after his name, a trader's claim and the fire service's answer, according to a commissioner named after his role then He said, a market's figures without a source, Traders said, related list, WhatsApp line, footer with Limited)",
    "Philippine regional daily's site in Cebu, most of a town still without power three days after a typhoon (masthead, date strip, menu, section label, headline, semicolon standfirst carrying the electric cooperative through says, byline, date line with PM, share strip, caption and credit in brackets, an en-dash dateline with according to at the end, Engr. dropped from a general manager, a quote split into a checkable half and a forecast, a.m. inside a quote, according to PAGASA, a mayor then She said and she added, a regional civil defence office said in a report, a provincial board member with his role before his name then he said, a barangay captain with his role before his name then he said and He said, a vendor with her trade after her name, an unnamed lineman, a surname cue then did not immediately reply, membership without a source, PAGASA said, READ teaser, follow line, links strip, footer)",
    "South African community weekly's site in the Eastern Cape, a town's taps run dry for 11 days after its pump station fails (masthead with a tagline, menu with pipes, section label in capitals, headline, semicolon standfirst carrying the municipality through says, byline, date line with a pipe and a 24-hour time, share strip, caption with Picture credit, said at the end of the lead, a spokesperson with his role before his name then He said and a surname cue at the end, according to the municipality, an unnamed supplier's spokesperson who confirmed, In a statement on Wednesday with a government department then The department said, a ward councillor then a two-sentence quote paragraph, a residents' forum's court application as an act, a chairperson named after his role then He said, a surname cue with a decision, a principal with her role before her name then She said, a pensioner's private cost, according to Stats SA, a past outage without a source, related list, WhatsApp line, footer with (Pty) Ltd.)",
    "Singapore news site, a hawker centre closes for 11 months of upgrading (masthead, menu with pipes, section label in capitals, headline, semicolon standfirst carrying the agency through says, byline in two lines, published and updated lines with AM, share strip, caption and credit in capitals, SINGAPORE - dateline with said in response to queries, the agency said then It said resolved to it, An NEA spokesperson said, an MP with her seat before her name who said in a Facebook post then she wrote and a quote paragraph, a line without a speaker, Madam inside a hawker's name who is named before she speaks, said in Mandarin, Mr dropped from a stallholder named after his place, a quote over two sentences, an association chairman with his role after his name then He said, In response, NEA said, a diner who joked, according to NEA's notice, a national figure without a source, Telegram line, more list, footer with Pte Ltd. and Co. Regn. No.)",
    "Welsh regional site, a landslip shuts a valley railway line until May (masthead, bilingual menu, crumb, headline carrying Network Rail with says, standfirst carrying Transport for Wales through says, byline in two lines, date line in capitals, share strip, caption with an Image credit in brackets, Network Rail said at the end of the lead, according to Network Rail, a route director named after his role then he said and a two-sentence quote, Transport for Wales (TfW) said then A TfW spokesperson said then the spokesperson added, a passenger figure without a source, a commuter who said then She said, a colleague named who does not speak then he said at the end, an MS with her region before her name, A Welsh Government spokesperson, TfW said, Network Rail said then It said, a bus operator with its trade before its name, read-next list, newsletter line, footer in Welsh and English)",
]

ARTICLES = [
    [  # 1. US local daily's site in Oregon, a city closes its only outdoor public pool for two summers
        [("The Tillicove Sentinel", "", "", "B")],
        [("Subscribe  |  Sign in  |  e-Edition", "", "", "B")],
        [("News   Sports   Business   Opinion   Obituaries   Weather", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("Tillicove to close Wetherholme Park pool for two summers as repair bill tops $3.4 million", "", "", "W")],
        [("City says the 1962 pool loses about 40,000 gallons of water a day; swim club will train 38 miles away", "the City of Tillicove", "says", "W")],
        [("By Delphine Okerhalt-Ruelasco  |  The Sentinel", "", "", "B")],
        [("Updated April 15, 2026, 6:47 p.m. PT", "", "", "B")],
        [("Facebook   X   Email   Print", "", "", "B")],
        [("Swimmers from the Tillicove Torpedoes swim club train at Wetherholme Park pool last August.", "", "", ""),
         ("Sentinel file photo", "", "", "B")],
        [("TILLICOVE — The city's only public outdoor pool will stay closed for the 2026 and 2027 seasons while its leaking basin and 64-year-old pump house are rebuilt, the City of Tillicove said in a statement Tuesday.", "the City of Tillicove", "said in a statement", "W"),
         ("The City Council voted 5-2 on Monday night to spend $3.4 million from its 2022 parks bond on the work.", "", "", "W")],
        [("Parks and Recreation Director Marisol Fenwrathe-Obiakwelu told the council that the pool loses about 40,000 gallons a day through cracks in its floor, enough to fill a backyard pool every night.", "Marisol Fenwrathe-Obiakwelu", "told the council", "W"),
         ("“We are paying to water the ground under it,” she said.", "Marisol Fenwrathe-Obiakwelu", "said", ""),
         ("She said a consultant's inspection in January found steel reinforcing bars showing through the concrete in three places.", "Marisol Fenwrathe-Obiakwelu", "said", "W")],
        [("“Patching it for one more year would have cost us around $600,000, and we would have been right back here next spring,” Fenwrathe-Obiakwelu said.", "Marisol Fenwrathe-Obiakwelu", "said", ""),
         ("“I'm not willing to open a pool I can't promise will hold water.", "Marisol Fenwrathe-Obiakwelu", "said", "")],
        [("“Kids deserve better than that, and so does the swim club.”", "Marisol Fenwrathe-Obiakwelu", "said", "")],
        [("Councilor Brent Ashgrenny-Mbuthiaga, one of the two no votes, said the city should have fixed the pool a decade ago, when a 2016 assessment put the repair bill at $1.1 million.", "Brent Ashgrenny-Mbuthiaga", "said", "W"),
         ("He said he would have split the work over two budget years so the pool could open again in 2027.", "Brent Ashgrenny-Mbuthiaga", "said", "")],
        [("Councilor Yvonne Petrovanni-Lundqvardt, who chairs the parks committee, voted for the plan but did not speak during the debate.", "", "", "W")],
        [("The Tillicove Torpedoes, a club of about 140 swimmers aged 6 to 18, will rent lanes at an aquatic center in Corvallis, 38 miles away, at $95 an hour, according to the club's head coach, Ruthanne Goldspiel.", "Ruthanne Goldspiel", "according to", "W"),
         ("Goldspiel, who has coached the club since 2009, said parents had already started a carpool list.", "Ruthanne Goldspiel", "said", ""),
         ("“We'll lose some kids.", "Ruthanne Goldspiel", "said", ""),
         ("I just hope it's not many,” she said.", "Ruthanne Goldspiel", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Lifeguard Jonah Treddenick-Satoyama, 17, had been hired back for a third summer.", "", "", ""),
         ("“I'll probably end up bagging groceries,” he said.", "Jonah Treddenick-Satoyama", "said", "")],
        [("A city spokesperson, who asked not to be named because she was not authorized to discuss staffing, said the nine seasonal lifeguards would be offered jobs at the city's two splash pads and its summer day camp.", "A city spokesperson", "said", "W"),
         ("She added that the city would refund the 312 season passes it had already sold for 2026.", "A city spokesperson", "added", "W"),
         ("Attendance fell in part because the pool cut its hours in 2023, when the city could not hire enough lifeguards, the spokesperson said.", "A city spokesperson", "said", "W")],
        [("According to city records, the pool drew 21,480 visits last summer, down from 29,900 in 2019.", "city records", "according to", "W")],
        [("The pool opened in 1962 and was last renovated in 1994.", "", "", "W"),
         ("Construction is scheduled to begin in September, with a reopening planned for Memorial Day weekend in 2028.", "", "", "W")],
        [("Mayor Lionel Brassinghall-Udeagbara, who voted with the majority, said the council had “run out of road” on the pool.", "Lionel Brassinghall-Udeagbara", "said", ""),
         ("“Nobody up here wanted to cast this vote,” he said.", "Lionel Brassinghall-Udeagbara", "said", "")],
        [("Dorothea Quillbarrow-Benavides, 81, who has swum laps at Wetherholme since it opened, told the Sentinel she would miss it more than she could say.", "Dorothea Quillbarrow-Benavides", "told the Sentinel", ""),
         ("“My mother taught me to swim there,” she said.", "Dorothea Quillbarrow-Benavides", "said", ""),
         ("“I taught my grandson there last summer.”", "Dorothea Quillbarrow-Benavides", "said", "")],
        [("Fenwrathe-Obiakwelu said the city would hold an open house on the new design at Tillicove Public Library on May 6 at 6 p.m.", "Marisol Fenwrathe-Obiakwelu", "said", "W")],
        [("Have a news tip?", "", "", "B"),
         ("Email news@tillicovesentinel.com.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Tillicove School District delays vote on four-day week", "", "", "B")],
        [("Wetherholme Park playground to get new equipment this fall", "", "", "B")],
        [("Delphine Okerhalt-Ruelasco covers city hall for the Sentinel.", "", "", "B"),
         ("Reach her at 541-555-0162.", "", "", "B")],
        [("© 2026 The Tillicove Sentinel, a Coastrange Media Inc. publication.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. English regional evening paper's site, a hospital trust postpones 1,180 appointments after a computer failure
        [("Caldershaw Evening Post", "", "", "B")],
        [("Your city, your news", "", "", "B")],
        [("Home   News   Sport   Health   Business   Lifestyle   Announcements", "", "", "B")],
        [("News › Health", "", "", "B")],
        [("Hospital trust postpones 1,180 appointments after computer failure", "", "", "W")],
        [("Trust says no patient records were lost as staff went back to paper for three days", "Northbeck Teaching Hospitals NHS Trust", "says", "W")],
        [("By Harriet Oyelarinwa-Braskington", "", "", "B")],
        [("Health Reporter", "", "", "B")],
        [("10:22, 19 FEB 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("The main entrance of Caldershaw Royal Infirmary on Wednesday.", "", "", ""),
         ("(Image: Caldershaw Evening Post)", "", "", "B")],
        [("In all, 1,118 outpatient appointments and 62 planned operations have been postponed at Caldershaw Royal Infirmary after a failure in the hospital's main computer system, Northbeck Teaching Hospitals NHS Trust said on Wednesday.", "Northbeck Teaching Hospitals NHS Trust", "said", "W")],
        [("The system, which holds test results and appointment lists, went down at about 2.40am on Monday after what the trust called “a hardware fault in one of our data centres”.", "the trust", "called", "W"),
         ("Staff went back to paper records for three days, and the system was fully restored by 6pm on Wednesday, the trust said.", "the trust", "said", "W")],
        [("In a statement, the trust said there was no evidence that any patient data had been lost or seen by anyone outside the hospital.", "the trust", "said", "W"),
         ("It added that every patient whose appointment was affected would be contacted by letter or text within 10 days.", "Northbeck Teaching Hospitals NHS Trust", "added", "W")],
        [("Chief executive Dr Sunniva Raikestone-Adewunmisi apologised to patients.", "Sunniva Raikestone-Adewunmisi", "apologised", ""),
         ("“I know how hard it is to wait for an operation, and then to be told at the last minute that it won't happen on the day,” she said.", "Sunniva Raikestone-Adewunmisi", "said", "")],
        [("“Our staff worked through the night on Monday to keep the wards and A&E running safely.", "Sunniva Raikestone-Adewunmisi", "said", ""),
         ("Nobody who came to A&E was turned away.", "Sunniva Raikestone-Adewunmisi", "said", "W")],
        [("“We will learn from this.”", "Sunniva Raikestone-Adewunmisi", "said", "")],
        [("An independent review of the failure will report to the trust board in April, she said.", "Sunniva Raikestone-Adewunmisi", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Among those whose operations were postponed was Gordon Pellangrew-Nwokedibe, 71, of Slackhirst, who had waited 14 months for a knee replacement.", "", "", ""),
         ("He was already in a gown when a nurse told him the theatre lists had been cancelled, his daughter, Kerry Pellangrew-Nwokedibe, said.", "Kerry Pellangrew-Nwokedibe", "said", ""),
         ("“Dad had fasted since midnight,” she said.", "Kerry Pellangrew-Nwokedibe", "said", ""),
         ("“They gave him a cup of tea and sent him home.”", "Kerry Pellangrew-Nwokedibe", "said", ""),
         ("She said the family had since been given a new date of March 12.", "Kerry Pellangrew-Nwokedibe", "said", "")],
        [("Waiting lists at the trust already stood at 58,400 at the end of December, up from 51,900 a year earlier.", "", "", "W"),
         ("The trust runs three hospitals and employs about 9,600 staff.", "", "", "W")],
        [("Mandeep Sagoo-Ferrabine, who chairs the trust's joint staff committee, said nurses had been asked to stay on after 12-hour shifts to copy paper notes into the system once it came back.", "Mandeep Sagoo-Ferrabine", "said", "W"),
         ("“People were exhausted before this happened,” he said.", "Mandeep Sagoo-Ferrabine", "said", "")],
        [("The trust's chief information officer, Callum Verrington-Oakhurley, told a board meeting on Wednesday afternoon that a back-up server had failed at the same time as the main one.", "Callum Verrington-Oakhurley", "told a board meeting", "W"),
         ("“Two things went wrong at once, which is rare, but it happened,” he said.", "Callum Verrington-Oakhurley", "said", "")],
        [("A spokesperson for NHS England said it was “supporting the trust” and that no other hospital in the region had been affected.", "A spokesperson for NHS England", "said", "W")],
        [("Caldershaw North MP Fenella Osgarby-Renniscombe said she had written to the health secretary to ask why the trust was still running its main system on servers installed in 2011.", "Fenella Osgarby-Renniscombe", "said", "W"),
         ("The trust said in its statement that the servers were due to be replaced this summer.", "The trust", "said in its statement", "W")],
        [("Patients with questions can call the trust's appointments line on 01632 960418 between 8am and 6pm.", "", "", "")],
        [("Read more: Caldershaw Royal Infirmary car park charges to rise in April", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Man charged after crash on the Slackhirst bypass", "", "", "B")],
        [("New owners for Gandersby Mill shopping arcade", "", "", "B")],
        [("Sign up to our free daily newsletter", "", "", "B")],
        [("© 2026 Northern Pennine Newspapers Ltd.", "", "", "B"),
         ("Registered in England and Wales No. 04417260.", "", "", "B")],
    ],
    [  # 3. Canadian community weekly's site in Nova Scotia, the only ferry to an island sits in dry dock until June
        [("Ballachy Cove Tidings", "", "", "B")],
        [("Serving the Eastern Shore since 1952", "", "", "B")],
        [("News | Community | Fisheries | Sports | Opinion | Classifieds", "", "", "B")],
        [("COMMUNITY", "", "", "B")],
        [("Islanders stranded as only ferry to Grellish Island sits in dry dock until June", "", "", "W")],
        [("Province says replacement boat cannot carry fish trucks; plant manager warns 60 jobs at risk", "the Nova Scotia Department of Public Works", "says", "W")],
        [("By Ewan Tollemarsh-Haqqani", "", "", "B")],
        [("Published May 7, 2026  ·  3 min read", "", "", "B")],
        [("Share this story   Facebook   X   Email", "", "", "B")],
        [("The MV Grellish Isle in dry dock at a shipyard in Pictou on Tuesday.", "", "", ""),
         ("Ewan Tollemarsh-Haqqani/Tidings", "", "", "B")],
        [("The only car ferry serving Grellish Island will be out of service until at least June 15 after inspectors found corrosion in its hull, the Nova Scotia Department of Public Works said Wednesday.", "the Nova Scotia Department of Public Works", "said", "W")],
        [("The MV Grellish Isle, built in 1979, normally makes 14 crossings a day between Ballachy Cove and the island, a run of about 20 minutes.", "", "", "W"),
         ("About 310 people live on the island year-round.", "", "", "W")],
        [("Department spokesperson Jocelyne Aucoinne-Pickersby said a smaller passenger vessel, the Guillerane II, would run a reduced schedule of eight crossings a day starting Friday.", "Jocelyne Aucoinne-Pickersby", "said", "W"),
         ("It carries 40 passengers and up to four cars, but no vehicle heavier than 4,500 kilograms, she said.", "Jocelyne Aucoinne-Pickersby", "said", "W"),
         ("Aucoinne-Pickersby said the department had not yet received a cost estimate for the hull work.", "Jocelyne Aucoinne-Pickersby", "said", "W")],
        [("That rules out the refrigerated trucks that carry lobster and crab from Grellish Seafoods, the island's biggest employer.", "", "", "W")],
        [("Plant manager Alasdair Mutch-Obenauer warned that the plant could not keep its 60 workers on for long without a way to ship its product.", "Alasdair Mutch-Obenauer", "warned", "W"),
         ("“We've got product in the cooler right now and nowhere to send it,” he said.", "Alasdair Mutch-Obenauer", "said", "")],
        [("“If this goes into the summer, I don't know what I tell people.”", "Alasdair Mutch-Obenauer", "said", "")],
        [("He said the plant had asked the province to charter a landing craft from a private operator.", "Alasdair Mutch-Obenauer", "said", "W"),
         ("Aucoinne-Pickersby said the department was “looking at all options” but would not commit to a charter.", "Jocelyne Aucoinne-Pickersby", "said", ""),
         ("She said passengers would not be charged fares on the Guillerane II while the ferry is out of service.", "Jocelyne Aucoinne-Pickersby", "said", "W")],
        [("Island resident Morag Fennertoun-Lacroix, 66, has a cancer treatment appointment in Halifax every Tuesday.", "", "", ""),
         ("She told the Tidings she now leaves home at 5 a.m. to catch the first crossing.", "Morag Fennertoun-Lacroix", "told the Tidings", ""),
         ("“The first boat is at 6:10.", "Morag Fennertoun-Lacroix", "said", ""),
         ("If it fills up, I miss my appointment,” she said.", "Morag Fennertoun-Lacroix", "said", "")],
        [("Her neighbour, Colum Drisdelle, drives the island's school bus.", "", "", ""),
         ("He said 22 students from the island attend Ballachy Cove Regional High and now cross on foot.", "Colum Drisdelle", "said", "W")],
        [("The ferry's captain, Lorne Beaudoin-Skerrowby, has skippered the Grellish Isle since 2004.", "", "", "W"),
         ("Reached by phone, he referred questions to the department.", "Lorne Beaudoin-Skerrowby", "referred questions to the department", "")],
        [("Advertisement", "", "", "B")],
        [("Eastern Shore MLA Tamsin Coldrayne-Oyenusi, a Progressive Conservative, said she had raised the ferry's age in the legislature twice since 2023.", "Tamsin Coldrayne-Oyenusi", "said", "W"),
         ("“Everybody knew this boat was on borrowed time,” she said.", "Tamsin Coldrayne-Oyenusi", "said", ""),
         ("“The province has had a replacement on its list for six years.", "Tamsin Coldrayne-Oyenusi", "said", "W"),
         ("It's still on the list.”", "Tamsin Coldrayne-Oyenusi", "said", "")],
        [("According to the province's 2025-26 capital plan, a new vessel for the route is budgeted at $28 million, with delivery expected in 2029.", "the province's 2025-26 capital plan", "according to", "W")],
        [("Refit work at the Pictou yard is being done by Harlowbay Marine Ltd., which declined to comment.", "Harlowbay Marine Ltd.", "declined to comment", "")],
        [("The Guillerane II schedule is posted on the department's website.", "", "", "")],
        [("Got a news tip?", "", "", "B"),
         ("Call the newsroom at 902-555-0147.", "", "", "B")],
        [("More Community", "", "", "B")],
        [("Ballachy Cove library extends summer hours", "", "", "B")],
        [("Lobster landings up 8 per cent at Eastern Shore wharves", "", "", "B")],
        [("© 2026 Ballachy Cove Tidings  ·  Privacy  ·  Terms", "", "", "B")],
    ],
    [  # 4. Australian regional daily's site in Queensland, an airline ends a town's only flights to Brisbane
        [("Wirrabundi Chronicle", "", "", "B")],
        [("Wednesday, 11 March 2026   |   Wirrabundi 31°C", "", "", "B")],
        [("News   Sport   Business   Community   Rural   Classifieds   Puzzles", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("Brolgavale Air to end Wirrabundi–Brisbane flights on June 30", "", "", "W")],
        [("Airline blames falling passenger numbers; mayor says town will lose its lifeline to specialist care", "Brolgavale Air", "blames", "W")],
        [("Brodie Kettlecrane-Ikpeazuwa", "", "", "B")],
        [("11 March 2026 - 4:30pm", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("A Brolgavale Air Dash 8 on the tarmac at Wirrabundi Airport in January.", "", "", ""),
         ("Picture: Brodie Kettlecrane-Ikpeazuwa", "", "", "B")],
        [("Regional carrier Brolgavale Air will stop flying between Wirrabundi and Brisbane at the end of June, ending a service that has run for 23 years.", "", "", "W"),
         ("The airline announced the decision in a statement to the ASX on Tuesday afternoon.", "The airline", "announced", "W")],
        [("“Passenger numbers on the route have fallen by 38 per cent since 2019, and we can no longer operate it without a subsidy,” the statement said.", "the statement", "said", "W")],
        [("“We thank the people of Wirrabundi for their loyalty over more than two decades.”", "the statement", "said", "")],
        [("Brolgavale Air chief executive Lorraine Weatherstone-Okaforji said the airline had asked the Queensland Government in 2024 to subsidise the route, but had not received an answer.", "Lorraine Weatherstone-Okaforji", "said", "W"),
         ("She said the airline's 11 staff at Wirrabundi Airport would be offered jobs at its other bases.", "Lorraine Weatherstone-Okaforji", "said", "W"),
         ("Weatherstone-Okaforji said the airline had lost $2.3 million on the route in the last financial year.", "Lorraine Weatherstone-Okaforji", "said", "W")],
        [("Brolgavale Air flies to 14 regional towns in Queensland and New South Wales.", "", "", "W")],
        [("The route carried 41,200 passengers in the 2024-25 financial year, according to airport figures published by Wirrabundi Regional Council.", "airport figures published by Wirrabundi Regional Council", "according to", "W")],
        [("Mayor Cr Desmond Tallowbrigg called the decision “a kick in the guts” for the region.", "Desmond Tallowbrigg", "called", ""),
         ("“This flight is how our kids get to specialists in Brisbane,” he said.", "Desmond Tallowbrigg", "said", ""),
         ("“It's how the mine crews get home, and it's how visiting surgeons get here.", "Desmond Tallowbrigg", "said", "")],
        [("“Driving to Brisbane is nine hours each way.", "Desmond Tallowbrigg", "said", "W"),
         ("That's not an option when you've got a sick child.”", "Desmond Tallowbrigg", "said", "")],
        [("He said the council would meet the airline and the state government next week.", "Desmond Tallowbrigg", "said", "W")],
        [("A spokesperson for the Minister for Transport and Main Roads said the government was “aware of Brolgavale Air's decision” and would consider options for the route.", "A spokesperson for the Minister for Transport and Main Roads", "said", ""),
         ("The spokesperson said the state already subsidised seven regional air routes under contract.", "A spokesperson for the Minister for Transport and Main Roads", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Tourism operator Jacinta Mulgarry-Iyengaran runs fishing charters out of Wirrabundi Heads and says about a third of her clients fly in.", "Jacinta Mulgarry-Iyengaran", "says", ""),
         ("“I've had four cancellations for July already,” she says.", "Jacinta Mulgarry-Iyengaran", "says", ""),
         ("Mulgarry-Iyengaran said she had written to the airline asking it to keep one flight a week.", "Jacinta Mulgarry-Iyengaran", "said", "")],
        [("Nurse Patrice Odunlamire-Garlickson, who flies to Brisbane every second month with her son for his appointments, said she had not yet worked out what to do.", "Patrice Odunlamire-Garlickson", "said", ""),
         ("“They've given us less than four months,” she said.", "Patrice Odunlamire-Garlickson", "said", "")],
        [("The nearest other airport with flights to Brisbane is at Yarrabooth, 190 kilometres south.", "", "", "W")],
        [("Tallowbrigg said he would ask the region's federal MP, Georgina Pembertharne-Vuongtran, to raise the route in Canberra.", "Desmond Tallowbrigg", "said", ""),
         ("Pembertharne-Vuongtran did not respond to a request for comment by deadline.", "Georgina Pembertharne-Vuongtran", "did not respond to a request for comment", "")],
        [("Read more: Wirrabundi Airport runway resurfacing finished ahead of schedule", "", "", "B")],
        [("Get the news that matters to you.", "", "", "B"),
         ("Sign up for the Chronicle's free newsletter.", "", "", "B")],
        [("Most Popular", "", "", "B")],
        [("Boat ramp at Wirrabundi Heads closed for repairs", "", "", "B")],
        [("Cane harvest starts two weeks early after dry winter", "", "", "B")],
        [("© 2026 Wirrabundi Chronicle Pty Ltd", "", "", "B")],
    ],
    [  # 5. Irish regional weekly's site, a landlord is fined after fire officers find a padlocked exit
        [("Kilbrecken Advocate", "", "", "B")],
        [("News   Courts   Sport   Farming   Community   Death Notices   Contact", "", "", "B")],
        [("Courts", "", "", "B")],
        [("Landlord fined €9,000 after fire officers found locked exit and no working alarms in Kilbrecken house", "", "", "W")],
        [("Judge says tenants ‘were lucky to be alive’ after blaze in kitchen", "Aoife Brankin-Solorzano", "says", "")],
        [("By Niamh Ostrovane-Gallivray", "", "", "B")],
        [("Friday, 23 January 2026", "", "", "B")],
        [("Share   Facebook   X   Email   WhatsApp", "", "", "B")],
        [("Kilbrecken District Court sits at the courthouse on Market Square.", "", "", ""),
         ("Photo: Advocate archive", "", "", "B")],
        [("A Co Kilkenny landlord has been fined €9,000 and ordered to pay €4,200 in costs after admitting eight breaches of fire safety law at a house on Ballydrennan Road where 11 people were living.", "", "", "W")],
        [("Declan Forstall-Ibekwere, 58, of Coolnahilla, pleaded guilty at Kilbrecken District Court on Tuesday to the charges, which were brought by Kilkenny County Council.", "", "", "W"),
         ("He did not give evidence.", "", "", "W")],
        [("Senior Assistant Chief Fire Officer Pádraig Mullarkey-Bonsuaba told the court that he inspected the house on the morning of August 14, 2025, two days after a fire in its kitchen.", "Pádraig Mullarkey-Bonsuaba", "told the court", "W"),
         ("He said the only escape route from the first floor was through a back door that had been padlocked from the outside, and that none of the four smoke alarms in the house had a battery.", "Pádraig Mullarkey-Bonsuaba", "said", "W"),
         ("Eleven people, including two children, were living in six rooms, he said.", "Pádraig Mullarkey-Bonsuaba", "said", "W")],
        [("The court heard that the fire started when a pan of oil was left on a gas hob, and that a tenant put it out with a wet towel.", "", "", "W"),
         ("The house, a two-storey terrace, had been divided into six bedsits, the court heard.", "", "", "W")],
        [("Solicitor for the defendant, Fiachra Gundersen, said his client accepted the findings in full and had spent more than €16,000 on repairs since the inspection.", "Fiachra Gundersen", "said", "W"),
         ("Mr Forstall-Ibekwere had inherited the house from his father in 2019 and “did not appreciate the responsibilities that came with it”, he said.", "Fiachra Gundersen", "said", "W"),
         ("He said the house now had a fire alarm system certified by an electrician, and that only five tenants lived there.", "Fiachra Gundersen", "said", "W")],
        [("Judge Aoife Brankin-Solorzano said the breaches were “at the most serious end of the scale”.", "Aoife Brankin-Solorzano", "said", ""),
         ("“The people in that house were lucky to be alive,” she said.", "Aoife Brankin-Solorzano", "said", ""),
         ("“A padlock on a fire exit is not a small oversight.", "Aoife Brankin-Solorzano", "said", ""),
         ("It is the kind of thing that kills people.", "Aoife Brankin-Solorzano", "said", "")],
        [("“I accept that Mr Forstall-Ibekwere has co-operated fully and has spent money putting it right, and I will take that into account.”", "Aoife Brankin-Solorzano", "said", "")],
        [("She fined him €1,125 on each of the eight charges and gave him six months to pay.", "", "", "W"),
         ("Gundersen had asked the judge to apply the Probation of Offenders Act.", "Fiachra Gundersen", "asked", ""),
         ("She refused.", "", "", "W")],
        [("Advertisement", "", "", "B")],
        [("A former tenant, who asked not to be named, told the Advocate that the padlock was put on the back door after bicycles were stolen from the yard.", "A former tenant", "told the Advocate", ""),
         ("“We all knew the door was locked.", "A former tenant", "said", ""),
         ("We just never thought about it,” he said.", "A former tenant", "said", "")],
        [("Kilkenny County Council's chief fire officer, Eimear Tobbin-Achikere, said in a statement after the case that fire officers had inspected 142 rented houses in the county in 2025 and found serious breaches in 31.", "Eimear Tobbin-Achikere", "said in a statement", "W"),
         ("She urged tenants who were worried about fire safety in their homes to contact the council's fire service.", "Eimear Tobbin-Achikere", "urged", "")],
        [("According to the Residential Tenancies Board, there were 2,940 registered tenancies in Co Kilkenny at the end of 2025.", "the Residential Tenancies Board", "according to", "W")],
        [("Related Stories", "", "", "B")],
        [("Kilbrecken publican fined over late opening on St Stephen's night", "", "", "B")],
        [("Council to inspect all bedsits after Ballydrennan fire", "", "", "B")],
        [("Kilbrecken Advocate, 14 High Street, Kilbrecken, Co Kilkenny.", "", "", "B")],
        [("Tel: 056 555 0192", "", "", "B")],
        [("© Kilbrecken Advocate 2026", "", "", "B")],
    ],
    [  # 6. New Zealand regional site, a meat company closes a town's processing plant and 240 jobs go
        [("Whareporo Herald", "", "", "B")],
        [("Log in   Subscribe", "", "", "B")],
        [("Local   Rural   Sport   Business   Opinion   Notices", "", "", "B")],
        [("Business", "", "", "B")],
        [("Ardrossey Meats to close Whareporo plant, 240 jobs to go", "", "", "W")],
        [("Company says there are too few lambs to keep two plants open; union says workers were told by text", "Ardrossey Meats Ltd", "says", "W")],
        [("Mereana Trewhitt", "", "", "B")],
        [("5:00am, Thursday 26 March 2026", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("Ardrossey Meats' Whareporo plant has been processing lambs since 1971.", "", "", "W"),
         ("Photo / Mereana Trewhitt", "", "", "B")],
        [("Ardrossey Meats Ltd will close its Whareporo processing plant in August, with the loss of 240 jobs, the company confirmed on Wednesday.", "the company", "confirmed", "W")],
        [("In a statement, chief executive Graham Otterwell-Fanene said the number of lambs processed at the plant had fallen from 1.1 million in 2016 to 640,000 last season.", "Graham Otterwell-Fanene", "said", "W"),
         ("“Sheep numbers across the region have been falling for 20 years, and we simply do not have the stock to keep two plants running,” he said.", "Graham Otterwell-Fanene", "said", "W"),
         ("He said about 60 of the workers would be offered jobs at the company's plant at Tawhirimatu Downs, 110km away.", "Graham Otterwell-Fanene", "said", "W")],
        [("Meat workers' union organiser Wiremu Tapuwaeroa-Grainger said most workers found out from a text message sent at 6.45am on Wednesday, before their shift started.", "Wiremu Tapuwaeroa-Grainger", "said", "W"),
         ("“Some of these people have worked on the chain for 30 years, and they get a text,” he said.", "Wiremu Tapuwaeroa-Grainger", "said", ""),
         ("He said the union had asked for a meeting with the company on Friday.", "Wiremu Tapuwaeroa-Grainger", "said", "W"),
         ("Tapuwaeroa-Grainger said the union would fight for every job.", "Wiremu Tapuwaeroa-Grainger", "said", "")],
        [("Ardrossey said it had told staff by text so they would not hear the news from the media first.", "Ardrossey", "said", "")],
        [("The plant employs 180 permanent and 60 seasonal workers.", "", "", "W")],
        [("Sione Faupula and his wife, Lesieli, both work on the plant's lamb chain and have three children at Whareporo School.", "", "", ""),
         ("“We bought a house here two years ago,” Lesieli Faupula said.", "Lesieli Faupula", "said", ""),
         ("Her husband said he would look at the Tawhirimatu Downs job, but she did not want to move the children.", "Sione Faupula", "said", "")],
        [("Mayor Hinemoa Rawiritahi-Blackwoodley said the plant was the district's biggest private employer and paid about $18 million a year in wages.", "Hinemoa Rawiritahi-Blackwoodley", "said", "W"),
         ("“This is a gut punch for Whareporo,” she said.", "Hinemoa Rawiritahi-Blackwoodley", "said", ""),
         ("She said the council would open a jobs hub at the town library from Monday with Work and Income staff.", "Hinemoa Rawiritahi-Blackwoodley", "said", "W"),
         ("The council's economic development manager, Tessa Winterbourne-Halseywick, estimated that another 150 jobs in town depended on the plant.", "Tessa Winterbourne-Halseywick", "estimated", "")],
        [("Advertisement", "", "", "B")],
        [("Sheep numbers in the region fell by 24 per cent between 2015 and 2025, according to Stats NZ.", "Stats NZ", "according to", "W")],
        [("A spokesperson for the Minister for Regional Development said the minister had spoken to the company and to the mayor.", "A spokesperson for the Minister for Regional Development", "said", "W"),
         ("“The Government will work with the council to support affected workers,” the spokesperson said.", "A spokesperson for the Minister for Regional Development", "said", "")],
        [("Otterwell-Fanene said the company would pay redundancy under its collective agreement, which gives workers four weeks' pay plus two weeks for each year of service.", "Graham Otterwell-Fanene", "said", "W"),
         ("Asked whether the plant could reopen if stock numbers recovered, he said: “Never say never.", "Graham Otterwell-Fanene", "said", ""),
         ("But I wouldn't bet on it.”", "Graham Otterwell-Fanene", "said", "")],
        [("The plant's last day of processing is expected to be August 14.", "", "", "W")],
        [("Related articles", "", "", "B")],
        [("Whareporo School roll falls below 200 for first time", "", "", "B")],
        [("Wool prices lift at first sale of the season", "", "", "B")],
        [("Got a story?", "", "", "B"),
         ("Email news@whareporoherald.co.nz", "", "", "B")],
        [("© 2026 Whareporo Herald Limited", "", "", "B")],
    ],
    [  # 7. Indian regional daily's site in Kerala, a water authority cuts supply to 21 Kochi divisions for three days of pipeline repairs
        [("Kayalnadu Post", "", "", "B")],
        [("Kochi  |  Thursday, 4 June 2026", "", "", "B")],
        [("Home   Kerala   India   World   Business   Sports   Entertainment   E-Paper", "", "", "B")],
        [("Kerala › Kochi", "", "", "B")],
        [("Water supply to be cut in 21 Kochi divisions for three days as KWA repairs main pipeline", "", "", "W")],
        [("Authority says work on the 1,200 mm main at Chellikkadavu cannot wait until after the monsoon; tanker lorries to be deployed", "the Kerala Water Authority (KWA)", "says", "W")],
        [("Anjali Vettikkattu  |  KOCHI", "", "", "B")],
        [("Published: 04th June 2026 07:15 AM", "", "", "B")],
        [("Follow us on   WhatsApp   X   Facebook", "", "", "B")],
        [("KWA workers inspect the leaking section of the main pipeline at Chellikkadavu on Wednesday.", "", "", ""),
         ("(Photo | Special arrangement)", "", "", "B")],
        [("KOCHI: Drinking water supply to 21 divisions of the Kochi Corporation will be suspended from 6 am on June 9 to 6 am on June 12 for repairs to a leaking 1,200 mm main pipeline, the Kerala Water Authority (KWA) said on Wednesday.", "the Kerala Water Authority (KWA)", "said", "W")],
        [("The pipeline, laid in 1987, carries water from the pumping station at Chellikkadavu to the city and has developed a crack about 40 cm long near the Edathuruthy bridge, according to KWA officials.", "KWA officials", "according to", "W"),
         ("About 3.8 lakh people will be affected, they said.", "KWA officials", "said", "W")],
        [("KWA executive engineer P.K. Suneesh Valiyaparambil said the leak had grown over the past three weeks and was losing an estimated 18 lakh litres of water a day.", "P.K. Suneesh Valiyaparambil", "said", "W"),
         ("“If we wait until after the monsoon, the pipe could burst, and then we would be looking at a shutdown of ten days or more,” he said.", "P.K. Suneesh Valiyaparambil", "said", ""),
         ("He said 35 tanker lorries would supply water to the affected divisions during the shutdown, and that hospitals would be given priority.", "P.K. Suneesh Valiyaparambil", "said", "W")],
        [("Minister for Water Resources Mathew Edakkattil said in a statement that the government had sanctioned Rs 4.6 crore for the repairs and for replacing a further 800 metres of the old pipe.", "Mathew Edakkattil", "said in a statement", "W"),
         ("He asked residents to store water in advance and to use it sparingly.", "Mathew Edakkattil", "asked", "")],
        [("Mayor Revathi Pallikkunnel told reporters that the corporation had not been consulted on the dates.", "Revathi Pallikkunnel", "told reporters", "W"),
         ("“June 9 is the day the schools reopen after the holidays,” she said.", "Revathi Pallikkunnel", "said", "W"),
         ("“Could they not have started on a weekend?”", "Revathi Pallikkunnel", "said", "")],
        [("A senior KWA official, who did not want to be named, said the dates were fixed because the contractor's equipment would only be available that week.", "A senior KWA official", "said", "W")],
        [("Opposition councillor K.M. Jabbar Thottathil said the same stretch of pipe had leaked in 2019 and in 2022.", "K.M. Jabbar Thottathil", "said", "W"),
         ("“Every time, they patch it and go,” he said.", "K.M. Jabbar Thottathil", "said", ""),
         ("The stretch was to be replaced under a project approved in 2021 that has not started, according to the corporation's council minutes.", "the corporation's council minutes", "according to", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Thomas Chirayil, president of the Thevarkad Nagar Residents' Association, said most of the 600 households in the area had overhead tanks that would last a day at most.", "Thomas Chirayil", "said", "W"),
         ("“After that, we depend on the tankers, and last time the tankers came once in two days,” he said.", "Thomas Chirayil", "said", "W")],
        [("Hotel owner Shahina Moosakutty said she would have to close her 40-seat restaurant on Poovathode Road for at least two of the three days.", "Shahina Moosakutty", "said", ""),
         ("“Buying water from private tankers costs me Rs 1,800 a load,” she said.", "Shahina Moosakutty", "said", "W")],
        [("According to the KWA, the corporation area uses about 32 crore litres of water a day.", "the KWA", "according to", "W")],
        [("Officials said residents could call the KWA control room at 0484-255-0173 to request a tanker.", "Officials", "said", "")],
        [("Also Read", "", "", "B")],
        [("Kochi Metro to run extra trains on Sundays from next month", "", "", "B")],
        [("Fort Kochi ferry fares unchanged for another year", "", "", "B")],
        [("Follow the Kayalnadu Post channel on WhatsApp", "", "", "B")],
        [("© 2026 Kayalnadu Media Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. Nigerian national daily's site, Lagos metro page, a fire destroys 140 shops at a market
        [("Abatiwo Times", "", "", "B")],
        [("Monday, March 23, 2026", "", "", "B")],
        [("News   Politics   Metro   Business   Sports   Entertainment   Opinion", "", "", "B")],
        [("Metro", "", "", "B")],
        [("Fire destroys 140 shops at Ojotaro Market in Lagos", "", "", "W")],
        [("Fire service says blaze started in shop where generator was left running; traders put losses at over ₦600m", "the Lagos State Fire and Rescue Service", "says", "W")],
        [("By Tolulope Arowolo-Dikkoya", "", "", "B")],
        [("March 23, 2026  |  8:05 am", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Telegram", "", "", "B")],
        [("Traders salvage goods at Ojotaro Market on Sunday.", "", "", ""),
         ("Photo: Abatiwo Times", "", "", "B")],
        [("A fire that broke out at Ojotaro Market in the Ikorodu area of Lagos on Sunday morning destroyed about 140 shops before it was put out, the Lagos State Fire and Rescue Service said.", "the Lagos State Fire and Rescue Service", "said", "W"),
         ("No one was killed, the service said.", "the service", "said", "W")],
        [("Its director, Olubunmi Adeyeri-Holtanby, said the fire started at about 6.20am in a shop where a generator had been left running overnight to power a freezer.", "Olubunmi Adeyeri-Holtanby", "said", "W"),
         ("She said four fire engines were sent to the market and the fire was brought under control by 9.40am.", "Olubunmi Adeyeri-Holtanby", "said", "W"),
         ("“The narrow lanes between the shops made it very difficult for our men to get the hoses in,” she said.", "Olubunmi Adeyeri-Holtanby", "said", "")],
        [("A LASEMA official at the scene, who asked not to be named, said the fire would have reached a filling station on the next street if the wind had been stronger.", "A LASEMA official at the scene", "said", "")],
        [("The Lagos State Emergency Management Agency (LASEMA) said in a statement that its officials had counted 143 burnt shops and 26 damaged ones.", "The Lagos State Emergency Management Agency (LASEMA)", "said in a statement", "W"),
         ("It said the market's two fire hydrants had not worked for years.", "The Lagos State Emergency Management Agency (LASEMA)", "said", "W")],
        [("Police spokesperson SP Oladimeji Ekunboye-Prattlemore said there was no evidence of arson.", "Oladimeji Ekunboye-Prattlemore", "said", "W"),
         ("Officers were sent to the market on Sunday to stop looting, he said, and two men were arrested with bags of goods taken from burnt shops.", "Oladimeji Ekunboye-Prattlemore", "said", "W"),
         ("Police said the two suspects would be charged in court on Tuesday.", "Police", "said", "W")],
        [("The leader of the market's traders, Alhaja Rashidat Olowofela-Bamideleye, put their losses at more than ₦600 million.", "Rashidat Olowofela-Bamideleye", "put", ""),
         ("“Many of these women took loans to stock their shops for Easter,” she said.", "Rashidat Olowofela-Bamideleye", "said", ""),
         ("“Now everything is ash.", "Rashidat Olowofela-Bamideleye", "said", ""),
         ("Who will pay the loans?”", "Rashidat Olowofela-Bamideleye", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Chinedu Okparanta-Lawanson, who sells phone accessories, said he lost goods worth about ₦4.5 million.", "Chinedu Okparanta-Lawanson", "said", ""),
         ("He said he heard people shouting at about 6.30am, but by the time he arrived the roof of his shop had fallen in.", "Chinedu Okparanta-Lawanson", "said", "")],
        [("Another trader, Funmilayo Ajagunna, said the fire service arrived more than an hour after it was called.", "Funmilayo Ajagunna", "said", "W"),
         ("The fire service said its first engine reached the market 22 minutes after the call.", "The fire service", "said", "W")],
        [("The Lagos State Government has set up a committee to assess the damage, according to the Commissioner for Special Duties, Tokunbo Adeniranmi-Sternhollow.", "Tokunbo Adeniranmi-Sternhollow", "according to", "W"),
         ("He said the committee would report within two weeks.", "Tokunbo Adeniranmi-Sternhollow", "said", "W")],
        [("Ojotaro Market has about 1,100 shops and was last rebuilt in 2012 after a fire.", "", "", "W")],
        [("Traders said they had been asked to stay away from the burnt section until engineers had checked the structure.", "Traders", "said", "")],
        [("RELATED NEWS", "", "", "B")],
        [("Lagos to relocate Ikorodu roadside traders by June", "", "", "B")],
        [("Tanker fire shuts Ikorodu Road for five hours", "", "", "B")],
        [("Join our WhatsApp channel for breaking news", "", "", "B")],
        [("Copyright © 2026 Abatiwo Times Limited.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Philippine regional daily's site in Cebu, most of a town still without power three days after a typhoon
        [("The Visayas Tambuli", "", "", "B")],
        [("Tuesday, October 20, 2026", "", "", "B")],
        [("Home   Cebu   Visayas   Nation   Business   Sports   Lifestyle   Opinion", "", "", "B")],
        [("Cebu", "", "", "B")],
        [("Most of Tinaogan still without power three days after Typhoon Sabel", "", "", "W")],
        [("Electric cooperative says 412 poles were toppled; full restoration may take two weeks", "Banlaon Electric Cooperative (Banelco)", "says", "W")],
        [("By Rhea Mae Catubig-Lorentezo", "", "", "B")],
        [("October 20, 2026  |  6:12 PM", "", "", "B")],
        [("Share on Facebook  |  Share on X  |  Copy link", "", "", "B")],
        [("Linemen of the Banlaon Electric Cooperative replace a toppled pole along the national highway in Barangay Poblacion, Tinaogan, on Monday.", "", "", ""),
         ("(Tambuli photo / Rhea Mae Catubig-Lorentezo)", "", "", "B")],
        [("TINAOGAN, Cebu – About 68 percent of households in this southern Cebu town were still without electricity on Monday, three days after Typhoon Sabel brought down power lines across the province, according to the Banlaon Electric Cooperative (Banelco).", "Banlaon Electric Cooperative (Banelco)", "according to", "W")],
        [("Banelco general manager Engr. Rodolfo Sabandal-Uytingco said 412 electric poles were toppled or snapped in the cooperative's franchise area, which covers six towns.", "Rodolfo Sabandal-Uytingco", "said", "W"),
         ("He said power had been restored to the town hall, the district hospital and the water district's pumping station.", "Rodolfo Sabandal-Uytingco", "said", "W"),
         ("“We have 14 line crews working from 5 a.m. until dark,” he said.", "Rodolfo Sabandal-Uytingco", "said", "W"),
         ("“Full restoration may take up to two weeks.”", "Rodolfo Sabandal-Uytingco", "said", "")],
        [("Sabel made landfall on Friday evening with maximum sustained winds of 150 kilometers per hour, according to the Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA).", "the Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA)", "according to", "W")],
        [("Mayor Evangeline Pacudan-Ybiernas said the town had recorded one death, a 71-year-old man who was hit by a falling coconut tree in Barangay Lanas.", "Evangeline Pacudan-Ybiernas", "said", "W"),
         ("She said 1,240 families were still staying in evacuation centers, most of them in schools.", "Evangeline Pacudan-Ybiernas", "said", "W"),
         ("Classes in all public schools in the town will remain suspended until Friday, she added.", "Evangeline Pacudan-Ybiernas", "added", "W")],
        [("The Office of Civil Defense in Central Visayas said in a report on Monday that Sabel had damaged 3,870 houses in Cebu province, 610 of them totally.", "The Office of Civil Defense in Central Visayas", "said in a report", "W")],
        [("Provincial Board Member Ramon Tiongzonia-Alferez said the provincial government would release ₱5 million in aid to Tinaogan this week.", "Ramon Tiongzonia-Alferez", "said", "W"),
         ("“We will not leave the southern towns behind,” he said.", "Ramon Tiongzonia-Alferez", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Barangay captain Nestor Lumayag-Cenizal of Barangay Tapon said the village's 300 households had been without power since Friday night.", "Nestor Lumayag-Cenizal", "said", "W"),
         ("“The old people cannot sleep because of the heat, and we cannot charge our phones,” he said.", "Nestor Lumayag-Cenizal", "said", ""),
         ("He said residents were charging their phones at the barangay hall, which has a generator lent by a private company.", "Nestor Lumayag-Cenizal", "said", "W")],
        [("Resident Maricel Abapa-Tenchavez, a market vendor, said she had thrown away most of the fish she bought on Thursday.", "Maricel Abapa-Tenchavez", "said", ""),
         ("“My freezer has been off for three days,” she said.", "Maricel Abapa-Tenchavez", "said", "")],
        [("A Banelco lineman who asked not to be named because he was not authorized to speak to the media said crews had been working double shifts since Saturday.", "A Banelco lineman", "said", "W")],
        [("Sabandal-Uytingco said the cooperative had asked the National Electrification Administration for more poles and for line crews from cooperatives in Bohol and Negros.", "Rodolfo Sabandal-Uytingco", "said", "W"),
         ("The National Electrification Administration did not immediately reply to a request for comment.", "The National Electrification Administration", "did not immediately reply to a request for comment", "")],
        [("Banelco has about 58,000 member-consumers.", "", "", "W")],
        [("PAGASA said it was watching a low-pressure area east of Mindanao but that it was unlikely to hit Cebu.", "PAGASA", "said", "")],
        [("READ: Cebu City suspends classes as Sabel nears", "", "", "B")],
        [("Like us on Facebook for updates", "", "", "B")],
        [("About Us  |  Contact  |  Privacy Policy", "", "", "B")],
        [("© 2026 The Visayas Tambuli.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 10. South African community weekly's site in the Eastern Cape, a town's taps run dry for 11 days after its pump station fails
        [("Zwartbosch Weekly", "", "", "B")],
        [("Your community. Your voice.", "", "", "B")],
        [("News | Sport | Community | Schools | Notices | Classifieds", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("Zwartbosch taps dry for 11th day as pump station waits for new motor", "", "", "W")],
        [("Municipality says water tankers will visit every ward daily; residents' forum goes to court", "the Sihlobo Local Municipality", "says", "W")],
        [("By Thandeka Mqoboli-Jansen", "", "", "B")],
        [("Thursday, 12 February 2026 | 14:20", "", "", "B")],
        [("Share   Facebook   X   WhatsApp", "", "", "B")],
        [("Residents queue for water from a tanker on Boesmanskloof Street on Tuesday.", "", "", ""),
         ("Picture: Thandeka Mqoboli-Jansen", "", "", "B")],
        [("Most households in Zwartbosch have had no water from their taps for 11 days after the motor of the town's main pump station burnt out on February 1, the Sihlobo Local Municipality said.", "the Sihlobo Local Municipality", "said", "W")],
        [("Municipal spokesperson Lwazi Ntshingilane-Boshoff said a new motor had been ordered from a supplier in Gqeberha and was expected to arrive next week.", "Lwazi Ntshingilane-Boshoff", "said", "W"),
         ("He said the municipality had hired six water tankers, which would visit every ward at least once a day.", "Lwazi Ntshingilane-Boshoff", "said", "W"),
         ("“We understand the frustration of our residents, and we apologise,” Ntshingilane-Boshoff said.", "Lwazi Ntshingilane-Boshoff", "said", "")],
        [("The new motor cost R1.2 million, according to the municipality.", "the municipality", "according to", "W"),
         ("A spokesperson for Elandspoort Electrical, the Gqeberha company building the motor, confirmed the order but would not give a delivery date.", "A spokesperson for Elandspoort Electrical", "confirmed", "W")],
        [("In a statement on Wednesday, the Department of Water and Sanitation said it had written to the municipality in 2024 warning that the pump station was “at high risk of failure” because the municipality had no standby motor.", "the Department of Water and Sanitation", "said", "W"),
         ("The department said it had sent two engineers to Zwartbosch to help with the repairs.", "The department", "said", "W")],
        [("Ward 4 councillor Nomvula Dlepu-Loubser said residents in her ward had gone three days without seeing a tanker last week.", "Nomvula Dlepu-Loubser", "said", "W"),
         ("“Old people are carrying buckets up the hill in this heat,” she said.", "Nomvula Dlepu-Loubser", "said", "")],
        [("“The municipality was warned.", "Nomvula Dlepu-Loubser", "said", "W"),
         ("They did nothing.”", "Nomvula Dlepu-Loubser", "said", "")],
        [("The Zwartbosch Residents' Forum filed an urgent application in the Eastern Cape High Court in Makhanda on Tuesday asking for an order forcing the municipality to supply at least 25 litres of water per person a day.", "", "", "W"),
         ("The forum's chairperson, Pieter Kolisile-van Rensburgh, said the case would be heard on February 19.", "Pieter Kolisile-van Rensburgh", "said", "W"),
         ("He said the forum had collected R38 000 from residents to pay its lawyers.", "Pieter Kolisile-van Rensburgh", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Ntshingilane-Boshoff said the municipality would oppose the application because the tankers were already supplying water.", "Lwazi Ntshingilane-Boshoff", "said", "W")],
        [("At Zwartbosch Primary School, principal Anele Rasmeni-Kooperberg said 214 of the school's 860 learners were absent on Monday.", "Anele Rasmeni-Kooperberg", "said", "W"),
         ("She said the school had closed its toilets and was sending children home at 11am.", "Anele Rasmeni-Kooperberg", "said", "W")],
        [("Resident Gertruida Mbelu-Fouché, 74, said she had paid R150 to a neighbour with a bakkie to fetch water from the river.", "Gertruida Mbelu-Fouché", "said", ""),
         ("“I have lived here 50 years and never seen it like this,” she said.", "Gertruida Mbelu-Fouché", "said", "")],
        [("According to Stats SA, Zwartbosch has about 31 000 residents.", "Stats SA", "according to", "W")],
        [("The town last went without water for more than a week in 2019.", "", "", "W")],
        [("Related", "", "", "B")],
        [("Sihlobo council adopts budget with 9% rates increase", "", "", "B")],
        [("Zwartbosch clinic to open on Saturdays from March", "", "", "B")],
        [("Send us your news on WhatsApp: 072 555 0194", "", "", "B")],
        [("© 2026 Zwartbosch Weekly (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. Singapore news site, a hawker centre closes for 11 months of upgrading
        [("Tanjong Mirror", "", "", "B")],
        [("Singapore  |  Asia  |  World  |  Business  |  Life  |  Opinion", "", "", "B")],
        [("SINGAPORE", "", "", "B")],
        [("Lorong Kemunir Food Centre to close for 11 months from March for upgrading", "", "", "W")],
        [("NEA says 74 stallholders will get rent waivers; some hawkers say they may not return", "the National Environment Agency (NEA)", "says", "W")],
        [("Cheam Jia Xin", "", "", "B")],
        [("Correspondent", "", "", "B")],
        [("Published Feb 3, 2026, 05:00 AM", "", "", "B")],
        [("Updated Feb 3, 2026, 11:48 AM", "", "", "B")],
        [("Share   Facebook   WhatsApp   Telegram   X", "", "", "B")],
        [("Diners at Lorong Kemunir Food Centre during the lunch crowd on Jan 30.", "", "", ""),
         ("MIRROR PHOTO: CHEAM JIA XIN", "", "", "B")],
        [("SINGAPORE - Lorong Kemunir Food Centre in Toa Payoh will close for 11 months from March 2 for upgrading works, the National Environment Agency (NEA) said in response to queries from the Mirror.", "the National Environment Agency (NEA)", "said in response to queries", "W")],
        [("The 1973 food centre, which has 74 cooked-food stalls and 38 market stalls, will get a new roof, ventilation fans and a central dishwashing area, the agency said.", "the agency", "said", "W"),
         ("It said stallholders would not pay rent for the period of the works and would each receive a one-off grant of $5,000 to help with costs.", "the National Environment Agency (NEA)", "said", "W"),
         ("An NEA spokesperson said the centre was last upgraded in 2004.", "An NEA spokesperson", "said", "W")],
        [("Toa Payoh Central MP Sharon Moey Mei Ling said in a Facebook post on Monday that the centre's roof had leaked during heavy rain at least 20 times last year.", "Sharon Moey Mei Ling", "said in a Facebook post", "W"),
         ("“I know 11 months is a long time for our hawkers and our residents,” she wrote.", "Sharon Moey Mei Ling", "wrote", ""),
         ("“We will do our best to help everyone through it.”", "Sharon Moey Mei Ling", "wrote", "")],
        [("Not all hawkers are sure they will return.", "", "", ""),
         ("Madam Hiew Geok Lian, 71, has sold fishball noodles at the centre since 1986.", "", "", ""),
         ("She said she would use the break to decide whether to retire.", "Hiew Geok Lian", "said", ""),
         ("“My knees are not so good already,” she said in Mandarin.", "Hiew Geok Lian", "said in Mandarin", "")],
        [("Her neighbour at the next stall, Mr Faizal Jumari, 48, who sells nasi lemak, said he planned to rent a stall at a coffee shop nearby for the 11 months.", "Faizal Jumari", "said", ""),
         ("“The rent there is $3,800 a month, and I must still pay my assistant,” he said.", "Faizal Jumari", "said", ""),
         ("“Five thousand dollars will not last long.”", "Faizal Jumari", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Thong Boon Keat, chairman of the Lorong Kemunir Hawkers' Association, said 12 of the 74 cooked-food stallholders had told him they did not plan to come back.", "Thong Boon Keat", "said", "W"),
         ("He said the association had asked NEA to let hawkers who retire during the works pass their stalls to family members.", "Thong Boon Keat", "said", "W"),
         ("In response, NEA said its rules already allow a stallholder to pass a stall to a spouse or child who has helped at the stall for at least a year.", "NEA", "said", "W")],
        [("Regular diner Jeremy Khng, 35, a civil servant who lives nearby, said he ate at the centre at least four times a week.", "Jeremy Khng", "said", ""),
         ("“The char kway teow uncle is the reason I moved to this estate,” he joked.", "Jeremy Khng", "joked", "")],
        [("A temporary market with 20 stalls will operate at the open-air car park next to Block 187 during the works, according to NEA's notice to stallholders.", "NEA's notice to stallholders", "according to", "W")],
        [("There are 121 hawker centres in Singapore.", "", "", "W")],
        [("Join the Mirror's Telegram channel for the day's top stories", "", "", "B")],
        [("More on this topic", "", "", "B")],
        [("Hawkers at three food centres to trial cashless-only payments", "", "", "B")],
        [("Bidders for new hawker stalls fall to five-year low", "", "", "B")],
        [("Copyright 2026 Tanjong Mirror Pte Ltd.", "", "", "B"),
         ("Co. Regn. No. 201544871K.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. Welsh regional site, a landslip shuts a valley railway line until May
        [("Tregarnedd Observer", "", "", "B")],
        [("Newyddion | News    Chwaraeon | Sport    Busnes | Business    Cymuned | Community", "", "", "B")],
        [("News › Transport", "", "", "B")],
        [("Dyfnallt Valley line to stay shut until May after landslip, Network Rail says", "Network Rail", "says", "W")],
        [("Transport for Wales says replacement buses will add up to 50 minutes to journeys", "Transport for Wales (TfW)", "says", "W")],
        [("Gwenllian Prytherchy-Oduyoye", "", "", "B")],
        [("Transport correspondent", "", "", "B")],
        [("07:00, 3 MAR 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Engineers inspect the landslip above the line near Pantyrhedyn on Saturday.", "", "", ""),
         ("(Image: Network Rail)", "", "", "B")],
        [("The railway between Tregarnedd and Aberlleian will stay closed until at least May 18 after a landslip buried the track near Pantyrhedyn on Friday night, Network Rail said.", "Network Rail", "said", "W")],
        [("About 2,000 tonnes of earth and rock slid onto the line from a cutting above it after a week of heavy rain, according to Network Rail.", "Network Rail", "according to", "W"),
         ("Its route director for Wales, Rhodri Carnwennan-Ellerstane, said engineers would have to stabilise the slope before the track could be cleared.", "Rhodri Carnwennan-Ellerstane", "said", "W"),
         ("“This is one of the biggest slips we have dealt with on this line in 30 years,” he said.", "Rhodri Carnwennan-Ellerstane", "said", "W"),
         ("“The cutting was built in the 1860s, and the ground above it is still moving.", "Rhodri Carnwennan-Ellerstane", "said", "W"),
         ("We will not reopen the line until we are sure it is safe.”", "Rhodri Carnwennan-Ellerstane", "said", "")],
        [("Transport for Wales (TfW) said buses would replace trains between the two towns, calling at every station on the line.", "Transport for Wales (TfW)", "said", "W"),
         ("A TfW spokesperson said the buses would add between 35 and 50 minutes to journeys, depending on the time of day.", "A TfW spokesperson", "said", "W"),
         ("“We are sorry for the disruption and thank customers for their patience,” the spokesperson added.", "A TfW spokesperson", "added", "")],
        [("About 1,900 passengers used the line on an average weekday last year.", "", "", "W")],
        [("Carys Pendragwy, who commutes from Tregarnedd to a job at Aberlleian's hospital, said her journey now took almost two hours each way.", "Carys Pendragwy", "said", ""),
         ("“I'm paying for a train and getting a coach,” she said.", "Carys Pendragwy", "said", ""),
         ("She said she had been late for her 8am shift twice in the first week.", "Carys Pendragwy", "said", "")],
        [("Her colleague, Idris Vaughton-Ateba, a porter at the hospital, has stopped using the line.", "", "", ""),
         ("He now shares a lift with two nurses, he said.", "Idris Vaughton-Ateba", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Mid and West Wales MS Eluned Garthmyl-Dolanby said she had asked the Welsh Government's transport secretary to make sure season ticket holders were compensated.", "Eluned Garthmyl-Dolanby", "said", "W"),
         ("“People here do not have another way to get to work,” she said.", "Eluned Garthmyl-Dolanby", "said", "")],
        [("A Welsh Government spokesperson said compensation was a matter for TfW, which is owned by the Welsh Government.", "A Welsh Government spokesperson", "said", "W"),
         ("TfW said season ticket holders could claim a 25% refund for every week the line is closed.", "TfW", "said", "W")],
        [("Network Rail said a similar slip closed the line for six weeks in 2020.", "Network Rail", "said", "W"),
         ("It said drones were being flown over the cutting twice a day to check for movement.", "Network Rail", "said", "W")],
        [("Bus operator Cynddelw Coaches said it had hired six extra drivers for the replacement service.", "Cynddelw Coaches", "said", "W")],
        [("Read next", "", "", "B")],
        [("Aberlleian bypass roundabout to close overnight for resurfacing", "", "", "B")],
        [("Tregarnedd bus station cafe reopens under new owners", "", "", "B")],
        [("Get the latest Tregarnedd news straight to your inbox", "", "", "B")],
        [("© Tregarnedd Observer 2026.", "", "", "B"),
         ("Cedwir pob hawl.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h46-us-standfirst-byline-caption-lead", "City says the 1962 pool loses about 40,000 gallons of water a day; swim club will train 38 miles away\nBy Delphine Okerhalt-Ruelasco  |  The Sentinel\nUpdated April 15, 2026, 6:47 p.m. PT\nFacebook   X   Email   Print\nSwimmers from the Tillicove Torpedoes swim club train at Wetherholme Park pool last August. Sentinel file photo\nTILLICOVE — The city's only public outdoor pool will stay closed for the 2026 and 2027 seasons while its leaking basin and 64-year-old pump house are rebuilt, the City of Tillicove said in a statement Tuesday. The City Council voted 5-2 on Monday night to spend $3.4 million from its 2022 parks bond on the work.",
     ["City says the 1962 pool loses about 40,000 gallons of water a day; swim club will train 38 miles away", "By Delphine Okerhalt-Ruelasco  |  The Sentinel", "Updated April 15, 2026, 6:47 p.m. PT", "Facebook   X   Email   Print", "Swimmers from the Tillicove Torpedoes swim club train at Wetherholme Park pool last August.", "Sentinel file photo", "TILLICOVE — The city's only public outdoor pool will stay closed for the 2026 and 2027 seasons while its leaking basin and 64-year-old pump house are rebuilt, the City of Tillicove said in a statement Tuesday.", "The City Council voted 5-2 on Monday night to spend $3.4 million from its 2022 parks bond on the work."]),
    ("h46-us-director-quote-over-three-paragraphs", "Parks and Recreation Director Marisol Fenwrathe-Obiakwelu told the council that the pool loses about 40,000 gallons a day through cracks in its floor, enough to fill a backyard pool every night. “We are paying to water the ground under it,” she said. She said a consultant's inspection in January found steel reinforcing bars showing through the concrete in three places.\n“Patching it for one more year would have cost us around $600,000, and we would have been right back here next spring,” Fenwrathe-Obiakwelu said. “I'm not willing to open a pool I can't promise will hold water.\n“Kids deserve better than that, and so does the swim club.”",
     ["Parks and Recreation Director Marisol Fenwrathe-Obiakwelu told the council that the pool loses about 40,000 gallons a day through cracks in its floor, enough to fill a backyard pool every night.", "“We are paying to water the ground under it,” she said.", "She said a consultant's inspection in January found steel reinforcing bars showing through the concrete in three places.", "“Patching it for one more year would have cost us around $600,000, and we would have been right back here next spring,” Fenwrathe-Obiakwelu said.", "“I'm not willing to open a pool I can't promise will hold water.", "“Kids deserve better than that, and so does the swim club.”"]),
    ("h46-us-open-house-tip-bio-footer", "Fenwrathe-Obiakwelu said the city would hold an open house on the new design at Tillicove Public Library on May 6 at 6 p.m.\nHave a news tip? Email news@tillicovesentinel.com.\nRelated\nTillicove School District delays vote on four-day week\nWetherholme Park playground to get new equipment this fall\nDelphine Okerhalt-Ruelasco covers city hall for the Sentinel. Reach her at 541-555-0162.\n© 2026 The Tillicove Sentinel, a Coastrange Media Inc. publication. All rights reserved.",
     ["Fenwrathe-Obiakwelu said the city would hold an open house on the new design at Tillicove Public Library on May 6 at 6 p.m.", "Have a news tip?", "Email news@tillicovesentinel.com.", "Related", "Tillicove School District delays vote on four-day week", "Wetherholme Park playground to get new equipment this fall", "Delphine Okerhalt-Ruelasco covers city hall for the Sentinel.", "Reach her at 541-555-0162.", "© 2026 The Tillicove Sentinel, a Coastrange Media Inc. publication.", "All rights reserved."]),
    ("h46-uk-standfirst-byline-two-lines-caption", "Trust says no patient records were lost as staff went back to paper for three days\nBy Harriet Oyelarinwa-Braskington\nHealth Reporter\n10:22, 19 FEB 2026\nShare   Facebook   X   WhatsApp   Email\nThe main entrance of Caldershaw Royal Infirmary on Wednesday. (Image: Caldershaw Evening Post)",
     ["Trust says no patient records were lost as staff went back to paper for three days", "By Harriet Oyelarinwa-Braskington", "Health Reporter", "10:22, 19 FEB 2026", "Share   Facebook   X   WhatsApp   Email", "The main entrance of Caldershaw Royal Infirmary on Wednesday.", "(Image: Caldershaw Evening Post)"]),
    ("h46-uk-dr-apologised-quote-three-paragraphs", "Chief executive Dr Sunniva Raikestone-Adewunmisi apologised to patients. “I know how hard it is to wait for an operation, and then to be told at the last minute that it won't happen on the day,” she said.\n“Our staff worked through the night on Monday to keep the wards and A&E running safely. Nobody who came to A&E was turned away.\n“We will learn from this.”\nAn independent review of the failure will report to the trust board in April, she said.",
     ["Chief executive Dr Sunniva Raikestone-Adewunmisi apologised to patients.", "“I know how hard it is to wait for an operation, and then to be told at the last minute that it won't happen on the day,” she said.", "“Our staff worked through the night on Monday to keep the wards and A&E running safely.", "Nobody who came to A&E was turned away.", "“We will learn from this.”", "An independent review of the failure will report to the trust board in April, she said."]),
    ("h46-uk-mp-then-trust-in-its-statement", "Caldershaw North MP Fenella Osgarby-Renniscombe said she had written to the health secretary to ask why the trust was still running its main system on servers installed in 2011. The trust said in its statement that the servers were due to be replaced this summer.\nPatients with questions can call the trust's appointments line on 01632 960418 between 8am and 6pm.\nRead more: Caldershaw Royal Infirmary car park charges to rise in April",
     ["Caldershaw North MP Fenella Osgarby-Renniscombe said she had written to the health secretary to ask why the trust was still running its main system on servers installed in 2011.", "The trust said in its statement that the servers were due to be replaced this summer.", "Patients with questions can call the trust's appointments line on 01632 960418 between 8am and 6pm.", "Read more: Caldershaw Royal Infirmary car park charges to rise in April"]),
    ("h46-ca-resident-time-neighbour-he-said", "Island resident Morag Fennertoun-Lacroix, 66, has a cancer treatment appointment in Halifax every Tuesday. She told the Tidings she now leaves home at 5 a.m. to catch the first crossing. “The first boat is at 6:10. If it fills up, I miss my appointment,” she said.\nHer neighbour, Colum Drisdelle, drives the island's school bus. He said 22 students from the island attend Ballachy Cove Regional High and now cross on foot.\nThe ferry's captain, Lorne Beaudoin-Skerrowby, has skippered the Grellish Isle since 2004. Reached by phone, he referred questions to the department.",
     ["Island resident Morag Fennertoun-Lacroix, 66, has a cancer treatment appointment in Halifax every Tuesday.", "She told the Tidings she now leaves home at 5 a.m. to catch the first crossing.", "“The first boat is at 6:10.", "If it fills up, I miss my appointment,” she said.", "Her neighbour, Colum Drisdelle, drives the island's school bus.", "He said 22 students from the island attend Ballachy Cove Regional High and now cross on foot.", "The ferry's captain, Lorne Beaudoin-Skerrowby, has skippered the Grellish Isle since 2004.", "Reached by phone, he referred questions to the department."]),
    ("h46-ca-capital-plan-ltd-declined-tip", "According to the province's 2025-26 capital plan, a new vessel for the route is budgeted at $28 million, with delivery expected in 2029.\nRefit work at the Pictou yard is being done by Harlowbay Marine Ltd., which declined to comment.\nThe Guillerane II schedule is posted on the department's website.\nGot a news tip? Call the newsroom at 902-555-0147.",
     ["According to the province's 2025-26 capital plan, a new vessel for the route is budgeted at $28 million, with delivery expected in 2029.", "Refit work at the Pictou yard is being done by Harlowbay Marine Ltd., which declined to comment.", "The Guillerane II schedule is posted on the department's website.", "Got a news tip?", "Call the newsroom at 902-555-0147."]),
    ("h46-au-standfirst-byline-caption-announced", "Airline blames falling passenger numbers; mayor says town will lose its lifeline to specialist care\nBrodie Kettlecrane-Ikpeazuwa\n11 March 2026 - 4:30pm\nShare   Facebook   X   Email\nA Brolgavale Air Dash 8 on the tarmac at Wirrabundi Airport in January. Picture: Brodie Kettlecrane-Ikpeazuwa\nRegional carrier Brolgavale Air will stop flying between Wirrabundi and Brisbane at the end of June, ending a service that has run for 23 years. The airline announced the decision in a statement to the ASX on Tuesday afternoon.\n“Passenger numbers on the route have fallen by 38 per cent since 2019, and we can no longer operate it without a subsidy,” the statement said.\n“We thank the people of Wirrabundi for their loyalty over more than two decades.”",
     ["Airline blames falling passenger numbers; mayor says town will lose its lifeline to specialist care", "Brodie Kettlecrane-Ikpeazuwa", "11 March 2026 - 4:30pm", "Share   Facebook   X   Email", "A Brolgavale Air Dash 8 on the tarmac at Wirrabundi Airport in January.", "Picture: Brodie Kettlecrane-Ikpeazuwa", "Regional carrier Brolgavale Air will stop flying between Wirrabundi and Brisbane at the end of June, ending a service that has run for 23 years.", "The airline announced the decision in a statement to the ASX on Tuesday afternoon.", "“Passenger numbers on the route have fallen by 38 per cent since 2019, and we can no longer operate it without a subsidy,” the statement said.", "“We thank the people of Wirrabundi for their loyalty over more than two decades.”"]),
    ("h46-au-cr-called-quote-two-paragraphs", "Mayor Cr Desmond Tallowbrigg called the decision “a kick in the guts” for the region. “This flight is how our kids get to specialists in Brisbane,” he said. “It's how the mine crews get home, and it's how visiting surgeons get here.\n“Driving to Brisbane is nine hours each way. That's not an option when you've got a sick child.”\nHe said the council would meet the airline and the state government next week.",
     ["Mayor Cr Desmond Tallowbrigg called the decision “a kick in the guts” for the region.", "“This flight is how our kids get to specialists in Brisbane,” he said.", "“It's how the mine crews get home, and it's how visiting surgeons get here.", "“Driving to Brisbane is nine hours each way.", "That's not an option when you've got a sick child.”", "He said the council would meet the airline and the state government next week."]),
    ("h46-au-mp-named-did-not-respond-footer", "Tallowbrigg said he would ask the region's federal MP, Georgina Pembertharne-Vuongtran, to raise the route in Canberra. Pembertharne-Vuongtran did not respond to a request for comment by deadline.\nRead more: Wirrabundi Airport runway resurfacing finished ahead of schedule\nGet the news that matters to you. Sign up for the Chronicle's free newsletter.",
     ["Tallowbrigg said he would ask the region's federal MP, Georgina Pembertharne-Vuongtran, to raise the route in Canberra.", "Pembertharne-Vuongtran did not respond to a request for comment by deadline.", "Read more: Wirrabundi Airport runway resurfacing finished ahead of schedule", "Get the news that matters to you.", "Sign up for the Chronicle's free newsletter."]),
    ("h46-ie-fine-plea-fire-officer-told-court", "A Co Kilkenny landlord has been fined €9,000 and ordered to pay €4,200 in costs after admitting eight breaches of fire safety law at a house on Ballydrennan Road where 11 people were living.\nDeclan Forstall-Ibekwere, 58, of Coolnahilla, pleaded guilty at Kilbrecken District Court on Tuesday to the charges, which were brought by Kilkenny County Council. He did not give evidence.\nSenior Assistant Chief Fire Officer Pádraig Mullarkey-Bonsuaba told the court that he inspected the house on the morning of August 14, 2025, two days after a fire in its kitchen. He said the only escape route from the first floor was through a back door that had been padlocked from the outside, and that none of the four smoke alarms in the house had a battery. Eleven people, including two children, were living in six rooms, he said.",
     ["A Co Kilkenny landlord has been fined €9,000 and ordered to pay €4,200 in costs after admitting eight breaches of fire safety law at a house on Ballydrennan Road where 11 people were living.", "Declan Forstall-Ibekwere, 58, of Coolnahilla, pleaded guilty at Kilbrecken District Court on Tuesday to the charges, which were brought by Kilkenny County Council.", "He did not give evidence.", "Senior Assistant Chief Fire Officer Pádraig Mullarkey-Bonsuaba told the court that he inspected the house on the morning of August 14, 2025, two days after a fire in its kitchen.", "He said the only escape route from the first floor was through a back door that had been padlocked from the outside, and that none of the four smoke alarms in the house had a battery.", "Eleven people, including two children, were living in six rooms, he said."]),
    ("h46-ie-court-heard-solicitor-he-said-mr", "The court heard that the fire started when a pan of oil was left on a gas hob, and that a tenant put it out with a wet towel. The house, a two-storey terrace, had been divided into six bedsits, the court heard.\nSolicitor for the defendant, Fiachra Gundersen, said his client accepted the findings in full and had spent more than €16,000 on repairs since the inspection. Mr Forstall-Ibekwere had inherited the house from his father in 2019 and “did not appreciate the responsibilities that came with it”, he said. He said the house now had a fire alarm system certified by an electrician, and that only five tenants lived there.",
     ["The court heard that the fire started when a pan of oil was left on a gas hob, and that a tenant put it out with a wet towel.", "The house, a two-storey terrace, had been divided into six bedsits, the court heard.", "Solicitor for the defendant, Fiachra Gundersen, said his client accepted the findings in full and had spent more than €16,000 on repairs since the inspection.", "Mr Forstall-Ibekwere had inherited the house from his father in 2019 and “did not appreciate the responsibilities that came with it”, he said.", "He said the house now had a fire alarm system certified by an electrician, and that only five tenants lived there."]),
    ("h46-ie-judge-quote-two-paragraphs-fined", "Judge Aoife Brankin-Solorzano said the breaches were “at the most serious end of the scale”. “The people in that house were lucky to be alive,” she said. “A padlock on a fire exit is not a small oversight. It is the kind of thing that kills people.\n“I accept that Mr Forstall-Ibekwere has co-operated fully and has spent money putting it right, and I will take that into account.”\nShe fined him €1,125 on each of the eight charges and gave him six months to pay. Gundersen had asked the judge to apply the Probation of Offenders Act. She refused.",
     ["Judge Aoife Brankin-Solorzano said the breaches were “at the most serious end of the scale”.", "“The people in that house were lucky to be alive,” she said.", "“A padlock on a fire exit is not a small oversight.", "It is the kind of thing that kills people.", "“I accept that Mr Forstall-Ibekwere has co-operated fully and has spent money putting it right, and I will take that into account.”", "She fined him €1,125 on each of the eight charges and gave him six months to pay.", "Gundersen had asked the judge to apply the Probation of Offenders Act.", "She refused."]),
    ("h46-nz-confirmed-statement-he-said", "Ardrossey Meats Ltd will close its Whareporo processing plant in August, with the loss of 240 jobs, the company confirmed on Wednesday.\nIn a statement, chief executive Graham Otterwell-Fanene said the number of lambs processed at the plant had fallen from 1.1 million in 2016 to 640,000 last season. “Sheep numbers across the region have been falling for 20 years, and we simply do not have the stock to keep two plants running,” he said. He said about 60 of the workers would be offered jobs at the company's plant at Tawhirimatu Downs, 110km away.",
     ["Ardrossey Meats Ltd will close its Whareporo processing plant in August, with the loss of 240 jobs, the company confirmed on Wednesday.", "In a statement, chief executive Graham Otterwell-Fanene said the number of lambs processed at the plant had fallen from 1.1 million in 2016 to 640,000 last season.", "“Sheep numbers across the region have been falling for 20 years, and we simply do not have the stock to keep two plants running,” he said.", "He said about 60 of the workers would be offered jobs at the company's plant at Tawhirimatu Downs, 110km away."]),
    ("h46-nz-husband-wife-her-husband-said", "Sione Faupula and his wife, Lesieli, both work on the plant's lamb chain and have three children at Whareporo School. “We bought a house here two years ago,” Lesieli Faupula said. Her husband said he would look at the Tawhirimatu Downs job, but she did not want to move the children.",
     ["Sione Faupula and his wife, Lesieli, both work on the plant's lamb chain and have three children at Whareporo School.", "“We bought a house here two years ago,” Lesieli Faupula said.", "Her husband said he would look at the Tawhirimatu Downs job, but she did not want to move the children."]),
    ("h46-nz-asked-colon-quote-date", "Otterwell-Fanene said the company would pay redundancy under its collective agreement, which gives workers four weeks' pay plus two weeks for each year of service. Asked whether the plant could reopen if stock numbers recovered, he said: “Never say never. But I wouldn't bet on it.”\nThe plant's last day of processing is expected to be August 14.",
     ["Otterwell-Fanene said the company would pay redundancy under its collective agreement, which gives workers four weeks' pay plus two weeks for each year of service.", "Asked whether the plant could reopen if stock numbers recovered, he said: “Never say never.", "But I wouldn't bet on it.”", "The plant's last day of processing is expected to be August 14."]),
    ("h46-in-initials-engineer-minister-statement", "KWA executive engineer P.K. Suneesh Valiyaparambil said the leak had grown over the past three weeks and was losing an estimated 18 lakh litres of water a day. “If we wait until after the monsoon, the pipe could burst, and then we would be looking at a shutdown of ten days or more,” he said. He said 35 tanker lorries would supply water to the affected divisions during the shutdown, and that hospitals would be given priority.\nMinister for Water Resources Mathew Edakkattil said in a statement that the government had sanctioned Rs 4.6 crore for the repairs and for replacing a further 800 metres of the old pipe. He asked residents to store water in advance and to use it sparingly.",
     ["KWA executive engineer P.K. Suneesh Valiyaparambil said the leak had grown over the past three weeks and was losing an estimated 18 lakh litres of water a day.", "“If we wait until after the monsoon, the pipe could burst, and then we would be looking at a shutdown of ten days or more,” he said.", "He said 35 tanker lorries would supply water to the affected divisions during the shutdown, and that hospitals would be given priority.", "Minister for Water Resources Mathew Edakkattil said in a statement that the government had sanctioned Rs 4.6 crore for the repairs and for replacing a further 800 metres of the old pipe.", "He asked residents to store water in advance and to use it sparingly."]),
    ("h46-in-mayor-question-unnamed-official", "Mayor Revathi Pallikkunnel told reporters that the corporation had not been consulted on the dates. “June 9 is the day the schools reopen after the holidays,” she said. “Could they not have started on a weekend?”\nA senior KWA official, who did not want to be named, said the dates were fixed because the contractor's equipment would only be available that week.\nOpposition councillor K.M. Jabbar Thottathil said the same stretch of pipe had leaked in 2019 and in 2022. “Every time, they patch it and go,” he said. The stretch was to be replaced under a project approved in 2021 that has not started, according to the corporation's council minutes.",
     ["Mayor Revathi Pallikkunnel told reporters that the corporation had not been consulted on the dates.", "“June 9 is the day the schools reopen after the holidays,” she said.", "“Could they not have started on a weekend?”", "A senior KWA official, who did not want to be named, said the dates were fixed because the contractor's equipment would only be available that week.", "Opposition councillor K.M. Jabbar Thottathil said the same stretch of pipe had leaked in 2019 and in 2022.", "“Every time, they patch it and go,” he said.", "The stretch was to be replaced under a project approved in 2021 that has not started, according to the corporation's council minutes."]),
    ("h46-ng-lasema-it-said-sp-he-said-mid", "The Lagos State Emergency Management Agency (LASEMA) said in a statement that its officials had counted 143 burnt shops and 26 damaged ones. It said the market's two fire hydrants had not worked for years.\nPolice spokesperson SP Oladimeji Ekunboye-Prattlemore said there was no evidence of arson. Officers were sent to the market on Sunday to stop looting, he said, and two men were arrested with bags of goods taken from burnt shops. Police said the two suspects would be charged in court on Tuesday.",
     ["The Lagos State Emergency Management Agency (LASEMA) said in a statement that its officials had counted 143 burnt shops and 26 damaged ones.", "It said the market's two fire hydrants had not worked for years.", "Police spokesperson SP Oladimeji Ekunboye-Prattlemore said there was no evidence of arson.", "Officers were sent to the market on Sunday to stop looting, he said, and two men were arrested with bags of goods taken from burnt shops.", "Police said the two suspects would be charged in court on Tuesday."]),
    ("h46-ng-alhaja-put-losses-question", "The leader of the market's traders, Alhaja Rashidat Olowofela-Bamideleye, put their losses at more than ₦600 million. “Many of these women took loans to stock their shops for Easter,” she said. “Now everything is ash. Who will pay the loans?”",
     ["The leader of the market's traders, Alhaja Rashidat Olowofela-Bamideleye, put their losses at more than ₦600 million.", "“Many of these women took loans to stock their shops for Easter,” she said.", "“Now everything is ash.", "Who will pay the loans?”"]),
    ("h46-ph-caption-dateline-engr-quote", "Linemen of the Banlaon Electric Cooperative replace a toppled pole along the national highway in Barangay Poblacion, Tinaogan, on Monday. (Tambuli photo / Rhea Mae Catubig-Lorentezo)\nTINAOGAN, Cebu – About 68 percent of households in this southern Cebu town were still without electricity on Monday, three days after Typhoon Sabel brought down power lines across the province, according to the Banlaon Electric Cooperative (Banelco).\nBanelco general manager Engr. Rodolfo Sabandal-Uytingco said 412 electric poles were toppled or snapped in the cooperative's franchise area, which covers six towns. He said power had been restored to the town hall, the district hospital and the water district's pumping station. “We have 14 line crews working from 5 a.m. until dark,” he said. “Full restoration may take up to two weeks.”",
     ["Linemen of the Banlaon Electric Cooperative replace a toppled pole along the national highway in Barangay Poblacion, Tinaogan, on Monday.", "(Tambuli photo / Rhea Mae Catubig-Lorentezo)", "TINAOGAN, Cebu – About 68 percent of households in this southern Cebu town were still without electricity on Monday, three days after Typhoon Sabel brought down power lines across the province, according to the Banlaon Electric Cooperative (Banelco).", "Banelco general manager Engr. Rodolfo Sabandal-Uytingco said 412 electric poles were toppled or snapped in the cooperative's franchise area, which covers six towns.", "He said power had been restored to the town hall, the district hospital and the water district's pumping station.", "“We have 14 line crews working from 5 a.m. until dark,” he said.", "“Full restoration may take up to two weeks.”"]),
    ("h46-ph-lineman-nea-no-reply-read", "A Banelco lineman who asked not to be named because he was not authorized to speak to the media said crews had been working double shifts since Saturday.\nSabandal-Uytingco said the cooperative had asked the National Electrification Administration for more poles and for line crews from cooperatives in Bohol and Negros. The National Electrification Administration did not immediately reply to a request for comment.\nBanelco has about 58,000 member-consumers.\nPAGASA said it was watching a low-pressure area east of Mindanao but that it was unlikely to hit Cebu.\nREAD: Cebu City suspends classes as Sabel nears",
     ["A Banelco lineman who asked not to be named because he was not authorized to speak to the media said crews had been working double shifts since Saturday.", "Sabandal-Uytingco said the cooperative had asked the National Electrification Administration for more poles and for line crews from cooperatives in Bohol and Negros.", "The National Electrification Administration did not immediately reply to a request for comment.", "Banelco has about 58,000 member-consumers.", "PAGASA said it was watching a low-pressure area east of Mindanao but that it was unlikely to hit Cebu.", "READ: Cebu City suspends classes as Sabel nears"]),
    ("h46-za-lead-spokesperson-surname-cue", "Most households in Zwartbosch have had no water from their taps for 11 days after the motor of the town's main pump station burnt out on February 1, the Sihlobo Local Municipality said.\nMunicipal spokesperson Lwazi Ntshingilane-Boshoff said a new motor had been ordered from a supplier in Gqeberha and was expected to arrive next week. He said the municipality had hired six water tankers, which would visit every ward at least once a day. “We understand the frustration of our residents, and we apologise,” Ntshingilane-Boshoff said.\nThe new motor cost R1.2 million, according to the municipality. A spokesperson for Elandspoort Electrical, the Gqeberha company building the motor, confirmed the order but would not give a delivery date.",
     ["Most households in Zwartbosch have had no water from their taps for 11 days after the motor of the town's main pump station burnt out on February 1, the Sihlobo Local Municipality said.", "Municipal spokesperson Lwazi Ntshingilane-Boshoff said a new motor had been ordered from a supplier in Gqeberha and was expected to arrive next week.", "He said the municipality had hired six water tankers, which would visit every ward at least once a day.", "“We understand the frustration of our residents, and we apologise,” Ntshingilane-Boshoff said.", "The new motor cost R1.2 million, according to the municipality.", "A spokesperson for Elandspoort Electrical, the Gqeberha company building the motor, confirmed the order but would not give a delivery date."]),
    ("h46-za-department-statement-councillor-quote", "In a statement on Wednesday, the Department of Water and Sanitation said it had written to the municipality in 2024 warning that the pump station was “at high risk of failure” because the municipality had no standby motor. The department said it had sent two engineers to Zwartbosch to help with the repairs.\nWard 4 councillor Nomvula Dlepu-Loubser said residents in her ward had gone three days without seeing a tanker last week. “Old people are carrying buckets up the hill in this heat,” she said.\n“The municipality was warned. They did nothing.”",
     ["In a statement on Wednesday, the Department of Water and Sanitation said it had written to the municipality in 2024 warning that the pump station was “at high risk of failure” because the municipality had no standby motor.", "The department said it had sent two engineers to Zwartbosch to help with the repairs.", "Ward 4 councillor Nomvula Dlepu-Loubser said residents in her ward had gone three days without seeing a tanker last week.", "“Old people are carrying buckets up the hill in this heat,” she said.", "“The municipality was warned.", "They did nothing.”"]),
    ("h46-sg-caption-dateline-agency-it-said", "Diners at Lorong Kemunir Food Centre during the lunch crowd on Jan 30. MIRROR PHOTO: CHEAM JIA XIN\nSINGAPORE - Lorong Kemunir Food Centre in Toa Payoh will close for 11 months from March 2 for upgrading works, the National Environment Agency (NEA) said in response to queries from the Mirror.\nThe 1973 food centre, which has 74 cooked-food stalls and 38 market stalls, will get a new roof, ventilation fans and a central dishwashing area, the agency said. It said stallholders would not pay rent for the period of the works and would each receive a one-off grant of $5,000 to help with costs. An NEA spokesperson said the centre was last upgraded in 2004.",
     ["Diners at Lorong Kemunir Food Centre during the lunch crowd on Jan 30.", "MIRROR PHOTO: CHEAM JIA XIN", "SINGAPORE - Lorong Kemunir Food Centre in Toa Payoh will close for 11 months from March 2 for upgrading works, the National Environment Agency (NEA) said in response to queries from the Mirror.", "The 1973 food centre, which has 74 cooked-food stalls and 38 market stalls, will get a new roof, ventilation fans and a central dishwashing area, the agency said.", "It said stallholders would not pay rent for the period of the works and would each receive a one-off grant of $5,000 to help with costs.", "An NEA spokesperson said the centre was last upgraded in 2004."]),
    ("h46-sg-mp-post-wrote-madam-mandarin", "Toa Payoh Central MP Sharon Moey Mei Ling said in a Facebook post on Monday that the centre's roof had leaked during heavy rain at least 20 times last year. “I know 11 months is a long time for our hawkers and our residents,” she wrote. “We will do our best to help everyone through it.”\nNot all hawkers are sure they will return. Madam Hiew Geok Lian, 71, has sold fishball noodles at the centre since 1986. She said she would use the break to decide whether to retire. “My knees are not so good already,” she said in Mandarin.",
     ["Toa Payoh Central MP Sharon Moey Mei Ling said in a Facebook post on Monday that the centre's roof had leaked during heavy rain at least 20 times last year.", "“I know 11 months is a long time for our hawkers and our residents,” she wrote.", "“We will do our best to help everyone through it.”", "Not all hawkers are sure they will return.", "Madam Hiew Geok Lian, 71, has sold fishball noodles at the centre since 1986.", "She said she would use the break to decide whether to retire.", "“My knees are not so good already,” she said in Mandarin."]),
    ("h46-sg-telegram-more-footer-co-regn", "Join the Mirror's Telegram channel for the day's top stories\nMore on this topic\nHawkers at three food centres to trial cashless-only payments\nBidders for new hawker stalls fall to five-year low\nCopyright 2026 Tanjong Mirror Pte Ltd. Co. Regn. No. 201544871K. All rights reserved.",
     ["Join the Mirror's Telegram channel for the day's top stories", "More on this topic", "Hawkers at three food centres to trial cashless-only payments", "Bidders for new hawker stalls fall to five-year low", "Copyright 2026 Tanjong Mirror Pte Ltd.", "Co. Regn. No. 201544871K.", "All rights reserved."]),
    ("h46-wa-byline-caption-lead-according", "Gwenllian Prytherchy-Oduyoye\nTransport correspondent\n07:00, 3 MAR 2026\nShare   Facebook   X   WhatsApp   Email\nEngineers inspect the landslip above the line near Pantyrhedyn on Saturday. (Image: Network Rail)\nThe railway between Tregarnedd and Aberlleian will stay closed until at least May 18 after a landslip buried the track near Pantyrhedyn on Friday night, Network Rail said.\nAbout 2,000 tonnes of earth and rock slid onto the line from a cutting above it after a week of heavy rain, according to Network Rail. Its route director for Wales, Rhodri Carnwennan-Ellerstane, said engineers would have to stabilise the slope before the track could be cleared. “This is one of the biggest slips we have dealt with on this line in 30 years,” he said. “The cutting was built in the 1860s, and the ground above it is still moving. We will not reopen the line until we are sure it is safe.”",
     ["Gwenllian Prytherchy-Oduyoye", "Transport correspondent", "07:00, 3 MAR 2026", "Share   Facebook   X   WhatsApp   Email", "Engineers inspect the landslip above the line near Pantyrhedyn on Saturday.", "(Image: Network Rail)", "The railway between Tregarnedd and Aberlleian will stay closed until at least May 18 after a landslip buried the track near Pantyrhedyn on Friday night, Network Rail said.", "About 2,000 tonnes of earth and rock slid onto the line from a cutting above it after a week of heavy rain, according to Network Rail.", "Its route director for Wales, Rhodri Carnwennan-Ellerstane, said engineers would have to stabilise the slope before the track could be cleared.", "“This is one of the biggest slips we have dealt with on this line in 30 years,” he said.", "“The cutting was built in the 1860s, and the ground above it is still moving.", "We will not reopen the line until we are sure it is safe.”"]),
    ("h46-wa-commuter-colleague-he-said", "Carys Pendragwy, who commutes from Tregarnedd to a job at Aberlleian's hospital, said her journey now took almost two hours each way. “I'm paying for a train and getting a coach,” she said. She said she had been late for her 8am shift twice in the first week.\nHer colleague, Idris Vaughton-Ateba, a porter at the hospital, has stopped using the line. He now shares a lift with two nurses, he said.",
     ["Carys Pendragwy, who commutes from Tregarnedd to a job at Aberlleian's hospital, said her journey now took almost two hours each way.", "“I'm paying for a train and getting a coach,” she said.", "She said she had been late for her 8am shift twice in the first week.", "Her colleague, Idris Vaughton-Ateba, a porter at the hospital, has stopped using the line.", "He now shares a lift with two nurses, he said."]),
]  # fmt: skip
